"""`tickerwire spark-job` refuses bad usage and a missing extra with one line, exit code 2."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tickerwire.cli import app

runner = CliRunner()


def test_an_output_is_required(tmp_path: Path) -> None:
    result = runner.invoke(app, ["spark-job", str(tmp_path)])
    assert result.exit_code == 2
    assert "give at least one INPUT and then the OUTPUT folder" in result.output


def test_without_pyspark_one_line_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)  # what an install without it sees
    result = runner.invoke(app, ["spark-job", str(tmp_path), str(tmp_path / "out")])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "tickerwire spark-job needs: pip install 'tickerwire[spark]'" in lines[0]
