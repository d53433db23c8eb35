"""What each story did to its stocks: an event study per story, ready to store and show.

`event_study` answers a question a user asks with chosen parameters; a report over a whole
feed has to choose them itself, per story and per listing, from what the data supports:

- **Day 0** is the story's first trading day: its first publication time mapped, with no
  look-ahead, to the first session of the listing's exchange that closed after it (an
  article after the close is about the next session). An undated story uses the earliest
  trading day its moves name.
- **Benchmark** per exchange, the first index the provider has from `BENCHMARKS` (the Hang
  Seng Index for Hong Kong, CSI 300 then the SSE Composite for the mainland, S&P 500 then
  Nasdaq Composite for the US). A market without one is skipped with that reason rather
  than measured against a foreign index.
- **Estimation window**: (-120, -11) when the data reaches back that far. Reference files
  often start only weeks before the news (the shared ^HSI file starts 2024-12-02), so the
  window is then cut to the sessions that exist, first keeping the gap before day 0, then
  narrowing it, as long as at least `MIN_ESTIMATION_DAYS` remain; the note says so. Fewer
  than that and the listing is skipped: a beta from a handful of days is noise.

Every listing in a story's entities gets one `StoryImpact`, measured or carrying the reason
it was not, so a reader sees why a stock has no numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from tickerwire.errors import ProviderError
from tickerwire.model import ArticleRecord, Story
from tickerwire.prices.event_study import DEFAULT_WINDOWS, aligned_returns, event_study
from tickerwire.prices.providers import PriceProvider, normalize_id, series_of
from tickerwire.prices.sessions import event_session
from tickerwire.reference.exchanges import exchange_of

PREFERRED_ESTIMATION = (-120, -11)
MIN_ESTIMATION_DAYS = 20
# Gaps tried, in order, when the data does not reach the preferred window: the last
# estimation session is day -11, then -6, then -2 (the day before the eve of the event).
_GAPS = (-11, -6, -2)
PATH_WINDOW = (-5, 10)  # the sessions the chart draws
NOT_SECURITIES = ("INDEX", "ORG", "GROUP")

# Benchmark indices per exchange (MIC), best first: reviewed reference choices.
BENCHMARKS: dict[str, tuple[str, ...]] = {
    "XHKG": ("INDEX:HSI",),
    "XSHG": ("INDEX:CSI300", "INDEX:SSEC"),
    "XSHE": ("INDEX:CSI300", "INDEX:SZCOMP", "INDEX:SSEC"),
    "XNAS": ("INDEX:SPX", "INDEX:IXIC"),
    "XNYS": ("INDEX:SPX", "INDEX:IXIC"),
    "XASE": ("INDEX:SPX",),
    "ARCX": ("INDEX:SPX",),
    "XTKS": ("INDEX:TOPIX", "INDEX:N225"),
    "XKRX": ("INDEX:KOSPI",),
    "XTAI": ("INDEX:TWII",),
    "XNSE": ("INDEX:NIFTY50", "INDEX:SENSEX"),
    "XBOM": ("INDEX:SENSEX", "INDEX:NIFTY50"),
    "XLON": ("INDEX:FTSE100",),
    "XETR": ("INDEX:DAX", "INDEX:STOXX600"),
    "XPAR": ("INDEX:CAC40", "INDEX:STOXX600"),
    "XASX": ("INDEX:ASX200",),
    "XTSE": ("INDEX:TSX",),
}


@dataclass(frozen=True, slots=True)
class ImpactWindow:
    """The CAR over sessions ``[start, end]`` around day 0, and its t-statistic."""

    start: int
    end: int
    car: float | None  # None when the data does not reach the whole window
    t: float | None


@dataclass(frozen=True, slots=True)
class StoryImpact:
    """One listing of one story: its abnormal returns, or why they could not be measured."""

    story_id: str
    listing: str
    benchmark: str | None = None
    event_day: date | None = None  # day 0, a session of the listing
    windows: tuple[ImpactWindow, ...] = ()
    estimation: tuple[int, int] | None = None  # sessions relative to day 0
    estimation_days: int = 0
    alpha: float | None = None
    beta: float | None = None
    path: tuple[tuple[int, float], ...] = ()  # (relative day, abnormal return), for the chart
    note: str = ""  # how the window was chosen, or why nothing was measured

    @property
    def measured(self) -> bool:
        return bool(self.windows)

    def cumulative(self) -> tuple[tuple[int, float], ...]:
        """The CAR path: abnormal returns summed from the first day drawn."""
        total, out = 0.0, []
        for day, ar in self.path:
            total += ar
            out.append((day, total))
        return tuple(out)


def story_impacts(
    stories: Iterable[Story],
    records: Sequence[ArticleRecord],
    provider: PriceProvider,
    windows: Sequence[tuple[int, int]] = DEFAULT_WINDOWS,
    *,
    preferred: tuple[int, int] = PREFERRED_ESTIMATION,
    min_days: int = MIN_ESTIMATION_DAYS,
) -> tuple[StoryImpact, ...]:
    """One `StoryImpact` per listed security of each story (see the module docstring)."""
    by_id = {record.article.id: record for record in records}
    wins = tuple((int(a), int(b)) for a, b in windows)
    benchmarks: dict[str, str | None] = {}
    out: list[StoryImpact] = []
    for story in stories:
        listings = [
            normalize_id(e) for e in story.entities if e.split(":", 1)[0] not in NOT_SECURITIES
        ]
        if not listings:
            continue
        moment = _event_moment(story, by_id)
        for listing in dict.fromkeys(listings):
            if moment is None:
                out.append(_skip(story, listing, "no event day: the story is undated and its "
                                 "moves name no trading day"))  # fmt: skip
                continue
            mic = exchange_of(listing) or ""
            if mic not in benchmarks:
                benchmarks[mic] = _benchmark(provider, mic)
            bench = benchmarks[mic]
            if bench is None:
                known = ", ".join(BENCHMARKS.get(mic, ())) or "none known"
                out.append(_skip(story, listing, f"no benchmark index for {mic or listing} in "
                                 f"the price data (looked for: {known})"))  # fmt: skip
                continue
            out.append(
                _measure(story.id, listing, bench, moment, provider, wins, preferred, min_days)
            )
    return tuple(out)


def _skip(story: Story, listing: str, reason: str, benchmark: str | None = None) -> StoryImpact:
    return StoryImpact(story.id, listing, benchmark=benchmark, note=reason)


def _event_moment(story: Story, by_id: dict[str, ArticleRecord]) -> datetime | date | None:
    """The story's first publication time, else the earliest trading day its moves name."""
    if story.first_seen is not None:
        return story.first_seen
    days = [
        move.date
        for item in story.articles
        if item.article_id in by_id
        for move in by_id[item.article_id].moves
        if move.date is not None
    ]
    return min(days) if days else None


def _benchmark(provider: PriceProvider, mic: str) -> str | None:
    for candidate in BENCHMARKS.get(mic, ()):
        series = series_of(provider, candidate)
        if series is not None and len(series) >= 2:
            return candidate
    return None


def choose_estimation(
    provider: PriceProvider,
    listing: str,
    benchmark: str,
    moment: datetime | date,
    preferred: tuple[int, int] = PREFERRED_ESTIMATION,
    min_days: int = MIN_ESTIMATION_DAYS,
) -> tuple[tuple[int, int] | None, str]:
    """The estimation window the data supports, and a note when it is not ``preferred``.

    ``(None, reason)`` when fewer than ``min_days`` sessions precede day 0. When the listing
    or benchmark has no data, or no session follows the event, the preferred window is
    returned unchanged and `event_study` reports the reason.
    """
    series, bench = series_of(provider, listing), series_of(provider, benchmark)
    if series is None or bench is None:
        return preferred, ""
    dates, _, _ = aligned_returns(series, bench)
    e = event_session(dates, exchange_of(listing), moment) if len(dates) else None
    if e is None:
        return preferred, ""
    lo, hi = preferred
    if e + lo >= 0:
        return preferred, ""
    for gap in dict.fromkeys((hi, *(g for g in _GAPS if g > hi))):
        n = e + gap + 1
        if n >= min_days:
            return (-e, gap), (
                f"estimation window ({-e},{gap}), {n} sessions: the data for "
                f"{listing} and {benchmark} start {dates[0]}, too late for {preferred}"
            )
    return None, (
        f"only {e} sessions before day 0 ({dates[e]}) in the data for {listing} and "
        f"{benchmark} (need {min_days} for the market model)"
    )


def _measure(
    story_id: str,
    listing: str,
    benchmark: str,
    moment: datetime | date,
    provider: PriceProvider,
    wins: tuple[tuple[int, int], ...],
    preferred: tuple[int, int],
    min_days: int,
) -> StoryImpact:
    if series_of(provider, listing) is None:
        return StoryImpact(story_id, listing, benchmark, note=f"no price history for {listing}")
    estimation, note = choose_estimation(provider, listing, benchmark, moment, preferred, min_days)
    if estimation is None:
        return StoryImpact(story_id, listing, benchmark, note=note)
    try:
        study = event_study(
            provider, [listing], benchmark, moment, estimation, (*wins, PATH_WINDOW),
            min_estimation=min_days,
        )  # fmt: skip
    except ProviderError as error:
        return StoryImpact(story_id, listing, benchmark, note=str(error))
    if not study.listings:
        reason = study.skipped[0][1] if study.skipped else "not measured"
        return StoryImpact(story_id, listing, benchmark, note=reason)
    (found,) = study.listings
    measured = tuple(ImpactWindow(*w.window, w.car, w.t) for w in found.windows[: len(wins)])
    lo, hi = PATH_WINDOW
    short = [w for w in measured if w.car is None]
    if short:
        last = max(tau for tau, _, _ in found.abnormal) if found.abnormal else 0
        extra = f"the data end {last} sessions after day 0, short of " + ", ".join(
            f"({w.start},{w.end})" for w in short
        )
        note = f"{note}; {extra}" if note else extra
    return StoryImpact(
        story_id=story_id,
        listing=listing,
        benchmark=benchmark,
        event_day=found.event_date,
        windows=measured,
        estimation=estimation,
        estimation_days=found.n_estimation,
        alpha=found.alpha,
        beta=found.beta,
        path=tuple((tau, ar) for tau, _, ar in found.abnormal if lo <= tau <= hi),
        note=note,
    )
