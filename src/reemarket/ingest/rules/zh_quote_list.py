"""A trader's bulleted quote list: "· 钕氧 41.20-41.80 ↑0.5" under a line naming its units.

Morning and midday notes list one product a line, a range and the move since the last close
in an arrow ("↑0.3", "↓20") or 平, the units said once above by group of products
("（单位：氧化物/金属 万元/吨，镝铽镧铈 元/公斤；涨跌较昨日收盘）"): the elements named
together (镝铽镧铈) take their unit, every other row the group's. A trailing "w" (or 万) on a
range is trade shorthand for 万 ("40.6-41.0w"). A list whose units were never said gives
nothing.
"""

from __future__ import annotations

import re
from datetime import date

from reemarket.domain.periods import Period
from reemarket.ingest.rules.zh_base import PRICE_UNITS, Cand, Sent, day_span
from reemarket.ingest.rules.zh_dates import ZhContext
from reemarket.ingest.rules.zh_text import UnitError, parse_quantity, product_names

#: A lead line's bracketed unit note: "（单位：氧化物/金属 万元/吨，镝铽镧铈 元/公斤；涨跌较昨日收盘）".
_LEAD = re.compile(r"[(（]\s*(?:价格)?单位\s*[:：]([^()（）]{2,80})[)）]\s*$")
#: One group of the note and its unit: "镝铽镧铈 元/公斤", "氧化物/金属 万元/吨".
_GROUP = re.compile(
    r"^\s*(?P<who>[^\d]*?)\s*(?:为|:|：)?\s*(?P<u>万?(?:美元|元)/(?:吨|公斤|千克))\s*$"
)
#: The rare-earth elements, one character each.
_ELEMENTS = frozenset("镧铈镨钕钷钐铕钆铽镝钬铒铥镱镥钇钪")
#: A bullet item's start.
_BULLET = re.compile(r"\s*[·•●■・▪\-*]")
#: What ends the item's own part of its line.
_PART_END = re.compile(r"[,，。;；]")
_ARROW_DOWN = frozenset("↓▼-−")
#: A lead line's word that the moves are against the day before the report's.
_VS_YESTERDAY = re.compile(r"较\s*(?:昨日|昨天|上一交易日|前一交易日|上个交易日)")


def lead_units(line: str, ctx: ZhContext) -> bool:
    """Read a list's lead line naming units by group; True when it named any.

    The group of elements written together ("镝铽镧铈 元/公斤", "镝、铽为元/公斤") prices
    those elements' products; any other group ("氧化物/金属", "其余", none) is the list's
    unit for every other row.
    """
    m = _LEAD.search(line.rstrip("\n"))
    if m is None:
        return False
    default: str | None = None
    elements: dict[str, str] = {}
    for seg in re.split(r"[,，;；]", m.group(1)):
        g = _GROUP.match(seg)
        if g is None:
            continue
        who = re.sub(r"[、\s]", "", g.group("who"))
        if who and all(c in _ELEMENTS for c in who):
            elements.update(dict.fromkeys(who, g.group("u")))
        elif default is None:
            default = g.group("u")
    if default is None and not elements:
        return False
    ctx.list_group_unit = default
    ctx.list_element_units = elements
    # "涨跌较昨日收盘": the list is of the day after "yesterday", the report's own
    ctx.list_day = ctx.published if _VS_YESTERDAY.search(m.group(1)) else None
    return True


def _element_products(element: str) -> set[str]:
    names = product_names()
    words = (f"氧化{element}", f"金属{element}", f"{element}金属", f"{element}氧")
    return {names[w] for w in words if w in names}


def _unit(pid: str, ctx: ZhContext, scaled: bool) -> str | None:
    """The item's unit: its element's group, else the list's; "w" scales it by 万."""
    unit = next(
        (u for el, u in ctx.list_element_units.items() if pid in _element_products(el)),
        ctx.list_group_unit or ctx.list_unit,
    )
    if unit is None:
        return None
    return "万" + unit.lstrip("万") if scaled else unit


def _value(num: str, unit: str) -> tuple[float, str] | None:
    try:
        return parse_quantity(num + unit)
    except UnitError:
        return None


def resolve_quote_list(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "· 钕氧 41.20-41.80 ↑0.5": an item's range and its move since the last close."""
    day: date | None = s.ctx.list_day or s.day()
    if day is None or _BULLET.match(s.text) is None:
        return []
    pid = s.products_id(m)
    unit = _unit(pid, s.ctx, bool(m.group("w")))
    if unit is None:
        return []
    lo, hi = _value(m.group("lo"), unit), _value(m.group("hi"), unit)
    if lo is None or hi is None or lo[1] not in PRICE_UNITS or lo[0] > hi[0]:
        return []
    at, end = m.start("lo"), m.end("hi")
    when = Period.day(day)
    out = [
        Cand("price", "china", pid, "price_low", when, lo[0], lo[1], at, end, "price_quote_list"),
        Cand("price", "china", pid, "price_high", when, hi[0], hi[1], at, end, "price_quote_list"),
    ]
    move = _move(m, s, unit)
    if move is not None:
        out.append(
            Cand(
                "price",
                "china",
                pid,
                "change",
                day_span(day),
                move,
                lo[1],
                at,
                end,
                "price_quote_list",
            )
        )
    return out


def _move(m: re.Match[str], s: Sent, unit: str) -> float | None:
    """The item's move: its arrow and amount, or 平.

    A 平 closing the line holds for each item of the line with no move of its own
    ("镧氧 4.05-4.35 / 铈氧 7.2-7.6 平").
    """
    if m.group("chg"):
        v = _value(m.group("chg"), "万" + unit.lstrip("万") if m.group("cw") else unit)
        if v is None:
            return None
        return -v[0] if m.group("arrow") in _ARROW_DOWN else v[0]
    if m.group("flat"):
        return 0.0
    stop = _PART_END.search(s.text, m.end())
    rest = s.text[m.end() : stop.start() if stop else len(s.text)]
    if re.search(r"[↑↓▲▼]", rest) is None and re.search(r"(?:持平|平)\s*$", rest):
        return 0.0
    return None
