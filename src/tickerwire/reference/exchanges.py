"""Exchange facts several stages need: which exchange's calendar and hours an index follows,
and the currency a listing trades in.

Reviewed reference facts, kept in one place so that the moves stage (trading days, bare "$"
prices) and the price checks (sessions, tick sizes) can never disagree.
"""

from __future__ import annotations

# Exchange (ISO 10383 MIC) whose calendar and hours an index follows. Symbols are those of
# the evaluation format.
INDEX_EXCHANGE: dict[str, str] = {
    "HSI": "XHKG",
    "HSTECH": "XHKG",
    "HSCEI": "XHKG",
    "CSI300": "XSHG",
    "SSEC": "XSHG",
    "SZCOMP": "XSHE",
    "CHINEXT": "XSHE",
    "STAR50": "XSHG",
    "SPX": "XNYS",
    "IXIC": "XNAS",
    "NDX": "XNAS",
    "DJI": "XNYS",
    "RUT": "XNYS",
    "SOX": "XNAS",
    "VIX": "XNYS",
    "N225": "XTKS",
    "TOPIX": "XTKS",
    "KOSPI": "XKRX",
    "TWII": "XTAI",
    "SENSEX": "XBOM",
    "NIFTY50": "XNSE",
    "FTSE100": "XLON",
    "DAX": "XETR",
    "CAC40": "XPAR",
    "STOXX600": "XETR",
    "SX5E": "XETR",
    "ASX200": "XASX",
    "TSX": "XTSE",
    "MSCI_CHINA": "XHKG",
    "MSCI_WORLD": "XNYS",
    "MSCI_EM": "XNYS",
}

# The exchange of a market, for the indices of the table that the list above leaves out (a
# FTSE 250 follows London's calendar, a Nifty sector index the NSE's).
MARKET_EXCHANGE: dict[str, str] = {
    "HK": "XHKG", "CN": "XSHG", "US": "XNYS", "JP": "XTKS", "KR": "XKRX", "TW": "XTAI",
    "IN": "XNSE", "GB": "XLON", "DE": "XETR", "FR": "XPAR", "NL": "XAMS", "EU": "XETR",
    "AU": "XASX", "CA": "XTSE", "CH": "XSWX", "IT": "XMIL", "ES": "XMAD", "SE": "XSTO",
    "DK": "XCSE", "FI": "XHEL", "NO": "XOSL", "BE": "XBRU", "PT": "XLIS", "IE": "XDUB",
    "AT": "XWBO", "SG": "XSES", "MY": "XKLS", "ID": "XIDX", "TH": "XBKK", "NZ": "XNZE",
    "PH": "XPHS", "BR": "BVMF", "MX": "XMEX", "AP": "XHKG", "GL": "XNYS",
}  # fmt: skip


def _index_exchanges() -> None:
    """Add every other index of the shipped table to INDEX_EXCHANGE, by its market."""
    from tickerwire.reference.indices import load_indices

    for index in load_indices():
        mic = MARKET_EXCHANGE.get(index.market)
        if mic and index.symbol not in INDEX_EXCHANGE:
            INDEX_EXCHANGE[index.symbol] = "XBOM" if index.symbol.startswith("BSE") else mic


_index_exchanges()

# Trading currency per MIC (ISO 4217).
MIC_CURRENCY: dict[str, str] = {
    "XHKG": "HKD",
    "XSHG": "CNY",
    "XSHE": "CNY",
    "XNAS": "USD",
    "XNYS": "USD",
    "XASE": "USD",
    "ARCX": "USD",
    "XTKS": "JPY",
    "XLON": "GBP",
    "XETR": "EUR",
    "XPAR": "EUR",
    "XAMS": "EUR",
    "XNSE": "INR",
    "XBOM": "INR",
    "XKRX": "KRW",
    "XTAI": "TWD",
    "XASX": "AUD",
    "XTSE": "CAD",
}


def exchange_of(entity_id: str) -> str | None:
    """MIC whose calendar and hours apply to a listing or index id."""
    mic, _, code = entity_id.partition(":")
    if mic == "INDEX":
        return INDEX_EXCHANGE.get(code.upper())
    return mic or None


def currency_of(entity_id: str) -> str | None:
    """Trading currency of a listing; ``None`` for indices (points) and unknown markets."""
    if entity_id.startswith("INDEX:"):
        return None
    mic = exchange_of(entity_id)
    return MIC_CURRENCY.get(mic) if mic else None
