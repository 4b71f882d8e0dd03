"""Split the body (text outside boilerplate) into sentences, as offsets."""

from __future__ import annotations

import re

from mekong_tracker.clean.boilerplate import SUBTITLE_CUE

# a run of line breaks, or end punctuation with closing quotes, citation marks ("[2]") and the space after it; the
# pattern opens with one character class, so the regex engine scans for it at C speed
_CANDIDATE = re.compile(r"[\n.!?…](?:(?<=\n)\n*|[.!?…]*[\"”’')\]]*(?:\[\d{1,3}\])*(?:\s+|(?=[^\W\d_])))")
_CITATIONS = re.compile(r"(?<=[.!?…\"”’')])(?:\[\d{1,3}\])+$")
_LINE = re.compile(r"(?P<prefix>[ \t]*[│┃║|>]?)(?P<indent>[ \t]*)(?P<body>[^\n]*)")  # a box's or a quote's bar, then the text
_SENTENCE_END = frozenset('.!?…"”')
_CLAUSE_END = frozenset(":;)]")
_LIST_OPENS = frozenset(":;")
_LABEL = re.compile(r"[\w-]{1,20}:")  # "category: ...", "link: ...": a feed's or a form's next field
# a line of a column ending on a word that cannot end a sentence: "... was held in" / "Hanoi in July 2010"
_DANGLING = re.compile(r"\s(?:in|of|the|and|to|at|by|for|with|on|a|an|from|as|và|của|tại|các|những|ở|với|do|cho|là|được|cùng|từ|đến|vào)$")
_HANGING_LINES = 8  # how far up a hanging indent's entry line is looked for
# a column: lines looked at each way (within so many characters), a full line's share of the widest, how many are full
_COLUMN_LINES, _COLUMN_REACH, _FULL, _FULL_LINES, _NARROWEST_COLUMN, _WIDEST_COLUMN = 3, 600, 0.8, 4, 30, 200
_ITEM_MARKS = frozenset("-–—•*+■▪◆●►▶·0123456789([")  # a list's next item, a numbered line
# a figure or a bracket that opens no item ("1.", "2.3.", "(a)") nor a CSV row ("2,2005-07-04,Kunming"): "... họp trực
# tuyến ngày" / "24 tháng 8 năm 2020 ...", "... Việt Nam" / "(CLMV) lần thứ 10"
_NO_ITEM = re.compile(r"(?!\d{1,3}(?:\.\d{1,3})*[.)](?:\s|$)|[\d./-]+,\S|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})\))[\d(]")
_CELL_GAP = re.compile(r"\||\S {3,}\S")  # "1 | 2010 | Hua Hin", "10 January 2018   Second ... Summit   Phnom Penh"
_BEFORE_A_FIGURE = re.compile(r"\s(?:ngày|tháng|năm|lần thứ|số)$")
_LAST_TOKEN = re.compile(r"(\S+)$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_ABBREV = frozenset(
    "mr mrs ms dr st no nos jan feb mar apr jun jul aug sep sept oct nov dec gen sen rep "
    "prof tp ts ths pgs gs vs etc inc ltd co corp jr sr e.g i.e u.s u.k h.e p.m a.m dt st.".split()
)


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    if "\n" in m.group():
        return m.group() != "\n" or not _wrapped(text, m.start())  # a line break ends a sentence, after "Hun Sen." too
    nxt = text[m.end() : m.end() + 2]
    if not nxt:
        return True
    glued = not m.group()[-1].isspace()
    first = nxt[0]
    if glued:
        # "lần thứ 17.Phó Thủ tướng": split only before a capitalised word
        return first.isupper() and nxt[1:2].islower()
    if not (first.isupper() or first.isdigit() or first in "\"“'‘(["):
        return False
    before = _LAST_TOKEN.search(text, max(0, m.start() - 12), m.start())
    token = before.group(1).lower().lstrip('("“').rsplit("-", 1)[-1] if before else ""  # "Mekong-U.S.": "u.s"
    if len(token) > 5 or m.group()[0] != ".":  # no abbreviation or initials are that long, nor end in "?" ("ạ? Tài")
        return True
    if token in _ABBREV or (len(token) == 1 and token.isalpha()):
        return False
    return not _INITIALS.fullmatch(token)


def _wrapped(text: str, at: int) -> bool:
    """A line broken mid-sentence (a print column, a boxed widget, an e-mail): the line does not end a sentence, and the
    next goes on under a hanging indent ("│ 7/12/2023 — Hội nghị ... do Bộ" / "│   trưởng ... chủ trì."), in lower case
    after a line that does not end a clause either, or after a word no sentence ends on ("was held in" / "Hanoi in ...")
    or a line that fills a column of hard-wrapped text."""
    line, nxt = _line(text, text.rfind("\n", 0, at) + 1, at), _line(text, at + 1)
    if line.group("prefix") != nxt.group("prefix") and (line.group("prefix").strip() or nxt.group("prefix").strip()):
        return False  # a box's bar on one line only; a paragraph's indented first line goes on into the next
    body, following = line.group("body").rstrip(), nxt.group("body")
    if not body or not following or body[-1] in _SENTENCE_END or _LABEL.match(following):
        return False
    if following[0] in _ITEM_MARKS:
        return (
            _NO_ITEM.match(following) is not None
            and not (_CELL_GAP.search(body) or _CELL_GAP.search(following))  # a table's rows
            and body[-1] not in _CLAUSE_END
            and (_DANGLING.search(body) is not None or _BEFORE_A_FIGURE.search(body) is not None or fills_column(text, line))
        )
    indent, goes_on = len(line.group("indent")), len(nxt.group("indent"))
    if goes_on > indent or goes_on == indent > _entry_indent(text, line):
        return True
    if following[0].islower() and body[-1] not in _LIST_OPENS:  # after a bracket too: "... Cooperation (LMC)" / "at a ..."
        return True
    return following[0].isalpha() and (_DANGLING.search(body) is not None or (body[-1] not in _CLAUSE_END and fills_column(text, line)))


def _line(text: str, start: int, end: int | None = None) -> re.Match[str]:
    found = _LINE.match(text, start, len(text) if end is None else end)
    assert found is not None  # every part of the pattern may be empty
    return found


def fills_column(text: str, line: re.Match[str]) -> bool:
    """The line runs to the width of a column of hard-wrapped lines about it (a printed page's or a PDF's text)."""
    if len(line.group()) > _WIDEST_COLUMN:
        return False  # a web page's paragraph on one line
    above = text[max(0, line.start() - _COLUMN_REACH) : line.start()].split("\n")[-2::-1]  # the nearest first
    below = text[line.end() + 1 : line.end() + 1 + _COLUMN_REACH].split("\n")
    block, near = [len(line.group().rstrip())], []  # the lengths of its paragraph's lines, and of the paragraphs' about it
    for lines in (above, below):
        own, taken = True, 0
        for other in lines:
            if taken == _COLUMN_LINES:
                break
            if not other.strip():
                own = False  # a blank line ends the paragraph
                continue
            (block if own else near).append(len(other.rstrip()))
            taken += 1
    width = max(block)
    full = sum(_FULL * width <= n <= width + 2 for n in block + near)  # a column's short paragraphs fill it too
    return width >= _NARROWEST_COLUMN and block[0] >= _FULL * width and full >= _FULL_LINES


def _entry_indent(text: str, line: re.Match[str]) -> int:
    """The indent of the line a run of equally indented lines hangs from (their own when none does)."""
    indent, start = len(line.group("indent")), line.start()
    for _ in range(_HANGING_LINES):
        if start == 0:
            break
        above = _line(text, text.rfind("\n", 0, start - 1) + 1)
        if above.group("prefix") != line.group("prefix") or not above.group("body").strip():
            break
        if len(above.group("indent")) != indent:
            return min(indent, len(above.group("indent")))
        start = above.start()
    return indent


def _subtitles(text: str) -> tuple[int, int]:
    """Where a subtitle file's cues run: from the first cue's timing to the end of the last cue's text."""
    cues = list(SUBTITLE_CUE.finditer(text)) if "-->" in text else []
    if not cues:
        return 0, 0
    end = text.find("\n\n", cues[-1].end())
    return cues[0].start(), len(text) if end == -1 else end


def split_sentences(text: str, boilerplate: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of the body, stripped of surrounding whitespace. In subtitles a sentence runs on over its lines
    and cues, to its full stop."""
    cues_from, cues_to = _subtitles(text)
    regions: list[tuple[int, int]] = []
    pos = 0
    for s, e in boilerplate:
        if cues_from <= s < cues_to and SUBTITLE_CUE.fullmatch(text, s, e):
            continue  # a cue's timing: the sentence goes on over it
        if s > pos:
            regions.append((pos, s))
        pos = max(pos, e)
    if pos < len(text):
        regions.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    for rs, re_ in regions:
        start = rs
        for m in _CANDIDATE.finditer(text, rs, re_):
            if cues_from <= m.start() < cues_to and m.group().startswith("\n"):
                continue
            if _ends_sentence(text, m):
                end = m.start() if m.group().startswith("\n") else m.end()
                _push(text, start, end, out)
                start = m.end()
                if cues_from <= start < cues_to and (cue := SUBTITLE_CUE.match(text, start)):
                    start = cue.end()
        _push(text, start, re_, out)
    return out


def _push(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if text.endswith("]", start, end) and (mark := _CITATIONS.search(text, start, end)):
        end = mark.start()  # "...declaration.[3]": the sentence ends at its full stop, the citation marks are no part of it
    if end > start:
        out.append((start, end))


def unwrap(folded: str, sentences: list[tuple[int, int]]) -> str:
    """`folded` with the line breaks inside sentences (lines wrapped mid-sentence) made spaces, so that names and dates
    match across them ("Foreign Ministers'" / "Meeting")."""
    wrapped = [(s, e) for s, e in sentences if folded.find("\n", s, e) != -1]
    if not wrapped:
        return folded
    parts, pos = [], 0
    for s, e in wrapped:
        parts += [folded[pos:s], folded[s:e].replace("\n", " ")]
        pos = e
    return "".join(parts) + folded[pos:]
