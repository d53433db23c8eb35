"""Sentence spans of an article, computed once and shared by catalysts, quotes and sentiment.

Causes, views and sentiment are all read a sentence at a time, and an explanation often sits
in the next sentence, so every stage needs the same boundaries. Splitting is one regex pass
plus an abbreviation check; the result is cached on the text so the three stages pay once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from tickerwire.prose import ends_after_legal_form

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

# A run of sentence-ending marks (and closing quotes or brackets) before a capital or digit,
# or a run of newlines. The pattern opens on one character class, which the regex engine uses
# to skip ahead at C speed to the next mark or newline instead of trying every position.
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])[.!?]*[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9]))"
)
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
        return not ends_after_legal_form(word, text, _next_word(text, dot + 1))
    # a single capital letter is an initial ("Robert F. Kennedy", "J.P. Morgan")
    return len(word) == 1 or (len(word) <= 4 and word.count(".") >= 1)


def _next_word(text: str, at: int) -> int:
    while at < len(text) and text[at] in ' \t"“‘(':
        at += 1
    return at


@lru_cache(maxsize=32)
def split_sentences(text: str, body_start: int = 0) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; the part before ``body_start`` is the headline."""
    sentences = _split(text)
    if body_start <= 0:
        return sentences
    # the headline is the few sentences ending before the body: only they change
    k = 0
    while k < len(sentences) and sentences[k].end <= body_start:
        k += 1
    if not k:
        return sentences
    return tuple(Sentence(s.start, s.end, s.paragraph, True) for s in sentences[:k]) + sentences[k:]


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
    stripped = chunk.strip()
    if stripped:
        left = start + len(chunk) - len(chunk.lstrip())
        out.append(Sentence(left, left + len(stripped), paragraph, False))


def sentence_index(sentences: tuple[Sentence, ...], offset: int) -> int:
    """Index of the sentence holding ``offset`` (or the last one that starts before it)."""
    return max(0, bisect_right(_starts(sentences), offset) - 1)


# The starts of the last two splits asked about (an article's split with and without its
# headline), kept by identity: every stage asks dozens of times about the same split.
_recent_starts: tuple[tuple[tuple[Sentence, ...], list[int]], ...] = ()


def _starts(sentences: tuple[Sentence, ...]) -> list[int]:
    global _recent_starts
    for known, starts in _recent_starts:
        if known is sentences:
            return starts
    starts = [s.start for s in sentences]
    _recent_starts = ((sentences, starts), *_recent_starts[:1])
    return starts
