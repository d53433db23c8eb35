"""Trading days on the exchanges' real calendars (holidays included)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tickerwire.reference import calendars as cal


@pytest.mark.parametrize(
    ("mic", "day", "expected"),
    [
        ("XHKG", date(2025, 1, 29), False),  # Lunar New Year
        ("XHKG", date(2025, 2, 3), True),
        ("XSHG", date(2025, 2, 3), False),  # mainland Spring Festival week
        ("XSHE", date(2025, 2, 4), False),  # Shenzhen follows the mainland calendar
        ("XSHG", date(2025, 2, 5), True),
        ("XNAS", date(2025, 1, 9), False),  # national day of mourning, US markets shut
        ("XNYS", date(2025, 7, 4), False),
        ("XTKS", date(2025, 1, 2), False),
        ("XLON", date(2025, 12, 26), False),
        ("XNSE", date(2025, 2, 26), False),  # Mahashivratri
        ("XKRX", date(2025, 1, 29), False),  # Seollal
        ("XHKG", date(2025, 2, 8), False),  # a Saturday
        ("XETR", date(2025, 2, 7), True),
        # older news: the calendars reach back to 2000
        ("XNYS", date(2001, 9, 11), False),  # markets shut after the attacks
        ("XNYS", date(2008, 9, 15), True),  # Lehman's bankruptcy, a Monday session
        ("XNYS", date(2012, 10, 29), False),  # Hurricane Sandy
        ("XKRX", date(2008, 9, 15), False),  # Chuseok
        ("XSHG", date(2005, 10, 3), False),  # National Day week
        ("XHKG", date(2003, 4, 21), False),  # Easter Monday
        # Saudi Exchange trades Sunday to Thursday
        ("XSAU", date(2025, 2, 9), True),
        ("XSAU", date(2025, 2, 7), False),
    ],
)
def test_is_session(mic: str, day: date, expected: bool) -> None:
    assert cal.is_session(mic, day) is expected


def test_session_navigation_skips_holidays() -> None:
    # Hong Kong: closed 29-31 January 2025 for the Lunar New Year.
    assert cal.session_on_or_after("XHKG", date(2025, 1, 29)) == date(2025, 2, 3)
    assert cal.previous_session("XHKG", date(2025, 2, 3)) == date(2025, 1, 28)
    assert cal.next_session("XHKG", date(2025, 1, 28)) == date(2025, 2, 3)
    assert cal.session_on_or_before("XHKG", date(2025, 2, 1)) == date(2025, 1, 28)
    # Shanghai reopened on 5 February.
    assert cal.session_on_or_after("XSHE", date(2025, 1, 28)) == date(2025, 2, 5)
    # New York reopened on 17 September 2001; Shanghai after the 2005 National Day week.
    assert cal.session_on_or_after("XNYS", date(2001, 9, 11)) == date(2001, 9, 17)
    assert cal.previous_session("XNYS", date(2001, 9, 17)) == date(2001, 9, 10)
    assert cal.next_session("XSHG", date(2005, 9, 30)) == date(2005, 10, 10)


def test_before_2000_every_weekday_counts() -> None:
    # The shipped calendars start in 2000: earlier days fall back to weekdays, so Christmas
    # Eve 1999 (a holiday in New York) reads as a session and a Saturday does not.
    assert cal.get_calendar("XNYS").first == date(2000, 1, 3)
    assert cal.is_session("XNYS", date(1999, 12, 24)) is True
    assert cal.is_session("XNYS", date(1999, 12, 25)) is False
    assert cal.session_on_or_before("XNYS", date(1999, 12, 26)) == date(1999, 12, 24)


def test_time_zones() -> None:
    assert str(cal.exchange_tz("XHKG")) == "Asia/Hong_Kong"
    assert str(cal.exchange_tz("XNAS")) == "America/New_York"
    assert str(cal.exchange_tz("XNSE")) == "Asia/Kolkata"
    # 22:14 UTC on 5 February is already the 6th in Hong Kong, still the 5th in New York.
    moment = datetime(2025, 2, 5, 22, 14, tzinfo=UTC)
    assert cal.local_date("XHKG", moment) == date(2025, 2, 6)
    assert cal.local_date("XNYS", moment) == date(2025, 2, 5)
    # a bare publication date (naive midnight) is that date on every exchange
    assert cal.local_date("XNYS", datetime(2025, 2, 7)) == date(2025, 2, 7)
    assert cal.local_date("XHKG", datetime(2025, 2, 7)) == date(2025, 2, 7)


FRIDAY_MORNING_UTC = datetime(2025, 2, 7, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("mic", "phrase", "published", "expected"),
    [
        ("XHKG", "on Thursday", FRIDAY_MORNING_UTC, date(2025, 2, 6)),
        ("XHKG", "Friday's", FRIDAY_MORNING_UTC, date(2025, 2, 7)),
        ("XHKG", "Monday", FRIDAY_MORNING_UTC, date(2025, 2, 3)),
        ("XHKG", "today", FRIDAY_MORNING_UTC, date(2025, 2, 7)),
        ("XHKG", "yesterday", FRIDAY_MORNING_UTC, date(2025, 2, 6)),
        # New York: at 03:00 UTC on Friday it is still Thursday evening.
        ("XNYS", "yesterday", FRIDAY_MORNING_UTC, date(2025, 2, 5)),
        ("XNYS", "today", FRIDAY_MORNING_UTC, date(2025, 2, 6)),
        # a New York Wednesday-evening story about Hong Kong's Thursday session
        ("XHKG", "Thursday", datetime(2025, 2, 5, 22, 14), date(2025, 2, 6)),
        # "yesterday" on the Monday after the Lunar New Year break is the last session before
        ("XHKG", "yesterday", datetime(2025, 2, 3, 4, 0, tzinfo=UTC), date(2025, 1, 28)),
        # Friday 31 January 2025: Hong Kong shut, New York open
        ("XHKG", "on Friday", datetime(2025, 2, 3, 4, 0, tzinfo=UTC), None),
        ("XNAS", "on Friday", datetime(2025, 2, 3, 4, 0, tzinfo=UTC), date(2025, 1, 31)),
        ("XTKS", "on Feb. 6", FRIDAY_MORNING_UTC, date(2025, 2, 6)),
        ("XLON", "on 6 February", FRIDAY_MORNING_UTC, date(2025, 2, 6)),
        ("XTKS", "on Dec. 30", FRIDAY_MORNING_UTC, date(2024, 12, 30)),
        # a bare publication date: "yesterday" is the session before it on every exchange
        ("XNYS", "yesterday", datetime(2025, 2, 7), date(2025, 2, 6)),
        ("XNYS", "on Friday", datetime(2025, 2, 7), date(2025, 2, 7)),
        # old articles get trading days too: Tuesday after Easter 2003 in Hong Kong, when
        # "yesterday" (Easter Monday) and Good Friday had no session
        ("XHKG", "yesterday", datetime(2003, 4, 22, 2, 0, tzinfo=UTC), date(2003, 4, 17)),
        # Chuseok 2008: Seoul shut on Monday 15 September
        ("XKOS", "on Monday", datetime(2008, 9, 16, 9, 0), None),
        ("XKOS", "yesterday", datetime(2008, 9, 16, 9, 0), date(2008, 9, 12)),
        ("XNYS", "on Monday", datetime(2008, 9, 16, 9, 0), date(2008, 9, 15)),
        ("XHKG", "on Thursday", None, None),
        ("XHKG", "this week", FRIDAY_MORNING_UTC, None),
    ],
)
def test_trading_day_for(mic: str, phrase: str, published, expected: date | None) -> None:
    assert cal.trading_day_for(mic, phrase, published) == expected


def test_unknown_exchange_falls_back_to_weekdays() -> None:
    assert cal.is_session("XXXX", date(2025, 2, 7)) is True
    assert cal.is_session("XXXX", date(2025, 2, 8)) is False
    assert cal.session_on_or_after("XXXX", date(2025, 2, 8)) == date(2025, 2, 10)


def test_calendars_load_once() -> None:
    first = cal.get_calendar("XHKG")
    assert cal.get_calendar("XHKG") is first
    assert cal.get_calendar("XSHE") is cal.get_calendar("XSHG")
