"""Whole-word, case-insensitive phrase search in one C-speed pass (Aho-Corasick).

A Python alternation of a hundred cue words costs more per article than the rest of a stage
put together; one Aho-Corasick pass over the folded text costs microseconds. The folded text
keeps every offset of the original, so hits index straight into ``Article.text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

_PLAIN = (("\xa0", " "), ("’", "'"), ("‘", "'"), ("\u2009", " "), ("\u202f", " "))


@lru_cache(maxsize=8)
def fold(text: str) -> str:
    """Lowercase with typographic apostrophes and odd spaces made plain; same length."""
    for odd, plain in _PLAIN:
        if odd in text:
            text = text.replace(odd, plain)
    folded = text.lower()
    if len(folded) != len(text):  # a few letters grow when lowercased: fold them one by one
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return folded


class Keywords:
    """A fixed set of lowercase phrases, found on word boundaries."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = sorted({p.lower() for p in phrases})
        # a DFA: for a few hundred phrases it is small, and scans about three times faster
        # than the default NFA (about 4 us for a 1.6 KB article instead of 14)
        self._automaton = AhoCorasick(
            self.phrases, matchkind=MatchKind.LeftmostLongest, implementation=Implementation.DFA
        )

    def find(self, folded: str) -> list[tuple[str, int, int]]:
        """Every ``(phrase, start, end)`` in ``folded`` that stands as whole words."""
        out = []
        n = len(folded)
        phrases = self.phrases
        for index, start, end in self._automaton.find_matches_as_indexes(folded):
            if start > 0:
                c = folded[start - 1]
                if c.isalnum() or c == "-" or c == "_":
                    continue
            if end < n:
                c = folded[end]
                if c.isalnum() or c == "-" or c == "_":
                    continue
            out.append((phrases[index], start, end))
        return out


# Letters that case-insensitive regex matching equates with ASCII letters although lowering
# does not turn them into one (or changes the text's length).
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


class Needles:
    """Where literal fragments occur in an article, found in one automaton pass, so that a
    costly case-insensitive pattern runs only over a range that holds one of its fragments.

    A pattern that is an alternation of phrases tries every phrase at every position of the
    range it searches (tens of microseconds for a sentence); whether any fragment that every
    match must contain lies in the range is two binary searches. Fragments are lower case and
    are looked up in the lower-cased article; for the rare text with a letter that
    case-insensitive matching treats differently from lowering, ``within`` answers None and
    the pattern decides.
    """

    def __init__(self, groups: dict[str, Iterable[str]]) -> None:
        fragments = sorted({f.lower() for members in groups.values() for f in members})
        names = sorted(groups)
        self._group_index = {name: k for k, name in enumerate(names)}
        wanted = {name: {f.lower() for f in members} for name, members in groups.items()}
        self._groups_of = [
            tuple(self._group_index[name] for name in names if f in wanted[name]) for f in fragments
        ]
        self._automaton = AhoCorasick(fragments, implementation=Implementation.DFA)
        # the last article read and what was found in it (one attribute: one atomic swap)
        self._last: tuple[str, list[tuple[list[int], list[int]]] | None] = ("", [])

    def _occurrences(self, text: str) -> list[tuple[list[int], list[int]]] | None:
        last_text, last_found = self._last
        if text is last_text:
            return last_found
        found: list[tuple[list[int], list[int]]] | None
        low = text.lower()
        if len(low) != len(text) or (not text.isascii() and _ODD_CASE.search(text)):
            found = None
        else:
            spans: list[list[tuple[int, int]]] = [[] for _ in self._group_index]
            groups_of = self._groups_of
            for index, start, end in self._automaton.find_matches_as_indexes(low, overlapping=True):
                for group in groups_of[index]:
                    spans[group].append((start, end))
            found = []
            for pairs in spans:
                pairs.sort()
                found.append(([s for s, _ in pairs], [e for _, e in pairs]))
        self._last = (text, found)
        return found

    def within(self, text: str, group: str, lo: int, hi: int) -> bool | None:
        """Whether a fragment of ``group`` lies wholly inside ``text[lo:hi]``; None when the
        text must be read by the pattern itself."""
        found = self._occurrences(text)
        if found is None:
            return None
        starts, ends = found[self._group_index[group]]
        i = bisect_left(starts, lo)
        while i < len(starts) and starts[i] < hi:
            if ends[i] <= hi:
                return True
            i += 1
        return False
