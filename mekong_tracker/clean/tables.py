"""Tables flattened to text, a row a line and cells split by "|", as PDF and HTML converters write them:
"Summit | Year | Venue" over "1st | 2010 | Hua Hin, Thailand".

A menu ("Home | News | World") looks alike; a table is a header of no figures over two rows
or more of as many cells, most of them holding a figure (a year, a day, an edition).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

Cell = tuple[int, int]

_LINE = re.compile(r"^[^\n]*", re.MULTILINE)  # one match a line, none for the line break
_CELL = re.compile(r"[^|]+")
_FIGURE = re.compile(r"\d")
MIN_CELLS = 3
MAX_CAPTION = 200
MIN_ROWS = 2  # a line of links over a byline ("By Ann Lee | 11 January 2018 | Print") is no table


@dataclass
class Table:
    caption: Cell | None  # the line right over the header ("Bảng 2. Các Hội nghị Thượng đỉnh GMS đã tổ chức")
    header: tuple[Cell, list[Cell]]  # its line, its cells
    rows: list[tuple[Cell, list[Cell]]]  # each data row's line and cells

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


def find_tables(text: str) -> list[Table]:
    """The tables of a text, in text order."""
    if text.count("|") < 2 * (MIN_CELLS - 1):
        return []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        header = _cells(text, s, e) if text.count("|", s, e) >= MIN_CELLS - 1 else []
        if len(header) < MIN_CELLS or any(_FIGURE.search(text, a, b) for a, b in header):
            i += 1
            continue
        rows = []
        j = i + 1
        while j < len(lines) and len(cells := _cells(text, *lines[j])) == len(header):
            rows.append((lines[j], cells))
            j += 1
        with_figures = sum(1 for _, cells in rows if any(_FIGURE.search(text, a, b) for a, b in cells))
        if len(rows) >= MIN_ROWS and 2 * with_figures > len(rows):
            above = lines[i - 1] if i else None
            caption = above if above and 0 < above[1] - above[0] <= MAX_CAPTION and "|" not in text[above[0] : above[1]] else None
            tables.append(Table(caption, ((s, e), header), rows))
            i = j
        else:
            i += 1
    return tables
