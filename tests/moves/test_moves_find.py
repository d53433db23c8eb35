"""Moves read from news sentences, one table per construction.

Each sentence is written in the style of wire copy (Reuters, Bloomberg, Nikkei, Economic Times,
Korea Herald, SCMP); entities are given by hand the way the entities stage reports them (a
mention span per name), so the table tests the moves grammar alone. Every row asserts the
full move: subject, direction, value, unit, qualifier, trading day, level, currency, record.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from tickerwire.model import Article, ArticleRecord, Entity, Mention, Span
from tickerwire.moves import build_step, find_moves

# name -> (id, kind, exchange, currency, other listings)
LISTINGS: dict[str, tuple[str, str, str | None, str | None, tuple[str, ...]]] = {
    "Semiconductor Manufacturing International Corp": (
        "XHKG:00981",
        "security",
        "XHKG",
        "HKD",
        ("XSHG:688981",),
    ),
    "SMIC": ("XHKG:00981", "security", "XHKG", "HKD", ("XSHG:688981",)),
    "Tencent": ("XHKG:00700", "security", "XHKG", "HKD", ()),
    "Alibaba": ("XHKG:09988", "security", "XHKG", "HKD", ("XNYS:BABA",)),
    "Xiaomi": ("XHKG:01810", "security", "XHKG", "HKD", ()),
    "Lenovo": ("XHKG:00992", "security", "XHKG", "HKD", ()),
    "Meituan": ("XHKG:03690", "security", "XHKG", "HKD", ()),
    "BYD": ("XHKG:01211", "security", "XHKG", "HKD", ("XSHE:002594",)),
    "Kweichow Moutai": ("XSHG:600519", "security", "XSHG", "CNY", ()),
    "Toyota Motor": ("XTKS:7203", "security", "XTKS", "JPY", ()),
    "SoftBank Group": ("XTKS:9984", "security", "XTKS", "JPY", ()),
    "Reliance Industries": ("XNSE:RELIANCE", "security", "XNSE", "INR", ()),
    "Infosys": ("XNSE:INFY", "security", "XNSE", "INR", ()),
    "Adani Enterprises": ("XNSE:ADANIENT", "security", "XNSE", "INR", ()),
    "Samsung Electronics": ("XKRX:005930", "security", "XKRX", "KRW", ()),
    "SK Hynix": ("XKRX:000660", "security", "XKRX", "KRW", ()),
    "Nvidia": ("XNAS:NVDA", "security", "XNAS", "USD", ()),
    "Nissan": ("XTKS:7201", "security", "XTKS", "JPY", ()),
    "Honda Motor": ("XTKS:7267", "security", "XTKS", "JPY", ()),
    "Tesla": ("XNAS:TSLA", "security", "XNAS", "USD", ()),
    "Apple": ("XNAS:AAPL", "security", "XNAS", "USD", ()),
    "ASML": ("XAMS:ASML", "security", "XAMS", "EUR", ()),
    "Baidu": ("XNAS:BIDU", "security", "XNAS", "USD", ("XHKG:09888",)),
    "Kingdee": ("XHKG:00268", "security", "XHKG", "HKD", ()),
    "Hang Seng Tech Index": ("INDEX:HSTECH", "index", None, None, ()),
    "Hang Seng Index": ("INDEX:HSI", "index", None, None, ()),
    "Hang Seng": ("INDEX:HSI", "index", None, None, ()),
    "Nikkei share average": ("INDEX:N225", "index", None, None, ()),
    "Nikkei": ("INDEX:N225", "index", None, None, ()),
    "Topix": ("INDEX:TOPIX", "index", None, None, ()),
    "S&P 500": ("INDEX:SPX", "index", None, None, ()),
    "Nasdaq Composite": ("INDEX:IXIC", "index", None, None, ()),
    "Sensex": ("INDEX:SENSEX", "index", None, None, ()),
    "Nifty 50": ("INDEX:NIFTY50", "index", None, None, ()),
    "KOSPI": ("INDEX:KOSPI", "index", None, None, ()),
    "CSI 300": ("INDEX:CSI300", "index", None, None, ()),
    "Shanghai Composite": ("INDEX:SSEC", "index", None, None, ()),
    "Stoxx 600": ("INDEX:STOXX600", "index", None, None, ()),
    "DAX": ("INDEX:DAX", "index", None, None, ()),
    "CAC 40": ("INDEX:CAC40", "index", None, None, ()),
    "FTSE 100": ("INDEX:FTSE100", "index", None, None, ()),
    "Persimmon": ("XLON:PSN", "security", "XLON", "GBP", ()),
    "Taylor Wimpey": ("XLON:TW", "security", "XLON", "GBP", ()),
    "Harbour Energy": ("XLON:HBR", "security", "XLON", "GBP", ()),
    "Bellway": ("XLON:BWY", "security", "XLON", "GBP", ()),
    "Zip Co": ("XASX:ZIP", "security", "XASX", "AUD", ()),
    "Westpac": ("XASX:WBC", "security", "XASX", "AUD", ()),
    "NAB": ("XASX:NAB", "security", "XASX", "AUD", ()),
    "ANZ": ("XASX:ANZ", "security", "XASX", "AUD", ()),
    "Kotak Bank": ("XNSE:KOTAKBANK", "security", "XNSE", "INR", ()),
    "Axis Bank": ("XNSE:AXISBANK", "security", "XNSE", "INR", ()),
    "ICICI Bank": ("XNSE:ICICIBANK", "security", "XNSE", "INR", ()),
}
_NAMES = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted(LISTINGS, key=len, reverse=True)) + r")\b"
)

# Friday 7 February 2025, 09:00 UTC: Asian markets have closed or are trading, New York is not
# yet open.
FRI = datetime(2025, 2, 7, 9, 0, tzinfo=UTC)
# Monday 10 February 2025, 14:00 UTC.
MON = datetime(2025, 2, 10, 14, 0, tzinfo=UTC)
# Trading days. A move whose text names no day is on the session the report was written in:
# Friday's in Asia and Europe; in New York, still Thursday's at 04:00 on Friday.
FRI_D, THU, WED = date(2025, 2, 7), date(2025, 2, 6), date(2025, 2, 5)


def article(text: str, published: datetime | None = FRI) -> ArticleRecord:
    """An article whose entities are every listed name the text contains (by exact name)."""
    mentions, spans = [], {}
    for m in _NAMES.finditer(text):
        eid, kind, _, _, _ = LISTINGS[m.group(1)]
        mentions.append(Mention(Span(m.start(), m.end()), eid, kind, "alias"))  # type: ignore[arg-type]
        spans.setdefault(eid, (m.group(1), []))[1].append(Span(m.start(), m.end()))
    entities = []
    for eid, (name, where) in spans.items():
        _, kind, exchange, currency, other = LISTINGS[name]
        entities.append(
            Entity(
                eid,
                kind,  # type: ignore[arg-type]
                name,
                tuple(where),
                exchange=exchange,
                currency=currency,
                other_listings=other,
            )
        )
    doc = Article(id="t", uri="t", name="t", text=text, format="text", published=published)
    return ArticleRecord(doc, entities=tuple(entities), mentions=tuple(mentions))


def moves_of(text: str, published: datetime | None = FRI) -> list[tuple]:
    record = build_step()(article(text, published))
    return [
        (
            m.subject,
            m.direction,
            m.value,
            m.unit,
            m.qualifier,
            m.date,
            m.price,
            m.currency,
            m.record,
        )
        for m in record.moves
    ]


def move(subject, direction, value, unit="%", qualifier=None, day=None, price=None,
         currency=None, record=None) -> tuple:  # fmt: skip
    return (subject, direction, value, unit, qualifier, day, price, currency, record)


def check(text: str, expected: list[tuple], published: datetime | None = FRI) -> None:
    got = moves_of(text, published)
    assert [g[:4] for g in got] == [e[:4] for e in expected], got
    for g, e in zip(got, expected, strict=True):
        assert g[2] == pytest.approx(e[2])
        assert g[4:] == e[4:], (g, e)


VERBS = [
    (
        "Enterprise software maker Kingdee jumped 14.5%.",
        [move("XHKG:00268", "up", 14.5, day=FRI_D)],
    ),
    (
        "Shares of Tencent fell 3.2% to HK$378.20 on Thursday, while Alibaba gained 1.1%.",
        [
            move("XHKG:00700", "down", 3.2, day=date(2025, 2, 6), price=378.2, currency="HKD"),
            move("XHKG:09988", "up", 1.1, day=date(2025, 2, 6)),
        ],
    ),
    (
        "Toyota Motor shares slid 4% after the carmaker cut its annual profit forecast.",
        [move("XTKS:7203", "down", 4.0, day=FRI_D)],
    ),
    (
        "Samsung Electronics shares closed 2.5% higher at 55,600 won.",
        [move("XKRX:005930", "up", 2.5, price=55600.0, currency="KRW", day=FRI_D)],
    ),
    (
        "Tesla shares are down about 25% year to date.",
        [move("XNAS:TSLA", "down", 25.0, qualifier="about")],
    ),
    (
        "Infosys shares dropped nearly 6% after the quarterly update disappointed investors.",
        [move("XNSE:INFY", "down", 6.0, qualifier="about", day=FRI_D)],
    ),
    (
        "Meituan tumbled, while Xiaomi soared 7.1% and Lenovo sank 2.2%.",
        [move("XHKG:01810", "up", 7.1, day=FRI_D), move("XHKG:00992", "down", 2.2, day=FRI_D)],
    ),
    (
        "Alibaba, down 4%, was the worst performer on the Hang Seng Index.",
        [move("XHKG:09988", "down", 4.0, day=FRI_D)],
    ),
    (
        "Xiaomi's stock price fell by 5.1% as investors locked in profits.",
        [move("XHKG:01810", "down", 5.1, day=FRI_D)],
    ),
    (
        "SMIC's Shanghai-listed shares climbed as much as 5.2% before settling around 2.7% higher.",
        [
            move("XSHG:688981", "up", 5.2, qualifier="as_much_as", day=FRI_D),
            move("XSHG:688981", "up", 2.7, qualifier="about", day=FRI_D),
        ],
    ),
]

MORE_VERBS = [
    (
        "Tencent rose 5% on Thursday and another 3% on Friday.",
        [
            move("XHKG:00700", "up", 5.0, day=date(2025, 2, 6)),
            move("XHKG:00700", "up", 3.0, day=date(2025, 2, 7)),
        ],
    ),
    (
        "Alibaba hit HK$130.5, up 3%, its highest in three years.",
        [move("XHKG:09988", "up", 3.0, price=130.5, currency="HKD", day=FRI_D)],
    ),
    (
        "Germany's DAX rose 0.8% to a record close of 22,500.",
        [move("INDEX:DAX", "up", 0.8, price=22500.0, record="high", day=FRI_D)],
    ),
    (
        "Toyota Motor shares fell 250 yen to 2,800 yen.",
        [move("XTKS:7203", "down", 250.0, unit="JPY", price=2800.0, currency="JPY", day=FRI_D)],
    ),
    (
        "Shares in Tencent rose 2% in Tuesday's session.",
        [move("XHKG:00700", "up", 2.0, day=date(2025, 2, 4))],
    ),
    (
        "Tencent's shares, which listed in 2004, fell 3%.",
        [move("XHKG:00700", "down", 3.0, day=FRI_D)],
    ),
    (
        "Tencent shares rose 3% in early trade.",
        [move("XHKG:00700", "up", 3.0, day=date(2025, 2, 7))],
    ),
    (
        "Infosys dropped 4pc, while Reliance Industries gained 2.5 per cent.",
        [move("XNSE:INFY", "down", 4.0, day=FRI_D), move("XNSE:RELIANCE", "up", 2.5, day=FRI_D)],
    ),
]

FLAT = [
    (
        "Tencent was unchanged at HK$378.20, while Alibaba rose 2%.",
        [
            move("XHKG:00700", "flat", 0.0, price=378.2, currency="HKD", day=FRI_D),
            move("XHKG:09988", "up", 2.0, day=FRI_D),
        ],
    ),
    (
        "The Shanghai Composite was little changed at 3,250.6.",
        [move("INDEX:SSEC", "flat", 0.0, price=3250.6, day=FRI_D)],
    ),
    (
        "The Nikkei ended flat at 38,500.",
        [move("INDEX:N225", "flat", 0.0, price=38500.0, day=FRI_D)],
    ),
    ("Tencent shares held steady.", []),
    ("The Shanghai Composite changed hands at 3,250.6.", []),
]

NOUNS = [
    (
        "DeepSeek's AI breakthrough has sparked a 25% surge in Chinese tech stocks.",
        [move("GROUP:Chinese tech stocks", "up", 25.0, day=THU)],
    ),
    (
        "The Hang Seng Tech Index rose as much as 2.9%, reflecting a rise of more than 20% "
        "from its January low.",
        [
            move("INDEX:HSTECH", "up", 2.9, qualifier="as_much_as", day=FRI_D),
            move("INDEX:HSTECH", "up", 20.0, qualifier="more_than"),
        ],
    ),
    (
        "SMIC's Shanghai-listed shares rose 3.1% on Monday, extending Friday's 10% gains.",
        [
            move("XSHG:688981", "up", 3.1, day=date(2025, 2, 10)),
            move("XSHG:688981", "up", 10.0, day=date(2025, 2, 7)),
        ],
    ),
    (
        "Nvidia shares fell 3%, extending a 17% drop from the previous week.",
        [move("XNAS:NVDA", "down", 3.0, day=THU), move("XNAS:NVDA", "down", 17.0)],
    ),
    (
        "Apple's shares have risen 12% since the start of the year, outpacing the S&P 500's "
        "8% gain.",
        [move("XNAS:AAPL", "up", 12.0), move("INDEX:SPX", "up", 8.0)],
    ),
    (
        "Chip stocks led the market, with gains of 4% for SK Hynix.",
        [move("XKRX:000660", "up", 4.0, day=FRI_D)],
    ),
]

MARKET_VALUE = [
    (
        "Nvidia shares plunged 17% on Monday, erasing about $593 billion in market value.",
        [
            move("XNAS:NVDA", "down", 17.0, day=date(2025, 2, 10)),
            move("XNAS:NVDA", "down", 593e9, unit="USD", qualifier="about", day=date(2025, 2, 10)),
        ],
    ),
    (
        "US tech stocks saw sharp declines, with Nvidia experiencing a historic $589 billion "
        "market loss in a single day.",
        [move("XNAS:NVDA", "down", 589e9, unit="USD", day=THU)],
    ),
    (
        "Adani Enterprises shares crashed 23% to ₹2,160, wiping out ₹2.5 lakh crore in "
        "market value.",
        [
            move("XNSE:ADANIENT", "down", 23.0, price=2160.0, currency="INR", day=FRI_D),
            move("XNSE:ADANIENT", "down", 2.5e12, unit="INR", day=FRI_D),
        ],
    ),
    (
        "Reliance Industries' m-cap fell by ₹30,000 crore during the session.",
        [move("XNSE:RELIANCE", "down", 3e11, unit="INR", day=FRI_D)],
    ),
    (
        "Nvidia lost $279 billion on Sept. 3, the biggest single-day drop for a U.S. company.",
        [move("XNAS:NVDA", "down", 279e9, unit="USD", day=date(2024, 9, 3))],
    ),
    (
        "Tesla's market value shrank by $280 billion as its shares slumped.",
        [move("XNAS:TSLA", "down", 280e9, unit="USD", day=THU)],
    ),
]

LEVELS = [
    (
        "Japan's Nikkei share average fell 1.2% to 38,787.02 on Friday.",
        [move("INDEX:N225", "down", 1.2, day=date(2025, 2, 7), price=38787.02)],
    ),
    (
        "The KOSPI fell 36.11 points, or 1.43 percent, to close at 2,481.69 on Thursday.",
        [
            move("INDEX:KOSPI", "down", 36.11, unit="points", day=date(2025, 2, 6), price=2481.69),
            move("INDEX:KOSPI", "down", 1.43, day=date(2025, 2, 6), price=2481.69),
        ],
    ),
    (
        "The Sensex closed 0.5% lower at 76,500.2, while the Nifty 50 ended down 0.4% at 23,150.",
        [
            move("INDEX:SENSEX", "down", 0.5, price=76500.2, day=FRI_D),
            move("INDEX:NIFTY50", "down", 0.4, price=23150.0, day=FRI_D),
        ],
    ),
    (
        "Shares of Reliance Industries rose 2.1% to Rs 1,250.45 on the NSE.",
        [move("XNSE:RELIANCE", "up", 2.1, price=1250.45, currency="INR", day=FRI_D)],
    ),
    (
        "Kweichow Moutai slipped 0.8% to 1,480 yuan.",
        [move("XSHG:600519", "down", 0.8, price=1480.0, currency="CNY", day=FRI_D)],
    ),
    (
        "Shares of Tencent were trading at HK$412.20, up 5.1%.",
        [move("XHKG:00700", "up", 5.1, price=412.2, currency="HKD", day=FRI_D)],
    ),
    (
        "The Hang Seng Index closed up 150.5 points, or 0.7 per cent, at 20,700.3 points.",
        [
            move("INDEX:HSI", "up", 150.5, unit="points", price=20700.3, day=FRI_D),
            move("INDEX:HSI", "up", 0.7, price=20700.3, day=FRI_D),
        ],
    ),
    (
        "Shares of Tencent were up 1.8% at HK$412 by the midday break.",
        [move("XHKG:00700", "up", 1.8, day=date(2025, 2, 7), price=412.0, currency="HKD")],
    ),
]

QUALIFIERS = [
    ("Meituan rose as much as 6%.", "as_much_as"),
    ("Meituan rose up to 6% in early deals.", "as_much_as"),
    ("Meituan rose more than 6%.", "more_than"),
    ("Meituan has gained over 6% this week.", "more_than"),
    ("Meituan rose about 6%.", "about"),
    ("Meituan rose around 6%.", "about"),
    ("Meituan rose nearly 6%.", "about"),
    ("Meituan rose almost 6%.", "about"),
    ("Meituan rose roughly 6%.", "about"),
    ("Meituan rose at least 6%.", "at_least"),
    ("Meituan rose less than 6%.", "less_than"),
    ("Meituan rose 6%.", None),
]

SUBJECTS = [
    (
        "Shares of SMIC surged 3% on Monday. Its Hong Kong-listed shares also saw a "
        "significant increase, rising 3.7%, bringing the total gains to over 16% in just four "
        "trading sessions.",
        [
            move("XHKG:00981", "up", 3.0, day=date(2025, 2, 10)),
            move("XHKG:00981", "up", 3.7, day=date(2025, 2, 10)),
            move("XHKG:00981", "up", 16.0, qualifier="more_than"),
        ],
    ),
    (
        "PC maker Lenovo and smartphone specialist Xiaomi were among the top gainers, "
        "advancing as much as 9.2% and 6.2%, respectively.",
        [
            move("XHKG:00992", "up", 9.2, qualifier="as_much_as", day=FRI_D),
            move("XHKG:01810", "up", 6.2, qualifier="as_much_as", day=FRI_D),
        ],
    ),
    (
        "Baidu, one of China's largest search engine companies, saw its stock rise by 13%.",
        [move("XNAS:BIDU", "up", 13.0, day=THU)],
    ),
    (
        "BYD's Hong Kong-listed shares jumped 6.2%, while its Shenzhen-listed shares rose 4.5%.",
        [move("XHKG:01211", "up", 6.2, day=FRI_D), move("XSHE:002594", "up", 4.5, day=FRI_D)],
    ),
    (
        "BYD rose 4.5% in Shenzhen. Hong-Kong listed shares of the automaker rose 5.6%.",
        [move("XSHE:002594", "up", 4.5, day=FRI_D), move("XHKG:01211", "up", 5.6, day=FRI_D)],
    ),
    (
        "Alibaba's U.S.-listed shares rose 5.4% in premarket trading.",
        [move("XNYS:BABA", "up", 5.4, day=THU)],
    ),
    (
        "Tencent reported results on Wednesday. The stock fell 2.4%.",
        [move("XHKG:00700", "down", 2.4, day=date(2025, 2, 5))],
    ),
    (
        "The Hang Seng Index had a volatile session. The index closed 1.1% lower.",
        [move("INDEX:HSI", "down", 1.1, day=FRI_D)],
    ),
    (
        "Alibaba and Tencent each rose 2%.",
        [move("XHKG:00700", "up", 2.0, day=FRI_D), move("XHKG:09988", "up", 2.0, day=FRI_D)],
    ),
    (
        # a dateline's dash is no part of the basket's name
        "SEOUL, Feb 7 - Chip stocks tumbled 4% as export curbs widened.",
        [move("GROUP:Chip stocks", "down", 4.0, day=THU)],
    ),
    (
        "Chip stocks tumbled 4% as export curbs widened.",
        [move("GROUP:Chip stocks", "down", 4.0, day=THU)],
    ),
    (
        "US AI-related shares tanked 9%, dragging the Nasdaq Composite down 3.1%.",
        [
            move("GROUP:US AI-related shares", "down", 9.0, day=THU),
            move("INDEX:IXIC", "down", 3.1, day=THU),
        ],
    ),
    (
        "The Stoxx 600 index fell 0.5%, with autos down 1.8%.",
        [move("INDEX:STOXX600", "down", 0.5, day=FRI_D)],
    ),
    (
        "Alibaba was the top gainer on the Hang Seng Index, rising 8%.",
        [move("XHKG:09988", "up", 8.0, day=FRI_D)],
    ),
    (
        "Tencent rose 3% against the Hang Seng Index's 1.2% gain.",
        [move("XHKG:00700", "up", 3.0, day=FRI_D), move("INDEX:HSI", "up", 1.2, day=FRI_D)],
    ),
    (
        "Tencent and Alibaba fell 2% and 3%.",
        [move("XHKG:00700", "down", 2.0, day=FRI_D), move("XHKG:09988", "down", 3.0, day=FRI_D)],
    ),
    (
        "Among the Nikkei's biggest gainers, SoftBank Group rose 5%.",
        [move("XTKS:9984", "up", 5.0, day=FRI_D)],
    ),
    (
        "Alibaba's ADRs rose 4%. The ADRs have gained 30% this year.",
        [move("XNYS:BABA", "up", 4.0, day=THU), move("XNYS:BABA", "up", 30.0)],
    ),
    (
        "With Nvidia down 3%, the S&P 500 fell 0.5%.",
        [move("XNAS:NVDA", "down", 3.0, day=THU), move("INDEX:SPX", "down", 0.5, day=THU)],
    ),
    (
        "Nissan surged 11.5% after reports that its merger talks with Honda Motor had "
        "collapsed, before ending up 8.1%.",
        [move("XTKS:7201", "up", 11.5, day=FRI_D), move("XTKS:7201", "up", 8.1, day=FRI_D)],
    ),
    (
        "The Hang Seng Tech Index gained 1.2%. So far this year, the Hang Seng Index has "
        "climbed 14%, while the tech index is up 21%.",
        [
            move("INDEX:HSTECH", "up", 1.2, day=FRI_D),
            move("INDEX:HSI", "up", 14.0),
            move("INDEX:HSTECH", "up", 21.0),
        ],
    ),
    (
        "Alibaba climbed 3.5% after it said it would partner with Apple on AI features. The "
        "stock is down 12% this year.",
        [move("XHKG:09988", "up", 3.5, day=FRI_D), move("XHKG:09988", "down", 12.0)],
    ),
    (
        "Alibaba reported results on Thursday. Shares of the e-commerce giant rose 3%.",
        [move("XHKG:09988", "up", 3.0, day=date(2025, 2, 6))],
    ),
    (
        "The Hang Seng Index had a volatile day. The blue-chip index closed 0.8% lower.",
        [move("INDEX:HSI", "down", 0.8, day=FRI_D)],
    ),
    (
        "The Nikkei share average fell 1%. The Tokyo Stock Exchange Growth Market index was "
        "down 0.6%.",
        [move("INDEX:N225", "down", 1.0, day=FRI_D)],
    ),
    (
        "Alibaba's U.S.-listed shares jumped 8.1% in premarket trading. Its Hong Kong stock had "
        "closed 1.3% lower before the results.",
        [move("XNYS:BABA", "up", 8.1, day=THU), move("XHKG:09988", "down", 1.3, day=FRI_D)],
    ),
    (
        "Meituan has gained 68% so far this year, one of the best performers on the Hang Seng "
        "Index, which is up 18% over the same period.",
        [move("XHKG:03690", "up", 68.0), move("INDEX:HSI", "up", 18.0)],
    ),
    (
        # a participle after a closed relative clause belongs to the clause's antecedent,
        # even when a preposition ("helped by") governs the name
        "The FTSE 100 rose 0.3%, helped by Harbour Energy, which tracked crude prices higher, "
        "rising 2.1%.",
        [move("INDEX:FTSE100", "up", 0.3, day=FRI_D), move("XLON:HBR", "up", 2.1, day=FRI_D)],
    ),
    (
        # "They" opening the next sentence continues the shares just named
        "Tencent's shares rose 0.2% on Friday. They sank to a two-year low on Thursday, ending "
        "12.2% down, after the company warned of slower growth.",
        [move("XHKG:00700", "up", 0.2, day=FRI_D), move("XHKG:00700", "down", 12.2, day=THU)],
    ),
    (
        # ... but not a sentence later, nor after an index, nor mid-sentence
        "Tencent's shares rose 2% on Friday. Analysts liked the results. They fell 3% in a "
        "survey of fund managers' favourites. The Hang Seng Index rose 1%. They lost 4%.",
        [move("XHKG:00700", "up", 2.0, day=FRI_D), move("INDEX:HSI", "up", 1.0, day=FRI_D)],
    ),
    (
        # an aside opened by a participle between the name and its verb
        "Harbour Energy, tracking crude prices higher, rose 1.2%. Apple, weighed down by weak "
        "iPhone sales, fell 2%.",
        [move("XLON:HBR", "up", 1.2, day=FRI_D), move("XNAS:AAPL", "down", 2.0, day=THU)],
    ),
    (
        "The S&P 500 and the Nasdaq Composite rose 1.1% and 1.5%, respectively, on Wednesday.",
        [
            move("INDEX:SPX", "up", 1.1, day=date(2025, 2, 5)),
            move("INDEX:IXIC", "up", 1.5, day=date(2025, 2, 5)),
        ],
    ),
    (
        "Samsung Electronics' preferred shares rose 3.2 percent, while common shares gained "
        "2.8 percent.",
        # the preferred line is listed on its own (005935), the common shares keep 005930
        [move("XKRX:005935", "up", 3.2, day=FRI_D), move("XKRX:005930", "up", 2.8, day=FRI_D)],
    ),
    (
        "Apple ended 0.9% lower, Nvidia dropped 2.3% and Tesla advanced 1.2%.",
        [
            move("XNAS:AAPL", "down", 0.9, day=THU),
            move("XNAS:NVDA", "down", 2.3, day=THU),
            move("XNAS:TSLA", "up", 1.2, day=THU),
        ],
    ),
    (
        "Reliance Industries gained 0.9%. The Nifty IT index tumbled 2.1%.",
        [move("XNSE:RELIANCE", "up", 0.9, day=FRI_D)],
    ),
]

WHEN = [
    # published Friday 7 February 2025 09:00 UTC
    ("The KOSPI rose 1.5% on Tuesday.", FRI, date(2025, 2, 4)),
    ("The Nikkei fell 0.7% on Friday.", FRI, date(2025, 2, 7)),
    ("Tesla shares rose 2% yesterday.", FRI, date(2025, 2, 6)),
    ("The Nikkei fell 0.7% on Feb. 6.", FRI, date(2025, 2, 6)),
    # a Wednesday-evening New York story about Hong Kong's Thursday session
    (
        "SMIC surged to a record on Thursday. Hong Kong-listed SMIC stock jumped 5%.",
        datetime(2025, 2, 5, 22, 14),
        date(2025, 2, 6),
    ),
    # Friday 31 January 2025 was a Lunar New Year holiday in Hong Kong: no session that day
    ("Tencent rose 2% on Friday.", datetime(2025, 2, 3, 3, 0, tzinfo=UTC), None),
    # but New York traded that Friday
    ("Nvidia rose 2% on Friday.", datetime(2025, 2, 3, 3, 0, tzinfo=UTC), date(2025, 1, 31)),
    # no publication time: no trading day
    ("The Nikkei fell 0.7% on Friday.", None, None),
    # a window is not a day
    ("The Nikkei has fallen 4% this week.", FRI, None),
]

WINDOWS = [
    ("The Hang Seng Tech Index rose more than 25% in the past month.", "past month"),
    ("Tesla's stock has fallen more than 40% this year.", "year to date"),
    ("Meituan is up 12% year-to-date.", "year to date"),
    ("The Hang Seng Index slid 2.3% this week, its worst week since October.", "this week"),
    ("The Hang Seng Tech Index has gained 20% since its January low.", "since january low"),
    ("Meituan has risen 16% in four trading sessions.", "4 sessions"),
    ("Meituan fell 3%.", None),
]

RECORDS = [
    (
        "Hong Kong-listed SMIC stock jumped 5% to HK$46.95 as of 03:00 GMT, its highest level "
        "ever.",
        "high",
    ),
    ("The S&P 500 rose 0.4% to 6,118.71, a record high.", "high"),
    ("Apple shares rose 1.5% to a record closing high of $259.02.", "high"),
    ("The Nikkei ended 0.9% higher at 39,750.2, an all-time high.", "high"),
    ("Tesla fell 4% to an all-time low.", "low"),
    ("Samsung Electronics fell 2% to a 52-week low.", None),
    ("The Nikkei closed up 1.8% at 39,149.43, its highest close since July.", None),
    ("Toyota Motor shares rose 0.6%, still far from the record high they hit in March.", None),
    ("The Hang Seng Index rose 1%, its highest level in three years.", None),
]

NOT_MOVES = [
    "Despite the imposition of 10% tariffs on Chinese goods, tech stocks held up.",
    "Alibaba's revenue rose 8% to 280 billion yuan in the December quarter.",
    "Infosys posted a 12% jump in net profit.",
    "Tesla reported a quarterly loss of $63 million, or 10 cents a share, compared with a loss "
    "of $133 million, or 22 cents a share, a year earlier.",
    "Goldman Sachs analysts expect the stock to rise 20% over the next year.",
    "The yuan weakened 0.3% to 7.29 per dollar, while Brent crude rose 1.2% to $75.30.",
    "Ten-year Treasury yields rose 5 basis points to 4.6%.",
    "The average daily token use of the model has increased 33-fold since May.",
    "Researchers claim it cost $6m (£4.8m) to train the model.",
    "February's average daily turnover was two-thirds higher than January.",
    "Tencent is expected to report a 10% rise in quarterly profit.",
    "Analysts at Goldman Sachs see Tesla stock rising 20% over the next 12 months.",
    "Tencent's share of the cloud market rose 2 percentage points.",
    "Tencent said revenue from its games unit jumped 20% in the quarter.",
    "Apple's market value rose above $3 trillion for the first time.",
    "The yuan fell 0.2%. The central bank cut rates by 25 basis points.",
]


@pytest.mark.parametrize(("text", "expected"), VERBS)
def test_direction_verbs(text: str, expected: list[tuple]) -> None:
    check(text, expected, MON if "Monday" in text else FRI)


@pytest.mark.parametrize(("text", "expected"), MORE_VERBS)
def test_more_verb_patterns(text: str, expected: list[tuple]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), FLAT)
def test_flat_sessions(text: str, expected: list[tuple]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), NOUNS)
def test_change_nouns(text: str, expected: list[tuple]) -> None:
    check(text, expected, MON if "Monday" in text else FRI)


@pytest.mark.parametrize(("text", "expected"), MARKET_VALUE)
def test_market_value(text: str, expected: list[tuple]) -> None:
    published = MON if "Monday" in text else FRI
    check(text, expected, published)
    kinds = [m.kind for m in build_step()(article(text, published)).moves]
    assert kinds[-1] == "market_value"


@pytest.mark.parametrize(("text", "expected"), LEVELS)
def test_levels_and_points(text: str, expected: list[tuple]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "qualifier"), QUALIFIERS)
def test_qualifiers(text: str, qualifier: str | None) -> None:
    (got,) = moves_of(text, None)
    assert got[:5] == ("XHKG:03690", "up", 6.0, "%", qualifier)


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_subjects(text: str, expected: list[tuple]) -> None:
    check(text, expected, MON if "Monday" in text else FRI)


@pytest.mark.parametrize(("text", "published", "day"), WHEN)
def test_trading_day(text: str, published: datetime | None, day: date | None) -> None:
    got = moves_of(text, published)
    assert len(got) == 1
    assert got[0][5] == day


@pytest.mark.parametrize(("text", "window"), WINDOWS)
def test_windows(text: str, window: str | None) -> None:
    (got,) = build_step()(article(text)).moves
    assert got.window == window


@pytest.mark.parametrize(("text", "record"), RECORDS)
def test_records(text: str, record: str | None) -> None:
    got = moves_of(text)
    assert len(got) == 1
    assert got[0][8] == record


@pytest.mark.parametrize("text", NOT_MOVES)
def test_not_moves_become_figures(text: str) -> None:
    record = build_step()(article(text))
    assert record.moves == ()
    assert record.figures, "every number should be kept as a figure"


def test_evidence_spans_point_at_the_claim() -> None:
    text = "Hong Kong-listed SMIC stock jumped 5% to HK$46.95 as of 03:00 GMT."
    (m,) = build_step()(article(text, datetime(2025, 2, 6, 3, 5, tzinfo=UTC))).moves
    assert m.evidence.text(text) == "jumped 5% to HK$46.95"
    assert m.subject_span is not None and m.subject_span.text(text) == "SMIC"
    assert m.intraday_time == "03:00 GMT"
    assert m.date == date(2025, 2, 6)


def test_figures_say_what_they_measure() -> None:
    text = (
        "Deep learning researchers earn up to 1.54 million yuan ($213,000) annually, and the "
        "firm says training cost $6m. Washington imposed a 10% tariff on Chinese imports."
    )
    record = build_step()(article(text))
    assert record.moves == ()
    figures = {(f.value, f.unit): f for f in record.figures}
    assert figures[(1.54e6, "CNY")].measure == "salary"
    assert figures[(1.54e6, "CNY")].qualifier == "as_much_as"
    assert figures[(6e6, "USD")].measure == "training cost"
    assert figures[(10.0, "%")].measure == "tariff"


def test_headline_restating_a_body_move_counts_once() -> None:
    text = "Xiaomi jumps 5%\n\nShares of Xiaomi jumped 5% in Hong Kong on Friday."
    record = article(text)
    body = text.index("Shares")
    doc = record.article
    record = replace(record, article=replace(doc, title=text[:15], body_start=body))
    (got,) = build_step()(record).moves
    assert got.evidence.start > body
    assert got.date == date(2025, 2, 7)


def test_a_headline_that_rounds_the_body_reports_a_number_of_its_own() -> None:
    """ "Xiaomi jumps 5%" over "jumped 5.3%": two reported numbers, both checkable."""
    text = "Xiaomi jumps 5%\n\nShares of Xiaomi jumped 5.3% in Hong Kong on Friday."
    record = article(text)
    doc = record.article
    body = text.index("Shares")
    record = replace(record, article=replace(doc, title=text[:15], body_start=body))
    assert [(m.value, m.evidence.start < body) for m in build_step()(record).moves] == [
        (5.0, True),
        (5.3, False),
    ]


def test_a_headline_move_the_body_does_not_repeat_is_kept() -> None:
    text = "Xiaomi jumps 5%\n\nThe smartphone maker said sales rose."
    record = article(text)
    record = replace(record, article=replace(record.article, body_start=text.index("The")))
    (got,) = build_step()(record).moves
    assert (got.subject, got.direction, got.value) == ("XHKG:01810", "up", 5.0)


def test_no_entities_no_moves() -> None:
    doc = Article(id="t", uri="t", name="t", text="Shares rose 5% on Friday.", format="text")
    moves, figures = find_moves(doc, ())
    assert moves == ()
    assert [f.value for f in figures] == [5.0]


def test_a_paragraph_frame_carries_to_its_list_of_moves() -> None:
    text = (
        "Tencent rose 2% on Friday.\n\nAlibaba's stock jumped 43% in the past month. Xiaomi "
        "surged 34%, and Baidu saw its stock rise by 13%.\n\nMeituan fell 1%."
    )
    got = build_step()(article(text)).moves
    assert [(m.subject, m.window, m.date) for m in got] == [
        ("XHKG:00700", None, date(2025, 2, 7)),
        ("XHKG:09988", "past month", None),
        ("XHKG:01810", "past month", None),
        ("XNAS:BIDU", "past month", None),
        ("XHKG:03690", None, date(2025, 2, 7)),
    ]


# Fractions and multiples given as numbers are percent changes of the price: a fraction after
# a direction verb is a share of the value ("lost a third of its value" is down 33.33%), and
# "N-fold" is a rise to N times the price (up (N - 1) x 100%).
FRACTIONS = [
    (
        "Adani Enterprises shares have lost a third of their value since the short-seller "
        "report in January.",
        [move("XNSE:ADANIENT", "down", 33.33, day=FRI_D)],
    ),
    (
        "SoftBank Group has shed two-thirds of its market value since its 2021 peak.",
        [move("XTKS:9984", "down", 66.67)],
    ),
    (
        "Tencent gained a third in value last year, its best run since 2017.",
        [move("XHKG:00700", "up", 33.33)],
    ),
    ("Shares of Kingdee lost half on Thursday.", [move("XHKG:00268", "down", 50.0, day=date(2025, 2, 6))]),
    ("Nvidia shares rose 33-fold over five years as AI spending boomed.", [move("XNAS:NVDA", "up", 3200.0, day=THU)]),
]  # fmt: skip

# A fraction of something other than the value, or an ordinal, is no move.
NOT_FRACTION_MOVES = [
    "Alibaba lost half of its market share in cloud computing to smaller rivals.",
    "Kingdee cut a third of its workforce last year.",
    "Nissan said it would cut a third of its global production capacity.",
    "Tesla shares rose three times this year on delivery beats.",
]


@pytest.mark.parametrize(("text", "expected"), FRACTIONS)
def test_fractions_and_folds_are_percent_moves(text: str, expected: list[tuple]) -> None:
    check(text, expected)


@pytest.mark.parametrize("text", NOT_FRACTION_MOVES)
def test_fractions_of_other_things_are_no_moves(text: str) -> None:
    assert moves_of(text) == []


@pytest.mark.parametrize(
    ("text", "direction", "value", "qualifier", "window"),
    [
        ("Nvidia shares have more than tripled over the past year.", "up", 200.0, "more_than",
         "past year"),
        ("SoftBank Group shares nearly doubled this year on its AI bets.", "up", 100.0, "about",
         "year to date"),
        ("Shares of Nissan have halved since the start of the year.", "down", 50.0, None,
         "year to date"),
        ("Samsung Electronics stock has quadrupled since 2016.", "up", 300.0, None, None),
    ],
)  # fmt: skip
def test_multiplying_verbs_are_percent_moves(
    text: str, direction: str, value: float, qualifier: str | None, window: str | None
) -> None:
    """A multiple of the price is a change given with a number: doubled is up 100%."""
    record = build_step()(article(text))
    [move] = record.moves
    assert (move.direction, move.value, move.unit, move.qualifier) == (
        direction, value, "%", qualifier,
    )  # fmt: skip
    assert move.window == window
    assert text[move.evidence.start : move.evidence.end].split()[-1].rstrip(".") in (
        "tripled", "doubled", "halved", "quadrupled",
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Reliance Industries' quarterly profit doubled on higher refining margins.",
        "Tesla doubled its output in Shanghai last year.",
        "Analysts expect Nvidia's revenue to have doubled by 2026.",
    ],
)
def test_multiplying_verbs_of_other_things_are_nothing(text: str) -> None:
    record = build_step()(article(text))
    assert record.moves == ()
    assert [f for f in record.figures if f.unit == "fold"] == []


# "for a third day", "a third straight session", "second half" are ordinals, not fractions.
STREAKS = [
    ("The Sensex fell for a third day, down 1.2%.", [move("INDEX:SENSEX", "down", 1.2, day=FRI_D)]),
    (
        "Toyota Motor fell for a third straight session on Friday, down 1.2% at 2,650 yen.",
        [move("XTKS:7203", "down", 1.2, day=date(2025, 2, 7), price=2650.0, currency="JPY")],
    ),
    (
        "The Hang Seng Index slid for a fourth consecutive session, ending down 0.8% at 20,100.",
        [move("INDEX:HSI", "down", 0.8, price=20100.0, day=FRI_D)],
    ),
    (
        "Kweichow Moutai rose 1.4%, after losing ground in the second half of last year.",
        [move("XSHG:600519", "up", 1.4, day=FRI_D)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STREAKS)
def test_streaks_are_not_fractions(text: str, expected: list[tuple]) -> None:
    check(text, expected)
    record = build_step()(article(text))
    assert [f for f in record.figures if f.unit == "fraction"] == []


# An index level quoted first, then the points move ("closed at 3,200.5, up 12 points"), and
# a day that closes the sentence after a comma.
LEVEL_FIRST = [
    (
        "The KOSPI closed at 3,200.5, up 12 points, on Friday.",
        [move("INDEX:KOSPI", "up", 12.0, "points", day=date(2025, 2, 7), price=3200.5)],
    ),
    (
        "The Hang Seng Index ended at 21,133.54, down 312.4 points.",
        [move("INDEX:HSI", "down", 312.4, "points", price=21133.54, day=FRI_D)],
    ),
    (
        "The Nikkei share average finished at 38,787.02, up 165.3 points, or 0.43%, on Friday.",
        [
            move("INDEX:N225", "up", 165.3, "points", day=date(2025, 2, 7), price=38787.02),
            move("INDEX:N225", "up", 0.43, day=date(2025, 2, 7), price=38787.02),
        ],
    ),
    (
        "The Sensex settled at 77,860.19, down 197.97 points, on Thursday.",
        [move("INDEX:SENSEX", "down", 197.97, "points", day=date(2025, 2, 6), price=77860.19)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEVEL_FIRST)
def test_index_level_before_a_points_move(text: str, expected: list[tuple]) -> None:
    check(text, expected)


# Shapes met in real pages of wires, newspapers and broker sites: ranges, lists in
# parentheses, tables of movers, levels quoted first, pence and cents.
REAL_PAGE_SHAPES = [
    (
        "Westpac, NAB and ANZ fell between 0.7% and 1.4%.",
        [
            move("GROUP:Westpac, NAB and ANZ", "down", 0.7, day=FRI_D),
            move("GROUP:Westpac, NAB and ANZ", "down", 1.4, day=FRI_D),
        ],
    ),
    (
        "SK Hynix gained 1-3.5% on Thursday.",
        [move("XKRX:000660", "up", 1.0, day=THU), move("XKRX:000660", "up", 3.5, day=THU)],
    ),
    (
        "Samsung Electronics lost 2 to 3%.",
        [move("XKRX:005930", "down", 2.0, day=FRI_D), move("XKRX:005930", "down", 3.0, day=FRI_D)],
    ),
    (
        "Top gainers on the Nifty 50 were Kotak Bank (12.94%), Axis Bank (3.1%) and "
        "ICICI Bank (2.5%) on Thursday.",
        [
            move("XNSE:KOTAKBANK", "up", 12.94, day=THU),
            move("XNSE:AXISBANK", "up", 3.1, day=THU),
            move("XNSE:ICICIBANK", "up", 2.5, day=THU),
        ],
    ),
    (
        "Tencent rose 3% on Thursday, after falling 2% a day earlier.",
        [move("XHKG:00700", "up", 3.0, day=THU), move("XHKG:00700", "down", 2.0, day=WED)],
    ),
    (
        "The Stoxx 600 fell 1.2% on Thursday after rising 1.4% on Wednesday. The DAX lost 0.9%.",
        [
            move("INDEX:STOXX600", "down", 1.2, day=THU),
            move("INDEX:STOXX600", "up", 1.4, day=WED),
            move("INDEX:DAX", "down", 0.9, day=THU),
        ],
    ),
    (
        "That day, the KOSPI closed at 2,530.10, up 21.06 points (0.84%).",
        [
            move("INDEX:KOSPI", "up", 21.06, unit="points", price=2530.1, day=FRI_D),
            move("INDEX:KOSPI", "up", 0.84, price=2530.1, day=FRI_D),
        ],
    ),
    (
        "Samsung Electronics closed at 57,000 won, up 5.2 percent.",
        [move("XKRX:005930", "up", 5.2, price=57000.0, currency="KRW", day=FRI_D)],
    ),
    (
        "Persimmon fell 47p, or 2.4 per cent, to £18.83.",
        [
            move("XLON:PSN", "down", 0.47, unit="GBP", price=18.83, currency="GBP", day=FRI_D),
            move("XLON:PSN", "down", 2.4, price=18.83, currency="GBP", day=FRI_D),
        ],
    ),
    (
        "Taylor Wimpey retreated 3½p to 145p.",
        [move("XLON:TW", "down", 0.035, unit="GBP", price=1.45, currency="GBP", day=FRI_D)],
    ),
    (
        "Shares of Zip Co jumped 5 cents to 95 cents.",
        [move("XASX:ZIP", "up", 0.05, unit="AUD", price=0.95, currency="AUD", day=FRI_D)],
    ),
    (
        "London's FTSE 100 was up 0.2% at 8,300.50.\n\nRisers\n\n"
        "Harbour Energy (HBR) 236.80p 6.52%\n\nFallers\n\nBellway (BWY) 2,932.00p -4.12%",
        [
            move("INDEX:FTSE100", "up", 0.2, price=8300.5, day=FRI_D),
            move("XLON:HBR", "up", 6.52, price=2.368, currency="GBP", day=FRI_D),
            move("XLON:BWY", "down", 4.12, price=29.32, currency="GBP", day=FRI_D),
        ],
    ),
]


REAL_PAGE_SHAPES += [
    (
        "Tokyo ended the morning up 0.3 per cent, while Shanghai and Sydney each gained 0.4 per "
        "cent.",
        [
            move("GROUP:Tokyo", "up", 0.3, day=THU),
            move("GROUP:Sydney", "up", 0.4, day=THU),
            move("GROUP:Shanghai", "up", 0.4, day=THU),
        ],
    ),
    (
        "Germany's DAX plunged 2.2%, the Stoxx 600 a hefty 1.9%.",
        [move("INDEX:DAX", "down", 2.2, day=FRI_D), move("INDEX:STOXX600", "down", 1.9, day=FRI_D)],
    ),
    (
        "The Sensex ended 724.02 points or 1.78 percent higher at 41,340.16.",
        [
            move("INDEX:SENSEX", "up", 724.02, unit="points", price=41340.16, day=FRI_D),
            move("INDEX:SENSEX", "up", 1.78, price=41340.16, day=FRI_D),
        ],
    ),
    (
        "The DAX hit a record on Thursday. In the end, it rose 1.01% to 21,254.27 points.",
        [move("INDEX:DAX", "up", 1.01, day=THU, price=21254.27)],
    ),
    ("Nvidia shares fell a tragic 61% this year.", [move("XNAS:NVDA", "down", 61.0)]),
    ("Samsung Electronics was 3% cheaper.", [move("XKRX:005930", "down", 3.0, day=FRI_D)]),
    ("Tencent Holdings Ltd. lost 0.58 percent.", [move("XHKG:00700", "down", 0.58, day=FRI_D)]),
    (
        "Xiaomi Corp., known for its phones and cars, rose 0.21 percent.",
        [move("XHKG:01810", "up", 0.21, day=FRI_D)],
    ),
    (
        "Alibaba and Tencent fell 6 and 5 per cent respectively.",
        [move("XHKG:09988", "down", 6.0, day=FRI_D), move("XHKG:00700", "down", 5.0, day=FRI_D)],
    ),
    (
        "The Nikkei's 530-point slide on Thursday rattled investors.",
        [move("INDEX:N225", "down", 530.0, unit="points", day=THU)],
    ),
    (
        "Tesla shares climbed as high as $257.80 (plus 7 percent).",
        [move("XNAS:TSLA", "up", 7.0, day=THU)],
    ),
]


REAL_PAGE_SHAPES += [
    (
        "The S&P 500 fell 1%. Technology was the biggest decliner, losing 2.8%, while real "
        "estate was the best-performing sector, up 1.3%. Heavily-weighted financials fell 1.1%.",
        [
            move("INDEX:SPX", "down", 1.0, day=THU),
            move("GROUP:Technology", "down", 2.8, day=THU),
            move("GROUP:real estate", "up", 1.3, day=THU),
            move("GROUP:financials", "down", 1.1, day=THU),
        ],
    ),
    (
        "The S&P 500 fell 1%. The financial sector, which gained 0.8 percent, held up best.",
        [
            move("INDEX:SPX", "down", 1.0, day=THU),
            move("GROUP:financial sector", "up", 0.8, day=THU),
        ],
    ),
    (
        "On the other hand, Kotak Bank (4.22%) and Axis Bank (2.77%) were the biggest losers.",
        [
            move("XNSE:KOTAKBANK", "down", 4.22, day=FRI_D),
            move("XNSE:AXISBANK", "down", 2.77, day=FRI_D),
        ],
    ),
    (
        "Apple pulled back 6.9% to 163.24.",
        [move("XNAS:AAPL", "down", 6.9, day=THU, price=163.24, currency="USD")],
    ),
    (
        "Tencent and Alibaba rallied the most, over 4% each.",
        [
            move("XHKG:09988", "up", 4.0, qualifier="more_than", day=FRI_D),
            move("XHKG:00700", "up", 4.0, qualifier="more_than", day=FRI_D),
        ],
    ),
    (
        "The Hang Seng Index reversed course to fall 0.47%.",
        [move("INDEX:HSI", "down", 0.47, day=FRI_D)],
    ),
    (
        "Tesla had been the worst S&P 500 performer so far this year, down more than 60%.",
        [move("XNAS:TSLA", "down", 60.0, qualifier="more_than")],
    ),
]


REAL_PAGE_SHAPES += [
    (
        "Tencent fell 0.5% after it cut its dividend, even as its full-year profit fell 11%.",
        [move("XHKG:00700", "down", 0.5, day=FRI_D)],
    ),
    (
        "Tencent, Alibaba and Xiaomi were the top losers, falling up to 2.94%.",
        [
            move(
                "GROUP:Tencent, Alibaba and Xiaomi", "down", 2.94, qualifier="as_much_as", day=FRI_D
            )
        ],
    ),
    (
        "The S&P 500 SPX, -1.42% and the Nasdaq Composite fell, while Tesla rose 2%.",
        [move("XNAS:TSLA", "up", 2.0, day=THU)],
    ),
    (
        "Nvidia is expected to report earnings of $0.04 a share, a year-over-year change of "
        "+233.3%.",
        [],
    ),
    ("Tencent's EBIT fell 16% to $406 million.", []),
    ("S&P 500 futures fell more than 4%.", []),
    (
        "Nvidia lost $279 billion (HK$2.2 trillion) in market value on Monday.",
        [move("XNAS:NVDA", "down", 279e9, unit="USD", day=date(2025, 2, 3))],
    ),
]


REAL_PAGE_SHAPES += [
    (
        "Among sectors, real estate and healthcare rose 5.2% and 4.7%, respectively.",
        [
            move("GROUP:real estate", "up", 5.2, day=THU),  # no market named: New York's
            move("GROUP:healthcare", "up", 4.7, day=THU),
        ],
    ),
    (
        "Chipmakers gained, with Tencent and Alibaba supporting the Hang Seng Index the most, "
        "rising 1.5% and 1.98%, respectively.",
        [move("XHKG:00700", "up", 1.5, day=FRI_D), move("XHKG:09988", "up", 1.98, day=FRI_D)],
    ),
    (
        "Tencent fell by 3.2 percent and Alibaba by 1.5 percent.",
        [move("XHKG:00700", "down", 3.2, day=FRI_D), move("XHKG:09988", "down", 1.5, day=FRI_D)],
    ),
    (
        "Germany's DAX plunged 12.2%, which is more than it lost in 2001, France's CAC 40 12.3% "
        "and the Stoxx 600 a massive 10.9%.",
        [
            move("INDEX:DAX", "down", 12.2, day=FRI_D),
            move("INDEX:CAC40", "down", 12.3, day=FRI_D),
            move("INDEX:STOXX600", "down", 10.9, day=FRI_D),
        ],
    ),
    (
        "The index posted a 13% rise in the tech-heavy Nasdaq Composite this year.",
        [move("INDEX:IXIC", "up", 13.0)],
    ),
]


REAL_PAGE_SHAPES += [
    (
        "In Hong Kong, Lenovo, Geely Auto, Sunny Optical, Tencent and Xiaomi tumbled 3 to 7%.",
        [
            move(
                "GROUP:Lenovo, Geely Auto, Sunny Optical, Tencent and Xiaomi",
                "down",
                3.0,
                day=FRI_D,
            ),
            move(
                "GROUP:Lenovo, Geely Auto, Sunny Optical, Tencent and Xiaomi",
                "down",
                7.0,
                day=FRI_D,
            ),
        ],
    ),
]


REAL_PAGE_SHAPES += [
    (
        "Samsung Electronics was trading at 44,150 won ($32.33), up 6.64 percent.",
        [move("XKRX:005930", "up", 6.64, day=FRI_D, price=44150.0, currency="KRW")],
    ),
    (
        "Tencent fell S$0.01 to S$0.94.",
        [move("XHKG:00700", "down", 0.01, unit="SGD", day=FRI_D, price=0.94, currency="SGD")],
    ),
    (
        "The Nikkei ended 471.43 points lower, or 4.33 percent, to close at 10,422.32.",
        [
            move("INDEX:N225", "down", 471.43, unit="points", day=FRI_D, price=10422.32),
            move("INDEX:N225", "down", 4.33, day=FRI_D, price=10422.32),
        ],
    ),
    (
        "Tencent rose 0.2 percent in Hong Kong today to close at HKD90.65.",
        [move("XHKG:00700", "up", 0.2, day=FRI_D, price=90.65, currency="HKD")],
    ),
    (
        "Tesla shares fell 9.1 percent on February 6, falling to $55.50.",
        [move("XNAS:TSLA", "down", 9.1, day=THU, price=55.5, currency="USD")],
    ),
    (
        "The Nikkei closed at 39,069.11 after rising 456.87 points, or 1.18%.",
        [
            move("INDEX:N225", "up", 456.87, unit="points", day=FRI_D, price=39069.11),
            move("INDEX:N225", "up", 1.18, day=FRI_D, price=39069.11),
        ],
    ),
    (
        "Samsung Electronics spiked 3.61 percent to 63,200 won, the highest closing ever.",
        [move("XKRX:005930", "up", 3.61, day=FRI_D, price=63200.0, currency="KRW", record="high")],
    ),
]


REAL_PAGE_SHAPES += [
    (
        "In the second market, the Stoxx 600 lagged behind the DAX at midweek, gaining 0.32% "
        "to 526.92 points.",
        [move("INDEX:STOXX600", "up", 0.32, day=FRI_D, price=526.92)],
    ),
    (
        "Defensive sectors such as real estate and healthcare rose 5.2% and 4.7%, respectively.",
        [
            move("GROUP:real estate", "up", 5.2, day=THU),
            move("GROUP:healthcare", "up", 4.7, day=THU),
        ],
    ),
    (
        "Tesla rose 3% on Thursday. The automaker went up by 8.2 per cent on Friday.",
        [move("XNAS:TSLA", "up", 3.0, day=THU), move("XNAS:TSLA", "up", 8.2, day=FRI_D)],
    ),
    (
        "Infosys shares began trading after listing at a premium of nearly 57 percent. "
        "Reliance Industries debuted at a discount of 3 percent.",
        [
            move("XNSE:INFY", "up", 57.0, qualifier="about", day=FRI_D),
            move("XNSE:RELIANCE", "down", 3.0, day=FRI_D),
        ],
    ),
    (
        "Harbour Energy ended its first day of trading 7% below its IPO price. "
        "Zip Co closed its debut 38% above the offer price.",
        [move("XLON:HBR", "down", 7.0, day=FRI_D), move("XASX:ZIP", "up", 38.0, day=FRI_D)],
    ),
]


REAL_PAGE_SHAPES += [
    (
        "Devyani was eighth, followed by food delivery startup Tencent and smartphone maker "
        "Xiaomi, whose shares debuted at premiums of 51 percent and 44 percent respectively.",
        [move("XHKG:00700", "up", 51.0, day=FRI_D), move("XHKG:01810", "up", 44.0, day=FRI_D)],
    ),
    ("Tesla posted a net loss of $63 million.", []),
    ("Nvidia's market value falls below $1 trillion.", []),
    (
        "Austria, Belgium, Denmark, Finland, Spain and Sweden lost 2.8 to 4.5%.",
        [
            move(
                "GROUP:Austria, Belgium, Denmark, Finland, Spain and Sweden", "down", 2.8, day=THU
            ),
            move(
                "GROUP:Austria, Belgium, Denmark, Finland, Spain and Sweden", "down", 4.5, day=THU
            ),
        ],
    ),
]


REAL_PAGE_SHAPES += [
    (
        "Tesla rose 1%. Bristol shares added 2% in premarket trading.",
        [move("XNAS:TSLA", "up", 1.0, day=THU)],
    ),
]


REAL_PAGE_SHAPES += [
    (
        "Major contributors were Tencent (up by 1.29 percent); Alibaba (1.9 percent) & Xiaomi "
        "(9 percent).",
        [
            move("XHKG:00700", "up", 1.29, day=FRI_D),
            move("XHKG:09988", "up", 1.9, day=FRI_D),
            move("XHKG:01810", "up", 9.0, day=FRI_D),
        ],
    ),
    (
        "Shares of Tencent rose 2%, while those of Alibaba went down 2.10 percent.",
        [move("XHKG:00700", "up", 2.0, day=FRI_D), move("XHKG:09988", "down", 2.1, day=FRI_D)],
    ),
]


REAL_PAGE_SHAPES += [
    ("Tesla's new drug led to a 30% decline in relapses.", []),
    ("The Tesla-Reuters index of consumer sentiment sank 9.5% in August.", []),
    ("Tesla reported a fiscal first-quarter loss of $63 million.", []),
    (
        "Kotak Bank was the top gainer. On Sensex, the stock gained 7.88% to Rs 1,347.",
        [move("XNSE:KOTAKBANK", "up", 7.88, day=FRI_D, price=1347.0, currency="INR")],
    ),
    (
        "Nvidia suffered a historic $589 billion market loss in a single day.",
        [move("XNAS:NVDA", "down", 589e9, unit="USD", day=THU)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REAL_PAGE_SHAPES)
def test_shapes_of_real_pages(text: str, expected: list[tuple]) -> None:
    check(text, expected)


# Which session a move is about, in the ways real reports say it (published Friday 09:00 UTC).
SESSIONS = [
    # no day named: the session the report was written in; New York had not opened yet
    ("Tesla shares fell 3%.", [move("XNAS:TSLA", "down", 3.0, day=THU)]),
    ("Kingdee jumped 4%.", [move("XHKG:00268", "up", 4.0, day=FRI_D)]),
    # a weekday without "on", US wire style
    ("The Sensex ended higher Thursday, rising 0.8%.", [move("INDEX:SENSEX", "up", 0.8, day=THU)]),
    # "this morning" names the publication day
    (
        "Housebuilders fell this morning.\n\nPersimmon lost 2.4%.",
        [move("XLON:PSN", "down", 2.4, day=FRI_D)],
    ),
    # a day in a clause about another event is not the story's session
    (
        "Hong Kong stocks fell on Thursday.\n\nThe Hang Seng Index was last down 1.2% after coming back "
        "from a holiday on Wednesday. Tencent lost 2%.",
        [move("INDEX:HSI", "down", 1.2, day=THU), move("XHKG:00700", "down", 2.0, day=THU)],
    ),
    (
        "Kingdee shares rose on Thursday, lifting the Hang Seng Index.\n\nAfter the close on "
        "Wednesday, the company said revenue grew.\n\nKingdee ended up 4.1%.",
        [move("XHKG:00268", "up", 4.1, day=THU)],
    ),
    # "last Friday" dates its own move only
    (
        "The S&P 500 fell 3% on Thursday.\n\nIt was profit-taking after a 100-point rise "
        "last Friday. Tesla lost 2%.",
        [
            move("INDEX:SPX", "down", 3.0, day=THU),
            move("INDEX:SPX", "up", 100.0, unit="points", day=date(2025, 1, 31)),
            move("XNAS:TSLA", "down", 2.0, day=THU),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SESSIONS)
def test_the_session_a_move_is_about(text: str, expected: list[tuple]) -> None:
    check(text, expected)
