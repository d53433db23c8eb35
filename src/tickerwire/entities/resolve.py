"""Turn hits into entities: which issuer, which of its listings, and in what role.

Which listing is decided by the text, strongest signal first: a ticker notation next to
the name; a market word bound to it ("Hong Kong-listed SMIC", "SMIC's Shanghai-listed
shares", "Its Hong Kong-listed shares" for the last company named); a market or currency in
the rest of its sentence ("... rose 3% in Hong Kong", "HK$46.95"); the market the article is
about; otherwise the issuer's primary (home-market) listing.

Banks and brokers are often named only as the holder of an opinion ("HSBC analysts said",
"according to DBS"); unless something in the text makes them the subject (a notation,
"HSBC shares fell"), they get the role "source".
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from operator import attrgetter

from ahocorasick_rs import AhoCorasick

from tickerwire.entities.mentions import INDUSTRY_WORDS, Hit
from tickerwire.model import Entity, Mention, Span
from tickerwire.reference.exchanges import MIC_CURRENCY
from tickerwire.reference.indices import SECTOR_PREFIX, Index, load_families
from tickerwire.reference.securities import MIC_FAMILY, Listing, SecurityMaster

# Words that name a market, and the MIC family (or the MIC, for a single venue) they mean.
MARKET_WORDS: dict[str, str] = {
    "hong kong": "HK", "hk": "HK", "h": "HK", "shanghai": "XSHG", "shenzhen": "XSHE",
    "mainland": "CN", "a": "CN", "china": "CN", "u.s.": "US", "us": "US", "new york": "US",
    "nasdaq": "XNAS", "nyse": "XNYS", "wall street": "US", "american": "US", "tokyo": "JP",
    "japan": "JP", "london": "GB", "mumbai": "IN", "india": "IN", "seoul": "KR", "korea": "KR",
    "taipei": "TW", "taiwan": "TW", "sydney": "AU", "australia": "AU", "toronto": "CA",
    "canada": "CA", "frankfurt": "DE", "germany": "DE", "paris": "FR", "amsterdam": "NL",
    "singapore": "SG", "zurich": "CH", "star market": "XSHG",
}  # fmt: skip
_MARKET = (
    r"(?P<m>Hong Kong|HK|Shanghai|Shenzhen|mainland|U\.S\.|US|New York|Nasdaq|NYSE|Tokyo|"
    r"London|Mumbai|Seoul|Taipei|Sydney|Toronto|Frankfurt|Paris|Amsterdam|Singapore|Zurich|"
    r"STAR Market)"
)
CUE_BEFORE = re.compile(
    rf"{_MARKET}[- ](?:listed|traded)\s+(?:shares\s+(?:of|in)\s+|stock\s+of\s+)?(?:[\w.&-]+\s+){{0,4}}$"
    rf"|{_MARKET.replace('?P<m>', '?P<m4>')}\s+shares\s+of\s+(?:[\w.&-]+\s+){{0,3}}$"
)
CUE_AFTER = re.compile(
    rf"(?:'s|’s)?\s+(?:(?:{_MARKET}[- ](?:listed|traded)\s+)|(?:(?P<m2>Hong Kong|Shanghai|Shenzhen|"
    r"A|H|U\.S\.|US|Tokyo|London)[- ]shares)|(?P<m3>ADRs?|American depositary)|"
    # "BYD listed in China", "shares of Alibaba traded in Hong Kong"
    r"(?:listed|traded)\s+(?:in|on)\s+(?:the\s+)?(?P<m6>mainland China|China|Shanghai|Shenzhen|"
    r"Hong Kong|New York|Tokyo|London|Seoul|Taipei|Mumbai|Sydney|Toronto|Singapore)\b)"
)
COREF = re.compile(
    rf"\b(?:[Ii]ts|[Tt]he company's|[Tt]he company’s|[Tt]he firm's|[Tt]he firm’s|[Tt]he "
    rf"group's|[Tt]he group’s)\s+(?:{_MARKET}[- ](?:listed|traded)\s+(?:shares|stock|A-shares|"
    r"H-shares|ADRs)|(?P<m2>Hong Kong|Shanghai|Shenzhen|A|H)[- ]shares|(?P<m3>ADRs|ADSs|"
    r"American [Dd]epositary (?:[Rr]eceipts|[Ss]hares)))"
    # "the US-listed shares of the private lender": a description of the last company named
    rf"|\b[Tt]he\s+{_MARKET.replace('?P<m>', '?P<m5>')}[- ](?:listed|traded)\s+(?:shares|stock|ADRs)"
    r"\s+of\s+the\s+(?:[\w-]+\s+){0,2}(?:company|firm|group|lender|bank|insurer|carmaker|"
    r"automaker|chipmaker|maker|miner|retailer|giant|operator|developer|conglomerate)\b"
)
IN_MARKET = re.compile(
    r"\b(?:in|on the|on)\s+(?P<m>Hong Kong|Shanghai|Shenzhen|New York|Tokyo|London|Mumbai|"
    r"Seoul|Taipei|Sydney|Toronto|Frankfurt|Paris|Amsterdam|Singapore|Wall Street)\b"
)
CURRENCY = re.compile(
    r"(?P<hk>HK\$)|\b(?P<cn>yuan|RMB)\b|\b(?P<jp>yen)\b|(?P<in>\brupees?\b|\bRs\.?\s?\d)|(?P<gb>\bpence\b|£)"
)
_IN_MARKET_WORDS = (
    "Hong Kong", "Shanghai", "Shenzhen", "New York", "Tokyo", "London", "Mumbai", "Seoul",
    "Taipei", "Sydney", "Toronto", "Frankfurt", "Paris", "Amsterdam", "Singapore", "Wall Street",
)  # fmt: skip
_CURRENCY_WORDS = ("HK$", "yuan", "RMB", "yen", "rupee", "Rs", "pence", "£")
_CUE_WORDS = (*_IN_MARKET_WORDS, *_CURRENCY_WORDS)
_MOVE_STEMS = ("share", "stock", "trad", "clos")  # in every MOVE_WORDS match but "%"


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted ``spans`` lies inside ``[start, end)``."""
    i = bisect.bisect_left(spans, (start, -1))
    while i < len(spans) and spans[i][0] < end:
        if spans[i][1] <= end:
            return True
        i += 1
    return False


MOVE_WORDS = re.compile(r"%|\bshares?\b|\bstock\b|\btrad(?:e|ed|ing)\b|\bclos(?:e|ed)\b")
# Words that say which market an article is about, counted with str.count (fast, and a
# stray substring costs one vote at most).
ARTICLE_WORDS = (
    ("Hong Kong", "HK"), ("HK$", "HK"), ("Hang Seng", "HK"), ("Shanghai", "CN"),
    ("Shenzhen", "CN"), ("mainland China", "CN"), (" yuan", "CN"), ("Wall Street", "US"),
    ("New York", "US"), ("Nasdaq", "US"), ("NYSE", "US"), ("Dow Jones", "US"),
    ("Tokyo", "JP"), (" yen ", "JP"), ("Japan", "JP"), ("Nikkei", "JP"), ("Topix", "JP"),
    ("Seoul", "KR"), ("Korea", "KR"), ("KOSPI", "KR"), ("Kospi", "KR"), ("KOSDAQ", "KR"),
    (" won", "KR"), ("Mumbai", "IN"), ("Dalal Street", "IN"), ("India", "IN"), ("Sensex", "IN"),
    ("Nifty", "IN"), ("NSE", "IN"), ("BSE", "IN"), ("Rs ", "IN"), ("Rs.", "IN"),
    ("rupee", "IN"), (" crore", "IN"), ("London", "GB"), ("Britain", "GB"), ("British", "GB"),
    ("FTSE", "GB"), ("pence", "GB"), ("£", "GB"), ("Frankfurt", "DE"), ("German", "DE"),
    ("DAX", "DE"), ("Taipei", "TW"), ("Taiwan", "TW"), ("Taiex", "TW"), ("TAIEX", "TW"),
    ("NT$", "TW"), ("Sydney", "AU"), ("Australia", "AU"), ("ASX", "AU"), ("A$", "AU"),
    ("Toronto", "CA"), ("Canada", "CA"), ("Canadian", "CA"), ("TSX", "CA"), ("C$", "CA"),
    ("Paris", "FR"), ("French", "FR"), ("CAC", "FR"), ("Amsterdam", "NL"), ("Dutch", "NL"),
    ("AEX", "NL"), ("Swiss", "CH"), ("Zurich", "CH"), ("Switzerland", "CH"), ("SMI", "CH"),
    ("Stockholm", "SE"), ("Swedish", "SE"), ("Sweden", "SE"), ("OMXS", "SE"), ("kronor", "SE"),
    ("Oslo", "NO"), ("Norwegian", "NO"), ("Norway", "NO"), ("Copenhagen", "DK"),
    ("Danish", "DK"), ("Denmark", "DK"), ("Helsinki", "FI"), ("Finnish", "FI"),
    ("Madrid", "ES"), ("Spanish", "ES"), ("Spain", "ES"), ("IBEX", "ES"), ("Ibex", "ES"),
    ("Milan", "IT"), ("Italian", "IT"), ("Italy", "IT"), ("FTSE MIB", "IT"), ("Brussels", "BE"),
    ("Lisbon", "PT"), ("Dublin", "IE"), ("STOXX", "EU"), ("Stoxx", "EU"), ("European", "EU"),
    ("euro zone", "EU"), ("Singapore", "SG"), ("Straits Times", "SG"), ("S$", "SG"),
    ("Wellington", "NZ"), ("New Zealand", "NZ"), ("NZX", "NZ"),
)  # fmt: skip
# The opening lines (dateline, lead) say more about the article's market than the rest.
OPENING = 400
SUBJECT_AFTER = re.compile(
    r"(?:'s|’s)?\s*(?:\([^)]{1,30}\)\s*)?(?:shares|stock|ADRs?|rose|fell|jumped|gained|slid|"
    r"dropped|climbed|surged|tumbled|declined|slumped|rallied|plunged|soared|sank|added|lost|"
    r"reported|posted|announced|agreed|has agreed|advanced|retreated|"
    r"edged|rebounded|shed|slipped|reports|posts|beat|missed|cut its|raised its)\b"
)
# A move right after a name ("SGX lost 0.4%", "SGX shares fell"), not "ASX shares that ...".
MOVES_AFTER = re.compile(
    r"(?:'s|’s)?,?\s+(?:which\s+|shares\s+|stock\s+)?(?:rose|fell|jumped|gained|slid|dropped|climbed|"
    r"surged|tumbled|declined|slumped|rallied|plunged|soared|sank|added|lost|advanced|"
    r"retreated|edged|rebounded|shed|slipped|(?:was|were|is|ended|closed)\s+(?:up|down|"
    r"higher|lower))\b"
)
SUBJECT_BEFORE = re.compile(r"(?:shares|stock|stakes?)\s+(?:of|in)\s+$")
# Where a bank or broker is only the holder of a view: "HSBC analysts said", "according to
# DBS", "Daiwa analyst Rick Hsu", "analysts at Citi", "an investment manager at Abrdn".
SOURCE_AFTER = re.compile(
    r"(?:'s|’s)?(?:,(?=\s+(?:said|says|wrote|noted|added)\b))?\s*(?:\([^)]{1,30}\)\s*)?(?:[A-Z][\w&.-]*\s+){0,2}(?:analysts?|strategists?|"
    r"economists?|research|Research|said|says|wrote|writes|noted|notes|expects?|estimates?|"
    r"sees|believes|forecasts?|predicts?|recommends?|rates|reiterated|upgraded|downgraded|"
    r"called|echoed|warned|argued|added|initiated|maintained|has an?|gave|assigned|raised its|"
    r"downgrades|upgrades|initiates|maintains|reiterates|cuts|raises|lowers|lifts|keeps|"
    r"cut its|lifted its|lowered its|in a (?:research )?(?:note|report)|team|affirmed|cut|"
    r"downgraded|upgraded|lowered|revised|placed|assigned|turned (?:bearish|bullish|"
    r"cautious|positive|negative)|(?:[Dd]owngrade|[Uu]pgrade)s?(?!\s+(?:of|to|from)\b))\b"
)
ANALYSTS_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[A-Z][\w&.-]*\s+){0,3}(?:analysts?|strategists?|economists?)\b"
)
# "FactSet data showed", "according to data compiled by LSEG": a data vendor, not a subject.
DATA_AFTER = re.compile(r"(?:'s|’s)?\s+(?:data|estimates|consensus|figures|survey|poll|polls)\b")
DATA_BEFORE = re.compile(r"(?:data (?:from|compiled by|provided by)|compiled by|polled by)\s+$")
ANALYSTS_BEFORE = re.compile(
    r"(?:[Aa]nalysts?|[Ss]trategists?|[Ee]conomists?)\s+(?:at|from|with)\s+$"
)
SOURCE_BEFORE = re.compile(
    r"(?:according to|analysts? (?:at|from|with)|strategists? (?:at|from|with)|"
    r"economists? (?:at|from|with)|(?:manager|head|chief|director|officer|partner|"
    r"researcher|expert|specialist|strategist|analyst|economist)\b[^.;]{0,50}\b(?:at|of|from|with)|"
    r"said|says|told|data from|estimates from|note from|report from|survey by|"
    r"(?:rated|upgraded|downgraded|initiated)\b[^.;]{0,30}\bby)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
DISCLAIMER = re.compile(
    r"^\s*(?:Disclaimer|Risk Disclosure|\(?Disclosure\s*[-–—:]|Copyright|©|\(c\)|Write to|\(END\)|Sign up|Subscribe|"
    r"Related:|Read more|Fusion Media|(?:Image|Photo(?:graph)?|Picture)s?\s*(?:source|credit|"
    r"courtesy)?\s*:)|\|\s*Getty Images\s*$|not (?:financial|investment) advice|"
    r"does not constitute|"
    r"All Rights Reserved|should not be regarded as an offer|assumes no responsibility",
    re.IGNORECASE,
)
DISCLAIMER_HINTS = (
    "disclaimer", "disclosure", "copyright", "©", "(c)", "write to", "(end)", "sign up",
    "subscribe", "related:", "read more", "fusion media", "advice", "constitute",
    "rights reserved", "an offer", "no responsibility", "image", "photo", "picture", "getty",
)  # fmt: skip
# Each pattern ending "...\\s+$" above can only match where ``before``, less its trailing
# whitespace, ends in one of these: a cheap test that spares the regex a scan of every start.
_SOURCE_ENDS = ("to", "at", "of", "from", "with", "said", "says", "told", "by")
_AT_ENDS = ("at", "from", "with")
_DATA_ENDS = ("from", "by")
# Letters that case-insensitive matching equates with ASCII letters (the only ones): where
# one occurs the cheap test is not exact, so the pattern decides alone.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def _head(before: str) -> str:
    """``before`` without its trailing whitespace, or "" when it has none (then no match)."""
    head = before.rstrip()
    return "" if len(head) == len(before) else head


def _source_before(before: str) -> bool:
    """``SOURCE_BEFORE.search(before)``, skipped where its closing word cannot be there."""
    if before.isascii() or not _ODD_CASE.search(before):
        head = _head(before).lower()
        if not head.endswith(_SOURCE_ENDS) and not head.endswith("the"):
            return False
    return SOURCE_BEFORE.search(before) is not None


# Markets whose sector indices are the STOXX Europe 600's.
EUROPEAN_MARKETS = ("EU", "DE", "FR", "NL", "IT", "ES", "CH", "SE", "NO", "DK", "FI", "BE", "PT",
                    "IE", "AT")  # fmt: skip
LISTED_BEFORE = re.compile(rf"{_MARKET}[- ]$")
# Where "-listed" / " traded" follow a market's name: found by the one automaton pass.
LISTED_WORDS = ("-listed", " listed", "-traded", " traded")
FAMILY_OF_MARKET = {"XSHG": "CN", "XSHE": "CN", "XNAS": "US", "XNYS": "US"}


@dataclass(slots=True)
class _Found:
    span: Span
    issuer: str | None  # securities: the issuer key
    target: str  # index / org id, or the explicit listing for a security
    kind: str
    how: str
    explicit: str | None = None  # a venue or family the text binds to this mention
    subject: bool = False  # something marks it as the subject (not only a source)
    preferred: str | None = None  # the listing a reviewed short form stands for


_SPAN_START = attrgetter("span.start")  # a sort key in C


def _family(market: str) -> str:
    return FAMILY_OF_MARKET.get(market, market)


QUOTE_DASH = re.compile(r"[\"”’']\s*[-–—]\s*$")
# A sentence that opens on a market speaks of that market's listings throughout.
ADJECTIVE_MARKET = {
    "french": "FR", "german": "DE", "swiss": "CH", "british": "GB", "uk": "GB", "spanish": "ES",
    "italian": "IT", "dutch": "NL", "swedish": "SE", "norwegian": "NO", "danish": "DK",
    "finnish": "FI", "belgian": "BE", "japanese": "JP", "korean": "KR", "south korean": "KR",
    "indian": "IN", "australian": "AU", "taiwanese": "TW", "canadian": "CA", "american": "US",
    "madrid": "ES", "milan": "IT", "zurich": "CH", "stockholm": "SE", "oslo": "NO",
    "copenhagen": "DK", "helsinki": "FI", "brussels": "BE", "germany": "DE", "france": "FR",
    "britain": "GB", "switzerland": "CH", "italy": "IT", "spain": "ES", "netherlands": "NL",
    "sweden": "SE", "norway": "NO", "denmark": "DK", "finland": "FI", "belgium": "BE",
    "south korea": "KR",
}  # fmt: skip
LEAD_MARKET = re.compile(
    r"(?:In|On)\s+(?:the\s+)?(?P<m>French|German|Swiss|British|UK|Spanish|Italian|Dutch|Swedish|"
    r"Norwegian|Danish|Finnish|Belgian|Japanese|South Korean|Korean|Indian|Australian|"
    r"Taiwanese|Canadian|American|U\.S\.|Hong Kong|Tokyo|London|Frankfurt|Paris|Amsterdam|"
    r"Madrid|Milan|Zurich|Stockholm|Oslo|Copenhagen|Helsinki|Brussels|Sydney|Seoul|Taipei|"
    r"Mumbai|Toronto|Singapore|Germany|France|Britain|Switzerland|Italy|Spain|Netherlands|"
    r"Sweden|Norway|Denmark|Finland|Belgium|Japan|South Korea|India|Australia|Taiwan|Canada)"
    r"\b(?:\s+(?:stock\s+)?(?:market|exchange|bourse|trading))?\s*,"
)
CODE_IN_BRACKETS = re.compile(r"\s*\(\s*([A-Z][A-Z0-9.]{0,6})\s*\)")
_CAPITALISED = re.compile(r"[A-Z][\w&'’-]*")


def _defined_acronym(text: str, hits: list[Hit], i: int) -> bool:
    """Whether hit ``i`` is an acronym in brackets that spells the capitalised words before
    it, which no alias named: the text is defining an abbreviation of something else."""
    hit = hits[i]
    form = text[hit.start : hit.end]
    if not (form.isupper() and text[hit.start - 1 : hit.start] == "(" and 2 <= len(form) <= 6):
        return False
    if i and hits[i - 1].end >= hit.start - 3:
        return False  # "Tata Consultancy Services (TCS)": the name itself was found
    words = _CAPITALISED.findall(text, max(0, hit.start - 90), hit.start - 1)
    initials = "".join(w[0] for w in words[-len(form) :])
    return initials == form


def _market_fits(index_market: str, market: str) -> bool:
    """Whether an index of ``index_market`` belongs to an article about ``market``."""
    return index_market == market or (
        index_market == "EU" and (market in EUROPEAN_MARKETS or market == "GB")
    )


def _in_market(listing: Listing, market: str) -> bool:
    return listing.mic == market or listing.family == market


def _in_region(listing: Listing, market: str) -> bool:
    """``_in_market``, where a European article's market is any European market."""
    if market == "EU":
        return listing.family in EUROPEAN_MARKETS or listing.family == "GB"
    return _in_market(listing, market)


class Resolver:
    """Per-article resolution over the shared master; holds no per-article state."""

    def __init__(self, master: SecurityMaster, indices: tuple[Index, ...]) -> None:
        self.master = master
        self.index_by_id = {i.id: i for i in indices}
        self._unlisted: dict[str, str] = {}
        self._rebound: dict[str, str] = {}
        self._listings: dict[str, tuple[Listing, ...]] = {}
        self._others: dict[str, tuple[str, ...]] = {}
        self._day: str | None = None  # the article's date, set per call of ``resolve``
        self._chosen: dict[tuple[object, ...], Listing | None] = {}
        self._picked: dict[tuple[int, str | None], str] = {}
        self.families = load_families()
        # the sector family of each market: "the bank index" of a Mumbai wrap is the Nifty's
        self.market_family = {f.market: f.key for f in self.families.values()}
        for fam in EUROPEAN_MARKETS:
            self.market_family.setdefault(fam, "STOXX600")

    def _listings_of(self, listing_id: str) -> tuple[Listing, ...]:
        """``master.listings_of_issuer``, remembered: the master never changes, and the same
        issuers recur across articles while each lookup sorts and parses their listings."""
        found = self._listings.get(listing_id)
        if found is None:
            found = self._listings[listing_id] = self.master.listings_of_issuer(listing_id)
        return found

    def resolve(
        self,
        text: str,
        hits: list[Hit],
        published: dt.date | None = None,
        words: dict[str, list[tuple[int, int, int]]] | None = None,
    ) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
        """Entities and mentions of ``text``; ``published`` (the article's date) picks the
        listings that traded then (Royal Dutch Shell's A shares in 2019, Shell plc's today).
        ``words``: the matches of ``WORD_LISTS`` that the finder's pass found (``scan``);
        without them the resolver looks for them itself."""
        self._day = published.isoformat()[:10] if published else None
        self._unlisted = {}  # listing id -> name, for this text
        self._rebound = {}  # issuer -> the unlisted line its name binds to
        if words is None:
            words = _find_words(text)
        hits = list(hits)  # the caller's list stays as it was
        bad = _disclaimer_ranges(text, words["disclaimer"])
        if bad:
            hits = [h for h in hits if not any(a <= h.start < b for a, b in bad)]
        sentences = _sentence_starts(text)
        market = self._article_market(text, hits, words["article"], words["listed"])
        leads = _lead_markets(text, sentences)
        heads = _blocked_heads(text, hits)
        if words["industry"]:
            heads |= _other_companies(text, hits, words["industry"])
        found: list[_Found] = []
        for i, hit in enumerate(hits):
            local = market
            if leads:  # "In Germany, Merck ...": the sentence's market picks among namesakes
                local = leads.get(sentences[bisect.bisect_right(sentences, hit.start) - 1], market)
            if (
                heads
                and hit.how == "alias"
                and hit.candidates[0].kind == "security"
                and text[hit.start : hit.end] in heads
            ):
                continue  # "Asahi said", after "the Asahi newspaper": the paper, not the brewer
            item = self._one(text, hits, i, local)
            if item is not None:
                found.append(item)
        if self._unlisted:
            found = self._bind_unlisted(text, found)
        self._coreference(text, found, words["coref"])
        self._sentence_cues(text, found, sentences, words["cue"])
        if any(f.kind == "index" and f.target.startswith(SECTOR_PREFIX) for f in found):
            found = self._sector_families(found, sentences, market)
        return self._entities(text, found, market, bse=market == "IN" and _bse_only(text))

    # -- per hit ----------------------------------------------------------------------------

    def _one(self, text: str, hits: list[Hit], i: int, market: str | None) -> _Found | None:
        hit = hits[i]
        span = Span(hit.start, hit.end)
        if hit.how == "notation":
            listing = self.master.get(hit.listing or "")
            if listing is None and hit.candidates and hit.candidates[0].kind == "unlisted":
                lid = hit.candidates[0].target
                self._unlisted.setdefault(lid, hit.candidates[0].form)
                return _Found(span, lid, lid, "security", "notation", lid, True)
            if listing is None:
                return None
            if listing.type == "etf" and i and _tracks_index(text, hits[i - 1], hit):
                return None  # "S&P 500 Index (NYSE: SPY)": the index's tracker, no stock
            return _Found(
                span, listing.issuer, listing.id, "security", "notation", listing.id, True
            )
        best = hit.candidates[0]
        if best.kind == "block":
            # "SGX lost 0.4%": an exchange (or outlet) that is a listed company and moves is
            # the company, unless its name is also an index's ("Nasdaq rose 1%")
            secs = tuple(c for c in hit.candidates if c.kind == "security")
            if not secs or best.needs == "index" or not MOVES_AFTER.match(text, hit.end):
                return None
            hit = hits[i] = Hit(hit.start, hit.end, secs, hit.how)
            best = secs[0]
        if best.kind in ("index", "organization"):
            target = best.target
            if target.startswith(SECTOR_PREFIX):  # every sector the words may name
                suffixes = (c.target[len(SECTOR_PREFIX) :] for c in hit.candidates)
                target = SECTOR_PREFIX + "|".join(s for s in suffixes if s)
            return _Found(span, None, target, best.kind, "alias")
        if _defined_acronym(text, hits, i):
            return None  # "International Trade Commission (ITC)": not ITC Ltd
        picked = self._pick_issuer(hit, market)
        own = self.master.get(picked)
        if own is None:
            return None
        issuer = own.issuer
        preferred = picked if picked != issuer else None
        # A notation right after the name ("Alibaba (HK:9988)") says which listing, and which
        # issuer if the name alone was ambiguous.
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        explicit = None
        subject = False
        if nxt is not None and nxt.how == "notation" and nxt.start - hit.end <= 4:
            between = text[hit.end : nxt.start]
            if re.fullmatch(r"\.?[\s(\[]*", between):
                listing = self.master.get(nxt.listing or "")
                if listing is None and nxt.candidates and nxt.candidates[0].kind == "unlisted":
                    # "Powerfleet, Inc. (Nasdaq: PWFL)": the code the text gives wins over
                    # the line the lists now hold under the name (renamed since)
                    lid = nxt.candidates[0].target
                    self._rebound[issuer] = lid
                    return _Found(span, lid, lid, "security", "alias", lid, True)
                if listing is not None:
                    issuer, explicit, subject = listing.issuer, listing.id, True
                    preferred = None
        if explicit is None:
            explicit = self._code_in_brackets(text, hit.end, issuer)
            subject = subject or explicit is not None
        if explicit is None:
            explicit = self._bound_cue(text, hit.start, hit.end)
        # whether the text makes it the subject or only the holder of a view is read when the
        # issuer's role is decided, and only as far as it takes (``_only_source``)
        return _Found(span, issuer, "", "security", "alias", explicit, subject, preferred)

    def _bind_unlisted(self, text: str, found: list[_Found]) -> list[_Found]:
        """Every mention of an unlisted line's company: its other mentions by the same name
        (found anew in the text, as the lists know no such alias) and those the lists gave to
        the issuer its name named before (``_rebound``)."""
        out = [
            dataclasses.replace(f, issuer=self._rebound[f.issuer], explicit=None)
            if f.issuer in self._rebound
            else f
            for f in found
        ]
        taken = [(f.span.start, f.span.end) for f in out]
        for lid, name in self._unlisted.items():
            for m in re.finditer(rf"(?<![\w&]){re.escape(name)}(?![\w&])", text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                out.append(_Found(Span(m.start(), m.end()), lid, lid, "security", "alias"))
        out.sort(key=_SPAN_START)
        return out

    def _only_source(self, text: str, items: list[_Found]) -> bool:
        """Whether every mention of one issuer names it only as the holder of a view ("HSBC
        analysts said", "according to DBS"); the first mention that makes it a subject ends
        the reading."""
        for f in items:
            if f.subject or f.how != "alias" or not self._source_at(text, f):
                return False
        return bool(items)

    def _source_at(self, text: str, f: _Found) -> bool:
        """Whether the mention ``f`` names its issuer as the holder of a view, not a subject."""
        start, end = f.span.start, f.span.end
        after = text[end : end + 60]
        before = text[max(0, start - 80) : start]
        near = before[-20:]
        if SUBJECT_AFTER.match(after) or (
            (" of " in near or " in " in near) and SUBJECT_BEFORE.search(near)
        ):
            return False
        own = self.master.get(f.issuer or "")
        # banks and brokers hold views; anyone else only when its analysts or data are quoted
        return bool(
            (
                own is not None
                and own.financial
                and (
                    SOURCE_AFTER.match(after)
                    or _source_before(before)
                    or QUOTE_DASH.search(before[-8:])  # '..." - UOB': signs a quote
                )
            )
            or ANALYSTS_AFTER.match(after)
            or (_head(before).endswith(_AT_ENDS) and ANALYSTS_BEFORE.search(before))
            or DATA_AFTER.match(after)
            or (_head(before).endswith(_DATA_ENDS) and DATA_BEFORE.search(before))
        )

    def _pick_issuer(self, hit: Hit, market: str | None) -> str:
        """The issuer a name means in an article about ``market`` on the article's day;
        remembered by what decides it alone (the candidates, the market, the day), so that
        the answer never depends on the articles seen before."""
        candidates = hit.candidates
        if len(candidates) == 1 or candidates[1].kind != "security":
            return candidates[0].target  # one company by that name: nothing to pick
        key = (tuple(c.target + c.flag for c in candidates), market, self._day)
        picked = self._picked.get(key)
        if picked is None:
            picked = self._picked[key] = self._pick_issuer_anew(hit, market)
        return picked

    def _pick_issuer_anew(self, hit: Hit, market: str | None) -> str:
        secs = [c for c in hit.candidates if c.kind == "security"]
        if self._day is not None and len(secs) > 1:
            # a namesake that had not listed yet ("Hyundai Heavy Industries" before 2021 is
            # the old line) or had stopped trading
            secs = [c for c in secs if self._live(self._listings_of(c.target))] or secs
        best = secs[0]
        if market is None or len(secs) == 1:
            return best.target
        if any(_in_region(x, market) for x in self._listings_of(best.target)):
            return best.target
        for c in secs[1:6]:
            # a namesake with a line in the article's market ("Seres" in a US story, "Merck"
            # in a German one): one derived like the best, or a company of some size
            if (c.flag == best.flag or c.score >= 2.0) and any(
                _in_region(x, market) for x in self._listings_of(c.target)
            ):
                return c.target
        return best.target

    def _code_in_brackets(self, text: str, end: int, issuer: str) -> str | None:
        """ "ASML Holding (ASML) shares fell": a bare code in brackets after the name is the
        US convention for a US line; it names the issuer's listing with that code."""
        m = CODE_IN_BRACKETS.match(text, end) if text.startswith(("(", " ("), end) else None
        if m is None:
            return None
        code = m.group(1).replace(".", "-")
        same = [x for x in self._listings_of(issuer) if x.code == code]
        same.sort(key=lambda x: x.family != "US")
        return same[0].id if same else None

    def _bound_cue(self, text: str, start: int, end: int) -> str | None:
        before = text[max(0, start - 60) : start]
        cued = "listed" in before or "traded" in before or "shares of" in before
        m = CUE_BEFORE.search(before) if cued else None
        if m:
            # "Hong Kong-listed SMIC", "U.S. shares of chip foundry TSMC"
            return MARKET_WORDS.get((m.group("m") or m.group("m4")).lower())
        m = CUE_AFTER.match(text, end)
        if m:
            word = m.group("m") or m.group("m2") or m.group("m6")
            word = word or ("us" if m.group("m3") else None)
            if word:
                return MARKET_WORDS.get(word.lower(), "CN" if word == "mainland China" else None)
        return None

    # -- across hits ------------------------------------------------------------------------

    def _coreference(
        self, text: str, found: list[_Found], leads: list[tuple[int, int, int]]
    ) -> None:
        """'Its Hong Kong-listed shares' names a listing of the last company before it."""
        if not leads:
            return
        for m in _coref_matches(text, leads):
            prior = [f for f in found if f.kind == "security" and f.span.end <= m.start()]
            if not prior or m.start() - prior[-1].span.end > 600:
                continue
            word = m.group("m") or m.group("m2") or m.group("m5")
            word = word or ("us" if m.group("m3") else None)
            market = MARKET_WORDS.get((word or "").lower())
            if market:
                last = prior[-1]
                found.append(
                    _Found(
                        Span(m.start(), m.end()),
                        last.issuer,
                        "",
                        "security",
                        "coreference",
                        market,
                        True,
                    )
                )
        found.sort(key=_SPAN_START)

    def _sentence_cues(
        self,
        text: str,
        found: list[_Found],
        starts: list[int],
        cue_words: list[tuple[int, int, int]],
    ) -> None:
        """A market or currency later in the sentence binds to the last company before it."""
        by_sentence: dict[int, list[_Found]] = defaultdict(list)
        # every match of these patterns holds one of their literal words: a sentence without
        # one cannot match, and the patterns are slow to scan (one automaton pass finds them)
        in_market: list[tuple[int, int]] = []
        currency: list[tuple[int, int]] = []
        for word, start, end in cue_words:
            (in_market if word < len(_IN_MARKET_WORDS) else currency).append((start, end))
        in_market.sort()
        currency.sort()
        for f in found:
            if f.kind == "security":
                by_sentence[bisect.bisect_right(starts, f.span.start) - 1].append(f)
        for idx, items in by_sentence.items():
            s_start = starts[idx]
            s_end = starts[idx + 1] if idx + 1 < len(starts) else len(text)
            sentence = text[s_start:s_end]
            lead = LEAD_MARKET.match(sentence) if sentence[:3] in ("In ", "On ") else None
            if lead:  # "In the French market, Peugeot, Renault and Accor fell": all of them
                fam = MARKET_WORDS.get(lead.group("m").lower()) or ADJECTIVE_MARKET.get(
                    lead.group("m").lower()
                )
                for f in items:
                    if f.explicit is None and fam:
                        f.explicit = fam
            if "%" not in sentence and (
                not any(word in sentence for word in _MOVE_STEMS) or not MOVE_WORDS.search(sentence)
            ):
                continue
            cues: list[tuple[int, int, str, bool]] = []
            named_market = _inside(in_market, s_start, s_end)
            for m in IN_MARKET.finditer(sentence) if named_market else ():
                fam = MARKET_WORDS.get(m.group("m").lower(), "US")
                cues.append((s_start + m.start(), s_start + m.end(), fam, True))
            money = _inside(currency, s_start, s_end)
            for m in CURRENCY.finditer(sentence) if money else ():
                fam = {"hk": "HK", "cn": "CN", "jp": "JP", "in": "IN", "gb": "GB"}[
                    m.lastgroup or ""
                ]
                cues.append((s_start + m.start(), s_start + m.end(), fam, False))
            for pos, end, fam, named in sorted(cues):
                before = [f for f in items if f.span.end <= pos]
                if not before:
                    continue
                last = before[-1]
                if last.explicit is None:
                    last.explicit = fam
                elif named and self._family_of(last.explicit) != _family(fam) and last.issuer:
                    # "rose 2% in Shanghai and 3% in Hong Kong": a second listing, named by
                    # its market; the market words are the evidence
                    found.append(
                        _Found(Span(pos, end), last.issuer, "", "security", "market", fam, True)
                    )
        found.sort(key=_SPAN_START)

    def _family_of(self, market: str) -> str:
        """The MIC family of a family, a MIC or a listing id."""
        if ":" in market:
            listing = self.master.get(market)
            return listing.family if listing is not None else market
        return MIC_FAMILY.get(market, _family(market))

    def _article_market(
        self,
        text: str,
        hits: list[Hit],
        article_words: list[tuple[int, int, int]],
        listed: list[tuple[int, int, int]],
    ) -> str | None:
        """The market the article is about: its indices, notations and market words, those
        of the opening lines (dateline, lead) counted again."""
        score: Counter[str] = Counter()
        first_index = True
        for hit in hits:
            if hit.how == "notation" and hit.listing:
                listing = self.master.get(hit.listing)
                if listing is not None:
                    score[listing.family] += 3
            elif hit.candidates and hit.candidates[0].kind == "index":
                index = self.index_by_id.get(hit.candidates[0].target)
                if index is not None:
                    # a wrap names its own market's index first
                    score[index.market] += 4 if first_index else 2
                    first_index = False
        for word, count in _article_word_counts(article_words).items():
            score[ARTICLE_WORDS[word][1]] += count
        for _word, at, _end in listed:  # "Hong Kong-listed": the market word just before
            m = LISTED_BEFORE.search(text, max(0, at - 16), at + 1)
            if m is not None:
                score[_family(MARKET_WORDS.get(m.group("m").lower(), ""))] += 2
        if not score:
            return None
        (fam, best), *rest = [*score.most_common(2), ("", 0)]
        if best >= 2 and best > rest[0][1]:
            return fam
        return None

    def _sector_families(
        self, found: list[_Found], starts: list[int], market: str | None
    ) -> list[_Found]:
        """Give each sector index named without its family ("the real estate sector index")
        a family: the one named nearest before it in its sentence, else the first one the
        article names for its market (a European wrap's STOXX 600 over a London story's
        FTSE 350), else its market's; drop it when none has such a sector."""
        named = [f for f in found if f.kind == "index" and f.target in self.index_by_id]
        out: list[_Found] = []
        for f in found:
            if not f.target.startswith(SECTOR_PREFIX):
                out.append(f)
                continue
            suffixes = f.target[len(SECTOR_PREFIX) :].split("|")
            s_start = starts[bisect.bisect_right(starts, f.span.start) - 1]
            near = [g for g in named if s_start <= g.span.start < f.span.start]
            symbol = None
            for g in reversed(near):
                symbol = self._sector_symbol(self.index_by_id[g.target].family, suffixes)
                if symbol:
                    break
            for g in named if symbol is None and market else ():
                index = self.index_by_id[g.target]
                if _market_fits(index.market, market or ""):
                    symbol = self._sector_symbol(index.family, suffixes)
                    if symbol:
                        break
            if symbol is None and market:
                symbol = self._sector_symbol(self.market_family.get(market, ""), suffixes)
            if symbol:
                f.target = f"INDEX:{symbol}"
                out.append(f)
        return out

    def _sector_symbol(self, family: str, suffixes: list[str]) -> str | None:
        fam = self.families.get(family)
        if fam is None:
            return None
        return next((fam.sectors[s] for s in suffixes if s in fam.sectors), None)

    # -- output -----------------------------------------------------------------------------

    def _live(self, listings: tuple[Listing, ...]) -> tuple[Listing, ...]:
        """The lines of an issuer that traded on the article's date: a line that had ended
        by then goes, and one that still traded displaces its successor on the same venue
        (Daimler's DAI before Mercedes-Benz's MBG). Without a date, the current lines."""
        day = self._day
        if day is None:
            return listings  # the name decides: "Royal Dutch Shell" is its old line
        if not any(x.until or x.since for x in listings):
            return listings
        live = tuple(
            x for x in listings if (not x.until or x.until >= day) and x.since <= day
        )  # "" sorts before every date: a line with no first day traded all along
        old_venues = {x.mic for x in live if x.until}
        return tuple(x for x in live if x.until or x.mic not in old_venues)

    def _choose(
        self, issuer: str, market: str | None, preferred: str | None = None, *, bound: bool = False
    ) -> Listing | None:
        """The listing an unbound mention of ``issuer`` means; remembered, since the same
        issuers, markets and dates recur across articles."""
        key = (issuer, market, preferred, bound, self._day)
        if key not in self._chosen:
            self._chosen[key] = self._choose_anew(issuer, market, preferred, bound=bound)
        return self._chosen[key]

    def _choose_anew(
        self, issuer: str, market: str | None, preferred: str | None = None, *, bound: bool = False
    ) -> Listing | None:
        every = self._listings_of(issuer)
        listings = self._live(every)
        if not listings:
            return None  # a company that was no longer listed on the article's date
        home = next((x for x in listings if x.primary), None)
        if home is None:  # its primary line came later: the line that traded on its venue
            first = every[0].mic if every else ""
            home = next((x for x in listings if x.mic == first), listings[0])
        named = self.master.get(preferred) if preferred else None
        if named is not None and named.until and named in listings:
            return named  # an old name ("Daimler", "Royal Dutch Shell") is its old line
        if self._day is None:  # no date: the lines that trade today, unless only old ones
            listings = tuple(x for x in listings if not x.until) or listings
        chinese = home.family in ("HK", "CN") or home.country in ("china", "hong kong")
        # The article's market picks among a Chinese issuer's A/H/US lines, and the ordinary
        # shares a company lists there (Rio Tinto in Sydney, Logitech in Zurich); a depositary
        # line (Toyota's NYSE ADR) is never what "Toyota" means without a notation.
        if market:
            here = [x for x in listings if _in_market(x, market)]
            if not (bound or chinese or _in_market(home, market)):
                # US lines of foreign companies are depositary receipts whatever the lists
                # call them: a US story's "Toyota" is still Tokyo's
                here = [x for x in here if x.type == "share" and x.family != "US"]
            if here:
                return min(
                    here, key=lambda x: (x.id != preferred, not x.primary, x.type != "share")
                )
        if preferred and not bound:
            chosen = self.master.get(preferred)
            return chosen if chosen is not None and chosen in listings else home
        return home

    def _entities(
        self, text: str, found: list[_Found], market: str | None, *, bse: bool = False
    ) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
        by_issuer: dict[str, list[_Found]] = defaultdict(list)
        spans: dict[str, list[tuple[Span, str]]] = defaultdict(list)
        kinds: dict[str, str] = {}
        for f in found:
            if f.kind == "security" and f.issuer:
                by_issuer[f.issuer].append(f)
            else:
                spans[f.target].append((f.span, f.how))
                kinds[f.target] = f.kind
        roles: dict[str, str] = {}
        for issuer, items in by_issuer.items():
            if issuer in self._unlisted:  # a line the lists lack: every mention is its own
                spans[issuer].extend((f.span, f.how) for f in items)
                kinds[issuer] = "security"
                roles[issuer] = "source" if self._only_source(text, items) else "subject"
                continue
            # Resolve each explicit cue to a listing of this issuer.
            explicit: list[tuple[_Found, Listing]] = []
            for f in items:
                if f.explicit:
                    listing = self.master.get(f.explicit) if ":" in f.explicit else None
                    if listing is None or listing.issuer != issuer:
                        listing = self._choose(issuer, f.explicit, f.preferred, bound=True)
                        if listing is None or not _in_market(listing, f.explicit):
                            listing = None
                    if listing is not None:
                        explicit.append((f, listing))
            preferred = next((f.preferred for f in items if f.preferred), None)
            # a listing named only through a description ("its American depositary receipts",
            # "the US-listed shares of the lender") is a second line: the company's name
            # keeps the line it has without it
            named = [(f, x) for f, x in explicit if f.how != "coreference"]
            default = named[0][1] if named else self._choose(issuer, market, preferred)
            if bse and not named and default is not None and default.mic == "XNSE":
                # an Indian story told from the BSE alone (its Sensex, no NSE, no Nifty): the
                # company's BSE line, where the lists give its scrip code
                line = self._choose(issuer, "XBOM", preferred, bound=True)
                if line is not None and line.mic == "XBOM" and line.code.isdigit():
                    default = line
            if default is None:
                continue
            bound = {id(f): listing for f, listing in explicit}
            last = default
            for f in items:
                listing = bound.get(id(f))
                if listing is None:
                    listing = last if named else default
                elif f.how != "coreference":
                    last = listing
                spans[listing.id].append((f.span, f.how))
                kinds[listing.id] = "security"
            only_source = self._only_source(text, items)
            role = "source" if only_source else "subject"
            for lid in {x.id for _f, x in explicit} | {default.id}:
                roles[lid] = role
        entities: list[Entity] = []
        mentions: list[Mention] = []
        for eid, items in spans.items():
            kind = kinds[eid]
            role = roles.get(eid, "subject")
            # one mention per span and way, in span order (keyed on plain ints: hashing and
            # ordering Span values goes through Python-level methods)
            ordered = sorted({_span_and_how(item): item for item in items}.items())
            ordered = [item for _key, item in ordered]
            for span, how in ordered:
                mentions.append(Mention(span, eid, kind, how, role))  # type: ignore[arg-type]
            entities.append(self._entity(eid, kind, tuple(s for s, _ in ordered), role))
        entities.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)
        mentions.sort(key=_SPAN_START)
        return tuple(entities), tuple(mentions)

    def _entity(self, eid: str, kind: str, spans: tuple[Span, ...], role: str) -> Entity:
        if kind == "security" and eid in self._unlisted:
            mic = eid.partition(":")[0]
            name = self._unlisted[eid]
            return Entity(eid, "security", name, spans, role, name, mic, MIC_CURRENCY.get(mic))  # type: ignore[arg-type]
        if kind == "security":
            listing = self.master.get(eid)
            assert listing is not None
            others = self._others.get(eid)
            if others is None:
                others = tuple(x.id for x in self._listings_of(eid) if x.id != eid)
                self._others[eid] = others
            return Entity(eid, "security", listing.name, spans, role, listing.issuer_name,  # type: ignore[arg-type]
                          listing.exchange, listing.currency, others)  # fmt: skip
        if kind == "index":
            index = self.index_by_id.get(eid)
            return Entity(eid, "index", index.name if index else eid, spans)
        return Entity(eid, "organization", eid.removeprefix("ORG:"), spans)


def _article_word_counts(matches: list[tuple[int, int, int]]) -> dict[int, int]:
    """How often each of ARTICLE_WORDS occurs (by its index; those in the opening lines
    counted three times), from the matches of the one automaton pass. Occurrences of one word
    that overlap count once, as ``str.count`` would count them."""
    counts: dict[int, int] = {}
    ends: dict[int, int] = {}
    for word, start, end in sorted(matches, key=_by_start):
        if start >= ends.get(word, 0):
            counts[word] = counts.get(word, 0) + (3 if end <= OPENING else 1)
            ends[word] = end
    return counts


def _by_start(match: tuple[int, int, int]) -> int:
    return match[1]


def _span_and_how(item: tuple[Span, str]) -> tuple[int, int, str]:
    return item[0].start, item[0].end, item[1]


def _disclaimer_ranges(text: str, hints: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Lines that read like a disclaimer or a sign-off: nothing named there is a mention.
    Only the lines holding a hint (found by the one automaton pass) can match DISCLAIMER."""
    if not hints:
        return []  # no hint anywhere
    if not text.isascii() and _ODD_CASE.search(text):
        # letters that case-insensitive matching equates with ASCII ones: every line decides
        # (a line with neither a hint nor such a letter cannot match: no work lost but time)
        starts = {0, *(i + 1 for i, c in enumerate(text) if c == "\n")}
    else:
        starts = {text.rfind("\n", 0, start) + 1 for _, start, _ in hints}
    out = []
    for start in sorted(starts):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if DISCLAIMER.search(text[start:end]):  # "^" anchors at the slice's start
            out.append((start, end))
    return out


# A sentence ends at ".", "!" or "?" (maybe closing a quote) before a capital, or at a line
# break. Written to open with one character class so that the regex engine skips ahead to the
# next candidate character in C instead of trying two branches everywhere.
_SENTENCE_BREAK_FAST = re.compile(r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])[\"”’)]?\s+(?=[A-Z\"“(]))")


def _sentence_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_BREAK_FAST.finditer(text))]


COREF_LEADS = (
    "its ",
    "Its ",
    "company's ",
    "company’s ",
    "firm's ",
    "firm’s ",
    "group's ",
    "group’s ",
)


def _coref_matches(text: str, leads: list[tuple[int, int, int]]) -> list[re.Match[str]]:
    """COREF matches, searched only where a lead that can start one occurs (the leads'
    matches come from the one automaton pass: word index, start, end)."""
    out = []
    described = len(COREF_LEADS)
    for word, pos, nxt in leads:
        if word >= described:  # "the US-listed shares of the private lender"
            at = max(
                text.rfind("the ", max(0, pos - 30), pos), text.rfind("The ", max(0, pos - 30), pos)
            )
            m = COREF.match(text, at, pos + 80) if at >= 0 else None
            if m is not None:
                out.append(m)
            continue
        c = text[nxt : nxt + 1]
        if not (c.isupper() or c.isspace() or text.startswith("mainland", nxt)):
            continue  # every branch after the possessive opens on a capital or "mainland"
        # the leftmost match starting at or just before the lead (as a search from ``start``
        # that keeps only such a match), tried at those few starts alone
        start = max(0, pos - 4) if COREF_LEADS[word][0] in "cfg" else pos
        for at in range(start, pos + 1):
            m = COREF.match(text, at, pos + 80)
            if m is not None:
                out.append(m)
                break
    return sorted({m.start(): m for m in out}.values(), key=lambda m: m.start())


DESCRIBED_LEADS = (" shares of the ", " stock of the ", " ADRs of the ")


def _lead_markets(text: str, starts: list[int]) -> dict[int, str]:
    """The market each sentence speaks of, by the sentence's start: the one it opens on ("In
    Germany, ...", "In the French market, ..."), else the one an earlier sentence of its
    paragraph opened on ("In Germany, Lufthansa fell 8%. Daimler, Adidas ... lost 4%")."""
    out: dict[int, str] = {}
    current = None
    for start in starts:
        if start == 0 or text[start - 1] == "\n":
            current = None  # a new paragraph
        if text[start : start + 1] in "IO" and text.startswith(("In ", "On "), start):
            m = LEAD_MARKET.match(text, start)
            if m is not None:
                word = m.group("m").lower()
                current = MARKET_WORDS.get(word) or ADJECTIVE_MARKET.get(word) or current
        if current:
            out[start] = current
    return out


def _blocked_heads(text: str, hits: list[Hit]) -> frozenset[str]:
    """The first words of outlets' names the article writes ("the Asahi newspaper", "Asahi
    Shimbun"): the same word alone elsewhere in it is the outlet too."""
    heads = set()
    for hit in hits:
        if hit.how == "alias" and hit.candidates[0].kind == "block":
            surface = text[hit.start : hit.end]
            head = surface.split(" ", 1)[0]
            if head != surface and head[:1].isupper() and hit.candidates[0].needs != "index":
                heads.add(head)
    return frozenset(heads)


def _tracks_index(text: str, before: Hit, notation: Hit) -> bool:
    """Whether a notation sits in brackets right after an index's name."""
    if before.how != "alias" or before.candidates[0].kind != "index":
        return False
    return text[before.end : notation.start].strip(" ([") == ""


def _bse_only(text: str) -> bool:
    """Whether an Indian story names the BSE (or its Sensex) and never the NSE or its Nifty."""
    return ("BSE" in text or "Sensex" in text) and not any(
        word in text for word in ("NSE", "Nifty", "NIFTY", "National Stock Exchange")
    )


def _other_companies(
    text: str, hits: list[Hit], industry: list[tuple[int, int, int]]
) -> frozenset[str]:
    """Short names the article also writes as the head of a longer company name that no alias
    knows ("Seres Therapeutics ... Seres said"): there the short name is that company's."""
    heads = set()
    for _word, start, end in industry:
        if start > 1 and text[start - 1] == " " and not text[end : end + 1].isalnum():
            m = _WORD_BEFORE.search(text, max(0, start - 40), start - 1)
            if m is not None:
                heads.add(m.group())
    if not heads:
        return frozenset()
    return frozenset(
        text[h.start : h.end]
        for h in hits
        if h.how == "alias"
        and h.candidates[0].kind == "security"
        and text[h.start : h.end] in heads
    )


_WORD_BEFORE = re.compile(r"(?<![\w&-])[A-Z][\w&'’.-]*$")


# Word lists the resolver reads, found by the finder's one automaton pass (``MentionFinder``'s
# ``words``): name -> (words, whether case counts).
WORD_LISTS: dict[str, tuple[tuple[str, ...], bool]] = {
    "article": (tuple(word for word, _ in ARTICLE_WORDS), True),
    "cue": (_CUE_WORDS, True),
    "disclaimer": (DISCLAIMER_HINTS, False),
    "industry": (INDUSTRY_WORDS, True),
    "coref": ((*COREF_LEADS, *DESCRIBED_LEADS), True),
    "listed": (LISTED_WORDS, True),
}
_WORD_FINDER: list[tuple[AhoCorasick, list[tuple[str, int, str, bool]]]] = []


def _find_words(text: str) -> dict[str, list[tuple[int, int, int]]]:
    """The matches of WORD_LISTS in ``text``, as the finder's pass finds them (where a word
    starts, compared in title case), for a caller that has no finder's scan."""
    if not _WORD_FINDER:
        entries = [
            (g, i, w, case) for g, (ws, case) in WORD_LISTS.items() for i, w in enumerate(ws)
        ]
        finder = AhoCorasick([w.lower().title() for _g, _i, w, _c in entries])
        _WORD_FINDER.append((finder, entries))
    finder, entries = _WORD_FINDER[0]
    haystack = text.title()
    if len(haystack) != len(text):
        haystack = text.lower()  # a letter that title-cases to two: plain lower case
    out: dict[str, list[tuple[int, int, int]]] = {group: [] for group in WORD_LISTS}
    for k, start, end in finder.find_matches_as_indexes(haystack, overlapping=True):
        group, i, word, case = entries[k]
        if not case or text[start:end] == word:
            out[group].append((i, start, end))
    return out
