"""Source readers: .txt in UTF-8 and legacy encodings, .html through trafilatura, .jsonl
with metadata; a bad file or line is reported with its name and a reason."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

from mekong_tracker.clean.normalize import nfc
from mekong_tracker.sources import RawArticle, SourceError, iter_files, read_file
from mekong_tracker.sources.text import decode

VI_TEXT = (
    "Hội nghị Cấp cao Mê Công - Hàn Quốc lần thứ hai diễn ra ngày 13/11/2020 theo hình thức trực tuyến. "
    "Thủ tướng Nguyễn Xuân Phúc đồng chủ trì hội nghị với Tổng thống Hàn Quốc Moon Jae-in. "
    "Lãnh đạo sáu nước điểm lại một năm triển khai Tuyên bố sông Mê Công - sông Hàn.\n"
)
EN_TEXT = (
    "The \u201cMekong\u2013Japan\u201d Summit was held in Tokyo on October 9, 2018. "
    "Leaders adopted the Tokyo Strategy 2018, and Japan\u2019s Prime Minister Shinzo Abe chaired the meeting.\n"
)
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Mekong-Japan Summit held in Tokyo</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li><li><a href="/sport">Sport section</a></li></ul></nav>
<article>
<h1>Mekong-Japan Summit held in Tokyo</h1>
<p>The 10th Mekong-Japan Summit took place in Tokyo on October 9, 2018, chaired by Prime Minister Shinzo Abe of Japan.</p>
<p>Leaders of Cambodia, Laos, Myanmar, Thailand and Vietnam attended the meeting and adopted the Tokyo Strategy 2018.</p>
<p>The leaders agreed to promote connectivity, a people-centred society and a green Mekong in the next three years.</p>
</article>
<aside><h3>Most popular</h3><p>Unrelated sidebar story about football transfers in Europe this season.</p></aside>
<footer><p>Copyright 2018 Example News. All rights reserved.</p></footer>
</body></html>
"""


def encode_cp1258(text: str) -> bytes:
    """`text` as Windows-1258 writes Vietnamese: precomposed where the code page has the
    letter (â, ê, ô, ơ, ư, ă, đ, à ...), else base letter + combining tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        for i, mark in enumerate(marks):
            try:
                head = unicodedata.normalize("NFC", base + mark).encode("cp1258")
                out += head + "".join(marks[:i] + marks[i + 1 :]).encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


def read_all(path: Path) -> list[RawArticle | SourceError]:
    return list(read_file(path))


def only_article(path: Path) -> RawArticle:
    items = read_all(path)
    assert len(items) == 1, items
    assert isinstance(items[0], RawArticle), items[0]
    return items[0]


def only_error(path: Path) -> SourceError:
    items = read_all(path)
    assert len(items) == 1, items
    assert isinstance(items[0], SourceError), items[0]
    return items[0]


# -- .txt ---------------------------------------------------------------------------


def test_txt_utf8_is_read_as_is(tmp_path: Path) -> None:
    path = tmp_path / "vi.txt"
    path.write_text(VI_TEXT, encoding="utf-8")
    art = only_article(path)
    assert art.text == VI_TEXT
    assert art.source == str(path)


def test_txt_utf8_with_bom_drops_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + VI_TEXT.encode("utf-8"))
    assert only_article(path).text == VI_TEXT


def test_txt_windows_1258_vietnamese_is_decoded(tmp_path: Path) -> None:
    data = encode_cp1258(VI_TEXT)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    path = tmp_path / "vi-1258.txt"
    path.write_bytes(data)
    text = nfc(only_article(path).text)
    for words in ("Hội nghị Cấp cao", "Mê Công - Hàn Quốc", "lần thứ hai", "trực tuyến", "Nguyễn Xuân Phúc", "đồng chủ trì"):
        assert words in text
    assert text == VI_TEXT


def test_txt_cp1252_english_keeps_curly_quotes(tmp_path: Path) -> None:
    data = EN_TEXT.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    path = tmp_path / "en-1252.txt"
    path.write_bytes(data)
    text = only_article(path).text
    assert "\u201cMekong\u2013Japan\u201d" in text
    assert "Japan\u2019s Prime Minister" in text
    assert text == EN_TEXT


def test_decode_refuses_binary() -> None:
    assert decode(b"\x00\x01\x02binary\x00" * 50) is None


def test_txt_binary_is_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(os.urandom(2048) + b"\x00" * 16)
    err = only_error(path)
    assert err.source == str(path)
    assert "binary" in err.reason


def test_txt_empty_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    err = only_error(path)
    assert err.source == str(path)
    assert "empty" in err.reason


def test_txt_whitespace_only_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t \n", encoding="utf-8")
    err = only_error(path)
    assert err.source == str(path)
    assert "empty" in err.reason


# -- .html --------------------------------------------------------------------------


def test_html_gives_title_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    art = only_article(path)
    assert art.title == "Mekong-Japan Summit held in Tokyo"
    assert art.text.lstrip().startswith("Mekong-Japan Summit held in Tokyo")
    assert "The 10th Mekong-Japan Summit took place in Tokyo on October 9, 2018" in art.text
    assert "adopted the Tokyo Strategy 2018" in art.text
    assert "a green Mekong in the next three years" in art.text


def test_html_drops_nav_and_aside(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    text = only_article(path).text
    assert "World news menu" not in text
    assert "Sport section" not in text
    assert "football transfers" not in text
    assert "<p>" not in text


def test_html_windows_1258_page_is_decoded(tmp_path: Path) -> None:
    markup = (
        "<html><head><title>Hội nghị Cấp cao Mê Công - Hàn Quốc</title></head><body><article>"
        + "".join(f"<p>{line}</p>" for line in VI_TEXT.strip().split(". "))
        + "</article></body></html>"
    )
    path = tmp_path / "vi.htm"
    path.write_bytes(encode_cp1258(markup))
    text = nfc(only_article(path).text)
    assert "Nguyễn Xuân Phúc" in text
    assert "Mê Công - Hàn Quốc" in text


def test_html_binary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blob.html"
    path.write_bytes(os.urandom(2048) + b"\x00" * 16)
    err = only_error(path)
    assert err.source == str(path)
    assert "binary" in err.reason or "not an HTML" in err.reason


def test_html_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nothing.html"
    path.write_text("<html><head><title></title></head><body><div></div></body></html>", encoding="utf-8")
    err = only_error(path)
    assert err.source == str(path)
    assert "no main text" in err.reason


# -- .jsonl -------------------------------------------------------------------------


def test_jsonl_reads_id_url_lang_published_title(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    rows = [
        {"id": "vi-1", "url": "https://example.org/1", "lang": "vi", "published": "2020-11-13", "title": "Tin 1", "text": VI_TEXT},
        {"id": "en-2", "url": "https://example.org/2", "lang": "en", "published": "2018-10-09", "title": "News 2", "text": EN_TEXT},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    arts = read_all(path)
    assert [type(a) for a in arts] == [RawArticle, RawArticle]
    for number, (art, row) in enumerate(zip(arts, rows, strict=True), 1):
        assert isinstance(art, RawArticle)
        assert (art.id, art.url, art.lang, art.published, art.title, art.text) == (
            row["id"],
            row["url"],
            row["lang"],
            row["published"],
            row["title"],
            row["text"],
        )
        assert art.source == f"{path}:{number}"


def test_jsonl_missing_metadata_is_none(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": EN_TEXT}) + "\n", encoding="utf-8")
    art = only_article(path)
    assert (art.id, art.url, art.lang, art.published, art.title) == (None, None, None, None, None)


def test_jsonl_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("\n" + json.dumps({"text": EN_TEXT}) + "\n\n" + json.dumps({"text": VI_TEXT}) + "\n", encoding="utf-8")
    assert [a.source for a in read_all(path)] == [f"{path}:2", f"{path}:4"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "malformed JSON"),
        ('{"id": "x"}', "no 'text'"),
        ('{"text": 42}', "no 'text'"),
        ('{"text": "   "}', "no 'text'"),
        ('["a list"]', "no 'text'"),
    ],
)
def test_jsonl_bad_line_is_reported_as_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": EN_TEXT}) + "\n" + line + "\n" + json.dumps({"text": VI_TEXT}) + "\n", encoding="utf-8")
    items = read_all(path)
    assert [type(i) for i in items] == [RawArticle, SourceError, RawArticle]
    assert items[1].source == f"{path}:2"
    assert reason in items[1].reason


def test_jsonl_line_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(json.dumps({"text": EN_TEXT}).encode() + b"\n" + '{"text": "Mê Công"}'.encode("cp1258") + b"\n")
    items = read_all(path)
    assert isinstance(items[0], RawArticle)
    assert isinstance(items[1], SourceError)
    assert items[1].source == f"{path}:2"
    assert "UTF-8" in items[1].reason


def test_jsonl_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"")
    err = only_error(path)
    assert err.source == str(path)
    assert "empty" in err.reason


# -- files and folders --------------------------------------------------------------


def test_iter_files_recurses_folders_in_name_order_and_skips_other_types(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.html", "sub/c.jsonl", "notes.md", ".hidden.txt", "d.HTM"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path]) if isinstance(p, Path)]
    assert found == ["a.html", "b.txt", "d.HTM", "sub/c.jsonl"]


def test_missing_path_is_reported(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    items = list(iter_files([missing]))
    assert len(items) == 1
    assert isinstance(items[0], SourceError)
    assert items[0].source == str(missing)
    assert "no such file" in items[0].reason


def test_unsupported_file_type_named_directly_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "article.pdf"
    path.write_bytes(b"%PDF-1.4")
    items = list(iter_files([path]))
    assert len(items) == 1
    assert isinstance(items[0], SourceError)
    assert items[0].source == str(path)
    assert "unsupported file type" in items[0].reason
