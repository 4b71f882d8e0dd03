"""Frameworks, meeting levels and numbered short forms (CLV 7, AMM 57, CLV-11)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from mekong_tracker.clean.normalize import fold, nfc
from mekong_tracker.doc import Span
from mekong_tracker.vocab import Lexicon, lexicon_from_table, load


@lru_cache(maxsize=1)
def frameworks() -> dict[str, dict[str, Any]]:
    """Canonical id -> its table in frameworks.toml."""
    return {table.get("id", key): table for key, table in load("frameworks").items()}


_BETWEEN = {"vi": ("giữa", "và"), "en": ("between", "and")}


def _aliases(table: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for lang, (between, and_) in _BETWEEN.items():
        for alias in table.get(lang, []):
            out.append(alias)
            parts = alias.split(" - ")
            if len(parts) == 2:
                # "Hàn Quốc - Mekong";
                # "the summit between Japan and ASEAN", "giữa ASEAN và Nhật Bản", "between South Korea and the Mekong"
                the = ("", "the ") if lang == "en" else ("",)
                out += [f"{parts[1]} - {parts[0]}", *(f"{between} {a} {and_} {t}{b}" for a, b in (parts, parts[::-1]) for t in the)]
    return out


@lru_cache(maxsize=1)
def framework_lexicon() -> Lexicon:
    entries: list[tuple[str, tuple[str, str | None]]] = []
    for fid, table in frameworks().items():
        entries += [(alias, (fid, None)) for alias in _aliases(table)]
        entries += [(acr, (fid, None)) for acr in table.get("acronyms", [])]
        for level, phrases in table.get("implied", {}).items():
            entries += [(p, (fid, level)) for p in phrases]
    return Lexicon(entries)


@lru_cache(maxsize=1)
def level_lexicon() -> Lexicon:
    table = load("levels")
    # English plurals too ("the 44th and 45th ASEAN Summits"); a plural names meetings only with their editions
    return lexicon_from_table(
        {
            level: [*langs.get("vi", []), *langs.get("en", []), *(p + "s" for p in langs.get("en", []) if p[-1].islower())]
            for level, langs in table.items()
        }
    )


_VI_PLURAL = re.compile(r"\b(?:chuoi|loat)\s+(?:cac\s+)?(?:cuoc\s+)?$")


def is_plural(folded: str, level: Span) -> bool:
    """Whether a level cue is plural: English "summits", "foreign ministers' meetings" (no singular
    level phrase ends in "s"), Vietnamese "chuỗi hội nghị", "loạt hội nghị" (not "các hội nghị": many
    pages name one meeting so)."""
    return folded[level.end - 1] == "s" or _VI_PLURAL.search(folded, max(0, level.start - 12), level.start) is not None


@lru_cache(maxsize=1)
def _series() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    series: dict[str, tuple[str, str]] = {}
    for fid, table in frameworks().items():
        if "series_level" in table:
            for acr in table.get("acronyms", []):
                series[acr] = (fid, table["series_level"])
        for level, phrases in table.get("implied", {}).items():
            series.update({p: (fid, level) for p in phrases if p.isupper() and len(p) <= 6})
    names = "|".join(sorted(series, key=len, reverse=True))
    # "GMS 6" is the sixth summit; "Khung Chiến lược GMS 10 năm" is ten years
    unit = r"\s+(?i:năm|years?|tháng|months?|nước|countries|triệu|million)\b"
    return re.compile(rf"(?<![A-Za-z0-9])(?P<acr>{names})\s?[- ]?\s?(?P<n>\d{{1,2}})(?![\d/.,]\d|\d|{unit})"), series


# ASEAN paired with a partner it has no framework of ours with: "Hội nghị Bộ trưởng Ngoại giao ASEAN - Ấn Độ", "India-ASEAN"
_PARTNER_AFTER = re.compile(r"[^\S\n]*[-–—][^\S\n]*(?!Plus\b|Cộng\b)[A-ZÀ-ỸĐ]")
_PARTNER_BEFORE = re.compile(r"\b[A-Z][a-z]+-$")


def find_frameworks(folded: str, text: str, start: int, end: int) -> list[Span]:
    """'framework' spans, value (id, implied level or None) - not ASEAN paired with another partner ("ASEAN-India")."""
    return [
        Span(s, e, "framework", v)
        for s, e, v in framework_lexicon().spans(folded, text, start, end)
        if v[0] != "ASEAN" or not (_PARTNER_AFTER.match(text, e) or _PARTNER_BEFORE.search(text, max(0, s - 20), s))
    ]


def most_named(folded: str, text: str) -> str | None:
    """The framework a text names most, if one does (not two as often)."""
    top = Counter(f.value[0] for f in find_frameworks(folded, text, 0, len(text))).most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


@lru_cache(maxsize=1)
def _toned_meeting_words() -> tuple[frozenset[str], frozenset[str]]:
    """Vietnamese words for a meeting as spelled, tones and all ("kỳ họp", not the "kỷ hợp" of "thập kỷ hợp tác"), and folded."""
    toned = frozenset(nfc(p).lower() for p in load("levels")["meeting"]["vi"])
    return toned, frozenset(map(fold, toned))


def find_levels(folded: str, text: str, start: int, end: int) -> list[Span]:
    """'level' spans, value a level of levels.toml (incl. 'minister' and 'meeting')."""
    toned, plain = _toned_meeting_words()
    return [
        Span(s, e, "level", v)
        for s, e, v in level_lexicon().spans(folded, text, start, end)
        if v != "meeting" or folded[s:e] not in plain or (w := text[s:e].lower()) in toned or w == folded[s:e]  # unaccented text
    ]


def has_series(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a series acronym at all (a substring test, before the regex)."""
    chunk = text[start:end]
    return any(acr in chunk for acr in _series()[1])


def find_series(text: str, start: int, end: int) -> list[Span]:
    """'series' spans such as "CLV 7": value (framework, level, ordinal)."""
    regex, series = _series()
    return [Span(m.start(), m.end(), "series", (*series[m.group("acr")], int(m.group("n")))) for m in regex.finditer(text, start, end)]
