"""Compile search patterns so that the regex engine skips hopeless positions at C speed.

Python's ``re`` scans fast only when a pattern starts with a literal or a plain character
class. The grammar's patterns mostly start with ``\\b``, a look-behind or an alternation of
named groups, so ``search`` tries every alternative at every position of the text: a
30-alternative window pattern costs some 15 µs on a short clause. ``compile_scan`` works out
the set of characters a match can start with and puts it in front as a look-ahead
(``(?=[...])``): at most positions the engine fails after one class test. The look-ahead is
zero-width and admits every character the pattern can start with, under the pattern's own
flags, so the matches are exactly those of the plain pattern.

Patterns whose first character cannot be bounded (a negated class, ``.``, a back-reference,
a pattern that can match the empty string) are compiled as they are.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as P
from collections.abc import Iterable

_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_CATEGORY_CLASS = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}


BROAD = (r"\w", r"\W", r"\S", r"\D")


class _Unbounded(Exception):
    """The first character of a match cannot be told from the pattern."""


def _char(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]\\^" else "\\" + chr(code)


def _first(items: list[tuple[object, object]], out: list[str]) -> bool:
    """Add the class items a match of ``items`` can start with to ``out``; return whether
    ``items`` can match the empty string."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            out.append(_char(av))  # type: ignore[arg-type]
            return False
        if op is C.IN:
            for sub_op, sub_av in av:  # type: ignore[union-attr]
                if sub_op is C.LITERAL:
                    out.append(_char(sub_av))
                elif sub_op is C.RANGE:
                    out.append(f"{_char(sub_av[0])}-{_char(sub_av[1])}")
                elif sub_op is C.CATEGORY and sub_av in _CATEGORY_CLASS:
                    out.append(_CATEGORY_CLASS[sub_av])
                else:
                    raise _Unbounded  # a negated class or an unusual category
            return False
        if op is C.SUBPATTERN:
            if av[1] or av[2]:  # type: ignore[index]
                raise _Unbounded  # local flags ("(?i:...)") would change what the class admits
            if not _first(list(av[3]), out):  # type: ignore[index]
                return False
            continue
        if op is C.BRANCH:
            nullable = False
            for alternative in av[1]:  # type: ignore[index]
                nullable = _first(list(alternative), out) or nullable
            if not nullable:
                return False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, item = av  # type: ignore[misc]
            if not _first(list(item), out) and low > 0:
                return False
            continue
        if op is C.ATOMIC_GROUP:
            if not _first(list(av), out):  # type: ignore[arg-type]
                return False
            continue
        raise _Unbounded  # ".", a negated literal, a back-reference, a conditional
    return True


def first_class(pattern: str, flags: int = 0) -> str | None:
    """The character class every match of ``pattern`` starts with, or None if unbounded."""
    parsed = P.parse(pattern, flags)
    out: list[str] = []
    try:
        if _first(list(parsed.data), out):
            return None  # the pattern can match the empty string
    except _Unbounded:
        return None
    return "[" + "".join(dict.fromkeys(out)) + "]"


def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a first-character look-ahead when that helps."""
    plain = re.compile(pattern, flags)
    if _prefixed(list(P.parse(pattern, flags).data)):
        return plain  # the engine already scans for the first character at C speed
    cls = first_class(pattern, flags)
    if cls is None or any(broad in cls for broad in BROAD):
        return plain  # a class that admits nearly every position would only add a test
    tail = "\n" if flags & re.VERBOSE else ""  # a trailing comment must not eat the ")"
    return re.compile(f"(?={cls})(?:{pattern}{tail})", flags)


def _prefixed(items: list[tuple[object, object]]) -> bool:
    """Whether ``re`` finds a literal or class prefix itself (a literal, a class, or an
    alternation of literals first, maybe inside plain groups)."""
    while items:
        op, av = items[0]
        if op is C.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
            items = list(av[3])  # type: ignore[index]
            continue
        if op in (C.LITERAL, C.IN):
            return True
        if op is C.BRANCH:
            return all(alt and alt[0][0] is C.LITERAL for alt in av[1])  # type: ignore[index]
        return False
    return False


def trie_alt(words: Iterable[str], fold: bool = False, spaces: bool = True) -> str:
    """An alternation of ``words`` (a space matching any run of white space) written as a
    prefix tree: "rose|rallied|rally" becomes "r(?:ose|all(?:ied|y))".

    The engine then tests one character per branch instead of every word at every position.
    At each node the longer continuation is tried before stopping, so the match is the same
    as that of the words sorted longest first. ``fold`` merges letters that differ only by
    case, for patterns compiled with ``re.IGNORECASE``; ``spaces=False`` keeps a space a
    single literal space.
    """
    root: dict[str, dict] = {}
    for word in set(words):
        node = root
        for ch in word.lower() if fold else word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root, r"\s+" if spaces else re.escape(" "))


def _emit(node: dict[str, dict], space: str) -> str:
    branches = [
        (space if ch == " " else re.escape(ch)) + _emit(child, space)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    ends = "" in node
    if len(branches) == 1 and not ends:
        return branches[0]
    return "(?:" + "|".join(branches) + ("|" if ends else "") + ")"
