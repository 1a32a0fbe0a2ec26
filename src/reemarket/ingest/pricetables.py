"""Price tables' rows as price facts (the layout is read by :mod:`~reemarket.ingest.pricetable_layout`).

Per row: ``Low``/``High`` give ``price_low`` and
``price_high``; a ``Price`` cell gives ``price`` or, when it is a range, both ends;
an ``Avg``/``Mid`` column gives ``price`` only when the table has no range; ``Change``
gives ``change`` (0, ``nc``/``unch`` and negatives included) and ``Chg %`` gives
``change_pct``. Previous-level columns ("26/11 low", "Prev. high", "Last week price") give
the levels on the day they name, which is then the changes' base too. A ``Basis``/``Market`` cell is the row's market (cif Rotterdam, fob China,
DDP Europe, China). Changes run to the table date from the base the header, the title or
the caption below the table names ("Chg vs May 30", "change against end-October", "m/m",
weekly: seven days earlier), else from the previous trading day. The unit is the row's
unit cell, the header's, the title's or the caption's; the date is the last day named
before the table, else the publication date. A row whose product, market, unit or cells
cannot be read gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from functools import cache

from reemarket.domain.facts import Fact
from reemarket.domain.periods import Granularity, Period
from reemarket.domain.products import Form, catalog
from reemarket.ingest import dayrows
from reemarket.ingest.datecolumns import column_day
from reemarket.ingest.dates import (
    DocDates,
    find_dates,
    month_close,
    previous_trading_day,
    trading_week,
)
from reemarket.ingest.extractors.comparison import shift_year
from reemarket.ingest.lexicon import find_markets, find_products
from reemarket.ingest.numbers import PRICE_UNIT
from reemarket.ingest.pricetable_layout import (
    ARROW,
    BASE_DATE,
    CELL_RANGE,
    PRIOR_NOTE,
    Table,
    cell_number,
    column_span,
    list_label,
    own_base_head,
    period_column,
    row_cells,
    unit_in,
    unit_scale,
)

_CJK = "\u3400-\u9fff"
_CJK_EDGE = re.compile(rf"(?<=[A-Za-z0-9)%])(?=[{_CJK}])|(?<=[{_CJK}])(?=[A-Za-z0-9(])")

#: Words naming a change column's span without a day ("m/m", "weekly", "y/y", "DoD").
_SPANS = [
    (
        re.compile(
            rf"\b(?:{a}/{a}|{short}|{kind}[\s-]on[\s-]{kind}|{ly}|"
            rf"(?:previous|prior|last)\s+(?:trading\s+)?{kind})\b",
            re.I,
        ),
        kind,
    )
    for kind, a, short, ly in (
        ("month", "m", "mom", "monthly"),
        ("week", "w", "wow", "weekly"),
        ("year", "y", "yoy", "yearly"),
        ("day", "d", "dod", "daily"),
    )
]


@cache
def _groups() -> frozenset[str]:
    return frozenset(p.id for p in catalog() if p.form is Form.GROUP)


def _product(cell: str) -> str | None:
    """The one product a row names ("Dy oxide 氧化镝", "Monazite (REO 60%)"), else None."""
    ids = {p.id for p in find_products(_CJK_EDGE.sub(" ", cell))}
    named = ids - _groups() or ids  # a grade's "TREO 92%" is not a second product
    return next(iter(named)) if len(named) == 1 else None


#: A row of something else than the product it names ("NdFeB scrap", "Dy-Fe swarf").
_NOT_PRODUCT = re.compile(r"\b(?:scrap|waste|swarf|sludge|offcuts)\b", re.I)
#: A row's own mass with no currency ("Dy oxide (/kg)", "Tb oxide (per kg)", "Tb oxide (kg)"
#: under "per ton unless marked (kg)"): the row is priced per that mass in the table's currency.
_ROW_PER = re.compile(r"\(\s*(?:(?:/|per\s+)\s*)?(kg|kilogram|t|mt|tonne|ton)\s*\)", re.I)
_CURRENCY = re.compile(r"(US\$|\$|¥|€|\bRMB\b|\bCNY\b|\bUSD\b|\bEUR\b)")
_CODES = {"US$": "USD", "$": "USD", "¥": "CNY", "€": "EUR", "RMB": "CNY"}


def _foreign_currency(cells: list[str], unit: str) -> bool:
    """Whether a row's cells name a currency other than the unit's ("CNY 420" under USD/kg)."""
    for cell in cells[1:]:
        for m in _CURRENCY.finditer(cell):
            if not unit.startswith(_CODES.get(m.group(1), m.group(1))):
                return True
    return False


_ELSEWHERE = re.compile(r"\b(?:japan|korea|asia|india|us|usa|america|vietnam|malaysia)\b", re.I)
_EUROPE = re.compile(r"\b(?:eu|emea|nw\s+europe)\b", re.I)
_CHINA = re.compile(r"china|chinese|domestic|ex[-\s]?works|\bexw\b|warehouse|\bvat\b", re.I)


def _market(cell: str) -> str | None:
    """The market a basis cell names (cif Rotterdam, fob China, DDP Europe, China), else None."""
    if _ELSEWHERE.search(cell):
        return None
    found = find_markets(cell)
    if found:
        return found[0].id
    if _EUROPE.search(cell):
        return "europe"
    return "china" if _CHINA.search(cell) else None


def _base_day(m: re.Match[str], day: date) -> date:
    """The day a base phrase names, in the year that puts it before ``day``."""
    g = m.groupdict()
    if g["iso"]:
        return date.fromisoformat(g["iso"])
    if g["ey"]:  # "vs end-2024": that year's last close
        return month_close(int(g["ey"]), 12)
    if g["na"]:  # "vs 24/06": day first, unless the second number cannot be a month
        a, b = int(g["na"]), int(g["nb"])
        d, k = (b, a) if b > 12 >= a else (a, b)
        found = date(day.year, k, d)
        return found.replace(year=day.year - 1) if found >= day else found
    mon = g["m1"] or g["m2"] or g["m3"] or g["m4"]
    month = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    k = month.index(mon[:3].lower()) + 1
    year = int(g["y"]) if g["y"] else day.year
    if g["m3"] or g["m4"]:
        found = month_close(year, k)
        return month_close(year - 1, k) if found >= day and not g["y"] else found
    d = int(re.sub(r"\D", "", g["d1"] or g["d2"]))
    found = date(year, k, d)
    return found.replace(year=year - 1) if found >= day and not g["y"] else found


def _safe_base_day(m: re.Match[str], day: date) -> date | None:
    try:
        return _base_day(m, day)
    except ValueError:
        return None


def _month_before(day: date) -> date:
    """The same day a month earlier; a month's last trading day goes to the previous one's."""
    first = day.replace(day=1)
    prev_end = first - timedelta(days=1)
    if day >= month_close(day.year, day.month):
        return month_close(prev_end.year, prev_end.month)
    return prev_end.replace(day=min(day.day, prev_end.day))


def week_before(day: date) -> date:
    """Seven days before ``day``."""
    return day - timedelta(days=7)


def _quarter_before(day: date) -> date:
    """The last trading day of the quarter before ``day``'s."""
    month = (day.month - 1) // 3 * 3  # the last month of the previous quarter (0: December)
    return month_close(day.year - 1, 12) if month == 0 else month_close(day.year, month)


def _month_end_before(day: date) -> date:
    """The last trading day of the month before ``day``'s."""
    first = day.replace(day=1) - timedelta(days=1)
    return month_close(first.year, first.month)


def _year_end_before(day: date) -> date:
    """The previous year's last trading day (a YTD column's default base)."""
    return month_close(day.year - 1, 12)


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1, day=28 if day.month == 2 else day.day)


#: Where a change column of each span starts when no note names its base day.
_DEFAULT_BASE: dict[str, Callable[[date], date]] = {
    "day": previous_trading_day,
    "week": week_before,
    "month": _month_before,
    "year": _year_before,
    "ytd": _year_end_before,
    "mtd": _month_end_before,
    "qtd": _quarter_before,
}

#: The words a note names a span with ("w/w against 1 Sep", "YTD vs 29 Dec 2023").
_SPAN_NOTE = {
    "day": r"d/d|dod|d-o-d|day[\s-]on[\s-]day|1\s?d(?:ay)?|1-day",
    "week": r"w/w|wow|w-o-w|wk/wk|week[\s-]on[\s-]week|1\s?wk?|1\s?week|1-week",
    "month": r"m/m|mom|m-o-m|month[\s-]on[\s-]month|1\s?m(?:th|onth)?|1-month",
    "year": r"y/y|yoy|y-o-y|year[\s-]on[\s-]year|1\s?yr?|1-year|12\s?m",
    "ytd": r"ytd|year[\s-]to[\s-]date",
    "mtd": r"mtd|month[\s-]to[\s-]date",
    "qtd": r"qtd|quarter[\s-]to[\s-]date",
}
_AGAINST = (  # "w/w against 1 Sep", "YTD vs 29 Dec", "1w = change on the close of 6 Nov"
    r"\s*(?:[=:]\s*)?(?:%|chg|changes?)?\s*(?:is\s+|are\s+)?(?:against|vs\.?|versus|from|since|on"
    r"|compared\s+(?:with|to)|relative\s+to)\s+(?:the\s+)?(?:close\s+(?:of|on)\s+)?"
)


_MONTH_NUM = {
    m: k
    for k, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def column_period(head: str, day: date) -> Period | None:
    """The quarter or month a period-average column names; no year: the latest by ``day``."""
    m = period_column(head, month_year=True)  # only a table's period heads come here
    if m is None:
        return None
    g = m.groupdict()
    raw = g["qy1"] or g["qy2"] or g["my"]
    year = (2000 + int(raw) if len(raw) == 2 else int(raw)) if raw else day.year
    if g["mon"]:
        k = _MONTH_NUM[g["mon"][:3].lower()]
        if raw is None and date(year, k, 1) > day:
            year -= 1
        return Period.month(year, k)
    return Period.quarter(year, int(g["q1"] or g["q2"]))


def span_base(span: str, texts: list[str], day: date) -> date | None:
    """The base day a note names for one span's column ("YTD against 30 Dec 2022"), else None."""
    rx = re.compile(rf"\b(?:{_SPAN_NOTE[span]})(?!\w){_AGAINST}", re.I)
    for text in texts:
        for m in rx.finditer(text):
            if (found := _earlier_day(text[m.end() : m.end() + 30], day)) is not None:
                return found
    return None


def _earlier_day(text: str, day: date) -> date | None:
    """The first single day ``text`` names before ``day`` (read against ``day``), else None."""
    for d in find_dates(text, DocDates(day, day.year)):
        p = d.period
        if p is not None and p.granularity is Granularity.DAY and not p.is_span and p.start < day:
            return p.start
    return None


def _row_day(cell: str, day: date) -> date | None:
    """The day an export's date cell names ("2024-03-07", "07-Mar"), if not after ``day``."""
    own: date | None
    try:
        own = date.fromisoformat(cell.strip())
    except ValueError:
        own = column_day(cell, day)
    return own if own is not None and own <= day else None


def _market_cell(cell: str, head: str) -> list[tuple[str, float, str]]:
    """A market column's level (metric, value, unit): a range's two ends or one price.

    The unit and its multiple are the head's ("Domestic (10,000 yuan/t)" over "44.5").
    """
    unit = unit_in(head)
    if unit is None or not unit.startswith(("CNY/", "USD/", "EUR/")):
        return []  # a rupee or yen column: a currency the facts are not kept in
    scale = unit_scale(head)
    raw = re.sub(r"(?:US\$|\$|¥|€)", "", _level_cell(cell).strip())
    if rng := CELL_RANGE.match(raw):
        lo, hi = cell_number(rng.group(1)), cell_number(rng.group(2))
        if lo and hi and 0 < lo <= hi:
            return [
                ("price_low", round(lo * scale, 6), unit),
                ("price_high", round(hi * scale, 6), unit),
            ]
        return []
    if (v := cell_number(raw)) and v > 0:
        return [("price", round(v * scale, 6), unit)]
    return []


#: A range's move given end by end: "+10 / +10", "-0.5/-0.5" (low end's, high end's).
_END_MOVES = re.compile(r"^([+-]?[\d,.]+%?)\s*/\s*([+-]?[\d,.]+%?)$")


def _both_ends(cell: str) -> str:
    """A range's move when both ends moved alike ("+10 / +10": "+10"), else the cell.

    Ends that moved differently ("+10 / +20") are no one move of the price: the cell is
    returned as it is and reads as no number.
    """
    m = _END_MOVES.match(cell)
    if m is None:
        return cell
    lo, hi = m.group(1), m.group(2)
    return lo if cell_number(lo.rstrip("%")) == cell_number(hi.rstrip("%")) else cell


#: A change cell carrying its percent in brackets: "+1.25 (+0.8%)", "-300 (-0.07 %)".
_CHANGE_WITH_PCT = re.compile(r"^([+-]?[\d,.]+)\s*\(\s*([+-]?[\d.]+)\s*%\s*\)$")

#: A change column's head led by the span it covers: "Month chg", "Weekly change", "Qtr +/-".
_REACH_HEAD = re.compile(
    r"(?:^|\s{2,}|\|)\s*(?P<w>week|weekly|wk|month|monthly|mth|quarter|quarterly|qtr|year|annual)"
    r"\s+(?:change|chg|chng|\+/-)\b",
    re.I,
)
_REACH_DAYS = {"w": 7, "m": 31, "q": 92, "y": 366, "a": 366}


def _change_reach(header: str) -> timedelta | None:
    """How far back a grid's change column reaches by its head, else None.

    Over several day columns a plain "Chg" runs from the column before the last; a head
    naming its span ("Month chg" over four Fridays, "Week change" over daily closes) runs
    from the earliest column no further back than that span.
    """
    m = _REACH_HEAD.search(header)
    return timedelta(days=_REACH_DAYS[m.group("w")[0].lower()]) if m else None


def _period_column_span(
    named: str | None, between: Period, late: Period, texts: list[str], day: date
) -> Period:
    """The span of a change column beside period averages.

    The span its head names, else the two periods' ("Q2 2024 | Q1 2024 | Change"). A to-date
    head ("YTD %") runs from its base to the table's day; "Y/Y" compares the latest period
    with the same one a year before; a day/week/month head is the periods' step.
    """
    if named in ("ytd", "mtd", "qtd"):
        since = span_base(named, texts, day) or _DEFAULT_BASE[named](day)
        if since < day:
            return Period.span(Period.day(since), Period.day(day))
    if named == "year" and (back := shift_year(late)) is not None:
        return Period.span(back, late)
    return between


def _year_back_span(late: Period) -> Period | None:
    """The span from the same period a year before ``late`` to ``late``, else None."""
    back = shift_year(late)
    return Period.span(back, late) if back is not None else None


#: A note naming the list a price list replaced ("supersedes List No. 25-08 of 1 August").
_REPLACED_LIST = re.compile(
    r"\b(?:supersed(?:es|ing|ed)|replac(?:es|ing|ed)|(?:previous|prior|old|last)\s+list)\b",
    re.I,
)
#: The whole note on the replaced list, up to its bracket or sentence end: its day dates the
#: previous list, never the table.
REPLACED_LIST_NOTE = re.compile(_REPLACED_LIST.pattern + r"(?:\bno\.|[^.;()\n]){0,60}", re.I)
#: A cell saying a price did not move ("unchanged", "unch.", "flat", "n/c").
_FLAT_CELL = re.compile(r"^(?:unch(?:anged)?\.?|flat|n\.?c\.?|n/c|no\s+change)$", re.I)


def _percent_column(table: Table, rows: list[tuple[int, str]]) -> bool:
    """Whether the table's change column holds percents ("+43.9%") in some row."""
    if "change" not in table.cols:
        return False
    k = table.cols.index("change")
    return any(
        (cells := row_cells(line, table.cols)) is not None and cells[k].strip().endswith("%")
        for _s, line in rows
    )


def _list_day(table: Table, texts: list[str], day: date) -> date | None:
    """The day of the price list a list table's second list column holds, else None.

    The day named right after that list's number ("List No. 25-08 of 1 August 2025"), else
    after a word of replacing ("supersedes the list of 1 August", "previous list: 1 Aug").
    """
    label = list_label(table, "prior_list")
    for text in texts:
        for m in re.finditer(re.escape(label), text) if label else ():
            if (found := _earlier_day(text[m.end() : m.end() + 40], day)) is not None:
                return found
    for text in texts:
        for m in _REPLACED_LIST.finditer(text):
            if (found := _earlier_day(text[m.end() : m.end() + 60], day)) is not None:
                return found
    return None


def _level_cell(cell: str) -> str:
    """A level cell without its unit ("520,000 yuan/t" -> "520,000")."""
    return re.sub(r"\(?\s*" + PRICE_UNIT.pattern + r"\s*\)?", "", cell, flags=re.I).strip()


def prior_note_day(texts: list[str], day: date) -> date | None:
    """The day a note gives the previous-assessment column ("Previous = assessment of 3 July")."""
    for text in texts:
        for m in PRIOR_NOTE.finditer(text):
            if (found := _earlier_day(m.group(0), day)) is not None:
                return found
    return None


def change_base(texts: list[str], day: date) -> date | None:
    """Where a table's changes start, or None when ``texts`` name no base.

    A base day named in ``texts`` (header, caption, title, in that order of trust) wins,
    else the span a word names (m/m, weekly, y/y, d/d).
    """
    for text in texts:
        for m in BASE_DATE.finditer(text):
            try:
                found = _base_day(m, day)
            except ValueError:
                continue
            if found < day:
                return found
    for text in texts:  # "(change against the previous assessment of 03/04/2024)"
        for d in find_dates(text, DocDates(day, day.year)):
            p = d.period
            if d.is_ref and p is not None and p.granularity is Granularity.DAY and p.start < day:
                return p.start
    for text in texts:
        text = text.rstrip().rsplit("\n", 1)[-1]  # the line next to the table, not prose above
        hits = [(h.start(), kind) for rx, kind in _SPANS if (h := rx.search(text))]
        if hits:
            kind = min(hits)[1]
            if kind == "month":
                return _month_before(day)
            if kind == "week":
                return day - timedelta(days=7)
            if kind == "year":
                return day.replace(year=day.year - 1, day=28 if day.month == 2 else day.day)
            return previous_trading_day(day)
    return None


#: A level a caption gives a product: "neodymium oxide was quoted at 86.20-87.68", "Ce oxide
#: 1.71-1.75" (a number or range, not a percent, before the next product named).
_CAPTION_LEVEL = re.compile(
    r"(?<![\w.,])(?P<lo>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?:-|–|to)\s*(?P<hi>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?"
    r"(?![\d.,]*\s*(?:%|per\s*cent|pc\b))"
)


def caption_levels(table: Table, facts: list[Fact], day: date) -> list[Fact]:
    """The previous levels a caption under a table gives, on the base day it names.

    "Changes are against the 19 August assessment, when neodymium oxide was quoted at
    86.20-87.68 and cerium oxide at 1.71-1.75": each product with a row in the table gets its
    level on that day, in the row's market and unit.
    """
    base = next(
        (b for m in BASE_DATE.finditer(table.caption) if (b := _safe_base_day(m, day)) and b < day),
        None,
    )
    if base is None or table.caption_at < 0:
        return []
    rows = {f.subject: f for f in facts if f.period == str(Period.day(day))}
    found = find_products(table.caption)
    out: list[Fact] = []
    for k, prod in enumerate(found):
        row = rows.get(prod.id)
        end = found[k + 1].start if k + 1 < len(found) else len(table.caption)
        m = _CAPTION_LEVEL.search(table.caption, prod.end, end)
        if row is None or m is None or row.unit == "%":
            continue
        lo = float(m.group("lo").replace(",", ""))
        hi = float(m.group("hi").replace(",", "")) if m.group("hi") else None
        levels = [("price", lo)] if hi is None else [("price_low", lo), ("price_high", hi)]
        if lo <= 0 or (hi is not None and hi < lo):
            continue
        for metric, value in levels:
            out.append(
                Fact(
                    kind="price",
                    entity=row.entity,
                    subject=prod.id,
                    metric=metric,
                    period=str(Period.day(base)),
                    value=value,
                    unit=row.unit,
                    document_id=row.document_id,
                    doc=row.doc,
                    span_start=table.caption_at,
                    span_end=table.caption_at + len(table.caption),
                    sentence=table.caption,
                    extractor_version=row.extractor_version,
                    period_start=base.isoformat(),
                    period_end=base.isoformat(),
                )
            )
    return out


def _day_rows(
    table: Table,
    rows: list[tuple[int, str]],
    day: date,
    title: str,
    *,
    document_id: str,
    doc: str,
    version: str,
) -> list[Fact]:
    """The facts of a table whose rows are days and columns products (:mod:`dayrows`)."""
    read = [(s, c, ln) for s, ln in rows if (c := row_cells(ln, table.cols)) is not None]
    unit = table.unit or unit_in(title) or unit_in(table.caption)
    heads = row_cells(table.header, table.cols) or []
    if len(heads) != len(table.cols):
        return []
    context = " ".join((title, table.header, table.caption))
    return dayrows.day_row_facts(
        table.cols, heads, read, day, unit, context,
        document_id=document_id, doc=doc, version=version,
    )  # fmt: skip


def table_facts(
    table: Table,
    rows: list[tuple[int, str]],
    day: date,
    prev: date,
    *,
    document_id: str,
    doc: str,
    version: str,
    context: str,
    seller: str | None = None,
    known_markets: Mapping[str, str] | None = None,
) -> list[Fact]:
    """The price facts of one table dated ``day``.

    Changes run from the base the table names (:func:`change_base`), else from ``prev``;
    ``context`` is the caller's title text, used when the table has none of its own. A
    results sheet's sale column ("Hammer price") gives ``seller``'s own price (no seller:
    nothing); ``known_markets`` the market each product's dollar rows had in the document's
    earlier tables, for a dollar row that names none (a table of the same series' monthly
    means).
    """
    facts: list[Fact] = []
    has_range = "low" in table.cols
    title = context if table.title is None else table.title
    if table.cols[0] == "row_day":  # days down the rows, products across
        return _day_rows(table, rows, day, title, document_id=document_id, doc=doc, version=version)
    markets = find_markets(" ".join((title, table.header, table.caption)))
    above = unit_in(title) or unit_in(table.caption)
    texts = [table.header, table.caption, title]
    head_spans = [column_span(c) for c in re.split(r"\s*\|\s*|\s{2,}", table.header.strip(" |"))]
    plain_span = next((x for x in head_spans if x in _DEFAULT_BASE), None)
    own = span_base(plain_span, texts, day) if plain_span else None
    named = own or change_base(texts, day)
    if plain_span and own is None and any("@" in c for c in table.cols):
        named = _DEFAULT_BASE[plain_span](day)  # a note naming only the YTD base is not the w/w's
    prior = column_day(table.prior, day) if table.prior else prior_note_day(texts, day)
    prior = prior if prior is not None and prior < day else None
    base = prior or named or prev
    days = [column_day(raw, day) for raw in table.days]
    # "Chg vs 26-Feb" over day columns: the changes start on the day the header names (not
    # the day a "vs end-2024" column of its own is headed with)
    vs_head = own_base_head(table)
    vs_day = next(
        (b for m in BASE_DATE.finditer(vs_head) if (b := _safe_base_day(m, day)) is not None), None
    )
    header = table.header.replace(vs_head, " ") if vs_head else table.header
    stated = next(
        (b for m in BASE_DATE.finditer(f"{header} {table.caption}")
         if (b := _safe_base_day(m, day)) is not None and b < day),
        None,
    )  # fmt: skip
    pers = [column_period(raw, day) for raw in table.periods]
    reach = _change_reach(table.header) if len(table.days) > 2 else None
    listed = "list" in table.cols
    list_day = _list_day(table, texts, day) if "prior_list" in table.cols else None
    pct_column = _percent_column(table, rows)
    for start, line in rows:
        cells = row_cells(line, table.cols)
        if cells is None:
            continue
        got = dict(zip(table.cols, cells, strict=True))
        subject = _product(got["product"])
        if subject is None or _NOT_PRODUCT.search(" ".join(cells)):
            continue
        if table.market_heads:
            # "| Nd oxide | 452,000 - 456,000 | 62.88 |" under "Domestic, CNY/t" and "FOB
            # China, USD/kg": each column's level in its own market and unit
            for col, head in table.market_heads:
                for metric, value, u in _market_cell(got[col], head):
                    facts.append(
                        Fact(
                            kind="price", entity=_market(head) or "china", subject=subject,
                            metric=metric, period=str(Period.day(day)), value=value, unit=u,
                            document_id=document_id, doc=doc, span_start=start,
                            span_end=start + len(line), sentence=line.strip(),
                            extractor_version=version, period_start=day.isoformat(),
                            period_end=day.isoformat(),
                        )
                    )  # fmt: skip
            if not {"low", "high", "price", "avg", "change", "pct"} & set(table.cols):
                continue
        unit = (
            unit_in(got.get("unit", ""))
            or unit_in(got.get("price", ""))
            or unit_in(got.get("sale", ""))
            or unit_in(got["product"])
            or unit_in(got.get("market", ""))  # a basis cell "FOB China, USD/kg"
            or table.unit
            or above
        )
        if unit is None or _foreign_currency(cells, unit):
            continue
        if (per := _ROW_PER.search(got["product"])) is not None:
            # "Dy oxide (/kg)" under a sheet in RMB/mt: the row's mass, the sheet's currency
            unit = f"{unit.split('/')[0]}/{'kg' if per.group(1).lower().startswith('k') else 't'}"
        # "Domestic prices (10,000 yuan/t)" over a cell "44.2": the unit's text gives the multiple
        scale = next(
            (unit_scale(t) for t in (got.get("unit", ""), got.get("price", ""), got["product"],
                                     table.header, title, table.caption) if unit_in(t)),
            1,
        )  # fmt: skip
        if listed:
            entity = seller  # a price list's prices are its seller's own
        elif "market" in got:
            entity = _market(got["market"])
        elif found := (
            find_markets(got["product"])
            or find_markets(got.get("spec", ""))  # "Nd2O3 99.5% min, FOB China"
            or ([] if unit.startswith("CNY") else markets)
        ):
            entity = found[-1].id
        elif unit.startswith("USD/") and subject in (earlier := known_markets or {}):
            entity = earlier[subject]
        elif _CHINA.search(got["product"]):
            entity = "china"  # "NdPr oxide 99%, China EXW (ex-VAT)": the basis is in the name
        else:
            entity = "china" if unit.startswith("CNY") else None
        if entity is None or entity == "unlisted":
            continue  # "Dy oxide 99.5%, CIF Asia": a basis with no market id gives nothing

        market: str = entity

        def add(metric: str, period: Period, value: float, u: str, who: str = "") -> None:
            facts.append(
                Fact(
                    kind="price",
                    entity=who or market,  # noqa: B023
                    subject=subject,  # noqa: B023
                    metric=metric,
                    period=str(period),
                    value=value if u == "%" else round(value * scale, 6),  # noqa: B023
                    unit=u,
                    document_id=document_id,
                    doc=doc,
                    span_start=start,  # noqa: B023
                    span_end=start + len(line),  # noqa: B023
                    sentence=line.strip(),  # noqa: B023
                    extractor_version=version,
                    period_start=period.start.isoformat(),
                    period_end=period.end.isoformat(),
                )
            )

        on = Period.day(day)
        span = Period.span(Period.day(base), on)
        if "row_date" in got:  # an export's row carries its own assessment day
            own = _row_day(got["row_date"], day)
            if own is None:
                continue
            on = Period.day(own)
            span = Period.span(Period.day(min(base, own - timedelta(days=1))), on)
        if listed:  # the current list's price, the replaced list's, the move between them
            if (v := cell_number(_level_cell(got["list"]))) and v > 0:
                add("price", on, v, unit)
            if list_day is None:
                continue
            if "prior_list" in got and (v := cell_number(_level_cell(got["prior_list"]))) and v > 0:
                add("price", Period.day(list_day), v, unit)
            span = Period.span(Period.day(list_day), on)
        if "sale" in table.cols:  # "548,500 yuan/t" under "Hammer price": the seller's sale
            sold = _level_cell(got["sale"])
            if seller is not None and (v := cell_number(sold)) and v > 0:
                add("price", on, v, unit, seller)
            continue
        day_cells = [x for c, x in zip(table.cols, cells, strict=True) if c == "date"]
        dated = [(d, x) for d, x in zip(days, day_cells, strict=True) if d is not None]
        for d, cell in dated:  # each day column: that day's price, or range ("230-240")
            if (v := cell_number(cell)) and v > 0:
                add("price", Period.day(d), v, unit)
            elif rng := CELL_RANGE.match(re.sub(r"(?:US\$|\$|¥|€)", "", cell.strip())):
                lo, hi = cell_number(rng.group(1)), cell_number(rng.group(2))
                if lo and hi and 0 < lo <= hi:
                    add("price_low", Period.day(d), lo, unit)
                    add("price_high", Period.day(d), hi, unit)
        when = sorted({d for d, _x in dated})
        if len(when) >= 2:  # changes run from the day before the latest one to it
            on = Period.day(when[-1])
            first = stated if stated is not None and stated < when[0] else when[-2]
            if reach is not None and (stated is None or stated >= when[0]):
                # "Month chg" over weekly columns: from the earliest column within a month,
                # when the columns cover half of it or more (else its start is not shown)
                back = min(d for d in when if when[-1] - d <= reach)
                first = back if (when[-1] - back) * 2 >= reach else first
            span = Period.span(Period.day(first), on)
        if "week_avg" in got and (v := cell_number(got["week_avg"])) and v > 0:
            # "Wk avg": the mean of the sessions of the table day's week up to that day
            add("average", trading_week(on.start, cap=on.start), v, unit)
        per_cells = [x for c, x in zip(table.cols, cells, strict=True) if c == "period"]
        for p, cell in zip(pers, per_cells, strict=True):  # "Q3 2025", "June avg": averages
            if p is not None and (v := cell_number(cell)) and v > 0:
                add("average", p, v, unit)
        if len(pers) >= 2 and pers[0] is not None and pers[1] is not None and len(when) < 2:
            # a change column beside period averages runs between the first two periods
            # unless the column's head names a span of its own ("YTD %", "Y/Y")
            early, late = sorted((pers[0], pers[1]), key=lambda x: x.start)
            between = Period.span(early, late)
            aligned = len(head_spans) == len(table.cols)
            for i, col in enumerate(table.cols):
                kind, _at, col_span = col.partition("@")
                if kind not in ("change", "pct") or col_span == "vs":
                    continue  # a "vs <day>" column is read below, from its own day
                # a plain column's head names at most a step ("Change", "M/M") or "Y/Y"
                head_span = col_span or (head_spans[i] if aligned else None)
                span = _period_column_span(head_span, between, late, texts, day)
                raw = got[col].strip()
                if raw.endswith("%") or col.startswith("pct"):
                    if (c := cell_number(raw.rstrip("%").strip())) is not None:
                        # "Q2 2024 | Q2 2023 | Y-o-Y": the latest average against the same
                        # period a year before is that average's year-on-year move
                        yoy = span == _year_back_span(late)
                        add("average_yoy_pct" if yoy else "change_pct", late if yoy else span,
                            c, "%")  # fmt: skip
                elif (c := cell_number(raw)) is not None:
                    add("change", span, c, unit)
            continue
        if has_range:
            lo, hi = cell_number(got["low"]), cell_number(got["high"])
            if lo and hi and lo <= hi:
                add("price_low", on, lo, unit)
                add("price_high", on, hi, unit)
        if "prior_low" in table.cols:  # the previous assessment's range, on the base day
            lo, hi = cell_number(got["prior_low"]), cell_number(got["prior_high"])
            if lo and hi and lo <= hi:
                add("price_low", Period.day(base), lo, unit)
                add("price_high", Period.day(base), hi, unit)
        if "prior_price" in table.cols:  # one previous price, or its range ("95.00–98.00")
            rng = CELL_RANGE.match(re.sub(r"(?:US\$|\$|¥|€)", "", got["prior_price"].strip()))
            if rng:
                lo, hi = cell_number(rng.group(1)), cell_number(rng.group(2))
                if lo and hi and 0 < lo <= hi:
                    add("price_low", Period.day(base), lo, unit)
                    add("price_high", Period.day(base), hi, unit)
            elif (v := cell_number(got["prior_price"])) and v > 0:
                add("price", Period.day(base), v, unit)
        if "price" in table.cols:
            cell = _level_cell(got["price"])
            rng = CELL_RANGE.match(re.sub(r"(?:US\$|\$|¥|€)", "", cell))
            if rng:
                lo, hi = cell_number(rng.group(1)), cell_number(rng.group(2))
                if lo and hi and lo <= hi:
                    add("price_low", on, lo, unit)
                    add("price_high", on, hi, unit)
            elif (v := cell_number(cell)) and v > 0:
                add("price", on, v, unit)
        elif "avg" in table.cols and not has_range and (v := cell_number(got["avg"])) and v > 0:
            add("price", on, v, unit)
        if "change" in table.cols:
            cell = ARROW.sub(lambda m: "-" if m.group(0) in "▼↓" else "+", got["change"].strip())
            cell = _both_ends(cell)
            if (both := _CHANGE_WITH_PCT.match(cell)) is not None and "pct" not in table.cols:
                # "+1.25 (+0.8%)": the move and, in its brackets, the move in percent
                cell = both.group(1)
                if (c := cell_number(both.group(2))) is not None:
                    add("change_pct", span, c, "%")
            if (cell.endswith("%") or (pct_column and _FLAT_CELL.match(cell))) and (
                "pct" not in table.cols
            ):  # "unchanged" in a column of percents is a 0% move
                if (c := cell_number(cell.rstrip("%").strip())) is not None:
                    add("change_pct", span, c, "%")  # a change column given in percent
            elif (c := cell_number(cell)) is not None:
                add("change", span, c, unit)
        if "pct" in table.cols:
            cell = got["pct"].strip().rstrip("%").strip()
            if (c := cell_number(cell)) is not None:
                add("change_pct", span, c, "%")
        for col in table.cols:  # a column with a span of its own: "YTD %", a second "m/m"
            if "@" not in col:
                continue
            kind, col_span = col.split("@")
            if col_span == "vs":
                if vs_day is None:
                    continue
                since = vs_day
            else:
                since = span_base(col_span, texts, day) or _DEFAULT_BASE[col_span](day)
            raw = _both_ends(got[col].strip())
            cell = raw.rstrip("%").strip()
            pct = kind == "pct" or raw.endswith("%")  # "m/m" over cells "-8.7%": a percent
            if since < on.start and (c := cell_number(cell)) is not None:
                own_span = Period.span(Period.day(since), on)
                add("change_pct" if pct else "change", own_span, c, "%" if pct else unit)
    return facts + caption_levels(table, facts, day)
