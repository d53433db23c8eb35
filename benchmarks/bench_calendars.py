"""Cold start of the trading calendars: the first trading day asked of each exchange.

Why it matters: the first article touching an exchange used to build that exchange's
calendar from holiday rules with ``exchange_calendars`` (0.1-0.3 s each, over a second for
Seoul, plus importing pandas), so one Korean article cost seconds. The sessions now ship
precomputed (``data/calendars.bin``) and load in microseconds.

Each measurement runs in a fresh interpreter, as a command would: ``import tickerwire``, then
the first ``trading_day_for`` on one exchange. "before" does what the old first use did, by
calling ``exchange_calendars`` directly (build from 2015, as the old code did, and turn the
sessions into a tuple and a set); "from 2000" is the same over the span now shipped, which
is what the wider span would cost if it were still built at run time; "after" is the shipped
file. Medians of ``--repeat`` runs. Then the wall time of ``tickerwire extract`` on one
Korean article, the command-line case that motivated this.

    .venv/bin/python benchmarks/bench_calendars.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# the command installed beside this interpreter (.venv/bin/tickerwire)
COMMAND = Path(sys.executable).parent / "tickerwire"
MODES = ("before", "from2000", "after")

# Exchanges the project prices and indexes (MIC_CURRENCY and INDEX_EXCHANGE), one per calendar.
EXCHANGES = (
    "XKRX",
    "XHKG",
    "XSHG",
    "XNYS",
    "XTKS",
    "XTAI",
    "XBOM",
    "XLON",
    "XETR",
    "XPAR",
    "XAMS",
    "XASX",
    "XTSE",
)

CHILD = """
import json, sys, time
from datetime import datetime, timezone
began = time.perf_counter()
import tickerwire
from tickerwire.reference import calendars
imported = time.perf_counter()
mic, mode = sys.argv[1], sys.argv[2]
published = datetime(2025, 2, 7, 6, tzinfo=timezone.utc)
if mode != "after":
    # the old first use: build the calendar with exchange_calendars and keep plain dates
    import warnings
    warnings.simplefilter("ignore")
    from zoneinfo import ZoneInfo
    import exchange_calendars
    start = "2015-01-01" if mode == "before" else "2000-01-01"
    built = exchange_calendars.get_calendar(calendars.calendar_mic(mic), start=start)
    sessions = tuple(ts.date() for ts in built.sessions)
    frozenset(sessions), ZoneInfo(str(built.tz))
day = calendars.trading_day_for(mic, "on Thursday", published)
first = time.perf_counter()
for _ in range(1000):
    calendars.trading_day_for(mic, "on Thursday", published)
steady = (time.perf_counter() - first) / 1000
print(json.dumps({"import": imported - began, "first": first - imported, "steady": steady,
                  "day": str(day)}))
"""

KOREAN_ARTICLE = """---
title: "Kospi climbs as Samsung and SK Hynix extend chip rally"
date: "2025-02-07 15:45:00+09:00"
publisher: Seoul Market Wire
---
Kospi climbs as Samsung and SK Hynix extend chip rally

SEOUL, Feb 7 - South Korean shares rose on Friday, led by chipmakers, as investors bet that
demand for memory used in artificial-intelligence servers would hold up.

Samsung Electronics (005930.KS) jumped 3.2% to 55,400 won, while SK Hynix (000660.KS) advanced
as much as 5.1% before closing 4.4% higher at 210,500 won. The benchmark Kospi index rose 1.3%
to 2,521.92.

On Thursday, the Kospi had slipped 0.4% as foreign investors sold a net 210 billion won of
local shares.

"Memory prices are stabilising sooner than the market expected," said Kim Dong-won, an analyst
at KB Securities.

Hyundai Motor (005380.KS) fell 1.2% after the company said it would delay an electric-vehicle
plant in the United States.
"""


def child(mic: str, mode: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mic, mode], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out)


def median_of(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def extract_wall(repeat: int) -> tuple[float, str]:
    """Median wall time of ``tickerwire extract`` on the Korean article, and its trading days."""
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "kospi_chips.md"
        article.write_text(KOREAN_ARTICLE, encoding="utf-8")
        out = Path(tmp) / "x.jsonl"
        times = []
        for _ in range(repeat):
            began = time.perf_counter()
            subprocess.run(
                [str(COMMAND), "extract", str(article), "--jsonl", str(out)],
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - began)
        record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    days = sorted({move["date"] for move in record["moves"] if move["date"]})
    return statistics.median(times), ", ".join(days)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"first trading_day_for per exchange, fresh interpreter, median of {args.repeat}")
    header = (
        f"{'exchange':8} {'import':>8} {'before':>9} {'from 2000':>10} {'after':>8} "
        f"{'later calls':>12}  day"
    )
    print(header)
    print("-" * len(header))
    befores, afters, imports = [], [], []
    for mic in EXCHANGES:
        runs = {mode: [child(mic, mode) for _ in range(args.repeat)] for mode in MODES}
        before = median_of(runs["before"], "first")
        wide = median_of(runs["from2000"], "first")
        after = median_of(runs["after"], "first")
        imported = median_of(runs["after"], "import")
        steady = median_of(runs["after"], "steady")
        befores.append(before)
        afters.append(after)
        imports.append(imported)
        print(
            f"{mic:8} {imported * 1e3:6.0f} ms {before * 1e3:6.0f} ms {wide * 1e3:7.0f} ms "
            f"{after * 1e3:5.2f} ms {steady * 1e6:8.1f} µs  {runs['after'][0]['day']}"
        )
    print(
        f"{'total':8} {'':8} {sum(befores) * 1e3:6.0f} ms {'':10} {sum(afters) * 1e3:5.2f} ms"
        f"   (first use of all {len(EXCHANGES)} exchanges)"
    )
    print(f"import tickerwire: median {statistics.median(imports) * 1e3:.0f} ms")
    wall, days = extract_wall(args.repeat)
    print(
        f"tickerwire extract <one Korean article> --jsonl: {wall:.2f} s wall "
        f"(median of {args.repeat}; trading days {days})"
    )


if __name__ == "__main__":
    main()
