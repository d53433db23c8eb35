"""Quotes and views: one table per attribution construction, plus stance and fact filters."""

from __future__ import annotations

import pytest

from tickerwire.model import Article, ArticleRecord, Mention, Span
from tickerwire.quotes import build_step
from tickerwire.quotes.find import find_quotes


def views(text: str, mentions=()):
    return [q for q in find_quotes(text, 0, mentions) if not q.unnamed]


# (text, speaker, organization, stance)
NAMED = [
    (
        "It marks a serious challenge to AI development long dominated by Western firms, Dilin Wu, a research strategist at brokerage Pepperstone said. "
        '"This shift is proving the resilience of China\'s tech sector. Lower valuations and higher growth potential are becoming increasingly hard to ignore," said Wu.',
        "Dilin Wu",
        "Pepperstone",
        "positive",
    ),
    (
        "However, Daiwa analyst Rick Hsu expressed some caution, questioning the extent to which order reallocation will directly benefit SMIC's business.",
        "Rick Hsu",
        "Daiwa",
        "negative",
    ),
    (
        "Bush Chu, an investment manager for Chinese equities at Abrdn, pointed out that China has excelled at mass adoption of new technologies.",
        "Bush Chu",
        "Abrdn",
        "positive",
    ),
    (
        '"We expect demand for AI servers to stay strong through next year," said Jane Smith, an analyst at Morningstar.',
        "Jane Smith",
        "Morningstar",
        "positive",
    ),
    (
        '"The valuation looks stretched after such a rally and we see downside risks," said Mark Tinker, managing partner at ToscaFund Hong Kong.',
        "Mark Tinker",
        "ToscaFund Hong Kong",
        "negative",
    ),
    (
        "Kenji Abe, chief strategist at Daiwa Securities, said the Nikkei could rise further as corporate earnings improve.",
        "Kenji Abe",
        "Daiwa Securities",
        "positive",
    ),
    (
        "BofA Securities strategist Michael Hartnett warned that the equity rally looked overstretched and vulnerable to a correction.",
        "Michael Hartnett",
        "BofA Securities",
        "negative",
    ),
    (
        '"Investors remain too pessimistic on China," Hong Hao, chief economist at Grow Investment Group, told Reuters.',
        "Hong Hao",
        "Grow Investment Group",
        "positive",
    ),
    (
        "Vey-Sern Ling, managing director at Union Bancaire Privee, said the selloff was overdone and called it a buying opportunity.",
        "Vey-Sern Ling",
        "Union Bancaire Privee",
        "positive",
    ),
    (
        "Infosys could struggle to grow this year as clients cut technology budgets, said Rahul Jain, an analyst at Nuvama Wealth.",
        "Rahul Jain",
        "Nuvama Wealth",
        "negative",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "organization", "stance"), NAMED)
def test_named_speakers(text, speaker, organization, stance):
    found = views(text)
    assert [(q.speaker, q.organization, q.stance) for q in found] == [
        (speaker, organization, stance)
    ]
    assert found[0].stance_cues
    assert found[0].evidence.start >= 0 and found[0].evidence.end <= len(text)


# Institutions speaking without a person: (text, organization, stance)
INSTITUTIONS = [
    (
        '"The global attention on DeepSeek can spur investors to reassess China\'s innovation capacity, and which in our view could be a rerating catalyst for the Chinese equity market this year," HSBC analysts said in a report.',
        "HSBC",
        "positive",
    ),
    (
        "Analysts at Citi echoed this sentiment, noting that investors may have underestimated the AI potential of China's internet giants.",
        "Citi",
        "positive",
    ),
    (
        "Citi said it sees the Chinese AI startup's cost-efficient model benefiting hardware companies too.",
        "Citi",
        "positive",
    ),
    (
        "As China's largest foundry, SMIC is well-positioned to capitalize on this localization trend, according to DBS.",
        "DBS",
        "positive",
    ),
    (
        'In another note, HSBC called the DeepSeek breakthrough the "dawn of universal AI adoption."',
        "HSBC",
        "positive",
    ),
    (
        "Morgan Stanley downgraded Samsung Electronics to underweight, citing a looming glut in memory chips.",
        "Morgan Stanley",
        "negative",
    ),
    (
        "Goldman Sachs raised its price target on Tencent to HK$520, citing stronger gaming revenue.",
        "Goldman Sachs",
        "positive",
    ),
    (
        "Moody's cut its outlook on China's sovereign credit rating to negative from stable.",
        "Moody's",
        "negative",
    ),
    (
        "According to Jefferies, the stock trades at an attractive valuation after the correction.",
        "Jefferies",
        "positive",
    ),
    (
        "Nomura economists said they expect the Bank of Japan to hold rates steady in March.",
        "Nomura",
        "neutral",
    ),
]


@pytest.mark.parametrize(("text", "organization", "stance"), INSTITUTIONS)
def test_institutions(text, organization, stance):
    found = views(text)
    assert [(q.speaker, q.organization, q.stance) for q in found] == [(None, organization, stance)]


UNNAMED = [
    "Analysts believe this increased investment will significantly benefit the entire computing hardware supply chain.",
    "Several analysts have noted that there has been a gradual shift toward software from semiconductors.",
    "Some economists warn that the stimulus may not be enough to revive consumer demand.",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_unnamed_analysts_are_kept_and_marked(text):
    found = find_quotes(text, 0)
    assert len(found) == 1
    assert found[0].unnamed and found[0].speaker is None and found[0].organization is None


NOT_VIEWS = [
    "Tan Dai, president of ByteDance's Volcano Engine cloud unit, revealed that the average daily token use of the Doubao model has increased 33-fold since May.",
    "The company also announced an updated version of its most advanced language model, Doubao Pro.",
    "Deepseek says it has been able to do this cheaply.",
    "Chinese tech stocks have rallied this year, the Financial Times reports.",
    "Apple said it would release the product in China next month.",
    "Shares of Semiconductor Manufacturing International Corp. surged on Monday, as reported by the Wall Street Journal.",
]


@pytest.mark.parametrize("text", NOT_VIEWS)
def test_statements_of_fact_and_news_outlets_are_not_views(text):
    assert views(text) == []


def test_it_wrote_continues_the_last_institution_and_the_view_spans_both_sentences():
    text = (
        "Citi said it sees the Chinese AI startup's cost-efficient model benefiting hardware companies too. "
        "DeepSeek could accelerate generative AI on edge devices, such as smartphones, it wrote in a note."
    )
    found = views(text)
    assert len(found) == 1
    assert found[0].organization == "Citi"
    assert found[0].evidence == Span(0, len(text))


def test_quotation_is_kept_and_about_names_the_entities_in_the_view():
    text = '"SMIC is well placed to gain share in mature nodes," said Jane Smith, an analyst at Morningstar.'
    smic = Mention(Span(1, 5), "XHKG:00981", "security", "alias")
    found = views(text, [smic])
    assert found[0].quoted is not None
    assert text[found[0].quoted.start : found[0].quoted.end].startswith("SMIC is well placed")
    assert found[0].about == ("XHKG:00981",)
    assert found[0].role == "an analyst".removeprefix("an ")


def test_step_fills_quotes():
    text = "However, Daiwa analyst Rick Hsu expressed some caution about SMIC."
    record = ArticleRecord(Article("a", "u", "a.txt", text, "txt"))
    out = build_step()(record)
    assert [q.speaker for q in out.quotes] == ["Rick Hsu"]


# Later constructions: executives with a view, possessive titles, a lead analyst, a dateline.
MORE = [
    (
        "Infosys Chief Executive Salil Parekh said the company remained confident about its large deal pipeline.",
        "Salil Parekh",
        "Infosys",
        "positive",
    ),
    (
        "Jensen Huang, Nvidia's chief executive, said he expects demand for its Blackwell chips to stay strong.",
        "Jensen Huang",
        "Nvidia",
        "positive",
    ),
    (
        "Citigroup analysts led by Jane Lee wrote in a note that they see further downside for chip stocks.",
        "Jane Lee",
        "Citigroup",
        "negative",
    ),
    (
        '"This is the strongest policy signal we have seen in a long time, and it should put a floor under the market," said Hao Hong, chief economist at Grow Investment Group.',
        "Hao Hong",
        "Grow Investment Group",
        "positive",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "organization", "stance"), MORE)
def test_more_named_constructions(text, speaker, organization, stance):
    found = views(text)
    assert [(q.speaker, q.organization, q.stance) for q in found] == [
        (speaker, organization, stance)
    ]


def test_a_dateline_word_is_not_part_of_the_institution():
    found = views("On Monday Goldman Sachs said it expects the Hang Seng Index to rally further.")
    assert [(q.organization, q.stance) for q in found] == [("Goldman Sachs", "positive")]


def test_an_executive_stating_plans_is_not_a_view():
    text = "Sony Chief Executive Hiroki Totoki said the company would spin off its financial unit in October."
    assert views(text) == []


def test_surname_and_pronoun_resolve_to_the_person_named_earlier():
    text = (
        "Kazuo Kamitani, a strategist at Nomura Securities, said the selloff was overdone. "
        '"Valuations are now attractive and we see a rebound later this month," he said. '
        "Toyota shares fell 3%. "
        '"Exporters will recover once the yen settles," Kamitani added.'
    )
    found = views(text)
    assert [(q.speaker, q.organization) for q in found] == [
        ("Kazuo Kamitani", "Nomura Securities"),
        ("Kazuo Kamitani", "Nomura Securities"),
    ]
    assert found[0].stance == "positive"


def test_a_bank_reporting_its_own_results_is_not_a_view():
    assert views("HSBC said its first-half pretax profit rose 10% to $21.6 billion.") == []


def test_initials_and_accented_names():
    text = (
        "V K Vijayakumar, chief investment strategist at Geojit Financial Services, said the "
        "correction had made valuations attractive. Jürgen Molnar, a strategist at Robomarkets, "
        "warned that the rally looked overstretched."
    )
    found = views(text)
    assert [(q.speaker, q.organization, q.stance) for q in found] == [
        ("V K Vijayakumar", "Geojit Financial Services", "positive"),
        ("Jürgen Molnar", "Robomarkets", "negative"),
    ]


TEAMS_AND_COMMAS = [
    (
        '"Earnings momentum is turning positive for Indian banks," said Vinod Nair, Head of Research, Geojit Financial Services.',
        "Vinod Nair",
        "Geojit Financial Services",
        "positive",
    ),
    (
        "Strategists at Morgan Stanley including Laura Wang wrote that Chinese equities remain attractive after the correction.",
        "Laura Wang",
        "Morgan Stanley",
        "positive",
    ),
    (
        "Goldman Sachs analysts including Timothy Moe wrote in a note that they see limited upside for Asian stocks.",
        "Timothy Moe",
        "Goldman Sachs",
        "negative",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "organization", "stance"), TEAMS_AND_COMMAS)
def test_teams_with_a_named_lead_and_comma_titles(text, speaker, organization, stance):
    found = views(text)
    assert [(q.speaker, q.organization, q.stance) for q in found] == [
        (speaker, organization, stance)
    ]


OFFICIALS = [
    (
        "Bank of Japan Governor Kazuo Ueda said he expects inflation to stay near the 2% target.",
        "Kazuo Ueda",
        "Bank of Japan",
        "neutral",
    ),
    (
        "Jerome Powell, chair of the Federal Reserve, said he sees the economy as strong and resilient.",
        "Jerome Powell",
        "Federal Reserve",
        "positive",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "organization", "stance"), OFFICIALS)
def test_officials_giving_a_view(text, speaker, organization, stance):
    found = views(text)
    assert [(q.speaker, q.organization, q.stance) for q in found] == [
        (speaker, organization, stance)
    ]


def test_an_official_announcing_a_decision_is_not_a_view():
    assert views("Finance Minister Nirmala Sitharaman announced a cut in capital gains tax.") == []
