"""Shared pieces of the command line: consoles, progress, one-line errors, exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from tickerwire.errors import TickerwireError
from tickerwire.model import ArticleRecord, Rejection
from tickerwire.store import Store

console = Console()
errors = Console(stderr=True)

EXIT_USAGE = 2


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print one clear line to stderr and return the Exit to raise."""
    errors.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


@contextmanager
def guarded() -> Iterator[None]:
    """Turn tickerwire's own errors into one line and exit code 2."""
    try:
        yield
    except TickerwireError as error:
        raise fail(escape(str(error))) from error  # "[spark]" in a message is not markup


@contextmanager
def progress(label: str, *, quiet: bool) -> Iterator[callable]:  # type: ignore[valid-type]
    """A progress display fed one item at a time (inputs are streamed, so no total)."""
    if quiet or not errors.is_terminal:
        yield lambda item: None
        return
    columns = (SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rejected]} rejected"), TimeElapsedColumn())  # fmt: skip
    with Progress(*columns, console=errors, transient=True) as bar:
        task = bar.add_task(label, total=None, rejected=0)
        rejected = 0

        def advance(item: ArticleRecord | Rejection) -> None:
            nonlocal rejected
            rejected += isinstance(item, Rejection)
            bar.update(task, advance=1, rejected=rejected)

        yield advance


def print_rejections(rejections: tuple[Rejection, ...] | list[Rejection]) -> None:
    for rejection in rejections:
        errors.print(f"[yellow]rejected[/] {rejection.uri}: {rejection.reason}", highlight=False,
                     soft_wrap=True, markup=True)  # fmt: skip


def note_snapshot(store: Store) -> None:
    """Say on stderr when a writer holds the database and its last snapshot was read."""
    if store.snapshot is not None:
        when = datetime.fromtimestamp(store.snapshot.stat().st_mtime).strftime("%H:%M:%S")
        errors.print(f"[dim]{store.path} is being written; read its snapshot of {when}[/]",
                     highlight=False, soft_wrap=True)  # fmt: skip
