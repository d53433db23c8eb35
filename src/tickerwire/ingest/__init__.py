"""Ingest: from the files and feeds news arrives in to clean, dated, attributed Articles."""

from __future__ import annotations

import hashlib

from tickerwire.errors import EmptyInput
from tickerwire.ingest.boilerplate import split_boilerplate
from tickerwire.ingest.decode import decode, repair
from tickerwire.ingest.formats import parse, sniff
from tickerwire.ingest.metadata import read_metadata
from tickerwire.ingest.sources import DEFAULT_MAX_BYTES, iter_raw_documents
from tickerwire.model import Article, Boilerplate, RawDocument, Span

__all__ = ["DEFAULT_MAX_BYTES", "article_id", "iter_raw_documents", "read_document"]


def article_id(text: str) -> str:
    """Hash of the normalised text: the same article read twice gets the same id."""
    return hashlib.sha1(_folded(text).encode("utf-8")).hexdigest()[:16]


def _folded(text: str) -> str:
    """Case and spacing folded away, at C speed (no regex pass)."""
    return " ".join(text.casefold().split())


def read_document(raw: RawDocument) -> Article:
    """Decode, parse, date and attribute one document; raise InputError when it is unreadable."""
    text, notes = decode(raw.data)
    fmt = sniff(text, raw.name, raw.hints.get("format"))
    parsed = parse(text, fmt, raw.hints)
    hints = {**parsed.hints, **{k: v for k, v in raw.hints.items() if k != "format"}}
    meta = read_metadata(parsed.paragraphs, hints)
    dated = [Boilerplate("timestamp", parsed.paragraphs[i]) for i in sorted(meta.consumed)]
    paragraphs = [p for i, p in enumerate(parsed.paragraphs) if i not in meta.consumed]
    kept, removed = split_boilerplate(paragraphs)
    removed = dated + list(removed)
    hinted_title = hints.get("title")
    title = _clean(str(hinted_title)) if isinstance(hinted_title, str) else parsed.title
    if title and kept and _same_words(kept[0], title):
        kept = kept[1:]
    if not kept:
        raise EmptyInput("no article text: nothing left once boilerplate was removed")
    body_start = len(title) + 2 if title else 0
    full_text = (f"{title}\n\n" if title else "") + "\n\n".join(kept)
    return Article(
        id=article_id(full_text),
        uri=raw.uri,
        name=raw.name,
        text=full_text,
        format=parsed.format,
        title=title or None,
        title_span=Span(0, len(title)) if title else None,
        body_start=body_start,
        paragraphs=_spans(kept, body_start),
        published=meta.published,
        published_text=meta.published_text,
        updated=meta.updated,
        authors=tuple(_clean(a) for a in meta.authors),
        publisher=meta.publisher,
        sources=tuple(meta.sources),
        dateline=meta.dateline,
        url=meta.url,
        language=str(hints["language"]) if hints.get("language") else None,
        boilerplate=tuple(removed),
        warnings=tuple(notes) + tuple(parsed.warnings),
    )


def _same_words(a: str, b: str) -> bool:
    return _folded(a) == _folded(b)


def _clean(value: str) -> str:
    return " ".join(repair(value).split())


def _spans(paragraphs: list[str], start: int) -> tuple[Span, ...]:
    spans = []
    offset = start
    for paragraph in paragraphs:
        spans.append(Span(offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return tuple(spans)
