"""Unlisted organisations introduced by a descriptor ("its luxury unit Jaguar Land Rover")."""

from __future__ import annotations

import pytest

from tickerwire.model import RawDocument


def _organizations(pipeline, sentence: str) -> list[str]:
    record = pipeline(RawDocument("x.txt", f"Markets\n\n{sentence}".encode(), "x.txt"))
    return sorted(e.name for e in record.entities if e.kind == "organization")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tata Motors fell 6% after its British luxury unit Jaguar Land Rover cut its margin outlook.",
         ["Jaguar Land Rover"]),
        ("Beijing robotics start-up Galbot said it had raised new funds, sending UBTech up 5%.", ["Galbot"]),
        ("General Motors said its battery venture Ultium Cells would pause output.", ["Ultium Cells"]),
        ("The deal values privately held chipmaker Kioxia Holdings at $7 billion.", []),  # listed
    ],
)  # fmt: skip
def test_described_organizations(pipeline, sentence: str, expected: list[str]) -> None:
    assert _organizations(pipeline, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The company Monday said sales rose 4%.",
        "PC maker Lenovo rose 3% while smartphone maker Xiaomi gained 2%.",  # listed: securities
        "The carmaker In a statement said output would rise.",
        "Shares of the Chinese chipmaker rose 2% in Shanghai.",
    ],
)
def test_descriptors_without_an_unlisted_name(pipeline, sentence: str) -> None:
    assert _organizations(pipeline, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "listing"),
    [
        ("Shell was down 1.5% in London.", "XLON:SHEL"),
        ("Gree Electric Appliances jumped 6.1% in Shenzhen.", "XSHE:000651"),
    ],
)
def test_common_word_names_and_seat_suffixes(pipeline, sentence: str, listing: str) -> None:
    record = pipeline(RawDocument("x.txt", f"Markets\n\n{sentence}".encode(), "x.txt"))
    assert [e.id for e in record.entities if e.kind == "security"] == [listing]
