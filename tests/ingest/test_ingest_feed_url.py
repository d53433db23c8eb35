"""Feed URLs over a real HTTP connection, served on the loopback interface."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tickerwire.ingest import iter_raw_documents, read_document
from tickerwire.model import RawDocument, Rejection


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture
def served(data_dir: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(data_dir / "ingest"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_feed_url_items_become_articles(served: str) -> None:
    items = list(iter_raw_documents([f"{served}/asia_markets.rss"]))
    assert all(isinstance(i, RawDocument) for i in items)
    titles = [read_document(i).title for i in items if isinstance(i, RawDocument)]
    assert titles == ["Tencent rises after gaming approvals", "Nikkei slips as exporters weaken"]


def test_missing_page_is_a_clear_rejection(served: str) -> None:
    [item] = list(iter_raw_documents([f"{served}/nothing-here.rss"]))
    assert isinstance(item, Rejection)
    assert item.reason == "cannot fetch: HTTP 404 File not found"


def test_size_limit_applies_to_downloads(served: str) -> None:
    [item] = list(iter_raw_documents([f"{served}/market_page.html"], max_bytes=500))
    assert isinstance(item, Rejection) and item.reason.startswith("too large")
