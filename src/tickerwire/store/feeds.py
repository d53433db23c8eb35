"""What `tickerwire watch` remembers between polls, stored with the articles it produced.

An item's row in ``feed_items`` is written in the same transaction as its article (or its
rejection) and as the feed's new validators, so after a crash at any point the database
says exactly which items are done: a restarted watcher re-fetches the feed (its validators
were not advanced) and analyses only the items with no row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from tickerwire.model import ArticleRecord, Rejection
from tickerwire.store import Store, WriteSummary

Item = ArticleRecord | Rejection


@dataclass(frozen=True, slots=True)
class FeedState:
    """The validators a feed last answered with, sent back on the next request."""

    location: str
    etag: str | None = None
    last_modified: str | None = None


def load_feeds(store: Store) -> tuple[dict[str, FeedState], set[tuple[str, str]]]:
    """Every feed's state and every ``(uri, digest)`` already analysed."""
    states = {
        row[0]: FeedState(*row)
        for row in store.connection.execute(
            "SELECT location, etag, last_modified FROM feeds"
        ).fetchall()
    }
    seen = {
        (row[0], row[1])
        for row in store.connection.execute("SELECT uri, digest FROM feed_items").fetchall()
    }
    return states, seen


def record_poll(
    store: Store, state: FeedState, items: Sequence[tuple[str, Item]], *, changed: bool
) -> WriteSummary:
    """Store one feed's new items, mark them seen and keep its validators: all or nothing.

    ``items`` pairs each analysed item with the digest of the item as served.
    """
    now = datetime.now(UTC)
    with store.transaction():
        summary = store.write_in_transaction([item for _, item in items])
        for digest, item in items:
            uri, article = (
                (item.article.uri, item.article.id)
                if isinstance(item, ArticleRecord)
                else (item.uri, None)
            )
            store.connection.execute(
                "INSERT INTO feed_items (uri, digest, location, article_id) VALUES (?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                [uri, digest, state.location, article],
            )
        store.connection.execute(
            "INSERT INTO feeds VALUES (?, ?, ?, ?, ?) ON CONFLICT (location) DO UPDATE SET "
            "etag = excluded.etag, last_modified = excluded.last_modified, "
            "checked_at = excluded.checked_at, "
            "changed_at = coalesce(excluded.changed_at, feeds.changed_at)",
            [state.location, state.etag, state.last_modified, now, now if changed else None],
        )
    return summary
