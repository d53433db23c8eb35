"""The Parquet layout of a tickerwire output: one folder of Parquet files per store table.

`tickerwire spark-job` writes it and `Store.open` reads it (through DuckDB views), so the
report, the API and every command work on a cluster run without converting it. The column
names and types are read from the DuckDB store's own migrations, so the two forms of the
store cannot drift apart: a migration that adds a column adds it to the Parquet tables too.

    OUTPUT/
      _tickerwire.json                     what wrote it, and the last run's counts
      articles/published_date=2025-02-06/part-....parquet
      mentions/published_date=2025-02-06/part-....parquet      (every per-article table)
      rejections/part-....parquet          (no date: the input could not be read)
      stories/ story_articles/ disagreements/                  (rebuilt whole by each run)

Per-article tables are partitioned by the article's published date (Hive style, the
``__HIVE_DEFAULT_PARTITION__`` folder holds undated articles); the partition column of the
child tables is not one of their store columns and readers drop it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PARTITION = "published_date"
MARKER = "_tickerwire.json"
ARTICLE_TABLES = (
    "articles",
    "boilerplate",
    "entities",
    "mentions",
    "moves",
    "figures",
    "catalysts",
    "quotes",
    "sentiment",
)
STORY_TABLES = ("stories", "story_articles", "disagreements")
# Written by `analyze --prices` beside a Spark output (small: one row per checked move).
DERIVED_TABLES = ("verifications", "impacts")


@cache
def columns(table: str) -> tuple[tuple[str, str], ...]:
    """``(name, DuckDB type)`` of every column of ``table``, in the store's order."""
    from tickerwire.store import Store

    with Store.open(":memory:") as store:
        rows = store.connection.execute(f"DESCRIBE {table}").fetchall()
    return tuple((str(row[0]), str(row[1])) for row in rows)


def table_names() -> tuple[str, ...]:
    """Every table a Parquet output may hold, per-article tables first."""
    return (*ARTICLE_TABLES, "rejections", *STORY_TABLES, *DERIVED_TABLES)


def is_parquet_output(path: str | Path) -> bool:
    """A folder written by `tickerwire spark-job` (or laid out the same way)."""
    folder = Path(path)
    return folder.is_dir() and ((folder / MARKER).is_file() or (folder / "articles").is_dir())
