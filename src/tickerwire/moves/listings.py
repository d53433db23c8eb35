"""Which listing a move belongs to, and the exchange facts a move needs about it.

An article names a company ("SMIC") that may trade in Hong Kong and Shanghai; a market hint
in the sentence ("Shanghai-listed shares", "its Hong Kong stock", "ADRs") says which listing
moved. ``Entities`` wraps the entities stage's output with the look-ups the moves grammar
needs: mentions in text order, the listings of one issuer, an id's exchange and currency.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from tickerwire.model import Entity, Mention
from tickerwire.moves.lexicon import INDEX_COREF_PLAIN
from tickerwire.moves.scan import compile_scan
from tickerwire.reference.exchanges import INDEX_EXCHANGE, MIC_CURRENCY

# Market hints: a phrase that says which listing of a multi-listed company is meant.
MARKET_HINTS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (re.compile(p, re.IGNORECASE), frozenset(mics))
    for p, mics in (
        (
            r"hong[- ]kong[- ]listed|hong[- ]kong(?:-traded)? (?:shares|stock)|\bh[- ]shares|"
            r"in hong[- ]kong",
            ("XHKG",),
        ),
        (
            r"shanghai[- ]listed|\ba[- ]shares|onshore|in shanghai|mainland[- ]listed|star market|"
            r"shanghai (?:shares|stock)",
            ("XSHG", "XSHE"),
        ),
        (r"shenzhen[- ]listed|in shenzhen|shenzhen (?:shares|stock)", ("XSHE",)),
        (
            r"u\.?s\.?[- ]listed|new york[- ]listed|nasdaq[- ]listed|nyse[- ]listed|\badrs?\b|"
            r"american depositary|in new york|wall street|u\.?s\.? (?:shares|stock)|"
            r"new york (?:shares|stock)",
            ("XNAS", "XNYS"),
        ),
        (r"tokyo[- ]listed|in tokyo", ("XTKS",)),
        (r"london[- ]listed|in london", ("XLON",)),
        (r"mumbai|\bnse\b|\bbse\b", ("XNSE", "XBOM")),
        (r"seoul|kosdaq|kospi", ("XKRX",)),
        (r"taipei|taiwan[- ]listed", ("XTAI",)),
    )
)

# All hints in one pattern: most hint texts have none, and one search says so.
_HINTS = "|".join(f"(?:{p.pattern})" for p, _ in MARKET_HINTS)
ANY_MARKET_HINT = compile_scan(_HINTS, re.IGNORECASE)
# The same on lower-cased ASCII text without IGNORECASE, which lets the engine skip each
# alternative on its first letter: twice as fast. Non-ASCII text keeps the exact path.
ANY_MARKET_HINT_LOWER = compile_scan(_HINTS)

# A move of a company's preferred shares ("Samsung Electronics preferred shares rose 2.1%").
PREFERRED_RE = compile_scan(
    r"\b(?:preferred|preference|pref\.?)\s+(?:shares?|stocks?)\b|\bprefs\b", re.IGNORECASE
)

# Exchanges where preferred shares trade on a line of their own whose code follows from the
# common share's: (last character of a common code, last characters a preferred line can
# have, in order). KRX: 005930 Samsung Electronics -> 005935 its preferred line; a second or
# third preferred line ends in 7 or 9 (005380 Hyundai Motor -> 005385/005387/005389).
# Reviewed against the shipped listings (reference/data/listings.tsv.gz).
PREFERRED_CODES: dict[str, tuple[str, tuple[str, ...]]] = {
    "XKRX": ("0", ("5", "7", "9")),
}


class ShareClasses:
    """The separate listing of a company's preferred shares, where one exists.

    ``exists`` says whether an id is a known listing (the security master's ``in``): a move of
    "preferred shares" stays on the main listing when no separate line is listed.
    """

    def __init__(self, exists: Callable[[str], bool]) -> None:
        self.exists = exists

    def preferred(self, entity_id: str) -> str | None:
        mic, _, code = entity_id.partition(":")
        rule = PREFERRED_CODES.get(mic)
        if rule is None or not code.endswith(rule[0]):
            return None
        for last in rule[1]:
            candidate = f"{mic}:{code[: -len(rule[0])]}{last}"
            if self.exists(candidate):
                return candidate
        return None


DOLLAR_CURRENCIES = frozenset({"USD", "HKD", "SGD", "TWD", "AUD", "CAD", "NZD"})


class Entities:
    """Look-ups over the article's entities: listings of one issuer, exchange of an id."""

    def __init__(self, entities: Sequence[Entity], mentions: Sequence[Mention]) -> None:
        self.by_id = {e.id: e for e in entities}
        families: dict[str, set[str]] = {}
        for e in entities:
            if e.kind != "security":
                continue
            key = (e.issuer or e.name or e.id).casefold()
            families.setdefault(key, set()).update((e.id, *e.other_listings))
        self.listings: dict[str, frozenset[str]] = {}
        for ids in families.values():
            for i in ids:
                self.listings[i] = frozenset(ids)
        for e in entities:
            if e.other_listings:
                self.listings[e.id] = self.listings.get(e.id, frozenset()) | {
                    e.id,
                    *e.other_listings,
                }
        rows = []
        for m in mentions:
            if m.kind == "organization" or m.role == "source":
                continue
            entity = self.by_id.get(m.entity_id)
            if entity is not None and (entity.kind == "organization" or entity.role == "source"):
                continue
            rows.append((m.span.start, m.span.end, m.entity_id, m.kind))
        if not mentions:
            for e in entities:
                if e.kind == "organization" or e.role == "source":
                    continue
                rows.extend((s.start, s.end, e.id, e.kind) for s in e.mentions)
        rows.sort()
        self.mentions = rows
        self.starts = [r[0] for r in rows]

    def kind(self, entity_id: str) -> str:
        e = self.by_id.get(entity_id)
        if e is not None:
            return e.kind
        return "index" if entity_id.startswith("INDEX:") else "security"

    def mic(self, entity_id: str) -> str | None:
        if entity_id.startswith("INDEX:"):
            return INDEX_EXCHANGE.get(entity_id[6:])
        prefix = entity_id.split(":", 1)[0]
        if len(prefix) == 4 and prefix.startswith("X"):
            return prefix
        e = self.by_id.get(entity_id)
        if e is not None and e.exchange and len(e.exchange) == 4:
            return e.exchange
        return None

    def currency(self, entity_id: str) -> str | None:
        e = self.by_id.get(entity_id)
        if e is not None and e.currency:
            return e.currency
        mic = self.mic(entity_id)
        return MIC_CURRENCY.get(mic or "")

    def pick_listing(self, entity_id: str, hint_text: str) -> str:
        options = self.listings.get(entity_id)
        if not options or len(options) < 2:
            return entity_id
        if hint_text.isascii():
            if ANY_MARKET_HINT_LOWER.search(hint_text.lower()) is None:
                return entity_id
        elif ANY_MARKET_HINT.search(hint_text) is None:
            return entity_id
        for pattern, mics in MARKET_HINTS:
            if pattern.search(hint_text):
                chosen = [o for o in sorted(options) if o.split(":", 1)[0] in mics]
                if chosen:
                    return entity_id if entity_id in chosen else chosen[0]
        return entity_id

    def in_range(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][1] <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def last_named(self, pos: int, phrase: str) -> tuple[int, int, str, str] | None:
        """The last index before ``pos`` whose name has the phrase's modifier ("the tech index")."""
        words = [w for w in phrase.lower().split()[1:-1] if w not in INDEX_COREF_PLAIN]
        if not words:
            return None
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            row = self.mentions[i]
            e = self.by_id.get(row[2])
            name = (e.name if e is not None else row[2]).lower()
            if row[3] == "index" and all(w in name for w in words):
                return row
            i -= 1
        return None
