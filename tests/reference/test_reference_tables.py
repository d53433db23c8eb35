"""The shipped index tables and former listings hold what the entity stage relies on."""

from __future__ import annotations

from tickerwire.reference import index_by_symbol, load_master
from tickerwire.reference.exchanges import exchange_of
from tickerwire.reference.indices import generic_sector_aliases, load_families, load_indices


def test_every_index_symbol_is_unique() -> None:
    symbols = [i.symbol for i in load_indices()]
    assert len(symbols) == len(set(symbols))


def test_sector_indices_are_generated_with_their_names() -> None:
    metal = index_by_symbol("NIFTY_METAL")
    assert metal is not None and metal.family == "NIFTY"
    assert {"Nifty Metal", "Nifty Metal index"} <= {a.text for a in metal.aliases}
    banks = index_by_symbol("STOXX600_BANKS")
    assert banks is not None and "European bank index" in {a.text for a in banks.aliases}


def test_a_sector_with_its_own_symbol_keeps_it() -> None:
    assert load_families()["NIFTY"].sectors["BANKS"] == "NIFTYBANK"
    assert load_families()["SPX"].sectors["SEMIS"] == "SOX"
    nifty_bank = index_by_symbol("NIFTYBANK")
    assert nifty_bank is not None and "Nifty Bank index" in {a.text for a in nifty_bank.aliases}


def test_generic_sector_phrases_name_no_number_alone() -> None:
    phrases = {p for p, _suffix, _needs in generic_sector_aliases()}
    assert "real estate sector index" in phrases
    assert not any(p.startswith(("100 ", "500 ")) for p in phrases)


def test_new_indices_follow_their_exchange() -> None:
    assert exchange_of("INDEX:FTSE250") == "XLON"
    assert exchange_of("INDEX:NIFTY_METAL") == "XNSE"
    assert exchange_of("INDEX:BSE_BANKEX") == "XBOM"


def test_former_listings_carry_their_last_day_and_successor() -> None:
    master = load_master()
    rdsa = master.get("XLON:RDSA")
    assert rdsa is not None and rdsa.until == "2022-01-28"
    assert rdsa.issuer == master.get("XLON:SHEL").issuer  # type: ignore[union-attr]
    assert master.get("XLON:SHEL").until == ""  # type: ignore[union-attr]
    csgn = master.get("XSWX:CSGN")
    assert csgn is not None and csgn.until == "2023-06-09"


def test_nse_and_bse_lines_of_one_company_are_one_issuer() -> None:
    master = load_master()
    assert master.get("XBOM:LT").issuer == "XNSE:LT"  # type: ignore[union-attr]


def test_asx_hybrids_are_no_listing_of_the_bank() -> None:
    assert load_master().get("XASX:ANZPD") is None
