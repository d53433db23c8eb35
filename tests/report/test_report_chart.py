"""The moves chart: one row per security, one column per day, disagreement visible."""

from __future__ import annotations

import re
from datetime import date

from tickerwire.report.chart import MAX_ROWS, Point, render


def _cells(svg: str) -> list[str]:
    return re.findall(r'<g class="cell"[^>]*>.*?<text[^>]*>([^<]*)</text></g>', svg, re.S)


def test_reports_of_one_day_are_pooled_and_a_spread_is_shown_as_a_range():
    day = date(2025, 2, 6)
    points = [
        Point("XHKG:00981", day, 5.0, "Reuters: “jumped 5%”", "a"),
        Point("XHKG:00981", day, 5.0, "Bloomberg: “rose 5%”", "b"),
        Point("XHKG:09988", day, 3.0, "Reuters: “Alibaba gained 3%”", "a"),
        Point("XHKG:09988", day, 3.4, "Nikkei: “Alibaba rose 3.4%”", "c"),
        Point("XHKG:00700", None, -1.2, "SCMP: “Tencent slipped 1.2%”", "d"),
    ]
    svg = str(render(points, {"XHKG:00981": "SMIC", "XHKG:09988": "Alibaba"}))
    assert sorted(_cells(svg)) == sorted(["+5.0% ×2", "+3…+3.4%", "-1.2%"])
    assert "no date" in svg and "Thu" in svg
    assert "Bloomberg: “rose 5%”" in svg  # every report is in the tooltip
    assert ">00700<" in svg  # an unnamed listing falls back to its code


def test_rows_are_capped_for_large_feeds():
    points = [Point(f"XNYS:T{n:03d}", date(2025, 3, 3), 1.0, "x", "a") for n in range(200)]
    svg = str(render(points, {}))
    assert len(_cells(svg)) == MAX_ROWS


def test_no_moves_gives_a_note_not_an_empty_chart():
    assert "No one-day percentage moves" in str(render([], {}))
