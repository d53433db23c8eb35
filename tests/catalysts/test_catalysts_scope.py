"""How far a stated cause reaches: anaphoric causes, market-wide causes, trailing clauses.

"The fall, the biggest one-day decline in the stock since 2002, dragged ..." explains the
moves it drags, never a rival that rose in another sentence. "U.S. stocks rallied after a
report showed inflation slowed" explains the indices; a bank reported paragraphs later only
shares that reason when the text ties it to the market's move.
"""

from __future__ import annotations

import pytest

from tickerwire.catalysts.find import find_catalysts
from tickerwire.model import Mention, Move, Span


def move(text: str, words: str, subject: str, direction: str) -> Move:
    start = text.index(words)
    return Move(subject, direction, 1.0, "%", Span(start, start + len(words)))  # type: ignore[arg-type]


def mention(text: str, words: str, entity_id: str, kind: str = "security") -> Mention:
    start = text.index(words)
    return Mention(Span(start, start + len(words)), entity_id, kind, "alias")  # type: ignore[arg-type]


def causes(text: str, moves: list[Move], mentions: list[Mention]) -> dict[str, str]:
    found = find_catalysts(text, 0, moves, mentions)
    for c in found:
        assert text[c.evidence.start : c.evidence.end] == c.cause
    return {c.subject: c.cause for c in found}


# (text, [(words, subject, direction)], [(mention words, id)], subject that has no cause,
#  subject whose cause must contain a phrase, that phrase)
ANAPHORS = [
    (
        "Novo Nordisk shares tumbled 20 per cent in Copenhagen on Friday, after a late-stage "
        "trial disappointed investors.\n\n"
        "The fall, the biggest one-day decline in the stock since 2002, wiped $90 billion off "
        "its market value. Rival Eli Lilly rose 2 per cent in New York.",
        [("tumbled 20 per cent", "XCSE:NOVO-B", "down"), ("rose 2 per cent", "XNYS:LLY", "up")],
        [("Novo Nordisk", "XCSE:NOVO-B"), ("Eli Lilly", "XNYS:LLY")],
        "XNYS:LLY",
        "XCSE:NOVO-B",
        "late-stage trial",
    ),
    (
        "Shiseido shares plunged 14% in Tokyo on Thursday after the cosmetics maker cut its "
        "profit forecast.\n\n"
        "The drop, the steepest since 2020, dragged other cosmetics makers lower, and rival "
        "Kao rose 2%.",
        [("plunged 14%", "XTKS:4911", "down"), ("rose 2%", "XTKS:4452", "up")],
        [("Shiseido", "XTKS:4911"), ("Kao", "XTKS:4452")],
        "XTKS:4452",
        "XTKS:4911",
        "cut its profit forecast",
    ),
    (
        "Samsung Electronics shares fell 3.5% in Seoul on Tuesday after the company reported a "
        "smaller-than-expected operating profit. The decline, the steepest in three months, "
        "weighed on the Kospi, which lost 0.8%. SK Hynix rose 1.4%.",
        [
            ("fell 3.5%", "XKRX:005930", "down"),
            ("lost 0.8%", "INDEX:KOSPI", "down"),
            ("rose 1.4%", "XKRX:000660", "up"),
        ],
        [
            ("Samsung Electronics", "XKRX:005930"),
            ("Kospi", "INDEX:KOSPI"),
            ("SK Hynix", "XKRX:000660"),
        ],
        "XKRX:000660",
        "INDEX:KOSPI",
        "operating profit",
    ),
]


@pytest.mark.parametrize(("text", "moved", "named", "none", "subject", "phrase"), ANAPHORS)
def test_an_anaphoric_cause_stays_with_the_moves_it_explains(
    text, moved, named, none, subject, phrase
):
    moves = [move(text, w, s, d) for w, s, d in moved]
    mentions = [mention(text, w, i) for w, i in named]
    found = causes(text, moves, mentions)
    assert none not in found, found
    assert phrase in found[subject]


def test_a_market_wide_reason_is_not_handed_to_stocks_paragraphs_later():
    text = (
        "U.S. stocks rallied on Wednesday after a report showed inflation slowed more than "
        "expected in October, boosting bets on an interest rate cut. The S&P 500 rose 1.9% and "
        "the Nasdaq Composite gained 2.4%.\n\n"
        "Bank stocks led the way. JPMorgan climbed 2.9%."
    )
    moves = [
        move(text, "rose 1.9%", "INDEX:SPX", "up"),
        move(text, "gained 2.4%", "INDEX:IXIC", "up"),
        move(text, "climbed 2.9%", "XNYS:JPM", "up"),
    ]
    mentions = [
        mention(text, "S&P 500", "INDEX:SPX", "index"),
        mention(text, "Nasdaq Composite", "INDEX:IXIC", "index"),
        mention(text, "JPMorgan", "XNYS:JPM"),
    ]
    found = causes(text, moves, mentions)
    assert "inflation slowed" in found["INDEX:SPX"]
    assert "inflation slowed" in found["INDEX:IXIC"]
    assert "XNYS:JPM" not in found


def test_stocks_tied_to_the_market_move_share_its_reason():
    text = (
        "Indian shares rose on Monday after the central bank cut interest rates more than "
        "expected. The Nifty 50 index gained 1.2%.\n\n"
        "HDFC Bank and ICICI Bank were among the top gainers, rising 3.1% and 2.8%."
    )
    moves = [
        move(text, "gained 1.2%", "INDEX:NIFTY50", "up"),
        move(text, "3.1%", "XNSE:HDFCBANK", "up"),
        move(text, "2.8%", "XNSE:ICICIBANK", "up"),
    ]
    mentions = [
        mention(text, "Nifty 50", "INDEX:NIFTY50", "index"),
        mention(text, "HDFC Bank", "XNSE:HDFCBANK"),
        mention(text, "ICICI Bank", "XNSE:ICICIBANK"),
    ]
    found = causes(text, moves, mentions)
    assert "cut interest rates" in found["INDEX:NIFTY50"]
    assert "cut interest rates" in found["XNSE:HDFCBANK"]


def test_a_market_reason_reaches_the_indices_in_its_trailing_clause():
    text = (
        "Hong Kong stocks jumped on Monday after Beijing pledged more support for the economy, "
        "with the Hang Seng Index rising 2.3% and the Hang Seng Tech Index climbing 3.1%."
    )
    moves = [
        move(text, "rising 2.3%", "INDEX:HSI", "up"),
        move(text, "climbing 3.1%", "INDEX:HSTECH", "up"),
    ]
    mentions = [
        mention(text, "Hang Seng Index", "INDEX:HSI", "index"),
        mention(text, "Hang Seng Tech Index", "INDEX:HSTECH", "index"),
    ]
    found = causes(text, moves, mentions)
    assert found["INDEX:HSI"] == "Beijing pledged more support for the economy"
    assert found["INDEX:HSTECH"] == "Beijing pledged more support for the economy"


def test_a_reason_after_the_move_reaches_the_same_way_moves_of_its_with_clause():
    text = (
        "The financials sub-index fell 2.7% as worries about shrinking profits weighed, with "
        "Westpac losing 1.8%. The S&P 500 fell 1% as tariff fears weighed, with Apple gaining 2%. "
        "Alibaba fell 3% after weak sales, with Baidu losing 1%."
    )
    moves = [
        move(text, "fell 2.7%", "INDEX:AXFJ", "down"),
        move(text, "losing 1.8%", "XASX:WBC", "down"),
        move(text, "fell 1%", "INDEX:SPX", "down"),
        move(text, "gaining 2%", "XNAS:AAPL", "up"),
        move(text, "fell 3%", "XHKG:09988", "down"),
        move(text, "losing 1%", "XHKG:09888", "down"),
    ]
    mentions = [
        mention(text, "financials sub-index", "INDEX:AXFJ", "index"),
        mention(text, "Westpac", "XASX:WBC"),
        mention(text, "S&P 500", "INDEX:SPX", "index"),
        mention(text, "Apple", "XNAS:AAPL"),
        mention(text, "Alibaba", "XHKG:09988"),
        mention(text, "Baidu", "XHKG:09888"),
    ]
    found = causes(text, moves, mentions)
    assert found["XASX:WBC"] == "worries about shrinking profits"
    assert "XNAS:AAPL" not in found  # the other way: not that reason
    assert "XHKG:09888" not in found  # Alibaba's own news is not Baidu's reason


def test_a_stock_that_gives_its_own_reason_keeps_it_over_a_trailing_clause():
    text = (
        "Alibaba rose 4% in Hong Kong after it reported stronger cloud revenue, with Meituan "
        "gaining 2%."
    )
    moves = [
        move(text, "rose 4%", "XHKG:09988", "up"),
        move(text, "gaining 2%", "XHKG:03690", "up"),
    ]
    mentions = [mention(text, "Alibaba", "XHKG:09988"), mention(text, "Meituan", "XHKG:03690")]
    found = causes(text, moves, mentions)
    assert "cloud revenue" in found["XHKG:09988"]
    assert "XHKG:03690" not in found
