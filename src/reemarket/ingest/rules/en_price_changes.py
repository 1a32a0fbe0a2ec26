"""English price-change rule records: moves and percentage changes and their spans.

The main ``price_change`` rule and the records of a move's base, span, shared and paired
moves, back references and table follow-ups. ``en.py`` registers them.
"""

from __future__ import annotations

from reemarket.ingest import extractors, pricetable_layout
from reemarket.ingest.extractors import price_changes, price_passes, prices
from reemarket.ingest.rules import Example, Rule
from reemarket.ingest.rules.en_common import CMP, UPDOWN, no_facts

RULES: list[Rule] = [
    Rule(
        "price_change",
        "price change",
        "en",
        "{PRODUCT} {CUE:direction} {QTY:price|percent} (to {QTY:price})? {BASE}?",
        price_changes.extract_pct,
        (
            Example(  # phrasal verbs of a move, each read by its lemma: "put on" and "tacked
                # on" before a figure are gains, "shed" and "gave up" falls
                "Samarium oxide put on 6% on Thursday, while yttrium oxide shed 2.5%. Erbium"
                " oxide tacked on 1.5% and europium oxide gave up 4% on Wednesday.",
                (
                    ("price", "sm_oxide", "change_pct", "2024-07-03/2024-07-04", 6, "%"),
                    ("price", "y_oxide", "change_pct", "2024-07-03/2024-07-04", -2.5, "%"),
                    ("price", "er_oxide", "change_pct", "2024-07-02/2024-07-03", 1.5, "%"),
                    ("price", "eu_oxide", "change_pct", "2024-07-02/2024-07-03", -4, "%"),
                ),
            ),
            no_facts(  # "put on" not before a figure is no move
                "Terbium oxide producers put on hold 3% of their planned output."
            ),
            Example(  # "X under <day>'s": a fall from that day, as "below" is
                "Dysprosium oxide traded at 1,640-1,660 yuan/kg on Friday, 20 yuan/kg under"
                " Thursday's range.",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 1640, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 1660, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -20, "CNY/kg"),
                ),
            ),
            Example(  # a move's record ("the steepest daily fall of 2024") names no period of it
                "Terbium oxide FOB China drops 3.2% to $905/kg, the steepest daily fall of 2024",
                (
                    ("price", "tb_oxide", "change_pct", "2024-07-04/2024-07-05", -3.2, "%"),
                    ("price", "tb_oxide", "price", "2024-07-05", 905, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # a move two goods share ("A and B oxides both ...") is each one's;
                # "gave back" is a fall, "as the week closed" the week's last session
                "Holmium and gadolinium oxides each gave back 1.5% as the week drew to a close."
                " Samarium oxide and gadolinium oxide each added 2,000 yuan/t on Thursday."
                " Praseodymium and neodymium oxides alike lost 3,000 yuan on Wednesday.",
                (
                    ("price", "ho_oxide", "change_pct", "2024-07-04/2024-07-05", -1.5, "%"),
                    ("price", "gd_oxide", "change_pct", "2024-07-04/2024-07-05", -1.5, "%"),
                    ("price", "sm_oxide", "change", "2024-07-03/2024-07-04", 2000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-03/2024-07-04", 2000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-07-02/2024-07-03", -3000, "CNY/t"),
                    ("price", "pr_oxide", "change", "2024-07-02/2024-07-03", -3000, "CNY/t"),
                ),
            ),
            Example(  # "respectively" pairs the figures with the goods in order, before the
                # verb or after the figures; one shared move is "both" or "each"
                "Lanthanum and cerium oxides respectively rose 4% and 1% on Thursday. Samarium"
                " and europium oxides slid 2% and 3% respectively on Wednesday.",
                (
                    ("price", "la_oxide", "change_pct", "2024-07-03/2024-07-04", 4, "%"),
                    ("price", "ce_oxide", "change_pct", "2024-07-03/2024-07-04", 1, "%"),
                    ("price", "sm_oxide", "change_pct", "2024-07-02/2024-07-03", -2, "%"),
                    ("price", "eu_oxide", "change_pct", "2024-07-02/2024-07-03", -3, "%"),
                ),
            ),
            Example(  # the shared noun may be the goods' prices
                "Samarium and europium oxide prices both climbed 4% on Wednesday.",
                (
                    ("price", "sm_oxide", "change_pct", "2024-07-02/2024-07-03", 4, "%"),
                    ("price", "eu_oxide", "change_pct", "2024-07-02/2024-07-03", 4, "%"),
                ),
            ),
            Example(  # the week's close as the sentence's last words is the same day
                "Holmium oxide firmed 2% at the close of the week.",
                (("price", "ho_oxide", "change_pct", "2024-07-04/2024-07-05", 2, "%"),),
            ),
            Example(  # early in the next week, the week that closed is the one before
                "Terbium oxide gave back 1% as the week closed.",
                (("price", "tb_oxide", "change_pct", "2024-07-04/2024-07-05", -1, "%"),),
                published="2024-07-08",
            ),
            Example(
                "Dysprosium oxide slipped 20,000 yuan/t to 1.6 million yuan/t on July 4.",
                (
                    ("price", "dy_oxide", "change", "2024-07-03/2024-07-04", -20000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2024-07-04", 1600000, "CNY/t"),
                ),
            ),
            Example(  # cents told in words, the move placed after the amount
                "Cerium oxide FOB China settled at $1.82/kg on Friday, two cents up on the week.",
                (
                    ("price", "ce_oxide", "price", "2025-03-14", 1.82, "USD/kg"),
                    ("price", "ce_oxide", "change", "2025-03-07/2025-03-14", 0.02, "USD/kg"),
                ),
                published="2025-03-14",
            ),
            Example(
                "Lanthanum oxide FOB China ended at $0.92/kg on June 6, down twelve cents on the"
                " day.",
                (
                    ("price", "la_oxide", "price", "2025-06-06", 0.92, "USD/kg"),
                    ("price", "la_oxide", "change", "2025-06-05/2025-06-06", -0.12, "USD/kg"),
                ),
                published="2025-06-06",
            ),
            # a move in a clause joined after a dated level runs on from that level's day: to
            # the report's day, or to the day the move names; "recover"/"regain" are rises
            Example(
                "Terbium oxide FOB China dipped to US$905.50/kg on Tuesday and recovered by"
                " eight cents into the close.",
                (
                    ("price", "tb_oxide", "price", "2025-11-18", 905.5, "USD/kg"),
                    ("price", "tb_oxide", "change", "2025-11-18/2025-11-21", 0.08, "USD/kg"),
                ),
                published="2025-11-21",
            ),
            Example(
                "Praseodymium oxide slid to 398,000 yuan/t on Monday before regaining 4,000"
                " yuan/t by Friday.",
                (
                    ("price", "pr_oxide", "price", "2025-11-17", 398000, "CNY/t"),
                    ("price", "pr_oxide", "change", "2025-11-17/2025-11-21", 4000, "CNY/t"),
                ),
                published="2025-11-21",
            ),
            Example(  # ... unless the move names a span of its own
                "Dysprosium oxide rose to 1,650 yuan/kg on Wednesday and ended 2% higher on the"
                " week.",
                (
                    ("price", "dy_oxide", "price", "2025-11-19", 1650, "CNY/kg"),
                    ("price", "dy_oxide", "change_pct", "2025-11-12/2025-11-19", 2, "%"),
                ),
                published="2025-11-21",
            ),
            Example(  # a move in cents beside a per-kg price is that price's change
                "Lanthanum oxide fob China fell by 12 cents to $0.95/kg on July 4.",
                (
                    ("price", "la_oxide", "change", "2024-07-03/2024-07-04", -0.12, "USD/kg"),
                    ("price", "la_oxide", "price", "2024-07-04", 0.95, "USD/kg"),
                ),
            ),
            Example(  # the cent sign
                "Cerium oxide fob China eased by 3¢ to $1.62-1.71/kg on July 4.",
                (
                    ("price", "ce_oxide", "change", "2024-07-03/2024-07-04", -0.03, "USD/kg"),
                    ("price", "ce_oxide", "price_low", "2024-07-04", 1.62, "USD/kg"),
                    ("price", "ce_oxide", "price_high", "2024-07-04", 1.71, "USD/kg"),
                ),
            ),
            Example(
                "Terbium metal prices climbed 3.5% week-on-week.",
                (("price", "tb_metal", "change_pct", "2024-06-28/2024-07-05", 3.5, "%"),),
            ),
            # a span counted back ("over the past week", "in the last 30 days", "so far this
            # month") ends on the move's own day, else the report's: not on a day another
            # clause names
            Example(
                "Pr-Nd oxide prices have climbed 4.2% over the past week as sellers raised"
                " offers after the holiday on Monday, July 1.",
                (("price", "prnd_oxide", "change_pct", "2024-06-28/2024-07-05", 4.2, "%"),),
            ),
            Example(
                "Terbium oxide rose 6% in the last 30 days, according to Benchmark.",
                (("price", "tb_oxide", "change_pct", "2024-06-05/2024-07-05", 6, "%"),),
            ),
            Example(  # month to date: from the last close of the month before
                "Dysprosium oxide is down 2.5% so far this month, Fastmarkets data showed.",
                (("price", "dy_oxide", "change_pct", "2024-06-28/2024-07-05", -2.5, "%"),),
            ),
            Example(
                "Holmium oxide has gained 5% over the past two weeks, though buying slowed"
                " after the Tuesday, July 2 tender.",
                (("price", "ho_oxide", "change_pct", "2024-06-21/2024-07-05", 5, "%"),),
            ),
            Example(  # "in a month", "within two weeks" with no base named: counted back the
                # same way from the report's day, as "a month ago" is (FACTS.md)
                "Europium oxide has chalked up an 8.2% gain in a month. Cerium metal shed 3%"
                " within two weeks.",
                (
                    ("price", "eu_oxide", "change_pct", "2024-06-05/2024-07-05", 8.2, "%"),
                    ("price", "ce_metal", "change_pct", "2024-06-21/2024-07-05", -3, "%"),
                ),
            ),
            Example(  # a record's span ("its biggest gain in a week") is not the move's
                "Erbium oxide rose 2% on Thursday, its biggest gain in a week.",
                (("price", "er_oxide", "change_pct", "2024-07-03/2024-07-04", 2, "%"),),
            ),
            Example(
                "Gadolinium oxide lost 4% in the past three months.",
                (("price", "gd_oxide", "change_pct", "2024-04-05/2024-07-05", -4, "%"),),
            ),
            Example(  # the move's own day: its level's, or one leading the sentence
                "Dysprosium oxide climbed 2% over the past week to 1,680 yuan/kg on Thursday."
                " On Wednesday, terbium oxide was up 1.5% over the past month.",
                (
                    ("price", "dy_oxide", "change_pct", "2024-06-27/2024-07-04", 2, "%"),
                    ("price", "dy_oxide", "price", "2024-07-04", 1680, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-06-03/2024-07-03", 1.5, "%"),
                ),
            ),
            Example(  # the phrase is the nearest move's: another move's day is not its end
                "Terbium oxide slid 1% on Wednesday and is down 4% over the past two weeks."
                " Pr-Nd oxide rose 2% on Thursday, taking its gain over the past month to 8%.",
                (
                    ("price", "tb_oxide", "change_pct", "2024-07-02/2024-07-03", -1, "%"),
                    ("price", "tb_oxide", "change_pct", "2024-06-21/2024-07-05", -4, "%"),
                    ("price", "prnd_oxide", "change_pct", "2024-07-03/2024-07-04", 2, "%"),
                ),
            ),
            Example(  # a span counted back from a named day; a level in it is that day's
                "In the 30 days to July 4, Pr-Nd oxide gained 5%. In the week to Wednesday,"
                " samarium oxide rose 2% to 15,300 yuan/t, and it is up 6% over the past month.",
                (
                    ("price", "prnd_oxide", "change_pct", "2024-06-04/2024-07-04", 5, "%"),
                    ("price", "sm_oxide", "change_pct", "2024-06-26/2024-07-03", 2, "%"),
                    ("price", "sm_oxide", "price", "2024-07-03", 15300, "CNY/t"),
                    ("price", "sm_oxide", "change_pct", "2024-06-05/2024-07-05", 6, "%"),
                ),
            ),
            Example(  # demand as the cause of a move leaves the move a price's (rule
                # consumption)
                "Pr-Nd oxide rose 2% on Thursday on demand from magnet makers. Demand was weak,"
                " and neodymium oxide fell 1.5% on Wednesday.",
                (
                    ("price", "prnd_oxide", "change_pct", "2024-07-03/2024-07-04", 2, "%"),
                    ("price", "nd_oxide", "change_pct", "2024-07-02/2024-07-03", -1.5, "%"),
                ),
            ),
            Example(  # another product's move in the sentence keeps its own day's span
                "Pr-Nd oxide rose 2% on Thursday, while terbium oxide has gained 5% over the"
                " past week.",
                (
                    ("price", "prnd_oxide", "change_pct", "2024-07-03/2024-07-04", 2, "%"),
                    ("price", "tb_oxide", "change_pct", "2024-06-28/2024-07-05", 5, "%"),
                ),
            ),
            Example(  # the move ends on the day its level is quoted for; a day of another
                # event after the level dates neither
                "Pr-Nd oxide rose 2% over the past week to 445,000 yuan/t, Fastmarkets said on"
                " Thursday.\n\nNeodymium oxide climbed 3% over the past week to 450,000 yuan/t as"
                " sellers raised offers after the holiday on Monday, July 1.",
                (
                    ("price", "prnd_oxide", "change_pct", "2024-06-27/2024-07-04", 2, "%"),
                    ("price", "prnd_oxide", "price", "2024-07-04", 445000, "CNY/t"),
                    ("price", "nd_oxide", "change_pct", "2024-06-28/2024-07-05", 3, "%"),
                    ("price", "nd_oxide", "price", "2024-07-05", 450000, "CNY/t"),
                ),
            ),
            Example(  # a move in money and in percent shares the phrase
                "Yttrium oxide gained 2,000 yuan/t, or 4.5%, over the past week.",
                (
                    ("price", "y_oxide", "change", "2024-06-28/2024-07-05", 2000, "CNY/t"),
                    ("price", "y_oxide", "change_pct", "2024-06-28/2024-07-05", 4.5, "%"),
                ),
            ),
            Example(  # a heading naming the prices' day dates the prose under it, up to the
                # next heading
                "Weekly review\n\nAssessments, Wednesday 3 July\n\nPr-Nd oxide rose 1.5% over the"
                " past week to 445,000 yuan/t.\n\nOther news\n\nHolmium oxide fell 2% over the"
                " past week.\n",
                (
                    ("price", "prnd_oxide", "change_pct", "2024-06-26/2024-07-03", 1.5, "%"),
                    ("price", "prnd_oxide", "price", "2024-07-03", 445000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2024-06-28/2024-07-05", -2, "%"),
                ),
            ),
            Example(  # the report's stated price date
                "Prices as of July 3: Pr-Nd oxide was quoted at 440,000-445,000 yuan/t, up"
                " 8,000 yuan/t over the past week.",
                (
                    ("price", "prnd_oxide", "price_low", "2024-07-03", 440000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-07-03", 445000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-06-26/2024-07-03", 8000, "CNY/t"),
                ),
            ),
            Example(  # a move told after the range, "at both ends", against a named day
                "Samarium oxide was quoted at 15,000-15,400 yuan/t on Thursday, 200 yuan/t"
                " lower at both ends than on Wednesday.",
                (
                    ("price", "sm_oxide", "price_low", "2024-07-04", 15000, "CNY/t"),
                    ("price", "sm_oxide", "price_high", "2024-07-04", 15400, "CNY/t"),
                    ("price", "sm_oxide", "change", "2024-07-03/2024-07-04", -200, "CNY/t"),
                ),
            ),
            Example(  # "off" before a figure is a fall
                "Europium oxide stood at 200 yuan/kg on July 4, off 2% from a week earlier.",
                (
                    ("price", "eu_oxide", "price", "2024-07-04", 200, "CNY/kg"),
                    ("price", "eu_oxide", "change_pct", "2024-06-27/2024-07-04", -2, "%"),
                ),
            ),
            Example(  # "off" before a currency code; an appositive after the product
                "Neodymium metal, the main feed of NdFeB magnets, sold at CNY 690,000/mt on"
                " Thursday, off CNY 4,000/mt.",
                (
                    ("price", "nd_metal", "price", "2024-07-04", 690000, "CNY/t"),
                    ("price", "nd_metal", "change", "2024-07-03/2024-07-04", -4000, "CNY/t"),
                ),
            ),
            Example(  # a move in brackets after a level, with or without its comparison
                "Holmium oxide eased to 478,000 yuan/t (-0.8% w/w) on Thursday, and terbium"
                " metal firmed to 8,850 yuan/kg (1.2%).",
                (
                    ("price", "ho_oxide", "price", "2024-07-04", 478000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2024-06-27/2024-07-04", -0.8, "%"),
                    ("price", "tb_metal", "price", "2024-07-04", 8850, "CNY/kg"),
                    ("price", "tb_metal", "change_pct", "2024-07-03/2024-07-04", 1.2, "%"),
                ),
            ),
            Example(  # the level a move over a span running to now reached is today's
                "Lutetium oxide has risen about 15% so far this year to around 5,900 yuan/kg.",
                (
                    ("price", "lu_oxide", "change_pct", "2023-12-29/2024-07-05", 15, "%"),
                    ("price", "lu_oxide", "price", "2024-07-05", 5900, "CNY/kg"),
                ),
            ),
            Example(  # any move verb of the direction words leads a money change
                "Yttrium oxide dipped 600 yuan/t to 45,400 yuan/t on Thursday.",
                (
                    ("price", "y_oxide", "change", "2024-07-03/2024-07-04", -600, "CNY/t"),
                    ("price", "y_oxide", "price", "2024-07-04", 45400, "CNY/t"),
                ),
            ),
            Example(  # "sold at X" tells a price: the percent after it is the price's move,
                # not the sales of the company a results story opened on
                "Acme Rare Earths Ltd reported first-half revenue of 9 billion yuan.\n\n"
                "Holmium oxide sold at 480,000 yuan/t on Friday, 2% higher than a week earlier.",
                (
                    ("financial", "", "revenue", "2024-01/2024-06", 9e9, "CNY"),
                    ("price", "ho_oxide", "price", "2024-07-05", 480000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2024-06-28/2024-07-05", 2, "%"),
                ),
            ),
            Example(
                "Acme Rare Earths Ltd lifted its net profit for the first half to 700 million"
                " yuan.\n\nOn the spot market gadolinium oxide changed hands at 152,000 yuan/t on"
                " Thursday and europium oxide sold at 195 yuan/kg, down 1.5% on the week.",
                (
                    ("financial", "", "net_profit_attributable", "2024-01/2024-06", 7e8, "CNY"),
                    ("price", "gd_oxide", "price", "2024-07-04", 152000, "CNY/t"),
                    ("price", "eu_oxide", "price", "2024-07-04", 195, "CNY/kg"),
                    ("price", "eu_oxide", "change_pct", "2024-06-27/2024-07-04", -1.5, "%"),
                ),
            ),
            Example(  # the amount, then its percent, then "lower than": a move
                "Samarium oxide finished Friday at $2.10 a kilogram. That left it 6 cents, or"
                " 2.8%, lower than on the previous Friday.",
                (
                    ("price", "sm_oxide", "price", "2024-07-05", 2.10, "USD/kg"),
                    ("price", "sm_oxide", "change", "2024-06-28/2024-07-05", -0.06, "USD/kg"),
                    ("price", "sm_oxide", "change_pct", "2024-06-28/2024-07-05", -2.8, "%"),
                ),
            ),
            no_facts(  # a product named only to be denied in an aside is not the one moving
                "Solar installations (not a magnet market) grew faster, at 31.5%."
            ),
            Example(  # a stock's figures first: the product's move after them is its own
                "Shares of Lynas gained 3% on Thursday as NdPr oxide rose 1.2%.",
                (("price", "prnd_oxide", "change_pct", "2024-07-03/2024-07-04", 1.2, "%"),),
            ),
            Example(  # "stock" as goods on hand between a level and its move: the move stays
                "Terbium oxide rose to 7,150 yuan/kg on Thursday as stock ran thin, up 1.4% on the"
                " day.",
                (
                    ("price", "tb_oxide", "price", "2024-07-04", 7150, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-07-03/2024-07-04", 1.4, "%"),
                ),
            ),
        ),
        cues=(*UPDOWN, *CMP, "forecast.expect", "forecast.beat"),
        doc="A signed move of a product's price, its span from the comparison base;"
        " extractors.measure_tags._verb_of_price (a volume verb that told the price before a percent).",
    ),
    Rule(
        "price_pronoun_after_topic",
        "price change",
        "en",
        "{PRODUCT} <no figure>. It {CUE:direction} {QTY:price}",
        prices.extract,
        (
            Example(  # a figure-less note led by an element's bare name makes its quoted
                # form the topic of the "it" after it, not the last bullet's product
                "Heavy rare earths (yuan/kg)\n- Tb oxide 7,050-7,150 (+20)\n"
                "- Dy oxide 1,640-1,660 (-10)\n\nNotes\n"
                "- Terbium inched up again on export enquiries. On Monday it was at"
                " 6,950-7,000 yuan/kg.\n",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 7050, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 7150, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", 20, "CNY/kg"),
                    ("price", "dy_oxide", "price_low", "2024-07-05", 1640, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 1660, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -10, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-01", 6950, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-01", 7000, "CNY/kg"),
                ),
            ),
            Example(  # a figure-less sentence led by a product makes it the next "It"
                "Neodymium oxide rose 2% this week. Holmium oxide bucked the trend. It gained"
                " 5,000 yuan/t on Thursday to 480,000 yuan/t.",
                (
                    ("price", "nd_oxide", "change_pct", "2024-06-28/2024-07-05", 2, "%"),
                    ("price", "ho_oxide", "change", "2024-07-03/2024-07-04", 5000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-04", 480000, "CNY/t"),
                ),
            ),
            Example(  # "Prices for X" opens on X; "the metal" as the object of a quote is X
                "Samarium oxide added 2% this week. Prices for lanthanum metal slipped on"
                " Thursday. Dealers saw the metal at 24,500 yuan/t, a loss of 300 yuan/t from"
                " Wednesday.",
                (
                    ("price", "sm_oxide", "change_pct", "2024-06-28/2024-07-05", 2, "%"),
                    ("price", "la_metal", "price", "2024-07-04", 24500, "CNY/t"),
                    ("price", "la_metal", "change", "2024-07-03/2024-07-04", -300, "CNY/t"),
                ),
            ),
            Example(  # "It traded (changed hands, fetched) at X" after the product's sentence
                "Gadolinium oxide bucked the trend. It changed hands at 158,000-160,000 yuan/t on"
                " Thursday, each end 1,000 yuan higher than Wednesday's 157,000-159,000 yuan.",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-04", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-04", 160000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-03/2024-07-04", 1000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-03", 157000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-03", 159000, "CNY/t"),
                ),
            ),
        ),
        cues=UPDOWN,
        doc="'It' (or 'the oxide', 'the metal' as a quote's object) after a sentence with no"
        " figure that opens on one product (or on 'Prices of/for' it) is that product.",
    ),
    Rule(
        "attribution_not_the_participant",
        "price change",
        "en",
        "{PRODUCT} ... {QTY:price} as {MARKET} buyers ...; exports of {PRODUCT} ... but not"
        " {PRODUCT}",
        prices.extract,
        (
            Example(  # who held back is no market: the heading's market stands
                "Rare earths weekly\n\nExport (FOB China):\n- Dysprosium oxide slipped $5 to"
                " $230/kg as European consumers stayed away.\n",
                (
                    ("price", "dy_oxide", "change", "2024-06-28/2024-07-05", -5, "USD/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 230, "USD/kg"),
                ),
            ),
            Example(  # goods left out ("but not magnets") are not what was exported
                "China's exports of rare earths, a group that covers oxides and metals but not"
                " magnets, fell to 4,000 tons in May.",
                (("trade", "rare_earths", "exports", "2024-05", 4000, "t"),),
            ),
        ),
        cues=("market.europe", "metric.exports"),
        doc="A market word after the figure that names who trades ('as European buyers held"
        " back') is not the price's market; goods a sentence leaves out ('but not magnets',"
        " 'excluding') are not the subject of its volume.",
    ),
    Rule(
        "price_change_against_day",
        "price change",
        "en",
        "{PRODUCT} ... {QTY:price}, (each end)? {QTY:price} above|below {WEEKDAY|DATE}",
        prices.extract,
        (
            Example(  # a move in the present perfect after a level dated earlier runs from
                # that level's day to the report's ("has gained ... since", "have lost ...
                # over the week")
                "A month ago, on 14 May, terbium oxide was at 6,700-6,750 yuan/kg, so the range"
                " has gained 150 yuan/kg since. Lanthanum oxide closed last Friday (7 June) at"
                " 3,900-4,100 yuan/t, so both ends have lost 100 yuan/t over the week.",
                (
                    ("price", "tb_oxide", "price_low", "2024-05-14", 6700, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-05-14", 6750, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-05-14/2024-06-14", 150, "CNY/kg"),
                    ("price", "la_oxide", "price_low", "2024-06-07", 3900, "CNY/t"),
                    ("price", "la_oxide", "price_high", "2024-06-07", 4100, "CNY/t"),
                    ("price", "la_oxide", "change", "2024-06-07/2024-06-14", -100, "CNY/t"),
                ),
                published="2024-06-14",
            ),
            Example(
                "Holmium oxide was offered at 468,000-472,000 yuan/t, each end 3,000 yuan/t"
                " above Tuesday.",
                (
                    ("price", "ho_oxide", "price_low", "2024-07-05", 468000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 472000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-07-02/2024-07-05", 3000, "CNY/t"),
                ),
            ),
            Example(
                "Gadolinium oxide was quoted at 158,000 yuan/t, 1,500 yuan/t below yesterday's"
                " level.",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 158000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", -1500, "CNY/t"),
                ),
            ),
            Example(  # a percent "below end-June" in a second conjunct: from that month's close
                # to the month the sentence ends ("ended the month"); the first move keeps its
                # own span ("on the week"); a figure-less sentence on "Export prices" puts the
                # paragraph's moves on that market
                "Light rare earths, monthly wrap\n\nExport prices for the light oxides barely"
                " moved in July. Lanthanum oxide slipped 0.3% on the week and ended the month"
                " 1.2% below end-June.\n",
                (
                    ("price", "la_oxide", "change_pct", "2024-07-24/2024-07-31", -0.3, "%"),
                    ("price", "la_oxide", "change_pct", "2024-06-28/2024-07-31", -1.2, "%"),
                ),
                published="2024-07-31",
                entity="fob_china",
            ),
            Example(
                "Praseodymium oxide stood 2.4% above its 28 June level.",
                (("price", "pr_oxide", "change_pct", "2024-06-28/2024-07-31", 2.4, "%"),),
                published="2024-07-31",
            ),
        ),
        cues=("metric.price",),
        doc="An amount 'above/below <day>' after a quote is its move since that day, and a"
        " percent 'below end-June' or 'above its 28 June level' too (price_changes._BELOW_DAY;"
        " a whole month as the move's day ends at its close, price_passes._month_end_or_report);"
        " a figure-less sentence framing one market ('Export prices ...') is the paragraph's"
        " (DocState.para_market).",
    ),
    Rule(
        "price_shared_move",
        "price change",
        "en",
        "{PRODUCT} and {PRODUCT} ... {QTY:price} and {QTY:price}, each range {QTY:price} lower"
        " | {PRODUCT} {CUE:direction} by the same amount to {QTY:price}",
        price_passes.shared_moves,
        (
            Example(  # "both down X": a direction right after "both"
                "Neodymium metal and dysprosium-iron alloy traded at 540,000 yuan/t and"
                " 1,580,000 yuan/t on Friday, both down 5,000 yuan/t on the day.",
                (
                    ("price", "nd_metal", "price", "2024-07-05", 540000, "CNY/t"),
                    ("price", "dyfe_alloy", "price", "2024-07-05", 1580000, "CNY/t"),
                    ("price", "nd_metal", "change", "2024-07-04/2024-07-05", -5000, "CNY/t"),
                    ("price", "dyfe_alloy", "change", "2024-07-04/2024-07-05", -5000, "CNY/t"),
                ),
            ),
            Example(  # one move told for every range before it
                "Lanthanum oxide and cerium oxide were offered at 3,900-4,100 yuan/t and"
                " 6,700-7,100 yuan/t respectively, both ends of each range 100 yuan/t higher"
                " than on Thursday.",
                (
                    ("price", "la_oxide", "price_low", "2024-07-05", 3900, "CNY/t"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4100, "CNY/t"),
                    ("price", "ce_oxide", "price_low", "2024-07-05", 6700, "CNY/t"),
                    ("price", "ce_oxide", "price_high", "2024-07-05", 7100, "CNY/t"),
                    ("price", "la_oxide", "change", "2024-07-04/2024-07-05", 100, "CNY/t"),
                    ("price", "ce_oxide", "change", "2024-07-04/2024-07-05", 100, "CNY/t"),
                ),
            ),
            Example(  # the move told just before, repeated for the next quote
                "Terbium oxide slipped 40 yuan/kg to 5,800-5,900 yuan/kg. Terbium metal was"
                " trimmed by the same amount to 7,300-7,400 yuan/kg.",
                (
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -40, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 5800, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 5900, "CNY/kg"),
                    ("price", "tb_metal", "price_low", "2024-07-05", 7300, "CNY/kg"),
                    ("price", "tb_metal", "price_high", "2024-07-05", 7400, "CNY/kg"),
                    ("price", "tb_metal", "change", "2024-07-04/2024-07-05", -40, "CNY/kg"),
                ),
            ),
        ),
        cues=(*UPDOWN,),
        doc="A move stated once for several quotes, or 'by the same amount' as the last one.",
    ),
    Rule(
        "price_headline_figure_first",
        "price change",
        "en",
        "{CUE:direction} {QTY:percent} {CMP}? at {QTY:price}: {PRODUCT} ...",
        price_changes.extract_pct,
        (
            Example(  # the headline's market is the one the body gives the product
                "Down 1.8% w/w at $54.10/kg: NdPr oxide slips again\n\n"
                "NdPr oxide (fob China) was assessed at $54.10/kg on Friday, down 1 cent w/w.\n",
                (
                    ("price", "prnd_oxide", "change_pct", "2024-06-28/2024-07-05", -1.8, "%"),
                    ("price", "prnd_oxide", "price", "2024-07-05", 54.1, "USD/kg"),
                    ("price", "prnd_oxide", "change", "2024-06-28/2024-07-05", -0.01, "USD/kg"),
                ),
            ),
            Example(  # a move in cents with its comparison right after it
                "Samarium oxide (fob China) closed at $2.35/kg, 5 cents lower week on week.",
                (
                    ("price", "sm_oxide", "price", "2024-07-05", 2.35, "USD/kg"),
                    ("price", "sm_oxide", "change", "2024-06-28/2024-07-05", -0.05, "USD/kg"),
                ),
            ),
        ),
        cues=(*UPDOWN, *CMP),
        doc="A headline that opens with the move names its product after it; cents are USD.",
    ),
    Rule(
        "price_weekly_report_moves",
        "price change",
        "en",
        "{TITLE}\n{... this week ...}. {PRODUCT} {CUE:direction} {QTY:price} to {QTY:price}",
        price_passes.change_spans,
        (
            Example(  # the opening sentence tells the week's moves: the later ones are weekly
                "Terbium firms in Europe\n\nHeavy rare earth prices outside China firmed this"
                " week as buyers restocked. Terbium oxide (cif Rotterdam) rose by $15/kg to"
                " $1,180-1,240/kg.\n",
                (
                    ("price", "tb_oxide", "change", "2024-06-28/2024-07-05", 15, "USD/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 1180, "USD/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 1240, "USD/kg"),
                ),
            ),
        ),
        cues=(*UPDOWN,),
        doc="In a report on the week (title or opening sentence), a move with no base or"
        " day of its own runs from a week before.",
    ),
    Rule(
        "price_move_or_pct_against_base",
        "price change",
        "en",
        "{QTY:price} on {DATE}, {CUE:direction} {QTY:price}, or {QTY:percent}, against the end"
        " of last month",
        price_changes.pct_of_change,
        (
            Example(  # the base told after both forms of the move; "last month" before June's
                "Europium oxide closed the month at 190 yuan/kg on June 28, down 8 yuan/kg, or"
                " 4%, against the end of last month.",
                (
                    ("price", "eu_oxide", "price", "2024-06-28", 190, "CNY/kg"),
                    ("price", "eu_oxide", "change", "2024-05-31/2024-06-28", -8, "CNY/kg"),
                    ("price", "eu_oxide", "change_pct", "2024-05-31/2024-06-28", -4, "%"),
                ),
            ),
            Example(
                "Yttrium oxide eased to 44,000-46,000 yuan/t, a daily fall of 500 yuan/t, or"
                " about 1.1 per cent.",
                (
                    ("price", "y_oxide", "price_low", "2024-07-05", 44000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-05", 46000, "CNY/t"),
                    ("price", "y_oxide", "change", "2024-07-04/2024-07-05", -500, "CNY/t"),
                    ("price", "y_oxide", "change_pct", "2024-07-04/2024-07-05", -1.1, "%"),
                ),
            ),
        ),
        cues=(*UPDOWN,),
        doc="A percentage after 'or' restates the move before it; a base told after both"
        " is theirs.",
    ),
    Rule(
        "price_group_pronoun_moves",
        "price change",
        "en",
        "{PRODUCT} and {PRODUCT} <no figure>. They|Both {CUE:direction} {QTY:percent} (and"
        " {QTY:percent} respectively)?",
        extractors.remember_group,
        (
            Example(  # "They ... respectively" after a figure-less sentence naming the goods:
                # in order; the day the sentence before named
                "Samarium oxide and europium oxide drew bids on Wednesday. They climbed 3% and"
                " 1.2% respectively.",
                (
                    ("price", "sm_oxide", "change_pct", "2024-07-02/2024-07-03", 3, "%"),
                    ("price", "eu_oxide", "change_pct", "2024-07-02/2024-07-03", 1.2, "%"),
                ),
            ),
            Example(  # "Both" with figures of its own comparison: each one's
                "Holmium oxide and gadolinium oxide stayed in the spotlight. Both were up 1.5%"
                " w/w and 6% y/y.",
                (
                    ("price", "ho_oxide", "change_pct", "2024-06-28/2024-07-05", 1.5, "%"),
                    ("price", "gd_oxide", "change_pct", "2024-06-28/2024-07-05", 1.5, "%"),
                    ("price", "ho_oxide", "change_pct", "2023-07-05/2024-07-05", 6, "%"),
                    ("price", "gd_oxide", "change_pct", "2023-07-05/2024-07-05", 6, "%"),
                ),
            ),
            no_facts(  # "They" as the buyers: their output, not the goods' price
                "Magnet makers bought terbium oxide and dysprosium oxide. They lifted output 4%."
            ),
            no_facts(
                "Dealers quoted yttrium oxide and lanthanum oxide. They said it could rise 3%."
            ),
            no_facts(  # the companies named with the goods may be "they": their shares
                "Lynas and Iluka supply NdPr oxide and terbium oxide. They gained 5% on the ASX."
            ),
            no_facts(  # a gap to a period's extreme is no move
                "Neodymium oxide and dysprosium oxide held firm. They are 30% below last year's"
                " peak."
            ),
            no_facts(  # margins (plural too) are not the goods' price
                "Holmium oxide and erbium oxide found buyers. They rose 2%, lifting separators'"
                " margins by 10%."
            ),
        ),
        cues=(*UPDOWN, *CMP),
        doc="A sentence led by 'They', 'Both' or 'The two (oxides)' with no goods of its own"
        " moves the two or more goods the figure-less sentence right before it named"
        " (extractors.remember_group, extractors.price_changes.group_moves).",
    ),
    Rule(
        "price_pct_own_comparison_after_base",
        "price change",
        "en",
        "{QTY:price}, against {QTY:price} a week earlier, up {QTY:percent} w/w and"
        " {QTY:percent} y/y; {QTY:price} on {DATE} ({QTY:percent} w/w; {QTY:percent} y/y)",
        price_changes.extract_pct,
        (
            Example(  # a year's move beside a week-old base runs over its own year
                "Holmium oxide was quoted at $72/kg, against $70.50/kg a week earlier, up 2.1%"
                " w/w and 14% y/y.",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 72, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-06-28", 70.5, "USD/kg"),
                    ("price", "ho_oxide", "change_pct", "2024-06-28/2024-07-05", 2.1, "%"),
                    ("price", "ho_oxide", "change_pct", "2023-07-05/2024-07-05", 14, "%"),
                ),
            ),
            Example(  # several signed moves in one bracket after the quote's day, each with
                # its own comparison word
                "Lanthanum oxide was 4,150 yuan/t on Friday (-1.2% w/w; +4.5% y/y).",
                (
                    ("price", "la_oxide", "price", "2024-07-05", 4150, "CNY/t"),
                    ("price", "la_oxide", "change_pct", "2024-06-28/2024-07-05", -1.2, "%"),
                    ("price", "la_oxide", "change_pct", "2023-07-05/2024-07-05", 4.5, "%"),
                ),
            ),
            Example(  # a base level's own bracket, the quote having its own: the base's
                # move, no move of the quote (the base keeps its day)
                "Erbium oxide stood at 292,000 yuan/t on Friday (+0.7% w/w) and at 290,000"
                " yuan/t a week before (-1.4%).",
                (
                    ("price", "er_oxide", "price", "2024-07-05", 292000, "CNY/t"),
                    ("price", "er_oxide", "change_pct", "2024-06-28/2024-07-05", 0.7, "%"),
                    ("price", "er_oxide", "price", "2024-06-28", 290000, "CNY/t"),
                ),
            ),
            Example(  # a base's bracket that is not the move from the base to the quote
                # (1,600 to 1,650 is +3.1%): the base's own move
                "Terbium metal was offered at 1,650 yuan/kg on Friday, against 1,600 yuan/kg"
                " (+2%) a week earlier.",
                (
                    ("price", "tb_metal", "price", "2024-07-05", 1650, "CNY/kg"),
                    ("price", "tb_metal", "price", "2024-06-28", 1600, "CNY/kg"),
                ),
            ),
            Example(  # a base's bracket that is the move to the quote stays the quote's
                "Gadolinium oxide slipped to 164,000 yuan/t on Friday, from 166,000 yuan/t a"
                " week earlier (-1.2%).",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 164000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-06-28", 166000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", -2000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06-28/2024-07-05", -1.2, "%"),
                ),
            ),
        ),
        cues=(*CMP,),
        doc="A percent with its own comparison word (y/y, m/m) keeps that span though the"
        " sentence names a base level of another day; signed moves listed in a level's bracket"
        " (after its day) are each the quote's move (extractors.bracketed_moves.bracketed_moves), except a"
        " base level's bracket when the quote has its own or when it is not the move from the"
        " base to the quote: the base's own move (price_passes.base_bracket_moves, veto"
        " base_level); the base keeps the day after its bracket (date_binding._GAP_POSTFIX).",
    ),
    Rule(
        "price_back_reference",
        "price change",
        "en",
        "{QTY:money} ({QTY:money}) per {MASS}. The price|Prices|It {CUE:direction} {QTY}",
        price_changes.extract_pct,
        (
            Example(  # the unit after a bracketed conversion; "the price", "it" carried over
                "Prices of dysprosium oxide in China rose to 1,700 yuan ($236) per kilogram on"
                " Friday.\n\nThe price has gained 40 yuan, or 2.4%, since June 28. It is up"
                " about 15% from a year earlier.\n",
                (
                    ("price", "dy_oxide", "price", "2024-07-05", 1700, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 236, "USD/kg"),
                    ("price", "dy_oxide", "change", "2024-06-28/2024-07-05", 40, "CNY/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-06-28/2024-07-05", 2.4, "%"),
                    ("price", "dy_oxide", "change_pct", "2023-07-05/2024-07-05", 15, "%"),
                ),
            ),
            Example(  # after plural "prices" a bare verb is the present tense of a move,
                # headline style ("Prices climb to X"), not a noun as after "this" or "the price"
                "Holmium oxide ended Monday at 470,000 yuan/t.\n\nPrices climb to 480,000 yuan/t"
                " as stocks thin. Lutetium oxide was offered at 5,600 yuan/kg on Tuesday; prices"
                " ease to 5,550 yuan/kg by the close.",
                (
                    ("price", "ho_oxide", "price", "2024-07-01", 470000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-05", 480000, "CNY/t"),
                    ("price", "lu_oxide", "price", "2024-07-02", 5600, "CNY/kg"),
                    ("price", "lu_oxide", "price", "2024-07-02", 5550, "CNY/kg"),
                ),
            ),
            Example(  # an element's bare name leading a move verb quotes its oxide (as
                # "<element> prices" does), or the last price's product of that element
                "Erbium slips to 292,000 yuan/t.\n\nTerbium metal was offered at 9,050 yuan/kg"
                " on Monday. Terbium eased to 8,990 yuan/kg on Wednesday.",
                (
                    ("price", "er_oxide", "price", "2024-07-05", 292000, "CNY/t"),
                    ("price", "tb_metal", "price", "2024-07-01", 9050, "CNY/kg"),
                    ("price", "tb_metal", "price", "2024-07-03", 8990, "CNY/kg"),
                ),
            ),
            Example(  # "That is": moves of the quote before, one from a level dated earlier
                "Yttrium oxide sold for 44,000-46,000 yuan/t on Thursday. That is 1,500 yuan"
                " above Tuesday's level, and it has gained around 6 percent from the mean of"
                " 42,500 yuan seen on June 14.",
                (
                    ("price", "y_oxide", "price_low", "2024-07-04", 44000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-04", 46000, "CNY/t"),
                    ("price", "y_oxide", "change", "2024-07-02/2024-07-04", 1500, "CNY/t"),
                    ("price", "y_oxide", "change_pct", "2024-06-14/2024-07-04", 6, "%"),
                    ("price", "y_oxide", "price", "2024-06-14", 42500, "CNY/t"),
                ),
            ),
            Example(  # a bullet restating the move before in percent: its product and span
                "Key figures:\n- Gd oxide added 6,000 yuan/t on the week to 158,000-162,000"
                " yuan/t.\n- That is a 3.9% gain on the mid-point, the steepest since March.\n",
                (
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 6000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 162000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06-28/2024-07-05", 3.9, "%"),
                ),
            ),
        ),
        cues=(*UPDOWN,),
        doc="A sentence about 'the price' (or 'it', 'that') with no product is about the last"
        " price told, in its paragraph or the one before; a move 'from the average of X quoted"
        " on <day>' runs from that day (price_passes.moves_from_dated_level).",
    ),
    Rule(
        "price_pct_on_the_period",
        "price change",
        "en",
        "{PRODUCT} ... {QTY:price}, a gain|drop of {QTY:percent} on the week|day|month",
        price_changes.extract_pct,
        (
            Example(
                "Lanthanum metal changed hands in a range of 28,000-30,000 yuan/t, a drop of"
                " 1.7 pct on the week.",
                (
                    ("price", "la_metal", "price_low", "2024-07-05", 28000, "CNY/t"),
                    ("price", "la_metal", "price_high", "2024-07-05", 30000, "CNY/t"),
                    ("price", "la_metal", "change_pct", "2024-06-28/2024-07-05", -1.7, "%"),
                ),
            ),
        ),
        cues=(*UPDOWN, *CMP),
        doc="A move 'on the week (day, month)' after a level is its change over that span.",
    ),
    Rule(
        "price_follow_up_against_own_bases",
        "price change",
        "en",
        "a sentence with no product of its own that carries on the last price ('That was up"
        " ...', 'The assessment has gained ...') is that price's product and market; each move"
        " in it runs from its own base level ('from Thursday's $69.00', 'than the $67.14"
        " recorded on June 21') to the sentence's day, and that base is the level on its day",
        pricetable_layout.find_tables,
        (
            Example(
                "Holmium oxide FOB China was assessed at $70.50/kg on Friday. That was up $1.50"
                " from Thursday's $69.00 and 5% higher than the $67.14 recorded on June 21.",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 70.5, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-07-04", 69, "USD/kg"),
                    ("price", "ho_oxide", "change", "2024-07-04/2024-07-05", 1.5, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-06-21", 67.14, "USD/kg"),
                    ("price", "ho_oxide", "change_pct", "2024-06-21/2024-07-05", 5, "%"),
                ),
            ),
            Example(  # "in Rotterdam" is the cif Rotterdam market (the entity is not compared)
                "Erbium oxide in Rotterdam was offered at $60-62/kg this week.",
                (
                    ("price", "er_oxide", "price_low", "2024-07-05", 60, "USD/kg"),
                    ("price", "er_oxide", "price_high", "2024-07-05", 62, "USD/kg"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="prices._BACK_REF ('that', 'this'), DocState.last_price_market, price_bases.own_base_day,"
        " prices._LEVEL_DATED, date_base._BASE_LEVEL_ON; en.toml cif_rotterdam 'rotterdam'.",
    ),
    Rule(
        "price_running_total_since",
        "price change",
        "en",
        "'..., taking (bringing) its decline (gain) since <day> to X' is a change from that day;"
        " the day is that running total's base, not the base of the move before it",
        pricetable_layout.find_tables,
        (
            Example(
                "Holmium oxide fell 3,000 yuan/t on Friday to 470,000 yuan/t, taking its"
                " decline since 20 June to 12,000 yuan/t.",
                (
                    ("price", "ho_oxide", "change", "2024-07-04/2024-07-05", -3000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-05", 470000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-20/2024-07-05", -12000, "CNY/t"),
                ),
            ),
        ),
        cues=(*UPDOWN,),
        doc="prices._CHANGE_LEAD running form, running_ref; date_binding.ref_after skips"
        " RUNNING_SINCE.",
    ),
    Rule(
        "price_monthly_move_from_named_assessment",
        "price change",
        "en",
        "in a monthly assessment, a later 'monthly' or 'over the month' move runs from the"
        " previous assessment day an earlier sentence named, when it lies 25-35 days back",
        pricetable_layout.find_tables,
        (
            Example(
                "Holmium oxide was assessed at $66-70/kg on 26 June, down 2.9% from $68-72/kg at"
                " the 29 May assessment. Gadolinium oxide fell 1.5% over the month to"
                " $40-42/kg.",
                (
                    ("price", "ho_oxide", "price_low", "2024-06-26", 66, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-06-26", 70, "USD/kg"),
                    ("price", "ho_oxide", "price_low", "2024-05-29", 68, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-05-29", 72, "USD/kg"),
                    ("price", "ho_oxide", "change_pct", "2024-05-29/2024-06-26", -2.9, "%"),
                    ("price", "gd_oxide", "price_low", "2024-06-26", 40, "USD/kg"),
                    ("price", "gd_oxide", "price_high", "2024-06-26", 42, "USD/kg"),
                    ("price", "gd_oxide", "change_pct", "2024-05-29/2024-06-26", -1.5, "%"),
                ),
                published="2024-06-26",
            ),
        ),
        cues=(*UPDOWN,),
        doc="DocState.base_days, price_bases.named_month_base.",
    ),
    Rule(
        "price_gapped_move",
        "price change",
        "en",
        "a second product after 'and' shares the first one's move verb ('A added X and B Y')",
        pricetable_layout.find_tables,
        (
            Example(
                "Terbium oxide fell 150 yuan/kg and dysprosium oxide 40 yuan/kg.",
                (
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -150, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -40, "CNY/kg"),
                ),
            ),
            Example(  # levels stay levels
                "Terbium oxide was at 7,000 yuan/kg and dysprosium oxide 1,600 yuan/kg.",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 7000, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1600, "CNY/kg"),
                ),
            ),
            Example(  # words other than a product name after 'and': a level, not a change
                "Lanthanum oxide slipped 200 yuan/t and is now quoted near 3,900 yuan/t.",
                (
                    ("price", "la_oxide", "change", "2024-07-04/2024-07-05", -200, "CNY/t"),
                    ("price", "la_oxide", "price", "2024-07-05", 3900, "CNY/t"),
                ),
            ),
            Example(  # 'A rose X to Y, and B X2 to Y2': X2 is a change too
                "Holmium oxide gained 5,000 yuan/t from Tuesday to 480,000 yuan/t, and"
                " gadolinium oxide 2,000 yuan/t to 170,000 yuan/t.",
                (
                    ("price", "ho_oxide", "change", "2024-07-02/2024-07-05", 5000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-05", 480000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-05", 170000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="prices.is_change/_GAPPED.",
    ),
    Rule(
        "price_move_takes_level_market",
        "price change",
        "en",
        "in a sentence naming no market, a move of a product whose level there took a market"
        " from the quote before ('Praseodymium oxide traded at $62.00-63.00/kg, 0.8% higher on"
        " the week' after a fob China quote) is that market's move too",
        price_passes.move_markets,
        (
            Example(
                "Neodymium oxide fob China was assessed at $61.20/kg on Thursday. Praseodymium"
                " oxide traded at $62.00-63.00/kg, 0.8% higher on the week.",
                (
                    ("price", "nd_oxide", "price", "2024-07-04", 61.2, "USD/kg"),
                    ("price", "pr_oxide", "price_low", "2024-07-04", 62, "USD/kg"),
                    ("price", "pr_oxide", "price_high", "2024-07-04", 63, "USD/kg"),
                    ("price", "pr_oxide", "change_pct", "2024-06-27/2024-07-04", 0.8, "%"),
                ),
                holders=("fob_china", "fob_china", "fob_china", "fob_china"),
            ),
        ),
        cues=("metric.price",),
        doc="price_passes.move_markets (a sentence pass after change_spans).",
    ),
    Rule(
        "price_pct_close_and_session_base",
        "price change",
        "en",
        "a product's percent move told with a closing word ('closed the week 2.1% lower at X')"
        " is its change_pct, not a share's close; a percent after a level 'on the previous"
        " session (trading day)' is the level's day-on-day move",
        price_changes.extract_pct,
        (
            Example(
                "Holmium oxide closed the week 2.1% lower at 468,000 yuan/t.",
                (
                    ("price", "ho_oxide", "change_pct", "2024-06-28/2024-07-05", -2.1, "%"),
                    ("price", "ho_oxide", "price", "2024-07-05", 468000, "CNY/t"),
                ),
            ),
            Example(  # the direction after the percent, with the base it names
                "Yttrium oxide traded at 45,000-47,000 yuan/t, 2.2% higher than the"
                " preceding trading day.",
                (
                    ("price", "y_oxide", "price_low", "2024-07-05", 45000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-05", 47000, "CNY/t"),
                    ("price", "y_oxide", "change_pct", "2024-07-04/2024-07-05", 2.2, "%"),
                ),
            ),
            Example(  # refused: a gap to an earlier period's average is no move of the level
                "Lanthanum oxide was done at 4,150 yuan/t, 6% higher than last quarter's average.",
                (("price", "la_oxide", "price", "2024-07-05", 4150, "CNY/t"),),
            ),
            Example(
                "Erbium oxide changed hands at 290,000 yuan/t, up 0.7% on the previous session.",
                (
                    ("price", "er_oxide", "price", "2024-07-05", 290000, "CNY/t"),
                    ("price", "er_oxide", "change_pct", "2024-07-04/2024-07-05", 0.7, "%"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="extractors.dispatch.dispatch_figure (a close/high/low tag with a product and no company is a"
        " price's); extractors.level_moves._PCT_OF.",
    ),
    Rule(
        "price_arrows_twins_and_owned_bases",
        "price change",
        "en",
        "an arrow before an amount is its sign ('▲2,000', '▼1,500'); a money move's twin in"
        " percent lends it its comparison word ('up 100 yuan/kg or 1.2% w-o-w'); a base owned"
        " by a relative period ('from last week's X') is that period's level; 'a day-on-day"
        " decline of X' is a move",
        price_passes.change_spans,
        (
            Example(
                "Holmium oxide quotes, 4 July\n\n- Ho oxide: 468,000-472,000 yuan/t ▲2,000\n"
                "- Ho-Fe alloy: 470,000-475,000 yuan/t ▼1,500\n\n▲/▼: move against the"
                " prior session's close.\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-07-04", 468000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-04", 472000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-07-03/2024-07-04", 2000, "CNY/t"),
                    ("price", "hofe_alloy", "price_low", "2024-07-04", 470000, "CNY/t"),
                    ("price", "hofe_alloy", "price_high", "2024-07-04", 475000, "CNY/t"),
                    ("price", "hofe_alloy", "change", "2024-07-03/2024-07-04", -1500, "CNY/t"),
                ),
                published="2024-07-04",
            ),
            Example(
                "Terbium metal was assessed at 8,650-8,750 yuan/kg, up 100 yuan/kg or 1.2% w-o-w."
                " Dysprosium metal rose to 2,150-2,200 yuan/kg from last week's 2,100-2,150"
                " yuan/kg. Yttrium oxide posted a day-on-day decline of 500 yuan/t to 44,000"
                " yuan/t.",
                (
                    ("price", "tb_metal", "price_low", "2024-07-05", 8650, "CNY/kg"),
                    ("price", "tb_metal", "price_high", "2024-07-05", 8750, "CNY/kg"),
                    ("price", "tb_metal", "change", "2024-06-28/2024-07-05", 100, "CNY/kg"),
                    ("price", "tb_metal", "change_pct", "2024-06-28/2024-07-05", 1.2, "%"),
                    ("price", "dy_metal", "price_low", "2024-07-05", 2150, "CNY/kg"),
                    ("price", "dy_metal", "price_high", "2024-07-05", 2200, "CNY/kg"),
                    ("price", "dy_metal", "price_low", "2024-06-28", 2100, "CNY/kg"),
                    ("price", "dy_metal", "price_high", "2024-06-28", 2150, "CNY/kg"),
                    ("price", "y_oxide", "change", "2024-07-04/2024-07-05", -500, "CNY/t"),
                    ("price", "y_oxide", "price", "2024-07-05", 44000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="numbers._QTY sign group (arrows); price_bases.twin_cmp; price_bases.possessive_base_day;"
        " prices._CHANGE_LEAD (hyphenated adjective).",
    ),
    Rule(
        "price_thousands_moves_and_session_spans",
        "price change",
        "en",
        "a 'k' before a price unit is thousands ('545k-550k yuan/t'), and so is a bare 'Nk' move"
        " to such a level ('gave up 2k to 158k-160k yuan/t', in the level's unit); 'across the last"
        " three trading sessions' runs from the close before the first of them",
        price_passes.change_spans,
        (
            Example(
                "Gadolinium oxide gave up 2k to 158k-160k yuan/t. Holmium oxide has dropped"
                " 6,000 yuan/t to 470,000 yuan/t across the last three trading sessions.",
                (
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", -2000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 160000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-07-02/2024-07-05", -6000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-05", 470000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="numbers._reading (k before a money unit), numbers._thousands_before_level;"
        " extractors.price_units.level_after_unit; date kind 'trailing' (trail_s), price_bases.trail_span.",
    ),
    Rule(
        "price_reached_by_day_and_counted_bases",
        "price change",
        "en",
        "'by Friday it had risen to X' dates X by that day; a title's 'pushes past X' is a line"
        " crossed, no quote (veto threshold); 'That left it 4.1% dearer than a fortnight"
        " earlier' is the last product's move over the 14 days; 'in the same three sessions'"
        " counts the sessions back",
        price_changes.extract_pct,
        (
            Example(
                "Terbium metal pushes past 9,000 yuan/kg\n\nTerbium metal was quoted at 8,880"
                " yuan/kg on Tuesday; by Friday it had risen to 9,050 yuan/kg. That left it 4.1%"
                " dearer than a fortnight earlier. Terbium oxide rose 110 yuan/kg to 7,300"
                " yuan/kg in the same three sessions.",
                (
                    ("price", "tb_metal", "price", "2024-07-02", 8880, "CNY/kg"),
                    ("price", "tb_metal", "price", "2024-07-05", 9050, "CNY/kg"),
                    ("price", "tb_metal", "change_pct", "2024-06-21/2024-07-05", 4.1, "%"),
                    ("price", "tb_oxide", "change", "2024-07-02/2024-07-05", 110, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 7300, "CNY/kg"),
                ),
                published="2024-07-05",
            ),
            Example(  # the move's day joined to the level after it, the currency set apart
                "Dysprosium metal dropped 20 yuan/kg yesterday to CNY 2,140/kg.",
                (
                    ("price", "dy_metal", "change", "2024-07-03/2024-07-04", -20, "CNY/kg"),
                    ("price", "dy_metal", "price", "2024-07-04", 2140, "CNY/kg"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="date kind 'weekday' ('by Thursday'), 'trailing' ('the same N sessions');"
        " prices._EXTREME_BEYOND (a move verb before above/below); prices._BACK_REF ('That"
        " left it'); extract_pct (a counted-back base after 'than'); date_binding._LEVEL_AFTER"
        " ('yesterday to CNY 2,140/kg').",
    ),
]
