"""Agreement between outlets: same subject and window compared; other windows never clash."""

from __future__ import annotations

from datetime import date

import pytest

from tickerwire.model import Move, Span
from tickerwire.stories.agreement import interval, verdict, window_key

DAY = date(2025, 2, 6)


def _move(value, direction="up", qualifier=None, window=None, day=DAY):
    return Move(
        "XHKG:00981",
        direction,
        value,
        "%",
        Span(0, 1),
        qualifier=qualifier,
        window=window,
        date=day,
    )


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (_move(5.0), _move(5.0), "agree"),
        (_move(5.0), _move(5.2), "rounding"),  # "5%" is anything that rounds to 5
        (_move(5.0), _move(5.6), "contradict"),
        (_move(2.7), _move(2.74), "rounding"),
        (_move(5.0), _move(3.0, "down"), "contradict"),
        (_move(25.0, qualifier="more_than"), _move(27.0), "rounding"),
        (_move(25.0, qualifier="more_than"), _move(21.0), "contradict"),
        (_move(3.0, qualifier="about"), _move(3.1), "rounding"),
    ],
)
def test_verdicts(first, second, expected):
    assert verdict(first, second) == expected
    assert verdict(second, first) == expected


def test_windows_normalise_so_only_like_is_compared():
    assert window_key(_move(5.0)) == "day"
    assert window_key(_move(5.0, window="on the day")) == "day"
    assert window_key(_move(43.0, window="in the past month")) == "past month"
    assert window_key(_move(43.0, window="the past month")) == "past month"
    assert window_key(_move(27.0, window="since DeepSeek launched its AI model")) != "day"


def test_intervals_follow_the_wording():
    assert interval(_move(5.0)) == (4.5, 5.5)
    assert interval(_move(5.2, "down")) == pytest.approx((-5.25, -5.15))
    low, high = interval(_move(20.0, qualifier="more_than"))
    assert low == 20.0 and high == float("inf")
