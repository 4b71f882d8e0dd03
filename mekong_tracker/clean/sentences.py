"""Split the body (text outside boilerplate) into sentences, as offsets."""

from __future__ import annotations

import re

# a run of line breaks, or end punctuation with closing quotes, citation marks ("[2]") and the space after it; the
# pattern opens with one character class, so the regex engine scans for it at C speed
_CANDIDATE = re.compile(r"[\n.!?…](?:(?<=\n)\n*|[.!?…]*[\"”’')\]]*(?:\[\d{1,3}\])*(?:\s+|(?=[^\W\d_])))")
_CITATIONS = re.compile(r"(?<=[.!?…\"”’')])(?:\[\d{1,3}\])+$")
_LAST_TOKEN = re.compile(r"(\S+)$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_ABBREV = frozenset(
    "mr mrs ms dr st no nos jan feb mar apr jun jul aug sep sept oct nov dec gen sen rep "
    "prof tp ts ths pgs gs vs etc inc ltd co corp jr sr e.g i.e u.s u.k h.e p.m a.m dt st.".split()
)


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    if "\n" in m.group():
        return True  # a line break ends a sentence, after "Hun Sen." too
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


def split_sentences(text: str, boilerplate: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of the body, stripped of surrounding whitespace."""
    regions: list[tuple[int, int]] = []
    pos = 0
    for s, e in boilerplate:
        if s > pos:
            regions.append((pos, s))
        pos = max(pos, e)
    if pos < len(text):
        regions.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    for rs, re_ in regions:
        start = rs
        for m in _CANDIDATE.finditer(text, rs, re_):
            if _ends_sentence(text, m):
                end = m.start() if m.group().startswith("\n") else m.end()
                _push(text, start, end, out)
                start = m.end()
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
