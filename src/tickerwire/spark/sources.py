"""Inputs as a DataFrame of whole files that the executors read themselves.

The driver only checks that each location exists (one Hadoop ``globStatus`` per location,
not per file) and hands the locations to Spark's ``binaryFile`` source, which lists them
and reads each file inside the task that analyses it. Any Hadoop-compatible path works
(``hdfs://``, ``s3a://``, ``file:``; folders are read recursively, globs expand). A file
over the size limit is rejected without being read: the size filter is pushed into the
listing and the content column is not selected for those rows.

Spark's listing skips names that start with ``_`` or ``.`` (Hadoop's hidden files; the
local engine skips only the ``.`` ones) and zero-length files, which hold no article. A
zero-length file named as an input is still read, and rejected as empty like everywhere
else; inside a folder it is left out without a rejection (finding it would take a second
listing of every file on the driver).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tickerwire.model import Rejection

_GLOB = "*?["
_FILE_SCHEME = re.compile("^file:(//)?")  # local files keep the plain path the local engine uses


def input_frame(
    spark: Any, locations: Iterable[str | Path], max_bytes: int, *, output: str | None = None
) -> tuple[Any, list[Rejection]]:
    """(DataFrame of uri, name, length, content — or None when nothing exists, rejections).

    Files under ``output`` are left out: an output folder inside an input folder must not
    be read back as news on the next run.
    """
    from pyspark.sql import functions as F

    present: list[str] = []
    empty: list[tuple[str, str, int, bytes]] = []
    missing: list[Rejection] = []
    for location in locations:
        text = str(location)
        if text.startswith(("http://", "https://")):
            missing.append(Rejection(text, "source", "feed URLs are read by `tickerwire watch` "
                                     "or `tickerwire analyze`, not by the Spark job"))  # fmt: skip
        elif (found := _status(spark, text)) is not None:
            present.append(text)
            if found.isFile() and found.getLen() == 0 and not any(c in text for c in _GLOB):
                uri = _FILE_SCHEME.sub("", found.getPath().toString())
                empty.append((uri, uri.rsplit("/", 1)[-1], 0, b""))
        else:
            reason = "no file matches this pattern" if any(c in text for c in _GLOB) else (
                "no such file or folder")  # fmt: skip
            missing.append(Rejection(text, "source", reason))
    if not present:
        return None, missing
    files = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(present)
    if output is not None:
        inside = _FILE_SCHEME.sub("", output.rstrip("/")) + "/"
        files = files.filter(~F.regexp_replace("path", _FILE_SCHEME.pattern, "").startswith(inside))
    uri = F.regexp_replace("path", _FILE_SCHEME.pattern, "").alias("uri")
    name = F.regexp_extract("path", "[^/]+$", 0).alias("name")
    small = files.filter(F.col("length") <= max_bytes).select(uri, name, "length", "content")
    large = files.filter(F.col("length") > max_bytes).select(
        uri, name, "length", F.lit(None).cast("binary").alias("content")
    )
    frame = small.unionByName(large)
    if empty:
        frame = frame.unionByName(spark.createDataFrame(empty, frame.schema))
    return frame, missing


def _status(spark: Any, location: str) -> Any:
    """The Hadoop FileStatus of the location's first match, or None when nothing matches."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(location)
    fs = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    statuses = fs.globStatus(path)
    return statuses[0] if statuses is not None and len(statuses) > 0 else None
