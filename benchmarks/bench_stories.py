"""Speed of the story step and the HTML report, per core, with peak memory.

    .venv/bin/python benchmarks/bench_stories.py [--articles N]

The corpus is the real seed and labelled articles run through the pipeline once, then
copied N times, twenty a day over 100 days: one copy in five verbatim (syndication on the
same day, to fold as duplicates), the others with every third word's letters rotated in
place (same length, so every span stays valid) so that their shingles differ as separate
articles' would. Every copy keeps its cast, so event clustering sees the worst case: one
crowd of shared entities that only time and cause can split.

Rows: MinHash signatures (ours, and datasketch's MinHash on the same shingles as the peer),
whole sketches, clustering (duplicates, events, story building, agreement), report rendering.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import resource
import sys
import time
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED

from tickerwire.model import ArticleRecord, RawDocument
from tickerwire.pipeline import build_pipeline
from tickerwire.report import render_report
from tickerwire.stories import cluster, sketch
from tickerwire.stories.sketch import NUM_PERM, SHINGLE, signature_of

_WORD = re.compile(r"[A-Za-z]+")


def base_records() -> list[ArticleRecord]:
    pipeline = build_pipeline()
    records = []
    for folder in (SHARED / "seeds", SHARED / "eval" / "dev" / "articles"):
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            result = pipeline(RawDocument(str(path), path.read_bytes(), path.name))
            if isinstance(result, ArticleRecord):
                records.append(result)
    return records


def _rotate(text: str, seed: int) -> str:
    def change(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if count % 3:
            return match.group(0)
        shift = 1 + zlib.crc32(f"{seed}:{count}".encode()) % 25
        return "".join(chr((ord(c.lower()) - 97 + shift) % 26 + 97) for c in match.group(0))

    count = 0
    return _WORD.sub(change, text)


def corpus(bases: list[ArticleRecord], size: int) -> list[ArticleRecord]:
    start = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)
    records = []
    for number in range(size):
        base = bases[number % len(bases)]
        article = base.article
        text = article.text if number % 5 == 0 else _rotate(article.text, number)
        copy = dataclasses.replace(
            article,
            id=f"{article.id}-{number}",
            name=f"{number:05d}_{article.name}",
            text=text,
            published=start + timedelta(days=(number // 20) % 100, minutes=number % 20),
        )
        records.append(dataclasses.replace(base, article=copy))
    return records


def timed(label: str, count: int, run) -> float:
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - began)
    print(f"{label:<44} {count / best:>10,.0f} articles/s   ({best * 1000:,.1f} ms for {count})")
    return best


def datasketch_signature(text: str):
    from datasketch import MinHash

    words = re.findall(r"\w+", text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - 3)}
    minhash = MinHash(num_perm=NUM_PERM)
    minhash.update_batch(list(shingles))
    return minhash.hashvalues


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    size = parser.parse_args().articles
    bases = base_records()
    if not bases:
        print("no article folder present beside the repository")
        return
    records = corpus(bases, size)
    texts = [r.article.text for r in records]
    print(f"{size} articles from {len(bases)} real ones, one core\n")
    timed("MinHash signature (tickerwire)", size, lambda: [signature_of(t) for t in texts])
    try:
        timed("MinHash signature (datasketch, peer)", size,
              lambda: [datasketch_signature(t) for t in texts])  # fmt: skip
    except ImportError:
        print("datasketch not installed: peer row skipped")
    timed("sketch (signature + salient features)", size,
          lambda: [sketch(r, i) for i, r in enumerate(records)])  # fmt: skip
    stories: list = []

    def run_cluster() -> None:
        stories[:] = cluster(records)

    timed("cluster: sketch + duplicates + events + build", size, run_cluster)
    duplicates = sum(a.novelty == "duplicate" for s in stories for a in s.articles)
    print(f"   -> {len(stories)} stories, {duplicates} duplicates folded")
    html: list[str] = []

    def run_report() -> None:
        html[:] = [render_report(records=records, stories=stories, verifications=[],
                                 rejections=[])]  # fmt: skip

    timed("report: render HTML", size, run_report)
    print(f"   -> {len(html[0]) / 2**20:.1f} MiB of HTML")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory: {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
