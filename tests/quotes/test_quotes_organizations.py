"""Institutions that hold a view become the article's organisations.

A private bank, boutique adviser or research house quoted in an article is in no securities
list; the quotes step adds it as an ``ORG:`` entity (role "source", every span of its name),
unless an entity already covers the name: a listed bank (Nomura, Jefferies, Citi) or a known
organisation.
"""

from __future__ import annotations

import pytest

from tickerwire.model import ArticleRecord, Entity, Quote, RawDocument, Span
from tickerwire.quotes.find import find_quotes
from tickerwire.quotes.organizations import with_organizations

ARTICLES = {
    "jp_tel.txt": (
        "Tokyo Electron shares slide as chip rally cools\n\n"
        "Tokyo Electron shares fell 4.2% in Tokyo on Tuesday, their biggest drop in two months, "
        "as investors took profits after a strong run in chip-equipment stocks.\n\n"
        "\"Tokyo Electron has become the market's favourite AI proxy. But the valuation gap is "
        'narrowing fast, which limits the upside from here," said Hiroshi Tanaka, a senior '
        "equity strategist at Swiss private bank Union Bancaire Privée.\n\n"
        "Nomura analyst Kazuo Kamitani said the selloff was an overreaction and reiterated his "
        "buy rating on the stock.\n\n"
        "Union Bancaire Privée has cut its exposure to Japanese chip stocks this year, Tanaka "
        "added."
    ),
    "in_infy.txt": (
        "Infosys drops after guidance cut\n\n"
        "Shares of Infosys fell 5.6% in Mumbai on Friday after the IT services company cut its "
        "full-year revenue guidance.\n\n"
        '"The guidance cut raises questions about the durability of the turnaround," said '
        "Rohan Mehta, founder of Mumbai-based Asymmetric Advisors.\n\n"
        "Jefferies maintained a buy rating, arguing the selloff was overdone, while Citi "
        "analysts said margins will stay under pressure."
    ),
    "eu_kering.txt": (
        "Kering shares hit by China slowdown\n\n"
        "Kering shares fell 3.1% in Paris on Wednesday after the Gucci owner warned of weaker "
        "demand in China.\n\n"
        "Berenberg kept a neutral view on the stock, while Capital Economics said luxury "
        "demand in China would stay weak well into next year."
    ),
}


def _run(pipeline, name: str) -> ArticleRecord:
    record = pipeline(RawDocument(name, ARTICLES[name].encode(), name))
    assert isinstance(record, ArticleRecord)
    return record


def _organizations(record: ArticleRecord) -> dict[str, Entity]:
    return {e.name: e for e in record.entities if e.kind == "organization"}


def test_a_private_bank_holding_a_view_is_an_organization(pipeline):
    record = _run(pipeline, "jp_tel.txt")
    orgs = _organizations(record)
    ubp = orgs["Union Bancaire Privée"]
    assert ubp.id == "ORG:Union Bancaire Privée" and ubp.role == "source"
    text = record.article.text
    assert [text[s.start : s.end] for s in ubp.mentions] == ["Union Bancaire Privée"] * 2
    assert "Swiss" not in orgs
    quote = next(q for q in record.quotes if q.speaker == "Hiroshi Tanaka")
    assert (quote.organization, quote.stance) == ("Union Bancaire Privée", "negative")


def test_a_listed_bank_is_not_made_an_organization(pipeline):
    record = _run(pipeline, "jp_tel.txt")
    assert not any(name.startswith("Nomura") for name in _organizations(record))
    quote = next(q for q in record.quotes if q.speaker == "Kazuo Kamitani")
    assert quote.organization == "Nomura" and quote.stance == "positive"


def test_a_boutique_adviser_drops_its_place_prefix(pipeline):
    record = _run(pipeline, "in_infy.txt")
    orgs = _organizations(record)
    assert "Asymmetric Advisors" in orgs
    assert not any(name in orgs for name in ("Jefferies", "Citi", "Mumbai"))
    stances = {q.organization: q.stance for q in record.quotes}
    assert stances == {
        "Asymmetric Advisors": "negative",
        "Jefferies": "positive",
        "Citi": "negative",
    }


def test_a_research_house_and_a_broker_are_both_kept(pipeline):
    record = _run(pipeline, "eu_kering.txt")
    orgs = _organizations(record)
    assert {"Berenberg", "Capital Economics"} <= set(orgs)
    assert len([e for e in record.entities if e.name == "Capital Economics"]) == 1
    stances = {q.organization: q.stance for q in record.quotes}
    assert stances == {"Berenberg": "neutral", "Capital Economics": "negative"}


def test_an_organisation_known_under_another_alias_gives_the_quote_its_name():
    text = "Fitch said the downgrade reflects weaker public finances."
    fitch = Entity("ORG:Fitch Ratings", "organization", "Fitch Ratings", (Span(0, 5),), "source")
    quote = Quote(Span(0, len(text)), "negative", organization="Fitch")
    entities, quotes = with_organizations(text, (fitch,), (quote,))
    assert entities == (fitch,)
    assert quotes[0].organization == "Fitch Ratings"


def test_a_place_or_an_outlet_is_never_made_an_organization():
    text = "Hong Kong said it would act. Reuters said the deal was off."
    quotes = (
        Quote(Span(0, 28), "neutral", organization="Hong Kong"),
        Quote(Span(29, len(text)), "neutral", organization="Reuters"),
    )
    entities, _ = with_organizations(text, (), quotes)
    assert entities == ()


def test_a_research_brand_of_a_listed_parent_is_not_an_unlisted_organisation():
    text = (
        "Piper Sandler said the selloff was overdone. Wedbush said demand would stay weak. "
        "Bernstein analysts said the stock could rally."
    )
    quotes = (
        Quote(Span(0, 44), "positive", organization="Piper Sandler"),
        Quote(Span(45, 82), "negative", organization="Wedbush"),
        Quote(Span(83, len(text)), "positive", organization="Bernstein"),
    )
    entities, _ = with_organizations(text, (), quotes)
    assert [(e.id, e.mentions) for e in entities] == [("ORG:Wedbush", (Span(45, 52),))]


@pytest.mark.parametrize(
    ("text", "organization", "stance"),
    [
        (
            "Asymmetric Advisors maintained a buy rating on Infosys, arguing the selloff was "
            "overdone.",
            "Asymmetric Advisors",
            "positive",
        ),
        (
            "Union Bancaire Privée said in a note that the valuation gap limits the upside for "
            "Tokyo Electron.",
            "Union Bancaire Privée",
            "negative",
        ),
        (
            "Pictet Asset Management said it expects European equities to outperform this year.",
            "Pictet Asset Management",
            "positive",
        ),
    ],
)
def test_a_firm_named_as_an_adviser_or_research_house_speaks_for_itself(text, organization, stance):
    assert [(q.organization, q.stance) for q in find_quotes(text, 0)] == [(organization, stance)]


def test_investors_in_general_are_not_an_institution():
    assert find_quotes("Foreign investors said they would keep buying Korean shares.", 0) == ()
