"""The whole per-article pipeline, stage by stage, beside the previous release in the same run.

    .venv/bin/python benchmarks/bench_pipeline.py [--previous REF] [--copies N]

Both trees are measured the same way, each in a fresh process: CPU time of one core, best of
three passes over the corpus, so the ratio holds on a busy machine where absolute numbers do
not. The corpus is the real development corpus (``eval/corpus/texts``, dev split) when it is
present, else the seed and labelled articles. Also printed: the cold start (import, build,
first article, in a fresh process), a floor (decode plus one regex scan for ``N%``) and the
peak memory. ``REF`` is any git revision (default: the tag of the previous release).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, article_texts

CORPUS = REPO / "eval" / "corpus"

# Runs in a fresh interpreter against one tree's sources; prints one JSON line.
MEASURE = r"""
import json, re, resource, sys, time
t0 = time.perf_counter()
from tickerwire.ingest import read_document
from tickerwire.model import ArticleRecord, RawDocument
from tickerwire.pipeline import build_pipeline
paths = [line.rstrip("\n") for line in open(sys.argv[1], encoding="utf-8")]
copies = int(sys.argv[2])
docs = [RawDocument(uri=p, data=open(p, "rb").read(), name=p.rsplit("/", 1)[-1]) for p in paths]
pipeline = build_pipeline()
pipeline(docs[0])
cold = time.perf_counter() - t0
docs = docs * copies

def best(run, items):
    times = []
    for _ in range(3):
        start = time.process_time()
        for item in items:
            run(item)
        times.append(time.process_time() - start)
    return len(items) / min(times)

out = {"cold_start_s": cold, "articles": len(docs)}
percent = re.compile(r"\b\d+(?:\.\d+)?%")
out["floor"] = best(lambda d: percent.findall(d.data.decode("utf-8", "replace")), docs)
out["ingest"] = best(read_document, docs)
articles = [read_document(d) for d in docs]
for index, (name, _) in enumerate(pipeline.steps):
    steps = pipeline.steps[: index + 1]
    def run(article, steps=steps):
        record = ArticleRecord(article)
        for _, step in steps:
            record = step(record)
    out["+ " + name] = best(run, articles)
out["whole pipeline"] = best(pipeline, docs)
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def corpus_paths(tmp: Path) -> tuple[list[Path], str]:
    """The dev texts of the real corpus, else the seeds and labelled articles."""
    index = CORPUS / "index.tsv"
    if index.is_file():
        with index.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        paths = [CORPUS / "texts" / r["file"] for r in rows if r["split"] == "dev"]
        paths = [p for p in paths if p.is_file()]
        if paths:
            return paths, f"{len(paths)} real articles (dev split of eval/corpus)"
    paths = []
    for number, data in enumerate(article_texts()):
        path = tmp / f"a{number}.txt"
        path.write_bytes(data)
        paths.append(path)
    return paths, f"{len(paths)} articles (seeds and labelled set; the real corpus is absent)"


def tree_of(ref: str, tmp: Path) -> Path | None:
    """The ``src`` folder of revision ``ref``, extracted with git, or None."""
    target = tmp / "previous"
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", ref, "src"], capture_output=True, check=False
    )
    if archive.returncode != 0:
        return None
    target.mkdir()
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target / "src"


def measure(src: Path, listing: Path, copies: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(listing), str(copies)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previous", default="v0.1.0", help="git revision to compare with")
    parser.add_argument("--copies", type=int, default=3, help="how often to repeat the corpus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        paths, described = corpus_paths(tmp)
        listing = tmp / "paths.txt"
        listing.write_text("\n".join(str(p) for p in paths) + "\n", encoding="utf-8")
        size = sum(p.stat().st_size for p in paths) / len(paths)
        print(f"corpus: {described}, {size / 1024:.1f} KB each, x{args.copies}")
        now = measure(REPO / "src", listing, args.copies)
        previous_src = tree_of(args.previous, tmp)
        before = measure(previous_src, listing, args.copies) if previous_src else None
    if before is None:
        print(f"previous release {args.previous!r} not found: showing this tree only")
    header = f"{'articles/s per core':34s} {'this tree':>12s}"
    print(header + (f" {args.previous:>12s} {'ratio':>7s}" if before else ""))
    for key in ("floor", "ingest", *[k for k in now if k.startswith("+ ")], "whole pipeline"):
        line = f"{key:34s} {now[key]:12,.0f}"
        if before and key in before:
            line += f" {before[key]:12,.0f} {now[key] / before[key]:6.2f}x"
        print(line)
    line = f"{'cold start (s)':34s} {now['cold_start_s']:12.2f}"
    if before:
        line += (
            f" {before['cold_start_s']:12.2f} {before['cold_start_s'] / now['cold_start_s']:6.2f}x"
        )
    print(line)
    print(f"{'peak memory (MB)':34s} {now['peak_mb']:12.0f}" + (
        f" {before['peak_mb']:12.0f}" if before else ""))  # fmt: skip


if __name__ == "__main__":
    main()
