"""Event study: what the news did to a stock, net of what the market did that day.

The market model (MacKinlay 1997): over an estimation window before the event, regress a
listing's daily return on the benchmark's, ``R_i = alpha + beta * R_m + e``. On and after the
event the abnormal return is ``AR = R_i - (alpha + beta * R_m)``; a cumulative abnormal
return ``CAR`` sums it over a window of sessions relative to the event day (day 0).

The variance of a CAR includes the estimation error of alpha and beta (Campbell, Lo and
MacKinlay 1997, ch. 4): ``Var(CAR) = s^2 * 1'(I + X* (X'X)^-1 X*')1`` where ``X`` holds
``[1, R_m]`` of the estimation window and ``X*`` those of the event window; the t-statistic
is ``CAR / sqrt(Var(CAR))``. Across listings, the average CAR is tested two ways: against
the pooled variance (``sqrt(sum Var_i) / N``, assumes independent listings) and
cross-sectionally (``mean / (sd / sqrt(N))``, robust to event-induced variance).

Returns are close-to-close on the dates both the listing and the benchmark traded, from the
dividend-adjusted close when the data has one (``adj_close``), so an ex-dividend day is not an
abnormal loss. Day 0 is the first session that could react: a date means that day's session
(or the next one); an aware datetime after the close means the next session. Pure numpy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np

from tickerwire.errors import ConfigError, ProviderError
from tickerwire.prices.providers import PriceProvider, Series, normalize_id, series_of
from tickerwire.prices.sessions import event_session
from tickerwire.reference.exchanges import exchange_of

DEFAULT_ESTIMATION = (-120, -11)
DEFAULT_WINDOWS = ((0, 0), (-1, 1), (0, 5))
MIN_ESTIMATION = 30


@dataclass(frozen=True, slots=True)
class WindowResult:
    """A CAR (or, in `EventStudy.average`, a mean CAR) over sessions ``[first, last]``."""

    window: tuple[int, int]
    car: float | None  # None when the data does not reach the whole window
    t: float | None
    start: date | None = None
    end: date | None = None
    t_cross: float | None = None  # cross-sectional t of the mean (average rows only)
    n: int = 1


@dataclass(frozen=True, slots=True)
class ListingImpact:
    listing: str
    event_date: date  # day 0
    alpha: float
    beta: float
    sigma: float  # residual standard deviation of the estimation window
    r2: float
    n_estimation: int
    estimation: tuple[date, date]
    abnormal: tuple[tuple[int, date, float], ...]  # (relative day, date, AR)
    windows: tuple[WindowResult, ...]


@dataclass(frozen=True, slots=True)
class EventStudy:
    benchmark: str
    event_day: date | datetime
    estimation_window: tuple[int, int]
    windows: tuple[tuple[int, int], ...]
    listings: tuple[ListingImpact, ...]
    average: tuple[WindowResult, ...]
    skipped: tuple[tuple[str, str], ...]  # (listing, reason)


def event_study(
    provider: PriceProvider,
    listings: Sequence[str],
    benchmark: str,
    event_day: date | datetime,
    estimation_window: tuple[int, int] = DEFAULT_ESTIMATION,
    windows: Sequence[tuple[int, int]] = DEFAULT_WINDOWS,
    *,
    min_estimation: int = MIN_ESTIMATION,
) -> EventStudy:
    """Market-model abnormal returns of ``listings`` around ``event_day``.

    Raises `ProviderError` when the benchmark has no history (nothing can be measured);
    a listing without enough data is skipped with its reason in ``EventStudy.skipped``.
    """
    lo, hi = estimation_window
    if lo > hi or hi >= 0:
        raise ConfigError(f"estimation window {estimation_window} must end before day 0")
    wins = tuple((int(a), int(b)) for a, b in windows)
    if not wins or any(a > b for a, b in wins):
        raise ConfigError(f"event windows {windows} must be non-empty (first, last) pairs")
    bench_id = normalize_id(benchmark)
    bench = series_of(provider, bench_id)
    if bench is None or len(bench) < 2:
        raise ProviderError(f"no price history for {bench_id}")
    results: list[ListingImpact] = []
    skipped: list[tuple[str, str]] = []
    for raw_id in dict.fromkeys(listings):
        listing = normalize_id(raw_id)
        series = series_of(provider, listing)
        if series is None or len(series) < 2:
            skipped.append((listing, f"no price history for {listing}"))
            continue
        outcome = _one(series, bench, event_day, (lo, hi), wins, min_estimation)
        if isinstance(outcome, str):
            skipped.append((listing, outcome))
        else:
            results.append(outcome)
    return EventStudy(
        benchmark=bench_id,
        event_day=event_day,
        estimation_window=(lo, hi),
        windows=wins,
        listings=tuple(results),
        average=_average(results, wins),
        skipped=tuple(skipped),
    )


def aligned_returns(series: Series, bench: Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dates, listing returns, benchmark returns) on the sessions both traded."""
    common, i, j = np.intersect1d(series.dates, bench.dates, return_indices=True)
    ps, pb = series.adj_close[i], bench.adj_close[j]
    ok = ~(np.isnan(ps) | np.isnan(pb))
    common, ps, pb = common[ok], ps[ok], pb[ok]
    return common[1:], ps[1:] / ps[:-1] - 1.0, pb[1:] / pb[:-1] - 1.0


def _one(
    series: Series,
    bench: Series,
    event_day: date | datetime,
    estimation: tuple[int, int],
    wins: tuple[tuple[int, int], ...],
    min_estimation: int,
) -> ListingImpact | str:
    dates, rs, rb = aligned_returns(series, bench)
    if len(dates) == 0:
        return f"{series.id} and {bench.id} share no sessions"
    e = event_session(dates, exchange_of(series.id), event_day)
    if e is None:
        return f"no session of {series.id} on or after {event_day} in the data"
    day0 = dates[e].astype(object)
    requested = event_day.date() if isinstance(event_day, datetime) else event_day
    if (day0 - requested).days > 7:
        return f"no session of {series.id} within a week of {requested} (next is {day0})"
    a, b = max(e + estimation[0], 0), e + estimation[1]
    n = b - a + 1
    if n < min_estimation:
        return (
            f"only {max(n, 0)} estimation sessions before {day0} in the data "
            f"(need {min_estimation}): choose a shorter or later estimation window"
        )
    x_est = np.column_stack([np.ones(n), rb[a : b + 1]])
    y_est = rs[a : b + 1]
    coef, *_ = np.linalg.lstsq(x_est, y_est, rcond=None)
    alpha, beta = float(coef[0]), float(coef[1])
    resid = y_est - x_est @ coef
    s2 = float(resid @ resid) / (n - 2)
    tss = float(((y_est - y_est.mean()) ** 2).sum())
    r2 = 1.0 - float(resid @ resid) / tss if tss > 0 else 0.0
    xtx_inv = np.linalg.inv(x_est.T @ x_est)

    first = min(w[0] for w in wins)
    last = max(w[1] for w in wins)
    abnormal = []
    for tau in range(first, last + 1):
        k = e + tau
        if 0 <= k < len(dates):
            ar = float(rs[k] - alpha - beta * rb[k])
            abnormal.append((tau, dates[k].astype(object), ar))
    out = []
    for w in wins:
        k0, k1 = e + w[0], e + w[1]
        if k0 < 0 or k1 >= len(dates):
            out.append(WindowResult(w, None, None))
            continue
        x_star = np.column_stack([np.ones(k1 - k0 + 1), rb[k0 : k1 + 1]])
        ars = rs[k0 : k1 + 1] - x_star @ coef
        var = s2 * float((np.eye(len(ars)) + x_star @ xtx_inv @ x_star.T).sum())
        car = float(ars.sum())
        out.append(
            WindowResult(
                w,
                car,
                float(car / np.sqrt(var)) if var > 0 else None,
                dates[k0].astype(object),
                dates[k1].astype(object),
                n=1,
            )
        )
    return ListingImpact(
        listing=series.id,
        event_date=day0,
        alpha=alpha,
        beta=beta,
        sigma=float(np.sqrt(s2)),
        r2=r2,
        n_estimation=n,
        estimation=(dates[a].astype(object), dates[b].astype(object)),
        abnormal=tuple(abnormal),
        windows=tuple(out),
    )


def _average(
    results: Sequence[ListingImpact], wins: tuple[tuple[int, int], ...]
) -> tuple[WindowResult, ...]:
    out = []
    for k, w in enumerate(wins):
        rows = [r.windows[k] for r in results if r.windows[k].car is not None]
        if not rows:
            out.append(WindowResult(w, None, None, n=0))
            continue
        cars = np.array([r.car for r in rows])
        variances = np.array([(r.car / r.t) ** 2 if r.t else np.nan for r in rows])
        mean = float(cars.mean())
        pooled = float(np.sqrt(np.nansum(variances)) / len(rows))
        t_cross = None
        if len(rows) > 1:
            sd = float(cars.std(ddof=1))
            t_cross = float(mean / (sd / np.sqrt(len(rows)))) if sd > 0 else None
        out.append(
            WindowResult(
                w,
                mean,
                mean / pooled if pooled > 0 else None,
                min(r.start for r in rows if r.start),
                max(r.end for r in rows if r.end),
                t_cross=t_cross,
                n=len(rows),
            )
        )
    return tuple(out)
