"""Several processes on one database: one writer at a time, and readers that never wait for it.

DuckDB lets one process open a file for writing, and while it does no other process may open
the file at all, not even read-only. tickerwire's choice:

- **The writer publishes snapshots.** `watch` (and `analyze`) hold the file only while they
  write. After each batch `watch` checkpoints and publishes a copy of the file beside it
  (``news.snapshot.duckdb`` for ``news.duckdb``), written under a temporary name and then
  renamed over the old copy, so a snapshot is always a whole, committed state.
- **Readers fall back to the snapshot.** `articles`, `stories`, `report` and `serve` open
  the file read-only for one command or one API request. When a writer holds it they read
  the snapshot instead: the data as of the writer's last published batch. A reader that has
  the old snapshot open keeps reading it undisturbed (the rename leaves its file intact).
- **Writers wait for readers briefly.** A reader holds the file for one query's length; a
  writer that finds one retries for a few seconds instead of failing.

A single server process owning the file would serve fresher data, but would make every
command depend on that server running; a snapshot keeps every command a plain process and
costs one file copy per batch that changed something.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from tickerwire.errors import StoreBusy, StoreError

if TYPE_CHECKING:
    from tickerwire.store import Store

_RETRY_SECONDS = 0.05


def snapshot_path(db: str | Path) -> Path:
    """``news.duckdb`` → ``news.snapshot.duckdb``, beside it."""
    path = Path(db)
    return path.with_name(f"{path.stem}.snapshot{path.suffix or '.duckdb'}")


def _locked(error: duckdb.Error) -> bool:
    return "Could not set lock" in str(error)


def connect_reader(target: str) -> tuple[duckdb.DuckDBPyConnection, Path | None]:
    """A read-only connection to ``target``, or to its snapshot while a writer holds it."""
    if target == ":memory:":
        return duckdb.connect(target), None
    if not Path(target).exists():
        raise StoreError(f"no database at {target}: run `tickerwire analyze` first")
    try:
        return duckdb.connect(target, read_only=True), None
    except duckdb.Error as error:
        if not _locked(error):
            raise StoreError(f"cannot open database {target}: {error}") from error
        snapshot = snapshot_path(target)
        if not snapshot.is_file():
            raise StoreError(
                f"{target}: being written by another process, and it has published no "
                "snapshot to read yet; try again when it finishes"
            ) from error
    try:
        return duckdb.connect(str(snapshot), read_only=True), snapshot
    except duckdb.Error as error:
        raise StoreError(f"cannot open snapshot {snapshot}: {error}") from error


def connect_writer(target: str, *, wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """A read-write connection, retrying for up to ``wait`` seconds while readers hold it."""
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(target)
        except duckdb.Error as error:
            if not _locked(error):
                raise StoreError(f"cannot open database {target}: {error}") from error
            if time.monotonic() >= deadline:
                raise StoreBusy(
                    f"{target}: in use by another process (a running analyze or watch, or a "
                    "reader); try again when it finishes"
                ) from error
        time.sleep(_RETRY_SECONDS)


def publish_snapshot(connection: duckdb.DuckDBPyConnection, db: str | Path) -> Path:
    """Checkpoint, then copy the file beside itself and rename the copy into place.

    After a checkpoint the file holds every committed change and nothing else, and this
    process (the only writer) makes no change while it copies.
    """
    connection.execute("CHECKPOINT")
    snapshot = snapshot_path(db)
    partial = snapshot.with_name(f".{snapshot.name}.{os.getpid()}.partial")
    shutil.copyfile(db, partial)
    partial.replace(snapshot)
    return snapshot


def _stamp(path: Path) -> tuple[int, int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (0, 0, 0)
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


class Reader:
    """The freshest readable form of a database, for a long-running reader (`serve`).

    Each use opens the file read-only and closes it again, so a writer is never locked out
    for longer than one request. While a writer holds the file, uses read its snapshot,
    kept open until a newer one is published. A Parquet output is opened once, and again
    when a job or `analyze` has written to it since.
    """

    def __init__(self, db: str | Path) -> None:
        self.path = Path(db)
        self._cached: tuple[tuple, duckdb.DuckDBPyConnection] | None = None
        self._guard = threading.Lock()

    def version(self) -> tuple:
        """Changes whenever what a reader would see may have changed."""
        if self.path.is_dir():
            folders = [self.path, *(p for p in self.path.iterdir() if p.is_dir())]
            return tuple(sorted(_stamp(p) for p in folders)) + tuple(
                _stamp(p) for p in self.path.glob("_*.json")
            )
        return (_stamp(self.path), _stamp(snapshot_path(self.path)))

    @contextmanager
    def store(self) -> Iterator[Store]:
        from tickerwire.store import Store

        if self.path.is_dir():
            cursor = self._shared(self.version(), lambda: Store.open(self.path).connection)
            with _closing(cursor):
                yield Store(cursor, str(self.path))
            return
        connection, snapshot = connect_reader(str(self.path))
        if snapshot is None:
            with _closing(connection):
                yield Store(connection, str(self.path))
            return
        connection.close()  # reopened once per published snapshot, not once per use
        cursor = self._shared(
            _stamp(snapshot), lambda: duckdb.connect(str(snapshot), read_only=True)
        )
        with _closing(cursor):
            store = Store(cursor, str(self.path))
            store.snapshot = snapshot
            yield store

    def _shared(self, key: tuple, opener) -> duckdb.DuckDBPyConnection:  # type: ignore[no-untyped-def]
        with self._guard:
            if self._cached is None or self._cached[0] != key:
                self._cached = (key, opener())
            return self._cached[1].cursor()

    def close(self) -> None:
        with self._guard:
            if self._cached is not None:
                self._cached[1].close()
                self._cached = None


@contextmanager
def _closing(connection: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    try:
        yield connection
    finally:
        connection.close()
