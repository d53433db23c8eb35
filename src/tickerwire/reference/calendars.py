"""Trading days per exchange (ISO 10383 MIC), on the exchanges' real calendars.

News says "on Thursday" or "Friday's gains"; a checkable claim needs the trading day. The day
depends on the exchange: its time zone decides what "today" was when the article appeared,
and its holidays decide which days had a session. The calendars are those of the
``exchange_calendars`` package (holidays included), from 2000 to 2030 (or the narrower span
the package records holidays for).

Why they are precomputed: ``exchange_calendars`` derives a calendar from holiday rules on
first use, which costs 0.1-0.3 s per exchange and more than a second for Seoul (lunar rules),
plus importing pandas: the first article touching an exchange paid it. The sessions are fixed
facts, so ``scripts/build_calendars.py`` computes them once into ``data/calendars.bin``
(tens of kilobytes), and this module reads one exchange from it on first use in microseconds,
without importing ``exchange_calendars`` or pandas. ``tests/reference/test_calendar_data.py``
checks the file against the package.

The file: ``FORMAT_MAGIC``, the header's length in bytes and a newline, a UTF-8 header of
tab-separated lines, then the packed days. Header lines are ``V`` (source and its version),
``C name tz built_from built_to first_session n_days offset length`` (one per calendar: a
zlib stream at ``offset`` of the blob after the header, which inflates to ``n_days`` bytes,
one per calendar day from ``first_session``, 1 for a session) and ``A alias calendar`` (the
package's own aliases, such as ``NASDAQ`` and ``XTSX``). One byte per day rather than one
bit: it packs smaller (a week is 7 bytes, so the repeats line up) and a look-up is an index.

Each calendar is loaded lazily, once per process; the per-article calls are then an index
into a ``bytes`` and, to find the nearest session, ``bytes.find``/``rfind``.

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

Outside a calendar's span (before 2000, after its last session) every weekday counts as a
session, as for an unknown MIC.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
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

# Time zones of exchanges without a shipped calendar (weekdays only). All of these have a
# calendar today; the table stays so that a calendar dropped from the source keeps its zone.
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

# The span scripts/build_calendars.py asks for; a calendar may cover less (its source records
# holidays for fewer years). News outside a calendar's span gets weekdays as sessions.
CALENDAR_START = "2000-01-01"
CALENDAR_END = "2030-12-31"

# First bytes of data/calendars.bin; bump the number when the layout changes.
FORMAT_MAGIC = b"tickerwire-calendars 1\n"
CALENDAR_FILE = "calendars.bin"

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
    """One exchange's sessions as one byte per calendar day: fast to query per article.

    ``days[i]`` is 1 when ``first + i days`` had a session; ``first`` and ``last`` are the
    first and last sessions (``None`` for a weekday-only calendar). Asking by ordinal avoids
    building thousands of ``date`` objects when a calendar is loaded.
    """

    name: str
    tz: ZoneInfo
    first: date | None
    last: date | None
    days: bytes = field(default=b"", repr=False)
    _base: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_base", self.first.toordinal() if self.first else 0)

    @classmethod
    def from_sessions(cls, name: str, tz: ZoneInfo, sessions: list[date]) -> TradingCalendar:
        """A calendar from a list of session dates (any order); empty gives weekdays only."""
        if not sessions:
            return cls(name, tz, None, None)
        ordered = sorted(set(sessions))
        base = ordered[0].toordinal()
        days = bytearray(ordered[-1].toordinal() - base + 1)
        for d in ordered:
            days[d.toordinal() - base] = 1
        return cls(name, tz, ordered[0], ordered[-1], bytes(days))

    @property
    def sessions(self) -> tuple[date, ...]:
        """Every session, sorted (built on each access: the methods below are faster)."""
        base, days = self._base, self.days
        return tuple(date.fromordinal(base + i) for i in range(len(days)) if days[i])

    @property
    def session_set(self) -> frozenset[date]:
        return frozenset(self.sessions)

    def covers(self, d: date) -> bool:
        return self.first is not None and self.last is not None and self.first <= d <= self.last

    def is_session(self, d: date) -> bool:
        i = d.toordinal() - self._base
        if 0 <= i < len(self.days):
            return self.days[i] == 1
        return d.weekday() < 5

    def on_or_after(self, d: date) -> date:
        i = d.toordinal() - self._base
        if 0 <= i < len(self.days):
            # the last day is a session, so a session is always found
            return date.fromordinal(self._base + self.days.index(1, i))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def on_or_before(self, d: date) -> date:
        i = d.toordinal() - self._base
        if 0 <= i < len(self.days):
            # the first day is a session, so a session is always found
            return date.fromordinal(self._base + self.days.rindex(1, 0, i + 1))
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


@dataclass(frozen=True, slots=True)
class _Entry:
    """Where one calendar sits in the shipped file."""

    tz: str
    built_from: date
    built_to: date
    first: date
    n_days: int
    offset: int
    length: int


@lru_cache(maxsize=1)
def _shipped() -> tuple[dict[str, _Entry], dict[str, str], memoryview]:
    """The shipped file's index, its aliases and its packed days (read once per process)."""
    raw = resources.files("tickerwire.reference").joinpath("data", CALENDAR_FILE).read_bytes()
    if not raw.startswith(FORMAT_MAGIC):
        raise ValueError(f"{CALENDAR_FILE}: not a calendar file of this version")
    size_end = raw.index(b"\n", len(FORMAT_MAGIC))
    head_start = size_end + 1
    blob_start = head_start + int(raw[len(FORMAT_MAGIC) : size_end])
    entries: dict[str, _Entry] = {}
    aliases: dict[str, str] = {}
    for line in raw[head_start:blob_start].decode().splitlines():
        kind, *fields = line.split("\t")
        if kind == "C":
            name, tz, built_from, built_to, first, n_days, offset, length = fields
            entries[name] = _Entry(
                tz,
                date.fromisoformat(built_from),
                date.fromisoformat(built_to),
                date.fromisoformat(first),
                int(n_days),
                int(offset),
                int(length),
            )
        elif kind == "A":
            aliases[fields[0]] = fields[1]
    return entries, aliases, memoryview(raw)[blob_start:]


def shipped_calendars() -> dict[str, tuple[date, date]]:
    """Every shipped calendar with the span it was built for (what the tests check)."""
    return {name: (e.built_from, e.built_to) for name, e in _shipped()[0].items()}


def shipped_aliases() -> dict[str, str]:
    """The source package's own aliases (``NASDAQ`` -> ``XNYS``) that the file carries."""
    return dict(_shipped()[1])


@lru_cache(maxsize=128)
def _load(name: str) -> TradingCalendar:
    entries, aliases, blob = _shipped()
    entry = entries.get(name) or entries.get(aliases.get(name, ""))
    if entry is None:  # an exchange the source does not know: weekdays only
        return TradingCalendar(name, ZoneInfo(FALLBACK_TZ.get(name, "UTC")), None, None)
    days = zlib.decompress(blob[entry.offset : entry.offset + entry.length])
    if len(days) != entry.n_days or not days[0] or not days[-1]:
        raise ValueError(f"{CALENDAR_FILE}: calendar {name} is damaged")
    last = entry.first + timedelta(days=entry.n_days - 1)
    return TradingCalendar(name, ZoneInfo(entry.tz), entry.first, last, days)


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
