"""Tables flattened to text, a row a line and cells split by "|", as PDF and HTML converters write them:
"Summit | Year | Venue" over "1st | 2010 | Hua Hin, Thailand" - or by commas, as a spreadsheet exports
them (CSV): "summit_no,date,city" over "2,2005-07-04,Kunming", a cell in quotes when it holds a comma.

A menu ("Home | News | World") looks alike; a table is a header of no figures over two rows
or more of as many cells, most of them holding a figure (a year, a day, an edition).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Cell = tuple[int, int]

_LINE = re.compile(r"^[^\n]*", re.MULTILINE)  # one match a line, none for the line break
_CELL = re.compile(r"[^|]+")
_FIGURE = re.compile(r"\d")
_RULE = re.compile(r"[^\S\n]*[|+]?(?:[^\S\n]*:?-{3,}:?[^\S\n]*[|+]?)+[^\S\n]*")  # Markdown's "|---|:---:|", a grid's "---+---"
# a CSV header: names with no space by a comma ("summit_no,date,city,country"); a CSV cell, quoted or bare
_CSV_HEADER = re.compile(r"^[^\s,\"]+(?:[^\S\n]+[^\s,\"]+)*(?:,[^\s,\"]+(?:[^\S\n]+[^\s,\"]+)*){2,}$", re.MULTILINE)
_CSV_HINT = re.compile(r",[^\s\d]")  # a comma with no space after it, as prose seldom writes one
_CSV_CELL = re.compile(r'"((?:[^"\n]|"")*)"|[^,\n"]*')
MIN_CELLS = 3
MAX_CAPTION = 200
MIN_ROWS = 2  # a line of links over a byline ("By Ann Lee | 11 January 2018 | Print") is no table


@dataclass
class Table:
    caption: Cell | None  # the line right over the header ("Bảng 2. Các Hội nghị Thượng đỉnh GMS đã tổ chức")
    header: tuple[Cell, list[Cell]]  # its line, its cells
    rows: list[tuple[Cell, list[Cell]]]  # each data row's line and cells
    transposed: bool = False  # a meeting a column ("| | GMS 6 | GMS 7 |"), a field a row ("| Ngày | 31/3/2018 | 9/9/2021 |")

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


def _csv_cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of a CSV line, a quoted one without its quotes; none when the line is no CSV row."""
    out = []
    pos = start
    while True:
        m = _CSV_CELL.match(text, pos, end)
        assert m is not None  # a bare cell may be empty
        out.append(stripped(text, *m.span(1)) if m.group(1) is not None else stripped(text, *m.span()))
        pos = m.end()
        if pos == end:
            return out
        if text[pos] != ",":
            return []  # a quote inside a bare cell: no CSV row
        pos += 1


def _row(split: Callable[[str, int, int], list[Cell]], text: str, start: int, end: int, width: int) -> list[Cell]:
    """The cells of a row under a header of `width` cells: "2 | 2016 | Siem Reap |" ends in an empty one."""
    cells = split(text, start, end)
    if len(cells) == width - 1 and text[start:end].rstrip().endswith("|"):
        cells.append((end, end))
    return cells


def find_tables(text: str) -> list[Table]:
    """The tables of a text, in text order."""
    pipes = text.count("|") >= 2 * (MIN_CELLS - 1)
    csv_headers = {m.start() for m in _CSV_HEADER.finditer(text)} if _CSV_HINT.search(text) else set()
    if not (pipes or csv_headers):
        return []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        split = _cells
        header = _cells(text, s, e) if pipes and text.count("|", s, e) >= MIN_CELLS - 1 else []
        if not header and s in csv_headers:
            split, header = _csv_cells, _csv_cells(text, s, e)
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
            above = lines[i - 1] if i else None
            caption = above if above and 0 < above[1] - above[0] <= MAX_CAPTION and "|" not in text[above[0] : above[1]] else None
            tables.append(Table(caption, ((s, e), header), rows, transposed))
            i = j
        else:
            i += 1
    return tables
