"""Institutions that hold a view become organisations of the article.

The entities stage knows listed securities, indices and a reviewed list of unlisted names;
a private bank, boutique adviser or research house quoted in an article ("Union Bancaire
Privée", "Asymmetric Advisors", "Berenberg") is in none of them. The quote's attribution is
the evidence that it is an institution, so the quotes step adds it as an ``ORG:`` entity with
every span of its name, unless an entity already covers the name (a listed bank such as
Nomura or Jefferies, or a known organisation under another alias).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from tickerwire.model import Entity, Quote, Span
from tickerwire.quotes import lexicon

# A name that is only a place, a market or a generic word is no institution.
_NOT_INSTITUTIONS = frozenset(
    [
        "wall street",
        "hong kong",
        "new york",
        "london",
        "tokyo",
        "shanghai",
        "shenzhen",
        "beijing",
        "singapore",
        "seoul",
        "mumbai",
        "china",
        "japan",
        "india",
        "korea",
        "europe",
        "asia",
        "the",
        "analysts",
        "investors",
        "traders",
        "market",
        "markets",
    ]
)
_NAME_SHAPE = re.compile(r"[A-Z0-9][\w&.'’-]*(?:\s+(?:&\s+|of\s+|de\s+|du\s+)?[A-Z][\w&.'’-]*)*")


def _spans(text: str, name: str) -> tuple[Span, ...]:
    """Every whole-word occurrence of ``name`` in ``text``."""
    out = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            out.append(Span(at, end))
        at = text.find(name, at + 1)
    return tuple(out)


def _overlaps(spans: Sequence[Span], covered: Sequence[Span]) -> bool:
    return any(s.start < c.end and c.start < s.end for s in spans for c in covered)


def _plausible(name: str) -> bool:
    low = name.lower()
    return (
        _NAME_SHAPE.fullmatch(name) is not None
        and low not in _NOT_INSTITUTIONS
        and low not in lexicon.MEDIA
        and low not in lexicon.LISTED_BRANDS
        and low.split()[0] not in _NOT_INSTITUTIONS
    )


def with_organizations(
    text: str, entities: tuple[Entity, ...], quotes: tuple[Quote, ...]
) -> tuple[tuple[Entity, ...], tuple[Quote, ...]]:
    """Entities with an ``ORG:`` entity per uncovered quoted institution, and the quotes with
    their organisation given its canonical name."""
    if not quotes:
        return entities, quotes  # nothing to add: skip indexing the entities
    covered = [span for e in entities for span in e.mentions]
    by_name = {e.name.lower(): e for e in entities}
    added: dict[str, Entity] = {}
    out: list[Quote] = []
    for quote in quotes:
        name = (quote.organization or "").strip()
        if not name or quote.unnamed:
            out.append(quote)
            continue
        known = by_name.get(name.lower())
        spans = _spans(text, name)
        if known is None and spans:
            known = next(
                (e for e in entities if _overlaps(spans, e.mentions)),
                None,
            )
        if known is not None:
            if known.kind == "organization" and known.name != name:
                quote = dataclasses.replace(quote, organization=known.name)
            out.append(quote)
            continue
        fresh = name.lower() not in added and spans and _plausible(name)
        if fresh and not _overlaps(spans, covered):
            added[name.lower()] = Entity(
                id=f"ORG:{name}", kind="organization", name=name, mentions=spans, role="source"
            )
        if name.lower() in added:
            quote = dataclasses.replace(quote, organization=added[name.lower()].name)
        out.append(quote)
    return entities + tuple(added.values()), tuple(out)
