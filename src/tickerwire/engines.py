"""Where the per-article map phase runs: in this process, in a pool of processes, or on Spark.

Each worker builds its own pipeline once (security master, automata, calendars): in the
pool's initializer, or once per Spark partition. Only RawDocuments go in and ArticleRecords or
Rejections come out, so nothing heavy crosses a process boundary. Results come back in input
order, so every engine gives the same records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from tickerwire.model import ArticleRecord, RawDocument, Rejection
from tickerwire.optional import require
from tickerwire.pipeline import Pipeline, build_pipeline

ENGINES = ("local", "processes", "spark")

Item = ArticleRecord | Rejection
_CHUNK = 64
_SPARK_WINDOW = 256  # documents per partition of one window
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
    local one with ``partitions`` cores.

    Documents are read here and results come back here, in input order, a window at a time
    (``toLocalIterator`` fetches one partition after another), so memory stays bounded by the
    window, not the input. For archives, `tickerwire spark-job` lets the executors read and
    write themselves.
    """
    from tickerwire.spark.session import spark_session

    session = spark_session(None if _active_session() else f"local[{partitions}]",
                            feature="engine 'spark'")  # fmt: skip
    slices = max(1, session.sparkContext.defaultParallelism)
    window: list[RawDocument | Rejection] = []
    for raw in raws:
        window.append(raw)
        if len(window) >= _SPARK_WINDOW * slices:
            yield from _spark_window(session, window, slices)
            window = []
    if window:
        yield from _spark_window(session, window, slices)


def _active_session() -> bool:
    sql = require("pyspark.sql", extra="spark", feature="engine 'spark'")
    return sql.SparkSession.getActiveSession() is not None


def _spark_window(session, window: list[RawDocument | Rejection], slices: int) -> Iterator[Item]:  # type: ignore[no-untyped-def]
    rdd = session.sparkContext.parallelize(window, min(slices * 4, len(window)))
    yield from rdd.mapPartitions(_spark_partition).toLocalIterator()


def _spark_partition(rows: Iterable[RawDocument | Rejection]) -> Iterator[Item]:
    from tickerwire.spark.analyse import worker_pipeline

    pipeline = worker_pipeline()
    for raw in rows:
        yield raw if isinstance(raw, Rejection) else pipeline(raw)
