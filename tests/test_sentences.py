"""split_sentences(): sentences as offsets, across lines a page wrapped mid-sentence."""

from __future__ import annotations

import pytest

from mekong_tracker import process
from mekong_tracker.clean.sentences import split_sentences

COLUMN = (
    "VIENTIANE – On 5 April, in the Lao capital\n"
    "Vientiane, the Fourth Summit of the Mekong\n"
    "River Commission was held under the theme of\n"
    "water, energy and food security. Prime Minister\n"
    "Sonexay Siphandone chaired the summit.\n"
    "  The leaders adopted the Vientiane Declaration."
)


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hanging indent in a boxed widget, after a clause mark too
        (
            "│ 10/1/2018 — The second summit in Phnom Penh, co-chaired by:\n│   Hun Sen and Li Keqiang; it adopted\n"
            "│   the Phnom Penh Declaration.\n│ 24/8/2020 — The third summit, online.",
            [
                "│ 10/1/2018 — The second summit in Phnom Penh, co-chaired by:\n│   Hun Sen and Li Keqiang; it adopted\n"
                "│   the Phnom Penh Declaration.",
                "│ 24/8/2020 — The third summit, online.",
            ],
        ),
        (
            "┃ ▸ 27/11/2019: The first Mekong-Korea Summit was held\n┃   in Busan.\n┃ ▸ 28/9/2020: The tenth ministers' meeting.",
            ["┃ ▸ 27/11/2019: The first Mekong-Korea Summit was held\n┃   in Busan.", "┃ ▸ 28/9/2020: The tenth ministers' meeting."],
        ),
        # a line that goes on in lower case, or after a word no sentence ends on
        (
            "Hội nghị Cấp cao Mê Công - Lan Thương\nlần thứ tư diễn ra trực tuyến.",
            ["Hội nghị Cấp cao Mê Công - Lan Thương\nlần thứ tư diễn ra trực tuyến."],
        ),
        (
            "China launched the Lancang-Mekong Cooperation (LMC)\nat a leaders' meeting in Sanya in March 2016.",
            ["China launched the Lancang-Mekong Cooperation (LMC)\nat a leaders' meeting in Sanya in March 2016."],
        ),
        (
            "A second ministerial meeting was held in\nHanoi in July 2010.",
            ["A second ministerial meeting was held in\nHanoi in July 2010."],
        ),
        # a figure after a word a date follows; no numbered item, table row or CSV row goes on a line
        (
            "Hội nghị Lãnh đạo MLC lần thứ 3 họp trực tuyến ngày\n24 tháng 8 năm 2020 do Lào và Trung Quốc đồng chủ trì.",
            ["Hội nghị Lãnh đạo MLC lần thứ 3 họp trực tuyến ngày\n24 tháng 8 năm 2020 do Lào và Trung Quốc đồng chủ trì."],
        ),
        ("Kết quả chủ yếu của năm\n2) Mê Công - Lan Thương.", ["Kết quả chủ yếu của năm", "2) Mê Công - Lan Thương."]),
        ("Summits held in\n1 | 2010 | Hua Hin", ["Summits held in", "1 | 2010 | Hua Hin"]),
        ("Summits held in\n2,2005-07-04,Kunming", ["Summits held in", "2,2005-07-04,Kunming"]),
        # lines that end a sentence, head a list, or hold a feed's next field stay apart
        ("The summit opened.\nleaders met later.", ["The summit opened.", "leaders met later."]),
        ("Documents adopted\n- the Vientiane Declaration", ["Documents adopted", "- the Vientiane Declaration"]),
        (
            "pubDate: Thu, 05 Aug 2021 22:05:00 +0700\ncategory: Mekong-U.S. Partnership",
            ["pubDate: Thu, 05 Aug 2021 22:05:00 +0700", "category: Mekong-U.S. Partnership"],
        ),
        # a headline over its story
        (
            "Mekong leaders meet in Vientiane\nPrime Minister Sonexay Siphandone chaired the summit.",
            ["Mekong leaders meet in Vientiane", "Prime Minister Sonexay Siphandone chaired the summit."],
        ),
    ],
)
def test_a_line_wrapped_mid_sentence_goes_on_and_other_lines_end_one(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_the_lines_of_a_printed_column_are_one_sentence_until_one_ends() -> None:
    assert sentences(COLUMN) == [
        COLUMN[: COLUMN.index(" Prime")],
        COLUMN[COLUMN.index("Prime") : COLUMN.index("\n  The")],
        "The leaders adopted the Vientiane Declaration.",
    ]


def test_a_short_line_under_long_paragraphs_ends_its_sentence() -> None:
    text = "Mekong leaders meet\n" + "The summit in Vientiane was chaired by Prime Minister Sonexay Siphandone of Laos. " * 3
    assert sentences(text)[0] == "Mekong leaders meet"


SRT = (
    "thoisu_24082020.srt\n\n"
    "1\n00:00:00,400 --> 00:00:03,600\nHôm nay (24/8), Hội nghị Cấp cao\nHợp tác Mekong – Lan Thương lần thứ 3\n\n"
    "2\n00:00:03,600 --> 00:00:06,100\nđã diễn ra theo hình thức trực tuyến.\n\n"
    "3\n00:00:06,100 --> 00:00:09,800\nThủ tướng Trung Quốc Lý Khắc Cường\nvà Thủ tướng Lào Thongloun Sisoulith\n\n"
    "4\n00:00:09,800 --> 00:00:11,900\nđồng chủ trì hội nghị.\n\n"
    "Báo lỗi phụ đề\n"
)


def test_a_subtitle_sentence_runs_on_over_its_lines_and_cues_to_its_full_stop() -> None:
    doc = process(SRT, "vi", "2020-08-24")
    said = [doc.text[s:e] for s, e in doc.sentences]
    assert said[1].startswith("Hôm nay (24/8)") and said[1].endswith("trực tuyến.")
    assert said[2].startswith("Thủ tướng Trung Quốc") and said[2].endswith("đồng chủ trì hội nghị.")
    (m,) = doc.meetings
    assert (m.framework, m.ordinal, m.date, m.format) == ("LMC", 3, "2020-08-24", "online")
    assert m.chairs == ["Lý Khắc Cường", "Thongloun Sisoulith"]  # the timing's colons end no clause
    assert all(not (a <= s < b) for s, _ in doc.sentences for a, b in doc.boilerplate)  # no sentence opens on a timing


def test_a_webvtt_cues_speaker_tag_is_furniture_and_hom_do_is_the_day_said_before() -> None:
    text = (
        "WEBVTT\n\n"
        "1\n00:00:39.000 --> 00:00:46.900\n<v Hữu Phước>Bên lề có nhiều hội nghị, đáng chú ý là ngày 26/7.\n\n"
        "2\n00:00:46.900 --> 00:00:55.300\n<v Hữu Phước>Hôm đó có Hội nghị Bộ trưởng Ngoại giao Mekong – Nhật Bản lần thứ 15.\n"
    )
    doc = process(text, "vi", "2024-08-02")
    (m,) = doc.meetings
    assert (m.framework, m.ordinal, m.date) == ("MJC", 15, "2024-07-26")
    tag = text.index("<v Hữu Phước>Hôm")
    assert any(a <= tag < b for a, b in doc.boilerplate)


def test_a_columns_short_paragraphs_fill_it_and_a_bracket_goes_on_a_line() -> None:
    text = (
        "2.4. Mê Công - Nhật Bản. Cùng ngày 13/11/2020, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng\n"
        "Suga Yoshihide đồng chủ trì Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 12 (trực tuyến),\n"
        "khẳng định tiếp tục triển khai Chiến lược Tokyo 2018.\n\n"
        "2.5. CLV và CLMV. Ngày 9/12, Hội nghị Cấp cao Tam giác phát triển Campuchia - Lào - Việt\n"
        "Nam (CLV) lần thứ 11 và Hội nghị Cấp cao Hợp tác Campuchia - Lào - Myanmar - Việt Nam\n"
        "(CLMV) lần thứ 10 diễn ra liên tiếp theo hình thức trực tuyến. Hội nghị CLV do Thủ tướng Lào chủ trì.\n"
    )
    assert sentences(text)[-2].startswith("Ngày 9/12, Hội nghị Cấp cao Tam giác")
    found = {(m.framework, m.ordinal, m.date) for m in process(text, "vi", "2021-01-15").meetings if m.framework != "MJC"}
    assert found == {("CLV", 11, "2020-12-09"), ("CLMV", 10, "2020-12-09")}
