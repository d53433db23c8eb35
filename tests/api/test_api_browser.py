"""`tickerwire serve`'s page, fetched over real HTTP from uvicorn by a headless Chromium."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from apikit import api_db_fixture  # noqa: F401  (fixture)

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
START_SECONDS = 15.0


@pytest.fixture(name="served")
def served_fixture(api_db: Path) -> Iterator[str]:
    """A real uvicorn server on a free loopback port, in a thread; stopped afterwards."""
    uvicorn = pytest.importorskip("uvicorn")
    from tickerwire.api import create_app

    app = create_app(api_db)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))  # the kernel picks a free port; uvicorn gets the socket
    port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + START_SECONDS
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                pytest.fail(f"uvicorn did not start within {START_SECONDS}s")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=START_SECONDS)
        listener.close()
        assert not thread.is_alive(), "uvicorn did not stop"


@pytest.mark.playwright
def test_served_report_renders_stories_and_highlighted_evidence(served, tmp_path):
    if not CHROMIUM.is_file():
        pytest.skip(f"Debian chromium not installed at {CHROMIUM} (apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    import httpx

    stories = httpx.get(f"{served}/api/stories", timeout=10).json()["items"]
    title = max(stories, key=lambda s: s["articles"])["title"]
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, timeout=30_000)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(10_000)
            response = page.goto(f"{served}/", timeout=15_000)
            assert response is not None and response.status == 200
            story = page.locator("#stories article.story h3", has_text=title).first
            story.wait_for(state="visible")

            closed = page.locator(
                "details.article:not([open])", has=page.locator("mark.hl-move")
            ).first
            article = page.locator(f"details#{closed.get_attribute('id')}")
            article.locator("summary").click()
            assert article.get_attribute("open") is not None
            article.scroll_into_view_if_needed()
            move = article.locator("mark.hl-move").first
            move.wait_for(state="visible")
            assert move.inner_text().strip()
            assert move.get_attribute("title")
            page.screenshot(path=str(tmp_path / "served.png"))
        finally:
            browser.close()
    assert (tmp_path / "served.png").stat().st_size > 10_000
