"""The chart of reported moves: one row per security, one column per trading day.

Drawn as inline SVG in Python so the report needs no script library and no network. Each cell
is coloured by the average reported one-day change (green up, red down, deeper for larger
moves) and carries a tooltip listing every report behind it. Multi-day moves ("43% in the
past month") are not one day's change and stay out of the grid; the story timelines list them.
Rows and columns are capped so the chart stays readable for thousands of articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

from tickerwire.model import ArticleRecord
from tickerwire.stories.agreement import window_key
from tickerwire.stories.build import name_of

MAX_ROWS = 25
MAX_COLUMNS = 30
_LABEL_WIDTH = 190
_CELL_W = 74
_CELL_H = 30
_HEADER = 46
_SATURATE = 10.0  # a 10% move gets the deepest colour


@dataclass(frozen=True, slots=True)
class Point:
    subject: str
    day: date | None
    value: float  # signed percent
    label: str  # "Investing.com: jumped 5% to HK$46.95"
    article_id: str


def points(records: Sequence[ArticleRecord], outlets: Mapping[str, str | None]) -> list[Point]:
    """One point per one-day percentage price move."""
    found = []
    for record in records:
        article = record.article
        published = article.published.date() if article.published else None
        for move in record.moves:
            if move.unit != "%" or move.kind != "price" or window_key(move) != "day":
                continue
            sign = -1.0 if move.direction == "down" else 1.0
            value = 0.0 if move.direction == "flat" else sign * move.value
            text = " ".join(move.evidence.text(article.text).split())
            outlet = outlets.get(article.id) or article.name
            qualifier = f" ({move.qualifier.replace('_', ' ')})" if move.qualifier else ""
            found.append(
                Point(
                    move.subject,
                    move.date or published,
                    value,
                    f"{outlet}: “{text}”{qualifier}",
                    article.id,
                )
            )
    return found


def _colour(value: float) -> str:
    strength = min(1.0, abs(value) / _SATURATE)
    if value >= 0:
        base, deep = (236, 247, 239), (26, 127, 55)
    else:
        base, deep = (252, 235, 235), (200, 36, 36)
    red, green, blue = (round(b + (d - b) * strength) for b, d in zip(base, deep, strict=True))
    return f"rgb({red},{green},{blue})"


def _text_colour(value: float) -> str:
    return "#ffffff" if abs(value) / _SATURATE > 0.55 else "#1f2328"


def _cell_label(values: list[float]) -> str:
    """One value as ``+5.0%``; several that differ as their range, so disagreement shows."""
    low, high = min(values), max(values)
    if high - low < 0.05:
        return f"{low:+.1f}%" + (f" ×{len(values)}" if len(values) > 1 else "")
    return f"{low:+.3g}…{high:+.3g}%"


def _row_labels(rows: Sequence[str], names: dict[str, str]) -> dict[str, str]:
    """Row names, with the market added where two listings share one ("SMIC · XSHG")."""
    plain = {subject: name_of(subject, names) for subject in rows}
    seen: dict[str, int] = defaultdict(int)
    for name in plain.values():
        seen[name] += 1
    return {
        subject: f"{name} · {subject.split(':', 1)[0]}" if seen[name] > 1 else name
        for subject, name in plain.items()
    }


def render(found: Sequence[Point], names: dict[str, str]) -> Markup:
    """The SVG, or an empty-state note when no one-day move was reported."""
    if not found:
        return Markup('<p class="empty">No one-day percentage moves were reported.</p>')
    cells: dict[tuple[str, date | None], list[Point]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    for point in found:
        cells[(point.subject, point.day)].append(point)
        counts[point.subject] += 1
    rows = sorted(counts, key=lambda s: (-counts[s], name_of(s, names)))[:MAX_ROWS]
    days = sorted({p.day for p in found if p.day is not None})[-MAX_COLUMNS:]
    columns: list[date | None] = list(days)
    if any(p.day is None for p in found if p.subject in rows):
        columns.append(None)
    width = _LABEL_WIDTH + _CELL_W * len(columns) + 10
    height = _HEADER + _CELL_H * len(rows) + 10
    out = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        'aria-label="Reported one-day moves per security and day">'
    ]
    for column, day in enumerate(columns):
        x = _LABEL_WIDTH + column * _CELL_W + _CELL_W / 2
        top = "no date" if day is None else day.strftime("%a")
        bottom = "" if day is None else day.strftime("%d %b %Y")
        out.append(f'<text class="col" x="{x}" y="18" text-anchor="middle">{top}</text>')
        out.append(f'<text class="col sub" x="{x}" y="34" text-anchor="middle">{bottom}</text>')
    labels = _row_labels(rows, names)
    for row, subject in enumerate(rows):
        y = _HEADER + row * _CELL_H
        name = labels[subject]
        short = name if len(name) <= 24 else name[:23] + "…"
        out.append(
            f'<text class="row" x="{_LABEL_WIDTH - 10}" y="{y + _CELL_H / 2 + 4}" '
            f'text-anchor="end"><title>{escape(name)} ({escape(subject)})</title>'
            f"{escape(short)}</text>"
        )
        for column, day in enumerate(columns):
            x = _LABEL_WIDTH + column * _CELL_W
            reports = cells.get((subject, day))
            if not reports:
                out.append(
                    f'<rect class="blank" x="{x + 2}" y="{y + 2}" width="{_CELL_W - 4}" '
                    f'height="{_CELL_H - 4}" rx="4"/>'
                )
                continue
            mean = sum(p.value for p in reports) / len(reports)
            tip = "\n".join(
                [f"{name} — {'no date' if day is None else day.isoformat()}"]
                + [p.label for p in reports]
            )
            label = _cell_label([p.value for p in reports])
            out.append(
                f'<g class="cell" data-subject="{escape(subject)}">'
                f"<title>{escape(tip)}</title>"
                f'<rect x="{x + 2}" y="{y + 2}" width="{_CELL_W - 4}" height="{_CELL_H - 4}" '
                f'rx="4" fill="{_colour(mean)}"/>'
                f'<text x="{x + _CELL_W / 2}" y="{y + _CELL_H / 2 + 4}" text-anchor="middle" '
                f'fill="{_text_colour(mean)}">{label}</text></g>'
            )
    out.append("</svg>")
    return Markup("".join(out))
