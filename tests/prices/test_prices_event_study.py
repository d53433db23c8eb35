"""Event study of the DeepSeek sell-off and rally on the Hang Seng Tech members in the data.

Expected numbers are recomputed here from the source CSV files with pandas and numpy, not
through tickerwire's code path: Yahoo's adjusted close for the members, ^HSI for the market.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pytest
from pricekit import HSTECH_MEMBERS, price_dir_fixture, price_src_fixture  # noqa: F401  (fixtures)
from typer.testing import CliRunner

from tickerwire.cli import app
from tickerwire.errors import ConfigError, ProviderError
from tickerwire.model import Story, StoryArticle
from tickerwire.prices import FolderProvider, event_study
from tickerwire.store import Store

EVENT = date(2025, 1, 27)  # first session after DeepSeek-R1 shook the US market
ESTIMATION = (-35, -6)  # ^HSI in the data starts 2024-12-02
WINDOWS = [(0, 0), (-1, 1), (0, 5)]


def _recompute(price_src: Path, ticker: str) -> dict[str, object]:
    members = pd.read_csv(price_src / "yahoo_hstech_members_daily_2024-2025.csv")
    stock = members[members["ticker"] == ticker].set_index("date")["close"]
    hsi = pd.read_csv(price_src / "yahoo_hsi_index_daily_2024-12_2025-03.csv").set_index("Date")
    both = pd.concat([stock.rename("s"), hsi["Close"].rename("m")], axis=1, join="inner").dropna()
    returns = both.pct_change().iloc[1:]
    e = int(np.searchsorted(returns.index.to_numpy(), EVENT.isoformat()))
    est = returns.iloc[max(e + ESTIMATION[0], 0) : e + ESTIMATION[1] + 1]
    beta, alpha = np.polyfit(est["m"], est["s"], 1)
    resid = est["s"] - (alpha + beta * est["m"])
    s2 = (resid**2).sum() / (len(est) - 2)
    x = np.column_stack([np.ones(len(est)), est["m"]])
    out: dict[str, object] = {"alpha": alpha, "beta": beta, "day0": returns.index[e]}
    for a, b in WINDOWS:
        w = returns.iloc[e + a : e + b + 1]
        ar = w["s"] - (alpha + beta * w["m"])
        xs = np.column_stack([np.ones(len(w)), w["m"]])
        var = s2 * (len(w) + (xs @ np.linalg.inv(x.T @ x) @ xs.T).sum())
        out[f"car{a},{b}"] = ar.sum()
        out[f"t{a},{b}"] = ar.sum() / np.sqrt(var)
    return out


def _members_with_data(price_dir: Path) -> list[str]:
    p = FolderProvider(price_dir)
    return [m for m in HSTECH_MEMBERS if p.info(m) is not None]


def test_abnormal_returns_match_an_independent_recomputation(
    price_dir: Path, price_src: Path
) -> None:
    members = _members_with_data(price_dir)
    assert len(members) >= 25
    study = event_study(FolderProvider(price_dir), members, "INDEX:HSI", EVENT, ESTIMATION, WINDOWS)
    assert study.benchmark == "INDEX:HSI"
    assert {r.listing for r in study.listings} | {s for s, _ in study.skipped} == set(members)
    assert len(study.listings) >= 25
    for r in study.listings:
        ticker = f"{r.listing.split(':')[1][1:]}.HK"
        want = _recompute(price_src, ticker)
        assert r.event_date.isoformat() == want["day0"] == "2025-01-27"
        assert r.beta == pytest.approx(want["beta"], rel=1e-6, abs=1e-9)
        assert r.alpha == pytest.approx(want["alpha"], rel=1e-6, abs=1e-9)
        assert r.n_estimation == 30
        for w in r.windows:
            a, b = w.window
            assert w.car == pytest.approx(want[f"car{a},{b}"], rel=1e-6, abs=1e-9)
            assert w.t == pytest.approx(want[f"t{a},{b}"], rel=1e-6)
        # CAR[0,0] is day 0's abnormal return.
        (ar0,) = [ar for tau, _, ar in r.abnormal if tau == 0]
        assert r.windows[0].car == pytest.approx(ar0)
    cars = np.array([r.windows[2].car for r in study.listings])
    assert study.average[2].car == pytest.approx(cars.mean())
    assert study.average[2].t_cross == pytest.approx(
        cars.mean() / (cars.std(ddof=1) / np.sqrt(len(cars)))
    )


def test_smic_fell_against_the_market_on_day_zero(price_dir: Path) -> None:
    """SMIC lost 7.6% on 2025-01-27 while the Hang Seng Index rose: a negative AR."""
    study = event_study(FolderProvider(price_dir), ["XHKG:00981"], "INDEX:HSI", EVENT, ESTIMATION)
    (smic,) = study.listings
    assert smic.windows[0].car < -0.05
    assert smic.windows[0].t < -2


def test_after_the_close_means_the_next_session(price_dir: Path) -> None:
    hk = ZoneInfo("Asia/Hong_Kong")
    provider = FolderProvider(price_dir)
    late = event_study(
        provider, ["XHKG:00981"], "INDEX:HSI", datetime(2025, 2, 5, 18, 0, tzinfo=hk), ESTIMATION
    )
    early = event_study(
        provider, ["XHKG:00981"], "INDEX:HSI", datetime(2025, 2, 5, 10, 0, tzinfo=hk), ESTIMATION
    )
    assert late.listings[0].event_date == date(2025, 2, 6)
    assert early.listings[0].event_date == date(2025, 2, 5)
    # Seed 000 prints "2025-02-05, 10:14 p/m" without a zone: taken as UTC, that is before
    # Thursday's open in Hong Kong, so day 0 is Thursday 2025-02-06.
    naive = event_study(
        provider, ["XHKG:00981"], "INDEX:HSI", datetime(2025, 2, 5, 22, 14), ESTIMATION
    )
    assert naive.listings[0].event_date == date(2025, 2, 6)
    # A bare date means that day's session.
    plain = event_study(provider, ["XHKG:00981"], "INDEX:HSI", date(2025, 2, 5), ESTIMATION)
    assert plain.listings[0].event_date == date(2025, 2, 5)


def test_missing_benchmark_and_short_history(price_dir: Path) -> None:
    provider = FolderProvider(price_dir)
    with pytest.raises(ProviderError, match=r"^no price history for INDEX:HSTECH$"):
        event_study(provider, ["XHKG:00981"], "INDEX:HSTECH", EVENT)
    study = event_study(provider, ["XHKG:00981", "XHKG:99999"], "INDEX:HSI", EVENT)
    reasons = dict(study.skipped)
    assert "estimation sessions" in reasons["XHKG:00981"]
    assert reasons["XHKG:99999"] == "no price history for XHKG:99999"
    with pytest.raises(ConfigError):
        event_study(provider, ["XHKG:00981"], "INDEX:HSI", EVENT, (-30, 2))


def test_impact_command_json(price_dir: Path, price_src: Path) -> None:
    args = ["impact", "--prices", str(price_dir), "--day", "2025-01-27", "--benchmark", "INDEX:HSI",
            "--estimation=-35,-6", "--json", "XHKG:00981", "XHKG:9988", "XHKG:00700"]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    (study,) = json.loads(result.stdout)
    got = {r["listing"]: r for r in study["listings"]}
    assert set(got) == {"XHKG:00981", "XHKG:09988", "XHKG:00700"}
    for listing, ticker in (("XHKG:09988", "9988.HK"), ("XHKG:00700", "0700.HK")):
        want = _recompute(price_src, ticker)
        windows = {tuple(w["window"]): w for w in got[listing]["windows"]}
        assert windows[(0, 5)]["car"] == pytest.approx(want["car0,5"], rel=1e-6)
        assert windows[(-1, 1)]["t"] == pytest.approx(want["t-1,1"], rel=1e-6)


def test_impact_command_table_and_errors(price_dir: Path) -> None:
    ok = CliRunner().invoke(app, ["impact", "--prices", str(price_dir), "--day", "2025-01-27",
                                  "--estimation=-35,-6", "XHKG:00981"])  # fmt: skip
    assert ok.exit_code == 0, ok.output
    assert "XHKG:00981" in ok.stdout and "INDEX:HSI" in ok.stdout
    hstech = CliRunner().invoke(app, ["impact", "--prices", str(price_dir), "--day", "2025-01-27",
                                      "--benchmark", "INDEX:HSTECH", "XHKG:00981"])  # fmt: skip
    assert hstech.exit_code == 2
    assert "no price history for INDEX:HSTECH" in hstech.output
    nothing = CliRunner().invoke(app, ["impact", "--prices", str(price_dir), "XHKG:00981"])
    assert nothing.exit_code == 2


def test_impact_for_a_stored_story(price_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    story = Story(
        id="deepseek",
        title="Chinese tech stocks rally on DeepSeek",
        articles=(StoryArticle("a1", "first"),),
        entities=("XHKG:00981", "XHKG:09988", "INDEX:HSTECH", "ORG:DeepSeek"),
        first_seen=datetime(2025, 1, 27, 1, 0, tzinfo=ZoneInfo("UTC")),
    )
    with Store.open(db) as store:
        store.write_stories([story])
    result = CliRunner().invoke(app, ["impact", "--prices", str(price_dir), "--story", "deepseek",
                                      "--db", str(db), "--estimation=-35,-6", "--json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    (study,) = json.loads(result.stdout)
    assert [r["listing"] for r in study["listings"]] == ["XHKG:00981", "XHKG:09988"]
    assert all(r["event_date"] == "2025-01-27" for r in study["listings"])
