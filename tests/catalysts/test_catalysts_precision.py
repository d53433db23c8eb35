"""Catalysts must not be handed to moves they do not explain.

Each passage is in the style of a Reuters, Bloomberg, Nikkei, Economic Times or SCMP market
report. Moves are built by hand so the tables test this stage alone: who gets a catalyst, who
gets none, and what the cause says. Three mistakes are guarded against: a market-wide cause
given to a move going the other way or to a stock outside the sector it names; an effect
clause ("The slump dragged the FTSE MIB lower and") given as a cause to moves told later; and
a cause that runs over several sentences.
"""

from __future__ import annotations

import pytest

from tickerwire.catalysts.find import MAX_CAUSE, _direction, find_catalysts
from tickerwire.catalysts.sentences import sentence_index, split_sentences
from tickerwire.model import Mention, Move, Span


def move(text: str, words: str, subject: str, direction: str, subject_words: str = "") -> Move:
    start = text.index(words)
    subject_span = None
    if subject_words:
        s = text.index(subject_words)
        subject_span = Span(s, s + len(subject_words))
    return Move(
        subject, direction, 1.0, "%", Span(start, start + len(words)), subject_span=subject_span
    )


def mention(text: str, words: str, entity_id: str, kind: str = "security") -> Mention:
    start = text.index(words)
    return Mention(Span(start, start + len(words)), entity_id, kind, "alias")  # type: ignore[arg-type]


def causes(text: str, moves: list[Move], mentions: list[Mention] | None = None) -> dict[str, str]:
    found = find_catalysts(text, 0, moves, mentions or ())
    sentences = split_sentences(text, 0)
    for c in found:
        assert text[c.evidence.start : c.evidence.end] == c.cause
        assert len(c.cause) <= MAX_CAUSE
        # one clause or noun phrase: never across a sentence boundary
        assert sentence_index(sentences, c.evidence.start) == sentence_index(
            sentences, c.evidence.end - 1
        )
    return {c.subject: c.cause for c in found}


# 1. A market-wide or sector cause goes only to moves the same way, and a sector's reason
# only to stocks the text ties to that sector (a descriptor, or a clause coordinated with one).
# Rows: text, moves as (words, subject, direction, subject words), subjects that must get a
# cause containing the keyword, subjects that must get nothing.
SECTOR_AND_DIRECTION = [
    (
        "Hong Kong shares pared early gains on Tuesday as property developers slumped on weak "
        "March home sales data. The Hang Seng Index rose 0.4% to 20,500.12, while the Hang Seng "
        "Tech Index gained 0.9%.\n\n"
        "Developer Longfor Group was the biggest loser, down 6.3%, while China Resources Land "
        "lost 4.1%.\n\n"
        "Internet giant Tencent rose 1.8%.",
        [
            ("rose 0.4%", "INDEX:HSI", "up"),
            ("gained 0.9%", "INDEX:HSTECH", "up"),
            ("down 6.3%", "XHKG:00960", "down"),
            ("lost 4.1%", "XHKG:01109", "down"),
            ("rose 1.8%", "XHKG:00700", "up"),
        ],
        ["XHKG:00960", "XHKG:01109"],
        "home sales",
        ["INDEX:HSI", "INDEX:HSTECH", "XHKG:00700"],
    ),
    (
        "Hong Kong stocks fell on Tuesday as property developers slumped on weak March home "
        "sales data. The Hang Seng Index lost 1.1%.\n\n"
        "Developer Longfor Group was the biggest loser, down 6.3%, while China Resources Land "
        "lost 4.1%. Tencent fell 0.5%.",
        [
            ("lost 1.1%", "INDEX:HSI", "down"),
            ("down 6.3%", "XHKG:00960", "down"),
            ("lost 4.1%", "XHKG:01109", "down"),
            ("fell 0.5%", "XHKG:00700", "down"),
        ],
        ["INDEX:HSI", "XHKG:00960", "XHKG:01109"],
        "home sales",
        ["XHKG:00700"],
    ),
    (
        "Indian shares fell on Tuesday, as IT stocks slumped after Accenture cut its annual "
        "revenue forecast. The Nifty 50 index fell 0.8%, while the BSE Sensex lost 0.7%. "
        "Infosys, the second-largest IT services company, dropped 3.4% and Wipro fell 2.9%. "
        "Reliance Industries fell 1.2%.",
        [
            ("fell 0.8%", "INDEX:NIFTY50", "down"),
            ("lost 0.7%", "INDEX:SENSEX", "down"),
            ("dropped 3.4%", "XNSE:INFY", "down"),
            ("fell 2.9%", "XNSE:WIPRO", "down"),
            ("fell 1.2%", "XNSE:RELIANCE", "down"),
        ],
        ["INDEX:NIFTY50", "INDEX:SENSEX", "XNSE:INFY", "XNSE:WIPRO"],
        "Accenture",
        ["XNSE:RELIANCE"],
    ),
    (
        "Wall Street's main indexes fell on Monday as technology stocks slid after fresh tariff "
        "threats. The Nasdaq Composite dropped 2.6%. Chipmaker Nvidia fell 8.7% and Broadcom "
        "lost 6.2%. Exxon Mobil rose 1.1%. JPMorgan Chase fell 1.4%.",
        [
            ("dropped 2.6%", "INDEX:IXIC", "down"),
            ("fell 8.7%", "XNAS:NVDA", "down"),
            ("lost 6.2%", "XNAS:AVGO", "down"),
            ("rose 1.1%", "XNYS:XOM", "up"),
            ("fell 1.4%", "XNYS:JPM", "down"),
        ],
        ["INDEX:IXIC", "XNAS:NVDA", "XNAS:AVGO"],
        "tariff",
        ["XNYS:XOM", "XNYS:JPM"],
    ),
    (
        "Japan's Nikkei share average pared early losses on Monday as exporters rallied on a "
        "weaker yen. The Nikkei ended down 0.2%, while the broader Topix added 0.1%. Fast "
        "Retailing fell 1.8%.",
        [
            ("down 0.2%", "INDEX:N225", "down"),
            ("added 0.1%", "INDEX:TOPIX", "up"),
            ("fell 1.8%", "XTKS:9983", "down"),
        ],
        ["INDEX:TOPIX"],
        "weaker yen",
        ["INDEX:N225", "XTKS:9983"],
    ),
    (
        "South Korean shares edged higher on Thursday as battery makers rebounded on hopes of "
        "stronger electric vehicle demand in Europe. The KOSPI rose 0.3%. LG Energy Solution, "
        "the country's biggest battery maker, jumped 5.2%, while Samsung SDI climbed 4.4%. "
        "Naver slipped 0.9%. Hyundai Motor rose 0.6%.",
        [
            ("rose 0.3%", "INDEX:KOSPI", "up"),
            ("jumped 5.2%", "XKRX:373220", "up"),
            ("climbed 4.4%", "XKRX:006400", "up"),
            ("slipped 0.9%", "XKRX:035420", "down"),
            ("rose 0.6%", "XKRX:005380", "up"),
        ],
        ["INDEX:KOSPI", "XKRX:373220", "XKRX:006400"],
        "electric vehicle demand",
        ["XKRX:035420", "XKRX:005380"],
    ),
]


@pytest.mark.parametrize(("text", "rows", "given", "keyword", "none"), SECTOR_AND_DIRECTION)
def test_a_market_or_sector_cause_goes_only_to_moves_it_explains(
    text: str, rows: list, given: list[str], keyword: str, none: list[str]
) -> None:
    moves = [move(text, words, subject, direction) for words, subject, direction in rows]
    found = causes(text, moves)
    for subject in given:
        assert keyword in found.get(subject, ""), (subject, found)
    for subject in none:
        assert subject not in found, (subject, found)


# 2. An effect sentence that points back ("The slump dragged ... and weighed on ...") is not
# itself a cause; its anaphor is resolved to the move it names, and moves told in later
# sentences without any causal link get nothing.
def test_an_effect_clause_is_never_a_cause_and_later_moves_get_nothing() -> None:
    text = (
        "Stellantis fell 12.5% on Tuesday after it cut its full-year margin forecast, citing "
        "weak demand in North America. The slump dragged Milan's FTSE MIB index 1.2% lower and "
        "weighed on Europe's auto sector, which fell 3.7%. Renault dropped 4.1%, and Volkswagen "
        "lost 2.6% in Frankfurt. The pan-European STOXX 600 ended down 0.6%."
    )
    moves = [
        move(text, "fell 12.5%", "XMIL:STLAM", "down"),
        move(text, "fell 3.7%", "GROUP:Europe's auto sector", "down"),
        move(text, "dropped 4.1%", "XPAR:RNO", "down"),
        move(text, "lost 2.6%", "XETR:VOW3", "down"),
        move(text, "down 0.6%", "INDEX:STOXX600", "down"),
    ]
    mentions = [
        mention(text, "Stellantis", "XMIL:STLAM"),
        mention(text, "FTSE MIB", "INDEX:FTSEMIB", "index"),
        mention(text, "Renault", "XPAR:RNO"),
        mention(text, "Volkswagen", "XETR:VOW3"),
        mention(text, "STOXX 600", "INDEX:STOXX600", "index"),
    ]
    found = causes(text, moves, mentions)
    assert "margin forecast" in found["XMIL:STLAM"]
    assert "margin forecast" in found["GROUP:Europe's auto sector"]
    assert "dragged" not in found["GROUP:Europe's auto sector"]
    for subject in ("XPAR:RNO", "XETR:VOW3", "INDEX:STOXX600"):
        assert subject not in found, found


EFFECT_THEN_MEMBER = [
    # the effect names a sector, and a later stock is tied to it by its descriptor
    (
        "Sony Group tumbled 9.8% in Tokyo after it cut its annual profit forecast. The selloff "
        "weighed on electronics makers. Panasonic, another electronics maker, fell 2.1%.",
        [("tumbled 9.8%", "XTKS:6758", "down"), ("fell 2.1%", "XTKS:6752", "down")],
        "XTKS:6752",
        True,
    ),
    # the same without a tie: nothing
    (
        "Sony Group tumbled 9.8% in Tokyo after it cut its annual profit forecast. The selloff "
        "weighed on electronics makers. Nintendo fell 2.1%.",
        [("tumbled 9.8%", "XTKS:6758", "down"), ("fell 2.1%", "XTKS:7974", "down")],
        "XTKS:7974",
        False,
    ),
]


@pytest.mark.parametrize(("text", "rows", "subject", "gets"), EFFECT_THEN_MEMBER)
def test_an_effect_on_a_sector_reaches_only_its_named_members(
    text: str, rows: list, subject: str, gets: bool
) -> None:
    moves = [move(text, words, s, direction) for words, s, direction in rows]
    found = causes(text, moves)
    if gets:
        assert "profit forecast" in found[subject], found
        assert "selloff" not in found[subject]
    else:
        assert subject not in found, found


# 3. A cause is one sentence at most, and an index told in a later sentence without a cue
# does not inherit the cause of the index before it.
def test_a_stock_dragging_an_index_gives_one_sentence_and_no_later_index() -> None:
    text = (
        "Shares of Contemporary Amperex Technology fell sharply on Tuesday after the battery "
        "maker reported a drop in quarterly profit. The stock closed down 4.9% at 215.30 yuan, "
        "dragging the ChiNext index 1.7% lower. The Shenzhen Component Index fell 0.9%."
    )
    moves = [
        move(text, "down 4.9%", "XSHE:300750", "down", "The stock"),
        move(text, "1.7% lower", "INDEX:CHINEXT", "down"),
        move(text, "fell 0.9%", "INDEX:SZCOMP", "down"),
    ]
    found = causes(text, moves, [mention(text, "Contemporary Amperex", "XSHE:300750")])
    assert found["INDEX:CHINEXT"].startswith("Shares of Contemporary Amperex Technology")
    assert "The stock closed" not in found["INDEX:CHINEXT"]
    assert "INDEX:SZCOMP" not in found


def test_an_index_does_not_hand_its_own_reason_to_the_next_index() -> None:
    text = (
        "Shares of Kweichow Moutai slumped on Tuesday, dragging the CSI 300 index 1.1% lower. "
        "The Shanghai Composite Index fell 0.7%."
    )
    moves = [
        move(text, "1.1% lower", "INDEX:CSI300", "down"),
        move(text, "fell 0.7%", "INDEX:SSEC", "down"),
    ]
    found = causes(text, moves, [mention(text, "Kweichow Moutai", "XSHG:600519")])
    assert found["INDEX:CSI300"] == "Shares of Kweichow Moutai slumped on Tuesday"
    assert "INDEX:SSEC" not in found


def test_a_long_cause_is_cut_at_a_clause_boundary() -> None:
    text = (
        "HDFC Bank rose 2.3% after the lender reported a 33% jump in quarterly net profit, "
        "with lower provisions for bad loans, a one-time gain from the sale of a stake in "
        "its credit bureau unit, higher fee income from its retail banking franchise across "
        "smaller towns, and a steady rise in deposits that analysts had not expected."
    )
    found = causes(text, [move(text, "rose 2.3%", "XNSE:HDFCBANK", "up")])
    cause = found["XNSE:HDFCBANK"]
    assert cause.startswith("the lender reported a 33% jump in quarterly net profit")
    assert len(cause) <= MAX_CAUSE
    assert not cause.endswith((",", " and"))


@pytest.mark.parametrize(
    ("clause", "direction"),
    [
        ("Hong Kong shares pared early gains on Tuesday", "down"),
        ("Japan's Nikkei share average pared early losses", "up"),
        ("European shares trimmed losses in afternoon trade", "up"),
        ("The Sensex gave up its gains", "down"),
        ("Asian stocks rose on Monday", "up"),
        ("The Kospi fell", "down"),
    ],
)
def test_a_turned_move_reads_the_way_it_turned(clause: str, direction: str) -> None:
    assert _direction(clause, 0, len(clause)) == direction


def test_a_market_turned_to_with_a_leading_place_keeps_its_own_story() -> None:
    text = (
        "China stocks jumped on Tuesday after the central bank unveiled its biggest stimulus "
        "package since the pandemic. The Shanghai Composite index rose 4.2%, while the "
        "blue-chip CSI300 index gained 4.3%.\n\n"
        "In Hong Kong, the Hang Seng index climbed 4.1%. Tencent rose 3.1%."
    )
    moves = [
        move(text, "rose 4.2%", "INDEX:SSEC", "up"),
        move(text, "gained 4.3%", "INDEX:CSI300", "up"),
        move(text, "climbed 4.1%", "INDEX:HSI", "up"),
        move(text, "rose 3.1%", "XHKG:00700", "up"),
    ]
    found = causes(text, moves)
    assert "stimulus package" in found["INDEX:SSEC"]
    assert "stimulus package" in found["INDEX:CSI300"]
    assert "INDEX:HSI" not in found and "XHKG:00700" not in found, found


def test_a_sparked_selloff_reaches_the_named_sector_members_only() -> None:
    text = (
        "NEW YORK, Jan 27 (Reuters) - DeepSeek's low-cost AI model sparked a selloff in global "
        "technology stocks on Monday. Nvidia plunged 17%, while chipmaker Broadcom fell 17.4%. "
        "The Dow Jones Transportation Average fell 0.4%."
    )
    moves = [
        move(text, "plunged 17%", "XNAS:NVDA", "down"),
        move(text, "fell 17.4%", "XNAS:AVGO", "down"),
        move(text, "fell 0.4%", "INDEX:DJT", "down"),
    ]
    found = causes(text, moves, [mention(text, "DeepSeek", "ORG:DeepSeek", "organization")])
    # the dateline is not part of the cause
    assert found["XNAS:NVDA"] == "DeepSeek's low-cost AI model"
    assert found["XNAS:AVGO"] == "DeepSeek's low-cost AI model"
    assert "INDEX:DJT" not in found
