"""Check each reported move against daily bars: confirmed, contradicted, or cannot tell.

A move makes up to three claims, checked separately and then combined:

- the change ("jumped 5%", "fell 120 points", "lost $589 billion in market value"), compared
  with the close-to-close change over its window; "as much as" with the intraday extreme
  (high or low against the base close);
- the level ("to HK$46.95"), compared with the close, or with the day's range when the claim
  is intraday;
- the record ("its highest level ever"), compared with everything the provider has before
  that day.

Why three outcomes: daily bars cannot tell what a stock did at 11:00, and a reporter may
write before the close. A claim is *contradicted* only when no price the day (or window)
traded at could have produced it; a claim that fits the day's range but not the close is
*unknown* ("an intraday figure?"), unless the article says it is intraday, when it is
*confirmed* as far as daily bars can tell.

Tolerance, in the claim's unit: half a unit of the last digit the article printed ("5%" is
4.5–5.5), plus the data's own error, which depends on how the series was adjusted (see
`DATA_TOLERANCE`). "about" adds a tenth of the claim; "more than" and "less than" are
one-sided.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from dateutil.relativedelta import relativedelta

from tickerwire.model import Article, ArticleRecord, Move, Verification
from tickerwire.prices.providers import PriceProvider, Series, normalize_id, series_of
from tickerwire.prices.sessions import reported_session, session_bounds
from tickerwire.reference.exchanges import currency_of, exchange_of

# Data error per adjustment: (percentage points on a change, relative error on a level).
# raw: prices as traded; estimated_raw: reconstructed from adjusted prices and rounded to the
# tick (about one tick of error); dividend_adjusted / qfq: ratios are exact except across an
# ex-date, levels sit below the traded price by the later dividends (a few percent a year).
DATA_TOLERANCE: Mapping[str, tuple[float, float]] = {
    "raw": (0.05, 0.002),
    "estimated_raw": (0.3, 0.01),
    "dividend_adjusted": (0.3, 0.06),
    "qfq": (0.3, 0.06),
}
# A record claim needs at least this much history before the day to be checked.
MIN_RECORD_HISTORY = timedelta(days=365)

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_N = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_DAY_WINDOW = re.compile(
    r"^(?:day|today|the day|on the day|session|the session|intraday|daily|single day|"
    r"(?:on )?(?:mon|tues|wednes|thurs|fri)day|(?:last|previous) session|yesterday)$"
)
_SESSIONS = re.compile(
    rf"\b{_N}[- ](?:straight |consecutive |successive )?(?:trading )?(sessions?|(?:trading )?days?)\b"
)
_CALENDAR = re.compile(
    rf"\b(?:past|last|previous|over the|in the)?\s*{_N}?[- ]?(weeks?|months?|years?)\b"
)
_TO_DATE = re.compile(
    r"\b(year[- ]to[- ]date|ytd|this year|so far this year|month[- ]to[- ]date|this month|this week|week[- ]to[- ]date)\b"
)
_SINCE_LOW = re.compile(r"\b(?:since|from) (?:its |the |a |their )?([a-z]+)\.? (low|high)s?\b")


@dataclass(frozen=True, slots=True)
class _Part:
    status: str  # confirmed / contradicted / unknown
    text: str


@dataclass(frozen=True, slots=True)
class _Window:
    """Where a change is measured from: candidate base prices, because "past month" is fuzzy."""

    bases: tuple[tuple[int, float], ...]  # (index of the base bar, base price)
    label: str
    day: bool  # a one-session move


def verify_records(
    records: Sequence[ArticleRecord], provider: PriceProvider
) -> tuple[Verification, ...]:
    """One `Verification` per move of every record, in record then move order."""
    cache: dict[str, Series | None] = {}
    out: list[Verification] = []
    for record in records:
        for i, move in enumerate(record.moves):
            out.append(verify_move(move, record.article, provider, move_index=i, cache=cache))
    return tuple(out)


def verify_move(
    move: Move,
    article: Article,
    provider: PriceProvider,
    *,
    move_index: int = 0,
    cache: dict[str, Series | None] | None = None,
) -> Verification:
    """Check one move of ``article`` against ``provider``; never raises on missing data."""

    def unknown(reason: str, listing: str | None = None) -> Verification:
        return Verification(article.id, move_index, "unknown", reason, listing=listing)

    subject = move.subject
    kind, _, _ = subject.partition(":")
    if kind == "GROUP":
        return unknown(f"basket subject {subject[6:]!r}: no single price series")
    if kind == "ORG" or ":" not in subject:
        return unknown(f"{subject} is not a listed security or index")
    listing = normalize_id(subject)
    cache = {} if cache is None else cache
    if listing not in cache:
        cache[listing] = series_of(provider, listing)
    series = cache[listing]
    if series is None or len(series) < 2:
        return unknown(f"no price history for {listing}", listing)
    mic = exchange_of(listing)
    first, last = series.day(0), series.day(len(series) - 1)

    # The session the move happened in, never one after the article was written.
    intraday_published = False
    if move.date is not None:
        end = series.index_of(move.date)
        if end is None:
            if not first <= move.date <= last:
                return unknown(
                    f"no price history for {listing} on {move.date} (data {first}..{last})",
                    listing,
                )
            return unknown(f"{move.date} has no bar for {listing}: not a session", listing)
        # Only a timestamp with a zone can prove look-ahead; a naive hour may be any zone's.
        published = article.published
        bounds = session_bounds(mic, move.date) if published and published.tzinfo else None
        if bounds is not None and published is not None:
            if published < bounds[0]:
                return unknown(
                    f"{move.date} had not opened when the article was published "
                    f"({published.isoformat()}): no look-ahead",
                    listing,
                )
            intraday_published = published < bounds[1]
    elif article.published is not None:
        end, intraday_published = reported_session(series.dates, mic, article.published)
        if end is None:
            return unknown(f"no price history for {listing} before publication", listing)
        if article.published.date() - series.day(end) > timedelta(days=5):
            return unknown(f"price history for {listing} ends {last}, before the article", listing)
    else:
        return unknown("no trading day: the move has no date and the article no timestamp", listing)

    # A level ("closed at 20,197.77") is about one day whatever window the text gave.
    window = _window(series, end, None if move.kind == "level" else move.window)
    if isinstance(window, str):
        return Verification(
            article.id, move_index, "unknown", window, listing=listing, end=series.day(end)
        )
    if not window.bases:
        return Verification(
            article.id,
            move_index,
            "unknown",
            f"no bar before {series.day(end)} for {listing} to measure the change from",
            listing=listing,
            end=series.day(end),
        )
    adjustment = series.info.adjustment
    pct_tol, level_rel = DATA_TOLERANCE.get(adjustment, DATA_TOLERANCE["raw"])
    intraday = move.intraday_time is not None or intraday_published
    checker = _Checker(series, end, window, move, listing, pct_tol, level_rel, intraday)

    parts: list[_Part] = []
    change = checker.change() if move.kind != "level" else None
    if change is not None:
        parts.append(change)
    if move.price is not None or move.kind == "level":
        parts.append(checker.level())
    if move.record is not None:
        parts.append(checker.record())

    statuses = [p.status for p in parts]
    if "contradicted" in statuses:
        status = "contradicted"
    elif parts and parts[0].status == "confirmed":
        status = "confirmed"
    else:
        status = "unknown"
    ordered = sorted(parts, key=lambda p: p.status != status)
    reason = "; ".join(p.text for p in ordered)
    if adjustment != "raw":
        reason += f" [{adjustment} prices]"
    mid = window.bases[len(window.bases) // 2][0]
    return Verification(
        article_id=article.id,
        move_index=move_index,
        status=status,
        reason=reason,
        observed=checker.observed,
        observed_price=float(series.close[end]),
        tolerance=checker.tolerance,
        listing=listing,
        start=series.day(mid + 1) if not window.day else series.day(end),
        end=series.day(end),
    )


class _Checker:
    """The three sub-checks of one move over one resolved window."""

    def __init__(
        self,
        series: Series,
        end: int,
        window: _Window,
        move: Move,
        listing: str,
        pct_tol: float,
        level_rel: float,
        intraday: bool,
    ) -> None:
        self.s = series
        self.end = end
        self.w = window
        self.move = move
        self.listing = listing
        self.pct_tol = pct_tol
        self.level_rel = level_rel
        self.intraday = intraday
        self.observed: float | None = None
        self.tolerance: float | None = None
        self.cur = currency_of(listing)

    # -- change -------------------------------------------------------------------------
    def change(self) -> _Part:
        m = self.move
        sign = {"up": 1.0, "down": -1.0}.get(m.direction, 0.0)
        claim = sign * m.value if sign else (0.0 if m.direction == "flat" else m.value)
        unit = m.unit
        s, end = self.s, self.end
        close = float(s.close[end])
        bases = self.w.bases

        if unit == "%":
            conv = _pct
            data_tol = self.pct_tol
            shown = f"{claim:+g}%"
        elif unit in ("pp", "bp"):
            return _Part("unknown", f"a change in {unit} is not a price move")
        elif unit == "points":
            conv = _diff
            data_tol = self.pct_tol / 100 * close
            shown = f"{claim:+g} points"
        elif m.kind == "market_value":
            if self.cur and unit != self.cur:
                return _Part(
                    "unknown", f"market value given in {unit}, {self.listing} trades in {self.cur}"
                )
            return self._market_value(claim, bases)
        else:  # a money amount of price change
            if self.cur and unit != self.cur:
                return _Part(
                    "unknown", f"change given in {unit}, {self.listing} trades in {self.cur}"
                )
            conv = _diff
            data_tol = self.level_rel * close
            shown = f"{claim:+g} {unit}"

        rounding = _rounding(m.value, integer_floor=unit in ("%", "points"))
        tol = rounding + data_tol
        if m.qualifier == "about":
            tol += 0.1 * abs(claim)
        at_close = [conv(close, b) for _, b in bases]
        lo_c, hi_c = min(at_close), max(at_close)
        hi_day = float(s.high[end])
        lo_day = float(s.low[end])
        has_range = not (np.isnan(hi_day) or np.isnan(lo_day))
        base_label = self.w.label
        self.tolerance = round(tol, 6)

        if m.qualifier == "as_much_as":
            if not has_range:
                self.observed = _center(at_close)
                return _Part(
                    "unknown",
                    f"{shown} intraday extreme: no high/low in the data; close {_fmt_range(lo_c, hi_c, unit)} {base_label}",
                )
            span = slice(bases[0][0] + 1, end + 1) if not self.w.day else slice(end, end + 1)
            peak = float(np.nanmax(s.high[span]) if claim >= 0 else np.nanmin(s.low[span]))
            ext = [conv(peak, b) for _, b in bases]
            lo_e, hi_e = min(ext), max(ext)
            self.observed = _center(ext)
            seen = f"observed extreme {_fmt_range(lo_e, hi_e, unit)} ({_price(peak)}) {base_label}, tolerance {tol:.2g}"
            if lo_e - tol <= claim <= hi_e + tol:
                return _Part("confirmed", f"{shown} as much as: {seen}")
            if abs(claim) > max(abs(lo_e), abs(hi_e)) + tol or (claim > 0) != (peak > bases[0][1]):
                return _Part("contradicted", f"{shown} as much as: never reached; {seen}")
            return _Part(
                "unknown",
                f"{shown} as much as: the extreme went further; the figure may predate it; {seen}",
            )

        self.observed = _center(at_close)
        seen_close = f"observed {_fmt_range(lo_c, hi_c, unit)} close-to-close ({_price(close)}) {base_label}, tolerance {tol:.2g}"
        if m.qualifier in ("more_than", "at_least"):
            ok = hi_c >= claim - data_tol if claim >= 0 else lo_c <= claim + data_tol
        elif m.qualifier == "less_than":
            # "rose less than 1%" is still a rise: the sign must hold too.
            if claim >= 0:
                ok = lo_c <= claim + data_tol and hi_c >= -tol
            else:
                ok = hi_c >= claim - data_tol and lo_c <= tol
        else:
            ok = lo_c - tol <= claim <= hi_c + tol
        if ok and not self.intraday:
            return _Part("confirmed", f"{shown}: {seen_close}")

        if has_range:
            day_vals = [conv(lo_day, b) for _, b in bases] + [conv(hi_day, b) for _, b in bases]
            lo_r, hi_r = min(day_vals), max(day_vals)
            in_range = lo_r - tol <= claim <= hi_r + tol
            range_text = (
                f"day's range {_fmt_range(lo_r, hi_r, unit)} ({_price(lo_day)}–{_price(hi_day)})"
            )
        else:
            in_range, range_text = None, "no intraday range in the data"
        if self.intraday:
            if ok or in_range:
                return _Part(
                    "confirmed",
                    f"{shown} intraday: inside the {range_text} {base_label}; daily bars cannot pin the time",
                )
            if in_range is None:
                return _Part("unknown", f"{shown} intraday: {range_text}; {seen_close}")
            return _Part("contradicted", f"{shown} intraday: outside the {range_text} {base_label}")
        if in_range:
            return _Part(
                "unknown",
                f"{shown}: inside the {range_text} but not the close: an intraday figure?; {seen_close}",
            )
        if in_range is None and self.w.day:
            return _Part("contradicted", f"{shown}: {seen_close}; {range_text}")
        return _Part(
            "contradicted",
            f"{shown}: {seen_close}" + (f"; outside the {range_text}" if has_range else ""),
        )

    def _market_value(self, claim: float, bases: tuple[tuple[int, float], ...]) -> _Part:
        s, end = self.s, self.end
        cap_end = float(s.market_cap[end])
        if np.isnan(cap_end):
            return _Part("unknown", f"no market value for {self.listing} in the price data")
        shares = cap_end / float(s.close[end])
        values = [shares * (float(s.close[end]) - b) for _, b in bases]
        lo, hi = min(values), max(values)
        tol = _rounding(abs(claim), integer_floor=False) + 0.005 * cap_end
        if self.move.qualifier == "about":
            tol += 0.1 * abs(claim)
        self.observed = _center(values)
        self.tolerance = tol
        seen = f"observed {_money(lo)}..{_money(hi)} {self.w.label} from a market value of {_money(cap_end)}, tolerance {_money(tol)}"
        shown = f"{'+' if claim >= 0 else '-'}{_money(abs(claim))} market value"
        if self.move.qualifier in ("more_than", "at_least"):
            ok = hi >= claim - tol if claim >= 0 else lo <= claim + tol
        else:
            ok = lo - tol <= claim <= hi + tol
        return _Part("confirmed" if ok else "contradicted", f"{shown}: {seen}")

    # -- level --------------------------------------------------------------------------
    def level(self) -> _Part:
        m, s, end = self.move, self.s, self.end
        price = m.price if m.price is not None else m.value
        if m.currency and self.cur and m.currency != self.cur:
            return _Part(
                "unknown", f"level {price:g} {m.currency}: {self.listing} trades in {self.cur}"
            )
        close = float(s.close[end])
        tol = max(_rounding(price, integer_floor=False), self.level_rel * close)
        if self.tolerance is None:  # a level move: the level is the claim
            self.tolerance = round(tol, 6)
        hi, lo = float(s.high[end]), float(s.low[end])
        has_range = not (np.isnan(hi) or np.isnan(lo))
        shown = f"level {_price(price)}"
        day = s.day(end)
        if abs(price - close) <= tol and not (self.intraday and has_range):
            return _Part("confirmed", f"{shown}: close {_price(close)} on {day}")
        if not has_range:
            status = "unknown" if self.intraday else "contradicted"
            return _Part(
                status, f"{shown}: close {_price(close)} on {day}, no intraday range in the data"
            )
        if lo - tol <= price <= hi + tol:
            if self.intraday or m.qualifier == "as_much_as":
                return _Part(
                    "confirmed",
                    f"{shown}: inside the day's range {_price(lo)}–{_price(hi)} on {day}",
                )
            return _Part(
                "unknown",
                f"{shown}: inside the day's range {_price(lo)}–{_price(hi)} but not the close {_price(close)} on {day}",
            )
        return _Part(
            "contradicted",
            f"{shown}: outside the day's range {_price(lo)}–{_price(hi)} on {day} (tolerance {tol:.3g})",
        )

    # -- record -------------------------------------------------------------------------
    def record(self) -> _Part:
        m, s, end = self.move, self.s, self.end
        day = s.day(end)
        first = s.day(0)
        if day - first < MIN_RECORD_HISTORY:
            return _Part("unknown", f"record {m.record}: price history only from {first}")
        high = m.record == "high"
        today_arr = s.high if high else s.low
        today = float(today_arr[end])
        if np.isnan(today):
            today = float(s.close[end])
        past_arr = s.high[:end] if high else s.low[:end]
        past_close = s.close[:end]
        past = np.where(np.isnan(past_arr), past_close, past_arr)
        j = int(np.nanargmax(past)) if high else int(np.nanargmin(past))
        prior = float(past[j])
        tol = self.level_rel * prior
        word = "highest" if high else "lowest"
        seen = f"day's {'high' if high else 'low'} {_price(today)} vs previous {word} {_price(prior)} ({s.day(j)}) in history from {first}"
        beyond = today >= prior - tol if high else today <= prior + tol
        if beyond:
            return _Part("confirmed", f"record {m.record}: {seen}")
        return _Part("contradicted", f"record {m.record}: {seen}")


def _window(series: Series, end: int, text: str | None) -> _Window | str:
    """Resolve a move's window to candidate base prices, or say why it cannot be."""
    day_end = series.day(end)
    close = series.close
    w = (text or "").lower().strip()
    w = re.sub(r"^(?:in|over|during|for|on)\s+", "", w)
    if not w or _DAY_WINDOW.match(w):
        if end == 0:
            return _Window((), "", True)
        return _Window(((end - 1, float(close[end - 1])),), f"vs {series.day(end - 1)}", True)

    m = _SESSIONS.search(w)
    if m:
        n = _count(m.group(1))
        unit = m.group(2)
        idx = {end - n}
        if "session" not in unit and "trading" not in unit:  # "5 days": sessions or calendar days
            idx.add(_on_or_before(series, day_end - timedelta(days=n)))
        return _bases(series, idx, f"over {n} sessions to {day_end}")

    m = _SINCE_LOW.search(w)
    if m and m.group(1)[:3] in _MONTHS:
        month = _MONTHS[m.group(1)[:3]]
        year = day_end.year if month <= day_end.month else day_end.year - 1
        in_month = np.nonzero(
            (series.dates >= np.datetime64(date(year, month, 1), "D"))
            & (series.dates < np.datetime64(date(year, month, 1) + relativedelta(months=1), "D"))
            & (np.arange(len(series)) < end)
        )[0]
        if not len(in_month):
            return f"no bars for {date(year, month, 1):%B %Y} to find the {m.group(2)} in"
        want_low = m.group(2) == "low"
        bases = []
        for arr in (series.low, series.close) if want_low else (series.high, series.close):
            vals = np.where(np.isnan(arr[in_month]), close[in_month], arr[in_month])
            k = int(np.argmin(vals)) if want_low else int(np.argmax(vals))
            bases.append((int(in_month[k]), float(vals[k])))
        return _Window(
            tuple(sorted(set(bases))), f"from the {date(year, month, 1):%B} {m.group(2)}", False
        )

    m = _TO_DATE.search(w)
    if m:
        token = m.group(1)
        if "year" in token or token == "ytd":
            anchor, extra = date(day_end.year, 1, 1) - timedelta(days=1), set()
        elif "month" in token:
            anchor = date(day_end.year, day_end.month, 1) - timedelta(days=1)
            extra = {_on_or_before(series, day_end - relativedelta(months=1))}
        else:
            anchor = day_end - timedelta(days=day_end.weekday() + 1)
            extra = {_on_or_before(series, day_end - timedelta(days=7))}
        return _bases(series, {_on_or_before(series, anchor), *extra}, f"{token} to {day_end}")

    m = _CALENDAR.search(w)
    if m:
        n = _count(m.group(1)) if m.group(1) else 1
        unit = m.group(2).rstrip("s")
        delta = {"week": relativedelta(weeks=n), "month": relativedelta(months=n)}.get(
            unit, relativedelta(years=n)
        )
        centre = _on_or_before(series, day_end - delta)
        if centre is None:
            return f"price history for {series.id} starts {series.day(0)}: too short for {text!r}"
        spread = 2 if unit == "week" else 3
        idx = set(range(max(centre - spread, 0), min(centre + spread, end - 1) + 1))
        return _bases(series, idx, f"over the {n} {unit}{'s' if n > 1 else ''} to {day_end}")

    return f"window {text!r} not understood"


def _bases(series: Series, idx: set[int | None], label: str) -> _Window | str:
    good = sorted(i for i in idx if i is not None and i >= 0)
    if not good:
        return f"price history for {series.id} starts {series.day(0)}: too short to measure {label}"
    return _Window(tuple((i, float(series.close[i])) for i in good), label, False)


def _on_or_before(series: Series, day: date) -> int | None:
    i = int(np.searchsorted(series.dates, np.datetime64(day, "D"), side="right")) - 1
    return i if i >= 0 else None


def _count(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORDS.get(token, 1)


def _pct(price: float, base: float) -> float:
    return (price / base - 1.0) * 100.0


def _diff(price: float, base: float) -> float:
    return price - base


def _center(values: Sequence[float]) -> float:
    return round(float(values[len(values) // 2]), 6)


def _rounding(value: float, *, integer_floor: bool) -> float:
    """Half a unit of the last digit printed: 5 -> 0.5, 5.2 -> 0.05, 589e9 -> 0.5e9."""
    v = abs(value)
    step = 0.5 * 10**12
    if v:
        for k in range(4, -13, -1):
            if abs(v * 10**k - round(v * 10**k)) > 1e-6 * max(1.0, v * 10**k):
                step = 0.5 * 10 ** -(k + 1)
                break
    else:
        step = 0.005
    return min(step, 0.5) if integer_floor else step


def _fmt_range(lo: float, hi: float, unit: str) -> str:
    suffix = "%" if unit == "%" else ("" if unit != "points" else " points")
    if abs(hi - lo) < 0.005:
        return f"{lo:+.2f}{suffix}"
    return f"{lo:+.2f}..{hi:+.2f}{suffix}"


def _price(value: float) -> str:
    return f"{value:,.4f}".rstrip("0").rstrip(".") if value < 1000 else f"{value:,.2f}"


def _money(value: float) -> str:
    a = abs(value)
    sign = "-" if value < 0 else ""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if a >= size:
            return f"{sign}{a / size:.1f} {word}"
    return f"{sign}{a:,.0f}"
