"""A company's output table: one row per product, columns of 产量 / 销量 and their y/y.

Results and operating-data notices lay out what the company made and sold as
``产品 | 产量（吨） | 产量同比 | 销量（吨） | 销量同比`` (or ``产销量`` headings with a 单位 line
above). Each amount column names its measure (产量 or 销量) and its mass unit, in brackets or on
the 单位 line; a rate column (同比, 增减, 增长) is the y/y of the measure it names, else of the
amount column on its left. The holder is the company of the notice (or the country, when the
caption above credits the table to the trade's figures or scopes it, zh_holders) and the period
the one the lines above name, else the report's own period. A product the catalog does not know gives
nothing, and so does an amount without a unit (a volume is never read in a guessed unit).
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import Cand, Sent
from reemarket.ingest.rules.zh_dates import find_dates
from reemarket.ingest.rules.zh_holders import holder
from reemarket.ingest.rules.zh_table_layout import (
    TONNES_ABOVE,
    cell_number,
    cell_starts,
    cells,
    row_cells,
)
from reemarket.ingest.rules.zh_text import product_names

_MEASURE = re.compile(r"(?P<p>产量|生产量)|(?P<s>销量|销售量)")
_RATE_HEAD = re.compile(r"同比|增减|增长|变动|变化")
_MOM_HEAD = re.compile(r"环比")
_MASS = re.compile(r"[(（]\s*(万?)\s*(?:公?吨|t)\s*[)）]")
#: What a head says besides a measure: a rate's words, its unit in brackets.
_OTHER = re.compile(
    r"[(（][^)）]*[)）]|同比|环比|比上年|较上年|上年同期|增减|增长|变动|变化|幅度|率|%|\s"
)


def is_output_table(head: list[str]) -> bool:
    """Whether a header's columns are output amounts (产量 / 销量) of the row products."""
    return sum(1 for c in head if _MEASURE.search(c)) >= 1 and not any(
        re.search(r"价|出口|进口|营业收入", c) for c in head
    )


def _product(cell: str) -> str | None:
    names = product_names()
    cell = re.sub(r"[(（].*?[)）]|\s", "", cell)
    return names.get(cell)


def _holder(above: str, s: Sent) -> str | None:
    """Whose the table's volumes are, read from its caption as a sentence ending at the table.

    The caption is the text above it since the last full stop (zh_holders): "2024年国内主要
    稀土产品产量" above a table is China's, "主要产品产销情况" the notice's company's.
    """
    caption = above[-120:].rsplit("。", 1)[-1].rstrip()
    if not caption:
        return s.ctx.company
    return holder(Sent.read(caption, s.ctx), len(caption))


def output_table_facts(lines: list[tuple[int, str]], above: str, s: Sent) -> list[Cand]:
    """The facts of one output table (lines with their offsets; the first is the header)."""
    head = cells(lines[0][1])
    entity = _holder(above, s)
    # an output is a month's, a quarter's or a year's: a dateline's day above dates nothing
    named = [
        d.period
        for d in find_dates(above[-120:], s.ctx)
        if not d.base and (d.period.is_span or d.period.granularity is not Granularity.DAY)
    ]
    period = named[-1] if named else s.ctx.main
    if entity is None:
        return []
    above_unit = TONNES_ABOVE.search(above[-120:])
    #: column -> (metric, scale); a scale of None is a rate column
    columns: dict[int, tuple[str, float | None]] = {}
    col_period: dict[int, Period] = {}
    body = [row_cells(line) for _, line in lines[1:]]
    last: str | None = None
    for i, c in enumerate(head[1:], start=1):
        mm = _MEASURE.search(c)
        if mm is None and _OTHER.sub("", c):
            last = None  # a measure we do not read (库存量): neither it nor its rate is output
            continue
        measure = ("production" if mm.group("p") else "sales") if mm else last
        if measure is None:
            continue
        own = [d.period for d in find_dates(c, s.ctx) if not d.base]
        if own and i not in columns and not _MOM_HEAD.search(c) and not _RATE_HEAD.search(c):
            col_period[i] = own[0]  # "5月产量（吨）": the column's own month
        if _MOM_HEAD.search(c):  # "环比": the change on the month before
            if "%" in c or any(len(r) > i and "%" in r[i] for r in body):
                columns[i] = (f"{measure}_mom_pct", None)
            continue
        if _RATE_HEAD.search(c) or "%" in c:
            # a rate says % in its head or cells; "产量同比增减（吨）" is a change in tonnes
            pct = "%" in c or any(len(r) > i and "%" in r[i] for r in body)
            if pct and not _MASS.search(c):
                columns[i] = (f"{measure}_yoy_pct", None)
            continue
        unit = _MASS.search(c) or above_unit
        if unit is None:
            continue
        columns[i] = (measure, 1e4 if unit.group(1) else 1.0)
        last = measure
    # a rate column with no period of its own is that of the amount column on its left
    rate_period = next((col_period[i] for i in sorted(col_period)), period)
    # a column with no period, in a table whose lines above name none, gives nothing
    columns = {i: c for i, c in columns.items() if col_period.get(i, rate_period) is not None}
    out: list[Cand] = []
    for off, line in lines[1:]:
        row = row_cells(line)
        if len(row) != len(head):
            continue
        pid = _product(row[0])
        if pid is None:
            continue
        at = cell_starts(line, off)[0]
        end = off + len(line)
        for i, (metric, scale) in columns.items():
            read = cell_number(row[i])
            if read is None:
                continue
            value, pct = read
            if scale is None:
                out.append(
                    Cand(
                        "production",
                        entity,
                        pid,
                        metric,
                        col_period.get(i, rate_period),
                        value,
                        "%",
                        at,
                        end,
                        "zh_output_table",
                    )
                )
            elif not pct:
                out.append(
                    Cand(
                        "production",
                        entity,
                        pid,
                        metric,
                        col_period.get(i, period),
                        round(value * scale, 4),
                        "t",
                        at,
                        end,
                        "zh_output_table",
                    )
                )
    return out


RULE = REGISTRY.add(
    Rule(
        "zh_output_table",
        "production",
        "zh",
        "产品 | 产量（吨） | 产量同比 | 销量（吨） | 销量同比 (one row per product)",
        lambda *_: [],
        (
            Example(
                "盛和资源2024年半年度经营数据公告\n主要产品产销情况如下：\n"
                "产品 | 产量（吨） | 产量同比 | 销量（吨） | 销量同比\n"
                "稀土氧化物 | 3,120 | +6.40% | 2,980 | -2.15%\n",
                (
                    ("production", "re_oxides", "production", "2024-01/2024-06", 3120, "t"),
                    ("production", "re_oxides", "production_yoy_pct", "2024-01/2024-06", 6.4, "%"),
                    ("production", "re_oxides", "sales", "2024-01/2024-06", 2980, "t"),
                    ("production", "re_oxides", "sales_yoy_pct", "2024-01/2024-06", -2.15, "%"),
                ),
                published="2024-08-20",
            ),
            Example(  # the unit on a 单位 line above, the rate column after its amount
                "宁波韵升2023年主要产品产销量（单位：万吨）\n"
                "产品 | 生产量 | 同比增减 | 销售量\n"
                "钕铁硼磁材 | 1.25 | 4.2% | 1.18\n",
                (
                    ("production", "ndfeb_magnet", "production", "2023", 12500, "t"),
                    ("production", "ndfeb_magnet", "production_yoy_pct", "2023", 4.2, "%"),
                    ("production", "ndfeb_magnet", "sales", "2023", 11800, "t"),
                ),
                published="2024-04-20",
            ),
            Example(  # a caption crediting the trade's figures: the country's, in a company story
                "北方稀土：上半年业绩增长\n北方稀土发布半年度报告。\n"
                "行业数据显示，2024年上半年国内主要稀土产品产量如下：\n"
                "产品 | 产量（吨） | 产量同比\n氧化镨钕 | 45,600 | +6.40%\n",
                (
                    ("production", "prnd_oxide", "production", "2024-01/2024-06", 45600, "t"),
                    ("production", "prnd_oxide", "production_yoy_pct", "2024-01/2024-06", 6.4, "%"),
                ),
                published="2024-08-20",
                entity="china",
            ),
            Example(  # a stock column is no output; a change in tonnes is no rate
                "北方稀土2024年主要产品产销情况\n"
                "产品 | 产量（吨） | 销量（吨） | 库存量（吨） | 销量同比增减（吨）\n"
                "氧化镨钕 | 2,340 | 2,210 | 415 | 160\n",
                (
                    ("production", "prnd_oxide", "production", "2024", 2340, "t"),
                    ("production", "prnd_oxide", "sales", "2024", 2210, "t"),
                ),
                published="2025-03-28",
            ),
            Example(  # a month named in the amount's head; 环比 is the change on the month before
                "北方稀土经营数据快报\n2025年6月12日\n单位：吨\n"
                "产品 | 5月产量 | 环比 | 同比\n"
                "镨钕金属 | 6,950 | -1.2% | +8.0%\n",
                (
                    ("production", "prnd_metal", "production", "2025-05", 6950, "t"),
                    ("production", "prnd_metal", "production_mom_pct", "2025-05", -1.2, "%"),
                    ("production", "prnd_metal", "production_yoy_pct", "2025-05", 8.0, "%"),
                ),
                published="2025-06-12",
            ),
            Example(  # the annual report's layout: each rate names its measure, % in its head
                "中国稀土2023年主要产品产销量情况\n"
                "主要产品 | 单位 | 生产量 | 销售量 | 库存量 | 生产量比上年增减（%） | "
                "销售量比上年增减（%） | 库存量比上年增减（%）\n"
                "稀土氧化物 | 吨 | 4,560 | 4,310 | 620 | 8.5 | -3.2 | 12.0\n",
                (
                    ("production", "re_oxides", "production_yoy_pct", "2023", 8.5, "%"),
                    ("production", "re_oxides", "sales_yoy_pct", "2023", -3.2, "%"),
                ),
                published="2024-03-30",
            ),
        ),
    )
)
