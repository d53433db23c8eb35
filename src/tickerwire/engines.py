"""Where the per-article map phase runs: in this process, or in a pool of processes.

Each worker builds its own pipeline once (security master, automata, calendars) in the pool's
initializer; only RawDocuments go in and ArticleRecords or Rejections come out, so nothing
heavy crosses a process boundary. Results come back in input order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from tickerwire.model import ArticleRecord, RawDocument, Rejection
from tickerwire.pipeline import Pipeline, build_pipeline

Item = ArticleRecord | Rejection
_CHUNK = 64
_worker_pipeline: Pipeline | None = None


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)))


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
