"""The five seed articles through the real pipeline: four tellings of one event, one apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from tickerwire.model import ArticleRecord, RawDocument
from tickerwire.stories import cluster


@pytest.fixture(scope="module")
def seed_records(seeds_dir: Path, pipeline) -> list[ArticleRecord]:
    records = []
    for path in sorted(seeds_dir.iterdir()):
        result = pipeline(RawDocument(uri=str(path), data=path.read_bytes(), name=path.name))
        assert isinstance(result, ArticleRecord), result
        records.append(result)
    return records


def _by_prefix(stories, records):
    names = {r.article.id: r.article.name for r in records}
    return {names[item.article_id][:3]: story for story in stories for item in story.articles}


def test_deepseek_rally_is_one_story_and_the_december_rally_another(seed_records):
    stories = cluster(seed_records)
    placed = _by_prefix(stories, seed_records)
    assert set(placed) == {"000", "001", "002", "003", "004"}
    assert placed["000"] is placed["001"] is placed["002"] is placed["004"]
    assert placed["003"] is not placed["000"]


def test_the_story_is_dated_by_its_dated_articles_and_first_is_the_earliest(seed_records):
    story = _by_prefix(cluster(seed_records), seed_records)["000"]
    names = {r.article.id: r.article.name for r in seed_records}
    first = [names[a.article_id][:3] for a in story.articles if a.novelty == "first"]
    assert first == ["000"]
    assert story.first_seen is not None and story.first_seen.date().isoformat() == "2025-02-05"
    assert story.last_seen is not None and story.last_seen.date().isoformat() == "2025-02-07"
    assert len(story.outlets) >= 2


def test_seed_order_does_not_matter(seed_records):
    forward = cluster(seed_records)
    backward = cluster(list(reversed(seed_records)))
    assert sorted(s.id for s in forward) == sorted(s.id for s in backward)
