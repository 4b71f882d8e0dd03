"""Text forms: NFC for storage, a one-to-one folded form for matching.

`fold` lower-cases, strips diacritics (so old and new Vietnamese tone placement,
"hoá"/"hóa", fold alike), maps đ to d, dashes to "-", curly quotes to straight
ones and box-drawing frames to spaces - one character for one character, so an offset in the folded text is the
same offset in the stored text.
"""

from __future__ import annotations

import unicodedata

_SPECIAL = {
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "ı": "i",
    "ß": "s",
    "æ": "a",
    "œ": "o",
    "ø": "o",
    "ł": "l",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": ".",
}


def _fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if "\u2500" <= ch <= "\u257f":
        return " "  # box drawing: the frame of a boxed widget, whose lines a sentence may run across
    base = unicodedata.normalize("NFD", ch)[0]
    low = base.lower()
    return low[0] if low else ch


# a tuple indexed by code point: str.translate looks it up faster than a dict; code
# points past its end raise IndexError and are left as they are
_TABLE = tuple(chr(cp).lower() if cp < 0x80 else _fold_char(chr(cp)) for cp in range(0x2580))
_TABLE = tuple("'" if ch == "`" else ch for ch in _TABLE)


def nfc(text: str) -> str:
    """Unicode NFC, the form every stored text is kept in."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Matching form of NFC `text`: same length, lower-case, no diacritics."""
    return text.translate(_TABLE)


def match_key(text: str) -> str:
    """Key under which two spellings of a name or title are the same: folded, no hyphens, single spaces."""
    return " ".join(fold(nfc(text)).replace("-", " ").split())
