"""Shared fixtures: the ../shared folder, a Tracker on a temporary db, small articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mekong_tracker import Tracker

SHARED = Path(__file__).resolve().parents[2] / "shared"

VI_ARTICLE = (
    "Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10\n"
    "\n"
    "Ngày 28/9/2020, Hội nghị Bộ trưởng Ngoại giao Mê Công - Hàn Quốc lần thứ 10 được tổ chức theo hình thức trực tuyến "
    "với sự đồng chủ trì của Phó Thủ tướng Phạm Bình Minh và Bộ trưởng Ngoại giao Hàn Quốc Kang Kyung-wha.\n"
    "\n"
    "Các Bộ trưởng nhất trí đẩy mạnh hợp tác trong bảy lĩnh vực ưu tiên, gồm văn hóa và du lịch, phát triển nguồn nhân lực, "
    "nông nghiệp và phát triển nông thôn, cơ sở hạ tầng, công nghệ thông tin, môi trường và các thách thức phi truyền thống.\n"
    "\n"
    "Hội nghị cũng trao đổi về các vấn đề quốc tế và khu vực cùng quan tâm.\n"
)

EN_ARTICLE = (
    "Mekong-ROK foreign ministers meet in Bangkok\n"
    "\n"
    "The 9th Mekong-RoK Foreign Ministers' Meeting was held in Bangkok on August 3, 2019, co-chaired by Thai Foreign Minister "
    "Don Pramudwinai and Korean Foreign Minister Kang Kyung-wha.\n"
    "\n"
    "The ministers reviewed the progress of cooperation over the past year and discussed plans for the coming year.\n"
)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the repository (gold corpus and seed articles)."""
    if not SHARED.is_dir():
        pytest.skip(f"shared folder not found at {SHARED}: gold corpus and seeds are not available")
    return SHARED


@pytest.fixture(scope="session")
def gold_files(shared_dir: Path) -> list[Path]:
    """The dev-set gold files: seeds.jsonl, dev-vi.jsonl, dev-en.jsonl."""
    files = [shared_dir / "corpus" / name for name in ("seeds.jsonl", "dev-vi.jsonl", "dev-en.jsonl")]
    missing = [f.name for f in files if not f.is_file()]
    if missing:
        pytest.skip(f"gold files missing from {shared_dir / 'corpus'}: {', '.join(missing)}")
    return files


@pytest.fixture(scope="session")
def seed_files(shared_dir: Path) -> list[Path]:
    """The seed articles ../shared/seeds/*.txt."""
    files = sorted((shared_dir / "seeds").glob("*.txt"))
    if not files:
        pytest.skip(f"no seed articles in {shared_dir / 'seeds'}")
    return files


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "mekong.db"


@pytest.fixture
def tracker(db_path: Path) -> Iterator[Tracker]:
    """A Tracker on a fresh SQLite file under tmp_path."""
    with Tracker(db_path) as t:
        yield t


@pytest.fixture(scope="session")
def article_texts() -> dict[str, str]:
    """The texts `write_articles` writes: a Vietnamese and an English article."""
    return {"vi": VI_ARTICLE, "en": EN_ARTICLE}


@pytest.fixture
def write_articles(tmp_path: Path) -> Callable[..., Path]:
    """Write vi.txt and en.txt (UTF-8) into a folder (default tmp_path/articles) and return the folder."""

    def write(folder: Path | None = None) -> Path:
        folder = folder or tmp_path / "articles"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "vi.txt").write_text(VI_ARTICLE, encoding="utf-8")
        (folder / "en.txt").write_text(EN_ARTICLE, encoding="utf-8")
        return folder

    return write
