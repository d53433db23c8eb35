"""Per-article story sketches: the few hundred bytes the clustering step needs.

A sketch is computed once per article (it can run in the map phase of any engine) and keeps
what decides whether two articles tell the same event:

- a MinHash signature of word shingles, to fold syndicated and updated copies;
- weighted *salient features*: the entities the article is about (weighted by how often and
  where they are named, whether they moved, whether they are a catalyst), catalyst terms;
- the article's day: its printed publication date, or the trading days of its moves.

Hashing is our own (CRC32 per token, combined and permuted with fixed 64-bit constants), so a
sketch is identical in every process and on every machine, unlike Python's salted ``hash``.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

import numpy as np
import yaml

from tickerwire.model import ArticleRecord, Entity

NUM_PERM = 64
SHINGLE = 4

_WORD = re.compile(r"\w+")
_UPDATE_TITLE = re.compile(
    r"(?:\bupdate\s*\d*\b|\bupdated\b|^\s*update\s*\d*\s*-|\(\s*corrected\s*\)|\brefile\b)",
    re.IGNORECASE,
)

_ROLE_WEIGHT = {"subject": 1.0, "source": 0.3}
_KIND_WEIGHT = {"security": 1.0, "organization": 1.0, "index": 0.6}
_CATALYST_ENTITY_WEIGHT = 2.0
_CATALYST_TERM_WEIGHT = 0.35
_GROUP_WEIGHT = 0.4
_NAME_FALLBACK_WEIGHT = 0.5

# Odd 64-bit multipliers and offsets for the permutations: fixed so sketches are stable.
_RNG = np.random.default_rng(0x7469636B)
_PERM_A = (_RNG.integers(1, 2**63 - 1, NUM_PERM, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
_PERM_B = _RNG.integers(0, 2**63 - 1, NUM_PERM, dtype=np.uint64)
_SHINGLE_MULT = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5],
    dtype=np.uint64,
)[:SHINGLE]
_EMPTY_SIGNATURE = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)


@dataclass(frozen=True, slots=True)
class Sketch:
    """What clustering needs from one article; small enough to hold millions in memory."""

    article_id: str
    position: int  # order in the input, the last tie-breaker
    name: str
    title: str
    outlet: str | None
    published: datetime | None
    day: date | None  # the printed publication date, else the earliest trading day of a move
    move_days: tuple[date, ...]
    is_update: bool  # the title marks a revised copy ("— Update", "UPDATE 2-", "(Corrected)")
    signature: np.ndarray  # MinHash, NUM_PERM uint64 values
    features: dict[str, float]  # salient feature -> weight
    why: dict[str, float]  # the cause facet: catalyst entities and terms, the newsmakers

    @property
    def dated(self) -> bool:
        return self.day is not None

    def order_key(self) -> tuple:
        """Earliest first: printed time, then an original before its update, then input order."""
        stamp = _timestamp(self.published) if self.published is not None else math.inf
        return (stamp, self.is_update, self.position)


def _timestamp(moment: datetime) -> float:
    if moment.tzinfo is None:  # a printed time with no zone: read as UTC, never as local
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def outlet_of(record: ArticleRecord) -> str | None:
    """The outlet that carried the article: publisher, else first wire source, else host."""
    article = record.article
    if article.publisher:
        return article.publisher.strip()
    if article.sources:
        return article.sources[0].strip()
    if article.url:
        host = urlparse(article.url).netloc.lower()
        return host.removeprefix("www.") or None
    return None


def entity_key(entity: Entity) -> str:
    """One key per issuer, so the Hong Kong and Shanghai listings of a company count as one."""
    if entity.kind == "security":
        if entity.issuer:
            return "ISSUER:" + entity.issuer
        if entity.other_listings:
            return min((entity.id, *entity.other_listings))
    return entity.id


def signature_of(text: str) -> np.ndarray:
    """MinHash of the word 4-shingles of ``text``."""
    tokens = _WORD.findall(text.lower())
    if not tokens:
        return _EMPTY_SIGNATURE.copy()
    hashes = np.fromiter(
        (zlib.crc32(token.encode()) for token in tokens), dtype=np.uint64, count=len(tokens)
    )
    if len(hashes) >= SHINGLE:
        width = len(hashes) - SHINGLE + 1
        shingles = np.zeros(width, dtype=np.uint64)
        for offset in range(SHINGLE):
            shingles += hashes[offset : offset + width] * _SHINGLE_MULT[offset]
    else:
        shingles = hashes * _SHINGLE_MULT[0]
    shingles = np.unique(shingles)
    permuted = np.multiply.outer(_PERM_A, shingles) + _PERM_B[:, None]
    return permuted.min(axis=1)


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(first == second)) / NUM_PERM


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """The reviewed word lists in ``data/words.yaml``."""
    text = resources.files("tickerwire.stories").joinpath("data/words.yaml").read_text("utf-8")
    return {key: frozenset(value.split()) for key, value in yaml.safe_load(text).items()}


@lru_cache(maxsize=65536)
def _terms(text: str) -> tuple[str, ...]:
    stopwords = _words()["stopwords"]
    return tuple(
        word
        for word in _WORD.findall(text.lower())
        if len(word) > 2 and word not in stopwords and not word.isdigit()
    )


_CAPITALISED = re.compile(r"\b[A-Z][\w&-]*[\w&]|\b[A-Z]\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”(]\s*|\n\s*)$")


def _name_fallback(text: str) -> Counter[str]:
    """Capitalised words inside sentences: a weak stand-in when no entity was resolved.

    Only used when the entity stage found nothing, so clustering degrades instead of failing.
    Single words match across outlets better than whole runs ("Hong Kong-listed SMIC" and
    "SMIC" share ``smic``). A sentence's first word counts only when it is an acronym.
    """
    not_names = _words()["not_names"]
    found: Counter[str] = Counter()
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        if not word.isupper() and _SENTENCE_START.search(
            text, max(0, match.start() - 3), match.start()
        ):
            continue
        key = word.lower().removesuffix("-listed")
        if len(key) > 2 and key not in not_names:
            found["NAME:" + key] += 1
    return found


def _entity_features(
    record: ArticleRecord,
) -> tuple[dict[str, float], dict[str, float]]:
    article = record.article
    title_end = article.body_start if article.title_span is not None else 0
    moved = Counter(move.subject for move in record.moves)
    features: dict[str, float] = {}
    why: dict[str, float] = {}
    key_of: dict[str, str] = {}
    for entity in record.entities:
        key = entity_key(entity)
        key_of[entity.id] = key
        count = max(1, len(entity.mentions))
        weight = 1.0 + math.log(count)
        if any(span.start < title_end for span in entity.mentions):
            weight *= 2.0
        if moved.get(entity.id):
            weight *= 1.5
        weight *= _ROLE_WEIGHT.get(entity.role, 1.0) * _KIND_WEIGHT.get(entity.kind, 1.0)
        features[key] = max(features.get(key, 0.0), weight)
        # An unlisted organisation named again and again but never moving is the newsmaker:
        # part of why the event happened even when no catalyst phrase names it.
        newsmaker = entity.kind == "organization" and entity.role == "subject"
        if newsmaker and count >= 2 and not moved.get(entity.id):
            why[key] = max(why.get(key, 0.0), 1.0 + math.log(count))
    for subject, count in moved.items():
        if subject.startswith("GROUP:"):
            key = "GROUP:" + " ".join(_terms(subject[6:]))
            features[key] = features.get(key, 0.0) + _GROUP_WEIGHT * count
    for catalyst in record.catalysts:
        for entity_id in catalyst.entities:
            key = key_of.get(entity_id, entity_id)
            features[key] = features.get(key, 0.0) + _CATALYST_ENTITY_WEIGHT
            why[key] = why.get(key, 0.0) + _CATALYST_ENTITY_WEIGHT
        for term in _terms(catalyst.cause):
            key = "TERM:" + term
            features[key] = features.get(key, 0.0) + _CATALYST_TERM_WEIGHT
            why[key] = why.get(key, 0.0) + _CATALYST_TERM_WEIGHT
    return features, why


def sketch(record: ArticleRecord, position: int = 0) -> Sketch:
    """Summarise one article for clustering; pure and deterministic."""
    article = record.article
    features, why = _entity_features(record)
    if not record.entities:
        # Headlines are title-cased, so only the body's capitals are read as names.
        for key, count in _name_fallback(article.text[article.body_start :]).items():
            features[key] = features.get(key, 0.0) + _NAME_FALLBACK_WEIGHT * (1 + math.log(count))
    move_days = tuple(sorted({move.date for move in record.moves if move.date is not None}))
    if article.published is not None:
        day: date | None = article.published.date()
    else:
        day = move_days[0] if move_days else None
    title = article.title or article.text[: article.body_start].strip() or article.name
    return Sketch(
        article_id=article.id,
        position=position,
        name=article.name,
        title=title,
        outlet=outlet_of(record),
        published=article.published,
        day=day,
        move_days=move_days,
        is_update=bool(_UPDATE_TITLE.search(title)),
        signature=signature_of(article.text),
        features=features,
        why=why,
    )
