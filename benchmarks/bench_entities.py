"""Entities stage speed: articles per second on one core, and the memory of the loaded master.

    python benchmarks/bench_entities.py [--repeat 200] [--corpus-dev] [FOLDER ...]

Runs over the shared development articles (and the project's held-out set) when no folder is
given; ``--corpus-dev`` adds the development split of the real-news corpus (``eval/corpus``,
the ``dev`` rows of its index: the held-out texts are never read). Times are CPU time of this
process, best of several rounds, so that other work on the machine moves them less. The stage
is timed as the pipeline runs it (``build_step``: mentions, resolution, described
organisations). The peer is the floor a user would otherwise reach for: one US-ticker regex
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


CORPUS = ROOT / "eval" / "corpus"


def corpus_dev_paths() -> list[Path]:
    """The development split's texts of the real-news corpus, by its index (never the rest)."""
    index = CORPUS / "index.tsv"
    if not index.is_file():
        return []
    rows = [line.split("\t") for line in index.read_text(encoding="utf-8").splitlines()[1:]]
    paths = [CORPUS / "texts" / r[0] for r in rows if len(r) > 6 and r[6] == "dev"]
    return [p for p in paths if p.is_file()]


def load_articles(folders: list[Path], extra: list[Path] = ()) -> list:  # type: ignore[assignment]
    from tickerwire.ingest import read_document
    from tickerwire.model import RawDocument

    paths = [p for folder in folders if folder.is_dir() for p in sorted(folder.iterdir())]
    articles = []
    for path in [*paths, *extra]:
        raw = RawDocument(path.as_uri(), path.read_bytes(), path.name)
        articles.append(read_document(raw))
    return articles


def timed(fn, items: list, repeat: int, rounds: int = 5) -> tuple[float, int]:
    """Best CPU time of ``rounds`` rounds of ``repeat`` passes over ``items``."""
    best, found = float("inf"), 0
    for _ in range(rounds):
        found = 0
        start = time.process_time()
        for _ in range(repeat):
            for item in items:
                found += fn(item)
        best = min(best, time.process_time() - start)
    return best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--corpus-dev", action="store_true", help="add the real-news dev split")
    args = parser.parse_args()
    extra = corpus_dev_paths() if args.corpus_dev else []
    articles = load_articles(args.folders or DEFAULT, extra)
    if not articles:
        raise SystemExit("no articles found")
    texts = [a.text for a in articles]
    mb = sum(len(t.encode()) for t in texts) / 1e6

    gc.collect()
    before = rss_mb()
    t0 = time.process_time()
    from tickerwire.reference import load_master

    master = load_master()
    t1 = time.process_time()
    from tickerwire.entities import _engine, build_step

    _engine()
    t2 = time.process_time()
    after = rss_mb()
    print(f"master: {len(master):,} listings, {len(master.alias_rows):,} aliases")
    print(f"load (CPU): master {1000 * (t1 - t0):.0f} ms, automaton {1000 * (t2 - t1):.0f} ms; "
          f"peak RSS +{after - before:.0f} MB (process {after:.0f} MB)")  # fmt: skip

    from tickerwire.model import ArticleRecord

    step = build_step()
    records = [ArticleRecord(a) for a in articles]
    for record in records:
        step(record)  # warm: every alias an article hits is parsed once per process
    elapsed, found = timed(lambda r: len(step(r).entities), records, args.repeat)
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
