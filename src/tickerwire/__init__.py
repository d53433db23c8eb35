"""tickerwire: financial news into structured, verifiable market events.

The library is the product; the command line, the report and the API are thin shells over
these functions::

    import tickerwire

    result = tickerwire.analyze(["news/"], db="news.duckdb")      # store + stories + report
    for item in tickerwire.analyse_inputs(["news/"]):             # stream, no store
        if isinstance(item, tickerwire.ArticleRecord):
            print(item.article.title, [m.subject for m in item.moves])
"""

from __future__ import annotations

__version__ = "0.1.0"

from tickerwire.export import eval_record
from tickerwire.ingest import iter_raw_documents, read_document
from tickerwire.model import (
    Article,
    ArticleRecord,
    Boilerplate,
    Catalyst,
    Disagreement,
    Entity,
    Figure,
    Mention,
    Move,
    Quote,
    RawDocument,
    Rejection,
    Sentiment,
    Span,
    Story,
    StoryArticle,
    Verification,
)
from tickerwire.pipeline import Pipeline, build_pipeline
from tickerwire.run import RunResult, analyse_inputs, analyze, extract
from tickerwire.store import DEFAULT_DB, Store

__all__ = [
    "DEFAULT_DB",
    "Article",
    "ArticleRecord",
    "Boilerplate",
    "Catalyst",
    "Disagreement",
    "Entity",
    "Figure",
    "Mention",
    "Move",
    "Pipeline",
    "Quote",
    "RawDocument",
    "Rejection",
    "RunResult",
    "Sentiment",
    "Span",
    "Store",
    "Story",
    "StoryArticle",
    "Verification",
    "__version__",
    "analyse_inputs",
    "analyze",
    "build_pipeline",
    "eval_record",
    "extract",
    "iter_raw_documents",
    "read_document",
]
