"""The SQLite store: schema, migrations, WAL, fusion of reports into meetings, and
refreshing meetings when an article is replaced or deleted."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from mekong_tracker import Tracker
from mekong_tracker.store import Store
from mekong_tracker.store.migrations import MIGRATIONS

FMM10_A = "Ngày 28/9/2020, Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10 đã diễn ra tại Hà Nội."
FMM10_B = (
    "Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10 được tổ chức theo hình thức trực tuyến ngày 28/9 "
    "với sự đồng chủ trì của Phó Thủ tướng Phạm Bình Minh."
)
FMM11 = "Ngày 5/8/2021, Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 11 diễn ra theo hình thức trực tuyến."
SUMMIT_DATED = "Ngày 13/11/2020, Hội nghị Cấp cao Mê Công - Hàn Quốc diễn ra theo hình thức trực tuyến."
SUMMIT_NO_YEAR = "Hội nghị Cấp cao Mê Công - Hàn Quốc đã diễn ra trực tuyến ngày 13/11 với sự tham dự của lãnh đạo sáu nước."
SUMMIT_OTHER_DATE = "Hội nghị Cấp cao Mê Công - Hàn Quốc đã diễn ra tại Busan ngày 27/11/2019."


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def art(article_id: str, text: str, published: str | None = None) -> dict:
    return {"id": article_id, "lang": "vi", "published": published, "text": text}


def schema(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return {name: kind for name, kind in conn.execute("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}


# -- schema and migrations ------------------------------------------------------------


def test_schema_has_tables_fts_and_views(tracker: Tracker, db_path: Path) -> None:
    objects = schema(db_path)
    for table in ("articles", "reports", "claims", "meetings", "boilerplate", "articles_fts", "_migrations"):
        assert objects.get(table) == "table", table
    for view in ("meeting_sources", "meeting_evidence"):
        assert objects.get(view) == "view", view
    with sqlite3.connect(db_path) as conn:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
    assert "fts5" in sql.lower()


def test_migrations_table_records_every_migration_in_order(tracker: Tracker, db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == [step.__name__ for step in MIGRATIONS]
    assert names[0] == "m001_initial"


def test_m002_backfills_value_counts_of_a_db_made_before_it(tmp_path: Path, write_articles) -> None:
    db = tmp_path / "old.db"
    with Tracker(db) as t:
        t.ingest([write_articles()])
        expected = {m.id: (m.ordinal, m.date, len(m.sources)) for m in t.meetings()}
    with sqlite3.connect(db) as conn:  # roll the file back to its m001 shape
        conn.execute("DROP TABLE meeting_values")
        conn.execute("DELETE FROM _migrations WHERE name = 'm002_meeting_values'")
        conn.execute("UPDATE meetings SET ordinal = NULL, date = NULL, sources = 0")
    with Tracker(db) as t:
        for mid in expected:
            t.store.refresh(mid)
        assert {m.id: (m.ordinal, m.date, len(m.sources)) for m in t.meetings()} == expected
        counts = t.store.conn.execute("SELECT count(*) FROM meeting_values WHERE field = 'source'").fetchone()[0]
    assert counts == sum(n for _, _, n in expected.values())


def test_store_uses_wal(tracker: Tracker, db_path: Path) -> None:
    assert tracker.store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_does_not_rerun_migrations(db_path: Path, write_articles) -> None:
    with Tracker(db_path) as tracker:
        tracker.ingest([write_articles()])
    with sqlite3.connect(db_path) as conn:
        before = conn.execute("SELECT name, applied_at FROM _migrations").fetchall()
    with Tracker(db_path) as tracker:
        assert tracker.store.counts()["articles"] == 2
    Store(db_path).close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT name, applied_at FROM _migrations").fetchall() == before


def test_views_join_meetings_to_sources_and_evidence(tracker: Tracker, write_articles) -> None:
    tracker.ingest([write_articles()])
    conn = tracker.store.conn
    meeting = next(m for m in tracker.meetings() if m.ordinal == 10)
    meeting_id = meeting.id
    sources = conn.execute("SELECT article_id, lang FROM meeting_sources WHERE meeting_id = ?", (meeting_id,)).fetchall()
    assert len(meeting.sources) == 1
    assert [tuple(r) for r in sources] == [(meeting.sources[0], "vi")]
    fields = {r[0] for r in conn.execute("SELECT field FROM meeting_evidence WHERE meeting_id = ?", (meeting_id,))}
    assert {"framework", "level", "ordinal", "date", "format", "chairs"} <= fields


# -- fusion ---------------------------------------------------------------------------


def test_two_reports_with_same_ordinal_fuse_into_one_meeting(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ingest([write_jsonl(tmp_path / "a.jsonl", [art("a", FMM10_A), art("b", FMM10_B, "2020-09-29")])])
    meetings = tracker.meetings(framework="MKC", level="foreign_ministers")
    assert len(meetings) == 1
    m = meetings[0]
    assert m.ordinal == 10
    assert sorted(m.sources) == ["a", "b"]
    assert m.date == "2020-09-28"
    assert set(m.chairs) == {"Phạm Bình Minh"}
    assert tracker.store.conn.execute("SELECT sources FROM meetings WHERE id = ?", (m.id,)).fetchone()[0] == 2


def test_fused_meeting_keeps_conflicting_values(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ingest([write_jsonl(tmp_path / "a.jsonl", [art("a", FMM10_A), art("b", FMM10_B, "2020-09-29")])])
    meeting = tracker.meeting(tracker.meetings()[0].id)
    assert meeting.format == "online"  # only b states a format
    assert meeting.city == "Hà Nội"  # only a states a place
    assert meeting.conflicts == {}


def test_reports_without_ordinal_and_compatible_dates_fuse(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ingest([write_jsonl(tmp_path / "a.jsonl", [art("dated", SUMMIT_DATED), art("no-year", SUMMIT_NO_YEAR)])])
    meetings = tracker.meetings(framework="MKC", level="summit")
    assert len(meetings) == 1
    assert sorted(meetings[0].sources) == ["dated", "no-year"]
    assert meetings[0].date == "2020-11-13"  # the more precise of 2020-11-13 and --11-13
    assert meetings[0].ordinal is None


def test_reports_without_ordinal_and_other_dates_stay_apart(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ingest([write_jsonl(tmp_path / "a.jsonl", [art("dated", SUMMIT_DATED), art("busan", SUMMIT_OTHER_DATE)])])
    meetings = tracker.meetings(framework="MKC", level="summit")
    assert sorted((m.date, tuple(m.sources)) for m in meetings) == [("2019-11-27", ("busan",)), ("2020-11-13", ("dated",))]


def test_different_ordinals_stay_separate(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ingest([write_jsonl(tmp_path / "a.jsonl", [art("a", FMM10_A), art("c", FMM11)])])
    meetings = tracker.meetings(framework="MKC", level="foreign_ministers")
    assert sorted((m.ordinal, tuple(m.sources)) for m in meetings) == [(10, ("a",)), (11, ("c",))]


def test_same_ordinal_other_level_stays_separate(tracker: Tracker, tmp_path: Path) -> None:
    summit10 = "Ngày 28/9/2020, Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ 10 đã diễn ra tại Hà Nội."
    tracker.ingest([write_jsonl(tmp_path / "a.jsonl", [art("a", FMM10_A), art("s", summit10)])])
    assert sorted((m.level, tuple(m.sources)) for m in tracker.meetings()) == [("foreign_ministers", ("a",)), ("summit", ("s",))]


def test_first_editions_at_the_other_level_fuse_only_when_their_dates_agree(tracker: Tracker, tmp_path: Path) -> None:
    dialogue = "Đối thoại chính sách MGC lần thứ 1 về tăng cường kết nối diễn ra tháng 4/2017 tại Hà Nội."
    group = "Cuộc họp Nhóm công tác chung MGC lần thứ 1 về doanh nghiệp vừa và nhỏ diễn ra tháng 9/2017."
    again = "Tháng 4/2017, Đối thoại chính sách MGC lần thứ 1 đã diễn ra."
    tracker.ingest([write_jsonl(tmp_path / "a.jsonl", [art("d", dialogue), art("g", group), art("d2", again)])])
    found = sorted((m.date, tuple(sorted(m.sources))) for m in tracker.meetings(framework="MGC", level="other"))
    assert found == [("2017-04", ("d", "d2")), ("2017-09", ("g",))]


# -- updates and deletes --------------------------------------------------------------


def test_reingesting_changed_text_under_same_id_refreshes_the_meeting(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ingest([write_jsonl(tmp_path / "v1.jsonl", [art("x", FMM10_A), art("y", FMM10_B, "2020-09-29")])])
    assert [sorted(m.sources) for m in tracker.meetings()] == [["x", "y"]]
    report = tracker.ingest([write_jsonl(tmp_path / "v2.jsonl", [art("x", FMM11), art("y", FMM10_B, "2020-09-29")])])
    assert (report.new, report.updated, report.unchanged) == (0, 1, 1)
    assert tracker.article("x")["text"] == FMM11
    by_ordinal = {m.ordinal: m for m in tracker.meetings()}
    assert set(by_ordinal) == {10, 11}
    assert by_ordinal[10].sources == ["y"]
    assert by_ordinal[10].city is None  # Hà Nội came only from the old text of x
    assert by_ordinal[11].sources == ["x"]
    counts = tracker.store.counts()
    assert (counts["articles"], counts["reports"], counts["meetings"]) == (2, 2, 2)


def test_changed_text_drops_a_meeting_no_longer_reported(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ingest([write_jsonl(tmp_path / "v1.jsonl", [art("x", FMM10_A)])])
    tracker.ingest([write_jsonl(tmp_path / "v2.jsonl", [art("x", FMM11)])])
    assert [(m.ordinal, m.sources) for m in tracker.meetings()] == [(11, ["x"])]
    assert tracker.store.conn.execute("SELECT count(*) FROM claims WHERE value = '10'").fetchone()[0] == 0


def test_changed_text_replaces_the_search_index(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ingest([write_jsonl(tmp_path / "v1.jsonl", [art("x", FMM10_A)])])
    assert [h["article"] for h in tracker.search("Ha Noi")] == ["x"]
    tracker.ingest([write_jsonl(tmp_path / "v2.jsonl", [art("x", FMM11)])])
    assert tracker.search("Ha Noi") == []
    assert [h["article"] for h in tracker.search("lan thu 11")] == ["x"]


def test_changed_text_within_one_ingest_leaves_one_search_row(tracker: Tracker, tmp_path: Path) -> None:
    # the second version replaces the first before the transaction's full-text rows are written
    tracker.ingest([write_jsonl(tmp_path / "both.jsonl", [art("x", FMM10_A), art("x", FMM11)])])
    assert tracker.search("Ha Noi") == []
    assert [h["article"] for h in tracker.search("lan thu 11")] == ["x"]
    conn = tracker.store.conn
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")  # raises on a corrupt index
    assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1


def test_deleting_an_article_refreshes_its_meeting(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ingest([write_jsonl(tmp_path / "a.jsonl", [art("a", FMM10_A), art("b", FMM10_B, "2020-09-29")])])
    meeting_id = tracker.meetings()[0].id
    store = tracker.store
    store.begin()
    store.delete_article("a")
    store.commit()
    meeting = tracker.meeting(meeting_id)
    assert meeting.sources == ["b"]
    assert meeting.city is None
    assert meeting.format == "online"
    assert {ev.article for items in meeting.evidence.values() for ev in items} == {"b"}
    assert tracker.article("a") is None


def test_deleting_the_last_source_deletes_the_meeting(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ingest([write_jsonl(tmp_path / "a.jsonl", [art("a", FMM10_A)])])
    store = tracker.store
    store.begin()
    store.delete_article("a")
    store.commit()
    assert tracker.meetings() == []
    assert store.counts() == {"articles": 0, "reports": 0, "claims": 0, "meetings": 0}
    assert tracker.search("Ha Noi") == []


@pytest.mark.parametrize("repeat", [2, 3])
def test_repeated_ingest_is_idempotent(tracker: Tracker, write_articles, repeat: int) -> None:
    folder = write_articles()
    tracker.ingest([folder])
    before = tracker.store.counts()
    for _ in range(repeat):
        report = tracker.ingest([folder])
        assert (report.new, report.unchanged) == (0, 2)
    assert tracker.store.counts() == before
