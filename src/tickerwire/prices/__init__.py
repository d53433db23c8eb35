"""Prices: check reported moves against market data and measure what news did to a stock.

- `PriceProvider` / `FolderProvider`: daily bars from a folder of CSV or Parquet files, one
  file per listing or index named by its id (``XHKG_00981.csv``); the layout is documented
  in `tickerwire.prices.providers` and docs/prices.md.
- `verify_records(records, provider)`: one `Verification` per move (confirmed,
  contradicted or unknown, with the observed numbers, the tolerance and a one-line reason).
- `event_study(...)`: market-model abnormal returns and CARs with t-statistics.
- `import_shared_prices(src, dest)`: turns the collected reference files into the layout.
- `OnlineProvider`: Yahoo Finance through the optional ``[online]`` extra, cached on disk.
"""

from __future__ import annotations

from tickerwire.prices.event_study import EventStudy, ListingImpact, WindowResult, event_study
from tickerwire.prices.importer import ImportSummary, import_shared_prices
from tickerwire.prices.online import OnlineProvider
from tickerwire.prices.providers import (
    ADJUSTMENTS,
    Bar,
    FolderProvider,
    PriceProvider,
    Series,
    SeriesInfo,
    normalize_id,
)
from tickerwire.prices.verify import DATA_TOLERANCE, verify_move, verify_records

__all__ = [
    "ADJUSTMENTS",
    "DATA_TOLERANCE",
    "Bar",
    "EventStudy",
    "FolderProvider",
    "ImportSummary",
    "ListingImpact",
    "OnlineProvider",
    "PriceProvider",
    "Series",
    "SeriesInfo",
    "WindowResult",
    "event_study",
    "import_shared_prices",
    "normalize_id",
    "verify_move",
    "verify_records",
]
