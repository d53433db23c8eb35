"""The shipped index tables and former listings hold what the entity stage relies on."""

from __future__ import annotations

from tickerwire.reference import index_by_symbol, load_master
from tickerwire.reference.exchanges import exchange_of
from tickerwire.reference.indices import (
    family_names,
    generic_sector_aliases,
    load_families,
    load_indices,
)


def test_every_index_symbol_is_unique() -> None:
    symbols = [i.symbol for i in load_indices()]
    assert len(symbols) == len(set(symbols))


def test_sector_indices_are_generated_with_their_names() -> None:
    metal = index_by_symbol("NIFTY_METAL")
    assert metal is not None and metal.family == "NIFTY"
    assert "Nifty Metal" in {a.text for a in metal.aliases}
    assert index_by_symbol("STOXX600_BANKS") is not None
    # "STOXX 600 banks index" is found as a sector phrase after a family name, not as an alias
    names = dict(family_names())
    assert names["European"] == "STOXX600" and names["Topix"] == "TOPIX"


def test_a_sector_with_its_own_symbol_keeps_it() -> None:
    assert load_families()["NIFTY"].sectors["BANKS"] == "NIFTYBANK"
    assert load_families()["SPX"].sectors["SEMIS"] == "SOX"
    nifty_bank = index_by_symbol("NIFTYBANK")
    assert nifty_bank is not None and "Nifty Bank" in {a.text for a in nifty_bank.aliases}


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
    assert master.get("XBOM:500510").issuer == "XNSE:LT"  # type: ignore[union-attr]
    # the lists' BSE line under the NSE symbol gave way to the reviewed scrip code
    assert master.get("XBOM:LT") is None


def test_a_code_shared_across_venues_by_chance_is_no_issuer() -> None:
    # the lists copy an ISIN from one venue's line to another's with the same code: Tokyo's
    # 9698 (Creo) is not GDS, whose Hong Kong code is 09698; a renamed line (HUTCHMED, once
    # Hutchison China MediTech) still joins its other venues through its real ISIN
    master = load_master()
    assert master.get("XTKS:9698").issuer != master.get("XNAS:GDS").issuer  # type: ignore[union-attr]
    assert master.get("XTKS:9987").issuer != master.get("XNYS:YUMC").issuer  # type: ignore[union-attr]
    assert master.get("XHKG:09987").issuer == master.get("XNYS:YUMC").issuer  # type: ignore[union-attr]
    assert master.get("XHKG:00013").issuer == master.get("XNAS:HCM").issuer  # type: ignore[union-attr]


def test_a_reviewed_group_comes_before_what_the_lists_suggest() -> None:
    # the lists tie POSCO Holdings' NYSE receipts to POSCO Future M (003670); the reviewed
    # line "POSCO Holdings  XKRX:005490|XNYS:PKX" puts them with the holding company
    master = load_master()
    assert master.get("XNYS:PKX").issuer == master.get("XKRX:005490").issuer  # type: ignore[union-attr]
    assert master.get("XNYS:KEP").issuer == master.get("XKRX:015760").issuer  # type: ignore[union-attr]
    assert master.get("XKRX:003670").issuer != master.get("XKRX:005490").issuer  # type: ignore[union-attr]


def test_asx_hybrids_are_no_listing_of_the_bank() -> None:
    assert load_master().get("XASX:ANZPD") is None


def _rows(name: str) -> list[list[str]]:
    from importlib import resources

    text = resources.files("tickerwire.reference").joinpath("data", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def test_every_added_listing_cites_its_source_and_is_shipped() -> None:
    master = load_master()
    rows = _rows("added_listings.tsv")
    assert rows
    for lid, _name, _names, since, same_as, currency, main, source in rows:
        assert source.strip(), lid
        assert since == "" or (len(since) == 10 and since[4] == "-" and since[7] == "-"), lid
        assert currency.isupper() and len(currency) == 3, lid
        assert main in ("", "yes"), lid
        listing = master.get(lid)
        assert listing is not None and listing.since == since, lid
        if same_as:
            assert listing.issuer == master.get(same_as).issuer, lid  # type: ignore[union-attr]


def test_new_listings_and_corrected_lines() -> None:
    master = load_master()
    lges = master.get("XKRX:373220")
    assert lges is not None and lges.since == "2022-01-27"
    rog = master.get("XSWX:ROG")
    assert rog is not None and rog.primary and master.get("XSWX:RO").issuer == "XSWX:ROG"  # type: ignore[union-attr]
    assert master.get("XBOM:500325").issuer == "XNSE:RELIANCE"  # type: ignore[union-attr]
    # Toronto writes a share class with a dot; both classes are one issuer
    assert master.get("XTSE:TECK.B").issuer == master.get("XTSE:TECK.A").issuer  # type: ignore[union-attr]
    assert master.get("XTSE:CTC.A").issuer == master.get("XTSE:CTC").issuer  # type: ignore[union-attr]


def test_stale_codes_are_gone_and_foreign_lines_join_their_issuer() -> None:
    master = load_master()
    for stale, current, _source in _rows("stale_listings.tsv"):
        assert master.get(stale) is None and master.get(current) is not None
    # a big foreign company's line on another venue (Renault on Xetra) is no issuer of its own
    assert master.get("XETR:RNL") is None
    # a Dutch company whose home venues are Paris and Milan keeps its Paris line, primary
    stm = master.get("XPAR:STM")
    assert stm is not None and stm.primary
    assert master.get("XNYS:STM").issuer == "XPAR:STM"  # type: ignore[union-attr]
    # Merck & Co's Paris line of a US company stays out
    assert master.get("XPAR:MRK") is None
