"""Small clause tests the moves grammar asks of the words around a number.

Each answers one question about a short stretch of text ("is this a forecast?", "does a
preposition govern the next name?", "is this the revenue, not the share price?") with word-set
look-ups or one anchored regex, so the per-number cost stays small.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tickerwire.moves import lexicon as lx
from tickerwire.moves.numbers import Quantity
from tickerwire.moves.scan import compile_scan, trie_alt


def _alt(words: Iterable[str]) -> str:
    """The words as one alternation (a prefix tree; a space matches any white space)."""
    return trie_alt(words)


_VERBS_ALT = _alt([*lx.UP_VERBS, *lx.DOWN_VERBS, *lx.NEUTRAL_VERBS])
# a clause with a subject of its own: ", with autos down 1.8%", "while the yuan fell"
NEW_CLAUSE_RE = compile_scan(
    rf"(?:\bwith|\bwhile|\bwhereas|\bbut|\band|;)\s+"
    rf"(?!(?:then|later|also|subsequently|eventually|finally|still|{_VERBS_ALT})\b)"
    r"(?![a-z]+ing\b)[A-Za-z]",
    re.IGNORECASE,
)
CONTINUATION_RE = compile_scan(
    r"\b(?:before|then|later|eventually|finally)\s+[a-z]+ing\b(?:\s+[a-z]+){0,4}\s*$",
    re.IGNORECASE,
)
LEVEL_BEFORE_GAP_RE = compile_scan(r"[\s,]*(?:or\s+|after\s+)?$")  # "closed at X after rising"
LEVEL_BEFORE_RE = compile_scan(
    r"\b(?:at|to|closed|ended|finished|settled|stood|was|were|trading|traded|hit|hitting|"
    r"touched|reached|reaching|day|session)\s+$",
    re.IGNORECASE,
)
POSSESSOR_RE = compile_scan(r"['’]s\s*$")
# the name owns the change after a relative clause: "the Hang Seng Index, which is up 18%"
RELATIVE_RE = compile_scan(
    r"\.?\s*,?\s*(?:(?:which|that)\s+(?:(?:is|was|has|had|have|also|itself|closed|ended)\s+)*"
    r"|whose\s+(?:shares|stock|share price)\s+(?:(?:have|has|had|also)\s+)*"
    # "helped by BP, which tracked crude higher, rising 2%": the move after a closed aside
    r"|(?<=,)\s*(?:which|who)\s[^,;.()]{3,80},\s*)$",
    re.IGNORECASE,
)
# a verbless aside after a name that a ranking word introduces ("led by Tencent, up 3%",
# "followed by Xinyi Solar (0968:HK), up 1.7%", "including HSBC, down 2%"): the aside is the
# name's own move, though "by" or "including" governs the name
RANKED_LEAD_RE = compile_scan(r"\b(?:by|including|like|such as)\s+(?:the\s+)?$", re.IGNORECASE)
APPOSITIVE_GAP_RE = compile_scan(r"\s*(?:\([^()]{1,25}\)\s*)?,\s*$")
VERBLESS_MOVE_RE = compile_scan(r"(?:up|down|off|higher|lower)\b", re.IGNORECASE)
PREPOSITIONS = frozenset(lx.PREPOSITIONS)
OWNER_NOUNS = frozenset(lx.OWNER_NOUNS)
DETERMINERS = frozenset({"the", "its", "their", "a"})
NAME_MODIFIERS = frozenset(
    {"benchmark", "blue-chip", "main", "broader", "broad", "wider", "key", "flagship",
     "tech-heavy", "tech-laden", "large-cap", "mid-cap", "small-cap", "bellwether", "leading",
     "headline", "composite"}
)  # fmt: skip


def governed_by(lead: str, with_too: bool = False) -> bool:
    """Whether ``lead`` ends with a preposition (maybe plus "the"): the next name is its object.

    "Shares of" and "stock in" own their object, so they do not count.
    """
    if not lead or not lead[-1].isspace():
        return False
    words = lead.lower().split()[-4:]
    if words and words[-1] in DETERMINERS:
        words.pop()
    # "on London's benchmark FTSE 100", "of the blue-chip Nikkei": a place's possessive and
    # describing words between the preposition and the name
    while len(words) > 1 and (words[-1] in NAME_MODIFIERS or words[-1].endswith(("'s", "’s"))):
        words.pop()
        if words and words[-1] in DETERMINERS:
            words.pop()
    if not words:
        return False
    prep = words[-1]
    if prep not in PREPOSITIONS and not (with_too and prep == "with"):
        return False
    return not (prep in ("of", "in") and len(words) > 1 and words[-2] in OWNER_NOUNS)


FUTURE_RE = compile_scan(
    r"[\s,]*(?:over|in|within|during|by)\s+(?:the\s+)?(?:next|coming|end\s+of|year-end)\b",
    re.IGNORECASE,
)
LEVEL_GAP_RE = compile_scan(r"\b(?:to|above|below|past|beyond)\b", re.IGNORECASE)
BY_GAP_RE = compile_scan(r"\b(?:by|up to)\b", re.IGNORECASE)
AGAIN_RE = compile_scan(
    r"\band\s+(?:then\s+)?(?:another|a further|an additional)\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
AT_GAP_RE = compile_scan(r"\bat\b", re.IGNORECASE)
INFINITIVE_RE = compile_scan(r"\bto\s+$", re.IGNORECASE)
TO_OR_AT_RE = compile_scan(r"\b(?:to|at|of|hit|reach(?:ed)?|touch(?:ed)?)\b", re.IGNORECASE)


def clause_head(text: str) -> str:
    """The words up to the first comma or semicolon: a window belongs to its own clause."""
    cut = len(text)
    for mark in (",", ";", " - ", " – ", " — "):
        pos = text.find(mark)
        if 0 <= pos < cut:
            cut = pos
    return text[:cut]


WORD_RE = compile_scan(r"[a-z][a-z'’\-]*")
NON_PRICE = frozenset(lx.NON_PRICE_SUBJECTS)
PRICE_WORDS = frozenset(w for w in lx.PRICE_NOUNS if " " not in w)
FORECAST_WORDS = frozenset(c for c in lx.FORECAST_CUES if " " not in c)
FORECAST_PHRASES = tuple(c for c in lx.FORECAST_CUES if " " in c)


NON_PRICE_PHRASES_RE = compile_scan(trie_alt(lx.NON_PRICE_PHRASES, spaces=False))
FORECAST_PHRASES_RE = compile_scan(trie_alt(FORECAST_PHRASES, spaces=False))


def non_price(text: str) -> bool:
    """Whether the words name something other than a share price (revenue, yield, tariff)."""
    low = text.lower()
    return (
        not NON_PRICE.isdisjoint(WORD_RE.findall(low))
        or NON_PRICE_PHRASES_RE.search(low) is not None
    )


def price_noun(text: str) -> bool:
    low = text.lower()
    return not PRICE_WORDS.isdisjoint(WORD_RE.findall(low)) or "share price" in low


def non_price_object(text: str, pos: int) -> bool:
    """ "a 3% rise in (net) revenue": the change belongs to a non-price noun."""
    return not NON_PRICE.isdisjoint(WORD_RE.findall(text[pos : pos + 30].lower())[:3])


def is_forecast(clause: str) -> bool:
    """A modal or forecast verb before the direction word: "could rise", "expects to fall"."""
    words = WORD_RE.findall(clause)  # case kept: "May" the month is no modal
    if not FORECAST_WORDS.isdisjoint(words):
        return True
    return FORECAST_PHRASES_RE.search(clause.lower()) is not None


NATIONALITIES = frozenset(lx.NATIONALITIES)


FLAT_WORDS_RE = compile_scan(trie_alt(lx.FLAT_WORDS, spaces=False))


def flat_before(text: str, pos: int, floor: int = 0) -> bool:
    """Whether a flat word ("unchanged", "little changed") is in the 25 characters before
    ``pos`` (not before ``floor``); ``text`` is lower-cased already."""
    return FLAT_WORDS_RE.search(text, max(floor, pos - 25), pos) is not None


def names_something(phrase: str) -> bool:
    """Whether a "the ... index" phrase carries a proper name ("the Nifty Bank index")."""
    words = phrase.split()[1:-1]
    return any(w[0].isupper() and w.lower().strip(".") not in NATIONALITIES for w in words)


def has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def is_level(q: Quantity, subject: str) -> bool:
    """Whether ``q`` can be the level quoted with a move of ``subject`` (a price, index points)."""
    if q.is_money or q.unit == "":
        return True
    return q.unit == "points" and subject.startswith("INDEX:")
