"""The evaluation view of a record: one JSON object per article, as ../shared/eval/FORMAT.md
defines it. It is a projection of the richer internal record, never the data model."""

from __future__ import annotations

from typing import Any

from tickerwire.model import ArticleRecord, Move

GROUP_PREFIX = "GROUP:"


def subject_value(subject: str) -> str | dict[str, str]:
    if subject.startswith(GROUP_PREFIX):
        return {"group": subject[len(GROUP_PREFIX) :]}
    return subject


def eval_record(record: ArticleRecord) -> dict[str, Any]:
    article = record.article
    return {
        "file": article.name,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "authors": list(article.authors),
        "publisher": article.publisher,
        "securities": [
            e.id for e in record.entities if e.kind == "security" and e.role == "subject"
        ],
        "indices": [e.id for e in record.entities if e.kind == "index"],
        "organizations": [e.name for e in record.entities if e.kind == "organization"],
        "moves": [_move(m, article.text) for m in record.moves],
        "catalysts": [
            {"subject": subject_value(c.subject), "cause": c.cause} for c in record.catalysts
        ],
        "quotes": [
            {"speaker": q.speaker, "organization": q.organization, "stance": q.stance}
            for q in record.quotes
            if q.speaker or q.organization
        ],
    }


def _move(move: Move, text: str) -> dict[str, Any]:
    return {
        "subject": subject_value(move.subject),
        "direction": move.direction,
        "value": move.value,
        "unit": move.unit,
        "qualifier": move.qualifier,
        "date": move.date.isoformat() if move.date else None,
        "price": move.price,
        "currency": move.currency,
        "record": move.record,
        "text": move.evidence.text(text),
    }
