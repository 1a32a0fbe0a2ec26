"""Price tables laid out in columns, read by their header.

A header line names the columns ("Product  Unit  Low  High  Avg  Change", "| Product |
Price (yuan/mt) | Chg % |"); each row below it, up to the first line that is not a
row, is a product name followed by one cell per column. The column order is taken
from the header, never assumed. Per row: ``Low``/``High`` give ``price_low`` and
``price_high``; a ``Price`` cell gives ``price`` or, when it is a range, both ends;
an ``Avg`` column gives ``price`` only when the table has no range; ``Change`` gives
``change`` (0 and negative included) and ``Chg %`` gives ``change_pct``, over the span
from the previous trading day (``W/W``, weekly: seven days earlier) to the table date.
The unit is the row's unit cell or the one the header names; the date is the last day
named before the table, else the publication date. A row whose product, unit or cells
cannot be read gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from reemarket.domain.facts import Fact
from reemarket.domain.periods import Period
from reemarket.ingest.lexicon import find_markets, find_products

_SPEC = re.compile(
    r"(?<![\d\w])(yuan|rmb|cny|usd|us\$|\$|eur|€)\s*(?:/|per\s+)\s*(kg|kilogram|tonne|ton|mt|t)\b",
    re.IGNORECASE,
)
_CUR = {"yuan": "CNY", "rmb": "CNY", "cny": "CNY", "usd": "USD", "us$": "USD", "$": "USD"}
_CUR.update({"eur": "EUR", "€": "EUR"})
_SEP = re.compile(r"\s*\|\s*|\s{2,}")
_NUM = r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?"
_CELL_NUM = re.compile(rf"^(?:{_NUM})$")
_CELL_PCT = re.compile(rf"^(?:{_NUM})\s*%?$")
_CELL_RANGE = re.compile(rf"^({_NUM})\s*(?:-|–|~|to)\s*({_NUM})$")
_FLAT = re.compile(r"^(?:unch(?:anged)?\.?|flat)$", re.I)
_DASH = re.compile(r"^(?:—|–|-|n/?a)$", re.I)
_ARROW = re.compile(r"^[▲▼↑↓]\s*")
_RULE = re.compile(r"^[\s|:\-=+]+$")


def _column(name: str) -> str | None:
    """What a header cell names: product, unit, low, high, avg, price, change, pct."""
    n = name.strip().lower()
    n = re.sub(r"\(.*?\)", lambda m: "%" if "%" in m.group(0) else "", n).strip()
    if n in _FIRST:
        return "product"
    if n in ("unit", "units", "currency/unit", "uom"):
        return "unit"
    if n in ("low", "lowest", "min", "min.", "minimum", "bid"):
        return "low"
    if n in ("high", "highest", "max", "max.", "maximum", "offer"):
        return "high"
    if n in ("avg", "avg.", "average", "mid", "mean", "midpoint"):
        return "avg"
    if n in ("price", "prices", "assessment", "quote", "spot price", "price range", "range"):
        return "price"
    pct = "%" in n or "pct" in n or "percent" in n
    words = re.sub(r"[%.()]", " ", n).split()
    if words and words[0] in (
        "change",
        "chg",
        "chng",
        "+/-",
        "up/down",
        "d/d",
        "w/w",
        "dod",
        "wow",
    ):
        return "pct" if pct else "change"
    if n in ("+/-", "+/- %", "change%", "chg%"):
        return "pct" if pct else "change"
    return None


@dataclass
class Table:
    """A price table's header: its columns in order, the unit it names, weekly changes or not."""

    cols: list[str]
    unit: str | None
    weekly: bool
    header: str


_FIRST = frozenset(
    (
        "product",
        "products",
        "item",
        "items",
        "name",
        "grade",
        "material",
        "commodity",
        "description",
    )
)


_LEVEL_WORDS = frozenset(("low", "high", "price", "avg", "average", "unit", "min", "max", "mid"))


def _header(line: str) -> Table | None:
    first = line.lstrip(" |").split(None, 1)
    if not first:
        return None
    unnamed = line.startswith("    ") and first[0].lower() in _LEVEL_WORDS
    if first[0].lower() not in _FIRST and not unnamed:
        return None
    if re.search(r"\d", _SPEC.sub("", line)):
        return None
    cells = [c for c in _SEP.split(line.strip().strip("|")) if c]
    if len(cells) < 2:
        cells = []
        for tok in line.split():
            if cells and (tok.startswith("(") or tok == "%" or cells[-1].endswith("(")):
                cells[-1] += " " + tok
            else:
                cells.append(tok)
    if len(cells) < 2:
        return None
    cols = [_column(c) for c in cells]
    if unnamed:  # the product column has no name ("            Low    High    Change")
        cols.insert(0, "product")
    if cols[0] != "product" or any(c is None for c in cols):
        return None
    known = [c for c in cols if c is not None]
    has_level = {"low", "high"} <= set(known) or "price" in known or "avg" in known
    if not has_level or len(set(known)) != len(known):
        return None
    if ("low" in known) != ("high" in known):
        return None
    weekly = bool(re.search(r"w/w|wow|week", line, re.I))
    return Table(known, _unit(line), weekly, line)


def _unit(text: str) -> str | None:
    m = _SPEC.search(text)
    if m is None:
        return None
    cur = _CUR.get(m.group(1).lower(), "USD")
    return f"{cur}/{'kg' if m.group(2).lower().startswith('k') else 't'}"


_CUR_SIGN = re.compile(r"^([+-]?)\s*(?:US\$|\$|¥|€|RMB\s*|CNY\s*|USD\s*)")


def _num(cell: str) -> float | None:
    c = _CUR_SIGN.sub(r"\1", cell.strip())
    if _FLAT.match(c):
        return 0.0
    if not _CELL_NUM.match(c):
        return None
    return float(c.replace(",", "").replace("+", ""))


def _cells(line: str, n: int) -> list[str] | None:
    """The row's cells, one per column, or None when the line is not a row of ``n``."""
    body = line.strip().strip("|")
    cells = [c.strip() for c in _SEP.split(body) if c.strip()]
    if len(cells) == n:
        return cells
    # single-spaced rows: the numbers (and a unit) are the last n-1 tokens
    toks = body.split()
    tail: list[str] = []
    while toks and len(tail) < n - 1:
        t = toks[-1]
        if (
            _CELL_PCT.match(_ARROW.sub("", t))
            or _FLAT.match(t)
            or _DASH.match(t)
            or _SPEC.fullmatch(t)
        ):
            tail.insert(0, toks.pop())
        else:
            break
    if len(tail) != n - 1 or not toks:
        return None
    return [" ".join(toks), *tail]


_MAYBE_HEADER = re.compile(
    r"^(?:[ |]*(?:"
    + "|".join(sorted(_FIRST))
    + r")\b| {4,}(?:"
    + "|".join(sorted(_LEVEL_WORDS))
    + r")\b)",
    re.I | re.M,
)


def find_tables(text: str) -> list[tuple[int, int, Table, list[tuple[int, str]]]]:
    """Each column price table: header start, header end, columns and its (offset, line) rows."""
    out: list[tuple[int, int, Table, list[tuple[int, str]]]] = []
    if _MAYBE_HEADER.search(text) is None:
        return out
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    i = 0
    while i < len(lines):
        start, line = lines[i]
        table = _header(line) if line.strip() else None
        i += 1
        if table is None:
            continue
        rows: list[tuple[int, str]] = []
        while i < len(lines):
            s, row = lines[i]
            if _RULE.match(row) and row.strip():
                i += 1
                continue
            if not row.strip() or _cells(row, len(table.cols)) is None:
                break
            rows.append((s, row))
            i += 1
        if rows:
            out.append((start, start + len(line), table, rows))
    return out


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
) -> list[Fact]:
    """The price facts of one table dated ``day`` (changes run from ``prev``)."""
    facts: list[Fact] = []
    n = len(table.cols)
    has_range = "low" in table.cols
    markets = find_markets(context + " " + table.header)
    above = _unit(context)
    for start, line in rows:
        cells = _cells(line, n)
        if cells is None:
            continue
        got = dict(zip(table.cols, cells, strict=True))
        prods = find_products(got["product"])
        if len({p.id for p in prods}) != 1:
            continue
        unit = (
            _unit(got.get("unit", ""))
            or _unit(got.get("price", ""))
            or _unit(got["product"])
            or table.unit
            or above
        )
        if unit is None:
            continue
        market = find_markets(got["product"]) or ([] if unit.startswith("CNY") else markets)
        if market:
            entity = market[-1].id
        elif unit.startswith("CNY"):
            entity = "china"
        else:
            continue
        subject = prods[0].id

        def add(metric: str, period: Period, value: float, u: str) -> None:
            facts.append(
                Fact(
                    kind="price",
                    entity=entity,  # noqa: B023
                    subject=subject,  # noqa: B023
                    metric=metric,
                    period=str(period),
                    value=value,
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
        span = Period.span(Period.day(prev), on)
        if has_range:
            lo, hi = _num(got["low"]), _num(got["high"])
            if lo and hi and lo <= hi:
                add("price_low", on, lo, unit)
                add("price_high", on, hi, unit)
        if "price" in table.cols:
            cell = re.sub(
                r"\(?\s*" + _SPEC.pattern + r"\s*\)?", "", got["price"], flags=re.I
            ).strip()
            rng = _CELL_RANGE.match(re.sub(r"(?:US\$|\$|¥|€)", "", cell))
            if rng:
                lo, hi = _num(rng.group(1)), _num(rng.group(2))
                if lo and hi and lo <= hi:
                    add("price_low", on, lo, unit)
                    add("price_high", on, hi, unit)
            elif (v := _num(cell)) and v > 0:
                add("price", on, v, unit)
        elif "avg" in table.cols and not has_range and (v := _num(got["avg"])) and v > 0:
            add("price", on, v, unit)
        if "change" in table.cols:
            cell = _ARROW.sub(lambda m: "-" if m.group(0) in "▼↓" else "+", got["change"].strip())
            if cell.endswith("%") and "pct" not in table.cols:
                if (c := _num(cell.rstrip("%").strip())) is not None:
                    add("change_pct", span, c, "%")  # a change column given in percent
            elif (c := _num(cell)) is not None:
                add("change", span, c, unit)
        if "pct" in table.cols:
            cell = got["pct"].strip().rstrip("%").strip()
            if (c := _num(cell)) is not None:
                add("change_pct", span, c, "%")
    return facts


def week_before(day: date) -> date:
    """Seven days before ``day``."""
    return day - timedelta(days=7)
