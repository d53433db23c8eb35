"""Quotes: market views, who holds them (person, institution, role) and their stance."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from tickerwire.model import ArticleRecord
from tickerwire.quotes.find import quotes_for


def build_step() -> Callable[[ArticleRecord], ArticleRecord]:
    """The quotes step: pure, its patterns are compiled at import."""

    def step(record: ArticleRecord) -> ArticleRecord:
        return dataclasses.replace(record, quotes=quotes_for(record))

    return step
