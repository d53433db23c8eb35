"""Yahoo Finance bars through the optional ``[online]`` extra, cached in the folder layout.

Why a cache in the same layout: a second run is offline and reproducible, and the cache
folder can be handed to `FolderProvider` (or ``--prices``) as it is. Bars are fetched once
per series (the whole available history, so record checks work) and written as
``ID.csv``; prices are requested unadjusted (``auto_adjust=False``) so levels are as traded,
with Yahoo's adjusted close kept as ``adj_close``.

Failures are one line: yfinance not installed (``pip install 'tickerwire[online]'``), or
Yahoo unreachable.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tickerwire.errors import ProviderError, ProviderUnavailable
from tickerwire.prices.providers import (
    MANIFEST,
    Bar,
    FolderProvider,
    Series,
    SeriesInfo,
    file_stem,
    normalize_id,
)

INSTALL_HINT = "price provider 'yfinance' needs: pip install 'tickerwire[online]'"

# MIC -> Yahoo symbol suffix; index id -> Yahoo symbol. Reference facts about Yahoo's naming.
YAHOO_SUFFIX = {
    "XHKG": ".HK",
    "XSHG": ".SS",
    "XSHE": ".SZ",
    "XNAS": "",
    "XNYS": "",
    "XASE": "",
    "XTKS": ".T",
    "XLON": ".L",
    "XETR": ".DE",
    "XPAR": ".PA",
    "XAMS": ".AS",
    "XNSE": ".NS",
    "XBOM": ".BO",
    "XKRX": ".KS",
    "XTAI": ".TW",
    "XASX": ".AX",
    "XTSE": ".TO",
}
YAHOO_INDEX = {
    "HSI": "^HSI",
    "HSCEI": "^HSCE",
    "CSI300": "000300.SS",
    "SSEC": "000001.SS",
    "SZCOMP": "399001.SZ",
    "CHINEXT": "399006.SZ",
    "SPX": "^GSPC",
    "IXIC": "^IXIC",
    "NDX": "^NDX",
    "DJI": "^DJI",
    "RUT": "^RUT",
    "SOX": "^SOX",
    "VIX": "^VIX",
    "N225": "^N225",
    "KOSPI": "^KS11",
    "TWII": "^TWII",
    "SENSEX": "^BSESN",
    "NIFTY50": "^NSEI",
    "FTSE100": "^FTSE",
    "DAX": "^GDAXI",
    "CAC40": "^FCHI",
    "STOXX600": "^STOXX",
    "SX5E": "^STOXX50E",
    "ASX200": "^AXJO",
    "TSX": "^GSPTSE",
}


def yahoo_symbol(listing_id: str) -> str | None:
    """Yahoo's symbol for an id (``XHKG:00981`` -> ``0981.HK``), or ``None`` if unknown."""
    mic, _, code = normalize_id(listing_id).partition(":")
    if mic == "INDEX":
        return YAHOO_INDEX.get(code)
    suffix = YAHOO_SUFFIX.get(mic)
    if suffix is None:
        return None
    if mic == "XHKG":
        code = code.lstrip("0").zfill(4)
    return f"{code.replace('/', '-')}{suffix}"


class OnlineProvider:
    """`PriceProvider` over Yahoo Finance with an on-disk cache in the folder layout."""

    def __init__(self, cache_dir: str | Path) -> None:
        try:
            import yfinance
        except ImportError as error:
            raise ProviderUnavailable(INSTALL_HINT) from error
        self._yf = yfinance
        self.cache_dir = Path(cache_dir)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        manifest = self.cache_dir / MANIFEST
        if not manifest.exists():
            manifest.write_text("id,adjustment,source\n", encoding="utf-8")
        self._folder = FolderProvider(self.cache_dir)

    def series(self, listing_id: str) -> Series | None:
        key = normalize_id(listing_id)
        if self._folder.info(key) is None:
            self._fetch(key)
        return self._folder.series(key)

    def info(self, listing_id: str) -> SeriesInfo | None:
        return self._folder.info(listing_id) if self.series(listing_id) is not None else None

    def history(self, listing_id: str) -> tuple[Bar, ...]:
        s = self.series(listing_id)
        return s.to_bars() if s is not None else ()

    def bars(self, listing_id: str, start: date, end: date) -> tuple[Bar, ...]:
        if self.series(listing_id) is None:
            return ()
        return self._folder.bars(listing_id, start, end)

    def _fetch(self, key: str) -> None:
        symbol = yahoo_symbol(key)
        if symbol is None:
            return
        try:
            frame = self._yf.Ticker(symbol).history(period="max", auto_adjust=False)
        except Exception as error:  # yfinance raises many kinds on network trouble
            raise ProviderUnavailable(
                f"cannot reach Yahoo Finance for {symbol} ({type(error).__name__}); "
                "check the network or use --prices DIR"
            ) from error
        if frame is None or frame.empty:
            return
        frame = frame.reset_index().rename(columns=str.lower)
        if "date" not in frame.columns or "close" not in frame.columns:
            raise ProviderError(f"unexpected Yahoo answer for {symbol}")
        frame = frame.rename(columns={"adj close": "adj_close"})
        frame["date"] = frame["date"].astype(str).str[:10]
        cols = [
            c for c in ("date", "open", "high", "low", "close", "volume", "adj_close") if c in frame
        ]
        frame[cols].to_csv(self.cache_dir / f"{file_stem(key)}.csv", index=False)
        with (self.cache_dir / MANIFEST).open("a", encoding="utf-8") as handle:
            handle.write(f"{key},raw,Yahoo Finance {symbol}\n")
        self._folder = FolderProvider(self.cache_dir)
