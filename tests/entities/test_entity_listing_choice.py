"""Which listing: notation, bound market words, sentence cues, the article's market, primary."""

from __future__ import annotations

import pytest

from tickerwire.entities import extract_entities


def securities(text: str) -> set[str]:
    entities, _ = extract_entities(text)
    return {e.id for e in entities if e.kind == "security" and e.role == "subject"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hong Kong-listed SMIC stock jumped 5% to HK$46.95.", {"XHKG:00981"}),
        ("SMIC's Shanghai-listed shares climbed as much as 5.2%.", {"XSHG:688981"}),
        (
            "SMIC's Shanghai-listed shares climbed 2.7%. Its Hong Kong-listed shares also rose 3.7%.",
            {"XSHG:688981", "XHKG:00981"},
        ),
        (
            "Alibaba Group Holding Ltd's Hong Kong-listed shares rose 3.5% to HK$92.10.",
            {"XHKG:09988"},
        ),
        (
            "Alibaba rose 3% in Hong Kong, while its New York-listed shares gained 2.8%.",
            {"XHKG:09988", "XNYS:BABA"},
        ),
        ("Shares of SMIC rose 4% to HK$50 on Monday.", {"XHKG:00981"}),
        ("SMIC shares rose 2% to 95 yuan in Shanghai.", {"XSHG:688981"}),
        ("Baidu's ADRs fell 3% in New York.", {"XNAS:BIDU"}),
        (
            "Ping An Insurance rose 2% in Shanghai and 3% in Hong Kong.",
            {"XSHG:601318", "XHKG:02318"},
        ),
        (
            "China Merchants Bank's H-shares rose 3%, while its A-shares were flat.",
            {"XHKG:03968", "XSHG:600036"},
        ),
        ("Toyota's U.S.-listed shares rose 1%.", {"XNYS:TM"}),
        (
            "Shares of BYD Co (002594.SZ) rose 3%, while its Hong Kong-listed shares (1211.HK) gained 4%.",
            {"XSHE:002594", "XHKG:01211"},
        ),
    ],
)
def test_bound_market_words_pick_the_listing(text: str, expected: set[str]) -> None:
    assert securities(text) == expected


def test_article_market_picks_the_listing_of_a_dual_listed_issuer() -> None:
    hk = ("The Hang Seng Tech Index rose 2% in Hong Kong on Friday. Alibaba and Baidu led gains, "
          "while Xiaomi added 3%.")  # fmt: skip
    assert securities(hk) == {"XHKG:09988", "XHKG:09888", "XHKG:01810"}
    us = ("The Nasdaq Composite rose 1% on Wall Street. Alibaba and Baidu led gains among "
          "U.S.-listed Chinese stocks, and Nvidia added 3%.")  # fmt: skip
    assert securities(us) == {"XNYS:BABA", "XNAS:BIDU", "XNAS:NVDA"}


def test_foreign_adr_is_not_chosen_by_the_article_market() -> None:
    text = "The S&P 500 rose 1% on Wall Street. Toyota said it would build a plant in Texas."
    assert securities(text) == {"XTKS:7203"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xiaomi surged 34%, benefiting from strong consumer demand.", "XHKG:01810"),
        ("Nvidia experienced a historic $589 billion market loss.", "XNAS:NVDA"),
        ("Kingsoft Cloud soared 61%, and SMIC surged 27%.", "XHKG:03896"),
        ("Toyota Motor shares fell 3%.", "XTKS:7203"),
    ],
)
def test_no_context_means_the_primary_listing(text: str, expected: str) -> None:
    assert expected in securities(text)


def test_entity_lists_other_listings_of_the_issuer() -> None:
    entities, _ = extract_entities("Hong Kong-listed SMIC stock jumped 5% to HK$46.95.")
    (smic,) = entities
    assert smic.other_listings == ("XSHG:688981",)
    assert smic.issuer and "Semiconductor" in smic.issuer
    assert smic.currency == "HKD"
