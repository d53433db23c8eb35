"""Causes as market wraps and company stories state them: one reason for a whole sentence
however many cues it holds, the move's own path is no reason, the lead's reason for the market
reaches the index figures told further down (never single stocks), a basket's reason reaches
the members named next, and a stock's own news told without a number reaches its later figure.

Passages are written for these tests; moves and mentions are built by hand so that each test
exercises this stage alone.
"""

from __future__ import annotations

from tickerwire.catalysts.find import find_catalysts
from tickerwire.model import Mention, Move, Span


def move(text: str, words: str, subject: str, direction: str = "up") -> Move:
    start = text.index(words)
    return Move(subject, direction, 1.0, "%", Span(start, start + len(words)))


def mention(text: str, words: str, entity_id: str, kind: str = "security") -> Mention:
    start = text.index(words)
    return Mention(Span(start, start + len(words)), entity_id, kind, "alias")  # type: ignore[arg-type]


def causes(
    text: str, moves: list[Move], mentions: list[Mention] | None = None, body_start: int = 0
) -> dict[str, str]:
    found = find_catalysts(text, body_start, moves, mentions or ())
    for c in found:
        assert text[c.evidence.start : c.evidence.end] == c.cause
    return {c.subject: c.cause for c in found}


def test_a_cue_inside_a_cause_is_part_of_it() -> None:
    text = (
        "Volkswagen inched up 0.4% after saying its Czech unit would resume production on "
        "Sunday following a two-week outage caused by the chip shortage."
    )
    found = causes(text, [move(text, "up 0.4%", "XETR:VOW3")])
    assert "resume production" in found["XETR:VOW3"]


def test_the_moves_own_path_is_no_reason() -> None:
    text = (
        "Shares of Millie Books rose 29.98 percent to 19,640 won after hitting the upper limit. "
        "The Taiex ended up 0.6 percent at 21,790.29 after fluctuating between 21,717 and 21,866."
    )
    moves = [
        move(text, "rose 29.98 percent", "XKOS:418470"),
        move(text, "up 0.6 percent", "INDEX:TWII"),
    ]
    assert causes(text, moves) == {}


def test_as_after_a_figure_needs_no_cause_word() -> None:
    text = "Heavyweight miners declined 1.1% as a rising greenback pressured metal prices."
    found = causes(text, [move(text, "declined 1.1%", "GROUP:Heavyweight miners", "down")])
    assert found["GROUP:Heavyweight miners"] == "a rising greenback"


def test_a_venue_after_on_is_no_reason() -> None:
    text = "Delta Power was the top gainer, rising 8% on BSE and NSE."
    assert causes(text, [move(text, "rising 8%", "XNSE:DELTAPWR")]) == {}


def test_the_leads_market_reason_reaches_the_index_not_the_stocks() -> None:
    text = (
        "Taiwan shares closed higher on Monday, lifted by contract chipmaker TSMC, which "
        "returned to the NT$1,000 mark, dealers said.\n\n"
        "The Taiex ended up 129.63 points, or 0.60 percent, at 21,790.29.\n\n"
        "Turnover totaled NT$300.04 billion.\n\n"
        "MediaTek rose 0.39 percent to end at NT$1,285.00."
    )
    moves = [
        move(text, "up 129.63 points", "INDEX:TWII"),
        move(text, "rose 0.39 percent", "XTAI:2454"),
    ]
    found = causes(text, moves)
    assert "TSMC" in found["INDEX:TWII"]
    assert "XTAI:2454" not in found


def test_a_state_tells_the_leads_direction() -> None:
    text = (
        "European shares were stuck near seven-year lows on Monday after several governments "
        "expanded measures to curb the spread of the virus.\n\n"
        "The benchmark STOXX 600 index was down 4.6% at 0806 GMT."
    )
    found = causes(text, [move(text, "down 4.6%", "INDEX:STOXX600", "down")])
    assert "expanded measures" in found["INDEX:STOXX600"]


def test_a_headline_reason_for_the_market() -> None:
    text = (
        "European shares sink again as virus deaths mount\n\n"
        "The benchmark STOXX 600 index was down 4.6% at 0806 GMT."
    )
    found = causes(
        text, [move(text, "down 4.6%", "INDEX:STOXX600", "down")], body_start=text.index("The")
    )
    assert "virus deaths" in found["INDEX:STOXX600"]


def test_a_lead_that_names_its_index_speaks_for_it_alone() -> None:
    text = (
        "European stocks turned higher on Friday after upbeat earnings helped the STOXX 600 "
        "index overcome weak data.\n\n"
        "The STOXX 600 closed up 0.5%, while the DAX added 0.3%."
    )
    moves = [move(text, "up 0.5%", "INDEX:STOXX600"), move(text, "added 0.3%", "INDEX:DAX")]
    mentions = [mention(text, "STOXX 600", "INDEX:STOXX600", "index")]
    found = causes(text, moves, mentions)
    assert "upbeat earnings" in found["INDEX:STOXX600"]
    assert "INDEX:DAX" not in found


def test_a_baskets_reason_reaches_the_members_named_next() -> None:
    text = (
        "South Korean publishing companies saw their shares surge on Friday after a local "
        "novelist won the Nobel Prize in Literature.\n\n"
        "Yes24's stock price gained 29.81 percent to 6,380 won as of 9:25 a.m."
    )
    found = causes(text, [move(text, "gained 29.81 percent", "XKOS:053280")])
    assert "Nobel Prize" in found["XKOS:053280"]


def test_a_stocks_own_news_reaches_its_figure_in_a_table() -> None:
    text = (
        "Bridgepoint gained after JPMorgan upgraded the shares to overweight from neutral.\n\n"
        "The bank said it was raising its estimates by 4%, driven by higher fees.\n\n"
        "FTSE 250 - Risers\n\n"
        "Bridgepoint Group (BPT) 288.60p 4.95%"
    )
    mentions = [mention(text, "Bridgepoint", "XLON:BPT")]
    found = causes(text, [move(text, "4.95%", "XLON:BPT")], mentions)
    assert "upgraded" in found["XLON:BPT"]


def test_one_stocks_unread_figure_is_not_the_next_ones_reason() -> None:
    text = (
        "Retailer Hennes & Mauritz lost 8.4 percent after warning of a hit from the virus.\n\n"
        "TUI Group shares plummeted 31 percent."
    )
    found = causes(text, [move(text, "plummeted 31 percent", "XETR:TUI1", "down")])
    assert "XETR:TUI1" not in found


def test_traders_citing_a_reason() -> None:
    text = (
        "LVMH fell 3% on Thursday, with traders citing concerns over slowing demand in China "
        "following weak services data."
    )
    found = causes(text, [move(text, "fell 3%", "XPAR:MC", "down")])
    assert "slowing demand" in found["XPAR:MC"]


def test_the_announcement_is_the_news_told_before_it() -> None:
    text = (
        "Kotak Bank jumped on reports its founder would sell a 2.8% stake in a block deal.\n\n"
        "The price band for the sale has been fixed at Rs 1,215 to Rs 1,240 apiece.\n\n"
        "Following the announcement, the stock opened with a gain of 5.66%."
    )
    found = causes(text, [move(text, "gain of 5.66%", "XNSE:KOTAKBANK")])
    assert "block deal" in found["XNSE:KOTAKBANK"]


def test_a_market_rising_as_a_sector_rallies() -> None:
    text = (
        "Stocks closed higher on Wall Street Tuesday as technology stocks rallied following a "
        "weak start.\n\n"
        "The S&P 500 rose 70.52 points, or 1.6%, to 4,462.21."
    )
    found = causes(text, [move(text, "rose 70.52 points", "INDEX:SPX")])
    assert found["INDEX:SPX"].startswith("technology stocks rallied")
