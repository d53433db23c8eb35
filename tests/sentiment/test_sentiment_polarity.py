"""The finance lexicon reads market news the way a market reader does."""

from __future__ import annotations

import pytest

from tickerwire.sentiment.polarity import polarity

# (sentence, sign of the expected score)
TABLE = [
    ("A fall in costs helped the refiner's margins.", 1),
    ("Operating expenses fell 8% from a year earlier.", 1),
    ("The carmaker narrowed its quarterly loss.", 1),
    ("Quarterly profit beat analysts' estimates.", 1),
    ("Revenue missed market expectations for a third quarter.", -1),
    ("The company cut its full-year guidance, citing weak demand in China.", -1),
    ("Tata Motors raised its annual outlook after strong Jaguar Land Rover sales.", 1),
    ("Nomura upgraded the stock to buy.", 1),
    ("Jefferies downgraded the lender to underperform.", -1),
    ("Daiwa analyst Rick Hsu expressed some caution.", -1),
    ("It could be a rerating catalyst for Chinese equities this year.", 1),
    ("SMIC is well-positioned to capitalize on this localization trend.", 1),
    ("Investors may have underestimated the AI potential of China's internet giants.", 1),
    ("Nvidia experienced a historic $589 billion market loss in a single day.", -1),
    ("Shares slumped after the regulator opened an antitrust probe.", -1),
    ("Investors remain too pessimistic on Chinese stocks.", 1),
    ("The central bank's rate cut lifted sentiment.", 1),
    ("Demand is not strong enough to absorb new supply.", -1),
    ("The company announced a new chief financial officer.", 0),
]


@pytest.mark.parametrize(("sentence", "sign"), TABLE)
def test_finance_aware_sign(sentence, sign):
    score, cues = polarity(sentence)
    if sign == 0:
        assert score == 0 and cues == ()
    else:
        assert (score > 0) == (sign > 0) and score != 0
        assert cues


def test_a_phrase_hides_its_words():
    score, cues = polarity("The company cut guidance.")
    assert cues == ("cut guidance",)
    assert score < -2


def test_range_limits_what_is_read():
    text = "Costs fell sharply. Sales collapsed."
    assert polarity(text, 0, 19)[0] > 0
    assert polarity(text, 20)[0] < 0


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Market breadth remains healthy and dips are being bought.", 1),
        ("Valuations look compelling after the selloff.", 1),
        ("The recovery in consumer demand is still fragile.", -1),
        ("Stocks rose after better-than-expected jobs data.", 1),
        ("The miner posted weaker-than-expected output.", -1),
        ("Concerns about overvaluation in chip stocks have eased.", 1),
        ("The data helped ease worries among investors.", 1),
    ],
)
def test_tone_words_of_market_views(text: str, sign: int) -> None:
    score, _ = polarity(text, 0, len(text))
    assert score * sign > 0
