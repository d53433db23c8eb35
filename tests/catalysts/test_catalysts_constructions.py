"""Catalysts in constructions that wire stories use across markets.

Each table row is a news passage in the style of Reuters, Bloomberg, Nikkei or the Economic
Times, the moves in it (built by hand so the table tests this stage alone) and what the
catalysts must say: who gets one, and words their cause must contain.
"""

from __future__ import annotations

import pytest

from tickerwire.catalysts.find import find_catalysts
from tickerwire.model import Mention, Move, Span


def move(text: str, words: str, subject: str, direction: str = "up", nth: int = 0) -> Move:
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


# 1. An "as"-clause after the move (and after an aside) whose subject is the cause.
AS_CLAUSE = [
    (
        "Nvidia shares tumbled 5.1% on Monday, wiping out more than $400 billion in market "
        "value, as worries about a U.S. economic slowdown sent technology stocks sharply lower.",
        "tumbled 5.1%",
        "XNAS:NVDA",
        "down",
        "worries about a U.S. economic slowdown",
    ),
    (
        "Toyota Motor gained 3.2% in Tokyo, its best day in a month, as a weaker yen lifted "
        "the outlook for exporters.",
        "gained 3.2%",
        "XTKS:7203",
        "up",
        "a weaker yen",
    ),
    (
        "Samsung Electronics rose 4.1% on Tuesday, its biggest daily gain in two months, on "
        "hopes the chipmaker will win orders for high-bandwidth memory chips from Nvidia.",
        "rose 4.1%",
        "XKRX:005930",
        "up",
        "hopes the chipmaker will win orders",
    ),
    (
        "The KOSPI gained 1.3% to 2,650.2, as foreign investors bought technology shares for a "
        "third straight session.",
        "gained 1.3%",
        "INDEX:KOSPI",
        "up",
        "foreign investors bought technology shares",
    ),
    (
        "Japan's Nikkei share average rose 1.8% on Tuesday, led by automakers as a weaker yen "
        "lifted the outlook for exporters.",
        "rose 1.8%",
        "INDEX:N225",
        "up",
        "automakers as a weaker yen",
    ),
    (
        "HSBC shares fell 2.4% in Hong Kong, as investors worried about rising bad loans in "
        "its commercial real estate book.",
        "fell 2.4%",
        "XHKG:00005",
        "down",
        "rising bad loans",
    ),
]


@pytest.mark.parametrize(("text", "words", "subject", "direction", "cause"), AS_CLAUSE)
def test_an_as_clause_after_the_move_gives_its_cause(text, words, subject, direction, cause):
    found = causes(text, [move(text, words, subject, direction)])
    assert list(found) == [subject]
    assert cause in found[subject]


def test_an_as_clause_keeps_only_the_noun_phrase_before_its_causal_verb():
    text = (
        "Nvidia shares tumbled 5.1% on Monday, wiping out more than $400 billion in market "
        "value, as worries about a U.S. economic slowdown sent technology stocks sharply lower."
    )
    found = causes(text, [move(text, "tumbled 5.1%", "XNAS:NVDA", "down")])
    assert found == {"XNAS:NVDA": "worries about a U.S. economic slowdown"}


# "as" that compares, reports a time or repeats a move is not a cause.
AS_NOT_A_CAUSE = [
    ("Meituan fell 1.4%, as did JD.com, which lost 2.0%.", "fell 1.4%", "XHKG:03690"),
    ("Alibaba shares climbed 2.5% in Hong Kong, as of 0300 GMT.", "climbed 2.5%", "XHKG:09988"),
    ("Xiaomi rose 4%, as it has done for much of the past month.", "rose 4%", "XHKG:01810"),
    (
        "Reliance Industries rose 1.2%, as expected by most traders after a quiet week.",
        "rose 1.2%",
        "XNSE:RELIANCE",
    ),
    (
        "SAP climbed 2.2% in Frankfurt, as well as hitting a record high.",
        "climbed 2.2%",
        "XETR:SAP",
    ),
]


@pytest.mark.parametrize(("text", "words", "subject"), AS_NOT_A_CAUSE)
def test_as_that_is_not_causal_gives_nothing(text, words, subject):
    assert causes(text, [move(text, words, subject)]) == {}


# 2. One cause after a coordinated pair of moves covers both.
SHARED = [
    (
        "BYD fell 2.3% in Hong Kong, while Geely Automobile dropped 4.0%, as investors worried "
        "about rising competition in China's electric-vehicle market.",
        [("fell 2.3%", "XHKG:01211"), ("dropped 4.0%", "XHKG:00175")],
        "down",
        "competition",
    ),
    (
        "The Nasdaq Composite fell 3.0%, while the S&P 500 lost 2.1%, amid fears that the "
        "Federal Reserve will keep rates higher for longer.",
        [("fell 3.0%", "INDEX:IXIC"), ("lost 2.1%", "INDEX:SPX")],
        "down",
        "Federal Reserve",
    ),
    (
        "SK Hynix climbed 2.8% and the benchmark KOSPI gained 1.3%, as foreign investors "
        "bought chip shares.",
        [("climbed 2.8%", "XKRX:000660"), ("gained 1.3%", "INDEX:KOSPI")],
        "up",
        "foreign investors",
    ),
    (
        "Infosys rose 2.1%, while Tata Consultancy Services added 1.6%, after Accenture "
        "raised its annual revenue forecast.",
        [("rose 2.1%", "XNSE:INFY"), ("added 1.6%", "XNSE:TCS")],
        "up",
        "Accenture",
    ),
]


@pytest.mark.parametrize(("text", "pairs", "direction", "keyword"), SHARED)
def test_a_cause_after_coordinated_moves_covers_each(text, pairs, direction, keyword):
    moves = [move(text, words, subject, direction) for words, subject in pairs]
    found = causes(text, moves)
    assert sorted(found) == sorted(subject for _, subject in pairs)
    assert all(keyword in cause for cause in found.values())


def test_a_shared_cause_is_not_given_across_opposite_moves_or_past_an_own_cause():
    text = (
        "Tencent rose 1.2%, while Alibaba fell 0.8%, as investors rotated into banks. "
        "Sony rallied 4% on strong game sales, while Nintendo gained 1.1%, as the yen weakened."
    )
    moves = [
        move(text, "rose 1.2%", "XHKG:00700"),
        move(text, "fell 0.8%", "XHKG:09988", "down"),
        move(text, "rallied 4%", "XTKS:6758"),
        move(text, "gained 1.1%", "XTKS:7974"),
    ]
    found = causes(text, moves)
    assert "XHKG:00700" not in found
    assert "game sales" in found["XTKS:6758"] and "yen" not in found["XTKS:6758"]
    assert "yen" in found["XTKS:7974"]


# 3. An un-numbered opening sentence states why the market moved; the index moves with their
# numbers come next and inherit it.
MARKET_OPENER = [
    (
        "India's benchmark indexes rose on Tuesday, snapping a five-session losing streak, as "
        "heavyweights Reliance Industries and HDFC Bank gained. "
        "The Nifty 50 rose 0.7% to 22,150.3 and the BSE Sensex added 0.6% to 73,105.4.",
        [("rose 0.7%", "INDEX:NIFTY50"), ("added 0.6%", "INDEX:SENSEX")],
        "up",
        "Reliance Industries",
    ),
    (
        "Hong Kong stocks fell on Wednesday as concerns about China's property sector "
        "resurfaced. The Hang Seng Index dropped 1.6%, while the Hang Seng China Enterprises "
        "Index lost 1.9%.",
        [("dropped 1.6%", "INDEX:HSI"), ("lost 1.9%", "INDEX:HSCEI")],
        "down",
        "property sector",
    ),
    (
        "European shares edged lower on Thursday, dragged down by luxury stocks after a profit "
        "warning from Burberry. The pan-European STOXX 600 index fell 0.4%.",
        [("fell 0.4%", "INDEX:STOXX600")],
        "down",
        "Burberry",
    ),
    (
        "China stocks surged on Tuesday after the central bank unveiled its most aggressive "
        "stimulus package since the pandemic. The blue-chip CSI300 Index jumped 4.3% and the "
        "Shanghai Composite Index rose 4.2%.",
        [("jumped 4.3%", "INDEX:CSI300"), ("rose 4.2%", "INDEX:SSEC")],
        "up",
        "stimulus",
    ),
]


@pytest.mark.parametrize(("text", "pairs", "direction", "keyword"), MARKET_OPENER)
def test_an_opening_market_sentence_passes_its_cause_to_the_index_moves(
    text, pairs, direction, keyword
):
    moves = [move(text, words, subject, direction) for words, subject in pairs]
    found = causes(text, moves)
    assert sorted(found) == sorted(subject for _, subject in pairs)
    assert all(keyword in cause for cause in found.values())


def test_a_cause_that_is_the_stock_own_gain_is_not_its_catalyst():
    text = (
        "India's benchmark indexes rose on Tuesday as heavyweights Reliance Industries and "
        "HDFC Bank gained. The Nifty 50 rose 0.7%.\n\n"
        "Reliance Industries climbed 2.1%. Infosys fell 1.2%."
    )
    moves = [
        move(text, "rose 0.7%", "INDEX:NIFTY50"),
        move(text, "climbed 2.1%", "XNSE:RELIANCE"),
        move(text, "fell 1.2%", "XNSE:INFY", "down"),
    ]
    mentions = [mention(text, "Reliance Industries", "XNSE:RELIANCE")]
    found = causes(text, moves, mentions)
    assert list(found) == ["INDEX:NIFTY50"]


def test_an_index_own_reason_is_not_handed_to_a_stock_reported_later():
    text = (
        "The Hang Seng Index was up 0.8%, as the broader market tracked gains on Wall Street "
        "overnight.\n\nXiaomi rose 4%."
    )
    moves = [move(text, "up 0.8%", "INDEX:HSI"), move(text, "rose 4%", "XHKG:01810")]
    assert list(causes(text, moves)) == ["INDEX:HSI"]


# 4. "The decline dragged the index down": the cause is the earlier move it points to.
ANAPHORA = [
    (
        "Kweichow Moutai fell 2.6% in Shanghai after the liquor maker reported slower revenue "
        "growth. The decline dragged the Shanghai Composite Index down 0.3%.",
        "fell 2.6%",
        "XSHG:600519",
        "down 0.3%",
        "INDEX:SSEC",
        "down",
        "Kweichow Moutai",
    ),
    (
        "Siemens Energy shares surged 11% after the turbine maker raised its mid-term targets. "
        "The stock's rally helped lift Germany's DAX index 0.9% to a record high.",
        "surged 11%",
        "XETR:ENR",
        "index 0.9%",
        "INDEX:DAX",
        "up",
        "Siemens Energy",
    ),
    (
        "Samsung Electronics jumped 6.2% after reporting a surge in chip profits. "
        "The rally pushed the KOSPI up 1.4%.",
        "jumped 6.2%",
        "XKRX:005930",
        "up 1.4%",
        "INDEX:KOSPI",
        "up",
        "Samsung Electronics",
    ),
]


@pytest.mark.parametrize(
    ("text", "first_words", "first", "second_words", "second", "direction", "keyword"), ANAPHORA
)
def test_an_anaphoric_cause_is_resolved_to_the_move_it_names(
    text, first_words, first, second_words, second, direction, keyword
):
    moves = [
        move(text, first_words, first, direction),
        move(text, second_words, second, direction),
    ]
    mentions = [mention(text, keyword, first)]
    found = find_catalysts(text, 0, moves, mentions)
    by_subject = {c.subject: c for c in found}
    assert keyword in by_subject[second].cause
    assert not by_subject[second].cause.lower().startswith("the ")
    assert first in by_subject[second].entities


def test_an_anaphoric_cause_is_never_given_to_a_later_stock():
    text = (
        "Kweichow Moutai fell 2.6% in Shanghai after the liquor maker reported slower revenue "
        "growth.\n\nThe decline dragged the Shanghai Composite Index down 0.3%.\n\n"
        "Wuliangye dropped 3.1%."
    )
    moves = [
        move(text, "fell 2.6%", "XSHG:600519", "down"),
        move(text, "down 0.3%", "INDEX:SSEC", "down"),
        move(text, "dropped 3.1%", "XSHE:000858", "down"),
    ]
    found = causes(text, moves)
    assert "XSHE:000858" not in found
    assert "The decline" not in found.values()


def test_an_anaphor_with_nothing_to_point_to_is_dropped():
    text = "The selloff dragged the Nikkei share average down 1.2% on Friday."
    assert causes(text, [move(text, "down 1.2%", "INDEX:N225", "down")]) == {}


def test_the_news_resolves_to_the_event_sentence_for_a_second_stock():
    text = (
        "Nissan Motor shed 4.8% after the automaker scrapped merger talks with Honda Motor. "
        "The news also dragged Honda down 1.9%."
    )
    moves = [
        move(text, "shed 4.8%", "XTKS:7201", "down"),
        move(text, "down 1.9%", "XTKS:7267", "down"),
    ]
    found = causes(text, moves)
    assert "merger talks" in found["XTKS:7201"]
    assert "merger talks" in found["XTKS:7267"]


def test_a_relative_clause_on_the_object_keeps_the_causal_verb():
    text = "Reliance's gains lifted the Nifty 50, which rose 0.8%, while the Sensex added 0.9%."
    moves = [move(text, "rose 0.8%", "INDEX:NIFTY50"), move(text, "added 0.9%", "INDEX:SENSEX")]
    assert causes(text, moves) == {"INDEX:NIFTY50": "Reliance's gains"}


def test_a_headline_cause_stays_in_its_own_clause():
    title = "Tencent rises after results; Meituan slips"
    body = "Tencent Holdings shares rose 3.2% on Thursday. Meituan fell 1.4%."
    text = f"{title}\n\n{body}"
    mentions = [mention(text, "Tencent", "XHKG:00700"), mention(text, "Meituan", "XHKG:03690")]
    moves = [move(text, "rose 3.2%", "XHKG:00700"), move(text, "fell 1.4%", "XHKG:03690", "down")]
    found = find_catalysts(text, len(title) + 2, moves, mentions)
    assert [(c.subject, c.cause) for c in found] == [("XHKG:00700", "results")]


# A participle after a move names the index it moved: the cause is the move before it.
def test_a_participle_after_a_stock_move_explains_the_index_move():
    text = (
        "Adani Enterprises slumped 22.6% and Adani Ports fell 13.2%, dragging the Nifty 50 "
        "down 0.7%."
    )
    moves = [
        move(text, "slumped 22.6%", "XNSE:ADANIENT", "down"),
        move(text, "fell 13.2%", "XNSE:ADANIPORTS", "down"),
        move(text, "down 0.7%", "INDEX:NIFTY50", "down"),
    ]
    found = causes(text, moves)
    assert found == {"INDEX:NIFTY50": "Adani Enterprises slumped 22.6% and Adani Ports fell 13.2%"}


def test_a_participle_after_a_pointing_subject_reads_the_sentence_that_names_it():
    text = (
        "Alibaba shares jumped the most in two years after quarterly revenue beat estimates. "
        "The stock climbed 14% in Hong Kong, helping the Hang Seng Tech Index rise 3.2%."
    )
    stock = move(text, "climbed 14%", "XHKG:09988")
    start = text.index("The stock")
    stock = Move(
        stock.subject, "up", 14.0, "%", stock.evidence, subject_span=Span(start, start + 9)
    )
    moves = [stock, move(text, "rise 3.2%", "INDEX:HSTECH")]
    found = causes(text, moves)
    # one sentence, the one naming the stock: never both sentences as one cause
    assert found["INDEX:HSTECH"] == (
        "Alibaba shares jumped the most in two years after quarterly revenue beat estimates"
    )


MORE_CUES = [
    (
        "Japan's Nikkei gained 1.5%, taking its cue from a strong session for U.S. "
        "technology stocks.",
        "gained 1.5%",
        "INDEX:N225",
        "taking its cue from",
        "U.S. technology stocks",
    ),
    (
        "Australia's S&P/ASX 200 index climbed 0.8%, with miners leading the gains in the wake "
        "of higher iron ore prices.",
        "climbed 0.8%",
        "INDEX:ASX200",
        "in the wake of",
        "iron ore prices",
    ),
    (
        "Asian shares rose 1.1% on Thursday, tracking a rally on Wall Street.",
        "rose 1.1%",
        "GROUP:Asian shares",
        "tracking",
        "Wall Street",
    ),
]


@pytest.mark.parametrize(("text", "words", "subject", "cue", "keyword"), MORE_CUES)
def test_more_causal_cues(text, words, subject, cue, keyword):
    found = find_catalysts(text, 0, [move(text, words, subject)])
    assert [(c.subject, c.cue) for c in found] == [(subject, cue)]
    assert keyword in found[0].cause


def test_a_relative_clause_is_not_an_aside_giving_the_stock_its_own_name():
    text = "Taiwan's benchmark index added 1.2%, buoyed by TSMC, which rose 2.3% to a record high."
    moves = [move(text, "added 1.2%", "INDEX:TWII"), move(text, "rose 2.3%", "XTAI:2330")]
    assert causes(text, moves) == {"INDEX:TWII": "TSMC"}


def test_an_index_reason_stays_in_its_own_market_paragraph():
    text = (
        "Australia's S&P/ASX 200 index climbed 0.8% in the wake of higher iron ore prices.\n\n"
        "In Hong Kong, the Hang Seng Index rose 1.3%."
    )
    moves = [move(text, "climbed 0.8%", "INDEX:ASX200"), move(text, "rose 1.3%", "INDEX:HSI")]
    assert list(causes(text, moves)) == ["INDEX:ASX200"]


def test_after_a_stretch_of_time_is_not_a_cause():
    text = "Reliance Industries rose 1.2% after a quiet week."
    assert causes(text, [move(text, "rose 1.2%", "XNSE:RELIANCE")]) == {}


# The company's own news, in the sentence before or right after its move.
EVENTS = [
    (
        "Sony Group said on Tuesday it would spin off its financial services business and list "
        "it separately next year. Its shares rose 4.3% in Tokyo.",
        "Sony Group",
        "rose 4.3%",
        "XTKS:6758",
        "spin off",
    ),
    (
        "Panasonic Holdings reported a 20% drop in quarterly operating profit, hurt by weak "
        "demand for batteries. The shares fell 5.5%.",
        "Panasonic Holdings",
        "fell 5.5%",
        "XTKS:6752",
        "operating profit",
    ),
    (
        "Tencent Holdings rose 4.2% on Wednesday. The Chinese internet giant announced on "
        "Tuesday that it would double its share buyback programme to HK$200 billion.",
        "Tencent Holdings",
        "rose 4.2%",
        "XHKG:00700",
        "buyback",
    ),
    (
        "Infosys fell 3.1% in Mumbai. The company cut its annual revenue growth forecast late "
        "on Thursday.",
        "Infosys",
        "fell 3.1%",
        "XNSE:INFY",
        "revenue growth forecast",
    ),
]


@pytest.mark.parametrize(("text", "name", "words", "subject", "keyword"), EVENTS)
def test_company_news_next_to_its_move_is_the_cause(text, name, words, subject, keyword):
    direction = "down" if ("fell" in words) else "up"
    found = causes(text, [move(text, words, subject, direction)], [mention(text, name, subject)])
    assert list(found) == [subject]
    assert keyword in found[subject]


NOT_EVENTS = [
    # another company's news
    (
        "Panasonic Holdings reported a 20% drop in quarterly operating profit. Sony shares "
        "rose 1.1%.",
        "Panasonic Holdings",
        "XTKS:6752",
        "rose 1.1%",
        "XTKS:6758",
    ),
    # a company that will not comment is not explaining anything
    (
        "Tencent Holdings rose 4.2% on Wednesday. The company said it was not aware of any "
        "reason for the move.",
        "Tencent Holdings",
        "XHKG:00700",
        "rose 4.2%",
        "XHKG:00700",
    ),
]


@pytest.mark.parametrize(("text", "name", "named", "words", "subject"), NOT_EVENTS)
def test_news_that_does_not_explain_the_move_is_not_its_cause(text, name, named, words, subject):
    assert causes(text, [move(text, words, subject)], [mention(text, name, named)]) == {}


MORE_OPENERS = [
    (
        "Japanese stocks fell on Monday as a stronger yen weighed on exporters. The Nikkei share "
        "average fell 1.2% to 38,100, while the broader Topix lost 0.9%.",
        [("fell 1.2%", "INDEX:N225"), ("lost 0.9%", "INDEX:TOPIX")],
        "down",
        "stronger yen",
    ),
    (
        "Chinese blue chips ended lower on Tuesday, as disappointing trade data weighed on "
        "sentiment. The CSI300 index fell 0.6%, and the Shanghai Composite Index lost 0.5%.",
        [("fell 0.6%", "INDEX:CSI300"), ("lost 0.5%", "INDEX:SSEC")],
        "down",
        "trade data",
    ),
    (
        "South Korean shares closed higher on Wednesday, boosted by chipmakers. The KOSPI rose "
        "1.1%.",
        [("rose 1.1%", "INDEX:KOSPI")],
        "up",
        "chipmakers",
    ),
    (
        "Hong Kong stocks rebounded on Friday on bargain hunting after a three-day slide. The "
        "Hang Seng Index rose 1.2%.",
        [("rose 1.2%", "INDEX:HSI")],
        "up",
        "bargain hunting",
    ),
]


@pytest.mark.parametrize(("text", "pairs", "direction", "keyword"), MORE_OPENERS)
def test_more_market_openers(text, pairs, direction, keyword):
    moves = [move(text, words, subject, direction) for words, subject in pairs]
    found = causes(text, moves)
    assert sorted(found) == sorted(subject for _, subject in pairs)
    assert all(keyword in cause for cause in found.values())


def test_a_market_sentence_without_a_reason_gives_none():
    text = "European shares rose on Monday. The STOXX 600 gained 0.4% after a two-day slide."
    assert causes(text, [move(text, "gained 0.4%", "INDEX:STOXX600")]) == {}


OPENING_CUES = [
    (
        "TOKYO (Reuters) - After the company raised its full-year forecast, Sony shares rose 3.4%.",
        "rose 3.4%",
        "XTKS:6758",
        "up",
        "full-year forecast",
    ),
    (
        "SEOUL, March 4 (Reuters) - Buoyed by strong chip exports, the KOSPI gained 1.2% on "
        "Tuesday.",
        "gained 1.2%",
        "INDEX:KOSPI",
        "up",
        "chip exports",
    ),
    (
        "LVMH shares fell 4.1% in Paris, the biggest drop on the CAC 40, after the luxury group "
        "reported a slowdown in sales in China.",
        "fell 4.1%",
        "XPAR:MC",
        "down",
        "slowdown in sales",
    ),
]


@pytest.mark.parametrize(("text", "words", "subject", "direction", "keyword"), OPENING_CUES)
def test_opening_cues_after_a_dateline_and_places_that_are_not_causes(
    text, words, subject, direction, keyword
):
    found = causes(text, [move(text, words, subject, direction)])
    assert list(found) == [subject]
    assert keyword in found[subject]
    assert "CAC" not in found[subject] and "Reuters" not in found[subject]


NOT_OPENING_CAUSES = [
    ("After rising 5% in the morning, Tencent pared gains to 2.1%.", "gains to 2.1%"),
    ("Following the announcement, Hyundai Motor shares jumped 7.1% in Seoul.", "jumped 7.1%"),
    ("After the bell, Nvidia fell 3% in extended trading.", "fell 3%"),
]


@pytest.mark.parametrize(("text", "words"), NOT_OPENING_CAUSES)
def test_opening_phrases_that_give_no_reason(text, words):
    assert causes(text, [move(text, words, "XHKG:00700")]) == {}


def test_a_stock_named_inside_a_market_opener_gets_its_own_reason():
    text = (
        "The S&P 500 and Nasdaq ended lower on Thursday, as Nvidia shares fell after the AI chip "
        "leader's quarterly forecast failed to impress investors.\n\n"
        "Nvidia shares slid 6.4%, even as the company forecast revenue above estimates.\n\n"
        "The Nasdaq Composite fell 0.2%."
    )
    moves = [
        move(text, "slid 6.4%", "XNAS:NVDA", "down"),
        move(text, "fell 0.2%", "INDEX:IXIC", "down"),
    ]
    mentions = [
        mention(text, "S&P 500", "INDEX:SPX", "index"),
        mention(text, "Nvidia", "XNAS:NVDA"),
    ]
    found = causes(text, moves, mentions)
    assert (
        found["XNAS:NVDA"] == "the AI chip leader's quarterly forecast failed to impress investors"
    )
    assert "Nvidia shares fell" in found["INDEX:IXIC"]


def test_a_wrap_that_turns_to_another_market_does_not_carry_the_reason_over():
    text = (
        "China stocks closed lower on Thursday, dragged by property developers after data showed "
        "new home prices fell at the fastest pace in nine years.\n\n"
        "The blue-chip CSI300 Index fell 0.4%.\n\n"
        "Hong Kong's Hang Seng Index lost 0.3%, while the Hang Seng China Enterprises Index "
        "dropped 0.6%.\n\n"
        "Elsewhere, Japan's Nikkei share average slipped 0.2%."
    )
    moves = [
        move(text, "fell 0.4%", "INDEX:CSI300", "down"),
        move(text, "lost 0.3%", "INDEX:HSI", "down"),
        move(text, "dropped 0.6%", "INDEX:HSCEI", "down"),
        move(text, "slipped 0.2%", "INDEX:N225", "down"),
    ]
    assert list(causes(text, moves)) == ["INDEX:CSI300"]


def test_members_after_another_stock_reason_still_reach_the_market_reason():
    text = (
        "Japan's Nikkei share average ended higher on Monday, as chip-related stocks tracked "
        "gains in their U.S. peers. The Nikkei rose 0.9%.\n\n"
        "SoftBank Group jumped 7.4% following a report that it plans to invest more in OpenAI. "
        "Chip equipment maker Tokyo Electron gained 3.5%."
    )
    moves = [
        move(text, "rose 0.9%", "INDEX:N225"),
        move(text, "jumped 7.4%", "XTKS:9984"),
        move(text, "gained 3.5%", "XTKS:8035"),
    ]
    found = causes(text, moves)
    assert "OpenAI" in found["XTKS:9984"]
    assert "U.S. peers" in found["XTKS:8035"] and "OpenAI" not in found["XTKS:8035"]


def test_why_an_index_rose_is_not_why_a_stock_did():
    text = (
        "Germany's DAX index rose to a record high, lifted by Siemens Energy.\n\n"
        "Volkswagen gained 1.2%."
    )
    mentions = [mention(text, "DAX", "INDEX:DAX", "index")]
    assert causes(text, [move(text, "gained 1.2%", "XETR:VOW3")], mentions) == {}


def test_a_quoted_view_ends_the_thread_a_market_reason_is_handed_along():
    text = (
        "U.S. stocks closed sharply lower on Tuesday on worries that AI spending will take "
        "longer to pay off. The S&P 500 lost 2.3%.\n\n"
        '"Investors want to see returns," said Chris Larkin, managing director at E*Trade.\n\n'
        "Apple fell 2.1%."
    )
    moves = [
        move(text, "lost 2.3%", "INDEX:SPX", "down"),
        move(text, "fell 2.1%", "XNAS:AAPL", "down"),
    ]
    assert list(causes(text, moves)) == ["INDEX:SPX"]


def test_a_figure_of_the_same_company_inside_its_cause_does_not_stop_it():
    text = (
        "Bajaj Finance jumped 4.5%, its best day in three months, after the lender reported a "
        "20% rise in assets under management."
    )
    moves = [
        move(text, "jumped 4.5%", "XNSE:BAJFINANCE"),
        move(text, "20% rise", "XNSE:BAJFINANCE"),
    ]
    found = causes(text, moves)
    assert "assets under management" in found["XNSE:BAJFINANCE"]
