"""The Chinese results table: one row per metric, one column per period.

Company reports and the wires that copy them lay out a half or a year as
``项目 | 2025年1-6月 | 上年同期 | 同比变动`` (or ``本报告期 | 上年同期 | 本报告期比上年同期增减``):
each row a results metric (营业收入, 归母净利润, 扣非净利润, 经营活动现金流), its sum in each
period column and its y/y in the change column. A sum's unit is the cell's (亿元, 万元) or the
row's (``营业收入（元）``) or the table's (``单位：万元`` above it, ``(亿元)`` in the header). Rows of other items (每股收益,
总资产) and rates that are not figures (不适用, 扭亏) give nothing.
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


def _scale(text: str) -> float | None:
    m = _SCALE.search(text)
    if m is None or "美元" in text:
        return None
    return {None: 1.0, "万": 1e4, "亿": 1e8}[m.group(1)]


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
    for off, line in lines[1:]:
        row = row_cells(line)
        if len(row) != len(head):
            continue
        metric = word_class(row[0], _METRICS)
        if metric is None:
            continue
        at = cell_starts(line, off)[0]
        end = off + len(line)
        row_scale = _scale(row[0])  # "营业收入（元）", "净利润(万元)": the row's own unit
        for i, period in periods.items():
            text = row[i].strip().replace(" ", "")
            m = _SUM.match(text)
            scale = _scale(text) if m and m.group(3) else (row_scale or table_scale)
            if m is None or scale is None:
                continue
            value = round(float(m.group(1).replace("−", "-").replace(",", "")) * scale, 4)
            out.append(
                Cand(
                    "financial",
                    entity,
                    "",
                    metric,
                    period,
                    value,
                    "CNY",
                    at,
                    end,
                    "zh_results_table",
                )
            )
        for change, of in changes.items():
            cell = row[change].strip().replace(" ", "")
            if "%" in head[change] and _BARE.match(cell):
                cell += "%"  # "增减（%）": the header declares the percent once for its column
            r = _RATE.match(cell)
            if r is not None:
                value = float(r.group(1).replace("−", "-"))
                # one change column is the current period's; several follow their own columns
                paired = len(changes) > 1 and of is not None and of not in prior
                own = periods[of] if paired and of is not None else current
                out.append(
                    Cand(
                        "financial",
                        entity,
                        "",
                        f"{metric}_yoy_pct",
                        own,
                        value,
                        "%",
                        at,
                        end,
                        "zh_results_table",
                    )
                )
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
        ),
    ),
)
