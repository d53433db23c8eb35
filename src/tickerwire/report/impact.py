"""The "Impact" block of each story: a CAR table and an inline SVG of the CAR paths.

Drawn in Python as SVG (no script library, no network), like the moves chart. The table
shows every listing of the story; the chart draws at most `MAX_LINES` of them (the largest
moves over the widest window first) plus their mean, so a story naming twenty stocks stays
readable. Significance marks use the two-sided normal quantiles of the t-statistic.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from tickerwire.prices.impact import NOT_SECURITIES, StoryImpact
from tickerwire.stories.build import name_of

MAX_LINES = 8
MAX_ROWS = 20
# Colour-blind-safe palette (Okabe-Ito, darkened for white backgrounds).
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8c6d1f", "#6a3d9a")
_W, _H = 440, 250
_LEFT, _RIGHT, _TOP, _BOTTOM = 52, 14, 14, 34
NO_PRICES = "run analyze with --prices DIR to check moves and measure impact"


@dataclass
class ImpactView:
    """What the template needs for one story's impact block."""

    windows: list[str] = field(default_factory=list)  # column headings, "0…+5"
    rows: list[dict] = field(default_factory=list)
    more: int = 0
    skipped: list[dict] = field(default_factory=list)
    chart: Markup | None = None
    empty: str | None = None  # why there is nothing to show
    notes: list[str] = field(default_factory=list)
    significant: int = 0
    day0: str | None = None  # when every listing shares day 0, shown once
    mean: list[dict] = field(default_factory=list)  # mean CAR per window, cross-sectional t


def stars(t: float | None) -> str:
    """``***`` for |t| ≥ 2.58 (1%), ``**`` ≥ 1.96 (5%), ``*`` ≥ 1.65 (10%), two-sided."""
    if t is None:
        return ""
    a = abs(t)
    return "***" if a >= 2.576 else "**" if a >= 1.96 else "*" if a >= 1.645 else ""


def window_label(start: int, end: int) -> str:
    def day(n: int) -> str:
        return f"{n:+d}".replace("-", "−") if n else "0"

    return f"day {day(start)}" if start == end else f"{day(start)}…{day(end)}"


def _pct(value: float | None) -> str:
    if value is None:
        return "—"
    if abs(value) < 0.0005:  # no "−0.0%"
        return "0.0%"
    return f"{value * 100:+.1f}%".replace("-", "−")


def impact_views(
    stories: Sequence, impacts: Sequence[StoryImpact], names: dict[str, str], measured: bool
) -> dict[str, ImpactView]:
    """One view per story id. ``measured`` says whether any price data was given at all."""
    by_story: dict[str, list[StoryImpact]] = {}
    for impact in impacts:
        by_story.setdefault(impact.story_id, []).append(impact)
    return {s.id: _view(s, by_story.get(s.id, []), names, measured) for s in stories}


def _view(story, impacts: list[StoryImpact], names: dict[str, str], measured: bool) -> ImpactView:
    view = ImpactView()
    listed = [e for e in story.entities if e.split(":", 1)[0] not in NOT_SECURITIES]
    if not impacts:
        view.empty = (
            "No listed security in this story to measure."
            if not listed
            else "Not measured: " + (NO_PRICES if not measured else "no result stored") + "."
        )
        return view
    done = [i for i in impacts if i.measured]
    view.skipped = [
        {"name": name_of(i.listing, names), "id": i.listing, "reason": i.note}
        for i in impacts
        if not i.measured
    ]
    if not done:
        view.empty = "No listing of this story could be measured."
        return view
    spans = [(w.start, w.end) for w in done[0].windows]
    view.windows = [window_label(a, b) for a, b in spans]
    widest = len(spans) - 1
    ranked = sorted(done, key=lambda i: -abs(i.windows[widest].car or 0.0))
    for index, impact in enumerate(ranked[:MAX_ROWS]):
        cells = [_cell(w.car, w.t) for w in impact.windows]
        est = impact.estimation
        view.significant += abs(impact.windows[widest].t or 0.0) >= 1.96
        view.rows.append(
            {
                "name": name_of(impact.listing, names),
                "id": impact.listing,
                "benchmark": (impact.benchmark or "—").removeprefix("INDEX:"),
                "benchmark_name": name_of(impact.benchmark or "", names),
                "day": impact.event_day.isoformat() if impact.event_day else "—",
                "beta": "—" if impact.beta is None else f"{impact.beta:.2f}",
                "estimation": f"{est[0]}…{est[1]}".replace("-", "−") if est else "—",
                "estimation_days": impact.estimation_days,
                "note": impact.note,
                "cells": cells,
                "colour": PALETTE[index] if index < MAX_LINES else None,
            }
        )
    view.more = max(0, len(ranked) - MAX_ROWS)
    days = {i.event_day for i in done}
    view.day0 = next(iter(days)).isoformat() if len(days) == 1 and None not in days else None
    if len(done) > 1:
        view.mean = [_mean_cell([i.windows[k] for i in done]) for k in range(len(spans))]
    view.notes = sorted({_short_note(i.note) for i in done if i.note})
    view.chart = chart(ranked[:MAX_LINES], names)
    return view


def _cell(car: float | None, t: float | None) -> dict:
    return {
        "car": _pct(car),
        "t": "—" if t is None else f"t {t:+.2f}".replace("-", "−"),
        "stars": stars(t),
        "sign": "" if car is None else ("up" if car >= 0 else "down"),
    }


def _mean_cell(windows: list) -> dict:
    """Mean CAR over the listings, t from the cross-section (robust to event variance)."""
    cars = [w.car for w in windows if w.car is not None]
    if not cars:
        return _cell(None, None)
    mean = sum(cars) / len(cars)
    t = None
    if len(cars) > 1:
        sd = math.sqrt(sum((c - mean) ** 2 for c in cars) / (len(cars) - 1))
        t = mean / (sd / math.sqrt(len(cars))) if sd > 0 else None
    return _cell(mean, t)


def _short_note(note: str) -> str:
    """The estimation-window note without the listing, so identical ones merge."""
    if note.startswith("estimation window"):
        head, _, tail = note.partition(": the data for ")
        _, _, start = tail.partition(" start ")
        head = head.replace(",", "…", 1).replace("-", "−").replace("(", "").replace(")", "")
        return f"{head} where the data start {start.split(',')[0]}" if start else head
    return note


def chart(impacts: Sequence[StoryImpact], names: dict[str, str]) -> Markup | None:
    """CAR paths (cumulated from the first day drawn) per listing, with their mean."""
    paths = [(i, i.cumulative()) for i in impacts if i.path]
    if not paths:
        return None
    days = sorted({d for _, p in paths for d, _ in p})
    lo_day, hi_day = days[0], days[-1]
    values = [v for _, p in paths for _, v in p] + [0.0]
    top, bottom = _nice_range(min(values), max(values))
    plot_w, plot_h = _W - _LEFT - _RIGHT, _H - _TOP - _BOTTOM

    def x(day: int) -> float:
        span = max(hi_day - lo_day, 1)
        return round(_LEFT + (day - lo_day) / span * plot_w, 1)

    def y(value: float) -> float:
        return round(_TOP + (top - value) / (top - bottom) * plot_h, 1)

    out = [
        f'<svg class="impact-chart" xmlns="http://www.w3.org/2000/svg" width="{_W}" '
        f'height="{_H}" viewBox="0 0 {_W} {_H}" role="img" '
        'aria-label="Cumulative abnormal return per listing around day 0">'
    ]
    step = _tick_step(top - bottom)
    tick = bottom
    while tick <= top + 1e-9:
        ty = y(tick)
        cls = "zero" if abs(tick) < 1e-9 else "grid"
        out.append(f'<line class="{cls}" x1="{_LEFT}" x2="{_W - _RIGHT}" y1="{ty}" y2="{ty}"/>')
        label = f"{tick * 100:+.0f}%".replace("-", "−") if abs(tick) > 1e-9 else "0"
        out.append(
            f'<text class="axis" x="{_LEFT - 6}" y="{ty + 4}" text-anchor="end">{label}</text>'
        )
        tick = round(tick + step, 10)
    if lo_day <= 0 <= hi_day:
        out.append(
            f'<line class="day0" x1="{x(0)}" x2="{x(0)}" y1="{_TOP}" y2="{_TOP + plot_h}"/>'
            f'<text class="axis day0" x="{x(0) + 4}" y="{_TOP + 11}">day 0</text>'
        )
    for day in days:
        if day % 5 == 0 or day in (lo_day, hi_day):
            out.append(
                f'<text class="axis" x="{x(day)}" y="{_TOP + plot_h + 16}" '
                f'text-anchor="middle">{day:+d}</text>'.replace("+0<", "0<")
            )
    out.append(
        f'<text class="axis" x="{_LEFT + plot_w / 2}" y="{_H - 3}" text-anchor="middle">'
        "sessions from day 0</text>"
    )
    if len(paths) > 1:
        mean = _mean_path([p for _, p in paths])
        points = " ".join(f"{x(d)},{y(v)}" for d, v in mean)
        tip = "mean of the listings drawn\n" + "\n".join(
            f"day {d:+d}: {_pct(v)}" for d, v in mean if d in (-1, 0, 1, 5, hi_day)
        )
        out.append(
            f'<g class="line mean"><title>{escape(tip)}</title><polyline points="{points}"/></g>'
        )
    for index, (impact, path) in enumerate(paths):
        colour = PALETTE[index % len(PALETTE)]
        name = name_of(impact.listing, names)
        points = " ".join(f"{x(d)},{y(v)}" for d, v in path)
        dots = "".join(
            f'<circle cx="{x(d)}" cy="{y(v)}" r="2.6"><title>{escape(name)}, day {d:+d}: '
            f"CAR {_pct(v)}</title></circle>"
            for d, v in path
        )
        out.append(
            f'<g class="line" data-listing="{escape(impact.listing)}" style="--c:{colour}">'
            f'<polyline points="{points}"/>{dots}</g>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def _mean_path(paths: list[tuple[tuple[int, float], ...]]) -> list[tuple[int, float]]:
    sums: dict[int, list[float]] = {}
    for path in paths:
        for day, value in path:
            sums.setdefault(day, []).append(value)
    return [(d, sum(v) / len(v)) for d, v in sorted(sums.items()) if len(v) == len(paths)]


def _tick_step(span: float) -> float:
    for step in (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0):
        if span / step <= 6:
            return step
    return 2.0


def _nice_range(low: float, high: float) -> tuple[float, float]:
    """(top, bottom) rounded out to the tick step, never narrower than ±2%."""
    low, high = min(low, -0.02), max(high, 0.02)
    step = _tick_step(high - low)
    return round(math.ceil(high / step) * step, 10), round(math.floor(low / step) * step, 10)
