"""Dates as articles print them, kept in the article's own time zone.

Pages print their dates in many shapes: "Wed, Nov 22, 2017 - 10:14 AM", "06:54 AM EST,
01/27/2025", "Updated: 19-10-2021 14:31 IST", "10:13, September 21, 2021", "3 March 2025
15:30 JST". `find_date` finds the first full date (a year included) in a line with the time
and zone printed beside it, by one regular expression rather than a general date parser: it
never guesses a missing year or day, so a line with only a time ("Published 9:41 AM") is not
a date, and it is about fifty times faster than ``dateutil``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from dateutil import parser as dateparser

# Abbreviations news sites print after a time. Zones, not fixed offsets, so that "ET" is EST
# in February and EDT in July.
TIME_ZONES: dict[str, str] = {
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "GMT": "UTC",
    "UTC": "UTC",
    "Z": "UTC",
    "BST": "Europe/London",
    "CET": "Europe/Paris",
    "CEST": "Europe/Paris",
    "HKT": "Asia/Hong_Kong",
    "SGT": "Asia/Singapore",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "IST": "Asia/Kolkata",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
}
# Zones whose pages write numeric dates month first (01/27/2025); elsewhere day first.
_MONTH_FIRST_ZONES = frozenset({"America/New_York", "America/Chicago", "America/Los_Angeles"})
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")  # fmt: skip
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[89]\d|20\d\d|2100)"
_DATE = re.compile(
    rf"\b(?P<m1>{_MON})\s+(?P<d1>{_DAY})\s*,?\s+(?P<y1>{_YEAR})\b"
    rf"|\b(?P<d2>{_DAY})\s+(?P<m2>{_MON}),?\s+(?P<y2>{_YEAR})\b"
    rf"|\b(?P<y3>{_YEAR})(?P<s3>[-/.])(?P<m3>1[0-2]|0?[1-9])(?P=s3)(?P<d3>[12]\d|3[01]|0?[1-9])"
    rf"(?![\d.])"
    rf"|\b(?P<a4>[12]\d|3[01]|0?[1-9])(?P<s4>[-/.])(?P<b4>[12]\d|3[01]|0?[1-9])(?P=s4)"
    rf"(?P<y4>{_YEAR})\b"
    rf"|\b(?P<y5>{_YEAR})\.\s(?P<m5>1[0-2]|0?[1-9])\.\s(?P<d5>[12]\d|3[01]|0?[1-9])\b",
    re.IGNORECASE,
)
_ZONE = "|".join(sorted(TIME_ZONES, key=len, reverse=True))
_TIME = re.compile(
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?)?"
    r"\s*(?P<ampm>[ap]\s*(?:[/.]\s*)?m\b\.?)?"
    rf"(?:\s*\(?(?P<tz>{_ZONE})\b\)?)?(?P<offset>[+-](?:\d\d:?\d\d|1[0-4]|0?\d)(?![\d:]))?",
    re.IGNORECASE,
)
_AROUND = 30  # a time printed this close to a date belongs to it
_YEAR = re.compile(r"(?:19[89]|20\d)\d")


@dataclass(frozen=True, slots=True)
class DateFound:
    """A printed date: where it is (with its time and zone) and what it says."""

    start: int
    end: int
    value: datetime
    has_time: bool


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    number = MONTHS.get(word[:3])
    if number is None or (len(word) > 3 and not _FULL_MONTHS[number - 1].startswith(word)):
        return None if word != "sept" else 9
    return number


def _ymd(found: re.Match[str], month_first: bool) -> tuple[int, int, int] | None:
    groups = found.groupdict()
    if groups["y1"]:
        month, day, year = _month(groups["m1"]), groups["d1"], groups["y1"]
    elif groups["y2"]:
        month, day, year = _month(groups["m2"]), groups["d2"], groups["y2"]
    elif groups["y3"]:
        month, day, year = int(groups["m3"]), groups["d3"], groups["y3"]
    elif groups["y5"]:  # "2024. 8. 12.": Korean pages
        month, day, year = int(groups["m5"]), groups["d5"], groups["y5"]
    else:
        a, b = int(groups["a4"]), int(groups["b4"])
        swap = b > 12 or (month_first and a <= 12)
        month, day, year = (a, str(b), groups["y4"]) if swap else (b, str(a), groups["y4"])
        if month > 12:
            return None
    if month is None:
        return None
    return int(year), month, int(re.sub(r"\D", "", str(day)))


def _time_near(text: str, start: int, end: int) -> re.Match[str] | None:
    """A clock time right after the date, else right before it ("10:13, September 21")."""
    for found in _TIME.finditer(text, end, min(len(text), end + _AROUND)):
        if _is_clock(found):
            return found
    before = [f for f in _TIME.finditer(text, max(0, start - _AROUND), start) if _is_clock(f)]
    return before[-1] if before else None


def _is_clock(found: re.Match[str]) -> bool:
    if found.group("mi") is None:  # "9am", "10 p.m."
        return found.group("ampm") is not None
    return found.group("sep") == ":" or found.group("ampm") is not None


_ZONE_WORD = re.compile(rf"\b({_ZONE})\b")  # compiled once, not formatted and looked up per call


def _zone_in(text: str) -> str | None:
    found = _ZONE_WORD.search(text)
    return TIME_ZONES[found.group(1)] if found else None


_UTC_ZONE = ZoneInfo("UTC")  # ZoneInfo keeps one object per zone name


def find_date(text: str) -> DateFound | None:
    """The first full date printed in ``text`` (a line), with its time and zone when printed."""
    if ("19" not in text and "20" not in text) or _YEAR.search(text) is None:
        return None  # every full date has a year: C-speed scans decide most lines
    for found in _DATE.finditer(text):
        zone_name = _zone_in(text)
        ymd = _ymd(found, zone_name in _MONTH_FIRST_ZONES or found.group("s4") == "/")
        if ymd is None:
            continue
        start, end = found.span()
        clock = _time_near(text, start, end)
        hour = minute = 0
        zone: tzinfo | None = None
        if clock is not None:
            hour, minute = int(clock.group("h")), int(clock.group("mi") or 0)
            ampm = (clock.group("ampm") or "").lower()
            hour = hour % 12 + 12 if ampm.startswith("p") else (hour % 12 if ampm else hour)
            if clock.group("tz"):
                zone = ZoneInfo(TIME_ZONES[clock.group("tz").upper()])
            start, end = min(start, clock.start()), max(end, clock.end())
        elif zone_name is not None:
            zone = None  # a zone without a clock time says nothing about the date
        try:
            value = datetime(*ymd, hour, minute, tzinfo=zone)
        except ValueError:
            continue
        if clock is not None and clock.group("offset"):
            fixed = _fixed_offset(clock.group("offset"), after_utc=zone is _UTC_ZONE)
            if fixed is not None and (zone is None or zone is _UTC_ZONE):
                value = value.replace(tzinfo=fixed)
        return DateFound(start, end, value, clock is not None)
    return None


def _fixed_offset(offset: str, after_utc: bool) -> timezone | None:
    """A printed UTC offset: "+05:30" or "+0530" anywhere, the short "+8" only after GMT or
    UTC ("09:12 GMT+8"), where a bare one could be anything ("13:05 +8 hours")."""
    digits = offset[1:].replace(":", "")
    if len(digits) != 4 and not after_utc:
        return None
    hours, minutes = (digits[:2], digits[2:]) if len(digits) == 4 else (digits, "0")
    sign = -1 if offset[0] == "-" else 1
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


def parse_date(text: str) -> datetime | None:
    """The date of a short line that prints one; None when it does not."""
    if not text or len(text) > 120:
        return None
    found = find_date(text)
    return found.value if found else None


def parse_iso(value: object) -> datetime | None:
    """Dates from structured fields (front matter, JSON, feeds, HTML meta)."""
    if isinstance(value, datetime):
        return value
    if hasattr(value, "year") and hasattr(value, "month"):
        return datetime(value.year, value.month, value.day)  # type: ignore[attr-defined]
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    found = parse_date(text)
    if found is not None:
        return found
    try:  # RFC 822 and other machine formats of feeds and meta tags
        parsed = dateparser.parse(text, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed if parsed is not None and 1990 <= parsed.year <= 2100 else None
