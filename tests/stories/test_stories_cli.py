"""`tickerwire stories` and `tickerwire report` over a database built from the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tickerwire.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_db(seeds_dir: Path, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("db") / "seeds.duckdb"
    result = runner.invoke(app, ["analyze", str(seeds_dir), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_stories_json_lists_every_seed_file_once(seeds_db: Path):
    result = runner.invoke(app, ["stories", "--db", str(seeds_db), "--json"])
    assert result.exit_code == 0, result.output
    stories = [json.loads(line) for line in result.output.splitlines()]
    files = [a["file"] for s in stories for a in s["articles"]]
    assert sorted(name[:3] for name in files) == ["000", "001", "002", "003", "004"]
    for story in stories:
        assert story["title"] and story["id"].startswith("story:")
        assert {a["novelty"] for a in story["articles"]} <= {"first", "follow-up", "duplicate"}
        assert sum(a["novelty"] == "first" for a in story["articles"]) == 1
        assert isinstance(story["timeline"], list) and isinstance(story["disagreements"], list)


def test_stories_table_names_the_files(seeds_db: Path):
    result = runner.invoke(app, ["stories", "--db", str(seeds_db)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "000_3686417307807d80.txt" in result.output
    assert "(first)" in result.output


def test_report_regenerates_from_the_database(seeds_db: Path, tmp_path: Path):
    out = tmp_path / "again" / "report.html"
    result = runner.invoke(app, ["report", "--db", str(seeds_db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert page.count('<details class="article"') == 5
    assert '<svg class="chart"' in page or "No one-day percentage moves" in page


def test_missing_database_is_one_line_and_exit_2(tmp_path: Path):
    for command in (["stories"], ["report"]):
        result = runner.invoke(app, [*command, "--db", str(tmp_path / "none.duckdb")])
        assert result.exit_code == 2
        assert "none.duckdb" in result.output
