"""English rules as data: one record per fact family and resolver, one per veto code.

The English grammar runs as code (``ingest/extractors``, ``ingest/dates.py``,
``ingest/pricetable_layout.py``, ``ingest/pricetables.py``); each family is registered here in the same
:data:`~reemarket.ingest.rules.REGISTRY` as the Chinese rules, naming the cue-word
classes of ``data/vocab/en.toml`` that trigger it (``metric.price``, ``direction.up``...),
its resolver and example sentences with the facts they must give. Every veto code of
:data:`reemarket.ingest.trace.VETOES` is a :class:`~reemarket.ingest.rules.Veto` with
examples that must record that code. ``tests/ingest/test_rule_examples.py`` runs them all.
"""

from __future__ import annotations

from reemarket.ingest import dates, headlines, periodcolumns, pricetable_layout, tables
from reemarket.ingest.extractors import (
    capacity,
    comparison,
    country_output,
    demand,
    financial,
    forecast,
    prices,
    production,
    quota,
    trade,
    valuation,
)
from reemarket.ingest.rules import REGISTRY, Example, Rule, Veto
from reemarket.ingest.trace import VETOES

_UPDOWN = ("direction.up", "direction.down")
_CMP = ("comparison.yoy", "comparison.mom", "comparison.qoq", "comparison.wow")

RULES: list[Rule] = [
    Rule(
        "price_level",
        "price level",
        "en",
        "{PRODUCT} {CUE:metric.price}? {QTY:price} {DATE}?",
        prices.extract,
        (
            Example(
                "Cerium oxide was assessed at 6,200 yuan/t on Wednesday.",
                (("price", "ce_oxide", "price", "2024-07-03", 6200, "CNY/t"),),
            ),
            Example(
                "Neodymium oxide was quoted at 435,000 yuan/t on Thursday.",
                (("price", "nd_oxide", "price", "2024-07-04", 435000, "CNY/t"),),
            ),
            Example(  # the domestic market's quote in dollars and its yuan twin: one quote,
                # both currencies stay China's (only a foreign market's yuan twin is dropped)
                "China's domestic NdPr oxide price was $62/kg (about 448,000 yuan/t) on Thursday.",
                (
                    ("price", "prnd_oxide", "price", "2024-07-04", 62, "USD/kg"),
                    ("price", "prnd_oxide", "price", "2024-07-04", 448000, "CNY/t"),
                ),
                entity="china",
            ),
            Example(  # an export quote set against the domestic one: two quotes, no conversion
                "Pr-Nd oxide fob China was $62-63/kg on Thursday, against 448,000-452,000 yuan/t"
                " in the domestic market.",
                (
                    ("price", "prnd_oxide", "price_low", "2024-07-04", 62, "USD/kg"),
                    ("price", "prnd_oxide", "price_high", "2024-07-04", 63, "USD/kg"),
                    ("price", "prnd_oxide", "price_low", "2024-07-04", 448000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-07-04", 452000, "CNY/t"),
                ),
            ),
            Example(  # the writer's dollar conversion of a domestic yuan quote is that quote
                # in dollars (its market stays China's)
                "Pr-Nd oxide in China was 455,000 yuan/t, or roughly $63/kg, on Thursday."
                " Terbium oxide fetched 6,900 yuan/kg, equivalent to around $955/kg, on"
                " Wednesday.",
                (
                    ("price", "prnd_oxide", "price", "2024-07-04", 455000, "CNY/t"),
                    ("price", "prnd_oxide", "price", "2024-07-04", 63, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-07-03", 6900, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-03", 955, "USD/kg"),
                ),
                entity="china",
            ),
            Example(  # an element's bare name before "prices" is its oxide
                "Gadolinium prices, for their part, held at 168,000 yuan/t on Thursday.",
                (("price", "gd_oxide", "price", "2024-07-04", 168000, "CNY/t"),),
            ),
            Example(  # a ferro-alloy named by "ferro" ("Dy ferroalloy", "ferro-holmium")
                "Ferro-holmium was offered at 492,000 yuan/t on Thursday.",
                (("price", "hofe_alloy", "price", "2024-07-04", 492000, "CNY/t"),),
            ),
            Example(  # a yuan level with its dollar twin in brackets gives both
                "Neodymium oxide changed hands at 435,000 yuan (US$60,500) per ton on Thursday.",
                (
                    ("price", "nd_oxide", "price", "2024-07-04", 435000, "CNY/t"),
                    ("price", "nd_oxide", "price", "2024-07-04", 60500, "USD/t"),
                ),
            ),
            Example(  # a weekly's range "up from" another: the previous week's assessment
                "Minor metals weekly\n\nAssessments, Friday 5 July ($/kg):\n- Dysprosium"
                " oxide, cif Rotterdam: 820-860, up from 800-840\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 820, "USD/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 860, "USD/kg"),
                    ("price", "dy_oxide", "price_low", "2024-06-28", 800, "USD/kg"),
                    ("price", "dy_oxide", "price_high", "2024-06-28", 840, "USD/kg"),
                ),
            ),
            Example(  # a bare base range after a quote has the quote's unit (an abbreviated
                # thousand on both ends too); its day dates only the base, not the next lines
                "Weekly assessments, China domestic, week-on-week change in brackets\n"
                "- Pr-Nd oxide: RMB455k-460k/t, down from 462k-466k a week earlier\n"
                "- Terbium oxide: RMB7,100-7,200/kg, up from 6,900-7,000 a week earlier\n"
                "- Dysprosium oxide: RMB1,860-1,890/kg (+20)\n",
                (
                    ("price", "prnd_oxide", "price_low", "2024-07-05", 455000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-07-05", 460000, "CNY/t"),
                    ("price", "prnd_oxide", "price_low", "2024-06-28", 462000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-06-28", 466000, "CNY/t"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 7100, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 7200, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-06-28", 6900, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-06-28", 7000, "CNY/kg"),
                    ("price", "dy_oxide", "price_low", "2024-07-05", 1860, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 1890, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-06-28/2024-07-05", 20, "CNY/kg"),
                ),
            ),
            Example(  # an undated base after a move told with both its days, in the same
                # paragraph and ending on the same day, is of the earlier move's first day
                "Neodymium oxide fob China was $61.20/kg on Friday, up from $60.85 on Thursday."
                " Terbium oxide rose to $1,010/kg from $1,000. Pr-Nd oxide rose to 455,000"
                " yuan/t on Friday from 450,000 yuan/t on Wednesday.\n\nDysprosium oxide slipped"
                " to 1,800 yuan/kg from 1,820 yuan/kg.\n",
                (
                    ("price", "nd_oxide", "price", "2024-07-05", 61.2, "USD/kg"),
                    ("price", "nd_oxide", "price", "2024-07-04", 60.85, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 1010, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-07-04", 1000, "USD/kg"),
                    ("price", "prnd_oxide", "price", "2024-07-05", 455000, "CNY/t"),
                    ("price", "prnd_oxide", "price", "2024-07-03", 450000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-07-03/2024-07-05", 5000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1800, "CNY/kg"),
                ),
            ),
            Example(  # the day of a past-perfect clause is its own level's, not the sentence's
                "Yttrium oxide, which had risen to 44,000-46,000 yuan/t on Tuesday, gave part of"
                " the gain back and ended at 43,000-45,000 yuan/t. Gadolinium oxide held at"
                " 160,000-162,000 yuan/t.",
                (
                    ("price", "y_oxide", "price_low", "2024-07-02", 44000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-02", 46000, "CNY/t"),
                    ("price", "y_oxide", "price_low", "2024-07-05", 43000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-05", 45000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 160000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 162000, "CNY/t"),
                ),
            ),
            Example(  # labelled sections share the trading day the first one named
                "Oxides: In Thursday (July 4) trading, holmium oxide sold at 480,000-490,000"
                " yuan/t.\nMetals: Pr-Nd metal changed hands at 440,000-445,000 yuan/t.\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-07-04", 480000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-04", 490000, "CNY/t"),
                    ("price", "prnd_metal", "price_low", "2024-07-04", 440000, "CNY/t"),
                    ("price", "prnd_metal", "price_high", "2024-07-04", 445000, "CNY/t"),
                ),
            ),
            Example(  # a move's day dates the move only: not the level beside it, the next
                # sentence or the next section, which keep the report's day
                "Oxides: Holmium oxide gained 5,000 yuan/t yesterday and is now offered at"
                " 485,000-490,000 yuan/t. Gadolinium oxide was at 160,000-162,000 yuan/t.\n"
                "Metals: Pr-Nd metal changed hands at 440,000-445,000 yuan/t.\n",
                (
                    ("price", "ho_oxide", "change", "2024-07-03/2024-07-04", 5000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-07-05", 485000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 490000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 160000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 162000, "CNY/t"),
                    ("price", "prnd_metal", "price_low", "2024-07-05", 440000, "CNY/t"),
                    ("price", "prnd_metal", "price_high", "2024-07-05", 445000, "CNY/t"),
                ),
            ),
            Example(  # a price measured against a forecast is still a price
                "Beating forecasts, neodymium oxide rose to 440,000 yuan/t on Thursday.",
                (("price", "nd_oxide", "price", "2024-07-04", 440000, "CNY/t"),),
            ),
            # the current level is the report's day's, whatever period the outlook names
            Example(
                "Dealers expect neodymium oxide to rise 5% next month from the current 440,000"
                " yuan/t.",
                (("price", "nd_oxide", "price", "2024-07-05", 440000, "CNY/t"),),
            ),
            Example(
                "Terbium oxide could climb to 6,000 yuan/kg by the end of the month from the"
                " current 5,700 yuan/kg.",
                (("price", "tb_oxide", "price", "2024-07-05", 5700, "CNY/kg"),),
            ),
            Example(  # a level before "after <moving> ... on <day>" keeps the report's day
                "Yttrium oxide held at 44,000-46,000 yuan/t, after climbing 2,000 yuan/t on"
                " Wednesday.",
                (
                    ("price", "y_oxide", "price_low", "2024-07-05", 44000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-05", 46000, "CNY/t"),
                    ("price", "y_oxide", "change", "2024-07-02/2024-07-03", 2000, "CNY/t"),
                ),
            ),
            Example(  # the level the move reached on its day is that day's; the next sentence's
                # level is not
                "Terbium oxide slipped 20 yuan/kg on Tuesday to 6,400-6,450 yuan/kg. Holmium"
                " oxide stayed at 480-490 yuan/kg all week.",
                (
                    ("price", "tb_oxide", "change", "2024-07-01/2024-07-02", -20, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-02", 6400, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-02", 6450, "CNY/kg"),
                    ("price", "ho_oxide", "price_low", "2024-07-05", 480, "CNY/kg"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 490, "CNY/kg"),
                ),
            ),
            Example(  # a bare bracketed change is written in its level's scale (万, million)
                "Closing prices\n\n- 氧化铽 Tb oxide：690-695万元/吨（-3）\n"
                "- Neodymium metal: RMB 0.55 million/t (+0.01)\n",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 6900000, "CNY/t"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 6950000, "CNY/t"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -30000, "CNY/t"),
                    ("price", "nd_metal", "price", "2024-07-05", 550000, "CNY/t"),
                    ("price", "nd_metal", "change", "2024-07-04/2024-07-05", 10000, "CNY/t"),
                ),
            ),
            Example(
                "Dysprosium oxide closed at 1.69 million yuan/t (+0.01) on Thursday.",
                (
                    ("price", "dy_oxide", "price", "2024-07-04", 1690000, "CNY/t"),
                    ("price", "dy_oxide", "change", "2024-07-03/2024-07-04", 10000, "CNY/t"),
                ),
            ),
        ),
        cues=(
            "metric.price",
            "market.fob_china",
            "market.china",
            "market.europe",
            "forecast.outlook",
        ),
        doc="A product named before a figure with a price unit, on the sentence's day.",
    ),
    Rule(
        "price_change",
        "price change",
        "en",
        "{PRODUCT} {CUE:direction} {QTY:price|percent} (to {QTY:price})? {BASE}?",
        prices.extract_pct,
        (
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
        ),
        cues=(*_UPDOWN, *_CMP, "forecast.expect", "forecast.beat"),
        doc="A signed move of a product's price, its span from the comparison base.",
    ),
    Rule(
        "price_average",
        "average",
        "en",
        "{CUE:metric.average} {PRODUCT} {DATE} {QTY:price}",
        prices.extract,
        (
            Example(
                "The average price of praseodymium-neodymium oxide in the second quarter"
                " was 380,000 yuan/t.",
                (("price", "prnd_oxide", "average", "2024-Q2", 380000, "CNY/t"),),
            ),
            Example(  # a period's average named before its figure
                "Terbium oxide traded above its second-quarter average of 5,480 yuan/kg.",
                (("price", "tb_oxide", "average", "2024-Q2", 5480, "CNY/kg"),),
            ),
            Example(  # a week named by its last day: its five sessions
                "In the week to July 4, europium oxide averaged 186 yuan/kg.",
                (("price", "eu_oxide", "average", "2024-06-28/2024-07-04", 186, "CNY/kg"),),
            ),
            Example(  # a level verb after "the average price" keeps it an average
                "For January-May, the average price of gadolinium oxide stood at 158,400"
                " yuan/t. The average price of holmium oxide was quoted at 472,000 yuan/t on"
                " Thursday.",
                (
                    ("price", "gd_oxide", "average", "2024-01/2024-05", 158400, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-04", 472000, "CNY/t"),
                ),
            ),
            Example(  # an average with no product of its own is the previous item's
                "- Terbium oxide traded at 5,600-5,700 yuan/kg on June 28.\n"
                "- The June average was 5,520 yuan/kg.\n",
                (
                    ("price", "tb_oxide", "price_low", "2024-06-28", 5600, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-06-28", 5700, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2024-06", 5520, "CNY/kg"),
                ),
            ),
            Example(  # the abbreviation of price sheets and monthly reviews
                "* Samarium oxide 99.9%: June avg RMB15,200/t.",
                (("price", "sm_oxide", "average", "2024-06", 15200, "CNY/t"),),
            ),
            # one day's mean quote is that day's price, never the period of an average before
            Example(
                "Dysprosium oxide averaged 1,810 yuan/kg in the second quarter.\n\nTerbium"
                " oxide averaged 5,650 yuan/kg on the day.",
                (
                    ("price", "dy_oxide", "average", "2024-Q2", 1810, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 5650, "CNY/kg"),
                ),
            ),
            Example(
                "Holmium oxide averaged 470,000 yuan/t in June. On Wednesday, gadolinium oxide"
                " averaged 161,000 yuan/t, 1,000 yuan/t lower on the day.",
                (
                    ("price", "ho_oxide", "average", "2024-06", 470000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-03", 161000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-02/2024-07-03", -1000, "CNY/t"),
                ),
            ),
            Example(
                "Cerium oxide averaged 7,300 yuan/t in May. Lanthanum oxide averaged 4,100"
                " yuan/t for the session, traders said.",
                (
                    ("price", "ce_oxide", "average", "2024-05", 7300, "CNY/t"),
                    ("price", "la_oxide", "price", "2024-07-05", 4100, "CNY/t"),
                ),
            ),
            Example(  # "The second-quarter average came to X": the last price's product
                "Dysprosium oxide fob China averaged $230/kg in May. The second-quarter average"
                " came to $228/kg.",
                (
                    ("price", "dy_oxide", "average", "2024-05", 230, "USD/kg"),
                    ("price", "dy_oxide", "average", "2024-Q2", 228, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # the period after "the average" ("The average for the second quarter
                # was X"), or before it with no comma ("Over the second quarter the average ...")
                "Holmium oxide fob China averaged $74/kg in May. The average for the second"
                " quarter was $71/kg.\n\nErbium oxide fob China averaged $41/kg in May. Over the"
                " second quarter the average was $43/kg.",
                (
                    ("price", "ho_oxide", "average", "2024-05", 74, "USD/kg"),
                    ("price", "ho_oxide", "average", "2024-Q2", 71, "USD/kg"),
                    ("price", "er_oxide", "average", "2024-05", 41, "USD/kg"),
                    ("price", "er_oxide", "average", "2024-Q2", 43, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # a level verb in any form after "The price", and a span closed on
                # in any form of close/end/finish ("to end the month at X")
                "Yttrium oxide fob China averaged $8.20/kg in June. The price touched $8.60/kg"
                " on the first trading day of the month before sagging to end the month at"
                " $7.90/kg.",
                (
                    ("price", "y_oxide", "average", "2024-06", 8.20, "USD/kg"),
                    ("price", "y_oxide", "price", "2024-06-03", 8.60, "USD/kg"),
                    ("price", "y_oxide", "price", "2024-06-28", 7.90, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # "The price was X on the first trading day of the month ..., finishing
                # the month at Y": the month last named, its first and last trading days
                "Terbium oxide fob China averaged $1,050/kg in June. The price was strongest on"
                " the first trading day of the month, at $1,090/kg, and weakest at the close,"
                " finishing the month at $1,020/kg.",
                (
                    ("price", "tb_oxide", "average", "2024-06", 1050, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-06-03", 1090, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-06-28", 1020, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # a product set apart from its group is the topic of "Its <market> price";
                # "closing June at X" is June's last trading day, and an average compared with
                # is no level the close moved from
                "Yttrium oxide, unlike the other heavy rare earths, went its own way. Its FOB"
                " China price averaged $8.10/kg in June, against $7.90 in May, finishing June at"
                " $8.25.",
                (
                    ("price", "y_oxide", "average", "2024-06", 8.10, "USD/kg"),
                    ("price", "y_oxide", "average", "2024-05", 7.90, "USD/kg"),
                    ("price", "y_oxide", "price", "2024-06-28", 8.25, "USD/kg"),
                ),
                entity="fob_china",
            ),
        ),
        cues=("metric.average", "metric.price"),
        doc="An average over a period the sentence names.",
    ),
    Rule(
        "quota",
        "quota",
        "en",
        "{QUOTA_TYPE} {CUE:metric.quota} {DATE} {QTY:mass} ({CUE:direction} {QTY:percent})?",
        quota.extract,
        (
            Example(
                "China set the 2024 first-batch rare earth mining quota at 135,000 t,"
                " up 12.5% year-on-year.",
                (
                    ("quota", "mining", "quota", "2024", 135000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2024", 12.5, "%"),
                ),
            ),
            Example(  # a story about quotas: totals per type, rates and bases "respectively"
                "The ministry issued the year's last batch of quotas. The allowances now total"
                " 190,000 t for mining and 180,000 t for separation, 6.2% and 5.8% more"
                " respectively than the 178,900 t and 170,100 t of 2021.",
                (
                    ("quota", "mining", "quota", "2022", 190000, "t"),
                    ("quota", "smelting_separation", "quota", "2022", 180000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2022", 6.2, "%"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2022", 5.8, "%"),
                    ("quota", "mining", "quota", "2021", 178900, "t"),
                    ("quota", "smelting_separation", "quota", "2021", 170100, "t"),
                ),
                published="2022-12-20",
            ),
            Example(  # in a quota story, "the batch for <type> came to": that type's quota
                "Beijing handed out its first rare earth quotas of the year on Friday, 110,000 t"
                " for mining. The batch for smelting and separation came to 104,000 t.",
                (
                    ("quota", "mining", "quota", "2024", 110000, "t"),
                    ("quota", "smelting_separation", "quota", "2024", 104000, "t"),
                ),
            ),
            Example(  # "allowance" for quota
                "The separation allowance for the year reaches 190,000 t, 6.2 percent more"
                " than last year's 178,900 t.",
                (
                    ("quota", "smelting_separation", "quota", "2024", 190000, "t"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2024", 6.2, "%"),
                    ("quota", "smelting_separation", "quota", "2023", 178900, "t"),
                ),
            ),
            Example(  # a company's allotment, gapped for the next company; a share is no rate
                "The first quotas of 2024 are out. For separation, Alpha Metals Co., Ltd. got"
                " 8,100 tonnes, or 7.1% of the batch, and Beta Resources Co., Ltd. 2,300 tonnes.",
                (
                    ("quota", "smelting_separation", "quota", "2024", 8100, "t"),
                    ("quota", "smelting_separation", "quota", "2024", 2300, "t"),
                ),
            ),
            Example(  # the gapped company may take "the remaining" (or "a further") tonnage
                "The second batch of 2024 quotas is out. For mining, Alpha Metals Co., Ltd."
                " received 20,000 tonnes and Beta Resources Co., Ltd. the remaining 6,000 tonnes.",
                (
                    ("quota", "mining", "quota", "2024", 20000, "t"),
                    ("quota", "mining", "quota", "2024", 6000, "t"),
                ),
                holders=("alpha_metals", "beta_resources"),
            ),
            Example(  # a part allotted to a company is its quota
                "Out of the 127,000 t smelting quota, China Northern Rare Earth was allotted"
                " 70,000 t.",
                (
                    ("quota", "smelting_separation", "quota", "2024", 127000, "t"),
                    ("quota", "smelting_separation", "quota", "2024", 70000, "t"),
                ),
                holders=("china", "china_northern_rare_earth"),
            ),
        ),
        cues=("metric.quota", *_UPDOWN, "comparison.yoy"),
        doc="A quota, its y/y rate and its base; in a quota story a figure 'for mining'"
        " needs no quota word, and lists 'respectively' pair in order; a company's allotment"
        " (holder: the receiver named, a gapped name, or 'it'/'its' for the company the"
        " sentence opens with, else the paragraph's) is that company's (c62).",
    ),
    Rule(
        "trade",
        "trade",
        "en",
        "{CUE:metric.exports|metric.imports} {QTY:mass} {PRODUCT} {DATE}",
        trade.extract,
        (
            Example(
                "China exported 4,500 t of rare earth magnets in May, up 8% year-on-year.",
                (  # "rare earth magnets" is the customs line: re_permanent_magnet
                    ("trade", "re_permanent_magnet", "exports", "2024-05", 4500, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024-05", 8, "%"),
                ),
            ),
            Example(  # "the magnets" are the magnets the story last named
                "Rare-earth magnet trade was weak in July.\n\nOutbound shipments of the magnets"
                " came to 3,900 tonnes in July, the customs office said.\n",
                (("trade", "re_permanent_magnet", "exports", "2024-07", 3900, "t"),),
            ),
            Example(  # "exports in <months>" name a period, not goods: the goods carry over
                "Outbound NdFeB magnet shipments reached 4,800t in June. Exports in"
                " January-June totalled 26,500t, down 3% on the year.",
                (
                    ("trade", "ndfeb_magnet", "exports", "2024-06", 4800, "t"),
                    ("trade", "ndfeb_magnet", "exports", "2024-01/2024-06", 26500, "t"),
                    ("trade", "ndfeb_magnet", "exports_yoy_pct", "2024-01/2024-06", -3, "%"),
                ),
            ),
            Example(  # ... and sintered NdFeB stays NdFeB
                "Sintered NdFeB trade was weak in July.\n\nOutbound shipments of the magnets"
                " came to 2,100 tonnes in July, the customs office said.\n",
                (("trade", "ndfeb_magnet", "exports", "2024-07", 2100, "t"),),
            ),
            Example(  # an undated level after the change takes the year after its dated base
                "Imports fell 20% to 80,000 tons from 100,000 tons in 2023.",
                (
                    ("trade", "rare_earths", "imports", "2024", 80000, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2024", -20, "%"),
                    ("trade", "rare_earths", "imports", "2023", 100000, "t"),
                ),
                published="2025-01-20",
            ),
            Example(  # an undated volume in a story whose title names the year
                "China's 2024 magnet trade\n\nShipments abroad of rare earth magnets, counted"
                " apart from the elements, rose 12% to 50,000 tons.\n",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024", 50000, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024", 12, "%"),
                ),
                published="2025-01-20",
            ),
            Example(  # the base figure has its own month, and that month makes the change m/m
                "China exported 5,200 t of magnets in June, 12% more than the 4,640 t shipped"
                " in May.",
                (
                    ("trade", "ndfeb_magnet", "exports", "2024-06", 5200, "t"),
                    ("trade", "ndfeb_magnet", "exports_mom_pct", "2024-06", 12, "%"),
                    ("trade", "ndfeb_magnet", "exports", "2024-05", 4640, "t"),
                ),
            ),
            Example(  # another country's trade: the country opening the sentence holds it
                "Korea brought in 3,300 tonnes of rare earth metals and compounds in 2023,"
                " 4.1% more than in 2022.",
                (
                    ("trade", "rare_earths", "imports", "2023", 3300, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2023", 4.1, "%"),
                ),
            ),
            Example(  # a base owned by its month ("from April's ...")
                "Rare earth imports, May 2024: 9,800 t (+6.1% m/m from April's 9,237 t)",
                (
                    ("trade", "rare_earths", "imports", "2024-05", 9800, "t"),
                    ("trade", "rare_earths", "imports_mom_pct", "2024-05", 6.1, "%"),
                    ("trade", "rare_earths", "imports", "2024-04", 9237, "t"),
                ),
            ),
            Example(
                "China imported 12,000 t of rare earth ores in June.",
                (("trade", "rare_earths", "imports", "2024-06", 12000, "t"),),
            ),
            Example(  # a list under the sentence: each line a period label and its volume
                "China imported 61,000 tonnes of rare earth ores in 2023. The pace then"
                " slowed month by month:\n"
                "- February 2024: 4,050 t, up 3% year on year\n"
                "- March 2024: 3,720 t, down 12% year on year\n",
                (
                    ("trade", "rare_earths", "imports", "2023", 61000, "t"),
                    ("trade", "rare_earths", "imports", "2024-02", 4050, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2024-02", 3, "%"),
                    ("trade", "rare_earths", "imports", "2024-03", 3720, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2024-03", -12, "%"),
                ),
            ),
            Example(  # the same with quarters and a bullet dot
                "Magnet exports reached 14,500 t in the fourth quarter of 2023. By quarter"
                " in 2024:\n"
                "• Q1 2024: 13,900 t\n"
                "• Q2 2024: 15,200 t\n",
                (
                    ("trade", "ndfeb_magnet", "exports", "2023-Q4", 14500, "t"),
                    ("trade", "ndfeb_magnet", "exports", "2024-Q1", 13900, "t"),
                    ("trade", "ndfeb_magnet", "exports", "2024-Q2", 15200, "t"),
                ),
                published="2024-08-01",
            ),
            Example(  # goods named only in a later piece of the sentence are not the goods
                # counted: the volume continues the paragraph's last traded goods
                "Outbound shipments of NdFeB magnets climbed to 4,300 t in August. Exports in"
                " July had slumped to 2,950 t, a three-year low, when licensing of dysprosium and"
                " terbium oxides began.",
                (
                    ("trade", "ndfeb_magnet", "exports", "2024-08", 4300, "t"),
                    ("trade", "ndfeb_magnet", "exports", "2024-07", 2950, "t"),
                ),
                published="2024-09-20",
            ),
            Example(  # goods in a composition note after the comma are the figure's own
                "Magnet exports slipped to 3,900 t in May. Shipments abroad also fell, to 4,100"
                " t, mostly lanthanum and cerium oxides.",
                (
                    ("trade", "ndfeb_magnet", "exports", "2024-05", 3900, "t"),
                    ("trade", "rare_earths", "exports", "2024-05", 4100, "t"),
                ),
                published="2024-06-20",
            ),
        ),
        cues=(
            "metric.exports",
            "metric.imports",
            *_UPDOWN,
            "comparison.yoy",
            "trade.partner_takes",
            "trade.sent_to",
            "trade.imported",
            "trade.exported",
        ),
    ),
    Rule(
        "production",
        "production",
        "en",
        "{HOLDER}? {CUE:metric.production} {QTY:mass} {PRODUCT} {DATE}",
        production.extract,
        (
            Example(
                "Lynas produced 1,800 t of NdPr in the June quarter.",
                (("production", "prnd_oxide", "production", "2024-Q2", 1800, "t"),),
            ),
            Example(  # "magnetic material blanks" are NdFeB blanks, not the magnetic-materials group
                "Ningbo Yunsheng's output of magnetic material blanks reached 9,000 t in 2023.",
                (("production", "ndfeb_blank", "production", "2023", 9000, "t"),),
            ),
            Example(
                "China's production of rare earth oxide reached 240,000 t in 2023,"
                " up 14% year-on-year.",
                (
                    ("production", "re_oxides", "production", "2023", 240000, "t"),
                    ("production", "re_oxides", "production_yoy_pct", "2023", 14, "%"),
                ),
            ),
            Example(  # a company's undated change takes its report's quarter, like its level:
                # a bare move is year on year, one against a named quarter is q/q
                "Lynas Rare Earths: September quarter 2024 report\n\nSeparated NdPr output rose 31%"
                " from a year earlier to 540 t, while total REO production slipped 3% to 2,210 t."
                " Mixed carbonate output of 900 t was 12% higher than the June quarter.",
                (
                    ("production", "prnd_oxide", "production_yoy_pct", "2024-Q3", 31, "%"),
                    ("production", "prnd_oxide", "production", "2024-Q3", 540, "t"),
                    ("production", "total_reo", "production_yoy_pct", "2024-Q3", -3, "%"),
                    ("production", "total_reo", "production", "2024-Q3", 2210, "t"),
                    ("production", "re_carbonate", "production", "2024-Q3", 900, "t"),
                    ("production", "re_carbonate", "production_qoq_pct", "2024-Q3", 12, "%"),
                ),
                published="2024-10-20",
            ),
        ),
        cues=("metric.production", "holder.market_wide", "comparison.yoy"),
    ),
    Rule(
        "capacity",
        "capacity",
        "en",
        "{COMPANY} {CUE:metric.capacity|metric.installed} {QTY:mass_rate} {PRODUCT}",
        capacity.extract,
        (
            Example(
                "Lynas has an installed capacity of 10,500 t of NdPr per year at Kalgoorlie.",
                (("capacity", "prnd_oxide", "capacity", "", 10500, "t/yr"),),
            ),
            Example(
                "MP Materials plans to raise magnet capacity to 10,000 t per year by 2027.",
                (("capacity", "ndfeb_magnet", "capacity", "", 10000, "t/yr"),),
            ),
            Example(  # a small plant's rate in kilograms is counted in tonnes a year
                "Ningbo Yunsheng runs a samarium-cobalt permanent magnet line in Ningbo with a"
                " capacity of 2,500 kg a year.",
                (("capacity", "smco_magnet", "capacity", "", 2.5, "t/yr"),),
            ),
            Example(
                "Lynas can make 800 kilograms per year of terbium oxide at its pilot circuit.",
                (("capacity", "tb_oxide", "capacity", "", 0.8, "t/yr"),),
            ),
            Example(  # a plant named with its goods gives them to the capacities after it
                "Neo Performance Materials has commissioned a sintered NdFeB magnet plant in"
                " Estonia. The first phase runs at 2,000 t/yr, and a second phase would lift the"
                " site to 5,000 t/yr.",
                (
                    ("capacity", "ndfeb_magnet", "capacity", "", 2000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 5000, "t/yr"),
                ),
            ),
            Example(  # what lines "can turn out" a year; a plant named by its size; a target
                # of capacity is planned, the level it rises from stands
                "Zhenghai Magnetic Material said its lines can turn out 30,000 tonnes of"
                " magnets annually. China Northern Rare Earth expects the 40kt NdFeB alloy line"
                " to start in 2026. JL Mag targets 50,000 t/yr of magnet capacity by 2027, up"
                " from 35,000 t/yr today.",
                (
                    ("capacity", "ndfeb_magnet", "capacity", "", 30000, "t/yr"),
                    ("capacity", "ndfeb_alloy", "capacity", "", 40000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 50000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 35000, "t/yr"),
                ),
            ),
            Example(  # a move of capacity: the target and the level it starts from
                "Ningbo Yunsheng Co. said it would lift its sintered NdFeB magnet capacity to"
                " 60,000 t/yr from 40,000 t/yr now. Lynas Rare Earths plans to raise NdPr oxide"
                " capacity to 12,000 tpa by 2026, from 10,500 tpa currently. Shenghe Resources"
                " Holding Co. will expand its NdPr oxide separation capacity from 20,000 t/yr to"
                " 35,000 t/yr by 2026. Neo Performance Materials aims to double its Narva"
                " sintered magnet plant to 5,000 t/yr from the current 2,500 t/yr.",
                (
                    ("capacity", "ndfeb_magnet", "capacity", "", 5000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 2500, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 60000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 40000, "t/yr"),
                    ("capacity", "prnd_oxide", "capacity", "", 12000, "t/yr"),
                    ("capacity", "prnd_oxide", "capacity", "", 10500, "t/yr"),
                    ("capacity", "prnd_oxide", "capacity", "", 20000, "t/yr"),
                    ("capacity", "prnd_oxide", "capacity", "", 35000, "t/yr"),
                ),
            ),
            Example(  # the parts of a capacity are capacities; two elements sharing one noun
                # are a pair, no one product
                "Arafura Rare Earths said that once built, its refinery will be able to produce"
                " up to 6,000 tonnes a year of"
                " separated rare earth oxides, including about 4,000 tonnes of NdPr oxide and"
                " 600 t of dysprosium and terbium oxides.",
                (
                    ("capacity", "re_oxides", "capacity", "", 6000, "t/yr"),
                    ("capacity", "prnd_oxide", "capacity", "", 4000, "t/yr"),
                ),
            ),
        ),
        cues=("metric.capacity", "metric.installed", "capacity.total_to"),
    ),
    Rule(
        "financial",
        "financial",
        "en",
        "{COMPANY} {CUE:metric.revenue|metric.net_profit|...} {QTY:money} {DATE}",
        financial.extract,
        (
            Example(
                "China Northern Rare Earth reported revenue of 15.2 billion yuan in the first"
                " half, down 20% year-on-year.",
                (
                    ("financial", "", "revenue", "2024-01/2024-06", 15.2e9, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2024-01/2024-06", -20, "%"),
                ),
            ),
            Example(  # a change on the quarter before is not y/y; the title's day ends a quarter
                "ILUKA RESOURCES LIMITED\nQuarterly activities report for the period ending"
                " 30 September 2024\n\n- Sales revenue of A$90.0 million, up 15% on the June"
                " quarter\n",
                (("financial", "", "revenue", "2024-Q3", 90e6, "AUD"),),
                published="2024-10-20",
            ),
            Example(  # an issuer's ASX ticker under the title: its bare "$" are A$
                "Quarterly Activities Report for the period ended 31 December 2024\nKestrel Minerals Limited (ASX: KML)"
                "\n\n- Sales revenue of $18.4 million for the quarter\n",
                (("financial", "", "revenue", "2024-Q4", 18.4e6, "AUD"),),
                published="2025-01-28",
            ),
            Example(  # a bare "$" after a marked US$ sum in the sentence is US$ too
                "Lynas and its American peer both reported. USA Rare Earth posted"
                " second-quarter revenue of US$4.2 million and a net loss of $11.8 million.",
                (
                    ("financial", "", "revenue", "2024-Q2", 4.2e6, "USD"),
                    ("financial", "", "net_profit_attributable", "2024-Q2", -11.8e6, "USD"),
                ),
            ),
            Example(  # a heading's period holds for the bullets under it
                "Arafura Rare Earths\n2024 Interim Report\n\n"
                "Key figures for the six months ended 31 December 2023\n"
                "* Revenue: A$12.5 million, up 8% year on year\n",
                (
                    ("financial", "", "revenue", "2023-07/2023-12", 12.5e6, "AUD"),
                    ("financial", "", "revenue_yoy_pct", "2023-07/2023-12", 8, "%"),
                ),
                published="2024-03-10",
            ),
            Example(
                "Lynas posted net profit of A$1.2 billion to A$1.5 billion in 2023.",
                (("financial", "", "net_profit_attributable", "2023", (1.2e9, 1.5e9), "AUD"),),
            ),
            Example(  # "m" after a currency figure is millions; a loss is a negative profit
                "Shenghe Resources reported net profit of RMB 310 m for 2023.",
                (("financial", "", "net_profit_attributable", "2023", 310e6, "CNY"),),
            ),
            Example(  # a clause on the cash balance does not take the profit keyword
                "Iluka Resources swung to a net loss of A$20 million in 2023, while its cash"
                " balance reached A$300 million.",
                (("financial", "", "net_profit_attributable", "2023", -20e6, "AUD"),),
            ),
            Example(  # a "semi-annual report" names no year; the half holds for the paragraph
                "Ningbo Yunsheng Co., Ltd. had revenue of 2.4 billion yuan in the first half of"
                " 2024, its semi-annual report showed. Net profit attributable to shareholders"
                " fell 30% to 60 million yuan.",
                (
                    ("financial", "", "revenue", "2024-01/2024-06", 2.4e9, "CNY"),
                    ("financial", "", "net_profit_attributable", "2024-01/2024-06", 60e6, "CNY"),
                    (
                        "financial",
                        "",
                        "net_profit_attributable_yoy_pct",
                        "2024-01/2024-06",
                        -30,
                        "%",
                    ),
                ),
            ),
            Example(  # bullets under "<period> highlights" take its period, the shortest named
                "Energy Fuels Inc. reports 2023 results\n\n"
                "Third quarter 2023 highlights\n"
                "- Revenue of $12.0 million, up 30% from a year earlier\n\n"
                "Full year 2023 highlights\n"
                "- Revenue of $40.0 million, compared with $50.0 million in 2022, a decrease"
                " of 20%\n"
                "- Net loss of $5.0 million, versus net income of $3.0 million in 2022\n",
                (
                    ("financial", "", "revenue", "2023-Q3", 12e6, "USD"),
                    ("financial", "", "revenue_yoy_pct", "2023-Q3", 30, "%"),
                    ("financial", "", "revenue", "2023", 40e6, "USD"),
                    ("financial", "", "revenue", "2022", 50e6, "USD"),
                    ("financial", "", "revenue_yoy_pct", "2023", -20, "%"),
                    ("financial", "", "net_profit_attributable", "2023", -5e6, "USD"),
                    ("financial", "", "net_profit_attributable", "2022", 3e6, "USD"),
                ),
                published="2024-02-20",
            ),
        ),
        cues=(
            "metric.revenue",
            "metric.net_profit",
            "metric.recurring",
            "metric.total_profit",
            "metric.cash_flow",
        ),
    ),
    Rule(
        "valuation",
        "valuation",
        "en",
        "{COMPANY} {CUE:metric.close|metric.market_cap|metric.pe} {QTY:money|ratio}",
        valuation.extract,
        (
            Example(
                "Lynas closed at A$6.50 on Friday, giving a market capitalisation of"
                " A$6.1 billion.",
                (
                    ("valuation", "", "close_price", "2024-07-05", 6.5, "AUD"),
                    ("valuation", "", "market_cap", "2024-07-05", 6.1e9, "AUD"),
                ),
            ),
            Example(  # "stood at" tells the measure named before it, not a price
                "Shenghe Resources' market value stood at 38.2 billion yuan at Friday's close.",
                (("valuation", "", "market_cap", "2024-07-05", 38.2e9, "CNY"),),
                entity="shenghe_resources",
            ),
            Example(  # a share price before the market value is not the market value
                "Lynas Rare Earths shares climbed 4% to A$8.10 on Thursday, taking its market"
                " value to A$7.6 billion.",
                (("valuation", "", "market_cap", "2024-07-04", 7.6e9, "AUD"),),
                entity="lynas_rare_earths",
            ),
            Example(  # "Shares of X": the company X
                "Shares of Iluka Resources closed at A$6.20 on Wednesday.",
                (("valuation", "", "close_price", "2024-07-03", 6.2, "AUD"),),
                entity="iluka_resources",
            ),
            Example(  # a multiple of earnings after "is": the P/E of the company just priced
                "Shares of Iluka Resources closed at A$6.20 on Wednesday. That is roughly 18"
                " times forward earnings.",
                (
                    ("valuation", "", "close_price", "2024-07-03", 6.2, "AUD"),
                    ("valuation", "", "pe_ratio", "2024-07-03", 18, "x"),
                ),
                entity="iluka_resources",
            ),
            Example(  # "ended the session at": the day's close
                "Shenghe Resources ended the session at 12.05 yuan on Tuesday, for a market"
                " value of 21.1 billion yuan.",
                (
                    ("valuation", "", "close_price", "2024-07-02", 12.05, "CNY"),
                    ("valuation", "", "market_cap", "2024-07-02", 21.1e9, "CNY"),
                ),
                entity="shenghe_resources",
            ),
            Example(
                "Shares in Shenghe Resources closed at 11.40 yuan on Wednesday, giving a market"
                " value of 20 billion yuan.",
                (
                    ("valuation", "", "close_price", "2024-07-03", 11.4, "CNY"),
                    ("valuation", "", "market_cap", "2024-07-03", 2e10, "CNY"),
                ),
                entity="shenghe_resources",
            ),
        ),
        cues=("metric.close", "metric.market_cap", "metric.pe", "metric.high52", "metric.low52"),
    ),
    Rule(
        "forecast",
        "forecast",
        "en",
        "{CUE:forecast.demand} {PRODUCT} {CUE:metric.cagr} {QTY:percent} {DATE:until}",
        forecast.extract,
        (
            Example(
                "Demand for NdPr from electric vehicles is expected to grow at a compound"
                " annual growth rate of 8% through 2030.",
                (("forecast", "prnd_oxide", "demand_cagr_pct", "2024/2030", 8, "%"),),
            ),
            Example(  # the rate of supply set beside demand's is no demand forecast
                "Consultants see NdPr demand rising at a CAGR of 9% between 2025 and 2035,"
                " ahead of supply, which they expect to grow 6% a year.",
                (("forecast", "prnd_oxide", "demand_cagr_pct", "2025/2035", 9, "%"),),
            ),
        ),
        cues=("forecast.demand", "metric.cagr"),
    ),
    Rule(
        "demand",
        "demand",
        "en",
        "{SECTOR} {CUE:metric.installed|metric.share} {QTY} {DATE}",
        demand.extract,
        (
            Example(
                "China added 75 GW of wind power capacity in 2023.",
                (("demand", "wind_power", "installed_capacity", "2023", 75e6, "kW"),),
            ),
            Example(  # "took X% of ... sales" is the sector's share of the market's sales
                "New-energy vehicles took 37.5% of all new car sales in May.",
                (("demand", "nev", "sales_share_pct", "2024-05", 37.5, "%"),),
            ),
            Example(  # bullets under a heading naming the sector, the title's year
                "China car market, 2023 in numbers\n\nNew energy vehicles (NEVs)\n"
                "- Production: 9.587 million units, +35.8% y/y\n"
                "- Sales: 9.495 million units, +37.9% y/y\n",
                (
                    ("demand", "nev", "production_yoy_pct", "2023", 35.8, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2023", 37.9, "%"),
                ),
                published="2024-01-11",
            ),
            Example(  # measures listed together pair with percents listed together; "on the
                # year" is a comparison, not a period; "the monthly share" is the sales' share
                "Industry figures show NEV output and sales grew 28.5% and 27.9% in"
                " January-June. In June alone, NEV sales rose 18.2% y/y, lifting the monthly"
                " share to 47.0%.",
                (
                    ("demand", "nev", "production_yoy_pct", "2024-01/2024-06", 28.5, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2024-01/2024-06", 27.9, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2024-06", 18.2, "%"),
                    ("demand", "nev", "sales_share_pct", "2024-06", 47.0, "%"),
                ),
                published="2024-07-12",
            ),
            Example(  # "the same months of 2023" is the base, not the next figure's period;
                # "over the six months" is January to June
                "Over January-June, new energy vehicle sales reached 4.9 million units, 33.1%"
                " more than in the same months of 2023, and NEV output rose 34.0%. Output was"
                " 5.0mn units, up by 30.5pc on the year, and NEVs made up 43.0pc of new cars"
                " sold over the six months.",
                (
                    ("demand", "nev", "sales_yoy_pct", "2024-01/2024-06", 33.1, "%"),
                    ("demand", "nev", "production_yoy_pct", "2024-01/2024-06", 34.0, "%"),
                    ("demand", "nev", "production_yoy_pct", "2024-01/2024-06", 30.5, "%"),
                    ("demand", "nev", "sales_share_pct", "2024-01/2024-06", 43.0, "%"),
                ),
                published="2024-07-12",
            ),
            Example(  # a stock "at the end of <year>" is that year's December reading
                "Grid-connected wind capacity in China was 365 GW at the end of 2022, 11% more"
                " than a year before.",
                (
                    ("demand", "wind_power", "installed_capacity", "2022-12", 365e6, "kW"),
                    ("demand", "wind_power", "installed_capacity_yoy_pct", "2022-12", 11, "%"),
                ),
                published="2023-02-01",
            ),
            Example(  # "Globally" holds the total; a region's bracketed figure is its own
                "Globally, sales of EVs and plug-in hybrids rose 21% on the same period of 2023"
                " to some 7.4 million in January-June, Japan (+4%) lagging and Europe (+9%)"
                " doing better.",
                (
                    ("demand", "nev", "sales_yoy_pct", "2024-01/2024-06", 21, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2024-01/2024-06", 9, "%"),
                ),
                published="2024-07-12",
                holders=("global", "europe"),
            ),
            Example(  # "globally" ranking a holder mid-clause does not make the figure global
                "Chinese NEV sales, the strongest globally, grew 27% in January-April.",
                (("demand", "nev", "sales_yoy_pct", "2024-01/2024-04", 27, "%"),),
                published="2024-06-12",
                holders=("china",),
            ),
            Example(  # the world less China is neither China's figure nor the world's
                "Worldwide, NEV sales climbed 15% in January-March, while sales outside China"
                " slipped 2%.",
                (("demand", "nev", "sales_yoy_pct", "2024-01/2024-03", 15, "%"),),
                published="2024-06-12",
                holders=("global",),
            ),
            Example(  # China's bracket is China's; a bracket after a month is no place's
                "Worldwide, NEV sales were up 18% in January-May, China (+24%) leading.\n\n"
                "Sales of NEVs in China hit 950,000 units in May (+16%), dealers said.",
                (
                    ("demand", "nev", "sales_yoy_pct", "2024-01/2024-05", 18, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2024-01/2024-05", 24, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2024-05", 16, "%"),
                ),
                published="2024-06-12",
                holders=("global", "china", "china"),
            ),
            Example(  # China's part of a global total named right before its figure
                "Globally, developers added 110 GW of new wind capacity in 2023, of which China"
                " put in 75.9 GW.",
                (
                    ("demand", "wind_power", "installed_capacity", "2023", 110e6, "kW"),
                    ("demand", "wind_power", "installed_capacity", "2023", 75.9e6, "kW"),
                ),
                published="2024-07-12",
                holders=("global", "china"),
            ),
            Example(  # a flow "at the end of <year>" is the year's; the stock beside it December's
                "Sales of new energy vehicles in China were 28% higher at the end of 2023 than a"
                " year before, and grid-connected wind capacity was 420 GW at the end of 2023.",
                (
                    ("demand", "nev", "sales_yoy_pct", "2023", 28, "%"),
                    ("demand", "wind_power", "installed_capacity", "2023-12", 420e6, "kW"),
                ),
                published="2024-02-01",
            ),
        ),
        cues=(
            "sector.nev",
            "sector.wind_power",
            "sector.power_generation",
            "metric.installed",
            "forecast.expect",
        ),
    ),
    Rule(
        "date",
        "date",
        "en",
        "a row of ingest/dates.py's phrasing table",
        dates.find_dates,
        (
            Example(
                "Samarium oxide was quoted at 15,000 yuan/t on 2 July.",
                (("price", "sm_oxide", "price", "2024-07-02", 15000, "CNY/t"),),
            ),
            # a bare day of the month is the latest such day not after the report
            Example(
                "Europium oxide closed at 185 yuan/kg on the 28th.",
                (("price", "eu_oxide", "price", "2024-06-28", 185, "CNY/kg"),),
            ),
            Example(
                "Gadolinium oxide was offered at 160,000 yuan/t on the 2nd.",
                (("price", "gd_oxide", "price", "2024-07-02", 160000, "CNY/t"),),
            ),
        ),
        cues=(),
    ),
    Rule(
        "period_base",
        "period base",
        "en",
        "{CUE:direction} {QTY} {CUE:comparison}|from {DATE}",
        comparison.cmp_of,
        (
            Example(
                "Neodymium oxide prices rose 2% compared with last Friday.",
                (("price", "nd_oxide", "change_pct", "2024-06-28/2024-07-05", 2, "%"),),
            ),
            Example(
                "NdPr oxide prices rose 5,000 yuan/t from the previous trading day.",
                (("price", "prnd_oxide", "change", "2024-07-04/2024-07-05", 5000, "CNY/t"),),
            ),
        ),
        cues=_CMP,
    ),
    Rule(
        "price_listing",
        "price level",
        "en",
        "{CUE:listing} {DATE:month}? {PRODUCT} {QTY:price} ({QTY:price} above {DATE:month})?",
        prices.listed,
        (
            Example(  # announced in advance: the month after publication is this year's
                "Shenghe Resources set its August listing prices on Friday: terbium oxide at"
                " 7,100 yuan/kg, 150 yuan/kg above July.",
                (
                    ("price", "tb_oxide", "price", "2024-08", 7100, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07/2024-08", 150, "CNY/kg"),
                ),
            ),
            Example(  # the day of the notice gives the month; a change against the month before
                "Shenghe Resources said on Monday that dysprosium oxide was listed at 1,650"
                " yuan/kg, a rise of 3% on June.",
                (
                    ("price", "dy_oxide", "price", "2024-07", 1650, "CNY/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-06/2024-07", 3, "%"),
                ),
            ),
            Example(  # an exchange board's listed price told by the session: the day's quote
                "On the trading board, the listed price of neodymium oxide settled at 452,000"
                " yuan/t, 2,000 yuan/t above the previous trading day.",
                (
                    ("price", "nd_oxide", "price", "2024-07-05", 452000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),
                ),
                entity="china",
            ),
        ),
        cues=("metric.price",),
        doc="A producer's listing price: the producer's, for the month it is set for; a listed"
        " price that closed (settled) or is set against the previous trading day is an"
        " exchange's quote of the day (prices._SESSION_LISTING).",
    ),
    Rule(
        "summary_block",
        "price level",
        "en",
        "a heading ending in ':' naming a measure (and years), rows 'label .. YEAR: v' or 'label v / v'",
        tables.extract_tables,
        (
            Example(
                "Rare earths in brief\n\nPrices (yearly average, cif Rotterdam, $/kg):\n"
                "  Dysprosium oxide ....... 2022: 330   2023e: 290\n\n"
                "Mine output (t REO), 2022 / 2023e:\n  Brazil      80 / 20\n"
                "  World total, 2023e: 300,000\n",
                (
                    ("price", "dy_oxide", "average", "2022", 330, "USD/kg"),
                    ("price", "dy_oxide", "average", "2023", 290, "USD/kg"),
                    ("production", "total_reo", "production", "2022", 80, "t"),
                    ("production", "total_reo", "production", "2023", 20, "t"),
                    ("production", "total_reo", "production", "2023", 300000, "t"),
                ),
            ),
            Example(  # a ranked table of countries under a caption naming output, year, tonnes
                "Who mines the most\n\n"
                "Mined output by country, 2022 (tonnes, oxide equivalent)\n"
                "| # | Country | Tonnes |\n|---|---|---|\n"
                "| 1 | Vietnam | 4,300 |\n| 2 | Brazil | 80 |\n| - | World total | 300,000 |\n"
                "Source: national statistics offices\n",
                (
                    ("production", "total_reo", "production", "2022", 4300, "t"),
                    ("production", "total_reo", "production", "2022", 80, "t"),
                    ("production", "total_reo", "production", "2022", 300000, "t"),
                ),
            ),
            Example(  # value columns headed by years instead
                "Rare earth mine production (t)\nCountry | 2022 | 2023e\nRussia | 2,600 | 2,500\n",
                (
                    ("production", "total_reo", "production", "2022", 2600, "t"),
                    ("production", "total_reo", "production", "2023", 2500, "t"),
                ),
                entity="russia",
            ),
        ),
        cues=("metric.price", "metric.production"),
        doc="Commodity-summary blocks keyed by year (ingest/summaryblocks.py), and ranked"
        " country tables in pipes under a production caption.",
    ),
    Rule(
        "period_columns",
        "production",
        "en",
        "a header of periods ('Dec Qtr FY25', 'Nov-24', 'FY2024'), rows 'label (unit)  v  v  v'",
        periodcolumns.find_rows,
        (
            Example(
                "ILUKA RESOURCES LIMITED\n\nSummary\n                                  Sep Qtr"
                " FY25   Jun Qtr FY24\nRare earth concentrate output (tonnes)  1,300"
                "          1,250\nSales revenue (A$m)                     150.5          140.0\n",
                (
                    ("production", "re_concentrate", "production", "2024-Q3", 1300, "t"),
                    ("production", "re_concentrate", "production", "2024-Q2", 1250, "t"),
                    ("financial", "", "revenue", "2024-Q3", 150.5e6, "AUD"),
                    ("financial", "", "revenue", "2024-Q2", 140e6, "AUD"),
                ),
                published="2024-10-20",
            ),
        ),
        cues=("metric.production", "metric.revenue"),
        doc="Key-figure tables whose columns are periods (ingest/periodcolumns.py): each cell"
        " is read as a sentence with its column's period (c63).",
    ),
    Rule(
        "price_table",
        "price level",
        "en",
        "a table whose header names product and price columns",
        pricetable_layout.find_tables,
        (
            Example(
                "Rare earth prices, July 4\n\n| Product | Price (yuan/t) | Change |\n"
                "|---|---|---|\n| Neodymium oxide | 435,000 | +5,000 |\n"
                "| Dysprosium oxide | 1,600,000 | -20,000 |\n",
                (
                    ("price", "nd_oxide", "price", "2024-07-04", 435000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-07-03/2024-07-04", 5000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2024-07-04", 1600000, "CNY/t"),
                    ("price", "dy_oxide", "change", "2024-07-03/2024-07-04", -20000, "CNY/t"),
                ),
            ),
            Example(  # an HTML table read by trafilatura: a blank corner cell over the
                # product column, the unit in each row's label, an average column beside a range
                "Oxide prices, 4 July 2024\n\n|  | Low | High | Average |\n|---|---|---|---|\n"
                "| Gadolinium oxide, yuan/t | 158,000 | 162,000 | 160,000 |\n"
                "| Holmium oxide, yuan/t | 470,000 | 480,000 | 475,000 |\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-04", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-04", 162000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-07-04", 470000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-04", 480000, "CNY/t"),
                ),
            ),
            Example(  # the first column headed by the kind of goods; Minimum/Maximum columns
                "Oxide prices, 4 July 2024\nAll prices in yuan per tonne, VAT included.\n"
                "| Oxide | Minimum | Maximum | Average | Chg |\n|---|---|---|---|---|\n"
                "| Pr-Nd oxide 99% | 438,000 | 442,000 | 440,000 | +2,000 |\n"
                "Heavy rare earths, yuan/kg\n| Rare earth | Low | High | Mid |\n|---|---|---|---|\n"
                "| Terbium oxide | 6,850 | 6,950 | 6,900 |\n",
                (
                    ("price", "prnd_oxide", "price_low", "2024-07-04", 438000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-07-04", 442000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-07-03/2024-07-04", 2000, "CNY/t"),
                    ("price", "tb_oxide", "price_low", "2024-07-04", 6850, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-04", 6950, "CNY/kg"),
                ),
            ),
            Example(  # level heads with "price" ("Low price", "Price high"), "Mid-point", a
                # "Weekly change" column
                "Prices, 4 July 2024\nDomestic China, yuan per tonne.\n"
                "| Product | Low price | High price | Average price |\n|---|---|---|---|\n"
                "| Pr-Nd oxide | 438,000 | 442,000 | 440,000 |\nMetals, yuan/t\n"
                "| Product | Price low | Price high | Mid-point | Weekly change |\n"
                "|---|---|---|---|---|\n| Pr-Nd metal | 540,000 | 545,000 | 542,500 | +5,000 |\n",
                (
                    ("price", "prnd_oxide", "price_low", "2024-07-04", 438000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-07-04", 442000, "CNY/t"),
                    ("price", "prnd_metal", "price_low", "2024-07-04", 540000, "CNY/t"),
                    ("price", "prnd_metal", "price_high", "2024-07-04", 545000, "CNY/t"),
                    ("price", "prnd_metal", "change", "2024-06-27/2024-07-04", 5000, "CNY/t"),
                ),
            ),
            Example(  # a weighted-average column beside Low and High; a row's own "(kg)"
                "Daily sheet, 4 July 2024\nUnit: RMB/ton unless marked.\n"
                "| Product | Spec | Low | High | W.Avg | Change |\n|---|---|---|---|---|---|\n"
                "| Gadolinium oxide | 99.5% | 158,000 | 161,000 | -- | -1,000 |\n"
                "| Terbium oxide (kg) | 99.99% | 6,700 | 6,760 | 6,731 | -20 |\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-04", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-04", 161000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-03/2024-07-04", -1000, "CNY/t"),
                    ("price", "tb_oxide", "price_low", "2024-07-04", 6700, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-04", 6760, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-03/2024-07-04", -20, "CNY/kg"),
                ),
            ),
            Example(  # a head ending in "product"; a column of words beside Low and High
                "Prices, 4 July 2024\nDomestic China, yuan per tonne.\n"
                "| Rare earth product | Purity | Low | High | Source |\n|---|---|---|---|---|\n"
                "| Neodymium oxide | 99.5% | 445,000 | 449,000 | Asian Metal |\n",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-04", 445000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-04", 449000, "CNY/t"),
                ),
            ),
            Example(  # in a weekly report, a previous column naming no day is a week back
                "Rare earths weekly price sheet\n\n"
                "| Product (fob China, $/kg) | Low | High | Mid | Previous mid |\n"
                "|---|---|---|---|---|\n| Neodymium oxide | 72.00 | 74.00 | 73.00 | 72.50 |\n",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-05", 72, "USD/kg"),
                    ("price", "nd_oxide", "price_high", "2024-07-05", 74, "USD/kg"),
                    ("price", "nd_oxide", "price", "2024-06-28", 72.5, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # the key line's day is the changes' base, not the table's date
                "Daily oxide prices | 4 Jul 2024 (Thu)\nChg = change vs previous session (3 Jul)\n\n"
                "Product       | Unit   | Low    | High   | Chg\n"
                "Europium oxide | RMB/kg | 180    | 190    | -5\n",
                (
                    ("price", "eu_oxide", "price_low", "2024-07-04", 180, "CNY/kg"),
                    ("price", "eu_oxide", "price_high", "2024-07-04", 190, "CNY/kg"),
                    ("price", "eu_oxide", "change", "2024-07-03/2024-07-04", -5, "CNY/kg"),
                ),
            ),
            Example(  # a numeric base day in the change header, a unit in each range cell
                "Oxides, 4 July 2024\n\nProduct          Purity   Range today           Chg vs 03/07\n"
                "Samarium oxide   99.9%    14.50-15.50 RMB/kg    0.00\n"
                "Europium oxide   99.99%   180-190 RMB/kg        -5\n",
                (
                    ("price", "sm_oxide", "price_low", "2024-07-04", 14.5, "CNY/kg"),
                    ("price", "sm_oxide", "price_high", "2024-07-04", 15.5, "CNY/kg"),
                    ("price", "sm_oxide", "change", "2024-07-03/2024-07-04", 0, "CNY/kg"),
                    ("price", "eu_oxide", "price_low", "2024-07-04", 180, "CNY/kg"),
                    ("price", "eu_oxide", "price_high", "2024-07-04", 190, "CNY/kg"),
                    ("price", "eu_oxide", "change", "2024-07-03/2024-07-04", -5, "CNY/kg"),
                ),
            ),
            Example(  # one price column per assessment day, the unit and basis key above
                "Weekly export assessments\nPrices in USD/kg; fob = fob China, cif = cif"
                " Rotterdam\n\nSeries       Basis   4-Jul-24   27-Jun-24   Chg    Chg %\n"
                "Tb metal     cif     1210.00    1190.00   +20.00   +1.68\n"
                "Pr oxide     fob       60.10      60.10     0.00    0.00\n"
                "Tb scrap     fob      300.00     310.00   -10.00\n",
                (
                    ("price", "tb_metal", "price", "2024-07-04", 1210, "USD/kg"),
                    ("price", "tb_metal", "price", "2024-06-27", 1190, "USD/kg"),
                    ("price", "tb_metal", "change", "2024-06-27/2024-07-04", 20, "USD/kg"),
                    ("price", "tb_metal", "change_pct", "2024-06-27/2024-07-04", 1.68, "%"),
                    ("price", "pr_oxide", "price", "2024-07-04", 60.1, "USD/kg"),
                    ("price", "pr_oxide", "price", "2024-06-27", 60.1, "USD/kg"),
                    ("price", "pr_oxide", "change", "2024-06-27/2024-07-04", 0, "USD/kg"),
                    ("price", "pr_oxide", "change_pct", "2024-06-27/2024-07-04", 0, "%"),
                ),
            ),
        ),
        cues=("metric.price",),
    ),
    Rule(
        "financial_short_scale",
        "financial",
        "en",
        "{CUE:metric.net_profit|metric.revenue} {CUR} {NUM} m|bn",
        financial.extract,
        (
            Example(
                "Shenghe Resources: net profit attributable to shareholders RMB 415 m in 2023.",
                (("financial", "", "net_profit_attributable", "2023", 415e6, "CNY"),),
            ),
        ),
        cues=("metric.net_profit", "metric.revenue"),
        doc="A currency figure with a spaced short scale ('RMB 415 m') is in millions.",
    ),
    Rule(
        "financial_one_off",
        "financial",
        "en",
        "{CUE:metric.recurring} , profit {QTY:money}",
        financial.extract,
        (
            Example(
                "Shenghe Resources said that, stripping out one-off items, profit for 2023 was"
                " 380 million yuan.",
                (("financial", "", "net_profit_attributable_recurring", "2023", 380e6, "CNY"),),
            ),
            Example(
                "Before exceptional items, Lynas earned a net profit of A$60 million in 2023.",
                (("financial", "", "net_profit_attributable_recurring", "2023", 60e6, "AUD"),),
            ),
        ),
        cues=("metric.recurring", "financial.excluding"),
        doc="Profit with one-off or exceptional items left out is the recurring profit.",
    ),
    Rule(
        "financial_listed_arm",
        "financial",
        "en",
        "arm|unit of {COMPANY} said {CUE:metric.revenue} {QTY:money}",
        financial.extract,
        (
            Example(
                "The Sichuan-based unit of China Rare Earth Group said revenue for the first"
                " half came to 1.4 billion yuan.",
                (("financial", "", "revenue", "2024-01/2024-06", 1.4e9, "CNY"),),
            ),
        ),
        cues=("metric.revenue",),
        doc="A company described as a group's arm reports its own results (not a segment).",
    ),
    Rule(
        "financial_calendar_year",
        "financial",
        "en",
        "{QTY:money} for calendar {DATE:year}",
        financial.extract,
        (
            Example(
                "Lynas Rare Earths revenue was A$150 million for the June quarter and"
                " A$560 million for calendar 2023.",
                (
                    ("financial", "", "revenue", "2024-Q2", 150e6, "AUD"),
                    ("financial", "", "revenue", "2023", 560e6, "AUD"),
                ),
            ),
        ),
        cues=("metric.revenue",),
        doc="A figure followed by 'for calendar YEAR' is that year's, whatever the clause began with.",
    ),
    Rule(
        "demand_share_verb",
        "demand",
        "en",
        "{SECTOR} took|captured|represented {QTY:percent} of {...} sales",
        demand.extract,
        (
            Example(
                "In June, new-energy vehicles captured 47.5% of new car sales in China.",
                (("demand", "nev", "sales_share_pct", "2024-06", 47.5, "%"),),
            ),
            Example(
                "Electric vehicles represented about 31% of all vehicle sales in 2023.",
                (("demand", "nev", "sales_share_pct", "2023", 31, "%"),),
            ),
        ),
        cues=("metric.share", "sector.nev"),
        doc="A sector that took (captured, represented) a percentage of sales: its sales share.",
    ),
    Rule(
        "demand_made_units",
        "demand",
        "en",
        "made|manufactured {QTY} {SECTOR} {DATE}, up {QTY:percent}",
        demand.extract,
        (
            Example(
                "Chinese carmakers manufactured 9.6 million new-energy vehicles in 2023, up 36%,"
                " and sold 9.5 million, up 38%.",
                (
                    ("demand", "nev", "production_yoy_pct", "2023", 36, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2023", 38, "%"),
                ),
            ),
        ),
        cues=("metric.production", "sector.nev"),
        doc="'made' or 'manufactured' before a count of units is the sector's production.",
    ),
    Rule(
        "trade_importer",
        "trade",
        "en",
        "{COUNTRY}'s ... imports|{COUNTRY} imported|brought in {QTY:mass} {PRODUCT} and compounds",
        trade.importer,
        (
            Example(
                "India brought in 2,400 tonnes of rare earth metals and compounds in 2023,"
                " 7% more than in 2022.",
                (
                    ("trade", "rare_earths", "imports", "2023", 2400, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2023", 7, "%"),
                ),
            ),
        ),
        cues=("metric.imports",),
        doc="Another country's imports are held by that country (tests/cases/c60 checks the"
        " holder); 'metals and compounds' is the trade aggregate; a story that opens on a"
        " country's imports goes on counting that country's.",
    ),
    Rule(
        "trade_part_of_total",
        "trade",
        "en",
        "of the total, {PRODUCT} accounted for {QTY:mass}",
        trade.extract,
        (
            Example(
                "China imported 9,000 t of rare earths in May. Of the total, mixed carbonate"
                " accounted for 2,500 t.",
                (
                    ("trade", "rare_earths", "imports", "2024-05", 9000, "t"),
                    ("trade", "re_carbonate", "imports", "2024-05", 2500, "t"),
                ),
            ),
        ),
        cues=("metric.share",),
        doc="A part of the last volume named is a volume of the same flow and period.",
    ),
    Rule(
        "trade_base_figure",
        "trade",
        "en",
        "{QTY:percent} less|more than the {QTY:mass} shipped in {DATE}|from {DATE}'s {QTY:mass}",
        trade.base_figure_date,
        (
            Example(
                "China exported 3,100 t of magnets in May, 9% more than the 2,844 t shipped"
                " in April.",
                (
                    ("trade", "ndfeb_magnet", "exports", "2024-05", 3100, "t"),
                    ("trade", "ndfeb_magnet", "exports_mom_pct", "2024-05", 9, "%"),
                    ("trade", "ndfeb_magnet", "exports", "2024-04", 2844, "t"),
                ),
            ),
            Example(
                "Magnet exports in May: 3,100 t, up 9% m/m from April's 2,844 t.",
                (
                    ("trade", "ndfeb_magnet", "exports", "2024-05", 3100, "t"),
                    ("trade", "ndfeb_magnet", "exports_mom_pct", "2024-05", 9, "%"),
                    ("trade", "ndfeb_magnet", "exports", "2024-04", 2844, "t"),
                ),
            ),
            Example(  # "The May figure" is the last volume's goods; "below April's" dates the
                # base; a year-ago change after the base is the main volume's; "inbound" goods
                # are imports; stocks of goods are no trade or output
                "China shipped 14,200 t of rare earths abroad in the first five months. The May"
                " figure was 2,950 t, 4.1% below April's 3,076 t and up 7.3% from a year"
                " earlier. Inbound rare earths came to 61,400 t over the five months. Stocks of"
                " separated oxides in bonded warehouses reached some 2,000 t.",
                (
                    ("trade", "rare_earths", "exports", "2024-01/2024-05", 14200, "t"),
                    ("trade", "rare_earths", "exports", "2024-05", 2950, "t"),
                    ("trade", "rare_earths", "exports_mom_pct", "2024-05", -4.1, "%"),
                    ("trade", "rare_earths", "exports", "2024-04", 3076, "t"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2024-05", 7.3, "%"),
                    ("trade", "rare_earths", "imports", "2024-01/2024-05", 61400, "t"),
                ),
                published="2024-06-20",
            ),
            Example(  # a figure a revision replaced is no fact
                "Japan imported 1,207 t of rare earths in July. The July figure was revised up"
                " from a preliminary 1,190 tonnes.",
                (("trade", "rare_earths", "imports", "2024-07", 1207, "t"),),
                published="2024-09-02",
            ),
            # the base's own month ("vs 5,100 t in May") does not spread back to the figure
            # before it, which keeps the paragraph's month
            Example(
                "Magnet shipments picked up in June. Exports came to 4,700 t, vs 5,100 t in May.",
                (
                    ("trade", "rare_earths", "exports", "2024-06", 4700, "t"),
                    ("trade", "rare_earths", "exports", "2024-05", 5100, "t"),
                ),
            ),
            Example(
                "Shipments abroad fell to 4,300 t in June. Magnet exports were 4,700 t, lower"
                " than the 5,100 t in May.",
                (
                    ("trade", "rare_earths", "exports", "2024-06", 4300, "t"),
                    ("trade", "ndfeb_magnet", "exports", "2024-06", 4700, "t"),
                    ("trade", "ndfeb_magnet", "exports", "2024-05", 5100, "t"),
                ),
            ),
        ),
        cues=("comparison.mom", "comparison.yoy"),
        doc="The volume a change is measured against has its own period; the gap between the"
        " two periods says month-on-month or year-on-year.",
    ),
    Rule(
        "trade_month_earlier",
        "trade",
        "en",
        "{CUE:metric.exports} {CUE:direction} {QTY:percent} from a month earlier",
        trade.extract,
        (
            Example(
                "Exports of rare earths rose 14% in May from a month earlier to 5,200 tons.",
                (
                    ("trade", "rare_earths", "exports_mom_pct", "2024-05", 14, "%"),
                    ("trade", "rare_earths", "exports", "2024-05", 5200, "t"),
                ),
            ),
        ),
        cues=("comparison.mom",),
        doc="'from a month earlier' is month-on-month.",
    ),
    Rule(
        "trade_mostly",
        "trade",
        "en",
        "{PRODUCT} imports, mostly {PRODUCT}, ... {QTY:mass}",
        trade.extract,
        (
            Example(
                "Permanent magnet imports, mainly NdFeB, reached 1,900 t in 2023.",
                (("trade", "re_permanent_magnet", "imports", "2023", 1900, "t"),),
            ),
        ),
        cues=("metric.imports", "metric.exports"),
        doc="A composition note ('mostly X') does not change what was traded.",
    ),
    Rule(
        "financial_bracketed_comparative",
        "financial",
        "en",
        "{QTY:money} ({DATE}: {QTY:money}) ... {QTY:money}",
        financial.extract,
        (
            Example(
                "Lynas Rare Earths posted 2024 revenue of A$500 million (2023: A$450 million),"
                " and net profit of A$80 million.",
                (
                    ("financial", "", "revenue", "2024", 500e6, "AUD"),
                    ("financial", "", "revenue", "2023", 450e6, "AUD"),
                    ("financial", "", "net_profit_attributable", "2024", 80e6, "AUD"),
                ),
                published="2025-03-30",
            ),
        ),
        cues=("metric.revenue", "metric.net_profit"),
        doc="A period label opening brackets ('(2023: ...)') dates only the figure inside them.",
    ),
    Rule(
        "trade_not_volumes",
        "trade",
        "en",
        "import reliance {QTY:percent}|each ... {QTY:mass} of {PRODUCT}",
        trade.extract,
        (
            Example("China's net import reliance for heavy rare earths was 40% in 2023.", ()),
            Example(
                "Some 20,000 scooters were exported in May, each carrying about 0.3 kg of NdFeB.",
                (),
            ),
        ),
        cues=("metric.imports", "metric.exports"),
        doc="A reliance ratio is not a change of imports; a mass per unit is not a traded volume.",
    ),
    Rule(
        "financial_cash_balance",
        "financial",
        "en",
        "{CUE:metric.skip} {QTY:money}",
        financial.extract,
        (
            Example(
                "Lynas Rare Earths posted a net profit of A$20 million in the first half; cash and"
                " investments totalled A$500 million.",
                (("financial", "", "net_profit_attributable", "2024-01/2024-06", 20e6, "AUD"),),
            ),
        ),
        cues=("metric.skip",),
        doc="A cash, debt or borrowings balance after a result is not that result.",
    ),
    Rule(
        "financial_appositive_arm",
        "financial",
        "en",
        "{COMPANY}, the ... arm, saw {CUE:metric.revenue} ... {QTY:money}",
        financial.extract,
        (
            Example(
                "Zhong Ke San Huan, the holding group's magnet arm, saw revenue fall 4% y/y to"
                " RMB3.1bn in the first half.",
                (
                    ("financial", "", "revenue_yoy_pct", "2024-01/2024-06", -4, "%"),
                    ("financial", "", "revenue", "2024-01/2024-06", 3.1e9, "CNY"),
                ),
            ),
        ),
        cues=("metric.revenue",),
        doc="A company described in an appositive as a group's arm reports its own results.",
    ),
    Rule(
        "financial_quarter_on_quarter",
        "financial",
        "en",
        "{QTY:money}, {QTY:percent} more than in the {DATE:previous quarter}",
        financial.extract,
        (
            Example(
                "Shenghe Resources said second-quarter net profit was 300 million yuan, 15%"
                " more than in the first quarter.",
                (("financial", "", "net_profit_attributable", "2024-Q2", 300e6, "CNY"),),
            ),
        ),
        cues=("comparison.qoq",),
        doc="A change against the quarter before is not a year-on-year change (none is kept).",
    ),
    Rule(
        "demand_sub_sector_share",
        "demand",
        "en",
        "hybrids made up {QTY:percent} of {SECTOR} sales",
        demand.extract,
        (
            Example(
                "NEV sales rose 20% in July; plug-in hybrids made up 40% of NEV sales.",
                (("demand", "nev", "sales_yoy_pct", "2024-07", 20, "%"),),
            ),
        ),
        cues=("metric.share",),
        doc="A sub-type's share of a sector's sales is not the sector's share of the market.",
    ),
    Rule(
        "trade_possessive_when",
        "trade",
        "en",
        "{QTY:percent} lower than {DATE}'s, when ... shipped {QTY:mass}",
        trade.base_figure_date,
        (
            Example(
                "China exported 5,000 t of rare earths in May, 4% lower than April's, when"
                " exporters shipped 5,210 t.",
                (
                    ("trade", "rare_earths", "exports", "2024-05", 5000, "t"),
                    ("trade", "rare_earths", "exports_mom_pct", "2024-05", -4, "%"),
                    ("trade", "rare_earths", "exports", "2024-04", 5210, "t"),
                ),
            ),
            Example(  # "from <month>, when they had ... to X, a Y% drop": that month's own
                "Exports of rare earths climbed to 6,100 t in May, up 22% from April, when"
                " shipments had dropped to 5,000 t, a 15% fall from a year earlier.",
                (
                    ("trade", "rare_earths", "exports", "2024-05", 6100, "t"),
                    ("trade", "rare_earths", "exports_mom_pct", "2024-05", 22, "%"),
                    ("trade", "rare_earths", "exports", "2024-04", 5000, "t"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2024-04", -15, "%"),
                ),
            ),
        ),
        cues=("comparison.mom",),
        doc="A volume told after 'than <month>'s, when ...' or 'from <month>, when ... to' is"
        " that month's, and a move set beside it ('..., a 15% fall') its own.",
    ),
    Rule(
        "trade_after_base",
        "trade",
        "en",
        "{QTY:mass} {DATE}, ... from {QTY:mass} in {DATE}, {QTY:percent} below the level of {DATE}",
        trade.extract,
        (
            Example(
                "Magnet exports reached 4,800 t in May, up 5% from 4,571 t in April, though"
                " still 2% below the level of May 2023.",
                (
                    ("trade", "ndfeb_magnet", "exports", "2024-05", 4800, "t"),
                    ("trade", "ndfeb_magnet", "exports_mom_pct", "2024-05", 5, "%"),
                    ("trade", "ndfeb_magnet", "exports", "2024-04", 4571, "t"),
                    ("trade", "ndfeb_magnet", "exports_yoy_pct", "2024-05", -2, "%"),
                ),
            ),
        ),
        cues=("comparison.yoy",),
        doc="A change after a base volume is the main volume's, over the gap to the level named.",
    ),
    Rule(
        "financial_base_booked",
        "financial",
        "en",
        "{QTY:percent} on the {QTY:money} booked a year earlier",
        financial.extract,
        (
            Example(
                "Lynas Rare Earths lifted revenue to A$190 million in the June 2024 quarter, up"
                " 12% on the A$169.6 million booked a year earlier.",
                (
                    ("financial", "", "revenue", "2024-Q2", 190e6, "AUD"),
                    ("financial", "", "revenue_yoy_pct", "2024-Q2", 12, "%"),
                    ("financial", "", "revenue", "2023-Q2", 169.6e6, "AUD"),
                ),
            ),
        ),
        cues=("comparison.yoy",),
        doc="A base figure 'booked (reported, earned...) a year earlier' is the year-ago result.",
    ),
    Rule(
        "production_country_clauses",
        "production",
        "en",
        "{COUNTRY|world} ... {QTY:mass} ((YEAR: {QTY:mass}) | from {QTY:mass})?",
        country_output.extract,
        (
            Example(
                "Global mine production climbed to 350,000 t in 2023 (2022: 300,000 t)."
                " Brazil held steady at 80 t, while India slipped to 2,900 t from 3,000 t.",
                (
                    ("production", "total_reo", "production", "2023", 350000, "t"),
                    ("production", "total_reo", "production", "2022", 300000, "t"),
                    ("production", "total_reo", "production", "2023", 80, "t"),
                    ("production", "total_reo", "production", "2022", 80, "t"),
                    ("production", "total_reo", "production", "2023", 2900, "t"),
                    ("production", "total_reo", "production", "2022", 3000, "t"),
                ),
                published="2024-02-01",
            ),
            Example(  # the year of "unchanged from" is the base; the change is zero
                "Mined output in 2023 by country: Malaysia, at 130 t, was flat on 2022.",
                (
                    ("production", "total_reo", "production", "2023", 130, "t"),
                    ("production", "total_reo", "production", "2022", 130, "t"),
                    ("production", "total_reo", "production_yoy_pct", "2023", 0, "%"),
                ),
                published="2024-02-01",
            ),
            Example(  # "output in <country>" opens a clause too; an aside's "quota" is not the
                # measure of the figure after it; a ministry setting quotas holds none
                "World mine output reached 350,000 t in 2023. China's output, which equals its"
                " mining quota, rose to 240,000 t from 210,000 t, and output in Vietnam fell to"
                " 600 t from 4,300 t. China's Ministry of Industry and Information Technology"
                " set its 2023 smelting and separation quota at 230,000 t.",
                (
                    ("production", "total_reo", "production", "2023", 350000, "t"),
                    ("production", "total_reo", "production", "2023", 240000, "t"),
                    ("production", "total_reo", "production", "2022", 210000, "t"),
                    ("production", "total_reo", "production", "2023", 600, "t"),
                    ("production", "total_reo", "production", "2022", 4300, "t"),
                    ("quota", "smelting_separation", "quota", "2023", 230000, "t"),
                ),
                published="2024-02-01",
            ),
            Example(  # a country named by its adjective holds the output after it
                "China mined 240,000 tonnes of rare earths in 2023, while Burmese output came"
                " to 38,000 t.",
                (
                    ("production", "total_reo", "production", "2023", 240000, "t"),
                    ("production", "total_reo", "production", "2023", 38000, "t"),
                ),
                published="2024-02-01",
                holders=("china", "myanmar"),
            ),
            Example(  # "globally" ranking a holder mid-clause: still China's output
                "Chinese mines, the biggest suppliers globally, turned out 255,000 tonnes of rare"
                " earth oxides in 2023.",
                (("production", "re_oxides", "production", "2023", 255000, "t"),),
                published="2024-02-01",
                holders=("china",),
            ),
            Example(  # "of the world's estimated X": the whole the country's part belongs to
                "Australia mined roughly 13,000 tonnes of rare earth oxides in 2023, out of the"
                " world's combined 350,000 tonnes.",
                (
                    ("production", "total_reo", "production", "2023", 13000, "t"),
                    ("production", "total_reo", "production", "2023", 350000, "t"),
                ),
                published="2024-02-01",
                holders=("australia", "global"),
            ),
        ),
        cues=("metric.production", "holder.global"),
        doc="A country (or the world) opening a clause of a mine-output paragraph holds its"
        " figure, in REO; a bracketed year label or a 'from' base is the year before.",
    ),
    Rule(
        "production_reo_in_concentrate",
        "production",
        "en",
        "REO in concentrate: {QTY:mass} ({QTY:percent})?",
        production.extract,
        (
            Example(
                "Quarterly operating data:\n- Rare earth oxide in concentrate: 12,100 t, up 3%"
                " y/y, in the March quarter",
                (
                    ("production", "re_concentrate", "production", "2024-Q1", 12100, "t"),
                    ("production", "re_concentrate", "production_yoy_pct", "2024-Q1", 3, "%"),
                ),
            ),
            Example(  # "rare earths concentrate" (plural) is the concentrate, not total REO
                "In the June quarter the miner's rare earths concentrate production came to"
                " 2,800 tonnes.",
                (("production", "re_concentrate", "production", "2024-Q2", 2800, "t"),),
            ),
            Example(  # the abbreviation in brackets between the name and "in concentrate"
                "Rare earth oxide (REO) in concentrate totalled 9,800 t in the March quarter.",
                (("production", "re_concentrate", "production", "2024-Q1", 9800, "t"),),
            ),
            Example(  # REO *contained* in concentrate stays the miner's total REO
                "Its mine turned out 9,500 t of REO contained in concentrate in 2023.",
                (("production", "total_reo", "production", "2023", 9500, "t"),),
            ),
        ),
        cues=("metric.production",),
        doc="'REO in concentrate' as a line label is the concentrate's output; 'contained'"
        " REO is the total REO mined.",
    ),
    Rule(
        "production_market_holder",
        "production",
        "en",
        "{QTY:mass} ... {CUE:holder.cited_source} | {CUE:holder.cited_source} ... {QTY:mass}",
        production.extract,
        (
            Example(  # a consultancy's figure in a miner's story: the market's, not the miner's
                "Iluka Resources: refinery bill climbs\n\nIluka Resources said its Eneabba"
                " refinery would cost more than it had planned. Separated NdPr oxide output"
                " reached 96,000 t in 2023, a consultancy estimated.",
                (("production", "prnd_oxide", "production", "2023", 96000, "t"),),
                published="2024-03-01",
                entity="china",
            ),
            Example(  # an undated move in a later clause: the month of the sentence's figure
                "HANOI, Aug 14 - Chinese mills turned out 12,800 t of sintered magnets in July,"
                " a trade group said, while output of rare earth metals fell 4.1% on the month.",
                (
                    ("production", "ndfeb_magnet", "production", "2024-07", 12800, "t"),
                    ("production", "re_metals", "production_mom_pct", "2024-07", -4.1, "%"),
                ),
                published="2024-08-15",
                entity="china",
            ),
            Example(  # the source before the figure
                "Lynas Rare Earths widens its Texas plans\n\nLynas Rare Earths said it was still"
                " studying a heavy rare earths plant in Texas. According to industry data,"
                " sintered magnet production came to 290,000 t in 2023.",
                (("production", "ndfeb_magnet", "production", "2023", 290000, "t"),),
                published="2024-03-01",
                entity="china",
            ),
            Example(  # analysts who worked a figure out
                "MP Materials signs magnet supply deal\n\nMP Materials agreed to supply magnets"
                " to a carmaker from 2026. Terbium oxide output slipped to 540 t in May, analysts"
                " at a Shanghai research house calculated.",
                (("production", "tb_oxide", "production", "2024-05", 540, "t"),),
                published="2024-06-20",
                entity="china",
            ),
            Example(  # a source with a world scope after the figure: the world's
                "Iluka Resources: refinery bill climbs\n\nIluka Resources said its Eneabba"
                " refinery would cost more than it had planned. NdPr oxide production rose 6% to"
                " 108,000 t in 2023 worldwide, the trade association said.",
                (
                    ("production", "prnd_oxide", "production", "2023", 108000, "t"),
                    ("production", "prnd_oxide", "production_yoy_pct", "2023", 6, "%"),
                ),
                published="2024-03-01",
                entity="global",
            ),
            Example(  # a whole market's total named as such, beside a company story
                "Ningbo Yunsheng expands in Baotou\n\nNingbo Yunsheng said its Baotou plant"
                " would double in size. The industry's output of sintered magnets rose to"
                " 300,000 t in 2023. Sintered magnet sales across the whole industry reached"
                " 280,000 t. Total market production of NdPr oxide came to 92,000 t.",
                (
                    ("production", "ndfeb_magnet", "production", "2023", 300000, "t"),
                    ("production", "ndfeb_magnet", "sales", "2023", 280000, "t"),
                    ("production", "prnd_oxide", "production", "2023", 92000, "t"),
                ),
                published="2024-03-01",
                entity="china",
            ),
            Example(  # a company's own quarterly report keeps its figures, even beside
                # analysts' expectations or a source the company cites
                "Lynas Rare Earths quarterly report, December quarter 2023\n\nNdPr output rose"
                " 14% to 1,500 t in the quarter, the company said, citing industry data for the"
                " wider market. Total REO production of 2,900 t was below what analysts at"
                " several brokers had pencilled in. Its dysprosium oxide output came to 12 t,"
                " analysts at a brokerage noted.",
                (
                    ("production", "prnd_oxide", "production", "2023-Q4", 1500, "t"),
                    ("production", "prnd_oxide", "production_yoy_pct", "2023-Q4", 14, "%"),
                    ("production", "total_reo", "production", "2023-Q4", 2900, "t"),
                    ("production", "dy_oxide", "production", "2023-Q4", 12, "t"),
                ),
                published="2024-01-25",
                entity="lynas_rare_earths",
            ),
        ),
        cues=(
            "holder.cited_source",
            "holder.forecast_comparison",
            "holder.global",
            "holder.market_wide_unless_pronoun",
        ),
        doc="A volume with no company named or referred to in its sentence is the market's when"
        " the sentence credits it to a third party (a consultancy, analysts, an association,"
        " industry or customs data): the world's when it says so, else China's. A company's"
        " own report keeps the figures no one else is credited with (extractors/holders.py).",
    ),
    Rule(
        "capacity_market_holder",
        "capacity",
        "en",
        "{CUE:holder.market_wide} ... {QTY:mass_rate} | {QTY:mass_rate} ... {CUE:holder.cited_source}",
        capacity.extract,
        (
            Example(  # a national total in a magnet maker's story
                "JL Mag Rare-Earth adds a line in Baotou\n\nJL Mag Rare-Earth said its new"
                " Baotou line would start next year. Domestic sintered magnet capacity already"
                " exceeds 400,000 t/yr.",
                (("capacity", "ndfeb_magnet", "capacity", "", 400000, "t/yr"),),
                published="2024-03-01",
                entity="china",
            ),
            Example(  # a total credited to an industry body
                "JL Mag Rare-Earth adds a line in Baotou\n\nJL Mag Rare-Earth said its new"
                " Baotou line would start next year. Sintered magnet capacity stands at about"
                " 420,000 t/yr, according to estimates from an industry body.",
                (("capacity", "ndfeb_magnet", "capacity", "", 420000, "t/yr"),),
                published="2024-03-01",
                entity="china",
            ),
        ),
        cues=("holder.market_wide", "holder.cited_source"),
        doc="A capacity with no company named or referred to in its sentence is the market's"
        " when a scope word comes before it in its clause or a third party is credited with it.",
    ),
    Rule(
        "holder_of_its_piece",
        "production",
        "en",
        "{COMPANY} ... {QTY:mass}, while|;|against {CUE:holder.market_wide} ... {QTY:mass}",
        production.entity_for,
        (
            Example(
                "Shenghe Resources produced 21,000 t of Pr-Nd oxide in 2023, while China's total"
                " output of the oxide came to 95,000 t.",
                (
                    ("production", "prnd_oxide", "production", "2023", 21000, "t"),
                    ("production", "prnd_oxide", "production", "2023", 95000, "t"),
                ),
                published="2024-03-01",
                holders=("shenghe_resources", "china"),
            ),
            Example(
                "Ningbo Yunsheng made 17,500 t of sintered magnets last year; the country as a"
                " whole turned out some 280,000 t.",
                (
                    ("production", "ndfeb_magnet", "production", "2023", 17500, "t"),
                    ("production", "ndfeb_magnet", "production", "2023", 280000, "t"),
                ),
                published="2024-03-01",
                holders=("ningbo_yunsheng", "china"),
            ),
            Example(
                "JL Mag Rare-Earth made 21,000 t of NdFeB magnets in 2023, against a national"
                " total of 260,000 t.",
                (
                    ("production", "ndfeb_magnet", "production", "2023", 21000, "t"),
                    ("production", "ndfeb_magnet", "production", "2023", 260000, "t"),
                ),
                published="2024-03-01",
                holders=("jl_mag_rare_earth", "china"),
            ),
            Example(  # capacities too
                "JL Mag Rare-Earth runs 40,000 t/yr of magnet lines, whereas domestic magnet"
                " capacity tops 400,000 t/yr.",
                (
                    ("capacity", "ndfeb_magnet", "capacity", "", 40000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 400000, "t/yr"),
                ),
                published="2024-03-01",
                holders=("jl_mag_rare_earth", "china"),
            ),
            Example(  # a scope word describing the company is not the figure's piece
                "JL Mag Rare-Earth, China's biggest magnet maker, made 21,000 t of NdFeB magnets"
                " in 2023.",
                (("production", "ndfeb_magnet", "production", "2023", 21000, "t"),),
                published="2024-03-01",
                entity="jl_mag_rare_earth",
            ),
        ),
        cues=("holder.market_wide", "holder.global"),
        doc="A figure whose own piece of the sentence (after the last comma, semicolon or"
        " conjunction following the company) names the market is the market's, not the"
        " company's named earlier (holders.piece_market).",
    ),
    Rule(
        "price_level_of_then",
        "price level",
        "en",
        "A year|month|week ago|earlier, {PRODUCT} ... {QTY:price} | {PRODUCT} ... {QTY:price}"
        " a year|month ago | {QTY:price} ({WEEKDAY}: {QTY:price}) | averaged {QTY:price}"
        " {DATE}, has since risen to {QTY:price}",
        prices.extract,
        (
            Example(
                "A year ago holmium oxide sold for 520,000 yuan/t.",
                (("price", "ho_oxide", "price", "2023-07-05", 520000, "CNY/t"),),
            ),
            Example(
                "Gadolinium oxide was 158,000 yuan/t a month earlier.",
                (("price", "gd_oxide", "price", "2024-06-05", 158000, "CNY/t"),),
            ),
            Example(
                "Two weeks ago, europium oxide changed hands at 195 yuan/kg.",
                (("price", "eu_oxide", "price", "2024-06-21", 195, "CNY/kg"),),
            ),
            Example(  # a second level sharing the verb shares its time
                "A week earlier, terbium oxide had fetched 7,000 yuan/kg and dysprosium oxide at"
                " 1,700 yuan/kg.",
                (
                    ("price", "tb_oxide", "price", "2024-06-28", 7000, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-06-28", 1700, "CNY/kg"),
                ),
            ),
            Example(  # a day named in the clause wins
                "A month earlier, on June 3, lanthanum oxide was quoted at 4,000 yuan/t.",
                (("price", "la_oxide", "price", "2024-06-03", 4000, "CNY/t"),),
            ),
            Example(  # a bracketed base labelled by its day
                "Samarium oxide: 14,500 yuan/t (Wednesday: 14,300 yuan/t).",
                (
                    ("price", "sm_oxide", "price", "2024-07-05", 14500, "CNY/t"),
                    ("price", "sm_oxide", "price", "2024-07-03", 14300, "CNY/t"),
                ),
            ),
            Example(  # "has since risen to": the current level, not the earlier average
                "Terbium oxide, which averaged 6,200 yuan/kg last year, has since climbed to"
                " 7,100 yuan/kg.",
                (
                    ("price", "tb_oxide", "average", "2023", 6200, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 7100, "CNY/kg"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="A level told 'a year (month, week, two weeks) ago' leading its clause or right"
        " after it is that day's (the report's day then), unless the clause names a day;"
        " a bracketed '(Thursday: X)' is that day's; a level after 'has since' is the"
        " current one (prices._own_ago, _LABEL_GAP, _since_then).",
    ),
    Rule(
        "financial_loss_before_figure",
        "financial",
        "en",
        "{CUE:metric.net_profit} ... (reversing|from|swung to) a loss of {QTY:money} {BASE}?",
        financial.extract,
        (
            Example(
                "Guangsheng Nonferrous said attributable net profit came to 88 million yuan in"
                " 2023, reversing a loss of 40 million yuan a year earlier.",
                (
                    ("financial", "", "net_profit_attributable", "2023", 88e6, "CNY"),
                    ("financial", "", "net_profit_attributable", "2022", -40e6, "CNY"),
                ),
            ),
            Example(
                "Xiamen Tungsten swung to a net loss attributable to shareholders of 52 million"
                " yuan in 2023.",
                (("financial", "", "net_profit_attributable", "2023", -52e6, "CNY"),),
            ),
            Example(  # the profit of the comparison is not a loss; "gains and losses" is no loss
                "Baotou Steel posted a 2023 net loss of 30 million yuan, against a profit of 12"
                " million yuan in 2022; net profit after deducting non-recurring gains and"
                " losses was 9 million yuan.",
                (
                    ("financial", "", "net_profit_attributable", "2023", -30e6, "CNY"),
                    ("financial", "", "net_profit_attributable", "2022", 12e6, "CNY"),
                    ("financial", "", "net_profit_attributable_recurring", "2023", 9e6, "CNY"),
                ),
            ),
        ),
        cues=("metric.net_profit", "metric.recurring"),
        doc="A loss named right before a result figure makes it negative, even after a profit"
        " keyword; a base after 'reversing' or 'from a loss of' is the earlier period's.",
    ),
    Rule(
        "financial_listed_unit_of_group",
        "financial",
        "en",
        "{COMPANY}, the listed unit of state-owned {COMPANY}, reported ...",
        financial.extract,
        (
            Example(
                "Minmetals Rare Earth, the listed unit of state-owned China Rare Earth Group,"
                " reported 2023 revenue of 3.2 billion yuan.",
                (("financial", "", "revenue", "2023", 3.2e9, "CNY"),),
            ),
        ),
        doc="An arm described as the 'listed unit of (state-owned) <group>' reports its own"
        " results, not a segment's.",
    ),
    Rule(
        "financial_fiscal_year",
        "financial",
        "en",
        "{COMPANY} ... {QTY:money} for {DATE:FY2025}, {QTY:percent} on {DATE:FY2024}",
        financial.extract,
        (
            Example(  # Iluka's year is the calendar year, Lynas's ends on 30 June
                "Lynas booked sales revenue of A$460 million in fiscal 2024, down 38% on"
                " fiscal 2023. Net profit after tax dropped 73% to A$84 million.",
                (
                    ("financial", "", "revenue", "2023-07/2024-06", 460e6, "AUD"),
                    ("financial", "", "revenue_yoy_pct", "2023-07/2024-06", -38, "%"),
                    (
                        "financial",
                        "",
                        "net_profit_attributable_yoy_pct",
                        "2023-07/2024-06",
                        -73,
                        "%",
                    ),
                    ("financial", "", "net_profit_attributable", "2023-07/2024-06", 84e6, "AUD"),
                ),
                published="2024-08-30",
            ),
            Example(
                "Iluka Resources reported FY2023 revenue of A$1.3 billion.",
                (("financial", "", "revenue", "2023", 1.3e9, "AUD"),),
                published="2024-02-21",
            ),
            Example(  # a base figure's own fiscal year, after "compared with ... in"
                "Lynas posted revenue of A$510 million for fiscal 2024, compared with A$735"
                " million in fiscal 2023.",
                (
                    ("financial", "", "revenue", "2023-07/2024-06", 510e6, "AUD"),
                    ("financial", "", "revenue", "2022-07/2023-06", 735e6, "AUD"),
                ),
                published="2024-08-30",
            ),
        ),
        cues=("metric.revenue", "metric.net_profit"),
        doc="'FY2025' or 'fiscal 2025' is the company's own year (July-June for a 30 June"
        " year end); the base year of 'up 20% on FY2024' does not date the next sentence.",
    ),
    Rule(
        "financial_results_periods",
        "financial",
        "en",
        "{COMPANY} {CUE:metric.sales|metric.revenue} {QTY:money} in the three months"
        " through {MONTH} (from {QTY:money})?",
        financial.extract,
        (
            Example(  # a results story's later "sales" in money, with no company or period
                # named again: the document's company's revenue in the quarter, and its change
                "Vulcan Rare Metals said its net loss for the June quarter narrowed to $12.0"
                " million. Sales jumped 35% to $81.0 million.",
                (
                    ("financial", "", "net_profit_attributable", "2024-Q2", -12e6, "USD"),
                    ("financial", "", "revenue", "2024-Q2", 81e6, "USD"),
                    ("financial", "", "revenue_yoy_pct", "2024-Q2", 35, "%"),
                ),
                published="2024-08-12",
            ),
            Example(  # "sales" in money are revenue; "through <month>" closes the quarter;
                # the next sentence's bare "from" base is a year earlier like the first's
                "Neo Performance Materials said sales rose to US$135.0 million in the three"
                " months through June from US$120.0 million a year before. Its net loss shrank"
                " to US$4.0 million from US$6.5 million.",
                (
                    ("financial", "", "revenue", "2024-Q2", 135e6, "USD"),
                    ("financial", "", "revenue", "2023-Q2", 120e6, "USD"),
                    ("financial", "", "net_profit_attributable", "2024-Q2", -4e6, "USD"),
                    ("financial", "", "net_profit_attributable", "2023-Q2", -6.5e6, "USD"),
                ),
                published="2024-08-12",
            ),
            Example(  # "the nine months to September" runs from January
                "Iluka Resources booked revenue of A$900 million in the nine months to September.",
                (("financial", "", "revenue", "2024-01/2024-09", 900e6, "AUD"),),
                published="2024-10-25",
            ),
            Example(  # "the <year> financial year" of a company whose year ends in June
                "Lynas's revenue for the second half of the 2023 financial year came to"
                " A$310 million.",
                (("financial", "", "revenue", "2023-01/2023-06", 310e6, "AUD"),),
                published="2023-08-25",
            ),
            Example(  # a calendar-year company's fiscal half is the calendar half
                "Ningbo Yunsheng put its revenue at RMB2.6 billion in H1 FY23.",
                (("financial", "", "revenue", "2023-01/2023-06", 2.6e9, "CNY"),),
                published="2023-08-25",
            ),
            Example(  # an answer takes the period its question named
                "Shenghe Resources investor call\n\nQ2: How did the first half of the year"
                " go?\nA: Operating revenue was RMB14 billion, up 5% year on year.\n",
                (
                    ("financial", "", "revenue", "2024-01/2024-06", 14e9, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2024-01/2024-06", 5, "%"),
                ),
                published="2024-09-01",
            ),
        ),
        cues=("metric.revenue", "metric.sales", "metric.net_profit"),
        doc="Results periods: 'the three/six/nine months through/to/ended <month>', fiscal"
        " halves and quarters by the company's year end, a Q&A answer under its question's"
        " period; a company's 'sales' in money are its revenue.",
    ),
    Rule(
        "price_average_against_period_before",
        "average",
        "en",
        "its weekly average {QTY:price}, against {QTY:price} the week before",
        prices.extract,
        (
            Example(  # a weekly average is Monday to the report's day; the base the week before
                "Dysprosium oxide ended the week at 1,700-1,720 yuan/kg. Its weekly average"
                " came to 1,705 yuan/kg, against 1,690 yuan/kg the week before.",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 1700, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 1720, "CNY/kg"),
                    ("price", "dy_oxide", "average", "2024-07-01/2024-07-05", 1705, "CNY/kg"),
                    ("price", "dy_oxide", "average", "2024-06-24/2024-06-28", 1690, "CNY/kg"),
                ),
            ),
            Example(  # weeks are trading days on the Shanghai calendar: May Day shuts 1-3 May
                "Dysprosium oxide averaged 1,790 yuan/kg this week, against 1,810 yuan/kg the"
                " week before.",
                (
                    ("price", "dy_oxide", "average", "2024-05-06/2024-05-10", 1790, "CNY/kg"),
                    ("price", "dy_oxide", "average", "2024-04-29/2024-04-30", 1810, "CNY/kg"),
                ),
                published="2024-05-10",
            ),
            Example(  # a long subject between "weekly average" and its figure
                "The weekly average of dysprosium-iron alloy came to 1,790 yuan/kg, against"
                " 1,810 yuan/kg the week before.",
                (
                    ("price", "dyfe_alloy", "average", "2024-07-01/2024-07-05", 1790, "CNY/kg"),
                    ("price", "dyfe_alloy", "average", "2024-06-24/2024-06-28", 1810, "CNY/kg"),
                ),
            ),
            Example(  # "the X recorded a week earlier": a level a week before the sentence's day
                "Terbium oxide, fob China, was assessed at $900/kg on Thursday, a little above"
                " the $890/kg recorded a week earlier.",
                (
                    ("price", "tb_oxide", "price", "2024-07-04", 900, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-06-27", 890, "USD/kg"),
                ),
            ),
            Example(  # percents against other months' averages: the period after each is a base
                "In May samarium oxide fob China averaged $2.60/kg, against April's average of"
                " $2.50/kg, and it stood 30% higher than the May 2023 average of $2.00/kg.",
                (
                    ("price", "sm_oxide", "average", "2024-05", 2.6, "USD/kg"),
                    ("price", "sm_oxide", "average", "2024-04", 2.5, "USD/kg"),
                    ("price", "sm_oxide", "average_yoy_pct", "2024-05", 30, "%"),
                    ("price", "sm_oxide", "average", "2023-05", 2.0, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # "a year earlier, when it averaged X": the average a year before
                "Gadolinium oxide averaged 160,000 yuan/t in June, 12% lower than a year"
                " earlier, when it averaged about 182,000 yuan/t.",
                (
                    ("price", "gd_oxide", "average", "2024-06", 160000, "CNY/t"),
                    ("price", "gd_oxide", "average_yoy_pct", "2024-06", -12, "%"),
                    ("price", "gd_oxide", "average", "2023-06", 182000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.average",),
        doc="A base after an average ('against X the week before', 'a month earlier') is the"
        " same average over the period before; a level 'recorded a week earlier' is that day's;"
        " a percent 'on July's average' or 'above the August 2024 average' is measured"
        " against that period (prices.average_bases).",
    ),
    Rule(
        "price_pronoun_after_topic",
        "price change",
        "en",
        "{PRODUCT} <no figure>. It {CUE:direction} {QTY:price}",
        prices.extract,
        (
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
        cues=_UPDOWN,
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
        "trade_goods_carried_over",
        "trade",
        "en",
        "{CUE:metric.exports} {QTY:mass} {PRODUCT} {DATE}. {DATE} {CUE:metric.exports} {QTY:mass}",
        trade.extract,
        (
            Example(
                "China exported 4,900 t of NdFeB magnets in May.\n\nJune shipments came to"
                " 5,300 t, 8.2% more than in May.",
                (
                    ("trade", "ndfeb_magnet", "exports", "2024-05", 4900, "t"),
                    ("trade", "ndfeb_magnet", "exports", "2024-06", 5300, "t"),
                    ("trade", "ndfeb_magnet", "exports_mom_pct", "2024-06", 8.2, "%"),
                ),
            ),
        ),
        cues=("metric.exports", "metric.imports"),
        doc="Shipments naming no goods of their own are the goods of the last volume of the"
        " same flow; 'imports of metals and compounds' names its own.",
    ),
    Rule(
        "trade_attributive_importer",
        "trade",
        "en",
        "{COUNTRY} imports of {PRODUCT} {CUE:direction} {QTY:percent} {DATE}",
        trade.extract,
        (
            Example(
                "Japan imports of rare earth compounds fell 12% in 2023.",
                (("trade", "rare_earths", "imports_yoy_pct", "2023", -12, "%"),),
            ),
        ),
        cues=("metric.imports",),
        doc="A country right before 'imports of' is the importer, not China.",
    ),
    Rule(
        "quota_when_clause",
        "quota",
        "en",
        "{DATE:year}, when the {QUOTA_TYPE} {CUE:metric.quota} ... {QTY:percent}",
        quota.extract,
        (
            Example(
                "The increase is modest next to 2022, when the mining quota jumped by 25%.",
                (("quota", "mining", "quota_yoy_pct", "2022", 25, "%"),),
            ),
        ),
        cues=("metric.quota",),
        doc="A year followed by a 'when' clause dates the quota figure of that clause.",
    ),
    Rule(
        "blank_as_attribute",
        "capacity",
        "en",
        "blank {CUE:metric.capacity|metric.production} {QTY:mass_rate|mass}",
        capacity.extract,
        (
            Example(
                "Zhenghai Magnetic Material said its blank capacity rose to 36,000 t/yr this"
                " year, and blank output in 2023 came to 18,500 t.",
                (
                    ("capacity", "ndfeb_blank", "capacity", "", 36000, "t/yr"),
                    ("production", "ndfeb_blank", "production", "2023", 18500, "t"),
                ),
            ),
        ),
        cues=("metric.capacity", "metric.production"),
        doc="'Blank' before capacity or output is the magnet maker's NdFeB blanks.",
    ),
    Rule(
        "price_table_prior_columns",
        "price level",
        "en",
        "a table with the previous assessment's columns ('28/06 low', 'Last week high')",
        pricetable_layout.find_tables,
        (
            Example(  # day/month dates, the prior day named in the column heads, a +/- column
                "Heavy rare earths, weekly, 5/7/2024\nPrices in $/kg\n\n"
                "| Product | Basis | Low | High | 28/06 low | 28/06 high | +/- |\n"
                "|---|---|---|---|---|---|---|\n"
                "| Tb oxide | cif Rotterdam | 1,150 | 1,200 | 1,140 | 1,190 | +10 |\n"
                "| Sm oxide | fob China | 2.10 | 2.30 | 2.10 | 2.30 | 0.00 |\n",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 1150, "USD/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 1200, "USD/kg"),
                    ("price", "tb_oxide", "price_low", "2024-06-28", 1140, "USD/kg"),
                    ("price", "tb_oxide", "price_high", "2024-06-28", 1190, "USD/kg"),
                    ("price", "tb_oxide", "change", "2024-06-28/2024-07-05", 10, "USD/kg"),
                    ("price", "sm_oxide", "price_low", "2024-07-05", 2.1, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-07-05", 2.3, "USD/kg"),
                    ("price", "sm_oxide", "price_low", "2024-06-28", 2.1, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-06-28", 2.3, "USD/kg"),
                    ("price", "sm_oxide", "change", "2024-06-28/2024-07-05", 0, "USD/kg"),
                ),
            ),
            Example(  # prior columns named by a word: a week back on a weekly table
                "Oxide prices, July 5 (yuan/t)\n\n"
                "Product        Low       High      Last week low   Last week high\n"
                "Nd oxide       430,000   435,000   425,000         430,000\n",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-05", 430000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-05", 435000, "CNY/t"),
                    ("price", "nd_oxide", "price_low", "2024-06-28", 425000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-06-28", 430000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="Previous-level columns give the prior day's range; that day is the changes' base.",
    ),
    Rule(
        "price_table_sheet_layouts",
        "price level",
        "en",
        "exchange quote sheets and price-book pages: head words from [table] of en.toml"
        " ('Spec', 'Wtd avg', 'VWAP', a lone 'Prev.'), a unit the preamble sets with rows"
        " marked '(kg)', a 'Prev.' cell holding last week's range with its day in a note,"
        " a basis cell that also names the unit",
        pricetable_layout.find_tables,
        (
            Example(  # the preamble's unit; "(kg)" rows; a weighted mean beside the range
                "Baotou metals exchange, closing sheet, 9 October 2024\n"
                "Prices in yuan/t except rows marked (kg). Changes against the previous"
                " session.\n\n"
                "| Item | Purity | Low | High | Wtd avg | +/- |\n"
                "|---|---|---|---|---|---|\n"
                "| Samarium oxide | 99.9% | 13,500 | 14,500 | 14,020 | 0 |\n"
                "| Europium oxide (kg) | 99.99% | 185 | 195 | 190 | -5 |\n",
                (
                    ("price", "sm_oxide", "price_low", "2024-10-09", 13500, "CNY/t"),
                    ("price", "sm_oxide", "price_high", "2024-10-09", 14500, "CNY/t"),
                    ("price", "sm_oxide", "change", "2024-10-08/2024-10-09", 0, "CNY/t"),
                    ("price", "eu_oxide", "price_low", "2024-10-09", 185, "CNY/kg"),
                    ("price", "eu_oxide", "price_high", "2024-10-09", 195, "CNY/kg"),
                    ("price", "eu_oxide", "change", "2024-10-08/2024-10-09", -5, "CNY/kg"),
                ),
                published="2024-10-09",
                entity="china",
            ),
            Example(  # a fixed-width page: "Prev." holds last week's range, a note its day
                "Minor metals book, weekly. Assessed Thursday 10 October 2024. Prices in"
                " US$/kg.\nPrev. = assessment of 3 October 2024.\n\n"
                "Description              Basis            Low     High    Prev.          Chg\n"
                "----------------------------------------------------------------------------\n"
                "Samarium oxide 99.9%     fob China        2.10    2.40    2.05-2.35      +0.05\n"
                "Gadolinium oxide 99.5%   cif Rotterdam   28.00   31.00   28.00-31.00     0.00\n",
                (
                    ("price", "sm_oxide", "price_low", "2024-10-10", 2.1, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-10-10", 2.4, "USD/kg"),
                    ("price", "sm_oxide", "price_low", "2024-10-03", 2.05, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-10-03", 2.35, "USD/kg"),
                    ("price", "sm_oxide", "change", "2024-10-03/2024-10-10", 0.05, "USD/kg"),
                    ("price", "gd_oxide", "price_low", "2024-10-10", 28, "USD/kg"),
                    ("price", "gd_oxide", "price_high", "2024-10-10", 31, "USD/kg"),
                    ("price", "gd_oxide", "price_low", "2024-10-03", 28, "USD/kg"),
                    ("price", "gd_oxide", "price_high", "2024-10-03", 31, "USD/kg"),
                    ("price", "gd_oxide", "change", "2024-10-03/2024-10-10", 0, "USD/kg"),
                ),
                published="2024-10-11",
            ),
            Example(  # monthly averages; the basis cell names the unit as well
                "Monthly survey of members' purchase prices\n\n"
                "| Commodity | Basis | Sep-24 average | Aug-24 average |\n"
                "|---|---|---|---|\n"
                "| Samarium oxide 99.9% | fob China, USD/kg | 2.20 | 2.15 |\n"
                "| Holmium oxide 99.5% | fob China, USD/kg | 71.50 | 70.00 |\n",
                (
                    ("price", "sm_oxide", "average", "2024-09", 2.2, "USD/kg"),
                    ("price", "sm_oxide", "average", "2024-08", 2.15, "USD/kg"),
                    ("price", "ho_oxide", "average", "2024-09", 71.5, "USD/kg"),
                    ("price", "ho_oxide", "average", "2024-08", 70, "USD/kg"),
                ),
                published="2024-10-04",
                entity="fob_china",
            ),
            Example(  # a column headed by its unit alone; a bracketed converted column read
                # past; the basis named by a note three lines up
                "Minor metals desk - closing levels, Tuesday 8 October 2024\n"
                "Basis: fob China, export licence held\n"
                "All levels in US$/kg; the euro equivalent is shown in brackets\n"
                "+/- against Monday's close\n\n"
                "Item                 US$/kg     (EUR/kg)     +/-\n"
                "Holmium oxide         71.50      (65.10)   -1.00\n"
                "Samarium oxide         2.20       (2.00)    0.00\n",
                (
                    ("price", "ho_oxide", "price", "2024-10-08", 71.5, "USD/kg"),
                    ("price", "ho_oxide", "change", "2024-10-07/2024-10-08", -1, "USD/kg"),
                    ("price", "sm_oxide", "price", "2024-10-08", 2.2, "USD/kg"),
                    ("price", "sm_oxide", "change", "2024-10-07/2024-10-08", 0, "USD/kg"),
                ),
                published="2024-10-08",
                entity="fob_china",
            ),
            Example(  # the same in pipes, per tonne, with a yuan conversion beside it
                "Delivery basis: CIF Rotterdam\n"
                "Weekly close, Friday 11 October 2024\n"
                "Yuan shown for reference only\n\n"
                "| Product | USD/t | (CNY/t) | Chg |\n"
                "|---|---|---|---|\n"
                "| Cerium oxide | 1,150 | (8,100) | +20 |\n",
                (
                    ("price", "ce_oxide", "price", "2024-10-11", 1150, "USD/t"),
                    ("price", "ce_oxide", "change", "2024-10-04/2024-10-11", 20, "USD/t"),
                ),
                published="2024-10-11",
                entity="cif_rotterdam",
            ),
        ),
        cues=("metric.price",),
        doc="pricetable_layout._HEADS / PRIOR_NOTE, unit-only and bracketed conversion heads,"
        " _BASIS_NOTE; pricetables.prior_note_day, _ROW_PER.",
    ),
    Rule(
        "price_table_results_sheet",
        "price level",
        "en",
        "a tender or auction results sheet ('No.  Product  Qty  Reserve price  Winning bid"
        "  Status'): the sale column is the seller's own price on the day the text above"
        " names; lot numbers, quantities, reserve prices and status words give nothing",
        pricetable_layout.find_tables,
        (
            Example(
                "TENDER RESULTS\nBaotou Xinyuan Materials Co., Ltd. closed its tender of"
                " separated oxides on 2 July 2024; the lots below were offered. Prices include"
                " VAT.\n\n"
                "No.  Product                  Qty      Reserve price     Winning bid      Status\n"
                "1    Holmium oxide 99.5%      2.0 t    460,000 yuan/t    471,000 yuan/t   Sold\n"
                "2    Gadolinium oxide 99.5%   5.0 t    150,000 yuan/t    —                Withdrawn\n"
                "3    Europium oxide 99.99%    0.2 t    180 yuan/kg       186 yuan/kg      Sold\n",
                (
                    ("price", "ho_oxide", "price", "2024-07-02", 471000, "CNY/t"),
                    ("price", "eu_oxide", "price", "2024-07-02", 186, "CNY/kg"),
                ),
                published="2024-07-03",
                entity="baotou_xinyuan_materials",
            ),
            Example(  # "on the tender day": the day the text named for it
                "Baotou Xinyuan Materials Co., Ltd. closed its tender on 2 July 2024. The"
                " market range for holmium oxide on the tender day was 465,000-470,000"
                " yuan/t.",
                (
                    ("price", "ho_oxide", "price_low", "2024-07-02", 465000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-02", 470000, "CNY/t"),
                ),
                published="2024-07-03",
                entity="china",
            ),
        ),
        cues=("metric.price",),
        doc="en.toml [table] index/quantity/ask/sale/note columns; pricetables.table_facts"
        " (seller); pipeline._read_table (a sale sheet's day from the prose above).",
    ),
    Rule(
        "price_bullets_under_heading",
        "price level",
        "en",
        "{HEADING:market}\n- {PRODUCT}: {QTY:price} ({QTY:signed})",
        prices.extract,
        (
            Example(  # a weekly title, headings naming the market, k for thousand
                "Minor metals weekly, w/e 5 July 2024\n\nExport (USD, fob China)\n"
                "- Sm oxide 99.9%: USD2.10-2.30/kg (+0.05)\n"
                "- Eu oxide 99.99%: USD27-29/kg (unch.)\n\n"
                "Domestic (RMB, VAT incl.)\n- Ho oxide 99.5%: RMB465k-470k/t (-5k)\n",
                (
                    ("price", "sm_oxide", "price_low", "2024-07-05", 2.1, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-07-05", 2.3, "USD/kg"),
                    ("price", "sm_oxide", "change", "2024-06-28/2024-07-05", 0.05, "USD/kg"),
                    ("price", "eu_oxide", "price_low", "2024-07-05", 27, "USD/kg"),
                    ("price", "eu_oxide", "price_high", "2024-07-05", 29, "USD/kg"),
                    ("price", "ho_oxide", "price_low", "2024-07-05", 465000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 470000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", -5000, "CNY/t"),
                ),
            ),
            Example(  # the heading gives the unit too: its bullets carry bare figures
                "Assessments, Thursday 21 August (fob China unless stated, $/kg):\n"
                "- Samarium oxide 99.9% min: 2.10-2.30, against 2.00-2.20 on 14 August\n"
                "- Europium oxide 99.99% min, cif Rotterdam: 800-850\n",
                (
                    ("price", "sm_oxide", "price_low", "2025-08-21", 2.1, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2025-08-21", 2.3, "USD/kg"),
                    ("price", "sm_oxide", "price_low", "2025-08-14", 2.0, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2025-08-14", 2.2, "USD/kg"),
                    ("price", "eu_oxide", "price_low", "2025-08-21", 800, "USD/kg"),
                    ("price", "eu_oxide", "price_high", "2025-08-21", 850, "USD/kg"),
                ),
                published="2025-08-21",
            ),
            Example(  # a day named in the line keeps its own one-day move in a weekly report
                "Oxides week in review, 5 July 2024\n\n"
                "Yttrium oxide rose 1,000 yuan/t on Thursday to 44,000-46,000 yuan/t.\n",
                (
                    ("price", "y_oxide", "change", "2024-07-03/2024-07-04", 1000, "CNY/t"),
                    ("price", "y_oxide", "price_low", "2024-07-04", 44000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-04", 46000, "CNY/t"),
                ),
            ),
        ),
        cues=("market.fob_china", "market.china"),
        doc="A bullet with no market (or unit) of its own takes its heading's; a weekly"
        " report's bracketed moves run from the week before.",
    ),
    Rule(
        "price_change_against_day",
        "price change",
        "en",
        "{PRODUCT} ... {QTY:price}, (each end)? {QTY:price} above|below {WEEKDAY|DATE}",
        prices.extract,
        (
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
        ),
        cues=("metric.price",),
        doc="An amount 'above/below <day>' after a quote is its move since that day.",
    ),
    Rule(
        "price_shared_move",
        "price change",
        "en",
        "{PRODUCT} and {PRODUCT} ... {QTY:price} and {QTY:price}, each range {QTY:price} lower"
        " | {PRODUCT} {CUE:direction} by the same amount to {QTY:price}",
        prices.shared_moves,
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
        cues=(*_UPDOWN,),
        doc="A move stated once for several quotes, or 'by the same amount' as the last one.",
    ),
    Rule(
        "price_target_not_quote",
        "price level",
        "en",
        "{PRODUCT} could test|breach|head towards {QTY:price}",
        prices.extract,
        (
            Example(
                "Dealers reckon gadolinium oxide could test 170,000 yuan/t next month, and a"
                " few see it heading towards 175,000 yuan/t.",
                (),
            ),
            Example("Some buyers fear dysprosium oxide might breach 2,000 yuan/kg.", ()),
        ),
        cues=("metric.price",),
        doc="A level a price could test, breach or move towards is a target, not a quote.",
    ),
    Rule(
        "price_headline_figure_first",
        "price change",
        "en",
        "{CUE:direction} {QTY:percent} {CMP}? at {QTY:price}: {PRODUCT} ...",
        prices.extract_pct,
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
        cues=(*_UPDOWN, *_CMP),
        doc="A headline that opens with the move names its product after it; cents are USD.",
    ),
    Rule(
        "price_period_close",
        "price level",
        "en",
        "{PRODUCT} ended {DATE:month} at {QTY:price}, up from {QTY:price} at the end of"
        " {DATE:quarter|year}",
        prices.extract,
        (
            Example(  # a month ended at a level; a base at a quarter's end is a level too
                "Terbium metal (cif Rotterdam) ended April at $1,350-1,400/kg, up from"
                " $1,200-1,260/kg at the end of Q1.",
                (
                    ("price", "tb_metal", "price_low", "2024-04-30", 1350, "USD/kg"),
                    ("price", "tb_metal", "price_high", "2024-04-30", 1400, "USD/kg"),
                    ("price", "tb_metal", "price_low", "2024-03-29", 1200, "USD/kg"),
                    ("price", "tb_metal", "price_high", "2024-03-29", 1260, "USD/kg"),
                ),
            ),
            Example(
                "Holmium oxide finished March at 480,000 yuan/t, against 450,000 yuan/t at the"
                " end of last year.",
                (
                    ("price", "ho_oxide", "price", "2024-03-29", 480000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2023-12-29", 450000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="A level a month, quarter or year ended at (or stood at at its end) is its last"
        " trading day's.",
    ),
    Rule(
        "price_average_period_before",
        "average",
        "en",
        "{PRODUCT} averaged {QTY:price} {DATE} after|against {QTY:price} a year|quarter|month"
        " earlier",
        prices.extract,
        (
            Example(
                "Dysprosium oxide (fob China) averaged $230/kg in the second quarter, against"
                " $210/kg a quarter earlier and $190/kg a year ago.",
                (
                    ("price", "dy_oxide", "average", "2024-Q2", 230, "USD/kg"),
                    ("price", "dy_oxide", "average", "2024-Q1", 210, "USD/kg"),
                    ("price", "dy_oxide", "average", "2023-Q2", 190, "USD/kg"),
                ),
            ),
            Example(
                "In March terbium oxide averaged 5,000 yuan/kg, after 4,800 yuan/kg a month"
                " earlier.",
                (
                    ("price", "tb_oxide", "average", "2024-03", 5000, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2024-02", 4800, "CNY/kg"),
                ),
            ),
        ),
        cues=("metric.average",),
        doc="A level told 'a year (quarter, month) earlier' is the one of the period before"
        " the figure it is compared with.",
    ),
    Rule(
        "price_paired_lists",
        "price level",
        "en",
        "{PRODUCT}, {PRODUCT} and {PRODUCT} ... {QTY:price}, {QTY:price} and {QTY:price}",
        prices.extract,
        (
            Example(  # the n-th figure is the n-th product's, "respectively" unsaid
                "Samarium oxide, europium oxide and gadolinium oxide stood at 14,000-15,000"
                " yuan/t, 180,000-190,000 yuan/t and 150,000-155,000 yuan/t.",
                (
                    ("price", "sm_oxide", "price_low", "2024-07-05", 14000, "CNY/t"),
                    ("price", "sm_oxide", "price_high", "2024-07-05", 15000, "CNY/t"),
                    ("price", "eu_oxide", "price_low", "2024-07-05", 180000, "CNY/t"),
                    ("price", "eu_oxide", "price_high", "2024-07-05", 190000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 155000, "CNY/t"),
                ),
            ),
            Example(  # a second list after "respectively" pairs up the same way
                "Holmium oxide and erbium oxide rose by 1.2% and 0.8% respectively, to"
                " 470,000-475,000 yuan/t and 290,000-295,000 yuan/t.",
                (
                    ("price", "ho_oxide", "change_pct", "2024-07-04/2024-07-05", 1.2, "%"),
                    ("price", "er_oxide", "change_pct", "2024-07-04/2024-07-05", 0.8, "%"),
                    ("price", "ho_oxide", "price_low", "2024-07-05", 470000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 475000, "CNY/t"),
                    ("price", "er_oxide", "price_low", "2024-07-05", 290000, "CNY/t"),
                    ("price", "er_oxide", "price_high", "2024-07-05", 295000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="A list of products and a list of as many figures pair up in order.",
    ),
    Rule(
        "price_product_of_its_piece",
        "price level",
        "en",
        "{OTHER} ... {QTY:price}, and {PRODUCT} ... {QTY:price}; it was {QTY:price} for {PRODUCT}",
        prices.price_product,
        (
            Example(  # the first piece's figures are the other commodity's, not the next product's
                "Nickel rose 3% to 128,000 yuan/t, and holmium oxide slipped 0.5% to"
                " 470,000 yuan/t.",
                (
                    ("price", "ho_oxide", "change_pct", "2024-07-04/2024-07-05", -0.5, "%"),
                    ("price", "ho_oxide", "price", "2024-07-05", 470000, "CNY/t"),
                ),
            ),
            Example(
                "Tungsten concentrate stood at 140,000 yuan/t and gadolinium oxide at"
                " 160,000 yuan/t.",
                (("price", "gd_oxide", "price", "2024-07-05", 160000, "CNY/t"),),
            ),
            Example(  # "X for Y": the product named after its level
                "On Wednesday the assessment was 1,650 yuan/kg for dysprosium oxide and"
                " 6,950 yuan/kg for terbium oxide.",
                (
                    ("price", "dy_oxide", "price", "2024-07-03", 1650, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-03", 6950, "CNY/kg"),
                ),
            ),
            Example(
                "Dysprosium oxide was 1,640 yuan/kg, while the figure stood at 7,050 yuan/kg for"
                " terbium oxide.",
                (
                    ("price", "dy_oxide", "price", "2024-07-05", 1640, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 7050, "CNY/kg"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="A price figure is the product named by 'for' right after it, else the nearest"
        " before it; a product named only after the figure is the next piece's, so another"
        " commodity named before the figure owns it (prices.price_product, _about_other).",
    ),
    Rule(
        "price_weekly_report_moves",
        "price change",
        "en",
        "{TITLE}\n{... this week ...}. {PRODUCT} {CUE:direction} {QTY:price} to {QTY:price}",
        prices.change_spans,
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
        cues=(*_UPDOWN,),
        doc="In a report on the week (title or opening sentence), a move with no base or"
        " day of its own runs from a week before.",
    ),
    Rule(
        "price_move_or_pct_against_base",
        "price change",
        "en",
        "{QTY:price} on {DATE}, {CUE:direction} {QTY:price}, or {QTY:percent}, against the end"
        " of last month",
        prices.pct_of_change,
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
        cues=(*_UPDOWN,),
        doc="A percentage after 'or' restates the move before it; a base told after both"
        " is theirs.",
    ),
    Rule(
        "price_back_reference",
        "price change",
        "en",
        "{QTY:money} ({QTY:money}) per {MASS}. The price|Prices|It {CUE:direction} {QTY}",
        prices.extract_pct,
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
        ),
        cues=(*_UPDOWN,),
        doc="A sentence about 'the price' (or 'it', 'that') with no product is about the last"
        " price told, in its paragraph or the one before; a move 'from the average of X quoted"
        " on <day>' runs from that day (prices.moves_from_dated_level).",
    ),
    Rule(
        "price_pct_on_the_period",
        "price change",
        "en",
        "{PRODUCT} ... {QTY:price}, a gain|drop of {QTY:percent} on the week|day|month",
        prices.extract_pct,
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
        cues=(*_UPDOWN, *_CMP),
        doc="A move 'on the week (day, month)' after a level is its change over that span.",
    ),
]


def _veto(code: str, families: str, *examples: Example) -> Veto:
    return Veto(code, code, "en", VETOES[code], frozenset(families.split()), examples)


def _none(text: str) -> Example:
    return Example(text, ())


VETO_RECORDS: list[Veto] = [
    _veto(
        "hypothetical",
        "price trade demand",
        # a move named as a noun with a modal after it: a case, not a quote
        _none("A rally to $240/kg in dysprosium oxide would draw fresh orders from magnet makers."),
        # a sector's case
        _none(
            "Should purchase subsidies lapse, growth in NEV sales might ease to 12%, one"
            " consultancy warns."
        ),
        _none("Dysprosium oxide could reach 3 million yuan/t by year-end, one trader said."),
        _none("One broker said magnet exports could slip below 2,000 t a month by June."),
        # a modal with a hedge before the verb, and "back to"
        _none("A Ganzhou dealer said terbium oxide would likely climb back to 7,000 yuan/kg."),
        # a level inside a condition, whatever verb carries it
        _none("If dysprosium oxide stays above 1,800 yuan/kg in June, margins will improve."),
        _none("Smelters will cut runs should Pr-Nd oxide drop under 380,000 yuan/t."),
        # a condition told by inversion: its consequence and its own level
        _none("Should Beijing trim the quota, dysprosium oxide would climb above 2,000 yuan/kg."),
        _none("Had buyers returned in June, holmium oxide would have risen to 520,000 yuan/t."),
        _none("Should the ban be widened, terbium oxide prices could jump 15%."),
    ),
    _veto(
        "outlook",
        "price financial quota demand production trade",
        # a traded volume someone expects
        _none("A Shanghai trading house expects magnet exports to climb back to around 5,000 t."),
        _none(
            "Analysts expect imports of rare earth ores to ease to some 9,000 tonnes next month."
        ),
        _none("Analysts expect neodymium oxide to trade at 500,000 yuan/t next month."),
        _none("Second-half NdPr output at Mount Weld is expected at 3,100-3,300 t."),
        _none("A few dealers see terbium oxide at 8,000 yuan/kg by the end of June."),
        # a forecast named as a noun, and a base case
        _none("We raise our 2025 Pr-Nd oxide price forecast to 480,000 yuan/t."),
        _none("The consultancy's base case puts NdPr oxide near $90/kg in 2028."),
        # a path towards a level by a later date
        _none("We see NdPr oxide averaging $70/kg in 2026 and climbing towards $85/kg by 2029."),
        # a move someone expects, in percent or in money, is no change yet
        _none(
            "Neodymium oxide prices have firmed, and traders see a 5% gain by the end of the month."
        ),
        _none("Dealers expect terbium oxide prices to climb another 4% before the end of July."),
        _none("Some buyers see a further 10,000 yuan/t rise in Pr-Nd oxide next month."),
        _none("Analysts forecast dysprosium oxide prices gaining 6% over the coming weeks."),
        Example(  # the move that happened before the expectation stays
            "Pr-Nd oxide prices rose 2% on Thursday, and traders see a further 3% gain by the"
            " end of the month.",
            (("price", "prnd_oxide", "change_pct", "2024-07-03/2024-07-04", 2, "%"),),
        ),
    ),
    _veto(
        "reservation",
        "price",
        _none("Refiners said they would not sell dysprosium oxide below 1,700 yuan/kg."),
        # goods not to be had under a level: no trade at it
        _none("European consumers said spot samarium oxide was difficult to source under $3/kg."),
        Example(
            "Terbium oxide was offered at 7,100-7,200 yuan/kg on Tuesday, while buyers' bids"
            " hovered around 6,950 yuan/kg.",
            (
                ("price", "tb_oxide", "price_low", "2024-07-02", 7100, "CNY/kg"),
                ("price", "tb_oxide", "price_high", "2024-07-02", 7200, "CNY/kg"),
            ),
        ),
    ),
    _veto(
        "other_commodity", "price trade quota", _none("Antimony exports fell to 1,050 t in May.")
    ),
    _veto(
        "contract_price",
        "price",
        _none("The agreement sets a contract price of $75/kg for NdPr oxide."),
    ),
    _veto(
        "scrap",
        "price",
        _none("NdFeB scrap was quoted at 300 yuan/kg on Thursday."),
        _none("Prices for scrap NdFeB magnets rose to 310 yuan/kg this week."),
    ),
    _veto(
        "grade",
        "price",
        Example(
            "Neodymium oxide 99.5% was quoted at 435,000 yuan/t.",
            (("price", "nd_oxide", "price", "2024-07-05", 435000, "CNY/t"),),
        ),
        Example(  # a magnet grade code glued to letters ("45SH") is no figure
            "Quotes for NdFeB blank 45SH stood at 210-220 yuan/kg.",
            (
                ("price", "ndfeb_blank", "price_low", "2024-07-05", 210, "CNY/kg"),
                ("price", "ndfeb_blank", "price_high", "2024-07-05", 220, "CNY/kg"),
            ),
        ),
    ),
    _veto(
        "plan",
        "production financial",
        _none("Lynas's guidance for 2025 output is 12,000 t of NdPr."),
    ),
    _veto(
        "skip_word",
        "financial production",
        _none("Lynas paid dividends of A$50 million in 2023."),
        _none("Iluka Resources held cash and deposits of A$300 million at the end of 2023."),
        Example(  # a margin after a sales change is neither a change nor a sale
            "Shenghe Resources said its magnet sales rose 11% in 2023, while its gross margin"
            " slipped to 9.5%.",
            (("production", "ndfeb_magnet", "sales_yoy_pct", "2023", 11, "%"),),
        ),
    ),
    _veto(
        "threshold",
        "price",
        _none("Prices fell to 400,000 yuan/t, below the 420,000 yuan/t floor."),
        # the level deals crossed, not a deal price
        _none("Holmium oxide offers rose, but few deals above 500,000 yuan/t were done."),
        # a level crossed on the way, or only exceeded: no quote at it
        _none("Holmium oxide broke through 500,000 yuan/t last week on tender demand."),
        _none("Back in 2022 dysprosium oxide traded comfortably above 2,500 yuan/kg."),
        Example(  # a low told only by a bound is no level
            "Pr-Nd oxide prices were about US$62/kg this week, up from lows below US$50/kg in"
            " March.",
            (("price", "prnd_oxide", "price", "2024-07-05", 62, "USD/kg"),),
        ),
        Example(  # a level told only by a bound ("compared with less than X") is no level;
            # a move bounded ("fell more than X") stays a move
            "Samarium oxide averaged 16,500 yuan/t in the second quarter, versus upwards of"
            " 18,000 yuan/t a year before. Terbium oxide fell more than 150 yuan/kg on"
            " Thursday.",
            (
                ("price", "sm_oxide", "average", "2024-Q2", 16500, "CNY/t"),
                ("price", "tb_oxide", "change", "2024-07-03/2024-07-04", -150, "CNY/kg"),
            ),
        ),
        Example(  # a move told with a bound after a level word ("a drop of", "was ...
            # higher") is still a move, not a threshold
            "A few lots of dysprosium oxide went at more than 1,950 yuan/kg. Holmium oxide saw a"
            " drop of more than 4,000 yuan/t on Wednesday. Gadolinium oxide was more than 1,000"
            " yuan/t higher than on Monday.",
            (
                ("price", "ho_oxide", "change", "2024-07-02/2024-07-03", -4000, "CNY/t"),
                ("price", "gd_oxide", "change", "2024-07-01/2024-07-05", 1000, "CNY/t"),
            ),
        ),
    ),
    _veto(
        "group_subject", "price", _none("Rare earth prices stood at 400,000 yuan/t on Thursday.")
    ),
    _veto(
        "no_product", "price", _none("Lithium carbonate was quoted at 90,000 yuan/t on Thursday.")
    ),
    _veto(
        "conversion",
        "price financial",
        Example(  # a result's bracketed conversion: the reported currency comes first
            "China Northern Rare Earth said net profit fell to CNY1.0 billion (USD140 million)"
            " in 2023.",
            (("financial", "", "net_profit_attributable", "2023", 1e9, "CNY"),),
        ),
        # a yuan figure converting a dollar quote, in brackets or after "or": the dollar
        # quote's market holds it, never the domestic Chinese one
        Example(
            "Dysprosium oxide fob China was assessed at $230/kg (about 1.65 million yuan/t) on"
            " Thursday.",
            (("price", "dy_oxide", "price", "2024-07-04", 230, "USD/kg"),),
            entity="fob_china",
        ),
        Example(
            "Neodymium metal fob China was $78-80/kg, or roughly 560,000-575,000 yuan/t, on"
            " Thursday.",
            (
                ("price", "nd_metal", "price_low", "2024-07-04", 78, "USD/kg"),
                ("price", "nd_metal", "price_high", "2024-07-04", 80, "USD/kg"),
            ),
            entity="fob_china",
        ),
        Example(
            "In Rotterdam, terbium oxide was $1,020/kg, equivalent to about 7.3 million yuan/t,"
            " on Wednesday.",
            (("price", "tb_oxide", "price", "2024-07-03", 1020, "USD/kg"),),
            entity="cif_rotterdam",
        ),
        Example(  # the quote's day between the two, and "the equivalent of", "works out at"
            "Dysprosium oxide fob China was $230/kg on Thursday, the equivalent of 1,650"
            " yuan/kg. Terbium oxide fob China climbed to $950/kg on Wednesday, which works out"
            " at about 6,800 yuan/kg.",
            (
                ("price", "dy_oxide", "price", "2024-07-04", 230, "USD/kg"),
                ("price", "tb_oxide", "price", "2024-07-03", 950, "USD/kg"),
            ),
            entity="fob_china",
        ),
        Example(  # a change's conversion is no figure of its own
            "Neodymium oxide rose 6,000 yuan/t (US$830) to 441,000 yuan/t on Thursday.",
            (
                ("price", "nd_oxide", "change", "2024-07-03/2024-07-04", 6000, "CNY/t"),
                ("price", "nd_oxide", "price", "2024-07-04", 441000, "CNY/t"),
            ),
        ),
    ),
    _veto(
        "ex_vat",
        "price",
        Example(
            "Pr-Nd oxide was quoted at 452,000-455,000 yuan/t including VAT (400,000-402,650"
            " yuan/t excluding VAT) on Wednesday.",
            (
                ("price", "prnd_oxide", "price_low", "2024-07-03", 452000, "CNY/t"),
                ("price", "prnd_oxide", "price_high", "2024-07-03", 455000, "CNY/t"),
            ),
        ),
        Example(
            "Terbium metal sold for 8.9 million yuan/t excluding VAT, or 10.06 million yuan/t"
            " including VAT, on Thursday.",
            (("price", "tb_metal", "price", "2024-07-04", 10.06e6, "CNY/t"),),
        ),
        Example(
            "Neodymium oxide was assessed at 448,000 yuan/t inclusive of VAT, equivalent to"
            " 396,500 yuan/t before tax, on Thursday.",
            (("price", "nd_oxide", "price", "2024-07-04", 448000, "CNY/t"),),
        ),
        Example(  # a VAT rate; the basis told before the figure
            "Pr-Nd oxide was assessed at 452,000 yuan/t including 13% VAT on Thursday, or"
            " 400,000 yuan/t without VAT. Samarium oxide prices excluding VAT stood at 13,300"
            " yuan/t on Thursday, against 15,000 yuan/t including VAT.",
            (
                ("price", "prnd_oxide", "price", "2024-07-04", 452000, "CNY/t"),
                ("price", "sm_oxide", "price", "2024-07-04", 15000, "CNY/t"),
            ),
        ),
        Example(  # each basis leading its own clause
            "In VAT-inclusive terms, terbium oxide was 6,900 yuan/kg on Thursday; ex-VAT it was"
            " 6,106 yuan/kg.",
            (("price", "tb_oxide", "price", "2024-07-04", 6900, "CNY/kg"),),
        ),
        Example(
            "Dysprosium oxide traded at 1,650 yuan/kg VAT included (1,460 yuan/kg ex-VAT).",
            (("price", "dy_oxide", "price", "2024-07-05", 1650, "CNY/kg"),),
        ),
    ),
    _veto(
        "superseded",
        "capacity",
        Example(  # a plan revised: its old figure is nobody's capacity now
            "Arafura Rare Earths has cut the planned NdPr oxide capacity of Nolans to 4,440 tpa"
            " from 4,800 tpa.",
            (("capacity", "prnd_oxide", "capacity", "", 4440, "t/yr"),),
        ),
        Example(
            "Iluka's Eneabba refinery will have capacity of 5,500 t/yr of NdPr oxide, up from"
            " an earlier plan of 4,400 t/yr.",
            (("capacity", "prnd_oxide", "capacity", "", 5500, "t/yr"),),
        ),
        Example(  # a raise already made: the level it started from is past
            "China Northern Rare Earth raised its NdPr metal capacity from 15,000 t/yr to"
            " 25,000 t/yr last year.",
            (("capacity", "prnd_metal", "capacity", "", 25000, "t/yr"),),
        ),
    ),
    _veto(
        "consumption",
        "capacity trade price",
        _none("US magnet consumption of 38,000 t in 2023 was met mostly by imports from China."),
        _none("European demand for NdFeB magnets is put at about 22,000 t/yr, mostly for motors."),
        _none(
            "Japan's demand for NdPr oxide totalled 8,500 tonnes last year, down 4% on the year."
        ),
        _none("Global magnet demand reached 210,000 tonnes in 2023, a consultancy estimates."),
        _none("Magnet demand in Europe runs at roughly 21,000 tonnes a year."),
        Example(  # a demand set against a capacity: the capacity stays
            "US magnet demand is around 38,000 t/yr, against domestic capacity of about 1,200"
            " t/yr.",
            (("capacity", "ndfeb_magnet", "capacity", "", 1200, "t/yr"),),
        ),
    ),
    _veto(
        "supply_share",
        "production price",
        _none("China's share of global mined rare earth supply fell to 62% in 2023 from 68%."),
        _none("Myanmar accounted for 9% of world rare earth supply last year, down from 11%."),
        _none("The US share of global mine production rose to 12% in 2023, up from 9% in 2022."),
        _none("China's share of world mine output dropped 8 percentage points to 62% in 2023."),
        Example(  # a share beside a move of output: the move stays
            "Chinese NdPr oxide output rose 8% year on year in 2023, lifting its share of world"
            " supply to 85%.",
            (("production", "prnd_oxide", "production_yoy_pct", "2023", 8, "%"),),
        ),
    ),
    _veto("foreign_dollar", "price"),
    _veto("implausible", "price", _none("Neodymium oxide was quoted at 4 yuan/t on Thursday.")),
    _veto(
        "base_level",
        "price",
        Example(
            "Neodymium oxide rose from 420,000 yuan/t to 435,000 yuan/t.",
            (("price", "nd_oxide", "price", "2024-07-05", 435000, "CNY/t"),),
        ),
    ),
    _veto(
        "base_unknown",
        "price",
        # a move counted from a vague part of a month has no first day
        _none("Pr-Nd oxide has gained about 12% since early June."),
        _none("Terbium oxide has climbed 300 yuan/kg since mid-May."),
    ),
    _veto(
        "average_no_period", "price", _none("Praseodymium-neodymium oxide averaged 400,000 yuan/t.")
    ),
    _veto(
        "range_end",
        "financial",
        Example(
            "Lynas posted net profit of A$1.2 billion to A$1.5 billion in 2023.",
            (("financial", "", "net_profit_attributable", "2023", (1.2e9, 1.5e9), "AUD"),),
        ),
    ),
    _veto(
        "one_end",
        "price",
        Example(
            "Europium oxide fob China was put at $26-29/kg, the upper end 1 dollar higher on"
            " the week.",
            (
                ("price", "eu_oxide", "price_low", "2024-07-05", 26, "USD/kg"),
                ("price", "eu_oxide", "price_high", "2024-07-05", 29, "USD/kg"),
            ),
        ),
    ),
    _veto(
        "unit_value",
        "price",
        # value over weight of a customs category (FACTS.md: not a market price)
        _none("Magnet exports in June carried an average declared value of US$52/kg."),
        _none("Shipped NdFeB magnets were worth an average of $41 per kg in March exports."),
        # "the average value of the goods shipped"
        _none("Customs put the average value of April's magnet exports at about US$44/kg."),
        # a longer gap between the value words and the figure
        _none("In May, magnets leaving the country had a mean customs value close to $39/kg."),
    ),
    _veto(
        "per_unit",
        "-",
        _none("Magnet makers shipped about 2 kg per vehicle to carmakers."),
        _none("Robots would need roughly 3 kg each of neodymium magnets."),
        _none("A 5MW offshore turbine can use over a tonne of magnets."),
    ),
    _veto(
        "per_share",
        "financial",
        Example(
            "Shenghe Resources put its 2023 total profit at 1.9 billion yuan, and its basic"
            " earnings per share were 0.86 yuan.",
            (("financial", "", "total_profit", "2023", 1.9e9, "CNY"),),
        ),
    ),
    _veto(
        "share_move",
        "price",
        _none("In Seoul, shares of the magnet maker that buys NdPr oxide fell 3.1%."),
    ),
    _veto(
        "unlisted_market",
        "price",
        _none("Holmium oxide CFR Japan climbed 12% on the month to $95-99/kg."),
        Example(
            "Gadolinium oxide delivered Korea was offered at $70/kg, while fob China material"
            " sold at $44/kg.",
            (("price", "gd_oxide", "price", "2024-07-05", 44, "USD/kg"),),
        ),
    ),
    _veto(
        "spread",
        "price",
        _none(
            "The gap between cif Rotterdam and fob China terbium oxide prices narrowed to $150/kg."
        ),
        _none("The spread between dysprosium oxide and terbium oxide held at about 5,500 yuan/kg."),
        # a percent premium to another market's price
        _none(
            "Should licensing widen, NdPr prices outside China could trade at a premium of 30%"
            " or more to the Chinese export price."
        ),
        # a level's gap to an average, in percent; the average itself is kept
        Example(
            "Spot europium oxide is now 6% below its 2023 average of 210 yuan/kg.",
            (("price", "eu_oxide", "average", "2023", 210, "CNY/kg"),),
        ),
    ),
    _veto(
        "midpoint",
        "price",
        Example(
            "Quotes for Tuesday, July 2 (yuan/t):\n\n"
            "- Terbium oxide: 7.10-7.20 million, average 7.15 million, up 50,000\n",
            (
                ("price", "tb_oxide", "price_low", "2024-07-02", 7100000, "CNY/t"),
                ("price", "tb_oxide", "price_high", "2024-07-02", 7200000, "CNY/t"),
                ("price", "tb_oxide", "change", "2024-07-01/2024-07-02", 50000, "CNY/t"),
            ),
        ),
    ),
    _veto(
        "part",
        "quota",
        # a part by ore kind of a quota told before it: the whole stays
        Example(
            "Of the 135,000 t mining quota, 10,000 t was for medium and heavy rare earths.",
            (("quota", "mining", "quota", "2024", 135000, "t"),),
        ),
        Example(
            "The first-batch mining quota of 135,000 t included 10,000 t for ion-adsorption"
            " deposits.",
            (("quota", "mining", "quota", "2024", 135000, "t"),),
        ),
    ),
    _veto(
        "partner_country",
        "trade",
        _none("China's exports to Japan were 1,200 t of rare earth magnets in May."),
        # a partner taking a share, or a share sent to one: the total stays, the share goes
        Example(
            "China shipped 3,900 t of rare earth magnets abroad in May, with Japan taking 1,100 t.",
            (("trade", "re_permanent_magnet", "exports", "2024-05", 3900, "t"),),
        ),
        Example(
            "South Korea received 800 t of the 4,300 t of magnets China exported in May.",
            (("trade", "ndfeb_magnet", "exports", "2024-05", 4300, "t"),),
        ),
        Example(
            "China exported 4,400 t of magnets in May, of which 700 t went to Germany.",
            (("trade", "ndfeb_magnet", "exports", "2024-05", 4400, "t"),),
        ),
        # the whole trade named after a destination's figure is the total
        Example(
            "Magnet exports to Japan fell 10% to 900 t in May, while overall exports rose 3%"
            " to 4,500 t.",
            (("trade", "ndfeb_magnet", "exports", "2024-05", 4500, "t"),),
        ),
        Example(
            "Shipments to South Korea climbed 9% to 610 t in May, out of a total of 4,300 t.",
            (("trade", "rare_earths", "exports", "2024-05", 4300, "t"),),
        ),
    ),
]

RULES += [
    Rule(
        "price_list_caption",
        "price level",
        "en",
        "a caption ending in a colon names the unit and day of the bullet lines under it,"
        " through short sub-headings ('Oxides', 'Metals')",
        pricetable_layout.find_tables,
        (
            Example(
                "Closing quotes for Thursday, July 4 (yuan/t, VAT included; moves against the"
                " previous session):\n\nOxides\n- Neodymium oxide: 438,000-442,000, up 3,000\n"
                "- Europium oxide: 185,000-195,000, average 190,000, down 2,000\n\n"
                "Metals\n- Neodymium metal: 540,000-545,000, up 5,000\n",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-04", 438000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-04", 442000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-07-03/2024-07-04", 3000, "CNY/t"),
                    ("price", "eu_oxide", "price_low", "2024-07-04", 185000, "CNY/t"),
                    ("price", "eu_oxide", "price_high", "2024-07-04", 195000, "CNY/t"),
                    ("price", "eu_oxide", "change", "2024-07-03/2024-07-04", -2000, "CNY/t"),
                    ("price", "nd_metal", "price_low", "2024-07-04", 540000, "CNY/t"),
                    ("price", "nd_metal", "price_high", "2024-07-04", 545000, "CNY/t"),
                    ("price", "nd_metal", "change", "2024-07-03/2024-07-04", 5000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="DocState.section keeps a caption's unit and day over sub-headings.",
    ),
    Rule(
        "price_table_span_columns",
        "price level",
        "en",
        "change columns that name their own span ('w/w chg', 'W-o-W (%)', 'YTD %', 'MTD');"
        " a note gives a span's base ('YTD against 29 Dec 2023'), else the span's default",
        pricetable_layout.find_tables,
        (
            Example(
                "Table 2: domestic spot prices, close of 5 Jul 2024\n\n"
                "Product        Unit      Low       High      w/w chg   w/w %    YTD %\n"
                "Gd oxide       Rmb/t     152,000   156,000   +2,000    +1.3     -12.4\n\n"
                "Notes: YTD against 29 Dec 2023.\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 2000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06-28/2024-07-05", 1.3, "%"),
                    ("price", "gd_oxide", "change_pct", "2023-12-29/2024-07-05", -12.4, "%"),
                ),
            ),
            Example(  # day columns, "W-o-W" heads
                "Weekly average prices, this Friday against last Friday\n\n"
                "| Product | Unit | Jun 28 | Jul 5 | W-o-W change | W-o-W (%) |\n"
                "|---|---|---|---|---|---|\n"
                "| Gadolinium oxide | yuan/mt | 150,000 | 154,000 | 4,000 | 2.67% |\n",
                (
                    ("price", "gd_oxide", "price", "2024-06-28", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-05", 154000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 4000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06-28/2024-07-05", 2.67, "%"),
                ),
            ),
            Example(  # day columns holding ranges
                "Argus fob China assessments, $/kg\n\n| Product | 5 Jul | 28 Jun | +/- |\n"
                "|---|---|---|---|\n| Holmium oxide 99.5pc min | 60-64 | 58-62 | +2 |\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-07-05", 60, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 64, "USD/kg"),
                    ("price", "ho_oxide", "price_low", "2024-06-28", 58, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-06-28", 62, "USD/kg"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", 2, "USD/kg"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="pricetable_layout.column_span / pricetables.span_base.",
    ),
    Rule(
        "price_table_period_and_week_columns",
        "price level",
        "en",
        "a price table's columns may each be one period's average ('Q2 2024', '2Q24', 'May avg')"
        " or one assessment day, with an unnamed product column; a change column beside"
        " period averages runs between the first two periods, one beside day columns from the"
        " day its head names ('Chg vs 3-Jun'); a row's name may carry its basis ('China EXW'),"
        " and a prose paragraph above the table does not date it",
        pricetable_layout.find_tables,
        (
            Example(
                "Quarterly means, US$/kg\n"
                "Product                        Q2 2024    Q1 2024    q/q      Q2 2023\n"
                "Ho oxide, FOB China            71.20      68.00      +4.7%    n/a\n",
                (
                    ("price", "ho_oxide", "average", "2024-Q2", 71.2, "USD/kg"),
                    ("price", "ho_oxide", "average", "2024-Q1", 68, "USD/kg"),
                    ("price", "ho_oxide", "change_pct", "2024-Q1/2024-Q2", 4.7, "%"),
                ),
            ),
            Example(
                "| Item | Unit | June avg | May avg | Chg | MoM |\n"
                "|---|---|---|---|---|---|\n"
                "| Gd oxide | yuan/mt | 150,000 | 160,000 | -10,000 | -6.25% |\n",
                (
                    ("price", "gd_oxide", "average", "2024-06", 150000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-05", 160000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-05/2024-06", -10000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-05/2024-06", -6.25, "%"),
                ),
                published="2024-07-01",
            ),
            Example(  # week columns, no product head, a range after a single space
                "Holmium oxide was assessed weekly through June; figures were released on"
                " 3 June and again later in the month.\n"
                "Weekly prices, US$/kg\n"
                "                                  14-Jun      21-Jun      28-Jun    Chg vs 7-Jun\n"
                "Holmium oxide 99.5% min, fob China 66-70       65-69       63-67     -3.00\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-06-14", 66, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-06-14", 70, "USD/kg"),
                    ("price", "ho_oxide", "price_low", "2024-06-21", 65, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-06-21", 69, "USD/kg"),
                    ("price", "ho_oxide", "price_low", "2024-06-28", 63, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-06-28", 67, "USD/kg"),
                    ("price", "ho_oxide", "change", "2024-06-07/2024-06-28", -3, "USD/kg"),
                ),
                published="2024-06-30",
            ),
            Example(  # the basis in the row's name; a CIF Asia row has no market id
                "Assessments, US$/kg\n"
                "Product / basis                     28-Jun        31-May        m/m\n"
                "Ho oxide 99.5%, China EXW (ex-VAT)  60-62         62-64         -3.2%\n"
                "Ho oxide 99.5%, CIF Asia            80-84         78-82         +2.5%\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-06-28", 60, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-06-28", 62, "USD/kg"),
                    ("price", "ho_oxide", "price_low", "2024-05-31", 62, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-05-31", 64, "USD/kg"),
                    ("price", "ho_oxide", "change_pct", "2024-05-31/2024-06-28", -3.2, "%"),
                ),
                published="2024-06-28",
            ),
        ),
        cues=("metric.price",),
        doc="pricetable_layout.period_column, unnamed day heads; pricetables.column_period,"
        " stated base over day columns; pipeline._title(headings=True).",
    ),
    Rule(
        "price_table_row_mass_and_month_heads",
        "price level",
        "en",
        "a row name's own mass ('Er oxide (/kg)') prices that row per kg in the sheet's"
        " currency; month heads with a two-digit year ('Jun-24  May-24') are monthly columns,"
        " not the 24th of each month; an unnamed product column may be followed by day heads"
        " of two words ('28 Jun  31 May  Change (mid)')",
        pricetable_layout.find_tables,
        (
            Example(
                "Our domestic sheet, ex-works, RMB/mt.\n\n"
                "PRODUCT          GRADE       05-JUL             28-JUN             CHG\n"
                "Ho oxide         99.5%       480,000-490,000    470,000-480,000    +10,000\n"
                "Er oxide (/kg)   99.9%         290-300            285-295              +5\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-07-05", 480000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 490000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-06-28", 470000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-06-28", 480000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", 10000, "CNY/t"),
                    ("price", "er_oxide", "price_low", "2024-07-05", 290, "CNY/kg"),
                    ("price", "er_oxide", "price_high", "2024-07-05", 300, "CNY/kg"),
                    ("price", "er_oxide", "price_low", "2024-06-28", 285, "CNY/kg"),
                    ("price", "er_oxide", "price_high", "2024-06-28", 295, "CNY/kg"),
                    ("price", "er_oxide", "change", "2024-06-28/2024-07-05", 5, "CNY/kg"),
                ),
            ),
            Example(
                "Export prices (FOB China, US$/kg, mean of the month)\n"
                "                        Jun-24    May-24    m/m\n"
                "Ho oxide 99.5% min       64.10     66.00    -2.9%\n",
                (
                    ("price", "ho_oxide", "average", "2024-06", 64.1, "USD/kg"),
                    ("price", "ho_oxide", "average", "2024-05", 66, "USD/kg"),
                    ("price", "ho_oxide", "change_pct", "2024-05/2024-06", -2.9, "%"),
                ),
            ),
            Example(
                "Month-end prices in China (RMB/t)\n"
                "                  28 Jun             31 May             Change (mid)\n"
                "Ho oxide          470,000-480,000    480,000-490,000       -10,000\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-06-28", 470000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-06-28", 480000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-05-31", 480000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-05-31", 490000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-05-31/2024-06-28", -10000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="pricetables._ROW_PER; pricetable_layout.month_year_heads, two-word unnamed day heads.",
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
        doc="prices._BACK_REF ('that', 'this'), DocState.last_price_market, prices._own_base_day,"
        " prices._LEVEL_DATED, date_base._BASE_LEVEL_ON; en.toml cif_rotterdam 'rotterdam'.",
    ),
    Rule(
        "scale_and_currency_spellings",
        "financial",
        "en",
        "a scale word joined by a hyphen ('A$48-million') and a currency word written before a"
        " per-mass price ('Yuan 2,150/kg') are read as amounts and prices",
        pricetable_layout.find_tables,
        (
            Example(
                "Lynas-style producer Westbay Minerals said sales revenue rose to A$48-million"
                " in the first half of 2024.",
                (("financial", "", "revenue", "2024-01/2024-06", 48e6, "AUD"),),
            ),
            Example(
                "Platts assessed terbium oxide at Yuan 6,100/kg ex-works, while holmium oxide"
                " rose Yuan 20/kg to Yuan 480/kg.",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 6100, "CNY/kg"),
                    ("price", "ho_oxide", "price", "2024-07-05", 480, "CNY/kg"),
                    ("price", "ho_oxide", "change", "2024-07-04/2024-07-05", 20, "CNY/kg"),
                ),
            ),
        ),
        cues=("metric.revenue", "metric.price"),
        doc="numbers._CUR_PREFIX ('Yuan ' before a per-mass price), the hyphenated scale.",
    ),
    Rule(
        "broker_note_shorthand",
        "financial",
        "en",
        "a broker note's '3Q24' and '1-3Q24' periods; a forecast table's 'A' year columns are"
        " actuals in the unit its caption declares once ('(Rmb m; ...)'), its 'E' columns and"
        " per-share or multiple rows give nothing; a multiple of estimated earnings ('40x our"
        " 2025E EPS') is no P/E fact; 'incl.' does not end a sentence",
        pricetable_layout.find_tables,
        (
            Example(
                "Shenghe posted 1-3Q24 revenue of Rmb21.5bn, up 4pc YoY. In 3Q24 alone, revenue"
                " was Rmb7.2bn.\n\n"
                "Forecasts (Rmb m; Dec year-end)\n"
                "                          2023A      2024E      2025E\n"
                "Revenue                  29,950     28,400     31,100\n"
                "P/E (x)                   35.1       40.2       30.5\n\n"
                "The stock trades at 40.2x our 2024E EPS.\n",
                (
                    ("financial", "", "revenue", "2024-01/2024-09", 21.5e9, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2024-01/2024-09", 4, "%"),
                    ("financial", "", "revenue", "2024-Q3", 7.2e9, "CNY"),
                    ("financial", "", "revenue", "2023", 29.95e9, "CNY"),
                ),
                published="2024-10-30",
            ),
            Example(
                "Holmium oxide averaged Rmb480k/t (incl. VAT) in 2Q24, up 5pc QoQ, and spot"
                " stood at Rmb470k/t on 3 July.",
                (
                    ("price", "ho_oxide", "average", "2024-Q2", 480000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-03", 470000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.revenue", "metric.price"),
        doc="date_phrasings qspan and '3Q24'; periodcolumns forecast tables; valuation"
        " _ESTIMATE_YEAR; sentences._ABBREV; prices._CLOSED.",
    ),
    Rule(
        "production_country_place",
        "production",
        "en",
        "a country named as the place of production right before the figure ('output in"
        " Vietnam rose to X', 'Brazil's mine production was X') is the producer; after a"
        " quota sentence the figure is total REO, not the quota's kind",
        pricetable_layout.find_tables,
        (
            Example(
                "The 2023 mining quota was 240,000 tons. Mine output in Vietnam rose to 600"
                " tons in 2023, and production in Brazil reached 80 tons.",
                (
                    ("quota", "mining", "quota", "2023", 240000, "t"),
                    ("production", "total_reo", "production", "2023", 600, "t"),
                    ("production", "total_reo", "production", "2023", 80, "t"),
                ),
                published="2024-01-31",
            ),
        ),
        cues=("metric.production",),
        doc="production._place_before, _QUOTA_KINDS.",
    ),
    Rule(
        "trade_importer_after_headline",
        "trade",
        "en",
        "a story whose headline speaks of 'imports' with no country and whose lead names the"
        " importer ('Korea's imports of ...') counts that country's imports throughout; a"
        " fiscal year restated as 'April 2023 through March 2024' is that span",
        pricetable_layout.find_tables,
        (
            Example(
                "Rare earth imports edge lower in May\n\n"
                "Korea's imports of rare earths in May fell 4 per cent from April to 410"
                " tonnes.\n\n"
                "January-May imports totalled 2,050 tonnes. In fiscal 2023 (April 2023 through"
                " March 2024) Korea imported 5,100 tonnes.\n",
                (
                    ("trade", "rare_earths", "imports", "2024-05", 410, "t"),
                    ("trade", "rare_earths", "imports_mom_pct", "2024-05", -4, "%"),
                    ("trade", "rare_earths", "imports", "2024-01/2024-05", 2050, "t"),
                    ("trade", "rare_earths", "imports", "2023-04/2024-03", 5100, "t"),
                ),
                published="2024-06-20",
            ),
        ),
        cues=("metric.imports",),
        doc="trade._opening_importer (first two import words of the opening),"
        " date_phrasings mspan with both years.",
    ),
    Rule(
        "trade_country_in_paragraph_and_origin",
        "trade",
        "en",
        "a paragraph that names an importer ('Korea brought in ...') keeps it for the imports"
        " after it; exports 'from' a country ('shipments ... exports of magnets from Korea')"
        " and '<country>'s exports' are that country's",
        prices.extract,
        (
            Example(
                "Monthly minerals digest\n\n"
                "Korea brought in 640 t of rare earth compounds in May. Over January-May,"
                " imports came to 3,020 t, up 3.1% year on year.\n\n"
                "Exports of permanent magnets from Korea were 85 t in May.\n",
                (
                    ("trade", "rare_earths", "imports", "2024-05", 640, "t"),
                    ("trade", "rare_earths", "imports", "2024-01/2024-05", 3020, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2024-01/2024-05", 3.1, "%"),
                    ("trade", "re_permanent_magnet", "exports", "2024-05", 85, "t"),
                ),
                published="2024-06-20",
                entity="south_korea",
            ),
        ),
        cues=("metric.imports", "metric.exports"),
        doc="trade.importer (the paragraph's importer), trade.exporter.",
    ),
    Rule(
        "fiscal_year_with_both_years",
        "trade",
        "en",
        "'in 2024-25' is a fiscal year whose months follow the country the report is set in"
        " (April-March under an Indian or Japanese dateline, July-June in an Australian"
        " story); elsewhere it stays the first year",
        prices.extract,
        (
            Example(
                "Mumbai, June 12 (PTI) India imported 2,150 tonnes of rare earth compounds in"
                " 2023-24, down from 2,400 tonnes in 2022-23.",
                (
                    ("trade", "rare_earths", "imports", "2023-04/2024-03", 2150, "t"),
                    ("trade", "rare_earths", "imports", "2022-04/2023-03", 2400, "t"),
                ),
                entity="india",
            ),
            Example(
                "Perth, Aug 20 - Australia's rare earth concentrate exports reached 18,000 t in"
                " 2023-24.",
                (("trade", "re_concentrate", "exports", "2023-07/2024-06", 18000, "t"),),
                entity="australia",
            ),
        ),
        cues=("metric.imports", "metric.exports"),
        doc="date_phrasings fy_span; dates.fiscal_start (DocDates.fiscal_start).",
    ),
    Rule(
        "price_month_close_gapped_and_average_basis",
        "price level",
        "en",
        "a second level sharing a month-end verb ('Ho oxide closed the month at A and Gd oxide"
        " at B') is the month's last trading day too; moves 'on a monthly average basis' are"
        " changes of averages, which have no metric",
        pricetable_layout.find_tables,
        (
            Example(
                "Prices fell in June. Holmium oxide closed the month at 480,000-490,000 yuan/mt and gadolinium oxide"
                " at 150,000-152,000 yuan/mt. Holmium and gadolinium oxide lost 3.3% and 0.9%"
                " respectively, measured on a monthly average basis.",
                (
                    ("price", "ho_oxide", "price_low", "2024-06-28", 480000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-06-28", 490000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-06-28", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-06-28", 152000, "CNY/t"),
                ),
                published="2024-07-01",
            ),
        ),
        cues=("metric.price",),
        doc="prices._GAPPED_AT/_CLOSED_MONTH_ANY, _AVERAGE_BASIS.",
    ),
    Rule(
        "price_at_month_end_europe",
        "price level",
        "en",
        "'X at month-end' in a report on a month is that month's last trading day; 'delivered"
        " EU', 'DDP EU' are European delivered prices",
        prices.extract,
        (
            Example(  # a monthly review published after the month it covers
                "Survey of members' buying prices, June 2024\n\n"
                "Holmium oxide was bought at EUR 75-79/kg delivered EU at month-end.\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-06-28", 75, "EUR/kg"),
                    ("price", "ho_oxide", "price_high", "2024-06-28", 79, "EUR/kg"),
                ),
                published="2024-07-04",
                entity="europe",
            ),
            Example(
                "Gadolinium oxide, DDP EU, was offered at EUR 29/kg in June.",
                (("price", "gd_oxide", "price", "2024-06", 29, "EUR/kg"),),
                published="2024-07-04",
                entity="europe",
            ),
        ),
        cues=("metric.price", "market.europe"),
        doc="date_phrasings period_edge (u2); en.toml market europe.",
    ),
    Rule(
        "price_month_review_back_references",
        "price level",
        "en",
        "a monthly review's back references: a clause after a colon ('...: the month closed at"
        " X on 28 June'), 'when it averaged X' after a named month, 'Its June average, X, was"
        " ... above May's Y'; 'the same as at the end of May' is a base, so 'ended the month'"
        " after it is still the month reviewed; '(May close: Y)' is May's last trading day",
        prices.extract,
        (
            Example(
                "Minor metals monthly, July 2024\n\n"
                "The monthly average of holmium oxide (FOB China) rose to US$72.40/kg in June."
                " Most of the gain came late: the month closed at US$75.10/kg on 28 June,"
                " against US$71.60/kg on 21 June.\n\n"
                "Gadolinium oxide (FOB China) averaged US$21.30/kg in June. Compared with June"
                " 2023, when it averaged US$26.90/kg, gadolinium was cheaper.\n\n"
                "Samarium oxide (FOB China) was quoted at US$2.10-2.30/kg at the end of June,"
                " the same as at the end of May; europium oxide ended the month at"
                " US$27-29/kg. Its June average, US$28.10/kg, was just above May's"
                " US$27.60/kg.\n\n"
                "Terbium oxide (FOB China) finished June at US$1,150/kg (May close:"
                " US$1,120/kg).\n",
                (
                    ("price", "ho_oxide", "average", "2024-06", 72.4, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-06-28", 75.1, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-06-21", 71.6, "USD/kg"),
                    ("price", "gd_oxide", "average", "2024-06", 21.3, "USD/kg"),
                    ("price", "gd_oxide", "average", "2023-06", 26.9, "USD/kg"),
                    ("price", "sm_oxide", "price_low", "2024-06-28", 2.1, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-06-28", 2.3, "USD/kg"),
                    ("price", "eu_oxide", "price_low", "2024-06-28", 27, "USD/kg"),
                    ("price", "eu_oxide", "price_high", "2024-06-28", 29, "USD/kg"),
                    ("price", "eu_oxide", "average", "2024-06", 28.1, "USD/kg"),
                    ("price", "eu_oxide", "average", "2024-05", 27.6, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-06-28", 1150, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-05-31", 1120, "USD/kg"),
                ),
                published="2024-07-10",
                entity="fob_china",
            ),
        ),
        cues=("metric.price",),
        doc="prices._COLON, _WHEN_IT, _ITS_NOUN, _WHEN_AT (averaged); date_base.is_ref_before"
        " ('the same as at'); date_phrasings month_close (mon2).",
    ),
    Rule(
        "bases_on_last_year_and_same_week",
        "quota",
        "en",
        "'up 5.9% on last year' makes last year a base (the next figure keeps the year named"
        " before it); a move 'over the same week' runs over the last move's span",
        prices.extract,
        (
            Example(
                "The full-year mining quota for 2024 stands at 270,000 tonnes, up 5.9% on last"
                " year, while the smelting quota comes to 254,000 tonnes, up 4.2%.\n\n"
                "Holmium oxide gained 5,000 yuan/t on the week to 480,000 yuan/t. Gadolinium"
                " oxide slipped 2,000 yuan/t to 150,000 yuan/t over the same week.\n",
                (
                    ("quota", "mining", "quota", "2024", 270000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2024", 5.9, "%"),
                    ("quota", "smelting_separation", "quota", "2024", 254000, "t"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2024", 4.2, "%"),
                    ("price", "ho_oxide", "change", "2024-08-16/2024-08-23", 5000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-08-23", 480000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-08-16/2024-08-23", -2000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-08-23", 150000, "CNY/t"),
                ),
                published="2024-08-23",
                entity="china",
            ),
        ),
        cues=("metric.quota", "metric.price"),
        doc="dates._GROWTH_ON; prices._SAME_SPAN.",
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
        cues=(*_UPDOWN,),
        doc="prices._CHANGE_LEAD running form, _running_ref; date_binding.ref_after skips"
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
        cues=(*_UPDOWN,),
        doc="DocState.base_days, prices._named_month_base.",
    ),
    Rule(
        "price_earlier_assessment",
        "price level",
        "en",
        "a level 'in the previous assessment on <day>' is that day's level",
        pricetable_layout.find_tables,
        (
            Example(
                "Holmium oxide 99.5pc min, in-warehouse Rotterdam, rose to $95-100/kg from"
                " $90-94/kg in the previous assessment on 27 June.",
                (
                    ("price", "ho_oxide", "price_low", "2024-07-05", 95, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 100, "USD/kg"),
                    ("price", "ho_oxide", "price_low", "2024-06-27", 90, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-06-27", 94, "USD/kg"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="date_base._EARLIER_ASSESSMENT, prices._earlier_assessment_day.",
    ),
    Rule(
        "period_columns_quarters",
        "production",
        "en",
        "key-figure columns naming quarters ('Q2 2024'), months under quarter labels"
        " ('Q4 FY24' over 'Jun 2024'), a trailing '% Change' of two year-apart columns,"
        " and a release's masthead ('ASX RELEASE', a date line) skipped to find its company",
        periodcolumns.find_rows,
        (
            Example(
                "Key figures\n\n                            Q2 2024     Q2 2023     % Change\n"
                "NdPr oxide output (MTs)       1,250       1,000        25%\n",
                (
                    ("production", "prnd_oxide", "production", "2024-Q2", 1250, "t"),
                    ("production", "prnd_oxide", "production", "2023-Q2", 1000, "t"),
                    ("production", "prnd_oxide", "production_yoy_pct", "2024-Q2", 25, "%"),
                ),
            ),
            Example(
                "ASX RELEASE\n5 July 2024\nAcme Rare Earths Ltd quarterly report for the period"
                " ended 30 June 2024\n\nKEY FIGURES\n                        Q4 FY24     Q3 FY24\n"
                "                        Jun 2024    Mar 2024\n"
                "NdPr production (t)        1,510       1,420\n",
                (
                    ("production", "prnd_oxide", "production", "2024-Q2", 1510, "t"),
                    ("production", "prnd_oxide", "production", "2024-Q1", 1420, "t"),
                ),
            ),
        ),
        cues=("metric.production",),
        doc="periodcolumns._as_quarter/_CHANGE_HEAD, DocState._opening_lines.",
    ),
    Rule(
        "financial_accounting_brackets",
        "financial",
        "en",
        "an accounting negative after a loss ('net loss of $(30.9) million') is the loss",
        pricetable_layout.find_tables,
        (
            Example(
                "Acme Rare Earths Ltd reported a net loss of $(12.5) million for the second"
                " quarter of 2024.",
                (("financial", "", "net_profit_attributable", "2024-Q2", -12.5e6, "USD"),),
            ),
        ),
        cues=("metric.net_profit",),
        doc="pipeline._LOSS_BRACKETS.",
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
        "price_weekly_average_and_day_runs",
        "average",
        "en",
        "a weekly report's 'weekly average' is its five sessions; runs of days ('1-5 July',"
        " 'from June 24 to June 28', 'the five sessions to June 28') are spans",
        pricetable_layout.find_tables,
        (
            Example(
                "Rare earths weekly review\n\nPrices fell this week. The weekly average of"
                " neodymium oxide was 436,000 yuan/t.",
                (("price", "nd_oxide", "average", "2024-07-01/2024-07-05", 436000, "CNY/t"),),
            ),
            Example(
                "From July 1 to July 5, holmium oxide averaged 480,000 yuan/t, against 470,000"
                " yuan/t over the five sessions to June 28.",
                (
                    ("price", "ho_oxide", "average", "2024-07-01/2024-07-05", 480000, "CNY/t"),
                    ("price", "ho_oxide", "average", "2024-06-24/2024-06-28", 470000, "CNY/t"),
                ),
            ),
            Example(  # a move over a run of sessions starts at the close before the first
                "Samarium oxide gained 800 yuan/t in the five sessions to July 3.",
                (("price", "sm_oxide", "change", "2024-06-26/2024-07-03", 800, "CNY/t"),),
            ),
            Example(  # the level a run of sessions ends at is the last session's
                "Erbium oxide eased 2% over the three trading days to July 3, to 290,000 yuan/t.",
                (
                    ("price", "er_oxide", "change_pct", "2024-06-28/2024-07-03", -2, "%"),
                    ("price", "er_oxide", "price", "2024-07-03", 290000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="date_phrasings dspan/sessions_to, prices._WEEKLY_AVG.",
    ),
    Rule(
        "quota_base_batch_year",
        "quota",
        "en",
        "a base figure's year up to 45 characters after 'compared with' is the base's, not the"
        " paragraph's ('compared with X tonnes in the first batch of <year>')",
        pricetable_layout.find_tables,
        (
            Example(
                "The ministry's initial allotment for 2023 puts rare earth mining quota at"
                " 120,000 tonnes, compared with 100,800 tonnes in the first batch of 2022."
                " Smelting and separation got a quota of 115,000 tonnes, 19% above a year"
                " earlier.",
                (
                    ("quota", "mining", "quota", "2023", 120000, "t"),
                    ("quota", "mining", "quota", "2022", 100800, "t"),
                    ("quota", "smelting_separation", "quota", "2023", 115000, "t"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2023", 19, "%"),
                ),
                published="2023-02-20",
            ),
        ),
        cues=("metric.quota",),
        doc="pipeline._BASE_BEFORE window.",
    ),
    Rule(
        "results_year_to_month",
        "financial",
        "en",
        "{QTY:money} for the year to {MONTH}, from {QTY:money} a year earlier; {QTY:mass} in"
        " the financial year, up from {QTY:mass} in the previous year",
        financial.extract,
        (
            Example(  # a year named by its closing month is a fiscal year; its base a year back
                "Acme Rare Earths Ltd said net income for the year to March dropped 40% to"
                " A$30mn, from A$50mn a year earlier.",
                (
                    (
                        "financial",
                        "",
                        "net_profit_attributable_yoy_pct",
                        "2023-04/2024-03",
                        -40,
                        "%",
                    ),
                    ("financial", "", "net_profit_attributable", "2023-04/2024-03", 30e6, "AUD"),
                    ("financial", "", "net_profit_attributable", "2022-04/2023-03", 50e6, "AUD"),
                ),
                published="2024-05-20",
            ),
            Example(  # "the financial year" and "the previous year" follow the fiscal year named
                "Acme Rare Earths Ltd posted sales revenue of A$400mn for the year to June."
                " It made 2,500 tonnes of NdPr oxide in the financial year, up from 2,100"
                " tonnes in the previous year.",
                (
                    ("financial", "", "revenue", "2023-07/2024-06", 400e6, "AUD"),
                    ("production", "prnd_oxide", "production", "2023-07/2024-06", 2500, "t"),
                    ("production", "prnd_oxide", "production", "2022-07/2023-06", 2100, "t"),
                ),
                published="2024-08-22",
            ),
            Example(  # a press release's "Q3-2023" base; the EPS in brackets is no total
                "Acme Rare Earths Ltd: net loss attributable to the Company of $5.1 million"
                " ($0.03 per share) for the quarter ended June 30, 2024, compared with a net"
                " loss of $7.9 million in Q2-2023.",
                (
                    ("financial", "", "net_profit_attributable", "2024-Q2", -5.1e6, "USD"),
                    ("financial", "", "net_profit_attributable", "2023-Q2", -7.9e6, "USD"),
                ),
                published="2024-08-05",
            ),
        ),
        cues=("metric.net_profit", "metric.revenue", "metric.production"),
        doc="date_phrasings 'ended' (a year to a month), 'fiscal_the', 'prev_annual';"
        " DocDates.last_fiscal; financial._PER_SHARE_AFTER.",
    ),
    Rule(
        "percent_of_moved_metric",
        "production",
        "en",
        "a {QTY:percent} {slide|rise|jump...} in {CUE:metric}: the metric named after the move",
        production.extract,
        (
            Example(  # the producer named before does not make a profit move an output change;
                # the year's profit is the bottom line of the last year ended
                "Acme Rare Earths Ltd, the biggest producer of separated oxides outside China,"
                " reported a 60 per cent drop in annual profit despite higher output.",
                (("financial", "", "net_profit_attributable_yoy_pct", "2023", -60, "%"),),
            ),
            Example(
                "Acme Rare Earths Ltd, a producer of oxides, reported a 12% rise in revenue"
                " to A$90 million in 2023.",
                (
                    ("financial", "", "revenue_yoy_pct", "2023", 12, "%"),
                    ("financial", "", "revenue", "2023", 90e6, "AUD"),
                ),
            ),
        ),
        cues=("metric.production", "metric.revenue"),
        doc="extractors._MOVE_IN: the move's noun, then 'in' and what moved.",
    ),
    Rule(
        "production_grade_and_defined_name",
        "production",
        "en",
        '{QTY:mass} ("MT") of {QTY:percent} purity {PRODUCT} ("Dy")',
        production.extract,
        (
            Example(  # a purity between the tonnage and the product does not hide the product
                'Acme Rare Earths Ltd produced 14.5 metric tons ("MT") of 99.5% purity NdPr'
                " oxide in the second quarter of 2024.",
                (("production", "prnd_oxide", "production", "2024-Q2", 14.5, "t"),),
            ),
            Example(  # a defined short name in brackets inside the product's name
                'Acme Rare Earths Ltd produced its first 40 kilograms of terbium ("Tb") oxide in'
                " May.",
                (("production", "tb_oxide", "production", "2024-05", 40, "kg"),),
            ),
        ),
        cues=("metric.production",),
        doc="subjects._PURITY, lexicon._DEFINED.",
    ),
    Rule(
        "capacity_design_rate",
        "capacity",
        "en",
        "designed to {process|produce} {QTY:mass} of {PRODUCT} per year; a range is a range",
        capacity.extract,
        (
            Example(
                "Acme Rare Earths Ltd's second stage is designed to treat 30,000 tonnes of"
                " monazite a year and to produce about 3,000 tonnes of NdPr oxide a year.",
                (
                    ("capacity", "monazite", "capacity", "", 30000, "t/yr"),
                    ("capacity", "prnd_oxide", "capacity", "", 3000, "t/yr"),
                ),
            ),
            Example(
                "Acme Rare Earths Ltd's circuit has a nameplate capacity of 400 to 500 tonnes"
                " of NdPr oxide per year.",
                (("capacity", "prnd_oxide", "capacity", "", (400, 500), "t/yr"),),
            ),
        ),
        cues=("metric.capacity",),
        doc="capacity.designed; the range's upper end kept.",
    ),
    Rule(
        "period_columns_change_pairs",
        "production",
        "en",
        "a results table 'Q4 2024  Q4 2023  % change  FY 2024  FY 2023  % change': each change"
        " column is its pair's year-on-year change, '(12.0)' a decrease; '(kt)' and '($m)'"
        " units; a bare product row under a production title is that product's output",
        periodcolumns.find_rows,
        (
            Example(
                "Acme Mineral Sands Ltd quarterly review\n\nPRODUCTION SUMMARY\n\n"
                "                         Q2 2024   Q2 2023   % change   FY 2023   FY 2022   % change\n"
                "Monazite concentrate (kt)    5.0       4.0      25.0       9.0      10.0     (10.0)\n"
                "Ilmenite production (kt)    80.0      70.0      14.3     150.0     140.0       7.1\n",
                (
                    ("production", "monazite", "production", "2024-Q2", 5000, "t"),
                    ("production", "monazite", "production", "2023-Q2", 4000, "t"),
                    ("production", "monazite", "production_yoy_pct", "2024-Q2", 25, "%"),
                    ("production", "monazite", "production", "2023", 9000, "t"),
                    ("production", "monazite", "production", "2022", 10000, "t"),
                    ("production", "monazite", "production_yoy_pct", "2023", -10, "%"),
                ),
                published="2024-07-20",
            ),
        ),
        cues=("metric.production",),
        doc="periodcolumns: change heads after each year-apart pair, _PRODUCTION_TITLE; a row"
        " without a product of its own gives nothing (the carried subject is reset per row).",
    ),
    Rule(
        "quota_bracketed_types_and_paired_changes",
        "quota",
        "en",
        "{QTY:mass} (mining) and {QTY:mass} (smelting and separation); X t for mining and Y t"
        " for separation, A% and B% above ...",
        quota.extract,
        (
            Example(
                "The 2022 rare earth quotas were 210,000 t (mining) and 202,000 t (smelting and"
                " separation).",
                (
                    ("quota", "mining", "quota", "2022", 210000, "t"),
                    ("quota", "smelting_separation", "quota", "2022", 202000, "t"),
                ),
            ),
            Example(
                "The 2024 rare earth quotas are 270,000 t for mining and 254,000 t for smelting"
                " and separation, 5.9% and 4.2% above 2023.",
                (
                    ("quota", "mining", "quota", "2024", 270000, "t"),
                    ("quota", "smelting_separation", "quota", "2024", 254000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2024", 5.9, "%"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2024", 4.2, "%"),
                ),
            ),
        ),
        cues=("metric.quota",),
        doc="quota.type_after (a bracketed type), quota._PAIRED_PCTS.",
    ),
    Rule(
        "figures_reported_earlier",
        "production",
        "en",
        "{COMPANY} said last month that it produced {QTY:mass} in the December quarter, up"
        " from {QTY:mass} a year earlier; 'The figure compared with {QTY:mass} in {YEAR}';"
        " 'Quarterly sales revenue climbed to {QTY:money}'",
        production.extract,
        (
            Example(  # the day of the announcement is not the output's period
                "Acme Rare Earths Ltd said last week that it produced 1,200 tonnes of NdPr"
                " oxide in the June quarter, up from 1,000 tonnes a year earlier.",
                (
                    ("production", "prnd_oxide", "production", "2024-Q2", 1200, "t"),
                    ("production", "prnd_oxide", "production", "2023-Q2", 1000, "t"),
                ),
            ),
            Example(  # "the figure" stands for the volume just read
                "China exported 50,000 tonnes of rare earths in 2023. The figure compared"
                " with 46,000 tonnes in 2022.",
                (
                    ("trade", "rare_earths", "exports", "2023", 50000, "t"),
                    ("trade", "rare_earths", "exports", "2022", 46000, "t"),
                ),
            ),
            Example(  # "quarterly" revenue is the quarter last named
                "Acme Rare Earths Ltd made 900 tonnes of NdPr oxide in the three months to"
                " March 31. Quarterly sales revenue rose to A$90 million.",
                (
                    ("production", "prnd_oxide", "production", "2024-Q1", 900, "t"),
                    ("financial", "", "revenue", "2024-Q1", 90e6, "AUD"),
                ),
            ),
            Example(  # guidance is no output; a part of a group has no single product
                "Acme Rare Earths Ltd expects 2025 NdPr oxide production of 2,000-2,200"
                " tonnes. Its refinery is designed to produce up to 600 tpa of heavy rare"
                " earth oxides.",
                (),
            ),
        ),
        cues=("metric.production", "metric.exports", "metric.revenue", "announcement.said"),
        doc="date_binding._announcement, extractors._THEY, date_phrasings the_quarter"
        " ('quarterly'), figure_words._FUTURE_FIGURE (guidance verbs), capacity._PART_OF_GROUP.",
    ),
    Rule(
        "price_base_wordings",
        "price level",
        "en",
        "a base level dated by a 'when' clause, a weekday's or month's possessive, 'in <period>'"
        " after 'vs'/'from', 'a year ago' beside day quotes, or an ordinal alone",
        prices.extract,
        (
            Example(
                "Neodymium oxide fob China has lost $4.10/kg since July 1, when it stood at"
                " $61.50/kg.",
                (
                    ("price", "nd_oxide", "change", "2024-07-01/2024-07-05", -4.1, "USD/kg"),
                    ("price", "nd_oxide", "price", "2024-07-01", 61.5, "USD/kg"),
                ),
            ),
            Example(  # a move told after the percent, a range with a currency at each end
                "Pr-Nd oxide was 2.5 percent dearer than on June 28, the last session of the"
                " half, when it was quoted at CNY402,000 to CNY405,000.",
                (
                    ("price", "prnd_oxide", "change_pct", "2024-06-28/2024-07-05", 2.5, "%"),
                    ("price", "prnd_oxide", "price_low", "2024-06-28", 402000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-06-28", 405000, "CNY/t"),
                ),
            ),
            Example(  # a sentence led by a day that tells a move is the last price's
                "Neodymium oxide fob China ended the week at $62.40/kg.\n\nFriday alone brought"
                " a 2% gain from Thursday's $61.18.",
                (
                    ("price", "nd_oxide", "price", "2024-07-05", 62.4, "USD/kg"),
                    ("price", "nd_oxide", "change_pct", "2024-07-04/2024-07-05", 2, "%"),
                    ("price", "nd_oxide", "price", "2024-07-04", 61.18, "USD/kg"),
                ),
            ),
            Example(
                "Dysprosium oxide averaged 1,850 yuan/kg in June, down from May's avg of 1,920"
                " yuan/kg.",
                (
                    ("price", "dy_oxide", "average", "2024-06", 1850, "CNY/kg"),
                    ("price", "dy_oxide", "average", "2024-05", 1920, "CNY/kg"),
                ),
            ),
            Example(  # the base's month is not the main figure's, nor its year-on-year's
                "Cerium oxide fob China averaged $1.10/kg in June vs $1.16/kg in May; +3.0% y-o-y.",
                (
                    ("price", "ce_oxide", "average", "2024-06", 1.1, "USD/kg"),
                    ("price", "ce_oxide", "average", "2024-05", 1.16, "USD/kg"),
                    ("price", "ce_oxide", "average_yoy_pct", "2024-06", 3.0, "%"),
                ),
            ),
            Example(  # the base of an average is an average
                "The average price of Pr-Nd oxide was 410,000 yuan/t in the second quarter, up"
                " from 395,000 yuan/t in the first quarter.",
                (
                    ("price", "prnd_oxide", "average", "2024-Q2", 410000, "CNY/t"),
                    ("price", "prnd_oxide", "average", "2024-Q1", 395000, "CNY/t"),
                ),
            ),
            Example(  # a base day after "compared with its last pre-holiday quote on" dates
                # neither the paragraph nor the next sentence
                "Pr-Nd oxide rose 1.5% to 405,000 yuan/t in the first session after the break,"
                " compared with its last pre-holiday quote on June 28. Terbium oxide in Rotterdam"
                " was offered at $1,200/kg.",
                (
                    ("price", "prnd_oxide", "change_pct", "2024-06-28/2024-07-05", 1.5, "%"),
                    ("price", "prnd_oxide", "price", "2024-07-05", 405000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-07-05", 1200, "USD/kg"),
                ),
            ),
            Example(  # "FY2024" in the report of a July-June company is its fiscal year
                "Lynas Rare Earths quarterly update\n\nThe China NdPr market price averaged"
                " US$58.2/kg over FY2024.",
                (("price", "prnd_oxide", "average", "2023-07/2024-06", 58.2, "USD/kg"),),
            ),
            Example(  # "the X average of <period>": that period's
                "The NdPr oxide price averaged US$60/kg in the June quarter, above the US$52/kg"
                " average of the March 2024 quarter.",
                (
                    ("price", "prnd_oxide", "average", "2024-Q2", 60, "USD/kg"),
                    ("price", "prnd_oxide", "average", "2024-Q1", 52, "USD/kg"),
                ),
            ),
            Example(  # a title's move the body tells too is the body's move
                "Terbium Oxide Up 1.5%\n\nTerbium oxide gained 1.5% on the day to 7,150 yuan/kg"
                " on July 4.",
                (
                    ("price", "tb_oxide", "change_pct", "2024-07-03/2024-07-04", 1.5, "%"),
                    ("price", "tb_oxide", "price", "2024-07-04", 7150, "CNY/kg"),
                ),
            ),
            Example(  # "a year ago" beside a day's quote: that day a year before
                "Pr-Nd oxide changed hands at 402,000 yuan/t on Friday, against about 455,000"
                " yuan/t a year ago.",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 402000, "CNY/t"),
                    ("price", "prnd_oxide", "price", "2023-07-05", 455000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price", "direction.day_moves"),
        doc="prices._WHEN_AT, _OWNED_BY_DATE, _BASE_LEAD with date_base._BASE_LEVEL_IN, _ago_day.",
    ),
    Rule(
        "price_follow_ups",
        "price level",
        "en",
        "a headline's present-tense move, an appositive group word, 'X averaged Y' after a dated"
        " average, a pronoun object ('put it at'), a move noun after an amount ('a $10 rise')",
        prices.extract,
        (
            Example(  # a month-to-date mean against the month before's: no metric
                "Terbium oxide has averaged 7,050 yuan/kg so far in July, 1.8% above the June"
                " average.",
                (("price", "tb_oxide", "average", "2024-07-01/2024-07-05", 7050, "CNY/kg"),),
            ),
            Example(  # "averaging Y" with no period after a dated average: that period's
                "Dysprosium oxide averaged 1,720 yuan/kg in May.\n\nSamarium oxide stayed"
                " near its lows, averaging 14,500 yuan/t.",
                (
                    ("price", "dy_oxide", "average", "2024-05", 1720, "CNY/kg"),
                    ("price", "sm_oxide", "average", "2024-05", 14500, "CNY/t"),
                ),
            ),
            Example(
                "Terbium oxide adds 60 yuan/kg as buyers return",
                (("price", "tb_oxide", "change", "2024-07-04/2024-07-05", 60, "CNY/kg"),),
            ),
            Example(  # a record's span ("highest this year") dates no figure
                "Dysprosium oxide up 2.1% on day, highest this year",
                (("price", "dy_oxide", "change_pct", "2024-07-04/2024-07-05", 2.1, "%"),),
            ),
            Example(
                "Lanthanum oxide, the cheapest rare earth, held at 4,100 yuan/t on Thursday.",
                (("price", "la_oxide", "price", "2024-07-04", 4100, "CNY/t"),),
            ),
            Example(
                "Pr-Nd oxide averaged 405,000 yuan/t in June. Dysprosium oxide averaged 1,880"
                " yuan/kg and terbium oxide 5,800 yuan/kg.",
                (
                    ("price", "prnd_oxide", "average", "2024-06", 405000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2024-06", 1880, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2024-06", 5800, "CNY/kg"),
                ),
            ),
            Example(
                "Dysprosium oxide cif Rotterdam firmed this week. Assessors put it at"
                " $820-850/kg, a $10 rise over the week.",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 820, "USD/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 850, "USD/kg"),
                    ("price", "dy_oxide", "change", "2024-06-28/2024-07-05", 10, "USD/kg"),
                ),
            ),
            Example(  # a level held "for the rest of the week" stands at the report's day
                "Weekly review\n\nTerbium oxide rose 50 yuan/kg on Tuesday to 7,150 yuan/kg and"
                " held there for the rest of the week.",
                (
                    ("price", "tb_oxide", "change", "2024-07-01/2024-07-02", 50, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 7150, "CNY/kg"),
                ),
            ),
            Example(  # a cent written as a word
                "Cerium oxide fob China slipped by a cent to $1.74/kg on Thursday.",
                (
                    ("price", "ce_oxide", "change", "2024-07-03/2024-07-04", -0.01, "USD/kg"),
                    ("price", "ce_oxide", "price", "2024-07-04", 1.74, "USD/kg"),
                ),
            ),
            Example(  # "lower at both ends" closing a line is a move
                "Assessments, Friday 5 July ($/kg):\n- Lanthanum oxide 99% min, fob China:"
                " 0.88-0.92, a cent higher at both ends\n",
                (
                    ("price", "la_oxide", "price_low", "2024-07-05", 0.88, "USD/kg"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 0.92, "USD/kg"),
                    ("price", "la_oxide", "change", "2024-07-04/2024-07-05", 0.01, "USD/kg"),
                ),
            ),
            Example(  # a lead-in phrase before "the average price was"
                "Pr-Nd oxide averaged 405,000 yuan/t in June. For the first half, the average"
                " price was 402,000 yuan/t, down 12% from a year earlier.",
                (
                    ("price", "prnd_oxide", "average", "2024-06", 405000, "CNY/t"),
                    ("price", "prnd_oxide", "average", "2024-01/2024-06", 402000, "CNY/t"),
                    ("price", "prnd_oxide", "average_yoy_pct", "2024-01/2024-06", -12, "%"),
                ),
            ),
            Example(  # "the oxide", "the month", "the market" stand for the last price's product
                "Terbium oxide averaged 6,900 yuan/kg in 2023. In the first quarter the oxide"
                " averaged around 6,400 yuan/kg.",
                (
                    ("price", "tb_oxide", "average", "2023", 6900, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2024-Q1", 6400, "CNY/kg"),
                ),
            ),
            Example(
                "Pr-Nd oxide averaged 405,000 yuan/t in June. The month closed at"
                " 398,000-401,000 yuan/t on 28 Jun.",
                (
                    ("price", "prnd_oxide", "average", "2024-06", 405000, "CNY/t"),
                    ("price", "prnd_oxide", "price_low", "2024-06-28", 398000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-06-28", 401000, "CNY/t"),
                ),
            ),
            Example(
                "Neodymium oxide fob China ended the week at $62.40/kg. The market had reached"
                " $63.10/kg on Tuesday 2 July before easing.",
                (
                    ("price", "nd_oxide", "price", "2024-07-05", 62.4, "USD/kg"),
                    ("price", "nd_oxide", "price", "2024-07-02", 63.1, "USD/kg"),
                ),
            ),
            Example(  # a percent move to a tonnage is the volume's, not a price's
                "Magnet alloys imported by Japan in May rose 3.4% on the year to 214 tonnes.",
                (  # "on the year": year on year, so the period is the month named
                    ("trade", "ndfeb_magnet", "imports_yoy_pct", "2024-05", 3.4, "%"),
                    ("trade", "ndfeb_magnet", "imports", "2024-05", 214, "t"),
                ),
            ),
        ),
        cues=("metric.price", "direction.up", "direction.down"),
        doc="prices._CHANGE_LEAD, _appositive_owner, _told_average, _IT_AT, _CHANGE_TAIL,"
        " _THE_AVERAGE, _THE_FORM, _BACK_REF, _TO_MASS.",
    ),
    Rule(
        "price_purchase",
        "price level",
        "en",
        "{COMPANY} pays|buys {PRODUCT:feedstock} {QTY:price} {DATE:quarter} (up from {QTY:price}"
        " in the <ordinal>)?",
        prices.purchased,
        (
            Example(
                "China Northern Rare Earth will pay Baotou Steel 19,500 yuan/t for rare earth"
                " concentrate in the third quarter, up 5.2% QoQ.",
                (
                    ("price", "re_concentrate", "price", "2024-Q3", 19500, "CNY/t"),
                    ("price", "re_concentrate", "change_pct", "2024-Q2/2024-Q3", 5.2, "%"),
                ),
            ),
            Example(  # a concentrate graded in REO; the base's quarter named by its ordinal
                "Northern Rare Earth said the concentrate (REO 50%, dry) it buys from Baotou Steel"
                " will cost 19,500 yuan/t in the third quarter, up from 18,540 yuan/t in the"
                " second.",
                (
                    ("price", "re_concentrate", "price", "2024-Q3", 19500, "CNY/t"),
                    ("price", "re_concentrate", "price", "2024-Q2", 18540, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="A producer's purchase price of a feedstock is the buyer's (FACTS.md: a company's"
        " contract price), for the quarter it is set for.",
    ),
    Rule(
        "report_periods",
        "production",
        "en",
        "a report's quarter or half: a period-column table headed 'Sep Q 2025 (t)' with a bare"
        " 'Change' column; 'the quarter' of a quarterly report; 'the December half', 'over the"
        " half'; an operating cash outflow; 'of which N t was P'; 'N t REO'",
        periodcolumns.find_rows,
        (
            Example(  # months with a "Q", the unit in the head, a bare change of adjacent quarters
                "Output summary\n\nProduct            Mar Q 2024 (t)    Dec Q 2023 (t)    Change\n"
                "Terbium oxide            5.0               4.0          +25.0%\n",
                (
                    ("production", "tb_oxide", "production", "2024-Q1", 5, "t"),
                    ("production", "tb_oxide", "production", "2023-Q4", 4, "t"),
                    ("production", "tb_oxide", "production_qoq_pct", "2024-Q1", 25, "%"),
                ),
                published="2024-04-20",
            ),
            Example(  # the subtitle's quarter is "the quarter", not the one named last
                "Acme Metals Ltd\nQUARTERLY REPORT\nFor the quarter ending 31 March 2024\n\n"
                "The Company expects more output in the June quarter. Sales for the quarter were"
                " 12.5 tonnes of NdPr metal. Net operating cash outflow for the quarter was"
                " A$3.1 million.",
                (
                    ("production", "prnd_metal", "sales", "2024-Q1", 12.5, "t"),
                    ("financial", "", "operating_cash_flow", "2024-Q1", -3.1e6, "AUD"),
                ),
                published="2024-04-20",
            ),
            Example(  # "cash used in operating activities" beside a loss: an outflow, not the loss
                "Acme Magnetics Inc. posted a net loss of US$12.4 million for the quarter ended"
                " 31 March 2024, while cash used in operating activities came to US$6.2"
                " million.",
                (
                    ("financial", "", "net_profit_attributable", "2024-Q1", -12.4e6, "USD"),
                    ("financial", "", "operating_cash_flow", "2024-Q1", -6.2e6, "USD"),
                ),
                published="2024-05-10",
            ),
            Example(  # a half named by its closing month; "the half" after it; a part "of which"
                "Acme Rare Earths Ltd reported on its half to June 30. Revenue fell 10% to A$90"
                " million, against A$100 million in the June half of 2023. The company made"
                " 2,000t of REO over the half, of which 600t was NdPr.",
                (
                    ("financial", "", "revenue_yoy_pct", "2024-01/2024-06", -10, "%"),
                    ("financial", "", "revenue", "2024-01/2024-06", 90e6, "AUD"),
                    ("financial", "", "revenue", "2023-01/2023-06", 100e6, "AUD"),
                    ("production", "total_reo", "production", "2024-01/2024-06", 2000, "t"),
                    ("production", "prnd_oxide", "production", "2024-01/2024-06", 600, "t"),
                ),
            ),
        ),
        cues=("metric.production", "metric.revenue", "metric.cash_flow"),
        doc="periodcolumns._MONTH_Q_YEAR/_head_unit/_pair_change; DocState._period_subtitle and"
        " DocDates.report_quarter; date_phrasings qtr_month (half), the_half; production"
        " _OF_WHICH.",
    ),
    Rule(
        "trade_values_and_inbound",
        "trade",
        "en",
        "an import/export value in money ('in value terms ... to $187.6 million', 'worth');"
        " 'inbound shipments' are imports; 'on-year', 'below the level of a year earlier' are"
        " y/y; a month a superlative names before 'when' dates that clause; goods inside a"
        " ', which ...,' aside are not the traded goods",
        trade.extract,
        (
            Example(
                "Japan imported 410 tons of rare earth magnets in May. By value, the imports"
                " dropped 12 percent to $31.5 million.",
                (
                    ("trade", "re_permanent_magnet", "imports", "2024-05", 410, "t"),
                    ("trade", "re_permanent_magnet", "imports", "2024-05", 31.5e6, "USD"),
                ),
            ),
            Example(
                "Japan imported 5,100 tons of rare earth magnets in 2023. The fall was sharpest in"
                " April, when inbound cargoes slid 40 percent on-year to 280 tons. In May, imports"
                " rose to 330 tons, still 3 percent below the level of a year earlier.",
                (
                    ("trade", "re_permanent_magnet", "imports", "2023", 5100, "t"),
                    ("trade", "re_permanent_magnet", "imports", "2024-04", 280, "t"),
                    ("trade", "re_permanent_magnet", "imports_yoy_pct", "2024-04", -40, "%"),
                    ("trade", "re_permanent_magnet", "imports", "2024-05", 330, "t"),
                    ("trade", "re_permanent_magnet", "imports_yoy_pct", "2024-05", -3, "%"),
                ),
            ),
            Example(
                "Imports of rare earth metals and compounds, which refiners turn into NdFeB"
                " magnets, rose 8 percent to 900 tons in the first half.",
                (
                    ("trade", "rare_earths", "imports_yoy_pct", "2024-01/2024-06", 8, "%"),
                    ("trade", "rare_earths", "imports", "2024-01/2024-06", 900, "t"),
                ),
            ),
            Example(  # "took in" is an import verb; "X% more than in the same month last
                # year" is that figure's y/y, and a move "from May" after it is m/m, not y/y
                "Customs figures: ore inflows recover\n\nThe country took in 11,400 tons of"
                " rare earths in June, 6.5% more than in the same month last year and up 2%"
                " from May.\n\nKorea's imports of magnets are counted separately.\n",
                (
                    ("trade", "rare_earths", "imports", "2024-06", 11400, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2024-06", 6.5, "%"),
                    ("trade", "rare_earths", "imports_mom_pct", "2024-06", 2, "%"),
                ),
                entity="china",
            ),
        ),
        cues=("metric.imports", "comparison.yoy"),
        doc="trade.customs_value/_ASIDE; en.toml imports 'inbound shipments', yoy 'on-year' and"
        " 'below the level of a year earlier', direction 'below/above the level';"
        " dates._WHEN_AFTER.",
    ),
    Rule(
        "country_output_shares",
        "production",
        "en",
        "a country's part told as a share verb ('with China accounting for N t'), 'the US was"
        " second at N t', 'the world's total of N t'; mined 'rare earths' are total REO",
        country_output.extract,
        (
            Example(
                "World mine output of rare earths came to 280,000 tons in 2021, with China"
                " accounting for 168,000 tons. The US was next at 42,000 tons.",
                (
                    ("production", "total_reo", "production", "2021", 280000, "t"),
                    ("production", "total_reo", "production", "2021", 168000, "t"),
                    ("production", "total_reo", "production", "2021", 42000, "t"),
                ),
            ),
            Example(
                "Myanmar mined 31,000 tons of rare earths in 2020, a tenth of the world's total"
                " of 240,000 tons.",
                (
                    ("production", "total_reo", "production", "2020", 31000, "t"),
                    ("production", "total_reo", "production", "2020", 240000, "t"),
                ),
            ),
            Example(  # a source's estimate: the country it names by adjective holds the figure,
                # not the country in the source's own name
                "The US Geological Survey pegs Brazilian mine output at about 80 tonnes of rare"
                " earth oxide for 2023.",
                (("production", "total_reo", "production", "2023", 80, "t"),),
                entity="brazil",
            ),
            Example(  # ... or by name; mined oxide is total REO
                "A government survey estimates Vietnam's mine production at 300 tonnes of rare"
                " earth oxide in 2022.",
                (("production", "total_reo", "production", "2022", 300, "t"),),
                entity="vietnam",
            ),
            Example(  # "... the half-year total to X": the half last named
                "Iluka Resources published its report for the six months ended December 31."
                " December-quarter NdPr oxide production was 410 t, which lifted the half-year"
                " total to 790 t.",
                (
                    ("production", "prnd_oxide", "production", "2024-Q4", 410, "t"),
                    ("production", "prnd_oxide", "production", "2024-07/2024-12", 790, "t"),
                ),
                published="2025-01-20",
                entity="iluka_resources",
            ),
        ),
        cues=("metric.production", "holder.source_puts"),
        doc="country_output._ACCOUNTING/_WORLD_TOTAL/_ABBREVIATIONS/_SOURCE_PUTS/_DEMONYMS;"
        " production: 'rare_earths' output is total_reo.",
    ),
    Rule(
        "results_verbs_and_feedstock_anaphor",
        "financial",
        "en",
        "'earned'/'netted' right before a sum is the net profit; 'that concentrate' takes the"
        " feedstock the paragraph's first sentence named",
        financial.extract,
        (
            Example(
                "In the first half of 2023, Acme Rare Earth Co. earned only 60.2 million yuan on"
                " revenue of 9.1 billion yuan.",
                (
                    ("financial", "", "net_profit_attributable", "2023-01/2023-06", 60.2e6, "CNY"),
                    ("financial", "", "revenue", "2023-01/2023-06", 9.1e9, "CNY"),
                ),
            ),
            Example(
                "Acme Rare Earth Co. takes all its ore concentrate from its parent. For the"
                " third quarter the two sides fixed the price of the concentrate at 21,300 yuan"
                " per ton.",
                (("price", "re_concentrate", "price", "2024-Q3", 21300, "CNY/t"),),
            ),
        ),
        cues=("metric.net_profit", "metric.price"),
        doc="en.toml net_profit 'earned'/'netted' before a sum; products.toml 'ore concentrate';"
        " prices._paragraph_feedstock.",
    ),
    Rule(
        "bases_lists_and_cases",
        "quota",
        "en",
        "'down from X to Y yuan on D' is a base range; 'up 19% from the first batch of 2022' dates"
        " only the base; another holder's joined 'X t and Y t' take the typed list's order; an"
        " unscaled sum of 'the oxide' is no company result; 'a recovery to $X would ...' is a case",
        quota.extract,
        (
            Example(
                "Samarium oxide traded at 14,500 to 15,000 yuan a ton on Thursday, down from 16,000"
                " to 16,500 yuan on June 3.",
                (
                    ("price", "sm_oxide", "price_low", "2024-07-04", 14500, "CNY/t"),
                    ("price", "sm_oxide", "price_high", "2024-07-04", 15000, "CNY/t"),
                    ("price", "sm_oxide", "price_low", "2024-06-03", 16000, "CNY/t"),
                    ("price", "sm_oxide", "price_high", "2024-06-03", 16500, "CNY/t"),
                ),
            ),
            Example(
                "The ministry's first batch of 2024 quotas allows 135,000 tons of mining, 12.5"
                " percent above the first batch of 2023, and 127,000 tons of smelting and"
                " separation. Group A got 100,000 tons of the mining quota and 90,000 tons of the"
                " smelting quota, while Group B was given the remaining 35,000 tons and 37,000"
                " tons.",
                (
                    ("quota", "mining", "quota", "2024", 135000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2024", 12.5, "%"),
                    ("quota", "smelting_separation", "quota", "2024", 127000, "t"),
                    ("quota", "mining", "quota", "2024", 100000, "t"),
                    ("quota", "smelting_separation", "quota", "2024", 90000, "t"),
                    ("quota", "mining", "quota", "2024", 35000, "t"),
                    ("quota", "smelting_separation", "quota", "2024", 37000, "t"),
                ),
            ),
            Example(  # neither the sums of "the oxide" nor the broker's case give a fact
                "Acme Rare Earths Ltd reported on Monday. By Friday the oxide had slipped to"
                " 402,000 yuan, a loss of 6,000 yuan on the week. A broker said a rebound in"
                " NdPr to US$80/kg would double its profit.",
                (),
            ),
        ),
        cues=("metric.quota",),
        doc="numbers._BASE_FROM; date_base._BASE_NOUN_OF; quota._TONS_PAIR/_JOINED;"
        " financial._product_amount; prices._HYPO_MOVE.",
    ),
]

RULES += [
    Rule(
        "price_table_lookback_heads",
        "price level",
        "en",
        "a market-data sheet heads its level 'Last' ('Close', 'Settle') and its moves by"
        " look-back ('1d %', '1w %', '1m %', '12m %'); a caption 'as at close of <day>' dates"
        " the levels, a note '1w = change on the close of <day>' the week's base; continental"
        " day heads ('31.05.2024', '07.06.') name each column's day",
        pricetable_layout.find_tables,
        (
            Example(
                "Metals snapshot\n\n"
                "| Item | Unit | Close | 1d % | 1w % |\n|---|---|---|---|---|\n"
                "| Tb oxide (FOB China) | US$/kg | 812.50 | -0.4 | 1.2 |\n"
                "| Nickel (LME) | US$/t | 17,020 | 0.3 | -1.1 |\n\n"
                "Levels as at close of Tuesday 2 July 2024; 1w = change on the close of"
                " Monday 24 June.\n",
                (
                    ("price", "tb_oxide", "price", "2024-07-02", 812.5, "USD/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-07-01/2024-07-02", -0.4, "%"),
                    ("price", "tb_oxide", "change_pct", "2024-06-24/2024-07-02", 1.2, "%"),
                ),
            ),
            Example(
                "Product            Grade     Basis          Unit     28.06.2024   05.07.2024   +/- %\n"
                "Holmium oxide      99.5%     FOB China      USD/kg       66.00        64.00    -3.03\n"
                "Dysprosium oxide   99.5%     DDP Germany    EUR/kg      310.00       310.00     0.00\n",
                (
                    ("price", "ho_oxide", "price", "2024-06-28", 66, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-07-05", 64, "USD/kg"),
                    ("price", "ho_oxide", "change_pct", "2024-06-28/2024-07-05", -3.03, "%"),
                    ("price", "dy_oxide", "price", "2024-06-28", 310, "EUR/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 310, "EUR/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-06-28/2024-07-05", 0, "%"),
                ),
            ),
            Example(
                "| Commodity | Unit | Last | 1m % | YTD % |\n|---|---|---|---|---|\n"
                "| Gd oxide | yuan/t | 158,000 | 2.6 | -5.4 |\n",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 158000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06-05/2024-07-05", 2.6, "%"),
                    ("price", "gd_oxide", "change_pct", "2023-12-29/2024-07-05", -5.4, "%"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="pricetable_layout._column / column_span / _header (look-back heads),"
        " datecolumns (dotted days), pipeline._as_at_day, pricetables._SPAN_NOTE / _AGAINST.",
    ),
    Rule(
        "price_basis_and_labelled_bases",
        "price level",
        "en",
        "a standing note 'all prices below are FOB China unless stated otherwise' gives later"
        " quotes naming no market that basis; a level labelled '(previous week: X)',"
        " '(prior session X)', 'a month ago: X' is the level that many days before; 'duty paid"
        " Rotterdam', 'DDP Germany' are European prices",
        prices.extract,
        (
            Example(
                "Unless otherwise noted, quotes are in US dollars per kg, FOB China.\n\n"
                "Holmium oxide 99.5%: USD 64.00/kg (previous week: USD 66.00/kg).\n\n"
                "Gadolinium oxide eased to USD 21.30/kg; prior session: USD 21.45/kg.\n",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 64, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-06-28", 66, "USD/kg"),
                    ("price", "gd_oxide", "price", "2024-07-05", 21.3, "USD/kg"),
                    ("price", "gd_oxide", "price", "2024-07-04", 21.45, "USD/kg"),
                ),
            ),
            Example(
                "Terbium oxide, duty paid Rotterdam, was offered at EUR 1,150-1,210/kg,"
                " a gain of 2.1% since the end of May.",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 1150, "EUR/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 1210, "EUR/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-05-31/2024-07-05", 2.1, "%"),
                ),
            ),
            Example(
                "Unless stated otherwise, all prices are CIF Rotterdam.\n\n"
                "Terbium oxide: USD 1,020/kg. Previous week: USD 1,000/kg.\n",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 1020, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-06-28", 1000, "USD/kg"),
                ),
            ),
            Example(
                "Samarium oxide was quoted at USD 2.10/kg (a week ago: USD 2.15/kg), a loss of"
                " 6% since the end of April.",
                (
                    ("price", "sm_oxide", "price", "2024-07-05", 2.1, "USD/kg"),
                    ("price", "sm_oxide", "price", "2024-06-28", 2.15, "USD/kg"),
                    ("price", "sm_oxide", "change_pct", "2024-04-30/2024-07-05", -6, "%"),
                ),
            ),
        ),
        cues=("metric.price", "market.europe"),
        doc="DocState.note_basis / basis_market; prices._labelled_base_day; en.toml europe"
        " (duty paid, DDP + a European place); prices._MOVE_NOUN_BEFORE, _SINCE_RIGHT_AFTER;"
        " extractors._tag ('a loss of' before a move is not a company's loss).",
    ),
    Rule(
        "price_standing_note_unit",
        "price level",
        "en",
        "a standing note naming one basis and one unit ('All numbers CIF Rotterdam, EUR/kg,"
        " unless noted') prices the bare figures of the lines after it; a short weekday after"
        " last/this ('(last Thu 2.25)') labels the level beside it in brackets; an e-mail's"
        " From/Sent lines are no title, its Subject line is",
        prices.extract,
        (
            Example(  # bare figures under the note; the bracketed level is last Thursday's
                "Minor metals desk, Thursday 4 July 2024\n\n"
                "All numbers CIF Rotterdam, EUR/kg, Thursday close unless noted.\n\n"
                "- Sm oxide 99.9%: 2.35 (last Thu 2.25).\n"
                "- Gd oxide 99.5%: 27.50-28.50, unchanged on the week.\n",
                (
                    ("price", "sm_oxide", "price", "2024-07-04", 2.35, "EUR/kg"),
                    ("price", "sm_oxide", "price", "2024-06-27", 2.25, "EUR/kg"),
                    ("price", "gd_oxide", "price_low", "2024-07-04", 27.5, "EUR/kg"),
                    ("price", "gd_oxide", "price_high", "2024-07-04", 28.5, "EUR/kg"),
                    ("price", "gd_oxide", "change", "2024-06-27/2024-07-04", 0, "EUR/kg"),
                ),
                published="2024-07-04",
                entity="cif_rotterdam",
            ),
            Example(  # an e-mail: the Subject says weekly, so a bare move runs over the week
                "From: Trading desk\nSent: Friday, 5 July 2024 16:05\n"
                "Subject: Weekly minor metals note\n\n"
                "Figures are FOB China, USD/kg, unless stated.\n\n"
                "* Ho oxide: 68-71, up 1.5 at both ends.\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-07-05", 68, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 71, "USD/kg"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", 1.5, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # "Average for the week" with no product: the line's product, Mon-Fri
                "Figures are CIF Rotterdam, EUR/kg, unless stated.\n\n"
                "* Ho oxide: 71.50, up 1.50 w/w. Average for the week (Mon-Fri) worked out at"
                " 70.80.\n",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 71.5, "EUR/kg"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", 1.5, "EUR/kg"),
                    ("price", "ho_oxide", "average", "2024-07-01/2024-07-05", 70.8, "EUR/kg"),
                ),
                entity="cif_rotterdam",
            ),
            Example(  # a bare number counting something is no price under the note
                "Figures are FOB China, USD/kg, unless stated.\n\n"
                "* Tb oxide buyers placed 30 lots this week and hold 25 days of stock.\n"
                "* Tb oxide: 1,150.\n",
                (("price", "tb_oxide", "price", "2024-07-05", 1150, "USD/kg"),),
                entity="fob_china",
            ),
            Example(  # a ratio is no figure; a bracket's own day is not the level's before it
                "Prices are FOB China, USD/kg, unless noted.\n\n"
                "- Pr-Nd oxide (75/25): 62.10 (61.40 last Wed)\n",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 62.1, "USD/kg"),
                    ("price", "prnd_oxide", "price", "2024-07-03", 61.4, "USD/kg"),
                ),
                entity="fob_china",
            ),
        ),
        cues=("metric.price",),
        doc="DocState.note_basis / basis_unit; dates._LABEL_COLON (a label with no colon);"
        " date_phrasings weekday wd5; state._MASTHEAD (e-mail header lines).",
    ),
    Rule(
        "price_post_shorthand",
        "price level",
        "en",
        "a social-media post's shorthand: signed 'k' moves after a level, each with its own"
        " span ('¥152k/t, -1k d/d and +3k on the week'), a bracketed earlier level in the same"
        " currency ('(¥149k last Thu)') that is no conversion, 'A & B oxide ... X and Y' as two"
        " oxides, and 'vs $61.90 a week ago' beside a quote even where 'export price' follows",
        prices.extract,
        (
            Example(
                "Rare earth close, Friday 5 July\n\n"
                "Gd oxide ¥152k/t, -1k d/d and +3k on the week (¥149k last Thu)\n"
                "Sm & Eu oxide flat at ¥14.5k/t and ¥186k/t\n"
                "Ho oxide FOB China $62.10/kg vs $61.90 a week ago, the export price lagging.\n",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 152000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", -1000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 3000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-04", 149000, "CNY/t"),
                    ("price", "sm_oxide", "price", "2024-07-05", 14500, "CNY/t"),
                    ("price", "eu_oxide", "price", "2024-07-05", 186000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-05", 62.1, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-06-28", 61.9, "USD/kg"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="extractors._TABLE_GAP; prices._same_currency_before, _OWN_SPAN_AFTER, the money"
        " path's 'k' and 'beside'; lexicon._coordinated.",
    ),
    Rule(
        "price_own_offers_under_letterhead",
        "price level",
        "en",
        "a trader's sheet: a letterhead in capitals names the company ('... METALS TRADING CO.,"
        " LTD.'); a heading 'Our export offers (...):' makes the bullets under it that"
        " company's own prices; 'min. 2 MT' is the smallest lot, no volume",
        prices.extract,
        (
            Example(
                "HENAN MINGRUI METALS TRADING CO., LTD.\nDaily offer sheet | 5-Jul-2024\n\n"
                "Our export offers (FOB Tianjin, USD, excl. VAT, min. 2 MT, valid 2 days):\n"
                "- Ho oxide 99.5%: USD 68.50/kg\n- Gd oxide 99.5%: USD 21.10/kg\n",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 68.5, "USD/kg"),
                    ("price", "gd_oxide", "price", "2024-07-05", 21.1, "USD/kg"),
                ),
                entity="henan_mingrui_metals_trading",
            ),
        ),
        cues=("metric.price",),
        doc="lexicon._letterhead_names; state._OWN_OFFERS / section_seller;"
        " sentences._MIN_MAX; extractors._LOT_SIZE.",
    ),
    Rule(
        "price_reading_notes_and_relative_days",
        "price level",
        "en",
        "a note 'all moves compare the June 3 reading with the May 2 reading' dates the undated"
        " levels under it to the later reading and their moves from the earlier one (a level"
        " 'down from X' is the earlier reading's); 'a month later', 'two weeks later' count on"
        " from the last day named; 'entered (closed) the quarter at X' is the quarter's first"
        " (last) trading day; a sentence led by 'A week earlier,' is that day's; 'A week earlier"
        " it was X': the last price's product a week back; 'changes versus (against) the 7 May"
        " assessment' is such a note too, and a heading naming only the market or unit of the"
        " bullets under it ('Export, FOB China, US dollars') does not end it",
        prices.reading_dates,
        (
            Example(  # "changes versus <day>" over a list split by market headings
                "Heavy rare earth assessments\n\nLevels below are for 14 May; changes versus"
                " the 7 May assessment.\n\nDomestic, yuan, VAT included\n"
                "- Gd oxide: 161,000-163,000 yuan/t, +1,500\n\n"
                "Export, FOB China, US dollars\n"
                "- Ho oxide: $70-73/kg, -0.5\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-05-14", 161000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-05-14", 163000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-05-07/2024-05-14", 1500, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-05-14", 70, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-05-14", 73, "USD/kg"),
                    ("price", "ho_oxide", "change", "2024-05-07/2024-05-14", -0.5, "USD/kg"),
                ),
                published="2024-05-15",
            ),
            Example(
                "Monthly movers\n\nEvery change below compares the June 3 reading with the"
                " May 2 reading.\n\n"
                "* Holmium oxide (FOB China) gained 4.10% to $71,200 per metric ton.\n"
                "* Chinese gadolinium oxide prices slipped 1.50% to $21,300 per metric ton,"
                " down from $21,620 per metric ton.\n",
                (
                    ("price", "ho_oxide", "change_pct", "2024-05-02/2024-06-03", 4.1, "%"),
                    ("price", "ho_oxide", "price", "2024-06-03", 71200, "USD/t"),
                    ("price", "gd_oxide", "change_pct", "2024-05-02/2024-06-03", -1.5, "%"),
                    ("price", "gd_oxide", "price", "2024-06-03", 21300, "USD/t"),
                    ("price", "gd_oxide", "price", "2024-05-02", 21620, "USD/t"),
                ),
            ),
            Example(
                "Top movers\n\nMonth-on-month moves, comparing the July 1 price with the June 3"
                " price.\n\n* Holmium oxide (FOB China) gained 2.2% to $70 per kg.\n",
                (
                    ("price", "ho_oxide", "change_pct", "2024-06-03/2024-07-01", 2.2, "%"),
                    ("price", "ho_oxide", "price", "2024-07-01", 70, "USD/kg"),
                ),
            ),
            Example(
                "On May 6 holmium oxide stood at $66.50/kg FOB China. Two weeks later the"
                " assessment was at $69.00/kg. Since March 1, when it sat at $60.00/kg, holmium"
                " oxide has risen by 15%.",
                (
                    ("price", "ho_oxide", "price", "2024-05-06", 66.5, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-05-20", 69, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-03-01", 60, "USD/kg"),
                    ("price", "ho_oxide", "change_pct", "2024-03-01/2024-05-20", 15, "%"),
                ),
            ),
            Example(  # a step back led by its span, then "it": the last price's product
                "Samarium oxide in Europe was quoted at $14.00-16.00/kg on Thursday. A week"
                " earlier it was $13.00-15.00/kg.",
                (
                    ("price", "sm_oxide", "price_low", "2024-07-04", 14, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-07-04", 16, "USD/kg"),
                    ("price", "sm_oxide", "price_low", "2024-06-27", 13, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-06-27", 15, "USD/kg"),
                ),
            ),
            Example(
                "Domestic terbium oxide closed at 7,100 yuan/kg on 12 September. A week earlier"
                " it stood at 6,950 yuan/kg.",
                (
                    ("price", "tb_oxide", "price", "2024-09-12", 7100, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-09-05", 6950, "CNY/kg"),
                ),
                published="2024-09-13",
            ),
            Example(
                "Gadolinium oxide had a quiet second quarter of 2024. It entered the quarter at"
                " 152,000 to 156,000 yuan per tonne; a week of buying in May carried it to"
                " 160,000 to 164,000 yuan on May 20, and it closed the quarter at 150,000 to"
                " 154,000 yuan, a loss of 2,000 yuan at each end over the three months.\n\n"
                "A week earlier, terbium oxide had traded at 5,900 to 6,000 yuan/kg.",
                (
                    ("price", "gd_oxide", "price_low", "2024-04-01", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-04-01", 156000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-05-20", 160000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-05-20", 164000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-06-28", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-06-28", 154000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-04-01/2024-06-28", -2000, "CNY/t"),
                    ("price", "tb_oxide", "price_low", "2024-06-28", 5900, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-06-28", 6000, "CNY/kg"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="DocState.note_readings / reading_span, prices.reading_dates; date kinds 'later'"
        " and 'period_edge' (date_phrasings); prices.level_bases (a move over a span is the"
        " difference to an earlier level of the document); prices._LEAD_AGO; prices"
        "._PRONOUN_OBJECT ('carried it to X', ', it reached X', 'the oxide had eased').",
    ),
]

RULES += [
    Rule(
        "price_bracketed_dollar_range",
        "price level",
        "en",
        "a yuan range with its dollar conversion in brackets, each end with its own sign"
        " ('(US$21,900 to US$22,500)'), gives the dollar range of the same quote",
        prices.extract,
        (
            Example(
                "Gadolinium oxide was assessed at 158,000 to 162,000 yuan (US$21,900 to US$22,500) a ton"
                " on Thursday.",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-04", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-04", 162000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-04", 21900, "USD/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-04", 22500, "USD/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="numbers._to_ranges: one currency at each end after an opening bracket.",
    ),
    Rule(
        "price_between_ends_with_units",
        "price level",
        "en",
        "a range after 'between' whose two ends each carry the price unit ('between $13.50/kg"
        " and $15.00/kg', 'to between EUR52/kg and EUR55/kg') is one quote's low and high",
        prices.extract,
        (
            Example(
                "Samarium oxide in Europe was put between $13.50/kg and $15.00/kg on Thursday.",
                (
                    ("price", "sm_oxide", "price_low", "2024-07-04", 13.5, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-07-04", 15, "USD/kg"),
                ),
            ),
            Example(
                "Gadolinium oxide fob China climbed $2/kg over the week to between $24/kg and"
                " $26/kg.",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 24, "USD/kg"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 26, "USD/kg"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 2, "USD/kg"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="numbers._to_ranges / _opens_between: 'and' joins two ends only after 'between'.",
    ),
    Rule(
        "price_event_levels_and_reached_highs",
        "price level",
        "en",
        "a day told right after a level in an 'after'/'before' clause ('slipped back to X after"
        " hitting Y on Monday') is that level's day, not the day of the level before it; 'the"
        " price touched (hit, reached, peaked at) a high of X' is the last price's product",
        prices.extract,
        (
            Example(
                "Terbium oxide slipped back to 7,050-7,150 yuan/kg after hitting 7,400 yuan/kg"
                " on Monday.",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 7050, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 7150, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-01", 7400, "CNY/kg"),
                ),
            ),
            Example(
                "Dysprosium oxide averaged 2,100 yuan/kg in June. On June 20 the price reached a"
                " ten-month high of 2,180 yuan/kg.",
                (
                    ("price", "dy_oxide", "average", "2024-06", 2100, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-06-20", 2180, "CNY/kg"),
                ),
            ),
            Example(  # the move and level verbs of en.toml, past or -s form, after "It"
                "Gadolinium oxide averaged 158,000 yuan/t in June. It slumped to 151,000 yuan/t"
                " on June 24. The price plunged to 149,000 yuan/t on June 26.",
                (
                    ("price", "gd_oxide", "average", "2024-06", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-06-24", 151000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-06-26", 149000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="date_binding._event_level_day; prices._BACK_REF (en.toml [direction] back_ref: touched,"
        " hit, reached, slumped...).",
    ),
    Rule(
        "price_feedstock_origin_and_grade",
        "price level",
        "en",
        "a feedstock named with where it comes from before its bracketed grade ('monazite from"
        " Madagascar (REO 55%)') is the subject of the quote after it; the grade's 'REO' is no"
        " subject, nor is the content basis 'per tonne of REO'",
        prices.extract,
        (
            Example(
                "Monazite from Madagascar (REO 55%) was offered at 41,000-42,500 yuan/t of REO"
                " on Thursday.",
                (
                    ("price", "monazite", "price_low", "2024-07-04", 41000, "CNY/t"),
                    ("price", "monazite", "price_high", "2024-07-04", 42500, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="prices._past_basis / _BASIS_GAP.",
    ),
    Rule(
        "price_move_takes_level_market",
        "price change",
        "en",
        "in a sentence naming no market, a move of a product whose level there took a market"
        " from the quote before ('Praseodymium oxide traded at $62.00-63.00/kg, 0.8% higher on"
        " the week' after a fob China quote) is that market's move too",
        prices.move_markets,
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
        doc="prices.move_markets (a sentence pass after change_spans).",
    ),
    Rule(
        "price_move_base_on_named_day",
        "price level",
        "en",
        "'rose from X to Y' with the base day named ('on the previous trading day', 'a week"
        " earlier', 'yesterday') gives X as that day's level; a span alone ('over the week')"
        " leaves X undated, no fact",
        prices.span_bases,
        (
            Example(
                "Gadolinium oxide climbed from 160,000 yuan/t to 162,500 yuan/t, a gain of 1.6%"
                " on the previous trading day.",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 162500, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-04", 160000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 2500, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-07-04/2024-07-05", 1.6, "%"),
                ),
            ),
            Example(  # refused: the span of the move names no day for its earlier level
                "Holmium oxide rose from 470,000 yuan/t to 480,000 yuan/t over the week.",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 480000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", 10000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="prices.moves (records the undated base) and prices.span_bases (after change_spans).",
    ),
    Rule(
        "price_pct_close_and_session_base",
        "price change",
        "en",
        "a product's percent move told with a closing word ('closed the week 2.1% lower at X')"
        " is its change_pct, not a share's close; a percent after a level 'on the previous"
        " session (trading day)' is the level's day-on-day move",
        prices.extract_pct,
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
        doc="extractors._dispatch (a close/high/low tag with a product and no company is a"
        " price's); extractors._PCT_OF.",
    ),
    Rule(
        "price_inline_list_lead_unit",
        "price level",
        "en",
        "a lead naming the unit of an inline list ('Prices per tonne: A X-Y (+Z); B ...',"
        " 'Prices in yuan per kg:') gives its bare quotes and moves that unit; with no currency"
        " named, the currency of the document's last price",
        prices.extract,
        (
            Example(
                "Samarium oxide was quoted at 14,000-15,000 yuan/t on Friday, unchanged.\n\n"
                "Prices per tonne: lanthanum oxide 3,900-4,100 (+100); cerium oxide 7,200-7,500"
                " (-200).",
                (
                    ("price", "sm_oxide", "price_low", "2024-07-05", 14000, "CNY/t"),
                    ("price", "sm_oxide", "price_high", "2024-07-05", 15000, "CNY/t"),
                    ("price", "la_oxide", "price_low", "2024-07-05", 3900, "CNY/t"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4100, "CNY/t"),
                    ("price", "la_oxide", "change", "2024-07-04/2024-07-05", 100, "CNY/t"),
                    ("price", "ce_oxide", "price_low", "2024-07-05", 7200, "CNY/t"),
                    ("price", "ce_oxide", "price_high", "2024-07-05", 7500, "CNY/t"),
                    ("price", "ce_oxide", "change", "2024-07-04/2024-07-05", -200, "CNY/t"),
                ),
            ),
            Example(
                "Prices in US dollars per kg: terbium oxide 1,010-1,040; dysprosium oxide 232-240.",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 1010, "USD/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 1040, "USD/kg"),
                    ("price", "dy_oxide", "price_low", "2024-07-05", 232, "USD/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 240, "USD/kg"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="extractors._lead_unit / _LEAD_UNIT; DocState.last_price_currency.",
    ),
    Rule(
        "price_shared_level_both",
        "price level",
        "en",
        "'A and B both (each) closed at X, up Y' (no 'respectively'): the level and move read"
        " for B are A's too",
        prices.shared_levels,
        (
            Example(
                "Lanthanum metal and cerium metal both sold at 25,000 yuan/t, up 500 yuan/t on"
                " the day.",
                (
                    ("price", "la_metal", "price", "2024-07-05", 25000, "CNY/t"),
                    ("price", "ce_metal", "price", "2024-07-05", 25000, "CNY/t"),
                    ("price", "la_metal", "change", "2024-07-04/2024-07-05", 500, "CNY/t"),
                    ("price", "ce_metal", "change", "2024-07-04/2024-07-05", 500, "CNY/t"),
                ),
            ),
            Example(  # refused: the level is told again of the second product alone
                "Samarium oxide and gadolinium oxide both edged up, with gadolinium oxide"
                " finishing at 162,000 yuan/t.",
                (("price", "gd_oxide", "price", "2024-07-05", 162000, "CNY/t"),),
            ),
        ),
        cues=("metric.price",),
        doc="prices.shared_levels (a sentence pass before shared_moves); a figure the second"
        " product is named for again ('..., with B at X') stays B's.",
    ),
    Rule(
        "price_headline_restated_level",
        "price level",
        "en",
        "a title's level that the body quotes too ('Terbium oxide gains 2% to $1,020/kg' over"
        " the body's fob China $1,020/kg) is the body's quote: its market and day, kept once",
        headlines.headline_markets,
        (
            Example(
                "Terbium oxide gains 2% to $1,020/kg on firm buying\n\nOn Thursday terbium"
                " oxide fob China was up 2% week on week at $1,020/kg. In Europe, terbium oxide"
                " cif Rotterdam was steady on Thursday at $1,450/kg.",
                (
                    ("price", "tb_oxide", "change_pct", "2024-06-27/2024-07-04", 2, "%"),
                    ("price", "tb_oxide", "price", "2024-07-04", 1020, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-07-04", 1450, "USD/kg"),
                ),
                holders=("fob_china", "fob_china", "cif_rotterdam"),
            ),
        ),
        cues=("metric.price",),
        doc="headlines._restated_moves (moves and levels).",
    ),
    Rule(
        "price_arrows_twins_and_owned_bases",
        "price change",
        "en",
        "an arrow before an amount is its sign ('▲2,000', '▼1,500'); a money move's twin in"
        " percent lends it its comparison word ('up 100 yuan/kg or 1.2% w-o-w'); a base owned"
        " by a relative period ('from last week's X') is that period's level; 'a day-on-day"
        " decline of X' is a move",
        prices.change_spans,
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
        doc="numbers._QTY sign group (arrows); prices._twin_cmp; prices._possessive_base_day;"
        " prices._CHANGE_LEAD (hyphenated adjective).",
    ),
    Rule(
        "price_thousands_moves_and_session_spans",
        "price change",
        "en",
        "a 'k' before a price unit is thousands ('545k-550k yuan/t'), and so is a bare 'Nk' move"
        " to such a level ('gave up 2k to 158k-160k yuan/t', in the level's unit); 'across the last"
        " three trading sessions' runs from the close before the first of them",
        prices.change_spans,
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
        " extractors._level_after_unit; date kind 'trailing' (trail_s), prices._trail_span.",
    ),
    Rule(
        "price_reached_by_day_and_counted_bases",
        "price change",
        "en",
        "'by Friday it had risen to X' dates X by that day; a title's 'pushes past X' is a line"
        " crossed, no quote (veto threshold); 'That left it 4.1% dearer than a fortnight"
        " earlier' is the last product's move over the 14 days; 'in the same three sessions'"
        " counts the sessions back",
        prices.extract_pct,
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
    Rule(
        "price_table_own_base_and_series_market",
        "price level",
        "en",
        "a change column headed only by its base ('vs end-2024 (%)', 'vs 31 Dec') runs from"
        " that day (a year's end: its last close) to the table's latest day; a column counting"
        " readings ('Trading days', 'No. of quotes') is no price; a basis in the spec column"
        " ('99.5% min, FOB China') is the row's market; a later dollar table or comment naming"
        " no market keeps the market the document's earlier table gave that product",
        pricetable_layout.find_tables,
        (
            Example(
                "Strategic metals weekly, 20 June 2025\n\n"
                "| Item | Grade | Unit | 20 Jun 2025 | 13 Jun 2025 | W/W (%) | vs end-2024 (%) |\n"
                "|---|---|---|---|---|---|---|\n"
                "| Dysprosium oxide | 99.5% min, FOB China | US$/kg | 250.00 | 245.00 | +2.04 |"
                " -4.10 |\n\nMay 2025 means\n\n| Item | May 2025 avg | No. of quotes |\n"
                "|---|---|---|\n| Dysprosium oxide (US$/kg) | 240.50 | 21 |\n\n"
                "- Dysprosium oxide touched US$252.00/kg on Wednesday (18 Jun) before easing.\n",
                (
                    ("price", "dy_oxide", "price", "2025-06-20", 250, "USD/kg"),
                    ("price", "dy_oxide", "price", "2025-06-13", 245, "USD/kg"),
                    ("price", "dy_oxide", "change_pct", "2025-06-13/2025-06-20", 2.04, "%"),
                    ("price", "dy_oxide", "change_pct", "2024-12-31/2025-06-20", -4.1, "%"),
                    ("price", "dy_oxide", "average", "2025-05", 240.5, "USD/kg"),
                    ("price", "dy_oxide", "price", "2025-06-18", 252, "USD/kg"),
                ),
                published="2025-06-20",
                entity="fob_china",
            ),
            Example(
                "Oxide prices, fob China, US$/kg, 8 March 2024\n\n"
                "Product            8-Mar     1-Mar     vs end-2023\n"
                "Tb oxide 99.99%    1,080     1,100     -95\n",
                (
                    ("price", "tb_oxide", "price", "2024-03-08", 1080, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-03-01", 1100, "USD/kg"),
                    ("price", "tb_oxide", "change", "2023-12-29/2024-03-08", -95, "USD/kg"),
                ),
                published="2024-03-08",
                entity="fob_china",
            ),
        ),
        cues=("metric.price",),
        doc="pricetable_layout._column (@vs, count), pricetables.table_facts (spec market,"
        " known_markets), DocState.table_dollar_markets.",
    ),
    Rule(
        "price_close_heading_and_dated_base",
        "price level",
        "en",
        "a heading naming a day's close ('MONDAY'S SHANGHAI CLOSE', 'Thursday's closing"
        " levels') dates the quotes under it, up to the next heading; a signed bracketed"
        " percent after 'X vs Y on <day>' is the move from that day; a bracket opened by a"
        " day's short form ('(Fri US$70.80/kg)') is that day's level, not the figure's before"
        " it; 'export market' names the FOB market, not exports",
        prices.extract,
        (
            Example(
                "DAILY BRIEF | Tuesday, 9 July 2024\n\nMETALS - MONDAY'S SHANGHAI CLOSE\n"
                "Oxide prices firmed as magnet makers restocked.\n\n"
                "- Terbium oxide: RMB6,050-6,150/kg, each end RMB50 above Friday.\n"
                "- Gadolinium oxide: RMB152,000-155,000/t, from RMB150,000-153,000/t on Friday.\n"
                "- Export market: dysprosium oxide FOB China US$228.00/kg vs US$225.50/kg on"
                " Friday (+1.1%); holmium oxide FOB US$71.10/kg (Fri US$70.80/kg).\n\n"
                "STOCKS TO WATCH\n- Sector shares rose.\n",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-08", 6050, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-08", 6150, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-05/2024-07-08", 50, "CNY/kg"),
                    ("price", "gd_oxide", "price_low", "2024-07-08", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-08", 155000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 153000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2024-07-08", 228, "USD/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 225.5, "USD/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-07-05/2024-07-08", 1.1, "%"),
                    ("price", "ho_oxide", "price", "2024-07-08", 71.1, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-07-05", 70.8, "USD/kg"),
                ),
                published="2024-07-09",
            ),
            Example(
                "Weekly wrap, Friday 12 July 2024\n\nThursday's closing levels\n"
                "- Yttrium oxide: RMB44,000-46,000/t.\n\nWhat to watch\n"
                "- Europium oxide was quoted at RMB185-195/kg.\n",
                (
                    ("price", "y_oxide", "price_low", "2024-07-11", 44000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-11", 46000, "CNY/t"),
                    ("price", "eu_oxide", "price_low", "2024-07-12", 185, "CNY/kg"),
                    ("price", "eu_oxide", "price_high", "2024-07-12", 195, "CNY/kg"),
                ),
                published="2024-07-12",
                entity="china",
            ),
        ),
        cues=("metric.price", "metric.exports"),
        doc="DocState.note_close_day; extractors._pct_after_dated_base;"
        " date_binding._other_bracket; the 'weekday' date phrasing (short forms).",
    ),
    Rule(
        "planning_figures_and_batch_bases",
        "quota",
        "en",
        "'on the same batch (tranche) last year' is a base, not the year of the figures after"
        " it; what an 'if' clause would bring ('if the second tranche equalled the first, the"
        " quota would come to X') is a case; bullets under a heading of budget or assumed"
        " prices ('FY budget assumptions', 'not market prices') up to the next heading, and a"
        " model's long-term price, are no quotes; a cash sum of operating and investing"
        " activities is no operating cash flow",
        quota.extract,
        (
            Example(
                "Beijing set the first tranche of the 2025 mining quota at 140,000 tonnes, up 4%"
                " on the same tranche last year. The separation quota was put at 130,000t, up 3%"
                " from 126,200t. One broker said that if the second tranche equalled the first,"
                " the year's mining quota would come to 280,000t.",
                (
                    ("quota", "mining", "quota", "2025", 140000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2025", 4, "%"),
                    ("quota", "smelting_separation", "quota", "2025", 130000, "t"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2025", 3, "%"),
                    ("quota", "smelting_separation", "quota", "2024", 126200, "t"),
                ),
                published="2025-03-03",
            ),
            Example(
                "PROCUREMENT NOTE, 12 April 2024\n\n1. Market prices (CNY/kg)\n"
                "- Dy oxide 1,900 CNY/kg, down 20 CNY/kg on the week.\n\n"
                "2. FY budget assumptions (internal, not market prices)\n"
                "- Dy oxide 2,100 CNY/kg; Tb oxide 6,500 CNY/kg.\n"
                "- If Dy oxide averaged 1,800 CNY/kg in Q2, the magnet surcharge would drop by"
                " about 3%.\n\n3. Logistics\n- Tb oxide was quoted at 6,100 CNY/kg on Thursday.\n",
                (
                    ("price", "dy_oxide", "price", "2024-04-12", 1900, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-04-05/2024-04-12", -20, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-04-11", 6100, "CNY/kg"),
                ),
                published="2024-04-12",
            ),
            _none(
                "Iluka Resources Ltd's valuation model still uses a long-term dysprosium oxide"
                " price of US$350/kg (real). Net cash used in operating and investing activities"
                " was A$21.5 million."
            ),
        ),
        cues=("metric.quota", "metric.price", "metric.cash_flow"),
        doc="date_base._SAME_PERIOD; figure_words.if_consequence; DocState.note_assumed_section;"
        " prices._FORECAST_FIGURE; en.toml cash_flow.",
    ),
    Rule(
        "relative_days_clauses_and_fiscal_words",
        "price level",
        "en",
        "'closed Tuesday at X' names the day bare; a move with its own span ('up 2% on the"
        " week') is not spanned by a later intraday level ('after touching Y on Monday');"
        " 'from X a day earlier' is the session before; a product inside ', which ... ,' is"
        " not the figure's; a volume 'the month before' is the month before the sentence's;"
        " quoted words after a modal ('could \"comfortably\" reach') keep it hypothetical;"
        " 'annual profit', 'fiscal 2024' of a July-June company are its fiscal years",
        prices.extract,
        (
            Example(
                "Yttrium oxide FOB China closed Tuesday at US$7.10/kg, up 2% on the week, after"
                " touching US$7.30/kg on Monday.",
                (
                    ("price", "y_oxide", "price", "2024-07-02", 7.1, "USD/kg"),
                    ("price", "y_oxide", "change_pct", "2024-06-25/2024-07-02", 2, "%"),
                    ("price", "y_oxide", "price", "2024-07-01", 7.3, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(
                "Lanthanum oxide, which goes into catalysts rather than magnets, was quoted at"
                " 4,100 yuan/t on Monday, from 4,150 yuan/t a day earlier.",
                (
                    ("price", "la_oxide", "price", "2024-07-01", 4100, "CNY/t"),
                    ("price", "la_oxide", "price", "2024-06-28", 4150, "CNY/t"),
                ),
            ),
            Example(
                "Exports of rare earth magnets rose 12% in July from June to 5,100 tonnes, after"
                " 4,550 tonnes the month before.",
                (
                    ("trade", "re_permanent_magnet", "exports_mom_pct", "2024-07", 12, "%"),
                    ("trade", "re_permanent_magnet", "exports", "2024-07", 5100, "t"),
                    ("trade", "re_permanent_magnet", "exports", "2024-06", 4550, "t"),
                ),
                published="2024-08-20",
            ),
            _none(
                'A dealer said dysprosium oxide could "comfortably" reach 2,000 yuan/kg if the'
                " ban widens."
            ),
            Example(
                "Lynas Rare Earths Ltd posted a 35% rise in annual profit on Thursday. For the year"
                " to June 30, net profit after tax was A$120.0 million, up from A$88.9 million in"
                " fiscal 2023. The company produced 9,100 tonnes of total rare earth oxides in"
                " fiscal 2024.",
                (
                    (
                        "financial",
                        "",
                        "net_profit_attributable_yoy_pct",
                        "2023-07/2024-06",
                        35,
                        "%",
                    ),
                    ("financial", "", "net_profit_attributable", "2023-07/2024-06", 120e6, "AUD"),
                    ("financial", "", "net_profit_attributable", "2022-07/2023-06", 88.9e6, "AUD"),
                    ("production", "total_reo", "production", "2023-07/2024-06", 9100, "t"),
                ),
                published="2024-08-22",
            ),
            Example(  # "a year earlier" after an annual figure: the fiscal year before it
                "Lynas Rare Earths said its annual net profit rose to A$120.0 million,"
                " against A$88.9 million a year earlier.",
                (
                    ("financial", "", "net_profit_attributable", "2023-07/2024-06", 120e6, "AUD"),
                    ("financial", "", "net_profit_attributable", "2022-07/2023-06", 88.9e6, "AUD"),
                ),
                published="2024-08-22",
            ),
        ),
        cues=("metric.price", "metric.exports", "metric.net_profit", "metric.production"),
        doc="weekday phrasing (wd5), prices._SPAN_RIGHT_AFTER, prev_day phrasing and"
        " date_binding._DAY_EARLIER, prices._head_of_relative, trade._MONTH_BEFORE,"
        " prices._HYPOTHETICAL, extractors._PERIOD_PROFIT, financial.fiscal_span (annual).",
    ),
    Rule(
        "country_back_reference_and_period_profit",
        "trade",
        "en",
        "'The country imported X' is the country that leads the sentence before; India's"
        " 'FY25' is April 2024 to March 2025; a sentence led by a period's bare profit"
        " ('Profit for the first quarter had been X', 'Second-quarter profit came to X') is"
        " the company's net profit of that period",
        trade.extract,
        (
            Example(
                "India relies on imports for nearly all of its magnet needs. The country"
                " imported about 650 tonnes of rare earth magnets in FY24, mostly from China.",
                (("trade", "re_permanent_magnet", "imports", "2023-04/2024-03", 650, "t"),),
                published="2024-09-10",
                entity="india",
            ),
            Example(
                "China Rare Earth Resources Co said first-half net profit rose 12% to 300 million"
                " yuan. Profit for the first quarter had been 140 million yuan. Second-quarter"
                " profit came to 160 million yuan.",
                (
                    (
                        "financial",
                        "",
                        "net_profit_attributable_yoy_pct",
                        "2025-01/2025-06",
                        12,
                        "%",
                    ),
                    ("financial", "", "net_profit_attributable", "2025-01/2025-06", 300e6, "CNY"),
                    ("financial", "", "net_profit_attributable", "2025-Q1", 140e6, "CNY"),
                    ("financial", "", "net_profit_attributable", "2025-Q2", 160e6, "CNY"),
                ),
                published="2025-08-20",
            ),
        ),
        cues=("metric.imports", "metric.net_profit"),
        doc="trade._THE_COUNTRY, trade._indian_fiscal, extractors._LEAD_PROFIT.",
    ),
    Rule(
        "price_parallel_moves_and_paired_days",
        "price level",
        "en",
        "in 'A fell to X from Y, while B rose to Z from W at the end of April' the base day"
        " told once is both bases'; an undated level set against a base day the document has"
        " already set against a later day ('... on 31 May, against ... at the end of April')"
        " is on that later day",
        prices.extract,
        (
            Example(
                "Monthly review, issued 4 June 2024\n\nDysprosium oxide ended the month at"
                " 2,150-2,200 yuan/kg on 31 May, against 2,250-2,300 yuan/kg at the end of April.\n\n"
                "Holmium oxide fell to 480,000-490,000 yuan/t from 500,000-510,000 yuan/t, while"
                " gadolinium oxide rose to 160,000-165,000 yuan/t from 150,000-155,000 yuan/t at"
                " the end of April.\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-05-31", 2150, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-05-31", 2200, "CNY/kg"),
                    ("price", "dy_oxide", "price_low", "2024-04-30", 2250, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-04-30", 2300, "CNY/kg"),
                    ("price", "ho_oxide", "price_low", "2024-05-31", 480000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-05-31", 490000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-04-30", 500000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-04-30", 510000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-05-31", 160000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-05-31", 165000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-04-30", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-04-30", 155000, "CNY/t"),
                ),
                published="2024-06-04",
                entity="china",
            ),
        ),
        cues=("metric.price",),
        doc="prices._parallel_base_day, prices.paired_days, DocState.day_pairs.",
    ),
    Rule(
        "price_event_day",
        "price level",
        "en",
        "'on the day of the announcement (decision, notice, ban, ruling)' is the last day the"
        " story named, as 'on the same day' is",
        prices.extract,
        (
            Example(
                "When the ministry announced new export rules on Tuesday, June 3, buyers"
                " panicked.\n\nDysprosium oxide for export was assessed at US$240 per kilogram"
                " FOB China on the day of the announcement. It eased to US$236 on Thursday.",
                (
                    ("price", "dy_oxide", "price", "2025-06-03", 240, "USD/kg"),
                    ("price", "dy_oxide", "price", "2025-06-05", 236, "USD/kg"),
                ),
                published="2025-06-09",
                entity="fob_china",
            ),
        ),
        cues=("metric.price",),
        doc="the 'same_day' date phrasing.",
    ),
    Rule(
        "price_table_caption_head",
        "price level",
        "en",
        "a sheet whose first head captions it ('Home-market quotes (ex-VAT)', 'Export prices') over"
        " rows led by their product, a close column headed by its day ('Close 3-Oct'), and"
        " look-back columns ('w/w', 'm/m', 'YTD') whose cells are percents; a basis cell"
        " 'in-whs Rotterdam' is the in-warehouse (europe) quote, not cif",
        pricetable_layout.find_tables,
        (
            Example(
                "Weekly wrap, Friday 3 October 2025\n\n"
                "Home-market quotes (ex-VAT)   Close 3-Oct     w/w      m/m      YTD\n"
                "Gd oxide (RMB/t)                  162,000     -0.6%    +2.5%    +9.1%\n"
                "Dy metal (RMB/kg)                   2,090     +1.9%    -3.0%    +12.0%\n",
                (
                    ("price", "gd_oxide", "price", "2025-10-03", 162000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2025-09-26/2025-10-03", -0.6, "%"),
                    ("price", "gd_oxide", "change_pct", "2025-09-03/2025-10-03", 2.5, "%"),
                    ("price", "gd_oxide", "change_pct", "2024-12-31/2025-10-03", 9.1, "%"),
                    ("price", "dy_metal", "price", "2025-10-03", 2090, "CNY/kg"),
                    ("price", "dy_metal", "change_pct", "2025-09-26/2025-10-03", 1.9, "%"),
                    ("price", "dy_metal", "change_pct", "2025-09-03/2025-10-03", -3, "%"),
                    ("price", "dy_metal", "change_pct", "2024-12-31/2025-10-03", 12, "%"),
                ),
                published="2025-10-03",
                entity="china",
            ),
            Example(  # the close's day governs, not the later publication day
                "Export prices                 Closing 14 Nov    w/w\n"
                "Sm oxide, fob China (US$/kg)       2.45         +2.1%\n",
                (
                    ("price", "sm_oxide", "price", "2025-11-14", 2.45, "USD/kg"),
                    ("price", "sm_oxide", "change_pct", "2025-11-07/2025-11-14", 2.1, "%"),
                ),
                published="2025-11-17",
                entity="fob_china",
            ),
            Example(
                "Daily sheet, US$/kg\n\n"
                "Product                  Basis              Low       High      Chg\n"
                "Tb oxide 99.99% min      in-whs Rotterdam   2,150     2,300     +50\n",
                (
                    ("price", "tb_oxide", "price_low", "2025-03-12", 2150, "USD/kg"),
                    ("price", "tb_oxide", "price_high", "2025-03-12", 2300, "USD/kg"),
                    ("price", "tb_oxide", "change", "2025-03-11/2025-03-12", 50, "USD/kg"),
                ),
                published="2025-03-12",
                entity="europe",
            ),
            Example(  # a note under the block gives the base day's levels of rows it names
                "Export sheet, Tuesday 10 June 2025, US$/kg\n\n"
                "Product              Basis        Low      High     Chg\n"
                "Gd oxide 99.5%       fob China    21.40    22.10    +0.30\n"
                "Sm oxide 99.9%       fob China     2.30     2.50     0.00\n"
                "== memo lines ==\n"
                "Antimony ingot       Rotterdam    US$/t    41,000\n\n"
                "Chg is measured since 6 June, when the Gd oxide range was 21.10-21.80 and"
                " the Sm oxide one 2.30-2.50.\n",
                (
                    ("price", "gd_oxide", "price_low", "2025-06-10", 21.4, "USD/kg"),
                    ("price", "gd_oxide", "price_high", "2025-06-10", 22.1, "USD/kg"),
                    ("price", "gd_oxide", "change", "2025-06-06/2025-06-10", 0.3, "USD/kg"),
                    ("price", "sm_oxide", "price_low", "2025-06-10", 2.3, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2025-06-10", 2.5, "USD/kg"),
                    ("price", "sm_oxide", "change", "2025-06-06/2025-06-10", 0, "USD/kg"),
                    ("price", "gd_oxide", "price_low", "2025-06-06", 21.1, "USD/kg"),
                    ("price", "gd_oxide", "price_high", "2025-06-06", 21.8, "USD/kg"),
                    ("price", "sm_oxide", "price_low", "2025-06-06", 2.3, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2025-06-06", 2.5, "USD/kg"),
                ),
                published="2025-06-10",
                entity="fob_china",
            ),
        ),
        cues=("metric.price",),
        doc="pricetable_layout._CAPTION_HEAD ([table] caption_column of en.toml);"
        " datecolumns._LEVEL_LEAD; pricetables' look-back columns of percents,"
        " pricetables.caption_levels, pricetable_layout._base_note_past_block; the in-whs"
        " market words of en.toml.",
    ),
    Rule(
        "results_story_periods",
        "financial",
        "en",
        "a results story's later paragraphs keep the period its company's last main figure"
        " had; a date after a comparison base is the base's ('a loss of X, wider than the Y it"
        " lost in Q1 2024'); a base may be a multiple's ('nearly triple the Z t made a year"
        " earlier'); 'the 2025 financial year' is the company's fiscal year",
        financial.extract,
        (
            Example(
                "Iluka Resources posted second-quarter revenue of A$310 million. Its net loss"
                " shrank to A$12 million, smaller than the A$19 million it lost in the second"
                " quarter of 2024.\n\nMineral sands output reached 95,000 tonnes, almost double"
                " the 50,000 tonnes produced in the same period last year.",
                (
                    ("financial", "", "revenue", "2025-Q2", 310e6, "AUD"),
                    ("financial", "", "net_profit_attributable", "2025-Q2", -12e6, "AUD"),
                    ("financial", "", "net_profit_attributable", "2024-Q2", -19e6, "AUD"),
                ),
                published="2025-07-30",
            ),
            Example(
                "Arafura Rare Earths reported first-quarter revenue of A$4 million.\n\n"
                "The company's NdPr oxide production came to 210 tonnes, three times the 70"
                " tonnes made a year earlier.",
                (
                    ("financial", "", "revenue", "2025-Q1", 4e6, "AUD"),
                    ("production", "prnd_oxide", "production", "2025-Q1", 210, "t"),
                    ("production", "prnd_oxide", "production", "2024-Q1", 70, "t"),
                ),
                published="2025-05-02",
            ),
            Example(
                "In the 2024 financial year Lynas Rare Earths' revenue came to A$610 million,"
                " compared with A$700 million a year earlier.",
                (
                    ("financial", "", "revenue", "2023-07/2024-06", 610e6, "AUD"),
                    ("financial", "", "revenue", "2022-07/2023-06", 700e6, "AUD"),
                ),
                published="2024-08-29",
            ),
            Example(  # "over the year" and a bare base year in a fiscal-year results story
                "For the year to June 30, Lynas Rare Earths took in revenue of A$640 million,"
                " compared with A$520 million in 2024.\n\nNdPr output over the year came to"
                " 7,100 tonnes.",
                (
                    ("financial", "", "revenue", "2024-07/2025-06", 640e6, "AUD"),
                    ("financial", "", "revenue", "2023-07/2024-06", 520e6, "AUD"),
                    ("production", "prnd_oxide", "production", "2024-07/2025-06", 7100, "t"),
                ),
                published="2025-08-28",
            ),
            Example(  # "to close at": the day's close
                "On Tuesday Iluka Resources stock gained 3.1% to close at A$5.40.",
                (("valuation", "", "close_price", "2025-03-04", 5.4, "AUD"),),
                published="2025-03-05",
            ),
            Example(  # a masthead line above the headline: the headline names the company
                "The Courier | Markets | 3 March 2025\n\nIluka earnings slide as zircon"
                " weakens\n\nIluka Resources reported a net profit of $50 million for 2024.",
                (("financial", "", "net_profit_attributable", "2024", 50e6, "AUD"),),
                published="2025-03-03",
            ),
        ),
        cues=("metric.net_profit", "metric.revenue", "metric.production"),
        doc="state.company_periods / DocState.note_main, DocState.fiscal_main;"
        " financial._base_owns_date, financial._FY_AFTER, financial._fiscal_base;"
        " comparison._BASE_LEAD multiples; pipeline._headline; 'to close at' in en.toml.",
    ),
    Rule(
        "trade_supplier_shipments",
        "trade",
        "en",
        "{COUNTRY} ... the largest supplier, ... its shipments {QTY:mass}; imports from {COUNTRY},"
        " where ... {PRODUCT} ..., {QTY:mass}",
        trade.extract,
        (
            Example(  # a supplier's shipments are what China took in
                "Vietnam, a key source, saw its shipments shrink to 4,100 tonnes in 2023, down"
                " from about 6,000 tonnes in 2022.",
                (
                    ("trade", "rare_earths", "imports", "2023", 4100, "t"),
                    ("trade", "rare_earths", "imports", "2022", 6000, "t"),
                ),
                published="2024-01-25",
                entity="china",
            ),
            Example(  # goods named in a place's "where" aside are not what was traded
                "In 2023 imports from Thailand, where monazite is cracked at a couple of small"
                " plants, reached 2,300 tonnes.",
                (("trade", "rare_earths", "imports", "2023", 2300, "t"),),
                published="2024-01-25",
                entity="china",
            ),
        ),
        cues=("metric.exports", "metric.imports"),
        doc="trade._SUPPLIER; trade._ASIDE with 'where'.",
    ),
]

VETO_RECORDS += [
    Veto(
        "outlook_analyst_result",
        "outlook",
        "en",
        VETOES["outlook"],
        frozenset(("financial",)),
        (
            _none(
                "Two brokers said they expect JL Mag's 2025 net profit to reach 900 million yuan."
            ),
            # an analyst's own model of a company's result, not the result
            _none(
                "We stay cautious on Lynas: our estimates put FY26 revenue at A$720 million after"
                " the price reset."
            ),
            _none("Our forecasts assume Iluka's 2026 net profit of about A$300 million."),
            # the forecast as a participle clause after a long remark
            _none(
                "A Beijing fund manager said margins at the magnet maker should widen next year"
                " as orders return, forecasting net profit of roughly 410 million yuan."
            ),
        ),
    ),
    Veto(
        "outlook_price_deck",
        "outlook",
        "en",
        VETOES["outlook"],
        frozenset(("price",)),
        (
            _none("We keep our Hold call; our price deck assumes US$75/kg for NdPr oxide in FY27."),
            _none("The model uses a dysprosium oxide price assumption of US$300/kg long term."),
            # a forward curve's points are indications for later periods, not assessments
            _none(
                "Forward curve indications for holmium oxide (Q3 2025: $70-74/kg) are on page 9."
            ),
            _none("The forward price for samarium oxide for December delivery was $2.60/kg."),
        ),
    ),
    Veto(
        "hypothetical_support_level",
        "hypothetical",
        "en",
        VETOES["hypothetical"],
        frozenset(("price",)),
        (
            _none("One analyst said terbium oxide may find support near 5,800 yuan/kg."),
            _none("Brokers think Pr-Nd oxide could bottom out around 380,000 yuan a tonne."),
        ),
    ),
    Veto(
        "spread_premium_over",
        "spread",
        "en",
        VETOES["spread"],
        frozenset(("price",)),
        (
            _none("The premium on dysprosium oxide in Rotterdam over FOB China held near $180/kg."),
            _none("The discount of Chinese terbium oxide to European offers narrowed to $60/kg."),
        ),
    ),
    Veto(
        "threshold_at_bound",
        "threshold",
        "en",
        VETOES["threshold"],
        frozenset(("price",)),
        (
            _none(
                "Our view: at under US$60/kg for NdPr oxide most projects outside China do not"
                " pay back."
            ),
            _none("At above 2,000 yuan/kg, dysprosium oxide would start to ration demand."),
        ),
    ),
    Veto(
        "part_move_within_quota",
        "part",
        "en",
        VETOES["part"],
        frozenset(("quota",)),
        (
            Example(
                "Beijing set the first-batch mining quota for 2025 at 140,000 tonnes. Within the"
                " mining allocation, light rare earths got 129,000t and heavy (ionic) rare earths"
                " 11,000t, a 5% cut from a year earlier.",
                (
                    ("quota", "mining", "quota", "2025", 140000, "t"),
                    ("quota", "mining", "quota", "2025", 129000, "t"),
                    ("quota", "mining", "quota", "2025", 11000, "t"),
                ),
                published="2025-03-03",
            ),
        ),
    ),
    Veto(
        "offtake_not_capacity",
        "offtake",
        "en",
        VETOES["offtake"],
        frozenset(("capacity",)),
        (
            _none(
                "Lynas signed an offtake agreement with a Japanese buyer for up to 2,000 tpa of"
                " NdPr oxide from 2026."
            ),
            _none(
                "The company executed a supply agreement covering 600 t/yr of dysprosium oxide"
                " over five years."
            ),
            _none(
                "JL Mag signed a non-binding letter of intent with a European carmaker for up to"
                " 1,500 tonnes a year of sintered magnets."
            ),
            _none(
                "Neo Performance Materials agreed a memorandum of understanding to deliver 250"
                " t/yr of NdPr oxide to a Korean motor maker."
            ),
        ),
    ),
    Veto(
        "base_unknown_month_part",
        "base_unknown",
        "en",
        VETOES["base_unknown"],
        frozenset(("price",)),
        (
            _none("Holmium oxide touched its mid-June high at 560,000 to 570,000 yuan a tonne."),
            # a level right before a vague part of a month: no day it was quoted on
            Example(
                "Gadolinium oxide traded at 158,000 yuan/t on Thursday, against 150,000 yuan/t"
                " in early June.",
                (("price", "gd_oxide", "price", "2024-07-04", 158000, "CNY/t"),),
            ),
        ),
    ),
]

for _rule in RULES:
    REGISTRY.add(_rule)
for _v in VETO_RECORDS:
    REGISTRY.add_veto(_v)
