"""fold(): the one-to-one matching form of stored text."""

from __future__ import annotations

import unicodedata

import pytest

from mekong_tracker.clean.normalize import fold, nfc

SAMPLES = [
    "Hội nghị Bộ trưởng Ngoại giao Mê Công – Hàn Quốc lần thứ 10",
    "Đồng chủ trì: Phó Thủ tướng Phạm Bình Minh — “trực tuyến”",
    "Lancang–Mekong Cooperation’s 3rd Leaders’ Meeting\u00a0in Vientiane",
    "Ủy hội sông Mê Công quốc tế, Viêng Chăn, Lào; Tuyên bố Xiêm Riệp",
    "ĐẠI HỘI ĐẢNG, Thừa Thiên–Huế, hoá học, thuỷ lợi",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(nfc(text))) == len(nfc(text))


@pytest.mark.parametrize("text", SAMPLES)
def test_fold_keeps_offsets_of_words(text: str) -> None:
    text = nfc(text)
    folded = fold(text)
    for word in text.split():
        at = text.index(word)
        assert folded[at : at + len(word)] == fold(word)


def test_fold_strips_vietnamese_diacritics() -> None:
    assert fold(nfc("Hội nghị Bộ trưởng Ngoại giao Mê Công")) == "hoi nghi bo truong ngoai giao me cong"


def test_fold_leaves_no_combining_marks() -> None:
    folded = fold(nfc("ấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựỳỵỷỹ"))
    assert folded == "aaaaaaaaaaeeeeeoooooooooouuuuuyyyy"
    assert not any(unicodedata.combining(c) for c in folded)


def test_fold_lower_cases() -> None:
    assert fold("MEKONG-JAPAN Summit") == "mekong-japan summit"


@pytest.mark.parametrize(("old", "new"), [("hoá", "hóa"), ("thuỷ", "thủy"), ("Hoà Bình", "Hòa Bình"), ("khoẻ", "khỏe")])
def test_old_and_new_tone_placement_fold_alike(old: str, new: str) -> None:
    assert nfc(old) != nfc(new)
    assert fold(nfc(old)) == fold(nfc(new))


def test_fold_maps_d_with_stroke_to_d() -> None:
    assert fold("đ") == "d"
    assert fold("Đ") == "d"
    assert fold(nfc("Đà Nẵng, đồng chủ trì")) == "da nang, dong chu tri"


@pytest.mark.parametrize(
    "dash",
    [
        "\u2010",
        "\u2011",
        "\u2012",
        "\u2013",
        "\u2014",
        "\u2015",
        "\u2212",
        "-",
    ],
)
def test_fold_maps_dashes_to_hyphen(dash: str) -> None:
    assert fold(f"Mekong{dash}Japan") == "mekong-japan"


def test_fold_maps_curly_quotes_to_straight() -> None:
    assert fold("Leaders\u2019 \u201cMeeting\u201d") == 'leaders\' "meeting"'


def test_nfc_composes_decomposed_vietnamese() -> None:
    decomposed = unicodedata.normalize("NFD", "Hội nghị")
    assert len(decomposed) > len("Hội nghị")
    assert nfc(decomposed) == "Hội nghị"
    assert fold(nfc(decomposed)) == "hoi nghi"


def test_fold_turns_a_boxs_frame_to_spaces() -> None:
    assert fold("┌─ Timeline ─┐\n│ 2018 — Hanoi") == "   timeline   \n  2018 - hanoi"
