"""Market indices (``INDEX:SYMBOL``) and the names news uses for them.

The table is a reviewed data file (``data/indices.tsv``) rather than code so that adding a
name ("Footsie") is a one-line, reviewable change. Symbols are those of the evaluation format.
Sector indices ("Nifty Metal", "the STOXX 600 banks index", "Topix banks index") come in
families whose names multiply (family names x sector words x "index"/"sub-index"...), so they
are described by two small tables (``index_families.tsv``, ``index_sectors.tsv``) instead of
one hand-written line per index and per wording. The entity stage looks for the sector phrase
("banks index") and then for a family's name right before it ("STOXX 600"), rather than for
every product of the two: that would be some 25,000 more names to load in every process.
Unlisted organisations and phrases that are never entities live beside it for the same reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# What an alias needs around it besides the name (see the header of data/indices.tsv).
NEEDS_MARKS = {"+": "index_noun", "%": "venue"}
# "=Exchange": the exchange whose main index this is; these phrases name that index.
EXCHANGE_FORMS = (
    "main index of the {x}",
    "benchmark index of the {x}",
    "leading index of the {x}",
    "key index of the {x}",
    "main index on the {x}",
    "{x}'s main index",
    "{x}’s main index",
    "{x}'s benchmark index",
    "{x}’s benchmark index",
    "{x}'s benchmark",
    "{x}’s benchmark",
    "{x} benchmark index",
    "{x} main index",
)
# How a sector index is written after its family's name, and (without a family name) the
# phrases that name a sector index of the article's family.
FAMILY_FORMS = ("{f} {w} index", "{f} {w} indices", "{f} {w} indexes", "{f} {w} sector index",
                "{f} {w} sub-index", "{f} {w} subindex", "{f} {w} sector sub-index",
                "{f} {w} stocks index", "{f} {w} share index")  # fmt: skip
GENERIC_FORMS = ("{w} index", "{w} indices", "{w} indexes", "{w} sector index",
                 "{w} sector indices", "{w} sub-index", "{w} subindex", "{w} sector sub-index",
                 "sub-index of {w} stocks", "sub-index of {w} shares", "index of {w} stocks",
                 "index of {w} shares", "{w} stocks index", "{w} share index")  # fmt: skip
SECTOR_PREFIX = "SECTOR:"  # target of a sector index named without its family


@dataclass(frozen=True, slots=True)
class IndexAlias:
    """One way of writing an index name, with the context it needs."""

    text: str
    needs_the: bool = False  # "the Dow", "the Nasdaq": only with a determiner before it
    not_before: tuple[str, ...] = ()  # "Nikkei" but not "Nikkei Asia"
    needs: str = ""  # "index_noun" (an adjective), "venue" (also an exchange)


@dataclass(frozen=True, slots=True)
class Index:
    symbol: str
    name: str
    market: str  # a MIC family ("HK", "US", ...) or a region ("EU", "GL")
    aliases: tuple[IndexAlias, ...]
    family: str = ""  # the sector family it heads or belongs to ("STOXX600", "NIFTY")

    @property
    def id(self) -> str:
        return f"INDEX:{self.symbol}"


@dataclass(frozen=True, slots=True)
class Family:
    """A family of sector indices: where it trades and which sectors it has."""

    key: str
    market: str
    sectors: dict[str, str]  # sector suffix -> index symbol


def _lines(name: str) -> list[str]:
    text = resources.files("tickerwire.reference").joinpath("data", name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _alias(spec: str) -> list[IndexAlias]:
    """The aliases one table entry stands for (an "=Exchange" entry stands for several)."""
    if spec.startswith("="):
        x = spec[1:]
        return [IndexAlias(form.format(x=x)) for form in EXCHANGE_FORMS]
    needs = NEEDS_MARKS.get(spec[:1], "")
    if needs:
        spec = spec[1:]
    text, _, negatives = spec.partition("!")
    needs_the = text.startswith("the ")
    if needs_the:
        text = text[4:]
    return [IndexAlias(text, needs_the, tuple(n for n in negatives.split("~") if n), needs)]


@lru_cache(maxsize=1)
def load_families() -> dict[str, Family]:
    out = {}
    for line in _lines("index_families.tsv"):
        key, market, _mains, _names, _bare, sectors = line.split("\t")
        table = {}
        for item in sectors.split(","):
            suffix, _, symbol = item.strip().partition("=")
            table[suffix] = symbol or f"{key}_{suffix}"
        out[key] = Family(key, market, table)
    return out


@lru_cache(maxsize=1)
def _sector_words() -> dict[str, tuple[str, ...]]:
    out = {}
    for line in _lines("index_sectors.tsv"):
        suffix, words = line.split("\t")
        out[suffix] = tuple(w for w in words.split("|") if w)
    return out


def _sector_indices(named: dict[str, Index]) -> list[Index]:
    """Every sector index of every family, with the names it is looked for by alone: the
    family's name and the sector word where the family is written so ("Nifty Metal", "BSE
    Bankex"), and the indexed forms of sector words holding a number, which the generic
    phrases leave out. "STOXX 600 banks index" is found as "banks index" after a family name
    (``family_names``)."""
    words = _sector_words()
    made: dict[str, list[IndexAlias]] = {}
    market: dict[str, str] = {}
    family_of: dict[str, str] = {}
    for line in _lines("index_families.tsv"):
        key, fam_market, _mains, names, bare, _sectors = line.split("\t")
        family = load_families()[key]
        for suffix, symbol in family.sectors.items():
            forms = made.setdefault(symbol, [])
            market.setdefault(symbol, fam_market)
            family_of.setdefault(symbol, key)
            for f in names.split("|"):
                for w in words.get(suffix, ()):
                    if any(c.isdigit() for c in w):
                        forms.extend(IndexAlias(x.format(f=f, w=w)) for x in FAMILY_FORMS)
                    if bare == "yes":
                        forms.append(IndexAlias(f"{f} {w}"))
    out = []
    for symbol, forms in made.items():
        if symbol in named:
            continue  # an index of its own (NIFTYBANK, SOX): its names are added to it
        name = symbol.replace("_", " ").title()
        out.append(Index(symbol, name, market[symbol], tuple(forms), family_of[symbol]))
    for symbol, forms in made.items():
        if symbol in named:
            old = named[symbol]
            named[symbol] = Index(old.symbol, old.name, old.market, old.aliases + tuple(forms),
                                  old.family or family_of[symbol])  # fmt: skip
    return out


@lru_cache(maxsize=1)
def family_names() -> tuple[tuple[str, str], ...]:
    """(name, family key) for every name news gives a sector family ("STOXX 600", "European",
    "Topix"), longest first: written right before a sector phrase, it says whose sector."""
    out = []
    for line in _lines("index_families.tsv"):
        key, _market, _mains, names, *_ = line.split("\t")
        out.extend((n, key) for n in names.split("|") if n)
    return tuple(sorted(out, key=lambda item: -len(item[0])))


def generic_sector_aliases() -> list[tuple[str, str, str]]:
    """(phrase, sector suffix, context needed) for sector indices named without their family
    ("the real estate sector index"): the entity stage gives them the family named right
    before them, else the family of their context. A sector that moves ("the energy sector
    plunged 3.2%") is a group of stocks, not an index: only an index noun makes one."""
    out = []
    for suffix, words in _sector_words().items():
        for w in words:
            if any(c.isdigit() for c in w):
                continue  # "100 index" names nothing by itself
            out.extend((form.format(w=w), suffix, "") for form in GENERIC_FORMS)
    return out


@lru_cache(maxsize=1)
def load_indices() -> tuple[Index, ...]:
    named: dict[str, Index] = {}
    for line in _lines("indices.tsv"):
        symbol, name, market, aliases = line.split("\t")
        found = tuple(a for spec in aliases.split("|") for a in _alias(spec))
        named[symbol] = Index(symbol, name, market, found)
    for line in _lines("index_families.tsv"):
        key, _market, mains, *_ = line.split("\t")
        for symbol in mains.split(","):
            old = named.get(symbol)
            if old is not None and not old.family:
                named[symbol] = Index(old.symbol, old.name, old.market, old.aliases, key)
    generated = _sector_indices(named)
    return (*named.values(), *generated)


@lru_cache(maxsize=1)
def load_organizations() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(canonical name, aliases) of unlisted organisations."""
    out = []
    for line in _lines("organizations.tsv"):
        name, aliases = line.split("\t")
        out.append((name, tuple(a for a in aliases.split("|") if a)))
    return tuple(out)


@lru_cache(maxsize=1)
def load_not_entities() -> tuple[str, ...]:
    """Phrases that hide any alias inside them (outlets, venues, data vendors)."""
    return tuple(line.strip() for line in _lines("not_entities.tsv"))


def index_by_symbol(symbol: str) -> Index | None:
    symbol = symbol.removeprefix("INDEX:")
    return next((i for i in load_indices() if i.symbol == symbol), None)
