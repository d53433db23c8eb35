"""Build ``src/tickerwire/reference/data/calendars.bin``: every exchange's sessions, precomputed.

Why a build step: ``exchange_calendars`` derives each calendar from holiday rules when it is
first asked for, which costs 0.1-0.3 s per exchange and more than a second for Seoul (lunar
rules), on top of importing pandas. Per-article code would pay that on the first article that
touches an exchange. The sessions themselves are plain facts that change only when the rules
do, so they are computed here once and shipped; ``exchange_calendars`` stays the source of
truth, and ``tests/reference/test_calendar_data.py`` checks the shipped file against it.

Every calendar ``exchange_calendars`` can build is shipped (not only the exchanges the
security master lists), so that ``tickerwire.reference.calendars`` answers for any MIC exactly
as the package would. Each covers ``CALENDAR_START`` to ``CALENDAR_END`` or the narrower span
the package records holidays for. The package's own aliases (``NASDAQ``, ``XTSX``, ``HKEX``)
are shipped too.

Usage::

    .venv/bin/python scripts/build_calendars.py          # rewrite the shipped file
    .venv/bin/python scripts/build_calendars.py --check  # fail if it is out of date

The layout is described in ``tickerwire.reference.calendars``; the writer is here and the
reader there, and both follow the same format version.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
import zlib
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tickerwire.reference.calendars import (  # noqa: E402  (after the path set-up)
    CALENDAR_END,
    CALENDAR_START,
    FORMAT_MAGIC,
    TradingCalendar,
)

OUT = ROOT / "src" / "tickerwire" / "reference" / "data" / "calendars.bin"


def _span(factory: type) -> tuple[date, date]:
    """The widest span inside CALENDAR_START..CALENDAR_END the calendar can be built for."""
    start, end = date.fromisoformat(CALENDAR_START), date.fromisoformat(CALENDAR_END)
    low, high = factory.bound_min(), factory.bound_max()
    if low is not None:
        start = max(start, low.date())
    if high is not None:
        end = min(end, high.date())
    return start, end


def build() -> tuple[bytes, list[str]]:
    """The file's bytes, and one line per calendar for the build log."""
    import exchange_calendars as xcals
    from exchange_calendars import calendar_utils

    factories = calendar_utils._default_calendar_factories
    aliases = calendar_utils._default_calendar_aliases
    header: list[str] = [f"V\texchange_calendars\t{xcals.__version__}"]
    blob = bytearray()
    log: list[str] = []
    shipped: set[str] = set()
    for name in sorted(xcals.get_calendar_names(include_aliases=False)):
        if not (len(name) == 4 and name.isalnum() and name.isupper()):
            continue  # "24/7", "us_futures": not exchanges a MIC can name
        start, end = _span(factories[name])
        began = time.perf_counter()
        try:
            cal = xcals.get_calendar(name, start=start.isoformat(), end=end.isoformat())
        except Exception as exc:  # some calendars cannot be built at all in this version
            log.append(f"{name}: skipped ({type(exc).__name__}: {str(exc).splitlines()[0][:80]})")
            continue
        seconds = time.perf_counter() - began
        sessions = [ts.date() for ts in cal.sessions]
        first = sessions[0]
        # the reader's own encoding, so writer and reader cannot drift apart
        days = TradingCalendar.from_sessions(name, ZoneInfo(str(cal.tz)), sessions).days
        packed = zlib.compress(days, 9)
        header.append(
            "\t".join(
                (
                    "C",
                    name,
                    str(cal.tz),
                    start.isoformat(),
                    end.isoformat(),
                    first.isoformat(),
                    str(len(days)),
                    str(len(blob)),
                    str(len(packed)),
                )
            )
        )
        blob += packed
        shipped.add(name)
        log.append(
            f"{name}: {first}..{sessions[-1]} {len(sessions)} sessions, "
            f"{len(packed)} bytes, built in {seconds:.2f} s"
        )
    for alias, target in sorted(aliases.items()):
        if target in shipped and alias.isupper():
            header.append(f"A\t{alias}\t{target}")
    head = ("\n".join(header) + "\n").encode()
    return FORMAT_MAGIC + f"{len(head)}\n".encode() + head + bytes(blob), log


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped file differs")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # the package's pandas deprecation notes are noise here
    data, log = build()
    print("\n".join(log))
    if args.check:
        if OUT.read_bytes() != data:
            print(f"{OUT.relative_to(ROOT)} is out of date: run scripts/build_calendars.py")
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date ({len(data):,} bytes)")
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
