"""`tickerwire stories` and `tickerwire report`: the cross-article views of a database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.table import Table

from tickerwire.cli.output import console, guarded
from tickerwire.model import ArticleRecord, Story
from tickerwire.store import DEFAULT_DB, Store
from tickerwire.stories.views import story_json

DbOption = Annotated[Path, typer.Option(
    "--db", help="DuckDB database file, or a Parquet output folder of `tickerwire spark-job`.",
    show_default=True)]  # fmt: skip


def register(app: typer.Typer) -> None:
    app.command("stories")(stories_command)
    app.command("report")(report_command)


def _stored_stories(store: Store, records: list[ArticleRecord]) -> list[Story]:
    """The stories `analyze` stored; rebuilt from the articles when none were stored yet."""
    stories = store.stories()
    if stories or not records:
        return stories
    from tickerwire.stories import cluster

    return list(cluster(records))


def stories_command(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per story per line, "
                       "with its articles (input file names included).")] = False,
) -> None:  # fmt: skip
    """List the stories: one event told by one or more outlets, with their articles."""
    with guarded(), Store.open(db, read_only=True) as store:
        records = store.records()
        stories = _stored_stories(store, records)
    by_id = {record.article.id: record for record in records}
    if as_json:
        for story in stories:
            typer.echo(orjson.dumps(story_json(story, by_id)).decode())
        return
    table = Table("story", "articles", "outlets", "first seen", "files", show_lines=True)
    for story in stories:
        files = "\n".join(
            f"{by_id[a.article_id].article.name if a.article_id in by_id else a.article_id}"
            f" ({a.novelty})"
            for a in story.articles
        )
        first = story.first_seen.date().isoformat() if story.first_seen else "undated"
        table.add_row(
            story.title, str(len(story.articles)), ", ".join(story.outlets) or "-", first, files
        )
    console.print(table)


def report_command(
    db: DbOption = DEFAULT_DB,
    out: Annotated[Path | None, typer.Option("--out", help="Where to write the HTML report "
                   "[default: beside the database, .html].")] = None,
) -> None:  # fmt: skip
    """Regenerate the self-contained HTML report from a database (no re-analysis)."""
    from tickerwire.report import write_report

    with guarded(), Store.open(db, read_only=True) as store:
        records = store.records()
        stories = _stored_stories(store, records)
        verifications = store.verifications()
        rejections = store.rejections()
        ids = {story.id for story in stories}
        impacts = [i for i in store.impacts() if i.story_id in ids]
    target = out if out is not None else _default_report(db)
    written = write_report(
        target,
        records=records,
        stories=stories,
        verifications=verifications,
        rejections=rejections,
        impacts=impacts,
    )
    console.print(f"report written to {written or target}")


def _default_report(db: Path) -> Path:
    from tickerwire.run import default_report_path

    return default_report_path(db)
