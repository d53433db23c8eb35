"""Snapshot every record tickerwire extracts from a set of folders, and compare snapshots.

A change meant to make the pipeline faster must not change what it finds:

    python scripts/snapshot_records.py save before.jsonl     # before the change
    python scripts/snapshot_records.py diff before.jsonl     # after: every record that differs

The default folders are the labelled articles of the repository, the shared seeds and
development articles, and the real corpus texts when they are present; ``--input`` picks
others. Each line is one whole record (entities, mentions, moves, figures, catalysts,
quotes, sentiment, with every span). Exit code 1 when any record differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_INPUTS = (
    REPO / "tests" / "data" / "labelled" / "articles",
    SHARED / "seeds",
    SHARED / "eval" / "dev" / "articles",
    REPO / "eval" / "corpus" / "texts",
)


def records(inputs: list[Path]) -> dict[str, str]:
    """Article name → the record as one canonical JSON line."""
    from tickerwire.run import analyse_inputs
    from tickerwire.serialize import dumps

    out: dict[str, str] = {}
    for item in analyse_inputs([p for p in inputs if p.exists()]):
        data = json.loads(dumps(item))
        key = str(data.get("article", {}).get("uri") or data.get("uri"))
        out[key] = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("save", "diff"))
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--input", type=Path, action="append", help="folders (default: all)")
    args = parser.parse_args(argv)
    now = records(args.input or list(DEFAULT_INPUTS))
    if args.command == "save":
        args.snapshot.write_text("\n".join(f"{k}\t{v}" for k, v in sorted(now.items())) + "\n")
        print(f"{len(now)} records saved to {args.snapshot}")
        return 0
    before = dict(
        line.split("\t", 1) for line in args.snapshot.read_text().splitlines() if line.strip()
    )
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in changed:
        old, new = json.loads(before.get(key, "{}")), json.loads(now.get(key, "{}"))
        fields = sorted(f for f in old.keys() | new.keys() if old.get(f) != new.get(f))
        print(f"{key}: {', '.join(fields)}")
    print(f"{len(changed)} of {len(now)} records differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
