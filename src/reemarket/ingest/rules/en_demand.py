"""English demand rule records: consumption, shares of demand and units made.

``en.py`` registers them.
"""

from __future__ import annotations

from reemarket.ingest.extractors import demand
from reemarket.ingest.rules import Example, Rule

RULES: list[Rule] = [
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
            Example(  # a kind of NEV (battery electric, pure electric) is not the sector
                "NEV sales rose 33.9% in January-October. Sales of battery electric vehicles"
                " grew 13.2% year on year, and pure electric cars made up 60% of them.",
                (("demand", "nev", "sales_yoy_pct", "2024-01/2024-10", 33.9, "%"),),
                published="2024-11-12",
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
            Example(  # a heading "at a glance (full year 2023)" gives its bullets its year;
                # "NEV exports" are cars, not rare earths; "which would be growth of about
                # 20%" is a case, not a result; carmakers' shares are no sales
                "EV maker data for 2023\n\nIndustry figures at a glance (full year 2023):\n"
                "- NEV output: 9.587 million units, up 35.8% year-on-year\n"
                "- NEV share of new-car sales: 31.6%\n"
                "- NEV exports: 1.203 million units, up 77.6%\n\n"
                "The association sees 2024 NEV sales near 11.5 million, which would be growth of"
                " about 20%. NEV sales rose 37.9% last year, while carmakers' listed shares fell"
                " 3% on the day.\n",
                (
                    ("demand", "nev", "production_yoy_pct", "2023", 35.8, "%"),
                    ("demand", "nev", "sales_share_pct", "2023", 31.6, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2023", 37.9, "%"),
                ),
                published="2024-01-12",
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
            Example(  # the US in capitals or with full stops is another country: no fact
                "Worldwide, new energy vehicle sales climbed 21% in 2023, with the US (+11%)"
                " behind Europe (+16%).",
                (
                    ("demand", "nev", "sales_yoy_pct", "2023", 21, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2023", 16, "%"),
                ),
                published="2024-02-05",
                holders=("global", "europe"),
            ),
            Example(
                "Global NEV sales grew 30% in the first half, the U.S. (+6%) lagging far behind.",
                (("demand", "nev", "sales_yoy_pct", "2024-01/2024-06", 30, "%"),),
                published="2024-07-20",
                holders=("global",),
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
            Example(  # electric cars counted as cars, their share set after the count
                "Worldwide, roughly 10 million electric cars were sold in 2022, 14% of all car"
                " sales.",
                (("demand", "nev", "sales_share_pct", "2022", 14, "%"),),
                entity="global",
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
]
