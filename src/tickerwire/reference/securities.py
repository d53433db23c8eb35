"""The security master: every listing the package knows, grouped by issuer.

The compiled tables in ``data/`` are produced by ``scripts/build_reference.py`` from the
exchange lists named in ``data/SOURCES.md``; this module only reads them. They are loaded
once per process (``load_master`` is cached) because every article needs them and parsing
~45k rows costs tens of milliseconds, not something to repeat per article.
"""

from __future__ import annotations

import csv
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
    flag: str  # "" derived from the lists, "K" reviewed short form, "C" reviewed common word
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
    """Read-only lookups over the shipped listings and their aliases."""

    def __init__(self, listings: list[Listing], aliases: list[Alias]) -> None:
        self.listings: dict[str, Listing] = {x.id: x for x in listings}
        by_issuer: dict[str, list[str]] = defaultdict(list)
        for x in listings:
            by_issuer[x.issuer].append(x.id)
        self._by_issuer = {k: tuple(v) for k, v in by_issuer.items()}
        self.aliases: tuple[Alias, ...] = tuple(aliases)
        self._by_code: dict[str, list[str]] = defaultdict(list)
        for x in listings:
            self._by_code[x.code].append(x.id)

    def __len__(self) -> int:
        return len(self.listings)

    def get(self, listing_id: str) -> Listing | None:
        """The listing for an id, tolerant of leading zeros (``XHKG:981``)."""
        return self.listings.get(normalise_id(listing_id))

    def listings_of_issuer(self, listing_id: str) -> tuple[Listing, ...]:
        """Every listing of the issuer of ``listing_id`` (itself included), primary first."""
        listing = self.get(listing_id)
        if listing is None:
            return ()
        return tuple(self.listings[i] for i in self._by_issuer.get(listing.issuer, ()))

    def primary(self, listing_id: str) -> Listing | None:
        listing = self.get(listing_id)
        return None if listing is None else self.listings.get(listing.issuer)

    def by_code(self, code: str) -> tuple[Listing, ...]:
        """Listings on any exchange whose code is ``code`` (as written, upper-cased)."""
        return tuple(self.listings[i] for i in self._by_code.get(code.upper(), ()))

    def search(self, text: str, limit: int = 10) -> list[Listing]:
        """Listings whose id, code or a name matches ``text``; best matches first.

        Meant for people (the CLI) rather than for articles: it scans the alias table.
        """
        query = text.strip()
        if not query:
            return []
        exact = self.get(query) if ":" in query else None
        hits: dict[str, float] = {}
        if exact is not None:
            hits[exact.id] = 1e9
        for lid in self._by_code.get(query.upper(), ()):
            hits[lid] = max(hits.get(lid, 0.0), 1e6 + self.listings[lid].score)
        folded = _fold(query)
        if folded:
            for alias in self.aliases:
                name = _fold(alias.text)
                if name == folded:
                    rank = 1e5 + alias.score
                elif name.startswith(folded):
                    rank = 1e4 + alias.score
                elif f" {folded} " in f" {name} ":
                    rank = 1e3 + alias.score
                else:
                    continue
                if rank > hits.get(alias.issuer, 0.0):
                    hits[alias.issuer] = rank
        ordered = sorted(hits.items(), key=lambda kv: -kv[1])
        out: list[Listing] = []
        for lid, _ in ordered:
            if lid in self.listings and self.listings[lid] not in out:
                out.append(self.listings[lid])
            if len(out) >= limit:
                break
        return out


def _data_file(name: str):
    return resources.files("tickerwire.reference").joinpath("data", name)


def _read_gz_tsv(name: str) -> list[list[str]]:
    with _data_file(name).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t")
        next(reader)
        return list(reader)


@lru_cache(maxsize=1)
def load_master() -> SecurityMaster:
    """The shipped master, loaded once per process."""
    listings = [
        Listing(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], float(r[8]), r[9] == "1", r[10] == "1")
        for r in _read_gz_tsv("listings.tsv.gz")
    ]
    aliases = [Alias(r[0], r[1], r[2], float(r[3])) for r in _read_gz_tsv("aliases.tsv.gz")]
    return SecurityMaster(listings, aliases)
