"""The Chinese results table: one row per metric, one column per period.

Company reports and the wires that copy them lay out a half or a year as
``项目 | 2025年1-6月 | 上年同期 | 同比变动`` (or ``本报告期 | 上年同期 | 本报告期比上年同期增减``):
each row a results metric (营业收入, 归母净利润, 扣非净利润, 经营活动现金流), its sum in each
period column and its y/y in the change column. A sum's unit is the cell's (亿元, 万元) or the
row's (``营业收入（元）``) or the table's (``单位：万元`` above it, ``(亿元)`` in the header). Rows of other items (每股收益,
总资产) and rates that are not figures (不适用, 扭亏) give nothing.

A results forecast (业绩预告) writes its sums as a profit or a loss, often a range
(``盈利：5,000万元–6,500万元``, ``亏损：800万元～1,200万元``: a loss is negative), and gives each
metric's y/y on the row below it (``比上年同期下降 | 35.20%–50.10%``: 下降/减少 make it negative).
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import Cand, Sent
from reemarket.ingest.rules.zh_dates import find_dates, shift_year
from reemarket.ingest.rules.zh_table_layout import cell_starts, cells, row_cells
from reemarket.ingest.rules.zh_text import word_class

_METRICS = (
    "net_profit_attributable_recurring",
    "operating_cash_flow",
    "net_profit_attributable",
    "total_profit",
    "revenue",
)
_PRIOR = re.compile(r"上年同期|去年同期|上年度|上年|去年")
#: a quarterly report's year-to-date column ("年初至报告期末"): January to the quarter's end
_YEAR_TO_DATE = re.compile(r"年初至(?:本?报告期末|今)")
_CHANGE = re.compile(r"同比|变动|增减|变化|增长")
_SCALE = re.compile(r"([万亿])?\s*元")
_SUM = re.compile(r"^([+\-−]?\d+(?:,\d{3})*(?:\.\d+)?)\s*([万亿])?\s*(元)?$")
_RATE = re.compile(r"^([+\-−]?\d+(?:\.\d+)?)\s*%$")
_BARE = re.compile(r"^[+\-−]?\d+(?:\.\d+)?$")
#: a forecast's "profit:"/"loss:" before its sum ("盈利：5,200万元", "亏损:1.2亿元")
_SIGN_LEAD = re.compile(r"^(盈利|亏损|预盈|预亏|净利润)\s*[:：]")
#: the two ends of a range in one cell ("5,200万元–6,800万元", "50.94%～62.48%", "1.2至1.5亿元")
_RANGE_CUT = re.compile(r"\s*(?:–|—|~|～|至)\s*|(?<=[\d元%万亿])\s*-\s*(?=[+\-−]?\d)")
#: a row of y/y changes of the row above ("比上年同期下降", "较上年同期增长", "同比变动")
_CHANGE_ROW = re.compile(
    r"^(?:比|较|与)?(?:上年同期|去年同期|上年|去年)?(?:相比)?(增长|上升|增加|下降|减少|同比|变动|增减)"
)
_FALL = re.compile(r"下降|减少")


def _scale(text: str) -> float | None:
    m = _SCALE.search(text)
    if m is None or "美元" in text:
        return None
    return {None: 1.0, "万": 1e4, "亿": 1e8}[m.group(1)]


def _ends(text: str) -> list[str] | None:
    """A cell's one sum or the two ends of its range, its profit/loss lead removed."""
    body = _SIGN_LEAD.sub("", text)
    parts = _RANGE_CUT.split(body)
    return parts if len(parts) in (1, 2) and all(parts) else None


def cell_sum(text: str, fallback: float | None) -> tuple[float, float | None] | None:
    """A results cell's sum in yuan, or its range's two ends ("亏损：800万元～1,200万元").

    A bare number takes ``fallback``, the row's or table's scale; a loss is negative and a
    range is given low end first.
    """
    ends = _ends(text)
    if ends is None:
        return None
    values: list[float] = []
    matches = [_SUM.match(e) for e in ends]
    if any(m is None for m in matches):
        return None
    # "5,200–6,800万元": the range's one unit, written after its high end
    tail = next((m for m in reversed(matches) if m is not None and m.group(3)), None)
    for m in matches:
        assert m is not None
        own = m if m.group(3) else tail
        scale = _scale(own.group(0)) if own is not None else fallback
        if scale is None:
            return None
        values.append(round(float(m.group(1).replace("−", "-").replace(",", "")) * scale, 4))
    if text.startswith(("亏损", "预亏")):
        values = [-v for v in values]
    values.sort()
    return values[0], (values[1] if len(values) == 2 else None)


def cell_rate(text: str, percent_head: bool, fall: bool) -> tuple[float, float | None] | None:
    """A change cell's rate or its range's two ends, low first (negative if ``fall``)."""
    ends = _ends(text)
    if ends is None:
        return None
    values: list[float] = []
    for e in ends:
        if percent_head and _BARE.match(e):
            e += "%"  # "增减（%）": the header declares the percent once for its column
        r = _RATE.match(e)
        if r is None:
            return None
        v = float(r.group(1).replace("−", "-"))
        values.append(-abs(v) if fall else v)
    values.sort()
    return values[0], (values[1] if len(values) == 2 else None)


def _cand(
    entity: str,
    metric: str,
    period: Period,
    value: tuple[float, float | None],
    unit: str,
    start: int,
    end: int,
) -> Cand:
    """A results table's fact: one value or a range's two ends."""
    return Cand(
        "financial",
        entity,
        "",
        metric,
        period,
        value[0],
        unit,
        start,
        end,
        "zh_results_table",
        high=value[1],
    )


def is_results_table(head: list[str], first_cells: list[str]) -> bool:
    """Whether a table's rows are results metrics (its first column names them)."""
    return any(word_class(c, _METRICS) for c in first_cells) and len(head) >= 2


def results_table_facts(lines: list[tuple[int, str]], above: str, s: Sent) -> list[Cand]:
    """The facts of one results table (lines with their offsets; the first is the header)."""
    head = cells(lines[0][1])
    entity = s.ctx.company
    if entity is None:
        return []
    table_scale = _scale(" ".join(head)) or _scale(above[-120:])
    periods: dict[int, Period] = {}
    #: each change column, with the period column it follows ("第三季度 | 同比 | 年初至报告期末 | 同比")
    changes: dict[int, int | None] = {}
    for i, c in enumerate(head[1:], start=1):
        found = [d.period for d in find_dates(c, s.ctx) if not d.base]
        if _CHANGE.search(c) and not found:
            changes[i] = max((j for j in periods if j < i), default=None)
        elif _YEAR_TO_DATE.search(c):
            quarter = next(iter(periods.values()), None) or s.ctx.main
            if quarter is not None and quarter.granularity.value == "quarter":
                y = quarter.end.year
                periods[i] = Period.span(Period.month(y, 1), Period.month(y, quarter.end.month))
        elif found:
            periods[i] = found[-1]
        elif _PRIOR.search(c) and periods:
            periods[i] = shift_year(next(iter(periods.values())))
        elif re.search(r"本报告期|本期", c) and s.ctx.main is not None:
            periods[i] = s.ctx.main
    if not periods:
        return []
    current = next(iter(periods.values()))
    prior = {i for i in periods if _PRIOR.search(head[i])}
    out: list[Cand] = []
    metric: str | None = None  # the metric of the row above, for a change row
    for off, line in lines[1:]:
        row = row_cells(line)
        if len(row) != len(head):
            continue
        at = cell_starts(line, off)[0]
        end = off + len(line)
        own_metric = word_class(row[0], _METRICS)
        change_row = own_metric is None and _CHANGE_ROW.match(row[0].strip()) is not None
        if change_row and metric is not None:
            fall = _FALL.search(row[0]) is not None
            for i, period in periods.items():
                if i in prior:
                    continue
                rate = cell_rate(row[i].strip().replace(" ", ""), "%" in row[0], fall)
                if rate is not None:
                    out.append(_cand(entity, f"{metric}_yoy_pct", period, rate, "%", at, end))
            continue
        metric = own_metric
        if metric is None:
            continue
        row_scale = _scale(row[0])  # "营业收入（元）", "净利润(万元)": the row's own unit
        for i, period in periods.items():
            amount = cell_sum(row[i].strip().replace(" ", ""), row_scale or table_scale)
            if amount is not None:
                out.append(_cand(entity, metric, period, amount, "CNY", at, end))
        for change, of in changes.items():
            cell = row[change].strip().replace(" ", "")
            rate = cell_rate(cell, "%" in head[change], False)
            if rate is not None:
                # one change column is the current period's; several follow their own columns
                paired = len(changes) > 1 and of is not None and of not in prior
                own = periods[of] if paired and of is not None else current
                out.append(_cand(entity, f"{metric}_yoy_pct", own, rate, "%", at, end))
    return out


RULE = REGISTRY.add(
    Rule(
        "zh_results_table",
        "financial",
        "zh",
        "项目 | 本期 | 上年同期 | 同比 (one row per results metric)",
        lambda *_: [],
        (
            Example(
                "北方稀土2024年年度报告主要数据如下:\n"
                "| 项目 | 2024年 | 上年同期 | 同比增减 |\n"
                "| 营业收入 | 329.66亿元 | 334.97亿元 | -1.59% |\n"
                "| 归属于上市公司股东的净利润 | 10.04亿元 | 23.71亿元 | -57.64% |\n"
                "| 基本每股收益 | 0.28元 | 0.66元 | -57.58% |\n",
                (
                    ("financial", "", "revenue", "2024", 32966000000, "CNY"),
                    ("financial", "", "revenue", "2023", 33497000000, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2024", -1.59, "%"),
                    ("financial", "", "net_profit_attributable", "2024", 1004000000, "CNY"),
                    ("financial", "", "net_profit_attributable", "2023", 2371000000, "CNY"),
                    ("financial", "", "net_profit_attributable_yoy_pct", "2024", -57.64, "%"),
                ),
                published="2025-03-28",
            ),
            Example(  # an annual summary: years as columns, the unit in each row's label
                "宁波韵升股份有限公司2023年年度报告摘要\n"
                "项目 | 2023年 | 2022年 | 本年比上年增减\n"
                "营业收入（元） | 4,623,500,000.00 | 4,410,200,000.00 | 4.84%\n",
                (
                    ("financial", "", "revenue", "2023", 4623500000, "CNY"),
                    ("financial", "", "revenue", "2022", 4410200000, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2023", 4.84, "%"),
                ),
                published="2024-04-20",
            ),
            Example(  # the percent declared once in the change column's header
                "宁波韵升2024年年度报告摘要\n单位：万元\n"
                "项目 | 2024年 | 2023年 | 本年比上年增减（%）\n"
                "营业收入 | 520,300.50 | 480,100.25 | 8.37\n"
                "归属于上市公司股东的净利润 | 31,200.00 | 35,600.00 | -12.36\n",
                (
                    ("financial", "", "revenue", "2024", 5203005000, "CNY"),
                    ("financial", "", "revenue", "2023", 4801002500, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2024", 8.37, "%"),
                    ("financial", "", "net_profit_attributable", "2024", 312000000, "CNY"),
                    ("financial", "", "net_profit_attributable", "2023", 356000000, "CNY"),
                    ("financial", "", "net_profit_attributable_yoy_pct", "2024", -12.36, "%"),
                ),
                published="2025-03-28",
            ),
            Example(  # the unit above the table, a prior-year loss, a rate that is no figure
                "北方稀土发布2024年半年报。单位:万元\n"
                "项目 | 2024年1-6月 | 2023年1-6月 | 变动\n"
                "扣非净利润 | 5200 | -1300 | 不适用\n"
                "经营活动产生的现金流量净额 | 8800 | 6100 | 44.26%\n",
                (
                    (
                        "financial",
                        "",
                        "net_profit_attributable_recurring",
                        "2024-01/2024-06",
                        52000000,
                        "CNY",
                    ),
                    (
                        "financial",
                        "",
                        "net_profit_attributable_recurring",
                        "2023-01/2023-06",
                        -13000000,
                        "CNY",
                    ),
                    ("financial", "", "operating_cash_flow", "2024-01/2024-06", 88000000, "CNY"),
                    ("financial", "", "operating_cash_flow", "2023-01/2023-06", 61000000, "CNY"),
                    ("financial", "", "operating_cash_flow_yoy_pct", "2024-01/2024-06", 44.26, "%"),
                ),
                published="2024-08-20",
            ),
            Example(  # a quarterly report: the quarter and the year to date, each with its y/y
                "宁波韵升2024年第三季度报告主要数据(亿元)\n"
                "项目 | 第三季度 | 同比增减 | 年初至报告期末 | 同比增减\n"
                "营业收入 | 12.50 | 8.20% | 36.40 | -3.10%\n",
                (
                    ("financial", "", "revenue", "2024-Q3", 1250000000, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2024-Q3", 8.2, "%"),
                    ("financial", "", "revenue", "2024-01/2024-09", 3640000000, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2024-01/2024-09", -3.1, "%"),
                ),
                published="2024-10-25",
            ),
            Example(  # a results express in 万元: 利润总额 (profit before tax) as a row, a loss
                # in the current year, an operating-profit row whose change is no figure
                "中科三环2023年度业绩快报\n单位：人民币万元\n"
                "项目 | 本报告期 | 上年同期 | 增减变动幅度（%）\n"
                "营业利润 | -1,250.40 | 3,310.00 | 不适用\n"
                "利润总额 | -980.20 | 3,520.60 | -127.84\n",
                (
                    ("financial", "", "total_profit", "2023", -9802000, "CNY"),
                    ("financial", "", "total_profit", "2022", 35206000, "CNY"),
                    ("financial", "", "total_profit_yoy_pct", "2023", -127.84, "%"),
                ),
                published="2024-02-27",
            ),
            Example(  # a results forecast: a profit range, its y/y range on the row below
                "中科三环2025年半年度业绩预告\n业绩预告期间：2025年1月1日至2025年6月30日\n"
                "| 项目 | 本报告期 | 上年同期 |\n|---|---|---|\n"
                "| 归属于上市公司股东的净利润 | 盈利：1.8亿元~2.2亿元 | 盈利：1.25亿元 |\n"
                "| 比上年同期增长 | 44.00%~76.00% | — |\n"
                "| 基本每股收益 | 盈利：0.15元/股~0.18元/股 | 盈利：0.10元/股 |\n",
                (
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2025-01/2025-06",
                        (180000000, 220000000),
                        "CNY",
                    ),
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2024-01/2024-06",
                        125000000,
                        "CNY",
                    ),
                    (
                        "financial",
                        "",
                        "net_profit_attributable_yoy_pct",
                        "2025-01/2025-06",
                        (44.0, 76.0),
                        "%",
                    ),
                ),
                published="2025-07-12",
            ),
            Example(  # a loss forecast in 万元 with one unit after its range, and a fall
                "宁波韵升股份有限公司2024年年度业绩预亏公告\n单位：万元\n"
                "项目 | 本报告期 | 上年同期\n"
                "扣除非经常性损益后的净利润 | 亏损：9,000-12,000 | 盈利：4,350\n"
                "较上年同期下降 | 306.90%-375.86% | —\n",
                (
                    (
                        "financial",
                        "",
                        "net_profit_attributable_recurring",
                        "2024",
                        (-120000000, -90000000),
                        "CNY",
                    ),
                    ("financial", "", "net_profit_attributable_recurring", "2023", 43500000, "CNY"),
                    (
                        "financial",
                        "",
                        "net_profit_attributable_recurring_yoy_pct",
                        "2024",
                        (-375.86, -306.9),
                        "%",
                    ),
                ),
                published="2025-01-20",
            ),
        ),
    ),
)
