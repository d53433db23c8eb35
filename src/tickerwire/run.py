"""The jobs a user runs: analyse inputs into the store and report, or extract to JSON Lines.

The per-article map phase (read and extract) streams; the cross-article phase (stories,
price checks, report) runs once over everything stored, so that re-running over new inputs
updates stories that span old and new articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from tickerwire.engines import ENGINES, run_local, run_processes, run_spark
from tickerwire.errors import ConfigError
from tickerwire.export import eval_record
from tickerwire.ingest import DEFAULT_MAX_BYTES, iter_raw_documents
from tickerwire.model import ArticleRecord, Rejection, Story, Verification
from tickerwire.pipeline import Pipeline, build_pipeline
from tickerwire.store import DEFAULT_DB, Store

if TYPE_CHECKING:
    from tickerwire.prices import PriceProvider

Item = ArticleRecord | Rejection
OnItem = Callable[[Item], None]
_BATCH = 500
WRITER_WAIT_SECONDS = 10.0  # readers hold the database for one query; wait them out


@dataclass(frozen=True)
class RunResult:
    """What a run did; ``exit_code`` is 0 when every input was read, 1 when some were not."""

    inputs: int
    stored: int
    new: int
    rejections: tuple[Rejection, ...]
    stories: tuple[Story, ...] = ()
    verifications: tuple[Verification, ...] = ()
    report: Path | None = None
    db: Path | None = None
    records: tuple[ArticleRecord, ...] = field(default=(), repr=False)

    @property
    def exit_code(self) -> int:
        return 1 if self.rejections else 0


def analyse_inputs(
    locations: Iterable[str | Path],
    *,
    pipeline: Pipeline | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    engine: str = "local",
) -> Iterator[Item]:
    """Read and extract every input: the map phase, one item per document or failure.

    ``engine`` is "local" (this process; "processes" when ``workers`` > 1), "processes" or
    "spark"; every engine gives the same records in the same order.
    """
    raws = iter_raw_documents(locations, max_bytes=max_bytes)
    if engine == "spark":
        return run_spark(raws, max(workers, 1))
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}: choose {', '.join(ENGINES)}")
    if (workers > 1 or engine == "processes") and pipeline is None:
        return run_processes(raws, max(workers, 2))
    return run_local(raws, pipeline or build_pipeline())


def analyze(
    locations: Iterable[str | Path],
    *,
    db: str | Path = DEFAULT_DB,
    report: Path | None = None,
    prices: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    engine: str = "local",
    on_item: OnItem | None = None,
) -> RunResult:
    """Analyse inputs into the database, then rebuild stories, price checks and the report.

    ``db`` may also be a Parquet output of `tickerwire spark-job`, given with no
    ``locations``: its stories, price checks and report are then made from it in place.
    """
    started = datetime.now(UTC)
    inputs = stored = new = 0
    rejections: list[Rejection] = []
    with Store.open(db, wait=WRITER_WAIT_SECONDS) as store:
        batch: list[Item] = []
        for item in analyse_inputs(locations, max_bytes=max_bytes, workers=workers, engine=engine):
            inputs += 1
            batch.append(item)
            if isinstance(item, Rejection):
                rejections.append(item)
            if on_item:
                on_item(item)
            if len(batch) >= _BATCH:
                summary = store.write(batch)
                stored, new, batch = stored + summary.stored, new + summary.new, []
        summary = store.write(batch)
        stored, new = stored + summary.stored, new + summary.new
        stories, verifications, report_path = cross_article(store, db, report, prices)
        store.record_run(started=started, inputs=inputs, stored=stored, rejected=len(rejections))
    return RunResult(inputs, stored, new, tuple(rejections), stories, verifications, report_path,
                     Path(db))  # fmt: skip


def cross_article(
    store: Store, db: str | Path, report: Path | None, prices: Path | None
) -> tuple[tuple[Story, ...], tuple[Verification, ...], Path | None]:
    """Stories, price checks and the report, over everything stored."""
    from tickerwire import report as report_stage
    from tickerwire import stories as story_stage
    from tickerwire.store.parquet import ParquetStore

    records = store.records()
    if isinstance(store, ParquetStore) and store.count("stories"):
        stories = tuple(store.stories())  # built across the archive by the Spark job
    else:
        stories = story_stage.cluster(records)
        store.write_stories(stories)
    provider = _provider(prices)
    verifications = _verify(records, provider)
    if provider is not None:
        store.write_verifications(verifications)
        from tickerwire.prices.impact import story_impacts

        impacts = story_impacts(stories, records, provider)
        store.write_impacts(impacts)
    else:  # measured by an earlier run with --prices: kept for the stories that still exist
        ids = {story.id for story in stories}
        impacts = tuple(i for i in store.impacts() if i.story_id in ids)
    target = report or default_report_path(db)
    written = report_stage.write_report(
        target,
        records=records,
        stories=stories,
        verifications=verifications or tuple(store.verifications()),
        rejections=store.rejections(),
        impacts=impacts,
    )
    return stories, verifications, written


def _provider(prices: Path | None) -> PriceProvider | None:
    if prices is None:
        return None
    from tickerwire import prices as price_stage

    return price_stage.FolderProvider(prices)


def _verify(
    records: list[ArticleRecord], provider: PriceProvider | None
) -> tuple[Verification, ...]:
    if provider is None:
        return ()
    from tickerwire import prices as price_stage

    return tuple(price_stage.verify_records(records, provider))


def default_report_path(db: str | Path) -> Path:
    """The report sits beside the database: ``news.duckdb`` → ``news.html``."""
    path = Path(db)
    return Path("tickerwire-report.html") if str(db) == ":memory:" else path.with_suffix(".html")


def extract(
    locations: Iterable[str | Path],
    jsonl: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    engine: str = "local",
    on_item: OnItem | None = None,
) -> RunResult:
    """Write one evaluation record per article (../shared/eval/FORMAT.md) to ``jsonl``."""
    inputs = stored = 0
    rejections: list[Rejection] = []
    jsonl.parent.mkdir(parents=True, exist_ok=True)
    with jsonl.open("wb") as out:
        for item in analyse_inputs(locations, max_bytes=max_bytes, workers=workers, engine=engine):
            inputs += 1
            if on_item:
                on_item(item)
            if isinstance(item, Rejection):
                rejections.append(item)
                continue
            stored += 1
            out.write(orjson.dumps(eval_record(item)) + b"\n")
    return RunResult(inputs, stored, stored, tuple(rejections))
