"""RSS 2.0, RSS 1.0 and Atom feeds: each item becomes a document.

The linked page is not fetched (tickerwire runs offline); the item's content or summary is
the article, and the item's title, date, authors and link are kept as hints.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import feedparser

from tickerwire.model import RawDocument, Rejection

_FEED_ROOT = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]", re.DOTALL
)


def is_feed(data: bytes) -> bool:
    return bool(_FEED_ROOT.match(data[:4096]))


def read_feed(uri: str, data: bytes) -> Iterator[RawDocument | Rejection]:
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"malformed feed XML: {problem}" if problem else "feed has no items"
        yield Rejection(uri, "source", " ".join(reason.split()))
        return
    publisher = (parsed.get("feed") or {}).get("title")
    broken = parsed.get("bozo_exception")
    note = f"malformed feed XML ({' '.join(str(broken).split())}); " if broken else ""
    for index, entry in enumerate(entries):
        item_uri = f"{uri}#{entry.get('id') or entry.get('link') or index}"
        body = _body(entry)
        if not body.strip():
            yield Rejection(item_uri, "source", f"{note}feed item has no content or summary")
            continue
        hints: dict[str, object] = {"format": "html"}
        if entry.get("title"):
            hints["title"] = entry["title"]
        if entry.get("link"):
            hints["url"] = entry["link"]
        when = entry.get("published") or entry.get("updated")
        parsed_when = entry.get("published_parsed") or entry.get("updated_parsed")
        if when:
            hints["published"] = when
        elif parsed_when:
            hints["published"] = datetime.fromtimestamp(time.mktime(parsed_when), UTC).isoformat()
        authors = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
        if authors:
            hints["authors"] = authors
        if publisher:
            hints["publisher"] = publisher
        name = str(entry.get("id") or entry.get("link") or f"{uri}#{index}")
        yield RawDocument(uri=item_uri, data=body.encode("utf-8"), name=name, hints=hints)


def _body(entry: dict) -> str:
    contents = entry.get("content") or []
    if contents:
        return "\n".join(c.get("value", "") for c in contents)
    return str(entry.get("summary") or entry.get("description") or "")
