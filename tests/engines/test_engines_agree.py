"""Every engine gives the same records in the same order: local, processes and Spark."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from tickerwire.errors import ConfigError
from tickerwire.optional import require
from tickerwire.run import analyse_inputs
from tickerwire.serialize import dumps


def _records(locations: list[Path], **engine: object) -> list[str]:
    return [dumps(item) for item in analyse_inputs(locations, **engine)]  # type: ignore[arg-type]


def test_processes_equal_local(seeds_dir: Path, data_dir: Path) -> None:
    inputs = [seeds_dir, data_dir / "ingest"]
    assert _records(inputs, engine="processes", workers=2) == _records(inputs)


@pytest.mark.slow
def test_spark_equals_local(seeds_dir: Path, data_dir: Path) -> None:
    if importlib.util.find_spec("pyspark") is None:
        pytest.skip("pyspark not installed: pip install 'tickerwire[spark]'")
    if shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime on PATH")
    inputs = [seeds_dir, data_dir / "ingest"]
    assert _records(inputs, engine="spark", workers=2) == _records(inputs)


def test_missing_extra_is_one_clear_line() -> None:
    with pytest.raises(ConfigError) as caught:
        require("tickerwire_no_such_module", extra="spark", feature="engine 'spark'")
    assert str(caught.value).startswith("engine 'spark' needs: pip install 'tickerwire[spark]'")


def test_unknown_engine_is_a_usage_error(seeds_dir: Path) -> None:
    with pytest.raises(ConfigError, match="unknown engine 'ray'"):
        analyse_inputs([seeds_dir], engine="ray")
