"""`tickerwire securities search|show`: a user can look inside the shipped master."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from tickerwire.cli import app

runner = CliRunner()


def test_search_lists_every_listing_of_the_issuer() -> None:
    result = runner.invoke(app, ["securities", "search", "SMIC"])
    assert result.exit_code == 0, result.output
    assert "XHKG:00981" in result.output and "XSHG:688981" in result.output


def test_search_json_and_indices() -> None:
    result = runner.invoke(app, ["securities", "search", "hang seng tech", "--json"])
    assert result.exit_code == 0, result.output
    ids = [row["id"] for row in json.loads(result.output)]
    assert "INDEX:HSTECH" in ids


def test_show_tolerates_leading_zeros_and_lists_other_listings() -> None:
    result = runner.invoke(app, ["securities", "show", "XHKG:9988", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["id"] == "XHKG:09988"
    assert data["other_listings"] == ["XNYS:BABA"]
    assert data["currency"] == "HKD"


def test_show_unknown_listing_fails_with_one_line() -> None:
    result = runner.invoke(app, ["securities", "show", "XHKG:99999"])
    assert result.exit_code == 1
    assert result.output.strip() == "XHKG:99999: no such listing in the security master"


def test_show_ambiguous_code_is_a_usage_error() -> None:
    result = runner.invoke(app, ["securities", "show", "BABA"])
    assert result.exit_code == 2
    assert "XNYS:BABA" in result.output
