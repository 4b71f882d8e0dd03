"""Places from the gazetteer (vocab/places.toml), flagged when they are a venue.

A place is a venue ("locative") when "tại", "ở", "in", "at" (with "thủ đô",
"the capital of" ...) stands before it, when it hosts ("Lào sẽ đăng cai", "Laos will
host"), when it follows a venue ("tại Vientiane, Lào",
"in Vietnam's central Da Lat city"), or when it opens the article as a dateline.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mekong_tracker.doc import Span
from mekong_tracker.vocab import Lexicon, load

_LOCATIVE = re.compile(
    r"(?:\b(?:tai|o|in|at|hosted by|host|sang|toi|(?:travell?ed|travell?ing|travels|flew|flies|flying|went|heads?|heading|headed|came) to"
    r"|(?:depart|departs|departed|departing|leave|leaves|left) for"
    r"|(?:pencill?ed in|slated|scheduled|planned) for"  # "the 48th ASEAN Summit is pencilled in for Cebu in May"
    r"|welcomed?(?: [\w']+){0,6} to|chao mung(?: \w+){0,8} den)\s*[(:]?\s*"  # a host's speech: "I warmly welcome you to Siem Reap"
    r"(?:(?:thu do|co do|thanh pho(?: co| cang| bien| nghi duong| du lich)?|tp\.?|khu nghi (?:duong|mat)|tinh|dao"
    r"|the capital(?: city)? of|the city of|city of|capital|central|northern|southern|the resort (?:city|island) of|the|a|vietnam's central"
    r"|(?:the\s+)?(?:[a-z]+\s+){0,3}(?:city|capital|province|island|town) of"
    r"|(?:the\s+)?(?:[a-z]+\s+){0,2}capital(?: city)?,)\s+)*)$"  # "in the Lao capital, Vientiane"
)
# "tại Trung tâm Hội nghị Quốc gia, Hà Nội": a venue building, then the city (or "thủ đô Phnôm Pênh")
_BUILDING = re.compile(
    r"\b(?:tai|o|in|at)\s+(?:the\s+)?(?:trung tam|nha|khach san|cung|hoi truong|convention|international|national)[^.;,()]{0,50}[,(]\s*"
    r"(?:(?:thu do|thanh pho|tp\.?|the capital(?: city)?(?: of)?)\s+)?$"  # "..., thủ đô Phnôm Pênh"
)
# "at IMPACT Muang Thong Thani, Nonthaburi": a venue of a name of its own, then its city
_NAMED_VENUE = re.compile(r"\b(?:at|tại)\s+(?:the\s+)?(?:[A-ZĐ][\w'’&-]*\s+){1,5}[A-ZĐ][\w'’&-]*,\s*$")
# "(đặt tại Hàn Quốc)", "based in Seoul", "một công ty chứng khoán tại TP.HCM": where a body sits, not where a meeting is
# "Theo phóng viên TTXVN tại Yangon", "our correspondent in Hanoi": where the reporter is, "Thông cáo ... phát tại Niu Đê-li": where a
# statement was issued; "as the upper Mekong is known in China": where a name is used
# "originally planned to take place in Hanoi", "ban đầu dự kiến tổ chức tại Hà Nội": where it was not;
# "developments in Myanmar", "tình hình tại Myanmar": what was discussed; "chuẩn bị cho cuộc gặp cấp cao tại Tokyo": where
# what is prepared will be; "mở rộng tuyến đường này tới Lào": where a road is extended to
_SEAT = re.compile(
    r"\b(?:dat tai|dat o|tru so tai|tru so o|based in|headquartered in|located in"
    r"|museum in|(?:originally|initially)(?: \w+){1,5} in|(?:ban dau|luc dau) (?:du kien|dinh)(?: \w+){0,4} (?:tai|o)"
    r"|(?:developments?|situation|crisis|conflict|tensions?|violence|tinh hinh|khung hoang|xung dot) (?:in|tai|o)"
    r"|phong vien(?: \w+){0,3} tai|(?:thong cao|tuyen bo|thong bao)(?: \w+){0,6} phat tai"
    r"|correspondent(?: \w+){0,2} in|reporter(?: \w+){0,2} in|(?:is|are) (?:known|called) in"
    r"|chuan bi cho(?: \w+){1,5} (?:tai|o)|(?:to prepare for|preparing for|in preparation for)(?: \w+){1,5} in"
    r"|(?:mo rong|keo dai|noi dai|ket noi)(?: \w+){0,4} toi"
    r"|\b(?:cong ty|ngan hang|company|firm|bank|brokerage)(?: [\w.]+){0,4} (?:tai|o|in))\s*$"
)
# "Thái Lan đăng cai Hội nghị ...", "Laos will host the ...": a host named before its meeting
# "Hà Nội là nơi diễn ra ...", "Hà Nội đón lãnh đạo ... dự ...", "Viêng Chăn đã đón Hội nghị ...", "Bangkok played host to ...",
# "... was the venue of ..."
_HOSTS = re.compile(
    # "Vietnam, which takes over the ASEAN chairmanship in 2020, will host ...", not "do Việt Nam, Chủ tịch ASEAN, tổ chức trực tuyến"
    # "Xishuangbanna's capital, Jinghong, hosted ...": a city in apposition
    r"(?:\s*,(?:[^.;,\n]{3,90},)?(?=\s+(?:se\s+|will\s+)?(?:dang cai|host|hosts|hosted)\b))?"
    r"\s+(?:itself\s+)?(?:se\s+|da\s+|will\s+|is to\s+|to\s+)?(?:nhan\s+)?(?:dang cai|to chuc|host|hosts|hosted|chu nha"
    r"|la noi (?:dien ra|to chuc)|don lanh dao|don (?:cac )?(?:hoi nghi|phien hop|cuoc hop)"
    r"|played host|plays host|was the venue|is the venue|will be the venue"
    r"|welcome[ds]? (?:\w+ ){0,5}(?:leaders|ministers|delegates|delegations|officials)\b[^.;\n]{0,60}\bfor)\b"
)
# "with Vietnam to host the next one": where a meeting named by no word of its own will be (not "the next summit")
_NEXT_ONE = re.compile(r"\s+(?:the\s+)?(?:next|following)\s+(?:one|time)\b")
# "Việt Nam sẽ phối hợp với Nhật Bản tổ chức ...": a co-organiser, no venue
_CO_ORGANISER = re.compile(r"\b(?:phoi hop voi|cung voi|together with|jointly with|along with)\s*$")
_CITY_OF_COUNTRY = re.compile(
    r"(?:\b[Tt]ại|\b[ỞởOo]|\b[Ii]n|\b[Aa]t)\s+(?:thành phố(?:\s+cổ|\s+cảng|\s+biển)?\s+|thủ đô\s+|the (?:ancient )?city of\s+)?"
    r"([A-ZĐ][\w'’-]+(?:[^\S\n]+[A-ZĐ][\w'’-]+){0,2}),\s*(?:(?:miền|vùng)\s+\w+\s+|(?:central|northern|southern|eastern|western)\s+|tỉnh\s+)?$"
)
_POSSESSIVE = re.compile(r"['’]s\s+(?![A-ZĐ]|central|northern|southern|eastern|western)")  # not "Busan's Haeundae district"
_DATELINE_TAIL = re.compile(r"[^\S\n]*\n|[^\n]{0,60}?(?:\s*:|\s\(|\s--?\s|\s[–—]\s)")
# "in Sanya and Phnom Penh", "tại Tam Á (Trung Quốc) năm 2016 và Phnom Penh", "tại Côn Minh (7/2005), Viêng Chăn (3/2008)",
# "tại Siem Reap (Campuchia, tháng 12/2016), Đại Lý ..."
_CITY_LIST = re.compile(
    r"^\s*(?:\([^()\n]{1,30}\)\s*)?(?:,[^()\n]{1,30})?\)?\s*(?:(?:nam|in)\s+(?:19|20)\d\d\s*)?(?:,\s*(?:(?:va|and)\s+)?|(?:va|and)\s+)$"
)
# "tại Hà Nội, Việt Nam", "in the Lao capital Vientiane"
_CHAIN = re.compile(r"^(?:\s*,\s*|\s*\(\s*|\s+cua\s+|\s+of\s+|'s\s+(?:central|northern|southern)?\s*|\s+-\s+|\s+capital(?: city)?,?\s+)$")


@lru_cache(maxsize=1)
def place_lexicon() -> Lexicon:
    table = load("places")
    entries: list[tuple[str, tuple[str | None, str]]] = []
    # cities first: "Singapore" is a city (and gives its country)
    for info in table["cities"].values():
        entries += [(name, ("city", info["country"])) for name in info["names"]]
    for code, info in table["countries"].items():
        entries += [(name, (None, code)) for name in info["names"]]
    for code, names in table["provinces"].items():
        entries += [(name, (None, code)) for name in names]
    return Lexicon(entries)


def find_places(folded: str, text: str, start: int, end: int) -> list[Span]:
    """'place' spans: value {'city': spelling or None, 'country': ISO code, 'venue': bool}."""
    out: list[Span] = []
    prev: Span | None = None
    for s, e, (kind, code) in place_lexicon().spans(folded, text, start, end):
        if not text[s].isupper():
            continue
        before = folded[max(start, s - 80) : s]
        hosts = _HOSTS.match(folded, e)
        hosts_this = hosts is not None and not _NEXT_ONE.match(folded, hosts.end()) and not _CO_ORGANISER.search(before)
        named_venue = kind is not None and _NAMED_VENUE.search(text, max(start, s - 60), s) is not None
        venue = bool(_LOCATIVE.search(before) or _BUILDING.search(before) or hosts_this or named_venue) and not _SEAT.search(
            folded, max(start, s - 60), s
        )
        if not venue and prev is not None and prev.value["venue"] and not prev.value["dateline"]:
            # "tại Hà Nội, Việt Nam"; a list of cities: "in Sanya and Phnom Penh", "tại Tam Á (Trung Quốc) năm 2016 và Phnom Penh"
            venue = bool(_CHAIN.match(folded[prev.end : s]) or (kind and _CITY_LIST.match(folded[prev.end : s])))
        dateline = not venue and s == start and text[s:e].isupper() and _DATELINE_TAIL.match(text, e) is not None
        # "KUALA LUMPUR:", "BUSAN, South Korea, Nov. 27, 2019 --": where the story was filed, a venue of last resort
        spelled = text[s:e].title() if text[s:e].isupper() and len(text[s:e]) > 3 else text[s:e]  # "VIENTIANE," -> Vientiane
        if kind is None and (prev is None or prev.end < s - 2):
            unknown = _CITY_OF_COUNTRY.search(text, max(start, s - 60), s)
            if unknown is not None:
                # "tại Bagan, Myanmar", "in Luang Prabang, Laos", "tại thành phố An Ninh, tỉnh Vân Nam": a city the gazetteer
                # lacks, named with its country or province
                city = {"city": unknown.group(1), "country": code, "venue": True, "dateline": False}
                out.append(Span(unknown.start(1), unknown.end(1), "place", city))
                venue = True
        span = Span(s, e, "place", {"city": spelled if kind else None, "country": code, "venue": venue or dateline, "dateline": dateline})
        out.append(span)
        prev = span
    for k, span in enumerate(out):
        # "progress in Seoul's seven priority areas": a possessive is no venue - unless a place follows
        if span.value["venue"] and _POSSESSIVE.match(text, span.end) and not (k + 1 < len(out) and out[k + 1].start - span.end < 25):
            span.value["venue"] = False
    return out
