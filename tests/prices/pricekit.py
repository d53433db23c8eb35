"""Shared pieces of the price tests: the reference prices, converted once per session.

Test modules import the fixtures from here (the only conftest is tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tickerwire.ingest import read_document
from tickerwire.model import Article, RawDocument

# Every series the price tests use: the Hang Seng Tech members of the Yahoo file, the names
# of the seed articles, and the benchmarks.
HSTECH_MEMBERS = [
    "XHKG:00241",
    "XHKG:00268",
    "XHKG:00285",
    "XHKG:00302",
    "XHKG:00522",
    "XHKG:00700",
    "XHKG:00772",
    "XHKG:00780",
    "XHKG:00981",
    "XHKG:00992",
    "XHKG:01024",
    "XHKG:01347",
    "XHKG:01797",
    "XHKG:01810",
    "XHKG:02015",
    "XHKG:02269",
    "XHKG:02382",
    "XHKG:03690",
    "XHKG:06060",
    "XHKG:06618",
    "XHKG:06690",
    "XHKG:09618",
    "XHKG:09626",
    "XHKG:09866",
    "XHKG:09868",
    "XHKG:09888",
    "XHKG:09961",
    "XHKG:09988",
    "XHKG:09999",
]
OTHER_IDS = [
    "INDEX:HSI",
    "INDEX:CSI300",
    "INDEX:SSEC",
    "INDEX:SPX",
    "INDEX:IXIC",
    "XHKG:03896",
    "XSHG:688981",
    "XSHG:688041",
    "XNAS:NVDA",
    "XNAS:BIDU",
    "XNAS:KC",
    "XNYS:BABA",
]


@pytest.fixture(scope="session", name="price_src")
def price_src_fixture(shared_dir: Path) -> Path:
    folder = shared_dir / "data" / "prices"
    if not folder.is_dir():
        pytest.skip("shared/data/prices not present")
    return folder


_CONVERTED: dict[Path, Path] = {}


@pytest.fixture(scope="session", name="price_dir")
def price_dir_fixture(price_src: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The converted folder, made once per test run (each module imports this fixture)."""
    from tickerwire.prices import import_shared_prices

    if price_src not in _CONVERTED:
        dest = tmp_path_factory.mktemp("prices")
        import_shared_prices(price_src, dest, only=HSTECH_MEMBERS + OTHER_IDS)
        _CONVERTED[price_src] = dest
    return _CONVERTED[price_src]


def read_seed(seeds: Path, prefix: str, replace: tuple[str, str] | None = None) -> Article:
    """A seed article through the real reader, optionally with one phrase altered."""
    path = next(seeds.glob(f"{prefix}_*.txt"))
    data = path.read_bytes()
    if replace is not None:
        old, new = replace
        assert old.encode() in data, f"{old!r} not in {path.name}"
        data = data.replace(old.encode(), new.encode())
    return read_document(RawDocument(str(path), data, path.name))
