"""Find market views and who holds them.

An attribution is found by one of a handful of constructions, each a compiled pattern:

- appositive: "Dilin Wu, a research strategist at brokerage Pepperstone, said ...";
- title before the name: "Daiwa analyst Rick Hsu expressed some caution";
- a research team: "HSBC analysts said in a report", "Analysts at Citi echoed ...";
- an institution speaking: "Citi said it sees ...", "In another note, HSBC called ...";
- a source at the end: "..., according to DBS";
- a quotation and its speaker: '"...," said Wu' (the surname resolved to the person named
  earlier), '"...," it wrote in a note' (the last speaker);
- unnamed: "Analysts say ...", "Several analysts have noted ..." (kept, marked unnamed).

Company executives stating facts ("revealed that daily token use increased 33-fold") and
news outlets ("Financial Times reports") are not views. A speaker's adjacent sentences are
one view. Stance comes from the finance lexicon over the view's words, not the attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick_rs

from tickerwire.catalysts.keywords import Keywords, fold
from tickerwire.catalysts.sentences import Sentence, sentence_index, split_sentences
from tickerwire.model import ArticleRecord, Mention, Quote, Span, Stance
from tickerwire.quotes import lexicon
from tickerwire.quotes.stance import rating_stance, verdict
from tickerwire.sentiment.polarity import polarity


def _alt(words: Sequence[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_ROLE_WORDS = _alt(lexicon.VIEW_ROLES + lexicon.EXECUTIVE_ROLES)
_VERBS = _alt(lexicon.SPEECH_VERBS + tuple(lexicon.FACT_VERBS))
_DESCRIPTOR = (
    r"(?:(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?-based|[A-Z][a-z]+|U\.S\.|US|UK|Wall Street)\s+)?"
    r"(?:(?:independent|boutique|global|regional|local|leading|small|large)\s+)?(?:"
    + _alt(lexicon.ORG_DESCRIPTORS)
    + r")\s+"
)
_NAME = (
    r"(?:[A-Z]\.?\s?){1,2}\s?[A-Z][a-zà-ÿ'’-]+"  # initials: "V K Vijayakumar", "V.K. Vijayakumar"
    r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Za-z][a-zà-ÿ]+)?(?:\s+[A-Z]\.)?(?:\s+(?:van|de|von|del|da|di|le))?"
    r"(?:\s+[A-ZÀ-Ý][a-zA-Zà-ÿ'’-]+){1,2}"
)
_ORG = r"[A-Z][\w&.'’-]*(?:\s+(?:&\s+)?(?:of\s+)?[A-Z][\w&.'’-]*){0,4}"

_APPOSITIVE = re.compile(
    rf"(?<![\w])(?P<name>(?:{_NAME})),\s+(?:(?:a|an|the)\s+)?(?P<role>[^,;“”\"]{{0,80}}?\b(?:{_ROLE_WORDS})\b[^,;“”\"]{{0,50}}?)"
    rf"\s+(?:at|of|with|from)\s+(?:the\s+)?(?:{_DESCRIPTOR})?(?P<org>{_ORG})"
)
# "Kazuo Kamitani of Nomura Securities said ...": a person and the firm, no title.
_NAME_OF_ORG = re.compile(
    rf"(?<![\w])(?P<name>(?:{_NAME}))\s+(?:of|at|from)\s+(?:the\s+)?(?:{_DESCRIPTOR})?(?P<org>{_ORG})\s*,?\s+"
    rf"(?:(?:also|had|has|have)\s+)?(?:{_VERBS})\b"
)
_OF_FIRM_SAID = re.compile(
    r"\s(?:of|at|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,4}\s*,?\s+"
    r"(?:(?:also|had|has|have)\s+)?(?P<verb>[a-z]+)"
)
# "Naka Matsuzawa, who heads macro strategy at Nomura, said ...".
_WHO_HEADS = re.compile(
    rf"(?<![\w])(?P<name>(?:{_NAME})),\s+who\s+(?:heads|leads|runs|oversees|manages|co-heads)\s+"
    rf"(?:the\s+)?(?P<role>[^,;“”\"]{{0,50}}?)\s+(?:at|for|of)\s+(?:the\s+)?(?:{_DESCRIPTOR})?"
    rf"(?P<org>{_ORG})\s*,"
)
_SOURCED_FIGURES = re.compile(
    r"(?:'s|’s)?\s*(?:data|figures|statistics|filings|calculations|tallies|records)\b", re.I
)
_LATER_AT = re.compile(rf"[^,;“”\"]{{0,60}}?\s+at\s+(?:the\s+)?(?:{_DESCRIPTOR})?(?P<org>{_ORG})")
_APPOSITIVE_POSSESSIVE = re.compile(
    rf"(?<![\w])(?P<name>(?:{_NAME})),\s+(?:the\s+)?(?P<org>{_ORG})(?:'s|’s)\s+"
    rf"(?P<role>[^,;“”\"]{{0,60}}?\b(?:{_ROLE_WORDS}))\s*,"
)
_TITLE_FIRST = re.compile(
    rf"(?<![\w])(?:(?P<org>{_ORG})(?:'s|’s)?\s+)?(?P<role>(?i:(?:senior|chief|lead|head|equity|research|market|investment|global|regional|credit|bank|sector|technology|tech)\s+)*(?:(?:Greater\s+)?(?:China|Japan|India|Korea|Asia|Asia-Pacific|Asian|Europe|European|U\.S\.|US|Emerging\s+Markets|Hong\s+Kong|Global)\s+)?(?i:(?:equity|equities|market|markets|investment|credit|rates|macro|economic)\s+)*(?i:analyst|strategist|economist|portfolio manager|fund manager|investment manager|trader|chief executive officer|chief executive|chief financial officer|ceo|cfo|president|chairman|chairwoman|chair|founder|spokesperson|spokesman|spokeswoman|governor|minister|secretary|commissioner))\s+(?P<name>(?:{_NAME}))"
    rf"(?:,?\s+(?:of|at|with|from)\s+(?:{_DESCRIPTOR})?(?P<org2>{_ORG}))?"
)
_TEAM = re.compile(
    rf"(?<![\w])(?P<org>{_ORG})(?:'s|’s)?\s+(?P<role>(?:\w+\s+)?(?:analysts|strategists|economists|researchers|research team|analyst team))"
    rf"(?:,[^,]{{0,60}},|\s+(?:led\s+by|including)\s+(?P<lead>(?:{_NAME})))?\s+(?:{_VERBS})\b"
)
_TEAM_AT = re.compile(
    rf"(?<![\w])(?P<role>[Aa]nalysts|[Ss]trategists|[Ee]conomists|[Rr]esearchers)\s+(?:at|from|with)\s+(?:{_DESCRIPTOR})?(?P<org>{_ORG})"
    rf"(?:,?\s+(?:including|led\s+by)\s+(?P<lead>(?:{_NAME})))?"
)
_APPOSITIVE_COMMA = re.compile(
    rf"(?<![\w])(?P<name>(?:{_NAME})),\s+(?:(?:a|an|the)\s+)?(?P<role>[^,;“”\"]{{0,60}}?\b(?i:{_ROLE_WORDS})\b[^,;“”\"]{{0,40}}?),\s+"
    rf"(?P<org>{_ORG})(?=\s*[.,;]|\s*$)"
)
_INSTITUTION = re.compile(
    rf"(?<![\w])(?P<org>{_ORG})(?:,\s+(?:for\s+its\s+part|meanwhile|however|in\s+turn|too)\s*,)?"
    r"\s+(?:on\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening))?\s+)?"
    rf"(?:(?:also|now|still|further|has|have|had)\s+)?(?P<verb>{_VERBS})\b"
)
_ACCORDING = re.compile(
    rf",?\s*(?i:according)\s+to\s+(?:(?:analysts|strategists|economists)\s+(?:at|from)\s+)?(?:{_DESCRIPTOR})?(?P<org>{_ORG})"
)
_AFTER_QUOTE_VERBS = (
    r"said|says|added|adds|wrote|writes|noted|notes|note|explained|argued|told|remarked|joked|"
    r"quipped|observed|commented|cautioned|warned|insisted|stressed|acknowledged|conceded|"
    r"predicted|suggested|continued|concluded|opined"
)
_QUOTE_THEN_SPEAKER = re.compile(
    rf"[”\"],?\s+(?:(?P<verb1>{_AFTER_QUOTE_VERBS})\s+(?P<who1>{_ORG})"
    rf"(?:\s+(?:analysts|strategists|economists|researchers))?"
    rf"|(?P<who2>{_ORG}|he|she|it|they)\s+(?:{_AFTER_QUOTE_VERBS}))\b"
)
# "Everbright Securities' Kenny Ng said", "Barclays' China technology analyst Jiong Shao":
# the firm's possessive before the person.
_FIRM_PERSON = re.compile(
    rf"(?<![\w])(?P<org>{_ORG})(?:'s|’s|'|’)\s+(?:(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?"
    rf"(?:analyst|strategist|economist|head|director|manager|trader|researcher))\s+)?"
    rf"(?P<name>{_NAME})\s*,?\s+(?:(?:also|has|had)\s+)?(?P<verb>{_VERBS})\b"
)
# Gates: a possessive followed, within a few words, by a capitalised first and last name.
_FIRM_PERSON_GATE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,4}[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý]")
_REPORT_WORDS = ("report", "note", "research", "analysis")
_RATED_WORDS = ("target", "rating", "recommendation", "fair value")
# "according to Jiong Shao, Barclays' China technology analyst": a person as the source.
_ACCORDING_PERSON = re.compile(
    rf"(?i:according)\s+to\s+(?P<name>{_NAME}),\s+(?:(?:a|an|the)\s+)?(?:(?P<org>{_ORG})"
    rf"(?:'s|’s|'|’)\s+)?(?P<role>[^,;“”\"]{{0,60}}?\b(?i:{_ROLE_WORDS}))\b"
    rf"(?:[^,;“”\"]{{0,40}}?\s(?:at|of|with)\s+(?:the\s+)?(?P<org2>{_ORG}))?"
)  # the firm may follow the role's last words: "head of technical research at Axis Securities"
_WARNING_VERB = re.compile(r"\b(?:warn|warns|warned|cautioned|cautions)\b")
# "China Renaissance's research report wrote", "In its note, Nomura said": a firm's research.
_FIRM_REPORT = re.compile(
    rf"(?<![\w])(?P<org>{_ORG})(?:'s|’s)\s+(?:latest\s+|new\s+|recent\s+)?(?:research\s+)?"
    r"(?:report|note|research|analysis)\s+(?:said|says|wrote|noted|notes|argued|showed|shows)\b"
)
# "The target price was raised 8.2% to $7.95 by Bell Potter": a rating change, passive.
_RATED_BY = re.compile(
    rf"\b(?:target|rating|recommendation|price\s+target|target\s+price|fair\s+value)\b[^.;]{{0,40}}?"
    rf"\b(?:was|were|has\s+been|have\s+been|is)\s+(?:raised|lifted|increased|cut|lowered|"
    rf"trimmed|reduced|upgraded|downgraded|reiterated|maintained)\b(?:[^.;]|\.\d){{0,60}}?\bby\s+"
    rf"(?:{_DESCRIPTOR})?(?P<org>{_ORG})"
)
_PRONOUN = re.compile(
    r",\s+(?P<who>he|she|it|they)\s+(?:said|says|added|adds|wrote|writes|noted|argued|explained)\b"
)
_UNNAMED = re.compile(
    r"(?<![\w])(?:(?:Several|Some|Many|Most|Other|Market|Industry|Other)\s+)?(?:[Aa]nalysts|[Ss]trategists|[Ee]conomists|[Mm]arket watchers|[Oo]bservers|[Ee]xperts|[Bb]rokers)\s+(?:have\s+|had\s+)?(?:said|say|says|noted|note|believe|suggest|expect|think|warned|warn|reckon|predict|see|point out|pointed out|cautioned)\b"
)
_QUOTED = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")

_NOT_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "the",
        "this",
        "that",
        "these",
        "those",
        "shares",
        "stocks",
        "analysts",
        "however",
        "meanwhile",
        "in",
        "on",
        "at",
        "for",
        "and",
        "but",
        "chinese",
        "china",
        "us",
        "u.s.",
        "japan",
        "india",
        "european",
        "asian",
        "while",
        "with",
        "after",
        "before",
        "several",
        "some",
        "many",
        "most",
        "other",
        "others",
        "few",
        "market",
        "industry",
        "wall",
        "street",
    ]
)
# "Asymmetric Advisors", "Union Bancaire Privée", "Pictet Asset Management": a name whose
# last word says it is a research or advisory firm is an institution even if no list has it.
_SUFFIXED_ORG = re.compile(
    r"(?<![\w])(?:[A-Z][\w&.'’-]*\s+){1,3}(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon.INSTITUTION_ENDINGS)
    + r")(?![\w])"
)
# The first word of every ending: a match of _SUFFIXED_ORG holds one right after whitespace.
_ENDING_HEADS = ahocorasick_rs.AhoCorasick(
    sorted({w.split()[0] for w in lexicon.INSTITUTION_ENDINGS}),
    implementation=ahocorasick_rs.Implementation.DFA,
)


def _suffixed_orgs(text: str) -> list[re.Match[str]]:
    """What ``_SUFFIXED_ORG.finditer(text)`` yields, tried only a few words before an ending.

    A match is one to three capitalised words, whitespace, then an ending, so it starts inside
    the three whitespace-separated chunks before the ending's first word: scanning the whole
    text would try every capital letter of the article.
    """
    out: list[re.Match[str]] = []
    pos = 0
    heads = sorted({head for _, head, _ in _ENDING_HEADS.find_matches_as_indexes(text, True)})
    for head in heads:
        if head < pos:
            continue
        k = head
        for _ in range(3):
            if k == 0 or not text[k - 1].isspace():
                break
            while k > 0 and text[k - 1].isspace():
                k -= 1
            while k > 0 and not text[k - 1].isspace():
                k -= 1
        for start in range(max(pos, k), head):
            m = _SUFFIXED_ORG.match(text, start)
            if m is not None:
                out.append(m)
                pos = m.end()
                break
    return out


# Cheap substring gates: a construction's pattern runs only where its key words occur.
_ROLE_HINTS = tuple(
    {r.split()[-1][:6] for r in lexicon.VIEW_ROLES + lexicon.EXECUTIVE_ROLES if len(r) > 3}
    | {"ceo", "cfo", "cio", "coo", "cto"}
)
_TEAM_HINTS = (
    "analyst",
    "strategist",
    "economist",
    "researcher",
    "manager",
    "trader",
    "watcher",
    "observer",
    "expert",
    "broker",
)
_ROLE_HINT = re.compile("|".join(map(re.escape, _ROLE_HINTS)))
_TEAM_HINT = re.compile("|".join(map(re.escape, _TEAM_HINTS)))


def _has_hint(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``spans`` lies inside ``[start, end)``."""
    i = bisect_left(spans, (start, -1))
    while i < len(spans) and spans[i][0] < end:
        if spans[i][1] <= end:
            return True
        i += 1
    return False


# Literal gates, each a necessary part of its pattern's match: a sentence without it cannot
# match, so the costly pattern is skipped there (the title-first pattern tries every capital).
_TITLE_WORDS = (
    r"analyst|strategist|economist|manager|trader|officer|executive|ceo|cfo|president|"
    r"chairman|chairwoman|chair|founder|spokesperson|spokesman|spokeswoman|governor|minister|"
    r"secretary|commissioner"
)
_TITLE_GATE = re.compile(rf"(?i:{_TITLE_WORDS})\s+[A-ZÀ-Ý]")  # exact, but slow
_TITLE_GATE_LOW = re.compile(rf"(?:{_TITLE_WORDS})\s+")  # over ASCII lower-cased text
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "".join(map(chr, range(0xC0, 0xDE))))
# The only letters that case-insensitive matching equates with ASCII letters, or that change
# length when lower-cased: where one occurs, the exact gate runs instead.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
# The role and team hints and the title words found once per article (one automaton pass
# over all three sets), then looked up per sentence. A DFA: small sets, scanned about three
# times faster than by the default NFA.
_HINT_WORDS = sorted(set(_ROLE_HINTS) | set(_TEAM_HINTS) | set(_TITLE_WORDS.split("|")))
_HINT_KINDS = [
    (w in _ROLE_HINTS, w in _TEAM_HINTS, w in _TITLE_WORDS.split("|")) for w in _HINT_WORDS
]
_HINT_AUTOMATON = ahocorasick_rs.AhoCorasick(
    _HINT_WORDS, implementation=ahocorasick_rs.Implementation.DFA
)


class _Hints(NamedTuple):
    """Where an article's hints are: sorted spans of role and team hints, and the sorted
    starts of title words followed by whitespace and a capital (with that capital's offset)."""

    role: list[tuple[int, int]]
    team: list[tuple[int, int]]
    titles: list[tuple[int, int]]


def _hint_spans(text: str, low: str) -> _Hints:
    """The hints of ``text``, found in its same-length lower-casing ``low``.

    A title word counts where ``_TITLE_GATE_LOW`` then a capital would find it: any
    occurrence, since two title words that overlap end at the same whitespace or not at all.
    """
    role: list[tuple[int, int]] = []
    team: list[tuple[int, int]] = []
    titles: list[tuple[int, int]] = []
    kinds = _HINT_KINDS
    n = len(low)
    for index, s, e in _HINT_AUTOMATON.find_matches_as_indexes(low, overlapping=True):
        is_role, is_team, is_title = kinds[index]
        if is_role:
            role.append((s, e))
        if is_team:
            team.append((s, e))
        if is_title and e < n and low[e].isspace():
            k = e + 1
            while k < n and low[k].isspace():
                k += 1
            if k < n and text[k] in _CAPITALS:
                titles.append((s, k))
    role.sort()
    team.sort()
    titles.sort()
    return _Hints(role, team, titles)


_TEAM_GATE = re.compile(r"analysts|strategists|economists|researchers|research team|analyst team")
_TEAM_AT_GATE = re.compile(
    r"(?:[Aa]nalysts|[Ss]trategists|[Ee]conomists|[Rr]esearchers)\s+(?:at|from|with)\s"
)
_UNNAMED_GATE = re.compile(
    r"analysts|strategists|economists|market watchers|observers|experts|brokers"
)
# The appositives' punctuation: after the name's comma, a title (none of ,;“”") and then
# " at <Firm>" or a second comma and the firm's capital. Both open on a literal comma, so
# they skip at C speed where the appositive patterns would try every capital letter.
_APPOSITIVE_GATE = re.compile(r",\s+[^,;“”\"]*?\s(?:at|of|with|from)\s")
_APPOSITIVE_COMMA_GATE = re.compile(r",\s+[^,;“”\"]+,\s+[A-Z]")
_TRIGGER = Keywords((*lexicon.SPEECH_VERBS, *lexicon.FACT_VERBS, "according"))
_TITLE_PREFIX = re.compile(
    r"(?:(?:Chief|Executive|Officer|Financial|Operating|Investment|Senior|Deputy|Vice|President|"
    r"Chairman|Chairwoman|Founder|CEO|CFO|CIO|Analyst|Strategist|Economist|Head|Managing|Director|"
    r"Minister|Governor|Spokesperson|Spokesman|Spokeswoman)\s+)+"
)
_INSTITUTION_NAMES = Keywords(lexicon.INSTITUTIONS)
# "HSBC said its profit rose", "UBS said it would cut jobs": a bank's own news, not a view.
_OWN_NEWS = re.compile(
    r"\s+(?:that\s+)?(?:its\b|it\s+(?:had|has|have|would|will|was|is|plans|planned|agreed|reported|posted|made|"
    r"completed|expects\s+to\s+(?:complete|close|cut|hire|pay))\b)",
    re.I,
)
_RATING_WORDS = frozenset(
    [
        "upgraded",
        "downgraded",
        "upgrades",
        "downgrades",
        "initiated",
        "reiterated",
        "rated",
        "target",
        "overweight",
        "underweight",
        "outperform",
        "underperform",
        "neutral",
        "buy",
        "sell",
        "hold",
    ]
)
_PRONOUNS = frozenset({"he", "she", "it", "they"})
_SPEECH_WORDS = frozenset(v for v in lexicon.SPEECH_VERBS if " " not in v)
_RATING_VERB_END = re.compile(
    r"\b(?:upgraded|downgraded|raised|lowered|cut|trimmed|initiated|reiterated|maintained|"
    r"rated|recommended|upgrades|downgrades|raises|lowers|cuts)\s*$",
    re.I,
)
# "said in a note", "wrote in a research report": a bank speaking through its research.
_IN_A_NOTE = re.compile(
    r"\b(?:said|says|wrote|writes|noted|added|argued|warned)\s+in\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:note|report|commentary|research|briefing|email|presentation)\b",
    re.I,
)
_VIEW_ROLE_SET = frozenset(lexicon.VIEW_ROLES)
_EXEC_ROLE_SET = frozenset(lexicon.EXECUTIVE_ROLES)
_DESCRIPTOR_PREFIX = re.compile(r"^(?:" + _DESCRIPTOR + r")")
# "Mumbai-based Asymmetric Advisors": the place is not part of the name.
_BASED_PREFIX = re.compile(r"^(?:[A-Z][\w.]*\s)?[A-Z][\w.]*-based\s+")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a sentence's view belongs to, and where the attribution itself sits."""

    span: Span
    speaker: str | None
    organization: str | None
    role: str | None
    unnamed: bool = False
    fact: bool = False
    rank: int = 0  # higher is more specific
    continued: bool = False  # "he said", "said Wu": the view of someone already quoted


# Names that a firm pattern may catch but that hold no view: media and data vendors.
_NOT_FIRMS = lexicon.MEDIA - {"bloomberg intelligence"} | lexicon.DATA_PROVIDERS


def _clean_org(org: str | None) -> str | None:
    if not org:
        return None
    org = _DESCRIPTOR_PREFIX.sub("", org.strip())
    org = _BASED_PREFIX.sub("", org)
    if org.lower() not in lexicon.INSTITUTIONS:
        org = re.sub(r"(?:'s|’s)$", "", org)
    org = org.strip(" .,")
    words = org.split()
    while words and words[-1].lower() in {"said", "says", "analyst", "analysts", "on", "in"}:
        words.pop()
    return " ".join(words) or None


def _is_name(name: str) -> bool:
    first = name.split()[0].lower()
    low = name.lower()
    return (
        first not in _NOT_NAMES
        and low not in lexicon.INSTITUTIONS
        and low not in lexicon.MEDIA
        and not low.startswith(("hong kong", "new york", "wall street"))
    )


@lru_cache(maxsize=512)
def _role_kind(role: str | None) -> str:
    if not role:
        return ""
    words = role.lower()
    for r in sorted(lexicon.VIEW_ROLES, key=len, reverse=True):
        if re.search(rf"\b{re.escape(r)}\b", words):
            if r in ("director", "managing director", "head", "founder", "partner") and any(
                re.search(rf"\b{re.escape(e)}\b", words) for e in _EXEC_ROLE_SET
            ):
                return "executive"
            return "view"
    return "executive"


def _acts_not_speaks(text: str, at: int, end: int, role: str) -> bool:
    """ "President Donald Trump announced 25% tariffs": an official acting, not a view.

    True when the verb after a titled name reports a fact, or when an executive or official
    (not an analyst) is followed by no verb of speech at all.
    """
    words = [w.lower() for w in _WORD.findall(text[at : min(end, at + 60)])[:4]]
    if words and words[0] in lexicon.FACT_VERBS:
        return True
    if _role_kind(role) == "view":
        return False
    return not any(w in _SPEECH_WORDS for w in words)


def _role_head(role: str) -> str:
    """The title without its qualifiers: "an investment manager for Chinese equities" keeps them."""
    return re.sub(r"^(?:a|an|the)\s+", "", role.strip(), flags=re.I)


class _Finder:
    """Per-article state: persons named so far, the last speaker."""

    def __init__(self, text: str, institutions: frozenset[str]) -> None:
        self.text = text
        self.institutions = institutions
        self.persons: dict[str, Attribution] = {}
        folded = fold(text)
        starts = [start for _, start, _ in _INSTITUTION_NAMES.find(folded)]
        for name in institutions:
            at = folded.find(name)
            while at >= 0:
                starts.append(at)
                at = folded.find(name, at + 1)
        self.suffixed = set()
        for m in _suffixed_orgs(text):
            words = m.group().split()
            while words and words[0].lower() in _NOT_NAMES:
                words.pop(0)
            if len(words) >= 2:
                self.suffixed.add(" ".join(words).lower())
                starts.append(m.start())
        self.institution_starts = sorted(starts)
        # Lower-cased once for the per-sentence hint gates; a text whose lower-casing changes
        # its length (a rare dotted capital I) keeps the per-sentence way.
        low = text.lower()
        self.low = low if len(low) == len(text) else None
        self.titles: list[tuple[int, int]] | None = None
        if self.low is not None:
            hints = _hint_spans(text, low)
            self.role_hints, self.team_hints = hints.role, hints.team
            # an odd letter anywhere: every sentence takes the exact title gate
            odd = not text.isascii() and _ODD_CASE.search(text) is not None
            self.titles = None if odd else hints.titles

    def of_org(self, start: int, end: int) -> bool:
        """Whether "<Name> of <Firm> <said>" can occur in ``[start, end)``: a cheap gate."""
        for m in _OF_FIRM_SAID.finditer(self.text, start, end):
            if m.group("verb").lower() in _SPEECH_WORDS:
                return True
        return False

    def named_here(self, start: int, end: int) -> bool:
        """Whether an institution's name occurs in ``[start, end)`` (a gate for costly patterns)."""
        i = bisect_left(self.institution_starts, start)
        return i < len(self.institution_starts) and self.institution_starts[i] < end

    def is_institution(self, org: str | None) -> bool:
        if not org:
            return False
        low = org.lower()
        if low in lexicon.MEDIA or low in lexicon.DATA_PROVIDERS:
            return False
        words = low.split()
        return (
            low in lexicon.INSTITUTIONS
            # "JPMorgan Cazenove", "UOB Kay Hian": a known house's full name
            or (words[0] in lexicon.INSTITUTIONS and len(words) <= 3 and words[0] not in _NOT_NAMES)
            or low in self.institutions
            or low in self.suffixed
            or (
                low.split()[0] in lexicon.INSTITUTIONS
                and low.split()[-1]
                in {
                    "securities",
                    "research",
                    "capital",
                    "markets",
                    "bank",
                    "group",
                    "international",
                    "investments",
                    "asia",
                    "india",
                    "japan",
                }
            )
        )

    def attributions(self, sentence: Sentence, last: Attribution | None) -> list[Attribution]:
        text, start, end = self.text, sentence.start, sentence.end
        found: list[Attribution] = []
        segment = text[start:end]
        if self.low is not None:
            low = self.low[start:end]
            has_role = _has_hint(self.role_hints, start, end)
            has_team = _has_hint(self.team_hints, start, end)
        else:
            low = segment.lower()
            has_role = _ROLE_HINT.search(low) is not None
            has_team = _TEAM_HINT.search(low) is not None
        has_quote = '"' in low or "”" in low
        has_comma = "," in segment
        appositive = has_role and has_comma and _APPOSITIVE_GATE.search(text, start, end)
        for m in _APPOSITIVE.finditer(text, start, end) if appositive else ():
            name = m.group("name")
            if not _is_name(name):
                continue
            role = _role_head(m.group("role"))
            org = _clean_org(m.group("org"))
            at = _LATER_AT.match(text, m.end("org"), end)
            if at and m.group(0)[m.start("org") - m.start() - 4 : m.start("org") - m.start()] in (
                " of ",
                "the ",
            ):
                # "head of European pharma research at Barclays": the firm follows "at"
                role = _role_head(text[m.start("role") : at.start("org")].rstrip())
                role = re.sub(r"\s+at(?:\s+the)?$", "", role)
                org = _clean_org(at.group("org"))
            after = text[m.end() : m.end() + 80].lower()
            comma = after.find(", ")
            verb = _WORD.findall(after[comma + 2 :] if 0 <= comma < 50 else after)[:1]
            fact = bool(verb and verb[0] in lexicon.FACT_VERBS)
            a = Attribution(Span(m.start(), m.end()), name, org, role, fact=fact, rank=5)
            self.persons[name] = a
            found.append(a)
        possessive = has_role and has_comma and ("'s" in segment or "’s" in segment)
        for m in _APPOSITIVE_POSSESSIVE.finditer(text, start, end) if possessive else ():
            name = m.group("name")
            if not _is_name(name):
                continue
            after = _WORD.findall(text[m.end() : m.end() + 30].lower())[:1]
            fact = bool(after and after[0] in lexicon.FACT_VERBS)
            org = _clean_org(m.group("org"))
            a = Attribution(
                Span(m.start(), m.end()), name, org, m.group("role").strip(), fact=fact, rank=5
            )
            self.persons[name] = a
            found.append(a)
        if self.titles is not None:
            titled = has_role and _has_title(self.titles, start, end)
        else:
            titled = has_role and _titled(segment, low)
        for m in _TITLE_FIRST.finditer(text, start, end) if titled else ():
            name = m.group("name")
            if not _is_name(name):
                continue
            org = m.group("org")
            if org and (org.split()[0].lower() in _NOT_NAMES or len(org.split()) > 3):
                org = " ".join(w for w in org.split() if w.lower() not in _NOT_NAMES) or None
            org = _clean_org(m.group("org2") or org)
            role = m.group("role").lower()
            a = Attribution(
                Span(m.start(), m.end()),
                name,
                org,
                role,
                fact=_acts_not_speaks(text, m.end(), end, role),
                rank=5,
            )
            self.persons[name] = a
            found.append(a)
        team = has_team and _TEAM_GATE.search(segment) is not None
        for m in _TEAM.finditer(text, start, end) if team else ():
            words = (_clean_org(m.group("org")) or "").split()
            while words and words[0].lower() in _NOT_NAMES:
                words.pop(0)
            org = _clean_org(" ".join(words))
            if not org or org.lower() in lexicon.MEDIA:
                continue
            lead = m.group("lead")
            found.append(
                Attribution(
                    Span(m.start(), m.end()),
                    lead,
                    org,
                    m.group("role").lower(),
                    rank=5 if lead else 4,
                )
            )
            if lead:
                self.persons[lead] = found[-1]
        team_at = has_team and _TEAM_AT_GATE.search(segment) is not None
        for m in _TEAM_AT.finditer(text, start, end) if team_at else ():
            org = _clean_org(m.group("org"))
            if org and org.lower() not in lexicon.MEDIA:
                lead = m.group("lead")
                found.append(
                    Attribution(
                        Span(m.start(), m.end()),
                        lead,
                        org,
                        m.group("role").lower(),
                        rank=5 if lead else 4,
                    )
                )
                if lead:
                    self.persons[lead] = found[-1]
        two_commas = (
            has_role
            and segment.count(",") >= 2
            and _APPOSITIVE_COMMA_GATE.search(text, start, end) is not None
        )
        for m in _APPOSITIVE_COMMA.finditer(text, start, end) if two_commas else ():
            name = m.group("name")
            org = _clean_org(m.group("org"))
            if not _is_name(name) or not org or org.split()[0].lower() in _NOT_NAMES:
                continue
            a = Attribution(
                Span(m.start(), m.end()), name, org, _role_head(m.group("role")), rank=5
            )
            self.persons[name] = a
            found.append(a)
        for m in _NAME_OF_ORG.finditer(text, start, end) if self.of_org(start, end) else ():
            name, org = m.group("name"), _clean_org(m.group("org"))
            if not _is_name(name) or not org or org.lower() in lexicon.MEDIA:
                continue
            if org.split()[0].lower() in _NOT_NAMES:
                continue
            a = Attribution(Span(m.start(), m.end("org")), name, org, None, rank=4)
            self.persons[name] = a
            found.append(a)
        for m in _WHO_HEADS.finditer(text, start, end) if ", who " in low else ():
            name, org = m.group("name"), _clean_org(m.group("org"))
            if not _is_name(name) or not org:
                continue
            role = "head of " + re.sub(r"\s+", " ", m.group("role")).strip()
            a = Attribution(Span(m.start(), m.end()), name, org, role, rank=5)
            self.persons[name] = a
            found.append(a)
        apostrophe = ("'" in segment or "’" in segment) and _FIRM_PERSON_GATE.search(segment)
        for m in _FIRM_PERSON.finditer(text, start, end) if apostrophe else ():
            name, org = m.group("name"), _clean_org(m.group("org"))
            if not _is_name(name) or not org or org.split()[0].lower() in _NOT_NAMES:
                continue
            if name.split()[0].lower() in {"chief", "senior", "head", "market", "equity"}:
                continue
            role = (m.group("role") or "").strip().lower() or None
            a = Attribution(Span(m.start(), m.end("name")), name, org, role, rank=5)
            self.persons[name] = a
            found.append(a)
        reported = ("'s" in segment or "’s" in segment) and any(w in low for w in _REPORT_WORDS)
        for m in _FIRM_REPORT.finditer(text, start, end) if reported else ():
            org = _clean_org(m.group("org"))
            if org and org.lower() not in _NOT_NAMES and org.lower() not in _NOT_FIRMS:
                found.append(Attribution(Span(m.start(), m.end()), None, org, "research", rank=4))
        for m in _ACCORDING_PERSON.finditer(text, start, end) if "according" in low else ():
            name = m.group("name")
            if not _is_name(name):
                continue
            org = _clean_org(m.group("org2") or m.group("org"))
            a = Attribution(
                Span(m.start(), m.end()), name, org, _role_head(m.group("role")), rank=5
            )
            self.persons[name] = a
            found.append(a)
        rated = " by " in segment and any(w in low for w in _RATED_WORDS)
        for m in _RATED_BY.finditer(text, start, end) if rated else ():
            org = _clean_org(m.group("org"))
            if org and org.split()[0].lower() not in _NOT_NAMES and org.lower() not in _NOT_FIRMS:
                found.append(
                    Attribution(Span(m.start("org"), m.end("org")), None, org, "rating", rank=3)
                )
        for m in _INSTITUTION.finditer(text, start, end) if self.named_here(start, end) else ():
            words = (_clean_org(m.group("org")) or "").split()
            org = next(
                (
                    " ".join(words[k:])
                    for k in range(len(words))
                    if self.is_institution(" ".join(words[k:]))
                ),
                "",
            )
            if org:
                s = m.start() + m.group("org").rfind(org) if org in m.group("org") else m.start()
                verb = m.group("verb").lower()
                own = verb in lexicon.FACT_VERBS or (
                    verb in ("said", "says", "told", "added", "noted")
                    and bool(_OWN_NEWS.match(text, m.end(), min(end, m.end() + 40)))
                )
                closing = max(text.rfind("”", start, s), text.rfind('"', start, s))
                named = _named_before_role(text, closing + 1, s) if closing >= 0 else None
                if named is not None:  # "the senior strategist at U.S. Bank told CNBC"
                    found.append(Attribution(Span(s, m.end()), named[0], org, named[1], rank=4))
                    continue
                found.append(
                    Attribution(
                        Span(s, m.start() + len(m.group("org"))), None, org, None, fact=own, rank=3
                    )
                )
        for m in _ACCORDING.finditer(text, start, end) if "according" in low else ():
            org = _clean_org(m.group("org"))
            if org and org in self.persons:
                found.append(self.persons[org])
            elif org and self.is_institution(org):
                # "according to Morgan Stanley, Chinese stocks remain under-owned" is its view;
                # "according to LSEG data" only sources a figure
                data = _SOURCED_FIGURES.match(text, m.end(), end) is not None
                role = None if data else "research"
                found.append(Attribution(Span(m.start(), m.end()), None, org, role, rank=3))
        for m in _QUOTE_THEN_SPEAKER.finditer(text, start, end) if has_quote else ():
            who = (m.group("who1") or m.group("who2") or "").strip()
            resolved = self.resolve(who, last)
            if resolved is not None and resolved.speaker is None:
                at = m.start("who1") if m.group("who1") else m.start("who2")
                named = _named_before_role(text, m.start(), at)
                if named is not None:
                    # '"...," the senior strategist at U.S. Bank told CNBC', after a sentence
                    # that named him ("Tom Hainlin believes ..."): his view
                    name, role = named
                    resolved = Attribution(resolved.span, name, resolved.organization, role, rank=4)
            if resolved is not None:
                found.append(
                    Attribution(
                        Span(m.start() + 1, m.end()),
                        resolved.speaker,
                        resolved.organization,
                        resolved.role,
                        rank=resolved.rank,
                        fact=resolved.fact,
                        continued=resolved.span != Span(0, 0),
                    )
                )
        if not found:
            for m in _PRONOUN.finditer(text, start, end):
                resolved = self.resolve(m.group("who"), last)
                if resolved is not None:
                    found.append(
                        Attribution(
                            Span(m.start(), m.end()),
                            resolved.speaker,
                            resolved.organization,
                            resolved.role,
                            rank=resolved.rank,
                            fact=resolved.fact,
                            continued=True,
                        )
                    )
        unnamed = has_team and _UNNAMED_GATE.search(low) is not None
        for m in _UNNAMED.finditer(text, start, end) if unnamed else ():
            found.append(
                Attribution(Span(m.start(), m.end()), None, None, "analysts", unnamed=True, rank=1)
            )
        return _best_per_region(found)

    def resolve(self, who: str, last: Attribution | None) -> Attribution | None:
        low = who.lower()
        if low in _PRONOUNS:
            if last is None or last.unnamed:
                return None
            if low == "it" and last.speaker:
                return None
            return last
        for name, a in reversed(self.persons.items()):
            if who == name or who == name.split()[-1]:
                return a
        if self.is_institution(who):
            return Attribution(Span(0, 0), None, who, None, rank=3)
        person, of, firm = who.partition(" of ")
        if of and _is_name(person) and len(person.split()) >= 2 and firm:
            # '"...," said Kazuo Kamitani of Nomura Securities'
            return Attribution(Span(0, 0), person, _clean_org(firm), None, rank=4)
        titled = _TITLE_PREFIX.match(who)
        role = None
        if titled:
            role = titled.group().strip().lower()
            who = who[titled.end() :]
        if _is_name(who) and len(who.split()) >= 2 and low not in lexicon.MEDIA:
            return Attribution(Span(0, 0), who, None, role, rank=2)
        return None


_ROLE_BEFORE_ORG = re.compile(
    r"\bthe\s+(?P<role>(?:[a-z][\w-]*\s+){0,4}(?:strategist|analyst|economist|officer|"
    r"manager|director|head|chief|partner|president|founder|trader|adviser|advisor|executive))"
    r"\s+(?:at|of|with|for)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+)*$"
)
_PERSON_THEN_VIEW = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+(?:-[A-Z][a-z]+)?)\s+"
    r"(?:believes|thinks|expects|argues|says|said|notes|noted|warns|warned|sees|wrote|writes|"
    r"added|told|cautioned|predicts)\b"
)


def _named_before_role(text: str, quote_end: int, org_start: int) -> tuple[str, str] | None:
    """The person a role after a quote ("the senior strategist at X told CNBC") refers back
    to: the last one named with a view in the few hundred characters before the quote."""
    role = _ROLE_BEFORE_ORG.search(text, max(0, org_start - 90), org_start)
    if role is None:
        return None
    opening = max(text.rfind("“", 0, quote_end - 1), text.rfind('"', 0, quote_end - 1))
    if opening < 0:
        return None
    people = list(_PERSON_THEN_VIEW.finditer(text, max(0, opening - 400), opening))
    if not people or not _is_name(people[-1].group("name")):
        return None
    return people[-1].group("name"), re.sub(r"\s+", " ", role.group("role"))


def _titled(segment: str, low: str) -> bool:
    """Whether a title word followed by a capital occurs: the gate of the title-first pattern."""
    if not segment.isascii() and _ODD_CASE.search(segment):
        return _TITLE_GATE.search(segment) is not None
    return any(segment[m.end() : m.end() + 1] in _CAPITALS for m in _TITLE_GATE_LOW.finditer(low))


def _has_title(titles: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a title word starts in ``[start, end)`` with its capital before ``end``."""
    i = bisect_left(titles, (start, -1))
    while i < len(titles) and titles[i][0] < end:
        if titles[i][1] < end:
            return True
        i += 1
    return False


def _best_per_region(found: list[Attribution]) -> list[Attribution]:
    found.sort(key=lambda a: (-a.rank, a.span.start))
    out: list[Attribution] = []
    for a in found:
        if any(a.span.start < b.span.end and b.span.start < a.span.end for b in out):
            continue
        if any(_key(a) == _key(b) for b in out):
            continue
        out.append(a)
    return sorted(out, key=lambda a: a.span.start)


def _key(a: Attribution) -> str:
    if a.speaker:
        return "p:" + a.speaker.split()[-1].lower()
    if a.organization:
        return "o:" + a.organization.lower()
    return "unnamed"


def _stance(score: float) -> Stance:
    if score > 0.5:
        return "positive"
    if score < -0.5:
        return "negative"
    return "neutral"


def _is_view(text: str, sentence: Sentence, a: Attribution, score: float) -> bool:
    if a.unnamed:
        return True
    if a.speaker and _role_kind(a.role) == "view":
        return True
    if a.speaker and not a.role and (a.organization or "").lower() in lexicon.INSTITUTIONS:
        return not a.fact  # "Kazuo Kamitani of Nomura Securities said ..."
    if a.fact:
        return False
    if a.continued:
        return True
    if _IN_A_NOTE.search(text, a.span.start, min(sentence.end, a.span.end + 60)):
        return True
    if a.speaker is None and a.role:
        return True  # a research team always gives a view
    words = {w.lower() for w in _WORD.findall(text[sentence.start : sentence.end])}
    if a.speaker is None:
        # a bank speaking alone may be reporting its results
        return bool(words & _RATING_WORDS) or bool(words & lexicon.OPINION_WORDS) or abs(score) >= 2
    return bool(words & lexicon.OPINION_WORDS) or abs(score) >= 2


def find_quotes(
    text: str,
    body_start: int,
    mentions: Sequence[Mention] = (),
) -> tuple[Quote, ...]:
    """Every attributed view in the article body, with speaker, institution and stance."""
    sentences = split_sentences(text, body_start)
    institutions = frozenset(
        text[m.span.start : m.span.end].lower() for m in mentions if m.role == "source"
    )
    finder: _Finder | None = None  # built at the first sentence that may hold a view
    raw: list[tuple[int, Attribution, Span, tuple[tuple[int, int], ...]]] = []
    last: Attribution | None = None
    last_index = -10
    triggered = sorted(
        {
            sentence_index(sentences, start)
            for _, start, _ in _TRIGGER.find(fold(text))
            if start >= body_start
        }
    )
    trigger_set = frozenset(triggered)
    for index in triggered:
        sentence = sentences[index]
        if sentence.headline:
            continue
        if finder is None:
            finder = _Finder(text, institutions)
        previous = last if index - last_index <= 2 else None
        found = finder.attributions(sentence, previous)
        for k, a in enumerate(found):
            head = _own_head(text, sentence, found[k - 1] if k else None, a)
            tail_end = _own_tail_end(text, sentence, found[k + 1] if k + 1 < len(found) else None)
            view_start = _view_start(text, a.span)
            ranges: list[tuple[int, int]] = []
            if head < a.span.start:
                ranges.append((head, a.span.start))
            ranges.append((view_start, tail_end))
            score = sum(polarity(text, r0, r1)[0] for r0, r1 in ranges)
            if not _is_view(text, sentence, a, score):
                continue
            first = index
            opening = _opening_quote(text, sentence, a)
            if opening is not None:
                first = sentence_index(sentences, opening)
                while first < index and sentences[first].end <= opening:
                    first += 1
                ranges[:0] = [(sentences[j].start, sentences[j].end) for j in range(first, index)]
            stop = index
            if not a.unnamed and a.span.start > sentence.start and k + 1 == len(found):
                # '"The rally lacks conviction," said Chen. "Gains could fade quickly."'
                while (
                    stop + 1 < len(sentences)
                    and stop + 1 not in trigger_set
                    and sentences[stop + 1].paragraph == sentence.paragraph
                    and text[sentences[stop + 1].start] in '“"'
                ):
                    stop += 1
                    ranges.append((sentences[stop].start, sentences[stop].end))
            evidence = Span(sentences[first].start, sentences[stop].end)
            raw.append((first, a, evidence, tuple(ranges)))
            if not a.unnamed:
                last, last_index = a, index
    return _one_per_house(_merge(text, raw, mentions))


# "..., while Berenberg said": the clause before the conjunction is someone else's.
_JOINED = re.compile(
    r"(?:^|[,;:—–]\s*|\s)(?:while|whilst|whereas|but|although|though|and|yet|however)\s*,?\s*$",
    re.I,
)


def _own_head(text: str, sentence: Sentence, before: Attribution | None, a: Attribution) -> int:
    """Where the words before an attribution that belong to its view start.

    '"Valuations look stretched," said Wu': the quotation before the speaker is the view. In
    "Shares fell 5%, while Berenberg said the selloff was overdone" the clause before "while"
    reports the move, not Berenberg's view; after another speaker only a quotation counts.
    """
    if before is None:
        head = sentence.start
        if _JOINED.search(text, head, a.span.start):
            return a.span.start
        return head
    close = a.span.start - 1
    while close > before.span.end and text[close] in " ,":
        close -= 1
    if text[close] in '”"':
        opening = max(
            text.rfind("“", before.span.end, close), text.rfind('"', before.span.end, close)
        )
        if opening >= 0:
            return opening
    return a.span.start


def _own_tail_end(text: str, sentence: Sentence, after: Attribution | None) -> int:
    """Where an attribution's view stops: the sentence end, or the next speaker's words."""
    if after is None:
        return sentence.end
    close = after.span.start - 1
    while close > sentence.start and text[close] in " ,":
        close -= 1
    if text[close] in '”"':
        opening = max(
            text.rfind("“", sentence.start, close), text.rfind('"', sentence.start, close)
        )
        if opening >= 0:
            return opening
    return after.span.start


def _view_start(text: str, span: Span) -> int:
    """Where the view's own words start after an attribution.

    An attribution that ends in a rating verb ("Citi analysts cut", "Nomura upgraded") keeps
    the verb in the view: "cut their target price" is the stance, not part of the speaker.
    """
    verb = _RATING_VERB_END.search(text, span.start, span.end)
    return verb.start() if verb else span.end


def _opening_quote(text: str, sentence: Sentence, a: Attribution) -> int | None:
    """Where the quotation closed just before the attribution opened, if it began earlier."""
    close = a.span.start - 1
    while close > sentence.start and text[close] in " ,":
        close -= 1
    if text[close] not in '”"':
        return None
    if text[close] == "”":
        opening = text.rfind("“", max(0, close - 2000), close)
    else:
        opening = text.rfind('"', max(0, close - 2000), close)
    if opening < 0 or opening >= sentence.start:
        return None
    if text.count("\n\n", opening, close):
        return None
    return opening


def _merge(
    text: str,
    raw: list[tuple[int, Attribution, Span, tuple[tuple[int, int], ...]]],
    mentions: Sequence[Mention],
) -> tuple[Quote, ...]:
    groups: list[list[tuple[int, Attribution, Span, tuple[tuple[int, int], ...]]]] = []
    for item in raw:
        if groups:
            previous = groups[-1][-1]
            if (
                _key(previous[1]) == _key(item[1])
                and 0 <= item[0] - previous[0] <= 1
                and not item[1].unnamed
            ):
                groups[-1].append(item)
                continue
        groups.append([item])
    out = []
    for group in groups:
        first = group[0][1]
        best = max((g[1] for g in group), key=lambda a: a.rank)
        evidence = Span(group[0][2].start, group[-1][2].end)
        ranges = sorted({r for g in group for r in g[3]})
        score, cues = verdict(text, ranges)
        decisive, leaning = rating_stance(text, ranges)
        stance: Stance = decisive or _stance(score)
        if stance == "neutral" and leaning:
            stance = leaning
        quoted = _QUOTED.search(text, evidence.start, evidence.end)
        attribution_spans = [g[1].span for g in group]
        if stance == "neutral" and any(
            _WARNING_VERB.search(text, a.start, a.end) for a in attribution_spans
        ):
            # '"The rally is fragile," warned Emma Lee': a view the speaker warns of, whose
            # words weigh even, is a caution
            stance, cues = "negative", (*cues, "warned")
        about: list[str] = []
        for m in mentions:
            if not (evidence.start <= m.span.start and m.span.end <= evidence.end):
                continue
            if m.role == "source" or any(
                a.start <= m.span.start < a.end for a in attribution_spans
            ):
                continue
            if m.entity_id not in about:
                about.append(m.entity_id)
        out.append(
            Quote(
                evidence=evidence,
                stance=stance,
                speaker=best.speaker or first.speaker,
                organization=best.organization or first.organization,
                role=best.role or first.role,
                about=tuple(about),
                stance_cues=cues,
                quoted=Span(quoted.start(1), quoted.end(1)) if quoted else None,
                unnamed=first.unnamed,
            )
        )
    return tuple(out)


def quotes_for(record: ArticleRecord) -> tuple[Quote, ...]:
    """The quotes of one pipeline record."""
    return find_quotes(record.article.text, record.article.body_start, record.mentions)


def _one_per_house(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """One view per institution speaking without a person: "OCBC Investment Research
    maintained its call ... OCBC also opined that ..." is one house's view, told twice."""
    out: list[Quote] = []
    houses: list[str] = []
    for q in quotes:
        if q.speaker is None and q.organization:
            low = q.organization.lower()
            if any(_contains_name(low, h) or _contains_name(h, low) for h in houses):
                continue
            houses.append(low)
        out.append(q)
    return tuple(out)


def _contains_name(longer: str, shorter: str) -> bool:
    return longer == shorter or longer.startswith(shorter + " ")
