"""Run extraction on gold articles (with their lang and published) and score it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mekong_tracker.evaluate.score import score
from mekong_tracker.pipeline import process


def evaluate_file(path: str | Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Figures over every gold article of a JSONL file, and per-article errors."""
    articles = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    articles.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}: line {number} is not valid JSON ({exc.msg})") from exc
    triples = []
    for art in articles:
        doc = process(art["text"], art.get("lang"), art.get("published"))
        triples.append((doc.lang, art.get("meetings", []), [m.fields() for m in doc.meetings]))
    summary, errors = score(triples)
    for art, err in zip(articles, errors, strict=True):
        err["article"] = art.get("id")
    return summary, errors
