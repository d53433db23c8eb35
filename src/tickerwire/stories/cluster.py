"""Articles into stories: fold copies, then group tellings of one event.

Two steps, each built to scale to large feeds:

1. **Near-duplicates.** MinHash signatures are bucketed by band (locality-sensitive hashing),
   candidate pairs are checked on the estimated shingle Jaccard, and union-find folds each
   group. The earliest copy (printed time, then an original before its "— Update", then input
   order) is the original; every other copy points to it.
2. **Same event.** Each group becomes a weighted vector of salient features (entities the
   articles are about, catalyst entities and terms), scaled by inverse document frequency.
   Dated groups are clustered online in time order: a group joins the story whose centroid it
   resembles most, if the story's days are within a few days of its own and the story stays
   within a week. A second facet, the *cause* (catalyst entities and terms, and the unlisted
   organisation the articles keep naming), must also agree when both sides have one: the same
   cast rallying for another reason is another event. Words alone never decide: two rallies of
   the same stock weeks apart stay apart because of time, and an undated article joins a story
   only when its entities and cause match that story's clearly better than the bar for dated
   articles, since time cannot help it.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from tickerwire.stories.sketch import NUM_PERM, Sketch, similarity

DUPLICATE_DAYS = 3  # copies further apart than this are separate reports, however alike
DUPLICATE_THRESHOLD = 0.5  # estimated Jaccard of 4-shingles; an "— Update" copy is well above
DATED_THRESHOLD = 0.22  # cosine to a story's centroid, when the days are compatible
UNDATED_THRESHOLD = 0.32  # without a day, content must carry the whole decision
WHY_ENOUGH = 0.3  # cosine of the cause facets at which causes count as shared
MAX_SPAN = 7  # days from a story's first to its last dated article
DAY_GAP = 3  # days an article may sit outside a story's span (weekends, late follow-ups)
_BAND_ROWS = 3
_BUCKET_PROBES = 8
_BANDS = NUM_PERM // _BAND_ROWS


class UnionFind:
    """Disjoint sets over 0..n-1 with path halving and union by size."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.size = [1] * size

    def find(self, item: int) -> int:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a == b:
            return
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for item in range(len(self.parent)):
            found[self.find(item)].append(item)
        return list(found.values())


class _DayRange:
    """The first and last printed day of each near-duplicate group, kept per union root.

    Copies are published close together; a templated daily report a week on is news, and
    chains of day-apart look-alikes must not fold into one copy spanning a month.
    """

    def __init__(self, sketches: Sequence[Sketch], union: UnionFind) -> None:
        self.union = union
        self.range: dict[int, tuple[date, date]] = {
            i: (item.day, item.day) for i, item in enumerate(sketches) if item.day is not None
        }

    def can_join(self, first: int, second: int) -> bool:
        a = self.range.get(self.union.find(first))
        b = self.range.get(self.union.find(second))
        if a is None or b is None:
            return True
        return (max(a[1], b[1]) - min(a[0], b[0])).days <= DUPLICATE_DAYS

    def join(self, first: int, second: int) -> None:
        a = self.range.get(self.union.find(first))
        b = self.range.get(self.union.find(second))
        self.union.union(first, second)
        merged = a or b
        if a is not None and b is not None:
            merged = (min(a[0], b[0]), max(a[1], b[1]))
        if merged is not None:
            self.range[self.union.find(first)] = merged


def _fold_bucket(members: list[int], sketches: Sequence[Sketch], days: _DayRange) -> None:
    """Union the near-duplicates among one LSH bucket's members.

    Each member is checked against a few representatives of the groups already formed in the
    bucket, not against every member: a wire story syndicated 1,000 times costs 1,000
    comparisons, not half a million.
    """
    union = days.union
    representatives: list[int] = []
    for member in members:
        root = union.find(member)
        signature = sketches[member].signature
        for other in representatives[-_BUCKET_PROBES:]:
            if union.find(other) == root:
                break
            if not days.can_join(member, other):
                continue
            if similarity(signature, sketches[other].signature) >= DUPLICATE_THRESHOLD:
                days.join(member, other)
                break
        else:
            representatives.append(member)


def duplicate_groups(sketches: Sequence[Sketch]) -> list[list[int]]:
    """Indices of sketches grouped by near-duplicate text, each group earliest first."""
    union = UnionFind(len(sketches))
    by_id: dict[str, int] = {}
    for index, item in enumerate(sketches):
        if item.article_id in by_id:
            union.union(by_id[item.article_id], index)
        else:
            by_id[item.article_id] = index
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    for index, item in enumerate(sketches):
        signature = item.signature
        for band in range(_BANDS):
            chunk = signature[band * _BAND_ROWS : (band + 1) * _BAND_ROWS].tobytes()
            buckets[(band, chunk)].append(index)
    days = _DayRange(sketches, union)
    for members in buckets.values():
        if len(members) > 1:
            _fold_bucket(members, sketches, days)
    groups = [sorted(group, key=lambda i: sketches[i].order_key()) for group in union.groups()]
    groups.sort(key=lambda group: sketches[group[0]].order_key())
    return groups


@dataclass
class _Unit:
    """A near-duplicate group: clustered as one article."""

    members: list[int]
    features: dict[str, float]
    why: dict[str, float]
    days: tuple[date, ...]
    vector: dict[str, float] = field(default_factory=dict)
    why_vector: dict[str, float] = field(default_factory=dict)

    @property
    def day(self) -> date | None:
        return self.days[0] if self.days else None


class _Centroid:
    """A running sum of unit vectors with its squared norm, for cosine to the sum."""

    __slots__ = ("norm2", "sums")

    def __init__(self) -> None:
        self.sums: dict[str, float] = {}
        self.norm2 = 0.0

    def add(self, vector: dict[str, float]) -> None:
        sums = self.sums
        for key, value in vector.items():
            old = sums.get(key, 0.0)
            new = old + value
            sums[key] = new
            self.norm2 += new * new - old * old

    def cosine(self, vector: dict[str, float]) -> float:
        if self.norm2 <= 0 or not vector:
            return 0.0
        sums = self.sums
        dot = sum(value * sums.get(key, 0.0) for key, value in vector.items())
        return dot / math.sqrt(self.norm2)


def why_gate(why_cosine: float, *, dated: bool) -> float:
    """How much a disagreement about the cause lowers the match.

    Same cast, different cause is the classic false merge ("SMIC rallies on DeepSeek" vs "SMIC
    rallies on chip localisation" weeks apart). When both sides name a cause and the causes
    barely overlap, the match is scaled down: fully for undated articles, by half at most for
    dated ones whose days already agree.
    """
    share = min(1.0, why_cosine / WHY_ENOUGH)
    return 0.5 + 0.5 * share if dated else share


@dataclass
class _Cluster:
    units: list[int]
    whole: _Centroid = field(default_factory=_Centroid)
    why: _Centroid = field(default_factory=_Centroid)
    first: date | None = None
    last: date | None = None

    def add(self, index: int, unit: _Unit) -> None:
        self.units.append(index)
        self.whole.add(unit.vector)
        self.why.add(unit.why_vector)
        for day in unit.days:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)

    def score(self, unit: _Unit) -> float:
        score = self.whole.cosine(unit.vector)
        if score > 0 and unit.why_vector and self.why.norm2 > 0:
            score *= why_gate(self.why.cosine(unit.why_vector), dated=unit.day is not None)
        return score

    def near(self, day: date) -> bool:
        """Within a few days of the story, and the story no longer than `MAX_SPAN` with it.

        The cap stops chaining: daily articles on one company over months are many stories.
        """
        if self.first is None or self.last is None:
            return True
        if (self.first - day).days > DAY_GAP or (day - self.last).days > DAY_GAP:
            return False
        return (max(self.last, day) - min(self.first, day)).days <= MAX_SPAN


def _units(sketches: Sequence[Sketch], groups: list[list[int]]) -> list[_Unit]:
    units = []
    for group in groups:
        features: dict[str, float] = {}
        why: dict[str, float] = {}
        days: set[date] = set()
        for index in group:
            item = sketches[index]
            for key, value in item.features.items():
                features[key] = max(features.get(key, 0.0), value)
            for key, value in item.why.items():
                why[key] = max(why.get(key, 0.0), value)
            if item.day is not None and not days:
                # Members are earliest first: the original's day is the event's day. A copy
                # re-hosted weeks later must not stretch the story over those weeks.
                days.add(item.day)
        units.append(_Unit(group, features, why, tuple(sorted(days))))
    frequency: dict[str, int] = defaultdict(int)
    for unit in units:
        for key in unit.features.keys() | unit.why.keys():
            frequency[key] += 1
    total = len(units)
    idf = {key: math.log(1.0 + (total + 1) / (count + 1)) for key, count in frequency.items()}
    for unit in units:
        unit.vector = _normalised(unit.features, idf)
        unit.why_vector = _normalised(unit.why, idf)
    return units


def _normalised(weights: dict[str, float], idf: dict[str, float]) -> dict[str, float]:
    raw = {key: value * idf[key] for key, value in weights.items()}
    norm = math.sqrt(sum(value * value for value in raw.values())) or 1.0
    return {key: value / norm for key, value in raw.items()}


def _best(
    unit: _Unit, candidates: Iterable[int], clusters: list[_Cluster], threshold: float
) -> int | None:
    best, best_score = None, threshold
    for index in sorted(set(candidates)):
        cluster = clusters[index]
        if unit.day is not None and not cluster.near(unit.day):
            continue
        score = cluster.score(unit)
        if score >= best_score:
            best, best_score = index, score
    return best


def event_clusters(units: list[_Unit]) -> list[list[int]]:
    """Group units into events: dated ones online in time order, then the undated ones."""
    clusters: list[_Cluster] = []
    postings: dict[str, list[int]] = defaultdict(list)

    def place(index: int, threshold: float) -> None:
        unit = units[index]
        candidates = (c for key in unit.vector for c in postings.get(key, ()))
        target = _best(unit, candidates, clusters, threshold)
        if target is None:
            target = len(clusters)
            clusters.append(_Cluster([]))
        clusters[target].add(index, unit)
        for key in unit.vector:
            if not postings[key] or postings[key][-1] != target:
                postings[key].append(target)

    dated = sorted(
        (i for i, u in enumerate(units) if u.day is not None), key=lambda i: (units[i].day, i)
    )
    undated = [i for i, u in enumerate(units) if u.day is None]
    for index in dated:
        place(index, DATED_THRESHOLD)
    # Undated articles are matched against the dated stories as they stand, so the result
    # does not depend on their order; the ones left are then grouped among themselves.
    fixed = len(clusters)
    choices = {}
    for index in undated:
        candidates = (c for key in units[index].vector for c in postings.get(key, ()) if c < fixed)
        choices[index] = _best(units[index], candidates, clusters, UNDATED_THRESHOLD)
    for index in undated:
        target = choices[index]
        if target is not None:
            clusters[target].add(index, units[index])
    for index in undated:
        if choices[index] is None:
            place(index, UNDATED_THRESHOLD)
    return [cluster.units for cluster in clusters]


class _Day:
    __slots__ = ("day",)

    def __init__(self, day: date | None) -> None:
        self.day = day


def fold_pairs(days: Sequence[date | None], pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Near-duplicate groups from candidate pairs already found similar, by index.

    The same rule as `duplicate_groups`: pairs are unioned in the order given, and never
    into a group whose printed days would span more than `DUPLICATE_DAYS`. The Spark job
    finds the pairs with a distributed join and folds them with this, window by window.
    """
    union = UnionFind(len(days))
    ranges = _DayRange([_Day(day) for day in days], union)  # type: ignore[arg-type]
    for first, second in pairs:
        if union.find(first) != union.find(second) and ranges.can_join(first, second):
            ranges.join(first, second)
    return union.groups()


def cluster_vectors(
    units: Sequence[tuple[date | None, dict[str, float], dict[str, float]]],
) -> list[list[int]]:
    """`event_clusters` over units given as ``(day, vector, why_vector)``, already weighted.

    The Spark job folds duplicates and computes the inverse document frequencies across the
    whole archive with distributed joins, then runs this same clustering on each window of
    days; ``units`` must be in the order the local clusterer would see them (earliest first).
    """
    return event_clusters(
        [
            _Unit([index], {}, {}, (day,) if day else (), vector, why)
            for index, (day, vector, why) in enumerate(units)
        ]
    )


def story_id(article_ids: Iterable[str]) -> str:
    """Stable id from the member articles: re-running on the same inputs gives the same id."""
    digest = hashlib.sha1("\n".join(sorted(article_ids)).encode()).hexdigest()
    return "story:" + digest[:12]


def cluster_sketches(sketches: Sequence[Sketch]) -> list[tuple[list[int], list[list[int]]]]:
    """Stories as lists of near-duplicate groups of sketch indices, earliest story first.

    Each story is ``(all members earliest first, duplicate groups)``.
    """
    groups = duplicate_groups(sketches)
    units = _units(sketches, groups)
    stories = []
    for unit_indices in event_clusters(units):
        member_groups = sorted(
            (units[i].members for i in unit_indices), key=lambda g: sketches[g[0]].order_key()
        )
        members = sorted(
            (m for group in member_groups for m in group), key=lambda m: sketches[m].order_key()
        )
        stories.append((members, member_groups))
    stories.sort(key=lambda story: sketches[story[0][0]].order_key())
    return stories
