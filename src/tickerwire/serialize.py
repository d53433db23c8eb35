"""Records to JSON-able dicts and back, driven by the model's own type hints.

The store keeps each ArticleRecord whole as JSON so that cross-article work (stories, the
report, price checks) can rebuild typed values without re-running the pipeline.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar

import orjson

from tickerwire import model

T = TypeVar("T")


def to_data(value: object) -> Any:
    """A JSON-able form of any model value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_data(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): to_data(v) for k, v in value.items()}
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def dumps(value: object) -> str:
    return orjson.dumps(to_data(value)).decode("utf-8")


def from_data(cls: type[T], data: Any) -> T:
    """Rebuild a model value of type ``cls`` from ``to_data`` output."""
    return typing.cast(T, _build(cls, data))


def record_from_dict(data: Mapping[str, Any]) -> model.ArticleRecord:
    return from_data(model.ArticleRecord, data)


def record_from_json(text: str | bytes) -> model.ArticleRecord:
    return record_from_dict(orjson.loads(text))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def _build(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(options[0], data) if len(options) == 1 else data
    if origin is tuple:
        inner = typing.get_args(tp)[0]
        return tuple(_build(inner, item) for item in data)
    if origin is typing.Literal or tp is Any or origin in (Mapping, dict):
        return data
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _build(hints[k], v) for k, v in data.items() if k in names})
    if tp is datetime:
        return datetime.fromisoformat(data)
    if tp is date:
        return date.fromisoformat(data)
    if tp is float and isinstance(data, int):
        return float(data)
    return data
