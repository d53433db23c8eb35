"""Score a stretch of text with the finance lexicon, keeping the words that decided it.

Phrases are matched before single words, at the tokens that start them; the remaining words
are looked up in a dict. Both stages that judge tone (views in ``quotes``, per-entity
``sentiment``) call this, so a reviewer fixes a word once.

Only about one token in fifteen of a news article is a lexicon word, a negator or the start
of a phrase, so the tokens are not walked one by one in Python: one automaton pass over the
lower-cased article finds every place where a lexicon word, a negator or a phrase's literal
opening ("cut its ", "in the red") begins, and only those tokens are read, by the same rules
as a token-by-token reading.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from ahocorasick_rs import AhoCorasick, Implementation

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


def _literal_openings(pattern: str, longest: int) -> set[str]:
    """Lower-case strings one of which every match of ``pattern`` starts with.

    The parsed pattern is walked from its start through literals, small character sets,
    groups, alternations and optional parts, up to ``longest`` characters or the first
    construct that is no literal (``\\w``, an assertion): where a match could go several ways,
    every way is kept, so no match is missed.
    """
    out: set[str] = set()

    def walk(items: list, i: int, prefix: str, then: tuple | None) -> None:
        if i == len(items):
            if then is None:
                out.add(prefix)
            else:
                walk(then[0], then[1], prefix, then[2])
            return
        if len(prefix) >= longest:
            out.add(prefix)
            return
        op, av = items[i]
        if op is sre.LITERAL:
            walk(items, i + 1, prefix + chr(av).lower(), then)
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            for ch in {chr(a).lower() for _, a in av}:
                walk(items, i + 1, prefix + ch, then)
        elif op is sre.SUBPATTERN:
            walk(list(av[3]), 0, prefix, (items, i + 1, then))
        elif op is sre.BRANCH:
            for alternative in av[1]:
                walk(list(alternative), 0, prefix, (items, i + 1, then))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, sub = av
            if low == 0:
                walk(items, i + 1, prefix, then)
            # one repetition, then what follows it (or, for a longer run, stop there)
            walk(list(sub), 0, prefix, (items, i + 1, then) if high == 1 else ([], 0, None))
        else:
            out.add(prefix)

    walk(list(sre_parse.parse(pattern, re.I)), 0, "", None)
    return out


def _openings(pattern: str) -> set[str]:
    """The literal openings of a phrase, as long as a few dozen strings allow."""
    for longest in (16, 12, 10, 8, 6, 5, 4, 3, 2, 1):
        found = _literal_openings(pattern, longest)
        if len(found) <= 64:
            break
    return found


# Where something of the lexicon may start: a phrase's literal opening, a word, a negator.
# Matching is overlapping, so a phrase opening inside another one's is still found.
_OPENINGS = {o for pattern in lexicon.PHRASES for o in _openings(rf"(?:{pattern})(?![\w-])")}
if "" in _OPENINGS:  # a phrase that may open on anything would need every token read
    raise ValueError("a lexicon phrase has no literal opening")
_STARTS = sorted(_OPENINGS | {w.lower() for w in lexicon.WORDS} | set(lexicon.NEGATORS) | {"n't"})
_IS_OPENING = [s in _OPENINGS for s in _STARTS]
_STARTS_AUTOMATON = AhoCorasick(_STARTS, implementation=Implementation.DFA)
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_JOINERS = frozenset("'’-")
# Letters that case-insensitive matching equates with ASCII letters although lower-casing
# does not map them to one (or changes the text's length): texts with one are read token by
# token.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def _candidate_starts(text: str) -> tuple[list[int], set[int]] | None:
    """Sorted token starts where a lexicon word, negator or phrase may begin, and those of
    them where a phrase may; None when the text needs the token-by-token reading."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _ODD_CASE.search(text)):
        return None
    out = []
    letters, joiners = _LETTERS, _JOINERS
    hits = _STARTS_AUTOMATON.find_matches_as_indexes(low, overlapping=True)
    is_opening = _IS_OPENING
    openings = {at for index, at, _ in hits if is_opening[index]}
    for at in sorted({at for _, at, _ in hits}):
        if text[at] not in letters:
            continue
        if at:
            before = text[at - 1]
            if before in letters:
                continue  # inside a word
            if before in joiners:
                k = at - 2
                while k >= 0 and text[k] in joiners:
                    k -= 1
                if k >= 0 and text[k] in letters:
                    continue  # inside "well-known", "Tesla's"
        out.append(at)
    return out, openings


def _longest_phrase(
    phrases: Sequence[tuple[re.Pattern[str], float]], text: str, at: int, end: int
) -> tuple[re.Match[str], float] | None:
    """The longest of the lexicon's phrases that starts at ``at``, with its weight."""
    longest = None
    for pattern, weight in phrases:
        phrase = pattern.match(text, at, end)
        if phrase and (longest is None or phrase.end() > longest[0].end()):
            longest = (phrase, weight)
    return longest


class PolarityIndex:
    """Tone words and phrases of one text, read once, then summed per range.

    Catalysts, quotes and sentiment ask about many overlapping ranges of the same article; the
    article is read the first time a range is asked for, and every range then costs two binary
    searches over the positions of its tone words.
    """

    __slots__ = ("_hits", "bounds", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds = [(s.start, s.end) for s in split_sentences(text, 0)]
        self._hits: tuple[list[int], list[float], list[str], list[bool]] | None = None

    def _read(self) -> tuple[list[int], list[float], list[str], list[bool]]:
        """Every sentence's tone words, in text order (sentences never overlap)."""
        candidates = _candidate_starts(self.text)
        if candidates is not None:
            self._hits = self._read_candidates(*candidates)
            return self._hits
        hits: tuple[list[int], list[float], list[str], list[bool]] = ([], [], [], [])
        for index in range(len(self.bounds)):
            for whole, part in zip(hits, self._read_every_token(index), strict=True):
                whole.extend(part)  # type: ignore[attr-defined]
        self._hits = hits
        return hits

    def _read_candidates(
        self, candidates: list[int], openings: set[int]
    ) -> tuple[list[int], list[float], list[str], list[bool]]:
        """Every sentence's tone words, read only at the candidate tokens, in one pass.

        The same rules as ``_read_every_token``: a token that is none of them does nothing
        there, and the two things that depend on the tokens between (three tokens of
        negation, "not the sentence's first word") are counted where they are needed. The
        candidates are walked in text order and the per-sentence state starts afresh at the
        first candidate of each sentence, so an article costs one loop, not one per sentence.
        """
        text = self.text
        bounds = self.bounds
        sentence_starts = [s for s, _ in bounds]
        starts: list[int] = []
        weights: list[float] = []
        cues: list[str] = []
        names: list[bool] = []
        words = lexicon.WORDS
        negators = lexicon.NEGATORS
        by_prefix = _BY_PREFIX
        token = _TOKEN
        start = end = 0  # the sentence of the last candidate read
        covered_until = -1
        negator_end = -1  # the end of the last negator read in this sentence
        first_token = -1
        for at in candidates:
            if at >= end:
                k = bisect_right(sentence_starts, at) - 1
                if k < 0:
                    continue  # before the first sentence
                start, end = bounds[k]
                if at >= end:
                    continue  # between sentences
                covered_until = -1
                negator_end = -1
                first_token = -1
            if at < covered_until:
                continue
            match = token.match(text, at, end)
            if match is None:
                continue
            raw = match.group()
            word = raw.lower()
            phrases = by_prefix.get(word[:3]) if at in openings else None
            longest = _longest_phrase(phrases, text, at, end) if phrases else None
            if longest is not None:
                covered_until = longest[0].end()
                if longest[1]:
                    starts.append(at)
                    weights.append(longest[1])
                    cues.append(longest[0].group().strip())
                    names.append(False)
                continue
            if word in negators or word == "n't":
                negator_end = match.end()
                continue
            weight = words.get(word)
            if weight is None:
                continue
            # negated when at most three tokens on from the last negator
            if negator_end >= 0 and len(token.findall(text, negator_end, at)) < 3:
                weight = -weight
            starts.append(at)
            weights.append(weight)
            cues.append(raw)
            # a capitalised word inside a sentence is most likely part of a name
            name = False
            if raw[0].isupper():
                if first_token < 0:
                    first_token = token.search(text, start, end).start()  # type: ignore[union-attr]
                name = first_token < at and text[at - 2] not in '.!?"“:'
            names.append(name)
        return starts, weights, cues, names

    def _read_every_token(self, index: int) -> tuple[list[int], list[float], list[str], list[bool]]:
        """The sentence's tone words, read token by token."""
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
            longest = _longest_phrase(candidates, text, at, end) if candidates else None
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
        return starts, weights, cues, names

    def score(
        self, start: int, end: int, skip_names: bool = False
    ) -> tuple[float, tuple[str, ...]]:
        starts, weights, words, names = self._hits or self._read()
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        total = 0.0
        cues: list[str] = []
        for i in range(lo, hi):
            if skip_names and names[i]:
                continue
            total += weights[i]
            cues.append(words[i])
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
