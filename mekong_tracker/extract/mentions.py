"""Meeting mentions: a level cue and a framework name that belong together.

Vietnamese puts the level first ("Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 13"),
English mostly after ("the 16th Mekong-Japan Foreign Ministers' Meeting") or with
"of" ("Summit of the Greater Mekong Subregion"); both orders are tried, the
language's own first. Numbered short forms ("CLV 7", "AMM 57") and names that
imply a level ("East Asia Summit") are mentions too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from mekong_tracker.annotate.frameworks import find_frameworks, find_levels, find_series, frameworks, is_plural
from mekong_tracker.doc import Span
from mekong_tracker.vocab import Lexicon, load

# text allowed between a level cue and the framework that follows it (folded)
_GAP_AFTER = re.compile(
    r"(?:\)\s*)?[\s\"'“”]*(?:(?:hop tac|cac nuoc|giua|chien luoc|chuong trinh|kinh te|tieu vung|khu vuc|truc tuyen|dac biet|thuong nien"
    r"|lan thu \w+|lan \d+|\d{1,2}|ve|cua|the|of the|of|on|nhom|co che|lanh dao|ngoai giao|cap cao|thuong dinh|quan he doi tac|doi tac"
    r"|tiep theo|sap toi|next|upcoming"
    r"|ky niem|nam|quan he|huu nghi va hop tac|huu nghi|doi thoai"
    r"|marking|celebrating|commemorating|(?:for the )?\d{1,2}(?:st|nd|rd|th) (?:anniversary|year) of|dialogue relations"
    r"|among|between|\([a-z\- ]{2,12}\))[\s\"'“”]*)*"
)
# text allowed between a framework and the level cue that follows it (folded)
_GAP_BEFORE = re.compile(
    r"[\s\"'“”]*(?:(?:cooperation|partnership|strategy|development triangle|economic cooperation strategy|subregion"
    r"|sub-region|\([a-z\- ]{2,12}\)|,\s*or\s+[a-z-]{2,10}\s*,|-|leaders'?|\d{1,2}(?:st|nd|rd|th)?|hop tac|economic|program|programme"
    r"|summit on development triangle area|on development triangle area|special|commemorative|informal"
    r"|virtual|online|plus|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth"
    r"|twentieth"
    # "the Mekong-U.S. Partnership at a virtual ...", "the LMC's foreign ministers' meeting"
    r"|(?<=')s|at a|at an|at the|was launched at|was upgraded at|was set up at)[\s\"'“”]*)*"
)
_ORD_GAP_AFTER = re.compile(
    r"[\s\"'“”]*(?:\([^()]{1,80}\)\s*)?(?:quoc te\s*|mo rong\s*)?(?:\([^()]{1,80}\)\s*)?"
    r"(?:,\s*(?:goi tat|viet tat|hay con goi|con goi) la\s+[^,;.()]{1,30},\s*)?"  # "..., gọi tắt là ACMECS, lần thứ 8"
    r"(?:(?:hop|to chuc|khai mac)\s+)?"
)
_BARE_NUMBER = re.compile(  # on the name's line, and no clock time ("18th East Asia Summit\n10:45 ...")
    r"[^\S\n]*(?P<n>\d{1,2})(?![:h]\d\d)"
    r"(?=\s*(?:[,.;:)(]|$|\s(?:va|tai|o|dien ra|duoc|se|da|vao|ngay|tu|and|in|on|at|was|is|will|held|to|with)\b))"
)
_AT_MINISTER_LEVEL = re.compile(r"\s*(?:cap bo truong|at (?:the )?minister(?:ial)? level)\b")
_NOT_A_MEETING = re.compile(r"\b(?:truong|pho truong|head of|chief of)\s*$")  # "Trưởng SOM": a person
_HOST_GAP = re.compile(
    r"[\s\"'“”]*(?:the\s+|cac\s+|chuoi\s+|loat\s+)?(?:(?:annual|yearly|regular|thuong nien)\s+)?(?:\d{1,3}(?:st|nd|rd|th)?\s+)?$"
)


@dataclass
class Mention:
    """A named meeting in a sentence."""

    framework: str
    level: str
    ordinal: int | None
    start: int
    end: int
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    host: bool = False
    anaphoric: bool = False  # named by level and ordinal only ("phiên họp lần thứ 16")
    other_edition: bool = False  # "the next CLV Summit", "the previous summit": not the one in focus
    parent: Mention | None = None  # the ASEAN meeting of an "ASEAN with partners" mention


@lru_cache(maxsize=1)
def host_lexicon() -> Lexicon:
    return Lexicon((p, "host") for p in load("context")["host"])


def after_host(folded: str, hosts: list[tuple[int, int, str]], pos: int) -> bool:
    """Whether what starts at `pos` follows a host cue ("on the sidelines of the 52nd ...")."""
    return any(he <= pos and _HOST_GAP.fullmatch(folded, he, pos) for _, he, _ in hosts)


def meeting_cues(text: str, folded: str, start: int, end: int) -> tuple[list[Span], list[Span], list[Span]]:
    """The framework names, series ("CLV 7") and level words of text[start:end]: no framework inside a series, no
    level word inside a framework's name."""
    series = find_series(text, start, end)
    fws = [f for f in find_frameworks(folded, text, start, end) if not any(sr.start <= f.start < sr.end for sr in series)]
    levels = [lv for lv in find_levels(folded, text, start, end) if not any(f.start <= lv.start < f.end for f in fws)]
    return fws, series, levels


_BODY_GAP = re.compile(r"[^\S\n]*(?:\([a-z]{2,8}\)[^\S\n]*)?")  # "the Mekong River Commission (MRC) Joint Committee"


def level_for(fw: str, level: str, implied: str | None) -> str | None:
    """The level of a meeting named by a level cue and a framework (with the level its name implies)."""
    if level == "meeting":
        return implied
    if level == "minister":
        return implied or frameworks()[fw].get("minister_level", "ministerial")
    return level


def _ordinal_near(folded: str, start: int, end: int, ordinals: list[Span], lang_after: bool) -> tuple[int, int, int] | None:
    """An ordinal right after `end` (Vietnamese order) or right before `start` (English order)."""
    gap = _ORD_GAP_AFTER.match(folded, end)
    after = gap.end() if gap else end
    for o in ordinals:
        if o.start in (end, after) or (end <= o.start <= after):
            return o.start, o.end, o.value
    bare = _BARE_NUMBER.match(folded, end)
    if bare and lang_after:
        return bare.start("n"), bare.end("n"), int(bare.group("n"))
    for o in ordinals:
        if o.end <= start and re.fullmatch(r"(?:-ever)?\s*(?:the\s+)?", folded[o.end : start]):  # "the first-ever X Summit"
            return o.start, o.end, o.value
    return None


def find_mentions(
    text: str, folded: str, lang: str, start: int, end: int, fws: list[Span], levels: list[Span], ordinals: list[Span], series: list[Span]
) -> tuple[list[Mention], list[Span]]:
    """Mentions in folded[start:end], and the level cues left over (anaphora candidates)."""
    mentions: list[Mention] = []
    used_fw: set[int] = set()
    leftover: list[Span] = []
    vi_first = lang == "vi"
    consumed: set[int] = set()  # a body's name said after "meeting of the" and its framework
    for lv in levels:
        if id(lv) in consumed or _NOT_A_MEETING.search(folded, max(start, lv.start - 12), lv.start):
            continue
        pick = None
        after = [f for f in fws if f.start >= lv.end and f.start - lv.end <= 45]
        before = [f for f in fws if f.end <= lv.start and lv.start - f.end <= 45]
        cand_after = next((f for f in after if _GAP_AFTER.fullmatch(folded, lv.end, f.start)), None)
        cand_before = next((f for f in reversed(before) if _GAP_BEFORE.fullmatch(folded, f.end, lv.start)), None)
        of_form = cand_after is not None and re.search(r"\bof\b", folded[lv.end : cand_after.start])
        order = [cand_after, cand_before] if vi_first or of_form else [cand_before, cand_after]
        pick = next((f for f in order if f is not None and id(f) not in used_fw), None)
        if pick is None:
            leftover.append(lv)
            continue
        fw, implied = pick.value
        level = level_for(fw, lv.value, implied)
        people = _PEOPLE_AFTER.match(folded, pick.end) if lv.value == "meeting" and of_form else None
        if people is not None:  # "the Second Meeting of GMS Environment Ministers": the people say the level
            level = _level_of_people(fw, people)
        body = next((b for b in levels if b.value == "other" and _BODY_GAP.fullmatch(folded, pick.end, b.start)), None) if of_form else None
        if body is not None and lv.value == "meeting":  # "the 6th meeting of the Lancang-Mekong Joint Working Group": the body's
            level = "other"
            consumed.add(id(body))
        if level is None and lv.value == "meeting" and (numbered := frameworks()[fw].get("series_level")):
            # "Hội nghị ACMECS lần thứ 7", "the 10th CLV Meeting": the edition of the series the framework numbers
            s, e = min(lv.start, pick.start), max(lv.end, pick.end)
            within = any(s <= o.start and o.end <= e for o in ordinals)
            if within or _ordinal_near(folded, s, e, ordinals, vi_first or pick.start > lv.start):
                level = numbered
        if level is None:
            leftover.append(lv)
            continue
        used_fw.add(id(pick))
        s, e = min(lv.start, pick.start), max(lv.end, pick.end)
        ordinal = None
        between = [o for o in ordinals if s <= o.start and o.end <= e]
        found = (
            (between[0].start, between[0].end, between[0].value)
            if between
            else _ordinal_near(folded, s, e, ordinals, vi_first or pick.start > lv.start)
        )
        spans = {"framework": (pick.start, pick.end), "level": (lv.start, lv.end)}
        # "the first summit for Suga", "the first Mekong-Japan summit since the 12th": no edition
        if found and not (_PERSONAL.match(text, e) or (found[2] == 1 and found[0] < s and _FIRST_SINCE.match(folded, e))):
            ordinal = found[2]
            spans["ordinal"] = (found[0], found[1])
            s, e = min(s, found[0]), max(e, found[1])  # "the 12th Mekong-ROK ...": the mention starts at its ordinal
        if level == "other" and _AT_MINISTER_LEVEL.match(folded, e):
            level = "ministerial"  # "Hội nghị Ủy ban Điều phối chung ... CLV (lần thứ 14) cấp Bộ trưởng"
        twins = _coordinated_editions(folded, Mention(fw, level, ordinal, s, e, spans), found, ordinals) if ordinal else []
        if ordinal is not None and not twins:
            twins = _coordinated_framework_editions(folded, e, lv, fws, ordinals, used_fw)
        if ordinal is not None and not twins and not vi_first:
            twins = _framework_editions_before(folded, s, lv, fws, ordinals, used_fw)
        if ordinal is None:
            twins = _coordinated_frameworks(folded, pick, lv, fws, used_fw)
        # "các hội nghị thượng đỉnh GMS trước đây", "những hội nghị ... trước đây": the earlier ones
        earlier = ordinal is None and _SEVERAL_BEFORE.search(folded, max(0, lv.start - 8), lv.start) and _OTHER_AFTER.match(folded, e)
        if (is_plural(folded, lv) or earlier) and not twins and (ordinal is None or folded[lv.end - 1] == "s"):
            # "Mekong-Japan summits" in general; "the 44th and 45th ASEAN Summits" are two; "chuỗi Hội nghị X lần thứ 54": one
            leftover.append(lv)
            continue
        if (
            ordinal is None
            and _NAME_ENDS.match(folded, e)
            and any(m.framework == fw and _NAMED_AGAIN.fullmatch(folded, m.end, s) for m in mentions)
        ):
            continue  # "the 12th Mekong-Republic of Korea Foreign Ministers' Meeting, or MKC-FMM,": its short name
        mentions.append(Mention(fw, level, ordinal, s, e, spans))
        mentions += twins  # editions or frameworks named together with this one
    for f in fws:
        fw, implied = f.value
        if id(f) in used_fw or implied is None or any(m.start <= f.start < m.end for m in mentions):
            continue
        if any(m.framework == fw and _NAMED_AGAIN.fullmatch(folded, m.end, f.start) for m in mentions) and _NAME_ENDS.match(folded, f.end):
            continue  # "the 57th ASEAN Foreign Ministers' Meeting (AMM)", "..., or MKC-FMM,": the same meeting's short name
        found = _ordinal_near(folded, f.start, f.end, ordinals, True)
        meets = _MEETS.match(folded, f.end)
        if found is None and implied not in ("summit", "foreign_ministers") and (meets is None or _HABITUAL.match(folded, meets.end())):
            continue  # "the MRC Council" is a body, and "meets once a year" says what it does; "the MRC Council will meet" a meeting
        spans = {"framework": (f.start, f.end), "level": (f.start, f.end)}
        if found:
            spans["ordinal"] = (found[0], found[1])
        mentions.append(Mention(fw, implied, found[2] if found else None, f.start, f.end, spans))
    if folded[start:end].rstrip().endswith((".", "!", "?")):  # a sentence, not a headline in a row of links
        mentions += _people_meetings(folded, fws, ordinals, leftover, used_fw, mentions)
        mentions += _founding_meetings(folded, fws, ordinals, leftover, used_fw, mentions, end)
    for sr in series:
        fw, level, n = sr.value
        near = next(
            (
                m
                for m in mentions
                if m.framework == fw
                and 0 <= sr.start - m.end <= 45
                and ("(" in folded[m.end : sr.start + 1] or _NAMED_AGAIN.fullmatch(folded, m.end, sr.start))
            ),
            None,
        )
        if near is not None:
            if near.ordinal is None:
                near.ordinal = n
                near.spans["ordinal"] = (sr.start, sr.end)
            continue
        if any(m.start <= sr.start < m.end for m in mentions):
            continue
        # "Hội nghị Cấp cao GMS 6": the level words before the short form are part of the mention
        cue = next((lv for lv in leftover if lv.end <= sr.start and not folded[lv.end : sr.start].strip()), None)
        if cue is not None:
            leftover.remove(cue)
        s = cue.start if cue else sr.start
        mentions.append(
            Mention(
                fw,
                level,
                n,
                s,
                sr.end,
                {"framework": (sr.start, sr.end), "level": (s, sr.end), "ordinal": (sr.start, sr.end)},
            )
        )
        mentions[-1].spans["series"] = (sr.start, sr.end)
    for m in mentions:  # "the ASEAN Plus Three summit on Saturday, the 25th in the series"
        if m.ordinal is not None:
            continue
        o = next((o for o in ordinals if o.start > m.end and _APPOSED.fullmatch(folded, m.end, o.start)), None)
        if o is not None and _APPOSED_AFTER.match(folded, o.end):
            m.ordinal, m.spans["ordinal"] = o.value, (o.start, o.end)
    listed = _editions_listed(folded, levels, fws, ordinals, used_fw)
    if listed:  # "các Hội nghị Cấp cao ASEAN với các đối tác, gồm: ...": the level heads the list, it is no meeting itself
        heads = {m.spans["level"] for m in listed}
        mentions = [m for m in mentions if m.spans["level"] not in heads] + listed
    mentions += _partner_mentions(text, folded, mentions, end)
    mentions += _held_with_partners(text, folded, fws, leftover, end)
    mentions.sort(key=lambda m: m.start)
    hosts = host_lexicon().spans(folded, text, start, end)
    # a host, and the editions named with it ("bên lề Hội nghị cấp cao ASEAN lần thứ 28 và 29": both)
    host_levels = {m.spans["level"] for m in mentions if after_host(folded, hosts, m.start)}
    for m in mentions:
        m.host = m.spans["level"] in host_levels
        m.other_edition = _NEXT_INSIDE.search(folded, m.start, m.end) is not None or bool(
            _FUTURE.search(folded, max(start, m.start - 12), m.start) or _FUTURE_AFTER.match(folded, m.end)
        )
    return mentions, leftover


# people of a framework who meet: "các Bộ trưởng Ngoại giao Mê Công – Hàn Quốc nhóm họp lần thứ 9",
# "Mekong-Korea foreign ministers met in Bangkok", "Leaders of the Lancang-Mekong countries met"
_PEOPLE = (
    r"(?P<fm>bo truong ngoai giao|ngoai truong|foreign ministers)|(?P<summit>nha lanh dao|lanh dao|leaders|prime ministers)"
    r"|(?P<senior_officials>quan chuc cao cap|senior officials)|(?P<minister>bo truong|ministers)"
)
_PEOPLE_BEFORE = re.compile(
    rf"\b(?:cac\s+)?(?:{_PEOPLE})\s+(?:(?:cua|of|from)\s+)?(?:the\s+|cac nuoc\s+)?(?:(?:two|three|four|five|six|seven)\s+)?$"
)
# a sector may stand before the ministers: "a meeting of GMS environment ministers"
_SECTOR = r"(?:(?:environment|economic|trade|energy|agriculture|transport|tourism|finance|health|water resources)\s+)?"
_PEOPLE_AFTER = re.compile(rf"\s+{_SECTOR}(?:{_PEOPLE})\b")
_MEETING_OF = re.compile(r"\b(?:a|an|the)\s+(?P<what>meeting|gathering)\s+of\s+(?:the\s+)?$")
_PEOPLE_MET = re.compile(
    r"(?:\s+(?:member\s+)?(?:countries|nations))?(?:\s*,\s*who)?\s+(?:will\s+|would\s+|da\s+|se\s+|also\s+|had\s+|have\s+)?"
    r"(?P<verb>met|meet|(?:are|were) meeting|gathered|convened|nhom hop|hop|gap nhau|held their|hold their)\b"
    r"(?:\s+(?:for\s+(?:the|their)\s+)?)?"
)

# "The Mekong River Commission ...; its leaders have met only three times at summit level"
_ITS_PEOPLE = re.compile(rf"[^.:]{{0,160}}?\b(?:its|their)\s+(?:{_PEOPLE})\b")


def _level_of_people(fw: str, people: re.Match[str]) -> str | None:
    who = people.lastgroup
    return level_for(fw, "minister", None) if who == "minister" else "foreign_ministers" if who == "fm" else who


def _people_meetings(
    folded: str, fws: list[Span], ordinals: list[Span], leftover: list[Span], used: set[int], mentions: list[Mention]
) -> list[Mention]:
    """A meeting told by who meets: a framework's foreign ministers, leaders or senior officials and a
    meeting verb, with the edition said right after ("... nhóm họp lần thứ 9", "held their ninth meeting")."""
    out: list[Mention] = []
    for f in fws:
        if id(f) in used or f.value[1] is not None or any(m.start <= f.start < m.end for m in mentions):
            continue
        people = _PEOPLE_BEFORE.search(folded, max(0, f.start - 40), f.start)
        met = _PEOPLE_MET.match(folded, f.end) if people else None
        if met is None and (people := _PEOPLE_AFTER.match(folded, f.end) or _ITS_PEOPLE.match(folded, f.end)):
            met = _PEOPLE_MET.match(folded, people.end())
            # "The summit followed a meeting of Mekong-Japan foreign ministers in Singapore"
            met = met or (_MEETING_OF.search(folded, max(0, f.start - 30), f.start) if people.re is _PEOPLE_AFTER else None)
        if met is None or people is None or (met.re is _PEOPLE_MET and _HABITUAL.match(folded, met.end("verb"))):
            continue  # "LMC foreign ministers meet every year" is what they do
        level = _level_of_people(f.value[0], people)
        spans = {"framework": (f.start, f.end), "level": people.span(people.lastgroup)}
        if met.re is _MEETING_OF:
            leftover[:] = [lv for lv in leftover if not met.start() <= lv.start < met.end()]
            out.append(Mention(f.value[0], level, None, met.start("what"), people.end(), spans))  # type: ignore[arg-type]
            continue
        ordinal, end = None, met.end()
        o = next((o for o in ordinals if o.start == met.end()), None)
        if o is not None:
            ordinal, end, spans["ordinal"] = o.value, o.end, (o.start, o.end)
            lv = next((lv for lv in leftover if re.fullmatch(r"\s+", folded[o.end : lv.start])), None)  # "their ninth meeting"
            if lv is not None:
                leftover.remove(lv)
                end = lv.end
        out.append(Mention(f.value[0], level, ordinal, min(people.start(), f.start), end, spans))  # type: ignore[arg-type]
    return out


# a framework founded at a meeting: "The LMC (framework) was launched at a leaders' summit in Sanya in March 2016", "The LMI
# itself dated back to July 2009, when Clinton met the foreign ministers of ...", "LMI ra đời tại cuộc gặp giữa ..."
_FOUNDED = re.compile(
    r"(?:\s*\([^()]{1,40}\))?"
    # "the LMI, which then-Secretary of State Clinton launched in July 2009 at a meeting with ..."
    r"(?:,\s+which\s+[^.;:,]{1,60}?\s+(?:launched|unveiled|founded|initiated|inaugurated|created|established|set up|formed)"
    r"|(?:\s+(?:cooperation|framework|mechanism|process|grouping|partnership|initiative|co che))?\s+(?:itself\s+|chinh thuc\s+)?"
    r"(?:(?:was|were|had been|has been)\s+(?:officially\s+|formally\s+|first\s+)?"
    r"(?:launched|unveiled|born|founded|established|set up|created|initiated|inaugurated|formed|started)"
    r"|(?:dated|dates|dating) back to|traces its (?:roots|origins) to"
    r"|(?:da\s+|duoc\s+|chinh thuc\s+)*(?:khoi xuong|khoi dong|thanh lap|ra doi|hinh thanh|bat dau)))\b"
)
# "Pompeo and the Mekong foreign ministers launched the Mekong-U.S. Partnership at a virtual meeting"
_LAUNCHED = re.compile(r"\b(?:launch(?:ed)?|unveil(?:ed)?|inaugurated|khoi xuong|khoi dong)\s+(?:the\s+|hop tac\s+|co che\s+)?$")
# "co-chaired a virtual foreign ministers' meeting on September 11 to launch the ...", "a meeting that launched the ..."
_MEETING_THAT = re.compile(r"(?:\s+(?:on|in)\s+[\w ]{1,25}?)?\s+(?:that|which|to)\s+(?:[a-z]+ly\s+)?")
_LAUNCHERS = re.compile(rf"\b(?:{_PEOPLE})\b(?=[^.;:]*$)")  # who launched it, in the launching clause
_AT = r"\b(?:at|as|during|from|tai|trong|tu)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
# who met at a founding meeting: "a meeting of foreign ministers", "met the foreign ministers of", "cuộc gặp giữa ... các Bộ trưởng",
# "when foreign ministers of the six countries adopted ..."
_MET_WITH = re.compile(
    rf"(?:{_AT}(?:(?:first|inaugural|virtual|online|video|hybrid|special|informal)\s+){{0,2}}(?:meeting|session|cuoc gap|cuoc hop|hoi nghi)"
    r"|\b(?:met|sat down with|gathered)"
    r"|\b(?:when|khi)(?=\s+(?:the\s+|cac\s+)?(?:foreign ministers|leaders|ministers|bo truong|lanh dao)\b))\b"
    rf"[^.;:]{{0,60}}?\b(?:{_PEOPLE}|(?P<counterparts>(?:her|his|their)\s+counterparts))\b"
)
# whose counterparts met: "Secretary of State Clinton met her counterparts from ..." is a foreign ministers' meeting
_COUNTERPARTS_OF = re.compile(
    r"\b(?:(?P<fm>secretary of state|foreign minister|foreign secretary)|(?P<summit>prime minister|premier|president))\b(?=[^.;:]*$)"
)
_AT_LEVEL = re.compile(rf"{_AT}(?:\S+\s+){{0,2}}$")  # "at a leaders' summit", "at the first leaders' meeting"


def _founding_meetings(
    folded: str, fws: list[Span], ordinals: list[Span], leftover: list[Span], used: set[int], mentions: list[Mention], end: int
) -> list[Mention]:
    """The meeting a framework was launched at, named in the launching clause by its level or by who met there."""
    out: list[Mention] = []
    for f in fws:
        if id(f) in used or any(m.start <= f.start < m.end for m in mentions):
            continue
        founded = _FOUNDED.match(folded, f.end)
        launched = None if founded else _LAUNCHED.search(folded, max(0, f.start - 30), f.start)
        if not (founded or launched):
            continue
        after = founded.end() if founded else f.end
        semicolon = folded.find(";", f.end, end)
        stop = min([x.start for x in fws if x.start >= after] + ([semicolon] if semicolon != -1 else []) + [end])
        if any(after <= m.start < stop for m in mentions):
            continue  # "MGC được khởi xướng tại Hội nghị Bộ trưởng Ngoại giao MGC lần thứ nhất": named already
        level, span, first = None, None, None
        at = [lv for lv in leftover if after <= lv.start < stop and _AT_LEVEL.search(folded, max(0, lv.start - 40), lv.start)]
        if launched:
            at += [lv for lv in leftover if _MEETING_THAT.fullmatch(folded, lv.end, launched.start())]
        lv = next((lv for lv in at if not is_plural(folded, lv)), None)
        if launched:
            if lv is None:
                continue  # "launched the Mekong-U.S. Partnership" with no meeting it was launched at
            met = _LAUNCHERS.search(folded, max(0, launched.start() - 80), launched.start())
        else:
            met = _MET_WITH.search(folded, after, stop)
        if lv is not None and lv.value not in ("meeting", "minister"):
            level, span = lv.value, (lv.start, lv.end)
        elif met is not None:
            said = who = met.lastgroup
            if who == "counterparts":
                whose = _COUNTERPARTS_OF.search(folded, max(0, met.start() - 120), met.start())
                if whose is None:
                    continue
                who = whose.lastgroup
            level = level_for(f.value[0], "minister", None) if who == "minister" else "foreign_ministers" if who == "fm" else who
            # the mention starts at "meeting", "cuộc gặp"; the launchers' meeting is the one they launched it at
            span, first = ((lv.start, lv.end), None) if launched and lv else (met.span(said), met.start())
        elif lv is not None:
            level, span = level_for(f.value[0], lv.value, f.value[1]), (lv.start, lv.end)
        if level is None or span is None:
            continue
        spans = {"framework": (f.start, f.end), "level": span}
        ordinal = None
        o = next((o for o in ordinals if o.end <= span[0] and re.fullmatch(r"\s*(?:the\s+)?", folded[o.end : span[0]])), None)
        o = o or next((o for o in ordinals if span[1] <= o.start <= span[1] + 1), None)  # "Hội nghị Cấp cao lần thứ nhất"
        if o is not None:
            ordinal, spans["ordinal"] = o.value, (o.start, o.end)
        if lv is not None and (lv.start, lv.end) == span:
            leftover.remove(lv)
        used.add(id(f))
        bounds = [span[0], span[1], first or span[0], *((o.start, o.end) if o else ())]
        out.append(Mention(f.value[0], level, ordinal, min(bounds), max(bounds), spans))
    return out


# "It was launched at a leaders' meeting in Sanya", "Cơ chế này ra đời tại ...": what the sentence before named
_IT = re.compile(
    r"(?:it|this\s+[a-z]+|the\s+(?:framework|mechanism|grouping|initiative|partnership|process)|(?:co che|khuon kho|sang kien) nay)(?=\s)"
)


def founded_as_said_before(
    folded: str, start: int, end: int, fws: list[Span], before: list[Span], ordinals: list[Span], leftover: list[Span]
) -> list[Mention]:
    """The meeting a framework was launched at, said of it by a pronoun that opens the sentence or a clause after ":"
    or ";" - the framework the sentence names before it ("The LMC is young: it was launched at ..."), else the first
    the sentence before names."""
    for pos in [start] + [m.end() for m in _CLAUSE_OPENS.finditer(folded, start, end)]:
        it = _IT.match(folded, pos)
        fw = next((f for f in reversed(fws) if f.end <= pos), None) or (before[0] if before and pos == start else None)
        if it is None or fw is None:
            continue
        found = _founding_meetings(folded, [Span(it.start(), it.end(), fw.label, fw.value)], ordinals, leftover, set(), [], end)
        for m in found:
            m.spans["framework"] = (fw.start, fw.end)
        return found
    return []


_CLAUSE_OPENS = re.compile(r"[:;]\s*")


_WITH_PARTNERS = re.compile(r"\s+(?:voi|with)\s+(?:cac\s+)?(?:doi tac|nuoc|partners?|the)?\s*")
_LIST_SEP = re.compile(r"\s*(?:,|va|and)\s*")


def _partner_mentions(text: str, folded: str, mentions: list[Mention], end: int) -> list[Mention]:
    """ "các hội nghị cấp cao ASEAN với đối tác Mỹ, Trung Quốc, Nhật Bản": ASEAN+US, ASEAN+CN, ASEAN+JP; "the ASEAN Post
    Ministerial Conference with Japan": ASEAN+JP's alone (the ASEAN meeting, one of no number, is dropped)."""
    out: list[Mention] = []
    for m in list(mentions):
        if m.framework == "ASEAN":
            partners = _partners_listed(text, folded, _WITH_PARTNERS.match(folded, m.end, end), end, m.level, m.spans["level"], m)
            level = Span(*m.spans["level"], "level", m.level)
            if len(partners) == 1 and m.ordinal is None and not is_plural(folded, level):
                mentions.remove(m)
                partners[0].parent = None
            out += partners
    return out


def _held_with_partners(text: str, folded: str, fws: list[Span], leftover: list[Span], end: int) -> list[Mention]:
    """ "ASEAN held separate summits with China, Japan and South Korea": one ASEAN+partner summit each."""
    out: list[Mention] = []
    for lv in leftover:
        held = any(f.value[0] == "ASEAN" and _HELD.fullmatch(folded, f.end, lv.start) for f in fws)
        level = level_for("ASEAN", lv.value, None) if held and _several(folded, lv) else None
        if level is not None:
            out += _partners_listed(text, folded, _WITH_PARTNERS.match(folded, lv.end, end), end, level, (lv.start, lv.end), None)
    return out


_HELD = re.compile(
    r"\s+(?:also\s+)?(?:held|hosted|holds|hold|will hold|convened)\s+(?:separate\s+|its\s+|annual\s+)*"
    r"|\s+(?:da\s+|cung\s+|se\s+)*to chuc\s+(?:cac\s+|nhung\s+)?"
)


def _partners_listed(
    text: str, folded: str, pos: re.Match[str] | None, end: int, level: str, level_span: tuple[int, int], parent: Mention | None
) -> list[Mention]:
    """A meeting with each partner country listed at `pos` ("Mỹ, Trung Quốc, Nhật Bản")."""
    from mekong_tracker.annotate.places import place_lexicon

    out: list[Mention] = []
    while pos:
        place = next(iter(place_lexicon().spans(folded, text, pos.end(), end)), None)
        if place is None or place[0] != pos.end():
            break
        partner = f"ASEAN+{place[2][1]}"
        if partner in frameworks():
            spans = {"framework": place[:2], "level": level_span}
            out.append(Mention(partner, level, None, place[0], place[1], spans, parent=parent))
        pos = _LIST_SEP.match(folded, place[1], end)
    return out


def _coordinated_frameworks(folded: str, pick: Span, lv: Span, fws: list[Span], used: set[int]) -> list[Mention]:
    """ "hội nghị cấp cao GMS, ACMECS và CLMV", "the GMS, ACMECS and CLMV summits": one level,
    one meeting per framework named in a row with the one it was read with."""
    out: list[Mention] = []
    chain = [pick]
    while True:
        if pick.start > lv.start:  # level first: the names follow
            nxt = next((f for f in fws if f.start > chain[-1].end and _LIST_LINK.fullmatch(folded, chain[-1].end, f.start)), None)
        else:  # names first: they precede
            nxt = next((f for f in fws if f.end < chain[-1].start and _LIST_LINK.fullmatch(folded, f.end, chain[-1].start)), None)
        if nxt is None or id(nxt) in used or nxt.value[1] is not None:
            return out
        used.add(id(nxt))
        chain.append(nxt)
        level = level_for(nxt.value[0], lv.value, None)
        if level is not None:
            out.append(
                Mention(nxt.value[0], level, None, nxt.start, nxt.end, {"framework": (nxt.start, nxt.end), "level": (lv.start, lv.end)})
            )


def _coordinated_framework_editions(
    folded: str, pos: int, lv: Span, fws: list[Span], ordinals: list[Span], used: set[int], listed: bool = False
) -> list[Mention]:
    """ "Hội nghị Cấp cao ACMECS lần thứ 9, CLMV lần thứ 10 và CLV lần thứ 11": one level, one
    meeting per framework named in a row after the first, each with its own edition (`listed`:
    the row opens at `pos`, after "gồm:")."""
    out: list[Mention] = []
    while True:
        link = _LIST_LINK if out or not listed else _NO_LINK
        f = next((f for f in fws if f.start >= pos and link.fullmatch(folded, pos, f.start)), None)
        o = next((o for o in ordinals if f is not None and o.start >= f.end and _EDITION_GAP.fullmatch(folded, f.end, o.start)), None)
        level = level_for(f.value[0], lv.value, None) if f is not None and o is not None and f.value[1] is None else None
        if f is None or o is None or level is None or id(f) in used:
            # in a list, an item of a framework not tracked ("ASEAN - Ấn Độ lần thứ 21") is passed over
            skipped = next((x for x in ordinals if listed and out and 0 <= x.start - pos <= 60), None)
            if skipped is None or re.search(r"[.;]", folded[pos : skipped.start]):
                return out
            pos = skipped.end
            continue
        used.add(id(f))
        spans = {"framework": (f.start, f.end), "level": (lv.start, lv.end), "ordinal": (o.start, o.end)}
        out.append(Mention(f.value[0], level, o.value, f.start, o.end, spans))
        pos = o.end


def _framework_editions_before(folded: str, pos: int, lv: Span, fws: list[Span], ordinals: list[Span], used: set[int]) -> list[Mention]:
    """ "the 15th Mekong-Japan and the 12th Mekong-Republic of Korea foreign ministers' meetings": the editions of the
    frameworks named in a row before the one the level follows (`pos`: where that one's ordinal starts)."""
    out: list[Mention] = []
    while (link := _LINK_BEFORE.search(folded, max(0, pos - 12), pos)) is not None:
        f = next((f for f in fws if f.end == link.start() and id(f) not in used and f.value[1] is None), None)
        o = next((o for o in ordinals if f is not None and o.end <= f.start and not folded[o.end : f.start].strip()), None)
        level = level_for(f.value[0], lv.value, None) if f is not None and o is not None else None
        if f is None or o is None or level is None:
            break
        used.add(id(f))
        spans = {"framework": (f.start, f.end), "level": (lv.start, lv.end), "ordinal": (o.start, o.end)}
        out.insert(0, Mention(f.value[0], level, o.value, o.start, f.end, spans))
        pos = o.start
    return out


_LINK_BEFORE = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?$")
_EDITION_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?")
_NO_LINK = re.compile(r"\s*")
# "các Hội nghị Cấp cao ASEAN với các đối tác, gồm: ASEAN - Trung Quốc lần thứ 27, ...", "summits, including:"
_ROW_OPENS = re.compile(r"[^.;:]{0,40}?(?:(?:,\s*)?\b(?:bao gom|gom|including|namely)\s*:?|:)\s*")
_SEVERAL_BEFORE = re.compile(r"\b(?:cac|nhung)\s+$")


def _several(folded: str, lv: Span) -> bool:
    """Whether a level cue speaks of several meetings: "summits", "các hội nghị cấp cao"."""
    return is_plural(folded, lv) or _SEVERAL_BEFORE.search(folded, max(0, lv.start - 8), lv.start) is not None


def _editions_listed(folded: str, levels: list[Span], fws: list[Span], ordinals: list[Span], used: set[int]) -> list[Mention]:
    """Meetings listed after a plural level, each a framework with its edition ("các Hội nghị Cấp cao
    ASEAN với các đối tác, gồm: ASEAN - Trung Quốc lần thứ 27, ASEAN - Hàn Quốc lần thứ 25")."""
    out: list[Mention] = []
    for lv in levels:
        if _several(folded, lv):
            row = _ROW_OPENS.match(folded, lv.end)
            if row is not None:
                out += _coordinated_framework_editions(folded, row.end(), lv, fws, ordinals, used, listed=True)
    return out


_LIST_LINK = re.compile(r"\s*(?:,|va|and)\s*|\s*,\s*(?:va|and)\s*")


def _coordinated_editions(folded: str, m: Mention, found: tuple[int, int, int], ordinals: list[Span]) -> list[Mention]:
    """ "the 44th and 45th ASEAN Summits", "lần thứ 44 và 45": one more meeting per edition, same span."""
    o_start, o_end, _ = found
    values: list[tuple[int, tuple[int, int]]] = []  # each edition, and where its ordinal stands
    if o_start >= m.spans["level"][0]:
        while twin := _AND_NUMBER.match(folded, o_end):  # "lần thứ 44 và 45", "lần thứ nhất và lần thứ hai"
            named = next((o for o in ordinals if o.start == twin.end()), None)
            if twin.group(1):
                values.append((int(twin.group(1)), twin.span(1)))
                o_end = twin.end()
            elif named:
                values.append((named.value, (named.start, named.end)))
                o_end = named.end
            else:
                break
    values += [(o.value, (o.start, o.end)) for o in ordinals if o.end <= o_start and _AND.fullmatch(folded, o.end, o_start)]
    return [Mention(m.framework, m.level, value, m.start, m.end, {**m.spans, "ordinal": at}) for value, at in values]


# an edition in apposition: "..., the 26th gathering of its kind", "..., the 25th in the series", "..., the 26th such meeting",
# "The Mekong-Japan Summit Meeting, the 12th of its kind"
_APPOSED = re.compile(r"(?:\s+meeting)?(?:\s+(?:on|in|held|last|this)\s+[^,;.()]{1,30}?)?\s*,\s*the\s+")
_APPOSED_AFTER = re.compile(r"\s*(?:,|such\b|gathering\b|edition\b|meeting\b|summit\b|in the series\b|of its kind\b|iteration\b)")
_AND_NUMBER = re.compile(r"\s*(?:,|va|and)\s*(?:(?=lan thu\s)|(\d{1,3})(?![\d/]|\.\d))")  # after "lần thứ 44": "và 45", "và lần thứ 45"
_AND = re.compile(r"\s*(?:,|and|va)\s*")  # "the 44th and 45th"
_NAMED_AGAIN = re.compile(r"\s*\(\s*|\s*,\s*(?:or|also known as|known as|hay|goi tat la|viet tat la)\s+")
_NAME_ENDS = re.compile(r"\s*[),;.]")
# "the first Mekong-Japan summit for Suga": his first, not the first edition
_PERSONAL = re.compile(r"\s+for\s+(?:him|her|them|the new|[A-Z])")
_NEXT_INSIDE = re.compile(r"\b(?:tiep theo|sap toi)\b")  # "Phiên họp thường niên tiếp theo của Hội đồng MRC"
_MEETS = re.compile(
    r"(?:,[^,.;]{0,100},)?"  # "The MRC Council, which brings together the ministers ..., is due to hold its annual meeting"
    r"\s+(?:will\s+|would\s+|se\s+|da\s+|is due to\s+|is to\s+)?(?:meet|meets|met|convene|convenes|convened|hop"
    r"|hold its(?:\s+\w+)? (?:meeting|session)|holds its(?:\s+\w+)? (?:meeting|session)|held its(?:\s+\w+)? (?:meeting|session))\b"
)
_FIRST_SINCE = re.compile(r"\s+(?:since|in\s+(?:\w+\s+){1,2}(?:years|months|decades))\b")
HABITUALLY = r"moi nam|hang nam|every year|each year|once a year|twice a year|annually|regularly"  # what people do, no meeting
_HABITUAL = re.compile(rf"\s+(?:{HABITUALLY}|mot nam)")
_FUTURE = re.compile(r"\b(?:next|upcoming|coming|forthcoming)\s+$")
_FUTURE_AFTER = re.compile(r"\s*(?:tiep theo|sap toi|toi)\b")


def anaphoric_mentions(folded: str, leftover: list[Span], ordinals: list[Span], framework: str, topic_level: str) -> list[Mention]:
    """A level cue with an ordinal but no name ("the third summit", "phiên họp lần thứ 16",
    "the previous summit, the seventh"), or said to be another edition ("the previous
    summit", "Hội nghị lần trước"): the framework is the one the article is about."""
    out = []
    for lv in leftover:
        after = next((o for o in ordinals if o.start >= lv.end and _follows(folded, lv.end, o)), None)
        before = next((o for o in ordinals if o.end <= lv.start and _SUCH.fullmatch(folded, o.end, lv.start)), None)
        o = after or before
        if o is not None and lv.value == "meeting" and any(_SUCH.fullmatch(folded, o.end, x.start) for x in leftover if x is not lv):
            continue  # "Hội nghị lần thứ 27 Nhóm Tư vấn các Đối tác phát triển": the level the words after the ordinal say
        other = names_other_edition(folded, lv)
        if o is None and not other:
            continue
        level = level_for(framework, lv.value, None) or topic_level
        s, e = (min(lv.start, o.start), max(lv.end, o.end)) if o else (lv.start, lv.end)
        spans = {"framework": (lv.start, lv.end), "level": (lv.start, lv.end)}
        if o:
            spans["ordinal"] = (o.start, o.end)
        out.append(Mention(framework, level, o.value if o else None, s, e, spans, anaphoric=True, other_edition=bool(other)))
    return out + _enumerated_editions(folded, leftover, ordinals, framework, topic_level, {id(m) for m in out})


def _enumerated_editions(
    folded: str, leftover: list[Span], ordinals: list[Span], framework: str, topic_level: str, used: set[int]
) -> list[Mention]:
    """Editions named by their ordinal alone after a level cue that speaks of several or of
    another one: "three summits: the first in Hua Hin in 2010, the second in ...", "the
    previous summit ..., while the first was hosted by Thailand", "ba hội nghị: lần thứ
    nhất tại ..."."""
    out: list[Mention] = []
    taken = {o.start for o in ordinals if any(lv.end <= o.start and _follows(folded, lv.end, o) for lv in leftover)}
    for lv in leftover:
        if not (is_plural(folded, lv) or _SEVERAL.search(folded, max(0, lv.start - 12), lv.start) or names_other_edition(folded, lv)):
            continue
        level = level_for(framework, lv.value, None) or topic_level
        for o in ordinals:
            if o.start > lv.end and o.start not in taken and _ELLIPTIC_BEFORE.search(folded, max(0, o.start - 6), o.start):
                if _ELLIPTIC_AFTER.match(folded, o.end):
                    spans = {"framework": (lv.start, lv.end), "level": (lv.start, lv.end), "ordinal": (o.start, o.end)}
                    out.append(Mention(framework, level, o.value, o.start, o.end, spans, anaphoric=True))
                    taken.add(o.start)
                    # "ba hội nghị gần nhất - lần thứ 10, 11 và 12": the bare numbers after it, one edition each
                    twins = _coordinated_editions(folded, out[-1], (o.start, o.end, o.value), ordinals)
                    out += [replace(t, anaphoric=True) for t in twins if t.spans["ordinal"][0] >= o.end]
    return out


def bare_editions(folded: str, start: int, ordinals: list[Span]) -> list[Span]:
    """Editions named by their ordinal alone, the first opening the sentence ("The first took
    place in Hua Hin in 2010, the second in ...", "Lần thứ nhất diễn ra tại ...")."""
    editions = [
        o for o in ordinals if _ELLIPTIC_BEFORE.search(folded, max(0, o.start - 6), o.start) and _ELLIPTIC_AFTER.match(folded, o.end)
    ]
    opens = _OPENS_WITH.fullmatch(folded, start, editions[0].start) if editions else None
    if opens is None or (folded.startswith(",", editions[0].end) and not opens.group("article")):
        return []  # "Second, agreed to ...": a list's marker, no edition; "A fourth, which Laos is to host, ...": one
    return editions


def continued_editions(editions: list[Span], series: Mention) -> list[Mention]:
    """Bare editions of the series of the meeting the sentence before spoke of."""
    spans = {"framework": series.spans["framework"], "level": series.spans["level"]}
    return [
        Mention(series.framework, series.level, o.value, o.start, o.end, {**spans, "ordinal": (o.start, o.end)}, anaphoric=True)
        for o in editions
    ]


def following_editions(folded: str, mentions: list[Mention], ordinals: list[Span]) -> list[Mention]:
    """Editions named by their ordinal alone in later clauses, each one step on from the edition
    before ("Hội nghị cấp cao lần thứ nhất diễn ra tại Tam Á năm 2016, còn lần thứ hai ở Phnom
    Penh", "The first LMC leaders' meeting was held in Sanya, the second in Phnom Penh")."""
    for m in mentions:
        first = next((o for o in ordinals if m.ordinal is None and _LIST_OPENS.fullmatch(folded, m.end, o.start)), None)
        if first is not None:  # "6 Hội nghị Cấp cao ACMECS: lần thứ nhất tại Bagan (11/2003); lần thứ 2 ...": the list's first
            m.ordinal, m.spans["ordinal"] = first.value, (first.start, first.end)
    used = {m.spans.get("ordinal") for m in mentions}
    chain = [m for m in mentions if m.ordinal is not None]
    out: list[Mention] = []
    for o in ordinals:
        since = next((m for m in mentions if _SINCE_THE.fullmatch(folded, m.end, o.start)), None)  # "X since the 12th"
        last = since or max((m for m in chain if m.end <= o.start), key=lambda m: m.end, default=None)
        if (
            last is None
            or (o.start, o.end) in used
            # one step on, or any edition said to have been held ("..., and the seventh was held virtually in 2021")
            or (
                since is None
                and abs(o.value - last.ordinal) != 1  # type: ignore[operator]
                and not _HELD_AFTER.match(folded, o.end)
                and not _FOLLOWING_THE.search(folded, max(0, o.start - 16), o.start)  # "..., following the first in Jeju"
            )
            or o.value == last.ordinal
            or (since is None and not re.search(r"[,;:]|\b(?:va|and)\b", folded[last.end : o.start]))
            or not _ELLIPTIC_BEFORE.search(folded, max(0, o.start - 6), o.start)
            or not (_ELLIPTIC_AFTER.match(folded, o.end) or folded.startswith("thu ", o.start))  # "..., thứ ba và thứ tư lần lượt"
        ):
            continue
        spans = {"framework": last.spans["framework"], "level": last.spans["level"], "ordinal": (o.start, o.end)}
        # an edition looked back to ("since the sixth") is not the one spoken of next
        edition = Mention(last.framework, last.level, o.value, o.start, o.end, spans, anaphoric=True, other_edition=since is not None)
        out.append(edition)
        chain.append(edition)
    return out + _ranges(folded, chain, ordinals)


def _ranges(folded: str, editions: list[Mention], ordinals: list[Span]) -> list[Mention]:
    """The editions a range names between its ends ("Các Hội nghị Cấp cao từ lần thứ hai đến lần thứ bảy",
    "the second to the seventh summits"): those after one end, up to the other."""
    out = []
    for m in editions:
        a, b = m.spans.get("ordinal", (m.start, m.start))
        for o in ordinals:
            if _RANGE.fullmatch(folded, o.end, a):
                low, high = o.value, m.ordinal or 0
            elif _RANGE.fullmatch(folded, b, o.start):
                low, high = m.ordinal or 0, o.value
            else:
                continue
            if 0 < high - low <= MAX_RANGE:
                at = (min(a, o.start), max(b, o.end))
                spans = {"framework": m.spans["framework"], "level": m.spans["level"], "ordinal": at}
                out += [Mention(m.framework, m.level, n, *at, spans, anaphoric=True) for n in range(low, high + 1) if n != m.ordinal]
    return out


_LIST_OPENS = re.compile(r"\s*:\s*")
_RANGE = re.compile(r"\s*(?:den|toi|to|through|[-–])\s*(?:the\s+)?")  # "lần thứ hai đến lần thứ bảy", "second to seventh"
MAX_RANGE = 20  # editions a range may span
# "X since the 12th", "the first in-person GMS summit since Hanoi hosted the sixth"
_SINCE_THE = re.compile(r"\s+since\s+(?:(?:[a-z'’-]+\s+){1,3}?(?:hosted|held|convened|chaired)\s+)?the\s+")
# "- Lần thứ hai: Côn Minh, năm 2005;", "- and the seventh, held virtually in 2021": a list's item
# "Previous editions were: the first in Hua Hin ...", "Các kỳ trước: lần thứ nhất tại ..."
_OPENS_WITH = re.compile(
    r"\s*(?:(?:(?:the\s+)?(?:previous|earlier|past)\s+(?:editions|ones|summits|meetings)|cac (?:ky|lan|hoi nghi) truoc)[^:.;]{0,30}:\s*)?"
    r"(?:[-•*+–■▪◆●►▶]\s*)?(?:[^|\n]{1,25}\|\s*)?(?:(?:and|va)\s+)?(?P<article>the\s+|a\s+)?"  # "■ 23/3/2016 | Lần thứ nhất |"
)
# not "sau" (sáu, six): "sau hội nghị" is "after the meeting"
_SEVERAL = re.compile(r"\b(?:\d{1,2}|hai|ba|bon|nam|cac|nhieu|two|three|four|five|six|several)\s+$")
_ELLIPTIC_BEFORE = re.compile(r"(?:\bthe\s+|^|[\s:;,(])$")  # "the first", "lần thứ nhất" (the ordinal holds "lần")
_FOLLOWING_THE = re.compile(r"\b(?:following|after)\s+the\s+$")
_HELD_AFTER = re.compile(
    r"\s+(?:was held|took place|was hosted|is expected to take place|is expected to be held|will take place|will be held"
    r"|is to be held|is due to be held|duoc to chuc|dien ra|se dien ra|se duoc to chuc)\b"
)
_ELLIPTIC_AFTER = re.compile(
    r"(?:\s+edition)?\s+(?:in|at|was|were|is expected|will|held|took|hosted|that|which|tai|o|do|duoc|dien ra|se|nam|va|and)\b"
    r"|\s*[,;:|]|\s+-\s"  # "Lần thứ nhất: ...", "• First – 7 November 2009, ...", "23/3/2016 | Lần thứ nhất | Tam Á"
)


def names_other_edition(folded: str, level: Span) -> bool:
    """Whether a level cue is said to be another edition: "the previous summit", "Hội nghị lần trước"."""
    return bool(_OTHER_BEFORE.search(folded, max(0, level.start - 20), level.start) or _OTHER_AFTER.match(folded, level.end))


def _follows(folded: str, end: int, o: Span) -> bool:
    """The ordinal comes right after the level ("phiên họp lần thứ 16", a range's "Hội nghị từ lần thứ hai"), or
    stands alone in apposition ("the previous summit, the seventh, was")."""
    gap = folded[end : o.start].strip()
    return gap in ("", "tu") or bool(_APPOSITION.fullmatch(folded, end, o.start) and _ALONE.match(folded, o.end))


_SUCH = re.compile(r"\s*(?:such\s+)?")  # "the 10th such meeting"
_APPOSITION = re.compile(r"\s*,\s*the\s+")
_ALONE = re.compile(r"\s*[,;.)]")
_OTHER_BEFORE = re.compile(
    r"\b(?:previous|preceding|last|next|upcoming|coming|last year's)"
    r"(?:\s+(?:such|in-person|in person|face-to-face|virtual|online|physical))?\s+$"
)  # "The last in-person leaders' summit was held in Phnom Penh", "adopted at last year's summit in Tokyo"
_OTHER_AFTER = re.compile(
    r"\s+(?:lan truoc|truoc do|truoc day|lan toi|tiep theo|sap toi|nam ngoai|nam truoc(?! do)"
    r"|truoc(?=\s+(?:da|duoc|dien ra|to chuc)\b))\b"  # "Các kỳ Hội nghị trước đã được tổ chức tại ..."
)
