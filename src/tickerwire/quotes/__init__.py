"""Quotes: market views, who holds them (person, institution, role) and their stance."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from tickerwire.model import ArticleRecord
from tickerwire.quotes.find import quotes_for
from tickerwire.quotes.organizations import with_organizations


def build_step() -> Callable[[ArticleRecord], ArticleRecord]:
    """The quotes step: pure, its patterns are compiled at import.

    Quotes run after entities, so an institution that holds a view but is in no reference
    list (a private bank, a boutique adviser) is added here as an organisation.
    """

    def step(record: ArticleRecord) -> ArticleRecord:
        entities, quotes = with_organizations(
            record.article.text, record.entities, quotes_for(record)
        )
        return dataclasses.replace(record, entities=entities, quotes=quotes)

    return step
