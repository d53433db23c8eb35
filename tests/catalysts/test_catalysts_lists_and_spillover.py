"""Causes that reach a list of effects, a basket's followers and a stock's spillover.

Short passages in the shapes market wraps use: a causal verb and a colon before a list of the
stocks it moved ("The decline is dragging the sector: A fell 1%, while B lost 3%"); a basket
of named stocks handing the market's reason to the next stocks told with "also" or "Other";
a stock's plunge that "reverberated" through an index reaching its peers told next with
"also"; a basket's reason reaching a member many figures further down the same thread; and
"The plunge" pointing back past a quoted reaction.
"""

from __future__ import annotations

from tickerwire.catalysts.find import find_catalysts
from tickerwire.model import Mention, Move, Span


def move(text: str, words: str, subject: str, direction: str = "down", nth: int = 0) -> Move:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Move(subject, direction, 1.0, "%", Span(start, start + len(words)))


def mention(text: str, words: str, entity_id: str, kind: str = "security") -> Mention:
    start = text.index(words)
    return Mention(Span(start, start + len(words)), entity_id, kind, "alias")  # type: ignore[arg-type]


def causes(text: str, moves: list[Move], mentions: list[Mention] | None = None) -> dict[str, str]:
    found = find_catalysts(text, 0, moves, mentions or ())
    for c in found:
        assert text[c.evidence.start : c.evidence.end] == c.cause
    return {c.subject: c.cause for c in found}


def test_a_list_of_effects_after_a_colon_shares_the_cause():
    text = (
        "The slump of the Dutch group is dragging the rest of the chip sector with it: "
        "Alpha fell 1.3% and Beta 2.0%, while Gamma lost 3.7%."
    )
    moves = [
        move(text, "fell 1.3%", "XPAR:ALP"),
        move(text, "2.0%", "XPAR:BET"),
        move(text, "lost 3.7%", "XLON:GAM"),
    ]
    mentions = [
        mention(text, "Alpha", "XPAR:ALP"),
        mention(text, "Beta", "XPAR:BET"),
        mention(text, "Gamma", "XLON:GAM"),
    ]
    found = causes(text, moves, mentions)
    assert "Dutch group" in found["XLON:GAM"]


def test_a_list_after_a_colon_that_goes_both_ways_is_no_list_of_effects():
    text = (
        "The slump of the Dutch group is dragging the rest of the chip sector with it: "
        "Alpha fell 1.3%, while Gamma rose 3.7%."
    )
    moves = [move(text, "fell 1.3%", "XPAR:ALP"), move(text, "rose 3.7%", "XLON:GAM", "up")]
    mentions = [mention(text, "Alpha", "XPAR:ALP"), mention(text, "Gamma", "XLON:GAM")]
    assert "XLON:GAM" not in causes(text, moves, mentions)


def test_a_basket_of_named_stocks_passes_the_market_reason_on_with_also():
    text = (
        "The index held firm, but this masked big falls as investors fled stocks most exposed "
        "to the tariff dispute.\n\n"
        "Builders Acme and Birch were hardest hit after dropping by as much as 6%. "
        "Carter Bank also reversed following a drop of 3%.\n\n"
        "Other lenders traded lower, while property firms Dune Estates and Elm Land were 3% "
        "cheaper."
    )
    moves = [
        move(text, "dropping by as much as 6%", "GROUP:Acme and Birch"),
        move(text, "drop of 3%", "XLON:CAR"),
        move(text, "were 3% cheaper", "XLON:DUN"),
    ]
    mentions = [
        mention(text, "Carter Bank", "XLON:CAR"),
        mention(text, "Dune Estates", "XLON:DUN"),
    ]
    found = causes(text, moves, mentions)
    assert "tariff dispute" in found["XLON:CAR"]
    assert "tariff dispute" in found["XLON:DUN"]


def test_without_also_the_basket_reason_is_not_the_next_stock_reason():
    text = (
        "The index held firm, but this masked big falls as investors fled stocks most exposed "
        "to the tariff dispute.\n\n"
        "Builders Acme and Birch were hardest hit after dropping by as much as 6%. "
        "Carter Bank reversed following a drop of 3%."
    )
    moves = [
        move(text, "dropping by as much as 6%", "GROUP:Acme and Birch"),
        move(text, "drop of 3%", "XLON:CAR"),
    ]
    found = causes(text, moves, [mention(text, "Carter Bank", "XLON:CAR")])
    assert "XLON:CAR" not in found


def test_a_stock_plunge_spills_over_to_its_peers_told_with_also():
    text = (
        "Kestrel Spirits fell the most in two years after a state newspaper attacked the price "
        "of its liquor.\n\n"
        "Kestrel, the country's biggest listed company, tumbled 7.9% in its worst decline "
        "since 2018. Its products are often used as gifts, the commentary said.\n\n"
        "The plunge reverberated across the market, with the SSE 50 index sinking 4.6%. Other "
        "liquor makers also plummeted, with Wren Distillers falling by the 10% daily limit."
    )
    moves = [
        move(text, "tumbled 7.9%", "XSHG:600001"),
        move(text, "sinking 4.6%", "INDEX:SSE50"),
        move(text, "falling by the 10%", "XSHE:000002"),
    ]
    mentions = [
        mention(text, "Kestrel Spirits", "XSHG:600001"),
        mention(text, "SSE 50", "INDEX:SSE50", "index"),
        mention(text, "Wren Distillers", "XSHE:000002"),
    ]
    found = causes(text, moves, mentions)
    assert "Kestrel" in found["INDEX:SSE50"]
    assert "Kestrel" in found["XSHE:000002"]


def test_an_index_reason_does_not_spill_to_a_stock_told_without_also():
    text = (
        "Kestrel, the country's biggest listed company, tumbled 7.9% in its worst decline "
        "since 2018.\n\n"
        "The plunge reverberated across the market, with the SSE 50 index sinking 4.6%. "
        "Wren Distillers fell 2%."
    )
    moves = [
        move(text, "tumbled 7.9%", "XSHG:600001"),
        move(text, "sinking 4.6%", "INDEX:SSE50"),
        move(text, "fell 2%", "XSHE:000002"),
    ]
    mentions = [
        mention(text, "Kestrel", "XSHG:600001"),
        mention(text, "SSE 50", "INDEX:SSE50", "index"),
        mention(text, "Wren Distillers", "XSHE:000002"),
    ]
    assert "XSHE:000002" not in causes(text, moves, mentions)


def test_a_basket_reason_reaches_a_member_many_figures_down_the_same_thread():
    figures = " ".join(f"Maker{k} Corp dropped {k}.5% to {k}0.1." for k in range(1, 13))
    text = (
        "Chip stocks fell on Tuesday amid reports of weak industry sales in Asia.\n\n"
        "Fellow chip producers also retreated. " + figures + "\n\n"
        "Memory-chip leader Micra Technology saw its shares fall 8% to 88.58."
    )
    moves = [move(text, f"dropped {k}.5%", f"XNAS:M{k}") for k in range(1, 13)]
    moves.append(move(text, "fall 8%", "XNAS:MICR"))
    mentions = [mention(text, f"Maker{k} Corp", f"XNAS:M{k}") for k in range(1, 13)]
    mentions.append(mention(text, "Micra Technology", "XNAS:MICR"))
    found = causes(text, moves, mentions)
    assert "weak industry sales" in found["XNAS:MICR"]
