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
