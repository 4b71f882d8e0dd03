"""Mark page furniture (related links, captions, menus) as spans of the stored text.

Nothing is deleted: boilerplate is a list of [start, end) spans that later stages
skip, so evidence offsets stay offsets into the text as stored. The markers are
data (vocab/boilerplate.toml); the rules here are about page layout:
- a line equal to a block marker ("Tin khác", "Read more") starts a block of
  related links that runs to the end of the page (or of an e-paper's printed page) - unless it comes in the first
  third of the page, or ends with a colon and the story goes on after its links
  ("Đọc thêm:"), where it is treated as an inline marker;
- an inline marker ("TIN LIÊN QUAN") starts link lines, up to the next prose paragraph;
- a headline printed twice in a row is a related-story card, with its teaser;
- single lines: photo captions and credits, "Follow us on", date stamps - but not the rows of a
  table, which look like menus ("1st | 2010 | Hua Hin, Thailand"), nor a gallery's captions, which are its story (its
  counters, "[6/12]", "Ảnh 1/10", are furniture);
- a multiple-choice question's lettered options, on their lines or after the question on its own: none is said to be so.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import NamedTuple

from mekong_tracker.clean.tables import Table, find_tables
from mekong_tracker.vocab import load

MAX_MARKER = 80  # characters: a marker in two languages is no longer
MAX_SINGLE_LINE = 400  # captions, credits and link lines are short; body paragraphs are not
TAIL_HEADLINE = 120  # a headline ending a page with no marker above it is shorter
BODY_PARAGRAPH = 300  # a paragraph of the story after a block of links is longer than a related story's teaser
# a row of a record that looks like a menu: an edition and a year between bars ("■ 23/3/2016 | Lần thứ nhất | Tam Á")
_RECORD_ROW = re.compile(
    r"\b(?:lan(?: thu)? (?:\d{1,2}|nhat|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)|\d{1,2}(?:st|nd|rd|th)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# nor an agenda's "09:00 – 09:45  Opening Ceremony ..." (a video's "00:04 thưa quý vị ..." is no agenda)
_NOT_HEADLINE = re.compile(r"^[-*•▪+–■◆●►▶]|^\d{1,2}[:h]\d\d(?:\s*[–—-]\s*\d{1,2}[:h]\d\d)?\s+[A-ZÀ-ỸĐ]|[.!?…]\s|[—–-]\s*[A-Z]{2,}$")
_LINE = re.compile(r"[^\n]*")
_PROSE_END = re.compile(r"[.!?…:\"”)]\s*$")
_SENTENCE_END = re.compile(r"[.…]$")


class _Markers(NamedTuple):
    block: frozenset[str]
    inline: frozenset[str]
    line_start: re.Pattern[str]  # line patterns anchored at the start (tried with `match`, which is cheap), caption labels among them
    line_any: re.Pattern[str]  # the others (searched), photo captions among them
    line_start_but_captions: re.Pattern[str]  # the same two on a gallery, where the captions are the story
    line_any_but_captions: re.Pattern[str]
    block_like: re.Pattern[str]  # patterns of block markers ("More in Politics")
    gallery: re.Pattern[str]  # a gallery's counter opening a line ("Ảnh 1/10", "[6/12]")
    calendar_titles: frozenset[str]  # an events calendar's heading ("Lịch sự kiện")
    calendar_sections: frozenset[str]  # block markers that are its own sections there ("Upcoming events")


@lru_cache(maxsize=1)
def _markers() -> _Markers:
    """The markers and patterns of vocab/boilerplate.toml, compiled."""
    table = load("boilerplate")
    from mekong_tracker.clean.normalize import fold

    anchored = [p[1:] for p in table["line"] if p.startswith("^")]
    anywhere = [p for p in table["line"] if not p.startswith("^")]
    labels = [p[1:] for p in table.get("captions", []) if p.startswith("^")]
    captions = [p for p in table.get("captions", []) if not p.startswith("^")]
    return _Markers(
        frozenset(_key(fold(m)) for m in table["block"]),
        frozenset(_key(fold(m)) for m in table["inline"]),
        _any_of(anchored + labels),
        _any_of(anywhere + captions),
        _any_of(anchored),
        _any_of(anywhere),
        _any_of(table.get("block_patterns", [])),
        re.compile(table.get("gallery", "(?!)"), re.MULTILINE),
        frozenset(_key(fold(m)) for m in table.get("calendar_titles", [])),
        frozenset(_key(fold(m)) for m in table.get("calendar_sections", [])),
    )


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


def _key(folded_line: str) -> str:
    """A line as markers are matched: no bullets or icons, no closing colon, no wiki edit link ("Chú thích [sửa]", "Xem thêm
    [sửa | sửa mã nguồn]") nor count or note ("BÌNH LUẬN (4)", "References (selected)"), no brackets ("【Tin liên quan】"), and a
    comma is a space ("Các tin, bài khác")."""
    line = LEADING_MARKS.sub("", folded_line.strip()).rstrip(" :")  # "- ", "• ", "📚 ", "▶ "
    if line.endswith(("]", ")")):  # "Tin liên quan (dịch máy):"
        line = _LINE_NOTE.sub("", line)
    return line.strip("【】[] ").rstrip(" :.").strip().replace(", ", " ")


_NUMBER = re.compile(r"\d+")
CALENDAR_HEADING_LINES = 12  # how far down a page an events calendar's heading stands
_LANGUAGES = re.compile(r" [|/] ")
_PAGE_BREAK = re.compile(r"(?:page|trang) \d{1,3}[\W_]*")  # a line's key: "═══ PAGE 5 ═══", "──── TRANG 7 ────"
# a subtitle cue's number and timing (SRT, WebVTT), and its speaker's tag: "12" over "00:00:37,200 --> 00:00:39,900"
SUBTITLE_CUE = re.compile(
    r"^(?:\d{1,5}[^\S\n]*\n)?(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[^\S\n]*-->[^\S\n]*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[^\n]*"
    r"(?:\n<v[\s.][^>\n]*>)?",
    re.MULTILINE,
)
LEADING_MARKS = re.compile(r"^[^\w(\[【]+")
_CAPTION_LABELS = frozenset({"chu thich"})
_LINE_NOTE = re.compile(r"\s*(?:\[(?:sua|edit|sua ma nguon|edit source)(?:\s*\|\s*(?:sua|edit)(?: ma nguon| source)?)?\]|\([^()]{1,24}\))$")


def _link_line(line: str) -> bool:
    """A line of a related-links list: short, and no sentence - though a headline may ask ("... kỷ lục?")."""
    line = line.strip()
    return len(line) < 200 and not (_SENTENCE_END.search(line) or (len(line) >= 120 and _PROSE_END.search(line)))


def _headline(line: str) -> bool:
    """A line that reads as a headline: short, one clause of no stop, no list item, no credit ("— VNS")."""
    line = line.strip()
    return len(line) < TAIL_HEADLINE and _link_line(line) and not _NOT_HEADLINE.search(line)


def _link_run_end(text: str, lines: list[tuple[int, int]], keys: list[str], i: int, block: frozenset[str]) -> int:
    """The line after the link lines that follow the marker on line `i`: the first that is no link, or opens a block of its own."""
    j = i + 1
    while j < len(lines) and keys[j] not in block and (not keys[j] or _link_line(text[lines[j][0] : lines[j][1]])):
        j += 1
    return j


def _body_goes_on(text: str, lines: list[tuple[int, int]], keys: list[str], i: int, block: frozenset[str]) -> bool:
    """Whether the story goes on after the links a block marker with a colon opens ("Đọc thêm:", three links, then more
    paragraphs of the story): a paragraph of prose as long as no teaser follows them."""
    return text[lines[i][0] : lines[i][1]].rstrip().endswith(":") and any(
        e - s >= BODY_PARAGRAPH and _PROSE_END.search(text, s, e) for s, e in lines[_link_run_end(text, lines, keys, i, block) :]
    )


def blank(folded: str, spans: list[tuple[int, int]]) -> str:
    """`folded` with the boilerplate spans turned to spaces: same offsets, nothing to match there."""
    parts, pos = [], 0
    for s, e in spans:
        parts += [folded[pos:s], " " * (e - s)]
        pos = e
    parts.append(folded[pos:])
    return "".join(parts)


_OPTION = re.compile(r"[^\S\n]*([A-F])[.)][^\S\n]+\S")  # "A. Hội nghị Bộ trưởng Ngoại giao lần thứ nhất tại Seoul"
_OPTIONS_IN_A_LINE = re.compile(r"[^\S\n]*A[.)][^\S\n]+\S.*?\sB[.)][^\S\n]+\S.*?\sC[.)][^\S\n]+\S")  # "A. Hà Nội   B. Tokyo   C. ..."
_OPTIONS_AFTER_QUESTION = re.compile(r"\?[^\S\n]+(A[.)][^\S\n]+\S.*?\sB[.)][^\S\n]+\S.*?\sC[.)][^\S\n]+\S.*)$")
_QUESTION = re.compile(r"(?:.*\?\s*$|\s*(?:câu|question|q)\s*\d{1,3}\b)", re.IGNORECASE)  # "Câu 2. ... đầu tiên họp tại"


def _mark_answer_options(text: str, lines: list[tuple[int, int]], nonblank: list[int], marked: list[bool]) -> None:
    """A multiple-choice question's options, three or more lettered A, B, C ... in a row or on one line under the
    question: none is said to be so (the answer key says which is)."""
    for n, i in enumerate(nonblank[1:], 1):
        asked = _QUESTION.match(text, *lines[nonblank[n - 1]])
        if asked is None:
            continue
        if _OPTIONS_IN_A_LINE.match(text, *lines[i]):
            marked[i] = True
            continue
        run = 0
        while run < 6 and n + run < len(nonblank) and (option := _OPTION.match(text, *lines[nonblank[n + run]])):
            if option.group(1) != "ABCDEF"[run]:
                break
            run += 1
        if run >= 3:
            for k in nonblank[n : n + run]:
                marked[k] = True


def find_boilerplate(text: str, folded: str, tables: list[Table] | None = None) -> list[tuple[int, int]]:
    """Boilerplate spans of `text` (`folded` is its folded twin, `tables` its tables, found here when not given), merged and sorted."""
    block, inline, line_start, line_any, line_start_but_captions, line_any_but_captions, block_like, gallery, calendars, sections = (
        _markers()
    )
    in_table = {line[0] for t in (find_tables(text) if tables is None else tables) for line in t.lines}
    # "Xem thêm: <headline>" - but "Chú thích: <caption>" labels a photo's caption, not a link
    link_prefixes = tuple(m + ":" for m in block | inline if m not in _CAPTION_LABELS)
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.start() < len(text) or m.end() > m.start()]
    keys = [_key(folded[s:e]) for s, e in lines]
    for k, key in enumerate(keys):
        if len(key) < MAX_MARKER and (" | " in key or " / " in key) and len(parts := _LANGUAGES.split(key)) == 2:
            # a marker in two languages: "IN PREVIOUS ISSUES | CÁC SỐ TRƯỚC"
            keys[k] = next((p for p in parts if p in block or p in inline or block_like.fullmatch(p)), key)
    counters = list(gallery.finditer(folded))
    a_gallery = len(counters) >= 3 and len({_NUMBER.findall(c.group())[-1] for c in counters}) == 1  # "[1/12]" ... "[12/12]"
    if a_gallery:
        line_start, line_any = line_start_but_captions, line_any_but_captions
    marked = [False] * len(lines)
    n = len(lines)
    nonblank = [i for i in range(n) if keys[i]]
    if any(keys[i] in calendars for i in nonblank[:CALENDAR_HEADING_LINES]):
        block = block - sections  # a calendar's "Upcoming events" are its own
    next_nb = {a: b for a, b in itertools.pairwise(nonblank)}
    i = 0
    while i < n:
        key = keys[i]
        if not key:
            i += 1
            continue
        s, e = lines[i]
        closes = key in block or (key not in inline and block_like.fullmatch(key))  # "Kiểm chứng liên quan", not "Tin liên quan"
        if closes and s > len(text) // 3 and not _body_goes_on(text, lines, keys, i, block):
            # to the end of the page - or of a printed page, when an e-paper's next one follows ("═══ PAGE 5 ═══")
            end = next((j for j in range(i + 1, n) if _PAGE_BREAK.fullmatch(keys[j])), n)
            for j in range(i, end):
                marked[j] = True
            i = end
            continue
        if key.startswith(link_prefixes):
            marked[i] = True  # "Xem thêm: <headline>", "Read more: <headline>": one link line
            i += 1
            continue
        if key in inline or key in block or block_like.fullmatch(key):
            # the links go on to a line that is no link, or that opens a block of its own ("BÀI VIẾT CÙNG CHUYÊN MỤC"), or a
            # table's (a wiki's contents over a section's table: "Mục lục", "1 Danh sách ...", then "Lần | Ngày | Địa điểm")
            j = _link_run_end(text, lines, keys, i, block)
            j = next((k for k in range(i + 1, j) if lines[k][0] in in_table), j)
            for k in range(i, j):
                marked[k] = True
            i = j
            continue
        if e - s < MAX_SINGLE_LINE and s not in in_table:
            line = folded[s:e].strip()
            bare = LEADING_MARKS.sub("", line)  # "- 🔗 Bài cũ của Ban: ..."
            single = (
                line_start.match(line) is not None
                or line_any.search(line) is not None
                or (bare != line and line_start.match(bare) is not None)
            )
            single = single and not ("|" in line and _RECORD_ROW.search(line) and _YEAR.search(line))
        else:
            single = False
        if single:
            marked[i] = True
        j = next_nb.get(i)
        if j is not None and len(key) >= 15 and text[s:e].strip() == text[lines[j][0] : lines[j][1]].strip():
            marked[i] = marked[j] = True
            teaser = next_nb.get(j)
            if teaser is not None and not single and lines[teaser][1] - lines[teaser][0] < 600:
                marked[teaser] = True
                i = teaser + 1
                continue
            i = j + 1
            continue
        i += 1
    if "A." in text or "A)" in text:
        _mark_answer_options(text, lines, nonblank, marked)
    # two or more short lines that end the page after its last paragraph of prose, none a sentence nor a list item:
    # headlines of related stories no marker introduces ("Cấp cao ACMECS 9 và CLMV 10: Ứng phó Covid-19")
    tail = []
    for i in reversed(nonblank):
        if not marked[i]:
            if not _headline(text[lines[i][0] : lines[i][1]]) or lines[i][0] in in_table:
                break
            tail.append(i)
    if len(tail) >= 2:
        for i in tail:
            marked[i] = True
    furniture = [(s, e) for (s, e), m in zip(lines, marked, strict=True) if m and e > s]
    # "Câu 1. ... tại hội nghị nào? A. ...; B. ...; C. ...": the options after a question on its line
    furniture += [o.span(1) for (s, e), m in zip(lines, marked, strict=True) if not m and (o := _OPTIONS_AFTER_QUESTION.search(text, s, e))]
    if "-->" in text:
        furniture += [c.span() for c in SUBTITLE_CUE.finditer(text)]  # a subtitle file's cue numbers and timings
    furniture.sort()
    if a_gallery:
        furniture = sorted(furniture + [c.span() for c in counters if not any(s <= c.start() < e for s, e in furniture)])
    spans: list[tuple[int, int]] = []
    for s, e in furniture:
        if spans and text[spans[-1][1] : s].strip() == "":
            spans[-1] = (spans[-1][0], max(spans[-1][1], e))
        else:
            spans.append((s, e))
    return spans
