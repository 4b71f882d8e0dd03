"""Evidence of every stored field is a span of its article's body: never in boilerplate,
and its text is exactly the article text at its offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from mekong_tracker import Tracker


@pytest.fixture
def seeded(seed_files: list[Path], tmp_path: Path) -> Tracker:
    with Tracker(tmp_path / "seeds.db") as tracker:
        report = tracker.ingest(seed_files)
        assert report.failed == []
        assert report.new == len(seed_files)
        yield tracker


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def test_seeds_give_meetings_with_evidence(seeded: Tracker) -> None:
    meetings = seeded.meetings()
    assert meetings
    claims = seeded.store.conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert claims > len(meetings)


def test_no_claim_falls_in_boilerplate(seeded: Tracker) -> None:
    rows = seeded.store.conn.execute('SELECT article_id, field, start, "end", text FROM claims').fetchall()
    assert rows
    cache: dict[str, dict] = {}
    for article_id, field, start, end, text in rows:
        art = cache.setdefault(article_id, seeded.article(article_id))
        assert not overlaps(art["boilerplate"], start, end), f"{article_id} {field} {text!r} at [{start}:{end}] is in boilerplate"


def test_claim_text_is_article_text_at_its_offsets(seeded: Tracker) -> None:
    rows = seeded.store.conn.execute('SELECT article_id, field, start, "end", text, sentence FROM claims').fetchall()
    cache: dict[str, dict] = {}
    for article_id, field, start, end, text, sentence in rows:
        art = cache.setdefault(article_id, seeded.article(article_id))
        assert 0 <= start < end <= len(art["text"])
        assert art["text"][start:end] == text, f"{article_id} {field}"
        assert text in sentence
        assert sentence in art["text"]


def test_meeting_evidence_is_in_the_body_of_its_article(seeded: Tracker) -> None:
    checked = 0
    for summary in seeded.meetings():
        meeting = seeded.meeting(summary.id)
        assert meeting is not None
        assert set(meeting.evidence) >= {"framework", "level"}
        for field, items in meeting.evidence.items():
            for ev in items:
                art = seeded.article(ev.article)
                assert ev.article in meeting.sources
                assert art["text"][ev.start : ev.end] == ev.text, f"meeting {meeting.id} {field}"
                assert not overlaps(art["boilerplate"], ev.start, ev.end), f"meeting {meeting.id} {field} {ev.text!r}"
                checked += 1
    assert checked > 0
