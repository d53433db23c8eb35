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

from tickerwire.model import Boilerplate

_TRAILER_LABELS = frozenset({"risk_disclosure", "end_marker"})


_SHORT = 300  # rows that may match anywhere ('.*…') are tried on short paragraphs only
# Every '.*' row of the table contains one of these words or a slash; a paragraph without any
# of them cannot match one, so the costly search is skipped for it.
_ANYWHERE_NEEDLES = re.compile(r"advice|reserved|newsletter|/", re.IGNORECASE)
_ANYWHERE_WORDS = ("advice", "reserved", "newsletter")
# The only letters that case-insensitive matching equates with ASCII letters, or that change
# length when lower-cased: where one occurs, the needle pattern itself decides.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


@dataclass(frozen=True, slots=True)
class _Rules:
    labels: tuple[str, ...]
    start: re.Pattern[str]  # rows anchored at the paragraph start, one alternation
    anywhere: re.Pattern[str]  # rows written '.*…', searched in short paragraphs


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """Compile the table into two alternations, group ``r<N>`` naming row N: one regex call
    per paragraph instead of one per row."""
    table = resources.files("tickerwire.ingest").joinpath("data/boilerplate.tsv").read_text("utf-8")
    labels: list[str] = []
    start: list[str] = []
    anywhere: list[str] = []
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, pattern = (part.strip() for part in line.split("\t", 1))
        re.compile(pattern)  # each row must stand alone
        target = anywhere if pattern.startswith(".*") else start
        target.append(f"(?P<r{len(labels)}>{pattern.removeprefix('.*')})")
        labels.append(label)
    return _Rules(
        tuple(labels),
        re.compile("|".join(start), re.IGNORECASE),
        re.compile("|".join(anywhere), re.IGNORECASE),
    )


def label_of(paragraph: str) -> str | None:
    """The boilerplate label of a paragraph, or None when it is article text."""
    table = rules()
    text = paragraph.strip()
    found = table.start.match(text)
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
