"""Every 4xx and 5xx answer is one JSON envelope: {"ok": false, "error": "...", "status": N}."""

from __future__ import annotations

import shutil

import duckdb
import pytest
from apikit import Api, api_db_fixture, api_fixture  # noqa: F401  (fixtures)

from tickerwire.api import create_app, error_body
from tickerwire.errors import StoreError


def _assert_envelope(response, status: int) -> dict:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    return body


@pytest.mark.parametrize(
    ("url", "status", "says"),
    [
        ("/api/articles/0000000000000000", 404, "0000000000000000"),
        ("/api/stories/story:000000000000", 404, "story:000000000000"),
        ("/api/entities/XHKG:99999/moves", 404, "XHKG:99999"),
        ("/api/no-such-endpoint", 404, "Not Found"),
        ("/api/moves?limit=0", 422, "limit"),
        ("/api/moves?limit=100000", 422, "limit"),
        ("/api/articles?offset=-1", 422, "offset"),
        ("/api/moves?direction=sideways", 422, "direction"),
        ("/api/moves?from=yesterday", 422, "from"),
        ("/api/moves?status=maybe", 422, "status"),
    ],
)
def test_errors_share_one_envelope(api, url, status, says):
    body = _assert_envelope(api.get(url), status)
    assert says in body["error"]


def test_wrong_method_uses_the_envelope(api):
    _assert_envelope(api.request("POST", "/api/moves"), 405)


def test_the_envelope_is_built_in_one_place():
    assert error_body(500, "internal error: RuntimeError") == {
        "ok": False,
        "error": "internal error: RuntimeError",
        "status": 500,
    }


def test_a_missing_database_is_refused_before_serving(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        create_app(tmp_path / "none.duckdb")


def test_a_server_fault_uses_the_envelope(api_db, tmp_path):
    """A database missing a table the article view reads: the fault is a 500 envelope."""
    broken = tmp_path / "broken.duckdb"
    shutil.copyfile(api_db, broken)
    with duckdb.connect(str(broken)) as connection:
        connection.execute("DROP TABLE story_articles")
    client = Api(create_app(broken))
    try:
        article = client.json("/api/articles", limit=1)["items"][0]["id"]
        body = _assert_envelope(client.get(f"/api/articles/{article}"), 500)
        assert body["error"].startswith("internal error")
    finally:
        client.close()
