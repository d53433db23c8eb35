"""A level quoted after the day ("rose 4.3% on Friday to 58,200 won") and listing codes that
are not quantities."""

from __future__ import annotations

import pytest

from tickerwire.model import RawDocument


@pytest.mark.parametrize(
    ("sentence", "subject", "price", "currency"),
    [
        ("Shares of Samsung Electronics (005930.KS) rose 4.3% on Friday to 58,200 won, their highest in 52 weeks.",
         "XKRX:005930", 58200.0, "KRW"),
        ("SAP rose 1.3% on Friday to 262.50 euros.", "XETR:SAP", 262.5, "EUR"),
        ("Tencent fell 2.1% on Tuesday to HK$512.00 as gaming stocks slipped.", "XHKG:00700", 512.0, "HKD"),
    ],
)  # fmt: skip
def test_level_after_the_day(
    pipeline, sentence: str, subject: str, price: float, currency: str
) -> None:
    record = pipeline(RawDocument("x.txt", f"Markets\n\n{sentence}".encode(), "x.txt"))
    [move] = record.moves
    assert (move.subject, move.price, move.currency) == (subject, price, currency)


def test_listing_codes_are_not_figures(pipeline) -> None:
    text = "Chip stocks\n\nSK Hynix (000660.KS) gained 3.9% while SMIC (HK:0981) added 2%."
    record = pipeline(RawDocument("x.txt", text.encode(), "x.txt"))
    assert [f.value for f in record.figures] == []
    assert {m.subject for m in record.moves} == {"XKRX:000660", "XHKG:00981"}


def test_level_after_the_market_place(pipeline) -> None:
    text = "Tokyo stocks\n\nSoftBank Group shares jumped as much as 11% in Tokyo to a record 12,180 yen."
    [move] = pipeline(RawDocument("x.txt", text.encode(), "x.txt")).moves
    assert (move.price, move.currency, move.record, move.qualifier) == (
        12180.0,
        "JPY",
        "high",
        "as_much_as",
    )


def test_the_stock_is_the_main_clause_subject_not_a_subordinate_mention(pipeline) -> None:
    text = ("Tokyo stocks\n\nSoftBank Group shares jumped 8% after chip designer Arm Holdings surged "
            "in New York overnight. The stock has climbed more than 60% this year.")  # fmt: skip
    moves = pipeline(RawDocument("x.txt", text.encode(), "x.txt")).moves
    assert [(m.subject, m.value) for m in moves] == [("XTKS:9984", 8.0), ("XTKS:9984", 60.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Honda shares fell 3%, while Mitsubishi Motors, in which Nissan holds a stake, soared 20% to 514 yen.",
         [("XTKS:7267", 3.0), ("XTKS:7211", 20.0)]),
        ("The slump weighed on Europe's auto sector, which fell 3.7%.", [("GROUP:Europe's auto sector", 3.7)]),
    ],
)  # fmt: skip
def test_asides_and_sector_baskets(pipeline, sentence: str, expected: list) -> None:
    moves = pipeline(RawDocument("x.txt", f"Markets\n\n{sentence}".encode(), "x.txt")).moves
    assert [(m.subject, m.value) for m in moves] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tencent rose 2%, lifting the Hang Seng Index 0.4%.",
         [("XHKG:00700", "up", 2.0), ("INDEX:HSI", "up", 0.4)]),
        ("Losses in banks dragged the FTSE 100 0.7% on Tuesday.", [("INDEX:FTSE100", "down", 0.7)]),
        ("The gain lifted Taiwan's benchmark index 1.6%.", [("INDEX:TWII", "up", 1.6)]),
        ("Tencent lifted its dividend 10%.", []),
    ],
)  # fmt: skip
def test_the_object_of_a_causative_verb_moved(pipeline, sentence: str, expected: list) -> None:
    moves = pipeline(RawDocument("x.txt", f"Markets\n\n{sentence}".encode(), "x.txt")).moves
    assert [(m.subject, m.direction, m.value) for m in moves] == expected


def test_taiwan_dollar_prefix(pipeline) -> None:
    text = "Taipei stocks\n\nTSMC rose 4.1% to a record T$1,150 on Friday."
    [move] = pipeline(RawDocument("x.txt", text.encode(), "x.txt")).moves
    assert (move.price, move.currency, move.record) == (1150.0, "TWD", "high")


@pytest.mark.parametrize(
    ("sentence", "price"),
    [
        ("Harbor Mining (ASX: HBM) shares are up 38% to a 52-week high of 25.5 cents.", 0.255),
        ("BHP shares rose 3% to a 52-week high of A$45.10.", 45.1),
        ("Tencent rose 2% to a 12-month high.", None),
    ],
)
def test_a_period_is_no_level(pipeline, sentence: str, price: float | None) -> None:
    [move] = pipeline(RawDocument("x.txt", f"Markets\n\n{sentence}".encode(), "x.txt")).moves
    assert move.price == price
