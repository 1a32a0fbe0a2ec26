"""Chinese price rules: levels, moves, averages, listing and contract prices (the records).

Each record names its family, its pattern over the sentence's mentions and its examples;
its resolver is in ``zh_price_levels`` or ``zh_price_changes``.
"""

from __future__ import annotations

from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_price_changes import (
    BASE,
    EVE,
    RATE_TAIL,
    WEEK_ON_WEEK,
    resolve_adjusted_pct,
    resolve_change,
    resolve_change_bracket,
    resolve_change_carried,
    resolve_change_each,
    resolve_change_rate,
    resolve_change_spread,
    resolve_change_that_day,
    resolve_contract_move,
    resolve_day_move,
    resolve_day_rate,
    resolve_eve_level,
    resolve_from_level,
    resolve_from_to,
    resolve_level_since,
    resolve_mid_move,
    resolve_month_move,
    resolve_month_to_date,
    resolve_move,
    resolve_move_after_dated,
    resolve_move_to_day,
    resolve_past_span_move,
    resolve_per_tonne_move,
    resolve_period_move_pct,
    resolve_since,
    resolve_to_date,
    resolve_week_rate,
)
from reemarket.ingest.rules.zh_price_levels import (
    LISTING_ITEM,
    resolve_average,
    resolve_average_base,
    resolve_average_carried,
    resolve_average_prior,
    resolve_average_span,
    resolve_base_level,
    resolve_contract,
    resolve_contract_past,
    resolve_contract_period,
    resolve_contract_rate,
    resolve_deal_average,
    resolve_each,
    resolve_each_range,
    resolve_level,
    resolve_level_dated,
    resolve_level_loose,
    resolve_level_now,
    resolve_listing_item,
    resolve_listing_since,
    resolve_mean_after_level,
    resolve_per_tonne_level,
    resolve_per_unit_first,
    resolve_prev_day_level,
    resolve_range_dated,
    resolve_range_loose,
    resolve_section_level,
    resolve_this_quote,
    resolve_vat_clause,
)
from reemarket.ingest.rules.zh_quote_list import resolve_quote_list

#: A price range, each end with its own 万 or the low end bare: "36.98万-37.78万元/吨".
#: a quarter the price was set or reached in: "价格在2023年第2季创下每吨31,030元的高点"
_IN_QUARTER = r"\s*(?:在|于)\s*\d{4}\s*年\s*第?\s*[一二三四1-4]\s*季度?\s*(?:时|期间)?\s*"
#: a short word on the trend between the product and its quote: "氧化铈小幅走高，报…", or its
#: rate said first: "氧化铽价格较上周下跌1.2%，报680万元/吨"
#: a clause of trend before the quote: "…走高，报X", "…持续走高，目前已涨至X" (a level reached)
LEAD_CLAUSE = (
    r"(?:(?P<lead>(?:[^,，。;；、\d%]|\d+(?:\.\d+)?\s*%){1,16}[,，])\s*(?:{NOW})?\s*(?:已经|已)?"
    r"\s*(?=报|{REACHED}))?"
)
#: the low end may carry the unit too: "54.8万元/吨至55.2万元/吨"
RANGE = (
    r"{NUM}\s*万?(?:元/吨|元/公斤|元/千克|美元/公斤|美元/千克|美元/吨)?\s*(?:[-~至到—]|－)\s*{Q}"
)
#: a grade or market in brackets right after the product: "稀土精矿（REO50%）", "氧化镨钕(上海)"
SPEC = r"(?:\s*[(（][^()（）,，。;；]{1,16}[)）])?"
#: The day a clause opens on: "周五", "7月3日", "3日", or a month's first or last trading day
#: ("月初", "月末(6月28日)") in a monthly review.
DAY_LEAD = (
    r"(?:本|上)?周[一二三四五六日]|\d{1,2}月\d{1,2}日|\d{1,2}日"
    r"|月[初末底](?:\s*\(\s*\d{1,2}月\d{1,2}日\s*\))?"
)
#: A day named between a product and its quote: "氧化钕于9月29日报…", "氧化铽2024年3月1日报…".
GAP_DAY = r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|[末底初])"
D = "2024-07-05"
RULES = [
    Rule(
        "price_move",
        "price change",
        "zh",
        r"{PREV_DAY}?\s*(?P<cue>{UP}|{DOWN})\s*{ABOUT}?\s*{Q:chg}\s*(?:至|到|[,，]\s*收于|[,，]\s*报)\s*"
        + r"(?:(?P<v>"
        + RANGE
        + r")|{Q:lvl})",
        resolve_move,
        (
            Example(
                "氧化镝较前一交易日下调2万元/吨至160万元/吨。",
                (
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -20000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1600000, "CNY/t"),
                ),
            ),
            Example(
                "金属镨報價單日上漲8000元/噸至52萬元/噸。",
                (
                    ("price", "pr_metal", "change", "2024-07-04/2024-07-05", 8000, "CNY/t"),
                    ("price", "pr_metal", "price", "2024-07-05", 520000, "CNY/t"),
                ),
            ),
            Example(  # bare dollars after a per-kg quote; the move from the level the
                # sentence gave on an earlier day, when they add up
                "氧化铽离岸价报每公斤860美元。回看上周，氧化铽于9月24日报850美元，9月26日升2美元"
                "至852美元。",
                (
                    ("price", "tb_oxide", "price", "2025-09-30", 860, "USD/kg"),
                    ("price", "tb_oxide", "price", "2025-09-24", 850, "USD/kg"),
                    ("price", "tb_oxide", "change", "2025-09-24/2025-09-26", 2, "USD/kg"),
                    ("price", "tb_oxide", "price", "2025-09-26", 852, "USD/kg"),
                ),
                published="2025-09-30",
            ),
            Example(  # a move to a range: the range's two ends on the move's day
                "周二(9月10日)氧化钆报价下调0.2万元/吨至16.1万-16.5万元/吨，金属镝上涨20元/公斤至"
                "2050-2080元/公斤。",
                (
                    ("price", "gd_oxide", "change", "2024-09-09/2024-09-10", -2000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-09-10", 161000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-09-10", 165000, "CNY/t"),
                    ("price", "dy_metal", "change", "2024-09-09/2024-09-10", 20, "CNY/kg"),
                    ("price", "dy_metal", "price_low", "2024-09-10", 2050, "CNY/kg"),
                    ("price", "dy_metal", "price_high", "2024-09-10", 2080, "CNY/kg"),
                ),
                published="2024-09-13",
            ),
        ),
    ),
    Rule(
        "price_day_move",
        "price change",
        "zh",
        # a clause opening on its day (a weekday may carry its date in brackets), the move
        # right after it: no base word, so the session's own move
        r"(?:^|[,，;；])\s*(?:其中)?\s*(?:{PROD}\s*[:：]?\s*)?(?P<d>(?:" + DAY_LEAD + r")"
        r"(?:\s*[(（]\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）])?)\s*"
        r"(?:继续|再度|再|又|小幅|大幅)?\s*(?P<cue>{UP}|{DOWN})\s*{ABOUT}?\s*{Q:chg}(?!\s*(?:至|到))",
        resolve_day_move,
        (
            Example(  # the product of the list item, the day of the clause
                "· 氧化镝：周三报1760-1780元/公斤。周四继续上涨15元/公斤，买盘跟进有限。\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-03", 1760, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-03", 1780, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-03/2024-07-04", 15, "CNY/kg"),
                ),
            ),
            Example(
                "金属镨钕周一报54.5万元/吨，周二小幅下调0.5万元/吨。",
                (
                    ("price", "prnd_metal", "price", "2024-07-01", 545000, "CNY/t"),
                    ("price", "prnd_metal", "change", "2024-07-01/2024-07-02", -5000, "CNY/t"),
                ),
            ),
            Example("氧化钆近30日上涨0.8万元/吨。", ()),  # a span of days, not a day
        ),
        doc="a move said of the day its clause opens on, against the session before",
    ),
    Rule(
        "price_move_after_dated",
        "price change",
        "zh",
        # an earlier day's level in its own clause, then the move with no base of its own
        r"[,，;；]\s*(?P<d>(?:" + DAY_LEAD + r")"
        r"(?:\s*[(（]\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）])?)\s*(?:{LEVEL})\s*{Q}\s*[,，]\s*"
        r"(?:小幅|微|略|大幅|明显)?\s*(?P<cue>{UP}|{DOWN})\s*{Q:chg}(?!\s*(?:至|到|%))",
        resolve_move_after_dated,
        (
            Example(
                "氧化镝出口价周三报每公斤236美元，周一为232美元，小幅上涨4美元。",
                (
                    ("price", "dy_oxide", "price", "2024-07-03", 236, "USD/kg"),
                    ("price", "dy_oxide", "price", "2024-07-01", 232, "USD/kg"),
                    ("price", "dy_oxide", "change", "2024-07-01/2024-07-03", 4, "USD/kg"),
                ),
            ),
            Example(
                "氧化钆周五报16.2万元/吨，上周五为16.5万元/吨，下跌0.3万元/吨。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 162000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-06-28", 165000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", -3000, "CNY/t"),
                ),
            ),
        ),
        doc="a move after an earlier day's level: from that day to the sentence's quote",
    ),
    Rule(
        "price_each",
        "price level",
        "zh",
        r"(?P<ps>{PROD}(?:{SEP}{PROD})+)(?P<mid>[^。;；]{0,16}?)分别(?:报|为|是|达)?\s*(?P<qs>{Q}(?:\s*{SEP}\s*{Q})+)",
        resolve_each,
        (
            Example(
                "氧化镝和氧化铽2023年均价分别为2100元/公斤和8000元/公斤, 同比分别下降10%和5%。",
                (
                    ("price", "dy_oxide", "average", "2023", 2100, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2023", 8000, "CNY/kg"),
                    ("price", "dy_oxide", "average_yoy_pct", "2023", -10, "%"),
                    ("price", "tb_oxide", "average_yoy_pct", "2023", -5, "%"),
                ),
            ),
            Example(  # a listing notice's pair: the company's prices of the listing month
                # ("维持5月水平" names the month they equal, not theirs)
                "北方稀土公布2024年6月挂牌价。氧化钕挂牌价为36.4万元/吨。氧化镧、氧化铈的挂牌价"
                "维持5月水平，分别为4000元/吨和7000元/吨。",
                (
                    ("price", "nd_oxide", "price", "2024-06", 364000, "CNY/t"),
                    ("price", "la_oxide", "price", "2024-06", 4000, "CNY/t"),
                    ("price", "ce_oxide", "price", "2024-06", 7000, "CNY/t"),
                ),
                published="2024-06-03",
                entity="china_northern_rare_earth",
            ),
            Example(  # the month the review speaks of, not the one a clause looked back to,
                # nor the one the flat move is against
                "8月氧化钆月均价为15.1万元/吨，7月为15.6万元/吨。镧铈全月无波动，氧化镧、"
                "氧化铈月均价分别为4.00元/公斤和6.80元/公斤，与7月持平。",
                (
                    ("price", "gd_oxide", "average", "2024-08", 151000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-07", 156000, "CNY/t"),
                    ("price", "la_oxide", "average", "2024-08", 4.0, "CNY/kg"),
                    ("price", "ce_oxide", "average", "2024-08", 6.8, "CNY/kg"),
                ),
                published="2024-09-02",
            ),
            Example(  # a remark between the products and the month of their means
                "氧化钆、氧化钬走势平稳, 6月平均价格分别为15.1万元/吨和47万元/吨。",
                (
                    ("price", "gd_oxide", "average", "2024-06", 151000, "CNY/t"),
                    ("price", "ho_oxide", "average", "2024-06", 470000, "CNY/t"),
                ),
            ),
            Example(  # each rate with its own direction
                "2024年氧化钬、氧化钆均价分别为52万元/吨和16万元/吨, 同比分别下跌6.5%和上涨3.2%。",
                (
                    ("price", "ho_oxide", "average", "2024", 520000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024", 160000, "CNY/t"),
                    ("price", "ho_oxide", "average_yoy_pct", "2024", -6.5, "%"),
                    ("price", "gd_oxide", "average_yoy_pct", "2024", 3.2, "%"),
                ),
                published="2025-01-10",
            ),
        ),
    ),
    Rule(
        "price_average",
        "average",
        "zh",
        r"{PROD:p}\s*(?:[(（][^()（）]{1,12}[)）])?\s*[:：]?\s*"
        r"(?:\d{1,2}月份?|全年|(?:第)?[一二三四]?季度|上半年|月度|月|(?:本|上)?周|年"
        r"|{LAST_WEEK}|{LAST_MONTH}|{THIS_MONTH})?(?:现货|市场)?(?:月|周)?"
        r"{AVERAGE}\s*(?:约)?\s*(?:为|达|报|是|录得)?\s*(?:约)?\s*{Q:v}",
        resolve_average,
        (
            Example(  # a weekday of last week is that day: its 均价 is the day's price
                "上周五氧化铽均价为6950元/公斤。",
                (("price", "tb_oxide", "price", "2024-06-28", 6950, "CNY/kg"),),
            ),
            Example(  # a month-to-date mean, the month named before the product and 约 before
                # the figure: from the month's 1st to the report's day
                "11月以来，氧化钆均价约为15.9万元/吨。",
                (("price", "gd_oxide", "average", "2024-11-01/2024-11-14", 159000, "CNY/t"),),
                published="2024-11-14",
            ),
            Example(  # "录得" as the verb of a month's mean
                "3月份氧化钬均价录得47.6万元/吨。",
                (("price", "ho_oxide", "average", "2024-03", 476000, "CNY/t"),),
                published="2024-04-03",
            ),
            Example(  # last week's and last month's means: spans before the report's
                "上周氧化铽均价为6950元/公斤。氧化镝上月均价为1705元/公斤。",
                (
                    ("price", "tb_oxide", "average", "2024-06-24/2024-06-28", 6950, "CNY/kg"),
                    ("price", "dy_oxide", "average", "2024-06", 1705, "CNY/kg"),
                ),
            ),
            Example(
                "2023年三季度氧化镨钕均价为50万元/吨, 同比下降20%, 环比上涨2.5%。",
                (
                    ("price", "prnd_oxide", "average", "2023-Q3", 500000, "CNY/t"),
                    ("price", "prnd_oxide", "average_yoy_pct", "2023-Q3", -20, "%"),
                    ("price", "prnd_oxide", "change_pct", "2023-Q2/2023-Q3", 2.5, "%"),
                ),
            ),
            Example(  # the earlier quarter's average said after it; a quarter after the name
                "2023年二季度氧化铽均价为780万元/吨, 较一季度的820万元/吨下降4.9%; 氧化镝二季度均价为230万元/吨。",
                (
                    ("price", "tb_oxide", "average", "2023-Q2", 7800000, "CNY/t"),
                    ("price", "tb_oxide", "average", "2023-Q1", 8200000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2023-Q2", 2300000, "CNY/t"),
                ),
            ),
            Example(  # in a listing notice, a spot word after the product makes it the market's
                "北方稀土公布10月挂牌价\n据行业统计，9月30日氧化镨钕现货均价约为52万元/吨。",
                (("price", "prnd_oxide", "price", "2025-09-30", 520000, "CNY/t"),),
                published="2025-10-08",
                entity="china",
            ),
            Example(  # ... and so does 国内 before it, or 市场 between it and its mean
                "北方稀土公布2024年8月挂牌价。据统计，7月份国内氧化镝市场月均价为176万元/吨。"
                "6月28日，国内氧化铽均价为580万元/吨。",
                (
                    ("price", "dy_oxide", "average", "2024-07", 1760000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-06-28", 5800000, "CNY/t"),
                ),
                published="2024-08-01",
                entity="china",
            ),
            Example(  # the company's own list stays its own though it names the home market
                "北方稀土公布2024年8月挂牌价。8月国内氧化镨钕挂牌价为41.3万元/吨。",
                (("price", "prnd_oxide", "price", "2024-08", 413000, "CNY/t"),),
                published="2024-08-01",
                entity="china_northern_rare_earth",
            ),
            Example(  # a band held over months written out ("4月至5月"): that span's low and high
                "今年4月至5月，受政策影响，国内氧化钆价格在15万-16.5万元/吨之间宽幅震荡。"
                "2024年10月到12月，氧化镝价格在160万-175万元/吨区间运行。",
                (
                    ("price", "gd_oxide", "price_low", "2025-04/2025-05", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2025-04/2025-05", 165000, "CNY/t"),
                    ("price", "dy_oxide", "price_low", "2024-10/2024-12", 1600000, "CNY/t"),
                    ("price", "dy_oxide", "price_high", "2024-10/2024-12", 1750000, "CNY/t"),
                ),
                published="2025-06-27",
            ),
            Example(  # the mean a year before, then the rate: the y/y of the mean
                "2025年一季度氧化镝均价为168万元/吨，较上年同期的205万元/吨下降18.05%；"
                "2024年氧化钆年均价为16.2万元/吨，较2023年的24.1万元/吨下跌32.8%。",
                (
                    ("price", "dy_oxide", "average", "2025-Q1", 1680000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2024-Q1", 2050000, "CNY/t"),
                    ("price", "dy_oxide", "average_yoy_pct", "2025-Q1", -18.05, "%"),
                    ("price", "gd_oxide", "average", "2024", 162000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2023", 241000, "CNY/t"),
                    ("price", "gd_oxide", "average_yoy_pct", "2024", -32.8, "%"),
                ),
                published="2025-04-08",
            ),
            Example(  # no period, then the move on the day before: the day's average quote
                "氧化镝均价165.5万元/吨，较上一交易日下跌5000元/吨。",
                (
                    ("price", "dy_oxide", "price", "2024-07-05", 1655000, "CNY/t"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -5000, "CNY/t"),
                ),
            ),
            Example(  # two weeks' means: their 周环比 rate is the means' (whose span the
                # golds leave open), not a week's move of the quote
                "本周氧化钬均价为48.2万元/吨，上周为47.5万元/吨，周环比上涨1.47%。",
                (
                    ("price", "ho_oxide", "average", "2024-07-01/2024-07-05", 482000, "CNY/t"),
                    ("price", "ho_oxide", "average", "2024-06-24/2024-06-28", 475000, "CNY/t"),
                ),
            ),
            Example(  # a list item's week average, the week before's without 为
                "· 氧化钆: 周均价15.6万元/吨, 上周15.2万元/吨。",
                (
                    ("price", "gd_oxide", "average", "2024-07-01/2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-06-24/2024-06-28", 152000, "CNY/t"),
                ),
            ),
            Example(  # a market in brackets, a year's 年均价 and the year before's
                "2023年氧化镝(国内)年均价为240万元/吨, 较2022年的230万元/吨小幅上涨。",
                (
                    ("price", "dy_oxide", "average", "2023", 2400000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2022", 2300000, "CNY/t"),
                ),
            ),
            Example(  # the month before's average in the next clause, its product unsaid
                "4月氧化钬月均价为47.5万元/吨, 3月月均价为49万元/吨。",
                (
                    ("price", "ho_oxide", "average", "2024-04", 475000, "CNY/t"),
                    ("price", "ho_oxide", "average", "2024-03", 490000, "CNY/t"),
                ),
                published="2024-04-30",
            ),
            Example(  # a year-to-date mean is over a span of days; 较上年同期 is its y/y
                "今年年初至5月10日, 氧化铽均价为720万元/吨, 较上年同期下跌5.2%。",
                (
                    ("price", "tb_oxide", "average", "2024-01-01/2024-05-10", 7200000, "CNY/t"),
                    ("price", "tb_oxide", "average_yoy_pct", "2024-01-01/2024-05-10", -5.2, "%"),
                ),
                published="2024-05-15",
            ),
            Example(  # a week's average and the week before's
                "本周氧化钆周均价为15.6万元/吨, 上周为15.2万元/吨, 环比上涨2.6%。",
                (
                    ("price", "gd_oxide", "average", "2024-07-01/2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-06-24/2024-06-28", 152000, "CNY/t"),
                ),
            ),
            Example(  # the week before's mean named again ("上周周均价"), its days in brackets;
                # a weekday named earlier does not cut this week short
                "周二氧化铽单日下调50元/公斤。\n"
                "本周氧化铽周均价为6210元/公斤，上周（9月2日-6日）周均价为6300元/公斤；"
                "本周氧化镝周均价为1720元/公斤，上周周均价为1745元/公斤。\n",
                (
                    ("price", "tb_oxide", "change", "2024-09-09/2024-09-10", -50, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2024-09-09/2024-09-13", 6210, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2024-09-02/2024-09-06", 6300, "CNY/kg"),
                    ("price", "dy_oxide", "average", "2024-09-09/2024-09-13", 1720, "CNY/kg"),
                    ("price", "dy_oxide", "average", "2024-09-02/2024-09-06", 1745, "CNY/kg"),
                ),
                published="2024-09-13",
            ),
            Example(  # the week before's days in brackets; a week's trading days (1 May is a
                # holiday), and 本周 after the product
                "氧化钆本周周均价为15.6万元/吨, 上周(4月29日-4月30日)为15.2万元/吨; "
                "氧化钬本周周均价为46万元/吨, 上周为47万元/吨。",
                (
                    ("price", "gd_oxide", "average", "2024-05-06/2024-05-10", 156000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-04-29/2024-04-30", 152000, "CNY/t"),
                    ("price", "ho_oxide", "average", "2024-05-06/2024-05-10", 460000, "CNY/t"),
                    ("price", "ho_oxide", "average", "2024-04-29/2024-04-30", 470000, "CNY/t"),
                ),
                published="2024-05-10",
            ),
        ),
    ),
    Rule(
        "listing_move",
        "price change",
        "zh",
        r"{PROD:p}\s*[:：]?\s*(?:挂牌价)?\s*每吨(?P<cue>{UP}|{DOWN})\s*{ABOUT}?\s*(?P<n>{NUM})\s*(?P<sc>[万亿]?)元(?!/)",
        resolve_per_tonne_move,
        (
            Example(
                "北方稀土公布2022年3月挂牌价。\n氧化镨钕: 每吨上调2万元;",
                (("price", "prnd_oxide", "change", "2022-02/2022-03", 20000, "CNY/t"),),
            ),
        ),
    ),
    Rule(
        "contract_price",
        "price level",
        "zh",
        r"{PROD:p}(?:\d{1,2}月)?(?:{CONTRACT}|{LISTING}|价格)(?:[^,，。;；\d]{0,12}?|"
        + _IN_QUARTER
        + ")"
        r"(?:为|至|达到|高达|确定为|调整为|调整至|创下|录得)\s*(?:不含税|含税)?\s*(?P<v>{Q}|{QU})"
        r"(?!\s*(?:[-~至到—]|－))",  # the low end of a range is no price of its own
        resolve_contract,
        (
            Example(
                "北方稀土公告, 2024年第一季度稀土精矿交易价格调整为不含税16000元/吨。",
                (("price", "re_concentrate", "price", "2024-Q1", 16000, "CNY/t"),),
            ),
            Example(  # a quarter's price named inside the sentence, as a record it set
                "北方稀土稀土精矿价格在2022年第3季度创下每吨35,000元的高点后逐季下调。",
                (("price", "re_concentrate", "price", "2022-Q3", 35000, "CNY/t"),),
                published="2024-07-10",
            ),
            Example(  # a heading's product word, then the item's own: the item's price
                "北方稀土公布8月中重稀土挂牌价: 氧化钬挂牌价为5.2万元/吨, 较7月的5.5万元/吨下调0.3万元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-08", 52000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07", 55000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-07/2024-08", -3000, "CNY/t"),
                ),
                published="2024-08-01",
            ),
            Example(  # the southern group's own list, by its short name: its prices, not the north's
                "南方稀土公布9月挂牌价：氧化铽挂牌价为590万元/吨。",
                (("price", "tb_oxide", "price", "2024-09", 5900000, "CNY/t"),),
                published="2024-09-02",
                entity="china_southern_rare_earth",
            ),
        ),
    ),
    Rule(
        "price_adjusted_pct",
        "price change",
        "zh",
        r"(?:(?:本次)?调整后(?:的)?|本季度|本期)(?:{CONTRACT}|价格)\s*"
        r"(?:{MOM}|较上一?(?:季度|期))\s*(?P<cue>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%",
        resolve_adjusted_pct,
        (
            Example(
                "北方稀土关于2024年第三季度稀土精矿交易价格的公告\n"
                "三季度稀土精矿交易价格为不含税17000元/吨。二季度稀土精矿交易价格为不含税16000元/吨, "
                "本次调整后价格环比上涨6.25%。",
                (
                    ("price", "re_concentrate", "price", "2024-Q3", 17000, "CNY/t"),
                    ("price", "re_concentrate", "change_pct", "2024-Q2/2024-Q3", 6.25, "%"),
                    ("price", "re_concentrate", "price", "2024-Q2", 16000, "CNY/t"),
                ),
            ),
            Example(  # the notice's own quarter against the quarter before, no product word
                "北方稀土关于2025年第二季度稀土精矿交易价格的公告: 2025年第二季度稀土精矿交易价格调整为"
                "不含税19500元/吨(干量, REO=50%)。本季度交易价格较上季度下降4.2%。",
                (
                    ("price", "re_concentrate", "price", "2025-Q2", 19500, "CNY/t"),
                    ("price", "re_concentrate", "change_pct", "2025-Q1/2025-Q2", -4.2, "%"),
                ),
            ),
        ),
        doc="the rate of the notice's own adjustment, for the product it priced",
    ),
    Rule(
        "price_period_pct",
        "price change",
        "zh",
        r"(?:{MOM}|本季度|本月)[^,，。;；\d]{0,3}{PROD:p}(?:交易)?价格\s*{MOM}?\s*(?P<cue>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%|"
        r"{PROD:p2}(?P<pw>(?:交易)?价格|{LISTING})?\s*{MOM}\s*(?P<cue2>{UP}|{DOWN})\s*(?P<pct2>{NUM})\s*%|"
        # the next product's rate right after one, 环比 left out: "…环比上调6.1%，金属镨钕上调5.9%"
        r"(?<=%)\s*[,，、]\s*{PROD:p3}(?:(?:交易)?价格|{LISTING})?\s*(?:同步|也|亦|则)?\s*"
        r"(?P<cue3>{UP}|{DOWN})\s*(?P<pct3>{NUM})\s*%",
        resolve_period_move_pct,
        (
            Example(  # a listing's rates, the second with 环比 left out
                "北方稀土公布2025年3月挂牌价。3月氧化钕挂牌价环比上调4.1%，金属钕上调3.8%，"
                "氧化镝则下调1.2%。",
                (
                    ("price", "nd_oxide", "change_pct", "2025-02/2025-03", 4.1, "%"),
                    ("price", "nd_metal", "change_pct", "2025-02/2025-03", 3.8, "%"),
                    ("price", "dy_oxide", "change_pct", "2025-02/2025-03", -1.2, "%"),
                ),
                published="2025-03-03",
            ),
            Example(  # an output's rates, not a price's: nothing
                "3月氧化钕产量环比增长4.1%，金属钕增长3.8%。",
                (),
                published="2025-03-31",
            ),
            Example(  # a listing's monthly rates; the second product's price word left out
                "北方稀土公布2024年10月挂牌价。10月氧化镨钕挂牌价环比上调5.2%，金属镨钕环比上调4.9%。",
                (
                    ("price", "prnd_oxide", "change_pct", "2024-09/2024-10", 5.2, "%"),
                    ("price", "prnd_metal", "change_pct", "2024-09/2024-10", 4.9, "%"),
                ),
                published="2024-10-08",
            ),
            Example("10月氧化镨钕产量环比增长3%，金属镨钕环比增长2%。", ()),
            Example(
                "北方稀土公布2024年第二季度稀土精矿交易价格; 本季度稀土精矿价格环比下降5.5%。",
                (("price", "re_concentrate", "change_pct", "2024-Q1/2024-Q2", -5.5, "%"),),
            ),
        ),
    ),
]
RULES += [
    Rule(
        "price_level_loose",
        "price level",
        "zh",
        r"{PROD:p}"
        + SPEC
        # "金属铈方面，9月19日FOB中国价格为X": the product the sentence is about, then its clause
        + r"(?:\s*方面\s*[,，])?"
        + LEAD_CLAUSE
        # a day may stand between product and verb: "氧化钕于9月29日报X"
        + r"(?:\s*[:：]|\s*(?P<gap>(?:[^,，。;；、\d%]|"
        + GAP_DAY
        + r"){0,12}?)(?:{LEVEL}|(?P<noun>{PRICE_NOUN}))"
        r"\s*(?P<about>约)?)?\s*{Q:v}"
        r"(?!\s*(?:[-~至到—]|－))",
        resolve_level_loose,
        (
            Example(  # a level quoted as of a month's end (截至…底, no mean or running total):
                # that month's last trading day; a company name ending in 稀土 run into the
                # product is no group subject
                "截至2024年3月底，中国稀土氧化铽报580万元/吨。截至5月末，氧化钆报16.2万元/吨。",
                (
                    ("price", "tb_oxide", "price", "2024-03-29", 5800000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-05-31", 162000, "CNY/t"),
                ),
            ),
            Example(  # "上探至": the level an upward probe reached
                "金属钕主流报价上探至60.5万元/吨。",
                (("price", "nd_metal", "price", "2024-07-05", 605000, "CNY/t"),),
            ),
            Example(  # a level a move reached, in the clause after the trend: the report's
                "氧化镨钕价格本周震荡上行，目前已涨至44.8万元/吨。金属镨钕需求偏弱，现已回落至"
                "54.2万元/吨。氧化铽价格连日上调，截至发稿已升至7150元/公斤。",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 448000, "CNY/t"),
                    ("price", "prnd_metal", "price", "2024-07-05", 542000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-07-05", 7150, "CNY/kg"),
                ),
            ),
            Example(  # a day between the product and its verb dates that quote only
                "氧化钕周五报45万元/吨，氧化铈于9月29日报7000元/吨，氧化镝2025年9月30日报价"
                "1650-1670元/公斤。",
                (
                    ("price", "nd_oxide", "price", "2025-10-10", 450000, "CNY/t"),
                    ("price", "ce_oxide", "price", "2025-09-29", 7000, "CNY/t"),
                    ("price", "dy_oxide", "price_low", "2025-09-30", 1650, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2025-09-30", 1670, "CNY/kg"),
                ),
                published="2025-10-10",
            ),
            Example(  # a named month's end (月底, 月末, with its year or not) is its last trading
                # day and its start (月初) its first, as 月初 alone is the text's month's
                "6月底氧化镝报1880元/公斤。2024年5月末氧化铽报5900元/公斤。5月初氧化钕报41.5万元/吨。",
                (
                    ("price", "dy_oxide", "price", "2024-06-28", 1880, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-05-31", 5900, "CNY/kg"),
                    ("price", "nd_oxide", "price", "2024-05-06", 415000, "CNY/t"),
                ),
            ),
            Example(  # the month's end between the product and its verb dates that quote
                "氧化钆价格在5月底报15.6万元/吨。",
                (("price", "gd_oxide", "price", "2024-05-31", 156000, "CNY/t"),),
            ),
            Example(  # a per-unit set apart by blanks, or after its amount as 每吨 / 每公斤
                "氧化钆报价 15.8 万元 / 吨, 氧化钬报 560 元 / 公斤。氧化铽报价720万元每吨,"
                "金属镝报价2100元每公斤。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 158000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-05", 560, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 7200000, "CNY/t"),
                    ("price", "dy_metal", "price", "2024-07-05", 2100, "CNY/kg"),
                ),
            ),
            Example(  # the 元 left out of a price's unit: still yuan, and 万 still scales it
                "氧化镧报价0.45万/吨, 氧化铕报价198/公斤。",
                (
                    ("price", "la_oxide", "price", "2024-07-05", 4500, "CNY/t"),
                    ("price", "eu_oxide", "price", "2024-07-05", 198, "CNY/kg"),
                ),
            ),
            Example(  # "X方面，" names the product of the clause after it
                "氧化钬方面，今日主流报价为47.2万元/吨；金属镝（≥99.5%）方面，10月9日成交价为"
                "2150元/公斤。",
                (
                    ("price", "ho_oxide", "price", "2024-10-10", 472000, "CNY/t"),
                    ("price", "dy_metal", "price", "2024-10-09", 2150, "CNY/kg"),
                ),
                published="2024-10-10",
            ),
            Example(  # a magnet grade after the product is its specification
                "烧结钕铁硼毛坯N40报价98元/公斤。",
                (("price", "ndfeb_blank", "price", "2024-07-05", 98, "CNY/kg"),),
            ),
            Example(  # a price service's own quote "报价约X" is its quote; hearsay's 约 is not
                "今日混合碳酸稀土报价约3.4万元/吨。据贸易商人士称, 氧化钬报价约47万元/吨。",
                (("price", "re_carbonate", "price", "2024-07-05", 34000, "CNY/t"),),
            ),
            Example(
                "轻稀土方面, 氧化铕195元/公斤; 氧化镝成交重心下移至190万元/吨。",
                (
                    ("price", "eu_oxide", "price", "2024-07-05", 195, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1900000, "CNY/t"),
                ),
            ),
            Example(  # a move, not a level (the move is the week's change)
                "氧化镨钕较上周下跌3000元/吨, 氧化镨钕库存约2600吨。",
                (("price", "prnd_oxide", "change", "2024-06-28/2024-07-05", -3000, "CNY/t"),),
            ),
            Example(  # the rate first, then the quote
                "氧化铽价格较上周下跌1.2%，报680万元/吨。",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 6800000, "CNY/t"),
                    ("price", "tb_oxide", "change_pct", "2024-06-28/2024-07-05", -1.2, "%"),
                ),
            ),
            Example(  # a word on the trend, then the quote in its own clause
                "氧化钬继续走弱, 报价46.5万元/吨; 氧化钆需求平淡，报15万元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 465000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-05", 150000, "CNY/t"),
                ),
            ),
            Example(
                "氧化钕报43.5万元/吨, 成交清淡。",
                (("price", "nd_oxide", "price", "2024-07-05", 435000, "CNY/t"),),
            ),
            Example(  # a price noun, no verb, before the figure
                "今日氧化钬价格47.5万元/吨，成交一般；金属镝成交价178万元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 475000, "CNY/t"),
                    ("price", "dy_metal", "price", "2024-07-05", 1780000, "CNY/t"),
                ),
            ),
            Example(  # a grade in brackets after the product; a closing quote's 报收
                "氧化镧（99.99%）市场价格0.42万元/吨，镨钕合金报收55万元/吨。",
                (
                    ("price", "la_oxide", "price", "2024-07-05", 4200, "CNY/t"),
                    ("price", "prnd_metal", "price", "2024-07-05", 550000, "CNY/t"),
                ),
            ),
            Example(  # a weekday with its date in brackets: the bracket's day, in a later week
                "回看上周，周一（7月1日）氧化钆报15.6万元/吨。周三(7月3日)金属镝报价215万元/吨。",
                (
                    ("price", "gd_oxide", "price", "2024-07-01", 156000, "CNY/t"),
                    ("price", "dy_metal", "price", "2024-07-03", 2150000, "CNY/t"),
                ),
                published="2024-07-10",
            ),
        ),
    ),
    Rule(
        "price_eve_level",
        "price level",
        "zh",
        r"(?:^|[,，;；])\s*(?P<eve>"
        + EVE
        + r")\s*(?:\(\s*(?:\d{1,2}月)?\d{1,2}日\s*\))?\s*(?:{PROD:p})?"
        r"\s*(?:为|报)\s*(?:每(?:公斤|千克|吨))?\s*{Q:v}"
        r"(?!\s*(?:[-~至到—]|－))",
        resolve_eve_level,
        (
            Example(  # the eve's level after today's, its move since in bare yuan
                "氧化鐠釹5月6日均價報每噸42.5萬元人民幣，節前（4月30日）為41.8萬元，累計上漲0.7萬元。",
                (
                    ("price", "prnd_oxide", "price", "2025-05-06", 425000, "CNY/t"),
                    ("price", "prnd_oxide", "price", "2025-04-30", 418000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2025-04-30/2025-05-06", 7000, "CNY/t"),
                ),
                published="2025-05-07",
            ),
            Example(  # an unnamed eve: the calendar's last trading day before the closure
                "氧化镝今日报1720元/公斤，节前为1690元/公斤。",
                (
                    ("price", "dy_oxide", "price", "2024-10-08", 1720, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-09-30", 1690, "CNY/kg"),
                ),
                published="2024-10-08",
            ),
            Example(  # the product after the bracketed eve, quoted per unit first; the move since
                "国庆节前（9月27日）氧化铽报每公斤6080元，节后累计下跌95元。",
                (
                    ("price", "tb_oxide", "price", "2024-09-27", 6080, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-09-27/2024-10-10", -95, "CNY/kg"),
                ),
                published="2024-10-10",
            ),
        ),
    ),
    Rule(
        "price_section_level",
        "price level",
        "zh",
        r"^\s*(?:月末|月底|月初|\d{1,2}月\d{1,2}日|今日|当日|同日)\s*[,，]?\s*(?:价格|报价)?\s*(?:报|为)?\s*{Q:v}"
        r"(?!\s*(?:[-~至到—]|－))",
        resolve_section_level,
        (
            Example(  # a review's section under a product heading: its sentences name none
                "（三）氧化钬\n3月氧化钬平均价格为48.2万元/吨。月末报49万元/吨, 比2月28日的47.5万元/吨上涨1.5万元/吨。",
                (
                    ("price", "ho_oxide", "average", "2025-03", 482000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2025-03-31", 490000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2025-02-28", 475000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2025-02-28/2025-03-31", 15000, "CNY/t"),
                ),
                published="2025-04-03",
            ),
        ),
    ),
    Rule(
        "price_quote_list",
        "price level",
        "zh",
        # "· 钕氧 41.20-41.80 ↑0.5", "· PrNd氧 40.6-41.0w ↑0.2", "镧氧 4.05-4.35 / 铈氧 7.2-7.6 平"
        r"(?:^[\s·•●■・▪\-*]*|\s*[/／、]\s*){PROD:p}\s*[:：]?\s*(?P<lo>{NUM})\s*[-~～]\s*"
        r"(?P<hi>{NUM})(?P<w>[wW万])?(?!\s*(?:万|元|美元|%|[\d.]|[(（]\s*万?美?元))"
        r"\s*(?:(?P<arrow>[↑↓▲▼])\s*(?P<chg>{NUM})(?P<cw>[wW万])?|(?P<flat>持平|平))?",
        resolve_quote_list,
        (
            Example(  # a midday note's list: units by group in the lead line, moves in arrows
                "早间报价（单位：氧化物/金属 万元/吨，镝铽钆 元/公斤；涨跌较昨日收盘）\n"
                "· 镨钕氧 44.1-44.6w ↑0.2，成交偏少\n"
                "· 镝氧 1650-1670 ↓10\n"
                "· 铽氧 6980-7020 / 钆氧 152-155 平\n",
                (
                    ("price", "prnd_oxide", "price_low", "2024-07-05", 441000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-07-05", 446000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),
                    ("price", "dy_oxide", "price_low", "2024-07-05", 1650, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 1670, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -10, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 6980, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 7020, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", 0, "CNY/kg"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 152, "CNY/kg"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 155, "CNY/kg"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 0, "CNY/kg"),
                ),
            ),
            Example(  # a row with its own unit in brackets is not the lead line's to price
                "早间报价（单位：万元/吨）\n· 镨钕氧 44.1-44.6 ↑0.2\n· 镝氧 1650-1670（元/公斤）\n",
                (
                    ("price", "prnd_oxide", "price_low", "2024-07-05", 441000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-07-05", 446000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),
                ),
            ),
            Example(  # a list whose units were never said gives nothing
                "早间报价\n· 镨钕氧 44.1-44.6 ↑0.2\n",
                (),
            ),
        ),
        doc="a bulleted quote list under a lead line naming units by group of products",
    ),
    Rule(
        "price_list_item",
        "price level",
        "zh",
        r"^[\s·•●■\-*]*{PROD:p}\s*[:：]?\s*(?P<v>{NUM})(?=\s*(?:[,，;；。]|$))",
        resolve_level,
        (
            Example(
                "当日主要产品均价(单位:元/千克):\n· 氧化镝 1,875.00, 较上周五下跌35.00\n· 氧化铕 195.00\n",
                (
                    ("price", "dy_oxide", "price", "2024-07-05", 1875, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-06-28/2024-07-05", -35, "CNY/kg"),
                    ("price", "eu_oxide", "price", "2024-07-05", 195, "CNY/kg"),
                ),
            ),
            Example("· 氧化镝 1,875.00, 较上周五下跌35.00\n", ()),
        ),
    ),
    Rule(
        "price_level_now",
        "price level",
        "zh",
        # a clause of its own after an earlier level: "…，目前已涨至X", "…，现已回落至X"
        r"[,，;；]\s*(?:价格|报价)?\s*(?:{NOW})\s*(?:价格|报价)?\s*(?:已经|已)?\s*(?:{REACHED})\s*"
        r"(?P<v>(?P<r>" + RANGE + r")|{Q})",
        resolve_level_now,
        (
            Example(  # the month's first quote, then the level reached now
                "本月初氧化铽报6600元/公斤，目前已涨至6900元/公斤。"
                "氧化钆上周五报16.2万元/吨，现已回落至15.8-16万元/吨。",
                (
                    ("price", "tb_oxide", "price", "2024-07-01", 6600, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 6900, "CNY/kg"),
                    ("price", "gd_oxide", "price", "2024-06-28", 162000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 160000, "CNY/t"),
                ),
            ),
        ),
        doc="a level reached now, in a clause after an earlier level of the product",
    ),
    Rule(
        "price_vat_clause",
        "price level",
        "zh",
        r"[,，;；]\s*(?:其|对应)?\s*(?:折合|折算|换算为?|约合)?\s*(?:{VAT_INCL}|{VAT_EXCL})\s*(?:价格|价|报价)?"
        r"\s*(?:为|报|在)?\s*(?P<v>(?P<r>" + RANGE + r")|{Q})",
        resolve_vat_clause,
        (
            Example(  # the other basis in the clause after: one price twice (veto vat_twin)
                "氧化钆不含税价格为15.1万元/吨，含税价格为17.1万元/吨。",
                (("price", "gd_oxide", "price", "2024-07-05", 171000, "CNY/t"),),
            ),
            Example(  # a range on the other basis, converted: the one stated stays
                "金属镨钕报价53.2-53.6万元/吨（含税），折合不含税47.1-47.4万元/吨。",
                (
                    ("price", "prnd_metal", "price_low", "2024-07-05", 532000, "CNY/t"),
                    ("price", "prnd_metal", "price_high", "2024-07-05", 536000, "CNY/t"),
                ),
            ),
        ),
        doc="a price on the other VAT basis in the clause after the product's first",
    ),
    Rule(
        "price_range_loose",
        "price level",
        "zh",
        r"{PROD:p}"
        + SPEC
        + LEAD_CLAUSE
        # a weekday's day may stand in brackets in the gap: "氧化钕：周五（1月12日）报X-Y"
        + r"\s*(?P<gap>(?:[^,，。;；、\d%]|[(（]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*[)）]|"
        + GAP_DAY
        + r"){0,12}?)"
        + r"(?P<v>"
        + RANGE
        + ")",
        resolve_range_loose,
        (
            Example(
                "氧化镧3.81-4.19元/公斤、氧化铈6.6-7.13元/公斤; 氧化铽稳于570-575万元/吨。",
                (
                    ("price", "la_oxide", "price_low", "2024-07-05", 3.81, "CNY/kg"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4.19, "CNY/kg"),
                    ("price", "ce_oxide", "price_low", "2024-07-05", 6.6, "CNY/kg"),
                    ("price", "ce_oxide", "price_high", "2024-07-05", 7.13, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 5700000, "CNY/t"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 5750000, "CNY/t"),
                ),
            ),
            Example(  # the currency named after 元 ("元人民币/吨"), as Hong Kong papers write it
                "氧化釹今日報62萬至63萬元人民幣/噸，金屬鋱報每公斤9,000元人民幣。",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-05", 620000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-05", 630000, "CNY/t"),
                    ("price", "tb_metal", "price", "2024-07-05", 9000, "CNY/kg"),
                ),
            ),
            Example(  # one range said of every product listed before 均
                "今日氧化钐、氧化钇均稳于1.4-1.6万元/吨，氧化钬报46-47万元/吨。",
                (
                    ("price", "sm_oxide", "price_low", "2024-07-05", 14000, "CNY/t"),
                    ("price", "sm_oxide", "price_high", "2024-07-05", 16000, "CNY/t"),
                    ("price", "y_oxide", "price_low", "2024-07-05", 14000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-05", 16000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-07-05", 460000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 470000, "CNY/t"),
                ),
            ),
            Example("氧化镝较上周下跌1-2万元/吨。", ()),
            Example(  # a year named as the base of a y/y rate ("…基数较大") is looked back
                # on: a later month-day (even 29 February) stays in the report's year
                "2月氧化镝月均价为2150元/公斤，同比下跌18.2%，主要因为2023年2月价格偏高，基数较大。"
                "2月29日氧化镝报2120-2140元/公斤。",
                (
                    ("price", "dy_oxide", "average", "2024-02", 2150, "CNY/kg"),
                    ("price", "dy_oxide", "average_yoy_pct", "2024-02", -18.2, "%"),
                    ("price", "dy_oxide", "price_low", "2024-02-29", 2120, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-02-29", 2140, "CNY/kg"),
                ),
                published="2024-02-29",
            ),
            Example(  # ... and so does 月末: the month the report speaks of, not the base's
                "氧化钬价格同比大幅回落，因2023年2月时仍在高位，同期基数较高。月末氧化钬报47.5万-48万元/吨。",
                (
                    ("price", "ho_oxide", "price_low", "2024-02-29", 475000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-02-29", 480000, "CNY/t"),
                ),
                published="2024-02-29",
            ),
            Example(  # a base quarter of the year before
                "一季度氧化铽均价同比回落，2023年一季度基数较高。月末氧化铽报6500-6600元/公斤。",
                (
                    ("price", "tb_oxide", "price_low", "2024-03-29", 6500, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-03-29", 6600, "CNY/kg"),
                ),
                published="2024-03-29",
            ),
            Example(  # the trend said first, the range after a comma, then the move
                "氧化镧小幅走高，报3.9-4.3元/公斤。",
                (
                    ("price", "la_oxide", "price_low", "2024-07-05", 3.9, "CNY/kg"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4.3, "CNY/kg"),
                ),
            ),
            Example(  # a range reached by a fall
                "氧化镝价格连日走低，目前已回落至1620-1640元/公斤。",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 1620, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 1640, "CNY/kg"),
                ),
            ),
            Example(  # another product in the first clause: whose quote it is stays unclear
                "氧化镝走势强于氧化铽，报160-162万元/吨。",
                (),
            ),
            Example(  # a day an item's later sentence named is not the next item's
                "· 氧化钆：周五报16.1万-16.5万元/吨。周四一度上调至16.3万-16.7万元/吨。\n"
                "· 氧化镧：报3.9-4.3元/公斤。\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 161000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 165000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-04", 163000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-04", 167000, "CNY/t"),
                    ("price", "la_oxide", "price_low", "2024-07-05", 3.9, "CNY/kg"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4.3, "CNY/kg"),
                ),
            ),
            Example(  # a list item's own day stays with that item
                "· 周三(7月3日)氧化钕报45万-46万元/吨。\n· 氧化镧: 全周持平于3.81-4.19元/公斤。\n",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-03", 450000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-03", 460000, "CNY/t"),
                    ("price", "la_oxide", "price_low", "2024-07-05", 3.81, "CNY/kg"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4.19, "CNY/kg"),
                ),
            ),
            Example(  # the weekday's day in brackets between the label and the quote
                "· 氧化钆：周四（7月4日）报15.1万-15.5万元/吨。\n· 金属镝：周一(1日)报218-222万元/吨。\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-04", 151000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-04", 155000, "CNY/t"),
                    ("price", "dy_metal", "price_low", "2024-07-01", 2180000, "CNY/t"),
                    ("price", "dy_metal", "price_high", "2024-07-01", 2220000, "CNY/t"),
                ),
            ),
            Example(  # held the whole week: the review's day, not a weekday named before
                "周三氧化钕单日下调5000元/吨。\n· 氧化镧：全周维持3.8-4.2元/公斤。\n",
                (
                    ("price", "nd_oxide", "change", "2024-07-02/2024-07-03", -5000, "CNY/t"),
                    ("price", "la_oxide", "price_low", "2024-07-05", 3.8, "CNY/kg"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4.2, "CNY/kg"),
                ),
            ),
            Example(  # a week's span with the month said twice is no day of its own
                "本周(7月1日-7月5日)轻稀土走弱。\n氧化镧3.81-4.19元/公斤。\n",
                (
                    ("price", "la_oxide", "price_low", "2024-07-05", 3.81, "CNY/kg"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4.19, "CNY/kg"),
                ),
            ),
            Example(  # a label names both products, then each is quoted after its own name
                "氧化钆、氧化钬: 氧化钆报15.2万-15.6万元/吨, 氧化钬报46万-47万元/吨。",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 156000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-07-05", 460000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 470000, "CNY/t"),
                ),
            ),
            Example(  # each end with its own 万
                "氧化钕36.98万-37.78万元/吨, 氧化镨钕成交价集中在37.2万~37.6万元/吨。",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-05", 369800, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-05", 377800, "CNY/t"),
                    ("price", "prnd_oxide", "price_low", "2024-07-05", 372000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-07-05", 376000, "CNY/t"),
                ),
            ),
            Example(  # a morning note: "昨日" is the trading day before publication, and so is
                # the next paragraph's quote that names no day of its own
                "昨日氧化钆报15.2-15.5万元/吨, 较前一交易日下跌0.2万元/吨。\n\n氧化钬报46-47万元/吨。\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-01", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-01", 155000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-01", -2000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-07-01", 460000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-01", 470000, "CNY/t"),
                ),
                published="2024-07-02",
            ),
            Example(  # after today's quotes, a look back to the day before stays a look back:
                # the next paragraph's quote is today's again
                "7月10日，氧化钆报15.2万-15.5万元/吨。前一交易日（7月9日）氧化钆报15.4万-15.7万元/吨。"
                "\n\n氧化钬报46万-47万元/吨，与前一日持平。\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-10", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-10", 155000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-09", 154000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-09", 157000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-07-10", 460000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-10", 470000, "CNY/t"),
                ),
                published="2024-07-10",
            ),
            Example(  # today's range, then the earlier day's in the same sentence
                "今日氧化镝报1650-1670元/公斤；9月2日为1660-1680元/公斤。\n氧化铽报6950-7000元/公斤。\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-09-04", 1650, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-09-04", 1670, "CNY/kg"),
                    ("price", "dy_oxide", "price_low", "2024-09-02", 1660, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-09-02", 1680, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-09-04", 6950, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-09-04", 7000, "CNY/kg"),
                ),
                published="2024-09-04",
            ),
            Example(
                "今日氧化铽报价580-590万元/吨。",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 5800000, "CNY/t"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 5900000, "CNY/t"),
                ),
            ),
            Example(  # "价格区间为/在" names the day's quoted range; each end may carry the unit
                "氧化钆现货价格区间在15.3-15.6万元/吨；金属铽价格为880万元/吨至890万元/吨。",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 153000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 156000, "CNY/t"),
                    ("price", "tb_metal", "price_low", "2024-07-05", 8800000, "CNY/t"),
                    ("price", "tb_metal", "price_high", "2024-07-05", 8900000, "CNY/t"),
                ),
            ),
            Example(  # a span named first: the range is the span's
                "上半年氧化铽成交区间为6800-7400元/公斤。",
                (
                    ("price", "tb_oxide", "price_low", "2024-01/2024-06", 6800, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-01/2024-06", 7400, "CNY/kg"),
                ),
            ),
        ),
    ),
    Rule(
        "price_change",
        "price change",
        "zh",
        r"(?:"
        + BASE
        + r"|(?:(?P<prior>上一|前一)|(?<!上一)(?<!前一)(?<![上本下]))(?P<week>周)(?:度|环比)?"
        r"(?=\s*(?:{UP}|{DOWN})))"
        r"[^,，。;；\d]{0,6}?(?:微|小幅|大幅|累计)?(?P<cue>{UP}|{DOWN})\s*{QN:chg}(?!\s*(?:至|到))"
        + RATE_TAIL,
        resolve_change,
        (
            Example(  # a move told of the week before the quote's is that week's
                "周五氧化钬报价47.5万元/吨，与上周五持平，前一周下跌1.5万元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 475000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-21/2024-06-28", -15000, "CNY/t"),
                ),
            ),
            Example(  # this week's move, then the week before's
                "本周氧化钆报价16.5万元/吨，周上涨0.3万元/吨，上一周下调0.2万元/吨。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 165000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 3000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-21/2024-06-28", -2000, "CNY/t"),
                ),
            ),
            Example(  # against the start of the month: its first trading day
                "氧化钆报价16.2万元/吨，较月初上涨0.4万元/吨，涨幅2.5%。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 162000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-01/2024-07-05", 4000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-07-01/2024-07-05", 2.5, "%"),
                ),
            ),
            Example(
                "氧化钬较上一交易日微涨2000元/吨。",
                (("price", "ho_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),),
            ),
            Example(  # the eve of a holiday closure, unnamed: the calendar's last day before it
                "春节后开市首日, 氧化镨钕报41.2万元/吨, 较节前上涨5000元/吨。",
                (
                    ("price", "prnd_oxide", "price", "2024-02-19", 412000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-02-08/2024-02-19", 5000, "CNY/t"),
                ),
                published="2024-02-19",
            ),
            Example(  # the eve named at length with its day in brackets
                "长假后首周收官, 氧化铽报590万元/吨, 较国庆长假前最后一个交易日(9月27日)下跌5万元/吨。",
                (
                    ("price", "tb_oxide", "price", "2024-10-11", 5900000, "CNY/t"),
                    ("price", "tb_oxide", "change", "2024-09-27/2024-10-11", -50000, "CNY/t"),
                ),
                published="2024-10-11",
            ),
            Example(  # the price first, its change in bare yuan of the same unit
                "今日氧化钆报15.6万元/吨, 较昨日上涨0.4万元; 氧化镝1650元/公斤, 较昨日下跌20元。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 4000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1650, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -20, "CNY/kg"),
                ),
            ),
            Example("氧化镨钕较昨日上涨1.2万元。", ()),  # no quote: no unit to take
            Example(
                "氧化镝均价较上周五累计下跌20元/千克。",
                (("price", "dy_oxide", "change", "2024-06-28/2024-07-05", -20, "CNY/kg"),),
            ),
            Example(  # the base day named again in brackets, a bare figure before a comma
                "均价(单位:元/千克):\n· 氧化铽 5,800.00，较上周五（6月28日）下跌40.00，跌幅0.69%\n",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 5800, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-06-28/2024-07-05", -40, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-06-28/2024-07-05", -0.69, "%"),
                ),
            ),
            Example(  # "周度" before the move: against the same day a week before
                "金属铽报860万元/吨，周度上调10万元/吨。",
                (
                    ("price", "tb_metal", "price", "2024-07-05", 8600000, "CNY/t"),
                    ("price", "tb_metal", "change", "2024-06-28/2024-07-05", 100000, "CNY/t"),
                ),
            ),
            Example(  # the rate named by its span ("月涨幅")
                "7月5日氧化钆报16万元/吨, 较6月28日上涨0.8万元/吨, 周涨幅5.26%。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 160000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 8000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06-28/2024-07-05", 5.26, "%"),
                ),
            ),
            Example(  # a day of this month
                "氧化钆报15.8万元/吨, 均价较3日上调1500元/吨。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 158000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-03/2024-07-05", 1500, "CNY/t"),
                ),
            ),
            Example(  # after a holiday: against the last day before it, named in brackets
                "长假后首个交易日(10月8日), 氧化钆均价较节前(9月30日)小涨800元/吨, 氧化钬上涨2000元/吨。",
                (
                    ("price", "gd_oxide", "change", "2024-09-30/2024-10-08", 800, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-09-30/2024-10-08", 2000, "CNY/t"),
                ),
                published="2024-10-11",
            ),
            Example(  # one move said of both products quoted before it
                "氧化镨报48万元/吨，氧化钕报49万元/吨，二者较昨日均上调3000元/吨。",
                (
                    ("price", "pr_oxide", "price", "2024-07-05", 480000, "CNY/t"),
                    ("price", "nd_oxide", "price", "2024-07-05", 490000, "CNY/t"),
                    ("price", "pr_oxide", "change", "2024-07-04/2024-07-05", 3000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-07-04/2024-07-05", 3000, "CNY/t"),
                ),
            ),
            Example(  # products listed together, 均 before the move; a range's ends are no list
                "氧化镝、氧化铽较上周五均下跌20元/公斤；氧化钆报价两端均上调1000元/吨。",
                (
                    ("price", "dy_oxide", "change", "2024-06-28/2024-07-05", -20, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-06-28/2024-07-05", -20, "CNY/kg"),
                ),
            ),
            Example(  # the base between 与 and 相比, the move (of the midpoint) after the comma
                "氧化钆：周五报15.2万-15.6万元/吨，与上周五（6月28日）相比，中间价上涨3000元/吨，"
                "涨幅1.99%；金属镝报1650元/公斤，与前一交易日相比下跌10元/公斤。",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 3000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06-28/2024-07-05", 1.99, "%"),
                    ("price", "dy_metal", "price", "2024-07-05", 1650, "CNY/kg"),
                    ("price", "dy_metal", "change", "2024-07-04/2024-07-05", -10, "CNY/kg"),
                ),
            ),
            Example(  # a move against last Friday, then the level: no day-on-day move
                "氧化铕价格较上周五上涨5000元/吨，报19.5万元/吨。",
                (
                    ("price", "eu_oxide", "price", "2024-07-05", 195000, "CNY/t"),
                    ("price", "eu_oxide", "change", "2024-06-28/2024-07-05", 5000, "CNY/t"),
                ),
            ),
            Example(  # a week's change
                "氧化钬周五报47万元/吨, 均价周跌5000元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 470000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", -5000, "CNY/t"),
                ),
            ),
        ),
    ),
    Rule(
        "price_change_rate",
        "price change",
        "zh",
        r"(?:"
        + BASE
        + r"|"
        + WEEK_ON_WEEK
        + r")[^,，。;；\d]{0,6}?(?:微|小幅|大幅|累计)?(?P<cue>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%",
        resolve_change_rate,
        (
            Example(  # against the start of the year: its first trading day (2 January)
                "氧化铽报6300元/公斤，较年初下跌8%。",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 6300, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-01-02/2024-07-05", -8, "%"),
                ),
            ),
            Example(  # the rate alone, against a week before
                "氧化鐠釹出口報價為每公斤60美元，較一週前上漲1.8%。",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 60, "USD/kg"),
                    ("price", "prnd_oxide", "change_pct", "2024-06-28/2024-07-05", 1.8, "%"),
                ),
            ),
            Example(
                "氧化铽报580万元/吨, 较上一交易日下跌0.86%。",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 5800000, "CNY/t"),
                    ("price", "tb_oxide", "change_pct", "2024-07-04/2024-07-05", -0.86, "%"),
                ),
            ),
            Example(  # 周环比 / 环比上周: against the same day a week before
                "氧化钬报46.5万元/吨，周环比小幅上涨2.2%；金属镝报178万元/吨，环比上周下跌1.1%。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 465000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2024-06-28/2024-07-05", 2.2, "%"),
                    ("price", "dy_metal", "price", "2024-07-05", 1780000, "CNY/t"),
                    ("price", "dy_metal", "change_pct", "2024-06-28/2024-07-05", -1.1, "%"),
                ),
            ),
        ),
        doc="a quote's rate of change against the base named, with no amount",
    ),
    Rule(
        "price_week_rate",
        "price change",
        "zh",
        r"[,，;；]\s*(?:本周|周内|当周|一周|周度|全周|周)\s*(?:累计)?\s*"
        r"(?:(?P<rate>{RATE_UP}|{RATE_DOWN})|(?:小幅|大幅|微)?(?P<cue>{UP}|{DOWN}))"
        r"\s*(?:为|达|达到|约)?\s*(?P<pct>{NUM})\s*%",
        resolve_week_rate,
        (
            Example(  # the week's rate alone, after a word on the trend
                "本周氧化镝出口价格明显走强，周内涨幅4.2%。",
                (("price", "dy_oxide", "change_pct", "2024-06-28/2024-07-05", 4.2, "%"),),
            ),
            Example(
                "氧化铽价格继续回落，本周跌幅为1.5%。",
                (("price", "tb_oxide", "change_pct", "2024-06-28/2024-07-05", -1.5, "%"),),
            ),
            Example(  # after an amount against a base the rate is that change's
                "氧化钆报16万元/吨, 较6月28日上涨0.8万元/吨, 周涨幅5.26%。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 160000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 8000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06-28/2024-07-05", 5.26, "%"),
                ),
            ),
            Example(  # the day's close, then the week's move in words: to that close
                "周四金属镝报收178万元/吨，周内累计下跌1.7%。",
                (
                    ("price", "dy_metal", "price", "2024-07-04", 1780000, "CNY/t"),
                    ("price", "dy_metal", "change_pct", "2024-06-27/2024-07-04", -1.7, "%"),
                ),
            ),
            Example(
                "氧化钇维持在4.6万元/吨，本周小幅上涨0.4%。",
                (
                    ("price", "y_oxide", "price", "2024-07-05", 46000, "CNY/t"),
                    ("price", "y_oxide", "change_pct", "2024-06-28/2024-07-05", 0.4, "%"),
                ),
            ),
        ),
        doc="a week's rate of change said on its own, after the product's clause",
    ),
    Rule(
        "price_day_rate",
        "price change",
        "zh",
        # "单日涨幅1.8%", "日跌幅为2%", "单日上涨1.2%", "日涨50元/千克": the day's move after
        # the quote (not "日均", "日内" or a day of the month: "，12日涨…")
        r"[,，;；]\s*(?:单日|当日|日)\s*(?:(?P<rate>{RATE_UP}|{RATE_DOWN})\s*(?:为|达|达到|约)?"
        r"\s*(?P<pct>{NUM})\s*%|(?:小幅|大幅|微)?(?P<cue>{UP}|{DOWN})\s*(?:(?P<rp>{NUM})\s*%"
        r"|{Q:chg}(?!\s*(?:至|到))))",
        resolve_day_rate,
        (
            Example(  # the day's rate or amount alone after a quote: from the trading day before
                "氧化钬报48.5万元/吨，单日涨幅2.1%。氧化镝报1680元/公斤，日涨20元/公斤。"
                "金属铽报8950元/公斤，单日下跌1.5%。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 485000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2024-07-04/2024-07-05", 2.1, "%"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1680, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", 20, "CNY/kg"),
                    ("price", "tb_metal", "price", "2024-07-05", 8950, "CNY/kg"),
                    ("price", "tb_metal", "change_pct", "2024-07-04/2024-07-05", -1.5, "%"),
                ),
            ),
            Example(  # a bare yuan amount takes the quote's unit
                "氧化铽今日报价7150元/公斤，日涨50元。",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 7150, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", 50, "CNY/kg"),
                ),
            ),
        ),
        doc="a day's move said on its own after the quote (单日涨幅, 日涨X元)",
    ),
    Rule(
        "price_month_to_date",
        "price change",
        "zh",
        r"(?:^|[,，;；])\s*(?:(?P<mo>\d{1,2})\s*月份?|本月|当月"
        r"|(?:本月|月初|本月初|进入\d{1,2}月)以来\s*[,，]?\s*(?:{PROD})?)\s*(?:均价|价格)?\s*累计\s*"
        r"(?:微|小幅|大幅)?(?P<cue>{UP}|{DOWN})\s*(?:(?P<rp>{NUM})\s*%|{Q:chg}" + RATE_TAIL + ")",
        resolve_month_to_date,
        (
            Example(  # the month so far: from the last close of the month before
                "氧化镝29日报每吨165万至167万元, 8月累计上涨6.5%。",
                (
                    ("price", "dy_oxide", "price_low", "2024-08-29", 1650000, "CNY/t"),
                    ("price", "dy_oxide", "price_high", "2024-08-29", 1670000, "CNY/t"),
                    ("price", "dy_oxide", "change_pct", "2024-07-31/2024-08-29", 6.5, "%"),
                ),
                published="2024-08-30",
            ),
            Example(
                "9月20日氧化钬报46万元/吨，本月累计下跌2万元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-09-20", 460000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-08-30/2024-09-20", -20000, "CNY/t"),
                ),
                published="2024-09-21",
            ),
            Example(  # "月初以来" with the product after it: the month so far
                "月初以来，氧化钆价格累计下跌3.1%，目前报15.6万元/吨。",
                (
                    ("price", "gd_oxide", "price", "2024-09-20", 156000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-08-30/2024-09-20", -3.1, "%"),
                ),
                published="2024-09-20",
            ),
            Example(
                "9月20日氧化钬报46万元/吨，本月以来累计上涨1.5万元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-09-20", 460000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-08-30/2024-09-20", 15000, "CNY/t"),
                ),
                published="2024-09-21",
            ),
            Example(  # another month's total is no change to this quote
                "9月20日氧化钬报46万元/吨，8月累计下跌2%。",
                (("price", "ho_oxide", "price", "2024-09-20", 460000, "CNY/t"),),
                published="2024-09-21",
            ),
        ),
        doc="a month's change so far, from the close of the month before to the quote's day",
    ),
    Rule(
        "price_past_span_move",
        "price change",
        "zh",
        r"(?:(?P<w1>{LAST_WEEK}|{LAST_MONTH})\s*[,，]?\s*)?{PROD:p}\s*(?:现货)?(?:价格)?\s*"
        r"(?P<w2>{LAST_WEEK}|{LAST_MONTH}|{THIS_MONTH}(?=\s*(?:价格)?\s*累计))?\s*(?:价格)?\s*"
        r"(?:累计|合计|整体)?\s*(?:微|小幅|大幅)?"
        r"(?P<cue>{UP}|{DOWN})\s*(?:(?P<rp>{NUM})\s*%|{Q:chg}(?!\s*(?:至|到))" + RATE_TAIL + ")",
        resolve_past_span_move,
        (
            Example(  # last month's move: from the close of the month before it to its close
                "氧化钬上月累计上涨5.2%，本月以来走势偏弱。",
                (("price", "ho_oxide", "change_pct", "2024-05-31/2024-06-28", 5.2, "%"),),
            ),
            Example(  # last week's move: from the Friday before it to its Friday
                "上周氧化镨钕价格累计下跌1.5万元/吨，跌幅3.3%。",
                (
                    ("price", "prnd_oxide", "change", "2024-06-21/2024-06-28", -15000, "CNY/t"),
                    ("price", "prnd_oxide", "change_pct", "2024-06-21/2024-06-28", -3.3, "%"),
                ),
            ),
            Example(  # this month so far, the product right before 本月累计
                "氧化钆本月累计上涨2.4%。",
                (("price", "gd_oxide", "change_pct", "2024-06-28/2024-07-05", 2.4, "%"),),
            ),
            Example(  # a company's shares named like the product give no price move
                "稀土板块上周走强，中国稀土上周累计上涨6.1%。",
                (),
            ),
            Example(  # a move against last week is no move of last week
                "氧化钕价格较上周下跌3000元/吨。",
                (("price", "nd_oxide", "change", "2024-06-28/2024-07-05", -3000, "CNY/t"),),
            ),
        ),
        doc="a move over last week or last month, said with the span word",
    ),
    Rule(
        "price_change_carried",
        "price change",
        "zh",
        # "…；氧化镨报X，同样上涨Y" / "，涨幅同样为Y": the part's own move said as the first's
        r"[,，;；]\s*(?:{PROD}\s*(?:同步|同日|同期|随之|亦|也|则)\s*|(?:同样|同步|亦|也)\s*)?"
        r"(?:均价|报价)?\s*(?:(?:节|假|长假|假期)后\s*)?(?:累计)?\s*(?:微|小幅|大幅)?"
        r"(?:(?:上下限|高低端|两端|上下沿|高低价)\s*(?:均|都|皆|同步|各)?\s*)?"
        r"(?P<cue>{UP}|{DOWN})(?:(?<=[涨升跌降])幅\s*(?:同样|也|亦|均)?\s*(?:为|达|是|约)?)?"
        r"\s*{Q:chg}"
        r"(?!\s*(?:至|到))" + RATE_TAIL,
        resolve_change_carried,
        (
            Example(  # the second product's quote, then its move said as the first's
                "今日氧化镝报178万元/吨，较上周五下跌2万元/吨；金属镝报225万元/吨，跌幅为3万元/吨；"
                "氧化钬报47万元/吨，同样下跌0.5万元/吨。",
                (
                    ("price", "dy_oxide", "price", "2024-07-03", 1780000, "CNY/t"),
                    ("price", "dy_oxide", "change", "2024-06-28/2024-07-03", -20000, "CNY/t"),
                    ("price", "dy_metal", "price", "2024-07-03", 2250000, "CNY/t"),
                    ("price", "dy_metal", "change", "2024-06-28/2024-07-03", -30000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-03", 470000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-03", -5000, "CNY/t"),
                ),
                published="2024-07-03",
            ),
            Example(  # 涨幅 with an amount, "同样为": the same base as the part before
                "氧化钆报16.1万元/吨，较昨日上涨1000元/吨；氧化钇报4.6万元/吨，涨幅同样为1000元/吨。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 161000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 1000, "CNY/t"),
                    ("price", "y_oxide", "price", "2024-07-05", 46000, "CNY/t"),
                    ("price", "y_oxide", "change", "2024-07-04/2024-07-05", 1000, "CNY/t"),
                ),
            ),
            Example(  # a second product's move opening its own part takes the first's base and
                # the day the sentence last named; its rate after it ("月度跌幅") is the move's
                "9月4日起氧化铽连续回调；9月27日氧化铽报5850元/公斤，较8月30日下跌120元/公斤，"
                "月度跌幅2.0%；氧化镝同步下跌30元/公斤，跌幅1.7%。",
                (
                    ("price", "tb_oxide", "price", "2024-09-27", 5850, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-08-30/2024-09-27", -120, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-08-30/2024-09-27", -2.0, "%"),
                    ("price", "dy_oxide", "change", "2024-08-30/2024-09-27", -30, "CNY/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-08-30/2024-09-27", -1.7, "%"),
                ),
                published="2024-09-30",
            ),
            Example(  # a base said with 与…相比 is price_since's: no day-on-day move of the second
                "与上周同期（9月3日）相比，氧化钬累计上涨2000元/吨，氧化钆则下跌1000元/吨。",
                (
                    ("price", "ho_oxide", "change", "2024-09-03/2024-09-10", 2000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-09-03/2024-09-10", -1000, "CNY/t"),
                ),
                published="2024-09-10",
            ),
            Example(
                "氧化镝报160万元/吨, 较前一交易日下跌1万元/吨; 氧化铽报580万元/吨, 跌5万元/吨。",
                (
                    ("price", "dy_oxide", "price", "2024-07-05", 1600000, "CNY/t"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -10000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-07-05", 5800000, "CNY/t"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -50000, "CNY/t"),
                ),
            ),
            Example(
                "氧化铽报580万元/吨, 跌5万元/吨。",
                (("price", "tb_oxide", "price", "2024-07-05", 5800000, "CNY/t"),),
            ),
            Example(  # the caption names the base once; a blank line and a group line follow
                "今日报价及与上周四（5月16日）相比的涨跌如下：\n\n▲ 轻稀土\n"
                "· 氧化镨钕：41.5-41.8万元/吨，上涨2000元/吨；\n· 氧化镝：1,720元/千克，下跌10元/千克。\n",
                (
                    ("price", "prnd_oxide", "price_low", "2024-05-20", 415000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-05-20", 418000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-05-16/2024-05-20", 2000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2024-05-20", 1720, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-05-16/2024-05-20", -10, "CNY/kg"),
                ),
                published="2024-05-20",
            ),
            Example(  # both ends of the range moved by the same amount
                "氧化钬报46-47万元/吨, 较上一交易日上涨5000元/吨; 氧化钆报15.2-15.6万元/吨, "
                "上下限均下调2000元/吨。",
                (
                    ("price", "ho_oxide", "price_low", "2024-07-05", 460000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 470000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-07-04/2024-07-05", 5000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", -2000, "CNY/t"),
                ),
            ),
            Example(  # a later paragraph's bare move on the same day: the report's base
                "氧化镝报160万元/吨, 较上一交易日下跌1万元/吨。\n\n金属方面\n镝铁合金报155万元/吨，跌8000元/吨。\n",
                (
                    ("price", "dy_oxide", "price", "2024-07-05", 1600000, "CNY/t"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -10000, "CNY/t"),
                    ("price", "dyfe_alloy", "price", "2024-07-05", 1550000, "CNY/t"),
                    ("price", "dyfe_alloy", "change", "2024-07-04/2024-07-05", -8000, "CNY/t"),
                ),
            ),
            Example(  # a list's items share the base its first item named
                "当日均价如下:\n· 氧化镝: 1,800元/千克, 比上一交易日涨20元/千克\n"
                "· 氧化铽: 5,600元/千克, 跌30元/千克\n",
                (
                    ("price", "dy_oxide", "price", "2024-07-05", 1800, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", 20, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 5600, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -30, "CNY/kg"),
                ),
            ),
        ),
        doc="a change whose base an earlier clause of the sentence named",
    ),
    Rule(
        "price_level_dated",
        "price level",
        "zh",
        # a weekday may carry its date in brackets, and the verb be a move's end: "；周三（9月17日）
        # 反弹至X", and a colon may open the clauses after the product ("…先抑后扬：周一…报X")
        r"(?:[,，;；:：])\s*(?P<d>(?:"
        + DAY_LEAD
        + r")(?:\s*[(（]\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）])?)\s*"
        r"(?:先|再|又|继续|进一步|一度|小幅|大幅)?\s*(?:{LEVEL}|{REACHED})\s*(?P<v>{Q}|{QU})"
        r"(?!\s*(?:[-~至到—]|－))",
        resolve_level_dated,
        (
            Example(
                "氧化铽: 周一报590万元/吨, 周五收于585万元/吨。",
                (
                    ("price", "tb_oxide", "price", "2024-07-01", 5900000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-07-05", 5850000, "CNY/t"),
                ),
            ),
            Example(  # last week's Friday and a named day, each in its own clause
                "周五氧化钇FOB中国报7.80美元/公斤，上周五为7.65美元/公斤，10月2日为7.70美元/公斤。",
                (
                    ("price", "y_oxide", "price", "2025-10-17", 7.8, "USD/kg"),
                    ("price", "y_oxide", "price", "2025-10-10", 7.65, "USD/kg"),
                    ("price", "y_oxide", "price", "2025-10-02", 7.7, "USD/kg"),
                ),
                published="2025-10-17",
            ),
            Example(  # the product before a colon, each clause a day with its date in brackets
                "氧化钇FOB中国价格走势反复：周二（3月4日）报7.62美元/公斤，周三（3月5日）小幅"
                "回落至7.55美元/公斤；周四（3月6日）反弹至7.70美元/公斤。",
                (
                    ("price", "y_oxide", "price", "2025-03-04", 7.62, "USD/kg"),
                    ("price", "y_oxide", "price", "2025-03-05", 7.55, "USD/kg"),
                    ("price", "y_oxide", "price", "2025-03-06", 7.7, "USD/kg"),
                ),
                published="2025-03-10",
            ),
            Example(  # a Taiwan wire's unit-first quote, the product in the clause before
                "氧化鑭小幅走低，4日報每公斤0.82美元。",
                (("price", "la_oxide", "price", "2024-07-04", 0.82, "USD/kg"),),
            ),
            Example(  # a customs unit value's earlier day in bare dollars is no quote either
                "海关数据显示，本周氧化镝出口均价为每公斤215美元，周二为208美元。",
                (),
            ),
        ),
        doc="a clause that opens on its own day and quotes the sentence's product",
    ),
    Rule(
        "price_this_quote",
        "price level",
        "zh",
        r"(?P<d>(?:" + DAY_LEAD + r")(?:\s*[(（][^()（）]{1,12}[)）])?)\s*"
        r"(?:这一|该|此)(?:价格|报价|价位)\s*(?:还|仍|则|也)?\s*(?:在|为|报|是|处于)\s*"
        r"(?P<v>(?P<rng>" + RANGE + r")|{Q}(?!\s*(?:[-~至到—]|－)))",
        resolve_this_quote,
        (
            Example(  # "这一价格" is the series quoted last, on the day the clause names
                "7月10日氧化钆报15.2万-15.5万元/吨，而上周五（7月5日）这一价格还在15.6万-15.9万元/吨。",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-10", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-10", 155000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 159000, "CNY/t"),
                ),
                published="2024-07-10",
            ),
            Example(  # the product quoted in the sentence before
                "稀土日评\n今日金属铽报价895万元/吨。\n回看节前，9月30日该报价为880万元/吨。\n",
                (
                    ("price", "tb_metal", "price", "2024-10-10", 8950000, "CNY/t"),
                    ("price", "tb_metal", "price", "2024-09-30", 8800000, "CNY/t"),
                ),
                published="2024-10-10",
            ),
        ),
        doc="a quote of another day pointed back to by 这一价格 / 该报价",
    ),
    Rule(
        "price_mean_after_level",
        "price level",
        "zh",
        r"[,，]\s*(?:成交|现货|市场)?(?:{AVERAGE})\s*(?:为|报|在)?\s*{Q:v}"
        r"(?!\s*(?:[-~至到—]|－))",
        resolve_mean_after_level,
        (
            Example(  # the range, then its mean and the day's move, with no product again
                "氧化镝成交价格区间为1680-1700元/公斤，均价1690元/公斤，较昨日下跌10元/公斤。",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 1680, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 1700, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1690, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -10, "CNY/kg"),
                ),
            ),
            Example(  # a day named first is the mean's day too
                "7月3日，氧化钕报45.0万-45.4万元/吨，成交均价为45.2万元/吨。",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-03", 450000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-03", 454000, "CNY/t"),
                    ("price", "nd_oxide", "price", "2024-07-03", 452000, "CNY/t"),
                ),
            ),
            Example(  # a span's range: its mean is the span's average
                "本周氧化铽价格区间为6800-6950元/公斤，均价6900元/公斤。",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-01/2024-07-05", 6800, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-01/2024-07-05", 6950, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2024-07-01/2024-07-05", 6900, "CNY/kg"),
                ),
            ),
        ),
        doc="a mean after the quote of the clause before, of the same product and day",
    ),
    Rule(
        "price_average_base",
        "average",
        "zh",
        r"较\s*(?P<d>[^,，。;；均]{1,10}?)(?:的)?{AVERAGE}\s*(?:为)?\s*{Q:v}",
        resolve_average_base,
        (
            Example(
                "7月氧化铽月均价为580万元/吨, 较6月均价600万元/吨下跌3.3%。",
                (
                    ("price", "tb_oxide", "average", "2024-07", 5800000, "CNY/t"),
                    ("price", "tb_oxide", "average", "2024-06", 6000000, "CNY/t"),
                    # the rate of the two means (price_mean_change)
                    ("price", "tb_oxide", "change_pct", "2024-06/2024-07", -3.3, "%"),
                ),
            ),
        ),
        doc="the average of the period a comparison names",
    ),
    Rule(
        "price_average_carried",
        "average",
        "zh",
        r"(?:[,，;；]|[(（](?=[^()（）]{4,30}[)）]))\s*(?:其中)?\s*"
        r"(?P<d>[^,，。;；\d]{0,3}?(?:\d{1,2}月份?|[一二三四]季度|上半年|下半年|全年"
        r"|(?:上|本)周(?:\s*(?:五|5)\s*个交易日)?))"
        r"\s*(?:全月|整月|全季|该)?{AVERAGE}\s*(?:为|达|报|是)?\s*{Q:v}",
        resolve_average_carried,
        (
            Example(  # last week's five trading days' mean, in the dollars of the quote before
                "氧化铽离岸价上周五报每公斤850美元；上周五个交易日均价为845美元。",
                (
                    ("price", "tb_oxide", "price", "2024-09-13", 850, "USD/kg"),
                    ("price", "tb_oxide", "average", "2024-09-09/2024-09-13", 845, "USD/kg"),
                ),
                published="2024-09-16",
            ),
            Example(  # the earlier quarter's average in brackets after the quarter named
                "上半年氧化钕均价40万元/吨；其中二季度均价39万元/吨，环比一季度（41万元/吨）下滑4.9%。",
                (
                    ("price", "nd_oxide", "average", "2024-01/2024-06", 400000, "CNY/t"),
                    ("price", "nd_oxide", "average", "2024-Q2", 390000, "CNY/t"),
                    ("price", "nd_oxide", "average", "2024-Q1", 410000, "CNY/t"),
                ),
            ),
            Example(  # the later month's mean first, the earlier's second, then one 环比: the
                # rate runs from the earlier month to the later, once
                "氧化钆：9月均价为15.8万元/吨，8月均价为15.2万元/吨，环比上升3.9%。",
                (
                    ("price", "gd_oxide", "average", "2024-09", 158000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-08/2024-09", 3.9, "%"),
                    ("price", "gd_oxide", "average", "2024-08", 152000, "CNY/t"),
                ),
                published="2024-10-08",
            ),
            Example(  # a sentence with no product goes on with the one quoted last
                "稀土周评\n周五氧化钬报47.2万元/吨。\n往前看，8月30日这一报价为46.1万元/吨；8月全月均价为45.8万元/吨。\n",
                (
                    ("price", "ho_oxide", "price", "2024-09-06", 472000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-08-30", 461000, "CNY/t"),
                    ("price", "ho_oxide", "average", "2024-08", 458000, "CNY/t"),
                ),
                published="2024-09-06",
            ),
            Example(  # ... but not a sentence that does not point back to it
                "稀土日评\n今日氧化镝报1650元/公斤。\n海关数据显示，出口平稳；9月均价为45美元/公斤。\n",
                (("price", "dy_oxide", "price", "2024-10-20", 1650, "CNY/kg"),),
                published="2024-10-20",
            ),
            Example(  # each average takes the rate of its own clause
                "2023年氧化镝均价为250万元/吨, 同比下降12.1%; 其中四季度均价235万元/吨, 同比下降9.5%。",
                (
                    ("price", "dy_oxide", "average", "2023", 2500000, "CNY/t"),
                    ("price", "dy_oxide", "average_yoy_pct", "2023", -12.1, "%"),
                    ("price", "dy_oxide", "average", "2023-Q4", 2350000, "CNY/t"),
                    ("price", "dy_oxide", "average_yoy_pct", "2023-Q4", -9.5, "%"),
                ),
                published="2024-02-10",
            ),
            Example(
                "2023年氧化镝均价为250万元/吨; 其中四季度均价235万元/吨。",
                (
                    ("price", "dy_oxide", "average", "2023", 2500000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2023-Q4", 2350000, "CNY/t"),
                ),
            ),
            Example(  # the month before's mean in brackets after the rate
                "5月氧化钬平均价格为47.5万元/吨，环比上涨2.1%（4月平均价格为46.5万元/吨）。",
                (
                    ("price", "ho_oxide", "average", "2024-05", 475000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2024-04/2024-05", 2.1, "%"),
                    ("price", "ho_oxide", "average", "2024-04", 465000, "CNY/t"),
                ),
            ),
            Example(  # with the earlier period's average after it
                "2023年氧化镝均价为250万元/吨; 其中四季度均价235万元/吨, 较三季度的240万元/吨回落。",
                (
                    ("price", "dy_oxide", "average", "2023", 2500000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2023-Q4", 2350000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2023-Q3", 2400000, "CNY/t"),
                ),
            ),
        ),
        doc="a period's average whose product the sentence named before",
    ),
    Rule(
        "price_average_span",
        "average",
        "zh",
        r"(?:^|[,，;；])\s*(?P<d>[^,，。;；均\d]{0,8}?[^,，。;；均]{0,14}?\d{1,2}\s*[日号]\s*[)）]?)"
        r"\s*(?:的)?\s*{AVERAGE}\s*(?:为|达|报|是)?\s*{Q:v}",
        resolve_average_span,
        (
            Example(  # a holiday-shortened week's mean and the week before's, dates in brackets
                "氧化钕周五报45万元/吨, 本周(10月8日-11日)均价44.8万元/吨, 上周(9月23日-27日)均价为44.1万元/吨。",
                (
                    ("price", "nd_oxide", "price", "2024-10-11", 450000, "CNY/t"),
                    ("price", "nd_oxide", "average", "2024-10-08/2024-10-11", 448000, "CNY/t"),
                    ("price", "nd_oxide", "average", "2024-09-23/2024-09-27", 441000, "CNY/t"),
                ),
                published="2024-10-11",
            ),
            Example(  # a quarter-to-date mean: "以来（截至…）"
                "氧化镨钕一季度均价为41万元/吨, 二季度以来(截至5月17日)均价为40.2万元/吨。",
                (
                    ("price", "prnd_oxide", "average", "2024-Q1", 410000, "CNY/t"),
                    ("price", "prnd_oxide", "average", "2024-04-01/2024-05-17", 402000, "CNY/t"),
                ),
                published="2024-05-20",
            ),
        ),
        doc="a mean over a span of days (a short week, year- or quarter-to-date)",
    ),
    Rule(
        "price_from_to",
        "price level",
        "zh",
        # (the mean's clause may follow the product's quote: "氧化钕报X-Y，均价由前一交易日的…")
        r"{PROD:p}(?P<gap>[^,，。;；\d]{0,8}?|报[^,，。;；]{1,24}[,，]\s*均价)"
        r"由\s*(?P<d>[^的,，]{1,10})的\s*{Q:a}\s*(?:{UP}|{DOWN})?至"
        r"(?:\s*(?P<d2>\d{4}\s*年)的\s*{Q:b}|\s*{Q:b2}(?!\s*(?:[-~至到—]|－)))?",
        resolve_from_to,
        (
            Example(
                "氧化铕由3月的20万元/吨降至19万元/吨。",
                (("price", "eu_oxide", "price", "2024-03", 200000, "CNY/t"),),
            ),
            Example(  # from a recent day's level (or last week's): the level reached is today's
                "氧化铕价格由上周五的20万元/吨降至19.5万元/吨，氧化钇由上周的4.5万元/吨涨至4.6万元/吨。",
                (
                    ("price", "eu_oxide", "price", "2024-06-28", 200000, "CNY/t"),
                    ("price", "eu_oxide", "price", "2024-07-05", 195000, "CNY/t"),
                    ("price", "y_oxide", "price", "2024-06-24/2024-06-28", 45000, "CNY/t"),
                    ("price", "y_oxide", "price", "2024-07-05", 46000, "CNY/t"),
                ),
            ),
            Example(  # from the trading day before the sentence's day: that day's level, the
                # level reached the sentence's day's (the next sentence keeps that day); the
                # mean's clause may follow the quote's
                "7月3日，氧化镝均价由前一交易日的1690元/公斤涨至1710元/公斤。氧化铽报"
                "5900-6000元/公斤，均价由上一交易日的5900元/公斤升至5950元/公斤。",
                (
                    ("price", "dy_oxide", "price", "2024-07-02", 1690, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-07-03", 1710, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-03", 5900, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-03", 6000, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-02", 5900, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-03", 5950, "CNY/kg"),
                ),
            ),
            Example(  # yearly averages, the later one with its own year
                "据统计, 氧化镝FOB年均价由2022年的330美元/公斤降至2023年的300美元/公斤。",
                (
                    ("price", "dy_oxide", "average", "2022", 330, "USD/kg"),
                    ("price", "dy_oxide", "average", "2023", 300, "USD/kg"),
                ),
            ),
        ),
    ),
    Rule(
        "price_from_level",
        "price level",
        "zh",
        r"{PROD:p}(?P<gap>[^,，。;；\d]{0,8}?)(?:从|由)\s*{Q:a}\s*(?:{UP}|{DOWN})(?:至|到)\s*{Q:b}"
        r"(?!\s*(?:[-~至到—]|－))",
        resolve_from_level,
        (
            Example(  # no date on either end: the level reached is the report's day's
                "近期氧化钕成交价由44.2万元/吨上调至45万元/吨，下游补库积极。",
                (("price", "nd_oxide", "price", "2024-07-05", 450000, "CNY/t"),),
            ),
            Example(
                "金属铽报价从880万元/吨回落到865万元/吨。",
                (("price", "tb_metal", "price", "2024-07-05", 8650000, "CNY/t"),),
            ),
            Example(  # a period named: the end is that period's, not read here
                "上半年氧化铽价格从700万元/吨跌至600万元/吨。",
                (),
            ),
        ),
        doc="a move from one level to another, no date said: the level reached is the day's",
    ),
    Rule(
        "price_since",
        "price change",
        "zh",
        r"{PROD:p}(?:则|也|亦)?(?:均价|报价|现货)?(?:累计)?(?P<cue>{UP}|{DOWN})\s*{Q:chg}(?!\s*(?:至|到))",
        resolve_since,
        (
            Example(
                "与6月28日相比, 氧化钆累计下跌5000元/吨。",
                (("price", "gd_oxide", "change", "2024-06-28/2024-07-05", -5000, "CNY/t"),),
            ),
            Example(  # a second product's move, set against the first's with 则
                "与上周同期（6月28日）相比，氧化钬累计上涨2万元/吨，氧化钆则下跌3000元/吨。",
                (
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", 20000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", -3000, "CNY/t"),
                ),
            ),
        ),
    ),
    Rule(
        "price_base",
        "price level",
        "zh",
        r"(?:与|较|(?<![同环占相])比)\s*(?P<d>[^的,，。]{2,20}的"
        r"|[^的,，。;；\d(（]{0,4}[(（]\s*(?:\d{1,2}月)?\d{1,2}日\s*[,，:：]"
        # a day's mean named as the base: "与上周五（11月13日）均价X对比", "较前一交易日均价X"
        r"|[^的,，。;；\d(（]{2,6}?(?:[(（]\s*(?:\d{1,2}月)?\d{1,2}日\s*[)）])?\s*均价"
        r"|[^的,，。;；每]{2,12}(?=每))"
        r"\s*(?P<v>(?:{NUM}\s*万?\s*(?:[-~至到—]|－)\s*)?(?P<a>{Q}|{QU}))\s*[)）]?"
        r"(?:\s*每\s*(?:公斤|千克|吨))?\s*(?:已经?)?\s*(?:累计)?\s*(?:两端|高低端)?\s*各?\s*"
        r"(?:(?:相比|对比|比较)(?:[,，]?\s*(?:{PROD:p2})?\s*(?:\d{1,2}\s*月份?以来|(?!同比|环比)[^,，。;；\d]){0,8}?"
        r"(?:{MOM}|(?P<yoy3>{YOY}))?\s*"
        r"(?P<cue>{UP}|{DOWN}|{RATE_UP}|{RATE_DOWN})\s*(?:已经?)?\s*(?:达到|达|为)?\s*"
        r"(?P<pct>{NUM})\s*%)?"
        r"|(?:{MOM}|(?P<yoy>{YOY}))?\s*(?:仅|只)?\s*"
        r"(?:明显|大幅|小幅|略有|有所|进一步|略|微|大|小|急|暴)?\s*"
        r"(?P<cue2>{UP}|{DOWN})\s*(?:(?!{NUM}\s*%)(?P<chg>{Q}|{NUM}\s*万?\s*(?:美元|元)(?![/\d])))?"
        r"(?:\s*(?:至|到)\s*(?P<to>{Q})(?!\s*(?:[-~至到—]|－)))?"
        r"(?:\s*[,，]?\s*(?:{MOM}|(?P<yoy2>{YOY}))?\s*(?:当?月|周|单日)?"
        r"(?:{UP}|{DOWN}|{RATE_UP}|{RATE_DOWN})?"
        r"\s*(?:为|达)?\s*(?P<pct2>{NUM})\s*%)?)",
        resolve_base_level,
        (
            Example(  # a day's mean named as the base, compared with 对比 or 较
                "周五氧化钬均价为47.5万元/吨，与上周五（6月28日）均价46.8万元/吨对比有所上行。"
                "同日氧化钆均价16.1万元/吨，较前一交易日均价15.9万元/吨上涨2000元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 475000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-06-28", 468000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-05", 161000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-04", 159000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),
                ),
            ),
            Example(  # "该价格" is the series quoted last; a Friday quote's 上周五 in a Monday
                # report is the Friday before it; "3月3日月初" names the base day twice
                "上周（3月3日至7日）氧化钇出口报价整体走强。3月7日（周五）氧化钇FOB中国价格为"
                "7.80美元/公斤。该价格较上周五的7.62美元/公斤仅小涨0.18美元，与3月3日月初的"
                "7.55美元/公斤相比，累计上涨3.31%。",
                (
                    ("price", "y_oxide", "price", "2025-03-07", 7.8, "USD/kg"),
                    ("price", "y_oxide", "price", "2025-02-28", 7.62, "USD/kg"),
                    ("price", "y_oxide", "change", "2025-02-28/2025-03-07", 0.18, "USD/kg"),
                    ("price", "y_oxide", "price", "2025-03-03", 7.55, "USD/kg"),
                    ("price", "y_oxide", "change_pct", "2025-03-03/2025-03-07", 3.31, "%"),
                ),
                published="2025-03-10",
            ),
            Example(  # a bracket saying what the day is names no period; 下移/上移 are moves
                "截至9月30日（三季度最后一个交易日），氧化钆报15.9万-16.3万元/吨，较8月30日的"
                "16.5万-16.9万元/吨下移0.6万元/吨；金属镝较8月末的205万元/吨上移3万元/吨。",
                (
                    ("price", "gd_oxide", "price_low", "2024-09-30", 159000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-09-30", 163000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-08-30", 165000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-08-30", 169000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-08-30/2024-09-30", -6000, "CNY/t"),
                    ("price", "dy_metal", "price", "2024-08-30", 2050000, "CNY/t"),
                    ("price", "dy_metal", "change", "2024-08-30/2024-09-30", 30000, "CNY/t"),
                ),
                published="2024-10-08",
            ),
            Example(  # the rate since the base day, said as a cumulative gain "X月以来"
                "今日氧化钬报49.2万元/吨；与8月29日的45.6万元/吨相比，9月以来累计涨幅已达7.9%。"
                "金属镝与上周五的210万元/吨相比，跌幅为1.9%。",
                (
                    ("price", "ho_oxide", "price", "2024-09-12", 492000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-08-29", 456000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2024-08-29/2024-09-12", 7.9, "%"),
                    ("price", "dy_metal", "price", "2024-09-06", 2100000, "CNY/t"),
                    ("price", "dy_metal", "change_pct", "2024-09-06/2024-09-12", -1.9, "%"),
                ),
                published="2024-09-12",
            ),
            Example(  # the product named after 相比, the rate "本月以来累计" from the day named
                "氧化镝离岸价周五（9月13日）报每公斤235美元。\n"
                "与9月2日节后首个报价日的228美元相比，氧化镝本月以来已累计上涨3.07%。",
                (
                    ("price", "dy_oxide", "price", "2024-09-13", 235, "USD/kg"),
                    ("price", "dy_oxide", "price", "2024-09-02", 228, "USD/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-09-02/2024-09-13", 3.07, "%"),
                ),
                published="2024-09-14",
            ),
            Example(  # a week-ago base with no day named, then the level reached
                "氧化钬较一周前的47万元/吨回落至46.2万元/吨；镨钕金属较上周的54.5万元/吨涨到55万元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-06-28", 470000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-05", 462000, "CNY/t"),
                    ("price", "prnd_metal", "price", "2024-06-28", 545000, "CNY/t"),
                    ("price", "prnd_metal", "price", "2024-07-05", 550000, "CNY/t"),
                ),
            ),
            Example(  # a year-on-year rate against the same quarter a year before, named
                "包钢股份公告, 2024年第四季度稀土精矿交易价格为18000元/吨; "
                "与2023年第四季度的20000元/吨相比, 同比下降10.00%。",
                (
                    ("price", "re_concentrate", "price", "2024-Q4", 18000, "CNY/t"),
                    ("price", "re_concentrate", "price", "2023-Q4", 20000, "CNY/t"),
                    ("price", "re_concentrate", "change_pct", "2023-Q4/2024-Q4", -10, "%"),
                ),
                published="2024-10-09",
            ),
            Example(
                "北方稀土公布2024年第三季度稀土精矿交易价格为20000元/吨, 与2024年第二季度的18000元/吨相比有所上调。",
                (
                    ("price", "re_concentrate", "price", "2024-Q3", 20000, "CNY/t"),
                    ("price", "re_concentrate", "price", "2024-Q2", 18000, "CNY/t"),
                ),
            ),
            Example(
                "包钢股份公告, 2025年第二季度稀土精矿关联交易价格调整为不含税19000元/吨, "
                "较第一季度的20000元/吨环比下降5%。",
                (
                    ("price", "re_concentrate", "price", "2025-Q2", 19000, "CNY/t"),
                    ("price", "re_concentrate", "price", "2025-Q1", 20000, "CNY/t"),
                    ("price", "re_concentrate", "change_pct", "2025-Q1/2025-Q2", -5, "%"),
                ),
                published="2025-04-08",
            ),
            Example(  # the amount and the rate after the base: "上调876元/吨, 环比上涨4.8%"
                "包钢股份公告, 2024年第四季度稀土精矿交易价格调整为不含税18000元/吨, "
                "较第三季度的17500元/吨上调500元/吨, 环比上涨2.86%。",
                (
                    ("price", "re_concentrate", "price", "2024-Q4", 18000, "CNY/t"),
                    ("price", "re_concentrate", "price", "2024-Q3", 17500, "CNY/t"),
                    ("price", "re_concentrate", "change", "2024-Q3/2024-Q4", 500, "CNY/t"),
                    ("price", "re_concentrate", "change_pct", "2024-Q3/2024-Q4", 2.86, "%"),
                ),
                published="2024-10-09",
            ),
            Example(  # Taiwan wording: the quarter's price per tonne first, and the base's
                "北方稀土公告, 2025年第4季稀土精礦關聯交易價格調整為不含稅每噸人民幣20,000元。"
                "與第3季每噸19,000元相比, 本季價格上漲5.26%。",
                (
                    ("price", "re_concentrate", "price", "2025-Q4", 20000, "CNY/t"),
                    ("price", "re_concentrate", "price", "2025-Q3", 19000, "CNY/t"),
                    ("price", "re_concentrate", "change_pct", "2025-Q3/2025-Q4", 5.26, "%"),
                ),
                published="2025-10-10",
            ),
            Example(  # the base's day and level in brackets: "较月初(4月1日, X)"
                "4月9日氧化钬均价报48万元/吨; 氧化钬较月初(4月1日, 45万元/吨)已累计上涨6.67%。",
                (
                    ("price", "ho_oxide", "price", "2024-04-09", 480000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-04-01", 450000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2024-04-01/2024-04-09", 6.67, "%"),
                ),
                published="2024-04-09",
            ),
            Example(  # a range on the named earlier day: its two ends; no change is stated
                "截至5月31日, 氧化钬报46.1万-46.9万元/吨, 较4月30日的47.5万-48.3万元/吨有所回落。",
                (
                    ("price", "ho_oxide", "price_low", "2024-05-31", 461000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-05-31", 469000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-04-30", 475000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-04-30", 483000, "CNY/t"),
                ),
                published="2024-05-31",
            ),
            Example(  # a base in bare currency is in the unit of the quote before it
                "金屬釹FOB中國價格6日報每公斤60.5美元，較4月30日的58.2美元上漲3.95%。",
                (
                    ("price", "nd_metal", "price", "2025-05-06", 60.5, "USD/kg"),
                    ("price", "nd_metal", "price", "2025-04-30", 58.2, "USD/kg"),
                    ("price", "nd_metal", "change_pct", "2025-04-30/2025-05-06", 3.95, "%"),
                ),
                published="2025-05-07",
            ),
            Example(  # bare currency for the base and the move, the quote's unit between them
                "氧化鋱離岸價3月6日報每公斤960美元，較2月底的1,010美元每公斤大跌50美元，"
                "月跌幅達4.95%。",
                (
                    ("price", "tb_oxide", "price", "2025-03-06", 960, "USD/kg"),
                    ("price", "tb_oxide", "price", "2025-02-28", 1010, "USD/kg"),
                    ("price", "tb_oxide", "change", "2025-02-28/2025-03-06", -50, "USD/kg"),
                    ("price", "tb_oxide", "change_pct", "2025-02-28/2025-03-06", -4.95, "%"),
                ),
                published="2025-03-07",
            ),
            Example(  # a range base whose two ends moved alike ("两端各…")
                "6月28日氧化钆报15.1万-15.5万元/吨, 较5月末(5月31日)的15.6万-16万元/吨两端各下跌5000元/吨。",
                (
                    ("price", "gd_oxide", "price_low", "2024-06-28", 151000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-06-28", 155000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-05-31", 156000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-05-31", 160000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-05-31/2024-06-28", -5000, "CNY/t"),
                ),
                published="2024-07-01",
            ),
            Example(  # a long base phrase: the holiday eve with its day, then its level
                "3月1日, 氧化镝报1790元/公斤, 较春节前最后一个交易日(2月8日)的1700元/公斤上涨90元/公斤。",
                (
                    ("price", "dy_oxide", "price", "2024-03-01", 1790, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-02-08", 1700, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-02-08/2024-03-01", 90, "CNY/kg"),
                ),
                published="2024-03-04",
            ),
            Example(  # the trading day before named by its word alone, then its level
                "FOB中国氧化镨钕今日报61.5美元/公斤，比上一交易日的60.2美元/公斤上涨1.3美元，"
                "涨幅2.16%。",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 61.5, "USD/kg"),
                    ("price", "prnd_oxide", "price", "2024-07-04", 60.2, "USD/kg"),
                    ("price", "prnd_oxide", "change", "2024-07-04/2024-07-05", 1.3, "USD/kg"),
                    ("price", "prnd_oxide", "change_pct", "2024-07-04/2024-07-05", 2.16, "%"),
                ),
            ),
            Example(  # a spot quote's level on a named earlier day, with the move since
                "氧化镝: 周五报1650元/公斤, 较上周五(5月24日)的1600元/公斤上涨50元/公斤, 涨幅3.13%。",
                (
                    ("price", "dy_oxide", "price", "2024-05-31", 1650, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-05-24", 1600, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-05-24/2024-05-31", 50, "CNY/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-05-24/2024-05-31", 3.13, "%"),
                ),
                published="2024-05-31",
            ),
        ),
    ),
]
RULES += [
    Rule(
        "price_range_dated",
        "price level",
        "zh",
        # a sentence may open on the day, its product the paragraph's ("· 氧化钕: 周五报X。周二
        # (10月17日)先跌至Y, ..."); a weekday may carry its date in brackets
        r"(?:^|[,，;；]|[:：](?=\s*月[初末底]))\s*(?:其中)?\s*(?P<d>(?:" + DAY_LEAD + r")"
        r"(?:\s*[(（]\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）])?)\s*(?:先|再|又|继续|一度)?\s*"
        r"(?:{LEVEL}|{REACHED})\s*(?P<v>" + RANGE + ")",
        resolve_range_dated,
        (
            Example(
                "氧化铽: 周一报590-600万元/吨, 周五收于580万-590万元/吨。",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-01", 5900000, "CNY/t"),
                    ("price", "tb_oxide", "price_high", "2024-07-01", 6000000, "CNY/t"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 5800000, "CNY/t"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 5900000, "CNY/t"),
                ),
            ),
            Example(  # a list item's later sentence: the item's product, the clause's day
                "· 氧化钆：周五报16.1万-16.5万元/吨。周三（9月11日）一度跌至15.9万-16.3万元/吨。\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-09-13", 161000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-09-13", 165000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-09-11", 159000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-09-11", 163000, "CNY/t"),
                ),
                published="2024-09-13",
            ),
            Example(  # a monthly review: the month's first and last trading days, the move between
                "7月氧化钆价格走弱。\n氧化钆: 月初报15.6万-16.0万元/吨, 月末(7月31日)报15.0万-15.4万元/吨, "
                "月内下跌0.6万元/吨。\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-01", 156000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-01", 160000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-31", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-31", 154000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-01/2024-07-31", -6000, "CNY/t"),
                ),
                published="2024-08-02",
            ),
        ),
        doc="a clause that opens on its own day and quotes a range of the sentence's product",
    ),
    Rule(
        "price_each_range",
        "price level",
        "zh",
        r"(?P<ps>{PROD}(?:{SEP}{PROD})+)(?P<mid>[^。;；\d]{0,12}?)分别(?:报|为|是|在)?\s*"
        r"(?P<qs>(?:" + RANGE + r"|{Q})(?:\s*{SEP}\s*(?:" + RANGE + r"|{Q}))+)",
        resolve_each_range,
        (
            Example(
                "氧化钆、氧化钬分别报15.2万-15.6万元/吨和46-47万元/吨, 与前一日持平。",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 156000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-07-05", 460000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 470000, "CNY/t"),
                ),
            ),
            Example(  # levels paired: price_each's
                "氧化镨钕、氧化钕分别为45万元/吨、46万元/吨。",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 450000, "CNY/t"),
                    ("price", "nd_oxide", "price", "2024-07-05", 460000, "CNY/t"),
                ),
            ),
        ),
        doc="products and their ranges (or levels) paired in order by 分别",
    ),
    Rule(
        "price_change_each",
        "price change",
        "zh",
        r"(?P<ps>{PROD}(?:{SEP}{PROD})+)\s*(?:均价|报价)?\s*分别\s*(?:较[^,，。;；\d]{0,8}?)?"
        r"(?P<cue>{UP}|{DOWN})\s*(?P<qs>{Q}(?:\s*{SEP}\s*{Q})+)",
        resolve_change_each,
        (
            Example(
                "氧化镨钕较上一交易日上涨3000元/吨, 氧化镝、氧化铽分别下跌10元/千克和30元/千克。",
                (
                    ("price", "prnd_oxide", "change", "2024-07-04/2024-07-05", 3000, "CNY/t"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -10, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -30, "CNY/kg"),
                ),
            ),
            Example(
                "氧化钕、氧化镨分别较昨日上调0.2万元/吨和0.3万元/吨。",
                (
                    ("price", "nd_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),
                    ("price", "pr_oxide", "change", "2024-07-04/2024-07-05", 3000, "CNY/t"),
                ),
            ),
        ),
        doc="products and their changes paired in order by 分别, against the base said before",
    ),
    Rule(
        "price_change_spread",
        "price change",
        "zh",
        r"分别\s*(?:较[^,，。;；\d]{0,8}?)?"
        r"(?P<qs>(?:(?:{UP}|{DOWN})\s*{Q}|持平|不变)"
        r"(?:\s*{SEP}\s*(?:(?:{UP}|{DOWN})?\s*{Q}|持平|不变))+)",
        resolve_change_spread,
        (
            Example(  # each product quoted in its own clause, the moves paired after 分别
                "氧化钬报47万元/吨，氧化钆报15.8万元/吨，较上周五分别下跌5000元/吨和上涨1000元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 470000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-05", 158000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", -5000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 1000, "CNY/t"),
                ),
            ),
            Example(  # a list of products, each move with its own direction
                "镝铁、金属铽分别较昨日上涨10元/公斤、下调50元/公斤。",
                (
                    ("price", "dyfe_alloy", "change", "2024-07-04/2024-07-05", 10, "CNY/kg"),
                    ("price", "tb_metal", "change", "2024-07-04/2024-07-05", -50, "CNY/kg"),
                ),
            ),
            Example(  # one of the pair unchanged: a zero move in the list's unit
                "氧化钆报15.8万元/吨，氧化钬报47万元/吨，较上周五分别下跌1000元/吨、持平。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 158000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-05", 470000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", -1000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", 0, "CNY/t"),
                ),
            ),
            Example(  # the part before the semicolon is another product's
                "氧化镨钕较昨日上涨2000元/吨；氧化镧3800元/吨，氧化铈7200元/吨，"
                "较昨日分别上调100元/吨及下调50元/吨。",
                (
                    ("price", "prnd_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),
                    ("price", "la_oxide", "price", "2024-07-05", 3800, "CNY/t"),
                    ("price", "ce_oxide", "price", "2024-07-05", 7200, "CNY/t"),
                    ("price", "la_oxide", "change", "2024-07-04/2024-07-05", 100, "CNY/t"),
                    ("price", "ce_oxide", "change", "2024-07-04/2024-07-05", -50, "CNY/t"),
                ),
            ),
        ),
        doc="moves paired in order by 分别 with the products of the part, each its own direction",
    ),
    Rule(
        "price_change_bracket",
        "price change",
        "zh",
        r"(?P<v>{Q})\s*\(\s*(?P<chg>[+\-]{NUM})\s*(?P<sc>万)?\s*(?:元/吨|元/公斤|元/千克)?\s*\)",
        resolve_change_bracket,
        (
            Example(
                "金属镝报210万~212万元/吨(-1万), 氧化钆报15.5万元/吨(+0.20)。",
                (
                    ("price", "dy_metal", "price_low", "2024-07-05", 2100000, "CNY/t"),
                    ("price", "dy_metal", "price_high", "2024-07-05", 2120000, "CNY/t"),
                    ("price", "dy_metal", "change", "2024-07-04/2024-07-05", -10000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-05", 155000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),
                ),
            ),
        ),
        doc="a change in brackets right after a quote, in the quote's unit unless it says 万",
    ),
]
RULES.append(
    Rule(
        "contract_period",
        "price level",
        "zh",
        r"(?:^|(?<=[。;；,，]))\s*(?P<per>(?:\d{4}\s*年)?(?:第)?[一二三四]季度|\d{1,2}\s*月份?)\s*"
        r"(?:[,，]\s*该|的|该)?"
        # "二季度价格同为V", "8月挂牌价也为V": the same price said again of the other period
        r"(?:{CONTRACT}|{LISTING}|价格)\s*(?:同|也|亦|同样|均)?\s*(?:为|是)\s*(?:不含税|含税)?\s*{Q:v}",
        resolve_contract_period,
        (
            Example(  # a price held: the quarter before's said with 同为
                "北方稀土公告，2025年第四季度稀土精矿交易价格确定为不含税20300元/吨。"
                "价格与上季度持平，三季度价格同为20300元/吨。",
                (
                    ("price", "re_concentrate", "price", "2025-Q4", 20300, "CNY/t"),
                    ("price", "re_concentrate", "price", "2025-Q3", 20300, "CNY/t"),
                ),
                published="2025-09-29",
                entity="china_northern_rare_earth",
            ),
            Example(  # the notice's product is the earlier quarter's too
                "包钢股份公告, 2024年第四季度稀土精矿交易价格调整为不含税18500元/吨。"
                "第三季度价格为不含税17900元/吨。",
                (
                    ("price", "re_concentrate", "price", "2024-Q4", 18500, "CNY/t"),
                    ("price", "re_concentrate", "price", "2024-Q3", 17900, "CNY/t"),
                ),
                published="2024-10-09",
            ),
        ),
        doc="a contract or listing notice's price of another period, its product the notice's",
    )
)
RULES.append(
    Rule(
        "contract_rate",
        "price change",
        "zh",
        r"(?:^|(?<=[。;；,，]))\s*(?:据此计算\s*[,，]?\s*)?"
        r"(?P<per>(?:\d{4}\s*年)?(?:第)?[一二三四]季度|\d{1,2}\s*月份?)\s*(?:的)?"
        r"(?:{CONTRACT}|{LISTING}|价格)\s*{MOM}\s*(?P<cue>{UP}|{DOWN})\s*(?:了)?\s*(?P<pct>{NUM})\s*%",
        resolve_contract_rate,
        (
            Example(  # the notice's product and holder; the rate on the quarter before
                "包钢股份公告，2024年第四季度稀土精矿交易价格调整为不含税18500元/吨。"
                "第四季度价格环比上调3.35%。",
                (
                    ("price", "re_concentrate", "price", "2024-Q4", 18500, "CNY/t"),
                    ("price", "re_concentrate", "change_pct", "2024-Q3/2024-Q4", 3.35, "%"),
                ),
                published="2024-10-09",
            ),
            Example("第四季度价格环比上调3.35%。", ()),  # no notice: no holder, no fact
        ),
        doc="a contract or listing notice's rate on the period before, its product the notice's",
    )
)
RULES.append(
    Rule(
        "contract_past",
        "price level",
        "zh",
        r"(?P<per>\d{4}\s*年\s*(?:第)?[一二三四]季度)\s*(?:的)?\s*{Q:v}\s*的",
        resolve_contract_past,
        (
            Example(  # a past quarter's price the notice compares with, its level named first
                "北方稀土公告，2024年第四季度稀土精矿交易价格调整为不含税18500元/吨，"
                "仍低于2022年第三季度39000元/吨的历史高位。",
                (
                    ("price", "re_concentrate", "price", "2024-Q4", 18500, "CNY/t"),
                    ("price", "re_concentrate", "price", "2022-Q3", 39000, "CNY/t"),
                ),
                published="2024-10-09",
            ),
        ),
        doc="a contract notice's price of a past quarter, named before its level",
    )
)
RULES.append(
    Rule(
        "price_level_since",
        "price change",
        "zh",
        r"(?:\d{1,2}日\s*{PROD:p}\s*(?:均价|报价|价格)?\s*(?:尚|仍|还)(?:为|报|在)\s*{Q:a}\s*[,，]\s*"
        r"(?:至今|截至目前|截至今日)\s*(?:累计)?\s*(?P<cue>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%"
        r"|{PROD:p2}\s*同期\s*(?:均价|报价|价格)?\s*由\s*{Q:a2}\s*(?:{UP}|{DOWN})至\s*{Q:b}"
        r"(?:\s*[,，]\s*(?P<rate>{RATE_UP}|{RATE_DOWN})\s*(?:为|达)?\s*(?P<pct2>{NUM})\s*%)?)",
        resolve_level_since,
        (
            Example(  # a level on a day named, then the move to the report's day
                "6月3日氧化钕均价尚为40万元/吨，至今累计下跌8%；"
                "氧化镨同期由41万元/吨跌至37.5万元/吨，跌幅8.54%。",
                (
                    ("price", "nd_oxide", "price", "2024-06-03", 400000, "CNY/t"),
                    ("price", "nd_oxide", "change_pct", "2024-06-03/2024-07-05", -8, "%"),
                    ("price", "pr_oxide", "price", "2024-06-03", 410000, "CNY/t"),
                    ("price", "pr_oxide", "change", "2024-06-03/2024-07-05", -35000, "CNY/t"),
                    ("price", "pr_oxide", "change_pct", "2024-06-03/2024-07-05", -8.54, "%"),
                ),
            ),
        ),
        doc="a level on an earlier day named (尚为, 同期由…至), and the move since to the report's day",
    )
)
RULES.append(
    Rule(
        "price_move_to_day",
        "price change",
        "zh",
        r"[,，]\s*(?:至|到|截至)\s*(?P<to>今日|今天|\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:为止)?\s*[,，]?"
        r"\s*(?:已经?)?\s*(?:累计|累积)\s*(?P<cue>{UP}|{DOWN})\s*(?:(?P<pct>{NUM})\s*%|{Q:chg})"
        r"(?!\s*(?:至|到))",
        resolve_move_to_day,
        (
            Example(  # a level on a day named first, then the move from it to the report's day
                "3月5日（周二）氧化钬成交于47万元/吨，截至今日累计上涨1.5万元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-03-05", 470000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-03-05/2024-03-08", 15000, "CNY/t"),
                ),
                published="2024-03-08",
            ),
            Example(  # an export quote on the year's first trading day, the rate to a later day
                "年初（1月3日）金属镝FOB报价为每公斤310美元，到4月18日累计下跌6.5%。",
                (
                    ("price", "dy_metal", "price", "2024-01-03", 310, "USD/kg"),
                    ("price", "dy_metal", "change_pct", "2024-01-03/2024-04-18", -6.5, "%"),
                ),
                published="2024-04-19",
            ),
        ),
        doc="a move from the day of a level named before to a later day (至今日, 到4月18日)",
    )
)
RULES.append(
    Rule(
        "price_change_that_day",
        "price change",
        "zh",
        r"(?P<ps>{PROD}(?:{SEP}{PROD})*)\s*(?:价格|均价|报价)?\s*(?:当天|当日|单日)\s*(?:均|都|各)?"
        r"\s*(?:大幅|小幅)?\s*(?P<cue>{UP}|{DOWN})\s*{Q:chg}"
        r"(?!\s*(?:至|到|[-~—]|[,，]\s*(?:收于|报)))",
        resolve_change_that_day,
        (
            Example(  # 当天 points back to the weekday named before; both products moved alike
                "周二市场承压明显，氧化钆和氧化钬当天各下跌2000元/吨，此后两日横盘。",
                (
                    ("price", "gd_oxide", "change", "2024-07-01/2024-07-02", -2000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-07-01/2024-07-02", -2000, "CNY/t"),
                ),
            ),
            Example(  # a single day's move with no level: against the trading day before
                "周二氧化铽单日下调50元/公斤。",
                (("price", "tb_oxide", "change", "2024-09-09/2024-09-10", -50, "CNY/kg"),),
                published="2024-09-13",
            ),
        ),
        doc="a move of the day named before (当天, 单日), against the trading day before it",
    )
)
RULES.append(
    Rule(
        "listing_since",
        "price change",
        "zh",
        r"(?P<m2>\d{1,2})\s*月份?\s*(?P<lw>{LISTING}|价格)?\s*较\s*(?P<m1>\d{1,2})\s*月份?(?:的)?\s*"
        r"(?:累计)?\s*(?P<cue>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%",
        resolve_listing_since,
        (
            Example(  # the rate over several months of a list, from the month it names
                "北方稀土公布2024年10月挂牌价。年内看, 2月氧化镨钕挂牌价为40万元/吨, "
                "10月挂牌价较2月累计上涨12.5%。",
                (
                    ("price", "prnd_oxide", "price", "2024-02", 400000, "CNY/t"),
                    ("price", "prnd_oxide", "change_pct", "2024-02/2024-10", 12.5, "%"),
                ),
                published="2024-10-08",
            ),
            Example(  # the listing named in the clause before: "，11月较10月上调P%至X"
                "北方稀土公布2024年12月挂牌价。其中，10月氧化钕挂牌价为42.1万元/吨，11月较10月"
                "上调4.51%至44万元/吨。",
                (
                    ("price", "nd_oxide", "price", "2024-10", 421000, "CNY/t"),
                    ("price", "nd_oxide", "change_pct", "2024-10/2024-11", 4.51, "%"),
                ),
                published="2024-12-02",
            ),
        ),
        doc="a listing's rate since an earlier month of its list",
    )
)
RULES += [
    Rule(
        "price_mid_move",
        "price change",
        "zh",
        # the move of a day's range told by its middle: "区间均价下跌7700元/吨", "中间价上调500元/吨"
        r"[,，]\s*(?:区间(?:均价|中值|中间价)|中间价)\s*(?:较(?:前一|上一|上个)交易日)?\s*"
        r"(?P<cue>{UP}|{DOWN})\s*{Q:chg}",
        resolve_mid_move,
        (
            Example(
                "氧化铽报6080-6120元/公斤，区间中值较上一交易日上调25元/公斤。",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 6080, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 6120, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", 25, "CNY/kg"),
                ),
            ),
            Example(  # a base named before: the week's move (the base rules'), not the day's
                "氧化铽周五报6080-6120元/公斤，与上周五相比，中间价上调60元/公斤。",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 6080, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 6120, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-06-28/2024-07-05", 60, "CNY/kg"),
                ),
            ),
        ),
        doc="the day's move of a quoted range, told by its middle",
    ),
    Rule(
        "price_prev_day_level",
        "price level",
        "zh",
        r"[,，]\s*(?:前一|上一|上个)交易日\s*(?:还|仍|尚)?\s*(?:为|报|是|报价为|在|处于|位于)\s*(?P<v>(?P<r>"
        + RANGE
        + r")|{Q})",
        resolve_prev_day_level,
        (
            Example(  # the day's range, then the range of the trading day before
                "氧化钕今日报38.2万-38.9万元/吨，前一交易日为38.5万-39.1万元/吨。",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-05", 382000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-05", 389000, "CNY/t"),
                    ("price", "nd_oxide", "price_low", "2024-07-04", 385000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-04", 391000, "CNY/t"),
                ),
            ),
            Example(  # "还在": where the day before still stood; the range's mean moved
                "当日氧化钆报15.6万-16.0万元/吨，上一交易日还在15.9万-16.3万元/吨，区间均价下跌"
                "3000元/吨。",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 160000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-04", 159000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-04", 163000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", -3000, "CNY/t"),
                ),
            ),
            Example(  # a range held all month is the month's; a range prices may move in is none
                "6月氧化镧全月维持在3.9-4.2元/公斤。机构认为7月氧化镨钕价格运行区间在36万-39万元/吨。",
                (
                    ("price", "la_oxide", "price_low", "2024-06", 3.9, "CNY/kg"),
                    ("price", "la_oxide", "price_high", "2024-06", 4.2, "CNY/kg"),
                ),
                published="2024-07-02",
            ),
            Example(  # a traded range (成交区间) is the day's range too
                "氧化镨：成交区间40.1~40.6万元/吨。",
                (
                    ("price", "pr_oxide", "price_low", "2024-07-05", 401000, "CNY/t"),
                    ("price", "pr_oxide", "price_high", "2024-07-05", 406000, "CNY/t"),
                ),
            ),
        ),
        doc="the quote of the trading day before, said after the day's own",
    ),
]
RULES.append(
    Rule(
        "price_per_unit_first",
        "price level",
        "zh",
        r"{PROD:p}[^,，。;；\d%]{0,16}?(?P<day>(?:\d{1,2}月)?\d{1,2}日[^,，。;；\d%]{0,4}?)?"
        r"每\s*(?P<per>公斤|千克|吨)\s*(?:{LEVEL})?\s*(?:人民币)?\s*"
        # the currency may follow each end: "每公斤2,310元至2,350元", "每吨41万元至42万元"
        r"(?P<lo>{NUM})\s*(?:万?\s*(?:美元|元)?\s*(?:[-~至到—]|－)\s*(?P<hi>{NUM}))?\s*(?P<sc>万?)\s*(?P<cur>美元|元)(?!/)",
        resolve_per_unit_first,
        (
            Example(  # the currency said after each end of the range
                "輕稀土靠穩，氧化鐠每噸48萬元至49萬元；氧化鈰每公斤6.8元至7.2元。",
                (
                    ("price", "pr_oxide", "price_low", "2024-07-05", 480000, "CNY/t"),
                    ("price", "pr_oxide", "price_high", "2024-07-05", 490000, "CNY/t"),
                    ("price", "ce_oxide", "price_low", "2024-07-05", 6.8, "CNY/kg"),
                    ("price", "ce_oxide", "price_high", "2024-07-05", 7.2, "CNY/kg"),
                ),
            ),
            Example(  # a year's "全年平均报价" is the year's mean, not a quote of the report's day
                "2023年原料价格走弱，烧结钕铁硼毛坯（N48）全年平均报价为每公斤210元。",
                (("price", "ndfeb_blank", "average", "2023", 210, "CNY/kg"),),
                published="2024-02-10",
            ),
            Example(  # the day between the product and its quote; one day's 均价 is its price
                "氧化鐠釹5月6日均價報每噸41.2萬元人民幣，金屬釹FOB中國價格6日報每公斤60.5美元。",
                (
                    ("price", "prnd_oxide", "price", "2025-05-06", 412000, "CNY/t"),
                    ("price", "nd_metal", "price", "2025-05-06", 60.5, "USD/kg"),
                ),
                published="2025-05-07",
            ),
            Example(  # a Taiwan wire's order: per kilogram, then the figure and its currency
                "截至7月3日，鹿特丹到岸(CIF)氧化鋱每公斤報2900至3100美元；"
                "同日內地氧化鏑現貨價為每公斤1650元人民幣。",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-03", 2900, "USD/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-03", 3100, "USD/kg"),
                    ("price", "dy_oxide", "price", "2024-07-03", 1650, "CNY/kg"),
                ),
            ),
            Example(  # a mean over the half year, written per tonne first
                "上半年內地氧化鐠釹均價為每噸44萬元。",
                (("price", "prnd_oxide", "average", "2024-01/2024-06", 440000, "CNY/t"),),
            ),
            Example(  # the currency before the figure: "每噸人民幣48萬元"
                "據業界報價, 內地氧化鐠釹現貨價為每噸人民幣48萬元。",
                (("price", "prnd_oxide", "price", "2024-07-05", 480000, "CNY/t"),),
            ),
            Example(  # the market and a bracketed day between the product and the quote
                "氧化鋱離岸價（FOB中國）上週四（3月6日）報每公斤960美元；"
                "內地氧化鏑6日報每噸162萬至165萬元人民幣。",
                (
                    ("price", "tb_oxide", "price", "2025-03-06", 960, "USD/kg"),
                    ("price", "dy_oxide", "price_low", "2025-03-06", 1620000, "CNY/t"),
                    ("price", "dy_oxide", "price_high", "2025-03-06", 1650000, "CNY/t"),
                ),
                published="2025-03-10",
            ),
            Example(
                "氧化鐠釹FOB中國報價為每公斤58美元。",
                (("price", "prnd_oxide", "price", "2024-07-05", 58, "USD/kg"),),
            ),
        ),
        doc="a market quote written per kilogram or per tonne before its figure and currency",
    )
)
RULES.append(
    Rule(
        "price_contract_move",
        "price change",
        "zh",
        r"(?:较\s*(?:上一?|第)?[一二三四上]\s*(?:个)?季度|每吨)\s*(?P<cue>{UP}|{DOWN})\s*"
        r"(?:{Q:chg}|(?P<n>{NUM})\s*(?P<sc>万?)元(?!/))"
        r"(?:\s*[,，]\s*{MOM}\s*(?P<dir>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%)?",
        resolve_contract_move,
        (
            Example(
                "包钢股份公告, 2024年第四季度稀土精矿交易价格调整为不含税18500元/吨。"
                "本次调整后, 第四季度价格每吨上调600元, 环比上涨3.35%。",
                (
                    ("price", "re_concentrate", "price", "2024-Q4", 18500, "CNY/t"),
                    ("price", "re_concentrate", "change", "2024-Q3/2024-Q4", 600, "CNY/t"),
                    ("price", "re_concentrate", "change_pct", "2024-Q3/2024-Q4", 3.35, "%"),
                ),
                published="2024-10-09",
            ),
        ),
        doc="a contract notice's move against the period before, by the tonne, with its rate",
    )
)
RULES.append(
    Rule(
        "price_month_move",
        "price change",
        "zh",
        r"(?:月内|当月)\s*(?:累计)?\s*(?:微|小幅|大幅)?(?P<cue>{UP}|{DOWN})\s*{Q:chg}(?!\s*(?:至|到))",
        resolve_month_move,
        (
            Example(
                "8月氧化钬月内累计上涨2万元/吨。",
                (("price", "ho_oxide", "change", "2024-08-01/2024-08-30", 20000, "CNY/t"),),
                published="2024-09-03",
            ),
            Example("8月氧化钬产量月内下降2%。", ()),
        ),
        doc="a monthly review's move within the month: its first to its last trading day",
    )
)
RULES.append(
    Rule(
        "listing_item",
        "price level",
        "zh",
        LISTING_ITEM,
        resolve_listing_item,
        (
            Example(  # a listing notice naming a second company's list, item by item
                "北方稀土公布2024年10月挂牌价。\n中国稀土集团10月挂牌价(含税)如下:\n"
                "· 氧化铽: 6100元/公斤, 9月为5900元/公斤, 上调200元/公斤, 涨幅3.39%;\n",
                (
                    ("price", "tb_oxide", "price", "2024-10", 6100, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-09", 5900, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-09/2024-10", 200, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-09/2024-10", 3.39, "%"),
                ),
                published="2024-10-08",
            ),
        ),
        doc="a listing notice's item: the month's price, the month before, the move and its rate",
    )
)
RULES.append(
    Rule(
        "listing_level",
        "price level",
        "zh",
        r"(?P<ps>{PROD}(?:{SEP}{PROD})*)\s*[:：]?\s*(?:的)?\s*(?:{LISTING})?\s*(?:均|都)?\s*"
        # an earlier month's price the listing moved from: "挂牌价亦由7月份的每吨55.1万元…"
        r"(?:(?:亦|也)?\s*(?:由|从)\s*(?P<from>\d{1,2})\s*月份?\s*(?:的)?\s*)?"
        r"(?:维持|保持)?\s*(?:在|为)?\s*每吨\s*(?P<n>{NUM})\s*(?P<sc>[万亿]?)元(?!/)",
        resolve_per_tonne_level,
        (
            Example(
                "北方稀土公布2024年9月挂牌价。\n· 氧化镨钕每吨41.8万元, 8月为40万元, 月增4.5%;\n"
                "· 金属镨钕每吨51万元(8月为50万元);\n· 氧化镧、氧化铈挂牌价均维持每吨0.4万元不变。\n",
                (
                    ("price", "prnd_oxide", "price", "2024-09", 418000, "CNY/t"),
                    ("price", "prnd_oxide", "price", "2024-08", 400000, "CNY/t"),
                    ("price", "prnd_oxide", "change_pct", "2024-08/2024-09", 4.5, "%"),
                    ("price", "prnd_metal", "price", "2024-09", 510000, "CNY/t"),
                    ("price", "prnd_metal", "price", "2024-08", 500000, "CNY/t"),
                    ("price", "la_oxide", "price", "2024-09", 4000, "CNY/t"),
                    ("price", "ce_oxide", "price", "2024-09", 4000, "CNY/t"),
                ),
                published="2024-09-02",
            ),
            Example(  # the change against the month before, in yuan by the tonne
                "北方稀土7月挂牌价: 氧化钕每吨43万元, 较6月上调1万元。",
                (
                    ("price", "nd_oxide", "price", "2024-07", 430000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-06/2024-07", 10000, "CNY/t"),
                ),
            ),
            Example(  # the month before said with a currency note between; the move and the
                # month's rate after it ("上调", "月升") are from that month
                "北方稀土公布2025年3月挂牌价。\n· 氧化铽：每吨680万元（人民币，下同），2月为650万元，"
                "上调30万元，月升4.62%；\n氧化镝的挂牌价也从1月份的每吨160万元逐月抬升至今。\n",
                (
                    ("price", "tb_oxide", "price", "2025-03", 6800000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2025-02", 6500000, "CNY/t"),
                    ("price", "tb_oxide", "change", "2025-02/2025-03", 300000, "CNY/t"),
                    ("price", "tb_oxide", "change_pct", "2025-02/2025-03", 4.62, "%"),
                    ("price", "dy_oxide", "price", "2025-01", 1600000, "CNY/t"),
                ),
                published="2025-03-03",
            ),
            Example("据市场人士称, 氧化镨钕现货每吨约45万元。", ()),
        ),
        doc="a listing notice's price by the tonne, the month before and the monthly rate",
    )
)
RULES.append(
    Rule(
        "price_average_prior",
        "average",
        "zh",
        r"(?:(?:较|比|高于|低于|不及|超过|少于)|(?<=[,，;；])(?=[^,，。;；]{1,12}?为))\s*"
        r"(?:而)?\s*"
        r"(?P<d>(?:\d{4}\s*年)?\s*\d{1,2}\s*月份?|(?:\d{4}\s*年)?第?[一二三四]季度|\d{4}\s*年)"
        r"\s*(?:的)?\s*(?:{AVERAGE})?\s*(?:为)?\s*(?P<v>{Q}|{NUM}\s*万?\s*(?:美元|元)(?![/\d]))",
        resolve_average_prior,
        (
            Example(  # the month before's mean in bare currency, in the unit of this month's
                "3月氧化镨钕FOB均价为每公斤62.4美元，明显高于2月的58.1美元。",
                (
                    ("price", "prnd_oxide", "average", "2025-03", 62.4, "USD/kg"),
                    ("price", "prnd_oxide", "average", "2025-02", 58.1, "USD/kg"),
                ),
                published="2025-04-02",
            ),
            Example(  # a quarter against the quarter before
                "三季度氧化镝均价为172万元/吨，较二季度的168万元/吨小幅上涨。",
                (
                    ("price", "dy_oxide", "average", "2024-Q3", 1720000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2024-Q2", 1680000, "CNY/t"),
                ),
                published="2024-10-08",
            ),
            Example(  # the month before's mean in the next clause, after "X月为"
                "氧化钆8月均价15.8万元/吨，7月为15.1万元/吨；金属铽三季度均价860万元/吨，而二季度为820万元/吨。",
                (
                    ("price", "gd_oxide", "average", "2024-08", 158000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-07", 151000, "CNY/t"),
                    ("price", "tb_metal", "average", "2024-Q3", 8600000, "CNY/t"),
                    ("price", "tb_metal", "average", "2024-Q2", 8200000, "CNY/t"),
                ),
                published="2024-10-08",
            ),
            Example(  # a later month is no earlier mean; a day's quote is no month's mean
                "氧化钆8月均价15.8万元/吨，9月为16.1万元/吨。",
                (("price", "gd_oxide", "average", "2024-08", 158000, "CNY/t"),),
                published="2024-10-08",
            ),
            Example(  # a day's quote against a month is no mean of that month
                "9月30日氧化镝报172万元/吨，较8月的168万元/吨上涨。",
                (("price", "dy_oxide", "price", "2024-09-30", 1720000, "CNY/t"),),
                published="2024-10-08",
            ),
        ),
        doc="the mean of an earlier period a period's mean is compared with",
    )
)
RULES.append(
    Rule(
        "price_to_date",
        "price change",
        "zh",
        # "本周以来", "本月以来"; a week said bare ("本周上涨", "周内累计上涨"), a month or year
        # with 累计 ("本月累计下跌")
        # ... or by its length, 一周/近一周/全周 ("一周累计下跌X", not 上一周's)
        r"(?:(?P<since>本周|这周|本月|当月|这个月|今年|年初|本年)(?:以来|至今)"
        r"|(?P<wk>本周|这周|周内|当周|全周|周度|(?:近|过去)?(?<![上前这本])一周"
        r"|(?<![上前这本下每一])周(?=\s*(?:累计|累积)))"
        r"|(?P<mo>本月|当月|今年)(?=\s*(?:{PROD})?\s*(?:价格|报价)?\s*(?:累计|累积)))"
        r"\s*[,，]?\s*(?:{PROD:p})?"
        r"\s*(?:价格|均价|报价)?\s*(?:已经?)?\s*(?:累计|累积)?\s*(?P<cue>{UP}|{DOWN})\s*"
        r"(?:(?P<pct>{NUM})\s*%|{Q:chg})(?!\s*(?:至|到))",
        resolve_to_date,
        (
            Example(  # a Thursday note: the week's move runs from the Friday before
                "今日氧化镝报175万元/吨, 较上一交易日下跌1万元/吨, 本周以来累计下跌3万元/吨。",
                (
                    ("price", "dy_oxide", "price", "2024-07-04", 1750000, "CNY/t"),
                    ("price", "dy_oxide", "change", "2024-07-03/2024-07-04", -10000, "CNY/t"),
                    ("price", "dy_oxide", "change", "2024-06-28/2024-07-04", -30000, "CNY/t"),
                ),
                published="2024-07-04",
            ),
            Example(  # a week said by its length: against the same day a week before
                "金属镝周五报228万元/吨，一周累计下跌4万元/吨；氧化钆近一周累计上涨0.6万元/吨；"
                "氧化钬报47万元/吨，周累计下跌1万元/吨。",
                (
                    ("price", "dy_metal", "price", "2024-05-24", 2280000, "CNY/t"),
                    ("price", "dy_metal", "change", "2024-05-17/2024-05-24", -40000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-05-17/2024-05-24", 6000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-05-24", 470000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-05-17/2024-05-24", -10000, "CNY/t"),
                ),
                published="2024-05-24",
            ),
            Example(  # since the month began: from the last close of the month before
                "7月5日氧化钬报48万元/吨, 本月以来已上涨4.2%。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 480000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2024-06-28/2024-07-05", 4.2, "%"),
                ),
            ),
            Example(  # a week's move said bare in a weekly review: from the Friday before
                "截至周五，氧化铽报6350-6400元/公斤，周内累计上涨150元/公斤。氧化镝本周下跌20元/公斤。"
                "本周氧化钬累计上涨1万元/吨，报48万元/吨。",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 6350, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 6400, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-06-28/2024-07-05", 150, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-06-28/2024-07-05", -20, "CNY/kg"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", 10000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-05", 480000, "CNY/t"),
                ),
            ),
            Example(  # a week's mean is no move of the week
                "本周氧化钬均价上涨1万元/吨。",
                (),
            ),
            Example(  # the year to date, the product after the phrase
                "截至3月8日, 今年以来氧化铽累计上涨12%。",
                (("price", "tb_oxide", "change_pct", "2023-12-29/2024-03-08", 12, "%"),),
                published="2024-03-08",
            ),
        ),
        doc="a move since the week, month or year began, to the sentence's day",
    )
)
RULES.append(
    Rule(
        "price_deal_average",
        "price level",
        "zh",
        # the day's deal volume may stand between: "A成交52吨，成交均价X", "A共成交8.5吨, 均价X"
        # a list item's colon and the day the deals were done may stand between: "氧化镨钕：周五成交均价X"
        r"{PROD:p}\s*[:：]?\s*(?:今日|当日|全天|(?:本|上)?周[一二三四五六日]|"
        r"\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?P<vol>(?:共|累计|合计)?\s*成交(?:量)?\s*(?:为|约|达)?\s*"
        r"{NUM}\s*万?\s*(?:吨|公斤|千克)\s*[,，]\s*)?"
        r"(?:成交均价|成交均值|成交平均价格?|平均成交价格?|(?(vol)均价|(?!)))"
        r"\s*(?:为|报|是|达)?\s*{Q:v}",
        resolve_deal_average,
        (
            Example(  # the volume first, then its deals' average: the day's price
                "交易平台今日氧化镨钕成交30吨，成交均价452300元/吨；金属镝成交1.2吨，成交均价218万元/吨。",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 452300, "CNY/t"),
                    ("price", "dy_metal", "price", "2024-07-05", 2180000, "CNY/t"),
                ),
            ),
            Example(  # no volume said
                "氧化铽成交均价为6420元/公斤。",
                (("price", "tb_oxide", "price", "2024-07-05", 6420, "CNY/kg"),),
            ),
            Example(  # 平均成交价格 after the day's volume
                "氧化镨钕今日成交量为80吨，平均成交价格45.3万元/吨。",
                (("price", "prnd_oxide", "price", "2024-07-05", 453000, "CNY/t"),),
            ),
            Example(  # deals summed since a day the text does not date: no day's price
                "7月以来，氧化铽累计成交12吨，成交均价为6430元/公斤。",
                (),
            ),
            Example(  # a list item's colon, then the weekday the deals were done on
                "· 氧化镝：周四成交均价1850元/公斤。\n· 金属镨钕：5月22日成交均价48.8万元/吨。\n",
                (
                    ("price", "dy_oxide", "price", "2024-05-23", 1850, "CNY/kg"),
                    ("price", "prnd_metal", "price", "2024-05-22", 488000, "CNY/t"),
                ),
                published="2024-05-24",
            ),
            Example(  # a Friday's deals a week back
                "氧化铽上周五成交均价6200元/公斤。",
                (("price", "tb_oxide", "price", "2024-05-17", 6200, "CNY/kg"),),
                published="2024-05-24",
            ),
            Example(  # the volume, then a bare 均价 of those deals
                "当天镨钕金属共成交12吨，均价55.6万元/吨。",
                (("price", "prnd_metal", "price", "2024-07-05", 556000, "CNY/t"),),
            ),
            Example(  # over a month the text named: that month's average
                "9月份，平台上氧化镨钕累计成交860吨，成交均价44.2万元/吨。",
                (("price", "prnd_oxide", "average", "2024-09", 442000, "CNY/t"),),
                published="2024-10-08",
            ),
        ),
        doc="the volume-weighted average of a product's deals: the day's price, or the period's",
    )
)
for _r in RULES:
    REGISTRY.add(_r)
