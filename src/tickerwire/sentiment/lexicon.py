"""A finance-aware polarity lexicon, kept as reviewed data.

General-purpose lexicons read "a fall in costs" as bad news and "beat" as violence. Here
phrases are scored as a market reader would: costs falling is good, guidance cut is bad,
"lower valuations" is a reason to buy. Phrases are matched before single words, and a
matched phrase hides the words inside it, so "cut guidance" never also counts "cut".

Weights are in [-3, 3]; a negator ("not", "no", "unlikely to") within three words flips a
single word but never a phrase (phrases already carry their own polarity).
"""

from __future__ import annotations

# Phrases as regular expressions (matched case-insensitively, on word boundaries).
PHRASES: dict[str, float] = {
    # costs, prices paid and losses shrinking are good news
    r"(?:fall|drop|decline|cut|cuts|reduction|decrease|savings?) in (?:\w+ )?(?:costs?|expenses|spending|losses|debt|inventor(?:y|ies))": 2.0,
    r"(?:costs?|expenses|losses|debt) (?:fell|dropped|declined|eased|shrank|narrowed|decreased)": 2.0,
    r"(?:lower|reduced|cheaper) (?:costs?|expenses|losses)": 1.5,
    r"narrow(?:ed|er|ing)? (?:its |the )?(?:net )?loss(?:es)?": 1.5,
    r"cost[- ](?:efficient|effective|cutting|savings?)": 1.5,
    r"low[- ]cost": 1.0,
    r"lower valuations?": 1.0,
    r"saving costs": 1.5,
    # results against expectations
    r"(?:beat|beats|beating|topped|tops|exceeded|exceeds|surpassed) (?:\w+ ){0,3}(?:estimates|expectations|forecasts|consensus|views)": 2.5,
    r"(?:missed|misses|missing|fell short of|below) (?:\w+ ){0,3}(?:estimates|expectations|forecasts|consensus|views)": -2.5,
    r"(?:above|better than) (?:\w+ ){0,2}(?:estimates|expectations|forecasts|consensus|expected)": 2.0,
    r"(?:worse than|weaker than) (?:\w+ ){0,2}(?:estimates|expectations|forecasts|expected)": -2.0,
    # guidance, ratings, targets
    r"(?:cut|cuts|cutting|lowered|lowers|lowering|slashed|slashes|trimmed|reduced) (?:its |the |their |full-year |annual )*(?:guidance|outlook|forecasts?|targets?|price targets?|estimates|dividend)": -2.5,
    r"(?:raised|raises|raising|lifted|lifts|boosted|hiked|upped) (?:its |the |their |full-year |annual )*(?:guidance|outlook|forecasts?|targets?|price targets?|estimates|dividend)": 2.5,
    r"profit warning": -2.5,
    r"(?:upgraded?|upgrades|upgrading)": 2.0,
    r"(?:downgraded?|downgrades|downgrading)": -2.0,
    r"(?:overweight|outperform|buy) rating": 2.0,
    r"(?:underweight|underperform|sell) rating": -2.0,
    r"(?:re-rating|rerating) catalyst": 3.0,
    r"well[- ]positioned": 2.5,
    r"positioned to (?:benefit|capitali[sz]e|gain)": 2.5,
    r"(?:expressed|expresses|expressing|urged|urges|sounded) (?:some |more |a note of |great |a degree of )?caution": -3.0,
    r"under(?:estimated|appreciated|valued)": 2.0,
    r"over(?:valued|bought|stretched|heated)": -2.0,
    r"hard to ignore": 2.0,
    r"strong signal": 1.5,
    r"growth potential": 1.5,
    r"record (?:high|profit|revenue|sales|earnings)": 2.0,
    r"(?:all-time|multi-year) high": 1.5,
    r"(?:all-time|multi-year|record) low": -1.5,
    r"(?:market|investor) (?:loss|rout|selloff|sell-off)": -2.0,
    r"market loss": -2.0,
    r"wiped (?:out|off)": -2.0,
    r"bull (?:market|territory|run)": 2.0,
    r"bear (?:market|territory)": -2.0,
    r"(?:rate|interest rate) cuts?": 1.0,
    r"(?:job|jobs) cuts?": -1.0,
    r"layoffs?": -1.0,
    r"share buy-?backs?|buy-?back": 1.5,
    r"(?:security|regulatory|antitrust) (?:concerns?|risks?|probe|scrutiny)": -2.0,
    r"(?:banned|bans|ban) ": -1.5,
    r"(?:short|sell) (?:seller|selling)": -1.0,
    r"price war": -2.0,
    r"shrug(?:ged)? off": 1.5,
    r"(?:driving|drive|drives|boost|boosting|boosts|fuel|fuels|fuelling) (?:\w+ )?(?:earnings|profit|revenue|sales|business) growth": 2.0,
    r"questioning the extent": -2.0,
    r"(?:no|little|limited) (?:upside|benefit|impact)": -1.5,
    r"ripple effect": 0.0,
    r"less computing power": 0.5,
}

# Single words (lowercased). Stems are not applied: list the forms that occur in news.
WORDS: dict[str, float] = {
    # positive
    "surge": 2, "surged": 2, "surges": 2, "surging": 2, "soar": 2, "soared": 2, "soars": 2,
    "soaring": 2, "jump": 1.5, "jumped": 1.5, "jumps": 1.5, "rally": 1.5, "rallied": 1.5,
    "rallies": 1.5, "gain": 1, "gained": 1, "gains": 1, "rise": 1, "rose": 1, "rises": 1,
    "rising": 1, "climbed": 1, "climb": 1, "advanced": 1, "advancing": 1, "rebound": 1.5,
    "rebounded": 1.5, "recovery": 1, "recovered": 1, "higher": 0.5, "up": 0.3,
    "outperformed": 1.5, "outperform": 1.5, "beat": 1.5, "beats": 1.5, "profit": 0.5,
    "profitable": 1, "growth": 1, "grew": 1, "growing": 0.5, "expansion": 0.5, "expanding": 0.5,
    "strong": 1, "stronger": 1, "strength": 1, "robust": 1.5, "solid": 1, "record": 0.5,
    "optimism": 2, "optimistic": 2, "bullish": 2, "upbeat": 1.5, "confidence": 1,
    "confident": 1.5, "enthusiasm": 1.5, "boost": 1.5, "boosted": 1.5, "boosting": 1.5,
    "boosts": 1.5, "bolstering": 1.5, "bolstered": 1.5, "benefit": 1.5, "benefits": 1.5,
    "benefiting": 1.5, "benefitting": 1.5, "beneficiary": 1.5, "tailwind": 1.5,
    "tailwinds": 1.5, "upside": 1.5, "opportunity": 1, "opportunities": 1, "attractive": 1.5,
    "undervalued": 2, "cheap": 0.5, "breakthrough": 1.5, "breakthroughs": 1.5, "success": 1.5,
    "successful": 1.5, "innovation": 0.5, "advancements": 0.5, "achievements": 1,
    "excelled": 1.5, "excel": 1, "effective": 1, "efficient": 1, "resilience": 1.5,
    "resilient": 1.5, "improve": 1, "improved": 1, "improving": 1, "improvement": 1,
    "accelerate": 1, "accelerating": 0.5, "support": 0.5, "supportive": 1, "positive": 1.5,
    "favorable": 1.5, "favourable": 1.5, "welcome": 1, "capitalize": 1.5, "capitalise": 1.5,
    "dawn": 1, "revived": 1, "renewed": 0.5, "win": 1, "won": 1, "wins": 1, "approval": 1,
    "approved": 1, "record-breaking": 1.5, "top": 0.3, "leading": 0.5, "lead": 0.3,
    "highest": 1, "bull": 1.5, "rerating": 2, "re-rating": 2, "dividend": 0.5,
    "partnership": 0.5, "deal": 0.3, "upgrade": 2, "outpacing": 0.5, "surpassed": 1,
    "momentum": 1, "rewarded": 1, "inflows": 1, "attention": 0.3, "stunned": 0.5,
    "excitement": 1.5, "hopes": 1, "hope": 0.5, "overweight": 1.5, "buy": 0.5,
    # negative
    "fell": -1, "fall": -1, "falls": -1, "falling": -1, "dropped": -1, "drop": -1, "drops": -1,
    "declined": -1, "decline": -1, "declines": -1, "declining": -1, "slid": -1, "slide": -1,
    "slump": -2, "slumped": -2, "slumps": -2, "tumbled": -2, "tumble": -2, "plunged": -2.5,
    "plunge": -2.5, "plunges": -2.5, "sank": -2, "sink": -1.5, "tanked": -2.5, "crashed": -2.5,
    "crash": -2.5, "lower": -0.5, "down": -0.3, "losses": -1.5, "loss": -1.5, "lost": -1,
    "weak": -1.5, "weaker": -1.5, "weakness": -1.5, "sluggish": -1.5, "slowdown": -1.5,
    "slowing": -1, "slower": -1, "miss": -1.5, "missed": -1.5, "warning": -1.5, "warned": -1.5,
    "warns": -1.5, "caution": -2, "cautious": -1.5, "concern": -1.5, "concerns": -1.5,
    "worries": -1.5, "worry": -1.5, "worried": -1.5, "fears": -1.5, "fear": -1.5, "risk": -1,
    "risks": -1, "risky": -1, "uncertainty": -1.5, "uncertain": -1, "volatile": -1,
    "volatility": -1, "headwind": -1.5, "headwinds": -1.5, "pressure": -1, "pressures": -1,
    "pressured": -1.5, "challenge": -1, "challenges": -1, "challenging": -1, "threat": -1.5,
    "threats": -1.5, "threatens": -1.5, "downgrade": -2, "bearish": -2, "pessimistic": -2,
    "pessimism": -2, "overvalued": -2, "stretched": -1, "downside": -1.5, "doubt": -1.5,
    "doubts": -1.5, "skeptical": -1.5, "sceptical": -1.5, "questioning": -1.5,
    "disappointing": -2, "disappointed": -2, "disappointment": -2, "hurt": -1.5, "hurts": -1.5,
    "drag": -1, "dragged": -1.5, "scrutiny": -1, "probe": -1.5, "investigation": -1.5,
    "lawsuit": -1.5, "sued": -1.5, "fine": -0.5, "fined": -1.5, "penalty": -1.5, "ban": -1.5,
    "banned": -1.5, "sanctions": -1.5, "tariff": -1, "tariffs": -1, "restrictions": -1,
    "curbs": -1, "deflationary": -1, "struggled": -1.5, "struggling": -1.5, "struggle": -1.5,
    "selloff": -2, "sell-off": -2, "rout": -2, "bubble": -1.5, "bankruptcy": -3,
    "default": -2.5, "defaulted": -2.5, "layoffs": -1.5, "recall": -1.5, "shortfall": -1.5,
    "delay": -1, "delayed": -1, "suspended": -1.5, "halted": -1.5, "downturn": -1.5,
    "recession": -2, "crisis": -2, "underperform": -1.5, "underperformed": -1.5,
    "underweight": -1.5, "sell": -0.5, "cut": -0.5, "cuts": -0.5, "slashed": -1.5,
    "shock": -1, "shocked": -1, "fallout": -1.5, "turmoil": -2, "collapse": -2.5,
    "collapsed": -2.5, "bleak": -2, "gloomy": -2, "dim": -1, "hit": -0.5,
    "imposition": -0.5, "lawmakers": -0.3, "outflows": -1,
}

NEGATORS = frozenset({"not", "no", "never", "without", "hardly", "unlikely", "barely", "nor"})
