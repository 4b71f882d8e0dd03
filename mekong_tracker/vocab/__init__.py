"""Vocabularies as data files (TOML), loaded once, compiled into lexicons.

A `Lexicon` matches a set of phrases, each with a payload, in one regex pass over
the folded text (see clean.normalize.fold). Phrases written in capitals of up to
six letters (MRC, SOM, AMM) are acronyms and match the original text, upper-case
only, so "SOM" never matches the Vietnamese "sớm".
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from mekong_tracker.clean.normalize import fold, nfc

VOCAB_DIR = Path(__file__).parent
SEP = r"(?:\s*[-/]\s*|\s+)"
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9+.]{1,6}$")


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed `vocab/<name>.toml`."""
    with open(VOCAB_DIR / f"{name}.toml", "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def _variants() -> list[tuple[str, list[str]]]:
    table = load("variants")
    return sorted(((fold(nfc(k)), [fold(nfc(v)) for v in vs]) for k, vs in table.items()), key=lambda kv: -len(kv[0]))


def _plain(folded: str) -> str:
    tokens = re.findall(r"\+|[^\s\-+]+", folded)
    out = ""
    for i, tok in enumerate(tokens):
        if i:
            out += r"\s*" if "+" in (tok, tokens[i - 1]) else SEP
        out += re.escape(tok).replace("'", "'?")
    return out


def phrase_pattern(phrase: str) -> str:
    """Regex source matching `phrase` in folded text, spelling variants included."""
    folded = fold(nfc(phrase)).strip()
    slots: list[str] = []
    for key, spellings in _variants():
        hit = re.search(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", folded)
        if hit:
            slots.append("(?:" + "|".join(_plain(s) for s in sorted(spellings, key=len, reverse=True)) + ")")
            folded = folded[: hit.start()] + f" \x00{len(slots) - 1}\x00 " + folded[hit.end() :]
    pattern = _plain(folded)
    for i, slot in enumerate(slots):
        pattern = pattern.replace(f"\x00{i}\x00", slot)
    return pattern


def is_acronym(phrase: str) -> bool:
    return bool(_ACRONYM.match(phrase))


class Lexicon:
    """Phrases with payloads; `find` yields (start, end, payload), longest phrase first."""

    def __init__(self, entries: Iterable[tuple[str, Any]]) -> None:
        words: list[tuple[str, Any]] = []
        acronyms: list[tuple[str, Any]] = []
        for phrase, payload in entries:
            (acronyms if is_acronym(phrase) else words).append((phrase, payload))
        self._payloads: list[Any] = []
        self._folded = self._compile([(phrase_pattern(p), v) for p, v in words], r"a-z0-9")
        self._upper = self._compile([(re.escape(p), v) for p, v in acronyms], r"A-Za-z0-9")

    def _compile(self, items: list[tuple[str, Any]], word: str) -> re.Pattern[str] | None:
        if not items:
            return None
        groups = []
        for source, payload in sorted(items, key=lambda it: -len(it[0])):
            groups.append(f"(?P<g{len(self._payloads)}>{source})")
            self._payloads.append(payload)
        return re.compile(rf"(?<![{word}])(?:{'|'.join(groups)})(?![{word}])")

    def find(self, folded: str, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, Any]]:
        end = len(text) if end is None else end
        for regex, haystack in ((self._folded, folded), (self._upper, text)):
            if regex is not None:
                for m in regex.finditer(haystack, start, end):
                    yield m.start(), m.end(), self._payloads[int(m.lastgroup[1:])]  # type: ignore[index]

    def spans(self, folded: str, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Any]]:
        """Non-overlapping matches in text order, the longer of two overlapping ones kept."""
        found = sorted(self.find(folded, text, start, end), key=lambda s: (s[0], -(s[1] - s[0])))
        kept: list[tuple[int, int, Any]] = []
        for span in found:
            if kept and span[0] < kept[-1][1]:
                if span[1] - span[0] > kept[-1][1] - kept[-1][0]:
                    kept[-1] = span
                continue
            kept.append(span)
        return kept


def lexicon_from_table(table: dict[str, list[str]]) -> Lexicon:
    """A lexicon whose payload is the table key of each phrase."""
    return Lexicon((phrase, key) for key, phrases in table.items() for phrase in phrases)
