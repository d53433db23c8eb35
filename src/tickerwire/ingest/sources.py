"""Where news comes from: files, folders, globs, JSON Lines, gzip, zip, RSS/Atom, feed URLs.

Every location yields RawDocuments, or Rejections that say why a piece could not be read, so
that nothing given to tickerwire is ever silently lost. Containers nest (a .zip of .jsonl.gz
files works) up to a small depth.
"""

from __future__ import annotations

import glob
import io
import json
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from tickerwire.ingest.feeds import is_feed, read_feed
from tickerwire.ingest.fetch import fetch_url
from tickerwire.ingest.formats import json_hints
from tickerwire.model import RawDocument, Rejection

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_TEXT_SUFFIXES = (
    ".txt",
    ".text",
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".xhtml",
    ".json",
    ".jsonl",
    ".ndjson",
    ".xml",
    ".rss",
    ".atom",
    ".gz",
    ".zip",
    "",
)
_SKIP_NAMES = frozenset({".DS_Store", "Thumbs.db"})
_MAX_DEPTH = 3

Item = RawDocument | Rejection


def iter_raw_documents(
    locations: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Expand files, folders (recursive), globs and URLs, in a stable order."""
    for location in locations:
        text = str(location)
        if text.startswith(("http://", "https://")):
            yield from _from_url(text, max_bytes)
            continue
        path = Path(text)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name not in _SKIP_NAMES and not child.name.startswith("."):
                    yield from _from_file(child, max_bytes)
        elif path.is_file():
            yield from _from_file(path, max_bytes)
        elif any(ch in text for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True))  # noqa: PTH207  (absolute patterns)
            if not matches:
                yield Rejection(text, "source", "no file matches this pattern")
            for match in matches:
                if match.is_file():
                    yield from _from_file(match, max_bytes)
        else:
            yield Rejection(text, "source", "no such file or folder")


def _from_url(url: str, max_bytes: int) -> Iterator[Item]:
    fetched = fetch_url(url, max_bytes=max_bytes)
    if isinstance(fetched, Rejection):
        yield fetched
        return
    yield from expand(url, url.rstrip("/").rsplit("/", 1)[-1] or url, fetched, max_bytes)


def _from_file(path: Path, max_bytes: int) -> Iterator[Item]:
    uri = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Rejection(uri, "source", _too_large(size, max_bytes))
            return
        data = path.read_bytes()
    except OSError as error:
        yield Rejection(uri, "source", f"cannot read: {error.strerror or error}")
        return
    yield from expand(uri, path.name, data, max_bytes)


def expand(uri: str, name: str, data: bytes, max_bytes: int, depth: int = 0) -> Iterator[Item]:
    """Open containers (gzip, zip, JSON Lines, JSON arrays, feeds) down to single documents."""
    lower = name.lower()
    if depth > _MAX_DEPTH:
        yield Rejection(uri, "source", "containers nested too deep")
    elif data[:2] == b"\x1f\x8b":
        yield from _gunzip(uri, name, data, max_bytes, depth)
    elif data[:4] == b"PK\x03\x04" or lower.endswith(".zip"):
        yield from _unzip(uri, data, max_bytes, depth)
    elif lower.endswith((".jsonl", ".ndjson")) or _looks_like_jsonl(data):
        yield from _json_lines(uri, data)
    elif lower.endswith(".json") and data.lstrip()[:1] == b"[":
        yield from _json_array(uri, data)
    elif is_feed(data):
        yield from read_feed(uri, data)
    else:
        yield RawDocument(uri=uri, data=data, name=name)


def _gunzip(uri: str, name: str, data: bytes, max_bytes: int, depth: int) -> Iterator[Item]:
    inner = name[:-3] if name.lower().endswith(".gz") else name
    try:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        plain = decompressor.decompress(data, max_bytes + 1)
        if len(plain) > max_bytes:
            yield Rejection(uri, "source", f"gzip expands past the {max_bytes // 2**20} MB limit")
            return
        if not decompressor.eof:
            yield Rejection(uri, "source", "truncated gzip: the compressed stream ends early")
            return
    except zlib.error as error:
        yield Rejection(uri, "source", f"corrupt gzip: {error}")
        return
    yield from expand(uri, inner, plain, max_bytes, depth + 1)


def _unzip(uri: str, data: bytes, max_bytes: int, depth: int) -> Iterator[Item]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, OSError) as error:
        yield Rejection(uri, "source", f"corrupt zip: {error}")
        return
    for member in sorted(members, key=lambda m: m.filename):
        member_uri = f"{uri}!{member.filename}"
        base = member.filename.rsplit("/", 1)[-1]
        if base.startswith(".") or base in _SKIP_NAMES:
            continue
        if member.file_size > max_bytes:
            yield Rejection(member_uri, "source", _too_large(member.file_size, max_bytes))
            continue
        try:
            content = archive.read(member)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as error:
            yield Rejection(member_uri, "source", f"corrupt zip member: {error}")
            continue
        yield from expand(member_uri, base, content, max_bytes, depth + 1)


def _looks_like_jsonl(data: bytes) -> bool:
    lines = [line for line in data[:8192].splitlines() if line.strip()]
    return len(lines) >= 2 and all(line.lstrip().startswith(b"{") for line in lines[:3])


def _json_lines(uri: str, data: bytes) -> Iterator[Item]:
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        line_uri = f"{uri}#L{number}"
        try:
            item = json.loads(line)
        except ValueError as error:
            yield Rejection(line_uri, "source", f"malformed JSON line: {error}")
            continue
        yield _json_item(line_uri, item, f"L{number}")


def _json_array(uri: str, data: bytes) -> Iterator[Item]:
    try:
        items = json.loads(data)
    except ValueError as error:
        yield Rejection(uri, "source", f"malformed JSON: {error}")
        return
    for index, item in enumerate(items):
        yield _json_item(f"{uri}#{index}", item, str(index))


def _json_item(uri: str, item: object, fallback_name: str) -> Item:
    if not isinstance(item, dict):
        return Rejection(uri, "source", "not a JSON object")
    body = next(
        (
            item[k]
            for k in ("html", "raw_html", "text", "body", "content")
            if isinstance(item.get(k), str)
        ),
        None,
    )
    if body is None or not body.strip():
        return Rejection(uri, "source", "missing field: needs a non-empty 'text' or 'html'")
    hints = json_hints(item)
    if isinstance(item.get("html") or item.get("raw_html"), str):
        hints["format"] = "html"
    name = str(item.get("file") or item.get("name") or item.get("id") or fallback_name)
    return RawDocument(uri=uri, data=body.encode("utf-8"), name=name, hints=hints)


def _too_large(size: int, max_bytes: int) -> str:
    return f"too large: {size / 2**20:.1f} MB exceeds the {max_bytes / 2**20:.0f} MB limit"
