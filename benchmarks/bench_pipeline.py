"""The whole per-article pipeline: articles/s per core and peak memory, stage by stage.

    .venv/bin/python benchmarks/bench_pipeline.py [--copies N]

The floor is a plain regex scan for percentages over the same text (what a quick script
would do); each stage row is the cumulative pipeline up to and including that stage.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import article_texts, peak_memory_mb, rate

from tickerwire.ingest import read_document
from tickerwire.model import ArticleRecord, RawDocument
from tickerwire.pipeline import build_pipeline

PERCENT = re.compile(r"\b\d+(?:\.\d+)?%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40, help="how often to repeat the corpus")
    args = parser.parse_args()
    texts = article_texts() * args.copies
    docs = [RawDocument(uri=f"a{i}.txt", data=t, name=f"a{i}.txt") for i, t in enumerate(texts)]
    started = time.perf_counter()
    pipeline = build_pipeline()
    pipeline(docs[0])
    print(f"pipeline built and warmed in {time.perf_counter() - started:.2f} s "
          f"(security master, automaton, calendars); peak memory {peak_memory_mb():.0f} MB")  # fmt: skip
    print(f"corpus: {len(docs)} articles of real news text")
    rate(
        "floor: decode + regex scan for N%",
        texts,
        lambda b: PERCENT.findall(b.decode("utf-8", "replace")),
    )
    articles = [read_document(d) for d in docs]
    rate("ingest (read_document)", docs, read_document)
    for index, (name, _step) in enumerate(pipeline.steps):
        steps = pipeline.steps[: index + 1]

        def run(article: object, steps: tuple = steps) -> object:
            record = ArticleRecord(article)  # type: ignore[arg-type]
            for _name, step in steps:
                record = step(record)
            return record

        rate(f"  + {name} (stages only, cumulative)", articles, run)
    rate("whole pipeline (ingest + every stage)", docs, pipeline)
    print(f"peak memory: {peak_memory_mb():.0f} MB")


if __name__ == "__main__":
    main()
