"""HTML pages: main text and metadata through trafilatura, lxml as the fallback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura
from lxml import html as lxml_html

from mekong_tracker.sources.base import RawArticle, SourceError, check_size
from mekong_tracker.sources.text import decode

MIN_LETTERS = 40  # less than a sentence: a broken or empty page, not an article


def _fallback(markup: str) -> str:
    """Paragraph text of the page when trafilatura finds no main text."""
    try:
        tree = lxml_html.fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        return ""
    for bad in tree.xpath("//script|//style|//nav|//footer|//aside"):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in tree.xpath("//h1|//h2|//p|//li")]
    return "\n\n".join(b for b in blocks if b)


def read_html(path: Path) -> Iterator[RawArticle | SourceError]:
    error = check_size(path)
    if error:
        yield error
        return
    markup = decode(path.read_bytes())
    if markup is None or "<" not in markup:
        yield SourceError(str(path), "not an HTML page (binary or undecodable content)")
        return
    doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, favor_recall=True)
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = data.get("text") or _fallback(markup)
    letters = sum(ch.isalnum() for ch in text or "")
    if letters < MIN_LETTERS:
        yield SourceError(str(path), f"no main text found in the HTML page ({letters} letters)")
        return
    title = data.get("title")
    if title and not text.lstrip().startswith(title.strip()):
        text = f"{title.strip()}\n\n{text}"
    yield RawArticle(source=str(path), text=text, url=data.get("url"), published=data.get("date"), title=title, lang=data.get("language"))
