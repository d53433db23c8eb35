"""The real-news corpus: gather labelled batches, and score tickerwire on a split.

    python scripts/corpus.py merge                 # eval/corpus/work/*/ → index.tsv, gold.jsonl
    python scripts/corpus.py score dev [--explain] # extract the dev split and score it
    python scripts/corpus.py score test --texts DIR  # the held-out third: when a change is done

Each article's split is fixed by its url alone (a third of urls, by hash, are ``test``), so
adding articles never moves an old one between splits. The texts must be present (see
``scripts/restore_corpus.py``); scoring says so and stops when they are not.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "eval" / "corpus"
SCORER = REPO.parent / "shared" / "eval" / "score.py"
COLUMNS = ("file", "url", "sha256", "outlet", "date", "market", "split", "query")
SPLITS = ("dev", "test")


def split_of(url: str) -> str:
    """``test`` for a third of urls, chosen by hash so that no one picks them."""
    return "test" if int(hashlib.sha256(url.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def merge(work: Path = CORPUS / "work") -> tuple[int, int]:
    """Fold every batch under ``work`` into the committed index and labels."""
    index_path, gold_path = CORPUS / "index.tsv", CORPUS / "gold.jsonl"
    rows = {r["file"]: r for r in read_rows(index_path)} if index_path.is_file() else {}
    gold = {}
    if gold_path.is_file():
        gold = {json.loads(line)["file"]: line for line in gold_path.read_text().splitlines()}
    batches = sorted((p for p in work.iterdir() if p.is_dir()),
                     key=lambda p: (p.name.startswith("review"), p.name))  # fmt: skip
    for batch in batches:  # a second labeller's review wins over the first labels
        if (batch / "index.tsv").is_file():
            for row in read_rows(batch / "index.tsv"):
                row["split"] = split_of(row["url"])
                rows[row["file"]] = {c: (row.get(c) or "").strip() for c in COLUMNS}
        if (batch / "gold.jsonl").is_file():
            for line in filter(str.strip, (batch / "gold.jsonl").read_text().splitlines()):
                record = json.loads(line)
                gold[record["file"]] = json.dumps(record, ensure_ascii=False)
    with index_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE,
                                lineterminator="\n")  # fmt: skip
        writer.writeheader()
        writer.writerows(rows[f] for f in sorted(rows))
    labelled = [gold[f] for f in sorted(gold) if f in rows]
    gold_path.write_text("\n".join(labelled) + "\n", encoding="utf-8")
    return len(rows), len(labelled)


def score(split: str, explain: bool = False, market: str | None = None,
          texts: Path = CORPUS / "texts") -> int:  # fmt: skip
    rows = [r for r in read_rows(CORPUS / "index.tsv") if split in {"all", r["split"]}]
    rows = [r for r in rows if market in {None, r["market"]}]
    missing = [r["file"] for r in rows if not (texts / r["file"]).is_file()]
    if missing:
        print(f"{len(missing)} texts missing (first: {missing[0]}); see scripts/restore_corpus.py")
        return 2
    wanted = {r["file"] for r in rows}
    with tempfile.TemporaryDirectory() as tmp:
        folder, gold = Path(tmp) / "articles", Path(tmp) / "gold.jsonl"
        folder.mkdir()
        for name in wanted:
            (folder / name).symlink_to(texts.resolve() / name)
        lines = (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        gold.write_text("\n".join(x for x in lines if json.loads(x)["file"] in wanted) + "\n")
        predicted = Path(tmp) / "pred.jsonl"
        tickerwire = Path(sys.executable).with_name("tickerwire")
        subprocess.run([str(tickerwire), "extract", str(folder), "--jsonl", str(predicted)],
                       check=False, capture_output=True)  # fmt: skip
        command = [sys.executable, str(SCORER), str(gold), str(predicted)]
        return subprocess.run(command + (["--explain"] if explain else []), check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("merge", help="fold eval/corpus/work/*/ into index.tsv and gold.jsonl")
    scoring = sub.add_parser("score", help="extract one split and score it")
    scoring.add_argument("split", choices=(*SPLITS, "all"))
    scoring.add_argument("--explain", action="store_true", help="list every miss and false hit")
    scoring.add_argument("--market", help="only articles of this market (HK, US, IN, ...)")
    scoring.add_argument(
        "--texts",
        type=Path,
        default=CORPUS / "texts",
        help="where the texts are (the held-out third may be kept apart)",
    )
    args = parser.parse_args(argv)
    if args.command == "merge":
        articles, labelled = merge()
        print(f"index: {articles} articles; labels: {labelled}")
        return 0
    if not SCORER.is_file():
        print(f"scoring skipped: {SCORER} not present")
        return 0
    return score(args.split, args.explain, args.market, args.texts)


if __name__ == "__main__":
    sys.exit(main())
