"""SQLite store: articles, reports (one article's account of one meeting), claims with
evidence, fused meetings, and a diacritic-insensitive full-text index.

Every write of one article happens in the caller's transaction, so a killed ingest
leaves whole articles only; WAL keeps readers going while an ingest runs.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mekong_tracker.clean.normalize import fold
from mekong_tracker.doc import Doc
from mekong_tracker.fuse.meetings import fuse, pick_meeting
from mekong_tracker.models import FIELDS, LIST_FIELDS, SCALAR_FIELDS, SUPPORTED, Evidence, Meeting
from mekong_tracker.sources.base import RawArticle
from mekong_tracker.store.migrations import migrate

_dumps = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every value: JSON text, readable Vietnamese


def _row(row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    for k in ("chairs", "documents"):
        if k in out:
            out[k] = json.loads(out[k])
    return out


class Store:
    """The SQLite file behind a Tracker."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        migrate(self.conn)
        self._dirty: set[int] = set()  # meetings whose reports changed in this transaction
        # full-text rows of this transaction's articles, written at commit: FTS5 flushes what it holds at every
        # savepoint, so one write per article would cost a flush and a new index segment each
        self._fts: dict[int, str] = {}

    def close(self) -> None:
        self.conn.close()

    # -- writing -------------------------------------------------------------
    def begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.refresh_dirty()
        self.conn.executemany("INSERT INTO articles_fts(rowid, body) VALUES (?, ?)", self._fts.items())
        self._fts.clear()
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        self._dirty.clear()
        self._fts.clear()
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def find_article(self, content_hash: str, article_id: str) -> tuple[str | None, str | None]:
        """(id of the article with this content, id of an article with this id but other content)."""
        same = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        other = self.conn.execute("SELECT id FROM articles WHERE id = ? AND content_hash != ?", (article_id, content_hash)).fetchone()
        return (same[0] if same else None), (other[0] if other else None)

    def delete_article(self, article_id: str) -> None:
        row = self.conn.execute("SELECT rowid, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return
        for report in [_row(r) for r in self.conn.execute("SELECT * FROM reports WHERE article_id = ?", (article_id,))]:
            self._count(report, -1)
            self._dirty.add(report["meeting_id"])
        if self._fts.pop(row[0], None) is None:  # not written yet if stored in this transaction
            self.conn.execute("INSERT INTO articles_fts(articles_fts, rowid, body) VALUES ('delete', ?, ?)", (row[0], fold(row[1])))
        self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def add_article(self, article_id: str, content_hash: str, raw: RawArticle, doc: Doc) -> int:
        """Store one processed article, its reports and claims, and fuse them; returns #meetings."""
        cur = self.conn.execute(
            "INSERT INTO articles (id, content_hash, source, url, title, lang, supported, published, text, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                content_hash,
                raw.source,
                raw.url,
                raw.title,
                doc.lang,
                int(doc.lang in SUPPORTED),
                doc.published,
                doc.text,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        self.conn.executemany("INSERT INTO boilerplate VALUES (?, ?, ?)", [(article_id, s, e) for s, e in doc.boilerplate])
        touched: set[int] = set()
        for claim in doc.meetings:
            fields = claim.fields()
            report_values = [_dumps(fields[k]) if k in LIST_FIELDS else fields[k] for k in FIELDS]
            meeting_id = pick_meeting(fields, self._candidates(fields))
            if meeting_id is None:
                # a new meeting starts as its first report, so later reports in this
                # transaction can match it before it is re-fused at commit
                meeting_id = self.conn.execute(
                    "INSERT INTO meetings (framework, level, ordinal, date, date_end, city, country, format, chairs, documents, sources)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    report_values,
                ).lastrowid
            report_id = self.conn.execute(
                "INSERT INTO reports (article_id, meeting_id, framework, level, ordinal, date, date_end, city, country, format,"
                " chairs, documents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, meeting_id, *report_values),
            ).lastrowid
            rows = []
            for name, evidence in claim.evidence.items():
                value = fields[name]
                for i, ev in enumerate(evidence):
                    # a list field's evidence is in the order of its values
                    shown = (value[i] if len(value) == len(evidence) else ev.text) if name in LIST_FIELDS else value
                    rows.append((report_id, article_id, name, _dumps(shown), ev.start, ev.end, ev.text, ev.sentence))
            self.conn.executemany(
                'INSERT INTO claims (report_id, article_id, field, value, start, "end", text, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                rows,
            )
            self._count({**fields, "id": report_id, "meeting_id": meeting_id, "article_id": article_id}, +1)
            touched.add(meeting_id)  # type: ignore[arg-type]
        self._dirty.update(touched)
        self._fts[cur.lastrowid] = doc.folded  # type: ignore[index]
        return len(doc.meetings)

    def _candidates(self, report: dict[str, Any]) -> list[dict[str, Any]]:
        """Stored meetings this report could be about: same framework and level, then by key."""
        sql = "SELECT * FROM meetings WHERE framework = ? AND level = ? AND "
        args: list[Any] = [report["framework"], report["level"]]
        if report["ordinal"] is not None:
            sql += "(ordinal = ? OR (ordinal IS NULL AND date IS NOT NULL AND ?))"
            args += [report["ordinal"], report["date"] is not None]
        elif report["date"] is not None:
            sql += "date IS NOT NULL"
        else:
            sql += "ordinal IS NULL AND date IS NULL"
        return [_row(r) for r in self.conn.execute(sql, args)]

    def _count(self, report: dict[str, Any], delta: int) -> None:
        """Add (or take back) one report's values to its meeting's value counts."""
        pairs = [(name, report[name]) for name in SCALAR_FIELDS if report[name] is not None]
        pairs += [(name, v) for name in LIST_FIELDS for v in report[name]]
        pairs.append(("source", report["article_id"]))
        self.conn.executemany(
            "INSERT INTO meeting_values VALUES (?, ?, ?, ?, ?) ON CONFLICT (meeting_id, field, value) DO UPDATE SET n = n + excluded.n",
            [(report["meeting_id"], name, _dumps(v), delta, report["id"]) for name, v in pairs],
        )
        if delta < 0:
            self.conn.execute("DELETE FROM meeting_values WHERE meeting_id = ? AND n <= 0", (report["meeting_id"],))

    def _fused(self, meeting_id: int) -> tuple[dict[str, Any], dict[str, list[Any]], int]:
        """Fused fields, conflicts and number of source articles, from the value counts."""
        counts: dict[str, Counter[Any]] = {name: Counter() for name in SCALAR_FIELDS}
        lists: dict[str, list[list[str]]] = {name: [] for name in LIST_FIELDS}
        sources = self.conn.execute(
            "SELECT count(*) FROM meeting_values WHERE meeting_id = ? AND field = 'source'", (meeting_id,)
        ).fetchone()[0]
        for field, value, n in self.conn.execute(
            "SELECT field, value, n FROM meeting_values WHERE meeting_id = ? AND field != 'source' ORDER BY first", (meeting_id,)
        ):
            if field in LIST_FIELDS:
                lists[field].append([json.loads(value)])
            else:
                counts[field][json.loads(value)] = n
        fused, conflicts = fuse(counts, lists)
        return fused, conflicts, sources

    def refresh(self, meeting_id: int) -> None:
        """Recompute a meeting's fused fields from its value counts (delete it if no report is left)."""
        fused, _, sources = self._fused(meeting_id)
        if not sources:
            self.conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
            return
        self.conn.execute(
            "UPDATE meetings SET ordinal=?, date=?, date_end=?, city=?, country=?, format=?, chairs=?, documents=?, sources=? WHERE id=?",
            (*[fused[k] for k in SCALAR_FIELDS], *[_dumps(fused[k]) for k in LIST_FIELDS], sources, meeting_id),
        )

    def refresh_dirty(self) -> None:
        """Re-fuse the meetings that gained or lost reports since the last call."""
        for meeting_id in sorted(self._dirty):
            self.refresh(meeting_id)
        self._dirty.clear()

    # -- reading -------------------------------------------------------------
    def _sources(self, ids: Iterable[int]) -> dict[int, list[str]]:
        ids = list(ids)
        out: dict[int, list[str]] = {i: [] for i in ids}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            for mid, aid in self.conn.execute(
                f"SELECT DISTINCT meeting_id, article_id FROM reports WHERE meeting_id IN ({marks}) ORDER BY article_id", part
            ):
                out[mid].append(aid)
        return out

    def meetings(self, framework: str | None = None, level: str | None = None, year: int | None = None) -> list[Meeting]:
        where, args = [], []
        if framework:
            where.append("framework = ?")
            args.append(framework)
        if level:
            where.append("level = ?")
            args.append(level)
        if year:
            where.append("substr(date, 1, 4) = ?")
            args.append(f"{year:04d}")
        sql = "SELECT * FROM meetings" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date IS NULL, CASE WHEN date LIKE '--%' THEN 1 ELSE 0 END, date, framework, level, ordinal"
        rows = [_row(r) for r in self.conn.execute(sql, args)]
        sources = self._sources(r["id"] for r in rows)
        return [Meeting(**{k: r[k] for k in ("id", *FIELDS)}, sources=sources[r["id"]]) for r in rows]

    def meeting(self, meeting_id: int) -> Meeting | None:
        row = self.conn.execute("SELECT * FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        if row is None:
            return None
        r = _row(row)
        meeting = Meeting(**{k: r[k] for k in ("id", *FIELDS)}, sources=self._sources([meeting_id])[meeting_id])
        _, meeting.conflicts, _ = self._fused(meeting_id)
        for c in self.conn.execute(
            "SELECT c.* FROM claims c JOIN reports r ON r.id = c.report_id WHERE r.meeting_id = ? ORDER BY c.article_id, c.start",
            (meeting_id,),
        ):
            meeting.evidence.setdefault(c["field"], []).append(Evidence(c["start"], c["end"], c["text"], c["sentence"], c["article_id"]))
        return meeting

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["boilerplate"] = [
            tuple(b) for b in self.conn.execute('SELECT start, "end" FROM boilerplate WHERE article_id = ? ORDER BY start', (article_id,))
        ]
        return out

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose text holds `query`, case- and diacritic-insensitive."""
        folded_query = " ".join(fold(query).split())
        tokens = [t for t in folded_query.replace('"', " ").split() if t]
        if not tokens:
            return []
        match = '"' + " ".join(tokens) + '"'
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.lang, a.url, a.text FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
            " WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ?",
            (match, limit),
        ).fetchall()
        hits = []
        for row in rows:
            text = row["text"]
            at = max(0, fold(text).find(tokens[0]))
            snippet = " ".join(text[max(0, at - 80) : at + 160].split())
            hits.append(
                {
                    "article": row["id"],
                    "title": row["title"] or text.strip().split("\n", 1)[0][:120],
                    "lang": row["lang"],
                    "url": row["url"],
                    "snippet": snippet,
                }
            )
        return hits

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "reports", "claims", "meetings")}
