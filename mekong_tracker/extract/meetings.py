"""Meetings of one article: mentions resolved to meetings, fields attached with evidence.

Per sentence, a field value goes to
- the meeting whose mention it follows in parentheses ("lần thứ nhất (11/2019 tại Busan)");
- else the nearest meeting mentioned before it, with those coordinated with it
  ("Hội nghị A và Hội nghị B diễn ra ngày 13/11");
- else, when it opens the sentence, every meeting the sentence names that is not
  only the host of the others ("Ngày 26/7, trong khuôn khổ AMM 57, ... dự Hội nghị X");
- in a sentence that names no meeting but refers back to one ("Hội nghị", "the
  ministers"), the meeting in focus; "the high-level meetings", the host last named.
In a sentence naming a meeting and its host, the day stated is the meeting's and the host
gets the month. Afterwards a meeting held on the sidelines of another, or named just after
"X and related meetings", takes X's place and month when it states none.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice, pairwise

from mekong_tracker.annotate.datelines import dateline_date, dateline_day, dateline_place, find_dateline, in_dateline_head, live_posts
from mekong_tracker.annotate.dates import SAME_DAY, WEEKDAY, dates_agree, find_dates
from mekong_tracker.annotate.documents import find_documents, titles_named_for_cities, titles_of_list_line
from mekong_tracker.annotate.formats import find_formats
from mekong_tracker.annotate.frameworks import find_frameworks, find_levels, frameworks, has_series, is_plural, most_named
from mekong_tracker.annotate.ordinals import find_ordinals
from mekong_tracker.annotate.people import find_chairs, speaker_chairing
from mekong_tracker.annotate.places import find_places
from mekong_tracker.clean.boilerplate import LEADING_MARKS
from mekong_tracker.clean.normalize import fold, match_key
from mekong_tracker.clean.sentences import fills_column
from mekong_tracker.doc import Doc, Span
from mekong_tracker.extract.claims import (
    LONGEST_RUN,
    SEVERAL_MEETINGS,
    Attr,
    build_claim,
    evidence,
    heading,
    holds,
    inherit,
    set_place,
    within,
)
from mekong_tracker.extract.mentions import (
    HABITUALLY,
    Mention,
    after_host,
    anaphoric_mentions,
    bare_editions,
    continued_editions,
    find_mentions,
    following_editions,
    founded_as_said_before,
    host_lexicon,
    level_for,
    meeting_cues,
    names_other_edition,
)
from mekong_tracker.extract.tables import table_rows
from mekong_tracker.models import Evidence, MeetingClaim
from mekong_tracker.vocab import Lexicon, load

_COORD = re.compile(r"(?:\s+(?:with|voi)(?:\s+[a-z][a-z'-]*){1,6}?)?[\s,;]*(?:(?:va|and|cung|as well as|cung nhu)\s+)?(?:cac\s+|the\s+)?")
# a number after these is a bound or an edition, not a date; "lần" is told from "Lan" (Thái Lan) in the stored text
_NOT_DATE = re.compile(r"\b(?P<w>den|toi|tu|until|till|by|since|giai doan|period|through|before|after|truoc|sau)\s*$")
_NOT_DATE_LOOKALIKES = frozenset({"tối", "sáu", "tư"})  # "tối cùng ngày" (evening), "thứ Sáu", "thứ Tư": no "tới", "sau", "từ"
_SINCE_BETWEEN = re.compile(r"\b(?:ke tu|since)\b")
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:khi|when)\b")
_FROM_DAY = re.compile(r"\b(?:tu|from)\s+$")  # "diễn ra từ 30/7 đến 1/8": a span of days, not "since"
# "..., officials said on Wednesday", "the ministry told reporters Friday", "cho biết hôm thứ Tư", "Họp báo thường kỳ Bộ
# Ngoại giao ngày 2/7": the day it was said
_SAID_ON = re.compile(
    r"(?:\b(?:said|says|told(?:\s+(?:reporters|journalists|the press))?|announced|cho biet|thong bao)"
    r"|\b(?:hop bao|press conference|press briefing)(?:\s+(?!hoi\b|meeting|summit)[a-z]+){0,6})"
    r"\s+(?:on\s+|hom\s+|vao\s+|later\s+|earlier\s+)?$"
)
# the lead's day is that of a meeting the next sentence reports, not of one to come or told at another time ("Li later co-chaired")
_ANOTHER_TIME = re.compile(
    r"\b(?:will|would|to be held|scheduled|expected|next|upcoming|later|earlier|previous(?:ly)?|last|ago|since"
    r"|se|sap|du kien|sau do|truoc do)\b"
)
LEAD_REACH = 14  # the lead is in the first sentences: after a headline, a menu, bylines, a summary's points
# "Li made the remarks when co-chairing X": X was held the day the sentence before tells
_REMARKS_MADE = re.compile(r"\bmade (?:the|these|his|her|their) (?:remarks|comments|statement|proposals?|call)\b")
# "Bộ Ngoại giao hôm nay thông báo", "the ministry on Tuesday announced": the day it was said, told after it
_SAID_AFTER = re.compile(r"\s+(?:thong bao|cho biet|said|announced|says)\b")
_PERSONAL_COUNT = re.compile(r"\b(?:his|her)\s+[a-z0-9]+\s+$")  # "attending his second ASEAN-ROK Summit"
_PRETEND = re.compile(r"\b(?:(?:any|all) future|mo phong(?: mot| cac)?|mock|simulated|simulation of(?: the| an?)?)\s+[\"“]?$")
# "Chiều 18/7, tại họp báo thường kỳ, ...", "Chiều 27/3, Bộ Ngoại giao tổ chức họp báo giới thiệu Hội nghị ...": the day of a
# briefing told between the date and the meeting (not one "after" the meeting)
_BRIEFING = re.compile(r"\b(?:hop bao|press conference|press briefing|news conference)\b(?!\s+(?:sau|after|following)\b)")
# a year that dates a chairmanship: "Chủ tịch ASEAN năm 2020", "the rotating chair of the Association of Southeast Asian Nations this year"
_CHAIR_TERM = re.compile(r"\b(?:chu tich|chairs?|chairmanship|chairman)\b(?:\s+[a-z]+){0,7}?\s+$")
_YEARS_CHAIR = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:chair|chairman|chairmanship|host)\b")  # "as this year's chair of ASEAN"
# "Vietnam, which takes over the rotating ASEAN chairmanship in January": when a country takes a chair, no meeting's month
_TAKES_OVER = re.compile(r"\b(?:takes? over|took over|assumes?|assumed|tiep quan|tiep nhan)\s+(?:[\w'’-]+\s+){1,5}$")
_CHAIRMANSHIP = re.compile(r"\s+(?:chairmanship|chairship|chair|presidency)\b")
_CHAIR_OF = re.compile(r"\b(?:chu tich|chair of|chairman of|chairmanship of|chair)\s+(?:the\s+)?$")
# a year that names a theme year: "the Year of Mekong-Korea Exchange in 2021", "Mekong-Japan Exchange Year 2009"
_THEME_YEAR = re.compile(r"\b(?:Year of(?: the| and)?(?: [A-Z][\w'’-]*)+|[A-Z][\w-]* Year)\s+(?:in\s+)?$")
# a year that names a treaty: "Hiệp định Mekong năm 1995", "the Mekong Agreement of 1995"
_TREATY_YEAR = re.compile(
    r"\b(?:hiep dinh|hiep uoc|hien chuong|cong uoc|agreement|treaty|charter|convention)(?: [\w-]+){0,3}(?: nam| of)?\s+$"
)
_IN_PLACE = re.compile(r"\s+(?:o|tai|in|at)\s+")
_SPACE = re.compile(r"\s+")
_WITH_ADOPTION = re.compile(r"\b(?:voi viec|with the)\s+(?:thong qua|ky|ban hanh|adoption of|signing of|issuance of)\s+(?:the\s+)?$")
# "... since the first meeting in Seoul in 2011, which adopted the Han River Declaration", "kể từ Hội nghị X (tháng 9/2020,
# trực tuyến) - nơi thông qua Kế hoạch ...": that meeting's title
_WHICH_ADOPTED = re.compile(
    r"(?:[^,.;()]|\([^()]{0,40}\)){0,40},?\s*(?:(?<=\s)[-–—]\s*)?(?:which|that|where|noi)\s+"
    r"(?:(?:also|the leaders|leaders|the ministers|ministers|they|da|cung)\s+)*"
    r"(?:adopted|issued|signed|endorsed|approved|thong qua|ky ket|ky|ban hanh)\s+(?:the\s+)?"
)
_SAME_DAY_AS = re.compile(r"\s+(?:as|voi)\b")
_INDEFINITE = re.compile(r"\b(?:a|an|mot)\s+$")
_MAY_BE = re.compile(r"\s+(?:could|might|may|would|should|co the|nen)\b")
# over the text: "giả định" (suppose) folds as "gia đình" (family) does
_SUPPOSED = re.compile(r"\b(?:giả sử|giả định|giả thiết|imagine|suppose|supposing|hypothetical(?:ly)?|what if)\b", re.IGNORECASE)
_MANY = re.compile(r"\b(?:cac|nhung)\s+$")  # "các hội nghị ...": many meetings
# "thường tổ chức bên lề", "thường họp" (usually), not "Lan Thương", "thượng đỉnh"
_HABITUALLY = re.compile(
    rf"\b(?:{HABITUALLY}|binh thuong|thuong (?:duoc |se )?(?:to chuc|hop|dien ra|ben le)|usually|normally|typically)\b"
)
# "Its prime ministers meet at a summit every two years": what they do, no meeting
_MEET_HABITUALLY = re.compile(
    rf"\s+(?:meet|meets|gather|gathers|hop|nhom hop|gap nhau)\b[^.;]{{0,40}}?\b(?:{HABITUALLY}|every (?:\w+ )?(?:years?|months?))\b"
)
_RECENTLY = re.compile(r"\b(?:moi day|gan day|vua qua|nam nay|most recently|recently|this year)\b")
_BACKGROUND = re.compile(r"\b(?:truoc do|earlier|previously|before that|prior to that)\b")  # "Trước đó, ngày 29/3, ..."
_NEXT_DAY = re.compile(r"\s*,?\s*(?:on\s+)?(?:the following day|the next day|a day later|ngay hom sau|ngay tiep theo|mot ngay sau do)\b")
_THIS = re.compile(r"\s+(?:nay|do|noi tren)\b")
_WITH_THE = re.compile(
    r"\s*,?\s*(?:with|voi|bang)\s+(?:the\s+)?(?:opening\s+of\s+(?:the\s+)?)?"
)  # "began Monday with the opening of the X"
# "Trong chuyến công tác từ ngày 6-8/11 tại Trung Quốc, Thủ tướng dự ...", "during his visit from Nov 6 to 8": the trip's days
_TRIP_BEFORE = re.compile(r"\b(?:chuyen (?:cong tac|tham)|trip|visit|tour)\b[^,;.]{0,20}$")
_ADOPTED_ON = re.compile(
    r"\s*,?\s+(?:which was\s+|that was\s+|was\s+|da duoc\s+|duoc\s+)?"
    r"(?:adopted|approved|endorsed|issued|signed|launched|thong qua|ban hanh)\s+(?:(?:in|on|vao|nam|hoi)\s+)?"
)
_AT_THE = re.compile(r"\s*,?\s*(?:tai|at|as|during|trong)\s+(?:the\s+|an?\s+)?")
_EDITION_BEFORE = re.compile(r"\blần(?:\s+thứ)?\s*$", re.IGNORECASE)
# "since the partnership began in 2007" (unless a meeting stands between)
_NOT_DATE_CLAUSE = re.compile(
    r"\b(?:since|until|began|established|founded|originally|initially|thanh lap|ra doi|ke tu|khoi xuong"
    r"|(?:ban dau|luc dau) (?:du kien|dinh))\b[^,;]*$"  # "originally due in 2022": not when it was held
    r"|\)?,\s*(?:signed|ratified)\s+(?:on\s+|in\s+)?$"  # "the RCEP, signed last month": the agreement's day
)
# "Hội nghị Cấp cao ASEAN 47 và các hội nghị liên quan", "the 58th AMM and related meetings"
_RELATED = re.compile(
    r"(?:\s*(?:,|va|and)\s*\d{1,3}\b)*"  # "Hội nghị Cấp cao ASEAN lần thứ 44, 45 và các hội nghị cấp cao liên quan"
    r"\s*(?:\([^()\n]{1,20}\)\s*)?(?:va|and)\s+(?:cac\s+)?"  # "(AMM-57) và các hội nghị liên quan"
    r"(?:(?:hoi nghi|cuoc hop|phien hop)(?:\s+cap cao)?\s+lien quan|related\s+(?:meetings|summits|events))"
)
# "X và các hội nghị cấp cao liên quan (12-15/11/2020, trực tuyến) do A chủ trì": A chairs X
_RELATED_GLOSSED = re.compile(_RELATED.pattern + r"\s*(?:\([^()\n]{0,60}\))?")
# "today's Meeting", "last year's gathering": a day that names a meeting
_POSSESSIVE_DAY = re.compile(r"['’]s\s+(?:[a-z\-]+\s+){0,2}?(?:meeting|summit|session|talks|gathering|conference|dialogue)\b")
# "Hội nghị hôm nay còn chuẩn bị cho Hội nghị Cấp cao ... lần thứ 2": the day after a bare meeting word is its own
_DAY_OF_LEVEL = re.compile(r"\b(?:hoi nghi|phien hop|cuoc hop)\s+$")
# "X (AEM 54) và các hội nghị liên quan diễn ra từ ngày 14-18/9", "..., kéo dài từ ngày 8 đến 11/7", "X và các hội nghị
# cấp cao liên quan (12-15/11/2020, trực tuyến)": X's own days
_RELATED_HELD = re.compile(
    _RELATED.pattern + r"(?:\s*,?\s+(?:dien ra|duoc to chuc|to chuc|keo dai|taking place|held|running|lasting)\b[^,.;]{0,60}|\s*\(\s*)"
)
# "lần thứ 10/2015" read as a month: an edition and its year
_EDITION_YEAR = re.compile(r"(?<=lan thu )\d{1,2}\s*/\s*(?P<y>(?:19|20)\d\d)(?!\d)")
# "It was the third such commemorative summit", "At that summit, the third of its kind": the edition of the one spoken of -
# not "the first such gathering in three years", "the first of its kind since 1977"
_OF_ITS_KIND = re.compile(r"\s+(?:such(?:\s+[a-z'’-]+){0,3}|of its kind)(?!\s+(?:in|since|for|ever)\b)(?=[\s,.;:])")
# "It was the third commemorative summit between the two sides": the meeting spoken of, at its edition
_PROPOSED = re.compile(r"\b(?:proposed|proposes|suggested|suggests|de xuat|de nghi|kien nghi)\b[^.;:]*$")
_IT_ADOPTED = re.compile(r"(?:it|they)\s+(?:also\s+)?(?:adopted|issued|endorsed|approved|signed)\b")
_IT_WAS = re.compile(r"(?:it|this|that)\s+(?:was|is|will be|would be|marks|marked)\s+the\s+")
_OF_A_KIND = re.compile(r"(?:\s+[a-z'’-]+){0,2}?\s+(?:summit|meeting|gathering)\b(?!\s+(?:in|since|for|ever|of|held|to)\b)")
_SENTENCE_END = (".", "!", "?", '"', "”", ")")
_OTHER_SERIES = re.compile(r"(?:\s+[\w-]+){2,}\s+")  # words of a name, no punctuation
_OTHER_SERIES_NAME = 100  # characters
_ACRONYM_SUBJECT = re.compile(
    r"(?:The\s+)?([A-Z]{3,10})\s+(?:adopts?|adopted|holds?|held|hosts?|hosted|opens?|opened|meets?|met|convenes?|convened"
    r"|leaders|ministers|summit)\b"
)
# what a grouping's own editions are said of: "its sixth summit", "the grouping's first leaders' meeting"
_OWNER = r"(?:its|the (?:framework|grouping|mechanism|initiative|partnership|bloc|forum|commission|organisation|organization)'s)"
_OF_A_BODY = re.compile(r"\s+of\s+the\s+(?:[A-Z][\w'’.-]*\s+){1,6}(?:Committee|Commission|Board|Working Group|Task Force|Council)\b")
_GROUPING_OWNS = re.compile(rf"\b{_OWNER}\s+$")
_ACRONYM = re.compile(r"\b[A-Z]{3,10}\b")
_ACRONYM_BEFORE = re.compile(r"\b(?:[A-Z]{3,10}|[A-Z][a-z]+-[A-Z][a-z]+)\s+$")  # "BIMSTEC summit", "Trump-Kim summit"
_SET_OFF = re.compile(r"\s*,\s*")
_GLOSSED = re.compile(r"[^().;\n]{0,20}\(\s*")
_QUESTION = re.compile(r"(?:phong vien|pv|hoi|cau hoi|q|question)\s*:")  # "Phóng viên: Xin Người Phát ngôn cho biết ..."
_ITS_OPENS = re.compile(rf"{_OWNER}\s")
_ITS_EDITION = re.compile(r"(?:[A-Z][\w'’-]*\s+){2,8}(?:held|holds|convened|opened|at|for)\s+its\s+$")  # a body named
CROSSHEAD = 80  # characters: a line this short that ends no sentence heads the paragraphs below
# a fact sheet's line: "- Hình thức: trực tuyến, ngày 13/11.", "Co-chairs: ..." - of the meeting its crosshead names
_FIELD_LABEL = re.compile(
    r"[^\S\n]*(?P<item>[-•*+–][^\S\n]*)?(?P<bold>\*\*|__)?"  # a note's bold: "- **When / where:** 3 Aug 2019, Bangkok."
    r"(?:(?:hinh thuc|thoi gian|format|dates?|time|when|ngay to chuc)[^\S\n]*/[^\S\n]*)?"
    r"(?:hinh thuc|thoi gian|(?P<place>dia diem|venue|location|where|noi to chuc)|dong chu tri|chu tri"
    r"|format|dates?|time|when|ngay to chuc"
    r"|co-?chairs?|chairs?|chaired by|(?:cac )?van kien|(?:outcome )?documents?|outcomes?)[^\S\n]*(?::(?:\*\*|__)?|(?:\*\*|__):)"
)
_KEY_VALUE_LINES = re.compile(r"\s*(?:[^\n:]{1,30}:[^\n]*\s*)*")  # "Posted: 2022-07-01 | Source: LMC Secretariat"
_WHOLE_LINE = re.compile(r"[^\n]*")
_LIST_ITEM = re.compile(r"[^\S\n]*[-•*+–■▪◆●►▶][^\S\n]")
OPENING = 30  # characters: a host named this early opens the sentence ("Held alongside X, ...")
RELATED_SENTENCES = 3  # sentences after "X and related meetings" that name the related ones
SIDELINE_SENTENCES = 8  # sentences after "a series of meetings on the sidelines" that name them
_SIDELINE_SERIES = re.compile(
    r"\b(?:a series of|series of|separate|several|a number of|chuoi|loat|cac)\s+(?:[a-z0-9'’-]+\s+){0,3}?"
    r"(?:meetings|summits|talks|engagements|gatherings|hoi nghi|cuoc hop)\b"
)
_CLAUSE_BREAK = re.compile(r"[,;:.()]")
# a place named right after a travel word: "tới Kuala Lumpur", "rời Hà Nội", "arrived in Jakarta"
_PLACE_NEXT = re.compile(r"\s+(?:thủ đô\s+|thành phố\s+|the (?:capital|(?:\w+\s+){0,2}city|town)\s+(?:of\s+)?|sang\s+)?[A-ZĐ]")
NEWS_DAYS = 3  # a meeting held up to this many days before the story's today is the story's news
_BODY_DECIDES = re.compile(
    r"\s+(?:(?:today|yesterday|on \w+day|hom nay|hom qua)\s+)?(?:da\s+)?(?:approved|adopted|endorsed|issued|thong qua|phe duyet|ban hanh)\b"
)
_DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "hai": 2, "ba": 3, "bon": 4, "2": 2, "3": 3, "4": 4}
_LASTED = re.compile(r"\b(two|three|four|[234])-day\s+(?:[a-z0-9+\-]+\s+){0,6}$")  # "the two-day ASEAN-Korea Commemorative"
# a live post of what is to come: "The 10th ... meeting will be held in China", not "..., which will guide cooperation"
_TO_COME = re.compile(r"\b(?:will|se|sap|tomorrow|ngay mai|upcoming|is to|are to)\b")
_TO_COME_REACH = 30
_ENDED = re.compile(r"\b(?:ended|ending|wrapped up|concluded|closed|be mac|ket thuc)\b")
# "X concluded in Vientiane after two days of talks ending on Friday", "sau hai ngày làm việc, X đã bế mạc"
_DAYS_ENDING = re.compile(r"\b(?:after|sau)\s+(two|three|four|hai|ba|bon|[234])\s+(?:days|ngay)\b")
_FOLLOWED_BY = re.compile(r",?\s+followed by\s+")
# "..., which run until Saturday", "and runs through Wednesday", "kéo dài đến hết ngày 14/7": the day a meeting ends
_RUNS_UNTIL = re.compile(
    r"\b(?:runs?|running|lasts?|lasting|continues?|continuing|will run|will last|keo dai|dien ra)"
    r"\s+(?:until|till|through|to|den|toi)\s+(?:het\s+)?(?:ngay\s+|on\s+)?"
)
_PREVIOUS_ONES = re.compile(r"(?:the\s+)?(?:previous|earlier|past)\s+(?:ones|summits|meetings)\s+(?:were|had been)\s+(?:held|hosted)\b")
_WEEKDAY_BEFORE = re.compile(r"(?i:day|thứ \w+|chủ nhật)\s*$")
_SHORT_NAME = re.compile(r"\s*\((?P<name>[A-Z][A-Za-z]*[A-Z])\)")  # "the 57th ASEAN Foreign Ministers' Meeting (AMM)"
_HOW_MANY = {"pair": 2, "trio": 3}  # how many meetings "the two meetings", "all three" speak of
_COLON_AFTER = re.compile(r"[^.;:\n]{0,60}:")  # "hai hội nghị quan trọng đều diễn ra trực tuyến:"
# bare nouns: only what follows them is theirs ("Lãnh đạo sáu nước GMS hôm qua đã thông qua ...")
_WEAK_ANAPHORA = re.compile(r"^(?:ministers|leaders|a meeting|lanh dao (?:ba|bon|nam|sau|bay) nuoc)$")
# "Clinton met Thursday with the foreign ministers of ...": the day or place right after "met" is the meeting's, before its people
_MET_THEN = re.compile(r"\b(?:met|meets|gathered)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
_AND = re.compile(r"\s*,?\s*(?:va|and)\s+(?:the\s+)?")  # "A và B": two titles joined
# a document "adopted at" the meeting named next: ", văn kiện được thông qua tại", ", adopted at the"
_ADOPTED_AT = re.compile(
    r"[\s,:]*(?:\([^()]{0,30}\)\s*)?,?\s*"
    r"(?:(?:(?:hai\s+|ba\s+|cac\s+)?van kien(?:\s+(?!da\b|duoc\b)[a-z]+){0,2}|which was|which were"
    r"|which (?:the\s+)?(?:leaders|ministers|they)|both|all)\s+)?"
    # "đã được (các nhà lãnh đạo) thông qua tại", "văn kiện định hướng được Lãnh đạo các nước thông qua tại"
    r"(?:da\s+|se\s+|to be\s+|will be\s+)?(?:duoc\s+(?:(?:cac\s+)?(?:nha\s+)?(?:lanh dao|bo truong|ngoai truong)(?:\s+cac nuoc)?\s+)?)?"
    # "... để trình Lãnh đạo các nước (xem xét,) thông qua tại": drafts for a meeting to adopt
    r"(?:(?:de|nham)\s+(?:trinh\s+)?(?:[^\s,.;]+\s+){0,5}?(?:xem xet\s*,?\s*)?)?"
    r"(?:thong qua|ky ket|ban hanh|adopted|issued|signed|endorsed|approved)\s+"
    # "the Bagan Declaration, adopted by leaders of Cambodia, ... at the grouping's first summit"; "A and B, both adopted when
    # the leaders met online for the fourth LMC Leaders' Meeting"
    r"(?:(?:by|when)\s+[^.;]{0,80}?\s+)?"
    r"(?:tai|trong|at|during|by|for)\s+(?:the\s+)?"
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")
# "a joint statement issued after the meeting", "Thông cáo chung ra sau hội nghị"
_ISSUED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:was|were|da|duoc)\s+)?(?:issued|released|adopted|ra|thong qua|ban hanh|cong bo)\s+"
    r"(?:after|following|at the end of|at the close of|sau|sau khi ket thuc|khi ket thuc|ket thuc)\s+"
)
# a participle clause of a meeting's own: "B and Related Summits, held here on", "B, diễn ra ngày"
_OWN_CLAUSE = re.compile(
    r"[^,.;]{0,40}?(?:,\s*|\s(?=taking place|being held))"  # "... and Related Meetings taking place from July 24 to 27"
    r"(?:held|being held|which (?:was|were) held|taking place|dien ra|to chuc|duoc to chuc)\b[^,.;]{0,60}"
    # ", which Vietnam, as ASEAN chair, opened virtually on Thursday"
    r"|[^,.;]{0,40},\s*which\b[^.;]{0,60}\b"
    r"(?:opened|began|started|kicked off|took place|takes? place|closed|ended|concluded|hosted|run|runs|ran|lasts?|lasted)\b[^,.;]{0,40}"
)
# "a day after", "two days before", "một ngày sau": the day of the meeting named next, counted
_DAYS_APART = re.compile(
    r"\b(?P<n>a|one|two|three|mot|hai|ba)\s+(?:days?|ngay)\s+(?P<way>after|before|sau|truoc)\b\s*(?:the\s+|khi\s+)?(?:(?:two|three)-day\s+)?"
)
# "followed by the CLV Summit on March 31 at the same venue", "Cũng tại đây, Hội nghị Y ...": where the meeting before was
_SAME_VENUE = re.compile(
    r"\b(?:(?:at|in) the same (?:venue|place|location|hall|city)|(?:tai |va )?cung (?:dia diem|noi|dia diem do)"
    r"|cung tai (?:day|do|dia diem nay))\b"
    r"|\b(?P<occasion>on the same occasion|on that occasion|(?:cung )?trong dip nay|nhan dip nay)\b"  # the same place and time
)
# "The Council meeting was preceded by the 53rd Meeting of the Joint Committee ... on the previous day"
_PRECEDED = re.compile(r"\b(?P<n>)(?P<way>preceded by)\s+(?:the\s+)?")
_DAY_BEFORE = re.compile(r"\b(?:the (?:previous|preceding) day|the day before)\b")
_NUMBER_WORDS = {"a": 1, "one": 1, "mot": 1, "two": 2, "hai": 2, "three": 3, "ba": 3}
# a sentence that opens with "right after that" or "the same day": where (and when) the meeting before was
_RIGHT_AFTER = re.compile(
    r"(?:ngay sau do|ngay sau|sau do|tiep do|tiep theo|immediately after(?:wards)?|right after|shortly after(?:wards)?"
    r"|truoc do (?P<back>mot|hai|ba) ngay|(?P<ago>mot|hai|ba|a|one|two|three) (?:ngay truoc do|days? (?:earlier|before))"
    r"|(?P<day>(?:(?:sang|chieu|toi|trua)\s+)?(?:cung ngay|cung trong ngay)|later that day|later in the day|on the same day"
    r"|the same day))\b"
)
# what has taken place: "adopted", "was held", "đã diễn ra"
_TOOK_PLACE = re.compile(
    r"\b(?:adopted|concluded|opened|closed|ended|took place|was held|were held|kicked off|wrapped up|met|convened"
    r"|chaired|co-chaired|presided|attended|da dien ra|da khai mac|da be mac|da hop|da thong qua|da ket thuc"
    r"|da (?:tham )?du|da (?:dong )?chu tri|da (?:duoc )?to chuc)\b"
)
# reported speech: what a speaker told a meeting is not where or when it met
_REPORTED = re.compile(r"\b(?:told|said|says|noted|stressed|warned|added|explained|argued)\b[^.;]{0,60}?\bthat\b|\brằng\b", re.IGNORECASE)
# "the two-day ", "this annual ", "today's ": a definite article and lowercase words before a level cue
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]oday's)\s+(?:[a-z][a-z-]*\s+){0,3}$")
# "the Korea-Mekong summit was not held this year", "Hội nghị X năm nay không được tổ chức": a meeting that did not take place
_NOT_HELD = re.compile(
    r"(?:\s+meeting)?(?:\s+(?:this|last|next) year|\s+nam (?:nay|ngoai|sau|toi))?\s+(?:"
    r"(?:was|were|is|has|have|had|will|would)(?:\s+not|n't)\s+(?:been\s+|be\s+)?(?:held|convened|organi[sz]ed)\b(?!\s+since)"
    r"|did(?:\s+not|n't)\s+take place|(?:was|were|has been|had been|will be)\s+(?:cancell?ed|called off|scrapped)"
    r"|(?:da\s+|se\s+)?khong\s+(?:duoc\s+)?(?:to chuc|dien ra)|(?:da\s+)?bi huy(?:\s+bo)?)\b"
)
# "respectively", "lần lượt": the i-th value listed goes to the i-th edition; "Tam Á (Trung Quốc)": a city and its country
_RESPECTIVELY = re.compile(r"\b(?:respectively|lan luot)\b")
_IN_COUNTRY = re.compile(r"\s*[(,]\s*")
# a document said adopted by someone, in Vietnamese: "lãnh đạo ba nước đã ký ...", "... được thông qua"
_VI_ADOPTED = re.compile(
    r"\b(?:(?:da|se|vua|cung|deu|chinh thuc|nhat tri|lanh dao|bo truong|nuoc)\s+(?:cung\s+)?(?:thong qua|ky(?: ket)?|ban hanh|cong bo|ra)"
    r"|(?:van kien|van ban)\s+(?:da\s+)?duoc\s+(?:thong qua|ky|ban hanh|cong bo)\s*:)\s+$"  # "Văn kiện được thông qua: ..."
)
_VI_PASSIVE = re.compile(r"\s*(?:da\s+|vua\s+)?duoc\s+(?:thong qua|ky|ban hanh|cong bo)\b")
_LISTED_AT = re.compile(r"\s*[:,|-]\s*(?:ngay\s+)?")  # "- Lần thứ hai: Côn Minh", "- Lần thứ hai – 2005, Côn Minh": a list item's venue
_EARLIER = re.compile(r"\b(?:previously|earlier|in the past|da tung|tung|truoc do|truoc day)\b")
_WHEN_LAST = re.compile(r"\bwhen they (?:last|first)\b")
_A_MEETING = re.compile(r"\b(?:cuoc gap|a meeting)\b")  # "được khởi xướng tại cuộc gặp giữa ... với các bộ trưởng"
_SINCE = re.compile(r"\b(?:ke tu|since)\s+(?:the\s+)?$")  # "kể từ Hội nghị Cấp cao GMS lần thứ 5": a meeting looked back to
# "Tối 7/11, tại Hà Nội, ... chiêu đãi kỷ niệm 15 năm (kể từ) Hội nghị X", "a reception marking the 15th anniversary of the X": the
# day and place said before are the celebration's, not X's
_MARKED = re.compile(
    r"\b(?:ky niem|marking|to mark|celebrating|to celebrate|commemorating)\s+(?:the\s+)?\S+\s+"
    r"(?:nam|years?|anniversary)\s+(?:(?:ke tu|ngay|since|of)\s+)?(?:the\s+)?$"
)
_THIS_ONE = re.compile(r"\b(?:lan nay|nay|this|this year's)\b")  # "Hội nghị lần này": the meeting the article is about
# a chair's verb: a sentence right after a meeting's that has one speaks of that meeting ("Lao PM Sonexay will chair.")
_CHAIRED = re.compile(r"\b(?:dong chu tri|chu tri|co-?chair(?:ed|s)?|chair(?:ed|s)|(?:will|would)\s+(?:also\s+)?chair|presided)\b")
_HELD = re.compile(r"\b(?:held|took place|convened|attended|joined|met|dien ra|to chuc|tham du|du hoi nghi)\b")
_WITH_NAME = re.compile(r"\s+(?:with|cung voi|voi)\s+(?:[a-z][a-z'.-]*\s+){0,5}")  # "with Japanese Prime Minister "
# a chair's verb followed by the meeting chaired: "A will chair the AMM", "A chủ trì Hội nghị X"
_CHAIRS_THE = re.compile(
    r"\s+(?:(?:will|would|to|has|had|also|then|da|se|cung)\s+)*(?:co-?chair(?:s|ed)?|chair(?:s|ed)?|presided over|presides over"
    r"|dong chu tri|chu tri)\s+(?:the\s+)?"
)
# a place, then its verb and the meeting: "since Hanoi hosted the sixth", "Lào đăng cai Hội nghị X"
_HOSTED_THE = re.compile(r"\s+(?:(?:will|would|also|da|se|cung)\s+)*(?:hosted|hosts|host|dang cai)\s+(?:the\s+)?")
# a day, then a verb and the meeting: "... and on Friday will co-chair the 12th Mekong-Japan summit", "sáng 7/11 dự Hội nghị X"
_DAY_THEN = re.compile(
    r"\s+(?:(?:will|would|to|also|then|da|se|cung)\s+)*(?:co-?chair|chair|attend|join|take part in|host|du|tham du|chu tri"
    r"|dong chu tri)\s+(?:the\s+)?"
)
# people, then a meeting verb: "Foreign ministers of the five countries will meet", "các Bộ trưởng sẽ họp"
_FIRST_MET = re.compile(r"\b(?P<first>first|lan dau(?: tien)?)\s+(?:met|gathered|hop|nhom hop|gap nhau)\b")
_MEET = re.compile(
    r"(?:\s+(?:of|from|cua)\s+[^.;:]{0,40}?|\s+[^.;:,]{0,30}?\bwhen they(?:\s+(?:last|first))?)?"  # "leaders endorsed when they last met"
    r"\s+(?:will\s+|would\s+|da\s+|se\s+|are to\s+)?(?:first\s+|last\s+|lan dau\s+)?(?:meet|met|gather|gathered|hop|nhom hop"
    r"|(?:held|hold)\s+(?:a|an|their)\s+(?:[a-z-]+\s+){0,2}?meeting)\b"  # "senior officials held a preparatory meeting"
)
# who meets tells the level: leaders a summit, ministers (or a council) a ministers' meeting
_WHO = re.compile(
    r"\b(?:(?P<officials>senior officials|quan chuc cao cap)|(?P<ministers>(?<!prime )ministers?|bo truong|ministerial|hoi dong|council)"
    r"|leaders?|prime ministers?|lanh dao|nha lanh dao|nguyen thu|heads of (?:state|government)|thu tuong|summit|thuong dinh|cap cao)\b"
)


@lru_cache(maxsize=1)
def _of_its_own() -> re.Pattern[str]:
    """What follows a meeting word that names a meeting of its own ("cuộc họp Ban Tổ chức quốc gia", "cuộc họp báo")."""
    words = "|".join(re.escape(fold(b)) for b in load("context")["of_its_own"])
    return re.compile(rf"\s+(?:(?:cua|of)\s+(?:the\s+)?)?(?:{words})\b")


@lru_cache(maxsize=1)
def anaphora_lexicon() -> Lexicon:
    table = load("context")
    return Lexicon(
        [(p, "one") for p in table["anaphora"]]
        + [(p, "series") for p in table["series_anaphora"]]
        + [(p, "last") for p in table["last_anaphora"]]
        + [(p, "pair") for p in table["pair_anaphora"]]
        + [(p, "trio") for p in table["trio_anaphora"]]
        + [(p, "all") for p in table["all_anaphora"]]
        + [(p, "lead-pair") for p in table["lead_pair_anaphora"]]
        + [(p, "lead-trio") for p in table["lead_trio_anaphora"]]
    )


@lru_cache(maxsize=1)
def _journey_lexicons() -> tuple[Lexicon, Lexicon]:
    table = load("context")
    return Lexicon((p, "travel") for p in table["travel"]), Lexicon((p, "attend") for p in table["attend"])


def _journey_end(doc: Doc, s: int, e: int, meetings: list[int]) -> int:
    """Where "<travel> <Place> ... <attend> <meeting>" ends in the sentence (dates before it
    are the journey's), else -1. `meetings`: where the sentence names or refers to a meeting."""
    travel, attend = _journey_lexicons()
    going = [t for t in travel.spans(doc.folded, doc.text, s, e) if _PLACE_NEXT.match(doc.text, t[1])]
    if going:
        for a_start, a_end, _ in attend.spans(doc.folded, doc.text, going[0][1], e):
            if any(0 <= m - a_end <= 12 and not _CLAUSE_BREAK.search(doc.folded, a_end, m) for m in meetings):
                return a_start
    return -1


def _month_only(d: Span) -> Span | None:
    """A date cut to its month, or its year when it spans two (`within`); None when no year is known."""
    if d.value[0].startswith("--"):
        return None
    return Span(d.start, d.end, d.label, (within(d.value[0], d.value[1]), None, d.value[2]))


def _who(folded: str, start: int = 0, end: int | None = None, last: bool = False) -> str | None:
    """ "leaders", "ministers" or "officials" when the text says who meets (the first it names, or the
    `last`), else None."""
    end = len(folded) if end is None else end
    if last:  # the last who meets - not a summit ("agreed to hold the summit when they met for their ninth meeting")
        found = next((w for w in reversed(list(_WHO.finditer(folded, start, end))) if w.group() not in _NO_ONE), None)
    else:
        found = _WHO.search(folded, start, end)
    return None if found is None else _kind(found)


_NO_ONE = frozenset({"summit", "thuong dinh", "cap cao"})


def _kind(found: re.Match[str]) -> str:
    """What a match of _WHO names: "officials", "ministers" or "leaders"."""
    return "officials" if found.group("officials") else "ministers" if found.group("ministers") else "leaders"


def _compatible(who: str | None, level: str) -> bool:
    if who == "leaders":
        return level == "summit"
    if who == "ministers":
        return level in ("foreign_ministers", "ministerial")
    if who == "officials":
        return level == "senior_officials"
    return True


def _coordinated(folded: str, text: str, a: Mention, b: Mention) -> bool:
    """Whether meeting `b` is named right after `a` and with it ("X và Y", "X, Y and the Z"), level words around
    a short form allowed ("Hội nghị Cấp cao ACMECS 7 và Hội nghị Cấp cao CLMV 8", "the ACMECS 7 summit and the CLMV-8")."""
    start = min(b.start, b.spans.get("ordinal", (b.start,))[0])  # "... and the 20th East Asia Summit": from its ordinal
    gap = folded[a.end : start]
    for lv in find_levels(folded, text, a.end, start):
        gap = gap[: lv.start - a.end] + " " * (lv.end - lv.start) + gap[lv.end - a.end :]
    return _COORD.fullmatch(gap) is not None


def _targets(attr: Span, mentions: list[Mention], text: str, folded: str, sent: tuple[int, int]) -> list[Mention]:
    inside = [m for m in mentions if attr.start <= m.start and m.end <= attr.end]
    within = [m for m in mentions if m.start <= attr.start and attr.end <= m.end]  # "Hội nghị thượng đỉnh trực tuyến ... ASEAN+3"
    if inside or within:
        return (inside or within)[:1]
    # "tại Hua Hin, Thái Lan (lần thứ nhất, năm 2010)": a value followed by its edition in parentheses
    glossed = next((m for m in mentions if m.start >= attr.end and _GLOSSED.fullmatch(text, attr.end, m.start)), None)
    if glossed is not None:
        return [glossed]
    paren = text.rfind("(", sent[0], attr.start)
    if paren != -1 and text.find(")", paren, attr.start) == -1:
        # "(lần thứ hai, năm 2014)": the edition the parentheses name; "X (trực tuyến, tháng 9/2020)": the meeting before
        owner = [m for m in mentions if paren < m.start and m.end <= attr.start] or [
            m for m in mentions if m.end <= paren and paren - m.end <= 40
        ]
        if owner and not any(owner[-1].end < m.start < paren for m in mentions):
            return [owner[-1]]
    before = [m for m in mentions if m.end <= attr.start]
    if (
        before
        and all(m.host for m in before)
        and _SET_OFF.fullmatch(folded, before[-1].end, attr.start)
        and folded.startswith(",", attr.end)
    ):
        # "bên lề AMM-51, đầu tháng 8, Bộ trưởng dự Hội nghị X": an adverbial set off after the host opens the guest's clause
        guest = next((m for m in mentions if m.start >= attr.end and not m.host), None)
        if guest is not None and ";" not in folded[attr.end : guest.start]:
            return [guest]
    if before:
        group = [m for m in before if (m.start, m.end) == (before[-1].start, before[-1].end)]  # editions named together
        for m in reversed(before[:-1]):
            # not an edition named by its ordinal alone in a clause of its own ("...; lần thứ nhất được tổ chức năm 2009")
            if _coordinated(folded, text, m, group[0]) and not group[0].anaphoric:
                group.insert(0, m)
            else:
                break
        return group
    mains = [m for m in mentions if not m.host] or mentions
    # "Ngày 2/8, ... dự Hội nghị X; cũng bên lề AMM-51, ... Hội nghị Y": the clause the value opens
    clause_end = folded.find(";", attr.end, sent[1])
    if clause_end != -1:
        mains = [m for m in mains if m.start < clause_end] or mains
    if attr.label == "date":  # "năm 2018 ... một thập kỷ kể từ Hội nghị X đầu tiên": not X's year
        mains = [m for m in mains if not _SINCE_BETWEEN.search(folded, attr.end, m.start)]
    return mains


@dataclass
class _Sentence:
    span: tuple[int, int]
    mentions: list[Mention]
    attrs: list[Attr]
    anaphor: str
    anaphor_at: int
    # what the anaphor speaks of: "one" in focus, a host's "series", the "last", last "pair" or "trio" named, "all" those the
    # paragraph (or the last one naming meetings) named, or those the "list" after it names
    refers_to: str
    unnamed: list[str]  # frameworks the sentence names without a meeting ("Leaders of the LMC countries")
    leftover: list[Span]
    ordinals: list[Span]
    editions: list[Span]  # editions named by their ordinal alone, continuing the sentence before ("The first ...")


def _day(iso: str | None) -> dt.date | None:
    """The day an ISO date names, if it names a real one ("2021-02-30" does not)."""
    try:
        return dt.date.fromisoformat(iso) if iso and len(iso) == 10 else None
    except ValueError:
        return None


def _day_of_story(iso: str | None, today: str | None) -> dt.date | None:
    """The day an ISO date names; in a story whose today has no year ("--07-26"), a day without
    one too, counted in a leap year so that two of them can be told apart."""
    if today and today.startswith("--"):
        return _day("2000" + iso[1:]) if iso and iso.startswith("--") else None
    return _day(iso)


def _today(doc: Doc) -> str | None:
    """The story's today: the dateline's day ("NAY PYI TAW, 13 Nov —"), which may be a day or
    two before the page's publication date, else the publication date."""
    filed, published = dateline_date(doc), doc.published
    if filed and (published is None or 0 <= ((_day(published) or _day(filed)) - _day(filed)).days <= 2):  # type: ignore[operator]
        return filed
    return published


def _of_the_week(claim: MeetingClaim, story_today: str | None, today: dt.date, ahead: int = 0) -> bool:
    """Whether a meeting is the story's news: held up to NEWS_DAYS before its today (or up to `ahead` days after it)."""
    held = _day_of_story(claim.date, story_today)
    return held is not None and -ahead <= (today - held).days <= NEWS_DAYS


def _place_of_the_day(doc: Doc, claims: list[MeetingClaim]) -> None:
    """A meeting the story reports (held up to NEWS_DAYS before its today) that names no place
    took place where the story was filed, as its dateline says - unless the story's news is of
    meetings held online."""
    story_today = _today(doc)
    today = _day_of_story(story_today, story_today)
    if today is None:
        return
    news = [c for c in claims if _of_the_week(c, story_today, today)]
    if any(c.format == "online" for c in news):
        return  # a week of online summits: filed where the chair sat, which is no venue
    place = None
    for claim in news:
        if claim.country is None:
            place = place or dateline_place(doc)
            if place is None:
                return
            set_place(doc, claim, place)


def _place_of_the_lead(doc: Doc, claims: list[MeetingClaim]) -> None:
    """ "Kishida has attended a series of summits in the Indonesian capital, Jakarta", "... kết thúc chuỗi hội nghị ... tại thủ
    đô Vientiane": the place the lead gives a week's meetings before its body names any is that of each meeting of the story's week
    (held up to NEWS_DAYS before its today, or in the week to come) with no place of its own."""
    story_today = _today(doc)
    today = _day_of_story(story_today, story_today)
    # the headline's meeting aside ("Bộ trưởng ... tham dự AMM-57 và các hội nghị liên quan", then the lead)
    named = [ev.start for c in claims for ev in c.evidence.get("framework", []) if not heading(doc, doc.sentence_of(ev.start))]
    first = min(named, default=None)
    if today is None or first is None or all(c.country for c in claims):
        return
    lead = [(s, e) for s, e in doc.sentences if e <= first and not doc.in_boilerplate(s, e)]
    for i, (s, e) in enumerate(lead):
        series = _SIDELINE_SERIES.search(doc.folded, s, e) or _RELATED_MEETINGS.search(doc.folded, s, e)
        if not series or _BRIEFING.search(doc.folded, s, e):
            continue  # not "Sáng 7/9, tại Trung tâm Báo chí (Hà Nội), ... chủ trì họp báo ... về chuỗi hội nghị"
        places = [p for p in find_places(doc.folded, doc.text, s, e) if p.value["venue"]]
        if not places:
            continue
        # "will head to Cambodia this week for a series of ... meetings. ... will depart for Phnom Penh on Wednesday"
        later = [p for ls, le in lead[i + 1 :] for p in find_places(doc.folded, doc.text, ls, le) if p.value["venue"]]
        cities = [p for p in places + later if p.value["city"] and p.value["country"] == places[0].value["country"]]
        place = cities[0] if cities else places[0]
        for claim in claims:
            if claim.country is None and claim.format != "online" and _of_the_week(claim, story_today, today, ahead=WEEK_AHEAD):
                set_place(doc, claim, place)
        return


def _format_of_the_lead(doc: Doc, claims: list[MeetingClaim]) -> None:
    """ "Foreign ministers ... have wrapped up two days of back-to-back virtual meetings", "... qua loạt hội nghị trực tuyến":
    the format the lead gives the meetings of the week before it names any is that of each meeting the story reports as news
    (held up to NEWS_DAYS before its today) with no format of its own."""
    story_today = _today(doc)
    today = _day_of_story(story_today, story_today)
    first = min((ev.start for c in claims for ev in c.evidence.get("framework", [])), default=None)
    if today is None or first is None:
        return
    for s, e in doc.sentences:
        if s >= first:
            return
        if doc.in_boilerplate(s, e):
            continue
        for f in find_formats(doc.folded, doc.text, s, e):
            if not (_MEETINGS_AFTER.match(doc.folded, f.end, e) or _MEETINGS_BEFORE.search(doc.folded, max(s, f.start - 30), f.start)):
                continue
            for claim in claims:
                if claim.format is None and _of_the_week(claim, story_today, today):
                    claim.format = f.value
                    claim.evidence["format"] = [evidence(doc, f.start, f.end, (s, e))]
            return


_MEETINGS_AFTER = re.compile(r"[^\S\n]+(?:[a-z-]+[^\S\n]+)?(?:meetings|summits|sessions|conferences|gatherings)\b")
_RELATED_MEETINGS = re.compile(r"\b[a-z]+-related[^\S\n]+(?:meetings|summits)\b")  # "ASEAN-related summits"
WEEK_AHEAD = 7  # days: "will head to Cambodia this week for a series of foreign ministers' meetings"
_MEETINGS_BEFORE = re.compile(r"\b(?:cac|nhung|loat|chuoi)[^\S\n]+(?:hoi nghi|cuoc hop|phien hop)(?:[^\S\n]+[a-z]+){0,2}[^\S\n]+$")


def _documents_named_for_the_city(doc: Doc, claims: list[MeetingClaim]) -> None:
    """ "Tuyên bố Hua Hin khẳng định ...", "The Siem Reap Declaration stressed ...": a declaration named for a city, said
    adopted or not, is of the meeting held there, the last one named before it."""
    held = [(ev.start, match_key(c.city), c) for c in claims if c.city for ev in c.evidence["city"][:1]]
    if not held:
        return
    for title, city, year in titles_named_for_cities(doc.folded, doc.text, doc.lang):
        if any(match_key(title.value) in match_key(d) for c in claims for d in c.documents):
            continue  # said adopted at some meeting already
        there = [(at, c) for at, key, c in held if key == city and at < title.start and (year is None or _agree_to(year, c.date, 4))]
        if there:
            claim = max(there, key=lambda x: x[0])[1]
            claim.documents.append(title.value)
            claim.evidence.setdefault("documents", []).append(evidence(doc, title.start, title.end))


def _day_of_the_dateline(doc: Doc, claims: list[MeetingClaim]) -> None:
    """ "VIENTIANE, April 5 (Bernama) -- Leaders adopted ... at the 4th MRC Summit here": a meeting
    the dateline's own sentence says has taken place, with no date of its own, took place that day."""
    day = dateline_day(doc)
    if day is None:
        return
    lead = doc.sentence_of(day.start)
    if not _TOOK_PLACE.search(doc.folded, *lead):
        return
    for claim in claims:
        if claim.date is None and any(lead[0] <= ev.start < lead[1] for ev in claim.evidence["framework"]):
            claim.date = day.value[0]
            claim.evidence["date"] = [evidence(doc, day.start, day.end, lead)]


def _day_of_live_posts(doc: Doc, claims: list[MeetingClaim]) -> None:
    """ "17:48 ICT · The 12th Mekong-ROK Foreign Ministers' Meeting has just ended": a live page's post tells of a
    meeting of the page's day, or of the day its stamp line names ("08:15 | ĐIỂM LẠI NGÀY 12/11"), unless it is said to
    be to come. The day stands for no date or for a month that holds it."""
    today = _today(doc)
    for stamp, body in live_posts(doc):
        day = next((d for d in find_dates(doc.folded, *stamp, today) if len(d.value[0]) == 10), None)
        iso = day.value[0] if day else today
        if iso is None or len(iso) != 10:
            continue
        for claim in claims:
            if claim.date is not None and not (len(claim.date) == 7 and iso.startswith(claim.date)):
                continue
            named = next((ev for ev in claim.evidence["framework"] if body[0] <= ev.start < body[1]), None)
            if named is None:
                continue
            sent = doc.sentence_of(named.start)
            name_end = max([named.end] + [ev.end for ev in claim.evidence["level"] if sent[0] <= ev.start < sent[1]])
            if not _TO_COME.search(doc.folded, sent[0], min(sent[1], name_end + _TO_COME_REACH)):
                claim.date = iso
                claim.evidence["date"] = [evidence(doc, *((day.start, day.end) if day else stamp))]


def _one_day_named(doc: Doc, claims: list[MeetingClaim]) -> Iterator[tuple[MeetingClaim, dt.date, Evidence, tuple[int, int]]]:
    """Each meeting held on one day with no end, with that day, and each of its names with its sentence, until an end is found."""
    for claim in claims:
        day = _day(claim.date)
        for ev in claim.evidence["framework"] if day else []:
            if claim.date_end is not None:
                break
            yield claim, day, ev, doc.sentence_of(ev.start)


def _days_of_a_meeting_that_ended(doc: Doc, claims: list[MeetingClaim]) -> None:
    """ "the two-day ASEAN-Korea Commemorative Summit that ended Tuesday", "X concluded after two days of talks
    ending on Friday": the day given is the last; the meeting began one day less than it lasted before it."""
    for claim, end, ev, sent in _one_day_named(doc, claims):
        lasted = _LASTED.search(doc.folded, max(0, ev.start - 30), ev.start)
        if not (lasted and _ENDED.search(doc.folded, ev.end, sent[1])):
            lasted = _DAYS_ENDING.search(doc.folded, *sent) if _ENDED.search(doc.folded, *sent) else None
        if lasted:
            claim.date_end, claim.date = claim.date, (end - dt.timedelta(days=_DAY_COUNTS[lasted.group(1)] - 1)).isoformat()
            claim.evidence["date_end"] = claim.evidence["date"]


def _days_it_runs(doc: Doc, claims: list[MeetingClaim]) -> None:
    """ "The 51st AMM and related meetings, which run until Saturday": a meeting held on one day and said, in the
    sentence that names it, to run until a later day (within ten) ends that day. Dates are read only after the words."""
    for claim, start, ev, sent in _one_day_named(doc, claims):
        for until in _RUNS_UNTIL.finditer(doc.folded, ev.end, sent[1]):
            d = next((d for d in find_dates(doc.folded, until.end(), sent[1], _today(doc)) if d.start == until.end()), None)
            day = _day(d.value[0]) if d else None
            if d and day and 0 < (day - start).days <= LONGEST_RUN:
                claim.date_end = d.value[0]
                claim.evidence["date_end"] = [evidence(doc, d.start, d.end, sent)]
                break


def _venues_that_followed(doc: Doc, sen: _Sentence, history: list[Mention]) -> list[Mention]:
    """ "The first Summit was held in Hua Hin, Thailand, in 2010, followed by Ho Chi Minh City, Viet Nam,
    in 2014 and Siem Reap, Cambodia, in 2018", "[The MRC Summit is held every four years.] The previous
    ones were held in Hua Hin in 2010, in ...": one meeting of that series per place and year listed;
    each place and year is added to the sentence's field values, to go to its meeting, and "The previous
    summits" is no meeting of its own."""
    opener = _FOLLOWED_BY.search(doc.folded, *sen.span)
    base = next((m for m in reversed(sen.mentions) if opener and m.end <= opener.start()), None)
    if base is None and history and all(m.anaphoric for m in sen.mentions):
        # "The previous summits were held in ...": those words speak of the meetings listed, not of one more
        opener, base = _PREVIOUS_ONES.match(doc.folded, sen.span[0]), (sen.mentions or history)[-1]
        if opener:
            sen.mentions = []
    after = opener.end() if opener else None
    if after is None and history and not sen.mentions:
        # "Korea previously hosted commemorative summits with ASEAN in Jeju in 2009 and in Busan in 2014": earlier
        # meetings of the series last named, at its level
        plural = next((lv for lv in sen.leftover if is_plural(doc.folded, lv)), None)
        base = history[-1]
        if (
            plural
            and _EARLIER.search(doc.folded, sen.span[0], plural.start)
            and level_for(base.framework, plural.value, None) == base.level
        ):
            after = plural.end
    if after is None or base is None:
        return []
    out: list[Mention] = []
    years = [d for d in find_dates(doc.folded, after, sen.span[1], None) if len(d.value[0] or "") == 4]
    for p in find_places(doc.folded, doc.text, after, sen.span[1]):
        year = next((y for y in years if y.start > p.end), None)
        if not p.value["city"] or year is None or (out and out[-1].end == year.end):  # a country after its city
            continue
        at = (p.start, year.end)
        out.append(Mention(base.framework, base.level, None, *at, {"framework": at, "level": at}, anaphoric=True, other_edition=True))
        sen.attrs += [Attr("place", Span(p.start, p.end, "place", {**p.value, "venue": True}), sen.span), Attr("date", year, sen.span)]
    return out


def _follow_up(doc: Doc, s: int, e: int, anchor: str | None, bare: bool = False) -> tuple[tuple[int, int], str] | None:
    """What a sentence after a meeting's says of it without naming it: who chaired it ("Premier Li and PM Thongloun
    co-chaired."), what it adopted ("The Vientiane Declaration they adopted ...", "Lãnh đạo ba nước đã ký Tuyên bố chung
    Đà Lạt" - not a title with a day of its own, nor what is done "thông qua", through), how it was held ("It was held
    in person", "Hun Sen attended in person"); with `bare` (no cue of a meeting), what a list line says alone; the span
    that says it, and which of the three it says."""
    folded = doc.folded
    if chaired := _CHAIRED.search(folded, s, e):
        return chaired.span(), "chaired"
    adopted = next((d for d in find_documents(folded, doc.text, s, e, doc.lang) if _said_adopted(folded, doc.lang, d)), None)
    if adopted and not any(d.value[2] for d in find_dates(folded, s, e, anchor)):
        return (adopted.start, adopted.end), "adopted"
    held = next(iter(find_formats(folded, doc.text, s, e)), None) if _HELD.search(folded, s, e) else None
    if not bare or held is not None:
        return ((held.start, held.end), "held") if held else None
    # a line with no cue of a meeting under a meeting's: titles alone ("– Kế hoạch hành động 5 năm (2018-2022)", "Văn kiện:
    # Tuyên bố Tam Á"), or a list line that opens with where, when or how it was held ("- Manila, October 1992, ...",
    # "– Kết hợp trực tiếp & trực tuyến"), set apart from what follows - not "Nhật Bản khẳng định ..."
    if listed := _titles_line(doc, s, e):
        return listed, "adopted"
    if where_and_when := _place_and_day_line(doc, s, e, anchor):
        return where_and_when, "held"
    if not (item := _LIST_ITEM.match(doc.text, s)):
        return None
    told = find_places(folded, doc.text, item.end(), e) + find_dates(folded, item.end(), e, anchor) + find_formats(folded, doc.text, s, e)
    held = next((x for x in told if x.start == item.end() and _APPOSED_END.match(doc.text, x.end)), None)
    return ((held.start, held.end), "held") if held else None


def _titles_line(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    """The titles of a line that holds titles alone ("- ASEAN Concord IV [PDF]", "Văn kiện: Tuyên bố Tam Á"): under a
    meeting's line, what that meeting adopted."""
    listed = titles_of_list_line(doc.folded, doc.text, s, e, doc.lang)
    return (listed[0].start, listed[-1].end) if listed else None


def _place_and_day_line(doc: Doc, s: int, e: int, anchor: str | None) -> tuple[int, int] | None:
    """A line of only where and when ("Siem Reap, 5 April 2018", "Viêng Chăn, ngày 26/7/2024", "Kunming, China | 4-5 July
    2005") right under a title, as a speech gives it under the edition it was given at, or a page of editions under each -
    not under a statement's last paragraph, nor a letter's subject line: the place's span."""
    text, folded = doc.text, doc.folded
    line = text[s:e].rstrip()
    top = text.rfind("\n", 0, s - 1) + 1
    above = text[top : s - 1].rstrip()
    if (
        text[s - 1 : s] != "\n"
        or text.find("\n", s) not in (-1, s + len(line))
        or above.endswith(_SENTENCE_END)
        or not find_ordinals(folded, text, top, s - 1)
    ):
        return None
    told = sorted(find_places(folded, text, s, e) + find_dates(folded, s, e, anchor), key=lambda x: x.start)
    if not told or told[0].label != "place" or told[-1].label != "date" or told[0].start != s or told[-1].end != s + len(line):
        return None
    return (s, told[0].end) if all(_PLACE_DAY_SEP.fullmatch(folded, a.end, b.start) for a, b in pairwise(told)) else None


def _bounds(text: str, folded: str, start: int, at: int) -> bool:
    """Whether the word before `at` makes a date a bound ("đến 15/11", "until", "since"): not "tối" (evening) folded alike."""
    word = _NOT_DATE.search(folded, start, at)
    return word is not None and text[word.start("w") : word.end("w")].lower() not in _NOT_DATE_LOOKALIKES


def _of_another_meeting(folded: str, d: Span, mentions: list[Mention]) -> bool:
    """Whether a day names a meeting the sentence does not name ("the Fifth MLC Foreign Ministers' Meeting ... had laid
    the groundwork for today's Meeting", "Hội nghị hôm nay"): it dates none of those named. "Tuesday's Mekong-Japan Summit"
    dates its own."""
    named = _POSSESSIVE_DAY.match(folded, d.end) or _DAY_OF_LEVEL.search(folded, max(0, d.start - 14), d.start)
    return bool(named and mentions and not any(m.start <= named.end() - 1 < m.end for m in mentions))


def _said_adopted(folded: str, lang: str, document: Span) -> bool:
    """Whether a document is said to be adopted, signed or issued, in Vietnamese by someone ("đã thông qua")."""
    return (
        lang != "vi"
        or bool(_VI_ADOPTED.search(folded, max(0, document.start - 40), document.start))
        or bool(_VI_PASSIVE.match(folded, document.end))
    )


def _speaks_of_one(folded: str, level: Span) -> bool:
    """Whether a level cue without a name speaks of one meeting that may be the one in focus:
    not "summits", not "the next summit"."""
    return not is_plural(folded, level) and not names_other_edition(folded, level)


def _years_of_months(doc: Doc) -> dict[str, str]:
    """For a page with no date of its own: the one year its days of a month ("từ ngày 22-30/8/2020") or its headings
    ("Điểm lại hoạt động đối ngoại tháng 12/2023") give that month, the year of a day given without one ("Sáng nay
    (24/8)"). Not a month alone in a sentence ("kể từ tháng 9/2020"): an earlier meeting's, as often as not."""
    years: dict[str, set[str]] = {}
    for d in find_dates(doc.folded, 0, len(doc.text), None):
        if doc.in_boilerplate(d.start, d.end) or not (_is_day(d.value[0]) or heading(doc, doc.sentence_of(d.start))):
            continue
        for iso in d.value[:2]:
            if iso and len(iso) >= 7 and iso[:4].isdigit():
                years.setdefault(iso[5:7], set()).add(iso[:4])
    return {month: found.pop() for month, found in years.items() if len(found) == 1}


def _sheet_item(anaphor: str) -> bool:
    """Whether an anaphor is the label of a fact sheet's item ("- **When:**", "• Date:"), not of an e-mail's header."""
    label = _FIELD_LABEL.fullmatch(anaphor)
    return label is not None and bool(label.group("item") or label.group("bold"))


def _fact_line(doc: Doc, s: int, out: list[_Sentence], follows: bool) -> re.Match[str] | None:
    """The label of a fact sheet's line ("Date: ...") under its title or the sheet's line before, past lines such as
    "Posted: 2022-07-01 | Source: ..."."""
    label = _FIELD_LABEL.match(doc.folded, s)
    return label if label and (follows or (out and _KEY_VALUE_LINES.fullmatch(doc.text, out[-1].span[1], s))) else None


def _annotate(doc: Doc) -> list[_Sentence]:
    """Mentions and field values of every sentence that can hold a fact."""
    text, folded = doc.text, doc.folded
    out = []
    lead_day: tuple[str | None, str | None, bool] | None = None  # the first full date the body gives: the story's day
    last_day: tuple[str | None, str | None, bool] | None = None  # the last single day a sentence gave
    anchor = _today(doc)
    published_day = anchor if anchor and len(anchor) == 10 else None
    years_of_months = _years_of_months(doc) if anchor is None else {}
    dateline = find_dateline(doc) or (0, 0)
    # one look at the whole body tells which sentences hold a cue at all
    cues = sorted(
        [f.start for f in find_frameworks(folded, text, 0, len(text))]
        + [lv.start for lv in find_levels(folded, text, 0, len(text))]
        + [a[0] for a in anaphora_lexicon().spans(folded, text)]
    )
    previous: tuple[int, int] | None = None
    rows = table_rows(doc, anchor) if doc.tables else {}
    for sent in doc.sentences:
        s, e = sent
        if rows and any(ln[0] <= s < ln[1] for ln in rows):
            # a table's row is its meeting and the fields its cells give, in as many sentences as a full stop in a cell makes,
            # or in one with the rows under it when no cell ends in a full stop
            for line in [ln for ln in rows if ln[0] <= s < ln[1] or s <= ln[0] < e]:
                found, rows[line] = rows[line], []
                for meeting, attrs in found:
                    out.append(_Sentence(line, [meeting], attrs, "", line[0], "one", [], [], [], []))
                    for a in attrs:
                        doc.spans.setdefault(a.field, []).append(a.span)
            continue
        follows = bool(out) and out[-1].span == previous  # the sentence before spoke of a meeting
        before, previous = previous, sent
        editions: list[Span] = []
        i = bisect_left(cues, s)
        if not (i < len(cues) and cues[i] < e) and not has_series(text, s, e):
            fws, series, levels, mentions, leftover = [], [], [], [], []
            listed = _list_end(text, e)
            if listed and (bisect_left(cues, listed) > bisect_left(cues, e) or _lists_editions(doc, e)):
                # "Trong ngày 4/11, Thủ tướng lần lượt tham dự:" over a list of meetings, "Điểm lại các lần trước:" over
                # "- Lần 1: năm 2010 ở Hua Hin": what it says is said of each
                ordinals, anaphors = [], [(text.rfind(":", s, e), e, "list")]
            else:
                label = _fact_line(doc, s, out, follows)
                if not (follows or label):
                    continue
                # "The first took place in Hua Hin in 2010, the second in ...": that meeting's series;
                # "Premier Li Keqiang and PM Thongloun co-chaired.": that meeting's chairs
                ordinals = find_ordinals(folded, text, s, e)
                editions = bare_editions(folded, s, ordinals)
                cue = said[0] if (said := _follow_up(doc, s, e, anchor, bare=True)) else None
                if not (editions or cue or label or _PREVIOUS_ONES.match(folded, s)):
                    continue
                anaphors = [] if editions else [(*cue, "last")] if cue else [(s, label.end(), "last")] if label else []
        else:
            fws, series, levels = meeting_cues(text, folded, s, e)
            named_before = any(x.mentions for x in out)
            anaphors = [
                (a, b, kind.removeprefix("lead-"))
                for a, b, kind in anaphora_lexicon().spans(folded, text, s, e)
                if not (named_before and kind.startswith("lead-"))
            ]
            if not (fws or series or anaphors or levels):
                continue
            ordinals = find_ordinals(folded, text, s, e)
            mentions, leftover = find_mentions(text, folded, doc.lang, s, e, fws, levels, ordinals, series)
            habitual = [m for m in mentions if m.ordinal is None]
            if habitual and _HABITUALLY.search(folded, s, e) and not find_dates(folded, s, e, anchor):
                # "It is usually held on the sidelines of the ASEAN Foreign Ministers' Meeting": the host of every year, none;
                # "Hội nghị X thường tổ chức bên lề Y": nor X
                mentions = [m for m in mentions if m not in habitual]
            if mentions and _SUPPOSED.search(text, s, mentions[0].start):
                mentions = []  # "Giả sử Việt Nam là nước đồng chủ trì một Hội nghị Cấp cao X": a case made up, no meeting
            # "phiên "Mô phỏng Hội nghị Cấp cao X"", "a mock X summit", "any future X summit": none held
            mentions = [m for m in mentions if not _PRETEND.search(folded, max(s, m.start - 24), m.start)]
            # "Yoon, attending his second ASEAN-ROK Summit, said ...": the one in focus, counted by who attends it
            personal = [m for m in mentions if m.ordinal is None and _PERSONAL_COUNT.search(folded, max(s, m.start - 24), m.start)]
            if personal:
                mentions = [m for m in mentions if m not in personal]
                anaphors = [*anaphors, (personal[0].start, personal[0].end, "one")]
            # "a Mekong-U.S. leaders' meeting could one day be attached to the East Asia Summit": one that may be, and what
            # it may go with
            may = [
                m
                for m in mentions
                if m.ordinal is None and _INDEFINITE.search(folded, max(s, m.start - 4), m.start) and _MAY_BE.match(folded, m.end)
            ]
            if may:
                mentions = [m for m in mentions if m.start < may[0].start]
            many = [m for m in mentions if m.ordinal is None and not m.host and _MANY.search(folded, max(s, m.start - 6), m.start)]
            if many and _crosshead(text, sent, folded) and not find_dates(folded, s, e, anchor):
                # "CÁC HỘI NGHỊ LÃNH ĐẠO MLC" over a list: a series (in a sentence, "tham dự các Hội nghị ..." names meetings)
                many += [m for m in mentions if any(m.parent is x for x in many)]  # and its meetings with partners
                mentions = [m for m in mentions if not any(m is x for x in many)]
                leftover += [lv for lv in levels if any((lv.start, lv.end) == m.spans.get("level") for m in many)]
            if not mentions and leftover:
                named = find_frameworks(folded, text, *before) if before and not fws else []
                mentions = founded_as_said_before(folded, s, e, fws, named, ordinals, leftover)
            # not a named meeting's own words, nor its "và các hội nghị liên quan"
            own = [(m.start, r.end() if (r := _RELATED.match(folded, m.end)) else m.end) for m in mentions]
            anaphors = [a for a in anaphors if not any(a0 <= a[0] < a1 for a0, a1 in own) and not _MEET_HABITUALLY.match(folded, a[1])]
            if not mentions and any(_of_its_own().match(folded, a[1]) for a in anaphors):
                continue  # "chủ trì cuộc họp Ban Tổ chức quốc gia", "cuộc họp báo": a meeting of no framework's
            free = fws  # a framework named outside titles ("At this Summit, you will endorse the GMS ... Framework 2030")
            if not anaphors and leftover and fws:
                titles = find_documents(folded, text, s, e, doc.lang)
                free = [f for f in fws if not any(t.start <= f.start < t.end for t in titles)]
            if not (anaphors or free):
                # "The two-day summit, held on 30-31 March, ...": lowercase words only, not "the G20 summit",
                # nor "the annual summit between Japan and ASEAN"
                for lv in leftover:
                    the = _DEFINITE.search(text, max(s, lv.start - 30), lv.start)
                    if the and _speaks_of_one(folded, lv):
                        anaphors = [(the.start(), lv.end, "one")]
                        break
            weak = all(_WEAK_ANAPHORA.match(folded[a[0] : a[1]]) for a in anaphors)  # none, or only "leaders", "a meeting"
            if weak and not (mentions or fws or named_before):
                # the lead, before any meeting is named: "Leaders meet at summit level in Busan today", "Suga on
                # Friday pledged ..., as he co-chaired a summit with leaders of ..."
                anaphors = [(lv.start, lv.end, "one") for lv in leftover[:1] if _speaks_of_one(folded, lv)] or anaphors
            elif weak and not (mentions or named_before):
                # "Biegun and Minh co-chaired a virtual meeting that launched the Mekong-U.S. Partnership": the meeting named next
                anaphors = [
                    (lv.start, lv.end, "one") for lv in leftover[:1] if _CHAIRED_ONE.search(folded, max(s, lv.start - 40), lv.start)
                ] or anaphors
            its_meeting = next((sp for f in fws for lv in leftover if (sp := _its_meeting(folded, f, lv))), None) if fws else None
            if its_meeting and named_before and not mentions:
                anaphors = [its_meeting]  # "The Mekong-Lancang meeting on Tuesday was co-chaired by ...": that framework's
            if not (mentions or anaphors):
                # "The MRC Council today approved ...", "Hội đồng MRC đã thông qua ...": a body deciding speaks of its meeting
                anaphors = [(f.start, f.end, "one") for f in fws if f.value[1] and _BODY_DECIDES.match(folded, f.end)][:1]
            if (
                not mentions
                and follows
                # no anaphor, or people named after what is said ("It was co-chaired by A and B, with ministers ... from")
                and all(_who(folded, *a[:2]) for a in anaphors)
                and (said := _follow_up(doc, s, e, anchor))
                and all(said[0][1] <= a[0] for a in anaphors)
            ):
                # "Ministers reviewed the MGC Plan of Action ... and were co-chaired by ...": the meeting before; "They
                # adopted the "Mekong-Japan Initiative ..."": a name in a title names no meeting - it is that framework's
                (a, b), what = said
                if what != "adopted":
                    anaphors = [(a, b, "last")]
                elif fws and (titles := find_documents(folded, text, s, e, doc.lang)):
                    anaphors = [(a, b, "framework")] if all(any(t.start <= x.start < t.end for t in titles) for x in fws + levels) else []
            if not (mentions or anaphors or ordinals) and follows and (listed := _titles_line(doc, s, e)):
                # "- ASEAN Concord IV [PDF]" under the line of the meeting that adopted it, not "- Chair's Statement of the
                # 20th ASEAN-India Summit" under a meeting of no framework of ours
                anaphors = [(*listed, "last")]
            if not (mentions or anaphors) and (label := _fact_line(doc, s, out, follows)):
                anaphors = [(s, label.end(), "last")]  # "• Chair: PM Prayut (Thailand = ASEAN chair 2019)": the sheet's meeting
        if follows and not (mentions or editions or leftover):
            editions = bare_editions(folded, s, ordinals)  # "The first was held in Hua Hin, where leaders ..."
        if not (
            mentions
            or anaphors
            or editions
            or (leftover and ordinals)
            or any(names_other_edition(folded, lv) or (fws and is_plural(folded, lv)) for lv in leftover)  # "MRC summits ..."
            or (follows and _PREVIOUS_ONES.match(folded, s))
            or (leftover and _lists_editions(doc, e))  # "Summits" over "• First – 7 November 2009, Tokyo"
        ):
            continue
        anaphor = folded[anaphors[0][0] : anaphors[0][1]] if anaphors else ""
        attrs: list[Attr] = []
        docs = find_documents(folded, text, s, e, doc.lang) or titles_of_list_line(folded, text, s, e, doc.lang)
        dates = find_dates(folded, s, e, anchor)
        # "progress under the five-year plan of action adopted last year": a title adopted on a day of its own, at no
        # meeting named - neither is this meeting's
        dated = [
            (t, d)
            for t in docs
            for d in dates
            if _ADOPTED_ON.fullmatch(folded, t.end, d.start)
            and not ((at := _AT_THE.match(folded, d.end)) and any(m.start == at.end() for m in mentions))
        ]
        docs = [t for t in docs if all(t is not x[0] for x in dated)]
        dates = _in_the_year_stated([d for d in dates if all(d is not x[1] for x in dated)], folded)
        occupied = [(m.start, m.end) for m in mentions] + [(d.start, d.end) for d in docs]
        journey = _journey_end(doc, s, e, [m.start for m in mentions] + [a[0] for a in anaphors]) if dates else -1
        for d in dates:
            edition_year = _EDITION_YEAR.match(folded, d.start)
            if edition_year:  # "lần thứ 10/2015": the 10th, held in 2015
                d = Span(edition_year.start("y"), d.end, "date", (edition_year.group("y"), None, True))
            # "since July 2009, when Clinton met ... at the first X": the day of the meeting named after it
            when_met = _WHEN_AFTER.match(folded, d.end) is not None and any(m.start >= d.end for m in mentions)
            if (
                any(a <= d.start < b for a, b in occupied)
                or (
                    _bounds(text, folded, max(s, d.start - 40), d.start)
                    and not (d.value[1] and _FROM_DAY.search(folded, s, d.start))
                    and not when_met
                )
                or (
                    len(d.value[0]) == 4
                    and (_CHAIR_TERM.search(folded, max(s, d.start - 80), d.start) or _YEARS_CHAIR.match(folded, d.end))
                )
                or (len(d.value[0]) <= 7 and _TAKES_OVER.search(folded, max(s, d.start - 60), d.start))
                or (len(d.value[0]) == 4 and _THEME_YEAR.search(text, max(s, d.start - 60), d.start))
                or (len(d.value[0]) == 4 and _TREATY_YEAR.search(folded, max(s, d.start - 50), d.start))
                or _EDITION_BEFORE.search(text, max(s, d.start - 12), d.start)
                or _of_another_meeting(folded, d, mentions)
            ):
                continue
            clause = _NOT_DATE_CLAUSE.search(folded, max(s, d.start - 40), d.start)
            # "founded in July 2009 at the X", "began Thursday with the 21st X"
            at_meeting = when_met or any(
                _AT_THE.fullmatch(folded, d.end, m.start) or _WITH_THE.fullmatch(folded, d.end, m.start) for m in mentions + leftover
            )
            proposed = _PROPOSED.search(folded, max(s, d.start - 120), d.start)
            if proposed and mentions and not any(m.start > proposed.start() for m in mentions + leftover):
                continue  # "At the X, Park proposed that the two sides upgrade relations next year": what is proposed, not X
            # "since the CLV-8 was held in 2014", "since Hanoi hosted the sixth in March 2018": a meeting stands between
            between = [m.start for m in mentions + leftover] + [o.start for o in ordinals]
            if clause and not at_meeting and not any(clause.start() < x < d.start for x in between):
                continue
            if not at_meeting and (
                _SAID_ON.search(folded, max(s, d.start - 40), d.start)
                or _SAID_AFTER.match(folded, d.end)
                or _BRIEFING.search(folded, d.end, min((m.start for m in mentions if m.start >= d.end), default=d.end))
            ):
                continue  # not "Abe said Saturday at a summit in Tokyo", nor "Chiều 27/3, ... họp báo giới thiệu Hội nghị X"
            if in_dateline_head(text, s, d.start) or dateline[0] <= d.start < dateline[1]:
                continue  # the day the story was filed
            if d.value[0] == SAME_DAY:
                # "Chiều cùng ngày", "on the same day": the last day a sentence gave (not as background); beside another
                # meeting ("on the sidelines on the same day", "the same day as the ACMECS summit"), the story's day
                beside = _SAME_DAY_AS.match(folded, d.end) or host_lexicon().spans(folded, text, s, e)
                day = (None if beside else last_day) or lead_day or (published_day, None, False)
                if day[0] is None:
                    continue
                d.value = day
            else:
                if d.value[0].startswith("--") or not d.value[2]:
                    # "Ngày 9/12/2020, ...; Cũng trong ngày 9/12": the year the text gave that month; before the year of
                    # publication, the one the sentence before gave it ("from 2 to 4 November 2019. On 4 November, ...")
                    day = d.value[0][-6:]
                    told = [a.span.value for a in (out[-1].attrs if out else []) + attrs if a.field == "date"]
                    # not "Mới đây nhất, ngày 13/11, ...", "Most recently, on 13 November": the year of publication
                    recent = _RECENTLY.search(folded, s, d.start)
                    said = (
                        lead_day
                        if d.value[0].startswith("--")
                        else told[-1]
                        if told and told[-1][2] and _is_day(told[-1][0]) and not recent
                        else None
                    )
                    year = said[0][:4] if said and said[0] and said[0][4:7] == day[:3] else years_of_months.get(day[1:3])
                    if entry := _YEAR_LEAD.match(text, text.rfind("\n", 0, d.start) + 1, d.start):
                        year = entry.group(1)  # "2010 – 5 April: First MRC Summit, Hua Hin": a timeline line's year
                    if year and _day(year + day) and (d.value[1] is None or _day(year + d.value[1][-6:])):
                        d.value = (year + day, d.value[1] and year + d.value[1][-6:], False)
                if _is_day(d.value[0]) and lead_day is None:
                    lead_day = d.value
            if d.start < journey or _TRIP_BEFORE.search(folded, max(s, d.start - 40), d.start):
                d = _month_only(d)  # type: ignore[assignment]
                if d is None:
                    continue
            attrs.append(Attr("date", d, sent))
            if d.value[1] is None and _is_day(d.value[0]) and not _BACKGROUND.search(folded, s, d.start):
                last_day = d.value
        if (mentions or (leftover and ordinals)) and not any(a.field == "date" for a in attrs):  # "The second meeting, ..."
            # not "- 15:00: Họp báo quốc tế giới thiệu Hội nghị X" under its day: a briefing about it
            about = _BRIEFING.search(folded, s, mentions[0].start if mentions else e)
            if not about and (entry := _timeline_entry(doc, s, e, anchor)):
                attrs += entry
                if entry[0].span.value[1] is None and _is_day(entry[0].span.value[0]):
                    last_day = entry[0].span.value  # "Ngày 9/10: ..." over the paragraph, then "Chiều cùng ngày, ..."
            elif before and _REMARKS_MADE.search(folded, s, e) and (said := _day_said(doc, before, anchor, dateline)):
                attrs.append(Attr("date", said, before))
            elif (
                before
                and len(mentions) == 1
                and mentions[0].ordinal is not None
                and not _ANOTHER_TIME.search(folded, s, e)
                and (said := _lead_day(doc, before, anchor, dateline))
            ):
                # "Foreign Minister Cho on Friday called for ... Cho co-chaired the 14th Mekong-Korea foreign ministers'
                # meeting with ...": a wire story's lead tells the day of the edition the sentence after it names (not of
                # one it names beside another, nor of "the meeting, held a day after the ASEAN-Korea Summit")
                attrs.append(Attr("date", said, before))
        fw_spans = [(f.start, f.end) for f in fws]
        apposed = -1  # where a place set off after a meeting's name ends: "First MRC Summit, Hua Hin, Thailand."
        labelled = (field := _FIELD_LABEL.match(folded, s)) is not None and field.group("place") is not None  # "Venue: Bagan"
        listed_at = [o.end for o in editions]  # where a list item's venue may stand: after its edition, or the day after it
        listed_at += [
            a.span.end for a in attrs if a.field == "date" and any(_LISTED_AT.fullmatch(folded, x, a.span.start) for x in listed_at)
        ]
        # or opening a line under the meeting's: "- Manila, October 1992"
        opens_line = item.end() if not (mentions or fws or levels) and (item := _LIST_ITEM.match(text, s)) else -1
        if opens_line == -1 and not (mentions or fws or levels) and _place_and_day_line(doc, s, e, anchor):
            opens_line = s  # "Siem Reap, 5 April 2018" under a speech's title
        # a timeline's entry that opens with where and when: "Phnom Penh, tháng 11/2002: Hội nghị Thượng đỉnh GMS đầu tiên ..."
        entry_dates = [a.span for a in attrs if a.field == "date" and _ENTRY_LEAD_ENDS.match(text, a.span.end)]
        for p in find_places(folded, text, s, e):
            p.value["venue"] = p.value["venue"] or labelled
            if p.start == s and any(_PLACE_DAY_SEP.fullmatch(folded, p.end, d.start) for d in entry_dates):
                p.value["venue"] = True
            # "- Lần thứ hai: Côn Minh (Trung Quốc), năm 2005", "• Lần thứ nhất – 27 tháng 11 năm 2019, Busan, Hàn Quốc"
            if (p.start == opens_line and _APPOSED_END.match(text, p.end)) or any(
                _LISTED_AT.fullmatch(folded, end, p.start) for end in listed_at
            ):
                p.value["venue"] = True
            if _APPOSED.fullmatch(folded, apposed, p.start) or (
                p.value["city"] and any(_APPOSED.fullmatch(folded, m.end, p.start) for m in mentions) and _APPOSED_END.match(text, p.end)
            ):
                p.value["venue"], apposed = True, p.end
            elif _GLOSSED_PLACE_ENDS.match(text, p.end) and any(
                _GLOSS_OPENS.fullmatch(folded, x.end, p.start) for x in mentions + ordinals
            ):
                # "Hội nghị lần thứ 4 (Tokyo, 21 tháng 4 năm 2012)", "the 11th Summit (Bangkok)"; its country may follow
                p.value["venue"], apposed = True, p.end
            if p.value["venue"] and not any(a <= p.start < b for a, b in fw_spans + [(d.start, d.end) for d in docs]):
                attrs.append(Attr("place", p, sent))
        attrs += [Attr("format", f, sent) for f in find_formats(folded, text, s, e)]
        taken = {m.spans.get("ordinal") for m in mentions}
        attrs += [
            Attr("ordinal", o, sent)
            for o in ordinals
            if (o.start, o.end) not in taken
            and folded.endswith("the ", s, o.start)
            and (_OF_ITS_KIND.match(folded, o.end) or (_IT_WAS.fullmatch(folded, s, o.start) and _OF_A_KIND.match(folded, o.end)))
        ]
        # no chair inside a title ("... co-chaired by A and B, leaders adopted the Joint Vision Statement on ASEAN-Japan Friendship")
        attrs += [Attr("chairs", c, sent) for c in find_chairs(folded, text, s, e) if not any(d.start <= c.start < d.end for d in docs)]
        if speaker := speaker_chairing(folded, text, doc.sentences, s, e):  # "as Chair of this Summit, I ...": the title's speaker
            attrs.append(Attr("chairs", speaker, doc.sentence_of(speaker.start)))
        # a title on a list line after ":", or in the sentence before "Văn kiện này được thông qua": its own sentence
        attrs += [Attr("documents", d, sent if s <= d.start < e else doc.sentence_of(d.start)) for d in docs]
        for label, found in (("framework", fws), ("level", levels), ("series", series), ("ordinal", ordinals)):
            doc.spans.setdefault(label, []).extend(found)
        for a in attrs:
            if a.field != "ordinal":  # recorded with the sentence's ordinals above
                doc.spans.setdefault(a.field, []).append(a.span)
        named = {id(f) for f in fws if any(m.start <= f.start < m.end for m in mentions)}
        hosts = host_lexicon().spans(folded, text, s, e) if fws else []
        # "foreign ministers ... met at their ninth meeting, on the sidelines of ASEAN-related gatherings": not ASEAN's
        # nor the ASEAN a country chairs ("..., đúng năm Việt Nam giữ cương vị Chủ tịch ASEAN", "the rotating ASEAN chairmanship")
        unnamed = [
            f.value[0]
            for f in fws
            if id(f) not in named
            and not after_host(folded, hosts, f.start)
            and not _CHAIR_OF.search(folded, max(s, f.start - 25), f.start)
            and not _CHAIRMANSHIP.match(folded, f.end)
        ]
        if not fws and leftover and before and _ITS_OPENS.match(folded, s):
            # "China's Lancang-Mekong Cooperation. Its first leaders' meeting took place in Sanya": the framework the
            # sentence before names, when it names one, not the meeting in focus
            unnamed = list({f.value[0]: None for f in find_frameworks(folded, text, *before)})
            unnamed = unnamed if len(unnamed) == 1 else []
        refers_to = anaphors[0][2] if anaphors else "one"
        out.append(
            _Sentence(sent, mentions, attrs, anaphor, anaphors[0][0] if anaphors else s, refers_to, unnamed, leftover, ordinals, editions)
        )
    return out


def _agree_to(a: str | None, b: str | None, n: int) -> bool:
    """Whether two dates agree in their first `n` characters (4: the year, 7: the month)."""
    return dates_agree((a or "")[:n] or None, (b or "")[:n] or None)


def _is_day(date: str) -> bool:
    """Whether a date gives a day ("2020-11-12", "--11-12"), not only a month or a year."""
    return len(date) == 10 or date.startswith("--")


def _lead_day(doc: Doc, sentence: tuple[int, int], anchor: str | None, dateline: tuple[int, int]) -> Span | None:
    """The weekday a story's lead tells, in one of its first sentences ("Prime Minister Takaichi on Sunday pledged ...")."""
    if len(doc.sentences) > LEAD_REACH and sentence[0] >= doc.sentences[LEAD_REACH][0]:
        return None
    day = _day_said(doc, sentence, anchor, dateline)
    return day if day and WEEKDAY.search(doc.folded, day.start, day.end) else None


def _day_said(doc: Doc, sentence: tuple[int, int], anchor: str | None, dateline: tuple[int, int]) -> Span | None:
    """The one day of a sentence that tells what someone said or did that day ("Li on Monday called on ...")."""
    days = [
        d
        for d in find_dates(doc.folded, *sentence, anchor)
        if len(d.value[0]) == 10 and not d.value[1] and not dateline[0] <= d.start < dateline[1]
    ]
    return days[0] if len(days) == 1 else None


def _in_the_year_stated(dates: list[Span], folded: str) -> list[Span]:
    """A sentence's days given without a year ("held from 23 to 25 October 2009, followed by the 12th X on 24 October")
    in the one year its other dates of that month state, or else the one year it states before them ("Năm 2020, ...
    ngày 28/9"), not the year of publication - not "December 15 last year"."""
    out = []
    for d in dates:
        date, end, anchored = d.value
        said = folded[d.start : d.end]
        if not anchored and date and len(date) == 10 and any(c.isdigit() for c in said) and not _RELATIVE_YEAR.search(said):
            stated = {x.value[0][:4] for x in dates if x.value[2] and x.value[0] and x.value[0][4:7] == date[4:7]}
            # "Năm 2020, ... Hội nghị X ngày 28/9": the one year the sentence states before it
            stated = stated or {x.value[0] for x in dates if x.start < d.start and x.value[0] and len(x.value[0]) == 4 and not x.value[1]}
            if len(stated) == 1 and (year := stated.pop()).isdigit() and year != date[:4]:
                d = Span(d.start, d.end, d.label, (year + date[4:], end and year + end[4:], True))
        out.append(d)
    return out


def _dated_heading(doc: Doc, begin: int, end: int, anchor: str | None) -> Span | None:
    """The day a crosshead opens with, over the paragraph it dates: "Ngày 9/10: Hai hội nghị cấp cao trong một ngày", "⏪ Chủ
    nhật, 25/5 — Các Bộ trưởng Ngoại giao dọn đường" - a day without a year (a page's date stamp gives one), then a title."""
    if doc.text.endswith((".", "!", "?"), begin, end):
        return None
    days = find_dates(doc.folded, begin, end, anchor)
    if len(days) != 1 or days[0].value[1] or not _is_day(days[0].value[0]) or _FOUR_DIGITS.search(doc.text, days[0].start, days[0].end):
        return None
    d = days[0]
    head = LEADING_MARKS.sub("", doc.folded[begin : d.start])
    titled = _HEADING_TITLE.fullmatch(doc.text, d.end, end)
    return d if titled and _DAY_WORDS.fullmatch(head.strip(_TIMELINE_MARKS)) else None


def _timeline_entry(doc: Doc, start: int, stop: int, anchor: str | None) -> list[Attr]:
    """ "November 2002" on a line of its own, then "The 1st GMS Summit is held in Phnom Penh.": a timeline's
    entry, dated by the line before it - a year or a month, as a page's own date stamp gives a day; a day too when
    a place or a format follows it ("March 23, 2016 - Sanya, China", "August 24, 2020 - Video link"), or when the
    line under the meeting's gives a field, as a calendar's entries do ("8-11 October 2024 [M]" over "44th ASEAN Summit"
    over "Venue: ..."). Their evidence is the line and the sentence under it, no headline: a date there tells meetings
    apart."""
    text = doc.text
    if lead := _YEAR_LEAD.match(text, start, stop):  # "2021 - The seventh GMS Summit, held virtually, adopts ...": on one line
        return [Attr("date", Span(lead.start(1), lead.end(1), "date", (lead.group(1), None, True)), (start, stop))]
    line_start = text.rfind("\n", 0, start) + 1
    inside = bool(text[line_start:start].strip())  # not the first sentence of its paragraph: only a diary's day heads it
    if inside and (opening := _DAY_OPENS.match(doc.folded, line_start, start)):
        # "Thứ Tư, 23/3. Ngày chính. Hội nghị ... khai mạc": the day the paragraph opens with
        days = find_dates(doc.folded, line_start, opening.end(), anchor)
        if len(days) == 1 and _is_day(days[0].value[0]) and not _FOUR_DIGITS.search(text, days[0].start, days[0].end):
            return [Attr("date", days[0], (line_start, stop))]
    end = line_start - 1
    agenda = not inside and _AGENDA_LINE.match(doc.folded, start) is not None
    while agenda and _AGENDA_LINE.match(doc.folded, above := text.rfind("\n", 0, end) + 1) and above > 0:
        end = above - 1  # an agenda's lines ("09:00 – 09:45  Opening Ceremony of the 43rd ASEAN Summit") under their day
    while end > 0 and text[end - 1].isspace():
        end -= 1
    begin = text.rfind("\n", 0, end) + 1
    if not inside and end - begin <= CROSSHEAD and (dated := _dated_heading(doc, begin, end, anchor)):
        return [Attr("date", dated, (begin, stop))]
    if end - begin > TIMELINE_LINE:
        return []  # a paragraph, not a date on a line of its own: no date search over it
    year = _YEAR_LINE.fullmatch(text, begin, end)  # "1992" alone is a date only here
    dates = [Span(year.start(1), year.end(1), "date", (year.group(1), None, True))] if year else find_dates(doc.folded, begin, end, anchor)
    dates = [x for x in dates if x.value[2]] if len(dates) > 1 else dates  # "THURSDAY, 7 SEPTEMBER 2023": the day the weekday is
    head = LEADING_MARKS.sub("", doc.folded[begin : dates[0].start] if dates else "")  # "🔹 10/1 – Phnôm Pênh"
    if len(dates) != 1 or not _DAY_WORDS.fullmatch(head.strip(_TIMELINE_MARKS)):
        return []
    d = dates[0]
    line = (begin, stop)
    below = text.find("\n", stop)
    if not inside and below != -1 and _FIELD_LABEL.match(doc.folded, below + 1) and _NOTE.fullmatch(text, d.end, end):
        return [Attr("date", d, line)]  # a calendar's entry
    if d.value[1]:
        return []
    if not text[d.end : end].strip(_TIMELINE_MARKS) or _NOTE.fullmatch(text, d.end, end):
        # a year or a month; a day only over an agenda's lines, or a diary's day of the week with no year ("Thứ Năm
        # 12/11", "THURSDAY, APRIL 5") - else it is the page's own date stamp
        weekday = _WEEKDAY.search(doc.folded, begin, d.start) is not None and (
            not _FOUR_DIGITS.search(text, d.start, d.end) or _LIST_ITEM.match(text, start) is not None  # a diary's day over its items
        )
        if inside:
            return [Attr("date", d, line)] if weekday and len(d.value[0]) == 10 else []
        return [Attr("date", d, line)] if len(d.value[0]) in (4, 7) or ((agenda or weekday) and len(d.value[0]) == 10) else []
    if inside:
        return []
    where = _ENTRY_WHERE.match(text, d.end, end)
    if where is None:
        return []
    if (gloss := text.find("(", where.end(), end)) != -1:
        end = gloss  # "12/11/2015 – Cảnh Hồng (Vân Nam, TQ)", "24/8/2020 – trực tuyến (do Covid-19)": what is glossed
    places = find_places(doc.folded, text, where.end(), end)
    formats = find_formats(doc.folded, text, where.end(), end)
    told = sorted((x.start, x.end) for x in places + formats)
    gaps = zip([where.end()] + [b for _, b in told], [a for a, _ in told] + [end], strict=True)
    if not told or any(text[a:b].strip(" ,()") for a, b in gaps):
        return []  # the line holds a place or a format and nothing else: not "25/12/2023 - Tin mới"
    for p in places:
        p.value["venue"] = True
    return [Attr("date", d, line)] + [Attr("place", p, line) for p in places] + [Attr("format", f, line) for f in formats]


TIMELINE_LINE = 40  # characters a timeline's date line may hold ("| November 2002 |")
_HEADING_TITLE = re.compile(r"[^\S\n]*(?::|[-–—])[^\S\n]+\S+(?:[^\S\n]+\S+){2,}")  # ": Hai hội nghị cấp cao ...", " — Các Bộ trưởng ..."
_NOTE = re.compile(r"[^\S\n]*(?:[(\[][^()\[\]\n]{1,12}[)\]])?[^\S\n]*")  # "[M]", "(past)" after a calendar's day
# an agenda line's time: "09:00 – 09:45", "14h00", "- 15:30:", "- Tối:"
_AGENDA_LINE = re.compile(r"(?:[-•*+–][^\S\n]*)?(?:\d{1,2}[:h]\d\d\b|(?:sang|trua|chieu|toi|morning|afternoon|evening)[^\S\n]*:)")
_DAY_WORDS = re.compile(r"(?:ngay|(?:mon|tues|wednes|thurs|fri|satur|sun)day|thu \w+|chu nhat)?[\s,]*(?:ngay)?")  # "TUESDAY, 5 ..."
_WEEKDAY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\b")
_FOUR_DIGITS = re.compile(r"\d{4}")
_RELATIVE_YEAR = re.compile(r"\b(?:last|next|this|ngoai|truoc|nay|sau|toi)\b")  # "December 15 last year", "25/12 năm ngoái"
_DAY_OPENS = re.compile(rf"\s*{_WEEKDAY.pattern},?\s+[\d/ a-z]{{1,14}}?[.:](?:\s|$)")  # "Thứ Tư, 23/3. Ngày chính."
_TIMELINE_MARKS = " \t|-–—:.•*▶►▸→"
_YEAR_LINE = re.compile(r"[\s|•*]*((?:19|20)\d\d)[\s|:.–—-]*")
_APPOSED = re.compile(r"\s*,\s*")
_ENTRY_LEAD_ENDS = re.compile(r"[^\S\n]*(?::|[–—]|-\s)")
_PLACE_DAY_SEP = re.compile(r"\s*[,|·]\s*")  # "Siem Reap, 5 April 2018", "Phnom Penh, Cambodia | 3 November 2002"
_GLOSS_OPENS = re.compile(r"\s*\(\s*")
_GLOSSED_PLACE_ENDS = re.compile(r"\s*[,)]")
_APPOSED_END = re.compile(r"\s*(?:[,.;(\n]|[–—-]\s|$)")
_YEAR_LEAD = re.compile(r"(?:[-•*]\s*)?((?:19|20)\d\d)\s*(?:[–—:]|\s-)\s+")
_ENTRY_WHERE = re.compile(r"\s+[-–—|]\s+|\s*:\s+")  # "March 23, 2016 - Sanya, China"


def _resolve(text: str, mentions: list[Mention], days: dict[int, tuple[str, str | None] | None], headed: set[int]) -> list[list[Mention]]:
    """Group mentions into meetings: same framework, level and ordinal, or compatible (a day within
    another mention's span of days is compatible: "a three-day summit ... wound up on Monday"). A short
    name put in brackets after an edition names that edition from then on: "the 57th ASEAN Foreign
    Ministers' Meeting (AMM) ... The AMM, chaired by ...". A meeting named only in headings (`headed`) is the one the body
    names next with a day.
    """
    groups: list[list[Mention]] = []
    short_names: dict[str, list[Mention]] = {}
    dates = {k: v[0] for k, v in days.items() if v}

    def key(g: list[Mention]) -> tuple[str, str, int | None]:
        m = g[0]
        return m.framework, m.level, next((x.ordinal for x in g if x.ordinal is not None), None)

    def date_of(g: list[Mention]) -> str | None:
        return next((dates[id(x)] for x in g if dates.get(id(x))), None)

    def agrees(g: list[Mention], date: str | None) -> bool:
        start, end = next((days[id(x)] for x in g if days.get(id(x))), None) or (None, None)
        return dates_agree(start, date) or holds(start, end, date)

    for m in mentions:
        if m.ordinal is not None:
            same = [g for g in groups if key(g) == _key(m)]
            if m.level == "other":  # a catch-all of several series: a policy dialogue, working groups ...
                same = [g for g in same if dates_agree(date_of(g), dates.get(id(m)))]
            else:  # "the first LMI ministerial meeting in July 2009" is not the first Mekong-US one of 2020
                same = [g for g in same if _agree_to(date_of(g), dates.get(id(m)), 4)]
            if not same and "series" in m.spans:
                same = [g for g in groups if key(g)[0] == m.framework and key(g)[2] == m.ordinal]
            if same:
                same[0].append(m)
            else:
                groups.append([m])
            if short := _SHORT_NAME.match(text, m.end):
                short_names.setdefault(short["name"], same[0] if same else groups[-1])
    for m in mentions:
        if m.ordinal is not None:
            continue
        named = short_names.get(text[m.start : m.end])
        if named and named[0].start < m.start and key(named)[:2] == (m.framework, m.level):
            named.append(m)
            continue
        cands = [g for g in groups if key(g)[:2] == (m.framework, m.level) and agrees(g, dates.get(id(m)))]
        if m.other_edition:  # another edition is one already named only when their years agree
            cands = [g for g in cands if (d := date_of(g)) and dates.get(id(m)) and not d.startswith("-") and _agree_to(d, dates[id(m)], 4)]
        if dates.get(id(m)):
            # a dated mention joins a meeting whose date agrees, not an undated one - unless that one is
            # named right after it ("Li on Monday co-chaired a virtual summit of the LMC ... The fourth LMC
            # leaders' meeting, held by video link, ...") or is the next of its framework and level
            later = sorted((x for x in mentions if x.start > m.start), key=lambda x: x.start)
            same = next((x for x in later if (x.framework, x.level) == (m.framework, m.level)), None)
            cands = [g for g in cands if date_of(g) or any(x is same or (later and x is later[0]) or id(x) in headed for x in g)]
        if cands:
            before = [g for g in cands if any(x.start < m.start for x in g)]
            target = max(before, key=lambda g: (len(g), max(x.start for x in g if x.start < m.start))) if before else cands[0]
            target.append(m)
        else:
            groups.append([m])
    return groups


def _assign(assigned: dict[int, list[Attr]], target: Mention, sen: _Sentence, text: str) -> None:
    """Field values of a sentence that names no meeting go to the one it refers back to."""
    sent, attrs = sen.span, sen.attrs
    if _WEAK_ANAPHORA.match(sen.anaphor):
        attrs = [
            a for a in attrs if a.span.start >= sen.anaphor_at or _MET_THEN.search(text, max(sent[0], a.span.start - 16), a.span.start)
        ]
    reported = _REPORTED.search(text, sent[0], sent[1])
    if reported:  # "Wang told the meeting that China had suffered a drought in Yunnan last year"
        attrs = [a for a in attrs if a.field not in ("date", "place") or a.span.start < reported.start()]
    for a in attrs:
        paren = text.rfind("(", sent[0], a.span.start)
        if a.field == "date" and paren > text.rfind(")", sent[0], a.span.start) and not _WEEKDAY_BEFORE.search(text, sent[0], paren):
            continue  # "(11/2019)" after some other noun dates that noun; "on Friday (November 13)" is the day
        # "toàn bộ chuỗi hội nghị, kéo dài từ ngày 2 đến 6/8": the host's own days; "- When: 8 Sep 2021" under its heading
        a.direct = sen.refers_to == "series" or _sheet_item(sen.anaphor)
        assigned.setdefault(id(target), []).append(a)


def _attr_targets(
    a: Attr, mentions: list[Mention], sen: _Sentence, spoken_of: list[Mention], history: list[Mention], text: str, folded: str
) -> list[Mention]:
    """The meetings a value of a sentence that names meetings goes to (see `_targets`), but a
    document, a chair or a day goes to the meeting named right after "adopted at" / "will chair", and
    a document goes to the meeting an opening anaphor speaks of rather than to one named after
    it."""
    if a.field == "chairs":
        before = [m for m in mentions if m.end <= a.span.start]
        if before and _WITH_NAME.fullmatch(folded, before[-1].end, a.span.start):
            return before[-1:]  # "... and the 12th Mekong-Japan Summit with Japanese Prime Minister B": that one's
        # "Hội nghị X do Thủ tướng A chủ trì và Hội nghị Y": the meeting named right before "do"
        by = folded.rfind(" do ", a.sentence[0], a.span.start)
        owner = [m for m in mentions if m.end <= by + 1 and (by - m.end <= 3 or _RELATED_GLOSSED.fullmatch(folded, m.end, by))]
        if by != -1 and owner and not any(by < m.start < a.span.start for m in mentions):
            return owner[-1:]
    if a.field == "documents" and _WITH_ADOPTION.search(folded, max(a.sentence[0], a.span.start - 30), a.span.start):
        before = [m for m in mentions if m.end <= a.span.start]
        if before:
            return before[-1:]  # "... tại Hội nghị X ở Tam Á ngày 23/3/2016 với việc thông qua Tuyên bố Tam Á": X's
    if a.field == "documents":
        which = [m for m in mentions if m.end <= a.span.start and _WHICH_ADOPTED.fullmatch(folded, m.end, a.span.start)]
        if which:
            return which[-1:]
    then = {"documents": _ADOPTED_AT, "chairs": _CHAIRS_THE, "date": _DAY_THEN, "place": _HOSTED_THE}.get(a.field)
    named_next = then.match(folded, a.span.end) if then else None
    if a.field == "documents" and named_next is None:
        named_next = _AT_THE.match(folded, a.span.end)  # "Tuyên bố Tokyo tại Hội nghị Cấp cao lần thứ nhất và B, được thông qua"
        joined = next((b for b in sen.attrs if b.field == "documents" and _AND.fullmatch(folded, a.span.end, b.span.start)), None)
        if named_next is None and joined is not None:
            return _attr_targets(joined, mentions, sen, spoken_of, history, text, folded)  # "A và B, hai văn kiện được thông qua tại X"
    if a.field == "chairs" and named_next is None:
        # "A and Deputy Secretary B co-chaired the X": A chairs what B chairs
        later = _CHAIRS_THE.search(folded, a.span.end, min(a.sentence[1], a.span.end + 100))
        if later and not any(a.span.end <= m.start < later.start() for m in mentions):
            named_next = later
    # the meeting named next, maybe after its level words ("tại Hội nghị Cấp cao | GMS 6")
    nearest = min((m.start for m in mentions if named_next and 0 <= m.start - named_next.end() <= 25), default=None)
    named = [m for m in mentions if nearest is not None and m.start == nearest]
    if named:
        # "Kế hoạch X, được thông qua tại Hội nghị Y", "X, adopted at the Y"; "A will chair the Y", and the meetings
        # named with it ("A co-chaired the X with B and the Y with C")
        for m in mentions:
            if m.start >= named[-1].end and _coordinated(folded, text, named[-1], m):
                named.append(m)
        return named
    # "In a joint statement issued after the meeting, ... since the first X", "A và B đã đồng chủ trì cuộc họp, diễn ra bên lề
    # Hội nghị X": the meeting the anaphor speaks of (not "chủ trì cuộc họp liên ngành", a meeting of its own)
    said = _ISSUED_AFTER.match(folded, a.span.end) if a.field == "documents" else named_next
    if spoken_of and said and said.end() == sen.anaphor_at and _CLAUSE_ENDS.match(folded, sen.anaphor_at + len(sen.anaphor)):
        return spoken_of
    own = [m for m in mentions if m.end <= a.span.start and _OWN_CLAUSE.fullmatch(folded, m.end, a.span.start)]
    if own and a.field in ("date", "place", "format"):
        # "... of the 37th ASEAN Summit, which Vietnam opened virtually on Thursday": that summit's; "the 44th and 45th
        # ASEAN Summits, which opened on Wednesday": both editions' (named by the same words)
        return [m for m in own if m.end == own[-1].end]
    if a.field in ("date", "place", "format"):
        # "The decision to hold a summit was made when foreign ministers met in Bangkok in August, at their
        # ninth meeting": the meeting of the people who met, named after
        start = max((m.end for m in mentions if m.end <= a.span.start), default=a.sentence[0])
        people = _WHO.search(folded, start, a.span.start)
        met = people and _MEET.match(folded, people.end()) and _kind(people)
        later = [m for m in mentions if m.start >= a.span.end and _compatible(met or None, m.level)] if met else []
        if later and start > a.sentence[0]:
            return later[:1]
    if sen.refers_to in ("pair", "trio") and spoken_of and a.span.start > sen.anaphor_at:
        return spoken_of
    anaphor_end = sen.anaphor_at + len(sen.anaphor)
    if a.field == "format" and spoken_of and sen.refers_to == "one" and sen.anaphor_at <= a.span.start < anaphor_end:
        # "Hội nghị cấp cao trực tuyến hôm nay diễn ra sáu tháng sau Hội nghị X": the format inside the opening anaphor is its
        if mentions and all(m.start >= max(a.span.end, anaphor_end) for m in mentions):
            return spoken_of
    targets = _targets(a.span, mentions, text, folded, a.sentence)
    if a.field == "documents":
        if spoken_of and sen.anaphor_at < a.span.start and all(m.start >= a.span.end for m in targets):
            return spoken_of  # "Kết thúc Hội nghị, các Bộ trưởng ra Thông cáo chung và ... chuẩn bị cho Hội nghị X"
        # the targets come after the title, or after an opening anaphor ("Tại phiên họp, ngoài ... phiên họp lần thứ 16, ...")
        aside = all(m.start >= a.span.end for m in targets) or (sen.anaphor and all(anaphor_end <= m.start for m in targets))
        # "ra tuyên bố chung ... đã nhất trí trong Hội nghị X": not X's; "It adopted a joint statement and gave the go-ahead for
        # the first X": the meeting named before, the sentence's subject
        if (
            history
            and aside
            and (all(m.anaphoric or m.start - a.span.end > 80 for m in targets) or _IT_ADOPTED.match(folded, a.sentence[0]))
        ):
            return _last_of(history)
    return targets


def _respectively(folded: str, sent: tuple[int, int], mains: list[Mention], attrs: list[Attr]) -> list[tuple[Mention, Attr]]:
    """ "The first and second summits were held in Sanya and Phnom Penh in 2016 and 2018 respectively",
    "lần lượt diễn ra tại A (Trung Quốc) và B": the i-th venue and the i-th date of the list after
    the editions go to the i-th edition, when the lists are as long as the editions are many."""
    editions = sorted((m for m in mains if m.ordinal is not None), key=lambda m: (m.start, m.ordinal))
    # the list the word speaks of: the last editions, with nothing said between them ("the first was held in
    # Phnom Penh; the second, third and fourth in A, B and C respectively")
    run = len(editions)
    while run > 1 and not any(editions[run - 2].end <= a.span.start < editions[run - 1].start for a in attrs):
        run -= 1
    editions = editions[run - 1 :]
    if len(editions) < 2 or not _RESPECTIVELY.search(folded, *sent):
        return []
    after = sorted((a for a in attrs if a.span.start >= editions[-1].end), key=lambda a: a.span.start)
    days = [a for a in after if a.field == "date"]
    rest = [a for a in after if a.field in ("place", "format")]
    opens = bool(days and rest) and days[0].span.start < rest[0].span.start
    interleaved = bool(rest and days) and (rest[0].span.start < days[-1].span.start if opens else rest[-1].span.start > days[0].span.end)
    if len(days) == len(editions) > 1 and interleaved:
        # items that each hold a day: "năm 2020 trực tuyến, năm 2021 kết hợp ... tại Seoul, và năm 2024 tại Viêng Chăn" (the day
        # opens each), "Siem Reap (Campuchia, tháng 12/2016), Đại Lý (Vân Nam, Trung Quốc, tháng 12/2017) và ..." (it ends each)
        highs = [*(d.span.start for d in days[1:]), sent[1]] if opens else [d.span.end for d in days]
        lows = [d.span.start for d in days] if opens else [editions[-1].end, *highs[:-1]]
        items = zip(editions, days, lows, highs, strict=True)
        return [(m, a) for m, day, lo, hi in items for a in [day, *rest] if lo <= a.span.start < hi]
    out = []
    for fields in (("place", "format"), ("date",)):
        items: list[list[Attr]] = []
        for a in (a for a in after if a.field in fields):
            country_of_last = items and a.field == "place" and not a.span.value["city"]
            if country_of_last and _IN_COUNTRY.fullmatch(folded, items[-1][-1].span.end, a.span.start):
                items[-1].append(a)  # "Tam Á (Trung Quốc)": one venue
            else:
                items.append([a])
        if len(items) == len(editions):
            out += [(m, a) for m, item in zip(editions, items, strict=True) for a in item]
    return out


def _share_with_host(
    folded: str, mentions: list[Mention], mains: list[Mention], assigned: dict[int, list[Attr]], sent: tuple[int, int]
) -> None:
    """In a sentence naming a meeting and the one hosting it ("A, held on the sidelines of B
    in Hanoi on 7 March"), the place stated is both's; the day is the guests', and the
    host, which lasts longer, is known to the month - unless a clause of the host's own
    states it ("... of B and Related Summits, held here on 12 and 13 November")."""
    for h in (m for m in mentions if m.host):
        guests = [m for m in mains if m is not h]
        if not guests:
            continue
        own = next(
            (
                a
                for a in assigned.get(id(h), [])
                if a.field == "date"
                and a.span.start > h.end
                and (_OWN_CLAUSE.fullmatch(folded, h.end, a.span.start) or _RELATED_HELD.fullmatch(folded, h.end, a.span.start))
            ),
            None,
        )
        kept = []
        for a in assigned.get(id(h), []):
            if a.field == "date" and own is not None and a is not own and a.sentence == sent:
                # "X và các hội nghị liên quan diễn ra từ ngày 14-18/9 ..., chiều 17/9, ... tham dự Hội nghị Y": Y's day
                for m in guests:
                    if not any(x.field == "date" and x.sentence == sent for x in assigned.get(id(m), [])):
                        assigned.setdefault(id(m), []).append(a)
                continue
            if a.field == "date" and own is not None:
                kept += [a] if a is own else []
                continue
            if a.field in ("place", "date") and a.sentence == sent:
                for m in guests:
                    if not any(x.field == a.field and x.sentence == sent for x in assigned.get(id(m), [])):
                        assigned.setdefault(id(m), []).append(a)
            kept.append(a)
        if own is None:
            stated = [a for m in guests for a in assigned.get(id(m), []) if a.field == "date" and a.sentence == sent and a.direct]
            kept = [a for a in kept if not (a.field == "date" and a.sentence == sent)]
            month = _month_only(stated[0].span) if stated else None
            if month is not None:  # inferred, so the host's own days stated elsewhere come first ("• When: 2–4 Nov 2019")
                kept.append(Attr("date", month, sent, inferred=True))
        assigned[id(h)] = kept


def _all_named(named_in: dict[int, list[Mention]], paragraph: int) -> list[Mention]:
    """What "all the meetings" speaks of: those this paragraph named, else those the last paragraph that named some did."""
    return named_in.get(paragraph) or named_in[max(named_in)]


def _of_all(sen: _Sentence, hosted: list[tuple[Mention, Mention]]) -> bool:
    """Whether a sentence's anaphor speaks of all the meetings named: "all the meetings", and "the meetings" when no host
    and its meetings were named."""
    return sen.refers_to == "all" or _series_of_none(sen, hosted)


def _series_of_none(sen: _Sentence, hosted: list[tuple[Mention, Mention]]) -> bool:
    """Whether a series' words speak of no host's meetings ("... and the East Asia Summit on Monday. The meetings will be held
    in Kuala Lumpur", "chuỗi sự kiện diễn ra từ ngày 29 đến 31/3 tại ..."): of each meeting named, whose place they give -
    their days are several meetings' span."""
    return sen.refers_to == "series" and not hosted


def _its_meeting(folded: str, fw: Span, level: Span) -> tuple[int, int, str] | None:
    """ "the Mekong-Lancang meeting", "cuộc họp MRC này": a framework's meeting of no level, as an anaphor - not
    "the Asean meetings", a series."""
    if level.value != "meeting" or is_plural(folded, level):
        return None
    if level.start >= fw.end and _SPACE.fullmatch(folded, fw.end, level.start) and folded.endswith("the ", 0, fw.start):
        return (fw.start, level.end, "framework")
    if fw.start >= level.end and _SPACE.fullmatch(folded, level.end, fw.start) and _THIS.match(folded, fw.end):
        return (level.start, fw.end, "framework")
    return None


def _referents(sen: _Sentence, topic: Mention, history: list[Mention], hosted: list[tuple[Mention, Mention]]) -> list[Mention]:
    """The meetings an anaphor speaks of: the host of the last series ("the high-level meetings"),
    the last one or two named ("at that meeting", "the two meetings"), the last of the framework it names
    ("the Mekong-Lancang meeting"), else the one in focus, of a compatible level when the anaphor names people
    ("the ministers")."""
    if sen.refers_to == "framework":
        return _last_of([m for m in history if sen.unnamed and m.framework == sen.unnamed[0]])
    if sen.refers_to == "series":
        return [hosted[-1][1]] if hosted else []
    if sen.refers_to == "last":
        return _named_together(history)
    if sen.refers_to in ("pair", "trio"):
        return history[-_HOW_MANY[sen.refers_to] :]
    who = _who(sen.anaphor)
    if who:
        compatible = [m for m in history if _compatible(who, m.level)]
        return [topic] if topic in compatible else compatible[-1:]
    return [topic]


def _last_of(history: list[Mention]) -> list[Mention]:
    """The meeting named last, passing over one looked back to ("the first summit since Hanoi hosted the sixth")."""
    return [next((m for m in reversed(history) if not m.other_edition), history[-1])] if history else []


def _named_together(history: list[Mention]) -> list[Mention]:
    """The last meeting named, with those named in one breath with it ("the 44th and 45th ASEAN Summits": both, one name
    of the framework inside each)."""
    if not history:
        return []
    last = _last_of(history)[0]
    fw = last.spans.get("framework")
    return [
        m for m in history if m is last or (fw and m.spans.get("framework") == fw and m.level == last.level and m.start <= fw[0] < m.end)
    ]


_LIST_OPENS = re.compile(r":|,\s+(?:following|after)\s+(?=the\s)")


def _listed_after_edition(folded: str, sen: _Sentence, referents: list[Mention]) -> tuple[Mention, int, list[Mention]] | None:
    """ "This will be the third such summit: the first was held in Jeju in 2009 and the second in Busan", "It was the
    third summit between the two sides, following the first in Jeju ...": the meeting spoken of, where the list opens,
    and the editions of its series the list names."""
    number = next((a.span for a in sen.attrs if a.field == "ordinal"), None)
    opens = _LIST_OPENS.search(folded, number.end, sen.span[1]) if number is not None and referents else None
    if number is None or opens is None:
        return None
    colon = opens.start()
    spoken = referents[-1]
    numbered = Mention(
        spoken.framework, spoken.level, number.value, number.start, number.end, {**spoken.spans, "ordinal": (number.start, number.end)}
    )
    listed = [m for m in following_editions(folded, [numbered], sen.ordinals) if m.start > colon]
    if listed and spoken.ordinal is None:  # the edition told is the one spoken of's, which the list's editions do not join
        spoken.ordinal, spoken.spans["ordinal"] = number.value, (number.start, number.end)
    return (spoken, colon, listed) if listed else None


_OPENS_AT = re.compile(r"(?:tai|o|in|at)\s+")


def _held_there(folded: str, sen: _Sentence, history: list[Mention], assigned: dict[int, list[Attr]]) -> list[Mention]:
    """ "Tại hội nghị ở Siem Reap", "at the meeting in Tokyo", "Tại Tam Á, lãnh đạo sáu nước ...", "Hội nghị Cấp cao năm
    2018": the last meeting named that was held in that place, or in that year."""
    after = sen.anaphor_at + len(sen.anaphor)
    at = _IN_PLACE.match(folded, after)
    places = [a.span for a in sen.attrs if a.field == "place" and a.span.value["city"]]
    opening = next((p.value["city"] for p in places if _OPENS_AT.fullmatch(folded, sen.span[0], p.start) and p.end < sen.anaphor_at), None)
    place = next((p.value["city"] for p in places if at and p.start == at.end()), opening)
    year = next((a.span.value[0][:4] for a in sen.attrs if a.field == "date" and a.span.start == after + 1 and a.span.value[2]), None)
    if place is None and year is None:
        return []

    def held(m: Mention) -> bool:
        for a in assigned.get(id(m), []):
            if a.field == "place" and place is not None and a.span.value["city"] == place:
                return True
            if a.field == "date" and year is not None and a.direct and (a.span.value[0] or "")[:4] == year:
                return True
        return False

    return [m for m in history if held(m)][-1:]


def _another_year(sen: _Sentence, targets: list[Mention], assigned: dict[int, list[Attr]]) -> bool:
    """Whether the sentence gives a year that none of the meetings it would speak of has."""
    years = [a.span.value[0][:4] for a in sen.attrs if a.field == "date" and a.span.value[2] and a.span.value[0][:1] != "-"]
    known = [a.span.value[0][:4] for m in targets for a in assigned.get(id(m), []) if a.field == "date" and a.direct]
    return bool(years and known) and not set(years) & set(known)


def _adjacent(a: Span, b: Span) -> bool:
    """Whether two spans stand next to each other, a space or so apart."""
    return -3 <= b.start - a.end <= 3 or -3 <= a.start - b.end <= 3


def _list_end(text: str, end: int) -> int:
    """Where the list that a line ending in a colon at `end` introduces ends: at the end of its last item line, of two
    or more ("- Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 22;"); 0 when no such list follows."""
    after = _NEXT_LINE.match(text, end) if text.endswith(":", 0, end) else None
    if after is None:
        return 0
    last, items = after.end(), 0
    while item := _LIST_ITEM.match(text, after.end()):
        items, last = items + 1, _REST_OF_LINE.match(text, item.end()).end()  # type: ignore[union-attr]  # may be empty
        after = _NEXT_LINE.match(text, last)
        if after is None:
            break
    return last if items > 1 else 0


def _lists_editions(doc: Doc, end: int) -> bool:
    """Whether the list after a line ending at `end` opens with an edition named by its ordinal alone ("- Lần 1: ...")."""
    after = _NEXT_LINE.match(doc.text, end)
    first = _LIST_ITEM.match(doc.text, after.end()) if after else None
    if first is None:
        return False
    line = (first.end(), first.end() + LIST_ITEM_OPENING)
    return bool(bare_editions(doc.folded, line[0], find_ordinals(doc.folded, doc.text, *line)))


LIST_ITEM_OPENING = 20  # characters of a list line that may name an edition by its ordinal ("- Lần thứ hai: ...")
_NEXT_LINE = re.compile(r"[^\S\n]*\n\s*")  # blank lines too
_REST_OF_LINE = re.compile(r"[^\n]*")


def _announces(text: str, sen: _Sentence, hosts: list[Mention], topic: Mention | None) -> bool:
    """Whether a sentence naming only hosts announces the meetings named after it: "two summits" said before the
    host, before any meeting was named, or after it, ending with a colon before their list."""
    if sen.anaphor_at < hosts[0].start:
        return topic is None
    return text[sen.span[0] : sen.span[1]].rstrip().endswith(":")


def _crosshead(text: str, sent: tuple[int, int], folded: str) -> bool:
    """Whether a sentence is a line that heads paragraphs ("Tháng 8 - 9: Dồn dập các hội nghị trực tuyến"): what it
    says is said of the meetings below, not of the one in focus. A line ending in a colon introduces a list; a fact
    sheet's "Date: 4 July 2022" is a field of its own."""
    line = text[text.rfind("\n", 0, sent[0]) + 1 : (text.find("\n", sent[1]) + 1 or len(text) + 1) - 1].strip()
    return (
        len(line) < CROSSHEAD
        and line == text[slice(*sent)].strip()
        and not line.endswith((*_SENTENCE_END, ":"))
        and not _FIELD_LABEL.match(folded, sent[0])
    )


def _section_framework(doc: Doc, sent: tuple[int, int]) -> str | None:
    """The one framework, and no meeting, a crosshead over the list a sentence is an item of, or over its paragraph, names
    ("Lancang-Mekong Cooperation (LMC)" over "- Members: ...", "- Legal basis: ... launched at the first leaders' meeting in
    Sanya"; "3. Hợp tác Mê Công - sông Hằng (MGC)" over "Cơ chế ... ra đời tại Hội nghị Bộ trưởng Ngoại giao lần thứ nhất")."""
    text, folded = doc.text, doc.folded
    start = text.rfind("\n", 0, sent[0]) + 1
    listed = _LIST_ITEM.match(text, start) is not None
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        head = text[above : start - 1].strip()
        if (listed and _LIST_ITEM.match(text, above)) or (not listed and not head):
            start = above
            continue
        if not head or len(head) >= CROSSHEAD or head.endswith((".", "!", "?", ":")) or find_levels(folded, text, above, start - 1):
            return _run_in_framework(doc, sent[0])
        named = {f.value[0] for f in find_frameworks(folded, text, above, start - 1)}
        return named.pop() if len(named) == 1 else None
    return _run_in_framework(doc, sent[0])


# a report's numbered section, and the run-in title of one ("2.3. Mê Công - Hàn Quốc. Việt Nam là đồng chủ tịch ...")
_SECTION = re.compile(r"^[^\S\n]*(?:[IVX]{1,4}|\d{1,2})(?:\.\d{1,2}){0,3}\.?[^\S\n]+", re.MULTILINE)
_RUN_IN_TITLE = re.compile(r"[^.\n]{2,60}?(?=\.\s)")
SECTION_REACH = 2000  # characters: how far up a sentence's section number is looked for


def _run_in_framework(doc: Doc, pos: int) -> str | None:
    """The one framework, and no meeting, the run-in title of the numbered section `pos` is in names."""
    text, folded = doc.text, doc.folded
    sections = list(_SECTION.finditer(text, max(0, pos - SECTION_REACH), pos))
    title = _RUN_IN_TITLE.match(text, sections[-1].end()) if sections else None
    if title is None or find_levels(folded, text, *title.span()):
        return None
    named = {f.value[0] for f in find_frameworks(folded, text, *title.span())}
    return named.pop() if len(named) == 1 else None


_CHAIRED_ONE = re.compile(r"\b(?:co-?chaired|chaired|hosted|dong chu tri|chu tri)\s+(?:a|an|mot)\s+(?:[a-z-]+\s+){0,2}$")
# "co-chaired the", a caption's "co-chair the", "đồng chủ trì"
_PRESIDED = re.compile(
    r"\b(?:co-?chair(?:s|ed)?|chair(?:s|ed)|attend(?:s|ed)|host(?:s|ed)|open(?:s|ed)|dong chu tri|chu tri|tham du|du|khai mac)"
    r"\s+(?:the\s+)?$"
)


def _takes_focus(text: str, folded: str, sent: tuple[int, int], m: Mention, paragraph: int, first_named: bool) -> bool:
    """Whether the paragraph's "Hội nghị" speaks of this meeting from now on: this edition, named early in
    the paragraph's first sentence, or opening a later one after nothing or a clause, even a long one ("Ngày 31/3/2018,
    Hội nghị X ...", "Năm 2009, năm được gọi là ..., Hội nghị X ...", "The 10th X ..."), or what the paragraph's first
    sentence, or the first to name a meeting ("Beijing went first. On Aug. 24, Li co-chaired the X"), says someone
    chaired or attended - not "Last year's X", "At the X", nor what was done "kể từ Hội nghị X" (since)."""
    if m.other_edition or m.host or _SINCE.search(folded, max(sent[0], m.start - 12), m.start):
        return False
    # before "the 18th" of "the 18th EAS" too, and after a list item's mark ("- Hội nghị Cấp cao MRC lần thứ nhất ...")
    before = folded[sent[0] : min([m.start, *(a for a, _ in m.spans.values())])].strip(" \t\n-•*+–—▪►▶")
    opens_paragraph = not text[paragraph + 1 : sent[0]].strip()
    # "Three weeks earlier, Premier Li and Prime Minister Thongloun co-chaired the third LMC leaders' meeting ..."
    object_of = (opens_paragraph or first_named) and _PRESIDED.search(folded, max(sent[0], m.start - 30), m.start)
    if object_of:
        return True
    if m.start - sent[0] > OPENING * 4:
        return False
    # "... the highlight of the week came on Friday, when the first X was held": the subject of a clause of its own
    return (
        (m.start - sent[0] <= OPENING * 2 and opens_paragraph)
        or before in ("", "the")
        or before.endswith((",", ", when the", ", when", ", khi"))
    )


def _key(m: Mention) -> tuple[str, str, int | None]:
    return m.framework, m.level, m.ordinal


def _back_to(text: str, sent: tuple[int, int], m: Mention, paragraph: int, history: list[Mention]) -> bool:
    """Whether a paragraph opens by naming again a meeting the story has named: this edition, not an earlier one."""
    return (
        not (m.other_edition or m.host)
        and not text[paragraph + 1 : sent[0]].strip()
        and m.start - sent[0] <= OPENING * 2
        and any(_key(h) == _key(m) for h in history)
    )


def _meeting_of_people(sen: _Sentence, topic: Mention, who: str, met: re.Match[str]) -> Mention:
    """ "Foreign ministers of the five countries will meet in Bangkok on Friday", "Senior officials met
    on Tuesday": a meeting of the article's framework at the level of who meets, that no one has
    named yet ("first met": its first)."""
    minister_level = frameworks()[topic.framework].get("minister_level", "ministerial")
    at = (sen.anaphor_at, sen.anaphor_at + len(sen.anaphor))
    level = {"ministers": minister_level, "officials": "senior_officials"}.get(who, "summit")
    spans = {"framework": at, "level": at}
    first = _FIRST_MET.search(met.string, met.start(), met.end())
    if first:
        spans["ordinal"] = first.span("first")
    return Mention(topic.framework, level, 1 if first else None, *at, spans, anaphoric=True)


def _hosting_framework(doc: Doc, sen: _Sentence, history: list[Mention]) -> list[Mention]:
    """ "Bên lề ACMECS, lãnh đạo bốn nước đã dự Hội nghị Cấp cao CLMV lần thứ 9", "On the sidelines of ACMECS, ...": the
    meeting of the framework named after the host's words that the story named last."""
    text, folded = doc.text, doc.folded
    words = host_lexicon().spans(folded, text, *sen.span)
    for f in find_frameworks(folded, text, *sen.span) if words else []:
        if after_host(folded, words, f.start) and not any(m.start <= f.start < m.end for m in sen.mentions):
            return [m for m in history if m.framework == f.value[0] and not m.host][-1:]
    return []


def _series_over_list(doc: Doc, item: _Sentence, head: _Sentence, earlier: list[_Sentence], topic: Mention | None) -> list[Mention]:
    """The series a list's first item continues when the line over the list names a level and no meeting ("Các hội nghị
    cấp cao" over "• Lần thứ nhất – 27 tháng 11 năm 2019, Busan"), or ends in a colon before any meeting is named, after
    a question of a series ("Mekong - Lan Thương đã có mấy Hội nghị cấp cao?" ... "Mình tóm tắt nhé:"): of the framework
    that line names, else the story's, else the one the body names most."""
    text = doc.text
    line = text.rfind("\n", 0, item.span[0]) + 1
    if head.mentions or not (_LIST_ITEM.match(text, line) and _NEXT_LINE.fullmatch(text, head.span[1], line)):
        return []
    heads = text.rfind("\n", 0, head.span[0]) + 1
    if text[heads : head.span[0]].strip() or head.span[1] - heads >= CROSSHEAD:
        return []  # the line over the list is no short line of its own
    if text.endswith(":", 0, head.span[1]) and topic is None:
        head = next((s for s in reversed(earlier) if s.leftover and not s.mentions), head)
    elif text.endswith((".", "!", "?", ":"), 0, head.span[1]):
        return []
    framework = head.unnamed[0] if head.unnamed else topic.framework if topic else (_article_framework(doc) or (None,))[0]
    level = next((lv for lv in head.leftover if framework and level_for(framework, lv.value, None)), None)
    if framework is None or level is None:
        return []
    at = (level.start, level.end)
    return [Mention(framework, level_for(framework, level.value, None), None, *at, {"framework": at, "level": at})]  # type: ignore[arg-type]


def _series_named(folded: str, sen: _Sentence) -> list[Mention]:
    """The series a sentence speaks of in the plural ("MRC summits take place every four years")."""
    plural = next((lv for lv in sen.leftover if is_plural(folded, lv)), None)
    if plural is None or not sen.unnamed:
        return []
    level = level_for(sen.unnamed[0], plural.value, None)
    at = (plural.start, plural.end)
    return [Mention(sen.unnamed[0], level, None, *at, {"framework": at, "level": at})] if level else []


def _names_another_series(text: str, folded: str, sen: _Sentence) -> bool:
    """Whether the sentence numbers an edition of a series no framework names: "Hội nghị hợp tác và phát triển các
    tỉnh biên giới Việt Nam - Campuchia lần thứ 12", "The Mekong Delta Regional Coordination Council held its third
    meeting", "BIMSTEC summit: what the Bangkok Vision means", "Trump-Kim summit" (names of none)."""
    for lv in sen.leftover:
        acronym = _ACRONYM_BEFORE.search(text, max(sen.span[0], lv.start - 12), lv.start)
        if acronym and not find_frameworks(folded, text, acronym.start(), acronym.end()):
            return True
    # "BIMSTEC adopts Bangkok Vision 2030 at sixth summit": a grouping no framework names, doing what meetings do
    subject = _ACRONYM_SUBJECT.match(text, sen.span[0]) if sen.leftover else None
    if subject and not find_frameworks(folded, text, *subject.span(1)):
        return True
    for o in sen.ordinals:
        if any(0 < o.start - lv.end <= _OTHER_SERIES_NAME and _OTHER_SERIES.fullmatch(folded, lv.end, o.start) for lv in sen.leftover):
            return True
        body = _ITS_EDITION.search(text, max(sen.span[0], o.start - _OTHER_SERIES_NAME), o.start)
        if body and not find_frameworks(folded, text, body.start(), body.end()):
            return True
        # "the third meeting of the Lao-Thai Joint Coordinating Committee": a body no framework names
        body = next((b for lv in sen.leftover if _adjacent(lv, o) and (b := _OF_A_BODY.match(text, lv.end))), None)
        if body and not find_frameworks(folded, text, body.start(), body.end()):
            return True
        # "called on the seven-member BIMSTEC to ..., as he attended the grouping's sixth summit": the grouping last named
        owner = _GROUPING_OWNS.search(folded, max(sen.span[0], o.start - 20), o.start)
        named = list(_ACRONYM.finditer(text, sen.span[0], owner.start())) if owner else []
        if named and not find_frameworks(folded, text, named[-1].start(), owner.start()):  # "(KPL) – The Mekong River Commission"
            return True
    return False


def _article_framework(doc: Doc) -> tuple[str, None] | None:
    """The framework the body names most, if one does (not two as often)."""
    return (main, None) if (main := most_named(doc.folded, doc.text)) else None


def extract_meetings(doc: Doc) -> list[MeetingClaim]:
    """The meetings `doc`'s body reports, each field with its evidence."""
    text, folded = doc.text, doc.folded
    assigned: dict[int, list[Attr]] = {}
    history: list[Mention] = []
    hosted: list[tuple[Mention, Mention]] = []  # (meeting, the one it was held alongside)
    followed: list[tuple[Mention, Mention, int]] = []  # (meeting, the one it was held right after, or this many days before)
    same_venue: list[tuple[Mention, Mention, bool]] = []  # (meeting, the one held where it was, and when)
    topic: Mention | None = None
    untracked = False  # the story opened with an edition of some series not ours: what it numbers next is that series'
    pending: list[tuple[_Sentence, int]] = []  # what a sentence says of meetings named after it, from this index of history
    mentions_all: list[Mention] = []
    paragraph, paragraph_focus = -1, None  # the meeting that last opened a sentence of the paragraph: what its "Hội nghị" speaks of
    moved_on: Mention | None = None  # "Chiều cùng ngày, Thủ tướng chủ trì Hội nghị Y": the story's meeting from then on
    asked: int | None = None  # where the last question of an interview or press briefing starts
    section: int | None = None  # where a crosshead naming a meeting starts, while list items or a fact sheet's lines follow it
    named_in: dict[int, list[Mention]] = {}  # the meetings each paragraph names
    paragraph_of: dict[int, int] = {}  # where a line's paragraph starts, hard-wrapped lines one paragraph
    per_sentence = _annotate(doc)
    for i, sen in enumerate(per_sentence):
        sent, attrs = sen.span, sen.attrs
        line_start = text.rfind("\n", 0, sent[0])
        if (wrapped_from := paragraph_of.get(line_start)) is None:
            wrapped_from = line_start  # a hard-wrapped paragraph's lines are one paragraph
            while wrapped_from > 0 and fills_column(text, _WHOLE_LINE.match(text, text.rfind("\n", 0, wrapped_from) + 1)):  # type: ignore[arg-type]
                wrapped_from = text.rfind("\n", 0, wrapped_from)
            paragraph_of[line_start] = wrapped_from
        if _QUESTION.match(folded, line_start + 1):
            asked = line_start  # an interview's question: the paragraphs of its answer are one, of what it asks about
        if section is not None and not (_LIST_ITEM.match(text, line_start + 1) or _FIELD_LABEL.match(folded, line_start + 1)):
            section = None
        if (start_of_paragraph := section if section is not None else wrapped_from if asked is None else asked) != paragraph:
            paragraph, paragraph_focus = start_of_paragraph, None
        focus_of_sentence = paragraph_focus if paragraph_focus and not _THIS_ONE.search(sen.anaphor) else moved_on or topic
        if sen.editions:
            before = per_sentence[i - 1]
            series = before.mentions[-1:] or _series_over_list(doc, sen, before, per_sentence[:i], topic)
            series = series or (_referents(before, topic, history, hosted) if before.anaphor and topic else [])
            series = series or _series_named(folded, before)
            sen.mentions = continued_editions(sen.editions, series[-1]) if series else []
        # "their third summit": the framework the sentence names, else the article's topic;
        # "their ninth meeting": the level the sentence's people tell, else the topic's
        # ("Abe and Mekong leaders met for their 10th summit", before any meeting is named: the
        # framework the body names most, for an edition, not "the next summit")
        in_focus = paragraph_focus or topic
        # "leaders of the six GMS countries met in Hanoi for their sixth summit": the meeting the sentence named without a number
        unnumbered = [m for m in sen.mentions if m.ordinal is None and sen.leftover and m.end <= sen.leftover[0].start]
        in_focus = unnumbered[-1] if unnumbered and sen.ordinals and not sen.unnamed else in_focus
        # "Lancang-Mekong Cooperation (LMC)" over "- Legal basis: ... launched at the first leaders' meeting": that framework's
        section_fw = _section_framework(doc, sent) if not sen.unnamed and sen.leftover and sen.ordinals else None
        named_fw = section_fw or (sen.unnamed[0] if sen.unnamed else None)
        focus = (named_fw, None) if named_fw else (in_focus.framework, in_focus.level) if in_focus else None
        if topic is None and not sen.mentions and _names_another_series(text, folded, sen):
            untracked = True
        if focus is None and sen.leftover and sen.ordinals and not untracked:
            focus = _article_framework(doc)
        elif topic is not None and paragraph_focus is None and not (sen.unnamed or section_fw) and sen.leftover and sen.ordinals:
            # "Hội nghị Cấp cao lần thứ hai" in a story of the LMC that began with the ASEAN-China summit at which
            # the LMC was proposed: the framework the body names most, once a meeting of it at that level was named
            main = _article_framework(doc)
            cues = {lv.value for lv in sen.leftover}
            any_level = bool(cues & {"meeting", "minister"})  # "hội nghị", "meeting"
            # but not beside a meeting of another named in the sentence ("Tại Hội nghị Bộ trưởng Mekong - Hàn Quốc lần thứ 9,
            # ... hội nghị cấp cao đầu tiên tại Busan")
            named_here = {m.framework for m in sen.mentions}
            # nor after an opening anaphor that speaks of the topic ("The meeting ... reviewed the strategy adopted at the 10th
            # summit in Tokyo" in a story of the 11th Mekong-Japan Summit that names ASEAN's meetings more), not the edition's
            # own words ("Hội nghị Cấp cao lần thứ hai")
            anaphor = (sen.anaphor_at, sen.anaphor_at + len(sen.anaphor)) if sen.anaphor and sen.anaphor_at == sent[0] else None
            opening = anaphor and not any(
                lv.start < anaphor[1] and anaphor[0] < lv.end for lv in sen.leftover if any(_adjacent(lv, o) for o in sen.ordinals)
            )
            if (
                main
                and main[0] != topic.framework
                and not opening
                and not (named_here and main[0] not in named_here)
                and any(m.framework == main[0] and (any_level or m.level in cues) for m in history)
            ):
                focus = (main[0], topic.level)
        if focus is not None and sen.leftover:
            # "The decision to hold a summit was made when foreign ministers met ... at their ninth meeting": ministers
            # (the people named last before the level word that has an ordinal: "the MRC Council at its 24th meeting")
            numbered = next((lv for lv in sen.leftover if any(_adjacent(lv, o) for o in sen.ordinals)), None)
            who = _who(folded, sent[0], (numbered or sen.leftover[0]).start, last=True) or _who(folded, *sent)
            minister_level = frameworks()[focus[0]].get("minister_level", "ministerial")
            level = {"ministers": minister_level, "leaders": "summit", "officials": "senior_officials"}.get(
                who or "", focus[1] or minister_level
            )
            found = anaphoric_mentions(folded, sen.leftover, sen.ordinals, focus[0], level)
            # "... các hội nghị liên quan ..., Hội nghị X lần thứ 15": that edition is X's
            named = {m.spans.get("ordinal") for m in sen.mentions}  # "the 44th and 45th ASEAN Summits": the 44th too
            found = [
                f
                for f in found
                if (at := f.spans.get("ordinal", (-1, -1))) not in named and not any(m.start <= at[0] < m.end for m in sen.mentions)
            ]
            if not (sen.unnamed or topic):
                found = [m for m in found if m.ordinal is not None and not m.other_edition]
            sen.mentions = sorted(sen.mentions + found, key=lambda m: m.start)
            if any(m.start <= sen.anaphor_at < m.end for m in found):
                sen.anaphor, sen.anaphor_at = "", sent[0]  # "Hội nghị Bộ trưởng Ngoại giao lần thứ nhất": a meeting's words, no anaphor
        if not sen.mentions and sen.anaphor and focus_of_sentence is not None:
            # "It was the third such summit, following the first in ...": "It" is the meeting named last
            spoken_of = history[-1:] if _IT_WAS.match(folded, sen.span[0]) else _referents(sen, focus_of_sentence, history, hosted)
            listed = _listed_after_edition(folded, sen, spoken_of)
            if listed:  # what comes before the list is the meeting spoken of's; the list's items are the editions'
                spoken, colon, sen.mentions = listed
                _assign(assigned, spoken, replace(sen, attrs=[a for a in attrs if a.span.start < colon]), text)
                attrs = [a for a in attrs if a.span.start > colon]
        sen.mentions = sorted(sen.mentions + following_editions(folded, sen.mentions, sen.ordinals), key=lambda m: m.start)
        venues = _venues_that_followed(doc, sen, history)
        sen.mentions = sorted(sen.mentions + venues, key=lambda m: m.start)
        mentions = sen.mentions
        mentions_all += mentions
        who = _who(sen.anaphor) if mentions else None
        met = (
            _MEET.match(folded, sen.anaphor_at + len(sen.anaphor))
            if who and topic is not None and sen.anaphor_at < mentions[0].start
            else None
        )
        if met and not any(_compatible(who, m.level) for m in mentions):
            # "LMC senior officials met in Phnom Penh on Tuesday to finalise the documents, drafted after
            # the third LMC Foreign Ministers' Meeting": their own meeting, with what is said before the other;
            # the anaphor is spent on it ("..., and the first leaders' meeting followed in 2009, when the Tokyo
            # Declaration ...": the title is the summit's)
            implied = _meeting_of_people(sen, topic, who, met)  # type: ignore[arg-type]
            mentions_all.append(implied)
            history.append(implied)
            assigned.setdefault(id(implied), []).extend(a for a in attrs if a.span.start < mentions[0].start)
            attrs = [a for a in attrs if a.span.start >= mentions[0].start]
            sen = replace(sen, anaphor="")
        if mentions:
            mains = [m for m in mentions if not m.host] or mentions
            hosts = [m for m in mentions if m.host]
            guests = [m for m in mentions if not m.host]
            if hosts and not guests and topic is not None and sen.anaphor and sen.anaphor_at < hosts[0].start:
                # "The two meetings were held in person on the sidelines of the AMM": what comes
                # before the host is the meetings the anaphor speaks of; "Các hội nghị nói trên diễn ra trong khuôn khổ ...": all
                guests = _all_named(named_in, paragraph) if _of_all(sen, hosted) else _referents(sen, topic, history, hosted)
                before_host = [
                    a for a in attrs if a.span.start < hosts[0].start and not (a.field == "date" and _series_of_none(sen, hosted))
                ]
                for g in guests:
                    assigned.setdefault(id(g), []).extend(before_host)
                attrs = [a for a in attrs if a.span.start >= hosts[0].start]
            elif hosts and not guests and sen.refers_to in ("pair", "trio") and _announces(text, sen, hosts, topic):
                # "PM Phúc on Friday co-chaired two Mekong summits ..., on the sidelines of the 37th ASEAN Summit", "Ngày
                # 26/7, tại Viêng Chăn, trong khuôn khổ AMM-57, ... tham dự hai hội nghị:": what comes before the host
                # is the two meetings named next; so is what follows the comma closing an opening host's clause ("Trong
                # khuôn khổ AMM-57 đang diễn ra tại Viêng Chăn, chiều nay ... tham dự hai hội nghị:")
                clause = text.find(",", hosts[-1].end, sen.anaphor_at)
                theirs = [a for a in attrs if a.span.start < hosts[0].start or -1 < clause < a.span.start < sen.anaphor_at]
                pending.append((replace(sen, attrs=theirs), len(history)))
                attrs = [a for a in attrs if a not in theirs]
            elif hosts and not guests and history and hosts[0].start - sent[0] <= OPENING:
                guests = [history[-1]]  # "Held alongside the 58th AMM, the meeting ...": the one in focus
            elif (
                not hosts
                and sen.anaphor
                and focus_of_sentence
                and after_host(folded, host_lexicon().spans(folded, text, *sent), sen.anaphor_at)
            ):
                # "On the margins of the gathering, ... will convene the 13th Mekong-Japan Summit": the one spoken of hosts
                hosts = _referents(sen, focus_of_sentence, history, hosted)[-1:]
            elif not hosts:
                hosts = _hosting_framework(doc, sen, history)
            # every host shares the guests' place ("bên lề Hội nghị cấp cao ASEAN lần thứ 28 và 29"); the first comes last,
            # the one a later "the host" refers back to
            hosted += [(g, h) for h in hosts[1:] + hosts[:1] for g in guests]
            spoken_of = _referents(sen, focus_of_sentence, history, hosted) if sen.anaphor and focus_of_sentence else []
            if sen.refers_to in ("pair", "trio"):
                # "..., X and Y; all three meetings were held online": those named before, this sentence's too
                wanted = _HOW_MANY[sen.refers_to]
                spoken_of = [*history, *(m for m in mentions if m.end <= sen.anaphor_at)][-wanted:]
                colon = _COLON_AFTER.match(folded, sen.anaphor_at + len(sen.anaphor))
                after_colon = [m for m in mains if colon and m.start >= colon.end()]
                if colon and len(after_colon) == wanted:
                    # "Năm 2020, hai hội nghị đều diễn ra trực tuyến: X ngày 28/9 ...; và Y ...": what comes before the colon is
                    # the two named next's, what follows is each one's
                    for m in after_colon:
                        assigned.setdefault(id(m), []).extend(a for a in attrs if a.span.start < colon.end())
                    attrs, spoken_of = [a for a in attrs if a.span.start >= colon.end()], []
            for m, a in _respectively(folded, sent, mains, attrs):
                assigned.setdefault(id(m), []).append(a)
                attrs = [x for x in attrs if x is not a]
            targets = [(a, _attr_targets(a, mentions, sen, spoken_of, history, text, folded)) for a in attrs]
            # "met on Thursday for the second X, a year after the first such meeting, held in Phuket last July": a value said
            # of several goes to those that are given none of their own after their name (chairs and places add up)
            own = {
                id(ms[0])
                for a, ms in targets
                if a.field == "date" and len(ms) == 1 and a.span.start > ms[0].end and not any(x.start > a.span.start for x in mentions)
            }
            for a, ms in targets:
                for m in ms:
                    if a.field == "date" and len(ms) > 1 and id(m) in own:
                        continue
                    if not (a.span.start < m.start and _MARKED.search(folded, max(sent[0], m.start - 50), m.start)):
                        assigned.setdefault(id(m), []).append(a)
            _share_with_host(folded, mentions, mains, assigned, sent)
            opening = _RIGHT_AFTER.match(folded, sent[0]) if history else None
            if opening:
                # "Ngay sau đó, Hội nghị Y ...": where and when the meeting before was; "Chiều cùng ngày": the story's;
                # "Trước đó một ngày, ...": where it was, a day before
                before = topic if opening.group("day") else history[-1]
                back = _NUMBER_WORDS.get(opening.group("back") or opening.group("ago") or "", 0)
                followed += [(m, before, back) for m in mains if before is not None]
                # the story goes on to a meeting of its own level - not "Trước đó một ngày, Hội nghị SOM ...", nor
                # "Chiều cùng ngày, Hội nghị Bộ trưởng Ngoại giao ... rà soát công tác chuẩn bị" in a story of a summit
                if not (back or mains[0].other_edition or mains[0].host) and topic is not None and mains[0].level == topic.level:
                    moved_on = mains[0]
            if same := _SAME_VENUE.search(folded, *sent):
                opening = spoken_of[-1:] if spoken_of and sen.anaphor_at < mains[0].start else []
                same_venue += _same_venue(same, mains, opening or history)
            if topic is not None and _back_to(text, sent, mains[0], paragraph, history):
                # "Tham dự Hội nghị GMS-6 có ...", "Tại Hội nghị Cấp cao CLV lần thứ 10, ...": from here the story speaks of it
                moved_on = None if _key(mains[0]) == _key(topic) else mains[0]
            history += mains
            first_named = paragraph not in named_in
            named_in.setdefault(paragraph, []).extend(mains)
            if topic is not None and _takes_focus(text, folded, sent, mains[0], paragraph, first_named):
                # "Trước đó một ngày, ngày 8/9, Hội nghị X đã diễn ra tại Seoul ... Hội nghị đã thông qua Tuyên bố chung"
                paragraph_focus = mains[0]
            if len(mains) == 1 and _crosshead(text, sent, folded):
                # "Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 12" over "- Hình thức: trực tuyến, ngày 13/11.": the list's meeting
                section, paragraph_focus = line_start, mains[0]
            topic = topic or mains[0]
            for p, since in list(pending):
                # what the lead says of "two online summits" goes to the two named next
                wanted = _HOW_MANY.get(p.refers_to, 1)
                hosts_named = [(h.framework, h.level) for h in history if h.host]
                named = [m for m in history[since:] if (m.framework, m.level) not in hosts_named]  # not the host, nor it named again
                named = list({_key(m): m for m in reversed(named)}.values())[::-1]  # each meeting once
                if p.refers_to == "list":  # those named on the list's lines, once the list has ended
                    end = _list_end(text, p.span[1])
                    named = [m for m in named if m.start < end]
                    wanted = len(named) if named and sent[1] >= end else len(named) + 1
                if len(named) >= wanted:
                    for target in named[:wanted]:
                        _assign(assigned, target, p, text)
                        hosted += [(target, h) for h in p.mentions if h.host]
                    pending.remove((p, since))
        elif sen.anaphor and (topic is None or sen.refers_to == "list"):
            pending.append((sen, len(history)))
        elif sen.anaphor and not (
            _crosshead(text, sent, folded)
            and not (sen.refers_to == "last" and (_LIST_ITEM.match(text, line_start + 1) or _place_and_day_line(doc, *sent, None)))
        ):
            # a short line heads what follows - not a list line under a meeting's that says what it adopted or who chaired it,
            # nor a title's line of where and when
            assert topic is not None and focus_of_sentence is not None  # the branch above keeps sentences while no meeting is named
            if _of_all(sen, hosted):  # "All the meetings will be held by video link."
                targets = _all_named(named_in, paragraph)
            else:
                targets = _held_there(folded, sen, history, assigned) or _referents(sen, focus_of_sentence, history, hosted)
            who = _who(sen.anaphor)
            met = who and (_MEET.match(folded, sen.anaphor_at + len(sen.anaphor)) or _A_MEETING.search(folded, sen.span[0], sen.anaphor_at))
            if met and (_another_year(sen, targets, assigned) or _WHEN_LAST.search(met.group()) or _FIRST_MET.search(met.group())):
                # "..., which started in 2009 when Mekong foreign ministers met ... in Phuket", "which leaders endorsed
                # when they last met in Tokyo in 2015", "since the leaders first met in Sanya": a meeting of its own
                targets = []
            if not targets and met and not _HABITUALLY.search(folded, *sen.span):  # not "Ministers meet every year"
                implied = _meeting_of_people(sen, topic, who, met)
                mentions_all.append(implied)
                history.append(implied)
                assigned.setdefault(id(implied), []).extend(sen.attrs)
            if _series_of_none(sen, hosted):
                sen = replace(sen, attrs=[a for a in sen.attrs if a.field != "date"])
            for target in targets:
                _assign(assigned, target, sen, text)
    # only dates stated with a mention tell meetings apart, not those reached through anaphora nor a headline's
    told = {id(m): [a for a in assigned.get(id(m), []) if a.field == "date" and a.direct] for m in mentions_all}
    dates = {k: next((a.span.value[:2] for a in attrs if not heading(doc, a.sentence)), None) for k, attrs in told.items()}
    groups = _resolve(text, mentions_all, dates, {id(m) for m in mentions_all if heading(doc, doc.sentence_of(m.start))})
    claims = [build_claim(doc, group, assigned) for group in groups]
    claim_of = {id(m): c for group, c in zip(groups, claims, strict=True) for m in group}
    _share_with_related(folded, per_sentence, claim_of)
    if topic is not None:
        _share_with_sideline_series(doc, per_sentence, claim_of, claim_of[id(topic)])
    if topic is not None:
        _days_apart(doc, per_sentence, claim_of, claim_of[id(topic)])
    _next_days(doc, per_sentence, claim_of)
    for later, before, back in followed:
        base = claim_of[id(before)]
        if back and _day(base.date) is None and topic is not None and _day(claim_of[id(topic)].date):
            base = claim_of[id(topic)]  # "In September, X ... A day earlier, Y": a day before the story's day, not September
        _days_before(claim_of[id(later)], base, back)
        inherit(claim_of[id(later)], base, day=not back)
    for later, before, when in same_venue:
        inherit(claim_of[id(later)], claim_of[id(before)], month=when)
    for guest, host in hosted:
        inherit(claim_of[id(guest)], claim_of[id(host)])
        inherit(claim_of[id(host)], claim_of[id(guest)], month=False)
    for group, claim in zip(groups, claims, strict=True):
        parent = group[0].parent
        if parent is not None and all(m.parent for m in group):
            # ASEAN's summits with partners take the time and place of the ASEAN summit
            for name in ("date", "date_end", "city", "country"):
                if getattr(claim, name) is None and getattr(claim_of[id(parent)], name) is not None:
                    setattr(claim, name, getattr(claim_of[id(parent)], name))
                    claim.evidence[name] = claim_of[id(parent)].evidence[name]
    _share_format_of_series(doc, per_sentence, claims)
    _share_format_with_related(doc, per_sentence, claim_of, claims)
    _day_of_the_dateline(doc, claims)
    _day_of_live_posts(doc, claims)
    _days_of_a_meeting_that_ended(doc, claims)
    _days_it_runs(doc, claims)
    _format_of_the_lead(doc, claims)
    _place_of_the_lead(doc, claims)
    _place_of_the_day(doc, claims)
    _documents_named_for_the_city(doc, claims)
    # "the previous summit" with nothing said of it is no record, nor a meeting said not to have taken place
    return [
        c
        for g, c in zip(groups, claims, strict=True)
        if not (all(m.other_edition and m.anaphoric for m in g) and c.date is None and c.country is None)
        and not all(_NOT_HELD.match(folded, m.end) for m in g)
    ]


def _same_venue(same: re.Match[str], mains: list[Mention], history: list[Mention]) -> list[tuple[Mention, Mention, bool]]:
    """(meeting, the one before it, whether at the same time too) for "at the same venue", "on the same occasion":
    the meeting named last before the words, or the first after them ("Cũng tại đây, Hội nghị Y"), and the meeting
    named before that one - or the one the sentence's opening anaphor speaks of, when `history` is that ("The summit
    came right after the X, held in the same city")."""
    when = same.group("occasion") is not None
    before = [m for m in mains if m.end <= same.start()]
    named = history + before
    if before and len(named) >= 2:
        return [(before[-1], named[-2], when)]
    after = next((m for m in mains if m.start >= same.end()), None)
    return [(after, history[-1], when)] if after is not None and history else []


def _related_hub(folded: str, sen: _Sentence) -> tuple[Mention, re.Match[str]] | None:
    """The meeting a sentence names before "and related meetings", and those words."""
    return next(((m, r) for m in sen.mentions if (r := _RELATED.match(folded, m.end))), None)


def _share_with_related(folded: str, sentences: list[_Sentence], claim_of: dict[int, MeetingClaim]) -> None:
    """Meetings named in the few sentences after "X and related meetings" take X's place and
    month when they state none; so do those the article dates within X's days, wherever named - or, with no such X, within
    an ASEAN meeting's days."""
    claims = list({id(c): c for c in claim_of.values()}.values())
    for i, sen in enumerate(sentences):
        if (hub := _related_hub(folded, sen)) is None:
            continue
        host = claim_of[id(hub[0])]
        for later in islice((x for x in sentences[i:] if x.refers_to != "list"), 1 + RELATED_SENTENCES):  # a list's colon line is none
            for m in later.mentions:
                inherit(claim_of[id(m)], host)
        _share_with_the_days(host, claims)
        return
    for host in [c for c in claims if c.framework == "ASEAN"]:
        _share_with_the_days(host, claims)


def _share_with_the_days(host: MeetingClaim, claims: list[MeetingClaim]) -> None:
    """Meetings the article dates within `host`'s days took place where it did when they state no place ("the 47th ASEAN
    Summit in Kuala Lumpur from October 26 to 28 ... the 13th ASEAN-US Summit on Sunday, October 26")."""
    first, last = _day(host.date), _day(host.date_end)
    for claim in claims if first and last else ():
        if (held := _day(claim.date)) and first <= held <= last:  # type: ignore[operator]
            inherit(claim, host, month=False)


def _share_with_sideline_series(doc: Doc, sentences: list[_Sentence], claim_of: dict[int, MeetingClaim], focus: MeetingClaim) -> None:
    """ "On the sidelines, foreign ministers from the five Mekong countries held separate meetings with several
    partners", "chuỗi bốn hội nghị ... đều tổ chức bên lề AMM-52 tại Bangkok": the meetings named in the
    sentences after, of this time, took place where the one they were held beside did (named there, or in focus)."""
    folded = doc.folded
    for hs, _, _ in host_lexicon().spans(folded, doc.text):  # few; a test per sentence would cost every page
        span = doc.sentence_of(hs)
        if _SIDELINE_SERIES.search(folded, *span) is None:
            continue
        said = next((sen for sen in sentences if sen.span == span), None)
        host = next((claim_of[id(m)] for m in said.mentions if m.host), focus) if said else focus
        for later in [sen for sen in sentences if sen.span[0] >= span[1]][:SIDELINE_SENTENCES]:
            for m in later.mentions:
                claim = claim_of[id(m)]
                if not m.other_edition and _agree_to(claim.date, host.date, 7):
                    inherit(claim, host, month=False)
        return


def _days_apart(doc: Doc, sentences: list[_Sentence], claim_of: dict[int, MeetingClaim], focus: MeetingClaim) -> None:
    """ "The meeting came a day after the Special ASEAN-China Foreign Ministers' Meeting", "The
    Mekong-ROK summit came a day after ...": the day of the meeting named after "a day after" /
    "một ngày sau", counted from the one spoken of or named before."""
    for sen in sentences:
        apart = _DAYS_APART.search(doc.folded, *sen.span) or _PRECEDED.search(doc.folded, *sen.span)
        if apart is None or (apart.re is _PRECEDED and not _DAY_BEFORE.search(doc.folded, apart.end(), sen.span[1])):
            continue
        named = [m for m in sen.mentions if m.end <= apart.start()]
        spoken = (sen.anaphor and sen.anaphor_at < apart.start()) or apart.re is _PRECEDED  # "The Council meeting was preceded by"
        base = claim_of[id(named[-1])] if named else focus if spoken else None
        day = _day(base.date) if base is not None else None
        other = next((m for m in sen.mentions if m.start >= apart.end()), None)
        target = claim_of.get(id(other)) if other is not None else None
        if base is None or day is None or target is None or target is base or target.date is not None:
            continue
        n = _NUMBER_WORDS.get(apart.group("n"), 1)
        _date_apart(
            target, base, -n if apart.group("way") in ("after", "sau", "preceded by") else n, [evidence(doc, *apart.span(), sen.span)]
        )


def _next_days(doc: Doc, sentences: list[_Sentence], claim_of: dict[int, MeetingClaim]) -> None:
    """ "the Special ASEAN-China meeting on June 7, and the sixth LMC Foreign Ministers' Meeting the following day": the
    day after that of the meeting named before it in the sentence."""
    for sen in sentences:
        for before, m in zip(sen.mentions, sen.mentions[1:], strict=False):
            then = _NEXT_DAY.match(doc.folded, m.end)
            base, target = claim_of[id(before)], claim_of[id(m)]
            if then and _day(base.date) is not None and target is not base and target.date is None:
                _date_apart(target, base, 1, [evidence(doc, *then.span(), sen.span)])


def _days_before(claim: MeetingClaim, source: MeetingClaim, back: int) -> None:
    """ "Trước đó một ngày, Hội nghị SOM ...": the day before the meeting named before it."""
    if back and claim.date is None and _day(source.date) is not None:
        _date_apart(claim, source, -back, [])


def _date_apart(target: MeetingClaim, base: MeetingClaim, days: int, said: list[Evidence]) -> None:
    """Date `target` `days` after `base`'s day (which it has); its evidence is what said so, then the base's."""
    target.date = (_day(base.date) + dt.timedelta(days=days)).isoformat()  # type: ignore[operator]
    target.evidence["date"] = [*said, *base.evidence["date"]]


def _share_format_with_related(doc: Doc, sentences: list[_Sentence], claim_of: dict[int, MeetingClaim], claims: list[MeetingClaim]) -> None:
    """ "The 37th ASEAN Summit and related summits, all held online, concluded ...", "... and related meetings, which ran
    online from Nov. 12 to 15": the format said of the series after its name is that of each meeting the article dates
    in the host's month."""
    for sen in sentences:
        hub = _related_hub(doc.folded, sen)
        fmt = next((a.span for a in sen.attrs if a.field == "format" and hub and a.span.start >= hub[1].end()), None)
        if hub is None or fmt is None:
            continue
        host = claim_of[id(hub[0])]
        month = host.date[:7] if host.date and not host.date.startswith("--") else None
        for claim in claims if month else ():
            if claim.format is None and claim.date and claim.date.startswith(month):  # type: ignore[arg-type]
                claim.format = fmt.value
                claim.evidence["format"] = [evidence(doc, fmt.start, fmt.end, sen.span)]
        return


def _share_format_of_series(doc: Doc, sentences: list[_Sentence], claims: list[MeetingClaim]) -> None:
    """ "From 12-15/11 the President will attend five online summits": the format stated for a count
    of meetings over a span of days is that of each meeting the article dates within the span."""
    for sen in sentences:
        fmt = next((a.span for a in sen.attrs if a.field == "format"), None)
        days = next((a.span for a in sen.attrs if a.field == "date" and a.span.value[1]), None)
        if fmt is None or days is None or not SEVERAL_MEETINGS.search(doc.folded, *sen.span):
            continue
        first, last = days.value[0], days.value[1]
        for claim in claims:
            if claim.format is None and claim.date and len(claim.date) == len(first) and first <= claim.date <= last:
                claim.format = fmt.value
                claim.evidence["format"] = [evidence(doc, fmt.start, fmt.end, sen.span)]
