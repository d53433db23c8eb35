"""The vocabulary every stage shares.

Values are frozen dataclasses so that a stage can only produce a new record, never edit the
one it was given. Every extracted value keeps the `Span` of `Article.text` it came from, so a
reader can always see why tickerwire says what it says.

Entity ids are plain strings in the formats the evaluation uses:

- a listed security: ``MIC:CODE`` (``XHKG:00981``, ``XNAS:BIDU``);
- an index: ``INDEX:SYMBOL`` (``INDEX:HSTECH``);
- an unlisted organisation: ``ORG:Name`` (``ORG:DeepSeek``);
- a named basket of stocks (only as a move or catalyst subject): ``GROUP:text``
  (``GROUP:Chinese tech stocks``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Direction = Literal["up", "down", "flat"]
Qualifier = Literal["as_much_as", "more_than", "about", "at_least", "less_than"]
Record = Literal["high", "low"]
Stance = Literal["positive", "negative", "neutral"]
EntityKind = Literal["security", "index", "organization"]
EntityRole = Literal["subject", "source"]
MoveKind = Literal["price", "market_value", "level"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into ``Article.text``."""

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes as they arrived, and where from.

    ``hints`` carries metadata the container already knew (a JSONL line's ``title``, a feed
    item's ``published``); the reader prefers it to what it would guess from the text.
    """

    uri: str
    data: bytes
    name: str = ""
    hints: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A paragraph removed from the body, kept with why it was removed."""

    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """A clean, dated, attributed article.

    ``text`` is the title (when there is one) followed by the kept body paragraphs, separated
    by blank lines; every span of every later stage indexes into it. ``body_start`` is the
    offset of the first body paragraph, so a stage can tell the headline from the body.
    """

    id: str
    uri: str
    name: str
    text: str
    format: str
    title: str | None = None
    title_span: Span | None = None
    body_start: int = 0
    paragraphs: tuple[Span, ...] = ()
    published: dt.datetime | None = None
    published_text: str | None = None
    updated: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    sources: tuple[str, ...] = ()
    dateline: str | None = None
    url: str | None = None
    language: str | None = None
    boilerplate: tuple[Boilerplate, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text that names an entity."""

    span: Span
    entity_id: str
    kind: EntityKind
    how: str  # "alias", "notation", "coreference", "market", ...
    role: EntityRole = "subject"


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved entity with every mention that named it in this article."""

    id: str
    kind: EntityKind
    name: str
    mentions: tuple[Span, ...] = ()
    role: EntityRole = "subject"
    issuer: str | None = None
    exchange: str | None = None
    currency: str | None = None
    other_listings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Move:
    """A reported change of a security, index or basket: a checkable claim."""

    subject: str
    direction: Direction
    value: float
    unit: str  # "%", "pp", "bp", "points", or an ISO currency code for money amounts
    evidence: Span
    kind: MoveKind = "price"
    subject_span: Span | None = None
    qualifier: Qualifier | None = None
    window: str | None = None  # "day", "past month", "4 sessions", "since January low", ...
    date: dt.date | None = None  # the trading day, when the text lets one tell
    price: float | None = None
    currency: str | None = None
    record: Record | None = None
    intraday_time: str | None = None  # "03:00 GMT" for "as of 03:00 GMT"


@dataclass(frozen=True, slots=True)
class Figure:
    """A number that is not a move (a training cost, a tariff rate, a salary)."""

    value: float
    unit: str
    measure: str  # what it measures, in a few words ("tariff", "salary", "training cost")
    evidence: Span
    qualifier: Qualifier | None = None


@dataclass(frozen=True, slots=True)
class Catalyst:
    """Why something moved, as the article says it."""

    subject: str
    cause: str
    evidence: Span  # the span of the cause text
    cue: str  # the causal cue: "driven by", "on hopes that", ...
    entities: tuple[str, ...] = ()  # entity ids named inside the cause
    move_index: int | None = None  # index into ArticleRecord.moves


@dataclass(frozen=True, slots=True)
class Quote:
    """An opinion and who holds it."""

    evidence: Span
    stance: Stance
    speaker: str | None = None
    organization: str | None = None
    role: str | None = None  # "research strategist", "analyst", ...
    about: tuple[str, ...] = ()  # entity ids the view is on
    stance_cues: tuple[str, ...] = ()
    quoted: Span | None = None  # the words in quotation marks, when there are any
    unnamed: bool = False  # "analysts say" with no person or institution


@dataclass(frozen=True, slots=True)
class Sentiment:
    """How the article treats one entity, with the evidence that decided it."""

    entity_id: str
    score: float  # -1.0 .. 1.0
    label: Stance
    evidence: tuple[Span, ...] = ()
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """Everything the per-article pipeline found in one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    moves: tuple[Move, ...] = ()
    figures: tuple[Figure, ...] = ()
    catalysts: tuple[Catalyst, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sentiment: tuple[Sentiment, ...] = ()
    extras: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be read, and why: a failure is a value, never lost."""

    uri: str
    stage: str
    reason: str

    def __str__(self) -> str:
        return f"{self.uri}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Two outlets reporting the same subject over the same window."""

    subject: str
    verdict: Literal["agree", "rounding", "contradict"]
    first_article: str
    first_move: int
    second_article: str
    second_move: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class StoryArticle:
    article_id: str
    novelty: Literal["first", "follow-up", "duplicate"]
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """Many articles, one event."""

    id: str
    title: str
    articles: tuple[StoryArticle, ...]
    entities: tuple[str, ...]
    catalysts: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    first_seen: dt.datetime | None = None
    last_seen: dt.datetime | None = None
    disagreements: tuple[Disagreement, ...] = ()


@dataclass(frozen=True, slots=True)
class Verification:
    """A reported move checked against market prices."""

    article_id: str
    move_index: int
    status: Literal["confirmed", "contradicted", "unknown"]
    reason: str
    observed: float | None = None
    observed_price: float | None = None
    tolerance: float | None = None
    listing: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
