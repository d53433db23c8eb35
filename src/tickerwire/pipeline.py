"""The per-article pipeline: one reader, then named steps over an `ArticleRecord`.

Each stage package exposes ``build_step()``, a factory that loads the stage's resources once
(security master, lexicons, calendars) and returns a plain function from record to record.
The pipeline is built once per process and then called per input.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tickerwire.errors import InputError
from tickerwire.ingest import read_document
from tickerwire.model import ArticleRecord, RawDocument, Rejection

Step = Callable[[ArticleRecord], ArticleRecord]


@dataclass(frozen=True)
class Pipeline:
    steps: tuple[tuple[str, Step], ...]
    strict: bool = False

    def __call__(self, raw: RawDocument) -> ArticleRecord | Rejection:
        stage = "ingest"
        try:
            record = ArticleRecord(read_document(raw))
            for stage, step in self.steps:  # noqa: B007  (stage names the failing step below)
                record = step(record)
        except InputError as error:
            return Rejection(raw.uri, stage, error.reason)
        except Exception as error:  # a bug must not lose the input: record it and go on
            if self.strict:
                raise
            return Rejection(raw.uri, stage, f"internal error: {type(error).__name__}: {error}")
        return record


def build_pipeline(*, strict: bool = False) -> Pipeline:
    """Build every stage once; later calls reuse the process-wide resources."""
    from tickerwire import catalysts, entities, moves, quotes, sentiment

    return Pipeline(
        steps=(
            ("entities", entities.build_step()),
            ("moves", moves.build_step()),
            ("catalysts", catalysts.build_step()),
            ("quotes", quotes.build_step()),
            ("sentiment", sentiment.build_step()),
        ),
        strict=strict,
    )
