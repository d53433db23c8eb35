"""The Spark job in local mode: the same records as the local engine, as Parquet tables.

One corpus of ~300 real-shaped articles (tests/realshaped.py) plus unreadable inputs is
analysed once by the local engine into DuckDB and once by the Spark job into Parquet, the
job submitted with ``spark-submit`` (local mode, two cores) as on a cluster; the tests
compare the two stores table by table, read the output through the commands and the API,
then submit the job again over its own output.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

import tickerwire
from realshaped import write_corpus
from tickerwire.serialize import dumps
from tickerwire.store import Store
from tickerwire.store.layout import ARTICLE_TABLES, MARKER, PARTITION, columns

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from apikit import Api

pytestmark = pytest.mark.slow

COUNT = 300


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("archive")
    write_corpus(folder, COUNT)
    return [folder / "files", folder / "wire", folder / "empty.txt", folder / "nowhere"]


@pytest.fixture(scope="module")
def local_db(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    tickerwire.analyze(inputs, db=db)
    return db


@dataclass(frozen=True)
class Submitted:
    output: str
    exit_code: int
    stored: int
    new: int
    rejected: int
    stories: int | None
    printed: str


def submit(inputs: list[Path], output: Path, *options: str) -> Submitted:
    """The job as spark-submit runs it; its counts are those of the output's marker file."""
    if importlib.util.find_spec("pyspark") is None:
        pytest.skip("pyspark not installed: pip install 'tickerwire[spark]'")
    if shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime on PATH")
    entry = subprocess.run([sys.executable, "-m", "tickerwire.spark.submit", "--path"],
                           capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    done = subprocess.run(
        [str(Path(sys.executable).parent / "spark-submit"), "--master", "local[2]",
         "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.shuffle.partitions=2",
         entry, *map(str, inputs), str(output), *options],
        capture_output=True, text=True, timeout=900, check=False,
        env={**os.environ, "PYSPARK_PYTHON": sys.executable},
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr[-3000:]
    marker = json.loads((output / MARKER).read_text())
    return Submitted(str(output), done.returncode, marker["stored"], marker["new"],
                     marker["rejected"], marker["stories"], done.stdout)  # fmt: skip


@pytest.fixture(scope="module")
def job(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Submitted:
    return submit(inputs, tmp_path_factory.mktemp("spark") / "out")


def _rows(store: Store, table: str) -> list[tuple]:
    names = [name for name, _ in columns(table) if name not in ("stored_at", "rejected_at")]
    select = ", ".join(f'"{n}"' for n in names)
    return sorted(store.connection.execute(f"SELECT {select} FROM {table}").fetchall(), key=repr)


def test_job_counts_every_input(job, local_db: Path) -> None:
    with Store.open(local_db, read_only=True) as local:
        stored, rejected = local.count("articles"), local.count("rejections")
    assert (job.stored, job.new, job.rejected) == (stored, stored, rejected)
    assert rejected == 5  # empty, truncated gzip, binary, malformed JSON line, missing folder
    assert job.exit_code == 1
    assert "articles stored" in job.printed and f"{stored} ({stored} new)" in job.printed


def test_same_records_as_the_local_engine(job, local_db: Path) -> None:
    with Store.open(local_db, read_only=True) as local, Store.open(job.output) as cluster:
        assert [dumps(r) for r in cluster.records()] == [dumps(r) for r in local.records()]
        assert cluster.rejections() == local.rejections()


@pytest.mark.parametrize("table", ARTICLE_TABLES)
def test_same_rows_in_every_table(job, local_db: Path, table: str) -> None:
    with Store.open(local_db, read_only=True) as local, Store.open(job.output) as cluster:
        expected = _rows(local, table)
        assert expected or table in ("boilerplate", "figures")
        assert _rows(cluster, table) == expected


def test_same_stories_as_the_local_clusterer(job, local_db: Path) -> None:
    def told(store: Store) -> list[tuple]:
        return sorted((s.id, s.title, s.articles) for s in store.stories())

    with Store.open(local_db, read_only=True) as local, Store.open(job.output) as cluster:
        expected = told(local)
        assert told(cluster) == expected
    assert job.stories == len(expected)
    assert any(a.novelty == "duplicate" for _, _, members in expected for a in members)


def test_parquet_tables_have_the_store_schema(job) -> None:
    """Each table's files hold exactly the DuckDB store's columns and types (JSON is text);
    per-article tables add only the partition folder, the article's published date."""
    for table in (*ARTICLE_TABLES, "rejections", "stories", "story_articles"):
        files = f"{job.output}/{table}/**/*.parquet"
        described = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{files}', "
                               "hive_partitioning = false)").fetchall()  # fmt: skip
        found = {row[0]: row[1] for row in described}
        expected = {n: "VARCHAR" if t == "JSON" else t for n, t in columns(table)}
        if table in ARTICLE_TABLES:
            expected.pop(PARTITION, None)
            assert any((Path(job.output) / table).glob(f"{PARTITION}=*/*.parquet")), table
        assert found == expected, table
    assert {"span_start", "span_end"} <= dict(columns("moves")).keys()


def test_articles_are_partitioned_by_published_date(job) -> None:
    folders = duckdb.sql(
        f"SELECT DISTINCT published_date, regexp_extract(filename, '{PARTITION}=([^/]+)', 1) "
        f"FROM read_parquet('{job.output}/articles/*/*.parquet', filename = true)"
    ).fetchall()
    assert len(folders) > 10
    assert all(str(day) == folder for day, folder in folders)


def test_every_span_points_at_its_text(job) -> None:
    with Store.open(job.output) as store:
        wrong = store.connection.execute(
            "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE substr(a.text, m.span_start + 1, m.span_end - m.span_start) <> m.text"
        ).fetchone()
        moves = store.connection.execute(
            "SELECT count(*) FROM moves m JOIN articles a ON a.id = m.article_id "
            "WHERE substr(a.text, m.span_start + 1, m.span_end - m.span_start) = m.text"
        ).fetchone()
    assert wrong == (0,)
    assert moves and moves[0] == store_count(job.output, "moves") > 0


def store_count(output: str, table: str) -> int:
    with Store.open(output) as store:
        return store.count(table)


def test_rerun_over_the_same_output_adds_nothing(job, inputs: list[Path]) -> None:
    before = {t: store_count(job.output, t) for t in (*ARTICLE_TABLES, "rejections")}
    again = submit(inputs, Path(job.output), "--no-stories")
    assert (again.stored, again.new, again.rejected) == (job.stored, 0, job.rejected)
    assert {t: store_count(job.output, t) for t in before} == before
    with Store.open(job.output) as store:
        assert store.connection.execute(
            "SELECT count(*) = count(DISTINCT id) FROM articles").fetchone() == (True,)  # fmt: skip


def test_commands_and_api_read_the_output_in_place(job, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tickerwire.api import create_app
    from tickerwire.cli import app

    runner = CliRunner()
    listed = runner.invoke(app, ["articles", "--db", job.output, "--json"])
    assert listed.exit_code == 0 and len(listed.output.splitlines()) == job.stored
    told = runner.invoke(app, ["stories", "--db", job.output, "--json"])
    assert told.exit_code == 0 and len(told.output.splitlines()) == job.stories
    report = tmp_path / "archive.html"
    made = runner.invoke(app, ["analyze", "--db", job.output, "--report", str(report), "-q"])
    assert made.exit_code == 0, made.output
    served = Api(create_app(job.output))
    try:
        assert served.json("/api/articles")["total"] == job.stored
        stories = served.json("/api/stories", limit=500)
        assert stories["total"] == job.stories
        biggest = max(stories["items"], key=lambda s: s["articles"])
        assert biggest["title"] in report.read_text("utf-8")
        assert biggest["title"] in served.get("/").text
        move = served.json("/api/moves", limit=1)["items"][0]
        detail = served.json(f"/api/articles/{move['article_id']}")
        first = detail["moves"][move["move_index"]]["evidence"]
        assert first["text"] == move["text"]
    finally:
        served.close()
    refused = runner.invoke(app, ["analyze", str(tmp_path), "--db", job.output])
    assert refused.exit_code == 2 and "spark-job" in refused.output
