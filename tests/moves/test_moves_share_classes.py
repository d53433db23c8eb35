"""Preferred shares move on their own listing when the exchange lists one, else on the main
listing. Run through the real pipeline: the entities stage names the company, the moves
stage picks the line from the security master."""

from __future__ import annotations

import pytest

from tickerwire.model import RawDocument
from tickerwire.moves.listings import MARKET_HINTS, ShareClasses
from tickerwire.reference.securities import load_master


@pytest.mark.parametrize(
    ("sentence", "subjects"),
    [
        ("Samsung Electronics preferred shares rose 2.1% in Seoul.", ["XKRX:005935"]),
        ("Samsung Electronics rose 1.5%, while its preferred shares gained 2.3%.",
         ["XKRX:005930", "XKRX:005935"]),
        ("Samsung Electronics common shares rose 1.5% on Friday.", ["XKRX:005930"]),
        # no separate preferred line is listed for SK Hynix: the move stays on the main line
        ("SK Hynix preferred shares rose 2.0% on Friday.", ["XKRX:000660"]),
    ],
)  # fmt: skip
def test_preferred_shares_take_their_own_listing(
    pipeline, sentence: str, subjects: list[str]
) -> None:
    record = pipeline(RawDocument("x.txt", f"Seoul stocks\n\n{sentence}".encode(), "x.txt"))
    assert [m.subject for m in record.moves] == subjects
    assert all(m.currency in (None, "KRW") for m in record.moves)


def test_preferred_line_follows_the_exchange_code_convention() -> None:
    classes = ShareClasses(load_master().__contains__)
    assert classes.preferred("XKRX:005930") == "XKRX:005935"  # Samsung Electronics
    assert classes.preferred("XKRX:005380") == "XKRX:005387"  # Hyundai Motor: 2nd pref line
    assert classes.preferred("XKRX:000660") is None  # SK Hynix has no preferred line
    assert classes.preferred("XTKS:7203") is None  # no separate preferred lines in Tokyo
    assert classes.preferred("XKRX:005935") is None  # already a preferred line


@pytest.mark.parametrize(
    ("hint", "mic"),
    [
        ("Hong-Kong listed shares of the automaker", "XHKG"),
        ("its Hong Kong-listed stock", "XHKG"),
        ("stocks in Shenzhen", "XSHE"),
        ("its U.S.-listed shares", "XNAS"),
    ],
)
def test_market_hints_name_the_exchange(hint: str, mic: str) -> None:
    assert mic in next(mics for pattern, mics in MARKET_HINTS if pattern.search(hint))
