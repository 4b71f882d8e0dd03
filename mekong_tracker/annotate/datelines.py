"""The dateline: where and when a story was filed ("BUSAN, South Korea, Nov. 27, 2019 --",
"KUALA LUMPUR:", "Phuket, Thailand - ", "Hanoi (VNA) – ", "Vientiane, March 31 (KPL) – ", "Vientiane, Lao PDR, 5 April
2023 - ", "Hà Nội, ngày 06 tháng 4 năm 2023 – "); and a live page's post stamps ("17:48 ICT · MEKONG-KOREA")."""

from __future__ import annotations

import re
from itertools import pairwise

from mekong_tracker.annotate.dates import find_dates
from mekong_tracker.annotate.places import find_places
from mekong_tracker.doc import Doc, Span

_CAPS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1F00)) if c.isupper())  # "PHNÔM PÊNH", "ĐÀ NẴNG"
# "KUALA LUMPUR: ", "HANOI, JULY 28. " (The Hindu), "PHNÔM PÊNH, ngày 13/7 (TPO) - "
_CAPS_NAME = f"[{_CAPS}][{_CAPS} .'-]{{2,40}}"
_DATELINE_HEAD = re.compile(_CAPS_NAME + r"(?:,[^\n]{0,60}?(?:\s--?\s|\s[–—]\s|:)|:\s|,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}\.(?:\s|$))")
# "Phuket, Thailand - ", "Hanoi (VNA) – ": a place name, maybe its country and the agency, then a dash
_DATELINE_NAME = re.compile(
    r"[A-ZĐ][\w'’]+(?:[ -][A-ZĐ][\w'’]+){0,3}(?:,\s*[A-Z][\w']+(?: [A-Z][\w']+){0,2})?"
    # "Vientiane, March 31 (KPL) –", "..., 5 April 2023 -", "Hà Nội, ngày 06 tháng 4 năm 2023 –", "Hà Nội, 6/4 -"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?"
    r"|(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|/\d{1,2}(?:/\d{4})?)))?"
    r"(?:\s*\([A-Za-z&]{2,12}\))?\s*(?:--?|[–—])\s"
)
_NAME_GOES_ON = re.compile(r"[^\S\n]+[A-ZĐ]")
# "Special Correspondent\nJAKARTA\nJuly 14, 2023": a line of its own under the byline
_DATELINE_LINE = re.compile(_CAPS_NAME + r"[^\S\n]*(?=\n)")
HEAD_SENTENCES = 8  # a dateline comes after the headline, maybe a byline, a date stamp and a section name
# "BEIJING, " before its date: the date is the dateline's; not "VOV.VN - "
_HEAD_BEFORE_DATE = re.compile(rf"^{_CAPS_NAME},\s*$")


def in_dateline_head(text: str, sentence_start: int, at: int) -> bool:
    """Whether what stands before `at` in its sentence is only a dateline's place."""
    return _HEAD_BEFORE_DATE.match(text[sentence_start:at]) is not None


def find_dateline(doc: Doc) -> tuple[int, int] | None:
    """The dateline ("BUSAN, South Korea, Nov. 27, 2019 --", "Hanoi (VNA) –") in the first sentences."""
    for s, e in doc.sentences[:HEAD_SENTENCES]:
        head = _DATELINE_HEAD.match(doc.text, s, e) or _city_line(doc, s, e)
        if head is None and (head := _DATELINE_NAME.match(doc.text, s, e)) and not _opens_with_place(doc, s, head.end()):
            continue  # an outlet's name: "VietnamPlus - ", "NDO - ", "Khaosan Pathet Lao (KPL) - "
        if head is not None:
            return s, head.end()
    return None


def _city_line(doc: Doc, start: int, end: int) -> re.Match[str] | None:
    """A line that is a city's name in capitals and nothing else ("JAKARTA"), not a heading ("THE HINDU", "VIỆT NAM")."""
    line = _DATELINE_LINE.match(doc.text, start, end + 1)
    if line is None or (start and doc.text[start - 1] != "\n"):
        return None
    places = find_places(doc.folded, doc.text, start, line.end())
    return line if places and places[0].value["city"] and (places[0].start, places[0].end) == (start, line.end()) else None


def _opens_with_place(doc: Doc, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a place that is a whole name (not "Việt Nam News")."""
    return any(p.start == start and not _NAME_GOES_ON.match(doc.text, p.end) for p in find_places(doc.folded, doc.text, start, end))


def dateline_day(doc: Doc) -> Span | None:
    """The date span of the dateline ("VIENTIANE, April 5 (Bernama) --"), a full day; a day
    without its year (--11-07) when the page gives no date to take the year from."""
    head = find_dateline(doc)
    if head is None:
        return None
    # "13 Nov": the page's year
    dates = [d for d in find_dates(doc.folded, *head, doc.published) if len(d.value[0] or "") == 10 or _yearless_day(d.value[0])]
    return dates[0] if dates else None


def _yearless_day(date: str | None) -> bool:
    return date is not None and len(date) == 7 and date.startswith("--")


def dateline_date(doc: Doc) -> str | None:
    """The date of the dateline: the text's own today."""
    day = dateline_day(doc)
    return day.value[0] if day else None


def dateline_place(doc: Doc) -> Span | None:
    """The place of the dateline: where the story was filed."""
    head = find_dateline(doc)
    return next((p for p in find_places(doc.folded, doc.text, *head)), None) if head else None


# a live page's post opens a line with the minute it was filed: "18:42 | CẬP NHẬT", "6:40 pm – Wrapping up", "19:05 ICT"
_POST_STAMP = re.compile(
    r"(\d{1,2})[:h.](\d\d)(?:[^\S\n]*([ap])\.?m\b\.?)?(?:[^\S\n]*(?:ict|gmt[+-]?\d*|\(gmt[+-]\d+\)))?"
    r"[^\S\n]*(?=\n|$|[|·–—:-])"
)
_LINE_OPENS = re.compile(r"(?:^|\n)[^\S\n]*$")
_POST_END = re.compile(r"\n[^\S\n]*\n")
MIN_POSTS = 3


def live_posts(doc: Doc) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The posts of a live page, each its stamp line and the text under it up to a blank line or the next stamp:
    three stamps or more whose times run back, newest first (a programme's times run forward)."""
    folded = doc.folded
    # a stamp opens a sentence as well as a line: only sentences opening with a figure are tried, which is cheap
    stamps = [
        m
        for s, _ in doc.sentences
        if folded[s : s + 1].isdigit() and (m := _POST_STAMP.match(folded, s)) and _LINE_OPENS.search(folded, max(0, s - 8), s)
    ]
    minutes = [_minute_of_day(m) for m in stamps]
    if len(stamps) < MIN_POSTS or any(later < earlier for later, earlier in pairwise(minutes)):
        return []
    posts = []
    for m, stop in zip(stamps, [s.start() for s in stamps[1:]] + [len(folded)], strict=True):
        line_end = folded.find("\n", m.end(), stop)
        line_end = stop if line_end == -1 else line_end
        blank = _POST_END.search(folded, line_end, stop)
        posts.append(((m.start(), line_end), (line_end, blank.start() if blank else stop)))
    return posts


def _minute_of_day(stamp: re.Match[str]) -> int:
    """A post stamp's time as minutes since midnight: "6:40 pm" is 1120, "18:42" 1122."""
    hour, minute, half = int(stamp.group(1)), int(stamp.group(2)), stamp.group(3)
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + minute
