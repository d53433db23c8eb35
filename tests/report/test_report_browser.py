"""The report of the seed articles, opened in a real headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from tickerwire.model import ArticleRecord, RawDocument
from tickerwire.report import write_report
from tickerwire.stories import cluster

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def seed_report(seeds_dir: Path, pipeline, tmp_path_factory) -> tuple[Path, list]:
    records = []
    for path in sorted(seeds_dir.iterdir()):
        result = pipeline(RawDocument(uri=str(path), data=path.read_bytes(), name=path.name))
        assert isinstance(result, ArticleRecord), result
        records.append(result)
    stories = cluster(records)
    out = tmp_path_factory.mktemp("report") / "seeds.html"
    written = write_report(out, records=records, stories=stories, verifications=[], rejections=[])
    assert written == out
    return out, list(stories)


@pytest.mark.playwright
def test_seed_report_shows_story_chart_and_highlighted_evidence(seed_report, tmp_path):
    if not CHROMIUM.is_file():
        pytest.skip(f"Debian chromium not installed at {CHROMIUM} (apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    path, stories = seed_report
    biggest = max(stories, key=lambda s: len(s.articles))
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(path.as_uri())
            page.screenshot(path=str(tmp_path / "top.png"))
            page.screenshot(path=str(tmp_path / "full.png"), full_page=True)

            story = page.locator("#stories article.story h3", has_text=biggest.title).first
            assert story.is_visible()
            assert page.locator("svg.chart").is_visible()
            assert page.locator("svg.chart g.cell").count() >= 1

            # Open a collapsed article that has a highlighted move, as a reader would.
            closed = page.locator(
                "details.article:not([open])", has=page.locator("mark.hl-move")
            ).first
            first = page.locator(f"details#{closed.get_attribute('id')}")
            first.locator("summary").click()
            assert first.get_attribute("open") is not None
            first.scroll_into_view_if_needed()
            page.screenshot(path=str(tmp_path / "article.png"))
            evidence = first.locator("mark.hl")
            assert evidence.count() >= 3
            assert evidence.first.is_visible()
            assert evidence.first.get_attribute("title")
            kinds = set(
                first.locator("mark.hl").evaluate_all(
                    "els => els.flatMap(e => e.dataset.kinds.split(' '))"
                )
            )
            assert {"entity", "move"} <= kinds

            # A link from the story to one of its articles opens that article.
            link = page.locator("#stories table.story-articles a").nth(1)
            target = link.get_attribute("href")
            link.click()
            page.wait_for_timeout(200)
            assert page.locator(f"details{target}").get_attribute("open") is not None

            # The filter box hides what does not match and brings it back when cleared.
            total = page.locator("details.article").count()
            page.fill("#filter", "zzzz-no-such-name")
            page.wait_for_timeout(300)
            assert page.locator("details.article:visible").count() == 0
            page.fill("#filter", "")
            page.wait_for_timeout(300)
            assert page.locator("details.article:visible").count() == total
        finally:
            browser.close()
    assert (tmp_path / "top.png").stat().st_size > 10_000
