"""Bad input gets a clear reason and loses nothing (issue 2)."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest

from tickerwire.ingest import iter_raw_documents
from tickerwire.model import ArticleRecord, Rejection
from tickerwire.run import analyse_inputs


@pytest.fixture
def mixed_folder(tmp_path: Path, data_dir: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    source = data_dir / "ingest"
    (folder / "good.txt").write_bytes((source / "hk_close.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.txt").write_bytes(random.Random(3).randbytes(2048))
    (folder / "paris.txt").write_bytes((source / "paris_latin1.txt").read_bytes())
    (folder / "broken.html").write_bytes((source / "broken_page.html").read_bytes())
    (folder / "front.md").write_bytes((source / "broken_front_matter.md").read_bytes())
    packed = gzip.compress((source / "tokyo_mojibake.txt").read_bytes())
    (folder / "cut.txt.gz").write_bytes(packed[: len(packed) // 2])
    (folder / "bad.json").write_bytes(b'{"title": "Nifty slips", "text": ')
    return folder


def test_every_file_stored_or_rejected_with_reason(mixed_folder: Path, pipeline) -> None:
    items = list(analyse_inputs([mixed_folder], pipeline=pipeline))
    stored = {Path(i.article.uri).name for i in items if isinstance(i, ArticleRecord)}
    rejected = {Path(i.uri).name: i.reason for i in items if isinstance(i, Rejection)}
    assert stored | set(rejected) == {p.name for p in mixed_folder.iterdir()}
    assert stored == {"good.txt", "paris.txt", "broken.html", "front.md"}
    assert rejected["empty.txt"].startswith("empty input")
    assert rejected["noise.txt"].startswith("binary content")
    assert rejected["cut.txt.gz"].startswith("truncated gzip")
    assert rejected["bad.json"].startswith("malformed JSON")
    assert all("\n" not in reason for reason in rejected.values())


def test_huge_file_rejected_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    [item] = list(iter_raw_documents([huge]))
    assert isinstance(item, Rejection)
    assert item.reason == "too large: 50.0 MB exceeds the 20 MB limit"


def test_gzip_bomb_is_capped(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * (3 * 1024 * 1024)))
    [item] = list(iter_raw_documents([bomb], max_bytes=1024 * 1024))
    assert isinstance(item, Rejection) and "limit" in item.reason


def test_missing_path_and_empty_glob(tmp_path: Path) -> None:
    items = list(iter_raw_documents([tmp_path / "nope.txt", str(tmp_path / "*.xml")]))
    assert [i.reason for i in items if isinstance(i, Rejection)] == [
        "no such file or folder", "no file matches this pattern"]  # fmt: skip


def test_malformed_feed_rejected(data_dir: Path) -> None:
    items = list(iter_raw_documents([data_dir / "ingest" / "broken_feed.rss"]))
    assert all(isinstance(i, Rejection) for i in items)
    assert "malformed feed XML" in items[0].reason


def test_unreachable_feed_url_is_a_rejection() -> None:
    [item] = list(iter_raw_documents(["http://127.0.0.1:9/feed.xml"]))
    assert isinstance(item, Rejection)
    assert item.reason.startswith("cannot fetch")
