"""The whole pipeline on the labelled development articles, scored by the evaluation's own
scorer: catalysts and quotes must stay at or above the project's dev targets."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from tickerwire.export import eval_record
from tickerwire.model import ArticleRecord, RawDocument
from tickerwire.pipeline import build_pipeline


@pytest.fixture(scope="module")
def dev_scores(shared_dir):
    folder = shared_dir / "eval" / "dev"
    scorer_path = shared_dir / "eval" / "score.py"
    if not (folder / "gold.jsonl").exists() or not scorer_path.exists():
        pytest.skip(f"{folder} not present")
    spec = importlib.util.spec_from_file_location("shared_eval_score", scorer_path)
    scorer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = scorer  # its dataclasses look themselves up there
    spec.loader.exec_module(scorer)
    pipeline = build_pipeline(strict=True)
    predicted = {}
    for path in sorted((folder / "articles").iterdir()):
        record = pipeline(RawDocument(str(path), path.read_bytes(), path.name))
        assert isinstance(record, ArticleRecord)
        predicted[path.name] = json.loads(json.dumps(eval_record(record), default=str))
    gold = scorer.load(str(folder / "gold.jsonl"))
    return scorer.score(gold, predicted)


def test_catalysts_meet_the_dev_target(dev_scores):
    assert dev_scores["catalysts"]["f1"] >= 0.90, dev_scores["_misses"]


def test_quotes_and_their_stance_meet_the_dev_target(dev_scores):
    assert dev_scores["quotes"]["f1"] >= 0.90, dev_scores["_misses"]
    assert dev_scores["quote stance"]["share"] >= 0.90, dev_scores["_misses"]
