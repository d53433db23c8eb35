"""`tickerwire securities`: look inside the shipped security master."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer

from tickerwire.reference import index_by_symbol, load_indices, load_master, normalise_id

securities_app = typer.Typer(
    help="Search and show listings, issuers and indices in the shipped security master.",
    no_args_is_help=True,
)


def _listing_dict(listing_id: str) -> dict[str, object] | None:
    master = load_master()
    listing = master.get(listing_id)
    if listing is None:
        return None
    data = asdict(listing)
    data["other_listings"] = [
        x.id for x in master.listings_of_issuer(listing.id) if x.id != listing.id
    ]
    return data


@securities_app.command("search")
def search(
    text: Annotated[str, typer.Argument(help="A name, short name, code or MIC:CODE id.")],
    limit: Annotated[int, typer.Option(help="At most this many listings.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON array on stdout.")] = False,
) -> None:
    """Listings whose name, alias or code matches TEXT, best first; indices too."""
    master = load_master()
    found = master.search(text, limit=limit)
    folded = text.strip().lower()
    indices = [
        i for i in load_indices()
        if folded and (folded == i.symbol.lower() or any(folded in a.text.lower() for a in i.aliases))
    ]  # fmt: skip
    if as_json:
        rows = [_listing_dict(x.id) for x in found]
        rows += [{"id": i.id, "name": i.name, "market": i.market} for i in indices]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not found and not indices:
        print(f"{text}: no listing or index matches")
        raise typer.Exit(1)
    for i in indices:
        print(f"{i.id:<22} {i.name}  [index, {i.market}]")
    for x in found:
        print(f"{x.id:<22} {x.name}  [{x.exchange}, {x.currency}, {x.type}]  issuer {x.issuer}")


@securities_app.command("show")
def show(
    listing_id: Annotated[
        str, typer.Argument(help="MIC:CODE (leading zeros optional) or INDEX:SYMBOL.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object on stdout.")] = False,
) -> None:
    """Everything known about one listing and the other listings of its issuer."""
    if listing_id.upper().startswith("INDEX:"):
        index = index_by_symbol(listing_id.split(":", 1)[1].upper())
        if index is None:
            print(f"{listing_id}: no such index")
            raise typer.Exit(1)
        data: dict[str, object] = {
            "id": index.id, "name": index.name, "market": index.market,
            "aliases": [a.text for a in index.aliases],
        }  # fmt: skip
    else:
        found = _listing_dict(listing_id)
        if found is None and ":" not in listing_id:
            same_code = load_master().by_code(listing_id)
            if len(same_code) == 1:
                found = _listing_dict(same_code[0].id)
            elif same_code:
                ids = ", ".join(x.id for x in same_code)
                print(f"{listing_id}: several listings have this code ({ids}); give MIC:CODE")
                raise typer.Exit(2)
        if found is None:
            print(f"{normalise_id(listing_id)}: no such listing in the security master")
            raise typer.Exit(1)
        data = found
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for key, value in data.items():
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value) or "-"
        print(f"{key:<15} {value}")


def register(app: typer.Typer) -> None:
    app.add_typer(securities_app, name="securities")
