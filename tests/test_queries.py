"""Queries of the Tracker API: meeting filters, one meeting with its evidence, full-text search."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mekong_tracker import Tracker
from mekong_tracker.clean.normalize import fold

MEETING_FIELDS = ("framework", "level", "ordinal", "date", "date_end", "city", "country", "format", "chairs", "documents")

CORPUS = [
    {
        "id": "vi-fmm10",
        "lang": "vi",
        "published": "2020-09-29",
        "title": "Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10",
        "text": "Ngày 28/9, Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10 được tổ chức theo hình thức trực tuyến "
        "với sự đồng chủ trì của Phó Thủ tướng Phạm Bình Minh và Bộ trưởng Ngoại giao Hàn Quốc Kang Kyung-wha.",
    },
    {
        "id": "en-fmm9",
        "lang": "en",
        "published": "2019-08-03",
        "title": "Mekong-ROK foreign ministers meet in Bangkok",
        "text": "The 9th Mekong-RoK Foreign Ministers' Meeting was held in Bangkok on August 3, co-chaired by Thai Foreign Minister "
        "Don Pramudwinai and Korean Foreign Minister Kang Kyung-wha.",
    },
    {
        "id": "vi-mkc-summit2",
        "lang": "vi",
        "published": "2020-11-13",
        "text": "Ngày 13/11/2020, Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ hai diễn ra theo hình thức trực tuyến.",
    },
    {
        "id": "en-mjc-summit10",
        "lang": "en",
        "published": "2018-10-10",
        "text": "The 10th Mekong-Japan Summit was held in Tokyo on October 9, 2018, chaired by Japanese Prime Minister Shinzo Abe. "
        "The leaders adopted the Tokyo Strategy 2018 for Mekong-Japan Cooperation.",
    },
    {
        "id": "vi-lmc-summit3",
        "lang": "vi",
        "published": "2020-08-24",
        "text": "Ngày 24/8/2020, Hội nghị Cấp cao Hợp tác Mê Công - Lan Thương lần thứ 3 diễn ra theo hình thức trực tuyến dưới sự "
        "đồng chủ trì của Thủ tướng Campuchia Hun Sen và Thủ tướng Trung Quốc Lý Khắc Cường.",
    },
]


@pytest.fixture
def loaded(tracker: Tracker, tmp_path: Path) -> Tracker:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in CORPUS), encoding="utf-8")
    report = tracker.ingest([path])
    assert report.new == len(CORPUS)
    return tracker


def keys(meetings) -> list[tuple[str, str, int | None]]:
    return [(m.framework, m.level, m.ordinal) for m in meetings]


# -- meetings(...) ----------------------------------------------------------------------


def test_meetings_lists_all_oldest_first(loaded: Tracker) -> None:
    meetings = loaded.meetings()
    assert keys(meetings) == [
        ("MJC", "summit", 10),
        ("MKC", "foreign_ministers", 9),
        ("LMC", "summit", 3),
        ("MKC", "foreign_ministers", 10),
        ("MKC", "summit", 2),
    ]
    assert [m.date for m in meetings] == ["2018-10-09", "2019-08-03", "2020-08-24", "2020-09-28", "2020-11-13"]


def test_meetings_filter_by_framework(loaded: Tracker) -> None:
    assert sorted(keys(loaded.meetings(framework="MKC"))) == [
        ("MKC", "foreign_ministers", 9),
        ("MKC", "foreign_ministers", 10),
        ("MKC", "summit", 2),
    ]
    assert keys(loaded.meetings(framework="LMC")) == [("LMC", "summit", 3)]
    assert loaded.meetings(framework="GMS") == []


def test_meetings_filter_by_level(loaded: Tracker) -> None:
    assert sorted(keys(loaded.meetings(level="summit"))) == [("LMC", "summit", 3), ("MJC", "summit", 10), ("MKC", "summit", 2)]
    assert {m.level for m in loaded.meetings(level="foreign_ministers")} == {"foreign_ministers"}
    assert loaded.meetings(level="senior_officials") == []


def test_meetings_filter_by_year(loaded: Tracker) -> None:
    assert keys(loaded.meetings(year=2018)) == [("MJC", "summit", 10)]
    assert keys(loaded.meetings(year=2019)) == [("MKC", "foreign_ministers", 9)]
    assert len(loaded.meetings(year=2020)) == 3
    assert loaded.meetings(year=2021) == []


def test_meetings_filters_combine(loaded: Tracker) -> None:
    assert keys(loaded.meetings(framework="MKC", level="summit", year=2020)) == [("MKC", "summit", 2)]
    assert keys(loaded.meetings(framework="MKC", level="foreign_ministers", year=2019)) == [("MKC", "foreign_ministers", 9)]
    assert loaded.meetings(framework="MKC", level="summit", year=2019) == []


def test_meeting_to_dict_has_format_fields_id_and_sources(loaded: Tracker) -> None:
    for m in loaded.meetings():
        d = m.to_dict()
        assert set(d) == {*MEETING_FIELDS, "id", "sources"}
        assert json.loads(json.dumps(d)) == d


# -- meeting(id) --------------------------------------------------------------------


def test_meeting_json_has_every_field_id_sources_and_evidence(loaded: Tracker) -> None:
    for summary in loaded.meetings():
        d = loaded.meeting(summary.id).to_dict(evidence=True)
        assert {*MEETING_FIELDS, "id", "sources", "evidence"} <= set(d)
        assert d["id"] == summary.id
        assert d["sources"] == summary.sources
        assert json.loads(json.dumps(d, ensure_ascii=False)) == d


def test_meeting_values_match_the_text(loaded: Tracker) -> None:
    m = next(m for m in loaded.meetings(framework="MKC", level="foreign_ministers") if m.ordinal == 10)
    full = loaded.meeting(m.id)
    assert (full.date, full.format, full.sources) == ("2020-09-28", "online", ["vi-fmm10"])
    assert set(full.chairs) == {"Phạm Bình Minh", "Kang Kyung-wha"}
    mjc = loaded.meeting(loaded.meetings(framework="MJC")[0].id)
    assert (mjc.city, mjc.country, mjc.date) == ("Tokyo", "JP", "2018-10-09")
    assert mjc.documents == ["Tokyo Strategy 2018 for Mekong-Japan Cooperation"]


def test_every_stated_field_has_evidence_in_its_article(loaded: Tracker) -> None:
    for summary in loaded.meetings():
        d = loaded.meeting(summary.id).to_dict(evidence=True)
        for name in MEETING_FIELDS:
            if d[name] in (None, []):
                continue
            items = d["evidence"].get(name, [])
            assert items, f"meeting {d['id']}: {name}={d[name]!r} has no evidence"
            for ev in items:
                text = loaded.article(ev["article"])["text"]
                assert text[ev["start"] : ev["end"]] == ev["text"], (d["id"], name)
                assert ev["text"] in ev["sentence"], (d["id"], name)
                assert ev["sentence"] in text


def test_chair_evidence_names_each_chair(loaded: Tracker) -> None:
    m = loaded.meetings(framework="LMC")[0]
    evidence = loaded.meeting(m.id).evidence["chairs"]
    assert {ev.text for ev in evidence} == {"Hun Sen", "Lý Khắc Cường"}


def test_meeting_unknown_id_is_none(loaded: Tracker) -> None:
    assert loaded.meeting(999_999) is None


def test_article_gives_text_metadata_and_boilerplate(loaded: Tracker) -> None:
    a = loaded.article("en-fmm9")
    assert a["text"] == CORPUS[1]["text"]
    assert (a["lang"], a["published"], a["title"]) == ("en", "2019-08-03", "Mekong-ROK foreign ministers meet in Bangkok")
    assert a["boilerplate"] == []
    assert loaded.article("nope") is None


# -- search(...) ----------------------------------------------------------------------


def test_search_without_diacritics_finds_vietnamese(loaded: Tracker) -> None:
    hits = {h["article"] for h in loaded.search("Me Cong")}
    assert hits == {"vi-fmm10", "vi-mkc-summit2", "vi-lmc-summit3"}


def test_search_is_case_insensitive(loaded: Tracker) -> None:
    expected = {h["article"] for h in loaded.search("Me Cong")}
    assert {h["article"] for h in loaded.search("MÊ CÔNG")} == expected
    assert {h["article"] for h in loaded.search("mê công")} == expected
    assert {h["article"] for h in loaded.search("mekong-japan")} == {"en-mjc-summit10"}
    assert {h["article"] for h in loaded.search("TOKYO STRATEGY")} == {"en-mjc-summit10"}


def test_search_matches_a_phrase(loaded: Tracker) -> None:
    assert {h["article"] for h in loaded.search("Lan Thuong")} == {"vi-lmc-summit3"}
    assert loaded.search("Cong Me") == []  # the same words in another order


def test_search_hit_has_title_lang_and_snippet(loaded: Tracker) -> None:
    hits = loaded.search("Kang Kyung")
    assert {h["article"] for h in hits} == {"vi-fmm10", "en-fmm9"}
    for h in hits:
        assert set(h) >= {"article", "title", "lang", "url", "snippet"}
        assert "kang kyung" in fold(h["snippet"])
    titles = {h["article"]: h["title"] for h in hits}
    assert titles["en-fmm9"] == "Mekong-ROK foreign ministers meet in Bangkok"


def test_search_respects_limit(loaded: Tracker) -> None:
    assert len(loaded.search("Me Cong", limit=2)) == 2


def test_search_finds_nothing_for_absent_or_empty_words(loaded: Tracker) -> None:
    assert loaded.search("Ganga") == []
    assert loaded.search("   ") == []
    assert loaded.search('"') == []


def test_format_md_lists_these_meeting_fields(shared_dir: Path) -> None:
    text = (shared_dir / "corpus" / "FORMAT.md").read_text(encoding="utf-8")
    section = text.split("## Fields of a meeting", 1)[1].split("##", 1)[0]
    fields = re.findall(r"^\| `(\w+)` \|", section, flags=re.M)
    assert tuple(fields) == MEETING_FIELDS
