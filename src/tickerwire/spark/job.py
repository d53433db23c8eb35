"""The Spark job: inputs on any Hadoop-compatible path → Parquet tables and stories.

    tickerwire spark-job INPUT... OUTPUT                         # local mode, every core
    spark-submit --master yarn "$(python -m tickerwire.spark.submit --path)" INPUT... OUTPUT

Executors list and read the inputs (`sources`), analyse them with a pipeline built once per
Python worker (`analyse`), and write the tables partitioned by published date (`write`);
stories are then rebuilt across the whole output with distributed joins (`stories`). The
driver handles locations, counts, and the first few rejections, never an article.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from tickerwire.ingest import DEFAULT_MAX_BYTES
from tickerwire.model import Rejection


@dataclass(frozen=True)
class JobResult:
    """What a job did; ``exit_code`` is 0 when every input was read, 1 when some were not."""

    output: str
    stored: int
    new: int
    rejected: int
    rejections: tuple[Rejection, ...]  # the first few; every one is in OUTPUT/rejections
    stories: int | None

    @property
    def inputs(self) -> int:
        return self.stored + self.rejected

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0


def run_job(
    inputs: Sequence[str | Path],
    output: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stories: bool = True,
    overwrite: bool = False,
    session: Any = None,
    master: str | None = None,
) -> JobResult:
    """Analyse ``inputs`` into the Parquet output ``output``; see the module docstring."""
    from tickerwire import __version__
    from tickerwire.spark.session import configure, quiet_pandas_notice, spark_session
    from tickerwire.spark.stories import write_stories
    from tickerwire.spark.write import dedupe, write_marker, write_tables

    spark = session or spark_session(master)
    configure(spark)
    target = _location(output)
    started = datetime.now(UTC)
    with quiet_pandas_notice():
        stage = _stage(spark, inputs, max_bytes, started, target)
        staged = dedupe(stage)
        try:
            written = write_tables(spark, staged, target, overwrite=overwrite)
        finally:
            staged.unpersist()
        story_count = write_stories(spark, target) if stories else None
    write_marker(spark, target, {
        "written_by": f"tickerwire {__version__}", "started": started.isoformat(),
        "finished": datetime.now(UTC).isoformat(), "inputs": [str(i) for i in inputs],
        "stored": written.stored, "new": written.new, "rejected": written.rejected,
        "stories": story_count})  # fmt: skip
    return JobResult(target, written.stored, written.new, written.rejected, written.rejections,
                     story_count)  # fmt: skip


def _stage(
    spark: Any, inputs: Sequence[str | Path], max_bytes: int, started: datetime, output: str
) -> Any:
    import pyarrow as pa

    from tickerwire.spark.analyse import analyse_files, stage_batch
    from tickerwire.spark.schema import spark_schema, stage_schema
    from tickerwire.spark.sources import input_frame

    schema = spark_schema(stage_schema())
    files, missing = input_frame(spark, [str(i) for i in inputs], max_bytes, output=output)
    parts = []
    if files is not None:
        body = partial(analyse_files, max_bytes=max_bytes, stamp=started)
        parts.append(files.mapInArrow(body, schema))
    if missing or not parts:  # a few rows made here: one per missing location
        table = pa.Table.from_batches([stage_batch(missing, started)])
        parts.append(spark.createDataFrame(table, schema=schema))
    stage = parts[0]
    for part in parts[1:]:
        stage = stage.unionByName(part)
    return stage


def _location(output: str | Path) -> str:
    """Local folders as absolute paths (the executors' working folder is not ours)."""
    text = str(output)
    if "://" in text or text.startswith("file:"):
        return text.rstrip("/")
    return str(Path(text).resolve())


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for spark-submit (see `tickerwire.spark.submit`)."""
    parser = argparse.ArgumentParser(
        prog="tickerwire.spark.submit",
        description="Analyse news on Spark into Parquet tables (see `tickerwire spark-job --help`).",
    )
    parser.add_argument("--path", action="store_true", help="print the path spark-submit runs")
    parser.add_argument("locations", nargs="*", metavar="INPUT... OUTPUT")
    parser.add_argument("--max-mb", type=int, default=DEFAULT_MAX_BYTES // 2**20)
    parser.add_argument("--no-stories", action="store_true")
    parser.add_argument("--overwrite", action="store_true")
    args = parser.parse_args(argv)
    if args.path:
        print(Path(__file__).resolve().with_name("submit.py"))  # noqa: T201  (for spark-submit)
        return 0
    if len(args.locations) < 2:
        parser.error("give at least one INPUT and the OUTPUT folder")
    from tickerwire.cli.spark import report_job

    result = run_job(args.locations[:-1], args.locations[-1], max_bytes=args.max_mb * 2**20,
                     stories=not args.no_stories, overwrite=args.overwrite)  # fmt: skip
    report_job(result)
    return result.exit_code
