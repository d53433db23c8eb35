"""Sentence boundaries for news prose, found without a per-character Python loop."""

from __future__ import annotations

import re

from tickerwire.prose import ends_after_legal_form

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


# A line break before a non-empty line, or an end mark (maybe closing quotes) followed by
# spaces and then an opening quote or a letter or digit on the same line: the candidates a
# sentence can start after. Decimals ("1.5"), "U.S." inside a word and paragraph breaks are
# skipped by the regex engine itself.
# It starts with a plain class, which the engine scans for at C speed.
BOUNDARY_RE = re.compile(r"[.!?\n](?:(?<=\n)(?=[^\n])|(?<=[.!?])[\"”’)]*[ \t]+(?=[\"“‘(]?[^\W_]))")


def sentence_starts(text: str) -> list[int]:
    """Sentence start offsets: abbreviations ("U.S.", "Corp.") and decimals do not end one.

    One scan finds the candidate boundaries, then a constant-time look at each hit: a
    sentence ends at ``.``, ``!`` or ``?`` (maybe a closing quote) followed by a space and a
    capital or digit, and at every line break.
    """
    starts = [0]
    for m in BOUNDARY_RE.finditer(text):
        i, j = m.span()
        if j == i + 1 and text[i] == "\n":
            starts.append(j)
            continue
        k = j + 1 if text[j] in OPENERS else j
        if not (text[k].isupper() or text[k].isdigit()):
            continue
        word = text[max(0, i - 6) : i].rsplit(None, 1)[-1:] or [""]
        token = word[0].rstrip(".").lower().lstrip('("“')
        if (
            token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())
        ) and not ends_after_legal_form(token, text, k):
            continue
        starts.append(j)
    return starts
