"""`tickerwire serve`: its check for the web extra, and its refusals before serving."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from tickerwire.cli import app
from tickerwire.cli.serve import MISSING_WEB, missing_modules, require_web

ABSENT = "tickerwire_module_that_does_not_exist"


def test_missing_modules_names_only_the_absent_ones():
    assert missing_modules(["fastapi", "uvicorn"]) == []
    assert missing_modules(["fastapi", ABSENT, f"{ABSENT}.sub"]) == [ABSENT, f"{ABSENT}.sub"]


def test_a_missing_web_module_exits_2_with_one_line(capsys):
    with pytest.raises(typer.Exit) as stopped:
        require_web(["fastapi", ABSENT])
    assert stopped.value.exit_code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.endswith(MISSING_WEB)
    assert MISSING_WEB == "tickerwire serve needs the web extra: pip install 'tickerwire[web]'"


def test_installed_web_modules_pass_the_check():
    require_web()  # fastapi and uvicorn are in the dev extra


def test_serve_refuses_a_missing_database(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no database" in result.output


def test_serve_refuses_a_bad_port(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.duckdb"), "--port", "70000"])  # fmt: skip
    assert result.exit_code == 2
