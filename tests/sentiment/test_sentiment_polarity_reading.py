"""The tone of a text read only at its candidate tokens equals a token-by-token reading.

The polarity index skips the tokens that can be no lexicon word, negator or phrase opening;
these passages hold what could make the two readings part: negators three tokens away or
four, phrases covering words, capitalised words inside and at the start of a sentence,
hyphens and apostrophes inside and around words, and a letter that case-insensitive matching
treats differently from lowering.
"""

from __future__ import annotations

import pytest

from tickerwire.sentiment.polarity import PolarityIndex

PASSAGES = [
    "Shares did not rise sharply. Profit was not very strong at all, analysts said.",
    "It is no longer weak; hardly a strong quarter, never a bad one. Costs fell sharply.",
    "The company cut its guidance and missed estimates, a clear negative for the well-known "
    "brand's outlook. In the red again.",
    "Strong demand lifted Tesla's shares, but Weak Capital Partners said it was overvalued.",
    "'The worst is behind us,' she said. -strong results and sell-off fears... n't good",
    "Upgraded to buy from hold: a buying opportunity after the sell-off, with limited upside.",
    "İstanbul stocks were weak; the Kelvin \u212a sign and a long \u017f: strong gains anyway.",
    "Record profit, record high: the rally could reach $250 as risk-on bets return.",
]


@pytest.mark.parametrize("text", PASSAGES)
def test_reading_candidates_equals_reading_every_token(text: str) -> None:
    index = PolarityIndex(text)
    every: tuple[list, list, list, list] = ([], [], [], [])
    for sentence in range(len(index.bounds)):
        for whole, part in zip(every, index._read_every_token(sentence), strict=True):
            whole.extend(part)
    assert index._read() == every


def test_scores_sum_the_words_of_the_range() -> None:
    text = "Profit was strong. Sales were weak."
    index = PolarityIndex(text)
    whole, cues = index.score(0, len(text))
    first, first_cues = index.score(0, text.index("Sales"))
    assert cues[: len(first_cues)] == first_cues
    assert first > 0 > whole - first
