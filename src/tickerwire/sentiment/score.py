"""Per-entity sentiment: how the article treats each entity, with the evidence.

The tone of a sentence is not the tone for every name in it ("Siemens rallied 6% while
Bayer slid 3%"), so each mention is scored on its own clause, and only falls back (at half
weight) to the whole sentence when its clause carries no polarity. Structured evidence from
earlier stages is added on top: the entity's own moves (up/down), the stance of views about
it, and the direction of moves it caused. The sum is squashed into [-1, 1].
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Sequence

from tickerwire.catalysts.keywords import Keywords, Needles, fold
from tickerwire.catalysts.lexicon import DOWN_WORDS, UP_WORDS
from tickerwire.catalysts.sentences import Sentence, sentence_index, split_sentences
from tickerwire.model import Catalyst, Entity, Mention, Move, Quote, Sentiment, Span, Stance
from tickerwire.sentiment.polarity import polarity_index

_CLAUSE_BREAK = re.compile(
    r";|,?\s+(?:while|whereas|but|although|though|however|meanwhile|even as|despite)\s+|,\s+and\s+|\s+and\s+(?=[A-Z])"
)
_CONTRAST = r"(?:while|whereas|but|although|though|however|meanwhile|even as|despite)"
# The same matches, opening with one character class (the first character decides the
# branch), so that the regex engine skips ahead in C to the next ";", "," or space.
_CLAUSE_BREAK_FAST = re.compile(
    rf"[;,\s](?:(?<=;)|(?<=,)(?:\s+{_CONTRAST}\s+|\s+and\s+)|"
    rf"(?<=\s)\s*(?:{_CONTRAST}\s+|and\s+(?=[A-Z])))"
)
# After a move word, these open the cause: its tone is not the tone of the mover.
_CAUSE_OPENER = re.compile(
    r",?\s+(?:after|as|amid|following|on concerns|on worries|on fears|due to|because)\s+"
)
_SOURCE_BEFORE = re.compile(
    r"(?:\bfrom|\bat|\bby|according to|analysts? at)\s+(?:brokerage\s+|bank\s+)?$", re.I
)
_SOURCE_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:<[^>]*>\s*)?(?:analysts?|strategists?|economists?|"
    r"(?:cut|raised|lowered|downgraded|upgraded|initiated|reiterated|rates|rated)\s+(?!its\b|their\b|the company's))\b",
    re.I,
)
_FLAT = re.compile(r"\b(?:little changed|unchanged|flat|steady|muted|mixed)\b", re.I)
# The words of ``_FLAT``, found once per article: most clauses hold none, and skip the pattern.
_FLAT_WORDS = Needles({"flat": ["little changed", "unchanged", "flat", "steady", "muted", "mixed"]})
_MOVE_WORDS = Keywords(UP_WORDS | DOWN_WORDS)
MOVE_WEIGHT = 2.0
VIEW_WEIGHT = 1.5
CAUSE_WEIGHT = 0.75
THRESHOLD = 0.15
SCALE = 2.5


class _Clauses:
    """Clause boundaries and move words of one article, found once and looked up per mention."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks: dict[int, list[tuple[int, int]]] = {}
        hits = _MOVE_WORDS.find(fold(text))
        self.move_ends = [end for _, _, end in hits]
        self.move_starts = [start for _, start, _ in hits]

    def clause(self, sentence: Sentence, span: Span) -> tuple[int, int]:
        text = self.text
        breaks = self.breaks.get(sentence.start)
        if breaks is None:
            breaks = [
                m.span() for m in _CLAUSE_BREAK_FAST.finditer(text, sentence.start, sentence.end)
            ]
            self.breaks[sentence.start] = breaks
        start, end = sentence.start, sentence.end
        for b_start, b_end in breaks:
            if b_end <= span.start:
                start = b_end
            elif b_start >= span.end:
                end = b_start
                break
        i = bisect_left(self.move_starts, span.end)
        if i < len(self.move_starts) and self.move_starts[i] < end:
            opener = _CAUSE_OPENER.search(text, self.move_ends[i], end)
            if opener:
                end = opener.start()
        return start, end


# _SOURCE_BEFORE ends in one of these words and whitespace; where the text before a name
# does not, the right-anchored pattern (which tries every start) cannot match. The check is
# exact only without the letters that case-insensitive matching equates with ASCII ones.
_SOURCE_ENDS = ("from", "at", "by", "to", "brokerage", "bank")
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def _source_before(before: str) -> bool:
    head = before.rstrip()
    if len(head) == len(before):
        return False  # the pattern ends in whitespace
    if (before.isascii() or not _ODD_CASE.search(before)) and not head.lower().endswith(
        _SOURCE_ENDS
    ):
        return False
    return _SOURCE_BEFORE.search(before) is not None


def _is_source(text: str, span: Span) -> bool:
    """A bank or broker named as the one speaking is not the one the news is about."""
    return bool(
        _source_before(text[max(0, span.start - 30) : span.start])
        or _SOURCE_AFTER.match(text[span.end : span.end + 40])
    )


def _tone(text: str, start: int, end: int, names: Sequence[Span]) -> tuple[float, tuple[str, ...]]:
    """Polarity of ``text[start:end]`` with the entity names in it left out."""
    score, cues, cursor = 0.0, (), start
    index = polarity_index(text)
    for name in names:
        if name.end <= cursor or name.start >= end:
            continue
        if name.start > cursor:
            s, c = index.score(cursor, name.start, skip_names=True)
            score, cues = score + s, cues + c
        cursor = max(cursor, name.end)
    if cursor < end:
        s, c = index.score(cursor, end, skip_names=True)
        score, cues = score + s, cues + c
    return score, cues


def _flat(text: str, start: int, end: int) -> bool:
    """Whether the range says the price stood still ("little changed", "flat")."""
    if _FLAT_WORDS.within(text, "flat", start, end) is False:
        return False
    return _FLAT.search(text, start, end) is not None


def _span_key(span: Span) -> tuple[int, int]:
    """Span order (start, then end) without the dataclass comparison methods' cost."""
    return span.start, span.end


def label_for(score: float) -> Stance:
    if score > THRESHOLD:
        return "positive"
    if score < -THRESHOLD:
        return "negative"
    return "neutral"


def entity_sentiment(
    text: str,
    body_start: int,
    mentions: Sequence[Mention],
    entities: Sequence[Entity] = (),
    moves: Sequence[Move] = (),
    quotes: Sequence[Quote] = (),
    catalysts: Sequence[Catalyst] = (),
) -> tuple[Sentiment, ...]:
    """One `Sentiment` per entity named in the article."""
    sentences = split_sentences(text, body_start)
    if not sentences:
        return ()
    order: list[str] = [e.id for e in entities]
    spans: dict[str, list[Span]] = {e.id: list(e.mentions) for e in entities}
    for m in mentions:
        if m.entity_id not in spans:
            order.append(m.entity_id)
            spans[m.entity_id] = []
        if m.span not in spans[m.entity_id]:
            spans[m.entity_id].append(m.span)
    names = sorted((m.span for m in mentions), key=_span_key)
    clauses = _Clauses(text)
    memo: dict[tuple[int, int], tuple[float, tuple[str, ...]]] = {}

    def tone(start: int, end: int) -> tuple[float, tuple[str, ...]]:
        key = (start, end)
        if key not in memo:
            memo[key] = _tone(text, start, end, names)
        return memo[key]

    sources = {m.entity_id for m in mentions if m.role == "source"}
    out = []
    for entity_id in order:
        total = 0.0
        evidence: list[Span] = []
        reasons: list[str] = []
        seen_clauses: set[tuple[int, int]] = set()
        for span in sorted(spans[entity_id], key=_span_key):
            sentence = sentences[sentence_index(sentences, span.start)]
            clause = clauses.clause(sentence, span)
            if clause in seen_clauses:
                continue
            seen_clauses.add(clause)
            if entity_id in sources or _is_source(text, span):
                continue
            score, cues = tone(clause[0], clause[1])
            if not cues and not _flat(text, clause[0], clause[1]):
                score, cues = tone(sentence.start, sentence.end)
                score *= 0.5
                clause = (sentence.start, sentence.end)
            if cues:
                total += score
                evidence.append(Span(*clause))
                reasons.append("words: " + ", ".join(cues[:6]))
        for move in moves:
            if move.subject == entity_id and move.direction != "flat":
                total += MOVE_WEIGHT if move.direction == "up" else -MOVE_WEIGHT
                evidence.append(move.evidence)
                reasons.append(f"move {move.direction} {move.value:g}{move.unit}")
        for quote in quotes:
            if entity_id in quote.about and quote.stance != "neutral":
                total += VIEW_WEIGHT if quote.stance == "positive" else -VIEW_WEIGHT
                evidence.append(quote.evidence)
                who = quote.speaker or quote.organization or "analysts"
                reasons.append(f"view {quote.stance} ({who})")
        for catalyst in catalysts:
            index = catalyst.move_index
            if entity_id in catalyst.entities and index is not None and index < len(moves):
                direction = moves[index].direction
                if direction != "flat":
                    total += CAUSE_WEIGHT if direction == "up" else -CAUSE_WEIGHT
                    evidence.append(catalyst.evidence)
                    reasons.append(f"caused {catalyst.subject} {direction} ({catalyst.cue})")
        score = math.tanh(total / SCALE)
        out.append(
            Sentiment(
                entity_id=entity_id,
                score=round(score, 4),
                label=label_for(score),
                evidence=tuple(evidence),
                reasons=tuple(reasons),
            )
        )
    return tuple(out)
