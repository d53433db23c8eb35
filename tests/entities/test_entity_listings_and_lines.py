"""Listings the exchange lists lack or get wrong, and the line of a company an article means:
new listings by their first trading day, BSE scrip codes, share classes, depositary lines,
namesakes told apart by the market a sentence speaks of."""

from __future__ import annotations

import datetime as dt

import pytest

from tickerwire.entities import extract_entities


def securities(text: str, published: dt.date | None = None) -> set[str]:
    entities, _ = extract_entities(text, published)
    return {e.id for e in entities if e.kind == "security" and e.role == "subject"}


def test_large_korean_listings_after_the_lists() -> None:
    text = (
        "Doosan Enerbility (-3.03%), LG Energy Solution (-1.79%), HD Hyundai Heavy Industries "
        "(-1.35%) and SK Square (-1.1%) were weak."
    )
    assert securities(text, dt.date(2025, 12, 26)) == {
        "XKRX:034020",
        "XKRX:373220",
        "XKRX:329180",
        "XKRX:402340",
    }


def test_a_name_means_the_line_that_traded_on_the_article_date() -> None:
    # before September 2021 "Hyundai Heavy Industries" was the line that is now HD KSOE
    old = "Hyundai Heavy Industries rose 2% in Seoul."
    assert securities(old, dt.date(2018, 5, 2)) == {"XKRX:009540"}
    assert securities(old, dt.date(2022, 5, 2)) == {"XKRX:329180"}


def test_a_renamed_indian_line_by_date() -> None:
    assert securities("Zomato shares jumped 5% on the NSE.", dt.date(2021, 7, 23)) == {
        "XNSE:ZOMATO"
    }
    assert securities("Eternal shares jumped 5% on the NSE.", dt.date(2025, 8, 14)) == {
        "XNSE:ETERNAL"
    }


def test_a_story_told_from_the_bse_takes_its_scrip_codes() -> None:
    text = "Reliance Industries was among the top gainers of the S&P BSE Sensex, up 0.2%."
    assert securities(text) == {"XBOM:500325"}
    nse = "Reliance Industries led the Nifty 50 higher, up 0.2%."
    assert securities(nse) == {"XNSE:RELIANCE"}


def test_a_bse_notation_with_the_nse_symbol_is_the_bse_line() -> None:
    assert securities("Tata Steel (TATASTEEL.BO) gained 2%.") == {"XBOM:500470"}


def test_the_traded_line_of_roche_and_teck() -> None:
    assert securities("The SMI rose 0.5%. Roche Holding posted modest gains.") == {"XSWX:ROG"}
    text = "Teck Resources Ltd. (TECK.B-T) dropped 7.5 per cent in early trading in Toronto."
    assert securities(text) == {"XTSE:TECK.B"}
    assert securities("Canadian Tire Corp. shares were 4.8% higher at C$172.60.") == {"XTSE:CTC.A"}


def test_the_sentence_market_picks_among_namesakes() -> None:
    text = (
        "In Germany, Lufthansa ended nearly 8.5% down. Daimler, Adidas, Merck and Bayer lost "
        "4 to 7%."
    )
    assert "XETR:MRK" in securities(text, dt.date(2020, 3, 9))
    assert securities("Merck rose 2% on Wall Street after its drug trial.") == {"XNYS:MRK"}


def test_a_company_listed_in_several_european_markets() -> None:
    text = "In the French market, STMicroelectronics and ArcelorMittal fell 3%."
    assert securities(text) == {"XPAR:STM", "XPAR:MT"}
    assert securities("Renault SA rose 2% in Paris.") == {"XPAR:RNO"}


def test_depositary_receipts_named_by_description_are_a_second_line() -> None:
    text = (
        "Like its London rival, Shell posted a drop in profit. The stock gained 1.6% in U.K. "
        "trading and its American depositary receipts were up 0.7% in the premarket."
    )
    assert securities(text) == {"XLON:SHEL", "XNYS:SHEL"}
    bank = (
        "HDFC Bank shares tumbled 4% in Mumbai. Meanwhile, the US-listed shares of the private "
        "lender fell 9.1 percent."
    )
    assert securities(bank, dt.date(2024, 1, 18)) == {"XNSE:HDFCBANK", "XNYS:HDB"}


def test_a_market_after_the_name_binds_the_line() -> None:
    text = "Shares of Chinese automaker BYD listed in China jumped more than 5% on Tuesday."
    assert securities(text) == {"XSHE:002594"}
    tsmc = "U.S. shares of chip foundry Taiwan Semiconductor Manufacturing fell 6.5% to 160.49."
    assert securities(tsmc) == {"XNYS:TSM"}
    asml = "The US-traded shares of Dutch semiconductor-equipment supplier ASML were down 16%."
    assert securities(asml) == {"XNAS:ASML"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("S&P 500 Index (NYSE: SPY): 1.96% or +79.36 points to 4,135.35", set()),
        ("Nasdaq Composite Index (NASDAQ: QQQ): +2.43% or +287.89 points", set()),
        ("First Republic Bank (NYSE: FRC) shares began to stabilize on Thursday.", {"XNYS:FRC"}),
    ],
)
def test_a_tracker_named_with_its_index_is_no_stock(text: str, expected: set[str]) -> None:
    assert securities(text, dt.date(2023, 4, 27)) == expected


def test_an_exchange_that_moves_is_the_company() -> None:
    assert securities("DBS lost 0.1% to 25.12. SGX lost 0.4% to 8.37.") == {
        "XSES:D05",
        "XSES:S68",
    }
    assert securities("Here are 5 ASX shares that have received price upgrades.") == set()


def test_a_newspaper_is_not_the_brewer() -> None:
    text = (
        "Ghosn is suspected of under-reporting his pay, the Asahi newspaper reported. Asahi "
        "said, without saying where it got the information, that he would be arrested."
    )
    assert securities(text) == set()
    assert securities("Asahi shares rose 2% after the brewer raised its forecast.") == {"XTKS:2502"}


def test_a_longer_name_the_lists_lack_is_another_company() -> None:
    text = (
        "Seres Therapeutics soared as much as 608% on Monday. Seres said that SER-109 was "
        "well tolerated."
    )
    # the biotech, not the Chinese carmaker "Seres" names elsewhere
    assert securities(text, dt.date(2020, 8, 10)) == {"XNAS:MCRB"}
    unknown = "Kingsoft Robotics unveiled a robot on Monday. Kingsoft said orders were strong."
    assert securities(unknown) == set()


def test_a_family_name_with_a_job_title_is_a_person() -> None:
    text = "Investing Matters Podcast with Jean Roche, Co-Manager of Schroder UK Mid Cap."
    assert "XSWX:ROG" not in securities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FTSE 250 - Risers Just Group (JUST) 136.80p 16.09%", {"XLON:JUST"}),
        ("Bristol-Myers (BMY) shares added 2% in premarket trading.", {"XNYS:BMY"}),
    ],
)
def test_a_name_before_its_code_in_brackets(text: str, expected: set[str]) -> None:
    assert securities(text) == expected


def test_accented_and_spaced_forms() -> None:
    assert securities("Even Meliá has ended up rising 1% in Madrid.") == {"XMAD:MEL"}
    assert securities("Medytox shares went down 2.10 percent in Seoul.") == {"XKOS:086900"}


def test_initials_that_are_the_code_name_the_company() -> None:
    text = "IndusInd Bank, Hindalco Industries, SBI, BPCL and Tata Steel led gains."
    assert "XNSE:BPCL" in securities(text)
    assert securities("The country's largest lender CBA dropped up to 8.4%.") == {"XASX:CBA"}
    assert securities("Home Depot's earnings win; and GE's latest annual report.") == {
        "XNYS:HD",
        "XNYS:GE",
    }


def test_a_hong_kong_listing_named_by_its_code() -> None:
    text = "Listed under the code 9660, the shares changed hands at HK$5.12 in Hong Kong."
    assert securities(text) == {"XHKG:09660"}
    assert securities("The area code 2125 is new.") == set()


def test_a_bracketed_holdings_is_part_of_a_short_name() -> None:
    text = "OEL (Holdings) gained 0.7 Singapore cent or 24.1 per cent to S$0.036."
    assert securities(text) == {"XSES:584"}
