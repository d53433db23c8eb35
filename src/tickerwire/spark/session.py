"""The Spark session a job runs in: the active one under spark-submit, else local mode.

Settings the job relies on are set on whichever session it gets, at run time: UTC session
time, Parquet timestamps as plain UTC microseconds (which DuckDB reads as TIMESTAMPTZ), and
small Arrow batches (a row is a whole input file, up to the size limit).
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tickerwire.errors import ConfigError
from tickerwire.optional import require

JOB_SETTINGS = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.parquet.outputTimestampType": "TIMESTAMP_MICROS",
    "spark.sql.execution.arrow.maxRecordsPerBatch": "32",
    "spark.sql.sources.partitionOverwriteMode": "static",
}


def spark_session(master: str | None = None, *, feature: str = "tickerwire spark-job") -> Any:
    """The active session (spark-submit, a notebook), else a new one on ``master``.

    ``master`` defaults to ``local[*]``: every core of this machine.
    """
    sql = require("pyspark.sql", extra="spark", feature=feature)
    errors = require("pyspark.errors", extra="spark", feature=feature)
    active = sql.SparkSession.getActiveSession()
    if active is not None and master is None:
        return active
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    target = master or "local[*]"
    builder = sql.SparkSession.builder.appName("tickerwire").master(target)
    if target.startswith("local"):
        builder = builder.config("spark.ui.enabled", "false").config(
            "spark.sql.shuffle.partitions", str(max(2, 2 * (os.cpu_count() or 1)))
        )
    with quiet_pandas_notice():
        try:
            return builder.getOrCreate()
        except errors.PySparkRuntimeError as error:
            condition = getattr(error, "getCondition", error.getErrorClass)()  # 4.0 renamed it
            if condition != "JAVA_GATEWAY_EXITED":
                raise
            raise ConfigError(
                f"{feature}: Spark could not start its JVM; it needs Java 17 or later "
                "(java on PATH, or JAVA_HOME)"
            ) from error


def configure(spark: Any) -> None:
    for key, value in JOB_SETTINGS.items():
        spark.conf.set(key, value)
    # A news file is a few kB: at Spark's default cost of opening a file (4 MB) a task gets
    # ~32 files and a job thousands of tiny tasks. A cheaper open packs more files per task,
    # and at least four tasks per core keep every core busy.
    spark.conf.set("spark.sql.files.openCostInBytes", str(64 * 1024))
    parallelism = spark.sparkContext.defaultParallelism
    spark.conf.set("spark.sql.files.minPartitionNum", str(4 * parallelism))
    hadoop = spark.sparkContext._jsc.hadoopConfiguration()
    # Version 1 moves task output into place only when the whole job commits: a table never
    # shows half of a job's files, which the skip-existing-ids re-run rule relies on.
    hadoop.set("mapreduce.fileoutputcommitter.algorithm.version", "1")


@contextmanager
def quiet_pandas_notice() -> Iterator[None]:
    """PySpark warns about pandas versions on every Arrow call; the job uses no pandas."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas")
        yield
