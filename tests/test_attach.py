"""How field values reach the right meeting: hosts, related meetings, anaphora, datelines."""

from __future__ import annotations

import pytest

from mekong_tracker import process


def meetings(text: str, lang: str = "vi", published: str | None = None) -> dict[tuple[str, str, int | None], dict]:
    return {(m.framework, m.level, m.ordinal): m.fields() for m in process(text, lang, published).meetings}


def test_meeting_on_the_sidelines_takes_the_hosts_place_but_not_its_date() -> None:
    found = meetings(
        "Ngày 26/7, trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 tại Vientiane, Lào, "
        "Thứ trưởng dự Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 15."
    )
    mjc = found[("MJC", "foreign_ministers", 15)]
    assert (mjc["date"], mjc["city"], mjc["country"]) == ("--07-26", "Vientiane", "LA")
    assert found[("ASEAN", "foreign_ministers", 57)]["date"] is None


def test_value_in_parentheses_goes_to_the_meeting_before_it() -> None:
    found = meetings(
        "Các Bộ trưởng hoan nghênh việc tổ chức Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ nhất "
        "(tháng 11/2019 tại Busan, Hàn Quốc) và Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10."
    )
    first = found[("MKC", "summit", 1)]
    assert (first["date"], first["city"], first["country"]) == ("2019-11", "Busan", "KR")
    assert found[("MKC", "foreign_ministers", 10)]["city"] is None


def test_related_meetings_take_the_month_and_place_of_the_main_one() -> None:
    found = meetings(
        "Thủ tướng tới Kuala Lumpur dự Hội nghị Cấp cao ASEAN lần thứ 47 và các hội nghị liên quan từ ngày 26-28/10/2025.\n"
        "Thủ tướng sẽ đồng chủ trì Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 13."
    )
    mjc = found[("MJC", "summit", 13)]
    assert (mjc["date"], mjc["city"], mjc["country"]) == ("2025-10", "Kuala Lumpur", "MY")


def test_asean_summits_with_partners_are_meetings_of_their_own() -> None:
    found = meetings("Thủ tướng dự các hội nghị cấp cao ASEAN với đối tác Mỹ, Trung Quốc và Hàn Quốc tại Kuala Lumpur.")
    assert {k[0] for k in found} >= {"ASEAN+US", "ASEAN+CN", "ASEAN+KR"}


def test_same_day_is_the_last_date_the_text_gave() -> None:
    found = meetings(
        "Ngày 13/11/2020, Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ hai diễn ra trực tuyến.\n"
        "Cũng trong ngày, Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 12 diễn ra trực tuyến."
    )
    assert found[("MJC", "summit", 12)]["date"] == "2020-11-13"


def test_dateline_gives_the_year_and_is_only_a_venue_of_last_resort() -> None:
    text = (
        "BEIJING, Nov. 27, 2019 -- The 5th Lancang-Mekong Foreign Ministers' Meeting will be held in Anning "
        "on Dec. 15, officials said.\n"
        "BUSAN, South Korea, Nov. 27, 2019 -- The first Mekong-ROK Summit was held here on Wednesday."
    )
    found = meetings(text, "en")
    lmc = found[("LMC", "foreign_ministers", 5)]
    assert (lmc["date"], lmc["city"]) == ("2019-12-15", "Anning")
    mkc = found[("MKC", "summit", 1)]
    assert (mkc["date"], mkc["city"]) == ("2019-11-27", "Busan")  # spelled as a name, not in the dateline's capitals


def test_edition_named_by_level_and_ordinal_takes_the_framework_in_focus() -> None:
    found = meetings(
        "The 11th Cambodia-Laos-Vietnam Summit was held online. During the third summit in Siem Reap in 2004, "
        "the three nations decided to develop transport infrastructure.",
        "en",
    )
    third = found[("CLV", "summit", 3)]
    assert (third["date"], third["city"]) == ("2004", "Siem Reap")


def test_head_of_a_delegation_to_som_is_not_a_meeting() -> None:
    found = meetings("Thứ trưởng Đỗ Hùng Việt, Trưởng SOM ASEAN của Việt Nam, dẫn đầu đoàn.")
    assert ("ASEAN", "senior_officials", None) not in found


def test_next_summit_is_not_merged_into_an_earlier_one() -> None:
    found = meetings(
        "The 10th CLV Summit was held in Vientiane. The next CLV Summit will be held in 2022 under the chair of Cambodia.",
        "en",
    )
    assert found[("CLV", "summit", 10)]["date"] is None
    assert found[("CLV", "summit", None)]["date"] == "2022"


def test_dated_mention_does_not_join_an_undated_edition() -> None:
    found = meetings(
        "Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 44 đã diễn ra. "
        "Hội nghị quan chức kinh tế cấp cao CLMV lần thứ 5 diễn ra bên lề Hội nghị Bộ trưởng Kinh tế ASEAN tại Hà Nội "
        "vào ngày 07/3/2013."
    )
    assert ("CLMV", "senior_officials", 5) in found
    assert found[("ASEAN", "ministerial", 44)]["date"] is None


def test_a_place_is_never_a_chair() -> None:
    found = meetings("Ngày 31/3, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc chủ trì Hội nghị Cấp cao GMS lần thứ 6.")
    assert found[("GMS", "summit", 6)]["chairs"] == ["Nguyễn Xuân Phúc"]


def test_host_takes_the_place_and_month_the_sentence_gives_its_sideline_meeting() -> None:
    found = meetings(
        "Foreign ministers met in Jakarta on July 13 for the 16th Mekong-Japan Foreign Ministers' Meeting, "
        "part of the 56th ASEAN Foreign Ministers' Meeting.",
        "en",
        "2023-07-14",
    )
    assert found[("MJC", "foreign_ministers", 16)]["date"] == "2023-07-13"
    host = found[("ASEAN", "foreign_ministers", 56)]
    assert (host["city"], host["date"]) == ("Jakarta", "2023-07")


def test_council_session_numbered_with_phien_thu() -> None:
    found = meetings("Sáng 12/1, Hội đồng Ủy hội sông Mê Công quốc tế họp phiên thứ 24 tại Luang Prabang, Lào.")
    assert found[("MRC", "ministerial", 24)]["city"] == "Luang Prabang"


def test_doc_keeps_every_annotation_as_offsets_into_the_text() -> None:
    doc = process("Ngày 28/9, Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10 diễn ra tại Seoul.", "vi", "2020-09-29")
    texts = {label: [doc.text[s.start : s.end] for s in spans] for label, spans in doc.spans.items()}
    assert texts["framework"] == ["Mê Công - Hàn Quốc"]
    assert texts["ordinal"] == ["lần thứ 10"]
    assert texts["date"] == ["Ngày 28/9"]
    assert texts["place"] == ["Seoul"]


def test_the_day_stated_with_a_host_is_its_guests_and_the_host_gets_the_month() -> None:
    found = meetings(
        "Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 16 diễn ra bên lề "
        "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 tại Kuala Lumpur ngày 10/7/2025."
    )
    assert found[("MJC", "foreign_ministers", 16)]["date"] == "2025-07-10"
    host = found[("ASEAN", "foreign_ministers", 58)]
    assert (host["date"], host["city"]) == ("2025-07", "Kuala Lumpur")


def test_a_journey_date_gives_the_meeting_its_month_only() -> None:
    found = meetings(
        "Sáng 26/10, Thủ tướng rời Hà Nội lên đường tới Kuala Lumpur dự Hội nghị Cấp cao ASEAN lần thứ 47.", published="2025-10-26"
    )
    assert found[("ASEAN", "summit", 47)]["date"] == "2025-10"
    found = meetings("The Prime Minister arrived in Vientiane on September 5, 2024 to attend the 4th Mekong-Lancang Summit.", lang="en")
    assert found[("LMC", "summit", 4)]["date"] == "2024-09"
    # with no year to keep, a journey's day says nothing of the meeting
    found = meetings("Sáng ngày 23/11, Thủ tướng rời Hà Nội, lên đường sang Campuchia tham dự Hội nghị Cấp cao CLV lần thứ 9.")
    assert found[("CLV", "summit", 9)]["date"] is None


def test_upcoming_and_expected_are_not_a_journey() -> None:
    found = meetings(
        "Hội nghị Cấp cao Mê Công - Lan Thương lần thứ 3 sắp tới tại Lào dự kiến được tổ chức ngày 10/1/2020.",
    )
    assert found[("LMC", "summit", 3)]["date"] == "2020-01-10"


def test_edition_and_year_written_as_a_fraction() -> None:
    found = meetings("Các bên đánh giá kết quả kể từ Hội nghị Cấp cao CLV lần thứ 10/2018.")
    assert found[("CLV", "summit", 10)]["date"] == "2018"


def test_the_high_level_meetings_are_the_host_and_its_guest_gets_the_month() -> None:
    found = meetings(
        "The 16th Mekong-Japan Foreign Ministers' Meeting reviewed cooperation.\n"
        "Held alongside the 58th ASEAN Foreign Ministers' Meeting, the discussions focused on connectivity.\n"
        "The high-level meetings in Kuala Lumpur drew 1,500 delegates from July 8 to 11.",
        "en",
        "2025-07-10",
    )
    host = found[("ASEAN", "foreign_ministers", 58)]
    assert (host["date"], host["date_end"], host["city"]) == ("2025-07-08", "2025-07-11", "Kuala Lumpur")
    guest = found[("MJC", "foreign_ministers", 16)]
    assert (guest["date"], guest["city"]) == ("2025-07", "Kuala Lumpur")


def test_the_meetings_say_nothing_when_no_host_was_named() -> None:
    found = meetings(
        "The 16th Mekong-Japan Foreign Ministers' Meeting reviewed cooperation.\nThe meetings drew 1,500 delegates from July 8 to 11.",
        "en",
        "2025-07-10",
    )
    assert found[("MJC", "foreign_ministers", 16)]["date"] is None


def test_a_meeting_of_the_storys_days_without_a_place_is_where_the_story_was_filed() -> None:
    text = (
        "Phuket, Thailand - Ministers welcomed a proposal on Friday.\n"
        "Clinton presided over the first US-Lower Mekong Ministerial Meeting on Thursday night.\n"
        "The first Mekong-Japan Summit was held in Tokyo on November 7, 2009.\n"
    )
    found = meetings(text, "en", "2009-07-24")
    musp = found[("MUSP", "foreign_ministers", 1)]
    assert (musp["city"], musp["country"]) == ("Phuket", "TH")
    assert found[("MJC", "summit", 1)]["city"] == "Tokyo"  # its own place, months away
    # a story that also reports a meeting held online that week was filed where its writer sat: no venue
    found = meetings(text + "The third Mekong-Lancang Leaders' Meeting took place on 24 July 2009 via videoconference.", "en", "2009-07-24")
    assert found[("MUSP", "foreign_ministers", 1)]["country"] is None
    assert found[("LMC", "summit", 3)]["country"] is None


def test_the_previous_summit_is_another_edition_of_the_framework_in_focus() -> None:
    text = (
        "The 4th MRC Summit opened in Vientiane on Wednesday.\n"
        "The previous summit took place in Siem Reap, Cambodia, in April 2018.\n"
        "At the last such summit, leaders agreed to meet every four years."
    )
    found = process(text, "en", "2023-04-05").meetings
    assert [(m.framework, m.ordinal, m.date, m.city) for m in found] == [
        ("MRC", 4, "2023-04-05", "Vientiane"),
        ("MRC", None, "2018-04", "Siem Reap"),
    ]  # the third sentence says nothing of a meeting: no record


def test_a_month_of_last_or_next_year() -> None:
    found = meetings("The 11th Mekong-Japan Summit was held in Bangkok in November last year.", "en", "2020-11-13")
    assert found[("MJC", "summit", 11)]["date"] == "2019-11"


def test_a_page_without_a_date_takes_the_year_its_days_or_headings_give_that_month() -> None:
    text = (
        "Điểm lại hoạt động đối ngoại tháng 12/2023\n\n"
        "Ngày 7/12, Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 8 diễn ra tại Bắc Kinh.\n"
        "Sáng nay (24/8), Hội nghị Bộ trưởng Kinh tế CLMV lần thứ 12 đã diễn ra tại Hà Nội.\n"
        "Đây là một sự kiện trong khuôn khổ Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52, tổ chức từ ngày 22-30/8/2020."
    )
    found = meetings(text)
    assert found[("LMC", "foreign_ministers", 8)]["date"] == "2023-12-07"
    assert found[("CLMV", "ministerial", 12)]["date"] == "2020-08-24"


def test_a_month_an_earlier_meeting_was_held_gives_no_year_to_a_page_without_a_date() -> None:
    text = (
        "Ngày 8/9, Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 11 diễn ra theo hình thức trực tuyến.\n"
        "Hội nghị rà soát Kế hoạch hành động, được thông qua tại Hội nghị lần thứ 10 (tháng 9/2020)."
    )
    found = meetings(text)
    assert found[("MKC", "foreign_ministers", 11)]["date"] == "--09-08"
    assert found[("MKC", "foreign_ministers", 10)]["date"] == "2020-09"


def test_an_edition_without_a_name_is_of_the_articles_topic_at_the_level_its_people_tell() -> None:
    text = (
        "Leaders adopted a declaration at the first Korea-Mekong Summit held in Busan on Wednesday.\n"
        "It came a day after the ASEAN-Korea Commemorative Summit in the same city.\n"
        "Foreign ministers of the six countries had prepared it at their ninth meeting in Bangkok in August.\n"
        "Thailand took over from Vietnam, which hosted the seventh summit in Hanoi."
    )
    found = meetings(text, "en", "2019-11-27")
    ninth = found[("MKC", "foreign_ministers", 9)]
    assert (ninth["date"], ninth["city"]) == ("2019-08", "Bangkok")
    assert found[("MKC", "summit", 7)]["city"] == "Hanoi"
    assert ("ASEAN+KR", "summit", 9) not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hội nghị Cấp cao Mê Công - Lan Thương lần thứ ba diễn ra trực tuyến. Các nhà lãnh đạo điểm lại Kế hoạch hành động 5 năm "
            "(2018-2022), được thông qua tại Hội nghị Cấp cao lần thứ hai ở Phnom Penh.",
            "vi",
        ),
        (
            "The third Mekong-Lancang Leaders' Meeting was held online. Leaders reviewed the Five-Year Plan of Action, "
            "adopted at the second Mekong-Lancang Leaders' Meeting in Phnom Penh.",
            "en",
        ),
    ],
)
def test_a_document_adopted_at_a_meeting_named_after_it_is_that_meetings(text: str, lang: str) -> None:
    found = meetings(text, lang, "2020-08-25")
    assert found[("LMC", "summit", 3)]["documents"] == []
    assert len(found[("LMC", "summit", 2)]["documents"]) == 1


def test_there_points_at_the_meeting_named_last() -> None:
    text = (
        "Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ 2 diễn ra trực tuyến.\n"
        "Một năm trước, Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ nhất đã được tổ chức tại Busan. "
        "Tại đó, lãnh đạo sáu nước đã thông qua Tuyên bố sông Mekong - sông Hàn."
    )
    found = meetings(text, "vi", "2020-11-13")
    assert found[("MKC", "summit", 1)]["documents"] == ["Tuyên bố sông Mekong - sông Hàn"]
    assert found[("MKC", "summit", 2)]["documents"] == []


def test_a_chair_goes_to_the_meeting_named_right_after_the_verb() -> None:
    text = "Foreign Minister Saleumxay Kommasith will chair the AMM, which will be preceded by the ASEAN Senior Officials' Meeting."
    found = meetings(text, "en", "2024-07-10")
    assert found[("ASEAN", "foreign_ministers", None)]["chairs"] == ["Saleumxay Kommasith"]
    assert found[("ASEAN", "senior_officials", None)]["chairs"] == []


def test_two_meetings_named_together_and_then_held_alongside_a_host() -> None:
    text = (
        "Vientiane (VNA) – Minister Bui Thanh Son attended the 15th Mekong-Japan Foreign Ministers' Meeting and "
        "the 12th Mekong-Republic of Korea Foreign Ministers' Meeting last Friday in Vientiane, Laos.\n"
        "The two meetings were held in person on the sidelines of the 57th ASEAN Foreign Ministers' Meeting (AMM-57)."
    )
    found = meetings(text, "en", "2024-07-29")
    for key in (("MJC", "foreign_ministers", 15), ("MKC", "foreign_ministers", 12)):
        assert (found[key]["date"], found[key]["city"], found[key]["format"]) == ("2024-07-26", "Vientiane", "in_person")
    host = found[("ASEAN", "foreign_ministers", 57)]
    assert (host["city"], host["format"]) == ("Vientiane", None)


def test_a_council_session_is_ministerial_and_the_next_one_is_another() -> None:
    text = (
        "Hội nghị Cấp cao MRC lần thứ 4 diễn ra ngày 5/4 tại Viêng Chăn.\n"
        "Gần đây hơn, tại Phiên họp lần thứ 29, Hội đồng đã cho ý kiến về công tác chuẩn bị.\n"
        "Phiên họp thường niên tiếp theo của Hội đồng MRC dự kiến diễn ra vào cuối năm nay."
    )
    found = meetings(text, "vi", "2023-06-15")
    assert set(found) == {("MRC", "summit", 4), ("MRC", "ministerial", 29), ("MRC", "ministerial", None)}
    assert found[("MRC", "ministerial", None)]["date"] == "2023"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Mekong River Commission has held just three summits: the first in Hua Hin in 2010, "
            "the second in Ho Chi Minh City in 2014 and the third in Siem Reap in 2018.",
            "en",
        ),
        (
            "Ủy hội sông Mê Công quốc tế đã tổ chức ba hội nghị cấp cao: lần thứ nhất tại Hua Hin năm 2010, "
            "lần thứ hai tại Thành phố Hồ Chí Minh năm 2014 và lần thứ ba tại Siem Reap năm 2018.",
            "vi",
        ),
    ],
)
def test_editions_named_by_their_ordinal_alone_after_several(text: str, lang: str) -> None:
    found = meetings(text, lang, "2021-10-15")
    assert [(k[2], v["date"]) for k, v in sorted(found.items())] == [(1, "2010"), (2, "2014"), (3, "2018")]
    assert found[("MRC", "summit", 1)]["city"] == "Hua Hin"


def test_the_first_time_is_no_edition() -> None:
    assert meetings("It was the first time that leaders of the four countries met at a summit in Hua Hin in 2010.", "en") == {}


def test_a_dateline_after_a_headline_byline_and_date_stamp() -> None:
    text = (
        "Mekong leaders adopt Hua Hin Declaration\n\nBy The Nation\nPublished on April 6, 2010\n\n"
        "Hua Hin - Leaders of the four lower Mekong countries yesterday adopted the Hua Hin Declaration.\n"
        "The declaration was adopted at the first summit of the Mekong River Commission."
    )
    found = meetings(text, "en", "2010-04-06")
    mrc = found[("MRC", "summit", 1)]
    assert (mrc["date"], mrc["city"], mrc["country"]) == ("2010-04-05", "Hua Hin", "TH")


@pytest.mark.parametrize("met", ["met Friday", "met on Friday"])
def test_the_day_after_met_in_a_lead_goes_to_the_meeting_named_next(met: str) -> None:
    text = (
        f"VIENTIANE, Laos (AP) - Japan's foreign minister {met} with the foreign ministers of five Mekong countries.\n"
        "It was the ninth Mekong-Japan Foreign Ministers' Meeting, and officials called it a sign of closer ties.\n"
        "Two days earlier, ministers of the ten ASEAN countries had met in the same hotel."
    )
    found = meetings(text, "en", "2016-07-25")
    mjc = found[("MJC", "foreign_ministers", 9)]
    assert (mjc["date"], mjc["city"], mjc["country"]) == ("2016-07-22", "Vientiane", "LA")


def test_a_format_said_of_related_summits_is_each_ones_that_month() -> None:
    text = (
        "Hanoi (VNA) - The 37th ASEAN Summit and related summits, all held online, concluded on November 15.\n"
        "The same week, on November 13, leaders held the 12th Mekong-Japan Summit.\n"
        "Like the 36th ASEAN Summit in June, the meetings showed how the bloc has learnt to meet."
    )
    found = meetings(text, "en", "2020-11-15")
    assert found[("MJC", "summit", 12)]["format"] == "online"
    assert found[("ASEAN", "summit", 36)]["format"] is None


def test_a_format_inside_an_opening_anaphor_is_the_meeting_in_focus() -> None:
    text = (
        "Chiều 24/8, Thủ tướng dự Hội nghị Cấp cao Hợp tác Mê Công - Lan Thương lần thứ 3.\n"
        "Hội nghị cấp cao trực tuyến hôm nay diễn ra sáu tháng sau Hội nghị Bộ trưởng Ngoại giao Mê Công - Lan Thương "
        "lần thứ 5 tại Viêng Chăn vào tháng 2/2020."
    )
    found = meetings(text, "vi", "2020-08-24")
    assert found[("LMC", "summit", 3)]["format"] == "online"
    assert found[("LMC", "foreign_ministers", 5)]["format"] is None


def test_meetings_dated_within_the_days_of_x_and_related_meetings_take_its_place_wherever_named() -> None:
    text = (
        "Hội nghị Cấp cao ASEAN lần thứ 44, 45 và các Hội nghị Cấp cao liên quan được tổ chức từ ngày 8 đến 11/10 tại Viêng Chăn.\n"
        "Thủ tướng Lào sẽ chủ trì các hội nghị.\n"
        "Đây là lần thứ ba Lào đảm nhận cương vị Chủ tịch ASEAN.\n"
        "Lào đã chuẩn bị kỹ lưỡng cho sự kiện.\n"
        "Các nước sẽ bàn về kết nối khu vực.\n"
        "Ngày 10/10, Thủ tướng dự Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 27.\n"
        "Tháng 5/2025, Hội nghị Cấp cao ASEAN lần thứ 46 sẽ diễn ra."
    )
    found = meetings(text, "vi", "2024-10-08")
    assert (found[("ASEAN+JP", "summit", 27)]["city"], found[("ASEAN+JP", "summit", 27)]["country"]) == ("Viêng Chăn", "LA")
    assert found[("ASEAN", "summit", 46)]["country"] is None


def test_the_first_meeting_a_paragraph_says_someone_chaired_is_what_its_meeting_anaphor_speaks_of() -> None:
    text = (
        "On Nov. 13, Phuc co-chaired the 12th Mekong-Japan Summit by video link.\n\n"
        "Beijing went first. On Aug. 24, Li Keqiang co-chaired the third Lancang-Mekong Cooperation Leaders' Meeting. "
        "The meeting adopted the Vientiane Declaration."
    )
    found = meetings(text, "en", "2020-11-16")
    assert found[("LMC", "summit", 3)]["documents"] == ["Vientiane Declaration"]
    assert found[("MJC", "summit", 12)]["documents"] == []


def test_a_timeline_lines_year_dates_its_day_and_a_place_set_off_after_the_name_is_the_venue() -> None:
    text = (
        "TIMELINE\n\n"
        "2010 – 5 April: First MRC Summit, Hua Hin, Thailand. Leaders adopt the Hua Hin Declaration.\n\n"
        "2014 – 5 April: Second MRC Summit, Ho Chi Minh City, Viet Nam. The summit sets priorities for water security."
    )
    found = meetings(text, "en")
    first, second = found[("MRC", "summit", 1)], found[("MRC", "summit", 2)]
    assert (first["date"], first["city"], first["country"]) == ("2010-04-05", "Hua Hin", "TH")
    assert (second["date"], second["city"], second["country"]) == ("2014-04-05", "Ho Chi Minh City", "VN")


def test_a_meeting_held_online_takes_no_place_from_the_dateline() -> None:
    text = (
        "BEIJING, Dec. 25 (Xinhua) -- Premier Li Qiang on Monday attended the fourth Lancang-Mekong "
        "Cooperation Leaders' Meeting via video link and adopted a joint declaration on Monday."
    )
    found = meetings(text, "en", "2023-12-25")
    lmc = found[("LMC", "summit", 4)]
    assert (lmc["date"], lmc["city"], lmc["format"]) == ("2023-12-25", None, "online")
    assert lmc["documents"] == ["joint declaration"]


def test_the_reporters_city_a_museums_city_and_where_a_name_is_used_are_no_venues() -> None:
    text = (
        "Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 7 diễn ra tại thành phố cổ Bagan, miền Trung Myanmar.\n"
        "Theo phóng viên TTXVN tại Yangon, Hội nghị có sự tham dự của các Bộ trưởng."
    )
    lmc = meetings(text, "vi", "2022-07-04")[("LMC", "foreign_ministers", 7)]
    assert (lmc["city"], lmc["country"]) == ("Bagan", "MM")
    text = "The 10th Mekong-Ganga Cooperation Ministerial Meeting agreed to hold events at the MGC Textiles Museum in Siem Reap, Cambodia."
    assert meetings(text, "en", "2019-08-02")[("MGC", "foreign_ministers", 10)]["city"] is None
    text = (
        "At the third Lancang-Mekong Cooperation leaders' meeting, held by video link, China offered data from the Lancang, "
        "as the upper Mekong is known in China."
    )
    assert meetings(text, "en", "2020-08-25")[("LMC", "summit", 3)]["country"] is None


def test_a_document_of_the_meeting_an_opening_anaphor_speaks_of() -> None:
    text = (
        "Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 4 diễn ra tại Luang Prabang.\n"
        "Kết thúc Hội nghị, các Bộ trưởng đã ra Thông cáo báo chí chung và nhất trí chuẩn bị cho Hội nghị Cấp cao MLC lần thứ 3.\n"
        "Hội nghị Cấp cao Mekong - Lan Thương lần thứ nhất diễn ra tại Tam Á. Hội nghị khi đó đã thông qua Tuyên bố Tam Á."
    )
    found = meetings(text, "vi", "2018-12-17")
    assert found[("LMC", "foreign_ministers", 4)]["documents"] == ["Thông cáo báo chí chung"]
    assert found[("LMC", "summit", 3)]["documents"] == []
    assert found[("LMC", "summit", 1)]["documents"] == ["Tuyên bố Tam Á"]


def test_people_who_will_meet_are_a_meeting_of_the_articles_framework() -> None:
    text = (
        "Prime Minister Prayut will chair the eighth ACMECS Summit in Bangkok on Saturday.\n"
        "Foreign ministers of the five countries will meet in Bangkok on Friday to finalise the documents."
    )
    found = meetings(text, "en", "2018-06-14")
    fmm = found[("ACMECS", "foreign_ministers", None)]
    assert (fmm["date"], fmm["city"]) == ("2018-06-15", "Bangkok")
    assert found[("ACMECS", "summit", 8)]["date"] == "2018-06-16"


def test_people_of_a_named_framework_who_meet_hold_that_frameworks_meeting() -> None:
    before = "Hội nghị Bộ trưởng Mê Công – sông Hằng lần thứ 10 đã diễn ra tại Bangkok.\n\n"
    found = meetings(before + "Ngày 3/8, các Bộ trưởng Ngoại giao Mê Công – Hàn Quốc nhóm họp lần thứ 9.", "vi", "2019-08-05")
    assert found[("MKC", "foreign_ministers", 9)]["date"] == "2019-08-03"
    assert found[("MGC", "foreign_ministers", 10)]["date"] is None
    text = "The 10th Mekong-Ganga Cooperation Ministerial Meeting took place on Friday.\n\n"
    found = meetings(text + "On Saturday, leaders of the Lancang-Mekong countries held their third meeting in Hanoi.", "en", "2019-08-05")
    assert (found[("LMC", "summit", 3)]["date"], found[("LMC", "summit", 3)]["city"]) == ("2019-08-03", "Hanoi")
    assert found[("MGC", "foreign_ministers", 10)]["date"] == "2019-08-02"
    found = meetings(text + "On Saturday, Mekong-Korea foreign ministers met in Bangkok.", "en", "2019-08-05")
    assert found[("MKC", "foreign_ministers", None)]["city"] == "Bangkok"
    # a headline in a row of related links is no sentence: nothing is read from it
    assert ("ASEAN", "foreign_ministers", None) not in meetings("Bộ trưởng Ngoại giao các nước ASEAN họp trực tuyến với Hoa Kỳ", "vi")


def test_two_first_editions_of_different_years_are_two_meetings() -> None:
    text = (
        "Tối qua (11/9), Hội nghị Bộ trưởng Ngoại giao Mekong - Mỹ lần thứ nhất diễn ra trực tuyến.\n\n"
        "LMI được khởi xướng tại Hội nghị Bộ trưởng Ngoại giao LMI đầu tiên ở Phuket (Thái Lan) tháng 7/2009."
    )
    found = sorted((m.fields() for m in process(text, "vi", "2020-09-12").meetings), key=lambda f: f["date"])
    got = [(f["ordinal"], f["date"], f["city"], f["format"]) for f in found]
    assert got == [(1, "2009-07", "Phuket", None), (1, "2020-09-11", None, "online")]


def test_korean_and_mekong_ministers_name_their_framework() -> None:
    text = (
        "The first Mekong-Korea summit took place in Busan last November. Korean and Mekong foreign ministers followed up "
        "at their 10th meeting, held online in September."
    )
    found = meetings(text, "en", "2020-11-14")
    assert (found[("MKC", "foreign_ministers", 10)]["date"], found[("MKC", "foreign_ministers", 10)]["format"]) == ("2020-09", "online")


def test_ministers_who_met_at_their_ninth_meeting_beside_asean_gatherings() -> None:
    text = (
        "Moon Jae-in co-chaired the first Mekong-Korea Summit in Busan on Wednesday.\n\nThe decision to hold a Mekong-Korea "
        "summit was made when foreign ministers of the six countries met in Bangkok in August, at their ninth meeting, on the "
        "sidelines of ASEAN-related gatherings."
    )
    found = meetings(text, "en", "2019-11-28")
    assert set(found) == {("MKC", "summit", 1), ("MKC", "foreign_ministers", 9)}
    assert (found[("MKC", "foreign_ministers", 9)]["date"], found[("MKC", "foreign_ministers", 9)]["city"]) == ("2019-08", "Bangkok")
    assert found[("MKC", "summit", 1)]["date"] == "2019-11-27"


@pytest.mark.parametrize("such", ["", "such "])
def test_people_who_meet_every_year_then_an_edition_of_theirs(such: str) -> None:
    text = (
        "The Mekong-Japan summit was held in Tokyo on Monday.\n\nLMC foreign ministers meet every year; the 10th "
        f"{such}meeting, in Anning, Yunnan, in August, focused on connectivity."
    )
    found = meetings(text, "en", "2025-10-20")
    assert set(found) == {("MJC", "summit", None), ("LMC", "foreign_ministers", 10)}
    assert (found[("LMC", "foreign_ministers", 10)]["date"], found[("LMC", "foreign_ministers", 10)]["city"]) == ("2025-08", "Anning")


def test_the_last_in_person_summit_is_an_earlier_edition() -> None:
    text = (
        "The fourth LMC Leaders' Meeting was held online on Monday.\n\nLMC leaders last met in August 2020 for their third "
        "meeting. The last in-person leaders' summit was held in Phnom Penh in January 2018."
    )
    found = meetings(text, "en", "2023-12-26")
    assert (found[("LMC", "summit", None)]["date"], found[("LMC", "summit", None)]["city"]) == ("2018-01", "Phnom Penh")
    assert (found[("LMC", "summit", 3)]["date"], found[("LMC", "summit", 3)]["city"]) == ("2020-08", None)


def test_this_is_the_third_then_the_first_and_second_in_clauses_of_their_own() -> None:
    text = (
        "Hội nghị Cấp cao kỷ niệm 30 năm quan hệ đối thoại ASEAN - Hàn Quốc sẽ diễn ra trong hai ngày 25 và 26/11 tại Busan. "
        "Đây là hội nghị cấp cao kỷ niệm ASEAN - Hàn Quốc lần thứ ba; lần thứ nhất được tổ chức năm 2009 tại đảo Jeju và "
        "lần thứ hai năm 2014, cũng tại Busan."
    )
    found = {k[2]: (v["date"], v["city"]) for k, v in meetings(text, "vi", "2019-11-20").items()}
    assert found == {3: ("2019-11-25", "Busan"), 1: ("2009", "Jeju"), 2: ("2014", "Busan")}


def test_the_asean_a_country_chairs_is_not_the_framework_of_an_edition() -> None:
    text = (
        "Hội nghị Cấp cao Mekong - Nhật Bản lần thứ nhất diễn ra tại Tokyo vào tháng 11/2009.\n\nHội nghị Cấp cao lần thứ 2 "
        "được tổ chức tại Hà Nội vào tháng 10/2010, đúng năm Việt Nam giữ cương vị Chủ tịch ASEAN."
    )
    assert meetings(text, "vi", "2019-01-01")[("MJC", "summit", 2)]["city"] == "Hà Nội"


def test_a_timeline_entry_is_dated_by_the_line_before_it_but_not_by_a_page_date() -> None:
    text = (
        "Here are the milestones.\n\n1992\nThe six economies launch the program at the first GMS Ministerial Conference, held "
        "in Manila.\n\nNovember 2002\nThe 1st GMS Summit is held in Phnom Penh.\n\n12/03/2018\nThe 6th GMS Summit opens in Hanoi."
    )
    found = {(k[1], k[2]): v["date"] for k, v in meetings(text, "en", "2021-09-10").items()}
    assert found == {("ministerial", 1): "1992", ("summit", 1): "2002-11", ("summit", 6): None}


def test_meetings_named_after_a_series_held_on_the_sidelines_take_its_place() -> None:
    text = (
        "KUALA LUMPUR: The 48th Asean Foreign Ministers' Meeting opened here on Tuesday.\n\nOn the sidelines, foreign ministers "
        "from the five Mekong countries held separate meetings with several major partners.\n\nSouth Korean Foreign Minister "
        "Yun Byung-se attended the fifth Mekong-Korea Foreign Ministers' Meeting.\n\nThe first Mekong-Korea Foreign Ministers' "
        "Meeting was held in Seoul in 2011."
    )
    found = meetings(text, "en", "2015-08-06")
    assert found[("MKC", "foreign_ministers", 5)]["city"] == "Kuala Lumpur"
    assert found[("MKC", "foreign_ministers", 1)]["city"] == "Seoul"
    text = (
        "Ngày 31/7, AMM-52 khai mạc tại Bangkok.\n\nĐiểm nhấn của tuần lễ là chuỗi bốn hội nghị cấp bộ trưởng với các đối tác, "
        "đều tổ chức bên lề AMM-52 tại Bangkok.\n\nTại Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 12, các Bộ "
        "trưởng đánh giá việc triển khai Chiến lược Tô-ky-ô 2018."
    )
    assert meetings(text, "vi", "2019-08-03")[("MJC", "foreign_ministers", 12)]["city"] == "Bangkok"


def test_a_day_after_two_meetings_named_together_dates_both() -> None:
    text = "Suga is to join the ASEAN Plus Three summit with China and South Korea and the East Asia Summit on Saturday."
    found = meetings(text, "en", "2020-11-13")
    assert found[("ASEAN+3", "summit", None)]["date"] == found[("EAS", "summit", None)]["date"] == "2020-11-14"


@pytest.mark.parametrize("outlet", ["VietnamPlus - ", "Việt Nam News - ", "Khaosan Pathet Lao (KPL) - Lao News Agency"])
def test_an_outlets_name_is_no_dateline(outlet: str) -> None:
    text = (
        f"{outlet}\n\nMekong-ROK ministers meet\n\n"
        "Vientiane, July 26 (KPL) -- The 12th Mekong-ROK Foreign Ministers' Meeting was held here today."
    )
    mkc = meetings(text, "en")[("MKC", "foreign_ministers", 12)]
    assert (mkc["date"], mkc["city"]) == ("--07-26", "Vientiane")


def test_a_story_of_online_summits_gives_no_meeting_the_datelines_place() -> None:
    text = (
        "Hanoi (VNA) - The 37th ASEAN Summit and related summits, all held online, concluded on November 15.\n\n"
        "On Friday, PM Phuc and PM Suga co-chaired the 12th Mekong-Japan Summit."
    )
    found = meetings(text, "en", "2020-11-15")
    assert found[("MJC", "summit", 12)]["date"] == "2020-11-13"
    assert found[("MJC", "summit", 12)]["city"] is None


def test_an_edition_without_a_name_belongs_to_the_framework_the_story_is_about() -> None:
    text = (
        "Ý tưởng về hợp tác Mekong - Lan Thương được đề xuất tại Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 17 năm 2014.\n\n"
        "Hội nghị Cấp cao Mekong - Lan Thương lần thứ nhất diễn ra ngày 23/3/2016 tại Tam Á.\n\n"
        "Hội nghị Cấp cao lần thứ hai được tổ chức tại Phnôm Pênh ngày 10/1/2018.\n\n"
        "Từ đó, hợp tác Mekong - Lan Thương đã có nhiều dự án."
    )
    found = meetings(text, "vi", "2024-09-18")
    assert found[("LMC", "summit", 2)]["date"] == "2018-01-10"
    assert ("ASEAN+CN", "summit", 2) not in found


def test_a_list_of_editions_goes_on_without_lan() -> None:
    text = (
        "Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ nhất diễn ra tại Cảnh Hồng năm 2015. Các Hội nghị Bộ "
        "trưởng Ngoại giao lần thứ hai, thứ ba và thứ tư lần lượt được tổ chức tại Siem Reap, Đại Lý và Luang Prabang."
    )
    found = meetings(text, "vi", "2024-09-18")
    assert {k[2] for k in found if k[:2] == ("LMC", "foreign_ministers")} == {1, 2, 3, 4}


def test_the_related_meetings_do_not_take_the_edition_of_a_meeting_named_after_them() -> None:
    text = (
        "Ngày 26/07, trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 và các hội nghị liên quan tại Vientiane, "
        "đoàn Việt Nam tham dự Hội nghị Bộ trưởng Ngoại giao Mekong-Nhật Bản lần thứ 15 và Hội nghị Bộ trưởng Ngoại giao "
        "Mekong-Hàn Quốc lần thứ 12.\n\nHợp tác Mekong-Hàn Quốc và Mekong-Hàn Quốc được đánh giá cao."
    )
    assert {k[2] for k in meetings(text, "vi")} == {57, 15, 12}


def test_two_summits_said_before_their_host_are_the_two_named_next() -> None:
    text = (
        "HÀ NỘI — Prime Minister Nguyễn Xuân Phúc on Friday (November 13) co-chaired two Mekong summits with leaders of "
        "the RoK and Japan, on the sidelines of the 37th ASEAN Summit, which Việt Nam is hosting online from November 12 to 15. "
        "Phúc chairs the ASEAN Summit as ASEAN Chair.\n\n"
        "In the morning, Phúc and Moon Jae-in co-chaired the second Mekong-RoK Summit via videoconference.\n\n"
        "Later, Phúc and Suga Yoshihide co-chaired the 12th Mekong-Japan Summit, also held online."
    )
    found = meetings(text, "en")
    assert found[("MKC", "summit", 2)]["date"] == found[("MJC", "summit", 12)]["date"] == "--11-13"
    assert (found[("ASEAN", "summit", 37)]["date"], found[("ASEAN", "summit", 37)]["date_end"]) == ("--11-12", "--11-15")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kiên Giang dự Hội nghị hợp tác và phát triển các tỉnh biên giới Việt Nam - Campuchia lần thứ 12\n\n"
            "Từ ngày 28 đến 30/8, đoàn công tác tỉnh đã tham dự Hội nghị hợp tác và phát triển các tỉnh biên giới "
            "Việt Nam - Campuchia lần thứ 12 tại tỉnh Kép.\n\n"
            "Tỉnh đề xuất tận dụng Hành lang kinh tế phía Nam thuộc Chương trình hợp tác Tiểu vùng Mê Công mở rộng (GMS).\n\n"
            "Các đại biểu đã ký Biên bản Hội nghị lần thứ 12 và thống nhất Hội nghị lần thứ 13 sẽ được tổ chức tại "
            "Tây Ninh vào năm 2025.",
            "vi",
        ),
        (
            "The Mekong Delta Regional Coordination Council held its third meeting in Cần Thơ on Saturday.\n\n"
            "Japan has long supported the region through Mekong-Japan cooperation programmes, an investor said.",
            "en",
        ),
    ],
)
def test_a_story_of_some_other_series_gives_its_editions_to_no_framework_it_names_in_passing(text: str, lang: str) -> None:
    assert process(text, lang, "2023-09-01").meetings == []


def test_an_answer_at_a_press_briefing_speaks_of_what_its_question_asks_about() -> None:
    text = (
        "Họp báo thường kỳ Bộ Ngoại giao ngày 2/7: Việt Nam sẽ đồng chủ trì Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản\n\n"
        "Phóng viên: Xin cho biết đánh giá của Việt Nam về kết quả Hội nghị Cấp cao ASEAN lần thứ 36?\n\n"
        "Người Phát ngôn: Hôm 26/6, Hội nghị Cấp cao ASEAN lần thứ 36 đã diễn ra theo hình thức trực tuyến.\n\n"
        "Hội nghị đã thông qua Tuyên bố Tầm nhìn của các nhà Lãnh đạo ASEAN.\n\n"
        "Phóng viên: Xin cho biết thông tin về Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản năm nay?\n\n"
        "Người Phát ngôn: Việt Nam sẽ phối hợp với Nhật Bản tổ chức Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản "
        "lần thứ 13 vào ngày 9/7 tới theo hình thức trực tuyến."
    )
    found = meetings(text, "vi", "2020-07-02")
    assert found[("ASEAN", "summit", 36)]["documents"] == ["Tuyên bố Tầm nhìn của các nhà Lãnh đạo ASEAN"]
    mjc = found[("MJC", "foreign_ministers", 13)]
    assert (mjc["date"], mjc["country"], mjc["documents"]) == ("2020-07-09", None, [])


def test_a_value_opening_a_clause_stays_in_it_and_one_set_off_after_a_host_is_the_guests() -> None:
    text = (
        "Ngày 2/8, Bộ trưởng Ngoại giao Phạm Bình Minh dự Hội nghị Bộ trưởng Ngoại giao Mê Công - sông Hằng lần thứ 9; "
        "cũng bên lề AMM-51, đầu tháng 8, Bộ trưởng tiếp tục dự Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 11."
    )
    found = meetings(text, "vi", "2018-12-20")
    assert found[("MGC", "foreign_ministers", 9)]["date"] == "2018-08-02"
    assert found[("MJC", "foreign_ministers", 11)]["date"] == "2018-08"


def test_two_ministerial_meetings_in_the_lead_are_the_two_named_next_in_the_lao_capital() -> None:
    text = (
        "Vietnam called on Japan and South Korea to help Mekong countries at two ministerial meetings in Vientiane on Friday.\n\n"
        "Deputy Foreign Minister Do Hung Viet led the delegation to the 15th Mekong-Japan Foreign Ministers' Meeting and the "
        "12th Mekong-ROK Foreign Ministers' Meeting.\n\n"
        "AMM-57 and related meetings took place in the Lao capital Vientiane from July 24 to 27."
    )
    found = meetings(text, "en", "2024-07-27")
    for key in [("MJC", "foreign_ministers", 15), ("MKC", "foreign_ministers", 12)]:
        assert (found[key]["date"], found[key]["city"]) == ("2024-07-26", "Vientiane")
    assert found[("ASEAN", "foreign_ministers", 57)]["city"] == "Vientiane"


def test_a_host_sentence_announcing_a_list_gives_its_day_and_place_to_the_listed_meetings() -> None:
    text = (
        "Sáng 11/7, tại Thủ đô Jakarta (Indonesia), bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 (AMM-56) và các "
        "hội nghị liên quan, Bộ trưởng Ngoại giao đã dự hai hội nghị:\n"
        "- Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 8;\n"
        "- Hội nghị Bộ trưởng Ngoại giao hợp tác Mekong - Ấn Độ lần thứ 12.\n"
    )
    found = meetings(text, "vi", "2023-07-12")
    assert found[("LMC", "foreign_ministers", 8)]["date"] == found[("MGC", "foreign_ministers", 12)]["date"] == "2023-07-11"
    assert found[("LMC", "foreign_ministers", 8)]["city"] == found[("MGC", "foreign_ministers", 12)]["city"] == "Jakarta"
    host = found[("ASEAN", "foreign_ministers", 56)]
    assert (host["date"], host["city"]) == (None, "Jakarta")


def test_a_meeting_of_another_year_takes_no_place_from_the_related_meetings() -> None:
    text = (
        "The second Lower Mekong Initiative ministerial meeting took place on the sidelines of the 43rd ASEAN Foreign "
        "Ministers' Meeting (AMM-43) "
        "and related meetings, which opened in Hanoi on July 20, 2010. "
        "Indonesia, which chairs ASEAN next year, will host the third LMI ministerial meeting in 2011."
    )
    third = meetings(text, "en", "2010-07-23")[("MUSP", "foreign_ministers", 3)]
    assert (third["date"], third["city"], third["country"]) == ("2011", None, "ID")  # the host it names, not Hanoi's country


def test_a_day_naming_another_meeting_dates_none_the_sentence_names() -> None:
    text = (
        "Hanoi, 13 November 2020 - Prime Minister Nguyen Xuan Phuc and Prime Minister Yoshihide Suga today co-chaired the "
        "12th Mekong-Japan Summit by video link. Phuc recalled that the 12th Mekong-Japan Foreign Ministers' Meeting, held "
        "in July, had prepared the ground for today's meeting."
    )
    found = meetings(text, "en", "2020-11-13")
    assert found[("MJC", "summit", 12)]["date"] == "2020-11-13"
    assert found[("MJC", "foreign_ministers", 12)]["date"] == "2020-07"


def test_two_titles_said_adopted_at_a_meeting_named_after_them_are_both_its() -> None:
    text = (
        "Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 9 diễn ra ngày 16/8/2024 tại Chiang Mai. Các Bộ trưởng "
        "đánh giá việc triển khai Tuyên bố Nay Pyi Taw và Kế hoạch hành động giai đoạn 2023-2027, hai văn kiện được thông "
        "qua tại Hội nghị Lãnh đạo Mekong - Lan Thương lần thứ 4 tháng 12/2023."
    )
    found = meetings(text, "vi", "2024-08-17")
    assert found[("LMC", "summit", 4)]["documents"] == ["Tuyên bố Nay Pyi Taw", "Kế hoạch hành động giai đoạn 2023-2027"]
    assert found[("LMC", "foreign_ministers", 9)]["documents"] == []


def test_a_title_followed_by_the_meeting_it_came_from_is_that_meetings() -> None:
    text = (
        "Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10 diễn ra tại Tokyo ngày 9/10/2018. Các văn kiện như Tuyên bố Tokyo "
        "tại Hội nghị Cấp cao Mekong - Nhật Bản lần thứ nhất và Chiến lược Tokyo 2015, được thông qua tại Hội nghị Cấp cao "
        "Mekong - Nhật Bản lần thứ 7, đã định hình hợp tác."
    )
    found = meetings(text, "vi", "2018-10-10")
    assert found[("MJC", "summit", 1)]["documents"] == ["Tuyên bố Tokyo"]
    assert found[("MJC", "summit", 7)]["documents"] == ["Chiến lược Tokyo 2015"]
    assert found[("MJC", "summit", 10)]["documents"] == []


def test_documents_named_after_two_important_documents_are() -> None:
    text = (
        "Hội nghị Lãnh đạo Mekong - Lan Thương lần thứ 4 diễn ra trực tuyến ngày 25/12/2023. Hội nghị đã thông qua hai văn "
        "kiện quan trọng là Tuyên bố Nay Pyi Taw và Kế hoạch hành động 5 năm giai đoạn 2023-2027."
    )
    found = meetings(text, "vi", "2023-12-26")
    assert found[("LMC", "summit", 4)]["documents"] == ["Tuyên bố Nay Pyi Taw", "Kế hoạch hành động 5 năm giai đoạn 2023-2027"]


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "Hội nghị cấp cao MRC lần thứ nhất diễn ra ngày 5/4/2010 tại Hua Hin, Thái Lan. Tuyên bố Hua Hin khẳng định cam kết "
            "của bốn nước. Hội nghị cấp cao MRC lần thứ ba họp tháng 4/2018 tại Siem Reap, Campuchia.",
            "vi",
            "Tuyên bố Hua Hin",
        ),
        (
            "The first MRC Summit took place in Hua Hin, Thailand, on 5 April 2010. The Hua Hin Declaration set out the "
            "priorities of the four members. The third MRC Summit met in Siem Reap, Cambodia, in April 2018.",
            "en",
            "Hua Hin Declaration",
        ),
    ],
)
def test_a_declaration_named_for_a_city_is_the_meeting_held_there(text: str, lang: str, title: str) -> None:
    found = meetings(text, lang, "2024-01-01")
    assert found[("MRC", "summit", 1)]["documents"] == [title]
    assert found[("MRC", "summit", 3)]["documents"] == []


def test_a_strategy_named_for_a_host_city_goes_nowhere_by_its_name() -> None:
    text = (
        "The 10th Mekong-Japan Summit was held in Tokyo on 9 October 2018 and adopted the Tokyo Strategy 2018. "
        "It builds on the Tokyo Strategy 2015 and the Tokyo Declaration of 2009."
    )
    assert meetings(text, "en", "2018-10-10")[("MJC", "summit", 10)]["documents"] == ["Tokyo Strategy 2018"]


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "Hội nghị Cấp cao GMS lần thứ 8 diễn ra ngày 6/11/2024 tại Côn Minh. Thủ tướng đề nghị hiện thực hóa Khung Chiến "
            "lược GMS 2030. Văn kiện này đã được thông qua tại Hội nghị Cấp cao GMS lần thứ 7 tổ chức trực tuyến năm 2021.",
            "vi",
            "Khung Chiến lược GMS 2030",
        ),
        (
            "The 8th GMS Summit took place in Kunming on 6 November 2024. Leaders pledged to carry out the GMS Strategic "
            "Framework 2030. The document was adopted at the 7th GMS Summit, held online in 2021.",
            "en",
            "GMS Strategic Framework 2030",
        ),
    ],
)
def test_this_document_adopted_at_a_meeting_is_the_title_named_before(text: str, lang: str, title: str) -> None:
    found = process(text, lang, "2024-11-08").meetings
    seventh = next(m for m in found if m.ordinal == 7)
    assert seventh.documents == [title]
    assert seventh.evidence["documents"][0].text == title and title in seventh.evidence["documents"][0].sentence
    assert next(m for m in found if m.ordinal == 8).documents == []


def test_a_body_deciding_after_its_meeting_was_named_speaks_of_that_meeting() -> None:
    text = (
        "Ngày 16/12, Hội nghị Hội đồng Ủy hội sông Mê Công quốc tế lần thứ 27 diễn ra trực tuyến.\n\n"
        "Sau một ngày làm việc, Hội đồng MRC đã thông qua Chiến lược phát triển lưu vực giai đoạn 2021-2030.\n\n"
        "Chiều cùng ngày, Hội nghị Đối thoại lần thứ 25 giữa MRC với Trung Quốc và Myanmar diễn ra trực tuyến."
    )
    found = meetings(text, "vi", "2020-12-17")
    assert found[("MRC", "ministerial", 27)]["documents"] == ["Chiến lược phát triển lưu vực giai đoạn 2021-2030"]
    assert found[("MRC", "other", 25)]["date"] == "2020-12-16"


def test_a_series_named_as_host_keeps_the_days_the_series_is_said_to_last() -> None:
    text = (
        "Tối 2/8, Hội nghị Bộ trưởng Ngoại giao Đối tác Mê Công - Hoa Kỳ (Mekong-U.S. Partnership Ministerial Meeting) lần thứ 2 "
        "đã diễn ra theo hình thức trực tuyến, trong khuôn khổ chuỗi Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 (AMM-54) và "
        "các hội nghị liên quan. Do dịch Covid-19, toàn bộ chuỗi hội nghị, kéo dài từ ngày 2 đến 6/8, được tổ chức trực tuyến."
    )
    found = meetings(text, "vi", "2021-08-03")
    assert set(found) == {("MUSP", "foreign_ministers", 2), ("ASEAN", "foreign_ministers", 54)}
    assert (found[("MUSP", "foreign_ministers", 2)]["date"], found[("MUSP", "foreign_ministers", 2)]["format"]) == ("2021-08-02", "online")
    host = found[("ASEAN", "foreign_ministers", 54)]
    assert (host["date"], host["date_end"]) == ("2021-08-02", "2021-08-06")


@pytest.mark.parametrize("held", [" diễn ra từ ngày", ", kéo dài từ ngày"])
def test_a_host_with_related_meetings_keeps_its_own_days_and_the_guest_takes_the_day_after(held: str) -> None:
    text = (
        f"Trong khuôn khổ Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 54 (AEM 54) và các hội nghị liên quan{held} "
        "14-18/9/2022 tại Siem Reap, Campuchia, chiều 17/9, Bộ trưởng Bộ Công Thương đã tham dự Hội nghị Bộ trưởng Kinh tế "
        "CLMV lần thứ 14."
    )
    found = meetings(text, "vi", "2022-09-18")
    assert (found[("ASEAN", "ministerial", 54)]["date"], found[("ASEAN", "ministerial", 54)]["date_end"]) == ("2022-09-14", "2022-09-18")
    assert (found[("CLMV", "ministerial", 14)]["date"], found[("CLMV", "ministerial", 14)]["date_end"]) == ("2022-09-17", None)


def test_a_hosts_which_clause_with_hosted_dates_the_host() -> None:
    text = (
        "External Affairs Minister S. Jaishankar co-chaired the 12th Mekong Ganga Cooperation Ministerial Meeting in Jakarta "
        "last Thursday, on the sidelines of the 56th ASEAN Foreign Ministers' Meeting and related meetings, which Indonesia "
        "hosted from July 11 to 14."
    )
    found = meetings(text, "en", "2023-07-17")
    host = found[("ASEAN", "foreign_ministers", 56)]
    assert (host["date"], host["date_end"]) == ("2023-07-11", "2023-07-14")
    assert found[("MGC", "foreign_ministers", 12)]["date"] == "2023-07-13"


@pytest.mark.parametrize(
    "after",
    [
        "It was held in person for the first time since 2018.",
        "Prime Minister Hun Sen attended in person, while Thailand was represented by a deputy.",
    ],
)
def test_a_sentence_saying_how_the_meeting_was_held_gives_its_format(after: str) -> None:
    text = f"Leaders met at the 4th Mekong River Commission Summit in Vientiane on 5 April 2023. {after}"
    found = meetings(text, "en", "2023-04-05")
    assert found[("MRC", "summit", 4)]["format"] == "in_person"


def test_a_format_word_in_a_following_sentence_about_something_else_is_no_format() -> None:
    text = "Leaders met at the 4th Mekong River Commission Summit in Vientiane on 5 April 2023. Online trade grew fast."
    assert meetings(text, "en", "2023-04-05")[("MRC", "summit", 4)]["format"] is None


def test_the_day_of_a_journey_to_a_city_ahead_of_a_meeting_is_not_the_meetings() -> None:
    text = (
        "Chinese Foreign Minister Wang Yi arrived in the ancient city of Bagan on Saturday night, ahead of the seventh "
        "Lancang-Mekong Cooperation Foreign Ministers' Meeting, which opens there on Monday."
    )
    assert meetings(text, "en", "2022-07-04")[("LMC", "foreign_ministers", 7)]["date"] == "2022-07-04"


def test_editions_called_editions_are_the_series_of_the_meeting_before() -> None:
    text = (
        "Leaders of the Mekong River Commission met at the 4th MRC Summit in Vientiane in April 2023. "
        "The first edition was held in Hua Hin in 2010, the second in Ho Chi Minh City in 2014."
    )
    found = meetings(text, "en", "2023-04-05")
    assert {k[2]: (v["date"], v["city"]) for k, v in found.items()} == {
        4: ("2023-04", "Vientiane"),
        1: ("2010", "Hua Hin"),
        2: ("2014", "Ho Chi Minh City"),
    }


def test_the_year_an_edition_was_first_planned_for_is_not_its_date() -> None:
    text = (
        "Leaders met at the 4th MRC Summit in Vientiane on 5 April 2023. The fourth edition was originally due in 2022, "
        "but it was postponed by a year."
    )
    found = meetings(text, "en", "2023-04-05")
    assert list(found) == [("MRC", "summit", 4)]
    assert found[("MRC", "summit", 4)]["date"] == "2023-04-05"


def test_the_meetings_above_held_within_a_host_share_its_place() -> None:
    text = (
        "Ngày 13/7, Hội nghị Bộ trưởng Ngoại giao Sáng kiến Hạ nguồn Mê Công đã diễn ra.\n\n"
        "Ngày 12/7, Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 5.\n\n"
        "Các hội nghị nói trên diễn ra trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 45 tại Phnôm Pênh."
    )
    found = meetings(text, "vi", "2012-07-14")
    assert (found[("MJC", "foreign_ministers", 5)]["date"], found[("MJC", "foreign_ministers", 5)]["city"]) == ("2012-07-12", "Phnôm Pênh")


def test_a_meeting_on_the_margins_of_the_one_spoken_of_shares_its_month_and_place() -> None:
    text = (
        "ASEAN leaders hold their 47th summit in Kuala Lumpur from Sunday through Tuesday.\n\n"
        "On the margins of the gathering, Japan and the five Mekong countries will convene the 13th Mekong-Japan Summit."
    )
    mjc = meetings(text, "en", "2025-10-25")[("MJC", "summit", 13)]
    assert (mjc["date"], mjc["city"], mjc["country"]) == ("2025-10", "Kuala Lumpur", "MY")


def test_a_story_headed_by_the_summit_of_another_acronym_gives_its_editions_to_no_framework() -> None:
    text = (
        "BIMSTEC summit: what the Bangkok Vision means\n\n"
        "The sixth summit of the seven-member grouping was held in Bangkok last Friday.\n\n"
        "The other platform is the Mekong Ganga Cooperation, which links India with the five Mekong countries."
    )
    assert meetings(text, "en", "2025-04-07") == {}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "LMI được hình thành từ tháng 7/2009, khi Ngoại trưởng Hillary Clinton gặp các Bộ trưởng Ngoại giao tại Hội nghị "
            "Bộ trưởng Ngoại giao Mỹ - Hạ nguồn Mê Công lần đầu tiên ở Phuket.",
            "vi",
        ),
        (
            "The LMI has grown since July 2009, when Hillary Clinton met her counterparts at the first U.S.-Lower Mekong "
            "Ministerial Meeting.",
            "en",
        ),
    ],
)
def test_a_date_followed_by_when_dates_the_meeting_named_in_that_clause(text: str, lang: str) -> None:
    assert meetings(text, lang, "2020-09-12")[("MUSP", "foreign_ministers", 1)]["date"] == "2009-07"


def test_a_year_said_before_since_is_not_the_year_of_the_meeting_named_after_it() -> None:
    text = (
        "Hội nghị cấp cao Mekong - Nhật Bản lần thứ 10 diễn ra ngày 9/10 tại Tokyo. Năm 2018 đánh dấu một thập kỷ hợp tác "
        "Mekong - Nhật Bản kể từ Hội nghị Bộ trưởng Ngoại giao đầu tiên năm 2008."
    )
    assert meetings(text, "vi", "2018-10-10")[("MJC", "foreign_ministers", 1)]["date"] == "2008"


def test_ministers_who_first_met_held_the_first_meeting_and_a_title_after_the_summit_is_its() -> None:
    text = (
        "Prime Minister Shinzo Abe on Tuesday chaired the 10th Mekong-Japan Summit in Tokyo.\n\n"
        "Foreign ministers of Japan and the Mekong countries first met in Tokyo in January 2008, and the first leaders' "
        "meeting followed in Tokyo in November 2009, when the Tokyo Declaration launched a new partnership."
    )
    found = meetings(text, "en", "2018-10-10")
    assert (found[("MJC", "foreign_ministers", 1)]["date"], found[("MJC", "foreign_ministers", 1)]["documents"]) == ("2008-01", [])
    assert found[("MJC", "summit", 1)]["documents"] == ["Tokyo Declaration"]


def test_a_series_that_began_on_a_day_with_a_meeting_gives_it_that_day_not_the_chairs_year() -> None:
    text = (
        "The meetings, held online with Vietnam as this year's chair of ASEAN, began Thursday with the 21st Asean-Korea "
        "summit, where Moon unveiled his policy."
    )
    assert meetings(text, "en", "2020-11-15")[("ASEAN+KR", "summit", 21)]["date"] == "2020-11-12"


def test_a_meeting_that_opens_a_when_clause_is_what_the_next_the_meeting_speaks_of() -> None:
    text = (
        "The 53rd ASEAN Foreign Ministers' Meeting opened on September 9 under the chairmanship of Pham Binh Minh.\n\n"
        "For the Mekong subregion, the highlight of the week came on Friday, when the first Mekong-US Partnership Ministerial "
        "Meeting was held virtually. The meeting was co-chaired by Minh and US Deputy Secretary of State Stephen Biegun."
    )
    found = meetings(text, "en", "2020-09-12")
    assert found[("MUSP", "foreign_ministers", 1)]["chairs"] == ["Pham Binh Minh", "Stephen Biegun"]
    assert found[("ASEAN", "foreign_ministers", 53)]["chairs"] == ["Pham Binh Minh"]


def test_the_meeting_of_a_named_framework_is_the_last_of_that_framework_named() -> None:
    text = (
        "The minister attended the Special ASEAN-China Foreign Ministers' Meeting on June 7 and the sixth Mekong-Lancang "
        "Cooperation Foreign Ministers' Meeting the following day.\n\n"
        "The Mekong-Lancang meeting on Tuesday was co-chaired by Chinese Foreign Minister Wang Yi and Myanmar's Wunna Maung Lwin."
    )
    found = meetings(text, "en", "2021-06-09")
    assert (found[("LMC", "foreign_ministers", 6)]["date"], found[("LMC", "foreign_ministers", 6)]["chairs"]) == (
        "2021-06-08",
        ["Wang Yi", "Wunna Maung Lwin"],
    )
    assert found[("ASEAN+CN", "foreign_ministers", None)]["chairs"] == []


def test_a_day_said_later_of_an_announcement_is_no_meeting_date() -> None:
    text = (
        "At the ASEAN-South Korea foreign ministers' meeting in Vientiane, they discussed an upgrade of their relations, "
        "which could be formally announced later this year, the ministry said."
    )
    assert meetings(text, "en", "2024-07-26")[("ASEAN+KR", "foreign_ministers", None)]["date"] is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The minister attended the Special ASEAN-China Foreign Ministers' Meeting on June 7, and the sixth Mekong-Lancang "
            "Cooperation Foreign Ministers' Meeting the following day.",
            "en",
        ),
        (
            "Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc ngày 7/6 và Hội nghị Bộ trưởng Ngoại giao Mekong - Lan "
            "Thương lần thứ 6 ngày hôm sau.",
            "vi",
        ),
    ],
)
def test_a_meeting_held_the_following_day_is_a_day_after_the_one_named_before(text: str, lang: str) -> None:
    assert meetings(text, lang, "2021-06-10")[("LMC", "foreign_ministers", 6)]["date"] == "2021-06-08"


def test_a_meeting_of_a_frameworks_ministers_is_their_meeting() -> None:
    text = (
        "The 10th Mekong-Japan summit was held in Tokyo on Tuesday. The summit followed a meeting of Mekong-Japan foreign "
        "ministers in Singapore in August, which laid the groundwork."
    )
    fm = meetings(text, "en", "2018-10-10")[("MJC", "foreign_ministers", None)]
    assert (fm["date"], fm["city"]) == ("2018-08", "Singapore")


def test_a_title_adopted_with_a_meeting_named_before_is_that_meetings() -> None:
    text = (
        "Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 5 diễn ra tại Viêng Chăn ngày 21/2/2020.\n\n"
        "Các nhà lãnh đạo đánh giá cao kết quả hợp tác kể từ khi cơ chế được khởi động tại Hội nghị Cấp cao lần thứ nhất ở Tam Á "
        "ngày 23/3/2016 với việc thông qua Tuyên bố Tam Á."
    )
    found = meetings(text, "vi", "2020-02-22")
    assert (found[("LMC", "summit", 1)]["documents"], found[("LMC", "foreign_ministers", 5)]["documents"]) == (["Tuyên bố Tam Á"], [])


def test_a_meeting_where_someone_made_the_remarks_is_on_the_day_the_sentence_before_tells() -> None:
    text = (
        "BEIJING, Aug. 24 (Xinhua) -- Chinese Premier Li Keqiang on Monday called on Lancang-Mekong countries to deepen "
        "cooperation on water resources.\n\n"
        "Li made the remarks when co-chairing the third Lancang-Mekong Cooperation Leaders' Meeting via video link."
    )
    assert meetings(text, "en", "2020-08-25")[("LMC", "summit", 3)]["date"] == "2020-08-24"
    told_apart = text.replace("made the remarks when co-chairing", "later co-chaired")
    assert meetings(told_apart, "en", "2020-08-25")[("LMC", "summit", 3)]["date"] is None


def test_a_day_the_body_gives_comes_before_the_day_in_the_headline() -> None:
    text = (
        "TRỰC TIẾP AMM-57 ngày 26/7: các hội nghị với đối tác\n\n"
        "Hôm qua (25/7), Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã khai mạc tại Viêng Chăn, Lào."
    )
    assert meetings(text, "vi", "2024-07-26")[("ASEAN", "foreign_ministers", 57)]["date"] == "2024-07-25"


def test_the_same_day_is_the_last_day_told_not_one_told_as_background_nor_the_day_of_another_meeting() -> None:
    told = (
        "Hôm nay (13/11), Thủ tướng đồng chủ trì Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ 2.\n\n"
        "Sáng qua (12/11), Thủ tướng chủ trì khai mạc Hội nghị Cấp cao ASEAN lần thứ 37.\n\n"
        "Chiều và tối cùng ngày, lãnh đạo ASEAN họp với các đối tác, trong đó có Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 21."
    )
    assert meetings(told, "vi", "2020-11-13")[("ASEAN+KR", "summit", 21)]["date"] == "2020-11-12"
    background = (
        "Sáng nay (31/3), Thủ tướng chủ trì Hội nghị Cấp cao GMS lần thứ 6. Trước đó, ngày 29/3, Hội nghị Quan chức cao cấp "
        "GMS đã họp tại Hà Nội.\n\nChiều cùng ngày, Thủ tướng chủ trì Hội nghị Cấp cao CLV lần thứ 10."
    )
    assert meetings(background, "vi", "2018-03-31")[("CLV", "summit", 10)]["date"] == "2018-03-31"
    beside = (
        "Prayut will chair the eighth ACMECS summit in Bangkok on Saturday. Foreign ministers will meet in Bangkok on Friday.\n\n"
        "Leaders will also hold the ninth CLMV summit on the sidelines on the same day."
    )
    assert meetings(beside, "en", "2018-06-14")[("CLMV", "summit", 9)]["date"] == "2018-06-16"


def test_a_day_within_a_named_meetings_span_of_days_is_that_meeting() -> None:
    text = (
        "BANGKOK, Nov 4 (Reuters) - Leaders pledged on Monday to work together as a three-day Southeast Asian summit in "
        "Bangkok wound up.\n\nThe 35th ASEAN summit, chaired by Thai Prime Minister Prayut Chan-o-cha, ran from Saturday to "
        "Monday in Bangkok."
    )
    found = [m for m in process(text, "en", "2019-11-04").meetings if m.framework == "ASEAN"]
    assert [(m.ordinal, m.date, m.date_end) for m in found] == [(35, "2019-11-02", "2019-11-04")]


def test_a_title_that_names_a_framework_after_its_meeting_is_that_meetings() -> None:
    text = (
        "The 35th ASEAN summit ended in Bangkok on Monday. Leaders of Japan and the Mekong countries met for the 11th "
        'Mekong-Japan summit on the sidelines. They adopted a joint statement and the "Mekong-Japan Initiative for SDGs '
        'towards 2030", an official said.'
    )
    found = meetings(text, "en", "2019-11-04")
    assert found[("MJC", "summit", 11)]["documents"] == ["joint statement", "Mekong-Japan Initiative for SDGs towards 2030"]
    assert found[("ASEAN", "summit", 35)]["documents"] == []


def test_a_line_that_says_how_a_meeting_was_chaired_is_that_meetings_though_it_names_another_framework() -> None:
    text = (
        "9th MGC Ministerial Meeting (Singapore)\n"
        "- Held on Aug. 2, 2018, on the sidelines of ASEAN-related events in Singapore, and co-chaired by Thai Foreign "
        "Minister Don Pramudwinai and India's Minister of State for External Affairs, V. K. Singh."
    )
    mgc = meetings(text, "en", "2019-01-10")[("MGC", "foreign_ministers", 9)]
    assert (mgc["date"], mgc["city"], mgc["chairs"][:1]) == ("2018-08-02", "Singapore", ["Don Pramudwinai"])


def test_the_meetings_of_a_framework_in_the_plural_are_a_series_not_its_last_meeting() -> None:
    text = (
        "Today marks the start of the 51st Asean Foreign Ministers' Meeting in Singapore, chaired by Vivian Balakrishnan.\n\n"
        "The ninth Mekong-Ganga Cooperation Ministerial Meeting has ended. It was co-chaired by Thai Foreign Minister Don "
        "Pramudwinai and India's Minister of State for External Affairs V. K. Singh, and took place on the sidelines of "
        "the Asean meetings."
    )
    found = meetings(text, "en", "2018-08-02")
    assert found[("MGC", "foreign_ministers", 9)]["chairs"] == ["Don Pramudwinai", "V. K. Singh"]
    assert found[("ASEAN", "foreign_ministers", 51)]["chairs"] == ["Vivian Balakrishnan"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Prime Minister Prayut Chan-o-cha chairs the 8th ACMECS summit in Bangkok on Saturday. Leaders of the five "
            "member states are expected to endorse a master plan.",
            "2018-06-16",
        ),
        ("Prime Minister Prayut Chan-o-cha chairs the 8th ACMECS summit in Bangkok on Saturday. SPM", "2018-06-09"),
        ("Thailand, which chairs the group this year, hosted the 8th ACMECS summit in Bangkok on Saturday.", "2018-06-09"),
    ],
)
def test_a_timetables_present_is_to_come_but_not_a_captions(text: str, date: str) -> None:
    assert meetings(text, "en", "2018-06-11")[("ACMECS", "summit", 8)]["date"] == date


def test_a_headlines_day_and_another_pairs_summit_split_no_meeting() -> None:
    text = (
        "What to watch this week\n\nTUESDAY: Trump-Kim summit\n\nTrump and Kim meet in Singapore, the first meeting between "
        "sitting leaders of the two countries.\n\nSATURDAY: ACMECS summit\n\nPrime Minister Prayut Chan-o-cha chairs the 8th "
        "summit of the Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy (ACMECS) in Bangkok on Saturday. Leaders "
        "of the five member states are expected to endorse a master plan."
    )
    found = [(m.framework, m.level, m.ordinal, m.date) for m in process(text, "en", "2018-06-11").meetings]
    assert found == [("ACMECS", "summit", 8, "2018-06-16")]


def test_meetings_named_together_with_a_month_are_the_editions_named_next() -> None:
    text = (
        "Barely three weeks earlier, in late July, the Mekong-Japan and Mekong-Republic of Korea foreign ministers' meetings "
        "resumed in Vientiane on the sidelines of the 57th ASEAN Foreign Ministers' Meeting.\n\n"
        "At the 15th Mekong-Japan Foreign Ministers' Meeting, ministers adopted the Mekong-Japan Cooperation Strategy 2024. "
        "At the 12th Mekong-ROK Foreign Ministers' Meeting, a pledge was welcomed."
    )
    found = [(m.framework, m.ordinal, m.date, m.city) for m in process(text, "en", "2024-08-23").meetings if m.framework != "ASEAN"]
    assert sorted(found) == [("MJC", 15, "2024-07", "Vientiane"), ("MKC", 12, "2024-07", "Vientiane")]


def test_those_attending_after_the_chair_and_a_meeting_earlier_in_the_day() -> None:
    text = (
        "The 11th CLV Summit took place online yesterday, chaired by Lao Prime Minister Thongloun Sisoulith, with Prime "
        "Minister Nguyen Xuan Phuc attending from Ha Noi and Cambodian Prime Minister Hun Sen from Phnom Penh. Earlier in the "
        "day, the 10th CLMV Summit was also held virtually, chaired by Prime Minister Nguyen Xuan Phuc. The first Mekong-Korea "
        "summit was co-chaired by Moon Jae-in and Prayut Chan-o-cha, with Cambodian Prime Minister Hun Sen attending."
    )
    found = meetings(text, "en", "2020-12-10")
    assert (found[("CLV", "summit", 11)]["chairs"], found[("CLV", "summit", 11)]["date"]) == (["Thongloun Sisoulith"], "2020-12-09")
    assert found[("CLMV", "summit", 10)]["date"] == "2020-12-09"
    assert found[("MKC", "summit", 1)]["chairs"] == ["Moon Jae-in", "Prayut Chan-o-cha"]


def test_chairs_said_of_the_meeting_before_with_the_ministers_attending_named_after_them() -> None:
    text = (
        "The 10th MGC Ministerial Meeting was held on Thursday on the sidelines of the 52nd ASEAN Foreign Ministers' Meeting "
        "in Bangkok. It was co-chaired by Foreign Minister Don Pramudwinai and Indian External Affairs Minister S Jaishankar, "
        "with ministers and senior officials from Cambodia, Laos, Myanmar and Vietnam."
    )
    found = meetings(text, "en", "2019-08-02")
    assert found[("MGC", "foreign_ministers", 10)]["chairs"] == ["Don Pramudwinai", "S Jaishankar"]
    assert found[("ASEAN", "foreign_ministers", 52)]["chairs"] == []


def test_the_days_a_host_runs_said_in_its_own_clause_are_the_hosts() -> None:
    text = (
        "The 10th MGC Ministerial Meeting was held on Thursday on the sidelines of the 52nd ASEAN Foreign Ministers' Meeting "
        "and related meetings, which run from July 29 to August 3 in Bangkok."
    )
    found = meetings(text, "en", "2019-08-02")
    amm = found[("ASEAN", "foreign_ministers", 52)]
    assert (amm["date"], amm["date_end"]) == ("2019-07-29", "2019-08-03")
    assert found[("MGC", "foreign_ministers", 10)]["date"] == "2019-08-01"


def test_the_day_an_agreement_named_in_passing_was_signed_dates_no_meeting() -> None:
    text = (
        "Later in the day, Prime Minister Nguyen Xuan Phuc chaired the 10th CLMV Summit online. At the CLMV summit, the four "
        "countries discussed ways to make the most of the Regional Comprehensive Economic Partnership (RCEP), signed last month."
    )
    assert [(m.ordinal, m.date) for m in process(text, "en", "2020-12-09").meetings] == [(10, "2020-12-09")]


def test_what_a_line_ending_in_a_colon_says_goes_to_each_meeting_its_list_names() -> None:
    text = (
        "Hội nghị Cấp cao ASEAN lần thứ 35 diễn ra từ ngày 2 đến 4/11 tại Bangkok, Thái Lan.\n\n"
        "Theo thông tin từ đoàn công tác, trong ngày 4/11, Thủ tướng lần lượt tham dự:\n\n"
        "- Hội nghị Cấp cao ASEAN+3 lần thứ 22;\n- Hội nghị Cấp cao RCEP lần thứ 3;\n- Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 11.\n\n"
        "Tại Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 11, lãnh đạo các nước đã thông qua Sáng kiến Mekong - Nhật Bản về SDGs."
    )
    found = meetings(text, "vi", "2019-11-04")
    assert found[("ASEAN+3", "summit", 22)]["date"] == found[("MJC", "summit", 11)]["date"] == "2019-11-04"
    assert (found[("ASEAN", "summit", 35)]["date"], found[("ASEAN", "summit", 35)]["date_end"]) == ("2019-11-02", "2019-11-04")


def test_a_list_of_earlier_editions_after_a_colon_and_ministers_who_meet_every_year() -> None:
    text = (
        "Hôm qua (5/4), Thủ tướng dự Hội nghị Cấp cao Ủy hội sông Mekong quốc tế lần thứ 4 tại Vientiane.\n\n"
        "Bình thường các bộ trưởng họp với nhau mỗi năm. Cứ 4 năm một lần, thủ tướng các nước mới ngồi lại với nhau.\n\n"
        "Điểm lại các lần trước:\n- Lần 1: năm 2010 ở Hua Hin, Thái Lan;\n- Lần 2: năm 2014 tại TP Hồ Chí Minh;\n"
        "- Lần 3: năm 2018 ở Siem Reap, Campuchia."
    )
    found = meetings(text, "vi", "2023-04-06")
    assert sorted(found) == [("MRC", "summit", n) for n in (1, 2, 3, 4)]
    assert (found[("MRC", "summit", 1)]["date"], found[("MRC", "summit", 1)]["city"]) == ("2010", "Hua Hin")


def test_a_day_earlier_is_a_day_before_the_meeting_named_before_or_the_storys() -> None:
    vi = (
        "Ngày 15/12, Hội nghị Bộ trưởng Ngoại giao Mê Công - Lan Thương lần thứ ba diễn ra tại Đại Lý. "
        "Một ngày trước đó, Hội nghị Quan chức cao cấp (SOM) Mê Công - Lan Thương cũng đã họp tại Đại Lý."
    )
    assert meetings(vi, "vi", "2017-12-16")[("LMC", "senior_officials", None)]["date"] == "2017-12-14"
    en = (
        "President Moon Jae-in on Friday co-chaired the second Mekong-Korea summit online. In September, the 10th Mekong-Korea "
        "foreign ministers' meeting endorsed a plan of action. A day earlier, Moon took part in the 21st ASEAN-Korea summit."
    )
    assert meetings(en, "en", "2020-11-14")[("ASEAN+KR", "summit", 21)]["date"] == "2020-11-12"


def test_their_numbered_summit_is_of_the_people_the_sentence_named_with_their_framework() -> None:
    text = (
        "The eighth ACMECS Summit, held in Bangkok, adopted the Bangkok Declaration. Just three months ago, leaders of the six "
        "GMS countries met in Hanoi for their sixth summit, where they endorsed a pipeline of regional projects."
    )
    found = meetings(text, "en", "2018-06-17")
    assert sorted(found) == [("ACMECS", "summit", 8), ("GMS", "summit", 6)]
    assert found[("GMS", "summit", 6)]["city"] == "Hanoi"
