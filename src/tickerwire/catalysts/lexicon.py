"""Causal language, kept as reviewed data tables.

Each table is plain data so that a reviewer can read, extend and argue about it without
reading the matching code in ``find.py``. Cues are matched case-insensitively on word
boundaries; longer cues win over their prefixes ("fuelled by reports that" over "fuelled by").
"""

from __future__ import annotations

# Cues after which the cause follows: "jumped 43%, fuelled by reports that ...".
# Value: strength (3 explicit, 2 good, 1 weak and guarded by a cause-word check).
FORWARD_CUES: dict[str, int] = {
    "driven by": 3,
    "driven largely by": 3,
    "driven mainly by": 3,
    "propelled by": 3,
    "fuelled by": 3,
    "fueled by": 3,
    "fuelled by reports that": 3,
    "fueled by reports that": 3,
    "fuelled by hopes that": 3,
    "fueled by hopes that": 3,
    "spurred by": 3,
    "buoyed by": 3,
    "boosted by": 3,
    "lifted by": 3,
    "powered by": 3,
    "underpinned by": 3,
    "supported by": 2,
    "helped by": 3,
    "aided by": 3,
    "sparked by": 3,
    "triggered by": 3,
    "prompted by": 3,
    "weighed by": 3,
    "weighed down by": 3,
    "dragged by": 3,
    "dragged down by": 3,
    "pressured by": 3,
    "hurt by": 3,
    "hit by": 2,
    "battered by": 3,
    "rattled by": 3,
    "spooked by": 3,
    "thanks to": 3,
    "attributed to": 3,
    "is attributed to": 3,
    "was attributed to": 3,
    "due to": 3,
    "owing to": 3,
    "because of": 3,
    "because": 3,
    "as a result of": 3,
    "in response to": 3,
    "in reaction to": 3,
    "on the back of": 3,
    "benefiting from": 3,
    "benefitting from": 3,
    "suffering from": 3,
    "on hopes that": 3,
    "on hopes of": 3,
    "on hopes for": 3,
    "on expectations that": 3,
    "on expectations of": 3,
    "on optimism that": 3,
    "on optimism over": 3,
    "on optimism about": 3,
    "on bets that": 3,
    "on speculation that": 3,
    "on reports that": 3,
    "on news that": 3,
    "on news of": 3,
    "on concerns that": 3,
    "on concerns over": 3,
    "on concerns about": 3,
    "on fears that": 3,
    "on fears of": 3,
    "on worries that": 3,
    "on worries over": 3,
    "after reports that": 3,
    "after news that": 3,
    "after news of": 3,
    "stems from": 3,
    "stemmed from": 3,
    "can be traced to": 3,
    "as investors": 2,
    "as traders": 2,
    "amid": 2,
    "amidst": 2,
    "following": 2,
    "follows": 2,
    "followed": 1,
    "after": 1,
    "came as": 2,
    "comes as": 2,
    "came after": 2,
    "comes after": 2,
    "since": 1,
    "on": 1,
    "as": 1,
}

# Verbs with the cause before them: "DeepSeek's breakthrough has sparked a 25% surge in ...".
BACKWARD_CUES: tuple[str, ...] = (
    "sparked",
    "sparks",
    "triggered",
    "triggers",
    "fuelled",
    "fueled",
    "fuels",
    "drove",
    "drives",
    "boosted",
    "boosts",
    "lifted",
    "lifts",
    "sent",
    "sends",
    "propelled",
    "propels",
    "spurred",
    "spurs",
    "powered",
    "powers",
    "pushed",
    "pushes",
    "dragged",
    "drags",
    "weighed on",
    "weighs on",
    "knocked",
    "hammered",
    "battered",
    "wiped",
    "erased",
)

# Nouns that make a weak cue ("on", "as", "after") a cause rather than a time or a manner.
CAUSE_WORDS = frozenset(
    ["optimism", "pessimism", "hope", "hopes", "news", "report", "reports", "boom", "push", "concern", "concerns", "fear", "fears", "worry", "worries", "earnings", "results", "profit", "profits", "loss", "losses", "sales", "revenue", "revenues", "data", "demand", "deal", "deals", "bets", "bet", "expectations", "expectation", "speculation", "talk", "talks", "upgrade", "upgrades", "downgrade", "downgrades", "guidance", "outlook", "forecast", "forecasts", "approval", "approvals", "ban", "bans", "tariff", "tariffs", "sanctions", "sanction", "policy", "policies", "stimulus", "rate", "rates", "cut", "cuts", "hike", "hikes", "merger", "mergers", "acquisition", "takeover", "bid", "buyback", "buybacks", "dividend", "dividends", "order", "orders", "contract", "contracts", "launch", "launched", "launches", "breakthrough", "breakthroughs", "enthusiasm", "rally", "selloff", "sell-off", "weakness", "strength", "momentum", "interest", "inflows", "outflows", "uncertainty", "tension", "tensions", "probe", "investigation", "lawsuit", "ruling", "rumours", "rumors", "plan", "plans", "announcement", "announced", "unveiled", "partnership", "agreement", "approval", "listing", "debut", "ipo", "spin-off", "spinoff", "restructuring", "recall", "warning", "warned", "shortfall", "miss", "beat", "beats", "surge", "slump", "crisis", "war", "conflict", "election", "subsidy", "subsidies", "support", "measures", "reform", "reforms", "easing", "tightening", "inflation", "recession", "growth", "slowdown", "recovery", "rebound", "innovation", "innovations", "advancements", "advancement", "success", "achievements", "development", "developments", "adoption", "localization", "localisation", "independence", "model", "models", "chip", "chips", "ai", "deepfake", "bubble", "valuations", "valuation", "supply", "shortage", "shortages", "glut", "prices", "price", "demand", "emergence", "rise", "fame", "decision", "decisions", "statement", "comments", "remarks", "testimony", "figures", "numbers", "estimates", "target", "targets", "rating", "ratings", "stake", "stakes", "investment", "investments", "spending", "capex", "confidence", "sentiment", "appetite", "risk", "risks", "fallout"]
)

# Words after a weak cue that show it is a time, place or quantity, not a cause.
NOT_CAUSE_AFTER = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "weekend", "morning", "afternoon", "evening", "track", "pace", "course", "average", "record", "paper", "top", "hold", "board"]
)

# Phrases in which "as" is not causal.
AS_NOT_CAUSAL = (
    "as much as",
    "as high as",
    "as low as",
    "as many as",
    "as few as",
    "as little as",
    "as well as",
    "such as",
    "as of",
    "as reported",
    "as expected",
    "as part of",
    "as long as",
    "as soon as",
    "as far as",
    "as compared",
    "as a whole",
    "as a result",
    "as one of",
    "as it",
    "as the biggest",
    "as the largest",
    "as the top",
    "as the best",
    "as the worst",
    "the same as",
    "as big as",
    "as good as",
    "as recently as",
    "as early as",
    "as late as",
    "as measured",
    "as seen",
    "known as",
    "so as",
)

# Where a cause stops: the next clause is no longer the reason.
CAUSE_STOPS = (
    r",\s+(?:while|whereas|but|which|bringing|extending|reflecting|according to|as reported|"
    r"said|says|the (?:company|firm|bank|exchange) said|analysts said|taking|lifting|pushing|"
    r"sending|making|leaving|before|after which|with (?:the|its) (?:stock|shares|index))\b",
    r";",
    r"\s[—–]\s",
    r"\s+--\s+",
    r",\s+as reported",
)

# Nouns that name the move itself, opening an explanation in the next sentence:
# "The surge follows ...", "The rally was part of ..., driven by ...".
MOVE_NOUNS = (
    "rally",
    "rallies",
    "surge",
    "gain",
    "gains",
    "jump",
    "rise",
    "advance",
    "rebound",
    "climb",
    "spike",
    "move",
    "moves",
    "decline",
    "declines",
    "drop",
    "fall",
    "slump",
    "selloff",
    "sell-off",
    "losses",
    "slide",
    "plunge",
    "rout",
    "tumble",
    "uptick",
    "upswing",
    "outperformance",
    "underperformance",
    "increase",
    "upturn",
    "downturn",
    "retreat",
    "run-up",
    "bull run",
    "resurgence",
)

# Anaphoric subjects whose effect on markets sends the reader back a sentence:
# "The news had an immediate effect on global markets."
ANAPHORS = (
    "the news",
    "the announcement",
    "the development",
    "the developments",
    "the report",
    "the decision",
    "the breakthrough",
    "the launch",
    "the move",
    "the revelation",
    "the disclosure",
    "the ruling",
    "the deal",
    "this",
    "that",
)
EFFECT_VERBS = (
    r"had (?:an?|its) (?:\w+ )?(?:effect|impact) on",
    r"has had (?:an?|its) (?:\w+ )?(?:effect|impact) on",
    r"rattled",
    r"roiled",
    r"shook",
    r"spooked",
    r"sent shockwaves",
    r"sent shock waves",
    r"jolted",
    r"rippled through",
    r"reverberated",
    r"weighed on",
    r"hit",
    r"triggered",
    r"sparked",
)

# Words that say which way a sentence moves, for sentences that state a cause without a
# number ("Software companies also jumped on hopes that ...").
UP_WORDS = frozenset(
    ["rose", "rise", "rises", "rising", "jumped", "jump", "jumps", "jumping", "surged", "surge", "surges", "surging", "soared", "soar", "soars", "soaring", "rallied", "rally", "rallies", "rallying", "gained", "gain", "gains", "gaining", "climbed", "climb", "climbs", "climbing", "advanced", "advance", "advancing", "rebounded", "rebound", "spiked", "spike", "bull", "bullish", "uptick", "higher", "record", "boom", "booming", "outperformed"]
)
DOWN_WORDS = frozenset(
    ["fell", "fall", "falls", "falling", "dropped", "drop", "drops", "dropping", "slumped", "slump", "slumps", "tumbled", "tumble", "tumbles", "plunged", "plunge", "plunges", "sank", "sink", "sinks", "slid", "slide", "slides", "declined", "decline", "declines", "declining", "lost", "losses", "tanked", "tank", "crashed", "crash", "selloff", "sell-off", "bear", "bearish", "lower", "retreated", "retreat"]
)
