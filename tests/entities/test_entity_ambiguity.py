"""Common words, people, places, outlets, banks quoted as sources, boilerplate."""

from __future__ import annotations

import pytest

from tickerwire.entities import extract_entities


def subjects(text: str) -> set[str]:
    entities, _ = extract_entities(text)
    return {e.id for e in entities if e.role == "subject" and e.kind == "security"}


def sources(text: str) -> set[str]:
    entities, _ = extract_entities(text)
    return {e.id for e in entities if e.role == "source"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Apple picking season has begun in Washington state.",
        "She ate an apple before the meeting.",
        "The target was missed by a wide margin.",
        "Shell companies were used to launder money.",
        "Next week, investors will watch inflation data.",
        "The Amazon rainforest is shrinking.",
        "Visa applications surged after the rules changed.",
        "Federal Reserve Chair Jerome Powell said the bank was in no hurry.",
        "Sam Altman and Satya Nadella attended the event in Washington.",
        "Heavy rain hit Guangdong province and Sichuan.",
        "China's economy grew 5% last year, the statistics bureau said.",
        "The People's Bank of China kept its loan prime rate unchanged.",
        "Bitcoin fell 3% to $95,000.",
        "Sea levels are rising along the coast.",
        "Write to Sherry Qin at sherry.qin@wsj.com",
        "(END) Dow Jones Newswires",
        "Citing the Nikkei Asia, the Financial Times reported the deal.",
        "The model was compared with OpenAI's GPT-4.",
        "Its founder Zhong Shanshan became China's richest man again.",
        '"The integration risks are huge," said Satoru Takada, an analyst at TIW.',
    ],
)
def test_ordinary_words_people_places_are_not_securities(sentence: str) -> None:
    assert subjects(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Apple rose 1.5% after the iPhone launch.", "XNAS:AAPL"),
        ("The company is working with Apple to introduce AI features.", "XNAS:AAPL"),
        ("Amazon shares rose 2% after the company beat estimates.", "XNAS:AMZN"),
        ("Shell plc said it would buy back more shares.", "XLON:SHEL"),
        ("Target Corp shares fell 5% after the retailer cut its outlook.", "XNYS:TGT"),
        ("China Mobile said its profit rose.", "XHKG:00941"),
        ("Meta Platforms rose 2%.", "XNAS:META"),
        ("Takada shares rose 4% in Tokyo after the builder raised its forecast.", "XTKS:1966"),
        ("Rival Honda, the second-biggest carmaker in Japan, fell 3%.", "XTKS:7267"),
    ],
)
def test_company_sense_of_a_common_word(sentence: str, expected: str) -> None:
    assert expected in subjects(sentence)


@pytest.mark.parametrize(
    ("sentence", "bank"),
    [
        ('"This is a rerating catalyst," HSBC analysts said in a report.', "XLON:HSBA"),
        ("SMIC is well-positioned to capitalize, according to DBS.", "XSES:D05"),
        ("However, Daiwa analyst Rick Hsu expressed some caution.", "XTKS:8601"),
        ("Analysts at Citi echoed this sentiment.", "XNYS:C"),
        ("Citi said it sees the startup's model benefiting hardware companies.", "XNYS:C"),
        ('"We remain overweight," said Goldman Sachs analyst Jane Smith.', "XNYS:GS"),
        ("According to Morgan Stanley, the stock could rise a further 20%.", "XNYS:MS"),
        ("Bank of America strategist Michael Hartnett said investors were bullish.", "XNYS:BAC"),
        ("Analysts at China International Capital Corp raised their target.", "XHKG:03908"),
        ("FactSet data showed the index trades at 22 times earnings.", "XNYS:FDS"),
    ],
)
def test_bank_quoted_only_as_a_source(sentence: str, bank: str) -> None:
    entities, _ = extract_entities(sentence)
    found = {e.id: e.role for e in entities}
    assert found.get(bank) == "source"
    assert bank not in subjects(sentence)


@pytest.mark.parametrize(
    ("sentence", "bank"),
    [
        (
            "HSBC Holdings plc (HKG: 0005) shares fell 2% after the bank reported results.",
            "XHKG:00005",
        ),
        ("Goldman Sachs shares fell 2% after the bank reported lower trading revenue.", "XNYS:GS"),
    ],
)
def test_bank_as_the_subject(sentence: str, bank: str) -> None:
    assert bank in subjects(sentence)


def test_disclaimer_paragraphs_are_ignored() -> None:
    text = ("SMIC rose 5%.\n\nDisclaimer: Investing carries risk. This is not financial advice. "
            "Tencent and Alibaba are mentioned for illustration only.")  # fmt: skip
    assert subjects(text) == {"XHKG:00981"}
