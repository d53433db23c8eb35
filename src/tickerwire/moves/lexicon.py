"""Reviewed word tables for price moves: what counts as a direction, a hedge, a record, a window.

Kept as plain data so a reviewer can read and amend them without touching the grammar in
``find.py``. Every entry is lower case; inflections are listed explicitly (a table is easier
to review than a stemmer, and no stemmer knows "shed" or "slid").
"""

from __future__ import annotations


def _words(block: str) -> tuple[str, ...]:
    """A whitespace-separated word list (easier to review than one quoted word per line)."""
    return tuple(block.split())


# Verbs (all the forms news uses) that report a price change, by direction.
UP_VERBS: tuple[str, ...] = _words(
    """
jump jumps jumped jumping surge surges surged surging soar soars soared soaring rally rallies
rallied rallying climb climbs climbed climbing advance advances advanced advancing add adds
added adding rise rises rose risen rising gain gains gained gaining rebound rebounds rebounded
rebounding spike spikes spiked spiking leap leaps leapt leaped leaping skyrocket skyrockets
skyrocketed skyrocketing rocket rockets rocketed rocketing increase increases increased
increasing firm firms firmed firming edge edged edging pop pops popped popping shoot shoots
shot shooting zoom zoomed zooming recover recovers recovered recovering bounce bounces bounced
bouncing recoup recoups recouped recouping regain regains regained regaining appreciate
appreciates appreciated
"""
)

DOWN_VERBS: tuple[str, ...] = _words(
    """
fall falls fell fallen falling slide slides slid sliding drop drops dropped dropping sink sinks
sank sunk sinking tumble tumbles tumbled tumbling plunge plunges plunged plunging lose loses
lost losing shed sheds shedding erase erases erased erasing tank tanks tanked tanking slump
slumps slumped slumping decline declines declined declining dip dips dipped dipping slip slips
slipped slipping retreat retreats retreated retreating crash crashes crashed crashing plummet
plummets plummeted plummeting wipe wipes wiped wiping decrease decreases decreased decreasing
ease eases eased easing skid skidded nosedive nosedived crater cratered weaken weakened
weakening sag sagged shrink shrank shrunk shrinking depreciate depreciates depreciated
pulled
"""
)

# Words that carry the direction without a verb: "up 3%", "3% higher", "down 2%".
UP_ADVERBS: tuple[str, ...] = ("up", "higher", "firmer", "dearer", "plus", "ahead")
DOWN_ADVERBS: tuple[str, ...] = ("down", "lower", "off", "cheaper", "weaker", "softer", "minus")

# Verbs whose direction comes from the adverb that follows ("ended 2% higher", "closed up 3%").
NEUTRAL_VERBS: tuple[str, ...] = _words(
    """
close closed closing end ended ending finish finished finishing settle settled settling trade
traded trading open opened opening stand stood stands remain remains remained were was is are
be been being
"""
)

# Nouns that report a change: "a 25% surge", "gains of 4%", "a $589 billion market loss".
UP_NOUNS: tuple[str, ...] = _words(
    """
surge surges jump jumps gain gains rise rises rally rallies climb climbs advance advances
increase increases rebound rebounds spike spikes leap leaps jump upswing upturn uptick
boom appreciation
"""
)

DOWN_NOUNS: tuple[str, ...] = _words(
    """
drop drops fall falls decline declines loss losses slump slumps plunge plunges tumble tumbles
slide slides selloff sell-off sell-offs rout drawdown dip dips decrease decreases crash
downturn wipeout
"""
)

FLAT_WORDS: tuple[str, ...] = ("flat", "unchanged", "steady", "little changed", "flatlined")

# Hedges between the direction word and the number, longest first.
QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("as much as", "as_much_as"),
    ("as high as", "as_much_as"),
    ("as low as", "as_much_as"),
    ("up to", "as_much_as"),
    ("by as much as", "as_much_as"),
    ("in excess of", "more_than"),
    ("more than", "more_than"),
    ("upwards of", "more_than"),
    ("just over", "more_than"),
    ("well over", "more_than"),
    ("over", "more_than"),
    ("above", "more_than"),
    ("north of", "more_than"),
    ("at least", "at_least"),
    ("no less than", "at_least"),
    ("less than", "less_than"),
    ("just under", "less_than"),
    ("under", "less_than"),
    ("below", "less_than"),
    ("shy of", "less_than"),
    ("close to", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("about", "about"),
    ("around", "about"),
    ("roughly", "about"),
    ("approximately", "about"),
    ("some", "about"),
    ("an estimated", "about"),
    ("near", "about"),
)

# Words allowed between a direction word and its number, besides qualifiers.
GAP_WORDS: tuple[str, ...] = (
    "by",
    "the most",  # "rallied the most, over 4% each"
    "the least",
    "back",  # "pulled back 6.9%"
    "between",  # "rose between 2.1% and 5.2%": a range, two moves
    "of",
    "to",
    "only",
    "just",
    "another",
    "a further",
    "an additional",
    "a",
    "an",
    "a combined",
    "a total of",
    "a hefty",
    "a whopping",
    "a staggering",
    "a massive",
    "a sharp",
    "a steep",
    "a modest",
    "a historic",
    "a record",
    "a further",
    "further",
    "sharply",
    "strongly",
    "steeply",
    "the",
    "total",
    "overall",
    "cumulative",
    "cumulatively",
    "much",
    "out",
    "off",
    "away",
    "daily",
    "limit",
    "maximum",
    "allowed",
    "permitted",
)

# Adjectives allowed between a number and its change noun ("a 3% intraday drop").
NOUN_MODIFIERS: tuple[str, ...] = (
    "intraday",
    "daily",
    "weekly",
    "monthly",
    "single-day",
    "one-day",
    "overnight",
    "share",
    "stock",
    "price",
    "market",
    "market-value",
    "market value",
    "valuation",
    "sharp",
    "steep",
    "historic",
    "record",
    "cumulative",
    "combined",
    "annual",
    "year-to-date",
    "week-long",
)

# "in market value", "of market capitalisation": the money amount is a change in value.
MARKET_VALUE_WORDS: tuple[str, ...] = (
    "market value",
    "market capitalisation",
    "market capitalization",
    "market cap",
    "market loss",
    "market-value",
    "in value",
    "valuation",
    "shareholder value",
    "stock market value",
    "m-cap",
    "mcap",
    "market valuation",
)

# Record words, and those that look like records but are not (52-week, multi-year, 2024 high).
RECORD_HIGH: tuple[str, ...] = (
    "record high",
    "all-time high",
    "all time high",
    "highest level ever",
    "highest ever",
    "highest close ever",
    "highest closing ever",
    "highest closing level ever",
    "record-high",
    "record-breaking high",
    "highest on record",
    "highest close on record",
    "highest level on record",
    "record close",
    "record closing high",
    "fresh record",
    "new record high",
    "to a record",
    "at a record",
    "hit a record",
    "hits a record",
    "hitting a record",
    "lifetime high",
    "historic high",
    "peak ever",
)
RECORD_LOW: tuple[str, ...] = (
    "record low",
    "all-time low",
    "all time low",
    "lowest level ever",
    "lowest ever",
    "lowest on record",
    "record closing low",
    "lifetime low",
    "historic low",
)
RECORD_NEGATORS: tuple[str, ...] = (
    "far from",
    "short of",
    "shy of",
    "below its",
    "below the",
    "closing in on",
    "approaching",
    "off its",
    "off the",
    "away from",
    "below a",
    "nearing",
)

# Nouns that mean the number belongs to something other than a price: revenue rose 10%.
NON_PRICE_SUBJECTS: tuple[str, ...] = _words(
    """
revenue revenues sales profit profits earnings income ebitda margin margins output exports
imports inflation gdp growth yield yields volume volumes turnover demand orders shipments
deliveries tariff tariffs cost costs salary salaries wages price-target target forecast users
subscribers token tokens use usage spending capex investment investments debt loss-making
dividend dividends bookings traffic production sales-volume pmi cpi ppi unemployment rate rates
bond bonds treasury treasuries yuan renminbi dollar euro yen won rupee ringgit gold oil crude
brent copper bitcoin silver iron ore prices premiums premium inflows outflows flows payout eps
units deposits loans lending stake stakes weighting weight holding holdings market-share
ebit npat outlook guidance futures contracts consumer confidence survey
"""
)

# Phrases with the same effect: "its share of the market rose 2 percentage points".
NON_PRICE_PHRASES: tuple[str, ...] = (
    "share of",
    "market share",
    "shares outstanding",
    "free float",
    "short interest",
    "trading volume",
    "net asset value",
    "net income",
    "operating income",
    "year-over-year change",
)

# Nouns that put the number on the share price of the subject: "its shares", "the stock".
PRICE_NOUNS: tuple[str, ...] = (
    "shares",
    "stock",
    "stocks",
    "share price",
    "stock price",
    "adrs",
    "adr",
    "ads",
    "depositary receipts",
)

# A name right after one of these is the object of a preposition, not the clause subject
# ("the top gainer on the Hang Seng, rising 8%") ...
PREPOSITIONS: tuple[str, ...] = _words(
    """
on in among across of from against than versus vs vs. over at to into for by about like
including behind below above outpacing outperforming underperforming beating
outside beyond besides unlike
"""
)
# ... unless a price noun owns it ("shares of Tencent", "stock in Rio Tinto").
OWNER_NOUNS: tuple[str, ...] = _words(
    "shares share stock stocks adrs units price prices value valuation those that"
)

# Phrases that refer back to an earlier subject.
COREF_SECURITY: tuple[str, ...] = (
    "the former",  # of a pair just named: either kind (see moves.find)
    "the latter",
    "its shares",
    "its stock",
    "its share price",
    "its stock price",
    "the shares",
    "the stock",
    "the company",
    "the firm",
    "the group",
    "the company's shares",
    "the company's stock",
    "the firm's shares",
    "the share price",
    "the stock price",
    "the chipmaker",
    "the carmaker",
    "the automaker",
    "the lender",
    "the bank",
    "the insurer",
    "the retailer",
    "the developer",
    "its",
    "it",
    "they",
    "shares",
    "their shares",
    "the adrs",
    "its adrs",
    "its american depositary receipts",
    "its american depositary shares",
    "the h-shares",
    "its h-shares",
    "the a-shares",
    "its a-shares",
)
COREF_INDEX: tuple[str, ...] = (
    "the index",
    "the benchmark",
    "the benchmark index",
    "the gauge",
    "the broader index",
    "the broader market",
    "the measure",
    "the tech index",
    "the composite",
)

# "the <modifiers> <head>" refers back too: "the e-commerce giant", "the blue-chip index".
COMPANY_HEADS: tuple[str, ...] = _words(
    """
giant giants maker company firm operator developer producer lender insurer carmaker automaker
chipmaker retailer platform conglomerate manufacturer supplier provider champion heavyweight
titan bellwether startup start-up foundry brewer miner airline carrier drugmaker biotech
automaker utility explorer
"""
)
INDEX_HEADS: tuple[str, ...] = _words("index gauge benchmark measure composite average")
# Modifiers in "the broader index" that do not name which index is meant.
INDEX_COREF_PLAIN: tuple[str, ...] = _words("broader benchmark main wider key overall")

# Capitalised words that describe rather than name ("the Chinese benchmark").
NATIONALITIES: tuple[str, ...] = _words(
    """
chinese japanese korean indian american us u.s u.s. european german french british uk u.k
hong kong hong-kong taiwanese australian canadian asian mainland global world's
"""
)

# Head nouns of named baskets ("Chinese tech stocks", "chip stocks", "US AI-related shares").
GROUP_HEADS: tuple[str, ...] = (
    "stocks",
    "shares",
    "equities",
    "names",
    "counters",
    "chipmakers",
    "automakers",
    "carmakers",
    "developers",
    "lenders",
    "banks",
    "insurers",
    "miners",
    "makers",
    "sector",
)
# Words that cannot start a basket name (they make "its shares" or "the stock" a reference).
GROUP_STOP: tuple[str, ...] = (
    "the",
    "whose",
    "its",
    "their",
    "his",
    "her",
    "of",
    "in",
    "and",
    "or",
    "as",
    "with",
    "while",
    "for",
    "to",
    "that",
    "which",
    "those",
    "these",
    "other",
    "such",
    "some",
    "many",
    "most",
    "all",
    "both",
    "a",
    "an",
    "were",
    "was",
    "are",
    "company",
    "listed",
    "bought",
    "sold",
    "buy",
    "sell",
    "buying",
    "selling",
    "own",
    "owns",
    "hold",
    "holds",
    "new",
    "more",
    "fewer",
    "issued",
    "million",
    "billion",
    "trillion",
    "worth",
    "by",
    "at",
    "on",
    "from",
    "than",
    "said",
    "says",
    # verbs that act on shares: "merger plan sends shares soaring", "valued its shares at"
    "sends",
    "sent",
    "send",
    "valued",
    "values",
    "pushed",
    "pushes",
    "lifted",
    "lifts",
    "drove",
    "drives",
    "knocked",
    "hit",
    "hits",
    "is",
    "has",
    "had",
    "have",
    "common",
    "preferred",
    "preference",
    "ordinary",
    "voting",
    "class",
)

# Words before a verb that make it a forecast, not a reported move.
FORECAST_CUES: tuple[str, ...] = (
    "could",
    "may",
    "might",
    "would",
    "will",
    "should",
    "expected to",
    "expect",
    "expects",
    "expecting",
    "estimate",
    "estimates",
    "sees",
    "see",
    "seen",
    "forecast",
    "forecasts",
    "predicted",
    "predicts",
    "projected",
    "target",
    "upside",
    "potential",
    "set to",
    "likely to",
    "poised to",
    "aims to",
    "plans to",
    "if",
)

# Windows: pattern words after the move, normalised to the window label.
WINDOW_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"(?:in|over|during) the (?:past|last) (?:month|30 days)", "past month"),
    (r"(?:in|over|during) the (?:past|last) (?:week|five sessions|5 sessions)", "past week"),
    (r"(?:in|over|during) the (?:past|last) (?:year|12 months)", "past year"),
    (r"(?:in|over|during) the (?:past|last) (?:three|3) months", "past 3 months"),
    (r"(?:in|over) the same period", "same period"),
    (r"(?:in|over|from|during) the previous (week|month|session|day)", "PREVIOUS"),
    (
        r"(?:so far )?this year|year[- ]to[- ]date|since the start of the year|\bytd\b",
        "year to date",
    ),
    (
        r"so far this (?:week|month)|this week|this month|for the week|for the month|last week|last month",
        "WEEKMONTH",
    ),
    (
        r"since (?:its |their |the )?(\w+)(?: record| all-time)? (low|high|lows|highs|trough|peak)",
        "SINCE",
    ),
    (
        r"from (?:its |their |the )?(\w+)(?: record| all-time)? (low|high|lows|highs|trough|peak)",
        "SINCE",
    ),
    (r"since (?:the )?(?:start|beginning|end) of (\w+)", "SINCESTART"),
    (
        r"in (?:just |only )?(\w+)(?: straight| consecutive)? (?:trading )?(sessions|days|weeks|months)",
        "N",
    ),
    (
        r"over (?:just |only )?(\w+)(?: straight| consecutive)? (?:trading )?(sessions|days|weeks|months)",
        "N",
    ),
    (r"in a single (?:day|session)|in one (?:day|session)|for the day|on the day", "day"),
    (r"(?:in|during|over|for) (?:all of |the whole of )?((?:19|20)\d\d)\b", "YEAR"),
    (r"last year|over the past year|in the past year", "past year"),
    (r"(?:in|during|for) the (first|second|third|fourth|last|latest) quarter", "QUARTER"),
    (r"since (?:the )?(?:launch|debut|listing|ipo)", "since listing"),
    (
        r"since (?:january|february|march|april|may|june|july|august|september|october|november|december)",
        "SINCEMONTH",
    ),
)

# Day words: single-session phrases that name the trading day. The last group is the session
# before the one the sentence is about ("rose 3% on Wednesday after falling 2% a day
# earlier"); "from the previous session" measures a change, it names no day.
DAY_PATTERN = (
    r"\b(?:on\s+|last\s+|this\s+past\s+)?"
    r"(monday|tuesday|wednesday|thursday|friday)(?:'s|’s)?\b"
    r"|\b(today|yesterday|overnight)(?:'s|’s)?\b"
    r"|(?<!from )(?<!than )(?<!over )\b(a (?:day|session) (?:earlier|before)|the (?:day|session) before"
    r"|the previous (?:day|session|trading day)|the prior (?:day|session))\b"
)
DAY_BEFORE = "day before"  # what ``day_phrase`` calls every phrase of the last group

# Phrases in the move's sentence that say it is the publication day's session.
SAME_DAY_CUES: tuple[str, ...] = (
    "as of",
    "in early trade",
    "in early trading",
    "in morning trade",
    "in afternoon trade",
    "in late trade",
    "in midday trade",
    "at midday",
    "at the close",
    "at the open",
    "by the lunch break",
    "midday break",
    "lunch break",
    "by midday",
    "by lunch",
    "at the lunch break",
    "in intraday trading",
    "this morning",
    "this afternoon",
    "today",
)

# Measures for figures: a keyword near the number names what it measures.
FIGURE_MEASURES: tuple[tuple[str, str], ...] = (
    ("tariff", "tariff"),
    ("duty", "tariff"),
    ("duties", "tariff"),
    ("salar", "salary"),
    ("earnings", "earnings"),
    ("earn", "salary"),
    ("annually", "salary"),
    ("pay", "pay"),
    ("wage", "salary"),
    ("training cost", "training cost"),
    ("to train", "training cost"),
    ("train", "training cost"),
    ("cost", "cost"),
    ("turnover", "turnover"),
    ("token", "token use"),
    ("revenue", "revenue"),
    ("sales", "sales"),
    ("profit", "profit"),
    ("income", "income"),
    ("valuation", "valuation"),
    ("valued", "valuation"),
    ("market value", "market value"),
    ("market cap", "market value"),
    ("stake", "stake"),
    ("dividend", "dividend"),
    ("target", "price target"),
    ("yield", "yield"),
    ("inflation", "inflation"),
    ("gdp", "growth"),
    ("growth", "growth"),
    ("invest", "investment"),
    ("spend", "spending"),
    ("capex", "spending"),
    ("fund", "funding"),
    ("raise", "fundraising"),
    ("deal", "deal value"),
    ("acqui", "deal value"),
    ("buyback", "buyback"),
    ("loan", "loan"),
    ("debt", "debt"),
    ("job", "jobs"),
    ("listing", "listings"),
    ("employ", "employees"),
    ("user", "users"),
    ("share", "share"),
    ("rate", "rate"),
    ("price", "price"),
)

# A multiplying verb and the multiple of the price it says ("shares have more than tripled"):
# kept as a figure, since the verb gives no number (see find.Finder._multiples).
MULTIPLES: dict[str, float] = {
    "doubled": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "quadrupled": 4.0,
    "halved": 0.5,
}


# Lower-case words after which a bare "shares" still refers back ("and shares rose 5%", "sent
# shares soaring"); after any other ("energy shares", "bank shares") it names a basket.
ANAPHORIC_LEADS: tuple[str, ...] = _words(
    """
shares and rose 5% but while as with the its their his her whose when after before then so
also which that where of company's firm's group's bank's lender's carmaker's chipmaker's
other common ordinary preferred class listed sent sending sends send pushed pushing drove
driving lifted lifting saw sees see seeing left leaving took taking had has have got made
making kept keeping put putting helped helping caused causing knocked dragged dragging
bought sold buying selling held hold flip flipped traded trading
"""
)
