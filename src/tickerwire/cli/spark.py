"""`tickerwire spark-job`: the pipeline as a Spark job, from archives to Parquet tables."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from tickerwire.cli.output import console, errors, guarded, print_rejections
from tickerwire.ingest import DEFAULT_MAX_BYTES


def register(app: typer.Typer) -> None:
    app.command("spark-job")(spark_job_command)


def spark_job_command(
    locations: Annotated[list[str], typer.Argument(
        metavar="INPUT... OUTPUT", show_default=False,
        help="Inputs (files, folders read recursively, globs, .jsonl/.gz/.zip, feed files; "
        "any Hadoop-compatible path: hdfs://, s3a://, file:), then the output folder.")],
    master: Annotated[str | None, typer.Option(
        help="Spark master URL [default: the active session under spark-submit, else "
        "local\\[*]: every core here].", show_default=False)] = None,
    max_mb: Annotated[int, typer.Option(
        "--max-mb", help="Reject any single input file larger than this many MB.")
    ] = DEFAULT_MAX_BYTES // 2**20,
    stories: Annotated[bool, typer.Option(
        help="Rebuild the stories across the whole output after the articles.")] = True,
    overwrite: Annotated[bool, typer.Option(
        help="Replace the output's tables instead of adding the articles it lacks.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:  # fmt: skip
    """Analyse an archive on Spark into Parquet tables partitioned by published date.

    Executors read the inputs themselves and write the tables (articles, mentions, moves,
    catalysts, quotes, sentiment, ... and rejections) with the DuckDB store's columns;
    stories are rebuilt across the output with distributed joins. Re-running over the same
    output adds only the articles it lacks. `tickerwire analyze --db OUTPUT`, `serve --db
    OUTPUT` and the other commands read the output in place. Needs the spark extra and Java.
    Exit code 0 when every input was read, 1 when some were rejected, 2 for usage errors.
    """
    from tickerwire.cli.output import fail

    if len(locations) < 2:
        raise fail("give at least one INPUT and then the OUTPUT folder")
    from tickerwire.spark import run_job

    with guarded():
        result = run_job(locations[:-1], locations[-1], max_bytes=max_mb * 2**20,
                         stories=stories, overwrite=overwrite, master=master)  # fmt: skip
    if not quiet:
        report_job(result)
    raise typer.Exit(result.exit_code)


def report_job(result: object) -> None:
    """The summary table and the first rejections of a finished job."""
    from tickerwire.spark import JobResult

    assert isinstance(result, JobResult)
    table = Table(title="tickerwire spark-job", show_header=False, title_justify="left")
    table.add_row("inputs", str(result.inputs))
    table.add_row("articles stored", f"{result.stored} ({result.new} new)")
    table.add_row("rejected", str(result.rejected))
    table.add_row("stories", "-" if result.stories is None else str(result.stories))
    table.add_row("output", result.output)
    console.print(table)
    print_rejections(result.rejections)
    if result.rejected > len(result.rejections):
        errors.print(f"... and {result.rejected - len(result.rejections)} more: "
                     f"tickerwire rejections --db {result.output}", highlight=False)  # fmt: skip
