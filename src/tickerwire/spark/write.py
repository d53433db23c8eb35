"""Stage rows into the output's Parquet tables, once per article id, partitioned by date.

Re-running over the same output adds nothing twice: each table skips the ids it already
holds (``left_anti`` join on the ids already in that table) and appends the rest. Each
table is checked on its own, so a job killed between two table writes is completed by the
next run without duplicating the tables that were already written; a table's files appear
only when its write commits (FileOutputCommitter version 1). An article already stored is
kept as it was: to re-analyse everything with a newer tickerwire, write to a new output (or
pass ``overwrite``).

Within one run, the same article read from two inputs (same text, same id) is stored once:
the copy whose input uri sorts last, as the local store keeps the later of two copies.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tickerwire.model import Rejection
from tickerwire.spark.schema import CHILD_TABLES
from tickerwire.store.layout import MARKER, PARTITION


@dataclass(frozen=True)
class Written:
    stored: int
    new: int
    rejected: int
    rejections: tuple[Rejection, ...]  # the first few, to print


def dedupe(stage: Any) -> Any:
    """One row per article id and per rejected uri, laid out one date per partition."""
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    key = F.coalesce(F.col("id"), F.concat(F.lit("uri:"), F.col("uri")))
    rank = F.row_number().over(Window.partitionBy(key).orderBy(F.col("uri").desc()))
    unique = stage.withColumn("_rank", rank).filter("_rank = 1").drop("_rank")
    return unique.repartition(F.col(PARTITION)).persist(StorageLevel.DISK_ONLY)


def write_tables(spark: Any, staged: Any, output: str, *, overwrite: bool,
                 sample: int = 20) -> Written:  # fmt: skip
    """Append every per-article table and the rejections; see the module docstring."""
    from pyspark.sql import functions as F

    counts = staged.agg(F.count("id").alias("stored"), F.count("rejection").alias("rejected"))
    stored, rejected = counts.first()  # type: ignore[misc]
    articles = staged.filter(F.col("id").isNotNull()).select("article.*")
    fresh = _new_rows(spark, articles, f"{output}/articles", "id", overwrite)
    new = stored if fresh is articles else fresh.count()
    _append(fresh, f"{output}/articles", overwrite, partitioned=True)
    for table in CHILD_TABLES:
        rows = staged.select(F.explode(table).alias("row"), PARTITION).select("row.*", PARTITION)
        path = f"{output}/{table}"
        _append(_new_rows(spark, rows, path, "article_id", overwrite), path, overwrite,
                partitioned=True)  # fmt: skip
    rejected_rows = staged.filter(F.col("rejection").isNotNull()).select("rejection.*")
    path = f"{output}/rejections"
    _append(_new_rows(spark, rejected_rows, path, "uri", overwrite), path, overwrite,
            partitioned=False)  # fmt: skip
    first = rejected_rows.orderBy("uri").limit(sample).collect()
    return Written(
        stored=stored,
        new=new,
        rejected=rejected,
        rejections=tuple(Rejection(r["uri"], r["stage"], r["reason"]) for r in first),
    )


def _new_rows(spark: Any, rows: Any, path: str, key: str, overwrite: bool) -> Any:
    if overwrite or not has_parquet(spark, path):
        return rows
    existing = spark.read.schema(rows.schema).parquet(path).select(key).distinct()
    return rows.join(existing, on=key, how="left_anti")


def _append(rows: Any, path: str, overwrite: bool, *, partitioned: bool) -> None:
    writer = rows.write.mode("overwrite" if overwrite else "append")
    if partitioned:
        writer = writer.partitionBy(PARTITION)
    writer.parquet(path)


def has_parquet(spark: Any, path: str) -> bool:
    """Whether ``path`` holds committed Parquet files (one or two levels deep)."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    for pattern in ("/*.parquet", "/*/*.parquet"):
        glob = jvm.org.apache.hadoop.fs.Path(path.rstrip("/") + pattern)
        statuses = glob.getFileSystem(conf).globStatus(glob)
        if statuses is not None and len(statuses) > 0:
            return True
    return False


def write_marker(spark: Any, output: str, info: dict[str, object]) -> None:
    """``_tickerwire.json``: what wrote this output, and the last run's counts."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(f"{output.rstrip('/')}/{MARKER}")
    fs = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    stream = fs.create(path, True)
    try:
        stream.write(bytearray(json.dumps(info, indent=2, default=str).encode("utf-8")))
    finally:
        stream.close()
