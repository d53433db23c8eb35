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
