"""Numbers, percentages and money as news writes them."""

from __future__ import annotations

import pytest

from tickerwire.moves.numbers import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "raw"),
    [
        ("jumped 5% to", 5.0, "%", "5%"),
        ("rose 1.43 percent", 1.43, "%", "1.43 percent"),
        ("fell 3 per cent", 3.0, "%", "3 per cent"),
        ("widened 2.5 percentage points", 2.5, "pp", "2.5 percentage points"),
        ("cut by 25 basis points", 25.0, "bp", "25 basis points"),
        ("rose 15 bps", 15.0, "bp", "15 bps"),
        ("fell 36.11 points", 36.11, "points", "36.11 points"),
        ("to HK$46.95 as of", 46.95, "HKD", "HK$46.95"),
        ("at US$1.25 a share", 1.25, "USD", "US$1.25"),
        ("a historic $589 billion market loss", 589e9, "USD", "$589 billion"),
        ("cost $6m to train", 6e6, "USD", "$6m"),
        ("(£4.8m)", 4.8e6, "GBP", "£4.8m"),
        ("earning 1.54 million yuan", 1.54e6, "CNY", "1.54 million yuan"),
        ("RMB 3.2 billion", 3.2e9, "CNY", "RMB 3.2 billion"),
        ("CNY 12bn", 12e9, "CNY", "CNY 12bn"),
        ("¥1.2 trillion", 1.2e12, "JPY", "¥1.2 trillion"),
        ("¥1.2 billion yuan", 1.2e9, "CNY", "¥1.2 billion yuan"),
        ("3,500 yen", 3500.0, "JPY", "3,500 yen"),
        ("€2.3 billion", 2.3e9, "EUR", "€2.3 billion"),
        ("₹2,160 on Thursday", 2160.0, "INR", "₹2,160"),
        ("Rs 1,250.45 on the NSE", 1250.45, "INR", "Rs 1,250.45"),
        ("Rs 500 crore", 5e9, "INR", "Rs 500 crore"),
        ("₹2.5 lakh crore", 2.5e12, "INR", "₹2.5 lakh crore"),
        ("₹40 lakh", 4e6, "INR", "₹40 lakh"),
        ("55,600 won", 55600.0, "KRW", "55,600 won"),
        ("increased 33-fold since May", 33.0, "fold", "33-fold"),
        ("three times higher", 3.0, "fold", "three times"),
        ("two-thirds higher", 2 / 3, "fraction", "two-thirds"),
        ("lost a third of its value", 1 / 3, "fraction", "a third"),
        ("closed at 21,133.54", 21133.54, "", "21,133.54"),
        ("twenty percent", 20.0, "%", "twenty percent"),
        ("Infosys dropped 4pc.", 4.0, "%", "4pc"),
        ("shed 1,414 points", 1414.0, "points", "1,414 points"),
    ],
)
def test_quantity(text: str, value: float, unit: str, raw: str) -> None:
    (q,) = find_quantities(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.raw == raw
    assert text[q.start : q.end] == raw


@pytest.mark.parametrize(
    "text",
    [
        "Hygon Information Technology (SS:688041) said",
        "its model GPT-4 and R1",
        "as of 03:00 GMT",
        "its 2024 high",
        "on Feb. 4",
        "on 4 February",
        "5m users",
        "four trading sessions",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_money_and_its_conversion_are_two_quantities() -> None:
    got = find_quantities("up to 1.54 million yuan ($213,000) annually")
    assert [(q.value, q.unit) for q in got] == [(1.54e6, "CNY"), (213000.0, "USD")]


def test_a_currency_sign_that_opens_the_text() -> None:
    [q] = find_quantities("£5")
    assert (q.start, q.value, q.unit) == (0, 5.0, "GBP")
