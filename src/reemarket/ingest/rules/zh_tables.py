"""The 生意社/100ppi-style Chinese price table: columns found by their header words, any order.

``产品 | 价格区间 | 均价 | 涨跌`` (or 品种 | 今日参考价 | 较上一交易日涨跌 ...): the unit comes
from the header ("(万元/吨)") or a 单位 line above; a table whose unit cannot be read gives a
named warning and no facts, never a guessed unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reemarket.domain.periods import Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import PRICE_UNITS, Cand, Sent, day_span
from reemarket.ingest.rules.zh_text import parse_number, product_names, unit_table

_NUM = r"[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?"
_UNIT_IN = re.compile(r"([万]?)(元/吨|元/公斤|元/千克|美元/公斤|美元/千克|美元/吨)")


@dataclass(frozen=True)
class Columns:
    """Which column holds what."""

    name: int
    price: int | None
    low_high: int | None
    average: int | None
    change: int | None
    scale: float
    unit: str | None


def read_header(cells: list[str], above: str) -> Columns | None:
    """The meaning of each column, from its header words; None when no column is a price."""
    name = price = rng = avg = chg = None
    for i, c in enumerate(cells):
        if re.search(r"品种|产品|名称|品名", c) and name is None:
            name = i
        elif "涨跌" in c or "变动" in c or "涨幅" in c:
            chg = i if "%" not in c and "幅" not in c else chg
        elif "区间" in c or "范围" in c:
            rng = i
        elif "均价" in c:
            avg = i
        elif "价" in c:
            price = i
    if price is None and rng is None and avg is None:
        return None
    unit_m = _UNIT_IN.search(" ".join(cells)) or _UNIT_IN.search(above)
    scale, unit = (1e4 if unit_m.group(1) else 1.0, unit_table()[unit_m.group(2)][0]) if unit_m else (1.0, None)
    return Columns(name if name is not None else 0, price, rng, avg, chg, scale, unit)


def _product(cell: str) -> str | None:
    names = product_names()
    cell = re.sub(r"[(（].*?[)）]|\s", "", cell)
    if cell in names:
        return names[cell]
    hits = [n for n in names if n in cell]
    return names[max(hits, key=len)] if hits else None


def table_facts(lines: list[tuple[int, str]], above: str, s: Sent) -> list[Cand]:
    """The facts of one table (lines with their offsets; the first is the header)."""
    head = [c.strip() for c in lines[0][1].strip().strip("|").split("|")]
    cols = read_header(head, above)
    day = s.day()
    if cols is None or day is None:
        return []
    if cols.unit is None or cols.unit not in PRICE_UNITS:
        s.warnings.append("zh_table_unit_missing: a price table names no unit; its rows are skipped")
        return []
    out: list[Cand] = []
    for off, line in lines[1:]:
        cells = line.strip().strip("|").split("|")
        if len(cells) != len(head):
            continue
        pid = _product(cells[cols.name])
        if pid is None:
            continue
        starts = _cell_starts(line, off)
        def num(i: int | None) -> list[float]:
            if i is None:
                return []
            return [parse_number(n.replace("−", "-").replace(",", "")) * cols.scale
                    for n in re.findall(_NUM, cells[i].replace(" ", ""))]
        at = starts[cols.name]
        end = off + len(line)
        for i, metric in ((cols.price, "price"), (cols.average, "price")):
            vals = num(i)
            if len(vals) == 1:
                out.append(Cand("price", "china", pid, metric, Period.day(day), vals[0], cols.unit, at, end, "zh_table"))
        rng = num(cols.low_high)
        if cols.low_high is not None and len(rng) == 2:
            lo, hi = abs(rng[0]), abs(rng[1])
            out.append(Cand("price", "china", pid, "price_low", Period.day(day), lo, cols.unit, at, end, "zh_table"))
            out.append(Cand("price", "china", pid, "price_high", Period.day(day), hi, cols.unit, at, end, "zh_table"))
        if cols.change is not None:
            cell = cells[cols.change]
            ch = num(cols.change)
            if "持平" in cell or "平" == cell.strip():
                ch = [0.0]
            if len(ch) == 1:
                out.append(Cand("price", "china", pid, "change", day_span(day), ch[0], cols.unit, at, end, "zh_table"))
    return out


def _cell_starts(line: str, off: int) -> list[int]:
    starts, pos = [], 0
    body = line
    lead = len(body) - len(body.lstrip())
    pos = lead + (1 if body.lstrip().startswith("|") else 0)
    for cell in body.strip().strip("|").split("|"):
        starts.append(off + pos + len(cell) - len(cell.lstrip()))
        pos += len(cell) + 1
    return starts


RULE = REGISTRY.add(
    Rule("zh_table", "price level", "zh", "产品 | 价格区间 | 均价 | 涨跌 (columns in any order)",
         lambda *_: [],
         (Example("2024年3月1日稀土价格(单位:元/吨)\n涨跌 | 产品 | 均价\n-2000 | 氧化镨钕 | 400000\n持平 | 氧化镧 | 4000\n",
                  (("price", "prnd_oxide", "price", "2024-03-01", 400000, "CNY/t"),
                   ("price", "prnd_oxide", "change", "2024-02-29/2024-03-01", -2000, "CNY/t"),
                   ("price", "la_oxide", "price", "2024-03-01", 4000, "CNY/t"),
                   ("price", "la_oxide", "change", "2024-02-29/2024-03-01", 0, "CNY/t")),
                  published="2024-03-01"),
          Example("品种 | 价格区间(万元/吨) | 均价(万元/吨)\n氧化铽 | 570-580 | 575\n",
                  (("price", "tb_oxide", "price_low", "2024-07-05", 5700000, "CNY/t"),
                   ("price", "tb_oxide", "price_high", "2024-07-05", 5800000, "CNY/t"),
                   ("price", "tb_oxide", "price", "2024-07-05", 5750000, "CNY/t"))))),
)
