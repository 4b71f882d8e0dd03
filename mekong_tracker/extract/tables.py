"""Meetings of a table's rows: under "Hội nghị | Thời gian | Địa điểm | Văn kiện chính", the row
"GMS-I | 11/2002 | Phnom Penh, Campuchia | Khung chiến lược GMS 10 năm" is one meeting and each
cell a field of its column (vocab/tables.toml). The meeting is the one the row's first cell (or the
meeting column's) names; a cell holding an edition alone ("1st", "GMS-I", "4") gives that edition of
the meeting the caption names ("Table 1.1. MRC Summits since 2010").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from mekong_tracker.annotate.dates import find_dates
from mekong_tracker.annotate.documents import find_documents, titles_alone
from mekong_tracker.annotate.formats import find_formats
from mekong_tracker.annotate.frameworks import find_frameworks, find_levels, most_named
from mekong_tracker.annotate.ordinals import find_ordinals, roman
from mekong_tracker.annotate.people import chairs_named
from mekong_tracker.annotate.places import find_places
from mekong_tracker.clean.normalize import fold
from mekong_tracker.clean.tables import Cell, Table, stripped
from mekong_tracker.doc import Doc, Span
from mekong_tracker.extract.claims import Attr
from mekong_tracker.extract.mentions import Mention, find_mentions, level_for, meeting_cues
from mekong_tracker.vocab import load

# an edition alone in its cell: "4", "4th", "IV", "GMS-I", "MRC 4"
_BARE_EDITION = re.compile(r"(?:(?P<acr>[A-Z][A-Za-z]{1,6})\s?-?\s?)?(?:(?P<n>\d{1,3})(?:st|nd|rd|th)?|(?P<r>[IVXL]{1,6}))\.?")
_YEAR = re.compile(r"(?:19|20)\d\d")
# words before a meeting's name in a row's cell that make the row something done about it
_ABOUT = re.compile(r"\b(?:ve|chuan bi|phong van|hop bao|about|on|ahead of|preview of|interview|press conference|briefing)\s")
_ITEM = re.compile(r"[^;\n]+")
_LETTER = re.compile(r"[^\W\d_]")
_SEE = re.compile(r"(?:xem|see|cf\.?|như trên|as above)(?![^\W\d_])", re.IGNORECASE)  # "xem mục 3.1": a pointer, no title

Row = tuple[Mention, list[Attr]]


@lru_cache(maxsize=1)
def _headers() -> list[tuple[str, str]]:
    """(folded header, field), the longer first."""
    table = load("tables")["columns"]
    return sorted(((fold(h), name) for name, headers in table.items() for h in headers), key=lambda h: -len(h[0]))


@lru_cache(maxsize=1)
def _cell_formats() -> dict[str, str]:
    """A folded cell that says how a meeting was held -> its format."""
    return {fold(w): how for how, words in load("tables")["cell_formats"].items() for w in words}


def _field(folded: str, cell: Cell) -> str | None:
    # "key_documents" as "key documents", "Date(s)" as "dates"
    head = " ".join(folded[cell[0] : cell[1]].replace("_", " ").replace("(s)", "s").strip(" .:*").split())
    return next((name for h, name in _headers() if head == h or head.startswith(h + " ")), None)


def _caption_meeting(doc: Doc, table: Table, key: int) -> tuple[str, str, Span, Span | None] | None:
    """The framework and level the caption (and the key column's header, else the page's title: "Danh sách Hội nghị Cấp cao
    GMS" over "Danh sách [sửa]") names, with their spans; a caption naming a level alone ("Các hội nghị cấp cao") names it
    of the framework the page names most."""
    text, folded = doc.text, doc.folded
    where = [c for c in (table.caption, table.header[1][key]) if c]
    if not any(find_levels(folded, text, *c) for c in where):
        where.append(_title(doc))
    fw = next((f for c in where for f in find_frameworks(folded, text, *c)), None)
    levels = [lv for c in where for lv in find_levels(folded, text, *c)]
    if fw is None and levels and (main := most_named(folded, text)):
        # the framework's evidence: where the page names it first, outside its furniture
        named = (f for f in find_frameworks(folded, text, 0, len(text)) if f.value[0] == main and not doc.in_boilerplate(f.start, f.end))
        fw = next(named, None)
    if fw is None:
        return None
    lv = next((lv for lv in levels if not fw.start <= lv.start < fw.end), None)
    level = level_for(fw.value[0], lv.value, fw.value[1]) if lv else fw.value[1]
    return (fw.value[0], level, fw, lv) if level else None


def _title(doc: Doc) -> Cell:
    """The page's first line that is no furniture and has a word ("---" opens a note's front matter)."""
    start = 0
    while (end := doc.text.find("\n", start)) != -1 and (doc.in_boilerplate(start, end) or not _LETTER.search(doc.text, start, end)):
        start = end + 1
    return start, len(doc.text) if end == -1 else end


def _row_meeting(doc: Doc, cell: Cell, caption: tuple[str, str, Span, Span | None] | None) -> Mention | None:
    text, folded = doc.text, doc.folded
    s, e = cell
    fws, series, levels = meeting_cues(text, folded, s, e)
    mentions, _ = find_mentions(text, folded, doc.lang, s, e, fws, levels, find_ordinals(folded, text, s, e), series)
    named = next((m for m in mentions if not m.host), None)
    if named is not None and _ABOUT.search(folded, s, named.start):
        return None  # "Phỏng vấn Vụ trưởng về chuẩn bị AMM-53": a row of something done about the meeting
    if named is not None or caption is None:
        return named
    framework, level, fw, lv = caption
    bare = _BARE_EDITION.fullmatch(text, s, e)
    if bare and bare.group("acr") and not any(f.value[0] == framework for f in fws):
        return None  # "ACMECS-7" in a table of GMS summits
    ordinal = (int(bare.group("n")) if bare.group("n") else roman(bare.group("r"))) if bare else None
    if ordinal is None:
        ordinal = next((o.value for o in find_ordinals(folded, text, s, e)), None)
    if ordinal is None:
        return None
    spans = {"framework": (fw.start, fw.end), "level": (lv.start, lv.end) if lv else (fw.start, fw.end), "ordinal": cell}
    return Mention(framework, level, ordinal, s, e, spans)


def _values(doc: Doc, line: Cell, cell: Cell, field: str | None, anchor: str | None) -> list[Attr]:
    """What a cell says of its row's meeting, as the column's field."""
    text, folded = doc.text, doc.folded
    s, e = cell
    if field in ("date", "date_end"):
        dates = find_dates(folded, s, e, anchor) or ([Span(s, e, "date", (text[s:e], None, True))] if _YEAR.fullmatch(text, s, e) else [])
        return [Attr(field, d, line) for d in dates[:1]]
    if field == "meeting" and (bare := _BARE_EDITION.fullmatch(text, s, e)) and not bare.group("acr"):
        # an edition alone beside the meeting's name ("edition" | "3"): its ordinal
        return [Attr("ordinal", Span(s, e, "ordinal", int(bare.group("n")) if bare.group("n") else roman(bare.group("r"))), line)]
    if field in ("place", "format"):  # "Trực tuyến" in the place column: how it was held
        formats = find_formats(folded, text, s, e)
        if not formats and (how := _cell_formats().get(" ".join(folded[s:e].split()))):
            formats = [Span(s, e, "format", how)]
        places = find_places(folded, text, s, e) if field == "place" else []
        places = [Span(p.start, p.end, p.label, {**p.value, "venue": True}) for p in places]
        return [Attr("place", p, line) for p in places] + [Attr("format", f, line) for f in formats]
    if field == "chairs":
        return [Attr("chairs", c, line) for c in chairs_named(text, s, e)]
    titles = find_documents(folded, text, s, e, doc.lang)
    if not titles and field == "outcomes":  # "Vientiane Plan of Action 2008-2012" is a title, "First meeting of GMS leaders" none
        titles = [t for a, b in _items(text, s, e) for t in titles_alone(folded, text, a, b, doc.lang)]
    if not titles and field == "documents":  # "Hanoi Action Plan 2018-2022; Regional Investment Framework 2022"
        titles = [
            Span(a, b, "document", text[a:b]) for a, b in _items(text, s, e) if _LETTER.search(text, a, b) and not _SEE.match(text, a, b)
        ]
    return [Attr("documents", t, line) for t in titles]


def _items(text: str, s: int, e: int) -> list[Cell]:
    """A cell's items, one a line or between semicolons."""
    return [stripped(text, m.start(), m.end()) for m in _ITEM.finditer(text, s, e)]


def _cell(doc: Doc, table: Table, row: int, k: int) -> tuple[Doc, Cell, Callable[[int], int] | None]:
    """The doc to read a cell in and its span there: the doc itself, but for a fixed-width cell that wraps ("Cấp cao Mê
    Công - Lan" over "Thương lần thứ 2") a view whose text holds its parts joined, where they stand, with where a
    position in the view is in the doc's text."""
    cell = table.rows[row][1][k]
    if not (more := table.wrapped.get((row, k))):
        return doc, cell, None
    parts = [p for p in (cell, *more) if p[1] > p[0]]
    a, b = cell[0], more[-1][1]
    joined = " ".join(doc.text[s:e] for s, e in parts)
    pieces, at = [], a
    for s, e in parts:
        pieces.append((at, s, e))
        at += e - s + 1
    view = replace(
        doc, text=doc.text[:a] + joined.ljust(b - a) + doc.text[b:], folded=doc.folded[:a] + fold(joined).ljust(b - a) + doc.folded[b:]
    )

    def where(p: int) -> int:
        if not a <= p < b:
            return p
        v, s, e = next(x for x in reversed(pieces) if x[0] <= p)
        return min(s + p - v, e)

    return view, (a, a + len(joined)), where


def _moved(attrs: list[Attr], where: Callable[[int], int] | None) -> list[Attr]:
    """Values read in a view (see `_cell`), their spans where they stand in the doc's text."""
    return attrs if where is None else [replace(x, span=replace(x.span, start=where(x.span.start), end=where(x.span.end))) for x in attrs]


def table_rows(doc: Doc, anchor: str | None) -> dict[Cell, list[Row]]:
    """Every line of the doc's tables, with the meeting a row names and its fields (none for the header, and for a row
    that names no meeting); a transposed table's meetings, each a column, go with its header."""
    out: dict[Cell, list[Row]] = {}
    for table in doc.tables:
        if table.transposed:
            out.update(_columns(doc, table, anchor))
            continue
        fields = [_field(doc.folded, c) for c in table.header[1]]
        key = fields.index("meeting") if "meeting" in fields else 0
        caption = _caption_meeting(doc, table, key)
        out[table.header[0]] = []
        for r, (line, cells) in enumerate(table.rows):
            view, cell, where = _cell(doc, table, r, key)
            meeting = _row_meeting(view, cell, caption)
            if meeting and where:
                spans = {f: (where(a), where(b)) for f, (a, b) in meeting.spans.items()}
                meeting = replace(meeting, start=where(meeting.start), end=where(meeting.end), spans=spans)
            attrs: list[Attr] = []
            for k in range(len(cells)) if meeting else ():
                if k != key:
                    view, cell, where = _cell(doc, table, r, k)
                    attrs += _moved(_values(view, line, cell, fields[k], anchor), where)
            if meeting and meeting.ordinal is None and (edition := next((a.span for a in attrs if a.field == "ordinal"), None)):
                # "Mekong-ROK Summit" under "meeting_name" and "3" under "edition": the third
                meeting = replace(meeting, ordinal=edition.value, spans={**meeting.spans, "ordinal": (edition.start, edition.end)})
            out[line] = [(meeting, _with_end(attrs, line))] if meeting else []
    return out


def _with_end(attrs: list[Attr], line: Cell) -> list[Attr]:
    """A row's fields with its start and end days, when two columns give them ("start_date" and "end_date"), one date
    whose span runs over both cells."""
    ends = [a.span for a in attrs if a.field == "date_end"]
    attrs = [a for a in attrs if a.field not in ("date_end", "ordinal")]
    start = next((a for a in attrs if a.field == "date"), None)
    if not (ends and start and _full_day(start.span.value[0]) and _full_day(ends[0].value[0]) and start.span.value[0] < ends[0].value[0]):
        return attrs
    first, last = start.span, ends[0]
    both = Span(min(first.start, last.start), max(first.end, last.end), "date", (first.value[0], last.value[0], first.value[2]))
    return [Attr("date", both, line) if a is start else a for a in attrs]


def _full_day(date: str | None) -> bool:
    """Whether a date gives a day with its year ("2011-10-27"), not a yearless day nor a month."""
    return date is not None and len(date) == 10


def _columns(doc: Doc, table: Table, anchor: str | None) -> dict[Cell, list[Row]]:
    """The meetings of a transposed table's columns ("| | Cấp cao GMS 6 | Cấp cao GMS 7 |"), each with the fields the rows
    give it ("| Ngày | 31/3/2018 | 9/9/2021 |")."""
    caption = _caption_meeting(doc, table, 1)
    fields = [_field(doc.folded, cells[0]) for _, cells in table.rows]
    found = []
    for k, cell in enumerate(table.header[1][1:], start=1):
        meeting = _row_meeting(doc, cell, caption)
        if meeting is not None:
            found.append(
                (meeting, [a for (line, cells), f in zip(table.rows, fields, strict=True) for a in _values(doc, line, cells[k], f, anchor)])
            )
    return {table.header[0]: found} | {line: [] for line, _ in table.rows}
