"""The embedded DuckDB store: every record queryable by SQL, re-runs idempotent.

Writes go through Arrow tables (DuckDB's ``executemany`` manages ~850 rows/s here; Arrow
millions), one transaction per batch: the rows of each article id are deleted, then
inserted, so writing the same article twice leaves the same rows as writing it once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import duckdb
import orjson
import pyarrow as pa

from tickerwire.model import ArticleRecord, Rejection, Story, Verification
from tickerwire.serialize import from_data, record_from_json
from tickerwire.store.layout import ARTICLE_TABLES, STORY_TABLES
from tickerwire.store.rows import (
    Columns,
    article_tables,
    impact_table,
    story_tables,
    verification_table,
)

if TYPE_CHECKING:
    from tickerwire.prices.impact import StoryImpact

DEFAULT_DB = Path("tickerwire.duckdb")
# the tables keyed by article (besides `articles`): the per-article ones and price checks
_ARTICLE_CHILDREN = (*ARTICLE_TABLES[1:], "verifications")


@dataclass(frozen=True, slots=True)
class WriteSummary:
    stored: int
    new: int
    rejected: int


class Store:
    """One DuckDB file (or ``:memory:``), its schema brought up to date on open."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str) -> None:
        self.connection = connection
        self.path = path

    snapshot: Path | None = None  # set when a reader fell back to the writer's snapshot

    @classmethod
    def open(
        cls, path: str | Path = DEFAULT_DB, *, read_only: bool = False, wait: float = 0.0
    ) -> Store:
        """Open a DuckDB file, or a Parquet output folder (read in place, see `parquet`).

        A reader never waits for a writer: while `analyze` or `watch` holds the file it reads
        the snapshot the writer publishes (see `access`). A writer waits up to ``wait``
        seconds for readers, which hold the file only while they read.
        """
        target = str(path)
        if target != ":memory:" and Path(target).is_dir():
            from tickerwire.store.parquet import ParquetStore

            return ParquetStore.open_folder(target)
        from tickerwire.store.access import connect_reader, connect_writer

        if read_only:
            connection, snapshot = connect_reader(target)
            store = cls(connection, target)
            store.snapshot = snapshot
            return store
        store = cls(connect_writer(target, wait=wait), target)
        store.migrate()
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:  # fmt: skip
        self.close()

    def close(self) -> None:
        self.connection.close()

    def migrate(self) -> list[str]:
        """Apply the numbered SQL files not yet applied; return their names."""
        con = self.connection
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(name VARCHAR PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT current_timestamp)"
        )
        done = {row[0] for row in con.execute("SELECT name FROM schema_migrations").fetchall()}
        applied = []
        folder = resources.files("tickerwire.store").joinpath("schema")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".sql") and entry.name not in done:
                with self.transaction():
                    con.execute(entry.read_text("utf-8"))
                    con.execute("INSERT INTO schema_migrations (name) VALUES (?)", [entry.name])
                applied.append(entry.name)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One DuckDB transaction: everything inside commits together or not at all."""
        self.connection.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def write(self, items: Iterable[ArticleRecord | Rejection]) -> WriteSummary:
        """Store records and rejections; idempotent per article id and per rejected uri."""
        with self.transaction():
            return self.write_in_transaction(items)

    def write_in_transaction(self, items: Iterable[ArticleRecord | Rejection]) -> WriteSummary:
        """`write` inside a transaction the caller holds, to commit more rows atomically."""
        batch = list(items)
        records = [i for i in batch if isinstance(i, ArticleRecord)]
        rejections = [i for i in batch if isinstance(i, Rejection)]
        ids = list(dict.fromkeys(r.article.id for r in records))
        unique = list({r.article.id: r for r in records}.values())
        known = self._existing_ids(ids)
        for table in ("articles", *_ARTICLE_CHILDREN):
            column = "id" if table == "articles" else "article_id"
            self._delete_where_in(table, column, ids)
        for table, columns in article_tables(unique).items():
            self._insert(table, columns)
        self._delete_where_in("rejections", "uri", [r.article.uri for r in unique])
        self._delete_where_in("rejections", "uri", [r.uri for r in rejections])
        if rejections:
            self._insert("rejections", {
                "uri": [r.uri for r in rejections], "stage": [r.stage for r in rejections],
                "reason": [r.reason for r in rejections]})  # fmt: skip
        return WriteSummary(stored=len(unique), new=len(set(ids) - known), rejected=len(rejections))

    def publish_snapshot(self) -> Path:
        """Publish a read snapshot beside the file for readers (see `access`)."""
        from tickerwire.store.access import publish_snapshot

        return publish_snapshot(self.connection, self.path)

    def write_stories(self, stories: Sequence[Story]) -> None:
        """Replace all stories: they are a function of every stored article."""
        with self.transaction():
            for table in STORY_TABLES:
                self.connection.execute(f"DELETE FROM {table}")
            for table, columns in story_tables(stories).items():
                self._insert(table, columns)

    def write_verifications(self, verifications: Sequence[Verification]) -> None:
        ids = list({v.article_id for v in verifications})
        with self.transaction():
            self._delete_where_in("verifications", "article_id", ids)
            if verifications:
                self._insert("verifications", verification_table(verifications))

    def write_impacts(self, impacts: Sequence[StoryImpact]) -> None:
        """Replace all impacts: like stories, they are a function of every stored article."""
        with self.transaction():
            self.connection.execute("DELETE FROM impacts")
            if impacts:
                self._insert("impacts", impact_table(impacts))

    def record_run(self, *, started: datetime, inputs: int, stored: int, rejected: int) -> None:
        from tickerwire import __version__

        self.connection.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                started.isoformat(),
                started,
                datetime.now(UTC),
                inputs,
                stored,
                rejected,
                __version__,
            ],
        )

    def records(self, ids: Sequence[str] | None = None) -> list[ArticleRecord]:
        sql = "SELECT record FROM articles"
        rows = (self.connection.execute(sql + " WHERE id IN (SELECT unnest(?)) ORDER BY name, id",
                                        [list(ids)]).fetchall()
                if ids is not None else self.connection.execute(sql + " ORDER BY name, id").fetchall())  # fmt: skip
        return [record_from_json(row[0]) for row in rows]

    def rejections(self) -> list[Rejection]:
        rows = self.connection.execute("SELECT uri, stage, reason FROM rejections ORDER BY uri")
        return [Rejection(*row) for row in rows.fetchall()]

    def stories(self) -> list[Story]:
        rows = self.connection.execute("SELECT record FROM stories ORDER BY first_seen, id")
        return [from_data(Story, orjson.loads(row[0])) for row in rows.fetchall()]

    def verifications(self) -> list[Verification]:
        cursor = self.connection.execute(
            "SELECT article_id, move_index, status, reason, observed, observed_price, tolerance, "
            "listing, start_day, end_day FROM verifications ORDER BY article_id, move_index"
        )
        return [Verification(*row) for row in cursor.fetchall()]

    def impacts(self) -> list[StoryImpact]:
        """The stored impacts, one per story and listing, in the order they were written."""
        from tickerwire.prices.impact import ImpactWindow, StoryImpact

        try:
            cursor = self.connection.execute(
                "SELECT story_id, listing, benchmark, event_day, estimation_start, estimation_end, "
                "estimation_days, alpha, beta, path_days, path_ar, note, window_start, window_end, "
                "car, t_stat FROM impacts ORDER BY rowid"
            )
        except duckdb.CatalogException:  # a database from before 0004, opened read-only
            return []
        grouped: dict[tuple[str, str], tuple[tuple, list[ImpactWindow]]] = {}
        for row in cursor.fetchall():
            head, (start, end, car, t) = row[:12], row[12:]
            _, windows = grouped.setdefault((row[0], row[1]), (head, []))
            if start is not None:
                windows.append(ImpactWindow(start, end, car, t))
        out = []
        for head, windows in grouped.values():
            story_id, listing, bench, day, e0, e1, n, alpha, beta, days, ars, note = head
            path = tuple(zip(days or (), ars or (), strict=True))
            estimation = (e0, e1) if e0 is not None else None
            out.append(StoryImpact(story_id, listing, bench, day, tuple(windows), estimation,
                                   n or 0, alpha, beta, path, note or ""))  # fmt: skip
        return out

    def article_rows(self) -> list[dict[str, object]]:
        cursor = self.connection.execute(
            "SELECT a.id, a.name, a.title, a.published_date, a.publisher, a.authors, a.format, "
            "a.uri, (SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS entities, "
            "(SELECT count(*) FROM moves m WHERE m.article_id = a.id) AS moves "
            "FROM articles a ORDER BY a.published_date NULLS LAST, a.name"
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def count(self, table: str) -> int:
        row = self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def _existing_ids(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.connection.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]
        )
        return {row[0] for row in rows.fetchall()}

    def _delete_where_in(self, table: str, column: str, values: list[str]) -> None:
        if values:
            self.connection.execute(
                f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?))", [values]
            )

    def _insert(self, table: str, columns: Columns) -> None:
        if not columns:
            return
        batch = pa.table(columns)  # noqa: F841  (read by DuckDB's replacement scan below)
        self.connection.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch")
