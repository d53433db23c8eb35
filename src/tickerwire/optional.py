"""Optional extras: import them on demand, or fail with one line saying what to install."""

from __future__ import annotations

import importlib
from types import ModuleType

from tickerwire.errors import ConfigError


def require(module: str, *, extra: str, feature: str) -> ModuleType:
    """Import ``module`` or raise ConfigError naming the extra that provides it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ConfigError(
            f"{feature} needs: pip install 'tickerwire[{extra}]' ({error})"
        ) from error
