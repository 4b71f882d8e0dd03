"""A folder of bad files among good ones: every good article is stored, every bad file
(or file:line) is reported with a reason, re-ingesting stores nothing twice, and
`mekong ingest` fails only when nothing at all could be read."""

from __future__ import annotations

import json
import os
import random
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mekong_tracker import Tracker
from mekong_tracker.cli import app

JSONL_GOOD = [
    {
        "id": "vi-j1",
        "lang": "vi",
        "published": "2020-11-13",
        "text": "Ngày 13/11, Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ hai diễn ra theo hình thức trực tuyến.",
    },
    {
        "id": "en-j2",
        "lang": "en",
        "published": "2018-10-09",
        "text": "The 10th Mekong-Japan Summit was held in Tokyo on October 9, 2018, chaired by Prime Minister Shinzo Abe.",
    },
]
BIG_BYTES = 50_000_000


def _bad_files(folder: Path) -> dict[str, str]:
    """Write the bad files; returns {file name: a word its failure reason must hold}."""
    rng = random.Random(7)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)) + b"\x00" * 64)
    (folder / "misencoded.txt").write_bytes(bytes(range(0x80, 0x100)) * 40)
    with open(folder / "huge.txt", "wb") as fh:
        fh.write(b"a " * (BIG_BYTES // 2))
    (folder / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4096))
    return _bad_files_reasons()


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory: pytest.TempPathFactory, article_texts: dict[str, str]) -> Path:
    """Two good .txt articles, a .jsonl with a malformed line among good ones, broken HTML, and bad files."""
    folder = tmp_path_factory.mktemp("mixed")
    _bad_files(folder)
    (folder / "good-vi.txt").write_text(article_texts["vi"], encoding="utf-8")
    (folder / "good-en.txt").write_text(article_texts["en"], encoding="utf-8")
    lines = [json.dumps(JSONL_GOOD[0], ensure_ascii=False), '{"id": "broken", "text": "unterminated', json.dumps(JSONL_GOOD[1])]
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "broken.html").write_text("<html><body><p>unclosed", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def bad_only_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad-only")
    _bad_files(folder)
    return folder


def good_sources(folder: Path) -> set[str]:
    return {str(folder / "good-vi.txt"), str(folder / "good-en.txt"), f"{folder / 'mixed.jsonl'}:1", f"{folder / 'mixed.jsonl'}:3"}


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "reports", "claims", "meetings", "boilerplate")
        }


def stored_sources(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {r[0] for r in conn.execute("SELECT source FROM articles")}


def test_ingest_stores_every_good_article(mixed_folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with Tracker(db) as tracker:
        report = tracker.ingest([mixed_folder])
        stored = stored_sources(db)
        assert good_sources(mixed_folder) <= stored
        assert stored - good_sources(mixed_folder) <= {str(mixed_folder / "broken.html")}
        assert tracker.article("vi-j1")["text"] == JSONL_GOOD[0]["text"]
        assert tracker.article("en-j2")["published"] == "2018-10-09"
        frameworks = {(m.framework, m.level, m.ordinal) for m in tracker.meetings()}
    assert report.new == len(stored)
    assert {("MKC", "foreign_ministers", 10), ("MKC", "foreign_ministers", 9), ("MKC", "summit", 2), ("MJC", "summit", 10)} <= frameworks


def test_ingest_reports_each_bad_file_with_a_reason(mixed_folder: Path, tmp_path: Path) -> None:
    with Tracker(tmp_path / "m.db") as tracker:
        report = tracker.ingest([mixed_folder])
    failed = dict(report.failed)
    expected = {str(mixed_folder / name): word for name, word in _bad_files_reasons().items()}
    expected[f"{mixed_folder / 'mixed.jsonl'}:2"] = "malformed JSON"
    for source, word in expected.items():
        assert source in failed, f"{source} not reported; failed = {report.failed}"
        assert word in failed[source], f"{source}: reason {failed[source]!r} lacks {word!r}"
    assert set(failed) - set(expected) <= {str(mixed_folder / "broken.html")}
    assert len(report.failed) == len(failed), "each bad source is reported once"


def _bad_files_reasons() -> dict[str, str]:
    return {"empty.txt": "empty", "binary.txt": "binary", "misencoded.txt": "encoding", "huge.txt": "too large", "binary.html": "HTML"}


def test_every_file_is_counted_as_read(mixed_folder: Path, tmp_path: Path) -> None:
    with Tracker(tmp_path / "m.db") as tracker:
        report = tracker.ingest([mixed_folder])
    assert report.files == len([p for p in mixed_folder.iterdir() if p.is_file()])


def test_reingest_stores_nothing_twice(mixed_folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with Tracker(db) as tracker:
        first = tracker.ingest([mixed_folder])
    before = counts(db)
    with Tracker(db) as tracker:
        second = tracker.ingest([mixed_folder])
    assert counts(db) == before
    assert before["articles"] == first.new
    assert (second.new, second.updated, second.meetings_found) == (0, 0, 0)
    assert second.unchanged == first.new
    assert sorted(second.failed) == sorted(first.failed)


def test_reingest_reports_unchanged_good_articles(mixed_folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with Tracker(db) as tracker:
        tracker.ingest([mixed_folder / "good-vi.txt", mixed_folder / "good-en.txt", mixed_folder / "mixed.jsonl"])
        again = tracker.ingest([mixed_folder / "good-vi.txt", mixed_folder / "good-en.txt", mixed_folder / "mixed.jsonl"])
    assert again.unchanged == len(good_sources(mixed_folder))
    assert again.new == 0


def test_same_text_in_two_files_is_stored_once(tmp_path: Path, article_texts: dict[str, str]) -> None:
    folder = tmp_path / "dupes"
    folder.mkdir()
    (folder / "a.txt").write_text(article_texts["vi"], encoding="utf-8")
    (folder / "b.txt").write_text(article_texts["vi"], encoding="utf-8")
    with Tracker(tmp_path / "d.db") as tracker:
        report = tracker.ingest([folder])
    assert (report.new, report.unchanged) == (1, 1)
    assert counts(tmp_path / "d.db")["articles"] == 1


def test_broken_html_with_paragraph_text_is_still_read(tmp_path: Path) -> None:
    page = tmp_path / "unclosed.html"
    page.write_text(
        "<html><head><title>Mekong-Japan Summit</title><body><p>The 10th Mekong-Japan Summit was held in Tokyo on October 9, 2018, "
        "chaired by Prime Minister Shinzo Abe.<p>Leaders of the five Mekong countries adopted the Tokyo Strategy 2018 "
        "and agreed to meet again next year in Bangkok.<div><p>Japan pledged continued support for connectivity",
        encoding="utf-8",
    )
    with Tracker(tmp_path / "h.db") as tracker:
        report = tracker.ingest([page])
        assert report.failed == []
        assert report.new == 1
        assert [(m.framework, m.level, m.ordinal) for m in tracker.meetings()] == [("MJC", "summit", 10)]


def test_broken_html_with_almost_no_text_is_reported_failed(mixed_folder: Path, tmp_path: Path) -> None:
    with Tracker(tmp_path / "m.db") as tracker:
        report = tracker.ingest([mixed_folder / "broken.html"])
    assert report.new == 0
    assert [s for s, _ in report.failed] == [str(mixed_folder / "broken.html")]


def test_broken_html_with_almost_no_text_is_not_silently_accepted(mixed_folder: Path, tmp_path: Path) -> None:
    """Whether refused or stored, a page holding one word is flagged to the user and yields no meeting."""
    with Tracker(tmp_path / "m.db") as tracker:
        report = tracker.ingest([mixed_folder / "broken.html"])
        assert tracker.meetings() == []
    assert report.failed or report.unsupported


# -- the CLI ------------------------------------------------------------------------


def test_cli_ingest_mixed_folder_exits_zero(mixed_folder: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(mixed_folder), "--db", str(tmp_path / "c.db"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["new"] >= len(good_sources(mixed_folder))
    sources = {f["source"] for f in report["failed"]}
    assert str(mixed_folder / "huge.txt") in sources
    assert f"{mixed_folder / 'mixed.jsonl'}:2" in sources
    assert all(f["reason"] for f in report["failed"])


def test_cli_ingest_lists_failures_with_reasons(mixed_folder: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(mixed_folder), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    for name in _bad_files_reasons():
        assert name in flat
    assert "mixed.jsonl:2" in flat
    assert "malformed JSON" in flat


def test_cli_reingest_of_unchanged_folder_exits_zero(mixed_folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(mixed_folder), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["ingest", str(mixed_folder), "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["new"] == 0
    assert report["unchanged"] >= len(good_sources(mixed_folder))


def test_cli_ingest_exits_non_zero_when_nothing_could_be_read(bad_only_folder: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(bad_only_folder), "--db", str(tmp_path / "c.db"), "--json"])
    assert result.exit_code != 0
    report = json.loads(result.stdout)
    assert report["new"] == report["unchanged"] == report["updated"] == 0
    assert {Path(f["source"]).name for f in report["failed"]} == set(_bad_files_reasons())


def test_cli_ingest_exits_non_zero_for_a_missing_path(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "c.db")])
    assert result.exit_code != 0
    assert "no such file" in " ".join(result.output.split())


def test_cli_ingest_good_files_exits_zero(write_articles, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(write_articles()), "--db", str(tmp_path / "c.db"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["new"] == 2


def test_article_with_impossible_published_date_does_not_stop_ingest(tmp_path: Path) -> None:
    rows = [
        JSONL_GOOD[0],
        {
            "id": "en-bad-date",
            "lang": "en",
            "published": "2020-02-30",
            "text": "The 10th Mekong-Japan Summit took place on February 27.",
        },
        JSONL_GOOD[1],
    ]
    path = tmp_path / "dates.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    with Tracker(tmp_path / "d.db") as tracker:
        report = tracker.ingest([path])
        assert tracker.article("vi-j1") is not None
        assert tracker.article("en-j2") is not None
        assert tracker.article("en-bad-date") is not None  # stored, its date read as far as it goes
    assert (report.new, report.failed) == (3, [])
