"""Impact per story: the seeds analysed with prices, abnormal returns stored and recomputed.

The expected numbers come straight from the source CSV files with pandas and numpy (Yahoo's
adjusted close for the Hong Kong members, ^HSI for the market), not through tickerwire.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pytest
from pricekit import price_dir_fixture, price_src_fixture  # noqa: F401  (fixtures)

from tickerwire.model import Story, StoryArticle
from tickerwire.prices import FolderProvider, story_impacts
from tickerwire.prices.impact import MIN_ESTIMATION_DAYS, choose_estimation
from tickerwire.run import analyze
from tickerwire.store import Store

HK = ZoneInfo("Asia/Hong_Kong")
HK_CLOSE = time(16, 0)


@pytest.fixture(scope="module")
def analysed(seeds_dir: Path, price_dir: Path, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("impact") / "seeds.duckdb"
    result = analyze([seeds_dir], db=db, prices=price_dir)
    assert result.exit_code == 0
    return db


def _returns(price_src: Path, ticker: str) -> pd.DataFrame:
    members = pd.read_csv(price_src / "yahoo_hstech_members_daily_2024-2025.csv")
    stock = members[members["ticker"] == ticker].set_index("date")["close"]
    hsi = pd.read_csv(price_src / "yahoo_hsi_index_daily_2024-12_2025-03.csv").set_index("Date")
    both = pd.concat([stock.rename("s"), hsi["Close"].rename("m")], axis=1, join="inner").dropna()
    return both.sort_index().pct_change().iloc[1:]


def _day0(returns: pd.DataFrame, published: datetime) -> int:
    """First Hong Kong session whose close came after publication (no look-ahead)."""
    moment = published if published.tzinfo else published.replace(tzinfo=UTC)
    local = moment.astimezone(HK)
    first = local.date() + timedelta(days=1) if local.time() >= HK_CLOSE else local.date()
    return int(np.searchsorted(returns.index.to_numpy(), first.isoformat()))


def _expected(returns: pd.DataFrame, e: int, est: tuple[int, int], windows) -> dict:
    sample = returns.iloc[e + est[0] : e + est[1] + 1]
    beta, alpha = np.polyfit(sample["m"], sample["s"], 1)
    resid = sample["s"] - (alpha + beta * sample["m"])
    s2 = (resid**2).sum() / (len(sample) - 2)
    x = np.column_stack([np.ones(len(sample)), sample["m"]])
    out = {"alpha": alpha, "beta": beta, "n": len(sample)}
    for a, b in windows:
        w = returns.iloc[e + a : e + b + 1]
        ar = w["s"] - (alpha + beta * w["m"])
        xs = np.column_stack([np.ones(len(w)), w["m"]])
        var = s2 * (len(w) + (xs @ np.linalg.inv(x.T @ x) @ xs.T).sum())
        out[(a, b)] = (ar.sum(), ar.sum() / np.sqrt(var))
    return out


def _deepseek_story(store: Store) -> Story:
    records = {r.article.id: r for r in store.records()}
    for story in store.stories():
        names = {records[a.article_id].article.name[:3] for a in story.articles}
        if {"000", "004"} <= names:
            return story
    pytest.skip("the seeds 000 and 004 are not clustered into one story")


def test_seed_story_impacts_are_stored_and_match_the_csvs(analysed: Path, price_src: Path) -> None:
    with Store.open(analysed, read_only=True) as store:
        story = _deepseek_story(store)
        impacts = [i for i in store.impacts() if i.story_id == story.id]
        rows = store.connection.execute(
            "SELECT listing, window_start, window_end, car, t_stat, benchmark, event_day "
            "FROM impacts WHERE story_id = ? AND car IS NOT NULL",
            [story.id],
        ).fetchall()
    assert story.first_seen is not None
    hk = [i for i in impacts if i.listing.startswith("XHKG:") and i.measured]
    assert len(hk) >= 2, [(i.listing, i.note) for i in impacts]
    assert {"XHKG:00981", "XHKG:09988"} <= {i.listing for i in hk}
    stored = {(r[0], r[1], r[2]): r for r in rows}
    checked = 0
    for impact in hk:
        ticker = f"{impact.listing.split(':')[1][1:]}.HK"
        returns = _returns(price_src, ticker)
        if returns.empty:  # a name from the HSCI panel, not the Hang Seng Tech file
            continue
        checked += 1
        e = _day0(returns, story.first_seen)
        assert impact.benchmark == "INDEX:HSI"
        assert impact.event_day.isoformat() == returns.index[e]
        # ^HSI starts 2024-12-02: fewer than 120 sessions precede February 2025, so the
        # window runs from the first common return to day -11.
        assert e < 120 and impact.estimation == (-e, -11)
        assert "estimation window" in impact.note
        windows = [(w.start, w.end) for w in impact.windows]
        assert windows == [(0, 0), (-1, 1), (0, 5)]
        want = _expected(returns, e, impact.estimation, windows)
        assert impact.estimation_days == want["n"] >= MIN_ESTIMATION_DAYS
        assert impact.beta == pytest.approx(want["beta"], rel=1e-6)
        assert impact.alpha == pytest.approx(want["alpha"], rel=1e-6, abs=1e-9)
        for w in impact.windows:
            car, t = want[(w.start, w.end)]
            assert w.car == pytest.approx(car, rel=1e-6, abs=1e-12)
            assert w.t == pytest.approx(t, rel=1e-6)
            row = stored[(impact.listing, w.start, w.end)]
            assert row[3] == pytest.approx(car, rel=1e-6, abs=1e-12)
            assert row[4] == pytest.approx(t, rel=1e-6)
            assert (row[5], row[6].isoformat()) == ("INDEX:HSI", returns.index[e])
        # The chart path: day 0's abnormal return is CAR[0,0].
        assert dict(impact.path)[0] == pytest.approx(impact.windows[0].car)
    assert checked >= 2
    for impact in impacts:
        assert impact.measured or impact.note, impact


def test_rerun_replaces_impacts_and_report_command_reloads_them(
    analysed: Path, seeds_dir: Path, price_dir: Path, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from tickerwire.cli import app

    with Store.open(analysed, read_only=True) as store:
        before = store.count("impacts")
    assert before > 0
    analyze([seeds_dir], db=analysed, prices=price_dir, report=tmp_path / "rerun.html")
    with Store.open(analysed, read_only=True) as store:
        assert store.count("impacts") == before
    out = tmp_path / "again.html"
    result = CliRunner().invoke(app, ["report", "--db", str(analysed), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert page.count('<svg class="impact-chart"') >= 1
    assert 'class="impact"' in page and "INDEX:HSI" in page


def test_estimation_window_falls_back_to_what_the_data_holds(price_dir: Path) -> None:
    provider = FolderProvider(price_dir)
    day = date(2025, 1, 27)
    window, note = choose_estimation(provider, "XHKG:00981", "INDEX:HSI", day)
    assert window is not None and window[1] == -11 and window[0] > -120
    assert window[1] - window[0] + 1 >= MIN_ESTIMATION_DAYS
    assert "2024-12-03" in note  # the first return of the ^HSI file
    # The US data reach back a year: the preferred window, no note.
    assert choose_estimation(provider, "XNAS:NVDA", "INDEX:SPX", day) == ((-120, -11), "")
    # Asking for more history than exists gives a reason, not a beta from a handful of days.
    none, reason = choose_estimation(provider, "XHKG:00981", "INDEX:HSI", day, min_days=60)
    assert none is None and "need 60" in reason


def test_benchmark_per_exchange_and_reasons(price_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "prices"
    folder.mkdir()
    for name in ("XSHG_688981.csv", "INDEX_SSEC.csv", "XHKG_00981.csv"):  # no CSI 300, no HSI
        shutil.copy(price_dir / name, folder / name)
    story = Story(
        id="s1",
        title="SMIC shares rise in Shanghai and Hong Kong after AI chip orders",
        articles=(StoryArticle("a1", "first"),),
        entities=("XSHG:688981", "XHKG:00981", "XTKS:8035", "ORG:DeepSeek", "INDEX:HSI"),
        first_seen=datetime(2025, 2, 6, 1, 30, tzinfo=UTC),  # 09:30 Shanghai: that session
    )
    got = {i.listing: i for i in story_impacts([story], [], FolderProvider(folder))}
    assert set(got) == {"XSHG:688981", "XHKG:00981", "XTKS:8035"}
    shanghai = got["XSHG:688981"]
    assert shanghai.measured and shanghai.benchmark == "INDEX:SSEC"
    assert shanghai.event_day == date(2025, 2, 6)
    assert shanghai.estimation == (-120, -11) and shanghai.note == ""
    assert not got["XHKG:00981"].measured
    assert "no benchmark index for XHKG" in got["XHKG:00981"].note
    assert "no benchmark index for XTKS" in got["XTKS:8035"].note
    undated = Story("s2", "SMIC rises", (StoryArticle("a2", "first"),), ("XSHG:688981",))
    (skipped,) = story_impacts([undated], [], FolderProvider(folder))
    assert not skipped.measured and "undated" in skipped.note


def test_impact_command_without_estimation_uses_what_the_data_hold(price_dir: Path) -> None:
    import json

    from typer.testing import CliRunner

    from tickerwire.cli import app

    args = ["impact", "--prices", str(price_dir), "--day", "2025-01-27", "--json", "XHKG:00981"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    (study,) = json.loads(result.stdout)
    window, _ = choose_estimation(
        FolderProvider(price_dir), "XHKG:00981", "INDEX:HSI", date(2025, 1, 27)
    )
    assert study["estimation_window"] == list(window)
    (listing,) = study["listings"]
    assert listing["n_estimation"] == window[1] - window[0] + 1
    assert "estimation window" in result.stderr and "2024-12-03" in result.stderr
