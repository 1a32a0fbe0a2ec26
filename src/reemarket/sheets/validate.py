"""Validate long sheet rows in DuckDB: type them, normalise units, collect every problem.

Each problem has a stable reason code (collected, not raised on the first):

=====================  ==========================================================
bad_date               the date is missing or does not exist
future_date            the date is after today (a quote cannot come from the future)
unknown_product        no product of the catalog has this name
unknown_market         not a market reemarket knows
bad_unit               the unit is unknown or not a price unit
bad_basis              the VAT basis is neither incl_vat nor excl_vat
bad_number             a price cell is not a number
no_price               the row has no price at all
incomplete_range       a low without a high, or a high without a low
non_positive_price     a price of zero or below
low_above_high         the low is above the high
mid_outside_range      the mid or average lies outside low-high
range_glitch           low-high is far from the average (a min/max glitch)
implausible_price      far outside the product's plausible band: a unit or scale error
non_trading_day        dated on a day the market was closed (a weekend or public holiday)
weekend_repeat         a weekend make-up working day repeating the previous row exactly
duplicate_date         two rows for the same product, market, source and date
=====================  ==========================================================
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import duckdb

from reemarket.domain.bands import price_band
from reemarket.domain.money import MARKET_BASIS, VatBasis, market_basis
from reemarket.domain.products import catalog, name_key
from reemarket.domain.trading_calendar import get_calendar
from reemarket.domain.units import Dimension, parse_unit
from reemarket.errors import RowProblem, UnitError

#: Market names accepted in sheets, normalised, mapped to market ids.
MARKET_NAMES: dict[str, str] = {
    **{name_key(m): m for m in MARKET_BASIS},
    "domestic": "china",
    "chinesedomestic": "china",
    "chinadomestic": "china",
    "cn": "china",
    "中国": "china",
    "国内": "china",
    "fob": "fob_china",
    "fobchina": "fob_china",
    "cifrotterdam": "cif_rotterdam",
    "rotterdam": "cif_rotterdam",
    "eu": "europe",
}


def target_unit(product_id: str, currency: str) -> str:
    """The unit observations of a product are stored in for a currency."""
    if currency == "CNY":
        return catalog().lookup(product_id).quote_unit
    return f"{currency}/kg"


def _unit_row(pid: str, raw_unit: str | None) -> tuple[object, ...]:
    """How a product's raw unit converts: (target unit, factor, message, band low, band high)."""
    try:
        if not raw_unit:
            raise UnitError("no unit given")
        unit = parse_unit(raw_unit)
        if unit.dimension is not Dimension.PRICE:
            raise UnitError(f"{unit} is a {unit.dimension} unit, not a price unit")
        assert unit.currency is not None
        tgt = parse_unit(target_unit(pid, unit.currency))
        band = price_band(pid, tgt) or (None, None)
        return (tgt.code, unit.scale / tgt.scale, None, *band)
    except UnitError as exc:
        return (None, None, f"unit {raw_unit!r} does not fit {pid}: {exc}", None, None)


def _lookup_tables(conn: duckdb.DuckDBPyConnection) -> None:
    """Create ``__keys``: each distinct (product, market, unit, basis) spelling, resolved once."""
    combos = conn.execute(
        "SELECT DISTINCT raw_product, raw_market, raw_unit FROM __long"
    ).fetchall()
    rows = []
    for raw_product, raw_market, raw_unit in combos:
        found = catalog().find(raw_product) if raw_product else None
        market = MARKET_NAMES.get(name_key(raw_market)) if raw_market else None
        unit = _unit_row(found.id, raw_unit) if found else (None,) * 5
        basis = str(market_basis(market)) if market else None
        rows.append(
            (raw_product, raw_market, raw_unit, found.id if found else None, market, basis, *unit)
        )
    columns: list[list[object]] = [[row[i] for row in rows] for i in range(11)]
    conn.execute(
        """
        CREATE OR REPLACE TEMP TABLE __keys AS SELECT
          unnest(?::VARCHAR[]) AS raw_product, unnest(?::VARCHAR[]) AS raw_market,
          unnest(?::VARCHAR[]) AS raw_unit, unnest(?::VARCHAR[]) AS product,
          unnest(?::VARCHAR[]) AS market, unnest(?::VARCHAR[]) AS basis,
          unnest(?::VARCHAR[]) AS unit, unnest(?::DOUBLE[]) AS factor,
          unnest(?::VARCHAR[]) AS unit_msg, unnest(?::DOUBLE[]) AS band_lo,
          unnest(?::DOUBLE[]) AS band_hi
        """,
        columns,
    )
    _calendar_table(conn)


@cache
def _suspect_days() -> tuple[list[date], list[bool], list[date]]:
    """Closed days and weekend working days of the Chinese calendar, each with the day before."""
    """Create ``__baddays``: the days a China-assessed quote is suspect on, with the day before.

    Closed days (weekends and public holidays) and weekend make-up working days, each
    with the previous Chinese working day, against which a repeated quote is detected.
    """
    cal = get_calendar("cn_work")
    rows: list[tuple[date, bool, date]] = []
    day, prev = cal.first, cal.first
    while day <= cal.last:
        working = cal.is_trading_day(day)
        weekend = day.weekday() >= 5
        if not working or weekend:
            rows.append((day, working, prev))
        if working:
            prev = day
        day += timedelta(days=1)
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def _calendar_table(conn: duckdb.DuckDBPyConnection) -> None:
    """Create ``__baddays`` (d, working, prev) from :func:`_suspect_days`."""
    days, working, prevs = _suspect_days()
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE __baddays AS SELECT unnest(?::DATE[]) AS d,"
        " unnest(?::BOOLEAN[]) AS working, unnest(?::DATE[]) AS prev",
        [days, working, prevs],
    )


def _column_types(conn: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return {r[0]: str(r[1]).upper() for r in conn.execute("DESCRIBE __long").fetchall()}


def _is_text(kind: str) -> bool:
    return kind.startswith("VARCHAR")


#: Dates a price sheet may hold; others ("20250-03-04", "infinity") are bad dates.
_DATE_RANGE = ("1900-01-01", "2199-12-31")


def _date_expr(kind: str, date_format: str | None) -> str:
    raw = "l.raw_date"
    if not _is_text(kind):
        return _in_range(f"TRY_CAST({raw} AS DATE)")
    if date_format:
        fmt = date_format.replace("'", "''")
        return _in_range(f"TRY_CAST(TRY_STRPTIME(trim({raw}), '{fmt}') AS DATE)")
    norm = (
        f"regexp_replace(trim({raw}), '^(\\d{{4}})[./](\\d{{1,2}})[./](\\d{{1,2}})', '\\1-\\2-\\3')"
    )
    norm = f"regexp_replace({norm}, '[T ]00:00:00(\\.0+)?$', '')"
    return _in_range(f"coalesce(TRY_CAST({raw} AS DATE), TRY_CAST({norm} AS DATE))")


def _in_range(expr: str) -> str:
    """NULL (a bad date) outside :data:`_DATE_RANGE`."""
    lo, hi = _DATE_RANGE
    return f"(CASE WHEN ({expr}) BETWEEN DATE '{lo}' AND DATE '{hi}' THEN ({expr}) END)"


def _num(field: str, kind: str) -> str:
    scale = f"l.scale_{field if field != 'price' else 'mid'}"
    if _is_text(kind):
        value = f"TRY_CAST(replace(replace(trim(l.raw_{field}), ',', ''), ' ', '') AS DOUBLE)"
    else:
        value = f"TRY_CAST(l.raw_{field} AS DOUBLE)"
    # Rounded to 1e-6 so that scaled values (123.5 x 10,000) store exactly and round-trip.
    return f"round({value} * {scale} * u.factor, 6)"


def _blank_expr(field: str, kind: str) -> str:
    col = f"l.raw_{field}"
    return f"(nullif(trim({col}), '') IS NULL)" if _is_text(kind) else f"({col} IS NULL)"


def build_typed(
    conn: duckdb.DuckDBPyConnection, default_source: str, date_format: str | None
) -> None:
    """Create view ``__typed``: one typed, unit-normalised row per long row, keyed by ``rid``.

    A view, not a table: validation and the final write each stream through it once.
    """
    types = _column_types(conn)
    _lookup_tables(conn)
    src = default_source.replace("'", "''")
    fields = ("low", "high", "mid", "price")
    blanks = ", ".join(f"{_blank_expr(f, types[f'raw_{f}'])} AS blank_{f}" for f in fields)
    conn.execute(
        f"""
        CREATE OR REPLACE TEMP VIEW __typed AS
        WITH t AS (
          SELECT l.rid, l.line, l.raw_date, l.raw_product, l.raw_market, l.raw_unit, l.raw_basis,
                 l.raw_low, l.raw_high, l.raw_mid, l.raw_price,
                 {_date_expr(types["raw_date"], date_format)} AS date,
                 u.product, u.market, u.unit, u.unit_msg, u.band_lo, u.band_hi,
                 CASE WHEN nullif(trim(l.raw_basis), '') IS NULL THEN u.basis
                      WHEN lower(trim(l.raw_basis)) IN ('{VatBasis.INCL}', '{VatBasis.EXCL}')
                      THEN lower(trim(l.raw_basis)) END AS basis,
                 coalesce(nullif(trim(l.raw_source), ''), '{src}') AS source,
                 {_num("low", types["raw_low"])} AS low, {_num("high", types["raw_high"])} AS high,
                 {_num("mid", types["raw_mid"])} AS mid0,
                 {_num("price", types["raw_price"])} AS price, {blanks}
          FROM __long l
          LEFT JOIN __keys u ON l.raw_product IS NOT DISTINCT FROM u.raw_product
           AND l.raw_market IS NOT DISTINCT FROM u.raw_market
           AND l.raw_unit IS NOT DISTINCT FROM u.raw_unit
        )
        SELECT *, round(coalesce(mid0, price, (low + high) / 2), 6) AS mid FROM t
        """
    )


def _msg(template: str, *columns: str) -> str:
    """A SQL expression formatting ``template`` (printf style) with columns."""
    args = ", ".join(columns)
    return f"printf('{template}'{', ' if args else ''}{args})"


_NUM = "%,.10g"
_KNOWN = "product IS NOT NULL AND unit IS NOT NULL"
_OUTSIDE = (
    "mid0 IS NOT NULL AND low IS NOT NULL AND high IS NOT NULL AND low <= high"
    " AND (mid0 < low * (1 - 1e-9) OR mid0 > high * (1 + 1e-9))"
)
_GLITCH = "(mid0 > 2 * high OR mid0 < low / 2)"
_NO_RANGE = "blank_low AND blank_high"
_RAW = "coalesce(chr(39) || CAST({} AS VARCHAR) || chr(39), {})"

#: Row checks: (code, condition on a __typed row, message expression).
ROW_CHECKS: list[tuple[str, str, str]] = [
    ("bad_date", "date IS NULL",
     _msg("date %s is not a real date (YYYY-MM-DD)", _RAW.format("raw_date", "'missing'"))),
    ("future_date", "date > current_date",
     _msg("date %s is after today (%s)", "CAST(date AS VARCHAR)", "CAST(current_date AS VARCHAR)")),
    ("unknown_product", "product IS NULL",
     _msg("unknown product %s", _RAW.format("raw_product", "'(empty)'"))),
    ("unknown_market", "market IS NULL",
     _msg("unknown market %s", _RAW.format("raw_market", "'(empty)'"))),
    ("bad_unit", "product IS NOT NULL AND unit_msg IS NOT NULL", "unit_msg"),
    ("bad_basis", "market IS NOT NULL AND basis IS NULL",
     _msg("VAT basis %s is neither incl_vat nor excl_vat", _RAW.format("raw_basis", "''"))),
    *[
        (f"bad_number_{f}",
         f"{_KNOWN} AND NOT blank_{f} AND {'mid0' if f == 'mid' else f} IS NULL",
         _msg(f"{f} %s is not a number", _RAW.format(f"raw_{f}", "''")))
        for f in ("low", "high", "mid", "price")
    ],
    ("no_price", f"{_KNOWN} AND {_NO_RANGE} AND blank_mid AND blank_price", "'no price given'"),
    ("incomplete_range",
     f"{_KNOWN} AND mid0 IS NULL AND price IS NULL AND ((low IS NULL) <> (high IS NULL))"
     f" AND NOT ({_NO_RANGE})",
     "'a low without a high or a high without a low'"),
    ("non_positive_price", f"{_KNOWN} AND (low <= 0 OR high <= 0 OR mid <= 0)",
     _msg(f"%s: price {_NUM} %s is not positive", "product",
          "least(coalesce(low, mid), coalesce(high, mid), mid)", "unit")),
    ("low_above_high", f"{_KNOWN} AND low > high",
     _msg(f"%s: low {_NUM} is above high {_NUM}", "product", "low", "high")),
    ("range_glitch", f"{_KNOWN} AND {_OUTSIDE} AND {_GLITCH}",
     _msg(f"%s: low-high {_NUM}-{_NUM} is far from the average {_NUM} %s (a min/max glitch)",
          "product", "low", "high", "mid0", "unit")),
    ("mid_outside_range", f"{_KNOWN} AND {_OUTSIDE} AND NOT {_GLITCH}",
     _msg(f"%s: average {_NUM} lies outside low-high {_NUM}-{_NUM} %s",
          "product", "mid0", "low", "high", "unit")),
    ("implausible_price",
     f"{_KNOWN} AND mid > 0 AND band_lo IS NOT NULL AND (mid < band_lo OR mid > band_hi)",
     _msg(f"%s: {_NUM} %s (given in %s) is outside the plausible band {_NUM}-{_NUM} %s"
          " (a unit or scale error?)",
          "product", "mid", "unit", "raw_unit", "band_lo", "band_hi", "unit")),
]  # fmt: skip


def _row_problems() -> str:
    flags = ", ".join(f"CASE WHEN {cond} THEN '{code}' END" for code, cond, _ in ROW_CHECKS)
    any_bad = " OR ".join(f"({cond})" for _, cond, _ in ROW_CHECKS)
    reasons = " ".join(f"WHEN '{code}' THEN {msg}" for code, _, msg in ROW_CHECKS)
    return f"""
        SELECT rid, line, regexp_replace(code, '^bad_number_.*', 'bad_number') AS code,
               CASE code {reasons} END AS reason
        FROM (
          SELECT *, unnest(list_filter([{flags}], lambda x: x IS NOT NULL)) AS code
          FROM __typed WHERE {any_bad}
        )
    """


def _calendar_candidates(conn: duckdb.DuckDBPyConnection) -> int:
    """Create ``__cand``: rows dated on a closed day or a weekend working day; return count."""
    china = _CHINA
    conn.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE __cand AS
        SELECT t.rid, t.line, t.product, t.market, t.source, t.date, t.low, t.high, t.mid,
               b.working, b.prev
        FROM __typed t JOIN __baddays b ON t.date = b.d
        WHERE t.market IN {china} AND {_KNOWN}
        UNION ALL
        SELECT rid, line, product, market, source, date, low, high, mid, false,
               date - CAST(CASE dayofweek(date) WHEN 0 THEN 2 ELSE 1 END AS INTEGER)
        FROM __typed
        WHERE market NOT IN {china} AND dayofweek(date) IN (0, 6) AND {_KNOWN}
        """
    )
    row = conn.execute("SELECT count(*) FROM __cand").fetchall()
    return int(row[0][0])


def _calendar_problems() -> str:
    return """
        WITH judged AS (
          SELECT c.*, (p.rid IS NOT NULL AND c.mid IS NOT DISTINCT FROM p.mid
                       AND c.low IS NOT DISTINCT FROM p.low
                       AND c.high IS NOT DISTINCT FROM p.high) AS repeats
          FROM __cand c LEFT JOIN
               (SELECT * FROM __typed WHERE date IN (SELECT prev FROM __cand)) p
            ON p.product = c.product AND p.market = c.market AND p.source = c.source
           AND p.date = c.prev
        )
        SELECT rid, line,
               CASE WHEN working THEN 'weekend_repeat' ELSE 'non_trading_day' END AS code,
               product || ': ' || strftime(date, '%Y-%m-%d (%A)') ||
               CASE WHEN working
                    THEN ' is a weekend make-up working day and repeats the previous row'
                         || ' (carried forward, not a new quote)'
                    ELSE ' is not a trading day in ' || market ||
                         CASE WHEN repeats THEN '; it repeats the previous row' ELSE '' END
               END AS reason
        FROM judged WHERE NOT working OR repeats
    """


_CHINA = "('china', 'fob_china')"


def clean_rows() -> str:
    """A condition on ``__typed`` rows that is TRUE only for a row with no problem of its own.

    TRUE means no row check is TRUE (a NULL check, such as ``low <= 0`` on a sheet with
    only a price column, flags nothing, as in :func:`collect_problems`) and the row is
    not a calendar candidate (a China quote on a closed or make-up day, another market's
    quote on a weekend), which needs the previous row to judge. Duplicates across rows are
    not covered: see :func:`has_duplicates`.
    """
    any_bad = " OR ".join(f"coalesce({cond}, FALSE)" for _, cond, _ in ROW_CHECKS)
    return (
        f"({_KNOWN} AND date IS NOT NULL AND market IS NOT NULL AND basis IS NOT NULL"
        f" AND mid IS NOT NULL AND NOT ({any_bad})"
        f" AND NOT (market IN {_CHINA} AND date IN (SELECT d FROM __baddays))"
        f" AND NOT (market NOT IN {_CHINA} AND dayofweek(date) IN (0, 6)))"
    )


#: Bits a duplicate check may hold in memory (one bit per day per series): 256 MiB.
_MAX_DATE_BITS = 2**31


def has_duplicates(
    conn: duckdb.DuckDBPyConnection, table: str, *, max_bits: int = _MAX_DATE_BITS
) -> bool:
    """Whether two rows of ``table`` share product, market, source and date.

    Exact and cheap: per series, the number of rows against the number of distinct
    dates, counted as bits of a bitstring over the dates' span (no hash table of
    every key). Falls back to a grouped count when the bitstrings would not fit.
    """
    keyed = f"FROM {table} WHERE date IS NOT NULL AND product IS NOT NULL AND market IS NOT NULL"
    row = conn.execute(
        "SELECT count(*), min(lo), max(hi) FROM (SELECT min(date) AS lo, max(date) AS hi"
        f" {keyed} GROUP BY product, market, source)"
    ).fetchall()[0]
    series, first, last = int(row[0]), row[1], row[2]
    if not series:
        return False
    if not (isinstance(first, date) and isinstance(last, date)):
        first = last = None  # outside Python's dates: count in a hash table instead
    span = (last - first).days + 1 if first is not None and last is not None else max_bits + 1
    if first is not None and series * span <= max_bits:
        sql = (
            f"SELECT coalesce(sum(n - bit_count(b)), 0) FROM (SELECT count(*) AS n,"
            f" bitstring_agg(CAST(date - DATE '{first}' AS INTEGER), 0, {span - 1}) AS b"
            f" {keyed} GROUP BY product, market, source)"
        )
    else:
        sql = (
            f"SELECT count(*) FROM (SELECT 1 {keyed}"
            " GROUP BY product, market, source, date HAVING count(*) > 1)"
        )
    return int(conn.execute(sql).fetchall()[0][0]) > 0


def _duplicate_problems() -> str:
    return """
        WITH dup AS (
          SELECT product, market, source, date, min(line) AS first_line
          FROM __typed WHERE date IS NOT NULL AND product IS NOT NULL AND market IS NOT NULL
          GROUP BY ALL HAVING count(*) > 1
        )
        SELECT t.rid, t.line, 'duplicate_date' AS code,
               printf('%s %s %s: also on line %d', t.product, t.market, t.date, d.first_line)
        FROM __typed t JOIN dup d USING (product, market, source, date)
        WHERE t.line > d.first_line
    """


def collect_problems(conn: duckdb.DuckDBPyConnection) -> None:
    """Create ``__problems`` (rid, line, code, reason) with every problem of every row."""
    parts = [_row_problems()]
    if has_duplicates(conn, "__typed"):
        parts.append(_duplicate_problems())
    if _calendar_candidates(conn):
        parts.append(_calendar_problems())
    union = " UNION ALL ".join(f"SELECT * FROM ({part})" for part in parts)
    conn.execute(f"CREATE OR REPLACE TEMP TABLE __problems AS {union}")


def problems(conn: duckdb.DuckDBPyConnection) -> list[RowProblem]:
    """Every problem found, in line order."""
    rows = conn.execute("SELECT line, code, reason FROM __problems ORDER BY line, code").fetchall()
    return [RowProblem(int(line), code, reason) for line, code, reason in rows]
