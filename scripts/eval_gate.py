"""Quality ratchet: score labelled articles and refuse any drop below the floors in
eval_baseline.json. Two corpora: the shared development articles (../shared/eval/dev) and the
project's own labelled articles across markets (tests/data/labelled), both scored by
../shared/eval/score.py.

    python scripts/eval_gate.py            # check
    python scripts/eval_gate.py --update   # raise floors to today's scores (never lowers)
    python scripts/eval_gate.py --allow-regression --update   # lower them, on purpose

Skips, saying why, when ../shared/eval is not beside the repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
CORPORA = {"dev": EVAL / "dev", "labelled": REPO / "tests" / "data" / "labelled"}
BASELINE = Path(__file__).resolve().parent / "eval_baseline.json"
METRICS = ("securities", "indices", "organizations", "moves", "catalysts", "quotes")
SHARES = ("metadata title", "metadata published", "metadata publisher", "metadata authors",
          "move qualifier", "move date", "move price", "move record", "quote stance")  # fmt: skip


def current_scores() -> dict[str, float]:
    scores: dict[str, float] = {}
    for corpus, folder in CORPORA.items():
        scores.update({f"{corpus} {k}": v for k, v in corpus_scores(folder).items()})
    return scores


def corpus_scores(folder: Path) -> dict[str, float]:
    from tickerwire.run import extract

    with tempfile.TemporaryDirectory() as tmp:
        predictions = Path(tmp) / "pred.jsonl"
        extract([folder / "articles"], predictions)
        done = subprocess.run(
            [sys.executable, str(EVAL / "score.py"), str(folder / "gold.jsonl"),
             str(predictions), "--json"],
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
    failures = [f"{k}: {scores.get(k, 0.0):.4f} < floor {v:.4f}" for k, v in floors.items()
                if scores.get(k, 0.0) + 1e-9 < v]  # fmt: skip
    for name, value in sorted(scores.items()):
        print(f"{name:30s} {value:.4f}   floor {floors.get(name, 0.0):.4f}")
    if args.update:
        merged = {k: (v if args.allow_regression else max(v, floors.get(k, 0.0)))
                  for k, v in scores.items()}  # fmt: skip
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
