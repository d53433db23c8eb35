"""`tickerwire watch`: keep a database current from live RSS/Atom feeds."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from tickerwire.cli.output import console, errors, fail, guarded, print_rejections
from tickerwire.ingest import DEFAULT_MAX_BYTES
from tickerwire.store import DEFAULT_DB

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$")
_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def register(app: typer.Typer) -> None:
    app.command("watch")(watch_command)


def parse_every(text: str) -> float:
    """``"60s"``, ``"5m"``, ``"1h"``, ``"500ms"`` or plain seconds → seconds (> 0)."""
    match = _DURATION.match(text)
    if not match or float(match.group(1)) <= 0:
        raise typer.BadParameter(f"{text!r}: give a duration like 60s, 5m or 1h")
    return float(match.group(1)) * _SECONDS[match.group(2) or "s"]


def watch_command(
    feeds: Annotated[list[str], typer.Argument(
        metavar="FEED_URL_OR_FILE...", show_default=False,
        help="RSS/Atom feed URLs (asked with ETag/Last-Modified) or feed files.")],
    every: Annotated[str, typer.Option(
        help="Time between polls: 60s, 5m, 1h.", show_default=True)] = "60s",
    db: Annotated[Path, typer.Option("--db", help="DuckDB database file.")] = DEFAULT_DB,
    report: Annotated[Path | None, typer.Option(
        help="Where to keep the HTML report (default: beside the database, as .html).")] = None,
    polls: Annotated[int | None, typer.Option(
        min=1, help="Stop after this many polls (default: run until stopped).",
        show_default=False)] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll once and stop (same as --polls 1).")
    ] = False,
    max_mb: Annotated[int, typer.Option(
        "--max-mb", help="Ignore any feed answer larger than this many MB.")
    ] = DEFAULT_MAX_BYTES // 2**20,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only problems.")] = False,
) -> None:  # fmt: skip
    """Poll feeds, analyse new items only, and keep stories and the report current.

    Items already analysed are skipped (by item id and content), and nothing is lost when
    the process is killed: a restart picks up exactly the items not yet stored. While it
    runs, `serve`, `articles` and the other commands on the same database read the snapshot
    it publishes after each poll. Ctrl-C stops it. Exit code 1 when some item was rejected.
    """
    interval = parse_every(every)
    if str(db) == ":memory:":
        raise fail("watch needs a database file (--db)")
    from tickerwire.live import PollResult, Watcher

    def show(result: PollResult) -> None:
        for problem in result.errors:
            errors.print(f"[yellow]feed[/] {problem}", highlight=False, soft_wrap=True)
        print_rejections(result.rejections)
        if not quiet:
            stamp = datetime.now().strftime("%H:%M:%S")
            console.print(f"{stamp}  {len(result.new)} new, {len(result.rejections)} rejected, "
                          f"{result.not_modified} unchanged", highlight=False)  # fmt: skip

    with guarded():
        watcher = Watcher(feeds, db, report=report, max_bytes=max_mb * 2**20)
        if not quiet:
            console.print(f"watching {len(watcher.locations)} feed(s) into {db} every {every} "
                          "(Ctrl-C stops)", highlight=False)  # fmt: skip
        try:
            summary = watcher.run(interval, polls=1 if once else polls, on_poll=show)
        except KeyboardInterrupt:
            raise typer.Exit(0) from None
    raise typer.Exit(summary.exit_code)
