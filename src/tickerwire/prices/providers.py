"""Price history behind one small protocol, and the default folder-of-files provider.

Why a folder: price data is licensed per user, so tickerwire ships none; a user points it at
files they may use. The layout is deliberately plain so any tool can write it.

Folder layout (``FolderProvider(path)``)
----------------------------------------
- One file per listing or index, named by its entity id with ``:`` replaced by ``_``:
  ``XHKG_00981.csv``, ``XSHG_688981.csv``, ``XNAS_NVDA.csv``, ``INDEX_HSI.csv``. ``.csv``,
  ``.csv.gz`` and ``.parquet`` are read, in that order of preference.
- Columns: ``date`` (ISO), ``open``, ``high``, ``low``, ``close``, ``volume`` (shares);
  optional ``adj_close`` (dividend/split-adjusted close, used for returns in event studies)
  and ``market_cap`` (in the trading currency, used for market-value claims). Only ``date``
  and ``close`` are required; an empty cell means "not known" (a close-only source).
- ``close``, ``open``, ``high`` and ``low`` are the prices as traded (or the best estimate of
  them): reported moves quote traded prices, so that is what verification compares against.
- An optional ``_manifest.csv`` (columns ``id, adjustment, source``) says how each series
  was adjusted; ``adjustment`` is one of :data:`ADJUSTMENTS`. A series missing from the
  manifest is taken as ``raw``.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

import numpy as np

from tickerwire.errors import ConfigError, ProviderError

Adjustment = Literal["raw", "estimated_raw", "dividend_adjusted", "qfq"]
ADJUSTMENTS: tuple[str, ...] = ("raw", "estimated_raw", "dividend_adjusted", "qfq")
MANIFEST = "_manifest.csv"
_SUFFIXES = (".csv", ".csv.gz", ".parquet")


@dataclass(frozen=True, slots=True)
class Bar:
    """One daily bar; a price is ``None`` when the source did not give it."""

    date: date
    open: float | None
    high: float | None
    low: float | None
    close: float
    volume: float | None
    adj_close: float | None = None
    market_cap: float | None = None


@dataclass(frozen=True, slots=True)
class SeriesInfo:
    """What a provider knows about one series besides its bars."""

    id: str
    adjustment: Adjustment = "raw"
    source: str = ""


@runtime_checkable
class PriceProvider(Protocol):
    """Where daily bars come from.

    ``history`` exists because record claims ("its highest level ever") must be checked
    against everything the provider has, not a window.
    """

    def bars(self, listing_id: str, start: date, end: date) -> Sequence[Bar]:
        """Bars with ``start <= date <= end``, oldest first; empty when none are known."""
        ...

    def history(self, listing_id: str) -> Sequence[Bar]:
        """Every bar the provider has for the series, oldest first."""
        ...

    def info(self, listing_id: str) -> SeriesInfo | None:
        """How the series was adjusted; ``None`` when the provider has no such series."""
        ...


def normalize_id(listing_id: str) -> str:
    """Canonical id: HK codes zero-padded to 5 digits, mainland codes to 6, upper-case."""
    mic, sep, code = listing_id.strip().partition(":")
    if not sep:
        return listing_id.strip()
    mic = mic.upper()
    code = code.strip()
    if mic == "XHKG" and code.isdigit():
        code = code.zfill(5)
    elif mic in ("XSHG", "XSHE") and code.isdigit():
        code = code.zfill(6)
    elif mic != "INDEX" or code.isalnum():
        code = code.upper()
    return f"{mic}:{code}"


def file_stem(listing_id: str) -> str:
    """File name stem of an id in the folder layout (``XHKG:00981`` -> ``XHKG_00981``)."""
    return normalize_id(listing_id).replace(":", "_").replace("/", "-")


@dataclass(frozen=True, slots=True)
class Series:
    """A series as columns: what the checks and the event study compute on."""

    id: str
    dates: np.ndarray  # datetime64[D]
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray
    adj_close: np.ndarray
    market_cap: np.ndarray
    info: SeriesInfo

    def __len__(self) -> int:
        return len(self.dates)

    def index_of(self, day: date) -> int | None:
        """Position of ``day`` in the series, or ``None`` when there is no bar that day."""
        key = np.datetime64(day, "D")
        i = int(np.searchsorted(self.dates, key))
        return i if i < len(self.dates) and self.dates[i] == key else None

    def day(self, i: int) -> date:
        return self.dates[i].astype(object)

    @classmethod
    def from_bars(cls, listing_id: str, bars: Sequence[Bar], info: SeriesInfo) -> Series:
        def col(name: str) -> np.ndarray:
            return np.array(
                [np.nan if getattr(b, name) is None else getattr(b, name) for b in bars],
                dtype=float,
            )

        adj = col("adj_close")
        close = col("close")
        adj = np.where(np.isnan(adj), close, adj)
        return cls(
            id=listing_id,
            dates=np.array([b.date for b in bars], dtype="datetime64[D]"),
            open=col("open"),
            high=col("high"),
            low=col("low"),
            close=close,
            volume=col("volume"),
            adj_close=adj,
            market_cap=col("market_cap"),
            info=info,
        )

    def to_bars(self, lo: int = 0, hi: int | None = None) -> tuple[Bar, ...]:
        def val(a: np.ndarray, i: int) -> float | None:
            v = float(a[i])
            return None if np.isnan(v) else v

        hi = len(self) if hi is None else hi
        return tuple(
            Bar(
                date=self.day(i),
                open=val(self.open, i),
                high=val(self.high, i),
                low=val(self.low, i),
                close=float(self.close[i]),
                volume=val(self.volume, i),
                adj_close=val(self.adj_close, i),
                market_cap=val(self.market_cap, i),
            )
            for i in range(lo, hi)
        )


def series_of(provider: PriceProvider, listing_id: str) -> Series | None:
    """The whole history of a series as columns, from any provider (fast path for folders)."""
    if isinstance(provider, FolderProvider):
        return provider.series(listing_id)
    info = provider.info(listing_id)
    if info is None:
        return None
    bars = provider.history(listing_id)
    return Series.from_bars(normalize_id(listing_id), bars, info) if bars else None


class FolderProvider:
    """Daily bars from a folder in the layout described in the module docstring."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_dir():
            raise ConfigError(f"{self.path}: price folder not found")
        self._manifest = _read_manifest(self.path / MANIFEST)
        self._cache: dict[str, Series | None] = {}

    def __repr__(self) -> str:
        return f"FolderProvider({str(self.path)!r})"

    def ids(self) -> tuple[str, ...]:
        """Every series id in the folder, sorted."""
        out = set()
        for p in self.path.iterdir():
            name = p.name
            for suffix in _SUFFIXES:
                if name.endswith(suffix) and not name.startswith("_"):
                    mic, _, code = name[: -len(suffix)].partition("_")
                    out.add(f"{mic}:{code}")
        return tuple(sorted(out))

    def info(self, listing_id: str) -> SeriesInfo | None:
        key = normalize_id(listing_id)
        if self._file(key) is None:
            return None
        return self._manifest.get(key, SeriesInfo(key))

    def series(self, listing_id: str) -> Series | None:
        key = normalize_id(listing_id)
        if key not in self._cache:
            self._cache[key] = self._load(key)
        return self._cache[key]

    def history(self, listing_id: str) -> tuple[Bar, ...]:
        s = self.series(listing_id)
        return s.to_bars() if s is not None else ()

    def bars(self, listing_id: str, start: date, end: date) -> tuple[Bar, ...]:
        s = self.series(listing_id)
        if s is None:
            return ()
        lo = int(np.searchsorted(s.dates, np.datetime64(start, "D"), side="left"))
        hi = int(np.searchsorted(s.dates, np.datetime64(end, "D"), side="right"))
        return s.to_bars(lo, hi)

    def _file(self, key: str) -> Path | None:
        stem = file_stem(key)
        for suffix in _SUFFIXES:
            p = self.path / f"{stem}{suffix}"
            if p.is_file():
                return p
        return None

    def _load(self, key: str) -> Series | None:
        path = self._file(key)
        if path is None:
            return None
        frame = _read_frame(path)
        info = self._manifest.get(key, SeriesInfo(key))
        return frame_to_series(key, frame, info, path)


def frame_to_series(key: str, frame, info: SeriesInfo, path: Path | str = "") -> Series:
    """Validate a bars DataFrame and turn it into a sorted, de-duplicated `Series`."""
    import pandas as pd

    cols = {c.lower().strip(): c for c in frame.columns}
    if "date" not in cols or "close" not in cols:
        raise ProviderError("needs columns date and close", uri=str(path))
    frame = frame.rename(columns={v: k for k, v in cols.items()})
    try:
        dates = pd.to_datetime(frame["date"]).dt.tz_localize(None).dt.normalize()
    except (ValueError, TypeError) as error:
        raise ProviderError(f"unreadable date column: {error}", uri=str(path)) from error
    frame = frame.assign(date=dates.to_numpy(dtype="datetime64[D]"))
    frame = frame.dropna(subset=["close"]).drop_duplicates("date", keep="last")
    frame = frame.sort_values("date")

    def col(name: str) -> np.ndarray:
        if name not in frame.columns:
            return np.full(len(frame), np.nan)
        return pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float)

    close = col("close")
    adj = col("adj_close")
    adj = np.where(np.isnan(adj), close, adj)
    return Series(
        id=key,
        dates=frame["date"].to_numpy(dtype="datetime64[D]"),
        open=col("open"),
        high=col("high"),
        low=col("low"),
        close=close,
        volume=col("volume"),
        adj_close=adj,
        market_cap=col("market_cap"),
        info=info,
    )


def _read_frame(path: Path):
    import pandas as pd

    try:
        if path.suffix == ".parquet":
            return pd.read_parquet(path)
        return pd.read_csv(path)
    except (OSError, ValueError) as error:
        raise ProviderError(f"cannot read bars: {error}", uri=str(path)) from error


def _read_manifest(path: Path) -> dict[str, SeriesInfo]:
    if not path.is_file():
        return {}
    out: dict[str, SeriesInfo] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            key = normalize_id(row.get("id", ""))
            adjustment = (row.get("adjustment") or "raw").strip()
            if adjustment not in ADJUSTMENTS:
                raise ProviderError(f"unknown adjustment {adjustment!r} for {key}", uri=str(path))
            out[key] = SeriesInfo(key, adjustment, (row.get("source") or "").strip())  # type: ignore[arg-type]
    return out
