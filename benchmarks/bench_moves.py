"""Benchmark the moves stage: articles per second on one core, beside a plain regex floor.

Articles are the labelled development set (``../shared/eval/dev/articles``) read by the real
ingest and passed through the real entities stage, so the moves stage sees what it sees in the
pipeline. The peer is the cheapest possible move finder: one ``%``-anchored regex with a
direction verb in a 60-character look-back (PERFORMANCE.md measured ~4,300 docs/s for it). It
finds far less (no money, no points, no subjects, no days) but bounds what a single regex pass
costs.

``--corpus all`` adds the seeds, the held-out test articles and the ingest test files (28
articles, shorter on average) to the development set.

Measured on the shared 2-core host (CPU time of the process, so other work on the host still
adds some noise; the load average was 2-4 during these runs), development set, 200 repeats:

- before the speed work: 1,350-1,600 articles/s/core (0.63-0.74 ms/article);
- after: 1,700-1,900 articles/s/core (0.53-0.58 ms/article) on the same runs, 1.2-1.35x.
  Both versions were also timed interleaved in one process on the 28 articles of
  ``--corpus all``: 1.15-1.37x, with exactly the same moves and figures.

Where the time goes now (py-spy, whole stage = 100%): the per-move reading (``_read``, 47%,
of which the subject search is 21%), number scanning (16%), building the output dataclasses
(~7%), sentence splitting (3%); no single line costs more than 4.2%.

Run: ``.venv/bin/python benchmarks/bench_moves.py [--repeat N] [--corpus dev|all]``
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
from pathlib import Path

from tickerwire.model import ArticleRecord, RawDocument

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / ".." / "shared" / "eval" / "dev" / "articles"
MORE = [
    ROOT / ".." / "shared" / "seeds",
    ROOT / "tests" / "data" / "labelled" / "articles",
    ROOT / "tests" / "data" / "ingest",
]

FLOOR_RE = re.compile(r"\d+(?:\.\d+)?%")
FLOOR_VERB_RE = re.compile(
    r"\b(?:jump|surg|soar|rall|climb|advanc|add|ros|rise|gain|fell|fall|slid|drop|sank|tumbl|"
    r"plung|lost|shed|slump|declin)\w*\b[^.]{0,30}$",
    re.IGNORECASE,
)


def floor_scan(text: str) -> int:
    hits = 0
    for m in FLOOR_RE.finditer(text):
        if FLOOR_VERB_RE.search(text, max(0, m.start() - 60), m.start()):
            hits += 1
    return hits


def load_records(corpus: str) -> list[ArticleRecord]:
    from tickerwire import entities
    from tickerwire.errors import InputError
    from tickerwire.ingest import read_document

    step = entities.build_step()
    folders = [ARTICLES, *(MORE if corpus == "all" else [])]
    records = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            try:
                article = read_document(RawDocument(str(path), path.read_bytes(), path.name))
            except InputError:
                continue  # the ingest tests keep deliberately broken files
            records.append(step(ArticleRecord(article)))
    return records


def timed(fn, items, repeat: int) -> float:
    """CPU seconds of this process: per-core cost, less disturbed by other work on the host."""
    start = time.process_time()
    for _ in range(repeat):
        for item in items:
            fn(item)
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=400)
    parser.add_argument("--corpus", choices=("dev", "all"), default="dev")
    args = parser.parse_args()
    if not ARTICLES.is_dir():
        print(f"bench_moves: {ARTICLES}: development articles not present", file=sys.stderr)
        return 2
    from tickerwire.moves import build_step
    from tickerwire.reference.calendars import get_calendar

    records = load_records(args.corpus)
    step = build_step()
    for mic in ("XHKG", "XSHG", "XNYS"):
        get_calendar(mic)  # loading is one-off per process; keep it out of the per-article time
    warm = [step(r) for r in records]
    n = len(records) * args.repeat
    kb = sum(len(r.article.text) for r in records) / len(records) / 1024

    t_moves = timed(step, records, args.repeat)
    texts = [r.article.text for r in records]
    t_floor = timed(floor_scan, texts, args.repeat)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    moves = sum(len(r.moves) for r in warm) / len(warm)
    figures = sum(len(r.figures) for r in warm) / len(warm)
    entities = sum(len(r.entities) for r in warm) / len(warm)
    floor_hits = sum(floor_scan(t) for t in texts) / len(texts)
    print(f"articles: {len(records)} x {args.repeat} (avg {kb:.1f} KB text, "
          f"{entities:.1f} entities/article from the entities stage)")  # fmt: skip
    print(
        f"moves stage : {n / t_moves:10,.0f} articles/s/core  {1e3 * t_moves / n:.3f} ms/article"
        f"  {moves:.1f} moves + {figures:.1f} figures/article"
    )
    print(
        f"regex floor : {n / t_floor:10,.0f} articles/s/core  {1e3 * t_floor / n:.3f} ms/article"
        f"  {floor_hits:.1f} %-hits/article"
    )
    print(f"peak memory : {peak:.0f} MB (ru_maxrss, whole process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
