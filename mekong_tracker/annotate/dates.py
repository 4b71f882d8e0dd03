"""Dates: full, partial, ranges and relative expressions, in Vietnamese and English.

Each span's value is `(date, date_end, anchored)`: ISO strings as precise as the
text allows (`2020-09-28`, `2020-09`, `2020`, `--09-28` when no year can be known),
`date_end` for ranges, `anchored` False when the year came from the publication date.
A new pattern goes in `_PATTERNS` with a function that turns its match into a value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from mekong_tracker.clean.normalize import fold
from mekong_tracker.doc import Span
from mekong_tracker.vocab import load

Value = tuple[str | None, str | None, bool]

_D = r"(?P<d>\d{1,2})"
_Y = r"(?P<y>(?:19|20)\d{2})"


@lru_cache(maxsize=1)
def _months() -> tuple[dict[str, int], dict[str, int]]:
    """Month names, and weekday names of both languages (folded) with Monday 0."""
    table = load("numbers")
    weekdays = {fold(k): v for lang in ("en", "vi") for k, v in table["weekdays"][lang].items()}
    return table["months"]["en"], weekdays


@lru_cache(maxsize=1)
def _cardinals() -> dict[str, int]:
    """Number words of both languages (folded): "two", "hai"."""
    table = load("numbers")
    return {**table["cardinals"]["en"], **{fold(k): v for k, v in table["vi"].items()}}


@lru_cache(maxsize=1)
def _vi_month_names() -> tuple[re.Pattern[str], dict[str, int]]:
    """ "tháng Tám", "tháng mười hai": a month named in words (a name with a capital in the data only so)."""
    names = load("numbers")["months"]["vi"]
    alternation = "|".join(n if n[0].isupper() else f"(?i:{n})" for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?i:tháng)\s+(?P<name>{alternation})(?!\w)"), {n.lower(): v for n, v in names.items()}


def spell_months(text: str, folded: str) -> str:
    """`folded` with the months `text` names in Vietnamese words written as numbers, padded to the same length
    ("tháng Tám" -> "thang 8  "), so that the date patterns read them as they read "tháng 8"."""
    if "háng" not in text:
        return folded
    regex, numbers = _vi_month_names()
    parts, pos = [], 0
    for m in regex.finditer(text):
        s, e = m.span("name")
        parts += [folded[pos:s], str(numbers[m.group("name").lower()]).ljust(e - s)]
        pos = e
    return "".join(parts) + folded[pos:] if parts else folded


def _month_alt() -> str:
    names = sorted(_months()[0], key=len, reverse=True)
    return r"(?P<mn>" + "|".join(names) + r")\.?"


def _iso(y: int | None, m: int | None, d: int | None) -> str | None:
    if (m is not None and not 1 <= m <= 12) or (d is not None and not 1 <= d <= 31):
        return None
    if y is None:
        return f"--{m:02d}-{d:02d}" if m and d else None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        dt.date(y, m, d)
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


class _Anchor:
    """The publication date, the only source of a year the text leaves out."""

    def __init__(self, published: str | None) -> None:
        parts = (published or "").removeprefix("-").split("-")  # "--11-07": a day, its year unknown
        self.year = int(parts[0]) if parts[0].isdigit() else None
        self.month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        self.day = int(parts[2][:2]) if len(parts) > 2 and parts[2][:2].isdigit() else None

    def date(self) -> dt.date | None:
        """The full publication date, if the page gives a real one."""
        try:
            return dt.date(self.year, self.month, self.day) if self.year and self.month and self.day else None
        except ValueError:
            return None

    def year_for(self, month: int | None, rel: str = "") -> int | None:
        if self.year is None:
            return None
        if rel in ("next",) and self.month and month and month < self.month:
            return self.year + 1
        if rel in ("past",) and self.month and month and month > self.month:
            return self.year - 1
        return self.year


def _g(m: re.Match[str], name: str) -> int | None:
    val = m.groupdict().get(name)
    return int(val) if val else None


def _month(m: re.Match[str], name: str = "mn", number: str = "m") -> int | None:
    """The month a match gives by name ("Nov.") or number; a range's second month with "mn2", "m2"."""
    if m.groupdict().get(name):
        return _months()[0][m.group(name).lower().rstrip(".")]
    return _g(m, number)


def _rel(text: str) -> str:
    if re.search(r"\b(toi|sau|next|coming|upcoming)\b", text):
        return "next"
    if re.search(r"\b(vua qua|truoc|qua|last|past)\b", text):
        return "past"
    return ""


# "that year", "năm đó": the year the text gave last
_SAME_YEAR = r"(?:of\s+)?(?:that|the same)\s+year|nam do|cung nam(?! nay| sau| toi| truoc| ngoai)"
# "25/12 năm ngoái", "on Dec. 25 last year": the day of the year before (or after) publication
_AND_YEAR = re.compile(r"\s*(?:,|and|va)\s*(?P<y>(?:19|20)\d{2})(?![\d/-])")
_YEAR_AFTER_DAY = re.compile(
    rf"\s*(?:(?P<last>nam ngoai|nam truoc(?!\s+do)|last year)|(?P<next>nam sau|nam toi|next year)|(?P<same>{_SAME_YEAR}))\b"
)


AHEAD_MONTHS = 3  # a day and month this far past the publication month, said of no time to come, was last year's


def _day_month(m: re.Match[str], a: _Anchor) -> Value:
    month, y = _month(m), _g(m, "y")
    anchored = y is not None
    rel = None if anchored else _YEAR_AFTER_DAY.match(m.string, m.end())
    if rel is not None and rel.group("same"):
        y = _year_before(m.string, m.start())
    elif rel is not None and a.year is not None:
        y = a.year - 1 if rel.group("last") else a.year + 1
    elif y is None:
        y = a.year_for(month)
        if y and a.month and month and month - a.month > AHEAD_MONTHS and not _said_to_come(m):
            y -= 1  # "on 24 August, Li had co-chaired ..." in February: last August
    d2 = _g(m, "d2")
    m2 = _month(m, "mn2", "m2") or month
    y2 = _g(m, "y2") or y
    start = _iso(y, month, _g(m, "d"))
    end = _iso(y2, m2, d2) if d2 else None
    if start and end and end < start and not start.startswith("--"):
        start = _iso(y - 1 if y else None, month, _g(m, "d")) if _g(m, "y2") and not _g(m, "y") else start
    return start, end, anchored


def _month_year(m: re.Match[str], a: _Anchor) -> Value:
    y = _g(m, "y")
    month = _month(m)
    if y is None:
        rel = _rel(m.group(0))
        if re.search(_SAME_YEAR, m.group(0)):
            y = _year_before(m.string, m.start())
        elif "nam ngoai" in m.group(0) or "last year" in m.group(0):
            y = a.year - 1 if a.year else None
        elif "nam sau" in m.group(0) or "next year" in m.group(0):
            y = a.year + 1 if a.year else None
        elif re.match(r"last\s", m.group(0)) and a.year and month == a.month:
            y = a.year - 1  # "last November", said in November
        else:
            y = a.year_for(month, rel)
            this = re.search(r"\b(?:this|nay)\b", m.group(0))  # "this November", "tháng 11 năm nay": this year's
            if not (rel or this) and y and a.month and month and month - a.month > AHEAD_MONTHS and not _said_to_come(m):
                y -= 1  # "held in Dali in December", said in January: last December
        return (_iso(y, month, None) if y else None), None, False
    return _iso(y, month, None), None, True


def _year(m: re.Match[str], a: _Anchor) -> Value:
    y = _g(m, "y")
    if y is None:
        text = m.group(0)
        if a.year is None:
            return None, None, False
        y = a.year - 1 if re.search(r"ngoai|truoc|last", text) else a.year + 1 if re.search(r"sau|toi|next", text) else a.year
        return str(y), None, False
    return str(y), None, True


def _duration(m: re.Match[str], a: _Anchor) -> Value:
    """A stretch of time, no date: it only keeps later patterns off its words."""
    return None, None, False


def _ago(m: re.Match[str], a: _Anchor) -> Value:
    n = m.group("n")
    count = 1 if n == "a" else int(n) if n.isdigit() else _cardinals()[n]
    if a.year is None:
        return None, None, False
    if m.group("unit") in ("decade", "decades"):
        count *= 10
    if m.group("today") and a.month and a.day and m.group("unit") not in ("month", "months"):  # "a decade ago today"
        return f"{a.year - count}-{a.month:02d}-{a.day:02d}", None, False
    if (m.group("unit") or m.group("unit_vi")) in ("month", "months", "thang"):  # "three months ago", if the story's month is known
        if not a.month:
            return None, None, False
        months = a.year * 12 + a.month - 1 - count
        return f"{months // 12}-{months % 12 + 1:02d}", None, False
    year = str(a.year - count)
    if m.group("month") and a.month:  # "twenty years ago this month"
        return f"{year}-{a.month:02d}", None, False
    return year, None, False


_YEAR_IN_TEXT = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/-])")
SAME_YEAR_REACH = 400  # characters looked back for the year "that year" is


def _year_before(text: str, pos: int) -> int | None:
    """The last year the text gave before `pos`, within reach."""
    years = _YEAR_IN_TEXT.findall(text, max(0, pos - SAME_YEAR_REACH), pos)
    return int(years[-1]) if years else None


def _same_year(m: re.Match[str], a: _Anchor) -> Value:
    """ "held in Seoul that year", "cùng năm": the last year the text gave before."""
    year = _year_before(m.string, m.start())
    return (str(year) if year else None), None, False


SAME_DAY = "same-day"  # a value the extractor replaces with the last date the text gave


def _same_day(m: re.Match[str], a: _Anchor) -> Value:
    return SAME_DAY, None, False


def _day_of_publication(m: re.Match[str], a: _Anchor) -> Value:
    """ "hôm nay", "yesterday", "ngày mai": the publication day, the day before or after."""
    pub = a.date()
    shift = -1 if re.search(r"qua|yesterday|last", m.group(0)) else 1 if re.search(r"mai|tomorrow", m.group(0)) else 0
    if pub is None:
        # "this afternoon" in a story whose today is known to the day but not the year
        yearless = a.year is None and a.month and a.day and not shift
        return (f"--{a.month:02d}-{a.day:02d}" if yearless else None), None, False
    return (pub + dt.timedelta(days=shift)).isoformat(), None, False


def _day_alone(m: re.Match[str], a: _Anchor) -> Value:
    """ "Ngày 25, ...", "follows on the 13th": that day in the month before, of or after publication, whichever is nearest."""
    pub = a.date()
    if pub is None:
        return None, None, False
    months = (pub.year * 12 + pub.month - 1 + shift for shift in (-1, 0, 1))
    days = [dt.date.fromisoformat(iso) for n in months if (iso := _iso(n // 12, n % 12 + 1, int(m.group("d"))))]
    return (min(days, key=lambda d: abs((d - pub).days)).isoformat() if days else None), None, False


def _relative_month(m: re.Match[str], a: _Anchor) -> Value:
    """ "last month", "tháng tới": the month before or after the publication month."""
    if a.year is None or a.month is None:
        return None, None, False
    text = m.group(0)
    shift = -1 if re.search(r"last|previous|truoc", text) else 1 if re.search(r"next|coming|toi|sau", text) else 0
    month = a.year * 12 + a.month - 1 + shift
    return f"{month // 12:04d}-{month % 12 + 1:02d}", None, False


def _weekday(m: re.Match[str], a: _Anchor) -> Value:
    wd = _months()[1][re.sub(r"\s+", " ", m.group("wd"))]
    pub = a.date()
    if pub is None:
        return None, None, False
    week = m.groupdict().get("week")
    if week:
        # "thứ Hai tuần trước": that day of the week before, this week or the next
        shift = -1 if "truoc" in week else 1 if re.search(r"toi|sau", week) else 0
        return (pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=wd + 7 * shift)).isoformat(), None, False
    if m.group().startswith("next") or _said_to_come(m):
        # "will chair ... on Saturday": the coming one
        return (pub + dt.timedelta(days=(wd - pub.weekday()) % 7)).isoformat(), None, False
    back = (pub.weekday() - wd) % 7
    return (pub - dt.timedelta(days=back)).isoformat(), None, False


def _said_to_come(m: re.Match[str]) -> bool:
    """Whether the clause of a date speaks of what is to come ("will chair ... on Saturday", "On Saturday he is
    scheduled to ...") - not "which opened on Wednesday and runs through Friday"."""
    clause = m.string[max(0, m.start() - 150) : m.start()]
    clause = clause[max(clause.rfind(". "), clause.rfind("\n")) + 1 :]
    # "On Wednesday, the 17th CLMV Economic Ministers' Meeting will ...": a day that opens its sentence, then the sentence's verb
    reach = 120 if len(clause.strip()) <= 30 and not _EVENT_VERB.search(clause) and m.string.startswith(",", m.end()) else 40
    after = re.split(r"[.;]\s|\n|\s(?:and|but|va|nhung)\s", m.string[m.end() : m.end() + reach], maxsplit=1)[0]
    span_of_days = m.groupdict().get("wd2") is not None
    if _WILL.search(clause) or _WILL.search(after) or (span_of_days and _SCHEDULED.search(clause)):
        return True
    # "Prayut chairs the 8th summit in Bangkok on Saturday": a timetable - not "Vietnam, which chairs ASEAN, hosted ...",
    # nor a caption's or headline's present ("Hun Sen chairs the GMS Summit by video link on Thursday. SPM")
    verbs = _EVENT_VERB.findall(clause)
    return bool(verbs) and verbs[-1][0] != "" and _in_prose(m.string, m.start())


def _in_prose(text: str, at: int) -> bool:
    """Whether the line around `at` is a paragraph of two sentences or more, not a caption or headline."""
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    return sum(len(part.split()) >= 5 for part in _STOPS.split(line)) >= 2


def _weekdays(m: re.Match[str], a: _Anchor) -> Value:
    """ "from Thursday to Sunday", "on Wednesday and Thursday": the first day as `_weekday` reads it, and the next of the
    second."""
    start, _, anchored = _weekday(m, a)
    if start is None:
        return None, None, False
    days = (_months()[1][m.group("wd2")] - _months()[1][m.group("wd")]) % 7
    return start, (dt.date.fromisoformat(start) + dt.timedelta(days=days)).isoformat(), anchored


# what makes a weekday the coming one rather than the last: the future, or the present of what is scheduled
_WILL = re.compile(
    r"\b(?:se|du kien|will|shall|is to|are to|is due|are due|is scheduled|are scheduled|is expected|are expected|is set to|are set to"
    r"|set for|runs|opens|begins|starts|kicks off|is being held|are being held|(?:run|last|continue) (?:until|through|till)"
    r"|(?:is|are) ready to|(?:is|are) preparing to|gears up|prepares to|(?:is|are) to be held"
    r"|(?:is|are) (?:pencilled|penciled|slated|planned|tentatively set|earmarked))\b"
)

_STOPS = re.compile(r"[.!?]\s+")
# "Leaders hold their 47th summit from Sunday through Tuesday": a span of days in the present is a schedule
_SCHEDULED = re.compile(r"\b(?:hold|holds|meet|meets|gather|gathers|convene|convenes)\b")
# a meeting's verb in the present (a timetable) or the past, whichever comes last before a day
_EVENT_VERB = re.compile(
    r"\b(?:(holds|meets|gathers|convenes|chairs|co-chairs|hosts|co-hosts)"
    r"|(held|met|gathered|convened|chaired|co-chaired|hosted|co-hosted|opened|attended|was|were))\b"
)

_ORD = r"(?:st|nd|rd|th)?"
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_WEEKDAY = rf"(?P<wd>{'|'.join(_DAYS)})"
_NEXT_DAYS = "(?:" + "|".join(rf"{a}\s+and\s+{b}" for a, b in zip(_DAYS, _DAYS[1:] + _DAYS[:1], strict=True)) + ")"  # two days in a row
_VI_WEEKDAY_CUE = r"vao|hom|sang|chieu|toi|trua"  # not "ngày thứ hai": the second day
_VI_WEEKDAY = r"(?P<wd>thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)"
WEEKDAY = re.compile(rf"\b(?:{_EN_WEEKDAY}|{_VI_WEEKDAY.replace('wd', 'vi')})\b")  # a weekday's name, folded
_VI_WEEK = r"(?P<week>tuan\s+(?:truoc|nay|toi|sau))"
_DIGITS = tuple("0123456789")
_MONTH_NAMES = ("{mn}",)  # stands for the month names of the numbers vocabulary
# (words of which a sentence must hold one for the pattern to match - a cheap test first, pattern, value maker)
_PATTERNS: list[tuple[tuple[str, ...], str, Callable[[re.Match[str], _Anchor], Value]]] = [
    # ISO, as data and spreadsheets write days: 2002-11-03, 2005-07-04/2005-07-05
    (
        ("-",),
        rf"(?<![\d/.-]){_Y}-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:\s*/\s*(?P<y2>(?:19|20)\d{{2}})-(?P<m2>[01]\d)-(?P<d2>[0-3]\d))?(?![\d/-])",
        _day_month,
    ),
    # vi: 12-15/11/2020, từ 12 - 14/11/2017, 22-23/12, các ngày 5 và 6/12
    (
        ("/",),
        rf"(?:tu\s+)?(?:cac\s+)?(?:ngay\s+)?(?<![\d/.]){_D}\s*(?:-|den|toi|va)\s*(?:ngay\s+)?(?P<d2>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*{_Y})?(?![\d/])",
        _day_month,
    ),
    # vi: 12/11 - 15/11/2020, 12/11 đến 15/11
    (
        ("/",),
        rf"{_D}\s*/\s*(?P<m>\d{{1,2}})\s*(?:-|den|toi|va)\s*(?:ngay\s+)?(?P<d2>\d{{1,2}})\s*/\s*(?P<m2>\d{{1,2}})(?:\s*/\s*(?P<y2>(?:19|20)\d{{2}}))?(?![\d/])",
        _day_month,
    ),
    # vi: ngày 26 tháng 1 năm 2011, các ngày 15 và 16 tháng 6 - not "lần thứ 37 tháng 11"
    (
        ("thang",),
        rf"(?:cac\s+)?(?:ngay\s+)?(?<!\d)(?<!thu ){_D}(?:\s*(?:-|va|den|toi)\s*(?:ngay\s+)?(?P<d2>\d{{1,2}}))?\s+thang\s+(?P<m>\d{{1,2}})"
        rf"(?:\s*(?:nam|,)\s*{_Y})?",
        _day_month,
    ),
    # vi: hai ngày 4 và 5-4 (Nhân Dân writes the month after a hyphen)
    (
        ("-",),
        rf"(?:tu\s+|cac\s+|hai\s+)?ngay\s+{_D}\s*(?:va|den|toi)\s*(?:ngay\s+)?(?P<d2>\d{{1,2}})\s*-\s*(?P<m>\d{{1,2}})(?:\s*-\s*{_Y})?(?![\d/-])",
        _day_month,
    ),
    # 28/9/2020, 28-9-2020, 28.9.2020
    (_DIGITS, rf"(?<![\d/.]){_D}\s*(?P<sep>[/.-])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*{_Y}(?![\d/])", _day_month),
    # vi: ngày 28/9, (28/9), sáng 12-3
    (("/", "-"), rf"(?:(?:ngay|sang|chieu|toi|trua|dem|hom|rang sang|dau)\s+){_D}\s*[/-]\s*(?P<m>\d{{1,2}})(?![\d/-])", _day_month),
    # vi: ngày 24.8, hôm qua 31.3, hai ngày 30 và 31.3 (Thanh Niên) - only after a word of days: "tới 2.5 tỷ" is no date
    (
        ("ngay", "hom", "sang", "chieu", "trua"),
        rf"(?:ngay|hom qua|hom nay|sang|chieu|trua)\s+{_D}(?:\s*(?:-|va|den)\s*(?P<d2>\d{{1,2}}))?\.(?P<m>\d{{1,2}})"
        rf"(?:\.{_Y})?(?![\d.,]\d|\d)",
        _day_month,
    ),
    # not a counter: "Câu 6/8" (question 6 of 8), "Ảnh 2/10"
    (("/",), rf"(?<![\d/.,-])(?<!cau )(?<!question )(?<!anh )(?<!photo )(?<!slide ){_D}\s*/\s*(?P<m>\d{{1,2}})(?![\d/]|\.\d)", _day_month),
    # vi: tháng 11/2019, (4/2017), tháng 11 năm 2019
    (("/",), rf"(?:thang\s+)?(?<![\d/.]){{m}}\s*/\s*{_Y}(?![\d/])".replace("{m}", r"(?P<m>\d{1,2})"), _month_year),
    (("thang",), rf"thang\s+(?P<m>\d{{1,2}})\s+nam\s+{_Y}", _month_year),
    # vi: tháng 11-2002 (Nhân Dân, QĐND), tháng 11.2015 (Thanh Niên)
    (("thang",), rf"thang\s+(?P<m>\d{{1,2}})\s*[-.]\s*{_Y}(?![\d/-])", _month_year),
    (
        ("thang",),
        r"thang\s+(?P<m>\d{1,2})(?![\d/])(?:\s+(?:toi|nay|sau|truoc|vua qua|nam ngoai|nam nay|nam sau|nam do|cung nam))*",
        _month_year,
    ),
    # en: Nov. 30-Dec. 1, 2019; 30 November to 1 December 2017 (a range over two months)
    (
        _MONTH_NAMES,
        rf"{{mn}}\s+{_D}{_ORD}\s*(?:-|–|to|until|through)\s*{{mn2}}\s+(?P<d2>\d{{1,2}}){_ORD}(?:,?\s+{_Y})?(?![\d])",
        _day_month,
    ),
    (
        _MONTH_NAMES,
        rf"{_D}{_ORD}\s+(?:of\s+)?{{mn}}\s*(?:-|–|to|until|through)\s*(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?{{mn2}}(?:,?\s+{_Y})?(?![\d])",
        _day_month,
    ),
    # en: Oct. 9, September 11, 2020, July 8 to 11
    (_MONTH_NAMES, rf"{{mn}}\s+{_D}{_ORD}(?:\s*(?:-|to|and)\s*(?P<d2>\d{{1,2}}){_ORD})?(?:,?\s+{_Y})?(?![\d])", _day_month),
    # en: 15-16 January 2015, 3rd September 2020, 20th-21st April, 2020
    (_MONTH_NAMES, rf"{_D}{_ORD}(?:\s*(?:-|to|and)\s*(?P<d2>\d{{1,2}}){_ORD})?\s+(?:of\s+)?{{mn}}(?:,?\s+{_Y})?(?![\d])", _day_month),
    # en: April 2014, this November, last month
    (_MONTH_NAMES, rf"{{mn}},?\s+{_Y}", _month_year),
    (
        _MONTH_NAMES,
        r"(?:(?:this|next|last|coming|in|early|late|mid)\s+|mid-)?{mn}(?:\s+of)?\s+(?:last|next|this|that|the same)\s+year\b",
        _month_year,
    ),
    # "is scheduled for July", "slated for March"
    (
        _MONTH_NAMES,
        r"(?:(?:this|next|last|coming|in|early|late|mid|(?:scheduled|slated|set|planned|pencill?ed in) for)\s+|mid-){mn}(?![a-z])",
        _month_year,
    ),
    # years: năm 2014, in 2004, năm ngoái, last year
    (("19", "20"), rf"(?:\bnam|\bin|\(|\bof)\s*{_Y}(?![\d/-])", _year),
    # "two years ago", "hai năm trước", "three months ago", "a decade ago today" - not "(hai) năm trước đó", (two) years before
    # some other event
    (
        ("ago", "truoc"),
        r"\b(?P<n>\d{1,2}|{n}|a)\s+(?:(?P<unit>years?|months?|decades?)\s+ago|(?P<unit_vi>nam|thang)\s+truoc(?!\s+do))"
        r"(?P<month>,?\s+(?:this month|vao thang nay|thang nay))?(?P<today>\s+(?:today|hom nay))?\b",
        _ago,
    ),
    # "trong 5 năm tới", "những năm sau": years to come, counted - no "next year"
    (("nam toi", "nam sau"), r"\b(?:\d{1,2}|{n}|nhung|cac|vai|may)\s+nam\s+(?:toi|sau)\b", _duration),
    (
        ("nam ngoai", "nam truoc", "nam nay", "nam sau", "nam toi", "year"),
        r"\b(?:nam ngoai|nam truoc(?!\s+do)|nam nay|nam sau|nam toi|last year|this year|next year)\b",
        _year,
    ),
    (
        ("month", "thang"),
        r"\b(?:(?:earlier|later|early|late)\s+)?(?:last|previous|this|next|coming)\s+month\b"
        r"|(?<!mot )(?<!\d )\bthang\s+(?:truoc|nay|toi|sau(?!\s+khi))\b",  # "một tháng sau khi": a month after
        _relative_month,
    ),
    (("year", "cung nam", "nam do"), r"\b(?:that year|the same year|cung nam(?! nay| sau| toi| truoc| ngoai)|nam do)\b", _same_year),
    (
        ("day", "cung", "hom do", "afternoon", "evening"),
        # "In the afternoon, Abe took part in the 14th East Asia Summit": a sentence that opens with a later hour of that day
        r"(?:(?<=\. )|(?<=\n)|^)in the (?:afternoon|evening)\b(?! of\b)|\blater that (?:afternoon|evening)\b"
        r"|\b(?:on the same day|the same day|that same day|that day|on the day|(?:earlier|later) in the day"
        r"|cung trong ngay|trong cung ngay|cung ngay|(?:ngay )?hom do)\b",
        _same_day,
    ),
    (
        ("nay", "today", "this", "tonight"),
        r"\b(?:hom nay|today|sang nay|chieu nay|toi nay|this (?:morning|afternoon|evening)|tonight)\b",
        _day_of_publication,
    ),
    (("qua", "yesterday", "last night"), r"\b(?:hom qua|yesterday|sang qua|chieu qua|toi qua|last night)\b", _day_of_publication),
    (("mai", "tomorrow"), r"\b(?:ngay mai|tomorrow|sang mai|chieu mai)\b", _day_of_publication),
    # a day of the month alone, as Chinese and Japanese news (and their translations) give it: "Ngày 25, ...", "on the 25th in Beijing"
    (("ngay", "on the"), r"\b(?:ngay|on the)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?=\s*[,.;]|\s+(?:tai|o|in|at)\b)", _day_alone),
    (
        ("day",),
        rf"\b(?:from\s+|on\s+)?(?:(?={_NEXT_DAYS}\b)|(?!\w+\s+and\b)){_EN_WEEKDAY}\s+(?:to|through|until|-|and)\s+"
        rf"{_EN_WEEKDAY.replace('wd', 'wd2')}\b",
        _weekdays,
    ),
    (("day",), rf"\b(?:on\s+|last\s+|this\s+|next\s+)?{_EN_WEEKDAY}\b", _weekday),
    # vi: "vào thứ Hai", "sáng thứ Sáu", "thứ Hai tuần trước" - "thứ hai" alone is also "second"
    (("thu", "chu"), rf"(?:{_VI_WEEKDAY_CUE})\s+{_VI_WEEKDAY}(?:\s+{_VI_WEEK})?(?![a-z])", _weekday),
    (("thu", "chu"), rf"{_VI_WEEKDAY}\s+{_VI_WEEK}(?![a-z])", _weekday),
]


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[re.Pattern[str], Callable[[re.Match[str], _Anchor], Value], tuple[str, ...]]]:
    mn = _month_alt()
    n = "|".join(sorted(map(re.escape, _cardinals()), key=len, reverse=True))
    names = _months()[0]
    shortest = tuple(a for a in names if not any(b != a and b in a for b in names))  # "nov" for "november" too
    # "ASEAN+3" holds no day
    return [
        (
            re.compile(r"(?<![a-z0-9+])" + p.replace("{mn}", mn).replace("{mn2}", mn.replace("?P<mn>", "?P<mn2>")).replace("{n}", n)),
            f,
            shortest if needs is _MONTH_NAMES else needs,
        )
        for needs, p, f in _PATTERNS
    ]


_IN_BRACKETS = re.compile(r"\s*\(\s*")
_COMMA = re.compile(r",\s*")


def find_dates(folded: str, start: int, end: int, published: str | None) -> list[Span]:
    """Date spans in folded[start:end], earlier patterns winning overlaps."""
    anchor = _Anchor(published)
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []
    sentence = folded[start:end]
    present: dict[tuple[str, ...], bool] = {}
    relative: dict[int, Span] = {}  # "hôm qua", "today" before a bracket, by where the bracket's text starts
    for regex, make, needs in _compiled():
        if (found := present.get(needs)) is None:
            found = present[needs] = any(word in sentence for word in needs)
        if not found:
            continue
        for m in regex.finditer(folded, start, end):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            value = make(m, anchor)
            if value[0] and value[1] and len(value[1]) == len(value[0]) and value[1] < value[0]:
                continue  # "Băng Cốc, 16/6 - Ngày 15/6": a dateline's day, then the story's, no span of days
            if make is _day_month and not value[2] and (rel := _YEAR_AFTER_DAY.match(folded, e)):
                e = rel.end()  # "25/12 năm ngoái": one date
            taken.append((s, e))
            if value[0]:
                spans.append(Span(s, e, "date", value))
                said = _IN_BRACKETS.match(folded, e) if make is _day_of_publication else None
                if make in (_weekday, _weekdays) and folded.startswith(("on ", "from "), s):
                    said = _COMMA.match(folded, e)  # not a dateline's "Friday, 6 April 2018"
                if said:
                    relative[said.end()] = spans[-1]
            while make is _year and value[2] and (more := _AND_YEAR.match(folded, e, end)):  # "in 2016 and 2018"
                e = more.end()
                taken.append((more.start("y"), e))
                spans.append(Span(more.start("y"), e, "date", (more.group("y"), None, True)))
    for inner in [sp for sp in spans if sp.start in relative] if relative else ():
        # "Hôm qua (12/7)", "from Tuesday to Thursday, September 5-7": one date, which the day in brackets or after the comma says
        said = relative[inner.start]
        said.end, said.value = inner.end, inner.value
        spans.remove(inner)
    return sorted(spans, key=lambda sp: sp.start)


def dates_agree(a: str | None, b: str | None) -> bool:
    """Dates agree to the precision both give (--09-28 agrees with 2020-09-28)."""
    if a is None or b is None:
        return True
    if a.startswith("--") or b.startswith("--"):
        # no year on one side: compare month, and day when both give it
        ma, mb = _month_day(a), _month_day(b)
        return all(x == y for x, y in zip(ma, mb, strict=True) if x is not None and y is not None)
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _month_day(date: str) -> tuple[str | None, str | None]:
    parts = date[2:].split("-") if date.startswith("--") else date.split("-")[1:]
    return (parts[0] if parts else None), (parts[1] if len(parts) > 1 else None)
