"""The stance of a view whose words turn on a contrast.

Analysts hedge: "X has become the market's favourite AI proxy. But the valuation gap is
narrowing fast, which limits the upside from here." A plain sum of tone words calls that a
draw, a reader calls it negative: the clause after "but", "however", "that said" or a
trailing ", although" carries the verdict, and a concession ("Although costs are rising,",
"despite the selloff") is outweighed by the clause it concedes to.

The view's words are cut into segments at contrast markers; the last segment that is not a
concession and has any tone decides, the others count for a fraction of their weight.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tickerwire.model import Stance
from tickerwire.quotes import lexicon
from tickerwire.sentiment.polarity import polarity

# The weight of segments other than the deciding one: enough to break a tie, never to flip.
_OTHERS = 0.3


def _alt(words: Sequence[str]) -> str:
    return "|".join(
        re.escape(w.rstrip(",")).replace(r"\ ", r"\s+")
        for w in sorted(words, key=len, reverse=True)
    )


# What may precede a marker that opens a clause: the start, an opening quotation mark, a
# sentence or clause stop.
_CLAUSE_START = r"(?:^|(?<=[“\"(.;:!?—–])|(?<=[“\"(.;:!?—–]\s)|(?<=[“\"(.;:!?—–]\s\s))"
_AFTER_COMMA = r"(?:(?<=,\s)|(?<=\sand\s)|(?<=,\sand\s))"
_CONCESSIVE = re.compile(
    rf"(?:{_CLAUSE_START}|{_AFTER_COMMA}|(?<=\s))(?P<m>(?i:{_alt(lexicon.CONCESSIVE)}))\b", re.M
)
_NEXT = re.compile(
    rf"(?:{_CLAUSE_START}|{_AFTER_COMMA})(?P<m>(?i:{_alt(lexicon.CONTRAST_NEXT)}))\b"
    r"(?P<comma>,)?"
    r"|(?<![Aa]ll\s)(?<![Nn]othing\s)(?<![Aa]nything\s)\b(?P<but>[Bb]ut|[Hh]owever)\b"
    r"(?!\s+(?:also|for|then|much)\b)",
    re.M,
)
_CLAUSE_END = re.compile(r"[,;:—–]")
# Substrings one of which every marker contains: most views have none and skip the patterns.
_GATE = (
    "but",
    "howev",
    "yet",
    "that said",
    "said that",
    "even so",
    "still,",
    "neverth",
    "nonethe",
    "other hand",
    "then again",
    "altho",
    "though",
    "while",
    "whilst",
    "wherea",
    "despite",
    "in spite",
    "notwith",
)
_OPENS = ("despite", "in spite of", "notwithstanding")


def _cuts(text: str, start: int, end: int) -> list[tuple[int, int, bool, bool]]:
    """Pieces ``(start, end, concession, new)`` of ``text[start:end]`` cut at contrast markers.

    ``new`` is true when a marker opens the piece; pieces without one continue the segment
    before them (a view split around its attribution is still one segment).
    """
    low = text[start:end].lower()
    if not any(word in low for word in _GATE):
        return [(start, end, False, False)]
    marks: list[tuple[int, str]] = []
    for m in _NEXT.finditer(text, start, end):
        word = (m.group("m") or m.group("but")).lower()
        if word.startswith("still") and not m.group("comma"):
            continue  # "still playing catch-up" is no contrast
        marks.append((m.start(), word))
    for m in _CONCESSIVE.finditer(text, start, end):
        word = re.sub(r"\s+", " ", m.group("m").lower())
        opens = not _after_comma(text, m.start()) and _clause_start(text, m.start())
        if word in _OPENS or opens:
            marks.append((m.start(), "concede"))
    out: list[tuple[int, int, bool, bool]] = []
    at, new = start, False
    for position, kind in sorted(marks):
        if position < at:
            continue
        out.append((at, position, False, new))
        if kind != "concede":
            at, new = position, True
            continue
        # a concession runs from its marker to the end of its clause
        stop = _CLAUSE_END.search(text, position, end)
        close = stop.start() if stop else end
        out.append((position, close, True, True))
        at, new = close, True
    out.append((at, end, False, new))
    return [piece for piece in out if piece[0] < piece[1] or piece[3]]


def _after_comma(text: str, at: int) -> bool:
    before = text[max(0, at - 6) : at].rstrip()
    return before.endswith(",") or before.endswith(", and") or before.endswith(" and")


def _clause_start(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip()
    return not before or before[-1] in '“"(.;:!?—–\n'


def verdict(text: str, ranges: Sequence[tuple[int, int]]) -> tuple[float, tuple[str, ...]]:
    """The stance score of a view made of ``ranges`` of ``text``, and every tone cue in it."""
    segments: list[list] = []  # [score, concession]
    cues: list[str] = []
    for start, end in ranges:
        for s0, s1, concession, new in _cuts(text, start, end):
            score, found = polarity(text, s0, s1)
            cues.extend(found)
            if new or not segments or segments[-1][1] != concession:
                segments.append([score, concession])
            else:
                segments[-1][0] += score
    total = sum(score for score, _ in segments)
    deciding = next(
        (i for i in range(len(segments) - 1, -1, -1) if segments[i][0] and not segments[i][1]),
        None,
    )
    if deciding is None or len(segments) == 1:
        return total, tuple(cues)
    decided = segments[deciding][0]
    return decided + _OTHERS * (total - decided), tuple(cues)


# A broker's rating speaks louder than the words around it: "Citi maintains 'buy' but trims
# its target" is a positive view, "downgrades to 'hold' from 'buy'" a negative one, whatever
# tone the reasons carry. Levels are read only where a rating is meant (quoted, before
# "rating", after "to", "maintains", "rated" ...), never "sell" in "would sell a stake".
_LEVEL = (
    r"(?:strong\s+buy|buy|overweight|outperform|accumulate|add|sell|underweight|underperform|"
    r"reduce|hold|neutral|equal[\s-]weight|market[\s-]perform|sector[\s-]perform|in[\s-]line)"
)
_RATING = re.compile(
    r"(?P<up>\bupgrad(?:e|es|ed|ing)\b)|(?P<down>\bdowngrad(?:e|es|ed|ing)\b)"
    rf"|['‘’\"“”]\s*(?P<quoted>{_LEVEL})\s*['‘’\"“”]"
    rf"|\b(?P<named>{_LEVEL})\s+(?:rating|call|recommendation|stance)\b"
    r"|\b(?:to|at|as|rated|rates|rate|maintains|maintained|maintain|keeps|kept|keep|"
    r"reiterates|reiterated|reiterate|retains|retained|initiates|initiated|starts|started)\s+"
    rf"(?:an?\s+|its\s+|their\s+|the\s+stock\s+(?:at|as)\s+)?(?P<after>{_LEVEL})\b(?![-’'])",
    re.I,
)
_TARGET = re.compile(
    r"\b(?:(?P<raise>raised|raises|raise|lifted|lifts|increased|increases|hiked|hikes|boosted)"
    r"|(?P<cut>cut|cuts|lowered|lowers|trimmed|trims|reduced|reduces|slashed|slashes))\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:target|fair\s+value|tp|pt)\b"
    r"|\b(?:target|fair\s+value)\s+(?:was|were|has\s+been|have\s+been|is)\s+"
    r"(?:(?P<raised>raised|lifted|increased|hiked|boosted)|(?P<lowered>cut|lowered|trimmed|"
    r"reduced|slashed))\b",
    re.I,
)
# Substrings one of which every rating or target phrase holds: most views have none.
_RATING_HINTS = (
    "grad",
    "buy",
    "sell",
    "weight",
    "perform",
    "hold",
    "neutral",
    "accumulate",
    "add",
    "reduce",
    "in line",
    "in-line",
)
_TARGET_HINTS = ("target", "fair value", "tp ", "pt ")
_POSITIVE_LEVELS = ("strong buy", "buy", "overweight", "outperform", "accumulate", "add")
_NEGATIVE_LEVELS = ("sell", "underweight", "underperform", "reduce")


def rating_stance(
    text: str, ranges: Sequence[tuple[int, int]]
) -> tuple[Stance | None, Stance | None]:
    """What a rating action says: ``(decisive, leaning)``.

    An upgrade or a downgrade decides, and so does a rating held or set at buy or overweight
    (positive) or sell or underweight (negative). A neutral rating or a target change only
    leans: it is the stance when the view's own words have no tone ("kept a neutral view but
    warned that valuations look stretched" is negative; "raised its target" alone positive).
    """
    level: str | None = None
    target: Stance | None = None
    for start, end in ranges:
        low = text[start:end].lower()
        rating = any(word in low for word in _RATING_HINTS)
        for m in _RATING.finditer(text, start, end) if rating else ():
            if m.group("up"):
                return "positive", None
            if m.group("down"):
                return "negative", None
            word = m.group("quoted") or m.group("named") or m.group("after")
            if (
                level is None
                and word
                and not text[max(start, m.start() - 5) : m.start()]
                .lower()
                .rstrip()
                .endswith("from")
            ):
                level = re.sub(r"[\s-]+", " ", word.lower())
        if target is None and any(word in low for word in _TARGET_HINTS):
            t = _TARGET.search(text, start, end)
            if t is not None:
                target = "positive" if t.group("raise") or t.group("raised") else "negative"
    if level in _POSITIVE_LEVELS:
        return "positive", None
    if level in _NEGATIVE_LEVELS:
        return "negative", None
    return None, target
