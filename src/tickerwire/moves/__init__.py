"""Price moves: every reported change of a security, index or basket, as a checkable claim.

``build_step()`` returns the stage function: it reads the record's entities and mentions
and fills ``ArticleRecord.moves`` and ``ArticleRecord.figures`` (see ``find.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tickerwire.model import ArticleRecord
from tickerwire.moves.find import find_moves

__all__ = ["build_step", "find_moves"]


def build_step() -> Callable[[ArticleRecord], ArticleRecord]:
    """The moves stage; the grammar is compiled at import, calendars load on first use."""

    def step(record: ArticleRecord) -> ArticleRecord:
        moves, figures = find_moves(record.article, record.entities, record.mentions)
        return replace(record, moves=moves, figures=figures)

    return step
