"""Find the places in a text that name a listing, an index or an organisation.

One Aho-Corasick automaton holds every alias (about 60k keys: lower case, Latin accents
dropped, then title-cased so that a key can only match where a word starts) and runs once over
the text cased the same way; each hit is then checked for whole words and for capitalisation
against the alias as the table writes it, so "SMIC" never matches "smic" and a
dictionary-word name ("Apple") needs a capital and a company-like position. The same pass finds
the word lists the rest of the stage reads (market words, cue words, disclaimer hints, the
descriptors of unlisted companies): ``scan`` returns both, and no stage scans the text again
for a word list. Ticker notations ("(HK:0981)", "0700.HK", "NVDA.O", "$NVDA", "Just Group
(JUST)") are a handful of compiled regexes and count only when they name a listing the master
knows.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, methodcaller
from typing import NamedTuple

import ahocorasick_rs

from tickerwire.reference.indices import (
    SECTOR_PREFIX,
    family_names,
    generic_sector_aliases,
    load_families,
    load_indices,
    load_not_entities,
    load_organizations,
)
from tickerwire.reference.securities import MIC_FAMILY, SecurityMaster, normalise_id

FUNCTION_WORDS = frozenset(
    [
        "of",
        "and",
        "the",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "et",
        "und",
        "für",
        "for",
        "on",
        "in",
        "&",
        "y",
        "da",
        "di",
        "del",
        "van",
        "von",
        "der",
        "am",
        "at",
    ]
)
# A capitalised common-word name ("Apple", "Shell") at a sentence start needs one of these next.
COMPANY_CUE = re.compile(
    r"(?:'s|’s|,\s+[A-Z]|\s+(?:and|&)\s+[A-Z]|\s+(?:Inc\b|Corp\b|Ltd\b|Plc\b|plc\b|shares\b|stock\b|\(|said\b|reported\b|"
    r"rose\b|fell\b|gained\b|jumped\b|dropped\b|slid\b|surged\b|climbed\b|declined\b|"
    r"(?:was|were|is|ended|closed|traded)\s+(?:up|down|higher|lower|flat)\b|added\b|lost\b|shed\b))"
)
# Words after "Apple", "Shell", "Visa" that make it the fruit, the shell, the travel document.
COMMON_NEXT = re.compile(
    r"\s+(?:data|pie|pies|juice|trees?|orchards?|picking|season|rainforest|river|basin|"
    r"companies|company|eggs?|cider|sauce|cake|blossoms?|growers?|farmers?|harvest|crops?|"
    r"applications?|applicants?|requirements?|rules|policy|policies|holders?|restrictions?|"
    r"waivers?|fees?|-free|free|regime|programme|program|scheme|tribe|jungle|verse|bones?|of)\b"
)
VENUE_BEFORE = re.compile(
    r"(?:list\w*|trad\w*|debut\w*|float\w*|ipo|quoted|move[sd]?|switch\w*|transfer\w*|"
    r"shares|stock)\s+(?:on|in|to|from)\s+the\s+$|(?:^|[\s,])on\s+the\s+$"
)
# Cities with a bourse whose names are also a company's short name ("Zurich").
EXCHANGE_CITIES = frozenset({
    "zurich", "singapore", "sydney", "paris", "london", "tokyo", "frankfurt", "amsterdam",
    "milan", "madrid", "stockholm", "oslo", "copenhagen", "helsinki", "brussels", "seoul",
    "taipei", "mumbai", "toronto", "shanghai", "shenzhen", "vienna",
})  # fmt: skip
PREV_WORD = re.compile(r"\b([A-Z][a-z]+)\s+$")
# Common Chinese (pinyin) and Korean surnames: a derived one-word company name right after
# one of them is a given name.
SURNAMES = frozenset(
    [
        "Wang",
        "Li",
        "Zhang",
        "Liu",
        "Chen",
        "Yang",
        "Huang",
        "Zhao",
        "Wu",
        "Zhou",
        "Xu",
        "Sun",
        "Ma",
        "Zhu",
        "Hu",
        "Guo",
        "He",
        "Gao",
        "Lin",
        "Luo",
        "Zheng",
        "Liang",
        "Xie",
        "Song",
        "Tang",
        "Han",
        "Feng",
        "Deng",
        "Cao",
        "Peng",
        "Zeng",
        "Xiao",
        "Tian",
        "Dong",
        "Yuan",
        "Pan",
        "Cai",
        "Jiang",
        "Yu",
        "Du",
        "Ye",
        "Cheng",
        "Wei",
        "Su",
        "Lu",
        "Ding",
        "Ren",
        "Shen",
        "Yao",
        "Jin",
        "Fu",
        "Zhong",
        "Cui",
        "Tan",
        "Liao",
        "Fan",
        "Wan",
        "Xiong",
        "Qiu",
        "Qin",
        "Gu",
        "Hou",
        "Shao",
        "Meng",
        "Long",
        "Lei",
        "Bai",
        "Kong",
        "Shi",
        "Mao",
        "Qian",
        "Yan",
        "Niu",
        "Hong",
        "Xia",
        "Duan",
        "Hao",
        "Kang",
        "Kwok",
        "Leung",
        "Cheung",
        "Chan",
        "Wong",
        "Lau",
        "Ng",
        "Ho",
        "Tsang",
        "Lam",
        "Yip",
        "Chow",
        "Fung",
        "Tse",
        "Lai",
        "Mak",
        "Kim",
        "Lee",
        "Park",
        "Choi",
        "Jung",
        "Kang",
        "Cho",
        "Yoon",
        "Jang",
        "Lim",
        "Shin",
        "Seo",
        "Kwon",
        "Hwang",
        "Ahn",
        "Yoo",
        "Jeon",
        "Ko",
        "Moon",
        "Son",
        "Bae",
        "Baek",
        "Nam",
        "Noh",
        "Ha",
        "Kwak",
        "Sung",
        "Cha",
        "Joo",
        "Woo",
        "Min",
        "Ryu",
        "Jin",
        "Ji",
        "Byun",
        "Chae",
        "Won",
        "Chun",
    ]
)
# After "<Given name> <Name>", an appositive job title says the name is a person's.
PERSON_ROLE_AFTER = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:analyst|strategist|economist|"
    r"portfolio manager|fund manager|investment manager|chief|head|director|partner|founder|"
    r"co-founder|co-manager|manager|chairman|chairwoman|spokesperson|spokesman|spokeswoman|"
    r"professor|researcher|trader|president|editor|reporter|correspondent)\b",
    re.IGNORECASE,
)
PRODUCT_NEXT = re.compile(r"-\d|\d")
SENTENCE_END = re.compile(r"(?:^|[.!?]['\"”’)]?\s+|\n\s*|[\"“]\s*)$")

KIND_RANK = {"index": 0, "block": 1, "curated": 2, "organization": 3, "security": 4}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One thing an alias may name, with the form the table writes it in."""

    kind: str  # "security", "index", "organization", "block"
    target: str  # issuer listing id, INDEX:SYMBOL, ORG:Name, or "" for a block
    form: str
    flag: str = ""  # security aliases: "" derived, "K" reviewed, "C" reviewed common word
    score: float = 0.0
    needs_the: bool = False
    not_before: tuple[str, ...] = ()
    needs: str = ""  # index aliases: "index_noun" or "venue" (see reference.indices)
    # facts of the form that the context checks ask of every match, computed once
    single: bool = field(default=False, init=False, compare=False)  # one word
    short_caps: bool = field(default=False, init=False, compare=False)  # "BYD", "GE"
    sector: bool = field(default=False, init=False, compare=False)  # a family's sector

    def __post_init__(self) -> None:
        object.__setattr__(self, "single", " " not in self.form)
        object.__setattr__(self, "short_caps", len(self.form) <= 4 and self.form.isupper())
        object.__setattr__(self, "sector", self.target.startswith(SECTOR_PREFIX))

    @property
    def rank(self) -> tuple[int, float]:
        kind = "curated" if self.kind == "security" and self.flag in ("K", "C") else self.kind
        return (KIND_RANK[kind], -self.score)


class Hit(NamedTuple):
    """A span of the text and what it may name, best candidate first. (A named tuple: a text
    makes dozens, and a frozen dataclass costs several times as much to create.)"""

    start: int
    end: int
    candidates: tuple[Candidate, ...]
    how: str  # "alias" or "notation"
    listing: str | None = None  # for a notation: the listing it names
    stretched: bool = False  # an alias match extended over a legal form after it


# --- ticker notations -----------------------------------------------------------------------

PREFIX_MIC: dict[str, str] = {
    "HK": "XHKG", "HKG": "XHKG", "HKEX": "XHKG", "SEHK": "XHKG", "HKSE": "XHKG",
    "Hong Kong": "XHKG", "HKEx": "XHKG",
    "NASDAQ": "XNAS", "Nasdaq": "XNAS", "NasdaqGS": "XNAS", "NasdaqGM": "XNAS",
    "NasdaqCM": "XNAS", "NASDAQGS": "XNAS", "NASDAQGM": "XNAS", "NASDAQCM": "XNAS",
    "NYSE": "XNYS", "NYSE American": "XASE", "NYSEAMERICAN": "XASE", "AMEX": "XASE",
    "NYSEARCA": "ARCX", "NYSE Arca": "ARCX", "BATS": "BATS",
    "SS": "XSHG", "SH": "XSHG", "SHA": "XSHG", "SSE": "XSHG", "SHG": "XSHG", "Shanghai": "XSHG",
    "SZ": "XSHE", "SHE": "XSHE", "SZSE": "XSHE", "SZA": "XSHE", "Shenzhen": "XSHE",
    "TYO": "XTKS", "TSE": "XTKS", "Tokyo": "XTKS", "TKS": "XTKS", "JPX": "XTKS",
    "LON": "XLON", "LSE": "XLON", "London": "XLON",
    "ETR": "XETR", "XETRA": "XETR", "Xetra": "XETR", "FRA": "XETR", "Frankfurt": "XETR",
    "EPA": "XPAR", "Paris": "XPAR", "AMS": "XAMS", "Amsterdam": "XAMS",
    "NSE": "XNSE", "BSE": "XBOM", "BOM": "XBOM", "Mumbai": "XBOM",
    "KRX": "XKRX", "KSE": "XKRX", "KOSPI": "XKRX", "Seoul": "XKRX", "KOSDAQ": "XKOS",
    "TPE": "XTAI", "TWSE": "XTAI", "Taiwan": "XTAI", "Taipei": "XTAI", "TPEX": "ROCO",
    "ASX": "XASX", "Sydney": "XASX", "TSX": "XTSE", "Toronto": "XTSE", "TSXV": "XTSX",
    "CVE": "XTSX", "SGX": "XSES", "Singapore": "XSES", "SIX": "XSWX", "SWX": "XSWX",
    "VTX": "XSWX", "BIT": "XMIL", "Milan": "XMIL", "BME": "XMAD", "Madrid": "XMAD",
    "STO": "XSTO", "Stockholm": "XSTO", "CPH": "XCSE", "HEL": "XHEL", "OSL": "XOSL",
    "EBR": "XBRU",
}  # fmt: skip
SUFFIX_MIC: dict[str, str] = {
    "HK": "XHKG", "SS": "XSHG", "SH": "XSHG", "SZ": "XSHE", "T": "XTKS", "L": "XLON",
    "DE": "XETR", "F": "XETR", "PA": "XPAR", "AS": "XAMS", "NS": "XNSE", "BO": "XBOM",
    "KS": "XKRX", "KQ": "XKOS", "TW": "XTAI", "TWO": "ROCO", "AX": "XASX", "TO": "XTSE",
    "V": "XTSX", "O": "XNAS", "OQ": "XNAS", "N": "XNYS", "SI": "XSES", "SW": "XSWX",
    "MI": "XMIL", "MC": "XMAD", "ST": "XSTO", "CO": "XCSE", "HE": "XHEL", "OL": "XOSL",
    "BR": "XBRU",
}  # fmt: skip
NUMERIC_MICS = frozenset({"XHKG", "XSHG", "XSHE", "XTKS", "XKRX", "XKOS", "XTAI", "ROCO"})
# Bloomberg-style "(700 HK)", "(688981 CH Equity)", "(NVDA US)": only inside brackets.
BLOOMBERG_MIC: dict[str, str] = {
    "HK": "XHKG", "CH": "XSHG", "C1": "XSHG", "C2": "XSHE", "JP": "XTKS", "JT": "XTKS",
    "US": "XNAS", "UW": "XNAS", "UQ": "XNAS", "UN": "XNYS", "LN": "XLON", "GY": "XETR",
    "GR": "XETR", "FP": "XPAR", "NA": "XAMS", "IN": "XNSE", "IS": "XNSE", "IB": "XBOM",
    "KS": "XKRX", "KQ": "XKOS", "TT": "XTAI", "AU": "XASX", "AT": "XASX", "CN": "XTSE",
    "CT": "XTSE", "SP": "XSES", "SW": "XSWX", "SE": "XSWX",
}  # fmt: skip
BLOOMBERG_RE = re.compile(
    r"[(\[]\s*(?P<code>[0-9]{1,6}|[A-Z][A-Z0-9]{0,5}(?:/[A-Z])?)\s+(?P<ex>"
    + "|".join(BLOOMBERG_MIC)
    + r")(?:\s+Equity)?\s*[)\],;]"
)
# Venues that a notation may confuse with a sibling (Nasdaq vs NYSE, NSE vs BSE).
SIBLINGS: dict[str, tuple[str, ...]] = {
    "XNAS": ("XNYS", "XASE", "ARCX", "BATS"), "XNYS": ("XNAS", "XASE", "ARCX", "BATS"),
    "XASE": ("XNYS", "XNAS", "ARCX"), "ARCX": ("XNYS", "XNAS", "BATS"), "BATS": ("XNYS", "XNAS"),
    "XSHG": ("XSHE",), "XSHE": ("XSHG",), "XKRX": ("XKOS",), "XKOS": ("XKRX",),
    "XTAI": ("ROCO",), "ROCO": ("XTAI",), "XNSE": ("XBOM",), "XBOM": ("XNSE",),
    "XTSE": ("XTSX",), "XTSX": ("XTSE",),
}  # fmt: skip
PREFIX_MIC.update({mic: mic for mic in MIC_FAMILY})  # "XNAS:BIDU" written as an id
CITY_PREFIXES = frozenset(k for k in PREFIX_MIC if not k.isupper() or " " in k)
_prefix_alt = "|".join(sorted((re.escape(k) for k in PREFIX_MIC), key=len, reverse=True))
# Each notation regex is anchored on its rare punctuation (":", ".XX", "$") so that a scan
# costs a few microseconds; the code before a suffix is then read backwards from the dot.
PREFIX_RE = re.compile(
    rf"(?<![\w.])(?P<ex>{_prefix_alt})\s*:\s*(?P<code>[0-9]{{1,6}}|[A-Z][A-Z0-9&]{{0,11}}(?:[.\-][A-Z]+)?)(?![\w&])"
)
_suffix_alt = "|".join(sorted(SUFFIX_MIC, key=len, reverse=True))
SUFFIX_RE = re.compile(rf"\.(?P<suf>{_suffix_alt})(?![\w]|\.\w)")
CODE_BEFORE_DOT = re.compile(
    r"(?<![\w.$&-])(?P<code>[0-9]{3,6}|[0-9]{3}[0-9A-Z]|[A-Z][A-Z0-9&]{0,11}(?:-[A-Z]+)?)$"
)
# The number after the word "code" ("under the code 9660", "stock code: 700", "Code No. 700").
CODE_AFTER = re.compile(r"\s*(?::|No\.)?\s*(?P<code>\d{3,6})\b(?![.,]\d)")
_CODE_WORD = re.compile(r"\b[Cc]ode\b")
# Word lists the finder's own pass serves itself (beside the other stages').
OWN_WORDS: dict[str, tuple[tuple[str, ...], bool]] = {"code": (("code",), False)}
CASHTAG_RE = re.compile(r"(?<![\w$])\$(?P<code>[A-Z]{1,5}(?:\.[A-Z])?)(?![\w])")
NOT_CASHTAGS = frozenset(
    [
        "CEO",
        "CFO",
        "CTO",
        "COO",
        "USD",
        "US",
        "USA",
        "GDP",
        "AI",
        "IPO",
        "ETF",
        "EPS",
        "PE",
        "YOY",
        "QOQ",
        "HKD",
        "CNY",
        "RMB",
        "EUR",
        "GBP",
        "JPY",
        "AUD",
        "CAD",
        "TWD",
        "KRW",
        "INR",
        "SGD",
        "CHF",
        "BTC",
        "ETH",
        "M",
        "B",
        "K",
        "BN",
        "MN",
        "TN",
    ]
)


class MentionFinder:
    """Alias automaton plus notation patterns; build once per process, then call ``find``."""

    def __init__(
        self, master: SecurityMaster, words: Mapping[str, tuple[Sequence[str], bool]] | None = None
    ) -> None:
        """``words``: other stages' word lists, by name, each with whether case counts; the
        one automaton pass over a text finds them too (``scan``), so no stage needs a pass of
        its own."""
        self.master = master
        # Security aliases stay raw rows (sorted by folded alias) and are parsed only for the
        # keys a text hits; the hand tables are small and parsed up front.
        rows = master.alias_rows
        # Each distinct folded alias is one automaton key; per key only the row range (two
        # machine integers) and the hand-table candidates are kept. The key strings go once
        # the automaton holds them: they and a dict of tuples over ~100k keys cost tens of
        # megabytes that no lookup needs. The keys are computed with whole-list string
        # operations (one join, one lower, one translate): a Python loop over the rows cost
        # as much as building the automaton itself.
        folded = fold_key("\n".join([row[: row.index("\t")] for row in rows])).split("\n")
        # (one search of the joined keys; only the few accented ones are rewritten)
        n = len(folded)
        first = dict(zip(reversed(folded), range(n - 1, -1, -1), strict=True))  # first row
        last = dict(zip(folded, range(1, n + 1), strict=True))  # one past its last row
        keys = list(first)
        lows = array("l", first.values())
        highs = array("l", map(last.__getitem__, keys))
        self._more: dict[int, list[tuple[int, int]]] = {}
        if sum(highs) - sum(lows) != n:
            # some key's rows are not one run (an accented alias sorted apart from its plain
            # twin): give each such key the runs it has
            self._more = _runs(folded, first, keys)
        position = first  # key -> its index among ``keys``
        for i, key in enumerate(keys):
            position[key] = i
        # the hand tables' candidates, as argument tuples: a Candidate is made only for the
        # keys a text hits (``candidates``), not for the thousands of names at start-up
        extra: dict[str, list[tuple[object, ...]]] = defaultdict(list)
        for index in load_indices():
            for a in index.aliases:
                extra[fold_key(a.text)].append(
                    ("index", index.id, a.text, "I", 0.0, a.needs_the, a.not_before, a.needs)
                )
        for phrase, suffix, needs in generic_sector_aliases():
            # "the real estate sector index": a sector index of the family its context names
            extra[fold_key(phrase)].append(
                ("index", f"{SECTOR_PREFIX}{suffix}", phrase, "I", -1.0, False, (), needs)
            )
        for name, aliases in load_organizations():
            for a in aliases:
                extra[fold_key(a)].append(("organization", f"ORG:{name}", a, "O"))
        for phrase in load_not_entities():
            key = fold_key(phrase)
            # a phrase that also names an index ("Nasdaq") never yields to a company's name
            venue = "index" if any(c[0] == "index" for c in extra.get(key, ())) else ""
            extra[key].append(("block", "", phrase, "B", 0.0, False, (), venue))
        aux: dict[str, list[tuple[str, int, str, bool]]] = defaultdict(list)
        words = {**(words or {}), **OWN_WORDS}
        for group, (group_words, case) in words.items():
            for i, word in enumerate(group_words):
                aux[fold_key(word)].append((group, i, word, case))
        for key in (*extra, *aux):
            if key not in position:
                position[key] = len(keys)
                keys.append(key)
                lows.append(0)
                highs.append(0)
        self._groups = tuple(words)
        self._aux = {position[key]: tuple(entries) for key, entries in aux.items()}
        self._lows, self._highs = lows, highs
        self._extra = {position[key]: tuple(specs) for key, specs in extra.items()}
        self._cands: dict[int, tuple[Candidate, ...]] = {}
        self._fitting: dict[tuple[int, str], tuple[Candidate, ...]] = {}
        # Keys and texts are searched in title case ("Hang Seng Index", "Trading"): a letter
        # that starts a word is a capital, any other is not, so a key can only match where a
        # word starts. "ing" (ING) no longer matches inside every "trading", which spares the
        # Python loop two matches in three.
        titled = "\n".join(keys).title().split("\n")
        self._automaton = ahocorasick_rs.AhoCorasick(
            titled, matchkind=ahocorasick_rs.MATCHKIND_STANDARD
        )
        self._families = load_families()
        self._family_before = re.compile(
            r"(?<![\w&-])(?P<f>"
            + "|".join(re.escape(name) for name, _key in family_names())
            + r")[ \t]+$"
        )
        self._family_of_name = dict(family_names())

    def candidates(self, key_index: int) -> tuple[Candidate, ...]:
        """Everything one alias key may name, best first (parsed once, then cached: the
        candidates of a key depend on the tables alone, never on an article)."""
        cands = self._cands.get(key_index)
        if cands is None:
            found = [Candidate(*spec) for spec in self._extra.get(key_index, ())]
            runs = self._more.get(key_index) or [(self._lows[key_index], self._highs[key_index])]
            for lo, hi in runs:
                for row in self.master.alias_rows[lo:hi]:
                    text, issuer, flag, score = row.split("\t")
                    found.append(Candidate("security", issuer, text, flag, float(score)))
            cands = tuple(sorted(_dedupe(found), key=lambda c: c.rank))
            self._cands[key_index] = cands
        return cands

    # -- notations --------------------------------------------------------------------------

    def lookup(self, mic: str, code: str) -> str | None:
        """The listing id a notation names, or None when no such listing exists."""
        for venue in (mic, *SIBLINGS.get(mic, ())):
            tokyo = venue == "XTKS" and re.fullmatch(r"\d{3}[0-9A-Z]", code)
            if venue in NUMERIC_MICS and not code.isdigit() and not tokyo:
                continue
            listing = self.master.get(f"{venue}:{code}")
            if listing is None and ("." in code or "-" in code):
                # a class written with the other separator ("TECK-B" for Toronto's TECK.B)
                listing = self.master.get(f"{venue}:{code.replace('.', '-')}") or self.master.get(
                    f"{venue}:{code.replace('-', '.')}"
                )
            if listing is None and venue == "XLON":
                listing = self.master.get(f"{venue}:{code.rstrip('.')}")
            if listing is None and venue == "XBOM" and not code.isdigit():
                # "TATASTEEL.BO": a BSE line written with the NSE symbol is the company's BSE
                # line, which the master keeps under its scrip code
                nse = self.master.get(f"XNSE:{code}")
                lines = self.master.listings_of_issuer(nse.id) if nse is not None else ()
                listing = next((x for x in lines if x.mic == "XBOM"), None)
            if listing is not None:
                return listing.id
        return None

    def notations(
        self,
        text: str,
        codes: list[tuple[int, int, int]] | None = None,
        unknown: list[tuple[int, int]] | None = None,
    ) -> list[Hit]:
        """Ticker notations of ``text``. ``codes``: where the word "code" starts, from the
        automaton pass (``scan``); without it the text is searched for it. ``unknown``, when
        given, receives the spans of exchange-prefixed codes that venue does not list
        ("LON:CNR"): such a code names no other venue's line either."""
        hits: list[Hit] = []
        if ":" in text:
            for m in _prefix_matches(text):
                ex = m.group("ex")
                opener = text[max(0, m.start() - 2) : m.start()].strip()[-1:]
                if ex in CITY_PREFIXES and opener not in ("(", "["):
                    continue  # "Tokyo: 7203" only inside brackets, never in running prose
                lid = self.lookup(PREFIX_MIC[ex], m.group("code"))
                if lid:
                    hits.append(
                        Hit(m.start("ex"), m.end("code"), (), "notation", normalise_id(lid))
                    )
                    continue
                if unknown is not None:
                    unknown.append((m.start("ex"), m.end("code")))
                # "(Tokyo: 7203)" may be a count; "XNAS:" is an id's own form
                city = ex in CITY_PREFIXES and not ex.startswith(
                    ("Nasdaq", "NYSE", "HKEx", "Xetra")
                )
                if not city and ex not in MIC_FAMILY:
                    unlisted = self._unlisted(
                        text, m.start(), m.end(), PREFIX_MIC[ex], m.group("code")
                    )
                    if unlisted is not None:
                        hits.append(unlisted)
        for m in SUFFIX_RE.finditer(text):
            code_match = CODE_BEFORE_DOT.search(text, max(0, m.start() - 14), m.start())
            if code_match is None:
                continue
            mic = SUFFIX_MIC[m.group("suf")]
            code = code_match.group("code")
            if (mic in NUMERIC_MICS) != code[0].isdigit():
                continue
            lid = self.lookup(mic, code)
            if lid:
                hits.append(Hit(code_match.start(), m.end(), (), "notation", normalise_id(lid)))
            elif len(code) >= 2 or code[0].isdigit():
                unlisted = self._unlisted(text, code_match.start(), m.end(), mic, code)
                if unlisted is not None:
                    hits.append(unlisted)
        for m in _bloomberg_matches(text):
            code = m.group("code").replace("/", "-")
            mic = BLOOMBERG_MIC[m.group("ex")]
            if mic == "XSHG" and code.isdigit() and code.zfill(6)[0] in "023":
                mic = "XSHE"
            lid = self.lookup(mic, code)
            if lid:
                hits.append(Hit(m.start("code"), m.end("ex"), (), "notation", normalise_id(lid)))
        if codes is None:
            codes = [(0, m.start(), m.end()) for m in _CODE_WORD.finditer(text)]
        if codes:
            hits.extend(self._code_words(text, codes))
        if "$" not in text:
            return hits
        for m in _cashtag_matches(text):
            code = m.group("code")
            if code in NOT_CASHTAGS:
                continue
            lid = self.lookup("XNAS", code)
            if lid:
                hits.append(Hit(m.start(), m.end(), (), "notation", lid))
        return hits

    def _code_words(self, text: str, codes: list[tuple[int, int, int]]) -> list[Hit]:
        """ "Listed under the code 9660", "(stock code: 700)": a Hong Kong story's way to name
        a listing by its number (six digits are a Shanghai or Shenzhen code)."""
        hits = []
        hong_kong = "Hong Kong" in text or "HKEX" in text or "HK$" in text
        for _word, _start, end in codes:
            m = CODE_AFTER.match(text, end)
            if m is None:
                continue
            code = m.group("code")
            if len(code) == 6:
                mic = "XSHG" if code[0] in "69" else "XSHE"
            elif hong_kong:
                mic = "XHKG"
            else:
                continue
            lid = self.lookup(mic, code)
            if lid:
                hits.append(Hit(m.start("code"), m.end("code"), (), "notation", normalise_id(lid)))
        return hits

    # -- aliases ----------------------------------------------------------------------------

    def aliases(self, text: str) -> list[Hit]:
        return self._aliases(text, {g: [] for g in self._groups})

    def _aliases(self, text: str, found: dict[str, list[tuple[int, int, int]]]) -> list[Hit]:
        """Alias hits of ``text``, leftmost first and then longest; the other stages' words go
        to ``found`` by group, as (word index, start, end), in the automaton's order."""
        haystack = text.title()  # as the keys: folded to lower case, then title-cased
        if len(haystack) != len(text):
            # a few characters change length with case ("ß" and ligatures title-case to two
            # letters, "İ" lower-cases to two): case them one by one, so offsets hold
            lowered = "".join(fold_key(c) if len(c.lower()) == 1 else c for c in text)
            haystack = _title_in_place(lowered)
        elif not haystack.isascii() and _ACCENTED_ANY.search(haystack):
            haystack = _ACCENTED_ANY.sub(_fold_any, haystack)
        hits: list[Hit] = []
        n = len(text)
        sectors = False
        aux = self._aux
        cands_of = self._cands
        fitting = self._fitting
        for key, start, end in self._automaton.find_matches_as_indexes(haystack, overlapping=True):
            if key in aux:
                for group, i, word, case in aux[key]:
                    if not case or text[start:end] == word:
                        found[group].append((i, start, end))
            if start and (haystack[start - 1].isalnum() or haystack[start - 1] in "_@/"):
                continue
            if end < n and (haystack[end].isalnum() or haystack[end] == "_"):
                continue
            surface = text[start:end]
            # the candidates whose written form the surface fits: a verdict on two strings
            # alone, the same in every article, so it is remembered
            cands = fitting.get((key, surface))
            if cands is None:
                every = cands_of.get(key) or self.candidates(key)
                cands = fitting[(key, surface)] = tuple(c for c in every if _case_ok(c, surface))
                if len(fitting) > FITTING_LIMIT:
                    fitting.clear()
            if not cands:
                continue
            # the candidates whose context fits, best first; past an index or organisation
            # that fits (a sector phrase aside) nothing later is read, so nothing is checked
            fits = []
            for c in cands:
                if (
                    _security_context_ok(c, text, start, end)
                    if c.kind == "security"
                    else _context_ok(c, text, start, end)
                ):
                    fits.append(c)
                    if c.kind in ("index", "organization") and not c.sector:
                        break
            if fits:
                kept = tuple(fits)
                stretched = False
                if (
                    kept[0].kind == "security"
                    and text[end + 1 : end + 2] in TAIL_FIRST
                    and text[end : end + 1] in TAIL_LEADS
                ):
                    # "Tencent Holdings Ltd": the master keeps "Tencent" alone, and the legal
                    # form that follows a company's name is part of its mention (not a full
                    # stop after it: "Co. Ltd." ends a sentence as often as not)
                    tail = LEGAL_TAIL.match(text, end)
                    if tail is not None:
                        end = tail.end() - (text[tail.end() - 1] == ".")
                        stretched = True
                hits.append(Hit(start, end, kept, "alias", stretched=stretched))
                sectors = sectors or kept[0].sector
        if sectors:
            hits = [self._with_family(text, h) for h in hits]
        # leftmost first, then longest, a name the tables hold before one stretched to as
        # long: sorted on plain tuples, so that no Python key function runs per hit
        order = sorted([(h.start, h.start - h.end, h.stretched, i) for i, h in enumerate(hits)])
        return [hits[i] for *_key, i in order]

    def _with_family(self, text: str, hit: Hit) -> Hit:
        """A sector phrase right after a family's name ("STOXX 600 | banks index", "Topix |
        banks index") is that family's sector index, and the name is part of its span."""
        if not hit.candidates or not hit.candidates[0].sector:
            return hit
        m = self._family_before.search(text, max(0, hit.start - 40), hit.start)
        if m is None:
            return hit
        family = self._families.get(self._family_of_name[m.group("f")])
        if family is None:
            return hit
        suffixes = [c.target[len(SECTOR_PREFIX) :] for c in hit.candidates]
        symbol = next((family.sectors[x] for x in suffixes if x in family.sectors), None)
        if symbol is None:
            return hit
        form = text[m.start() : hit.end]
        return Hit(m.start(), hit.end, (Candidate("index", f"INDEX:{symbol}", form, "I"),), "alias")

    @staticmethod
    def _unlisted(text: str, start: int, end: int, mic: str, code: str) -> Hit | None:
        """ "Catalent (NYSE:CTLT)", "Powerfleet, Inc. (Nasdaq: PWFL)", "Slack (WORK.N)": a
        bracketed code of a venue after a company's name, for a listing the lists do not hold
        (delisted, renamed, too new). The text's own notation is the best evidence there is
        of what it names: that venue's line, called by the name before the bracket, which
        the hit's one candidate (kind "unlisted") carries."""
        if (mic in NUMERIC_MICS) != code[0].isdigit() or mic in ("ARCX", "BATS"):
            return None  # a number for New York, a word for Hong Kong: no code of the venue
        opener = text[max(0, start - 2) : start].strip()[-1:]
        if opener not in ("(", "[") or not _CLOSES.match(text, end):
            return None  # only a bracket that holds this one code
        name = _name_before(text, start)
        if name is None:
            return None
        lid = normalise_id(f"{mic}:{code}")
        return Hit(start, end, (Candidate("unlisted", lid, name),), "notation", lid)

    def named_codes(self, text: str, aliases: list[Hit] = ()) -> list[Hit]:  # type: ignore[assignment]
        """ "Just Group (JUST)", "Bristol-Myers (BMY)": capitalised words, then a code in
        brackets that is the code of a listing whose name starts with those words. The pair
        names that listing even when the words are no alias (a short form the lists lack).
        A bracket right after one of ``aliases`` is that alias's own (the resolver reads it)."""
        hits: list[Hit] = []
        after: set[int] | None = None
        at = text.find("(")
        while at >= 0:
            m = BRACKET_CODE.match(text, at)
            if m is not None and m.group(1) not in NOT_CASHTAGS:
                code = m.group(1)
                if self.master.by_code(code) or self.master.by_code(code.replace(".", "-")):
                    if after is None:
                        after = {x for h in aliases for x in (h.end, h.end + 1)}
                    hit = None if at in after else self._named_code(text, at, code, m.end())
                    if hit is not None:
                        hits.append(hit)
            at = text.find("(", at + 1)
        return hits

    def _named_code(self, text: str, at: int, code: str, end: int) -> Hit | None:
        words = list(NAME_WORD.finditer(text, max(0, at - 80), at))
        # the capitalised words that end right before the bracket, each next to the next
        chain: list[re.Match[str]] = []
        pos = at
        for w in reversed(words):
            if text[w.end() : pos].strip(" ") or len(chain) >= 6:
                break
            chain.insert(0, w)
            pos = w.start()
        while chain and chain[0].group().lower() in FUNCTION_WORDS:
            chain.pop(0)
        if not chain:
            return None
        listings = [x for c in {code, code.replace(".", "-")} for x in self.master.by_code(c)]
        best: tuple[float, int, str] | None = None
        for listing in listings:
            if listing.type == "etf":
                continue
            name = _name_tokens(listing.name) or _name_tokens(listing.issuer_name)
            for i in range(len(chain)):  # the longest run of words that starts the name
                said = _name_tokens(" ".join(w.group() for w in chain[i:]))
                if said and len(said[0]) >= 3 and name[: len(said)] == said:
                    rank = (listing.score, -i, listing.id)
                    if best is None or rank[:2] > best[:2]:
                        best = (rank[0], chain[i].start(), listing.id)
                    break
        if best is None:
            return None
        return Hit(best[1], end, (), "notation", normalise_id(best[2]))

    def find(self, text: str) -> list[Hit]:
        """Non-overlapping hits, leftmost-longest; notations win over aliases they overlap."""
        return self.scan(text).hits

    def scan(self, text: str) -> Scan:
        """The hits of ``text`` and, from the same automaton pass, the other stages' words."""
        found: dict[str, list[tuple[int, int, int]]] = {g: [] for g in self._groups}
        aliases = self._aliases(text, found)
        unknown: list[tuple[int, int]] = []
        notes = self.notations(text, found["code"], unknown)
        if "(" in text:
            named = self.named_codes(text, aliases)
            if named:
                noted = [(h.start, h.end) for h in notes]
                notes += [h for h in named if not any(s < h.end and h.start < e for s, e in noted)]
        taken = [(h.start, h.end) for h in notes] + unknown
        chosen: list[Hit] = list(notes)
        last_end = -1
        for hit in aliases:  # in leftmost-longest order (``_aliases``)
            if hit.start < last_end:
                continue
            if taken and any(s < hit.end and hit.start < e for s, e in taken):
                continue
            chosen.append(hit)
            last_end = hit.end
        chosen.sort(key=_START)
        return Scan(chosen, found)


@dataclass(frozen=True, slots=True)
class Scan:
    """What one pass over a text found: the hits, and each word list's matches (word index,
    start, end) in the automaton's order, overlapping ones included."""

    hits: list[Hit]
    words: dict[str, list[tuple[int, int, int]]]


# Latin letters with accents, folded to the plain letter one for one (so that offsets hold):
# "Meliá", "Nestlé", "Société Générale" are found by their plain-letter aliases too.
_FOLD = {
    code: base
    for code in range(0xC0, 0x250)
    if (base := unicodedata.normalize("NFD", chr(code))[0]).isascii()
    and base.isalpha()
    and chr(code).islower()
}


_FOLDED = {chr(code): base for code, base in _FOLD.items()}
_ACCENTED = re.compile("[" + "".join(sorted(_FOLDED)) + "]")
# Both cases, each folded to its plain letter in the same case (a title-cased text's "É")
_FOLDED_ANY = {
    **_FOLDED,
    **{c.upper(): b.upper() for c, b in _FOLDED.items() if len(c.upper()) == 1},
}
_ACCENTED_ANY = re.compile("[" + "".join(sorted(_FOLDED_ANY)) + "]")


def fold_key(text: str) -> str:
    """Lower case with Latin accents dropped: the form of every automaton key and haystack.

    The few accented letters are replaced where a search finds them: ``str.translate`` would
    rebuild the whole text, some fifteen times slower than lower-casing it."""
    low = text.lower()
    if low.isascii() or not _ACCENTED.search(low):
        return low
    return _ACCENTED.sub(_fold_match, low)


def _title_in_place(low: str) -> str:
    """``low.title()`` where a letter that would become two stays as it is, so offsets hold."""
    out = []
    cased = False
    for c in low:
        t = c if cased else c.upper()
        out.append(t if len(t) == 1 else c)
        cased = c.isupper() or c.islower()
    return "".join(out)


def _fold_any(match: re.Match[str]) -> str:
    return _FOLDED_ANY[match.group()]


def _fold_match(match: re.Match[str]) -> str:
    return _FOLDED[match.group()]


def _runs(
    folded: list[str], first: dict[str, int], keys: list[str]
) -> dict[int, list[tuple[int, int]]]:
    """The row runs of each key whose rows are not contiguous (slow path, rarely taken)."""
    index = {key: i for i, key in enumerate(keys)}
    runs: dict[int, list[tuple[int, int]]] = defaultdict(list)
    start = 0
    for i in range(1, len(folded) + 1):
        if i == len(folded) or folded[i] != folded[start]:
            runs[index[folded[start]]].append((start, i))
            start = i
    return {k: v for k, v in runs.items() if len(v) > 1}


# A legal form after a company's name (as scripts/build_reference.py's LEGAL_TAIL, written
# as news capitalises it).
LEGAL_TAIL = re.compile(
    r"(?:,?[ \t]+(?:Inc|INC|Incorporated|Corp|CORP|Corporation|Co|CO|Company|Ltd|LTD|Limited|"
    r"Plc|PLC|plc|AG|SA|S\.A|SE|NV|N\.V|Holdings?|HOLDINGS?|Group|GROUP|LLC|LP|KK|Tbk|Bhd|Berhad|"
    r"ASA|AB|Oyj|SpA|S\.p\.A|A/S|AS|SAB|PCL)\.?(?![\w/&-]))+"
)
_TAIL_WORDS = (
    "Inc", "INC", "Incorporated", "Corp", "CORP", "Corporation", "Co", "CO", "Company", "Ltd",
    "LTD", "Limited", "Plc", "PLC", "plc", "AG", "SA", "S.A", "SE", "NV", "N.V", "Holding",
    "Holdings", "HOLDING", "HOLDINGS", "Group", "GROUP", "LLC", "LP", "KK", "Tbk", "Bhd",
    "Berhad", "ASA", "AB", "Oyj", "SpA", "S.p.A", "A/S", "AS", "SAB", "PCL",
)  # fmt: skip
# What LEGAL_TAIL can start with: cheap tests before the pattern is tried.
TAIL_LEADS = frozenset(" ,")
TAIL_FIRST = frozenset({w[0] for w in _TAIL_WORDS} | {" "})
# Texts seen by a long-lived process add (alias, surface) pairs without end; past this many
# the remembered verdicts start over (they are only ever recomputed the same).
FITTING_LIMIT = 200_000
BRACKET_CODE = re.compile(r"\(([A-Z][A-Z0-9]{1,5}(?:\.[A-Z]{1,2})?)\)")
NAME_WORD = re.compile(r"[A-Z][\w&'’.-]*|&|and|of")
_NAME_TOKEN = re.compile(r"[a-z0-9]+")


_CLOSES = re.compile(r"\s*[)\]]")
# Capitalised words that open a sentence or describe, not name: never the start of a name
_NOT_NAME_START = frozenset({
    "The", "A", "An", "In", "On", "At", "But", "And", "Also", "Shares", "Stock", "Meanwhile",
    "While", "Rival", "Peer", "Both", "Its", "Their", "US", "U.S.", "UK", "Chinese",
    "Japanese", "Korean", "Indian", "European", "American", "British", "German", "French",
    "Australian", "Canadian", "Smaller", "Larger", "Fellow",
})  # fmt: skip


def _name_before(text: str, at: int) -> str | None:
    """The company name written right before the bracket that opens at ``at`` or just before
    it ("Catalent Inc (NYSE:CTLT)" -> "Catalent"), without its legal form; None when no run of
    capitalised words ends there."""
    end = at
    while end > 0 and text[end - 1] in " \t([":
        end -= 1
    words: list[str] = []
    pos = end
    for w in reversed(list(NAME_WORD.finditer(text, max(0, end - 80), end))):
        gap = text[w.end() : pos]
        if gap not in ("", " ", ", ") or len(words) >= 6 or w.group() in ("and", "of"):
            break
        if gap == ", " and not LEGAL_TAIL.fullmatch(text, w.end(), end):
            break  # "In April, Catalent": a comma ends the name unless a legal form follows
        words.insert(0, w.group())
        pos = w.start()
    name = LEGAL_TAIL.sub("", " ".join(words)).strip(" ,.")
    tokens = name.split()
    while tokens and tokens[0] in _NOT_NAME_START:
        tokens.pop(0)
    name = " ".join(tokens)
    if len(name) < 3:
        return None
    return name


def _name_tokens(name: str) -> list[str]:
    return _NAME_TOKEN.findall(name.lower())


_START = attrgetter("start")  # a sort key in C: texts sort dozens of hits


_PREFIX_MAX = max(map(len, PREFIX_MIC))


def _prefix_matches(text: str) -> list[re.Match[str]]:
    """What ``PREFIX_RE.finditer(text)`` yields, searched only just before each colon.

    Every match holds exactly one colon, and its prefix ends where the whitespace before that
    colon starts and is at most ``_PREFIX_MAX`` characters long, so only those few starts can
    match: scanning the whole text tries the long prefix alternation at every position.
    """
    out: list[re.Match[str]] = []
    pos = 0
    while True:
        colon = text.find(":", pos)
        if colon < 0:
            return out
        k = colon
        while k > pos and text[k - 1].isspace():
            k -= 1
        for start in range(max(pos, k - _PREFIX_MAX), k):
            m = PREFIX_RE.match(text, start)
            if m is not None:
                out.append(m)
                pos = m.end()
                break
        else:
            pos = colon + 1


def _bloomberg_matches(text: str) -> list[re.Match[str]]:
    """What ``BLOOMBERG_RE.finditer(text)`` yields: each match starts at a bracket, so only
    the brackets are tried (a scan tries the pattern at every character)."""
    out: list[re.Match[str]] = []
    for opener in ("(", "["):
        at = text.find(opener)
        while at >= 0:
            m = BLOOMBERG_RE.match(text, at)
            if m is not None:
                out.append(m)
            at = text.find(opener, at + 1)
    if len(out) > 1:
        out.sort(key=_MATCH_START)
    return out


_MATCH_START = methodcaller("start")


def _cashtag_matches(text: str) -> list[re.Match[str]]:
    """What ``CASHTAG_RE.finditer(text)`` yields: each match starts at a dollar sign."""
    out: list[re.Match[str]] = []
    at = text.find("$")
    while at >= 0:
        m = CASHTAG_RE.match(text, at)
        if m is not None:
            out.append(m)
        at = text.find("$", at + 1)
    return out


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    seen: dict[tuple[str, str, str], Candidate] = {}
    for c in cands:
        key = (c.kind, c.target, c.form)
        if key not in seen or c.score > seen[key].score:
            seen[key] = c
    return list(seen.values())


_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def _case_ok(c: Candidate, surface: str) -> bool:
    """Whether the text's capitalisation fits the alias as the table writes it."""
    if surface == c.form:
        return True
    return _case_fits(c.kind in ("index", "block"), c.form, surface)


@lru_cache(maxsize=1 << 16)
def _case_fits(loose: bool, form: str, surface: str) -> bool:
    """``_case_ok`` for a surface that differs from the form; the same pairs recur in every
    article ("Hong Kong", "Nasdaq"), so the verdict is remembered."""
    if loose:
        # Index names are written loosely ("Hang Seng tech index") but start with a capital,
        # and an all-capital short form (HSI, VIX) must stay all capitals.
        if form.isupper() and len(form) <= 6:
            return surface == form
        return surface[:1].isupper() or not form[:1].isupper()
    # an exchange list's name in capitals ("LAOPU GOLD", "PING AN") says nothing of how its
    # later words are written: only its first word may be an acronym to keep in capitals
    listed_caps = form.isupper()
    first = True
    for form_tok, text_tok in zip(_TOKEN.findall(form), _TOKEN.findall(surface), strict=False):
        if form_tok.lower() in FUNCTION_WORDS and not first:
            first = False
            continue
        if form_tok.isupper() and len(form_tok) <= 4 and (first or not listed_caps):
            if text_tok != form_tok:  # acronyms: "SMIC", "BYD" only in capitals
                return False
        elif (form_tok[:1].isupper() and not text_tok[:1].isupper()) or (
            form_tok[:1].islower() and text_tok != form_tok and not text_tok[:1].isupper()
        ):
            return False
        first = False
    return surface[:1].isupper() or surface[:1].isdigit() or not form[:1].isupper()


INDEX_LIST_BEFORE = re.compile(
    r"(?:s&p 500|s&p|dow|dow jones|russell 2000|nasdaq|the dow)(?:,| and| &)\s+(?:the\s+)?$"
)
LEGAL_NEXT = re.compile(
    r"\s+(?:Co|Co\.|Corp|Corporation|Inc|Ltd|Limited|Group|Holdings?|plc|PLC|AG|SA|SE|NV)\b"
)


def _standalone(text: str, start: int, end: int) -> bool:
    """A name made of ordinary words must not sit inside a longer capitalised name."""
    prev = PREV_WORD.search(text, max(0, start - 20), start)
    if prev and not SENTENCE_END.search(text[max(0, prev.start() - 4) : prev.start()] or "\n"):
        return False
    nxt = re.match(r"\s+([A-Z][\w&-]*)", text[end : end + 30])
    return not (nxt and not LEGAL_NEXT.match(text, end))


# A market's adjective names its index only before an index noun, maybe across a list: "the
# Italian index", "the bank-heavy Italian and Spanish indexes".
INDEX_NOUN_AFTER = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+|\s+&\s+)[A-Z][a-z]+)*\s+(?:(?:main|benchmark|blue-chip|"
    r"blue chip|leading|key|stock|share|equity|broader|broad|national)\s+)*(?:index|indexes|"
    r"indices|benchmark|bourse|stock index)\b"
)
# An index name inside a fund's name ("Motilal Oswal Nasdaq 100 ETF") is the fund's.
INDEX_PRODUCT_AFTER = re.compile(r"\s+(?:ETFs?|Fund|fund|Index Fund|tracker|UCITS)\b")
PRODUCT_LEADS = (" ETF", " Fund", " fund", " Index Fund", " tracker", " UCITS")


def _index_context_ok(c: Candidate, text: str, start: int, end: int) -> bool:
    """The context an index alias asks for: an adjective an index noun, an exchange's name no
    listing verb before it."""
    if text.startswith(PRODUCT_LEADS, end) and INDEX_PRODUCT_AFTER.match(text, end):
        return False
    if c.needs == "index_noun":
        return INDEX_NOUN_AFTER.match(text, end) is not None
    if c.needs == "venue":
        return not VENUE_BEFORE.search(text[max(0, start - 40) : start].lower())
    return True


def _context_ok(c: Candidate, text: str, start: int, end: int) -> bool:
    """Whether the text around a match fits what the candidate asks of it. Each check is
    guarded by the cheap fact it needs (the character after the match, the candidate's flag)
    so that the usual match costs a few comparisons, not a regex per rule."""
    if c.kind == "security":
        return _security_context_ok(c, text, start, end)
    if c.kind == "index" and not _index_context_ok(c, text, start, end):
        return False
    if c.sector and start > 0 and text[start - 1] == "-":
        return False  # "blue-chip index" is no index of chip stocks
    if c.needs_the:
        before = text[max(0, start - 40) : start].lower()
        listed_with = INDEX_LIST_BEFORE.search(before)  # "the S&P 500 and Nasdaq rose"
        if not listed_with and not THE_BEFORE.search(before):
            return False
        if VENUE_BEFORE.search(before):
            return False  # "listed on the Nasdaq": the exchange, not the index
    if c.not_before:
        after = text[end : end + 40].lstrip()
        if after.startswith(c.not_before):
            return False
    return True


def _given_name_before(text: str, prev: re.Match[str]) -> bool:
    """Whether the capitalised word before a name can be a given name: no headline word and
    not the first word of its sentence."""
    head = text[max(0, prev.start() - 4) : prev.start()] or "\n"
    return prev.group(1) not in NOT_NAME_WORDS and not SENTENCE_END.search(head)


THE_BEFORE = re.compile(r"(?:\bthe|tech-heavy|blue-chip|benchmark)\s+$")


def _security_context_ok(c: Candidate, text: str, start: int, end: int) -> bool:
    nxt = text[end : end + 1]
    flag = c.flag
    if c.short_caps and (nxt.isdigit() or nxt == "-") and PRODUCT_NEXT.match(text, end):
        return False  # "GPT-4", "F-35": a product or model number, not a company
    if flag == "G" and not _standalone(text, start, end):
        return False  # "Spartan Capital Securities" is not Capital Securities
    if c.single:
        if (
            text.endswith(("in ", "from "), max(0, start - 5), start)
            and text[start:end].lower() in EXCHANGE_CITIES
        ):
            return False  # "fell 2% in Zurich": the city, not Zurich Insurance
        if nxt == ",":
            prev = PREV_WORD.search(text, max(0, start - 12), start)
            # "Satoru Takada, an analyst at TIW", "Jean Roche, Co-Manager of ...": a person's
            # family name, whatever company shares it; a reviewed name only after a word that
            # can be a given name (not "Rival Samsung, whose chairman")
            if (
                prev
                and PERSON_ROLE_AFTER.match(text, end)
                and (flag in ("", "G") or _given_name_before(text, prev))
            ):
                return False
        elif nxt == " " and flag in ("K", "C") and INDUSTRY_NEXT.match(text, end):
            return False  # "Seres Therapeutics" is no Seres: another company the lists lack
        if flag in ("", "G") and start > 1 and text[start - 1] in " \t":
            prev = PREV_WORD.search(text, max(0, start - 12), start)
            if prev and prev.group(1) in SURNAMES:
                return False  # "Zhong Shanshan", "Lee Jae-yong": a person's given name
    if nxt == " " and text.startswith(FUND_LEADS, end) and FUND_AFTER.match(text, end):
        return False
    if nxt == ":" and flag in ("", "D", "G") and EXCHANGE_PREFIX.match(text, end):
        return False  # "STO:SIMRIS B": an exchange's prefix, not a company
    if (
        c.single
        and flag in ("", "D")
        and (flag == "D" or (c.score < 4.0 and not c.form.isupper()))
        and _inside_longer_name(text, start, end)
    ):
        return False  # "Restylane Lyft", "Mega International", "Anglo-German"
    if flag not in ("C", "D"):
        return True
    if COMMON_NEXT.match(text, end):
        return False
    opens_sentence = SENTENCE_END.search(text[max(0, start - 4) : start] or "\n")
    if COMPANY_CUE.match(text, end):
        return True
    if flag == "D":
        # a dictionary word needs a company's place: a cue after it, or a sentence it does
        # not open whose word before it is lower case ("and Persimmon were"), not "What's Next?"
        prev = PREV_TOKEN.search(text, max(0, start - 30), start)
        return not (opens_sentence or _title_case_line(text, start)) and (
            prev is None or not prev.group(1)[:1].isupper()
        )
    return not opens_sentence


EXCHANGE_PREFIX = re.compile(r":[A-Z0-9]")
# A capitalised industry noun after a short name makes a longer name (of a company no alias
# covers): "Seres Therapeutics", "Apple Hospitality", "Shell Midstream".
INDUSTRY_WORDS = (
    "Therapeutics", "Pharmaceuticals", "Pharmaceutical", "Pharma", "Biosciences", "Bioscience",
    "Biotherapeutics", "Biotech", "Medical", "Bancorp", "Bancshares", "Hospitality", "Midstream",
    "Realty", "Properties", "REIT", "Acquisition", "Minerals", "Mining", "Biologics",
    "Diagnostics", "Genomics", "Oncology", "Semiconductors", "Semiconductor", "Robotics",
)  # fmt: skip
INDUSTRY_NEXT = re.compile(r" (?:" + "|".join(INDUSTRY_WORDS) + r")\b")
PREV_TOKEN = re.compile(r"([\w'’&.-]+)[ \t,]*$")
# A company's name inside a fund's ("SBI ETF SENSEX", "Vanguard Growth Fund") is the fund's.
FUND_AFTER = re.compile(r"\s+(?:ETFs?|Mutual Fund|Index Fund|Exchange Traded Fund)\b")
FUND_LEADS = (" ETF", " Mutual", " Index", " Exchange")  # what FUND_AFTER can start with
NAME_GOES_ON = re.compile(r"[ \t]+([A-Z][\w&'’]*)|-[A-Z]")
# Capitalised words that may follow or precede a company's one-word name without making it
# part of a longer name: headline words, share classes, days and months.
NOT_NAME_WORDS = frozenset(
    [
        "A",
        "B",
        "C",
        "H",
        "Shares",
        "Share",
        "Stock",
        "Stocks",
        "Inc",
        "Corp",
        "Ltd",
        "Group",
        "Holdings",
        "AG",
        "SA",
        "SE",
        "NV",
        "ASA",
        "AB",
        "Plc",
        "PLC",
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
        "On",
        "In",
        "At",
        "For",
        "And",
        "But",
        "As",
        "While",
        "After",
        "Before",
        "When",
        "Meanwhile",
        "Also",
        "Elsewhere",
        "Still",
        "Yet",
        "Among",
        "Like",
        "Unlike",
        "Rival",
        "Rivals",
        "Shareholders",
        "Investors",
        "Chief",
        "CEO",
        "CFO",
        "Chairman",
    ]
)


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """A one-word name that is part of a longer capitalised name ("Restylane Lyft", "Samsung
    Publishing", "Anglo-German") names something else."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    if not (after[1:].isupper() and after[:1] in " \t-") and not before[:1].isalpha():
        return False  # neither a capital right after nor a word right before: the usual case
    nxt = NAME_GOES_ON.match(text, end)
    if (
        nxt
        and (nxt.group(1) is None or nxt.group(1) not in NOT_NAME_WORDS)
        and not LEGAL_NEXT.match(text, end)
    ):
        return True
    prev = PREV_WORD.search(text, max(0, start - 20), start)
    if prev is None or prev.group(1) in NOT_NAME_WORDS:
        return False
    return not SENTENCE_END.search(text[max(0, prev.start() - 4) : prev.start()] or "\n")


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a headline with every word capitalised."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return _headline(text[start : end if end >= 0 else len(text)])


@lru_cache(maxsize=1024)
def _headline(line: str) -> bool:
    """``_title_case_line`` of one line; a verdict on the line's words alone, remembered for
    the several dictionary-word names one paragraph may hold."""
    words = [w for w in line.split() if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
