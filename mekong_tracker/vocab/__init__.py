"""Vocabularies as data files (TOML), loaded once, compiled into lexicons.

A `Lexicon` matches a set of phrases, each with a payload, in one regex pass over
the folded text (see clean.normalize.fold). Phrases written in capitals of up to
six letters (MRC, SOM, AMM) are acronyms and match the original text, upper-case
only, so "SOM" never matches the Vietnamese "sớm".
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import accumulate, compress
from pathlib import Path
from typing import Any

from mekong_tracker.clean.normalize import fold, nfc

VOCAB_DIR = Path(__file__).parent
SEP = r"(?:[^\S\n]*[-/][^\S\n]*|[^\S\n]+)"  # spaces, hyphens, slashes - never a line break
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
            out += r"[^\S\n]*" if "+" in (tok, tokens[i - 1]) else SEP
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


_WORD = re.compile(r"[a-z0-9]+")
_WORD_SPLIT = re.compile(r"([a-z0-9]+)")


def _lead(phrase: str) -> str:
    """The first run of letters and digits of a folded phrase."""
    match = _WORD.search(fold(phrase))
    return match.group() if match else ""


def _spellings(phrase: str) -> list[str]:
    """Folded spellings a phrase can start with: its own, and its variants' when it opens with one."""
    folded = fold(nfc(phrase)).strip()
    out = [folded]
    for key, spellings in _variants():
        if folded.startswith(key):
            out += spellings
    return out


class _WordIndex:
    """Start offsets, in the folded text last seen, of the words that open a lexicon phrase."""

    def __init__(self) -> None:
        self.leads: set[str] = set()  # words that open a phrase of some lexicon
        self.text: str | None = None
        self.seen_leads = 0
        self.index: dict[str, list[int]] = {}

    def of(self, folded: str) -> dict[str, list[int]]:
        if folded is not self.text or self.seen_leads != len(self.leads):
            # split keeps the words at odd places; offsets come from running lengths, in C
            parts = _WORD_SPLIT.split(folded)
            offsets = list(accumulate(map(len, parts), initial=0))
            words = parts[1::2]
            index: dict[str, list[int]] = {}
            for k in compress(range(len(words)), map(self.leads.__contains__, words)):  # the lead words, found in C
                index.setdefault(words[k], []).append(offsets[2 * k + 1])
            self.text, self.index, self.seen_leads = folded, index, len(self.leads)
        return self.index


_INDEX = _WordIndex()


class Lexicon:
    """Phrases with payloads; `spans` gives their non-overlapping matches, longest first.

    Phrases are grouped by the word they open with; a group's regex is tried only
    where that word stands, found through a per-text word index - so a text costs one
    word scan however many lexicons and sentences look at it.
    """

    def __init__(self, entries: Iterable[tuple[str, Any]]) -> None:
        groups: dict[tuple[str, bool], list[tuple[str, Any]]] = {}
        for phrase, payload in entries:
            if is_acronym(phrase):
                groups.setdefault((_lead(phrase), True), []).append((re.escape(phrase), payload))
            else:
                source = phrase_pattern(phrase)
                for lead in {_lead(s) for s in _spellings(phrase)}:
                    groups.setdefault((lead, False), []).append((source, payload))
        self._regex: dict[tuple[str, bool], tuple[re.Pattern[str], list[Any]]] = {
            key: self._compile(items, r"A-Za-z0-9" if key[1] else r"a-z0-9") for key, items in groups.items()
        }
        self._by_lead: dict[str, list[tuple[str, bool]]] = {}
        for key in sorted(self._regex):  # per lead: the folded group, then the acronyms
            self._by_lead.setdefault(key[0], []).append(key)
        self._leads = frozenset(self._by_lead)
        _INDEX.leads.update(self._leads)
        self._seen: str | None = None
        self._kept: list[tuple[int, int, Any]] = []
        self._kept_starts: list[int] = []

    @staticmethod
    def _compile(items: list[tuple[str, Any]], word: str) -> tuple[re.Pattern[str], list[Any]]:
        items = sorted(dict.fromkeys(items), key=lambda it: -len(it[0]))  # stable: earlier entries win ties
        alternation = "|".join(f"(?P<g{i}>{source})" for i, (source, _) in enumerate(items))
        return re.compile(rf"(?:{alternation})(?![{word}])"), [payload for _, payload in items]

    def _matches(self, folded: str, text: str) -> tuple[list[tuple[int, int, Any]], list[int]]:
        """Every match in the text, overlaps resolved, computed once per text."""
        if self._seen is not folded:
            index = _INDEX.of(folded)
            found = []
            for lead in self._leads & index.keys():
                for group in self._by_lead[lead]:
                    regex, payloads = self._regex[group]
                    subject = text if group[1] else folded
                    for p in index[lead]:
                        m = regex.match(subject, p)
                        if m:
                            found.append((p, m.end(), group[1], payloads[int(m.lastgroup[1:])]))  # type: ignore[index]
            kept: list[tuple[int, int, Any]] = []
            # text order, the longer first; of two as long, the folded group before the acronym
            for start, end, _, payload in sorted(found, key=lambda f: (f[0], f[0] - f[1], f[2])):
                span = (start, end, payload)
                if kept and span[0] < kept[-1][1]:
                    if span[1] - span[0] > kept[-1][1] - kept[-1][0]:
                        kept[-1] = span
                    continue
                kept.append(span)
            self._seen, self._kept, self._kept_starts = folded, kept, [k[0] for k in kept]
        return self._kept, self._kept_starts

    def spans(self, folded: str, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Any]]:
        """Non-overlapping matches within [start, end) in text order, the longer of two overlapping ones kept."""
        end = len(text) if end is None else end
        kept, starts = self._matches(folded, text)
        return [k for k in kept[bisect_left(starts, start) : bisect_left(starts, end)] if k[1] <= end]


def lexicon_from_table(table: dict[str, list[str]]) -> Lexicon:
    """A lexicon whose payload is the table key of each phrase."""
    return Lexicon((phrase, key) for key, phrases in table.items() for phrase in phrases)
