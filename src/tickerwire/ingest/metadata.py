"""Who published an article, when, and who wrote it, from the lines around the text.

Each rule reads the raw paragraphs before boilerplate removal: bylines, "Published …" lines,
wire trailers ("(END) Dow Jones Newswires"), copyright lines, datelines ("NEW YORK
(Reuters) -") and site prefixes ("Investing.com--"). Structured hints (front matter, HTML
meta, JSONL fields, feed items) win over what is read from the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from importlib import resources

import ahocorasick_rs

from tickerwire.ingest.dates import find_date, parse_iso

_EDGE = 8  # metadata lines live in the first and last few paragraphs
_HEAD_LIMIT = 60  # a page's menus and links end within this many lines
_PROSE = 120  # a paragraph this long is article text, not furniture
_DATE_REACH = 140  # a page's date starts within 60 characters and fits in this many
_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|bin|al-[A-Z]\w+)){0,3}(?:\s[A-Z]\b)?"
_BYLINE = re.compile(
    rf"^(?:(?:Written|Reported|Words|Story)\s+by|By)\s+"
    rf"(?P<names>{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_NAME})*)"
    r"(?:\s*(?:,|for|\||-)\s*[A-Z][\w.&' -]{1,40}?)?\s*(?:->|»|›)?\s*$"
)  # "By Jane Doe", "Written by Jane Doe and Li Wei for Reuters ->"
_WRITE_TO = re.compile(rf"^Write to (?P<names>{_NAME}(?:(?:\s*,\s*|\s+and\s+){_NAME})*) at\s")
_PERSON = re.compile(r"[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]+){1,3}")
_DESK = re.compile(
    r"\b(?:News|Service|Bureau|Desk|Staff|Reporters?|Team|Correspondents?|Editors?|Agenc(?:y|ies))$"
)
_SOURCE_LABEL = re.compile(
    r"(?:^|\|)\s*(?:source|sources|courtesy|via)\s*[:|-]?\s*$", re.IGNORECASE
)
# a page naming its own outlet: "Read the original article on Investopedia", "Powered by
# Capital Market", "updates from Evening Standard", "Subscribe to Caixin Global"
_SELF_PROMOTION = re.compile(
    r"(?:original article on|first appeared on|originally published (?:on|by|in)|powered by|"
    r"updates from|newsletter from|subscribe to(?: both)?|visit|edition by|see more|"
    r"download the|follow)\s*$",
    re.IGNORECASE,
)
_SELF_PROMOTION_ENDS = (
    "original article on",
    "first appeared on",
    "originally published on",
    "originally published by",
    "originally published in",
    "powered by",
    "updates from",
    "newsletter from",
    "subscribe to",
    "subscribe to both",
    "visit",
    "edition by",
    "see more",
    "download the",
    "follow",
)
# The only letters that case-insensitive matching equates with ASCII letters, or that change
# length when lower-cased.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
# a wire's closing credit: "(Reporting by Donny Kwok; Editing by …)", "(Written by A, B,
# edited by C)": the reporters write the story, the editors do not
_REPORTING_BY = re.compile(
    rf"^\((?:Reporting|Written|Reported)\s+by\s+(?P<names>{_NAME}(?:(?:\s*,\s*|\s+and\s+)"
    rf"(?!edited|editing){_NAME})*)"
)
# "Photo: Chien Jung-fong, Taipei Times": the paper's own photographer
_PHOTO_BY_STAFF = re.compile(r"^(?:photo|picture|image)\s*:.*,$", re.IGNORECASE)
_SPLIT_NAMES = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")
_END_MARK = re.compile(r"^\(END\)\s+(?P<who>.+?)\s*$")
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:\(c\)|©)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[-–,]?\s*"
    r"(?P<who>[A-Z][^.\n]{1,60}?)\s*(?:,?\s*(?:Inc|Ltd|Limited|LLC|plc)\.?)?\.?"
    r"(?:\s*all rights reserved\.?)?\s*$",
    re.IGNORECASE,
)
_SITE_PREFIX = re.compile(r"^(?P<site>[A-Z][\w-]*(?:\.[a-z]{2,})+)\s*[-—–]{1,2}\s*\S")
# "NEW YORK (Reuters) -", "SHENZHEN, China, Jan 6 (Reuters) -", "Aug 2 (Reuters) -"
_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][A-Z .'-]{1,40}?)(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=[,(\s]))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?|[A-Z][a-z]{2,8}\.? \d{1,2})\s*"
    r"\((?P<source>[A-Z][\w .&'-]{1,40})\)\s*[-—–]+\s*"
)
_WIRE_PREFIX = re.compile(r"^\((?P<source>[A-Z][\w .&'-]{1,40})\)\s*[-—–]+\s*\S")
# "reports" or "reported" as a word, written to open on its literal (the boundary before it is
# the lookbehind) so that the regex engine finds candidates at C speed.
_REPORTS = re.compile(r"report(?<!\wreport)(?:s|ed)\b")
_REPORTER = re.compile(r"(?P<who>(?:[A-Z][\w.'&-]+\s){0,4}[A-Z][\w.'&-]+)\s+$")
_LINK = re.compile(
    r"^\[(?P<label>[^\]]{1,80})\]\((?P<url>https?://[^)\s]+)\)\s*$|^(?P<bare>https?://\S+)$"
)
# The first characters the line patterns can match (only c and C match "c" when case is
# ignored): a line opening otherwise skips the pattern.
_BYLINE_OPENINGS = frozenset("WRSB")
_COPYRIGHT_OPENINGS = frozenset("©(cC")
_LINK_OPENINGS = frozenset("[h")
_DOMAIN = re.compile(r"https?://(?:www\.)?([^/:]+)")


@dataclass
class Metadata:
    published: datetime | None = None
    published_text: str | None = None
    updated: datetime | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    sources: list[str] = field(default_factory=list)
    dateline: str | None = None
    url: str | None = None
    consumed: set[int] = field(default_factory=set)  # paragraphs that are only date lines
    opening_source: str | None = None  # "(MT Newswires)" after a date opening the body


@lru_cache(maxsize=1)
def outlets() -> dict[str, str]:
    """Alias → canonical outlet name, from the reviewed table."""
    table = resources.files("tickerwire.ingest").joinpath("data/outlets.tsv").read_text("utf-8")
    names: dict[str, str] = {}
    for line in table.splitlines():
        if line.strip() and not line.startswith("#"):
            name, aliases = line.split("\t", 1)
            for alias in aliases.split("|"):
                names[alias.strip()] = name
    return names


@lru_cache(maxsize=1)
def _outlet_matcher() -> tuple[ahocorasick_rs.AhoCorasick, list[str]]:
    """One automaton over every outlet alias: a C-speed pass per line, where a regex
    alternation of a hundred names costs a hundred tries per position. A DFA: built once in
    about a millisecond, it scans a line faster than the default NFA, with the same matches."""
    aliases = sorted(outlets(), key=len, reverse=True)
    automaton = ahocorasick_rs.AhoCorasick(
        aliases,
        matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST,
        implementation=ahocorasick_rs.Implementation.DFA,
    )
    return automaton, aliases


def _outlet_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, alias) of every outlet named in ``text`` as a whole word."""
    automaton, aliases = _outlet_matcher()
    hits = []
    for index, start, end in automaton.find_matches_as_indexes(text):
        if start and (text[start - 1].isalnum() or text[start - 1] in "_."):
            continue
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        hits.append((start, end, aliases[index]))
    return hits


def outlet_name(text: str) -> str | None:
    """The canonical outlet a phrase names ("Dow Jones & Company, Inc." → Dow Jones Newswires)."""
    table = outlets()
    cleaned = text.strip(" .,-")
    if cleaned in table:
        return table[cleaned]
    hits = _outlet_hits(cleaned)
    return table[hits[0][2]] if hits else None


def read_metadata(paragraphs: list[str], hints: Mapping[str, object]) -> Metadata:
    meta = Metadata()
    edges = _edges(paragraphs)
    _read_times(meta, edges)
    lines = [p for _, p in edges]
    _read_authors(meta, lines)
    _read_publisher(meta, paragraphs, lines)
    _apply_hints(meta, hints)
    return meta


def _edges(paragraphs: list[str]) -> list[tuple[int, str]]:
    """(index, paragraph) of the first and last few paragraphs, where page furniture sits:
    the head runs to the second paragraph of prose, past any length of menus and links."""
    numbered = list(enumerate(paragraphs))
    head, prose = _EDGE, 0
    for index, paragraph in numbered[:_HEAD_LIMIT]:
        prose += len(paragraph) >= _PROSE
        if prose >= 2:
            head = max(head, index + 1)
            break
    if len(paragraphs) <= head + _EDGE:
        return numbered
    return numbered[:head] + numbered[-_EDGE:]


_META_WORDS = frozenset(
    {
        "published", "posted", "first", "updated", "last", "modified", "date", "dated",
        "released", "on", "at", "by", "edited", "min", "mins", "minute", "minutes", "read",
        "ago", "hrs", "hours", "am", "pm", "a.m.", "p.m.",
    }
)  # fmt: skip
_UPDATE_WORDS = frozenset({"updated", "modified"})
# "06:54 AM EST, 01/27/2025 (MT Newswires) -- Shares of …": a date opening the first paragraph
_WIRE_TAG = re.compile(r"^\s*[,;]?\s*(?:\((?P<source>[^()]{2,40})\)\s*)?[-–—]{1,2}\s")
_WORD = re.compile(r"[^\s|,;:()\-–—]+")


def _metadata_words(words: Iterable[str]) -> bool:
    """Only capitalised names (a source, a place, a weekday) and words of date lines."""
    return all(
        w[:1].isupper() or not w[:1].isalpha() or w.lower() in _META_WORDS or "@" in w or "/" in w
        for w in words
    )  # an author's e-mail or handle ("jdoe@paper.com") and links sit on date lines too


def _date_line(line: str) -> tuple[datetime, str, str, bool] | None:
    """(date, kind, what follows, opens the body) when ``line`` prints the article's date as
    page furniture: "Wed, Nov 22, 2017 - 10:14 AM", "April 3, 2025 Alex Coffey", "Reuters |
    Updated: 19-10-2021 14:31 IST", or a wire opening "06:54 AM EST, 01/27/2025 (MT
    Newswires) -- Shares of …"."""
    found = find_date(line[:_DATE_REACH])
    if found is None or found.start > 60:
        return None
    before = _WORD.findall(line[: found.start])
    if not _metadata_words(before):
        return None
    after = line[found.end :]
    tag = _WIRE_TAG.match(after)
    if tag:
        return found.value, "published", tag.group("source") or "", True
    rest = _WORD.findall(after)
    if len(after) > 80 or not (_metadata_words(rest) or (len(line) <= 40 and len(rest) == 1)):
        return None  # one unknown word on a short line: "2025.12.04 02:36 portai"
    kind = "updated" if any(w.lower() in _UPDATE_WORDS for w in before) else "published"
    return found.value, kind, after.strip(" -–—|,;"), False


def is_date_line(line: str) -> bool:
    """Whether ``line`` is a page's date line (not a body paragraph that a date opens)."""
    dated = _date_line(line.strip())
    return dated is not None and not dated[3]


def _read_times(meta: Metadata, edges: list[tuple[int, str]]) -> None:
    for index, paragraph in edges:
        dated = _date_line(paragraph.strip())
        if dated is None:
            continue
        when, kind, rest, opens_body = dated
        if opens_body and rest:
            meta.opening_source = meta.opening_source or outlet_name(rest) or rest
        elif not opens_body:
            meta.consumed.add(index)
        if rest and not opens_body and _PERSON.fullmatch(rest) and not outlet_name(rest):
            meta.authors.append(rest)
        if kind == "updated":
            meta.updated = meta.updated or when
        elif meta.published is None:
            meta.published, meta.published_text = when, paragraph.strip()[:120]


def _read_authors(meta: Metadata, edges: Iterable[str]) -> None:
    for paragraph in edges:
        line = paragraph.strip()
        first = line[:1]  # each pattern opens on a capital or a bracket of its own
        found = _BYLINE.match(line) if first in _BYLINE_OPENINGS else None
        if found is None and first == "W":
            found = _WRITE_TO.match(line)
        if found is None and first == "(":
            found = _REPORTING_BY.match(line)
        if not found:
            continue
        for name in _SPLIT_NAMES.split(found.group("names")):
            name = name.strip()
            if not name:
                continue
            if outlet_name(name):
                meta.sources.append(outlet_name(name) or name)
            elif _DESK.search(name):  # "Express News Service", "Associated Press Reporter"
                continue
            elif _surname(name) not in {_surname(a) for a in meta.authors}:
                meta.authors.append(name)


def _read_publisher(meta: Metadata, paragraphs: list[str], edges: list[str]) -> None:
    candidates: list[str] = []
    copyrights: list[str] = []
    for line in (p.strip() for p in edges):
        head = line[:120]
        paren = "(" in head  # wire tags, datelines and end marks all have one
        if "." in head and (found := _SITE_PREFIX.match(line)):
            candidates.insert(0, found.group("site"))
        elif paren and (found := _WIRE_PREFIX.match(line)):
            candidates.append(outlet_name(found.group("source")) or found.group("source"))
        elif paren and (found := _END_MARK.match(line)):
            candidates.append(outlet_name(found.group("who")) or found.group("who"))
        elif paren and (found := _DATELINE.match(line)):
            meta.dateline = (found.group("place") or "").strip() or None
            source = outlet_name(found.group("source")) or found.group("source")
            candidates.append(source)
            meta.sources.append(source)
        elif line[:1] in _COPYRIGHT_OPENINGS and (found := _COPYRIGHT.match(line)):
            copyrights.append(outlet_name(found.group("who")) or found.group("who").strip())
        elif line[:1] in _LINK_OPENINGS and (found := _LINK.match(line)):
            meta.url = meta.url or found.group("url") or found.group("bare")
    for paragraph in paragraphs:
        if "report" not in paragraph:
            continue
        for found in _REPORTS.finditer(paragraph):
            who = _REPORTER.search(paragraph, max(0, found.start() - 80), found.start())
            source = outlet_name(who.group("who")) if who else None
            if source and source not in meta.sources:
                meta.sources.append(source)
    if meta.opening_source and meta.opening_source not in candidates:  # "(MT Newswires) --"
        candidates.append(meta.opening_source)
    candidates += [c for c in _credits(edges) if c not in candidates]
    for holder in copyrights:
        if holder not in meta.sources:
            meta.sources.append(holder)
    if meta.url and not candidates:
        domain = _DOMAIN.match(meta.url)
        site = outlet_name(domain.group(1).split(".")[-2].capitalize()) if domain else None
        if site:
            candidates.append(site)
    if not candidates and not copyrights and meta.sources:
        candidates.append(meta.sources[0])  # "…, the AP reports": a digest of one wire's story
    meta.publisher = candidates[0] if candidates else (copyrights[0] if copyrights else None)
    meta.sources = [s for s in dict.fromkeys(meta.sources) if s != meta.publisher]


def _credits(edges: list[str]) -> list[str]:
    """Outlets credited in the page furniture: "(Yonhap)" after a caption, "Source: IRIS",
    "Reuters | Mumbai | Updated …", a line that is only the outlet's name, a desk byline
    ("By Associated Press Reporter")."""
    found: list[str] = []
    for line in (p.strip() for p in edges):
        for start, end, alias in _outlet_hits(line):
            before, after = line[:start].rstrip(), line[end:].lstrip()
            credited = (
                (before.endswith("(") and after.startswith(")"))
                or _SOURCE_LABEL.search(before) is not None
                or _self_promoting(before)
                or (not before and (not after or after[:1] in "|·"))
                or (before.lower().endswith(("by", "by the", "by team")) and len(line) < 80)
                or (_PHOTO_BY_STAFF.search(before) is not None and not after)
            )
            if credited:
                found.append(outlets()[alias])
    return found


def _self_promoting(before: str) -> bool:
    """Whether ``_SELF_PROMOTION`` finds a promotion at the end of ``before``: it ends in one of
    its phrases. Lower-casing and one suffix test, where the case-insensitive pattern tries
    every position; lowering agrees with case-insensitive matching for every letter but the
    four odd ones, for which the pattern decides."""
    if not before.isascii() and _ODD_CASE.search(before):
        return _SELF_PROMOTION.search(before) is not None
    return before.rstrip().lower().endswith(_SELF_PROMOTION_ENDS)


def _apply_hints(meta: Metadata, hints: Mapping[str, object]) -> None:
    published = parse_iso(hints.get("published"))
    printed_with_zone = meta.published is not None and meta.published.tzinfo is not None
    if published is not None and (published.tzinfo is not None or not printed_with_zone):
        meta.published = published
        meta.published_text = str(hints.get("published"))
    updated = parse_iso(hints.get("updated"))
    if updated is not None:
        meta.updated = updated
    if meta.published is None and meta.updated is not None:  # the only date the page prints
        meta.published, meta.published_text = meta.updated, None
    labelled = parse_iso(hints.get("dated"))  # a "date 2025-02-21" label heading a plain text
    if meta.published is None and labelled is not None:
        meta.published, meta.published_text = labelled, str(hints.get("dated"))
    authors = hints.get("authors")
    if isinstance(authors, str):
        authors = [a for a in _SPLIT_NAMES.split(authors) if a]
    if isinstance(authors, list | tuple) and authors:
        meta.authors = [str(a).strip() for a in authors if str(a).strip()]
    for key in ("publisher", "url"):
        value = hints.get(key)
        if isinstance(value, str) and value.strip():
            setattr(meta, key, value.strip())


def _surname(name: str) -> str:
    parts = name.replace(".", " ").split()
    return parts[-1].casefold() if parts else ""
