"""Turn clustered articles into `Story` values: title, cast, catalysts, outlets, timeline.

The title is generated from what the articles agree on, not copied from one headline: the
subjects that moved most often, their common direction, and the catalyst entity most of the
outlets name ("Hang Seng Tech, SMIC and Xiaomi rise on DeepSeek"). With no move to speak of,
the headline of the article closest to the story's centre is used.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from tickerwire.model import ArticleRecord, Move, Story, StoryArticle
from tickerwire.stories.agreement import compare, window_key
from tickerwire.stories.cluster import story_id
from tickerwire.stories.sketch import Sketch, entity_key

_MAX_ENTITIES = 20
_MAX_CATALYSTS = 5


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One reported move placed in time: when, what, who said it."""

    day: date | None
    article_id: str
    move_index: int
    subject: str
    subject_name: str
    move: Move
    outlet: str | None
    text: str


_LEGAL_SUFFIX = re.compile(
    r"(?:,?\s+(?:inc|corp|corporation|co|company|ltd|limited|plc|holdings?|group|sa|ag|nv|se|"
    r"llc|lp|kk|bhd|tbk|the))+\.?$",
    re.IGNORECASE,
)


def short_names(records: Sequence[ArticleRecord]) -> dict[str, str]:
    """Entity id -> the name the articles themselves use most ("SMIC", "Xiaomi").

    Official names ("Semiconductor Manufacturing International Corporation") make long
    titles and chart labels. The most frequent written mention that looks like a name (no
    ticker notation, at most four words, every word capitalised) is used instead, else the
    official name without its legal suffix.
    """
    surfaces: dict[str, Counter[str]] = {}
    official: dict[str, str] = {}
    for record in records:
        text = record.article.text
        for entity in record.entities:
            official.setdefault(entity.id, entity.name or entity.id)
            counter = surfaces.setdefault(entity.id, Counter())
            for span in entity.mentions:
                surface = " ".join(text[span.start : span.end].split())
                words = surface.split()
                if ":" in surface or not 0 < len(words) <= 4:
                    continue
                if all(w[:1].isupper() or w[:1].isdigit() or w == "&" for w in words):
                    counter[surface] += 1
    names = {}
    for entity_id, name in official.items():
        counter = surfaces.get(entity_id)
        if counter:
            names[entity_id] = max(counter, key=lambda s: (counter[s], -len(s)))
        else:
            short = _LEGAL_SUFFIX.sub("", name).strip(" ,") or name
            names[entity_id] = short.title() if short.isupper() and len(short) > 5 else short
    return names


def name_of(entity_id: str, names: dict[str, str]) -> str:
    if entity_id in names:
        return names[entity_id]
    return entity_id.split(":", 1)[1] if ":" in entity_id else entity_id


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _title(
    records: Sequence[ArticleRecord], names: dict[str, str], catalysts: Counter[str], fallback: str
) -> str:
    subjects: Counter[str] = Counter()
    directions: Counter[str] = Counter()
    for record in records:
        for move in record.moves:
            if move.kind == "level":
                continue
            subjects[move.subject] += 1
            directions[move.direction] += 1
    if not subjects:
        return fallback
    # Named securities and indices first; a basket ("Chinese tech stocks") only fills in.
    ranked = sorted(subjects, key=lambda s: (s.startswith("GROUP:"), -subjects[s]))
    top: list[str] = []
    for subject in ranked:
        name = name_of(subject, names)
        if name in top:
            continue
        if subject.startswith("GROUP:") and top:
            break
        top.append(name)
        if len(top) == 3:
            break
    direction = directions.most_common(1)[0][0]
    plural = len(top) > 1 or top[0].lower().endswith(("stocks", "shares"))
    verb = {"up": "rise", "down": "fall", "flat": "hold steady"}[direction]
    if not plural:
        verb = {"rise": "rises", "fall": "falls", "hold steady": "holds steady"}[verb]
    title = f"{_join(top)} {verb}"
    for driver, _ in catalysts.most_common():
        if driver not in subjects:
            title += f" on {name_of(driver, names)}"
            break
    return title[:1].upper() + title[1:]


def _medoid_title(sketches: Sequence[Sketch]) -> str:
    """Headline of the article sharing most features with the others."""
    totals: Counter[str] = Counter()
    for item in sketches:
        totals.update(item.features.keys())

    def centrality(item: Sketch) -> float:
        return sum(totals[key] for key in item.features)

    return max(sketches, key=lambda item: (centrality(item), -item.position)).title


def timeline(
    records: Sequence[ArticleRecord],
    outlets: dict[str, str | None],
    names: dict[str, str] | None = None,
) -> list[TimelineEntry]:
    """Every move of the story's articles ordered by trading day (undated last)."""
    names = names if names is not None else short_names(records)
    entries = []
    for record in records:
        article = record.article
        published = article.published.date() if article.published else None
        for index, move in enumerate(record.moves):
            day = move.date or (published if window_key(move) == "day" else None)
            entries.append(
                TimelineEntry(
                    day=day,
                    article_id=article.id,
                    move_index=index,
                    subject=move.subject,
                    subject_name=name_of(move.subject, names),
                    move=move,
                    outlet=outlets.get(article.id),
                    text=move.evidence.text(article.text).strip(),
                )
            )
    entries.sort(key=lambda e: (e.day is None, e.day or date.min, e.subject_name, e.article_id))
    return entries


def _catalyst_phrases(records: Sequence[ArticleRecord]) -> tuple[str, ...]:
    phrases: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for record in records:
        for catalyst in record.catalysts:
            cause = " ".join(catalyst.cause.split())
            if not cause:
                continue
            key = cause.lower()
            phrases[key] += 1
            shown.setdefault(key, cause)
    ranked = sorted(phrases, key=lambda key: (-phrases[key], len(key)))
    return tuple(shown[key] for key in ranked[:_MAX_CATALYSTS])


def build_story(
    records: Sequence[ArticleRecord],
    sketches: Sequence[Sketch],
    groups: Sequence[Sequence[int]],
    order: Sequence[int],
) -> Story:
    """One `Story` from its member records.

    ``records`` and ``sketches`` are parallel; ``groups`` lists near-duplicate groups as
    indices into them, each original first; ``order`` is every member, earliest first.
    """
    original_of: dict[int, int] = {}
    for group in groups:
        for member in group[1:]:
            original_of[member] = group[0]
    first = next(index for index in order if index not in original_of)
    articles = []
    for index in order:
        article_id = sketches[index].article_id
        if index in original_of:
            articles.append(
                StoryArticle(article_id, "duplicate", sketches[original_of[index]].article_id)
            )
        else:
            articles.append(StoryArticle(article_id, "first" if index == first else "follow-up"))
    members = [records[index] for index in order]
    names = short_names(members)
    outlets = {sketches[i].article_id: sketches[i].outlet for i in order}

    weight: Counter[str] = Counter()
    representative: dict[str, Counter[str]] = {}
    catalyst_entities: Counter[str] = Counter()
    for record in members:
        moved = {move.subject for move in record.moves}
        for entity in record.entities:
            key = entity_key(entity)
            representative.setdefault(key, Counter())[entity.id] += 1
            bonus = 2 if entity.id in moved else 1
            weight[key] += bonus * (1 + len(entity.mentions) ** 0.5) * (entity.role == "subject")
        for catalyst in record.catalysts:
            catalyst_entities.update(
                dict.fromkeys(catalyst.entities).keys()
            )  # input order: ties break the same in every process
    entities = tuple(
        representative[key].most_common(1)[0][0]
        for key, _ in weight.most_common(_MAX_ENTITIES)
        if weight[key] > 0
    )
    fallback = _medoid_title([sketches[i] for i in order])
    published = [item.published for item in (sketches[i] for i in order) if item.published]
    return Story(
        id=story_id([sketches[i].article_id for i in order]),
        title=_title(members, names, catalyst_entities, fallback),
        articles=tuple(articles),
        entities=entities,
        catalysts=_catalyst_phrases(members),
        outlets=tuple(dict.fromkeys(o for o in (sketches[i].outlet for i in order) if o)),
        first_seen=min(published, key=_stamp) if published else None,
        last_seen=max(published, key=_stamp) if published else None,
        disagreements=compare(members, outlets),
    )


def _stamp(moment: datetime) -> float:
    if moment.tzinfo is None:  # a printed time with no zone: read as UTC, never as local
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()
