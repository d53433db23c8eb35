"""Boilerplate paragraphs: disclosures, adverts, sign-ups, share links, credits.

The patterns are a reviewed data table (`data/boilerplate.tsv`), not code. A removed paragraph
is kept with its label so a reader can see what was taken out and why. Once a paragraph of
the closing block (risk disclosure, end marker, comments) is met, every later paragraph that
matches a closing label or is short is taken as part of that block too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from tickerwire.model import Boilerplate

_TRAILER_LABELS = frozenset({"risk_disclosure", "end_marker"})


_SHORT = 300  # rows that may match anywhere ('.*…') are tried on short paragraphs only
# Every '.*' row of the table contains one of these words or a slash; a paragraph without any
# of them cannot match one, so the costly search is skipped for it.
_ANYWHERE_NEEDLES = re.compile(r"advice|reserved|newsletter|/", re.IGNORECASE)
_ANYWHERE_WORDS = ("advice", "reserved", "newsletter")
# The only letters that case-insensitive matching equates with ASCII letters, or that change
# length when lower-cased: where one occurs, the needle pattern itself decides.
_ODD_CASE_CHARS = frozenset("\u0130\u0131\u017f\u212a")
_ODD_CASE = re.compile(f"[{''.join(sorted(_ODD_CASE_CHARS))}]")


@dataclass(frozen=True, slots=True)
class _Rules:
    labels: tuple[str, ...]
    start: re.Pattern[str]  # rows anchored at the paragraph start, one alternation
    anywhere: re.Pattern[str]  # rows written '.*…', searched in short paragraphs
    # the anchored rows that may start with a (lower-cased) character, in table order, and
    # those that may start with any other: a paragraph is matched against its own few rows
    by_first: dict[str, re.Pattern[str]]
    other: re.Pattern[str]


def _first_chars(items: list) -> tuple[set[str] | None, bool]:
    """The lower-cased characters a match of the parsed ``items`` may start with (None when a
    class, an assertion or anything but literals may open it), and whether it may be empty."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            return out | {chr(av).lower()}, False
        if op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            return out | {chr(a).lower() for _, a in av}, False
        if op is sre.SUBPATTERN:
            alternatives = [list(av[3])]
        elif op is sre.BRANCH:
            alternatives = [list(alternative) for alternative in av[1]]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 0:
            alternatives = [list(av[2])]
        else:
            return None, False
        empty = op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0
        for alternative in alternatives:
            found, may_be_empty = _first_chars(alternative)
            if found is None:
                return None, False
            out |= found
            empty = empty or may_be_empty
        if not empty:
            return out, False
    return out, True


def _bucketed(rows: list[tuple[str, str]]) -> tuple[dict[str, re.Pattern[str]], re.Pattern[str]]:
    """Per opening character, the alternation of the ``(group, pattern)`` rows that may start
    with it (and of those that may start with anything), in table order."""
    firsts: list[set[str] | None] = []
    for _, pattern in rows:
        found, empty = _first_chars(list(sre_parse.parse(pattern, re.IGNORECASE)))
        firsts.append(None if empty else found)
    chars = sorted({c for found in firsts if found is not None for c in found})

    def alternation(char: str | None) -> re.Pattern[str]:
        chosen = [
            f"(?P<{group}>{pattern})"
            for (group, pattern), found in zip(rows, firsts, strict=True)
            if found is None or char in found
        ]
        return re.compile("|".join(chosen) or "(?!)", re.IGNORECASE)

    return {c: alternation(c) for c in chars}, alternation(None)


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """Compile the table into two alternations, group ``r<N>`` naming row N: one regex call
    per paragraph instead of one per row."""
    table = resources.files("tickerwire.ingest").joinpath("data/boilerplate.tsv").read_text("utf-8")
    labels: list[str] = []
    start: list[str] = []
    anywhere: list[str] = []
    anchored: list[tuple[str, str]] = []
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, pattern = (part.strip() for part in line.split("\t", 1))
        re.compile(pattern)  # each row must stand alone
        target = anywhere if pattern.startswith(".*") else start
        target.append(f"(?P<r{len(labels)}>{pattern.removeprefix('.*')})")
        if target is start:
            anchored.append((f"r{len(labels)}", pattern))
        labels.append(label)
    by_first, other = _bucketed(anchored)
    return _Rules(
        tuple(labels),
        re.compile("|".join(start), re.IGNORECASE),
        re.compile("|".join(anywhere), re.IGNORECASE),
        by_first,
        other,
    )


def label_of(paragraph: str) -> str | None:
    """The boilerplate label of a paragraph, or None when it is article text."""
    table = rules()
    text = paragraph.strip()
    first = text[:1]
    if not first or first in _ODD_CASE_CHARS:
        found = table.start.match(text)
    else:
        # a row whose opening cannot match the first character cannot match here
        found = table.by_first.get(first.lower(), table.other).match(text)
    if found is None and len(text) <= _SHORT and _has_needle(text):
        found = table.anywhere.search(text)
    if found is None or found.lastgroup is None:
        return None
    return table.labels[int(found.lastgroup[1:])]


def _has_needle(text: str) -> bool:
    """Whether ``_ANYWHERE_NEEDLES`` finds a needle in ``text``, by substring tests on the
    lower-cased text: the case-insensitive alternation is tried at every position. Lowering
    agrees with case-insensitive matching for every letter but the four odd ones."""
    if "/" in text:
        return True
    if not text.isascii() and _ODD_CASE.search(text):
        return _ANYWHERE_NEEDLES.search(text) is not None
    low = text.lower()
    return any(word in low for word in _ANYWHERE_WORDS)


def split_boilerplate(
    paragraphs: list[str],
) -> tuple[list[str], list[Boilerplate]]:
    """Separate kept paragraphs from labelled boilerplate, in order."""
    kept: list[str] = []
    removed: list[Boilerplate] = []
    in_trailer = False
    for paragraph in paragraphs:
        label = label_of(paragraph)
        if label is None and in_trailer and len(paragraph) > 200:
            label = "trailer"
        if label is None:
            kept.append(paragraph)
            continue
        in_trailer = in_trailer or label in _TRAILER_LABELS
        removed.append(Boilerplate(label, paragraph))
    return kept, removed
