"""A meeting claim from the mentions of one meeting and the field values attached to them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from mekong_tracker.annotate.documents import describes
from mekong_tracker.clean.normalize import match_key
from mekong_tracker.doc import Doc, Span
from mekong_tracker.extract.mentions import Mention
from mekong_tracker.models import Evidence, MeetingClaim


@dataclass
class Attr:
    """A field value found in a sentence, on its way to a meeting."""

    field: str
    span: Span
    sentence: tuple[int, int]
    direct: bool = True  # False when reached through anaphora ("Hội nghị", "the ministers")
    inferred: bool = False  # True when not stated but worked out (a host's month from its guest's day)


# a count of meetings: "5 hội nghị thượng đỉnh", "loạt hội nghị", "five summits", "the meetings"
SEVERAL_MEETINGS = re.compile(
    r"\b(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|cac|loat|chuoi|two|three|four|five|six|seven|eight|nine|ten|several|all|the)"
    r"\s+(?:(?:hoi nghi|cuoc hop|phien hop)\b|(?:[a-z-]+\s+)?(?:summits|meetings|conferences)\b)"
)
LONGEST_RUN = 10  # days: no meeting runs longer
# "which opened Wednesday", "khai mạc ngày 9/10": the day that follows is a meeting's first; "drew to a close", "bế mạc": it ends
_OPENED = re.compile(
    r"\b(?:opened|opens|began|begins|started|kicked off|got under way|gets under way|khai mac)\s+(?:on\s+|ngay\s+|vao\s+)?(?:the\s+)?$"
)
_OPENING_OF = re.compile(r"\s+with the opening of\b")  # "a marathon that began Monday with the opening of the X"
_ENDS = re.compile(
    r"\b(?:ends|ended|closes|closed|will (?:end|close)|concludes|concluded|wraps up|be mac|ket thuc)"
    r"\s+(?:on\s+|ngay\s+|vao\s+)?(?:the\s+)?$"
)
_CLOSED = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:drew to a close|draws to a close|closed|closes|ended|concluded|wrapped up|be mac|ket thuc)\b"
)


def inherit(claim: MeetingClaim, source: MeetingClaim, month: bool = True, day: bool = False) -> None:
    """Give `claim` the place (and month, or day) of `source` when it states none of its own."""
    if claim is source or _years_differ(claim.date, source.date):  # "will host the third meeting in 2011": not there
        return
    if claim.city is None and claim.country is None and source.country is not None and claim.format != "online":
        claim.city, claim.country = source.city, source.country
        claim.evidence["country"] = source.evidence["country"]
        if source.city:
            claim.evidence["city"] = source.evidence["city"]
    if (month or day) and claim.date is None and source.date is not None and not source.date.startswith("--"):
        claim.date = source.date if day else within(source.date, source.date_end)
        claim.evidence["date"] = source.evidence["date"]
    elif claim.date and claim.date.startswith("--") and source.date and len(source.date) >= 7 and source.date[4:7] == claim.date[1:4]:
        # "on 7th November, on the sidelines of the GMS Summit (6-7 November 2024)": that year's 7th of November
        claim.date = source.date[:4] + claim.date[1:]
        claim.evidence["date"] = claim.evidence["date"] + source.evidence["date"]
        if claim.date_end and claim.date_end.startswith("--"):
            claim.date_end = source.date[:4] + claim.date_end[1:]


def within(date: str, end: str | None) -> str:
    """The month of a meeting's days ("2025-10-26" -> "2025-10"), for one held within them; the year when they span two
    months ("31/7 - 3/8/2019" -> "2019")."""
    return date[:7] if end is None or end[-5:-3] == date[5:7] else date[:4]


def _years_differ(a: str | None, b: str | None) -> bool:
    return bool(a and b and not a.startswith("--") and not b.startswith("--") and a[:4] != b[:4])


def set_place(doc: Doc, claim: MeetingClaim, place: Span, sentence: tuple[int, int] | None = None) -> None:
    """Give `claim` the city (if any) and country of a place span, with its evidence."""
    claim.city, claim.country = place.value["city"], place.value["country"]
    claim.evidence["country"] = [evidence(doc, place.start, place.end, sentence)]
    if claim.city:
        claim.evidence["city"] = claim.evidence["country"]


def holds(start: str | None, end: str | None, day: str | None) -> bool:
    """Whether a span of days (ISO start and end of the same precision) holds `day`."""
    return bool(start and end and day and len(start) == len(end) == len(day) and start <= day <= end)


def heading(doc: Doc, sentence: tuple[int, int]) -> bool:
    """Whether a sentence is a line of its own that ends in no stop and is no list item nor a table's row: a headline or a
    crosshead."""
    s, e = sentence
    line = doc.text[s:e].strip()
    return (
        (s == 0 or doc.text[s - 1] == "\n")
        and not doc.in_table(s)
        and doc.text.startswith("\n", e)
        and not line.endswith((".", "!", "?", "…", '"', "”", ")", ";", ",", ":"))
        and not line.startswith(("-", "•", "*", "+", "–", "›"))
    )


def _opened_then_closed(doc: Doc, claim: MeetingClaim, best: Attr, dates: list[Attr]) -> None:
    """ "... as the 42nd ASEAN Summit drew to a close [Thursday]. The two-day summit, which opened Wednesday, ...", "The AMM
    opened on Wednesday and ends tomorrow", "on Saturday wrapped up their first summit ... got under way Friday": a meeting
    said to open on one day and to close on a later one (within ten), around the day chosen, runs from the first to the
    second."""
    days = [a for a in dates if len(a.span.value[0]) == 10 and a.span.value[1] is None]
    if best not in days:
        return

    def said(cue: re.Pattern[str], a: Attr) -> bool:
        return cue.search(doc.folded, max(a.sentence[0], a.span.start - 40), a.span.start) is not None

    opened = [a for a in days if said(_OPENED, a) or _OPENING_OF.match(doc.folded, a.span.end)]
    closed = [
        a
        for a in days
        if (said(_ENDS, a) and not _of_several(doc, a)) or _CLOSED.match(doc.folded, a.span.end) or _closes(doc, claim, a.sentence)
    ]
    for opening in opened:
        for closing in closed:
            first, last, chosen = (dt.date.fromisoformat(a.span.value[0]) for a in (opening, closing, best))
            if 0 < (last - first).days <= LONGEST_RUN and first <= chosen <= last:
                claim.date, claim.date_end = opening.span.value[0], closing.span.value[0]
                claim.evidence["date"] = [evidence(doc, opening.span.start, opening.span.end, opening.sentence)]
                claim.evidence["date_end"] = [evidence(doc, closing.span.start, closing.span.end, closing.sentence)]
                return


def _closes(doc: Doc, claim: MeetingClaim, sentence: tuple[int, int]) -> bool:
    """Whether a sentence says the claim's meeting itself closed: "the 42nd ASEAN Summit drew to a close", "Hội nghị Cấp cao
    ASEAN lần thứ 37 đã bế mạc" - not "the 37th ASEAN Summit and related summits ... concluded"."""
    ends = {
        e.end for name in ("framework", "level", "ordinal") for e in claim.evidence.get(name, []) if sentence[0] <= e.start < sentence[1]
    }
    return any(_CLOSED.match(doc.folded, end, sentence[1]) for end in ends)


def _of_several(doc: Doc, a: Attr) -> bool:
    """Whether the sentence of a value speaks of several meetings ("5 hội nghị ... từ 12-15/11")."""
    return SEVERAL_MEETINGS.search(doc.folded, *a.sentence) is not None


def _precision(date: str) -> int:
    """3 for a day, 2 for a month, 1 for a year."""
    return 3 if date.startswith("--") else {4: 1, 7: 2}.get(len(date), 3)


def evidence(doc: Doc, start: int, end: int, sentence: tuple[int, int] | None = None) -> Evidence:
    """Evidence for text[start:end], with its sentence."""
    s, e = sentence or doc.sentence_of(start)
    return Evidence(start, end, doc.text[start:end], doc.text[s:e])


def build_claim(doc: Doc, group: list[Mention], assigned: dict[int, list[Attr]]) -> MeetingClaim:
    """The claim of one meeting: the group's mentions and the values attached to them, the best of each field kept."""
    first = group[0]
    ordinal_m = next((m for m in group if m.ordinal is not None), None)
    claim = MeetingClaim(framework=first.framework, level=first.level, ordinal=ordinal_m.ordinal if ordinal_m else None)
    claim.evidence["framework"] = [evidence(doc, *m.spans["framework"]) for m in group]
    claim.evidence["level"] = [evidence(doc, *m.spans["level"]) for m in group]
    if ordinal_m:
        claim.evidence["ordinal"] = [evidence(doc, *m.spans["ordinal"]) for m in group if m.ordinal == claim.ordinal]
    attrs = sorted((a for m in group for a in assigned.get(id(m), [])), key=lambda a: a.span.start)
    seen: set[tuple[str, int]] = set()
    attrs = [a for a in attrs if (a.field, a.span.start) not in seen and not seen.add((a.field, a.span.start))]  # type: ignore[func-returns-value]
    told = next((a for a in attrs if a.field == "ordinal"), None)
    if claim.ordinal is None and told is not None:  # "It was the third such summit"
        claim.ordinal = told.span.value
        claim.evidence["ordinal"] = [evidence(doc, told.span.start, told.span.end, told.sentence)]
    dates = [a for a in attrs if a.field == "date"]
    if dates:
        best = max(
            dates,
            key=lambda a: (
                a.direct and not a.inferred,
                _precision(a.span.value[0]),
                a.span.value[2],
                a.span.value[1] is not None,
                not heading(doc, a.sentence),  # "TRỰC TIẾP AMM-57 ngày 26/7": the day of the coverage, after the body's
                -a.span.start,
            ),
        )
        if _precision(best.span.value[0]) == 2 and best.span.value[1] is None:
            # "lên đường dự Hội nghị X [month of the journey] ... Hội nghị diễn ra trong hai ngày 6 và 7-11": days of that month
            best = next(
                (a for a in dates if a.span.value[0][:7] == best.span.value[0] and a.span.value[1] and len(a.span.value[0]) == 10), best
            )
        if best.span.value[1] is None:
            # "concluded today" and "the two-day summit, held on 30-31 March": the span of days holding that day
            best = next((a for a in dates if holds(a.span.value[0], a.span.value[1], best.span.value[0]) and not _of_several(doc, a)), best)
        claim.date, claim.date_end = best.span.value[0], best.span.value[1]
        claim.evidence["date"] = [evidence(doc, best.span.start, best.span.end, best.sentence)]
        if claim.date_end:
            claim.evidence["date_end"] = claim.evidence["date"]
        else:
            _opened_then_closed(doc, claim, best, dates)
    places = [a for a in attrs if a.field == "place"]
    online = any(a.field == "format" and a.span.value == "online" for a in attrs)
    # a dateline is a venue of last resort, and none for a meeting held online
    places = [a for a in places if not a.span.value["dateline"]] or ([] if online else places)
    if places:

        def nearness(a: Attr) -> tuple[bool, bool, int]:
            """A city first, then one right after the meeting's name ("Hội nghị X tại Viêng Chăn")."""
            gaps = [a.span.start - m.end for m in group if a.sentence[0] <= m.start and m.end <= a.span.start]
            return (not a.span.value["city"], not gaps, min(gaps, default=0))

        chosen = min(places, key=nearness)
        set_place(doc, claim, chosen.span, chosen.sentence)
    formats = [a for a in attrs if a.field == "format"]
    if formats:
        claim.format = formats[0].span.value
        claim.evidence["format"] = [evidence(doc, formats[0].span.start, formats[0].span.end, formats[0].sentence)]
    for name in ("chairs", "documents"):
        values: dict[str, Attr] = {}
        for a in attrs:
            if a.field == name:
                values.setdefault(match_key(a.span.value), a)
        if name == "documents":
            values = {k: a for k, a in values.items() if not any(o != k and (o.startswith(k) or _short_form(k, o)) for o in values)}
            # "the master plan" beside "the ACMECS Master Plan (2019-2023)" is that plan
            values = {
                k: a
                for k, a in values.items()
                if not any(o != k and describes(a.span.value, b.span.value, doc.lang) for o, b in values.items())
            }
        setattr(claim, name, [a.span.value for a in values.values()])
        if values:
            claim.evidence[name] = [evidence(doc, a.span.start, a.span.end, a.sentence) for a in values.values()]
    return claim


def _short_form(short: str, full: str) -> bool:
    """Whether one title key is a short form of another: "Vientiane Declaration" of "Vientiane Declaration of
    the ...", "Kế hoạch tổng thể giai đoạn 2019-2023" of "Kế hoạch tổng thể ACMECS giai đoạn 2019-2023" (its
    words, in order, the first the same)."""
    words, rest = short.split(), iter(full.split())
    return full.split()[:1] == words[:1] and all(w in rest for w in words)
