"""Finance phrases a general lexicon misreads, each with the sign a market reader gives it."""

from __future__ import annotations

import pytest

from tickerwire.sentiment.polarity import polarity

TABLE = [
    ("Investors had hoped for a stronger recovery in domestic consumption.", -1),
    ("The market is repricing growth risk very quickly.", -1),
    ("Baijiu prices had fallen below 2,000 yuan, the lowest level in more than four years.", -1),
    ("Demand for consumer staples remains soft.", -1),
    ("Soft demand from Chinese shoppers hurt the luxury group.", -1),
    ("Citi cut its target price on Longfor to HK$9.5.", -1),
    ("Nomura raised its target price on Toyota to 3,500 yen.", 1),
    ("Jefferies downgraded Kering to hold from buy.", -1),
    ("Morgan Stanley upgraded Infosys to overweight from equal-weight.", 1),
    ("Nomura reiterated its buy rating on Toyota.", 1),
    ("We see the memory business bottoming out.", 1),
    ("The measures are clearly supportive for the market.", 1),
    ("We think the worst is behind us for Chinese equities.", 1),
    ("The guidance cut was a negative surprise.", -1),
    ("The rally lacks conviction.", -1),
    ("There is still plenty of room for Japanese equities to run.", 1),
    ("The yen's rapid appreciation is a clear negative for exporters.", -1),
    ("Chinese stocks remain under-owned by global funds.", 1),
    ("We would be buyers on weakness.", 1),
    ("Samsung won approval to supply HBM chips to Nvidia.", 1),
]


@pytest.mark.parametrize(("sentence", "sign"), TABLE)
def test_finance_phrase_sign(sentence, sign):
    score, cues = polarity(sentence)
    assert score * sign > 0, cues


def test_a_currency_amount_is_not_a_win():
    score, cues = polarity("The target price is 95,000 won.")
    assert score == 0 and cues == ()


def test_a_past_rally_given_as_context_carries_no_tone():
    score, _ = polarity("We see limited upside after the recent rally.")
    assert score < 0
