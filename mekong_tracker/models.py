"""Typed objects the pipeline and the Tracker API hand out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SUPPORTED = ("vi", "en")  # languages meetings are extracted from; others are stored and flagged
FIELDS = ("framework", "level", "ordinal", "date", "date_end", "city", "country", "format", "chairs", "documents")
LIST_FIELDS = ("chairs", "documents")
SCALAR_FIELDS = tuple(f for f in FIELDS[2:] if f not in LIST_FIELDS)  # what fusion votes on


@dataclass(slots=True)
class Evidence:
    """Where a value is stated: [start, end) of the article's stored text and its sentence."""

    start: int
    end: int
    text: str
    sentence: str
    article: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "start": self.start, "end": self.end, "text": self.text, "sentence": self.sentence}


@dataclass
class MeetingClaim:
    """One article's report of one meeting: the fields it states, each with evidence."""

    framework: str
    level: str
    ordinal: int | None = None
    date: str | None = None
    date_end: str | None = None
    city: str | None = None
    country: str | None = None
    format: str | None = None
    chairs: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)

    def fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FIELDS}

    def to_dict(self) -> dict[str, Any]:
        return {**self.fields(), "evidence": {k: [e.to_dict() for e in v] for k, v in self.evidence.items()}}


@dataclass
class Meeting:
    """A fused meeting record: the best value of each field over every report of it."""

    id: int
    framework: str
    level: str
    ordinal: int | None
    date: str | None
    date_end: str | None
    city: str | None
    country: str | None
    format: str | None
    chairs: list[str]
    documents: list[str]
    sources: list[str]
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    conflicts: dict[str, list[Any]] = field(default_factory=dict)

    def to_dict(self, evidence: bool = False) -> dict[str, Any]:
        out = asdict(self)
        del out["evidence"], out["conflicts"]
        if evidence:
            out["evidence"] = {k: [e.to_dict() for e in v] for k, v in self.evidence.items()}
            out["conflicts"] = self.conflicts
        return out


@dataclass
class IngestReport:
    """What one ingest run did."""

    files: int = 0
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    unsupported: list[tuple[str, str]] = field(default_factory=list)
    meetings_found: int = 0

    @property
    def read(self) -> int:
        return self.new + self.unchanged + self.updated

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "new": self.new,
            "unchanged": self.unchanged,
            "updated": self.updated,
            "failed": [{"source": s, "reason": r} for s, r in self.failed],
            "unsupported": [{"article": a, "lang": lang} for a, lang in self.unsupported],
            "meetings_found": self.meetings_found,
        }
