"""`tickerwire impact` (event study on the command line) and `tickerwire prices import`."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich import box
from rich.table import Table

from tickerwire.cli.output import console, errors, fail, guarded

# Benchmark used when none is given, by the listing's exchange.
DEFAULT_BENCHMARK = {
    "XHKG": "INDEX:HSI",
    "XSHG": "INDEX:CSI300",
    "XSHE": "INDEX:CSI300",
    "XNAS": "INDEX:SPX",
    "XNYS": "INDEX:SPX",
    "XASE": "INDEX:SPX",
}

prices_app = typer.Typer(
    name="prices", help="Price data: convert reference files into the folder layout.",
    no_args_is_help=True,
)  # fmt: skip


def register(app: typer.Typer) -> None:
    app.command("impact")(impact_command)
    app.add_typer(prices_app, name="prices")


def _parse_window(text: str) -> tuple[int, int]:
    try:
        first, _, last = text.partition(",")
        return int(first), int(last or first)
    except ValueError as error:
        raise fail(f"window {text!r}: expected FIRST,LAST such as -1,1") from error


def impact_command(
    listings: Annotated[list[str] | None, typer.Argument(
        help="Listings to study, as ids (XHKG:00981 XHKG:09988 ...).", show_default=False)] = None,
    prices: Annotated[Path, typer.Option(
        "--prices", help="Folder of daily bars (see docs/prices.md).")] = Path("prices"),
    day: Annotated[str | None, typer.Option(
        "--day", help="Event day YYYY-MM-DD (day 0 is the first session on or after it).")] = None,
    benchmark: Annotated[str | None, typer.Option(
        "--benchmark", help="Benchmark index id, e.g. INDEX:HSI (default: by exchange).")] = None,
    story: Annotated[str | None, typer.Option(
        "--story", help="A stored story id: its securities and first day.")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB database (with --story).")] = None,
    estimation: Annotated[str | None, typer.Option(
        "--estimation", help="Estimation window FIRST,LAST in sessions before day 0 "
        "[default: -120,-11, or the longest window of at least 20 sessions the data hold].",
        show_default=False)] = None,
    window: Annotated[list[str] | None, typer.Option(
        "--window", help="Event window FIRST,LAST (repeatable; default 0,0 -1,1 0,5).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:  # fmt: skip
    """Abnormal returns around an event: market model, CARs with t-statistics.

    Exit 0 when every listing was measured, 1 when some had no usable data, 2 on a usage
    error, including a benchmark without price history. Negative windows need "=":
    --estimation=-35,-6. Without --estimation, a listing whose data start too late for
    (-120,-11) is measured over the longest window the data hold (a note says so).
    """
    from tickerwire.prices import FolderProvider, event_study, normalize_id
    from tickerwire.prices.event_study import MIN_ESTIMATION
    from tickerwire.prices.impact import (
        MIN_ESTIMATION_DAYS,
        PREFERRED_ESTIMATION,
        choose_estimation,
    )
    from tickerwire.reference.exchanges import exchange_of

    if not prices.is_dir():
        raise fail(f"{prices}: no such price folder")
    event: date | datetime
    ids = list(listings or [])
    if story is not None:
        event, story_ids = _story_event(story, db)
        ids = ids or story_ids
    elif day is not None:
        try:
            event = date.fromisoformat(day)
        except ValueError as error:
            raise fail(f"--day {day!r}: expected YYYY-MM-DD") from error
    else:
        raise fail("give --day YYYY-MM-DD and listings, or --story ID --db FILE")
    if not ids:
        raise fail("no listings to study")
    wins = [_parse_window(w) for w in window] if window else [(0, 0), (-1, 1), (0, 5)]
    fixed = _parse_window(estimation) if estimation is not None else None
    least = MIN_ESTIMATION if fixed else MIN_ESTIMATION_DAYS
    with guarded():
        provider = FolderProvider(prices)
        groups: dict[tuple[str, tuple[int, int]], list[str]] = {}
        for listing in ids:
            bench = benchmark or DEFAULT_BENCHMARK.get(exchange_of(listing) or "", "INDEX:SPX")
            if fixed is not None:
                est = fixed
            else:
                found, note = choose_estimation(provider, listing, bench, event)
                est = found or PREFERRED_ESTIMATION
                if note and found:
                    errors.print(f"[cyan]note[/] {normalize_id(listing)}: {note}",
                                 highlight=False, soft_wrap=True)  # fmt: skip
            groups.setdefault((bench, est), []).append(listing)
        studies = [
            event_study(provider, g, b, event, e, wins, min_estimation=least)
            for (b, e), g in groups.items()
        ]
    if as_json:
        console.print_json(orjson.dumps([_study_json(s) for s in studies]).decode())
    else:
        for s in studies:
            _print_study(s)
    skipped = [item for s in studies for item in s.skipped]
    for listing, reason in skipped:
        errors.print(f"[yellow]skipped[/] {listing}: {reason}", highlight=False, soft_wrap=True)
    raise typer.Exit(1 if skipped else 0)


def _story_event(story_id: str, db: Path | None) -> tuple[datetime | date, list[str]]:
    from tickerwire.store import DEFAULT_DB, Store

    with guarded(), Store.open(db or DEFAULT_DB, read_only=True) as store:
        stories = {s.id: s for s in store.stories()}
    found = stories.get(story_id)
    if found is None:
        raise fail(f"{db or DEFAULT_DB}: no story {story_id!r}")
    if found.first_seen is None:
        raise fail(f"story {story_id}: no first day known; give --day")
    securities = [e for e in found.entities if e.split(":")[0] not in ("INDEX", "ORG", "GROUP")]
    return found.first_seen, securities


def _study_json(study) -> dict[str, object]:
    def win(w) -> dict[str, object]:
        return {
            "window": list(w.window),
            "car": w.car,
            "t": w.t,
            "t_cross": w.t_cross,
            "n": w.n,
            "start": w.start.isoformat() if w.start else None,
            "end": w.end.isoformat() if w.end else None,
        }

    return {
        "benchmark": study.benchmark,
        "event_day": study.event_day.isoformat(),
        "estimation_window": list(study.estimation_window),
        "listings": [
            {
                "listing": r.listing,
                "event_date": r.event_date.isoformat(),
                "alpha": r.alpha,
                "beta": r.beta,
                "sigma": r.sigma,
                "r2": r.r2,
                "n_estimation": r.n_estimation,
                "estimation": [r.estimation[0].isoformat(), r.estimation[1].isoformat()],
                "abnormal": [
                    {"day": tau, "date": d.isoformat(), "ar": ar} for tau, d, ar in r.abnormal
                ],
                "windows": [win(w) for w in r.windows],
            }
            for r in study.listings
        ],
        "average": [win(w) for w in study.average],
        "skipped": [{"listing": s, "reason": why} for s, why in study.skipped],
    }


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:+.2f}%"


def _t(value: float | None) -> str:
    return "-" if value is None else f"{value:+.2f}"


def _print_study(study) -> None:
    days = {r.event_date for r in study.listings}
    one_day = len(days) == 1
    table = Table(
        title=f"Abnormal returns vs {study.benchmark}, event {study.event_day}"
        + (f" (day 0 = {next(iter(days))})" if one_day else "")
        + f", market model over sessions {study.estimation_window}",
        title_justify="left",
        box=box.SIMPLE_HEAD,
    )
    table.add_column("listing", no_wrap=True)
    if not one_day:
        table.add_column("day 0", no_wrap=True)
    table.add_column("beta", justify="right", no_wrap=True)
    for a, b in study.windows:
        table.add_column(f"CAR{a},{b}", justify="right", no_wrap=True)
        table.add_column("t", justify="right", no_wrap=True)
    for r in study.listings:
        cells = [r.listing] + ([] if one_day else [r.event_date.isoformat()]) + [f"{r.beta:.2f}"]
        for w in r.windows:
            cells += [_pct(w.car), _t(w.t)]
        table.add_row(*cells)
    if study.listings:
        cells = [f"mean of {len(study.listings)}"] + ([""] if one_day else ["", ""])
        for w in study.average:
            cells += [_pct(w.car), _t(w.t)]
        table.add_row(*cells, style="bold")
    console.print(table)
    if len(study.listings) > 1:
        cross = ", ".join(f"CAR{w.window[0]},{w.window[1]} {_t(w.t_cross)}" for w in study.average)
        console.print(f"mean row t is pooled; cross-sectional t: {cross}", soft_wrap=True)


@prices_app.command("import")
def import_command(
    src: Annotated[Path, typer.Argument(help="Folder of the collected reference price files.")],
    dest: Annotated[Path, typer.Argument(help="Folder to write ID.csv files and _manifest.csv into.")],
    only: Annotated[list[str] | None, typer.Option(
        "--only", help="Convert only these ids (repeatable).")] = None,
) -> None:  # fmt: skip
    """Convert the collected price files (see their SOURCES.md) into the folder layout."""
    from tickerwire.prices import import_shared_prices

    with guarded():
        summary = import_shared_prices(src, dest, only=only)
    console.print(f"wrote {len(summary.ids)} series to {summary.dest}")
    for line in summary.skipped:
        errors.print(f"[yellow]skipped[/] {line}", highlight=False, soft_wrap=True)
    if only:
        from tickerwire.prices import normalize_id

        missing = sorted({normalize_id(i) for i in only} - set(summary.ids))
        for listing in missing:
            errors.print(f"[yellow]not found[/] {listing}", highlight=False)
        raise typer.Exit(1 if missing else 0)
