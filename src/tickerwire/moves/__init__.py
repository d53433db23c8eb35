"""Stage placeholder: returns the record unchanged until the stage lands."""

from __future__ import annotations

from collections.abc import Callable

from tickerwire.model import ArticleRecord


def build_step() -> Callable[[ArticleRecord], ArticleRecord]:
    def step(record: ArticleRecord) -> ArticleRecord:
        return record

    return step
