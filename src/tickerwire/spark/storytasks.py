"""The Python halves of the distributed story step, run inside Spark tasks.

Each function works on one Arrow batch or one group: sketches per article, the local
event clustering per window of days, and `build_story` per story. They reuse the local
clusterer's code so that both engines tell the same stories (see `tickerwire.spark.stories`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from functools import cache

import numpy as np
import pyarrow as pa

from tickerwire.serialize import record_from_json
from tickerwire.spark.schema import table_struct
from tickerwire.store.rows import story_tables
from tickerwire.stories import sketch
from tickerwire.stories.build import build_story
from tickerwire.stories.cluster import cluster_vectors

EPOCH = date(1970, 1, 1)
WEIGHTS = pa.map_(pa.string(), pa.float64())
SKETCH = pa.schema([
    ("article_id", pa.string()), ("name", pa.string()), ("stamp", pa.float64()),
    ("is_update", pa.bool_()), ("day", pa.date32()), ("signature", pa.list_(pa.int64())),
    ("features", WEIGHTS), ("why", WEIGHTS),
])  # fmt: skip
ASSIGNED = pa.schema([("unit", pa.string()), ("story_key", pa.string()),
                      ("first_day", pa.date32())])  # fmt: skip


def sketch_rows(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """``mapInArrow`` body: stored articles (id, name, record) → one sketch row each."""
    for batch in batches:
        out: dict[str, list] = {name: [] for name in SKETCH.names}
        for text in batch.column("record").to_pylist():
            item = sketch(record_from_json(text))
            order_stamp = item.order_key()[0]
            out["article_id"].append(item.article_id)
            out["name"].append(item.name)
            out["stamp"].append(None if order_stamp == float("inf") else order_stamp)
            out["is_update"].append(item.is_update)
            out["day"].append(item.day)
            out["signature"].append(item.signature.view(np.int64).tolist())
            out["features"].append(list(item.features.items()))
            out["why"].append(list(item.why.items()))
        yield pa.RecordBatch.from_pydict(out, schema=SKETCH)


def _units(table: pa.Table) -> tuple[list[str], list[tuple[date | None, dict, dict]]]:
    """Units in the local clusterer's order: earliest original first."""
    rows = table.to_pylist()
    rows.sort(key=lambda r: (r["stamp"] is None, r["stamp"] or 0.0, r["is_update"], r["name"],
                             r["unit"]))  # fmt: skip
    return [r["unit"] for r in rows], [
        (r["day"], dict(r["vector"]), dict(r["why_vector"])) for r in rows
    ]


def cluster_window(key: tuple, table: pa.Table, *, width: int) -> pa.Table:
    """``applyInArrow`` body for one window of days: the stories that start inside it."""
    window = key[0].as_py() if isinstance(key[0], pa.Scalar) else key[0]
    start = EPOCH + timedelta(days=int(window) * width)
    end = start + timedelta(days=width)
    ids, units = _units(table)
    out: dict[str, list] = {"unit": [], "story_key": [], "first_day": []}
    for members in cluster_vectors(units):
        first = min(d for d, _, _ in (units[m] for m in members) if d is not None)
        if start <= first < end:
            _emit(out, [ids[m] for m in members], first)
    return pa.Table.from_pydict(out, schema=ASSIGNED)


def cluster_rest(table: pa.Table) -> pa.Table:
    """``applyInArrow`` body for the undated units no dated story took: stories among them."""
    ids, units = _units(table)
    out: dict[str, list] = {"unit": [], "story_key": [], "first_day": []}
    for members in cluster_vectors(units):
        _emit(out, [ids[m] for m in members], None)
    return pa.Table.from_pydict(out, schema=ASSIGNED)


def _emit(out: dict[str, list], members: list[str], first: date | None) -> None:
    for unit in members:
        out["unit"].append(unit)
        out["story_key"].append(members[0])
        out["first_day"].append(first)


@cache
def story_schema() -> pa.Schema:
    return pa.schema([
        pa.field("story", table_struct("stories")),
        pa.field("story_articles", pa.list_(table_struct("story_articles"))),
        pa.field("disagreements", pa.list_(table_struct("disagreements"))),
    ])  # fmt: skip


def build_stories(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """``mapInArrow`` body over rows sorted by story: one output row per story.

    Rows arrive grouped by ``story_key`` (the partition is sorted by it), so one story is in
    memory at a time, however large the partition.
    """
    current: list[dict] = []
    out: list[dict] = []
    for batch in batches:
        for row in batch.to_pylist():
            if current and row["story_key"] != current[0]["story_key"]:
                out.append(_story_row(current))
                current = []
            current.append(row)
        if out:
            yield pa.RecordBatch.from_pylist(out, schema=story_schema())
            out = []
    if current:
        yield pa.RecordBatch.from_pylist([_story_row(current)], schema=story_schema())


def _story_row(members: list[dict]) -> dict:
    """One story's rows (story, its articles, its disagreements) from its members' records."""
    rows = sorted(members, key=lambda r: (r["name"], r["article_id"]))
    records = [record_from_json(r["record"]) for r in rows]
    sketches = [sketch(record, position) for position, record in enumerate(records)]
    by_unit: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        by_unit.setdefault(row["unit"], []).append(index)
    groups = sorted(
        (sorted(members, key=lambda i: sketches[i].order_key()) for members in by_unit.values()),
        key=lambda group: sketches[group[0]].order_key(),
    )
    order = sorted(range(len(rows)), key=lambda i: sketches[i].order_key())
    tables = story_tables([build_story(records, sketches, groups, order)])
    story = {name: values[0] for name, values in tables["stories"].items()}
    nested = {
        name: [dict(zip(tables.get(name, {}), values, strict=True))
               for values in zip(*tables.get(name, {}).values(), strict=True)]
        for name in ("story_articles", "disagreements")
    }  # fmt: skip
    return {"story": story, **nested}
