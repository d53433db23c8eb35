"""Stance when a view turns on a contrast, and phrases general lexicons miss.

Analysts hedge: the clause after "but", "however", "yet", "that said" or a trailing
"although"/"while" carries the verdict, and a concession that opens a sentence ("Although
costs are rising, ...") is outweighed by the clause it concedes to. A view introduced by
"while <Bank> said" is that bank's own, whatever the clause before it reported.
"""

from __future__ import annotations

import pytest

from tickerwire.quotes.find import find_quotes

# (text, speaker surname or None, organization, stance)
CONTRAST = [
    (
        "\"Tokyo Electron has become the market's favourite AI proxy. But the valuation gap is "
        'narrowing fast, which limits the upside from here," said Hiroshi Tanaka, a senior '
        "equity strategist at Union Bancaire Privée.",
        "Tanaka",
        "Union Bancaire Privée",
        "negative",
    ),
    (
        '"Reliance has strong momentum in retail. However, refining margins will stay under '
        'pressure this quarter," said Amit Shah, an analyst at Asymmetric Advisors.',
        "Shah",
        "Asymmetric Advisors",
        "negative",
    ),
    (
        '"Sales were weak in the quarter. That said, we expect a strong recovery in the second '
        'half," said Tom Baker, an analyst at Berenberg.',
        "Baker",
        "Berenberg",
        "positive",
    ),
    (
        '"Earnings beat estimates, but the outlook was cautious and margins will stay under '
        'pressure," said Lena Vogel, an analyst at Berenberg.',
        "Vogel",
        "Berenberg",
        "negative",
    ),
    (
        '"The results were solid, although the guidance was weaker than expected," said Kim '
        "Soo-yeon, an analyst at Kiwoom Securities.",
        "Soo-yeon",
        "Kiwoom Securities",
        "negative",
    ),
    (
        '"Although costs are rising, demand is robust and we expect margins to improve," said '
        "Priya Nair, an economist at Capital Economics.",
        "Nair",
        "Capital Economics",
        "positive",
    ),
    (
        '"While the quarter was strong, guidance disappointed and we see limited upside," said '
        "Amit Shah, an analyst at Asymmetric Advisors.",
        "Shah",
        "Asymmetric Advisors",
        "negative",
    ),
    (
        '"Yet the valuation already prices in a lot of good news," said Chen Lu, a fund manager '
        "at Value Partners.",
        "Lu",
        "Value Partners",
        "negative",
    ),
    (
        '"Despite the selloff, we remain constructive on Chinese internet names," said Chen Lu, '
        "a fund manager at Value Partners.",
        "Lu",
        "Value Partners",
        "positive",
    ),
]

# A quotation continued after its speaker: the contrast may open the second sentence.
CONTRAST += [
    (
        '"The yen\'s weakness is a tailwind for exporters like Toyota," said Naoki Fujiwara, a '
        'fund manager at Shinkin Asset Management. "However, the risk of intervention is '
        'rising."',
        "Fujiwara",
        "Shinkin Asset Management",
        "negative",
    ),
    (
        '"It is a buying opportunity," said Amit Shah of Asymmetric Advisors. "Still, the '
        'near-term outlook is murky."',
        "Shah",
        "Asymmetric Advisors",
        "negative",
    ),
    (
        "Goldman Sachs raised its target for the Nifty 50 to 27,000, though it warned that "
        "foreign outflows could persist.",
        None,
        "Goldman Sachs",
        "negative",
    ),
]

# Phrases: being behind rivals, a selloff called an overreaction, ratings kept or cut.
PHRASES = [
    (
        '"Samsung has been left playing catch-up with SK Hynix in HBM chips," said Park '
        "Ji-hoon, an analyst at Asymmetric Advisors.",
        "Ji-hoon",
        "Asymmetric Advisors",
        "negative",
    ),
    (
        '"The selloff in Infosys is an overreaction to one weak quarter," said Anil Mehta, a '
        "fund manager at Asymmetric Advisors.",
        "Mehta",
        "Asymmetric Advisors",
        "positive",
    ),
    (
        "Berenberg reiterated its buy recommendation on ASML, saying demand for its lithography "
        "tools remains intact.",
        None,
        "Berenberg",
        "positive",
    ),
    (
        "Jefferies maintained a buy rating on Kering, arguing the selloff was overdone.",
        None,
        "Jefferies",
        "positive",
    ),
    (
        "Berenberg cut its target price on Burberry, saying the miss raises questions about the "
        "durability of the turnaround.",
        None,
        "Berenberg",
        "negative",
    ),
    (
        '"The tariff exposure is significant for European carmakers," said Lena Vogel, an '
        "analyst at Berenberg.",
        "Vogel",
        "Berenberg",
        "negative",
    ),
    (
        "Capital Economics said margins will stay under pressure as Chinese demand slows.",
        None,
        "Capital Economics",
        "negative",
    ),
    (
        "Morgan Stanley upgraded Chinese equities to overweight, saying the worst of the "
        "property slump was over.",
        None,
        "Morgan Stanley",
        "positive",
    ),
    (
        "Capital Economics kept a neutral view on Indian equities.",
        None,
        "Capital Economics",
        "neutral",
    ),
    (
        "Capital Economics kept a neutral view on Indian equities but warned that valuations "
        "look stretched and a correction is likely.",
        None,
        "Capital Economics",
        "negative",
    ),
]


def _view(text: str):
    quotes = [q for q in find_quotes(text, 0) if not q.unnamed]
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize(("text", "speaker", "organization", "stance"), CONTRAST + PHRASES)
def test_stance_follows_the_verdict(text, speaker, organization, stance):
    quote = _view(text)
    if speaker:
        assert quote.speaker is not None and quote.speaker.endswith(speaker)
    assert quote.organization == organization
    assert quote.stance == stance, quote.stance_cues


def test_a_view_after_while_is_the_bank_own_not_the_move_before_it():
    text = (
        "Shares of Meituan fell 5% in Hong Kong after the results, while Berenberg said the "
        "selloff was an overreaction."
    )
    quote = _view(text)
    assert (quote.organization, quote.stance) == ("Berenberg", "positive")
    assert "fell" not in quote.stance_cues


def test_a_bank_view_in_the_next_sentence_does_not_inherit_the_move():
    text = (
        "Shares of Infosys tumbled 6% in Mumbai, their worst day in a year. Jefferies said the "
        "selloff was overdone and reiterated its buy rating."
    )
    quote = _view(text)
    assert (quote.organization, quote.stance) == ("Jefferies", "positive")


def test_two_banks_in_one_sentence_keep_their_own_stances():
    text = (
        "Nomura said the selloff in Sony was an overreaction, while Capital Economics warned "
        "that margins will stay under pressure."
    )
    quotes = {q.organization: q.stance for q in find_quotes(text, 0) if not q.unnamed}
    assert quotes == {"Nomura": "positive", "Capital Economics": "negative"}


def test_no_contrast_keeps_the_plain_sum():
    text = (
        '"Valuations look stretched," said Kazuo Kamitani of Nomura Securities. "Gains could '
        'fade quickly."'
    )
    assert _view(text).stance == "negative"


@pytest.mark.parametrize(
    "text",
    [
        # "but also", "all but", "not yet", "still" inside a clause are no contrast
        '"Demand is strong not only in China but also in Europe," said Chen Lu, a fund '
        "manager at Value Partners.",
        '"A recovery in orders is all but certain, and we see more upside," said Chen Lu, a '
        "fund manager at Value Partners.",
    ],
)
def test_words_that_are_not_a_contrast(text):
    assert _view(text).stance == "positive"
