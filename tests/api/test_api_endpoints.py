"""The JSON API over the analysed seed articles: real values, filters and pagination."""

from __future__ import annotations

import duckdb
import pytest
from apikit import api_db_fixture, api_fixture  # noqa: F401  (fixtures)

from tickerwire.store import Store


def _spans(value, path=""):
    """Every span (a dict with start and end) inside a JSON value, with where it was."""
    if isinstance(value, dict):
        if {"start", "end"} <= value.keys() and isinstance(value["start"], int):
            yield path, value
        for key, item in value.items():
            yield from _spans(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _spans(item, f"{path}[{index}]")


def _all(api, url, **params):
    """Every item of a paginated list, walked two at a time."""
    items, offset = [], 0
    while True:
        page = api.json(url, limit=2, offset=offset, **params)
        items.extend(page["items"])
        offset += 2
        if offset >= page["total"]:
            return items, page["total"]


def test_moves_of_smic_include_the_record_high_with_its_evidence(api):
    page = api.json("/api/moves", subject="XHKG:00981")
    assert page["total"] == len(page["items"]) >= 1
    assert {m["subject"] for m in page["items"]} == {"XHKG:00981"}
    high = [m for m in page["items"] if m["trading_day"] == "2025-02-06"]
    assert len(high) == 1
    move = high[0]
    assert (move["direction"], move["value"], move["unit"]) == ("up", 5.0, "%")
    assert (move["price"], move["currency"], move["record"]) == (46.95, "HKD", "high")
    assert move["text"] == "jumped 5% to HK$46.95"
    assert move["publisher"] == "Investing.com"


def test_move_filters_direction_and_day_range(api):
    everything = api.json("/api/moves", limit=500)
    down = api.json("/api/moves", direction="down")
    assert down["total"] >= 1
    assert {m["direction"] for m in down["items"]} == {"down"}
    assert down["total"] < everything["total"]

    day = api.json("/api/moves", **{"from": "2025-02-07", "to": "2025-02-07"})
    assert day["total"] >= 1
    assert {m["trading_day"] for m in day["items"]} == {"2025-02-07"}
    assert "jumped 5% to HK$46.95" not in {m["text"] for m in day["items"]}
    before = api.json("/api/moves", to="2025-02-06")
    assert "jumped 5% to HK$46.95" in {m["text"] for m in before["items"]}
    assert all(m["trading_day"] <= "2025-02-06" for m in before["items"])


def test_move_status_comes_from_the_price_checks(api, api_db):
    with Store.open(api_db, read_only=True) as store:
        checks = store.verifications()
    if not checks:
        pytest.skip("shared/data/prices not present: no price checks were made")
    confirmed = api.json("/api/moves", status="confirmed")
    assert {m["status"] for m in confirmed["items"]} == {"confirmed"}
    assert confirmed["total"] == sum(c.status == "confirmed" for c in checks)
    assert "jumped 5% to HK$46.95" in {m["text"] for m in confirmed["items"]}
    totals = [api.json("/api/moves", status=s)["total"] for s in ("confirmed", "contradicted", "unknown", "unchecked")]  # fmt: skip
    assert sum(totals) == api.json("/api/moves")["total"]


def test_pages_walk_the_whole_list_without_overlap(api):
    whole = api.json("/api/moves", limit=500)
    walked, total = _all(api, "/api/moves")
    assert total == whole["total"] == len(whole["items"]) > 4
    assert walked == whole["items"]
    keys = [(m["article_id"], m["move_index"]) for m in walked]
    assert len(set(keys)) == len(keys)
    past_end = api.json("/api/moves", offset=total)
    assert (past_end["items"], past_end["total"]) == ([], total)


def test_article_list_filters_by_publisher_and_title(api):
    everything = api.json("/api/articles")
    assert everything["total"] == 5
    dow = api.json("/api/articles", publisher="dow jones newswires")
    assert [a["name"][:3] for a in dow["items"]] == ["004"]
    smic = api.json("/api/articles", q="smic")
    assert smic["total"] == 2
    assert all("smic" in a["title"].lower() for a in smic["items"])
    assert api.json("/api/articles", q="_")["total"] == 0  # literal, not a wildcard


def test_article_detail_is_the_whole_record_with_evidence_text(api):
    listed = api.json("/api/articles", publisher="Investing.com")["items"][0]
    detail = api.json(f"/api/articles/{listed['id']}")
    text = detail["article"]["text"]
    for key in ("entities", "mentions", "moves", "figures", "catalysts", "quotes", "sentiment"):
        assert key in detail
    assert detail["entities"] and detail["mentions"] and detail["moves"] and detail["sentiment"]
    spans = list(_spans(detail))
    assert len(spans) > 20
    for where, span in spans:
        assert span["text"] == text[span["start"] : span["end"]], where
    move = detail["moves"][0]
    assert move["evidence"]["text"] == "jumped 5% to HK$46.95"
    assert move["subject_span"]["text"] == "SMIC"
    smic = next(e for e in detail["entities"] if e["id"] == "XHKG:00981")
    assert {m["text"] for m in smic["mentions"]} >= {"SMIC"}
    cause = detail["catalysts"][0]
    assert "DeepSeek" in cause["evidence"]["text"]
    assert all(s["evidence"] for s in detail["sentiment"] if s["label"] != "neutral")
    assert [s["story_id"] for s in detail["stories"]]


def test_catalysts_naming_deepseek_list_the_moves_it_caused(api, api_db):
    with Store.open(api_db, read_only=True) as store:
        expected = sum("ORG:DeepSeek" in c.entities for r in store.records() for c in r.catalysts)
    found, total = _all(api, "/api/catalysts", entity="ORG:DeepSeek")
    assert total == len(found) == expected >= 4
    assert all("ORG:DeepSeek" in c["entities"] for c in found)
    moved = {(c["move"]["subject"], c["move"]["text"]) for c in found if c["move"]}
    assert ("XHKG:00981", "jumped 5% to HK$46.95") in moved
    assert "INDEX:HSTECH" in {subject for subject, _ in moved}
    for item in found:
        if item["move"]:
            assert item["move"]["subject"] == item["subject"]


def test_entity_moves_carry_their_catalysts(api):
    page = api.json("/api/entities/XHKG:00981/moves")
    assert page["entity"] == "XHKG:00981"
    assert page["total"] == api.json("/api/moves", subject="XHKG:00981")["total"]
    high = next(m for m in page["items"] if m["text"] == "jumped 5% to HK$46.95")
    assert high["catalysts"]
    assert any("ORG:DeepSeek" in c["entities"] for c in high["catalysts"])
    basket = api.json("/api/entities/GROUP:Chinese tech stocks/moves")
    assert {m["subject"] for m in basket["items"]} == {"GROUP:Chinese tech stocks"}


def test_the_deepseek_story_has_its_four_articles(api):
    stories = api.json("/api/stories")
    assert stories["total"] == 2
    biggest = max(stories["items"], key=lambda s: s["articles"])
    assert biggest["articles"] == 4
    assert "ORG:DeepSeek" in biggest["entities"]
    detail = api.json(f"/api/stories/{biggest['id']}")
    assert sorted(a["file"][:3] for a in detail["articles"]) == ["000", "001", "002", "004"]
    assert [a["novelty"] for a in detail["articles"]].count("first") == 1
    assert "jumped 5% to HK$46.95" in {entry["text"] for entry in detail["timeline"]}
    with_deepseek = api.json("/api/stories", entity="ORG:DeepSeek")
    assert biggest["id"] in {s["id"] for s in with_deepseek["items"]}


def test_rejections_list_the_unreadable_input(api):
    page = api.json("/api/rejections")
    assert page["total"] == 1
    rejection = page["items"][0]
    assert rejection["uri"].endswith("empty.txt")
    assert rejection["reason"]
    assert api.json("/api/rejections", stage=rejection["stage"])["total"] == 1
    assert api.json("/api/rejections", stage="no-such-stage")["total"] == 0


def test_root_serves_the_report_of_the_database(api):
    response = api.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    title = max(api.json("/api/stories")["items"], key=lambda s: s["articles"])["title"]
    assert title in html
    assert "jumped 5% to HK$46.95</mark>" in html
    assert "empty.txt" in html


def test_the_database_is_opened_read_only(api):
    with api.app.state.reader.store() as store, pytest.raises(duckdb.Error):
        store.connection.execute("CREATE TABLE scratch (i INTEGER)")
