"""A Chinese customs table: rows by month (or by product), export/import volumes and rates.

``月份 | 出口量(吨) | 同比`` or ``产品 | 出口量(万吨) | 环比``: a volume column is headed by
出口 or 进口 with its mass unit in brackets (or a 单位 line above); a rate column headed 同比 or
环比 belongs to the volume column on its left (or, left of the only volume column, to it). A row is a period (``1月``, ``2025年3月``,
``一季度``) or a product (then the period is the one the lines above name); with periods
across the top (``项目 | 10月 | 11月``) a row is a volume (``出口量(吨)``) or its rate. A
table by period is about the product its header or the lines above name, else the product the
text's trade figures are on. A volume column with no unit gives a named warning and no facts: a volume is
never read in a guessed unit (万吨 is never 吨).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reemarket.domain.periods import Period
from reemarket.domain.units import parse_unit
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import Cand, Sent
from reemarket.ingest.rules.zh_dates import find_dates
from reemarket.ingest.rules.zh_table_layout import cells as split_cells
from reemarket.ingest.rules.zh_text import (
    compile_pattern,
    parse_quantity,
    product_names,
    word_class,
)

_TRADE = compile_pattern("{EXPORTS}|{IMPORTS}")
_RATE = compile_pattern("{YOY}|{MOM}")
_PROD = compile_pattern("{PROD}")
#: A column that is money or a unit value, not a volume ("出口金额(亿元)", "出口均价").
_MONEY = re.compile(r"金额|额|价|美元|元")
#: A volume column's unit: in brackets in its header, or on a 单位 line above the table.
_MASS = re.compile(r"[(（]\s*(?:单位\s*[:：]?\s*)?(万?)\s*(公?吨|千克|公斤)\s*[)）]")
_MASS_ABOVE = re.compile(r"单位\s*[:：]?\s*(万?)\s*(公?吨|千克|公斤)")
_ROW_HEAD = re.compile(r"月份|月度|时间|日期|期间|时期|年月")
_NAME_HEAD = re.compile(r"品种|产品|名称|品名|商品")
_PERIOD_HEAD = re.compile(r"\d{1,2}\s*月|季度|\d{4}\s*年|上半年|下半年")
_NUM = re.compile(r"[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?")
_BLANK = re.compile(r"\s*(?:-|—|--|/|/)?\s*")


@dataclass(frozen=True)
class Column:
    """A volume column: where it is, exports or imports, its scale to tonnes, its rates."""

    at: int
    metric: str
    tonnes: float | None
    rates: tuple[tuple[int, str], ...]


def is_trade_header(cells: list[str]) -> bool:
    """Whether a table header names an export or import volume column."""
    return any(_TRADE.search(c) and not _MONEY.search(c) for c in cells)


def is_trade_table(lines: list[tuple[int, str]]) -> bool:
    """A customs table: a volume column, or periods across the top and a volume row."""
    head = split_cells(lines[0][1])
    if is_trade_header(head):
        return True
    by_column = sum(1 for c in head[1:] if _PERIOD_HEAD.search(c)) >= 2
    return by_column and any(is_trade_header(split_cells(ln)[:1]) for _, ln in lines[1:])


def _scale(unit: tuple[str, str]) -> float:
    """Tonnes per unit of a volume column ("万", "吨" -> 10000), by the shared unit vocabulary."""
    per, code = parse_quantity(f"1{unit[0]}{unit[1]}")
    return per * parse_unit(code).scale


def _columns(head: list[str], above: str) -> list[Column]:
    """The volume columns of a header, each with the rate columns that follow it."""
    m_above = _MASS_ABOVE.search(above)
    found: list[tuple[int, str, float | None]] = []
    rates: dict[int, list[tuple[int, str]]] = {}
    early: list[tuple[int, str]] = []  # rates before any volume column ("月份 | 同比 | 出口量")
    for i, cell in enumerate(head):
        rate = _RATE.search(cell)
        trade = _TRADE.search(cell)
        if rate is not None:
            rel = word_class(rate.group(), ("yoy", "mom")) or "yoy"
            if found:
                rates.setdefault(found[-1][0], []).append((i, rel))
            else:
                early.append((i, rel))
        elif trade is not None and not _MONEY.search(cell):
            metric = word_class(trade.group(), ("exports", "imports")) or "exports"
            unit = _MASS.search(cell) or m_above
            found.append((i, metric, _scale((unit.group(1), unit.group(2))) if unit else None))
    if early and len(found) == 1:  # one volume column: the rates left of it are its own
        rates[found[0][0]] = [*early, *rates.get(found[0][0], [])]
    return [Column(i, metric, t, tuple(rates.get(i, []))) for i, metric, t in found]


def _number(cell: str) -> float | None:
    if _BLANK.fullmatch(cell):
        return None
    nums = _NUM.findall(cell.replace(" ", ""))
    return float(nums[0].replace("−", "-").replace(",", "")) if len(nums) == 1 else None


def _row_period(cell: str, s: Sent) -> Period | None:
    """The month, quarter or span a row's first cell names (a month after the day is last year's)."""
    dates = [d for d in find_dates(cell, s.ctx) if not d.base]
    if len(dates) != 1 or dates[0].period.granularity.value == "day":
        return None
    p = dates[0].period
    today = s.ctx.published
    if not dates[0].explicit_year and today is not None and p.start > today:
        p = Period(
            p.start.replace(year=p.start.year - 1),
            p.end.replace(year=p.end.year - 1),
            p.granularity,
            p.is_span,
        )
    if p.is_span and p.start.year == p.end.year and (p.start.month, p.end.month) == (1, 12):
        return Period.year(p.start.year)  # "2024年1-12月" is the year
    return p


def _product_in(text: str) -> str | None:
    names = [m.group() for m in _PROD.finditer(text)]
    return product_names()[names[-1]] if names else None


def trade_table_facts(lines: list[tuple[int, str]], above: str, s: Sent) -> list[Cand]:
    """The trade facts of one table (lines with their offsets; the first is the header)."""
    head = split_cells(lines[0][1])
    if not is_trade_header(head):
        return _by_column(lines, above, s)
    cols = _columns(head, above)
    if not cols:
        return []
    if any(c.tonnes is None for c in cols):
        s.warnings.append(
            "zh_trade_table_unit_missing: a trade table names no unit for its volumes,"
            " its figures are not read"
        )
        return []
    by_name = _NAME_HEAD.search(head[0]) is not None and _ROW_HEAD.search(head[0]) is None
    upper = Sent.read(above, s.ctx)
    above_period = upper.period_before(len(above)) or s.ctx.month
    topic = _product_in(" ".join(head)) or _product_in(above) or s.ctx.trade_subject
    out: list[Cand] = []
    for off, line in lines[1:]:
        cells = split_cells(line)
        if len(cells) != len(head):
            continue
        if by_name:
            prod, period = _product_in(cells[0]), above_period
        else:
            prod, period = topic, _row_period(cells[0], s)
        if prod is None or period is None:
            continue
        at, end = off + line.index(cells[0]), off + len(line)
        for col in cols:
            v = _number(cells[col.at])
            if v is None or col.tonnes is None:
                continue
            out.append(
                Cand(
                    "trade",
                    "china",
                    prod,
                    col.metric,
                    period,
                    v * col.tonnes,
                    "t",
                    at,
                    end,
                    "zh_table_trade",
                )
            )
            for i, rel in col.rates:
                r = _number(cells[i])
                if r is not None:
                    out.append(
                        Cand(
                            "trade",
                            "china",
                            prod,
                            f"{col.metric}_{rel}_pct",
                            period,
                            r,
                            "%",
                            at,
                            end,
                            "zh_table_trade",
                        )
                    )
        if not by_name:
            s.ctx.trade_subject = prod
    return out


def _by_column(lines: list[tuple[int, str]], above: str, s: Sent) -> list[Cand]:
    """A table with periods across the top: "项目 | 10月 | 11月", rows 出口量(吨) and 同比."""
    head = split_cells(lines[0][1])
    # a rate column ("全年同比", "环比") is no period: it is the rate of the period left of it
    rate_cols = {j: m for j, c in enumerate(head) if j > 0 and (m := _RATE.search(c))}
    periods = [(j, _row_period(c, s)) for j, c in enumerate(head) if j > 0 and j not in rate_cols]
    topic = _product_in(" ".join(head)) or _product_in(above) or s.ctx.trade_subject
    title = above.splitlines()[-1] if above.strip() else ""
    out: list[Cand] = []
    volume: tuple[str, int, int] | None = None  # the last volume row: metric, start, end
    for off, line in lines[1:]:
        cells = split_cells(line)
        if len(cells) != len(head) or topic is None:
            continue
        label, at, end = cells[0], off + line.index(cells[0]), off + len(line)
        rate = _RATE.search(label)
        if is_trade_header([label]):
            unit = _MASS.search(label) or _MASS.search(title) or _MASS_ABOVE.search(above)
            if unit is None:
                s.warnings.append(
                    "zh_trade_table_unit_missing: a trade table names no unit for its volumes,"
                    " its figures are not read"
                )
                return []
            metric = word_class(label, ("exports", "imports")) or "exports"
            tonnes = _scale((unit.group(1), unit.group(2)))
            volume = (metric, at, end)
            for j, p in periods:
                v = _number(cells[j])
                if p is not None and v is not None:
                    out.append(
                        Cand(
                            "trade",
                            "china",
                            topic,
                            metric,
                            p,
                            v * tonnes,
                            "t",
                            at,
                            end,
                            "zh_table_trade",
                        )
                    )
            for j, m in rate_cols.items():
                left = [p for k, p in periods if k < j and p is not None]
                r = _number(cells[j])
                if left and r is not None:
                    rel = word_class(m.group(), ("yoy", "mom")) or "yoy"
                    out.append(
                        Cand(
                            "trade",
                            "china",
                            topic,
                            f"{metric}_{rel}_pct",
                            left[-1],
                            r,
                            "%",
                            at,
                            end,
                            "zh_table_trade",
                        )
                    )
        elif rate is not None and volume is not None:
            rel = word_class(rate.group(), ("yoy", "mom")) or "yoy"
            for j, p in periods:
                r = _number(cells[j])
                if p is not None and r is not None:
                    out.append(
                        Cand(
                            "trade",
                            "china",
                            topic,
                            f"{volume[0]}_{rel}_pct",
                            p,
                            r,
                            "%",
                            at,
                            end,
                            "zh_table_trade",
                        )
                    )
        else:
            volume = None  # a money or other row: the rates below are not the volume's
    return out


RULE = REGISTRY.add(
    Rule(
        "zh_table_trade",
        "trade",
        "zh",
        "月份 | 出口量(吨) | 同比, 产品 | 进口量(万吨) | 环比, or 项目 | 10月 | 11月 (a customs table)",
        lambda *_: [],
        (
            Example(
                "据海关统计, 2024年前三个月我国稀土出口情况如下:\n"
                "月份 | 出口量(吨) | 同比 | 进口量(吨) | 同比\n"
                "1月 | 4,210.5 | -3.2% | 11,020 | 5.5%\n"
                "２月 | ３８００ | ８.１% | — | —\n",
                (
                    ("trade", "rare_earths", "exports", "2024-01", 4210.5, "t"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2024-01", -3.2, "%"),
                    ("trade", "rare_earths", "imports", "2024-01", 11020, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2024-01", 5.5, "%"),
                    ("trade", "rare_earths", "exports", "2024-02", 3800, "t"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2024-02", 8.1, "%"),
                ),
                published="2024-04-20",
            ),
            Example(
                "2024年11月主要稀土产品出口(单位:万吨)如下:\n"
                "产品 | 出口量 | 环比(%)\n"
                "稀土永磁 | 0.52 | -4.1\n",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024-11", 5200, "t"),
                    ("trade", "re_permanent_magnet", "exports_mom_pct", "2024-11", -4.1, "%"),
                ),
                published="2024-12-20",
            ),
            Example(
                "稀土出口统计\n"
                "| 时间 | 出口量(万吨) | 环比 | 同比(%) |\n"
                "|---|---|---|---|\n"
                "| 2024年11月 | 0.52 | 10.6% | 2.0 |\n"
                "| 2024年1-11月 | 5.01 | — | 7.1 |\n",
                (
                    ("trade", "rare_earths", "exports", "2024-11", 5200, "t"),
                    ("trade", "rare_earths", "exports_mom_pct", "2024-11", 10.6, "%"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2024-11", 2.0, "%"),
                    ("trade", "rare_earths", "exports", "2024-01/2024-11", 50100, "t"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2024-01/2024-11", 7.1, "%"),
                ),
                published="2024-12-20",
            ),
            Example(
                "2024年四季度稀土永磁进出口\n"
                "项目 | 10月 | 11月 | 12月\n"
                "出口量(吨) | 5,104 | 5,230 | 5,512\n"
                "同比 | 3.1% | 1.2% | -0.5%\n"
                "出口金额(亿元) | 20.1 | 20.6 | 21.0\n"
                "环比 | 1.0% | 2.5% | 1.9%\n",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024-10", 5104, "t"),
                    ("trade", "re_permanent_magnet", "exports", "2024-11", 5230, "t"),
                    ("trade", "re_permanent_magnet", "exports", "2024-12", 5512, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024-10", 3.1, "%"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024-11", 1.2, "%"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024-12", -0.5, "%"),
                ),
                published="2025-01-20",
            ),
            Example(  # a rate column across the top is the rate of the period left of it
                "2023年稀土进出口\n"
                "项目 | 2023年12月 | 2023年1-12月 | 全年同比\n"
                "稀土出口（吨） | 4,120.5 | 52,306.7 | +8.6%\n",
                (
                    ("trade", "rare_earths", "exports", "2023-12", 4120.5, "t"),
                    ("trade", "rare_earths", "exports", "2023", 52306.7, "t"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2023", 8.6, "%"),
                ),
                published="2024-01-15",
            ),
            Example(
                "2023年前三月我国累计出口稀土12000吨, 分月如下:\n"
                "月份 | 同比 | 出口量(吨)\n"
                "1月 | -3.5% | 4100.5\n"
                "2月 | 8.0% | 3800\n",
                (
                    ("trade", "rare_earths", "exports", "2023-01/2023-03", 12000, "t"),
                    ("trade", "rare_earths", "exports", "2023-01", 4100.5, "t"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2023-01", -3.5, "%"),
                    ("trade", "rare_earths", "exports", "2023-02", 3800, "t"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2023-02", 8.0, "%"),
                ),
                published="2023-04-20",
            ),
            Example(
                "今年稀土永磁进口情况:\n月份 | 进口量(万吨)\n5月 | 0.12\n",
                (("trade", "re_permanent_magnet", "imports", "2024-05", 1200, "t"),),
            ),
            Example(
                "海关数据显示, 我国稀土出口逐月回落:\n月份 | 出口量 | 同比\n11月 | 4500 | 2.0%\n",
                (),
                published="2025-01-20",
            ),
        ),
    ),
)
