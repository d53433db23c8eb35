"""The entities stage: find and resolve every listing, index and organisation an article names.

``build_step()`` loads the security master and compiles the alias automaton once per process;
the returned function fills ``ArticleRecord.entities`` and ``ArticleRecord.mentions``.
``extract_entities(text)`` runs the same on a bare string (tests, the CLI, other tools).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from tickerwire.entities.described import DESCRIPTOR_WORDS, described_organizations
from tickerwire.entities.mentions import MentionFinder
from tickerwire.entities.resolve import WORD_LISTS, Resolver
from tickerwire.model import ArticleRecord, Entity, Mention
from tickerwire.reference.indices import load_indices
from tickerwire.reference.securities import load_master


@lru_cache(maxsize=1)
def _engine() -> tuple[MentionFinder, Resolver]:
    master = load_master()
    # every word list of the stage rides on the alias automaton: one pass per text
    words = {**WORD_LISTS, "descriptor": (DESCRIPTOR_WORDS, True)}
    # The build allocates some hundred thousand objects that all live as long as the process:
    # the cycle collector would only walk them again and again while they are made.
    with _collector_paused():
        return MentionFinder(master, words), Resolver(master, load_indices())


@contextmanager
def _collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def extract_entities(
    text: str, published: dt.date | None = None
) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    """Entities and mentions of ``text``; spans index into ``text``. ``published``, the
    article's date, picks the listings that traded then (companies delisted or renamed since)."""
    finder, resolver = _engine()
    scan = finder.scan(text)
    return resolver.resolve(text, scan.hits, published, scan.words)


def build_step() -> Callable[[ArticleRecord], ArticleRecord]:
    finder, resolver = _engine()

    def step(record: ArticleRecord) -> ArticleRecord:
        text = record.article.text
        scan = finder.scan(text)
        entities, mentions = resolver.resolve(text, scan.hits, record.article.published, scan.words)
        taken = [(m.span.start, m.span.end) for m in mentions]
        extra_entities, extra_mentions = described_organizations(
            text, taken, scan.words["descriptor"]
        )
        return dataclasses.replace(
            record, entities=entities + extra_entities, mentions=mentions + extra_mentions
        )

    return step


__all__ = ["build_step", "extract_entities"]
