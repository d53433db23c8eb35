"""Entity-level sentiment on FinEntity (Tang et al., EMNLP 2023; ODC-BY), beside VADER.

Both systems see the same entities in the same process: tickerwire scores each entity from
its own clause (plus any moves the moves stage finds, when it is installed); VADER scores the
sentence that contains the entity (compound >= 0.05 positive, <= -0.05 negative). Prints
accuracy and macro F1 for both, articles/s per core for ours, and peak memory.

    .venv/bin/python benchmarks/bench_sentiment.py [path/to/FinEntity.json]
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from tickerwire.catalysts.sentences import sentence_index, split_sentences
from tickerwire.model import Mention, Span
from tickerwire.sentiment.score import entity_sentiment

LABELS = ("positive", "negative", "neutral")
DEFAULT = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "eval"
    / "datasets"
    / "FinEntity"
    / "FinEntity.json"
)


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    scores = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label and g != label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def accuracy(gold: list[str], predicted: list[str]) -> float:
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        print(f"{path}: not present")
        raise SystemExit(2)
    data = json.loads(path.read_text(encoding="utf-8"))
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    gold: list[str] = []
    ours: list[str] = []
    theirs: list[str] = []
    ours_time = vader_time = 0.0
    for item in data:
        text = item["content"]
        annotations = item["annotations"]
        mentions = tuple(
            Mention(Span(a["start"], a["end"]), f"ORG:{i}:{a['value']}", "organization", "gold")
            for i, a in enumerate(annotations)
        )
        started = time.perf_counter()
        found = {s.entity_id: s.label for s in entity_sentiment(text, 0, mentions)}
        ours_time += time.perf_counter() - started
        sentences = split_sentences(text, 0)
        started = time.perf_counter()
        for mention in mentions:
            s = sentences[sentence_index(sentences, mention.span.start)]
            compound = vader.polarity_scores(text[s.start : s.end])["compound"]
            theirs.append(
                "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"
            )
        vader_time += time.perf_counter() - started
        for a, mention in zip(annotations, mentions, strict=True):
            gold.append(str(a.get("label") or a.get("tag")).lower())
            ours.append(found.get(mention.entity_id, "neutral"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"FinEntity: {len(data)} snippets, {len(gold)} entities")
    print(f"{'system':<12} {'accuracy':>9} {'macro F1':>9} {'articles/s':>11}")
    print(
        f"{'tickerwire':<12} {accuracy(gold, ours):9.3f} {macro_f1(gold, ours):9.3f} {len(data) / ours_time:11.0f}"
    )
    print(
        f"{'VADER':<12} {accuracy(gold, theirs):9.3f} {macro_f1(gold, theirs):9.3f} {len(data) / vader_time:11.0f}"
    )
    print(f"peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
