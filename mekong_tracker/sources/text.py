"""Plain-text files: UTF-8, or a legacy encoding (Windows-1258, cp1252 ...) detected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from mekong_tracker.sources.base import RawArticle, SourceError, check_size

LEGACY = ["cp1258", "cp1252", "utf_16", "latin_1", "cp1250", "windows-1251"]


def decode(data: bytes) -> str | None:
    """Text of `data`, or None when it is binary or no encoding reads it cleanly."""
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=LEGACY).best()
    if best is None or best.chaos > 0.3:
        return None
    return str(best)


def read_text(path: Path) -> Iterator[RawArticle | SourceError]:
    error = check_size(path)
    if error:
        yield error
        return
    data = path.read_bytes()
    text = decode(data)
    if text is None:
        kind = "binary data" if b"\x00" in data[:8192] else "text in no encoding that could be detected"
        yield SourceError(str(path), f"not readable as text: {kind}")
    elif not text.strip():
        yield SourceError(str(path), "empty file (whitespace only)")
    else:
        yield RawArticle(source=str(path), text=text)
