"""Sentiment: per entity per article, a score in [-1, 1] with the evidence behind it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from tickerwire.model import ArticleRecord
from tickerwire.sentiment.score import entity_sentiment


def build_step() -> Callable[[ArticleRecord], ArticleRecord]:
    """The sentiment step: pure; runs after moves, catalysts and quotes so it can use them."""

    def step(record: ArticleRecord) -> ArticleRecord:
        article = record.article
        sentiment = entity_sentiment(
            article.text,
            article.body_start,
            record.mentions,
            record.entities,
            record.moves,
            record.quotes,
            record.catalysts,
        )
        return dataclasses.replace(record, sentiment=sentiment)

    return step
