"""English company-finance rule records: results, valuations and forecasts.

Revenue and profit with their periods, scales and fiscal years; market values; forecasts.
``en.py`` registers them.
"""

from __future__ import annotations

from reemarket.ingest import pricetable_layout
from reemarket.ingest.extractors import financial, forecast, valuation
from reemarket.ingest.rules import Example, Rule

RULES: list[Rule] = [
    Rule(
        "financial",
        "financial",
        "en",
        "{COMPANY} {CUE:metric.revenue|metric.net_profit|...} {QTY:money} {DATE}",
        financial.extract,
        (
            Example(  # a profit named by its reporting span is the net profit, of the
                # company's fiscal year when its profile ends the year in June
                "Lynas results\n\nLynas said its annual profit fell 40% to A$50.2 million.",
                (
                    (
                        "financial",
                        "",
                        "net_profit_attributable_yoy_pct",
                        "2023-07/2024-06",
                        -40,
                        "%",
                    ),
                    ("financial", "", "net_profit_attributable", "2023-07/2024-06", 50.2e6, "AUD"),
                ),
                published="2024-09-02",
            ),
            Example(  # ... and of the calendar year just ended for a calendar-year company
                "China Northern Rare Earth's full-year profit rose 12% to 2.1 billion yuan, the"
                " company said on Friday.",
                (
                    ("financial", "", "net_profit_attributable_yoy_pct", "2024", 12, "%"),
                    ("financial", "", "net_profit_attributable", "2024", 2.1e9, "CNY"),
                ),
                published="2025-03-28",
            ),
            Example(  # "for the year" after a fiscal year told by its end ("the twelve months
                # to 30 June") is that fiscal year
                "Lynas revenue for the twelve months to 30 June rose 5% to A$500 million. Its"
                " total rare earth oxide output reached 10,100 tonnes for the year.",
                (
                    ("financial", "", "revenue_yoy_pct", "2023-07/2024-06", 5, "%"),
                    ("financial", "", "revenue", "2023-07/2024-06", 500e6, "AUD"),
                    ("production", "total_reo", "production", "2023-07/2024-06", 10100, "t"),
                ),
                published="2024-09-02",
            ),
            Example(
                "China Northern Rare Earth reported revenue of 15.2 billion yuan in the first"
                " half, down 20% year-on-year.",
                (
                    ("financial", "", "revenue", "2024-01/2024-06", 15.2e9, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2024-01/2024-06", -20, "%"),
                ),
            ),
            Example(  # a forecast's falling range is given low end first, as a loss range is
                "Ningbo Yunsheng expects 2024 net profit attributable to shareholders of 31"
                " million to 40 million yuan, down 35.2% to 49.8% from a year earlier.",
                (
                    ("financial", "", "net_profit_attributable", "2024", (31e6, 40e6), "CNY"),
                    (
                        "financial",
                        "",
                        "net_profit_attributable_yoy_pct",
                        "2024",
                        (-49.8, -35.2),
                        "%",
                    ),
                ),
                published="2025-01-20",
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
            Example(  # a company's own estimate of a year already over stays its result
                "China Northern Rare Earth expects 2024 net profit of RMB 950 million to RMB"
                " 1.05 billion.",
                (("financial", "", "net_profit_attributable", "2024", (950e6, 1.05e9), "CNY"),),
                published="2025-01-20",
            ),
            Example(  # an unnamed full year in the weeks after it ended is that year
                "Baotou Steel Rare Earth said it estimates full-year net profit of about RMB"
                " 1.2 billion, down 20%.",
                (
                    ("financial", "", "net_profit_attributable", "2024", 1.2e9, "CNY"),
                    ("financial", "", "net_profit_attributable_yoy_pct", "2024", -20, "%"),
                ),
                published="2025-01-25",
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
            Example(  # "Rival X": X, not the parent named in the appositive after it
                "Rival Guangxi Huaxing Co., the listed arm of China Southern Rare Earth, closed"
                " at 12.40 yuan on Wednesday.",
                (("valuation", "", "close_price", "2024-07-03", 12.4, "CNY"),),
                entity="guangxi_huaxing",
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
            Example(  # a quote sheet's abbreviations: a price labelled a close after it,
                # "Mkt cap", "52w" (no multiple) and a high/low pair in the label's order
                "Shenghe Resources (600392 CH) - HOLD\n\nPrice: RMB 21.40 (3 Jul close) | Mkt"
                " cap: RMB 37.5bn | 52w high/low: RMB 24.10 / RMB 11.05\n",
                (
                    ("valuation", "", "close_price", "2024-07-03", 21.40, "CNY"),
                    ("valuation", "", "market_cap", "2024-07-03", 37.5e9, "CNY"),
                    ("valuation", "", "high_52w", "2024-07-03", 24.10, "CNY"),
                    ("valuation", "", "low_52w", "2024-07-03", 11.05, "CNY"),
                ),
                entity="shenghe_resources",
            ),
            Example(  # "finished/ended N% higher at": the day's close after its move
                "Shares in Shenghe Resources ended 3.1% lower at 17.40 yuan on Tuesday.",
                (("valuation", "", "close_price", "2024-07-02", 17.40, "CNY"),),
                entity="shenghe_resources",
            ),
            Example(  # "ended <day>'s session at": that day's close
                "Iluka Resources shares finished Monday's regular session at A$5.12.",
                (("valuation", "", "close_price", "2024-07-01", 5.12, "AUD"),),
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
            Example(  # a quote sheet's cells; the valuation sentence takes the close's day,
                # "12-month" is the earnings' span and the 52-week range gives both ends
                "Ningbo Yunsheng (600366 CH): FY24 review\n\n"
                "Target: RMB 9.00 | Rating: Buy | Close (14 Mar): RMB 7.65\n\n"
                "At RMB 7.65 the stock has a market capitalisation of RMB 10.2bn and trades at"
                " 35x trailing 12-month earnings. Its 52-week range is RMB 6.10-RMB 9.40.\n",
                (
                    ("valuation", "", "close_price", "2025-03-14", 7.65, "CNY"),
                    ("valuation", "", "market_cap", "2025-03-14", 10.2e9, "CNY"),
                    ("valuation", "", "pe_ratio", "2025-03-14", 35, "x"),
                    ("valuation", "", "low_52w", "2025-03-14", 6.10, "CNY"),
                    ("valuation", "", "high_52w", "2025-03-14", 9.40, "CNY"),
                ),
                published="2025-03-17",
            ),
            Example(  # "trades on" two multiples: the forecast year's is none, the trailing one is
                "Arafura Rare Earths: Close (3 Jun): A$0.21. The stock trades on 30x our FY27E"
                " earnings and 45x trailing earnings.",
                (
                    ("valuation", "", "close_price", "2025-06-03", 0.21, "AUD"),
                    ("valuation", "", "pe_ratio", "2025-06-03", 45, "x"),
                ),
                published="2025-06-04",
            ),
            Example(  # a multiple of book value is no P/E; the peers' multiple is not the stock's
                "Iluka Resources trades on 2.4x book value; on earnings it trades at 31x, versus"
                " the sector on 19x.",
                (("valuation", "", "pe_ratio", "2024-07-05", 31, "x"),),
                entity="iluka_resources",
            ),
            Example(  # a close told of a month gone by: its last trading day
                "Iluka Resources shares fell 8% in October to close at A$5.90.",
                (("valuation", "", "close_price", "2024-10-31", 5.90, "AUD"),),
                published="2024-11-04",
            ),
            Example(  # a target in the clause before is not the close's
                "We keep a Buy rating on Iluka Resources with an A$7.40 target; shares closed at"
                " A$6.15 yesterday.",
                (("valuation", "", "close_price", "2024-11-07", 6.15, "AUD"),),
                published="2024-11-08",
            ),
            Example(  # a label's last price; the value of a forecast year is no period of it
                "Recommendation: Hold | Price target: A$7.20 (prev. A$6.50) | Last price:"
                " A$6.90 (6 Nov close)\n\n"
                "At A$6.90, Iluka Resources has a market capitalisation of about A$2.9bn and"
                " trades on 20x our FY26 EPS forecast.\n",
                (
                    ("valuation", "", "close_price", "2024-11-06", 6.90, "AUD"),
                    ("valuation", "", "market_cap", "2024-11-06", 2.9e9, "AUD"),
                ),
                published="2024-11-07",
            ),
            Example(  # a bare "$" share price in a US$ commodity note: the listing's dollar
                "Dysprosium oxide FOB China rose to US$300/kg this week.\n\n"
                "We keep a Buy on Lynas Rare Earths; shares closed at $9.10 yesterday.\n",
                (
                    ("price", "dy_oxide", "price", "2024-07-05", 300, "USD/kg"),
                    ("valuation", "", "close_price", "2024-07-04", 9.10, "AUD"),
                ),
            ),
        ),
        cues=(
            "metric.close",
            "metric.market_cap",
            "metric.pe",
            "metric.high52",
            "metric.low52",
            "metric.range52",
        ),
    ),
    Rule(
        "forecast",
        "forecast",
        "en",
        "{CUE:forecast.demand} {PRODUCT} {CUE:metric.cagr} {QTY:percent} {DATE:until}",
        forecast.extract,
        (
            Example(  # "demand in China" is China's forecast, as "Chinese demand" is
                "Analysts see terbium oxide consumption in China rising at a 6.5% CAGR over"
                " 2025-2032.",
                (("forecast", "tb_oxide", "demand_cagr_pct", "2025/2032", 6.5, "%"),),
                entity="china",
            ),
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
            Example(  # a second rate "over the same period"; a rate of a count is no demand
                "Consultants expect NdFeB magnet demand to grow at a compound annual rate of 8.5%"
                " between 2025 and 2032. Demand for dysprosium oxide should rise more slowly, at"
                " a 5.1% CAGR over the same period. Even a 40% CAGR in units for drones adds"
                " little magnet demand by 2032.",
                (
                    ("forecast", "ndfeb", "demand_cagr_pct", "2025/2032", 8.5, "%"),
                    ("forecast", "dy_oxide", "demand_cagr_pct", "2025/2032", 5.1, "%"),
                ),
            ),
        ),
        cues=("forecast.demand", "metric.cagr"),
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
            Example(  # an accountant's bracketed minus after the currency is a loss; an
                # EBITDA figure is no metric of ours
                "Arafura Rare Earths: FY2024 result\n\nStatutory net loss after tax was"
                " A$(21) million, while adjusted EBITDA came to A$(18.5) million.",
                (("financial", "", "net_profit_attributable", "2024", -21e6, "AUD"),),
                entity="arafura_rare_earths",
                published="2024-09-20",
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
            Example(  # the usual non-recurring items named in a lead clause; a loss by its verb
                "Excluding state subsidies and gains on asset disposals, Ningbo Yunsheng lost"
                " 12.5 million yuan in 2023, against a recurring profit of 90.2 million yuan in"
                " 2022.",
                (
                    ("financial", "", "net_profit_attributable_recurring", "2023", -12.5e6, "CNY"),
                    ("financial", "", "net_profit_attributable_recurring", "2022", 90.2e6, "CNY"),
                ),
            ),
            Example(  # ... or a profit by its verb
                "Leaving out one-time gains, Jiangxi Golden Century Co. earned 31 million yuan in"
                " 2024.",
                (("financial", "", "net_profit_attributable_recurring", "2024", 31e6, "CNY"),),
                published="2025-03-20",
            ),
        ),
        cues=("metric.recurring", "metric.net_profit", "financial.excluding"),
        doc="Profit with one-off or exceptional items left out is the recurring profit"
        " (financial._EXCLUDING_LEAD: a lead clause naming grants, subsidies, one-off or"
        " investment gains); 'lost X yuan' is a loss (the net_profit lemma lose).",
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
        "financial_heading_currency",
        "financial",
        "en",
        "{HEADING (CURRENCY)} - {METRIC}: {QTY:bare scaled}, ... {DATE} alone: {QTY}",
        financial.extract,
        (
            Example(  # a broker's flash: the currency in the heading's brackets, sums with
                # "bn"/"mn" only; "4Q24 alone:" continues the metric before it; a YoY move
                # beside a comparative labelled "(2023: ...)" dates the undated figure a year on;
                # the masthead's coverage sector ("Asia Metals") is no company and the
                # dateline under it no first paragraph
                "Acme Research | Asia Metals | Results Flash\n28 March 2025\n\n"
                "Ningbo Yunsheng Co., Ltd.: FY24 - volumes up, margins thin\n\n"
                "Key figures (RMB)\n"
                "- 2024 revenue: 5.40bn, -8.2% YoY. 4Q24 alone: 1.51bn, +2.0% YoY.\n"
                "- Net profit attributable to shareholders: 96.5mn, -41.0% YoY (2023: 163.6mn).\n",
                (
                    ("financial", "", "revenue", "2024", 5.4e9, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2024", -8.2, "%"),
                    ("financial", "", "revenue", "2024-Q4", 1.51e9, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2024-Q4", 2.0, "%"),
                    ("financial", "", "net_profit_attributable", "2024", 96.5e6, "CNY"),
                    ("financial", "", "net_profit_attributable_yoy_pct", "2024", -41.0, "%"),
                    ("financial", "", "net_profit_attributable", "2023", 163.6e6, "CNY"),
                ),
                published="2025-03-28",
                entity="ningbo_yunsheng",
            ),
        ),
        cues=("metric.revenue", "metric.net_profit"),
        doc="DocState.section_currency ('Key numbers (RMB)') with extractors.sentence._heading_money;"
        " _period_led / DocState.para_money_metric; financial._year_after_base reads a"
        " bracket label after a YoY; lexicon._REGION_WORDS; DocState._opening_lines skips a"
        " dateline.",
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
            Example(  # "the same period of <year>": the main period in the year named
                "Iluka Resources reported revenue of A$610 million for the first half of 2024,"
                " compared with A$720 million in the same period of 2023.",
                (
                    ("financial", "", "revenue", "2024-01/2024-06", 610e6, "AUD"),
                    ("financial", "", "revenue", "2023-01/2023-06", 720e6, "AUD"),
                ),
                published="2024-08-20",
            ),
        ),
        cues=("comparison.yoy",),
        doc="A base figure 'booked (reported, earned...) a year earlier' is the year-ago result.",
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
            Example(  # an accountant's bracket with an abbreviated scale ("A$(1.8)m") is a
                # negative sum in millions; NPAT is the net profit after tax, "underlying" too
                # (as the golds read "underlying net profit after tax")
                "Hastings Technology Metals Ltd reported NPAT of A$(1.8)m for the September 2024"
                " quarter. Its underlying NPAT for the year to June 2024 was A$3.2m.",
                (
                    ("financial", "", "net_profit_attributable", "2024-Q3", -1.8e6, "AUD"),
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2023-07/2024-06",
                        3.2e6,
                        "AUD",
                    ),
                ),
                published="2024-10-30",
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
            Example(  # an annual report's summary: the year under the issuer's name holds
                "Ningbo Yunsheng Co., Ltd.\n"
                "(Shanghai Stock Exchange stock code: 600366)\n"
                "Summary of the 2023 Annual Report\n\n"
                "In the reporting period the Company's operating revenue was RMB 4,120 million,"
                " down 6.5% from the previous year. Net profit attributable to shareholders"
                " of the listed company was RMB 95 million.\n",
                (
                    ("financial", "", "revenue", "2023", 4120e6, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2023", -6.5, "%"),
                    ("financial", "", "net_profit_attributable", "2023", 95e6, "CNY"),
                ),
                published="2024-04-20",
            ),
            Example(  # a broker's count of the year's first months, "9M23"
                "Baotou Steel Rare Earth posted 9M23 revenue of RMB 12.5bn, down 8% YoY.",
                (
                    ("financial", "", "revenue", "2023-01/2023-09", 12.5e9, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2023-01/2023-09", -8, "%"),
                ),
                published="2023-10-30",
            ),
        ),
        cues=("metric.revenue", "metric.sales", "metric.net_profit"),
        doc="Results periods: 'the three/six/nine months through/to/ended <month>', fiscal"
        " halves and quarters by the company's year end, a Q&A answer under its question's"
        " period; a company's 'sales' in money are its revenue.",
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
        " _ESTIMATE_YEAR; sentences._ABBREV; prices.CLOSED.",
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
            Example(  # the base's own verb in a relative clause, its subject before it
                "Acme Rare Earths Ltd made 640 tonnes of NdPr oxide in the March quarter, double"
                " the 320 tonnes it turned out a year earlier.",
                (
                    ("production", "prnd_oxide", "production", "2024-Q1", 640, "t"),
                    ("production", "prnd_oxide", "production", "2023-Q1", 320, "t"),
                ),
                published="2024-04-25",
            ),
            Example(  # "the year before" is the year before the figure's, not "the year"
                "Acme Rare Earths Ltd produced 90 tonnes of terbium oxide last year, about three"
                " times the 30 tonnes the group separated the year before.",
                (
                    ("production", "tb_oxide", "production", "2023", 90, "t"),
                    ("production", "tb_oxide", "production", "2022", 30, "t"),
                ),
                published="2024-03-01",
            ),
            Example(  # after a fiscal-year figure, "the year before" is the fiscal year before
                "In fiscal 2024 Lynas Rare Earths produced 9,100 tonnes of REO, against 8,600"
                " tonnes the year before. It booked revenue of A$470 million for the 2024"
                " financial year, compared with A$730 million the year before.",
                (
                    ("production", "total_reo", "production", "2023-07/2024-06", 9100, "t"),
                    ("production", "total_reo", "production", "2022-07/2023-06", 8600, "t"),
                    ("financial", "", "revenue", "2023-07/2024-06", 470e6, "AUD"),
                    ("financial", "", "revenue", "2022-07/2023-06", 730e6, "AUD"),
                ),
                published="2024-08-29",
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
]
