"""Catalysts: one table per construction, each row a news sentence and the cause expected.

Moves are built by hand here (subject, direction and the span of the move words) so the
table tests the catalyst stage alone, whatever the moves stage does.
"""

from __future__ import annotations

import pytest

from tickerwire.catalysts import build_step
from tickerwire.catalysts.find import find_catalysts
from tickerwire.model import Article, ArticleRecord, Entity, Mention, Move, Span


def move(text: str, words: str, subject: str, direction: str = "up", nth: int = 0) -> Move:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Move(subject, direction, 1.0, "%", Span(start, start + len(words)))


def mention(text: str, words: str, entity_id: str, kind: str = "organization") -> Mention:
    start = text.index(words)
    return Mention(Span(start, start + len(words)), entity_id, kind, "alias")  # type: ignore[arg-type]


# (sentence, move words, subject, direction, expected cue, words the cause must contain)
SAME_SENTENCE = [
    (
        "Shares of Infosys fell 4.2% after the IT services company cut its annual revenue growth forecast.",
        "fell 4.2%",
        "XNSE:INFY",
        "down",
        "after",
        "revenue growth forecast",
    ),
    (
        "Toyota Motor shares rose 3.1% on Tuesday on hopes that a weaker yen will lift exporters' earnings.",
        "rose 3.1%",
        "XTKS:7203",
        "up",
        "on hopes that",
        "weaker yen",
    ),
    (
        "Alibaba's stock jumped 43% in the past month, fuelled by reports that the company is working with Apple to bring AI features to China.",
        "jumped 43%",
        "XHKG:09988",
        "up",
        "fuelled by reports that",
        "Apple",
    ),
    (
        "Samsung Electronics shares slid 2.5%, weighed down by worries over weak memory chip prices.",
        "slid 2.5%",
        "XKRX:005930",
        "down",
        "weighed down by",
        "memory chip prices",
    ),
    (
        "The Hang Seng Index climbed 1.8% to 20,450 points, driven by a rally in property developers after Beijing unveiled fresh stimulus.",
        "climbed 1.8%",
        "INDEX:HSI",
        "up",
        "driven by",
        "stimulus",
    ),
    (
        "Nvidia shares tumbled 17% on Monday amid concerns that cheaper Chinese AI models could erode demand for its chips.",
        "tumbled 17%",
        "XNAS:NVDA",
        "down",
        "amid",
        "Chinese AI models",
    ),
    (
        "BP shares gained 2% in London trading thanks to a rebound in oil prices.",
        "gained 2%",
        "XLON:BP",
        "up",
        "thanks to",
        "oil prices",
    ),
    (
        "Shares of Siemens Energy surged 9% in Frankfurt, benefiting from strong demand for grid equipment.",
        "surged 9%",
        "XETR:ENR",
        "up",
        "benefiting from",
        "grid equipment",
    ),
    (
        "The Kospi fell 1.5% because foreign investors dumped chip stocks for a fifth straight session.",
        "fell 1.5%",
        "INDEX:KOSPI",
        "down",
        "because",
        "foreign investors",
    ),
    (
        "SMIC's Hong Kong-listed shares jumped 5% to HK$46.95, propelled by the success of China's AI sector, notably the advances by startup DeepSeek.",
        "jumped 5%",
        "XHKG:00981",
        "up",
        "propelled by",
        "DeepSeek",
    ),
    (
        "Xiaomi surged 34%, benefiting from strong consumer demand and AI integration in its devices.",
        "surged 34%",
        "XHKG:01810",
        "up",
        "benefiting from",
        "consumer demand",
    ),
    (
        "HDFC Bank shares rose 2.3% on strong quarterly earnings, while ICICI Bank slipped 0.4%.",
        "rose 2.3%",
        "XNSE:HDFCBANK",
        "up",
        "on",
        "quarterly earnings",
    ),
    (
        "Sony Group rose 6.4%, its biggest gain in a year, as investors cheered a plan to spin off its financial unit.",
        "rose 6.4%",
        "XTKS:6758",
        "up",
        "as investors",
        "spin off its financial unit",
    ),
    (
        "The Nikkei share average slid 2.1% following a sharp overnight sell-off in U.S. technology shares.",
        "slid 2.1%",
        "INDEX:N225",
        "down",
        "following",
        "U.S. technology shares",
    ),
]


@pytest.mark.parametrize(("text", "words", "subject", "direction", "cue", "keyword"), SAME_SENTENCE)
def test_cause_in_the_move_sentence(text, words, subject, direction, cue, keyword):
    found = find_catalysts(text, 0, [move(text, words, subject, direction)])
    assert len(found) == 1
    catalyst = found[0]
    assert catalyst.subject == subject
    assert catalyst.cue == cue
    assert keyword in catalyst.cause
    assert text[catalyst.evidence.start : catalyst.evidence.end] == catalyst.cause
    assert catalyst.move_index == 0


# A cause given before a causal verb: "X has sparked a 25% surge in Y".
BACKWARD = [
    (
        "DeepSeek's AI breakthrough has sparked a 25% surge in Chinese tech stocks, boosting investor confidence.",
        "a 25% surge in Chinese tech stocks",
        "GROUP:Chinese tech stocks",
        "up",
        "sparked",
        "DeepSeek's AI breakthrough",
    ),
    (
        "The Bank of Japan's surprise rate hike sent the Nikkei 225 down 3.2% on Wednesday.",
        "down 3.2%",
        "INDEX:N225",
        "down",
        "sent",
        "The Bank of Japan's surprise rate hike",
    ),
    (
        "Meanwhile, a weaker-than-expected jobs report dragged the S&P 500 down 1.7%.",
        "down 1.7%",
        "INDEX:SPX",
        "down",
        "dragged",
        "a weaker-than-expected jobs report",
    ),
]


@pytest.mark.parametrize(("text", "words", "subject", "direction", "cue", "cause"), BACKWARD)
def test_cause_before_a_causal_verb(text, words, subject, direction, cue, cause):
    found = find_catalysts(text, 0, [move(text, words, subject, direction)])
    assert [(c.subject, c.cue, c.cause) for c in found] == [(subject, cue, cause)]


# The next sentence names the move and explains it.
NEXT_SENTENCE = [
    (
        "Hong Kong-listed SMIC stock jumped 5% to HK$46.95 as of 03:00 GMT, its highest level ever. The rally was part of a broader uptick in Chinese tech stocks, driven by investor optimism surrounding DeepSeek's recent achievements.",
        "jumped 5%",
        "XHKG:00981",
        "driven by",
        "DeepSeek",
    ),
    (
        "Chinese technology stocks have entered a bull market, with the Hang Seng Tech Index rising more than 25% in the past month. The surge follows a major artificial intelligence breakthrough by DeepSeek.",
        "rising more than 25%",
        "INDEX:HSTECH",
        "follows",
        "DeepSeek",
    ),
    (
        "Reliance Industries shares rose 3% in Mumbai. The gains came after the conglomerate announced plans to list its telecom unit next year.",
        "rose 3%",
        "XNSE:RELIANCE",
        "came after",
        "telecom unit",
    ),
    (
        "Shares of Baidu fell 6.3% in New York. The decline was attributed to weaker advertising revenue in the fourth quarter.",
        "fell 6.3%",
        "XNAS:BIDU",
        "was attributed to",
        "advertising revenue",
    ),
]


@pytest.mark.parametrize(("text", "words", "subject", "cue", "keyword"), NEXT_SENTENCE)
def test_cause_in_the_next_sentence(text, words, subject, cue, keyword):
    direction = "down" if "fell" in words else "up"
    found = find_catalysts(text, 0, [move(text, words, subject, direction)])
    assert len(found) == 1
    assert found[0].cue == cue
    assert keyword in found[0].cause


def test_explanation_skips_a_run_of_move_sentences_and_keeps_one_per_issuer():
    text = (
        "SMIC's Shanghai-listed shares climbed as much as 5.2% before settling around 2.7% higher. "
        "Its Hong Kong-listed shares also rose 3.7% on Monday. "
        "The surge in SMIC's stock price is attributed to the rapid advancement of AI in China."
    )
    moves = [
        move(text, "climbed as much as 5.2%", "XSHG:688981"),
        move(text, "2.7% higher", "XSHG:688981"),
        move(text, "rose 3.7%", "XHKG:00981"),
    ]
    smic = Entity("XSHG:688981", "security", "SMIC", other_listings=("XHKG:00981",))
    found = find_catalysts(text, 0, moves, (), (smic,))
    assert len(found) == 1
    assert found[0].cue == "is attributed to"
    assert "advancement of AI" in found[0].cause


# Moves whose sentence gives no reason and whose neighbours give none either.
NO_CAUSE = [
    ("Sony Group shares rose 2% on Friday.", "rose 2%", "XTKS:6758"),
    ("HSBC shares climbed 1.1% as of 03:00 GMT.", "climbed 1.1%", "XHKG:00005"),
    (
        "The Hang Seng Tech Index rose as much as 2.9% on Friday, reflecting a rise of more than 20% from its January low.",
        "rose as much as 2.9%",
        "INDEX:HSTECH",
    ),
    (
        "Tencent gained as much as 4% before paring gains to trade 1.2% higher.",
        "gained as much as 4%",
        "XHKG:00700",
    ),
    ("Infosys shares have risen 12% since January.", "risen 12%", "XNSE:INFY"),
    ("The S&P 500 rose 0.4% on the day, while the Nasdaq added 0.6%.", "rose 0.4%", "INDEX:SPX"),
]


@pytest.mark.parametrize(("text", "words", "subject"), NO_CAUSE)
def test_no_cause_is_invented(text, words, subject):
    assert find_catalysts(text, 0, [move(text, words, subject)]) == ()


def test_members_listed_right_after_a_basket_share_its_cause_but_distant_ones_do_not():
    text = (
        "Software companies also jumped on hopes that incorporating DeepSeek's AI model would fuel business growth. "
        "Enterprise software maker Kingdee jumped 14.5%. "
        "The company's chairman spoke at a conference in Shenzhen. "
        "Its annual meeting is scheduled for May. "
        "Analysts will watch the results closely. "
        "Yonyou Network rose 3%."
    )
    moves = [move(text, "jumped 14.5%", "XHKG:00268"), move(text, "rose 3%", "XSHG:600588")]
    found = find_catalysts(text, 0, moves)
    assert [(c.subject, c.cue) for c in found] == [("XHKG:00268", "on hopes that")]
    assert "DeepSeek" in found[0].cause


def test_a_security_specific_cause_is_not_handed_to_the_next_security():
    text = (
        "Baidu saw its stock rise by 13%, driven by AI-led innovations. "
        "The broader Hang Seng Index has also gained 15% over the past month."
    )
    moves = [move(text, "rise by 13%", "XNAS:BIDU"), move(text, "gained 15%", "INDEX:HSI")]
    found = find_catalysts(text, 0, moves, [mention(text, "Baidu", "XNAS:BIDU", "security")])
    assert [c.subject for c in found] == ["XNAS:BIDU"]


def test_a_basket_cause_stays_on_the_basket():
    text = "Chinese property stocks rallied 5% on reports that Beijing will ease home-buying curbs."
    found = find_catalysts(text, 0, [move(text, "rallied 5%", "GROUP:Chinese property stocks")])
    assert [c.subject for c in found] == ["GROUP:Chinese property stocks"]


def test_two_clauses_two_causes():
    text = "Siemens rallied 6% after a boom in quarterly orders, while Bayer slid 3% after a court ruling on glyphosate."
    moves = [move(text, "rallied 6%", "XETR:SIE"), move(text, "slid 3%", "XETR:BAYN", "down")]
    found = {c.subject: c.cause for c in find_catalysts(text, 0, moves)}
    assert "quarterly orders" in found["XETR:SIE"] and "glyphosate" not in found["XETR:SIE"]
    assert "glyphosate" in found["XETR:BAYN"]


def test_the_news_had_an_effect_points_back_to_the_event():
    text = (
        "In late January, DeepSeek stunned the AI industry by revealing that it had built an advanced model cheaply. "
        "The announcement challenged the belief that AI progress depends on costly hardware. "
        "The news had an immediate effect on global markets. "
        "US tech stocks saw sharp declines, with Nvidia experiencing a historic $589 billion market loss in a single day."
    )
    found = find_catalysts(
        text, 0, [move(text, "a historic $589 billion market loss", "XNAS:NVDA", "down")]
    )
    assert len(found) == 1
    assert "DeepSeek stunned the AI industry" in found[0].cause


def test_headline_cause_for_a_subject_the_headline_names():
    title = "SMIC stock hits record high on DeepSeek AI optimism"
    body = (
        "Hong Kong-listed SMIC stock jumped 5% to HK$46.95 as of 03:00 GMT, its highest level ever."
    )
    text = f"{title}\n\n{body}"
    mentions = [
        Mention(Span(0, 4), "XHKG:00981", "security", "alias"),
        Mention(
            Span(text.index("SMIC", len(title)), text.index("SMIC", len(title)) + 4),
            "XHKG:00981",
            "security",
            "alias",
        ),
        Mention(
            Span(text.index("DeepSeek"), text.index("DeepSeek") + 8),
            "ORG:DeepSeek",
            "organization",
            "alias",
        ),
    ]
    found = find_catalysts(text, len(title) + 2, [move(text, "jumped 5%", "XHKG:00981")], mentions)
    assert [(c.subject, c.cue, c.cause) for c in found] == [
        ("XHKG:00981", "on", "DeepSeek AI optimism")
    ]
    assert found[0].entities == ("ORG:DeepSeek",)


def test_step_fills_the_record_and_keeps_everything_else():
    text = "Shares of Infosys fell 4.2% after the IT services company cut its annual revenue growth forecast."
    article = Article("a1", "file:a1", "a1.txt", text, "txt")
    record = ArticleRecord(article, moves=(move(text, "fell 4.2%", "XNSE:INFY", "down"),))
    out = build_step()(record)
    assert out.moves == record.moves
    assert len(out.catalysts) == 1 and "forecast" in out.catalysts[0].cause
    assert build_step()(ArticleRecord(article)).catalysts == ()


def test_after_may_follow_a_parenthetical():
    text = "Shares of Infosys fell as much as 6.1%, their steepest drop in nearly a year, after the company cut its revenue forecast."
    found = find_catalysts(text, 0, [move(text, "fell as much as 6.1%", "XNSE:INFY", "down")])
    assert [(c.cue, c.cause) for c in found] == [("after", "the company cut its revenue forecast")]


def test_investors_cheered_explains_the_move_just_before():
    text = (
        "Tencent Holdings climbed 3.2%. Alibaba Group rose 5.3%. "
        "Investors cheered the central bank's decision to cut the reserve requirement ratio for banks."
    )
    moves = [move(text, "climbed 3.2%", "XHKG:00700"), move(text, "rose 5.3%", "XHKG:09988")]
    found = find_catalysts(text, 0, moves)
    assert [(c.subject, c.cue) for c in found] == [("XHKG:09988", "investors cheered")]
    assert "reserve requirement ratio" in found[0].cause


def test_an_explanation_covers_only_the_paragraph_just_before_it():
    text = (
        "Tencent gained 2%.\n\n"
        "Meituan rose 4%. Meituan extended gains to 5%.\n\n"
        "The rally was driven by hopes of new consumption subsidies."
    )
    moves = [
        move(text, "gained 2%", "XHKG:00700"),
        move(text, "rose 4%", "XHKG:03690"),
        move(text, "gains to 5%", "XHKG:03690"),
    ]
    found = find_catalysts(text, 0, moves)
    assert [(c.subject, c.move_index) for c in found] == [("XHKG:03690", 1)]


def test_an_anaphoric_cause_reads_the_sentence_it_points_to():
    text = (
        "Hyundai Motor said on Tuesday it would invest $21 billion in U.S. factories to avoid tariffs. "
        "Following the announcement, its shares jumped 7.1% in Seoul."
    )
    found = find_catalysts(text, 0, [move(text, "jumped 7.1%", "XKRX:005380")])
    assert len(found) == 1
    assert found[0].cue == "following"
    assert "invest $21 billion" in found[0].cause


def test_a_cue_opening_the_sentence_gives_the_cause_up_to_the_comma():
    text = "Buoyed by a surge in orders for AI servers, Foxconn shares rose 4.3% in Taipei."
    found = find_catalysts(text, 0, [move(text, "rose 4.3%", "XTAI:2317")])
    assert [(c.cue, c.cause) for c in found] == [("buoyed by", "a surge in orders for AI servers")]


def test_headline_cause_for_a_basket_named_in_the_headline():
    title = "Chinese tech stocks surge as DeepSeek's AI breakthrough boosts investor confidence"
    body = (
        "Chinese technology stocks have entered a bull market, with tech shares up 25% in a month."
    )
    text = f"{title}\n\n{body}"
    found = find_catalysts(
        text, len(title) + 2, [move(text, "up 25%", "GROUP:Chinese tech stocks")]
    )
    assert [(c.subject, c.cue) for c in found] == [("GROUP:Chinese tech stocks", "as")]
    assert "DeepSeek" in found[0].cause


def test_a_stock_that_tracked_something_in_a_relative_clause():
    text = (
        "Chevron, which tracked crude prices higher, rose 1.4%. The index rose 0.3%, helped by "
        "BP, which tracked oil prices higher, rising 2.1%. Exxon Mobil, which reported results "
        "on Friday, fell 2%."
    )
    moves = [
        move(text, "rose 1.4%", "XNYS:CVX"),
        move(text, "rose 0.3%", "INDEX:FTSE100"),
        move(text, "rising 2.1%", "XLON:BP"),
        move(text, "fell 2%", "XNYS:XOM"),
    ]
    found = find_catalysts(text, 0, moves)
    assert [(c.subject, c.cue, c.cause) for c in found] == [
        ("XNYS:CVX", "tracked", "crude prices higher"),
        ("XLON:BP", "tracked", "oil prices higher"),
    ]


def test_a_cause_in_an_aside_between_subject_and_verb():
    text = "Adani Enterprises, buoyed by a fresh $2 billion funding deal, rose 6.2% in Mumbai."
    found = find_catalysts(text, 0, [move(text, "rose 6.2%", "XNSE:ADANIENT")])
    assert [(c.cue, c.cause) for c in found] == [("buoyed by", "a fresh $2 billion funding deal")]
