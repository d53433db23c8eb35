"""Near-duplicate groups across a Parquet output: a distributed join, then folds per window.

Every article's 64-slot MinHash is cut into the same 21 bands of 3 as the local clusterer
and exploded to ``(band, values)`` rows; articles sharing a row are candidate pairs: in
time order, each article against the 16 before it in the bucket (so a wire story
syndicated 10,000 times costs 160,000 pairs, not 50 million; copies sit close in time).
Pairs whose estimated Jaccard reaches the local threshold, at most `DUPLICATE_DAYS`
apart, are kept.

The pairs are then folded into groups as the local clusterer folds them (`fold_pairs`: no
group may span more than `DUPLICATE_DAYS` days, so look-alike daily reports do not chain
into one), one task per 28-day window of days plus the few days around it; a window keeps
the groups whose earliest article falls inside it. Folding in windows instead of taking
connected components over the whole archive needs one pass, not one per hop of the
longest chain.

Spark's own ``MinHashLSH`` is not used: its join pairs articles that share any single hash
value (OR-amplification only), so unrelated articles that share a few stock phrases become
candidates and the join grows with the square of the archive. Bands (AND within a band, OR
across bands) keep the candidates to near-duplicates, and the local clusterer's own
signatures and bands give the same pairs it finds.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pyarrow as pa

from tickerwire.stories.cluster import DUPLICATE_DAYS, DUPLICATE_THRESHOLD, fold_pairs
from tickerwire.stories.sketch import NUM_PERM

WINDOW_DAYS = 28
_UNDATED = -(10**6)  # the window of pairs between undated articles
_BAND_ROWS = 3
_BANDS = NUM_PERM // _BAND_ROWS
_NEIGHBOURS = 16  # earlier bucket members each article is compared with
_EPOCH = date(1970, 1, 1)
GROUPED = pa.schema([("article_id", pa.string()), ("group", pa.string()),
                     ("first_day", pa.date32())])  # fmt: skip


def candidate_pairs(sketches: Any) -> Any:
    """``(a, b)``: article ids sharing a MinHash band, similar and close enough in time."""
    from pyspark.sql import functions as F

    band = F.transform(
        F.sequence(F.lit(0), F.lit(_BANDS - 1)),
        lambda b: F.struct(b.alias("band"), F.slice("signature", b * _BAND_ROWS + 1, _BAND_ROWS)
                           .alias("values")),
    )  # fmt: skip
    buckets = (
        sketches.select("article_id", "okey", "day", F.explode(band).alias("bucket"))
        .groupBy("bucket")
        .agg(F.sort_array(F.collect_list(F.struct("okey", "article_id", "day"))).alias("m"))
        .filter(F.size("m") > 1)
    )
    # Members are in time order: each is paired with the ones just before it (all of them in
    # a small bucket), which is where its copies are, as the local clusterer probes a
    # bucket's latest groups.
    pairs = buckets.select(F.explode(F.expr(
        "filter(flatten(transform(sequence(1, size(m) - 1), j -> transform("
        f"sequence(greatest(0, j - {_NEIGHBOURS}), j - 1), "
        "i -> struct(m[i].article_id AS a, m[j].article_id AS b, m[i].day AS da, "
        "m[j].day AS db)))), p -> p.da IS NULL OR p.db IS NULL OR "
        f"abs(datediff(p.db, p.da)) <= {DUPLICATE_DAYS})")).alias("p")
    ).select("p.a", "p.b").distinct()  # fmt: skip
    left = sketches.select(F.col("article_id").alias("a"), F.col("signature").alias("sa"),
                           F.col("day").alias("da"))  # fmt: skip
    right = sketches.select(F.col("article_id").alias("b"), F.col("signature").alias("sb"),
                            F.col("day").alias("db"))  # fmt: skip
    same = F.expr("aggregate(zip_with(sa, sb, (x, y) -> IF(x = y, 1, 0)), 0, (s, v) -> s + v)")
    return (
        pairs.join(left, "a")
        .join(right, "b")
        .filter(same >= DUPLICATE_THRESHOLD * NUM_PERM)
        .select("a", "b", "da", "db")
    )


def _windows(day: Any) -> Any:
    """Windows whose days, widened by `DUPLICATE_DAYS` each side, include ``day``."""
    from pyspark.sql import functions as F

    n = F.datediff(day, F.lit("1970-01-01"))
    return F.sequence(F.floor((n - DUPLICATE_DAYS) / WINDOW_DAYS),
                      F.floor((n + DUPLICATE_DAYS) / WINDOW_DAYS))  # fmt: skip


def duplicate_groups(sketches: Any) -> Any:
    """``(article_id, group)`` for every article in a group of two or more; the group is
    named by its earliest article."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from tickerwire.spark.schema import spark_schema

    pairs = candidate_pairs(sketches).localCheckpoint()  # read twice below
    both = F.array_intersect(_windows(F.col("da")), _windows(F.col("db")))
    window = (
        F.when(F.col("da").isNotNull() & F.col("db").isNotNull(), both)
        .when(F.col("da").isNotNull(), _windows(F.col("da")))
        .when(F.col("db").isNotNull(), _windows(F.col("db")))
        .otherwise(F.array(F.lit(_UNDATED).cast("long")))
    )
    edges = pairs.select("a", "b", F.explode(window).alias("window"))
    # A fresh window column: both sides of the cogroup come from `edges`, and Spark must not
    # take them for the same column.
    fresh = (F.col("window") + F.lit(0)).alias("window")
    ends = edges.select(fresh, F.col("a").alias("article_id")).union(
        edges.select(fresh, F.col("b").alias("article_id"))).distinct()  # fmt: skip
    members = ends.join(sketches.select("article_id", "okey", "day"), "article_id")
    folded = members.groupBy("window").cogroup(edges.groupBy("window")).applyInArrow(
        _fold, spark_schema(GROUPED))  # fmt: skip
    first = Window.partitionBy("article_id").orderBy(
        F.col("first_day").asc_nulls_last(), "group")  # fmt: skip
    return folded.withColumn("rank", F.row_number().over(first)).filter("rank = 1").select(
        "article_id", "group")  # fmt: skip


def _fold(key, members, edges):  # type: ignore[no-untyped-def]
    """``cogroup().applyInArrow`` body for one window: fold its pairs, keep its own groups.

    No annotations: PySpark reads them to choose the kind of Arrow function.
    """
    return fold_window(key, members, edges)


def fold_window(key: tuple, members: pa.Table, edges: pa.Table) -> pa.Table:
    window = int(key[0].as_py() if isinstance(key[0], pa.Scalar) else key[0])
    rows = sorted(members.to_pylist(), key=lambda r: _order(r["okey"]))
    index = {row["article_id"]: i for i, row in enumerate(rows)}
    pairs = sorted(
        (min(index[a], index[b]), max(index[a], index[b]))
        for a, b in zip(edges.column("a").to_pylist(), edges.column("b").to_pylist(), strict=True)
    )
    start = _EPOCH + timedelta(days=window * WINDOW_DAYS)
    end = start + timedelta(days=WINDOW_DAYS)
    out: dict[str, list] = {"article_id": [], "group": [], "first_day": []}
    for group in fold_pairs([row["day"] for row in rows], pairs):
        if len(group) < 2:
            continue
        group.sort()  # rows are earliest first: the first is the original
        days = [rows[member]["day"] for member in group if rows[member]["day"] is not None]
        first = min(days) if days else None
        if window != _UNDATED and not (first is not None and start <= first < end):
            continue  # another window owns it
        for member in group:
            out["article_id"].append(rows[member]["article_id"])
            out["group"].append(rows[group[0]]["article_id"])
            out["first_day"].append(first)
    return pa.Table.from_pydict(out, schema=GROUPED)


def _order(okey: dict) -> tuple:
    return (okey["s"], okey["is_update"], okey["name"], okey["article_id"])
