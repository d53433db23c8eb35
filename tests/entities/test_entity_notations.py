"""Ticker notations: each real-looking sentence must resolve to the listing it names."""

from __future__ import annotations

import pytest

from tickerwire.entities import extract_entities


def securities(text: str) -> set[str]:
    entities, _ = extract_entities(text)
    return {e.id for e in entities if e.kind == "security" and e.role == "subject"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Shares of Semiconductor Manufacturing International Corp (HK:0981) surged.",
            "XHKG:00981",
        ),
        ("Baidu Inc (NASDAQ:BIDU) made DeepSeek available on its cloud.", "XNAS:BIDU"),
        (
            "Hygon Information Technology (SS:688041) announced support for the model.",
            "XSHG:688041",
        ),
        ("Tencent (0700.HK) rose 2% in afternoon trade.", "XHKG:00700"),
        ("Nvidia (NVDA.O) fell 17%, wiping out $589 billion.", "XNAS:NVDA"),
        ("Alibaba Group [HKG: 9988] gained after the results.", "XHKG:09988"),
        ("Cambricon Technologies (Shanghai: 688256) hit the daily limit.", "XSHG:688256"),
        ("Alibaba, NYSE: BABA, reported cloud revenue growth of 13%.", "XNYS:BABA"),
        ("Retail traders piled into $NVDA ahead of earnings.", "XNAS:NVDA"),
        ("SMIC (688981.SH) rose 4% in Shanghai.", "XSHG:688981"),
        ("SMIC (688981.SS) rose 4% in Shanghai.", "XSHG:688981"),
        ("SMIC (00981.HK) rose 3% in Hong Kong.", "XHKG:00981"),
        ("SMIC (981.HK) rose 3% in Hong Kong.", "XHKG:00981"),
        ("BYD Co (002594.SZ) rose 3% in Shenzhen.", "XSHE:002594"),
        ("Toyota Motor (7203.T) cut its forecast.", "XTKS:7203"),
        ("Sony Group Corp (TYO: 6758) rose on strong game sales.", "XTKS:6758"),
        ("Samsung Electronics (005930.KS) gained 3%.", "XKRX:005930"),
        ("TSMC (2330.TW) closed at a record.", "XTAI:2330"),
        ("HSBC Holdings (HSBA.L) fell in London.", "XLON:HSBA"),
        ("Reliance Industries (RELIANCE.NS) rose 1%.", "XNSE:RELIANCE"),
        ("Deutsche Bank AG (ETR: DBK) posted a profit.", "XETR:DBK"),
        ("Kingsoft Cloud Holdings Ltd (NASDAQ: KC) jumped 12%.", "XNAS:KC"),
        ("Lenovo Group (HKG: 0992) said revenue rose 20%.", "XHKG:00992"),
        ("Tencent Holdings Ltd <0700.HK> rose in early trade.", "XHKG:00700"),
        ("Alibaba <BABA.N> rose in New York.", "XNYS:BABA"),
        ("Tencent (700 HK) and peers rose.", "XHKG:00700"),
        ("SMIC (688981 CH Equity) fell.", "XSHG:688981"),
        ("Tata Steel (TATASTEEL.BO) gained 2%.", "XBOM:500470"),
        ("Reliance Industries (NSE: RELIANCE) rose 1%.", "XNSE:RELIANCE"),
        ("BYD Co Ltd (SHE: 002594; HKG: 1211) said sales rose.", "XHKG:01211"),
        ("DBS Group Holdings (SGX: D05) shares rose.", "XSES:D05"),
        ("Mining services firm Perenti (ASX: PRN) jumped 20%.", "XASX:PRN"),
    ],
)
def test_notation_resolves_to_its_listing(sentence: str, expected: str) -> None:
    assert expected in securities(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The $CEO of the company said nothing about the plan.",  # $CEO is not a ticker
        "The fund (HK:99999) does not exist.",  # no such listing
        "A code like (SS:999999) names nothing.",
        "Revenue rose in the U.S. and the U.K. last year.",
        "It cost $6m (£4.8m) to train the model.",
    ],
)
def test_notation_naming_no_listing_is_not_a_mention(sentence: str) -> None:
    assert securities(sentence) == set()


def test_notation_spans_point_at_the_text() -> None:
    text = "Alibaba (HK:9988) and Baidu Inc (NASDAQ:BIDU) rose."
    entities, mentions = extract_entities(text)
    spans = {text[m.span.start : m.span.end] for m in mentions}
    assert {"Alibaba", "HK:9988", "Baidu Inc", "NASDAQ:BIDU"} <= spans
    assert all(m.how in ("alias", "notation") for m in mentions)
    baba = next(e for e in entities if e.id == "XHKG:09988")
    assert [text[s.start : s.end] for s in baba.mentions] == ["Alibaba", "HK:9988"]
    assert "XNYS:BABA" in baba.other_listings
    assert (baba.exchange, baba.currency) == ("HKEX", "HKD")


def test_a_code_its_venue_does_not_list_names_no_other_venue() -> None:
    # "CNR" is no London code the lists hold; Toronto's CNR (Canadian National) is not meant
    text = "Cruise ship giant Carnival (LON:CNR) also lost 4.6% to 3,285p."
    assert "XTSE:CNR" not in securities(text)
    assert all(s.startswith("XLON:") for s in securities(text))


def entities_of(text: str) -> dict[str, tuple[str, str | None, int]]:
    entities, _ = extract_entities(text)
    return {e.id: (e.name, e.currency, len(e.mentions)) for e in entities if e.kind == "security"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # delisted since: the venue and code the text gives, with every mention of the name
        # (the notation is one)
        ("Catalent Inc expects to cut its forecast, the company said. In April, Catalent "
         "(NYSE:CTLT) had flagged productivity issues.",
         {"XNYS:CTLT": ("Catalent", "USD", 3)}),
        ("The Genex Power Ltd (ASX: GNX) share price is up 38% today.",
         {"XASX:GNX": ("Genex Power", "AUD", 2)}),
        ("Shares of Northwind Health Inc (NWHI.O) fell 12% after the results.",
         {"XNAS:NWHI": ("Northwind Health", "USD", 2)}),
        # renamed since: the code the text gives wins over the name's line today
        ("Powerfleet, Inc. (Nasdaq: PWFL) reported results. Powerfleet said revenue grew 9%.",
         {"XNAS:PWFL": ("Powerfleet", "USD", 3)}),
    ],
)  # fmt: skip
def test_a_bracketed_code_the_lists_lack_is_a_listing_of_its_own(
    text: str, expected: dict[str, tuple[str, str | None, int]]
) -> None:
    assert entities_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The index closed at its high (Tokyo: 2024) on Friday.",
        "The company (NYSE: 1234) said nothing.",
        "Northwind Health reported (NASDAQ: NWHQ; NYSE: NWHR).",
        "it said (HKEX: ABCD) on Monday.",
    ],
)
def test_no_listing_without_a_name_and_a_code_of_the_venue(text: str) -> None:
    assert entities_of(text) == {}
