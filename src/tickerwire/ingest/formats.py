"""Format sniffing and parsing: plain text, HTML, Markdown with YAML front matter, JSON.

The format is read from the content first and the file name second, because news arrives
with wrong or missing extensions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import yaml

from tickerwire.errors import MalformedInput
from tickerwire.ingest.boilerplate import label_of
from tickerwire.ingest.html import parse_html
from tickerwire.ingest.metadata import is_date_line

_HTML_START = re.compile(
    r"^\s*(<!--.*?-->\s*)*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>]|<meta|<title)",
    re.IGNORECASE | re.DOTALL,
)
_FRONT_MATTER = re.compile(r"^(---|\+\+\+)\n(?P<yaml>.*?)\n(---|\+\+\+|\.\.\.)\s*(\n|$)", re.DOTALL)
_LOOSE_FIELD = re.compile(
    r"""^(?P<key>[A-Za-z_][\w-]*)\s*:\s*["'\[]*(?P<value>[^"'\[\]\n]*)["'\]]*\s*$""", re.MULTILINE
)
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_QUOTE = re.compile(r"^>\s?")
_MD_BULLET = re.compile(r"^[-*+]\s+")
_MD_INLINE_LINK = re.compile(r"(?<!^)\[([^\]]+)\]\((https?://[^)\s]+)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_DATE_LABEL = re.compile(
    r"^\s*(?:date|dated|published)\s*:?[ \t]+(?P<date>\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?)?)"
    r"(?![\w:-])[ \t]*",
    re.IGNORECASE,
)
_PROSE_LINE = 60  # a line this long that is no headline is the body
# Letters counted at C speed as what is left once the runs of everything else are cut out:
# one piece per word, where finding every letter builds a string per letter.
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_BYLINE_LINE = re.compile(r"^(?:(?:Written|Reported|Words|Story)\s+)?[Bb]y\s+[A-Z]")
# breadcrumbs, bullet points, photo captions ending in a credit, promotions
_FURNITURE = re.compile(
    r"[»›]| > |^[*•\-–]+\s|\.\s*\([A-Z][\w ./&-]{1,30}\)$|/[A-Z]{2,}[A-Z ]*$"
    r"|^(?:see more|continue reading|unlock|upgrade|download|get the app|open in app)\b",
    re.IGNORECASE,
)
# a page's icon labels, flattened into a line: "SubscribeSubscribe Chevron Right IconThe West
# Australian" (tried only where "icon", "chevron", "arrow" or "caret" occurs)
_ICON = re.compile(
    r"\b(?:chevron|arrow|caret)\s+(?:right|left|up|down)\b|[a-z]Icon\b|\bIcon(?=[A-Z])",
    re.IGNORECASE,
)
_ICON_WORDS = ("icon", "chevron", "arrow", "caret")
_GLUE = re.compile(r"[a-z0-9](?=[A-Z])")  # where a word runs into a capital: "NewswiresMT"


def _doubled(line: str) -> bool:
    """Whether a run of words is written twice with nothing between ("MT NewswiresMT
    Newswires", "SubscribeSubscribe"): a link's text and its icon label, flattened."""
    for glue in _GLUE.finditer(line):
        at = glue.end()
        for size in range(3, min(41, at) + 1):
            if line[at - size].isupper() and line[at - size : at] == line[at : at + size]:
                return True
    return False


_SENTENCE_END = re.compile(r"[.!?。]['\"’”)]?$")
_STOPS = ".!?。"
_CLOSERS = "'\"’”)"
_TEXT_FIELDS = ("text", "body", "content", "article", "articleBody")
_HTML_FIELDS = ("html", "raw_html", "content_html")
_HINT_FIELDS = (
    "title",
    "url",
    "link",
    "published",
    "date",
    "published_at",
    "updated",
    "authors",
    "author",
    "publisher",
    "source",
    "language",
    "lang",
)


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster


@dataclass
class Parsed:
    format: str
    title: str | None
    paragraphs: list[str]
    hints: dict[str, object] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def sniff(text: str, name: str = "", declared: object = None) -> str:
    """Decide the format from the content; the name and a declared format only break ties."""
    if declared in {"html", "text", "markdown", "json"}:
        return str(declared)
    head = text[:2048]
    if _HTML_START.match(head):
        return "html"
    if head.startswith(("---\n", "+++\n")):
        return "markdown"
    if head[:1] in "{[" and name.lower().endswith(".json"):
        return "json"
    if head[:1] == "{" and text.rstrip().endswith("}"):
        return "json"
    if name.lower().endswith((".html", ".htm", ".xhtml")) and "<" in head:
        return "html"
    if name.lower().endswith((".md", ".markdown")):
        return "markdown"
    return "text"


def parse(text: str, fmt: str, hints: Mapping[str, object]) -> Parsed:
    if fmt == "html":
        parts = parse_html(text)
        return Parsed("html", parts.title, parts.paragraphs, dict(parts.hints))
    if fmt == "markdown":
        return _markdown(text)
    if fmt == "json":
        return _json(text)
    title_hint = hints.get("title")
    return _plain(text, has_title=not title_hint)


def split_paragraphs(text: str) -> list[str]:
    """Blank lines separate blocks; inside a block each line is a paragraph unless it is a
    hard-wrapped continuation (no sentence end, next line starts in lower case)."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        current = ""
        for line in lines:
            if current and not _ends_sentence(current) and line[:1].islower():
                current = f"{current} {line}"
            else:
                if current:
                    paragraphs.append(current)
                current = line
        if current:
            paragraphs.append(current)
    return paragraphs


def _ends_sentence(line: str) -> bool:
    """Whether ``_SENTENCE_END`` finds a stop at the end of ``line`` (or before a final line
    break), read off its last characters instead of searched for through the whole line."""
    for tail in (line, line[:-1] if line.endswith("\n") else ""):
        if tail[-1:] and tail[-1] in _STOPS:
            return True
        if len(tail) >= 2 and tail[-1] in _CLOSERS and tail[-2] in _STOPS:
            return True
    return False


def looks_like_title(paragraph: str) -> bool:
    words = paragraph.split()
    return (
        2 <= len(words) <= 30 and len(paragraph) <= 220 and not paragraph.endswith((".", ",", ";"))
    )


def _plain(text: str, *, has_title: bool) -> Parsed:
    hints: dict[str, object] = {}
    label = _DATE_LABEL.match(text)
    if label:  # "date 2025-02-21 Stocks rise …": a collector's label, not article text
        hints["dated"] = label.group("date")
        text = text[label.end() :]
    paragraphs = split_paragraphs(text)
    title = None
    at = headline_index(paragraphs) if has_title else None
    if at is not None:
        title, paragraphs = paragraphs[at], paragraphs[:at] + paragraphs[at + 1 :]
    return Parsed("text", title, paragraphs, hints)


def headline_index(paragraphs: list[str], look: int = 40) -> int | None:
    """Which of the opening paragraphs is the headline, skipping page furniture (a menu, a
    site name, a breadcrumb, a byline, a date line, a photo caption, a promotion); None when
    the text starts straight in the body. Where several lines could be the headline, the last
    one before a byline or a date line wins (headline, byline, body is how pages are laid
    out, whatever menus or captions sit around them); else the first."""
    found: list[int] = []
    promoted = False  # a short line of other text seen: only a byline or date line decides
    for index, paragraph in enumerate(paragraphs[: min(look, len(paragraphs) - 1)]):
        if _is_furniture(paragraph):
            if found and _is_byline_or_date(paragraph):
                return found[-1]
            continue
        if not looks_like_title(paragraph):
            if found or len(paragraph) >= _PROSE_LINE:
                break  # the body has begun
            promoted = True  # "Get all your news in one place.": an app's promotion above it
            continue
        found.append(index)
    return found[0] if found and not promoted else None


def _is_byline_or_date(paragraph: str) -> bool:
    return bool(_BYLINE_LINE.match(paragraph)) or is_date_line(paragraph)


def _is_furniture(paragraph: str) -> bool:
    if len(paragraph) > _PROSE_LINE * 4:
        return False  # far longer than any menu, credit or caption line
    words = paragraph.split()
    return (
        len(words) < 3
        or len(_NOT_LETTERS.sub("", paragraph)) < len(paragraph) / 2
        or (paragraph.count(",") >= 5 and len(words) < 3 * paragraph.count(","))  # a tag list
        or paragraph.endswith(":")
        or _FURNITURE.search(paragraph) is not None
        or _doubled(paragraph)
        or (
            any(w in paragraph.lower() for w in _ICON_WORDS) and _ICON.search(paragraph) is not None
        )
        or _is_byline_or_date(paragraph)
        or label_of(paragraph) is not None
    )


def _markdown(text: str) -> Parsed:
    hints: dict[str, object] = {}
    warnings: list[str] = []
    body = text
    found = _FRONT_MATTER.match(text)
    if found:
        body = text[found.end() :]
        hints, problem = _front_matter(found.group("yaml"))
        if problem:
            warnings.append(problem)
    elif text.startswith("---\n"):
        warnings.append("front matter: no closing '---'; read as text")
        body = text[4:]
    paragraphs = [_md_line(p) for p in split_paragraphs(body)]
    title = hints.get("title")
    parsed_title = str(title).strip() if isinstance(title, str) and title.strip() else None
    if parsed_title is None and paragraphs and text.lstrip().startswith("#"):
        parsed_title, paragraphs = paragraphs[0], paragraphs[1:]
    return Parsed("markdown", parsed_title, [p for p in paragraphs if p], hints, warnings)


def _front_matter(source: str) -> tuple[dict[str, object], str | None]:
    try:
        data = yaml.load(source, Loader=_YAML_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        loose = {m.group("key"): m.group("value").strip() for m in _LOOSE_FIELD.finditer(source)}
        return _front_matter_hints(loose), f"front matter: malformed YAML{where}; body kept"
    if not isinstance(data, dict):
        return {}, "front matter: not a mapping; body kept"
    return _front_matter_hints(data), None


def _front_matter_hints(data: Mapping[str, object]) -> dict[str, object]:
    hints: dict[str, object] = {}
    for key in ("title", "url", "publisher", "language"):
        if data.get(key):
            hints[key] = data[key]
    for key in ("date", "published", "publishDate", "pubDate"):
        if data.get(key):
            hints["published"] = data[key]
            break
    for key in ("lastmod", "updated", "modified"):
        if data.get(key):
            hints["updated"] = data[key]
            break
    for key in ("authors", "author"):
        if data.get(key):
            hints["authors"] = data[key]
            break
    return hints


def _md_line(paragraph: str) -> str:
    line = _MD_HEADING.sub("", paragraph)
    line = _MD_QUOTE.sub("", line)
    line = _MD_BULLET.sub("", line)
    line = _MD_EMPHASIS.sub(r"\2", line)
    return _MD_INLINE_LINK.sub(r"\1", line).strip()


def _json(text: str) -> Parsed:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise MalformedInput(f"malformed JSON: {error}") from error
    if not isinstance(data, dict):
        raise MalformedInput("malformed JSON: expected one article object")
    return parse_json_article(data)


def parse_json_article(data: Mapping[str, object]) -> Parsed:
    """One article given as a JSON object: text or html plus optional metadata fields."""
    hints = json_hints(data)
    for key in _HTML_FIELDS:
        if isinstance(data.get(key), str) and str(data[key]).strip():
            parsed = parse(str(data[key]), "html", hints)
            parsed.hints = {**parsed.hints, **hints}
            parsed.title = str(hints.get("title") or parsed.title or "") or None
            return parsed
    for key in _TEXT_FIELDS:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            fmt = "html" if _HTML_START.match(value[:2048]) else "text"
            parsed = parse(value, fmt, hints)
            parsed.hints = {**parsed.hints, **hints}
            parsed.title = str(hints.get("title") or parsed.title or "") or None
            parsed.format = "json"
            return parsed
    raise MalformedInput("missing field: the object has no 'text' or 'html'")


def json_hints(data: Mapping[str, object]) -> dict[str, object]:
    hints: dict[str, object] = {}
    for key in _HINT_FIELDS:
        value = data.get(key)
        if value in (None, "", []):
            continue
        target = {
            "link": "url",
            "date": "published",
            "published_at": "published",
            "author": "authors",
            "source": "publisher",
            "lang": "language",
        }.get(key, key)
        hints.setdefault(target, value)
    return hints
