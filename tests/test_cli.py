"""`mekong`: every command through typer's CliRunner."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mekong_tracker.cli import DEMO_DIR, app
from mekong_tracker.store.migrations import MIGRATIONS

MEETING_FIELDS = ("framework", "level", "ordinal", "date", "date_end", "city", "country", "format", "chairs", "documents")
FIGURES = {"precision", "recall", "f1", "tp", "fp", "fn"}
COMMANDS = ("ingest", "meetings", "show", "search", "extract", "evaluate", "demo")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "200"})


@pytest.fixture
def ingested(runner: CliRunner, write_articles: Callable[..., Path], tmp_path: Path) -> Path:
    """A db holding the two small articles of conftest."""
    db = tmp_path / "cli.db"
    result = runner.invoke(app, ["ingest", str(write_articles()), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def invoke_json(runner: CliRunner, args: list[str]):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_no_arguments_shows_help(runner: CliRunner) -> None:
    result = runner.invoke(app, [])
    for command in COMMANDS:
        assert command in result.output


def test_help_lists_every_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    assert command in result.output


# -- ingest -------------------------------------------------------------------------


def test_ingest_json_reports_what_it_did(runner: CliRunner, write_articles: Callable[..., Path], tmp_path: Path) -> None:
    report = invoke_json(runner, ["ingest", str(write_articles()), "--db", str(tmp_path / "c.db"), "--json"])
    assert set(report) == {"files", "new", "unchanged", "updated", "failed", "unsupported", "meetings_found"}
    assert (report["files"], report["new"], report["unchanged"], report["updated"]) == (2, 2, 0, 0)
    assert report["failed"] == report["unsupported"] == []
    assert report["meetings_found"] == 2
    with sqlite3.connect(tmp_path / "c.db") as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_ingest_prints_a_summary(runner: CliRunner, write_articles: Callable[..., Path], tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(write_articles()), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 0
    flat = " ".join(result.output.split())
    assert "articles new: 2" in flat
    assert "meetings found: 2" in flat


def test_ingest_flags_unsupported_language(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "fr.txt"
    page.write_text("Le sommet du Mékong et du Japon a eu lieu à Tokyo, et les dirigeants ont adopté une stratégie pour la région.")
    report = invoke_json(runner, ["ingest", str(page), "--db", str(tmp_path / "c.db"), "--json"])
    assert report["new"] == 1
    assert [u["lang"] for u in report["unsupported"]] == ["fr"]


# -- meetings / show / search ---------------------------------------------------------


def test_meetings_json_lists_objects_with_format_fields(runner: CliRunner, ingested: Path) -> None:
    meetings = invoke_json(runner, ["meetings", "--db", str(ingested), "--json"])
    assert len(meetings) == 2
    for m in meetings:
        assert set(m) == {*MEETING_FIELDS, "id", "sources"}
        assert len(m["sources"]) == 1
    assert [(m["framework"], m["level"], m["ordinal"]) for m in meetings] == [
        ("MKC", "foreign_ministers", 9),
        ("MKC", "foreign_ministers", 10),
    ]


def test_meetings_json_filters(runner: CliRunner, ingested: Path) -> None:
    db = str(ingested)
    assert [m["ordinal"] for m in invoke_json(runner, ["meetings", "--db", db, "--json", "--year", "2020"])] == [10]
    assert [m["ordinal"] for m in invoke_json(runner, ["meetings", "--db", db, "--json", "--framework", "MKC", "--year", "2019"])] == [9]
    assert invoke_json(runner, ["meetings", "--db", db, "--json", "--level", "summit"]) == []
    assert invoke_json(runner, ["meetings", "--db", db, "--json", "--framework", "LMC"]) == []


def test_meetings_prints_a_table(runner: CliRunner, ingested: Path) -> None:
    result = runner.invoke(app, ["meetings", "--db", str(ingested)])
    assert result.exit_code == 0
    assert "2 meetings" in result.output
    assert "FMM" in result.output  # foreign_ministers, shortened in the table
    assert "Bangkok, TH" in result.output


def test_show_json_has_evidence(runner: CliRunner, ingested: Path) -> None:
    meetings = invoke_json(runner, ["meetings", "--db", str(ingested), "--json"])
    fmm10 = next(m for m in meetings if m["ordinal"] == 10)
    shown = invoke_json(runner, ["show", str(fmm10["id"]), "--db", str(ingested), "--json"])
    assert {*MEETING_FIELDS, "id", "sources", "evidence", "conflicts"} <= set(shown)
    assert {k: shown[k] for k in fmm10} == fmm10
    assert isinstance(shown["evidence"], dict)
    assert {"framework", "level", "ordinal", "date", "format", "chairs"} <= set(shown["evidence"])
    for items in shown["evidence"].values():
        for ev in items:
            assert set(ev) == {"article", "start", "end", "text", "sentence"}
            assert ev["article"] == fmm10["sources"][0]
            assert ev["text"] in ev["sentence"]
    assert [ev["text"] for ev in shown["evidence"]["ordinal"]] == ["lần thứ 10", "lần thứ 10"]


def test_show_prints_fields_with_their_sentences(runner: CliRunner, ingested: Path) -> None:
    meetings = invoke_json(runner, ["meetings", "--db", str(ingested), "--json"])
    fmm9 = next(m for m in meetings if m["ordinal"] == 9)
    result = runner.invoke(app, ["show", str(fmm9["id"]), "--db", str(ingested)])
    assert result.exit_code == 0
    flat = " ".join(result.output.split())
    assert f"Meeting {fmm9['id']}" in flat
    assert "city: Bangkok" in flat
    assert "The 9th Mekong-RoK Foreign Ministers' Meeting was held in Bangkok" in flat
    assert f"sources: {fmm9['sources'][0]}" in flat


def test_show_unknown_meeting_exits_non_zero(runner: CliRunner, ingested: Path) -> None:
    result = runner.invoke(app, ["show", "9999", "--db", str(ingested)])
    assert result.exit_code == 1
    assert "no meeting 9999" in result.output


def test_search_finds_vietnamese_without_diacritics(runner: CliRunner, ingested: Path) -> None:
    hits = invoke_json(runner, ["search", "Me Cong", "--db", str(ingested), "--json"])
    assert len(hits) == 1
    assert hits[0]["lang"] == "vi"
    assert "Mê Công" in hits[0]["snippet"]


def test_search_prints_hits(runner: CliRunner, ingested: Path) -> None:
    result = runner.invoke(app, ["search", "kang kyung-wha", "--db", str(ingested)])
    assert result.exit_code == 0
    assert "2 articles" in result.output
    assert "(vi)" in result.output and "(en)" in result.output


def test_search_limit(runner: CliRunner, ingested: Path) -> None:
    assert len(invoke_json(runner, ["search", "Kang", "--db", str(ingested), "--json", "--limit", "1"])) == 1


# -- extract ------------------------------------------------------------------------


def test_extract_prints_one_json_line_per_article(runner: CliRunner, write_articles: Callable[..., Path], tmp_path: Path) -> None:
    folder = write_articles()
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(rows) == 2
    assert sorted(r["lang"] for r in rows) == ["en", "vi"]
    for row in rows:
        assert set(row) == {"id", "lang", "meetings"}
        assert len(row["meetings"]) == 1
        for m in row["meetings"]:
            assert {*MEETING_FIELDS, "evidence"} == set(m)
            assert m["evidence"]["framework"]
    assert not (tmp_path / "mekong.db").exists()


def test_extract_reports_bad_files_and_goes_on(runner: CliRunner, write_articles: Callable[..., Path]) -> None:
    folder = write_articles()
    (folder / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 0
    assert len([line for line in result.stdout.splitlines() if line.startswith("{")]) == 2
    assert "empty.txt" in result.output


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_an_article_the_pipeline_fails_on_is_reported_and_the_others_go_on(
    command: str, runner: CliRunner, write_articles: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mekong_tracker.tracker as tracker

    def failing(text: str, lang: str | None = None, published: str | None = None) -> object:
        if text.startswith("Mekong-ROK foreign ministers meet"):  # the English article
            raise RuntimeError("a bug met in the English article")
        return process(text, lang, published)

    process = tracker.process
    monkeypatch.setattr(tracker, "process", failing)
    folder = write_articles()
    args = [command, str(folder)] + (["--db", str(tmp_path / "t.db")] if command == "ingest" else [])
    result = runner.invoke(app, args)
    assert "en.txt" in result.output and "a bug met in the English article" in result.output
    if command == "extract":
        assert [json.loads(line)["lang"] for line in result.stdout.splitlines() if line.startswith("{")] == ["vi"]
    else:
        assert result.exit_code == 0
        assert sqlite3.connect(tmp_path / "t.db").execute("SELECT count(*) FROM articles").fetchone()[0] == 1


# -- evaluate -----------------------------------------------------------------------


def test_evaluate_json_on_dev_en(runner: CliRunner, shared_dir: Path) -> None:
    gold = shared_dir / "corpus" / "dev-en.jsonl"
    summary = invoke_json(runner, ["evaluate", str(gold), "--json"])
    assert {"meetings", "attributes", "by_lang"} <= set(summary)
    assert set(summary["meetings"]) == FIGURES
    assert set(summary["attributes"]) == set(MEETING_FIELDS) - {"framework", "level"}
    assert set(summary["by_lang"]) == {"en"}
    assert set(summary["by_lang"]["en"]["meetings"]) == FIGURES
    m = summary["meetings"]
    n_gold = sum(len(json.loads(line)["meetings"]) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip())
    assert m["tp"] + m["fn"] == n_gold
    assert 0 <= m["precision"] <= 1 and 0 <= m["recall"] <= 1 and 0 <= m["f1"] <= 1
    assert "errors" not in summary


def test_evaluate_json_errors_lists_each_article(runner: CliRunner, shared_dir: Path) -> None:
    gold = shared_dir / "corpus" / "dev-en.jsonl"
    summary = invoke_json(runner, ["evaluate", str(gold), "--json", "--errors"])
    ids = [json.loads(line)["id"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [e["article"] for e in summary["errors"]] == ids
    for e in summary["errors"]:
        assert set(e) == {"article", "missed", "spurious", "wrong"}
    assert sum(len(e["missed"]) for e in summary["errors"]) == summary["meetings"]["fn"]
    assert sum(len(e["spurious"]) for e in summary["errors"]) == summary["meetings"]["fp"]


def test_evaluate_prints_table_and_errors(runner: CliRunner, shared_dir: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(shared_dir / "corpus" / "dev-en.jsonl"), "--errors"])
    assert result.exit_code == 0, result.output
    assert "evaluation on" in result.output
    assert "all" in result.output and "en" in result.output
    assert "en-d" in result.output  # the per-article error list names articles


def test_evaluate_bad_gold_file_exits_non_zero(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "x", "text": "t", "meetings": []}\n{broken\n', encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(bad)])
    assert result.exit_code == 1
    assert "cannot evaluate" in result.output
    missing = runner.invoke(app, ["evaluate", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 1


# -- demo ---------------------------------------------------------------------------


def test_demo_ingests_bundled_corpus_and_prints_table(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "meetings in the demo corpus" in result.output
    assert "LMC" in result.output
    files = [p for p in DEMO_DIR.iterdir() if p.suffix in (".txt", ".html", ".jsonl")]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(files)
        assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] > 0


def meeting_rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT * FROM meetings ORDER BY id").fetchall()


def test_demo_replaces_an_existing_db(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert runner.invoke(app, ["demo", "--db", str(db)]).exit_code == 0
    first = meeting_rows(db)
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0
    assert meeting_rows(db) == first
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(list(DEMO_DIR.iterdir()))
        assert conn.execute("SELECT count(*) FROM _migrations").fetchone()[0] == len(MIGRATIONS)


def test_demo_json_is_one_json_document(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--db", str(tmp_path / "demo.db"), "--json"])
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert out["ingest"]["new"] > 0 and len(out["meetings"]) > 0
