"""Every command is documented in the README and has help text; the README's commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import typer
from typer.main import get_command

from tickerwire.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def _commands(group: typer.Typer, prefix: str = "") -> dict[str, str | None]:
    click_group = get_command(group)
    found: dict[str, str | None] = {}

    def walk(command, path: str) -> None:
        sub = getattr(command, "commands", None)
        if sub:
            for name, child in sub.items():
                walk(child, f"{path} {name}".strip())
        else:
            found[path] = command.help

    walk(click_group, prefix)
    return found


def test_every_command_has_help_and_is_in_readme() -> None:
    commands = _commands(app)
    assert {"analyze", "extract", "articles"} <= set(commands)
    for name, help_text in commands.items():
        assert help_text and help_text.strip(), f"`tickerwire {name}` has no help"
        top = name.split()[0]
        assert f"tickerwire {top}" in README, f"`tickerwire {top}` is not in the README"


def test_readme_mentions_only_real_commands() -> None:
    commands = {name.split()[0] for name in _commands(app)}
    for mentioned in set(re.findall(r"`tickerwire ([a-z][a-z-]*)", README)):
        assert mentioned in commands, (
            f"README mentions `tickerwire {mentioned}`, which does not exist"
        )
