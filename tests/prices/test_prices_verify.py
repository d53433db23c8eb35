"""Reported moves checked against the real reference prices.

Articles are the real seeds read by the real reader; "altered" articles change one phrase of
a seed so the data contradicts it. Moves are built as the moves stage reports them for those
sentences (subject, direction, value, unit, date, price, record) so these tests do not
depend on the extraction stages; `test_prices_pipeline.py` runs the whole pipeline.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
from pricekit import price_dir_fixture, price_src_fixture, read_seed  # noqa: F401  (fixtures)

from tickerwire.model import ArticleRecord, Move, Span
from tickerwire.prices import FolderProvider, verify_move, verify_records

HKT = ZoneInfo("Asia/Hong_Kong")


def _yahoo_hk(price_src: Path, ticker: str) -> pd.DataFrame:
    frame = pd.read_csv(price_src / "yahoo_hstech_members_daily_2024-2025.csv")
    return frame[frame["ticker"] == ticker].set_index("date")


def _move(article, phrase: str, **fields) -> Move:
    start = article.text.index(phrase)
    return Move(evidence=Span(start, start + len(phrase)), **fields)


def _check(article, move: Move, price_dir: Path):
    return verify_move(move, article, FolderProvider(price_dir))


# -- seed 000: "Hong Kong-listed SMIC stock jumped 5% to HK$46.95 as of 03:00 GMT, its
#    highest level ever" (Thursday 2025-02-06) ---------------------------------------------


def _smic_move(article, phrase: str, direction: str, value: float, price: float, **extra) -> Move:
    return _move(
        article,
        phrase,
        subject="XHKG:00981",
        direction=direction,
        value=value,
        unit="%",
        date=date(2025, 2, 6),
        price=price,
        currency="HKD",
        **extra,
    )


def test_smic_record_high_as_written_is_confirmed(
    seeds_dir: Path, price_dir: Path, price_src: Path
) -> None:
    article = read_seed(seeds_dir, "000")
    move = _smic_move(
        article, "jumped 5% to HK$46.95", "up", 5.0, 46.95, record="high", intraday_time="03:00 GMT"
    )
    v = _check(article, move, price_dir)
    bars = _yahoo_hk(price_src, "0981.HK")
    prev, day = bars.loc["2025-02-05"], bars.loc["2025-02-06"]
    assert v.status == "confirmed", v.reason
    assert v.listing == "XHKG:00981"
    assert v.start == v.end == date(2025, 2, 6)
    assert v.observed == pytest.approx((day.close / prev.close - 1) * 100, abs=1e-4)
    assert v.observed_price == pytest.approx(day.close)
    assert v.tolerance == pytest.approx(0.55)  # "5%" is 4.5-5.5, plus 0.05pp for raw prices
    # The claim sits inside the day's range and the day's high beat every earlier high.
    assert prev.close * 1.05 <= day.high and day.high >= 46.95
    assert bars.loc[:"2025-02-05", "high"].max() < day.high
    assert "record high" in v.reason and "daily bars cannot pin the time" in v.reason


def test_smic_altered_to_a_fall_is_contradicted(seeds_dir: Path, price_dir: Path) -> None:
    article = read_seed(seeds_dir, "000", ("jumped 5% to HK$46.95", "fell 5% to HK$30.95"))
    move = _smic_move(article, "fell 5% to HK$30.95", "down", 5.0, 30.95, intraday_time="03:00 GMT")
    v = _check(article, move, price_dir)
    assert v.status == "contradicted", v.reason
    assert v.observed is not None and v.observed > 0
    assert "outside the day's range" in v.reason
    assert "level 30.95" in v.reason


def test_smic_altered_record_low_is_contradicted(seeds_dir: Path, price_dir: Path) -> None:
    article = read_seed(seeds_dir, "000", ("its highest level ever", "its lowest level ever"))
    move = _smic_move(article, "jumped 5% to HK$46.95", "up", 5.0, 46.95, record="low")
    v = _check(article, move, price_dir)
    assert v.status == "contradicted", v.reason
    assert "record low" in v.reason


def test_smic_altered_level_only_is_contradicted(seeds_dir: Path, price_dir: Path) -> None:
    article = read_seed(seeds_dir, "000", ("HK$46.95", "HK$56.95"))
    move = _smic_move(article, "jumped 5% to HK$56.95", "up", 5.0, 56.95, intraday_time="03:00 GMT")
    v = _check(article, move, price_dir)
    assert v.status == "contradicted"
    assert "level 56.95: outside the day's range" in v.reason


def test_day_move_matching_only_the_intraday_range_cannot_be_told(
    seeds_dir: Path, price_dir: Path
) -> None:
    """Without a time, +5% on a day that closed +7.2% may be an intraday figure."""
    article = dataclasses.replace(read_seed(seeds_dir, "000"), published=None)
    move = _smic_move(article, "jumped 5% to HK$46.95", "up", 5.0, 46.95)
    v = _check(article, move, price_dir)
    assert v.status == "unknown"
    assert "intraday figure?" in v.reason
    assert v.observed == pytest.approx(7.1588, abs=1e-3)


# -- seed 004: Friday 2025-02-07 -----------------------------------------------------------


def test_as_much_as_uses_the_intraday_extreme(
    seeds_dir: Path, price_dir: Path, price_src: Path
) -> None:
    article = read_seed(seeds_dir, "004")
    friday = date(2025, 2, 7)
    xiaomi = _move(
        article, "advancing as much as 9.2% and 6.2%", subject="XHKG:01810", direction="up",
        value=6.2, unit="%", qualifier="as_much_as", date=friday,
    )  # fmt: skip
    v = _check(article, xiaomi, price_dir)
    bars = _yahoo_hk(price_src, "1810.HK")
    expected = (bars.loc["2025-02-07", "high"] / bars.loc["2025-02-06", "close"] - 1) * 100
    assert v.status == "confirmed", v.reason
    assert v.observed == pytest.approx(expected, abs=1e-4)

    lenovo = dataclasses.replace(xiaomi, subject="XHKG:00992", value=9.2)
    v = _check(article, lenovo, price_dir)
    # Lenovo paid dividends: the check runs on the reconstructed traded prices.
    assert v.status == "confirmed", v.reason
    assert "estimated_raw" in v.reason

    altered = read_seed(seeds_dir, "004", ("as much as 9.2%", "as much as 19.2%"))
    never = _move(
        altered, "as much as 19.2%", subject="XHKG:00992", direction="up", value=19.2,
        unit="%", qualifier="as_much_as", date=friday,
    )  # fmt: skip
    v = _check(altered, never, price_dir)
    assert v.status == "contradicted"
    assert "never reached" in v.reason


def test_kingdee_close_to_close(seeds_dir: Path, price_dir: Path, price_src: Path) -> None:
    article = read_seed(seeds_dir, "004")
    bars = _yahoo_hk(price_src, "0268.HK")
    change = (bars.loc["2025-02-07", "close"] / bars.loc["2025-02-06", "close"] - 1) * 100
    # Reported as 14.5% (an 03:01 ET = 16:01 HKT story); the close was +14.84%: the figure
    # fits the day's range, not the close, so daily bars cannot settle it.
    move = _move(
        article, "Kingdee jumped 14.5%", subject="XHKG:00268", direction="up", value=14.5,
        unit="%", date=date(2025, 2, 7),
    )  # fmt: skip
    v = _check(article, move, price_dir)
    assert v.status == "unknown"
    assert v.observed == pytest.approx(change, abs=1e-4)
    # The same sentence with the closing figure is confirmed; a fall is contradicted.
    exact = dataclasses.replace(move, value=round(change, 1))
    assert _check(article, exact, price_dir).status == "confirmed"
    altered = read_seed(seeds_dir, "004", ("Kingdee jumped 14.5%", "Kingdee slumped 14.5%"))
    fall = _move(
        altered, "Kingdee slumped 14.5%", subject="XHKG:00268", direction="down", value=14.5,
        unit="%", date=date(2025, 2, 7),
    )  # fmt: skip
    assert _check(altered, fall, price_dir).status == "contradicted"


def test_hang_seng_tech_index_has_no_history(seeds_dir: Path, price_dir: Path) -> None:
    article = read_seed(seeds_dir, "004")
    move = _move(
        article, "rose as much as 2.9% on Friday", subject="INDEX:HSTECH", direction="up",
        value=2.9, unit="%", qualifier="as_much_as", date=date(2025, 2, 7),
    )  # fmt: skip
    v = _check(article, move, price_dir)
    assert v.status == "unknown"
    assert v.reason == "no price history for INDEX:HSTECH"
    assert v.observed is None


# -- seed 002: windows, market value, baskets ----------------------------------------------


def test_market_value_loss_of_nvidia(seeds_dir: Path, price_dir: Path, price_src: Path) -> None:
    article = read_seed(seeds_dir, "002")
    screener = pd.read_csv(
        price_src / "us_nasdaq_screener_daily_close_2024-11-29_2025-04-02.csv.gz"
    )
    nvda = screener[screener["symbol"] == "NVDA"].set_index("date")
    shares = nvda.loc["2025-01-27", "market_cap"] / nvda.loc["2025-01-27", "close"]
    loss = shares * (nvda.loc["2025-01-27", "close"] - nvda.loc["2025-01-24", "close"])
    move = _move(
        article, "$589 billion market loss in a single day", subject="XNAS:NVDA",
        direction="down", value=589e9, unit="USD", kind="market_value", window="single day",
        date=date(2025, 1, 27),
    )  # fmt: skip
    v = _check(article, move, price_dir)
    assert v.status == "confirmed", v.reason
    assert v.observed == pytest.approx(loss, rel=1e-3)
    altered = read_seed(seeds_dir, "002", ("$589 billion", "$289 billion"))
    small = dataclasses.replace(
        _move(altered, "$289 billion", subject="XNAS:NVDA", direction="down", value=289e9,
              unit="USD", kind="market_value", date=date(2025, 1, 27)),
    )  # fmt: skip
    assert _check(altered, small, price_dir).status == "contradicted"


def test_past_month_window_against_recomputed_change(
    seeds_dir: Path, price_dir: Path, price_src: Path
) -> None:
    article = read_seed(seeds_dir, "002")
    hsi = pd.read_csv(price_src / "yahoo_hsi_index_daily_2024-12_2025-03.csv").set_index("Date")
    end = "2025-02-14"
    base_day = hsi.index[hsi.index <= "2025-01-14"][-1]  # the session a month earlier
    change = (hsi.loc[end, "Close"] / hsi.loc[base_day, "Close"] - 1) * 100
    phrase = "gained 15% over the past month"
    move = _move(
        article, phrase, subject="INDEX:HSI", direction="up", value=round(change),
        unit="%", window="past month", date=date(2025, 2, 14),
    )  # fmt: skip
    v = _check(article, move, price_dir)
    assert v.status == "confirmed", v.reason
    assert v.end == date(2025, 2, 14)
    far = dataclasses.replace(move, value=round(change) + 12)
    assert _check(article, far, price_dir).status == "contradicted"
    more = dataclasses.replace(move, value=round(change) - 5, qualifier="more_than")
    assert _check(article, more, price_dir).status == "confirmed"


def test_trading_session_window(seeds_dir: Path, price_dir: Path, price_src: Path) -> None:
    article = read_seed(seeds_dir, "003")
    bars = _yahoo_hk(price_src, "0981.HK")
    days = list(bars.index)
    end = days.index("2025-02-06")
    change = (bars.loc["2025-02-06", "close"] / bars.iloc[end - 4]["close"] - 1) * 100
    move = _move(
        article, "total gains to over 16% in just four trading sessions", subject="XHKG:00981",
        direction="up", value=16.0, unit="%", qualifier="more_than",
        window="four trading sessions", date=date(2025, 2, 6),
    )  # fmt: skip
    v = _check(article, move, price_dir)
    assert v.observed == pytest.approx(change, abs=1e-4)
    assert v.status == ("confirmed" if change > 16 - 0.05 else "contradicted")
    assert v.start == date.fromisoformat(days[end - 3])


def test_subjects_without_a_series(seeds_dir: Path, price_dir: Path) -> None:
    article = read_seed(seeds_dir, "002")
    basket = _move(
        article, "a 25% surge in Chinese tech stocks", subject="GROUP:Chinese tech stocks",
        direction="up", value=25.0, unit="%",
    )  # fmt: skip
    v = _check(article, basket, price_dir)
    assert v.status == "unknown" and "basket" in v.reason


# -- time: no look-ahead ---------------------------------------------------------------------


def _undated(article) -> Move:
    return _move(
        article, "jumped 5% to HK$46.95", subject="XHKG:00981", direction="up", value=5.0,
        unit="%", price=46.95, currency="HKD",
    )  # fmt: skip


def test_publication_time_decides_the_session(seeds_dir: Path, price_dir: Path) -> None:
    base = read_seed(seeds_dir, "000")
    move = _undated(base)
    # 11:00 Hong Kong time on Thursday: the session is under way; the claim is intraday.
    during = dataclasses.replace(base, published=datetime(2025, 2, 6, 11, 0, tzinfo=HKT))
    v = _check(during, move, price_dir)
    assert v.end == date(2025, 2, 6) and v.status == "confirmed", v.reason
    # 08:00 before the open: the article can only know Wednesday's session.
    before = dataclasses.replace(base, published=datetime(2025, 2, 6, 8, 0, tzinfo=HKT))
    assert _check(before, move, price_dir).end == date(2025, 2, 5)
    # 20:00 after the close: Thursday's full session, compared with its close.
    after = dataclasses.replace(base, published=datetime(2025, 2, 6, 20, 0, tzinfo=HKT))
    v = _check(after, move, price_dir)
    assert v.end == date(2025, 2, 6) and v.status == "unknown"
    # A Saturday story is about Friday.
    weekend = dataclasses.replace(base, published=datetime(2025, 2, 8, 10, 0, tzinfo=HKT))
    assert _check(weekend, move, price_dir).end == date(2025, 2, 7)
    # No date and no timestamp: nothing to compare with.
    nowhen = dataclasses.replace(base, published=None)
    v = _check(nowhen, move, price_dir)
    assert v.status == "unknown" and v.reason.startswith("no trading day")


def test_dates_outside_the_data_are_unknown(seeds_dir: Path, price_dir: Path) -> None:
    article = read_seed(seeds_dir, "000")
    move = dataclasses.replace(_undated(article), date=date(2019, 3, 1))
    v = _check(article, move, price_dir)
    assert v.status == "unknown" and "no price history for XHKG:00981 on 2019-03-01" in v.reason
    holiday = dataclasses.replace(move, date=date(2025, 1, 30))  # Lunar New Year
    assert "not a session" in _check(article, holiday, price_dir).reason


def test_verify_records_gives_one_verification_per_move(seeds_dir: Path, price_dir: Path) -> None:
    article = read_seed(seeds_dir, "000")
    moves = (
        _smic_move(article, "jumped 5% to HK$46.95", "up", 5.0, 46.95, intraday_time="03:00 GMT"),
        _smic_move(article, "jumped 5% to HK$46.95", "down", 5.0, 30.95, intraday_time="03:00 GMT"),
    )
    out = verify_records([ArticleRecord(article, moves=moves)], FolderProvider(price_dir))
    assert [(v.article_id, v.move_index, v.status) for v in out] == [
        (article.id, 0, "confirmed"),
        (article.id, 1, "contradicted"),
    ]


def test_a_move_dated_after_publication_is_not_checked(seeds_dir: Path, price_dir: Path) -> None:
    article = read_seed(seeds_dir, "000")
    move = dataclasses.replace(_undated(article), date=date(2025, 2, 7))
    early = dataclasses.replace(article, published=datetime(2025, 2, 6, 20, 0, tzinfo=HKT))
    v = _check(early, move, price_dir)
    assert v.status == "unknown" and "no look-ahead" in v.reason
    # Published during Friday's session: an intraday claim, checked against the range.
    during = dataclasses.replace(article, published=datetime(2025, 2, 7, 10, 30, tzinfo=HKT))
    v = _check(during, move, price_dir)
    assert v.end == date(2025, 2, 7) and "intraday" in v.reason


def test_points_money_and_calendar_windows(
    seeds_dir: Path, price_dir: Path, price_src: Path
) -> None:
    article = read_seed(seeds_dir, "004")
    hsi = pd.read_csv(price_src / "yahoo_hsi_index_daily_2024-12_2025-03.csv").set_index("Date")
    points = hsi.loc["2025-02-07", "Close"] - hsi.loc["2025-02-06", "Close"]
    move = _move(
        article, "rose as much as 2.9% on Friday", subject="INDEX:HSI", direction="up",
        value=round(points), unit="points", date=date(2025, 2, 7),
    )  # fmt: skip
    v = _check(article, move, price_dir)
    assert v.status == "confirmed", v.reason
    assert v.observed == pytest.approx(points, abs=1e-3)
    assert _check(article, dataclasses.replace(move, direction="down"), price_dir).status == (
        "contradicted"
    )

    smic = _yahoo_hk(price_src, "0981.HK")
    gain = smic.loc["2025-02-07", "close"] - smic.loc["2025-02-06", "close"]
    money = _move(
        article, "Kingdee jumped 14.5%", subject="XHKG:00981", direction="down",
        value=round(abs(gain), 2), unit="HKD", date=date(2025, 2, 7),
    )  # fmt: skip
    assert gain < 0 and _check(article, money, price_dir).status == "confirmed"
    usd = dataclasses.replace(money, unit="USD")
    assert "trades in HKD" in _check(article, usd, price_dir).reason

    # Year to date: from the last close of 2024.
    ytd = (smic.loc["2025-02-07", "close"] / smic.loc["2024-12-31", "close"] - 1) * 100
    move = dataclasses.replace(
        money, unit="%", direction="up", value=round(ytd), window="so far this year"
    )
    v = _check(article, move, price_dir)
    assert v.status == "confirmed" and v.observed == pytest.approx(ytd, abs=1e-4)

    # From the January low: the lowest low (or close) of January.
    january = smic.loc["2025-01-01":"2025-01-31"]
    from_low = (smic.loc["2025-02-07", "close"] / january["low"].min() - 1) * 100
    move = dataclasses.replace(
        money, unit="%", direction="up", value=round(from_low) - 3, qualifier="more_than",
        window="from its January low",
    )  # fmt: skip
    v = _check(article, move, price_dir)
    assert v.status == "confirmed", v.reason
    unclear = dataclasses.replace(move, window="since DeepSeek launched its model")
    assert "not understood" in _check(article, unclear, price_dir).reason


def test_level_move_is_checked_against_the_close(
    seeds_dir: Path, price_dir: Path, price_src: Path
) -> None:
    article = read_seed(seeds_dir, "004")
    hsi = pd.read_csv(price_src / "yahoo_hsi_index_daily_2024-12_2025-03.csv").set_index("Date")
    level = round(hsi.loc["2025-02-07", "Close"], 2)
    move = _move(
        article, "The Hang Seng Tech Index", subject="INDEX:HSI", direction="flat", value=level,
        unit="points", kind="level", date=date(2025, 2, 7),
    )  # fmt: skip
    v = _check(article, move, price_dir)
    assert v.status == "confirmed", v.reason
    assert v.tolerance is not None and v.tolerance < 0.005 * level
    wrong = dataclasses.replace(move, value=level * 1.1)
    assert _check(article, wrong, price_dir).status == "contradicted"


def test_mainland_qfq_series(seeds_dir: Path, price_dir: Path) -> None:
    """SOURCES.md: 688981 closed 101.37 (+7.9%) and Hygon 688041 139.19 (+8.7%) on 2025-02-05,
    the first session after the Lunar New Year closure."""
    article = read_seed(seeds_dir, "000")
    day = date(2025, 2, 5)
    smic = _move(
        article, "Hygon Information Technology (SS:688041)", subject="XSHG:688981",
        direction="up", value=7.9, unit="%", date=day, price=101.37, currency="CNY",
    )  # fmt: skip
    v = _check(article, smic, price_dir)
    assert v.status == "confirmed", v.reason
    assert v.start == v.end == day  # the change is from 2025-01-27, the last session before
    hygon = dataclasses.replace(smic, subject="XSHG:688041", value=8.7, price=139.19)
    v = _check(article, hygon, price_dir)
    assert v.status == "confirmed", v.reason
    assert "qfq" in v.reason
    hk_dollars = dataclasses.replace(hygon, currency="HKD")
    assert "trades in CNY" in _check(article, hk_dollars, price_dir).reason
