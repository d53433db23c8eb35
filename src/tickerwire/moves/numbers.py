"""Numbers, percentages and money in news prose, found with one compiled regex.

A quantity is a number with what the text says it counts: ``5%`` (unit ``%``),
``2.5 percentage points`` (``pp``), ``25 basis points`` (``bp``), ``150 points``
(``points``), ``HK$46.95`` (``HKD``), ``$589 billion`` (``USD``, value 589e9),
``1.54 million yuan`` (``CNY``), ``Rs 500 crore`` (``INR``, 5e9), ``33-fold`` (``fold``),
``two-thirds`` (``fraction``), or a bare number (unit ``""``, e.g. an index level
``21,133.54``). Numbers glued to letters or colons (``GPT-4``, ``HK:0981``, ``03:00``) and bare
years are not quantities.

One regex scan for digits (a pattern that starts with a character class runs at C speed),
``str.find`` for the few unit words that make a spelled-out number count, then anchored
matches and dictionary look-ups per hit: there is no per-character Python work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from tickerwire.moves import lexicon as lx
from tickerwire.moves.scan import compile_scan, trie_alt

# Currency symbols and codes before the number, mapped to ISO 4217.
CURRENCY_PREFIX: dict[str, str] = {
    "hk$": "HKD",
    "us$": "USD",
    "s$": "SGD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nt$": "TWD",
    "t$": "TWD",
    "r$": "BRL",
    "nz$": "NZD",
    "$": "USD",
    "¥": "JPY",  # yen unless the text says yuan; see YEN_OR_YUAN
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "₩": "KRW",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "rmb": "CNY",
    "cny": "CNY",
    "usd": "USD",
    "hkd": "HKD",
    "eur": "EUR",
    "jpy": "JPY",
    "gbp": "GBP",
    "krw": "KRW",
    "twd": "TWD",
    "sgd": "SGD",
    "aud": "AUD",
    "cad": "CAD",
    "chf": "CHF",
}

# Currency words after the number.
CURRENCY_SUFFIX: dict[str, str] = {
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "won": "KRW",
    "rupees": "INR",
    "rupee": "INR",
    "dollars": "USD",
    "euros": "EUR",
    "pounds": "GBP",
    "pence": "GBX",
    "p": "GBX",  # "fell 47p to 1,883p"
    "cents": "CENTS",  # a hundredth of the listing's own dollar: see ``Finder``
    "cent": "CENTS",
    "singapore cents": "SGC",
    "singapore cent": "SGC",
    "hong kong cents": "HKC",
    "hong kong dollars": "HKD",
    "us dollars": "USD",
    "baht": "THB",
    "ringgit": "MYR",
}

# Units quoted in hundredths of a currency, and that currency.
HUNDREDTHS = {"GBX": "GBP", "CENTS": "USD", "SGC": "SGD", "HKC": "HKD"}

MAGNITUDE: dict[str, float] = {
    "lakh crore": 1e12,
    "lakh crores": 1e12,
    "trillion": 1e12,
    "tn": 1e12,
    "tr": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "thousand": 1e3,
    "k": 1e3,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
}

UNITS: dict[str, str] = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    "pc": "%",
    "percentage point": "pp",
    "percentage points": "pp",
    "pct point": "pp",
    "pct points": "pp",
    "ppt": "pp",
    "ppts": "pp",
    "pp": "pp",
    "basis point": "bp",
    "basis points": "bp",
    "bp": "bp",
    "bps": "bp",
    "point": "points",
    "points": "points",
    "pts": "points",
    "-fold": "fold",
    "fold": "fold",
    "times": "fold",
}

WORD_NUMBERS: dict[str, float] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a hundred": 100,
    "half": 0.5,
    "a half": 0.5,
    "one-half": 0.5,
    "a third": 1 / 3,
    "one-third": 1 / 3,
    "one third": 1 / 3,
    "two-thirds": 2 / 3,
    "two thirds": 2 / 3,
    "a quarter": 0.25,
    "one-quarter": 0.25,
    "three-quarters": 0.75,
    "three quarters": 0.75,
    "a fifth": 0.2,
    "one-fifth": 0.2,
}
FRACTIONS = {k for k, v in WORD_NUMBERS.items() if v < 1}


def _alternation(words: Iterable[str]) -> str:
    """Longest first, as a prefix tree (see ``scan.trie_alt``); a space stays one space."""
    return trie_alt(words, spaces=False)


_PREFIX = _alternation(CURRENCY_PREFIX)
_SUFFIX_CUR = _alternation(CURRENCY_SUFFIX)
_MAG = _alternation(MAGNITUDE)
_UNIT_WORDS = _alternation(u for u in UNITS if u not in ("%", "-fold"))
_WORDS = _alternation(WORD_NUMBERS)

_TAIL = rf"""
    (?:\s?-?(?P<mag>(?:{_MAG}))\b)?
    (?:
        \s?(?P<pct>%)
      | (?P<fold>-fold\b)
      | (?P<dashpoint>-point\b)
      | \s?(?P<unit>(?:{_UNIT_WORDS}))\b
      | \s(?P<curword>(?:{_SUFFIX_CUR}))\b
      | (?P<pence>p)(?=[\s,;)]|\.(?:\s|$)|$)
    )?
    (?![\w%:])
"""

# A digit starts every written number: the scan looks for digits only (a pattern that starts
# with a character class lets the regex engine skip ahead at C speed), then reads the currency
# before and the unit after with anchored matches. It is written "\d\d*", not "\d+": the engine
# scans ahead only for a pattern whose first item is a plain class, not a repeat.
DIGITS_RE = re.compile(r"\d\d*(?:,\d{3})*(?:\.\d+)?[½¼¾]?")
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}  # "rose 26½p"
# Matched on the lower-cased text (IGNORECASE would stop the engine's fast literal scans).
NUMBER_RE = re.compile(
    rf"(?:(?P<cur>{_PREFIX})\s?)?(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?[½¼¾]?)(?P<word>(?!)x)?" + _TAIL,
    re.VERBOSE,
)
# Spelled-out numbers count only with a unit ("twenty percent", "three times") or as a fraction
# ("two-thirds"); they are looked for only around those unit words.
SPELLED_KEYS = ("percent", "per cent", "fold", "times", "third", "quarter", "half", "fifth", "cent")
SPELLED_RE = compile_scan(
    rf"(?:(?P<cur>{_PREFIX})\s?)?(?P<num>(?!)x)?(?<![\w-])(?P<word>(?:{_WORDS}))\b" + _TAIL,
    re.VERBOSE,
)
# every spelled number holds one of these words ("two-thirds", "a half"); no look-around, so
# a search between two offsets finds one exactly when the text between them holds one
WORD_ROOTS_RE = re.compile(
    trie_alt({p for w in WORD_NUMBERS for p in w.replace("-", " ").split() if p != "a"})
)
assert all(WORD_ROOTS_RE.search(w) for w in WORD_NUMBERS)
SYMBOL_ENDS = frozenset("$¥€£₹₩")
PREFIX_ENDS = SYMBOL_ENDS | {" ", "."}
ALPHA_PREFIXES = frozenset(k for k in CURRENCY_PREFIX if k[0].isalpha() and not k.endswith("$"))
_BAD_BEFORE = frozenset("_:/.-")
SIGNS = {"+": 1, "-": -1, "−": -1}
ARROWS = {"▲": 1, "△": 1, "↑": 1, "⬆": 1, "▼": -1, "▽": -1, "↓": -1, "⬇": -1}
GLUED_CODES = frozenset(k for k in CURRENCY_PREFIX if len(k) == 3 and k.isalpha())


class Quantity(NamedTuple):
    """A number found in the text, with its unit and the span it covers.

    A named tuple, not a frozen dataclass: an article has a dozen numbers and building a
    frozen dataclass costs several times more than a tuple.
    """

    start: int
    end: int
    value: float
    unit: str  # "%", "pp", "bp", "points", "fold", "fraction", ISO currency, or "" (bare number)
    raw: str
    spelled: bool = False
    sign: int = 0  # +1 for "+2.1%", -1 for "-0.5%" written with a sign, else 0

    @property
    def is_money(self) -> bool:
        return len(self.unit) == 3 and self.unit.isupper()


YUAN_AFTER_RE = compile_scan(r"\s*(?:\w+\s)?yuan", re.IGNORECASE)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# "a third" or "half" as an ordinal, not a share of something: "fell for a third day",
# "a third straight session", "a third-quarter loss", "in the second half".
ORDINAL_AFTER_RE = re.compile(
    r"[\s-]+(?:(?:straight|consecutive|successive|trading|full|fiscal)\s+)*"
    r"(?:day|session|week|month|year|quarter|time|round|term|attempt|place|straight|"
    r"consecutive|successive)s?\b",
    re.IGNORECASE,
)
HALF_OF_YEAR_RE = re.compile(r"\b(?:first|second|1st|2nd|latter)[\s-]$", re.IGNORECASE)
DATE_BEFORE_RE = compile_scan(rf"\b{_MONTHS}\.?\s$", re.IGNORECASE)
DATE_AFTER_RE = compile_scan(rf"\s(?:of\s)?{_MONTHS}\b", re.IGNORECASE)


_GROUPS = ("cur", "num", "word", "mag", "pct", "fold", "dashpoint", "unit", "curword", "pence")
assert list(NUMBER_RE.groupindex) == list(SPELLED_RE.groupindex) == list(_GROUPS)  # m.groups()


def _parse(m: re.Match[str], text: str) -> Quantity | None:
    """The quantity a match of ``NUMBER_RE`` or ``SPELLED_RE`` on the lower-cased text reads:
    its words are lower-case already, and their spaces single, as the dictionaries' keys."""
    cur, num, word, mag, pct, fold, dashpoint, unit_word, curword, pence = m.groups()
    if pence:
        curword = "p"
    if num is not None and num[-1] in VULGAR:
        value = float(num[:-1].replace(",", "") or 0) + VULGAR[num[-1]]
    else:
        value = float(num.replace(",", "")) if num is not None else WORD_NUMBERS[word]
    unit = ""
    if pct:
        unit = "%"
    elif fold:
        unit = "fold"
    elif dashpoint:
        unit = "points"  # "the Nikkei's 530-point slide"
    elif unit_word:
        unit = UNITS[unit_word]
    currency = None
    if cur:
        currency = CURRENCY_PREFIX[cur]
        if currency == "JPY" and YUAN_AFTER_RE.match(text, m.end()):
            currency = "CNY"
    if curword:
        currency = CURRENCY_SUFFIX[curword]
        if currency in HUNDREDTHS:  # quoted in hundredths: kept in the whole unit
            value = round(value / 100, 8)
            currency = HUNDREDTHS[currency]
    if mag:
        if len(mag) == 1 and currency is None:
            return None  # "5m" without a currency is a length or a minute
        value *= MAGNITUDE[mag]
    if currency:
        unit = currency
    if word is not None:
        if not unit and not mag:
            if word in FRACTIONS:
                if ORDINAL_AFTER_RE.match(text, m.end()) or (
                    word == "half"
                    and HALF_OF_YEAR_RE.search(text, max(0, m.start() - 8), m.start())
                ):
                    return None  # "for a third day", "a third-quarter loss", "second half"
                unit = "fraction"
            else:
                return None  # "four trading sessions": read by the window grammar instead
    elif not unit and not mag and num is not None and "," not in num and "." not in num:
        if len(num) == 4 and 1900 <= value <= 2100:
            return None  # a year
        if len(num) <= 2 and (
            DATE_BEFORE_RE.search(text, max(0, m.start() - 11), m.start())
            or DATE_AFTER_RE.match(text, m.end())
        ):
            return None  # a day of a month: "Feb. 4", "4 February"
    start, end = m.span()
    return Quantity(start, end, value, unit, text[start:end], word is not None)


def _prefix(low: str, begin: int) -> int:
    """Where a currency written before the number at ``begin`` starts (``begin`` if none)."""
    if not begin:
        return begin
    before = low[begin - 1]
    if before in SYMBOL_ENDS:
        for size in (3, 2):
            if begin >= size and low[begin - size : begin] in CURRENCY_PREFIX:
                return begin - size
        return begin - 1
    if before == " " or before == ".":
        word = low[max(0, begin - 6) : begin].split()
        if word:
            w = word[-1].lstrip("(")
            if w in ALPHA_PREFIXES:
                at = low.rfind(w, 0, begin)
                if at <= 0 or not low[at - 1].isalnum():
                    return at
    return begin


def lower_same_length(text: str) -> str:
    """``text`` lower-cased with every offset kept (a rare character whose lower case is
    longer, such as "İ", stays as it is)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return low


def find_quantities(text: str, low: str | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order; ``low`` is ``lower_same_length(text)`` when the
    caller has it already."""
    if low is None:
        low = lower_same_length(text)
    found: list[Quantity] = []
    last_end = -1
    for d in DIGITS_RE.finditer(low):
        start = d.start()
        if start < last_end:
            continue
        before = low[start - 1] if start else ""
        # only a symbol, a space or a dot can end a currency written before the number
        begin = _prefix(low, start) if before in PREFIX_ENDS else start
        sign = 0
        arrow = low[begin - 1] if begin else ""
        if arrow == " " and begin >= 2:
            arrow = low[begin - 2]
        if arrow in ARROWS:
            sign = ARROWS[arrow]  # "( ▼ 2.15% )" in a quote widget
        elif begin and low[begin - 1] in SIGNS:
            # "+2.1%" or "(-0.5%)": a sign after a space or bracket, not "GPT-4"; "1-3.5%" is
            # a range, both ends numbers
            if begin == 1 or low[begin - 2] in " (\n\t":
                sign = SIGNS[low[begin - 1]]
            elif not (low[begin - 2].isdigit() and found and found[-1].end == begin - 1):
                continue
        elif begin and (low[begin - 1].isalnum() or low[begin - 1] in _BAD_BEFORE):
            if low[max(0, begin - 3) : begin] not in GLUED_CODES or (
                begin > 3 and low[begin - 4].isalnum()
            ):
                continue
            begin -= 3  # "HKD90.65", "USD22.92": a currency code written against the number
        m = NUMBER_RE.match(low, begin)
        if m is None:
            continue
        q = _parse(m, text)
        if q is not None:
            if sign:
                q = Quantity(q.start, q.end, q.value, q.unit, q.raw, q.spelled, sign)
            found.append(q)
            last_end = q.end
    keys = []
    for key in SPELLED_KEYS:  # str.find runs at C speed; a regex alternation would not
        at = low.find(key)
        while at >= 0:
            keys.append((at, at + len(key)))
            at = low.find(key, at + 1)
    # "cent" ends every "percent": a search with the same end from a later start finds the
    # same match or none, and that match was read already (a match at a position does not
    # depend on where the search began), so such a search is skipped.
    searched: dict[int, tuple[int, re.Match[str] | None]] = {}
    for k_start, k_end in keys:
        stop = min(len(low), k_end + 2)
        begin = max(0, k_start - 24)
        earlier = searched.get(stop)
        if (
            earlier is not None
            and earlier[0] <= k_start
            and (earlier[1] is None or earlier[1].start() >= begin)
        ):
            continue
        # a match holds a number word: a window without one (most: "5 percent") has none
        m = SPELLED_RE.search(low, begin, stop) if WORD_ROOTS_RE.search(low, begin, stop) else None
        searched[stop] = (k_start, m)
        if m is None or m.end() < k_start:
            continue
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        q = _parse(m, text)
        if q is not None:
            found.append(q)
    if len(found) > 1:
        found.sort(key=lambda q: q.start)
        _range_units(found, text)
        _bare_points(found, text, low)
    return found


_MOVE_WORDS = frozenset(lx.UP_VERBS + lx.DOWN_VERBS + ("up", "down", "off"))
_WORD_BEFORE_RE = re.compile(r"([a-z]+)\s+$")
_PLAIN_FIGURE_RE = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")
_OR_GAP_RE = re.compile(r"\s*,?\s*or\s+")
_LEVEL_END_RE = re.compile(r"\s*(?:[,.;:)]|$|(?:on|in|at|after|as|while|and|with|before)\b)")


def _bare_points(found: list[Quantity], text: str, low: str) -> None:
    """An index's change told without its unit is points: "fell 247.18, or 1.2%, to
    20,470.06" (the wire style), "fell 247.18 to 20,470.06". The number follows a move verb
    and is told beside its percent, or before a level far above it."""
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a.unit or a.spelled or not _PLAIN_FIGURE_RE.fullmatch(a.raw):
            continue
        verb = _WORD_BEFORE_RE.search(low, max(0, a.start - 16), a.start)
        if verb is None or verb.group(1) not in _MOVE_WORDS:
            continue
        gap = text[a.end : b.start]
        beside = b.unit == "%" and _OR_GAP_RE.fullmatch(gap)
        level = (
            not b.unit
            and gap == " to "
            and b.value >= 1000
            and b.value > 5 * a.value
            and _LEVEL_END_RE.match(text, b.end) is not None
        )
        if beside or level:
            found[i] = a._replace(unit="points")


RESPECTIVELY_RE = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)


def _range_units(found: list[Quantity], text: str) -> None:
    """ "1-3.5%", "2–4 per cent", "2.8 to 4.5%", "6 and 5 per cent, respectively": the first
    number takes the unit written once after the second."""
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a.unit or not b.unit:
            continue
        gap = text[a.end : b.start].strip()
        if gap in ("-", "–") or (gap == "to" and b.unit == "%"):  # "lost 2.8 to 4.5%"
            found[i] = a._replace(unit=b.unit)
        elif gap == "and" and RESPECTIVELY_RE.match(text, b.end):  # "fell 6 and 5 per cent,
            found[i] = a._replace(unit=b.unit)  # respectively"
