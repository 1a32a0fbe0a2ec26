"""English price-level rule records of tables, sheets, captions and summary blocks.

Price tables and bullet lists read by ``pricetable_layout.find_tables`` and summary blocks
read by ``tables.extract_tables``: their columns, heads, captions and bases. ``en.py``
registers them.
"""

from __future__ import annotations

from reemarket.ingest import pricetable_layout, tables
from reemarket.ingest.rules import Example, Rule

RULES: list[Rule] = [
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
            Example(  # year heads carrying the tonnes; the prose above names mine output
                "Mine output outside the largest producer kept rising last year.\n"
                "The smaller producers:\n\n"
                "Country | 2022 (t REO) | 2023e (t REO)\nVietnam | 4,300 | 600\n",
                (
                    ("production", "total_reo", "production", "2022", 4300, "t"),
                    ("production", "total_reo", "production", "2023", 600, "t"),
                ),
                entity="vietnam",
            ),
            Example(  # ... but a table of reserves under the same prose is no output
                "Mine output rose again.\n\nCountry | Reserves 2023 (t REO)\nVietnam | 22,000,000\n",
                (),
            ),
        ),
        cues=("metric.price", "metric.production"),
        doc="Commodity-summary blocks keyed by year (ingest/summaryblocks.py), and ranked"
        " country tables in pipes under a production caption.",
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
            Example(  # a footnote under the block, wrapped over lines, gives the unit,
                # the market and the day the changes run from ("against the close of <day>")
                "Heavy oxide assessment, Tuesday 9 July 2024\n\n"
                "Product             Low      High     Mid      Change\n"
                "Dysprosium oxide    1,780    1,800    1,790    +15\n"
                "Terbium oxide       5,900    6,000    5,950    -50\n\n"
                "Notes: yuan per kilogram, China domestic, VAT included, ex-works, and\n"
                "changes are measured against the close of\n"
                "Friday 5 July. Mid is the midpoint of the range.\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-09", 1780, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-09", 1800, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-05/2024-07-09", 15, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-09", 5900, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-09", 6000, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-05/2024-07-09", -50, "CNY/kg"),
                ),
                published="2024-07-09",
            ),
            Example(  # the same with a "Basis" footnote on one line, USD and a market
                "Minor metals desk, 11 July 2024\n\n"
                "Product          Low     High    Change\n"
                "Europium oxide   26.0    28.0    -0.5\n\n"
                "Basis(*): USD/kg, FOB China; change vs the mid on Wed, 10 July.\n",
                (
                    ("price", "eu_oxide", "price_low", "2024-07-11", 26.0, "USD/kg"),
                    ("price", "eu_oxide", "price_high", "2024-07-11", 28.0, "USD/kg"),
                    ("price", "eu_oxide", "change", "2024-07-10/2024-07-11", -0.5, "USD/kg"),
                ),
                published="2024-07-11",
                entity="fob_china",
            ),
            Example(  # a grid of weekly closes; "Month chg" runs from the earliest column
                # within a month of the last, its percent in brackets
                "Export closes, FOB China, USD/kg\nMonthly grid, March 2024\n\n"
                "Product              01-Mar   08-Mar   15-Mar   22-Mar   Month chg\n"
                "Praseodymium oxide   58.20    58.90    59.40    59.10    +0.90 (+1.55%)\n",
                (
                    ("price", "pr_oxide", "price", "2024-03-01", 58.20, "USD/kg"),
                    ("price", "pr_oxide", "price", "2024-03-08", 58.90, "USD/kg"),
                    ("price", "pr_oxide", "price", "2024-03-15", 59.40, "USD/kg"),
                    ("price", "pr_oxide", "price", "2024-03-22", 59.10, "USD/kg"),
                    ("price", "pr_oxide", "change", "2024-03-01/2024-03-22", 0.90, "USD/kg"),
                    ("price", "pr_oxide", "change_pct", "2024-03-01/2024-03-22", 1.55, "%"),
                ),
                published="2024-03-25",
                entity="fob_china",
            ),
            Example(  # "Week chg" over three daily closes: the week's start is not shown,
                # so the move runs from the column before the last, as a plain "Chg" does
                "Domestic closes, yuan/kg, week 12\n\n"
                "Product         20-Mar   21-Mar   22-Mar   Week chg\n"
                "Terbium oxide   6,050    6,080    6,100    +50\n",
                (
                    ("price", "tb_oxide", "price", "2024-03-20", 6050, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-03-21", 6080, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-03-22", 6100, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-03-21/2024-03-22", 50, "CNY/kg"),
                ),
                published="2024-03-22",
            ),
            Example(  # one column a market: each head names its market and unit, and
                # a row gives the product's level in both (a range or one price)
                "Home and export prices, 12 September 2024\n\n"
                "| Product | Domestic (yuan/t) | CIF Rotterdam ($/kg) |\n|---|---|---|\n"
                "| Gadolinium oxide | 161,000 - 164,000 | 24.10 |\n"
                "| Holmium oxide | 472,000 - 478,000 | 70 - 73 |\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-09-12", 161000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-09-12", 164000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-09-12", 24.10, "USD/kg"),
                    ("price", "ho_oxide", "price_low", "2024-09-12", 472000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-09-12", 478000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-09-12", 70, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-09-12", 73, "USD/kg"),
                ),
                published="2024-09-12",
            ),
            Example(  # the same spaced out, the home market's unit in ten thousands
                "Spot sheet, 3 October 2024\n\n"
                "Product          China spot (10,000 yuan/t)   Export FOB, USD/kg\n"
                "Lanthanum oxide  0.40-0.42                    0.58-0.62\n",
                (
                    ("price", "la_oxide", "price_low", "2024-10-03", 4000, "CNY/t"),
                    ("price", "la_oxide", "price_high", "2024-10-03", 4200, "CNY/t"),
                    ("price", "la_oxide", "price_low", "2024-10-03", 0.58, "USD/kg"),
                    ("price", "la_oxide", "price_high", "2024-10-03", 0.62, "USD/kg"),
                ),
                published="2024-10-03",
            ),
            Example(  # one column for both ends ("Bid - Offer"), the unit in the line
                # above; a move given end by end is one move when the ends moved alike
                "Dealer sheet, Monday 14 Oct 2024\nAll quotes USD/kg, FOB China.\n\n"
                "ITEM                    BID - OFFER     vs 11 Oct\n"
                "Samarium oxide 99.9%    2.10 - 2.30     +0.05 / +0.05\n"
                "    Praseodymium metal  68.0 - 71.0     -0.2 / +0.1\n",
                (
                    ("price", "sm_oxide", "price_low", "2024-10-14", 2.10, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-10-14", 2.30, "USD/kg"),
                    ("price", "sm_oxide", "change", "2024-10-11/2024-10-14", 0.05, "USD/kg"),
                    ("price", "pr_metal", "price_low", "2024-10-14", 68.0, "USD/kg"),
                    ("price", "pr_metal", "price_high", "2024-10-14", 71.0, "USD/kg"),
                ),
                published="2024-10-14",
                entity="fob_china",
            ),
            Example(  # "Low/High" over ranges in pipes
                "Heavy rare earths, yuan/kg, 2 May 2024\n\n| Product | Low/High |\n|---|---|\n"
                "| Dysprosium oxide | 1,905 - 1,925 |\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-05-02", 1905, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-05-02", 1925, "CNY/kg"),
                ),
                published="2024-05-02",
            ),
            Example(  # a data export: comma-separated fields under a header row, each
                # row dated by its own date field, the unit in a field of its own
                "# spot oxide extract, China domestic, run 2024-05-03\n"
                "date,product,low,high,mid,unit\n"
                "2024-05-02,Gadolinium oxide,158000,161000,159500,CNY/t\n"
                "2024-05-03,Gadolinium oxide,159000,162000,160500,CNY/t\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-05-02", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-05-02", 161000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-05-03", 159000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-05-03", 162000, "CNY/t"),
                ),
                published="2024-05-03",
            ),
            Example(  # the fields in another order, one price a row; a row dated after
                # the report is no quote
                "Export feed, USD/kg FOB China\n\n"
                "product,assessment_date,price,unit\n"
                "Terbium oxide,2024-05-02,1010.5,USD/kg\n"
                "Terbium oxide,2024-05-09,1020.0,USD/kg\n",
                (("price", "tb_oxide", "price", "2024-05-02", 1010.5, "USD/kg"),),
                published="2024-05-03",
                entity="fob_china",
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
            Example(  # the day in the first title line, the changes' base day in the second
                "Alloys daily | 4 Jul 2024 (Thu)   Basis: ex-works, VAT incl.\n"
                "Chg vs previous working day (3 Jul). '=' means unchanged.\n\n"
                "Item            | Grade   | Unit   | Price range      | Chg\n"
                "Gd-Fe alloy     | Gd 75%  | CNY/t  | 150,000-154,000  | -1,500\n"
                "Tb metal        | 99.9%   | CNY/kg | 6,900-7,000      | =\n",
                (
                    ("price", "gdfe_alloy", "price_low", "2024-07-04", 150000, "CNY/t"),
                    ("price", "gdfe_alloy", "price_high", "2024-07-04", 154000, "CNY/t"),
                    ("price", "gdfe_alloy", "change", "2024-07-03/2024-07-04", -1500, "CNY/t"),
                    ("price", "tb_metal", "price_low", "2024-07-04", 6900, "CNY/kg"),
                    ("price", "tb_metal", "price_high", "2024-07-04", 7000, "CNY/kg"),
                ),
            ),
            Example(  # sections headed by their market's name over day columns, the second
                # right under the first (the same sheet: its unit); the previous assessment's day
                # in the title line is not the sheet's
                "Export oxides, Thursday 4 July 2024; previous assessment 27 June 2024\n"
                "Every price in USD/kg.\n\n"
                "FOB CHINA              4 Jul        27 Jun       chg\n"
                "Samarium oxide         2.10         2.15        -0.05\n"
                "Gadolinium oxide     26.0-27.0    26.5-27.5     -0.50\n\n"
                "CIF EUROPE             4 Jul        27 Jun       chg\n"
                "Gadolinium oxide     29.0-30.0    29.0-30.0      nc\n",
                (
                    ("price", "sm_oxide", "price", "2024-07-04", 2.1, "USD/kg"),
                    ("price", "sm_oxide", "price", "2024-06-27", 2.15, "USD/kg"),
                    ("price", "sm_oxide", "change", "2024-06-27/2024-07-04", -0.05, "USD/kg"),
                    ("price", "gd_oxide", "price_low", "2024-07-04", 26, "USD/kg"),
                    ("price", "gd_oxide", "price_high", "2024-07-04", 27, "USD/kg"),
                    ("price", "gd_oxide", "price_low", "2024-06-27", 26.5, "USD/kg"),
                    ("price", "gd_oxide", "price_high", "2024-06-27", 27.5, "USD/kg"),
                    ("price", "gd_oxide", "change", "2024-06-27/2024-07-04", -0.5, "USD/kg"),
                    ("price", "gd_oxide", "price_low", "2024-07-04", 29, "USD/kg"),
                    ("price", "gd_oxide", "price_high", "2024-07-04", 30, "USD/kg"),
                    ("price", "gd_oxide", "price_low", "2024-06-27", 29, "USD/kg"),
                    ("price", "gd_oxide", "price_high", "2024-06-27", 30, "USD/kg"),
                    ("price", "gd_oxide", "change", "2024-06-27/2024-07-04", 0, "USD/kg"),
                ),
                holders=("fob_china",) * 8 + ("cif_rotterdam",) * 5,
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
            Example(  # two dated Low/High pairs: the later day's is the table's own range
                "Weekly oxide sheet (yuan/t)\n\n"
                "| Product | Grade | 5 Jul low | 5 Jul high | 28 Jun low | 28 Jun high | Chg | Chg % |\n"
                "|---|---|---|---|---|---|---|---|\n"
                "| Gadolinium oxide | 99.5% | 151,000 | 155,000 | 149,000 | 153,000 | +2,000 | 1.32 |\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 151000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 155000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-06-28", 149000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-06-28", 153000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 2000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06-28/2024-07-05", 1.32, "%"),
                ),
            ),
            Example(  # a fixed-width sheet pads its ranges and paired moves for alignment
                # ("228 -   236", "8 ~    10", "+30 /  +30"): each is still one cell
                "Heavy oxides, weekly (USD/kg, FOB China)\n\n"
                "Product            5 Jul 2024        28 Jun 2024       w/w (low / high)\n"
                "Dysprosium oxide     228 -   236       230 -   238        -2 /   -2\n"
                "Terbium oxide      1,020 - 1,080       990 - 1,050       +30 /  +30\n"
                "Yttrium oxide          8 ~    10         8 ~    10         0 /    0\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 228, "USD/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 236, "USD/kg"),
                    ("price", "dy_oxide", "price_low", "2024-06-28", 230, "USD/kg"),
                    ("price", "dy_oxide", "price_high", "2024-06-28", 238, "USD/kg"),
                    ("price", "dy_oxide", "change", "2024-06-28/2024-07-05", -2, "USD/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 1020, "USD/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 1080, "USD/kg"),
                    ("price", "tb_oxide", "price_low", "2024-06-28", 990, "USD/kg"),
                    ("price", "tb_oxide", "price_high", "2024-06-28", 1050, "USD/kg"),
                    ("price", "tb_oxide", "change", "2024-06-28/2024-07-05", 30, "USD/kg"),
                    ("price", "y_oxide", "price_low", "2024-07-05", 8, "USD/kg"),
                    ("price", "y_oxide", "price_high", "2024-07-05", 10, "USD/kg"),
                    ("price", "y_oxide", "price_low", "2024-06-28", 8, "USD/kg"),
                    ("price", "y_oxide", "price_high", "2024-06-28", 10, "USD/kg"),
                    ("price", "y_oxide", "change", "2024-06-28/2024-07-05", 0, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # ... whichever pair comes first
                "Oxide prices, yuan/t\n\n"
                "Product     Jun 28 low   Jun 28 high   Jul 5 low   Jul 5 high\n"
                "Sm oxide    14,000       16,000        14,500      16,500\n",
                (
                    ("price", "sm_oxide", "price_low", "2024-07-05", 14500, "CNY/t"),
                    ("price", "sm_oxide", "price_high", "2024-07-05", 16500, "CNY/t"),
                    ("price", "sm_oxide", "price_low", "2024-06-28", 14000, "CNY/t"),
                    ("price", "sm_oxide", "price_high", "2024-06-28", 16000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="Previous-level columns give the prior day's range; that day is the changes' base."
        " Two dated Low/High pairs: the later day's is the current range"
        " (pricetable_layout._current_pair, latest_first).",
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
            Example(  # a grid of month columns under a caption naming market and unit, rows
                # labelled by an element and its purity; "Oct vs Sep" compares two means
                "Monthly means (CIF Rotterdam, USD/kg)\n\n"
                "                  Aug-24    Sep-24    Oct-24    Oct vs Sep\n"
                "  Terbium 99.99%    1,010     1,045     1,090      +4.3%\n"
                "  Dy oxide            232       240       251      +4.6%\n",
                (
                    ("price", "tb_oxide", "average", "2024-08", 1010, "USD/kg"),
                    ("price", "tb_oxide", "average", "2024-09", 1045, "USD/kg"),
                    ("price", "tb_oxide", "average", "2024-10", 1090, "USD/kg"),
                    ("price", "dy_oxide", "average", "2024-08", 232, "USD/kg"),
                    ("price", "dy_oxide", "average", "2024-09", 240, "USD/kg"),
                    ("price", "dy_oxide", "average", "2024-10", 251, "USD/kg"),
                ),
                published="2024-11-04",
                entity="cif_rotterdam",
            ),
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
            Example(  # the same period a year apart: the percent is the average's y/y move
                "Quarterly means, yuan/kg (VAT incl.)\n\n"
                "| Product | Q2 2024 | Q2 2023 | Y-o-Y |\n"
                "|---|---|---|---|\n| Terbium oxide | 6,050 | 8,400 | -28.0% |\n",
                (
                    ("price", "tb_oxide", "average", "2024-Q2", 6050, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2023-Q2", 8400, "CNY/kg"),
                    ("price", "tb_oxide", "average_yoy_pct", "2024-Q2", -28.0, "%"),
                ),
            ),
            Example(  # day columns and month-average columns side by side: the levels on
                # each day, the changes between the two days, each month's mean; the unit
                # is in the note line above the table
                "Spot prices in China, yuan/kg, VAT included. Moves compare the two closes.\n\n"
                "| Product | 28-Jun | 31-May | Chg | Chg % | Jun avg | May avg |\n"
                "|---|---|---|---|---|---|---|\n"
                "| Tb oxide 99.99% | 5,900-6,000 | 6,100-6,200 | -200 | -3.3 | 6,010 | 6,240 |\n"
                "| Gd oxide 99.5% | 150-152 | 150-152 | 0 | 0.0 | 151 | 152 |\n",
                (
                    ("price", "tb_oxide", "price_low", "2024-06-28", 5900, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-06-28", 6000, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-05-31", 6100, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-05-31", 6200, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-05-31/2024-06-28", -200, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-05-31/2024-06-28", -3.3, "%"),
                    ("price", "tb_oxide", "average", "2024-06", 6010, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2024-05", 6240, "CNY/kg"),
                    ("price", "gd_oxide", "price_low", "2024-06-28", 150, "CNY/kg"),
                    ("price", "gd_oxide", "price_high", "2024-06-28", 152, "CNY/kg"),
                    ("price", "gd_oxide", "price_low", "2024-05-31", 150, "CNY/kg"),
                    ("price", "gd_oxide", "price_high", "2024-05-31", 152, "CNY/kg"),
                    ("price", "gd_oxide", "change", "2024-05-31/2024-06-28", 0, "CNY/kg"),
                    ("price", "gd_oxide", "change_pct", "2024-05-31/2024-06-28", 0, "%"),
                    ("price", "gd_oxide", "average", "2024-06", 151, "CNY/kg"),
                    ("price", "gd_oxide", "average", "2024-05", 152, "CNY/kg"),
                ),
                published="2024-06-28",
            ),
            Example(  # the note over the table names the base day last ("compare 28 June
                # with 31 May"): the table's day is its latest column's, read against the
                # report's day; "June average" heads a month's mean
                "Month-end review\n\nNotes: all prices yuan/t incl. VAT; changes compare 28"
                " June with 31 May.\n\nMonth-end prices\n\n"
                "| Product | 28 June | 31 May | +/- | % | June average | May average |\n"
                "|---|---|---|---|---|---|---|\n"
                "| Gd oxide | 150,000-152,000 | 155,000-157,000 | -5,000 | -3.2 | 151,500 |"
                " 156,000 |\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-06-28", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-06-28", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-05-31", 155000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-05-31", 157000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-06", 151500, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-05-31/2024-06-28", -5000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-05-31/2024-06-28", -3.2, "%"),
                ),
                published="2024-06-28",
            ),
            Example(  # two day columns, a bare "%" beside the move and the week's mean so
                # far ("Wk avg": the sessions of the table day's week up to that day)
                "Ex-works China, VAT incl.\n\n"
                "Product     Unit      03-Jul       02-Jul      +/-     %    Wk avg\n"
                "Pr metal    yuan/t    556,000~560,000  557,000~561,000  -1,000  -0.18  558,500\n"
                "Tb metal    yuan/kg   9,100~9,200  9,100~9,200  unch  -  9,150\n",
                (
                    ("price", "pr_metal", "price_low", "2024-07-03", 556000, "CNY/t"),
                    ("price", "pr_metal", "price_high", "2024-07-03", 560000, "CNY/t"),
                    ("price", "pr_metal", "price_low", "2024-07-02", 557000, "CNY/t"),
                    ("price", "pr_metal", "price_high", "2024-07-02", 561000, "CNY/t"),
                    ("price", "pr_metal", "change", "2024-07-02/2024-07-03", -1000, "CNY/t"),
                    ("price", "pr_metal", "change_pct", "2024-07-02/2024-07-03", -0.18, "%"),
                    ("price", "pr_metal", "average", "2024-07-01/2024-07-03", 558500, "CNY/t"),
                    ("price", "tb_metal", "price_low", "2024-07-03", 9100, "CNY/kg"),
                    ("price", "tb_metal", "price_high", "2024-07-03", 9200, "CNY/kg"),
                    ("price", "tb_metal", "price_low", "2024-07-02", 9100, "CNY/kg"),
                    ("price", "tb_metal", "price_high", "2024-07-02", 9200, "CNY/kg"),
                    ("price", "tb_metal", "change", "2024-07-02/2024-07-03", 0, "CNY/kg"),
                    ("price", "tb_metal", "average", "2024-07-01/2024-07-03", 9150, "CNY/kg"),
                ),
                published="2024-07-03",
            ),
        ),
        cues=("metric.price",),
        doc="pricetable_layout.period_column, unnamed day heads; pricetables.column_period,"
        " stated base over day columns; pipeline._title(headings=True); a percent between"
        " the same period of two years is average_yoy_pct.",
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
        doc="price_bases.GAPPED_AT/_CLOSED_MONTH_ANY, _AVERAGE_BASIS.",
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
        doc="date_base._EARLIER_ASSESSMENT, price_bases.earlier_assessment_day.",
    ),
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
        "price_table_price_list",
        "price level",
        "en",
        "a seller's own price list ('Item  Purity  CAS no.  List 7/2025  List 4/2025  Change',"
        " 'Current list price  Previous list price'): the seller's prices on the list's day,"
        " the replaced list on the day its note names, the change column between them",
        pricetable_layout.find_tables,
        (
            Example(
                "Corvane Alloys Ltd - oxide price list\n"
                "Effective 1 July 2024 (replaces the list of 2 April 2024). EUR per kg.\n\n"
                "| Item | Purity | CAS no. | List Q3 2024 | List Q2 2024 | Change |\n"
                "|---|---|---|---|---|---|\n"
                "| Holmium oxide | 99.9% | 12055-62-8 | 96.00 | 90.00 | +6.7% |\n"
                "| Erbium oxide | 99.9% | 12061-16-4 | 48.00 | 48.00 | unchanged |\n",
                (
                    ("price", "ho_oxide", "price", "2024-07-01", 96, "EUR/kg"),
                    ("price", "ho_oxide", "price", "2024-04-02", 90, "EUR/kg"),
                    ("price", "ho_oxide", "change_pct", "2024-04-02/2024-07-01", 6.7, "%"),
                    ("price", "er_oxide", "price", "2024-07-01", 48, "EUR/kg"),
                    ("price", "er_oxide", "price", "2024-04-02", 48, "EUR/kg"),
                    ("price", "er_oxide", "change_pct", "2024-04-02/2024-07-01", 0, "%"),
                ),
                entity="corvane_alloys",
            ),
            Example(  # heads in words, the previous list's day after its word
                "Pellham Materials Inc. price list, 5 July 2024 (previous list: 3 May 2024),"
                " USD/kg\n\n"
                "Product   Current list price   Previous list price   Chg\n"
                "Gadolinium oxide 99.99%   31.00   29.50   +5.1%\n",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 31, "USD/kg"),
                    ("price", "gd_oxide", "price", "2024-05-03", 29.5, "USD/kg"),
                    ("price", "gd_oxide", "change_pct", "2024-05-03/2024-07-05", 5.1, "%"),
                ),
                entity="pellham_materials",
            ),
        ),
        cues=("metric.price",),
        doc="en.toml [table] list_column/prior_list_column/note_column ('CAS no.');"
        " pricetables._list_day, REPLACED_LIST_NOTE (the replaced list's note never dates"
        " the table); pipeline passes the document's company as the seller.",
    ),
    Rule(
        "price_table_day_rows",
        "price level",
        "en",
        "| Date | {PRODUCT} | d/d | {PRODUCT} | d/d |: one row per day, products across",
        pricetable_layout.find_tables,
        (
            Example(  # days down the rows, each product's close and its day's change across
                "Heavy rare earths daily | Friday 5 July 2024\n\n"
                "Spot closes (yuan/kg, China domestic)\n\n"
                "| Day | Dy oxide | Chg | Tb metal | Chg |\n|---|---|---|---|---|\n"
                "| Wed 3 Jul | 1,745 | -10 | 8,950 | +25 |\n"
                "| Fri 5 Jul | 1,750 | +10 | 9,000 | +50 |\n",
                (
                    ("price", "dy_oxide", "price", "2024-07-03", 1745, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-02/2024-07-03", -10, "CNY/kg"),
                    ("price", "tb_metal", "price", "2024-07-03", 8950, "CNY/kg"),
                    ("price", "tb_metal", "change", "2024-07-02/2024-07-03", 25, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1750, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", 10, "CNY/kg"),
                    ("price", "tb_metal", "price", "2024-07-05", 9000, "CNY/kg"),
                    ("price", "tb_metal", "change", "2024-07-04/2024-07-05", 50, "CNY/kg"),
                ),
                entity="china",
            ),
            Example(  # fixed-width, ISO days, the unit in a masthead's "Prices:" note; a
                # Monday's change runs from the Friday before
                "GADOLINIUM WATCH - week to 5 July 2024 | Prices: yuan/t, ex-works China\n\n"
                "Date          Gd oxide    +/-\n"
                "2024-07-01    158,000     +1,000\n"
                "2024-07-02    159,500     +1,500\n",
                (
                    ("price", "gd_oxide", "price", "2024-07-01", 158000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-01", 1000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-02", 159500, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-01/2024-07-02", 1500, "CNY/t"),
                ),
            ),
            Example(  # an export sheet: its masthead's note gives unit and market
                "Export weekly | Prices: USD/kg, FOB China\n\nDaily closes\n\n"
                "| Date | Sm 99.9% | d/d |\n|---|---|---|\n| Thu 4 Jul | 2.15 | -0.05 |\n",
                (
                    ("price", "sm_oxide", "price", "2024-07-04", 2.15, "USD/kg"),
                    ("price", "sm_oxide", "change", "2024-07-03/2024-07-04", -0.05, "USD/kg"),
                ),
                entity="fob_china",
            ),
        ),
        cues=("metric.price",),
        doc="ingest/dayrows.py: a header led by a day column (dayrows.DAY_HEAD) whose other"
        " heads are products, each maybe followed by a change head; a change runs from the"
        " trading day before its row's day; a masthead's 'Prices: <unit>, <market>' note"
        " (pricetable_layout.price_notes) gives a table naming no unit its unit and market.",
    ),
]
