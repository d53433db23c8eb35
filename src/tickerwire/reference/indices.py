"""Market indices (``INDEX:SYMBOL``) and the names news uses for them.

The table is a reviewed data file (``data/indices.tsv``) rather than code so that adding a
name ("Footsie") is a one-line, reviewable change. Symbols are those of the evaluation format.
Unlisted organisations and phrases that are never entities live beside it for the same reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class IndexAlias:
    """One way of writing an index name, with the context it needs."""

    text: str
    needs_the: bool = False  # "the Dow", "the Nasdaq": only with a determiner before it
    not_before: tuple[str, ...] = ()  # "Nikkei" but not "Nikkei Asia"


@dataclass(frozen=True, slots=True)
class Index:
    symbol: str
    name: str
    market: str  # a MIC family ("HK", "US", ...) or a region ("EU", "GL")
    aliases: tuple[IndexAlias, ...]

    @property
    def id(self) -> str:
        return f"INDEX:{self.symbol}"


def _lines(name: str) -> list[str]:
    text = resources.files("tickerwire.reference").joinpath("data", name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _alias(spec: str) -> IndexAlias:
    text, _, negatives = spec.partition("!")
    needs_the = text.startswith("the ")
    if needs_the:
        text = text[4:]
    return IndexAlias(text, needs_the, tuple(n for n in negatives.split("~") if n))


@lru_cache(maxsize=1)
def load_indices() -> tuple[Index, ...]:
    out = []
    for line in _lines("indices.tsv"):
        symbol, name, market, aliases = line.split("\t")
        out.append(Index(symbol, name, market, tuple(_alias(a) for a in aliases.split("|"))))
    return tuple(out)


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
