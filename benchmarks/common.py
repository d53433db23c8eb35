"""Shared helpers for the benchmarks: a corpus built from real article text, timing, memory."""

from __future__ import annotations

import html
import resource
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TESTDATA = REPO / "tests" / "data"

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Markets</title><meta property="og:title" content="{title}">
<meta property="og:site_name" content="Markets Desk">
<meta property="article:published_time" content="2025-02-07T09:00:00+08:00">
<script>var dataLayer=[];function t(){{}}</script><style>body{{font:14px sans-serif}}</style></head>
<body><header><nav><a href="/">Home</a><a href="/markets">Markets</a><a href="/asia">Asia</a>
<a href="/tech">Tech</a><a href="/opinion">Opinion</a></nav></header>
<div class="ad-slot">Advertisement</div><main><article><h1>{title}</h1>
<div class="byline">By Markets Desk staff</div>{body}
<div class="share-tools"><a>Share</a><a>Email</a><a>Print</a></div></article>
<aside class="related"><h3>Related</h3><ul><li><a>Stocks to watch</a></li><li><a>Week ahead</a></li>
</ul></aside></main><footer><p>© 2025 Markets Desk. All rights reserved.</p>
<ul><li>About</li><li>Contact</li><li>Terms</li></ul></footer></body></html>"""


def article_texts() -> list[bytes]:
    """Real article texts: the seeds and labelled articles when present, else the test data."""
    folders = [SHARED / "seeds", SHARED / "eval" / "dev" / "articles", TESTDATA / "ingest"]
    texts = []
    for folder in folders:
        if folder.is_dir():
            texts += [p.read_bytes() for p in sorted(folder.glob("*.txt"))]
    return texts


def as_html_page(text: bytes) -> bytes:
    """The same article wrapped in the page chrome a news site adds."""
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError:
        decoded = text.decode("cp1252", "replace")
    lines = [line.strip() for line in decoded.splitlines() if line.strip()]
    title, body = lines[0], lines[1:]
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body)
    return PAGE.format(title=html.escape(title), body=paragraphs).encode("utf-8")


def rate(label: str, items: Sequence[object], run: Callable[[object], object], *,
         repeat: int = 3) -> float:  # fmt: skip
    """Best-of-``repeat`` throughput over ``items`` in CPU time of this process: items/s on
    one core, and steady when other work shares the machine."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for item in items:
            run(item)
        best = min(best, time.process_time() - start)
    per_second = len(items) / best
    print(
        f"{label:48s} {per_second:10,.0f} articles/s/core   ({best / len(items) * 1e3:.3f} ms each)"
    )
    return per_second


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
