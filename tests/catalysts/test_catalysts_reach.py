"""How far a cause reaches, and what is not a cause.

Short passages in the shapes wire stories use: a company's news told a few sentences before
or just after its move, explanations that open on a pronoun ("It was thanks to ..."), a
basket's reason carried to members reported further down, a market's reason to stocks tied to
it ("were hardest hit"), and the things that look like causes but are not (a debut, a place,
the move's own path, the stock's own name).
"""

from __future__ import annotations

from tickerwire.catalysts.find import find_catalysts
from tickerwire.model import Mention, Move, Span


def move(text: str, words: str, subject: str, direction: str = "up", nth: int = 0) -> Move:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Move(subject, direction, 1.0, "%", Span(start, start + len(words)))


def mention(text: str, words: str, entity_id: str, kind: str = "security", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Mention(Span(start, start + len(words)), entity_id, kind, "alias")  # type: ignore[arg-type]


def causes(
    text: str, moves: list[Move], mentions: list[Mention] | None = None, body_start: int = 0
) -> dict[str, str]:
    found = find_catalysts(text, body_start, moves, mentions or ())
    for c in found:
        assert text[c.evidence.start : c.evidence.end] == c.cause
    return {c.subject: c.cause for c in found}


def test_company_news_a_few_sentences_before_in_the_same_paragraph():
    text = (
        "Acme Pharma (ACM) - The drugmaker agreed to buy Borealis Bio for $2 billion in cash. "
        "Separately, Acme Pharma raised its annual profit forecast. "
        "Borealis Bio jumped 64% in premarket trading. Acme Pharma shares gained 1.5%."
    )
    moves = [
        move(text, "jumped 64%", "XNAS:BRLS"),
        move(text, "gained 1.5%", "XNYS:ACM"),
    ]
    mentions = [
        mention(text, "Acme Pharma", "XNYS:ACM"),
        mention(text, "Borealis Bio", "XNAS:BRLS"),
        mention(text, "Acme Pharma", "XNYS:ACM", nth=1),
        mention(text, "Borealis Bio", "XNAS:BRLS", nth=1),
        mention(text, "Acme Pharma", "XNYS:ACM", nth=2),
    ]
    found = causes(text, moves, mentions)
    assert "agreed to buy" in found["XNAS:BRLS"]
    assert "profit forecast" in found["XNYS:ACM"]


def test_the_company_said_then_the_stock_moved():
    text = (
        "Northwind Energy beat estimates for second-quarter earnings. "
        "The company said it would buy back $2 billion of shares. The stock gained 1.8% in London."
    )
    moves = [move(text, "gained 1.8%", "XLON:NWE")]
    found = causes(text, moves, [mention(text, "Northwind Energy", "XLON:NWE")])
    assert "buy back" in found["XLON:NWE"]


def test_the_stock_with_its_reason_in_the_next_sentence():
    text = (
        "Orbit Media dropped 7% on Monday. The stock came under heavy selling pressure, after "
        "the company said a partner had misused user data."
    )
    found = causes(text, [move(text, "dropped 7%", "XNAS:ORBM", "down")])
    assert "user data" in found["XNAS:ORBM"]


def test_an_explanation_that_opens_on_a_pronoun():
    text = (
        "The Kospi closed up 21 points, or 0.5%, at 4,129. "
        "It was thanks to foreign investors' net purchases of 1.7 trillion won."
    )
    found = causes(text, [move(text, "up 21 points, or 0.5%", "INDEX:KOSPI")])
    assert "net purchases" in found["INDEX:KOSPI"]


def test_this_comes_after_for_a_stock_named_just_before():
    text = (
        "Harbor Bank shares tumbled 8.4% on Wednesday. "
        "The selling in Harbor Bank spread to other lenders and dragged the market lower. "
        "This comes after Harbor Bank reported flat margins for the quarter."
    )
    moves = [move(text, "tumbled 8.4%", "XNSE:HARBOR", "down")]
    mentions = [
        mention(text, "Harbor Bank", "XNSE:HARBOR"),
        mention(text, "Harbor Bank", "XNSE:HARBOR", nth=1),
        mention(text, "Harbor Bank", "XNSE:HARBOR", nth=2),
    ]
    assert "flat margins" in causes(text, moves, mentions)["XNSE:HARBOR"]


def test_a_cause_before_the_participle_that_tells_the_figure():
    text = (
        "The Taiex plunged again after the health agency declared a pandemic, ending 471 points "
        "lower at 10,422."
    )
    found = causes(text, [move(text, "ending 471 points lower", "INDEX:TWII", "down")])
    assert found["INDEX:TWII"] == "the health agency declared a pandemic"


def test_a_cue_inside_an_opening_clause_stays_in_it():
    text = (
        "Following a 5.8% fall on the Dow the night before after Washington barred travel from "
        "Europe, the Taiex opened down 48 points."
    )
    moves = [
        move(text, "5.8% fall", "INDEX:DJI", "down"),
        move(text, "down 48 points", "INDEX:TWII", "down"),
    ]
    found = causes(text, moves, [mention(text, "Dow", "INDEX:DJI", "index")])
    assert found["INDEX:DJI"] == "Washington barred travel from Europe"


def test_a_figure_of_the_same_company_inside_its_cause_ends_the_cause():
    text = (
        "Southern Bank fell 0.5% after the lender slashed its annual dividend by half, even as "
        "its full-year cash profit fell 11%."
    )
    moves = [
        move(text, "fell 0.5%", "XASX:SBK", "down"),
        move(text, "fell 11%", "XASX:SBK", "down"),
    ]
    found = causes(text, moves)
    assert "dividend" in found["XASX:SBK"]
    assert "profit" not in found["XASX:SBK"]


def test_a_cause_after_another_stock_going_the_other_way_is_that_stocks():
    text = (
        "Financials fell 1.3% as pressure mounted on regional banks and despite a gain of 0.3% "
        "for Maple Bank after the lender called off an acquisition."
    )
    moves = [
        move(text, "fell 1.3%", "GROUP:Financials", "down"),
        move(text, "gain of 0.3%", "XTSE:MPL"),
    ]
    found = causes(text, moves, [mention(text, "Maple Bank", "XTSE:MPL")])
    assert found["GROUP:Financials"] == "pressure mounted on regional banks"
    assert "called off" in found["XTSE:MPL"]


def test_a_debut_alone_is_no_reason_but_demand_is():
    text = "Lumen Robotics jumped 20% on its Nasdaq debut."
    assert causes(text, [move(text, "jumped 20%", "XNAS:LUMN")]) == {}
    text = "Lumen Robotics soared 40% on its debut after strong demand from retail investors."
    found = causes(text, [move(text, "soared 40%", "XNAS:LUMN")])
    assert "demand" in found["XNAS:LUMN"]


def test_the_stock_itself_or_its_own_move_is_no_reason():
    text = "Kestrel Automation <688099.SS>, however, triggered its circuit breaker, falling 30%."
    moves = [move(text, "falling 30%", "XSHG:688099", "down")]
    assert causes(text, moves, [mention(text, "Kestrel Automation", "XSHG:688099")]) == {}
    text = "Banking rose 1.1%, as Harbor Bank rallied for a second day, rising 13% after a bid by a rival."
    moves = [move(text, "rising 13%", "XTKS:8399")]
    found = causes(text, moves, [mention(text, "Harbor Bank", "XTKS:8399")])
    assert "bid" in found["XTKS:8399"]


def test_a_headline_reason_for_a_rise_is_none_for_a_fall():
    title = "Acme Oil sees profits jump as crude prices rise"
    text = title + "\n\nAcme Oil shares fell more than 1% in early trade."
    moves = [move(text, "fell more than 1%", "XLON:ACO", "down")]
    mentions = [mention(text, "Acme Oil", "XLON:ACO"), mention(text, "Acme Oil", "XLON:ACO", nth=1)]
    assert causes(text, moves, mentions, body_start=len(title) + 2) == {}


def test_a_basket_reason_reaches_members_told_further_down():
    text = (
        "Nvidia and other semiconductor stocks fell on Tuesday amid reports of weak industry "
        "sales. Nvidia stock fell 9.5%.\n\n"
        "Fellow chip producers also retreated. Orion Devices dropped 7.8%. Delta Micro slid "
        "6.2%.\n\n"
        "Elsewhere, Pine Foods rose 1%."
    )
    moves = [
        move(text, "fell 9.5%", "XNAS:NVDA", "down"),
        move(text, "dropped 7.8%", "XNAS:ORD", "down"),
        move(text, "slid 6.2%", "XNAS:DLM", "down"),
        move(text, "rose 1%", "XNAS:PINE"),
    ]
    mentions = [mention(text, "Nvidia", "XNAS:NVDA"), mention(text, "Nvidia", "XNAS:NVDA", nth=1)]
    found = causes(text, moves, mentions)
    assert "weak industry sales" in found["XNAS:ORD"]
    assert "weak industry sales" in found["XNAS:DLM"]
    assert "XNAS:PINE" not in found


def test_stocks_tied_to_the_markets_fall_share_its_reason():
    text = (
        "While the FTSE 100 held firm, this masked big falls as investors took flight from "
        "stocks most exposed to a no-deal Brexit.\n\n"
        "Housebuilders Oakridge and Fenwick were hardest hit, dropping 6%. Harbor Bank also "
        "reversed, with a drop of 3%.\n\n"
        "Pine Foods fell 1%."
    )
    moves = [
        move(text, "dropping 6%", "XLON:OAK", "down"),
        move(text, "dropping 6%", "XLON:FEN", "down"),
        move(text, "drop of 3%", "XLON:HBK", "down"),
        move(text, "fell 1%", "XLON:PNF", "down"),
    ]
    mentions = [
        mention(text, "FTSE 100", "INDEX:FTSE100", "index"),
        mention(text, "Oakridge", "XLON:OAK"),
        mention(text, "Fenwick", "XLON:FEN"),
        mention(text, "Harbor Bank", "XLON:HBK"),
        mention(text, "Pine Foods", "XLON:PNF"),
    ]
    found = causes(text, moves, mentions)
    for subject in ("XLON:OAK", "XLON:FEN", "XLON:HBK"):
        assert "Brexit" in found[subject]
    assert "XLON:PNF" not in found


def test_a_sector_index_does_not_take_the_benchmarks_reason():
    text = (
        "Indian shares rose on Tuesday, tracking gains in Asian markets. "
        "The Sensex was up 0.96% at 33,618. The Nifty Realty index gained 2.7%."
    )
    moves = [
        move(text, "up 0.96%", "INDEX:SENSEX"),
        move(text, "gained 2.7%", "INDEX:NIFTY_REALTY"),
    ]
    mentions = [
        mention(text, "Sensex", "INDEX:SENSEX", "index"),
        mention(text, "Nifty Realty index", "INDEX:NIFTY_REALTY", "index"),
    ]
    found = causes(text, moves, mentions)
    assert "Asian markets" in found["INDEX:SENSEX"]
    assert "INDEX:NIFTY_REALTY" not in found


def test_places_and_times_are_not_reasons():
    text = (
        "Shares in Velour fell 6%, among the top fallers on Europe's region-wide STOXX 600 "
        "index, which was down 0.4%."
    )
    moves = [
        move(text, "fell 6%", "XPAR:VEL", "down"),
        move(text, "down 0.4%", "INDEX:STOXX600", "down"),
    ]
    mentions = [mention(text, "STOXX 600 index", "INDEX:STOXX600", "index")]
    assert "XPAR:VEL" not in causes(text, moves, mentions)
    text = "The index was down 0.19% as at 1.04pm, as banks weighed."
    found = causes(text, [move(text, "down 0.19%", "INDEX:STI", "down")])
    assert found.get("INDEX:STI", "banks").startswith("banks")
    text = "Sigma Soft shares fell 12% after hours, following a 2.2% rise to close the regular session."
    assert causes(text, [move(text, "fell 12%", "XNAS:SGMA", "down")]) == {}


def test_a_sectors_reason_given_weakly_reaches_its_members():
    text = (
        "The analyst said property stocks were among the largest decliners, given the "
        "high-interest environment.\n\n"
        "Property shares were in the red. Evergreen Land plunged 7.7%, leading losses in the "
        "sector."
    )
    found = causes(text, [move(text, "plunged 7.7%", "XHKG:02222", "down")])
    assert "interest" in found["XHKG:02222"]


def test_an_opening_clause_gives_its_reason_to_the_moves_after_its_semicolon():
    text = "Chipmakers rallied after Kestrel Foundry posted record profit; Orion Chips rose 4%."
    found = causes(text, [move(text, "rose 4%", "XKRX:000660")])
    assert found == {"XKRX:000660": "Kestrel Foundry posted record profit"}
    # not when the opening clause reports its own move, nor when the move gives its own reason
    text = "Kestrel Foundry fell 3% after a recall; Orion Chips fell 2%."
    moves = [move(text, "fell 3%", "XKRX:1", "down"), move(text, "fell 2%", "XKRX:2", "down")]
    assert causes(text, moves) == {"XKRX:1": "a recall"}
    text = "Chipmakers fell after a recall; Orion Chips fell 2% on weak sales."
    assert causes(text, [move(text, "fell 2%", "XKRX:2", "down")]) == {"XKRX:2": "weak sales"}


def test_a_basket_reason_reaches_its_members_past_a_dateline_with_a_year():
    text = (
        "HONG KONG, May 6, 2025 - Chinese property stocks surged after Beijing eased home-buying "
        "rules. Country Garden jumped 10%, while Longfor Group rose 8%."
    )
    moves = [
        move(text, "jumped 10%", "XHKG:02007"),
        move(text, "rose 8%", "XHKG:00960"),
    ]
    mentions = [
        mention(text, "Country Garden", "XHKG:02007"),
        mention(text, "Longfor Group", "XHKG:00960"),
    ]
    found = causes(text, moves, mentions)
    assert found == {
        "XHKG:02007": "Beijing eased home-buying rules",
        "XHKG:00960": "Beijing eased home-buying rules",
    }


def test_a_side_of_the_tape_is_no_cause():
    text = (
        "On the downside were Alibaba Health (0241:HK), off 9.7%, and then Li Ning, off 9.1%. "
        "On the other hand, Techtronic gained 1.8% on strong US demand."
    )
    moves = [
        move(text, "off 9.7%", "XHKG:00241", "down"),
        move(text, "off 9.1%", "XHKG:02331", "down"),
        move(text, "gained 1.8%", "XHKG:00669"),
    ]
    found = causes(text, moves)
    assert found == {"XHKG:00669": "strong US demand"}


def test_led_by_one_name_whose_own_move_follows():
    text = "The Hang Seng rose 1%, led by Tencent, up 3%."
    moves = [move(text, "rose 1%", "INDEX:HSI"), move(text, "up 3%", "XHKG:00700")]
    mentions = [mention(text, "Tencent", "XHKG:00700")]
    assert causes(text, moves, mentions) == {"INDEX:HSI": "Tencent"}


def test_a_lead_reason_stays_with_its_own_market():
    text = (
        "South Korean stocks closed lower Thursday on foreign selling as virus cases surged.\n"
        "The KOSPI fell 18.59 points, or 0.79 percent, to close at 2,326.67.\n"
        "The KOSPI started out with a sharp fall, tracking the 3.43 percent plunge on the Dow "
        "Jones Industrial Average on Wednesday."
    )
    moves = [
        move(text, "fell 18.59 points", "INDEX:KOSPI", "down"),
        move(text, "3.43 percent plunge", "INDEX:DJI", "down"),
    ]
    mentions = [
        mention(text, "KOSPI", "INDEX:KOSPI", "index"),
        mention(text, "Dow Jones Industrial Average", "INDEX:DJI", "index"),
    ]
    found = causes(text, moves, mentions)
    assert found == {"INDEX:KOSPI": "foreign selling as virus cases surged"}


def test_a_hedged_multiple_is_the_path_and_an_object_makes_it_a_reason():
    text = (
        "Nvidia has gained more than 80% this year after more than tripling in 2023. "
        "Tesla rose 3% after doubling its delivery target."
    )
    moves = [move(text, "gained more than 80%", "XNAS:NVDA"), move(text, "rose 3%", "XNAS:TSLA")]
    assert causes(text, moves) == {"XNAS:TSLA": "doubling its delivery target"}


def test_on_the_heels_of_explains_the_move_before():
    text = (
        "Harbor Tech shares surged 5.15% on Thursday. The uptick comes on the heels of the "
        "company's strong second-quarter results."
    )
    moves = [move(text, "surged 5.15%", "XNYS:HBT")]
    assert causes(text, moves) == {"XNYS:HBT": "the company's strong second-quarter results"}


def test_a_closing_quotation_mark_ends_the_cause():
    text = (
        "“Harbor Tech lost 10 percent last month amid concern over how it handled user data,” "
        "they explained, adding that the research team meets industry experts."
    )
    moves = [move(text, "lost 10 percent", "XNAS:HBT", "down")]
    assert causes(text, moves) == {"XNAS:HBT": "concern over how it handled user data"}


def test_supported_by_another_stock_s_jump():
    text = (
        "The healthcare index advanced 1.3 percent, supported by a 7.9 percent jump by bionic "
        "ear maker Cochlear."
    )
    moves = [
        move(text, "advanced 1.3 percent", "INDEX:ASX200_HEALTHCARE"),
        move(text, "7.9 percent jump", "XASX:COH"),
    ]
    found = causes(text, moves, [mention(text, "Cochlear", "XASX:COH")])
    assert found == {"INDEX:ASX200_HEALTHCARE": "a 7.9 percent jump by bionic ear maker Cochlear"}


def test_an_actor_before_a_causal_verb_keeps_what_it_did():
    text = (
        "Japanese stocks plummeted on Thursday as the United States rattled markets by banning "
        "travel from Europe. Tokyo Electron fell 9% as a stronger yen hit exporters."
    )
    moves = [move(text, "plummeted", "GROUP:Japanese stocks", "down"),
             move(text, "fell 9%", "XTKS:8035", "down")]  # fmt: skip
    found = causes(text, moves)
    assert found["GROUP:Japanese stocks"] == (
        "the United States rattled markets by banning travel from Europe"
    )
    assert found["XTKS:8035"] == "a stronger yen"


def test_a_label_after_or_before_a_colon_is_no_cause():
    text = (
        "Sensex, Nifty close at record highs led by Reliance, HDFC Bank: Market Wrap\n\n"
        "The Sensex rose 0.8%."
    )
    moves = [move(text, "rose 0.8%", "INDEX:SENSEX")]
    mentions = [mention(text, "Sensex", "INDEX:SENSEX", "index")]
    assert causes(text, moves, mentions, body_start=text.index("The")) == {
        "INDEX:SENSEX": "Reliance, HDFC Bank"
    }
    text = "Markets: housebuilders drag the FTSE 100 lower\n\nThe FTSE 100 fell 0.8%."
    moves = [move(text, "fell 0.8%", "INDEX:FTSE100", "down")]
    mentions = [mention(text, "FTSE 100", "INDEX:FTSE100", "index")]
    assert causes(text, moves, mentions, body_start=text.index("The")) == {
        "INDEX:FTSE100": "housebuilders"
    }


def test_anonymity_and_a_change_of_topic_are_no_causes():
    text = (
        "Harbor Cloud traded 0.1 per cent weaker, people said, who declined to be named because "
        "the matter is private. As for chip makers, Harbor Chips rose 4.7%."
    )
    moves = [
        move(text, "traded 0.1 per cent weaker", "XNYS:HCL", "down"),
        move(text, "rose 4.7%", "XNAS:HCP"),
    ]
    assert causes(text, moves) == {}


def test_a_colon_in_running_text_opens_the_explanation():
    text = (
        "Harbor Chips rose 5%. The surge is attributed to the confluence of two trends: the "
        "rapid advance of AI and the focus on domestic chips."
    )
    moves = [move(text, "rose 5%", "XSHG:688981")]
    found = causes(text, moves)
    assert found["XSHG:688981"].startswith("the confluence of two trends: the rapid advance")


def test_volume_is_how_not_why():
    text = (
        "Keppel dropped S$0.21 or 4.2 per cent to S$4.81 on volume of 16.1 million. Teva "
        "tumbled 8% on heavy volume, as Morgan Stanley turned bearish on the drug maker."
    )
    moves = [
        move(text, "dropped S$0.21", "XSES:BN4", "down"),
        move(text, "tumbled 8%", "XNYS:TEVA", "down"),
    ]
    assert causes(text, moves) == {"XNYS:TEVA": "Morgan Stanley turned bearish on the drug maker"}


def test_a_stated_move_before_a_table_beats_a_later_figure_s_driver():
    text = (
        "Harbor Capital gained after Jefferies upgraded the shares to buy from hold.\n\n"
        "The bank said it was raising its earnings estimates for Harbor Capital by 4% in 2025, "
        "driven by higher management fees.\n\n"
        "Harbor Capital (HBC) 288.60p 4.95%"
    )
    moves = [move(text, "4.95%", "XLON:HBC")]
    mentions = [
        mention(text, "Harbor Capital", "XLON:HBC"),
        mention(text, "Harbor Capital", "XLON:HBC", nth=1),
        mention(text, "Harbor Capital", "XLON:HBC", nth=2),
    ]
    found = causes(text, moves, mentions)
    assert found == {"XLON:HBC": "Jefferies upgraded the shares to buy from hold"}
