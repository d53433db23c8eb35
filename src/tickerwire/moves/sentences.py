"""Sentence boundaries for news prose, found without a per-character Python loop."""

from __future__ import annotations

import re

SENTENCE_PUNCT_RE = re.compile(r"[.!?\n]")
CLOSERS = frozenset('"”’)')
OPENERS = frozenset('"“‘(')
ABBREVIATIONS = frozenset(
    [
        "u.s",
        "us",
        "u.k",
        "uk",
        "corp",
        "inc",
        "co",
        "ltd",
        "mr",
        "mrs",
        "ms",
        "dr",
        "no",
        "st",
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
        "vs",
        "e.g",
        "i.e",
        "plc",
        "bhd",
        "ag",
        "sa",
        "nv",
        "jr",
        "sr",
        "gov",
        "rep",
        "sen",
        "p.m",
        "a.m",
    ]
)


def sentence_starts(text: str) -> list[int]:
    """Sentence start offsets: abbreviations ("U.S.", "Corp.") and decimals do not end one.

    One scan for the punctuation characters, then a constant-time look at each hit: a
    sentence ends at ``.``, ``!`` or ``?`` (maybe a closing quote) followed by a space and a
    capital or digit, and at every line break.
    """
    starts = [0]
    n = len(text)
    for m in SENTENCE_PUNCT_RE.finditer(text):
        i = m.start()
        if text[i] == "\n":
            if i + 1 < n and text[i + 1] != "\n":
                starts.append(i + 1)
            continue
        j = i + 1
        while j < n and text[j] in CLOSERS:
            j += 1
        if j >= n or text[j] not in " \t\n":
            continue
        while j < n and text[j] in " \t":
            j += 1
        if j >= n or text[j] == "\n":
            continue
        k = j + 1 if text[j] in OPENERS else j
        if k >= n or not (text[k].isupper() or text[k].isdigit()):
            continue
        word = text[max(0, i - 6) : i].rsplit(None, 1)[-1:] or [""]
        token = word[0].rstrip(".").lower().lstrip('("“')
        if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        starts.append(j)
    return starts
