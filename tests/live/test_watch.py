"""`tickerwire watch` against a real feed on 127.0.0.1 that gains items between polls.

Conditional requests, new items only, stories kept current, readers answered while the
database is held by a writer, and kill -9 at arbitrary points followed by a restart: every
item is stored exactly once.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from feedkit import FeedServer, feed_items

from tickerwire.api import create_app
from tickerwire.live import Watcher
from tickerwire.store import Store
from tickerwire.store.access import snapshot_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from apikit import Api

TICKERWIRE = str(Path(sys.executable).parent / "tickerwire")


def _uris(db: Path) -> list[str]:
    with Store.open(db, read_only=True) as store:
        rows = store.connection.execute("SELECT uri FROM articles").fetchall()
    return sorted(row[0] for row in rows)


def test_polls_ask_for_changes_and_store_new_items_once(tmp_path: Path) -> None:
    items = feed_items(12)
    db = tmp_path / "live.duckdb"
    with FeedServer() as feed:
        feed.publish(items[:8])
        watcher = Watcher([feed.url], db)
        watcher.start()
        assert len(watcher.poll().new) == 8
        unchanged = watcher.poll()
        assert (len(unchanged.new), unchanged.not_modified) == (0, 1)
        assert feed.log[-1] == (304, feed.etag)  # asked with the ETag, answered 304
        feed.publish(items)  # four more
        assert len(watcher.poll().new) == 4
        feed.publish(list(reversed(items)))  # same items, new ETag: nothing new to analyse
        again = Watcher([feed.url], db)  # a restarted watcher remembers validators and items
        again.start()
        assert feed.log[-1][0] == 200 and len(again.poll().new) == 0
    assert _uris(db) == sorted(f"{feed.url}#{item.name}" for item in items)
    with Store.open(db, read_only=True) as store:
        in_stories = sorted(a.article_id for s in store.stories() for a in s.articles)
        assert in_stories == sorted(r.article.id for r in store.records())
    assert db.with_suffix(".html").is_file() and snapshot_path(db).is_file()


def test_readers_answer_while_a_writer_holds_the_database(tmp_path: Path) -> None:
    db = tmp_path / "live.duckdb"
    with FeedServer() as feed:
        feed.publish(feed_items(5))
        watcher = Watcher([feed.url], db)
        watcher.start()
        watcher.poll()
    app = Api(create_app(db))
    try:
        with _held(db):  # another process holds the file for writing, as `watch` mid-poll
            listed = subprocess.run([TICKERWIRE, "articles", "--db", str(db), "--json"],
                                    capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
            served = app.json("/api/articles")
            page = app.get("/")
        assert listed.returncode == 0, listed.stderr
        assert len(listed.stdout.splitlines()) == 5
        assert "being written; read its snapshot" in listed.stderr
        assert served["total"] == 5 and page.status_code == 200
        # Once the writer is gone, readers open the file itself again, and the writer that
        # comes next is not locked out by the running server.
        assert app.json("/api/articles")["total"] == 5
        with Store.open(db, wait=5.0):
            pass
    finally:
        app.close()


@contextmanager
def _held(db: Path) -> Iterator[None]:
    """Another process with ``db`` open for writing, until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from tickerwire.store import Store; "
         f"s = Store.open({str(db)!r}); print('held', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.communicate(timeout=30)


def _start(url: str, db: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([TICKERWIRE, "watch", url, "--every", "0.2s", "--db", str(db), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


def _kill(process: subprocess.Popen[str], how: signal.Signals) -> None:
    process.send_signal(how)
    process.communicate(timeout=30)


@pytest.mark.slow
def test_kill_9_and_restart_store_every_item_once(tmp_path: Path) -> None:
    items = feed_items(60)
    db = tmp_path / "live.duckdb"
    with FeedServer() as feed:
        feed.publish(items[:30])
        # Kill at different points: while starting, analysing the first items, writing them,
        # and between polls, while the feed keeps growing.
        for step, delay in enumerate((0.05, 0.3, 0.6, 1.2)):
            watching = _start(feed.url, db)
            assert watching.stdout is not None
            assert "watching" in watching.stdout.readline()  # pipeline built, polls begin
            time.sleep(delay)
            _kill(watching, signal.SIGKILL)
            feed.publish(items[: 30 + 10 * (step + 1)])
        last = _start(feed.url, db, "--polls", "2")
        _, err = last.communicate(timeout=120)
        assert last.returncode == 0, err
    assert _uris(db) == sorted(f"{feed.url}#{item.name}" for item in items)
    with Store.open(db, read_only=True) as store:
        seen = store.connection.execute(
            "SELECT count(*), count(DISTINCT uri) FROM feed_items").fetchone()  # fmt: skip
    assert seen == (60, 60)


@pytest.mark.slow
def test_articles_answers_during_a_running_watch(tmp_path: Path) -> None:
    items = feed_items(30)
    db = tmp_path / "live.duckdb"
    with FeedServer() as feed:
        feed.publish(items[:10])
        watching = _start(feed.url, db)
        try:
            assert watching.stdout is not None
            watching.stdout.readline()
            while not snapshot_path(db).exists():
                time.sleep(0.05)
            counts = []
            for step in range(1, 3):
                feed.publish(items[: 10 + 10 * step])
                listed = subprocess.run([TICKERWIRE, "articles", "--db", str(db), "--json"],
                                        capture_output=True, text=True, timeout=120,
                                        check=False)  # fmt: skip
                assert listed.returncode == 0, listed.stderr
                counts.append(len(listed.stdout.splitlines()))
            while len(_snapshot_uris(db)) < len(items):
                time.sleep(0.1)
        finally:
            _kill(watching, signal.SIGINT)
    assert counts == sorted(counts) and counts[-1] <= len(items)
    assert _uris(db) == sorted(f"{feed.url}#{item.name}" for item in items)


def _snapshot_uris(db: Path) -> list[str]:
    try:
        return _uris(db)
    except Exception:  # the watcher holds the file between our check and open: try again
        return []


def test_feed_errors_are_reported_not_stored(tmp_path: Path) -> None:
    db = tmp_path / "live.duckdb"
    watcher = Watcher(["http://127.0.0.1:9/none.xml", str(tmp_path / "missing.xml")], db)
    watcher.start()
    result = watcher.poll()
    assert [e.split(": ", 1)[1].split(":")[0] for e in result.errors] == [
        "cannot fetch (offline or unreachable)", "cannot read"]  # fmt: skip
    with Store.open(db, read_only=True) as store:
        assert store.count("rejections") == 0


def test_every_accepts_durations() -> None:
    from tickerwire.cli.watch import parse_every

    assert [parse_every(t) for t in ("60s", "5m", "1h", "500ms", "2")] == [60, 300, 3600, 0.5, 2]
    with pytest.raises(Exception, match="give a duration"):
        parse_every("soon")


def test_a_busy_database_is_retried_at_the_next_poll(tmp_path: Path) -> None:
    db = tmp_path / "live.duckdb"
    with FeedServer() as feed:
        feed.publish(feed_items(3))
        watcher = Watcher([feed.url], db, wait=0.2)
        watcher.start()
        with _held(db):
            busy = watcher.poll()
        assert busy.new == [] and "in use by another process" in busy.errors[0]
        assert len(watcher.poll().new) == 3  # the feed is asked again: nothing was lost
    assert len(_uris(db)) == 3
