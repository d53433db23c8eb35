"""Speed of the catalysts, quotes and sentiment steps, in articles/s per core.

Reads the development articles (and the seeds), runs the upstream stages once (ingest,
entities, moves: whatever is installed), then times each of the three steps over many
passes. The sentence cache is cleared before every article so no pass reuses another's
work. Prints articles/s for each step and for the three together, and peak memory.

    .venv/bin/python benchmarks/bench_catalysts_quotes.py [FOLDER ...]
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from tickerwire import catalysts, entities, moves, quotes, sentiment
from tickerwire.catalysts.sentences import split_sentences
from tickerwire.ingest import read_document
from tickerwire.model import ArticleRecord, RawDocument

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
PASSES = 50


def load(folders: list[Path]) -> list[ArticleRecord]:
    upstream = [("entities", entities.build_step()), ("moves", moves.build_step())]
    records = []
    for folder in folders:
        for path in sorted(folder.glob("*")):
            if not path.is_file():
                continue
            record = ArticleRecord(
                read_document(RawDocument(str(path), path.read_bytes(), path.name))
            )
            for name, step in upstream:
                try:
                    record = step(record)
                except Exception as error:  # an upstream stage mid-change must not stop the timing
                    print(f"{path.name}: {name} failed ({type(error).__name__}); timed without it")
            records.append(record)
    return records


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or [
        SHARED / "eval" / "dev" / "articles",
        SHARED / "seeds",
    ]
    folders = [f for f in folders if f.is_dir()]
    if not folders:
        print("no article folder present")
        raise SystemExit(2)
    records = load(folders)
    steps = {
        "catalysts": catalysts.build_step(),
        "quotes": quotes.build_step(),
        "sentiment": sentiment.build_step(),
    }
    totals = dict.fromkeys(steps, 0.0)
    for _ in range(PASSES):
        for record in records:
            split_sentences.cache_clear()
            for name, step in steps.items():
                started = time.perf_counter()
                record = step(record)
                totals[name] += time.perf_counter() - started
    n = len(records) * PASSES
    chars = sum(len(r.article.text) for r in records) / max(1, len(records))
    print(f"{len(records)} articles (mean {chars:.0f} chars), {PASSES} passes, one core")
    for name, seconds in totals.items():
        print(f"{name:<10} {n / seconds:10.0f} articles/s")
    print(f"{'together':<10} {n / sum(totals.values()):10.0f} articles/s")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
