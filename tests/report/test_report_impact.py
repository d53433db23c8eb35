"""The impact block: significance marks, the cap on rows and lines, the empty states."""

from __future__ import annotations

import re
from datetime import date

from tickerwire.model import Story, StoryArticle
from tickerwire.prices.impact import ImpactWindow, StoryImpact
from tickerwire.report.impact import MAX_LINES, MAX_ROWS, impact_views, stars

STORY = Story(
    id="s1",
    title="Hong Kong tech shares slide as Washington widens chip curbs",
    articles=(StoryArticle("a1", "first"),),
    entities=tuple(f"XHKG:{n:05d}" for n in range(1, 31)),
)


def _impact(n: int) -> StoryImpact:
    """A measured listing whose CAR grows with ``n``: ranked order is known."""
    car = -0.002 * n
    return StoryImpact(
        story_id="s1",
        listing=f"XHKG:{n:05d}",
        benchmark="INDEX:HSI",
        event_day=date(2025, 1, 27),
        windows=(ImpactWindow(0, 0, car / 2, -1.0), ImpactWindow(0, 5, car, -0.1 * n)),
        estimation=(-37, -11),
        estimation_days=27,
        alpha=0.0,
        beta=1.1,
        path=tuple((d, car / 16) for d in range(-5, 11)),
    )


def test_stars_follow_two_sided_normal_quantiles() -> None:
    assert [stars(t) for t in (None, 1.6, -1.7, 1.96, -2.6)] == ["", "", "*", "**", "***"]


def test_many_listings_are_capped_and_ranked_by_the_widest_window() -> None:
    impacts = [_impact(n) for n in range(1, 31)]
    view = impact_views([STORY], impacts, {}, measured=True)["s1"]
    assert len(view.rows) == MAX_ROWS and view.more == 30 - MAX_ROWS
    assert [r["id"] for r in view.rows[:2]] == ["XHKG:00030", "XHKG:00029"]
    assert view.day0 == "2025-01-27"
    assert view.significant == sum(1 for n in range(1, 31) if 0.1 * n >= 1.96)
    assert view.mean[1]["car"] == f"−{0.002 * 15.5 * 100:.1f}%"
    assert view.chart is not None
    assert len(re.findall(r'<g class="line" ', view.chart)) == MAX_LINES
    assert view.chart.count('<g class="line mean"') == 1


def test_empty_states_say_why() -> None:
    none = impact_views([STORY], [], {}, measured=False)["s1"]
    assert none.empty and "--prices" in none.empty and not none.rows
    skipped = StoryImpact("s1", "XHKG:00001", note="no price history for XHKG:00001")
    view = impact_views([STORY], [skipped], {}, measured=True)["s1"]
    assert view.empty and view.skipped[0]["reason"] == "no price history for XHKG:00001"
    bare = Story("s2", "Fed holds rates", (StoryArticle("a2", "first"),), ("ORG:Federal Reserve",))
    assert "No listed security" in impact_views([bare], [], {}, measured=True)["s2"].empty
