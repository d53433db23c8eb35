"""The impact of the seed story, analysed with real prices, shown in a headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from tickerwire.run import analyze

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
# The benchmarks and a few of the seed story's listings: enough to measure, quick to import.
IDS = ["INDEX:HSI", "INDEX:SPX", "INDEX:CSI300", "XHKG:00981", "XHKG:09988", "XHKG:01810",
       "XHKG:00700", "XHKG:00992", "XHKG:00268", "XNAS:NVDA", "XSHG:688041"]  # fmt: skip


@pytest.fixture(scope="module")
def impact_report(shared_dir: Path, seeds_dir: Path, tmp_path_factory) -> Path:
    from tickerwire.prices import import_shared_prices

    source = shared_dir / "data" / "prices"
    if not source.is_dir():
        pytest.skip("shared/data/prices not present")
    folder = tmp_path_factory.mktemp("impact-report")
    import_shared_prices(source, folder / "prices", only=IDS)
    result = analyze(
        [seeds_dir], db=folder / "news.duckdb", prices=folder / "prices",
        report=folder / "news.html",
    )  # fmt: skip
    assert result.report == folder / "news.html"
    return result.report


def test_report_without_prices_says_how_to_measure(seeds_dir: Path, tmp_path: Path) -> None:
    result = analyze([seeds_dir], db=tmp_path / "news.duckdb")
    page = result.report.read_text("utf-8")
    assert "run analyze with --prices DIR to check moves and measure impact" in page
    assert '<svg class="impact-chart"' not in page


@pytest.mark.playwright
def test_impact_table_and_chart_are_shown(impact_report: Path, tmp_path: Path) -> None:
    if not CHROMIUM.is_file():
        pytest.skip(f"Debian chromium not installed at {CHROMIUM} (apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(impact_report.as_uri())
            block = page.locator("#stories details.impact[open]").first
            block.scroll_into_view_if_needed()
            table = block.locator("table.impact")
            assert table.is_visible()
            rows = table.locator("tbody tr")
            assert rows.count() >= 2
            listings = rows.locator("small.more").all_inner_texts()
            assert "XHKG:00981" in listings and "XHKG:09988" in listings
            headers = table.locator("thead th").all_inner_texts()
            assert [h for h in headers if h.startswith("CAR")] == [
                "CAR DAY 0", "CAR −1…+1", "CAR 0…+5"]  # fmt: skip
            # Every measured cell shows a CAR and its t-statistic.
            cell = rows.first.locator("td.car").first.inner_text()
            assert "%" in cell and "t " in cell
            chart = block.locator("svg.impact-chart")
            assert chart.is_visible()
            lines = chart.locator("g.line:not(.mean)")
            assert lines.count() == min(rows.count(), 8)
            assert chart.locator("g.mean").count() == 1
            assert chart.locator("line.day0").count() == 1
            block.screenshot(path=str(tmp_path / "impact.png"))
            # The timeline shows each move's price check next to it.
            assert page.locator("details.timeline td .badge.b-confirmed").count() >= 1
        finally:
            browser.close()
    assert (tmp_path / "impact.png").stat().st_size > 10_000
