"""Indices as first-class entities, and the names that only look like them."""

from __future__ import annotations

import pytest

from tickerwire.entities import extract_entities


def indices(text: str) -> set[str]:
    entities, _ = extract_entities(text)
    return {e.id for e in entities if e.kind == "index"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Hang Seng Tech Index rose more than 25% in the past month.", "INDEX:HSTECH"),
        ("The broader Hang Seng Index has also gained 15%.", "INDEX:HSI"),
        ("In Hong Kong, the Hang Seng index was up 0.9%.", "INDEX:HSI"),
        ("The Hang Seng China Enterprises Index rose 1%.", "INDEX:HSCEI"),
        ("Mainland China's CSI 300 index remains up only 4%.", "INDEX:CSI300"),
        ("China's blue-chip CSI300 index fell 0.4%.", "INDEX:CSI300"),
        ("The Shanghai Composite Index lost 0.3%.", "INDEX:SSEC"),
        ("The start-up board ChiNext index jumped 2%.", "INDEX:CHINEXT"),
        ("The STAR 50 rose 3% to a two-year high.", "INDEX:STAR50"),
        ("The S&P 500 rose 0.6% on Friday.", "INDEX:SPX"),
        ("The Nasdaq Composite gained 1.1%.", "INDEX:IXIC"),
        ("The tech-heavy Nasdaq jumped 2%.", "INDEX:IXIC"),
        ("The Dow Jones Industrial Average added 0.3%.", "INDEX:DJI"),
        ("The Dow fell 300 points.", "INDEX:DJI"),
        ("The Philadelphia SE Semiconductor index rose 3.2%.", "INDEX:SOX"),
        ("Japan's Nikkei share average rose 1.2%.", "INDEX:N225"),
        ("The Nikkei 225 hit a record.", "INDEX:N225"),
        ("The broader Topix gained 0.8%.", "INDEX:TOPIX"),
        ("The Kospi index fell 1.5% in Seoul.", "INDEX:KOSPI"),
        ("The Taiex closed 1% higher.", "INDEX:TWII"),
        ("India's Sensex rose 500 points.", "INDEX:SENSEX"),
        ("The Nifty 50 closed at a record.", "INDEX:NIFTY50"),
        ("Britain's FTSE 100 fell 0.5%.", "INDEX:FTSE100"),
        ("Germany's DAX rose 1%.", "INDEX:DAX"),
        ("France's CAC 40 was flat.", "INDEX:CAC40"),
        ("The pan-European STOXX 600 index slipped 0.3%.", "INDEX:STOXX600"),
        ("The Euro Stoxx 50 rose 0.4%.", "INDEX:SX5E"),
        ("Australia's S&P/ASX 200 index closed lower.", "INDEX:ASX200"),
        ("Canada's S&P/TSX composite index rose 0.4%.", "INDEX:TSX"),
        ("The MSCI China index rose 2%.", "INDEX:MSCI_CHINA"),
    ],
)
def test_index_names(sentence: str, expected: str) -> None:
    assert indices(sentence) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "A Nasdaq-like index for Chinese companies listed in Hong Kong entered a bull market.",
        "The company is listed on the Nasdaq.",
        "(END) Dow Jones Newswires",
        "Copyright (c) 2025 Dow Jones & Company, Inc.",
        "Japan's Nikkei newspaper reported the plan.",
        "Citing the Nikkei Asia, the report said Toyota would expand.",
        "Hang Seng Bank shares fell 1%.",
        "FTSE Russell will add the stock to its indexes.",
        "Nvidia shares fell 3% on the Nasdaq.",
    ],
)
def test_not_an_index(sentence: str) -> None:
    assert indices(sentence) == set()
