"""Article text with its evidence marked: every extracted value shown where it came from.

Spans of different kinds overlap freely (a quote holds a move, a move names an entity), so the
text is cut at every span boundary in one sweep and each piece is wrapped once with the classes
of all spans covering it. That keeps the HTML flat (no broken nesting) and the work
``O(n log n)`` in the number of spans.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from tickerwire.model import ArticleRecord, Move, Verification
from tickerwire.stories.build import name_of

KINDS = ("entity", "move", "catalyst", "quote")


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # one of KINDS
    label: str  # what the highlight is, shown on hover


def amount(value: float) -> str:
    """A figure as a reader writes it: 589 bn rather than 5.89e+11."""
    for size, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " mn")):
        if abs(value) >= size:
            return f"{value / size:,.3g}{suffix}"
    return f"{value:,.6g}"


def describe_change(
    move: Move, verification: Verification | None = None, *, with_day: bool = True
) -> str:
    """One line for what a move says, without its subject: size, window, day, price, check."""
    sign = {"up": "+", "down": "−", "flat": "±"}[move.direction]
    unit = move.unit if move.unit in ("%", "pp", "bp") else f" {move.unit}"
    parts = [f"{sign}{amount(move.value)}{unit}"]
    if move.qualifier:
        parts.append(move.qualifier.replace("_", " "))
    if move.kind != "price":
        parts.append(move.kind.replace("_", " "))
    if move.window:
        parts.append(f"window: {move.window}")
    if move.date and with_day:
        parts.append(f"day: {move.date.isoformat()}")
    if move.price is not None:
        parts.append(f"price: {move.currency or ''} {move.price:g}".replace("  ", " "))
    if move.record:
        parts.append(f"record {move.record}")
    if move.intraday_time:
        parts.append(f"as of {move.intraday_time}")
    if verification is not None:
        parts.append(f"check: {verification.status} ({verification.reason})")
    return " · ".join(parts)


def describe_move(move: Move, verification: Verification | None = None) -> str:
    """One line for a move, subject first."""
    return f"{move.subject} {describe_change(move, verification)}"


def marks_of(
    record: ArticleRecord,
    names: dict[str, str],
    verifications: Mapping[tuple[str, int], Verification],
) -> list[Mark]:
    """Every span the stages found in this article, labelled for a reader."""
    article = record.article
    marks: list[Mark] = []
    if record.mentions:
        for mention in record.mentions:
            name = name_of(mention.entity_id, names)
            label = f"Entity: {name} ({mention.entity_id}, {mention.kind}, by {mention.how})"
            marks.append(Mark(mention.span.start, mention.span.end, "entity", label))
    else:
        for entity in record.entities:
            label = f"Entity: {entity.name} ({entity.id}, {entity.kind})"
            marks.extend(Mark(s.start, s.end, "entity", label) for s in entity.mentions)
    for index, move in enumerate(record.moves):
        check = verifications.get((article.id, index))
        label = "Move: " + describe_move(move, check)
        marks.append(Mark(move.evidence.start, move.evidence.end, "move", label))
    for catalyst in record.catalysts:
        label = f"Catalyst for {name_of(catalyst.subject, names)} (cue: {catalyst.cue})"
        marks.append(Mark(catalyst.evidence.start, catalyst.evidence.end, "catalyst", label))
    for quote in record.quotes:
        who = quote.speaker or ("unnamed" if quote.unnamed else "unknown speaker")
        if quote.organization:
            who += f", {quote.organization}"
        label = f"Quote: {who} — {quote.stance}"
        marks.append(Mark(quote.evidence.start, quote.evidence.end, "quote", label))
    size = len(article.text)
    return [m for m in marks if 0 <= m.start < m.end <= size]


def highlight(text: str, marks: list[Mark]) -> Markup:
    """``text`` as HTML with each marked piece wrapped in ``<mark class="hl ...">``."""
    if not marks:
        return escape(text)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for number, mark in enumerate(marks):
        starting.setdefault(mark.start, []).append(number)
        ending.setdefault(mark.end, []).append(number)
    active: set[int] = set()
    pieces: list[str] = []
    for left, right in pairwise(cuts):
        active.difference_update(ending.get(left, ()))
        active.update(starting.get(left, ()))
        chunk = str(escape(text[left:right]))
        if not active:
            pieces.append(chunk)
            continue
        covering = sorted(active)
        kinds = sorted({marks[n].kind for n in covering}, key=KINDS.index)
        labels = "\n".join(dict.fromkeys(marks[n].label for n in covering))
        classes = " ".join(f"hl-{kind}" for kind in kinds)
        pieces.append(
            f'<mark class="hl {classes}" data-kinds="{" ".join(kinds)}" '
            f'title="{escape(labels)}">{chunk}</mark>'
        )
    return Markup("".join(pieces))
