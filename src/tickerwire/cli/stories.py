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

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.", show_default=True)]


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


def story_json(story: Story, by_id: dict[str, ArticleRecord]) -> dict[str, object]:
    """A story as plain JSON: its articles with their input file names, and its timeline."""
    from tickerwire.stories import outlet_of, timeline
    from tickerwire.stories.build import short_names

    members = [by_id[a.article_id] for a in story.articles if a.article_id in by_id]
    outlets = {r.article.id: outlet_of(r) for r in members}
    articles = []
    for item in story.articles:
        record = by_id.get(item.article_id)
        article = record.article if record else None
        articles.append(
            {
                "id": item.article_id,
                "file": article.name if article else None,
                "uri": article.uri if article else None,
                "title": article.title if article else None,
                "outlet": outlets.get(item.article_id),
                "published": article.published.isoformat()
                if article and article.published
                else None,
                "novelty": item.novelty,
                "duplicate_of": item.duplicate_of,
            }
        )
    return {
        "id": story.id,
        "title": story.title,
        "first_seen": story.first_seen.isoformat() if story.first_seen else None,
        "last_seen": story.last_seen.isoformat() if story.last_seen else None,
        "outlets": list(story.outlets),
        "entities": list(story.entities),
        "catalysts": list(story.catalysts),
        "articles": articles,
        "timeline": [
            {
                "day": entry.day.isoformat() if entry.day else None,
                "subject": entry.subject,
                "direction": entry.move.direction,
                "value": entry.move.value,
                "unit": entry.move.unit,
                "window": entry.move.window,
                "article": entry.article_id,
                "move_index": entry.move_index,
                "outlet": entry.outlet,
                "text": entry.text,
            }
            for entry in timeline(members, outlets, short_names(members))
        ],
        "disagreements": [
            {
                "subject": d.subject,
                "verdict": d.verdict,
                "first_article": d.first_article,
                "first_move": d.first_move,
                "second_article": d.second_article,
                "second_move": d.second_move,
                "note": d.note,
            }
            for d in story.disagreements
        ],
    }


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
