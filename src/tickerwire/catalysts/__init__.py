"""Catalysts: why each reported move happened, as the article says it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from tickerwire.catalysts.find import catalysts_for
from tickerwire.model import ArticleRecord


def build_step() -> Callable[[ArticleRecord], ArticleRecord]:
    """The catalysts step: pure, its lexicons are compiled at import."""

    def step(record: ArticleRecord) -> ArticleRecord:
        return dataclasses.replace(record, catalysts=catalysts_for(record))

    return step
