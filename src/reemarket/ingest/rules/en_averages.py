"""English price-average rule records: averages over a period and against the period before.

``en.py`` registers them.
"""

from __future__ import annotations

from reemarket.ingest import pricetable_layout
from reemarket.ingest.extractors import prices
from reemarket.ingest.rules import Example, Rule

RULES: list[Rule] = [
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
            Example(  # rows of month-labelled means under a heading whose bracket gives the
                # unit with the rest of its basis, however long
                "PERIOD MEANS, CHINA SPOT (RMB/t, VAT included, average of daily mid-points)\n"
                "Terbium oxide: March 7,150,000 | February 7,020,000 | m/m +1.9%\n",
                (
                    ("price", "tb_oxide", "average", "2024-03", 7150000, "CNY/t"),
                    ("price", "tb_oxide", "average", "2024-02", 7020000, "CNY/t"),
                ),
                published="2024-04-02",
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
            Example(  # "the average" as the subject of a level verb ("stood at") is no day's
                # quote, the product named after the figure or in the sentence before
                "Over the first quarter the average stood at 1,640 yuan/kg for dysprosium oxide."
                "\n\nSamarium oxide saw little trade. In May the average stood at 14,200 yuan/t.",
                (
                    ("price", "dy_oxide", "average", "2024-Q1", 1640, "CNY/kg"),
                    ("price", "sm_oxide", "average", "2024-05", 14200, "CNY/t"),
                ),
                published="2024-06-05",
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
            Example(  # a mean, then a second clause closing the month: the close has the day
                "Dysprosium oxide averaged $236 a kilogram in June. Terbium oxide averaged $910 a"
                " kilogram and ended the month at $902.",
                (
                    ("price", "dy_oxide", "average", "2024-06", 236, "USD/kg"),
                    ("price", "tb_oxide", "average", "2024-06", 910, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-06-28", 902, "USD/kg"),
                ),
            ),
            Example(  # a producer's realised price and its base, each in its own quarter
                "Shenghe Resources said its realised selling price of Pr-Nd oxide rose to RMB"
                " 480,000/t in 3Q24, against RMB 420,000/t in 2Q24.",
                (
                    ("price", "prnd_oxide", "average", "2024-Q3", 480000, "CNY/t"),
                    ("price", "prnd_oxide", "average", "2024-Q2", 420000, "CNY/t"),
                ),
                published="2024-10-30",
                entity="shenghe_resources",
            ),
        ),
        cues=("metric.average", "metric.price"),
        doc="An average over a period the sentence names.",
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
            Example(  # in a weekly whose paragraph dated a base level to last Friday, the
                # average's "from X the week before" is still last week's average; a label
                # "Weekly average X (previous week: Y)" too, the unit the heading's
                "Weekly oxide review - week ending Friday, July 5, 2024\n\n"
                "Dysprosium oxide closed at 2,310-2,330 yuan/kg on Friday, against 2,280-2,300"
                " yuan/kg last Friday (Jun 28). Its weekly average was 2,318 yuan/kg, up"
                " from 2,297 yuan/kg the week before.\n\n"
                "Spot, China domestic, yuan/t, VAT included:\n\n"
                "Gadolinium oxide: 162,000-165,000, up 2,000 at each end. Weekly average"
                " 163,100 (previous week: 161,900).\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 2310, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 2330, "CNY/kg"),
                    ("price", "dy_oxide", "price_low", "2024-06-28", 2280, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-06-28", 2300, "CNY/kg"),
                    ("price", "dy_oxide", "average", "2024-07-01/2024-07-05", 2318, "CNY/kg"),
                    ("price", "dy_oxide", "average", "2024-06-24/2024-06-28", 2297, "CNY/kg"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 162000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 165000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 2000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-07-01/2024-07-05", 163100, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-06-24/2024-06-28", 161900, "CNY/t"),
                ),
            ),
            Example(  # a gapped clause "and B's Y% lower" repeats the first clause's
                # comparison for another product: its average's year-on-year move
                "July's average for Tb oxide was 18.2% below July 2023, and Dy oxide's 11.5%"
                " lower.",
                (
                    ("price", "tb_oxide", "average_yoy_pct", "2024-07", -18.2, "%"),
                    ("price", "dy_oxide", "average_yoy_pct", "2024-07", -11.5, "%"),
                ),
                published="2024-07-31",
            ),
            Example(  # a note under a price table gives bare averages "for" its products: the
                # unit (and market) of the products' rows, the figures being of their size
                "Table 1. Export prices, FOB China, USD/kg\n\n"
                "Item             Grade    28 Jun   05 Jul    W/W\n"
                "Pr-Nd oxide      99%      59.80    60.10    +0.30\n"
                "Terbium oxide    99.99%   1,010    1,025    +15\n\nNotes\n"
                "1) Averages are simple means. June's average (20 assessments) was 61.45 for"
                " Pr-Nd oxide and 1,060 for terbium oxide.\n",
                (
                    ("price", "prnd_oxide", "price", "2024-06-28", 59.8, "USD/kg"),
                    ("price", "prnd_oxide", "price", "2024-07-05", 60.1, "USD/kg"),
                    ("price", "prnd_oxide", "change", "2024-06-28/2024-07-05", 0.3, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-06-28", 1010, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 1025, "USD/kg"),
                    ("price", "tb_oxide", "change", "2024-06-28/2024-07-05", 15, "USD/kg"),
                    ("price", "prnd_oxide", "average", "2024-06", 61.45, "USD/kg"),
                    ("price", "tb_oxide", "average", "2024-06", 1060, "USD/kg"),
                ),
                entity="fob_china",
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
        " against that period (price_passes.average_bases).",
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
            Example(  # "the same period of <year>": the main span of months in the year named,
                # and a span of months a year earlier is a year back too
                "Holmium oxide averaged 520,000 yuan/t over January-May 2024, compared with"
                " 610,000 yuan/t in the same period of 2023. Europium oxide averaged 198 yuan/kg"
                " in January-May 2024, against 205 yuan/kg in the same period a year earlier.",
                (
                    ("price", "ho_oxide", "average", "2024-01/2024-05", 520000, "CNY/t"),
                    ("price", "ho_oxide", "average", "2023-01/2023-05", 610000, "CNY/t"),
                    ("price", "eu_oxide", "average", "2024-01/2024-05", 198, "CNY/kg"),
                    ("price", "eu_oxide", "average", "2023-01/2023-05", 205, "CNY/kg"),
                ),
            ),
            Example(  # the same quarter of an earlier year
                "Samarium oxide averaged 14,500 yuan/t in the first quarter of 2024, against"
                " 17,200 yuan/t in the same quarter of 2022.",
                (
                    ("price", "sm_oxide", "average", "2024-Q1", 14500, "CNY/t"),
                    ("price", "sm_oxide", "average", "2022-Q1", 17200, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.average",),
        doc="A level told 'a year (quarter, month) earlier' is the one of the period before"
        " the figure it is compared with.",
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
            Example(  # two days a sentence leads with "between" are every move's span, the
                # levels "to" after them the last day's, a bare level in the move's unit
                "Between the first session of June (3 June) and the last (28 June), Gd oxide"
                " lost CNY 6,000/t to 152,000-156,000, and Ho oxide shed CNY 9,000/t to"
                " 470,000-480,000.",
                (
                    ("price", "gd_oxide", "change", "2024-06-03/2024-06-28", -6000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-06-28", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-06-28", 156000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-03/2024-06-28", -9000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-06-28", 470000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-06-28", 480000, "CNY/t"),
                ),
            ),
            Example(  # a heading of means over rows labelled by their periods; a row's y/y is
                # its first period's; the paragraph under a heading in capitals naming the
                # market and unit is that market's
                "Month-end review\n\nPERIOD MEANS, CHINA SPOT (CNY/t, VAT incl.)\n"
                "Samarium oxide: June 14,250 | May 14,600 | m/m -2.4% | y/y -12.0%\n"
                "Yttrium oxide: June 44,100 | May 44,100 | m/m 0.0%\n\n"
                "EXPORTS (USD/kg, FOB China)\n"
                "Terbium oxide averaged $830/kg in June over the days assessed.\n",
                (
                    ("price", "sm_oxide", "average", "2024-06", 14250, "CNY/t"),
                    ("price", "sm_oxide", "average", "2024-05", 14600, "CNY/t"),
                    ("price", "sm_oxide", "average_yoy_pct", "2024-06", -12, "%"),
                    ("price", "y_oxide", "average", "2024-06", 44100, "CNY/t"),
                    ("price", "y_oxide", "average", "2024-05", 44100, "CNY/t"),
                    ("price", "tb_oxide", "average", "2024-06", 830, "USD/kg"),
                ),
                holders=("china",) * 5 + ("fob_china",),
            ),
        ),
        cues=("metric.price",),
        doc="date_phrasings dspan/sessions_to/between_days, prices._WEEKLY_AVG;"
        " state._AVERAGE_HEAD, section_average; extractors.price_units.move_unit.",
    ),
]
