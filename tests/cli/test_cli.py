"""The command line: main job, exports and exit codes (0 ok, 1 some rejected, 2 usage)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from tickerwire.cli import app

runner = CliRunner()


def test_analyze_seeds_twice_stores_five(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "seeds.duckdb"
    for _ in range(2):
        result = runner.invoke(app, ["analyze", str(seeds_dir), "--db", str(db)])
        assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["articles", "--db", str(db), "--json"])
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert len(rows) == 5
    assert {r["name"][:3] for r in rows} == {"000", "001", "002", "003", "004"}


def test_analyze_with_rejections_exits_1(tmp_path: Path, data_dir: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_bytes((data_dir / "ingest" / "hk_close.txt").read_bytes())
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "cut.gz").write_bytes(gzip.compress(b"Nikkei rises 1%" * 50)[:30])
    db = tmp_path / "x.duckdb"
    result = runner.invoke(app, ["analyze", str(inbox), "--db", str(db)])
    assert result.exit_code == 1
    listed = runner.invoke(app, ["rejections", "--db", str(db), "--json"])
    reasons = {Path(json.loads(line)["uri"]).name: json.loads(line)["reason"]
               for line in listed.output.splitlines()}  # fmt: skip
    assert set(reasons) == {"empty.txt", "cut.gz"}


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["analyze"]).exit_code == 2
    assert runner.invoke(app, ["extract", str(tmp_path)]).exit_code == 2  # --jsonl missing
    missing = runner.invoke(app, ["articles", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2
    assert "no database at" in missing.output


def test_extract_writes_eval_records(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["extract", str(seeds_dir), "--jsonl", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["file"][:3] for r in records) == ["000", "001", "002", "003", "004"]
    keys = {"file", "title", "published", "authors", "publisher", "securities", "indices",
            "organizations", "moves", "catalysts", "quotes"}  # fmt: skip
    assert all(keys <= set(r) for r in records)


def test_installed_command_runs(tmp_path: Path, data_dir: Path) -> None:
    script = Path(sys.executable).parent / "tickerwire"
    done = subprocess.run(
        [str(script), "analyze", str(data_dir / "ingest" / "hk_close.txt"), "--db",
         str(tmp_path / "one.duckdb"), "--quiet"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_worker_processes_give_the_same_records(tmp_path: Path, seeds_dir: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert runner.invoke(app, ["extract", str(seeds_dir), "--jsonl", str(one)]).exit_code == 0
    result = runner.invoke(app, ["extract", str(seeds_dir), "--jsonl", str(two), "-j", "2"])
    assert result.exit_code == 0, result.output
    assert one.read_text() == two.read_text()
