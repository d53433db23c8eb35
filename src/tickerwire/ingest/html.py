"""HTML pages to title, paragraphs and metadata, with selectolax (lexbor).

Measured here at ~50x the speed of trafilatura on the same pages (benchmarks/bench_ingest.py):
page chrome is dropped by tag and by common class names, the main container is the
<article> (or articleBody / <main>), and its block elements become paragraphs in order.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

_DROP = (
    "script, style, noscript, template, nav, aside, footer, form, iframe, svg, button, "
    "select, figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
    "[hidden]"
)
_CHROME_CLASS = re.compile(
    r"(^|[\s_-])(ad|ads|advert|advertisement|share|sharing|social|related|newsletter|"
    r"subscribe|comments?|promo|sidebar|breadcrumbs?|cookie|paywall|byline-social|outbrain|"
    r"taboola|recirc|most-popular|trending)([\s_-]|$)",
    re.IGNORECASE,
)
_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd"}
)
_MAIN = ("article", "[itemprop=articleBody]", "main", "[role=main]", "#content", ".article-body")
_SPACES = re.compile(r"\s+")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


@dataclass
class HtmlParts:
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    hints: dict[str, object] = field(default_factory=dict)


def parse_html(html: str) -> HtmlParts:
    tree = LexborHTMLParser(html)
    parts = HtmlParts(hints=_meta(tree))
    parts.title = _title(tree, parts.hints)
    for node in tree.css(_DROP):
        node.decompose()
    for node in tree.css("[class], [id]"):
        if _CHROME_CLASS.search(
            f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        ) and node.tag not in {"html", "body", "article", "main"}:
            node.decompose()
    main = _main(tree)
    if main is not None:
        parts.paragraphs = _paragraphs(main)
    if parts.paragraphs and parts.title and _same(parts.paragraphs[0], parts.title):
        parts.paragraphs = parts.paragraphs[1:]
    return parts


def _main(tree: LexborHTMLParser) -> LexborNode | None:
    for selector in _MAIN:
        found = tree.css(selector)
        if found:
            return max(found, key=lambda n: len(n.text(deep=True)))
    return tree.body


def _paragraphs(main: LexborNode) -> list[str]:
    """Block elements in document order; a block holding other blocks (an unclosed <h1> or
    <p> in broken HTML, an <li> of <p>s) gives only its own text, its children the rest."""
    paragraphs: list[str] = []
    for node in main.traverse(include_text=False):
        if node.tag not in _BLOCKS:
            continue
        deep = not _has_block_inside(node)
        text = _SPACES.sub(" ", node.text(deep=deep, separator=" ")).strip()
        if not deep:
            text = _SPACES.sub(" ", _own_inline_text(node)).strip()
        if text:
            paragraphs.append(text)
    if not paragraphs:
        text = main.text(deep=True, separator="\n")
        paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    return paragraphs


def _has_block_inside(node: LexborNode) -> bool:
    return any(
        child.tag in _BLOCKS for child in node.traverse(include_text=False) if child is not node
    )


def _own_inline_text(node: LexborNode) -> str:
    """Text of the node and its inline children, stopping at nested blocks."""
    parts: list[str] = []
    child = node.child
    while child is not None:
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag not in _BLOCKS and not _has_block_inside(child):
            parts.append(child.text(deep=True, separator=" "))
        child = child.next
    return " ".join(parts)


def _same(a: str, b: str) -> bool:
    return _SPACES.sub(" ", a).strip().casefold() == _SPACES.sub(" ", b).strip().casefold()


def _attr(tree: LexborHTMLParser, selector: str, name: str = "content") -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    value = node.attributes.get(name)
    return value.strip() if value and value.strip() else None


def _meta(tree: LexborHTMLParser) -> dict[str, object]:
    hints: dict[str, object] = {}
    ld = _json_ld(tree)
    published = (
        _attr(tree, "meta[property='article:published_time']")
        or _attr(tree, "meta[name='article:published_time']")
        or _attr(tree, "meta[itemprop=datePublished]")
        or ld.get("datePublished")
        or _attr(tree, "meta[name=date]")
        or _attr(tree, "meta[name=pubdate]")
        or _attr(tree, "meta[name='parsely-pub-date']")
        or _attr(tree, "meta[name='DC.date.issued']")
        or _attr(tree, "time[datetime]", "datetime")
    )
    if published:
        hints["published"] = published
    updated = _attr(tree, "meta[property='article:modified_time']") or ld.get("dateModified")
    if updated:
        hints["updated"] = updated
    author = _attr(tree, "meta[name=author]") or _ld_names(ld.get("author"))
    if author and not author.startswith("http"):
        hints["authors"] = author
    publisher = _attr(tree, "meta[property='og:site_name']") or _ld_names(ld.get("publisher"))
    if publisher:
        hints["publisher"] = publisher
    url = _attr(tree, "meta[property='og:url']") or _attr(tree, "link[rel=canonical]", "href")
    if url:
        hints["url"] = url
    html = tree.css_first("html")
    if html is not None and html.attributes.get("lang"):
        hints["language"] = html.attributes["lang"]
    return hints


def _title(tree: LexborHTMLParser, hints: dict[str, object]) -> str | None:
    title = _attr(tree, "meta[property='og:title']") or _attr(tree, "meta[name='twitter:title']")
    if not title:
        h1 = tree.css_first("article h1") or tree.css_first("h1")
        title = _own_inline_text(h1).strip() if h1 is not None else None
    if not title or len(title) > 300:
        node = tree.css_first("title")
        title = _SITE_SUFFIX.sub("", node.text()).strip() if node is not None else None
    return _SPACES.sub(" ", title).strip() if title else None


def _json_ld(tree: LexborHTMLParser) -> dict[str, object]:
    for node in tree.css("script[type='application/ld+json']"):
        try:
            data = json.loads(node.text())
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data])
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                return item
    return {}


def _ld_names(value: object) -> str | None:
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) else None
    if isinstance(value, list):
        names = [n for n in (_ld_names(v) for v in value) if n]
        return ", ".join(names) if names else None
    return value if isinstance(value, str) else None
