"""Speed of the price checks and the event study, per core.

Converts the Hong Kong reference prices (shared/data/prices) into a temporary folder, then
builds one move per Hang Seng Tech member and session of January-February 2025 (the day's
real change, rounded as a reporter would), five moves per article. Times
`verify_records` over them (cold: a fresh provider that reads the files; warm: the series
already loaded), a pandas peer doing the plain close-to-close lookup per move, and
`event_study` over the members. Prints moves/s and articles/s, and peak memory.

    .venv/bin/python benchmarks/bench_prices.py
"""

from __future__ import annotations

import itertools
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

import pandas as pd

from tickerwire.model import Article, ArticleRecord, Move, Span
from tickerwire.prices import FolderProvider, event_study, import_shared_prices, verify_records

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
PRICES = SHARED / "data" / "prices"
MEMBERS_FILE = PRICES / "yahoo_hstech_members_daily_2024-2025.csv"


def build_records(folder: Path, ids: list[str]) -> list[ArticleRecord]:
    provider = FolderProvider(folder)
    moves = []
    for listing in ids:
        bars = provider.bars(listing, date(2025, 1, 2), date(2025, 2, 28))
        for prev, bar in itertools.pairwise(bars):
            change = (bar.close / prev.close - 1) * 100
            direction = "up" if change >= 0 else "down"
            moves.append(
                Move(listing, direction, round(abs(change), 1), "%", Span(0, 1), date=bar.date)
            )
    text = "Shares moved."
    records = []
    for i in range(0, len(moves), 5):
        article = Article(id=f"a{i}", uri=f"bench:{i}", name="", text=text, format="text")
        records.append(ArticleRecord(article, moves=tuple(moves[i : i + 5])))
    return records


def pandas_peer(folder: Path, records: list[ArticleRecord]) -> int:
    frames: dict[str, pd.DataFrame] = {}
    hits = 0
    for record in records:
        for move in record.moves:
            frame = frames.get(move.subject)
            if frame is None:
                stem = move.subject.replace(":", "_")
                frame = pd.read_csv(folder / f"{stem}.csv", parse_dates=["date"]).set_index("date")
                frame["change"] = frame["close"].pct_change() * 100
                frames[move.subject] = frame
            observed = frame.loc[pd.Timestamp(move.date), "change"]
            claim = move.value if move.direction == "up" else -move.value
            hits += abs(observed - claim) <= 0.55
    return hits


def main() -> None:
    ids = sorted(
        {f"XHKG:{t.split('.')[0].zfill(5)}" for t in pd.read_csv(MEMBERS_FILE)["ticker"].unique()}
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        import_shared_prices(PRICES, folder, only=[*ids, "INDEX:HSI"])
        print(f"import of {len(ids) + 1} series: {time.perf_counter() - started:.2f} s")
        records = build_records(folder, ids)
        n_moves = sum(len(r.moves) for r in records)

        started = time.perf_counter()
        cold = verify_records(records, FolderProvider(folder))
        cold_s = time.perf_counter() - started

        provider = FolderProvider(folder)
        verify_records(records, provider)
        passes = 5
        started = time.perf_counter()
        for _ in range(passes):
            verify_records(records, provider)
        warm_s = (time.perf_counter() - started) / passes

        started = time.perf_counter()
        hits = pandas_peer(folder, records)
        peer_s = time.perf_counter() - started

        confirmed = sum(v.status == "confirmed" for v in cold)
        print(
            f"{n_moves} moves in {len(records)} articles; confirmed {confirmed}, peer hits {hits}"
        )
        print(
            f"verify_records cold: {n_moves / cold_s:,.0f} moves/s, {len(records) / cold_s:,.0f} articles/s"
        )
        print(
            f"verify_records warm: {n_moves / warm_s:,.0f} moves/s, {len(records) / warm_s:,.0f} articles/s"
        )
        print(f"pandas peer (close-to-close only): {n_moves / peer_s:,.0f} moves/s")

        days = [date(2025, 1, 27), date(2025, 2, 3), date(2025, 2, 10), date(2025, 2, 17)]
        started = time.perf_counter()
        done = 0
        for day in days:
            study = event_study(provider, ids, "INDEX:HSI", day, (-35, -6))
            done += len(study.listings)
        es_s = time.perf_counter() - started
        print(f"event_study: {done / es_s:,.0f} listing-events/s ({done} in {es_s:.3f} s)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
