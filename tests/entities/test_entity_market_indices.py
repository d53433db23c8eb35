"""Indices as real market wraps name them: national benchmarks, sector indices named by family
or by context, cities and adjectives standing for their market's index."""

from __future__ import annotations

import pytest

from tickerwire.entities import extract_entities


def indices(text: str) -> set[str]:
    entities, _ = extract_entities(text)
    return {e.id for e in entities if e.kind == "index"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mid-cap FTSE 250 index slipped 0.4% by the close.", {"INDEX:FTSE250"}),
        ("Spain's IBEX 35 gained 0.9% while the Ftse/Mib lost 0.2%.",
         {"INDEX:IBEX", "INDEX:FTSEMIB"}),
        ("Zurich's blue-chip SMI ended 0.3% higher.", {"INDEX:SMI"}),
        ("The OMX Stockholm 30 index fell 1.1%.", {"INDEX:OMXS30"}),
        ("Germany's mid-cap MDax added 0.6%.", {"INDEX:MDAX"}),
        ("The tech-heavy Kosdaq rose 1.2% to 870.12.", {"INDEX:KOSDAQ"}),
        ("The KOSPI 200 index of large caps rose 0.8%.", {"INDEX:KOSPI200"}),
        ("Bank Nifty closed 1% higher at 44,120.", {"INDEX:NIFTYBANK"}),
        ("India VIX, the fear gauge, jumped 12% to 18.2.", {"INDEX:INDIAVIX"}),
        ("The broader All Ordinaries was down 0.5%.", {"INDEX:AORD"}),
        ("Singapore's Straits Times Index rose 0.2%.", {"INDEX:STI"}),
        ("The KBW Regional Bank Index slid 3%.", {"INDEX:KRX"}),
        ("MSCI's broadest index of Asia-Pacific shares outside Japan fell 0.6%.",
         {"INDEX:MSCI_APXJ"}),
        ("The main index of the Oslo Stock Exchange rose 0.4 percent.", {"INDEX:OSEBX"}),
    ],
)  # fmt: skip
def test_more_benchmarks(sentence: str, expected: set[str]) -> None:
    assert indices(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Among sectors, Nifty Metal rose 3% and Nifty PSU Bank 2%.",
         {"INDEX:NIFTY_METAL", "INDEX:NIFTY_PSUBANK"}),
        ("The BSE Bankex fell 410 points and the BSE IT index lost 1%.",
         {"INDEX:BSE_BANKEX", "INDEX:BSE_IT"}),
        ("The STOXX 600 banks index rose 1.5%.", {"INDEX:STOXX600_BANKS"}),
        ("The European bank index hit a two-year high.", {"INDEX:STOXX600_BANKS"}),
        ("The Topix banks index fell 2%.", {"INDEX:TOPIX_BANKS"}),
        ("The Hang Seng Properties Index dropped 1.7%.", {"INDEX:HSI_PROPERTIES"}),
    ],
)  # fmt: skip
def test_sector_indices_named_with_their_family(sentence: str, expected: set[str]) -> None:
    assert indices(sentence) == expected


def test_sector_index_named_without_family_takes_the_article_market() -> None:
    wrap = (
        "The pan-European STOXX 600 index closed up 0.4%. The real estate sector index rose "
        "2.3%, and the sub-index of retail stocks gained 1.1%."
    )
    assert indices(wrap) == {
        "INDEX:STOXX600",
        "INDEX:STOXX600_REALESTATE",
        "INDEX:STOXX600_RETAIL",
    }


def test_sector_index_takes_the_family_named_before_it_in_its_sentence() -> None:
    text = "The Sensex fell 1%. BSE mid cap and small cap indices declined 300 and 410 points."
    assert indices(text) == {"INDEX:SENSEX", "INDEX:BSE_MIDCAP", "INDEX:BSE_SMALLCAP"}


def test_a_sector_that_moves_is_a_group_not_an_index() -> None:
    text = "The S&P 500 lost 1.2% on Tuesday. The energy sector plunged 3.1% as oil slid."
    assert indices(text) == {"INDEX:SPX"}
    named = "The S&P 500 lost 1.2%. The S&P 500 energy sector index plunged 3.1%."
    assert indices(named) == {"INDEX:SPX", "INDEX:SPX_ENERGY"}


@pytest.mark.parametrize(
    "text",
    [
        "Elsewhere in Europe, Paris is up 1.32%; Milan, 1.19%; Frankfurt, 1.32%.",
        "Tokyo ended the morning up 0.3 per cent. Shanghai and Sydney each gained 0.3 per cent.",
        "Greece tumbled 8% while Madrid shed 2.1%.",
    ],
)
def test_cities_and_countries_that_move_are_groups_not_indices(text: str) -> None:
    assert indices(text) == set()


def test_an_index_named_as_such_with_its_city() -> None:
    text = "Frankfurt's DAX rose 1.2% and the CAC 40 in Paris gained 0.9%."
    assert indices(text) == {"INDEX:DAX", "INDEX:CAC40"}


def test_adjectives_stand_for_their_index_before_an_index_noun() -> None:
    text = "The STOXX 600 rose 0.5%. The bank-heavy Italian and Spanish indexes gained the most."
    assert indices(text) == {"INDEX:STOXX600", "INDEX:FTSEMIB", "INDEX:IBEX"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The STOXX 600 banks index rose 1.1%.", "INDEX:STOXX600_BANKS"),
        ("Europe's bank index rose 1.1%.", "INDEX:STOXX600_BANKS"),
        ("The Topix banks index fell 2%.", "INDEX:TOPIX_BANKS"),
        ("The S&P/ASX 200 financials sub-index fell 2.7%.", "INDEX:ASX200_FINANCIALS"),
    ],
)
def test_a_family_name_before_a_sector_phrase_names_its_sector_index(
    text: str, expected: str
) -> None:
    assert indices(text) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares in Hong Kong rose 2% on Monday.",
        "Paris-based Kering said sales fell.",
        "The company is listed on the KOSDAQ.",
        "It was followed by Motilal Oswal Nasdaq 100 ETF with turnover of Rs 1 million.",
        "The blue-chip index fell 1.5% in late trade.",
        "The Italian government approved the budget.",
        "India VIX rose 5%.",
    ],
)
def test_not_these_indices(sentence: str) -> None:
    found = indices(sentence)
    assert not found & {"INDEX:HSI", "INDEX:CAC40", "INDEX:KOSDAQ", "INDEX:NDX", "INDEX:SOX",
                        "INDEX:FTSEMIB", "INDEX:VIX"}  # fmt: skip
