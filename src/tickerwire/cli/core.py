"""The main jobs: analyze, extract, and looking at what is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.table import Table

from tickerwire.cli.output import (
    console,
    fail,
    guarded,
    note_snapshot,
    print_rejections,
    progress,
)
from tickerwire.ingest import DEFAULT_MAX_BYTES
from tickerwire.run import analyze, extract
from tickerwire.store import DEFAULT_DB, Store
from tickerwire.store.layout import is_parquet_output

Paths = Annotated[
    list[str],
    typer.Argument(help="Files, folders (read recursively), globs, .jsonl/.gz/.zip, RSS/Atom "
                   "feed files, or feed URLs.", show_default=False),
]  # fmt: skip
DbOption = Annotated[Path, typer.Option(
    "--db", help="DuckDB database file, or a Parquet output folder of `tickerwire spark-job`.",
    show_default=True)]  # fmt: skip
OptionalPaths = Annotated[
    list[str] | None,
    typer.Argument(help="Files, folders (read recursively), globs, .jsonl/.gz/.zip, RSS/Atom "
                   "feed files, or feed URLs. None with --db OUTPUT of a Spark job: report "
                   "on that output in place.", show_default=False),
]  # fmt: skip
MaxMb = Annotated[
    int, typer.Option("--max-mb", help="Reject any single input larger than this many MB.")
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
Workers = Annotated[
    int,
    typer.Option(
        "--workers", "-j", min=1, help="Processes (or Spark cores) for the per-article work."
    ),
]
Engine = Annotated[
    str,
    typer.Option(
        help="Where the per-article work runs: local, processes, or spark (needs the spark "
        "extra; uses the active session under spark-submit)."
    ),
]


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze_command)
    app.command("extract")(extract_command)
    app.command("articles")(articles_command)
    app.command("rejections")(rejections_command)


def analyze_command(
    paths: OptionalPaths = None,
    db: DbOption = DEFAULT_DB,
    report: Annotated[Path | None, typer.Option(
        help="Where to write the HTML report (default: beside the database, as .html).")] = None,
    prices: Annotated[Path | None, typer.Option(
        help="Folder of daily bars to check every move against (see docs/prices.md).")] = None,
    max_mb: MaxMb = DEFAULT_MAX_BYTES // 2**20,
    workers: Workers = 1,
    engine: Engine = "local",
    quiet: Quiet = False,
) -> None:  # fmt: skip
    """Analyse articles into the database, then rebuild stories and the HTML report.

    With no PATH and `--db` a Parquet output of `tickerwire spark-job`, the output is read in
    place: its stories are kept, moves are checked with `--prices`, and the report is written.

    Exit code 0 when every input was read, 1 when some were rejected (each is stored in the
    `rejections` table with its reason), 2 for a usage or configuration error.
    """
    if prices is not None and not prices.is_dir():
        raise fail(f"{prices}: no such price folder")
    if not paths and not is_parquet_output(db):
        raise fail("give at least one PATH to analyse (or --db OUTPUT of a Spark job)")
    with guarded(), progress("analysing", quiet=quiet) as advance:
        result = analyze(paths or [], db=db, report=report, prices=prices, max_bytes=max_mb * 2**20,
                         workers=workers, engine=engine, on_item=advance)  # fmt: skip
    if not quiet:
        table = Table(title="tickerwire analyze", show_header=False, title_justify="left")
        table.add_row("inputs", str(result.inputs))
        table.add_row("articles stored", f"{result.stored} ({result.new} new)")
        table.add_row("rejected", str(len(result.rejections)))
        table.add_row("stories", str(len(result.stories)))
        if prices is not None:
            table.add_row("moves checked", str(len(result.verifications)))
        table.add_row("database", str(result.db))
        table.add_row("report", str(result.report) if result.report else "-")
        console.print(table)
    print_rejections(result.rejections)
    raise typer.Exit(result.exit_code)


def extract_command(
    paths: Paths,
    jsonl: Annotated[Path, typer.Option("--jsonl", help="Output file: one JSON record per "
                     "article, in the evaluation format.", show_default=False)],
    max_mb: MaxMb = DEFAULT_MAX_BYTES // 2**20,
    workers: Workers = 1,
    engine: Engine = "local",
    quiet: Quiet = False,
) -> None:  # fmt: skip
    """Extract one evaluation record per article to JSON Lines (no database)."""
    with guarded(), progress("extracting", quiet=quiet) as advance:
        result = extract(
            paths, jsonl, max_bytes=max_mb * 2**20, workers=workers, engine=engine, on_item=advance
        )
    if not quiet:
        console.print(f"{result.stored} records written to {jsonl}, "
                      f"{len(result.rejections)} rejected")  # fmt: skip
    print_rejections(result.rejections)
    raise typer.Exit(result.exit_code)


def articles_command(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List the stored articles."""
    with guarded(), Store.open(db, read_only=True) as store:
        rows = store.article_rows()
        note_snapshot(store)
    if as_json:
        for row in rows:
            typer.echo(orjson.dumps(row, default=str).decode())
        return
    table = Table("published", "title", "publisher", "entities", "moves", "file")
    for row in rows:
        table.add_row(str(row["published_date"] or "-"), str(row["title"] or "(untitled)"),
                      str(row["publisher"] or "-"), str(row["entities"]), str(row["moves"]),
                      str(row["name"]))  # fmt: skip
    console.print(table)


def rejections_command(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List the inputs that could not be read, with the stage and reason."""
    with guarded(), Store.open(db, read_only=True) as store:
        rejected = store.rejections()
        note_snapshot(store)
    if as_json:
        for r in rejected:
            typer.echo(orjson.dumps({"uri": r.uri, "stage": r.stage, "reason": r.reason}).decode())
        return
    table = Table("input", "stage", "reason")
    for r in rejected:
        table.add_row(r.uri, r.stage, r.reason)
    console.print(table)
