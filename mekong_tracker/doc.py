"""The Doc: one article's text and every annotation on it, as character offsets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mekong_tracker.clean.tables import Table
from mekong_tracker.models import MeetingClaim


@dataclass(slots=True)
class Span:
    """An annotation: [start, end) of the stored text, a label and a parsed value."""

    start: int
    end: int
    label: str
    value: Any = None


@dataclass
class Doc:
    """Stored text (NFC), its folded twin, and what the pipeline stages add to it."""

    text: str
    folded: str  # fold(text), boilerplate blanked out
    lang: str
    published: str | None = None
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)  # tables flattened to "a | b | c" lines
    sentences: list[tuple[int, int]] = field(default_factory=list)
    spans: dict[str, list[Span]] = field(default_factory=dict)  # annotations of the sentences that can hold a fact
    meetings: list[MeetingClaim] = field(default_factory=list)

    def in_boilerplate(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.boilerplate)

    def in_table(self, offset: int) -> bool:
        return any(t.header[0][0] <= offset < t.lines[-1][1] for t in self.tables)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        for s, e in self.sentences:
            if s <= offset < e:
                return s, e
        return offset, offset
