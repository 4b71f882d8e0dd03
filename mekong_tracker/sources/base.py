"""What a source reader yields."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ARTICLE_CHARS = 2_000_000


@dataclass
class RawArticle:
    """One article as read: text and whatever metadata the source carries."""

    source: str
    text: str
    id: str | None = None
    url: str | None = None
    lang: str | None = None
    published: str | None = None
    title: str | None = None


@dataclass
class SourceError:
    """A file (or `file:line`) that could not be read, and why."""

    source: str
    reason: str


def check_size(path: Path) -> SourceError | None:
    """Refuse files too big to be one article (JSONL files are streamed instead)."""
    size = path.stat().st_size
    if size == 0:
        return SourceError(str(path), "empty file")
    if size > MAX_FILE_BYTES:
        return SourceError(str(path), f"file too large for one article ({size / 1e6:.1f} MB > {MAX_FILE_BYTES / 1e6:.0f} MB)")
    return None
