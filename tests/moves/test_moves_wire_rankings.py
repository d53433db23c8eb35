"""Wire-style changes told without their unit, and the verbless asides of ranking lists.

Passages in the shapes of agency market reports: "The S&P 500 fell 12.34, or 0.3%, to
4,123.45" (the points left unsaid), "fell 247.18 to 20,470.06", and leader lists such as
"led by Tencent, up 3%" or "followed by Xinyi Solar (0968:HK), up 1.7%", where the name after
"by" is the one that moved.
"""

from __future__ import annotations

import pytest

from tickerwire.model import RawDocument


def moves_of(pipeline, text: str) -> list[tuple]:
    record = pipeline(RawDocument("x.txt", f"Markets\n\n{text}".encode(), "x.txt"))
    return [(m.subject, m.direction, m.value, m.unit, m.price) for m in record.moves]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The S&P 500 fell 12.34, or 0.3%, to 4,123.45.",
         [("INDEX:SPX", "down", 12.34, "points", 4123.45),
          ("INDEX:SPX", "down", 0.3, "%", 4123.45)]),
        ("The broad gauge Hang Seng fell 247.18 to 20,470.06, as losers outnumbered gainers.",
         [("INDEX:HSI", "down", 247.18, "points", 20470.06)]),
        ("The Dow Jones Industrial Average rose 132.39 to 34,500.12 and the Nasdaq Composite "
         "gained 20.5 to 13,100.2.",
         [("INDEX:DJI", "up", 132.39, "points", 34500.12),
          ("INDEX:IXIC", "up", 20.5, "points", 13100.2)]),
        # a stock's change told the same way is money in its own currency
        ("Apple rose 1.23, or 0.8%, to 150.12.",
         [("XNAS:AAPL", "up", 1.23, "USD", 150.12), ("XNAS:AAPL", "up", 0.8, "%", 150.12)]),
    ],
)  # fmt: skip
def test_a_change_told_without_its_unit(pipeline, text: str, expected: list[tuple]) -> None:
    assert moves_of(pipeline, text) == expected


def test_a_bare_number_before_a_count_is_no_move(pipeline) -> None:
    assert moves_of(pipeline, "Apple's staff increased 300 to 5,000 employees.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Hang Seng rose 1%, led by Tencent, up 3%.",
         [("INDEX:HSI", 1.0), ("XHKG:00700", 3.0)]),
        ("Leading the upside were tool-maker Techtronic (0669:HK), up 1.8%, followed by Xinyi "
         "Solar (0968:HK), up 1.7%, and then CNOOC (0883:HK), up 1.4%.",
         [("XHKG:00669", 1.8), ("XHKG:00968", 1.7), ("XHKG:00883", 1.4)]),
        ("Banks dragged the FTSE 100 down 0.5%, including HSBC, down 2.1%.",
         [("INDEX:FTSE100", 0.5), ("XLON:HSBA", 2.1)]),
    ],
)  # fmt: skip
def test_the_name_after_by_owns_its_aside(pipeline, text: str, expected: list[tuple]) -> None:
    assert [(m[0], m[2]) for m in moves_of(pipeline, text)] == expected


def test_a_relative_clause_after_a_legal_form_owns_its_move(pipeline) -> None:
    text = (
        "Nvidia was the biggest gainer with an advance of as much as 6.3%, followed by Tokyo "
        "Electron Ltd., which rose as much as 5.5%."
    )
    assert [(m[0], m[2]) for m in moves_of(pipeline, text)] == [
        ("XNAS:NVDA", 6.3),
        ("XTKS:8035", 5.5),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Philadelphia Semiconductor Index rose 1.8% on Tuesday, recouping a portion of the "
         "5.3% loss of the past two sessions.",
         [("INDEX:SOX", "up", 1.8), ("INDEX:SOX", "down", 5.3)]),
        ("Tesla shares fell 2%, giving back a 4% gain from Monday.",
         [("XNAS:TSLA", "down", 2.0), ("XNAS:TSLA", "up", 4.0)]),
    ],
)  # fmt: skip
def test_a_change_named_by_its_noun_keeps_the_noun_s_way(
    pipeline, text: str, expected: list[tuple]
) -> None:
    assert [m[:3] for m in moves_of(pipeline, text)] == expected


def test_the_former_and_the_latter(pipeline) -> None:
    text = (
        "The Shanghai Composite Index and the Shenzhen Component Index parted ways, with the "
        "former closing at 3,286, down 0.5%, while the latter ended at 11,556, with a gain of "
        "0.2%. Tencent and Alibaba traded higher, with the latter rising 3%."
    )
    assert [m[:3] for m in moves_of(pipeline, text)] == [
        ("INDEX:SSEC", "down", 0.5),
        ("INDEX:SZCOMP", "up", 0.2),
        ("XHKG:09988", "up", 3.0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a result measured against the same period a year before is no price
        ("Revenue during Apple's second quarter was $331 million, up 2.7% from the year-ago "
         "period.", []),
        ("Apple's sales rose 9% year-over-year.", []),
        ("Apple shares rose 9% year-on-year.", [("XNAS:AAPL", "up", 9.0)]),
        ("Apple shares are up 40% from a year ago.", [("XNAS:AAPL", "up", 40.0)]),
        # a change noun's agent after "by" is its mover
        ("The healthcare index advanced 1.3 percent, supported by a 7.9 percent jump by "
         "bionic ear maker Cochlear Ltd.", [("XASX:COH", "up", 7.9)]),
    ],
)  # fmt: skip
def test_results_and_agents(pipeline, text: str, expected: list[tuple]) -> None:
    assert [m[:3] for m in moves_of(pipeline, text)] == expected


def test_a_market_s_volatility_index_is_an_index_of_its_own(pipeline) -> None:
    text = (
        "The Nikkei fell 5%. The Nikkei's volatility index, a measure of expected swings, "
        "jumped more than 10% to 52.09."
    )
    assert [m[:3] for m in moves_of(pipeline, text)] == [
        ("INDEX:N225", "down", 5.0),
        ("INDEX:NKVI", "up", 10.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Housebuilders including Crest Nicholson, Vistry and Bellway fell 4%.",
        "Housebuilders such as Crest Nicholson, Vistry and Bellway fell 4%.",
    ],
)
def test_every_member_a_basket_lists_moves_with_it(pipeline, text: str) -> None:
    assert sorted(m[0] for m in moves_of(pipeline, text)) == ["XLON:BWY", "XLON:CRST", "XLON:VTY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside in dashes hides nothing
        ("ANZ dipped 0.9 per cent to $25.95 and NAB - which is due to report its own results "
         "on Thursday - fell 2.5 per cent to $27.69.",
         [("XASX:ANZ", 0.9), ("XASX:NAB", 2.5)]),
        # the currency of the price picks the line
        ("Alibaba shares rose 3% to US$120.", [("XNYS:BABA", 3.0)]),
        ("Alibaba shares rose 3% to HK$120.", [("XHKG:09988", 3.0)]),
        # a figure against the same period a year before is a result
        ("Sands China lost 2.3 per cent to HK$35.3. Gaming revenue touched a low in September, "
         "but it was 0.6 per cent higher than the same period last year.",
         [("XHKG:01928", 2.3)]),
    ],
)  # fmt: skip
def test_asides_lines_and_results(pipeline, text: str, expected: list[tuple]) -> None:
    assert [(m[0], m[2]) for m in moves_of(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The top performing stock in Straits Times Index constituents was SGX which rose "
         "1.68% to S$9.08.", [("XSES:S68", "up", 1.68)]),
        ("The S&P/TSX composite index finished ahead 19.97 points to 15,191.36, largely due to "
         "a two per cent surge from shares of Suncor Energy.",
         [("INDEX:TSX", "up", 19.97), ("XTSE:SU", "up", 2.0)]),
        ("Shares of Suncor Energy rose ahead of earnings.", []),
    ],
)  # fmt: skip
def test_an_exchange_that_moves_ahead_and_shares_of(
    pipeline, text: str, expected: list[tuple]
) -> None:
    assert [m[:3] for m in moves_of(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs are no part of a basket's name
        ("Harbor Eat merger plan sends shares soaring 30%.", []),
        # an index that describes a company is not what moved
        ("A bidding war sent shares in the FTSE 100 online food delivery company surging by "
         "30%.", []),
        # shares of a company no one else named are not the last-named company's
        ("Gran Tierra Energy offers $226 million to buy UK-based i3 Energy. The shares of i3 "
         "Energy jumped up to 33.7% on Tuesday. Shares of Harbor Widget rose 5%.", []),
        ("Gran Tierra Energy offers $226 million for a rival. Shares of Gran Tierra Energy "
         "rose 5%.", [("XTSE:GTE", "up", 5.0)]),
    ],
)  # fmt: skip
def test_no_subject_from_a_verb_an_adjective_or_a_stranger(
    pipeline, text: str, expected: list[tuple]
) -> None:
    assert [m[:3] for m in moves_of(pipeline, text)] == expected


def test_a_ranking_s_index_is_not_what_moved(pipeline) -> None:
    text = (
        "Harbor Telecom closed top of the FTSE 100, rising 3.8 per cent. Ocado closed 3.6 per "
        "cent higher. RIL was among the top gainers of the S&P BSE Sensex, which traded at "
        "38,356.55, up 70.80 points."
    )
    assert [m[:3] for m in moves_of(pipeline, text)] == [
        ("XLON:OCDO", "up", 3.6),
        ("INDEX:SENSEX", "up", 70.8),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening phrase's index is not the clause's subject, nor is a reported loss a move
        ("Outside the FTSE 100, Harbor Stores rose 11.75 per cent today to 6.9p, a month after "
         "the retailer reported a £492m loss.", []),
        ("In Hong Kong, the Hang Seng rose 1.3%.", [("INDEX:HSI", "up", 1.3)]),
        # "it" after a currency is the currency
        ("The DAX gained 0.8%. The pound bought 1.2349 dollars, a 1.8% drop. Against the euro "
         "it fell 1.1% to 1.1134.", [("INDEX:DAX", "up", 0.8)]),
        ("The DAX topped 21,300 in early trade. In the end, it rose 1%.",
         [("INDEX:DAX", "up", 1.0)]),
        # "the stock" is not the broker whose analyst spoke
        ("Shares of Teva Pharmaceutical Industries tumbled 8% on Monday. Morgan Stanley analyst "
         "David Risinger cut his rating to underweight. The stock has plummeted 48% year to "
         "date.",
         [("XNYS:TEVA", "down", 8.0), ("XNYS:TEVA", "down", 48.0)]),
    ],
)  # fmt: skip
def test_openers_currencies_and_brokers(pipeline, text: str, expected: list[tuple]) -> None:
    assert [m[:3] for m in moves_of(pipeline, text)] == expected


def test_a_broker_that_turned_bearish_is_a_source(pipeline) -> None:
    text = (
        "Teva slumps after Morgan Stanley Downgrade\n\nShares of Teva Pharmaceutical Industries "
        "tumbled 8% as Morgan "
        "Stanley turned bearish on the drug maker."
    )
    record = pipeline(RawDocument("x.txt", text.encode(), "x.txt"))
    roles = {e.id: e.role for e in record.entities if e.kind == "security"}
    assert roles == {"XNYS:TEVA": "subject", "XNYS:MS": "source"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "energy shares" is a basket, not the last-named company's shares
        ("The top gainer on the Hang Seng was Country Garden Services, which rose 8.48%. The "
         "sub-index of the Hang Seng tracking energy shares dipped 0.1%.",
         [("XHKG:06098", "up", 8.48)]),
        ("The Hang Seng fell 1%. The Hang Seng energy sub-index dipped 0.1%.",
         [("INDEX:HSI", "down", 1.0), ("INDEX:HSI_ENERGY", "down", 0.1)]),
        # "sent shares soaring" still refers back
        ("The debut of Harbor Power Ltd. (NASDAQ: HBPW) sent shares soaring 620%.",
         [("XNAS:HBPW", "up", 620.0)]),
    ],
)  # fmt: skip
def test_baskets_and_sector_indices(pipeline, text: str, expected: list[tuple]) -> None:
    assert [m[:3] for m in moves_of(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a described company is the one told before
        ("AeroVironment shares were sharply higher Monday after the drone maker won a contract. "
         "Shares of the Arlington, Va., company were recently up 7.1% at $167.66.",
         [("XNAS:AVAV", "up", 7.1)]),
        # arrows of a quote widget give the way
        ("Several carriers traded lower, including Delta Air Lines $DAL ( ▼ 2.15% ) and United "
         "Airlines $UAL ( ▼ 2.22% ), while Nvidia ( ▲ 1.1% ) gained.",
         [("XNYS:DAL", "down", 2.15), ("XNAS:UAL", "down", 2.22), ("XNAS:NVDA", "up", 1.1)]),
        # a ranking's index, past a place's possessive, is not what fell
        ("Harbor Mode headed the losers board on London's benchmark FTSE 100 index with a fall "
         "of 4.26 percent. The FTSE was down 0.18 percent at 6,354.88 points.",
         [("INDEX:FTSE100", "down", 0.18)]),
    ],
)  # fmt: skip
def test_descriptions_arrows_and_rankings(pipeline, text: str, expected: list[tuple]) -> None:
    assert [m[:3] for m in moves_of(pipeline, text)] == expected
