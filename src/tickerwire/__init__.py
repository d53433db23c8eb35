"""tickerwire: financial news into structured, verifiable market events."""

__version__ = "0.1.0"
