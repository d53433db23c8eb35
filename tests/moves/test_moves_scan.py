"""The speed-ups of the grammar's regexes change no match.

``trie_alt`` writes a word list as a prefix tree and ``compile_scan`` puts a first-character
look-ahead in front of a pattern; both must find exactly what the plain alternation finds,
at every start position, on real news text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tickerwire.moves import lexicon as lx
from tickerwire.moves.numbers import CURRENCY_PREFIX, UNITS
from tickerwire.moves.scan import compile_scan, first_class, trie_alt
from tickerwire.moves.sentences import sentence_starts

DATA = Path(__file__).resolve().parents[1] / "data"

SENTENCES = [
    "Shares of Semiconductor Manufacturing International Corp jumped as much as 5% to "
    "HK$46.95 on Thursday, the highest level ever, before settling around 2.7% higher.",
    "The Hang Seng Tech Index rose 2.1% by 03:00 GMT, bringing total gains to over 16% in "
    "four trading sessions, its longest winning streak since its January low.",
    "Nvidia lost about $593 billion in market value, the biggest one-day loss for any U.S. "
    "company, while chip stocks slid and the Nasdaq Composite fell 3.1%.",
    "Reliance Industries' net profit rose 7.4% to Rs 18,540 crore, while the Sensex ended "
    "down 0.4% at 77,860.19 in early trade in Mumbai.",
    "Toyota Motor fell for a third straight session, down 1.2% at 2,650 yen, as the yen "
    "strengthened; the Nikkei share average was little changed at 38,787.",
    "Samsung Electronics preferred shares rose 2.1%, outperforming the KOSPI, which closed "
    "at 2,521.5, up 12 points, on Friday. Analysts expect revenue to more than double.",
]


def _corpus() -> list[str]:
    texts = list(SENTENCES)
    for path in sorted((DATA / "ingest").glob("*")):
        if path.suffix in (".txt", ".md", ".html", ".rss", ".atom"):
            texts.append(path.read_bytes().decode("utf-8", "replace"))
    return texts + [t.lower() for t in texts]


def _plain(words: list[str], spaces: bool = True) -> str:
    escaped = (re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return "|".join(e.replace(r"\ ", r"\s+") if spaces else e for e in escaped)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


WORD_LISTS = {
    "up verbs": list(lx.UP_VERBS),
    "down verbs": list(lx.DOWN_VERBS),
    "qualifiers": [q for q, _ in lx.QUALIFIERS],
    "figure measures": [k for k, _ in lx.FIGURE_MEASURES],
    "record highs": list(lx.RECORD_HIGH),
    "market value words": list(lx.MARKET_VALUE_WORDS),
    "currency prefixes": list(CURRENCY_PREFIX),
    "units": list(UNITS),
}


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_prefix_tree_matches_the_longest_first_alternation(name: str, flags: int) -> None:
    words = WORD_LISTS[name]
    for spaces in (True, False):
        plain = re.compile(rf"(?<![\w-])(?:{_plain(words, spaces)})(?![\w-])", flags)
        tree = re.compile(rf"(?<![\w-])(?:{trie_alt(words, spaces=spaces)})(?![\w-])", flags)
        bare_plain = re.compile(_plain(words, spaces), flags)
        bare_tree = re.compile(trie_alt(words, spaces=spaces), flags)
        for text in _corpus():
            assert _spans(tree, text) == _spans(plain, text)
            assert _spans(bare_tree, text) == _spans(bare_plain, text)


PATTERNS = [
    (r"\b(?:to|above|below|past|beyond)\b", re.IGNORECASE),
    (r"\b(?:as of|at|by)\s+(\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?)", re.IGNORECASE),
    (rf"(?P<high>{_plain(list(lx.RECORD_HIGH))})|(?P<low>{_plain(list(lx.RECORD_LOW))})", 0),
    (r"(?<![\w-])(?:more than|over|about|nearly)(?![\w-])", re.IGNORECASE),
    (r"\b(?:on\s+|last\s+)?(monday|tuesday|wednesday|thursday|friday)(?:'s|’s)?\b", 0),
    (r"(?:(?P<cur>hk\$|us\$|\$|rs)\s?)?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_first_character_look_ahead_changes_no_match(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), compile_scan(pattern, flags)
    for text in _corpus():
        assert _spans(fast, text) == _spans(plain, text)
        for start in range(0, len(text), 7):
            end = min(len(text), start + 60)
            a, b = plain.search(text, start, end), fast.search(text, start, end)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_first_class_bounds_only_what_it_can() -> None:
    assert first_class(r"\b(?:rose|fell)\b") == "[rf]"
    assert first_class(r"(?:up\s+)?\d+%") == r"[u\d]"
    assert first_class(r"\s*,?") is None  # can match the empty string
    assert first_class(r"[^a]bc") is None  # a negated class admits anything
    assert first_class(r"(?i:a)b") is None  # local flags would change the class


def test_sentence_boundaries() -> None:
    text = (
        "Shares of U.S. chipmakers fell 1.5% on Friday. Nvidia Corp. lost 3.1% to $118.42! "
        '"It was a rout," he said. The Nasdaq ended lower.\n\nSMIC rose 2%.'
    )
    starts = sentence_starts(text)
    assert [text[s : s + 12] for s in starts] == [
        "Shares of U.",
        "Nvidia Corp.",
        '"It was a ro',
        "The Nasdaq e",
        "SMIC rose 2%",
    ]
