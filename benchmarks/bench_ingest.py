"""Ingest speed: plain text and HTML articles to Articles, beside trafilatura on the same HTML.

    .venv/bin/python benchmarks/bench_ingest.py [--copies N]

One process, one core. The corpus is real article text (seeds, labelled articles), and the
same articles wrapped in typical news-page chrome for the HTML rows.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import article_texts, as_html_page, peak_memory_mb, rate

from tickerwire.ingest import read_document
from tickerwire.model import RawDocument


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40, help="how often to repeat the corpus")
    args = parser.parse_args()
    texts = article_texts() * args.copies
    pages = [as_html_page(t) for t in texts]
    text_docs = [
        RawDocument(uri=f"t{i}.txt", data=t, name=f"t{i}.txt") for i, t in enumerate(texts)
    ]
    html_docs = [
        RawDocument(uri=f"p{i}.html", data=p, name=f"p{i}.html") for i, p in enumerate(pages)
    ]
    print(f"corpus: {len(texts)} articles, {sum(map(len, texts)) / len(texts) / 1024:.1f} KB text, "
          f"{sum(map(len, pages)) / len(pages) / 1024:.1f} KB HTML on average")  # fmt: skip
    rate("floor: bytes.decode + str.split", texts, lambda b: b.decode("utf-8", "replace").split())
    rate("tickerwire read_document, text", text_docs, read_document)
    ours = rate("tickerwire read_document, HTML", html_docs, read_document)
    try:
        import trafilatura
    except ImportError:
        print("trafilatura not installed: pip install 'tickerwire[dev]' to compare")
    else:
        warnings.filterwarnings("ignore")
        peer = rate("trafilatura bare_extraction(with_metadata), HTML", pages[: max(50, len(pages) // 10)],
                    lambda p: trafilatura.bare_extraction(p.decode(), with_metadata=True), repeat=1)  # fmt: skip
        print(f"tickerwire HTML ingest is {ours / peer:.0f}x trafilatura here")
    print(f"peak memory: {peak_memory_mb():.0f} MB")


if __name__ == "__main__":
    main()
