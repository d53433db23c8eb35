"""`tickerwire serve`: the JSON API and the HTML report of a database, over HTTP.

FastAPI and uvicorn come with the ``[web]`` extra, not the base install, so the command
checks for them first and says how to get them instead of failing with an import trace.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from tickerwire.cli.output import console, fail, guarded
from tickerwire.store import DEFAULT_DB

WEB_MODULES = ("fastapi", "uvicorn")
MISSING_WEB = "tickerwire serve needs the web extra: pip install 'tickerwire[web]'"


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)


def missing_modules(names: Iterable[str]) -> list[str]:
    """The modules among ``names`` that cannot be imported here (found without importing)."""
    missing = []
    for name in names:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):  # a parent package missing, or a broken spec
            found = False
        if not found:
            missing.append(name)
    return missing


def require_web(names: Iterable[str] = WEB_MODULES) -> None:
    """Exit 2 with one line naming the extra when any web module is missing."""
    if missing_modules(names):
        raise fail(escape(MISSING_WEB))  # escaped: rich would read [web] as markup


def serve_command(
    db: Annotated[
        Path,
        typer.Option(
            "--db",
            help="DuckDB database file, or a Parquet output folder of `tickerwire spark-job`.",
        ),
    ] = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the report at / and the JSON API at /api/ over a database, read-only.

    Each request opens the database read-only and closes it, so `analyze` and `watch` can
    write it meanwhile; while they hold it, requests read the snapshot `watch` publishes.
    """
    require_web()
    import uvicorn

    from tickerwire.api import create_app

    with guarded():
        app = create_app(db)
    console.print(f"serving {db} at http://{host}:{port}/ (API under /api/; Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
