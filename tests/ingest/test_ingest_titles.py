"""Which opening line is the headline: page furniture around it is not, in passages written
in the shapes real pages have."""

from __future__ import annotations

import pytest

from tickerwire.ingest import read_document
from tickerwire.model import RawDocument

BODY = "Shares of Harbor Mining rose 3.1% on Tuesday after the company raised its output goal."


def _title(text: str) -> str | None:
    return read_document(RawDocument(uri="t.txt", data=text.encode(), name="t.txt")).title


@pytest.mark.parametrize(
    "opening",
    [
        "Home » Markets » Harbor Mining lifts output goal",
        "Left Menu",
        "Continue reading this on our app for a better experience",
        "Unlock stock picks and a broker-level newsletter. Upgrade Now",
        "By Dana Whitfield",
        "Published : Mar. 4, 2024 - 16:19",
        "Miners at a pit in the Pilbara region, Australia, May 2, 2023. REUTERS/JANE DOE",
        "A worker walks past the company logo in Perth. (Yonhap)",
        "} ?>",
        "Daily WireDaily Wire",
        "SignSign In Chevron Down IconThe Harbor Ledger",
    ],
)
def test_furniture_is_never_the_headline(opening: str) -> None:
    assert _title(f"{opening}\n\n{BODY}\n\nAnalysts expect more gains.") is None


def test_headline_after_furniture_is_found() -> None:
    text = f"Home » Markets\n\nLeft Menu\n\nHarbor Mining lifts output goal\n\n{BODY}"
    assert _title(text) == "Harbor Mining lifts output goal"


def test_headline_followed_by_byline_wins_over_a_status_line() -> None:
    text = f"US markets closed\n\nHarbor Mining lifts output goal\n\nBy Dana Whitfield\n\n{BODY}"
    assert _title(text) == "Harbor Mining lifts output goal"


def test_text_that_starts_in_the_body_has_no_headline() -> None:
    assert _title(f"{BODY}\n\nAnalysts expect more gains.") is None


def test_headline_after_menus_and_a_promotion_line_before_its_date_line() -> None:
    menu = "\n\n".join(["Log in", "E-mail", "Get the app today.", "Markets", "Forgot password ?"])
    text = f"{menu}\n\nHarbor Mining lifts output goal\n\n09/13/2024 | 03:23am EDT\n\n{BODY}"
    assert _title(text) == "Harbor Mining lifts output goal"


def test_a_list_of_tags_is_no_headline() -> None:
    tags = "Live news, top stories, company news, sector news, market news, ipo news, news wire"
    text = f"{tags}\n\n23 April, 2024 20:03 IST\n\nSensex gains 1% led by banks\n\n{BODY}"
    assert _title(text) == "Sensex gains 1% led by banks"


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("Written by Dana Whitfield and Li Wei for Reuters ->", ("Dana Whitfield", "Li Wei")),
        ("(Reporting by Dana Whitfield; Editing by Sam Cole)", ("Dana Whitfield",)),
        ("(Written by Dana Whitfield, Li Wei, edited by Sam Cole)", ("Dana Whitfield", "Li Wei")),
        ("By Shristi Achar A", ("Shristi Achar A",)),
    ],
)
def test_reporters_named_in_credits_are_the_authors(credit: str, authors: tuple[str, ...]) -> None:
    text = f"Harbor Mining lifts output goal\n\n{BODY}\n\n{credit}"
    article = read_document(RawDocument(uri="t.txt", data=text.encode(), name="t.txt"))
    assert article.authors == authors


@pytest.mark.parametrize(
    "headline",
    [
        "Bora Bora resort owner jumps 5%",
        "Icon Energy surges on gas find",
        "Netflix subscribers surge",
    ],
)
def test_a_repeated_or_icon_word_in_a_real_headline_stays(headline: str) -> None:
    assert _title(f"{headline}\n\n{BODY}") == headline
