"""JSONL: one article a line (`text`, optional `id`, `url`, `lang`, `published`, `title`).

Gold files (../shared/corpus/FORMAT.md) read as is. Lines are streamed, so a file of
any size is fine; a bad line is reported as `file:line` and the rest is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from mekong_tracker.sources.base import MAX_ARTICLE_CHARS, RawArticle, SourceError


def read_jsonl(path: Path) -> Iterator[RawArticle | SourceError]:
    if path.stat().st_size == 0:
        yield SourceError(str(path), "empty file")
        return
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, 1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                yield SourceError(where, "line is not UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield SourceError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
                yield SourceError(where, "no 'text' string in this line")
                continue
            if len(obj["text"]) > MAX_ARTICLE_CHARS:
                yield SourceError(where, f"article too long ({len(obj['text']):,} characters)")
                continue
            meta = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in ("id", "url", "lang", "published", "title")}
            yield RawArticle(source=where, text=obj["text"], **meta)
