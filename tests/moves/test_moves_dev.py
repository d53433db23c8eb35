"""The whole pipeline on the labelled development articles: the moves match the labels."""

from __future__ import annotations

import json
from pathlib import Path

from tickerwire.model import ArticleRecord, RawDocument


def _key(subject) -> set[str]:
    if isinstance(subject, dict) and "group" in subject:
        return {"GROUP"}
    ids = subject["any"] if isinstance(subject, dict) else [subject]
    out = set()
    for i in ids:
        prefix, code = i.split(":", 1)
        out.add(f"{prefix}:{int(code) if code.isdigit() else code}")
    return out


def _norm(subject: str) -> str:
    if subject.startswith("GROUP:"):
        return "GROUP"
    prefix, code = subject.split(":", 1)
    return f"{prefix}:{int(code) if code.isdigit() else code}"


def test_dev_articles_moves(dev_dir: Path, pipeline) -> None:
    gold = [json.loads(line) for line in (dev_dir / "gold.jsonl").read_text().splitlines() if line]
    matched = missed = extra = 0
    wrong: list[str] = []
    for record in gold:
        path = dev_dir / "articles" / record["file"]
        out = pipeline(RawDocument(str(path), path.read_bytes(), path.name))
        assert isinstance(out, ArticleRecord), out
        free = list(out.moves)
        for g in record["moves"]:
            for i, m in enumerate(free):
                if (
                    _norm(m.subject) in _key(g["subject"])
                    and m.direction == g["direction"]
                    and m.unit == g["unit"]
                    and abs(m.value - g["value"]) <= 0.051
                ):
                    free.pop(i)
                    matched += 1
                    for field in ("qualifier", "price", "record"):
                        if field in g and getattr(m, field) != g[field]:
                            wrong.append(f"{record['file']}: {field} {g['text']}")
                    if "date" in g and (m.date.isoformat() if m.date else None) != g["date"]:
                        wrong.append(f"{record['file']}: date {g['text']}")
                    break
            else:
                missed += 1
        extra += len(free)
    total = matched + missed
    assert matched / total >= 0.95, f"recall {matched}/{total}"
    assert extra <= 0.05 * total, f"{extra} moves not in the labels"
    assert not wrong, wrong
