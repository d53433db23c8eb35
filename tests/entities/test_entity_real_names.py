"""Company names as real outlets write them, the listing their market means, and the names
that only look like companies."""

from __future__ import annotations

import datetime as dt

import pytest

from tickerwire.entities import extract_entities


def securities(text: str, published: dt.date | None = None) -> set[str]:
    entities, _ = extract_entities(text, published)
    return {e.id for e in entities if e.kind == "security"}


def roles(text: str) -> dict[str, str]:
    entities, _ = extract_entities(text)
    return {e.id: e.role for e in entities if e.kind == "security"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Swiss stocks ended higher. Sika climbed 2%, while Swiss Re and Julius Baer gained 1%.",
         {"XSWX:SIKA", "XSWX:SREN", "XSWX:BAER"}),
        ("Jewellery maker Pandora fell 1.2% in Copenhagen.", {"XCSE:PNDORA"}),
        ("Housebuilders Berkeley and Persimmon were hit hardest.", {"XLON:BKG", "XLON:PSN"}),
        ("Property firms British Land and Land Securities lost 3%.", {"XLON:BLND", "XLON:LAND"}),
        ("H&M shares jumped 7% after the retailer's results.", {"XSTO:HM-B"}),
        ("Electrolux lost 12 percent in Stockholm.", {"XSTO:ELUX-B"}),
    ],
)  # fmt: skip
def test_european_names(text: str, expected: set[str]) -> None:
    assert securities(text) == expected


def test_indian_name_forms() -> None:
    text = (
        "Gainers on the Sensex were I C I C I Bank (3.1%), Oil & Natural Gas Corporation (2.2%) "
        "and Larsen & Toubro (1.1%), while Yes Bank fell 4%."
    )
    # a story told from the BSE alone: the BSE lines, by their scrip codes
    assert securities(text) == {"XBOM:532174", "XBOM:500312", "XBOM:500510", "XBOM:532648"}
    assert securities(text + " The Nifty rose 1%.") == {
        "XNSE:ICICIBANK",
        "XNSE:ONGC",
        "XNSE:LT",
        "XNSE:YESBANK",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Swiss Market Index rose 0.5%. Holcim, Logitech and Roche posted gains.",
         {"XSWX:HOLN", "XSWX:LOGN", "XSWX:ROG"}),
        ("The S&P/ASX 200 fell 0.8% in Sydney. Rio Tinto and ANZ lost 1%.",
         {"XASX:RIO", "XASX:ANZ"}),
        ("Oslo's benchmark rose as Equinor gained 2% in Oslo.", {"XOSL:EQNR"}),
        ("ASML Holding ( ASML ) shares fell in premarket trading on Wall Street.",
         {"XNAS:ASML"}),
    ],
)  # fmt: skip
def test_listing_of_the_article_market(text: str, expected: set[str]) -> None:
    assert securities(text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("It received approval for Restylane Lyft to shape the chin.", "XNAS:LYFT"),
        ("Traders bought shares.\nVisual China Group | Getty Images", "XNYS:GETY"),
        ("Miners rose.\nImage source: Shutterstock", "XNYS:SSTK"),
        ("The US International Trade Commission (ITC) ruled against the Korean maker.",
         "XNSE:ITC"),
        ("Simris Alg (STO:SIMRIS B) rose 4%.", "XETR:STO3"),
        ("The Anglo-German group said sales fell.", "XLON:AAL"),
        ("What's Next?\nThe Dow fell 1%.", "XLON:NXT"),
        ("Join us on Telegram or Google News", "XNAS:GOOGL"),
    ],
)  # fmt: skip
def test_not_a_company_here(text: str, absent: str) -> None:
    assert absent not in securities(text)


def test_broker_named_as_a_source() -> None:
    found = roles('UOB Kay Hian downgrades Meituan to "hold" from "buy".')
    assert found.get("XSES:U10") == "source"
    assert found.get("XHKG:03690") == "subject"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Royal Dutch Shell rose 1.2% in London.", None, {"XLON:RDSA"}),
        ("Shell rose 1.2% in London.", dt.date(2019, 5, 2), {"XLON:RDSA"}),
        ("Shell rose 1.2% in London.", dt.date(2024, 5, 2), {"XLON:SHEL"}),
        ("Daimler and BMW fell 3% in Frankfurt.", dt.date(2020, 3, 9), {"XETR:DAI", "XETR:BMW"}),
        ("Credit Suisse shares fell 5%.", dt.date(2023, 3, 15), {"XSWX:CSGN"}),
        ("Credit Suisse shares fell 5%.", dt.date(2024, 3, 15), set()),
        ("Facebook shares fell 3% in New York.", dt.date(2020, 7, 1), {"XNAS:FB"}),
    ],
)  # fmt: skip
def test_listing_on_the_article_date(
    text: str, published: dt.date | None, expected: set[str]
) -> None:
    assert securities(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bourse's city after "in" is the place, whatever company shares its name
        ("Nestle fell 2% in Zurich, dragging the SMI down.", {"XSWX:NESN"}),
        ("Zurich rose 2% after the insurer's results.", {"XSWX:ZURN"}),
    ],
)  # fmt: skip
def test_listed_capitals_and_bourse_cities(text: str, expected: set[str]) -> None:
    assert securities(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [("Laopu Gold jumped 12% in Hong Kong.", "Laopu Gold"),
     ("Ping An Bank fell 2% in Shenzhen.", "Ping An Bank")],
)  # fmt: skip
def test_listed_capitals_name_the_whole_mention(text: str, name: str) -> None:
    # an exchange list's capitals ("LAOPU GOLD") keep no short word in capitals past the
    # first: the mention is the whole name, not "Laopu" before a commodity word
    _, mentions = extract_entities(text)
    assert [text[m.span.start : m.span.end] for m in mentions] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mid-sized company by its first word, when no other company's name starts with it
        ("Qantas shares rose 9 cents to $6.02.", {"XASX:QAN"}),
        ("Shares of Realtek fell 3% in Taipei.", {"XTAI:2379"}),
        # but never a city's name ("Nagoya Railroad"), nor inside a longer capitalised name
        ("Toyota fell 2% in Nagoya.", {"XTKS:7203"}),
        ("Researchers at Tsinghua University said the chip is faster.", set()),
    ],
)  # fmt: skip
def test_first_words_of_mid_sized_companies(text: str, expected: set[str]) -> None:
    assert securities(text) == expected
