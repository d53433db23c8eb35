"""The stage remembers verdicts across articles (the candidates of an alias, the listing of an
issuer in a market, the issuer a name means): none may make a record depend on which articles
the process saw before. Every passage must give the same entities and mentions whatever the
order the articles come in."""

from __future__ import annotations

import datetime as dt
import random

from tickerwire.entities import extract_entities

PASSAGES: list[tuple[str, dt.date | None]] = [
    ("Seres jumped 5% in Shanghai after the carmaker raised prices.", dt.date(2024, 3, 1)),
    ("Seres Therapeutics soared 60% on Wall Street.", dt.date(2020, 8, 10)),
    ("Merck rose 2% on Wall Street after its drug trial.", None),
    ("In Germany, Merck and Bayer lost 4% as the DAX fell.", dt.date(2020, 3, 9)),
    ("Hyundai Heavy Industries rose 2% in Seoul.", dt.date(2018, 5, 2)),
    ("Hyundai Heavy Industries rose 2% in Seoul.", dt.date(2023, 5, 2)),
    ("Royal Dutch Shell fell 1% in London.", dt.date(2019, 5, 2)),
    ("Shell fell 1% in London.", dt.date(2023, 5, 2)),
    ("Reliance Industries was among the top gainers of the BSE Sensex.", None),
    ("Reliance Industries led the Nifty higher.", None),
    ("Hong Kong-listed SMIC rose 5% to HK$46.95.", dt.date(2025, 2, 6)),
    ("SMIC's Shanghai-listed shares rose 3%.", dt.date(2025, 2, 6)),
    ("Renault SA rose 2% in Paris. Asahi shares rose 1% in Tokyo.", None),
    ("The STOXX 600 banks index rose 1.1% and Paris was up 0.5%.", None),
    ("Zomato shares jumped 5% on the NSE.", dt.date(2021, 7, 23)),
]


def _records(order: list[int]) -> dict[int, tuple[object, ...]]:
    out = {}
    for i in order:
        text, day = PASSAGES[i]
        entities, mentions = extract_entities(text, day)
        out[i] = (entities, mentions)
    return out


def test_records_do_not_depend_on_the_order_of_articles() -> None:
    forward = _records(list(range(len(PASSAGES))))
    backward = _records(list(reversed(range(len(PASSAGES)))))
    shuffled_order = list(range(len(PASSAGES))) * 2
    random.Random(7).shuffle(shuffled_order)
    shuffled = _records(shuffled_order)
    assert forward == backward == shuffled


def test_one_name_in_two_markets_in_turn() -> None:
    us = "Merck rose 2% on Wall Street after its drug trial."
    de = "In Germany, Merck and Bayer lost 4% as the DAX fell."
    first = [extract_entities(t)[0] for t in (us, de, us, de)]
    assert first[0] == first[2] and first[1] == first[3]
    assert {e.id for e in first[0]} != {e.id for e in first[1]}
