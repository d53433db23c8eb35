"""The DuckDB store: migrations, idempotent writes, records read back whole."""

from __future__ import annotations

from pathlib import Path

from tickerwire.ingest import iter_raw_documents
from tickerwire.model import ArticleRecord, Rejection
from tickerwire.run import analyse_inputs
from tickerwire.store import Store


def _items(data_dir: Path, pipeline) -> list[ArticleRecord | Rejection]:
    return list(analyse_inputs([data_dir / "ingest"], pipeline=pipeline))


def test_migrations_create_every_table_once(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    with Store.open(db) as store:
        tables = {r[0] for r in store.connection.execute("SHOW TABLES").fetchall()}
        assert {"articles", "rejections", "entities", "mentions", "moves", "figures", "catalysts",
                "quotes", "sentiment", "stories", "story_articles", "verifications",
                "impacts"} <= tables  # fmt: skip
    with Store.open(db) as store:
        assert store.migrate() == []


def test_write_twice_equals_write_once(tmp_path: Path, data_dir: Path, pipeline) -> None:
    items = _items(data_dir, pipeline)
    db = tmp_path / "news.duckdb"
    with Store.open(db) as store:
        first = store.write(items)
        counts = {
            t: store.count(t)
            for t in ("articles", "boilerplate", "rejections", "mentions", "moves")
        }
    with Store.open(db) as store:
        second = store.write(items)
        again = {t: store.count(t) for t in counts}
    assert first.new == first.stored > 0 and second.new == 0
    assert counts == again
    assert counts["rejections"] == sum(isinstance(i, Rejection) for i in items)


def test_records_round_trip(tmp_path: Path, data_dir: Path, pipeline) -> None:
    records = [i for i in _items(data_dir, pipeline) if isinstance(i, ArticleRecord)]
    with Store.open(tmp_path / "news.duckdb") as store:
        store.write(records)
        back = {r.article.id: r for r in store.records()}
    assert back == {r.article.id: r for r in records}


def test_fixed_input_clears_its_rejection(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes(b"")
    db = tmp_path / "news.duckdb"
    from tickerwire.pipeline import build_pipeline

    pipe = build_pipeline()
    with Store.open(db) as store:
        store.write(list(analyse_inputs([story], pipeline=pipe)))
        assert [r.uri for r in store.rejections()] == [str(story)]
    story.write_text("Kospi ends up\n\nSouth Korea's Kospi rose 1.1% on Friday.")
    with Store.open(db) as store:
        store.write(list(analyse_inputs([story], pipeline=pipe)))
        assert store.rejections() == [] and store.count("articles") == 1


def test_raw_documents_are_not_lost_in_store(tmp_path: Path, data_dir: Path) -> None:
    count = sum(1 for _ in iter_raw_documents([data_dir / "ingest"]))
    from tickerwire.pipeline import build_pipeline

    with Store.open(tmp_path / "n.duckdb") as store:
        store.write(list(analyse_inputs([data_dir / "ingest"], pipeline=build_pipeline())))
        ids = store.connection.execute("SELECT count(DISTINCT uri) FROM articles").fetchone()[0]
        assert ids + store.count("rejections") == count


def test_impacts_round_trip_and_replace(tmp_path: Path) -> None:
    from datetime import date

    from tickerwire.prices.impact import ImpactWindow, StoryImpact

    measured = StoryImpact(
        story_id="story:1", listing="XHKG:00981", benchmark="INDEX:HSI",
        event_day=date(2025, 2, 6),
        windows=(ImpactWindow(0, 0, 0.043, 1.09), ImpactWindow(0, 5, -0.106, -0.99)),
        estimation=(-41, -11), estimation_days=31, alpha=0.0137, beta=1.03,
        path=((-1, -0.021), (0, 0.043), (1, -0.052)), note="estimation window (-41,-11)",
    )  # fmt: skip
    skipped = StoryImpact("story:1", "XNAS:AAPL", "INDEX:SPX", note="no price history")
    with Store.open(tmp_path / "news.duckdb") as store:
        store.write_impacts([measured, skipped])
        store.write_impacts([measured, skipped])
        assert store.count("impacts") == 3  # two windows, one reason
        assert store.impacts() == [measured, skipped]
        store.write_impacts([skipped])
        assert store.impacts() == [skipped]
