"""Encodings, mojibake and whitespace: every later span indexes into the repaired text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tickerwire.errors import BinaryInput, EmptyInput
from tickerwire.ingest.decode import decode

STORY = "Hermès gained 1.8% and the CAC 40 closed 0.6% higher at 8,028 points — a record. “Luxury is back,” said one trader."


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"]
)
def test_decodes_common_encodings(encoding: str) -> None:
    text, _ = decode(STORY.encode(encoding))
    assert text == STORY


def test_latin1_file(data_dir: Path) -> None:
    text, notes = decode((data_dir / "ingest" / "paris_latin1.txt").read_bytes())
    assert "Sociétés européennes" in text and "Hermès 1,8 %" in text
    assert notes == ("decoded as windows-1252",)


def test_mojibake_repaired_quotes_kept(data_dir: Path) -> None:
    text, notes = decode((data_dir / "ingest" / "tokyo_mojibake.txt").read_bytes())
    assert "yen firms — exporters" in text
    assert "Bank of Japan’s policy" in text  # curly apostrophe kept as the source meant it
    assert "repaired mojibake" in notes


def test_clean_text_is_untouched() -> None:
    text, notes = decode(STORY.encode())
    assert text == STORY and notes == ()


def test_whitespace_normalised() -> None:
    text, _ = decode("Kospi\u00a0rose  1.2%\r\n\r\n\r\n\r\nSamsung\u200b added 2%.\t\n".encode())
    assert text == "Kospi rose 1.2%\n\nSamsung added 2%."


@pytest.mark.parametrize("data", [b"", b"   \n\n  ", b"\xef\xbb\xbf"])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(EmptyInput):
        decode(data)


def test_random_bytes_are_binary() -> None:
    import random

    noise = random.Random(7).randbytes(4096)
    with pytest.raises(BinaryInput):
        decode(noise)


def test_png_header_is_binary() -> None:
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
        * 20
    )
    with pytest.raises(BinaryInput):
        decode(png)
