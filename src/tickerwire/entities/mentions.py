"""Find the places in a text that name a listing, an index or an organisation.

One Aho-Corasick automaton holds every alias (about 100k, lower-cased) and runs once over
the lower-cased text; each hit is then checked for whole words and for capitalisation
against the alias as the table writes it, so "SMIC" never matches "smic" and a
dictionary-word name ("Apple") needs a capital and a company-like position. Ticker
notations ("(HK:0981)", "0700.HK", "NVDA.O", "$NVDA") are a handful of compiled regexes and
count only when they name a listing the master knows.
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick_rs

from tickerwire.reference.indices import (
    SECTOR_PREFIX,
    generic_sector_aliases,
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
    r"chairman|chairwoman|spokesperson|spokesman|spokeswoman|professor|researcher|trader)\b"
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
    needs: str = ""  # index aliases: "move", "index_noun" or "venue" (see reference.indices)

    @property
    def rank(self) -> tuple[int, float]:
        kind = "curated" if self.kind == "security" and self.flag in ("K", "C") else self.kind
        return (KIND_RANK[kind], -self.score)


@dataclass(frozen=True, slots=True)
class Hit:
    """A span of the text and what it may name, best candidate first."""

    start: int
    end: int
    candidates: tuple[Candidate, ...]
    how: str  # "alias" or "notation"
    listing: str | None = None  # for a notation: the listing it names


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

    def __init__(self, master: SecurityMaster) -> None:
        self.master = master
        # Security aliases stay raw rows (sorted by folded alias) and are parsed only for the
        # keys a text hits; the hand tables are small and parsed up front.
        rows = master.alias_rows
        # Each distinct lower-cased alias is one automaton key; per key only the row range
        # (two machine integers) and the hand-table candidates are kept. The key strings go
        # once the automaton holds them: they and a dict of tuples over ~90k keys cost tens
        # of megabytes that no lookup needs.
        keys: list[str] = []
        position: dict[str, int] = {}
        lows, highs = array("l"), array("l")

        def run(key: str, lo: int, hi: int) -> None:
            at = position.get(key)
            if at is None:
                position[key] = len(keys)
                keys.append(key)
                lows.append(lo)
                highs.append(hi)
            else:  # a key met again later: its last run of rows is the one used
                lows[at], highs[at] = lo, hi

        prev, first = None, 0
        for i, row in enumerate(rows):
            key = row[: row.index("\t")].lower()
            if key != prev:
                if prev is not None:
                    run(prev, first, i)
                prev, first = key, i
        if prev is not None:
            run(prev, first, len(rows))
        extra: dict[str, list[Candidate]] = defaultdict(list)
        for index in load_indices():
            for a in index.aliases:
                extra[a.text.lower()].append(
                    Candidate(
                        "index", index.id, a.text, "I", 0.0, a.needs_the, a.not_before, a.needs
                    )
                )
        for phrase, suffix, needs in generic_sector_aliases():
            # "the real estate sector index": a sector index of the family its context names
            extra[phrase.lower()].append(
                Candidate("index", f"{SECTOR_PREFIX}{suffix}", phrase, "I", -1.0, needs=needs)
            )
        for name, aliases in load_organizations():
            for a in aliases:
                extra[a.lower()].append(Candidate("organization", f"ORG:{name}", a, "O"))
        for phrase in load_not_entities():
            extra[phrase.lower()].append(Candidate("block", "", phrase, "B"))
        for key in extra:
            if key not in position:
                run(key, 0, 0)
        self._lows, self._highs = lows, highs
        self._extra = {position[key]: tuple(cands) for key, cands in extra.items()}
        self._cands: dict[int, tuple[Candidate, ...]] = {}
        self._automaton = ahocorasick_rs.AhoCorasick(
            keys, matchkind=ahocorasick_rs.MATCHKIND_STANDARD
        )

    def candidates(self, key_index: int) -> tuple[Candidate, ...]:
        """Everything one alias key may name, best first (parsed once, then cached)."""
        cands = self._cands.get(key_index)
        if cands is None:
            found = list(self._extra.get(key_index, ()))
            lo, hi = self._lows[key_index], self._highs[key_index]
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
            listing = self.master.get(f"{venue}:{code.replace('.', '-')}")
            if listing is None and venue == "XLON":
                listing = self.master.get(f"{venue}:{code.rstrip('.')}")
            if listing is not None:
                return listing.id
        return None

    def notations(self, text: str) -> list[Hit]:
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
        for m in BLOOMBERG_RE.finditer(text):
            code = m.group("code").replace("/", "-")
            mic = BLOOMBERG_MIC[m.group("ex")]
            if mic == "XSHG" and code.isdigit() and code.zfill(6)[0] in "023":
                mic = "XSHE"
            lid = self.lookup(mic, code)
            if lid:
                hits.append(Hit(m.start("code"), m.end("ex"), (), "notation", normalise_id(lid)))
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

    # -- aliases ----------------------------------------------------------------------------

    def aliases(self, text: str) -> list[Hit]:
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lower-case to two; keep offsets
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        hits: list[Hit] = []
        n = len(text)
        for key, start, end in self._automaton.find_matches_as_indexes(lowered, overlapping=True):
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_@/"):
                continue
            if end < n and (text[end].isalnum() or text[end] == "_"):
                continue
            surface = text[start:end]
            kept = tuple(
                c
                for c in self.candidates(key)
                if _case_ok(c, surface) and _context_ok(c, text, start, end)
            )
            if kept:
                hits.append(Hit(start, end, kept, "alias"))
        return hits

    def find(self, text: str) -> list[Hit]:
        """Non-overlapping hits, leftmost-longest; notations win over aliases they overlap."""
        notes = self.notations(text)
        taken = [(h.start, h.end) for h in notes]
        chosen: list[Hit] = list(notes)
        last_end = -1
        for hit in sorted(self.aliases(text), key=lambda h: (h.start, -(h.end - h.start))):
            if hit.start < last_end:
                continue
            if any(s < hit.end and hit.start < e for s, e in taken):
                continue
            chosen.append(hit)
            last_end = hit.end
        chosen.sort(key=lambda h: h.start)
        return chosen


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
    first = True
    for form_tok, text_tok in zip(_TOKEN.findall(form), _TOKEN.findall(surface), strict=False):
        if form_tok.lower() in FUNCTION_WORDS and not first:
            first = False
            continue
        if form_tok.isupper() and len(form_tok) <= 4:
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


# A market's city names its main index in a wrap only right before a move: "Paris rose 1.3%",
# "Milan, 1.19%"; never after a preposition ("shares in Hong Kong rose 2%").
CITY_MOVE = re.compile(
    r"(?:,\s*(?:(?:up|down)\s+)?[+\-\u2212]?|(?:'s|’s)?\s+(?:(?:is|was|were|has|had|closed|ended|"
    r"finished|stood|traded)\s+)?(?:up|down|higher|lower|rose|fell|gained|added|lost|dropped|"
    r"climbed|slipped|advanced|declined|shed|eased|jumped|slid|edged|rallied|tumbled|sank|"
    r"surged|plunged|firmed|dipped|retreated|rebounded|soared)\b[^.;\n]{0,20}?)"
    r"\d+(?:[.,]\d+)?\s*(?:%|per ?cent|percent|pc\b|points?\b)"
)
PREP_BEFORE = re.compile(r"\b(?:in|on|at|from|of|to|for|the|into|across|via|by|with)\s+$", re.I)
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
    """The context an index alias asks for: a city needs a move, an adjective an index noun."""
    if text.startswith(PRODUCT_LEADS, end) and INDEX_PRODUCT_AFTER.match(text, end):
        return False
    if c.needs == "move":
        if CITY_MOVE.match(text, end) is None:
            return False
        before = text[max(0, start - 12) : start]
        return c.target.startswith(SECTOR_PREFIX) or not PREP_BEFORE.search(before)
    if c.needs == "index_noun":
        return INDEX_NOUN_AFTER.match(text, end) is not None
    if c.needs == "venue":
        return not VENUE_BEFORE.search(text[max(0, start - 40) : start].lower())
    return True


def _context_ok(c: Candidate, text: str, start: int, end: int) -> bool:
    if c.kind == "index" and not _index_context_ok(c, text, start, end):
        return False
    if c.target.startswith(SECTOR_PREFIX) and start > 0 and text[start - 1] == "-":
        return False  # "blue-chip index" is no index of chip stocks
    if c.needs_the:
        before = text[max(0, start - 40) : start].lower()
        listed_with = INDEX_LIST_BEFORE.search(before)  # "the S&P 500 and Nasdaq rose"
        if not listed_with and not re.search(
            r"(?:\bthe|tech-heavy|blue-chip|benchmark)\s+$", before
        ):
            return False
        if VENUE_BEFORE.search(before):
            return False  # "listed on the Nasdaq": the exchange, not the index
    if c.not_before:
        after = text[end : end + 40].lstrip()
        if any(after.startswith(n) for n in c.not_before):
            return False
    if (
        c.kind == "security"
        and len(c.form) <= 4
        and c.form.isupper()
        and PRODUCT_NEXT.match(text, end)
    ):
        return False  # "GPT-4", "F-35": a product or model number, not a company
    if c.kind == "security" and c.flag == "G" and not _standalone(text, start, end):
        return False  # "Spartan Capital Securities" is not Capital Securities
    if c.kind == "security" and c.flag in ("", "G") and " " not in c.form:
        prev = PREV_WORD.search(text, max(0, start - 12), start)
        if prev and prev.group(1) in SURNAMES:
            return False  # "Zhong Shanshan", "Lee Jae-yong": a person's given name
        if prev and PERSON_ROLE_AFTER.match(text, end):
            return False  # "Satoru Takada, an analyst at TIW": a person's family name
    if c.kind == "security" and text.startswith(FUND_LEADS, end) and FUND_AFTER.match(text, end):
        return False
    if c.flag in ("", "D", "G") and text.startswith(":", end) and EXCHANGE_PREFIX.match(text, end):
        return False  # "STO:SIMRIS B": an exchange's prefix, not a company
    derived_word = c.kind == "security" and " " not in c.form and c.flag in ("", "D")
    if (
        derived_word
        and (c.flag == "D" or (c.score < 4.0 and not c.form.isupper()))
        and _inside_longer_name(text, start, end)
    ):
        return False  # "Restylane Lyft", "Mega International", "Anglo-German"
    if c.flag not in ("C", "D"):
        return True
    if COMMON_NEXT.match(text, end):
        return False
    opens_sentence = SENTENCE_END.search(text[max(0, start - 4) : start] or "\n")
    if COMPANY_CUE.match(text, end):
        return True
    if c.flag == "D":
        # a dictionary word needs a company's place: a cue after it, or a sentence it does
        # not open whose word before it is lower case ("and Persimmon were"), not "What's Next?"
        prev = PREV_TOKEN.search(text, max(0, start - 30), start)
        return not (opens_sentence or _title_case_line(text, start)) and (
            prev is None or not prev.group(1)[:1].isupper()
        )
    return not opens_sentence


EXCHANGE_PREFIX = re.compile(r":[A-Z0-9]")
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
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
