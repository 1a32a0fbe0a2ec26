"""The 生意社/100ppi-style Chinese price table: columns found by their header words, any order.

``产品 | 价格区间 | 均价 | 涨跌`` (or 品种 | 今日参考价 | 较上一交易日涨跌 ...): the unit comes
from the header ("(万元/吨)") or a 单位 line above; a table whose unit cannot be read gives a
named warning and no facts, never a guessed unit. Price columns may also be headed by their
day ("周一(10/9) | 周五(10/13)", "12月30日"); the changes then run from the first such day to
the last, and a "较9月13日" column is the change since the day it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.dates import trading_week
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import PRICE_UNITS, Cand, Sent, day_span
from reemarket.ingest.rules.zh_dates import BASE_LABEL, find_dates, previous
from reemarket.ingest.rules.zh_finance_table import is_results_table, results_table_facts
from reemarket.ingest.rules.zh_output_table import is_output_table, output_table_facts
from reemarket.ingest.rules.zh_quota_table import is_quota_table, quota_table_facts
from reemarket.ingest.rules.zh_table_layout import cell_starts, cells, row_cells
from reemarket.ingest.rules.zh_text import compile_pattern, product_names, unit_table, words
from reemarket.ingest.rules.zh_trade_table import is_trade_table, trade_table_facts
from reemarket.ingest.rules.zh_vat import vat_basis

_NUM = r"[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?"
_UNITS = r"(元/吨|元/公斤|元/千克|美元/公斤|美元/千克|美元/吨)"
_UNIT_IN = re.compile(r"([万]?)" + _UNITS)
#: The unit a line above a table states for it: after 单位, or in brackets, maybe after the
#: market ("(FOB中国, 美元/公斤)"); a unit inside prose above ("上扬1万元/吨") is a figure's,
#: not the table's.
_TABLE_UNIT = re.compile(
    # "单位：元/吨", "单位除注明外为元/吨", "价格单位均为元/吨", "单位如无特别说明均为万元/吨"
    r"单位\s*(?:[:：]|(?:[^\d,，。;；:：()（）]{0,10}?(?:均|皆|都)?(?:为|是|按|以)))?\s*([万]?)"
    + _UNITS
    + r"|[(（](?:[^()（）,，]{1,12}[,，、]\s*)?\s*([万]?)"
    + _UNITS
    + r"[^()（）]{0,8}[)）]"
)
#: Rows whose unit differs from the table's, said beside its unit: "(氧化镝、氧化铽为元/公斤)";
#: a note may give every row's unit, one segment per unit ("(单位：氧化钕为元/吨；氧化铽为元/公斤)").
_ROW_UNITS = re.compile(
    r"[(（]([^()（）/]{2,60}?)(?:为|按|以|用)\s*([万]?)" + _UNITS + r"(?:计)?\s*[)）]"
)
_NOTE = re.compile(r"[(（]([^()（）]{4,160})[)）]")
_UNIT_SEGMENT = re.compile(
    r"(?:^|[:：])\s*([^:：]{2,60}?)(?:为|按|以|用)\s*([万]?)" + _UNITS + r"(?:计)?\s*$"
    # "镨、钕单位：万元/吨": the products (or elements) first, then their 单位
    r"|^\s*([^:：]{1,60}?)(?:的)?(?:价格)?单位\s*(?:[:：]|为|是)\s*([万]?)" + _UNITS + r"\s*$"
    # "氧化钕、氧化镨：万元/吨": the products, a colon, their unit
    r"|^\s*([^:：]{2,60}?)\s*[:：]\s*([万]?)" + _UNITS + r"\s*$"
)
#: A line of notes on a table: "备注：", "注：", "说明：".
_NOTE_LINE = re.compile(r"\s*(?:备注|附注|注释|注|说明)\s*[:：]")
#: The word of a note for the rows it has not named: "…为万元/吨，其余为元/公斤".
_REST = re.compile(r"(?:其余|其他|其它|余者|余下|其余产品|其他产品|其它产品)(?:的)?(?:单位)?")
_MONTH_HEAD = re.compile(r"(?<!\d)(\d{1,2})\s*月")
#: A header naming a day: "周五(10/13)", "10月13日", "10-13", "2023-10-13", "10.13".
_DAY_HEAD = re.compile(
    r"(?<![\d.])(?:(?P<y>\d{4})\s*[年/.\-])?\s*(?P<m>\d{1,2})\s*(?:月|/|-|\.)\s*(?P<d>\d{1,2})"
    r"\s*(?:日|号)?(?![\d.%]|\s*月)"  # "1-6月" is a span of months, not 6 January
)
_CHANGE_HEAD = re.compile(r"涨跌|变动|较|调整|增减|环比|比")
#: Heads of a range's low and high columns ("最低价", "今日低端", "高端"): zh.toml's
#: ``head_low`` and ``head_high``.
_LOW_HEADS = tuple(words("head_low"))
_HIGH_HEADS = tuple(words("head_high"))
#: A header cell that is a period and nothing else: a company notice's "10月 | 9月" or
#: "第四季度 | 第三季度" columns (the header names no 价: the notice's title says what is priced).
_BARE_PERIOD = re.compile(r"\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月份?|第?[一二三四1-4]\s*季度)\s*")
#: A header naming a period mean: "本周均价", "节前一周均价（4月24日—30日）", "上月均价".
_MEAN_HEAD = re.compile(r"均价|平均价|均值")
_SCRAP = compile_pattern("{SCRAP}")
#: A year-on-year rate column: "同比", "同比涨跌幅", "较去年同期", "比上年同期".
_YOY_HEAD = re.compile(r"同比|(?:较|比)(?:去年|上年)同期|年比")
#: A change header that compares with a week before: "周环比", "周涨跌", "较上周", "比上周五".
_WEEK_CHANGE = re.compile(r"周(?:环比|涨跌|变动|增减)|[较比]上周")
#: A change column over all the table's day columns: "四周累计", "累计涨跌", "月内累计".
_TOTAL_HEAD = re.compile(r"累计|合计")
#: A price column of the trading day before the table's own: "昨日均价", "上一交易日价格".
_PRIOR_HEAD = re.compile(r"(?:昨日|昨天|前一交易日|上一交易日|上个交易日|前一日|上日)\S{0,3}价")
#: A column of each row's quote day: "报价日期", "日期", "更新日期", "价格日期".
_ROW_DAY_HEAD = re.compile(r"(?:报价|价格|更新|成交)?(?:日期|时间)")
#: A row's quote day: "2024-04-26", "2024/4/26", "4月26日", "04-26", "4/26".
_ROW_DAY = re.compile(
    r"(?:(?P<y>\d{4})\s*[-/.年]\s*)?(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
)
#: A note naming the trading day the changes are against: "上一交易日为10月12日（星期六，调休工作日）".
_NAMED_PRIOR = re.compile(
    r"(?:(?:前一|上一|上个)交易日\s*(?:为|是|[:：])|(?:指|即)\s*(?:前一|上一|上个)交易日\s*[(（]?"
    # a date line's label: "涨跌基准：上一交易日（6月21日，周五）", "对比日期：6月21日"
    r"|" + BASE_LABEL + ")"
    r"\s*(?:(?P<y>\d{4})\s*[年/.\-]\s*)?(?P<m>\d{1,2})\s*[月/.\-]"
    r"\s*(?P<d>\d{1,2})(?!\d)\s*日?"
)


@dataclass(frozen=True)
class Columns:
    """Which column holds what, and each column's unit from its header."""

    name: int
    price: int | None
    low_high: int | None
    average: int | None
    change: int | None
    units: tuple[tuple[float, str] | None, ...]
    table_unit: tuple[float, str] | None
    listing: bool
    low: int | None = None
    high: int | None = None
    unit_col: int | None = None
    months: tuple[tuple[int, int], ...] = ()
    #: the one unit the headers name, when they name exactly one (for a column without)
    header_unit: tuple[float, str] | None = None
    #: the column of the change as a rate ("涨跌幅", or a change column of "+1.79%" cells)
    rate: int | None = None
    #: products priced in another unit than the table's, by a note beside its unit
    row_units: tuple[tuple[str, tuple[float, str]], ...] = ()
    #: (column, month, day) of price columns headed by a day ("周一(10/9)", "10月13日")
    days: tuple[tuple[int, int, int], ...] = ()
    #: (column, month, day) of a change column against a named day ("较9月13日", "比9/13")
    since: tuple[int, int, int] | None = None
    #: a change column headed as the week's ("周环比", "周涨跌", "较上周"): changes span a week
    weekly: bool = False
    #: columns headed by a period and nothing else ("10月", "第四季度", "2024年第三季度")
    bare_periods: tuple[int, ...] = ()
    #: the column of the year-on-year rate ("同比", "同比涨跌幅", "较去年同期")
    yoy: int | None = None
    #: a price column of the trading day before the table's ("昨日均价", "前一交易日报价")
    prior: int | None = None
    #: a second amount-change column headed as the week's, beside a day's ("日涨跌 | 较上周")
    week_change: int | None = None
    #: a column giving each row's own quote day ("报价日期 | 2024-04-26"): a row of another day
    #: than the table's is that day's quote, with no change
    row_day: int | None = None
    #: a change column summing every day column's moves ("四周累计", "累计涨跌"): from the
    #: first day column to the last
    total: int | None = None


def _row_units(above: str) -> tuple[tuple[str, tuple[float, str]], ...]:
    """The products a note above the table prices in another unit ("(氧化镝为元/公斤)").

    A note may give every row's unit, one segment per unit, cut by semicolons or commas
    ("(氧化钕、氧化镨：万元/吨；氧化镧、氧化铈：元/公斤)"); a segment for "the rest" ("其余为元/公斤")
    is filed under ``*``: the unit of every row the note does not name (see :func:`_rest_unit`).
    """
    out: list[tuple[str, tuple[float, str]]] = []
    names = product_names()
    found = [(m.group(1), m.group(2), m.group(3)) for m in _ROW_UNITS.finditer(above)]
    notes = [m.group(1) for m in _NOTE.finditer(above)]
    # a note line ("备注：氧化钕、氧化镨单位为万元/吨，氧化镧单位为元/公斤；…"), bracketed or not:
    # each of its clauses cut by semicolons or full stops is read as a bracketed note is
    for line in above.splitlines():
        lead = _NOTE_LINE.match(line)
        if lead is not None:
            notes.extend(re.split(r"[;；。]", line[lead.end() :]))
    for note in notes:
        segments = re.split(r"[;；,，]", note)
        if len(segments) < 2 and not _UNIT_SEGMENT.search(note):
            continue  # one unit in the brackets: _ROW_UNITS reads it
        for seg in segments:
            m = _UNIT_SEGMENT.search(seg)
            if m is None:
                continue
            at = next(i for i in (1, 4, 7) if m.group(i) is not None)
            found.append((m.group(at), m.group(at + 1), m.group(at + 2)))
    for products, scale, unit_word in found:
        unit = (1e4 if scale else 1.0, unit_table()[unit_word][0])
        if _REST.fullmatch(products.strip()):
            out.append(("*", unit))
            continue
        for part in re.split(r"[、,，和及与]", products):
            part = re.sub(r"(?:的)?(?:价格)?单位$", "", part.strip())  # "氧化镨钕单位为万元/吨"
            out.extend((pid, unit) for pid in _named_products(part, names))
    return tuple(out)


def _rest_unit(
    rows: tuple[tuple[str, tuple[float, str]], ...], above: str
) -> tuple[float, str] | None:
    """The unit of the rows a note names no unit for: its "其余为…", else the table's."""
    return next((u for p, u in rows if p == "*"), None) or _table_unit(above)


def _named_products(part: str, names: dict[str, str]) -> list[str]:
    """The products a note's word names: a product's name, or an element's.

    An element ("钕") names its oxide and its metal ("氧化钕", "金属钕"), never "氧化镨钕".
    """
    if part in names:
        return [names[part]]
    if not part or len(part) > 2:
        return []
    return [names[n] for n in (f"氧化{part}", f"金属{part}", f"{part}金属") if n in names]


def _unit_of(text: str) -> tuple[float, str] | None:
    m = _UNIT_IN.search(text)
    if m is None:
        return None
    return (1e4 if m.group(1) else 1.0, unit_table()[m.group(2)][0])


def _table_unit(above: str) -> tuple[float, str] | None:
    """The unit stated nearest above the table: the last 单位 line wins.

    Reports split one list into blocks ("轻稀土 单位：元/吨" ... "中重稀土 单位：元/公斤"): each
    block's unit is the one declared right above it, not the first one of the page.
    """
    found = list(_TABLE_UNIT.finditer(above))
    if not found:
        return None
    m = found[-1]
    scale, unit = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    return (1e4 if scale else 1.0, unit_table()[unit][0])


def read_header(cells: list[str], above: str) -> Columns | None:
    """The meaning of each column, from its header words; None when no column is a price."""
    name = price = rng = avg = chg = low = high = unit_col = rate = yoy = prior = None
    week_chg: int | None = None
    months: list[tuple[int, int]] = []  # (column, month) of price columns headed by a month
    days: list[tuple[int, int, int]] = []
    since: tuple[int, int, int] | None = None
    bare = tuple(i for i, c in enumerate(cells) if _BARE_PERIOD.fullmatch(c))
    #: a change column headed as the week's ("周环比", "周涨跌", "较上周"): changes span a week
    weekly: bool = False
    row_day: int | None = None
    total: int | None = None
    for i, c in enumerate(cells):
        if i in bare and len(bare) >= 2:
            continue
        if _TOTAL_HEAD.search(c) and "%" not in c and "幅" not in c:
            total = i  # "四周累计", "累计涨跌": the move over all the day columns
            continue
        if _ROW_DAY_HEAD.fullmatch(c.strip()):
            row_day = i
            continue
        mh = _MONTH_HEAD.search(c)
        dh = _DAY_HEAD.search(c)
        if mh and "价" in c and not dh and not re.search(r"涨跌|变动|较|调整|增减", c):
            months.append((i, int(mh.group(1))))
        if dh and not _valid_day(int(dh.group("m")), int(dh.group("d"))):
            dh = None
        if dh and _CHANGE_HEAD.search(c):
            since = (i, int(dh.group("m")), int(dh.group("d")))
            continue
        if dh and not re.search(r"品种|产品|名称|品名|商品|单位|规格", c):
            days.append((i, int(dh.group("m")), int(dh.group("d"))))
            continue
        if re.search(r"品种|产品|名称|品名|商品", c) and name is None:
            name = i
        elif _PRIOR_HEAD.search(c) and not _CHANGE_HEAD.search(c):
            prior = i  # "昨日均价 | 今日低端 | 今日高端": the day before's price, beside today's
        elif re.fullmatch(r"\s*单位\s*", c):
            unit_col = i
        elif _YOY_HEAD.search(c):
            yoy = i
        elif re.search(r"涨跌|变动|较|调整|增减|环比", c):
            if "%" in c or "幅" in c or (chg is not None and "环比" in c):
                rate = i  # "涨跌 | 周环比": the second change column is the rate
            elif chg is not None and _week_and_day(cells[chg], c):
                week_chg = i  # "日涨跌 | 较上周同日": the day's change, then the week's
            elif chg is not None and _week_and_day(c, cells[chg]):
                week_chg, chg = chg, i  # "周涨跌 | 日涨跌"
            else:
                chg = i
        elif "区间" in c or "范围" in c:
            rng = i
        elif "均价" in c:
            avg = i
        elif any(w in c for w in _LOW_HEADS):
            low = i
        elif any(w in c for w in _HIGH_HEADS):
            high = i
        elif "价" in c and (
            # "含税价 | 不含税价": one price on two bases; the market's quote includes VAT
            price is None or vat_basis(cells[price]) != "incl" or vat_basis(c) == "incl"
        ):
            price = i
    if (
        price is None
        and rng is None
        and avg is None
        and (low is None or high is None)
        and not days
        and len(bare) < 2
    ):
        return None
    units = tuple(_unit_of(c) for c in cells)
    named = {u for u in units if u is not None}
    listing = any("挂牌" in c for c in cells)
    weekly = any(_WEEK_CHANGE.search(c) for c in cells)
    rows = _row_units(above)
    return Columns(
        name if name is not None else 0,
        price,
        rng,
        avg,
        chg,
        units,
        _rest_unit(rows, above),
        listing,
        low,
        high,
        unit_col,
        tuple(months) if len(months) >= 2 else (),
        named.pop() if len(named) == 1 else None,
        rate,
        rows,
        tuple(days),
        since,
        weekly,
        bare if len(bare) >= 2 else (),
        yoy,
        prior,
        week_change=week_chg,
        row_day=row_day,
        total=total,
    )


def _week_and_day(day_head: str, week_head: str) -> bool:
    """Whether two amount-change headers are a day's and a week's ("日涨跌", "较上周同日")."""
    return _WEEK_CHANGE.search(week_head) is not None and _WEEK_CHANGE.search(day_head) is None


def _is_range(nums: list[float]) -> bool:
    """Whether a cell's numbers are a low-high range ("493000-498000" reads 493000, -498000)."""
    return len(nums) == 2 and nums[0] >= 0 and abs(nums[0]) <= abs(nums[1])


def _headerless(lines: list[tuple[int, str]]) -> bool:
    """Whether every line of a table is a product and figures (no header line above)."""
    names = product_names()
    for _, line in lines:
        row = cells(line)
        name = re.sub(r"[(（].*?[)）]|\s", "", row[0])
        if name not in names or len(row) < 2:
            return False
        if not all(_FIGURE_CELL.fullmatch(c.replace(" ", "")) for c in row[1:]):
            return False
    return True


#: A cell that is a figure only: "45.2", "+0.3", "44.3-44.5", "170万", "-1.2%".
_FIGURE_CELL = re.compile(r"[+\-−]?\d[\d,.]*万?(?:[-~～]\d[\d,.]*万?)?%?")


def _product(cell: str) -> str | None:
    names = product_names()
    cell = re.sub(r"[(（].*?[)）]|\s", "", cell)
    if _SCRAP.search(cell):
        return None  # scrap is priced by its content, not as the product it was
    if cell in names:
        return names[cell]
    hits = [n for n in names if n in cell]
    return names[max(hits, key=len)] if hits else None


#: A direction word in a change cell ("下调2.40万元/吨", "上涨1.5%"): it gives the sign.
_DOWN = compile_pattern("{DOWN}")
#: A cell's number written with its own 万 and no unit after it ("44.4万", "169-171万").
_OWN_WAN = re.compile(r"\d\s*万")
_DIRECTION = compile_pattern("{UP}|{DOWN}")
#: A quote list's arrow or triangle before a change ("↓2500", "▼30"; "↑", "▲" rise)
_DOWN_MARK = re.compile(r"[↓▼▽⬇]")
_ARROW = re.compile(r"[↑↓▲▼△▽⬆⬇]")


def _cell(
    cols: Columns, cells: list[str], i: int | None, s: Sent
) -> tuple[list[float], str] | None:
    """The numbers of a cell in its unit: the cell's own, else its column's, else the table's."""
    if i is None:
        return None
    text = cells[i].replace(" ", "")
    both = _AMOUNT_RATE.fullmatch(text)
    if both is not None:
        text = both.group(1)  # "+31000（+6.12%）": the amount, its rate in brackets (_row_rate)
    if text.endswith("%"):
        return None  # a rate, not an amount (see _rate)
    row = _unit_of(cells[cols.unit_col]) if cols.unit_col is not None else None
    if row is None:
        row = next((u for u in (_unit_of(c) for c in cells) if u is not None), None)
    if row is None and cols.row_units:
        pid = _product(cells[cols.name])
        row = next((u for p, u in cols.row_units if p == pid), None)
    # a column naming no unit (涨跌) takes the unit the headers name before a note above the
    # table: "均价（万元/吨） | 涨跌" under "计价单位：元/吨" is in 万元/吨, the header being the
    # table's own word; the two disagreeing is said (zh_table_unit_conflict)
    unit = _unit_of(text) or cols.units[i] or row or cols.header_unit or cols.table_unit
    if cols.header_unit and cols.table_unit and cols.header_unit != cols.table_unit:
        s.warnings.append(
            "zh_table_unit_conflict: the note above the table and its header name different"
            " units; the header's is read"
        )
    if unit is not None and _OWN_WAN.search(text) and not _UNIT_IN.search(text):
        # a cell's own 万 ("44.4万" under "价格(元/吨)") scales its figure, whatever the
        # header's scale: the header gives the currency and the mass only
        unit = (1e4, unit[1])
    levels = (cols.price, cols.low_high, cols.average, cols.low, cols.high, cols.prior)
    if text in ("-", "—", "–", "/") and (i in levels or any(i == d[0] for d in cols.days)):
        return None  # "—" where a price stands: no quote that day, not a price of 0
    dash = ("-", "—", "–", "/")
    shown = [cells[j].strip() for j in levels if j is not None and j < len(cells)]
    if text in dash and shown and all(c.replace(" ", "") in dash for c in shown):
        return None  # "— | —": no quote, so no move of 0 either
    if "持平" in text or text in ("平", "0", "-", "—", "不变", "未变"):
        nums = [0.0]
    else:
        nums = [float(n.replace("−", "-").replace(",", "")) for n in re.findall(_NUM, text)]
    if not nums:
        return None
    if (_DOWN.search(text) or _DOWN_MARK.search(text)) and all(n >= 0 for n in nums):
        nums = [
            -n for n in nums
        ]  # "下调2.40万元/吨", "↓2500", "▼30": the word or mark gives the sign
    if unit is None:
        s.warnings.append(
            "zh_table_unit_missing: a price table names no unit, its figures are not read"
        )
        return None
    if unit[1] not in PRICE_UNITS:
        return None
    # "39.98" under 万元/吨 is 399800, not 399799.99999999994
    return [round(n * unit[0], 6) for n in nums], unit[1]


def _rate(cells: list[str], i: int | None) -> float | None:
    """A change rate cell ("+1.79%", "持平"), as a percentage."""
    if i is None:
        return None
    text = cells[i].replace(" ", "").replace("−", "-")
    if "持平" in text:
        return 0.0
    m = re.fullmatch(r"([+\-]?\d+(?:\.\d+)?)%", _ARROW.sub("", _DIRECTION.sub("", text)))
    if m is None:
        return None
    value = float(m.group(1))
    down = _DOWN.search(text) or _DOWN_MARK.search(text)
    return -value if value > 0 and down else value


def _row_rate(cols: Columns, cells: list[str]) -> float | None:
    """The row's change as a rate: the rate column's "+1.79%", else a change column's.

    A change column's amount may carry its rate in brackets ("+31000（+6.12%）").
    """
    for i in (cols.rate, cols.change):
        r = _rate(cells, i)
        if r is not None and cells[i or 0].strip().endswith("%"):
            return r
        both = _AMOUNT_RATE.fullmatch(cells[i].replace(" ", "")) if i is not None else None
        if both is not None:
            return _rate([both.group(2)], 0)
    return None


#: An amount with its rate in brackets after it, in one cell: "+31000（+6.12%）", "-3.2(-1.5%)".
_AMOUNT_RATE = re.compile(r"([+\-−]?\d[\d,.]*万?)[(（]([+\-−]?\d+(?:\.\d+)?%)[)）]")


#: A header's second line giving only units, under the heads they belong to: "(元/吨)", "万元/吨".
_UNIT_CELL = re.compile(r"[(（]?\s*(?:单位\s*[:：]?\s*)?万?" + _UNITS + r"\s*[)）]?")


def _unit_row(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with a header's second line of units folded into the header.

    "品名  价格区间  均价  涨跌" over "      (元/吨)   (元/吨)  (元/吨)": the units stand under the
    last heads (the product's head has none), so they are matched from the right.
    """
    if len(lines) < 3:
        return lines
    units = [c for c in cells(lines[1][1]) if c]
    head = cells(lines[0][1])
    if not units or len(units) >= len(head) or not all(_UNIT_CELL.fullmatch(c) for c in units):
        return lines
    cut = len(head) - len(units)
    merged = head[:cut] + [h + u for h, u in zip(head[cut:], units, strict=True)]
    return [(lines[0][0], " | ".join(merged)), *lines[2:]]


def table_facts(lines: list[tuple[int, str]], above: str, s: Sent) -> list[Cand]:
    """The facts of one table (lines with their offsets; the first is the header)."""
    lines = _unit_row(lines)
    head = cells(lines[0][1])
    if _headerless(lines):
        # rows of a product and its figures under a unit line ("单位：万元/吨" / "氧化钕 | 45-46"):
        # each figure column is a price, a range where the rows give ranges
        top = cells(lines[0][1])
        head = ["品名"] + [
            "价格区间" if re.search(r"\d\s*万?\s*[-~～]", c) else "价格" for c in top[1:]
        ]
        if len(set(head[1:])) < len(head) - 1:
            return []  # two price columns with no header: which is which is unknown
        lines = [(lines[0][0], " | ".join(head)), *lines]
    if is_trade_table(lines):  # a customs table: volumes, not prices (its unit values give none)
        return trade_table_facts(lines, above, s)
    if is_output_table(head):  # a company's 产量/销量 by product
        return output_table_facts(lines, above, s)
    if is_quota_table(head, above):  # a history of the yearly quotas
        return quota_table_facts(lines, above, s)
    if _ROW_DAY_HEAD.fullmatch(head[0]) and s.day() is not None:
        by_day = _date_rows(lines, head, above, s)
        if by_day:
            return by_day
    groups = _market_groups(head)
    if groups:
        return _by_market(lines, head, groups, above, s)
    cols = read_header(head, above)
    if cols is None and is_results_table(head, [cells(ln)[0] for _, ln in lines[1:]]):
        return results_table_facts(lines, above, s)
    day = s.day()
    if cols is None or day is None:
        return []
    if cols.bare_periods and s.ctx.price_company:
        # a company notice's period columns ("第四季度 | 第三季度", "10月 | 9月"): its price of
        # each period, the change between the first and the last
        periods = _header_periods(head, cols.bare_periods, s, ("month", "quarter"))
        if len(periods) >= 2:
            return _by_month(cols, lines, s.ctx.price_company, Period.day(day), s, periods=periods)
    means = _mean_columns(head, s)
    # a mean column's header may name its days ("节前一周均价（9月25日—28日）"): not a day column
    cols = replace(cols, days=tuple(d for d in cols.days if d[0] not in means))
    if means and not cols.days:
        # "本周均价 | 节前一周均价（4月24日—30日） | 环比": each column the mean of its period
        return _by_month(cols, lines, "china", Period.day(day), s, "average", periods=means)
    if means and len(cols.days) >= 2:
        # day columns beside the means ("6月21日 | 6月14日 | 周涨跌 | 本周均价 | 上周均价"): the
        # means are each period's; the days hold the prices, and the change runs between them
        mean_cols = replace(cols, change=None, rate=None, yoy=None)
        averages = _by_month(mean_cols, lines, "china", Period.day(day), s, "average", means)
        return averages + _day_table(replace(cols, average=None), lines, head, s, day)
    if means:
        # one day's column beside the means ("5月31日 | 本月均价 | 上月均价 | 环比"): the change
        # is the means' as before, the day column the day's price
        # (the month columns are the means': the day's column is read alone; a change column
        # against a named day, "较4月30日涨跌", is that day column's)
        day_cols = replace(
            cols, average=None, change=None, rate=None, yoy=None, months=(), since=cols.since
        )
        averages = _by_month(cols, lines, "china", Period.day(day), s, "average", means)
        return averages + _day_table(day_cols, lines, head, s, day)
    prior = _named_prior(above, day) or _noted_base(above, day, s)
    return _day_table(cols, lines, head, s, day, prior)


#: Market words heading a group of columns, in the order they are tried.
_MARKET_HEADS = (
    ("fob_china", re.compile(r"FOB|离岸|出口")),
    ("cif_rotterdam", re.compile(r"CIF|到岸")),
    ("europe", re.compile(r"欧洲|鹿特丹")),
    ("china", re.compile(r"国内|内贸|境内|内盘")),
)


def _market_head(cell: str) -> str | None:
    """The market a header cell names ("离岸价（美元/吨）" is fob_china), if any."""
    return next((m for m, pat in _MARKET_HEADS if pat.search(cell)), None)


def _market_groups(head: list[str]) -> dict[str, list[int]]:
    """The columns of each market, when the header names two or more markets side by side.

    "品种 | 内贸（元/公斤） | 内贸涨跌 | 离岸（美元/公斤） | 离岸涨跌": each market its price and its
    change; one market named alone gives no groups (the table is read as one).
    """
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(head[1:], 1):
        market = _market_head(c)
        if market is not None:
            groups.setdefault(market, []).append(i)
    return groups if len(groups) >= 2 else {}


def _by_market(
    lines: list[tuple[int, str]],
    head: list[str],
    groups: dict[str, list[int]],
    above: str,
    s: Sent,
) -> list[Cand]:
    """A table of two markets side by side, read once per market with its own columns.

    Each pass keeps the product column and the market's own columns (a price column headed
    by the market and its unit alone is the price), blanks the other market's, and files
    what it reads under the market: its unit is the unit its own header names.
    """
    out: list[Cand] = []
    market_words = "|".join(pat.pattern for _, pat in _MARKET_HEADS)
    for market, idx in groups.items():
        masked: list[str] = []
        for i, c in enumerate(head):
            if i in idx:
                c = re.sub(market_words, "", c)
                if _unit_of(c) and not _CHANGE_HEAD.search(c) and "价" not in c:
                    c = "价格" + c  # "内贸（元/公斤）": the market's price column
            elif i and _market_head(c) is not None:
                c = "—"
            masked.append(c)
        header = "| " + " | ".join(masked) + " |"
        found = table_facts([(lines[0][0], header), *lines[1:]], above, s)
        out.extend(replace(c, entity=market) if c.entity == "china" else c for c in found)
    return out


def _date_rows(lines: list[tuple[int, str]], head: list[str], above: str, s: Sent) -> list[Cand]:
    """A table with one row per day and one column per product ("日期 | 氧化钕 | 氧化铈").

    Each row's first cell is its day ("6/16(一)", "6月16日"), each other cell the price of its
    column's product that day, in the unit the column's header, a note beside the unit or the
    line above names; a table whose unit is not said gives nothing.
    """
    products = {i: _product(c) for i, c in enumerate(head) if i and not _SCRAP.search(c)}
    if not products or None in products.values():
        return []
    day = s.day()
    ref = max(day, s.ctx.published) if day and s.ctx.published else day
    if ref is None:
        return []
    rows = _row_units(above)
    table_unit = _rest_unit(rows, above)
    row_units = dict(rows)
    out: list[Cand] = []
    for off, line in lines[1:]:
        row = cells(line)
        if len(row) != len(head):
            continue
        m = _ROW_DAY.fullmatch(re.sub(r"[(（][^()（）]*[)）]", "", row[0]).strip())
        if m is None or not _valid_day(int(m.group("m")), int(m.group("d"))):
            continue
        when = _day_of(int(m.group("m")), int(m.group("d")), ref)
        starts = cell_starts(line, off)
        for i, pid in products.items():
            unit = _unit_of(head[i]) or row_units.get(pid or "") or table_unit
            num = re.fullmatch(_NUM, row[i].replace(" ", ""))
            if unit is None or num is None or unit[1] not in PRICE_UNITS or pid is None:
                continue
            value = float(num.group().replace(",", "").replace("−", "-")) * unit[0]
            out.append(
                Cand(
                    "price",
                    "china",
                    pid,
                    "price",
                    when,
                    value,
                    unit[1],
                    starts[0],
                    off + len(line),
                    "zh_table",
                )
            )
    return out


#: A note saying what the moves are against: "涨跌为与上周五（4月12日）相比", "涨跌较3月29日",
#: "变动均相对于节前最后一个交易日（9月30日）".
_CHANGE_BASE_NOTE = re.compile(
    r"(?:涨跌|变动|升跌|增减)(?:额|幅)?\s*(?:均|皆|一律)?\s*(?:为|是|按|系)?\s*"
    r"(?:与|较|比|相对于|对比)"
)


def _noted_base(above: str, day: date, s: Sent) -> date | None:
    """The day a note above the table says its moves are against ("涨跌为与上周五（4月12日）相比").

    The first day the note names after its 涨跌…较/与 (a day in brackets after 上周五 or
    节前 is that day), when it is before the table's day and within a year of it.
    """
    m = _CHANGE_BASE_NOTE.search(above)
    if m is None:
        return None
    tail = above[m.start() : m.start() + 40].split("\n")[0]
    for d in find_dates(tail, s.ctx):
        p = d.period
        if p.granularity is Granularity.DAY and not p.is_span:
            named = p.start
            return named if day - timedelta(days=366) <= named < day else None
    return None


def _named_prior(above: str, day: date) -> date | None:
    """The trading day before the table's, when a note above names it ("上一交易日为4月28日").

    A make-up working day on a weekend ("10月12日（星期六，调休工作日）") is no trading day of
    the exchange calendar, so the note's word is taken over the calendar's.
    """
    m = _NAMED_PRIOR.search(above)
    if m is None:
        return None
    try:
        named = date(int(m.group("y") or day.year), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return named if day - timedelta(days=7) <= named < day else None


def _row_day(cols: Columns, row: list[str], ref: date) -> Period | None:
    """The quote day a row's own day column gives, if it names one."""
    if cols.row_day is None:
        return None
    m = _ROW_DAY.fullmatch(row[cols.row_day].strip())
    if m is None or not _valid_day(int(m.group("m")), int(m.group("d"))):
        return None
    if m.group("y"):
        try:
            return Period.day(date(int(m.group("y")), int(m.group("m")), int(m.group("d"))))
        except ValueError:
            return None
    return _day_of(int(m.group("m")), int(m.group("d")), ref)


def _day_table(
    cols: Columns,
    lines: list[tuple[int, str]],
    head: list[str],
    s: Sent,
    day: date,
    prior: date | None = None,
) -> list[Cand]:
    """A table of one day's prices, or of one price column per day, with their changes."""
    entity = "china"
    level: Period = Period.day(day)
    span = day_span(day) if prior is None else Period.span(Period.day(prior), Period.day(day))
    if cols.listing and s.ctx.price_company:
        month = (
            next(
                (
                    d.period
                    for d in find_dates(" ".join(head), s.ctx)
                    if d.period.granularity.value == "month"
                ),
                None,
            )
            or s.ctx.month
        )
        if month is None:
            return []
        entity, level, span = s.ctx.price_company, month, Period.span(previous(month), month)
    out: list[Cand] = []
    if cols.months and level.granularity.value == "month":
        return _by_month(cols, lines, entity, level, s)
    if cols.months and all("均价" in head[i] for i, _ in cols.months):
        # "6月均价 | 5月均价 | 环比": each month's mean price, the rate between the months
        return _by_month(cols, lines, entity, level, s, "average")
    # header days are read against the publication day, not the last day the prose named
    # (a base "较月初(4月1日...)" must not push "4月8日 | 4月9日" into the year before)
    ref = max(day, s.ctx.published) if s.ctx.published else day
    day_cols = {i: _day_of(m, d, ref) for i, m, d in cols.days}
    if day_cols and entity == "china":
        # a table with one price column per day: its changes run from the first to the last
        level = max(day_cols.values())
        first = min(day_cols.values())
        if first != level:
            span = Period.span(first, level)
    chg_span = rate_span = span
    steps = sorted(set(day_cols.values()))
    if len(steps) >= 2 and entity == "china":
        # "3月1日 | 3月8日 | 3月15日 | 周涨跌 | 三周累计": a change headed as the week's
        # runs from the day column before the last; the total from the first to the last
        last_step = Period.span(steps[-2], level)
        if cols.change is not None and _WEEK_CHANGE.search(head[cols.change]):
            chg_span = last_step
        if cols.rate is not None and _WEEK_CHANGE.search(head[cols.rate]):
            rate_span = last_step
    if cols.weekly and span == day_span(day) and level.granularity.value == "day":
        # one day's prices in a weekly table ("6月13日报价 | 涨跌 | 周环比"): the changes
        # are against the same weekday a week before, but for a column headed as the day's
        # ("较上日 | 周环比": the first a day's change, the second the week's rate)
        week = Period.span(Period.day(level.end - timedelta(days=7)), level)
        chg_span = span if _daily(head, cols.change) else week
        rate_span = (
            span if _daily(head, cols.rate if cols.rate is not None else cols.change) else week
        )
    for off, line in lines[1:]:
        row = row_cells(line)
        if len(row) != len(head):
            continue
        pid = _product(row[cols.name])
        if pid is None:
            continue
        at = cell_starts(line, off)[cols.name]
        end = off + len(line)
        own = _row_day(cols, row, ref) if level.granularity.value == "day" else None
        stale = own if own is not None and own != level else None

        def add(
            metric: str,
            period: Period,
            value: float,
            unit: str,
            pid: str = pid,
            at: int = at,
            end: int = end,
            stale: Period | None = stale,
        ) -> None:
            if stale is not None:
                # a row quoted on an earlier day than the table's: that day's level, no move
                if metric in ("change", "change_pct") or period != level:
                    return
                period = stale
            out.append(Cand("price", entity, pid, metric, period, value, unit, at, end, "zh_table"))

        for i in (cols.price, cols.average):
            got = _cell(cols, row, i, s)
            if got and len(got[0]) == 1:
                add("price", level, got[0][0], got[1])
            elif got and i == cols.price and cols.low_high is None and _is_range(got[0]):
                # a 价格 column of ranges ("价格(元/吨) | 443000-445000"): the day's two ends
                add("price_low", level, abs(got[0][0]), got[1])
                add("price_high", level, abs(got[0][1]), got[1])
        for i, when in day_cols.items() if entity == "china" else ():
            got = _cell(cols, row, i, s)
            if got and len(got[0]) == 1:
                add("price", when, got[0][0], got[1])
            elif got and len(got[0]) == 2 and abs(got[0][0]) <= abs(got[0][1]):
                # a day's column of ranges ("493000-498000", read as 493000 and -498000)
                add("price_low", when, abs(got[0][0]), got[1])
                add("price_high", when, abs(got[0][1]), got[1])
        if cols.prior is not None and entity == "china" and level.granularity.value == "day":
            got = _cell(cols, row, cols.prior, s)
            before = Period.day(span.start if prior is not None else day_span(level.end).start)
            if got and len(got[0]) == 1:
                add("price", before, got[0][0], got[1])
            elif got and _is_range(got[0]):
                # "今日报价 | 昨日报价" of ranges: the day before's two ends
                add("price_low", before, abs(got[0][0]), got[1])
                add("price_high", before, abs(got[0][1]), got[1])
        if cols.since is not None and level.granularity.value == "day":
            base = _day_of(cols.since[1], cols.since[2], ref)
            if base < level:
                back = Period.span(base, level)
                r = _rate(row, cols.since[0])
                if r is not None and row[cols.since[0]].strip().endswith("%"):
                    add("change_pct", back, r, "%")
                else:
                    got = _cell(cols, row, cols.since[0], s)
                    if got and len(got[0]) == 1:
                        add("change", back, got[0][0], got[1])
        rng = _cell(cols, row, cols.low_high, s)
        lo, hi = _cell(cols, row, cols.low, s), _cell(cols, row, cols.high, s)
        if rng is None and lo and hi and len(lo[0]) == len(hi[0]) == 1 and lo[1] == hi[1]:
            rng = ([lo[0][0], hi[0][0]], lo[1])
        if rng and len(rng[0]) == 2:
            add("price_low", level, abs(rng[0][0]), rng[1])
            add("price_high", level, abs(rng[0][1]), rng[1])
        ch = _cell(cols, row, cols.change, s)
        if ch and len(ch[0]) == 1:
            add("change", chg_span, ch[0][0], ch[1])
        tot = _cell(cols, row, cols.total, s) if len(steps) >= 2 else None
        if tot and len(tot[0]) == 1:
            add("change", Period.span(steps[0], level), tot[0][0], tot[1])
        wk = _cell(cols, row, cols.week_change, s)
        if wk and len(wk[0]) == 1 and level.granularity.value == "day":
            week_back = Period.span(Period.day(level.end - timedelta(days=7)), level)
            add("change", week_back, wk[0][0], wk[1])
        r = _row_rate(cols, row)
        if r is not None:
            add("change_pct", rate_span, r, "%")
    return out


#: A change column headed as the day's: "较上日", "较前一交易日", "日涨跌", "较昨日".
_DAILY_HEAD = re.compile(r"上日|昨日|前日|(?:前|上)一?交易日|日涨跌|日环比")


def _daily(head: list[str], i: int | None) -> bool:
    """Whether column ``i`` is headed as a change against the day before."""
    return i is not None and _DAILY_HEAD.search(head[i]) is not None


def _header_periods(
    head: list[str], columns: tuple[int, ...], s: Sent, kinds: tuple[str, ...]
) -> dict[int, Period]:
    """The period each of these header cells names, when it is of one of these kinds."""
    out: dict[int, Period] = {}
    for i in columns:
        found = [d.period for d in find_dates(head[i], s.ctx) if not d.base]
        if found and found[-1].granularity.value in kinds:
            out[i] = found[-1]
    return out


def _mean_columns(head: list[str], s: Sent) -> dict[int, Period]:
    """Columns of period means: a 均价 header naming a week, a span of days or a month.

    One day's 均价 ("10月13日均价") is that day's price and is left to the day columns.
    """
    out: dict[int, Period] = {}
    for i, c in enumerate(head):
        if not _MEAN_HEAD.search(c) or _CHANGE_HEAD.search(re.sub(r"[(（].*?[)）]", "", c)):
            continue
        found = [d.period for d in find_dates(c, s.ctx) if not d.base]
        if found and (found[-1].is_span or found[-1].granularity.value != "day"):
            out[i] = found[-1]
        elif not found:
            rel = _relative_mean_period(c, s)
            if rel is not None:
                out[i] = rel
    return out if len(out) >= 2 else {}


#: A mean column headed by the report's own week or month, or the one before it:
#: "本周均价 | 上周均价", "当周均价 | 前一周均价", "本月均价 | 上月均价".
_THIS_WEEK = re.compile(r"本周|当周|这周|本週|當週")
_LAST_WEEK_HEAD = re.compile(r"上周|前一周|上一周|上週|前一週")
_THIS_MONTH = re.compile(r"本月|当月|當月")
_LAST_MONTH_HEAD = re.compile(r"上月|上个月|前一个?月|上個月")


def _relative_mean_period(head: str, s: Sent) -> Period | None:
    """The period a mean header names relative to the report: its week or month, or the last.

    The week is the one the text named ("本周（7.7-7.11）"), else the trading week of the
    report's day; a report dated on its week's first trading day reviews the week before.
    A month is read only when the text named its month ("11月稀土市场回顾"): a review comes out
    after its month, so the publication month would be the wrong one.
    """
    day = s.day()
    if day is None:
        return None
    this_week = _THIS_WEEK.search(head)
    last_week = _LAST_WEEK_HEAD.search(head)
    if this_week or last_week:
        week = s.ctx.week
        if week is None or not week.start <= day <= week.end + timedelta(days=3):
            week = trading_week(day, cap=day)
            if week.start == week.end:  # published on the week's first day: the week before
                week = trading_week(day, 1)
        return week if this_week else trading_week(week.start, 1)
    month = s.ctx.month
    if month is None or month.granularity.value != "month" or month.is_span:
        return None
    if _THIS_MONTH.search(head):
        return month
    if _LAST_MONTH_HEAD.search(head):
        return previous(month)
    return None


def _valid_day(month: int, day_of_month: int) -> bool:
    """Whether a month and day make a date in a leap year (so 2/29 is one)."""
    try:
        date(2024, month, day_of_month)
    except ValueError:
        return False
    return True


def _day_of(month: int, day_of_month: int, ref: date) -> Period:
    """The day a header names by month and day: in the report's year, else the year before."""
    year = ref.year if (month, day_of_month) <= (ref.month, ref.day) else ref.year - 1
    if month == 2 and day_of_month == 29 and year % 4:
        year -= 1
    return Period.day(date(year, month, day_of_month))


def _by_month(
    cols: Columns,
    lines: list[tuple[int, str]],
    entity: str,
    latest: Period,
    s: Sent,
    metric: str = "price",
    periods: dict[int, Period] | None = None,
) -> list[Cand]:
    """A table with one price column per month (or per period, when ``periods`` names them).

    A listing's ("8月挂牌价 | 9月挂牌价 | 变动"), or monthly means ("6月均价 | 5月均价 | 环比",
    ``metric`` "average"). A change column of rates ("+0.37%", and its bare "0") is the rate.
    """
    ref = s.day() or latest.end  # the notice's day: a month after it is last year's
    if periods is None:
        periods = {
            i: Period.month(ref.year if m <= ref.month else ref.year - 1, m) for i, m in cols.months
        }
    first = min(periods.values(), key=lambda p: (p.start, p.end))
    last = max(periods.values(), key=lambda p: (p.end, p.start))
    if len(periods) > 2 and cols.yoy is not None:
        # "8月均价 | 7月均价 | 环比 | 2023年8月均价 | 同比": the year-ago mean has its own rate
        # column; the change compares the latest mean with the one right before it
        first = max((p for p in periods.values() if p.end < last.start), key=lambda p: p.end)
    rates = cols.change is not None and any(
        row_cells(ln)[cols.change].strip().endswith("%")
        for _, ln in lines[1:]
        if len(row_cells(ln)) > cols.change
    )
    out: list[Cand] = []
    for off, line in lines[1:]:
        row = row_cells(line)
        pid = _product(row[cols.name]) if len(row) == len(cols.units) else None
        if pid is None:
            continue
        at = cell_starts(line, off)[cols.name]
        end = off + len(line)
        for i, period in periods.items():
            got = _cell(cols, row, i, s)
            if got and len(got[0]) == 1:
                out.append(
                    Cand(
                        "price",
                        entity,
                        pid,
                        metric,
                        period,
                        got[0][0],
                        got[1],
                        at,
                        end,
                        "zh_table",
                    )
                )
        flat = cols.change is not None and "持平" in row[cols.change]
        # a rate column's "持平" is no move at all (amount and rate); its bare "0" is a rate
        ch = None if rates and not flat else _cell(cols, row, cols.change, s)
        span = (
            Period.span(Period.day(first.start), Period.day(last.end))
            if first.is_span or last.is_span  # two weeks' means: the rate spans both weeks
            else Period.span(first, last)
        )
        if rates and cols.change is not None and row[cols.change].strip() in ("0", "持平"):
            out.append(
                Cand("price", entity, pid, "change_pct", span, 0.0, "%", at, end, "zh_table")
            )
        if ch and len(ch[0]) == 1 and first != last:
            out.append(
                Cand("price", entity, pid, "change", span, ch[0][0], ch[1], at, end, "zh_table")
            )
        r = _row_rate(cols, row)
        if r is not None and first != last:
            out.append(Cand("price", entity, pid, "change_pct", span, r, "%", at, end, "zh_table"))
        y = _rate(row, cols.yoy)
        if metric == "average" and y is not None and not last.is_span:
            # "同比" of monthly means: the latest month's mean against the same month a year before
            out.append(
                Cand("price", entity, pid, "average_yoy_pct", last, y, "%", at, end, "zh_table")
            )
    return out


RULE = REGISTRY.add(
    Rule(
        "zh_table",
        "price level",
        "zh",
        "产品 | 价格区间 | 均价 | 涨跌 (columns in any order)",
        lambda *_: [],
        (
            Example(
                "2024年3月1日稀土价格(单位:元/吨)\n涨跌 | 产品 | 均价\n-2000 | 氧化镨钕 | 400000\n持平 | 氧化镧 | 4000\n",
                (
                    ("price", "prnd_oxide", "price", "2024-03-01", 400000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-02-29/2024-03-01", -2000, "CNY/t"),
                    ("price", "la_oxide", "price", "2024-03-01", 4000, "CNY/t"),
                    ("price", "la_oxide", "change", "2024-02-29/2024-03-01", 0, "CNY/t"),
                ),
                published="2024-03-01",
            ),
            Example(  # two markets side by side: each its own unit, change and market
                "出口与内贸报价\n品种 | 内贸（元/公斤） | 内贸涨跌 | 离岸（美元/公斤） | 离岸涨跌\n"
                "氧化镝 | 1,710-1,730 | -5 | 236-240 | +1.5（+0.63%） |\n"
                "金属镝 | 2,150-2,170 | 持平 | — | — |\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-09-20", 1710, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-09-20", 1730, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-09-19/2024-09-20", -5, "CNY/kg"),
                    ("price", "dy_oxide", "price_low", "2024-09-20", 236, "USD/kg"),
                    ("price", "dy_oxide", "price_high", "2024-09-20", 240, "USD/kg"),
                    ("price", "dy_oxide", "change", "2024-09-19/2024-09-20", 1.5, "USD/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-09-19/2024-09-20", 0.63, "%"),
                    ("price", "dy_metal", "price_low", "2024-09-20", 2150, "CNY/kg"),
                    ("price", "dy_metal", "price_high", "2024-09-20", 2170, "CNY/kg"),
                    ("price", "dy_metal", "change", "2024-09-19/2024-09-20", 0, "CNY/kg"),
                ),
                published="2024-09-20",
                holders=("china",) * 3 + ("fob_china",) * 4 + ("china",) * 3,
            ),
            Example(  # a weekly grid: the week's change from the column before the last, the
                # total over all the columns
                "单位：元/公斤\n品名 | 9月6日 | 9月13日 | 9月20日 | 周涨跌 | 三周累计\n"
                "氧化铽 | 5,900 | 6,050 | 6,020 | -30 | +120\n",
                (
                    ("price", "tb_oxide", "price", "2024-09-06", 5900, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-09-13", 6050, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-09-20", 6020, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-09-13/2024-09-20", -30, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-09-06/2024-09-20", 120, "CNY/kg"),
                ),
                published="2024-09-22",
            ),
            Example(  # units per product in a note under the rows, not above them
                "品种 | 最低 | 最高 | 涨跌\n氧化镨钕 | 38.2 | 38.6 | +0.15\n氧化铈 | 7.1 | 7.5 | 0\n\n"
                "注：氧化镨钕单位为万元/吨，氧化铈单位为元/公斤；涨跌较前一交易日。\n",
                (
                    ("price", "prnd_oxide", "price_low", "2024-03-07", 382000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-03-07", 386000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-03-06/2024-03-07", 1500, "CNY/t"),
                    ("price", "ce_oxide", "price_low", "2024-03-07", 7.1, "CNY/kg"),
                    ("price", "ce_oxide", "price_high", "2024-03-07", 7.5, "CNY/kg"),
                    ("price", "ce_oxide", "change", "2024-03-06/2024-03-07", 0, "CNY/kg"),
                ),
                published="2024-03-07",
            ),
            Example(  # two blocks, each under its own unit line: the nearest unit is the block's
                "重点稀土报价\n\n轻稀土（单位：元/吨）\n产品 | 均价 | 涨跌\n氧化钕 | 415000 | +1500\n\n"
                "重稀土（单位：元/公斤）\n产品 | 均价 | 涨跌\n氧化铽 | 6120 | -20\n",
                (
                    ("price", "nd_oxide", "price", "2024-05-14", 415000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-05-13/2024-05-14", 1500, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-05-14", 6120, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-05-13/2024-05-14", -20, "CNY/kg"),
                ),
                published="2024-05-14",
            ),
            Example(  # a page note in 元/吨 over a header in 万元/吨: the change column shares the
                # header's unit, never the note's (a 万元 change read as 元 is 10,000 times off)
                "稀土行情\n计价单位：元/吨\n\n品名 | 均价（万元/吨） | 涨跌\n氧化钕 | 44.6 | -0.3\n",
                (
                    ("price", "nd_oxide", "price", "2024-05-14", 446000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-05-13/2024-05-14", -3000, "CNY/t"),
                ),
                published="2024-05-14",
            ),
            Example(  # header days read against the publication day, not a base day above
                "6月12日氧化铽报价走高, 较月初(6月3日, 6300元/千克)累计上涨3.17%。\n\n"
                "稀土价格表(单位:元/千克)\n产品 | 6月11日 | 6月12日 | 涨跌幅\n氧化铽 | 6450 | 6500 | 0.78%\n",
                (
                    ("price", "tb_oxide", "price", "2025-06-03", 6300, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2025-06-03/2025-06-12", 3.17, "%"),
                    ("price", "tb_oxide", "price", "2025-06-11", 6450, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2025-06-12", 6500, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2025-06-11/2025-06-12", 0.78, "%"),
                ),
                published="2025-06-12",
            ),
            Example(
                "今日氧化镝上扬1万元/吨。\n"
                "产品 | 单位 | 涨跌 | 最低价 | 最高价\n"
                "氧化镝 | 元/公斤 | -10 | 1880 | 1900\n"
                "氧化钕 | 元/吨 | +10000 | 375800 | 383800\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 1880, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 1900, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -10, "CNY/kg"),
                    ("price", "nd_oxide", "price_low", "2024-07-05", 375800, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-05", 383800, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-07-04/2024-07-05", 10000, "CNY/t"),
                ),
            ),
            Example(  # the change cell says its direction in words
                "北方稀土公布2024年5月挂牌价:\n"
                "产品名称 | 2024年5月挂牌价 | 较4月调整\n"
                "氧化镨钕 | 36.10万元/吨 | 下调1.10万元/吨\n"
                "氧化镧 | 0.40万元/吨 | 持平\n",
                (
                    ("price", "prnd_oxide", "price", "2024-05", 361000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-04/2024-05", -11000, "CNY/t"),
                    ("price", "la_oxide", "price", "2024-05", 4000, "CNY/t"),
                    ("price", "la_oxide", "change", "2024-04/2024-05", 0, "CNY/t"),
                ),
                published="2024-05-01",
            ),
            Example(
                "北方稀土公布2024年9月挂牌价, 各产品挂牌价(元/吨, 含税)如下:\n"
                "产品 | 8月挂牌价 | 9月挂牌价 | 变动 | 涨跌幅\n"
                "氧化镨钕 | 400,000 | 418,000 | +18,000 | +4.5%\n",
                (
                    ("price", "prnd_oxide", "price", "2024-08", 400000, "CNY/t"),
                    ("price", "prnd_oxide", "price", "2024-09", 418000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-08/2024-09", 18000, "CNY/t"),
                    ("price", "prnd_oxide", "change_pct", "2024-08/2024-09", 4.5, "%"),
                ),
                published="2024-09-02",
            ),
            Example(  # monthly means side by side, the rate between them
                "各月均价(单位: 万元/吨)\n品名 | 7月均价 | 6月均价 | 环比\n氧化钆 | 15.60 | 15.20 | +2.63%\n",
                (
                    ("price", "gd_oxide", "average", "2024-07", 156000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-06", 152000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06/2024-07", 2.63, "%"),
                ),
                published="2024-08-02",
            ),
            Example(  # scrap is not the product it was made as
                "品种 | 价格区间(元/公斤) | 均价(元/公斤)\n钕铁硼废料 | 300-310 | 305\n",
                (),
            ),
            Example(  # rows in another unit than the table's, by a note beside its unit
                "单位: 万元/吨(氧化铽、氧化镝为元/千克)\n品名 | 涨跌 | 最低价 | 最高价\n"
                "氧化钕 | +0.2 | 45.1 | 45.5\n氧化铽 | -30 | 6100 | 6200\n",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-05", 451000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-05", 455000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 6100, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 6200, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -30, "CNY/kg"),
                ),
            ),
            Example(  # a caption giving each group of rows its unit after a colon, and one
                # naming some rows' unit and "the rest" (其余) another
                "今日稀土价格（氧化钆、氧化钬：万元/吨；氧化镝：元/公斤）\n产品 | 均价 | 涨跌\n"
                "氧化钆 | 16.3 | +0.1\n氧化镝 | 1710 | -5\n\n"
                "重点产品周均价（氧化钆单位为万元/吨，其余为元/公斤）\n产品 | 本周均价 | 上周均价\n"
                "氧化钆 | 16.1 | 15.9\n氧化铽 | 6020 | 6080\n",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 163000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 1000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1710, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -5, "CNY/kg"),
                    ("price", "gd_oxide", "average", "2024-07-01/2024-07-05", 161000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-06-24/2024-06-28", 159000, "CNY/t"),
                    ("price", "tb_oxide", "average", "2024-07-01/2024-07-05", 6020, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2024-06-24/2024-06-28", 6080, "CNY/kg"),
                ),
            ),
            Example(  # the day before's price beside today's low and high ends ("低端/高端")
                "稀土日评（单位：元/公斤）\n品名 | 昨日均价 | 今日低端 | 今日高端 | 涨跌幅\n"
                "氧化铽 | 6480 | 6420 | 6500 | -0.31%\n\n"
                "品名 | 单位 | 上一交易日价格 | 低端 | 高端\n氧化钆 | 万元/吨 | 16.2 | 16.0 | 16.4\n",
                (
                    ("price", "tb_oxide", "price", "2024-07-04", 6480, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 6420, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 6500, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-07-04/2024-07-05", -0.31, "%"),
                    ("price", "gd_oxide", "price", "2024-07-04", 162000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 160000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 164000, "CNY/t"),
                ),
            ),
            Example(  # today's and the day before's ranges side by side; a note defining the
                # word "昨日" names the day before, not the day the table is of
                "金属报价（元/吨）\n说明：本表“昨日”指上一交易日3月7日。\n"
                "品名 | 今日报价 | 昨日报价 | 涨跌\n"
                "金属镨钕 | 552,000-556,000 | 548,000-552,000 | +4,000\n",
                (
                    ("price", "prnd_metal", "price_low", "2025-03-10", 552000, "CNY/t"),
                    ("price", "prnd_metal", "price_high", "2025-03-10", 556000, "CNY/t"),
                    ("price", "prnd_metal", "price_low", "2025-03-07", 548000, "CNY/t"),
                    ("price", "prnd_metal", "price_high", "2025-03-07", 552000, "CNY/t"),
                    ("price", "prnd_metal", "change", "2025-03-07/2025-03-10", 4000, "CNY/t"),
                ),
                published="2025-03-10",
            ),
            Example(  # one price column per day; the changes run from the first to the last
                "商品 | 规格 | 单位 | 周一(6/3) | 周五(6/7) | 周涨跌 | 周涨跌幅 | 较5月7日\n"
                "氧化镨钕 | ≥99% | 元/吨 | 400000 | 404000 | +4000 | +1.00% | -2.50%\n"
                "碳酸锂 | 电池级 | 元/吨 | 100000 | 98000 | -2000 | -2.00% | -5.00%\n",
                (
                    ("price", "prnd_oxide", "price", "2024-06-03", 400000, "CNY/t"),
                    ("price", "prnd_oxide", "price", "2024-06-07", 404000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-06-03/2024-06-07", 4000, "CNY/t"),
                    ("price", "prnd_oxide", "change_pct", "2024-06-03/2024-06-07", 1, "%"),
                    ("price", "prnd_oxide", "change_pct", "2024-05-07/2024-06-07", -2.5, "%"),
                ),
                published="2024-06-07",
            ),
            Example(  # a day's change column beside a week's rate column
                "今日稀土报价\n| 品种 | 最新价(万元/吨) | 较上日 | 周环比 |\n| --- | --- | --- | --- |\n"
                "| 氧化镨钕 | 40.55 | +0.15 | +1.2% |\n",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 405500, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-07-04/2024-07-05", 1500, "CNY/t"),
                    ("price", "prnd_oxide", "change_pct", "2024-06-28/2024-07-05", 1.2, "%"),
                ),
            ),
            Example(  # a spec column, one day's ranges, and changes against a week before
                "稀土周度价格(单位:元/吨)\n产品 | 规格 | 6月14日价格 | 涨跌 | 周环比\n"
                "氧化钕 | ≥99.5% | 420000-426000 | +3000 | +0.71%\n"
                "氧化镧 | ≥99.99% | 3800-4200 | 持平 | 0.00%\n",
                (
                    ("price", "nd_oxide", "price_low", "2024-06-14", 420000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-06-14", 426000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-06-07/2024-06-14", 3000, "CNY/t"),
                    ("price", "nd_oxide", "change_pct", "2024-06-07/2024-06-14", 0.71, "%"),
                    ("price", "la_oxide", "price_low", "2024-06-14", 3800, "CNY/t"),
                    ("price", "la_oxide", "price_high", "2024-06-14", 4200, "CNY/t"),
                    ("price", "la_oxide", "change", "2024-06-07/2024-06-14", 0, "CNY/t"),
                    ("price", "la_oxide", "change_pct", "2024-06-07/2024-06-14", 0, "%"),
                ),
                published="2024-06-14",
            ),
            Example(  # two amount-change columns: the day's, then the week's
                "稀土金属报价 2024年9月10日\n单位：元/吨\n品名 | 报价 | 较前日 | 周涨跌\n"
                "金属镨 | 520000 | -2000 | +6000\n",
                (
                    ("price", "pr_metal", "price", "2024-09-10", 520000, "CNY/t"),
                    ("price", "pr_metal", "change", "2024-09-09/2024-09-10", -2000, "CNY/t"),
                    ("price", "pr_metal", "change", "2024-09-03/2024-09-10", 6000, "CNY/t"),
                ),
                published="2024-09-10",
            ),
            Example(  # day headers written as 月日, a change column against a named day
                "单位: 万元/吨\n品名 | 12月30日 | 1月2日 | 涨跌 | 比12月2日\n氧化钕 | 45.0 | 45.5 | +0.5 | +1.0\n",
                (
                    ("price", "nd_oxide", "price", "2024-12-30", 450000, "CNY/t"),
                    ("price", "nd_oxide", "price", "2025-01-02", 455000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-12-30/2025-01-02", 5000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-12-02/2025-01-02", 10000, "CNY/t"),
                ),
                published="2025-01-02",
            ),
            Example(  # an export table: market and unit in the title's brackets, day columns
                "稀土出口报价(FOB中国, 美元/公斤)\n品名 | 纯度 | 7月1日 | 7月5日 | 周涨跌\n"
                "氧化镝 | 99.5%min | 230.00 | 236.50 | +6.50\n",
                (
                    ("price", "dy_oxide", "price", "2024-07-01", 230, "USD/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 236.5, "USD/kg"),
                    ("price", "dy_oxide", "change", "2024-07-01/2024-07-05", 6.5, "USD/kg"),
                ),
            ),
            Example(  # the unit in a note "除注明外", a row in its own unit in the name cell
                "说明：价格含税，单位除注明外为元/吨。\n产品名称 | 最低价 | 最高价 | 涨跌\n"
                "氧化钆 | 176000 | 180000 | -2000\n氧化镝（元/公斤） | 1430 | 1450 | -5\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 176000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 180000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", -2000, "CNY/t"),
                    ("price", "dy_oxide", "price_low", "2024-07-05", 1430, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 1450, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -5, "CNY/kg"),
                ),
            ),
            Example(  # means of the report's week and the week before, headed by 本周/上周
                "稀土周度均价（价格单位均为元/吨）\n产品 | 上周均价 | 本周均价 | 涨跌幅\n"
                "氧化钆 | 160000 | 163200 | +2.00%\n",
                (
                    ("price", "gd_oxide", "average", "2024-06-24/2024-06-28", 160000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-07-01/2024-07-05", 163200, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06-24/2024-07-05", 2, "%"),
                ),
            ),
            Example(  # two Fridays' ranges beside the two weeks' means; a 单位 column per row
                "稀土周报\n产品 | 单位 | 9月13日 | 9月6日 | 周涨跌 | 本周均价 | 上周均价\n"
                "氧化钆 | 万元/吨 | 16.10-16.50 | 15.80-16.20 | +0.30 | 16.22 | 15.95\n"
                "氧化镝 | 元/公斤 | 1780-1800 | 1790-1810 | -10 | 1795 | 1801\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-09-13", 161000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-09-13", 165000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-09-06", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-09-06", 162000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-09-06/2024-09-13", 3000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-09-09/2024-09-13", 162200, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-09-02/2024-09-06", 159500, "CNY/t"),
                    ("price", "dy_oxide", "price_low", "2024-09-13", 1780, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-09-13", 1800, "CNY/kg"),
                    ("price", "dy_oxide", "price_low", "2024-09-06", 1790, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-09-06", 1810, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-09-06/2024-09-13", -10, "CNY/kg"),
                    ("price", "dy_oxide", "average", "2024-09-09/2024-09-13", 1795, "CNY/kg"),
                    ("price", "dy_oxide", "average", "2024-09-02/2024-09-06", 1801, "CNY/kg"),
                ),
                published="2024-09-13",
            ),
            Example(  # one day's prices beside the month's and last month's means; the rate
                # is the means'
                "5月稀土月报（单位：元/吨）\n品名 | 5月31日 | 本月均价 | 上月均价 | 环比\n"
                "氧化镨钕 | 392000 | 386500 | 371200 | +4.12%\n",
                (
                    ("price", "prnd_oxide", "price", "2024-05-31", 392000, "CNY/t"),
                    ("price", "prnd_oxide", "average", "2024-05", 386500, "CNY/t"),
                    ("price", "prnd_oxide", "average", "2024-04", 371200, "CNY/t"),
                    ("price", "prnd_oxide", "change_pct", "2024-04/2024-05", 4.12, "%"),
                ),
                published="2024-06-03",
            ),
            Example(  # monthly means with a year-ago mean and its own 同比; units per element in
                # the caption; one day's ranges and their change since a named day
                "表2：重稀土月度价格（镝、铽单位：元/公斤；钆单位：万元/吨）\n"
                "品种 | 9月均价 | 8月均价 | 环比 | 2023年9月均价 | 同比 | 9月30日报价 | 较8月30日涨跌\n"
                "氧化铽 | 5900 | 5800 | +1.72% | 7500 | -21.33% | 5950-6000 | +80\n"
                "氧化钆 | 16.20 | 15.90 | +1.89% | 24.00 | -32.50% | 16.3-16.6 | +0.4\n",
                (
                    ("price", "tb_oxide", "average", "2024-09", 5900, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2024-08", 5800, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2023-09", 7500, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-08/2024-09", 1.72, "%"),
                    ("price", "tb_oxide", "average_yoy_pct", "2024-09", -21.33, "%"),
                    ("price", "tb_oxide", "price_low", "2024-09-30", 5950, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-09-30", 6000, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-08-30/2024-09-30", 80, "CNY/kg"),
                    ("price", "gd_oxide", "average", "2024-09", 162000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-08", 159000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2023-09", 240000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-08/2024-09", 1.89, "%"),
                    ("price", "gd_oxide", "average_yoy_pct", "2024-09", -32.5, "%"),
                    ("price", "gd_oxide", "price_low", "2024-09-30", 163000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-09-30", 166000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-08-30/2024-09-30", 4000, "CNY/t"),
                ),
                published="2024-10-08",
            ),
            Example(  # each row's own quote day: a stale row is its day's, with no move; a note
                # names the trading day before (a weekend make-up working day)
                "稀土现货报价（单位：元/公斤）\n"
                "说明：涨跌为较上一交易日，上一交易日为10月12日（星期六，调休工作日）。\n"
                "品名 | 价格区间 | 涨跌 | 报价日期\n"
                "氧化铽 | 5980-6020 | +15 | 2024-10-14\n"
                "氧化钬 | 455-465 | — | 2024-10-11\n",
                (
                    ("price", "tb_oxide", "price_low", "2024-10-14", 5980, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-10-14", 6020, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-10-12/2024-10-14", 15, "CNY/kg"),
                    ("price", "ho_oxide", "price_low", "2024-10-11", 455, "CNY/kg"),
                    ("price", "ho_oxide", "price_high", "2024-10-11", 465, "CNY/kg"),
                ),
                published="2024-10-14",
            ),
            Example(  # a listing's move with its rate in brackets in one cell; 不变 is no move
                "厦门钨业公布10月稀土挂牌价（含税，单位：元/吨）：\n"
                "品名 | 9月挂牌价 | 10月挂牌价 | 较9月调整\n"
                "氧化铽 | 7050000 | 6900000 | -150000（-2.13%）\n"
                "氧化钆 | 185000 | 185000 | 不变\n",
                (
                    ("price", "tb_oxide", "price", "2024-09", 7050000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-10", 6900000, "CNY/t"),
                    ("price", "tb_oxide", "change", "2024-09/2024-10", -150000, "CNY/t"),
                    ("price", "tb_oxide", "change_pct", "2024-09/2024-10", -2.13, "%"),
                    ("price", "gd_oxide", "price", "2024-09", 185000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-10", 185000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-09/2024-10", 0, "CNY/t"),
                ),
                published="2024-10-08",
            ),
            Example(  # one row per day, one column per product: each cell its day's price
                "近两日收盘价（单位：万元/吨）\n日期 | 氧化镨钕 | 金属镨钕\n"
                "9月9日（一） | 41.20 | 50.60\n9月10日（二） | 41.35 | 50.80\n",
                (
                    ("price", "prnd_oxide", "price", "2024-09-09", 412000, "CNY/t"),
                    ("price", "prnd_metal", "price", "2024-09-09", 506000, "CNY/t"),
                    ("price", "prnd_oxide", "price", "2024-09-10", 413500, "CNY/t"),
                    ("price", "prnd_metal", "price", "2024-09-10", 508000, "CNY/t"),
                ),
                published="2024-09-10",
            ),
            Example(  # the same layout with no unit said anywhere: nothing is guessed
                "近两日收盘价\n日期 | 氧化钬\n9/9 | 47.1\n9/10 | 47.3\n",
                (),
                published="2024-09-10",
            ),
            Example(  # a month review's 本月/上月 means (the month its title names) and 同比
                "10月稀土市场月度回顾\n单位：万元/吨\n产品 | 本月均价 | 上月均价 | 环比 | 同比\n"
                "氧化铽 | 610 | 600 | +1.67% | -12.50%\n",
                (
                    ("price", "tb_oxide", "average", "2024-10", 6100000, "CNY/t"),
                    ("price", "tb_oxide", "average", "2024-09", 6000000, "CNY/t"),
                    ("price", "tb_oxide", "change_pct", "2024-09/2024-10", 1.67, "%"),
                    ("price", "tb_oxide", "average_yoy_pct", "2024-10", -12.5, "%"),
                ),
                published="2024-11-04",
            ),
            Example(  # arrows and triangles give a change its sign
                "品名 | 价格区间 | 涨跌 | 单位\n氧化镝 | 2170-2200 | ↓20 | 元/公斤\n"
                "氧化钕 | 500000-510000 | ▲5000 | 元/吨\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 2170, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 2200, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -20, "CNY/kg"),
                    ("price", "nd_oxide", "price_low", "2024-07-05", 500000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-05", 510000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-07-04/2024-07-05", 5000, "CNY/t"),
                ),
            ),
            Example(  # a cell's own 万 wins over the header's scale; the header gives 元/吨
                "稀土报价\n品名 | 价格(元/吨) | 涨跌(元/吨)\n氧化钕 | 45.2万 | +3000\n"
                "氧化铽 | 692万 | -1万\n",
                (
                    ("price", "nd_oxide", "price", "2024-07-05", 452000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-07-04/2024-07-05", 3000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-07-05", 6920000, "CNY/t"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -10000, "CNY/t"),
                ),
            ),
            Example(
                "产品 | 价格区间(元/吨)\n镨钕金属 | 54.6-55.0万\n",
                (
                    ("price", "prnd_metal", "price_low", "2024-07-05", 546000, "CNY/t"),
                    ("price", "prnd_metal", "price_high", "2024-07-05", 550000, "CNY/t"),
                ),
            ),
            Example(  # one price on both VAT bases: the VAT-inclusive column, in either order
                "稀土价格（单位：万元/吨）\n产品 | 含税价 | 不含税价\n氧化镨钕 | 44.2 | 39.1\n\n"
                "稀土价格（单位：元/公斤）\n产品 | 不含税价格 | 含税价格\n氧化铽 | 6100 | 6890\n",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 442000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-07-05", 6890, "CNY/kg"),
                ),
            ),
            Example(  # columns aligned by spaces, a grade column, a 价格 column of ranges
                "稀土日报（单位：元/公斤）\n品种      纯度      价格          涨跌\n"
                "氧化铽    ≥99.99%   6850-6900     -15\n氧化镝    ≥99.5%    1670-1690     持平\n",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 6850, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 6900, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -15, "CNY/kg"),
                    ("price", "dy_oxide", "price_low", "2024-07-05", 1670, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 1690, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", 0, "CNY/kg"),
                ),
            ),
            Example(  # space-aligned columns headed by weekday and day; a note giving each
                # row's unit, one segment per unit
                "稀土周度报价（单位：氧化镝、氧化铽为元/公斤；氧化钆为元/吨）\n"
                "品名      本周四(9/12)      上周四(9/5)      周涨跌\n"
                "氧化镝    1780-1800         1790-1810        -10\n"
                "氧化钆    161000-165000     158000-162000    +3000\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-09-12", 1780, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-09-12", 1800, "CNY/kg"),
                    ("price", "dy_oxide", "price_low", "2024-09-05", 1790, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-09-05", 1810, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-09-05/2024-09-12", -10, "CNY/kg"),
                    ("price", "gd_oxide", "price_low", "2024-09-12", 161000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-09-12", 165000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-09-05", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-09-05", 162000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-09-05/2024-09-12", 3000, "CNY/t"),
                ),
                published="2024-09-13",
            ),
            Example(  # the same kind of note over a pipe table, 万 in one segment
                "今日报价（单位：氧化镨钕为万元/吨；金属铽为元/公斤）\n品名 | 价格 | 涨跌\n"
                "氧化镨钕 | 41.2 | -0.3\n金属铽 | 8150 | +50\n",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 412000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2024-07-04/2024-07-05", -3000, "CNY/t"),
                    ("price", "tb_metal", "price", "2024-07-05", 8150, "CNY/kg"),
                    ("price", "tb_metal", "change", "2024-07-04/2024-07-05", 50, "CNY/kg"),
                ),
            ),
            Example(  # tab-cut columns of low and high under a caption naming day and unit
                "7月4日报价（单位：万元/吨）\n品名\t最低价\t最高价\t涨跌\n氧化钬\t47.0\t48.0\t+0.5\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-07-04", 470000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-04", 480000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-07-03/2024-07-04", 5000, "CNY/t"),
                ),
            ),
            Example(  # rules drawn under the header and under the rows; units in the heads
                "稀土金属日报\n品种        报价范围(元/公斤)     涨跌(元/公斤)\n"
                "==========================================\n"
                "金属铽      7950-8050             +30\n金属镝      2280-2310             0\n"
                "==========================================\n",
                (
                    ("price", "tb_metal", "price_low", "2024-07-05", 7950, "CNY/kg"),
                    ("price", "tb_metal", "price_high", "2024-07-05", 8050, "CNY/kg"),
                    ("price", "tb_metal", "change", "2024-07-04/2024-07-05", 30, "CNY/kg"),
                    ("price", "dy_metal", "price_low", "2024-07-05", 2280, "CNY/kg"),
                    ("price", "dy_metal", "price_high", "2024-07-05", 2310, "CNY/kg"),
                    ("price", "dy_metal", "change", "2024-07-04/2024-07-05", 0, "CNY/kg"),
                ),
            ),
            Example(  # box rules over and under the header; 万 in the price head only
                "━━━━━━━━━━━━━━━━━━━━━━━━\n产品      价格(万元/吨)    涨跌(元/吨)\n"
                "────────────────────────\n"
                "氧化钬    46.5-47.5        -5000\n氧化钆    15.8-16.2        +1000\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-07-05", 465000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 475000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-07-04/2024-07-05", -5000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 162000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 1000, "CNY/t"),
                ),
            ),
            Example(  # heads 最低/最高 with no 价, full-width rules, the unit in a line under it
                "产品          最低        最高        涨跌\n"
                "－－－－－－－－－－－－－－－－－－－－－－－\n"
                "氧化钆        152000      156000      -1000\n氧化钬        460000      470000      0\n"
                "单位：元/吨\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", -1000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-07-05", 460000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 470000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-07-04/2024-07-05", 0, "CNY/t"),
                ),
            ),
            Example(  # the header's units on a line of their own under the heads
                "品名        价格区间          涨跌\n            (元/公斤)         (元/公斤)\n"
                "------------------------------------\n氧化铽      6350-6450         -50\n",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 6350, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 6450, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -50, "CNY/kg"),
                ),
            ),
            Example(  # ranges cut by ~ under a 万 head, a rule of = under the header
                "品名        价格区间(万元/吨)      涨跌(万元/吨)\n============================\n"
                "氧化钕      39.98~40.78            -0.5\n",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-05", 399800, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-05", 407800, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-07-04/2024-07-05", -5000, "CNY/t"),
                ),
            ),
            Example(  # two lines of words between rules are no table: the rules stay rules
                "━━━━━━━━━━━━\n今日市场  窄幅整理\n下游需求  仍然偏弱\n━━━━━━━━━━━━\n"
                "氧化钕报40.1万元/吨。\n",
                (("price", "nd_oxide", "price", "2024-07-05", 401000, "CNY/t"),),
            ),
            Example(  # a date line naming the quote day and, labelled, the base of the moves
                "发布日期：2024年3月11日（周一）　涨跌基准：上一交易日（3月8日，周五）\n"
                "品名 | 最低价 | 最高价 | 涨跌 | 单位\n氧化镨 | 41.0 | 41.6 | -0.2 | 万元/吨\n"
                "氧化铽 | 6420 | 6480 | +15 | 元/公斤\n",
                (
                    ("price", "pr_oxide", "price_low", "2024-03-11", 410000, "CNY/t"),
                    ("price", "pr_oxide", "price_high", "2024-03-11", 416000, "CNY/t"),
                    ("price", "pr_oxide", "change", "2024-03-08/2024-03-11", -2000, "CNY/t"),
                    ("price", "tb_oxide", "price_low", "2024-03-11", 6420, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-03-11", 6480, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-03-08/2024-03-11", 15, "CNY/kg"),
                ),
                published="2024-03-11",
            ),
            Example(  # dates written with dashes, the base labelled 基准日 (a day the
                # calendar's trading day before is not)
                "报价日：2024-06-24　基准日：2024-06-20\n单位：元/公斤\n品名 | 价格 | 涨跌\n"
                "氧化镝 | 1780 | +10\n",
                (
                    ("price", "dy_oxide", "price", "2024-06-24", 1780, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-06-20/2024-06-24", 10, "CNY/kg"),
                ),
                published="2024-06-24",
            ),
            Example(  # a note above saying what the moves are against: a week back ...
                "稀土周度报价 2024-04-19（星期五）\n说明：单位均为元/吨；涨跌为与上周五（4月12日）相比。\n"
                "品名          价格区间(元/吨)     涨跌(元/吨)\n"
                "----------------------------------------\n氧化钕        399800-407800       -5000\n",
                (
                    ("price", "nd_oxide", "price_low", "2024-04-19", 399800, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-04-19", 407800, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-04-12/2024-04-19", -5000, "CNY/t"),
                ),
                published="2024-04-19",
            ),
            Example(  # ... or a month-end a month back
                "稀土月度报价 2024-04-30\n注：涨跌较3月29日。\n品名 | 价格(万元/吨) | 涨跌\n"
                "金属镨钕 | 48.5 | +1.2\n",
                (
                    ("price", "prnd_metal", "price", "2024-04-30", 485000, "CNY/t"),
                    ("price", "prnd_metal", "change", "2024-03-29/2024-04-30", 12000, "CNY/t"),
                ),
                published="2024-04-30",
            ),
            Example(  # the base said in brackets after the quote day, "基准为"
                "价格日期：2024年6月24日（涨跌基准为6月20日）\n单位：元/公斤\n品名 | 价格 | 涨跌\n"
                "氧化铽 | 5800 | -50\n",
                (
                    ("price", "tb_oxide", "price", "2024-06-24", 5800, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-06-20/2024-06-24", -50, "CNY/kg"),
                ),
                published="2024-06-24",
            ),
            Example(  # the base labelled as a week back, the quote day first
                "报价日期：2024年11月8日 比较基准日：上周五（11月1日）\n单位：元/公斤\n"
                "品名 | 价格 | 涨跌\n氧化镝 | 1650-1670 | +20\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-11-08", 1650, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-11-08", 1670, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-11-01/2024-11-08", 20, "CNY/kg"),
                ),
                published="2024-11-08",
            ),
            Example(  # rows with no header under a unit line
                "单位：元/吨\n氧化镧 3800-4200\n氧化铈 7200-7600\n",
                (
                    ("price", "la_oxide", "price_low", "2024-07-05", 3800, "CNY/t"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4200, "CNY/t"),
                    ("price", "ce_oxide", "price_low", "2024-07-05", 7200, "CNY/t"),
                    ("price", "ce_oxide", "price_high", "2024-07-05", 7600, "CNY/t"),
                ),
            ),
            Example(  # an HTML table on one line
                "<table><tr><td>品名</td><td>均价(万元/吨)</td></tr><tr><td>金属镨钕</td>"
                "<td>55.3</td></tr><tr><td>氧化钕</td><td>45.6</td></tr></table>\n",
                (
                    ("price", "prnd_metal", "price", "2024-07-05", 553000, "CNY/t"),
                    ("price", "nd_oxide", "price", "2024-07-05", 456000, "CNY/t"),
                ),
            ),
            Example(  # two lines of prose with wide gaps are no table
                "稀土市场  今日平稳\n下游采购  需求一般\n氧化钕报45万元/吨。\n",
                (("price", "nd_oxide", "price", "2024-07-05", 450000, "CNY/t"),),
            ),
            Example(
                "品种 | 价格区间(万元/吨) | 均价(万元/吨)\n氧化铽 | 570-580 | 575\n",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 5700000, "CNY/t"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 5800000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-07-05", 5750000, "CNY/t"),
                ),
            ),
        ),
    ),
)
