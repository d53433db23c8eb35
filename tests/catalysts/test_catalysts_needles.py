"""Where the fragments of a costly pattern occur, as the gate before the pattern runs."""

from __future__ import annotations

from tickerwire.catalysts.keywords import Needles

NEEDLES = Needles({"flat": ["little changed", "flat"], "as_not": ["as well as", "such as"]})


def test_a_fragment_counts_only_wholly_inside_the_range() -> None:
    text = "Shares were little changed, as well as bonds."
    at = text.index("little changed")
    assert NEEDLES.within(text, "flat", at, at + len("little changed")) is True
    assert NEEDLES.within(text, "flat", at, at + 6) is False
    assert NEEDLES.within(text, "flat", at + 1, len(text)) is False
    assert NEEDLES.within(text, "as_not", 0, len(text)) is True


def test_case_and_overlapping_fragments() -> None:
    text = "FLAT trading, Such As this"
    assert NEEDLES.within(text, "flat", 0, 4) is True
    assert NEEDLES.within(text, "as_not", 0, len(text)) is True


def test_a_text_that_lowering_reads_differently_is_left_to_the_pattern() -> None:
    assert NEEDLES.within("İstanbul was flat", "flat", 0, 17) is None
    assert NEEDLES.within("Stocks were \u212aeen", "flat", 0, 15) is None
