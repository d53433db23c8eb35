"""Find price moves and other figures in an article.

The grammar is anchored on numbers: one scan finds every quantity
(``numbers.find_quantities``); each is then read inside its sentence:

1. **Direction** from the words right before it ("jumped", "rose as much as", "a rise of
   more than", "up only", "and another"), right after it ("2.7% higher"), a change noun after
   it ("a 25% surge", "Friday's 10% gains", "a $589 billion market loss"), or a written sign
   ("(+2.1%)"). "Unchanged at HK$378.20" is a flat session at that level.
2. **Subject**: the change noun's object ("a 25% surge in Chinese tech stocks"), otherwise the
   nearest security, index, basket or reference ("the stock", "its shares", "the e-commerce
   giant", "the blue-chip index") before the direction word, skipping appositives ("Baidu,
   one of China's largest search engines, saw its stock rise") and objects of prepositions
   ("the top gainer on the Hang Seng, rising 8%"); carried over from the previous move of
   the sentence when nothing new is named ("... before settling around 2.7% higher");
   distributed over lists ("Lenovo and Xiaomi ... 9.2% and 6.2%, respectively"). A market
   hint ("Shanghai-listed", "Hong Kong-listed shares", "ADRs") picks the listing. A change
   of revenue, a yield, a tariff or a forecast is not a move.
3. **Hedge, window, day, level, record** from the words around it; the trading day comes
   from ``when.py`` on the exchange's calendar.

Numbers that are not moves become ``Figure`` values with what they measure. A spelled
fraction or an "N-fold" after a direction verb is a percent move ("lost a third of its value"
is down 33.33%, see ``as_percent_change``), and so is a multiplying verb ("more than tripled"
is up 200%, ``Finder._multiples``).

Cost: a handful of anchored regex matches and a few dictionary look-ups per number; the
lexicons are compiled once at import, calendars load on first use.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise
from typing import NamedTuple

from tickerwire.model import Article, Entity, Figure, Mention, Move, Span
from tickerwire.moves import lexicon as lx
from tickerwire.moves.clauses import (
    AGAIN_RE,
    APPOSITIVE_GAP_RE,
    AT_GAP_RE,
    BY_GAP_RE,
    CONTINUATION_RE,
    FUTURE_RE,
    INFINITIVE_RE,
    LEVEL_BEFORE_GAP_RE,
    LEVEL_BEFORE_RE,
    LEVEL_GAP_RE,
    NAME_MODIFIERS,
    NEW_CLAUSE_RE,
    NON_PRICE,
    POSSESSOR_RE,
    RANKED_LEAD_RE,
    RELATIVE_RE,
    TO_OR_AT_RE,
    VERBLESS_MOVE_RE,
    WORD_RE,
    clause_head,
    flat_before,
    governed_by,
    has_digit,
    is_forecast,
    is_level,
    names_something,
    non_price,
    price_noun,
)
from tickerwire.moves.lexicon import DAY_BEFORE
from tickerwire.moves.listings import DOLLAR_CURRENCIES, PREFERRED_RE, Entities, ShareClasses
from tickerwire.moves.numbers import Quantity, find_quantities, lower_same_length
from tickerwire.moves.scan import compile_scan, trie_alt
from tickerwire.moves.sentences import sentence_starts
from tickerwire.moves.when import (
    day_anchors,
    day_phrase,
    intraday_time,
    possessive_day,
    reported_session,
    resolve_day,
    session_before,
    window_in,
)


def _alt(words: Iterable[str]) -> str:
    """The words as one alternation (a prefix tree; a space matches any white space)."""
    return trie_alt(words)


UP = frozenset(lx.UP_VERBS) | frozenset(lx.UP_NOUNS) | frozenset(lx.UP_ADVERBS)
DOWN = frozenset(lx.DOWN_VERBS) | frozenset(lx.DOWN_NOUNS) | frozenset(lx.DOWN_ADVERBS)
NOUNS = frozenset(lx.UP_NOUNS) | frozenset(lx.DOWN_NOUNS)
QUALIFIER_OF = dict(lx.QUALIFIERS)

_QUAL_ALT = _alt(q for q, _ in lx.QUALIFIERS)

QUAL_IN_RE = compile_scan(rf"(?<![\w-])(?:{_QUAL_ALT})(?![\w-])", re.IGNORECASE)
AFTER_DIR_RE = compile_scan(
    r"^\s?(?P<dir>higher|lower|up|down|cheaper|dearer|firmer|weaker)\b(?!\s+to\b)", re.IGNORECASE
)
NOUN_AFTER_RE = compile_scan(
    rf"^\s?(?:(?:{_alt(lx.NOUN_MODIFIERS)})\s+)*(?P<noun>{_alt(NOUNS)})\b", re.IGNORECASE
)
NOUN_OBJECT_RE = compile_scan(
    r"\s+(?:in|for|of|at|on)\s+(?:the\s+)?(?:(?:shares|stock|stocks)\s+(?:of|in)\s+)?",
    re.IGNORECASE,
)
# an amount told with its per-share figure is a result ("a loss of $133 million, or 22 cents
# a share"), never a change of price or market value
PER_SHARE_TAIL_RE = re.compile(
    r"\s*,?\s*or\s+(?:[A-Z]{0,3}[$€£¥₹]|Rs\.?\s?)?[\d.,]+\s*(?:cents?|pence|p|yen|won)?\s+"
    r"(?:a|per)\s+(?:diluted\s+)?share\b",
    re.IGNORECASE,
)
MARKET_VALUE_RE = compile_scan(_alt(lx.MARKET_VALUE_WORDS), re.IGNORECASE)
RECORD_RE = compile_scan(rf"(?P<high>{_alt(lx.RECORD_HIGH)})|(?P<low>{_alt(lx.RECORD_LOW)})")
RECORD_KEYS = ("record", "all-time", "all time", "ever", "lifetime", "historic")
RECORD_KEYS_RE = compile_scan(trie_alt(RECORD_KEYS, spaces=False))
MEASURE_RE = compile_scan(_alt(k for k, _ in lx.FIGURE_MEASURES))
MEASURE_OF = dict(lx.FIGURE_MEASURES)
MEASURE_RANK = {k: i for i, (k, _) in enumerate(lx.FIGURE_MEASURES)}
RECORD_NEG_RE = compile_scan(rf"(?:{_alt(lx.RECORD_NEGATORS)}|\bfrom)\s+(?:\w+\s+){{0,2}}$", re.I)
# "52-week", "12-month", "three-year": a number that sets a period, not a price
PERIOD_ADJECTIVE_RE = compile_scan(
    r"[-\s](?:week|month|year|day|session|decade)s?\b", re.IGNORECASE
)
# a change measured against the same period of the year before is a company's result, not
# a price: "up 2.7% from the year-ago period", "up 9% year-over-year"
RESULT_PERIOD_RE = compile_scan(
    r"[\s,]*(?:(?P<period>(?:from|over|than|versus|vs\.?|compared (?:with|to)|against)\s+"
    r"(?:the|a)\s+(?:(?:year[- ]ago|year[- ]earlier|prior[- ]year)\s+(?:period|quarter|half)"
    r"|(?:same|comparable|corresponding)\s+(?:period|quarter|half)\s+(?:last year|a year "
    r"(?:ago|earlier)|(?:of|in)\s+(?:the\s+)?(?:last|previous|prior)\s+year|(?:of|in)\s+"
    r"(?:19|20)\d\d)))|year[- ](?:over|on)[- ]year\b|y/?o/?y\b)",
    re.IGNORECASE,
)
BY_AGENT_RE = compile_scan(
    r"\s+(?:by|from\s+(?:the\s+)?(?:shares|stocks)\s+(?:of|in))\s+"
    r"(?:(?:the|its|[a-z]+)\s+){0,4}?(?=[A-Z])"
)  # "a 7.9% jump by bionic ear maker Cochlear", "a 2% surge from shares of Suncor"
MEMBERS_LEAD_RE = compile_scan(r"\b(?:including|like|such as)\s+(?:the\s+)?$", re.IGNORECASE)
DETERMINER_GAP_RE = compile_scan(r"\b(?:the|a|an|its|their|this|that)\b", re.IGNORECASE)
PRICE_GAP_RE = compile_scan(
    r"^[\s,]*(?:(?:to|at|and|closed|close|closing|end(?:ed|s)?|ending|finish(?:ed|ing)?|settled?|"
    r"settling|trade[sd]?|trading|change hands|changed hands|hit|touch(?:ed)?|reach(?:ed)?|"
    r"a|an|its|their|new|fresh|record|all-time|intraday|high|low|level|peak|of|about|around|"
    r"some|nearly|just|over|under|the|upper|lower|circuit|limit|session|day's|day|daily|"
    r"apiece|each|per|share|on|monday|tuesday|wednesday|thursday|friday|today|yesterday|"
    r"in|early|late|morning|afternoon|hong kong|shanghai|shenzhen|tokyo|seoul|taipei|mumbai|"
    r"from|before|after|pre-market|premarket|after-hours|extended|regular|falling|rising|"
    r"dropping|climbing|jumping|sliding|gaining|losing|declining|touching|hitting|\d{1,2}|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"new york|london|frankfurt|paris|amsterdam|sydney|toronto|singapore)"
    r"\b[\s,]*)+$",
    re.IGNORECASE,
)
ALT_GAP_RE = compile_scan(
    r"^\s*(?:higher|lower|up|down)?\s*,?\s*(?:or|and)\s*$", re.IGNORECASE
)  # "rose 150 points, or 0.7%", "ended 471 points lower, or 4.3%"
BARE_NUMBER_RE = re.compile(r"[\d.,]+")  # "1.4" of "1.4 to 1.6%": a range's first end
ELLIPSIS_OPEN_RE = compile_scan(r"^\s*\)?\s*(?:[,;&]\s*)?(?:and\s+|while\s+)?")
ELLIPSIS_TAIL_RE = re.compile(
    r"\s*,?\s*\(?(?:by\s+)?(?:(?:a|an)\s+(?:[a-z]+\s+)?)?"
)  # "a massive ", "Sumco (9 percent)"
# A market named by its place, as the subject of a verb: "Tokyo ended the morning up 0.3%",
# "Shanghai and Sydney each gained", "Wall Street, which was up", "Greece tumbled 8%".
MARKET_PLACES = (
    "Tokyo", "Seoul", "Shanghai", "Shenzhen", "Sydney", "Taipei", "Mumbai", "Singapore",
    "Jakarta", "Manila", "Bangkok", "Kuala Lumpur", "Wellington", "London", "Paris",
    "Frankfurt", "Milan", "Madrid", "Zurich", "Amsterdam", "Brussels", "Lisbon", "Stockholm",
    "Oslo", "Copenhagen", "Helsinki", "Dublin", "Athens", "Vienna", "Warsaw", "Istanbul",
    "Moscow", "Toronto", "Sao Paulo", "Mexico City", "Wall Street", "Greece", "Italy", "Spain",
    "Portugal", "Russia", "Turkey", "Poland", "Austria", "Belgium", "Switzerland", "Sweden",
    "Norway", "Denmark", "Finland", "Ireland", "Netherlands", "Germany", "France", "Britain",
    "Japan", "China", "India", "Australia", "Brazil", "Mexico", "Canada", "Indonesia",
    "Malaysia", "Thailand", "the Philippines", "Vietnam", "Taiwan", "South Korea", "Hong Kong",
    "New Zealand",
)  # fmt: skip
MARKET_PLACE_RE = re.compile(
    rf"(?P<place>{'|'.join(re.escape(p) for p in MARKET_PLACES)})"
    r"(?![\w'’-])(?=(?:\s*,\s*which)?(?:\s+(?:and|&)\s+[A-Z][\w ]{1,20}?)?"
    r"(?:\s+(?:each|also|was|were|is|has|had|have|ended|closed|finished|traded))*"
    r"\s+(?:[a-z]+ed|rose|fell|lost|shed|slid|sank|gained|added|climbed|jumped|is|was|"
    r"ended|closed|finished|up|down|higher|lower)\b)"
)
# an infinitive that reports what happened: "reversed course to fall 0.5%", "only to close"
RESULT_TO_RE = compile_scan(
    r"\b(?:course|only|went on|go on|swung|turned|pared gains|pared losses|recovered)\s+to\s+$",
    re.IGNORECASE,
)
# a name that only qualifies a noun: "the worst S&P 500 performer" is about the stock
MODIFIER_OF_RE = compile_scan(
    r"\s*(?:performers?|gainers?|losers?|members?|constituents?|components?|heavyweights?|"
    r"component|stocks|shares|futures|names)\b",
    re.IGNORECASE,
)
# "shares of i3 Energy": a name right after the price noun owns it
OWNED_BY_NAME_RE = compile_scan(r"\s+(?:of|in)\s+(?:the\s+)?(?=[A-Z0-9]|[a-z]+\d)")
# "shares of the Arlington, Va., company": a description of the company told before
DESCRIBED_COMPANY_RE = compile_scan(
    r"(?:(?!\.\s+[A-Z])[^;:!?\n]){0,40}?\b(?:company|firm|group|lender|maker|bank|chipmaker|"
    r"carmaker|automaker|"
    r"retailer|miner|giant|producer|operator|developer|insurer|airline|business|startup)\b"
)
BASKET_WORD_BEFORE_RE = compile_scan(r"\b([a-z][a-z-]+)\s+$")
ANAPHORIC_LEADS = frozenset(lx.ANAPHORIC_LEADS)
HOUSE_VOICE_RE = compile_scan(
    r"(?:['’]s?)?\s+(?:(?:chief|senior|lead|equity|market|global|head)\s+)*(?:analysts?|"
    r"strategists?|economists?|research|downgraded|upgraded|cut\s+(?:its|his|her)|raised\s+"
    r"(?:its|his|her)|initiated|reiterated|rates)\b"
)
NOT_EQUITY_RE = compile_scan(
    r"\b(?:pound|sterling|dollar|greenback|euro|yen|yuan|renminbi|rupee|ringgit|rupiah|franc|"
    r"loonie|oil|crude|brent|gold|silver|copper|bitcoin|treasury|treasuries|yields?|bonds?|"
    r"currency|inflation|gdp)\b"
)  # on lower-cased text
OPENING_PHRASE_RE = compile_scan(
    r"\s*(?:[\"“]\s*)?(?:Outside|Beyond|Besides|Apart from|Away from|Elsewhere (?:in|on)|In|On|"
    r"Across|Among|Within|For|Over|Unlike)\s+(?:the\s+)?(?:wider\s+|broader\s+)?$"
)
RANKED_IN_RE = compile_scan(
    r"\b(?:top|bottom|best|worst|biggest|leading|gainers?|losers?|performers?|fallers?|"
    r"risers?|decliners?|advancers?)\b[^,.;]{0,25}?\b(?:of|on|in|among|across)\s+"
    rf"(?:(?:the|[A-Z][\w.]*(?:'s|’s)|{trie_alt(NAME_MODIFIERS)})\s+){{0,3}}$",
    re.IGNORECASE,
)
INDEX_AS_ADJECTIVE_RE = compile_scan(
    r"(?:-listed|-quoted)?\s+(?:[a-z][\w-]*\s+){0,4}(?:company|firm|group|lender|bank|miner|"
    r"retailer|insurer|airline|chipmaker|carmaker|automaker|developer|maker|producer|giant|"
    r"operator|business|conglomerate|constituent|member)\b"
)
PLACE_TAIL_RE = re.compile(r"[^,;.]{0,30}")  # the rest of the clause after a number
SECTORS = (
    "technology", "tech", "energy", "financials", "banking", "banks", "real estate", "property",
    "utilities", "healthcare", "health care", "materials", "industrials", "consumer staples",
    "consumer discretionary", "telecoms", "telecom", "telecommunications", "media", "autos",
    "automakers", "mining", "miners", "retail", "retailers", "insurance", "insurers", "pharma",
    "pharmaceuticals", "chemicals", "semiconductors", "chipmakers", "defence", "defense",
    "travel and leisure", "iron and steel", "oil and gas", "steel", "construction", "shipping",
    "airlines", "lenders", "developers", "property developers",
)  # fmt: skip
SECTOR_SCREEN_RE = compile_scan(trie_alt(SECTORS, spaces=False))  # on lower-cased text
SECTOR_REACH = max(map(len, SECTORS))  # a match is one of the words, nothing around it
# The scan looks for the places that start with a capital; those that do not ("the
# Philippines") are found with str.find: a scan whose first letter may be "t" stops at every
# "t". Neither kind of match can overlap the other at a word start, so the hits are the same.
PLACE_SCREEN_RE = compile_scan(trie_alt([p for p in MARKET_PLACES if p[0].isupper()], spaces=False))
LOWER_PLACES = tuple(p for p in MARKET_PLACES if not p[0].isupper())
CLAUSE_OPENERS = ("while ", "and ", "; ", "whereas ", ", ", ": ", "such as ", "including ")
SECTOR_PREFIX_RE = re.compile(
    r"(?:heavily[- ]weighted|heavyweight|rate-sensitive|the)\s+$", re.IGNORECASE
)
SECTOR_SUBJECT_RE = re.compile(
    rf"(?P<sector>(?:{'|'.join(sorted(SECTORS, key=len, reverse=True))})"
    r"(?:\s+(?:stocks|shares|sectors?|names|index))?)"
    rf"(?=(?:\s*(?:,|and|&)\s+(?:{'|'.join(sorted(SECTORS, key=len, reverse=True))})"
    r"(?:\s+(?:stocks|shares|sectors?))?)*"
    r"\s+(?:also\s+|collectively\s+)?(?:was|were|is|are|rose|fell|lost|gained|added|slid|"
    r"sank|shed|climbed|jumped|dropped|tumbled|plunged|surged|rallied|advanced|declined|"
    r"slipped|eased|edged|ended|closed|led|lagged)\b)",
    re.IGNORECASE,
)
# a quote widget inside a sentence: "the Dow Jones Industrial Average DJIA, -1.35% fell"
WIDGET_TICKER_RE = compile_scan(r"\b[A-Z][A-Z0-9.]{1,6},\s*[-+−]?$")
OBJECT_ADJECTIVES_RE = re.compile(r"(?:[a-z][\w-]*\s+){1,3}")  # "tech-heavy ", "broader "
_LIST_NAME = (
    r"(?!(?:In|On|At|For|By|From|Among|With|As|While|After|Before|Meanwhile|The|A|An)\b)"
    r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
)
NAME_LIST_BEFORE_RE = re.compile(
    rf"(?:(?<=^)|(?<=[,:;(]\s)|(?<=[.!?]\s)|(?<=\n))"
    rf"(?:{_LIST_NAME}\s*,\s*){{2,}}(?:{_LIST_NAME}\s*,?\s*and\s+)?$"
)  # "STMicro, Peugeot, Renault and " before the last name of a list, from a clause start
LISTING_WORDS = ("premium", "discount")  # every match of LISTING_PREMIUM_RE holds one
LISTING_PREMIUM_RE = re.compile(
    r"\b(?:list(?:ed|ing|s)?|debut(?:ed|s|ing)?|open(?:ed|ing|s)?|start(?:ed|ing)? trading)"
    r"\s+(?:\S+\s+){0,4}?at\s+(?:a\s+)?(?P<kind>premium|discount)s?\s+of\s+"
    r"(?:nearly |about |almost |over |more than |around |up to )?$",
    re.IGNORECASE,
)
OFFER_PRICE_AFTER_RE = re.compile(
    r"\s+(?P<side>above|below|over|under)\s+(?:its|their|the)\s+(?:ipo|offer|offering|issue|"
    r"listing|float|flotation)\s+price",
    re.IGNORECASE,
)  # "ended its first day 7% below its IPO price"
VERBS = frozenset(lx.UP_VERBS) | frozenset(lx.DOWN_VERBS)
NOUN_DETERMINER_RE = compile_scan(
    r"(?:\b(?:a|an|the|its|their|this|that|biggest|sharpest|steepest|with|of|for|after|amid|"
    r"despite|from|by)|['’]s|%)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# a noun that makes the next word its verb: "the market value falls", "the index rises"
SUBJECT_NOUN_BEFORE_RE = compile_scan(
    r"\b(?:value|cap|capitali[sz]ation|price|prices|index|stock|stocks|shares|market)\s+$",
    re.IGNORECASE,
)
REPORTED_LOSS_RE = compile_scan(
    r"\b(?:posted|reported|net|quarterly|annual|operating|widened|narrowed|pre-tax|pretax)\s+"
    r"(?:a\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
AS_HIGH_RE = compile_scan(r"\bas (?:high|low) as\b", re.IGNORECASE)
PAREN_OPEN_RE = compile_scan(r"\(\s*$")
PAREN_CLOSE_RE = compile_scan(r"^\s*\)")
CLOSE_AT_RE = re.compile(r"\s*\)")  # the same, matched at a position
LIST_CUE_RE = re.compile(
    rf"\b(?:(?P<up>(?:top\s+)?(?:gainers?|winners?|advancers?)|{_alt(lx.UP_VERBS)}|"
    rf"{_alt(lx.UP_NOUNS)})"
    rf"|(?P<down>(?:top\s+)?(?:losers?|laggards?|decliners?|drags?)|{_alt(lx.DOWN_VERBS)}|"
    rf"{_alt(lx.DOWN_NOUNS)}))\b"
)
# a clause about another event or session: "after rising 1.4% on Friday", "following the
# rise of US stocks on Wednesday", "after coming back from a holiday on Monday"
SESSION_WORDS = ("after", "before", "following", "since")
OTHER_SESSION_RE = re.compile(
    rf"\b(?:{'|'.join(SESSION_WORDS)})\b(?:[^,;.]|\.\d)*$",
    re.IGNORECASE,
)
# words that open another clause: a day named after them is not the day of what precedes them
CLAUSE_BREAK_RE = re.compile(
    r"\b(?:after|before|following|from|than|since|while|whereas|versus|vs|compared|but|which)\b|;",
    re.IGNORECASE,
)
RANGE_DASH_RE = compile_scan(r"^\s?[-–]\s?$")
BETWEEN_RE = compile_scan(r"\bbetween\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
LIST_GAP_RE = compile_scan(r"^\s*(?:,|and|, and|&)\s*$", re.IGNORECASE)
RESPECTIVELY_RE = compile_scan(r"^[\s,]*(?:\w+\s+){0,4}?respectively", re.IGNORECASE)
# a company name's legal tail after the part the entities stage matched
LEGAL_TAIL_RE = re.compile(
    r"^(?:\s*,?\s*(?:Holdings?|Group|Co|Corp|Corporation|Inc|Ltd|Limited|plc|PLC|AG|SA|SE|NV|"
    r"N\.V|S\.A|ASA|AB|A/S|Oyj|SpA|Bhd|Tbk|Industries|International)\b\.?)+"
)
# a list member may carry a description: "Zomato and agri-chemicals maker Heranba"
CHAIN_GAP_RE = compile_scan(r"^\s*(?:,|and|, and|&)\s+(?:[a-z][\w-]*\s+){0,3}$")
COORD_TAIL_RE = compile_scan(r"\s*(?:,|and|, and|&|or)\s+$")
COORD_GAP_RE = compile_scan(r"^\s*(?:,|and|, and|&|as well as)\s*$", re.IGNORECASE)
APPOSITIVE_RE = compile_scan(
    r",\s*(?:which|who|whose|that|one of|among|a|an|the|its|once|now|known|formerly|"
    r"china's|the world's|including|(?:in|of|for|with|to|from|by|on) (?:which|whom)|"
    r"(?:based|headquartered|listed|controlled|owned|backed|founded|led|best known) \w+)\b"
    r"(?:[^,;()]|,(?=\d{3}))*,(?!\d{3})",  # "4,129.68" has no comma that closes an aside
    re.IGNORECASE,
)
DASH_ASIDE_RE = compile_scan(r"\s(?:-|–|—|--)\s[^-–—;()\n]{3,120}?\s(?:-|–|—|--)\s")
INDEX_COREF_PLAIN = lx.INDEX_COREF_PLAIN
_MODIFIERS = r"(?:[\w&'’.-]+\s+){0,3}?"
COREF_RE = compile_scan(
    rf"\b(?P<idx>the\s+{_MODIFIERS}(?:{_alt(lx.INDEX_HEADS)})|{_alt(lx.COREF_INDEX)})\b"
    rf"|\b(?P<sec>the\s+{_MODIFIERS}(?:{_alt(lx.COMPANY_HEADS)})|{_alt(lx.COREF_SECURITY)})\b",
    re.IGNORECASE,
)
GROUP_HEADS = lx.GROUP_HEADS
# a basket head after a space, as a whole word: one scan of the sentence finds them all
GROUP_HEAD_RE = re.compile(rf" (?:{_alt(GROUP_HEADS)})(?![^\W_])")
HEAD_REACH = max(map(len, GROUP_HEADS)) + 2  # the space, the head, the character after it
assert not any(" " in h for h in GROUP_HEADS)  # one word each: no match is longer
COREF_KEYS = ("the ", "it", "their ", "shares", "they")  # every reference phrase starts with one
# an aside opened by a participle between a name and its verb says how or why, not what moved
PARTICIPLE_ASIDE_RE = re.compile(r"^\s*,\s*[a-z]+(?:ing|ed)\b[^,;()]{0,80},(?=\s*$)")
SHARES_WORD_RE = re.compile(r"\b(?:shares|stocks?|ADRs)\b")
# a basket's words start at most this far before the head word the scan finds ("Hong Kong-
# listed Chinese tech stocks"): see ``Finder._group``
GROUP_REACH = 61
GROUP_STOP = frozenset(lx.GROUP_STOP) | frozenset(lx.NEUTRAL_VERBS) | UP | DOWN
COREF_DETERMINERS = frozenset({"its", "their", "the", "his", "her", "our", "this", "that", "whose"})
# heads that, after "the" or "its", refer back rather than name a basket ("the sector" names)
REFERRING_HEADS = frozenset({"shares", "stock", "stocks", "equities", "names", "counters"})
OWNER_NAME_BEFORE_RE = re.compile(r"\b(?!(?:The|Its|Their|His|Her|Our)\b)[A-Z][\w&'’.-]*\s+$")
PREDICATE_BEFORE_RE = compile_scan(r"\b(?:was|were|is|are|as)\s+the\s+$")
OWNER_BEFORE_RE = compile_scan(r"\b(?:its|their|the company's)\s*$")


class Candidate(NamedTuple):
    """Something a move can belong to, at a place in the text (a tuple: cheap to build)."""

    start: int
    end: int
    kind: str  # "mention", "group", "coref_sec", "coref_idx"
    value: str  # entity id, or the basket text


class _Scan:
    """The candidates of one sentence read so far, and what finds the rest: the places and
    reference words as (where the word starts, its rank in a full read), not yet read; the
    basket and sector scans as where each goes on and how many matches it found before."""

    __slots__ = ("anchors", "covered", "end", "head_n", "head_pos", "keyed", "next", "out",
                 "places", "sector_n", "sector_pos", "start", "taken", "upto")  # fmt: skip

    def __init__(
        self,
        start: int,
        end: int,
        keyed: list[tuple[tuple[int, int, int, int], Candidate]],
        covered: list[tuple[int, int]],
    ) -> None:
        self.start, self.end = start, end
        self.keyed = keyed  # ((end, length, kind's rank, rank in its kind), candidate)
        self.covered = covered  # the spans of the sentence's mentions
        self.upto = start
        self.out: list[Candidate] = []
        self.taken = start  # where the last sector found as a subject ends
        self.head_pos = self.sector_pos = start  # where each word scan goes on
        self.head_n = self.sector_n = 0  # how many matches it found so far
        self.places: Iterator[tuple[int, int]] = iter(())
        self.anchors: Iterator[tuple[int, int]] = iter(())
        self.next: list[tuple[int, int] | None] = []


@dataclass(slots=True)
class Found:
    """A move under construction."""

    subject: str
    subject_span: Span | None
    direction: str
    q: Quantity
    start: int
    end: int
    kind: str
    qualifier: str | None
    window: str | None
    day: str | None
    price: float | None = None
    currency: str | None = None
    record: str | None = None
    intraday: str | None = None
    sentence: int = 0
    also: tuple[tuple[str, Span], ...] = ()  # coordinated subjects: "Alibaba and Tencent rose"
    row: bool = False  # a row of a table of risers or fallers


TOKEN_RE = compile_scan(r"[A-Za-z][\w'’\-]*")
GAP_TOKENS = frozenset(
    w for phrase in (*lx.GAP_WORDS, *(q for q, _ in lx.QUALIFIERS)) for w in phrase.split()
)
DIR_HEADS = UP | DOWN
FLAT_HEADS = frozenset(w.split()[-1] for w in lx.FLAT_WORDS)
NEUTRAL_HEADS = frozenset(lx.NEUTRAL_VERBS)
QUALIFIER_PHRASES = tuple((q, v) for q, v in lx.QUALIFIERS)
QUALIFIER_ENDINGS = tuple(q for q, _ in QUALIFIER_PHRASES)
QUALIFIER_REACH = max(map(len, QUALIFIER_ENDINGS)) + 1


def walk_back(left: str, heads: frozenset[str]) -> tuple[int, str, str] | None:
    """The nearest head word reachable from the end of ``left`` across hedges and filler only.

    "shares climbed as much as " -> ("climbed", " as much as "). Walking a handful of tokens
    back is cheaper than an end-anchored regex, which would be tried at every position.
    """
    # Most walks stop within a few words: the last 45 or so characters are read first, from a
    # space (a token never runs across one, so the tokens from there are those of a full
    # read); the whole is read only when a walk reaches the first token of that part.
    cut = left.rfind(" ", 0, len(left) - 45) + 1 if len(left) > 45 else 0
    result = _walk(left, TOKEN_RE.findall(left, cut), heads, partial=cut > 0)
    if result is _PARTIAL:
        result = _walk(left, TOKEN_RE.findall(left), heads, partial=False)
    return result  # type: ignore[return-value]


_PARTIAL = (-1, "", "")  # a walk that ran past the tokens it was given


def _walk(
    left: str, tokens: list[str], heads: frozenset[str], partial: bool
) -> tuple[int, str, str] | None:
    """``walk_back`` over ``tokens``, the last words of ``left``; ``_PARTIAL`` when the walk
    would need a word before them (``partial``: they are not all of its words)."""
    if not tokens:
        return _PARTIAL if partial else None
    pos = len(left)
    following = ""
    window = tokens[-9:]
    partial = partial and len(tokens) < 9  # a full window is the same, else earlier ones count
    adjective_allowed = True
    for n in range(len(window) - 1, -1, -1):
        if partial and n == 0:
            return _PARTIAL
        token = window[n]
        at = left.rfind(token, 0, pos)
        if at < 0 or left[at + len(token) : pos].strip(" ,\n"):
            return None  # something other than a word or comma sits in between
        low = token.lower()
        if low in heads and not (low == "up" and following == "to"):
            return at, token, left[at + len(token) :]
        if low not in GAP_TOKENS and not (low.endswith("ly") and len(low) > 4):
            if not (adjective_allowed and token.islower() and n and window[n - 1] in ("a", "an")):
                return None
            adjective_allowed = False  # "down a tragic 61%": one adjective after "a"
        following = low
        pos = at
    return None


def qualifier_before(left: str) -> tuple[str | None, int]:
    """The hedge that ends ``left`` ("... settling around "), and where it starts."""
    tail = left.rstrip(" ,")
    if not tail[-QUALIFIER_REACH:].lower().endswith(QUALIFIER_ENDINGS):
        return None, len(left)  # the common case, decided by one C-level test
    tail = tail.lower()
    for phrase, value in QUALIFIER_PHRASES:
        if tail.endswith(phrase):
            at = len(tail) - len(phrase)
            if at == 0 or not tail[at - 1].isalnum():
                return value, at
    return None, len(left)


def _direction(word: str) -> str | None:
    w = word.lower()
    if not w.isalpha():
        w = re.sub(r"\s+", " ", w)
    if w in UP:
        return "up"
    if w in DOWN:
        return "down"
    return None


def _qualifier(text: str) -> str | None:
    m = QUAL_IN_RE.search(text)
    if not m:
        return None
    return QUALIFIER_OF.get(re.sub(r"\s+", " ", m.group(0).lower()))


class Finder:
    """Per-article state: text, sentences, candidates."""

    def __init__(
        self,
        article: Article,
        entities: Sequence[Entity],
        mentions: Sequence[Mention],
        share_classes: ShareClasses | None = None,
        low: str | None = None,
        quantities: list[Quantity] | None = None,
    ) -> None:
        self.article = article
        self.entities = entities
        self.classes = share_classes
        self.text = article.text
        # lowered once; offsets match ``text``
        self.low = lower_same_length(self.text) if low is None else low
        self.ents = Entities(entities, mentions)
        self.published: datetime | None = article.published
        self.starts = sentence_starts(self.text)
        if quantities is None:
            quantities = find_quantities(self.text, self.low)
        self.quantities = quantities
        self.q_starts = [q.start for q in self.quantities]
        self.inside = [self._in_mention(q) for q in self.quantities]
        self._mic: str | None = None
        self._anchors: tuple[list[tuple[int, str]], list[int]] | None = None
        self._spans: tuple[Span, ...] | None = None  # the paragraphs, and where they start
        self._span_starts: list[int] = []
        self._candidates: dict[int, _Scan] = {}
        self._excluded: dict[int, list[tuple[int, int]]] = {}
        self._topic: tuple[str, int] | None = None  # the last move's subject, and its sentence
        # the words after the number being read ("fell 6% in Paris"): cut from ``_right``
        # on first use
        self._right = ""
        self._tail: str | None = ""

    # computed on first use: an article without a move never needs them ---------------------
    # (plain attributes, not functools.cached_property, whose lock costs more than the work)
    def _default_mic(self) -> str:
        """The most named exchange; on a tie the first named (max keeps the first maximum)."""
        if self._mic is None:
            counts: dict[str, int] = {}
            for e in self.entities:
                if e.kind != "organization":
                    mic = self.ents.mic(e.id)
                    if mic:
                        counts[mic] = counts.get(mic, 0) + 1
            self._mic = max(counts, key=counts.__getitem__) if counts else "XNYS"
        return self._mic

    def _day_anchors(self) -> tuple[list[tuple[int, str]], list[int]]:
        """Every day the text names, and where each starts."""
        if self._anchors is None:
            text, low = self.text, self.low
            kept = []
            for at, day in day_anchors(text, low):
                # "plunged 7.4% after rising 1.4% on Friday": Friday is not the story's session
                if not _may_hold(
                    low[max(0, at - 60) : at], SESSION_WORDS
                ) or not OTHER_SESSION_RE.search(text, max(0, at - 60), at):
                    kept.append((at, day))
            phrases = kept
            self._anchors = (phrases, [a for a, _ in phrases])
        return self._anchors

    # sentences -----------------------------------------------------------------------------
    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def sentence_span(self, index: int) -> tuple[int, int]:
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return start, end

    # subjects ------------------------------------------------------------------------------
    def candidates(self, index: int, upto: int | None = None) -> list[Candidate]:
        """What a move in sentence ``index`` can belong to, sorted by end (then length).

        The list holds every candidate that ends by ``upto`` (the sentence's end when None)
        and every one that starts ``GROUP_REACH`` or more before it; it may hold more. The
        sentence is read only as far as asked: the words after its last move mostly never
        are. The order is that of one full read (ties keep the order of the kinds below).
        """
        scan = self._candidates.get(index)
        if scan is None:
            scan = self._candidates[index] = self._start_scan(index)
        if upto is None or upto > scan.end:
            upto = scan.end
        if upto > scan.upto:
            self._scan_to(scan, upto)
        return scan.out

    def _start_scan(self, index: int) -> _Scan:
        start, end = self.sentence_span(index)
        text, low = self.text, self.low
        keyed: list[tuple[tuple[int, int, int, int], Candidate]] = []
        mention_rows = self.ents.in_range(start, end)
        for n, (s, e, eid, kind) in enumerate(mention_rows):
            if kind in ("security", "index"):
                keyed.append(((e, e - s, 0, n), Candidate(s, e, "mention", eid)))
        places = [hit.start() for hit in PLACE_SCREEN_RE.finditer(text, start, end)]
        for place in LOWER_PLACES:
            at = text.find(place, start, end)
            while at >= 0:
                places.append(at)
                at = text.find(place, at + len(place), end)
        places.sort()
        anchors = []
        for key in COREF_KEYS:
            at = low.find(key, start, end)
            while at >= 0:
                anchors.append(at)
                at = low.find(key, at + 1, end)
        scan = _Scan(start, end, keyed, [(s, e) for s, e, _, _ in mention_rows])
        scan.places = iter([(at, n) for n, at in enumerate(places)])
        scan.anchors = iter(sorted((at, n) for n, at in enumerate(anchors)))
        scan.next = [next(scan.places, None), next(scan.anchors, None)]
        return scan

    def _scan_to(self, scan: _Scan, upto: int) -> None:
        """Read the candidates of the scan's sentence whose words start before ``upto``."""
        text, low = self.text, self.low
        start, end, keyed, covered = scan.start, scan.end, scan.keyed, scan.covered
        # The two word scans run in pieces: a piece ends ``*_REACH`` past ``upto``, so every
        # match that starts before ``upto`` is whole in it and is that of a scan of the whole
        # sentence; the next piece starts at ``upto`` or where the last match ended.
        stop = min(end, upto + HEAD_REACH)
        for hm in GROUP_HEAD_RE.finditer(low, scan.head_pos, stop):  # "Chinese tech stocks"
            if hm.start() >= upto:
                break
            h_start, h_end = hm.start() + 1, hm.end()
            g = self._group(text[max(start, h_start - 60) : h_end], h_end, covered)
            if g is not None:
                keyed.append(((g.end, g.end - g.start, 1, scan.head_n), g))
            scan.head_n += 1
            scan.head_pos = h_end
        scan.head_pos = max(scan.head_pos, upto)
        stop = min(end, upto + SECTOR_REACH)
        for hit in SECTOR_SCREEN_RE.finditer(low, scan.sector_pos, stop):  # a sector as subject
            if hit.start() >= upto:
                break
            named = self._sector_at(hit.start(), scan)
            # "Technology was the biggest decliner, losing 2.8%": at the start of a clause
            if named is not None:
                at, s, e, value = named
                opener = text[max(start, at - 9) : at].lower()
                if (at == start or opener.endswith(CLAUSE_OPENERS)) and not any(
                    a < e and s < b for a, b in covered
                ):
                    keyed.append(((e, e - s, 2, scan.sector_n), Candidate(s, e, "group", value)))
            scan.sector_n += 1
            scan.sector_pos = hit.end()
        scan.sector_pos = max(scan.sector_pos, upto)
        item = scan.next[0]
        while item is not None and item[0] < upto:  # "Seoul rose 1%": a market by its place
            at = item[0]
            if not (at and (text[at - 1].isalnum() or text[at - 1] in "_'’-")):
                m = MARKET_PLACE_RE.match(text, at, end)
                if m is not None:
                    s, e = m.span("place")
                    if not any(a < e and s < b for a, b in covered):
                        cand = Candidate(s, e, "group", m.group("place"))
                        keyed.append(((e, e - s, 2, 1_000_000 + item[1]), cand))
            item = next(scan.places, None)
        scan.next[0] = item
        item = scan.next[1]
        while item is not None and item[0] < upto:  # "the stock", "its shares", "the index"
            a_start = item[0]
            if not (a_start > start and text[a_start - 1].isalnum()):
                m = COREF_RE.match(text, a_start)
                # "the Nifty IT index": information technology, not a pronoun
                if m is not None and m.group(0) not in ("IT", "ITS"):
                    s, e = m.start(), m.end()
                    if not any(a < e and s < b for a, b in covered):
                        kind = "coref_idx" if m.group("idx") else "coref_sec"
                        keyed.append(((e, e - s, 3, item[1]), Candidate(s, e, kind, m.group(0))))
            item = next(scan.anchors, None)
        scan.next[1] = item
        keyed.sort()
        scan.out = [c for _, c in keyed]  # a new list: one being iterated stays as it was
        scan.upto = upto

    def _sector_at(self, at: int, scan: _Scan) -> tuple[int, int, int, str] | None:
        """The sector that stands as a subject at ``at`` (a hit of the sector scan): where the
        phrase starts, its span and its text. A hit inside the last one found is skipped."""
        low = self.low
        if at < scan.taken or (at and low[at - 1].isalnum()):
            return None
        m = SECTOR_SUBJECT_RE.match(self.text, at, scan.end)
        if m is None:
            return None
        prefix = SECTOR_PREFIX_RE.search(self.text, max(scan.start, at - 20), at)
        scan.taken = m.end()
        return (prefix.start() if prefix else at, *m.span("sector"), m.group("sector"))

    def _group(self, chunk: str, end: int, covered: list[tuple[int, int]]) -> Candidate | None:
        words = chunk.split()[-5:]
        head = words[-1]
        kept: list[str] = []
        for w in reversed(words[:-1]):
            bare = w.strip(",.;:").lower()
            if bare.endswith(("'s", "’s")) and w[0].islower():
                return None  # "the company's Hong Kong shares" refers back
            if (
                w.endswith((",", ";", ":"))
                or bare in GROUP_STOP
                or has_digit(bare)
                or not any(c.isalnum() for c in bare)  # a dateline's dash: "2025 - Chinese"
            ):
                if bare in COREF_DETERMINERS and head in REFERRING_HEADS:
                    return None  # "its Hong Kong-listed shares" refers back, it is no basket
                break
            kept.append(w)
        if not kept:
            return None
        kept.reverse()
        if any("(" in w or ")" in w for w in kept):
            return None  # "(SOFI - Free Report) shares": a listing's notation, not a basket
        if head in ("shares", "stock") and _one_company(kept):
            return None  # "Symantec shares": a company the entities stage does not know
        phrase = " ".join([*kept, head])
        start = end - len(phrase)
        if self.text[start:end] != phrase:
            return None  # the words were not separated by single spaces: no clean name
        if any(a < end and start < b for a, b in covered):
            return None
        before = self.text[max(0, start - 12) : start].lower()
        if OWNER_BEFORE_RE.search(before) or PREDICATE_BEFORE_RE.search(before):
            return None  # "real estate was the best-performing sector": a predicate
        return Candidate(start, end, "group", phrase)

    def excluded(self, index: int) -> list[tuple[int, int]]:
        cached = self._excluded.get(index)
        if cached is None:
            start, end = self.sentence_span(index)
            cached = [
                (m.start(), m.end())
                for m in APPOSITIVE_RE.finditer(self.text, start, end)
                if not _is_clause(m.group(0))
            ]
            # "NAB - which is due to report on Thursday - fell 2.5%": an aside in dashes
            cached += [(m.start(), m.end()) for m in DASH_ASIDE_RE.finditer(self.text, start, end)]
            self._excluded[index] = cached
        return cached

    def resolve(self, cand: Candidate, trigger: int, sent_start: int) -> str | None:
        """The entity id (or GROUP:...) a candidate names, with the listing a hint picks; a
        "preferred shares" cue right at the name moves it to the preferred line if listed."""
        subject = self._resolve(cand, trigger, sent_start)
        if (
            subject is not None
            and self.classes is not None
            and cand.kind in ("mention", "coref_sec")
            and self.low.find("pref", max(sent_start, cand.start - 12), trigger) >= 0
            and PREFERRED_RE.search(self.text, max(sent_start, cand.start - 12), trigger)
        ):
            return self.classes.preferred(subject) or subject
        return subject

    def _they(self, cand: Candidate, sent_start: int) -> str | None:
        """A sentence opening with "They" continues the shares of the sentence before
        ("Meituan's shares rose 0.2%. They sank 12.2% yesterday"); anywhere else, or after a
        sentence about anything but a stock's shares, "they" are people or a market."""
        if self._topic is None or self.text[sent_start : cand.start].strip():
            return None
        subject, where = self._topic
        if subject.startswith("INDEX:") or self.sentence_of(cand.start) - where != 1:
            return None
        lo, hi = self.sentence_span(where)
        return subject if SHARES_WORD_RE.search(self.text, lo, hi) else None

    def _resolve(self, cand: Candidate, trigger: int, sent_start: int) -> str | None:
        # the words before the verb and those right after the number ("fell 6% in Paris")
        if self._tail is None:
            right = self._right
            self._tail = " " + PLACE_TAIL_RE.match(right).group(0) if right else ""
        hint_text = self.text[max(sent_start, cand.start - 40) : trigger] + self._tail
        if cand.kind == "group":
            return "GROUP:" + cand.value
        if cand.kind == "mention":
            return self.ents.pick_listing(cand.value, hint_text)
        kinds = ("index",) if cand.kind == "coref_idx" else ("security",)
        owned = OWNED_BY_NAME_RE.match(self.text, cand.end)
        if (
            owned is not None
            and not any(
                row[0] == owned.end() for row in self.ents.in_range(owned.end(), owned.end() + 80)
            )
            and not DESCRIBED_COMPANY_RE.match(self.text, owned.end())
        ):
            return None  # "Shares of Harbor Widget rose 5%": a company no one else named
        if cand.value == "shares":
            owner = OWNER_NAME_BEFORE_RE.search(self.text, sent_start, cand.start)
            if (
                owner
                and _one_company(owner.group(0).split())
                and not any(
                    e > owner.start() for _, e, _, _ in self.ents.in_range(sent_start, cand.start)
                )
            ):
                return None  # "Bristol shares added 2%": shares of a company no one named
            basket = BASKET_WORD_BEFORE_RE.search(
                self.text, max(sent_start, cand.start - 24), cand.start
            )
            if basket is not None and basket.group(1).lower() not in ANAPHORIC_LEADS:
                return None  # "the sub-index tracking energy shares": a basket, no reference
        row = None
        if cand.value.lower() == "they":
            return self._they(cand, sent_start)
        if cand.value.lower() in ("the former", "the latter"):
            return self._of_pair(cand, hint_text)
        if cand.value.lower() == "it" and self._not_equity_before(cand.start, sent_start):
            return None  # "The pound fell 1.8%. Against the euro it fell 1.1%": the pound
        if cand.value.lower() == "it":  # "The DAX topped 21,300. In the end, it rose 1%"
            if self._topic is not None and 0 < self.sentence_of(cand.start) - self._topic[1] <= 2:
                return self._topic[0]
            kinds = ("security", "index")
        if cand.kind == "coref_idx":
            row = self.ents.last_named(cand.start, cand.value)
            if row is None and names_something(cand.value):
                return None  # "the Nifty Bank index": an index of its own, not a reference
        if row is None:
            row = self.antecedent(cand.start, kinds)
        if row is None:
            return None
        if cand.value.lower() in ("it", "its", "shares") and cand.start - row[1] > 1500:
            return None
        return self.ents.pick_listing(row[2], hint_text)

    def _not_equity_before(self, pos: int, sent_start: int) -> bool:
        """Whether a currency, commodity or bond is named after the last security or index
        before ``pos`` (in this sentence or the one before): "it" then means that."""
        index = self.sentence_of(pos)
        lo = self.sentence_span(index - 1)[0] if index else sent_start
        last = None
        for m in NOT_EQUITY_RE.finditer(self.low, lo, pos):
            last = m.start()
        if last is None:
            return False
        rows = self.ents.in_range(lo, pos)
        return not rows or rows[-1][0] < last

    def _of_pair(self, cand: Candidate, hint_text: str) -> str | None:
        """ "The Shanghai Composite and the Shenzhen Component parted ways, with the former
        down 0.5% while the latter gained 0.2%": the first or second of the last two names
        (of one kind) before it, in its sentence or the one before."""
        index = self.sentence_of(cand.start)
        lo, _ = self.sentence_span(max(0, index - 1))
        named: list[tuple[str, str]] = []
        for _s, _e, eid, kind in self.ents.in_range(lo, cand.start):
            if not named or named[-1][0] != eid:
                named.append((eid, kind))
        if len(named) < 2 or named[-1][1] != named[-2][1] or named[-1][0] == named[-2][0]:
            return None
        eid = named[-2][0] if cand.value.lower() == "the former" else named[-1][0]
        return self.ents.pick_listing(eid, hint_text)

    def subject_for(
        self, trigger: int, index: int, floor: int, previous: Found | None
    ) -> tuple[str, Span | None] | None:
        sent_start, _ = self.sentence_span(index)
        skip = self.excluded(index)
        best: Candidate | None = None
        governed: Candidate | None = None
        for cand in reversed(self.candidates(index, trigger)):  # sorted by end: nearest first
            if cand.end > trigger or cand.start < floor:
                continue
            if POSSESSOR_RE.match(self.text, cand.end, trigger) or RELATIVE_RE.match(
                self.text, cand.end, trigger
            ):
                # "the S&P 500's 8% gain", "the best performer on the Hang Seng Index, which
                # is up 18%": the name owns the change even after a preposition
                best = cand
                break
            if (
                cand.kind in ("mention", "group")
                and APPOSITIVE_GAP_RE.match(self.text, cand.end, trigger)
                and VERBLESS_MOVE_RE.match(self.text, trigger)
                and RANKED_LEAD_RE.search(self.text, max(sent_start, cand.start - 20), cand.start)
            ):
                best = cand  # "led by Tencent, up 3%": Tencent's own move
                break
            if any(a <= cand.start and cand.end <= b <= trigger for a, b in skip):
                continue
            if (
                cand.kind == "mention"
                and cand.value.startswith("INDEX:")
                and (
                    MODIFIER_OF_RE.match(self.text, cand.end)
                    and "," in self.text[cand.end : trigger]
                )
            ):
                continue  # "the worst S&P 500 performer so far, down 60%": not the index
            if (
                cand.kind == "mention"
                and cand.value.startswith("INDEX:")
                and (INDEX_AS_ADJECTIVE_RE.match(self.text, cand.end, trigger))
            ):
                continue  # "shares in the FTSE 100 online food delivery company": a company
            if cand.kind in ("mention", "group") and self._governed(cand, sent_start):
                if governed is None:
                    governed = cand  # "the top gainer on the Hang Seng": not the subject
                continue
            best = cand
            break
        if (
            best is None
            and governed is not None
            and previous is None
            and not (
                RANKED_IN_RE.search(self.text, sent_start, governed.start)
                and self.text.find("which", governed.end, trigger) < 0
            )
            and not (
                OPENING_PHRASE_RE.match(self.text, sent_start, governed.start)
                and self.text[governed.end : governed.end + 2].startswith(",")
            )  # "Outside the FTSE 100, Debenhams rose 11.75%": not the index
        ):
            best = governed  # but "BT closed top of the FTSE 100, rising 3.8%" is not the index
        if best is None:
            if previous is not None and not NEW_CLAUSE_RE.search(self.text, previous.end, trigger):
                return previous.subject, previous.subject_span
            return None
        if previous is not None and CONTINUATION_RE.search(self.text, best.end, trigger):
            # "Nissan surged 11.5% after talks with Honda collapsed, before ending up 8.1%"
            return previous.subject, previous.subject_span
        if (
            previous is not None
            and best.end <= previous.start
            and NEW_CLAUSE_RE.search(self.text, previous.end, trigger)
        ):
            return None  # ", with autos down 1.8%": a new clause about something unnamed
        if best.kind in ("coref_sec", "coref_idx") and previous is not None:
            prev_kind = "index" if previous.subject.startswith("INDEX:") else "security"
            want = "index" if best.kind == "coref_idx" else "security"
            if (
                prev_kind == want
                and best.value.lower() in ("it", "its")
                and not non_price(self.text[best.end : trigger])
            ):  # "…, even as its full-year cash profit fell 11%" is no price
                return previous.subject, previous.subject_span
        between = self.text[best.end : trigger]
        for a, b in skip:  # an aside (", in which Nissan holds a stake,") says nothing here
            if best.end <= a and b <= trigger:
                between = between.replace(self.text[a:b], ",")
        between = LEGAL_TAIL_RE.sub(" ", between, count=1)  # "Nanya Technology Holding Co."
        between = PARTICIPLE_ASIDE_RE.sub(",", between, count=1)  # "Shell, tracking crude, rose"
        k = bisect.bisect_left(self.q_starts, best.end)
        while k < len(self.quantities) and self.quantities[k].end <= trigger:
            between = between.replace(self.quantities[k].raw, " ")  # "closed at 117,000 won"
            k += 1
        if non_price(between) and not price_noun(between):
            return None  # "Alibaba's revenue rose 8%"
        lead = WORD_RE.findall(self.low, max(sent_start, best.start - 25), best.start)
        if lead and lead[-1] == "the":
            lead.pop()
        if len(lead) >= 2 and lead[-1] in ("at", "of", "for", "from") and lead[-2] in NON_PRICE:
            return None  # "revenue at Alibaba rose 8%"
        subject = self.resolve(best, trigger, sent_start)
        if subject is None:
            return None
        return subject, Span(best.start, best.end)

    def coordinated(self, span: Span, index: int) -> tuple[tuple[str, Span], ...]:
        """Mentions joined to the subject by "and" or commas: "Alibaba and Tencent rose 3%"."""
        out: list[tuple[str, Span]] = []
        pos = span.start
        for cand in reversed(self.candidates(index, pos)):
            if cand.end > pos or cand.kind not in ("mention", "group"):
                continue
            if not COORD_GAP_RE.match(self.text[cand.end : pos]):
                break
            if cand.kind == "group" and cand.value not in MARKET_PLACES:
                break  # "tech stocks and Alibaba rose": a basket is no list member here
            if self._governed(cand, self.sentence_span(index)[0], members=True):
                break  # "On Sensex, the stock gained 7.9%": Sensex is no subject; but
                # "Housebuilders including Crest Nicholson, Vistry and Bellway fell 4%" lists
            value = cand.value if cand.kind == "mention" else "GROUP:" + cand.value
            out.append((value, Span(cand.start, cand.end)))
            pos = cand.start
        return tuple(reversed(out))

    def antecedent(self, pos: int, kinds: tuple[str, ...]) -> tuple[int, int, str, str] | None:
        """What "the stock" or "its shares" refers to: the last mention of the right kind that
        is not the object of a preposition ("partner with Apple"), else the last one."""
        fallback = None
        i = bisect.bisect_left(self.ents.starts, pos) - 1
        while i >= 0:
            row = self.ents.mentions[i]
            i -= 1
            if row[3] not in kinds or row[1] > pos:
                continue
            if fallback is None:
                fallback = row
            if governed_by(self.text[max(0, row[0] - 30) : row[0]], with_too=True):
                continue
            if _in_subordinate_clause(self.text, row[0]):
                continue  # "X jumped after chip designer Y surged. The stock ..." means X
            if HOUSE_VOICE_RE.match(self.text, row[1]):
                continue  # "Morgan Stanley analyst David Risinger cut his rating": the house
            return row
        return fallback

    def _governed(
        self, cand: Candidate, sent_start: int, depth: int = 0, *, members: bool = False
    ) -> bool:
        """Whether a preposition makes the candidate an object ("gainer on the Hang Seng"),
        also when it is coordinated with such an object ("top gainer on Sensex and Nifty")."""
        lead = self.text[max(sent_start, cand.start - 30) : cand.start]
        if members and MEMBERS_LEAD_RE.search(lead):
            return False  # "Housebuilders including Crest Nicholson, Vistry and Bellway"
        if governed_by(lead):
            return True
        joined = COORD_TAIL_RE.search(lead)
        if joined is None or depth > 3:
            return False
        end = cand.start - len(lead) + joined.start()
        index = self.sentence_of(cand.start)
        for other in self.candidates(index, end):
            if other.end == end and other.kind in ("mention", "group"):
                return self._governed(other, sent_start, depth + 1, members=members)
        return False

    def object_subject(self, pos: int, index: int) -> tuple[str, Span] | None:
        """The subject a change noun names after itself: "a 25% surge in Chinese tech stocks",
        "a 13% rise in the tech-heavy Nasdaq Composite" (a few describing words may come
        first)."""
        for cand in self.candidates(index, pos + 30 + GROUP_REACH):
            if cand.kind not in ("mention", "group") or not pos <= cand.start <= pos + 30:
                continue
            if cand.start == pos or OBJECT_ADJECTIVES_RE.fullmatch(self.text, pos, cand.start):
                subject = self.resolve(cand, cand.end, cand.start)
                if subject:
                    return subject, Span(cand.start, cand.end)
        return None

    # moves ---------------------------------------------------------------------------------
    def mic_for(self, subject: str) -> str:
        if subject.startswith("GROUP:"):
            return self._default_mic()
        return self.ents.mic(subject) or self._default_mic()

    def run(self) -> tuple[tuple[Move, ...], tuple[Figure, ...]]:
        text = self.text
        qs = self.quantities
        used: set[int] = set()
        found: list[Found] = []
        last_in_sentence: dict[int, Found] = {}
        for i, q in enumerate(qs):
            if i in used:
                continue
            if self.inside[i]:
                continue
            if q.unit == "" and not flat_before(self.low, q.start):
                continue  # a bare number is only read as the level of a flat session
            if q.is_money and i and qs[i - 1].is_money and text[qs[i - 1].end : q.start] == " (":
                continue  # "2.6 trillion yuan (US$370.6 billion)": the same sum, converted
            index = self.sentence_of(q.start)
            sent_start, sent_end = self.sentence_span(index)
            move = self._read(q, index, sent_start, sent_end, last_in_sentence.get(index))
            if move is None:
                continue
            used.add(i)
            group = [move]
            # "rose 150 points, or 0.7%," and "advancing 9.2% and 6.2%, respectively"
            j = i + 1
            members: list[Quantity] = []
            ranged = False
            while j < len(qs) and qs[j].start < sent_end:
                gap = text[qs[j - 1].end : qs[j].start]
                if (
                    (
                        ALT_GAP_RE.match(gap)
                        or (
                            PAREN_OPEN_RE.search(gap)
                            and gap.strip() == "("
                            and CLOSE_AT_RE.match(text, qs[j].end)
                            and not qs[j].is_money
                        )
                    )
                    and qs[j].unit
                    and qs[j].unit != move.q.unit
                ):  # fmt: skip  "up 21 points (0.5%)"; "$279 billion (HK$2.2 trillion)" converts
                    used.add(j)
                    group.append(self._companion(move, qs[j]))
                    j += 1
                    continue
                if qs[j].unit == move.q.unit and (
                    RANGE_DASH_RE.match(gap)
                    or (gap.strip() == "and" and BETWEEN_RE.search(text, sent_start, move.q.start))
                    or (gap.strip() == "to" and BARE_NUMBER_RE.fullmatch(move.q.raw))
                ):  # fmt: skip
                    used.add(j)  # "rose 1-3.5%", "between 2.1% and 5.2%": both ends are moves
                    group.append(self._companion(move, qs[j]))
                    ranged = True
                    j += 1
                    continue
                if LIST_GAP_RE.match(gap) and qs[j].unit == move.q.unit:
                    members.append(qs[j])
                    j += 1
                    continue
                break
            if members:
                tail = text[members[-1].end : sent_end]
                resp = RESPECTIVELY_RE.match(tail)
                if resp or len(move.also) == len(members):
                    # "Lenovo and Xiaomi advanced 9.2% and 6.2%, respectively"
                    extra = self._respectively(move, members, index, sent_start)
                    if extra:
                        for k in range(i + 1, j):
                            used.add(k)
                        group.extend(extra)
                        if resp:  # "..., respectively, on Wednesday"
                            after = members[-1].end + resp.end()
                            while after < sent_end and text[after] in ", ":
                                after += 1
                            self._late_when(group, after, sent_end)
            # the level quoted with the move: "to HK$46.95", "to close at 21,133.54"
            last = group[-1].q if not members else members[-1]
            k = j
            while k < len(qs) and qs[k].start < sent_end and k in used:
                k += 1
            gap_start = max(last.end, group[-1].end) if not members else last.end
            period = (
                PERIOD_ADJECTIVE_RE.match(text, qs[k].end)
                if k < len(qs) and not qs[k].unit
                else None
            )
            if period is not None and PRICE_GAP_RE.match(text[gap_start : qs[k].start]):
                # "up 38% to a 52-week high of 25.5 cents": the period is no level; the
                # figure after it is
                gap_start = period.end()
                k += 1
            if k < len(qs) and qs[k].start < sent_end and is_level(qs[k], move.subject):
                gap = text[gap_start : qs[k].start]
                if PRICE_GAP_RE.match(gap) and TO_OR_AT_RE.search(gap):
                    used.add(k)
                    for f in group:
                        self._set_price(f, qs[k])
                    self._late_when(group, qs[k].end, sent_end)
            if group[0].price is None and i > 0 and i - 1 not in used:
                # "were trading at HK$12.34, up 5.1%": the level comes first
                p = qs[i - 1]
                gap_from = p.end
                if i > 1 and p.is_money and text[qs[i - 2].end : p.start] == " (":
                    p = qs[i - 2]  # "at 44,150 won ($32.33), up 6.6%": skip the conversion
                    gap_from = text.find(")", gap_from) + 1 or gap_from
                if (
                    p.start >= sent_start
                    and is_level(p, move.subject)
                    and (
                        (move.row and not text[p.end : move.start].strip(" +-−"))
                        or (
                            LEVEL_BEFORE_GAP_RE.match(text, gap_from, move.start)
                            and LEVEL_BEFORE_RE.search(text, max(sent_start, p.start - 30), p.start)
                        )
                    )
                ):
                    used.add(i - 1)
                    for f in group:
                        self._set_price(f, p)
            tail = max(f.end for f in group)
            if group[0].day is None and TRAILING_DAY_RE.match(text, tail, sent_end):
                # "The KOSPI closed at 3,200.5, up 12 points, on Friday.": a day phrase that
                # closes the sentence dates the move of its main clause
                day = day_phrase(text[tail:sent_end])
                for f in group:
                    if f.day is None and f.window in (None, "day"):
                        f.day = day
            span = move.subject_span
            lead = move.also[0][1].start if move.also else (span.start if span else 0)
            listed = (
                (ranged or move.qualifier == "as_much_as")
                and span is not None
                and (
                    move.also
                    or (
                        not move.subject.startswith("GROUP:")
                        and NAME_LIST_BEFORE_RE.search(text, sent_start, lead)
                    )
                )
            )
            if listed and span is not None:
                # "A, B and C fell between 0.7% and 1.4%", "… were the top losers, falling up
                # to 2.9%": no one of them moved by both numbers, or by the bound; the names
                # of the list may be unknown to the entities stage ("STMicro, Peugeot, …")
                names = NAME_LIST_BEFORE_RE.search(text, sent_start, lead)
                first = names.start() if names else lead
                for f in group:
                    f.subject = "GROUP:" + text[first : span.end]
                    f.subject_span = Span(first, span.end)
            elif not members and move.also:
                for eid, span in move.also:
                    for f in list(group):
                        c = self._companion(f, f.q)
                        c.subject, c.subject_span = eid, span
                        c.price, c.currency, c.record = f.price, f.currency, f.record
                        group.append(c)
            found.extend(group)
            last_in_sentence[index] = group[-1]
            if not move.subject.startswith("GROUP:"):
                self._topic = (move.subject, index)
        low = self.low
        if any(k in low for k in MULTIPLES):
            found.extend(self._multiples(found))
            found.sort(key=lambda f: f.start)
        self._records(found)
        moves = self._finish(found)
        figures = self._figures(used)
        return moves, figures

    def _in_mention(self, q: Quantity) -> bool:
        """Whether ``q`` ends a mention that starts at most 40 characters before it ("Nikkei
        225", "CSI 300"): such a number is part of a name."""
        rows = self.ents.mentions
        i = bisect.bisect_left(self.ents.starts, q.start - 40)
        while i < len(rows) and rows[i][0] <= q.start:
            if rows[i][1] == q.end:
                return True
            i += 1
        return False

    def _read(
        self, q: Quantity, index: int, sent_start: int, sent_end: int, previous: Found | None
    ) -> Found | None:
        text = self.text
        floor = sent_start if previous is None else previous.end
        left_start = max(floor, q.start - 90)
        left = text[left_start : q.start]
        right = text[q.end : min(sent_end, q.end + 120)]
        direction: str | None = None
        trigger = q.start
        qualifier: str | None = None
        obj: tuple[str, Span] | None = None
        end = q.end
        noun = None  # "a 25% surge": matched only where it can decide something
        table_row = False
        self._right = right  # the tail is cut from it only when a subject is resolved
        self._tail = None
        flat = walk_back(left, FLAT_HEADS) if flat_before(self.low, q.start, left_start) else None
        if flat is not None and AT_GAP_RE.search(flat[2]):
            return self._flat(q, flat, left_start, index, floor, previous)
        hit = walk_back(left, DIR_HEADS)
        again = None if hit is not None or previous is None else AGAIN_RE.search(left)
        if again is not None and previous is not None:
            # "rose 5% on Thursday and another 3% on Friday"
            direction = previous.direction
            trigger = left_start + again.start()
            qualifier = _qualifier(again.group(0))
        elif hit is not None:
            head_start, word, gap = hit
            direction = _direction(word)
            trigger = left_start + head_start
            qualifier = _qualifier(gap)
            low_word = word.lower()
            is_noun = low_word in NOUNS and (
                low_word not in VERBS
                or (
                    NOUN_DETERMINER_RE.search(left, 0, head_start) is not None
                    and SUBJECT_NOUN_BEFORE_RE.search(left, 0, head_start) is None
                )
            )  # "falls below ₹10 lakh crore" is the verb; "a fall of 3%" the noun
            if is_noun:
                if low_word in ("loss", "losses") and REPORTED_LOSS_RE.search(left, 0, head_start):
                    return None  # "posted a net loss of $63 million": earnings, no price
                om = NOUN_OBJECT_RE.match(text, q.end)
                if om:
                    obj = self.object_subject(om.end(), index)
                    if obj is None and not price_object(text, om.end()):
                        return None  # "a loss of $100 billion in deposits"
            if not is_noun and LEVEL_GAP_RE.search(gap) and not BY_GAP_RE.search(gap):
                return None  # "rose to 21,000", "topped above $3 trillion": a level, not a change
            if q.unit != "%" and AS_HIGH_RE.search(gap):
                return None  # "climbed as high as $57.80": the day's high, not a change
            after = AFTER_DIR_RE.match(right)
            if after:
                direction = _direction(after.group("dir")) or direction
                end = q.end + after.end()
            elif (
                not is_noun
                and DETERMINER_GAP_RE.search(gap)
                and (noun := NOUN_AFTER_RE.match(right))
                and (told := _direction(noun.group("noun"))) not in (None, direction)
            ):
                # "rose 1.8%, recouping a portion of the 5.3% loss": the verb's object is a
                # change of its own, which its noun says the way of
                direction, end = told, q.end + noun.end()
        else:
            after = AFTER_DIR_RE.match(right)
            ahead = None if after else self._direction_after_companion(q, sent_end)
            if after or ahead:
                direction = _direction((after or ahead).group("dir"))  # type: ignore[union-attr]
                end = q.end + after.end() if after else q.end
                nm = walk_back(left, NEUTRAL_HEADS)
                if nm is not None:
                    trigger = left_start + nm[0]
                qualifier, qpos = qualifier_before(left)
                if qualifier is not None:
                    trigger = min(trigger, left_start + qpos)
            elif noun := NOUN_AFTER_RE.match(right):
                if (
                    q.is_money
                    and noun.group("noun").lower() in ("loss", "losses")
                    and REPORTED_LOSS_RE.search(left)
                ):
                    return None  # "reported a £492m loss": a result, no price
                direction = _direction(noun.group("noun"))
                end = q.end + noun.end()
                qualifier, _ = qualifier_before(left)
                om = NOUN_OBJECT_RE.match(text, end)
                if om:
                    obj = self.object_subject(om.end(), index)
                    if obj is None and not price_object(text, om.end()):
                        return None  # "a 3% rise in revenue", "a 30% decline in relapses"
                elif by := BY_AGENT_RE.match(text, end):
                    # "supported by a 7.9% jump by bionic ear maker Cochlear": its mover
                    obj = self.object_subject(by.end(), index)
        if (
            direction is None
            and any(stem in left for stem in CAUSATIVE_STEMS)
            and (caused := CAUSATIVE_RE.search(left)) is not None
        ):
            # "lifting the Hang Seng Index 0.4%": the change belongs to the verb's object
            obj_start = left_start + caused.start("obj")
            obj = self.object_subject(obj_start, index)
            if obj is not None:
                direction = "up" if caused.group("verb").lower().startswith(UP_CAUSES) else "down"
                trigger = left_start + caused.start("verb")
        if direction is None and PAREN_OPEN_RE.search(left) and PAREN_CLOSE_RE.match(right):
            # "Top gainers were Kotak Bank (12.94%), Axis Bank (3.1%)": the list's cue
            cues = list(LIST_CUE_RE.finditer(self.low, sent_start, q.start))
            if not cues:  # "Yes Bank (4.2%), NTPC (1.6%) were the biggest losers"
                cues = list(LIST_CUE_RE.finditer(self.low, q.end, sent_end))[:1]
            if cues:
                direction = "up" if cues[-1].group("up") else "down"
                trigger = left_start + left.rindex("(")
        if (direction is None or q.sign) and q.unit == "%" and (row := self._table_row(q)):
            direction, table_row = row, True  # "Just Group (JUST) 136.80p 16.52%" under "Risers"
        if (
            direction is None
            and q.unit == "%"
            and _may_hold(self.low[left_start : q.start], LISTING_WORDS)
            and (listing := LISTING_PREMIUM_RE.search(left))
        ):
            # "listed at a premium of nearly 57%": a debut's gain on its offer price
            direction = "up" if listing.group("kind").lower() == "premium" else "down"
            trigger = left_start + listing.start()
            qualifier = _qualifier(listing.group(0)[listing.end("kind") - listing.start() :])
        if direction is None and q.unit == "%" and (offer := OFFER_PRICE_AFTER_RE.match(right)):
            # "closed its debut 7% below its IPO price": a debut's change on its offer price
            direction = "up" if offer.group("side").lower() in ("above", "over") else "down"
            trigger = q.start
        if direction is None and previous is not None and self._elided(previous, q, index):
            direction, qualifier = previous.direction, None  # "DAX fell 2%, CAC 40 1.8%"
        if (
            direction is None
            and q.sign
            and q.unit in ("%", "points", "pp", "bp")
            and not WIDGET_TICKER_RE.search(left)
            and self._named_near(index, q.start)
        ):
            direction = "up" if q.sign > 0 else "down"  # "Tencent (+2.1%)", "HSI -0.5%"
        if direction is None:
            return None
        if q.unit in ("fold", "fraction"):
            # "lost a third of its value", "rose 33-fold": a share of the price, as a percent
            pct = as_percent_change(q, direction, hit is not None, text, sent_end)
            if pct is None:
                return None
            q = pct
        elif q.unit == "":
            return None
        kind = "price"
        if q.is_money and PER_SHARE_TAIL_RE.match(text, q.end, sent_end):
            return None  # "a loss of $133 million, or 22 cents a share": earnings, not a price
        if q.is_money:
            if noun is None:
                noun = NOUN_AFTER_RE.match(right)
            near = text[q.end : min(sent_end, q.end + 40)] + " " + text[trigger : q.start]
            if MARKET_VALUE_RE.search(near) or (noun and "market" in noun.group(0).lower()):
                kind = "market_value"
                mv = MARKET_VALUE_RE.search(right[:40])
                if mv:
                    end = max(end, q.end + mv.end())
        # a forecast or a condition is not a reported move
        clause = text[max(floor, trigger - 40) : trigger]
        if is_forecast(clause) or (
            INFINITIVE_RE.search(clause) and not RESULT_TO_RE.search(clause)
        ):
            return None
        if FUTURE_RE.match(text, end, min(sent_end, end + 40)):
            return None  # "rising 20% over the next 12 months": a forecast
        result = RESULT_PERIOD_RE.match(text, end, min(sent_end, end + 60))
        if result is not None and (
            result.group("period") or not price_noun(text[sent_start : q.start])
        ):
            return None  # "$331 million, up 2.7% from the year-ago period": a result
        if obj is not None:
            subject, subject_span = obj
        else:
            sub = self.subject_for(
                trigger, index, floor if previous is None else sent_start, previous
            )
            if sub is None:
                return None
            subject, subject_span = sub
        if previous is not None and obj is None and subject_span == previous.subject_span:
            subject = previous.subject
        if q.unit == "points" and "point" not in q.raw.lower() and not subject.startswith("INDEX:"):
            # "Apple rose 1.23, or 0.8%": a stock's change told without its unit is money
            own = self.ents.currency(subject)
            if own is None:
                return None
            q = q._replace(unit=own)
        nxt = bisect.bisect_right(self.q_starts, q.start)
        stop = min(sent_end, end + 70)
        if nxt < len(self.q_starts):
            stop = min(stop, max(end, self.q_starts[nxt]))
        if (
            q.is_money
            and kind == "price"
            and subject_span is not None
            and (
                MARKET_VALUE_RE.search(text[subject_span.start : q.start])
                or q.value >= 1e6  # "Nvidia lost $279 billion": no share moves by millions
            )
        ):
            kind = "market_value"
        window = window_in(clause_head(text[end:stop]))
        if window == "same period" and previous is not None:
            window = previous.window
        elif window == "same period":
            window = None
        if window is None and subject_span is not None:
            head = text[sent_start:trigger]
            comma = head.find(",", 0, 90)
            if comma > 0:  # "So far this year, the index has climbed 14%, while ..."
                window = window_in(head[:comma])
            elif trigger - sent_start < 60:
                window = window_in(head)
        day = possessive_day(text[max(floor, q.start - 30) : q.start])
        if day is None:
            after_text = text[end : min(stop, end + 40)]
            day = day_phrase(after_text.split(",")[0])
            if day is None and previous is None:
                day = day_phrase(text[max(trigger - 60, sent_start) : trigger])
            if day is not None and window not in (None, "day"):
                day = None
        also: tuple[tuple[str, Span], ...] = ()
        if (
            obj is None
            and subject_span is not None
            and (not subject.startswith("GROUP:") or subject[6:] in MARKET_PLACES)
        ):
            also = self.coordinated(subject_span, index)
        return Found(
            row=table_row,
            also=also,
            subject=subject,
            subject_span=subject_span,
            direction=direction,
            q=q,
            start=min(trigger, q.start),
            end=end,
            kind=kind,
            qualifier=qualifier,
            window=window,
            day=day,
            intraday=intraday_time(text[end : min(sent_end, end + 40)]),
            sentence=index,
        )

    def _elided(self, previous: Found, q: Quantity, index: int) -> bool:
        """ "Germany's DAX plunged 12.2%, France's CAC 40 12.3%, Italy's FTSE MIB a massive
        16.9%": the verb is written once; the next name and number share it."""
        gap = self.text[previous.end : q.start]
        if not ELLIPSIS_OPEN_RE.match(gap) or q.unit != previous.q.unit:
            return False
        opening = gap.lstrip().lstrip(")").lstrip()
        if opening[:1] not in (",", ";", "&") and not opening.startswith(("and ", "while ")):
            return False
        names = [
            c
            for c in self.candidates(index, q.start)
            if previous.end < c.start and c.end <= q.start
        ]
        if not names or names[-1].kind not in ("mention", "group"):
            return False
        tail = self.text[names[-1].end : q.start]
        return ELLIPSIS_TAIL_RE.fullmatch(tail) is not None

    def _named_near(self, index: int, pos: int) -> bool:
        """A name close before ``pos``: a bare signed figure ("Tencent (+2.1%)") is a move only
        right after what it belongs to ("a change of +233.3%" in a sentence about earnings
        is not)."""
        return any(pos - 40 <= c.end <= pos for c in self.candidates(index, pos))

    def _direction_after_companion(self, q: Quantity, sent_end: int) -> re.Match[str] | None:
        """ "ended 724.02 points or 1.78 percent higher": the direction written once, after the
        second of two forms of the same change."""
        k = bisect.bisect_right(self.q_starts, q.start)
        if k >= len(self.quantities):
            return None
        other = self.quantities[k]
        if other.start >= sent_end or not ALT_GAP_RE.match(self.text[q.end : other.start]):
            return None
        return AFTER_DIR_RE.match(self.text[other.end : min(sent_end, other.end + 20)])

    def _paragraphs(self) -> tuple[Span, ...]:
        """The article's paragraphs (from ingest, else the text's blank-line blocks)."""
        if self._spans is None:
            if self.article.paragraphs:
                self._spans = self.article.paragraphs
            else:
                ends = [m.start() for m in re.finditer(r"\n\s*\n", self.text)] + [len(self.text)]
                starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", self.text)]
                self._spans = tuple(Span(a, b) for a, b in zip(starts, ends, strict=True))
            self._span_starts = [p.start for p in self._spans]
        return self._spans

    def _table_row(self, q: Quantity) -> str | None:
        """The direction of a row of a table of movers: a short paragraph that ends in a
        percentage ("Just Group (JUST) 136.80p 16.52%"), among rows like it, under a heading
        that says what they are ("FTSE 250 - Risers", "Top losers")."""
        spans = self._paragraphs()
        k = bisect.bisect_right(self._span_starts, q.start) - 1
        if k < 0 or not _row_like(self.text, spans[k], q):
            return None
        for back in range(k - 1, max(-1, k - 25), -1):
            paragraph = self.text[spans[back].start : spans[back].end]
            heading = TABLE_HEADING_RE.search(paragraph) if len(paragraph) <= 80 else None
            if heading is not None:
                return "up" if heading.group("up") else "down"
            if not PCT_END_RE.search(paragraph) or len(paragraph) > 120:
                return None
        return None

    def _multiples(self, found: list[Found]) -> list[Found]:
        """Price multiples said with a verb: "Nvidia shares have more than tripled over the
        past year" is up 200% (more than), "halved" is down 50%.

        A multiple of the price is a change given with a number, as "33-fold" is; it is read
        only when a security, index or basket is its subject and the verb has no object
        ("Tesla doubled its output" says what the company did; "profit doubled" is no price).
        """
        text = self.text
        out: list[Found] = []
        for m in MULTIPLE_RE.finditer(self.low):
            if not MULTIPLE_AFTER_RE.match(text, m.end()):
                continue
            index = self.sentence_of(m.start())
            sent_start, sent_end = self.sentence_span(index)
            if any(f.sentence == index and f.start <= m.start() < f.end for f in found):
                continue  # already inside a move read from a number
            qualifier, qpos = qualifier_before(text[sent_start : m.start()])
            trigger = sent_start + qpos if qualifier is not None else m.start()
            clause = text[max(sent_start, trigger - 40) : trigger]
            if is_forecast(clause) or INFINITIVE_RE.search(clause):
                continue
            sub = self.subject_for(trigger, index, sent_start, None)
            if sub is None:
                continue
            factor = MULTIPLES[m.group(0)]
            change = round((factor - 1) * 100, 2)
            tail = clause_head(text[m.end() : min(sent_end, m.end() + 70)])
            window = window_in(tail)
            out.append(
                Found(
                    subject=sub[0],
                    subject_span=sub[1],
                    direction="up" if change > 0 else "down",
                    q=Quantity(m.start(), m.end(), abs(change), "%", m.group(0), True),
                    start=trigger,
                    end=m.end(),
                    kind="price",
                    qualifier=qualifier,
                    window=window,
                    day=day_phrase(tail.split(",")[0]) if window in (None, "day") else None,
                    sentence=index,
                )
            )
        return out

    def _late_when(self, group: list[Found], pos: int, sent_end: int) -> None:
        """A day or window after the quoted level: "fell 3% to HK$378.20 on Thursday"."""
        nxt = bisect.bisect_left(self.q_starts, pos)
        stop = min(sent_end, pos + 60)
        if nxt < len(self.q_starts):
            stop = min(stop, max(pos, self.q_starts[nxt]))
        tail = self.text[pos:stop].split(",")[0]
        window = window_in(tail)
        day = day_phrase(tail)
        for f in group:
            if f.window is None and window is not None:
                f.window = window
            if f.day is None and day is not None and f.window in (None, "day"):
                f.day = day

    def _flat(
        self,
        q: Quantity,
        hit: tuple[int, str, str],
        left_start: int,
        index: int,
        floor: int,
        previous: Found | None,
    ) -> Found | None:
        """ "Tencent was unchanged at HK$378.20": no change, and the level it held."""
        head_start, word, _ = hit
        trigger = left_start + head_start
        if word.lower() == "changed":  # only "little changed" / "barely changed" say flat
            before = self.text[max(0, trigger - 8) : trigger].lower()
            at = max(before.rfind("little"), before.rfind("barely"))
            if at < 0:
                return None
            trigger = trigger - len(before) + at
        sub = self.subject_for(trigger, index, floor, previous)
        if sub is None:
            return None
        zero = Quantity(q.start, q.end, 0.0, "%", q.raw)
        found = Found(
            subject=sub[0],
            subject_span=sub[1],
            direction="flat",
            q=zero,
            start=trigger,
            end=q.end,
            kind="price",
            qualifier=None,
            window=None,
            day=None,
            sentence=index,
        )
        if is_level(q, found.subject):
            self._set_price(found, q)
            return found
        return None

    def _companion(self, move: Found, q: Quantity) -> Found:
        kind = move.kind if not q.is_money or move.kind == "market_value" else "price"
        after = AFTER_DIR_RE.match(self.text[q.end : q.end + 12])
        return Found(
            subject=move.subject,
            subject_span=move.subject_span,
            direction=move.direction,
            q=q,
            start=move.start,
            end=q.end + (after.end() if after else 0),
            kind=kind,
            qualifier=move.qualifier,
            window=move.window,
            day=move.day,
            intraday=move.intraday,
            sentence=move.sentence,
        )

    def _respectively(
        self, move: Found, members: list[Quantity], index: int, sent_start: int
    ) -> list[Found]:
        n = len(members) + 1
        chain = self._coordinated_chain(n, index, move.start)
        if chain:  # "Tokyo Electron and Advantest, …, rising 1.5% and 1.98%, respectively"
            move.subject, move.subject_span = chain[0]
            out = []
            for (eid, span), q in zip(chain[1:], members, strict=True):
                c = self._companion(move, q)
                c.subject, c.subject_span = eid, span
                c.start = move.start
                out.append(c)
            return out
        ids: list[tuple[str, Span]] = []
        for s, e, eid, kind in reversed(self.ents.in_range(sent_start, move.start)):
            if kind not in ("security", "index"):
                continue
            if any(eid == seen for seen, _ in ids):
                continue
            ids.append((eid, Span(s, e)))
            if len(ids) == n:
                break
        if len(ids) != n:
            return []
        ids.reverse()
        move.subject, move.subject_span = ids[0]
        out = []
        for (eid, span), q in zip(ids[1:], members, strict=True):
            c = self._companion(move, q)
            c.subject, c.subject_span = eid, span
            c.start = move.start
            out.append(c)
        return out

    def _coordinated_chain(self, n: int, index: int, before: int) -> list[tuple[str, Span]]:
        """The last ``n`` names joined by "and" or commas before ``before``: the subjects a
        "respectively" list refers to, even when other names sit between them and the verb."""
        cands = [
            c
            for c in self.candidates(index, before)
            if c.end <= before and c.kind in ("mention", "group")
        ]
        for last in range(len(cands) - 1, n - 2, -1):
            chain = [cands[last]]
            k = last - 1
            while k >= 0 and len(chain) < n:
                if not CHAIN_GAP_RE.match(self.text[cands[k].end : chain[-1].start]):
                    break
                chain.append(cands[k])
                k -= 1
            if len(chain) == n:
                chain.reverse()
                subjects = [
                    (c.value if c.kind == "mention" else "GROUP:" + c.value, Span(c.start, c.end))
                    for c in chain
                ]
                if len({s for s, _ in subjects}) == n:
                    return subjects
        return []

    def _set_price(self, move: Found, q: Quantity) -> None:
        is_index = move.subject.startswith("INDEX:") or move.subject.startswith("GROUP:")
        move.price = q.value
        move.start = min(move.start, q.start)
        move.end = max(move.end, q.end)
        if is_index:
            move.currency = None
            return
        currency = q.unit if q.is_money else self.ents.currency(move.subject)
        own = self.ents.currency(move.subject)
        if _bare_dollar(q) and own in DOLLAR_CURRENCIES:
            currency = own
        elif q.is_money and own and currency != own:
            # "Korea Electric Power rose 0.83% to 60,500 won": the line priced in won
            line = next(
                (
                    x
                    for x in sorted(self.ents.listings.get(move.subject, ()))
                    if self.ents.currency(x) == currency
                ),
                None,
            )
            if line is not None:
                move.subject = line
        move.currency = currency

    def _records(self, found: list[Found]) -> None:
        by_sentence: dict[int, list[Found]] = {}
        for f in found:
            by_sentence.setdefault(f.sentence, []).append(f)
        for index, moves in by_sentence.items():
            start, end = self.sentence_span(index)
            if RECORD_KEYS_RE.search(self.low, start, end) is None:
                continue
            sentence = self.text[start:end].lower()
            for m in RECORD_RE.finditer(sentence):
                if RECORD_NEG_RE.search(sentence[max(0, m.start() - 30) : m.start()]):
                    continue
                pos = start + m.start()
                before = [f for f in moves if f.start < pos]
                target = before[-1] if before else moves[0]
                priced = [f for f in moves if f.price is not None and f.subject == target.subject]
                for f in priced or [target]:
                    f.record = "high" if m.group("high") else "low"

    def _shared_windows(self, found: list[Found]) -> None:
        """A paragraph that frames its moves once keeps the frame: "Alibaba jumped 43% in the
        past month. Xiaomi surged 34%." Both are one-month moves, neither has a day."""
        text = self.text
        for prev, f in pairwise(found):
            if f.window is not None or f.day is not None:
                continue
            if prev.window in (None, "day"):
                continue
            if "\n" in text[prev.end : f.start].strip():
                continue  # another paragraph
            anchor_starts = self._day_anchors()[1]
            i = bisect.bisect_left(anchor_starts, prev.end)
            if i < len(anchor_starts) and anchor_starts[i] < f.start:
                continue  # a day named in between starts a new frame
            f.window = prev.window

    def _lead_end(self) -> int:
        """Where the lede ends: the first body paragraph long enough to be prose (captions,
        date lines and section names before it are skipped)."""
        body = [span for span in self._paragraphs() if span.start >= self.article.body_start]
        for span in body:
            if span.end - span.start >= 120:
                return span.end
        return body[0].end if body else self.article.body_start

    def _sentence_end(self, index: int) -> int:
        """Where sentence ``index`` ends (the text's end past the last sentence)."""
        return self.sentence_span(min(index, len(self.starts) - 1))[1]

    def _inheritable_anchors(self, found: list[Found]) -> tuple[list[tuple[int, str]], list[int]]:
        """The days a later move may take as its own: those named in the lead, or in a
        sentence that reports a move. "After the close on Wednesday, the company reported
        results" names the day of an event, not of the session the story reports."""
        anchors, _ = self._day_anchors()
        with_moves = {f.sentence for f in found}
        lead_end = self._lead_end()
        kept = [a for a in anchors if a[0] < lead_end or self.sentence_of(a[0]) in with_moves]
        return kept, [a for a, _ in kept]

    def _when(self, f: Found, inheritable: tuple[list[tuple[int, str]], list[int]]) -> date | None:
        """The trading day of a move: its own day phrase, else the day the text last named
        for the session it reports, else the publication day's session."""
        mic = self.mic_for(f.subject)
        anchors, anchor_starts = self._day_anchors()
        if f.day == DAY_BEFORE:
            i = bisect.bisect_left(anchor_starts, f.start) - 1
            ref = resolve_day(mic, anchors[i][1], self.published) if i >= 0 else None
            return session_before(mic, ref, self.published)
        if f.day is not None:
            return resolve_day(mic, f.day, self.published)
        if f.window not in (None, "day") or self.published is None:
            return None
        start, end = self.sentence_span(f.sentence)
        i = bisect.bisect_left(anchor_starts, f.start)
        if (
            i < len(anchors)
            and anchor_starts[i] < end
            and (i == 0 or anchor_starts[i - 1] < start)
            and not CLAUSE_BREAK_RE.search(self.text, f.end, anchor_starts[i])
        ):
            return resolve_day(mic, anchors[i][1], self.published)  # "Kotak (12.9%) on Monday"
        kept, kept_starts = inheritable
        j = bisect.bisect_left(kept_starts, f.start) - 1
        if f.start < self.article.body_start:  # a headline names the lead's session
            j = 0 if kept and kept_starts[0] < self._sentence_end(f.sentence + 2) else -1
        if j >= 0:
            return resolve_day(mic, kept[j][1], self.published)
        return reported_session(mic, self.published)  # a report is about its own session

    def _finish(self, found: list[Found]) -> tuple[Move, ...]:
        out: list[Move] = []
        seen: set[tuple[str, str, float, str]] = set()
        self._shared_windows(found)
        body_start = self.article.body_start
        keys = [(f.subject, f.direction, round(f.q.value, 4), f.q.unit) for f in found]
        in_body = {
            (f.subject, f.direction, f.q.unit, round(f.q.value, 1))
            for f in found
            if f.start >= body_start
        }
        inheritable = self._inheritable_anchors(found)
        for key, f in zip(keys, found, strict=True):
            if key in seen or (
                f.start < body_start and (key[0], key[1], key[3], round(key[2], 1)) in in_body
            ):
                continue  # the headline restates a body move: keep the body's; a headline
                # that rounds it ("up 7%" over "7.88%") reports a number of its own
            seen.add(key)
            when = self._when(f, inheritable)
            unit = f.q.unit
            if _bare_dollar(f.q) and not f.subject.startswith(("INDEX:", "GROUP:")):
                own = self.ents.currency(f.subject)  # "rose 5 cents" on the ASX is in AUD
                unit = own if own in DOLLAR_CURRENCIES else unit
            out.append(
                Move(
                    subject=f.subject,
                    direction=f.direction,  # type: ignore[arg-type]
                    value=f.q.value,
                    unit=unit,
                    evidence=Span(f.start, f.end),
                    kind=f.kind,  # type: ignore[arg-type]
                    subject_span=f.subject_span,
                    qualifier=f.qualifier,  # type: ignore[arg-type]
                    window=f.window,
                    date=when,
                    price=f.price,
                    currency=f.currency,
                    record=f.record,  # type: ignore[arg-type]
                    intraday_time=f.intraday,
                )
            )
        return tuple(out)

    def _figures(self, used: set[int]) -> tuple[Figure, ...]:
        out = []
        text = self.text
        for i, q in enumerate(self.quantities):
            if i in used or self.inside[i]:
                continue
            if not q.unit and q.value < 10 and "." not in q.raw:
                continue  # small bare counts ("R1", list numbers) say little on their own
            if not q.unit and _is_ticker_code(text, q.start, q.end):
                continue  # "(005930.KS)", "(HK:0981)": a listing code, not a quantity
            lo = max(0, q.start - 40)
            window = text[lo : q.end + 30].lower()
            measure = "number"
            best = (10**6, 0)
            for k in MEASURE_RE.finditer(window):
                at = lo + k.start()
                dist = min(abs(at - q.start), abs(lo + k.end() - q.start), abs(at - q.end))
                rank = (dist, MEASURE_RANK[k.group(0)])
                if rank < best:
                    best, measure = rank, MEASURE_OF[k.group(0)]
            qualifier, _ = qualifier_before(text[max(0, q.start - 24) : q.start])
            out.append(
                Figure(
                    value=q.value,
                    unit=q.unit or "number",
                    measure=measure,
                    evidence=Span(q.start, q.end),
                    qualifier=qualifier,  # type: ignore[arg-type]
                )
            )
        return tuple(out)


def as_percent_change(
    q: Quantity, direction: str | None, after_verb: bool, text: str, sent_end: int
) -> Quantity | None:
    """A fraction or a multiple read as a percent change of the price, or None.

    The rule: a fraction is a change only right after a direction verb and when what it is a
    share of is the value itself: "lost a third of its value" is down 33.33%, "shed half"
    is down 50%, "lost half of its market share" is no move. A multiple ("33-fold") is a
    rise to N times the price, up (N - 1) x 100%; "times" is not read ("rose three times
    this year" counts events). Values keep two decimals (the scorer's tolerance is 0.05).
    """
    if not after_verb or direction not in ("up", "down"):
        return None
    if q.unit == "fraction":
        of = FRACTION_OF_RE.match(text, q.end, sent_end)
        if of is not None and not of.group("value"):
            return None  # "half of its market share", "a third of its workforce"
        value = q.value * 100
        if direction == "up" and q.value >= 1:
            return None
    elif "fold" in q.raw.lower() and direction == "up" and q.value > 1:
        value = (q.value - 1) * 100
    else:
        return None
    return Quantity(q.start, q.end, round(value, 2), "%", q.raw, q.spelled, q.sign)


# a day phrase alone after a comma, closing the sentence
TRAILING_DAY_RE = re.compile(
    r"\s*,\s*(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|today|yesterday)"
    r"[\s.;!]*$",
    re.IGNORECASE,
)
# what a fraction after a direction verb is a share of: only the value makes it a move
FRACTION_OF_RE = re.compile(
    r"\s+of\s+(?:(?P<value>(?:its|their|the\s+(?:company|stock|group|index)['’]s)\s+"
    r"(?:(?:market|stock|share)\s+)?(?:value|valuation|worth|price|capitali[sz]ation)\b)|\S)",
    re.IGNORECASE,
)
MULTIPLES = lx.MULTIPLES
MULTIPLE_RE = re.compile(rf"\b(?:{'|'.join(MULTIPLES)})\b")  # on lower-cased text
# the verb used without an object: end of clause, or a window, day, level or hedge after it
MULTIPLE_AFTER_RE = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:over|in|since|this|so|from|on|during|last|year|after|before|as|"
    r"and|while|to|within|compared|versus|again|or|but|for|through|until|yesterday|today|"
    r"monday|tuesday|wednesday|thursday|friday)\b",
    re.IGNORECASE,
)

# Verbs whose object is what changed: "lifting the Hang Seng Index 0.4%", "dragged X 2%".
UP_CAUSES = ("lift", "boost", "propel")
# every match holds one of these (case kept): a text without them is not searched
CAUSATIVE_STEMS = ("lift", "boost", "propel", "drag", "knock")
CAUSATIVE_RE = re.compile(
    r"\b(?P<verb>(?:lift|boost)(?:s|ed|ing)?|propel(?:s|led|ling)?|drag(?:s|ged|ging)?|"
    r"knock(?:s|ed|ing)?)\s+(?:the\s+)?(?P<obj>[A-Z][^,;.()]{0,60}?)\s+(?:by\s+)?$",
)


_SUBORDINATOR_RE = re.compile(
    r"\b(?:after|as|because|since|following|when|while|amid|despite|before)\b[^.;!?\n]*$",
    re.IGNORECASE,
)


TABLE_HEADING_RE = re.compile(
    r"\b(?:(?P<up>risers|gainers|advancers|winners|top gainers|best performers)"
    r"|(?P<down>fallers|losers|decliners|laggards|top losers|worst performers))\b",
    re.IGNORECASE,
)
PCT_END_RE = re.compile(r"\d%\s*$|\d\s?(?:per ?cent|pc)\s*$", re.IGNORECASE)


def _row_like(text: str, paragraph: Span, q: Quantity) -> bool:
    """A short paragraph that ends with the percentage ``q``."""
    return paragraph.end - paragraph.start <= 120 and not text[q.end : paragraph.end].strip()


# words that make "X shares" a market's or a sector's shares, not one company's
_MARKET_WORDS = frozenset(lx.NATIONALITIES) | frozenset(
    [
        "hong",
        "kong",
        "shanghai",
        "shenzhen",
        "tokyo",
        "seoul",
        "taipei",
        "mumbai",
        "london",
        "frankfurt",
        "paris",
        "zurich",
        "madrid",
        "milan",
        "amsterdam",
        "stockholm",
        "oslo",
        "sydney",
        "singapore",
        "toronto",
        "wall",
        "street",
        "new",
        "york",
        "a",
        "b",
        "h",
        "a-share",
        "h-share",
        "a-shares",
        "h-shares",
        "class",
        "ordinary",
        "preferred",
        "us-listed",
        "listed",
        "european",
        "asian",
        "africa",
        "latin",
        "emerging",
        "china",
        "india",
        "japan",
        "korea",
        "taiwan",
        "australia",
    ]
)


def _one_company(words: list[str]) -> bool:
    """Whether the words before "shares" are one proper name ("Five Below", "TUI Group")
    rather than a market or a kind of company ("Hong Kong", "Chinese property")."""
    if not words or len(words) > 4:
        return False
    for word in words:
        bare = word.strip("'’()").lower()
        if not (word[:1].isupper() or word[:1].isdigit()) or bare in _MARKET_WORDS:
            return False
        if bare.endswith(("'s", "’s", "-listed", "-based", "-traded", "-quoted")):
            return False
    return True


_PRICE_OBJECT_WORDS = frozenset(
    [
        "shares",
        "share",
        "stock",
        "stocks",
        "price",
        "prices",
        "value",
        "valuation",
        "market",
        "adrs",
        "adr",
        "index",
        "indices",
        "benchmark",
        "gauge",
        "composite",
        "average",
        "sector",
        "market-value",
        "capitalisation",
        "capitalization",
        "equities",
        "counters",
        "names",
    ]
)


_TIME_WORDS = frozenset(
    [
        "day",
        "days",
        "session",
        "sessions",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "trade",
        "trading",
        "early",
        "late",
        "morning",
        "afternoon",
        "hours",
        "minutes",
        "quarter",
        "half",
        "today",
        "yesterday",
        "past",
        "last",
    ]
)


def price_object(text: str, pos: int) -> bool:
    """Whether what a change noun is "in" or "of" can be a price: "a 5% rise in its shares",
    "a drop in the index", a name ("a 3% gain in Tencent"); not "a 30% decline in relapses"."""
    words = WORD_RE.findall(text[pos : pos + 40].lower())[:4]
    if not _PRICE_OBJECT_WORDS.isdisjoint(words) or not _TIME_WORDS.isdisjoint(words):
        return True  # "in its shares"; "in a single day", "in four sessions" say when, not what
    return text[pos : pos + 1].isupper() or text[pos : pos + 1].isdigit()


def _may_hold(low: str, words: tuple[str, ...]) -> bool:
    """Whether the text lower-cased as ``low`` may hold one of ``words`` (lower-case ASCII
    words without "k") for a pattern that ignores case: only when ``low`` holds one or is not
    ASCII ("ſ" matches "s" under IGNORECASE, and its lower case is itself; of all the
    characters not ASCII, only the Kelvin sign lowers to ASCII, "k")."""
    return not low.isascii() or any(w in low for w in words)


def _bare_dollar(q: Quantity) -> bool:
    """ "$5", "95 cents": a dollar amount that does not say whose dollar it is."""
    if q.unit != "USD":
        return False
    raw = q.raw.lower()
    return raw.lstrip().startswith("$") or raw.rstrip().endswith(("cents", " cent"))


_FINITE = frozenset(
    w
    for w in (*lx.UP_VERBS, *lx.DOWN_VERBS, *lx.NEUTRAL_VERBS)
    if w not in NOUNS and not w.endswith("ing") and w not in ("is", "are", "be", "been")
) | frozenset(
    [
        "lagged",
        "trailed",
        "outperformed",
        "underperformed",
        "led",
        "posted",
        "recorded",
        "reported",
        "said",
        "hit",
        "touched",
        "reached",
        "extended",
    ]
)  # verbs that make a clause; "decline", "rising" also head noun phrases and asides
_RELATIVE_OPENERS = ("which", "who", "whose", "that")


def _is_clause(aside: str) -> bool:
    """ "That day, the KOSPI closed at 4,129.68, up 21 points": a clause with its own verb
    after an opening phrase, not an aside in apposition (relative clauses stay asides)."""
    words = WORD_RE.findall(aside.lower())
    return bool(words) and words[0] not in _RELATIVE_OPENERS and not _FINITE.isdisjoint(words)


def _in_subordinate_clause(text: str, start: int) -> bool:
    """Whether a mention stands in an adverbial clause of its sentence, so that it is not
    what a later "the stock" refers to."""
    return bool(_SUBORDINATOR_RE.search(text, max(0, start - 60), start))


_CODE_SUFFIX_RE = compile_scan(r"\.[A-Z]{1,2}\b")
_CODE_PREFIX_RE = compile_scan(r"[A-Za-z]{1,8}\s?:\s?$")


def _is_ticker_code(text: str, start: int, end: int) -> bool:
    return bool(
        _CODE_SUFFIX_RE.match(text, end) or _CODE_PREFIX_RE.search(text, max(0, start - 10), start)
    )


def find_moves(
    article: Article,
    entities: Sequence[Entity],
    mentions: Sequence[Mention] = (),
    share_classes: ShareClasses | None = None,
) -> tuple[tuple[Move, ...], tuple[Figure, ...]]:
    """Every move and every other figure in ``article``, given its resolved entities
    (``share_classes`` finds a preferred line's own listing; without it such moves stay on
    the main listing)."""
    if not article.text:
        return (), ()
    low = lower_same_length(article.text)
    quantities = find_quantities(article.text, low)
    if not quantities and not any(k in low for k in MULTIPLES):
        return (), ()  # no number, no move and no figure: skip the rest
    return Finder(article, entities, mentions, share_classes, low, quantities).run()
