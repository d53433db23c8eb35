"""The `tickerwire` command: a thin shell over the library.

Each command group lives in its own module with a ``register(app)`` function.
"""

from __future__ import annotations

import typer

from tickerwire.cli import core, impact, securities, serve, spark, stories, watch

app = typer.Typer(
    name="tickerwire",
    help="Turn financial news into structured, verifiable market events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (core, securities, stories, impact, serve, watch, spark):
    module.register(app)


def main() -> None:
    app()
