"""The shipped sessions (data/calendars.bin) against exchange_calendars, their source.

The per-article code reads precomputed sessions so that no article pays for building a
calendar from holiday rules; these tests keep that file honest. Each calendar is built from
exchange_calendars once, over the span the file says it was built for, and every day of that
span is compared: session or not, and the nearest session on either side. A failure after an
exchange_calendars upgrade means the file is stale: run ``scripts/build_calendars.py``.
"""

from __future__ import annotations

import bisect
import gzip
import subprocess
import sys
import time
from datetime import date, timedelta
from importlib import resources

import pytest

from tickerwire.entities import mentions
from tickerwire.reference import calendars as cal
from tickerwire.reference.exchanges import INDEX_EXCHANGE, MIC_CURRENCY
from tickerwire.reference.securities import MIC_FAMILY

xcals = pytest.importorskip("exchange_calendars")
import pandas as pd  # noqa: E402  (after the importorskip)
from exchange_calendars import calendar_utils  # noqa: E402

SHIPPED = cal.shipped_calendars()
_EPOCH = pd.Timestamp("2000-01-01")


def _source(name: str) -> tuple[list[date], str]:
    """Sessions and time zone from exchange_calendars over the shipped span (one build)."""
    start, end = SHIPPED[name]
    built = xcals.get_calendar(name, start=start.isoformat(), end=end.isoformat())
    return [ts.date() for ts in built.sessions], str(built.tz)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_shipped_sessions_match_exchange_calendars(name: str) -> None:
    expected, tz = _source(name)
    shipped = cal.get_calendar(name)
    assert list(shipped.sessions) == expected, f"{name}: run scripts/build_calendars.py"
    assert str(shipped.tz) == tz
    # Every day of the span, asked through the public functions, against a plain bisect over
    # the source's sessions.
    session_set = set(expected)
    d = expected[0]
    while d <= expected[-1]:
        assert cal.is_session(name, d) is (d in session_set), (name, d)
        after = expected[bisect.bisect_left(expected, d)]
        before = expected[bisect.bisect_right(expected, d) - 1]
        assert cal.session_on_or_after(name, d) == after, (name, d)
        assert cal.session_on_or_before(name, d) == before, (name, d)
        d += timedelta(days=1)


def test_every_source_calendar_is_shipped() -> None:
    source = {
        name
        for name in xcals.get_calendar_names(include_aliases=False)
        if len(name) == 4 and name.isalnum() and name.isupper()  # not "24/7", "us_futures"
    }
    assert set(SHIPPED) <= source
    # What the build skipped must be what exchange_calendars cannot build at all (ASEX, XBEL,
    # XBSE, XCYS, XTAE in 4.13): these fail at once, before any holiday rule is evaluated.
    for name in sorted(source - set(SHIPPED)):
        factory = calendar_utils._default_calendar_factories[name]
        start = max(date.fromisoformat(cal.CALENDAR_START), (factory.bound_min() or _EPOCH).date())
        with pytest.raises((NotImplementedError, ValueError)):
            xcals.get_calendar(name, start=start.isoformat())


def test_shipped_aliases_are_the_source_aliases() -> None:
    expected = {
        alias: target
        for alias, target in calendar_utils._default_calendar_aliases.items()
        if target in SHIPPED and alias.isupper()
    }
    assert cal.shipped_aliases() == expected
    # XTSX (TSX Venture) is an alias of Toronto in the source, and keeps its real calendar.
    assert cal.is_session("XTSX", date(2025, 7, 1)) is False  # Canada Day
    assert cal.exchange_tz("XTSX") is cal.exchange_tz("XTSE")


def _project_mics() -> set[str]:
    """Every MIC the project can hand to the calendars: listings, notations, indices."""
    path = resources.files("tickerwire.reference").joinpath("data", "listings.tsv.gz")
    lines = gzip.decompress(path.read_bytes()).decode().splitlines()[1:]
    mics = {line.split(":", 1)[0] for line in lines}
    mics |= set(MIC_FAMILY) | set(MIC_CURRENCY) | set(INDEX_EXCHANGE.values())
    mics |= set(cal.MIC_ALIASES) | set(cal.MIC_ALIASES.values()) | set(cal.FALLBACK_TZ)
    for table in (mentions.PREFIX_MIC, mentions.SUFFIX_MIC, mentions.BLOOMBERG_MIC):
        mics |= set(table.values())
    return mics


def test_every_exchange_the_project_names_has_its_real_calendar() -> None:
    known = set(xcals.get_calendar_names(include_aliases=True))
    weekday_only = set()
    for mic in sorted(_project_mics()):
        name = cal.calendar_mic(mic)
        if name in known:
            assert cal.get_calendar(mic).first is not None, mic
        else:
            weekday_only.add(mic)
            assert cal.get_calendar(mic).first is None, mic
    # the Beijing exchange and IEX have no calendar in the source: weekdays only
    assert weekday_only == {"BJSE", "IEXG"}


def test_calendars_load_in_microseconds() -> None:
    # A first use must never cost an article noticeable time: load every shipped calendar
    # afresh. The bound is loose (a noisy machine); the real figure is a few microseconds each.
    cal._load.cache_clear()
    began = time.perf_counter()
    for name in SHIPPED:
        cal.get_calendar(name)
    elapsed = time.perf_counter() - began
    assert elapsed < 0.2, f"{len(SHIPPED)} calendars took {elapsed:.3f} s"


KOREAN_ARTICLE = """---
date: "2025-02-07 15:45:00+09:00"
---
Kospi climbs as Samsung and SK Hynix extend chip rally

SEOUL, Feb 7 - South Korean shares rose on Friday, led by chipmakers. Samsung Electronics
(005930.KS) jumped 3.2% to 55,400 won. On Thursday, the Kospi had slipped 0.4%.
"""


def test_pipeline_imports_neither_exchange_calendars_nor_pandas(tmp_path) -> None:
    # A fresh process, as a command would be: import, then one Korean article through every
    # stage, and first uses of other exchanges' calendars.
    article = tmp_path / "kospi.md"
    article.write_text(KOREAN_ARTICLE, encoding="utf-8")
    code = (
        "import sys\n"
        "from datetime import datetime, timezone\n"
        "import tickerwire\n"
        "from tickerwire.reference import calendars\n"
        f"records = list(tickerwire.analyse_inputs([{str(article)!r}]))\n"
        "days = sorted({str(m.date) for r in records for m in r.moves})\n"
        "published = datetime(2025, 2, 7, 6, tzinfo=timezone.utc)\n"
        "for mic in ('XKOS', 'XHKG', 'XSHE', 'XNAS', 'XTKS', 'XNSE', 'XLON', 'XSAU'):\n"
        "    calendars.trading_day_for(mic, 'on Thursday', published)\n"
        "print(days)\n"
        "print(sorted(m for m in sys.modules\n"
        "             if m.partition('.')[0] in ('exchange_calendars', 'pandas')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[-1] == "[]"
    assert out[-2] == "['2025-02-06', '2025-02-07']"  # Thursday's and Friday's sessions
