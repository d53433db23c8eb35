"""FolderProvider and the importer, on the real reference prices (shared/data/prices)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from pricekit import price_dir_fixture, price_src_fixture  # noqa: F401  (fixtures)
from typer.testing import CliRunner

from tickerwire.cli import app
from tickerwire.errors import ConfigError, ProviderError, ProviderUnavailable
from tickerwire.prices import FolderProvider, OnlineProvider, PriceProvider, normalize_id
from tickerwire.prices.online import yahoo_symbol


def test_layout_one_file_per_id_with_manifest(price_dir: Path) -> None:
    assert (price_dir / "XHKG_00981.csv").is_file()
    assert (price_dir / "INDEX_HSI.csv").is_file()
    assert (price_dir / "XSHG_688981.csv").is_file()
    with (price_dir / "_manifest.csv").open() as handle:
        adjustments = {row["id"]: row["adjustment"] for row in csv.DictReader(handle)}
    # SMIC paid no dividend in the Yahoo file: its prices are as traded.
    assert adjustments["XHKG:00981"] == "raw"
    # Tencent paid dividends: the traded close is reconstructed from the adjusted one.
    assert adjustments["XHKG:00700"] == "estimated_raw"
    # Kingsoft Cloud is only in the adjusted HSCI panel (no unadjusted column there).
    assert adjustments["XHKG:03896"] == "dividend_adjusted"
    assert adjustments["XSHG:688981"] == "qfq"
    assert adjustments["INDEX:HSI"] == "raw"


def test_closes_match_the_facts_in_sources_md(price_dir: Path) -> None:
    p = FolderProvider(price_dir)
    assert isinstance(p, PriceProvider)

    def close(listing: str, day: date) -> float:
        (bar,) = p.bars(listing, day, day)
        return bar.close

    assert close("XHKG:00981", date(2025, 2, 6)) == pytest.approx(47.90)
    assert close("XHKG:00981", date(2025, 2, 7)) == pytest.approx(46.65)
    assert close("XHKG:00981", date(2025, 1, 27)) == pytest.approx(38.15)
    assert close("XHKG:03896", date(2025, 1, 27)) == pytest.approx(6.14)
    assert close("XSHG:688981", date(2025, 1, 27)) == pytest.approx(93.94, abs=0.005)
    assert close("INDEX:HSI", date(2025, 1, 27)) == pytest.approx(20197.77, abs=0.01)
    assert close("INDEX:CSI300", date(2025, 1, 27)) == pytest.approx(3817.08, abs=0.01)
    assert close("XNAS:NVDA", date(2025, 1, 27)) == pytest.approx(118.42)
    # Tencent's traded close that day was about 395.6 while Yahoo's adjusted close reads
    # 387.66; the layout keeps the traded close and the adjusted one separately.
    (tencent,) = p.bars("XHKG:00700", date(2025, 1, 27), date(2025, 1, 27))
    assert tencent.close == pytest.approx(395.6, abs=0.2)
    assert tencent.adj_close == pytest.approx(387.66, abs=0.01)
    # Traded prices sit on the HKEX tick (0.2 between HK$200 and HK$500).
    assert round(tencent.close / 0.2, 6) == round(tencent.close / 0.2)


def test_ids_are_normalised_and_missing_series_are_empty(price_dir: Path) -> None:
    p = FolderProvider(price_dir)
    assert normalize_id("XHKG:981") == "XHKG:00981"
    assert p.history("XHKG:981") == p.history("XHKG:00981")
    assert len(p.history("XHKG:0981")) > 400
    assert p.info("INDEX:HSTECH") is None
    assert p.history("INDEX:HSTECH") == ()
    assert p.bars("INDEX:HSTECH", date(2025, 1, 1), date(2025, 2, 1)) == ()
    assert "XHKG:00981" in p.ids()


def test_lunar_new_year_placeholder_bar_keeps_only_its_close(price_dir: Path) -> None:
    (bar,) = FolderProvider(price_dir).bars("XHKG:00981", date(2025, 1, 28), date(2025, 1, 28))
    assert bar.close == pytest.approx(38.0)
    assert bar.high is None and bar.low is None and bar.volume is None


def test_close_only_source_has_no_range(price_dir: Path) -> None:
    (bar,) = FolderProvider(price_dir).bars("XNAS:KC", date(2025, 1, 27), date(2025, 1, 27))
    assert bar.high is None and bar.open is None
    assert bar.market_cap is not None and bar.market_cap > 0


def test_parquet_reads_like_csv(price_dir: Path, tmp_path: Path) -> None:
    frame = pd.read_csv(price_dir / "XHKG_01810.csv")
    frame.to_parquet(tmp_path / "XHKG_01810.parquet")
    assert FolderProvider(tmp_path).history("XHKG:01810") == FolderProvider(price_dir).history(
        "XHKG:01810"
    )


def test_bad_folder_and_bad_file_fail_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="price folder not found"):
        FolderProvider(tmp_path / "nope")
    (tmp_path / "XHKG_00001.csv").write_text("day,price\n2025-01-02,1\n")
    with pytest.raises(ProviderError, match=r"XHKG_00001\.csv: needs columns date and close"):
        FolderProvider(tmp_path).history("XHKG:00001")


def test_online_provider_says_how_to_install() -> None:
    try:
        import yfinance  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("yfinance is installed here")
    with pytest.raises(ProviderUnavailable) as caught:
        OnlineProvider("cache")
    message = str(caught.value)
    assert "pip install 'tickerwire[online]'" in message
    assert "\n" not in message


def test_yahoo_symbols() -> None:
    assert yahoo_symbol("XHKG:00981") == "0981.HK"
    assert yahoo_symbol("XSHG:688981") == "688981.SS"
    assert yahoo_symbol("XNAS:NVDA") == "NVDA"
    assert yahoo_symbol("INDEX:HSI") == "^HSI"
    assert yahoo_symbol("INDEX:HSTECH") is None


def test_prices_import_command(price_src: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["prices", "import", str(price_src), str(tmp_path), "--only", "XHKG:981"]
    )
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} == {"XHKG_00981.csv", "_manifest.csv"}
    missing = CliRunner().invoke(
        app, ["prices", "import", str(price_src), str(tmp_path / "b"), "--only", "XNAS:NOPE"]
    )
    assert missing.exit_code == 1
    bad = CliRunner().invoke(app, ["prices", "import", str(tmp_path / "none"), str(tmp_path)])
    assert bad.exit_code == 2
