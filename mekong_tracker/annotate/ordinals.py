"""Ordinals: "lần thứ 10", "lần thứ nhất", "lần 3", "lần thứ XV", "phiên họp thứ 24", "kỳ thứ hai", "đầu tiên", "10th", "first"."""

from __future__ import annotations

import re
from functools import lru_cache

from mekong_tracker.clean.normalize import fold
from mekong_tracker.doc import Span
from mekong_tracker.vocab import load

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman(numeral: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(numeral.lower()):
        val = _ROMAN.get(ch)
        if val is None:
            return None
        total += -val if val < prev else val
        prev = max(prev, val)
    return total or None


_KY = r"(?<!nhiem )(?<!hoc )(?<!thoi )(?<!chu )ky"  # "kỳ thứ hai", not "nhiệm kỳ thứ hai" (a term), "học kỳ" (a semester)


# "the first summit since the pandemic", "the first Mekong-Japan summit to be held in Japan", "the first summit
# hosted by Thailand in more than a decade", "hội nghị thượng đỉnh đầu tiên của GMS kể từ khi ...": a first of
# some kind, not the first edition; so is "their first gathering of the year under Malaysia's chairmanship" (not "the first
# summit, which took place in Tokyo in 2009 under then-Prime Minister Hatoyama")
_FIRST_SINCE = re.compile(
    r"[^.;:]{0,60}?\b(?:since|ke tu|to be held|to take place|to be hosted"
    r"|in (?:more than |nearly |almost |over )?(?:a|a few|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) (?:decades?|years)"
    r"|of the year|this year|trong nam|cua nam|under (?:[\w'’-]+ ){0,3}(?:chair\w*|presidency))\b"
)


# "Đây là lần đầu tiên ...", "lần đầu tiên Việt Nam đăng cai ...", "lần đầu tiên hội nghị được ...": for the first time
_FOR_THE_FIRST_TIME = re.compile(r"\s+(?:cac|cuoc|hoi nghi|lanh dao|nha lanh dao|bo truong|ngoai truong)\b")


def _first_edition(folded: str, text: str, start: int, end: int) -> bool:
    """Whether "lần đầu tiên" at [start, end) names a first edition ("Hội nghị ... lần đầu tiên tại Cảnh Hồng"), not
    "for the first time" - nor is it "Thái Lan đầu tiên"."""
    if text[start : start + 3].lower() != "lần" or folded[max(0, start - 3) : start] == "la ":
        return False
    after = re.match(r"\s+(\w)", text[end : end + 3])
    return not (after and after.group(1).isupper()) and not _FOR_THE_FIRST_TIME.match(folded, end)


# "thứ ba" with no "lần": not a weekday ("vào thứ Ba (5/4)", "sáng thứ hai tuần tới"), a count of something else ("nhiệm kỳ
# thứ hai", "năm thứ 10", "đứng thứ hai") nor a photo's position ("(thứ hai từ phải)")
_NOT_AN_EDITION_BEFORE = re.compile(
    r"(?:\(|\b(?:vao|sang|chieu|toi|trua|dem|hom|ngay|cac|tu|den|moi|nhung|dung|xep|con|nguoi|nam|tuan|thang|quy|ky|khoa|dot"
    r"|vong|luot|giai doan|phan|muc|dieu|chuong|khoan|diem|hang|vi tri))\s*$"
)
_NOT_AN_EDITION_AFTER = re.compile(r"\s*,?\s*(?:\(|\d|ngay\b|tuan\b|sang\b|chieu\b|toi\b|nay\b|vua qua\b|tu (?:trai|phai)\b)")
_WEEKDAY_FIGURES = 8  # "thứ 2" to "thứ 7" are as often weekdays


def _bare_ordinal(m: re.Match[str], text: str, folded: str, words: dict[str, int], end: int) -> int | None:
    """The edition "thứ ba" names right after a meeting's name ("Hội nghị cấp cao thứ ba tại Siem Reap"), or None - not
    "the second summit of the year" ("hội nghị cấp cao thứ hai trong năm")."""
    number = "bn" if m.group("bn") else "bw"
    if text[m.start()].isupper() or text[m.start(number)].isupper():  # "Thứ nhất, ...", "thứ Ba": firstly, Tuesday
        return None
    if _NOT_AN_EDITION_BEFORE.search(folded, max(0, m.start() - 12), m.start()) or _NOT_AN_EDITION_AFTER.match(folded, m.end()):
        return None
    if _FIRST_SINCE.match(folded, m.end(), end):
        return None
    value = int(m.group("bn")) if m.group("bn") else words.get(" ".join(m.group("bw").split()))
    return None if m.group("bn") and value < _WEEKDAY_FIGURES else value


@lru_cache(maxsize=1)
def _regex() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    table = load("numbers")
    words = {fold(k): v for k, v in table["vi"].items()} | {fold(k): v for k, v in table["en"].items()}
    vi = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in table["vi"] for w in [fold(w)]), key=len, reverse=True))
    en = "|".join(sorted((re.escape(fold(w)) for w in table["en"]), key=len, reverse=True))
    pattern = (
        rf"(?<![a-z0-9])(?:(?:lan|phien(?:\s+hop)?|ky\s+hop|{_KY})\s+thu\s+(?:(?P<vn>\d{{1,3}})|(?P<vw>{vi})|(?P<rn>[ivxlc]{{1,7}}))(?![a-z0-9])"
        rf"|lan\s+(?P<ln>\d{{1,3}})(?![\d/.-])"
        rf"|(?P<en>\d{{1,3}})(?:st|nd|rd|th)(?![a-z])(?!\s+(?:anniversary|year of))"  # "the 30th anniversary" is no edition
        rf"|(?P<ew>{en})(?![a-z])(?!\s+(?:anniversary|year of))"
        rf"|(?P<lan>lan\s+)?(?P<first>dau\s+tien)(?![a-z])"  # "Hội nghị ... đầu tiên", "Hội nghị ... lần đầu tiên"
        rf"|(?<![a-z])(?P<bare>thu\s+(?:(?P<bn>\d{{1,3}})|(?P<bw>{vi})))(?![a-z0-9]))"  # "hội nghị cấp cao thứ ba"
    )
    # "lần thứ hai, thứ ba và thứ tư": the list goes on without "lần"
    more = rf"(?:\s*,\s*(?:va\s+)?|\s+va\s+)thu\s+(?:(?P<vn>\d{{1,3}})|(?P<vw>{vi}))(?![a-z0-9])"
    return re.compile(pattern), re.compile(more), words


_PERSONAL = re.compile(r"\b(?:his|her)\s+$")


def find_ordinals(folded: str, text: str, start: int, end: int) -> list[Span]:
    """'ordinal' spans, value the integer edition."""
    regex, more, words = _regex()
    out: list[Span] = []
    listed_to = start  # where the last list of editions ("lần thứ hai, thứ ba và thứ tư") ends
    for m in regex.finditer(folded, start, end):
        if m.start() < listed_to or _PERSONAL.search(folded, max(start, m.start() - 5), m.start()):
            continue  # "attending his second ASEAN-ROK Summit": how many he has seen, not the edition
        if m.group("bare"):
            value = _bare_ordinal(m, text, folded, words, end)
        elif m.group("rn"):
            s = m.start("rn")
            if not text[s : m.end("rn")].isupper():
                continue
            value = roman(m.group("rn"))
        elif m.group("vw") or m.group("ew"):
            value = words.get(re.sub(r"\s+", " ", m.group("vw") or m.group("ew")))
        elif m.group("first"):
            if m.group("lan") and not _first_edition(folded, text, m.start(), m.end()):
                continue
            value = 1
        else:
            value = int(m.group("vn") or m.group("ln") or m.group("en"))
        if value == 1 and (m.group("first") or m.group("ew")) and _FIRST_SINCE.match(folded, m.end(), end):
            continue
        if value:
            out.append(Span(m.start(), m.end(), "ordinal", value))
        pos = m.end() if m.group("vn") or m.group("vw") else end  # a list goes on only after "lần thứ N"
        while listed := more.match(folded, pos, end):
            value = int(listed.group("vn")) if listed.group("vn") else words.get(re.sub(r"\s+", " ", listed.group("vw")))
            item = listed.group().lstrip(" ,").removeprefix("va").lstrip()  # "thứ ba"
            if value:
                out.append(Span(listed.end() - len(item), listed.end(), "ordinal", value))
            pos = listed_to = listed.end()
    return out
