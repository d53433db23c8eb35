"""The seed articles and labelled development articles read with their metadata."""

from __future__ import annotations

import json
from pathlib import Path

from tickerwire.export import eval_record
from tickerwire.ingest import iter_raw_documents, read_document
from tickerwire.model import ArticleRecord, Rejection


def test_seed_metadata(seeds_dir: Path) -> None:
    by_name = {}
    for raw in iter_raw_documents([seeds_dir]):
        assert not isinstance(raw, Rejection)
        by_name[raw.name[:3]] = read_document(raw)
    assert len(by_name) == 5
    first, update = by_name["000"], by_name["004"]
    assert first.title == "China’s SMIC stock hits record high on DeepSeek AI optimism"
    assert first.published is not None and first.published.isoformat() == "2025-02-05T22:14:00"
    assert first.publisher == "Investing.com" and "Reuters" in first.sources
    assert "Risk Disclosure" not in first.text and "Latest comments" not in first.text
    assert update.title == "DeepSeek Breakthrough Fuels Rally in Chinese Tech Stocks — Update"
    assert update.authors == ("Sherry Qin",)
    assert update.publisher == "Dow Jones Newswires"
    assert (
        update.published is not None and update.published.isoformat() == "2025-02-07T03:01:00-05:00"
    )
    assert by_name["001"].title is None  # opens with two sentences, not a headline
    assert "Story continues below" not in by_name["002"].text
    assert "Sign up for ARPU" not in by_name["003"].text


def test_dev_metadata_agrees_with_labels(dev_dir: Path) -> None:
    lines = (dev_dir / "gold.jsonl").read_text("utf-8").splitlines()
    gold = {json.loads(line)["file"]: json.loads(line) for line in lines if line.strip()}
    for raw in iter_raw_documents([dev_dir / "articles"]):
        assert not isinstance(raw, Rejection)
        record = eval_record(ArticleRecord(read_document(raw)))
        expected = gold[raw.name]
        if "published" in expected:
            assert (record["published"] or "")[:10] == expected["published"], raw.name
        if expected.get("authors") is not None:
            assert [a.split()[-1] for a in record["authors"]] == [
                a.split()[-1] for a in expected["authors"]], raw.name  # fmt: skip
        if "publisher" in expected:
            assert any(p.casefold() in (record["publisher"] or "").casefold()
                       for p in expected["publisher"]), raw.name  # fmt: skip
