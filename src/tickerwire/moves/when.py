"""When a move happened: its window ("past month", "4 sessions") and its trading day.

The window comes from the words around the number; the trading day from a day phrase
("on Thursday", "Friday's gains", "yesterday") resolved against the publication time on the
exchange's calendar (``tickerwire.reference.calendars``). A move with no day phrase of its own
inherits the last day phrase the article used before it, because a market story names its
session once ("surged on Thursday") and then reports the figures of that session.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from tickerwire.moves.lexicon import DAY_BEFORE, DAY_PATTERN, SAME_DAY_CUES, WINDOW_PATTERNS
from tickerwire.moves.scan import compile_scan, trie_alt
from tickerwire.reference.calendars import (
    exchange_tz,
    is_session,
    local_date,
    previous_session,
    session_on_or_before,
    trading_day_for,
)

SMALL_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a": 1,
    "single": 1,
}

# one alternation, one search per call: group ``w<i>`` is the i-th pattern of the table
# matched on lower-cased text: without IGNORECASE the engine can skip ahead at C speed
WINDOW_RE = compile_scan("|".join(f"(?P<w{i}>{p})" for i, (p, _) in enumerate(WINDOW_PATTERNS)))
_GROUP_OFFSETS: list[tuple[int, int]] = []  # (outer group number, inner group count)
_n = 0
for _p, _label in WINDOW_PATTERNS:
    _inner = re.compile(_p).groups
    _GROUP_OFFSETS.append((_n + 1, _inner))
    _n += 1 + _inner
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
DATE_PATTERN = rf"\bon\s+((?:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\b"
DAY_RE = compile_scan(DAY_PATTERN + "|" + DATE_PATTERN)  # on lower-cased text
# every match of DAY_RE holds one of these words, or else (a date) "on" and a digit
DAY_WORDS_RE = re.compile("day|session|overnight")
DIGIT_RE = re.compile(r"\d")
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "today", "yesterday")
assert all(name.endswith("day") for name in DAY_NAMES)
WINDOW_KEYS = (
    "past", "last", "same", "previous", "this", "year", "ytd", "since", "from", "session",
    "days", "weeks", "months", "single", "one day", "for the", "on the day", "quarter", " 20",
    " 19",
)  # fmt: skip
# the keys as one alternation: a single C-level scan instead of a Python loop over 20 keys
WINDOW_KEYS_RE = compile_scan(trie_alt(WINDOW_KEYS, spaces=False))
ON_DATE_RE = compile_scan(DATE_PATTERN.replace(r"\bon", "on"))
POSSESSIVE_DAY_RE = compile_scan(
    r"\b(monday|tuesday|wednesday|thursday|friday|yesterday|today)(?:'s|’s)\s+[^.;]{0,25}$"
)
SAME_DAY_RE = compile_scan(
    rf"\b(?:{trie_alt(SAME_DAY_CUES, spaces=False)})\b"
)  # only "is there one"
INTRADAY_TIME_RE = compile_scan(
    r"\b(?:as of|at|by)\s+(\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:GMT|UTC|ET|HKT|EST|EDT|"
    r"BST|CET|JST|IST|KST|SGT|local time)?)",
    re.IGNORECASE,
)


def window_in(text: str) -> str | None:
    """The window a phrase right after (or before) a move names, normalised, if any."""
    low = text.lower()
    if WINDOW_KEYS_RE.search(low) is None:
        return None
    for m in WINDOW_RE.finditer(low):
        # the outer group that closed last names the pattern that matched
        index = next(k for k, (g, _) in enumerate(_GROUP_OFFSETS) if g == m.lastindex)
        label = WINDOW_PATTERNS[index][1]
        base, inner = _GROUP_OFFSETS[index]
        sub = [m.group(base + j) for j in range(1, inner + 1)]
        if label == "WEEKMONTH":
            phrase = m.group(0).lower()
            return phrase.replace("so far ", "").replace("for the", "this")
        if label == "SINCE":
            return f"since {sub[0].lower()} {sub[1].lower()}"
        if label == "SINCESTART":
            return f"since start of {sub[0].lower()}"
        if label == "YEAR":
            return sub[0]
        if label == "QUARTER":
            return f"{sub[0].lower()} quarter"
        if label == "PREVIOUS":
            unit = sub[0].lower()
            if unit in ("session", "day"):
                return "day"  # "down 0.9% from the previous session": a one-day move
            return f"previous {unit}"
        if label == "SINCEMONTH":
            return m.group(0).lower()
        if label == "N":
            word = sub[0].lower()
            n = SMALL_NUMBERS.get(word) or (int(word) if word.isdigit() else None)
            if n is None:
                continue
            return f"{n} {sub[1].lower()}"
        return label
    return None


def day_phrase(text: str) -> str | None:
    """The day phrase ("Friday", "yesterday") in ``text``, if there is one."""
    low = text.lower()
    if not (DAY_WORDS_RE.search(low) or ("on" in low and DIGIT_RE.search(low))):
        return None  # no phrase of DAY_RE can be there: see DAY_WORDS_RE
    m = DAY_RE.search(low)
    if not m:
        return None
    if m.group(3):
        return DAY_BEFORE
    if m.group(1) and m.group(0).lower().startswith("last"):
        return "last " + m.group(1).lower()  # "last Friday": a week back when said on a Friday
    return (m.group(1) or m.group(2) or m.group(4)).lower()


def day_anchors(text: str, low: str | None = None) -> list[tuple[int, str]]:
    """Every explicit day the text names ("on Thursday", "on Feb. 6", "yesterday"), in order;
    ``low`` is the text lower-cased with its offsets kept, when the caller has it."""
    if low is None:
        low = text.lower()
    found = []
    # every day name ends in "day" (one str.find scan, C speed; an alternation regex is not),
    # and at most one of them ends at any "day"
    hit = low.find("day")
    while hit >= 0:
        end = hit + 3
        hit = low.find("day", end)
        for name in DAY_NAMES:
            at = end - len(name)
            if at >= 0 and low.startswith(name, at):
                break
        else:
            continue
        if (at and low[at - 1].isalnum()) or (end < len(low) and low[end].isalpha()):
            pass
        elif name in ("today", "yesterday"):
            found.append((at, name))
        else:
            on = low.rfind("on", max(0, at - 4), at)
            if on >= 0 and not low[on + 2 : at].strip() and not (on and low[on - 1].isalnum()):
                found.append((on, name))  # "on Thursday"
            elif _bare_weekday(low, at):
                found.append((at, name))  # "closed higher Thursday" (US wire style)
    for cue in SAME_DAY_WORDS:  # "fell this morning": the publication day's session
        at = low.find(cue)
        while at >= 0:
            found.append((at, "today"))
            at = low.find(cue, at + len(cue))
    found.extend((m.start(), m.group(1)) for m in ON_DATE_RE.finditer(low))
    found.sort()
    return found


SAME_DAY_WORDS = ("this morning", "this afternoon", "earlier today")
# Words before a bare weekday that make it some other day than the story's session.
NOT_THE_SESSION = frozenset(
    [
        "next",
        "until",
        "by",
        "before",
        "after",
        "due",
        "since",
        "from",
        "through",
        "every",
        "each",
        "coming",
        "for",
        "last",
        "previous",
    ]
)


def _bare_weekday(low: str, at: int) -> bool:
    """A weekday without "on" that still names the session: "ended higher Thursday"."""
    words = low[max(0, at - 20) : at].split()
    if not words:
        return True
    last = words[-1].strip(",.;:()")
    return bool(last) and last not in NOT_THE_SESSION and not last.isdigit()


def possessive_day(before: str) -> str | None:
    """ "Friday's 10% gains": the day owns the number that follows it."""
    if "'s" not in before and "’s" not in before:
        return None
    m = POSSESSIVE_DAY_RE.search(before.lower())
    return m.group(1).lower() if m else None


def has_same_day_cue(text: str) -> bool:
    return SAME_DAY_RE.search(text.lower()) is not None


def intraday_time(text: str) -> str | None:
    if ":" not in text and "." not in text:
        return None  # every time the pattern reads has one: "10:30", "3.45 p.m."
    m = INTRADAY_TIME_RE.search(text)
    return m.group(1).strip() if m else None


@lru_cache(maxsize=4096)
def resolve_day(mic: str, phrase: str, published: datetime | None) -> date | None:
    """The trading day ``phrase`` names on ``mic``'s calendar, or None.

    Cached: an article names the same day for many moves, and calendars are fixed for the
    life of the process, so the answer depends on the arguments only.
    """
    if published is None:
        return None
    if phrase.startswith("last ") and phrase[5:] in DAY_NAMES:
        # "last Friday", written on a Friday, is a week back
        day = trading_day_for(mic, phrase[5:], published)
        if day is not None and day == local_date(mic, published):
            return trading_day_for(mic, phrase[5:], published - timedelta(days=7))
        return day
    return trading_day_for(mic, phrase, published)


@lru_cache(maxsize=1024)
def publication_session(mic: str, published: datetime | None) -> date | None:
    """The publication day, in the exchange's time zone, when it had a session."""
    if published is None:
        return None
    d = local_date(mic, published)
    return d if is_session(mic, d) else None


def session_before(mic: str, reference: date | None, published: datetime | None) -> date | None:
    """The session before ``reference`` (the day the sentence is about), or before the
    publication day when the article names no day before: "a day earlier"."""
    if reference is None:
        if published is None:
            return None
        reference = session_on_or_before(mic, local_date(mic, published))
    return previous_session(mic, reference)


OPENING_HOUR = 8  # before this local hour no exchange has opened: a story reports the last close


@lru_cache(maxsize=1024)
def reported_session(mic: str, published: datetime | None) -> date | None:
    """The session a report without a day phrase is about: the publication day's, or the
    one before when the story appeared before the market opened ("04:00 ET" is about the
    previous US session)."""
    if published is None:
        return None
    today = local_date(mic, published)
    if published.tzinfo is not None:
        local = published.astimezone(exchange_tz(mic))
        if local.hour < OPENING_HOUR:
            return previous_session(mic, today)
    return today if is_session(mic, today) else session_on_or_before(mic, today)
