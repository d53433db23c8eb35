"""What runs on the executors: input files in, stage rows (articles or rejections) out.

Each executor's Python worker builds the pipeline once and keeps it for every task it runs
(Spark reuses Python workers), exactly as the process pool does. Inputs arrive as Arrow
batches of whole files read by Spark (``binaryFile``), are expanded like the local engine
expands them (gzip, zip, JSON Lines, feeds) and analysed; nothing goes back to the driver.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime

import pyarrow as pa

from tickerwire.ingest.sources import _too_large, expand
from tickerwire.model import ArticleRecord, RawDocument, Rejection
from tickerwire.pipeline import Pipeline, build_pipeline
from tickerwire.spark.schema import CHILD_TABLES, stage_schema, table_struct
from tickerwire.store.rows import Columns, article_tables

Item = ArticleRecord | Rejection
_SKIP_NAMES = frozenset({".DS_Store", "Thumbs.db"})  # as the local engine skips them
_pipeline: Pipeline | None = None


def worker_pipeline() -> Pipeline:
    """The pipeline of this Python worker, built on first use."""
    global _pipeline
    if _pipeline is None:
        _pipeline = build_pipeline()
    return _pipeline


def analyse_files(
    batches: Iterable[pa.RecordBatch], *, max_bytes: int, stamp: datetime
) -> Iterator[pa.RecordBatch]:
    """``mapInArrow`` body: batches of (uri, name, length, content) → stage batches.

    ``content`` is null for a file over the size limit: Spark never read it.
    """
    pipeline = worker_pipeline()
    for batch in batches:
        items: list[Item] = []
        rows = zip(*(batch.column(n).to_pylist() for n in ("uri", "name", "length", "content")),
                   strict=True)  # fmt: skip
        for uri, name, length, content in rows:
            if name in _SKIP_NAMES:
                continue
            if content is None:
                items.append(Rejection(uri, "source", _too_large(length, max_bytes)))
                continue
            for raw in expand(uri, name, content, max_bytes):
                items.append(raw if isinstance(raw, Rejection) else pipeline(raw))
        yield stage_batch(items, stamp)


def analyse_documents(raws: Sequence[RawDocument | Rejection], stamp: datetime) -> pa.RecordBatch:
    """The same stage rows for documents already in hand (tests, small jobs)."""
    pipeline = worker_pipeline()
    items = [raw if isinstance(raw, Rejection) else pipeline(raw) for raw in raws]
    return stage_batch(items, stamp)


def stage_batch(items: Sequence[Item], stamp: datetime) -> pa.RecordBatch:
    """Stage rows: one per item, every per-article table nested in its article's row."""
    stamp = stamp.astimezone(UTC)
    article_rows: Columns = {}
    children: dict[str, tuple[Columns, list[int]]] = {t: ({}, [0]) for t in CHILD_TABLES}
    rejections: Columns = {}
    head: Columns = {"uri": [], "id": [], "published_date": []}
    for item in items:
        record = item if isinstance(item, ArticleRecord) else None
        tables = article_tables([record]) if record else {}
        article = tables.get("articles", {})
        _append(article_rows, table_struct("articles"), article, stored_at=stamp)
        reason: Columns = {}
        if isinstance(item, Rejection):
            reason = {"uri": [item.uri], "stage": [item.stage], "reason": [item.reason]}
        _append(rejections, table_struct("rejections"), reason, rejected_at=stamp)
        for table, (flat, offsets) in children.items():
            rows = tables.get(table, {})
            count = len(next(iter(rows.values()), []))
            for name in table_struct(table).names:
                flat.setdefault(name, []).extend(rows.get(name, [None] * count))
            offsets.append(offsets[-1] + count)
        head["uri"].append(record.article.uri if record else item.uri)  # type: ignore[union-attr]
        head["id"].append(record.article.id if record else None)
        head["published_date"].append(article["published_date"][0] if record else None)
    articles_mask = pa.array([not isinstance(i, ArticleRecord) for i in items], pa.bool_())
    arrays = [
        pa.array(head["uri"], pa.string()),
        pa.array(head["id"], pa.string()),
        pa.array(head["published_date"], pa.date32()),
        _struct(article_rows, table_struct("articles"), articles_mask),
        *(_list(flat, offsets, table_struct(t)) for t, (flat, offsets) in children.items()),
        _struct(rejections, table_struct("rejections"), pa.array(
            [not isinstance(i, Rejection) for i in items], pa.bool_())),
    ]  # fmt: skip
    return pa.RecordBatch.from_arrays(arrays, schema=stage_schema())


def _append(target: Columns, struct: pa.StructType, row: Columns, **defaults: object) -> None:
    """One row (a single-row Columns, or {} for a null row) added to ``target``."""
    for name in struct.names:
        values = row.get(name)
        value = values[0] if values else (defaults.get(name) if row else None)
        target.setdefault(name, []).append(value)


def _struct(columns: Columns, struct: pa.StructType, mask: pa.Array) -> pa.StructArray:
    arrays = [pa.array(columns.get(f.name, []), type=f.type) for f in struct]
    return pa.StructArray.from_arrays(arrays, fields=list(struct), mask=mask)


def _list(columns: Columns, offsets: list[int], struct: pa.StructType) -> pa.ListArray:
    arrays = [pa.array(columns.get(f.name, []), type=f.type) for f in struct]
    values = pa.StructArray.from_arrays(arrays, fields=list(struct))
    return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), values)
