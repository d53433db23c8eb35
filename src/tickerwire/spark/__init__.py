"""Archives past one machine: the per-article pipeline as a Spark job writing Parquet.

`run_job` is the whole job (`tickerwire spark-job`, or ``spark-submit`` of `job`). The
output opens with `tickerwire.Store.open` like a DuckDB file (see `tickerwire.store.layout`).
"""

from __future__ import annotations

from tickerwire.spark.job import JobResult, run_job

__all__ = ["JobResult", "run_job"]
