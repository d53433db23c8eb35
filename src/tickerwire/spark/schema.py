"""Arrow and Spark types for the Parquet tables, derived from the DuckDB store's columns.

One row of the *stage* is one input item as the executors produced it: an article with
every per-article table nested inside it (``mentions: array<struct<...>>`` ...), or a
rejection. Spark then explodes each nested table into its own Parquet table, so the Python
side runs once per article and the tables still come out flat, with the store's columns.
"""

from __future__ import annotations

from functools import cache

import pyarrow as pa

from tickerwire.store.layout import ARTICLE_TABLES, PARTITION, columns

CHILD_TABLES = ARTICLE_TABLES[1:]

_ARROW = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP WITH TIME ZONE": pa.timestamp("us", tz="UTC"),
}


def arrow_type(duckdb_type: str) -> pa.DataType:
    if duckdb_type.endswith("[]"):
        return pa.list_(arrow_type(duckdb_type[:-2]))
    if duckdb_type not in _ARROW:
        raise TypeError(f"no Arrow type for store type {duckdb_type}")
    return _ARROW[duckdb_type]


@cache
def table_struct(table: str) -> pa.StructType:
    """One row of ``table`` as an Arrow struct, columns in the store's order."""
    return pa.struct([pa.field(name, arrow_type(kind)) for name, kind in columns(table)])


@cache
def stage_schema() -> pa.Schema:
    """The executors' output: one row per article or rejection."""
    fields = [
        pa.field("uri", pa.string()),
        pa.field("id", pa.string()),
        pa.field(PARTITION, pa.date32()),
        pa.field("article", table_struct("articles")),
    ]
    fields += [pa.field(table, pa.list_(table_struct(table))) for table in CHILD_TABLES]
    fields.append(pa.field("rejection", table_struct("rejections")))
    return pa.schema(fields)


def spark_schema(schema: pa.Schema):  # type: ignore[no-untyped-def]
    """The same schema as Spark's StructType (for ``mapInArrow``)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema)
