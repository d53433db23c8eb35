"""The shipped security master: grouping by issuer, ids, aliases, indices, search."""

from __future__ import annotations

import pytest

from tickerwire.reference import index_by_symbol, load_indices, load_master, normalise_id


@pytest.fixture(scope="module")
def master():
    return load_master()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("XHKG:981", "XHKG:00981"),
        ("XHKG:0981", "XHKG:00981"),
        ("xhkg:00981", "XHKG:00981"),
        ("XSHG:688981", "XSHG:688981"),
        ("XNAS:bidu", "XNAS:BIDU"),
        ("INDEX:HSI", "INDEX:HSI"),
        ("ORG:DeepSeek", "ORG:DeepSeek"),
    ],
)
def test_normalise_id(raw: str, expected: str) -> None:
    assert normalise_id(raw) == expected


@pytest.mark.parametrize(
    ("listing", "siblings"),
    [
        ("XHKG:09988", {"XNYS:BABA"}),  # joined through the HKEX short name BABA-W
        ("XHKG:00981", {"XSHG:688981"}),  # A + H, joined through the legal name
        ("XNAS:BIDU", {"XHKG:09888"}),
        ("XNAS:KC", {"XHKG:03896"}),
        ("XLON:HSBA", {"XHKG:00005", "XNYS:HSBC"}),  # joined through the ISIN
        ("XTKS:7203", {"XNYS:TM"}),
    ],
)
def test_listings_are_grouped_by_issuer(master, listing: str, siblings: set[str]) -> None:
    group = {x.id for x in master.listings_of_issuer(listing)}
    assert listing in group
    assert siblings <= group


@pytest.mark.parametrize(
    ("listing", "primary"),
    [
        ("XNYS:BABA", "XHKG:09988"),  # an ADR is never the primary line of a Hong Kong share
        ("XHKG:00981", "XSHG:688981"),  # home market first for an A + H issuer
        ("XNYS:TM", "XTKS:7203"),
        ("XNYS:HSBC", "XLON:HSBA"),  # GB ISIN: London is home
        ("XNAS:NVDA", "XNAS:NVDA"),
    ],
)
def test_primary_listing_is_the_home_market(master, listing: str, primary: str) -> None:
    assert master.primary(listing).id == primary


def test_listing_fields(master) -> None:
    smic = master.get("XHKG:981")
    assert smic is not None
    assert (smic.exchange, smic.currency, smic.type) == ("HKEX", "HKD", "share")
    assert "Semiconductor Manufacturing International" in smic.name
    assert master.get("XNYS:BABA").type == "adr"
    assert master.get("XHKG:02800").type == "etf"  # Tracker Fund
    assert master.get("XNAS:NOPE") is None


def test_markets_covered(master) -> None:
    mics = {lid.split(":")[0] for lid in master.ids}
    for mic in ("XHKG", "XSHG", "XSHE", "XNAS", "XNYS", "XTKS", "XLON", "XETR", "XPAR", "XAMS",
                "XNSE", "XBOM", "XKRX", "XTAI", "XASX", "XTSE"):  # fmt: skip
        assert mic in mics
    assert len(master) > 30000


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SMIC", "XSHG:688981"),
        ("alibaba", "XHKG:09988"),
        ("Toyota Motor", "XTKS:7203"),
        ("BIDU", "XNAS:BIDU"),
        ("XHKG:700", "XHKG:00700"),
        ("Tencent", "XHKG:00700"),
    ],
)
def test_search(master, query: str, expected: str) -> None:
    assert expected in [x.id for x in master.search(query, limit=5)]


def test_derived_aliases_keep_out_dictionary_words_and_people(master) -> None:
    derived = {a.text for a in master.aliases() if a.flag == ""}
    for word in ("Apple", "Target", "Shell", "Next", "Sea", "Meta", "Powell", "Guangdong", "GPT"):
        assert word not in derived
    for name in ("Xiaomi", "Tencent", "Kingdee", "Lenovo", "Alibaba", "Nvidia"):
        assert name in {a.text for a in master.aliases()}


def test_a_name_plus_a_legal_form_is_kept_once(master) -> None:
    """ "Alibaba Group" beside "Alibaba" (the same issuer) would only cost load time: the
    entity stage reads a legal form after a name as part of its mention."""
    from tickerwire.entities import extract_entities

    names = {a.text for a in master.aliases()}
    assert "Alibaba Group" not in names and "Tencent Holdings Ltd" not in names
    text = "Alibaba Group Holding Ltd shares rose 3%."
    _entities, mentions = extract_entities(text)
    assert [text[m.span.start : m.span.end] for m in mentions] == ["Alibaba Group Holding Ltd"]


def test_reviewed_aliases_point_at_real_listings(master) -> None:
    from importlib import resources

    text = resources.files("tickerwire.reference").joinpath("data", "aliases.tsv").read_text()
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert len(rows) > 300
    missing = [r[0] for r in rows if not any(master.get(x) for x in r[1].split("|"))]
    assert missing == []


def test_indices_use_the_evaluation_symbols() -> None:
    symbols = {i.symbol for i in load_indices()}
    expected = ("HSI HSTECH HSCEI CSI300 SSEC SZCOMP CHINEXT STAR50 SPX IXIC NDX DJI RUT SOX VIX "
                "N225 TOPIX KOSPI TWII SENSEX NIFTY50 FTSE100 DAX CAC40 STOXX600 SX5E ASX200 TSX "
                "MSCI_CHINA MSCI_WORLD MSCI_EM")  # fmt: skip
    assert set(expected.split()) <= symbols  # and the labelling guide's, and sector indices
    assert index_by_symbol("INDEX:HSTECH").name == "Hang Seng Tech Index"


def test_sources_are_named_next_to_the_data() -> None:
    from importlib import resources

    text = resources.files("tickerwire.reference").joinpath("data", "SOURCES.md").read_text()
    for source in ("hkex_list_of_securities", "adata", "csindex", "nasdaq_listed", "sec_company",
                   "financedatabase", "investpy", "twstock", "pytickersymbols"):  # fmt: skip
        assert source in text


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("XHKG:02382", "XTAI:2382"),  # Sunny Optical and Quanta share a code, not an issuer
        ("XETR:SIE", "XNSE:SIEMENS"),  # Siemens AG and its separately listed Indian arm
        ("XHKG:00700", "XNYS:TME"),  # Tencent and Tencent Music
    ],
)
def test_different_issuers_stay_apart(master, first: str, second: str) -> None:
    assert master.get(first).issuer != master.get(second).issuer
