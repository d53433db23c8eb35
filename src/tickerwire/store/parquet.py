"""A Parquet output (from `tickerwire spark-job`) opened as a `Store`, in place.

DuckDB reads Parquet natively, so the store is an in-memory DuckDB whose tables are views
over the output's files: every query the report, the API and the commands already run
works unchanged, and nothing is converted or copied. The views name the files explicitly
one level deep (``table/*.parquet`` or ``table/<partition>/*.parquet``), which skips the
``_temporary`` folders of a Spark job still writing into the same output.

Articles are only added by the Spark job. What `analyze --db OUTPUT` computes on top of
them (price checks, event studies, stories when the job did not write any) is written back
as small Parquet tables of the same layout, each replaced whole.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from tickerwire.errors import StoreError
from tickerwire.model import ArticleRecord, Rejection, Story, Verification
from tickerwire.store import Store, WriteSummary
from tickerwire.store.layout import columns, is_parquet_output, table_names

if TYPE_CHECKING:
    from tickerwire.prices.impact import StoryImpact


class ParquetStore(Store):
    """Views over one Parquet output folder; see the module docstring."""

    folder: Path

    @classmethod
    def open_folder(cls, folder: str | Path) -> ParquetStore:
        path = Path(folder)
        if not is_parquet_output(path):
            raise StoreError(f"{path}: not a tickerwire Parquet output (no articles/ folder)")
        store = cls(duckdb.connect(":memory:"), str(path))
        store.folder = path
        store.migrate()  # empty tables with the store's schema, for what the output lacks
        for table in table_names():
            store._attach(table)
        return store

    def _attach(self, table: str) -> None:
        patterns = _patterns(self.folder / table)
        if not patterns:
            return
        select = ", ".join(f'CAST("{name}" AS {_type(kind)}) AS "{name}"'
                           for name, kind in columns(table))  # fmt: skip
        files = ", ".join("'" + p.replace("'", "''") + "'" for p in patterns)
        con = self.connection
        con.execute(f"DROP TABLE IF EXISTS {table}")
        try:
            con.execute(
                f"CREATE VIEW {table} AS SELECT {select} FROM read_parquet([{files}], "
                "hive_partitioning = true, union_by_name = true)"
            )
        except duckdb.Error as error:
            raise StoreError(f"{self.folder / table}: unreadable Parquet: {error}") from error

    def write(self, items: Iterable[ArticleRecord | Rejection]) -> WriteSummary:
        if list(items):
            raise StoreError(
                f"{self.path}: a Parquet output only gains articles from `tickerwire spark-job`"
                " (or analyse into a .duckdb file)"
            )
        return WriteSummary(stored=0, new=0, rejected=0)

    def write_stories(self, stories: Sequence[Story]) -> None:
        self._materialise(("stories", "story_articles", "disagreements"))
        super().write_stories(stories)
        for table in ("stories", "story_articles", "disagreements"):
            self._export(table)

    def write_verifications(self, verifications: Sequence[Verification]) -> None:
        self._materialise(("verifications",))
        super().write_verifications(verifications)
        self._export("verifications")

    def write_impacts(self, impacts: Sequence[StoryImpact]) -> None:
        self._materialise(("impacts",))
        super().write_impacts(impacts)
        self._export("impacts")

    def record_run(self, **_: object) -> None:
        """Runs over a Parquet output are recorded by the Spark job in its marker file."""

    def _materialise(self, tables: Iterable[str]) -> None:
        """Turn views into in-memory tables so the usual delete-and-insert writes apply."""
        con = self.connection
        for table in tables:
            kind = con.execute(
                "SELECT table_type FROM information_schema.tables WHERE table_name = ?", [table]
            ).fetchone()
            if kind and kind[0] == "VIEW":
                con.execute(f"CREATE TABLE {table}__copy AS SELECT * FROM {table}")
                con.execute(f"DROP VIEW {table}")
                con.execute(f"ALTER TABLE {table}__copy RENAME TO {table}")

    def _export(self, table: str) -> None:
        """Replace ``folder/table`` with one Parquet file of the table as it now stands."""
        target = self.folder / table
        staging = self.folder / f"_{table}.{uuid.uuid4().hex}"
        staging.mkdir(parents=True)
        try:
            file = str(staging / "part-0.parquet").replace("'", "''")
            self.connection.execute(f"COPY {table} TO '{file}' (FORMAT parquet)")
            retired = self.folder / f"_{table}.old.{uuid.uuid4().hex}"
            if target.exists():
                target.rename(retired)
            staging.rename(target)
            shutil.rmtree(retired, ignore_errors=True)
        except (OSError, duckdb.Error) as error:
            shutil.rmtree(staging, ignore_errors=True)
            raise StoreError(f"{target}: cannot write: {error}") from error


def _patterns(folder: Path) -> list[str]:
    """File patterns one and two levels deep that match at least one Parquet file."""
    found = []
    for pattern in ("*.parquet", "*/*.parquet"):
        if any(not p.parent.name.startswith(("_", ".")) for p in folder.glob(pattern)):
            found.append(str(folder / pattern))
    return found


def _type(duckdb_type: str) -> str:
    """JSON columns are read as text: the store parses them itself, and a cast would
    validate every document on every query."""
    return "VARCHAR" if duckdb_type == "JSON" else duckdb_type
