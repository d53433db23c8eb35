"""The HTML report: self-contained, evidence highlighted in place, linear at 1,000 articles."""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime, timedelta

from tickerwire.model import (
    Article,
    ArticleRecord,
    Catalyst,
    Entity,
    Mention,
    Move,
    Quote,
    Rejection,
    Span,
    Verification,
)
from tickerwire.report import render_report, write_report
from tickerwire.report.highlight import Mark, highlight
from tickerwire.stories import cluster

TEMPLATE = (
    "{name} shares jump on {partner} deal\n\n"
    "MUMBAI, {when} (Reuters) - Shares of {name} rose 4.5% on {weekday} after the company "
    "signed a supply agreement with {partner}, its largest contract this year.\n\n"
    '"The deal lifts visibility on earnings for the next two years," said Priya Nair, an '
    "analyst at Kotak Institutional Equities.\n\n"
    "The Nifty 50 index rose 0.3%."
)


def _span(text: str, phrase: str) -> Span:
    at = text.index(phrase)
    return Span(at, at + len(phrase))


def make_record(number: int, name: str, partner: str, published: datetime) -> ArticleRecord:
    text = TEMPLATE.format(
        name=name,
        partner=partner,
        when=published.strftime("%b %d"),
        weekday=published.strftime("%A"),
    )
    title = text.split("\n", 1)[0]
    article = Article(
        id=f"art{number:05d}",
        uri=f"/feeds/in/{number:05d}.txt",
        name=f"{number:05d}.txt",
        text=text,
        format="text",
        title=title,
        title_span=Span(0, len(title)),
        body_start=len(title) + 2,
        published=published,
        publisher="Reuters",
    )
    code = f"XNSE:{name.upper().replace(' ', '')[:10]}"
    mentions = tuple(
        Mention(Span(m.start(), m.end()), code, "security", "alias")
        for m in re.finditer(re.escape(name), text)
    )
    day = published.date()
    return ArticleRecord(
        article,
        entities=(
            Entity(code, "security", name, tuple(m.span for m in mentions)),
            Entity("INDEX:NIFTY50", "index", "Nifty 50", (_span(text, "Nifty 50"),)),
        ),
        mentions=(
            *mentions,
            Mention(_span(text, "Nifty 50"), "INDEX:NIFTY50", "index", "alias"),
        ),
        moves=(
            Move(code, "up", 4.5, "%", _span(text, "rose 4.5%"), date=day),
            Move("INDEX:NIFTY50", "up", 0.3, "%", _span(text, "index rose 0.3%"), date=day),
        ),
        catalysts=(
            Catalyst(
                code,
                f"the company signed a supply agreement with {partner}",
                _span(text, f"the company signed a supply agreement with {partner}"),
                "after",
                (f"ORG:{partner}",),
            ),
        ),
        quotes=(
            Quote(
                _span(text, "The deal lifts visibility on earnings for the next two years"),
                "positive",
                "Priya Nair",
                "Kotak Institutional Equities",
            ),
        ),
    )


def _sample() -> list[ArticleRecord]:
    monday = datetime(2024, 7, 15, 4, 30, tzinfo=UTC)
    return [
        make_record(1, "Tata Motors", "Jaguar Land Rover", monday),
        make_record(2, "Bharat Forge", "Airbus", monday + timedelta(days=1)),
    ]


def test_highlight_keeps_the_text_and_flattens_overlaps():
    text = "Shares of A&B <Ltd> rose 5% after results."
    marks = [
        Mark(10, 19, "entity", "Entity: A&B Ltd"),
        Mark(10, 27, "move", "Move: +5%"),
        Mark(34, 41, "catalyst", "Catalyst: results"),
    ]
    rendered = str(highlight(text, marks))
    assert html.unescape(re.sub(r"<[^>]+>", "", rendered)) == text
    assert "&lt;Ltd&gt;" in rendered and "<Ltd>" not in rendered
    assert '<mark class="hl hl-entity hl-move"' in rendered
    assert rendered.count("<mark") == 3  # entity+move, move alone, catalyst


def test_report_is_self_contained_and_shows_story_chart_evidence(tmp_path):
    records = _sample()
    stories = cluster(records)
    checks = [Verification("art00001", 0, "confirmed", "close-to-close +4.4% within 0.5pp")]
    rejected = [Rejection("/feeds/in/broken.pdf", "ingest", "binary input (PDF)")]
    path = write_report(
        tmp_path / "out" / "report.html",
        records=records,
        stories=stories,
        verifications=checks,
        rejections=rejected,
    )
    assert path is not None and path.is_file()
    page = path.read_text("utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<style>" in page and "<script>" in page and '<svg class="chart"' in page
    assert page.count('<g class="cell"') == 4  # two stocks, and the index on both days
    for story in stories:
        assert html.escape(story.title) in page
    move_marks = re.findall(r'<mark class="hl[^"]*hl-move[^"]*"[^>]*title="([^"]*)"', page)
    assert any("confirmed" in html.unescape(title) for title in move_marks)
    assert 'class="badge b-confirmed"' in page
    for kind in ("entity", "catalyst", "quote"):
        assert f"hl-{kind}" in page
    assert "/feeds/in/broken.pdf" in page and "binary input (PDF)" in page
    assert list(tmp_path.joinpath("out").iterdir()) == [path]  # no temporary left behind


def test_report_at_a_thousand_articles_stays_linear_and_navigable():
    companies = [
        "Infosys",
        "Wipro",
        "Tata Steel",
        "Reliance Industries",
        "Larsen Toubro",
        "Bajaj Auto",
        "Sun Pharma",
        "Hindalco",
        "Titan Company",
        "Asian Paints",
    ]
    partners = ["Siemens", "Boeing", "Shell", "Nestle", "Toyota"]
    start = datetime(2024, 1, 1, 5, 0, tzinfo=UTC)
    records = [
        make_record(n, companies[n % 10], partners[n % 5], start + timedelta(days=n // 10))
        for n in range(1000)
    ]
    stories = cluster(records)
    page = render_report(
        records=records,
        stories=stories,
        verifications=[],
        rejections=[],
        generated=datetime(2024, 6, 1, tzinfo=UTC),
    )
    assert page.count('<details class="article"') == 1000
    assert page.count(" open>") <= 1 + len(stories)  # articles start collapsed
    assert len(page) < 1000 * 12_000  # a few kB per article, nothing quadratic
    assert page.count('<g class="cell"') <= 25 * 30  # the chart is capped
    assert 'id="filter"' in page
    assert sum(len(s.articles) for s in stories) == 1000
    assert max(s.first_seen for s in stories if s.first_seen).date() <= date(2024, 4, 10)
