"""Boilerplate spans: related links, doubled headlines with teasers and doubled captions
are marked; body paragraphs are not; spans are offsets into the text as stored."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from mekong_tracker import process
from mekong_tracker.clean.boilerplate import find_boilerplate
from mekong_tracker.clean.normalize import fold, nfc

BODY = [
    "Ngày 28/9, Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10 được tổ chức theo hình thức trực tuyến.",
    "Các Bộ trưởng nhất trí đẩy mạnh hợp tác trong bảy lĩnh vực ưu tiên, gồm văn hóa và du lịch, "
    "phát triển nguồn nhân lực, nông nghiệp và phát triển nông thôn.",
    "Hội nghị cũng trao đổi về tình hình Biển Đông và bán đảo Triều Tiên.",
]
RELATED = [
    "Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 12 diễn ra trực tuyến",
    "Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 37",
]
HEADLINE = "Hội nghị Mê Công - Lan Thương lần thứ 3 khai mạc"
TEASER = "Sáng nay, các nhà lãnh đạo đã dự hội nghị theo hình thức trực tuyến."
CAPTION = "Thủ tướng Nguyễn Xuân Phúc phát biểu từ điểm cầu Hà Nội. (Ảnh: TTXVN)"
BLOCK_MARKERS = ("Tin khác", "Có thể bạn quan tâm", "Đọc thêm", "Xem thêm")


def spans_of(text: str) -> list[tuple[int, int]]:
    text = nfc(text)
    return find_boilerplate(text, fold(text))


def covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def assert_closes_page(text: str, first: str) -> None:
    """Everything from `first` on is furniture, and the story's last paragraph before it is not."""
    spans = spans_of(text)
    assert covered(spans, text.index(first), len(text))
    assert not overlaps(spans, text.rindex(BODY[-1]), text.rindex(BODY[-1]) + len(BODY[-1]))


def page(*blocks: str) -> str:
    return nfc("\n\n".join(blocks) + "\n")


@pytest.mark.parametrize(
    "marker",
    [
        "Tin khác",
        "Có thể bạn quan tâm",
        "Xem nhiều",
        "Also read",
        "Các tin đã đưa",
        "Tin cùng chủ đề",
        "ALSO IN THIS ISSUE",
        "Tài liệu tham khảo:",
        "Related Links",
        "More in Politics",
        "CÁC TIN, BÀI KHÁC",
        "Related media releases",
        "- Đọc nhiều",
        "Bình luận nổi bật",
        "Top comments",
        "More posts from this Page",
        "Bài viết liên quan từ Trang",
        "XEM THÊM ĐỒ HỌA",
        "GIÁO ÁN CÙNG MÔN",
        "Other questions on this topic",
        "FROM THE ARCHIVE",
        "ĐIỂM TIN CÁC SỐ TRƯỚC",
    ],
)
def test_related_links_block_runs_to_end_of_page(marker: str) -> None:
    text = page(*BODY, marker, *RELATED)
    spans = spans_of(text)
    start = text.index(marker)
    assert covered(spans, start, len(text.rstrip()))
    for link in RELATED:
        at = text.index(link)
        assert covered(spans, at, at + len(link))


@pytest.mark.parametrize(
    "marker",
    [
        "Thông cáo báo chí khác",
        "Các sự kiện khác",
        "Other press releases",
        "LATEST NEWS RELEASES",
        "CHỦ ĐỀ TƯƠNG TỰ",
        "Related questions",
        "KIỂM CHỨNG LIÊN QUAN",
        "Related Insights",
        "Các bài dễ đọc khác:",
        "More easy-read articles",
        "CÁC MỤC KHÁC TRONG NGUỒN CẤP",
        "Other items in this feed",
        "Các mục khác trong nguồn (mới nhất trước):",
        "Recommended reading (machine translated):",
        "Related Projects",
        "Newsroom",
        "Popular on Fulcrum",
        "Past Events in this Series",
        "More on Mekong",
        "TIN NÓNG",
        "Tiêu điểm khác",
        "YESTERDAY ON THIS DAY",
        "Also on November 13",
        "Cũng vào ngày này",
        "IN PREVIOUS ISSUES | CÁC SỐ TRƯỚC",
        "ĐỌC NHIỀU TRÊN VNEXPRESS",
        "ĐỐ VUI KHÁC",
        "More quizzes",
        "LIÊN KẾT NHANH",
        "THÔNG CÁO BÁO CHÍ LIÊN QUAN",
        "Related press releases",
        "Other datasets from this provider",
        "BỘ DỮ LIỆU LIÊN QUAN",
        "ẢNH KHÁC",
        "Video khác",
        "More photos",
    ],
)
def test_other_press_releases_events_and_threads_run_to_the_footer(marker: str) -> None:
    footer = "© Ủy ban sông Mê Công Việt Nam. Địa chỉ: số 10 Tôn Thất Thuyết, Hà Nội."
    text = page(*BODY, marker, *RELATED, footer)
    assert covered(spans_of(text), text.index(marker), len(text.rstrip()))


@pytest.mark.parametrize("marker", ["Tin khác", "Có thể bạn quan tâm"])
def test_body_paragraphs_before_related_block_are_not_marked(marker: str) -> None:
    text = page(*BODY, marker, *RELATED)
    spans = spans_of(text)
    for para in BODY:
        at = text.index(para)
        assert not overlaps(spans, at, at + len(para))


def test_a_record_row_between_bars_is_no_menu() -> None:
    row = "■ 23/3/2016 | Lần thứ nhất | Tam Á (Hải Nam, Trung Quốc)"
    menu = "Trang chủ | Chính trị | Thế giới | Kinh tế"
    text = page(menu, BODY[0], row, BODY[1], BODY[2])
    spans = spans_of(text)
    assert covered(spans, text.index(menu), text.index(menu) + len(menu))
    assert not any(s < text.index(row) + len(row) and text.index(row) < e for s, e in spans)


def test_a_multiple_choice_questions_options_are_marked_but_a_lettered_list_is_not() -> None:
    options = [
        "A. Hội nghị Bộ trưởng Ngoại giao lần thứ nhất tại Seoul năm 2011",
        "B. Hội nghị Cấp cao lần thứ nhất tại Busan năm 2019",
        "C. Hội nghị Bộ trưởng Ngoại giao lần thứ 9 tại Băng Cốc",
    ]
    inline = "A. Hà Nội     B. Tokyo     C. Băng Cốc     D. Ba-li"
    listed = ["a) Hội nghị Cấp cao ASEAN lần thứ 36 diễn ra ngày 26/6/2020.", "b) Hội nghị lần thứ 37 diễn ra ngày 12/11/2020."]
    listed += ["c) Hội nghị Cấp cao Đông Á lần thứ 15 diễn ra ngày 14/11/2020."]
    text = page(
        BODY[0], "Câu 5. Sự kiện nào đánh dấu hợp tác được nâng lên cấp thượng đỉnh?", "\n".join(options),
        "Câu 1. Hội nghị lần thứ nhất họp tại thành phố nào?", inline, "Các hội nghị chính trong năm:", "\n".join(listed), BODY[1],
    )  # fmt: skip
    spans = spans_of(text)
    for line in [*options, inline]:
        assert covered(spans, text.index(line), text.index(line) + len(line))
    assert not any(s < text.index(listed[-1]) + len(listed[-1]) and text.index(listed[0]) < e for s, e in spans)
    question = nfc("Câu 1. Hiệp ước Ba-li được ký tại hội nghị nào? ")
    after = nfc("A. Cấp cao ASEAN lần thứ nhất; B. Cấp cao ASEAN lần thứ 2 tại Cu-a-la Lăm-pơ; C. Cấp cao ASEAN lần thứ 6.")
    text = page(BODY[0], question + after, BODY[1])
    spans = spans_of(text)
    assert covered(spans, text.index(after), text.index(after) + len(after))
    assert not any(s <= text.index(question) < e for s, e in spans)


def test_headline_printed_twice_and_its_teaser_are_marked() -> None:
    text = page(BODY[0], HEADLINE, HEADLINE, TEASER, BODY[1], BODY[2])
    spans = spans_of(text)
    first = text.index(HEADLINE)
    second = text.index(HEADLINE, first + 1)
    teaser = text.index(TEASER)
    assert covered(spans, first, first + len(HEADLINE))
    assert covered(spans, second, second + len(HEADLINE))
    assert covered(spans, teaser, teaser + len(TEASER))
    for para in (BODY[0], BODY[1], BODY[2]):
        at = text.index(para)
        assert not overlaps(spans, at, at + len(para))


def test_headline_printed_once_is_not_marked() -> None:
    text = page(HEADLINE, *BODY)
    assert not overlaps(spans_of(text), 0, len(HEADLINE))


def test_doubled_photo_caption_is_marked() -> None:
    text = page(BODY[0], f"{CAPTION}\n{CAPTION}", BODY[1], BODY[2])
    spans = spans_of(text)
    first = text.index(CAPTION)
    second = text.index(CAPTION, first + 1)
    assert covered(spans, first, second + len(CAPTION))
    for para in BODY:
        at = text.index(para)
        assert not overlaps(spans, at, at + len(para))


def test_article_without_furniture_has_no_boilerplate() -> None:
    assert spans_of(page(*BODY)) == []


def test_process_keeps_text_unchanged_and_spans_index_it() -> None:
    text = page(BODY[0], f"{CAPTION}\n{CAPTION}", BODY[1], BODY[2], "Tin khác", *RELATED)
    doc = process(text, "vi", "2020-09-29")
    assert doc.text == text
    assert doc.boilerplate
    for s, e in doc.boilerplate:
        assert 0 <= s < e <= len(text)
        assert doc.text[s:e] == text[s:e]
        assert doc.text[s:e].strip() == doc.text[s:e]  # spans start and end on content, not whitespace
    caption_at = text.index(CAPTION)
    marker_at = text.index("Tin khác")
    assert any(text[s:e].startswith(CAPTION) and s == caption_at for s, e in doc.boilerplate)
    assert any(s == marker_at and text[s:e].startswith("Tin khác") for s, e in doc.boilerplate)


def test_sentences_skip_boilerplate() -> None:
    text = page(*BODY, "Tin khác", *RELATED)
    doc = process(text, "vi", "2020-09-29")
    for s, e in doc.sentences:
        assert not doc.in_boilerplate(s, e)
    assert any(doc.text[s:e] == BODY[2] for s, e in doc.sentences)


# -- the seed articles (../shared/seeds) ------------------------------------------------


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def test_seed_related_link_blocks_are_marked_to_the_end(seed_files: list[Path]) -> None:
    checked = 0
    for path in seed_files:
        doc = process(path.read_text(encoding="utf-8"))
        end = len(doc.text.rstrip())
        for s, e in _lines(doc.text):
            if doc.text[s:e].strip() in BLOCK_MARKERS and s > len(doc.text) // 3:
                assert covered(doc.boilerplate, s, end), f"{path.name}: block from {doc.text[s:e]!r} at {s} not marked to the end"
                checked += 1
    assert checked >= 3, "expected related-link blocks ('Có thể bạn quan tâm', 'Đọc thêm', ...) in the seeds"


def test_seed_doubled_headlines_are_marked(seed_files: list[Path]) -> None:
    checked = 0
    for path in seed_files:
        doc = process(path.read_text(encoding="utf-8"))
        lines = [(s, e) for s, e in _lines(doc.text) if doc.text[s:e].strip()]
        for (s1, e1), (s2, e2) in itertools.pairwise(lines):
            line = doc.text[s1:e1].strip()
            if len(line) >= 15 and line == doc.text[s2:e2].strip():
                assert covered(doc.boilerplate, s1, e1), f"{path.name}: doubled line {line!r} not marked"
                assert covered(doc.boilerplate, s2, e2), f"{path.name}: doubled line {line!r} not marked"
                checked += 1
    assert checked >= 1


def test_seed_body_sentence_is_not_marked(seed_files: list[Path]) -> None:
    lead = "Ngày 28/9, Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10"
    for path in seed_files:
        doc = process(path.read_text(encoding="utf-8"))
        at = doc.text.find(lead)
        if at != -1:
            assert not overlaps(doc.boilerplate, at, at + len(lead))
            return
    pytest.skip("no seed holds the MKC FMM-10 lead sentence")


def test_seed_boilerplate_spans_index_the_stored_text(seed_files: list[Path]) -> None:
    for path in seed_files:
        raw = path.read_text(encoding="utf-8")
        doc = process(raw)
        assert doc.text == nfc(raw)
        for s, e in doc.boilerplate:
            assert 0 <= s < e <= len(doc.text)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(doc.boilerplate)), "spans sorted, disjoint"


def test_a_photo_caption_printed_twice_takes_no_teaser() -> None:
    caption = "Toàn cảnh Hội nghị Bộ trưởng Kinh tế CLMV lần thứ 12."
    body = "Đây là một sự kiện quan trọng trong khuôn khổ Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52 tại Hà Nội."
    text = page(BODY[0], caption, caption, body, BODY[1])
    spans = spans_of(text)
    at = text.index(body)
    assert not overlaps(spans, at, at + len(body))
    assert covered(spans, text.index(caption), text.index(caption) + len(caption))


@pytest.mark.parametrize("counter", ["Ảnh {i}/3\n", "({i}/3) ", "◀ Photo {i} of 3 ▶\n"])
def test_a_galleries_captions_are_its_story_but_a_caption_in_a_story_is_furniture(counter: str) -> None:
    captions = [
        "Thủ tướng chủ trì Hội nghị Cấp cao GMS lần thứ 6 tại Hà Nội. (Ảnh: TTXVN)",
        "Các nhà lãnh đạo thông qua Tuyên bố chung của Hội nghị. (Ảnh: VietnamPlus)",
        "Lãnh đạo ba nước dự Hội nghị Cấp cao CLV lần thứ 10. (Ảnh: TTXVN)",
    ]
    gallery = page(*(counter.format(i=i) + c for i, c in enumerate(captions, 1)))
    assert not any(overlaps(spans_of(gallery), (at := gallery.index(c)), at + len(c)) for c in captions)
    story = page(BODY[0], captions[0], *BODY[1:])
    at = story.index(captions[0])
    assert covered(spans_of(story), at, at + len(captions[0]))


def test_a_galleries_title_labelled_as_photos_is_its_story_but_such_a_line_in_a_story_is_furniture() -> None:
    title = "[Photo] Toàn cảnh Hội nghị Cấp cao GMS lần thứ 6 tại Hà Nội"
    captions = [f"Ảnh {i}/3\nLãnh đạo các nước dự phiên họp thứ {i} của Hội nghị." for i in range(1, 4)]
    gallery, story = page(title, *captions), page(BODY[0], title, *BODY[1:])
    assert not overlaps(spans_of(gallery), gallery.index(title), gallery.index(title) + len(title))
    assert covered(spans_of(story), story.index(title), story.index(title) + len(title))


@pytest.mark.parametrize(
    "caption",
    [
        "[Photo caption] The two leaders co-chair the 6th Mekong-Japan Summit in Nay Pyi Taw.",
        "Ảnh tư liệu: Quang cảnh Hội nghị Cấp cao Ủy hội sông Mê Công quốc tế lần thứ 4 tại Viêng Chăn.",
    ],
)
def test_a_line_labelled_as_a_photo_caption_is_marked(caption: str) -> None:
    text = page(*BODY, caption)
    at = text.index(caption)
    assert covered(spans_of(text), at, at + len(caption))


@pytest.mark.parametrize(
    "line",
    [
        "Mekong - Hàn Quốc  |  Busan  |  Nguyễn Xuân Phúc  |  ASEAN",
        "Chia sẻ | Ý kiến (3) | Lưu",
        "(Corrects fourth paragraph to say 11th Mekong-Japan summit, not 12th)",
        # a line of related pages, a link to an old story
        "Trang liên quan: Kế hoạch T8-2020 (Cấp cao Mekong – Lan Thương trực tuyến) · Kế hoạch T11-2020 (Cấp cao ASEAN 37)",
        '- 🔗 Bài cũ của Ban: "Hội nghị Bộ trưởng GMS lần thứ 22 – kỳ vọng gì?"',
        # a suggested video with its views
        "▶ Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 15: thúc đẩy tăng trưởng xanh | VTV4 · 8,6 N lượt xem",
        "▶ Mekong-Japan Summit: leaders meet in Tokyo · 2.6K views",
        "Watch the full ASEAN-Korea summit coverage on our channel.",
        "• Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 12 diễn ra theo hình thức trực tuyến   (Nhân Dân · 1 giờ trước)",
        # a ticker of the latest headlines
        "LATEST ▸ GMS ministers back climate action plan at 25th Ministerial Conference  ·  Cross-border e-commerce study launched",
        "TIN MỚI: Khai mạc Hội nghị Bộ trưởng Ngoại giao Mê Công - Lan Thương lần thứ 8",
    ],
)
def test_menu_and_tag_lines_are_marked(line: str) -> None:
    text = page(*BODY, line, *BODY)  # within the page, not at its end
    spans = spans_of(text)
    at = text.index(line)
    assert covered(spans, at, at + len(line))
    assert not any(overlaps(spans, text.index(para), text.index(para) + len(para)) for para in BODY)
    assert not any(overlaps(spans, text.rindex(para), text.rindex(para) + len(para)) for para in BODY)


@pytest.mark.parametrize("marker", ["TIN LIÊN QUAN", "Tin liên quan (dịch máy):"])
def test_inline_related_links_go_on_over_a_headline_that_asks(marker: str) -> None:
    text = "\n\n".join(BODY) + (
        f"\n\n{marker}\nHạn mặn miền Tây: Vì sao nước sông Mê Công xuống thấp kỷ lục?\n"
        "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 sẽ họp trực tuyến vào tháng 9\n\n" + "\n\n".join(BODY)
    )
    spans = spans_of(text)
    related = text.index("Hội nghị Bộ trưởng Ngoại giao ASEAN")
    assert covered(spans, related, related + 40)
    assert not overlaps(spans, text.rindex(BODY[0]), text.rindex(BODY[0]) + len(BODY[0]))


def test_a_block_marker_with_a_colon_inside_the_story_marks_only_its_links() -> None:
    long_paragraph = " ".join(BODY)  # longer than a teaser
    assert len(long_paragraph) >= 300
    text = "\n\n".join([*BODY, "Đọc thêm:\n› " + "\n› ".join(RELATED), long_paragraph, "Tin khác", *RELATED])
    spans = spans_of(text)
    links = text.index(RELATED[0])
    assert covered(spans, text.index("Đọc thêm:"), links + len(RELATED[0]))
    at = text.index(long_paragraph)
    assert not overlaps(spans, at, at + len(long_paragraph))
    assert covered(spans, text.rindex(RELATED[1]), text.rindex(RELATED[1]) + len(RELATED[1]))


def test_a_block_marker_in_a_list_of_links_still_closes_the_page() -> None:
    run_together = " ".join(RELATED * 3)  # links run together on one line, longer than a link line
    text = "\n\n".join([*BODY, "Tin liên quan", *RELATED, "BÀI VIẾT CÙNG CHUYÊN MỤC", run_together])
    start = text.index(run_together)
    assert len(run_together) > 200
    assert covered(spans_of(text), start, start + len(run_together))
    assert not overlaps(spans_of(text), 0, len(BODY[0]))


@pytest.mark.parametrize(
    "marker", ["Xem thêm video", "Related events", "Related coverage:", "Nghe lại các bản tin khác", "Also on VTV World"]
)
def test_block_markers_written_as_patterns_close_the_page(marker: str) -> None:
    text = "\n\n".join([*BODY, *BODY, marker, *RELATED])
    assert_closes_page(text, RELATED[0])


def test_a_block_marker_written_as_a_pattern_high_on_the_page_marks_its_links() -> None:
    # "Inside Viet Nam News" above the body's first third: its link lines, up to the prose
    text = "\n\n".join(["Inside Viet Nam News\n- " + "\n- ".join(RELATED), *BODY, *BODY, *BODY])
    spans = spans_of(text)
    assert covered(spans, text.index(RELATED[0]), text.index(RELATED[1]) + len(RELATED[1]))
    assert not overlaps(spans, text.index(BODY[0]), text.index(BODY[0]) + len(BODY[0]))


def test_headlines_that_end_the_page_with_no_marker_are_marked_but_not_one_line_nor_a_list() -> None:
    heads = ["Cấp cao ACMECS 9 và CLMV 10: Ứng phó Covid-19 và phục hồi kinh tế", "Thủ tướng dự Hội nghị cấp cao ASEAN 37"]
    text = page(*BODY, *heads)
    spans = spans_of(text)
    assert all(covered(spans, text.index(h), text.index(h) + len(h)) for h in heads)
    assert not overlaps(spans, text.index(BODY[-1]), text.index(BODY[-1]) + len(BODY[-1]))
    for tail in ([heads[1]], ["- " + h for h in heads]):
        text = page(*BODY, *tail)
        assert not overlaps(spans_of(text), text.index(tail[0]), len(text))


@pytest.mark.parametrize("marker", ["Sự kiện khác", "Other events", "Past events"])
def test_an_event_pages_other_events_close_the_page(marker: str) -> None:
    text = "\n\n".join([*BODY, *BODY, marker, "\n".join(f"- {r}" for r in RELATED), "© Học viện Ngoại giao, 69 Chùa Láng, Hà Nội."])
    assert_closes_page(text, RELATED[0])


def test_a_photo_pages_caption_label_is_no_link_line() -> None:
    caption = "Chú thích: Thủ tướng Nguyễn Xuân Phúc chủ trì Hội nghị Cấp cao ACMECS lần thứ 7, sáng 26/10/2016, tại Hà Nội."
    text = page("Ảnh 4/7 · Mã: TTXVN-161026-0231", caption, "Xem thêm: Thủ tướng dự Hội nghị Cấp cao CLMV lần thứ 8", *BODY)
    spans = spans_of(text)
    assert not overlaps(spans, text.index(nfc(caption)), text.index(nfc(caption)) + len(nfc(caption)))
    assert overlaps(spans, text.index(nfc("Xem thêm")), text.index(nfc("Xem thêm")) + 8)


@pytest.mark.parametrize(
    "marker",
    [
        *("OTHER SPEECHES", "Related speeches", "Các bài phát biểu khác", "More episodes of this show", "Các tập khác"),
        # a newsletter's or a dossier's other stories, behind an icon too
        *("📚 CÓ THỂ BẠN ĐÃ BỎ LỠ", "▶ You may have missed", "BÀI CÙNG HỒ SƠ", "★ Đừng bỏ lỡ", "│ CÙNG CHUYÊN ĐỀ (trang 8)"),
        *("TÀI LIỆU KHÁC CỦA KỲ HỌP", "MORE FROM ASEAN 2024"),
        # a note's links back from other notes
        *("### Liên kết ngược (3)", "Backlinks (4)", "Unlinked mentions"),
    ],
)
def test_a_pages_other_speeches_episodes_and_stories_close_the_page(marker: str) -> None:
    text = "\n\n".join([*BODY, *BODY, marker, "\n".join(f"• {r}" for r in RELATED)])
    assert_closes_page(text, RELATED[0])


def test_an_e_papers_index_closes_its_printed_page_but_not_the_next() -> None:
    later = "Observers said Laos had managed a heavy calendar that began in January with a retreat in Luang Prabang."
    text = page(*BODY, *BODY, "┃ INSIDE TODAY\n┃ P3  Traffic returns to normal\n┃ P7  Rice prices steady", "═══════ PAGE 5 ═══════", later)
    spans = spans_of(text)
    assert covered(spans, text.index("┃ INSIDE"), text.index("steady") + len("steady"))
    assert not overlaps(spans, text.index(later), text.index(later) + len(later))


@pytest.mark.parametrize("marker", ["Tài liệu liên quan:", "Văn bản khác", "You may also be interested in:", "Related documents"])
def test_a_document_pages_related_documents_close_the_page(marker: str) -> None:
    text = "\n\n".join([*BODY, *BODY, marker, "\n".join(f"- {r}" for r in RELATED)])
    assert_closes_page(text, RELATED[0])


@pytest.mark.parametrize(
    "marker",
    [
        "Chú thích [sửa]",
        "Xem thêm [sửa | sửa mã nguồn]",
        "References",
        "Notes [edit]",
        "Tham khảo",
        "SỰ KIỆN ĐÃ DIỄN RA",
        "DOCUMENTS (PDF)",
        "TIN TỨC – SỰ KIỆN KHU VỰC",
        "DANH MỤC TÀI LIỆU THAM KHẢO (trích)",
        "References (selected)",
    ],
)
def test_a_reference_pages_notes_past_events_and_downloads_close_the_page(marker: str) -> None:
    text = "\n\n".join([*BODY, *BODY, marker, "\n".join(f'^ "{r}". Báo Quốc tế.' for r in RELATED)])
    assert_closes_page(text, RELATED[0])


@pytest.mark.parametrize("marker", ["BÌNH LUẬN (4)", "Comments (12)", "Bình luận (0)"])
def test_a_comment_section_with_its_count_closes_the_page(marker: str) -> None:
    comments = [f"Nguyễn Văn A - 05/04/2023 20:11\nTôi còn nhớ {RELATED[0]}.\nTrả lời | Thích (12)", f"B wrote:\n{RELATED[1]}. Great read."]
    text = "\n\n".join([*BODY, *BODY, marker, *comments])
    assert_closes_page(text, comments[0])


@pytest.mark.parametrize(
    "marker",
    [
        "SỰ KIỆN NỔI BẬT",
        "UP NEXT",
        "MORE SLIDESHOWS",
        "Watch more:",
        "Popular this week:",
        "Các bài viết khác của Đại sứ quán:",
        "Các công văn khác cùng chủ đề:",
        "MỤC LỤC SỐ NÀY (trích)",
    ],
)
def test_a_search_or_media_pages_suggestions_close_the_page(marker: str) -> None:
    footer = "Subtitles are generated automatically and may contain errors, so please report any problem you find."
    text = "\n\n".join([*BODY, *BODY, marker, "\n".join(f"▶ {r}" for r in RELATED), footer])
    assert_closes_page(text, RELATED[0])


@pytest.mark.parametrize("marker", ["VĂN KIỆN LIÊN QUAN", "GÓI THẦU LIÊN QUAN"])
def test_a_list_of_related_documents_or_tenders_is_furniture_up_to_the_next_paragraph(marker: str) -> None:
    text = "\n\n".join([*BODY, marker, "\n".join(f"• {r}" for r in RELATED), *BODY])
    spans = spans_of(text)
    assert covered(spans, text.index(RELATED[0]), text.index(RELATED[-1]) + len(RELATED[-1]))
    assert not overlaps(spans, text.rindex(BODY[0]), text.rindex(BODY[0]) + len(BODY[0]))


def test_a_footnote_is_furniture() -> None:
    note = f"³ Thông tấn xã Việt Nam (2024), “{RELATED[0]}”."
    text = "\n\n".join([*BODY, note, *BODY])
    assert covered(spans_of(text), text.index(note), text.index(note) + len(note))


def test_a_marker_in_brackets_is_that_marker() -> None:
    text = "\n\n".join([*BODY, "【Tin liên quan】", "\n".join(f"· {r}" for r in RELATED), *BODY])
    spans = spans_of(text)
    assert covered(spans, text.index(RELATED[0]), text.index(RELATED[-1]) + len(RELATED[-1]))
    assert not overlaps(spans, text.rindex(BODY[0]), text.rindex(BODY[0]) + len(BODY[0]))


@pytest.mark.parametrize("marker", ["Previous issues", "PAST UPDATES", "Các số trước", "Similar channels", "Reading list"])
def test_a_newsletters_or_channels_past_items_close_the_page(marker: str) -> None:
    text = "\n\n".join([*BODY, *BODY, marker, "\n".join(f"» {r}" for r in RELATED), "To unsubscribe, click here."])
    assert_closes_page(text, RELATED[0])


@pytest.mark.parametrize(
    "line",
    [
        f"List | Previous: {RELATED[0]} | Next: {RELATED[1]}",
        f"Bài trước: {RELATED[0]}",
        f"Next article: {RELATED[1]}",
        f'Có phải bạn muốn tìm: "{RELATED[0]}" | "{RELATED[1]}"',
        f'Trending searches: "{RELATED[0]}" | "{RELATED[1]}"',
        f"- Quyết định số 284/QĐ-TTg về {RELATED[0]} ..... 65",
    ],
)
def test_the_line_to_a_posts_neighbours_is_boilerplate(line: str) -> None:
    text = "\n\n".join([*BODY, line, *BODY])
    spans = spans_of(text)
    assert covered(spans, text.index(line), text.index(line) + len(line))
    assert not overlaps(spans, text.rindex(BODY[0]), text.rindex(BODY[0]) + len(BODY[0]))
