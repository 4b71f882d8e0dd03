"""People said to chair or co-chair: "với sự đồng chủ trì của A và B", "co-chaired by A".

A name is the last run of capitalised words of a clause part, with titles,
nationalities and country names stripped from its front (vocab/people.toml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mekong_tracker.clean.normalize import fold
from mekong_tracker.doc import Span
from mekong_tracker.vocab import Lexicon, load

_TOKEN = re.compile(r"[^\s,;()\[\]\"“”]+")
_BREAK = re.compile(r"[()\[\]\"“”]")
_PARTS = re.compile(r"\s+(?:và|and|&|cùng)\s+|[,;:]|\s[-–—]\s")
# where one stands in a photo: "Wang Yi (R) and ...", "(2nd L)", "(thứ hai từ phải)"
_IN_PHOTO = r"(?:\d(?:st|nd|rd|th)\s+|(?:thứ\s+\w+\s+)?(?:từ\s+)?)?(?:l|r|c|left|right|centre|center|front|trái|phải|giữa)\)"
# a full stop, a colon, a quote or a bracket - not in "H.E. Gen. (Dr.) V.K. Singh (Retd.)"
_CLAUSE_ENDS = rf"(?<=\w{{3}})(?<!Gen)(?<!Col)(?<!Prof)(?<!Retd)\.(?:\s|$)|[;\"“]|:(?!\d)|\((?!(?:dr|retd|ret|prof)\.?\)|{_IN_PHOTO})"
# where a chair clause ends, matched on the stored text (case-insensitive)
_STOP = re.compile(
    rf"{_CLAUSE_ENDS}|\s(?:--?|[–—])\s"
    r"|\s(?:with|to|in|on|at|during|from|for|tại|ở|vào|với|nhằm|để|về|theo|trong"
    r"|diễn ra|được|attended|and attended|the meeting|hội nghị|phiên|cuộc|ngày|sáng|chiều|tối)\s",
    re.IGNORECASE,
)
# a time between the chairs and the verb: " on Friday ", " vào sáng 5/4 "
_WHEN = re.compile(r"\s(?:on|in|vào|ngày|sáng|chiều|tối|hôm)\s+[\w/ ]{1,25}?\s*(?:,\s*)?(?:also\s+|đã\s+|cùng\s+)?", re.IGNORECASE)
_STOP_AFTER_CUE = re.compile(
    rf"{_CLAUSE_ENDS}|,\s+(?-i:the|whose|which|who|khi|[a-z]+ed|[a-z]{{2,}}ing|gave|took|met|held|made|with|while|where|when)\s"
    r"|\s(?:and attended|attended|with the participation|(?:với|cùng|có) sự tham dự"
    r"|với sự tham gia|the meeting|hội nghị|brought together|bringing together|joined by|gathered)\s",
    re.IGNORECASE,
)


# a co-chair's verb, what was co-chaired (maybe "Mekong-U.S."), then "with" the other co-chair (folded)
_AND_THE_WITH = re.compile(r"\s+(?:and\s+the|va)\s+[^,.;\n]{1,80}?\b(?:with|voi)\s+(?!the participation|su tham)")
_CHAIRED_WITH = re.compile(
    r"\b(?:co-?chair(?:ed|s|ing)?|dong chu tri)\b(?! by)(?:[^.;\n]|(?<=\b[a-z])\.){0,120}?"
    r"\b(?:with|cung voi|voi)\s+(?!the participation|su tham)"
)


@lru_cache(maxsize=1)
def _vocab() -> tuple[Lexicon, Lexicon, frozenset[str], frozenset[str], frozenset[str]]:
    table = load("people")
    places = load("places")
    # compared with diacritics: "nguyên" (tài nguyên) is a title word, "Nguyễn" a surname
    strip = {w.lower() for w in table["titles"]["words"]}
    for info in places["countries"].values():
        for name in [*info["names"], *info["demonyms"]]:
            strip.update(name.lower().split())
    return (
        Lexicon((p, "before") for p in table["chair"]["before_names"]),
        Lexicon((p, "after") for p in table["chair"]["after_names"]),
        frozenset(strip),
        frozenset(fold(w) for w in table["titles"]["not_names"]),
        frozenset(table["titles"]["outlets"]),
    )


def is_title_word(word: str) -> bool:
    """Whether a word belongs to a person's title or nationality ("Thủ", "tướng", "Minister", "Lào")."""
    return word.lower() in _vocab()[2]


def _is_cap(token: str) -> bool:
    first = next((c for c in token if c.isalpha()), "")
    return first.isupper()


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    table = load("places")
    names = [n for info in table["countries"].values() for n in info["names"]]
    names += [n for info in table["cities"].values() for n in info["names"]]
    names += [n for group in table["provinces"].values() for n in group]
    return frozenset(" ".join(fold(n).split()) for n in names)


@lru_cache(maxsize=1)
def _phrases(not_names: frozenset[str]) -> tuple[str, ...]:
    return tuple(p for p in not_names if " " in p)


def _person(run: list[re.Match[str]], strip: frozenset[str], not_names: frozenset[str], least: int = 2) -> list[re.Match[str]] | None:
    """The run minus leading titles, if what is left looks like a person's name (of `least` words or more)."""
    if run and run[0].group().lower() in _vocab()[4]:
        return None  # "Báo Khmer Times": a newspaper
    run = list(run)
    while run and ({w := run[0].group().lower().removesuffix("'s").removesuffix("’s"), w.rstrip("."), w.rstrip("'’")} & strip or "&" in w):
        run.pop(0)  # titles, and nationalities even as possessives ("Myanmar's Foreign Minister", "Laos' Thongloun"), "Bộ TN&MT"
    words = [fold(t.group()).removesuffix("'s").removesuffix("’s").strip(".'’") for t in run]  # "Summit's": "summit"
    parts = [part for w in words for part in w.split("-")]  # "Mekong-Lancang River", "ASEAN-Japan Friendship"
    if len(run) < least or any(w in not_names for w in parts) or any(f" {p} " in f" {' '.join(words)} " for p in _phrases(not_names)):
        return None
    if " ".join(fold(t.group()) for t in run) in _place_names():
        return None  # "tại Hà Nội, Thủ tướng ...": a place, not a person
    if len(run) > 1 and all(len(t.group().strip(".")) <= 1 for t in run[1:]):
        return None
    return run


def names_in(text: str, start: int, end: int, surnames: bool = False, first: bool = False) -> list[tuple[int, int]]:
    """Person-name spans in text[start:end], one per coordinated part; with `surnames`, a
    lone word is a name too when the text gave the full name before ("Suga and Nguyen Xuan Phuc"), and with `first`
    the part's first name is its name."""
    _, _, strip, not_names, _ = _vocab()
    out: list[tuple[int, int]] = []
    pos = start
    bounds = [(m.start(), m.end()) for m in _PARTS.finditer(text, start, end)] + [(end, end)]
    for cut_s, cut_e in bounds:
        tokens = [m for m in _TOKEN.finditer(text, pos, cut_s)]
        pos = cut_e
        runs: list[list[re.Match[str]]] = [[]]
        for tok in tokens:
            if runs[-1] and _BREAK.search(text, runs[-1][-1].end(), tok.start()):
                runs.append([])  # "(KPL) Prime Minister Thongloun Sisoulith": no name runs over a bracket or a quote
            if _is_cap(tok.group()):
                runs[-1].append(tok)
            elif runs[-1]:
                if f"{fold(runs[-1][-1].group())} {fold(tok.group())}" in not_names:
                    runs[-1] = []  # "Tại Hội nghị ...": the run ends inside words of no name
                runs.append([])
        run = next((r for r in map(lambda r: _person(r, strip, not_names), runs) if r), None)
        if run is None:
            # "Trưởng SOM ASEAN Việt Nam Nguyễn Quốc Dũng": the name that ends a run of titles and names
            tails = (r[k:] for r in runs for k in range(1, len(r) - 1))
            run = next((t for t in map(lambda t: _person(t, strip, not_names), tails) if t), None)
        if surnames and (run is None or first):
            lone = next((r for r in map(lambda r: _person(r, strip, not_names, 1), runs) if r and len(r) == 1), None)
            if lone is not None and not lone[0].group().isupper() and _full_name(text, lone[0].start(), lone[0].end()) != lone[0].group():
                # a surname said before a full name, when the first name is wanted ("Phuc will host Prime Minister Hun Sen")
                run = lone if run is None or (first and lone[0].start() < run[0].start()) else run
        if run is None:
            continue
        last = run[-1].group()
        # "... Moon Jae-in.": the sentence's full stop is no part of the name (an initial's or "Jr."'s is)
        out.append((run[0].start(), run[-1].end() - (last.endswith(".") and len(last) > 2 and last not in ("Jr.", "Sr."))))
    return out


# a sentence that opens with a name: "Abe had a packed schedule in Nonthaburi."
_OPENS_WITH_NAME = re.compile(r"(?:^|(?<=[.!?])\s+|\n)([A-ZĐ][\w'’-]+(?:[^\S\n]+[A-ZĐ][\w'’-]+){0,3})(?=\s+[a-z])")
HE_REACH = 600  # characters back to the sentence whose subject "he" is


def _subject_before(text: str, start: int) -> tuple[int, int] | None:
    """The person the last sentence before `start` that opens with a name names (a surname too, when the text gave the
    full name before)."""
    for m in reversed(list(_OPENS_WITH_NAME.finditer(text, max(0, start - HE_REACH), start))):
        if names := names_in(text, m.start(1), m.end(1), surnames=True):
            return names[0]
    return None


_OPENING_CLAUSE = re.compile(r"[^,.;:\n]{1,60},\s*")
# "..., as he chaired", "..., which he will also chair": the sentence's subject
_HE = re.compile(r"\b(?:he|she)\s+(?:[a-z]+\s+){0,2}$")
# "asked the chair to continue ...": a noun, not who chaired (but "with A and B as co-chairs")
_CHAIR_NOUN = re.compile(r"\b(?:the|a|its|rotating|\w+['’]s)\s+$")  # "with Vietnam as this year's chair"


def find_chairs(folded: str, text: str, start: int, end: int) -> list[Span]:
    """'chair' spans, value the name as spelled."""
    before, after, *_ = _vocab()
    found: list[tuple[int, int]] = []
    cues = before.spans(folded, text, start, end)
    for _, ce, _ in cues:
        stop = _STOP_AFTER_CUE.search(text, ce, end)
        found += names_in(text, ce, stop.start() if stop else end, surnames=True)
    for cs, _ce, _ in after.spans(folded, text, start, end):
        if any(s <= cs < e for s, e, _ in cues) or _CHAIR_NOUN.search(folded, max(start, cs - 12), cs):
            continue
        if _HE.search(folded, max(start, cs - 30), cs):
            # "Li urged ..., as he chaired": "he" is the subject, named first; "Abe had a packed schedule. ... He then
            # co-chaired the X with B": named by the last sentence that opens with a name
            subject = names_in(text, start, cs, surnames=True, first=True)[:1]
            if not subject and (before := _subject_before(text, start)):
                subject = [before]
            found += subject
            continue
        by = text.find(" do ", start, cs)
        clause = by + 4 if by != -1 else start
        stops = [m for m in _STOP.finditer(text, clause, cs)]
        names = names_in(text, stops[-1].end() if stops else clause, cs, surnames=True)
        if not names and stops and _WHEN.fullmatch(text, stops[-1].start(), cs):
            # "A and B on Friday co-chaired": the names stand before the time
            names = names_in(text, stops[-2].end() if len(stops) > 1 else clause, stops[-1].start(), surnames=True)
        if not names and clause == start and not folded.endswith(" as ", max(start, cs - 4), cs):
            # "X, Chủ tịch Hội đồng ..., chủ trì": the name stands in an earlier part - but in "its support to Laos as
            # co-chair" the role is the country's
            names = names_in(text, start, cs)[-1:]
        if not names and not text[start:cs].strip(" -•*") and (comma := _OPENING_CLAUSE.match(text, cs, end)):
            # "Chủ trì phiên toàn thể, Thủ tướng Malaysia Anwar Ibrahim nhấn mạnh ...", "Chairing the session, Prime Minister ...":
            # the subject after the opening clause
            stop = _STOP_AFTER_CUE.search(text, comma.end(), end)
            names = names_in(text, comma.end(), stop.start() if stop else end)[:1]
        found += names
    for w in _CHAIRED_WITH.finditer(folded, start, end):
        # "Moon co-chaired the second Mekong-Korea summit with Vietnamese Prime Minister Nguyen Xuan Phuc", and
        # "... with A and the 12th Mekong-Japan Summit with B"
        more: re.Match[str] | None = w
        while more is not None:
            stop = _STOP_AFTER_CUE.search(text, more.end(), end)
            name = names_in(text, more.end(), stop.start() if stop else end)[:1]
            found += name
            more = _AND_THE_WITH.match(folded, name[0][1], end) if name else None
    return _chairs(text, sorted(set(found)))


# a speech's title names its speaker: "Opening Address by Samdech Techo Hun Sen", "Phát biểu của Thủ tướng Nguyễn Tấn Dũng
# khai mạc ...", "Speaker: ..."
_SPEAKER = re.compile(
    r"\b(?:(?:address|remarks|speech|statement|keynote)\s+(?:delivered\s+)?by|speaker\s*:|(?:bai\s+)?phat bieu cua|dien van cua)\s+"
)
# the speaker says they chair: "as Chair of this Summit, I", "với tư cách nước chủ nhà và Chủ tịch Hội nghị, tôi", "Tôi rất vui
# được cùng Bộ trưởng Kang Kyung-wha đồng chủ trì Hội nghị", "I am honoured to co-chair this meeting"
_CHAIR_SPEAKING = (
    re.compile(
        r"\b(?:as (?:the )?(?:co-?)?chair(?:man)? of (?:this|the|our) (?:summit|meeting|conference)"
        r"|voi tu cach (?:la )?(?:[^,.]{0,30} va )?(?:dong )?chu tich hoi nghi)\s*,\s*(?P<me>i|toi)\b"
    ),
    re.compile(r"\b(?P<me>toi|i)\s+(?:[\w'-]+\s+){0,8}?(?:dong chu tri|chu tri|co-?chair|chair)\s+(?:hoi nghi|phien hop|this|today)\b"),
)
_ME = ("I", "tôi", "Tôi")  # not "tới" (to), folded alike
SPEECH_HEAD = 6  # sentences: a speech's title comes after the page's menus


def speaker_chairing(folded: str, text: str, head: list[tuple[int, int]], start: int, end: int) -> Span | None:
    """The speaker of a speech who says in text[start:end] that they chair the meeting: the name its title gives, among
    the `head` sentences."""
    said = folded[start:end]
    if "chair" not in said and "chu t" not in said:  # most sentences: no regex run
        return None
    if not any((m := p.search(folded, start, end)) and text[m.start("me") : m.end("me")] in _ME for p in _CHAIR_SPEAKING):
        return None
    for s, e in head[:SPEECH_HEAD]:
        if (title := _SPEAKER.search(folded, s, e)) and (names := names_in(text, title.end(), e)):  # not "> Phát biểu của Lãnh đạo"
            return _chairs(text, names[:1])[0]
    return None


def chairs_named(text: str, start: int, end: int) -> list[Span]:
    """'chair' spans of the names in text[start:end], a table's cell under "Chair" ("Moon Jae-in, Nguyễn Xuân Phúc")."""
    return _chairs(text, names_in(text, start, end, surnames=True))


def _chairs(text: str, names: list[tuple[int, int]]) -> list[Span]:
    return [Span(s, e, "chair", " ".join(_full_name(text, s, e).split())) for s, e in names]  # "Nguyễn Xuân" / "Phúc" on two lines


def _full_name(text: str, start: int, end: int) -> str:
    """The name at text[start:end]; a lone surname is completed from the last full name
    before it that ends with it ("Clinton" -> "Hillary Rodham Clinton")."""
    name = text[start:end]
    if " " in name:
        return name
    word = re.escape(name)
    # family name last ("Hillary Rodham Clinton") or first ("Moon Jae-in", "Nguyễn Xuân Phúc")
    # "SUGA Yoshihide" (Japan's MOFA writes family names in capitals) is "Suga"'s full name too
    patterns = (rf"(?:[A-ZÀ-ỸĐ][\w'’-]*[^\S\n]+){{1,4}}(?i:{word})\b", rf"\b(?i:{word})(?:[^\S\n]+[A-ZÀ-ỸĐ][\w'’-]*){{1,3}}")
    for m in sorted((m for p in patterns for m in re.finditer(p, text[:start])), key=lambda m: -m.start()):
        full = names_in(text, m.start(), m.end())
        if full:
            found = text[full[-1][0] : full[-1][1]]
            if found.isupper():
                continue  # a line in capitals, a masthead: "TẠP CHÍ ... CHÍNH TRỊ CỦA BAN CHẤP HÀNH"
            if found.lower() != name.lower() and (found.lower().endswith(name.lower()) or found.lower().startswith(name.lower())):
                return found
    return name
