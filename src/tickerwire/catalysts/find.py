"""Link each reported move to the reason the article gives for it.

Four ways an article states a cause, tried in this order for every move:

1. in the move's own sentence, after a cue ("jumped 43%, fuelled by reports that ...", "fell
   5%, wiping out $400 billion, as worries about a slowdown sent ..."), after a run of
   coordinated moves that share it ("A fell 2%, while B dropped 4%, as investors worried
   ..."), before a causal verb ("DeepSeek's breakthrough has sparked a 25% surge in ...") or
   before a participle that names the moving index ("Adani Ports fell 13%, dragging the Nifty
   down 0.7%");
2. in a following sentence that names the move ("The surge follows ...", "The rally was part
   of ..., driven by ...", "It was thanks to ...", "This comes after ..."), or the company's
   own news told a few sentences before its move in the same paragraph, or just after it
   ("Sony said it would spin off its bank. Its shares rose 4.3%.", "Tencent rose 4.2%. The
   internet giant announced ...", "The stock came under pressure after ...", "OCBC raised
   its fair value");
3. in a nearby earlier sentence that states a cause for a market or basket moving the same
   way ("India's benchmark indexes rose, as heavyweights Reliance and HDFC Bank gained") or a
   market-wide effect ("The news had an immediate effect on global markets"): the moves
   listed next inherit it, but a cause given for one named security is never handed to
   another, an index's own reason stays with the index, and a cause that only reports a
   stock's own gain is not that stock's reason;
4. in the headline, for a subject named in the cause's own headline clause.

Two statements reach further than the sentences just before a move. The headline and the
lead (the first paragraph that tells a move in prose) state why the market moved ("South
Korean stocks closed at a two-year high on advances in chipmakers, backed by foreign buying"):
the index figures told further down, the same way and before the story turns to another
market, take that reason, and only the indices the lead names when it names some; single
stocks never do. And a stock's own news told without a number ("Bridgepoint gained after
JPMorgan upgraded the shares") is the reason of that stock's figure wherever it comes later.
A basket's reason ("publishing companies surged after ...") reaches the member stocks
reported next, and members further down whose paragraph ties them to the sector ("Fellow chip
producers also retreated. AMD dropped 7.8%."); a market's reason reaches stocks tied to it
("were hardest hit", "among the top fallers") and those told next with "also".

Some things look like causes and are not: a debut or listing on its own, a place ("on the
STOXX 600 index", "listed on Hong Kong"), the move's own path ("following a 2.2% rise to
close"), the stock's own name or its own move, and a headline's reason for a rise when the
stock fell. A sector or size index ("Nifty Realty") does not take the benchmarks' reason
unless its sentence ties it to it.

Within a sentence, a cue inside an earlier cause is part of that cause ("after saying it would
resume production following an outage" is one reason), and the move's own path ("after hitting
the upper limit", "following a weak start") is never a reason.

A subject gets one catalyst: the best-placed statement of why it moved. A cause that only
points back at a move ("The decline dragged the index down 0.3%") is replaced by the move it
points to ("Kweichow Moutai fell 2.6% after ..."), or dropped when it points at nothing else.

What a later move may inherit is narrow, because a wrong cause costs as much as a missed one:
a market-wide cause only goes to moves the same way ("pared early gains as developers
slumped" explains nothing that rose); a sector's reason ("as property developers slumped")
only to stocks whose sentence ties them to the sector ("Developer Longfor Group ..., while
China Resources Land lost 4.1%"); a cause stated with its objects ("The slump dragged the FTSE
MIB lower") only to those objects; and an index's own reason never to the next index. A cause
is one clause or noun phrase: it never runs past its sentence or ``MAX_CAUSE`` characters.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from tickerwire.catalysts import lexicon
from tickerwire.catalysts.keywords import Keywords, Needles, fold
from tickerwire.catalysts.sentences import Sentence, sentence_index, split_sentences
from tickerwire.model import ArticleRecord, Catalyst, Entity, Mention, Move, Span
from tickerwire.reference.indices import load_indices

_UP_WORDS = lexicon.UP_WORDS | lexicon.RANK_UP
_DOWN_WORDS = lexicon.DOWN_WORDS | lexicon.RANK_DOWN


def _alternation(words: Sequence[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_STOP = re.compile("|".join(lexicon.CAUSE_STOPS), re.I)
_BREAK = re.compile(r",\s+(?:while|whereas|but)\b|;|,\s+(?:which|who)\b", re.I)
_AS_NOT = re.compile("|".join(re.escape(p) for p in lexicon.AS_NOT_CAUSAL), re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d.,]*%?")
_EXPLAIN = re.compile(
    r"(?:(?:Meanwhile|However|Still|Indeed),\s+)?(?:The|This|That|These|Those|Its|Their|[A-Z][\w.&'’-]*(?:'s|’s))"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:" + _alternation(lexicon.MOVE_NOUNS) + r")\b",
)
# "It was thanks to ...", "This comes after ...", "This increased optimism can be attributed
# to ...": a pronoun for the move just told, then (within a few words) a cue of explanation.
_EXPLAIN_PRONOUN = re.compile(
    r"(?:(?:Meanwhile|However|Still|Indeed),\s+)?(?:This|That|It|These|Those)\b(?!\s+(?:is|was)\s+(?:not|the|a|an)\b)"
)
_REACTION = re.compile(
    r"(?:(?:Meanwhile|However|Still|Indeed),\s+)?(?:Investors|Traders|The market|Markets)\s+(?:"
    + "|".join(lexicon.REACTION_VERBS)
    + r")\s+",
)
_EFFECT = re.compile(
    r"(?:(?:Meanwhile|However|Indeed),\s+)?(?:"
    + _alternation(lexicon.ANAPHORS)
    + r")\s+(?:"
    + "|".join(lexicon.EFFECT_VERBS)
    + r")\b",
    re.I,
)
# A cause that only points back ("Following the announcement, ..."): read the sentence before.
_ANAPHORIC_CAUSE = re.compile(
    r"(?:the|this|that|these|those)\s+(?:\w+\s+)?(?:news|announcement|report|reports|move|decision|"
    r"deal|results|development|developments|statement|disclosure|comments|remarks|data|figures)",
    re.I,
)
_ANAPHOR_START = re.compile(r"(?:" + _alternation(lexicon.ANAPHORS) + r"|It|They)\b", re.I)
_LEAD_ADVERBIAL = re.compile(
    r"(?:(?:Meanwhile|However|Still|Also|Separately|Elsewhere|Indeed)|(?:In|On|At|Earlier|Last|"
    r"During|Over|By)\s[^,]{1,40}),\s*"
)
_TRAIL_AUX = re.compile(
    r"(?:\s+(?:has|have|had|will|would|also|which|that|has also|have also))+\s*$", re.I
)
_MOVING = re.compile(
    r"\b(?:" + "|".join(sorted(_UP_WORDS | _DOWN_WORDS, key=len, reverse=True)) + r")\b",
    re.I,
)
_TIME_PREV = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "session",
        "day",
        "week",
        "month",
        "year",
        "trade",
        "trading",
        "morning",
        "afternoon",
        "high",
        "low",
        "higher",
        "lower",
        "points",
        "record",
    ]
)
# A span that only names a stretch of time: "a quiet week", "the long weekend".
_TIME_ONLY = re.compile(
    r"(?:(?:a|an|the|its|their|this|last|that)\s+)?(?:[\w-]+\s+){0,2}(?:week|weeks|weekend|day|days|"
    r"session|sessions|holiday|holidays|break|month|months|hours|lull|pause|start|open|close|"
    r"slide|streak|rally|selloff|sell-off|decline|declines|drop|fall|gains|losses|rout|run|slump|"
    r"run-up|surge|advance|retreat)",
    re.I,
)
# The move's own path told as a noun: "after a brief foray into the black", "following a
# dip below 20,000", "after a weak open".
_PATH_NOUN = re.compile(
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:foray|dip|spell|stint|swing|start|open|"
    r"opening|session|run)\b(?:\s+(?:into|in|above|below|under|over|to|at|of|on|this|last|"
    r"earlier)\b|\s*$)",
    re.I,
)
_VOLUME = re.compile(
    r"(?:(?:heavy|light|high|low|thin|strong|huge|big|record|massive|brisk|average|above-average|"
    r"below-average|higher|lower)\s+)*(?:trading\s+)?(?:volumes?|turnover)\b",
    re.I,
)
# "On the downside were ...", "on the other hand": a side of the tape or of the argument
_SIDE = re.compile(
    r"the\s+(?:(?:up|down|buy|sell|flip)side|(?:other|flip|losing|winning|gaining|buying|"
    r"selling|positive|negative|plus|minus|upper|lower|bright)\s+(?:side|hand|end)|"
    r"(?:gainers?|losers?|decliners?|advancers?)\s+(?:side|list|board))\b",
    re.I,
)
# A figure of the move's own path told as a noun: "following a 2.2% rise to close the regular
# session", "after a 3% drop on Monday" (with no other market named in it).
_PATH_FIGURE = re.compile(
    r"(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?[\d.,]+\s*(?:%|per\s*cent|percent|points?)"
    r"\s+(?:[\w-]+\s+)?(?:rise|gain|jump|drop|fall|decline|slide|rally|climb|advance|surge|"
    r"loss|increase|decrease|slump|plunge)\b",
    re.I,
)
# An "as"-clause that only tells the market moving: "as shares rebound into the close".
_MARKET_MOVES = re.compile(
    r"(?:the\s+)?(?:shares|stocks|equities|markets?|the\s+market|prices)\s+(?:"
    + "|".join(sorted(_UP_WORDS | _DOWN_WORDS, key=len, reverse=True))
    + r"|recovered|recover|recovers|pared|pare|pares|turned|turn|turns|extended|extend)\b",
    re.I,
)
# ", helping the Hang Seng Tech Index rise 3.2%": the participle right before a move.
_PARTICIPLE = re.compile(
    r",\s+(?:and\s+)?(?P<verb>helping|lifting|pushing|dragging|sending|pulling|weighing\s+on|"
    r"boosting|driving|propelling|knocking|taking)\s+(?:[\w&.'’-]+\s+){1,7}?(?=\S*$)"
)
_POINTING_SUBJECT = re.compile(
    r"(?:the|its|their)\s+(?:stock|shares|share|company's\s+shares|group's\s+shares|"
    r"company's\s+stock|firm's\s+shares|lender's\s+shares|bank's\s+shares)",
    re.I,
)
_DATELINE = re.compile(
    r"[A-Z][A-Za-z .'/-]{1,40}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*"
    r"(?:\([^)]{2,30}\))?\s*"
    r"(?:-|--|—|–)\s+"
)
# A move sentence that opens on the stock of a company named just before.
_POINTING_OPENER = re.compile(
    r"(?:(?:Its|Their|The|Those)\s+(?:[\w'’-]+\s+){0,2}?(?:shares|stock|share\s+price|"
    r"stock\s+price|ADRs)(?!\s+(?:market|exchange|index|indexes|indices))\b"
    r"|Shares\s+(?:of|in)\s+the\s+[\w-]+)",
    re.I,
)
# Verbs of company news: what a company does that its shares then react to.
_EVENT_VERB = re.compile(
    r"\b(?:said|says|announced|announces|reported|reports|posted|posts|unveiled|unveils|"
    r"agreed|agrees|won|wins|launched|launches|signed|signs|raised|raises|cut|cuts|lowered|"
    r"issued|filed|disclosed|discloses|confirmed|confirms|warned|warns|forecast|forecasts|"
    r"plans|planned|completed|received|secured|secures|scrapped|suspended|recalled|beat|missed|"
    r"considering|considers|exploring|explores|resumed|resumes|halted|expects|anticipates|"
    r"replaces|joins|delayed|withdrew|acquired|acquires|sold|sells)\b"
)
# "The company", "The Chinese internet giant", "The chipmaker": a company named by its kind.
_COMPANY_OPENER = re.compile(
    r"(?:It|The\s+(?:[\w'’-]+\s+){0,3}?(?:company|firm|group|giant|maker|lender|bank|developer|"
    r"carmaker|automaker|chipmaker|retailer|insurer|operator|conglomerate|producer|miner|"
    r"brewer|airline|platform|startup|manufacturer|supplier|utility))\s+"
)
_PAST_EVENT = re.compile(
    r"(?:(?:also|had|has|on\s+\w+|late\s+on\s+\w+|earlier)\s+){0,2}(?P<verb>said|announced|"
    r"reported|posted|unveiled|agreed|won|launched|signed|raised|cut|lowered|issued|disclosed|"
    r"confirmed|warned|completed|received|secured|scrapped|suspended|recalled|beat|missed)\b"
)
# Words of news told: what "the announcement" or "the news" points back to.
_NEWS = re.compile(
    r"\b(?:said|says|announced|announces|announcement|reported|reports?|unveiled|disclosed|"
    r"confirmed|agreed|filed|filing|launched|approved|won|signed|warned|plans?)\b"
)
_NO_COMMENT = re.compile(r"\b(?:not|no)\s+(?:comment|aware|reason)|declined\s+to", re.I)
# "on the CAC 40", "on the Nasdaq", "on the main board": a place, not a reason.
_PLACE = re.compile(
    r"the\s+(?:[A-Z0-9][\w&/.'’-]*\s*)+(?:(?:index|exchange|bourse|board|market|benchmark)\s*)?"
    r"|the\s+(?:main|benchmark|broader|blue-chip|local|domestic)\s+(?:index|board|market|bourse)"
)
# A sentence that turns to another market: "In Hong Kong, ...", "Japan's Nikkei ...".
_MARKET_SWITCH = re.compile(
    r"(?:Elsewhere\b|In\s+(?:"
    + _alternation(lexicon.MARKET_PLACES)
    + r")\s*,|(?:"
    + _alternation(lexicon.MARKET_PLACES)
    + r")(?:'s|’s)\s)"
)
_QUOTE_MARK = re.compile(r"[“”\"]")
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b")
_WHICH_BEFORE = re.compile(r",\s+(?:which|who)\s+$")


def _after_which(text: str, at: int) -> bool:
    """Whether a relative pronoun opens the clause right before ``at`` ("Chevron, which ")."""
    return _WHICH_BEFORE.search(text, max(0, at - 12), at) is not None


_HEADLINE_BREAK = re.compile(r";|\s[—–-]\s|,\s+(?:while|but)\b|:\s")
_OPENING_MOVES = frozenset(
    w
    for w in _UP_WORDS
    | _DOWN_WORDS
    | {
        "opening",
        "trading",
        "hitting",
        "touching",
        "losing",
        "paring",
        "ending",
        "closing",
        "hovering",
        "swinging",
    }
    if w.endswith("ing")
)
_MULTIPLYING = frozenset({"doubling", "tripling", "quadrupling", "halving"})
_SINCE_WORDS = frozenset({"in", "since", "over", "this", "last", "during", "so", "from", "year"})
# Gerunds that only tell the move's own path: "after hitting the upper limit", "after
# fluctuating between A and B" say when, never why.
_PATH_GERUNDS = _OPENING_MOVES | {
    "adding",
    "shedding",
    "fluctuating",
    "gaining",
    "reaching",
    "giving",
    "erasing",
    "extending",
    "notching",
    "snapping",
    "recording",
    "logging",
    "briefly",
    "scaling",
    "breaching",
    "crossing",
    "topping",
}
# What follows a move gerund that makes it the move's path ("after rising 1.4% on Friday",
# "following a drop to ...") rather than an adjective of a cause ("after falling oil prices").
_PATH_NEXT = frozenset(
    [
        "to",
        "by",
        "as",
        "more",
        "nearly",
        "about",
        "over",
        "from",
        "in",
        "on",
        "for",
        "sharply",
        "steeply",
        "the",
        "a",
        "an",
        "its",
        "their",
        "after",
        "earlier",
        "briefly",
        "between",
        "almost",
        "around",
        "some",
        "roughly",
        "up",
        "down",
        "back",
        "above",
        "below",
        "past",
        "at",
        "than",
        "further",
        "again",
    ]
)
# A stock's sentence that ties its move to the market's: "were among the top gainers",
# "led the gains", "led by".
_TIED = re.compile(r"\b(?:" + _alternation(lexicon.TIES) + r")\b", re.I)
_BASKET = re.compile(
    r"\b(?:(?P<head>[A-Za-z][\w.-]*)\s+(?:stocks|shares|names|sector|companies|firms|makers)"
    r"|(?:" + _alternation(lexicon.SECTOR_NOUNS) + r"))\b",
    re.I,
)
_GUARDED = frozenset({"on", "as", "after", "since", "followed"})
# Weak cues that passed a check of their own ("given", "along with"): as good as a guarded one.
_CHECKED = _GUARDED | {"given", "along with"}
# "pared early gains", "trimmed losses", "gave up its advance": the move turned.
_REVERSAL = re.compile(
    r"\b(?:pare[sd]?|paring|trim(?:s|med|ming)?|erase[sd]?|erasing|gave\s+up|give[s]?\s+up|"
    r"giving\s+up|surrender(?:s|ed|ing)?|reverse[sd]?|reversing|wipe[sd]?\s+out)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?P<what>gains?|advances?|rally|rise|losses|loss|declines?|falls?)\b",
    re.I,
)
_CLAUSE_OPENER = re.compile(r",\s+|\s(?:as|while|with|after|on)\s", re.I)
# Words of a basket's name that say nothing about which sector it is.
_BASKET_FILLER = frozenset(
    [
        "stocks",
        "shares",
        "names",
        "sector",
        "sectors",
        "companies",
        "firms",
        "makers",
        "related",
        "linked",
        "stock",
        "share",
        "the",
        "and",
        "other",
        "some",
        "many",
        "with",
        "while",
        "their",
        "its",
        "of",
        "in",
        "as",
        "on",
        "among",
        "from",
        "for",
        "by",
        "to",
        "at",
        "listed",
        *lexicon.VENUES,
    ]
)
_PERCENT = re.compile(r"\d%|\d\s*(?:per\s*cent|percent|points)\b")
# The last word before "as" that closes a reported number: "declined 1.03% as ...".
_NUMBER_END = re.compile(r"(?:\d%|^(?:percent|cent|points|pc|pct))$", re.I)
# A causal verb closing the noun phrase of an "as"-clause ("as worries ... sent ...").
_CLAUSE_VERB = re.compile(
    r"\s(?:" + _alternation(lexicon.BACKWARD_CUES + lexicon.CLAUSE_VERBS) + r")\b"
)
# A cause that only names the move itself ("The decline dragged ...", "The rally lifted ...").
_ANAPHORIC_MOVE = re.compile(
    r"(?:the|this|that|these|those|its|their|such\s+an?)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + _alternation(lexicon.MOVE_NOUNS)
    + r")(?:\s+in\s+(?:its|their|the)\s+(?:shares|stock|stocks|share\s+price|stock\s+price|counter|scrip))?",
    re.I,
)


def _longest_words(phrases: Sequence[str]) -> list[str]:
    """The longest word of each phrase: every match of the phrase holds it."""
    return [max(p.split(), key=len) for p in phrases]


# Fragments every match of a costly case-insensitive pattern holds: the pattern runs only
# over a range that holds one (see ``Needles``). "as_not" holds the whole phrases, so for it
# the answer is the pattern's.
_NEEDLES = Needles(
    {
        "as_not": lexicon.AS_NOT_CAUSAL,
        "tied": _longest_words(lexicon.TIES),
        "basket": [
            "stocks",
            "shares",
            "names",
            "sector",
            "companies",
            "firms",
            "makers",
            *_longest_words(lexicon.SECTOR_NOUNS),
        ],
        "no_comment": ["comment", "aware", "reason", "declined"],
        "rating": ["upgrad", "downgrad", "coverage", "target", "value", "rating", "estimate"],
        "reversal": ["par", "trim", "eras", "gave", "giv", "surrender", "revers", "wip"],
        "debut": [
            "debut",
            "listing",
            "ipo",
            "initial",
            "trading",
            "went",
            "began",
            "started",
            "listed",
            "offer",
            "sale",
        ],
    }
)


def _as_not_within(text: str, lo: int, hi: int) -> bool:
    """``_AS_NOT.search(text, lo, hi)`` as a truth value: "as much as", "such as" ..."""
    found = _NEEDLES.within(text, "as_not", lo, hi)
    return _AS_NOT.search(text, lo, hi) is not None if found is None else found


def _tied(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_tied(text, lo, hi)``, skipped where none of its words occurs."""
    if _NEEDLES.within(text, "tied", lo, hi) is False:
        return None
    return _TIED.search(text, lo, hi)


def _baskets(text: str, lo: int, hi: int) -> Iterable[re.Match[str]]:
    """``_BASKET.finditer(text, lo, hi)``, skipped where none of its nouns occurs."""
    if _NEEDLES.within(text, "basket", lo, hi) is False:
        return ()
    return _BASKET.finditer(text, lo, hi)


def _no_comment(text: str, lo: int, hi: int) -> bool:
    """Whether "declined to comment", "not aware of any reason" ... lies in the range."""
    if _NEEDLES.within(text, "no_comment", lo, hi) is False:
        return False
    return _NO_COMMENT.search(text, lo, hi) is not None


_DASHES = re.compile("[-—–]")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_DATELINE.match(text, start, end)``: a dateline opens on a capital and ends on a dash,
    so a sentence without both has none (most have neither)."""
    if start >= end or text[start] not in _CAPITALS or _DASHES.search(text, start, end) is None:
        return None
    return _DATELINE.match(text, start, end)


# Priority of where the cause came from: a cause in the move's own sentence wins.
LOCAL, EXPLAINED, INHERITED, HEADLINE = 4, 3, 2, 1
# The longest cause kept, in characters: a clause or a noun phrase, never a paragraph.
MAX_CAUSE = 200


@dataclass(frozen=True, slots=True)
class Found:
    """A cause found in the text, before it is tied to a move."""

    cue: str
    cue_start: int
    cause: Span
    strength: int
    # the sector a market-wide statement says moved ("as property developers slumped"): a
    # stock told later inherits the cause only when its sentence ties it to that sector
    sector: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Context:
    """A cause stated for something that moved without a number: members may inherit it."""

    found: Found
    direction: str | None
    subjects: tuple[str, ...]
    # stems of the sector a cause is about ("property developers slumped"), and which way
    # that sector went: only its members reported the same way inherit it
    sector: frozenset[str] = frozenset()
    cause_direction: str | None = None
    # "X dragged the FTSE MIB lower": a cause stated with its objects explains only them
    objects_only: bool = False
    # whose move an anaphoric cause ("The selloff") was resolved to: not their own reason
    movers: tuple[str, ...] = ()
    # the basket the sentence is about ("South Korean publishing companies surged after ..."):
    # the member stocks reported next share its reason
    head_sector: frozenset[str] = frozenset()
    # the head reports a number of its own ("Retailer H&M lost 8.4% after ..."): a move the
    # moves stage did not read, whose reason is that stock's alone
    numbered: bool = False


@lru_cache(maxsize=4)
def _forward_hits(text: str) -> tuple[list[tuple[str, int, int]], list[int]]:
    """Every forward cue in the article, found once and shared by every sentence."""
    hits = [h for h in _cue_hits(text) if h[0] in _FORWARD_SET]
    return hits, [h[1] for h in hits]


@lru_cache(maxsize=4)
def _cue_hits(text: str) -> list[tuple[str, int, int]]:
    """Forward cues and causal verbs in one automaton pass over the article: a passive
    ("boosted by", "dragged by") is the forward cue, never the verb before its own cause."""
    return _ALL_CUES.find(fold(text))


def _words_before(text: str, start: int, lo: int) -> list[str]:
    return _WORD.findall(text[max(lo, start - 60) : start])


def _clean_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n,.:;\"”’'":
        if text[end - 1] in "”’'\"" and text.count("“", start, end) > text.count("”", start, end):
            break
        end -= 1
    return end


def _cause_span(text: str, start: int, limit: int) -> Span | None:
    while start < limit and text[start].isspace():
        start += 1
    stop = _STOP.search(text, start, limit)
    end = stop.start() if stop else limit
    end = _clean_end(text, start, end)
    if end - start < 3:
        return None
    return Span(start, end)


def _has_cause_word(text: str, span: Span, mention_starts: Sequence[int]) -> bool:
    words = _WORD.findall(text[span.start : span.end])
    if any(
        w.lower().strip("'’") in lexicon.CAUSE_WORDS
        or ("-" in w and any(part in lexicon.CAUSE_WORDS for part in w.lower().split("-")))
        for w in words
    ):
        return True  # "the high-interest environment" names rates as well as "interest rates"
    if any(span.start <= s < span.end for s in mention_starts):
        return True
    return any(w[0].isupper() for w in words[1:])


def _first_comma(text: str, span: Span) -> int:
    comma = text.find(",", span.start, span.end)
    return span.end if comma < 0 else comma


def _after_move_clause(text: str, start: int, cue_start: int) -> bool:
    """Whether "as" opens a clause after a comma that follows a move: "fell 5%, wiping out
    $400 billion, as worries about ... sent ..." (the cause of the move, not a comparison)."""
    head = text[start:cue_start].rstrip()
    if not head.endswith(","):
        return False
    return _moves_in(text, start, cue_start) or _PERCENT.search(head) is not None


_ANONYMOUS = re.compile(
    r"(?:be\s+(?:named|identified)|anonymity|anonymous(?:ly)?|not\s+authori[sz]ed[\w\s]*)\s*$",
    re.I,
)
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|been|being|be)\s*$", re.I)


def _clause_subject(text: str, span: Span) -> Span:
    """The cause in "as <noun phrase> <causal verb> ...": the noun phrase, when it is one.

    "as worries about a U.S. slowdown sent tech stocks lower" -> "worries about a U.S.
    slowdown"; "as a weaker yen lifted exporters" -> "a weaker yen". A clause without such
    a verb is kept whole ("as heavyweights Reliance and HDFC Bank gained").
    """
    verb = _CLAUSE_VERB.search(text, span.start, span.end)
    if verb is None:
        return span
    if _PASSIVE_END.search(text, span.start, verb.start()):
        return span  # "as investor confidence was boosted after ...": the whole clause
    end = _clean_end(text, span.start, verb.start())
    words = _WORD.findall(text[span.start : end])
    if len(words) < 2:
        return span
    if all(w[0].isupper() or w.lower() in ("the", "of", "and") for w in words):
        return span  # "as the United States rattled markets by banning travel": what it did
    return Span(span.start, end)


# Adverbs between a move and its "as"/"on": "sink again as ...", "fell sharply on ...".
_MOVE_ADVERBS = frozenset(
    [
        "again",
        "further",
        "sharply",
        "steeply",
        "slightly",
        "modestly",
        "marginally",
        "strongly",
        "broadly",
        "heavily",
        "early",
        "late",
        "today",
    ]
)


def _moved_before(before: Sequence[str]) -> bool:
    """Whether the words before a weak cue end on a move ("fell 2%", "sink again")."""
    if not before:
        return False
    if _move_word(before[-1]):
        return True
    return len(before) > 1 and before[-1].lower() in _MOVE_ADVERBS and _move_word(before[-2])


def _move_word(word: str) -> bool:
    w = word.lower()
    return (
        w in _UP_WORDS
        or w in _DOWN_WORDS
        or w in _TIME_PREV
        or w.endswith("%")
        or w[0].isdigit()
        or w.rstrip("s") in _UP_WORDS
        or w.rstrip("s") in _DOWN_WORDS
        or w.endswith("ed")
    )


# What may follow a venue named after "on": a day, or the clause that gives the reason.
_AFTER_VENUE = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "today",
        "as",
        "after",
        "amid",
        "following",
        "while",
        "on",
        "in",
        "at",
        "to",
    ]
)


def _venue(text: str, span: Span) -> bool:
    """Whether a span after "on" opens on trading venues ("NSE and BSE", "Nasdaq", "Wall
    Street Tuesday as ..."): where the move happened, not why."""
    words = _WORD.findall(text[span.start : _first_comma(text, span)])
    k = 0
    while k < len(words) and (
        words[k].lower() in lexicon.VENUES or (k and words[k].lower() in ("and", "the", "its"))
    ):
        k += 1
    if k == 0:
        return False
    return k == len(words) or words[k].lower() in _AFTER_VENUE


def forward_causes(
    text: str,
    sentence: Sentence,
    mention_starts: Sequence[int] = (),
    places: Sequence[int] = (),
) -> list[Found]:
    """Every cue-then-cause in one sentence that passes its guards."""
    out: list[Found] = []
    hits, starts = _forward_hits(text)
    lo = bisect_left(starts, sentence.start)
    hi = bisect_left(starts, sentence.end, lo)
    if lo == hi:
        return out  # no cue: most sentences
    opening = _clause_start(text, sentence)
    opening_clause = -1  # the comma that closes a sentence-opening cause ("After ..., X rose")
    for cue, cue_start, cue_end in hits[lo:hi]:
        strength = lexicon.FORWARD_CUES.get(cue, 1)
        opens = cue_start - opening <= 2 and cue in ("after", "on", "as")
        if cue in _GUARDED:
            after = _WORD.findall(text[cue_end : cue_end + 30])
            if not after or after[0].lower() in lexicon.NOT_CAUSE_AFTER or after[0][0].isdigit():
                continue  # "on Monday", "as of", "after 2%": most guarded cues end here
            before = _words_before(text, cue_start, sentence.start)
            if cue == "as" and _AS_NOT.match(text, max(sentence.start, cue_start - 12)):
                continue
            if cue == "as" and _as_not_within(
                text, max(sentence.start, cue_start - 12), cue_end + 14
            ):
                continue
            # a clause-opening "After ..., X rose" needs no move word before it
            if (
                cue in ("on", "as", "since")
                and not opens
                and not _moved_before(before)
                and (cue == "since" or not _after_move_clause(text, sentence.start, cue_start))
            ):
                continue
            if opens and after[0].lower() in _OPENING_MOVES:
                continue  # "After rising 5% in the morning, the stock pared gains"
            if cue in ("after", "since", "on") and _path_gerund(after):
                continue  # "rose 30% after hitting the upper limit": the path, not a reason
            if (
                cue == "after"
                and not opens
                and not any(_move_word(w) for w in before[-8:])
                and not (
                    text[cue_start - 2 : cue_start] == ", "
                    and (
                        _moves_in(text, sentence.start, cue_start)
                        or _state(text, sentence.start, cue_start)
                    )
                )
            ):
                continue  # ", after ..." closing a sentence that told a move is its reason
            if cue == "since" and after[0].lower() in {
                "then",
                "the",
                "last",
                "early",
                "late",
                "its",
            }:
                continue
            if (
                cue == "after"
                and after[0].lower() in {"hours", "the", "trading", "a"}
                and (
                    len(after) < 2
                    or after[1].lower() in {"close", "bell", "open", "session", "break"}
                )
            ):
                continue
        if cue == "following" and text[max(0, cue_start - 4) : cue_start].lower() == "the ":
            continue
        if _ANONYMOUS.search(text, max(sentence.start, cue_start - 40), cue_start):
            continue  # "who declined to be named because the matter is private"
        if cue == "followed" and text[cue_end : cue_end + 3].lower() == " by":
            continue  # "followed by oil producers": a ranking, not a reason
        if cue == "given" and not (
            text[cue_start - 2 : cue_start] == ", " or cue_start - opening <= 2
        ):
            continue  # "was given a rating": only ", given the high-rate environment" explains
        if cue == "along with" and not any(
            _move_word(w) for w in _words_before(text, cue_start, sentence.start)[-3:]
        ):
            continue  # "gained ground along with rising yields"; not "along with its peers"
        if cue in ("following", "followed", "tracking") and _path_gerund(
            _WORD.findall(text[cue_end : cue_end + 30])
        ):
            continue
        if (
            cue.startswith(("led ", "tracking", "tracked"))
            and not (cue == "led by" and cue_start - opening <= 2)
            and not any(_move_word(w) for w in _words_before(text, cue_start, sentence.start)[-8:])
            and not _after_which(text, cue_start)
        ):
            continue  # "Led by TSMC, the electronics sector fell" names its cause up front
        sentence_start = cue_start - opening <= 2
        limit = sentence.end
        if sentence_start:
            comma = text.find(",", cue_end, sentence.end)
            if comma < 0:
                continue
            limit = comma
            opening_clause = comma
        elif cue_start < opening_clause:
            limit = opening_clause  # "Following a fall on the Dow after X, the index ...": X
        span = _cause_span(text, cue_end, limit)
        if span is None:
            continue
        if cue == "as":
            span = _clause_subject(text, span)
        if (cue in _GUARDED or cue in ("following", "followed")) and (
            _TIME_ONLY.fullmatch(text, span.start, span.end)
            or _PATH_NOUN.match(text, span.start, span.end)
        ):
            continue  # "after a quiet week", "following a weak start", "after a brief dip"
        if (
            cue in ("after", "following", "since", "on", "followed")
            and _PATH_FIGURE.match(text, span.start, span.end)
            and not _within(mention_starts, span.start, _first_comma(text, span))
        ):
            continue  # "fell 12% after hours, following a 2.2% rise to close": the path
        if cue == "as" and _MARKET_MOVES.match(text, span.start, span.end):
            continue  # "hits a three-decade high as shares rebound": the same move, told twice
        if cue in ("given", "along with") and not _has_cause_word(text, span, mention_starts):
            continue
        if (
            cue in ("on", "as")
            and not (cue == "as" and before and _NUMBER_END.search(before[-1]))
            and not (cue == "as" and _moved_before(before) and before[-1].lower() not in _TIME_PREV)
            and not (cue == "as" and _moves_in(text, span.start, span.end))
            and not _has_cause_word(text, span, mention_starts)
        ):
            continue  # "declined 1.03% as a rising greenback pressured ...": always a reason
        if cue == "on" and _VOLUME.match(text, span.start, span.end):
            continue  # "dropped 4.2% on volume of 16.1 million", "on heavy volume": how, not why
        if cue == "on" and _SIDE.match(text, span.start, span.end):
            continue  # "On the downside were Li Ning, off 9%": where it stands, not why
        if cue == "on" and _PLACE.fullmatch(text, span.start, _first_comma(text, span)):
            continue  # "fell 4.1%, the biggest drop on the CAC 40, after ..."
        if cue == "on" and (_on_index(span, places, text) or _venue(text, span)):
            continue  # "the top gainer on Sensex", "listed on NSE and BSE"
        out.append(Found(cue, cue_start, span, strength))
    return out


_PLACE_NAMES = frozenset(p.lower() for p in lexicon.MARKET_PLACES)


def _on_index(span: Span, places: Sequence[int], text: str) -> bool:
    """Whether "on" opens on an index or a market: "among the top fallers on Europe's
    region-wide STOXX 600 index", "a 5.8% gain on the S&P 500 index SPX", "listed on Hong
    Kong": where it moved, not why."""
    end = _first_comma(text, span)
    i = bisect_left(places, span.start)
    if (
        i < len(places)
        and places[i] < end
        and len(_WORD.findall(text[span.start : places[i]])) <= 3
    ):
        return True
    head = text[span.start : end].strip().lower()
    return head in _PLACE_NAMES or head.removeprefix("the ") in _PLACE_NAMES


def _path_gerund(after: Sequence[str]) -> bool:
    """Whether the words after a cue open on the move's own path: "hitting the upper limit",
    "fluctuating between", "rising 1.4% on Friday"; not "falling oil prices"."""
    hedge = 2 if [w.lower() for w in after[:2]] == ["more", "than"] else 0
    if after and after[0].lower() in ("nearly", "almost", "roughly", "about", "over"):
        hedge = 1
    after = after[hedge:]  # "after more than tripling in 2023": the path, hedged
    if not after:
        return False
    word = after[0].lower()
    if word in _MULTIPLYING:  # "after tripling in 2023", not "after doubling its target"
        return len(after) < 2 or after[1][0].isdigit() or after[1].lower() in _SINCE_WORDS
    if word not in _PATH_GERUNDS:
        return False
    if word not in _OPENING_MOVES or word in ("trading", "opening", "closing", "ending"):
        return True
    return len(after) < 2 or after[1][0].isdigit() or after[1].lower() in _PATH_NEXT


def backward_cause(
    text: str, sentence: Sentence, before: int, listed: bool = False
) -> Found | None:
    """The cause in front of a causal verb that precedes ``before`` in the sentence.

    With ``listed``, a colon after the verb opens a list of its effects ("The decline is
    dragging the luxury sector: Kering fell 1.3%, while Burberry lost 3.7%"): the clause
    breaks inside the list do not part a member from the verb."""
    hits, starts = _backward_hits(text)
    lo = bisect_left(starts, sentence.start)
    hi = bisect_left(starts, before)
    best = None
    for verb_start, verb_end in hits[lo:hi]:
        if verb_end > before:
            continue
        colon = text.find(": ", verb_end, before) if listed else -1
        stops = list(_BREAK.finditer(text, verb_end, colon if colon >= 0 else before))
        if stops and (len(stops) > 1 or not _relative_on_object(text, verb_end, stops[0])):
            continue
        best = (verb_start, verb_end)
    if best is None:
        return None
    start = _clause_start(text, sentence)
    # "The slump dragged the FTSE MIB lower and weighed on autos": the cause is "The slump",
    # never the clause before "weighed on", which is itself an effect
    first = next(
        (h for h in hits[bisect_left(starts, start) : hi] if h[1] <= best[0]),
        None,
    )
    if first is not None and re.search(r"\s(?:and|and\s+also)\s*$", text[first[1] : best[0]]):
        best = first  # two coordinated effects share the subject before the first verb
    comma = text.rfind(", ", start, best[0])
    if comma >= 0 and text[comma + 2 : best[0]].strip().lower() in ("which", "that"):
        return None
    label = text.rfind(": ", start, best[0])
    if label >= 0:
        start = label + 2  # "Markets: housebuilders drag the FTSE 100 lower": a section label
    end = start + len(_TRAIL_AUX.sub("", text[start : best[0]]))
    end = _clean_end(text, start, end)
    if end - start < 3 or len(_WORD.findall(text[start:end])) > 25:
        return None
    verb = re.sub(r"\s+", " ", text[best[0] : best[1]]).lower()
    return Found(verb, best[0], Span(start, end), 3)


_FORWARD_SET = frozenset(c.lower() for c in lexicon.FORWARD_CUES)
_BACKWARD_SET = frozenset(c.lower() for c in lexicon.BACKWARD_CUES)
_ALL_CUES = Keywords([*_FORWARD_SET, *_BACKWARD_SET])


@lru_cache(maxsize=4)
def _backward_hits(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Every causal verb of the article ("sparked", "weighed on"), shared by every sentence,
    as ``(start, end)`` pairs and their starts."""
    hits = [(start, end) for cue, start, end in _cue_hits(text) if cue in _BACKWARD_SET]
    return hits, [h[0] for h in hits]


def _relative_on_object(text: str, verb_end: int, stop: re.Match[str]) -> bool:
    """ "lifted the Nifty 50, which rose 0.8%": the relative clause reports the object's move."""
    if not stop.group().lstrip(", ").lower().startswith(("which", "who")):
        return False
    return len(_WORD.findall(text[verb_end : stop.start()])) <= 6


_MOTION_WORDS = Keywords([*_UP_WORDS, *_DOWN_WORDS, *lexicon.STATE_UP, *lexicon.STATE_DOWN])
_MOVING_SET = frozenset(w.lower() for w in _UP_WORDS | _DOWN_WORDS)
_STATE_UP_SET = frozenset(w.lower() for w in lexicon.STATE_UP)
_STATE_DOWN_SET = frozenset(w.lower() for w in lexicon.STATE_DOWN)


@lru_cache(maxsize=4)
def _motion_hits(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where the article says something moved, or stood high or low: one automaton pass per
    article, so that every sentence's test is a binary search, not a regex scan."""
    moving: list[int] = []
    up: list[int] = []
    down: list[int] = []
    for phrase, start, _ in _MOTION_WORDS.find(fold(text)):
        if phrase in _MOVING_SET:
            moving.append(start)
        if phrase in _STATE_UP_SET:
            up.append(start)
        if phrase in _STATE_DOWN_SET:
            down.append(start)
    return moving, up, down


def _within(starts: Sequence[int], start: int, end: int) -> bool:
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _moves_in(text: str, start: int, end: int) -> bool:
    """Whether a verb or noun of motion ("rose", "slump") occurs in ``[start, end)``."""
    return _within(_motion_hits(text)[0], start, end)


def _state(text: str, start: int, end: int) -> str | None:
    """Which way a clause without a verb of motion says something went ("closed at a
    two-year high", "were in the red"); None when it says both or neither."""
    _, ups, downs = _motion_hits(text)
    up = _within(ups, start, end)
    down = _within(downs, start, end)
    if up != down:
        return "up" if up else "down"
    return None


def _direction(text: str, start: int, end: int) -> str | None:
    """Which way a clause says something went; "pared early gains" is a turn down and "trimmed
    losses" a turn up, whatever the noun says."""
    up = down = False
    turns = (
        ()
        if _NEEDLES.within(text, "reversal", start, end) is False
        else _REVERSAL.finditer(text, start, end)
    )
    for turn in turns:
        if turn.group("what").lower().startswith(("gain", "advance", "rall", "rise")):
            down = True
        else:
            up = True
    if up or down:
        text = _REVERSAL.sub(" ", text[start:end])
        start, end = 0, len(text)
    words = {w.lower() for w in _WORD.findall(text[start:end])}
    up = up or bool(words & _UP_WORDS)
    down = down or bool(words & _DOWN_WORDS)
    if up and not down:
        return "up"
    if down and not up:
        return "down"
    return None


def _semicolon_leads(text: str, f: Found, move: Move, opening: int, found: Sequence[Found]) -> bool:
    """Whether a cause ends an opening clause that says, without a number, which way something
    went the move's way, and a semicolon then leads to the move's clause, which gives no cause
    of its own: "Chipmakers rallied after TSMC posted record profit; SK Hynix rose 4%"."""
    semi = text.find(";", f.cause.end, min(move.evidence.start, f.cause.end + 3))
    if semi < 0 or ";" in text[semi + 1 : move.evidence.start]:
        return False
    if any(other.cue_start > semi for other in found):
        return False
    head = text[opening : f.cue_start]
    if any(c.isdigit() for c in head):
        return False  # "Tesla fell 3% after a recall; Ford ...": that clause's own move
    return _direction(text, opening, f.cue_start) == move.direction


def _is_subhead(text: str, sentence: Sentence) -> bool:
    return (
        text[sentence.end - 1] not in '.!?"”’'
        and len(_WORD.findall(text[sentence.start : sentence.end])) < 14
    )


def _antecedent(text: str, sentences: Sequence[Sentence], index: int) -> Span | None:
    """The sentence an anaphoric "The news ..." points back to: the nearest of the few before
    it that tells news ("said", "reported", "on reports that ..."), else the one just before;
    a sentence of terms and figures between them ("The price band was fixed at ...") is not
    what was announced."""
    candidates = []
    for j in range(index - 1, max(-1, index - 5), -1):
        s = sentences[j]
        if s.headline or _is_subhead(text, s):
            continue
        if _ANAPHOR_START.match(text, s.start):
            continue
        candidates.append(s)
    if not candidates:
        return None
    s = next((c for c in candidates if _NEWS.search(text, c.start, c.end)), candidates[0])
    start = s.start
    lead = _LEAD_ADVERBIAL.match(text, start, s.end)
    if lead:
        start = lead.end()
    return Span(start, _clean_end(text, start, s.end))


def find_catalysts(
    text: str,
    body_start: int,
    moves: Sequence[Move],
    mentions: Sequence[Mention] = (),
    entities: Sequence[Entity] = (),
) -> tuple[Catalyst, ...]:
    """Catalysts for ``moves`` in ``text``: one per subject, each with its cue and span."""
    if not moves:
        return ()
    sentences = split_sentences(text, body_start)
    if not sentences:
        return ()
    family = _families(entities)
    mentions = sorted(mentions, key=lambda m: m.span.start)
    mention_starts = [m.span.start for m in mentions]
    index = _Mentions(mentions, mention_starts)
    places = sorted(m.span.start for m in mentions if m.kind == "index")
    index_starts = frozenset(places)
    memo: dict[int, list[Found]] = {}

    def forward(sentence: Sentence) -> list[Found]:
        """A sentence's causes, read once however many steps ask."""
        found = memo.get(sentence.start)
        if found is None:
            found = memo[sentence.start] = forward_causes(text, sentence, mention_starts, places)
        return found

    move_sentence = [sentence_index(sentences, m.evidence.start) for m in moves]
    by_sentence: dict[int, list[int]] = {}
    for i, s in enumerate(move_sentence):
        by_sentence.setdefault(s, []).append(i)

    chosen: dict[int, tuple[int, Found]] = {}

    # 1. the move's own sentence
    for s_index, move_ids in by_sentence.items():
        sentence = sentences[s_index]
        found = forward(sentence)
        opening = _clause_start(text, sentence)
        evidence_spans = [moves[i].evidence for i in move_ids]
        for i in move_ids:
            move = moves[i]
            best = None
            key = family.get(move.subject, move.subject)

            def own(span: Span, key: str = key) -> bool:
                return _not_a_reason(text, span, index, family, key)

            for f in found:
                if f.cue_start - opening <= 2:
                    if f.cause.end <= move.evidence.start:
                        best = _better(best, f, own)
                    continue
                if f.cause.end <= move.evidence.start and _semicolon_leads(
                    text, f, move, opening, found
                ):
                    # "Chipmakers rallied after TSMC posted record profit; SK Hynix rose 4%":
                    # the opening clause's reason for the moves its semicolon leads to
                    best = _better(best, f, own)
                    continue
                if f.cue_start < move.evidence.end:
                    # an aside between subject and verb: "Sony, buoyed by ..., rose 3%"
                    comma = text.find(",", f.cue_start, move.evidence.start)
                    relative = _RELATIVE.match(text, comma) if comma >= 0 else None
                    if (
                        (
                            text[f.cue_start - 2 : f.cue_start] == ", "
                            # "Chevron, which tracked crude prices higher, rose 1.4%"
                            or (
                                f.cue.startswith(("tracked", "took"))
                                and _after_which(text, f.cue_start)
                            )
                        )
                        and comma > f.cause.start
                        and relative is None
                    ):
                        aside = Found(f.cue, f.cue_start, Span(f.cause.start, comma), f.strength)
                        best = _better(best, aside, own)
                    elif (trailing := _before_participle(text, f, move)) is not None:
                        best = _better(best, trailing, own)
                    continue
                if _BREAK.search(text, move.evidence.end, f.cue_start):
                    continue
                if any(
                    move.evidence.end <= moves[k].evidence.start < f.cue_start
                    and moves[k].direction != move.direction
                    and family.get(moves[k].subject, moves[k].subject)
                    != family.get(move.subject, move.subject)
                    for k in move_ids
                ):
                    continue  # "fell 1.3%, despite a gain of 0.3% for TD after ...": TD's reason
                blocking = [
                    moves[k].evidence
                    for k in move_ids
                    if not _figure_of_own(text, moves[k], move, family)
                ]
                inside = [e for e in blocking if e.start < f.cause.end and e.end > f.cause.start]
                if (
                    inside
                    and f.cue.endswith(" by")
                    and min(e.start for e in inside) - f.cause.start <= 4
                ):
                    inside = []  # "supported by a 7.9% jump by Cochlear": that move is the cause
                if inside:
                    # "rose 4% after it reported stronger cloud revenue, with Meituan gaining
                    # 2%": the cause ends where the trailing clause of another move begins
                    first = min(e.start for e in inside)
                    clause = _WITH_CLAUSE.search(text, f.cause.start, first)
                    end = clause.start() if clause is not None else _inner_clause(text, f, first)
                    if end < 0:
                        continue
                    end = _clean_end(text, f.cause.start, end)
                    if end - f.cause.start < 3:
                        continue
                    f = Found(f.cue, f.cue_start, Span(f.cause.start, end), f.strength)
                if (
                    best is not None
                    and move.evidence.end <= best.cue_start
                    and best.cause.start <= f.cue_start < best.cause.end
                ):
                    continue  # "after saying X would resume, following an outage": one cause
                best = _better(best, f, own)
            if best is None:
                best = _with_clause_cause(text, opening, move, found, mention_starts, index_starts)
            if best is None:
                best = _shared_cause(text, moves, i, move_ids, found)
            if best is None:
                best = _participle_cause(text, sentences, s_index, moves, i, move_ids)
            if best is None:
                # a list of effects after a colon all goes the one way ("...: Kering fell
                # 1.3%, while Burberry lost 3.7%"), or it is no list of that cause's effects
                listed = len({moves[k].direction for k in move_ids}) == 1
                back = backward_cause(text, sentence, move.evidence.start, listed)
                if back is not None and not any(
                    e.start < back.cause.end and e.end > back.cause.start for e in evidence_spans
                ):
                    best = back
            if best is not None:
                chosen[i] = (LOCAL, best)

    # 2. a following sentence that names the move ("The rally came as ...", "It was thanks
    # to ...", "This comes after ...")
    for j, sentence in enumerate(sentences):
        if sentence.headline or j == 0:
            continue
        after_move = (j - 1) in by_sentence
        opener = _EXPLAIN.match(text, sentence.start, sentence.end) if after_move else None
        pronoun = None if opener else _EXPLAIN_PRONOUN.match(text, sentence.start, sentence.end)
        reaction = None
        if opener is None and pronoun is None:
            if not after_move:
                continue
            reaction = _REACTION.match(text, sentence.start, sentence.end)
            if reaction is None:
                continue
        if not after_move and (
            not any(
                f.strength >= 2 and 0 <= f.cue_start - pronoun.end() <= 40
                for f in forward(sentence)
            )
            if pronoun is not None
            else True
        ):
            continue  # "It was thanks to ..." needs its cue close to the pronoun
        if not after_move and not _moves_in(text, sentences[j - 1].start, sentences[j - 1].end):
            continue  # nothing moved just before: nothing to explain
        targets = _explained_moves(sentences, by_sentence, moves, j)
        if not targets and pronoun is not None:
            # "Now, the drop in HDFC Bank shares sent a ripple ... This comes after HDFC
            # reported ...": the subjects the sentence before names, wherever their figures are
            told = {
                family.get(m.entity_id, m.entity_id)
                for m in mentions
                if sentences[j - 1].start <= m.span.start < sentences[j - 1].end
            }
            if _moves_in(text, sentences[j - 1].start, sentences[j - 1].end):
                targets = [
                    i
                    for i, m in enumerate(moves)
                    if family.get(m.subject, m.subject) in told
                    and m.evidence.start < sentence.start
                ]
        if not targets or all(i in chosen for i in targets):
            continue
        if reaction is not None:
            if j in by_sentence:
                continue
            if sentences[j].paragraph == sentences[j - 1].paragraph:
                targets = by_sentence.get(j - 1, [])  # "Investors cheered ..." the move just told
            span = _cause_span(text, reaction.end(), sentence.end)
            if span is not None:
                verb = re.sub(r"\s+", " ", reaction.group()).strip().lower()
                found_reaction = Found(verb, reaction.start(), span, 2)
                for i in targets:
                    chosen.setdefault(i, (EXPLAINED, found_reaction))
            continue
        head = opener or pronoun
        assert head is not None
        found = [
            f
            for f in forward(sentence)
            if f.strength >= 2 and not _BREAK.search(text, head.end(), f.cue_start)
        ]
        if pronoun is not None:
            found = [f for f in found if f.cue_start - pronoun.end() <= 40]
        if not found:
            continue
        best = max(found, key=lambda f: (f.strength, -f.cue_start))
        if any(best.cue_start > moves[k].evidence.start for k in by_sentence.get(j, ())):
            continue  # the sentence reports a figure of its own before the cause
        named = {
            family.get(m.entity_id, m.entity_id)
            for m in mentions
            if head.start() <= m.span.start < head.end() + 40 and m.span.end <= best.cue_start
        }
        for i in targets:
            if named and family.get(moves[i].subject, moves[i].subject) not in named:
                continue
            if i not in chosen:
                chosen[i] = (EXPLAINED, best)

    # 2b. an event the company made just before: "Sony said it would spin off its bank.
    # Its shares rose 4.3%."
    for i, s_index in enumerate(move_sentence):
        if i in chosen or sentences[s_index].headline:
            continue
        event = None
        if s_index > 0:
            event = _event_before(
                text, sentences, s_index, moves, moves[i], index, family, by_sentence, forward
            )
        if event is None:
            event = _event_after(
                text, sentences, s_index, moves, i, by_sentence, index, family, forward
            )
        if event is not None:
            chosen[i] = (EXPLAINED, event)

    # 3. contexts: causes stated for something that moved without a number
    contexts: dict[int, list[Context]] = {}
    wanted = {
        j
        for i, s_index in enumerate(move_sentence)
        if i not in chosen
        for j in range(max(0, s_index - 3), s_index + 1)
        if j not in by_sentence or sentences[j].headline
    }
    # the lead matters only to an index or basket whose figure has no reason yet
    markets = any(
        i not in chosen and moves[i].subject.startswith(("INDEX:", "GROUP:"))
        for i in range(len(moves))
    )
    lead = _lead(text, sentences) if markets else []
    # the indices each sentence names: a market's reason that names some speaks for those
    named_indices: dict[int, frozenset[str]] = {}
    for m in mentions if markets else ():
        if m.kind == "index":
            j = sentence_index(sentences, m.span.start)
            named_indices[j] = named_indices.get(j, frozenset()) | {
                family.get(m.entity_id, m.entity_id)
            }
    switch: list[int] = []
    # causes handed to a stock from a statement about the whole market (not its own news)
    market_wide_causes: set[Span] = set()
    breaks: dict[int, bool] = {}
    wanted.update(j for j in lead if j not in by_sentence)
    # a stock's own news told without a number, anywhere before its move ("Bridgepoint gained
    # after JPMorgan upgraded the shares." ... "Bridgepoint 288.60p 4.95%")
    unexplained = {
        family.get(moves[i].subject, moves[i].subject): move_sentence[i]
        for i in range(len(moves))
        if i not in chosen and not moves[i].subject.startswith(("INDEX:", "GROUP:"))
    }
    for m in mentions if unexplained else ():
        key = family.get(m.entity_id, m.entity_id)
        if key in unexplained and m.span.start < sentences[unexplained[key]].start:
            j = sentence_index(sentences, m.span.start)
            if j not in by_sentence:
                wanted.add(j)
    for j in sorted(wanted):
        sentence = sentences[j]
        if j in by_sentence:
            continue
        if (
            not _moves_in(text, sentence.start, sentence.end)
            and not _EFFECT.match(text, sentence.start, sentence.end)
            and not _state(text, sentence.start, sentence.end)
        ):
            continue
        effect = _EFFECT.match(text, sentence.start, sentence.end)
        if effect:
            span = _antecedent(text, sentences, j)
            if span is not None:
                cue = re.sub(r"\s+", " ", text[effect.start() : effect.end()]).lower()
                contexts[j] = [Context(Found(cue, effect.start(), span, 2), None, ())]
            continue
        found = [f for f in forward(sentence) if f.strength >= 2 or f.cue in _CHECKED]
        back = None
        if not found:
            back = backward_cause(text, sentence, sentence.end)
            if back is None:
                continue
            found = [back]
        best = _pick(found)
        head_end = min(f.cue_start for f in found) if back is None else sentence.end
        head_start = sentence.start if back is None else back.cause.end
        direction = _direction(text, head_start, head_end) or _state(text, head_start, head_end)
        if direction is None and back is None:
            # "The tech sector was sluggish as internet giants dropped": the clause says it
            direction = _direction(text, sentence.start, sentence.end)
        subjects = tuple(
            family.get(m.entity_id, m.entity_id)
            for m in mentions
            if head_start <= m.span.start < head_end and m.kind != "organization"
        )
        if direction is None and back is None and not subjects:
            continue
        numbered = back is None and _PERCENT.search(text, head_start, head_end) is not None
        # the sentence's subject: up to its first comma ("European stocks succumbed ..., with
        # travel companies pacing the decliners" is about the market, not travel)
        subject_start = _clause_start(text, sentence)
        subject_end = text.find(",", subject_start, head_end)
        head_sector = (
            _sector_stems(text, Span(subject_start, head_end if subject_end < 0 else subject_end))
            if back is None
            else frozenset()
        )
        causal = best.cause if back is not None else Span(head_end, sentence.end)
        if back is None:
            # the clause holding the first cue: "..., as IT stocks slumped after ..."
            first = min(found, key=lambda f: f.cue_start)
            opener = first.cue_start
            clause_end = first.cue_start + len(first.cue) + 1
            for clause in _CLAUSE_OPENER.finditer(text, sentence.start, clause_end):
                opener = clause.end()
            causal = Span(opener, sentence.end)
            sector = _sector_stems(text, causal, leading=True)
        else:
            sector = _sector_stems(text, Span(back.cause.end, sentence.end))
        cause_direction = _direction(text, causal.start, causal.end) if sector else None
        if sector:
            best = dataclasses.replace(best, sector=sector)
        movers: tuple[str, ...] = ()
        if _points_at_a_move(text, best.cause):
            # "The selloff weighed on electronics makers": the selloff is the move told just
            # before, and that sentence, not the anaphor, is the cause
            told = [k for k in range(j - 1, max(-1, j - 3), -1) if k in by_sentence]
            if not told:
                continue
            source = sentences[told[0]]
            start = _clause_start(text, source)
            best = dataclasses.replace(best, cause=Span(start, _clean_end(text, start, source.end)))
            movers = tuple(
                family.get(moves[k].subject, moves[k].subject) for k in by_sentence[told[0]]
            )
        contexts[j] = [
            Context(
                best,
                direction,
                subjects,
                sector,
                cause_direction,
                back is not None,
                movers,
                head_sector,
                numbered,
            )
        ]
        # "Stocks fell, as Nvidia shares fell after its forecast failed to impress": the
        # clause between two cues names its own subject and its own reason
        ordered = sorted(found, key=lambda f: f.cue_start) if back is None else []
        for before, f in pairwise(ordered):
            inner = tuple(
                family.get(m.entity_id, m.entity_id)
                for m in mentions
                if before.cue_start < m.span.start < f.cue_start and m.kind != "organization"
            )
            inner_direction = _direction(text, before.cue_start, f.cue_start)
            if inner and inner_direction is not None:
                contexts[j].append(Context(f, inner_direction, inner))

    baskets = any(context.head_sector for stated in contexts.values() for context in stated[:1])
    for i in sorted(range(len(moves)), key=lambda i: moves[i].evidence.start):
        if i in chosen:
            continue
        move = moves[i]
        s_index = move_sentence[i]
        if sentences[s_index].headline:
            continue
        key = family.get(move.subject, move.subject)
        if _switches_market(text, sentences[s_index]):
            continue  # "Hong Kong's Hang Seng lost 0.3%": another market, its own story
        if lead and move.subject.startswith("INDEX:"):
            # "Sensex and Nifty crashed amid tensions" in the lead is why they fell, whatever
            # a nearer sentence about market value or breadth says
            named_lead = _market_context(
                contexts, lead, s_index, move.direction, key, named_indices, explicit=True
            )
            if named_lead is not None:
                chosen[i] = (INHERITED, named_lead)
                continue
        for j in range(s_index - 1, max(-1, s_index - 4), -1):
            if sentences[j].headline or _QUOTE_MARK.search(
                text, sentences[j].start, sentences[j].end
            ):
                break  # a quoted view between them starts another thread
            stated = contexts.get(j)
            if stated is not None:
                context = next((c for c in stated[1:] if key in c.subjects), stated[0])
                if context.numbered and key not in context.subjects:
                    break  # "H&M lost 8.4% after ...": that stock's reason, not the next one's
                if context.numbered:
                    continue  # "estimates for X rise 4%, driven by fees": why the figure rose
                if context.direction not in (None, move.direction):
                    break
                if key in context.movers:
                    break
                if context.cause_direction not in (None, move.direction):
                    break  # "as developers slumped" is no reason for anything to rise
                if (
                    context.objects_only
                    and key not in context.subjects
                    and not (
                        context.sector and _sector_tied(text, sentences[s_index], context.sector)
                    )
                ):
                    break  # "The slump dragged the FTSE MIB": not why Renault fell
                stock = not move.subject.startswith(("INDEX:", "GROUP:"))
                if (
                    stock
                    and context.sector
                    and key not in context.subjects
                    and not _sector_tied(text, sentences[s_index], context.sector)
                ):
                    break  # a sector's reason belongs to the sector's members
                specific = [s for s in context.subjects if not s.startswith(("INDEX:", "GROUP:"))]
                if specific and key not in specific:
                    break
                members = (
                    stock
                    and bool(context.head_sector)
                    and sentences[s_index].paragraph - sentences[j].paragraph <= 1
                )
                tied = _tied(text, sentences[s_index].start, sentences[s_index].end)
                if (
                    stock
                    and not specific
                    and not members
                    and not context.sector
                    and context.direction is not None
                    and (tied is None or sentences[s_index].paragraph - sentences[j].paragraph > 1)
                ):
                    break  # "Hong Kong stocks rose as ...": the market's reason, not Tencent's;
                    # but "Berkeley and Persimmon were hardest hit" ties them to the fall
                if (
                    not specific
                    and not members
                    and _untied(text, sentences, j, s_index, move, context.found.cause)
                ):
                    break  # a market-wide reason is not every stock's told paragraphs later
                if (
                    move.subject.startswith("INDEX:")
                    and named_indices.get(j)
                    and key not in named_indices[j]
                    and not context.subjects
                ):
                    break  # "... helped the STOXX 600 overcome weak data": not why the DAX rose
                indices = [s for s in context.subjects if s.startswith("INDEX:")]
                if (
                    indices
                    and not specific
                    and not move.subject.startswith(("INDEX:", "GROUP:"))
                    and tied is None
                ):
                    break  # why the DAX rose is not why Volkswagen did
                if move.subject.startswith("INDEX:") and not _index_tied(
                    text, sentences[s_index], move, context.found
                ):
                    break  # why the benchmarks rose is not why the realty index did
                if not _own_move(text, mentions, family, key, context.found.cause):
                    chosen[i] = (INHERITED, context.found)
                    if not specific:
                        market_wide_causes.add(context.found.cause)
                break
            earlier = [chosen[k] for k in by_sentence.get(j, ()) if k in chosen]
            if earlier:
                donors = [k for k in by_sentence[j] if k in chosen]
                generic = all(
                    moves[k].subject.startswith(("INDEX:", "GROUP:"))
                    or family.get(moves[k].subject, moves[k].subject) == key
                    for k in donors
                )
                if not generic:
                    passed = _passed_on(text, sentences, j, s_index, move, moves, donors, chosen)
                    if passed is not None and passed.cause in market_wide_causes:
                        chosen[i] = (INHERITED, passed)
                        break
                    continue  # another stock's own reason: look past it, never take it
                if all(moves[k].subject.startswith("GROUP:") for k in donors):
                    # "Housebuilders Berkeley and Persimmon were most impacted ... Lloyds also
                    # reversed": a basket of named stocks passes the market's reason on as
                    # stocks do
                    passed = _passed_on(text, sentences, j, s_index, move, moves, donors, chosen)
                    if passed is not None and passed.cause in market_wide_causes:
                        chosen[i] = (INHERITED, passed)
                        break
                donor_priority, donated = chosen[donors[0]]
                # an index's own reason ("The Hang Seng rose 0.8% as Wall Street gained") is not
                # handed to a stock reported later; a market-wide statement it inherited is
                own_reason = donor_priority > INHERITED and all(
                    moves[k].subject.startswith("INDEX:") for k in donors
                )
                if own_reason and not move.subject.startswith(("INDEX:", "GROUP:")):
                    spill = _spillover(
                        text, sentences, j, s_index, moves, donors, move, chosen, family
                    )
                    if spill is not None:
                        chosen[i] = (INHERITED, spill)
                    break
                if (
                    own_reason
                    and _tied(text, sentences[s_index].start, move.evidence.start) is None
                ):
                    break  # "..., dragging the ChiNext 1.7% lower. The Shenzhen index fell 0.9%."
                if (
                    donor_priority > INHERITED
                    and sentences[j].paragraph != sentences[s_index].paragraph
                ):
                    break  # "In Hong Kong, the Hang Seng rose 1.3%" is its own market
                if (
                    donated.sector
                    and not move.subject.startswith(("INDEX:", "GROUP:"))
                    and not _sector_tied(text, sentences[s_index], donated.sector)
                ):
                    break  # the index fell as developers slumped: not why Tencent fell
                market_wide = all(moves[k].subject.startswith(("INDEX:", "GROUP:")) for k in donors)
                if market_wide and _untied(text, sentences, j, s_index, move, donated.cause):
                    break  # "Bank stocks led the way. JPMorgan climbed 2.9%": not tied
                if (
                    market_wide
                    and not move.subject.startswith(("INDEX:", "GROUP:"))
                    and not donated.sector
                    and not _sector_named(text, donated.cause)
                    and _tied(text, sentences[s_index].start, sentences[s_index].end) is None
                ):
                    break  # the indices fell amid a sell-off: not why ITC fell
                if move.subject.startswith("INDEX:") and not _index_tied(
                    text, sentences[s_index], move, donated
                ):
                    break  # "Sensex and Nifty crashed amid ...": not why the midcap index fell
                if move.subject.startswith("INDEX:") and _foreign_index(
                    move.subject, [moves[k].subject for k in donors]
                ):
                    break  # the KOSPI fell on foreign selling, "tracking the Dow's plunge"
                if (
                    moves[donors[0]].direction == move.direction
                    and not _ANAPHORIC_MOVE.fullmatch(text, donated.cause.start, donated.cause.end)
                    and not _own_move(text, mentions, family, key, donated.cause)
                ):
                    chosen[i] = (INHERITED, donated)
                break
            if j in by_sentence:
                continue
        if i in chosen:
            continue
        basket = (
            _basket_context(text, contexts, by_sentence, sentences, s_index, move, key, breaks)
            if baskets
            else None
        )
        if basket is not None:
            chosen[i] = (INHERITED, basket)
            continue
        if not move.subject.startswith(("INDEX:", "GROUP:")):
            own = _own_context(contexts, key, s_index, move.direction)
            if own is not None:
                chosen[i] = (INHERITED, own)
            continue
        stated_lead = _market_context(contexts, lead, s_index, move.direction, key, named_indices)
        if stated_lead is None:
            continue
        if not switch:  # found once: where the story first turns to another market
            switch.append(_first_switch(text, sentences, lead[0] + 1))
        takers = [moves[k].subject for k, (_, f) in chosen.items() if f.cause == stated_lead.cause]
        if _foreign_index(move.subject, takers):
            continue  # the lead's market is the one whose index took its reason, not the Dow
        if s_index < switch[0] and _index_tied(text, sentences[s_index], move, stated_lead):
            chosen[i] = (INHERITED, stated_lead)

    # 4. the headline
    for sentence in sentences:
        if not sentence.headline:
            continue
        found = forward(sentence)
        if not found:
            back = backward_cause(text, sentence, sentence.end)
            found = [back] if back else []
        if not found:
            continue
        best = max(found, key=lambda f: (f.strength, -f.cue_start))
        lo, hi = _headline_clause(text, sentence, best)
        named = {
            family.get(m.entity_id, m.entity_id)
            for m in mentions
            if lo <= m.span.start < hi and not (best.cause.start <= m.span.start < best.cause.end)
        }
        head = text[lo:hi].lower()
        # "Shell sees profits jump as oil price rises": the headline's reason is for a rise,
        # no reason for a fall of the stock
        way: list[str | None] = []
        for i, move in enumerate(moves):
            if i in chosen:
                continue
            key = family.get(move.subject, move.subject)
            group = move.subject.startswith("GROUP:") and move.subject[6:].lower() in head
            if not (key in named or group):
                continue
            if not way:
                way.append(_direction(text, lo, best.cue_start) if best.cue_start > lo else None)
            if way[0] in (None, move.direction):
                chosen[i] = (HEADLINE, best)

    return _one_per_subject(text, moves, chosen, index, family)


def _lead(text: str, sentences: Sequence[Sentence]) -> list[int]:
    """The headline and the lead: the first body paragraph that tells a move in prose (a
    sentence of ten words or more), past photo captions, menus and bylines. Their statement
    of why a market moved is the story's, and the index figures told further down report that
    same move."""
    heads = [j for j, sentence in enumerate(sentences) if sentence.headline]
    for k, sentence in enumerate(sentences):
        if sentence.headline:
            continue
        if text.count(" ", sentence.start, sentence.end) < 9:
            continue
        if not _moves_in(text, sentence.start, sentence.end) and not _state(
            text, sentence.start, sentence.end
        ):
            continue  # a photo caption: "The Kospi figures are displayed at a dealing room"
        paragraph = sentence.paragraph
        return heads + [j for j in range(k, len(sentences)) if sentences[j].paragraph == paragraph]
    return heads


_ALSO = re.compile(r"\b(?:also|too|likewise|similarly)\b|^(?:Other|Fellow)\b", re.I)


def _passed_on(
    text: str,
    sentences: Sequence[Sentence],
    j: int,
    s_index: int,
    move: Move,
    moves: Sequence[Move],
    donors: Sequence[int],
    chosen: Mapping[int, tuple[int, Found]],
) -> Found | None:
    """The market's reason that stocks told just before inherited, for the next one told the
    same way with "also" or "Other ...": "Berkeley and Persimmon were hardest hit ... Lloyds
    also reversed ..." A stock's own reason (stated in its sentence) is never passed on."""
    if any(chosen[k][0] != INHERITED for k in donors):
        return None
    if len({chosen[k][1].cause for k in donors}) != 1:
        return None
    if any(moves[k].direction != move.direction for k in donors):
        return None
    if sentences[s_index].paragraph - sentences[j].paragraph > 1:
        return None
    start = _clause_start(text, sentences[s_index])
    if _ALSO.search(text[start : move.evidence.start]) is None:
        return None
    return chosen[donors[0]][1]


def _spillover(
    text: str,
    sentences: Sequence[Sentence],
    j: int,
    s_index: int,
    moves: Sequence[Move],
    donors: Sequence[int],
    move: Move,
    chosen: Mapping[int, tuple[int, Found]],
    family: Mapping[str, str],
) -> Found | None:
    """A stock's fall spilling over to its peers: "Moutai tumbled 7.9% ... The plunge
    reverberated across the market, with the SSE 50 sinking 4.6%. Other liquor makers also
    plummeted". An index's reason that only points back at another stock's move reaches the
    stocks told next the same way with "also" or "Other ...", as that move."""
    donated = chosen[donors[0]][1]
    if not _points_at_a_move(text, donated.cause):
        return None
    if any(moves[k].direction != move.direction for k in donors):
        return None
    if sentences[s_index].paragraph != sentences[j].paragraph:
        return None
    start = _clause_start(text, sentences[s_index])
    if _ALSO.search(text[start : move.evidence.start]) is None:
        return None
    resolved = _move_antecedent(text, moves, chosen, family, donors[0], donated.cause)
    if resolved is None:
        return None
    return Found(donated.cue, donated.cue_start, resolved, donated.strength)


def _thread_break(
    text: str, sentences: Sequence[Sentence], k: int, breaks: dict[int, bool]
) -> bool:
    """Whether sentence ``k`` starts another thread (headline, another market, a quoted
    view), read once per sentence however many figures ask."""
    known = breaks.get(k)
    if known is None:
        sentence = sentences[k]
        known = breaks[k] = bool(
            sentence.headline
            or _switches_market(text, sentence)
            or _QUOTE_MARK.search(text, sentence.start, sentence.end)
        )
    return known


def _basket_context(
    text: str,
    contexts: Mapping[int, list[Context]],
    by_sentence: Mapping[int, list[int]],
    sentences: Sequence[Sentence],
    s_index: int,
    move: Move,
    key: str,
    breaks: dict[int, bool],
) -> Found | None:
    """A basket's reason for a member reported further on: "Nvidia and other semiconductor
    stocks fell amid reports of weak sales." ... "Fellow AI chip producers also retreated.
    Broadcom slid 6.2%." The nearest earlier statement about a sector basket, the same way,
    reaches a stock or index whose paragraph ties it to that sector, however many figures come
    between, until a headline or another market."""
    paragraph = sentences[s_index].paragraph
    # the run of figures this one closes, and the sentence that introduces it ("Fellow AI chip
    # producers also retreated. AMD dropped 7.8%. Broadcom slid 6.2%.")
    first = s_index
    while first > 0 and sentences[first - 1].paragraph == paragraph and (first - 1) in by_sentence:
        first -= 1
    if first > 0 and sentences[first - 1].paragraph == paragraph:
        first -= 1
    for j in sorted(contexts, reverse=True):
        if j >= s_index:
            continue
        if s_index - j > 20:
            return None
        if any(_thread_break(text, sentences, k, breaks) for k in range(j, s_index + 1)):
            return None  # a headline, another market or a quoted view starts another thread
        context = contexts[j][0]
        start = sentences[max(first, j + 1)].start
        told = Sentence(start, sentences[s_index].end, paragraph, False)
        if not context.head_sector or context.numbered or key in context.movers:
            continue
        if context.direction not in (None, move.direction):
            return None
        if context.cause_direction not in (None, move.direction):
            return None
        if not _sector_tied(text, told, context.head_sector):
            return None
        return context.found
    return None


def _own_context(
    contexts: Mapping[int, list[Context]], key: str, before: int, direction: str
) -> Found | None:
    """The nearest earlier statement, without a number, of why this very stock moved:
    "Bridgepoint gained after JPMorgan upgraded the shares" told before a table of movers.
    One that says the move ("gained") comes before one that does not ("estimates for
    Bridgepoint rise, driven by higher fees" explains the estimates)."""
    fallback = None
    for j in sorted(contexts, reverse=True):
        if j >= before:
            continue
        for context in contexts[j]:
            if key not in context.subjects or context.movers or context.numbered:
                continue  # "estimates for Bridgepoint rise by 4%, driven by ...": figures
            if context.direction not in (None, direction):
                continue
            if context.cause_direction not in (None, direction):
                continue
            if context.direction == direction:
                return context.found
            if fallback is None:
                fallback = context.found
    return fallback


def _market_context(
    contexts: Mapping[int, list[Context]],
    lead: Sequence[int],
    before: int,
    direction: str,
    key: str,
    named: Mapping[int, frozenset[str]],
    explicit: bool = False,
) -> Found | None:
    """The lead's statement of why the whole market moved ("South Korean stocks closed at a
    two-year high on advances in chipmakers, backed by foreign buying"), for an index whose
    figure is told further down: the same way, nothing named but indices. A lead that names
    indices ("... helped the STOXX 600 overcome ...") speaks for those alone; ``explicit``
    asks only for a lead that names this one."""
    for j in lead:
        if j >= before:
            break
        indices = named.get(j, frozenset())
        if (indices or explicit) and key not in indices:
            continue
        for context in contexts.get(j, ())[:1]:
            if context.numbered or context.head_sector or context.sector or context.movers:
                continue  # a sector's reason, or one stock's: not the whole market's
            if any(not s.startswith(("INDEX:", "GROUP:")) for s in context.subjects):
                continue
            if context.subjects and key not in context.subjects:
                continue  # "Nifty Bank hits record as ...": that index's reason alone
            if context.direction != direction:
                continue
            if context.cause_direction not in (None, direction):
                continue
            return context.found
    return None


def _first_switch(text: str, sentences: Sequence[Sentence], start: int) -> int:
    """The first sentence from ``start`` on that turns to another market ("In Hong Kong,
    ...", "Elsewhere, ..."): the lead's reason covers the index figures told before it."""
    for k in range(start, len(sentences)):
        if _switches_market(text, sentences[k]):
            return k
    return len(sentences)


def _figure_of_own(text: str, other: Move, move: Move, family: Mapping[str, str]) -> bool:
    """ "jumped 4.5% after the lender reported a 20% rise in assets": a figure of the same
    company written as a noun phrase inside the cause does not stop the cause."""
    same = family.get(other.subject, other.subject) == family.get(move.subject, move.subject)
    return same and other is not move and text[other.evidence.start].isdigit()


def _switches_market(text: str, sentence: Sentence) -> bool:
    """Whether a sentence turns to another market: "In Hong Kong, the Hang Seng ..." (read
    before the leading adverbial is skipped) or "Japan's Nikkei ..." (after it)."""
    start = sentence.start
    dateline = _dateline(text, start, sentence.end)
    if dateline:
        start = dateline.end()
    if _switch_at(text, start):
        return True
    return _switch_at(text, _clause_start(text, sentence))


# The first letters a market switch can open on: "Elsewhere", "In ...", a place's name.
_SWITCH_OPENERS = frozenset("EI" + "".join(p[0] for p in lexicon.MARKET_PLACES))


def _switch_at(text: str, at: int) -> bool:
    """``_MARKET_SWITCH.match(text, at)``, skipped where no opener can start."""
    return (
        at < len(text)
        and text[at] in _SWITCH_OPENERS
        and _MARKET_SWITCH.match(text, at) is not None
    )


@lru_cache(maxsize=512)
def _clause_start(text: str, sentence: Sentence) -> int:
    """Where a sentence's own words start: past a dateline and a leading adverbial."""
    start = sentence.start
    dateline = _dateline(text, start, sentence.end)
    if dateline:
        start = dateline.end()
    lead = _LEAD_ADVERBIAL.match(text, start, sentence.end)
    return lead.end() if lead else start


def _participle_cause(
    text: str,
    sentences: Sequence[Sentence],
    s_index: int,
    moves: Sequence[Move],
    i: int,
    move_ids: Sequence[int],
) -> Found | None:
    """ "Adani Ports fell 13.2%, dragging the Nifty 50 down 0.7%": the index moved because of
    the move before the participle. When that move's subject only points back ("The stock
    climbed 14%, helping ..."), the cause starts at the sentence before, which names it."""
    move = moves[i]
    sentence = sentences[s_index]
    head = _PARTICIPLE.search(
        text, max(sentence.start, move.evidence.start - 90), move.evidence.start
    )
    if head is None:
        return None
    before = [
        moves[k]
        for k in move_ids
        if moves[k].evidence.end <= head.start() and moves[k].subject != move.subject
    ]
    if not before:
        return None
    start = _clause_start(text, sentence)
    subject = before[0].subject_span
    if (
        subject is not None
        and s_index > 0
        and sentence.start <= subject.start < before[0].evidence.start
        and _POINTING_SUBJECT.fullmatch(text, subject.start, subject.end)
    ):
        previous = sentences[s_index - 1]
        if not previous.headline and sentence.paragraph - previous.paragraph <= 1:
            # the sentence that names the stock and its move, not both sentences
            start = _clause_start(text, previous)
            end = _clean_end(text, start, previous.end)
            verb = re.sub(r"\s+", " ", head.group("verb")).lower()
            return (
                Found(verb, head.start("verb"), Span(start, end), 3) if end - start >= 3 else None
            )
    end = _clean_end(text, start, head.start())
    if end - start < 3:
        return None
    verb = re.sub(r"\s+", " ", head.group("verb")).lower()
    return Found(verb, head.start("verb"), Span(start, end), 3)


def _event_before(
    text: str,
    sentences: Sequence[Sentence],
    s_index: int,
    moves: Sequence[Move],
    move: Move,
    index: _Mentions,
    family: Mapping[str, str],
    by_sentence: Mapping[int, Sequence[int]],
    forward: Callable[[Sentence], list[Found]] | None = None,
) -> Found | None:
    """The company's own news told a few sentences before its move, when the move points back.

    "Panasonic reported a 20% drop in quarterly profit. The shares fell 5.5%." The move
    sentence must open on the stock ("Its shares", "The stock", or the company's name). The
    news is the nearest sentence before it in the paragraph (or the one just before, across a
    paragraph break) that reports no move and either names the same issuer with a verb of news
    ("said", "reported", "agreed to buy Prevail", "resumed trading") or opens on "The company"
    doing so, where the move only points back ("The company said it would buy back shares.
    The stock gained 1.6%").
    """
    sentence = sentences[s_index]
    key = family.get(move.subject, move.subject)
    start = _clause_start(text, sentence)
    opener = _POINTING_OPENER.match(text, start, move.evidence.start)
    if opener is None and not any(
        family.get(m.entity_id, m.entity_id) == key and m.span.end <= move.evidence.start
        for m in index.within(start, start + 30)
    ):
        return None
    for k in range(s_index - 1, max(-1, s_index - 5), -1):
        previous = sentences[k]
        if previous.headline or _is_subhead(text, previous):
            return None
        gap = sentence.paragraph - previous.paragraph
        if gap > 1 or (gap == 1 and k < s_index - 1):
            return None
        if k in by_sentence:
            if any(family.get(moves[m].subject, moves[m].subject) == key for m in by_sentence[k]):
                return None  # the stock's own earlier figure: its news is told there
            continue
        lead = _clause_start(text, previous)
        news = _company_news(text, previous, lead, key, index, family)
        if news is None and opener is not None and k == s_index - 1:
            company = _COMPANY_OPENER.match(text, lead, previous.end)
            if company is not None:
                news = _EVENT_VERB.search(
                    text, company.end(), min(previous.end, company.end() + 40)
                )
        if news is None:
            continue
        if forward is not None:
            # "Shares of X were in demand, after the company announced ...": the news is the
            # stated cause of that sentence; "X reported a drop in profit, hurt by ..." is not
            stated = [f for f in forward(previous) if f.cause.start <= news.start() < f.cause.end]
            if stated:
                return dataclasses.replace(stated[0], strength=2)
        end = _clean_end(text, lead, previous.end)
        return Found(news.group().lower(), news.start(), Span(lead, end), 2)
    return None


class _Mentions(NamedTuple):
    """An article's mentions sorted by start, with the starts, so that "who is named in this
    sentence" is a slice found by binary search, never a scan of every mention."""

    items: Sequence[Mention]
    starts: Sequence[int]

    def within(self, lo: int, hi: int) -> Sequence[Mention]:
        return self.items[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


def _company_news(
    text: str,
    sentence: Sentence,
    lead: int,
    key: str,
    index: _Mentions,
    family: Mapping[str, str],
) -> re.Match[str] | None:
    """The verb of news in a sentence that names the issuer ``key``: "Baidu is considering
    making its own electric vehicles", "The drugmaker announced a deal to buy Prevail". A
    plain "said" counts only after the issuer itself ("Sony said ...", not "analysts said
    Sony ...")."""
    named = [
        m for m in index.within(lead, sentence.end) if family.get(m.entity_id, m.entity_id) == key
    ]
    if not named or _no_comment(text, lead, sentence.end):
        return None
    first = named[0].span
    for verb in _EVENT_VERB.finditer(text, lead, sentence.end):
        if verb.group() in ("said", "says"):
            if first.end <= verb.start() <= first.end + 60:
                return verb
            continue
        return verb
    return None


# An analyst's action on the stock: "OCBC maintained its buy call but raised its fair value",
# "Citi downgraded the shares to sell".
_RATING = re.compile(
    r"\b(?:upgrad(?:ed|es|ing)|downgrad(?:ed|es|ing)|initiat(?:ed|es)\s+coverage|"
    r"(?:raised|lifted|cut|lowered|trimmed|slashed)\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:price\s+target|target\s+price|target|fair\s+value|rating|estimates?))\b",
    re.I,
)
_BULLET = re.compile(r"(?:[*•·>-]+\s*)+")


def _event_after(
    text: str,
    sentences: Sequence[Sentence],
    s_index: int,
    moves: Sequence[Move],
    i: int,
    by_sentence: Mapping[int, Sequence[int]],
    index: _Mentions | None = None,
    family: Mapping[str, str] | None = None,
    forward: Callable[[Sentence], list[Found]] | None = None,
) -> Found | None:
    """The company's news told right after its move: "Tencent rose 4.2%. The internet giant
    announced on Tuesday that it would double its buyback." Only for a sentence that reports
    one stock's move, and a next sentence (past a subhead) that opens on that company (by name
    or by kind) and says what it did, opens on its stock with a reason ("The stock came under
    pressure after ..."), or tells an analyst's action on it ("OCBC raised its fair value")."""
    move = moves[i]
    family = family or {}
    index = index or _Mentions((), ())
    if move.subject.startswith(("INDEX:", "GROUP:")) or s_index + 1 >= len(sentences):
        return None
    if {moves[k].subject for k in by_sentence[s_index]} != {move.subject}:
        return None
    j = s_index + 1
    if _is_subhead(text, sentences[j]) and j + 1 < len(sentences):
        j += 1
    nxt = sentences[j]
    if j in by_sentence or nxt.paragraph - sentences[s_index].paragraph > 2:
        return None
    start = _clause_start(text, nxt)
    bullet = _BULLET.match(text, start, nxt.end)
    if bullet is not None:
        start = bullet.end()
    key = family.get(move.subject, move.subject)
    others = {
        family.get(m.entity_id, m.entity_id)
        for m in index.within(nxt.start, nxt.end)
        if m.kind == "security"
    } - {key}
    opener = _COMPANY_OPENER.match(text, start, nxt.end)
    if opener is None:
        opener = next(
            (
                m.span
                for m in index.within(start, start + 4)
                if family.get(m.entity_id, m.entity_id) == key
            ),
            None,
        )
        end_of_opener = opener.end if opener is not None else -1
    else:
        end_of_opener = opener.end()
    if opener is not None:
        at = end_of_opener
        while at < nxt.end and text[at] == " ":
            at += 1
        verb = _PAST_EVENT.match(text, at, nxt.end) or _EVENT_VERB.match(text, at, nxt.end)
        if (
            verb is not None
            and not _no_comment(text, verb.end(), nxt.end)
            and text[verb.end() : verb.end() + 3].strip()[:1] not in (":", "“", '"')
        ):  # "X chief executive said: ..." is a view, not news
            name = verb.group("verb") if "verb" in (verb.re.groupindex or {}) else verb.group()
            return Found(
                name.lower(), verb.start(), Span(start, _clean_end(text, start, nxt.end)), 2
            )
    if forward is not None and _POINTING_OPENER.match(text, start, nxt.end):
        found = [f for f in forward(nxt) if f.strength >= 1]
        if found and not others:
            return _pick(found)
    rating = (
        None
        if _NEEDLES.within(text, "rating", start, nxt.end) is False
        else _RATING.search(text, start, nxt.end)
    )
    if rating is not None and not others:
        return Found(
            rating.group().lower(), rating.start(), Span(start, _clean_end(text, start, nxt.end)), 2
        )
    return None


_INNER_BREAK = re.compile(r",\s+|\s+(?:and|but|despite|while|even\s+as|as)\s+", re.I)


def _inner_clause(text: str, found: Found, first: int) -> int:
    """Where a cause ends when another figure follows inside it: "after the lender slashed its
    dividend, even as its cash profit fell 11%" ends at the comma; -1 when no clause
    boundary sets the figure apart. After "led by" or "dragged by" one name is a whole cause:
    "rose 1%, led by Tencent, up 3%"."""
    end = -1
    for match in _INNER_BREAK.finditer(text, found.cause.start, first):
        end = match.start()
    least = 1 if found.cue.endswith(" by") else 2
    if end < 0 or len(_WORD.findall(text[found.cause.start : end])) < least:
        return -1
    return end


def _before_participle(text: str, found: Found, move: Move) -> Found | None:
    """ "The TAIEX plunged after the WHO declared a pandemic, ending 471 points lower": the
    figure is told in a participle after the cause, which belongs to the verb before the cue."""
    if not (found.cause.start < move.evidence.start < found.cause.end):
        return None
    comma = text.rfind(", ", found.cause.start, move.evidence.start)
    if comma < 0 or len(_WORD.findall(text[comma : move.evidence.start])) > 2:
        return None
    verb = _WORD.findall(text[comma : move.evidence.end])
    if not verb or not verb[0].lower().endswith("ing"):
        return None  # "after TSMC, the top stock, gained 1%": TSMC's own figure, not a participle
    if not _moves_in(text, max(0, found.cue_start - 40), found.cue_start):
        return None
    end = _clean_end(text, found.cause.start, comma)
    if end - found.cause.start < 3:
        return None
    return Found(found.cue, found.cue_start, Span(found.cause.start, end), found.strength)


def _index_tied(text: str, sentence: Sentence, move: Move, found: Found) -> bool:
    """Whether a sector or size index ("Nifty Realty", "BSE mid cap") may take a market-wide
    reason: only when its sentence ties it to the move ("led the gains") or the reason names
    its sector. Benchmarks take it as they are."""
    if "_" not in move.subject:
        return True
    if _tied(text, sentence.start, sentence.end):
        return True
    stems = found.sector or _sector_stems(text, found.cause)
    return bool(stems) and _sector_tied(text, sentence, stems)


_REGIONS = frozenset({"GL", "EU", "AP"})  # a region's reason may be any of its markets


@lru_cache(maxsize=1)
def _index_markets() -> Mapping[str, str]:
    """Index id -> its market, Hong Kong and the mainland taken as one (they share news)."""
    return {
        f"INDEX:{i.symbol}": "CN" if i.market == "HK" else i.market
        for i in load_indices()
        if i.market and i.market not in _REGIONS
    }


def _foreign_index(subject: str, donors: Sequence[str]) -> bool:
    """Whether an index is of another country than every index that gives it a reason: the
    KOSPI's reason is not the Dow's, even when the same sentence names both."""
    markets = _index_markets()
    own = markets.get(subject)
    theirs = {markets.get(d) for d in donors if d.startswith("INDEX:")}
    if own is None or not theirs or None in theirs:
        return False
    return own not in theirs


def _explained_moves(
    sentences: Sequence[Sentence],
    by_sentence: Mapping[int, list[int]],
    moves: Sequence[Move],
    j: int,
) -> list[int]:
    """The moves a sentence that explains ("The rally came as ...") looks back on: the run of
    move sentences just before it in its paragraph; or, for a market wrap told one index to
    a paragraph ("The Stoxx 600 fell 11.5%." / "The FTSE 100 fell 10.9%." / "Investors
    worried about ..."), the run of index figures going the same way."""
    targets: list[int] = []
    k = j - 1
    paragraph = sentences[k].paragraph
    while k >= 0 and k in by_sentence and j - k <= 3 and sentences[k].paragraph == paragraph:
        targets = by_sentence[k] + targets
        k -= 1
    if not targets or sentences[j].paragraph == paragraph:
        return targets
    markets = all(moves[i].subject.startswith(("INDEX:", "GROUP:")) for i in targets)
    directions = {moves[i].direction for i in targets}
    while markets and k >= 0 and k in by_sentence and j - k <= 5 and not sentences[k].headline:
        run = by_sentence[k]
        if not all(moves[i].subject.startswith(("INDEX:", "GROUP:")) for i in run):
            break
        if {moves[i].direction for i in run} != directions:
            break
        targets = run + targets
        k -= 1
    return targets


def _shared_cause(
    text: str, moves: Sequence[Move], i: int, move_ids: Sequence[int], found: Sequence[Found]
) -> Found | None:
    """A cause after a run of coordinated moves that covers them all.

    "BYD fell 2.3%, while Geely dropped 4.0%, as investors worried about competition": the
    clause after the last move, set off by a comma, explains both moves going the same way.
    A cause between the two moves belongs to the first alone ("A rose on X, while B fell").
    """
    move = moves[i]
    later = [
        moves[j]
        for j in move_ids
        if moves[j].evidence.start >= move.evidence.end and moves[j].subject != move.subject
    ]
    if not later or any(m.direction != move.direction for m in later):
        return None
    last_end = max(m.evidence.end for m in later)
    for f in found:
        if f.cue_start < last_end:
            if f.cue_start > move.evidence.end:
                return None  # a cause of its own sits between the moves
            continue
        if text[max(0, f.cue_start - 2) : f.cue_start] != ", ":
            continue
        if _BREAK.search(text, last_end, f.cue_start):
            continue
        if any(m.evidence.start < f.cause.end and m.evidence.end > f.cause.start for m in later):
            continue
        return f
    return None


def _own_move(
    text: str, mentions: Sequence[Mention], family: Mapping[str, str], key: str, span: Span
) -> bool:
    """Whether a cause only reports ``key``'s own move: "as heavyweights Reliance Industries
    and HDFC Bank gained" explains the index, not Reliance's 2.1% rise. A cause in which the
    stock acts ("after Infosys warned of a slowdown") is still its reason."""
    named = any(
        family.get(m.entity_id, m.entity_id) == key
        for m in mentions
        if span.start <= m.span.start and m.span.end <= span.end
    )
    return named and _moves_in(text, span.start, span.end)


def _move_antecedent(
    text: str,
    moves: Sequence[Move],
    chosen: Mapping[int, tuple[int, Found]],
    family: Mapping[str, str],
    i: int,
    span: Span,
) -> Span | None:
    """What "The decline" in "The decline dragged the index down 0.3%" refers to.

    The nearest earlier sentence with a move of another subject, at most three sentences
    back (an explanation and a quoted reaction may come between): from its start to the end
    of its move (or of that move's own stated cause), e.g. "Kweichow Moutai fell 2.6% after
    it reported slower revenue growth". None when the anaphor points at the subject's own
    move or at nothing close, so a cause that only says "the decline" is dropped.
    """
    sentences = split_sentences(text, 0)
    here = sentence_index(sentences, span.start)
    earlier = [k for k, m in enumerate(moves) if m.evidence.end <= span.start]
    if not earlier:
        return None
    k = max(earlier, key=lambda k: moves[k].evidence.end)
    key = family.get(moves[i].subject, moves[i].subject)
    if family.get(moves[k].subject, moves[k].subject) == key:
        return None
    where = sentence_index(sentences, moves[k].evidence.start)
    if here - where > 3 or where == here:
        return None  # the nearest move, so the sentences between (an aside, a quote) tell none
    sentence = sentences[where]
    start = _clause_start(text, sentence)
    end = max(m.evidence.end for m in moves if sentence.start <= m.evidence.start < sentence.end)
    for j, (_, found) in chosen.items():
        in_sentence = sentence.start <= moves[j].evidence.start < sentence.end
        if in_sentence and end <= found.cause.start and found.cause.end <= sentence.end:
            end = max(end, found.cause.end)
    end = _clean_end(text, start, end)
    return Span(start, end) if end - start >= 3 else None


_WITH_CLAUSE = re.compile(r",\s+(?:with|as|sending|pushing|lifting|dragging|taking)\s")
_WITH_ONLY = re.compile(r",\s+with\s", re.I)
_CLAUSE_END = re.compile(r"[;:.!?]|,\s+(?:while|but|and|whereas)\b")


def _with_clause_cause(
    text: str,
    opening: int,
    move: Move,
    found: Sequence[Found],
    mention_starts: Sequence[int],
    index_starts: frozenset[int] = frozenset(),
) -> Found | None:
    """ "Hong Kong stocks jumped after Beijing pledged more support, with the Hang Seng Index
    rising 2.3%": the market's stated reason, the index's number in a trailing clause."""
    for f in found:
        if f.cause.start < move.evidence.start < f.cause.end:
            clause = _WITH_CLAUSE.search(text, f.cause.start, move.evidence.start)
        elif f.cause.end <= move.evidence.start and f.cue_start > opening + 2:
            # "fell 2.7% as worries about profits weighed, with Westpac losing 1.8%": the
            # clause right after the cause's own
            clause = _WITH_ONLY.search(text, f.cause.end, move.evidence.start)
            if clause is not None and _CLAUSE_END.search(text, f.cause.end, clause.start()):
                clause = None
        else:
            continue
        if clause is None:
            continue
        if _direction(text, opening, f.cue_start) != move.direction:
            continue
        lo = bisect_left(mention_starts, opening)
        hi = bisect_left(mention_starts, f.cue_start, lo)
        if any(at not in index_starts for at in mention_starts[lo:hi]):
            continue  # "Alibaba rose after ..., with ..." is Alibaba's own reason; an index's
            # reason is its market's
        end = min(f.cause.end, clause.start())
        span = Span(f.cause.start, _clean_end(text, f.cause.start, end))
        if len(span) >= 3:
            return Found(f.cue, f.cue_start, span, f.strength)
    return None


def _untied(
    text: str, sentences: Sequence[Sentence], source: int, here: int, move: Move, cause: Span
) -> bool:
    """Whether a stock's move, told in a later paragraph than a market-wide reason, has
    nothing tying it to that market move.

    "U.S. stocks rallied after a report showed inflation slowed" explains the indices; "Bank
    stocks led the way. JPMorgan climbed 2.9%" does not say JPMorgan rose for that reason,
    but "Lenovo and Xiaomi were among the top gainers" ties the stocks to the index's rally.
    """
    if move.subject.startswith(("INDEX:", "GROUP:")):
        return False
    if sentences[source].paragraph == sentences[here].paragraph:
        return False
    if _sector_named(text, cause):
        return False  # "as chip-related stocks tracked gains in U.S. peers": a sector's reason
    sentence = sentences[here]
    return _tied(text, sentence.start, sentence.end) is None


def _sector_named(text: str, span: Span) -> bool:
    """Whether a cause names a sector basket ("chip-related stocks", "property developers"),
    not only the market as a whole ("U.S. stocks", "Asian shares")."""
    for m in _baskets(text, span.start, span.end):
        head = (m.group("head") or "").lower()
        if not head or (head not in lexicon.MARKET_WIDE_WORDS and head not in _BASKET_FILLER):
            return True
    return False


def _stem(word: str) -> str:
    w = word.lower().strip("'’")
    return w[:-1] if w.endswith("s") and len(w) > 4 else w


def _sector_stems(text: str, span: Span, leading: bool = False) -> frozenset[str]:
    """The words naming a sector basket in a cause: "property developers slumped" ->
    {"property", "developer"}; "chip-related stocks" -> {"chip"}; "IT stocks" -> {"IT"}.
    Empty for the market as a whole ("Hong Kong shares", "Asian stocks"). With ``leading``,
    only a basket that is the clause's subject counts: "as IT stocks slumped after ..." is a
    sector's move, "as a weaker yen lifted exporters" a market-wide reason."""
    stems: set[str] = set()
    for m in _baskets(text, span.start, span.end):
        head = (m.group("head") or "").lower()
        if head and (head in lexicon.MARKET_WIDE_WORDS or head in _BASKET_FILLER):
            continue  # "Asian stocks", "flight from stocks with the greatest Brexit risk"
        if leading and len(_WORD.findall(text[span.start : m.start()])) > 3:
            continue
        words = _WORD.findall(text[m.start() : m.end()])
        before = _WORD.findall(text[max(span.start, m.start() - 30) : m.start()])
        if before and before[-1].islower() and len(before[-1]) > 3:
            words.insert(0, before[-1])  # "property developers", "state-owned banks"
        for word in words:
            if word.isupper() and 1 < len(word) <= 4:
                stems.add(word)  # "IT", "EV": matched as written, never the pronoun "it"
                continue
            for part in word.lower().split("-"):
                if len(part) > 2 and part not in _BASKET_FILLER:
                    stems.add(_stem(part))
    for family in lexicon.SECTOR_FAMILIES:
        if stems & family:
            stems |= family  # "technology stocks" reach "Chipmaker Nvidia"
    return frozenset(stems)


def _sector_tied(text: str, sentence: Sentence, stems: frozenset[str]) -> bool:
    """Whether a stock's sentence says it belongs to the sector: "Developer Longfor Group was
    the biggest loser, while China Resources Land lost 4.1%" ties both to "property
    developers"; "Tencent rose 1.8%" does not."""
    for whole in _WORD.findall(text[sentence.start : sentence.end]):
        for word in whole.split("-") if "-" in whole else (whole,):
            if word in stems:
                return True
            w = _stem(word)
            if w in stems or any(len(st) >= 4 and w.startswith(st) for st in stems):
                return True  # "Memory-chip leader Micron" belongs to "chip stocks"
    return False


def _bounded(text: str, span: Span) -> Span | None:
    """A cause is one clause or noun phrase: cut at the end of the sentence it starts in, and
    at a clause or word boundary within ``MAX_CAUSE`` characters."""
    sentences = split_sentences(text, 0)
    sentence = sentences[sentence_index(sentences, span.start)]
    end = min(span.end, sentence.end)
    if end - span.start > MAX_CAUSE:
        limit = span.start + MAX_CAUSE
        cut = max(text.rfind(", ", span.start, limit), text.rfind("; ", span.start, limit))
        if cut - span.start < MAX_CAUSE // 2:
            cut = text.rfind(" ", span.start, limit)
        end = cut if cut > span.start else limit
    end = _clean_end(text, span.start, end)
    return Span(span.start, end) if end - span.start >= 3 else None


def _points_at_a_move(text: str, span: Span) -> bool:
    """ "The decline", or "The fall, the biggest one-day decline in the stock since 2002": a
    cause that only names a move, perhaps with an appositive describing it."""
    head = _ANAPHORIC_MOVE.match(text, span.start, span.end)
    if head is None:
        return False
    return head.end() == span.end or text[head.end()] == ","


def _anaphor_fits(text: str, move: Move, span: Span) -> bool:
    """Whether "The fall, ..." can explain ``move``: a move reported in the same sentence, the
    way the anaphor's noun goes. "Rival Eli Lilly rose 2 per cent" is told separately and goes
    the other way: the fall is not its reason."""
    sentences = split_sentences(text, 0)
    if sentence_index(sentences, span.start) != sentence_index(sentences, move.evidence.start):
        return False
    head = _ANAPHORIC_MOVE.match(text, span.start, span.end)
    noun = _direction(text, head.start(), head.end()) if head else None
    return noun is None or noun == move.direction


def _headline_clause(text: str, sentence: Sentence, found: Found) -> tuple[int, int]:
    """The headline clause a cause belongs to: "Tencent rises after results; Meituan slips"
    gives Tencent the results, not Meituan."""
    lo, hi = sentence.start, sentence.end
    for match in _HEADLINE_BREAK.finditer(text, sentence.start, sentence.end):
        if match.end() <= min(found.cue_start, found.cause.start):
            lo = match.end()
        elif match.start() >= max(found.cue_start, found.cause.end):
            hi = min(hi, match.start())
    return lo, hi


def _pick(found: Sequence[Found]) -> Found:
    """The strongest cause of a sentence, where a cue inside an earlier cause is part of that
    cause: "on advances in chipmakers, backed by foreign buying amid ..." is one reason."""
    ordered = sorted(found, key=lambda f: f.cue_start)
    kept: list[Found] = []
    for f in ordered:
        if any(k.cause.start <= f.cue_start < k.cause.end for k in kept):
            continue
        kept.append(f)
    return max(kept, key=lambda f: (f.strength, -f.cue_start))


def _better(
    current: Found | None, new: Found, rejects: Callable[[Span], bool] | None = None
) -> Found | None:
    """The stronger of two causes of a move; one that ``rejects`` (the stock's own name or
    move, a debut) never replaces anything."""
    if current is not None and new.strength <= current.strength:
        return current
    if rejects is not None and rejects(new.cause):
        return current
    return new


def _families(entities: Sequence[Entity]) -> Mapping[str, str]:
    """Listing id -> one key per issuer, so two listings of one company share a catalyst."""
    out: dict[str, str] = {}
    for entity in entities:
        ids = (entity.id, *entity.other_listings)
        key = entity.issuer or min(ids)
        for i in ids:
            out.setdefault(i, key)
    return out


def _one_per_subject(
    text: str,
    moves: Sequence[Move],
    chosen: Mapping[int, tuple[int, Found]],
    index: _Mentions,
    family: Mapping[str, str],
) -> tuple[Catalyst, ...]:
    """The best-placed cause of each issuer (two listings of one company share one).

    Candidates are tried best first, so a cause that fails a last check (an anaphor with
    nothing to point at, a debut with no reason, the stock's own name) gives way to the next
    one."""
    candidates: dict[str, list[tuple[int, int, Found]]] = {}
    for i, (priority, found) in chosen.items():
        key = family.get(moves[i].subject, moves[i].subject)
        candidates.setdefault(key, []).append((priority, i, found))
    picked: list[tuple[int, Found, Span]] = []
    for key, options in candidates.items():
        options.sort(key=lambda t: (-t[0], t[1]))
        for _, i, found in options:
            span = _final_span(text, moves, chosen, family, i, found)
            if span is None or _not_a_reason(text, span, index, family, key):
                continue
            picked.append((i, found, span))
            break
    out = []
    for i, found, span in sorted(picked, key=lambda t: t[0]):
        ids: list[str] = []
        for m in index.within(span.start, span.end):
            if m.span.end <= span.end and m.entity_id not in ids:
                ids.append(m.entity_id)
        out.append(
            Catalyst(
                subject=moves[i].subject,
                cause=text[span.start : span.end],
                evidence=span,
                cue=found.cue,
                entities=tuple(ids),
                move_index=i,
            )
        )
    return tuple(out)


def _final_span(
    text: str,
    moves: Sequence[Move],
    chosen: Mapping[int, tuple[int, Found]],
    family: Mapping[str, str],
    i: int,
    found: Found,
) -> Span | None:
    """The words of a chosen cause: an anaphor ("The decline", "the announcement") replaced by
    what it points to, then bounded to one clause."""
    span = found.cause
    if _points_at_a_move(text, span):
        if not _anaphor_fits(text, moves[i], span):
            return None
        resolved = _move_antecedent(text, moves, chosen, family, i, span)
        if resolved is None:
            return None
        span = resolved
    elif _ANAPHORIC_CAUSE.fullmatch(text, span.start, span.end):
        sentences = split_sentences(text, 0)
        antecedent = _antecedent(text, sentences, sentence_index(sentences, span.start))
        if antecedent is None:
            return None  # "the announcement" with nothing announced before it
        span = antecedent
    return _bounded(text, span)


# A listing told as the event: "on its Nasdaq debut", "as it drew back the curtain on a Hong
# Kong listing". A debut is when a stock moved, not why (unless demand is named with it).
_DEBUT = re.compile(
    r"\b(?:debut|debuts|listing|IPO|initial\s+public\s+offering|first\s+day\s+of\s+trading|"
    r"trading\s+debut|market\s+debut|went\s+public|began\s+trading|started\s+trading|"
    r"listed\s+at|IPO\s+price|offer\s+price|share\s+sale|sale\s+of\s+[\d.,]+\s+(?:million|"
    r"billion)?\s*(?:new\s+)?shares)\b",
    re.I,
)
# Substrings every listing phrase above contains: most causes have none, and skip the regex.
_DEBUT_HINTS = (
    "debut",
    "list",
    "ipo",
    "initial",
    "first day",
    "public",
    "trading",
    "price",
    "sale",
)
_DEMAND = re.compile(
    r"\b(?:demand|oversubscri\w*|subscri\w*|appetite|enthusiasm|zeal|frenzy|hype|optimism|"
    r"hopes?|bets?|buying|interest|euphoria)\b",
    re.I,
)


def _not_a_reason(
    text: str, span: Span, index: _Mentions, family: Mapping[str, str], key: str
) -> bool:
    """Causes that say nothing about why: a listing on its own ("its Nasdaq debut"), the
    stock's own name ("Suzhou Harmontronics <688022.SS>, however, triggered its circuit
    breaker"), or the stock's own move ("as Shinsei Bank rallied for a second day")."""
    low = text[span.start : span.end].lower()
    if (
        any(word in low for word in _DEBUT_HINTS)
        and _NEEDLES.within(text, "debut", span.start, span.end) is not False
        and _DEBUT.search(text, span.start, span.end)
        and not _DEMAND.search(text, span.start, span.end)
    ):
        return True
    own = [
        m.span
        for m in index.within(span.start, span.end)
        if m.span.end <= span.end and family.get(m.entity_id, m.entity_id) == key
    ]
    if not own:
        return False
    rest = text[span.start : own[0].start] + " " + text[own[-1].end : span.end]
    words = [
        w
        for w in _WORD.findall(rest)
        if w.lower() not in _FILLER_WORDS
        and not w[0].isdigit()
        and not (w.isupper() and len(w) <= 5)  # a ticker printed beside the name: "<688099.SS>"
    ]
    if len(words) < 2:
        return True  # only the stock's own name
    lead = _WORD.findall(text[span.start : own[0].start])
    after = _WORD.findall(text[own[0].end : min(span.end, own[0].end + 40)])
    if len(lead) <= 1 and after and after[0].lower() in ("shares", "stock"):
        after = after[1:]
    return len(lead) <= 1 and bool(after) and after[0].lower() in _MOVING_SET


_FILLER_WORDS = frozenset(
    ["however", "though", "too", "also", "meanwhile", "the", "its", "shares", "stock", "of", "in"]
)


def catalysts_for(record: ArticleRecord) -> tuple[Catalyst, ...]:
    """The catalysts of one pipeline record."""
    article = record.article
    return find_catalysts(
        article.text, article.body_start, record.moves, record.mentions, record.entities
    )
