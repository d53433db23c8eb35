"""Build `ArticleRecord`s by hand for story tests: spans are found by phrase, never typed.

Each helper takes the phrases as they appear in the text, so a test reads like the article
it stands for and every span is real.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from tickerwire.model import (
    Article,
    ArticleRecord,
    Catalyst,
    Entity,
    Move,
    Quote,
    Span,
)


def span_of(text: str, phrase: str, start: int = 0) -> Span:
    at = text.index(phrase, start)
    return Span(at, at + len(phrase))


def article(
    title: str,
    paragraphs: list[str],
    *,
    name: str,
    published: datetime | None = None,
    publisher: str | None = None,
) -> Article:
    text = title + "\n\n" + "\n\n".join(paragraphs)
    return Article(
        id=hashlib.sha1(text.encode()).hexdigest()[:16],
        uri=f"/feed/{name}",
        name=name,
        text=text,
        format="text",
        title=title,
        title_span=Span(0, len(title)),
        body_start=len(title) + 2,
        published=published,
        publisher=publisher,
    )


def entity(text: str, entity_id: str, name: str, *aliases: str, kind: str = "security") -> Entity:
    """An entity with a mention at every occurrence of each alias."""
    spans = []
    for alias in aliases or (name,):
        at = text.find(alias)
        while at != -1:
            spans.append(Span(at, at + len(alias)))
            at = text.find(alias, at + 1)
    return Entity(entity_id, kind, name, tuple(sorted(spans)))  # type: ignore[arg-type]


def move(
    text: str,
    subject: str,
    phrase: str,
    value: float,
    *,
    direction: str = "up",
    day: date | None = None,
    window: str | None = None,
    qualifier: str | None = None,
) -> Move:
    return Move(
        subject,
        direction,
        value,
        "%",
        span_of(text, phrase),
        window=window,  # type: ignore[arg-type]
        date=day,
        qualifier=qualifier,
    )  # type: ignore[arg-type]


def catalyst(text: str, subject: str, cause: str, cue: str, *entities: str) -> Catalyst:
    return Catalyst(subject, cause, span_of(text, cause), cue, tuple(entities))


def quote(text: str, phrase: str, speaker: str, organization: str, stance: str) -> Quote:
    return Quote(span_of(text, phrase), stance, speaker, organization)  # type: ignore[arg-type]


def record(art: Article, **fields: object) -> ArticleRecord:
    return ArticleRecord(art, **fields)  # type: ignore[arg-type]
