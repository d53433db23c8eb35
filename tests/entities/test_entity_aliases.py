"""Names: official, short, with and without legal suffixes, possessives, capitalisation."""

from __future__ import annotations

import pytest

from tickerwire.entities import extract_entities


def ids(text: str) -> set[str]:
    entities, _ = extract_entities(text)
    return {e.id for e in entities if e.role == "subject"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # legal suffixes, with and without
        ("Alibaba Group Holding Ltd said cloud sales grew.", "XHKG:09988"),
        ("Alibaba Group Holding Limited said cloud sales grew.", "XHKG:09988"),
        ("Tencent Holdings reported a 10% rise in revenue.", "XHKG:00700"),
        ("Xiaomi Corp shares hit a record.", "XHKG:01810"),
        ("Xiaomi shares hit a record.", "XHKG:01810"),
        ("NVIDIA Corporation said demand for Blackwell was insane.", "XNAS:NVDA"),
        ("Kingdee International Software Group rose 14%.", "XHKG:00268"),
        ("Lenovo Group Limited beat estimates.", "XHKG:00992"),
        # possessives
        ("Alibaba's stock jumped 43% in the past month.", "XHKG:09988"),
        ("SMIC's quarterly revenue beat forecasts.", "XHKG:00981"),  # the reviewed listing
        ("Nvidia’s market value fell by $589 billion.", "XNAS:NVDA"),
        # reviewed short forms of large companies, across markets
        ("TSMC raised its capital spending plan.", "XTAI:2330"),
        ("Toyota cut its annual profit forecast.", "XTKS:7203"),
        ("Samsung shares fell 2% in Seoul.", "XKRX:005930"),
        ("Reliance shares rose on Dalal Street.", "XNSE:RELIANCE"),
        ("ASML slumped 6% after weak bookings.", "XAMS:ASML"),
        ("LVMH fell after slower sales in China.", "XPAR:MC"),
        ("Siemens rose 2% in Frankfurt.", "XETR:SIE"),
        ("Infosys cut its revenue guidance.", "XNSE:INFY"),
        ("SK Hynix rose 2.1% on memory demand.", "XKRX:000660"),
        ("Commonwealth Bank of Australia shares hit a record.", "XASX:CBA"),
        # capitalised headline forms
        ("XIAOMI SHARES SURGE ON EV ORDERS", "XHKG:01810"),
    ],
)
def test_alias_resolves(sentence: str, expected: str) -> None:
    assert expected in ids(sentence)


def test_all_caps_short_name_needs_capitals() -> None:
    assert ids("Analysts said SMIC rose 5%.") == {"XHKG:00981"}
    # an all-capitals exchange short name is matched only in capitals
    assert ids("Analysts said the smic rose 5%.") == set()
    assert ids("Analysts said Smic rose 5%.") == set()


def test_hyphenated_product_names_are_not_companies() -> None:
    assert ids("OpenAI's GPT-4 model was compared with R1.") == {"ORG:OpenAI"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("AI startup DeepSeek released its R1 model.", "ORG:DeepSeek"),
        ("ChatGPT-maker OpenAI said it was reviewing the claims.", "ORG:OpenAI"),
        ("ByteDance, TikTok's parent company, unveiled a new model.", "ORG:ByteDance"),
        ("Chipmakers such as Moore Threads announced support.", "ORG:Moore Threads"),
        ("Dilin Wu, a research strategist at Pepperstone, said.", "ORG:Pepperstone"),
        ("Huawei's Mate 70 sold well.", "ORG:Huawei"),
    ],
)
def test_unlisted_organisations_are_organisations(sentence: str, expected: str) -> None:
    entities, _ = extract_entities(sentence)
    assert expected in {e.id for e in entities if e.kind == "organization"}
    assert not any(e.kind == "security" for e in entities)
