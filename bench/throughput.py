"""Ingest throughput benchmark: articles/s into SQLite, against a regex baseline, and peak memory.

Run it with the virtualenv that has `mekong_tracker` installed, from the repository root:

    python bench/throughput.py                # 2,000 synthetic articles, figures for people
    python bench/throughput.py --n 20000      # the same at 10x: peak RSS must not grow with n
    python bench/throughput.py --json         # exactly one JSON object on stdout, nothing else:
                                              # {"n", "ingest_articles_per_s", "baseline_articles_per_s", "ratio", "peak_rss_mb"}
    python bench/throughput.py --profile      # cProfile of ingesting 300 articles in-process, top 25 by cumulative time
                                              # (--profile-n N for more, --cold to include start-up costs)
    python bench/throughput.py --check        # exit status 1 when a target is missed

What it does. It writes a synthetic corpus to a temporary folder as JSONL files of --chunk lines,
streamed (nothing is held in memory, so --n 20000 is fine): about 60 % Vietnamese and 40 % English
articles of 8-12k characters, like the real pages in shared/seeds. Each has a headline (printed twice),
a date stamp, paragraphs about meetings of Mekong frameworks (ordinal, date, city, format, chairs,
documents adopted; fixed per meeting, as many articles report the same meeting, with one report in 20
giving a different day), filler paragraphs, photo captions, sometimes an inline "TIN LIÊN QUAN" / "Related"
block, and a closing "Tin khác" / "Có thể bạn quan tâm" / "Related news" block of headlines printed
twice with their teasers. Everything comes from templates drawn with random.Random(42), so the corpus
is the same on every run (the first 2,000 articles of --n 20000 are the --n 2000 corpus) and no two
articles have the same text (content hashes differ). Lines carry id, url, published and text but no
`lang`, so language detection runs as it would on scraped pages.

Then, each in its own child process (this script again, with a hidden --role flag), so that each
peak RSS is its own:
  a. ingest: Tracker(db).ingest([corpus]) into a fresh SQLite file, one process; wall-clock
     articles/s and peak RSS (getrusage ru_maxrss), also sampled after every file to show growth;
  b. baseline: read the same files, json.loads each line and run one compiled regex over the text;
  c. the ratio ingest / baseline.
The two children run one after the other, never at the same time.

Targets checked:
  - ingest >= 300 articles/s per core into SQLite;
  - ingest about 1/5 of the regex baseline or better (ratio >= 0.2);
  - peak memory independent of corpus size: the ingest's peak RSS may grow by at most
    RSS_GROWTH_LIMIT_MB from the end of its first file to the end of the run (and the figures of
    --n 2000 and --n 20000 should be about the same).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import importlib.util
import json
import pstats
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

TARGET_ARTICLES_PER_S = 300.0
TARGET_RATIO = 0.2
RSS_GROWTH_LIMIT_MB = 50.0
BASELINE_RE = re.compile(r"Hội nghị|Mekong|Mê Công", re.IGNORECASE)
SEED = 42
BASELINE_REPEAT = 3
VI_SHARE = 0.6

# ---------------------------------------------------------------------------------------------
# Synthetic corpus: vocabulary
# ---------------------------------------------------------------------------------------------

# (framework, level, Vietnamese name, English name); {o} is the ordinal.
MEETINGS: list[tuple[str, str, str, str]] = [
    ("MKC", "fm", "Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ {o}", "the {o} Mekong-Korea Foreign Ministers' Meeting"),
    ("MKC", "summit", "Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ {o}", "the {o} Mekong-Republic of Korea Summit"),
    ("MJC", "summit", "Hội nghị Cấp cao Mekong - Nhật Bản lần thứ {o}", "the {o} Mekong-Japan Summit"),
    ("MJC", "fm", "Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ {o}", "the {o} Mekong-Japan Foreign Ministers' Meeting"),
    (
        "LMC",
        "fm",
        "Hội nghị Bộ trưởng Ngoại giao Hợp tác Mekong - Lan Thương lần thứ {o}",
        "the {o} Mekong-Lancang Foreign Ministers' Meeting",
    ),
    ("LMC", "summit", "Hội nghị Cấp cao Hợp tác Mekong - Lan Thương lần thứ {o}", "the {o} Lancang-Mekong Cooperation Leaders' Meeting"),
    (
        "MUSP",
        "fm",
        "Hội nghị Bộ trưởng Ngoại giao Đối tác Mekong - Hoa Kỳ lần thứ {o}",
        "the {o} Mekong-U.S. Partnership Ministerial Meeting",
    ),
    ("MGC", "fm", "Hội nghị Bộ trưởng Hợp tác Mekong - sông Hằng lần thứ {o}", "the {o} Mekong-Ganga Cooperation Ministerial Meeting"),
    ("MRC", "ministerial", "Phiên họp Hội đồng Ủy hội sông Mê Công quốc tế lần thứ {o}", "the {o} MRC Council Meeting"),
    ("MRC", "summit", "Hội nghị Cấp cao Ủy hội sông Mê Công quốc tế lần thứ {o}", "the {o} MRC Summit"),
]
SHORT_VI = {"MKC": "Mê Công - Hàn Quốc", "MJC": "Mekong - Nhật Bản", "LMC": "Mekong - Lan Thương", "MUSP": "Mekong - Hoa Kỳ"}
SHORT_VI |= {"MGC": "Mekong - sông Hằng", "MRC": "Ủy hội sông Mê Công quốc tế"}
SHORT_EN = {
    "MKC": "Mekong-Korea",
    "MJC": "Mekong-Japan",
    "LMC": "Lancang-Mekong",
    "MUSP": "Mekong-U.S.",
    "MGC": "Mekong-Ganga",
    "MRC": "MRC",
}

VI_ORDINAL_WORDS = {1: "nhất", 2: "hai", 3: "ba", 4: "tư", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}
EN_ORDINAL_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth"}
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
VI_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# (Vietnamese name, English name)
CITIES = [
    ("Hà Nội", "Hanoi"),
    ("Phnom Penh", "Phnom Penh"),
    ("Viêng Chăn", "Vientiane"),
    ("Bangkok", "Bangkok"),
    ("Nay Pyi Taw", "Nay Pyi Taw"),
    ("Seoul", "Seoul"),
    ("Busan", "Busan"),
    ("Tokyo", "Tokyo"),
    ("Bắc Kinh", "Beijing"),
    ("Siêm Riệp", "Siem Reap"),
    ("Luang Prabang", "Luang Prabang"),
    ("Chiang Mai", "Chiang Mai"),
    ("New Delhi", "New Delhi"),
    ("Kuala Lumpur", "Kuala Lumpur"),
    ("Jakarta", "Jakarta"),
    ("Cần Thơ", "Can Tho"),
]
# (Vietnamese title, English title, name)
CHAIRS = [
    ("Bộ trưởng Ngoại giao", "Foreign Minister", "Bùi Thanh Sơn"),
    ("Phó Thủ tướng, Bộ trưởng Ngoại giao", "Deputy Prime Minister and Foreign Minister", "Phạm Bình Minh"),
    ("Bộ trưởng Ngoại giao Hàn Quốc", "South Korean Foreign Minister", "Park Jin"),
    ("Bộ trưởng Ngoại giao Hàn Quốc", "South Korean Foreign Minister", "Chung Eui-yong"),
    ("Bộ trưởng Ngoại giao Nhật Bản", "Japanese Foreign Minister", "Kamikawa Yoko"),
    ("Bộ trưởng Ngoại giao Trung Quốc", "Chinese Foreign Minister", "Vương Nghị"),
    ("Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia", "Cambodian Deputy Prime Minister and Foreign Minister", "Prak Sokhonn"),
    ("Bộ trưởng Ngoại giao Lào", "Lao Foreign Minister", "Saleumxay Kommasith"),
    ("Phó Thủ tướng, Bộ trưởng Ngoại giao Thái Lan", "Thai Deputy Prime Minister and Foreign Minister", "Don Pramudwinai"),
    ("Ngoại trưởng Hoa Kỳ", "U.S. Secretary of State", "Antony Blinken"),
    ("Bộ trưởng Ngoại giao Ấn Độ", "Indian External Affairs Minister", "Subrahmanyam Jaishankar"),
    ("Thủ tướng", "Prime Minister", "Phạm Minh Chính"),
    ("Thủ tướng Campuchia", "Cambodian Prime Minister", "Hun Manet"),
    ("Thủ tướng Lào", "Lao Prime Minister", "Sonexay Siphandone"),
]
DOCS_VI = [
    "Tuyên bố chung",
    "Tuyên bố Chủ tịch",
    "Kế hoạch hành động giai đoạn {y}-{y4}",
    "Chương trình hợp tác {y}-{y4}",
    "Tuyên bố {city}",
]
DOCS_EN = ["a Joint Statement", "the Chairman's Statement", "the Plan of Action {y}-{y4}", "the {city} Declaration", "a joint communique"]
FORMATS_VI = ["trực tiếp", "trực tuyến", "kết hợp trực tiếp và trực tuyến"]
FORMATS_EN = ["in person", "virtually", "via videoconference", "in a hybrid format"]

FILL_VI = {
    "subj": [
        "Các nước thành viên",
        "Các bên",
        "Giới chuyên gia",
        "Chính quyền các tỉnh ven sông",
        "Cộng đồng doanh nghiệp trong khu vực",
        "Các tổ chức phát triển quốc tế",
        "Ngành nông nghiệp đồng bằng",
        "Các viện nghiên cứu",
        "Các cơ quan quản lý nguồn nước",
        "Nhiều địa phương",
        "Các nhà tài trợ",
        "Thanh niên các nước",
    ],
    "verb": [
        "tiếp tục thúc đẩy",
        "đã nhất trí tăng cường",
        "kêu gọi đẩy mạnh",
        "cam kết hỗ trợ",
        "đề xuất mở rộng",
        "bày tỏ mong muốn củng cố",
        "đang triển khai",
        "khẳng định sẽ ưu tiên",
        "đánh giá cao nỗ lực",
        "chia sẻ kinh nghiệm về",
    ],
    "obj": [
        "hợp tác quản lý tài nguyên nước",
        "kết nối hạ tầng giao thông xuyên biên giới",
        "chuyển đổi số trong sản xuất nông nghiệp",
        "phát triển nguồn nhân lực chất lượng cao",
        "ứng phó với biến đổi khí hậu",
        "phục hồi kinh tế sau đại dịch",
        "phát triển du lịch bền vững",
        "đầu tư vào năng lượng tái tạo",
        "bảo đảm an ninh lương thực",
        "bảo tồn đa dạng sinh học của dòng sông",
        "chia sẻ dữ liệu thủy văn",
        "phòng chống thiên tai và xâm nhập mặn",
        "thuận lợi hóa thương mại và đầu tư",
        "giao lưu văn hóa và giáo dục",
    ],
    "comp": [
        "trong giai đoạn tới",
        "nhằm nâng cao đời sống người dân",
        "phù hợp với các ưu tiên của ASEAN",
        "trên cơ sở bình đẳng và cùng có lợi",
        "thông qua các dự án quy mô nhỏ",
        "với sự tham gia của khu vực tư nhân",
        "tại các vùng sâu, vùng xa",
        "theo hướng xanh và bao trùm",
        "gắn với các mục tiêu phát triển bền vững",
        "dựa trên khoa học và dữ liệu tin cậy",
    ],
}
FILL_EN = {
    "subj": [
        "Member countries",
        "The partners",
        "Experts",
        "Provincial authorities along the river",
        "Businesses in the region",
        "International development agencies",
        "Farmers in the delta",
        "Research institutes",
        "Water management agencies",
        "Local communities",
        "Donors",
        "Young people across the subregion",
    ],
    "verb": [
        "continue to promote",
        "have agreed to strengthen",
        "called for more",
        "pledged support for",
        "proposed to expand",
        "want to consolidate",
        "are carrying out",
        "will give priority to",
        "praised efforts in",
        "shared their experience of",
    ],
    "obj": [
        "cooperation on water resources management",
        "cross-border transport connectivity",
        "digital transformation in agriculture",
        "the development of skilled human resources",
        "climate change adaptation",
        "the post-pandemic economic recovery",
        "sustainable tourism",
        "investment in renewable energy",
        "food security",
        "the conservation of the river's biodiversity",
        "the sharing of hydrological data",
        "disaster prevention and saltwater intrusion control",
        "trade and investment facilitation",
        "cultural and educational exchanges",
    ],
    "comp": [
        "in the years ahead",
        "to improve people's livelihoods",
        "in line with ASEAN priorities",
        "on the basis of equality and mutual benefit",
        "through small-scale projects",
        "with the participation of the private sector",
        "in remote areas",
        "in a green and inclusive way",
        "in support of the Sustainable Development Goals",
        "based on science and reliable data",
    ],
}
BLOCK_HEADERS_VI = ["Tin khác", "Có thể bạn quan tâm", "Tin cùng chuyên mục", "Đọc thêm"]
BLOCK_HEADERS_EN = ["Related news", "Read more", "More stories", "You may also like"]
SUB_HEADERS_VI = ["Nên xem", "Đọc nhiều"]
SUB_HEADERS_EN = ["Most read", "Trending"]
CREDITS_VI = ["TTXVN", "Bộ Ngoại giao", "VGP", "Baoquocte.vn"]
CREDITS_EN = ["VNA", "Yonhap", "Xinhua", "MOFA"]


# ---------------------------------------------------------------------------------------------
# Synthetic corpus: text
# ---------------------------------------------------------------------------------------------


@dataclass
class Meeting:
    """One meeting as an article talks about it."""

    kind: int
    ordinal: int
    year: int
    month: int
    day: int
    city: int
    chairs: tuple[int, int]
    fmt: int
    doc: int


class ArticleWriter:
    """Vietnamese and English articles drawn from templates with one seeded random generator."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)

    # -- pieces ---------------------------------------------------------------------------------
    def meeting(self) -> Meeting:
        """A meeting to write about. Its facts are fixed per (framework, level, ordinal), as in the
        news, where many articles report the same meeting; one report in 20 gets the day wrong."""
        kind = self.rng.randrange(len(MEETINGS))
        summit = MEETINGS[kind][1] == "summit"
        ordinal = self.rng.randint(1, 12 if summit else 18)
        facts = random.Random(SEED * 1_000_003 + kind * 1000 + ordinal)
        chairs = facts.sample(range(len(CHAIRS)), 2)
        day = facts.randint(1, 28)
        if self.rng.random() < 0.05:
            day = day % 28 + 1
        return Meeting(
            kind=kind,
            ordinal=ordinal,
            year=(2009 if summit else 2007) + ordinal + facts.randint(0, 1),
            month=facts.randint(1, 12),
            day=day,
            city=facts.randrange(len(CITIES)),
            chairs=(chairs[0], chairs[1]),
            fmt=facts.randrange(len(FORMATS_EN)),
            doc=facts.randrange(len(DOCS_EN)),
        )

    def ordinal(self, n: int, lang: str) -> str:
        if lang == "vi":
            return VI_ORDINAL_WORDS[n] if n in VI_ORDINAL_WORDS and self.rng.random() < 0.3 else str(n)
        if n in EN_ORDINAL_WORDS and self.rng.random() < 0.3:
            return EN_ORDINAL_WORDS[n]
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"

    def name(self, m: Meeting, lang: str) -> str:
        template = MEETINGS[m.kind][2 if lang == "vi" else 3]
        return template.format(o=self.ordinal(m.ordinal, lang))

    def date(self, m: Meeting, lang: str, with_year: bool = True) -> str:
        if lang == "vi":
            if self.rng.random() < 0.2:
                return f"ngày {m.day}-{m.day + 1}/{m.month}" + (f"/{m.year}" if with_year else "")
            return f"ngày {m.day}/{m.month}" + (f"/{m.year}" if with_year else "")
        month = EN_MONTHS[m.month - 1]
        if self.rng.random() < 0.5:
            return f"{month} {m.day}" + (f", {m.year}" if with_year else "")
        return f"{m.day} {month}" + (f" {m.year}" if with_year else "")

    def document(self, m: Meeting, lang: str) -> str:
        table = DOCS_VI if lang == "vi" else DOCS_EN
        return table[m.doc].format(y=m.year + 1, y4=m.year + 5, city=CITIES[m.city][0 if lang == "vi" else 1])

    def chair(self, i: int, lang: str) -> str:
        title_vi, title_en, person = CHAIRS[i]
        return f"{title_vi if lang == 'vi' else title_en} {person}"

    def sentence(self, lang: str) -> str:
        r = self.rng
        t = FILL_VI if lang == "vi" else FILL_EN
        s = f"{r.choice(t['subj'])} {r.choice(t['verb'])} {r.choice(t['obj'])} {r.choice(t['comp'])}"
        roll = r.random()
        if roll < 0.2:
            if lang == "vi":
                s += f", với tổng vốn khoảng {r.randint(2, 900)} triệu USD"
            else:
                s += f", with funding of about {r.randint(2, 900)} million USD"
        elif roll < 0.35:
            s += f", và {r.choice(t['obj'])}" if lang == "vi" else f", and {r.choice(t['obj'])}"
        return s + "."

    def filler(self, lang: str) -> str:
        r = self.rng
        sentences = [self.sentence(lang) for _ in range(r.randint(3, 6))]
        if r.random() < 0.25:
            y, v, p = r.randint(2010, 2025), r.randint(5, 90), r.randint(2, 35)
            if lang == "vi":
                sentences.append(f"Năm {y}, kim ngạch thương mại giữa các nước đạt khoảng {v} tỷ USD, tăng {p}% so với năm trước.")
            else:
                sentences.append(f"In {y}, trade among the countries reached about {v} billion USD, up {p} percent on the previous year.")
        return " ".join(sentences)

    def headline(self, lang: str, m: Meeting | None = None) -> str:
        r = self.rng
        t = FILL_VI if lang == "vi" else FILL_EN
        if m is not None:
            framework = MEETINGS[m.kind][0]
            if lang == "vi":
                return f"Hội nghị {SHORT_VI[framework]}: {r.choice(t['verb'])} {r.choice(t['obj'])}"
            return f"{SHORT_EN[framework]} ministers {r.choice(t['verb'])} {r.choice(t['obj'])}"
        head = f"{r.choice(t['subj'])} {r.choice(t['verb'])} {r.choice(t['obj'])}"
        return head if r.random() < 0.7 else f"{head} {r.choice(t['comp'])}"

    def stamp(self, m: Meeting, lang: str) -> str:
        r = self.rng
        hh, mm = r.randint(6, 23), r.randint(0, 59)
        if lang == "vi":
            return f"{r.choice(VI_WEEKDAYS)}, {m.day + 1:02d}/{m.month:02d}/{m.year} {hh:02d}:{mm:02d} (GMT+7)"
        return f"{r.choice(EN_WEEKDAYS)}, {EN_MONTHS[m.month - 1]} {m.day + 1}, {m.year} | {hh:02d}:{mm:02d} GMT+7"

    def caption(self, lang: str) -> str:
        r = self.rng
        if lang == "vi":
            return f"Các trưởng đoàn chụp ảnh chung tại Hội nghị. (Ảnh: {r.choice(CREDITS_VI)})"
        return f"Heads of delegation pose for a group photo at the meeting. (Photo: {r.choice(CREDITS_EN)})"

    def meeting_paragraphs(self, m: Meeting, lang: str, other: Meeting) -> list[str]:
        r = self.rng
        c1, c2 = self.chair(m.chairs[0], lang), self.chair(m.chairs[1], lang)
        city_vi, city_en = CITIES[m.city]
        o_city_vi, o_city_en = CITIES[other.city]
        if lang == "vi":
            lead = r.choice(
                [
                    f"{self.date(m, lang).capitalize()}, tại {city_vi}, {self.name(m, lang)} đã diễn ra"
                    f" dưới sự đồng chủ trì của {c1} và {c2}.",
                    f"{self.name(m, lang)} được tổ chức {self.date(m, lang)} tại {city_vi} theo hình thức"
                    f" {FORMATS_VI[m.fmt % len(FORMATS_VI)]}, do {c1} và {c2} đồng chủ trì.",
                ]
            )
            return [
                f"{lead} Tham dự Hội nghị có Bộ trưởng các nước Campuchia, Lào, Myanmar, Thái Lan và Việt Nam"
                f" cùng đại diện nhiều bộ, ngành. {self.sentence(lang)}",
                f"Phát biểu tại Hội nghị, {c1} nhấn mạnh hợp tác {SHORT_VI[MEETINGS[m.kind][0]]} cần"
                f" tập trung vào {r.choice(FILL_VI['obj'])}. {self.sentence(lang)} {self.sentence(lang)}",
                f"Các Bộ trưởng ghi nhận kết quả của {self.name(other, lang)} ({self.date(other, lang)} tại {o_city_vi})"
                f" và nhất trí {r.choice(FILL_VI['obj'])} {r.choice(FILL_VI['comp'])}. {self.sentence(lang)}",
                f"Kết thúc Hội nghị, các Bộ trưởng đã thông qua {self.document(m, lang)}, khẳng định quyết tâm"
                f" {r.choice(FILL_VI['obj'])} {r.choice(FILL_VI['comp'])}.",
            ]
        lead = r.choice(
            [
                f"{city_en.upper()}, {self.date(m, lang, with_year=False)} - {self.name(m, lang)[0].upper()}{self.name(m, lang)[1:]}"
                f" took place {FORMATS_EN[m.fmt]} in {city_en} on {self.date(m, lang)}, co-chaired by {c1} and {c2}.",
                f"{c1} and {c2} co-chaired {self.name(m, lang)}, held in {city_en} on {self.date(m, lang)}.",
            ]
        )
        return [
            f"{lead} Ministers and senior officials of Cambodia, Laos, Myanmar, Thailand and Viet Nam attended. {self.sentence(lang)}",
            f"Speaking at the meeting, {c1} said {SHORT_EN[MEETINGS[m.kind][0]]} cooperation should focus on"
            f" {r.choice(FILL_EN['obj'])}. {self.sentence(lang)} {self.sentence(lang)}",
            f"The ministers welcomed the outcomes of {self.name(other, lang)} ({self.date(other, lang)}, {o_city_en})"
            f" and agreed to work on {r.choice(FILL_EN['obj'])} {r.choice(FILL_EN['comp'])}. {self.sentence(lang)}",
            f"At the end of the meeting, the ministers adopted {self.document(m, lang)}, reaffirming their commitment to"
            f" {r.choice(FILL_EN['obj'])} {r.choice(FILL_EN['comp'])}.",
        ]

    def related_block(self, lang: str, budget: int) -> list[str]:
        """A closing block of related links: headline twice, then a teaser; about `budget` characters."""
        r = self.rng
        out = [r.choice(BLOCK_HEADERS_VI if lang == "vi" else BLOCK_HEADERS_EN)]
        used = len(out[0])
        items = 0
        while items < 2 or used < budget:
            if items == 3 and r.random() < 0.5:
                out.append(r.choice(SUB_HEADERS_VI if lang == "vi" else SUB_HEADERS_EN))
            head = self.headline(lang)
            teaser = " ".join(self.sentence(lang) for _ in range(r.randint(1, 2)))
            out += [head, head, teaser]
            used += 2 * len(head) + len(teaser) + 6
            items += 1
        return out

    # -- one article ----------------------------------------------------------------------------
    def article(self, index: int) -> tuple[str, dict[str, str]]:
        """(language, JSONL record) of article number `index`."""
        r = self.rng
        lang = "vi" if r.random() < VI_SHARE else "en"
        target = r.randint(8000, 12000)
        main, other = self.meeting(), self.meeting()
        title = self.headline(lang, main)
        blocks = [title, self.stamp(main, lang)]
        meeting_paras = self.meeting_paragraphs(main, lang, other)
        if r.random() < 0.4:
            meeting_paras += self.meeting_paragraphs(self.meeting(), lang, other)[:2]
        blocks.append(meeting_paras[0])
        if r.random() < 0.3:
            heads = [self.headline(lang) for _ in range(r.randint(2, 3))]
            blocks += ["TIN LIÊN QUAN" if lang == "vi" else "Related", *heads]
        blocks.append(self.caption(lang))
        body_target = int(target * r.uniform(0.6, 0.72))
        rest = meeting_paras[1:]
        length = sum(len(b) + 2 for b in blocks)
        repeated = False
        while length < body_target or rest:
            if rest and (r.random() < 0.35 or length >= body_target):
                block = rest.pop(0)
            elif not repeated and length > body_target // 2:
                block, repeated = title, True  # the headline again, as a section caption
            else:
                block = self.filler(lang)
            blocks.append(block)
            length += len(block) + 2
        blocks += self.related_block(lang, target - length)
        y, m = main.year, main.month
        return lang, {
            "id": f"syn-{index:06d}",
            "url": f"https://example.{'vn' if lang == 'vi' else 'com'}/{y}/{m:02d}/article-{index}.html",
            "published": f"{y}-{m:02d}-{main.day + 1:02d}",
            "text": "\n\n".join(blocks),
        }


@dataclass
class CorpusInfo:
    """What write_corpus wrote."""

    path: Path
    files: list[tuple[Path, int]] = field(default_factory=list)  # (file, articles)
    chars: int = 0
    vi: int = 0

    @property
    def n(self) -> int:
        return sum(k for _, k in self.files)


def write_corpus(folder: Path, n: int, chunk: int = 1000, seed: int = SEED) -> CorpusInfo:
    """Write `n` distinct articles as JSONL files of `chunk` lines under `folder`, one line at a time."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = ArticleWriter(seed)
    info = CorpusInfo(folder)
    seen: set[bytes] = set()  # 16-byte digests only, so 20,000 articles cost about a megabyte
    index = 0
    for part in range(0, n, chunk):
        path = folder / f"part-{part // chunk:05d}.jsonl"
        count = min(chunk, n - part)
        with open(path, "w", encoding="utf-8") as fh:
            for _ in range(count):
                while True:
                    lang, article = writer.article(index)
                    digest = hashlib.blake2b(article["text"].encode("utf-8"), digest_size=16).digest()
                    if digest not in seen:
                        break
                seen.add(digest)
                index += 1
                info.chars += len(article["text"])
                info.vi += lang == "vi"
                fh.write(json.dumps(article, ensure_ascii=False) + "\n")
        info.files.append((path, count))
    return info


# ---------------------------------------------------------------------------------------------
# Measurements (each runs in its own child process)
# ---------------------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def role_ingest(corpus: Path, db: Path) -> dict[str, Any]:
    """Ingest the whole corpus into a fresh SQLite file; timings and peak RSS after each file."""
    from mekong_tracker.tracker import Tracker

    checkpoints: list[tuple[float, float]] = []
    start = 0.0

    def on_file(_: str) -> None:
        checkpoints.append((time.perf_counter() - start, peak_rss_mb()))

    tracker = Tracker(db)
    start = time.perf_counter()
    report = tracker.ingest([corpus], on_file=on_file)
    elapsed = time.perf_counter() - start
    tracker.close()
    return {
        "seconds": elapsed,
        "articles": report.new + report.updated + report.unchanged,
        "new": report.new,
        "failed": len(report.failed),
        "meetings_found": report.meetings_found,
        "peak_rss_mb": peak_rss_mb(),
        "checkpoints": checkpoints,
        "db_mb": sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6,
    }


def role_baseline(corpus: Path, repeat: int = BASELINE_REPEAT) -> dict[str, Any]:
    """Read the same files, json.loads every line and run one compiled regex over each text.

    The pass takes about a second per 2,000 articles, so it is timed `repeat` times and the best
    is kept (the ingest, minutes long, is timed once)."""
    findall = BASELINE_RE.findall
    best = float("inf")
    articles = matches = 0
    for _ in range(repeat):
        start = time.perf_counter()
        articles = matches = 0
        for path in sorted(corpus.glob("*.jsonl")):
            with open(path, "rb") as fh:
                for line in fh:
                    matches += len(findall(json.loads(line)["text"]))
                    articles += 1
        best = min(best, time.perf_counter() - start)
    return {"seconds": best, "articles": articles, "matches": matches, "peak_rss_mb": peak_rss_mb()}


def run_child(role: str, corpus: Path, db: Path | None = None) -> dict[str, Any]:
    """Run this script again as `--role role` and return the JSON it prints."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--role", role, "--corpus", str(corpus)]
    if db is not None:
        cmd += ["--db", str(db)]
    done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the {role} child failed with exit status {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------------
# Profile
# ---------------------------------------------------------------------------------------------


def _where(filename: str, line: int, func: str) -> str:
    for marker in ("mekong_tracker/", "site-packages/", "python3.11/", "python3.12/", "python3.13/"):
        if marker in filename:
            filename = (marker if marker == "mekong_tracker/" else "") + filename.split(marker, 1)[1]
            break
    return f"{filename}:{line}({func})" if line else func


def run_profile(workdir: Path, n: int, top: int = 25, warm: bool = True) -> None:
    """cProfile over ingesting `n` articles in this process; print the `top` functions by cumulative time.

    With `warm`, one Vietnamese and one English article (not in the corpus) go through the pipeline
    first, outside the profile, so one-time costs (vocabulary tables, regex compilation) don't show."""
    from mekong_tracker.pipeline import process
    from mekong_tracker.tracker import Tracker

    if warm:
        writer = ArticleWriter(SEED + 1)
        langs: set[str] = set()
        while len(langs) < 2:
            lang, article = writer.article(0)
            if lang not in langs:
                process(article["text"], None, article["published"])
                langs.add(lang)
    info = write_corpus(workdir / "corpus", n)
    tracker = Tracker(workdir / "profile.db")
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    report = tracker.ingest([info.path])
    profiler.disable()
    elapsed = time.perf_counter() - start
    tracker.close()
    stats = pstats.Stats(profiler)
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][3], reverse=True)
    print(
        f"cProfile of Tracker.ingest over {report.new} articles into a fresh database: {elapsed:.2f} s under the profiler"
        f" ({report.new / elapsed:.0f} articles/s; {'pipeline warmed up first' if warm else 'cold start'})"
    )
    print(f"top {top} functions by cumulative time")
    print(f"{'ncalls':>12} {'tottime':>9} {'cumtime':>9} {'cum %':>6}  function")
    for (filename, line, func), (cc, nc, tt, ct, _) in rows[:top]:
        calls = f"{nc}/{cc}" if nc != cc else str(nc)
        print(f"{calls:>12} {tt:9.3f} {ct:9.3f} {100 * ct / elapsed:5.1f}%  {_where(filename, line, func)}")


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def code_fingerprint() -> str:
    """Short hash of the installed mekong_tracker sources (.py, .toml), to tell which code a run measured."""
    spec = importlib.util.find_spec("mekong_tracker")
    if spec is None or not spec.submodule_search_locations:
        return "unknown"
    root = Path(next(iter(spec.submodule_search_locations)))
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".toml") and path.is_file():
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def measure(workdir: Path, n: int, chunk: int, log: Callable[[str], None]) -> dict[str, Any]:
    code = code_fingerprint()
    log(f"mekong_tracker sources {code}")
    log(f"writing {n:,} synthetic articles to {workdir / 'corpus'} ...")
    t0 = time.perf_counter()
    info = write_corpus(workdir / "corpus", n, chunk)
    log(f"  {len(info.files)} files, {info.chars / 1e6:.1f} M characters in {time.perf_counter() - t0:.1f} s")
    log("ingest (child process) ...")
    ingest = run_child("ingest", info.path, workdir / "bench.db")
    log("baseline (child process) ...")
    baseline = run_child("baseline", info.path)
    if ingest["new"] != n or ingest["failed"]:
        raise SystemExit(f"ingest stored {ingest['new']} new articles of {n} ({ingest['failed']} failed)")
    after = code_fingerprint()
    if after != code:
        log(f"warning: the mekong_tracker sources changed during the run ({code} -> {after}); the figures may mix versions")
    return {
        "info": info,
        "ingest": ingest,
        "baseline": baseline,
        "ingest_rate": n / ingest["seconds"],
        "baseline_rate": baseline["articles"] / baseline["seconds"],
        "code": code if after == code else f"{code} -> {after} (changed during the run)",
    }


def targets(result: dict[str, Any]) -> list[tuple[bool, str]]:
    ingest = result["ingest"]
    first_peak = ingest["checkpoints"][0][1] if ingest["checkpoints"] else ingest["peak_rss_mb"]
    growth = ingest["peak_rss_mb"] - first_peak
    ratio = result["ingest_rate"] / result["baseline_rate"]
    return [
        (result["ingest_rate"] >= TARGET_ARTICLES_PER_S, f">= {TARGET_ARTICLES_PER_S:.0f} articles/s per core into SQLite"),
        (ratio >= TARGET_RATIO, f"ratio >= {TARGET_RATIO} (about 1/5 of the regex baseline or better)"),
        (
            growth <= RSS_GROWTH_LIMIT_MB,
            f"peak RSS flat: +{growth:.1f} MB from the first file to the end (limit {RSS_GROWTH_LIMIT_MB:.0f} MB)",
        ),
    ]


def report_human(result: dict[str, Any], out: TextIO = sys.stdout) -> None:
    info: CorpusInfo = result["info"]
    ingest, baseline = result["ingest"], result["baseline"]
    n = info.n

    def say(text: str) -> None:
        print(text, file=out)

    say(f"mekong_tracker ingest throughput: {n:,} synthetic articles ({info.vi:,} vi / {n - info.vi:,} en)")
    say(f"  code      mekong_tracker sources {result['code']}")
    say(f"  corpus    {len(info.files)} JSONL files, mean {info.chars / n:,.0f} characters per article")
    say(
        f"  ingest    {result['ingest_rate']:8,.1f} articles/s   {ingest['seconds']:.2f} s wall, 1 process;"
        f" {ingest['meetings_found']:,} meeting reports, database {ingest['db_mb']:.1f} MB"
    )
    cps, sizes = ingest["checkpoints"], [k for _, k in info.files]
    if len(cps) == len(sizes) > 1:
        ends = [t for t, _ in cps]
        rates = [k / (end - begin) for k, begin, end in zip(sizes, [0.0, *ends[:-1]], ends, strict=True)]
        say(f"            per file of {sizes[0]:,} (articles/s): " + " ".join(f"{rate:.1f}" for rate in rates))
        say("            peak RSS per file (MB): " + " ".join(f"{rss:.1f}" for _, rss in cps))
    say(
        f"  baseline  {result['baseline_rate']:8,.1f} articles/s   {baseline['seconds']:.2f} s"
        f" (json.loads + one compiled regex, best of {BASELINE_REPEAT})"
    )
    say(f"  ratio     {result['ingest_rate'] / result['baseline_rate']:8.3f}   (ingest / baseline)")
    first_peak = f", {cps[0][1]:.1f} MB after the first file" if cps else ""
    say(f"  peak RSS  {ingest['peak_rss_mb']:8.1f} MB ingest{first_peak}; {baseline['peak_rss_mb']:.1f} MB baseline")
    say("targets")
    for ok, text in targets(result):
        say(f"  [{'ok' if ok else 'MISSED'}] {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="number of synthetic articles (default 2000)")
    parser.add_argument("--chunk", type=int, default=1000, help="articles per JSONL file (default 1000)")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout and nothing else")
    parser.add_argument("--profile", action="store_true", help="cProfile over ingesting --profile-n articles in-process, top 25")
    parser.add_argument("--profile-n", type=int, default=300, help="articles for --profile (default 300)")
    parser.add_argument("--cold", action="store_true", help="with --profile: include one-time start-up costs")
    parser.add_argument("--check", action="store_true", help="exit status 1 when a target is missed")
    parser.add_argument("--workdir", type=Path, help="where to put the corpus and database (default: a new temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the corpus and database afterwards")
    parser.add_argument("--role", choices=["ingest", "baseline"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.role:
        result = role_ingest(args.corpus, args.db) if args.role == "ingest" else role_baseline(args.corpus)
        print(json.dumps(result))
        return 0
    if args.n < 1 or args.chunk < 1 or args.profile_n < 1:
        parser.error("--n, --chunk and --profile-n must be positive")
    if args.profile and args.json:
        parser.error("--profile prints a table; use it without --json")

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="mekong-bench-", dir=args.workdir))
    try:
        if args.profile:
            run_profile(workdir, args.profile_n, warm=not args.cold)
            return 0
        result = measure(workdir, args.n, args.chunk, log)
        if args.json:
            report_human(result, sys.stderr)  # the details, for people; stdout gets the JSON only
            print(
                json.dumps(
                    {
                        "n": args.n,
                        "ingest_articles_per_s": round(result["ingest_rate"], 1),
                        "baseline_articles_per_s": round(result["baseline_rate"], 1),
                        "ratio": round(result["ingest_rate"] / result["baseline_rate"], 4),
                        "peak_rss_mb": round(result["ingest"]["peak_rss_mb"], 1),
                    }
                )
            )
        else:
            report_human(result)
        return 1 if args.check and not all(ok for ok, _ in targets(result)) else 0
    finally:
        if args.keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
