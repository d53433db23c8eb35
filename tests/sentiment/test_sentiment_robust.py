"""The three stages never fail on odd text: an exception would reject a whole article."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tickerwire import catalysts, quotes, sentiment
from tickerwire.model import Article, ArticleRecord, Mention, Move, Span

STEPS = (catalysts.build_step(), quotes.build_step(), sentiment.build_step())
ALPHABET = st.sampled_from(
    [*"abcXYZ .,;:\"“”’'\n%$0123456789-—İßé", " said ", " rose ", " on ", " after "]
)


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(ALPHABET, max_size=80), cut=st.integers(0, 200), body=st.integers(0, 50))
def test_steps_accept_any_text(pieces, cut, body):
    text = "".join(pieces)
    n = len(text)
    a, b = sorted((min(cut, n), min(cut + 7, n)))
    record = ArticleRecord(
        Article("x", "x", "x.txt", text, "txt", body_start=min(body, n)),
        mentions=(Mention(Span(a, b), "ORG:X", "organization", "alias"),),
        moves=(Move("ORG:X", "up", 1.0, "%", Span(a, b)),),
    )
    for step in STEPS:
        record = step(record)
    for catalyst in record.catalysts:
        assert 0 <= catalyst.evidence.start <= catalyst.evidence.end <= n
    for quote in record.quotes:
        assert 0 <= quote.evidence.start <= quote.evidence.end <= n
    for item in record.sentiment:
        assert -1.0 <= item.score <= 1.0
