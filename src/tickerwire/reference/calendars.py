"""Trading days per exchange (ISO 10383 MIC), on the exchanges' real calendars.

News says "on Thursday" or "Friday's gains"; a checkable claim needs the trading day. The day
depends on the exchange: its time zone decides what "today" was when the article appeared,
and its holidays decide which days had a session. The calendars come from the
``exchange_calendars`` package (holidays included).

Loading one calendar costs about a tenth of a second, so each is loaded lazily, once per
process, and turned into plain Python structures (a set and a sorted list of dates); the
per-article calls are then set look-ups and a bisect.

Public API (all functions accept any MIC; aliases such as XSHE, XNSE, XNGS are mapped to the
calendar that governs them, and an unknown MIC falls back to the weekday calendar):

- ``calendar_mic(mic)``: the exchange_calendars name used for ``mic``.
- ``exchange_tz(mic)``: the exchange's ``ZoneInfo``.
- ``is_session(mic, d)``: whether ``d`` had a trading session.
- ``session_on_or_after(mic, d)`` / ``session_on_or_before(mic, d)``.
- ``previous_session(mic, d)`` / ``next_session(mic, d)``: strictly before / after ``d``.
- ``local_date(mic, moment)``: the exchange-local calendar date of a datetime.
- ``trading_day_for(mic, phrase, published)``: the trading day a phrase such as "Thursday",
  "yesterday", "today", "Feb. 6" or "6 February" names, for an article published at
  ``published``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

# MICs that trade on another MIC's calendar (segments, sister exchanges, operating MICs).
MIC_ALIASES: dict[str, str] = {
    "XSHE": "XSHG",  # Shenzhen follows the mainland calendar
    "XNSE": "XBOM",  # NSE and BSE share India's holiday calendar
    "XNGS": "XNYS",
    "XNAS": "XNYS",  # Nasdaq and NYSE share the US calendar
    "XNMS": "XNYS",
    "XNCM": "XNYS",
    "ARCX": "XNYS",
    "BATS": "XNYS",
    "XASE": "XNYS",
    "XOSE": "XTKS",
    "XKOS": "XKRX",  # KOSDAQ
    "ROCO": "XTAI",  # Taipei Exchange
    "XSTAR": "XSHG",
}

# Exchanges without a calendar in exchange_calendars: weekdays in their time zone.
FALLBACK_TZ: dict[str, str] = {
    "XHKG": "Asia/Hong_Kong",
    "XSHG": "Asia/Shanghai",
    "XNYS": "America/New_York",
    "XTKS": "Asia/Tokyo",
    "XLON": "Europe/London",
    "XETR": "Europe/Berlin",
    "XPAR": "Europe/Paris",
    "XAMS": "Europe/Amsterdam",
    "XBOM": "Asia/Kolkata",
    "XKRX": "Asia/Seoul",
    "XTAI": "Asia/Taipei",
    "XASX": "Australia/Sydney",
    "XTSE": "America/Toronto",
}

# Calendars are built from this date; news older than that has no trading day.
CALENDAR_START = "2015-01-01"

WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_MONTH_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\b")


@dataclass(frozen=True, slots=True)
class TradingCalendar:
    """One exchange's sessions as plain dates: fast to query from per-article code."""

    name: str
    tz: ZoneInfo
    sessions: tuple[date, ...]  # sorted
    session_set: frozenset[date]
    first: date | None
    last: date | None

    def covers(self, d: date) -> bool:
        return self.first is not None and self.last is not None and self.first <= d <= self.last

    def is_session(self, d: date) -> bool:
        if self.covers(d):
            return d in self.session_set
        return d.weekday() < 5

    def on_or_after(self, d: date) -> date:
        if self.covers(d):
            i = bisect.bisect_left(self.sessions, d)
            if i < len(self.sessions):
                return self.sessions[i]
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def on_or_before(self, d: date) -> date:
        if self.covers(d):
            i = bisect.bisect_right(self.sessions, d)
            if i:
                return self.sessions[i - 1]
        while d.weekday() >= 5:
            d -= timedelta(days=1)
        return d


def calendar_mic(mic: str) -> str:
    """The calendar name that governs ``mic`` (XSHE -> XSHG, XNSE -> XBOM, XNAS -> XNYS)."""
    mic = mic.upper()
    return MIC_ALIASES.get(mic, mic)


def get_calendar(mic: str) -> TradingCalendar:
    """The calendar for ``mic`` (loaded once per process); unknown MICs get weekdays."""
    return _load(calendar_mic(mic))


@lru_cache(maxsize=64)
def _load(name: str) -> TradingCalendar:
    try:
        import exchange_calendars

        cal = exchange_calendars.get_calendar(name, start=CALENDAR_START)
    except Exception:  # an exchange the package does not know: weekdays only
        tz = ZoneInfo(FALLBACK_TZ.get(name, "UTC"))
        return TradingCalendar(name, tz, (), frozenset(), None, None)
    sessions = tuple(ts.date() for ts in cal.sessions)
    tz = ZoneInfo(str(cal.tz))
    return TradingCalendar(name, tz, sessions, frozenset(sessions), sessions[0], sessions[-1])


def exchange_tz(mic: str) -> ZoneInfo:
    """The exchange's time zone."""
    return get_calendar(mic).tz


def is_session(mic: str, d: date) -> bool:
    return get_calendar(mic).is_session(d)


def session_on_or_after(mic: str, d: date) -> date:
    """``d`` if it was a session, else the next session."""
    return get_calendar(mic).on_or_after(d)


def session_on_or_before(mic: str, d: date) -> date:
    """``d`` if it was a session, else the last session before it."""
    return get_calendar(mic).on_or_before(d)


def previous_session(mic: str, d: date) -> date:
    """The last session strictly before ``d``."""
    return get_calendar(mic).on_or_before(d - timedelta(days=1))


def next_session(mic: str, d: date) -> date:
    """The first session strictly after ``d``."""
    return get_calendar(mic).on_or_after(d + timedelta(days=1))


def local_date(mic: str, moment: datetime | date) -> date:
    """The exchange-local date of ``moment``.

    A naive datetime is taken as the exchange's local time: that is what a bare publication
    date ("2025-02-07", read as midnight) means, and a time printed without a zone is most
    often the local time of the market the story covers.
    """
    if not isinstance(moment, datetime):
        return moment
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(exchange_tz(mic)).date()


def _month_day(phrase: str, anchor: date) -> date | None:
    for pattern, month_group, day_group in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):
        m = pattern.search(phrase)
        if not m:
            continue
        month = MONTHS.get(m.group(month_group)[:4].rstrip(".")) or MONTHS.get(
            m.group(month_group)[:3]
        )
        if not month:
            continue
        day = int(m.group(day_group))
        for year in (anchor.year, anchor.year - 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                return None
            if candidate <= anchor + timedelta(days=1):
                return candidate
    return None


def trading_day_for(mic: str, phrase: str, published: datetime | date | None) -> date | None:
    """The trading day ``phrase`` names for an article published at ``published``.

    ``phrase`` is a weekday ("Thursday", "on Friday", "Friday's"), "today", "yesterday",
    "overnight", or a month and day ("Feb. 6", "6 February"). A weekday is the one nearest to
    the exchange-local publication date within the week before it, or the next day: a story
    written in New York on Wednesday evening about Hong Kong's Thursday session is common,
    a story about a Thursday six days back rarely says only "Thursday". The day must have
    been a session; otherwise the phrase names no trading day and ``None`` is returned.
    """
    if published is None:
        return None
    anchor = local_date(mic, published)
    text = phrase.lower().strip()
    cal = get_calendar(mic)
    if "today" in text or "this morning" in text or "this afternoon" in text:
        return anchor if cal.is_session(anchor) else None
    if "yesterday" in text or "overnight" in text or "last session" in text:
        return cal.on_or_before(anchor - timedelta(days=1))
    for word in re.findall(r"[a-z]+", text):
        weekday = WEEKDAYS.get(word)
        if weekday is None or (len(word) <= 4 and word not in ("mon", "tue", "wed", "thu", "fri")):
            continue
        back = (anchor.weekday() - weekday) % 7
        candidate = anchor - timedelta(days=back) if back < 6 else anchor + timedelta(days=1)
        return candidate if cal.is_session(candidate) else None
    found = _month_day(text, anchor)
    if found is not None:
        return found if cal.is_session(found) else None
    return None
