"""The stage on real articles: labelled development articles and the project's held-out set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tickerwire.entities import build_step
from tickerwire.ingest import read_document
from tickerwire.model import ArticleRecord, RawDocument


def _records(folder: Path) -> dict[str, ArticleRecord]:
    step = build_step()
    out = {}
    for path in sorted((folder / "articles").iterdir()):
        article = read_document(RawDocument(path.as_uri(), path.read_bytes(), path.name))
        out[path.name] = step(ArticleRecord(article))
    return out


def _matches(gold_item: object, predicted: set[str]) -> bool:
    options = gold_item["any"] if isinstance(gold_item, dict) else [gold_item]
    return any(o in predicted for o in options)


def _check_corpus(folder: Path) -> None:
    records = _records(folder)
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines() if line]
    for item in gold:
        record = records[item["file"]]
        subjects = {e.id for e in record.entities if e.kind == "security" and e.role == "subject"}
        optional = set(item.get("optional_securities") or [])
        for wanted in item.get("securities") or []:
            assert _matches(wanted, subjects), (item["file"], wanted, subjects)
        allowed = set()
        for wanted in item.get("securities") or []:
            allowed |= set(wanted["any"] if isinstance(wanted, dict) else [wanted])
        assert subjects <= allowed | optional, (item["file"], subjects - allowed - optional)
        found_indices = {e.id for e in record.entities if e.kind == "index"}
        assert found_indices == set(item.get("indices") or []), item["file"]


def test_development_articles(dev_dir: Path) -> None:
    _check_corpus(dev_dir)


def test_labelled_articles(data_dir: Path) -> None:
    folder = data_dir / "labelled"
    if not (folder / "gold.jsonl").is_file():
        pytest.skip("held-out labelled articles not present")
    _check_corpus(folder)


def test_every_span_indexes_into_the_text_and_entities_own_their_mentions(dev_dir: Path) -> None:
    for record in _records(dev_dir).values():
        text = record.article.text
        by_id = {e.id: e for e in record.entities}
        assert record.mentions
        for mention in record.mentions:
            assert 0 <= mention.span.start < mention.span.end <= len(text)
            assert text[mention.span.start : mention.span.end].strip()
            entity = by_id[mention.entity_id]
            assert mention.span in entity.mentions
            assert (mention.kind, mention.role) == (entity.kind, entity.role)
        assert sum(len(e.mentions) for e in record.entities) == len(record.mentions)


def test_banks_quoted_in_the_dev_articles_are_sources(dev_dir: Path) -> None:
    records = _records(dev_dir)
    roles = {e.id: e.role for r in records.values() for e in r.entities if e.kind == "security"}
    for bank in ("XNYS:C", "XSES:D05", "XTKS:8601"):
        assert roles.get(bank) == "source"


def test_step_is_pure_and_repeatable(dev_dir: Path) -> None:
    path = next(iter(sorted((dev_dir / "articles").iterdir())))
    article = read_document(RawDocument(path.as_uri(), path.read_bytes(), path.name))
    step = build_step()
    record = ArticleRecord(article)
    first, second = step(record), step(record)
    assert first == second
    assert record.entities == ()  # the input record is untouched
