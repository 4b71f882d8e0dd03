"""Schema migrations: plain, ordered, named functions, recorded in `_migrations`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime


def m001_initial(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT,
            url TEXT,
            title TEXT,
            lang TEXT,
            supported INTEGER NOT NULL,
            published TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE boilerplate (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX boilerplate_article ON boilerplate(article_id);
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            framework TEXT NOT NULL,
            level TEXT NOT NULL,
            ordinal INTEGER,
            date TEXT,
            date_end TEXT,
            city TEXT,
            country TEXT,
            format TEXT,
            chairs TEXT NOT NULL DEFAULT '[]',
            documents TEXT NOT NULL DEFAULT '[]',
            sources INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX meetings_key ON meetings(framework, level, ordinal);
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            meeting_id INTEGER REFERENCES meetings(id),
            framework TEXT NOT NULL,
            level TEXT NOT NULL,
            ordinal INTEGER,
            date TEXT,
            date_end TEXT,
            city TEXT,
            country TEXT,
            format TEXT,
            chairs TEXT NOT NULL DEFAULT '[]',
            documents TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX reports_meeting ON reports(meeting_id);
        CREATE INDEX reports_article ON reports(article_id);
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            sentence TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'extractor'
        );
        CREATE INDEX claims_report ON claims(report_id);
        CREATE VIRTUAL TABLE articles_fts USING fts5(body, content='', tokenize='unicode61 remove_diacritics 2');
        CREATE VIEW meeting_sources AS
            SELECT r.meeting_id, r.article_id, a.url, a.title, a.lang, a.published
            FROM reports r JOIN articles a ON a.id = r.article_id;
        CREATE VIEW meeting_evidence AS
            SELECT r.meeting_id, c.field, c.value, c.article_id, c.start, c."end", c.text, c.sentence, c.origin
            FROM claims c JOIN reports r ON r.id = c.report_id;
        """
    )


def m002_meeting_values(conn: sqlite3.Connection) -> None:
    """How many reports give each value of each field of a meeting, so that fusing a
    meeting costs the number of its distinct values, not of its reports."""
    conn.executescript(
        """
        CREATE TABLE meeting_values (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            n INTEGER NOT NULL,
            first INTEGER NOT NULL,
            PRIMARY KEY (meeting_id, field, value)
        ) WITHOUT ROWID;
        """
    )
    for name in ("ordinal", "date", "date_end", "city", "country", "format"):
        conn.execute(
            f"INSERT INTO meeting_values SELECT meeting_id, '{name}', json_quote({name}), count(*), min(id) FROM reports"
            f" WHERE meeting_id IS NOT NULL AND {name} IS NOT NULL GROUP BY meeting_id, {name}"
        )
    for name in ("chairs", "documents"):
        conn.execute(
            f"INSERT INTO meeting_values SELECT r.meeting_id, '{name}', json_quote(j.value), count(*), min(r.id)"
            f" FROM reports r, json_each(r.{name}) j WHERE r.meeting_id IS NOT NULL GROUP BY r.meeting_id, j.value"
        )
    conn.execute(
        "INSERT INTO meeting_values SELECT meeting_id, 'source', json_quote(article_id), count(*), min(id) FROM reports"
        " WHERE meeting_id IS NOT NULL GROUP BY meeting_id, article_id"
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [m001_initial, m002_meeting_values]


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the migrations this file has not seen, each in its own transaction."""
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    for step in MIGRATIONS:
        if step.__name__ not in done:
            with conn:
                step(conn)
                conn.execute("INSERT INTO _migrations VALUES (?, ?)", (step.__name__, datetime.now(UTC).isoformat()))
