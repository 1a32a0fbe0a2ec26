"""Price tables with one row per day and one column per product.

A daily sheet may run its days down the rows and its products across the columns, each
product's level followed by its day's change::

    | Day (2024)  | Dy oxide | Chg  | Tb oxide | Chg  |
    | Tue 14 May  | 1,905    | -10  | 7,010    | +20  |

Each level cell is that product's price on the row's day; a change cell right after it is
the move from the trading day before the row's day (the row above, or the session before
the first row). The unit and market come from the header's product cells, the title above
the table, or a price note earlier in the document ("Prices: USD/kg, FOB China").
"""

from __future__ import annotations

import re
from datetime import date

from reemarket.domain.facts import Fact
from reemarket.domain.periods import Period
from reemarket.ingest.datecolumns import column_day
from reemarket.ingest.dates import previous_trading_day
from reemarket.ingest.lexicon import find_markets, find_products

#: The head of a column of days: "Date", "Date (2025)", "Day", "Session", "Trading day".
DAY_HEAD: re.Pattern[str] = re.compile(
    r"(?:date|day|session|trading\s+day|assessment\s+date|pricing\s+day)(?:\s*\(\d{4}\))?",
    re.I,
)
#: The head of a change column following a product's level: "d/d", "Chg", "+/-", "Change".
_MOVE_HEAD = re.compile(
    r"(?:d/d|dod|d-o-d|chg\.?|change|\+/-|±|day\s+chg|daily\s+change|diff\.?)", re.I
)
#: A weekday written before a row's day ("Mon 22 Sep", "Tue, 23 Sep").
_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_NUMBER = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$")


def column_kinds(cells: list[str]) -> list[str] | None:
    """The kinds of a day-row header's columns, else None when ``cells`` is no such header.

    The first cell heads the days; every other is a product's level ("level<i>", the
    product read from the head) or a change right after a level ("move<i>").
    """
    if len(cells) < 2 or DAY_HEAD.fullmatch(cells[0].strip()) is None:
        return None
    kinds = ["row_day"]
    last_level = -1
    for i, raw in enumerate(cells[1:], start=1):
        if len({p.id for p in find_products(raw)}) == 1:
            kinds.append(f"level{i}")
            last_level = i
        elif _MOVE_HEAD.fullmatch(raw.strip()) and last_level > 0 and kinds[-1].startswith("level"):
            kinds.append(f"move{last_level}")
        else:
            return None
    return kinds if last_level > 0 else None


def row_day(cell: str, near: date) -> date | None:
    """The day a row's first cell names ("Mon 22 Sep", "2025-09-22"), on or before ``near``."""
    return column_day(_WEEKDAY.sub("", cell.strip()), near)


def _number(cell: str) -> float | None:
    c = cell.strip().replace("−", "-").lstrip("$")
    if c in ("-", "—", "–"):
        return None
    return float(c.replace(",", "").replace("+", "")) if _NUMBER.match(c) else None


def day_row_facts(
    cols: list[str],
    header_cells: list[str],
    rows: list[tuple[int, list[str], str]],
    day: date,
    unit: str | None,
    context: str,
    *,
    document_id: str,
    doc: str,
    version: str,
) -> list[Fact]:
    """The levels and day-on-day moves of a day-row table's rows.

    ``rows`` holds each row's start, cells and line; ``day`` is the table's own day (no
    row after it is read); ``unit`` the unit the header, title or a document note names
    (no unit: nothing); ``context`` the title and notes naming the market.
    """
    if unit is None:
        return []
    found = [m for m in find_markets(context) if m.id != "unlisted"]
    market = found[-1].id if found else ("china" if unit.startswith("CNY") else None)
    if market is None:
        return []
    out: list[Fact] = []
    for start, cells, line in rows:
        on = row_day(cells[0], day)
        if on is None or on > day:
            continue
        for kind, cell, head in zip(cols, cells, header_cells, strict=True):
            value = _number(cell)
            if value is None or kind == "row_day":
                continue
            if kind.startswith("level"):
                subject = find_products(head)[0].id
                metric, period = "price", Period.day(on)
                if value <= 0:
                    continue
            else:
                subject = find_products(header_cells[int(kind[4:])])[0].id
                metric = "change"
                period = Period.span(Period.day(previous_trading_day(on)), Period.day(on))
            out.append(
                Fact(
                    kind="price", entity=market, subject=subject, metric=metric,
                    period=str(period), value=value, unit=unit, document_id=document_id,
                    doc=doc, span_start=start, span_end=start + len(line),
                    sentence=line.strip(), extractor_version=version,
                    period_start=period.start.isoformat(), period_end=period.end.isoformat(),
                )
            )  # fmt: skip
    return out
