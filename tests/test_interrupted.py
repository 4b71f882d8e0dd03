"""A killed `mekong ingest` leaves a sound database of whole articles, and running the
same ingest again completes it without storing anything twice."""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mekong_tracker import process

N_ARTICLES = 3000
POLL_TIMEOUT_S = 60


def mekong_command() -> list[str]:
    """How to run the CLI in a child process: `python -m mekong_tracker.cli`, else the `mekong` script."""
    probe = subprocess.run([sys.executable, "-m", "mekong_tracker.cli", "--help"], capture_output=True, text=True, timeout=60)
    if probe.returncode == 0 and "ingest" in probe.stdout:
        return [sys.executable, "-m", "mekong_tracker.cli"]
    script = shutil.which("mekong") or str(Path(sys.executable).parent / "mekong")
    if not Path(script).exists():
        pytest.skip("cannot find a way to run the mekong CLI in a subprocess")
    return [script]


def write_corpus(path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(N_ARTICLES):
            day, ordinal = i % 28 + 1, i % 30 + 1
            text = (
                f"Bản tin số {i}: hợp tác Mê Công - Hàn Quốc\n\n"
                f"Ngày {day}/9, Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ {ordinal} diễn ra tại Seoul. "
                f"Các Bộ trưởng thảo luận về hợp tác trong lĩnh vực số {i} và nhất trí tăng cường kết nối.\n"
            )
            row = {"id": f"vi-{i:05d}", "lang": "vi", "published": f"20{10 + i % 15}-09-30", "text": text}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def article_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(db, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # schema not created yet, or busy
        return 0


def kill_after_first_commit(cmd: list[str], db: Path) -> int:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + POLL_TIMEOUT_S
        while article_count(db) == 0:
            if proc.poll() is not None:
                pytest.fail(f"ingest ended (exit {proc.returncode}) before any article was committed")
            if time.monotonic() > deadline:
                pytest.fail(f"no article committed within {POLL_TIMEOUT_S} s")
            time.sleep(0.02)
        assert proc.poll() is None, "ingest finished before it could be interrupted"
        proc.send_signal(signal.SIGKILL)
        return proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def interrupted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Run `mekong ingest` over 3000 articles, SIGKILL it after its first commit, then run it again."""
    tmp = tmp_path_factory.mktemp("interrupted")
    corpus, db = tmp / "many.jsonl", tmp / "mekong.db"
    write_corpus(corpus)
    cmd = [*mekong_command(), "ingest", str(corpus), "--db", str(db), "--json"]
    status = kill_after_first_commit(cmd, db)
    snapshot = tmp / "after-kill.db"
    src = sqlite3.connect(db)  # opening the killed db recovers its WAL
    try:
        integrity = src.execute("PRAGMA integrity_check").fetchall()
        with sqlite3.connect(snapshot) as dst:
            src.backup(dst)
    finally:
        src.close()
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    return {"status": status, "integrity": integrity, "killed_db": snapshot, "db": db, "rerun": rerun}


@pytest.fixture
def killed(interrupted: dict[str, object]) -> Iterator[sqlite3.Connection]:
    """The database as the killed ingest left it."""
    conn = sqlite3.connect(interrupted["killed_db"])
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def test_ingest_was_killed_midway(interrupted: dict[str, object], killed: sqlite3.Connection) -> None:
    assert interrupted["status"] == -signal.SIGKILL
    assert 0 < killed.execute("SELECT count(*) FROM articles").fetchone()[0] < N_ARTICLES


def test_killed_db_passes_integrity_check(interrupted: dict[str, object], killed: sqlite3.Connection) -> None:
    assert interrupted["integrity"] == [("ok",)]
    assert killed.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert killed.execute("PRAGMA foreign_key_check").fetchall() == []


def test_killed_db_articles_have_their_text(killed: sqlite3.Connection) -> None:
    for row in killed.execute("SELECT id, text, content_hash FROM articles"):
        assert row["text"].startswith("Bản tin số "), row["id"]
        assert row["content_hash"] == hashlib.sha256(row["text"].encode("utf-8")).hexdigest(), row["id"]


def test_killed_db_reports_and_claims_point_to_stored_rows(killed: sqlite3.Connection) -> None:
    orphans = {
        "reports without article": "SELECT count(*) FROM reports WHERE article_id NOT IN (SELECT id FROM articles)",
        "reports without meeting": "SELECT count(*) FROM reports WHERE meeting_id IS NULL OR meeting_id NOT IN (SELECT id FROM meetings)",
        "claims without article": "SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)",
        "claims without report": "SELECT count(*) FROM claims WHERE report_id NOT IN (SELECT id FROM reports)",
        "meetings without report": "SELECT count(*) FROM meetings WHERE id NOT IN (SELECT meeting_id FROM reports)",
        "boilerplate without article": "SELECT count(*) FROM boilerplate WHERE article_id NOT IN (SELECT id FROM articles)",
    }
    for what, sql in orphans.items():
        assert killed.execute(sql).fetchone()[0] == 0, what


def test_killed_db_meeting_source_counts_match_reports(killed: sqlite3.Connection) -> None:
    rows = killed.execute(
        "SELECT m.id, m.sources, (SELECT count(DISTINCT article_id) FROM reports r WHERE r.meeting_id = m.id) AS n FROM meetings m"
    ).fetchall()
    assert rows
    for row in rows:
        assert row["sources"] == row["n"], row["id"]


def test_killed_db_holds_whole_articles_only(killed: sqlite3.Connection) -> None:
    """Each stored article has exactly the reports and claims the pipeline makes of its text."""
    for art in killed.execute("SELECT id, text, lang, published FROM articles"):
        doc = process(art["text"], art["lang"], art["published"])
        reports = killed.execute("SELECT count(*) FROM reports WHERE article_id = ?", (art["id"],)).fetchone()[0]
        claims = killed.execute("SELECT count(*) FROM claims WHERE article_id = ?", (art["id"],)).fetchone()[0]
        assert reports == len(doc.meetings), art["id"]
        assert claims == sum(len(ev) for m in doc.meetings for ev in m.evidence.values()), art["id"]


def test_rerun_completes_with_every_article_once(interrupted: dict[str, object], killed: sqlite3.Connection) -> None:
    rerun = interrupted["rerun"]
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    report = json.loads(rerun.stdout)
    already = killed.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert report["unchanged"] == already
    assert report["new"] == N_ARTICLES - already
    assert report["failed"] == []
    with sqlite3.connect(interrupted["db"]) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == N_ARTICLES
        assert conn.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0] == N_ARTICLES
        assert conn.execute("SELECT count(*) FROM reports").fetchone()[0] == N_ARTICLES
        assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 30
        assert conn.execute("SELECT sum(sources) FROM meetings").fetchone()[0] == N_ARTICLES
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
