"""Prices: check reported moves against market data and measure what news did to a stock.

- `PriceProvider` / `FolderProvider`: daily bars from a folder of CSV or Parquet files, one
  file per listing or index named by its id (``XHKG_00981.csv``); the layout is documented
  in `tickerwire.prices.providers` and docs/prices.md.
- `verify_records(records, provider)`: one `Verification` per move (confirmed,
  contradicted or unknown, with the observed numbers, the tolerance and a one-line reason).
- `event_study(...)`: market-model abnormal returns and CARs with t-statistics.
- `story_impacts(stories, records, provider)`: that event study for every story, with the
  day 0, benchmark and estimation window chosen from the data, or the reason it could not.
- `import_shared_prices(src, dest)`: turns the collected reference files into the layout.
- `OnlineProvider`: Yahoo Finance through the optional ``[online]`` extra, cached on disk.
"""

from __future__ import annotations

from tickerwire.prices.event_study import EventStudy, ListingImpact, WindowResult, event_study
from tickerwire.prices.impact import ImpactWindow, StoryImpact, story_impacts
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
    "ImpactWindow",
    "ImportSummary",
    "ListingImpact",
    "OnlineProvider",
    "PriceProvider",
    "Series",
    "SeriesInfo",
    "StoryImpact",
    "WindowResult",
    "event_study",
    "import_shared_prices",
    "normalize_id",
    "story_impacts",
    "verify_move",
    "verify_records",
]
