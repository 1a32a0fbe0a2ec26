"""English price-level rule records: what a quote is, of which product, unit and market.

The main ``price_level`` rule and the records of a level's product, unit, currency twins,
lists and listings, purchases and shared levels (resolvers in ``extractors.prices``).
The day a level is dated to is ``en_price_level_days``'; price tables are ``en_price_tables``'.
``en.py`` registers them.
"""

from __future__ import annotations

from reemarket.ingest import headlines
from reemarket.ingest.extractors import listings, price_passes, prices
from reemarket.ingest.rules import Example, Rule

RULES: list[Rule] = [
    Rule(
        "price_level",
        "price level",
        "en",
        "{PRODUCT} {CUE:metric.price}? {QTY:price} {DATE}?",
        prices.extract,
        (
            Example(  # "magnet oxides" and "magnet metals" are groups of rare earths, not
                # the magnets, and a group is no price's subject
                "Magnet oxides gave up about 2% this week. Offers for the magnet metals were"
                " cut by 6,000 yuan/t on Tuesday.",
                (),
            ),
            Example(  # an element's bare name with its purity is a grade of the oxide the
                # sheet quotes by the element, bracketed with its basis or not
                "Export desk note\n\nTerbium (99.99% min, FOB China) was assessed at US$905/kg"
                " on Friday. Lanthanum 99.99% stayed at US$0.62/kg. In the home market,"
                " dysprosium 99.5% traded at 1,640 yuan/kg.",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 905, "USD/kg"),
                    ("price", "la_oxide", "price", "2024-07-05", 0.62, "USD/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1640, "CNY/kg"),
                ),
            ),
            Example(
                "Cerium oxide was assessed at 6,200 yuan/t on Wednesday.",
                (("price", "ce_oxide", "price", "2024-07-03", 6200, "CNY/t"),),
            ),
            Example(
                "Neodymium oxide was quoted at 435,000 yuan/t on Thursday.",
                (("price", "nd_oxide", "price", "2024-07-04", 435000, "CNY/t"),),
            ),
            Example(  # a report typed at a fixed width: a sentence broken over lines is
                # read whole (its product on one line, its figure and day on the next)
                "Samarium oxide had another dull session in the eastern provinces, where\n"
                "most separators held offers. Holmium oxide, short of fresh material again,\n"
                "was lifted to 478,000-482,000 yuan/t on Wednesday from the week before.\n"
                "Buyers in the magnet belt were slow to follow the move at first but they\n"
                "came back later in the afternoon, taking several small lots at the top.\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-07-03", 478000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-03", 482000, "CNY/t"),
                ),
            ),
            Example(  # "stock" as goods on hand, the product named after it: the product's
                "With stock thin in Baotou, samarium oxide rose to 15,800 yuan/t on Thursday."
                " Traders with metal in stock offered lanthanum metal at 24,000 yuan/t on"
                " Wednesday.",
                (
                    ("price", "sm_oxide", "price", "2024-07-04", 15800, "CNY/t"),
                    ("price", "la_metal", "price", "2024-07-03", 24000, "CNY/t"),
                ),
            ),
            Example(  # goods "in stock" before a price per weight: no share's price
                "Terbium metal in stock at Ganzhou warehouses sold at 8,900 yuan/kg on"
                " Thursday. Dysprosium oxide was offered at 1,710 yuan/kg on Wednesday, with spot"
                " stock changing hands at 1,705 yuan/kg.",
                (
                    ("price", "tb_metal", "price", "2024-07-04", 8900, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-07-03", 1710, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-07-03", 1705, "CNY/kg"),
                ),
            ),
            Example(  # an Australian company only mentioned in the headline: "$" stays US$
                "NdPr oxide steadies as Lynas eyes a US plant\n\nNdPr oxide held at $58/kg FOB"
                " China on Thursday.",
                (("price", "prnd_oxide", "price", "2024-07-04", 58, "USD/kg"),),
            ),
            Example(  # an Australian company's story ("$" = A$ for its own figures): a bare
                # "$" quote on an export market is still US$, that market's currency
                "Iluka shares slide on weak zircon\n\nIluka shares lost 3%, though dysprosium"
                " oxide stayed at $245/kg FOB China on Wednesday and Nd oxide traded at $71/kg"
                " CIF Rotterdam.",
                (
                    ("price", "dy_oxide", "price", "2024-07-03", 245, "USD/kg"),
                    ("price", "nd_oxide", "price", "2024-07-03", 71, "USD/kg"),
                ),
            ),
            Example(  # nor does one named in a story that marks US$: it is not set in Australia
                "Rare earth market wrap\n\nTerbium oxide was US$1,000/kg FOB China. Lynas, the"
                " biggest miner outside China, said its Texas plans were on track. Dysprosium"
                " oxide was $260/kg FOB China.",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 1000, "USD/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 260, "USD/kg"),
                ),
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
            Example(  # a bare base after the quote's day ("... on Friday, up from X a week
                # before") has the quote's unit and the base's own day
                "Samarium oxide was assessed at $2.15/kg FOB China on Friday, up from 2.05 a"
                " week before.",
                (
                    ("price", "sm_oxide", "price", "2024-07-05", 2.15, "USD/kg"),
                    ("price", "sm_oxide", "price", "2024-06-28", 2.05, "USD/kg"),
                ),
                entity="fob_china",
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
            Example(  # goods priced as they leave Chinese ports: the FOB China market
                "Dysprosium oxide, shipped from Chinese ports, ended Thursday at $232 a kilogram.",
                (("price", "dy_oxide", "price", "2024-07-04", 232, "USD/kg"),),
                entity="fob_china",
            ),
            Example(  # the Korean agency's daily series is its FOB China assessment
                "Terbium oxide stood at $905 a kilogram on Tuesday, according to the Korea"
                " Mineral Information Service.",
                (("price", "tb_oxide", "price", "2024-07-02", 905, "USD/kg"),),
                entity="fob_china",
            ),
            Example(  # a product's high and low of the month, each on its day: quotes
                "In June terbium oxide averaged $905 a kilogram, in a range between a high of $930"
                " on June 10 and a low of $884 on June 26.",
                (
                    ("price", "tb_oxide", "average", "2024-06", 905, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-06-10", 930, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-06-26", 884, "USD/kg"),
                ),
            ),
            Example(  # an element named alone as the subject: the form the story quotes
                "Dysprosium oxide FOB China closed at $232/kg on Thursday.\n\n"
                "Dysprosium had stood at $225/kg on Monday, before buyers returned.\n",
                (
                    ("price", "dy_oxide", "price", "2024-07-04", 232, "USD/kg"),
                    ("price", "dy_oxide", "price", "2024-07-01", 225, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # a second element named in the same clause takes its own figure, not the first's
                "Terbium oxide FOB China closed at $1,020/kg on Thursday.\n\n"
                "Terbium had stood at $1,000/kg on Monday, with holmium at $90/kg.\n",
                (
                    ("price", "tb_oxide", "price", "2024-07-04", 1020, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-07-01", 1000, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # "unchanged on the session": the session the story last named
                "Dysprosium oxide rose 20 yuan/kg to 1,700 yuan/kg on Tuesday.\n\n"
                "Terbium oxide held at 5,600-5,700 yuan/kg, unchanged on the session.\n",
                (
                    ("price", "dy_oxide", "change", "2024-07-01/2024-07-02", 20, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-07-02", 1700, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-02", 5600, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-02", 5700, "CNY/kg"),
                ),
                published="2024-07-03",
            ),
            Example(  # a product opening a later clause than the customs value words is that
                # clause's market price, no unit value
                "Though the declared value of magnet exports has eased, dysprosium oxide FOB"
                " China climbed to $240 per kilogram on Tuesday.",
                (("price", "dy_oxide", "price", "2024-07-02", 240, "USD/kg"),),
                entity="fob_china",
            ),
            Example(  # no session named before: "unchanged on the session" is the report's day
                "Lanthanum oxide held at 4,300-4,500 yuan/t, unchanged on the session.",
                (
                    ("price", "la_oxide", "price_low", "2024-07-03", 4300, "CNY/t"),
                    ("price", "la_oxide", "price_high", "2024-07-03", 4500, "CNY/t"),
                ),
                published="2024-07-03",
            ),
            Example(  # "its ... average came to", then the month's closing range and each end's move
                "Samarium oxide eased through June. Its June average came to 18,500 yuan/t, and"
                " the closing range of 18,000-18,400 yuan was 300 yuan lower at the bottom and"
                " 200 yuan lower at the top than on May 31.",
                (
                    ("price", "sm_oxide", "average", "2024-06", 18500, "CNY/t"),
                    ("price", "sm_oxide", "price_low", "2024-06-28", 18000, "CNY/t"),
                    ("price", "sm_oxide", "price_high", "2024-06-28", 18400, "CNY/t"),
                    ("price", "sm_oxide", "change", "2024-05-31/2024-06-28", -300, "CNY/t"),
                    ("price", "sm_oxide", "change", "2024-05-31/2024-06-28", -200, "CNY/t"),
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
        "price_listing",
        "price level",
        "en",
        "{CUE:listing} {DATE:month}? {PRODUCT} {QTY:price} ({QTY:price} above {DATE:month})?",
        listings.listed,
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
            Example(  # in a paragraph led by the listing, "the company set X at" and "its May
                # listing for X" are the lister's prices
                "Shenghe Resources publishes a listing price for its oxides each month. For May"
                " the company set dysprosium oxide at 1,720 yuan/kg, compared with 1,690"
                " yuan/kg in April. Its May listing for terbium metal was 8,900 yuan/kg.",
                (
                    ("price", "dy_oxide", "price", "2024-05", 1720, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-04", 1690, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-04/2024-05", 30, "CNY/kg"),
                    ("price", "tb_metal", "price", "2024-05", 8900, "CNY/kg"),
                ),
                entity="shenghe_resources",
                published="2024-05-06",
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
        " exchange's quote of the day (listings._SESSION_LISTING).",
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
            Example(  # a heading with no colon naming its unit in brackets gives it to the
                # bullets under it, up to the next heading, which may name another unit
                "Spot assessments, China domestic, incl. VAT\n\n"
                "Light rare earths (yuan/t)\n- Gd oxide 158,000-161,000, +1,500\n"
                "- Pr oxide 452,000-456,000, unch.\n\n"
                "Heavy rare earths (yuan/kg)\n- Tb oxide 7,050-7,150 (-20)\n"
                "- Dy metal 2,130-2,160\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 161000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 1500, "CNY/t"),
                    ("price", "pr_oxide", "price_low", "2024-07-05", 452000, "CNY/t"),
                    ("price", "pr_oxide", "price_high", "2024-07-05", 456000, "CNY/t"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 7050, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 7150, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -20, "CNY/kg"),
                    ("price", "dy_metal", "price_low", "2024-07-05", 2130, "CNY/kg"),
                    ("price", "dy_metal", "price_high", "2024-07-05", 2160, "CNY/kg"),
                ),
            ),
            Example(  # the unit after a comma ("Oxides, yuan/t"), or rows that are not
                # bullets, led by the product and a range, under a bracketed unit and basis
                "Morning note\n\nOxides, yuan/t\n- Nd oxide 440,500-443,300 (-1,500)\n\n"
                "Heavy oxides (USD/kg, FOB China)\nDy oxide 235-240\nTb oxide 880-900\n",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-05", 440500, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-05", 443300, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-07-04/2024-07-05", -1500, "CNY/t"),
                    ("price", "dy_oxide", "price_low", "2024-07-05", 235, "USD/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 240, "USD/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 880, "USD/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 900, "USD/kg"),
                ),
            ),
            Example(  # the heading's unit holds over lines led by a product's label and a
                # colon, blank lines between them, and the later sentences of each line;
                # the next heading ("What drove it") ends it
                "Weekly oxide review - week ending Friday, July 5, 2024\n\n"
                "Ex-works China, yuan/t, VAT included:\n\n"
                "Dysprosium oxide: 2,310,000-2,330,000 on Friday, against 2,280,000-2,300,000"
                " last Friday (Jun 28). Buying was thin.\n\n"
                "Gadolinium oxide: 162,000-165,000, up 2,000 at each end from 160,000-163,000"
                " a week earlier.\n\n"
                "Yttrium oxide: 44,000-46,000, unchanged.\n\n"
                "What drove it\nSeparators held back tonnage ahead of the inspection season.\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 2310000, "CNY/t"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 2330000, "CNY/t"),
                    ("price", "dy_oxide", "price_low", "2024-06-28", 2280000, "CNY/t"),
                    ("price", "dy_oxide", "price_high", "2024-06-28", 2300000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 162000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 165000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 2000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-06-28", 160000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-06-28", 163000, "CNY/t"),
                    ("price", "y_oxide", "price_low", "2024-07-05", 44000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-05", 46000, "CNY/t"),
                ),
            ),
            Example(  # a bracketed heading's unit over label rows whose label may hold a
                # ratio's colon ("75:25"); "up 3.2% on mid-point from X" in a weekly: X is
                # last week's range and the percent its move
                "Minor metals weekly\n\nEUROPE ASSESSMENTS (USD/kg)\n"
                "Terbium oxide 99.99% min, CIF Rotterdam: 1,020-1,080 (28 Jun: 990-1,050), +30\n"
                "NdPr oxide 75:25, CIF Rotterdam: 71-75, mid-point +1.00 (+1.4%) w/w\n"
                "Dysprosium oxide 99.5% min, in-warehouse Europe, duty paid: 310-330, up 3.2%"
                " on mid-point from 300-320\n",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 1020, "USD/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 1080, "USD/kg"),
                    ("price", "tb_oxide", "price_low", "2024-06-28", 990, "USD/kg"),
                    ("price", "tb_oxide", "price_high", "2024-06-28", 1050, "USD/kg"),
                    ("price", "tb_oxide", "change", "2024-06-28/2024-07-05", 30, "USD/kg"),
                    ("price", "prnd_oxide", "price_low", "2024-07-05", 71, "USD/kg"),
                    ("price", "prnd_oxide", "price_high", "2024-07-05", 75, "USD/kg"),
                    ("price", "prnd_oxide", "change", "2024-06-28/2024-07-05", 1, "USD/kg"),
                    ("price", "prnd_oxide", "change_pct", "2024-06-28/2024-07-05", 1.4, "%"),
                    ("price", "dy_oxide", "price_low", "2024-07-05", 310, "USD/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 330, "USD/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-06-28/2024-07-05", 3.2, "%"),
                    ("price", "dy_oxide", "price_low", "2024-06-28", 300, "USD/kg"),
                    ("price", "dy_oxide", "price_high", "2024-06-28", 320, "USD/kg"),
                ),
            ),
            Example(  # rows joined to their figures by a dot leader: the run of dots is no
                # full stop, so each label keeps its range and bracketed move, and each
                # heading's unit holds over its rows
                "Minor metals flash, 5 July 2024\n\nOXIDES (yuan/t)\n"
                "- Lanthanum oxide ...... 3,900-4,100  (+100)\n"
                "- Yttrium oxide ........ 44,000-46,000  (unch.)\n\n"
                "METALS (yuan/kg)\n- Terbium metal ....... 8,950-9,050  (-25)\n\n"
                "Comment\nThe heavy end was quiet... Buyers stayed away.\n",
                (
                    ("price", "la_oxide", "price_low", "2024-07-05", 3900, "CNY/t"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4100, "CNY/t"),
                    ("price", "la_oxide", "change", "2024-07-04/2024-07-05", 100, "CNY/t"),
                    ("price", "y_oxide", "price_low", "2024-07-05", 44000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-05", 46000, "CNY/t"),
                    ("price", "tb_metal", "price_low", "2024-07-05", 8950, "CNY/kg"),
                    ("price", "tb_metal", "price_high", "2024-07-05", 9050, "CNY/kg"),
                    ("price", "tb_metal", "change", "2024-07-04/2024-07-05", -25, "CNY/kg"),
                ),
            ),
            Example(  # a dot leader in a dollar sheet, the market and unit in the heading
                "Export desk, 5 July 2024\n\nFOB China (USD/kg)\n"
                "Dysprosium oxide ..... 228-236\nNdPr oxide ........... 58.5-60.0\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 228, "USD/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 236, "USD/kg"),
                    ("price", "prnd_oxide", "price_low", "2024-07-05", 58.5, "USD/kg"),
                    ("price", "prnd_oxide", "price_high", "2024-07-05", 60, "USD/kg"),
                ),
                entity="fob_china",
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
        " commodity named before the figure owns it (prices.price_product, about_other).",
    ),
    Rule(
        "price_purchase",
        "price level",
        "en",
        "{COMPANY} pays|buys {PRODUCT:feedstock} {QTY:price} {DATE:quarter} (up from {QTY:price}"
        " in the <ordinal>)?",
        listings.purchased,
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
            Example(  # a scope note's unit over rows led by a formula alone; a "k" ending a
                # range or after a decimal is a thousand; "unch" after a row is no count; a
                # heading in capitals after one in capitals names its own rows
                "Morning sheet, Fri 5-Jul-2024\n"
                "Domestic spot, CNY/t VAT incl., delivered, cash.\n\n"
                "OXIDES\nGd2O3 157.5-160.5k (+1.5k both ends)\nSm2O3 14.2-14.8k unch\n\n"
                "HEAVIES (CNY/kg)\nHo2O3 470-480 (-5 both ends)\n\n"
                "OTHERS\nY2O3 ~ 44.5k, quiet\n\n"
                # a scope note's tonne is no unit for goods quoted per kg
                "Dysprosium oxide traded 1,800-1,850 in thin deals.\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 157500, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 160500, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 1500, "CNY/t"),
                    ("price", "sm_oxide", "price_low", "2024-07-05", 14200, "CNY/t"),
                    ("price", "sm_oxide", "price_high", "2024-07-05", 14800, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-07-05", 470, "CNY/kg"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 480, "CNY/kg"),
                    ("price", "ho_oxide", "change", "2024-07-04/2024-07-05", -5, "CNY/kg"),
                    ("price", "y_oxide", "price", "2024-07-05", 44500, "CNY/t"),
                ),
                entity="china",
            ),
            Example(  # ... but headings in capitals under a caption over the whole list are
                # its sub-headings, the caption's unit theirs
                "Daily sheet, 5 July 2024\n\nSPOT PRICES, CHINA (RMB/t)\nOXIDES\n"
                "Gd2O3 157.5-160.5k (+1.5k both ends)\nMETALS\nGd-Fe alloy 150,000-154,000 unch\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 157500, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 160500, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 1500, "CNY/t"),
                    ("price", "gdfe_alloy", "price_low", "2024-07-05", 150000, "CNY/t"),
                    ("price", "gdfe_alloy", "price_high", "2024-07-05", 154000, "CNY/t"),
                ),
                entity="china",
            ),
        ),
        cues=("metric.price",),
        doc="extractors.figure_chain._TABLE_GAP; prices._same_currency_before, _OWN_SPAN_AFTER, the money"
        " path's 'k' and 'beside'; lexicon._coordinated; state._scope_note, _BARE_ROW,"
        " _caps_head; numbers._reading's plain 'k'.",
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
        " sentences._MIN_MAX; extractors.dispatch._LOT_SIZE.",
    ),
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
        doc="extractors.price_units.lead_unit / _LEAD_UNIT; DocState.last_price_currency.",
    ),
    Rule(
        "price_shared_level_both",
        "price level",
        "en",
        "'A and B both (each) closed at X, up Y' (no 'respectively'): the level and move read"
        " for B are A's too",
        price_passes.shared_levels,
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
        doc="price_passes.shared_levels (a sentence pass before shared_moves); a figure the second"
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
]
