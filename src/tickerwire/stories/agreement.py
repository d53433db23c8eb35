"""Do two outlets say the same thing? Moves of one subject over one window, compared.

Only like is compared with like: the same subject, kind and unit, the same window ("on the
day" with "on the day", "past month" with "past month") and, for one-day moves, the same
trading day. "5% on the day" and "27% since the launch" are two different facts, never a
contradiction. Each figure is read as the interval its wording allows: "5%" is anything that
rounds to 5, "more than 25%" is 25 upwards, "about 3%" a little either side. Overlapping
intervals differ within rounding; disjoint ones, or opposite directions, contradict.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from tickerwire.model import ArticleRecord, Disagreement, Move

_DAY_WINDOWS = frozenset(
    {"", "day", "the day", "on the day", "session", "today", "intraday", "daily", "1 day"}
)
_REFERENCES = 3  # earlier articles each claim is compared with
_ABOUT = 0.05  # "about 3%" allows 5% of the value either side
_LEADING = re.compile(r"^(?:(?:the|over|in|during)\s+)+")


@dataclass(frozen=True, slots=True)
class _Claim:
    article: str
    outlet: str | None
    index: int
    move: Move
    text: str


def window_key(move: Move) -> str:
    """A comparable name for the move's window; every one-day phrasing becomes ``day``."""
    window = (move.window or "").strip().lower()
    window = _LEADING.sub("", re.sub(r"\s+", " ", window))
    return "day" if window in _DAY_WINDOWS else window


def _decimals(value: float) -> int:
    text = repr(float(value))
    if "e" in text:
        return 6
    return len(text.split(".")[1].rstrip("0")) if "." in text else 0


def interval(move: Move) -> tuple[float, float]:
    """The signed range of values the wording of the move allows."""
    value = abs(move.value)
    half = 0.5 * 10 ** (-_decimals(value))
    qualifier = move.qualifier
    if qualifier in ("more_than", "at_least"):
        low, high = value, math.inf
    elif qualifier == "less_than":
        low, high = 0.0, value
    elif qualifier == "about":
        spread = max(half, value * _ABOUT)
        low, high = value - spread, value + spread
    else:
        low, high = value - half, value + half
    if move.direction == "down":
        return -high, -low
    if move.direction == "flat":
        return -max(half, value), max(half, value)
    return low, high


def _comparable(first: _Claim, second: _Claim) -> bool:
    a, b = first.move, second.move
    if a.subject != b.subject or a.kind != b.kind or a.unit != b.unit:
        return False
    if window_key(a) != window_key(b):
        return False
    # A peak ("as much as") and a close are different measurements of the same day.
    if (a.qualifier == "as_much_as") != (b.qualifier == "as_much_as"):
        return False
    if (a.intraday_time is None) != (b.intraday_time is None) and a.qualifier == "as_much_as":
        return False
    if window_key(a) == "day":
        day_a = a.date or None
        day_b = b.date or None
        if day_a is None or day_b is None:
            return False
        return day_a == day_b
    if a.date is not None and b.date is not None:
        return abs((a.date - b.date).days) <= 3
    return True


def verdict(first: Move, second: Move) -> str:
    """``agree`` when the figures are equal, ``rounding`` when their ranges overlap, else
    ``contradict``."""
    if first.direction != second.direction and "flat" not in (first.direction, second.direction):
        return "contradict"
    if (
        first.direction == second.direction
        and math.isclose(first.value, second.value, abs_tol=1e-9)
        and first.qualifier == second.qualifier
    ):
        return "agree"
    low_a, high_a = interval(first)
    low_b, high_b = interval(second)
    if max(low_a, low_b) <= min(high_a, high_b) + 1e-9:
        return "rounding"
    return "contradict"


def _note(first: _Claim, second: _Claim, outcome: str) -> str:
    window = window_key(first.move)
    when = f"on {first.move.date.isoformat()}" if first.move.date else f"over {window}"
    return (
        f"{outcome}: {first.outlet or first.article} “{first.text}” vs "
        f"{second.outlet or second.article} “{second.text}” ({when})"
    )


def _group_key(claim: _Claim) -> tuple:
    """Claims that could be compared share this key; the finer check is `_comparable`."""
    move = claim.move
    return (move.kind, move.unit, window_key(move), move.qualifier == "as_much_as")


def compare(
    records: Sequence[ArticleRecord], outlets: dict[str, str | None]
) -> tuple[Disagreement, ...]:
    """Comparable moves from different articles of one story, each against a reference.

    Within a group of like claims (one subject, kind, unit and window), every claim is
    compared with the earliest comparable claim of each of up to ``_REFERENCES`` other
    articles, not with every other claim: a story retold by 500 outlets yields a few
    comparisons per article, never 125,000, and any disagreement with the first reports still
    shows.
    """
    groups: dict[tuple, list[_Claim]] = defaultdict(list)
    for record in records:
        article = record.article
        for index, move in enumerate(record.moves):
            claim = _Claim(
                article=article.id,
                outlet=outlets.get(article.id),
                index=index,
                move=move,
                text=move.evidence.text(article.text).strip(),
            )
            groups[(move.subject, *_group_key(claim))].append(claim)
    found: list[Disagreement] = []
    for key in sorted(groups, key=repr):
        references: list[_Claim] = []
        for claim in groups[key]:
            compared: set[str] = set()
            for reference in references:
                if reference.article in compared or reference.article == claim.article:
                    continue
                if not _comparable(reference, claim):
                    continue
                compared.add(reference.article)
                outcome = verdict(reference.move, claim.move)
                found.append(
                    Disagreement(
                        subject=claim.move.subject,
                        verdict=outcome,  # type: ignore[arg-type]
                        first_article=reference.article,
                        first_move=reference.index,
                        second_article=claim.article,
                        second_move=claim.index,
                        note=_note(reference, claim, outcome),
                    )
                )
            if len(references) < _REFERENCES and all(
                r.article != claim.article for r in references
            ):
                references.append(claim)
    return tuple(found)
