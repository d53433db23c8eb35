"""Command placeholder: registers nothing until its stage lands."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    return None
