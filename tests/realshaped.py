"""Real-shaped articles in any number: the project's labelled texts, varied in code.

Each variant of a labelled article (and of a seed article, when ../shared is present) gets
another publication date (spread over two months, so stories span several windows of the
Spark story step), other numbers (every percentage and price scaled), and some companies
swapped for peers the security master knows. Every fifth variant is an "UPDATE 1-" copy of
the article before, so near-duplicate folding has real work. Used by the Spark and live-feed
tests and by benchmarks/bench_spark.py.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELLED = HERE / "data" / "labelled" / "articles"
SEEDS = HERE.parent.parent / "shared" / "seeds"
START = date(2025, 1, 6)
SPREAD_DAYS = 60

# Peers swapped both ways: the varied text still names real listings of the same market.
SWAPS = [
    {"Tencent": "NetEase", "Xiaomi": "Lenovo", "Toyota": "Honda", "Apple": "Microsoft"},
    {"BHP Group": "Rio Tinto", "Nvidia": "Broadcom", "Infosys": "Wipro", "Renault": "Peugeot"},
    {"Alibaba": "JD.com", "Sony": "Panasonic", "Intel": "Qualcomm", "HSBC": "Standard Chartered"},
    {},
]
_PUBLISHED = re.compile(r"^Published [^\n]*\n", re.MULTILINE)
_NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:\.\d+)?(?=%| per ?cent| yen| yuan| won| points)"
    r"|(?:(?<=[$€£])|(?<=Rs ))\d{1,3}(?:,\d{3})*(?:\.\d+)?"
    r"|(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])"  # levels and prices: 8,012.40
)


@dataclass(frozen=True)
class Article:
    name: str  # file stem, unique
    text: str
    published: date


def base_texts() -> list[tuple[str, str]]:
    """(stem, text) of every labelled article, and of the seeds when present."""
    texts = [(p.stem, p.read_text("utf-8")) for p in sorted(LABELLED.glob("*.txt"))]
    if SEEDS.is_dir():
        texts += [(p.stem, p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    return texts


def articles(count: int) -> list[Article]:
    """``count`` varied articles, deterministic: the same call gives the same texts."""
    bases = base_texts()
    out: list[Article] = []
    for i in range(count):
        stem, text = bases[i % len(bases)]
        round_ = i // len(bases)
        if i % 5 == 4:
            out.append(_update_of(out[-1], i))
            continue
        day = START + timedelta(days=(i * 7 + round_ * 11) % SPREAD_DAYS)
        varied = _swap(_scale(text, round_), SWAPS[round_ % len(SWAPS)])
        out.append(Article(f"{stem}_{i:05d}", _dated(varied, day, i), day))
    return out


def _update_of(previous: Article, i: int) -> Article:
    """A wire update of ``previous``: same day, new headline prefix, one more sentence."""
    title, body = previous.text.split("\n", 1)
    text = f"UPDATE 1-{title}\n{body.rstrip()}\n\n(Updates with closing levels.)\n"
    return Article(f"{previous.name}_update_{i:05d}", text, previous.published)


def _dated(text: str, day: date, i: int) -> str:
    stamp = f"Published {day.isoformat()}, {8 + i % 9:02d}:{(i * 13) % 60:02d}\n"
    if _PUBLISHED.search(text):
        return _PUBLISHED.sub(stamp, text, count=1)
    title, rest = text.split("\n", 1)
    return f"{title}\n\n{stamp}{rest}"


def _scale(text: str, round_: int) -> str:
    """Every number scaled by a factor that differs from round to round, never close to 1."""
    step = (round_ * 0.6180339887) % 1.0
    factor = 1.0 + (0.05 + 0.4 * step) * (1 if round_ % 2 else -1) if round_ else 1.0

    def scaled(match: re.Match[str]) -> str:
        number = match.group(0)
        decimals = len(number.split(".")[1]) if "." in number else int(round_ > 0)
        value = max(float(number.replace(",", "")) * factor, 0.1)
        return f"{value:,.{decimals}f}" if "," in number else f"{value:.{decimals}f}"

    return _NUMBER.sub(scaled, text)


def _swap(text: str, pairs: dict[str, str]) -> str:
    if not pairs:
        return text
    both = {**pairs, **{b: a for a, b in pairs.items()}}
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(k) for k in sorted(both, key=len, reverse=True)) + r")\b"
    )
    return pattern.sub(lambda m: both[m.group(1)], text)


def write_corpus(folder: Path, count: int, *, bad: bool = True) -> list[Article]:
    """Write ``count`` articles in the forms archives hold, plus a few unreadable inputs.

    Most are single .txt files in folders per market; every tenth goes into a JSON Lines
    file and every tenth-but-five into a gzipped one. With ``bad``: a truncated gzip, a binary
    file and a malformed JSON line under ``files/`` and ``wire/``, each a rejection, and an
    empty file beside them.
    """
    items = articles(count)
    lines: list[str] = []
    zipped: list[str] = []
    for i, item in enumerate(items):
        record = json.dumps({"id": item.name, "text": item.text})
        if i % 10 == 3:
            lines.append(record)
        elif i % 10 == 8:
            zipped.append(record)
        else:
            target = folder / "files" / item.name.split("_")[0] / f"{item.name}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(item.text, "utf-8")
    wire = folder / "wire"
    wire.mkdir(parents=True, exist_ok=True)
    if bad:
        lines.insert(len(lines) // 2, '{"id": "broken", "text": "Nikkei rises')
        (folder / "empty.txt").write_bytes(b"")  # named as an input: see spark/sources.py
        (folder / "files" / "cut.gz").write_bytes(gzip.compress(b"Nikkei rises 1%" * 50)[:30])
        (folder / "files" / "blob.bin").write_bytes(bytes(range(256)) * 8)
    (wire / "batch.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (wire / "batch2.jsonl.gz").write_bytes(gzip.compress(("\n".join(zipped) + "\n").encode()))
    return items
