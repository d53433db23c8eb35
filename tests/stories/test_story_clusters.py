"""Same event across outlets: clustered by shared entities, catalysts and time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from storykit import article, catalyst, entity, move, quote, record

from tickerwire.stories import cluster, timeline
from tickerwire.stories.cluster import DUPLICATE_DAYS, MAX_SPAN
from tickerwire.stories.sketch import outlet_of

SAMSUNG = "XKRX:005930"
SK_HYNIX = "XKRX:000660"
KOSPI = "INDEX:KOSPI"
NVIDIA = "XNAS:NVDA"


def _entities(text):
    found = [
        entity(text, SAMSUNG, "Samsung Electronics", "Samsung"),
        entity(text, SK_HYNIX, "SK Hynix", "SK Hynix"),
        entity(text, KOSPI, "KOSPI", "KOSPI", "Kospi", kind="index"),
        entity(text, NVIDIA, "Nvidia", "Nvidia"),
    ]
    return tuple(e for e in found if e.mentions)


def reuters_hbm():
    text_title = "Samsung shares surge after Nvidia clears its HBM chips"
    art = article(
        text_title,
        [
            "SEOUL, Sept 4 (Reuters) - Shares of Samsung Electronics rose 3.2% on Wednesday after "
            "a report that Nvidia had approved its fifth-generation high bandwidth memory chips "
            "for use in its artificial intelligence processors.",
            "The approval removes a key doubt over Samsung's ability to compete with SK Hynix, "
            "which has so far supplied most of the HBM chips used in Nvidia's accelerators. "
            "SK Hynix shares fell 1.1%.",
            "The benchmark KOSPI gained 0.6%.",
        ],
        name="reuters_samsung_hbm.txt",
        published=datetime(2024, 9, 4, 3, 30, tzinfo=UTC),
        publisher="Reuters",
    )
    t = art.text
    return record(
        art,
        entities=_entities(t),
        moves=(
            move(t, SAMSUNG, "rose 3.2% on Wednesday", 3.2, day=date(2024, 9, 4)),
            move(
                t,
                SK_HYNIX,
                "SK Hynix shares fell 1.1%",
                1.1,
                direction="down",
                day=date(2024, 9, 4),
            ),
            move(t, KOSPI, "KOSPI gained 0.6%", 0.6, day=date(2024, 9, 4)),
        ),
        catalysts=(
            catalyst(
                t,
                SAMSUNG,
                "a report that Nvidia had approved its fifth-generation high "
                "bandwidth memory chips",
                "after",
                NVIDIA,
            ),
        ),
    )


def yonhap_hbm():
    art = article(
        "Samsung Electronics jumps 3% as Nvidia approves HBM3E supply",
        [
            "Samsung Electronics Co. shares climbed 3% in Seoul on Wednesday, outperforming the "
            "Kospi, after Nvidia Corp. was said to have signed off on Samsung's HBM3E memory for "
            "its AI accelerators.",
            '"This qualification is the catalyst the stock has been waiting for," said Park '
            "Yu-ak, an analyst at Kiwoom Securities. Rival SK Hynix slipped 1.1%.",
        ],
        name="yonhap_samsung_hbm.txt",
        published=datetime(2024, 9, 4, 6, 5, tzinfo=UTC),
        publisher="Yonhap",
    )
    t = art.text
    return record(
        art,
        entities=_entities(t),
        moves=(
            move(t, SAMSUNG, "shares climbed 3% in Seoul on Wednesday", 3.0, day=date(2024, 9, 4)),
            move(t, SK_HYNIX, "SK Hynix slipped 1.1%", 1.1, direction="down", day=date(2024, 9, 4)),
        ),
        catalysts=(
            catalyst(
                t,
                SAMSUNG,
                "Nvidia Corp. was said to have signed off on Samsung's HBM3E memory",
                "after",
                NVIDIA,
            ),
        ),
        quotes=(
            quote(
                t,
                "This qualification is the catalyst the stock has been waiting for",
                "Park Yu-ak",
                "Kiwoom Securities",
                "positive",
            ),
        ),
    )


def undated_hbm_analysis():
    art = article(
        "Why Nvidia's nod matters for Samsung",
        [
            "Samsung Electronics has spent more than a year trying to get its HBM chips past "
            "Nvidia's qualification tests, while SK Hynix took the lion's share of orders.",
            "Samsung shares have gained 7% over the past week on hopes that Nvidia's approval "
            "would finally open the door to the AI memory market.",
        ],
        name="blog_samsung_hbm.txt",
    )
    t = art.text
    return record(
        art,
        entities=_entities(t),
        moves=(move(t, SAMSUNG, "gained 7% over the past week", 7.0, window="past week"),),
        catalysts=(
            catalyst(
                t,
                SAMSUNG,
                "hopes that Nvidia's approval would finally open the door to the AI memory market",
                "on",
                NVIDIA,
            ),
        ),
    )


def strike_weeks_later():
    art = article(
        "Samsung shares slide as union strike spreads to chip lines",
        [
            "SEOUL, Oct 15 (Reuters) - Samsung Electronics shares fell 2.4% on Tuesday after its "
            "largest union said a strike would spread to memory chip production lines, raising "
            "concern about output.",
            "The KOSPI slipped 0.3%.",
        ],
        name="reuters_samsung_strike.txt",
        published=datetime(2024, 10, 15, 4, 0, tzinfo=UTC),
        publisher="Reuters",
    )
    t = art.text
    return record(
        art,
        entities=_entities(t),
        moves=(
            move(
                t,
                SAMSUNG,
                "shares fell 2.4% on Tuesday",
                2.4,
                direction="down",
                day=date(2024, 10, 15),
            ),
        ),
        catalysts=(
            catalyst(
                t,
                SAMSUNG,
                "its largest union said a strike would spread to memory chip production lines",
                "after",
            ),
        ),
    )


def undated_strike_column():
    art = article(
        "Samsung's union problem is not going away",
        [
            "Samsung Electronics shares have dropped 9% this month as a strike by its largest "
            "union dragged on and workers walked out of memory chip production lines.",
            "Management has offered a one-off bonus, but the union says it wants a permanent "
            "pay rise.",
        ],
        name="column_samsung_union.txt",
    )
    t = art.text
    return record(
        art,
        entities=_entities(t),
        moves=(
            move(
                t,
                SAMSUNG,
                "shares have dropped 9% this month",
                9.0,
                direction="down",
                window="this month",
            ),
        ),
        catalysts=(catalyst(t, SAMSUNG, "a strike by its largest union dragged on", "as"),),
    )


def _groups(stories):
    return sorted(sorted(item.article_id for item in story.articles) for story in stories)


def test_two_outlets_same_day_same_cause_make_one_story():
    first, second = reuters_hbm(), yonhap_hbm()
    stories = cluster([second, first])
    assert len(stories) == 1
    story = stories[0]
    assert story.outlets == ("Reuters", "Yonhap")
    assert [(a.article_id, a.novelty) for a in story.articles] == [
        (first.article.id, "first"),
        (second.article.id, "follow-up"),
    ]
    assert story.first_seen == first.article.published
    assert story.last_seen == second.article.published
    assert story.entities[0] == SAMSUNG
    assert story.title.startswith("Samsung")
    assert "Nvidia" in story.title


def test_same_company_weeks_apart_with_another_cause_is_another_story():
    records = [reuters_hbm(), yonhap_hbm(), strike_weeks_later()]
    assert _groups(cluster(records)) == sorted(
        [sorted([records[0].article.id, records[1].article.id]), [records[2].article.id]]
    )


def test_undated_articles_join_the_story_whose_cause_they_share():
    records = [
        reuters_hbm(),
        yonhap_hbm(),
        strike_weeks_later(),
        undated_hbm_analysis(),
        undated_strike_column(),
    ]
    ids = [r.article.id for r in records]
    assert _groups(cluster(records)) == sorted(
        [sorted([ids[0], ids[1], ids[3]]), sorted([ids[2], ids[4]])]
    )


def test_result_does_not_depend_on_input_order():
    records = [
        reuters_hbm(),
        yonhap_hbm(),
        strike_weeks_later(),
        undated_hbm_analysis(),
        undated_strike_column(),
    ]
    forward = cluster(records)
    backward = cluster(list(reversed(records)))
    assert _groups(forward) == _groups(backward)
    assert [s.id for s in forward] == [s.id for s in backward]


def test_outlets_compared_and_timeline_ordered():
    records = [reuters_hbm(), yonhap_hbm(), undated_hbm_analysis()]
    story = cluster(records)[0]
    verdicts = {(d.subject, d.verdict) for d in story.disagreements}
    # 3.2% and 3% on the same day differ within rounding; the SK Hynix falls agree; the
    # week-long 7% gain is another window and is compared with nothing.
    assert verdicts == {(SAMSUNG, "rounding"), (SK_HYNIX, "agree")}
    outlets = {r.article.id: outlet_of(r) for r in records}
    entries = timeline(records, outlets)
    assert [e.day for e in entries][:5] == [date(2024, 9, 4)] * 5
    assert entries[-1].day is None and entries[-1].move.window == "past week"


def test_every_article_lands_in_exactly_one_story():
    records = [
        reuters_hbm(),
        yonhap_hbm(),
        strike_weeks_later(),
        undated_hbm_analysis(),
        undated_strike_column(),
    ]
    placed = [item.article_id for story in cluster(records) for item in story.articles]
    assert sorted(placed) == sorted(r.article.id for r in records)
    assert cluster([]) == ()


def test_daily_coverage_of_one_name_does_not_chain_into_one_endless_story():
    start = datetime(2024, 6, 3, 13, 30, tzinfo=UTC)
    records = []
    for day in range(21):
        when = start + timedelta(days=day)
        art = article(
            f"Samsung shares edge higher as Nvidia HBM hopes build, day {day + 1}",
            [
                f"Samsung Electronics shares rose 1.{day % 10}% on {when:%A} on hopes that "
                "Nvidia would approve its HBM chips, with foreign investors net buyers for "
                f"the {day + 1}th session.",
            ],
            name=f"daily_{day:02d}.txt",
            published=when,
            publisher="Korea Herald",
        )
        t = art.text
        records.append(
            record(
                art,
                entities=_entities(t),
                catalysts=(
                    catalyst(
                        t, SAMSUNG, "hopes that Nvidia would approve its HBM chips", "on", NVIDIA
                    ),
                ),
            )
        )
    stories = cluster(records)
    assert len(stories) >= 3
    for story in stories:
        # A story's own days span at most a week; its copies may trail by a few days more.
        assert (story.last_seen - story.first_seen).days <= MAX_SPAN + DUPLICATE_DAYS


def test_titles_use_the_name_the_articles_use():
    story = cluster([reuters_hbm()])[0]
    # "Samsung" is written three times, "Samsung Electronics" once: the title says Samsung.
    assert story.title.split(",")[0].split(" ")[0] == "Samsung"
    assert "Samsung Electronics" not in story.title
