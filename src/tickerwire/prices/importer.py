"""Convert the collected reference price files into the folder layout `FolderProvider` reads.

Why a converter rather than reading those files directly: each source has its own columns,
adjustment and quirks (SOURCES.md beside them). Converting once puts every quirk in one
reviewed place and leaves the checks working on one plain layout:

- Yahoo Hang Seng Tech / S&P 500 member files: OHLC are dividend-adjusted. The traded close
  is the source's ``close_unadj_est`` rounded to the price tick; open, high and low are
  scaled by the same factor and rounded. The Yahoo adjusted close is kept as ``adj_close``
  for returns. Series with no dividend in the file are ``raw``, the others
  ``estimated_raw``.
- Yahoo Hang Seng Composite panel: adjusted and without an unadjusted column, so names not
  in the file above are ``dividend_adjusted`` (level checks get a wide tolerance).
- Yahoo HK bars of 2025-01-28 (Lunar New Year's Eve half day) come with volume 0 and
  O=H=L=C: such bars keep their close but lose open, high, low and volume (unknown).
- Mainland A-shares: forward-adjusted (``qfq``) as of 2025-08; volume in lots of 100 shares
  is turned into shares. Beijing Stock Exchange codes are skipped (no calendar mapping).
- Nasdaq screener: raw close, volume and market value, no open, high or low; the market
  value is also merged into the S&P 500 member series of the same symbol.
- Index files: levels as published (``raw``).

Expected file names in the source folder are those listed in `SOURCE_FILES`; a missing file
is skipped and reported, so a partial folder still converts.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from tickerwire.errors import ConfigError
from tickerwire.prices.providers import MANIFEST, file_stem, normalize_id
from tickerwire.prices.sessions import _HK_TICKS

COLUMNS = ("date", "open", "high", "low", "close", "volume", "adj_close", "market_cap")

SOURCE_FILES = {
    "hstech": "yahoo_hstech_members_daily_2024-2025.csv",
    "hsci": "yahoo_hk_hsci_members_daily_2024-07_2025-10.csv.gz",
    "hsi": "yahoo_hsi_index_daily_2024-12_2025-03.csv",
    "cn_index": "cn_index_csi300_sse_composite_daily_2024-2026.csv",
    "a_long": "cn_a_share_688981_688041_daily_qfq_2022-03_2025-08.csv",
    "a_panel": "cn_a_share_daily_qfq_2024-12_2025-03.csv.gz",
    "us_index": "yahoo_us_indexes_daily_2024-2025.csv",
    "sp500": "yahoo_sp500_members_daily_2024-2025.csv.gz",
    "screener": "us_nasdaq_screener_daily_close_2024-11-29_2025-04-02.csv.gz",
}

CN_INDEX = {"sh000300": "INDEX:CSI300", "sh000001": "INDEX:SSEC"}
US_INDEX = {
    "^GSPC": "INDEX:SPX",
    "^IXIC": "INDEX:IXIC",
    "^DJI": "INDEX:DJI",
    "^RUT": "INDEX:RUT",
    "^VIX": "INDEX:VIX",
}
SCREENER_MIC = {"NASDAQ": "XNAS", "NYSE": "XNYS", "AMEX": "XASE"}
# Id prefixes each source file can hold.
_HOLDS: dict[str, tuple[str, ...]] = {
    "hstech": ("XHKG:",),
    "hsci": ("XHKG:",),
    "hsi": ("INDEX:HSI",),
    "cn_index": tuple(CN_INDEX.values()),
    "a_long": ("XSHG:", "XSHE:"),
    "a_panel": ("XSHG:", "XSHE:"),
    "us_index": tuple(US_INDEX.values()),
    "sp500": ("XNAS:", "XNYS:", "XASE:"),
    "screener": ("XNAS:", "XNYS:", "XASE:"),
}


@dataclass
class ImportSummary:
    """What an import wrote: ids per source file, and what it skipped and why."""

    dest: Path
    ids: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass
class _Out:
    frame: pd.DataFrame
    adjustment: str
    source: str


def import_shared_prices(
    src: str | Path, dest: str | Path, *, only: Iterable[str] | None = None
) -> ImportSummary:
    """Write one ``ID.csv`` per series of ``src`` into ``dest`` plus ``_manifest.csv``.

    ``only`` restricts the output to those ids (tests convert just what they need).
    """
    src, dest = Path(src), Path(dest)
    if not src.is_dir():
        raise ConfigError(f"{src}: source price folder not found")
    dest.mkdir(parents=True, exist_ok=True)
    wanted = None if only is None else {normalize_id(i) for i in only}
    summary = ImportSummary(dest)
    out: dict[str, _Out] = {}
    readers: tuple[tuple[str, Callable[[Path, set[str] | None], Iterator]], ...] = (
        ("hstech", _yahoo_with_unadjusted),
        ("hsci", _hsci),
        ("hsi", _hsi),
        ("cn_index", _cn_index),
        ("a_long", _a_shares),
        ("a_panel", _a_shares),
        ("us_index", _us_index),
        ("sp500", _yahoo_with_unadjusted),
        ("screener", _screener),
    )
    caps: dict[str, pd.DataFrame] = {}
    for key, reader in readers:
        path = src / SOURCE_FILES[key]
        if not path.is_file():
            summary.skipped.append(f"{path.name}: not present")
            continue
        if wanted is not None and not any(i.startswith(_HOLDS[key]) for i in wanted):
            continue  # nothing asked for can be in this file: do not read it
        for sid, frame, adjustment in reader(path, wanted):
            if wanted is not None and sid not in wanted:
                continue
            if key == "screener" and sid in out:
                caps[sid] = frame[["date", "market_cap"]]
                continue
            if sid not in out:
                out[sid] = _Out(frame, adjustment, path.name)
    for sid, cap in caps.items():
        base = out[sid].frame.drop(columns=["market_cap"])
        out[sid].frame = base.merge(cap, on="date", how="left")

    rows = []
    for sid in sorted(out):
        item = out[sid]
        frame = item.frame.reindex(columns=list(COLUMNS))
        frame = frame.drop_duplicates("date", keep="last").sort_values("date")
        frame.to_csv(dest / f"{file_stem(sid)}.csv", index=False, float_format="%.15g")
        rows.append((sid, item.adjustment, item.source))
        summary.ids.append(sid)
    with (dest / MANIFEST).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(("id", "adjustment", "source"))
        writer.writerows(rows)
    return summary


def hk_tick_round(prices: np.ndarray) -> np.ndarray:
    """Round Hong Kong prices to the HKEX spread table, vectorised."""
    bounds = np.array([b for b, _ in _HK_TICKS])
    ticks = np.array([t for _, t in _HK_TICKS])
    tick = ticks[np.searchsorted(bounds, prices, side="right").clip(0, len(ticks) - 1)]
    with np.errstate(invalid="ignore"):
        return np.round(np.round(prices / tick) * tick, 6)


def _hk_id(ticker: str) -> str:
    return f"XHKG:{ticker.split('.')[0].zfill(5)}"


def _clear_artefacts(frame: pd.DataFrame) -> pd.DataFrame:
    """Zero-volume bars with O=H=L=C are placeholders: keep the close, forget the rest."""
    fake = (
        (frame["volume"] == 0)
        & (frame["open"] == frame["high"])
        & (frame["high"] == frame["low"])
        & (frame["low"] == frame["close"])
    )
    if fake.any():
        frame = frame.copy()
        frame.loc[fake, ["open", "high", "low", "volume"]] = np.nan
    return frame


def _us_id_map(screener_path: Path) -> dict[str, str]:
    if not screener_path.is_file():
        return {}
    s = pd.read_csv(screener_path, usecols=["symbol", "exchange"]).drop_duplicates("symbol")
    return {
        str(sym): f"{SCREENER_MIC.get(ex, 'XNYS')}:{sym}"
        for sym, ex in zip(s["symbol"], s["exchange"], strict=True)
    }


def _yahoo_with_unadjusted(path: Path, wanted: set[str] | None) -> Iterator:
    frame = pd.read_csv(path)
    hk = frame["ticker"].iloc[0].endswith(".HK") if len(frame) else False
    us_ids = {} if hk else _us_id_map(path.parent / SOURCE_FILES["screener"])
    for ticker, g in frame.groupby("ticker", sort=False):
        sid = _hk_id(ticker) if hk else us_ids.get(ticker.replace("-", "/"), f"XNYS:{ticker}")
        if wanted is not None and sid not in wanted:
            continue
        g = g.sort_values("date")
        adjusted = g["close"].to_numpy(dtype=float)
        has_div = bool((g["dividends"].fillna(0) > 0).any())
        if has_div:
            est = g["close_unadj_est"].to_numpy(dtype=float)
            raw_close = hk_tick_round(est) if hk else np.round(est, 2)
            factor = raw_close / adjusted
        else:
            raw_close, factor = adjusted, np.ones(len(g))

        def scaled(col: str, g=g, factor=factor) -> np.ndarray:
            vals = g[col].to_numpy(dtype=float) * factor
            return hk_tick_round(vals) if hk else np.round(vals, 4)

        out = pd.DataFrame(
            {
                "date": g["date"].to_numpy(),
                "open": scaled("open") if has_div else g["open"].to_numpy(dtype=float),
                "high": scaled("high") if has_div else g["high"].to_numpy(dtype=float),
                "low": scaled("low") if has_div else g["low"].to_numpy(dtype=float),
                "close": raw_close,
                "volume": g["volume"].to_numpy(dtype=float),
                "adj_close": adjusted,
                "market_cap": np.nan,
            }
        )
        yield sid, _clear_artefacts(out), "estimated_raw" if has_div else "raw"


def _hsci(path: Path, wanted: set[str] | None) -> Iterator:
    frame = pd.read_csv(path)
    for ticker, g in frame.groupby("ticker", sort=False):
        sid = _hk_id(ticker)
        if wanted is not None and sid not in wanted:
            continue
        out = g[["date", "open", "high", "low", "close", "volume"]].assign(
            adj_close=g["close"], market_cap=np.nan
        )
        yield sid, _clear_artefacts(out), "dividend_adjusted"


def _hsi(path: Path, wanted: set[str] | None) -> Iterator:
    g = pd.read_csv(path).rename(columns=str.lower)
    yield "INDEX:HSI", g.assign(adj_close=g["close"], market_cap=np.nan), "raw"


def _cn_index(path: Path, wanted: set[str] | None) -> Iterator:
    frame = pd.read_csv(path)
    for code, g in frame.groupby("index", sort=False):
        sid = CN_INDEX.get(str(code))
        if sid is None:
            continue
        yield sid, g.assign(adj_close=g["close"], market_cap=np.nan), "raw"


def _a_share_id(code: str) -> str | None:
    if code.startswith("6"):
        return f"XSHG:{code}"
    if code.startswith(("0", "3")):
        return f"XSHE:{code}"
    return None  # Beijing Stock Exchange and others


def _a_shares(path: Path, wanted: set[str] | None) -> Iterator:
    frame = pd.read_csv(path, dtype={"code": str})
    for code, g in frame.groupby("code", sort=False):
        sid = _a_share_id(str(code).zfill(6))
        if sid is None or (wanted is not None and sid not in wanted):
            continue
        out = g.assign(volume=g["volume"] * 100, adj_close=g["close"], market_cap=np.nan)
        yield sid, out, "qfq"


def _us_index(path: Path, wanted: set[str] | None) -> Iterator:
    frame = pd.read_csv(path)
    for ticker, g in frame.groupby("ticker", sort=False):
        sid = US_INDEX.get(str(ticker))
        if sid is None:
            continue
        yield sid, g.assign(adj_close=g["close"], market_cap=np.nan), "raw"


def _screener(path: Path, wanted: set[str] | None) -> Iterator:
    frame = pd.read_csv(path, dtype={"symbol": str})
    frame = frame[frame["exchange"].isin(SCREENER_MIC)]
    for (symbol, exchange), g in frame.groupby(["symbol", "exchange"], sort=False):
        sid = f"{SCREENER_MIC[exchange]}:{symbol}"
        if wanted is not None and sid not in wanted:
            continue
        out = pd.DataFrame(
            {
                "date": g["date"].to_numpy(),
                "open": np.nan,
                "high": np.nan,
                "low": np.nan,
                "close": g["close"].to_numpy(dtype=float),
                "volume": g["volume"].to_numpy(dtype=float),
                "adj_close": g["close"].to_numpy(dtype=float),
                "market_cap": g["market_cap"].to_numpy(dtype=float),
            }
        )
        yield sid, out, "raw"
