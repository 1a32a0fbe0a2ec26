"""English veto records: one per veto code of :data:`reemarket.ingest.trace.VETOES`, and variants.

Each drops what a rule found for some families and must record its code on its examples.
``en.py`` registers them.
"""

from __future__ import annotations

from reemarket.ingest.rules import Example, Veto
from reemarket.ingest.rules.en_common import no_facts
from reemarket.ingest.trace import VETOES


def _veto(code: str, families: str, *examples: Example) -> Veto:
    return Veto(code, code, "en", VETOES[code], frozenset(families.split()), examples)


VETO_RECORDS: list[Veto] = [
    _veto(
        "hypothetical",
        "price trade demand",
        # a move named as a noun with a modal after it: a case, not a quote
        no_facts(
            "A rally to $240/kg in dysprosium oxide would draw fresh orders from magnet makers."
        ),
        # a sector's case
        no_facts(
            "Should purchase subsidies lapse, growth in NEV sales might ease to 12%, one"
            " consultancy warns."
        ),
        no_facts("Dysprosium oxide could reach 3 million yuan/t by year-end, one trader said."),
        no_facts("One broker said magnet exports could slip below 2,000 t a month by June."),
        # a modal with a hedge before the verb, and "back to"
        no_facts("A Ganzhou dealer said terbium oxide would likely climb back to 7,000 yuan/kg."),
        # a level inside a condition, whatever verb carries it
        no_facts("If dysprosium oxide stays above 1,800 yuan/kg in June, margins will improve."),
        no_facts("Smelters will cut runs should Pr-Nd oxide drop under 380,000 yuan/t."),
        # a condition told by inversion: its consequence and its own level
        no_facts(
            "Should Beijing trim the quota, dysprosium oxide would climb above 2,000 yuan/kg."
        ),
        no_facts("Had buyers returned in June, holmium oxide would have risen to 520,000 yuan/t."),
        no_facts("Should the ban be widened, terbium oxide prices could jump 15%."),
    ),
    _veto(
        "outlook",
        "price financial quota demand production trade",
        # a traded volume someone expects
        no_facts(
            "A Shanghai trading house expects magnet exports to climb back to around 5,000 t."
        ),
        no_facts(
            "Analysts expect imports of rare earth ores to ease to some 9,000 tonnes next month."
        ),
        no_facts("Analysts expect neodymium oxide to trade at 500,000 yuan/t next month."),
        no_facts("Second-half NdPr output at Mount Weld is expected at 3,100-3,300 t."),
        no_facts("A few dealers see terbium oxide at 8,000 yuan/kg by the end of June."),
        # a forecast named as a noun, and a base case
        no_facts("We raise our 2025 Pr-Nd oxide price forecast to 480,000 yuan/t."),
        no_facts("The consultancy's base case puts NdPr oxide near $90/kg in 2028."),
        # a path towards a level by a later date
        no_facts("We see NdPr oxide averaging $70/kg in 2026 and climbing towards $85/kg by 2029."),
        # a move someone expects, in percent or in money, is no change yet
        no_facts(
            "Neodymium oxide prices have firmed, and traders see a 5% gain by the end of the month."
        ),
        no_facts("Dealers expect terbium oxide prices to climb another 4% before the end of July."),
        no_facts("Some buyers see a further 10,000 yuan/t rise in Pr-Nd oxide next month."),
        no_facts("Analysts forecast dysprosium oxide prices gaining 6% over the coming weeks."),
        # a move after a modal, with no expecting verb: a call ("in a month's time" is to come)
        no_facts("Traders said dysprosium oxide could climb 5% in a month's time."),
        no_facts("Holmium oxide may well shed another 3% if tender volumes stay thin."),
        # a move something "is likely (set, poised) to" make: a call too, not one "in a month"
        no_facts("Terbium oxide is likely to gain 5% within two weeks."),
        no_facts("Traders said holmium oxide was set to rise 3% in a month."),
        Example(  # the move that happened before the expectation stays
            "Pr-Nd oxide prices rose 2% on Thursday, and traders see a further 3% gain by the"
            " end of the month.",
            (("price", "prnd_oxide", "change_pct", "2024-07-03/2024-07-04", 2, "%"),),
        ),
        # a level dated weeks past the report: a call, not a quote
        no_facts(
            "One broker put fair value for terbium oxide at $1,100 a kilogram by the end of"
            " next year."
        ),
        # a case worked through with a modal: "would imply", "would add"
        no_facts(
            "If wind installations double, at 600 kg of magnet per megawatt that would imply"
            " some 25,000 t of extra NdFeB output."
        ),
    ),
    _veto(
        "reservation",
        "price",
        no_facts("Refiners said they would not sell dysprosium oxide below 1,700 yuan/kg."),
        no_facts("One metal plant said it would not offer terbium metal under 9,000 yuan/kg."),
        # goods not to be had under a level: no trade at it
        no_facts(
            "European consumers said spot samarium oxide was difficult to source under $3/kg."
        ),
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
        "other_commodity",
        "price trade quota",
        no_facts("Antimony exports fell to 1,050 t in May."),
        # finished goods of an end-use sector, with no rare earth product named
        no_facts("Shipments of wind turbines abroad climbed 12% in 2024, the association said."),
        # a precious metal's price per ounce beside a rare earth's move: gold's, not terbium's
        Example(
            "Terbium oxide edged up 0.4% to $905/kg on Thursday as gold touched a fresh high of"
            " $2,400/oz.",
            (
                ("price", "tb_oxide", "change_pct", "2024-07-03/2024-07-04", 0.4, "%"),
                ("price", "tb_oxide", "price", "2024-07-04", 905, "USD/kg"),
            ),
        ),
        Example(  # a price per ounce with no metal named is no rare earth's either
            "NdPr oxide held at $58/kg on Wednesday while bullion traded near $2,380 an ounce.",
            (("price", "prnd_oxide", "price", "2024-07-03", 58, "USD/kg"),),
        ),
        # another commodity's move after a rare earth's level: not the rare earth's change
        Example(
            "Cerium oxide slipped to 11,800 yuan/t on Wednesday, while copper lost 1.2%.",
            (("price", "ce_oxide", "price", "2024-07-03", 11800, "CNY/t"),),
        ),
        Example(
            "Neodymium oxide was unchanged at 440,000 yuan/t on Thursday, though silver"
            " climbed 2%.",
            (("price", "nd_oxide", "price", "2024-07-04", 440000, "CNY/t"),),
        ),
    ),
    _veto(
        "contract_price",
        "price",
        no_facts("The agreement sets a contract price of $75/kg for NdPr oxide."),
    ),
    _veto(
        "scrap",
        "price",
        no_facts("NdFeB scrap was quoted at 300 yuan/kg on Thursday."),
        no_facts("Prices for scrap NdFeB magnets rose to 310 yuan/kg this week."),
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
        no_facts("Lynas's guidance for 2025 output is 12,000 t of NdPr."),
        # an intention to move a figure: "aims to raise output to X", "plans to cut sales to Y"
        no_facts("Ningbo Yunsheng Co. aims to raise magnet output to 25,000 t in 2026."),
        no_facts("JL Mag Co. plans to lift its sales by 15% next year."),
    ),
    _veto(
        "skip_word",
        "financial production",
        no_facts("Lynas paid dividends of A$50 million in 2023."),
        no_facts("Iluka Resources held cash and deposits of A$300 million at the end of 2023."),
        Example(  # a margin after a sales change is neither a change nor a sale
            "Shenghe Resources said its magnet sales rose 11% in 2023, while its gross margin"
            " slipped to 9.5%.",
            (("production", "ndfeb_magnet", "sales_yoy_pct", "2023", 11, "%"),),
        ),
    ),
    _veto(
        "threshold",
        "price",
        no_facts("Prices fell to 400,000 yuan/t, below the 420,000 yuan/t floor."),
        # the level deals crossed, not a deal price
        no_facts("Holmium oxide offers rose, but few deals above 500,000 yuan/t were done."),
        # a level crossed on the way, or only exceeded: no quote at it
        no_facts("Holmium oxide broke through 500,000 yuan/t last week on tender demand."),
        no_facts("Back in 2022 dysprosium oxide traded comfortably above 2,500 yuan/kg."),
        # a sale's price told only by a bound ("sold for more than", "fetched upwards of")
        no_facts("Dysprosium oxide sold for more than 1,900 yuan/kg on Tuesday, traders said."),
        no_facts(
            "Some lots of terbium metal fetched upwards of 9,000 yuan/kg this week, while"
            " others changed hands for less than 8,800 yuan/kg."
        ),
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
        "group_subject", "price", no_facts("Rare earth prices stood at 400,000 yuan/t on Thursday.")
    ),
    _veto(
        "no_product",
        "price",
        no_facts("Lithium carbonate was quoted at 90,000 yuan/t on Thursday."),
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
        Example(  # a figure told as another's worth at an exchange rate the sentence names
            "At 7.25 yuan per dollar, the home-market holmium oxide price is worth about"
            " $65/kg, while gadolinium oxide converts to roughly USD 22-23/kg.",
            (),
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
        # the exchange rate a conversion used ("yuan/$", "yuan per dollar") is no price; a
        # spread's side named after the quotes ("the Rotterdam premium") is not their market
        Example(
            "Domestic terbium oxide traded at 7,050 yuan/kg this week (about $880/kg at 7.1"
            " yuan per dollar), which puts the Rotterdam premium near 40%.",
            (
                ("price", "tb_oxide", "price", "2024-07-05", 7050, "CNY/kg"),
                ("price", "tb_oxide", "price", "2024-07-05", 880, "USD/kg"),
            ),
            entity="china",
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
        "capacity forecast",
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
        Example(  # a forecast replaced by the one beside it
            "We now see global magnet demand growing at a CAGR of 7.5% from 2025 to 2030, down"
            " from 8.2% previously.",
            (("forecast", "ndfeb", "demand_cagr_pct", "2025/2030", 7.5, "%"),),
        ),
    ),
    _veto(
        "consumption",
        "capacity trade price",
        no_facts("US magnet consumption of 38,000 t in 2023 was met mostly by imports from China."),
        no_facts(
            "European demand for NdFeB magnets is put at about 22,000 t/yr, mostly for motors."
        ),
        no_facts(
            "Japan's demand for NdPr oxide totalled 8,500 tonnes last year, down 4% on the year."
        ),
        no_facts("Global magnet demand reached 210,000 tonnes in 2023, a consultancy estimates."),
        no_facts("Magnet demand in Europe runs at roughly 21,000 tonnes a year."),
        no_facts(  # what an output needed or requires is a use of goods, not output
            "At about 2 kg a unit, the country's wind turbine output last year needed some"
            " 14,000 to 18,000 tonnes of NdFeB magnets, and each new line requires 600 t of"
            " oxide."
        ),
        Example(  # a demand set against a capacity: the capacity stays
            "US magnet demand is around 38,000 t/yr, against domestic capacity of about 1,200"
            " t/yr.",
            (("capacity", "ndfeb_magnet", "capacity", "", 1200, "t/yr"),),
        ),
    ),
    _veto(
        "supply_share",
        "production price",
        no_facts("China's share of global mined rare earth supply fell to 62% in 2023 from 68%."),
        no_facts("Myanmar accounted for 9% of world rare earth supply last year, down from 11%."),
        no_facts("The US share of global mine production rose to 12% in 2023, up from 9% in 2022."),
        no_facts("China's share of world mine output dropped 8 percentage points to 62% in 2023."),
        Example(  # a share beside a move of output: the move stays
            "Chinese NdPr oxide output rose 8% year on year in 2023, lifting its share of world"
            " supply to 85%.",
            (("production", "prnd_oxide", "production_yoy_pct", "2023", 8, "%"),),
        ),
    ),
    _veto("foreign_dollar", "price"),
    _veto("implausible", "price", no_facts("Neodymium oxide was quoted at 4 yuan/t on Thursday.")),
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
        no_facts("Pr-Nd oxide has gained about 12% since early June."),
        no_facts("Terbium oxide has climbed 300 yuan/kg since mid-May."),
    ),
    _veto(
        "average_no_period",
        "price",
        no_facts("Praseodymium-neodymium oxide averaged 400,000 yuan/t."),
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
        no_facts("Magnet exports in June carried an average declared value of US$52/kg."),
        no_facts("Shipped NdFeB magnets were worth an average of $41 per kg in March exports."),
        # "the average value of the goods shipped"
        no_facts("Customs put the average value of April's magnet exports at about US$44/kg."),
        # a longer gap between the value words and the figure
        no_facts("In May, magnets leaving the country had a mean customs value close to $39/kg."),
        no_facts(
            "The average value of the magnets that left China in April came to about $36/kg,"
            " going by the customs data."
        ),
        # the value words further back, and the base after the level
        no_facts(
            "Customs data put the declared value of the country's magnet exports at about $44"
            " per kilogram in March, up from $41 in February."
        ),
    ),
    _veto(
        "per_unit",
        "-",
        no_facts("Magnet makers shipped about 2 kg per vehicle to carmakers."),
        no_facts("Robots would need roughly 3 kg each of neodymium magnets."),
        no_facts("A 5MW offshore turbine can use over a tonne of magnets."),
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
        no_facts("In Seoul, shares of the magnet maker that buys NdPr oxide fell 3.1%."),
        Example(  # a stock's move after a product's level
            "Dysprosium oxide firmed to 1,720 yuan/kg on Tuesday, while shares in JL Mag slid"
            " 2.6%.",
            (("price", "dy_oxide", "price", "2024-07-02", 1720, "CNY/kg"),),
        ),
    ),
    _veto(
        "share_price",
        "price",
        # a share price in a clause about a company's shares is no product's price
        Example(
            "Pr-Nd oxide rose 1.5% to $62.80/kg on Thursday, while Lynas shares stood at A$7.05.",
            (
                ("price", "prnd_oxide", "change_pct", "2024-07-03/2024-07-04", 1.5, "%"),
                ("price", "prnd_oxide", "price", "2024-07-04", 62.8, "USD/kg"),
            ),
        ),
        Example(
            "Terbium oxide was steady at $890/kg, and the miner's stock ended the week at US$4.12.",
            (("price", "tb_oxide", "price", "2024-07-05", 890, "USD/kg"),),
        ),
    ),
    _veto(
        "unlisted_market",
        "price",
        no_facts("Holmium oxide CFR Japan climbed 12% on the month to $95-99/kg."),
        Example(
            "Gadolinium oxide delivered Korea was offered at $70/kg, while fob China material"
            " sold at $44/kg.",
            (("price", "gd_oxide", "price", "2024-07-05", 44, "USD/kg"),),
        ),
    ),
    _veto(
        "spread",
        "price",
        no_facts(
            "The gap between cif Rotterdam and fob China terbium oxide prices narrowed to $150/kg."
        ),
        no_facts(
            "The spread between dysprosium oxide and terbium oxide held at about 5,500 yuan/kg."
        ),
        # a percent premium to another market's price
        no_facts(
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
        no_facts("China's exports to Japan were 1,200 t of rare earth magnets in May."),
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
    Veto(
        "outlook_analyst_result",
        "outlook",
        "en",
        VETOES["outlook"],
        frozenset(("financial", "production")),
        (
            no_facts(
                "Two brokers said they expect JL Mag's 2025 net profit to reach 900 million yuan."
            ),
            # an analyst's own model of a company's result, not the result
            no_facts(
                "We stay cautious on Lynas: our estimates put FY26 revenue at A$720 million after"
                " the price reset."
            ),
            no_facts("Our forecasts assume Iluka's 2026 net profit of about A$300 million."),
            # the forecast as a participle clause after a long remark
            no_facts(
                "A Beijing fund manager said margins at the magnet maker should widen next year"
                " as orders return, forecasting net profit of roughly 410 million yuan."
            ),
            Example(  # the writer's estimate beside the result
                "Iluka Resources posted 2023 revenue of A$1.24bn, a little ahead of our"
                " A$1.19bn estimate.",
                (("financial", "", "revenue", "2023", 1.24e9, "AUD"),),
                published="2024-02-22",
            ),
            Example(  # a margin over the consensus is no change of the result
                "Shenghe Resources' net profit of RMB 420m for 2023 was 12% below consensus"
                " expectations.",
                (("financial", "", "net_profit_attributable", "2023", 420e6, "CNY"),),
                published="2024-03-28",
            ),
            no_facts("We raise our FY26E net profit by 10% to A$300m on a higher NdPr deck."),
            # any house's estimate of a year still running is an outlook, whoever makes it
            Example(
                "Harbour Securities estimates full-year net profit of roughly RMB 650 million.",
                (),
                published="2025-07-30",
            ),
            Example(
                "Shenghe itself expects 2026 revenue of about RMB 40 billion.",
                (),
                published="2025-11-12",
            ),
            Example(
                "The Perth desk projects annual revenue near A$610 million for the miner.",
                (),
                published="2025-05-06",
            ),
            Example(  # an estimate year's figure, the year gapped before the next one too
                "Lynas Rare Earths reported revenue of A$556.5 million for FY25. We lift our"
                " FY26E revenue to A$720 million and FY27E to A$810 million.",
                (("financial", "", "revenue", "2024-07/2025-06", 556.5e6, "AUD"),),
                published="2025-09-01",
            ),
            Example(  # a bracketed estimate after an output line
                "Arafura Rare Earths said 2023 NdPr oxide output was 1,150 t (our est. 1,300 t).",
                (("production", "prnd_oxide", "production", "2023", 1150, "t"),),
                published="2024-02-10",
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
            no_facts(
                "We keep our Hold call; our price deck assumes US$75/kg for NdPr oxide in FY27."
            ),
            no_facts("The model uses a dysprosium oxide price assumption of US$300/kg long term."),
            # a desk's own call or planning number is its view, not an assessment
            no_facts("The house call for gadolinium oxide in December is 175,000 yuan/t."),
            no_facts("Our Q4 working number for NdPr oxide is $68-72/kg FOB China."),
            # a forward curve's points are indications for later periods, not assessments
            no_facts(
                "Forward curve indications for holmium oxide (Q3 2025: $70-74/kg) are on page 9."
            ),
            no_facts("The forward price for samarium oxide for December delivery was $2.60/kg."),
            # an export or European quote for a quarter not begun yet: a forward point
            no_facts("Our dealer poll has dysprosium oxide cif Rotterdam at $700/kg for Q1 2025."),
            # a level named before its deck, one a share price implies, a sensitivity's step
            no_facts(
                "The shares are priced in terbium oxide at $1,200/kg for a decade, against our"
                " $950/kg long-term deck."
            ),
            no_facts("In our view the market is pricing in dysprosium oxide of $400/kg."),
            no_facts("Every $50/kg on terbium oxide adds about 4% to our FY26 earnings forecast."),
        ),
    ),
    Veto(
        "hypothetical_support_level",
        "hypothetical",
        "en",
        VETOES["hypothetical"],
        frozenset(("price",)),
        (
            no_facts("One analyst said terbium oxide may find support near 5,800 yuan/kg."),
            no_facts("Brokers think Pr-Nd oxide could bottom out around 380,000 yuan a tonne."),
        ),
    ),
    Veto(
        "spread_premium_over",
        "spread",
        "en",
        VETOES["spread"],
        frozenset(("price",)),
        (
            no_facts(
                "The premium on dysprosium oxide in Rotterdam over FOB China held near $180/kg."
            ),
            no_facts(
                "The discount of Chinese terbium oxide to European offers narrowed to $60/kg."
            ),
            # the premium as the subject of its own figure
            no_facts("For dysprosium oxide the Rotterdam premium is about $35/kg."),
            # a metal's premium over its oxide, told before or after the figure: a spread
            Example(
                "Dysprosium metal was offered at 2,230 yuan/kg on Thursday; the metal carried a"
                " premium of 480 yuan/kg over oxide.",
                (("price", "dy_metal", "price", "2024-07-04", 2230, "CNY/kg"),),
            ),
            no_facts("Praseodymium metal kept a 110,000 yuan/t premium over the oxide."),
        ),
    ),
    Veto(
        "threshold_at_bound",
        "threshold",
        "en",
        VETOES["threshold"],
        frozenset(("price",)),
        (
            no_facts(
                "Our view: at under US$60/kg for NdPr oxide most projects outside China do not"
                " pay back."
            ),
            no_facts("At above 2,000 yuan/kg, dysprosium oxide would start to ration demand."),
            # an absolute "with" telling only a bound
            no_facts("With terbium oxide still above US$900/kg, buyers are thrifting it out."),
        ),
    ),
    Veto(
        "part_remainder",
        "part",
        "en",
        VETOES["part"],
        frozenset(("quota", "production")),
        (
            # "the rest" of a quota after a company's allotment is no one's quota
            Example(
                "Acme Rare Earths Ltd was allotted 100,000 tonnes of the 2024 mining quota, with"
                " the rest, about 35,000 tonnes, shared among the other groups.",
                (("quota", "mining", "quota", "2024", 100000, "t"),),
            ),
            # nor is the rest of a total the company's own output
            Example(
                "Acme Rare Earths Ltd sold 4,000 tonnes of NdPr oxide in 2023. It separated"
                " 3,000 tonnes itself; the rest, some 1,000 tonnes, came from toll processors.",
                (
                    ("production", "prnd_oxide", "sales", "2023", 4000, "t"),
                    ("production", "prnd_oxide", "production", "2023", 3000, "t"),
                ),
                published="2024-03-01",
            ),
            Example(
                "Acme Rare Earths Ltd produced 1,200 tonnes of NdPr oxide in 2023 and kept the"
                " remainder, roughly 300 tonnes, in stock.",
                (("production", "prnd_oxide", "production", "2023", 1200, "t"),),
                published="2024-03-01",
            ),
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
            no_facts(
                "Lynas signed an offtake agreement with a Japanese buyer for up to 2,000 tpa of"
                " NdPr oxide from 2026."
            ),
            no_facts(
                "The company executed a supply agreement covering 600 t/yr of dysprosium oxide"
                " over five years."
            ),
            no_facts(
                "JL Mag signed a non-binding letter of intent with a European carmaker for up to"
                " 1,500 tonnes a year of sintered magnets."
            ),
            no_facts(
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
            no_facts("Holmium oxide touched its mid-June high at 560,000 to 570,000 yuan a tonne."),
            # a level right before a vague part of a month: no day it was quoted on
            Example(
                "Gadolinium oxide traded at 158,000 yuan/t on Thursday, against 150,000 yuan/t"
                " in early June.",
                (("price", "gd_oxide", "price", "2024-07-04", 158000, "CNY/t"),),
            ),
        ),
    ),
]
