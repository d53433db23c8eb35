"""Score a stretch of text with the finance lexicon, keeping the words that decided it.

One compiled alternation finds every phrase in a single pass; the remaining words are
looked up in a dict. Both stages that judge tone (views in ``quotes``, per-entity
``sentiment``) call this, so a reviewer fixes a word once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from tickerwire.catalysts.sentences import split_sentences
from tickerwire.sentiment import lexicon


def _alternatives(pattern: str) -> list[str]:
    """The leading literal alternatives of a phrase pattern: "(?:cut|lowered) ..." -> both."""
    if not pattern.startswith("(?:"):
        return [pattern]
    depth, close = 0, 0
    for close, ch in enumerate(pattern):  # noqa: B007 - the loop finds the closing index
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            break
    inner, parts, depth, current = pattern[3:close], [], 0, ""
    for ch in inner:
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        current += ch
    parts.append(current)
    out: list[str] = []
    for part in parts:
        out.extend(_alternatives(part) if part.startswith("(?:") else [part])
    return out


def _trigger(alternative: str) -> str:
    head = re.match(r"[a-z]+", alternative.lower())
    return head.group()[:3] if head else ""


# Phrases are tried only where a token starts like one of them: one dict lookup per token.
_BY_PREFIX: dict[str, list[tuple[re.Pattern[str], float]]] = {}
for _pattern, _weight in lexicon.PHRASES.items():
    _compiled = re.compile(rf"(?:{_pattern})(?![\w-])", re.I)
    for _key in {_trigger(a) for a in _alternatives(_pattern)}:
        _BY_PREFIX.setdefault(_key, []).append((_compiled, _weight))
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|n't")


class PolarityIndex:
    """Tone words and phrases of one text, read a sentence at a time, once, then summed per range.

    Catalysts, quotes and sentiment ask about many overlapping ranges of the same article;
    each sentence is read the first time a range touches it, and every later range costs two
    binary searches per sentence.
    """

    __slots__ = ("bounds", "read", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds = [(s.start, s.end) for s in split_sentences(text, 0)]
        self.read: dict[int, tuple[list[int], list[float], list[str], list[bool]]] = {}

    def _sentence(self, index: int) -> tuple[list[int], list[float], list[str], list[bool]]:
        found = self.read.get(index)
        if found is not None:
            return found
        text = self.text
        start, end = self.bounds[index]
        starts: list[int] = []
        weights: list[float] = []
        cues: list[str] = []
        names: list[bool] = []
        words = lexicon.WORDS
        by_prefix = _BY_PREFIX
        covered_until = -1
        negate_until = -1
        position = 0
        for match in _TOKEN.finditer(text, start, end):
            position += 1
            at = match.start()
            if at < covered_until:
                continue
            raw = match.group()
            word = raw.lower()
            candidates = by_prefix.get(word[:3])
            if candidates:
                longest = None
                for pattern, weight in candidates:
                    phrase = pattern.match(text, at, end)
                    if phrase and (longest is None or phrase.end() > longest[0].end()):
                        longest = (phrase, weight)
                if longest is not None:
                    covered_until = longest[0].end()
                    if longest[1]:
                        starts.append(at)
                        weights.append(longest[1])
                        cues.append(longest[0].group().strip())
                        names.append(False)
                    continue
            if word in lexicon.NEGATORS or word == "n't":
                negate_until = position + 3
                continue
            weight = words.get(word)
            if weight is None:
                continue
            starts.append(at)
            weights.append(-weight if position <= negate_until else weight)
            cues.append(raw)
            # a capitalised word inside a sentence is most likely part of a name
            names.append(raw[0].isupper() and position > 1 and text[at - 2] not in '.!?"“:')
        found = (starts, weights, cues, names)
        self.read[index] = found
        return found

    def score(
        self, start: int, end: int, skip_names: bool = False
    ) -> tuple[float, tuple[str, ...]]:
        bounds = self.bounds
        index = max(0, bisect_right(bounds, (start, len(self.text) + 1)) - 1)
        total = 0.0
        cues: list[str] = []
        while index < len(bounds) and bounds[index][0] < end:
            if bounds[index][1] > start:
                starts, weights, words, names = self._sentence(index)
                lo = bisect_left(starts, start)
                hi = bisect_left(starts, end, lo)
                for i in range(lo, hi):
                    if skip_names and names[i]:
                        continue
                    total += weights[i]
                    cues.append(words[i])
            index += 1
        return total, tuple(cues)


@lru_cache(maxsize=8)
def polarity_index(text: str) -> PolarityIndex:
    """The index of ``text``, shared by every stage that reads tone in this article."""
    return PolarityIndex(text)


def polarity(
    text: str,
    start: int = 0,
    end: int | None = None,
    skip_names: bool = False,
) -> tuple[float, tuple[str, ...]]:
    """Sum of phrase and word weights in ``text[start:end]`` and the cues that carried them.

    With ``skip_names`` a capitalised word inside a sentence is read as part of a name
    ("Advanced Micro Devices", "ARK Innovation"), not as a tone word.
    """
    end = len(text) if end is None else end
    return polarity_index(text).score(start, end, skip_names)
