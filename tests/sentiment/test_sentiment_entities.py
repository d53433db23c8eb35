"""Per-entity sentiment: each name judged on its own clause, plus moves and views about it."""

from __future__ import annotations

import json

import pytest

from tickerwire.model import Article, ArticleRecord, Mention, Move, Quote, Span
from tickerwire.sentiment import build_step
from tickerwire.sentiment.score import entity_sentiment


def mention(text: str, words: str, entity_id: str) -> Mention:
    start = text.index(words)
    return Mention(Span(start, start + len(words)), entity_id, "security", "alias")


def labels(text: str, names: dict[str, str], **kw) -> dict[str, str]:
    mentions = [mention(text, words, entity_id) for words, entity_id in names.items()]
    return {s.entity_id: s.label for s in entity_sentiment(text, 0, mentions, **kw)}


TABLE = [
    (
        "Siemens rallied 6% after a boom in quarterly orders, while Bayer slid 3% after a court ruling.",
        {"Siemens": "XETR:SIE", "Bayer": "XETR:BAYN"},
        {"XETR:SIE": "positive", "XETR:BAYN": "negative"},
    ),
    (
        "Johnson & Johnson shares gained 0.2% after posting results that beat expectations but cut its full-year outlook.",
        {"Johnson & Johnson": "XNYS:JNJ"},
        {"XNYS:JNJ": "positive"},
    ),
    (
        "Infosys slumped 5% after it lowered its revenue forecast, and Wipro was little changed.",
        {"Infosys": "XNSE:INFY", "Wipro": "XNSE:WIPRO"},
        {"XNSE:INFY": "negative", "XNSE:WIPRO": "neutral"},
    ),
    (
        "Toyota said a fall in material costs lifted its operating margin.",
        {"Toyota": "XTKS:7203"},
        {"XTKS:7203": "positive"},
    ),
    (
        "The meeting was held at the Tokyo headquarters of Mitsubishi Corp.",
        {"Mitsubishi Corp": "XTKS:8058"},
        {"XTKS:8058": "neutral"},
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), TABLE)
def test_entity_labels(text, names, expected):
    assert labels(text, names) == expected


def test_moves_and_views_are_evidence_with_reasons():
    text = "Kingdee shares moved on Friday. HSBC analysts discussed the software maker."
    kingdee = mention(text, "Kingdee", "XHKG:00268")
    move = Move("XHKG:00268", "up", 14.5, "%", Span(0, 14))
    view = Quote(Span(32, len(text)), "positive", organization="HSBC", about=("XHKG:00268",))
    [result] = entity_sentiment(text, 0, [kingdee], moves=[move], quotes=[view])
    assert result.label == "positive"
    assert 0 < result.score <= 1
    assert any(r.startswith("move up") for r in result.reasons)
    assert any("HSBC" in r for r in result.reasons)
    assert move.evidence in result.evidence


def test_step_gives_one_sentiment_per_entity():
    text = "Xiaomi surged 34%, benefiting from strong consumer demand. Xiaomi also launched a car."
    mentions = (mention(text, "Xiaomi", "XHKG:01810"),)
    record = ArticleRecord(Article("a", "u", "a.txt", text, "txt"), mentions=mentions)
    out = build_step()(record)
    assert [(s.entity_id, s.label) for s in out.sentiment] == [("XHKG:01810", "positive")]


def test_beats_vader_on_finentity(shared_dir):
    path = shared_dir / "eval" / "datasets" / "FinEntity" / "FinEntity.json"
    if not path.exists():
        pytest.skip(f"{path} not present")
    vader_module = pytest.importorskip("vaderSentiment.vaderSentiment")
    vader = vader_module.SentimentIntensityAnalyzer()
    data = json.loads(path.read_text(encoding="utf-8"))[:300]
    ours = theirs = total = 0
    for item in data:
        text = item["content"]
        mentions = [
            Mention(Span(a["start"], a["end"]), f"ORG:{i}", "organization", "gold")
            for i, a in enumerate(item["annotations"])
        ]
        found = {s.entity_id: s.label for s in entity_sentiment(text, 0, mentions)}
        compound = vader.polarity_scores(text)["compound"]
        for i, a in enumerate(item["annotations"]):
            gold = str(a.get("label") or a.get("tag")).lower()
            vader_label = (
                "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"
            )
            ours += found[f"ORG:{i}"] == gold
            theirs += vader_label == gold
            total += 1
    assert ours / total > theirs / total
