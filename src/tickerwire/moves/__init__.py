"""Price moves: every reported change of a security, index or basket, as a checkable claim.

``build_step()`` returns the stage function: it reads the record's entities and mentions
and fills ``ArticleRecord.moves`` and ``ArticleRecord.figures`` (see ``find.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tickerwire.model import ArticleRecord
from tickerwire.moves.find import find_moves
from tickerwire.moves.listings import ShareClasses
from tickerwire.reference.securities import load_master

__all__ = ["build_step", "find_moves"]


def build_step() -> Callable[[ArticleRecord], ArticleRecord]:
    """The moves stage; the grammar is compiled at import, calendars load on first use, the
    security master (shared with the entities stage) tells which preferred lines exist."""
    classes = ShareClasses(load_master().__contains__)

    def step(record: ArticleRecord) -> ArticleRecord:
        moves, figures = find_moves(record.article, record.entities, record.mentions, classes)
        return replace(record, moves=moves, figures=figures)

    return step
