"""Render the report: everything a reader needs, in one HTML file that works offline.

The page is built from plain view objects (below) and one Jinja template; CSS, script and the
SVG chart are inlined. Work is linear in the number of articles and spans: lookups are dicts
built once, and each article's highlighted text is produced in a single sweep.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from tickerwire.model import Article, ArticleRecord, Disagreement, Rejection, Story, Verification
from tickerwire.prices.impact import StoryImpact
from tickerwire.report import chart
from tickerwire.report.highlight import describe_change, highlight, marks_of
from tickerwire.report.impact import ImpactView, impact_views
from tickerwire.stories import outlet_of, timeline
from tickerwire.stories.agreement import window_key
from tickerwire.stories.build import name_of, short_names

TIMELINE_LIMIT = 40  # rows per story timeline before "and N more"


@dataclass
class ArticleView:
    id: str
    anchor: str
    name: str
    uri: str
    title: str
    outlet: str | None
    published: str | None
    story_anchor: str | None
    story_title: str | None
    novelty: str | None
    duplicate_of: str | None
    html: Markup
    entities: list[dict]
    moves: list[dict]
    catalysts: list[dict]
    quotes: list[dict]
    search: str
    warnings: tuple[str, ...]


@dataclass
class StoryView:
    id: str
    anchor: str
    title: str
    outlets: tuple[str, ...]
    span: str
    entities: list[str]
    catalysts: tuple[str, ...]
    articles: list[dict]
    timeline: list[dict]
    more_timeline: int
    disagreements: list[dict]
    search: str
    size: int
    verdicts: Counter = field(default_factory=Counter)
    impact: ImpactView = field(default_factory=ImpactView)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("tickerwire.report", "templates"),
        autoescape=select_autoescape(("html", "j2")),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _when(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (
        moment.strftime("%Y-%m-%d %H:%M")
        if (moment.hour or moment.minute)
        else (moment.strftime("%Y-%m-%d"))
    )


def headline(article: Article) -> str:
    """The title, or for an untitled article the opening words of its text."""
    if article.title:
        return article.title
    opening = " ".join(article.text[:160].split())
    if not opening:
        return article.name
    return opening if len(opening) < 100 else opening[:97].rsplit(" ", 1)[0].rstrip(".,;:") + "…"


def _anchor(prefix: str, key: str) -> str:
    return prefix + "".join(ch if ch.isalnum() else "-" for ch in key)[:60]


def _verdict_view(
    item: Disagreement, by_id: dict[str, ArticleRecord], outlets: dict, names: dict
) -> dict:
    def side(article_id: str, index: int) -> dict:
        record = by_id.get(article_id)
        if record is None or index >= len(record.moves):
            return {"anchor": _anchor("a-", article_id), "outlet": article_id, "text": "?"}
        move = record.moves[index]
        return {
            "anchor": _anchor("a-", article_id),
            "outlet": outlets.get(article_id) or record.article.name,
            "text": " ".join(move.evidence.text(record.article.text).split()),
        }

    return {
        "verdict": item.verdict,
        "subject": name_of(item.subject, names),
        "first": side(item.first_article, item.first_move),
        "second": side(item.second_article, item.second_move),
        "note": item.note,
    }


def _check(verification: Verification | None) -> dict | None:
    if verification is None:
        return None
    return {"status": verification.status, "reason": verification.reason}


def _story_views(
    stories: Sequence[Story],
    by_id: dict[str, ArticleRecord],
    outlets: dict,
    names: dict,
    checks: dict[tuple[str, int], Verification],
    impacts: dict[str, ImpactView],
) -> list[StoryView]:
    views = []
    for story in stories:
        members = [by_id[a.article_id] for a in story.articles if a.article_id in by_id]
        entries = timeline(members, outlets, names)
        articles = []
        seen: set[str] = set()
        for item in story.articles:
            record = by_id.get(item.article_id)
            article = record.article if record else None
            adds = _adds(record, seen, names) if record and item.novelty != "duplicate" else []
            articles.append(
                {
                    "anchor": _anchor("a-", item.article_id),
                    "title": headline(article) if article else item.article_id,
                    "name": article.name if article else "",
                    "outlet": outlets.get(item.article_id),
                    "published": _when(article.published) if article else None,
                    "novelty": item.novelty,
                    "duplicate_of": _anchor("a-", item.duplicate_of) if item.duplicate_of else None,
                    "adds": adds,
                }
            )
        verdicts = Counter(d.verdict for d in story.disagreements)
        entity_names = [name_of(e, names) for e in story.entities]
        views.append(
            StoryView(
                id=story.id,
                anchor=_anchor("s-", story.id),
                title=story.title,
                outlets=story.outlets,
                span=_span_text(story),
                entities=entity_names,
                catalysts=story.catalysts,
                articles=articles,
                timeline=[
                    {
                        "day": e.day.isoformat() if e.day else "no date",
                        "subject": e.subject_name,
                        "move": describe_change(e.move, with_day=False),
                        "outlet": e.outlet or "",
                        "text": " ".join(e.text.split()),
                        "anchor": _anchor("a-", e.article_id),
                        "check": _check(checks.get((e.article_id, e.move_index))),
                    }
                    for e in entries[:TIMELINE_LIMIT]
                ],
                more_timeline=max(0, len(entries) - TIMELINE_LIMIT),
                disagreements=[
                    _verdict_view(d, by_id, outlets, names)
                    for d in sorted(
                        story.disagreements,
                        key=lambda d: ("contradict", "rounding", "agree").index(d.verdict),
                    )
                ],
                search=" ".join([story.title, *story.outlets, *entity_names]).lower(),
                size=len(story.articles),
                verdicts=verdicts,
                impact=impacts.get(story.id) or ImpactView(),
            )
        )
    views.sort(key=lambda v: -v.size)  # stable: keeps the earliest-first order within a size
    return views


def _adds(record: ArticleRecord, seen: set[str], names: dict, limit: int = 5) -> list[str]:
    """What this article reports that the story's earlier articles did not: new moves first
    (subject and size), then newly named entities. Updates ``seen``."""
    added: list[str] = []
    for move in record.moves:
        key = f"move:{move.subject}:{window_key(move)}"
        if key not in seen:
            seen.add(key)
            added.append(f"{name_of(move.subject, names)} {describe_change(move, with_day=False)}")
    for entity in record.entities:
        key = f"entity:{entity.id}"
        if key not in seen:
            seen.add(key)
            if entity.role == "subject" and f"move:{entity.id}:day" not in seen:
                added.append(name_of(entity.id, names))
    shown = [a.split(" · ")[0] for a in added[:limit]]
    if len(added) > limit:
        shown.append(f"+{len(added) - limit} more")
    return shown


def _span_text(story: Story) -> str:
    first, last = _when(story.first_seen), _when(story.last_seen)
    if not first:
        return "undated"
    return first if first == last or not last else f"{first} → {last}"


def _article_views(
    records: Sequence[ArticleRecord],
    stories: Sequence[Story],
    verifications: dict[tuple[str, int], Verification],
    outlets: dict,
    names: dict,
) -> list[ArticleView]:
    placed: dict[str, tuple[Story, str, str | None]] = {}
    rank: dict[str, tuple[int, int]] = {}
    for story_rank, story in enumerate(stories):
        for position, item in enumerate(story.articles):
            placed[item.article_id] = (story, item.novelty, item.duplicate_of)
            rank[item.article_id] = (story_rank, position)
    # Articles of one story sit together, in the order the stories are shown.
    ordered = sorted(
        enumerate(records),
        key=lambda pair: (rank.get(pair[1].article.id, (len(stories), 0)), pair[0]),
    )
    views = []
    for _, record in ordered:
        article = record.article
        story, novelty, duplicate_of = placed.get(article.id, (None, None, None))
        entity_rows = [
            {"name": e.name, "id": e.id, "kind": e.kind, "role": e.role, "count": len(e.mentions)}
            for e in record.entities
        ]
        move_rows = []
        for index, move in enumerate(record.moves):
            check = verifications.get((article.id, index))
            move_rows.append(
                {
                    "subject": name_of(move.subject, names),
                    "id": move.subject,
                    "what": describe_change(move),
                    "text": " ".join(move.evidence.text(article.text).split()),
                    "status": check.status if check else None,
                    "reason": check.reason if check else None,
                }
            )
        catalyst_rows = [
            {"subject": name_of(c.subject, names), "cause": c.cause, "cue": c.cue}
            for c in record.catalysts
        ]
        quote_rows = [
            {
                "speaker": q.speaker or ("analysts (unnamed)" if q.unnamed else "—"),
                "organization": q.organization or "",
                "stance": q.stance,
                "text": " ".join(q.evidence.text(article.text).split()),
            }
            for q in record.quotes
        ]
        title = headline(article)
        views.append(
            ArticleView(
                id=article.id,
                anchor=_anchor("a-", article.id),
                name=article.name,
                uri=article.uri,
                title=title,
                outlet=outlets.get(article.id),
                published=_when(article.published),
                story_anchor=_anchor("s-", story.id) if story else None,
                story_title=story.title if story else None,
                novelty=novelty,
                duplicate_of=_anchor("a-", duplicate_of) if duplicate_of else None,
                html=highlight(article.text, marks_of(record, names, verifications)),
                entities=entity_rows,
                moves=move_rows,
                catalysts=catalyst_rows,
                quotes=quote_rows,
                search=" ".join(
                    [title, article.name, outlets.get(article.id) or ""]
                    + [e.name for e in record.entities]
                ).lower(),
                warnings=article.warnings,
            )
        )
    return views


def render_report(
    *,
    records: Sequence[ArticleRecord],
    stories: Sequence[Story],
    verifications: Sequence[Verification],
    rejections: Sequence[Rejection],
    impacts: Sequence[StoryImpact] = (),
    generated: datetime | None = None,
) -> str:
    """The whole report as one HTML string.

    ``impacts`` are the event studies of `tickerwire.prices.story_impacts`; without them
    each story says how to measure its impact.
    """
    by_id = {record.article.id: record for record in records}
    outlets = {record.article.id: outlet_of(record) for record in records}
    names = short_names(records)
    checks = {(v.article_id, v.move_index): v for v in verifications}
    measured = bool(impacts) or bool(verifications)
    story_impacts = impact_views(stories, impacts, names, measured)
    story_views = _story_views(stories, by_id, outlets, names, checks, story_impacts)
    shown = {view.id: index for index, view in enumerate(story_views)}
    in_order = sorted(stories, key=lambda story: shown[story.id])
    article_views = _article_views(records, in_order, checks, outlets, names)
    points = chart.points(records, outlets)
    statuses = Counter(v.status for v in verifications)
    summary = {
        "articles": len(records),
        "stories": len(stories),
        "multi": sum(1 for s in stories if len(s.articles) > 1),
        "outlets": len({o for o in outlets.values() if o}),
        "moves": sum(len(r.moves) for r in records),
        "confirmed": statuses.get("confirmed", 0),
        "contradicted": statuses.get("contradicted", 0),
        "unknown": statuses.get("unknown", 0),
        "checked": len(verifications),
        "rejections": len(rejections),
        "impacts": sum(1 for i in impacts if i.measured),
        "significant": sum(v.impact.significant for v in story_views),
        "contradictions": sum(v.verdicts.get("contradict", 0) for v in story_views),
    }
    template = _environment().get_template("report.html.j2")
    return template.render(
        summary=summary,
        stories=story_views,
        articles=article_views,
        chart=chart.render(points, names),
        chart_points=len(points),
        rejections=rejections,
        generated=(generated or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC"),
    )


def write_report(
    path: Path,
    *,
    records: Sequence[ArticleRecord],
    stories: Sequence[Story],
    verifications: Sequence[Verification],
    rejections: Sequence[Rejection],
    impacts: Sequence[StoryImpact] = (),
) -> Path | None:
    """Write the report to ``path`` (atomically: a reader never sees half a file)."""
    html = render_report(
        records=records,
        stories=stories,
        verifications=verifications,
        rejections=rejections,
        impacts=impacts,
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # A temporary name beside the target (same file system, so the rename is atomic),
    # opened normally so the report gets the user's usual permissions.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(html, encoding="utf-8")
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path
