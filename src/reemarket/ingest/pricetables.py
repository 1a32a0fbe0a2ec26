"""Price tables laid out in columns, read by their header.

A header line names the columns ("Product  Unit  Low  High  Avg  Change", "| Product |
Basis | Low | High | Mid | +/- |"); each row below it, up to the first line that is not a
row, is a product name followed by one cell per column. The column order is taken
from the header, never assumed. Per row: ``Low``/``High`` give ``price_low`` and
``price_high``; a ``Price`` cell gives ``price`` or, when it is a range, both ends;
an ``Avg``/``Mid`` column gives ``price`` only when the table has no range; ``Change``
gives ``change`` (0, ``nc``/``unch`` and negatives included) and ``Chg %`` gives
``change_pct``. A ``Basis``/``Market`` cell is the row's market (cif Rotterdam, fob China,
DDP Europe, China). Changes run to the table date from the base the header, the title or
the caption below the table names ("Chg vs May 30", "change against end-October", "m/m",
weekly: seven days earlier), else from the previous trading day. The unit is the row's
unit cell, the header's, the title's or the caption's; the date is the last day named
before the table, else the publication date. A row whose product, market, unit or cells
cannot be read gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from reemarket.domain.facts import Fact
from reemarket.domain.periods import Granularity, Period
from reemarket.domain.products import Form, catalog
from reemarket.ingest import vocab
from reemarket.ingest.datecolumns import column_day, is_day
from reemarket.ingest.dates import DocDates, find_dates, month_close, previous_trading_day
from reemarket.ingest.lexicon import find_markets, find_products
from reemarket.ingest.numbers import PRICE_UNIT, price_unit_code

_SEP = re.compile(r"\s*\|\s*|\s{2,}")
_NUM = r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?"
_CELL_NUM = re.compile(rf"^(?:{_NUM})$")
_CELL_PCT = re.compile(rf"^(?:{_NUM})\s*%?$")
_CELL_RANGE = re.compile(rf"^({_NUM})\s*(?:-|–|~|to)\s*({_NUM})$")
_FLAT = re.compile(r"^(?:unch(?:anged)?\.?|flat|n\.?c\.?|n/c|no\s+change|steady|stable)$", re.I)
_DASH = re.compile(r"^(?:—|–|-|n/?a)$", re.I)
_ARROW = re.compile(r"^[▲▼↑↓]\s*")
_RULE = re.compile(r"^[\s|:\-=+]+$")
_CJK = "\u3400-\u9fff"
_CJK_EDGE = re.compile(rf"(?<=[A-Za-z0-9)%])(?=[{_CJK}])|(?<=[{_CJK}])(?=[A-Za-z0-9(])")

_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
#: The base of a change column: "Chg vs May 30", "changes are against 30 May", "(vs. 31 Oct)",
#: "change from end-October", "change since 2025-10-31".
_BASE_DATE = re.compile(
    r"(?:\b(?:change|chg|chng)s?\b[^.;\n|]{0,30}?\b(?:against|from|since|compared\s+(?:with|to))"
    r"|\+/-\s*(?:against|from|since)|\b(?:vs|versus)\b\.?)\s+(?:the\s+)?"
    rf"(?:(?P<d1>{_DAY})[\s-]+(?P<m1>{_MON})|(?P<m2>{_MON})[\s-]+(?P<d2>{_DAY})\b"
    rf"|(?P<iso>\d{{4}}-\d\d-\d\d)|end[\s-]+(?:of[\s-]+)?(?P<m3>{_MON})|(?P<m4>{_MON})[\s-]+end"
    r"|(?P<na>\d{1,2})/(?P<nb>\d{1,2})(?![\d/]))"
    r"(?:,?\s+(?P<y>\d{4}))?",
    re.I,
)
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
_CAPTION = re.compile(
    r"^\s*(?:\*|†|\(|source|note|prices?\b|all\b|units?\b|change|chg|\+/-|figures|values|"
    r"assessments?\b|in\s+(?:usd|us\$|\$|eur|€|yuan|rmb))",
    re.I,
)
_CHANGE_WORDS = frozenset(
    ("change", "chg", "chng", "+/-", "up/down", "d/d", "w/w", "m/m", "y/y", "dod", "wow", "mom")
) | {"yoy"}


def _column(name: str) -> str | None:
    """What a header cell names: product, unit, market, spec, low, high, avg, price, date..."""
    if is_day(name):
        return "date"
    n = name.strip().lower()
    n = re.sub(r"\(.*?\)", lambda m: "%" if "%" in m.group(0) else "", n).strip()
    n = re.sub(r"\s+(?:today|latest|current|now)$", "", n)  # "Range today", "Price latest"
    if n in _FIRST or re.split(r"\s*[/,]\s*", n)[0] in _FIRST:
        return "product"
    if n in ("unit", "units", "currency/unit", "uom"):
        return "unit"
    if n in ("basis", "price basis", "market", "location", "delivery", "delivery basis", "terms"):
        return "market"
    if n in ("incoterm", "incoterms", "region", "spec", "specification", "purity", "quality"):
        return "market" if n.startswith(("inco", "region")) else "spec"
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
    if words and words[0] in _CHANGE_WORDS:
        return "pct" if pct else "change"
    return None


@dataclass
class Table:
    """A price table's header: its columns in order, the unit it names, weekly changes or not.

    ``title`` is the (up to two) lines above the header, after any earlier table and its
    caption; ``caption`` the note right below the rows ("Prices in €/kg; change vs Sep 4").
    """

    cols: list[str]
    unit: str | None
    weekly: bool
    header: str
    title: str | None = None
    caption: str = ""
    days: tuple[str, ...] = ()


#: Words a table's product column is headed with (``[table] product_column`` of en.toml).
_FIRST = frozenset(vocab.words("table", "product_column"))
#: Words heading the product column of a table whose price columns are days ("Assessment").
_SERIES = frozenset(vocab.words("table", "series_column"))


_LEVEL_WORDS = frozenset(("low", "high", "price", "avg", "average", "unit", "min", "max", "mid"))


def _split(line: str) -> list[str]:
    """A line's cells: between pipes (empty cells kept), else between runs of 2+ spaces."""
    body = line.strip()
    if "|" in body:
        return [c.strip() for c in body.strip("|").split("|")]
    return [c for c in _SEP.split(body) if c]


def _header(line: str) -> Table | None:
    first = line.lstrip(" |").split(None, 1)
    if not first:
        return None
    unnamed = line.startswith("    ") and first[0].lower() in _LEVEL_WORDS
    cells = _split(line)
    days = tuple(c for c in cells if is_day(c))
    series = bool(days) and first[0].lower() in _SERIES
    if first[0].lower().split("/")[0] not in _FIRST and not unnamed and not series:
        return None
    undated = " ".join(c for c in cells if not is_day(c)) if days else line
    if re.search(r"\d", PRICE_UNIT.sub("", _BASE_DATE.sub("", undated))):
        return None
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
    if series:
        cols[0] = "product"
    if unnamed:  # the product column has no name ("            Low    High    Change")
        cols.insert(0, "product")
    if cols[0] != "product" or any(c is None for c in cols):
        return None
    cols[1:] = ["spec" if c == "product" else c for c in cols[1:]]  # "Product  Grade  ..."
    known = [c for c in cols if c is not None]
    named = [c for c in known if c != "date"]
    has_level = {"low", "high"} <= set(known) or bool({"price", "avg", "date"} & set(known))
    if not has_level or len(set(named)) != len(named):
        return None
    if ("low" in known) != ("high" in known) or (days and {"low", "high", "price"} & set(known)):
        return None
    weekly = bool(re.search(r"w/w|wow|week", line, re.I))
    return Table(known, _unit(undated), weekly, line, days=days)


def _unit(text: str) -> str | None:
    m = PRICE_UNIT.search(text)
    return price_unit_code(m) if m is not None else None


_CUR_SIGN = re.compile(r"^([+-]?)\s*(?:US\$|\$|¥|€|RMB\s*|CNY\s*|USD\s*)")


def _num(cell: str) -> float | None:
    c = _CUR_SIGN.sub(r"\1", cell.strip().replace("−", "-"))
    if _FLAT.match(c):
        return 0.0
    if not _CELL_NUM.match(c):
        return None
    return float(c.replace(",", "").replace("+", ""))


def _cells(line: str, cols: list[str]) -> list[str] | None:
    """The row's cells, one per column, or None when the line is not a row of ``cols``."""
    n = len(cols)
    cells = _split(line)
    if len(cells) == n and cells[0]:
        return cells
    body = line.strip().strip("|")
    if "|" not in body and len(cells) > n:
        # a product name spread over cells ("Terbium oxide  氧化铽", "Dy oxide  99.5%")
        head, tail = cells[: len(cells) - n + 1], cells[len(cells) - n + 1 :]
        if not any(_CELL_NUM.match(c) or _CELL_RANGE.match(c) for c in head):
            return [" ".join(head), *tail]
    # single-spaced rows: the numbers (and a unit) are the last n-1 tokens, or n-2 after
    # a basis ("NdPr oxide 99% cif Rotterdam 94.00 98.00 +2.00")
    basis = n > 2 and cols[1] == "market"
    toks = body.split()
    tail = []
    while toks and len(tail) < n - 1 - basis:
        t = toks[-1]
        if (
            _CELL_PCT.match(_ARROW.sub("", t))
            or _FLAT.match(t)
            or _DASH.match(t)
            or PRICE_UNIT.fullmatch(t)
        ):
            tail.insert(0, toks.pop())
        else:
            break
    if len(tail) != n - 1 - basis or not toks:
        return None
    if basis:
        m = _BASIS_TAIL.search(" ".join(toks))
        return None if m is None or not m.start() else [m.string[: m.start()], m.group(1), *tail]
    return [" ".join(toks), *tail]


#: A basis at the end of a single-spaced row's name ("... 99% cif Rotterdam", "... China").
_BASIS_TAIL = re.compile(
    r"\s((?:cif|cfr|fob|ddp|dap|exw|ex[-\s]works|delivered|in[-\s]whs|duty[-\s]paid)\b.*"
    r"|(?:china|europe|rotterdam|domestic))$",
    re.I,
)

_MAYBE_HEADER = re.compile(
    r"^(?:[ |]*(?:"
    + "|".join(sorted(_FIRST | _SERIES))
    + r")\b| {4,}(?:"
    + "|".join(sorted(_LEVEL_WORDS))
    + r")\b)",
    re.I | re.M,
)


def _titles_next(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether line ``i`` is a header or the title of one (the next non-blank line)."""
    nxt = [ln for _s, ln in lines[i + 1 : i + 3] if ln.strip()][:1]
    return any(_header(ln) is not None for ln in [lines[i][1], *nxt])


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
    floor = 0  # the first line a title may use: after the last table and its caption
    while i < len(lines):
        at, (start, line) = i, lines[i]
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
            if not row.strip() or _cells(row, table.cols) is None:
                break
            rows.append((s, row))
            i += 1
        if not rows:
            continue
        above = [ln for _s, ln in lines[floor:at] if ln.strip()]
        table.title = " ".join(above[-2:])
        floor = i
        while i < len(lines) and i - floor < 2 and not lines[i][1].strip():
            i += 1
        if i < len(lines) and _CAPTION.match(lines[i][1]) and not _titles_next(lines, i):
            table.caption = lines[i][1].strip()
            i += 1
        floor = i
        out.append((start, start + len(line), table, rows))
    return out


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


def _month_before(day: date) -> date:
    """The same day a month earlier; a month's last trading day goes to the previous one's."""
    first = day.replace(day=1)
    prev_end = first - timedelta(days=1)
    if day >= month_close(day.year, day.month):
        return month_close(prev_end.year, prev_end.month)
    return prev_end.replace(day=min(day.day, prev_end.day))


def change_base(texts: list[str], day: date) -> date | None:
    """Where a table's changes start, or None when ``texts`` name no base.

    A base day named in ``texts`` (header, caption, title, in that order of trust) wins,
    else the span a word names (m/m, weekly, y/y, d/d).
    """
    for text in texts:
        for m in _BASE_DATE.finditer(text):
            try:
                found = _base_day(m, day)
            except ValueError:
                continue
            if found < day:
                return found
    for text in texts:  # "(change against the previous assessment of 07/11/2025)"
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
    """The price facts of one table dated ``day``.

    Changes run from the base the table names (:func:`change_base`), else from ``prev``;
    ``context`` is the caller's title text, used when the table has none of its own.
    """
    facts: list[Fact] = []
    has_range = "low" in table.cols
    title = context if table.title is None else table.title
    markets = find_markets(" ".join((title, table.header, table.caption)))
    above = _unit(title) or _unit(table.caption)
    base = change_base([table.header, table.caption, title], day) or prev
    days = [column_day(raw, day) for raw in table.days]
    for start, line in rows:
        cells = _cells(line, table.cols)
        if cells is None:
            continue
        got = dict(zip(table.cols, cells, strict=True))
        subject = _product(got["product"])
        if subject is None or _NOT_PRODUCT.search(" ".join(cells)):
            continue
        unit = (
            _unit(got.get("unit", ""))
            or _unit(got.get("price", ""))
            or _unit(got["product"])
            or table.unit
            or above
        )
        if unit is None or _foreign_currency(cells, unit):
            continue
        if "market" in got:
            entity = _market(got["market"])
        elif found := find_markets(got["product"]) or ([] if unit.startswith("CNY") else markets):
            entity = found[-1].id
        else:
            entity = "china" if unit.startswith("CNY") else None
        if entity is None:
            continue

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
        span = Period.span(Period.day(base), on)
        day_cells = [x for c, x in zip(table.cols, cells, strict=True) if c == "date"]
        dated = [(d, x) for d, x in zip(days, day_cells, strict=True) if d is not None]
        for d, cell in dated:  # each day column: that day's price
            if (v := _num(cell)) and v > 0:
                add("price", Period.day(d), v, unit)
        when = sorted({d for d, _x in dated})
        if len(when) >= 2:  # changes run from the day before the latest one to it
            on = Period.day(when[-1])
            span = Period.span(Period.day(when[-2]), on)
        if has_range:
            lo, hi = _num(got["low"]), _num(got["high"])
            if lo and hi and lo <= hi:
                add("price_low", on, lo, unit)
                add("price_high", on, hi, unit)
        if "price" in table.cols:
            cell = re.sub(
                r"\(?\s*" + PRICE_UNIT.pattern + r"\s*\)?", "", got["price"], flags=re.I
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
