"""English volume rule records: production, quotas and capacity.

Output and its holders, country clauses and period columns; quota batches and bases;
capacity and design rates. ``en.py`` registers them.
"""

from __future__ import annotations

from reemarket.ingest import periodcolumns, pricetable_layout
from reemarket.ingest.extractors import (
    capacity,
    continued,
    country_output,
    prices,
    production,
    quota,
)
from reemarket.ingest.rules import Example, Rule
from reemarket.ingest.rules.en_common import UPDOWN, no_facts

RULES: list[Rule] = [
    Rule(
        "quota",
        "quota",
        "en",
        "{QUOTA_TYPE} {CUE:metric.quota} {DATE} {QTY:mass} ({CUE:direction} {QTY:percent})?",
        quota.extract,
        (
            Example(  # a base named by its year in the possessive is that year's quota
                "China set the 2024 rare earth mining quota at 270,000 tonnes, up 5.9% on"
                " 2023's 255,000 tonnes.",
                (
                    ("quota", "mining", "quota", "2024", 270000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2024", 5.9, "%"),
                    ("quota", "mining", "quota", "2023", 255000, "t"),
                ),
                published="2024-08-20",
            ),
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
            Example(  # a tonnage right after a change is its base, a year earlier
                "China's mining quota for 2025 came to 290,000 tonnes. The smelting and"
                " separation allowance rose 2.5% from 263,400 tonnes.",
                (
                    ("quota", "mining", "quota", "2025", 290000, "t"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2025", 2.5, "%"),
                    ("quota", "smelting_separation", "quota", "2024", 263400, "t"),
                ),
                published="2025-08-01",
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
            Example(  # a change right after the quota's product, told with "more than"
                "The 2023 smelting and separation quota was set at 240,000 t of rare earth"
                " oxide, 4.1% more than in 2022.",
                (
                    ("quota", "smelting_separation", "quota", "2023", 240000, "t"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2023", 4.1, "%"),
                ),
            ),
        ),
        cues=("metric.quota", *UPDOWN, "comparison.yoy"),
        doc="A quota, its y/y rate and its base; in a quota story a figure 'for mining'"
        " needs no quota word, and lists 'respectively' pair in order; a company's allotment"
        " (holder: the receiver named, a gapped name, or 'it'/'its' for the company the"
        " sentence opens with, else the paragraph's) is that company's (c62).",
    ),
    Rule(
        "production",
        "production",
        "en",
        "{HOLDER}? {CUE:metric.production} {QTY:mass} {PRODUCT} {DATE}",
        production.extract,
        (
            Example(  # "above/below a year earlier" is the year-ago gap, after a monthly one
                "An industry survey found magnet makers sold 21,300 t of NdFeB blanks in March,"
                " which is 2.5% above February and 4.4% below a year earlier.",
                (
                    ("production", "ndfeb_blank", "sales", "2025-03", 21300, "t"),
                    ("production", "ndfeb_blank", "sales_mom_pct", "2025-03", 2.5, "%"),
                    ("production", "ndfeb_blank", "sales_yoy_pct", "2025-03", -4.4, "%"),
                ),
                published="2025-04-15",
            ),
            Example(  # "for the year" of a July-June company; a later clause's own quarter
                "Lynas Rare Earths reported net profit after tax of A$61.2 million for the year"
                " to 30 June 2024.\n\nTotal rare earth oxide output for the year was 9,300"
                " tonnes. NdPr output came to 5,600 tonnes, and in the June quarter alone it was"
                " 1,500 tonnes.",
                (
                    ("financial", "", "net_profit_attributable", "2023-07/2024-06", 61.2e6, "AUD"),
                    ("production", "total_reo", "production", "2023-07/2024-06", 9300, "t"),
                    ("production", "prnd_oxide", "production", "2023-07/2024-06", 5600, "t"),
                    ("production", "prnd_oxide", "production", "2024-Q2", 1500, "t"),
                ),
                published="2024-08-28",
            ),
            Example(
                "Lynas produced 1,800 t of NdPr in the June quarter.",
                (("production", "prnd_oxide", "production", "2024-Q2", 1800, "t"),),
            ),
            Example(  # a base after its period's possessive names the comparison
                "Lynas produced 1,950 t of NdPr in the September quarter, up 8.3% on the June"
                " quarter's 1,800 t.",
                (
                    ("production", "prnd_oxide", "production", "2024-Q3", 1950, "t"),
                    ("production", "prnd_oxide", "production_qoq_pct", "2024-Q3", 8.3, "%"),
                    ("production", "prnd_oxide", "production", "2024-Q2", 1800, "t"),
                ),
                published="2024-10-20",
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
            Example(  # a change against a base made "in the previous quarter": q/q
                "In the March quarter total REO output was 2,400 tonnes, including 1,150t of NdPr,"
                " 6% more than the 1,085t of NdPr made in the previous quarter.",
                (
                    ("production", "total_reo", "production", "2024-Q1", 2400, "t"),
                    ("production", "prnd_oxide", "production", "2024-Q1", 1150, "t"),
                    ("production", "prnd_oxide", "production_qoq_pct", "2024-Q1", 6, "%"),
                ),
            ),
            Example(  # a period opening brackets labels only the comparative inside them
                "Iluka Resources: FY2023 review\n\nZircon sand output 1,240 t (2022: 1,410 t);"
                " monazite output 3,050 t (2022: 2,700 t).",
                (
                    ("production", "monazite", "production", "2023", 3050, "t"),
                    ("production", "monazite", "production", "2022", 2700, "t"),
                ),
                published="2024-02-20",
            ),
            Example(  # a broker's fiscal-quarter label: 4QFY24 is the June quarter of 2024
                "Lynas made 1,690t of NdPr in the September quarter (4QFY24: 1,520t).",
                (
                    ("production", "prnd_oxide", "production", "2024-Q3", 1690, "t"),
                    ("production", "prnd_oxide", "production", "2024-Q2", 1520, "t"),
                ),
                published="2024-10-25",
            ),
            Example(  # a plant named after the output keyword says where, not a capacity;
                # a date in a relative clause aside ("where ... began in May") is not the
                # figure's; "sales of separated ..." is sales, not output
                "Iluka Resources: September quarter 2024 review\n\nMonazite output at the"
                " Eneabba plant, where a new circuit started in May, reached 2,300 t in the"
                " quarter. Sales of separated rare earth oxides rose 9% year on year to 420 t.",
                (
                    ("production", "monazite", "production", "2024-Q3", 2300, "t"),
                    ("production", "re_oxides", "sales", "2024-Q3", 420, "t"),
                    ("production", "re_oxides", "sales_yoy_pct", "2024-Q3", 9, "%"),
                ),
                published="2024-10-22",
            ),
            Example(  # bonded-magnet powders are the magnetic-materials group
                "Neo Performance Materials sold 1,390 tonnes of magnetic powders in the first"
                " quarter of 2024.",
                (("production", "magnetic_materials", "sales", "2024-Q1", 1390, "t"),),
            ),
            Example(  # another mineral's output in a rare-earth producer's report is no fact
                "Iluka Resources: 2023 operations\n\nMonazite output reached 9,100 t in 2023."
                " Ilmenite sales were 410,000 t, while zircon output slipped 6% to 240,000 t.",
                (("production", "monazite", "production", "2023", 9100, "t"),),
                published="2024-02-21",
            ),
            Example(  # a market-wide figure with no date of its own: the last one's period
                "Chinese smelters turned out 5,400 t of Pr-Nd metal in August, a survey"
                " showed.\n\nOutput of terbium metal edged up 3% month on month to 31 t.",
                (
                    ("production", "prnd_metal", "production", "2024-08", 5400, "t"),
                    ("production", "tb_metal", "production", "2024-08", 31, "t"),
                    ("production", "tb_metal", "production_mom_pct", "2024-08", 3, "%"),
                ),
                published="2024-09-12",
                entity="china",
            ),
            Example(  # "sequentially" of a quarter's figure is q/q; "the prior year period"
                # is the same quarter a year back, not the year before
                "Neo Performance Materials: second quarter 2024\n\n- NdFeB magnet sales of"
                " 1,480 tonnes, up 6% sequentially, compared with 1,350 tonnes in the prior"
                " year period",
                (
                    ("production", "ndfeb_magnet", "sales", "2024-Q2", 1480, "t"),
                    ("production", "ndfeb_magnet", "sales_qoq_pct", "2024-Q2", 6, "%"),
                    ("production", "ndfeb_magnet", "sales", "2023-Q2", 1350, "t"),
                ),
                published="2024-08-09",
            ),
            Example(  # a June-year company's half told without a year, the calendar half not
                # over yet: its last fiscal half of that name (July-December)
                "Lynas sold a record 2,880t of NdPr over the first half.",
                (("production", "prnd_oxide", "sales", "2024-07/2024-12", 2880, "t"),),
                published="2025-01-28",
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
            Example(  # a company's short name in the possessive ("Neo's") holds the plant
                "Ucore Rare Metals is building a separation plant in Louisiana. Across the"
                " Atlantic, Neo's plant at Sillamae can separate about 2,500 tonnes of rare earth"
                " oxides a year.",
                (("capacity", "re_oxides", "capacity", "", 2500, "t/yr"),),
                entity="neo_performance_materials",
                published="2025-09-22",
            ),
            Example(  # an indefinite holder with a modal is an illustration, no one's plant
                "Neo Performance Materials runs 2,000 tonnes a year of NdFeB magnet capacity in"
                " Estonia. By comparison, a typical Chinese magnet plant can turn out 15,000"
                " tonnes a year of magnets, and one large separation facility could handle"
                " 25,000 tonnes a year of oxide.",
                (("capacity", "ndfeb_magnet", "capacity", "", 2000, "t/yr"),),
                published="2025-09-22",
            ),
            Example(  # goods named in the next piece of the sentence are not "a further X"'s
                "Baotou Tianhe Magnetics Co., Ltd. has 8,000 tonnes a year of NdFeB blank"
                " capacity in operation. It is building a further 4,000 tonnes a year in Baotou"
                " and plans a magnet recycling line in Ningbo.",
                (
                    ("capacity", "ndfeb_blank", "capacity", "", 8000, "t/yr"),
                    ("capacity", "ndfeb_blank", "capacity", "", 4000, "t/yr"),
                ),
                statuses=("operating", "under_construction"),
                published="2025-06-01",
            ),
            Example(
                "Lynas has an installed capacity of 10,500 t of NdPr per year at Kalgoorlie.",
                (("capacity", "prnd_oxide", "capacity", "", 10500, "t/yr"),),
            ),
            Example(
                "MP Materials plans to raise magnet capacity to 10,000 t per year by 2027.",
                (("capacity", "ndfeb_magnet", "capacity", "", 10000, "t/yr"),),
            ),
            Example(  # a line that "may start ..., subject to board approval" is planned
                "Acme Magnetics Co., Ltd. runs a 6,000 t/yr sintered NdFeB plant. A second"
                " 3,000 t/yr line may start in 2026, subject to board approval.",
                (
                    ("capacity", "ndfeb_magnet", "capacity", "", 6000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 3000, "t/yr"),
                ),
                statuses=("operating", "planned"),
            ),
            Example(  # goods after "and" are the next figure's when goods come before
                "Shenghe Resources says its Nd metal capacity is 8,000 t a year and its"
                " lanthanum oxide capacity 20,000 t a year.",
                (
                    ("capacity", "nd_metal", "capacity", "", 8000, "t/yr"),
                    ("capacity", "la_oxide", "capacity", "", 20000, "t/yr"),
                ),
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
            Example(  # a state research body's plant, by its initials
                "The Saskatchewan Research Council runs a rare earth facility in Saskatoon. SRC"
                " has capacity to make 40 t/yr of NdPr metal.",
                (("capacity", "prnd_metal", "capacity", "", 40, "t/yr"),),
                entity="saskatchewan_research_council",
            ),
            Example(  # a parent named in an appositive is not the builder of the plant
                "Tianhe Magnetics, the Baotou partner of China Northern Rare Earth, is"
                " commissioning a sintered magnet line of 2,000 t/yr.",
                (("capacity", "ndfeb_magnet", "capacity", "", 2000, "t/yr"),),
                entity="baotou_tianhe_magnetics_technology",
            ),
            Example(  # the feed named after the product is not what a later phase makes
                "Iluka's Eneabba refinery will turn out about 5,500 t/yr of NdPr oxide from"
                " monazite, and the company has studied an expansion to 8,000 t/yr.",
                (
                    ("capacity", "prnd_oxide", "capacity", "", 5500, "t/yr"),
                    ("capacity", "prnd_oxide", "capacity", "", 8000, "t/yr"),
                ),
            ),
        ),
        cues=("metric.capacity", "metric.installed", "capacity.total_to"),
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
        doc="dates._GROWTH_ON; price_passes._SAME_SPAN.",
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
        doc="extractors.measure_tags._MOVE_IN: the move's noun, then 'in' and what moved.",
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
        doc="date_binding._announcement, extractors.figure_chain._THEY, date_phrasings the_quarter"
        " ('quarterly'), figure_words._FUTURE_FIGURE (guidance verbs), capacity._PART_OF_GROUP.",
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
            Example(  # bullets a paragraph after a fiscal-year result take that fiscal year;
                # a base named in the possessive takes its own fiscal year
                "Lynas Rare Earths posted FY2024 (year to 30 June 2024) sales revenue of"
                " A$463.3m.\n\n"
                "Operations\n"
                "- Total REO output: 10,200t\n"
                "- NdPr output: 5,400t, down 5% on FY23's 5,700t\n",
                (
                    ("financial", "", "revenue", "2023-07/2024-06", 463.3e6, "AUD"),
                    ("production", "total_reo", "production", "2023-07/2024-06", 10200, "t"),
                    ("production", "prnd_oxide", "production", "2023-07/2024-06", 5400, "t"),
                    ("production", "prnd_oxide", "production_yoy_pct", "2023-07/2024-06", -5, "%"),
                    ("production", "prnd_oxide", "production", "2022-07/2023-06", 5700, "t"),
                ),
                published="2024-08-30",
            ),
            Example(  # a calendar year in the possessive: that year's output
                "Arafura Rare Earths made 2,400 t of NdPr oxide in 2024, up 5% from 2023's"
                " 2,285 t.",
                (
                    ("production", "prnd_oxide", "production", "2024", 2400, "t"),
                    ("production", "prnd_oxide", "production_yoy_pct", "2024", 5, "%"),
                    ("production", "prnd_oxide", "production", "2023", 2285, "t"),
                ),
                published="2025-02-01",
            ),
        ),
        cues=("metric.production", "metric.revenue", "metric.cash_flow"),
        doc="periodcolumns._MONTH_Q_YEAR/_head_unit/_pair_change; DocState._period_subtitle and"
        " DocDates.report_quarter; date_phrasings qtr_month (half), the_half; production"
        " _OF_WHICH.",
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
            no_facts(
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
        "pointer_sentences",
        "production",
        "en",
        "{QTY} ... . (That|This|It|The ... figure) (was|is) {QTY:percent} (more|less) than"
        " {DATE}( ... than {DATE}'s total of {QTY:mass})?",
        continued.extract,
        (
            Example(  # trade: each change against the base its own words name
                "China exported 4,310 tonnes of rare-earth permanent magnets in March 2025."
                " That was 12.5% more than in February, but 3.2% less than in March 2024.",
                (
                    ("trade", "re_permanent_magnet", "exports", "2025-03", 4310, "t"),
                    ("trade", "re_permanent_magnet", "exports_mom_pct", "2025-03", 12.5, "%"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2025-03", -3.2, "%"),
                ),
                published="2025-04-20",
            ),
            Example(  # output
                "Domestic output of terbium oxide came to 62 t in September. This was 4.5%"
                " lower than in August and 7% higher than a year earlier.",
                (
                    ("production", "tb_oxide", "production", "2025-09", 62, "t"),
                    ("production", "tb_oxide", "production_mom_pct", "2025-09", -4.5, "%"),
                    ("production", "tb_oxide", "production_yoy_pct", "2025-09", 7, "%"),
                ),
                published="2025-10-15",
            ),
            Example(  # a quota, the pointer opening the next paragraph, with its base tonnage
                "Beijing has set this year's smelting and separation quota at 198,000 tonnes."
                "\n\nThe separation figure is 3.1% more than last year's total of 192,000"
                " tonnes.",
                (
                    ("quota", "smelting_separation", "quota", "2023", 198000, "t"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2023", 3.1, "%"),
                    ("quota", "smelting_separation", "quota", "2022", 192000, "t"),
                ),
                published="2023-11-02",
            ),
            Example(  # a demand level
                "Wind capacity installed in China reached 470 GW at the end of June 2025. It"
                " was 21% higher than a year earlier.",
                (
                    ("demand", "wind_power", "installed_capacity", "2025-06", 470e6, "kW"),
                    ("demand", "wind_power", "installed_capacity_yoy_pct", "2025-06", 21, "%"),
                ),
                published="2025-07-20",
            ),
            Example(  # a sector's count is no fact, its change is
                "The association said new-energy vehicle sales reached 12.9 million units"
                " in 2024. That was 35.5% more than in 2023.",
                (("demand", "nev", "sales_yoy_pct", "2024", 35.5, "%"),),
                published="2025-01-20",
            ),
            Example(  # a result
                "Iluka Resources Ltd reported revenue of A$210.4 million for the December"
                " quarter. That was 18% more than a year earlier.",
                (
                    ("financial", "", "revenue", "2024-Q4", 210.4e6, "AUD"),
                    ("financial", "", "revenue_yoy_pct", "2024-Q4", 18, "%"),
                ),
                published="2025-01-28",
            ),
            Example(  # the year before's result, and a change of the result in the pointer
                "Lynas Rare Earths reported net profit after tax of A$61.2 million for the year"
                " to 30 June 2024. The prior year's figure was A$306.0 million, so profit"
                " dropped 80 per cent. Over the same period revenue fell 37 per cent to A$463.3"
                " million.",
                (
                    ("financial", "", "net_profit_attributable", "2023-07/2024-06", 61.2e6, "AUD"),
                    ("financial", "", "net_profit_attributable", "2022-07/2023-06", 306e6, "AUD"),
                    (
                        "financial",
                        "",
                        "net_profit_attributable_yoy_pct",
                        "2023-07/2024-06",
                        -80,
                        "%",
                    ),
                    ("financial", "", "revenue", "2023-07/2024-06", 463.3e6, "AUD"),
                    ("financial", "", "revenue_yoy_pct", "2023-07/2024-06", -37, "%"),
                ),
                published="2024-08-28",
            ),
            Example(  # a year-earlier sum named as the figure's
                "Baotou Steel Rare-Earth said revenue reached RMB 9.1 billion in 2024. The"
                " year-earlier figure was RMB 8.2 billion.",
                (
                    ("financial", "", "revenue", "2024", 9.1e9, "CNY"),
                    ("financial", "", "revenue", "2023", 8.2e9, "CNY"),
                ),
                published="2025-03-28",
            ),
            Example(  # a figure of its own after the pointer's words is no pointer
                "Exports of rare earth magnets slipped in December. The December figure was 4,150"
                " t, 5.2% below November's 4,378 t and down 7.5% from a year earlier.",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024-12", 4150, "t"),
                    ("trade", "re_permanent_magnet", "exports_mom_pct", "2024-12", -5.2, "%"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024-12", -7.5, "%"),
                    ("trade", "re_permanent_magnet", "exports", "2024-11", 4378, "t"),
                ),
                published="2025-01-20",
            ),
            no_facts(  # a case, and its pointer in the conditional
                "If the ministry adds a third batch of 20,000 t, the mining quota would be"
                " 290,000 t. That would be 7% more than last year."
            ),
        ),
        cues=UPDOWN,
        doc="extractors.continued (DocState.last_said, remembered by the pipeline);"
        " quota._is_base (a tonnage after a change: 'rose by 4.2% from 243,850 tonnes').",
    ),
]
