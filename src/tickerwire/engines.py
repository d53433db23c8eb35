"""Where the per-article map phase runs: in this process, in a pool of processes, or on Spark.

Each worker builds its own pipeline once (security master, automata, calendars): in the
pool's initializer, or once per Spark partition. Only RawDocuments go in and ArticleRecords or
Rejections come out, so nothing heavy crosses a process boundary. Results come back in input
order, so every engine gives the same records.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from tickerwire.model import ArticleRecord, RawDocument, Rejection
from tickerwire.optional import require
from tickerwire.pipeline import Pipeline, build_pipeline

ENGINES = ("local", "processes", "spark")

Item = ArticleRecord | Rejection
_CHUNK = 64
_worker_pipeline: Pipeline | None = None


def run_local(raws: Iterable[RawDocument | Rejection], pipeline: Pipeline) -> Iterator[Item]:
    for raw in raws:
        yield raw if isinstance(raw, Rejection) else pipeline(raw)


def run_processes(raws: Iterable[RawDocument | Rejection], workers: int) -> Iterator[Item]:
    """The same map over ``workers`` processes, in bounded windows to cap memory."""
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
        window: list[RawDocument | Rejection] = []
        for raw in raws:
            window.append(raw)
            if len(window) >= _CHUNK * workers * 4:
                yield from pool.map(_process_one, window, chunksize=_CHUNK)
                window = []
        if window:
            yield from pool.map(_process_one, window, chunksize=_CHUNK)


def _init_worker() -> None:
    global _worker_pipeline
    _worker_pipeline = build_pipeline()


def _process_one(raw: RawDocument | Rejection) -> Item:
    if isinstance(raw, Rejection):
        return raw
    assert _worker_pipeline is not None, "worker initialiser did not run"
    return _worker_pipeline(raw)


def run_spark(raws: Iterable[RawDocument | Rejection], partitions: int) -> Iterator[Item]:
    """The same map as Spark tasks: the active session when run under spark-submit, else a
    local one with ``partitions`` cores."""
    sql = require("pyspark.sql", extra="spark", feature="engine 'spark'")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = sql.SparkSession.getActiveSession() or (
        sql.SparkSession.builder.master(f"local[{partitions}]").appName("tickerwire").getOrCreate()
    )
    numbered = list(enumerate(raws))
    if not numbered:
        return
    rdd = session.sparkContext.parallelize(numbered, max(1, min(partitions * 4, len(numbered))))
    for _, item in sorted(rdd.mapPartitions(_spark_partition).collect(), key=lambda pair: pair[0]):
        yield item


def _spark_partition(
    rows: Iterable[tuple[int, RawDocument | Rejection]],
) -> Iterator[tuple[int, Item]]:
    pipeline = build_pipeline()
    for index, raw in rows:
        yield index, raw if isinstance(raw, Rejection) else pipeline(raw)
