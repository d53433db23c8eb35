"""The moves stage never fails on odd text, and every span it reports lies inside the text."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from tickerwire.model import Article, Entity, Mention, Span
from tickerwire.moves import find_moves

TOKENS = [
    "Tencent", "the Hang Seng Index", "shares", "its", "the stock", "rose", "fell", "jumped",
    "as much as", "more than", "about", "5%", "2.7%", "HK$46.95", "$589 billion", "to", "at",
    "on Friday", "Friday's", "gains", "a", "surge", "in", "Chinese tech stocks", ",", ".", "and",
    "respectively", "this year", "record high", "1,414 points", "or", "(", ")", "\n", "₹2,160",
    "Rs 500 crore", "two-thirds", "33-fold", "yesterday", "on Feb. 6", "up", "down", "higher",
    "lower", "before", "settling", "its highest level ever", "'s", "with", "while", "U.S.",
]  # fmt: skip


def _article(text: str) -> tuple[Article, tuple[Entity, ...], tuple[Mention, ...]]:
    mentions = []
    for name, eid, kind in (
        ("Tencent", "XHKG:00700", "security"),
        ("the Hang Seng Index", "INDEX:HSI", "index"),
    ):
        at = text.find(name)
        while at >= 0:
            mentions.append(Mention(Span(at, at + len(name)), eid, kind, "alias"))  # type: ignore[arg-type]
            at = text.find(name, at + 1)
    entities = (
        Entity("XHKG:00700", "security", "Tencent", exchange="XHKG", currency="HKD"),
        Entity("INDEX:HSI", "index", "Hang Seng Index"),
    )
    published = datetime(2025, 2, 7, 9, tzinfo=UTC)
    doc = Article(id="t", uri="t", name="t", text=text, format="text", published=published)
    return doc, entities, tuple(sorted(mentions, key=lambda m: m.span.start))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=40))
def test_any_token_soup(tokens: list[str]) -> None:
    text = " ".join(tokens)
    doc, entities, mentions = _article(text)
    moves, figures = find_moves(doc, entities, mentions)
    for m in moves:
        assert 0 <= m.evidence.start < m.evidence.end <= len(text)
        assert m.direction in ("up", "down", "flat")
        assert m.subject in ("XHKG:00700", "INDEX:HSI") or m.subject.startswith("GROUP:")
    for f in figures:
        assert 0 <= f.evidence.start < f.evidence.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode(text: str) -> None:
    doc, entities, mentions = _article(text)
    find_moves(doc, entities, mentions)
