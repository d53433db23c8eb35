"""Stories across a whole Parquet output, with distributed joins instead of a driver loop.

The local clusterer (`tickerwire.stories.cluster`) has two steps; the job runs each as
Spark operations and reuses the local code only inside tasks, on bounded groups:

1. **Near-duplicates** (`tickerwire.spark.duplicates`): candidate pairs from a join on the
   local clusterer's own MinHash bands, folded into groups window by window with the local
   rule that a group spans at most `DUPLICATE_DAYS` days.
2. **Events.** Feature weights are scaled by inverse document frequencies counted across
   the whole output (a distributed count), as the local clusterer does over all articles.
   Dated groups are then clustered by the local online clusterer, one task per 28-day
   window, each also seeing the 30 days before it and the 10 after (a story spans at most
   `MAX_SPAN` days and joins articles `DAY_GAP` days out): a window keeps the stories that
   start inside it, and where two windows claim a group the earlier story keeps it.
   Undated groups join the dated story whose centroid they match best, by a join on
   shared features; the rest are clustered among themselves.

Each story is then built by `build_story`, streaming through partitions sorted by story
(one story in memory at a time), so titles, timelines and disagreements are those of the
local engine.
"""

from __future__ import annotations

from typing import Any

from tickerwire.stories.cluster import DAY_GAP, MAX_SPAN, UNDATED_THRESHOLD, WHY_ENOUGH

WINDOW_DAYS = 28
BEFORE_DAYS = 3 * (MAX_SPAN + DAY_GAP)
AFTER_DAYS = MAX_SPAN + DAY_GAP


def write_stories(spark: Any, output: str) -> int:
    """Rebuild the stories of everything in ``output`` and replace its story tables."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from tickerwire.spark.duplicates import duplicate_groups
    from tickerwire.spark.schema import spark_schema
    from tickerwire.spark.storytasks import SKETCH, story_schema
    from tickerwire.spark.write import has_parquet

    if not has_parquet(spark, f"{output}/articles"):
        return 0
    articles = spark.read.parquet(f"{output}/articles").select(
        F.col("id").alias("article_id"), "name", "record"
    )
    keep = StorageLevel.MEMORY_AND_DISK
    sketches = articles.select("record").mapInArrow(_sketches, spark_schema(SKETCH))
    sketches = sketches.withColumn("okey", _order_key()).persist(keep)
    cached = [sketches]
    try:
        groups = duplicate_groups(sketches)
        members = sketches.join(groups, "article_id", "left").select(
            "article_id", "okey", "day", "features", "why",
            F.coalesce("group", "article_id").alias("group"))  # fmt: skip
        units = unit_vectors(members).persist(keep)
        cached.append(units)
        stories = assign_stories(units, cached)
        placed = members.select("article_id", "group").join(
            units.select("group", "unit"), "group").join(stories, "unit")  # fmt: skip
        members_of = articles.join(placed, "article_id").select(
            "story_key", "unit", "article_id", "name", "record")  # fmt: skip
        built = (
            members_of.repartition("story_key")
            .sortWithinPartitions("story_key")
            .mapInArrow(_build, spark_schema(story_schema()))
            .persist(keep)
        )
        stories_count = built.count()
    finally:
        for frame in cached:
            frame.unpersist()
    try:
        built.select("story.*").write.mode("overwrite").parquet(f"{output}/stories")
        for table in ("story_articles", "disagreements"):
            rows = built.select(F.explode(table).alias("row")).select("row.*")
            rows.write.mode("overwrite").parquet(f"{output}/{table}")
        return int(stories_count)
    finally:
        built.unpersist()


# Task bodies handed to Spark are plain module functions without annotations: PySpark
# infers the Arrow UDF kind from annotations, and cannot read them on partials.


def _sketches(batches):  # type: ignore[no-untyped-def]
    from tickerwire.spark.storytasks import sketch_rows

    return sketch_rows(batches)


def _window(key, table):  # type: ignore[no-untyped-def]
    from tickerwire.spark.storytasks import cluster_window

    return cluster_window(key, table, width=WINDOW_DAYS)


def _rest(table):  # type: ignore[no-untyped-def]
    from tickerwire.spark.storytasks import cluster_rest

    return cluster_rest(table)


def _build(batches):  # type: ignore[no-untyped-def]
    from tickerwire.spark.storytasks import build_stories

    return build_stories(batches)


def _order_key() -> Any:
    """Earliest first, as `Sketch.order_key`: printed time (undated last), an original
    before its update, then the local store's order (name, id)."""
    from pyspark.sql import functions as F

    return F.struct(
        F.coalesce("stamp", F.lit(float("inf"))).alias("s"), "is_update", "name", "article_id"
    )


def unit_vectors(members: Any) -> Any:
    """One row per duplicate group: its earliest article (``unit``), day, and weighted
    feature and cause vectors, normalised as the local clusterer does."""
    from pyspark.sql import functions as F

    firsts = members.groupBy("group").agg(
        F.min("okey").alias("okey"),
        F.get(F.sort_array(F.collect_list(F.when(F.col("day").isNotNull(),
              F.struct("okey", "day")))), 0)["day"].alias("day"),
    )  # fmt: skip
    features = _max_weights(members, "features")
    why = _max_weights(members, "why")
    keys = features.select("group", "key").union(why.select("group", "key")).distinct()
    total = firsts.count()
    idf = keys.groupBy("key").count().select(
        "key", F.log(1.0 + (F.lit(total) + 1) / (F.col("count") + 1)).alias("idf"))  # fmt: skip
    empty = F.create_map().cast("map<string,double>")
    return (
        firsts.join(_normalised(features, idf, "vector"), "group", "left")
        .join(_normalised(why, idf, "why_vector"), "group", "left")
        .select(
            "group",
            F.col("okey.article_id").alias("unit"),
            F.col("okey.s").alias("stamp"),
            F.col("okey.is_update").alias("is_update"),
            F.col("okey.name").alias("name"),
            "day",
            F.coalesce("vector", empty).alias("vector"),
            F.coalesce("why_vector", empty).alias("why_vector"),
        )
        .withColumn("stamp", F.when(F.col("stamp") != float("inf"), F.col("stamp")))
    )


def _max_weights(members: Any, column: str) -> Any:
    from pyspark.sql import functions as F

    return (
        members.select("group", F.explode(column).alias("key", "value"))
        .groupBy("group", "key")
        .agg(F.max("value").alias("value"))
    )


def _normalised(weights: Any, idf: Any, name: str) -> Any:
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    raw = weights.join(idf, "key").withColumn("raw", F.col("value") * F.col("idf"))
    norm = F.sqrt(F.sum(F.col("raw") * F.col("raw")).over(Window.partitionBy("group")))
    scaled = raw.withColumn("v", F.col("raw") / F.when(norm > 0, norm).otherwise(F.lit(1.0)))
    return scaled.groupBy("group").agg(
        F.map_from_entries(F.collect_list(F.struct("key", "v"))).alias(name))  # fmt: skip


def assign_stories(units: Any, cached: list[Any]) -> Any:
    """``(unit, story_key)`` for every unit; see step 2 of the module docstring.

    Frames this persists are added to ``cached``, for the caller to release.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from tickerwire.spark.schema import spark_schema
    from tickerwire.spark.storytasks import ASSIGNED

    cols = ["unit", "stamp", "is_update", "name", "day", "vector", "why_vector"]
    dated = units.filter(F.col("day").isNotNull()).select(*cols)
    n = F.datediff("day", F.lit("1970-01-01"))
    windows = F.sequence(F.floor((n - AFTER_DAYS) / WINDOW_DAYS),
                         F.floor((n + BEFORE_DAYS) / WINDOW_DAYS))  # fmt: skip
    claims = dated.withColumn("window", F.explode(windows)).groupBy("window").applyInArrow(
        _window, spark_schema(ASSIGNED))  # fmt: skip
    first = Window.partitionBy("unit").orderBy("first_day", "story_key")
    claims = claims.withColumn("rank", F.row_number().over(first)).filter("rank = 1")
    placed = dated.select("unit", "day").join(claims, "unit", "left").select(
        "unit", F.coalesce("story_key", "unit").alias("story_key"),
        F.coalesce("first_day", "day").alias("first_day")).persist()  # fmt: skip
    cached.append(placed)
    undated = units.filter(F.col("day").isNull()).select(*cols)
    if undated.isEmpty():
        return placed.select("unit", "story_key")
    joined = _best_dated_story(undated, dated, placed)
    rest = undated.join(joined, "unit", "left_anti").withColumn("all", F.lit(0))
    rest = rest.groupBy("all").applyInArrow(_rest, spark_schema(ASSIGNED))
    return placed.union(joined).union(rest).select("unit", "story_key")


def _best_dated_story(undated: Any, dated: Any, placed: Any) -> Any:
    """Undated units joined to the dated story whose centroid they match best (as the
    local clusterer scores them), when the match clears `UNDATED_THRESHOLD`."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    def centroid(column: str) -> tuple[Any, Any]:
        parts = dated.select("unit", F.explode(column).alias("key", "v")).join(placed, "unit")
        sums = parts.groupBy("story_key", "key").agg(F.sum("v").alias("c"))
        norms = sums.groupBy("story_key").agg(F.sum(F.col("c") * F.col("c")).alias("n2"))
        return sums, norms.filter("n2 > 0")

    def dots(column: str, sums: Any) -> Any:
        mine = undated.select("unit", F.explode(column).alias("key", "v"))
        return mine.join(sums, "key").groupBy("unit", "story_key").agg(
            F.sum(F.col("v") * F.col("c")).alias("dot"))  # fmt: skip

    sums, norms = centroid("vector")
    why_sums, why_norms = centroid("why_vector")
    whole = dots("vector", sums).join(norms, "story_key").select(
        "unit", "story_key", (F.col("dot") / F.sqrt("n2")).alias("cos"))  # fmt: skip
    why = dots("why_vector", why_sums).withColumnRenamed("dot", "why_dot")
    has_why = undated.select("unit", (F.size("why_vector") > 0).alias("has_why"))
    why_cos = F.coalesce("why_dot", F.lit(0.0)) / F.sqrt(F.col("why_n2"))
    gated = (F.col("cos") > 0) & F.col("has_why") & F.col("why_n2").isNotNull()
    scored = (
        whole.join(why_norms.withColumnRenamed("n2", "why_n2"), "story_key", "left")
        .join(why, ["unit", "story_key"], "left")
        .join(has_why, "unit")
        .join(placed.select("story_key", "first_day").distinct(), "story_key")
        .withColumn(
            "score",
            F.when(gated, F.col("cos") * F.least(F.lit(1.0), why_cos / WHY_ENOUGH)).otherwise(
                F.col("cos")
            ),
        )
        .filter(F.col("score") >= UNDATED_THRESHOLD)
    )
    best = Window.partitionBy("unit").orderBy(
        F.desc("score"), F.desc("first_day"), F.desc("story_key"))  # fmt: skip
    return scored.withColumn("rank", F.row_number().over(best)).filter("rank = 1").select(
        "unit", "story_key", "first_day")  # fmt: skip
