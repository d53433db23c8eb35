"""Which trading session an article's moment belongs to, per exchange; ticks and currencies.

Why here: a claim can only be checked against a session that had started when the article
was written (no look-ahead), and an event study must start at the first session that could
react to the news. Both need the exchange's trading hours in its own time zone, which
``exchange_calendars`` knows. Sessions themselves come from the price series (a bar is a
session), so a half-day or a suspension in the data is respected.

The small tables below are reviewed reference facts, not rules about any article.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

import numpy as np

# HKEX spread table (part A): (price below which, tick).
_HK_TICKS: tuple[tuple[float, float], ...] = (
    (0.25, 0.001),
    (0.50, 0.005),
    (10.0, 0.01),
    (20.0, 0.02),
    (100.0, 0.05),
    (200.0, 0.1),
    (500.0, 0.2),
    (1000.0, 0.5),
    (2000.0, 1.0),
    (5000.0, 2.0),
    (float("inf"), 5.0),
)


def tick_size(listing_id: str, price: float) -> float:
    """Smallest price step: the HKEX spread table for Hong Kong, one cent elsewhere."""
    if listing_id.startswith("XHKG:"):
        for below, tick in _HK_TICKS:
            if price < below:
                return tick
    return 0.01


@lru_cache(maxsize=32)
def calendar(mic: str):
    """The exchange_calendars calendar governing ``mic`` (for session times), or ``None``.

    Which calendar governs a MIC is decided by `tickerwire.reference.calendars`, so moves
    and prices agree on trading days; only the open and close times are read here.
    """
    import exchange_calendars as xcals

    from tickerwire.reference import calendars as refcal

    try:
        return xcals.get_calendar(refcal.calendar_mic(mic), start=refcal.CALENDAR_START)
    except Exception:  # a MIC the package does not know: no session times
        return None


def exchange_tz(mic: str | None) -> ZoneInfo | None:
    if not mic:
        return None
    from tickerwire.reference import calendars as refcal

    return refcal.exchange_tz(mic)


def session_bounds(mic: str | None, day: date) -> tuple[datetime, datetime] | None:
    """UTC open and close of ``day`` on ``mic``; ``None`` when no calendar knows the day."""
    cal = calendar(mic) if mic else None
    if cal is None:
        return None
    try:
        if not cal.is_session(day):
            return None
        opened = cal.session_open(day).to_pydatetime()
        closed = cal.session_close(day).to_pydatetime()
    except (ValueError, KeyError):  # outside the calendar's bounds
        return None
    return opened, closed


def as_aware(moment: datetime) -> datetime:
    """A naive datetime with a time of day as UTC; a naive midnight stays naive (a date)."""
    if moment.tzinfo is not None or moment.time() == time(0, 0):
        return moment
    return moment.replace(tzinfo=UTC)


def _index_on_or_before(dates: np.ndarray, day: date) -> int | None:
    i = int(np.searchsorted(dates, np.datetime64(day, "D"), side="right")) - 1
    return i if i >= 0 else None


def _index_on_or_after(dates: np.ndarray, day: date) -> int | None:
    i = int(np.searchsorted(dates, np.datetime64(day, "D"), side="left"))
    return i if i < len(dates) else None


def reported_session(
    dates: np.ndarray, mic: str | None, published: datetime
) -> tuple[int | None, bool]:
    """The latest session that had opened when the article was published.

    Returns ``(index into dates, intraday)``: ``intraday`` is true when publication fell
    between that session's open and close, so the article can only know part of the day.
    A naive ``published`` (no time zone printed) is taken as a calendar date only: the
    session on or before that date, not intraday, since its hour may be in any zone.
    """
    if published.tzinfo is None:
        return _index_on_or_before(dates, published.date()), False
    tz = exchange_tz(mic)
    local_day = published.astimezone(tz).date() if tz is not None else published.date()
    i = _index_on_or_before(dates, local_day)
    if i is None:
        return None, False
    bounds = session_bounds(mic, dates[i].astype(object))
    if bounds is None:
        return i, False
    opened, closed = bounds
    if published < opened:
        return (i - 1 if i > 0 else None), False
    return i, published < closed


def event_session(dates: np.ndarray, mic: str | None, moment: datetime | date) -> int | None:
    """First session whose close came after ``moment``: the first that could react to it.

    A date (or naive midnight) is taken as "before that day's close": the session on or after
    it. A datetime after the close maps to the next session. A naive time of day is taken as
    UTC, as `tickerwire.reference.calendars` does.
    """
    if not isinstance(moment, datetime):
        return _index_on_or_after(dates, moment)
    moment = as_aware(moment)
    if moment.tzinfo is None:
        return _index_on_or_after(dates, moment.date())
    tz = exchange_tz(mic)
    local_day = moment.astimezone(tz).date() if tz is not None else moment.date()
    i = _index_on_or_after(dates, local_day)
    if i is None:
        return None
    bounds = session_bounds(mic, dates[i].astype(object))
    if bounds is not None and moment >= bounds[1]:
        return i + 1 if i + 1 < len(dates) else None
    return i
