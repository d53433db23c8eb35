"""Shared pieces of the API tests: the seeds analysed once into a database, and a client.

Test modules import the fixtures from here (the only conftest is tests/conftest.py). The
client calls the app in-process through httpx's ASGI transport, on one event loop kept for
the module, so the tests are plain functions.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tickerwire.api import create_app

# The listings the seed articles report moves for, with the benchmark the checks need.
PRICE_IDS = ["XHKG:00981", "XHKG:00992", "XHKG:00268", "XHKG:01810", "INDEX:HSI"]

_BUILT: dict[Path, Path] = {}


@pytest.fixture(scope="session", name="api_db")
def api_db_fixture(
    seeds_dir: Path, shared_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The seeds, plus one empty file (a real unreadable input), analysed with price checks."""
    import tickerwire

    if seeds_dir not in _BUILT:
        work = tmp_path_factory.mktemp("api")
        prices = None
        source = shared_dir / "data" / "prices"
        if source.is_dir():
            from tickerwire.prices import import_shared_prices

            prices = work / "prices"
            import_shared_prices(source, prices, only=PRICE_IDS)
        inbox = work / "inbox"
        inbox.mkdir()
        (inbox / "empty.txt").write_bytes(b"")
        db = work / "seeds.duckdb"
        tickerwire.analyze([seeds_dir, inbox], db=db, report=work / "seeds.html", prices=prices)
        _BUILT[seeds_dir] = db
    return _BUILT[seeds_dir]


class Api:
    """A synchronous face on httpx.AsyncClient over the app's ASGI interface."""

    def __init__(self, app) -> None:
        self.app = app
        self._loop = asyncio.Runner()
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        self._client = httpx.AsyncClient(transport=transport, base_url="http://tickerwire.test")

    def get(self, url: str, **params: object) -> httpx.Response:
        return self._loop.run(self._client.get(url, params=params or None))

    def request(self, method: str, url: str) -> httpx.Response:
        return self._loop.run(self._client.request(method, url))

    def json(self, url: str, **params: object) -> dict:
        response = self.get(url, **params)
        assert response.status_code == 200, response.text
        return response.json()

    def close(self) -> None:
        self._loop.run(self._client.aclose())
        self._loop.close()
        self.app.state.reader.close()


@pytest.fixture(scope="module", name="api")
def api_fixture(api_db: Path) -> Iterator[Api]:
    client = Api(create_app(api_db))
    try:
        yield client
    finally:
        client.close()
