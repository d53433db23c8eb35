"""Live feeds: poll RSS/Atom feeds (URLs or files), analyse what is new, keep stories current.

Each poll asks every feed only for what changed: a URL with ``If-None-Match`` and
``If-Modified-Since`` from its last answer (a ``304 Not Modified`` costs nothing), a file by
its modification time and size. Items already analysed are skipped by their uri and a
digest of the item as served, so an edited item is analysed again and an unchanged one never.

Nothing is lost when the process is killed: a feed's items, their "seen" marks and the
feed's new validators are committed in one transaction (`tickerwire.store.feeds`), after
the items were analysed. Killed before that commit, the next run finds the old validators,
fetches the feed again and analyses the same items; killed after it, they are done.

The database is opened for writing only while a poll stores what it found; after each such
poll the watcher publishes a snapshot for readers (`tickerwire.store.access`), so `serve`,
`articles` and the other commands keep answering while it runs.
"""

from __future__ import annotations

import hashlib
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tickerwire import __version__
from tickerwire.errors import StoreBusy
from tickerwire.ingest import DEFAULT_MAX_BYTES
from tickerwire.ingest.fetch import TIMEOUT_SECONDS
from tickerwire.ingest.sources import expand
from tickerwire.model import ArticleRecord, RawDocument, Rejection
from tickerwire.pipeline import Pipeline, build_pipeline
from tickerwire.run import WRITER_WAIT_SECONDS, cross_article
from tickerwire.store import Store
from tickerwire.store.feeds import FeedState, load_feeds, record_poll

Item = ArticleRecord | Rejection


@dataclass(frozen=True)
class Fetched:
    """One feed's answer: its items, or "not modified", or why it could not be read."""

    location: str
    state: FeedState
    items: tuple[RawDocument | Rejection, ...] = ()
    not_modified: bool = False
    error: str | None = None


@dataclass
class PollResult:
    """What one poll did across every feed."""

    new: list[ArticleRecord] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    not_modified: int = 0
    errors: list[str] = field(default_factory=list)  # "feed: reason", not stored: transient


def fetch(location: str, state: FeedState, *, max_bytes: int = DEFAULT_MAX_BYTES,
          timeout: float = TIMEOUT_SECONDS) -> Fetched:  # fmt: skip
    """Ask one feed for what changed since ``state``."""
    if location.startswith(("http://", "https://")):
        return _fetch_url(location, state, max_bytes, timeout)
    return _read_file(location, state, max_bytes)


def _fetch_url(url: str, state: FeedState, max_bytes: int, timeout: float) -> Fetched:
    headers = {"User-Agent": f"tickerwire/{__version__}"}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers),
                                    timeout=timeout) as response:  # fmt: skip
            data = response.read(max_bytes + 1)
            fresh = FeedState(url, response.headers.get("ETag"),
                              response.headers.get("Last-Modified"))  # fmt: skip
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return Fetched(url, state, not_modified=True)
        return Fetched(url, state, error=f"cannot fetch: HTTP {error.code} {error.reason}")
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        return Fetched(url, state, error=f"cannot fetch (offline or unreachable): {reason}")
    if len(data) > max_bytes:
        return Fetched(url, state, error=f"too large: more than {max_bytes // 2**20} MB")
    name = url.rstrip("/").rsplit("/", 1)[-1] or url
    return Fetched(url, fresh, tuple(expand(url, name, data, max_bytes)))


def _read_file(location: str, state: FeedState, max_bytes: int) -> Fetched:
    path = Path(location)
    try:
        stat = path.stat()
        if path.is_dir():
            return Fetched(location, state, error="a folder: watch reads feed files and URLs")
        validator = f"{stat.st_mtime_ns}-{stat.st_size}"
        if validator == state.etag:
            return Fetched(location, state, not_modified=True)
        if stat.st_size > max_bytes:
            return Fetched(location, state, error=f"too large: more than {max_bytes // 2**20} MB")
        data = path.read_bytes()
    except OSError as error:
        return Fetched(location, state, error=f"cannot read: {error.strerror or error}")
    items = tuple(expand(location, path.name, data, max_bytes))
    return Fetched(location, FeedState(location, validator), items)


def digest(item: RawDocument | Rejection) -> str:
    """A feed item as served: its bytes and the metadata the feed gave with it."""
    if isinstance(item, Rejection):
        body = f"{item.stage}\n{item.reason}".encode()
    else:
        body = item.data + repr(sorted((k, str(v)) for k, v in item.hints.items())).encode()
    return hashlib.sha1(body).hexdigest()[:16]


class Watcher:
    """Polls ``locations`` into the database ``db``; see the module docstring."""

    def __init__(self, locations: Iterable[str], db: str | Path, *, report: Path | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, wait: float = WRITER_WAIT_SECONDS,
                 pipeline: Pipeline | None = None) -> None:  # fmt: skip
        self.locations = list(dict.fromkeys(str(loc) for loc in locations))
        self.db = Path(db)
        self.report = report
        self.max_bytes = max_bytes
        self.wait = wait
        self.pipeline = pipeline or build_pipeline()
        self.states: dict[str, FeedState] = {}
        self.seen: set[tuple[str, str]] = set()

    def start(self) -> None:
        """Load what earlier runs stored; bring stories, report and snapshot up to date
        (a run killed after storing items may not have rebuilt them)."""
        with Store.open(self.db, wait=self.wait) as store:
            self.states, self.seen = load_feeds(store)
            cross_article(store, self.db, self.report, None)
            store.publish_snapshot()

    def poll(self) -> PollResult:
        """Fetch every feed once; analyse and store what is new; rebuild stories if any."""
        result = PollResult()
        pending: list[tuple[FeedState, list[tuple[str, Item]]]] = []
        for location in self.locations:
            fetched = fetch(location, self.states.get(location, FeedState(location)),
                            max_bytes=self.max_bytes)  # fmt: skip
            if fetched.error:
                result.errors.append(f"{location}: {fetched.error}")
            elif fetched.not_modified:
                result.not_modified += 1
            else:
                fresh = self._analyse_new(fetched.items)
                if fresh or fetched.state != self.states.get(location):
                    pending.append((fetched.state, fresh))
        if pending:
            try:
                self._store(pending, result)
            except StoreBusy as error:  # nothing was committed: the next poll does it again
                result.errors.append(f"{error} (will try again at the next poll)")
        return result

    def _analyse_new(self, items: Iterable[RawDocument | Rejection]) -> list[tuple[str, Item]]:
        fresh: list[tuple[str, Item]] = []
        keys: set[tuple[str, str]] = set()
        for raw in items:
            key = (raw.uri, digest(raw))
            if key in self.seen or key in keys:
                continue
            keys.add(key)
            fresh.append((key[1], raw if isinstance(raw, Rejection) else self.pipeline(raw)))
        return fresh

    def _store(self, pending: list[tuple[FeedState, list[tuple[str, Item]]]],
               result: PollResult) -> None:  # fmt: skip
        with Store.open(self.db, wait=self.wait) as store:
            for state, fresh in pending:
                record_poll(store, state, fresh, changed=bool(fresh))
                self.states[state.location] = state
                for key, item in fresh:
                    uri = item.article.uri if isinstance(item, ArticleRecord) else item.uri
                    self.seen.add((uri, key))
                    if isinstance(item, ArticleRecord):
                        result.new.append(item)
                    else:
                        result.rejections.append(item)
            if result.new or result.rejections:
                cross_article(store, self.db, self.report, None)
            store.publish_snapshot()

    def run(self, every: float, *, polls: int | None = None,
            on_poll: Callable[[PollResult], None] | None = None) -> WatchSummary:  # fmt: skip
        """Poll every ``every`` seconds, ``polls`` times (forever when None)."""
        self.start()
        summary = WatchSummary()
        next_at = time.monotonic()
        while polls is None or summary.polls < polls:
            result = self.poll()
            summary.add(result)
            if on_poll:
                on_poll(result)
            if polls is not None and summary.polls >= polls:
                break
            next_at += every
            time.sleep(max(0.0, next_at - time.monotonic()))
        return summary


@dataclass
class WatchSummary:
    """Totals over a watcher's polls; ``exit_code`` is 1 when some item was rejected."""

    polls: int = 0
    new: int = 0
    rejected: int = 0

    def add(self, result: PollResult) -> None:
        self.polls += 1
        self.new += len(result.new)
        self.rejected += len(result.rejections)

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0
