"""How a meeting was held: online, in person or hybrid (vocab/formats.toml)."""

from __future__ import annotations

import re
from functools import lru_cache

from mekong_tracker.doc import Span
from mekong_tracker.vocab import Lexicon, lexicon_from_table, load

_WITH = re.compile(r"\s+(?:with|voi)\b")  # "brought Japan face to face with Mekong leaders": an idiom
# "Hội nghị ... lần thứ 10 (trực tuyến, tháng 9/2020)": the bare word, in a meeting's bracketed summary,
# a cell of its line ("■ 25/12/2023 | Lần thứ tư | Trực tuyến") or a clause of its own ("ngày 25/12/2023, cũng trực tuyến,")
_BRACKETED_ONLINE = re.compile(
    r"\((?:[^()\n]{0,30}[,;]\s*)?(truc tuyen)\s*[,;)]|\|[^\S\n]*(truc tuyen)[^\S\n]*(?=\||\n|$)"
    r"|[,;]\s*(?:cung\s+|deu\s+)?(truc tuyen)\s*[,;.]"
)
_OUTLET = re.compile(r"\b[A-ZĐ][\w.]*[A-ZĐ]\w*\s+Online$")  # "QĐND Online", "VnExpress Online": a newspaper's name


@lru_cache(maxsize=1)
def format_lexicon() -> Lexicon:
    return lexicon_from_table(load("formats"))


def find_formats(folded: str, text: str, start: int, end: int) -> list[Span]:
    """'format' spans, value online / in_person / hybrid - not the words of "online scams" (the vocabulary's `none`)."""
    found = [
        Span(s, e, "format", v)
        for s, e, v in format_lexicon().spans(folded, text, start, end)
        if v != "none" and not (v == "in_person" and _WITH.match(folded, e)) and not _OUTLET.search(text, max(start, s - 12), e)
    ]
    if "truc tuyen" in folded[start:end]:
        found += [Span(*m.span(m.lastindex or 1), "format", "online") for m in _BRACKETED_ONLINE.finditer(folded, start, end)]
        found.sort(key=lambda sp: sp.start)
    return found
