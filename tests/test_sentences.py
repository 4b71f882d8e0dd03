"""split_sentences(): sentences as offsets, across lines a page wrapped mid-sentence."""

from __future__ import annotations

import pytest

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
            "A second ministerial meeting was held in\nHanoi in July 2010.",
            ["A second ministerial meeting was held in\nHanoi in July 2010."],
        ),
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
