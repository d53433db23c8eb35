"""Fixtures shared by every test folder (the only conftest).

``shared_dir`` is the read-only ``shared/`` folder that sits beside the repository (design,
labelled articles, real reference and price data). Tests that need it skip, saying why, when
it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


def _shared() -> Path:
    return (REPO / ".." / "shared").resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = _shared()
    if not path.is_dir():
        pytest.skip(f"shared data folder not present at {path}")
    return path


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    path = shared_dir / "seeds"
    if not path.is_dir():
        pytest.skip(f"seed articles not present at {path}")
    return path


@pytest.fixture(scope="session")
def dev_dir(shared_dir: Path) -> Path:
    path = shared_dir / "eval" / "dev"
    if not (path / "gold.jsonl").is_file():
        pytest.skip(f"labelled development articles not present at {path}")
    return path


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def pipeline():
    from tickerwire.pipeline import build_pipeline

    return build_pipeline(strict=True)
