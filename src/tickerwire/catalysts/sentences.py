"""Sentence spans of an article, computed once and shared by catalysts, quotes and sentiment.

Causes, views and sentiment are all read a sentence at a time, and an explanation often sits
in the next sentence, so every stage needs the same boundaries. Splitting is one regex pass
plus an abbreviation check; the result is cached on the text so the three stages pay once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# Words that end with a period without ending the sentence ("Corp.", "U.S.", "Jan.").
ABBREVIATIONS = frozenset(
    [
        "corp",
        "inc",
        "co",
        "ltd",
        "plc",
        "bhd",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "prof",
        "gov",
        "sen",
        "rep",
        "gen",
        "no",
        "nos",
        "vs",
        "etc",
        "est",
        "approx",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "dept",
        "fig",
        "op",
        "ave",
        "mt",
        "ft",
    ]
)

_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


class Sentence(NamedTuple):
    """One sentence: its span, its paragraph number, and whether it is the headline.

    A named tuple, not a frozen dataclass: an article has dozens of sentences and three stages
    split it, so building one must cost a tuple, not four guarded attribute writes."""

    start: int
    end: int
    paragraph: int
    headline: bool


def _is_abbreviation(text: str, dot: int) -> bool:
    before = text[dot - 1] if dot > 0 else " "
    if not (before == "." or ("a" <= before.lower() <= "z")):
        return False  # "rose 5%." or "(PTI).": no word right before the dot
    if dot >= 7 and text[dot - 7 : dot].isalpha():
        return False  # a word of seven letters or more is never an abbreviation here
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not match:
        return False
    word = match.group(1).lower()
    if word in ABBREVIATIONS:
        return True
    # a single capital letter is an initial ("Robert F. Kennedy", "J.P. Morgan")
    return len(word) == 1 or (len(word) <= 4 and word.count(".") >= 1)


@lru_cache(maxsize=32)
def split_sentences(text: str, body_start: int = 0) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; the part before ``body_start`` is the headline."""
    if body_start <= 0:
        return _split(text)
    return tuple(Sentence(s.start, s.end, s.paragraph, s.end <= body_start) for s in _split(text))


@lru_cache(maxsize=32)
def _split(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    paragraph = 0
    start = 0
    for match in _BOUNDARY.finditer(text):
        chunk = match.group()
        if chunk[0] != "\n":
            dot = match.start() + len(chunk.rstrip("\"”’')]")) - 1
            if text[dot] == "." and _is_abbreviation(text, dot):
                continue
            end = match.end()
        else:
            end = match.start()
        _add(out, text, start, end, paragraph)
        if chunk[0] == "\n":
            paragraph += 1
        start = match.end()
    _add(out, text, start, len(text), paragraph)
    return tuple(out)


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    chunk = text[start:end]
    right = len(chunk.rstrip())
    if right:
        out.append(
            Sentence(start + right - len(chunk[:right].lstrip()), start + right, paragraph, False)
        )


def sentence_index(sentences: tuple[Sentence, ...], offset: int) -> int:
    """Index of the sentence holding ``offset`` (or the last one that starts before it)."""
    lo, hi = 0, len(sentences) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= offset:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best
