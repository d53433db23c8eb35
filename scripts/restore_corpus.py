"""Restore the real-news corpus texts that `eval/corpus/index.tsv` names, checked by sha256.

The texts are outlets' pages: they are never committed. What is committed is, per article,
the page's url, the sha256 of its text, and the look-up that finds it again (each text is
the stored excerpt the public-pages search returns for that url). Restoring therefore means
running those look-ups again, saving what comes back, and letting this script check it:

    python scripts/restore_corpus.py status            # what is present, missing, altered
    python scripts/restore_corpus.py lookups           # the url and query of each missing text
    python scripts/restore_corpus.py import SAVED...   # check saved excerpts and put them in place

``SAVED`` is a folder of ``<file>.txt`` texts, or JSON / JSON Lines holding search results
(objects with ``url`` and ``excerpt``, at any depth). A text goes to ``eval/corpus/texts/``
only when its sha256 is the one in the index; anything else is reported and left out.
Exit code 0 when every text named in the index is present and intact, 1 otherwise.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "eval" / "corpus"
INDEX = CORPUS / "index.tsv"
TEXTS = CORPUS / "texts"


def read_index(path: Path = INDEX) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def state(row: dict[str, str], texts: Path = TEXTS) -> str:
    path = texts / row["file"]
    if not path.is_file():
        return "missing"
    return "ok" if digest(path.read_bytes()) == row["sha256"] else "altered"


def _results(value: object) -> Iterator[tuple[str, str]]:
    """Every (url, excerpt) pair inside a parsed search answer, however deeply nested."""
    if isinstance(value, dict):
        url, excerpt = value.get("url"), value.get("excerpt")
        if isinstance(url, str) and isinstance(excerpt, str):
            yield url, excerpt
        for item in value.values():
            yield from _results(item)
    elif isinstance(value, list):
        for item in value:
            yield from _results(item)


def _saved(source: Path) -> Iterator[tuple[str | None, str | None, bytes]]:
    """(file name, url, bytes) of each saved text under ``source``."""
    paths = sorted(source.rglob("*")) if source.is_dir() else [source]
    for path in paths:
        if path.suffix == ".txt":
            yield path.name, None, path.read_bytes()
        elif path.suffix in {".json", ".jsonl"}:
            text = path.read_text(encoding="utf-8")
            chunks = [text] if path.suffix == ".json" else text.splitlines()
            for chunk in filter(str.strip, chunks):
                for url, excerpt in _results(json.loads(chunk)):
                    yield None, url, excerpt.encode("utf-8")


def import_saved(sources: list[Path], rows: list[dict[str, str]], texts: Path = TEXTS) -> int:
    """Put every saved text whose hash the index expects in place; return how many."""
    wanted = {row["sha256"]: row for row in rows}
    by_url = {row["url"]: row for row in rows}
    texts.mkdir(parents=True, exist_ok=True)
    placed = 0
    for source in sources:
        for name, url, data in _saved(source):
            row = wanted.get(digest(data))
            if row is None:
                expected = by_url.get(url or "") or next(
                    (r for r in rows if r["file"] == name), None
                )
                if expected is not None:
                    print(f"{expected['file']}: text differs from the indexed one (sha256)")
                continue
            (texts / row["file"]).write_bytes(data)
            placed += 1
    return placed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("status", help="count present, missing and altered texts")
    sub.add_parser("lookups", help="print the url and query of each text not present")
    saved = sub.add_parser("import", help="check saved excerpts by sha256 and put them in place")
    saved.add_argument("sources", nargs="+", type=Path)
    args = parser.parse_args(argv)
    rows = read_index()
    if args.command == "import":
        print(f"{import_saved(args.sources, rows)} texts placed in {TEXTS}")
    states = {row["file"]: state(row) for row in rows}
    if args.command == "lookups":
        for row in rows:
            if states[row["file"]] != "ok":
                print(f"{row['file']}\t{row['url']}\t{row['query']}")
    counts = {s: sum(1 for v in states.values() if v == s) for s in ("ok", "missing", "altered")}
    print(f"{len(rows)} indexed: {counts['ok']} present, {counts['missing']} missing, "
          f"{counts['altered']} altered", file=sys.stderr)  # fmt: skip
    return 0 if counts["ok"] == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
