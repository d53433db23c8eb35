"""Entities stage speed: articles per second on one core, and the memory of the loaded master.

    python benchmarks/bench_entities.py [--repeat 200] [FOLDER ...]

Runs over the shared development articles (and the project's held-out set) when no folder is
given. The peer is the floor a user would otherwise reach for: one US-ticker regex
(``$NVDA`` / bare capitals checked against the US symbol list), which finds far less.
"""

from __future__ import annotations

import argparse
import gc
import re
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [
    ROOT.parent / "shared" / "eval" / "dev" / "articles",
    ROOT / "tests" / "data" / "labelled" / "articles",
]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_texts(folders: list[Path]) -> list[str]:
    from tickerwire.ingest import read_document
    from tickerwire.model import RawDocument

    texts = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            raw = RawDocument(path.as_uri(), path.read_bytes(), path.name)
            texts.append(read_document(raw).text)
    return texts


def timed(fn, texts: list[str], repeat: int) -> tuple[float, int]:
    found = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            found += fn(text)
    return time.perf_counter() - start, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    texts = load_texts(args.folders or DEFAULT)
    if not texts:
        raise SystemExit("no articles found")
    mb = sum(len(t.encode()) for t in texts) / 1e6

    gc.collect()
    before = rss_mb()
    t0 = time.perf_counter()
    from tickerwire.reference import load_master

    master = load_master()
    t1 = time.perf_counter()
    from tickerwire.entities import _engine, extract_entities

    _engine()
    t2 = time.perf_counter()
    after = rss_mb()
    print(f"master: {len(master):,} listings, {len(master.alias_rows):,} aliases")
    print(f"load: master {1000 * (t1 - t0):.0f} ms, automaton {1000 * (t2 - t1):.0f} ms; "
          f"peak RSS +{after - before:.0f} MB (process {after:.0f} MB)")  # fmt: skip

    extract_entities(texts[0])
    elapsed, found = timed(lambda t: len(extract_entities(t)[0]), texts, args.repeat)
    n = len(texts) * args.repeat
    print(f"tickerwire entities : {n / elapsed:8,.0f} articles/s/core  {mb * args.repeat / elapsed:6.1f} MB/s  "
          f"{found / n:.1f} entities/article")  # fmt: skip

    us = {lid.split(":", 1)[1] for lid in master.ids if lid.split(":")[0] in ("XNAS", "XNYS")}
    peer = re.compile(r"(?<![\w$])\$?([A-Z]{1,5})(?![\w])")

    def regex_floor(text: str) -> int:
        return len({m.group(1) for m in peer.finditer(text) if m.group(1) in us})

    elapsed, found = timed(regex_floor, texts, args.repeat)
    print(f"US-ticker regex peer: {n / elapsed:8,.0f} articles/s/core  {mb * args.repeat / elapsed:6.1f} MB/s  "
          f"{found / n:.1f} 'tickers'/article (mostly words such as AI, CEO, US)")  # fmt: skip
    print(
        f"({len(texts)} articles x {args.repeat}, {1000 * mb / len(texts):.1f} KB each, one core)"
    )


if __name__ == "__main__":
    main()
