"""Meeting P/R/F1 and attribute accuracy, exactly as FORMAT.md's Scoring section says.

A predicted meeting matches a gold one of the same article when framework and level
agree and either both ordinals are given and equal, or, one ordinal missing, the
dates agree to the precision both give, or neither side has ordinal nor date.
Matching is one-to-one (ordinal matches first). Token-set similarity of document
titles is Jaccard over folded word sets, the stricter of the usual readings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from mekong_tracker.annotate.dates import dates_agree
from mekong_tracker.clean.normalize import fold, match_key, nfc
from mekong_tracker.models import FIELDS

ATTRIBUTES = FIELDS[2:]  # framework and level decide the match itself


def _tokens(title: str) -> set[str]:
    return set(re.findall(r"\w+", fold(nfc(title))))


def title_similarity(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 1.0


def _set_f1(gold: list[str], pred: list[str], same: Any) -> float:
    if not gold and not pred:
        return 1.0
    used: set[int] = set()
    hits = 0
    for g in gold:
        j = next((j for j, p in enumerate(pred) if j not in used and same(g, p)), None)
        if j is not None:
            used.add(j)
            hits += 1
    if not hits:
        return 0.0
    p, r = hits / len(pred), hits / len(gold)
    return 2 * p * r / (p + r)


def _person(name: str) -> str:
    return match_key(name.replace(".", " "))


def attribute_score(name: str, gold: Any, pred: Any) -> float:
    if name == "chairs":
        return _set_f1(gold, pred, lambda a, b: _person(a) == _person(b))
    if name == "documents":
        return _set_f1(gold, pred, lambda a, b: title_similarity(a, b) >= 0.8)
    if name == "city":
        return float((gold and fold(nfc(gold)).strip()) == (pred and fold(nfc(pred)).strip()))
    return float(gold == pred)


def meetings_match(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g["framework"] != p["framework"] or g["level"] != p["level"]:
        return False
    if g.get("ordinal") is not None and p.get("ordinal") is not None:
        return g["ordinal"] == p["ordinal"]
    gd, pd = g.get("date"), p.get("date")
    if gd is not None and pd is not None:
        return dates_agree(gd, pd)
    return gd is None and pd is None and g.get("ordinal") is None and p.get("ordinal") is None


def align(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index); ordinal matches are taken first."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for strict in (True, False):
        for i, g in enumerate(gold):
            if i in used_g:
                continue
            for j, p in enumerate(pred):
                if j in used_p or not meetings_match(g, p):
                    continue
                if strict and (g.get("ordinal") is None or p.get("ordinal") is None):
                    continue
                pairs.append((i, j))
                used_g.add(i)
                used_p.add(j)
                break
    return pairs


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attr_sum: dict[str, float] = field(default_factory=lambda: dict.fromkeys(ATTRIBUTES, 0.0))
    attr_n: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn, self.attr_n = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.attr_n + other.attr_n
        for k in ATTRIBUTES:
            self.attr_sum[k] += other.attr_sum[k]

    def to_dict(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "meetings": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn},
            "attributes": {k: round(self.attr_sum[k] / self.attr_n, 4) if self.attr_n else None for k in ATTRIBUTES},
        }


def score_article(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> tuple[Tally, dict[str, Any]]:
    """Tally for one article and its errors: missed, spurious and wrong fields."""
    pairs = align(gold, pred)
    tally = Tally(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs), attr_n=len(pairs))
    wrong = []
    for i, j in pairs:
        for k in ATTRIBUTES:
            s = attribute_score(k, gold[i].get(k), pred[j].get(k))
            tally.attr_sum[k] += s
            if s < 1.0:
                wrong.append({"meeting": _label(gold[i]), "field": k, "gold": gold[i].get(k), "predicted": pred[j].get(k)})
    matched_g, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
    errors = {
        "missed": [_label(g) for i, g in enumerate(gold) if i not in matched_g],
        "spurious": [_label(p) for j, p in enumerate(pred) if j not in matched_p],
        "wrong": wrong,
    }
    return tally, errors


def _label(m: dict[str, Any]) -> str:
    return f"{m['framework']} {m['level']} #{m.get('ordinal')} {m.get('date') or ''}".strip()


def score(results: Iterable[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Overall and per-language figures over (lang, gold, predicted) triples, and per-article errors."""
    total = Tally()
    by_lang: dict[str, Tally] = {}
    errors: list[dict[str, Any]] = []
    for lang, gold, pred in results:
        tally, err = score_article(gold, pred)
        total.add(tally)
        by_lang.setdefault(lang, Tally()).add(tally)
        errors.append(err)
    return {**total.to_dict(), "by_lang": {k: v.to_dict() for k, v in sorted(by_lang.items())}}, errors
