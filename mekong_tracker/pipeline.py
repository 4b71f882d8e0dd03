"""The pipeline: text in, a Doc with boilerplate, sentences and meeting claims out."""

from __future__ import annotations

from mekong_tracker.annotate.dates import spell_months
from mekong_tracker.clean.boilerplate import blank, find_boilerplate
from mekong_tracker.clean.language import detect_language
from mekong_tracker.clean.normalize import fold, nfc
from mekong_tracker.clean.sentences import split_sentences, unwrap
from mekong_tracker.clean.tables import find_tables
from mekong_tracker.doc import Doc
from mekong_tracker.extract.meetings import extract_meetings
from mekong_tracker.models import SUPPORTED


def process(text: str, lang: str | None = None, published: str | None = None) -> Doc:
    """Run every stage on one article. `published` (ISO, may be partial) anchors years."""
    text = nfc(text)
    folded = fold(text)
    doc = Doc(text=text, folded=folded, lang=lang or detect_language(text, folded), published=published)
    doc.tables = find_tables(text)
    doc.boilerplate = find_boilerplate(text, folded, doc.tables)
    doc.folded = spell_months(text, blank(folded, doc.boilerplate))
    doc.sentences = split_sentences(text, doc.boilerplate)
    doc.folded = unwrap(doc.folded, doc.sentences)
    if doc.lang in SUPPORTED:
        doc.meetings = extract_meetings(doc)
    return doc
