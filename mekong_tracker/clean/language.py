"""Language of a text: vi, en, or another code (stored, flagged unsupported).

Vietnamese is told by its letters (ă â đ ê ô ơ ư and tone marks), English by its
function words; other scripts by their Unicode blocks. No model: a page of text
takes microseconds.
"""

from __future__ import annotations

import re

_NOT_LETTER = re.compile(r"[\W\d_]+")
_VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_EN_WORDS = re.compile(r"\b(?:the|and|of|to|in|is|was|for|on|with|that|by|at|from|has|have)\b")
_FR_WORDS = re.compile(r"\b(?:le|la|les|des|et|est|du|une|dans|pour|avec|sur)\b")
_DE_WORDS = re.compile(r"\b(?:der|die|das|und|ist|nicht|mit|für|auf|ein|eine|dem|den)\b")
_SCRIPTS = (
    ("zh", r"[\u4e00-\u9fff]"),
    ("ja", r"[\u3040-\u30ff]"),
    ("ko", r"[\uac00-\ud7af]"),
    ("th", r"[\u0e00-\u0e7f]"),
    ("km", r"[\u1780-\u17ff]"),
    ("lo", r"[\u0e80-\u0eff]"),
    ("my", r"[\u1000-\u109f]"),
    ("ru", r"[\u0400-\u04ff]"),
)


SAMPLE = 2500  # characters looked at: plenty to tell vi from en


def detect_language(text: str, folded: str) -> str:
    """ISO 639-1 code of `text` ('und' when it has too few letters to tell)."""
    sample = text[:SAMPLE]
    letters = len(_NOT_LETTER.sub("", sample))
    if letters < 20:
        return "und"
    if len(_VI_LETTERS.findall(sample)) > letters * 0.03:
        return "vi"
    if max(sample) >= "\u0400":  # only then can another script be there
        for code, block in _SCRIPTS:
            if len(re.findall(block, sample)) > letters * 0.3:
                return code
    words = max(1, len(folded[:SAMPLE].split()))
    scores = {
        "en": len(_EN_WORDS.findall(folded[:SAMPLE])),
        "fr": len(_FR_WORDS.findall(folded[:SAMPLE])),
        "de": len(_DE_WORDS.findall(folded[:SAMPLE])),
    }
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > words * 0.04 else "und"
