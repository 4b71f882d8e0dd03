"""The Python API. The CLI, and later the HTTP API and web pages, sit on this.

>>> t = Tracker("mekong.db")
>>> report = t.ingest(["articles/"])
>>> [m.to_dict() for m in t.meetings(framework="MKC", level="summit")]
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from mekong_tracker.clean.normalize import nfc
from mekong_tracker.evaluate.run import evaluate_file
from mekong_tracker.models import SUPPORTED, IngestReport, Meeting
from mekong_tracker.pipeline import process
from mekong_tracker.sources import RawArticle, SourceError, iter_files, read_file
from mekong_tracker.store import Store

COMMIT_EVERY_S = 0.5


def content_hash(text: str) -> str:
    return hashlib.sha256(nfc(text).encode("utf-8")).hexdigest()


def read_articles(paths: Iterable[str | Path], on_file: Callable[[str], None] | None = None) -> Iterator[RawArticle | SourceError | Path]:
    """Every article (or error) under `paths`; yields each Path before its articles."""
    for item in iter_files(paths):
        if isinstance(item, SourceError):
            yield item
            continue
        yield item
        yield from read_file(item)
        if on_file:
            on_file(str(item))


def extract(paths: Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    """The pipeline without a store: one dict per article (or {'source', 'error'})."""
    for item in read_articles(paths):
        if isinstance(item, Path):
            continue
        if isinstance(item, SourceError):
            yield {"source": item.source, "error": item.reason}
            continue
        article_id = item.id or content_hash(item.text)[:16]
        try:
            doc = process(item.text, item.lang, item.published)
        except Exception as exc:  # one article the pipeline fails on must not stop the others, as in ingest
            yield {"source": item.source, "error": f"could not be processed: {type(exc).__name__}: {exc}"}
            continue
        meetings = [m.to_dict() for m in doc.meetings]
        for m in meetings:
            for evidence in m["evidence"].values():
                for ev in evidence:
                    ev["article"] = article_id
        yield {"id": article_id, "source": item.source, "lang": doc.lang, "meetings": meetings}


class Tracker:
    """A store of sourced Mekong cooperation meetings in one SQLite file."""

    def __init__(self, db_path: str | Path = "mekong.db") -> None:
        self.store = Store(db_path)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Tracker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(self, paths: Iterable[str | Path], on_file: Callable[[str], None] | None = None) -> IngestReport:
        """Read, extract and store every article under `paths`. Idempotent by content hash."""
        report = IngestReport()
        store = self.store
        store.begin()
        last = time.monotonic()
        try:
            for item in read_articles(paths, on_file):
                if isinstance(item, Path):
                    report.files += 1
                    continue
                if isinstance(item, SourceError):
                    report.failed.append((item.source, item.reason))
                    continue
                try:
                    store.conn.execute("SAVEPOINT article")
                    report.meetings_found += self._ingest_one(item, report)
                    store.conn.execute("RELEASE article")
                except Exception as exc:  # one bad article must not stop the batch
                    store.conn.execute("ROLLBACK TO article")
                    store.conn.execute("RELEASE article")
                    report.failed.append((item.source, f"could not be processed: {type(exc).__name__}: {exc}"))
                if time.monotonic() - last > COMMIT_EVERY_S:
                    store.commit()
                    store.begin()
                    last = time.monotonic()
            store.commit()
        except BaseException:
            store.rollback()
            raise
        return report

    def _ingest_one(self, raw: RawArticle, report: IngestReport) -> int:
        digest = content_hash(raw.text)
        article_id = raw.id or digest[:16]
        same, other = self.store.find_article(digest, article_id)
        if same:
            report.unchanged += 1
            return 0
        if other:
            self.store.delete_article(other)
            report.updated += 1
        else:
            report.new += 1
        doc = process(raw.text, raw.lang, raw.published)
        if doc.lang not in SUPPORTED:
            report.unsupported.append((article_id, doc.lang))
        return self.store.add_article(article_id, digest, raw, doc)

    def meetings(self, framework: str | None = None, level: str | None = None, year: int | None = None) -> list[Meeting]:
        """Fused meeting records, oldest first, optionally filtered."""
        return self.store.meetings(framework, level, year)

    def meeting(self, meeting_id: int) -> Meeting | None:
        """One meeting with every field's evidence and the conflicts between reports."""
        return self.store.meeting(meeting_id)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """A stored article: text, metadata and boilerplate spans."""
        return self.store.article(article_id)

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles holding `text`, case- and diacritic-insensitive ("Me Cong" finds "Mê Công")."""
        return self.store.search(text, limit)

    @staticmethod
    def evaluate(gold_path: str | Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Score extraction against a gold JSONL file (FORMAT.md): figures and per-article errors."""
        return evaluate_file(gold_path)
