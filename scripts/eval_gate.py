"""Quality ratchet: score labelled articles and refuse any drop below the floors in
eval_baseline.json. Three corpora: the shared development articles (../shared/eval/dev), the
project's own labelled articles across markets (tests/data/labelled), and the development
split of the real-news corpus (eval/corpus) when its texts are restored; all scored by
../shared/eval/score.py. A floor whose corpus is absent is not checked.

    python scripts/eval_gate.py            # check
    python scripts/eval_gate.py --update   # raise floors to today's scores (never lowers)
    python scripts/eval_gate.py --allow-regression --update   # lower them, on purpose

Skips, saying why, when ../shared/eval is not beside the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
CORPORA = {"dev": EVAL / "dev", "labelled": REPO / "tests" / "data" / "labelled"}
REAL = REPO / "eval" / "corpus"  # the real-news corpus: its dev split, when the texts are here
BASELINE = Path(__file__).resolve().parent / "eval_baseline.json"
METRICS = ("securities", "indices", "organizations", "moves", "catalysts", "quotes")
SHARES = ("metadata title", "metadata published", "metadata publisher", "metadata authors",
          "move qualifier", "move date", "move price", "move record", "quote stance")  # fmt: skip


def current_scores() -> dict[str, float]:
    scores: dict[str, float] = {}
    for corpus, folder in CORPORA.items():
        scores.update({f"{corpus} {k}": v for k, v in corpus_scores(folder).items()})
    real = real_corpus()
    if real is None:
        print(f"real-news corpus skipped: its texts are not in {REAL / 'texts'} "
              "(scripts/restore_corpus.py restores them)")  # fmt: skip
    else:
        scores.update({f"real {k}": v for k, v in corpus_scores(*real).items()})
    return scores


def real_corpus() -> tuple[Path, Path] | None:
    """The development split of the real-news corpus, as (texts, gold), when its texts are
    here; the held-out split is never part of the gate."""
    index = REAL / "index.tsv"
    if not index.is_file():
        return None
    with index.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r["split"] == "dev"]  # fmt: skip
    if not rows or not all((REAL / "texts" / r["file"]).is_file() for r in rows):
        return None
    return REAL / "texts", REAL / "gold.jsonl"


def corpus_scores(folder: Path, gold: Path | None = None) -> dict[str, float]:
    """Scores of one labelled corpus: ``folder/articles`` and ``folder/gold.jsonl``, or the
    texts in ``folder`` scored against ``gold`` (only the articles both name)."""
    from tickerwire.run import extract

    articles = folder if gold is not None else folder / "articles"
    gold = gold if gold is not None else folder / "gold.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        predictions = Path(tmp) / "pred.jsonl"
        extract([articles], predictions)
        names = {p.name for p in articles.glob("*")}
        subset = Path(tmp) / "gold.jsonl"
        lines = gold.read_text(encoding="utf-8").splitlines()
        subset.write_text("\n".join(x for x in lines if json.loads(x)["file"] in names) + "\n")
        done = subprocess.run(
            [sys.executable, str(EVAL / "score.py"), str(subset), str(predictions), "--json"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    result = json.loads(done.stdout)
    scores = {name: float(result[name]["f1"]) for name in METRICS if name in result}
    for name in SHARES:
        share = (result.get(name) or {}).get("share")
        if share is not None:
            scores[name] = float(share)
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="raise the floors to today's scores")
    parser.add_argument("--allow-regression", action="store_true", help="let --update lower floors")
    args = parser.parse_args()
    if not (EVAL / "score.py").is_file():
        print(f"eval gate skipped: {EVAL} not present")
        return 0
    scores = current_scores()
    floors = json.loads(BASELINE.read_text()) if BASELINE.is_file() else {}
    present = {k: v for k, v in floors.items() if k in scores or not k.startswith("real ")}
    failures = [f"{k}: {scores.get(k, 0.0):.4f} < floor {v:.4f}" for k, v in present.items()
                if scores.get(k, 0.0) + 1e-9 < v]  # fmt: skip
    for name, value in sorted(scores.items()):
        print(f"{name:30s} {value:.4f}   floor {floors.get(name, 0.0):.4f}")
    if args.update:
        merged = {**floors, **{k: (v if args.allow_regression else max(v, floors.get(k, 0.0)))
                               for k, v in scores.items()}}  # fmt: skip
        BASELINE.write_text(json.dumps(dict(sorted(merged.items())), indent=2) + "\n")
        print(f"floors written to {BASELINE.name}")
        return 0
    if failures:
        print("eval gate FAILED:\n  " + "\n  ".join(failures))
        return 1
    print("eval gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
