"""Stories as plain JSON, shared by `tickerwire stories --json` and the JSON API."""

from __future__ import annotations

from tickerwire.model import ArticleRecord, Story
from tickerwire.stories import outlet_of, timeline
from tickerwire.stories.build import short_names


def story_json(story: Story, by_id: dict[str, ArticleRecord]) -> dict[str, object]:
    """A story as plain JSON: its articles with their input file names, and its timeline."""
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
