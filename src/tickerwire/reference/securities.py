"""The security master: every listing the package knows, grouped by issuer.

The compiled tables in ``data/`` are produced by ``scripts/build_reference.py`` from the
exchange lists named in ``data/SOURCES.md``; this module only reads them. They are loaded
once per process (``load_master`` is cached) because every article needs them and parsing
~45k rows costs tens of milliseconds, not something to repeat per article.
"""

from __future__ import annotations

import gc
import gzip
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# A MIC is the exchange; a family groups the venues a text names with one word ("Shanghai",
# "US") so that "Shanghai-listed" or "(NYSE:BABA)" can be checked against the listings.
MIC_FAMILY: dict[str, str] = {
    "XHKG": "HK", "XSHG": "CN", "XSHE": "CN", "BJSE": "CN", "XNAS": "US", "XNYS": "US",
    "XASE": "US", "ARCX": "US", "BATS": "US", "IEXG": "US", "XTKS": "JP", "XLON": "GB",
    "XETR": "DE", "XPAR": "FR", "XAMS": "NL", "XNSE": "IN", "XBOM": "IN", "XKRX": "KR",
    "XKOS": "KR", "XTAI": "TW", "ROCO": "TW", "XASX": "AU", "XTSE": "CA", "XTSX": "CA",
    "XSES": "SG", "XSWX": "CH", "XMIL": "IT", "XMAD": "ES", "XSTO": "SE", "XCSE": "DK",
    "XHEL": "FI", "XOSL": "NO", "XBRU": "BE", "XIDX": "ID", "XKLS": "MY", "XBKK": "TH",
    "BVMF": "BR", "XJSE": "ZA", "XNZE": "NZ", "XSAU": "SA",
}  # fmt: skip
NUMERIC_WIDTH = {"XHKG": 5, "XSHG": 6, "XSHE": 6, "BJSE": 6, "XKRX": 6, "XKOS": 6}


@dataclass(frozen=True, slots=True)
class Listing:
    """One line of one exchange: the thing an ``MIC:CODE`` id names."""

    id: str
    issuer: str  # the issuer's primary listing id: the key that groups listings
    name: str
    issuer_name: str
    exchange: str
    currency: str
    type: str  # share, adr, etf, reit, dr
    country: str
    score: float  # rough size/prominence, used to rank issuers that share a name
    financial: bool  # banks, brokers, asset managers: may appear as a source of opinion
    primary: bool
    until: str = ""  # last trading day (ISO date) of a listing that has ended, else ""
    since: str = ""  # first trading day (ISO date) of a listing newer than the lists, else ""

    @property
    def mic(self) -> str:
        return self.id.split(":", 1)[0]

    @property
    def code(self) -> str:
        return self.id.split(":", 1)[1]

    @property
    def family(self) -> str:
        return MIC_FAMILY.get(self.mic, self.mic)


@dataclass(frozen=True, slots=True)
class Alias:
    text: str
    issuer: str
    # "" derived from the lists, "G" derived from ordinary words ("British Land"), "D" derived
    # dictionary word ("Pandora"), "K" reviewed short form, "C" reviewed common word
    flag: str
    score: float


def normalise_id(listing_id: str) -> str:
    """``XHKG:981`` -> ``XHKG:00981``; upper-cases the MIC; leaves other ids alone."""
    mic, sep, code = listing_id.strip().partition(":")
    if not sep:
        return listing_id.strip()
    mic = mic.upper()
    if mic in ("INDEX", "ORG", "GROUP"):
        return f"{mic}:{code}"
    code = code.strip().upper()
    width = NUMERIC_WIDTH.get(mic)
    if width and code.isdigit():
        code = code.lstrip("0").zfill(width)
    return f"{mic}:{code}"


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


class SecurityMaster:
    """Read-only lookups over the shipped listings and their aliases.

    Rows are kept as raw tab-separated lines and parsed on first use: an article touches a
    few dozen listings out of ~45k, so parsing them all up front would only cost start-up time.
    """

    def __init__(self, listing_rows: dict[str, str], alias_rows: list[str]) -> None:
        self._rows = listing_rows
        self._parsed: dict[str, Listing] = {}
        by_issuer: dict[str, list[str]] = defaultdict(list)
        by_code: dict[str, list[str]] = defaultdict(list)
        for lid, row in listing_rows.items():
            issuer = row.split("\t", 2)[1]
            by_issuer[issuer].append(lid)
            by_code[lid.split(":", 1)[1]].append(lid)
        self._by_issuer = by_issuer
        self._by_code = by_code
        self.alias_rows = alias_rows  # "alias\tissuer\tflag\tscore", sorted by folded alias

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, listing_id: object) -> bool:
        return isinstance(listing_id, str) and normalise_id(listing_id) in self._rows

    def _parse(self, lid: str) -> Listing | None:
        listing = self._parsed.get(lid)
        if listing is None:
            row = self._rows.get(lid)
            if row is None:
                return None
            r = row.split("\t")
            listing = Listing(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], float(r[8]),
                              r[9] == "1", r[10] == "1", r[11] if len(r) > 11 else "",
                              r[12] if len(r) > 12 else "")  # fmt: skip
            self._parsed[lid] = listing
        return listing

    @property
    def ids(self) -> list[str]:
        return list(self._rows)

    def get(self, listing_id: str) -> Listing | None:
        """The listing for an id, tolerant of leading zeros (``XHKG:981``)."""
        listing = self._parsed.get(listing_id)
        return listing if listing is not None else self._parse(normalise_id(listing_id))

    def listings_of_issuer(self, listing_id: str) -> tuple[Listing, ...]:
        """Every listing of the issuer of ``listing_id`` (itself included), primary first."""
        listing = self.get(listing_id)
        if listing is None:
            return ()
        ids = sorted(self._by_issuer.get(listing.issuer, ()), key=lambda i: i != listing.issuer)
        return tuple(x for x in map(self._parse, ids) if x is not None)

    def primary(self, listing_id: str) -> Listing | None:
        listing = self.get(listing_id)
        return None if listing is None else self._parse(listing.issuer)

    def by_code(self, code: str) -> tuple[Listing, ...]:
        """Listings on any exchange whose code is ``code`` (as written, upper-cased)."""
        return tuple(x for x in map(self._parse, self._by_code.get(code.upper(), ())) if x)

    def aliases(self) -> list[Alias]:
        """Every alias row, parsed (for tools and tests; the stage reads the raw rows)."""
        out = []
        for row in self.alias_rows:
            r = row.split("\t")
            out.append(Alias(r[0], r[1], r[2], float(r[3])))
        return out

    def search(self, text: str, limit: int = 10) -> list[Listing]:
        """Listings whose id, code or a name matches ``text``; best matches first.

        Meant for people (the CLI) rather than for articles: it scans the alias table.
        """
        query = text.strip()
        if not query:
            return []
        hits: dict[str, float] = {}
        exact = self.get(query) if ":" in query else None
        if exact is not None:
            hits[exact.id] = 1e9
        for lid in self._by_code.get(query.upper(), ()):
            hits[lid] = max(hits.get(lid, 0.0), 1e6 + (self._parse(lid) or exact).score)  # type: ignore[union-attr]
        folded = _fold(query)
        if folded:
            for row in self.alias_rows:
                alias, issuer, _flag, score = row.split("\t")
                name = _fold(alias)
                if name == folded:
                    rank = 1e5 + float(score)
                elif name.startswith(folded):
                    rank = 1e4 + float(score)
                elif f" {folded} " in f" {name} ":
                    rank = 1e3 + float(score)
                else:
                    continue
                if rank > hits.get(issuer, 0.0):
                    hits[issuer] = rank
        out: list[Listing] = []
        for lid, _ in sorted(hits.items(), key=lambda kv: -kv[1]):
            group = self.listings_of_issuer(lid)
            if lid != (group[0].id if group else lid):  # a code hit: that listing first
                group = tuple(sorted(group, key=lambda x: x.id != lid))
            for listing in group:
                if listing not in out:
                    out.append(listing)
            if len(out) >= limit:
                break
        return out[:limit]


def _read_gz_lines(name: str) -> list[str]:
    path = resources.files("tickerwire.reference").joinpath("data", name)
    with path.open("rb") as raw:
        lines = gzip.decompress(raw.read()).decode("utf-8").splitlines()
    return lines[1:]


@lru_cache(maxsize=1)
def load_master() -> SecurityMaster:
    """The shipped master, loaded once per process. The cycle collector is paused meanwhile:
    the ~100k strings and lists made here live as long as the process, and walking them
    while they are made cost a fifth of the load."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        rows = {line.split("\t", 1)[0]: line for line in _read_gz_lines("listings.tsv.gz")}
        return SecurityMaster(rows, _read_gz_lines("aliases.tsv.gz"))
    finally:
        if enabled:
            gc.enable()
