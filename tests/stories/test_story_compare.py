"""Comparing outlets inside a story, on whole records."""

from __future__ import annotations

from datetime import UTC, date, datetime

from storykit import article, move, record

from tickerwire.stories.agreement import compare

SMIC = "XHKG:00981"


def _article(name, outlet, sentence, published):
    return article(
        "SMIC shares rally", [sentence], name=name, publisher=outlet, published=published
    )


def test_day_move_and_month_move_are_not_a_contradiction():
    a = _article(
        "a.txt",
        "Reuters",
        "SMIC jumped 5% on Thursday to a record.",
        datetime(2025, 2, 6, 4, tzinfo=UTC),
    )
    b = _article(
        "b.txt",
        "Bloomberg",
        "SMIC has surged 27% since the model launched.",
        datetime(2025, 2, 6, 9, tzinfo=UTC),
    )
    records = [
        record(a, moves=(move(a.text, SMIC, "jumped 5% on Thursday", 5.0, day=date(2025, 2, 6)),)),
        record(
            b, moves=(move(b.text, SMIC, "surged 27%", 27.0, window="since the model launched"),)
        ),
    ]
    assert compare(records, {a.id: "Reuters", b.id: "Bloomberg"}) == ()


def test_a_contradiction_keeps_both_sides():
    a = _article(
        "a.txt", "Reuters", "SMIC jumped 5% on Thursday.", datetime(2025, 2, 6, 4, tzinfo=UTC)
    )
    b = _article(
        "b.txt", "Bloomberg", "SMIC fell 2% on Thursday.", datetime(2025, 2, 6, 9, tzinfo=UTC)
    )
    records = [
        record(a, moves=(move(a.text, SMIC, "jumped 5% on Thursday", 5.0, day=date(2025, 2, 6)),)),
        record(
            b,
            moves=(
                move(
                    b.text, SMIC, "fell 2% on Thursday", 2.0, direction="down", day=date(2025, 2, 6)
                ),
            ),
        ),
    ]
    (found,) = compare(records, {a.id: "Reuters", b.id: "Bloomberg"})
    assert found.verdict == "contradict"
    assert (found.first_article, found.first_move) == (a.id, 0)
    assert (found.second_article, found.second_move) == (b.id, 0)
    assert "jumped 5% on Thursday" in found.note and "fell 2% on Thursday" in found.note


def test_different_days_are_not_compared():
    a = _article(
        "a.txt", "Reuters", "SMIC jumped 5% on Thursday.", datetime(2025, 2, 6, 4, tzinfo=UTC)
    )
    b = _article(
        "b.txt", "Bloomberg", "SMIC rose 3.7% on Monday.", datetime(2025, 2, 10, 9, tzinfo=UTC)
    )
    records = [
        record(a, moves=(move(a.text, SMIC, "jumped 5% on Thursday", 5.0, day=date(2025, 2, 6)),)),
        record(b, moves=(move(b.text, SMIC, "rose 3.7% on Monday", 3.7, day=date(2025, 2, 10)),)),
    ]
    assert compare(records, {}) == ()
