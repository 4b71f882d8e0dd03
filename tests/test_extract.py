"""End-to-end extraction on short hand-written articles: mekong_tracker.process(text, lang, published)."""

from __future__ import annotations

import pytest

from mekong_tracker import process
from mekong_tracker.annotate.dates import find_dates, spell_months
from mekong_tracker.annotate.documents import find_documents
from mekong_tracker.annotate.frameworks import find_levels
from mekong_tracker.annotate.ordinals import find_ordinals
from mekong_tracker.annotate.people import find_chairs
from mekong_tracker.clean.normalize import fold
from mekong_tracker.models import MeetingClaim

VI_FMM10 = (
    "Ngày 28/9, Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10 được tổ chức theo hình thức trực tuyến với sự "
    "đồng chủ trì của Phó Thủ tướng Phạm Bình Minh và Bộ trưởng Ngoại giao Hàn Quốc Kang Kyung-wha."
)
EN_FMM9 = (
    "Mekong-ROK foreign ministers meet in Bangkok\n\n"
    "The 9th Mekong-RoK Foreign Ministers' Meeting was held in Bangkok on August 3, co-chaired by Thai Foreign Minister "
    "Don Pramudwinai and Korean Foreign Minister Kang Kyung-wha.\n\n"
    "The ministers reviewed the progress of cooperation over the past year."
)


def only(text: str, lang: str, published: str | None = None) -> MeetingClaim:
    meetings = process(text, lang, published).meetings
    assert len(meetings) == 1, [m.fields() for m in meetings]
    return meetings[0]


def keys(text: str, lang: str, published: str | None = None) -> list[tuple[str, str, int | None]]:
    return [(m.framework, m.level, m.ordinal) for m in process(text, lang, published).meetings]


# -- the two reference sentences ------------------------------------------------------


def test_vietnamese_fmm_sentence_gives_every_field() -> None:
    m = only(VI_FMM10, "vi", "2020-09-29")
    assert (m.framework, m.level, m.ordinal) == ("MKC", "foreign_ministers", 10)
    assert m.date == "2020-09-28"
    assert m.date_end is None
    assert m.format == "online"
    assert m.chairs == ["Phạm Bình Minh", "Kang Kyung-wha"]
    assert (m.city, m.country, m.documents) == (None, None, [])


def test_vietnamese_fmm_evidence_points_at_the_words() -> None:
    doc = process(VI_FMM10, "vi", "2020-09-29")
    m = doc.meetings[0]
    expected = {
        "framework": "Mê Công - Hàn Quốc",
        "level": "Hội nghị Bộ trưởng Ngoại giao",
        "ordinal": "lần thứ 10",
        "date": "28/9",
        "format": "trực tuyến",
    }
    for field, words in expected.items():
        texts = [ev.text for ev in m.evidence[field]]
        assert any(words in t for t in texts), (field, texts)
    assert [ev.text for ev in m.evidence["chairs"]] == ["Phạm Bình Minh", "Kang Kyung-wha"]
    for items in m.evidence.values():
        for ev in items:
            assert doc.text[ev.start : ev.end] == ev.text
            assert ev.sentence == VI_FMM10


@pytest.mark.parametrize("days", ["từ 30/7 đến 1/8", "từ ngày 30/7 đến ngày 1/8"])
def test_a_span_of_days_after_tu_is_the_meetings(days: str) -> None:
    m = only(f"Hội nghị Cấp cao CLV lần thứ 12 diễn ra {days} tại Pakse.", "vi", "2019-08-02")
    assert (m.date, m.date_end) == ("2019-07-30", "2019-08-01")


def test_date_without_year_and_without_published_keeps_day_and_month() -> None:
    assert only(VI_FMM10, "vi", None).date == "--09-28"


def test_english_fmm_gives_place_date_and_chairs() -> None:
    m = only(EN_FMM9, "en", "2019-08-03")
    assert (m.framework, m.level, m.ordinal) == ("MKC", "foreign_ministers", 9)
    assert m.date == "2019-08-03"
    assert (m.city, m.country) == ("Bangkok", "TH")
    assert set(m.chairs) == {"Don Pramudwinai", "Kang Kyung-wha"}


def test_weekday_is_resolved_against_published() -> None:
    m = only("On Tuesday, the 10th Mekong-Japan Summit was held in Tokyo.", "en", "2018-10-10")  # a Wednesday
    assert (m.framework, m.level, m.ordinal, m.date, m.city, m.country) == ("MJC", "summit", 10, "2018-10-09", "Tokyo", "JP")


# -- boilerplate ----------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["Tin khác", "Có thể bạn quan tâm"])
def test_meeting_named_only_in_related_links_is_not_extracted(marker: str) -> None:
    text = (
        f"{VI_FMM10}\n\n"
        "Các Bộ trưởng nhất trí đẩy mạnh hợp tác trong bảy lĩnh vực ưu tiên và trao đổi về các vấn đề quốc tế và khu vực.\n\n"
        "Hội nghị đã thông qua nhiều định hướng hợp tác quan trọng cho giai đoạn tới.\n\n"
        f"{marker}\n\n"
        "Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 12 diễn ra trực tuyến\n\n"
        "Hội nghị Bộ trưởng Mê Công - Lan Thương lần thứ 5 khai mạc tại Trùng Khánh\n"
    )
    assert keys(text, "vi", "2020-09-29") == [("MKC", "foreign_ministers", 10)]


def test_meeting_in_a_doubled_related_headline_is_not_extracted() -> None:
    card = "Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 12 diễn ra trực tuyến"
    text = f"{VI_FMM10}\n\n{card}\n\n{card}\n\nLãnh đạo các nước đã thảo luận nhiều vấn đề.\n\nCác Bộ trưởng nhất trí tăng cường hợp tác."
    assert keys(text, "vi", "2020-09-29") == [("MKC", "foreign_ministers", 10)]


# -- ordinals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "ordinal"),
    [
        ("Ngày 13/11/2020, Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ hai diễn ra theo hình thức trực tuyến.", "vi", 2),
        ("Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ nhất diễn ra tại Busan, Hàn Quốc ngày 27/11/2019.", "vi", 1),
        ("The second Mekong-Korea Summit was held online on November 13, 2020.", "en", 2),
        ("The first Mekong-Lancang Leaders' Meeting was held in Sanya, China on March 23, 2016.", "en", 1),
        ("Ngày 10/12, Hội nghị Cấp cao Tam giác phát triển Campuchia - Lào - Việt Nam lần thứ XV diễn ra tại Hà Nội.", "vi", 15),
        ("The 10th Mekong-Japan Summit was held in Tokyo on October 9, 2018.", "en", 10),
    ],
)
def test_ordinal_words_digits_and_roman_numerals(text: str, lang: str, ordinal: int) -> None:
    assert only(text, lang, "2024-12-11").ordinal == ordinal


def test_roman_ordinal_meeting_is_clv_summit() -> None:
    text = "Ngày 10/12, Hội nghị Cấp cao Tam giác phát triển Campuchia - Lào - Việt Nam lần thứ XV diễn ra tại Hà Nội."
    m = only(text, "vi", "2024-12-11")
    assert (m.framework, m.level, m.date, m.city, m.country) == ("CLV", "summit", "2024-12-10", "Hà Nội", "VN")
    assert [ev.text for ev in m.evidence["ordinal"]] == ["lần thứ XV"]


# -- framework names ------------------------------------------------------------------


def test_reversed_alias_han_quoc_mekong_is_mkc() -> None:
    m = only("Ngày 3/8, Hội nghị Bộ trưởng Ngoại giao Hàn Quốc - Mekong lần thứ 9 diễn ra tại Bangkok, Thái Lan.", "vi", "2019-08-03")
    assert (m.framework, m.level, m.ordinal, m.date, m.city, m.country) == ("MKC", "foreign_ministers", 9, "2019-08-03", "Bangkok", "TH")


@pytest.mark.parametrize(
    ("text", "lang", "framework"),
    [
        ("Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 12 diễn ra theo hình thức trực tuyến ngày 13/11/2020.", "vi", "MJC"),
        ("The second Mekong-Japan Foreign Ministers' Meeting took place in Hanoi on July 21, 2009.", "en", "MJC"),
        ("The first Mekong-Lancang Leaders' Meeting was held in Sanya, China on March 23, 2016.", "en", "LMC"),
        ("Ngày 24/8/2020, Hội nghị Cấp cao Hợp tác Mê Công - Lan Thương lần thứ 3 diễn ra theo hình thức trực tuyến.", "vi", "LMC"),
        ("Clinton also presided over the first US-Lower Mekong Ministerial Meeting on Thursday.", "en", "MUSP"),
        ("Leaders met at the eighth Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy summit in Bangkok.", "en", "ACMECS"),
        ("They met on the sidelines of a South-East Asian foreign ministers meeting held on Phuket.", "en", "ASEAN"),
        ("On Thursday, Suga took part in the annual summit between Japan and ASEAN, also held online.", "en", "ASEAN+JP"),
        ("Hội nghị Cấp cao giữa ASEAN và Nhật Bản lần thứ 23 diễn ra trực tuyến ngày 12/11.", "vi", "ASEAN+JP"),
        ("Leaders adopted a declaration at the first-ever summit between South Korea and the Mekong region.", "en", "MKC"),
        ("Ngày 17/12, Thủ tướng dự Hội nghị Cấp cao kỷ niệm 50 năm quan hệ hữu nghị và hợp tác ASEAN - Nhật Bản.", "vi", "ASEAN+JP"),
    ],
)
def test_framework_aliases(text: str, lang: str, framework: str) -> None:
    assert only(text, lang, "2020-11-14").framework == framework


def test_a_summit_for_the_nth_year_of_relations_names_the_framework_not_an_edition() -> None:
    text = "The Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation was held in Tokyo in December 2023."
    assert keys(text, "en", "2024-01-10") == [("ASEAN+JP", "summit", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 10/1, Hội nghị các nhà lãnh đạo Hợp tác Mekong - Lan Thương (MLC) lần thứ 2 đã khai mạc tại Phnom Penh.",
        "Sáng 10/1, Hội nghị các lãnh đạo Hợp tác Mekong - Lan Thương lần thứ hai đã khai mạc tại Phnom Penh.",
    ],
)
def test_a_conference_of_the_leaders_is_a_summit(text: str) -> None:
    found = only(text, "vi", "2018-01-10")
    assert (found.framework, found.level, found.ordinal, found.date) == ("LMC", "summit", 2, "2018-01-10")


@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        ("Clinton attended the ASEAN-US Post Ministerial Conference in Hanoi on Thursday.", "en", "Hanoi"),
        ("Ngày 22/7, Bộ trưởng dự Hội nghị Sau Hội nghị Bộ trưởng Ngoại giao ASEAN - Hoa Kỳ tại Hà Nội.", "vi", "Hà Nội"),
    ],
)
def test_asean_post_ministerial_conference_with_a_partner_is_a_foreign_ministers_meeting(text: str, lang: str, city: str) -> None:
    found = only(text, lang, "2010-07-23")
    assert (found.framework, found.level, found.date, found.city) == ("ASEAN+US", "foreign_ministers", "2010-07-22", city)


def test_a_chairs_statement_read_out_gives_its_chair_and_what_we_adopted() -> None:
    text = (
        "Full Text: Chair's Statement Read Out by Prime Minister Hun Sen at the Close of the 7th GMS Summit\n\n"
        "Phnom Penh, September 9, 2021 - Prime Minister Hun Sen today chaired the Seventh GMS Summit, held by videoconference.\n\n"
        "Excellencies,\n\n"
        "Today, I am pleased to announce that we have adopted the Joint Summit Declaration."
    )
    m = only(text, "en", "2021-09-09")
    assert (m.chairs, m.documents) == (["Hun Sen"], ["Joint Summit Declaration"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Second MRC Summit in Ho Chi Minh City on 5 April 2014 was held under the chairmanship of H.E. Mr. Nguyen Tan Dung, "
            "in the presence of the Dialogue Partners.",
            "en",
        ),
        (
            "Ngày 30/1/2018, Phó Thủ tướng Nguyễn Tan Dung, Trưởng Ban Tổ chức quốc gia, chủ trì Hội nghị Cấp cao GMS lần thứ 6.",
            "vi",
        ),
    ],
)
def test_partners_and_a_committees_name_are_no_chairs(text: str, lang: str) -> None:
    assert only(text, lang, "2018-02-01").chairs == ["Nguyen Tan Dung" if lang == "en" else "Nguyễn Tan Dung"]


def test_a_programmes_title_then_key_value_lines_give_its_fields() -> None:
    text = (
        "Home > Meetings\n\n"
        "Programme of the Seventh Lancang-Mekong Cooperation Foreign Ministers' Meeting\n\n"
        "Posted: 2022-07-01 | Source: LMC Secretariat\n\n"
        "Date: Monday, 4 July 2022\n"
        "Venue: Bagan, Myanmar\n"
        "Format: in person\n"
        "Co-chairs: H.E. Mr. Wang Yi and H.E. U Wunna Maung Lwin\n"
    )
    m = only(text, "en", "2022-07-01")
    assert (m.ordinal, m.date, m.city, m.country, m.format) == (7, "2022-07-04", "Bagan", "MM", "in_person")
    assert m.chairs == ["Wang Yi", "Wunna Maung Lwin"]


def test_two_meetings_in_one_article_stay_apart() -> None:
    text = (
        "Ngày 13/11/2020, Thủ tướng Nguyễn Xuân Phúc dự Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ hai.\n\n"
        "Cùng ngày, Thủ tướng đồng chủ trì Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 12."
    )
    assert sorted(keys(text, "vi", "2020-11-13")) == [("MJC", "summit", 12), ("MKC", "summit", 2)]


def test_text_without_a_meeting_gives_none() -> None:
    text = "Sông Mê Công chảy qua sáu quốc gia và là nguồn sống của hàng chục triệu người dân trong khu vực."
    assert process(text, "vi", "2020-01-01").meetings == []


def test_unsupported_language_is_detected_and_not_extracted() -> None:
    doc = process("Le sommet Mékong-Japon a eu lieu à Tokyo le 9 octobre 2018, et les dirigeants ont adopté une stratégie.")
    assert doc.lang == "fr"
    assert doc.meetings == []


@pytest.mark.parametrize(("text", "lang"), [(VI_FMM10, "vi"), (EN_FMM9, "en")])
def test_language_is_detected_when_not_given(text: str, lang: str) -> None:
    assert process(text).lang == lang


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "Lan" of Thái Lan is not "lần" (an edition)
        (
            "Hội nghị Cấp cao ACMECS lần thứ 10 diễn ra tại Bangkok, Thái Lan ngày 2/11.",
            "vi",
            ("ACMECS", "summit", 10, "2023-11-02"),
        ),
        # "U.S." inside a name does not end the sentence
        (
            "The Mekong-U.S. Partnership Ministerial Meeting was held online on September 11.",
            "en",
            ("MUSP", "foreign_ministers", None, "2023-09-11"),
        ),
        # an acronym in parentheses and a programme name between level and framework
        (
            "Hội nghị Quan chức cấp cao (SOM) Mekong - Lan Thương lần thứ 7 diễn ra vào các ngày 5 và 6/12.",
            "vi",
            ("LMC", "senior_officials", 7, "2023-12-05"),
        ),
        (
            "Hội nghị Cấp cao Chương trình Hợp tác kinh tế Tiểu vùng Mekong mở rộng (GMS) lần thứ 7 diễn ra ngày 9/9.",
            "vi",
            ("GMS", "summit", 7, "2023-09-09"),
        ),
        (
            "Hội nghị Bộ trưởng Ngoại giao Mekong - Ấn Độ (MGC) lần thứ 10 được tổ chức ngày 1/8.",
            "vi",
            ("MGC", "foreign_ministers", 10, "2023-08-01"),
        ),
        # the dotted and hyphenated styles of Thanh Niên, Nhân Dân and QĐND
        ("Hội nghị Cấp cao Mê Công - Lan Thương lần thứ 3 diễn ra trực tuyến ngày 24.8.", "vi", ("LMC", "summit", 3, "2023-08-24")),
        ("Hội nghị Thượng đỉnh GMS lần thứ 6 diễn ra tại Hà Nội trong hai ngày 30 và 31.3.", "vi", ("GMS", "summit", 6, "2023-03-30")),
        ("Hôm qua 31.3, Hội nghị Thượng đỉnh GMS lần thứ 6 bế mạc tại Hà Nội.", "vi", ("GMS", "summit", 6, "2023-03-31")),
        ("Hội nghị Cấp cao GMS lần thứ nhất tổ chức tại Phnôm Pênh tháng 11-2002.", "vi", ("GMS", "summit", 1, "2002-11")),
        (
            "Hội nghị Bộ trưởng Ngoại giao Mê Công - Lan Thương lần thứ nhất họp tại Cảnh Hồng tháng 11.2015.",
            "vi",
            ("LMC", "foreign_ministers", 1, "2015-11"),
        ),
    ],
)
def test_names_and_dates_in_common_constructions(text: str, lang: str, expected: tuple) -> None:
    m = only(text, lang, "2023-12-10")
    assert (m.framework, m.level, m.ordinal, m.date) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hội nghị Cấp cao CLV lần thứ 7 diễn ra vào các ngày 5 và 6/12 tại Hà Nội.", "vi"),
        ("Hội nghị Cấp cao CLV lần thứ 7 diễn ra ngày 5/12 và 6/12 tại Hà Nội.", "vi"),
        ("The 7th CLV Summit took place on 5 and 6 December in Hanoi.", "en"),
        ("The 7th CLV Summit took place on December 5 and 6 in Hanoi.", "en"),
    ],
)
def test_two_days_joined_by_and_are_a_range(text: str, lang: str) -> None:
    m = only(text, lang, "2022-12-07")
    assert (m.date, m.date_end) == ("2022-12-05", "2022-12-06")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The summit followed the third Lancang-Mekong foreign ministers' meeting, held in Dali in December.", "2017-12"),
        ("The third Lancang-Mekong foreign ministers' meeting will be held in Dali in December.", "2018-12"),
        ("The third Lancang-Mekong foreign ministers' meeting is due in Dali this December.", "2018-12"),
        ("Third Lancang-Mekong foreign ministers' meeting set for Dali in December", "2018-12"),
    ],
)
def test_a_month_well_after_publication_is_last_years_unless_said_to_come(text: str, date: str) -> None:
    assert only(text, "en", "2018-01-11").date == date


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("On 24 August, Premier Li Keqiang co-chaired the third Lancang-Mekong Cooperation leaders' meeting.", "en", "2020-08-24"),
        ("Ngày 24/8, Thủ tướng Lý Khắc Cường chủ trì Hội nghị lãnh đạo Hợp tác Mê Công - Lan Thương lần thứ ba.", "vi", "2020-08-24"),
        ("Hội nghị lãnh đạo Hợp tác Mê Công - Lan Thương lần thứ tư sẽ diễn ra ngày 24/8.", "vi", "2021-08-24"),
        ("The 4th Lancang-Mekong leaders' meeting will take place on 24 August.", "en", "2021-08-24"),
        ("Ngày 24/3, Hội nghị lãnh đạo Hợp tác Mê Công - Lan Thương lần thứ ba đã diễn ra.", "vi", "2021-03-24"),
    ],
)
def test_a_day_months_after_publication_is_last_years_unless_said_to_come(text: str, lang: str, date: str) -> None:
    assert only(text, lang, "2021-02-12").date == date


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Hôm qua, Hội nghị Cấp cao ACMECS lần thứ 10 đã diễn ra tại Bangkok.", "vi", "2023-11-02"),
        ("The 10th ACMECS Summit took place in Bangkok yesterday.", "en", "2023-11-02"),
        ("Hội nghị Cấp cao ACMECS lần thứ 10 sẽ khai mạc ngày mai tại Bangkok.", "vi", "2023-11-04"),
    ],
)
def test_yesterday_and_tomorrow_count_from_the_publication_day(text: str, lang: str, date: str) -> None:
    assert only(text, lang, "2023-11-03").date == date


@pytest.mark.parametrize(
    ("text", "lang", "published", "date"),
    [
        (
            "Ngày 25, Hội nghị Cấp cao Hợp tác Lan Thương - Mê Công lần thứ 4 đã diễn ra theo hình thức trực tuyến.",
            "vi",
            "2023-12-26",
            "2023-12-25",
        ),
        ("On the 25th, Li Qiang attended the fourth Lancang-Mekong Cooperation Leaders' Meeting.", "en", "2023-12-26", "2023-12-25"),
        ("The second Korea-Mekong summit follows on the 13th, co-chaired by Moon and Phuc.", "en", "2020-11-10", "2020-11-13"),
        ("Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 10 diễn ra vào ngày 28 tại Tokyo.", "vi", "2018-11-02", "2018-10-28"),
    ],
)
def test_a_day_of_the_month_alone_is_in_the_month_that_brings_it_nearest_to_publication(
    text: str, lang: str, published: str, date: str
) -> None:
    assert only(text, lang, published).date == date


def test_a_chair_named_by_surname_takes_the_full_name_given_before() -> None:
    text = (
        "US Secretary of State Hillary Rodham Clinton arrived in Phuket on Wednesday, officials said Friday.\n"
        "Clinton also presided over the first US-Lower Mekong Ministerial Meeting on Thursday night."
    )
    m = only(text, "en", "2009-07-24")
    assert m.chairs == ["Hillary Rodham Clinton"]
    assert m.evidence["chairs"][0].text == "Clinton"
    # a lone capitalised word that names no one before is not a chair
    assert only("Thailand also presided over the first US-Lower Mekong Ministerial Meeting.", "en", "2009-07-24").chairs == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Prime Minister Prayut Chan-o-cha will chair the eighth ACMECS Summit in Bangkok on Saturday.", "2018-06-16"),
        ("The eighth ACMECS Summit was held in Bangkok on Saturday.", "2018-06-09"),
        ("The eighth ACMECS Summit will open next Monday.", "2018-06-18"),
    ],
)
def test_a_weekday_is_the_coming_one_when_the_sentence_looks_ahead(text: str, date: str) -> None:
    assert only(text, "en", "2018-06-14").date == date  # a Thursday


def test_a_body_that_will_meet_is_a_meeting() -> None:
    m = only("The MRC Council will meet later this year to turn the guidance into a work plan.", "en", "2023-04-05")
    assert (m.framework, m.level, m.date) == ("MRC", "ministerial", "2023")
    assert process("The MRC Council approved the plan.", "en", "2023-04-05").meetings == []


def test_a_long_programme_name_between_framework_and_level() -> None:
    text = "Premier Li Qiang chaired the eighth Greater Mekong Subregion (GMS) Economic Cooperation Program Summit in Kunming."
    m = only(text, "en", "2024-11-07")
    assert (m.framework, m.level, m.ordinal, m.city, m.chairs) == ("GMS", "summit", 8, "Kunming", ["Li Qiang"])


def test_someones_first_summit_is_not_the_first_edition() -> None:
    text = "The 12th Mekong-Japan Summit was held online.\nIt was the first Mekong-Japan summit for Suga."
    assert [(m.ordinal, m.format) for m in process(text, "en", "2020-11-13").meetings] == [(12, "online")]


def test_co_chairs_named_by_surname_and_a_relative_clause_after_them() -> None:
    text = (
        "TOKYO, Nov. 13 (Kyodo) -- Prime Minister Yoshihide Suga pledged support on Friday.\n"
        "The 12th Mekong-Japan summit was co-chaired by Suga and Vietnamese Prime Minister Nguyen Xuan Phuc, "
        "whose country chairs the Association of Southeast Asian Nations this year."
    )
    assert only(text, "en", "2020-11-13").chairs == ["Yoshihide Suga", "Nguyen Xuan Phuc"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ nhất được tổ chức tại thành phố cảng Busan.", "vi", ("MKC", 1, None, "Busan")),
        ("Leaders met at the first Korea-Mekong summit held in the southern port city of Busan.", "en", ("MKC", 1, None, "Busan")),
        ("Hội nghị Cấp cao Mekong - Nhật Bản đầu tiên được tổ chức tại Tokyo năm 2009.", "vi", ("MJC", 1, "2009", "Tokyo")),
        (
            "VOV.VN - Chiều nay, tại Thủ đô Tokyo, Thủ tướng Abe chủ trì Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10.",
            "vi",
            ("MJC", 10, "2018-10-09", "Tokyo"),
        ),
    ],
)
def test_port_cities_first_editions_and_an_agency_credit(text: str, lang: str, expected: tuple) -> None:
    m = only(text, lang, "2018-10-09")
    assert (m.framework, m.ordinal, m.date, m.city) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Sáng 26/10, tại Trung tâm Hội nghị Quốc gia (Hà Nội), Thủ tướng chủ trì Hội nghị Cấp cao ACMECS lần thứ 7.",
            "vi",
            ("Hà Nội", "VN"),
        ),
        ("Các nước hoan nghênh việc Thái Lan đăng cai Hội nghị Cấp cao ACMECS lần thứ 7 vào năm 2018.", "vi", (None, "TH")),
        ("Laos will host the 7th ACMECS Summit next year.", "en", (None, "LA")),
        ("Laos, which chairs ASEAN next year, will host the 7th ACMECS Summit.", "en", (None, "LA")),
        ("Lào, với tư cách Chủ tịch ASEAN, sẽ đăng cai Hội nghị Cấp cao ACMECS lần thứ 7.", "vi", (None, "LA")),
        ("Hội nghị Cấp cao ACMECS lần thứ 7 do Lào, Chủ tịch ACMECS, tổ chức theo hình thức trực tuyến.", "vi", (None, None)),
        ("Tháng 10/2016, Hà Nội là nơi diễn ra Hội nghị Cấp cao ACMECS lần thứ 7.", "vi", ("Hà Nội", "VN")),
        ("Tháng 10/2016, Hà Nội đón lãnh đạo các nước dự Hội nghị Cấp cao ACMECS lần thứ 7.", "vi", ("Hà Nội", "VN")),
        ("In October 2016, Hanoi played host to the 7th ACMECS Summit.", "en", ("Hanoi", "VN")),
        ("Tháng 10/2016, Hà Nội đã đón Hội nghị Cấp cao ACMECS lần thứ 7.", "vi", ("Hà Nội", "VN")),
    ],
)
def test_a_venue_in_parentheses_and_a_host_country(text: str, lang: str, expected: tuple) -> None:
    m = only(text, lang, "2016-10-26")
    assert (m.city, m.country) == expected


def test_a_korean_chair_named_by_family_name_and_that_summit() -> None:
    text = (
        "BUSAN -- President Moon Jae-in and Mekong leaders met at the first Korea-Mekong Summit on Wednesday.\n"
        "It came a day after the ASEAN-Korea Commemorative Summit in the same city. "
        "That summit was co-chaired by Moon and Thai Prime Minister Prayut Chan-o-cha."
    )
    found = {m.framework: m for m in process(text, "en", "2019-11-27").meetings}
    assert found["ASEAN+KR"].chairs == ["Moon Jae-in", "Prayut Chan-o-cha"]
    assert found["MKC"].chairs == []


def test_a_passive_vietnamese_chair_clause_and_no_newspaper_as_chair() -> None:
    text = (
        "Tờ The Hindu cho biết Hội nghị Bộ trưởng Ngoại giao Mekong - Sông Hằng lần thứ 11 được đồng chủ trì bởi "
        "Bộ trưởng Ngoại giao Ấn Độ Subrahmanyam Jaishankar và đại diện Campuchia, ông Sok Siphana."
    )
    assert only(text, "vi", "2020-09-05").chairs == ["Subrahmanyam Jaishankar", "Sok Siphana"]
    # the country chaired, not the newspaper that says so
    text = "Báo Khmer Times nhắc lại rằng Campuchia từng chủ trì Hội nghị Thượng đỉnh GMS lần thứ 7 vào năm 2021."
    assert only(text, "vi", "2024-11-08").chairs == []


def test_a_first_ever_summit_is_the_first_and_a_title_after_which_adopted_is_the_meeting_before_its() -> None:
    text = (
        "Then, on November 27, also in Busan, we will host the first-ever Mekong-RoK Summit.\n\n"
        "The Mekong-Korea foreign ministers have met every year since the first meeting in Seoul in 2011, "
        "which adopted the Han River Declaration."
    )
    found = {m.level: m for m in process(text, "en", "2019-11-20").meetings}
    assert (found["summit"].ordinal, found["summit"].date, found["summit"].documents) == (1, "2019-11-27", [])
    assert (found["foreign_ministers"].ordinal, found["foreign_ministers"].city) == (1, "Seoul")
    assert found["foreign_ministers"].documents == ["Han River Declaration"]


def test_vietnamese_framework_documents() -> None:
    text = "Hội nghị Cấp cao GMS lần thứ 6 đã thông qua Tuyên bố chung và Khung Đầu tư khu vực đến năm 2022."
    assert only(text, "vi", "2018-03-31").documents == ["Tuyên bố chung", "Khung Đầu tư khu vực đến năm 2022"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Laos will host the 44th and 45th ASEAN Summits in Vientiane on Oct. 8-11.", "en"),
        ("Lào sẽ tổ chức Hội nghị Cấp cao ASEAN lần thứ 44 và 45 tại Vientiane từ ngày 8-11/10.", "vi"),
    ],
)
def test_editions_named_together_are_two_meetings(text: str, lang: str) -> None:
    found = sorted((m.ordinal, m.date, m.date_end, m.city) for m in process(text, lang, "2024-07-10").meetings)
    assert found == [(44, "2024-10-08", "2024-10-11", "Vientiane"), (45, "2024-10-08", "2024-10-11", "Vientiane")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The third LMC summit was held online on Monday. The first and second LMC summits were held in Sanya and "
            "Phnom Penh in 2016 and 2018 respectively.",
            "en",
        ),
        (
            "Hội nghị Cấp cao MLC lần thứ 3 diễn ra trực tuyến ngày 24/8. Các Hội nghị Cấp cao MLC lần thứ nhất và lần thứ hai "
            "lần lượt diễn ra tại Tam Á (Trung Quốc) năm 2016 và Phnom Penh (Campuchia) năm 2018.",
            "vi",
        ),
    ],
)
def test_respectively_gives_each_edition_its_own_venue_and_year(text: str, lang: str) -> None:
    found = sorted((m.ordinal, m.date, m.city, m.country, m.format) for m in process(text, lang, "2020-08-25").meetings)
    assert found == [
        (1, "2016", "Sanya" if lang == "en" else "Tam Á", "CN", None),
        (2, "2018", "Phnom Penh", "KH", None),
        (3, "2020-08-24", None, None, "online"),
    ]


def test_respectively_with_an_item_a_day_and_numbers_listed_after_an_edition() -> None:
    text = (
        "Ngày 10/7, Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 13 diễn ra tại Kuala Lumpur. Nhìn lại, ba hội nghị "
        "bộ trưởng gần nhất trước đó - lần thứ 10, 11 và 12 - lần lượt được tổ chức năm 2020 theo hình thức trực tuyến, năm 2021 "
        "theo hình thức kết hợp trực tiếp và trực tuyến tại Seoul, và năm 2024 tại Viêng Chăn."
    )
    found = sorted((m.ordinal, m.date, m.city, m.format) for m in process(text, "vi", "2025-07-12").meetings)
    assert found == [
        (10, "2020", None, "online"),
        (11, "2021", "Seoul", "hybrid"),
        (12, "2024", "Viêng Chăn", None),
        (13, "2025-07-10", "Kuala Lumpur", None),
    ]


def test_respectively_with_items_that_end_with_their_day() -> None:
    text = (
        "Hội nghị Bộ trưởng Ngoại giao Hợp tác Mekong - Lan Thương lần thứ nhất diễn ra ở Cảnh Hồng tháng 11/2015. Sau đó, các "
        "hội nghị lần thứ hai, thứ ba và thứ tư lần lượt được tổ chức tại Siem Reap (Campuchia, tháng 12/2016), Đại Lý (Vân Nam, "
        "Trung Quốc, tháng 12/2017) và Luang Prabang (Lào, tháng 12/2018)."
    )
    found = sorted((m.ordinal, m.date, m.city, m.country) for m in process(text, "vi", "2024-03-23").meetings)
    assert found[1:] == [(2, "2016-12", "Siem Reap", "KH"), (3, "2017-12", "Đại Lý", "CN"), (4, "2018-12", "Luang Prabang", "LA")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The first GMS Summit was held in Phnom Penh in November 2002; the second, third and fourth took place in "
            "Kunming (July 2005), Vientiane (March 2008) and Nay Pyi Taw (December 2011) respectively.",
            "en",
        ),
        (
            "Hội nghị Thượng đỉnh GMS lần thứ nhất tổ chức tại Phnôm Pênh tháng 11/2002; các kỳ thứ hai, thứ ba và thứ tư "
            "lần lượt được tổ chức tại Côn Minh (7/2005), Viêng Chăn (3/2008) và Nay Pyi Taw (12/2011).",
            "vi",
        ),
    ],
)
def test_respectively_speaks_of_the_editions_listed_together_not_of_one_named_before(text: str, lang: str) -> None:
    found = sorted((m.ordinal, m.date, m.country) for m in process(text, lang, "2024-11-08").meetings)
    assert found == [(1, "2002-11", "KH"), (2, "2005-07", "CN"), (3, "2008-03", "LA"), (4, "2011-12", "MM")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The eighth ACMECS Summit opened in Bangkok on Saturday. The second to the fourth summits were held in Bangkok, "
            "Vientiane and Phnom Penh in 2005, 2008 and 2010 respectively.",
            "en",
        ),
        (
            "Hội nghị Cấp cao ACMECS lần thứ 8 khai mạc tại Bangkok ngày 16/6. Các Hội nghị Cấp cao từ lần thứ hai đến lần thứ tư "
            "lần lượt được tổ chức tại Bangkok (2005), Viêng Chăn (2008) và Phnôm Pênh (2010).",
            "vi",
        ),
    ],
)
def test_a_range_of_editions_names_each_edition_in_it(text: str, lang: str) -> None:
    found = sorted((m.ordinal, m.date, m.country) for m in process(text, lang, "2018-06-17").meetings)
    assert found == [(2, "2005", "TH"), (3, "2008", "LA"), (4, "2010", "KH"), (8, "2018-06-16", "TH")]


@pytest.mark.parametrize(("text", "ordinals"), [("các kỳ thứ hai và thứ ba", [2, 3]), ("trong nhiệm kỳ thứ hai", [])])
def test_ky_thu_is_an_edition_but_nhiem_ky_thu_a_term(text: str, ordinals: list[int]) -> None:
    assert [o.value for o in find_ordinals(fold(text), text, 0, len(text))] == ordinals


def test_the_third_gathering_is_an_edition_and_a_hotel_in_a_city_is_a_venue() -> None:
    text = (
        "The fourth Mekong-Japan Summit was held in Tokyo on Saturday. The third gathering took place in Bali last November. "
        "It followed the 42nd ASEAN Foreign Ministers' Meeting, which opened at a Phuket hotel on Monday."
    )
    found = {(m.framework, m.ordinal): (m.date, m.country) for m in process(text, "en", "2012-04-22").meetings}
    assert found[("MJC", 3)] == ("2011-11", "ID")
    assert found[("ASEAN", 42)][1] == "TH"


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("hội nghị thượng đỉnh đầu tiên của GMS kể từ khi đại dịch bùng phát", []),
        ("the first Mekong-Japan summit to be held in Japan", []),
        ("the first ACMECS summit since the pandemic", []),
        ("the first ACMECS summit hosted by Thailand in more than a decade", []),
        ("the first Mekong-Japan summit, held in Tokyo in 2009", [1]),
        ("Hội nghị Cấp cao Mekong - Nhật Bản đầu tiên diễn ra tại Tokyo", [1]),
        ("their first gathering of the year under Malaysia's chairmanship", []),
        ("It will be the first leaders' meeting of the framework in several years.", []),
    ],
)
def test_the_first_since_is_a_first_of_some_kind_not_the_first_edition(text: str, ordinals: list[int]) -> None:
    assert [o.value for o in find_ordinals(fold(text), text, 0, len(text))] == ordinals


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("Hội nghị Bộ trưởng Ngoại giao Mê Công - Lan Thương lần đầu tiên tại Cảnh Hồng", [1]),
        ("Cuộc gặp lần đầu tiên được tổ chức ở Phu-khẹt vào tháng 7-2009.", [1]),
        ("Đây là lần đầu tiên Hội nghị Cấp cao GMS được tổ chức trực tuyến.", []),
        ("Năm 2018, lần đầu tiên Việt Nam đăng cai Hội nghị Cấp cao GMS.", []),
        ("Hội nghị diễn ra ở Thái Lan đầu tháng 8; lần đầu tiên hội nghị có đủ năm nước.", []),
    ],
)
def test_lan_dau_tien_after_a_meeting_is_its_first_edition_not_for_the_first_time(text: str, ordinals: list[int]) -> None:
    assert [o.value for o in find_ordinals(fold(text), text, 0, len(text))] == ordinals


@pytest.mark.parametrize(("short", "level"), [("AMM 53", "foreign_ministers"), ("AEM 51", "ministerial")])
def test_asean_ministers_meetings_are_known_by_their_numbered_short_names(short: str, level: str) -> None:
    m = only(f"{short} diễn ra từ ngày 7 đến ngày 10/9 tại Bangkok.", "vi", "2019-09-10")
    assert (m.framework, m.level, m.ordinal, m.date, m.date_end) == ("ASEAN", level, int(short[-2:]), "2019-09-07", "2019-09-10")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ngày 3/5, Hội nghị Bộ trưởng Tài chính và Thống đốc Ngân hàng Trung ương ASEAN+3 lần thứ 27 đã diễn ra.", "vi"),
        ("Ngày 3/5, Hội nghị AFMGM+3 lần thứ 27 đã diễn ra.", "vi"),
        ("The 27th ASEAN+3 Finance Ministers' and Central Bank Governors' Meeting was held on May 3.", "en"),
    ],
)
def test_finance_ministers_and_governors_meet_at_the_ministerial_level(text: str, lang: str) -> None:
    m = only(text, lang, "2024-05-04")
    assert (m.framework, m.level, m.ordinal, m.date) == ("ASEAN+3", "ministerial", 27, "2024-05-03")


def test_summits_in_general_and_a_short_name_in_parentheses_are_no_meetings_of_their_own() -> None:
    assert process("Mekong-Japan summits have been held every year since 2009.", "en", "2024-07-10").meetings == []
    text = "The 57th ASEAN Foreign Ministers' Meeting (AMM) takes place in Vientiane from July 24-27."
    m = only(text, "en", "2024-07-10")
    assert (m.ordinal, m.date, m.date_end, m.city) == (57, "2024-07-24", "2024-07-27", "Vientiane")


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Last month, Premier Li Keqiang co-chaired the third Lancang-Mekong Cooperation Leaders' Meeting by video link.", "en", "2020-08"),
        ("Hội nghị Cấp cao Mê Công - Lan Thương lần thứ 4 sẽ diễn ra vào tháng tới.", "vi", "2020-10"),
    ],
)
def test_last_and_next_month_count_from_the_publication_month(text: str, lang: str, date: str) -> None:
    assert only(text, lang, "2020-09-25").date == date


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Ngày 7/11, Thủ tướng Phạm Minh Chính chủ trì Hội nghị Cấp cao CLV lần thứ 11.", ["Phạm Minh Chính"]),
        (
            "Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 7 diễn ra dưới sự đồng chủ trì của Ủy viên Quốc vụ, "
            "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị và Bộ trưởng Ngoại giao Myanmar Wunna Maung Lwin.",
            ["Vương Nghị", "Wunna Maung Lwin"],
        ),
    ],
)
def test_names_that_hold_a_word_of_an_organisation_are_still_names(text: str, chairs: list[str]) -> None:
    assert only(text, "vi", "2022-07-12").chairs == chairs


@pytest.mark.parametrize("city", ["TP Busan", "TP. Busan", "thành phố Busan"])
def test_a_city_after_its_abbreviated_title_is_a_venue(city: str) -> None:
    m = only(f"Ngày 27-11, tại {city} (Hàn Quốc), Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ nhất đã diễn ra.", "vi", "2019-11-28")
    assert (m.city, m.country) == ("Busan", "KR")


@pytest.mark.parametrize(
    ("text", "lang", "city", "country"),
    [
        ("Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 7 đã diễn ra tại thành phố Bagan, Myanmar.", "vi", "Bagan", "MM"),
        ("The 4th Mekong-Lancang Foreign Ministers' Meeting was held in Luang Prabang, Laos.", "en", "Luang Prabang", "LA"),
        ("Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 10 tổ chức tại Ngọc Khê, tỉnh Vân Nam.", "vi", "Ngọc Khê", "CN"),
    ],
)
def test_a_city_missing_from_the_gazetteer_is_read_with_its_country_or_province(text: str, lang: str, city: str, country: str) -> None:
    m = only(text, lang, "2022-07-12")
    assert (m.city, m.country) == (city, country)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Wang Yi and Lao Foreign Minister Saleumxay Kommasith on Friday co-chaired the fifth LMC Summit.",
        "The fifth LMC Foreign Ministers' Meeting was co-chaired by Wang Yi and Laos's Foreign Minister Saleumxay Kommasith.",
    ],
)
def test_chairs_before_a_time_and_after_a_possessive_nationality(text: str) -> None:
    assert only(text, "en", "2020-02-21").chairs == ["Wang Yi", "Saleumxay Kommasith"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 10 diễn ra vào thứ Hai tuần trước.", "2020-09-28"),
        ("Sáng thứ Sáu, Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 10 khai mạc.", "2020-10-02"),
        ("Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 10 sẽ khai mạc vào thứ Năm.", "2020-10-08"),
    ],
)
def test_vietnamese_weekdays(text: str, date: str) -> None:
    assert only(text, "vi", "2020-10-05").date == date  # a Monday


def test_the_second_edition_is_not_a_monday() -> None:
    assert only("Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ hai diễn ra trực tuyến.", "vi", "2020-10-05").date is None


def test_a_title_case_document_ends_where_lowercase_words_take_over() -> None:
    text = "The third MRC Summit adopted the Siem Reap Declaration setting out the commission's priorities."
    assert only(text, "en", "2018-04-06").documents == ["Siem Reap Declaration"]
    text = "The 10th Mekong-Japan Summit adopted the Joint Statement on strengthening cooperation."
    assert only(text, "en", "2018-10-10").documents == ["Joint Statement on strengthening cooperation"]


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ nhất thông qua Tuyên bố về Quan hệ Đối tác vì Con người, "
            "Thịnh vượng và Hòa bình, mở ra giai đoạn mới.",
            "vi",
            "Tuyên bố về Quan hệ Đối tác vì Con người, Thịnh vượng và Hòa bình",
        ),
        (
            "The first Mekong-Korea Summit adopted a joint vision statement for peace, prosperity and partnership on Wednesday.",
            "en",
            "joint vision statement for peace, prosperity and partnership",
        ),
    ],
)
def test_a_title_ending_with_what_it_is_for_keeps_its_list(text: str, lang: str, title: str) -> None:
    assert only(text, lang, "2019-11-27").documents == [title]


def test_a_list_of_titles_after_for_is_still_a_list() -> None:
    text = "The 10th CLMV Summit adopted the framework for CLMV development, and the list of CLMV priority projects."
    assert only(text, "en", "2020-12-09").documents == ["framework for CLMV development", "list of CLMV priority projects"]


def test_an_appositive_after_a_title_is_not_another_title() -> None:
    text = "Leaders at the 10th Mekong-Japan Summit adopted the Tokyo Strategy 2018, the new roadmap for the partnership."
    assert only(text, "en", "2018-10-09").documents == ["Tokyo Strategy 2018"]


def test_a_plural_noun_spelled_like_a_verb_names_no_document() -> None:
    text = "At the 6th Mekong-Japan Summit, leaders reviewed the Tokyo Strategy and discussed regional issues of interest."
    assert only(text, "en", "2014-11-13").documents == []


def test_a_dateline_day_without_a_year_dates_the_meeting_it_reports() -> None:
    text = (
        "Premier calls for closer GMS cooperation\n\n"
        "KUNMING, Nov. 7 (Xinhua) -- Premier Li Qiang on Thursday called for a closer community, as he chaired the eighth "
        "GMS Summit in Kunming.\n\n"
        "NAY PYI TAW, 13 Nov — no part of this line is a second dateline."
    )
    m = only(text, "en", None)
    assert (m.ordinal, m.date, m.city) == (8, "--11-07", "Kunming")


def test_this_afternoon_in_a_story_dated_without_a_year() -> None:
    text = (
        "Nay Pyi Taw, 13 Nov — President U Thein Sein and Prime Minister Shinzo Abe co-chaired the 6th Mekong-Japan "
        "Summit in Nay Pyi Taw this afternoon."
    )
    m = only(text, "en", None)
    assert (m.date, m.chairs) == ("--11-13", ["Thein Sein", "Shinzo Abe"])


def test_a_name_without_an_edition_is_the_meeting_in_focus_not_the_next_one() -> None:
    text = (
        "The 6th Mekong-Japan Summit took place on 13 November. Leaders adopted a joint statement at the 6th Mekong-Japan "
        "Summit. They agreed that the 7th Mekong-Japan Summit would be held in Japan next year.\n\n"
        "The Mekong-Japan Summit was one of the meetings held in Nay Pyi Taw this week."
    )
    found = {m.ordinal: m for m in process(text, "en", "2014-11-14").meetings}
    assert (found[6].city, found[7].city, found[7].country) == ("Nay Pyi Taw", None, "JP")


def test_a_dated_meeting_in_the_lead_is_the_edition_named_right_after_it() -> None:
    text = (
        "Premier Li Qiang on Monday co-chaired a virtual summit of the Lancang-Mekong Cooperation with Min Aung Hlaing.\n\n"
        "The fourth LMC leaders' meeting, held by video link, adopted the Nay Pyi Taw Declaration."
    )
    m = only(text, "en", "2023-12-26")
    assert (m.ordinal, m.date, m.format, m.documents) == (4, "2023-12-25", "online", ["Nay Pyi Taw Declaration"])


def test_the_place_travelled_to_for_a_meeting_is_its_venue() -> None:
    text = "Wang travelled to the ancient temple city of Bagan in July 2022 for the seventh LMC Foreign Ministers' Meeting."
    m = only(text, "en", "2023-12-26")
    assert (m.city, m.country, m.date) == ("Bagan", "MM", "2022-07")


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("The Tokyo Strategy 2018 was adopted at the 10th Mekong-Japan Summit in Tokyo two years ago.", "en", "2018"),
        ("Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10 diễn ra tại Tokyo hai năm trước.", "vi", "2018"),
        ("Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10 diễn ra tại Tokyo, hai năm trước đó là lần thứ 8.", "vi", None),
        ("Just three months ago, the 10th Mekong-Japan Summit was held in Tokyo.", "en", "2020-08"),
        ("Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10 diễn ra tại Tokyo mười một tháng trước.", "vi", "2019-12"),
        ("A decade ago today, the first Mekong-Japan Summit was held in Tokyo.", "en", "2010-11-20"),
        ("The 10th Mekong-Japan Summit was held in Tokyo a year ago.", "en", "2019"),
    ],
)
def test_years_and_months_ago_count_back_from_publication(text: str, lang: str, year: str | None) -> None:
    assert only(text, lang, "2020-11-20").date == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 13 thông qua chiến lược hợp tác trong 5 năm tới.", None),
        ("Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 13 vạch ra định hướng cho những năm tới.", None),
        ("Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 13 sẽ diễn ra năm tới.", "2021"),
    ],
)
def test_years_counted_ahead_are_no_next_year(text: str, year: str | None) -> None:
    assert only(text, "vi", "2020-11-20").date == year


def test_a_framework_in_the_possessive_names_its_meeting() -> None:
    text = "Even the LMC's foreign ministers' meeting in Vientiane in February was overshadowed by the outbreak."
    m = only(text, "en", "2020-11-20")
    assert (m.framework, m.level, m.city, m.date) == ("LMC", "foreign_ministers", "Vientiane", "2020-02")


def test_a_lead_speaking_of_two_summits_dates_the_two_named_next() -> None:
    text = (
        "Prime Minister Nguyen Xuan Phuc on Friday co-chaired two online summits with Japan and South Korea.\n\n"
        "The 12th Mekong-Japan Summit, co-chaired by Phuc and Japanese Prime Minister Yoshihide Suga, reviewed the Tokyo "
        "Strategy 2018. The leaders adopted a joint statement.\n\n"
        "In the afternoon, Phuc and President Moon Jae-in co-chaired the second Mekong-Republic of Korea Summit, which also "
        "adopted a joint statement and welcomed the Mekong-Korea action plan for 2021-2025.\n\n"
        "Both meetings took place on the sidelines of the 37th ASEAN Summit, which Vietnam opened virtually on Thursday."
    )
    found = {m.framework: m for m in process(text, "en", "2020-11-13").meetings}
    assert {fw: (m.date, m.format) for fw, m in found.items()} == {
        "MJC": ("2020-11-13", "online"),
        "MKC": ("2020-11-13", "online"),
        "ASEAN": ("2020-11-12", "online"),
    }
    assert found["MJC"].chairs == ["Nguyen Xuan Phuc", "Yoshihide Suga"]
    assert found["MKC"].documents == ["joint statement"]


def test_a_count_of_summits_after_meetings_are_named_is_no_anaphor() -> None:
    text = (
        "The 4th MRC Summit opened in Vientiane on 5 April 2023. The commission has held three summits before: the first "
        "in Hua Hin in 2010, the second in Ho Chi Minh City in 2014 and the third in Siem Reap in 2018."
    )
    found = {m.ordinal: (m.date, m.city) for m in process(text, "en", "2023-04-05").meetings}
    assert found == {4: ("2023-04-05", "Vientiane"), 1: ("2010", "Hua Hin"), 2: ("2014", "Ho Chi Minh City"), 3: ("2018", "Siem Reap")}


def test_a_body_deciding_in_the_lead_speaks_of_its_meeting_named_next() -> None:
    text = (
        "VIENTIANE, Lao PDR, 28 January 2021 – The Mekong River Commission Council today approved the MRC Strategic "
        "Plan 2021–2025.\n\n"
        "The approval came at the 27th Meeting of the MRC Council, held virtually."
    )
    m = only(text, "en", None)
    assert (m.ordinal, m.date, m.format, m.documents) == (27, "2021-01-28", "online", ["MRC Strategic Plan 2021–2025"])


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The ministers issued a joint statement pledging to fight the virus.", "joint statement"),
        ("The ministers adopted the Five-Year Plan of Action (2018-2022).", "Five-Year Plan of Action (2018-2022)"),
        ("The ministers adopted the Joint Statement on strengthening cooperation.", "Joint Statement on strengthening cooperation"),
        # a Title Case title goes on over a preposition and a capital, not after a document noun, a year or before a place
        ("The two sides signed the Agreement on Trade in Goods, a key step.", "Agreement on Trade in Goods"),
        ("They signed the Declaration on Water in a Changing Climate, a first.", "Declaration on Water in a Changing Climate"),
        (
            "They issued a Joint Statement on Cooperation in Connecting the Belt with the New Corridor.",
            "Joint Statement on Cooperation in Connecting the Belt with the New Corridor",
        ),
        ("They signed the MOU on Cooperation in Hanoi on Monday.", "MOU on Cooperation"),
        ("The ministers adopted a joint declaration Wednesday to promote cooperation.", "joint declaration"),
        ("They adopted the Joint Declaration on the 20th as planned.", "Joint Declaration"),
        ("They adopted the Declaration on the 15th Anniversary of the Forum.", "Declaration on the 15th Anniversary of the Forum"),
        ("They endorsed the Regional Investment Framework 2030 in Phnom Penh.", "Regional Investment Framework 2030"),
        ("They adopted the Vientiane Declaration in Vientiane.", "Vientiane Declaration"),
        ("They adopted the Tokyo Declaration, Japan's pledge to the region.", "Tokyo Declaration"),
        ("The Vientiane Declaration adopted at the meeting also endorsed the idea.", "Vientiane Declaration"),
        (
            'They welcomed the "Mekong-Japan Initiative for SDGs toward 2030" adopted at the meeting.',
            "Mekong-Japan Initiative for SDGs toward 2030",
        ),
    ],
)
def test_where_an_english_title_ends(sentence: str, title: str) -> None:
    assert only("The 5th LMC Foreign Ministers' Meeting opened on 20 February. " + sentence, "en", "2020-02-21").documents == [title]


def test_a_quoted_word_inside_a_longer_name_is_no_title() -> None:
    text = "Moon, Mekong leaders adopt 'Han River' vision at the first Mekong-Korea Summit in Busan."
    assert only(text, "en", "2019-11-27").documents == []


def test_that_year_is_the_year_given_before() -> None:
    text = (
        "South Korea launched its cooperation with the Mekong countries in 2011. The first Korea-Mekong foreign "
        "ministers' meeting, held in Seoul that year, adopted the Han River Declaration."
    )
    m = only(text, "en", "2019-11-27")
    assert (m.ordinal, m.date, m.city, m.documents) == (1, "2011", "Seoul", ["Han River Declaration"])


def test_frameworks_named_in_a_row_each_with_its_edition() -> None:
    text = (
        "Thủ tướng chiều nay lần lượt dự Hội nghị Cấp cao ACMECS lần thứ 9, CLMV lần thứ 10 và Tam giác phát triển "
        "Campuchia - Lào - Việt Nam lần thứ 11.\n\nCả ba hội nghị đều được tổ chức theo hình thức trực tuyến."
    )
    found = [(m.framework, m.level, m.ordinal, m.date, m.format) for m in process(text, "vi", "2020-12-09").meetings]
    assert found == [
        ("ACMECS", "summit", 9, "2020-12-09", "online"),
        ("CLMV", "summit", 10, "2020-12-09", "online"),
        ("CLV", "summit", 11, "2020-12-09", "online"),
    ]


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        ("Hội nghị đã thông qua Tuyên bố chung của Hội nghị.", ["Tuyên bố chung"]),
        (
            "Hội nghị thông qua Khung Chiến lược GMS 2030 và Kế hoạch Ứng phó và Phục hồi Covid-19 giai đoạn 2021-2023.",
            ["Khung Chiến lược GMS 2030", "Kế hoạch Ứng phó và Phục hồi Covid-19 giai đoạn 2021-2023"],
        ),
        (
            "Hội nghị thông qua Kế hoạch hành động Hà Nội giai đoạn 2018-2022 và Khung đầu tư khu vực 2022; Tuyên bố chung.",
            ["Kế hoạch hành động Hà Nội giai đoạn 2018-2022", "Khung đầu tư khu vực 2022", "Tuyên bố chung"],
        ),
        ("Hội nghị thông qua Tuyên bố chung và nhất trí tăng cường hợp tác.", ["Tuyên bố chung"]),
        (
            "Hội nghị thông qua Tuyên bố chung về tăng cường hợp tác trong lĩnh vực nông nghiệp và an ninh lương thực.",
            ["Tuyên bố chung về tăng cường hợp tác trong lĩnh vực nông nghiệp và an ninh lương thực"],
        ),
        (
            "Hội nghị thông qua Tuyên bố chung về hợp tác kinh tế và các Bộ trưởng nhất trí tăng cường hợp tác.",
            ["Tuyên bố chung về hợp tác kinh tế"],
        ),
        ("Khuôn khổ chiến lược GMS 2012-2022 được thông qua tại Hội nghị.", ["Khuôn khổ chiến lược GMS 2012-2022"]),
        (
            "Hội nghị thông qua Tuyên bố Tầm nhìn chung về Hữu nghị và Hợp tác ASEAN - Nhật Bản cùng Kế hoạch thực hiện, nâng quan hệ.",
            ["Tuyên bố Tầm nhìn chung về Hữu nghị và Hợp tác ASEAN - Nhật Bản", "Kế hoạch thực hiện"],
        ),
        ("Hội nghị thông qua Tuyên bố Hà Nội và Thủ tướng phát biểu bế mạc.", ["Tuyên bố Hà Nội"]),
    ],
)
def test_where_a_vietnamese_title_ends(sentence: str, titles: list[str]) -> None:
    assert only("Hội nghị Cấp cao GMS lần thứ 7 diễn ra ngày 9/9. " + sentence, "vi", "2021-09-10").documents == titles


@pytest.mark.parametrize(
    ("clause", "date", "fmt"),
    [("and the seventh was held virtually in 2021", "2021", "online"), ("the seventh is expected to take place in 2021", "2021", None)],
)
def test_an_edition_named_by_its_ordinal_alone_need_not_be_the_next(clause: str, date: str, fmt: str | None) -> None:
    text = f"The first GMS Summit was held in Phnom Penh in 2002, {clause}."
    found = {m.ordinal: (m.date, m.format) for m in process(text, "en", "2024-11-08").meetings}
    assert found == {1: ("2002", None), 7: (date, fmt)}


def test_senior_officials_meeting_is_a_meeting_of_the_article_framework() -> None:
    text = (
        "Leaders yesterday wrapped up the second Lancang-Mekong Cooperation (LMC) Leaders' Meeting in Phnom Penh.\n\n"
        "Senior officials from the six countries met on Tuesday to finalise the texts."
    )
    found = {m.level: m.date for m in process(text, "en", "2018-01-11").meetings}
    assert found == {"summit": "2018-01-10", "senior_officials": "2018-01-09"}


def test_a_dateline_ending_with_a_full_stop_gives_the_story_its_day() -> None:
    text = (
        "The Hindu\nSunday, Jul 29, 2001\n\nInternational\n\nMekong-Ganga grouping adopts Hanoi action plan\n\n"
        "By Our Special Correspondent\n\nHANOI, JULY 28. India and five Mekong basin countries today adopted the Hanoi "
        "Programme of Action at the second ministerial meeting of the Mekong-Ganga Cooperation."
    )
    assert only(text, "en", "2001-07-29").date == "2001-07-28"


def test_a_family_name_in_capitals_completes_a_lone_surname() -> None:
    text = (
        "On November 13, Mr. SUGA Yoshihide, Prime Minister of Japan, attended the 12th Mekong-Japan Summit Meeting, held "
        "via video conference. The meeting was co-chaired by Prime Minister Suga and H.E. Mr. Nguyen Xuan Phuc."
    )
    assert only(text, "en", "2020-11-13").chairs == ["SUGA Yoshihide", "Nguyen Xuan Phuc"]


def test_prime_ministers_are_leaders_not_ministers() -> None:
    text = (
        "The 12th Mekong-Japan Summit was held on 13 November. Prime Minister Suga recalled the Mekong-Japan Initiative, "
        "adopted at the 11th meeting held in Bangkok last year."
    )
    found = {m.ordinal: (m.level, m.city, m.date) for m in process(text, "en", "2020-11-13").meetings}
    assert found == {12: ("summit", None, "2020-11-13"), 11: ("summit", "Bangkok", "2019")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit came on the heels of the two-day ASEAN-Korea Commemorative Summit that ended Tuesday in Busan.",
        "The Mekong-ROK summit came a day after the two-day ASEAN-Republic of Korea Commemorative Summit wrapped up.",
    ],
)
def test_a_meeting_of_some_days_that_ended_began_before(sentence: str) -> None:
    text = "Leaders met in Busan on Wednesday for the first Mekong-Korea Summit. " + sentence
    found = {m.framework: (m.date, m.date_end) for m in process(text, "en", "2019-11-27").meetings}
    assert found == {"MKC": ("2019-11-27", None), "ASEAN+KR": ("2019-11-25", "2019-11-26")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Fifth LMC Foreign Ministers' Meeting concluded in Vientiane after two days of talks ending on Friday.",
            "en",
        ),
        ("Sau hai ngày làm việc, Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 5 đã bế mạc chiều 21/2.", "vi"),
    ],
)
def test_days_of_talks_ending_on_a_day_began_before_it(text: str, lang: str) -> None:
    assert [(m.date, m.date_end) for m in process(text, lang, "2020-02-22").meetings] == [("2020-02-20", "2020-02-21")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Today marks the start of the 51st ASEAN Foreign Ministers Meeting and related meetings, which run until Saturday.",
            "en",
            ("2023-07-10", "2023-07-15"),
        ),
        (
            "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 khai mạc sáng 11/7 tại Jakarta và kéo dài đến hết ngày 14/7.",
            "vi",
            ("2023-07-11", "2023-07-14"),
        ),
        # a plan's end, and a day further off than any meeting lasts, are no meeting's end
        ("The 56th ASEAN Foreign Ministers' Meeting opened on July 11. The work plan runs until July 14.", "en", ("2023-07-11", None)),
        ("The 56th ASEAN Foreign Ministers' Meeting opened on July 11; its chair's term runs until Dec 31.", "en", ("2023-07-11", None)),
    ],
)
def test_a_meeting_said_to_run_until_a_day_ends_that_day(text: str, lang: str, expected: tuple[str, str | None]) -> None:
    assert [(m.date, m.date_end) for m in process(text, lang, "2023-07-10").meetings] == [expected]


def test_a_summit_that_runs_from_thursday_to_sunday_is_the_coming_one() -> None:
    text = "The 37th ASEAN Summit, which runs by video link from Thursday to Sunday, opens the leaders' week."
    assert [(m.date, m.date_end) for m in process(text, "en", "2020-11-10").meetings] == [("2020-11-12", "2020-11-15")]


def test_leaders_who_hold_a_summit_from_sunday_through_tuesday_hold_the_coming_one() -> None:
    text = "Leaders of the Association of Southeast Asian Nations hold their 47th summit from Sunday through Tuesday."
    assert [(m.date, m.date_end) for m in process(text, "en", "2025-10-25").meetings] == [("2025-10-26", "2025-10-28")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Thursday, also in Vientiane, ASEAN held separate summits with China, Japan and South Korea.", "en"),
        ("Ngày 10/10, tại Viêng Chăn, ASEAN đã tổ chức các hội nghị cấp cao với Trung Quốc, Nhật Bản và Hàn Quốc.", "vi"),
    ],
)
def test_summits_held_with_partners_named_together_are_one_each(text: str, lang: str) -> None:
    found = [(m.framework, m.level, m.date, m.country) for m in process(text, lang, "2024-10-11").meetings]
    assert found == [(fw, "summit", "2024-10-10", "LA") for fw in ("ASEAN+CN", "ASEAN+JP", "ASEAN+KR")]


def test_a_meeting_that_preceded_the_one_in_focus_on_the_previous_day() -> None:
    text = (
        "VIENTIANE, Lao PDR, 28 January 2021 – The 27th Meeting of the MRC Council was held virtually today.\n\n"
        "The Council meeting was preceded by the 53rd Meeting of the MRC Joint Committee, also held virtually, on the previous day."
    )
    assert [(m.ordinal, m.date) for m in process(text, "en", None).meetings] == [(27, "2021-01-28"), (53, "2021-01-27")]


def test_meetings_listed_after_a_plural_level_each_with_its_edition() -> None:
    text = (
        "Ngày 10/10 là ngày của các Hội nghị Cấp cao ASEAN với các đối tác, gồm: ASEAN - Trung Quốc lần thứ 27, "
        "ASEAN - Hàn Quốc lần thứ 25, ASEAN - Ấn Độ lần thứ 21 và ASEAN+3 lần thứ 27."
    )
    found = [(m.framework, m.level, m.ordinal, m.date) for m in process(text, "vi", "2024-10-08").meetings]
    assert found == [
        ("ASEAN+CN", "summit", 27, "2024-10-10"),
        ("ASEAN+KR", "summit", 25, "2024-10-10"),
        ("ASEAN+3", "summit", 27, "2024-10-10"),
    ]


def test_officials_who_met_before_a_meeting_named_later_in_the_sentence_had_their_own() -> None:
    text = (
        "Leaders yesterday wrapped up the second LMC Leaders' Meeting in Phnom Penh.\n\n"
        "LMC senior officials met in Phnom Penh on Tuesday to finalise the documents, which were first drafted after "
        "the third LMC Foreign Ministers' Meeting in Dali last month."
    )
    found = {m.level: (m.date, m.city) for m in process(text, "en", "2018-01-11").meetings}
    assert found == {
        "summit": ("2018-01-10", "Phnom Penh"),
        "senior_officials": ("2018-01-09", "Phnom Penh"),
        "foreign_ministers": ("2017-12", "Dali"),
    }


def test_places_and_years_that_followed_an_edition_are_meetings_of_its_series() -> None:
    text = (
        "The 4th MRC Summit opened in Vientiane on 5 April 2023.\n\nThe first Summit was held in Hua Hin, Thailand, "
        "in 2010, followed by Ho Chi Minh City, Viet Nam, in 2014 and Siem Reap, Cambodia, in 2018."
    )
    found = [(m.ordinal, m.date, m.city) for m in process(text, "en", "2023-04-05").meetings]
    assert found == [
        (4, "2023-04-05", "Vientiane"),
        (1, "2010", "Hua Hin"),
        (None, "2014", "Ho Chi Minh City"),
        (None, "2018", "Siem Reap"),
    ]


def test_previous_ones_held_in_places_and_years_are_meetings_of_the_series() -> None:
    text = (
        "The 4th MRC Summit opened in Vientiane on 5 April 2023.\n\nThe MRC Summit is held every four years. The previous "
        "ones were held in Hua Hin in 2010, in Ho Chi Minh City in 2014 and in Siem Reap in 2018."
    )
    found = [(m.ordinal, m.date, m.city) for m in process(text, "en", "2023-04-05").meetings]
    assert found == [
        (4, "2023-04-05", "Vientiane"),
        (None, "2010", "Hua Hin"),
        (None, "2014", "Ho Chi Minh City"),
        (None, "2018", "Siem Reap"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hội nghị Cấp cao Mê Công - Lan Thương lần thứ 4 diễn ra ngày 25/12 năm ngoái.", "vi"),
        ("The fourth LMC leaders' meeting took place on Dec. 25 last year.", "en"),
    ],
)
def test_a_day_said_to_be_last_year(text: str, lang: str) -> None:
    assert only(text, lang, "2024-08-17").date == "2023-12-25"


@pytest.mark.parametrize(
    ("sentence", "lang", "titles"),
    [
        ("Hội nghị Cấp cao MRC lần thứ 2 thông qua Tuyên bố TP. Hồ Chí Minh.", "vi", ["Tuyên bố TP. Hồ Chí Minh"]),
        ("The 10th Mekong-Japan Summit adopted a new strategy.", "en", []),
    ],
)
def test_abbreviations_and_bare_new_nouns_in_titles(sentence: str, lang: str, titles: list[str]) -> None:
    assert only(sentence, lang, "2018-10-10").documents == titles


def test_a_document_title_is_no_chair() -> None:
    text = (
        "The second LMC Leaders' Meeting was held in Phnom Penh on Wednesday. A spokesman said that with the adoption of the "
        "Phnom Penh Declaration, Cambodia had fulfilled its responsibilities as co-chair."
    )
    assert only(text, "en", "2018-01-11").chairs == []


def test_a_number_glued_to_a_name_is_no_day() -> None:
    text = "Tổng thống đánh giá các dự án được đề xuất trong Hội nghị thượng đỉnh trực tuyến đặc biệt ASEAN+3 tháng 4 vừa qua."
    m = only(text, "vi", "2020-11")
    assert (m.framework, m.date, m.format) == ("ASEAN+3", "2020-04", "online")


@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        ("Thủ tướng sẽ dự hội nghị cấp cao GMS, ACMECS và CLMV tại Côn Minh, tỉnh Vân Nam, Trung Quốc.", "vi", "Côn Minh"),
        ("The Prime Minister will attend the GMS, ACMECS and CLMV summits in Kunming next week.", "en", "Kunming"),
    ],
)
def test_frameworks_named_in_a_row_share_the_level(text: str, lang: str, city: str) -> None:
    found = [(m.framework, m.level, m.city) for m in process(text, lang, "2024-11-05").meetings]
    assert found == [("GMS", "summit", city), ("ACMECS", "summit", city), ("CLMV", "summit", city)]


def test_documents_listed_after_a_count_of_documents() -> None:
    text = (
        "Leaders at the 8th ACMECS Summit adopted four documents, including the Hanoi Declaration, "
        "the ACMECS Master Plan, and the list of priority projects."
    )
    assert only(text, "en", "2018-06-16").documents == ["Hanoi Declaration", "ACMECS Master Plan", "list of priority projects"]


def test_a_format_stated_for_a_count_of_meetings_over_some_days_is_each_ones() -> None:
    text = (
        "Từ ngày 12-15/11, Thủ tướng sẽ dự 5 hội nghị cấp cao trực tuyến. "
        "Ngày 12/11, Thủ tướng dự Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 21. "
        "Ngày 13/11, Thủ tướng dự Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ 2. "
        "Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ nhất diễn ra tại Busan ngày 27/11/2019."
    )
    found = {m.ordinal: m for m in process(text, "vi", "2020-11-10").meetings if m.framework == "MKC"}
    assert found[2].format == "online"
    assert found[2].evidence["format"][0].sentence.startswith("Từ ngày 12-15/11")
    assert found[1].format is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hôm qua, Hội nghị Cấp cao MRC lần thứ tư diễn ra tại Viêng Chăn. Hội nghị cấp cao của MRC bốn năm tổ chức một lần. "
            "Lần thứ nhất diễn ra tại Hua Hin (Thái Lan) năm 2010, lần thứ hai tại Thành phố Hồ Chí Minh năm 2014.",
            "vi",
        ),
        (
            "The fourth MRC Summit opened in Vientiane yesterday. The summit meets every four years. "
            "The first took place in Hua Hin, Thailand, in 2010, the second in Ho Chi Minh City in 2014.",
            "en",
        ),
        (
            "Hôm qua, Hội nghị Cấp cao MRC lần thứ tư diễn ra tại Viêng Chăn. Hội nghị lần đầu tiên diễn ra tại Hua Hin, Thái Lan "
            "năm 2010. Lần thứ hai do Việt Nam đăng cai tại TP Hồ Chí Minh năm 2014.",
            "vi",
        ),
    ],
)
def test_editions_named_by_their_ordinal_alone_continue_the_series_just_spoken_of(text: str, lang: str) -> None:
    found = {m.ordinal: m for m in process(text, lang, "2023-04-06").meetings}
    assert set(found) == {1, 2, 4}
    assert {m.framework for m in found.values()} == {"MRC"}
    assert (found[1].date, found[1].country) == ("2010", "TH")
    assert (found[2].date, found[2].country) == ("2014", "VN")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hội nghị Cấp cao Mê Công - Lan Thương lần thứ nhất diễn ra tại Tam Á năm 2016, còn lần thứ hai ở Phnom Penh năm 2018.",
            "vi",
        ),
        ("The first Lancang-Mekong Cooperation Leaders' Meeting was held in Sanya in 2016, the second in Phnom Penh in 2018.", "en"),
    ],
)
def test_the_next_edition_named_by_its_ordinal_alone_is_one_of_the_same_series(text: str, lang: str) -> None:
    found = {m.ordinal: (m.framework, m.level, m.date) for m in process(text, lang, "2020-08-25").meetings}
    assert found == {1: ("LMC", "summit", "2016"), 2: ("LMC", "summit", "2018")}


def test_an_ordinal_that_describes_a_meeting_names_no_other_edition() -> None:
    assert [m.ordinal for m in process("The 37th ASEAN Summit, the first held online, opened in Hanoi.", "en", "2020-11-12").meetings] == [
        37
    ]


@pytest.mark.parametrize(
    ("text", "lang", "chairs"),
    [
        (
            "Hội nghị Cấp cao Mê Công - Lan Thương lần thứ 3 diễn ra trực tuyến ngày 24/8. "
            "Thủ tướng Trung Quốc Lý Khắc Cường và Thủ tướng Lào Thongloun Sisoulith đồng chủ trì, với sự tham gia của lãnh đạo Campuchia.",
            "vi",
            ["Lý Khắc Cường", "Thongloun Sisoulith"],
        ),
        (
            "The third Lancang-Mekong Cooperation Leaders' Meeting was held online on Monday. "
            "Chinese Premier Li Keqiang and Lao Prime Minister Thongloun Sisoulith co-chaired.",
            "en",
            ["Li Keqiang", "Thongloun Sisoulith"],
        ),
    ],
)
def test_chairs_in_the_sentence_after_a_meeting_are_that_meetings(text: str, lang: str, chairs: list[str]) -> None:
    assert only(text, lang, "2020-08-25").chairs == chairs


def test_the_place_right_after_the_meetings_name_is_its_venue_and_a_month_after_is_no_date() -> None:
    text = (
        "Các hoạt động tại Côn Minh diễn ra chưa đầy một tháng sau khi Thủ tướng dự "
        "Hội nghị Cấp cao ASEAN lần thứ 45 tại Viêng Chăn (Lào) hồi tháng 10."
    )
    m = only(text, "vi", "2024-11-07")
    assert (m.date, m.city, m.country) == ("2024-10", "Viêng Chăn", "LA")


def test_what_a_speaker_told_the_meeting_is_not_where_or_when_it_met() -> None:
    text = (
        "The fifth Lancang-Mekong foreign ministers' meeting focused on the drought. "
        "Wang told the meeting that China had itself suffered from low rainfall in Yunnan province last year."
    )
    m = only(text, "en", "2020-02-21")
    assert (m.date, m.city, m.country) == (None, None, None)


def test_a_lead_that_speaks_of_a_summit_before_naming_it_gives_that_meeting_its_day_and_place() -> None:
    text = (
        "Lãnh đạo năm nước Mekong và Hàn Quốc hôm nay nhóm họp thượng đỉnh lần đầu tại Busan.\n\n"
        "Hội nghị cấp cao Mekong - Hàn Quốc lần thứ nhất do Tổng thống Moon Jae-in chủ trì."
    )
    m = only(text, "vi", "2019-11-27")
    assert (m.ordinal, m.date, m.city, m.country) == (1, "2019-11-27", "Busan", "KR")


def test_a_chair_named_with_a_co_chair_goes_to_the_meeting_they_co_chaired() -> None:
    text = (
        "Tối 11/9, trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 (AMM-53), Phó Thủ tướng, Bộ trưởng Ngoại giao "
        "Phạm Bình Minh và Phó Ngoại trưởng Mỹ Stephen Biegun đã đồng chủ trì "
        "Hội nghị Bộ trưởng Ngoại giao Đối tác Mekong - Mỹ lần thứ nhất."
    )
    found = {m.framework: m.chairs for m in process(text, "vi", "2020-09-12").meetings}
    assert found == {"ASEAN": [], "MUSP": ["Phạm Bình Minh", "Stephen Biegun"]}


def test_a_founding_date_at_a_meeting_is_that_meetings_and_a_since_date_is_none() -> None:
    text = (
        "LMI ra đời tháng 7/2009 tại Hội nghị Bộ trưởng Ngoại giao Mỹ - Hạ nguồn Mekong ở Phuket (Thái Lan); Myanmar tham gia từ năm 2012."
    )
    m = only(text, "vi", "2020-09-12")
    assert (m.framework, m.level, m.date, m.city) == ("MUSP", "foreign_ministers", "2009-07", "Phuket")
    text = (
        "Hội nghị Cấp cao GMS lần thứ 6 diễn ra tại Hà Nội. Đây là lần đầu Việt Nam đăng cai hội nghị cấp cao GMS kể từ khi "
        "chương trình được ADB khởi xướng năm 1992."
    )
    assert [(m.ordinal, m.date) for m in process(text, "vi", "2018-03-27").meetings] == [(6, None)]


def test_the_year_of_a_chairmanship_is_not_a_meetings_date() -> None:
    text = (
        "Trên cương vị Chủ tịch ASEAN năm 2020, trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 37 tháng 11-2020, "
        "Việt Nam đã đồng chủ trì Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ hai."
    )
    found = {m.framework: m.date for m in process(text, "vi", "2021-03-12").meetings}
    assert found["ASEAN"] == "2020-11"
    assert found["MKC"] != "2020"


def test_all_three_meetings_named_before_take_what_is_said_of_them() -> None:
    text = (
        "Trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 37, Việt Nam đã đồng chủ trì Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ hai "
        "và Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 12; cả ba hội nghị đều được tổ chức theo hình thức trực tuyến."
    )
    assert {m.framework: m.format for m in process(text, "vi", "2020-11-14").meetings} == {
        "ASEAN": "online",
        "MKC": "online",
        "MJC": "online",
    }


def test_a_city_that_holds_a_meeting_is_its_venue() -> None:
    m = only("Tháng 10-2016, Hà Nội đã tổ chức Hội nghị Cấp cao ACMECS lần thứ VII.", "vi", "2021-03-12")
    assert (m.ordinal, m.date, m.city, m.country) == (7, "2016-10", "Hà Nội", "VN")


def test_a_kpl_style_report_gives_the_span_of_days_place_chair_and_documents() -> None:
    text = (
        "Vientiane, March 31 (KPL) – The Third Greater Mekong Subregion (GMS) Summit concluded here today with the leaders "
        "adopting a Joint Summit Declaration and the Vientiane Plan of Action for GMS Development 2008-2012.\n\n"
        "The two-day summit, held on 30-31 March at the National Convention Centre, was chaired by Prime Minister Bouasone Bouphavanh."
    )
    m = only(text, "en", "2008-03-31")
    assert (m.ordinal, m.date, m.date_end, m.city, m.country) == (3, "2008-03-30", "2008-03-31", "Vientiane", "LA")
    assert m.chairs == ["Bouasone Bouphavanh"]
    assert m.documents == ["Joint Summit Declaration", "Vientiane Plan of Action for GMS Development 2008-2012"]


def test_another_summit_named_only_by_its_own_words_is_not_the_one_in_focus() -> None:
    text = "The 10th Mekong-Japan Summit took place in Tokyo on Tuesday. Abe will attend the G20 summit in Osaka in June."
    m = only(text, "en", "2018-10-10")
    assert (m.date, m.city) == ("2018-10-09", "Tokyo")


def test_an_edition_named_before_its_framework_belongs_to_the_framework_the_body_names_most() -> None:
    text = (
        "Prime Minister Shinzo Abe and the leaders of five Mekong River nations on Tuesday adopted a new cooperation blueprint "
        "at their 10th summit in Tokyo.\n\nThe leaders adopted the Tokyo Strategy 2018 for Mekong-Japan Cooperation.\n\n"
        "Japan has hosted the gathering every three years since the first Mekong-Japan summit in Tokyo in 2009."
    )
    found = {m.ordinal: m for m in process(text, "en", "2018-10-10").meetings}
    assert set(found) == {1, 10}
    assert (found[10].framework, found[10].date, found[10].city) == ("MJC", "2018-10-09", "Tokyo")
    assert found[10].documents == ["Tokyo Strategy 2018 for Mekong-Japan Cooperation"]
    assert found[1].documents == []


def test_the_co_chair_named_after_with_and_a_burmese_honorific() -> None:
    text = "President Moon Jae-in on Friday co-chaired the second Mekong-Korea summit with Vietnamese Prime Minister Nguyen Xuan Phuc."
    assert only(text, "en", "2020-11-13").chairs == ["Moon Jae-in", "Nguyen Xuan Phuc"]
    text = "The sixth Mekong-Japan Summit was co-chaired by Myanmar President U Thein Sein and Japanese Prime Minister Shinzo Abe."
    assert only(text, "en", "2014-11-14").chairs == ["Thein Sein", "Shinzo Abe"]
    text = "The seventh GMS Summit will take place via video conference on Thursday, with Prime Minister Hun Sen presiding."
    assert only(text, "en", "2021-09-06").chairs == ["Hun Sen"]
    text = "Li Keqiang spoke when co-chairing the third Lancang-Mekong leaders' meeting online with Prime Minister Thongloun Sisoulith."
    assert only(text, "en", "2020-08-25").chairs == ["Li Keqiang", "Thongloun Sisoulith"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On Saturday he is scheduled to join the ASEAN Plus Three summit.", "2020-11-14"),
        ("On Saturday the ASEAN Plus Three summit was held online.", "2020-11-07"),
        ("The ASEAN Plus Three summit was held in Hanoi last November.", "2019-11"),
    ],
)
def test_a_weekday_looking_ahead_and_last_month_of_the_same_name(text: str, date: str) -> None:
    assert only(text, "en", "2020-11-13").date == date


def test_the_first_summit_since_the_twelfth_names_the_twelfth_not_a_first() -> None:
    text = (
        "On the sidelines of the 47th ASEAN Summit in Kuala Lumpur, the 13th Mekong-Japan Summit brought Japan face to face "
        "with Mekong leaders. It was the first Mekong-Japan summit since the 12th, held online in November 2020."
    )
    found = {m.ordinal: m for m in process(text, "en", "2025-11-05").meetings if m.framework == "MJC"}
    assert set(found) == {12, 13}
    assert (found[12].date, found[12].format) == ("2020-11", "online")
    assert found[13].format is None


def test_a_council_that_meets_every_year_is_a_body_and_one_due_to_hold_its_meeting_a_meeting() -> None:
    assert process("The MRC Council meets once a year.", "en", "2025-11-05").meetings == []
    text = (
        "The MRC Council, which brings together the ministers of the four member countries, is due to hold its annual meeting next month."
    )
    m = only(text, "en", "2025-11-05")
    assert (m.framework, m.level, m.date) == ("MRC", "ministerial", "2025-12")


def test_who_took_part_with_the_co_chairs_is_no_co_chair() -> None:
    text = (
        "Hội nghị Cấp cao Mê Công - Lan Thương lần thứ 3 do Thủ tướng Trung Quốc Lý Khắc Cường và Thủ tướng Lào Thongloun Sisoulith "
        "đồng chủ trì, với sự tham gia của Thủ tướng Nguyễn Xuân Phúc."
    )
    assert only(text, "vi", "2020-08-25").chairs == ["Lý Khắc Cường", "Thongloun Sisoulith"]


def test_documents_listed_with_semicolons_keep_their_short_names_and_inner_conjunctions() -> None:
    text = (
        "Hội nghị Cấp cao GMS lần thứ 7 đã thông qua ba văn kiện: Tuyên bố chung; Khung chiến lược Chương trình hợp tác kinh tế "
        "GMS đến năm 2030 (GMS-2030); và Kế hoạch ứng phó và phục hồi sau đại dịch COVID-19 của GMS giai đoạn 2021-2023."
    )
    assert only(text, "vi", "2021-09-10").documents == [
        "Tuyên bố chung",
        "Khung chiến lược Chương trình hợp tác kinh tế GMS đến năm 2030 (GMS-2030)",
        "Kế hoạch ứng phó và phục hồi sau đại dịch COVID-19 của GMS giai đoạn 2021-2023",
    ]


def test_a_story_filed_the_day_before_publication_counts_its_today_from_the_dateline() -> None:
    text = (
        "NAY PYI TAW, 13 Nov — The Sixth Mekong-Japan Summit was held here this afternoon, co-chaired by President "
        "U Thein Sein and Prime Minister of Japan Mr Shinzo Abe.\n\n"
        "The Mekong-Japan Summit took place on the sidelines of the 25th ASEAN Summit and Related Summits, held here on 12 and 13 November."
    )
    found = {m.framework: m for m in process(text, "en", "2014-11-14").meetings}
    assert (found["MJC"].ordinal, found["MJC"].date, found["MJC"].city) == (6, "2014-11-13", "Nay Pyi Taw")
    assert (found["ASEAN"].date, found["ASEAN"].date_end) == ("2014-11-12", "2014-11-13")


def test_a_dateline_in_vietnamese_capitals_gives_the_storys_today() -> None:
    text = "PHNÔM PÊNH, ngày 13/7 (TPO) - Hôm qua, Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 5."
    assert only(text, "vi", "2012-07-14").date == "2012-07-12"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hôm qua (12/7), Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 5.", "vi"),
        ("Yesterday (July 12), ministers met at the 5th Mekong-Japan Foreign Ministers' Meeting.", "en"),
    ],
)
def test_a_day_in_brackets_after_yesterday_says_which_day(text: str, lang: str) -> None:
    m = only(text, lang, "2012-07-14")
    assert m.date == "2012-07-12"
    assert m.evidence["date"][0].text in ("Hôm qua (12/7", "Yesterday (July 12")


def test_the_same_day_is_the_storys_day_even_after_a_background_date() -> None:
    text = (
        "Sáng nay (31/3), tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc chủ trì Hội nghị Cấp cao GMS lần thứ 6.\n\n"
        "Trước đó, ngày 29/3, Hội nghị Quan chức cao cấp GMS đã họp tại Hà Nội.\n\n"
        "Chiều cùng ngày, Thủ tướng Nguyễn Xuân Phúc chủ trì Hội nghị Cấp cao CLV lần thứ 10."
    )
    found = {m.framework: m.date for m in process(text, "vi", "2018-03-31").meetings if m.level == "summit"}
    assert found == {"GMS": "2018-03-31", "CLV": "2018-03-31"}


def test_a_chair_whose_name_ends_a_run_of_titles() -> None:
    text = (
        "Ngày 16/9/2020, Thứ trưởng Ngoại giao, Trưởng SOM ASEAN Việt Nam Nguyễn Quốc Dũng cùng đại diện Bộ Ngoại giao Hàn Quốc "
        "đồng chủ trì Hội nghị Quan chức cao cấp (SOM) Mekong - Hàn Quốc theo hình thức trực tuyến."
    )
    assert only(text, "vi", "2020-09-16").chairs == ["Nguyễn Quốc Dũng"]


def test_a_chair_after_do_belongs_to_the_meeting_named_right_before() -> None:
    text = (
        "Cùng ngày, Thủ tướng dự Hội nghị Cấp cao ACMECS lần thứ 10 do Thủ tướng Lào Sonexay Siphandone chủ trì "
        "và Hội nghị Cấp cao CLMV lần thứ XI."
    )
    found = {m.framework: m.chairs for m in process(text, "vi", "2024-11-07").meetings}
    assert found == {"ACMECS": ["Sonexay Siphandone"], "CLMV": []}


def test_a_line_break_ends_a_sentence_after_an_abbreviation_like_name_and_an_outlet_is_no_format() -> None:
    text = (
        "QĐND Online - Sáng 5-4, tại Xiêm Riệp (Campuchia), Thủ tướng dự Hội nghị Cấp cao MRC lần thứ ba, "
        "dưới sự chủ trì của Thủ tướng Campuchia Hun Sen.\n\nHội nghị có chủ đề về phát triển bền vững."
    )
    doc = process(text, "vi", "2018-04-05")
    assert [doc.text[s:e][-8:] for s, e in doc.sentences][:1] == ["Hun Sen."]
    assert doc.meetings[0].format is None


def test_citation_marks_end_a_sentence_and_are_no_part_of_it() -> None:
    text = (
        "The LMI was launched on 23 July 2009 in Phuket, Thailand, at a ministerial meeting where U.S. Secretary of State "
        "Hillary Clinton met the foreign ministers of Cambodia, Laos, Thailand and Vietnam.[2] Myanmar joined in 2012, and "
        "the ministers usually met alongside the ASEAN meetings.[3][4]"
    )
    doc = process(text, "en", None)
    assert [doc.text[s:e][-9:] for s, e in doc.sentences] == [" Vietnam.", "meetings."]
    assert [(m.framework, m.level, m.date) for m in doc.meetings] == [("MUSP", "foreign_ministers", "2009-07-23")]


def test_a_question_mark_ends_a_sentence_after_a_one_letter_word() -> None:
    doc = process("Mekong - Lan Thương họp cấp cao mấy lần ạ? Tài liệu em có chỉ ghi đến năm 2020.", "vi", None)
    assert [doc.text[s:e][-6:] for s, e in doc.sentences] == ["lần ạ?", " 2020."]


def test_a_list_of_bare_editions_under_a_heading_naming_a_level_is_that_levels_series_of_the_pages_framework() -> None:
    text = (
        "Hợp tác Mekong - Nhật Bản\n\nHội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ nhất họp tại Tokyo tháng 1/2008.\n\n"
        "Các hội nghị cấp cao\n"
        "• Lần thứ nhất – 7 tháng 11 năm 2009, Tokyo, Nhật Bản; thông qua Tuyên bố Tokyo.\n"
        "• Lần thứ hai – 21 tháng 7 năm 2010, Hà Nội; đồng chủ trì là Naoto Kan và Nguyễn Tấn Dũng.\n\n"
        "Xem thêm\n"
    )
    found = {(m.level, m.ordinal): (m.date, m.city, m.chairs) for m in process(text, "vi", None).meetings}
    assert found == {
        ("foreign_ministers", 1): ("2008-01", "Tokyo", []),
        ("summit", 1): ("2009-11-07", "Tokyo", []),
        ("summit", 2): ("2010-07-21", "Hà Nội", ["Naoto Kan", "Nguyễn Tấn Dũng"]),
    }
    text = (
        "Mekong-Japan Cooperation\n\nThe first Mekong-Japan Foreign Ministers' Meeting was held in Tokyo in January 2008.\n\n"
        "Summits\n• First – 7 November 2009, Tokyo, Japan; adopted the Tokyo Declaration.\n• Second – 21 July 2010, Hanoi.\n"
    )
    found = {(m.level, m.ordinal): (m.date, m.city, m.documents) for m in process(text, "en", None).meetings}
    assert found == {
        ("foreign_ministers", 1): ("2008-01", "Tokyo", []),
        ("summit", 1): ("2009-11-07", "Tokyo", ["Tokyo Declaration"]),
        ("summit", 2): ("2010-07-21", "Hanoi", []),
    }


def test_a_list_under_a_colon_continues_the_series_a_question_before_named() -> None:
    text = (
        "Hỏi: Mekong - Lan Thương đã có mấy Hội nghị cấp cao?\n\n"
        "Trả lời của thành viên:\n"
        "- Lần thứ nhất: ngày 23/3/2016 tại Tam Á, Trung Quốc.\n"
        "- Lần thứ hai: ngày 10/1/2018 tại Phnom Penh, Campuchia.\n"
    )
    found = [(m.framework, m.level, m.ordinal, m.date, m.city) for m in process(text, "vi", "2024-03-12").meetings]
    assert found == [("LMC", "summit", 1, "2016-03-23", "Tam Á"), ("LMC", "summit", 2, "2018-01-10", "Phnom Penh")]


def test_an_ordinal_after_a_names_short_form_in_apposition_numbers_the_meeting() -> None:
    text = (
        "Hôm qua (16/6), tại Băng Cốc, Hội nghị Cấp cao Chiến lược Hợp tác kinh tế Ayeyawady - Chao Phraya - Mekong, "
        "gọi tắt là ACMECS, lần thứ 8 đã diễn ra dưới sự chủ trì của Thủ tướng Thái Lan Prayut Chan-o-cha."
    )
    m = only(text, "vi", "2018-06-17")
    assert (m.framework, m.ordinal, m.date, m.city, m.chairs) == ("ACMECS", 8, "2018-06-16", "Băng Cốc", ["Prayut Chan-o-cha"])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "vi",
            "Hôm qua (16/6), tại Băng Cốc, Thái Lan, Hội nghị Cấp cao ACMECS lần thứ 8 đã diễn ra.\n\n"
            "Bên lề ACMECS, lãnh đạo bốn nước Campuchia, Lào, Myanmar và Việt Nam đã dự Hội nghị Cấp cao CLMV lần thứ 9.",
        ),
        (
            "en",
            "BANGKOK, June 16 -- The 8th ACMECS Summit was held in Bangkok today.\n\n"
            "On the sidelines of ACMECS, leaders of the four countries attended the 9th CLMV Summit.",
        ),
    ],
)
def test_a_framework_named_after_a_hosts_words_hosts_through_its_meeting_named_before(lang: str, text: str) -> None:
    found = {m.framework: (m.date, m.country) for m in process(text, lang, "2018-06-17").meetings}
    assert found == {"ACMECS": ("2018-06-16", "TH"), "CLMV": ("2018-06", "TH")}


def test_a_timelines_marked_date_line_dates_the_entry_under_it() -> None:
    text = (
        "Những dấu mốc của hợp tác Mekong - Nhật Bản\n\n"
        "▶ Tháng 1/2008 – TOKYO\nHội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần đầu tiên, mở ra kênh đối thoại thường niên.\n\n"
        "▶ Ngày 9/10/2018 – TOKYO\nHội nghị Cấp cao lần thứ 10 thông qua Chiến lược Tokyo 2018.\n"
    )
    found = {(m.level, m.ordinal): (m.date, m.city) for m in process(text, "vi", "2020-11-13").meetings}
    assert found == {("foreign_ministers", 1): ("2008-01", "Tokyo"), ("summit", 10): ("2018-10-09", "Tokyo")}


def test_a_slides_nested_list_gives_each_meeting_the_date_place_chairs_titles_and_format_of_its_lines() -> None:
    text = (
        "DẤU MỐC\n"
        "• 12/11/2015 – Cảnh Hồng (Vân Nam, TQ)\n"
        "   – Hội nghị Bộ trưởng Ngoại giao MLC lần thứ nhất\n"
        "   – Đồng chủ trì: Vương Nghị – Đôn Pramudwinai\n"
        "• 10/1/2018 – Phnôm Pênh\n"
        "   – HNCC MLC lần 2\n"
        "   – Tuyên bố Phnôm Pênh\n"
        "   – Kế hoạch hành động 5 năm (2018-2022)\n"
        "• 8/6/2021 – Trùng Khánh (TQ)\n"
        "   – HNBTNG MLC lần 6\n"
        "   – Kết hợp trực tiếp & trực tuyến\n"
    )
    found = {(m.level, m.ordinal): (m.date, m.city, m.format, m.chairs, m.documents) for m in process(text, "vi", None).meetings}
    assert found == {
        ("foreign_ministers", 1): ("2015-11-12", "Cảnh Hồng", None, ["Vương Nghị", "Đôn Pramudwinai"], []),
        ("summit", 2): ("2018-01-10", "Phnôm Pênh", None, [], ["Tuyên bố Phnôm Pênh", "Kế hoạch hành động 5 năm (2018-2022)"]),
        ("foreign_ministers", 6): ("2021-06-08", "Trùng Khánh", "hybrid", [], []),
    }


def test_a_list_line_under_a_meetings_that_opens_with_a_place_set_apart_is_its_venue() -> None:
    text = (
        "Milestone 1 – 1992: the start\n- First GMS Ministerial Conference\n- Manila, October 1992, hosted at ADB headquarters\n\n"
        "Milestone 4 – 2018: Ha Noi\n- 6th GMS Summit, Ha Noi, 31 March 2018\n- Chaired by PM Nguyen Xuan Phuc\n"
        "- Thailand pledged support for the corridors\n"
    )
    found = {(m.level, m.ordinal): (m.date, m.city, m.chairs) for m in process(text, "en", "2022-09-28").meetings}
    assert found == {("ministerial", 1): ("1992-10", "Manila", []), ("summit", 6): ("2018-03-31", "Ha Noi", ["Nguyen Xuan Phuc"])}


def test_an_infographics_rows_under_a_plural_heading_are_editions_of_its_series_with_their_labelled_lines() -> None:
    text = (
        "Ngày 15/8, tại Chiang Mai, Hội nghị Bộ trưởng Ngoại giao Hợp tác Mekong – Lan Thương lần thứ 9 đã diễn ra.\n\n"
        "CÁC HỘI NGHỊ LÃNH ĐẠO MLC\n"
        "■ 23/3/2016 | Lần thứ nhất | Tam Á (Hải Nam, Trung Quốc)\n"
        "   Đồng chủ trì: Lý Khắc Cường – Prayut Chan-o-cha\n"
        "   Văn kiện: Tuyên bố Tam Á\n"
        "■ 10/1/2018 | Lần thứ hai | Phnôm Pênh (Campuchia)\n"
        "   Văn kiện: Tuyên bố Phnôm Pênh; Kế hoạch hành động 5 năm (2018 – 2022)\n"
    )
    found = {(m.level, m.ordinal): (m.date, m.city, m.chairs, m.documents) for m in process(text, "vi", "2024-08-16").meetings}
    assert found == {
        ("foreign_ministers", 9): ("2024-08-15", "Chiang Mai", [], []),
        ("summit", 1): ("2016-03-23", "Tam Á", ["Lý Khắc Cường", "Prayut Chan-o-cha"], ["Tuyên bố Tam Á"]),
        ("summit", 2): ("2018-01-10", "Phnôm Pênh", [], ["Tuyên bố Phnôm Pênh", "Kế hoạch hành động 5 năm (2018 – 2022)"]),
    }


def test_a_slides_adopted_label_gives_its_titles_to_the_meeting_above() -> None:
    text = (
        "Milestone 4 – 2018: Ha Noi\n- 6th GMS Summit, Ha Noi, 31 March 2018\n- Adopted: Ha Noi Action Plan 2018–2022\n"
        "- Adopted: Regional Investment Framework 2022 (227 projects)\n"
    )
    m = only(text, "en", "2022-09-28")
    assert m.documents == ["Ha Noi Action Plan 2018–2022", "Regional Investment Framework 2022"]


def test_a_venue_building_then_the_capital_named_gives_the_city() -> None:
    text = (
        "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55 (AMM-55) đã kết thúc vào chiều 5/8/2022 "
        "tại Trung tâm Hội nghị Quốc tế Sokha, thủ đô Phnôm Pênh."
    )
    assert (only(text, "vi", "2022-08-06").city, only(text, "vi", "2022-08-06").country) == ("Phnôm Pênh", "KH")


def test_an_agendas_day_heading_dates_the_meetings_on_its_lines() -> None:
    text = (
        "PROGRAMME\n43rd ASEAN Summit and Related Summits\n\n"
        "WEDNESDAY, 6 SEPTEMBER 2023\n08:30 – 10:00  26th ASEAN Plus Three Summit\n10:15 – 11:45  11th ASEAN-United States Summit\n"
        "12:00 – 13:30  Working Lunch\n\n"
        "THURSDAY, 7 SEPTEMBER 2023\n08:30 – 10:30  18th East Asia Summit\n10:45 – 12:15  Closing Ceremony\n"
    )
    found = {(m.framework, m.ordinal): m.date for m in process(text, "en", "2023-09-01").meetings}
    assert found == {("ASEAN", 43): None, ("ASEAN+3", 26): "2023-09-06", ("ASEAN+US", 11): "2023-09-06", ("EAS", 18): "2023-09-07"}


def test_the_day_after_an_opening_host_clause_is_the_announced_meetings() -> None:
    text = (
        "Bộ trưởng dự hai hội nghị hợp tác Mekong\n\n"
        "Trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đang diễn ra tại Viêng Chăn, chiều nay Bộ trưởng "
        "dẫn đầu đoàn Việt Nam dự hai hội nghị:\n"
        "- Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 15\n"
        "- Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 12\n"
    )
    found = {(m.framework, m.ordinal): (m.date, m.city) for m in process(text, "vi", "2024-07-26").meetings}
    assert found[("MJC", 15)] == found[("MKC", 12)] == ("2024-07-26", "Viêng Chăn")
    assert found[("ASEAN", 57)] == (None, "Viêng Chăn")


@pytest.mark.parametrize(("days", "expected"), [("from 29 July to 3 August 2019", "2019"), ("from 29 to 31 July 2019", "2019-07")])
def test_a_meeting_on_the_sidelines_takes_the_month_of_the_hosts_days_or_their_year_across_two(days: str, expected: str) -> None:
    text = (
        f"The 52nd ASEAN Foreign Ministers' Meeting and related meetings ran {days} in Bangkok. "
        "On the sidelines, ministers attended the 12th Mekong-Japan Foreign Ministers' Meeting."
    )
    found = {m.framework: m.date for m in process(text, "en", "2019-08-05").meetings}
    assert found["MJC"] == expected


SPEECH = (
    "Opening Remarks at the Seventh Greater Mekong Subregion Summit\n"
    "Phnom Penh, 9 September 2021\n\n"
    "Your Excellency Samdech Techo Hun Sen, Prime Minister of Cambodia and Chair of the Seventh GMS Summit,\n"
    "Excellencies,\n\n"
    "I thank the host for today's meeting. At this Summit, you will endorse the GMS Strategic Framework 2030. "
    "You will also adopt the Joint Summit Declaration.\n"
)


def test_a_speech_gives_its_summit_the_place_and_day_under_its_title_and_what_the_audience_will_adopt() -> None:
    summit = only(SPEECH, "en", "2021-09-10")
    assert (summit.framework, summit.ordinal, summit.date, summit.city) == ("GMS", 7, "2021-09-09", "Phnom Penh")
    assert summit.chairs == ["Hun Sen"]
    assert summit.documents == ["GMS Strategic Framework 2030", "Joint Summit Declaration"]


def test_a_place_and_day_line_under_a_letters_subject_is_the_letters() -> None:
    text = (
        "V/v chuẩn bị các Hội nghị hợp tác Mê Công - Hàn Quốc năm 2020\n"
        "Hà Nội, ngày 14 tháng 8 năm 2020\n\n"
        "Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10 dự kiến tổ chức theo hình thức trực tuyến.\n"
    )
    meeting = only(text, "vi", "2020-08-14")
    assert (meeting.ordinal, meeting.city) == (10, None)
    assert meeting.date != "2020-08-14"


@pytest.mark.parametrize(
    ("text", "lang", "chair", "city"),
    [
        (
            "Home > Speeches\n\nOpening Address by Samdech Techo Hun Sen, Prime Minister of Cambodia, at the Third Mekong River "
            "Commission Summit\n\nAs Chair of this Summit, I warmly welcome you to Siem Reap.",
            "en",
            "Hun Sen",
            "Siem Reap",
        ),
        (
            "Trang chủ > Phát biểu của Lãnh đạo\n\nPhát biểu của Thủ tướng Nguyễn Tấn Dũng khai mạc Hội nghị Cấp cao Ủy hội "
            "sông Mekong quốc tế lần thứ 2\n\nVới tư cách nước chủ nhà và Chủ tịch Hội nghị, tôi nhiệt liệt chào mừng các "
            "quý vị đến Thành phố Hồ Chí Minh.",
            "vi",
            "Nguyễn Tấn Dũng",
            "Thành phố Hồ Chí Minh",
        ),
    ],
)
def test_the_speaker_who_chairs_and_welcomes_guests_to_a_city(text: str, lang: str, chair: str, city: str) -> None:
    summit = only(text, lang, "2014-04-05")
    assert (summit.chairs, summit.city) == ([chair], city)


def test_a_speech_titles_speaker_going_to_a_meeting_someone_chairs_is_no_chair() -> None:
    text = (
        "Phát biểu của Thủ tướng Nguyễn Xuân Phúc tại Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ 2\n\n"
        "Tổng thống Moon Jae-in sẽ tới Hà Nội để đồng chủ trì Hội nghị."
    )
    assert only(text, "vi", "2020-11-13").chairs == ["Moon Jae-in"]


def test_the_year_of_a_treaty_is_not_the_meetings() -> None:
    text = (
        "Bốn năm trước, tại Hội nghị Cấp cao Ủy hội sông Mekong lần thứ nhất ở Hua Hin, lãnh đạo bốn nước đã thông qua "
        "Tuyên bố Hua Hin, khẳng định cam kết thực hiện Hiệp định Mekong năm 1995."
    )
    summit = only(text, "vi", "2014-04-05")
    assert summit.date == "2010"


def test_a_speaker_who_co_chairs_with_a_counterpart_and_todays_meeting_preparing_the_next() -> None:
    text = (
        "Phát biểu của Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh tại Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc "
        "lần thứ 10\n\n"
        "Kính thưa Ngài Kang Kyung-wha, Bộ trưởng Ngoại giao Đại Hàn Dân Quốc, Đồng Chủ tịch Hội nghị,\n\n"
        "Tôi rất vui được cùng Bộ trưởng Kang Kyung-wha đồng chủ trì Hội nghị hôm nay. Hội nghị hôm nay còn chuẩn bị cho "
        "Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ 2, dự kiến diễn ra vào tháng 11 tới."
    )
    found = {m.level: m for m in process(text, "vi", "2020-09-28").meetings}
    assert sorted(found["foreign_ministers"].chairs) == ["Kang Kyung-wha", "Phạm Bình Minh"]
    assert found["summit"].date == "2020-11"


def test_the_chair_of_a_meeting_named_in_apposition() -> None:
    text = (
        "Thủ tướng Nguyễn Xuân Phúc, Chủ tịch Hội nghị Thượng đỉnh Tiểu vùng Mekong mở rộng lần thứ 6 (GMS 6), phát biểu bế "
        "mạc hội nghị ngày 31/3/2018 tại Hà Nội."
    )
    summit = only(text, "vi", "2018-04-01")
    assert summit.chairs == ["Nguyễn Xuân Phúc"]


def test_a_diarys_day_heading_dates_the_meetings_of_its_paragraph_but_a_date_stamp_does_not() -> None:
    text = (
        "Nhật ký tình nguyện viên ASEAN 2020\n\n"
        "Thứ Năm 12/11\n"
        "Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37.\n\n"
        "Thứ Sáu 13/11\n"
        "Ngày mình thích nhất. Buổi chiều có Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ 2.\n\n"
        "Thứ Bảy, 14/11/2020\n"
        "Mình nhớ lại Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 12.\n"
    )
    found = {m.framework: m.date for m in process(text, "vi", "2020-11-16").meetings}
    assert (found["ASEAN"], found["MKC"]) == ("2020-11-12", "2020-11-13")
    assert found["MJC"] != "2020-11-14"


def test_a_paragraph_opening_with_a_weekdays_day_dates_its_meeting_and_leaders_adopt_with_no_particle() -> None:
    text = (
        "Tam Á, ba ngày với những cái tên dài\n\n"
        "Thứ Tư, 23/3. Ngày chính. Hội nghị Lãnh đạo Hợp tác Lan Thương - Mê Công lần thứ nhất khai mạc lúc gần 9 giờ. "
        "Cuối buổi, sáu nhà lãnh đạo thông qua Tuyên bố Tam Á.\n"
    )
    summit = only(text, "vi", "2016-03-26")
    assert (summit.date, summit.documents) == ("2016-03-23", ["Tuyên bố Tam Á"])


def test_a_venue_of_a_name_of_its_own_gives_its_city() -> None:
    text = "The 35th ASEAN Summit was held from 2 to 4 November 2019 at IMPACT Muang Thong Thani, Nonthaburi."
    summit = only(text, "en", "2019-11-05")
    assert (summit.city, summit.country) == ("Nonthaburi", "TH")


def test_the_meeting_a_caption_says_leaders_co_chair_is_what_its_next_sentence_speaks_of() -> None:
    text = (
        "ANNING, Aug. 14, 2025 (Xinhua) -- Wang Yi chairs the 10th Lancang-Mekong Cooperation Foreign Ministers' Meeting in "
        "Anning.\n\n"
        "PHNOM PENH, Jan. 10, 2018 (Xinhua) -- Li Keqiang and Hun Sen co-chair the second Lancang-Mekong Cooperation (LMC) "
        "Leaders' Meeting in Phnom Penh, Cambodia, Jan. 10, 2018. The meeting adopted the Phnom Penh Declaration.\n"
    )
    found = {m.level: m.documents for m in process(text, "en", None).meetings}
    assert found == {"foreign_ministers": [], "summit": ["Phnom Penh Declaration"]}


def test_a_day_without_a_year_takes_the_year_its_sentence_states_for_that_month() -> None:
    text = (
        "The 15th ASEAN Summit was held in Cha-am Hua Hin from 23 to 25 October 2009, followed by the 12th ASEAN Plus Three "
        "Summit on 24 October. Ministers met again on December 15 last year, in 2015, at the 3rd Lancang-Mekong Cooperation "
        "Foreign Ministers' Meeting."
    )
    found = {m.framework: m.date for m in process(text, "en", "2016-08-01").meetings}
    assert (found["ASEAN"], found["ASEAN+3"], found["LMC"]) == ("2009-10-23", "2009-10-24", "2015-12-15")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Xishuangbanna's capital, Jinghong, hosted the first Lancang-Mekong Cooperation Foreign Ministers' Meeting in 2015.", "Jinghong"),
        (
            "In 2018 Luang Prabang itself welcomed foreign ministers of the six countries for the 4th LMC Foreign Ministers' Meeting.",
            "Luang Prabang",
        ),
        ("In 2018 Vientiane welcomed the decision of the 4th LMC Foreign Ministers' Meeting.", None),
    ],
)
def test_a_city_in_apposition_hosts_and_a_city_that_welcomes_ministers_for_a_meeting_is_its_venue(text: str, city: str | None) -> None:
    assert only(text, "en").city == city


def test_two_meetings_an_anaphor_announces_before_a_colon_are_the_two_listed_after_it() -> None:
    text = (
        "Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ nhất diễn ra tại Busan ngày 27/11/2019. "
        "Năm 2020, hai hội nghị của cơ chế Mê Công - Hàn Quốc đều diễn ra trực tuyến: Hội nghị Bộ trưởng Ngoại giao lần thứ 10 "
        "ngày 28/9, do Bộ trưởng Phạm Bình Minh đồng chủ trì; và Hội nghị Cấp cao lần thứ hai ngày 13/11, do Thủ tướng "
        "Nguyễn Xuân Phúc và Tổng thống Moon Jae-in đồng chủ trì."
    )
    found = {(m.level, m.ordinal): m for m in process(text, "vi", "2021-06-16").meetings}
    first, ministers, second = found[("summit", 1)], found[("foreign_ministers", 10)], found[("summit", 2)]
    assert (first.format, first.chairs) == (None, [])
    assert (ministers.date, ministers.format, ministers.chairs) == ("2020-09-28", "online", ["Phạm Bình Minh"])
    assert (second.date, second.format, second.chairs) == ("2020-11-13", "online", ["Nguyễn Xuân Phúc", "Moon Jae-in"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2015, Tokyo hosted the seventh Mekong-Japan Summit on July 4.", "2015-07-04"),
        ("Tokyo hosted the seventh Mekong-Japan Summit on July 4.", "2018-07-04"),
    ],
)
def test_a_day_without_a_year_takes_the_one_year_its_sentence_states_before_it(text: str, expected: str) -> None:
    assert only(text, "en", "2018-09-01").date == expected


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_edition_with_no_name_under_a_crosshead_naming_one_framework_is_that_frameworks(gap: str) -> None:
    text = (
        "1. Chiến lược hợp tác kinh tế Ayeyawady - Chao Phraya - Mê Công (ACMECS)\n"
        "ACMECS ra đời tại Hội nghị Cấp cao ACMECS lần thứ nhất họp tại Bagan ngày 12/11/2003.\n\n"
        f"2. Hợp tác Mê Công - sông Hằng (MGC){gap}"
        "Cơ chế gồm sáu nước, ra đời tại Hội nghị Bộ trưởng Ngoại giao lần thứ nhất ở Viêng Chăn ngày 10/11/2000."
    )
    assert keys(text, "vi") == [("ACMECS", "summit", 1), ("MGC", "foreign_ministers", 1)]


def test_a_boxed_timelines_wrapped_entries_are_read_whole_and_a_title_ends_with_its_line() -> None:
    text = (
        "┌─ DÒNG THỜI GIAN ─────\n"
        "│ 12/11/2015 — Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ nhất\n"
        "│   họp tại Cảnh Hồng (Vân Nam, Trung Quốc), thông qua Tài liệu khái niệm\n"
        "│   về khuôn khổ hợp tác.\n"
        "│ 10/1/2018 — Hội nghị Cấp cao lần thứ hai tại Phnom Penh, đồng chủ trì là\n"
        "│   Thủ tướng Hun Sen và Thủ tướng Lý Khắc Cường; thông qua\n"
        "│   Tuyên bố Phnom Penh và Kế hoạch hành động 5 năm (2018-2022).\n"
        "└──────────────────────"
    )
    first, second = process(text, "vi", "2023-12-26").meetings
    assert (first.city, first.documents) == ("Cảnh Hồng", ["Tài liệu khái niệm"])
    assert second.chairs == ["Hun Sen", "Lý Khắc Cường"]
    assert second.documents == ["Tuyên bố Phnom Penh", "Kế hoạch hành động 5 năm (2018-2022)"]


def test_the_same_day_and_venue_and_a_firms_seat_is_no_venue() -> None:
    text = (
        "Ngày 16/6 tại Băng Cốc, Hội nghị Cấp cao ACMECS lần thứ 8 đã diễn ra. "
        "Cùng ngày và cùng địa điểm, lãnh đạo bốn nước đã dự Hội nghị Cấp cao CLMV lần thứ 9.\n\n"
        "Theo ông A, giám đốc một công ty chứng khoán tại TP.HCM, thông tin từ hội nghị không tác động ngay."
    )
    assert [(m.framework, m.date, m.city) for m in process(text, "vi", "2018-06-18").meetings] == [
        ("ACMECS", "2018-06-16", "Băng Cốc"),
        ("CLMV", "2018-06-16", "Băng Cốc"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Từ Hội nghị ACMECS lần thứ 7 tại Hà Nội tháng 10/2016 đến nay, các dự án được đẩy nhanh.", "vi", ("ACMECS", "summit", 7)),
        ("The 10th CLV Meeting was held in Hanoi in 2018.", "en", ("CLV", "summit", 10)),
    ],
)
def test_a_numbered_meeting_of_a_framework_that_numbers_its_summits_is_a_summit(text: str, lang: str, expected: tuple) -> None:
    assert keys(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The calendar began in January with the ASEAN Foreign Ministers' Retreat in Luang Prabang.", "en"),
        ("Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN diễn ra tại Luang Prabang tháng 1/2024.", "vi"),
    ],
)
def test_the_foreign_ministers_retreat_is_a_foreign_ministers_meeting(text: str, lang: str) -> None:
    found = only(text, lang, "2024-10-12")
    assert (found.framework, found.level, found.date, found.city) == ("ASEAN", "foreign_ministers", "2024-01", "Luang Prabang")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("=== 1. 35th ASEAN Summit ===\n• When: 2–4 Nov 2019\n• Where: IMPACT Muang Thong Thani, Nonthaburi\n", "en"),
        ("Hội nghị Cấp cao ASEAN lần thứ 35\n- Ngày tổ chức: 2-4/11/2019\n- Nơi tổ chức: Nonthaburi\n", "vi"),
    ],
)
def test_when_and_where_label_a_fact_sheets_day_and_venue(text: str, lang: str) -> None:
    found = only(text, lang, "2020-05-02")
    assert (found.date, found.date_end, found.city) == ("2019-11-02", "2019-11-04", "Nonthaburi")


def test_no_chair_is_taken_from_a_title_nor_from_a_hyphenated_place_or_bond() -> None:
    text = (
        "At the ASEAN-Japan Commemorative Summit in Tokyo on 17 December 2023, co-chaired by Prime Minister Kishida Fumio and "
        "President Joko Widodo of Indonesia, leaders adopted the Joint Vision Statement on ASEAN-Japan Friendship and Cooperation."
    )
    assert only(text, "en").chairs == ["Kishida Fumio", "Joko Widodo"]
    text = (
        "The 4th LMC Foreign Ministers' Meeting was co-chaired by Saleumxay Kommasith and Wang Yi. Mr Saleumxay said that Laos, "
        "as the new co-chair of the LMC, stands ready to turn the Mekong-Lancang River into a river of friendship."
    )
    assert only(text, "en").chairs == ["Saleumxay Kommasith", "Wang Yi"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Giả sử Việt Nam là nước đồng chủ trì một Hội nghị Cấp cao Mê Công - Nhật Bản, hãy đề xuất ba sáng kiến.", "vi", []),
        ("Imagine that Vietnam co-chairs a Mekong-Japan Summit: propose three initiatives.", "en", []),
        (
            "Các gia đình nông dân theo dõi Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 12 diễn ra trực tuyến.",
            "vi",
            [("MJC", "summit", 12)],
        ),
        ("Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản thường tổ chức bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN.", "vi", []),
    ],
)
def test_a_case_made_up_or_what_is_usually_done_is_no_meeting(text: str, lang: str, expected: list) -> None:
    assert keys(text, lang) == expected


def test_a_short_name_in_brackets_names_that_edition_from_then_on() -> None:
    text = (
        "Ministers met in Vientiane on Friday, as the 57th ASEAN Foreign Ministers' Meeting (AMM) neared its end. "
        "The AMM, chaired by Foreign Minister Saleumxay Kommasith, is being held in Vientiane from July 24-27."
    )
    m = only(text, "en", "2024-07-27")
    assert (m.ordinal, m.date, m.date_end) == (57, "2024-07-24", "2024-07-27")
    assert m.chairs == ["Saleumxay Kommasith"]


def test_a_fact_sheets_days_win_over_the_month_a_guest_meetings_day_implies_for_its_host() -> None:
    text = (
        "=== 35th ASEAN Summit ===\n"
        "• When: 2–4 Nov 2019\n"
        "• Chair: PM Prayut Chan-o-cha (Thailand = ASEAN chair 2019)\n\n"
        "• 14th East Asia Summit – 4 Nov 2019, held on the sidelines of the 35th ASEAN Summit.\n"
    )
    summit = next(m for m in process(text, "en", "2020-05-02").meetings if m.framework == "ASEAN")
    assert (summit.date, summit.date_end) == ("2019-11-02", "2019-11-04")
    assert summit.chairs == ["Prayut Chan-o-cha"]  # the sheet's line, though it names a framework


def test_a_bare_online_cell_of_an_editions_line_is_its_format() -> None:
    text = "HỘI NGHỊ CẤP CAO MEKONG - LAN THƯƠNG\n■ 25/12/2023 | Lần thứ tư | Trực tuyến\n   Đồng chủ trì: Lý Cường – Min Aung Hlaing\n"
    m = only(text, "vi", "2024-09-01")
    assert (m.ordinal, m.date, m.format) == (4, "2023-12-25", "online")


def test_a_hosts_bracketed_days_and_chair_are_its_own_and_each_guest_has_its_co_chair() -> None:
    text = (
        "Trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 37 và các hội nghị cấp cao liên quan (12-15/11/2020, trực tuyến) "
        "do Thủ tướng Nguyễn Xuân Phúc chủ trì, ngày 13/11/2020, Thủ tướng lần lượt đồng chủ trì Hội nghị Cấp cao Mê Công - "
        "Hàn Quốc lần thứ 2 với Tổng thống Moon Jae-in và Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 12 với Thủ tướng Suga Yoshihide."
    )
    got = {m.framework: m for m in process(text, "vi", "2021-03-23").meetings}
    assert (got["ASEAN"].date, got["ASEAN"].date_end, got["ASEAN"].chairs) == ("2020-11-12", "2020-11-15", ["Nguyễn Xuân Phúc"])
    assert (got["MKC"].date, got["MKC"].chairs[-1:]) == ("2020-11-13", ["Moon Jae-in"])
    assert (got["MJC"].date, got["MJC"].chairs[-1:]) == ("2020-11-13", ["Suga Yoshihide"])


def test_a_notes_bold_labels_under_each_heading_give_that_headings_meeting_its_fields() -> None:
    text = (
        "# Mekong–ROK: foreign ministers' track\n\n"
        "### 9th FMM (Bangkok, 2019)\n"
        "- **When / where:** 3 Aug 2019, Bangkok.\n\n"
        "### 11th FMM (2021)\n"
        "- **When:** 8 Sep 2021 (Wednesday).\n"
        "- **Format:** hybrid.\n"
    )
    found = {m.ordinal: m for m in process(text, "en", "2021-09-10").meetings}
    assert {(m.framework, m.level) for m in found.values()} == {("MKC", "foreign_ministers")}
    assert (found[9].date, found[9].city, found[9].format) == ("2019-08-03", "Bangkok", None)
    assert (found[11].date, found[11].format) == ("2021-09-08", "hybrid")


def test_a_day_and_place_line_behind_an_emoji_bullet_dates_and_places_the_meeting_under_it() -> None:
    text = (
        "NHÌN LẠI 2018\n\n"
        "🔹 10/1 – Phnôm Pênh\n"
        "Hội nghị Lãnh đạo Hợp tác Mekong – Lan Thương lần thứ hai. Thủ tướng Hun Sen và Thủ tướng Lý Khắc Cường đồng chủ trì.\n"
    )
    m = only(text, "vi", "2018-12-28")
    assert (m.ordinal, m.date, m.city) == (2, "2018-01-10", "Phnôm Pênh")


@pytest.mark.parametrize(
    ("after", "titles"),
    [
        ("Văn kiện được thông qua: Chiến lược Tokyo 2018.", ["Chiến lược Tokyo 2018"]),
        ("Sáu nước thông qua Tuyên bố Phnôm Pênh và Kế hoạch hành động 5 năm.", ["Tuyên bố Phnôm Pênh", "Kế hoạch hành động 5 năm"]),
    ],
)
def test_titles_a_label_or_the_countries_adopted_in_the_next_sentence_are_the_meetings(after: str, titles: list[str]) -> None:
    m = only("Lãnh đạo các nước dự Hội nghị Cấp cao Mekong – Nhật Bản lần thứ 10. " + after, "vi", "2018-12-28")
    assert m.documents == titles


def test_a_pdfs_footnote_numbers_glued_to_titles_are_no_part_of_them() -> None:
    text = "Tại Hội nghị Cấp cao GMS lần thứ 6, các nhà lãnh đạo đã thông qua Tuyên bố chung4, Kế hoạch hành động Hà Nội5."
    assert only(text, "vi", "2019-01-15").documents == ["Tuyên bố chung", "Kế hoạch hành động Hà Nội"]


def test_cung_at_a_sentences_start_is_no_chairs_name() -> None:
    text = "Ngày 28/9, cùng Bộ trưởng Kang Kyung-wha đồng chủ trì Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10."
    assert only(text.replace("cùng", "Cùng"), "vi", "2021-04-08").chairs == ["Kang Kyung-wha"]


def test_a_hard_wrapped_letters_names_and_chairs_run_over_its_lines() -> None:
    text = (
        "        The Ministry further has the honour to inform that, on the sidelines\n"
        "of the above Meetings, the 9th Mekong-Republic of Korea Foreign Ministers'\n"
        "Meeting will be convened on 3 August 2019 in Bangkok and co-chaired by\n"
        "Prime Minister Nguyễn Xuân Phúc and Foreign Minister Kang Kyung-wha of\n"
        "the Republic of Korea, who will also meet the Mekong ministers in turn.\n"
    )
    m = only(text, "en", "2019-07-08")
    assert (m.framework, m.level, m.ordinal, m.date) == ("MKC", "foreign_ministers", 9, "2019-08-03")
    assert m.chairs == ["Nguyễn Xuân Phúc", "Kang Kyung-wha"]


LIVE = (
    "LIVE: Foreign ministers' week in Vientiane, day 2\n"
    "Last updated 26 July 2024, 19:05 · Posts appear newest first\n\n"
    "PINNED\nThe 12th Mekong-Republic of Korea Foreign Ministers' Meeting takes place in July 2024.\n\n"
    "19:05\nThat's a wrap for today. We will be back tomorrow morning.\n\n"
    "17:48 · MEKONG-KOREA\nThe Mekong-Korea foreign ministers' meeting has just ended. The ministers will meet again next year.\n\n"
    "16:10\nJust out of the 15th Mekong-Japan Foreign Ministers' Meeting: ministers adopted a strategy which will guide "
    "cooperation over the next five years.\n\n"
    "12:30\nThe 10th Mekong-Lancang foreign ministers' meeting will be held in China, a diplomat said.\n\n"
    "09:00 | LOOKING BACK AT 25 JULY\nYesterday's highlight was the 11th Mekong-Ganga Cooperation Ministerial Meeting.\n"
)


def test_a_live_pages_post_tells_of_a_meeting_of_the_pages_day_or_of_the_day_its_stamp_names() -> None:
    found = {m.framework: m for m in process(LIVE, "en", "2024-07-26").meetings}
    assert found["MKC"].date == "2024-07-26"  # the post's day, within the month said before
    assert found["MKC"].evidence["date"][0].text == "17:48 · MEKONG-KOREA"  # the post's stamp
    assert found["MJC"].date == "2024-07-26"
    assert found["MGC"].date == "2024-07-25"
    assert found["LMC"].date is None  # a post of what is to come
    # a programme's times run forward: its lines are no posts of the day
    programme = (
        "Programme of the ministers' week\n\n08:30 – Arrival of the delegations\n\n"
        "10:00 – The 12th Mekong-Republic of Korea Foreign Ministers' Meeting opens.\n\n12:00 – Lunch\n\nThe programme may change.\n"
    )
    assert only(programme, "en", "2024-07-20").date is None


@pytest.mark.parametrize("level", ["cuộc họp các nhà lãnh đạo", "cuộc họp thượng đỉnh"])
def test_a_machine_translations_leaders_meeting_is_a_summit(level: str) -> None:
    m = only(f"Hai thủ tướng đã đồng chủ trì {level} Hợp tác Lancang-Mekong lần thứ hai tại Phnom Penh.", "vi", "2018-01-11")
    assert (m.framework, m.level, m.ordinal, m.city) == ("LMC", "summit", 2, "Phnom Penh")


@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        ("Hội nghị Cấp cao Mekong – Nhật Bản lần thứ 4 (Tokyo, 21 tháng 4 năm 2012) thông qua Chiến lược Tokyo 2012.", "vi", "Tokyo"),
        ("The 11th Mekong-Japan Summit (Bangkok) adopted a joint statement on 4 November 2019.", "en", "Bangkok"),
        ("Các hội nghị cấp cao Mekong – Nhật Bản\nHội nghị lần thứ 7 (Tokyo, 4/7/2015): do Thủ tướng Abe Shinzō chủ trì.", "vi", "Tokyo"),
        ("Hội nghị Cấp cao Mekong-Nhật Bản lần thứ 11 (Thái Lan và Nhật Bản đồng chủ trì) diễn ra ngày 4/11/2019.", "vi", None),
    ],
)
def test_a_place_opening_a_gloss_on_a_meetings_name_is_its_venue(text: str, lang: str, city: str | None) -> None:
    assert only(text, lang, "2024-03-05").city == city


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Second Meeting of GMS Environment Ministers took place in Vientiane in January 2008.", ("GMS", "ministerial", 2)),
        ("The second meeting of Mekong-Japan foreign ministers took place in Bangkok on 10 July 2009.", ("MJC", "foreign_ministers", 2)),
        ("A meeting of Lancang-Mekong leaders was held in Phnom Penh in January 2018.", ("LMC", "summit", None)),
    ],
)
def test_a_meeting_of_a_frameworks_people_takes_its_level_and_edition_from_them(text: str, expected: tuple) -> None:
    assert keys(text, "en", "2019-10-18") == [expected]


def test_a_resort_named_before_its_town_leaves_the_town_the_venue() -> None:
    text = "Hội nghị cấp cao MRC lần thứ nhất khai mạc hôm nay. Hội nghị tổ chức tại khu nghỉ mát Hua Hin, miền nam Thái Lan."
    assert only(text, "vi", "2010-04-05").city == "Hua Hin"


def test_online_as_a_clause_of_its_own_is_the_editions_format() -> None:
    text = (
        "Các Hội nghị cấp cao Mekong - Lan Thương:\n"
        "- Lần thứ ba: ngày 24/8/2020, họp trực tuyến, Lào đồng chủ trì.\n"
        "- Lần thứ tư: ngày 25/12/2023, cũng trực tuyến, Myanmar đồng chủ trì, thông qua Tuyên bố Nay Pyi Taw.\n"
    )
    assert [(m.ordinal, m.format) for m in process(text, "vi", "2024-01-05").meetings] == [(3, "online"), (4, "online")]


def test_a_day_without_a_year_takes_the_year_the_sentence_before_gave_its_month() -> None:
    text = "The 35th ASEAN Summit was convened in Bangkok from 2 to 4 November 2019. On 4 November, leaders held the 14th East Asia Summit."
    found = {m.framework: m.date for m in process(text, "en", "2020-08-08").meetings}
    assert found == {"ASEAN": "2019-11-02", "EAS": "2019-11-04"}


def test_a_numbered_sections_run_in_title_names_the_framework_of_its_items() -> None:
    text = (
        "2.2. Mê Công - Lan Thương. Hội nghị Cấp cao Mê Công - Lan Thương lần thứ 3 họp trực tuyến ngày 24/8/2020.\n\n"
        "2.3. Mê Công - Hàn Quốc. Việt Nam là đồng chủ tịch năm 2020.\n"
        "a) Hội nghị Bộ trưởng Ngoại giao lần thứ 10 (trực tuyến, 28/9) do Bộ trưởng Phạm Bình Minh đồng chủ trì.\n"
        "b) Hội nghị Cấp cao lần thứ 2 (trực tuyến, 13/11/2020).\n"
    )
    assert keys(text, "vi", "2021-01-15") == [("LMC", "summit", 3), ("MKC", "foreign_ministers", 10), ("MKC", "summit", 2)]


def test_the_meetings_all_issuing_a_statement_is_said_of_each_the_paragraph_named() -> None:
    text = (
        "Ngày 9/12, Hội nghị Cấp cao CLV lần thứ 11 và Hội nghị Cấp cao CLMV lần thứ 10 diễn ra trực tuyến. "
        "Hội nghị CLV do Thủ tướng Lào Thongloun Sisoulith chủ trì. Các hội nghị đều ra Tuyên bố chung."
    )
    found = {m.framework: m.documents for m in process(text, "vi", "2021-01-15").meetings}
    assert found == {"CLV": ["Tuyên bố chung"], "CLMV": ["Tuyên bố chung"]}


@pytest.mark.parametrize("where", ["(R)", "(2nd L)", "(C)"])
def test_where_a_chair_stands_in_the_photo_ends_no_clause(where: str) -> None:
    text = (
        f"Chinese Foreign Minister Wang Yi {where} and Myanmar's Foreign Minister Wunna Maung Lwin co-chair the seventh "
        "Lancang-Mekong Cooperation Foreign Ministers' Meeting in Bagan, Myanmar, July 4, 2022."
    )
    assert only(text, "en", "2022-07-04").chairs == ["Wang Yi", "Wunna Maung Lwin"]


def test_a_meeting_that_may_be_is_none_nor_what_it_may_go_with() -> None:
    text = (
        "The Mekong-U.S. Partnership Ministerial Meeting took place virtually on September 11. Panelists suggested that "
        "a Mekong-U.S. leaders' meeting could one day be attached to the East Asia Summit."
    )
    assert keys(text, "en", "2020-10-02") == [("MUSP", "foreign_ministers", None)]


def test_people_who_meet_every_year_or_two_hold_no_meeting() -> None:
    text = (
        "The first CLV Summit was held in Vientiane in 1999. Its prime ministers meet at a summit every two years and "
        "a committee follows up on projects in between."
    )
    assert keys(text, "en", "2019-07-01") == [("CLV", "summit", 1)]


def test_titles_joined_before_a_participle_adopted_at_a_meeting_are_all_its_own() -> None:
    text = (
        "Pursuant to the Phnom Penh Declaration and the Five-Year Plan of Action on Mekong-Lancang Cooperation (2018-2022) "
        "adopted at the Second Mekong-Lancang Cooperation Leaders' Meeting in Phnom Penh, Cambodia on January 10, 2018;"
    )
    assert only(text, "en", "2018-05-28").documents == [
        "Phnom Penh Declaration",
        "Five-Year Plan of Action on Mekong-Lancang Cooperation (2018-2022)",
    ]


def test_a_grouping_no_framework_names_holding_its_summit_is_no_meeting_of_the_page() -> None:
    text = (
        "The Hindu · 1 day ago\nBIMSTEC adopts Bangkok Vision 2030 at sixth summit\n"
        "Leaders of the seven-member Bay of Bengal grouping on Friday adopted the Bangkok Vision 2030.\n\n"
        "India also courts Thailand through the Mekong-Ganga Cooperation, whose ministers usually meet on the margins of "
        "ASEAN gatherings. The Mekong-Ganga Cooperation has yet to deliver."
    )
    assert keys(text, "en", "2025-04-05") == []


def test_an_editions_line_of_place_and_days_split_by_a_bar_and_its_outcomes_with_file_links() -> None:
    text = (
        "GMS Summits of Leaders\n\nThe Summit of GMS Leaders, held every three years, is the highest level of the Program's "
        "institutional framework. The outcome documents of each Summit are listed below.\n\n"
        "2nd GMS Summit\nKunming, People's Republic of China | 4-5 July 2005\nOutcome: Kunming Declaration [PDF]\n\n"
        "3rd GMS Summit\nVientiane, Lao PDR | 30-31 March 2008\n"
        "Outcomes: Joint Summit Declaration [PDF]; Vientiane Plan of Action for GMS Development 2008-2012 [PDF]\n\n"
        "Note: Dates refer to the Summit and its associated events, and the documents are available in English.\n"
    )
    found = {m.ordinal: m for m in process(text, "en", "2022-02-14").meetings}
    assert (found[2].date, found[2].date_end, found[2].city, found[2].country) == ("2005-07-04", "2005-07-05", "Kunming", "CN")
    assert found[2].documents == ["Kunming Declaration"]
    assert (found[3].city, found[3].documents) == (
        "Vientiane",
        ["Joint Summit Declaration", "Vientiane Plan of Action for GMS Development 2008-2012"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ tướng Hun Sen chủ trì Hội nghị Cấp cao MRC thứ ba tại Siem Reap ngày 5/4/2018.", ("MRC", "summit", 3)),
        ("Hội nghị Cấp cao ASEAN thứ 37 khai mạc tại Hà Nội ngày 12/11/2020.", ("ASEAN", "summit", 37)),
        # a weekday, a photo's position, the second of the year
        ("Hội nghị Cấp cao MRC thứ Ba (5/4/2018) khai mạc tại Siem Reap.", ("MRC", "summit", None)),
        ("Thủ tướng Hun Sen (thứ hai từ phải) dự Hội nghị Cấp cao MRC tại Siem Reap ngày 5/4/2018.", ("MRC", "summit", None)),
        ("Hội nghị Cấp cao ASEAN thứ hai trong năm diễn ra tại Jakarta ngày 5/9/2023.", ("ASEAN", "summit", None)),
    ],
)
def test_an_edition_without_lan_but_not_a_weekday_nor_a_rank_of_the_year(text: str, expected: tuple) -> None:
    assert keys(text, "vi", "2023-12-01") == [expected]


def test_a_list_of_editions_after_lan_thu_gives_each_once() -> None:
    text = (
        "Các Hội nghị Bộ trưởng Ngoại giao MLC lần thứ hai, thứ ba và thứ tư lần lượt được tổ chức tại Siem Reap, Đại Lý và Luang Prabang."
    )
    assert [m.ordinal for m in process(text, "vi", "2019-01-01").meetings] == [2, 3, 4]


def test_an_outcome_pages_list_lines_are_what_the_meeting_over_them_adopted() -> None:
    text = (
        "The 43rd ASEAN Summit was convened on 5 September 2023 in Jakarta under President Joko Widodo. "
        "Summits with partners followed the next day.\n\n"
        "OUTCOME DOCUMENTS\n\n"
        "43rd ASEAN Summit (5 September 2023)\n"
        "  - Chairman's Statement of the 43rd ASEAN Summit [PDF, 612 KB]\n"
        "  - ASEAN Concord IV [PDF, 188 KB]\n\n"
        "18th East Asia Summit (7 September 2023)\n"
        "  - Chairman's Statement of the 18th East Asia Summit [PDF, 305 KB]\n\n"
        "20th ASEAN-India Summit (7 September 2023)\n"
        "  - Chairman's Statement of the 20th ASEAN-India Summit [PDF, 233 KB]\n"
    )
    documents = {m.framework: m.documents for m in process(text, "en", "2023-09-08").meetings}
    assert documents["ASEAN"] == ["Chairman's Statement of the 43rd ASEAN Summit", "ASEAN Concord IV"]
    assert documents["EAS"] == ["Chairman's Statement of the 18th East Asia Summit"]


def test_a_hard_wrapped_paragraphs_lines_are_one_paragraph_whose_opening_meeting_a_later_line_speaks_of() -> None:
    text = (
        "The First GMS Summit was held in Phnom Penh in November 2002 and set out a ten-year\n"
        "strategic framework for the subregion, with transport corridors and energy links at\n"
        "its core, and with the Asian Development Bank serving as the programme's secretariat.\n"
        "\n"
        "The Sixth GMS Summit, chaired by Prime Minister Nguyen Xuan Phuc of Viet Nam, was held\n"
        "in Ha Noi at the end of March 2018 and reviewed an investment pipeline for the region.\n"
        "Leaders also adopted a Joint Summit Declaration on the last day of the meeting there,\n"
        "after two days of talks on connectivity, trade facilitation and the economic corridors.\n"
    )
    found = {m.ordinal: m for m in process(text, "en", "2019-01-01").meetings}
    # the title ends where link words give way to lowercase ones with no capitalised word after them
    assert found[6].documents == ["Joint Summit Declaration"]
    assert found[1].documents == []


def test_a_title_goes_on_over_link_words_to_capitalised_ones_and_a_clause_is_no_title() -> None:
    text = (
        "The eighth Mekong-Japan Foreign Ministers' Meeting was held in Kuala Lumpur on 5 August 2015. The ministers endorsed "
        "the Mekong-Japan Action Plan for the realisation of the New Tokyo Strategy 2015."
    )
    assert only(text, "en", "2015-08-06").documents == ["Mekong-Japan Action Plan for the realisation of the New Tokyo Strategy 2015"]
    text = (
        "Table 1 lists the Summits held to date, with the main strategy or planning document associated\nwith each where one was endorsed."
    )
    assert find_documents(fold(text), text, 0, len(text), "en") == []


def test_a_calendars_upcoming_events_are_its_content_each_dated_by_the_day_over_it() -> None:
    text = (
        "Home | Chairmanship | Calendar of Events | News | Media Centre\n\n"
        "CALENDAR OF EVENTS\n"
        "All times are local. The calendar is subject to change.\n\n"
        "UPCOMING EVENTS\n\n"
        "25 July 2024\n"
        "57th ASEAN Foreign Ministers' Meeting (57th AMM)\n"
        "Venue: National Convention Centre, Vientiane\n"
        "Chair: H.E. Mr. Saleumxay Kommasith, Minister of Foreign Affairs\n\n"
        "8-11 October 2024 [M]\n"
        "44th and 45th ASEAN Summits and Related Summits\n"
        "Venue: National Convention Centre, Vientiane\n"
        "Chair: H.E. Mr. Sonexay Siphandone, Prime Minister\n\n"
        "The media centre opens on 21 July. Most meetings are closed to the media, and shuttle buses will run between hotels.\n"
    )
    found = {(m.level, m.ordinal): m for m in process(text, "en", "2024-07-22").meetings}
    amm = found[("foreign_ministers", 57)]
    assert (amm.date, amm.city, amm.chairs) == ("2024-07-25", "Vientiane", ["Saleumxay Kommasith"])
    for n in (44, 45):  # named in one breath: the day, the venue and the chair are both's
        summit = found[("summit", n)]
        assert (summit.date, summit.date_end, summit.city, summit.chairs) == (
            "2024-10-08",
            "2024-10-11",
            "Vientiane",
            ["Sonexay Siphandone"],
        )
    # on a story's page the same heading opens other pages' links
    story = text.replace("CALENDAR OF EVENTS", "Leaders to meet in Vientiane")
    assert not any(m.ordinal == 57 for m in process(story, "en", "2024-07-22").meetings)


def test_a_quizs_question_counter_is_no_day_and_a_title_the_leaders_of_six_countries_adopted_is_found() -> None:
    text = (
        "Câu 3/8: Văn kiện nào là văn bản nền tảng của MLC?\n"
        "Đáp án: Tuyên bố Tam Á được lãnh đạo 6 nước thông qua tại Hội nghị Lãnh đạo MLC lần thứ nhất ở Tam Á, Trung Quốc."
    )
    m = only(text, "vi", "2021-06-10")
    assert (m.framework, m.ordinal, m.date) == ("LMC", 1, None)  # not 3 August
    assert m.documents == ["Tuyên bố Tam Á"]


def test_what_a_vietnamese_title_is_said_to_be_is_no_part_of_it() -> None:
    text = (
        "[Ghi chú: Chiến lược Tokyo 2018 là văn kiện được thông qua tại Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 10 (Tokyo, 10/2018).]"
    )
    assert only(text, "vi", "2020-11-16").documents == ["Chiến lược Tokyo 2018"]


def test_a_work_calendars_items_take_the_day_over_them_but_a_briefing_about_a_meeting_does_not_give_it_its_day() -> None:
    text = (
        "LỊCH CÔNG TÁC CỦA LÃNH ĐẠO BỘ\n\n"
        "Thứ Ba, 08/9/2020\n"
        "- 15:00: Họp báo quốc tế giới thiệu Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53.\n\n"
        "Thứ Tư, 09/9/2020\n"
        "- 08:30: Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 (AMM-53). Hình thức: trực tuyến.\n"
        "- Tối: Tiệc chiêu đãi các đoàn.\n\n"
        "Thứ Hai, 28/9/2020 (*)\n"
        "- Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 10. Hình thức: trực tuyến.\n"
    )
    found = {m.framework: m for m in process(text, "vi", "2020-09-14").meetings}
    assert found["ASEAN"].date == "2020-09-09"
    assert found["MKC"].date == "2020-09-28"


def test_a_mock_summit_and_any_future_summit_are_no_meetings() -> None:
    text = 'Chiều nay, sinh viên năm ba đã hoàn thành phiên "Mô phỏng Hội nghị Cấp cao Mê Công - Lan Thương" tại giảng đường.'
    assert process(text, "vi", "2024-04-03").meetings == []
    text = "Has Australia sought to attend any future Mekong River Commission summit as an observer?"
    assert process(text, "en", "2023-03-01").meetings == []
    text = "Students held a mock ASEAN Summit in Hanoi on Friday."
    assert process(text, "en", "2023-03-01").meetings == []


def test_a_title_naming_what_a_verb_adopted_in_lowercase_words_is_that_documents() -> None:
    text = (
        "The Sixth GMS Summit was held in Hanoi on 31 March 2018. The leaders endorsed a pipeline of investment and technical "
        "assistance projects, the Regional Investment Framework 2022."
    )
    assert only(text, "en", "2018-04-01").documents == ["Regional Investment Framework 2022"]
    # a clause after the comma names nothing adopted
    said = "The Sixth GMS Summit was held in Hanoi on 31 March 2018. The leaders endorsed a pipeline of projects, the Chairman said."
    assert only(said, "en", "2018-04-01").documents == []


def test_the_weekday_a_wire_lead_tells_dates_the_edition_the_next_sentence_names() -> None:
    lead = (
        "VIENTIANE, July 26 (Yonhap) -- Foreign Minister Cho Tae-yul on Friday called for closer water cooperation with Mekong countries."
    )
    m = only(lead + "\n\nCho co-chaired the 14th Mekong-Korea foreign ministers' meeting with his Thai counterpart.", "en", "2024-07-26")
    assert (m.ordinal, m.date) == (14, "2024-07-26")
    assert m.evidence["date"][0].text == "on Friday"
    # one to come is not that day, nor is an edition the sentence names a day after another
    assert only(lead + "\n\nCho will co-chair the 15th Mekong-Korea foreign ministers' meeting.", "en", "2024-07-26").date is None
    later = "\n\nThe 14th Mekong-Korea foreign ministers' meeting came a day after the 57th ASEAN Foreign Ministers' Meeting."
    assert [m.date for m in process(lead + later, "en", "2024-07-26").meetings] == [None, None]


def test_its_meeting_after_a_sentence_naming_another_framework_is_that_frameworks():
    text = (
        "The first MRC Summit was held in Hua Hin on 5 April 2010. Week 8 – China's Lancang–Mekong Cooperation. "
        "The framework's first Leaders' Meeting took place in Sanya on 23 March 2016."
    )
    assert keys(text, "en") == [("MRC", "summit", 1), ("LMC", "summit", 1)]


def test_a_title_goes_on_past_a_bracketed_short_name_and_a_verb_inside_it_adopts_nothing():
    text = (
        "The 29th ASEAN Summit adopted the Vientiane Declaration on the Adoption of the Initiative for ASEAN Integration (IAI) "
        "Work Plan III on 7 September 2016."
    )
    assert only(text, "en").documents == [
        "Vientiane Declaration on the Adoption of the Initiative for ASEAN Integration (IAI) Work Plan III"
    ]


def test_a_titles_topic_goes_on_over_and_the_but_a_second_title_stands_apart():
    text = (
        "Leaders adopted the Vientiane Declaration and the Joint Statement on Synergizing the Lancang-Mekong Cooperation and "
        "the New International Land-Sea Trade Corridor at the third LMC leaders' meeting on 24 August 2020."
    )
    assert only(text, "en").documents == [
        "Vientiane Declaration",
        "Joint Statement on Synergizing the Lancang-Mekong Cooperation and the New International Land-Sea Trade Corridor",
    ]


def test_a_meeting_between_the_heads_of_government_is_a_summit():
    text = (
        "Tokyo Declaration of the First Meeting between the Heads of the Governments of Japan and the Mekong Region Countries\n\n"
        "We recall the First Mekong-Japan Foreign Ministers' Meeting held in Tokyo in January 2008."
    )
    assert keys(text, "en", "2009-11-07") == [("MJC", "summit", 1), ("MJC", "foreign_ministers", 1)]


def test_a_chair_named_with_in_the_chair():
    text = "The sixth GMS Summit will take place on March 31 in Hanoi, with Prime Minister Nguyen Xuan Phuc in the chair."
    assert only(text, "en", "2018-03-30").chairs == ["Nguyen Xuan Phuc"]


def test_he_who_chaired_is_the_subject_named_first_and_a_grouping_is_no_chair():
    text = (
        "Chinese Premier Li Qiang urged Southeast Asian neighbours on Thursday to trade more with Thai Prime Minister Paetongtarn "
        "Shinawatra and others, as he chaired the eighth GMS summit in Kunming."
    )
    assert only(text, "en", "2024-11-07").chairs == ["Li Qiang"]
    text = "Leaders met for the 10th Summit of the Cambodia-Laos-Vietnam Development Triangle Area, which he will also chair."
    assert only(text, "en", "2018-03-30").chairs == []


def test_the_three_leaders_are_those_of_the_meeting_named_last():
    text = (
        "The sixth GMS Summit will take place in Hanoi on March 31. Leaders will adopt the Hanoi Action Plan 2018-2022.\n\n"
        "On Saturday Phuc will also host Hun Sen and Thongloun Sisoulith for the 10th CLV Summit. "
        "The three leaders are expected to sign a joint statement on border trade."
    )
    meetings = {m.framework: m for m in process(text, "en", "2018-03-30").meetings}
    assert meetings["GMS"].documents == ["Hanoi Action Plan 2018-2022"]
    assert meetings["CLV"].documents == ["joint statement on border trade"]


def test_weekdays_before_a_comma_and_the_days_are_those_days():
    text = "The 43rd ASEAN Summit is being held in Jakarta from Tuesday to Thursday, September 5-7."
    m = only(text, "en", "2023-09-06")
    assert (m.date, m.date_end) == ("2023-09-05", "2023-09-07")


def test_his_second_summit_counts_what_he_attended_not_the_edition():
    text = (
        "President Joko Widodo on Wednesday chaired the 24th ASEAN-Republic of Korea (ROK) Summit in Jakarta. "
        "South Korean President Yoon Suk Yeol, attending his second ASEAN-ROK Summit, proposed closer ties next year."
    )
    assert keys(text, "en", "2023-09-06") == [("ASEAN+KR", "summit", 24)]


def test_documents_adopted_at_the_summit_include_the_titles_after():
    text = (
        "The 42nd ASEAN Summit closed in Labuan Bajo on 11 May 2023. Other documents adopted at the summit include the ASEAN "
        "Leaders' Declaration on Developing Regional Electric Vehicle Ecosystem and the ASEAN Leaders' Declaration on the Protection "
        "of Migrant Workers."
    )
    assert only(text, "en").documents == [
        "ASEAN Leaders' Declaration on Developing Regional Electric Vehicle Ecosystem",
        "ASEAN Leaders' Declaration on the Protection of Migrant Workers",
    ]


def test_the_subject_after_an_opening_clause_of_chairing_chairs():
    text = "Chủ trì phiên toàn thể Hội nghị Cấp cao ASEAN lần thứ 46, Thủ tướng Malaysia Anwar Ibrahim nhấn mạnh khu vực phải đoàn kết."
    assert only(text, "vi", "2025-05-26").chairs == ["Anwar Ibrahim"]


def test_a_list_items_meeting_is_what_the_items_next_sentence_speaks_of():
    text = (
        "Hội nghị Cấp cao MRC lần thứ 3 khai mạc tại Siem Reap ngày 5/4/2018 và thông qua Tuyên bố Siem Reap.\n\n"
        "Ba kỳ hội nghị cấp cao MRC\n\n"
        "- Hội nghị Cấp cao MRC lần thứ nhất diễn ra ngày 5/4/2010 tại Hua Hin. Lãnh đạo các nước thông qua Tuyên bố Hua Hin.\n\n"
        "- Hội nghị Cấp cao MRC lần thứ 2 diễn ra ngày 5/4/2014 tại TP Hồ Chí Minh. Hội nghị thông qua Tuyên bố TP Hồ Chí Minh.\n"
    )
    documents = {m.ordinal: m.documents for m in process(text, "vi", "2018-04-05").meetings}
    assert documents == {3: ["Tuyên bố Siem Reap"], 1: ["Tuyên bố Hua Hin"], 2: ["Tuyên bố TP Hồ Chí Minh"]}


def test_a_crosshead_that_opens_with_a_day_dates_the_paragraph_under_it():
    text = (
        "Khép lại chuỗi hội nghị cấp cao tại Viêng Chăn\n\n"
        "Ngày 9/10: Hai hội nghị cấp cao của khối trong cùng một ngày\n\n"
        "Thủ tướng Lào Sonexay Siphandone chủ trì phiên toàn thể Hội nghị Cấp cao ASEAN lần thứ 44 tại Viêng Chăn.\n\n"
        "Chiều cùng ngày, Hội nghị Cấp cao ASEAN lần thứ 45 diễn ra theo hình thức phiên hẹp.\n\n"
        "Ngày 10/10: ASEAN và các đối tác Đông Bắc Á\n\n"
        "Hội nghị Cấp cao ASEAN+3 lần thứ 27 do Thủ tướng Sonexay Siphandone chủ trì.\n"
    )
    dates = {m.ordinal: m.date for m in process(text, "vi", "2024-10-11").meetings}
    assert dates == {44: "2024-10-09", 45: "2024-10-09", 27: "2024-10-10"}


def test_a_day_said_to_be_the_latest_takes_the_year_of_publication_not_the_sentence_befores():
    text = (
        "Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ nhất tổ chức tại Busan ngày 27/11/2019. "
        "Mới đây nhất, ngày 13/11, Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ 2 diễn ra theo hình thức trực tuyến."
    )
    assert {m.ordinal: m.date for m in process(text, "vi", "2020-12-03").meetings} == {1: "2019-11-27", 2: "2020-11-13"}


def test_the_format_a_lead_gives_the_weeks_meetings_is_each_ones():
    text = (
        "HÀ NỘI — Foreign ministers of ASEAN and its partners have wrapped up two days of back-to-back virtual meetings.\n\n"
        "The 53rd ASEAN Foreign Ministers' Meeting opened on Wednesday, chaired by Phạm Bình Minh.\n\n"
        "On Thursday, Minh chaired the 21st ASEAN Plus Three Foreign Ministers' Meeting.\n\n"
        "The first ASEAN Foreign Ministers' Meeting took place in Bangkok in 1967."
    )
    formats = {m.ordinal: m.format for m in process(text, "en", "2020-09-11").meetings}
    assert formats == {53: "online", 21: "online", 1: None}


def test_the_groupings_edition_is_of_the_grouping_last_named_not_the_storys_framework():
    text = (
        "Prime Minister Narendra Modi on Friday called on the seven-member BIMSTEC to build a bridge to Southeast Asia, as he "
        "attended the grouping's sixth summit in Bangkok.\n\n"
        "India also anchors the Mekong Ganga Cooperation, and officials said projects under both groupings could complement "
        "each other. The Mekong Ganga Cooperation links India with five Mekong countries."
    )
    assert keys(text, "en", "2025-04-04") == []
    text = "VIENTIANE (KPL) – Leaders of the Mekong River Commission held its fourth summit here on 5 April 2023."
    assert keys(text, "en", "2023-04-05") == [("MRC", "summit", 4)]


def test_two_documents_said_adopted_are_the_two_titles_of_the_sentence_before():
    text = (
        "Hội nghị nhất trí triển khai Tuyên bố Nay Pyi Taw và Kế hoạch hành động 5 năm về hợp tác Mekong - Lan Thương giai đoạn "
        "2023 - 2027. Hai văn kiện này đã được các nhà lãnh đạo thông qua tại Hội nghị Lãnh đạo MLC lần thứ 4 vào tháng 12/2023."
    )
    assert only(text, "vi").documents == [
        "Tuyên bố Nay Pyi Taw",
        "Kế hoạch hành động 5 năm về hợp tác Mekong - Lan Thương giai đoạn 2023 - 2027",
    ]


def test_the_nth_meeting_of_a_committee_no_framework_names_is_none_of_ours():
    text = (
        "The GMS programme has studied the river crossing, and GMS officials welcomed the plan.\n\n"
        "The decision was reached at the third meeting of the Lao-Thai Joint Coordinating Committee on the bridge project, "
        "held in Paksan on Tuesday."
    )
    assert keys(text, "en", "2019-11-07") == []
    text = "Ministers attended the 24th meeting of the MRC Joint Committee in Vientiane on Tuesday."
    assert keys(text, "en", "2019-11-07") == [("MRC", "other", 24)]


def test_a_meeting_said_to_open_on_one_day_and_close_on_a_later_one_runs_between_them() -> None:
    text = (
        "President Marcos on Thursday urged his peers to act on the sea dispute, as the 42nd ASEAN Summit drew to a close "
        "in Labuan Bajo. The two-day summit, which opened Wednesday, was chaired by President Joko Widodo."
    )
    m = only(text, "en", "2023-05-11")
    assert (m.date, m.date_end) == ("2023-05-10", "2023-05-11")
    assert m.evidence["date"][0].text == "Wednesday" and m.evidence["date_end"][0].text == "on Thursday"
    vi = "Hội nghị Cấp cao ASEAN lần thứ 37 khai mạc ngày 12/11 tại Hà Nội. Chiều 15/11, Hội nghị Cấp cao ASEAN lần thứ 37 đã bế mạc."
    assert (only(vi, "vi", "2020-11-15").date, only(vi, "vi", "2020-11-15").date_end) == ("2020-11-12", "2020-11-15")


def test_a_close_said_of_several_meetings_is_no_meetings_last_day() -> None:
    text = (
        "The meetings of the week ended on Saturday. "
        "The 51st ASEAN Foreign Ministers' Meeting opened on Thursday, chaired by Foreign Minister Vivian Balakrishnan."
    )
    assert only(text, "en", "2018-08-04").date_end is None


def test_a_meeting_that_opened_on_one_day_and_ends_on_another_runs_between_them() -> None:
    text = (
        "Ministers met in quick succession on Thursday, the second day of the 52nd ASEAN Foreign Ministers' Meeting (AMM) "
        "in Bangkok. The AMM opened on Wednesday and ends tomorrow, when the ministers will issue a joint communique."
    )
    assert (only(text, "en", "2019-08-02").date, only(text, "en", "2019-08-02").date_end) == ("2019-07-31", "2019-08-03")
    wrapped = (
        "Japan and the five Mekong countries on Saturday wrapped up their first Mekong-Japan Summit in Tokyo. "
        "The summit got under way Friday evening with a working dinner."
    )
    m = only(wrapped, "en", "2009-11-07")
    assert (m.date, m.date_end) == ("2009-11-06", "2009-11-07")


def test_a_meeting_named_only_in_the_headline_is_the_one_the_body_dates() -> None:
    text = (
        "Thứ trưởng dự Hội nghị SOM Mê Công - Lan Thương tại Vân Nam\n\n"
        "Ngày 13/8, tại thành phố An Ninh, tỉnh Vân Nam (Trung Quốc), Thứ trưởng dẫn đầu Đoàn Việt Nam tham dự "
        "Hội nghị Quan chức cao cấp Hợp tác Mê Công - Lan Thương (SOM MLC)."
    )
    m = only(text, "vi", "2025-08-13")
    assert (m.framework, m.level, m.date, m.city) == ("LMC", "senior_officials", "2025-08-13", "An Ninh")


def test_asean_related_summits_dated_within_the_asean_summits_days_took_place_where_it_did() -> None:
    text = (
        "Malaysia will host the 47th ASEAN Summit in Kuala Lumpur from October 26 to 28. "
        "Trump will attend the 13th ASEAN-US Summit on Sunday, October 26. "
        "The 20th East Asia Summit follows on Monday, October 27."
    )
    got = {m.framework: (m.city, m.country) for m in process(text, "en", "2025-10-20").meetings}
    assert got == {"ASEAN": ("Kuala Lumpur", "MY"), "ASEAN+US": ("Kuala Lumpur", "MY"), "EAS": ("Kuala Lumpur", "MY")}


def test_the_asean_a_country_takes_over_is_no_meetings_framework_nor_is_its_month_a_meetings() -> None:
    text = (
        "Moon chaired the inaugural Mekong-Republic of Korea Summit in Busan. The leaders agreed to hold the summit regularly, "
        "with the second meeting to take place next year in Vietnam, which takes over the rotating ASEAN chairmanship in January."
    )
    got = [(m.framework, m.ordinal, m.date, m.country) for m in process(text, "en", "2019-11-27").meetings]
    assert got == [("MKC", 1, None, "KR"), ("MKC", 2, "2020", "VN")]


def test_it_was_the_third_summit_following_the_first_and_the_second_names_three_editions() -> None:
    text = (
        "Moon hosted the ASEAN-ROK Commemorative Summit in Busan on Monday. "
        "It was the third commemorative summit between the two sides, following the first in Jeju in 2009 and the second in Busan in 2014."
    )
    got = sorted((m.ordinal, m.date, m.city) for m in process(text, "en", "2019-11-27").meetings)
    assert got == [(1, "2009", "Jeju"), (2, "2014", "Busan"), (3, "2019-11-25", "Busan")]


def test_a_marathon_that_began_with_the_opening_of_a_meeting_dates_its_first_day() -> None:
    text = (
        "The week capped a diplomatic marathon in the port city that began Monday with the opening of the ASEAN-ROK "
        "Commemorative Summit. Co-chaired by Moon Jae-in and Prayut Chan-o-cha, that two-day gathering closed on Tuesday."
    )
    m = only(text, "en", "2019-11-27")
    assert (m.date, m.date_end) == ("2019-11-25", "2019-11-26")


def test_the_meetings_with_no_host_named_are_all_those_named_and_take_the_place_not_the_days() -> None:
    text = (
        "Takaichi will attend the ASEAN-Japan summit on Sunday and the East Asia Summit on Monday. "
        "The meetings will be held in Kuala Lumpur from October 26 to 28."
    )
    got = {m.framework: (m.date, m.date_end, m.city) for m in process(text, "en", "2025-10-24").meetings}
    assert got == {"ASEAN+JP": ("2025-10-26", None, "Kuala Lumpur"), "EAS": ("2025-10-27", None, "Kuala Lumpur")}


def test_a_day_after_two_meetings_joined_by_and_is_both_even_when_the_second_has_an_ordinal() -> None:
    text = "Takaichi will attend the ASEAN Plus Three summit and the 20th East Asia Summit on Monday."
    got = {m.framework: m.date for m in process(text, "en", "2025-10-24").meetings}
    assert got == {"ASEAN+3": "2025-10-27", "EAS": "2025-10-27"}


def test_a_meeting_pencilled_in_for_a_place_and_a_month_is_to_come_there() -> None:
    m = only("The 48th ASEAN Summit is pencilled in for Cebu in May, and President Marcos will chair it.", "en", "2026-01-12")
    assert (m.date, m.city, m.country) == ("2026-05", "Cebu", "PH")


def test_a_day_said_of_the_meeting_comes_before_the_month_of_the_journey_to_it() -> None:
    text = (
        "Sáng nay 5-11, Thủ tướng rời Hà Nội, lên đường dự Hội nghị cấp cao GMS lần thứ 8 tại Trung Quốc. "
        "Hội nghị diễn ra trong hai ngày 6 và 7-11 tại thành phố Côn Minh và được tổ chức trực tiếp."
    )
    m = only(text, "vi", "2024-11-05")
    assert (m.date, m.date_end, m.city, m.format) == ("2024-11-06", "2024-11-07", "Côn Minh", "in_person")


def test_a_ministrys_name_before_a_chair_is_no_person() -> None:
    text = (
        "Hội nghị Bộ trưởng Nông nghiệp GMS lần thứ 4 diễn ra tại Phnôm Pênh ngày 10/9/2019. "
        "Hội nghị do Bộ trưởng Bộ Nông Lâm Ngư nghiệp Campuchia Veng Sakhon chủ trì."
    )
    assert only(text, "vi", "2019-09-11").chairs == ["Veng Sakhon"]


def test_the_month_of_a_journey_to_a_meeting_comes_before_a_year_said_beside_it() -> None:
    text = (
        "Thủ tướng rạng sáng 26/10 tới Kuala Lumpur dự Hội nghị Cấp cao ASEAN lần thứ 47. "
        "Tại Hội nghị Cấp cao ASEAN 47, lãnh đạo các nước sẽ đánh giá kết quả hợp tác ASEAN trong năm 2025."
    )
    assert only(text, "vi", "2025-10-26").date == "2025-10"


def test_a_chair_told_in_the_next_sentence_as_to_come_chairs_the_meeting() -> None:
    text = (
        "On Wednesday, April 5, leaders of the four member countries will gather in Vientiane for the Fourth Mekong River "
        "Commission Summit. Lao Prime Minister Sonexay Siphandone will chair."
    )
    assert only(text, "en", "2023-03-28").chairs == ["Sonexay Siphandone"]


def test_a_countrys_possessive_with_no_s_is_no_part_of_a_chairs_name() -> None:
    text = "The third Lancang-Mekong leaders' meeting was held by video link, with Li Keqiang and Laos' Thongloun Sisoulith co-chairing."
    assert only(text, "en", "2020-08-24").chairs == ["Li Keqiang", "Thongloun Sisoulith"]


def test_two_weekdays_in_a_row_joined_by_and_are_a_span_of_days() -> None:
    text = "met on Wednesday and Thursday, and on Monday and Friday"
    spans = [(d.value[0], d.value[1]) for d in find_dates(fold(text), 0, len(text), "2024-11-08")]
    assert spans == [("2024-11-06", "2024-11-07"), ("2024-11-04", None), ("2024-11-08", None)]


def test_an_edition_a_place_hosted_since_is_a_meeting_of_its_own_and_not_the_one_spoken_of_next() -> None:
    text = (
        "Leaders of the six countries met in Kunming on Wednesday for the eighth GMS Summit, chaired virtually by Premier Li Qiang. "
        "It was the first in-person GMS summit since Hanoi hosted the sixth in March 2018.\n\n"
        "They adopted the Kunming Declaration and endorsed a GMS Innovation Strategy."
    )
    found = [(m.ordinal, m.date, m.city, m.chairs, m.documents) for m in process(text, "en", "2024-11-08").meetings]
    assert found == [
        (8, "2024-11-06", "Kunming", ["Li Qiang"], ["Kunming Declaration", "GMS Innovation Strategy"]),
        (6, "2018-03", "Hanoi", [], []),
    ]


def test_what_it_adopted_is_the_meeting_named_before_not_one_named_after_the_title() -> None:
    text = (
        "Kang Kyung-wha and Saleumxay Kommasith on Thursday co-chaired the ninth Mekong-ROK Foreign Ministers' Meeting in Bangkok. "
        "It adopted a joint statement and gave the go-ahead for the first Mekong-ROK Summit, which Busan will host in November."
    )
    found = [(m.level, m.documents) for m in process(text, "en", "2019-08-02").meetings]
    assert found == [("foreign_ministers", ["joint statement"]), ("summit", [])]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hội nghị Cấp cao ASEAN lần thứ 36 diễn ra tháng 6, khi đại dịch buộc các nước tạm dừng các cuộc gặp trực tiếp.", "vi"),
        ("The 36th ASEAN Summit took place in June, with leaders speaking by telephone instead of meeting in person.", "en"),
    ],
)
def test_meeting_in_person_given_up_is_no_meetings_format(text: str, lang: str) -> None:
    assert only(text, lang, "2020-11-12").format is None


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Ngày 22/11, tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk, Hội nghị Cấp cao CLV lần thứ 14 đã khai mạc.",
            "vi",
            ("Buôn Ma Thuột", "VN"),
        ),
        ("Hội nghị Cấp cao CLV lần thứ 14 đã diễn ra ngày 22/11 tại tỉnh Kon Tum.", "vi", (None, "VN")),
        ("The 14th CLV Summit opened on Friday in Cambodia's Stung Treng province.", "en", (None, "KH")),
        ("The MRC Council met in Nakhon Phanom on Friday.", "en", ("Nakhon Phanom", "TH")),
    ],
)
def test_the_regions_provinces_give_a_country_and_its_towns_a_city(text: str, lang: str, place: tuple[str | None, str]) -> None:
    m = only(text, lang, "2024-11-23")
    assert (m.city, m.country) == place


def test_he_who_will_also_chair_is_the_subject_named_first_even_by_surname() -> None:
    text = (
        "The sixth GMS Summit will take place tomorrow, with Prime Minister Nguyen Xuan Phuc in the chair. "
        "Also on Saturday, Phuc will host Cambodian Prime Minister Hun Sen and Lao Prime Minister Thongloun Sisoulith "
        "for the 10th Summit of the Cambodia-Laos-Vietnam Development Triangle Area, which he will also chair."
    )
    assert [(m.framework, m.chairs) for m in process(text, "en", "2018-03-30").meetings] == [
        ("GMS", ["Nguyen Xuan Phuc"]),
        ("CLV", ["Nguyen Xuan Phuc"]),
    ]


def test_an_asean_meeting_with_one_partner_is_that_partners_meeting_alone() -> None:
    text = "Yesterday, at the ASEAN Post Ministerial Conference with Japan (PMC+1) in Jakarta, ministers discussed the summit."
    m = only(text, "en", "2023-07-13")
    assert (m.framework, m.level, m.date, m.city) == ("ASEAN+JP", "foreign_ministers", "2023-07-12", "Jakarta")


def test_a_pmc_plus_one_between_asean_and_a_partner_is_that_partners_foreign_ministers_meeting() -> None:
    text = "Chiều qua (12/7), tại Hội nghị PMC+1 giữa ASEAN và Nhật Bản diễn ra ở Jakarta, các Bộ trưởng đã thảo luận."
    m = only(text, "vi", "2023-07-13")
    assert (m.framework, m.level, m.date, m.city) == ("ASEAN+JP", "foreign_ministers", "2023-07-12", "Jakarta")


def test_a_timeline_entry_that_opens_with_a_place_and_a_month_gives_its_meeting_the_place() -> None:
    text = (
        "Dưới đây là những mốc chính:\n\n"
        "Phnom Penh, tháng 11/2002: Hội nghị Thượng đỉnh GMS đầu tiên được tổ chức nhân dịp 10 năm chương trình.\n\n"
        "Côn Minh, tháng 7/2005: Thượng đỉnh lần thứ hai đánh dấu việc Quảng Tây tham gia."
    )
    found = [(m.ordinal, m.date, m.city) for m in process(text, "vi", "2022-10-03").meetings]
    assert found == [(1, "2002-11", "Phnom Penh"), (2, "2005-07", "Côn Minh")]


def test_a_weekday_that_opens_its_sentence_is_the_coming_one_when_the_verb_is_to_come() -> None:
    text = (
        "Two of those gatherings matter most. On Wednesday, the 17th CLMV Economic Ministers' Meeting will bring together "
        "ministers from Cambodia, Laos, Myanmar and Vietnam."
    )
    assert only(text, "en", "2025-09-22").date == "2025-09-24"


def test_a_framework_glossed_by_its_short_name_before_the_level_names_the_meeting() -> None:
    text = "The junta chief attended the eighth Greater Mekong Subregion, or GMS, summit in Kunming on Thursday."
    m = only(text, "en", "2024-11-07")
    assert (m.framework, m.level, m.ordinal, m.city) == ("GMS", "summit", 8, "Kunming")


def test_he_who_co_chaired_is_the_person_the_last_sentence_opening_with_a_name_names() -> None:
    text = (
        "Japanese Prime Minister Abe Shinzo held talks in Thailand.\n\n"
        "Abe had a packed schedule in Nonthaburi. He attended a summit with ASEAN leaders.\n\n"
        "He then co-chaired the 11th Mekong-Japan summit with Thai Prime Minister Prayut Chan-o-cha."
    )
    assert only(text, "en", "2019-11-04").chairs == ["Abe Shinzo", "Prayut Chan-o-cha"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ngày 2/8, tại Băng Cốc, ông Jaishankar dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Ấn Độ.", "vi"),
        ("On Friday, Modi attended the India-ASEAN summit and the ASEAN-EU ministerial meeting in Bangkok.", "en"),
    ],
)
def test_asean_paired_with_a_partner_of_no_framework_of_ours_is_no_asean_meeting(text: str, lang: str) -> None:
    assert keys(text, lang, "2019-08-04") == []


def test_where_a_statement_was_issued_is_no_venue() -> None:
    text = (
        "Thông cáo của Bộ Ngoại giao Ấn Độ phát tại Niu Đê-li cho biết, ngày 1/8, tại Băng Cốc, hai ông đồng chủ trì "
        "Hội nghị Bộ trưởng Ngoại giao Hợp tác Mê Công - sông Hằng lần thứ 10."
    )
    assert only(text, "vi", "2019-08-04").city == "Băng Cốc"


def test_a_day_of_what_is_proposed_at_a_meeting_is_no_day_of_the_meeting() -> None:
    text = "At the ASEAN-Korea foreign ministers' meeting, Park proposed that the two sides upgrade relations next year."
    assert only(text, "en", "2023-07-14").date is None


def test_who_presides_chu_toa_chairs() -> None:
    text = (
        "Hội nghị thượng đỉnh lần thứ tư của Ủy hội sông Mekong (MRC) diễn ra hôm 5/4 tại Vientiane, thủ đô Lào, "
        "dưới sự chủ tọa của Thủ tướng Lào Sonexay Siphandone."
    )
    assert only(text, "vi", "2023-04-05").chairs == ["Sonexay Siphandone"]


def test_a_city_on_a_line_of_its_own_under_the_byline_is_the_dateline() -> None:
    text = (
        "Minister co-chairs Mekong-Ganga meet\n\nStaff Reporter\nVIENTIANE\nJuly 26, 2024 10:05 pm\n\n"
        "External Affairs Minister S. Jaishankar co-chaired the 13th Mekong-Ganga Cooperation Ministerial Meeting on Friday."
    )
    m = only(text, "en", "2024-07-27")
    assert (m.framework, m.ordinal, m.date, m.city, m.country) == ("MGC", 13, "2024-07-26", "Vientiane", "LA")


def test_a_heading_in_capitals_is_no_dateline() -> None:
    text = (
        "THE HINDU\nVIỆT NAM\n\n"
        "External Affairs Minister S. Jaishankar co-chaired the 13th Mekong-Ganga Cooperation Ministerial Meeting on Friday."
    )
    m = only(text, "en", "2024-07-27")
    assert (m.city, m.country) == (None, None)


def test_the_lead_places_a_weeks_series_of_meetings_named_after_it() -> None:
    text = (
        "Prime Minister Kishida has attended a series of summits in the Indonesian capital, Jakarta, with Southeast Asian leaders. "
        "At the 26th ASEAN-Japan summit on Wednesday, the leaders agreed to upgrade ties. "
        "The 26th ASEAN Plus Three summit followed the same day."
    )
    found = {m.framework: m for m in process(text, "en", "2023-09-07").meetings}
    assert {f: (m.city, m.country) for f, m in found.items()} == {"ASEAN+JP": ("Jakarta", "ID"), "ASEAN+3": ("Jakarta", "ID")}


def test_the_lead_places_the_series_in_the_city_the_trip_goes_to() -> None:
    text = (
        "Foreign Minister Park Jin will head to Cambodia this week for a series of foreign ministers' meetings. "
        "He will depart for Phnom Penh on Wednesday for a three-day trip. "
        "On Thursday, Park will co-chair the 12th Mekong-South Korea foreign ministers' meeting."
    )
    m = only(text, "en", "2022-08-02")
    assert (m.date, m.city, m.country) == ("2022-08-04", "Phnom Penh", "KH")


def test_the_leads_place_is_none_of_an_older_meeting_nor_of_one_held_online() -> None:
    text = (
        "Prime Minister Kishida has attended a series of summits in the Indonesian capital, Jakarta, this week. "
        "The 26th ASEAN-Japan summit took place on Wednesday. "
        "The 10th Mekong-Japan Summit was held in October 2018."
    )
    found = {m.framework: m for m in process(text, "en", "2023-09-07").meetings}
    assert (found["ASEAN+JP"].city, found["MJC"].city) == ("Jakarta", None)
    text = text.replace("took place on Wednesday", "took place online on Wednesday")
    assert next(m for m in process(text, "en", "2023-09-07").meetings if m.framework == "ASEAN+JP").city is None


def test_a_vietnamese_title_keeps_its_subtitle_and_the_title_named_with_cung_voi() -> None:
    text = (
        "Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10 diễn ra ngày 9/10/2018 tại Tokyo. Các nhà lãnh đạo đã thông qua "
        "Chiến lược Tokyo về hợp tác Mekong - Nhật Bản: Kết nối bền vững, cùng với Kế hoạch hành động Tokyo, nhấn mạnh kết nối."
    )
    assert only(text, "vi").documents == ["Chiến lược Tokyo về hợp tác Mekong - Nhật Bản: Kết nối bền vững", "Kế hoạch hành động Tokyo"]


def test_a_vietnamese_title_about_a_list_of_aims_runs_to_the_lists_end() -> None:
    text = (
        "Hội nghị Cấp cao ASEAN - Hàn Quốc diễn ra ngày 25/11/2019 tại Busan. "
        "Hội nghị đã thông qua Tuyên bố Tầm nhìn chung về Hòa bình, Thịnh vượng và Đối tác, định hướng quan hệ hai bên."
    )
    assert only(text, "vi").documents == ["Tuyên bố Tầm nhìn chung về Hòa bình, Thịnh vượng và Đối tác"]


def test_the_first_summit_held_under_a_former_leader_is_the_first_edition() -> None:
    text = (
        "Leaders have met yearly since the first Mekong-Japan summit, which took place in Tokyo in 2009 "
        "under then-Prime Minister Yukio Hatoyama."
    )
    m = only(text, "en", "2018-10-10")
    assert (m.ordinal, m.date, m.city) == (1, "2009", "Tokyo")
    assert only("It was the first Mekong-Japan summit under Thailand's chairmanship, held in Bangkok.", "en", "2018-10-10").ordinal is None


def test_a_sentence_opening_with_in_the_afternoon_is_of_the_day_given_before() -> None:
    text = (
        "Abe attended the 22nd ASEAN-Japan summit on Monday. He also co-chaired the 11th Mekong-Japan summit with Vietnamese "
        "Prime Minister Nguyen Xuan Phuc. In the afternoon, Abe took part in the 14th East Asia Summit."
    )
    found = {m.framework: m.date for m in process(text, "en", "2019-11-05").meetings}
    assert found == {"ASEAN+JP": "2019-11-04", "MJC": "2019-11-04", "EAS": "2019-11-04"}
    text = (
        "Leaders met at the 22nd ASEAN-Japan summit in Bangkok on Monday. The 14th East Asia Summit opens in the afternoon of 12 November."
    )
    assert next(m.date for m in process(text, "en", "2019-11-05").meetings if m.framework == "EAS") == "2019-11-12"


def test_that_same_day_a_series_of_engagements_and_a_co_chair_after_an_abbreviation() -> None:
    text = (
        "Tomorrow, Secretary Antony Blinken departs for Phnom Penh, Cambodia, for a series of ASEAN-related engagements. "
        "On Thursday, he will join the ASEAN-U.S. Ministerial Meeting. That same day, Secretary Antony Blinken will co-chair "
        "the Mekong-U.S. Partnership Ministerial Meeting with Cambodian Foreign Minister Prak Sokhonn."
    )
    m = next(m for m in process(text, "en", "2022-08-02").meetings if m.framework == "MUSP")
    assert (m.date, m.city, m.country) == ("2022-08-04", "Phnom Penh", "KH")
    assert m.chairs == ["Antony Blinken", "Prak Sokhonn"]


def test_the_leads_place_counts_from_the_body_not_the_headline() -> None:
    text = (
        "Bộ trưởng Bùi Thanh Sơn tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 và các hội nghị liên quan\n\n"
        "Từ 24 đến 27/7/2024, Đoàn Việt Nam đã có mặt tại Thủ đô Viêng Chăn, Lào, để tham dự chuỗi hội nghị thường niên.\n\n"
        "1. Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 (AMM-57)\n\nPhiên họp toàn thể của AMM-57 diễn ra sáng thứ Năm, 25/7.\n\n"
        "2. Các hội nghị với các đối tác\n\n"
        "Chiều 26/7, Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 25 đã thảo luận về an ninh lương thực."
    )
    m = next(m for m in process(text, "vi", "2024-07-28").meetings if m.framework == "ASEAN+3")
    assert (m.date, m.city, m.country) == ("2024-07-26", "Viêng Chăn", "LA")


def test_a_month_a_meeting_is_scheduled_for_dates_it() -> None:
    text = "The 13th Mekong-ROK Foreign Ministers' Meeting is scheduled for July in Jakarta, Indonesia."
    assert only(text, "en", "2023-06-23").date == "2023-07"
    assert only(text.replace("is scheduled for", "is slated for"), "en", "2023-06-23").date == "2023-07"


def test_a_department_named_in_a_chairs_title_is_no_chair() -> None:
    text = (
        "The Mekong-ROK Senior Officials' Meeting took place in Vientiane on 22 June 2023. It was co-chaired by Mr. Phoxay "
        "Khaykhamphithoune, Deputy Minister of Foreign Affairs of the Lao PDR, and Ms. Kim Ji-hee, Director-General for ASEAN "
        "and Southeast Asian Affairs of the Ministry of Foreign Affairs of the Republic of Korea."
    )
    assert only(text, "en", "2023-06-23").chairs == ["Phoxay Khaykhamphithoune", "Kim Ji-hee"]
    text = (
        "Hội nghị Quan chức cao cấp Mekong - Nhật Bản diễn ra ngày 19/6/2025. Hội nghị do Quốc vụ khanh Campuchia Kung Phoak và "
        "Cục trưởng Cục Đông Nam Á và Tây Nam Á, Bộ Ngoại giao Nhật Bản Takeuchi Kazuto đồng chủ trì."
    )
    assert only(text, "vi", "2025-06-20").chairs == ["Kung Phoak", "Takeuchi Kazuto"]


def test_a_ministrys_release_about_attending_a_meeting_is_none_of_its_documents() -> None:
    text = (
        "Thông cáo báo chí về việc Bộ trưởng Bùi Thanh Sơn tham dự Hội nghị Bộ trưởng Ngoại giao Hợp tác Mê Công - Lan Thương "
        "lần thứ 9\n\nHội nghị Bộ trưởng Ngoại giao Hợp tác Mê Công - Lan Thương lần thứ 9 diễn ra tại Chiang Mai ngày 15/8/2024."
    )
    assert only(text, "vi", "2024-08-13").documents == []
    text = text.replace("Thông cáo báo chí về việc Bộ trưởng Bùi Thanh Sơn tham dự", "Thông cáo chung của")
    assert only(text, "vi", "2024-08-13").documents != []


def test_a_meeting_of_a_frameworks_joint_body_is_of_that_body() -> None:
    text = "The 6th meeting of the Lancang-Mekong Joint Working Group on Water Resources Cooperation opened in Hanoi on 15 May 2024."
    assert keys(text, "en", "2024-05-15") == [("LMC", "other", 6)]
    text = (
        "The 61st Meeting of the Mekong River Commission (MRC) Joint Committee is being chaired by Surasri Kidtimonton, "
        "secretary-general of Thailand's Office of the National Water Resources."
    )
    m = only(text, "en", "2025-06-17")
    assert ((m.framework, m.level, m.ordinal), m.chairs) == (("MRC", "other", 61), ["Surasri Kidtimonton"])


def test_a_joint_committee_numbered_then_said_ministerial_and_its_co_chairs_listed_after_co() -> None:
    text = (
        "Trong hai ngày 18-19/6, tại thành phố Pleiku, đã diễn ra Hội nghị Ủy ban Điều phối chung Khu vực Tam giác phát triển "
        "Campuchia - Lào - Việt Nam lần thứ 14 cấp bộ trưởng. Đồng chủ trì hội nghị có Bộ trưởng Bộ Kế hoạch và Đầu tư "
        "Nguyễn Chí Dũng và Bộ trưởng Kế hoạch và Đầu tư Lào Phet Phomphiphak."
    )
    m = only(text, "vi", "2024-06-20")
    assert ((m.framework, m.level, m.ordinal), m.chairs) == (("CLV", "ministerial", 14), ["Nguyễn Chí Dũng", "Phet Phomphiphak"])


def test_a_meeting_the_datelines_sentence_reports_took_place_that_day() -> None:
    text = (
        "VIENTIANE, April 5 (Bernama) -- Leaders of the four member countries of the Mekong River Commission (MRC) "
        "adopted the Vientiane Declaration at the 4th MRC Summit here."
    )
    m = only(text, "en", "2023-04-05")
    assert (m.date, m.city, m.country) == ("2023-04-05", "Vientiane", "LA")
    assert m.evidence["date"][0].text == "April 5"
    text = "VIENTIANE, April 5 (Bernama) -- Leaders of the MRC member countries will meet for the 4th MRC Summit."
    assert only(text, "en", "2023-04-05").date is None


@pytest.mark.parametrize(
    ("dateline", "verb"),
    [("Băng Cốc, 16/6 (TTXVN) -", "đã tham dự"), ("Hà Nội, ngày 16 tháng 6 năm 2018 –", "đã dự"), ("Băng Cốc, 16/6 -", "đã chủ trì")],
)
def test_a_vietnamese_dateline_dates_the_meeting_its_sentence_says_someone_attended(dateline: str, verb: str) -> None:
    text = f"{dateline} Thủ tướng Nguyễn Xuân Phúc {verb} Hội nghị Cấp cao ACMECS lần thứ 8 tại Băng Cốc."
    m = only(text, "vi", "2018-06-17")
    assert (m.date, m.city) == ("2018-06-16", "Băng Cốc")
    text = f"{dateline} Ngày 15/6, Thủ tướng Nguyễn Xuân Phúc {verb} Hội nghị Cấp cao ACMECS lần thứ 8 tại Băng Cốc."
    assert only(text, "vi", "2018-06-17").date == "2018-06-15"


@pytest.mark.parametrize("dateline", ["Vientiane, April 5 (Bernama) --", "Hanoi, 5 June 2023 -", "BANGKOK, June 5 (Reuters) -"])
def test_the_day_a_story_was_filed_gives_way_to_the_meetings_own_day_in_the_same_sentence(dateline: str) -> None:
    text = f"{dateline} The 13th Mekong-Korea Foreign Ministers' Meeting will be held in Jakarta on July 12, officials said."
    m = only(text, "en", "2023-06-06")
    assert (m.date, m.city) == ("2023-07-12", "Jakarta")
    assert m.evidence["date"][0].text == "July 12"


def test_the_mrc_joint_committee_meets_at_the_other_level_and_honorifics_are_no_names() -> None:
    text = "Trong hai ngày 28 và 29/9, Phiên họp lần thứ 56 Ủy ban Liên hợp Ủy hội sông Mê Công quốc tế (MRC) đã diễn ra tại Viêng Chăn."
    m = only(text, "vi", "2022-09-30")
    assert (m.framework, m.level, m.ordinal, m.date, m.date_end) == ("MRC", "other", 56, "2022-09-28", "2022-09-29")
    text = "Hội nghị Cấp cao Mekong - Lan Thương lần thứ 2 do Thủ tướng Campuchia Xam-đéc Tê-chô Hun Xen chủ trì."
    assert only(text, "vi", "2018-01-10").chairs == ["Hun Xen"]


def test_a_meeting_held_a_day_before_the_one_spoken_of() -> None:
    text = (
        "CHONGQING, June 8 (Xinhua) -- The sixth Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting was held on Tuesday "
        "in Chongqing.\n\nThe meeting came a day after the Special China-ASEAN Foreign Ministers' Meeting, also held in Chongqing."
    )
    found = {m.framework: m.date for m in process(text, "en", "2021-06-08").meetings}
    assert found == {"LMC": "2021-06-08", "ASEAN+CN": "2021-06-07"}


def test_the_next_edition_that_followed() -> None:
    text = "Lao Prime Minister Sonexay Siphandone chaired the 44th ASEAN Summit, which opened on Wednesday, and the 45th that followed."
    assert sorted(m.ordinal for m in process(text, "en", "2024-10-11").meetings) == [44, 45]


def test_editions_after_a_series_named_in_the_plural_with_their_own_documents() -> None:
    text = (
        "The third MRC Summit opened in Siem Reap on Thursday. MRC summits take place every four years. The first was held in "
        "Hua Hin, Thailand, in April 2010, and the second in Ho Chi Minh City in April 2014, where leaders adopted the "
        "Ho Chi Minh City Declaration."
    )
    found = {m.ordinal: m for m in process(text, "en", "2018-04-06").meetings}
    assert set(found) == {1, 2, 3}
    assert (found[1].date, found[1].city, found[2].date, found[2].city) == ("2010-04", "Hua Hin", "2014-04", "Ho Chi Minh City")
    assert (found[2].documents, found[3].documents) == (["Ho Chi Minh City Declaration"], [])


def test_a_lists_ordinal_markers_are_no_editions() -> None:
    text = (
        "The first Lancang-Mekong foreign ministers' meeting was held in Jinghong on Thursday. The ministers reached consensus.\n\n"
        "Second, agreed to hold the first leaders' meeting next year."
    )
    assert [m.ordinal for m in process(text, "en", "2015-11-13").meetings if m.level == "foreign_ministers"] == [1]


def test_a_day_without_a_year_takes_the_year_the_text_gave_that_month() -> None:
    text = (
        "Ngày 9/12/2020, Hội nghị Cấp cao CLV lần thứ 11 được tổ chức theo hình thức trực tuyến.\n\n"
        "Cũng trong ngày 9/12, Hội nghị Cấp cao CLMV lần thứ 10 diễn ra trực tuyến."
    )
    assert {m.framework: m.date for m in process(text, "vi", None).meetings} == {"CLV": "2020-12-09", "CLMV": "2020-12-09"}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Sáng 31/3, tại Hà Nội, Thủ tướng chủ trì Hội nghị Cấp cao CLV lần thứ 10. "
            "Ngay sau đó, Hội nghị Cấp cao CLMV lần thứ 9 diễn ra dưới sự chủ trì của Thủ tướng Nguyễn Xuân Phúc.",
            "Hà Nội",
        ),
        (
            "Sáng nay, tại thủ đô Phnom Penh, Thủ tướng dự Hội nghị Cấp cao ACMECS lần thứ IV. Hội nghị Cấp cao CLV lần thứ 6 "
            "sẽ diễn ra tại Viêng Chăn. Chiều cùng ngày, Thủ tướng dự Hội nghị Cấp cao CLMV lần thứ năm.",
            "Phnom Penh",
        ),
    ],
)
def test_a_meeting_right_after_another_or_the_same_day_is_where_that_one_was(text: str, city: str) -> None:
    found = {m.framework: m for m in process(text, "vi", "2018-03-31").meetings}
    assert found["CLMV"].city == city
    assert found["CLMV"].date == "2018-03-31"


def test_a_malaysian_style_dateline_and_asean_in_mixed_case() -> None:
    text = (
        "KUALA LUMPUR: Foreign ministers of the Mekong countries held talks here on the sidelines of the 48th Asean Foreign "
        "Ministers' Meeting (AMM).\n\nThe eighth Mekong-Japan Foreign Ministers' Meeting, held yesterday, adopted the "
        "Mekong-U.S. Partnership Plan of Action 2021-2023."
    )
    found = {m.framework: m for m in process(text, "en", "2015-08-06").meetings}
    assert found["ASEAN"].ordinal == 48
    assert (found["MJC"].date, found["MJC"].city, found["MJC"].country) == ("2015-08-05", "Kuala Lumpur", "MY")
    assert found["MJC"].documents == ["Mekong-U.S. Partnership Plan of Action 2021-2023"]


def test_a_meeting_held_the_day_before_another_and_a_resort_city() -> None:
    text = (
        "Sáng 4/7, Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 7 diễn ra tại thành phố nghỉ dưỡng Bagan, Myanmar.\n\n"
        "Trước đó một ngày, Hội nghị Quan chức cao cấp (SOM) Mekong - Lan Thương cũng diễn ra tại Bagan để chuẩn bị nội dung."
    )
    found = {m.level: m for m in process(text, "vi", "2022-07-05").meetings}
    assert (found["foreign_ministers"].date, found["foreign_ministers"].city) == ("2022-07-04", "Bagan")
    assert (found["senior_officials"].date, found["senior_officials"].city) == ("2022-07-03", "Bagan")


def test_first_editions_of_different_series_at_the_other_level_stay_apart() -> None:
    text = (
        "Các Bộ trưởng hoan nghênh việc tổ chức Đối thoại chính sách MGC lần thứ 1 về tăng cường kết nối (4/2017), "
        "các cuộc họp Nhóm công tác chung lần thứ 1 về doanh nghiệp siêu nhỏ, vừa và nhỏ (9/2017)."
    )
    found = [(m.framework, m.level, m.ordinal, m.date) for m in process(text, "vi", "2018-08-03").meetings]
    assert found == [("MGC", "other", 1, "2017-04"), ("MGC", "other", 1, "2017-09")]


def test_day_arithmetic_and_borrowed_years_never_make_an_impossible_date() -> None:
    text = "Ngày 5/2/2013, Hội nghị Cấp cao CLV lần thứ 7 diễn ra. Ngày 29/2, Hội nghị Cấp cao CLMV lần thứ 6 diễn ra."
    found = {m.framework: m.date for m in process(text, "vi", None).meetings}
    assert found == {"CLV": "2013-02-05", "CLMV": "--02-29"}


def test_a_framework_launched_or_upgraded_at_a_meeting_names_that_meeting() -> None:
    text = (
        "Earlier this month, the U.S. and Cambodia, Laos, Myanmar, Thailand and Vietnam upgraded the Lower Mekong Initiative "
        "into the Mekong-U.S. Partnership at a virtual ministerial meeting co-chaired by U.S. Deputy Secretary of State "
        "Stephen Biegun and Vietnamese Deputy Prime Minister Pham Binh Minh."
    )
    m = only(text, "en", "2020-09-25")
    assert (m.framework, m.level, m.format, m.chairs) == ("MUSP", "foreign_ministers", "online", ["Stephen Biegun", "Pham Binh Minh"])


def test_chairs_before_a_gerund() -> None:
    text = (
        "HÀ NỘI (VNS) — The 13th Mekong-Japan Summit took place in Kuala Lumpur on Sunday, with Prime Minister "
        "Phạm Minh Chính and his Japanese counterpart Shigeru Ishiba co-chairing."
    )
    assert only(text, "en", "2025-10-27").chairs == ["Phạm Minh Chính", "Shigeru Ishiba"]


def test_a_kyodo_lead_dates_the_summit_it_names_next_and_a_chairmanship_year_dates_nothing() -> None:
    text = (
        "TOKYO, Nov. 13 (Kyodo) -- Prime Minister Yoshihide Suga on Friday pledged Japan's support for the Mekong region, "
        "as he co-chaired a summit with leaders of Cambodia, Laos, Myanmar, Thailand and Vietnam held by videoconference.\n\n"
        "The 12th Mekong-Japan summit was co-chaired by Suga and Vietnamese Prime Minister Nguyen Xuan Phuc, whose country holds "
        "the rotating chair of the Association of Southeast Asian Nations this year.\n\n"
        "On Thursday, Suga took part in the annual summit between Japan and ASEAN, also conducted online."
    )
    m = next(m for m in process(text, "en", "2020-11-13").meetings if m.framework == "MJC")
    assert (m.ordinal, m.date, m.format) == (12, "2020-11-13", "online")


def test_a_counted_series_then_its_editions_listed_after_a_colon() -> None:
    text = (
        "Đến nay đã diễn ra 6 Hội nghị Cấp cao ACMECS: lần thứ nhất tại Bagan (11/2003); lần thứ 2 tại Bangkok, Thái Lan (11/2005); "
        "lần thứ 3 tại Viêng Chăn, Lào (11/2008)."
    )
    found = [(m.ordinal, m.date, m.city) for m in process(text, "vi", "2016-03-01").meetings]
    assert found == [(1, "2003-11", "Bagan"), (2, "2005-11", "Bangkok"), (3, "2008-11", "Viêng Chăn")]


def test_who_a_chaired_summit_brought_together_and_a_forum_are_no_chairs() -> None:
    text = (
        "The second MRC Summit, chaired by Vietnamese Prime Minister Nguyen Tan Dung, brought together Cambodian Prime Minister "
        "Hun Sen, Lao Prime Minister Thongsing Thammavong and a Thai delegation."
    )
    assert only(text, "en", "2014-04-06").chairs == ["Nguyen Tan Dung"]


def test_a_venue_given_as_the_capital_then_its_name() -> None:
    text = "The foreign ministers gathered in the Lao capital, Vientiane, on 10 November 2000 for the first MGC Ministerial Meeting."
    assert (only(text, "en").city, only(text, "en").country) == ("Vientiane", "LA")


def test_a_document_a_relative_clause_says_was_adopted_at_a_meeting() -> None:
    text = (
        "The 10th Mekong-Japan Summit was held in Tokyo on Oct. 9. The new strategy replaces the New Tokyo Strategy 2015, "
        "which leaders adopted at the seventh Mekong-Japan Summit in July 2015."
    )
    found = {m.ordinal: m.documents for m in process(text, "en", "2018-10-10").meetings}
    assert found == {10: [], 7: ["New Tokyo Strategy 2015"]}


def test_titles_both_adopted_when_leaders_met_for_an_earlier_meeting_are_that_ones() -> None:
    text = (
        "The ninth LMC Foreign Ministers' Meeting took place in Chiang Mai on Thursday. The meeting reviewed the Nay Pyi Taw "
        "Declaration and the LMC Five-Year Plan of Action (2023-2027), both adopted when the leaders of the six countries "
        "met online for the fourth LMC Leaders' Meeting in December 2023."
    )
    found = {m.level: m.documents for m in process(text, "en", "2024-08-16").meetings}
    assert found == {"foreign_ministers": [], "summit": ["Nay Pyi Taw Declaration", "LMC Five-Year Plan of Action (2023-2027)"]}


def test_a_frameworks_own_name_is_no_title() -> None:
    text = (
        "Leaders of the Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy (ACMECS) endorsed a five-year blueprint "
        "at the 8th ACMECS Summit, and adopted the ACMECS Master Plan (2019-2023)."
    )
    assert [d.value for d in find_documents(fold(text), text, 0, len(text), "en")] == ["ACMECS Master Plan (2019-2023)"]


def test_a_past_meeting_that_produced_or_gave_birth_to_a_document() -> None:
    text = (
        "The 10th Mekong-Japan Summit took place in Tokyo on Tuesday.\n\nJapan has held summits with the Mekong countries since "
        "2009, when the first meeting in Tokyo adopted the Tokyo Declaration. The seventh summit, also held in Tokyo, in July "
        "2015 produced the New Tokyo Strategy 2015."
    )
    found = {m.ordinal: m.documents for m in process(text, "en", "2018-10-10").meetings}
    assert found == {10: [], 1: ["Tokyo Declaration"], 7: ["New Tokyo Strategy 2015"]}
    text = (
        "The eighth ACMECS Summit opened in Bangkok on Saturday.\n\nACMECS traces its roots to the Bagan Declaration, adopted by "
        "leaders of Cambodia, Laos, Myanmar and Thailand at the grouping's first summit in Bagan in November 2003."
    )
    found = {m.ordinal: m.documents for m in process(text, "en", "2018-06-16").meetings}
    assert found == {8: [], 1: ["Bagan Declaration"]}
    text = "Hai năm kể từ Hội nghị Lãnh đạo MLC lần thứ nhất tại Tam Á tháng 3/2016 - nơi ra đời Tuyên bố Tam Á, cơ chế đã phát triển."
    assert only(text, "vi", "2018-01-11").documents == ["Tuyên bố Tam Á"]


@pytest.mark.parametrize(
    ("text", "lang", "documents"),
    [
        (
            "The first MGC Ministerial Meeting was held in Vientiane on 10 November 2000. The Vientiane Declaration they "
            "adopted that day named four areas of cooperation.",
            "en",
            ["Vientiane Declaration"],
        ),
        (
            "Hội nghị Cấp cao CLV lần thứ 4 khai mạc tại Đà Lạt ngày 27/11. Kết thúc phiên làm việc, lãnh đạo ba nước đã ký "
            "Tuyên bố chung Đà Lạt.",
            "vi",
            ["Tuyên bố chung Đà Lạt"],
        ),
        # "thông qua" is also "through"; a document with a day of its own was signed then, not at the meeting
        (
            "Hội nghị Cấp cao CLV lần thứ 4 khai mạc tại Đà Lạt ngày 27/11. Hợp tác sẽ được cụ thể hóa thông qua các Chương "
            "trình hành động hàng năm. Hiệp định Mê Công được ký kết tại Chiang Rai ngày 5/4/1995.",
            "vi",
            [],
        ),
    ],
)
def test_the_sentence_after_a_meeting_tells_what_it_adopted(text: str, lang: str, documents: list[str]) -> None:
    assert only(text, lang, "2008-11-28").documents == documents


def test_a_documents_short_form_and_an_anniversary_of_a_signing() -> None:
    text = (
        "Hội nghị Cấp cao ACMECS lần thứ 8 thông qua Kế hoạch tổng thể giai đoạn 2019-2023\n\n"
        "Hội nghị Cấp cao ACMECS lần thứ 8 diễn ra tại Băng Cốc ngày 16/6, đúng ngày tròn 23 năm ký Hiệp định X. Lãnh đạo "
        "các nước đã thông qua Kế hoạch tổng thể ACMECS giai đoạn 2019-2023."
    )
    assert only(text, "vi", "2018-06-17").documents == ["Kế hoạch tổng thể ACMECS giai đoạn 2019-2023"]


def test_a_title_given_after_the_kind_of_document() -> None:
    text = (
        "The 10th Mekong-Japan Summit was held in Tokyo on Oct. 9. Leaders adopted a declaration, formally titled the Tokyo "
        "Strategy 2018 for Mekong-Japan Cooperation, at the meeting."
    )
    assert only(text, "en", "2018-10-10").documents == ["Tokyo Strategy 2018 for Mekong-Japan Cooperation"]


def test_the_meeting_a_paragraph_opens_with_is_the_one_its_anaphor_speaks_of() -> None:
    text = (
        "Hội nghị Cấp cao GMS lần thứ 7 diễn ra trực tuyến ngày 9/9. Kết thúc hội nghị, lãnh đạo các nước đã thông qua "
        "Khung Chiến lược GMS 2030.\n\n"
        "Trước đó một ngày, ngày 8/9, Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 11 đã diễn ra tại Seoul. "
        "Hội nghị đã thông qua Tuyên bố chung.\n\n"
        "Hội nghị lần này cũng thông qua Kế hoạch hành động GMS giai đoạn 2021-2025."
    )
    found = {m.framework: m.documents for m in process(text, "vi", "2021-09-10").meetings}
    assert found == {
        "GMS": ["Khung Chiến lược GMS 2030", "Kế hoạch hành động GMS giai đoạn 2021-2025"],
        "MKC": ["Tuyên bố chung"],
    }


def test_a_meeting_that_opens_a_later_sentence_takes_the_paragraphs_focus() -> None:
    text = (
        "Tháng 9/2017, Hội nghị Bộ trưởng GMS lần thứ 22 tổ chức tại Hà Nội đã thông qua Khung Kế hoạch hành động Hà Nội. "
        "Ngày 31/3/2018, Hội nghị Thượng đỉnh GMS lần thứ 6 diễn ra tại Hà Nội. "
        "Hội nghị đã thông qua Tuyên bố chung và Khung đầu tư khu vực 2022."
    )
    found = {m.level: m.documents for m in process(text, "vi", "2024-11-08").meetings}
    assert found == {
        "ministerial": ["Khung Kế hoạch hành động Hà Nội"],
        "summit": ["Tuyên bố chung", "Khung đầu tư khu vực 2022"],
    }


def test_an_unnamed_edition_belongs_to_the_paragraphs_meeting_not_the_storys_first() -> None:
    text = (
        "Moon will first attend the 21st ASEAN-Korea Summit on Thursday. The 37th ASEAN Summit runs from Thursday to Sunday.\n\n"
        "The Korea-Mekong summit was launched in Busan last year, along with a summit marking 30 years of ASEAN-Korea "
        "relations. Foreign ministers of the six countries held their 10th meeting online in September."
    )
    found = {(m.framework, m.level, m.ordinal) for m in process(text, "en", "2020-11-10").meetings}
    assert ("MKC", "foreign_ministers", 10) in found
    assert not any(m[2] == 10 and m[0] != "MKC" for m in found)


def test_meetings_held_on_the_sidelines_of_the_asean_summits_are_guests_of_a_host() -> None:
    text = (
        "Hội nghị Cấp cao Mekong - Nhật Bản lần thứ nhất diễn ra tại Tokyo năm 2009.\n\n"
        "Sau hai kỳ họp được tổ chức bên lề các hội nghị cấp cao ASEAN ở Hà Nội (tháng 10/2010), cơ chế bước sang giai đoạn "
        "mới. Hội nghị Cấp cao lần thứ tư tổ chức tại Tokyo ngày 21/4/2012."
    )
    found = {(m.framework, m.ordinal) for m in process(text, "vi", "2024-01-01").meetings}
    assert ("MJC", 4) in found
    assert ("ASEAN", 4) not in found


def test_the_level_said_after_an_unnamed_edition_is_its_level() -> None:
    text = (
        "Phiên họp lần thứ 29 Hội đồng Ủy hội sông Mê Công quốc tế diễn ra ngày 30/11 tại Hà Nội. Chiều 1/12, trong khuôn "
        "khổ phiên họp, Hội nghị lần thứ 27 Nhóm Tư vấn các Đối tác phát triển đã diễn ra."
    )
    found = {(m.level, m.ordinal) for m in process(text, "vi", "2022-12-02").meetings}
    assert ("other", 27) in found
    assert ("ministerial", 27) not in found


def test_a_body_at_its_nth_meeting_gives_that_meeting_its_level() -> None:
    text = "Preparations for the Summit were approved by the MRC Council at its 24th meeting, held in November 2017."
    assert [(m.level, m.ordinal) for m in process(text, "en", "2018-04-05").meetings] == [("ministerial", 24)]


def test_a_later_day_then_an_earlier_one_are_no_span_of_days() -> None:
    text = "Băng Cốc, 16/6 - Ngày 15/6, Hội nghị Cấp cao ACMECS lần thứ 8 đã khai mạc tại Băng Cốc."
    m = only(text, "vi", "2018-06-17")
    assert (m.date, m.date_end) == ("2018-06-15", None)


@pytest.mark.parametrize("dates", ["from 30 November to 1 December 2017", "on Nov. 30-Dec. 1, 2017"])
def test_a_range_over_two_months(dates: str) -> None:
    text = f"The 24th MRC Council meeting was held {dates}."
    assert [(m.date, m.date_end) for m in process(text, "en", "2017-12-05").meetings] == [("2017-11-30", "2017-12-01")]


def test_an_mrc_international_conference_is_a_meeting_of_its_own_and_the_summit_keeps_the_dateline() -> None:
    text = (
        "Vientiane, Lao PDR, 5 April 2023 - The leaders today adopted the Vientiane Declaration at the 4th MRC Summit.\n\n"
        "The Summit followed the MRC International Conference on 3-4 April, also held in Vientiane."
    )
    found = {m.level: (m.date, m.date_end, m.city) for m in process(text, "en", "2023-04-05").meetings}
    assert found == {"summit": ("2023-04-05", None, "Vientiane"), "other": ("2023-04-03", "2023-04-04", "Vientiane")}


def test_a_summit_anaphor_speaks_of_the_summit_not_the_conference_in_focus() -> None:
    text = (
        "Hội nghị Cấp cao MRC lần thứ 4 sẽ khai mạc ngày 5/4/2023 tại Viêng Chăn. Trước đó, trong hai ngày 2-3/4, Hội nghị "
        "Quốc tế lần thứ 4 của MRC được tổ chức. Kết thúc hội nghị cấp cao, lãnh đạo các nước sẽ thông qua Tuyên bố Viêng Chăn."
    )
    found = {m.level: m.documents for m in process(text, "vi", "2023-03-30").meetings}
    assert found == {"summit": ["Tuyên bố Viêng Chăn"], "other": []}


def test_the_summit_of_a_year_is_the_one_held_that_year() -> None:
    text = (
        "Hội nghị Cấp cao GMS lần thứ 8 diễn ra tại Côn Minh. Hội nghị Cấp cao GMS lần thứ 6 tổ chức tại Hà Nội "
        "vào tháng 3-2018.\n\nViệt Nam đã đảm nhận vai trò chủ nhà Hội nghị Cấp cao năm 2018."
    )
    assert {m.ordinal: m.date for m in process(text, "vi", "2024-11-08").meetings} == {8: None, 6: "2018-03"}


def test_the_host_of_the_next_one_is_not_this_meetings() -> None:
    text = (
        "HUA HIN - Leaders yesterday adopted the Hua Hin Declaration at the first MRC summit. The leaders agreed to hold a "
        "summit every four years, with Vietnam to host the next one in 2014."
    )
    assert [(m.city, m.country) for m in process(text, "en", "2010-04-06").meetings] == [("Hua Hin", "TH")]


def test_a_meeting_named_after_last_years_does_not_take_the_focus() -> None:
    text = (
        "Prak Sokhonn will travel to Seoul to co-chair the 11th Mekong-ROK Foreign Ministers' Meeting on Wednesday.\n\n"
        "Diplomacy has taken place on screens. Last year's 10th Mekong-ROK Foreign Ministers' Meeting was held online. "
        "This time, Korea hosts the meeting in Seoul."
    )
    found = {m.ordinal: m.city for m in process(text, "en", "2021-09-06").meetings}
    assert found == {11: "Seoul", 10: None}


def test_a_crosshead_says_nothing_of_the_meeting_in_focus() -> None:
    text = (
        "Ngày 21/2, Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 5 diễn ra tại Viêng Chăn.\n\n"
        "Tháng 8 - 9: các hội nghị trực tuyến\n\n"
        "Ngày 24/8, Hội nghị Cấp cao Mekong - Lan Thương lần thứ 3 được tổ chức trực tuyến."
    )
    found = {m.level: (m.date, m.format) for m in process(text, "vi", "2020-12-30").meetings}
    assert found == {"foreign_ministers": ("2020-02-21", None), "summit": ("2020-08-24", "online")}


def test_these_are_two_speaks_of_the_last_two_meetings() -> None:
    text = (
        "Ngày 20/2, Viêng Chăn đón Hội nghị Bộ trưởng Ngoại giao đặc biệt ASEAN - Trung Quốc. Ngày 21/2, cũng tại đây, "
        "Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 5 đã diễn ra. Đây là hai trong số rất ít hội nghị "
        "trong năm được tổ chức theo hình thức trực tiếp."
    )
    assert {m.framework: m.format for m in process(text, "vi", "2020-12-30").meetings} == {"ASEAN+CN": "in_person", "LMC": "in_person"}


def test_the_year_of_a_theme_year_dates_no_meeting() -> None:
    text = (
        "The 10th Mekong-ROK Foreign Ministers' Meeting will be held by videoconference. The ministers will discuss "
        "preparations for the Year of Mekong-Korea Exchange in 2021."
    )
    assert [m.date for m in process(text, "en", "2020-07-20").meetings] == [None]


def test_the_meeting_in_a_place_is_the_one_held_there() -> None:
    text = (
        "Hội nghị cấp cao MRC lần thứ nhất được tổ chức năm 2010 tại Hua Hin, Thái Lan. Hội nghị lần thứ 2 diễn ra tại "
        "TP.HCM năm 2014 và lần thứ 3 tại Siem Reap, Campuchia năm 2018. Tại hội nghị ở Siem Reap, các nhà lãnh đạo đã "
        "thông qua Tuyên bố Siem Reap."
    )
    found = {m.ordinal: m.documents for m in process(text, "vi", "2023-04-05").meetings}
    assert found == {1: [], 2: [], 3: ["Tuyên bố Siem Reap"]}


def test_online_scams_say_nothing_of_a_meeting() -> None:
    text = (
        "The 10th ACMECS Summit was held in Kunming on Thursday. Leaders agreed to fight transnational crime, including "
        "online scam centres in border zones."
    )
    assert [m.format for m in process(text, "en", "2024-11-08").meetings] == [None]


def test_online_in_a_meetings_bracketed_summary_but_not_online_crime() -> None:
    text = (
        "Hội nghị rà soát Kế hoạch hành động được thông qua tại Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 10 "
        "(trực tuyến, tháng 9/2020). Hội nghị Cấp cao CLV lần thứ 11 bàn về chống lừa đảo trực tuyến (lừa đảo trực tuyến, cờ bạc)."
    )
    found = {m.framework: m.format for m in process(text, "vi", "2021-09-09").meetings}
    assert found == {"MKC": "online", "CLV": None}


@pytest.mark.parametrize(
    ("text", "lang", "published"),
    [
        (
            "The Mekong-U.S. Partnership ministerial meeting was held online on Aug. 5, 2021. The partnership builds on the "
            "Lower Mekong Initiative, which started in 2009 when Mekong foreign ministers met then Secretary of State Hillary "
            "Clinton in Phuket, Thailand.",
            "en",
            "2021-08-06",
        ),
        (
            "Ngày 5/8, Hội nghị Bộ trưởng Hợp tác Mekong - Hoa Kỳ diễn ra theo hình thức trực tuyến. LMI được khởi xướng tại "
            "cuộc gặp giữa Ngoại trưởng Hoa Kỳ Hillary Clinton với các bộ trưởng ngoại giao Campuchia, Lào, Thái Lan và Việt "
            "Nam tại Phuket (Thái Lan) năm 2009.",
            "vi",
            "2021-08-06",
        ),
    ],
)
def test_ministers_who_met_in_another_year_had_a_meeting_of_their_own(text: str, lang: str, published: str) -> None:
    found = sorted((m.date, m.city, m.format) for m in process(text, lang, published).meetings)
    assert found == [("2009", "Phuket", None), ("2021-08-05", None, "online")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fourth MRC Summit opened in Vientiane on Wednesday. The previous summits were held in the Thai seaside "
            "resort town of Hua Hin in 2010, in Ho Chi Minh City in 2014 and in Siem Reap, Cambodia, in 2018.",
            [
                ("MRC", "2010", "Hua Hin"),
                ("MRC", "2014", "Ho Chi Minh City"),
                ("MRC", "2018", "Siem Reap"),
                ("MRC", "2023-04-05", "Vientiane"),
            ],
        ),
        (
            "The first Mekong-ROK Summit was held in Busan on Nov. 27, right after the ASEAN-ROK Commemorative Summit held "
            "on Nov. 25-26. Korea previously hosted commemorative summits with ASEAN in Jeju in 2009 and in Busan in 2014.",
            [("ASEAN+KR", "2009", "Jeju"), ("ASEAN+KR", "2014", "Busan"), ("ASEAN+KR", "2019-11-25", None), ("MKC", "2019-11-27", "Busan")],
        ),
    ],
)
def test_earlier_meetings_listed_as_places_and_years(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert (
        sorted((m.framework, m.date, m.city) for m in process(text, "en", "2023-04-05" if "MRC" in text else "2019-11-28").meetings)
        == expected
    )


def test_earlier_meetings_stay_apart_from_a_meeting_whose_year_is_unknown() -> None:
    text = (
        "The ASEAN-ROK Commemorative Summit was held in Busan on Nov. 25-26. Korea previously hosted commemorative summits "
        "with ASEAN in Jeju in 2009 and in Busan in 2014."
    )
    found = sorted((m.date, m.city) for m in process(text, "en", None).meetings)  # no publication date: no year for Nov. 25
    assert found == [("--11-25", "Busan"), ("2009", "Jeju"), ("2014", "Busan")]


def test_editions_listed_as_bullets_and_a_number_of_years_is_no_edition() -> None:
    text = (
        "Năm 2002, Hội nghị Cấp cao GMS lần thứ nhất được tổ chức tại Phnom Penh (Campuchia). Tại đây, lãnh đạo các nước "
        "thông qua Khung Chiến lược GMS 10 năm. Kể từ đó, lãnh đạo các nước gặp nhau khoảng ba năm một lần:\n\n"
        "- Lần thứ hai: Côn Minh (Trung Quốc), năm 2005;\n- Lần thứ ba: Viêng Chăn (Lào), năm 2008.\n"
    )
    found = [(m.ordinal, m.date, m.city, m.documents) for m in process(text, "vi", "2022-10-01").meetings]
    assert found == [
        (1, "2002", "Phnom Penh", ["Khung Chiến lược GMS 10 năm"]),
        (2, "2005", "Côn Minh", []),
        (3, "2008", "Viêng Chăn", []),
    ]


def test_a_lowercase_description_beside_the_title_it_describes_is_dropped() -> None:
    text = (
        "The eighth ACMECS Summit, held in Bangkok on 16 June, adopted the Bangkok Declaration and a five-year master plan. "
        "Leaders at the summit also adopted the ACMECS Master Plan (2019-2023) and endorsed a list of projects."
    )
    assert only(text, "en", "2018-06-17").documents == ["Bangkok Declaration", "ACMECS Master Plan (2019-2023)", "list of projects"]


def test_a_title_issued_after_the_meeting_spoken_of_is_its_own_not_that_of_a_meeting_named_after() -> None:
    text = (
        "The second Mekong-Korea Foreign Ministers' Meeting was held in Seoul on 6 August 2012.\n\n"
        "In a joint statement issued after the meeting, the ministers reviewed the progress made since the first "
        "Mekong-Korea Foreign Ministers' Meeting in Seoul."
    )
    found = [(m.ordinal, m.documents) for m in process(text, "en", "2012-08-07").meetings]
    assert found == [(2, ["joint statement"]), (1, [])]


def test_a_vietnamese_title_set_off_by_a_comma_before_thong_qua_tai_is_adopted_there() -> None:
    text = (
        "Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 13 diễn ra trực tuyến ngày 9/7/2020. Các Bộ trưởng hoan nghênh "
        "việc triển khai Chiến lược Tokyo 2018, được thông qua tại Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 10, cùng Sáng kiến "
        "Mê Công - Nhật Bản về các Mục tiêu phát triển bền vững, thông qua tại Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 11 ở Băng Cốc."
    )
    found = [(m.ordinal, m.documents) for m in process(text, "vi", "2020-07-10").meetings]
    assert found == [(13, []), (10, ["Chiến lược Tokyo 2018"]), (11, ["Sáng kiến Mê Công - Nhật Bản về các Mục tiêu phát triển bền vững"])]


def test_a_title_after_noi_thong_qua_is_that_of_the_meeting_before() -> None:
    text = (
        "Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 11 diễn ra trực tuyến ngày 8/9/2021.\n\n"
        "Các Bộ trưởng đánh giá cao kết quả hợp tác kể từ Hội nghị Bộ trưởng lần thứ 10 (tháng 9/2020, trực tuyến) - nơi thông qua "
        "Kế hoạch hành động Mekong - Hàn Quốc giai đoạn 2021-2025 - và Hội nghị Cấp cao lần thứ 2."
    )
    found = [(m.ordinal, m.documents) for m in process(text, "vi", "2021-09-09").meetings]
    assert found == [(11, []), (10, ["Kế hoạch hành động Mekong - Hàn Quốc giai đoạn 2021-2025"]), (2, [])]


def test_a_galleries_counter_is_no_day() -> None:
    text = (
        "[1/12] Prime Minister Prayut Chan-o-cha chairs the 35th ASEAN Summit in Bangkok on Sunday. (Photo: Government House)\n\n"
        "[2/12] Leaders pose before the 11th Mekong-Japan Summit on Monday. (Reuters)\n\n"
        "[3/12] Leaders attend the 14th East Asia Summit. (AFP)"
    )
    assert [m.date for m in process(text, "en", "2019-11-04").meetings] == ["2019-11-03", "2019-11-04", None]


@pytest.mark.parametrize("anaphor", ["The summit", "The Mekong summit"])
def test_the_same_city_is_that_of_the_meeting_the_opening_anaphor_speaks_of(anaphor: str) -> None:
    text = (
        "President Moon Jae-in co-chaired the first Mekong-Republic of Korea Summit in Busan on Wednesday.\n\n"
        "The Mekong-Korea foreign ministers had agreed to hold it at their ninth meeting in Bangkok in August.\n\n"
        f"{anaphor} came right after the ASEAN-Republic of Korea Commemorative Summit, held in the same city on Nov. 25-26."
    )
    found = [(m.framework, m.level, m.city) for m in process(text, "en", "2019-11-27").meetings]
    assert found == [("MKC", "summit", "Busan"), ("MKC", "foreign_ministers", "Bangkok"), ("ASEAN+KR", "summit", "Busan")]


def test_their_ninth_meeting_is_of_those_who_met_not_of_the_summit_they_agreed_to_hold() -> None:
    text = (
        "President Moon Jae-in co-chaired the first Mekong-Republic of Korea Summit in Busan on Wednesday. The Mekong-Korea "
        "foreign ministers had agreed to hold the summit when they met for their ninth meeting in Bangkok in August."
    )
    found = [(m.level, m.ordinal, m.city) for m in process(text, "en", "2019-11-27").meetings]
    assert found == [("summit", 1, "Busan"), ("foreign_ministers", 9, "Bangkok")]


def test_chairs_of_the_meeting_an_anaphor_names_are_its_own_not_those_of_the_meeting_it_was_held_beside() -> None:
    text = (
        "Hôm nay, Hoa Kỳ và năm nước Mê Công đã khởi động Quan hệ Đối tác Mê Công - Hoa Kỳ tại Hội nghị Bộ trưởng Đối tác Mê Công - "
        "Hoa Kỳ lần thứ nhất. Ngoại trưởng Michael R. Pompeo và Phó Thủ tướng Phạm Bình Minh đã đồng chủ trì cuộc họp, mà đã diễn ra "
        "bên lề của Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 mà Việt Nam là chủ tịch."
    )
    found = [(m.framework, m.chairs) for m in process(text, "vi", "2020-09-11").meetings]
    assert found == [("MUSP", ["Michael R. Pompeo", "Phạm Bình Minh"]), ("ASEAN", [])]


@pytest.mark.parametrize(
    ("lang", "text", "documents"),
    [
        (
            "en",
            "The first Mekong-Ganga Cooperation Ministerial Meeting in Vientiane on 10 November 2000 adopted this Vientiane Declaration.",
            ["Vientiane Declaration"],
        ),
        (
            "en",
            "Leaders at the eighth ACMECS Summit in Bangkok on 16 June 2018 will adopt the draft Bangkok Declaration.",
            ["Bangkok Declaration"],
        ),
        ("vi", "Hội nghị Cấp cao ACMECS lần thứ nhất tại Bagan ngày 12/11/2003 đã thông qua Tuyên bố Bagan¹.", ["Tuyên bố Bagan"]),
    ],
)
def test_a_title_is_without_its_determiner_draft_or_footnote_mark(lang: str, text: str, documents: list[str]) -> None:
    assert only(text, lang, "2018-06-15").documents == documents


def test_a_plan_to_carry_out_a_meetings_results_is_no_document_of_that_meeting() -> None:
    text = (
        "Điều 1. Phê duyệt Kế hoạch triển khai kết quả Hội nghị Cấp cao hợp tác Mekong - Lan Thương lần thứ hai.\n\n"
        "Hội nghị Cấp cao hợp tác Mekong - Lan Thương lần thứ hai tại Phnôm Pênh ngày 10/1/2018 đã thông qua Tuyên bố Phnôm Pênh."
    )
    assert only(text, "vi", "2018-04-20").documents == ["Tuyên bố Phnôm Pênh"]


def test_drafts_prepared_for_a_meeting_to_adopt_are_its_documents() -> None:
    text = (
        "Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10 dự kiến diễn ra vào tháng 9/2020. Các Trưởng đoàn thống nhất "
        "trình dự thảo Kế hoạch hành động Mê Công - Hàn Quốc giai đoạn 2021-2025 để các Bộ trưởng xem xét thông qua tại Hội nghị "
        "Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10. Các mục tiêu đề ra đã được thông qua tại Hội nghị."
    )
    assert only(text, "vi", "2020-07-01").documents == ["Kế hoạch hành động Mê Công - Hàn Quốc giai đoạn 2021-2025"]


def test_the_words_of_a_meeting_named_by_its_ordinal_are_no_anaphor_of_the_meeting_before() -> None:
    text = (
        "Hợp tác Mê Công - Nhật Bản được nâng lên cấp cao từ Hội nghị Cấp cao lần thứ nhất tại Tô-ky-ô tháng 11-2009. "
        "Hợp tác Mekong - Lan Thương khởi đầu bằng Hội nghị Bộ trưởng Ngoại giao lần thứ nhất tại Cảnh Hồng tháng 11-2015; bốn "
        "tháng sau, tại Hội nghị Cấp cao lần thứ nhất ở Tam Á tháng 3-2016, lãnh đạo các nước đã thông qua Tuyên bố Tam Á."
    )
    found = [(m.framework, m.level, m.date, m.documents) for m in process(text, "vi", "2021-01-01").meetings]
    assert found == [
        ("MJC", "summit", "2009-11", []),
        ("LMC", "foreign_ministers", "2015-11", []),
        ("LMC", "summit", "2016-03", ["Tuyên bố Tam Á"]),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "documents"),
    [
        (
            "vi",
            "Hội nghị Bộ trưởng Ngoại giao Mekong - Ấn Độ lần thứ 10 ngày 1/8/2019 tại Băng Cốc đã thông qua Kế hoạch hành động mới. "
            "Kế hoạch hành động MGC giai đoạn 2019-2022 được các bộ trưởng thông qua tại hội nghị.",
            ["Kế hoạch hành động MGC giai đoạn 2019-2022"],
        ),
        (
            "en",
            "The fourth GMS Summit in Nay Pyi Taw on 20 December 2011 endorsed a new 10-year strategic framework for regional "
            "cooperation. Leaders adopted the GMS Strategic Framework 2012-2022 at the summit.",
            ["GMS Strategic Framework 2012-2022"],
        ),
        (
            "en",
            "The seventh GMS Summit, held online on 9 September 2021, endorsed the 2030 framework. "
            "At the summit, leaders adopted the GMS Economic Cooperation Program Strategic Framework 2030.",
            ["GMS Economic Cooperation Program Strategic Framework 2030"],
        ),
        # a different plan of the same kind, named by its own words, stays
        (
            "vi",
            "Hội nghị Hội đồng MRC lần thứ 29 ngày 30/11/2022 đã thông qua Kế hoạch công tác năm 2023 "
            "và thông qua Kế hoạch chiến lược MRC giai đoạn 2021-2025.",
            ["Kế hoạch công tác năm 2023", "Kế hoạch chiến lược MRC giai đoạn 2021-2025"],
        ),
    ],
)
def test_a_description_of_a_titled_document_of_the_meeting_is_that_document(lang: str, text: str, documents: list[str]) -> None:
    assert only(text, lang, "2023-01-01").documents == documents


@pytest.mark.parametrize("title", ['"{}"', "{}"])
def test_a_title_before_was_adopted_goes_on_over_its_listed_words(title: str) -> None:
    name = "Mekong-Han River Declaration for Establishing Partnership for People, Prosperity and Peace"
    text = f"The {title.format(name)} was adopted at the first Mekong-Republic of Korea Summit in Busan on Nov. 27."
    assert only(text, "en", "2019-12-01").documents == [name]


@pytest.mark.parametrize(
    ("after", "title"),
    [
        (": Our Shared Future, setting out goals.", "Kuala Lumpur Declaration on ASEAN 2045: Our Shared Future"),
        (": The leaders also agreed to meet again.", "Kuala Lumpur Declaration on ASEAN 2045"),
    ],
)
def test_a_title_case_subtitle_after_a_colon_is_part_of_the_title(after: str, title: str) -> None:
    text = "The 46th ASEAN Summit ended with leaders signing the Kuala Lumpur Declaration on ASEAN 2045" + after
    assert only(text, "en", "2025-05-27").documents == [title]


def test_a_listed_purpose_and_a_co_chairs_statement_are_two_titles() -> None:
    text = (
        "The third ASEAN-Korea Commemorative Summit was held in Busan on Nov. 26. Leaders adopted a joint vision statement "
        "for peace, prosperity and partnership and issued a co-chairs' statement."
    )
    titles = ["joint vision statement for peace, prosperity and partnership", "co-chairs' statement"]
    assert only(text, "en", "2019-11-27").documents == titles


@pytest.mark.parametrize(
    ("tail", "titles"),
    [
        (", along with the Regional Investment Framework 2022, a pipeline of projects.", ["Regional Investment Framework 2022"]),
        (", as well as an updated list of investment projects on transport corridors and trade.", []),
    ],
)
def test_a_list_of_titles_goes_on_after_along_with_only_with_a_name(tail: str, titles: list[str]) -> None:
    text = "The sixth GMS Summit closed in Hanoi. Leaders adopted a joint declaration and the Hanoi Action Plan for 2018-2022" + tail
    assert only(text, "en", "2018-03-31").documents == ["joint declaration", "Hanoi Action Plan for 2018-2022", *titles]


def test_a_translation_in_parentheses_after_a_title_does_not_end_the_list() -> None:
    text = (
        "Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ nhất diễn ra tại Tokyo ngày 7/11/2009 và đã thông qua Tuyên bố Tokyo "
        "(Tokyo Declaration) và Kế hoạch hành động 63 điểm."
    )
    assert only(text, "vi", "2009-11-08").documents == ["Tuyên bố Tokyo", "Kế hoạch hành động 63 điểm"]


def test_one_word_is_no_title() -> None:
    text = (
        "The U.S.-Lower Mekong Ministerial Meeting, held in Phuket on July 23, 2009, launched the Initiative. "
        "The meeting also adopted a Joint Statement."
    )
    assert only(text, "en", "2009-07-24").documents == ["Joint Statement"]


def test_a_name_run_ending_in_a_word_that_starts_or_ends_with_s_is_checked_whole() -> None:
    text = (
        "Chaired by President Susilo Bambang Yudhoyono, the sixth East Asia Summit adopted the Declaration of the East Asia "
        "Summit on the Principles for Mutually Beneficial Relations in Nusa Dua, Bali."
    )
    m = only(text, "en", "2011-11-19")
    assert (m.chairs, m.city, m.country) == (["Susilo Bambang Yudhoyono"], "Nusa Dua", "ID")


LMC3 = "The third Lancang-Mekong Cooperation Leaders' Meeting was held online on August 24, 2020.\n\n"


@pytest.mark.parametrize(
    ("founding", "expected"),
    [
        ("The LMC was launched at a leaders' summit in Sanya in March 2016.", ("LMC", "summit", None, "2016-03", "Sanya", [])),
        (
            "The LMC framework was launched at a leaders' meeting in Sanya, on China's Hainan island, in March 2016.",
            ("LMC", "summit", None, "2016-03", "Sanya", []),
        ),
        (
            "The LMC was launched at the first leaders' meeting in Sanya, China, in March 2016.",
            ("LMC", "summit", 1, "2016-03", "Sanya", []),
        ),
        (
            "The Lower Mekong Initiative (LMI) was unveiled in Phuket in July 2009, at a meeting of foreign ministers chaired by "
            "then-secretary of state Hillary Clinton with her counterparts from Cambodia, Laos, Thailand and Vietnam.",
            ("MUSP", "foreign_ministers", None, "2009-07", "Phuket", ["Hillary Clinton"]),
        ),
        (
            "The LMI itself dates back to July 2009, when Hillary Clinton met the foreign ministers of Cambodia, Laos, Thailand "
            "and Vietnam in Phuket.",
            ("MUSP", "foreign_ministers", None, "2009-07", "Phuket", []),
        ),
        (
            "It builds on the Lower Mekong Initiative (LMI), which then-Secretary of State Hillary Clinton launched in July 2009 "
            "at a meeting with the foreign ministers of Cambodia, Laos, Thailand and Vietnam in Phuket.",
            ("MUSP", "foreign_ministers", None, "2009-07", "Phuket", []),
        ),
        (
            "The Lower Mekong Initiative was launched in July 2009, when then secretary of state Hillary Clinton met her "
            "counterparts from Cambodia, Laos, Thailand and Vietnam in Phuket.",
            ("MUSP", "foreign_ministers", None, "2009-07", "Phuket", []),
        ),
        (
            "The Lancang-Mekong Cooperation was launched in March 2016, when Premier Li Keqiang met his counterparts from "
            "Cambodia, Laos, Myanmar, Thailand and Vietnam in Sanya.",
            ("LMC", "summit", None, "2016-03", "Sanya", []),
        ),
        (
            "The Lower Mekong Initiative, which was created in July 2009 when then-Secretary of State Hillary Clinton met her "
            "counterparts from Cambodia, Laos, Thailand and Vietnam in Phuket, Thailand.",
            ("MUSP", "foreign_ministers", None, "2009-07", "Phuket", []),
        ),
        (
            "The Mekong-U.S. Partnership was launched on Sept. 11, 2020, at a virtual ministerial meeting co-chaired by Pham "
            "Binh Minh and U.S. Deputy Secretary of State Stephen Biegun.",
            ("MUSP", "foreign_ministers", None, "2020-09-11", None, ["Pham Binh Minh", "Stephen Biegun"]),
        ),
        (
            "The Mekong-U.S. Partnership was launched at a virtual meeting of foreign ministers in September 2020.",
            ("MUSP", "foreign_ministers", None, "2020-09", None, []),
        ),
        (
            "Korea-Mekong cooperation was launched in 2011 as a foreign ministers' meeting in Seoul.",
            ("MKC", "foreign_ministers", None, "2011", "Seoul", []),
        ),
        (
            "The MGC was launched in Vientiane in November 2000, when foreign ministers of the six countries adopted the "
            "Vientiane Declaration.",
            ("MGC", "foreign_ministers", None, "2000-11", "Vientiane", []),
        ),
        (
            "Sáng kiến Hạ nguồn Mê Công ra đời từ cuộc gặp giữa Ngoại trưởng Hoa Kỳ Hillary Clinton với Bộ trưởng Ngoại giao các "
            "nước hạ nguồn Mê Công tại Phuket (Thái Lan) tháng 7/2009.",
            ("MUSP", "foreign_ministers", None, "2009-07", "Phuket", []),
        ),
        (
            "Hillary Clinton and the foreign ministers of Cambodia, Laos, Thailand and Vietnam launched the Lower Mekong "
            "Initiative at a meeting in Phuket in July 2009.",
            ("MUSP", "foreign_ministers", None, "2009-07", "Phuket", []),
        ),
        (
            "Tháng 3/2016, lãnh đạo sáu nước chính thức khởi động Hợp tác Mê Công - Lan Thương tại một hội nghị ở Tam Á.",
            ("LMC", "summit", None, "2016-03", "Tam Á", []),
        ),
    ],
)
def test_the_meeting_a_framework_was_launched_at_is_a_meeting_of_its_own(
    founding: str, expected: tuple[str, str, int | None, str, str, list[str]]
) -> None:
    found = [(m.framework, m.level, m.ordinal, m.date, m.city, m.chairs) for m in process(LMC3 + founding, None, "2020-08-25").meetings]
    assert found == [("LMC", "summit", 3, "2020-08-24", None, []), expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The fourth Lancang-Mekong Cooperation Leaders' Meeting was held online on December 5, 2023.\n\nThe LMC groups China "
            "with the five Mekong countries. It was launched at a leaders' meeting in Sanya, China, in March 2016.",
            "en",
        ),
        (
            "Hội nghị Cấp cao Hợp tác Mekong - Lan Thương lần thứ 4 diễn ra trực tuyến ngày 5/12/2023.\n\nHợp tác Mekong - Lan "
            "Thương gồm Trung Quốc và năm nước Mekong. Cơ chế này ra đời tại Hội nghị Cấp cao ở Tam Á, Trung Quốc, tháng 3/2016.",
            "vi",
        ),
    ],
)
def test_a_framework_named_before_and_launched_by_a_pronoun_was_launched_at_a_meeting_of_its_own(text: str, lang: str) -> None:
    got = [(m.framework, m.level, m.ordinal, m.date, m.country) for m in process(text, lang, "2023-12-06").meetings]
    assert sorted(got, key=str) == [("LMC", "summit", 4, "2023-12-05", None), ("LMC", "summit", None, "2016-03", "CN")]


@pytest.mark.parametrize(
    "text",
    [
        # launched, with no meeting it was launched at
        "The United States launched the Mekong-U.S. Partnership in 2020 to replace the Lower Mekong Initiative.",
        # the launching clause names its meeting already
        "Hợp tác Mê Công - sông Hằng (MGC) được khởi xướng tại Hội nghị Bộ trưởng Ngoại giao MGC lần thứ nhất, tổ chức ngày "
        "10/11/2000 tại Viêng Chăn, Lào.",
        # no meeting where it was founded: "senior leaders" adopting a declaration
        "MLC được thành lập năm 2016 với việc thông qua Tuyên bố Tam Á của các nhà lãnh đạo cấp cao 6 nước.",
    ],
)
def test_a_launch_names_no_second_meeting(text: str) -> None:
    assert len(process(text, None, "2020-08-25").meetings) <= 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The 11th Mekong-Japan Summit was held in Bangkok on November 4.\n\nThe leaders reviewed progress under the Tokyo "
            "Strategy 2018, adopted at last year's summit in Tokyo.",
            "en",
        ),
        (
            "Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 11 diễn ra tại Bangkok ngày 4/11.\n\nCác nhà lãnh đạo đánh giá việc "
            "triển khai Chiến lược Tokyo 2018 được thông qua tại Hội nghị Cấp cao năm ngoái ở Tokyo.",
            "vi",
        ),
    ],
)
def test_last_years_summit_is_an_earlier_edition_with_its_own_place_and_documents(text: str, lang: str) -> None:
    found = [(m.ordinal, m.date, m.city, len(m.documents)) for m in process(text, lang, "2019-11-05").meetings]
    assert found == [(11, "2019-11-04", "Bangkok", 0), (None, "2018", "Tokyo", 1)]


def test_leaders_who_last_met_in_another_place_held_a_meeting_of_their_own() -> None:
    text = (
        "Leaders adopted the Tokyo Strategy 2018 at the 10th Mekong-Japan Summit in Tokyo on Tuesday. It replaces the New "
        "Tokyo Strategy 2015, which leaders endorsed when they last met in Tokyo in 2015."
    )
    found = [(m.ordinal, m.date) for m in process(text, "en", "2018-10-10").meetings]
    assert found == [(10, "2018-10-09"), (None, "2015")]


def test_leaders_who_first_met_somewhere_held_the_first_edition_there() -> None:
    text = (
        "Leaders of the Lancang-Mekong Cooperation yesterday adopted the Phnom Penh Declaration at their second summit in Phnom "
        "Penh. Hun Sen said the mechanism had grown fast since the leaders first met in the Chinese resort city of Sanya in March 2016."
    )
    found = [(m.ordinal, m.date, m.city) for m in process(text, "en", "2018-01-11").meetings]
    assert found == [(2, "2018-01-10", "Phnom Penh"), (1, "2016-03", "Sanya")]


@pytest.mark.parametrize("end", [".", " và tiếp theo là các hội nghị liên quan."])
def test_two_host_editions_at_the_end_of_a_sentence_both_share_the_place(end: str) -> None:
    text = (
        "Hội nghị cấp cao Mê Công - Nhật Bản lần thứ 8 diễn ra tại Viêng Chăn vào tháng 9, bên lề Hội nghị cấp cao ASEAN lần thứ 28 và 29"
    )
    text += end
    found = [(m.framework, m.ordinal, m.date, m.city) for m in process(text, "vi", "2016-07-26").meetings]
    assert found == [("MJC", 8, "2016-09", "Viêng Chăn"), ("ASEAN", 28, "2016-09", "Viêng Chăn"), ("ASEAN", 29, "2016-09", "Viêng Chăn")]


def test_a_chain_of_meetings_is_no_meeting_and_the_leads_day_goes_to_the_one_named_next() -> None:
    text = (
        "Hôm qua (11/9), Mỹ và năm nước Mê-công nâng cấp Sáng kiến Hạ nguồn Mê-công thành quan hệ Đối tác Mê-công - Mỹ, khép "
        "lại chuỗi hội nghị Bộ trưởng Ngoại giao ASEAN và các đối tác diễn ra trực tuyến.\n\n"
        "Hội nghị Bộ trưởng Ngoại giao Mê-công - Mỹ được tổ chức theo hình thức trực tuyến."
    )
    found = [(m.framework, m.level, m.date) for m in process(text, "vi", "2020-09-12").meetings]
    assert found == [("MUSP", "foreign_ministers", "2020-09-11")]


@pytest.mark.parametrize(
    ("last", "expected"),
    [("A fourth, which Laos is due to host, is still some way off.", [1, 2, 3, 4]), ("Second, they agreed to share data.", [1, 2, 3])],
)
def test_a_next_edition_opening_a_sentence_and_a_lists_marker(last: str, expected: list[int]) -> None:
    text = (
        "The Mekong River Commission has held just three summits: the first in Hua Hin in 2010, the second in Ho Chi Minh City "
        f"in 2014 and the third in Siem Reap in 2018. {last}"
    )
    assert [m.ordinal for m in process(text, "en", "2022-05-01").meetings] == expected


def test_a_vietnamese_title_ending_between_two_parties_keeps_both() -> None:
    text = (
        "Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ nhất tại Seoul năm 2011 đã thông qua Tuyên bố sông Hàn về "
        "thiết lập quan hệ Đối tác toàn diện vì thịnh vượng chung giữa Hàn Quốc và các nước tiểu vùng sông Mekong."
    )
    assert only(text, "vi", "2019-11-20").documents == [
        "Tuyên bố sông Hàn về thiết lập quan hệ Đối tác toàn diện vì thịnh vượng chung giữa Hàn Quốc và các nước tiểu vùng sông Mekong"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "titles"),
    [
        ("Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10 thông qua chiến lược mới với ba trụ cột.", "vi", []),
        ("The 10th Mekong-Japan Summit adopted a new cooperation framework, the Tokyo Strategy 2018.", "en", ["Tokyo Strategy 2018"]),
        (
            "The sixth GMS Summit ended with the adoption of a joint declaration, the Hanoi Action Plan and the Regional "
            "Investment Framework 2022.",
            "en",
            ["joint declaration", "Hanoi Action Plan", "Regional Investment Framework 2022"],
        ),
    ],
)
def test_a_new_plan_described_is_no_title_but_one_of_a_list_is(text: str, lang: str, titles: list[str]) -> None:
    assert only(text, lang, "2018-10-10").documents == titles


def test_a_title_adopted_by_leaders_at_a_meeting_is_that_meetings_and_a_lowercase_plan_is_no_title() -> None:
    text = (
        "Các Bộ trưởng ghi nhận việc triển khai Kế hoạch hành động 5 năm hợp tác Mekong - Lan Thương (2018-2022) đã được các "
        "nhà lãnh đạo thông qua tại Hội nghị Cấp cao Mekong - Lan Thương lần thứ hai ở Phnom Penh vào tháng 1/2018."
    )
    assert only(text, "vi", "2020-02-22").documents == ["Kế hoạch hành động 5 năm hợp tác Mekong - Lan Thương (2018-2022)"]
    text = (
        "Khung Kế hoạch hành động Hà Nội, làm cơ sở cho bản kế hoạch hoàn chỉnh, đã được các Bộ trưởng thông qua tại Hội nghị "
        "Bộ trưởng GMS lần thứ 22 ở Hà Nội."
    )
    assert "kế hoạch hoàn chỉnh" not in only(text, "vi", "2017-09-10").documents


def test_a_vietnamese_title_between_two_parties_ends_before_the_next_act() -> None:
    text = (
        "Hội nghị Cấp cao Lan Thương - Mekong lần thứ nhất đã ra Tuyên bố chung về hợp tác năng lực sản xuất giữa các nước "
        "Lan Thương - Mekong và ký Bản ghi nhớ thủy lợi."
    )
    assert only(text, "vi", "2016-03-24").documents == [
        "Tuyên bố chung về hợp tác năng lực sản xuất giữa các nước Lan Thương - Mekong",
        "Bản ghi nhớ thủy lợi",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kishida attended the ASEAN-plus-three summit, the 26th gathering of its kind, where leaders discussed food security.",
        "Kishida stayed in Jakarta for the ASEAN Plus Three summit on Wednesday, the 26th in the series.",
        "Kishida attended the ASEAN Plus Three summit, the 26th such meeting, in Jakarta.",
        "The ASEAN Plus Three Summit Meeting, the 26th of its kind, was held in Jakarta.",
    ],
)
def test_an_edition_in_apposition_numbers_the_meeting(text: str) -> None:
    found = only(text, "en", "2023-09-07")
    assert (found.framework, found.ordinal) == ("ASEAN+3", 26)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Tối 7/11, tại Hà Nội, Đại sứ quán Nhật Bản tổ chức tiệc chiêu đãi kỷ niệm 15 năm kể từ Hội nghị Cấp cao Mê Công - Nhật "
            "Bản lần thứ nhất. Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ nhất diễn ra tại Tokyo ngày 7/11/2009.",
            "vi",
        ),
        (
            "On Nov. 7 in Hanoi, the Japanese embassy held a reception marking the 15th anniversary of the first Mekong-Japan "
            "Summit. The first Mekong-Japan Summit was held in Tokyo on Nov. 7, 2009.",
            "en",
        ),
    ],
)
def test_the_day_and_place_of_a_celebration_are_not_the_meetings_it_marks(text: str, lang: str) -> None:
    m = only(text, lang, "2024-11-08")
    assert (m.date, m.city) == ("2009-11-07", "Tokyo")


@pytest.mark.parametrize(
    ("second", "ordinal"),
    [
        ("It was the third such commemorative summit, after those in 2009 and 2014.", 3),
        ("At that summit, the third of its kind after Jeju in 2009, leaders adopted a joint vision statement.", 3),
        ("It was the first such gathering in five years.", None),
        ("It was the first of its kind since 2009.", None),
    ],
)
def test_the_nth_such_meeting_numbers_the_one_spoken_of(second: str, ordinal: int | None) -> None:
    text = "The ASEAN-Korea Commemorative Summit took place in Busan on November 25-26. " + second
    assert only(text, "en", "2019-11-27").ordinal == ordinal


@pytest.mark.parametrize(
    ("second", "lang"),
    [
        (
            "This will be the third such commemorative summit: the first was held in Jeju in June 2009 and the second in Busan in "
            "December 2014.",
            "en",
        ),
        ("Đây là hội nghị lần thứ ba: lần thứ nhất diễn ra tại Jeju tháng 6/2009 và lần thứ hai tại Busan tháng 12/2014.", "vi"),
    ],
)
def test_editions_listed_after_the_nth_are_of_its_series(second: str, lang: str) -> None:
    first = {
        "en": "The ASEAN-Korea Commemorative Summit will take place in Busan on November 25-26. ",
        "vi": "Hội nghị Cấp cao kỷ niệm ASEAN - Hàn Quốc sẽ diễn ra tại Busan từ ngày 25 đến 26/11. ",
    }[lang]
    got = sorted((m.framework, m.ordinal, m.date, m.city) for m in process(first + second, lang, "2019-11-20").meetings)
    assert got == [
        ("ASEAN+KR", 1, "2009-06", "Jeju"),
        ("ASEAN+KR", 2, "2014-12", "Busan"),
        ("ASEAN+KR", 3, "2019-11-25", "Busan"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "titles"),
    [
        (
            "Leaders adopted the Joint Summit Declaration and endorsed the GMS Economic Cooperation Program Strategic Framework "
            "2030, known as GMS-2030.",
            "en",
            ["Joint Summit Declaration", "GMS Economic Cooperation Program Strategic Framework 2030"],
        ),
        (
            "Hội nghị đã thông qua Kế hoạch tổng thể ACMECS giai đoạn 2019-2023 – văn kiện đầu tiên định hướng hợp tác dài hạn.",
            "vi",
            ["Kế hoạch tổng thể ACMECS giai đoạn 2019-2023"],
        ),
        (
            "Hội nghị thông qua Kế hoạch tổng thể ACMECS giai đoạn 2019 - 2023 - văn kiện định hướng đầu tiên của cơ chế.",
            "vi",
            ["Kế hoạch tổng thể ACMECS giai đoạn 2019 - 2023"],
        ),
        ("Hội nghị đã thông qua Tuyên bố Mekong - sông Hàn.", "vi", ["Tuyên bố Mekong - sông Hàn"]),
    ],
)
def test_where_a_title_ends_before_a_second_verb_a_short_name_or_a_description(text: str, lang: str, titles: list[str]) -> None:
    assert [d.value for d in find_documents(fold(text), text, 0, len(text), lang)] == titles


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The 12th Mekong-Japan summit, originally planned to take place in Hanoi, was held by videoconference on Nov. 13.", "en"),
        ("Hội nghị Cấp cao Mê Công - Lan Thương lần thứ 3 ban đầu dự kiến diễn ra tại Lào vào tháng 3 nhưng đã phải hoãn.", "vi"),
        ("At the 12th Mekong-ROK Foreign Ministers' Meeting, ministers discussed developments in Myanmar.", "en"),
    ],
)
def test_a_place_a_meeting_was_first_planned_for_or_discussed_is_not_its_venue(text: str, lang: str) -> None:
    m = only(text, lang, "2020-11-14")
    assert (m.city, m.country) == (None, None)


def test_a_masthead_in_capitals_gives_no_chair_its_full_name() -> None:
    text = (
        "TẠP CHÍ CỘNG SẢN - CƠ QUAN LÝ LUẬN VÀ CHÍNH TRỊ CỦA BAN CHẤP HÀNH TRUNG ƯƠNG\n\n"
        "Hội nghị Cấp cao Mekong - Lan Thương lần thứ tư tổ chức trực tuyến ngày 25/12/2023, do Thủ tướng Trung Quốc "
        "Lý Cường và người đứng đầu Chính phủ Myanmar đồng chủ trì."
    )
    assert only(text, "vi").chairs == ["Lý Cường"]


def test_the_day_something_was_said_is_no_meetings_date_unless_it_was_said_at_the_meeting() -> None:
    text = "The fourth MRC Summit will be held in Vientiane, officials of the national committee said on Wednesday."
    assert only(text, "en", "2022-03-10").date is None
    text = "The 13th Mekong-Korea Foreign Ministers' Meeting went well, the ministry told reporters on Friday."
    assert only(text, "en", "2023-07-15").date is None
    text = "Japan will provide 750 billion yen, Prime Minister Shinzo Abe said Saturday at a Mekong-Japan summit in Tokyo."
    assert only(text, "en", "2015-07-04").date == "2015-07-04"
    text = "Bộ Ngoại giao hôm nay thông báo, Thủ tướng sẽ dự Hội nghị Cấp cao GMS lần thứ 8 tại Côn Minh."
    assert only(text, "vi", "2024-11-05").date is None
    text = "The foreign ministry on Tuesday announced that the prime minister would attend the eighth GMS Summit in Kunming."
    assert only(text, "en", "2024-11-05").date is None
    text = (
        "Chiều 18/7, tại họp báo thường kỳ, Người phát ngôn cho biết Bộ trưởng sẽ dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ "
        "57 tại Vientiane vào cuối tháng 7/2024."
    )
    assert only(text, "vi", "2024-07-19").date == "2024-07"
    text = "Chiều 27/3, Bộ Ngoại giao tổ chức họp báo giới thiệu Hội nghị Cấp cao GMS lần thứ 6. Hội nghị sẽ diễn ra ngày 31/3."
    assert only(text, "vi", "2018-03-27").date == "2018-03-31"
    text = "Phuc attended the 11th CLV Summit on December 9, the spokesperson told the regular press conference on December 10."
    assert only(text, "en", "2020-12-10").date == "2020-12-09"


def test_a_co_organiser_is_no_host_but_with_a_country_to_host_is() -> None:
    text = "Theo thông cáo, Myanmar sẽ phối hợp với Trung Quốc tổ chức Hội nghị Lãnh đạo Mekong - Lan Thương lần thứ 4."
    assert only(text, "vi", "2022-07-05").country is None
    text = "The leaders agreed that MRC summits would be held every four years, with Vietnam to host the second summit in 2014."
    assert only(text, "en", "2010-04-06").country == "VN"


def test_the_day_of_a_press_briefing_dates_no_meeting_it_speaks_of() -> None:
    text = "Họp báo thường kỳ Bộ Ngoại giao ngày 2/7: Việt Nam sẽ đồng chủ trì Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản"
    assert only(text, "vi", "2020-07-02").date is None


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("hồi tháng Tám năm ngoái", "2019-08"),
        ("vào tháng Mười Hai năm 2019", "2019-12"),
        ("ngày 5 tháng tư năm 2019", "2019-04-05"),
        ("vào tháng Năm", "2020-05"),
        ("vào tháng Sáu", "2020-06"),
        ("vào tháng sau", "2020-08"),  # next month, not June
    ],
)
def test_months_named_in_vietnamese_words(when: str, date: str) -> None:
    text = f"Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 12 tổ chức ở Bangkok {when}."
    assert only(text, "vi", "2020-07-02").date == date


def test_a_month_name_is_spelled_as_a_number_of_the_same_length_and_a_span_of_time_is_left_alone() -> None:
    text = "tháng Mười Hai và những tháng năm gian khó"
    spelled = spell_months(text, fold(text))
    assert len(spelled) == len(text)
    assert spelled.startswith("thang 12       va") and spelled.endswith("thang nam gian kho")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The 10th Cambodia-Laos-Vietnam Development Triangle Area (CLV) Summit took place in Hanoi on March 31.", "en"),
        ("Hội nghị Cấp cao Khu vực Tam giác phát triển Campuchia - Lào - Việt Nam lần thứ 10 diễn ra tại Hà Nội ngày 31/3.", "vi"),
    ],
)
def test_the_clv_development_triangle_area_by_its_full_name(text: str, lang: str) -> None:
    m = only(text, lang, "2018-03-29")
    assert (m.framework, m.level, m.ordinal, m.date) == ("CLV", "summit", 10, "2018-03-31")


def test_senior_officials_of_the_six_countries_are_meeting() -> None:
    text = "On Thursday, senior officials from the six GMS countries are meeting in Hanoi to finalize documents for the summit."
    m = only(text, "en", "2018-03-29")
    assert (m.framework, m.level, m.date, m.city) == ("GMS", "senior_officials", "2018-03-29", "Hanoi")


def test_the_chair_as_a_noun_and_a_consensus_are_no_chairs() -> None:
    text = (
        "The 46th ASEAN Summit was held in Kuala Lumpur. On Myanmar, Anwar said the leaders remained committed to the "
        "Five-Point Consensus and had asked the chair to continue engaging all parties."
    )
    assert process(text, "en", "2025-05-27").meetings[0].chairs == []


def test_foreign_ministers_who_met_tell_a_meeting() -> None:
    text = "The declaration had been fine-tuned by ASEAN foreign ministers, who met in Kuala Lumpur on Sunday (May 25)."
    m = only(text, "en", "2025-05-27")
    assert (m.framework, m.level, m.date, m.city) == ("ASEAN", "foreign_ministers", "2025-05-25", "Kuala Lumpur")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The 6th GMS Summit takes place on March 30-31 at the National Convention Center in Hanoi, followed by the "
            "10th CLV Summit on March 31 at the same venue.",
            "en",
        ),
        (
            "Hội nghị Cấp cao GMS lần thứ 6 diễn ra tại Hà Nội ngày 30-31/3. Cũng tại đây, ngày 31/3, Hội nghị Cấp cao CLV "
            "lần thứ 10 được tổ chức.",
            "vi",
        ),
    ],
)
def test_a_meeting_at_the_same_venue_is_where_the_one_before_was(text: str, lang: str) -> None:
    found = {m.framework: m for m in process(text, lang, "2018-03-29").meetings}
    assert (found["CLV"].country, found["CLV"].date) == ("VN", "2018-03-31")
    assert found["CLV"].city == found["GMS"].city
    assert found["CLV"].evidence["city"] == found["GMS"].evidence["city"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The 8th GMS Summit was held on 6-7 November 2024 in Kunming. On the same occasion, the leaders of Cambodia, Laos, "
            "Myanmar and Vietnam also held the 11th CLMV Summit.",
            "en",
        ),
        (
            "Hội nghị Cấp cao GMS lần thứ 8 diễn ra ngày 6-7/11/2024 tại Côn Minh. Cũng trong dịp này, lãnh đạo bốn nước dự Hội "
            "nghị Cấp cao CLMV lần thứ 11.",
            "vi",
        ),
    ],
)
def test_a_meeting_on_the_same_occasion_is_where_and_when_the_one_before_was(text: str, lang: str) -> None:
    found = {m.framework: m for m in process(text, lang, "2024-11-08").meetings}
    assert (found["CLMV"].city, found["CLMV"].country, found["CLMV"].date) == (found["GMS"].city, "CN", "2024-11")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Hội nghị Cấp cao MRC lần thứ ba họp trong hai ngày 4 và 5-4 tại Xiêm Riệp.", ("2018-04-04", "2018-04-05")),
        ("Hội nghị Cấp cao ASEAN lần thứ 32 diễn ra từ ngày 27 đến 28-4 tại Singapore.", ("2018-04-27", "2018-04-28")),
        ("Hội nghị Cấp cao ACMECS lần thứ 8 họp trong các ngày 15 và 16 tháng 6 năm 2018.", ("2018-06-15", "2018-06-16")),
    ],
)
def test_two_days_joined_by_and_or_to_before_the_month(text: str, days: tuple[str, str]) -> None:
    m = only(text, "vi", "2018-04-03")
    assert (m.date, m.date_end) == days


def test_what_the_meeting_adopted_is_not_given_to_the_one_it_looked_back_to() -> None:
    text = (
        "Sáng 31/3, tại Hà Nội, Thủ tướng chủ trì Hội nghị Cấp cao GMS lần thứ 6.\n\n"
        "Các nhà lãnh đạo ghi nhận kết quả kể từ Hội nghị Cấp cao GMS lần thứ 5 năm 2014. Hội nghị đã thông qua Tuyên bố chung."
    )
    found = {m.ordinal: m for m in process(text, "vi", "2018-03-31").meetings}
    assert (found[6].documents, found[5].documents) == (["Tuyên bố chung"], [])


def test_a_story_that_goes_on_to_the_next_summit_of_the_day_speaks_of_it() -> None:
    text = (
        "Sáng 31/3, tại Hà Nội, Thủ tướng chủ trì Hội nghị Cấp cao GMS lần thứ 6. Hội nghị đã thông qua Kế hoạch hành động Hà Nội.\n\n"
        "Chiều cùng ngày, Thủ tướng chủ trì Hội nghị Cấp cao CLV lần thứ 10.\n\n"
        "Các nhà lãnh đạo đánh giá kết quả hợp tác. Hội nghị đã thông qua Tuyên bố chung."
    )
    found = {m.framework: m for m in process(text, "vi", "2018-03-31").meetings}
    assert found["GMS"].documents == ["Kế hoạch hành động Hà Nội"]
    assert found["CLV"].documents == ["Tuyên bố chung"]


def test_a_story_that_names_a_meeting_again_to_open_a_paragraph_speaks_of_it_from_there() -> None:
    text = (
        "Sáng 31/3, tại Hà Nội, Thủ tướng chủ trì Hội nghị Cấp cao GMS lần thứ 6. Cùng ngày, Thủ tướng chủ trì Hội nghị Cấp cao CLV "
        "lần thứ 10.\n\n"
        "Tham dự Hội nghị Cấp cao GMS lần thứ 6 có lãnh đạo sáu nước.\n\n"
        "Các nhà lãnh đạo đánh giá kết quả hợp tác. Hội nghị đã thông qua Kế hoạch hành động Hà Nội.\n\n"
        "Tại Hội nghị Cấp cao CLV lần thứ 10, diễn ra chiều cùng ngày, ba Thủ tướng đã trao đổi về hợp tác.\n\n"
        "Các nhà lãnh đạo nhất trí tăng cường kết nối. Kết thúc Hội nghị, ba Thủ tướng đã ký Tuyên bố chung."
    )
    found = {m.framework: m for m in process(text, "vi", "2018-03-31").meetings}
    assert found["GMS"].documents == ["Kế hoạch hành động Hà Nội"]
    assert found["CLV"].documents == ["Tuyên bố chung"]


def test_a_preparatory_meeting_later_that_day_does_not_take_the_summit_s_documents() -> None:
    text = (
        "Hội nghị Cấp cao ACMECS lần thứ 7 diễn ra tại Hà Nội ngày 26/10.\n\n"
        "Ngày 25/10, Hội nghị Quan chức cao cấp ACMECS đã họp. Chiều cùng ngày, Hội nghị Bộ trưởng Ngoại giao ACMECS đã rà soát "
        "công tác chuẩn bị.\n\n"
        "Sáng 26/10, Thủ tướng chủ trì phiên họp với sự tham dự của các trưởng đoàn.\n\n"
        "Các nhà lãnh đạo đánh giá cao kết quả hợp tác. Hội nghị đã thông qua Tuyên bố Hà Nội."
    )
    found = {m.level: m for m in process(text, "vi", "2016-10-27").meetings}
    assert found["summit"].documents == ["Tuyên bố Hà Nội"]
    assert found["foreign_ministers"].documents == []


@pytest.mark.parametrize(("text", "found"), [("một thập kỷ hợp tác", []), ("kỳ họp thứ 24", ["kỳ họp"]), ("ky hop thu 24", ["ky hop"])])
def test_a_decade_of_cooperation_holds_no_session(text: str, found: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_levels(fold(text), text, 0, len(text))] == found


def test_a_clause_opened_by_viec_names_no_chair() -> None:
    text = "Hội nghị Cấp cao CLV lần thứ 11 diễn ra trực tuyến. Việc Việt Nam chủ trì thành công hội nghị cho thấy vai trò của Việt Nam."
    assert only(text, "vi", "2020-12-10").chairs == []


def test_a_capitalised_word_before_hoi_nghi_is_no_chairs_name() -> None:
    text = "Tại Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ 2, đồng chủ trì với Tổng thống Moon Jae-in, Thủ tướng đánh giá cao hợp tác."
    assert only(text, "vi", "2020-11-14").chairs == ["Moon Jae-in"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Việt Nam đã đăng cai Hội nghị Cấp cao ACMECS 7 và Hội nghị Cấp cao CLMV 8 tại Hà Nội.", "vi"),
        ("Viet Nam hosted the ACMECS 7 summit and the CLMV-8 Summit in Hanoi.", "en"),
    ],
)
def test_short_forms_named_together_with_their_level_words_share_the_place(text: str, lang: str) -> None:
    found = {m.framework: m for m in process(text, lang, "2016-10-27").meetings}
    assert found["ACMECS"].city == found["CLMV"].city is not None


def test_no_name_runs_over_a_bracket() -> None:
    text = (
        "(KPL) Prime Minister Thongloun Sisoulith and Chinese Premier Li Keqiang co-chaired the 3rd Mekong-Lancang "
        "Cooperation Leaders' Meeting on Aug 24."
    )
    assert only(text, "en", "2020-08-25").chairs == ["Thongloun Sisoulith", "Li Keqiang"]


def test_a_chair_of_two_meetings_each_with_its_own_partner() -> None:
    text = (
        "Prime Minister Nguyen Xuan Phuc co-chaired the second Mekong-Korea Summit with Korean President Moon Jae-in and "
        "the 12th Mekong-Japan Summit with Japanese Prime Minister Suga Yoshihide via videoconference on November 13."
    )
    found = {m.framework: m for m in process(text, "en", "2020-11-13").meetings}
    assert found["MKC"].chairs == ["Nguyen Xuan Phuc", "Moon Jae-in"]
    assert found["MJC"].chairs == ["Nguyen Xuan Phuc", "Suga Yoshihide"]
    assert (found["MKC"].date, found["MKC"].format) == (found["MJC"].date, found["MJC"].format) == ("2020-11-13", "online")


def test_who_chairs_two_meetings_named_together_chairs_both() -> None:
    text = "Ngày 26/10, Thủ tướng Nguyễn Xuân Phúc chủ trì Hội nghị Cấp cao ACMECS lần thứ 7 và Hội nghị Cấp cao CLMV lần thứ 8."
    found = {m.framework: m for m in process(text, "vi", "2016-10-26").meetings}
    assert found["ACMECS"].chairs == found["CLMV"].chairs == ["Nguyễn Xuân Phúc"]


def test_a_sector_before_ministerial_meeting_is_a_sectoral_meeting() -> None:
    text = (
        "Ministers gathered in Beijing on Dec. 17 for the first Lancang-Mekong Water Resources Cooperation Ministerial Meeting, "
        "presided over by Chinese Minister of Water Resources E Jingping."
    )
    m = only(text, "en", "2019-12-18")
    assert (m.level, m.ordinal, m.date, m.chairs) == ("ministerial", 1, "2019-12-17", ["E Jingping"])


def test_officials_who_held_a_meeting_held_one_of_their_own() -> None:
    text = (
        "The eighth LMC Foreign Ministers' Meeting was held in Beijing on Thursday.\n\n"
        "On Wednesday, senior officials of the six countries held a preparatory meeting in Beijing to go through the drafts."
    )
    found = {m.level: m for m in process(text, "en", "2023-12-08").meetings}
    assert (found["senior_officials"].framework, found["senior_officials"].date) == ("LMC", "2023-12-06")


def test_a_host_named_on_the_margins_and_its_own_days() -> None:
    text = (
        "Minister Cho Tae-yul co-chaired the 12th Mekong-ROK Foreign Ministers' Meeting on July 26 in Vientiane, on the margins "
        "of the 57th ASEAN Foreign Ministers' Meeting and Related Meetings taking place from July 24 to 27."
    )
    found = {m.framework: m for m in process(text, "en", "2024-07-27").meetings}
    assert (found["MKC"].date, found["MKC"].city) == ("2024-07-26", "Vientiane")
    assert (found["ASEAN"].date, found["ASEAN"].date_end, found["ASEAN"].city) == ("2024-07-24", "2024-07-27", "Vientiane")


def test_a_track_one_and_a_half_dialogue_is_a_meeting() -> None:
    text = "The first Mekong-U.S. Partnership Track 1.5 Policy Dialogue will be held later this year."
    m = only(text, "en", "2020-09-12")
    assert (m.framework, m.level, m.ordinal, m.date) == ("MUSP", "other", 1, "2020")


@pytest.mark.parametrize(
    ("when", "lang", "date"),
    [
        ("in October of that year", "en", "2009-10"),
        ("on November 6 that year", "en", "2009-11-06"),
        ("vào tháng 10 năm đó", "vi", "2009-10"),
        ("ngày 6 tháng 11 cùng năm", "vi", "2009-11-06"),
    ],
)
def test_a_month_of_that_year_takes_the_year_the_text_gave(when: str, lang: str, date: str) -> None:
    text = {
        "en": f"The first Mekong-Japan Summit was held in Tokyo in 2009. The second Mekong-Japan Summit took place in Hanoi {when}.",
        "vi": f"Năm 2009, Nhật Bản khởi động hợp tác. Hội nghị Cấp cao Mekong-Nhật Bản lần thứ hai diễn ra tại Hà Nội {when}.",
    }[lang]
    found = {m.ordinal: m for m in process(text, lang, "2023-05-01").meetings}
    assert found[2].date == date


def test_the_last_item_of_a_list_of_editions_may_open_with_and() -> None:
    text = (
        "The first GMS Summit was held in Phnom Penh in November 2002. Since then, leaders have met every three years:\n"
        "- the second summit took place in Kunming, China, in July 2005;\n"
        "- the third in Vientiane, Laos, in March 2008;\n"
        "- and the fourth, held in Nay Pyi Taw in December 2011, which adopted a new strategic framework."
    )
    found = {m.ordinal: m for m in process(text, "en", "2024-11-08").meetings}
    assert (found[4].date, found[4].city) == ("2011-12", "Nay Pyi Taw")


def test_senior_officials_are_people_unless_their_meeting_is_named() -> None:
    text = (
        "Hội nghị Bộ trưởng Kinh tế CLMV lần thứ 16 diễn ra ngày 23/9. Các Bộ trưởng giao các quan chức kinh tế cao cấp CLMV "
        "xây dựng kế hoạch hành động, trình Hội nghị Bộ trưởng năm sau xem xét. Trước đó, Hội nghị các quan chức kinh tế cấp "
        "cao CLMV lần thứ 15 đã diễn ra ngày 21/9. Cũng trong tháng này, các Quan chức cao cấp (SOM) MLC đã họp tại Phnom Penh."
    )
    found = {(m.framework, m.level, m.ordinal) for m in process(text, "vi", "2024-09-24").meetings}
    assert found == {("CLMV", "ministerial", 16), ("CLMV", "senior_officials", 15), ("LMC", "senior_officials", None)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bên lề AMM-51 tại Singapore, Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 11, chuẩn bị cho "
            "cuộc gặp cấp cao tại Tokyo.",
            "vi",
        ),
        (
            "On the sidelines of AMM-51 in Singapore, the 11th Mekong-Japan Foreign Ministers' Meeting was held in preparation for "
            "the October summit in Tokyo.",
            "en",
        ),
    ],
)
def test_the_place_of_what_a_meeting_prepares_is_not_its_own(text: str, lang: str) -> None:
    found = {m.framework: m.city for m in process(text, lang, "2018-08-05").meetings}
    assert found["MJC"] == "Singapore"


@pytest.mark.parametrize(
    ("text", "lang", "chairs"),
    [
        (
            "Hội nghị Bộ trưởng Kinh tế Mekong - Nhật Bản lần thứ 12 do Bộ trưởng Bộ Công Thương Trần Tuấn Anh và Bộ trưởng Kinh tế, "
            "Thương mại và Công nghiệp Nhật Bản Kajiyama Hiroshi đồng chủ trì.",
            "vi",
            ["Trần Tuấn Anh", "Kajiyama Hiroshi"],
        ),
        ("The 46th ASEAN Summit was chaired by Malaysian Prime Minister Datuk Seri Anwar Ibrahim.", "en", ["Anwar Ibrahim"]),
        (
            "Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52 diễn ra trực tuyến. Theo Vụ Chính sách thương mại đa biên, Việt Nam đã "
            "chủ trì gần 20 hội nghị.",
            "vi",
            [],
        ),
    ],
)
def test_given_names_honorifics_and_according_to(text: str, lang: str, chairs: list[str]) -> None:
    assert only(text, lang, "2020-08-29").chairs == chairs


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        ("Sáng kiến này dự kiến sẽ được thông qua tại Hội nghị.", []),
        ("Các nhà lãnh đạo đã thông qua Kế hoạch nói trên.", []),
        ("Tuyên bố Nay Pyi Taw đã được thông qua tại Hội nghị.", ["Tuyên bố Nay Pyi Taw"]),
        ("Chiến lược Tokyo 2018 đã được thông qua.", ["Chiến lược Tokyo 2018"]),
    ],
)
def test_a_document_spoken_of_as_this_one_is_no_title(sentence: str, titles: list[str]) -> None:
    text = spell_months(sentence, fold(sentence))
    assert [d.value for d in find_documents(text, sentence, 0, len(sentence), "vi")] == titles


def test_editions_named_together_after_a_plural_word_are_no_more_meetings() -> None:
    text = "The Kunming meetings came a month after Laos hosted the 44th and 45th ASEAN Summits in Vientiane in October 2024."
    doc = process(text, "en", "2024-11-08")
    assert sorted((m.level, m.ordinal) for m in doc.meetings) == [("summit", 44), ("summit", 45)]
    m44 = next(m for m in doc.meetings if m.ordinal == 44)
    assert [e.text for e in m44.evidence["ordinal"]] == ["44th"]


def test_a_day_without_a_year_takes_the_year_of_the_meeting_that_hosted_it() -> None:
    text = (
        "Prime Minister Sonexay Siphandone chaired the 10th ACMECS Summit on 7th November, on the sidelines of the 8th GMS "
        "Summit in Kunming.\n\nThe 8th GMS Summit, held on 6-7 November 2024, was chaired by Premier Li Qiang."
    )
    found = {m.framework: m for m in process(text, "en", None).meetings}
    assert (found["ACMECS"].date, found["GMS"].date) == ("2024-11-07", "2024-11-06")
    assert [e.text for e in found["ACMECS"].evidence["date"]][:1] == ["7th November"]


def test_a_meeting_after_a_long_opening_clause_is_what_the_paragraph_speaks_of_next() -> None:
    text = (
        "Ngày 9/10, Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10 diễn ra tại Tokyo.\n\n"
        "Chưa đầy hai năm sau khi hợp tác bắt đầu, cơ chế được nâng lên cấp cao. Năm 2009, năm được hai bên gọi là Năm giao "
        "lưu Mekong - Nhật Bản, Hội nghị Cấp cao Mekong - Nhật Bản lần thứ nhất diễn ra tại Tokyo. Các nhà lãnh đạo đã ra "
        "Tuyên bố Tokyo."
    )
    found = {m.ordinal: m.documents for m in process(text, "vi", "2018-10-10").meetings}
    assert found == {10: [], 1: ["Tuyên bố Tokyo"]}


def test_a_short_form_after_level_words_can_host() -> None:
    text = "Bên lề Hội nghị Cấp cao GMS 6 tại Hà Nội ngày 31/3, Hội nghị Cấp cao CLV lần thứ 10 sẽ diễn ra."
    found = {m.framework: m for m in process(text, "vi", "2018-03-27").meetings}
    assert (found["CLV"].city, found["CLV"].date, found["GMS"].date) == ("Hà Nội", "2018-03-31", "2018-03")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_fact_sheet_under_a_crosshead_speaks_of_its_meeting(lang: str) -> None:
    text = {
        "vi": (
            "Ngày 13/11, Việt Nam đồng chủ trì hai hội nghị cấp cao trực tuyến trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 37.\n\n"
            "Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ 2\n\n"
            "- Hình thức: trực tuyến, ngày 13/11.\n"
            "- Đồng chủ trì: Thủ tướng Nguyễn Xuân Phúc và Tổng thống Hàn Quốc Moon Jae-in.\n"
            "- Hội nghị thông qua Tuyên bố chung.\n\n"
            "Bối cảnh\n\n"
            "Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10 diễn ra tại Tokyo năm 2018. Hội nghị lần thứ 11 diễn ra tại Bangkok."
        ),
        "en": (
            "On 13 November, Viet Nam co-chaired two online summits as part of the 37th ASEAN Summit.\n\n"
            "The 2nd Mekong-Republic of Korea Summit\n\n"
            "- Format: online, 13 November.\n"
            "- Co-chairs: Prime Minister Nguyen Xuan Phuc and President Moon Jae-in.\n"
            "- The summit adopted a joint statement.\n\n"
            "Background\n\n"
            "The 10th Mekong-Japan Summit was held in Tokyo in 2018. The 11th summit took place in Bangkok."
        ),
    }[lang]
    found = {(m.framework, m.ordinal): m for m in process(text, lang, "2020-11-20").meetings}
    mkc = found["MKC", 2]
    assert (mkc.date, mkc.format, mkc.chairs[1], len(mkc.documents)) == ("2020-11-13", "online", "Moon Jae-in", 1)
    assert found["ASEAN", 37].documents == []
    assert ("MJC", 11) in found and ("MKC", 11) not in found


def test_a_place_in_the_possessive_is_no_venue_unless_a_place_of_it_follows() -> None:
    text = "The 12th Mekong-Korea Foreign Ministers' Meeting reviewed progress in Seoul's seven priority areas."
    assert only(text, "en", "2024-07-27").city is None
    text = "The 6th GMS Summit will take place at the National Convention Center in Hanoi's Nam Tu Liem District."
    assert only(text, "en", "2018-03-27").city == "Hanoi"


def test_a_day_before_a_verb_and_a_meeting_is_that_meetings() -> None:
    text = (
        "Suga will attend the 23rd ASEAN-Japan summit on Thursday, and on Friday will co-chair the 12th Mekong-Japan summit "
        "with Vietnamese Prime Minister Nguyen Xuan Phuc, whose country chairs ASEAN this year."
    )
    found = {m.framework: m.date for m in process(text, "en", "2020-11-11").meetings}
    assert found == {"ASEAN+JP": "2020-11-12", "MJC": "2020-11-13"}


def test_all_the_meetings_are_those_the_paragraph_before_named() -> None:
    text = (
        "The 8th Lancang-Mekong Foreign Ministers' Meeting was held in Beijing in December.\n\n"
        "Suga will attend the 23rd ASEAN-Japan summit on Thursday, and on Friday will co-chair the 12th Mekong-Japan summit. "
        "On Saturday, he is scheduled to join the 23rd ASEAN Plus Three summit.\n\n"
        "All the meetings will be held by video link because of the pandemic."
    )
    found = {m.framework: m.format for m in process(text, "en", "2020-11-11").meetings}
    assert found == {"LMC": None, "ASEAN+JP": "online", "MJC": "online", "ASEAN+3": "online"}


def test_editions_glossed_in_parentheses_after_their_places() -> None:
    text = (
        "Sáng 5/4, tại Viêng Chăn, Hội nghị Cấp cao MRC lần thứ 4 diễn ra.\n\n"
        "Các kỳ Hội nghị trước đã được tổ chức tại Hua Hin, Thái Lan (lần thứ nhất, năm 2010), Thành phố Hồ Chí Minh (lần thứ "
        "hai, năm 2014) và Siem Reap, Campuchia (lần thứ ba, năm 2018)."
    )
    found = {m.ordinal: (m.date, m.country) for m in process(text, "vi", "2023-04-05").meetings}
    assert found == {4: ("2023-04-05", "LA"), 1: ("2010", "TH"), 2: ("2014", "VN"), 3: ("2018", "KH")}


@pytest.mark.parametrize(
    ("text", "lang", "titles"),
    [
        (
            "The 7th GMS Summit was held online on 9 September 2021.\n\nThe leaders adopted three key documents:\n"
            "1. the GMS Strategic Framework 2030;\n2. the COVID-19 Response and Recovery Plan 2021-2023; and\n"
            "3. a Joint Summit Declaration.\n\nThe leaders also discussed the pandemic.",
            "en",
            ["GMS Strategic Framework 2030", "COVID-19 Response and Recovery Plan 2021-2023", "Joint Summit Declaration"],
        ),
        (
            "Hội nghị Cấp cao GMS lần thứ 7 diễn ra trực tuyến ngày 9/9/2021.\n\nCuối hội nghị, lãnh đạo các nước đã thông qua:\n"
            "- Khung chiến lược GMS 2030;\n- Tuyên bố chung Hội nghị Cấp cao GMS lần thứ 7.\n\nThái Lan sẽ đăng cai hội nghị tới.",
            "vi",
            ["Khung chiến lược GMS 2030", "Tuyên bố chung Hội nghị Cấp cao GMS lần thứ 7"],
        ),
    ],
)
def test_documents_listed_one_a_line_after_a_colon(text: str, lang: str, titles: list[str]) -> None:
    summit = only(text, lang, "2021-09-10")
    assert summit.documents == titles
    for ev, title in zip(summit.evidence["documents"], titles, strict=True):
        assert ev.text == title and ev.sentence.startswith(("1.", "2.", "3.", "-")) and title in ev.sentence


def test_a_double_quoted_title_may_hold_an_apostrophe() -> None:
    text = (
        "The Third Mekong-Lancang Cooperation Leaders' Meeting was held by video link on 24 August 2020. "
        'The leaders adopted the "Vientiane Declaration of the Third Mekong-Lancang Cooperation Leaders\' Meeting".'
    )
    assert only(text, "en", "2020-08-25").documents == ["Vientiane Declaration of the Third Mekong-Lancang Cooperation Leaders' Meeting"]


def test_a_country_as_co_chair_gives_no_chair_from_the_clause_before() -> None:
    text = (
        "Prime Minister Thongloun Sisoulith thanked the partners for their support to the Lao PDR as co-chair, and recalled "
        "that the Fifth MLC Foreign Ministers' Meeting was co-chaired by Saleumxay Kommasith and Wang Yi."
    )
    folded = fold(text)
    assert [c.value for c in find_chairs(folded, text, 0, len(text))] == ["Saleumxay Kommasith", "Wang Yi"]


@pytest.mark.parametrize(
    "text",
    [
        "The tenth ACMECS Summit, chaired by Lao Prime Minister Sonexay Siphandone, took place on Thursday, giving Southeast "
        "Asian leaders a rare chance to meet.",
        "The tenth ACMECS Summit, chaired by Lao Prime Minister Sonexay Siphandone, gave Southeast Asian leaders a rare chance.",
    ],
)
def test_the_chairs_after_chaired_by_end_where_a_clause_goes_on(text: str) -> None:
    assert [c.value for c in find_chairs(fold(text), text, 0, len(text))] == ["Sonexay Siphandone"]


def test_a_title_ends_before_which_even_with_a_comma_after_it() -> None:
    text = "Ministers endorsed a plan of action for 2019-2022 which, for the first time, lists small enterprises."
    assert [d.value for d in find_documents(fold(text), text, 0, len(text), "en")] == ["plan of action for 2019-2022"]


def test_a_ministry_abbreviation_is_no_part_of_a_chairs_name() -> None:
    text = "Hội nghị Hội đồng MRC lần thứ 27 diễn ra dưới sự chủ trì của Bộ trưởng Bộ TN&MT Trần Hồng Hà."
    assert [c.value for c in find_chairs(fold(text), text, 0, len(text))] == ["Trần Hồng Hà"]


def test_a_sector_ministers_meeting_named_with_its_sector_words() -> None:
    text = "Ngày 17/12, Hội nghị Bộ trưởng Hợp tác tài nguyên nước Mê Công - Lan Thương lần thứ nhất đã diễn ra tại Côn Minh."
    assert keys(text, "vi", "2019-12-18") == [("LMC", "ministerial", 1)]


def test_a_committee_meeting_at_minister_level_is_ministerial() -> None:
    text = (
        "Ngày 29/3, tại Hà Nội, Hội nghị Ủy ban Điều phối chung Khu vực Tam giác phát triển CLV cấp Bộ trưởng đã diễn ra "
        "để chuẩn bị cho hội nghị cấp cao."
    )
    assert keys(text, "vi", "2018-03-31") == [("CLV", "ministerial", None)]


def test_years_ago_this_month() -> None:
    text = "Twenty years ago this month, the leaders of Cambodia, Laos, Myanmar and Thailand met in Bagan for the first ACMECS summit."
    assert only(text, "en", "2023-11-12").date == "2003-11"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Friday, Biegun and Pham Binh Minh co-chaired the first Mekong-U.S. Partnership Ministerial Meeting online.\n\n"
            "Three weeks earlier, Premier Li Keqiang and Prime Minister Thongloun Sisoulith co-chaired the third "
            "Lancang-Mekong Cooperation leaders' meeting by video link. The meeting issued the Vientiane Declaration.",
            "en",
        ),
        (
            "Thứ Sáu, Phó Thủ tướng Phạm Bình Minh đồng chủ trì Hội nghị Bộ trưởng Đối tác Mekong - Mỹ lần thứ nhất.\n\n"
            "Ba tuần trước đó, Thủ tướng Thongloun Sisoulith và Thủ tướng Lý Khắc Cường đồng chủ trì Hội nghị Cấp cao Hợp tác "
            "Mekong - Lan Thương lần thứ 3. Hội nghị đã thông qua Tuyên bố Viêng Chăn.",
            "vi",
        ),
    ],
)
def test_the_meeting_a_paragraph_opens_by_saying_who_chaired_it_is_what_its_next_sentence_speaks_of(text: str, lang: str) -> None:
    documents = {m.framework: m.documents for m in process(text, lang, "2020-09-14").meetings}
    assert documents["LMC"] and not documents["MUSP"]


@pytest.mark.parametrize(
    "text",
    [
        # the meeting that launched it, before the name
        "When Secretary of State Mike Pompeo and Deputy Prime Minister Pham Binh Minh co-chaired a virtual foreign ministers' "
        "meeting on September 11 to launch the Mekong-U.S. Partnership, Washington called it an upgrade.",
        # a meeting with no level of its own, named in the next sentence
        "On Friday, Deputy Secretary of State Stephen Biegun and Deputy Prime Minister Pham Binh Minh co-chaired a virtual "
        "meeting that formally launched the Mekong-U.S. Partnership. The inaugural Mekong-U.S. Partnership Ministerial Meeting "
        "brought together the foreign ministers of the five Mekong countries.",
    ],
)
def test_a_meeting_that_launched_a_framework_takes_what_is_said_of_it(text: str) -> None:
    m = only(text, "en", "2020-09-14")
    assert (m.framework, m.level, m.date, m.format, len(m.chairs)) == ("MUSP", "foreign_ministers", "2020-09-11", "online", 2)
    assert not any(c.startswith("When") for c in m.chairs)


def test_a_bodys_leaders_who_met_at_summit_level_held_a_summit() -> None:
    text = (
        "The Mekong River Commission, the only body with a treaty mandate over the lower basin, lacks China and Myanmar as "
        "full members; its leaders have met only three times at summit level, most recently in Siem Reap in 2018."
    )
    m = only(text, "en", "2020-10-20")
    assert (m.framework, m.level, m.date, m.city) == ("MRC", "summit", "2018", "Siem Reap")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ministers referred to the Mekong subregion in the joint communique they issued, but the language was cautious.",
            "joint communique",
        ),
        ("The Vientiane Declaration the leaders adopted sets out their goals.", "Vientiane Declaration"),
    ],
)
def test_a_title_ends_at_its_noun_before_the_subject_of_its_verb(text: str, title: str) -> None:
    assert [d.value for d in find_documents(fold(text), text, 0, len(text), "en")] == [title]


def test_earlier_editions_listed_with_their_places_and_years() -> None:
    text = (
        "Hội nghị Thượng đỉnh GMS lần thứ 6 diễn ra tại Hà Nội. Các hội nghị thượng đỉnh GMS trước đây đã diễn ra tại: "
        "Phnom Penh (lần thứ nhất, năm 2002), Côn Minh (lần thứ hai, năm 2005) và Bangkok (lần thứ năm, năm 2014)."
    )
    got = sorted((m.ordinal, m.date, m.city) for m in process(text, "vi", "2018-04-01").meetings)
    assert got == [(1, "2002", "Phnom Penh"), (2, "2005", "Côn Minh"), (5, "2014", "Bangkok"), (6, None, "Hà Nội")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the leaders of the lead, what they adopted the meeting named next adopted
        (
            "Lãnh đạo sáu nước GMS hôm qua đã thông qua Kế hoạch hành động Hà Nội.",
            "Hội nghị Thượng đỉnh GMS lần thứ 6 diễn ra tại Hà Nội ngày 30 và 31/3.",
        ),
        # what leaders did in a meeting's city, that meeting did
        (
            "Hội nghị Thượng đỉnh GMS lần thứ 6 diễn ra tại Hà Nội ngày 30 và 31/3. Hội nghị Thượng đỉnh GMS lần thứ 7 diễn ra "
            "trực tuyến năm 2021.",
            "Tại Hà Nội, lãnh đạo sáu nước đã thông qua Kế hoạch hành động Hà Nội.",
        ),
    ],
)
def test_what_the_leaders_of_several_countries_adopted(first: str, second: str) -> None:
    documents = {m.ordinal: m.documents for m in process(first + " " + second, "vi", "2018-04-01").meetings}
    assert documents[6] == ["Kế hoạch hành động Hà Nội"]


def test_a_vietnamese_title_ends_before_what_it_is_worth() -> None:
    text = "Các nước thông qua Khung đầu tư khu vực trị giá khoảng 66 tỉ USD."
    assert [d.value for d in find_documents(fold(text), text, 0, len(text), "vi")] == ["Khung đầu tư khu vực"]


def test_a_meetings_short_name_after_or_is_the_same_meeting() -> None:
    text = (
        "Foreign Minister Park Jin co-chaired the 12th Mekong-Republic of Korea Foreign Ministers' Meeting, or MKC-FMM, in "
        "Phnom Penh on Thursday."
    )
    m = only(text, "en", "2022-08-04")
    assert (m.ordinal, m.date, m.city) == (12, "2022-08-04", "Phnom Penh")


def test_a_weekday_said_of_what_opened_is_past_even_if_what_runs_on_is_not() -> None:
    text = "The 55th ASEAN Foreign Ministers' Meeting opened in Phnom Penh on Wednesday and runs through Friday."
    assert only(text, "en", "2022-08-04").date == "2022-08-03"


def test_the_annual_host_takes_the_guests_month_and_place() -> None:
    text = (
        "The first Mekong-Japan Summit was held in Tokyo on Saturday. A second Mekong-Japan foreign ministers' meeting took "
        "place in Phuket, Thailand, in July this year on the fringes of the annual ASEAN foreign ministers' meeting."
    )
    asean = next(m for m in process(text, "en", "2009-11-07").meetings if m.framework == "ASEAN")
    assert (asean.level, asean.date, asean.city) == ("foreign_ministers", "2009-07", "Phuket")


def test_a_day_said_of_two_meetings_goes_to_the_one_without_a_day_of_its_own() -> None:
    text = (
        "HANOI - Clinton met foreign ministers of Cambodia, Laos, Thailand and Vietnam here on Thursday for the second Lower "
        "Mekong Initiative Ministerial Meeting, a year after the first such meeting, held in Phuket, Thailand, last July."
    )
    got = sorted((m.ordinal, m.date, m.city) for m in process(text, "en", "2010-07-23").meetings)
    assert got == [(1, "2009-07", "Phuket"), (2, "2010-07-22", "Hanoi")]


def test_who_attended_beside_the_chair_is_no_chair() -> None:
    text = (
        "Hội nghị Cấp cao CLV lần thứ 10 đã diễn ra tại Hà Nội, dưới sự chủ trì của Thủ tướng Nguyễn Xuân Phúc cùng sự tham "
        "dự của Thủ tướng Campuchia Hun Sen và Thủ tướng Lào Thongloun Sisoulith."
    )
    assert only(text, "vi", "2018-03-31").chairs == ["Nguyễn Xuân Phúc"]


def test_editions_listed_after_previous_editions_were() -> None:
    text = (
        "The fourth MRC Summit was held in Vientiane on April 5. The MRC summit is held every four years. Previous editions "
        "were: the first in Hua Hin, Thailand, in April 2010; the second in Ho Chi Minh City, Vietnam, in April 2014."
    )
    got = sorted((m.ordinal, m.date, m.city) for m in process(text, "en", "2023-04-10").meetings)
    assert got == [(1, "2010-04", "Hua Hin"), (2, "2014-04", "Ho Chi Minh City"), (4, "2023-04-05", "Vientiane")]


def test_editions_of_frameworks_named_in_a_row_before_one_plural_level() -> None:
    text = "The 15th Mekong-Japan and the 12th Mekong-Republic of Korea foreign ministers' meetings took place in Vientiane."
    got = sorted((m.framework, m.level, m.ordinal) for m in process(text, "en", "2024-08-18").meetings)
    assert got == [("MJC", "foreign_ministers", 15), ("MKC", "foreign_ministers", 12)]


def test_mid_month_and_a_title_adopted_on_a_day_of_its_own() -> None:
    text = (
        "The ninth Lancang-Mekong Cooperation Foreign Ministers' Meeting, held in Chiang Mai in mid-August, was co-chaired by "
        "Wang Yi. The meeting itself followed a well-worn script. Ministers reviewed progress under the five-year plan of "
        "action adopted last year."
    )
    m = only(text, "en", "2024-08-23")
    assert (m.date, m.documents) == ("2024-08", [])


def test_the_days_of_a_trip_are_no_meetings_days() -> None:
    text = (
        "Trong chuyến công tác từ ngày 6-8/11 tại Trung Quốc, Thủ tướng dự Hội nghị cấp cao Hợp tác kinh tế Tiểu vùng Mê Công "
        "mở rộng lần thứ 8 (GMS 8) tại Côn Minh. Hội nghị cấp cao GMS 8 diễn ra ngày 7/11."
    )
    m = only(text, "vi", "2024-11-11")
    assert (m.date, m.date_end) == ("2024-11-07", None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "- Chiến lược Tokyo 2012: được thông qua tại Hội nghị cấp cao Mê Công - Nhật Bản lần thứ 4 ở Tokyo, tháng 4/2012.\n"
            "- Chiến lược Tokyo mới 2015: thông qua tại Hội nghị cấp cao Mê Công - Nhật Bản lần thứ 7 ở Tokyo tháng 7/2015.",
            "vi",
        ),
        (
            "- Tokyo Strategy 2012: adopted at the 4th Mekong-Japan Summit in Tokyo, April 2012.\n"
            "- New Tokyo Strategy 2015: adopted at the 7th Mekong-Japan Summit in Tokyo in July 2015.",
            "en",
        ),
    ],
)
def test_a_title_that_labels_a_list_line_is_adopted_at_the_meeting_it_names(text: str, lang: str) -> None:
    found = {m.ordinal: m.documents for m in process(text, lang, "2024-08-01").meetings}
    assert [len(found[4]), len(found[7])] == [1, 1]
    assert "2012" in found[4][0] and "2015" in found[7][0]


def test_a_ministrys_last_domain_and_a_clause_after_where_are_no_chairs() -> None:
    text = (
        "Projects include the East-West Economic Corridor. The 18th MRC Council meeting was chaired by Cambodia's Minister of "
        "Water Resources and Meteorology Lim Kean Hor. The first Mekong-Japan Foreign Ministers' Meeting, chaired by Foreign "
        "Minister Masahiko Koumura, where Japan announced grants along the East-West corridor, was held in Tokyo."
    )
    assert [c.value for c in find_chairs(fold(text), text, 0, len(text))] == ["Lim Kean Hor", "Masahiko Koumura"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 7 đã được tổ chức tại thành phố cổ Bagan của Myanmar.", "Bagan"),
        ("Năm 2003, lãnh đạo các nước nhóm họp tại cố đô Bagan trong Hội nghị Cấp cao ACMECS lần thứ nhất.", "Bagan"),
    ],
)
def test_an_ancient_city_or_old_capital_is_a_venue(text: str, city: str) -> None:
    assert (only(text, "vi", "2023-12-08").city, only(text, "vi", "2023-12-08").country) == (city, "MM")


def test_party_titles_before_a_name_are_no_chairs() -> None:
    text = (
        "Ủy viên Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Bộ trưởng Ngoại giao Vương Nghị và Bộ trưởng "
        "Ngoại giao Myanmar Than Swe cùng chủ trì Hội nghị Bộ trưởng Ngoại giao Hợp tác Lan Thương - Mê Công lần thứ 8."
    )
    assert only(text, "vi", "2023-12-08").chairs == ["Vương Nghị", "Than Swe"]


def test_a_special_meeting_of_foreign_ministers_named_partner_first() -> None:
    text = "Ngày 7/6, tại Trùng Khánh, Hội nghị đặc biệt Bộ trưởng Ngoại giao Trung Quốc - ASEAN đã diễn ra."
    m = only(text, "vi", "2021-06-09")
    assert (m.framework, m.level, m.date, m.city) == ("ASEAN+CN", "foreign_ministers", "2021-06-07", "Trùng Khánh")


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ nhất thông qua Văn kiện khái niệm về Khuôn khổ hợp tác "
            "Mekong - Lan Thương.",
            "vi",
            "Văn kiện khái niệm về Khuôn khổ hợp tác Mekong - Lan Thương",
        ),
        ("The first LMC Foreign Ministers' Meeting reached consensus on the concept paper of the mechanism.", "en", "concept paper"),
    ],
)
def test_a_concept_paper_agreed_on_is_adopted(text: str, lang: str, title: str) -> None:
    assert only(text, lang, "2016-03-24").documents == [title]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 11 diễn ra tại Seoul. Từ đó đến nay, Hội nghị được tổ chức "
            "đều đặn hằng năm, phần lớn bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN.",
            "vi",
        ),
        (
            "The 11th Mekong-Korea Foreign Ministers' Meeting was held in Seoul. It is usually held on the sidelines of the ASEAN "
            "Foreign Ministers' Meeting.",
            "en",
        ),
    ],
)
def test_the_host_a_meeting_is_held_beside_every_year_is_no_meeting(text: str, lang: str) -> None:
    assert keys(text, lang, "2021-09-08") == [("MKC", "foreign_ministers", 11)]


def test_a_country_that_accepts_to_host_is_the_venue() -> None:
    text = "Các nhà Lãnh đạo hoan nghênh Trung Quốc nhận đăng cai Hội nghị Thượng đỉnh GMS lần thứ 8."
    assert only(text, "vi", "2021-09-10").country == "CN"


def test_the_country_a_road_is_extended_to_is_no_venue() -> None:
    text = (
        "Tháng 9 vừa qua, Hội nghị Bộ trưởng Ngoại giao MGC lần thứ 11 đã diễn ra trực tuyến. Các Bộ trưởng nhất trí thúc đẩy "
        "dự án đường bộ ba bên và việc mở rộng tuyến đường này tới Lào, Campuchia và Việt Nam."
    )
    assert only(text, "vi", "2020-10-02").country is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Joint Ministerial Statement of the 9th Mekong Ganga Cooperation Ministerial Meeting", "en"),
        ("Thông cáo chung của Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 10", "vi"),
    ],
)
def test_a_heading_that_titles_a_meetings_statement_is_its_document(text: str, lang: str) -> None:
    body = "Ngày 28/9, các Bộ trưởng họp trực tuyến." if lang == "vi" else "The Ministers met on 2 August 2018."
    assert only(f"{text}\n\n{body}", lang, "2018-08-02").documents == [text]


def test_a_heading_of_a_meetings_programme_is_no_document() -> None:
    text = "Chương trình Hội nghị Cấp cao Ủy hội sông Mê Công quốc tế lần thứ hai\n\nHội nghị khai mạc ngày 5/4 tại TP Hồ Chí Minh."
    assert only(text, "vi", "2014-04-01").documents == []


def test_honorifics_in_brackets_and_a_generals_rank_keep_the_chair() -> None:
    text = (
        "The 9th MGC Ministerial Meeting was co-chaired by H.E. Mr. Don Pramudwinai, Minister of Foreign Affairs of the Kingdom "
        "of Thailand, and H.E. Gen. (Dr.) V.K. Singh (Retd.), Minister of State for External Affairs of the Republic of India."
    )
    assert only(text, "en", "2018-08-02").chairs == ["Don Pramudwinai", "V.K. Singh"]


def test_a_title_to_be_adopted_at_the_next_meeting_is_that_meetings() -> None:
    text = (
        "The 9th MGC Ministerial Meeting was held on 2 August 2018. The Ministers tasked the Senior Officials to draft a new MGC "
        "Plan of Action 2019-2022, to be adopted at the 10th MGC Ministerial Meeting, which will be held in Thailand in 2019. "
        "They discussed the 11th Mekong-Japan Summit, at which a new strategy document is expected to be adopted."
    )
    found = {m.ordinal: m.documents for m in process(text, "en", "2018-08-02").meetings}
    assert (found[9], found[10], found[11]) == ([], ["MGC Plan of Action 2019-2022"], [])


def test_a_title_which_leaders_adopted_at_an_earlier_summit_is_that_summits() -> None:
    text = (
        "The eighth GMS Summit was held in Kunming on 7 November 2024. The Kunming declaration builds on the GMS Strategic "
        "Framework 2030, which leaders adopted at the seventh summit."
    )
    found = {m.ordinal: m.documents for m in process(text, "en", "2024-11-08").meetings}
    assert (found[8], found[7]) == ([], ["GMS Strategic Framework 2030"])


def test_a_title_case_list_of_what_a_declaration_is_for_ends_at_a_lowercase_verb() -> None:
    text = (
        "At the first Mekong-Korea Summit the leaders adopted the Mekong-Han River Declaration for Establishing Partnership for "
        "People, Prosperity and Peace and elevated the cooperation to the summit level."
    )
    assert only(text, "en", "2019-11-28").documents == [
        "Mekong-Han River Declaration for Establishing Partnership for People, Prosperity and Peace"
    ]


def test_an_online_event_about_a_meeting_says_nothing_of_its_format() -> None:
    text = "Online Event: The Mekong after Vientiane - Takeaways from the Fourth MRC Summit"
    assert only(text, "en", "2023-05-10").format is None


def test_online_accreditation_for_the_press_says_nothing_of_a_meetings_format() -> None:
    text = (
        "The 10th Mekong-Japan Summit will be held in Tokyo on October 9, 2018. Media wishing to cover the summit must "
        "apply through the online accreditation system."
    )
    assert only(text, "en", "2018-09-20").format is None


def test_a_timeline_entry_gives_the_day_place_and_format_its_line_names() -> None:
    text = (
        "Timeline\n\nJuly 2010 — Hanoi, Vietnam\nA follow-up LMI ministerial meeting broadens the agenda.\n\n"
        "Sept. 11, 2020 — Virtual\nThe LMI is upgraded at the first Mekong-U.S. Partnership Ministerial Meeting.\n\n"
        "March 23, 2016 - Sanya, China\nThe first LMC Leaders' Meeting launched the mechanism.\n\n"
        "25/12/2023 - Tin mới\nThe fourth LMC Leaders' Meeting was held."
    )
    found = {(m.framework, m.ordinal): (m.date, m.city, m.format) for m in process(text, "en", "2023-12-26").meetings}
    assert found == {
        ("MUSP", None): ("2010-07", "Hanoi", None),
        ("MUSP", 1): ("2020-09-11", None, "online"),
        ("LMC", 1): ("2016-03-23", "Sanya", None),
        ("LMC", 4): (None, None, None),
    }


def test_a_countrys_role_as_this_years_chair_names_no_chair() -> None:
    text = "Moon attended the 21st ASEAN-South Korea summit on Thursday, with Vietnam as this year's chair of ASEAN."
    assert only(text, "en", "2020-11-13").chairs == []


def test_what_a_title_is_said_to_be_after_it_is_no_title_of_its_own() -> None:
    text = (
        "At the fourth Mekong-Japan Summit the leaders adopted the Tokyo Strategy 2012, a new framework for cooperation that "
        "focuses on enhancing connectivity in the region, developing together, and ensuring human security."
    )
    assert only(text, "en", "2012-04-22").documents == ["Tokyo Strategy 2012"]


def test_a_city_ready_to_welcome_a_summit_on_a_weekday_awaits_the_coming_one() -> None:
    text = "Kunming is ready to welcome leaders for the eighth GMS Summit on Thursday, with flags lining the streets."
    assert only(text, "en", "2024-11-06").date == "2024-11-07"


def test_the_programmes_own_name_is_no_document() -> None:
    text = (
        "The eighth GMS Summit is expected to chart the next stage of the GMS Economic Cooperation Program, launched with "
        "the support of the Asian Development Bank three decades ago."
    )
    assert only(text, "en", "2024-11-06").documents == []


@pytest.mark.parametrize("lead", ["2021 - ", "2021: ", "- 2021 – "])
def test_a_timeline_item_opened_by_its_year_is_dated_by_it(lead: str) -> None:
    text = f"{lead}The seventh GMS Summit, held virtually and chaired by Cambodia, adopts the GMS-2030 strategy."
    assert only(text, "en", "2024-11-06").date == "2021"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meanwhile, the Korea-Mekong summit meeting was not held this year. The second Korea-Mekong summit was held in 2020.", "en"),
        ("The Korea-Mekong Summit was cancelled this year. The second Korea-Mekong Summit was held in 2020.", "en"),
        (
            "Hội nghị Cấp cao Mê Công - Hàn Quốc năm nay không được tổ chức. Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ hai "
            "diễn ra năm 2020.",
            "vi",
        ),
    ],
)
def test_a_meeting_said_not_to_take_place_is_no_record(text: str, lang: str) -> None:
    assert [(m.ordinal, m.date) for m in process(text, lang, "2022-11-11").meetings] == [(2, "2020")]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ngày 30/1, Phó Thủ tướng Phạm Bình Minh, Trưởng Ban Tổ chức quốc gia, đã chủ trì cuộc họp Ban Tổ chức quốc gia.", "vi"),
        ("On Jan. 30, Deputy Prime Minister Pham Binh Minh chaired the meeting of the National Organising Committee.", "en"),
        ("Chiều 30/1, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng chủ trì cuộc họp báo thường kỳ.", "vi"),
    ],
)
def test_a_meeting_of_its_own_takes_nothing_of_the_meeting_in_focus(sentence: str, lang: str) -> None:
    lead = (
        "Hội nghị Cấp cao GMS lần thứ 6 sẽ diễn ra ngày 31/3 tại Hà Nội."
        if lang == "vi"
        else "The sixth GMS Summit will be held in Hanoi on March 31."
    )
    m = only(f"{lead}\n\n{sentence}", lang, "2018-02-05")
    assert (m.date, m.chairs) == ("2018-03-31", [])


def test_an_edition_opening_a_later_sentence_of_the_paragraph_after_its_ordinal_takes_focus() -> None:
    text = (
        "The 43rd ASEAN Summit was held in Jakarta on 5-7 September 2023, chaired by President Joko Widodo.\n\n"
        "ASEAN's engagement with its partners continued to deepen. The 18th East Asia Summit, held in Jakarta on 7 September, "
        "reaffirmed the EAS as a leaders-led forum. Leaders adopted the EAS Leaders' Statement on Electric Vehicles."
    )
    found = [(m.framework, m.documents) for m in process(text, "en", "2023-09-08").meetings]
    assert found == [("ASEAN", []), ("EAS", ["EAS Leaders' Statement on Electric Vehicles"])]


def test_a_relative_clause_after_two_editions_named_together_dates_both() -> None:
    text = (
        "Yoon Suk Yeol co-chaired the 25th ASEAN-Korea Summit in Vientiane on Thursday.\n\n"
        "The summit took place on the sidelines of the 44th and 45th ASEAN Summits, which opened on Wednesday."
    )
    found = {m.ordinal: m.date for m in process(text, "en", "2024-10-10").meetings}
    assert found == {25: "2024-10-10", 44: "2024-10-09", 45: "2024-10-09"}


def test_an_edition_said_of_by_an_opening_anaphor_is_of_the_topics_series_though_the_body_names_another_more() -> None:
    text = (
        "Prayut Chan-o-cha and Shinzo Abe yesterday held the 11th Mekong-Japan Summit in Nonthaburi, on the final day of the "
        "35th Asean Summit.\n\n"
        "The meeting reviewed the Tokyo Strategy 2018, which was adopted at the 10th summit in Tokyo on Oct. 9 last year.\n\n"
        "Earlier, the leaders attended the 22nd Asean-Japan Summit. The 35th Asean Summit was the last under Thailand as Asean chair."
    )
    found = [(m.framework, m.ordinal, m.city) for m in process(text, "en", "2019-11-05").meetings]
    assert ("MJC", 10, "Tokyo") in found
    assert ("MJC", 11, "Nonthaburi") in found


def test_an_edition_in_a_list_under_a_crosshead_naming_one_framework_is_that_frameworks() -> None:
    text = (
        "Heads of government meet at the MRC Summit every four years; the fourth MRC Summit was held in Vientiane in 2023.\n\n"
        "Lancang-Mekong Cooperation (LMC)\n"
        "- Members: China, Cambodia, Laos, Myanmar, Thailand, Vietnam.\n"
        "- Legal basis: none in treaty form. It was formally launched at the first leaders' meeting in Sanya in March 2016.\n"
        "- Scope: The fourth leaders' meeting was held by video link in December 2023."
    )
    found = [(m.framework, m.level, m.ordinal, m.city) for m in process(text, "en", "2024-02-10").meetings]
    assert found == [("MRC", "summit", 4, "Vientiane"), ("LMC", "summit", 1, "Sanya"), ("LMC", "summit", 4, None)]


@pytest.mark.parametrize(
    "text",
    ["co-chaired by Don Pramudwinai and V. K. Singh.[5] The ministers met.", "co-chaired by V. K. Singh[5] and Don Pramudwinai."],
)
def test_a_citation_mark_is_no_part_of_a_chairs_name(text: str) -> None:
    assert sorted(c.value for c in find_chairs(fold(text), text, 0, len(text))) == ["Don Pramudwinai", "V. K. Singh"]


@pytest.mark.parametrize(
    ("text", "lang", "titles"),
    [
        ('Leaders did not sign a "water treaty" at the first Lancang-Mekong leaders\' meeting in Sanya.', "en", []),
        ('Các nhà lãnh đạo không thông qua "Hiệp ước nguồn nước" tại Hội nghị Cấp cao Mekong - Lan Thương lần thứ nhất.', "vi", []),
        (
            "The second LMC Leaders' Meeting produced a five-year plan of action—again, political commitments.",
            "en",
            ["five-year plan of action"],
        ),
    ],
)
def test_a_title_not_signed_is_no_document_and_a_dash_ends_one(text: str, lang: str, titles: list[str]) -> None:
    assert [d.value for d in find_documents(fold(text), text, 0, len(text), lang)] == titles
