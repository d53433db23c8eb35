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


@dataclass(frozen=True, slots=True)
class _Rule:
    label: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def rules() -> tuple[_Rule, ...]:
    table = resources.files("tickerwire.ingest").joinpath("data/boilerplate.tsv").read_text("utf-8")
    parsed = []
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, pattern = line.split("\t", 1)
        parsed.append(_Rule(label, re.compile(pattern.strip(), re.IGNORECASE)))
    return tuple(parsed)


def label_of(paragraph: str) -> str | None:
    """The boilerplate label of a paragraph, or None when it is article text."""
    stripped = paragraph.strip()
    for rule in rules():
        if rule.pattern.match(stripped):
            return rule.label
    return None


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
