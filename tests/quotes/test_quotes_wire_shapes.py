"""Views in the shapes wire and broker-note stories use: a firm's possessive before the
person, a person as the source, a verb after the quotation, passive rating changes, a firm's
report speaking; and the stance a rating action states."""

from __future__ import annotations

import pytest

from tickerwire.quotes.find import find_quotes


def views(text: str):
    return [q for q in find_quotes(text, 0) if not q.unnamed]


# (text, speaker, organization)
ATTRIBUTED = [
    (
        "The benchmark's drop of over 400 points is a sharp decline, Everbright Securities' "
        "Kenny Wong said.",
        "Kenny Wong",
        "Everbright Securities",
    ),
    (
        '"Clearly the margins have been impressive this half," according to Mei Lin, Barclays\' '
        "China autos analyst.",
        "Mei Lin",
        "Barclays",
    ),
    (
        '"When chips run, everything runs," joked Sam Porter, lead portfolio strategist at '
        "Natixis Investment Managers.",
        "Sam Porter",
        "Natixis Investment Managers",
    ),
    (
        "Market expert Jonas Keller from broker Robomarkets wrote that the spending plans were "
        "still outweighing the threat of new tariffs.",
        "Jonas Keller",
        "Robomarkets",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "organization"), ATTRIBUTED)
def test_person_attributions(text: str, speaker: str, organization: str) -> None:
    found = views(text)
    assert [(q.speaker, q.organization) for q in found] == [(speaker, organization)]


# (text, organization, stance)
HOUSES = [
    ("The Brambles share price target was raised 4.1% to $12.40 by UBS.", "UBS", "positive"),
    (
        "Citi maintains 'buy' on the delivery group but trims its target price to HK$150 from "
        "HK$170.",
        "Citi",
        "positive",
    ),
    (
        'UOB Kay Hian downgrades the stock to "hold" from "buy" and cuts its target to HK$90.',
        "UOB Kay Hian",
        "negative",
    ),
    (
        "Morgan Stanley set a target of HK$80, down from HK$120, and downgraded its rating to "
        "'equal weight' from 'overweight'.",
        "Morgan Stanley",
        "negative",
    ),
    (
        "Goldman Sachs upgraded the lender to 'buy' from 'neutral', citing cheaper funding.",
        "Goldman Sachs",
        "positive",
    ),
]


@pytest.mark.parametrize(("text", "organization", "stance"), HOUSES)
def test_rating_actions_are_views_with_their_stance(
    text: str, organization: str, stance: str
) -> None:
    found = views(text)
    assert [(q.speaker, q.organization, q.stance) for q in found] == [(None, organization, stance)]


def test_a_firms_report_speaks_for_it() -> None:
    text = (
        "Harbour Research's research report wrote that the platform faced intensified "
        "competition in the second quarter."
    )
    assert [q.organization for q in views(text)] == ["Harbour Research"]


def test_one_view_per_house_named_twice() -> None:
    text = (
        "OCBC Investment Research on Monday maintained its buy call on the trust. OCBC also "
        "opined that the worst is likely over for the trust."
    )
    found = views(text)
    assert len(found) == 1 and found[0].organization.startswith("OCBC")
    assert found[0].stance == "positive"


def test_a_data_vendor_is_no_speaker() -> None:
    text = "More than 300 million shares changed hands during the session, according to FactSet."
    assert views(text) == []


def test_a_neutral_rating_leaves_the_words_to_decide() -> None:
    text = (
        "Capital Economics kept a neutral view on Korean equities but warned that valuations "
        "look stretched and a correction is likely."
    )
    assert [q.stance for q in views(text)] == ["negative"]


def test_a_role_after_the_quote_refers_to_the_person_named_before() -> None:
    text = (
        "While some investors doubt the rally, Dana Whitfield believes that growth and easing "
        "inflation will carry it. “That is a fairly optimistic setup for the year,” the senior "
        "investment strategist at Harbor Asset Management told CNBC."
    )
    [view] = views(text)
    assert (view.speaker, view.organization) == ("Dana Whitfield", "Harbor Asset Management")
