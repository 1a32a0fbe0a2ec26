"""English trade rule records: exports and imports, importers, partners and base figures.

``en.py`` registers them.
"""

from __future__ import annotations

from reemarket.ingest import pricetable_layout
from reemarket.ingest.extractors import prices, trade
from reemarket.ingest.rules import Example, Rule
from reemarket.ingest.rules.en_common import UPDOWN

RULES: list[Rule] = [
    Rule(
        "trade",
        "trade",
        "en",
        "{CUE:metric.exports|metric.imports} {QTY:mass} {PRODUCT} {DATE}",
        trade.extract,
        (
            Example(  # "fewer than in February's X": February's volume, and a fall
                "China's exports of rare earth magnets came to 4,600 tonnes in March, 3.1% fewer"
                " than in February's 4,747 tonnes.",
                (
                    ("trade", "re_permanent_magnet", "exports", "2025-03", 4600, "t"),
                    ("trade", "re_permanent_magnet", "exports_mom_pct", "2025-03", -3.1, "%"),
                    ("trade", "re_permanent_magnet", "exports", "2025-02", 4747, "t"),
                ),
                published="2025-04-20",
            ),
            Example(  # goods named in a bracket before the figure describe the ones before it
                "China's exports of rare earth oxides (the customs line that leaves out metals"
                " and magnets) fell 4% to 48,200 t in 2024. Exports of unwrought rare earths and"
                " their compounds (which do not include magnets) were 52,100 t in 2023.",
                (
                    ("trade", "re_oxides", "exports_yoy_pct", "2024", -4, "%"),
                    ("trade", "re_oxides", "exports", "2024", 48200, "t"),
                    ("trade", "rare_earths", "exports", "2023", 52100, "t"),
                ),
                published="2025-01-20",
            ),
            Example(
                "China exported 4,500 t of rare earth magnets in May, up 8% year-on-year.",
                (  # "rare earth magnets" is the customs line: re_permanent_magnet
                    ("trade", "re_permanent_magnet", "exports", "2024-05", 4500, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024-05", 8, "%"),
                ),
            ),
            Example(  # a bracket glossing the goods lists their parts: the figure is the goods'
                "China's exports of rare earths (including metals, oxides and compounds) fell"
                " 9.2% month on month to 4,783 tonnes in April.",
                (
                    ("trade", "rare_earths", "exports", "2024-04", 4783, "t"),
                    ("trade", "rare_earths", "exports_mom_pct", "2024-04", -9.2, "%"),
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
            Example(  # "NdFeB permanent magnets" named first: later "magnet exports" are NdFeB
                "China's NdFeB permanent magnet exports rose to 4,800 t in August.\n\nMagnet"
                " exports over January-August reached 36,500 t.\n",
                (
                    ("trade", "ndfeb_magnet", "exports", "2024-08", 4800, "t"),
                    ("trade", "ndfeb_magnet", "exports", "2024-01/2024-08", 36500, "t"),
                ),
                published="2024-09-20",
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
            Example(  # goods leaving the exporter; "on the month" is m/m, no period of its own
                "In May, 3,870 t of NdFeB magnets left China, down 6.2% on the month.",
                (
                    ("trade", "ndfeb_magnet", "exports", "2024-05", 3870, "t"),
                    ("trade", "ndfeb_magnet", "exports_mom_pct", "2024-05", -6.2, "%"),
                ),
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
            Example(  # the volume taken up again as the subject of its change
                "China exported 4,100 t of rare earth magnets in March. March's volume was still"
                " 12% below the same month of 2023.",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024-03", 4100, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024-03", -12, "%"),
                ),
            ),
            Example(  # "The figure was X% below April's Y": the volume's move against the base
                # month (an aside on the base names none of its own); a figure-less sentence
                # on another flow's goods makes them the subject of "They ..."
                "China's rare earth magnet exports fell in May\n\n"
                "Exports of rare earth permanent magnets came to 3,100 tonnes last month. The"
                " figure was 8.5% below April's 3,388 tonnes, which had itself been a two-year"
                " high.\n\nExports of rare earth compounds, reported in a separate customs line,"
                " went the other way. They climbed to 4,820 tonnes in May, up 6.1% from April.\n",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024-05", 3100, "t"),
                    ("trade", "re_permanent_magnet", "exports_mom_pct", "2024-05", -8.5, "%"),
                    ("trade", "re_permanent_magnet", "exports", "2024-04", 3388, "t"),
                    ("trade", "rare_earths", "exports", "2024-05", 4820, "t"),
                    ("trade", "rare_earths", "exports_mom_pct", "2024-05", 6.1, "%"),
                ),
                published="2024-06-20",
            ),
            Example(  # headings naming the flow and the goods of the bullets under them; an
                # undated bullet takes the month the title names; a cumulative label
                "Customs desk | 21 August 2024\nWhat the July trade tables show\n\n"
                "Imports\n- Rare earth compounds: 6,120 t, up 4.1% y/y.\n"
                "- Samarium oxide remained a small line at 38 t.\n\n"
                "Rare earth permanent magnets\n- Exports of 4,870 t in July, down 2.2% y/y.\n"
                "- Cumulative for the first seven months: 33,400 t, up 6.0%.\n",
                (
                    ("trade", "rare_earths", "imports", "2024-07", 6120, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2024-07", 4.1, "%"),
                    ("trade", "sm_oxide", "imports", "2024-07", 38, "t"),
                    ("trade", "re_permanent_magnet", "exports", "2024-07", 4870, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024-07", -2.2, "%"),
                    ("trade", "re_permanent_magnet", "exports", "2024-01/2024-07", 33400, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024-01/2024-07", 6, "%"),
                ),
                published="2024-08-21",
            ),
        ),
        cues=(
            "metric.exports",
            "metric.imports",
            *UPDOWN,
            "comparison.yoy",
            "trade.partner_takes",
            "trade.sent_to",
            "trade.imported",
            "trade.exported",
        ),
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
            Example(  # "the same period of <year>": the main span in the year named
                "China imported 52,300 t of rare earths in January-April 2024, against 48,900 t"
                " in the same period of 2023.",
                (
                    ("trade", "rare_earths", "imports", "2024-01/2024-04", 52300, "t"),
                    ("trade", "rare_earths", "imports", "2023-01/2023-04", 48900, "t"),
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
            Example(  # sold abroad is exported; purchases from overseas are imports
                "China sold 4,200 tonnes of rare earths abroad in March, customs data showed."
                " Its purchases of rare earths from overseas climbed 6% on the year to 9,800"
                " tonnes in the same month.",
                (
                    ("trade", "rare_earths", "exports", "2024-03", 4200, "t"),
                    ("trade", "rare_earths", "imports", "2024-03", 9800, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2024-03", 6, "%"),
                ),
                entity="china",
            ),
            Example(  # another country's purchases from abroad are its imports, not China's
                "Korea's purchases of cerium oxide from abroad eased to 640 t in May, while"
                " Thailand bought 950 t of rare earth compounds from overseas in the month.",
                (
                    ("trade", "ce_oxide", "imports", "2024-05", 640, "t"),
                    ("trade", "rare_earths", "imports", "2024-05", 950, "t"),
                ),
                holders=("south_korea", "thailand"),
            ),
            Example(  # a company selling abroad reports its sales, no country's exports
                "Lynas sold 1,150 t of NdPr oxide overseas in the June quarter.",
                (("production", "prnd_oxide", "sales", "2024-Q2", 1150, "t"),),
                entity="lynas_rare_earths",
            ),
        ),
        cues=("metric.imports", "comparison.yoy"),
        doc="trade.customs_value/_ASIDE; en.toml imports 'inbound shipments', yoy 'on-year' and"
        " 'below the level of a year earlier', direction 'below/above the level';"
        " dates._WHEN_AFTER.",
    ),
    Rule(
        "country_back_reference_and_period_profit",
        "trade",
        "en",
        "'The country imported X' is the country named before it in its sentence, else the"
        " one that leads the sentence before; India's"
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
            Example(  # the country named earlier in the same sentence, as the source's owner
                "Korea's customs office reported that the country imported 410 tonnes of rare"
                " earth magnets in May.",
                (("trade", "re_permanent_magnet", "imports", "2024-05", 410, "t"),),
                entity="south_korea",
            ),
            Example(  # ... or by its adjective, with "took in" for the import verb
                "Japanese trade statistics showed the country took in 1,020 tonnes of rare"
                " earths in April.",
                (("trade", "rare_earths", "imports", "2024-04", 1020, "t"),),
                entity="japan",
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
        doc="trade._THE_COUNTRY, trade._indian_fiscal, extractors.measure_tags._LEAD_PROFIT.",
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
