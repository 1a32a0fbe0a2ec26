"""A history table of China's total-amount-control quotas: one row per year, one column per kind.

``年份 | 开采指标 | 冶炼分离指标`` (or ``年度 | 开采总量控制指标（万吨） | 同比``): a column
is the mining or the smelting-separation quota by the quota words of its header; the mass unit
comes from the header's brackets or a 单位 line above (never guessed: a table without one gives
nothing). A row is a year ("2021", "2021年", "2024（第一批）", "2024年第一批": a batch is the
year's quota as issued so far, as the prose reads it); a rate column (同比, 增速, 增幅) is the
y/y of the quota column on its left.
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import Cand, Sent
from reemarket.ingest.rules.zh_table_layout import (
    TONNES_ABOVE,
    cell_number,
    cell_starts,
    cells,
    row_cells,
)
from reemarket.ingest.rules.zh_text import compile_pattern, word_class

_KIND = compile_pattern("{QUOTA}")
#: the header or the title names a quota, not an output ("开采量" is production)
_QUOTA_CUE = re.compile(r"指标|配额|总量控制")
_YEAR_HEAD = re.compile(r"年份|年度|年|时间|批次")
_RATE = re.compile(r"同比|增速|增幅|增长|增减")
_MASS = re.compile(r"[(（]\s*(?:单位\s*[:：]?\s*)?(万?)\s*(?:公?吨|t)\s*[)）]")
_ROW_YEAR = re.compile(
    r"\s*(?P<y>(?:19|20)\d{2})\s*年?度?\s*"
    r"(?:[(（]?\s*(?:第\s*[一二三四1-4]\s*批|全年|合计)\s*(?:次)?\s*[)）]?)?\s*"
)


def is_quota_table(head: list[str], above: str) -> bool:
    """Whether a header is a year column followed by quota-kind columns."""
    if len(head) < 2 or not _YEAR_HEAD.search(head[0]):
        return False
    kinds = [c for c in head[1:] if _KIND.search(c) and not _RATE.search(c)]
    cue = any(_QUOTA_CUE.search(c) for c in head) or _QUOTA_CUE.search(above[-120:])
    return bool(kinds) and bool(cue)


def quota_table_facts(lines: list[tuple[int, str]], above: str, s: Sent) -> list[Cand]:
    """The quota facts of one history table (lines with their offsets; the first the header)."""
    head = cells(lines[0][1])
    above_unit = TONNES_ABOVE.search(above[-160:])
    #: column -> (quota kind, tonnes per unit); a scale of None is a rate column
    columns: dict[int, tuple[str, float | None]] = {}
    last: str | None = None
    for i, c in enumerate(head[1:], start=1):
        kind = word_class(c, ("mining", "smelting_separation")) if _KIND.search(c) else None
        if _RATE.search(c):
            if kind or last:
                columns[i] = (kind or last or "", None)
            continue
        if kind is None:
            last = None
            continue
        unit = _MASS.search(c) or above_unit
        if unit is None:
            s.warnings.append(
                "zh_quota_table_unit_missing: a quota table names no unit, its figures are not read"
            )
            return []
        columns[i] = (kind, 1e4 if unit.group(1) else 1.0)
        last = kind
    out: list[Cand] = []
    for off, line in lines[1:]:
        row = row_cells(line)
        if len(row) != len(head):
            continue
        year = _ROW_YEAR.fullmatch(row[0])
        if year is None:
            continue
        period = Period.year(int(year.group("y")))
        at, end = cell_starts(line, off)[0], off + len(line)
        for i, (kind, scale) in columns.items():
            read = cell_number(row[i])
            if read is None:
                continue
            value, pct = read
            if scale is None:
                metric, per = "quota_yoy_pct", "%"
            elif not pct:
                metric, per, value = "quota", "t", round(value * scale, 4)
            else:
                continue
            out.append(Cand("quota", "china", kind, metric, period, value, per, at, end, "quota"))
    return out


RULE = REGISTRY.add(
    Rule(
        "zh_table_quota",
        "quota",
        "zh",
        "年份 | 开采指标 | 冶炼分离指标 (a quota history table, one row per year)",
        lambda *_: [],
        (
            Example(
                "历年稀土总量控制指标（单位：吨）\n"
                "年份 | 开采指标 | 冶炼分离指标\n"
                "2017 | 105000 | 100000\n"
                "2018年 | 120,000 | 115,000\n"
                "2025（第一批） | — | —\n",
                (
                    ("quota", "mining", "quota", "2017", 105000, "t"),
                    ("quota", "smelting_separation", "quota", "2017", 100000, "t"),
                    ("quota", "mining", "quota", "2018", 120000, "t"),
                    ("quota", "smelting_separation", "quota", "2018", 115000, "t"),
                ),
                published="2025-03-01",
            ),
            Example(  # the unit in the header, a rate column after its quota
                "我国稀土开采配额变化\n"
                "| 年度 | 开采总量控制指标（万吨） | 同比 |\n"
                "|---|---|---|\n"
                "| 2022年 | 21 | 25.0% |\n",
                (
                    ("quota", "mining", "quota", "2022", 210000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2022", 25.0, "%"),
                ),
                published="2023-05-01",
            ),
            Example(  # no unit anywhere: nothing is read in a guessed unit
                "稀土指标回顾\n年份 | 开采指标 | 冶炼分离指标\n2019 | 13.2 | 12.7\n",
                (),
                published="2023-05-01",
            ),
        ),
    )
)
