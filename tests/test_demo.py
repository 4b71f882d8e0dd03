"""The bundled demo corpus: extraction quality on its gold file, and fusion across languages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import mekong_tracker
from mekong_tracker import Tracker
from mekong_tracker.cli import app

DEMO = Path(mekong_tracker.__file__).parent / "demo"
DEMO_F1_FLOOR = 0.95  # the demo corpus is ours and scores 1.00: a fall shows at once
LMC_SUMMIT_FILES = {"en-01-lmc-summit-2020.txt", "vi-02-lmc-summit-2020.txt"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    result = CliRunner().invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_demo_gold_has_a_file_key_for_each_corpus_file() -> None:
    rows = [json.loads(line) for line in (DEMO / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sorted(r["file"] for r in rows) == sorted(p.name for p in (DEMO / "corpus").iterdir())


def test_demo_gold_meeting_f1_is_above_floor() -> None:
    summary, errors = Tracker.evaluate(DEMO / "gold.jsonl")
    assert summary["meetings"]["f1"] >= DEMO_F1_FLOOR, summary["meetings"]
    assert all(summary["attributes"][field] >= DEMO_F1_FLOOR for field in ("ordinal", "date", "city", "chairs")), summary["attributes"]
    assert set(summary["by_lang"]) == {"vi", "en"}
    assert len(errors) == len((DEMO / "gold.jsonl").read_text(encoding="utf-8").splitlines())


def test_demo_lmc_summit_articles_fuse_into_one_meeting(demo_db: Path) -> None:
    with Tracker(demo_db) as tracker:
        meetings = [m for m in tracker.meetings(framework="LMC", level="summit") if m.ordinal == 3]
        assert len(meetings) == 1
        meeting = meetings[0]
        assert len(meeting.sources) == 2
        files = {Path(tracker.article(a)["source"]).name for a in meeting.sources}
        full = tracker.meeting(meeting.id)
    assert files == LMC_SUMMIT_FILES
    assert meeting.date == "2020-08-24"
    assert meeting.format == "online"
    assert {ev.article for items in full.evidence.values() for ev in items} == set(meeting.sources)


def test_demo_lmc_summit_fuses_through_the_api_too(tmp_path: Path) -> None:
    with Tracker(tmp_path / "api.db") as tracker:
        report = tracker.ingest([DEMO / "corpus" / name for name in sorted(LMC_SUMMIT_FILES)])
        assert report.new == 2
        meetings = [m for m in tracker.meetings(framework="LMC", level="summit") if m.ordinal == 3]
    assert len(meetings) == 1
    assert len(meetings[0].sources) == 2


def test_demo_every_corpus_file_is_stored(demo_db: Path) -> None:
    with Tracker(demo_db) as tracker:
        sources = [r[0] for r in tracker.store.conn.execute("SELECT source FROM articles")]
    stored = {Path(re.sub(r":\d+$", "", s)).name for s in sources}  # a .jsonl article's source is file:line
    assert stored == {p.name for p in (DEMO / "corpus").iterdir()}
