"""Tables flattened to text, a row a line: cells split by "|", as PDF and HTML converters write them ("Summit |
Year | Venue" over "1st | 2010 | Hua Hin, Thailand"); by commas or semicolons, as a spreadsheet exports them (CSV:
"summit_no,date,city" over "2,2005-07-04,Kunming", a cell in quotes when it holds the separator); by tabs, as a
spreadsheet's cells are copied, its row numbers down the left edge; or in columns of fixed width, as a PDF's text
layer lays them out: a header over a rule of dashes a column ("TT  Hội nghị     Ngày" over "--  ----------  ----"),
or a header whose names stand apart by wide spaces over a first row whose cells start where they do, a cell too long
for its column going on in it on the lines under its row.

A menu ("Home | News | World") looks alike; a table is a header of no figures over two rows
or more of as many cells, most of them holding a figure (a year, a day, an edition).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

Cell = tuple[int, int]

_LINE = re.compile(r"^[^\n]*", re.MULTILINE)  # one match a line, none for the line break
_CELL = re.compile(r"[^|]+")
_FIGURE = re.compile(r"\d")
_RULE = re.compile(r"[^\S\n]*[|+]?(?:[^\S\n]*:?-{3,}:?[^\S\n]*[|+]?)+[^\S\n]*")  # Markdown's "|---|:---:|", a grid's "---+---"
# a CSV header: names with no space by a comma, or by a semicolon as spreadsheets in many locales export them
# ("summit_no,date,city,country", "STT;Ten_hoi_nghi;Thoi_gian"); a CSV cell, quoted or bare
_CSV_HEADER = {
    sep: re.compile(rf"^[^\s{sep}\"]+(?:[^\S\n]+[^\s{sep}\"]+)*(?:{sep}[^\s{sep}\"]+(?:[^\S\n]+[^\s{sep}\"]+)*){{2,}}$", re.MULTILINE)
    for sep in ",;"
}
_CSV_HINT = {sep: re.compile(rf"{sep}[^\s\d]") for sep in ",;"}  # a separator with no space after it, as prose seldom writes one
_CSV_CELL = {sep: re.compile(rf'"((?:[^"\n]|"")*)"|[^{sep}\n"]*') for sep in ",;"}
_COLUMNS_HINT = re.compile(r"[-=─]{2,}[^\S\n]{2,}[-=─]{2,}")  # two columns of a fixed-width table's rule
_DASHES = re.compile(r"[^\S\n]*(?:[-=─]{2,}[^\S\n]*)+")  # a line of a rule alone
_COLUMN = re.compile(r"[-=─]{2,}")  # a column's stretch of the rule
_WORDS = re.compile(r"\S+(?:[^\S\n]\S+)*")  # words apart by one space: what stands in one column
# a line of three names of no figure or more, apart by two spaces or more: a header of fixed-width columns without a rule
_SPACED_HEADER = re.compile(r"^[^\S\n]*[^\d\s|]+(?: [^\d\s|]+)*(?:[^\S\n]{2,}[^\d\s|]+(?: [^\d\s|]+)*){2,}[^\S\n]*$", re.MULTILINE)
MIN_CELLS = 3
MAX_CAPTION = 200
MIN_ROWS = 2  # a line of links over a byline ("By Ann Lee | 11 January 2018 | Print") is no table


@dataclass
class Table:
    caption: Cell | None  # the line right over the header ("Bảng 2. Các Hội nghị Thượng đỉnh GMS đã tổ chức")
    header: tuple[Cell, list[Cell]]  # its line, its cells
    rows: list[tuple[Cell, list[Cell]]]  # each data row's line and cells
    transposed: bool = False  # a meeting a column ("| | GMS 6 | GMS 7 |"), a field a row ("| Ngày | 31/3/2018 | 9/9/2021 |")
    # a fixed-width cell too long for its column: (row, column) -> what of it stands on the lines under its row
    wrapped: dict[tuple[int, int], list[Cell]] = field(default_factory=dict)

    @property
    def lines(self) -> list[Cell]:
        return [self.header[0], *(line for line, _ in self.rows)]


def stripped(text: str, start: int, end: int) -> Cell:
    """[start, end) without the spaces at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of a line, stripped of spaces; an empty cell before a leading or after a trailing "|" is none."""
    out = []
    for m in _CELL.finditer(text, start, end):
        s, e = stripped(text, m.start(), m.end())
        if e > s or (start < m.start() and m.end() < end):
            out.append((s, e))
    return out


def _csv_cells(text: str, start: int, end: int, sep: str = ",") -> list[Cell]:
    """The cells of a CSV line, a quoted one without its quotes; none when the line is no CSV row."""
    out = []
    pos = start
    while True:
        m = _CSV_CELL[sep].match(text, pos, end)
        assert m is not None  # a bare cell may be empty
        out.append(stripped(text, *m.span(1)) if m.group(1) is not None else stripped(text, *m.span()))
        pos = m.end()
        if pos == end:
            return out
        if text[pos] != sep:
            return []  # a quote inside a bare cell: no CSV row
        pos += 1


def _tab_cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of a line copied from a spreadsheet, between tabs, stripped of spaces; empty ones too."""
    out, pos = [], start
    while (tab := text.find("\t", pos, end)) != -1:
        out.append(stripped(text, pos, tab))
        pos = tab + 1
    return [*out, stripped(text, pos, end)]


def _past_gutter(text: str, start: int, end: int) -> list[Cell]:
    """A spreadsheet line's cells after its row number."""
    return _tab_cells(text, start, end)[1:]


def _row(split: Callable[[str, int, int], list[Cell]], text: str, start: int, end: int, width: int) -> list[Cell]:
    """The cells of a row under a header of `width` cells: "2 | 2016 | Siem Reap |" ends in an empty one."""
    cells = split(text, start, end)
    if len(cells) == width - 1 and text[start:end].rstrip().endswith("|"):
        cells.append((end, end))
    return cells


def _caption(text: str, lines: list[Cell], i: int) -> Cell | None:
    """The caption of a table whose header is line `i`: the short line right over it, or over the blank line over it."""
    k = i - 2 if i >= 2 and lines[i - 1][0] == lines[i - 1][1] else i - 1
    above = lines[k] if k >= 0 else None
    return above if above and 0 < above[1] - above[0] <= MAX_CAPTION and "|" not in text[above[0] : above[1]] else None


def _in_columns(text: str, line: Cell, columns: list[Cell]) -> list[Cell | None]:
    """What stands in each column of a fixed-width line, from its first word there to its last (a run of words goes in
    the column it overlaps most)."""
    s, e = line
    runs: list[list[Cell]] = [[] for _ in columns]
    for m in _WORDS.finditer(text, s, e):
        a, b = m.start() - s, m.end() - s
        runs[max(range(len(columns)), key=lambda k: min(b, columns[k][1]) - max(a, columns[k][0]))].append(m.span())
    return [(r[0][0], r[-1][1]) if r else None for r in runs]


def _fixed_width(text: str, lines: list[Cell], i: int) -> tuple[Table, int] | None:
    """The fixed-width table whose header is line `i` and its rule the next, and the index of the line after it."""
    rule = lines[i + 1]
    return _in_fixed_columns(text, lines, i, [m.start() - rule[0] for m in _COLUMN.finditer(text, *rule)], i + 2)


def _spaced(text: str, lines: list[Cell], i: int) -> tuple[Table, int] | None:
    """The fixed-width table with no rule whose header is line `i`: its names stand apart by two spaces or more, and the
    first row's cells start where they do ("Date      Meeting      Venue" over "10 Jan 2018   Second LMC Leaders' ...")."""
    s, e = lines[i]
    starts = [m.start() - s for m in _WORDS.finditer(text, s, e)]
    if len(starts) < MIN_CELLS or i + 1 == len(lines):
        return None
    first = {m.start() - lines[i + 1][0] for m in _WORDS.finditer(text, *lines[i + 1])}
    return _in_fixed_columns(text, lines, i, starts, i + 1) if len(first.intersection(starts)) >= MIN_CELLS else None


def _in_fixed_columns(text: str, lines: list[Cell], i: int, starts: list[int], j: int) -> tuple[Table, int] | None:
    """The table of columns starting at `starts` whose header is line `i` and rows lines `j`..., and the index of the line
    after it."""
    columns = list(zip(starts, [*starts[1:], 10**6], strict=True))
    header = _in_columns(text, lines[i], columns)
    if len(columns) < MIN_CELLS or None in header or any(_FIGURE.search(text, *c) for c in header if c):
        return None
    rows: list[tuple[Cell, list[Cell]]] = []
    wrapped: dict[tuple[int, int], list[Cell]] = {}
    while j < len(lines) and lines[j][1] > lines[j][0] and not _DASHES.fullmatch(text, *lines[j]):
        cells = _in_columns(text, lines[j], columns)
        if cells[0] is None and not rows:
            break
        if cells[0] is None:  # the row above goes on: its cells that wrap
            for k, c in enumerate(cells):
                if c:
                    wrapped.setdefault((len(rows) - 1, k), []).append(c)
            rows[-1] = ((rows[-1][0][0], lines[j][1]), rows[-1][1])
        else:
            at = [min(lines[j][0] + a, lines[j][1]) for a, _ in columns]
            rows.append((lines[j], [c or (p, p) for c, p in zip(cells, at, strict=True)]))
        j += 1
    with_figures = sum(1 for _, cells in rows if any(_FIGURE.search(text, a, b) for a, b in cells))
    if len(rows) < MIN_ROWS or 2 * with_figures <= len(rows):
        return None
    header_cells = [c for c in header if c]
    return Table(_caption(text, lines, i), (lines[i], header_cells), rows, wrapped=wrapped), j


def find_tables(text: str) -> list[Table]:
    """The tables of a text, in text order."""
    pipes = text.count("|") >= 2 * (MIN_CELLS - 1)
    csv_headers = {m.start(): sep for sep, hint in _CSV_HINT.items() if hint.search(text) for m in _CSV_HEADER[sep].finditer(text)}
    # a rule's dash before two spaces: tests for a substring cost less than the regex over every page
    fixed = ("-  " in text or "=  " in text or "─  " in text) and _COLUMNS_HINT.search(text) is not None
    spaced = {m.start() for m in _SPACED_HEADER.finditer(text)} if "   " in text else set()
    tabs = "\t" in text  # cells copied from a spreadsheet
    if not (pipes or csv_headers or fixed or spaced or tabs):
        return []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if fixed and i + 1 < len(lines) and _DASHES.fullmatch(text, *lines[i + 1]) and (found := _fixed_width(text, lines, i)):
            tables.append(found[0])
            i = found[1]
            continue
        if s in spaced and (found := _spaced(text, lines, i)):
            tables.append(found[0])
            i = found[1]
            continue
        split = _cells
        header = _cells(text, s, e) if pipes and text.count("|", s, e) >= MIN_CELLS - 1 else []
        if not header and s in csv_headers:
            split = partial(_csv_cells, sep=csv_headers[s])
            header = split(text, s, e)
        if not header and tabs and text.count("\t", s, e) >= MIN_CELLS - 1:
            split, header = _tab_cells, _tab_cells(text, s, e)
            if header and text[slice(*header[0])].isdigit():  # a spreadsheet's row numbers down its left edge
                split, header = _past_gutter, header[1:]
        figures = [bool(_FIGURE.search(text, a, b)) for a, b in header]
        # a header of meetings over rows of fields, its first cell empty or a label
        transposed = len(header) >= MIN_CELLS and not figures[0] and all(figures[1:]) and all(b > a for a, b in header[1:])
        if len(header) < MIN_CELLS or (any(figures) and not transposed):
            i += 1
            continue
        rows = []
        j = i + 1
        if j < len(lines) and _RULE.fullmatch(text, *lines[j]):
            j += 1  # a rule under the header
        while j < len(lines) and len(cells := _row(split, text, *lines[j], len(header))) == len(header):
            rows.append((lines[j], cells))
            j += 1
        with_figures = sum(1 for _, cells in rows if any(_FIGURE.search(text, a, b) for a, b in cells))
        labelled = all(cells[0][1] > cells[0][0] and not _FIGURE.search(text, *cells[0]) for _, cells in rows)  # "| Ngày |"
        if len(rows) >= MIN_ROWS and (labelled if transposed else 2 * with_figures > len(rows)):
            tables.append(Table(_caption(text, lines, i), ((s, e), header), rows, transposed))
            i = j
        else:
            i += 1
    return tables
