"""The stance of market views in wording that general lexicons misread.

Disappointed hopes, risk being repriced, demand that "remains soft", a level that "had fallen
below" a floor, rating and target changes: each row is a realistic attributed view, the
speaker or institution, and the stance a market reader gives it.
"""

from __future__ import annotations

import pytest

from tickerwire.quotes.find import find_quotes
from tickerwire.sentiment.polarity import polarity

# (text, speaker surname or None, organization, stance)
STANCE = [
    (
        '"Investors had hoped for a stronger recovery in domestic consumption," said Rick Hsu, '
        "an analyst at Daiwa Securities.",
        "Hsu",
        "Daiwa Securities",
        "negative",
    ),
    (
        '"The market is repricing growth risk very quickly," said Jane Foster, chief investment '
        "strategist at Wells Fargo Investment Institute.",
        "Foster",
        "Wells Fargo Investment Institute",
        "negative",
    ),
    (
        "Goldman Sachs said in a note that baijiu prices had fallen below 2,000 yuan a bottle, "
        "the lowest level in more than four years.",
        None,
        "Goldman Sachs",
        "negative",
    ),
    (
        '"Demand for consumer staples remains soft," said V K Vijayakumar, chief investment '
        "strategist at Geojit Financial Services.",
        "Vijayakumar",
        "Geojit Financial Services",
        "negative",
    ),
    (
        '"Investors had been hoping for clearer signs that AI investment is paying off," said '
        "Chris Larkin, managing director at Morgan Stanley.",
        "Larkin",
        "Morgan Stanley",
        "negative",
    ),
    (
        "Citi analysts cut their target price on Longfor to HK$9.5, citing weaker contracted sales.",
        None,
        "Citi",
        "negative",
    ),
    (
        "\"We see Samsung's HBM business bottoming out, and we raise our target price to 95,000 "
        'won," Kim Dong-won, an analyst at KB Securities, wrote in a report.',
        "Dong-won",
        "KB Securities",
        "positive",
    ),
    (
        "Jefferies downgraded Kering to hold from buy, citing weak Chinese demand.",
        None,
        "Jefferies",
        "negative",
    ),
    (
        "Morgan Stanley upgraded Infosys to overweight from equal-weight, saying the worst of the "
        "slowdown in client spending was over.",
        None,
        "Morgan Stanley",
        "positive",
    ),
    (
        '"We think the worst is behind us for Chinese equities, and valuations look attractive," '
        "said Marcella Chow, global market strategist at J.P. Morgan Asset Management.",
        "Chow",
        "J.P. Morgan Asset Management",
        "positive",
    ),
    (
        '"The measures are clearly supportive for the market, and we think the bottom is in," '
        "said Zhang Gang, a senior strategist at Central China Securities.",
        "Gang",
        "Central China Securities",
        "positive",
    ),
    (
        '"The guidance cut was a negative surprise and we see limited upside from here," said '
        "Abhishek Pathak, an analyst at Nuvama Institutional Equities.",
        "Pathak",
        "Nuvama Institutional Equities",
        "negative",
    ),
    (
        '"Infosys is well placed to benefit once discretionary spending returns," Motilal Oswal '
        "said in a note.",
        None,
        "Motilal Oswal",
        "positive",
    ),
    (
        '"The luxury sector is facing clear headwinds from weak Chinese demand," said Luca '
        "Solca, an analyst at Bernstein.",
        "Solca",
        "Bernstein",
        "negative",
    ),
    (
        # words that weigh even, told as a warning
        '"The rally is fragile," warned Emma Lee, a strategist at Saxo Markets.',
        "Lee",
        "Saxo Markets",
        "negative",
    ),
    (
        '"Concerns about overvaluation in chip stocks have eased," said Kim Min-su, an analyst '
        "at Daishin Securities.",
        "Min-su",
        "Daishin Securities",
        "positive",
    ),
]


@pytest.mark.parametrize(("text", "surname", "organization", "stance"), STANCE)
def test_view_stance(text, surname, organization, stance):
    quotes = [q for q in find_quotes(text, 0) if not q.unnamed]
    assert len(quotes) == 1, quotes
    quote = quotes[0]
    if surname:
        assert quote.speaker and quote.speaker.split()[-1] == surname
    assert quote.organization == organization
    assert quote.stance == stance, quote.stance_cues
    assert quote.stance_cues


def test_a_quote_continued_in_the_next_quoted_sentence_keeps_its_stance():
    text = (
        '"The rally lacks conviction," said Hebe Chen, an analyst at IG Markets in Melbourne. '
        '"Without stronger fiscal support, gains could fade quickly."'
    )
    quotes = find_quotes(text, 0)
    assert [(q.speaker, q.stance) for q in quotes] == [("Hebe Chen", "negative")]
    assert quotes[0].evidence.end == len(text)


def test_an_official_acting_is_not_a_view():
    text = (
        "Toyota Motor shares fell 4.2%, their worst day in a year, after U.S. President "
        "Donald Trump announced 25% tariffs on imported cars."
    )
    assert find_quotes(text, 0) == ()


def test_a_titled_regional_economist_keeps_the_bank():
    text = "Nomura's chief China economist Ting Lu warned that the property downturn was far from over."
    quotes = find_quotes(text, 0)
    assert [(q.speaker, q.organization, q.stance) for q in quotes] == [
        ("Ting Lu", "Nomura", "negative")
    ]


# Comparisons with what was expected: the comparative decides, not "had expected".
EXPECTED = [
    ("Quarterly profit was better than analysts had expected.", 1),
    ("Orders came in stronger than had been anticipated.", 1),
    ("Sales grew at a slower pace than analysts had expected.", -1),
    ("Investors had expected a bigger stimulus package from Beijing.", -1),
    ("The central bank cut rates, as economists had expected.", 0),
]


@pytest.mark.parametrize(("sentence", "sign"), EXPECTED)
def test_expectations_are_read_by_their_comparison(sentence, sign):
    score, _ = polarity(sentence)
    if sign == 0:
        assert abs(score) <= 1
    else:
        assert score * sign > 0


# Attribution shapes without a comma-set title.
SHAPES = [
    (
        "Kazuo Kamitani of Nomura Securities said the rally could extend as foreign investors "
        "return.",
        "Kazuo Kamitani",
        "Nomura Securities",
    ),
    (
        "Naka Matsuzawa, who heads macro strategy at Nomura, said he expected the Bank of Japan "
        "to hike rates in January.",
        "Naka Matsuzawa",
        "Nomura",
    ),
    (
        "Hong Kong-based Haitong International cut its rating on Sony to neutral.",
        None,
        "Haitong International",
    ),
    (
        "According to Rajesh Palviya, head of technical research at Axis Securities, the index "
        "could test 24,000.",
        "Rajesh Palviya",
        "Axis Securities",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "organization"), SHAPES)
def test_attribution_shapes(text, speaker, organization):
    quotes = [q for q in find_quotes(text, 0) if not q.unnamed]
    assert [(q.speaker, q.organization) for q in quotes] == [(speaker, organization)]


def test_a_past_rally_given_as_context_does_not_soften_the_view():
    text = (
        "In a note, Jefferies analysts said they saw limited upside for Japanese banks after the "
        "recent rally."
    )
    quotes = find_quotes(text, 0)
    assert [(q.organization, q.stance) for q in quotes] == [("Jefferies", "negative")]


def test_according_to_a_research_house_is_its_view_but_its_data_is_not():
    view = (
        "According to Morgan Stanley, Chinese stocks remain under-owned by global funds, which "
        "could fuel a rally."
    )
    assert [(q.organization, q.stance) for q in find_quotes(view, 0)] == [
        ("Morgan Stanley", "positive")
    ]
    data = "Foreign funds sold $2 billion of Korean shares last week, according to Citi data."
    assert find_quotes(data, 0) == ()


# Views that take no side stay neutral.
NEUTRAL = [
    "We maintain our neutral rating on Tencent, said Jane Lee, an analyst at Citi.",
    '"It\'s too early to say whether the rally will last," said Ken Wong, an Asian equity '
    "portfolio specialist at Eastspring Investments.",
    '"Investors are waiting for more details on the stimulus before committing," said Ken '
    "Wong, a portfolio specialist at Eastspring Investments.",
    '"We remain neutral on Chinese equities," said Ken Wong, a portfolio specialist at '
    "Eastspring Investments.",
]


@pytest.mark.parametrize("text", NEUTRAL)
def test_views_that_take_no_side(text):
    quotes = find_quotes(text, 0)
    assert len(quotes) == 1
    assert quotes[0].stance == "neutral", quotes[0].stance_cues


def test_said_name_of_firm_after_a_quotation_splits_person_and_firm():
    text = '"Valuations look stretched after the rally," said Kazuo Kamitani of Nomura Securities.'
    quotes = find_quotes(text, 0)
    assert [(q.speaker, q.organization, q.stance) for q in quotes] == [
        ("Kazuo Kamitani", "Nomura Securities", "negative")
    ]


def test_a_research_house_saying_what_could_happen_is_a_view():
    text = "CLSA said margins could improve further as input costs ease."
    assert [(q.organization, q.stance) for q in find_quotes(text, 0)] == [("CLSA", "positive")]
