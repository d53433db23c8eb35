"""The public API: `import tickerwire` gives the same operations the command line has."""

from __future__ import annotations

from pathlib import Path

import tickerwire


def test_all_is_sorted_and_importable() -> None:
    assert tickerwire.__all__ == sorted(tickerwire.__all__, key=lambda n: (not n.isupper(), n))
    for name in tickerwire.__all__:
        assert hasattr(tickerwire, name), name


def test_analyze_through_the_library(tmp_path: Path, data_dir: Path) -> None:
    result = tickerwire.analyze([data_dir / "ingest" / "hk_close.txt"], db=tmp_path / "n.duckdb")
    assert result.exit_code == 0 and result.stored == 1
    with tickerwire.Store.open(tmp_path / "n.duckdb", read_only=True) as store:
        [record] = store.records()
    assert isinstance(record, tickerwire.ArticleRecord)
    assert record.article.publisher == "Reuters"


def test_spans_lie_inside_the_text(seeds_dir: Path) -> None:
    """Every extracted value of every stage carries a span inside the article text."""
    for item in tickerwire.analyse_inputs([seeds_dir]):
        assert isinstance(item, tickerwire.ArticleRecord), item
        n = len(item.article.text)
        spans = [m.span for m in item.mentions] + [m.evidence for m in item.moves]
        spans += [f.evidence for f in item.figures] + [c.evidence for c in item.catalysts]
        spans += [q.evidence for q in item.quotes]
        spans += [s for e in item.entities for s in e.mentions]
        for span in spans:
            assert 0 <= span.start < span.end <= n, (item.article.name, span)
