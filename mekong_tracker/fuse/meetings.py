"""Which meeting a report belongs to, and the fused value of each field.

A report joins a meeting with the same framework and level and the same ordinal (and, at
the `other` level, which holds several series, a date that agrees);
or, when either lacks an ordinal, a date that agrees to the precision both give;
or, when neither has ordinal nor date, a meeting that has neither either.
A fused field takes the value most reports give (the more precise date on a tie);
people and documents are the union; disagreements are kept as conflicts.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from mekong_tracker.annotate.dates import dates_agree
from mekong_tracker.clean.normalize import match_key
from mekong_tracker.models import LIST_FIELDS, SCALAR_FIELDS


def same_meeting(report: dict[str, Any], meeting: dict[str, Any]) -> bool:
    if report["ordinal"] is not None and meeting["ordinal"] is not None:
        # the `other` level holds several series (a policy dialogue, working groups): their dates must agree too
        return report["ordinal"] == meeting["ordinal"] and (report["level"] != "other" or dates_agree(report["date"], meeting["date"]))
    if report["date"] and meeting["date"]:
        return dates_agree(report["date"], meeting["date"])
    return not (report["date"] or meeting["date"] or report["ordinal"] or meeting["ordinal"])


def pick_meeting(report: dict[str, Any], candidates: list[dict[str, Any]]) -> int | None:
    """Id of the candidate meeting (same framework and level) this report is about."""
    fits = [m for m in candidates if same_meeting(report, m)]
    fits.sort(key=lambda m: (m["ordinal"] is None or report["ordinal"] is None, -m["sources"]))
    return fits[0]["id"] if fits else None


def _date_rank(date: str) -> tuple[int, int]:
    return (0 if date.startswith("--") else 1, len(date))


def fuse(counts: dict[str, Counter[Any]], lists: dict[str, list[list[str]]]) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """Fused fields and conflicting fields of a meeting, from how many reports give each value
    (`counts`, per scalar field) and the people / document lists its reports give."""
    fused: dict[str, Any] = {}
    conflicts: dict[str, list[Any]] = {}
    for name in SCALAR_FIELDS:
        values = counts[name]
        if not values:
            fused[name] = None
            continue
        if name in ("date", "date_end"):
            fused[name] = max(values, key=lambda v: (_date_rank(v), values[v]))
            # "--09-28" and "2020-09-28" are one date told twice, not a conflict
            distinct = {v for v in values if not any(dates_agree(v, w) and _date_rank(w) > _date_rank(v) for w in values)}
        else:
            fused[name] = max(values, key=lambda v: values[v])
            distinct = set(values)
        if len(distinct) > 1:
            conflicts[name] = sorted(distinct, key=str)
    for name in LIST_FIELDS:
        seen: dict[str, str] = {}
        for values in lists[name]:
            for v in values:
                seen.setdefault(match_key(v), v)
        fused[name] = list(seen.values())
    return fused, conflicts
