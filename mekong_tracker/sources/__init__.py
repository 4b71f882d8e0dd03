"""Stage 1: sources. Files in, raw articles (or a reason each bad one was refused) out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from mekong_tracker.sources.base import RawArticle, SourceError
from mekong_tracker.sources.html import read_html
from mekong_tracker.sources.jsonl import read_jsonl
from mekong_tracker.sources.text import read_text

READERS = {".txt": read_text, ".text": read_text, ".html": read_html, ".htm": read_html, ".jsonl": read_jsonl}

__all__ = ["READERS", "RawArticle", "SourceError", "iter_files", "read_file"]


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | SourceError]:
    """Files under `paths`, folders recursed in name order; a missing path is an error."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in READERS and not child.name.startswith("."):
                    yield child
        elif path.is_file():
            yield (
                path
                if path.suffix.lower() in READERS
                else SourceError(str(path), f"unsupported file type '{path.suffix}' (use .txt, .html, .htm or .jsonl)")
            )
        else:
            yield SourceError(str(path), "no such file or folder")


def read_file(path: Path) -> Iterator[RawArticle | SourceError]:
    """Articles of one file; a bad file or line yields a SourceError and reading goes on."""
    try:
        yield from READERS[path.suffix.lower()](path)
    except OSError as exc:
        yield SourceError(str(path), f"cannot read file: {exc.strerror or exc}")
