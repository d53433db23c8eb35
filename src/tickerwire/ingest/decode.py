"""Bytes to faithful text.

Encoding is decided from the bytes (BOM, UTF-16 shape, strict UTF-8, then Windows-1252 or a
detector), mojibake is repaired only where a cheap guard finds its fingerprints (ftfy is
~50x slower than the guard, so it runs on suspects only), and whitespace is normalised while
typographic quotes and dashes are kept as the source wrote them.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import ftfy

from tickerwire.errors import BinaryInput, EmptyInput, UndecodableInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
# UTF-8 read as Windows-1252/Latin-1 leaves these pairs behind ("â€”", "Ã©", "Â ").
_MOJIBAKE = re.compile(r"[ÂÃâ][\x80-\xbf€™œ“”‘’•–—…šžŸ\xa0]|â€|Ã[\xa0-\xbf]")
_ODD_SPACE = r"\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Runs of two or more spaces, or any space that is not U+0020: plain single spaces (nearly all
# of them) are not matched at all, which keeps this pass cheap. Written to open on one
# character class (a run, else a lone odd space), which the regex engine skips ahead to at C
# speed instead of trying every position.
_SPACES = re.compile(rf"[ {_ODD_SPACE}](?:[ {_ODD_SPACE}]+|(?<=[{_ODD_SPACE}]))")
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_ODD_SPACE_CHARS = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_BLANK_RUNS = re.compile(r"\n\n\n\n*")  # three or more: a literal opening, found at C speed
_BINARY_SHARE = 0.01


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Return normalised text and notes on what was repaired; raise InputError when unreadable."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise EmptyInput("empty input: no text at all")
    text, encoding = _to_str(data)
    notes: list[str] = []
    if encoding not in ("utf-8", "ascii"):
        notes.append(f"decoded as {encoding}")
    if encoding != "utf-8" and _share(_CONTROL_CHARS, text) > _BINARY_SHARE:
        raise BinaryInput(f"binary content: not text in any encoding tried (last {encoding})")
    fixed = repair(text)
    if fixed != text:
        notes.append("repaired mojibake")
    return normalise(fixed), tuple(notes)


def repair(text: str) -> str:
    """Undo mojibake where the guard sees its fingerprints; leave everything else alone."""
    if not ("Ã" in text or "â" in text or "Â" in text):  # C-speed pre-check before any regex
        return text
    if not _MOJIBAKE.search(text):
        return text
    # ftfy costs ~1 ms per 4 KB: give it only the lines that carry the fingerprints.
    lines = text.split("\n")
    return "\n".join(ftfy.fix_encoding(line) if _MOJIBAKE.search(line) else line for line in lines)


def normalise(text: str) -> str:
    """One form of whitespace and line break, invisible characters gone, quotes untouched."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        if any(ch in text for ch in _INVISIBLE_CHARS):
            text = _INVISIBLE.sub("", text)
        text = unicodedata.normalize("NFC", text)
    if "  " in text or any(ch in text for ch in _ODD_SPACE_CHARS):  # C-speed guards first
        text = _SPACES.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def _share(pattern: re.Pattern[str], text: str) -> float:
    return len(pattern.findall(text)) / max(len(text), 1)


def _to_str(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16), utf16
    sample = data[:65536]
    if len(_CONTROL_BYTES.findall(sample)) > _BINARY_SHARE * len(sample):
        raise BinaryInput("binary content: control bytes where text should be")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        pass
    return _detected(data)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    if odd_zeros > 0.4 * len(sample) / 2 and even_zeros < odd_zeros / 4:
        return "utf-16-le"
    if even_zeros > 0.4 * len(sample) / 2 and odd_zeros < even_zeros / 4:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UndecodableInput(
            f"not valid {encoding}: {error.reason} at byte {error.start}"
        ) from error


def _detected(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:262144]).best()
    if best is None or best.encoding is None:
        raise UndecodableInput("undecodable: no text encoding fits these bytes")
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError) as error:
        raise UndecodableInput(f"undecodable as detected {best.encoding}: {error}") from error
