"""The exceptions tickerwire raises, and what each means to a user.

    TickerwireError
    ├── InputError            an input cannot be read; becomes a stored Rejection
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── UndecodableInput
    │   └── MalformedInput
    ├── ConfigError           a usage or configuration mistake; exit code 2
    ├── ProviderError         price data cannot be had
    │   └── ProviderUnavailable
    └── StoreError            the database cannot be opened or written
        └── StoreBusy         another process holds it for longer than we waited

``str(error)`` is already the one-line message a user sees, naming the input when there is one.
"""

from __future__ import annotations


class TickerwireError(Exception):
    """Base of every error tickerwire raises on purpose."""

    def __init__(self, reason: str, *, uri: str | None = None) -> None:
        self.reason = reason
        self.uri = uri
        super().__init__(f"{uri}: {reason}" if uri else reason)


class InputError(TickerwireError):
    """An input that cannot be read as an article."""


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class UndecodableInput(InputError):
    pass


class MalformedInput(InputError):
    pass


class ConfigError(TickerwireError):
    pass


class ProviderError(TickerwireError):
    pass


class ProviderUnavailable(ProviderError):
    pass


class StoreError(TickerwireError):
    pass


class StoreBusy(StoreError):
    """Another process holds the database; trying again later may succeed."""
