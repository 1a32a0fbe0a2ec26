"""A Chinese customs table by month: ``月份 | 出口量(吨) | 同比`` (columns in any order).

The product is the one the lines above the table name last ("累计出口稀土…吨。分月数据如下:");
the unit comes from the volume column's header (吨 or 万吨) and nothing else; the year is the
document's. A table whose volume header names no unit gives a named warning and no facts.
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import Cand, Sent
from reemarket.ingest.rules.zh_text import compile_pattern, word_class

_MONTH_HEAD = re.compile(r"^(?:月份|月度|月|时间|日期)$")
_MONTH_CELL = re.compile(r"^(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月份?$")
_VOLUME_UNIT = re.compile(r"[(（]\s*(?P<sc>万?)吨\s*[)）]")
_NUM = re.compile(r"^[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?$")
_FLOW = compile_pattern("{EXPORTS}|{IMPORTS}")
_RATE = compile_pattern("{YOY}|{MOM}")
_PROD = compile_pattern("{PROD}")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _number(cell: str) -> float | None:
    text = cell.replace(" ", "").replace("−", "-").rstrip("%")
    return float(text.replace(",", "")) if _NUM.match(text) else None


def trade_table_facts(lines: list[tuple[int, str]], above: str, s: Sent) -> list[Cand]:
    """The monthly volumes (and their rates) of a customs table; [] for any other table."""
    head = _cells(lines[0][1])
    month = next((i for i, c in enumerate(head) if _MONTH_HEAD.match(c)), None)
    flows = [(i, f) for i, c in enumerate(head) if (f := _FLOW.search(c)) is not None]
    if month is None or len(flows) != 1:
        return []
    vol, flow = flows[0]
    metric = (
        "imports" if word_class(flow.group(), ("imports", "exports")) == "imports" else "exports"
    )
    unit = _VOLUME_UNIT.search(head[vol])
    if unit is None:
        s.warnings.append("zh_table_unit_missing: a customs table names no unit, not read")
        return []
    scale = 1e4 if unit.group("sc") else 1.0
    rates = {
        i: "mom" if word_class(r.group(), ("yoy", "mom")) == "mom" else "yoy"
        for i, c in enumerate(head)
        if i != vol and (r := _RATE.search(c)) is not None
    }
    names = [m.group() for m in _PROD.finditer(above)]
    subject = s.products_id_text(names[-1]) if names else None
    if subject is None:
        return []
    out: list[Cand] = []
    for off, line in lines[1:]:
        cells = _cells(line)
        mm = _MONTH_CELL.match(cells[month]) if len(cells) == len(head) else None
        year = int(mm.group("y")) if mm and mm.group("y") else s.ctx.year
        if mm is None or year is None or not 1 <= int(mm.group("m")) <= 12:
            continue
        period = Period.month(year, int(mm.group("m")))
        end = off + len(line)
        v = _number(cells[vol])
        if v is not None:
            out.append(
                Cand(
                    "trade",
                    "china",
                    subject,
                    metric,
                    period,
                    v * scale,
                    "t",
                    off,
                    end,
                    "zh_trade_table",
                )
            )
        for i, rel in rates.items():
            p = _number(cells[i])
            if p is not None and cells[i].endswith("%"):
                out.append(
                    Cand(
                        "trade",
                        "china",
                        subject,
                        f"{metric}_{rel}_pct",
                        period,
                        p,
                        "%",
                        off,
                        end,
                        "zh_trade_table",
                    )
                )
    return out


RULE = REGISTRY.add(
    Rule(
        "zh_trade_table",
        "trade",
        "zh",
        "月份 | 出口量(吨) | 同比 (columns in any order)",
        lambda *_: [],
        (
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
            Example("稀土出口情况:\n月份 | 出口量 | 同比\n5月 | 4000 | 3%\n", ()),
        ),
    )
)
