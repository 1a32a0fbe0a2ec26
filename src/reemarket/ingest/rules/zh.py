"""Chinese documents to facts: tables, then every registered rule on every sentence.

Vetoes drop candidates with a reason code; :func:`explain` shows, for one sentence, which
rules fired and which vetoes dropped what (``reemarket facts why``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from reemarket.domain.facts import Fact
from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.repeats import is_repeat
from reemarket.ingest.rules import (  # noqa: F401
    REGISTRY,
    Example,
    Rule,
    Veto,
    zh_capacity,
    zh_demand,
    zh_extremes,
    zh_finance,
    zh_finance_table,
    zh_listing_moves,
    zh_mean_changes,
    zh_period_means,
    zh_pointers,
    zh_prices,
    zh_tables,
    zh_trade_table,
    zh_volumes,
    zh_week_ends,
)
from reemarket.ingest.rules.zh_base import Cand, Mention, Sent, companies_in, day_span, sign
from reemarket.ingest.rules.zh_dates import (
    ZhContext,
    find_dates,
    note,
    reviewed_week,
    shift_year,
)
from reemarket.ingest.rules.zh_holders import named_region
from reemarket.ingest.rules.zh_quote_list import lead_units
from reemarket.ingest.rules.zh_table_layout import pipe_layout
from reemarket.ingest.rules.zh_tables import table_facts
from reemarket.ingest.rules.zh_text import (
    REGISTERED,
    blank_grades,
    compile_pattern,
    normalise,
    price_holder,
    product_names,
    registered_name,
    registered_slug,
    unread_numerals,
    word_class,
    words,
)
from reemarket.ingest.rules.zh_unread import intraday_moves, week_trade
from reemarket.ingest.rules.zh_vat import VAT_CONVERSION, both_bases, vat_basis
from reemarket.ingest.startwords import Prechecked, required_chars

VETOES = [
    Veto(
        "outlook",
        "outlook",
        "zh",
        r"{OUTLOOK}",
        frozenset({"price", "trade", "production", "quota", "demand"}),
        (Example("预计下月氧化镨钕报45万元/吨。", ()),),
    ),
    Veto(
        "hypothetical",
        "hypothetical",
        "zh",
        # "若与年初的X相比" only compares: it names no condition
        r"(?:{HYPOTHETICAL})(?![与和同跟])",
        frozenset({"price", "trade", "production", "quota", "financial", "demand", "forecast"}),
        (
            Example(  # a comparison opened with 若 is no hypothetical
                "氧化镝6日报每公斤1800元人民币；若与年初（1月2日）的1650元相比，已上涨逾9%。",
                (
                    ("price", "dy_oxide", "price", "2025-05-06", 1800, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2025-01-02", 1650, "CNY/kg"),
                ),
                published="2025-05-07",
            ),
            Example("如果氧化镨钕报60万元/吨, 磁材厂将减产。", ()),
            Example("若机器人放量, 2025-2030年全球钕铁硼需求年均复合增速可达20%。", ()),
            Example("我们假设2025年指标增长6%, 对应冶炼分离指标约27万吨。", ()),
        ),
        scope="sentence",  # an "if" governs every clause after it
    ),
    Veto(
        "other_commodity",
        "other_commodity",
        "zh",
        r"{OTHER_COMMODITY}",
        frozenset({"price", "trade", "production", "quota"}),
        (
            Example("碳酸锂报7.5万元/吨。", ()),
            Example("同日还下达了2023年第一批钨精矿开采总量控制指标5.5万吨。", ()),
            Example("同期全年钨品出口1.8万吨, 同比下降4.0%。", ()),
            Example("厦门钨业上半年生产钨精矿6000吨, 同比增长3%。", ()),
            # iron ore concentrate sold to a rare-earth group: 精矿 glued to 铁 is no rare earth
            Example("包钢股份同时披露，四季度铁精矿结算价格为不含税820元/吨，环比上调1.5%。", ()),
            Example(  # a steel quote beside a rare-earth list is not the last oxide's move
                "氧化钬报48万元/吨。\n同日北京螺纹钢均价3500元/吨，较上一交易日上涨20元/吨。\n",
                (("price", "ho_oxide", "price", "2024-07-05", 480000, "CNY/t"),),
            ),
        ),
        # another commodity named after the last product before the figure holds it (its
        # rates in later clauses too: "钨品出口1.8万吨, 同比下降4%")
        scope="since_product",
    ),
    Veto(
        "no_currency",
        "unit_without_currency",
        "zh",
        r"价|报",  # a price word: "报价", "均价", "价格", "报收"
        frozenset({"price", "trade", "production", "quota", "financial", "demand", "forecast"}),
        (
            Example(  # a quote with its 元 left out is yuan, 万 scaling it
                "氧化钕报价45.6万/吨。",
                (("price", "nd_oxide", "price", "2024-07-05", 456000, "CNY/t"),),
            ),
            Example("氧化钕出口量为1300/吨。", ()),  # no price word: not a price
            Example("氧化镨钕FOB中国报价58/公斤。", ()),  # an export quote is in dollars
        ),
        scope="no_currency",
    ),
    Veto(
        "scrap",
        "scrap",
        "zh",
        r"{SCRAP}",
        frozenset({"price"}),
        (
            Example("钕铁硼废料价格为300元/公斤。", ()),
            Example("废钕铁硼报价310元/公斤，回收商惜售。", ()),
            Example(  # the product's own quote in another clause stays
                "钕铁硼废料需求回暖，氧化镨钕报45万元/吨。",
                (("price", "prnd_oxide", "price", "2024-07-05", 450000, "CNY/t"),),
            ),
        ),
    ),
    Veto(
        "scrap_carried",
        "scrap",
        "zh",
        r"{SCRAP}",
        frozenset({"price"}),
        (
            Example(  # the scrap's move in the clause after its quote is the scrap's too
                "钕铁硼废料回收价约为每公斤380元，较昨日下调8元/公斤。",
                (),
            ),
            Example(  # a product named after the scrap holds its own quote and move
                "镨钕废料走弱；氧化镨钕报45万元/吨，较昨日下调2000元/吨。",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 450000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-07-04/2024-07-05", -2000, "CNY/t"),
                ),
            ),
        ),
        scope="since_product",  # from the scrap's name on, up to another product
    ),
    Veto(
        "cost",
        "cost",
        "zh",
        # the cost named in the figure's clause with no quote word after it: "成本约在X"
        # ("成本端氧化镨钕价格为X" is the raw material's market price: the cost side's)
        r"(?:{COST})(?!端|方面)[^报,，。;；]{0,14}$",
        frozenset({"price"}),
        (
            Example("按当前原料价测算，金属镨钕生产成本约为55.6万元/吨。", ()),
            Example("以含量折算，镝铁对应的金属成本约为每公斤1,980元。", ()),
            Example(  # the cost side's raw material is priced by the market
                "成本端氧化镨钕价格为45万元/吨。",
                (("price", "prnd_oxide", "price", "2024-07-05", 450000, "CNY/t"),),
            ),
            Example(  # a cost in another clause leaves the quote alone
                "原料成本抬升，氧化镝报1680元/公斤。",
                (("price", "dy_oxide", "price", "2024-07-05", 1680, "CNY/kg"),),
            ),
        ),
    ),
    Veto(
        "customs_unit_value",
        "customs_unit_value",
        "zh",
        r"{UNIT_VALUE}",
        frozenset({"price"}),
        (Example("海关数据显示, 氧化镨钕出口均价报60美元/公斤。", ()),),
    ),
    Veto(
        "grade_adjustment",
        "grade_adjustment",
        "zh",
        r"每(?:高|低|增|减|上升|下降)[^,，。]{0,8}百分点",
        frozenset({"price"}),
        (Example("REO含量每高或低1个百分点, 稀土精矿交易价格随之调整为500元/吨。", ()),),
        scope="around",
    ),
]
VETOES.append(
    Veto(
        "projection",
        "projection",
        "zh",
        r"{PROJECTION}",
        frozenset({"financial", "production"}),
        (Example("按满产测算, 该项目达产后每年可新增营业收入约30亿元。", ()),),
    )
)
VETOES.append(
    Veto(
        "one_partner",
        "one_partner",
        "zh",
        r"(?:{ONE_PARTNER})[^,，。;；\d]{1,8}?(?:{EXPORTS}|{IMPORTS}|{PARTNER_FLOW})"
        # the partner after the flow: "出口至美国的稀土永磁", "销往日本的磁材"
        r"|(?:{EXPORTS}|销|运|发)(?:至|到|往)\s*[^,，。;；\d]{1,6}?的",
        frozenset({"trade"}),
        (
            Example("其中, 2024年自缅甸进口稀土氧化物约4万吨。", ()),
            Example("其中, 出口至韩国的稀土永磁为450吨, 销往德国的为380吨。", ()),
            Example("2024年5月, 我国对美国出口稀土永磁600吨。", ()),
            # the rates of a partner's flow are the partner's too, not the country's
            Example("2024年5月, 我国对美国出口稀土永磁600吨, 环比增长12%、同比下降3%。", ()),
            Example(
                "5月稀土永磁出口5000吨 对日供货环比增长9%",
                (("trade", "re_permanent_magnet", "exports", "2024-05", 5000, "t"),),
            ),
            Example(
                "2024年5月, 我国出口稀土永磁5000吨, 同比增长8%; 其中对美国出口600吨, 同比下降3%。",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024-05", 5000, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024-05", 8, "%"),
                ),
            ),
        ),
        scope="figure_clause",
    )
)
VETOES.append(
    Veto(
        "vague_level",
        "vague_level",
        "zh",
        # the currency of a unit-first quote may stand between ("每公斤230美元左右")
        r"\s*万?\s*(?:美元|元)?\s*(?:人民币)?\s*(?:区间)?\s*(?:{VAGUE})",
        frozenset({"price"}),
        (
            Example("月初氧化镨钕在38万元/吨附近震荡。", ()),
            Example("氧化镝价格一度跌至160万元/吨以下。", ()),
            # a unit-first quote with 万 before its currency: "每吨38万元上下"
            Example("8月下旬，国内氧化镨钕价格在每吨38万元上下徘徊。", ()),
            Example(  # a price service's own quote held "around" a level is its quote
                "今日中钇富铕矿报价维持在约17.5万元/吨附近。",
                (("price", "ionic_ore", "price", "2024-07-05", 175000, "CNY/t"),),
            ),
        ),
        scope="after_unquoted",
    )
)
VETOES.append(
    Veto(
        "month_part",
        "month_part",
        "zh",
        r"\d{1,2}\s*月\s*(?:上半月|下半月|上旬|中旬|下旬)",
        # "6月上旬，氧化钬在46万-47万元/吨区间整理": held over ten days, no day's quote; a day
        # named after it in the part ("6月下旬…，6月28日氧化钬报X") dates its own quote
        frozenset({"price"}),
        (
            Example("6月上旬，氧化钬在46万-47万元/吨的区间内整理，成交清淡。", ()),
            Example(
                "6月下旬氧化钬止跌，6月28日氧化钬报47.5万元/吨。",
                (("price", "ho_oxide", "price", "2024-06-28", 475000, "CNY/t"),),
                published="2024-07-01",
            ),
            Example(  # a month's end that owns a trend names no day of the part
                "9月上旬，镨钕价格承接8月底的涨势，氧化铽在680万-690万元/吨的高位横盘。",
                (),
                published="2024-10-08",
            ),
        ),
        scope="part_undated",
    )
)
VETOES.append(
    Veto(
        "ore_line",
        "ore_line",
        "zh",
        r"{ORE_LINE}",
        # its figures and their rates are the ore's, which no product id names
        frozenset({"trade", "production"}),
        (
            Example("6月我国进口稀土金属矿3,900吨，主要来自缅甸，同比增长5.2%。", ()),
            Example(  # the aggregate that includes the ore keeps its figures
                "稀土（进口，含稀土金属矿）：6月进口1.4万吨，同比下降6%。",
                (
                    ("trade", "rare_earths", "imports", "2024-06", 14000, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2024-06", -6, "%"),
                ),
            ),
        ),
        scope="figure_clause",
    )
)
VETOES.append(
    Veto(
        "ore_type_part",
        "part",
        "zh",
        r"{ORE_TYPE}",
        # a quota told by a kind of ore is a part of the mining quota, not its total
        frozenset({"quota"}),
        (
            Example(  # both parts of one year's mining quota, in a 其中 clause or alone
                "2022年开采指标为21万吨，其中轻稀土指标191850吨，中重稀土指标18150吨。",
                (("quota", "mining", "quota", "2022", 210000, "t"),),
            ),
            Example("今年首批开采指标中，岩矿型稀土指标为11.2万吨。", ()),
            Example("离子吸附型稀土开采指标较上年首批减少3%。", ()),
            Example(  # a group's quota told by its ore stays the group's
                "中国稀土集团获得离子型开采指标9000吨。",
                (("quota", "mining", "quota", "2024", 9000, "t"),),
                entity="china_rare_earth_group",
            ),
        ),
        scope="national_clause",
    )
)
VETOES.append(
    Veto(
        "earlier_time",
        "earlier_time",
        "zh",
        r"{EARLIER_TIME}",
        # a level the text dates by an earlier event ("在出口管制出台前", "此前") has no day
        frozenset({"price"}),
        (
            Example("年初时, 鹿特丹氧化铽的报价还在每公斤900美元上下。", ()),
            Example(
                "4日氧化铽报每公斤1000美元; 而在新规实施前, 氧化铽报价仅为每公斤850美元左右。",
                (("price", "tb_oxide", "price", "2024-07-04", 1000, "USD/kg"),),
            ),
            Example(  # a time word after it dates the quote anew
                "此前氧化镝价格一度走弱，今日报165万元/吨。",
                (("price", "dy_oxide", "price", "2024-07-05", 1650000, "CNY/t"),),
            ),
            Example(  # "前一交易日" is a day, and no earlier time
                "氧化钬报47万元/吨, 前一交易日为46万元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 470000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2024-07-04", 460000, "CNY/t"),
                ),
            ),
            Example(  # an earlier notice's price of a period it names is that period's
                "北方稀土：调整精矿价格\n据公司此前公告，2025年第二季度稀土精矿交易价格为"
                "17480元/吨（不含税，干量，REO=50%）。",
                (("price", "re_concentrate", "price", "2025-Q2", 17480, "CNY/t"),),
                published="2025-09-01",
            ),
        ),
        scope="part",
    )
)
VETOES.append(
    Veto(
        "target",
        "target",
        "zh",
        r"{TARGET}",
        # a plant a company strives to build is still its planned capacity: no capacity here
        frozenset({"financial", "production", "trade"}),
        (
            Example("盛和资源计划明年力争实现营业收入150亿元以上、利润总额12亿元以上。", ()),
            Example("公司2025年经营目标为营业收入同比增长10%以上。", ()),
            Example(  # the result beside the target stays
                "北方稀土2024年营业收入329亿元, 2025年力争实现营业收入360亿元以上。",
                (("financial", "", "revenue", "2024", 32900000000, "CNY"),),
                published="2025-04-20",
            ),
        ),
    )
)
VETOES.append(
    Veto(
        "segment",
        "segment",
        "zh",
        r"(?<!主营)业务(?:板块|分部)?\s*(?:实现|的)?\s*(?:营业收入|营收|收入)",
        # one business line's revenue (and its rate after it) is not the company's
        frozenset({"financial"}),
        (
            Example("报告期内, 公司磁材业务实现营业收入25.6亿元, 同比增长8.1%。", ()),
            Example(  # the company's total before it stays
                "厦门钨业2024年实现营业收入350亿元, 其中稀土业务实现营业收入60亿元。",
                (("financial", "", "revenue", "2024", 35000000000, "CNY"),),
                published="2025-03-28",
            ),
        ),
        scope="sentence",
    )
)
VETOES.append(
    Veto(
        "result_forecast",
        "forecast",
        "zh",
        r"{RESULT_FORECAST}",
        frozenset({"financial"}),
        (
            Example("有券商预期该公司全年纯利可达20亿至24亿元。", ()),
            Example("多家机构认为, 公司2025年归母净利润有望回升至20亿元。", ()),
        ),
    )
)
VETOES.append(
    Veto(
        "forecast_lead",
        "outlook",
        "zh",
        # a sentence that opens as a forecast of a coming period: its later clauses' levels are
        # the forecast's too ("预计下周…, 氧化镝或在X-Y元/公斤区间运行")
        r"(?:预计|预期|展望|料)\s*(?:下周|下月|下旬|后市|后期|短期内?|近期|未来|节后|年内|下半年|明年)"
        # "他预计，三季度…均价大概率在X-Y": a forecaster's words end their clause, the
        # forecast follows
        r"|(?:预计|预期|预测)\s*[,，:：]"
        # "预计到12月底，…将升至X": a forecast up to a coming point ("未预计到" is no forecast)
        r"|(?<![未没])(?:预计|预期|预测|料)\s*(?:到|至)\s*(?:\d{4}年)?\s*"
        r"(?:\d{0,2}月|年|[一二三四1-4]?季度)",
        frozenset({"price", "quota", "trade", "production", "demand"}),
        (
            Example("一位分析师预测：四季度氧化镝均价或在160万-170万元/吨之间。", ()),
            # a forecaster's volume is no more a fact than a price: "有机构预计，…指标或为X"
            Example("有券商预计，2025年全年冶炼分离指标或在26万吨上下。", ()),
            Example("业内人士预测：明年稀土永磁出口量有望增至6万吨。", ()),
            Example(  # an estimate of the day's price (据…估计，) is no forecast
                "据几家贸易商估计，周五氧化镝成交价约为1850元/公斤。",
                (("price", "dy_oxide", "price", "2024-07-05", 1850, "CNY/kg"),),
            ),
            Example("预计下周镨钕价格偏弱调整, 氧化镨钕或在44万-45万元/吨区间波动。", ()),
            # a forecast up to a coming month's or year's end: no price now, nor of that month
            Example("有贸易商预计到9月底，氧化铽价格将涨至720万元/吨。", ()),
            Example("机构预期至2025年末氧化镨钕均价或回落至40万元/吨。", ()),
            Example("业内人士预计到年底，氧化钕价格将升至50万元/吨。", ()),
            Example(  # the day's quote before it stays
                "周五氧化镝报1700元/公斤，市场预计到月底将升至1800元/公斤。",
                (("price", "dy_oxide", "price", "2024-07-05", 1700, "CNY/kg"),),
            ),
            Example(  # the day's quote before the forecast stays
                "周五氧化铽报650万元/吨; 预计下周铽价维持高位, 或在640万-660万元/吨运行。",
                (("price", "tb_oxide", "price", "2024-07-05", 6500000, "CNY/t"),),
            ),
        ),
        scope="sentence",
    )
)
VETOES.append(
    Veto(
        "price_index",
        "price_index",
        "zh",
        # an index in points ("稀土价格指数报217.6点") and its moves are no product's price
        r"(?:价格|景气)?指数",
        frozenset({"price"}),
        (
            Example("8月29日, 稀土价格指数报205.3点, 较7月31日上涨6.2%。", ()),
            Example(  # the product's quote in the next clause stays
                "稀土价格指数周内上涨3.1%, 氧化镨钕报52万元/吨。",
                (("price", "prnd_oxide", "price", "2024-07-05", 520000, "CNY/t"),),
            ),
        ),
        scope="since_product",  # the index's moves in later clauses too, up to a product
    )
)
VETOES.append(
    Veto(
        "future_day",
        "outlook",
        "zh",
        # the pattern is not read: the figure's own day, after the report's, decides
        r"",
        # a quote of a day still to come is a plan or a forecast, not a price of that day
        frozenset({"price"}),
        (
            Example("本周五氧化铽报价为7100-7150元/公斤。", (), published="2025-11-12"),
            Example(  # the report's own week: its Monday is this week's, not last week's
                "这周五氧化镨钕报价或在56万元/吨。这周一氧化镝报1650-1670元/公斤。",
                (
                    ("price", "dy_oxide", "price_low", "2025-11-10", 1650, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2025-11-10", 1670, "CNY/kg"),
                ),
                published="2025-11-12",
            ),
            Example(  # a bare 周五 in a Monday report is the Friday just gone
                "周五氧化钬报48万元/吨; 本周三起执行新的挂牌价。",
                (("price", "ho_oxide", "price", "2025-11-07", 480000, "CNY/t"),),
                published="2025-11-10",
            ),
        ),
        scope="future_day",
    )
)
VETOES.append(
    Veto(
        "period_extreme",
        "extreme",
        "zh",
        r"{EXTREME}",
        # "上周氧化镝一度跌至160万元/吨": a level touched at one point of a period (no day of its
        # own) is that period's low or high, which no fact holds, and never the report's quote
        frozenset({"price"}),
        (
            Example("上周氧化镝价格一度跌至160万元/吨，随后企稳。", (), published="2025-11-12"),
            Example(  # "上周一度" is "last week, at one point", not last Monday
                "氧化铽上周一度跌至7000元/公斤。", (), published="2025-11-12"
            ),
            Example(  # the day's quote after it stays
                "上周氧化镨钕一度跌至53万元/吨，今日氧化镨钕报55万元/吨。",
                (("price", "prnd_oxide", "price", "2025-11-12", 550000, "CNY/t"),),
                published="2025-11-12",
            ),
            Example(  # a day named for it: that day's level
                "11月10日（周一）氧化镨钕一度上探至56.5万-57万元/吨。",
                (
                    ("price", "prnd_oxide", "price_low", "2025-11-10", 565000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2025-11-10", 570000, "CNY/t"),
                ),
                published="2025-11-12",
            ),
        ),
        scope="part_undated",
    )
)
VETOES.append(
    Veto(
        "extreme_level",
        "extreme",
        "zh",
        r"{EXTREME_HIGH}|{EXTREME_LOW}",
        # "今年以来，氧化铽价格最低为6350元/公斤": the year's low (price_extreme), not a quote
        frozenset({"price"}),
        (
            Example(
                "今年以来，氧化钬价格最低为44.5万元/吨。",
                (("price", "ho_oxide", "price_low", "2024-01-02/2024-07-05", 445000, "CNY/t"),),
            ),
        ),
        scope="extreme_level",
    )
)
VETOES.append(
    Veto(
        "vat_twin",
        "vat_twin",
        "zh",
        r"{VAT_EXCL}|{VAT_INCL}",
        # one price said on both VAT bases is one price: the market's quote includes VAT, so
        # the VAT-exclusive twin is dropped; a converted twin ("折合含税…") gives way to the
        # price stated
        frozenset({"price"}),
        (
            Example(  # both bases in one sentence: the VAT-inclusive quote stays
                "今日氧化钕含税价报46.2万元/吨，不含税价报40.9万元/吨。",
                (("price", "nd_oxide", "price", "2024-07-05", 462000, "CNY/t"),),
            ),
            Example(  # the exclusive one said first
                "氧化铽不含税价格为6100元/公斤，含税价格为6890元/公斤。",
                (("price", "tb_oxide", "price", "2024-07-05", 6890, "CNY/kg"),),
            ),
            Example(  # a range with its basis in brackets, then a converted twin
                "氧化镨钕报价44.1-44.5万元/吨（含税），折合不含税39.0-39.4万元/吨。",
                (
                    ("price", "prnd_oxide", "price_low", "2024-07-05", 441000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-07-05", 445000, "CNY/t"),
                ),
            ),
            Example(  # a contract price stated without VAT, its converted twin dropped
                "北方稀土公告，2024年第三季度稀土精矿交易价格调整为不含税17500元/吨；"
                "折合含税价格为19775元/吨。",
                (("price", "re_concentrate", "price", "2024-Q3", 17500, "CNY/t"),),
            ),
            Example(  # one basis only: nothing to drop
                "氧化镝不含税价格为1460元/公斤。",
                (("price", "dy_oxide", "price", "2024-07-05", 1460, "CNY/kg"),),
            ),
        ),
        scope="vat_twin",
    )
)
for _v in VETOES:
    REGISTRY.add_veto(_v)

#: A list's lead line stating its unit: "当日主要产品均价(单位:元/千克):".
_LIST_UNIT = re.compile(r"单位\s*[:：]\s*(万?(?:美元|元)/(?:吨|公斤|千克))[^\n]*[:：]\s*$")
_SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_BULLET = re.compile(r"\s*[·•●■・▪\-*]")
_TABLE_LINE = re.compile(r"^\s*\|?[^|\n]+(?:\|[^|\n]*)+\|?\s*$")


@dataclass
class Event:
    """One step of the extraction of a sentence: a rule's fact or a veto's drop."""

    rule: str
    fact: str
    veto: str | None = None


@dataclass
class ZhResult:
    """The facts of a Chinese document, its warnings and what each sentence went through."""

    facts: list[Fact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    trace: dict[int, list[Event]] = field(default_factory=dict)
    sentences: dict[int, str] = field(default_factory=dict)


@cache
def _compiled() -> list[tuple[Rule, Prechecked, frozenset[str]]]:
    """Each rule, its compiled pattern and the characters every match of it contains.

    The pattern is prechecked (:class:`startwords.Prechecked`): a sentence holding none of
    the strings one of its matches must hold ("均价", "万元/吨"...) is not scanned. Of the
    rules whose characters a sentence holds, most have no match in it.
    """
    out = []
    for r in REGISTRY.rules["zh"]:
        if not r.name.startswith("zh_table") and r.name not in _PASSES:
            pat = compile_pattern(r.pattern)
            out.append((r, Prechecked(pat), required_chars(pat)))
    return out


@cache
def _vetoes() -> list[tuple[Veto, re.Pattern[str]]]:
    for v in REGISTRY.vetoes["zh"]:
        if v.scope not in VETO_SCOPES:
            raise ValueError(f"veto {v.name!r}: unknown scope {v.scope!r}")
    return [(v, compile_pattern(v.pattern)) for v in REGISTRY.vetoes["zh"]]


def _family(c: Cand) -> str:
    return c.kind


def _in_clause(pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    return pat.search(s.text[s.clause_start(c.start) : c.start]) is not None


def _in_sentence(pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    return pat.search(s.text[: c.start]) is not None


def _after(pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    return pat.match(s.text, c.end) is not None


#: a quote word just before the figure: "报价维持在约18.2万元/吨附近" is the service's quote
_QUOTED = re.compile(
    r"报价?\s*(?:仍|还|继续)?\s*(?:维持|稳定|保持|持稳)?\s*(?:在|于)?\s*(?:约)?\s*$"
)


def _after_unquoted(pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    return _after(pat, c, s) and _QUOTED.search(s.text, 0, c.start) is None


_PART = re.compile(r"[。;；!?！？]")


#: a time word that dates what follows anew: "此前一度下跌, 今日报…"
_NOW = re.compile(r"今日|今天|当日|当天|目前|现在|日前|\d{1,2}\s*日")


def _in_part(pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    """Between the last semicolon (or the sentence start) and the figure.

    A time word after the match that dates the figure anew ("今日报…") clears it, and so does
    a period of the figure's own named after it ("根据公司此前公告，2025年第三季度精矿交易价格为X":
    the earlier time is the notice's, the price names its quarter).
    """
    found = _part_match(pat, c, s)
    if found is None:
        return False
    return not any(found.end() <= d.start and d.end <= c.start and not d.base for d in s.dates)


def _part_match(pat: re.Pattern[str], c: Cand, s: Sent) -> re.Match[str] | None:
    """The last match in the figure's part with no time word after it dating the figure anew."""
    cuts = [m.end() for m in _PART.finditer(s.text, 0, c.start)]
    found = list(pat.finditer(s.text, cuts[-1] if cuts else 0, c.start))
    if not found or _NOW.search(s.text, found[-1].end(), c.start) is not None:
        return None
    return found[-1]


def _since_product(pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    last = max((p.end for p in s.products if p.end <= c.start), default=0)
    return pat.search(s.text[last : c.start]) is not None


_AMOUNT = compile_pattern("{Q}")


def _figure_clause(pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    lo = s.clause_start(c.start)
    if c.unit == "%":
        amounts = [
            m.start() for m in _AMOUNT.finditer(s.text, 0, c.start) if not m.group().endswith("%")
        ]
        if amounts:
            lo = s.clause_start(amounts[-1])
    return pat.search(s.text[lo : c.start]) is not None


def _around(pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    lo = s.clause_start(c.start)
    return bool(
        pat.search(s.text[lo : c.end + 20]) or pat.search(s.text[max(0, c.start - 40) : c.start])
    )


_MARKETS = frozenset({"china", "fob_china", "cif_rotterdam", "europe"})


def _future_day(_pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    """The figure's period is days that end after the report's day."""
    pub, p = s.ctx.published, c.period
    return pub is not None and p is not None and p.granularity is Granularity.DAY and p.end > pub


def _part_undated(pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    """In the figure's part (as ``part``), with no day of its own named before it there.

    "上周…一度跌至X" names a week (a base here) and no day: X has no day. "11月10日…一度上探至X"
    is that day's level. Only a market's quotes: a company's price is set for a period, so
    "2023年第二季度精矿价格一度高达X" is that quarter's price.
    """
    if c.metric not in ("price", "price_low", "price_high") or c.entity not in _MARKETS:
        return False
    if _part_match(pat, c, s) is None:
        return False
    cuts = [m.end() for m in _PART.finditer(s.text, 0, c.start)]
    lo = cuts[-1] if cuts else 0
    return not any(
        lo <= d.start and d.end <= c.start and not d.base and not d.period.is_span
        for d in s.dates
        if d.period.granularity is Granularity.DAY
    )


#: a basis in brackets right after the figure: "53.2-53.6万元/吨（含税）"
_BASIS_AFTER = re.compile(r"\s*[(（]\s*(?P<b>[^()（）]{2,8})[)）]")


def _figure_basis(c: Cand, s: Sent) -> str | None:
    """The VAT basis of a figure: said in brackets right after it, else in its clause before it."""
    after = _BASIS_AFTER.match(s.text, c.end)
    if after and vat_basis(after.group("b")):
        return vat_basis(after.group("b"))
    return vat_basis(s.text[s.clause_start(c.start) : c.start])


def _vat_twin(_pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    """A price said on both VAT bases in its sentence, and this is the twin to drop.

    When the sentence converts one into the other (折合, 换算), the converted one is the twin;
    otherwise the VAT-exclusive one is (the market quotes VAT included).
    """
    if c.metric not in ("price", "price_low", "price_high", "average"):
        return False
    basis = _figure_basis(c, s)
    text = s.text
    if basis is None or not both_bases(text):
        return False
    if VAT_CONVERSION.search(text):
        return VAT_CONVERSION.search(text, s.clause_start(c.start), c.start) is not None
    return basis == "excl"


def _extreme_level(pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    """A level another rule read where its clause calls it a high or low ("最低为X").

    It is the period's high or low, which ``price_extreme`` reads; any other reading drops.
    """
    if c.rule == "price_extreme" or c.metric not in ("price", "price_low", "price_high"):
        return False
    return pat.search(s.text, s.clause_start(c.start), c.start) is not None


def _national_clause(pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    """In the figure's clause before it, when the figure is the country's total.

    "岩矿型稀土指标为124860吨" is a part of the national mining quota; a group's quota told by
    its ore ("北方稀土获得岩矿型开采指标X吨") is still that group's own.
    """
    return c.entity == "china" and _in_clause(pat, c, s)


#: A per-unit with no currency right after a figure ("16.5万/吨", "1650/公斤")
_NO_CURRENCY = re.compile(r"[\d万亿]\s*/\s*(?:吨|公斤|千克)")
#: what makes a figure's currency other than yuan: an export (FOB) quote, a dollar
_FOREIGN = compile_pattern(r"{FOB}|美元|美金|USD|US\$|\$")


def _no_currency(pat: re.Pattern[str], c: Cand, s: Sent) -> bool:
    """A figure with no currency ("16.5万/吨") read where nothing makes it a yuan price.

    Yuan is taken only when a price word (``pat``) stands in the figure's clause before it
    and the sentence names no other currency or export quote.
    """
    if _NO_CURRENCY.search(s.text, c.start, c.end) is None:
        return False
    priced = pat.search(s.text, s.clause_start(c.start), c.start) is not None
    return not priced or _FOREIGN.search(s.text) is not None


#: Where a veto looks, by its record's ``scope`` (see :class:`Veto`).
VETO_SCOPES: dict[str, Callable[[re.Pattern[str], Cand, Sent], bool]] = {
    "clause": _in_clause,
    "sentence": _in_sentence,
    "after": _after,
    "after_unquoted": _after_unquoted,
    "part": _in_part,
    "since_product": _since_product,
    "around": _around,
    "figure_clause": _figure_clause,
    "future_day": _future_day,
    "part_undated": _part_undated,
    "vat_twin": _vat_twin,
    "extreme_level": _extreme_level,
    "no_currency": _no_currency,
    "national_clause": _national_clause,
}


def _veto(c: Cand, s: Sent) -> Veto | None:
    for v, pat in _vetoes():
        if c.kind in v.families and VETO_SCOPES[v.scope](pat, c, s):
            return v
    return None


#: a weekly review's headline ("稀土周评", "市场周报"): see :func:`zh_dates.reviewed_week`
_WEEKLY_REVIEW = compile_pattern("{WEEKLY_REVIEW}")

#: how far into a story its lead runs, where a company it is about is named in full
_LEAD = 600


def _local_companies(norm: str, ctx: ZhContext, known: list[Mention]) -> str | None:
    """Companies the company list does not know, named by their registered names.

    Each is filed under a slug of its own name ("湖南鑫磁新材料股份有限公司（下称“鑫磁新材”）" is
    "hunan_xinci_new_materials"), and its full and short names name it wherever the text uses
    them: two companies of one city never share an id, nor take a known company's. A name that
    holds a known company's alias is that company's (or its joint venture's). Returns the
    story's company: the first so named in the lead, unless a company the list knows is named
    before it.
    """
    lead: str | None = None
    decided = False
    if "有限" not in norm:
        return None
    for m in REGISTERED.finditer(norm):
        name = registered_name(m.group("name"))
        start = m.end("name") - len(name)
        in_lead = m.start() < _LEAD and not decided
        if in_lead and any(k.start < m.end() for k in known):
            decided = True  # a known company named first (or inside the name) is the story's
        if norm[start - 1 : start] in ("）", ")"):
            continue  # the tail of a name with a bracket: "…（集团）高科技股份有限公司"
        lo = max(0, start - 24)
        if any(
            lo + k.start < m.end("name") and start < lo + k.end
            for k in companies_in(norm[lo : m.end()])
        ):
            continue
        slug = registered_slug(name)
        if slug is None:
            continue
        ctx.local_companies.setdefault(name, slug)
        if m.group("short"):
            ctx.local_companies.setdefault(m.group("short"), slug)
        if in_lead and not decided:
            lead, decided = slug, True
    return lead


def _prescan(norm: str, ctx: ZhContext) -> None:
    # only the companies of the head are wanted: not its dates and products (Sent.read)
    companies = companies_in(norm[:3000])
    local = _local_companies(norm, ctx, companies)
    if local is not None or companies:
        ctx.company = local or companies[0].id
        cue = compile_pattern("{LISTING}|{CONTRACT}")
        # a listing or contract notice says so in its title or lead, not in passing
        if cue.search(norm[:200]):
            ctx.price_company = price_holder(ctx.company)


def _describe(c: Cand) -> str:
    v = f"[{c.value:.10g}, {c.high:.10g}]" if c.high is not None else f"{c.value:.10g}"
    return f"{c.kind} {c.entity} {c.subject or '-'} {c.metric} {c.period or '?'} {v} {c.unit}"


def extract_zh(
    text: str,
    *,
    document_id: str,
    doc: str,
    published: date | None,
    year: int | None,
    version: str,
) -> ZhResult:
    """Every fact of a Chinese document's text (original characters kept as evidence)."""
    norm = _laid_out(text)
    ctx = ZhContext(published, year or (published.year if published else None), day=published)
    ctx.review_week = reviewed_week(norm[: _headline_end(norm)], published, _WEEKLY_REVIEW)
    _prescan(norm, ctx)
    out = ZhResult()
    out.warnings.extend(f"{doc}: {w}" for w in unread_numerals(norm))
    out.warnings.extend(f"{doc}: {w}" for w in intraday_moves(norm))
    table: list[tuple[int, str]] = []
    above: list[str] = []
    caption = False  # whether the last line with text announced a list below it
    pos = 0
    for line in norm.splitlines(keepends=True):
        off, pos = pos, pos + len(line)
        if "|" in line and _TABLE_LINE.match(line.rstrip("\n")):
            table.append((off, line.rstrip("\n")))
            continue
        if table:
            below = _note_below(norm, off)
            _table(table, above, ctx, text, out, document_id, doc, version, below)
            table = []
            above = []  # the lines above a table (its unit note, its title) were its own
        _heading_market(line, ctx)
        ctx.para_product = ctx.para_company = None  # each line is a paragraph
        if line.strip() and not _BULLET.match(line):
            ctx.item_day = None  # a line of text that is no list item ends the list
        if not line.strip() and not caption:
            ctx.list_unit = ctx.list_base = ctx.list_day = None  # a list ends at a blank line
            ctx.list_group_unit = None
            ctx.list_element_units = {}
            ctx.paragraph_trade_period = None  # and so does a paragraph
        for m in _SENT.finditer(line):
            _sentence(off + m.start(), m.group(), ctx, text, out, document_id, doc, version)
        lead = _LIST_UNIT.search(line)
        if lead is not None:
            ctx.list_unit = lead.group(1)
            ctx.list_element_units = {}
            ctx.list_day = ctx.list_group_unit = None
        elif not _BULLET.match(line):
            lead_units(line, ctx)  # "（单位：氧化物/金属 万元/吨，镝铽镧铈 元/公斤）"
        if line.strip():
            ctx.paragraph += 1
            above = ([*above, line])[-3:]
            caption = _CAPTION_END.search(line) is not None
    if table:
        _table(table, above, ctx, text, out, document_id, doc, version)
    kept: dict[tuple[object, ...], list[Fact]] = {}
    facts = _headline_restated(out.facts, _headline_end(norm), published)
    unique = [f for f in facts if not is_repeat(f, kept)]
    out.facts = zh_volumes.drop_rounded(unique)
    read = [f.sentence for f in out.facts if f.kind == "trade"]
    out.warnings.extend(f"{doc}: {w}" for w in week_trade(norm, text, read))
    return out


def _laid_out(text: str) -> str:
    """The matching form of a text, its tables laid out by spaces, tabs or HTML made pipe tables.

    The layout is read before grades are blanked (a "≥99%" column is a column); the pipes
    it sets go into the matching form at the same offsets.
    """
    full = normalise(text, blank=False)
    norm = blank_grades(full)
    laid = pipe_layout(full, product_names())
    if laid == full:
        return norm
    return "".join(n if a == b else a for n, a, b in zip(norm, laid, full, strict=True))


def _headline_end(norm: str) -> int:
    """Where a document's first line (its headline) ends."""
    lead = len(norm) - len(norm.lstrip())
    cut = norm.find("\n", lead)
    return len(norm) if cut < 0 else cut


def _headline_restated(facts: list[Fact], end: int, published: date | None = None) -> list[Fact]:
    """The facts without the headline's restatements of what the body says.

    A headline rounds ("出口5.5万吨") or names the product loosely ("年产2万吨磁材项目"); when
    the body gives the same fact (same kind, holder, metric and period, and the same product
    with a value within rounding, or the same value), the body's wording is the fact. A
    headline quote with no day of its own (dated the publication day) is the body's quote of
    its day ("氧化钕报价站上每公斤92美元" over "上周五报每公斤92.6美元").
    """
    undated = str(published) if published else None

    def same(h: Fact, b: Fact) -> bool:
        hp = b.period if h.kind == "price" and h.period == undated else h.period
        if (h.kind, h.entity, h.metric, hp) != (b.kind, b.entity, b.metric, b.period):
            return False
        close = abs(h.value - b.value) <= 0.05 * abs(b.value)
        return (h.subject == b.subject and close) or h.value == b.value

    body = [f for f in facts if f.span_start >= end]
    return [f for f in facts if f.span_start >= end or not any(same(f, b) for b in body)]


#: A note under a table saying how to read it: "备注：…", "注：…", "说明：…".
_NOTE_BELOW = re.compile(r"\s*(?:备注|附注|注释|注|说明|单位)\s*[:：]")


def _note_below(norm: str, at: int) -> str:
    """The note right under a table (the first line with text after it), if it is one.

    A price sheet may give its units and bases below the rows ("备注：氧化铽单位为元/公斤，
    氧化钆单位为万元/吨；涨跌较前一日"); the table reads it as it reads a unit line above.
    """
    for line in norm[at:].splitlines()[:3]:
        if line.strip():
            return line if _NOTE_BELOW.match(line) else ""
    return ""


def _table(
    lines: list[tuple[int, str]],
    above: list[str],
    ctx: ZhContext,
    text: str,
    out: ZhResult,
    document_id: str,
    doc: str,
    version: str,
    below: str = "",
) -> None:
    s = Sent.read("".join(above), ctx)
    note(ctx, s.dates, s.text)
    if len(lines) < 2:
        return
    probe = Sent("", ctx)
    # a note under the rows is read after the lines above (its unit is the nearest)
    found = table_facts(lines, "".join(above) + "\n" + below if below else "".join(above), probe)
    out.warnings.extend(f"{doc}: {w}" for w in dict.fromkeys(probe.warnings))
    for c in found:
        c = _market(c, s)  # a US-dollar table under "(FOB中国, 美元/公斤)" is the FOB price
        row = next(ln for o, ln in lines if o <= c.start <= o + len(ln))
        base = next(o for o, ln in lines if o <= c.start <= o + len(ln))
        out.facts.append(_fact(c, 0, text[base : base + len(row)], document_id, doc, version))
        out.trace.setdefault(base, []).append(Event("zh_table", _describe(c)))
        out.sentences[base] = text[base : base + len(row)]


def _sentence(
    base: int,
    norm: str,
    ctx: ZhContext,
    text: str,
    out: ZhResult,
    document_id: str,
    doc: str,
    version: str,
) -> None:
    _opening_company(norm, ctx)
    bullet = _BULLET.match(norm) is not None
    if bullet and ctx.item_day is not None:
        ctx.day = ctx.item_day  # a list item starts from the list's day
    elif bullet:
        ctx.item_day = ctx.day
    if not re.search(r"\d", norm):
        ctx.region = named_region(norm) or ctx.region  # "凉山州稀土产业观察": 全州 below
        if _DAY_WORD.search(norm):
            # "今日国内轻稀土市场延续涨势。": a sentence of no figure still names the day the
            # sentences after it speak of (a note's earlier day before it is not theirs)
            note(ctx, find_dates(norm, ctx), norm)
        return
    s = Sent.read(norm, ctx)
    _listing_holder(s)
    original = text[base : base + len(norm)]
    events = out.trace.setdefault(base, [])
    out.sentences[base] = original
    chars = set(norm)
    found: list[tuple[str, Cand]] = []
    for rule, pat, need in _compiled():
        if not need <= chars:
            continue  # a character every match of the rule holds is not in the sentence
        for m in pat.finditer(norm):
            found.extend((rule.name, c) for c in rule.resolve(m, s))
    found.extend((RATE_AFTER_CHANGE.name, c) for c in _rates_after_changes(found, s))
    accepted: list[Cand] = []
    for name, c in found:
        c = _prior_part(_part_day(_range_end(_market(c, s), s), s), s)
        v = _veto(c, s)
        reason = v.reason if v else None
        if reason is None and c.period is None and c.kind != "capacity":
            reason = "no_period"  # "环比下跌5%" with no base the text names: dropped, and said
        events.append(Event(name, _describe(c), reason))
        if reason is None:
            accepted.append(c)
            out.facts.append(_fact(c, base, original, document_id, doc, version))
            if _own_day(c, ctx):
                ctx.figure_day = ctx.day
            if c.kind == "price":
                ctx.quoted_product = c.subject
                if "/" in c.unit:
                    ctx.quote_units[c.unit.split("/")[0]] = c.unit
    out.warnings.extend(f"{doc}: {w}" for w in s.warnings)
    zh_pointers.remember(s, accepted)  # "…出口58152吨。这一数字比2023年增长10%。"
    if s.products:
        ctx.para_product = s.products[-1].id
    ctx.region = named_region(norm) or ctx.region
    _caption_base(s)
    day = ctx.day
    note(ctx, s.dates, norm)
    if _BULLET.match(norm):
        ctx.day = day  # a list item's own day is that item's, not the next item's


def _opening_company(norm: str, ctx: ZhContext) -> None:
    """Remember the company a sentence opens on: the subject later sentences' "公司" mean."""
    lead = len(norm) - len(norm.lstrip())
    found = companies_in(norm[lead : lead + 12])
    if found and found[0].start == 0:
        ctx.para_company = found[0].id


#: A day named by a word, with no digit: "今日", "今天", "昨日".
_DAY_WORD = re.compile(r"[今昨][日天]")


def _own_day(c: Cand, ctx: ZhContext) -> bool:
    """Whether a figure is of the day the text speaks of (a level or a move to that day)."""
    return c.period is not None and c.period.end == ctx.day and c.period.granularity.value == "day"


#: A price change's rate said right after it, in the next clause: "，降幅为9.77%",
#: "，一周涨幅达9.64%", "，周涨幅约为1.85%", "，下调幅度为0.76%", "，涨跌幅度为-1.2%".
_RATE_AFTER = compile_pattern(
    r"\s*[,，、]\s*(?:(?:一|单|当|本|全)?[日周月季年]度?|周内|月内|期内|区间内?)?\s*(?:累计)?\s*"
    r"(?:(?P<rate>{RATE_UP}|{RATE_DOWN})|(?P<dw>{UP}|{DOWN})?幅度|(?:涨跌|变动|调整)幅度?)\s*"
    r"(?:约|近)?\s*(?:为|达|达到|在)?\s*(?:约)?\s*(?P<pct>[+\-]?{NUM})\s*%"
)


def _rates_after_changes(found: list[tuple[str, Cand]], s: Sent) -> list[Cand]:
    """The rate said right after a price change, over the change's own span and holder.

    Whatever rule read the change (against a base day, a quarter, a week), "，降幅为9.77%"
    after it is the same move as a rate: the rule need not list every way of adding it. A
    rate some rule already read is left to it.
    """
    taken = {c.start for _, c in found}
    out: list[Cand] = []
    for _, c in found:
        if c.kind != "price" or c.metric != "change" or c.unit == "%" or c.period is None:
            continue
        m = _RATE_AFTER.match(s.text, c.end)
        if m is None or m.start("pct") in taken:
            continue
        value = float(m.group("pct"))
        way = word_class(m.group("rate"), ("rate_up", "rate_down")) if m.group("rate") else None
        if way is None and m.group("dw"):  # "下调幅度为0.76%"
            way = "rate_down" if sign(m.group("dw")) < 0 else "rate_up"
        if way is not None:
            value = -abs(value) if way == "rate_down" else abs(value)
        elif not m.group("pct").startswith(("+", "-")):
            value = value if c.value >= 0 else -value  # "幅度为2%": the change's direction
        if value != 0 and (value > 0) != (c.value > 0) and c.value != 0:
            continue  # a rate against the change's direction is not that change's
        taken.add(m.start("pct"))
        out.append(
            Cand(
                "price",
                c.entity,
                c.subject,
                "change_pct",
                c.period,
                value,
                "%",
                m.start("pct"),
                m.end("pct"),
                "price_rate_after_change",
            )
        )
    return out


RATE_AFTER_CHANGE = REGISTRY.add(
    Rule(
        "price_rate_after_change",
        "price change",
        "zh",
        _RATE_AFTER.pattern,
        lambda *_: [],  # a pass over what the rules found (_rates_after_changes), not a rule
        (
            Example(  # a contract notice's quarter-on-quarter move, its rate after it
                "包钢股份公告，2024年第三季度稀土精矿交易价格调整为不含税17,000元/吨。"
                "本次调整后，价格较上一季度上调201元/吨，涨幅为1.2%。",
                (
                    ("price", "re_concentrate", "price", "2024-Q3", 17000, "CNY/t"),
                    ("price", "re_concentrate", "change", "2024-Q2/2024-Q3", 201, "CNY/t"),
                    ("price", "re_concentrate", "change_pct", "2024-Q2/2024-Q3", 1.2, "%"),
                ),
                published="2024-07-08",
            ),
            Example(  # a change against a named day, its rate named by a span word
                "7月5日氧化铽均价报650万元/吨，较6月28日下跌15万元/吨，一周跌幅约2.26%。",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 6500000, "CNY/t"),
                    ("price", "tb_oxide", "change", "2024-06-28/2024-07-05", -150000, "CNY/t"),
                    ("price", "tb_oxide", "change_pct", "2024-06-28/2024-07-05", -2.26, "%"),
                ),
            ),
            Example(  # the rate joined to the move by 、
                "氧化钬报47万元/吨，较昨日上涨2000元/吨、涨幅0.43%。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 470000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2024-07-04/2024-07-05", 0.43, "%"),
                ),
            ),
            Example(  # a neutral 幅度 with its own sign
                "氧化钬报47万元/吨，较昨日下跌2000元/吨，变动幅度为-0.42%。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 470000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-07-04/2024-07-05", -2000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2024-07-04/2024-07-05", -0.42, "%"),
                ),
            ),
        ),
        doc="a price change's rate in the clause right after it, over the change's span",
    )
)


def _part_day(c: Cand, s: Sent) -> Cand:
    """A price said after a later day in its sentence is of that day.

    "5月16日之后，…，5月31日氧化钕报X，较4月30日下跌Y；氧化镨同步下跌Z": a rule that dated the
    quote by the sentence's first day (``Sent.day``) is moved to the own day named last before
    it, and so is the end of a move to that day; a day-on-day move starts from the new day's
    trading day before. Bases (较/与…相比) are never that day.
    """
    first = s.day()
    if c.kind != "price" or c.period is None or first is None or c.period.end != first:
        return c
    if c.period.granularity is not Granularity.DAY:
        return c
    c = _named_prior_day(_day_after_figure(c, s, first), s)
    if c.period is None or c.period.end != first:
        return c
    days = [
        d.period.start
        for d in s.dates
        if d.end <= c.start
        and not d.base
        and not d.period.is_span
        and d.period.granularity is Granularity.DAY
    ]
    if not days or days[-1] <= first:
        return c
    return _moved_to(c, first, days[-1], s)


#: One end of a range named before a level: "高端报价回落至X", "低端下探至Y", "上沿".
_RANGE_END = re.compile(
    r"(?:(?P<hi>高端|上沿|上限)|(?P<lo>低端|下沿|下限))"
    # the end word heads the level ("高端报价回落至", "上限为"), not a noun ("高端需求")
    r"(?=\s*(?:报价|价格|价|报|为|在|[:：]|回落|回升|下探|上探|下移|上移|上调|下调|至|到|升|降|涨|跌))"
)


def _range_end(c: Cand, s: Sent) -> Cand:
    """A level said of one end of the range ("氧化镨高端报价回落至52.8万元/吨") is that end.

    The end word must stand in the figure's clause after its product (not "上下限均下调X").
    """
    if c.kind != "price" or c.metric != "price":
        return c
    lo = max(
        s.clause_start(c.start), max((p.end for p in s.products if p.end <= c.start), default=0)
    )
    ends = list(_RANGE_END.finditer(s.text, lo, c.start))
    if len(ends) != 1:
        return c
    return replace(c, metric="price_high" if ends[0].group("hi") else "price_low")


def _day_after_figure(c: Cand, s: Sent, first: date) -> Cand:
    """A figure dated by a day its sentence names only in a later clause takes the text's day.

    "若与上周五相比，氧化镨累计上涨4.5元/公斤，氧化钕则在周日持稳后于今日补涨": the Sunday
    of the next clause, said of another product, is not the day the move runs to; a later
    clause of the figure's own series ("，为7月8日收盘价") still dates it.
    """
    own = [
        d
        for d in s.dates
        if not d.base and not d.period.is_span and d.period.granularity is Granularity.DAY
    ]
    day = s.ctx.day or s.ctx.published
    if not own or own[0].start < c.end or day is None or day == first or c.period is None:
        return c
    lo = s.clause_start(own[0].start)
    if lo <= c.end:
        return c  # "报X（3月5日）": a day right after the figure, in its clause, is its own
    other = any(lo <= p.start < own[0].start and p.id != c.subject for p in s.products)
    if not other and not _DAY_OF_MEAN.match(s.text, own[0].end):
        return c  # "…，为7月8日收盘价": a later clause of the same series still dates it
    return _moved_to(c, first, day, s)


#: A day that dates a mean named after it ("恰好落在昨日均价位置"), not the figure before.
_DAY_OF_MEAN = re.compile(r"\s*(?:的)?\s*(?:均价|平均价)")


def _named_prior_day(c: Cand, s: Sent) -> Cand:
    """A day-on-day move of the day a note named the trading day before of runs from that day."""
    named = s.ctx.named_prior
    if named is None or c.period is None or not c.period.is_span or c.period.end != named[0]:
        return c
    if c.period.start != day_span(named[0]).start or not _DAY_BEFORE.search(s.text, 0, c.start):
        return c  # only a move said against the trading day before ("较上一交易日")
    return replace(c, period=Period.span(Period.day(named[1]), Period.day(named[0])))


#: A move's base named as the trading day before: "较上一交易日", "较昨日", "较前一日".
_DAY_BEFORE = re.compile(r"(?:上一|前一|上个)交易日|昨[日天]|前一?日|上日")


def _moved_to(c: Cand, old: date, new: date, s: Sent) -> Cand:
    """The candidate dated ``new`` instead of ``old``.

    A move from ``old``'s trading day before, its sentence naming no base day before it, was
    a day-on-day move: it runs from ``new``'s trading day before.
    """
    if c.period is None:
        return c
    if not c.period.is_span:
        return replace(c, period=Period.day(new))
    start = c.period.start
    named = any(d.base and d.end <= c.start for d in s.dates)
    if start == day_span(old).start and not named:
        start = day_span(new).start
    if start >= new:
        return c
    return replace(c, period=Period.span(Period.day(start), Period.day(new)))


PART_DAY = REGISTRY.add(
    Rule(
        "price_part_day",
        "price level",
        "zh",
        "…{day}，…；…{later day}…{product}报{quote}",
        lambda *_: [],  # a pass over what the rules found (_part_day), not a rule
        (
            Example(  # the second part's quote and its move are of the day that part names
                "9月上旬氧化铽走弱，9月4日起连续回调，9月27日氧化铽报5850-5900元/公斤，"
                "较8月30日下跌120元/公斤。",
                (
                    ("price", "tb_oxide", "price_low", "2024-09-27", 5850, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-09-27", 5900, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-08-30/2024-09-27", -120, "CNY/kg"),
                ),
                published="2024-09-30",
            ),
            Example(  # a weekday named only in a later clause does not date the move before it
                "氧化铽今日报6050元/公斤。\n"
                "若与上周五相比，氧化铽累计上涨40元/公斤，氧化镝则在周六持稳后于今日补涨。",
                (
                    ("price", "tb_oxide", "price", "2024-09-10", 6050, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-09-06/2024-09-10", 40, "CNY/kg"),
                ),
                published="2024-09-10",
            ),
            Example(  # a note naming the trading day before (a make-up Saturday): the move runs
                # from it
                "说明：上一交易日为10月12日（星期六，调休工作日）。\n"
                "今日氧化钬报46.5万元/吨，较上一交易日上涨0.5万元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-10-14", 465000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-10-12/2024-10-14", 5000, "CNY/t"),
                ),
                published="2024-10-14",
            ),
            Example(  # a later clause naming the day of the same series dates it
                "今日稀土市场平稳。\n氧化铽报6000元/公斤，为7月8日收盘价。",
                (("price", "tb_oxide", "price", "2024-07-08", 6000, "CNY/kg"),),
                published="2024-07-09",
            ),
            Example(  # a later clause naming the day of a mean does not date the level
                "今日稀土市场走弱。\n氧化铽低端报价回落至5950元/公斤，接近昨日均价。",
                (("price", "tb_oxide", "price_low", "2024-07-09", 5950, "CNY/kg"),),
                published="2024-07-09",
            ),
            Example(  # one end of the range said to have moved to a level is that end
                "氧化钆：氧化钆高端报价回落至16.4万元/吨，低端跌幅更大。",
                (("price", "gd_oxide", "price_high", "2024-07-05", 164000, "CNY/t"),),
            ),
            Example(  # 高端 of demand is no end of the range
                "氧化钆受高端需求带动报16.4万元/吨。",
                (("price", "gd_oxide", "price", "2024-07-05", 164000, "CNY/t"),),
            ),
            Example(  # two dated clauses: each quote its own day
                "周一（7月1日）氧化钆报16.2万元/吨，周三（7月3日）金属镝报2150元/公斤。",
                (
                    ("price", "gd_oxide", "price", "2024-07-01", 162000, "CNY/t"),
                    ("price", "dy_metal", "price", "2024-07-03", 2150, "CNY/kg"),
                ),
                published="2024-07-05",
            ),
        ),
        doc="a quote after a later own day in its part of the sentence is of that day",
    )
)
_PASSES = frozenset({RATE_AFTER_CHANGE.name, PART_DAY.name})


#: A caption announcing the list below it: "…相比的变化如下：", "…报价如下:".
_CAPTION_END = re.compile(r"(?:如下|如次|见下)?\s*[:：]\s*$")


def _caption_base(s: Sent) -> None:
    """A caption naming the base of the list below ("较上周五（11月8日）的涨跌见下表：").

    Its base day is the base of the list's bare moves ("氧化镝：171-173万元/吨，上调2万元/吨"),
    until the list ends.
    """
    if not _CAPTION_END.search(s.text) or not re.search(r"相比|对比|较|比", s.text):
        return
    day = s.day()
    bases = {
        d.period
        for d in s.dates
        if d.base and not d.period.is_span and d.period.granularity.value == "day"
    }  # "上周五（11月8日）" names one day twice
    if day is not None and len(bases) == 1:
        base = bases.pop()
        if base.start < day:
            s.ctx.list_base = Period.span(base, Period.day(day))


_LISTING = compile_pattern("{LISTING}")


def _listing_holder(s: Sent) -> None:
    """A listing notice's line naming another company's list makes the prices after it its own.

    "中国稀土集团9月挂牌价(含税)方面:" in a notice of 北方稀土's list: the items below are 中国稀土's.
    """
    if s.ctx.price_company is None:
        return
    cue = _LISTING.search(s.text)
    named = s.company_before(cue.start()) if cue else None
    if named is not None:
        s.ctx.price_company = price_holder(named)


_FOB = compile_pattern("{FOB}")
_CIF = compile_pattern("{CIF}")
_EUROPE = compile_pattern("{EUROPE}")
#: A block heading: "【出口价格】", "# 出口价格", "二、出口价格" or a short line ending in a colon.
_HEADING = re.compile(
    r"^\s*(?:【[^】\n]{1,40}】|#+\s*[^\n]{1,40}|[一二三四五六七八九十]+、[^\d\n]{1,30}|[^\d\n。]{1,30}[:：])\s*$"
)


#: A numbered section heading: "（二）氧化镝", "(3) 氧化铽", "2. 镧铈产品", "三、氧化钕".
_SECTION = re.compile(
    r"^\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])"
    r"\s*(?P<name>[^\d\n，。,:：;；]{1,20})\s*$"
)


#: A notice's numbered part ("二、上年同期经营业绩和财务状况") and the words that make it last year's.
_NUMBERED_PART = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、[^\n]{1,40}$")
_PRIOR = re.compile(r"上年同期|去年同期|上年度|上一年度")
#: A sentence opened by last year's period ("去年同期, 公司营业收入为129.9亿元…").
_PRIOR_LEAD = re.compile(r"\s*(?:而|但|相比之下)?\s*(?:去年同期|上年同期)\s*[,，:：]")


def _prior_part(c: Cand, s: Sent) -> Cand:
    """A result of a part headed as last year's, its sentence naming no period: a year back.

    "二、上年同期经营业绩和财务状况 / （一）利润总额：18.4亿元" in a notice of 2025's results is
    2024's profit, not 2025's; so are the figures of a sentence opened by "去年同期,".
    """
    prior = s.ctx.prior_part or _PRIOR_LEAD.match(s.text) is not None
    if c.kind != "financial" or not prior or c.period is None:
        return c
    if c.period != s.ctx.main or any(not d.base for d in s.dates):
        return c
    return replace(c, period=shift_year(c.period))


def _heading_market(line: str, ctx: ZhContext) -> None:
    """A block heading sets the market of the US-dollar quotes under it, until the next one.

    A numbered section heading that is one product's name ("（二）氧化镝") makes it the product
    of the section's sentences that name none ("月末报6350元/千克"); a numbered heading naming
    no single product ("（四）镧铈产品") ends the last section's product.
    """
    if _HEADING.match(line):
        ctx.market = "fob_china" if _FOB.search(line) else None
    if _NUMBERED_PART.match(line):
        ctx.prior_part = _PRIOR.search(line) is not None
    sec = _SECTION.match(line)
    if sec is not None:
        ctx.price_subject = product_names().get(sec.group("name").strip())
        ctx.section_subject = ctx.price_subject


def _market(c: Cand, s: Sent) -> Cand:
    """A US-dollar quote of China's market (and a rate beside one) as an FOB China price.

    It is one when its sentence or its block's heading says so: "氧化镨钕（FOB）年均价55美元/公斤",
    "离岸价报62美元/公斤", "【出口价格（FOB中国）】" above "氧化钕: 报62美元/公斤"; or when an
    earlier sentence of the story named FOB for a dollar quote and this one names no market.
    """
    if c.kind != "price" or c.entity != "china":
        return c
    part = s.text[: c.start]
    part = part[max(part.rfind(";"), part.rfind("；")) + 1 :]
    # a rate of a dollar quote, or of a price its clause names as FOB ("氧化钕FOB中国价格大幅跟涨，
    # 周内涨幅13.51%")
    rate_of_fob = c.unit == "%" and ("美元" in s.text or _FOB.search(part) is not None)
    if not c.unit.startswith("USD") and not rate_of_fob:
        return c  # a yuan figure in an export block is a conversion, not the FOB quote
    if _CIF.search(part):  # "鹿特丹到岸(CIF)氧化镝…美元", up to the next semicolon
        return replace(c, entity="cif_rotterdam")
    if _EUROPE.search(part):  # "欧洲鹿特丹仓库氧化铽…美元": Europe's market, not China's
        return replace(c, entity="europe")
    if _FOB.search(s.text) and c.unit.startswith("USD"):
        s.ctx.usd_market, s.ctx.usd_market_paragraph = "fob_china", s.ctx.paragraph
    if s.ctx.market == "fob_china" or _FOB.search(s.text):
        return replace(c, entity="fob_china")
    if (
        s.ctx.usd_market == "fob_china"
        and s.ctx.paragraph - s.ctx.usd_market_paragraph <= 1
        and not _DOMESTIC.search(s.text)
    ):
        # the story's dollar quotes are the FOB series it named: "氧化钕离岸价(FOB中国)…报92.6美元。
        # …氧化铈29日报每公斤1.72美元" (a dollar figure said of the home market is a conversion);
        # each dollar figure of the series carries it on to the next paragraph
        s.ctx.usd_market_paragraph = s.ctx.paragraph
        return replace(c, entity="fob_china")
    return c


_DOMESTIC = re.compile(r"内地|国内|境内|换算|折合|约合")


def _fact(c: Cand, base: int, sentence: str, document_id: str, doc: str, version: str) -> Fact:
    p = c.period
    return Fact(
        kind=c.kind,
        entity=c.entity,
        subject=c.subject,
        metric=c.metric,
        period=str(p) if p else "",
        value=float(c.value),
        unit=c.unit,
        document_id=document_id,
        doc=doc,
        span_start=base + c.start,
        span_end=base + c.end,
        sentence=sentence.strip() or doc,
        extractor_version=version,
        value_high=c.high,
        status=c.status,
        bound=None,
        resolved=p is not None or c.kind == "capacity",  # a plant's capacity has no period
        period_start=p.start.isoformat() if p else None,
        period_end=p.end.isoformat() if p else None,
    )


@dataclass
class Explanation:
    """Which rules fired on a sentence and which vetoes dropped what."""

    sentence: str
    events: list[Event]


def explain(
    text: str, sentence: str, *, published: date | None = None, year: int | None = None
) -> list[Explanation]:
    """The rules and vetoes of every sentence of ``text`` that contains ``sentence``."""
    res = extract_zh(
        text, document_id="why", doc="why", published=published, year=year, version="why"
    )
    key = normalise(sentence).strip()
    return [
        Explanation(res.sentences[b], res.trace.get(b, []))
        for b in sorted(res.sentences)
        if key and key in normalise(res.sentences[b])
    ]


def words_of(cls: str) -> list[str]:
    """The vocabulary words of a cue class (for documentation and tests)."""
    return words(cls)
