"""Near-duplicates: an "— Update" copy of a wire story is folded into the original."""

from __future__ import annotations

from datetime import UTC, datetime

from storykit import article, entity, record

from tickerwire.stories import cluster, sketch
from tickerwire.stories.sketch import similarity

BODY = [
    "TOKYO, May 9 (Reuters) - Shares of Toyota Motor Corp jumped as much as 6.1% on Thursday, "
    "their biggest intraday gain in three months, after the world's top-selling automaker "
    "announced a share buyback of up to 1 trillion yen and forecast record operating profit "
    "for the year to March.",
    "The buyback, equivalent to about 3% of its outstanding shares, exceeded the expectations "
    "of most analysts, who had pencilled in a programme of around 500 billion yen.",
    "Toyota said it expected operating profit of 4.3 trillion yen in the current financial "
    "year, helped by a weak yen and strong demand for hybrid vehicles in North America.",
    '"The scale of the buyback shows management is serious about capital efficiency," said '
    "Koji Endo, an analyst at SBI Securities in Tokyo.",
    "The broader Nikkei 225 index rose 0.8%, while rival Honda Motor Co gained 1.2% ahead of "
    "its own results due next week.",
]

UPDATED = [
    BODY[0].replace("jumped as much as 6.1%", "jumped as much as 6.3%"),
    BODY[1],
    BODY[2],
    BODY[3],
    BODY[4].replace("rose 0.8%", "closed up 0.9%"),
    "Toyota shares ended the session 5.4% higher, their strongest close since February.",
]


def _pair():
    original = article(
        "Toyota shares jump on record $6.4 billion buyback",
        BODY,
        name="reuters_toyota.txt",
        published=datetime(2024, 5, 9, 2, 15, tzinfo=UTC),
        publisher="Reuters",
    )
    update = article(
        "Toyota shares jump on record $6.4 billion buyback — Update",
        UPDATED,
        name="reuters_toyota_update.txt",
        published=datetime(2024, 5, 9, 6, 40, tzinfo=UTC),
        publisher="Reuters",
    )
    return original, update


def _with_toyota(art):
    return record(art, entities=(entity(art.text, "XJPX:7203", "Toyota Motor", "Toyota"),))


def test_update_copy_is_a_duplicate_of_the_original():
    original, update = _pair()
    stories = cluster([_with_toyota(update), _with_toyota(original)])
    assert len(stories) == 1
    by_id = {item.article_id: item for item in stories[0].articles}
    assert by_id[original.id].novelty == "first"
    assert by_id[update.id].novelty == "duplicate"
    assert by_id[update.id].duplicate_of == original.id


def test_without_dates_the_title_marked_update_is_the_copy():
    original, update = _pair()
    undated = [a.__class__(**{**_fields(a), "published": None}) for a in (update, original)]
    stories = cluster([_with_toyota(a) for a in undated])
    novelty = {item.article_id: item.novelty for item in stories[0].articles}
    assert novelty == {undated[1].id: "first", undated[0].id: "duplicate"}


def test_a_different_story_about_the_same_company_is_not_a_copy():
    original, _ = _pair()
    other = article(
        "Toyota recalls 1 million vehicles over faulty sensor",
        [
            "TOKYO, Dec 21 (Reuters) - Toyota Motor Corp is recalling about 1 million vehicles "
            "in the United States because a sensor in the passenger seat may fail to detect an "
            "occupant, preventing the airbag from deploying in a crash.",
            "Dealers will inspect and replace the sensor free of charge, the company said in a "
            "filing with the National Highway Traffic Safety Administration.",
        ],
        name="reuters_recall.txt",
        published=datetime(2023, 12, 21, 1, 0, tzinfo=UTC),
        publisher="Reuters",
    )
    first, second = sketch(_with_toyota(original)), sketch(_with_toyota(other))
    assert similarity(first.signature, second.signature) < 0.2
    stories = cluster([_with_toyota(original), _with_toyota(other)])
    assert len(stories) == 2
    assert {item.novelty for story in stories for item in story.articles} == {"first"}


def test_signatures_are_stable_and_estimate_overlap():
    original, update = _pair()
    a, b = sketch(_with_toyota(original)), sketch(_with_toyota(update))
    assert (a.signature == sketch(_with_toyota(original)).signature).all()
    assert 0.5 <= similarity(a.signature, b.signature) < 1.0


def _fields(art):
    return {name: getattr(art, name) for name in art.__slots__}


def test_the_same_article_given_twice_is_one_article():
    original, _ = _pair()
    stories = cluster([_with_toyota(original), _with_toyota(original)])
    assert [(a.article_id, a.novelty) for s in stories for a in s.articles] == [
        (original.id, "first")
    ]
