"""Titles of documents said to be adopted, issued, signed or endorsed (vocab/documents.toml)."""

from __future__ import annotations

import re
from functools import lru_cache

from mekong_tracker.annotate.frameworks import find_frameworks, find_levels
from mekong_tracker.annotate.people import is_title_word
from mekong_tracker.annotate.places import place_lexicon
from mekong_tracker.clean.normalize import fold, match_key
from mekong_tracker.doc import Span
from mekong_tracker.vocab import Lexicon, load, phrase_pattern

_QUOTE = re.compile(r"\s*(?:[\"“«]([^\"”»]{3,160})[\"”»]|'([^'\n]{3,160})')")  # "... Leaders' Meeting ..." in double quotes
_GLOSS = re.compile(r"\s*\([^()\n]{2,120}\)")
_QUOTED_BEFORE = re.compile(r"[\"“]([^\"”\n]{3,160})[\"”]\s*,?\s*$")  # a quoted title just before "was adopted"
_ITEM_SEP = re.compile(
    r"\s*(?:[;,]\s*(?:(?:va|and|cung voi|cung|along with|as well as|together with)\b)?|\b(?:va|and|cung voi|cung|as well as)\b)\s*"
)
# where a title ends, matched on the stored text (case-insensitive)
_STOP_VI = re.compile(
    r"[,;(:!?\"“”]|(?<!TP)(?<!Tp)\."  # "Tuyên bố TP. Hồ Chí Minh"
    # "... giai đoạn 2019-2023 – văn kiện đầu tiên ...", not "Mê Công - Hàn Quốc", "Mekong - sông Hàn", "đường bộ – đường biển"
    r"|\s[-–—]\s(?!sông|đường)(?-i:(?=[a-zà-ỹđ]))"
    r"|\s(?:với|cùng|nhằm|để|tại|trong đó|trong(?! lĩnh vực)|gồm|nhân|sau khi|vào|ngày|và nhất trí|và|khẳng định|đồng thời|theo đó"
    r"|trị giá|có tổng|tổng trị giá)\s",  # "khung đầu tư trị giá khoảng 66 tỉ USD": what it is worth
    re.IGNORECASE,
)
# in a list whose items are set apart by ";", "và" is part of a title ("Kế hoạch ứng phó và phục hồi ...")
_STOP_VI_SEMICOLONS = re.compile(_STOP_VI.pattern.replace("|và|", "|"), re.IGNORECASE)
_STOP_EN = re.compile(
    r"[,;(:!?\"“”]|(?-i:(?<![A-Z]))\.|\s[–—]\s|(?-i:(?<=[a-z])—(?=[a-z]))|\son\s+(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)?(?:\s*[,.;)]|\s+(?-i:[a-z]))))?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)"
    r"|\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b"  # "adopted a joint declaration Wednesday"
    # "a joint statement pledging ...", not "on strengthening"
    r"|(?<!\son)(?<!\sfor)(?<!\sof)(?<!\sin)(?<!\sto)(?<!\sat)\s(?-i:[a-z]{2,}ing)\b"
    r"|\s(?:which|that|to|aimed|aiming|with|at|in|during|by|as|focused|focusing|underlining|and|after|before|while|was|were|is|will)(?=[\s,])",
    re.IGNORECASE,
)
_SHORT_NAME = re.compile(r"\s*\((?:[A-Z][A-Z0-9\-]{1,15}|(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d)\)")  # "(GMS-2030)", "(2018-2022)"
# the words between a verb and its title: "the", "các", a colon ("Văn kiện được thông qua: Chiến lược Tokyo 2018")
_SKIP = re.compile(
    r"\s*:?\s*(?:(?:the|a|an|this|these|its|their|own|two|three|first|draft|hai|ba|cac|mot|du thao"
    r"|(?:tai lieu|van kien)(?! khai niem)|van ban)\s+)*"
)
# a word before a document noun: not "a very important plan", nor "welcomed the ... plan"
_MODIFIER = re.compile(r"(?!(?:very|most|more|highly|really|extremely|the|a|an|and|or)\s)[a-z0-9][a-z0-9\-]*\s+")
_AUX = re.compile(r"(?:\s+(?:dự kiến|đã|sẽ|vừa|đều|cũng|đã từng))+\s*$", re.IGNORECASE)
# "Sáng kiến này", "Kế hoạch nói trên": the document spoken of, no title (stored text: not "Tuyên bố Nay Pyi Taw")
_DEMONSTRATIVE = re.compile(r"\s+(?:này|đó|nói trên|kể trên|nêu trên)(?!\w)")
# ", Prosperity and Peace": a Title Case title goes on over commas and "and"
_TITLE_GOES_ON = re.compile(r"(?:,\s*|\s+and\s+)(?=[A-Z])")
# ": Our Shared Future": a subtitle in Title Case, up to where the sentence or clause goes on
_SUBTITLE = re.compile(
    r":[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+(?:(?:of|the|and|for|in|on|to|a)[^\S\n]+)*[A-Z0-9][\w'’-]*){0,6}(?=\s*(?:[,.;)\"”]|$))"
)
# ": Đối tác tin cậy,": a Vietnamese subtitle, a few words in sentence case up to where the clause goes on
_SUBTITLE_VI = re.compile(r":[^\S\n]+(\w[\w'’-]*(?:[^\S\n]+[\w'’-]+){0,5})(?=[^\S\n]*(?:[,.;)\"”]|$))")
# "Agreement on Trade in Goods", "Joint Statement on Cooperation in Connecting the ...": a Title Case title goes
# on over a preposition and a capital, unless its last word was a document noun or a year
_LONGEST = 200  # characters: "Joint Statement on Cooperation on Synergizing the Master Plan on ASEAN Connectivity ..."
_GLOSS_GOES_ON = re.compile(r"\([A-Z][A-Za-z0-9\-]{1,15}\)[^\S\n]+(?=[A-Z0-9])")
_ON_TOPIC = re.compile(r"\s(?:on|between|for)\s")
_AND_THE = re.compile(r"\s+and\s+the\s+(?=[A-Z])")
_CAPITALISED = re.compile(r"(?:[A-Z0-9][\w'’.-]*(?:[^\S\n]+(?:of|and|the|for|in|on)(?=[^\S\n]+[A-Z]))?[^\S\n]*)+")
_LINKED = re.compile(r"\s+(?:in|to|with|between|among|by)\s+(?:the\s+|an?\s+)?(?=[A-Z])")


def _goes_on(text: str, folded: str, start: int, stop: int, end: int) -> int | None:
    """Where a Title Case title starting at `start` goes on past the stop at `stop`, if it does."""
    if text.startswith(":", stop):
        subtitle = _SUBTITLE.match(text, stop, end)
        return subtitle.end() if subtitle else None
    if gloss := _GLOSS_GOES_ON.match(text, stop, end):
        return gloss.end()  # "Master Plan on ASEAN Connectivity (MPAC) 2025", "... Integration (IAI) Work Plan III"
    last = folded[start:stop].rsplit(" ", 1)[-1]
    goes_on = _TITLE_GOES_ON.match(text, stop)
    if goes_on is None and _ON_TOPIC.search(text, start, stop):
        # "Joint Statement on Synergizing the LMC and the New International Land-Sea Trade Corridor": the topic goes on, not
        # "the Sanya Declaration and the Plan of Action ..." (a title of its own)
        goes_on = _AND_THE.match(text, stop)
        run = _CAPITALISED.match(text, goes_on.end(), end) if goes_on else None
        if run is None or _vocab()["en"][2].search(folded, run.start(), run.end()):
            goes_on = None
    if goes_on is None:
        goes_on = _LINKED.match(text, stop, end)
        if goes_on is None or last in _head_ends() or last[-1:].isdigit():
            return None
    # "the Tokyo Declaration, Japan ...", "the MOU on Cooperation in Hanoi": a place is no part of the title
    place = place_lexicon().spans(folded, text, goes_on.end(), min(end, goes_on.end() + 40))
    return None if place and place[0][0] == goes_on.end() else goes_on.end()


@lru_cache(maxsize=1)
def _head_ends() -> frozenset[str]:
    """The last words of English document nouns ("statement", "action", "understanding")."""
    return frozenset(fold(h).split()[-1] for h in load("documents")["en"]["heads"])


# "... Đối tác vì Con người, Thịnh vượng và Hòa bình", "... for peace, prosperity and partnership": a title that
# ends with what it is for, listed; the items are a few words each
_FOR_LIST = {
    "vi": re.compile(r"(?:\s*,\s*[^\W\d_]+(?:[^\S\n](?!và\s)[^\W\d_]+){0,2})*\s+và\s+[^\W\d_]+", re.IGNORECASE),
    "en": re.compile(r"(?:\s*,\s*[^\W\d_]+(?:[^\S\n](?!and\s)[^\W\d_]+){0,2})*,?\s+and\s+[^\W\d_]+", re.IGNORECASE),
}
_FOR = {"vi": re.compile(r" (?:vi|ve) "), "en": re.compile(" for ")}  # "... về Hòa bình, Thịnh vượng và Đối tác" too
_NEW = re.compile(r"^new\s+|\s+moi$")  # "a new strategy", "chiến lược mới" are as bare as "a strategy"
_NAMED_AFTER = re.compile(r"\s*,\s*(?:the\s+)?")
_DESCRIBED = re.compile(r"\s*,\s*(?:a|an)\s+")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:and|va)\s")  # "a joint declaration, the Hanoi Action Plan and the ...": a list
_OF_THE_MEETING = re.compile(r"\s+cua\s+(?:hoi nghi|phien hop|cuoc hop)(?:\s+nay)?\s*$")
_OF_IT = re.compile(r"\s+of\s+the\s+(?:meeting|mechanism|summit|conference|cooperation|framework|grouping)\s*$")  # in lowercase: no name
_TITLED = re.compile(r",\s*(?:(?:formally|officially|also)\s+)?(?:titled|entitled|named|called|known as|co ten goi la|co ten|mang ten)\s+")
_CALLED = re.compile(r"\b(?:also called|also known as|known as|called|dubbed|goi la|mang ten|co ten)\s+")
# "đúng ngày tròn 28 năm ký Hiệp định ...", "the anniversary of signing the ...": an earlier signing, not the meeting's
_ANNIVERSARY = re.compile(r"\b(?:\d+\s+nam|ky niem(?:\s+ngay)?|anniversary of(?: the)?)\s+$")
_OPENER_TAIL = re.compile(
    r"\s*(?:quan trong|chinh|sau|bao gom|gom|nhu)?\s*(?:nhu|gom|sau|la)?\s*,?\s*(?:comprising|including|namely|such as|which are)?\s*:?\s*"
)


@lru_cache(maxsize=1)
def _vocab() -> dict[str, tuple[Lexicon, Lexicon, re.Pattern[str], Lexicon, re.Pattern[str]]]:
    table = load("documents")
    out = {}
    for lang in ("vi", "en"):
        t = table[lang]
        heads = re.compile(
            "(?<![a-z0-9])(?:" + "|".join(phrase_pattern(h) for h in sorted(t["heads"], key=len, reverse=True)) + ")(?![a-z0-9])"
        )
        out[lang] = (
            Lexicon((v, "verb") for v in t["verbs"]),
            Lexicon((v, "passive") for v in t["passive"]),
            heads,
            Lexicon((v, "list") for v in t.get("list_openers", [])),
            re.compile(r"\b(?:" + "|".join(phrase_pattern(w) for w in t["issued"]) + r")\b"),
        )
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and (text[e - 1].isspace() or text[e - 1] in "-–,"):
        e -= 1
    dangling = _DANGLING.search(text, s, e)  # "the Joint Summit Declaration and endorsed ...": the verb was the stop
    e = dangling.start() if dangling else e
    while s < e and text[s].isspace():
        s += 1
    return s, e


_DANGLING = re.compile(r"\s+(?:and|or|of|the|to|for|on|và|hoặc|của)$")
_FILE_NOTE = re.compile(r"\s*[\[(](?:pdf|docx?|doc|download|tải về)(?:[,;]?\s*[\d.,]+\s*[kmg]?b)?[\])]\s*$", re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"(?<=[a-zà-ỹđ])\d{1,2}$")


def _title_after(text: str, folded: str, pos: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Titles starting at `pos` (after a verb): quoted, or opening with a head noun."""
    heads = _vocab()[lang][2]
    out: list[tuple[int, int]] = []
    stop_re = (_STOP_VI_SEMICOLONS if ";" in text[pos:end] else _STOP_VI) if lang == "vi" else _STOP_EN
    for _ in range(4):
        pos = _SKIP.match(folded, pos, end).end()  # type: ignore[union-attr]  # matches the empty string
        q = _QUOTE.match(text, pos, end)
        quoted = q.span(q.lastindex or 1) if q else (0, 0)
        if q and not (q.end() == end or text[q.end()] in ".,;:!?)" or stop_re.match(text, q.end()) or heads.match(folded, quoted[0])):
            break  # "adopt 'Han River' vision": a quoted word in a longer name, not "thông qua “Tuyên bố sông Hàn” về ..."
        if q:
            out.append(quoted)
            pos = q.end()
        else:
            h = heads.match(folded, pos, end)
            if not h and lang == "en":
                h = _head_after_modifiers(folded, pos, end, heads)
            if not h and lang == "en":
                # a capitalised title holding a head noun: "GMS Regional Investment Framework 2022"
                run = re.match(r"(?:[A-Z0-9][\w\-.]*\s+(?:(?:of|on|for|and|the|to)\s+)*)+", text[pos:end])  # "Mekong-U.S. ..."
                if run and heads.search(folded, pos, pos + run.end() + 20):
                    h = run
            if not h or (lang == "vi" and _DEMONSTRATIVE.match(text, h.end())):
                break
            stop = stop_re.search(text, pos + 1, end)
            while lang == "en" and stop and text[pos].isupper() and (goes_on := _goes_on(text, folded, pos, stop.start(), end)):
                stop = stop_re.search(text, goes_on, end)
            if stop and _FOR[lang].search(folded, pos, stop.start()):
                stop = _end_of_for_list(text, folded, stop, end, lang, stop_re, heads)
            if lang == "vi":
                stop = _vi_end_at_and(text, folded, pos, stop, end, heads)
            e = stop.start() if stop else end
            if (wrap := text.find("\n", pos, e)) != -1:
                e = wrap  # a title ends where a wrapped line does
            if lang == "en" and text[pos].isupper():
                e = _title_case_end(text, pos, e)
            if lang == "vi" and not text[pos].isupper():
                about = folded.find(" ve ", pos, e)
                e = about if about != -1 else e
            elif (
                lang == "vi"
                and (sub := _SUBTITLE_VI.match(text, e, end))
                and sub.group(1)[0].isupper()
                and not heads.match(folded, sub.start(1))
            ):
                e = sub.end()  # "Tuyên bố Tầm nhìn chung về ...: Đối tác tin cậy, cùng với ..."
            called = _CALLED.search(folded, pos, e) or _TITLED.match(folded, e)  # "a declaration, formally titled the X"
            if called and not text[pos].isupper():  # "the GMS ... Framework 2030, known as GMS-2030": a name and its short one
                pos = called.end()
                continue
            s, e = _trim(text, pos, e)
            short = _SHORT_NAME.match(text, e, end)
            e = short.end() if short else e  # "... đến năm 2030 (GMS-2030)": the title's short name is part of it
            if e - s > 2:
                note = _FOOTNOTE_MARK.search(text, s, e)  # "Tuyên bố chung4": a PDF's footnote number glued to the last word
                link = _FILE_NOTE.search(text, s, e)  # "Kunming Declaration [PDF]": a link's file type is no part of it
                out.append((s, min(note.start() if note else link.start() if link else e, s + _LONGEST)))
            pos = e
        gloss = _GLOSS.match(text, pos, end)  # "Tuyên bố Tokyo (Tokyo Declaration) và ...": a translation, no title of its own
        pos = gloss.end() if gloss else pos
        sep = _ITEM_SEP.match(folded, pos, end)
        if not sep or (lang == "en" and not _next_item(text, folded, sep.end(), end, heads, sep.group())):
            break
        pos = sep.end()
    return out


def _end_of_for_list(
    text: str, folded: str, stop: re.Match[str], end: int, lang: str, stop_re: re.Pattern[str], heads: re.Pattern[str]
) -> re.Match[str] | None:
    """Where a title that ends with what it is for ends: after the list, when a list of short
    items follows the stop that is no list of further titles."""
    listed = _FOR_LIST[lang].match(text, stop.start(), end)
    before = text[max(0, stop.start() - 40) : stop.start()].rsplit(None, 1)[-1:]
    if listed and before and before[0][:1].isupper() and listed.group().split()[-1][:1].islower():
        return stop  # "... for People, Prosperity and Peace and elevated the cooperation": a Title Case list has ended
    if not listed or heads.match(folded, _SKIP.match(folded, _ITEM_SEP.match(folded, stop.start()).end()).end()):  # type: ignore[union-attr]
        return stop
    after = stop_re.search(text, listed.end(), end)
    tail = text[listed.end() : after.start() if after else end].split()
    return after if len(tail) <= 2 else stop


def _vi_end_at_and(text: str, folded: str, pos: int, stop: re.Match[str] | None, end: int, heads: re.Pattern[str]) -> re.Match[str] | None:
    """Where a Vietnamese title ends around "và": before "và" and another title even in a list set
    apart by ";" ("... 2018-2022 và Khung đầu tư ..."), and past "và" when a few words and a
    year follow ("Kế hoạch ứng phó và phục hồi COVID-19 giai đoạn 2021-2023") or end "giữa A và B", or a few words
    and the sentence's end follow a topic ("Tuyên bố chung về ... nông nghiệp và an ninh lương thực.")."""
    limit = stop.start() if stop else end
    for m in _VA.finditer(text, pos + 1, limit):
        if heads.match(folded, m.end()):
            return m
    if stop is None or stop.group().strip().lower() != "và" or heads.match(folded, stop.end()):
        return stop
    if any(v[0] == stop.end() for v in _vocab()["vi"][0].spans(folded, text, stop.end(), stop.end() + 20)):
        return stop  # "... giữa các nước Lan Thương - Mekong và thông qua danh sách ...": the next act
    after = _STOP_VI_SEMICOLONS.search(text, stop.end(), end)
    tail = text[stop.end() : after.start() if after else end]
    words = len(tail.split())
    about = folded.find(" ve ", pos, stop.start()) != -1 and (after is None or after.group() == ".")
    between = folded.find(" giua ", max(pos, stop.start() - 40), stop.start()) != -1  # "... giữa Hàn Quốc và các nước ..."
    paired = words <= 6 and _capital_pair(text, pos, stop)  # "... về Hữu nghị và Hợp tác ASEAN - Nhật Bản"
    return after if (words <= 8 and (_ENDS_WITH_YEAR.search(tail) or between)) or (about and words <= 5) or paired else stop


_VA = re.compile(r"\svà\s+", re.IGNORECASE)


def _capital_pair(text: str, pos: int, stop: re.Match[str]) -> bool:
    """Whether "và" joins two capitalised words of a title ("Hữu nghị và Hợp tác"): the word that
    opens the one before is capitalised, as is the one after, which is no person's title ("Thủ tướng")."""
    before = text[pos : stop.start()].split()[-2:]  # a word is one or two syllables
    after = text[stop.end() : stop.end() + 12].split()[:1]
    return bool(after) and after[0][0].isupper() and not is_title_word(after[0]) and any(w[0].isupper() for w in before)


_ENDS_WITH_YEAR = re.compile(r"(?:19|20)\d\d\s*$")


def _title_case_end(text: str, start: int, end: int) -> int:
    """Where a Title Case title gives way to a lowercase word that is not a link word
    ("the Siem Reap Declaration setting out ..." ends after "Declaration"), or to link words and lowercase ones with no
    capitalised word after them ("a Joint Declaration on the last day of the meeting" ends before "on"; not "Action Plan for
    the realisation of the New Tokyo Strategy 2015", nor "Joint Statement on strengthening cooperation")."""
    prev_cap, links = False, None  # links: where the link words after a capitalised word start
    for w in _WORD.finditer(text, start, end):
        word = w.group()
        if word[0].islower() and word not in _LINK_WORDS:
            if prev_cap:
                return w.start()
            if (
                links is not None
                and not word.endswith("ing")
                and not any(x.group()[0].isupper() or x.group()[0].isdigit() for x in _WORD.finditer(text, w.end(), end))
            ):
                return links
            links = None  # the title goes on in lowercase
        cap = word[0].isupper() or word[0].isdigit()
        links = None if cap else w.start() if prev_cap else links
        prev_cap = cap
    return end


_WORD = re.compile(r"[^\s,;:()\"“”]+")
_LINK_WORDS = frozenset(
    "of on for and the to in at between among with from de du a an by under toward towards beyond through into"
    " first second third fourth fifth sixth seventh eighth ninth tenth".split()  # "Declaration of the third MLC Leaders' Meeting"
)


def _next_item(text: str, folded: str, pos: int, end: int, heads: re.Pattern[str], sep: str) -> bool:
    """Whether an English list goes on with another title: a capital or a quote ("and the Bangkok
    Declaration"), or a document noun ("and a joint press communique") - after a bare comma, only
    in a list that an "and" ends ("A, the new roadmap for ..." is A again); after "as well as", a
    capital only (not "an updated list of projects")."""
    article = re.match(r"\s*(?:the\s+|a\s+|an\s+)?", folded[pos:end])
    at = pos + (article.end() if article else 0)
    if re.match(r"[\"“A-Z]", text[at : at + 1]):
        return True
    if "with" in sep or "well" in sep or not (re.search(r"\band\b", sep) or re.search(r"\band\b", folded[at:end])):
        return False
    return bool(heads.match(folded, at, end) or _head_after_modifiers(folded, at, end, heads))


def _head_after_modifiers(folded: str, pos: int, end: int, heads: re.Pattern[str]) -> re.Match[str] | None:
    """A document noun after one to three lowercase words ("joint vision statement")."""
    for _ in range(3):
        mod = _MODIFIER.match(folded, pos, end)
        if mod is None:
            return None
        pos = mod.end()
        h = heads.match(folded, pos, end)
        if h:
            return h
    return None


def _title_start_en(text: str, clause: int, s: int) -> int:
    """Where an English title whose document noun starts at `s` starts: back over the capitalised words before it."""
    while s > clause:
        prev = re.search(r"[\"“]?(\S+)\s+$", text[clause:s])  # the opening quote of '"Mekong-Japan Initiative ..."' is none of it
        if not prev or not (prev.group(1)[0].isupper() or any(c.isdigit() for c in prev.group(1))) or prev.group(1).lower() == "the":
            break
        s = clause + prev.start(1)
    return s


def _labelled(text: str, folded: str, start: int, pos: int, lang: str) -> tuple[int, int] | None:
    """A title that labels what follows it ("- Chiến lược Tokyo 2012: được thông qua tại ...") when `pos` comes right after its colon,
    or, in Vietnamese, its comma ("cùng Sáng kiến X, thông qua tại Hội nghị ...")."""
    colon = (_LABEL_COLON if lang == "en" else _LABEL_COLON_VI).search(folded, start, pos)
    return _title_before(text, folded, start, colon.start(), lang) if colon else None


def _title_before(text: str, folded: str, start: int, pos: int, lang: str) -> tuple[int, int] | None:
    """A title ending at `pos` (before "was adopted" / "được thông qua")."""
    heads = _vocab()[lang][2]
    clause = max(folded.rfind(c, start, pos) for c in (";", ". ", ":"))
    clause = start if clause < start else clause + 1
    hits = list(heads.finditer(folded, clause, pos))
    if not hits:
        return None
    h = hits[-1]
    if lang == "vi" and _DEMONSTRATIVE.match(text, h.end()):
        return None
    s = h.start()
    while lang == "vi" and (before := next((x for x in hits if x.end() == s - 1), None)):  # "Khuôn khổ chiến lược GMS"
        s = before.start()
    if lang == "en":
        s = _title_start_en(text, clause, s)
    quoted = _QUOTED_BEFORE.search(text, clause, pos)
    if quoted and quoted.start(1) <= h.start():  # '"... for People, Prosperity and Peace" was adopted': the quotes hold it
        return quoted.start(1) - 1, quoted.end(1) + 1  # with its quotes, as a title after a verb
    comma = folded.find(",", h.end(), pos)
    while lang == "en" and comma != -1 and text[s].isupper() and (goes_on := _goes_on(text, folded, s, comma, pos)):
        comma = folded.find(",", goes_on, pos)  # "the Declaration for People, Prosperity and Peace, adopted ..."
    e = comma if comma != -1 else pos
    if lang == "en" and _SUBJECT_BEFORE_VERB.fullmatch(folded, h.end(), e):
        e = h.end()  # "the joint communique they issued": the title ends at its noun
    if lang == "en" and text[s].isupper():
        e = _title_case_end(text, s, e)  # "The Vientiane Declaration adopted at the meeting also endorsed ..."
    if lang == "vi" and (copula := _IS_VI.search(text, h.end(), e)):
        e = copula.start()  # "Chiến lược Tokyo 2018 là văn kiện được thông qua": what the title is, no part of it
    aux = _AUX.search(text, s, e) if lang == "vi" else None
    s, e = _trim(text, s, aux.start() if aux else e)
    return (s, e) if e > s else None


_IS_VI = re.compile(r"\s+là\s+")


_LABEL_COLON = re.compile(r":\s*$")
_LABEL_COLON_VI = re.compile(r"(?::|(?<=\w),)\s*$")
_ADOPTED_THERE_INCLUDE = re.compile(
    r"\s+(?:at|during|by)\s+(?:the|this)\s+(?:summit|meeting|conference|session|leaders|ministers)\s+(?:also\s+)?(?:include[sd]?|are|were)\s+"
)
_AT_A_MEETING = re.compile(r"\s+(?:tai|at)\s")
_SUBJECT_BEFORE_VERB = re.compile(
    r"\s+(?:they|we|it|he|she|leaders|ministers|the (?:leaders|ministers|meeting|summit|two sides|sides))"
    r"(?:\s+(?:had|have|has|jointly|also|later))*\s*"
)
_INTRODUCES_LIST = re.compile(r"\s*:?\s*")
_LIST_LINE = re.compile(r"\n[^\S\n]*(?:[-•*+–]|\(?[a-z]\)|\d{1,2}[.)]|[ivx]{1,4}\))[^\S\n]+")


def _listed(text: str, folded: str, pos: int, lang: str) -> list[tuple[int, int]]:
    """The titles opening the list lines that follow `pos`, one a line."""
    out: list[tuple[int, int]] = []
    while (item := _LIST_LINE.match(text, pos)) and len(out) < 8:
        line_end = text.find("\n", item.end())
        line_end = len(text) if line_end == -1 else line_end
        out += _title_after(text, folded, item.end(), line_end, lang)[:1]
        pos = line_end
    return out


def titles_of_list_line(folded: str, text: str, start: int, end: int, lang: str) -> list[Span]:
    """Titles a list line, or a documents label, holds and nothing else ("– Kế hoạch hành động 5 năm (2018-2022)",
    "Văn kiện: Tuyên bố Phnôm Pênh; Kế hoạch hành động 5 năm"): what the meeting the lines above name adopted."""
    line = text.rfind("\n", 0, start + 1)
    if line == -1 or text[line:start].strip():
        return []  # the sentence opens no line
    item = _LIST_LINE.match(text, line)
    pos = item.end() if item else start
    label = _DOCUMENTS_LABEL.match(folded, pos)
    pos = label.end() if label else pos
    if not (item or label) or pos >= end:
        return []
    if link := _FILE_NOTE.search(text, pos, end):
        end = link.start()  # "- ASEAN Concord IV [PDF, 188 KB]": a link's file type and size are no part of the line's title
    return titles_alone(folded, text, pos, end, lang)


def titles_alone(folded: str, text: str, pos: int, end: int, lang: str) -> list[Span]:
    """The titles [pos, end) holds when it holds titles and nothing else ("Vientiane Plan of Action 2008-2012"), else none
    ("First meeting of GMS leaders")."""
    if pos >= end or not text[pos].isupper():
        return []
    titles = _title_after(text, folded, pos, end, lang)
    rest = _GLOSS.match(text, titles[-1][1], end) if titles else None  # "Regional Investment Framework 2022 (227 projects)"
    if not titles or titles[0][0] != pos or text[rest.end() if rest else titles[-1][1] : end].strip(" .;"):
        return []
    return [Span(s, e, "document", text[s:e]) for s, e in titles]


_DOCUMENTS_LABEL = re.compile(r"(?:(?:cac )?van kien|outcome documents?|documents?|outcomes?|adopted|endorsed|thong qua)\s*:\s*")


# "Văn kiện này đã được thông qua tại ...", "The document was adopted at ...": a title the sentence before named
DOCUMENT_ANAPHOR = re.compile(
    r"\s*(?:(?:van kien|tai lieu|ke hoach|chien luoc|tuyen bo|khung chien luoc)\s+(?:nay|do|tren)"
    r"|(?:the|this)\s+(?:document|plan|strategy|declaration|framework)"
    r"|(?P<many>(?:hai|ba|cac)\s+van kien\s+(?:nay|do|tren)|(?:these|the|both)\s+(?:two\s+|three\s+)?documents))\b"
)
_AUX_FOLDED = re.compile(r"(?:\s+(?:da|cung|sau do|later|had|has))*\s*")


def _titles_said_before(text: str, folded: str, start: int, lang: str, many: bool) -> list[tuple[int, int]]:
    """The last title the sentence before `start` names, said adopted or not - or, `many`, those it lists."""
    before = max(text.rfind("\n", 0, start - 1), text.rfind(". ", 0, start - 2)) + 1
    title = _title_said_before(text, folded, before, start, lang)
    return [title, *(_joined_before(text, folded, before, title, lang) if many else [])] if title else []


def _title_said_before(text: str, folded: str, before: int, start: int, lang: str) -> tuple[int, int] | None:
    heads = list(_vocab()[lang][2].finditer(folded, before, start))
    if not heads:
        return None
    at = heads[-1].start()
    while head := next((h for h in heads if h.end() == at - 1), None):  # "Khung Chiến lược Chương trình ..."
        at = head.start()
    if lang == "en":
        at = _title_start_en(text, before, at)
    if not text[at].isupper():
        return None
    titles = _title_after(text, folded, at, start, lang)
    return titles[0] if titles else None


PARTICIPLE_REACH, PARTICIPLE_REACH_AT = 60, 100  # characters: how far before "adopted" ("adopted at") a title starts
_A_VERB = re.compile(r"\b(?:is|are|was|were|will|would|has|have|where|which|whose)\b")  # and what opens a clause
# "a pipeline of projects, the ...": a thing described in lowercase words, then named
_DESCRIPTION_NAMED = re.compile(
    r"\s+an?\s+(?:(?!(?:that|which|who|to|is|are|was|were|by)\s)[a-z][a-z\-]*\s+){1,10}?[a-z][a-z\-]*,\s+(?:the\s+)?(?=[A-Z])"
)
_JOINED_BEFORE = re.compile(r"(?:\s*,\s*|\s+)(?:va|and)\s+(?:the\s+)?$")


def _joined_before(text: str, folded: str, start: int, title: tuple[int, int], lang: str) -> list[tuple[int, int]]:
    """The titles listed before `title` ("A, B và C, được thông qua": A and B too), each up to where a title stops
    ("Tuyên bố Tokyo tại Hội nghị ... và B")."""
    out: list[tuple[int, int]] = []
    while joined := _JOINED_BEFORE.search(folded, max(start, title[0] - 12), title[0]):
        before = _title_before(text, folded, start, joined.start(), lang)
        if before is None:
            break
        stop = (_STOP_VI if lang == "vi" else _STOP_EN).search(text, before[0] + 1, before[1])
        title = (before[0], stop.start()) if stop else before
        out.append(title)
    return out


_NOT = re.compile(r"\b(?:did not|didn't|does not|doesn't|do not|don't|never|khong|chua)\s+$")  # "did not sign a "water treaty""
_FOR_ADOPTION = re.compile(
    r"\s*,?\s*(?:để|nhằm)\s+(?:trình\s+)?(?:[^\s,.;]+\s+){0,5}?(?:xem xét\s*,?\s*)?$", re.IGNORECASE
)  # on the stored text


def find_documents(folded: str, text: str, start: int, end: int, lang: str) -> list[Span]:
    """'document' spans, value the title as spelled."""
    verbs, passive, _, openers, _ = _vocab()["vi" if lang == "vi" else "en"]
    lang = "vi" if lang == "vi" else "en"
    found: list[tuple[int, int]] = []
    passives = []
    for ps, pe, _ in passive.spans(folded, text, start, end):
        title = _title_before(text, folded, start, ps, lang) or _labelled(text, folded, start, ps, lang)
        if title is None and (this := DOCUMENT_ANAPHOR.match(folded, start)) and _AUX_FOLDED.fullmatch(folded, this.end(), ps):
            # "... Khung Chiến lược X. Văn kiện này đã được thông qua tại", "... A và B. Hai văn kiện này đã được thông qua"
            said = _titles_said_before(text, folded, start, lang, this.group("many") is not None)
            title, found = (said[0], found + said[1:]) if said else (None, found)
        if title and lang == "vi" and text[title[0]].islower():
            title = None  # "..., làm cơ sở cho bản kế hoạch hoàn chỉnh, đã được thông qua": a title is capitalised
        if title and lang == "en" and _A_VERB.search(folded, *title):
            # "a new strategy document is expected to be adopted", "the document ... where one was endorsed": words of a clause
            title = None
        if title:  # "X was adopted", "X, which they adopted"; not "They adopted three documents: ..."
            found += [title, *_joined_before(text, folded, start, title, lang)]
            passives.append((ps, pe))
    for vs, ve, _ in verbs.spans(folded, text, start, end):
        if any(ps <= vs < pe for ps, pe in passives) or _ANNIVERSARY.search(folded, max(start, vs - 30), vs):
            continue
        if _NOT.search(folded, max(start, vs - 12), vs):
            continue
        pos = ve
        opener = openers.spans(folded, text, pos, min(end, pos + 40))
        if opener and opener[0][0] - _SKIP.match(folded, pos, end).end() < 4:  # type: ignore[union-attr]  # "adopted two key documents"
            pos = _OPENER_TAIL.match(folded, opener[0][1], end).end()  # type: ignore[union-attr]  # always matches
        titles = _title_after(text, folded, pos, end, lang)
        if not titles and lang == "en" and (named := _DESCRIPTION_NAMED.match(text, ve, end)):
            # "endorsed a pipeline of investment projects, the Regional Investment Framework 2022": the title that names it
            titles = _title_after(text, folded, named.end(), end, lang)[:1]
        if not titles and lang == "en" and (there := _ADOPTED_THERE_INCLUDE.match(folded, ve, end)):
            titles = _title_after(text, folded, there.end(), end, lang)  # "Other documents adopted at the summit include the A and the B"
        if not titles and _AT_A_MEETING.match(folded, ve) and (labelled := _labelled(text, folded, start, vs, lang)):
            titles = [labelled]  # "- Chiến lược Tokyo mới 2015: thông qua tại Hội nghị cấp cao lần thứ 7"
        if not titles and lang == "vi" and (purpose := _FOR_ADOPTION.search(text, max(start, vs - 60), vs)):
            # "hoàn thiện các dự thảo A, B và C để trình Lãnh đạo các nước thông qua tại Hội nghị X": drafts for X to adopt
            title = _title_before(text, folded, start, purpose.start(), lang)
            stop = title and _STOP_VI.search(text, title[0] + 1, title[1])
            if title and not stop and text[title[0]].isupper() and not folded[title[1] : purpose.start()].strip(" ,"):
                titles = [title, *_joined_before(text, folded, start, title, lang)]
        if not titles and _INTRODUCES_LIST.fullmatch(folded, pos, end) and text[start:end].rstrip().endswith(":"):
            titles = _listed(text, folded, end, lang)  # "đã thông qua:" and a title on each list line after it
        if not titles and lang == "en" and folded.endswith("ed", vs, ve):
            # "a joint statement adopted after ...", "the joint communique they issued": the title just before the participle,
            # not before "issues"
            # "the Phnom Penh Declaration and the Five-Year Plan of Action ... (2018-2022) adopted at [a meeting]": both, long
            at = _AT_A_MEETING.match(folded, ve)
            reach = PARTICIPLE_REACH_AT if at else PARTICIPLE_REACH
            before = _title_before(text, folded, max(start, vs - reach), vs, lang)
            right_before = before and (vs - before[1] <= 2 or _SUBJECT_BEFORE_VERB.fullmatch(folded, before[1], vs))
            if before and right_before and not re.search(r"\b(?:is|are|was|were|be|to|will)\b", folded[before[0] : before[1]]):
                titles = [before, *(_joined_before(text, folded, max(start, vs - 2 * reach), before, lang) if at else [])]
        # "the Vientiane Declaration on the Adoption of the Initiative for ASEAN Integration (IAI) Work Plan III": a verb
        # within a title found already is its words, not an act
        if not any(s <= vs < e for s, e in found):
            found += titles
    if not found and (opening := _title_of_a_meeting(text, folded, start, end, lang)):
        found.append(opening)
    # "Tuyên bố chung của Hội nghị", "the concept paper of the mechanism": what it is of is no part of the title
    spans = sorted({(s, of.start() if (of := _OF_THE_MEETING.search(folded, s, e) or _OF_IT.search(text, s, e)) else e) for s, e in found})
    # a title cut short (a repeated, truncated paragraph) is dropped for the full one
    spans = [(s, e) for s, e in spans if not any((s2, e2) != (s, e) and folded[s2:e2].startswith(folded[s:e]) for s2, e2 in spans)]
    # "adopting a declaration", "which launched the Initiative", "thông qua chiến lược mới": a bare head is no title, unless
    # numbered ("GMS-2030"); nor is "a new cooperation framework, the Tokyo Strategy 2018" what the title after it is
    heads = _vocab()[lang][2]
    spans = [
        (s, e)
        for s, e in spans
        if any(c.isdigit() for c in text[s:e])
        or (
            " " in (bare := _NEW.sub("", folded[s:e].strip()))
            and not (
                text[s].islower()
                and (
                    (bare != folded[s:e].strip() and heads.fullmatch(bare))
                    or any(
                        _NAMED_AFTER.fullmatch(text, e, s2) and text[s2].isupper() and not _LIST_GOES_ON.match(folded, e2)
                        for s2, e2 in spans
                    )
                    # "the Tokyo Strategy 2012, a new framework for cooperation that ...": what the title is
                    or any(_DESCRIBED.fullmatch(text, e0, s) and text[s0].isupper() for s0, e0 in spans)
                )
            )
        )
    ]
    # "Phê duyệt Kế hoạch triển khai kết quả Hội nghị X": a plan at home to carry out what X decided, none of X's
    spans = [(s, e) for s, e in spans if not _CARRIES_OUT.search(folded, s, e)]
    names = [(f.start, f.end) for f in find_frameworks(folded, text, start, end)]
    return [Span(s, e, "document", text[s:e].strip("\"“”' .¹²³⁴⁵⁶⁷⁸⁹")) for s, e in spans if not _framework_name(text, s, e, names)]


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _names_its_own(title: str, years: set[str]) -> bool:
    """Whether a title names something of its own: a capital after its first letter, or a year not among `years`."""
    return any(c.isupper() for c in title[1:]) or bool(set(_YEAR.findall(title)) - years)


def describes(generic: str, title: str, lang: str) -> bool:
    """Whether a description speaks of a titled document of the same meeting: it names nothing of its own, and its
    document noun, with the word next to it, is the title's ("kế hoạch hành động mới" of "Kế hoạch hành động MGC giai
    đoạn 2019-2022", "the 2030 framework" of "GMS ... Strategic Framework 2030"), or, in English, the noun
    it ends with is one of the title's words ("five-year action plan" of "Five-Year Plan of Action on ...")."""
    if _names_its_own(generic, set(_YEAR.findall(title))) or not _names_its_own(title, set()):
        return False
    g, t = _NEW.sub("", fold(generic).strip()).split(), fold(title).split()
    if lang == "en" and g[-1] in t:
        return True
    head = _vocab()[lang][2].search(" ".join(g))
    if head is None:
        return False
    h = head.group().split()
    at = len(" ".join(g)[: head.start()].split())
    # the word after the noun in Vietnamese ("kế hoạch hành động"), before it in English ("strategic framework")
    side = at + len(h) if lang == "vi" else at - 1
    near = g[side] if 0 <= side < len(g) else None
    for i in range(len(t) - len(h) + 1):
        if t[i : i + len(h)] == h:
            j = i + len(h) if lang == "vi" else i - 1
            if near is None or (0 <= j < len(t) and t[j] == near):
                return True
    return False


_CARRIES_OUT = re.compile(r"\b(?:trien khai|thuc hien)\s+(?:cac\s+)?ket qua\b|\bimplement(?:ing|ation of)?\s+the\s+(?:outcomes?|results)\b")


_ABOUT_AN_ACT = re.compile(r"\b(?:ve viec|regarding|concerning)\b")


def _title_of_a_meeting(text: str, folded: str, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """A heading that is the title of a meeting's document: "Joint Ministerial Statement of the 9th Mekong Ganga
    Cooperation Ministerial Meeting", "Thông cáo chung của Hội nghị Bộ trưởng ..." - what that meeting issued."""
    pos = _SKIP.match(folded, start, end).end()  # type: ignore[union-attr]  # matches the empty string
    if not text[pos : pos + 1].isupper() or not (titles := _title_after(text, folded, pos, end, lang)) or titles[0][0] != pos:
        return None
    s, e = titles[0]
    if text[e:end].strip(' .:"”') or _ABOUT_AN_ACT.search(folded, s, e):
        # the title alone: not "Chương trình nghị sự của Hội nghị gồm ...", nor a ministry's release "Thông cáo báo chí về việc
        # Bộ trưởng ... tham dự Hội nghị ..."
        return None
    of = folded.find(" of the ", s, e) if lang == "en" else s  # the level after it: not "Joint Ministerial Statement"
    if of == -1 or not any(lv.start > s for lv in find_levels(folded, text, of, e)):
        return None
    return (s, e) if _vocab()[lang][4].search(folded, s, of if lang == "en" else e) else None


def _framework_name(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Whether a title is a framework's own name ("the Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy
    (ACMECS)") or the tail of one - but "the ACMECS Master Plan" is a title."""
    return any(fs < start < fe or (fs == start and (end <= fe or _GLOSS.fullmatch(text, fe, end))) for fs, fe in names)


# "Tuyên bố Hua Hin", "the Siem Reap Declaration": declarations named for a city (not "Tokyo Strategy 2015", a name
# a host gives plan after plan)
_FOR_CITY_VI = re.compile(r"tuyen bo\s+$")
_FOR_CITY_EN = re.compile(r"\s+declaration\b")
_OF_YEAR = re.compile(r"(?:\s+(?:of|in|nam)|\s*[(,])?\s*((?:19|20)\d\d)\b")


def titles_named_for_cities(folded: str, text: str, lang: str) -> list[tuple[Span, str, str | None]]:
    """Declarations named for a city, said adopted or not, with the city's match key and the year said with them
    ("the Tokyo Declaration of 2009")."""
    out = []
    for s, e, (kind, _) in place_lexicon().spans(folded, text):
        if kind != "city" or not text[s].isupper():
            continue
        if lang == "vi":
            head = _FOR_CITY_VI.search(folded, max(0, s - 20), s)
            start, end = (head.start(), e) if head and text[head.start()].isupper() else (-1, -1)
        else:
            head = _FOR_CITY_EN.match(folded, e)
            start, end = (s, head.end()) if head and text[head.end() - len(head.group().strip())].isupper() else (-1, -1)
        if start < 0:
            continue
        year = _OF_YEAR.match(folded, end)
        out.append((Span(start, end, "document", text[start:end]), match_key(text[s:e]), year.group(1) if year else None))
    return out
