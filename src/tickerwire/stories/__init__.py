"""Stories: one event told by many outlets.

`cluster` folds near-duplicate copies, groups the tellings of one event by shared entities,
catalysts and time, and compares what the outlets report (see `cluster`, `agreement`).
"""

from __future__ import annotations

from collections.abc import Sequence

from tickerwire.model import ArticleRecord, Story
from tickerwire.stories.build import TimelineEntry, build_story, timeline
from tickerwire.stories.cluster import cluster_sketches
from tickerwire.stories.sketch import Sketch, outlet_of, sketch

__all__ = ["Sketch", "TimelineEntry", "cluster", "outlet_of", "sketch", "timeline"]


def cluster(records: Sequence[ArticleRecord]) -> tuple[Story, ...]:
    """Every record placed in exactly one story, earliest story first.

    A record given twice (the same article id) is counted once.
    """
    seen: set[str] = set()
    unique = []
    for record in records:
        if record.article.id not in seen:
            seen.add(record.article.id)
            unique.append(record)
    records = unique
    sketches = [sketch(record, position) for position, record in enumerate(records)]
    return tuple(
        build_story(records, sketches, groups, members)
        for members, groups in cluster_sketches(sketches)
    )
