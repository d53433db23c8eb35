"""A real RSS feed over HTTP on 127.0.0.1 that gains items while a test runs.

The server answers conditional requests the way news sites do: an ``ETag`` and a
``Last-Modified`` on every 200, and ``304 Not Modified`` when ``If-None-Match`` names the
current ETag. Every answer's status is logged, so tests can see what a watcher asked for.
"""

from __future__ import annotations

import hashlib
import html
import http.server
import re
import threading
from datetime import UTC, datetime, time
from email.utils import format_datetime

from realshaped import Article, articles

_EPOCH = datetime(2025, 3, 1, tzinfo=UTC)
_PUBLISHED = re.compile(r"^Published [^\n]*\n", re.MULTILINE)  # the feed gives the date


def feed_items(count: int) -> list[Article]:
    """``count`` real-shaped articles with distinct texts (so distinct article ids)."""
    seen: set[str] = set()
    unique = []
    for item in articles(count * 2):
        body = _PUBLISHED.sub("", item.text)
        if body not in seen and "UPDATE" not in item.text:
            seen.add(body)
            unique.append(item)
    return unique[:count]


def rss(items: list[Article]) -> bytes:
    entries = []
    for item in items:
        title, body = item.text.split("\n", 1)
        paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n\n")
                             if p.strip() and not p.startswith("Published"))  # fmt: skip
        when = format_datetime(datetime.combine(item.published, time(9, 30), UTC))
        entries.append(
            f"<item><title>{html.escape(title)}</title><guid>{item.name}</guid>"
            f"<pubDate>{when}</pubDate><description>{html.escape(paragraphs)}</description></item>"
        )
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            "<title>Markets Wire</title>" + "".join(entries) + "</channel></rss>").encode()  # fmt: skip


class FeedServer:
    """Serves ``/feed.xml``; `publish` replaces its items (the ETag changes with them)."""

    def __init__(self) -> None:
        self.body = rss([])
        self.modified = format_datetime(_EPOCH, usegmt=True)
        self.log: list[tuple[int, str | None]] = []  # (status, If-None-Match sent)
        self._lock = threading.Lock()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server._lock:
                    body, tag, modified = server.body, server.etag, server.modified
                asked = self.headers.get("If-None-Match")
                status = 304 if asked == tag else 200
                server.log.append((status, asked))
                self.send_response(status)
                self.send_header("ETag", tag)
                self.send_header("Last-Modified", modified)
                if status == 200:
                    self.send_header("Content-Type", "application/rss+xml")
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status == 200:
                    self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                return None

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/feed.xml"

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:12] + '"'

    def publish(self, items: list[Article]) -> None:
        with self._lock:
            self.body = rss(items)
            self.modified = format_datetime(datetime.now(UTC), usegmt=True)

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
