"""Model values to table columns: one place that knows both the model and the schema."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from tickerwire.model import ArticleRecord, Story, Verification
from tickerwire.serialize import dumps

if TYPE_CHECKING:
    from tickerwire.prices.impact import StoryImpact

Columns = dict[str, list[object]]


def _utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def _add(table: Columns, **values: object) -> None:
    for key, value in values.items():
        table.setdefault(key, []).append(value)


def article_tables(records: Sequence[ArticleRecord]) -> dict[str, Columns]:
    """Columns for every per-article table, for a batch of records."""
    tables: dict[str, Columns] = {}
    for record in records:
        _article(tables.setdefault("articles", {}), record)
        _children(tables, record)
    return tables


def _article(table: Columns, record: ArticleRecord) -> None:
    a = record.article
    _add(
        table,
        id=a.id, uri=a.uri, name=a.name, format=a.format, title=a.title,
        published=_utc(a.published), published_text=a.published_text,
        published_date=a.published.date() if a.published else None,
        updated=_utc(a.updated), authors=list(a.authors), publisher=a.publisher,
        sources=list(a.sources), dateline=a.dateline, url=a.url, language=a.language,
        text=a.text, body_start=a.body_start, warnings=list(a.warnings), record=dumps(record),
    )  # fmt: skip


def _children(tables: dict[str, Columns], record: ArticleRecord) -> None:
    aid, text = record.article.id, record.article.text
    for position, removed in enumerate(record.article.boilerplate):
        _add(tables.setdefault("boilerplate", {}), article_id=aid, position=position,
             label=removed.label, text=removed.text)  # fmt: skip
    for e in record.entities:
        _add(tables.setdefault("entities", {}), article_id=aid, entity_id=e.id, kind=e.kind,
             name=e.name, role=e.role, issuer=e.issuer, exchange=e.exchange, currency=e.currency,
             mention_count=len(e.mentions))  # fmt: skip
    for m in record.mentions:
        _add(tables.setdefault("mentions", {}), article_id=aid, entity_id=m.entity_id, kind=m.kind,
             how=m.how, role=m.role, span_start=m.span.start, span_end=m.span.end,
             text=m.span.text(text))  # fmt: skip
    for index, mv in enumerate(record.moves):
        _add(tables.setdefault("moves", {}), article_id=aid, move_index=index, subject=mv.subject,
             kind=mv.kind, direction=mv.direction, value=mv.value, unit=mv.unit,
             qualifier=mv.qualifier, window=mv.window, trading_day=mv.date, price=mv.price,
             currency=mv.currency, record=mv.record, intraday_time=mv.intraday_time,
             span_start=mv.evidence.start, span_end=mv.evidence.end,
             text=mv.evidence.text(text),
             subject_start=mv.subject_span.start if mv.subject_span else None,
             subject_end=mv.subject_span.end if mv.subject_span else None)  # fmt: skip
    for f in record.figures:
        _add(tables.setdefault("figures", {}), article_id=aid, value=f.value, unit=f.unit,
             measure=f.measure, qualifier=f.qualifier, span_start=f.evidence.start,
             span_end=f.evidence.end, text=f.evidence.text(text))  # fmt: skip
    for c in record.catalysts:
        _add(tables.setdefault("catalysts", {}), article_id=aid, subject=c.subject, cause=c.cause,
             cue=c.cue, entities=list(c.entities), move_index=c.move_index,
             span_start=c.evidence.start, span_end=c.evidence.end)  # fmt: skip
    for q in record.quotes:
        _add(tables.setdefault("quotes", {}), article_id=aid, speaker=q.speaker,
             organization=q.organization, role=q.role, stance=q.stance,
             stance_cues=list(q.stance_cues), about=list(q.about), unnamed=q.unnamed,
             span_start=q.evidence.start, span_end=q.evidence.end,
             text=q.evidence.text(text),
             quoted_start=q.quoted.start if q.quoted else None,
             quoted_end=q.quoted.end if q.quoted else None)  # fmt: skip
    for s in record.sentiment:
        _add(tables.setdefault("sentiment", {}), article_id=aid, entity_id=s.entity_id,
             score=s.score, label=s.label, reasons=list(s.reasons),
             evidence_starts=[sp.start for sp in s.evidence],
             evidence_ends=[sp.end for sp in s.evidence])  # fmt: skip


def story_tables(stories: Iterable[Story]) -> dict[str, Columns]:
    tables: dict[str, Columns] = {}
    for story in stories:
        _add(tables.setdefault("stories", {}), id=story.id, title=story.title,
             entities=list(story.entities), catalysts=list(story.catalysts),
             outlets=list(story.outlets), first_seen=_utc(story.first_seen),
             last_seen=_utc(story.last_seen), record=dumps(story))  # fmt: skip
        for member in story.articles:
            _add(tables.setdefault("story_articles", {}), story_id=story.id,
                 article_id=member.article_id, novelty=member.novelty,
                 duplicate_of=member.duplicate_of)  # fmt: skip
        for d in story.disagreements:
            _add(tables.setdefault("disagreements", {}), story_id=story.id, subject=d.subject,
                 verdict=d.verdict, first_article=d.first_article, first_move=d.first_move,
                 second_article=d.second_article, second_move=d.second_move,
                 note=d.note)  # fmt: skip
    return tables


def verification_table(verifications: Iterable[Verification]) -> Columns:
    table: Columns = {}
    for v in verifications:
        _add(table, article_id=v.article_id, move_index=v.move_index, status=v.status,
             reason=v.reason, observed=v.observed, observed_price=v.observed_price,
             tolerance=v.tolerance, listing=v.listing, start_day=v.start,
             end_day=v.end)  # fmt: skip
    return table


def impact_table(impacts: Iterable[StoryImpact]) -> Columns:
    """One row per event window of a measured listing; one window-less row for a skipped one."""
    table: Columns = {}
    for i in impacts:
        est = i.estimation or (None, None)
        common: dict[str, object] = {
            "story_id": i.story_id, "listing": i.listing, "benchmark": i.benchmark,
            "event_day": i.event_day, "estimation_start": est[0], "estimation_end": est[1],
            "estimation_days": i.estimation_days, "alpha": i.alpha, "beta": i.beta,
            "path_days": [day for day, _ in i.path], "path_ar": [ar for _, ar in i.path],
            "note": i.note,
        }  # fmt: skip
        for w in i.windows or (None,):
            _add(table, **common, window_start=w.start if w else None,
                 window_end=w.end if w else None, car=w.car if w else None,
                 t_stat=w.t if w else None)  # fmt: skip
    return table
