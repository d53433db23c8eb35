"""Dates as articles print them, kept in the article's own time zone."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
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
_AMPM = re.compile(r"\b([ap])\s*[/.]\s*m\b\.?", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^)]*\)")
_TZ_WORD = re.compile(r"\b(" + "|".join(sorted(TIME_ZONES, key=len, reverse=True)) + r")\b")
_HAS_DIGIT = re.compile(r"\d")


def parse_date(text: str) -> datetime | None:
    """Parse a printed date or date-time; None when it is not one.

    "10:14 p/m" reads as 22:14; "03:01 ET (08:01 GMT)" keeps the first, local, reading.
    """
    if not text or not _HAS_DIGIT.search(text) or len(text) > 80:
        return None
    cleaned = _AMPM.sub(lambda m: f" {m.group(1).upper()}M", _PAREN.sub("", text)).strip(" ,;")
    zone: tzinfo | None = None
    found = _TZ_WORD.search(cleaned)
    if found:
        zone = ZoneInfo(TIME_ZONES[found.group(1)])
        cleaned = (cleaned[: found.start()] + cleaned[found.end() :]).strip(" ,;")
    try:
        value = dateparser.parse(cleaned, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if value is None or not 1990 <= value.year <= 2100:
        return None
    if zone is not None and value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value


def parse_iso(value: object) -> datetime | None:
    """Dates from structured fields (front matter, JSON, feeds, HTML meta)."""
    if isinstance(value, datetime):
        return value
    if hasattr(value, "year") and hasattr(value, "month"):
        return datetime(value.year, value.month, value.day)  # type: ignore[attr-defined]
    if isinstance(value, str):
        return parse_date(value.strip())
    return None
