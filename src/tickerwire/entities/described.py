"""Unlisted organisations that the text introduces by what they are.

News names a private company it expects readers not to know with a descriptor before it:
"its British luxury unit Jaguar Land Rover", "AI start-up Zhipu", "privately held chipmaker
YMTC". No list can hold every such company, but the descriptor says it is one. A name that an
earlier pass already resolved (a listing, an index, a known organisation) is left alone.
"""

from __future__ import annotations

import re

import ahocorasick_rs

from tickerwire.model import Entity, Mention, Span

_DESCRIPTORS = (
    "unit|subsidiary|start-?up|firm|company|maker|developer|rival|parent|owner|affiliate|"
    "chipmaker|chip designer|automaker|carmaker|brokerage|lender|insurer|conglomerate|retailer|"
    "operator|supplier|manufacturer|venture"
)
_WORD = r"[A-Z][\w&.'’-]*"
_DESCRIBED = re.compile(rf"\b(?:{_DESCRIPTORS})\s+(?P<name>{_WORD}(?:\s+(?:{_WORD}|&)){{0,3}})")
# The descriptor words as plain strings: one automaton pass finds where a match can start,
# and the pattern is tried only there (scanning with it tries every position of the text).
DESCRIPTOR_WORDS = tuple(
    w for d in _DESCRIPTORS.split("|") for w in (d.replace("-?", "-"), d.replace("-?", ""))
)
_DESCRIPTOR_FINDER = ahocorasick_rs.AhoCorasick(list(DESCRIPTOR_WORDS))
# Capitalised words that follow a descriptor without naming a company.
_NOT_NAMES = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "The",
        "A",
        "An",
        "It",
        "Its",
        "This",
        "That",
        "In",
        "On",
        "At",
        "For",
        "And",
        "But",
        "Chinese",
        "American",
        "Japanese",
        "Korean",
        "Indian",
        "European",
        "British",
        "German",
        "French",
        "Asian",
        "US",
        "U.S.",
        "UK",
        "Hong",
        "Kong",
        "China",
        "Japan",
        "India",
        "Korea",
        "Europe",
        "Beijing",
        "Shanghai",
        "Tokyo",
        "CEO",
        "AI",
    ]
)


def described_organizations(
    text: str, taken: list[tuple[int, int]], starts: list[tuple[int, int, int]] | None = None
) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    """Organisations named right after a descriptor, outside every span in ``taken``.
    ``starts``: the descriptor words' matches (word index, start, end) of the entity stage's
    automaton pass over ``text`` (``DESCRIPTOR_WORDS``); without them a pass of its own."""
    found: dict[str, list[Span]] = {}
    for match in _described_matches(text, starts):
        name = _trim(match.group("name"))
        start = match.start("name")
        end = start + len(name)
        if not name or any(s < end and start < e for s, e in taken):
            continue
        found.setdefault(name, []).append(Span(start, end))
    entities = []
    mentions = []
    for name, spans in found.items():
        every = _every(text, name, taken) or spans
        entities.append(Entity(f"ORG:{name}", "organization", name, tuple(every)))
        mentions.extend(Mention(s, f"ORG:{name}", "organization", "described") for s in every)
    return tuple(entities), tuple(mentions)


def _described_matches(
    text: str, found: list[tuple[int, int, int]] | None = None
) -> list[re.Match[str]]:
    """What ``_DESCRIBED.finditer(text)`` yields: it is tried only where a descriptor starts."""
    out: list[re.Match[str]] = []
    if found is None:
        found = _DESCRIPTOR_FINDER.find_matches_as_indexes(text, True)
    starts = {start for _, start, _ in found}
    last_end = 0
    for start in sorted(starts):
        if start < last_end:
            continue
        match = _DESCRIBED.match(text, start)
        if match is not None:
            out.append(match)
            last_end = match.end()
    return out


def _trim(name: str) -> str:
    words = name.rstrip(".,;:'’").split()
    while words and (words[-1] in _NOT_NAMES or words[-1].endswith(("'s", "’s"))):
        words.pop()
    if not words or words[0] in _NOT_NAMES:
        return ""
    return " ".join(words)


def _every(text: str, name: str, taken: list[tuple[int, int]]) -> list[Span]:
    spans = []
    for start, end in _whole_word_occurrences(text, name):
        if not any(s < end and start < e for s, e in taken):
            spans.append(Span(start, end))
    return spans


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\w`` matches in a str pattern


def _whole_word_occurrences(text: str, name: str) -> list[tuple[int, int]]:
    r"""The spans ``re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text)`` gives.

    A plain substring search finds the candidates: a pattern that opens with a look-behind
    is tried at every position of the text, some twenty times slower.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _is_word_char(text[at - 1])) and (
            end == n or not _is_word_char(text[end])
        ):
            out.append((at, end))
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return out
