"""Each input format read into a clean, attributed Article (issue 2)."""

from __future__ import annotations

import gzip
import io
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tickerwire.ingest import iter_raw_documents, read_document
from tickerwire.model import Article, RawDocument, Rejection


def _read_all(*locations: str | Path) -> tuple[list[Article], list[Rejection]]:
    articles, rejections = [], []
    for item in iter_raw_documents(locations):
        if isinstance(item, Rejection):
            rejections.append(item)
        else:
            articles.append(read_document(item))
    return articles, rejections


def _one(path: Path) -> Article:
    articles, rejections = _read_all(path)
    assert not rejections, rejections
    assert len(articles) == 1
    return articles[0]


def test_plain_text_wire_story_has_metadata_and_no_boilerplate(data_dir: Path) -> None:
    article = _one(data_dir / "ingest" / "hk_close.txt")
    assert article.title == "Hong Kong stocks end higher as chipmakers extend rally"
    assert article.published == datetime.fromisoformat("2025-03-12T16:45:00+08:00")
    assert article.authors == ("Grace Leung", "Martin Tsang")
    assert article.publisher == "Reuters"
    assert article.dateline == "HONG KONG"
    assert "Editing by" not in article.text and "Share this article" not in article.text
    labels = {b.label for b in article.boilerplate}
    assert {"timestamp", "byline", "end_marker", "share"} <= labels
    # hard-wrapped lines are joined into one paragraph
    assert "led by chipmakers and internet platforms, as investors bet" in article.text


def test_html_page_main_text_and_meta(data_dir: Path) -> None:
    article = _one(data_dir / "ingest" / "market_page.html")
    assert article.format == "html"
    assert article.title == "Alibaba shares climb after cloud revenue beats forecasts"
    assert article.published is not None and article.published.utcoffset() == timedelta(hours=8)
    assert article.authors == ("Lina Park",)
    assert article.publisher == "Market Wire"
    assert article.url == "https://example.com/markets/alibaba-cloud-beat"
    assert "rose as much as 8% on Friday" in article.text
    for chrome in ("Home", "Share on X", "Tencent results preview", "newsletter", "dataLayer",
                   "All rights reserved", "Aly Song"):  # fmt: skip
        assert chrome not in article.text, chrome
    assert ("advertisement", "Story continues below Advertisement") in {
        (b.label, b.text) for b in article.boilerplate
    }


def test_broken_html_is_read_as_far_as_it_goes(data_dir: Path) -> None:
    article = _one(data_dir / "ingest" / "broken_page.html")
    assert article.title == "Samsung Electronics shares slide on chip outlook"
    assert "Samsung Electronics shares fell 3.1% on Tuesday" in article.body
    assert "Analysts said inventory levels remained high" in article.body


def test_markdown_front_matter(data_dir: Path) -> None:
    article = _one(data_dir / "ingest" / "sensex_note.md")
    assert article.format == "markdown"
    assert article.title == "Sensex ends at record as banks rally"
    assert article.published == datetime(2025, 9, 26, 16, 5)
    assert article.authors == ("Rohit Sharma",)
    assert article.body.startswith("India's benchmark Sensex rose 0.9%")  # heading = title dropped
    assert "**" not in article.text
    assert article.url == "https://example.org/markets/sensex-record"


def test_broken_front_matter_keeps_body_and_notes_problem(data_dir: Path) -> None:
    article = _one(data_dir / "ingest" / "broken_front_matter.md")
    assert article.body.startswith("Infosys shares rose 2.8% in Mumbai on Friday")
    assert article.title == "Infosys gains after deal win"
    assert article.authors == ("Priya Menon",)
    assert any("front matter: malformed YAML" in w for w in article.warnings)


def test_rss_items_become_articles(data_dir: Path) -> None:
    articles, rejections = _read_all(data_dir / "ingest" / "asia_markets.rss")
    assert not rejections
    assert [a.title for a in articles] == [
        "Tencent rises after gaming approvals",
        "Nikkei slips as exporters weaken",
    ]
    assert articles[0].authors == ("Ken Lau",)
    assert articles[0].publisher == "Asia Markets Desk"
    assert articles[0].published == datetime.fromisoformat("2025-02-11T07:30:00+00:00")
    assert articles[0].body.startswith("Tencent Holdings shares rose 4.1%")


def test_atom_entry_becomes_article(data_dir: Path) -> None:
    [article] = _one_list(data_dir / "ingest" / "europe_markets.atom")
    assert article.title == "European shares fall as defence stocks retreat"
    assert article.authors == ("Claire Dubois",)
    assert article.url == "https://example.com/europe/close-2025-03-04"
    assert "Stoxx 600 index fell 0.9%" in article.body


def _one_list(path: Path) -> list[Article]:
    articles, rejections = _read_all(path)
    assert not rejections
    return articles


def test_jsonl_lines_with_bad_lines_rejected_individually(data_dir: Path) -> None:
    articles, rejections = _read_all(data_dir / "ingest" / "wire.jsonl")
    assert [a.title for a in articles] == [
        "Kospi rebounds as chip stocks recover",
        "Reliance slips after quarterly results",
    ]
    assert articles[0].authors == ("Jihoon Kim",) and articles[0].publisher == "Seoul Markets Daily"
    assert articles[1].format == "html" and "fell 1.8% in Mumbai" in articles[1].body
    reasons = {r.uri.rsplit("#", 1)[1]: r.reason for r in rejections}
    assert reasons["L3"].startswith("malformed JSON line")
    assert reasons["L4"].startswith("missing field")


def test_gzip_and_zip_members(tmp_path: Path, data_dir: Path) -> None:
    source = (data_dir / "ingest" / "hk_close.txt").read_bytes()
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(source))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("desk/hk_close.txt", source)
        archive.write(data_dir / "ingest" / "asia_markets.rss", "desk/asia.rss")
    (tmp_path / "bundle.zip").write_bytes(buffer.getvalue())
    articles, rejections = _read_all(tmp_path)
    assert not rejections
    assert sorted(a.uri for a in articles) == sorted([
        f"{tmp_path / 'bundle.zip'}!desk/asia.rss#https://example.com/asia/nikkei-slips",
        f"{tmp_path / 'bundle.zip'}!desk/asia.rss#https://example.com/asia/tencent-approvals",
        f"{tmp_path / 'bundle.zip'}!desk/hk_close.txt",
        str(tmp_path / "story.txt.gz"),
    ])  # fmt: skip
    assert len({a.id for a in articles}) == 3  # the gzip and the zip member are one article


def test_glob_and_several_locations(data_dir: Path) -> None:
    folder = data_dir / "ingest"
    articles, _ = _read_all(str(folder / "*.md"), folder / "hk_close.txt")
    assert sorted(a.name for a in articles) == [
        "broken_front_matter.md", "hk_close.txt", "sensex_note.md"]  # fmt: skip


def test_format_is_sniffed_from_content_not_name() -> None:
    html = b"<!DOCTYPE html><html><head><title>Kospi ends higher</title></head><body><article>" \
           b"<p>South Korea's Kospi rose 0.8% on Thursday, led by chipmakers.</p></article></body></html>"  # fmt: skip
    article = read_document(RawDocument(uri="feed-item.txt", data=html, name="feed-item.txt"))
    assert article.format == "html"
    assert article.title == "Kospi ends higher"
    assert article.body == "South Korea's Kospi rose 0.8% on Thursday, led by chipmakers."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published 2025-02-05, 10:14 p/m", "2025-02-05T22:14:00"),
        ("February 07, 2025 03:01 ET (08:01 GMT)", "2025-02-07T03:01:00-05:00"),
        ("Published July 14, 2025 at 9:30 a.m. ET", "2025-07-14T09:30:00-04:00"),
        ("Posted: 3 March 2025 15:30 JST", "2025-03-03T15:30:00+09:00"),
    ],
)
def test_printed_publication_times(line: str, expected: str) -> None:
    text = f"Stocks end mixed\n\n{line}\n\nThe Nikkei rose 0.2% on the day in quiet trade."
    article = read_document(RawDocument(uri="x.txt", data=text.encode(), name="x.txt"))
    assert article.published == datetime.fromisoformat(expected)
    assert article.published_text == line


def test_updated_is_kept_apart_from_published() -> None:
    text = ("Sensex slips\n\nPublished 2025-01-06, 09:10 IST\n\nUpdated 2025-01-06, 15:45 IST\n\n"
            "India's Sensex fell 1.6% on Monday.")  # fmt: skip
    article = read_document(RawDocument(uri="x.txt", data=text.encode(), name="x.txt"))
    assert article.published == datetime.fromisoformat("2025-01-06T09:10:00+05:30")
    assert article.updated == datetime.fromisoformat("2025-01-06T15:45:00+05:30")


@pytest.mark.parametrize(
    ("opening", "publisher", "dateline"),
    [
        (
            "SHANGHAI, Jan 6 (Reuters) - China's blue-chip CSI 300 fell 1.2% on Monday.",
            "Reuters",
            "SHANGHAI",
        ),
        (
            "(Bloomberg) -- Toyota Motor Corp. shares rose 3.1% in Tokyo on Tuesday.",
            "Bloomberg",
            None,
        ),
        (
            "Investing.com -- Samsung Electronics shares dropped 2% on Wednesday.",
            "Investing.com",
            None,
        ),
        ("MUMBAI (Reuters) - India's Nifty 50 index rose 0.5% on Thursday.", "Reuters", "MUMBAI"),
        ("SHENZHEN, China (Reuters) - CATL shares fell 4.9% on Wednesday.", "Reuters", "SHENZHEN"),
        ("SEOUL, South Korea, April 3 (Reuters) - The Kospi fell 0.8%.", "Reuters", "SEOUL"),
        ("Aug 2 (Reuters) - Intel Corp's shares plunged 26% on Friday.", "Reuters", None),
    ],
)
def test_wire_openings_name_the_publisher(
    opening: str, publisher: str, dateline: str | None
) -> None:
    text = f"Markets wrap\n\n{opening}\n\nTraders said volumes were light."
    article = read_document(RawDocument(uri="w.txt", data=text.encode(), name="w.txt"))
    assert article.publisher == publisher
    assert article.dateline == dateline
