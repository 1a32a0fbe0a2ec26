"""Validate long sheet rows in DuckDB: type them, normalise units, collect every problem.

Each problem has a stable reason code (collected, not raised on the first):

=====================  ==========================================================
bad_date               the date is missing or does not exist
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

from datetime import date

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


def _lookup_tables(conn: duckdb.DuckDBPyConnection) -> None:
    products = [r[0] for r in conn.execute("SELECT DISTINCT raw_product FROM __long").fetchall()]
    rows_p = []
    for raw in products:
        found = catalog().find(raw) if raw else None
        rows_p.append((raw, found.id if found else None))
    conn.execute("CREATE OR REPLACE TEMP TABLE __prod (raw_product VARCHAR, product VARCHAR)")
    if rows_p:
        conn.executemany("INSERT INTO __prod VALUES (?, ?)", rows_p)

    pairs = conn.execute(
        "SELECT DISTINCT p.product, l.raw_unit FROM __long l JOIN __prod p "
        "ON l.raw_product IS NOT DISTINCT FROM p.raw_product WHERE p.product IS NOT NULL"
    ).fetchall()
    rows_u = []
    for pid, raw_unit in pairs:
        try:
            if not raw_unit:
                raise UnitError("no unit given")
            unit = parse_unit(raw_unit)
            if unit.dimension is not Dimension.PRICE:
                raise UnitError(f"{unit} is a {unit.dimension} unit, not a price unit")
            assert unit.currency is not None
            tgt = parse_unit(target_unit(pid, unit.currency))
            band = price_band(pid, tgt) or (None, None)
            rows_u.append((pid, raw_unit, tgt.code, unit.scale / tgt.scale, None, *band))
        except UnitError as exc:
            rows_u.append(
                (
                    pid,
                    raw_unit,
                    None,
                    None,
                    f"unit {raw_unit!r} does not fit {pid}: {exc}",
                    None,
                    None,
                )
            )
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE __unit (product VARCHAR, raw_unit VARCHAR, unit VARCHAR,"
        " factor DOUBLE, unit_msg VARCHAR, band_lo DOUBLE, band_hi DOUBLE)"
    )
    if rows_u:
        conn.executemany("INSERT INTO __unit VALUES (?, ?, ?, ?, ?, ?, ?)", rows_u)

    markets = [r[0] for r in conn.execute("SELECT DISTINCT raw_market FROM __long").fetchall()]
    rows_m = []
    for raw in markets:
        m = MARKET_NAMES.get(name_key(raw)) if raw else None
        rows_m.append((raw, m, str(market_basis(m)) if m else None))
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE __market (raw_market VARCHAR, market VARCHAR, basis VARCHAR)"
    )
    if rows_m:
        conn.executemany("INSERT INTO __market VALUES (?, ?, ?)", rows_m)

    cal = get_calendar("cn_work")
    days = cal.trading_days(cal.first, cal.last)
    conn.execute("CREATE OR REPLACE TEMP TABLE __workdays AS SELECT unnest(?::DATE[]) AS d", [days])


def _date_expr(date_format: str | None) -> str:
    raw = "trim(l.raw_date)"
    if date_format:
        fmt = date_format.replace("'", "''")
        return f"TRY_CAST(TRY_STRPTIME({raw}, '{fmt}') AS DATE)"
    norm = f"regexp_replace({raw}, '^(\\d{{4}})[./](\\d{{1,2}})[./](\\d{{1,2}})', '\\1-\\2-\\3')"
    return f"TRY_CAST(regexp_replace({norm}, '[T ]00:00:00(\\.0+)?$', '') AS DATE)"


def _num(field: str) -> str:
    # Rounded to 1e-6 so that scaled values (123.5 x 10,000) store exactly and round-trip.
    return (
        f"round(TRY_CAST(replace(replace(trim(l.raw_{field}), ',', ''), ' ', '') AS DOUBLE)"
        f" * l.scale_{field if field != 'price' else 'mid'} * u.factor, 6)"
    )


def build_typed(
    conn: duckdb.DuckDBPyConnection, default_source: str, date_format: str | None
) -> None:
    """Create ``__typed``: one typed, unit-normalised row per long row, keyed by ``rid``."""
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE __long AS SELECT row_number() OVER () AS rid, * FROM __long"
    )
    _lookup_tables(conn)
    src = default_source.replace("'", "''")
    conn.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE __typed AS
        WITH t AS (
          SELECT l.rid, l.line, l.raw_date, l.raw_product, l.raw_market, l.raw_unit, l.raw_basis,
                 l.raw_low, l.raw_high, l.raw_mid, l.raw_price,
                 {_date_expr(date_format)} AS date,
                 p.product, m.market, u.unit, u.unit_msg, u.band_lo, u.band_hi,
                 CASE WHEN nullif(trim(l.raw_basis), '') IS NULL THEN m.basis
                      WHEN lower(trim(l.raw_basis)) IN ('{VatBasis.INCL}', '{VatBasis.EXCL}')
                      THEN lower(trim(l.raw_basis)) END AS basis,
                 coalesce(nullif(trim(l.raw_source), ''), '{src}') AS source,
                 {_num("low")} AS low, {_num("high")} AS high,
                 {_num("mid")} AS mid0, {_num("price")} AS price
          FROM __long l
          LEFT JOIN __prod p ON l.raw_product IS NOT DISTINCT FROM p.raw_product
          LEFT JOIN __market m ON l.raw_market IS NOT DISTINCT FROM m.raw_market
          LEFT JOIN __unit u ON p.product = u.product AND l.raw_unit IS NOT DISTINCT FROM u.raw_unit
        )
        SELECT *, round(coalesce(mid0, price, (low + high) / 2), 6) AS mid FROM t
        """
    )


def _blank(col: str) -> str:
    return f"nullif(trim({col}), '') IS NULL"


_outside = (
    "mid0 IS NOT NULL AND low IS NOT NULL AND high IS NOT NULL AND low <= high"
    " AND (mid0 < low * (1 - 1e-9) OR mid0 > high * (1 + 1e-9))"
)


def _msg(template: str, *columns: str) -> str:
    """A SQL expression formatting ``template`` (printf style, %s and %,.6g) with columns."""
    args = ", ".join(columns)
    return f"printf('{template}'{', ' if args else ''}{args})"


_NUM = "%,.10g"


def collect_problems(conn: duckdb.DuckDBPyConnection) -> None:
    """Create ``__problems`` (rid, line, code, reason) with every problem of every row."""
    known = "product IS NOT NULL AND unit IS NOT NULL"
    glitch = "(mid0 > 2 * high OR mid0 < low / 2)"
    no_range = f"{_blank('raw_low')} AND {_blank('raw_high')}"
    checks = [
        ("bad_date", "date IS NULL",
         _msg("date %s is not a real date (YYYY-MM-DD)", "coalesce(chr(39) || raw_date || chr(39), 'missing')")),
        ("unknown_product", "product IS NULL",
         _msg("unknown product %s", "coalesce(chr(39) || raw_product || chr(39), '(empty)')")),
        ("unknown_market", "market IS NULL",
         _msg("unknown market %s", "coalesce(chr(39) || raw_market || chr(39), '(empty)')")),
        ("bad_unit", "product IS NOT NULL AND unit_msg IS NOT NULL", "unit_msg"),
        ("bad_basis", "market IS NOT NULL AND basis IS NULL",
         _msg("VAT basis ''%s'' is neither incl_vat nor excl_vat", "raw_basis")),
        *[
            ("bad_number",
             f"{known} AND NOT {_blank('raw_' + f)} AND {'mid0' if f == 'mid' else f} IS NULL",
             _msg(f"{f} ''%s'' is not a number", f"raw_{f}"))
            for f in ("low", "high", "mid", "price")
        ],
        ("no_price", f"{known} AND {no_range} AND {_blank('raw_mid')} AND {_blank('raw_price')}",
         "'no price given'"),
        ("incomplete_range",
         f"{known} AND mid0 IS NULL AND price IS NULL AND ((low IS NULL) <> (high IS NULL))"
         f" AND NOT ({no_range})",
         "'a low without a high or a high without a low'"),
        ("non_positive_price", f"{known} AND (low <= 0 OR high <= 0 OR mid <= 0)",
         _msg(f"%s: price {_NUM} %s is not positive", "product",
              "least(coalesce(low, mid), coalesce(high, mid), mid)", "unit")),
        ("low_above_high", f"{known} AND low > high",
         _msg(f"%s: low {_NUM} is above high {_NUM}", "product", "low", "high")),
        ("range_glitch", f"{known} AND {_outside} AND {glitch}",
         _msg(f"%s: low-high {_NUM}-{_NUM} is far from the average {_NUM} %s (a min/max glitch)",
              "product", "low", "high", "mid0", "unit")),
        ("mid_outside_range", f"{known} AND {_outside} AND NOT {glitch}",
         _msg(f"%s: average {_NUM} lies outside low-high {_NUM}-{_NUM} %s",
              "product", "mid0", "low", "high", "unit")),
        ("implausible_price",
         f"{known} AND mid > 0 AND band_lo IS NOT NULL AND (mid < band_lo OR mid > band_hi)",
         _msg(f"%s: {_NUM} %s (given in %s) is outside the plausible band {_NUM}-{_NUM} %s"
              " (a unit or scale error?)",
              "product", "mid", "unit", "raw_unit", "band_lo", "band_hi", "unit")),
    ]  # fmt: skip
    parts = [
        f"SELECT rid, line, '{code}' AS code, {reason} AS reason FROM __typed WHERE {cond}"
        for code, cond, reason in checks
    ]
    cal = get_calendar("cn_work")
    parts.append(
        f"""
        SELECT rid, line,
               CASE WHEN working THEN 'weekend_repeat' ELSE 'non_trading_day' END AS code,
               product || ': ' || strftime(date, '%Y-%m-%d (%A)') ||
               CASE WHEN working
                    THEN ' is a weekend make-up working day and repeats the previous row'
                         || ' (carried forward, not a new quote)'
                    ELSE ' is not a trading day in ' || market ||
                         CASE WHEN repeats THEN '; it repeats the previous row' ELSE '' END
               END AS reason
        FROM (
          SELECT *, (mid IS NOT DISTINCT FROM prev_mid AND low IS NOT DISTINCT FROM prev_low
                     AND high IS NOT DISTINCT FROM prev_high) AS repeats,
                    CASE WHEN market IN ('china', 'fob_china')
                         THEN date BETWEEN DATE '{cal.first}' AND DATE '{cal.last}'
                              AND date NOT IN (SELECT d FROM __workdays)
                         ELSE dayofweek(date) IN (0, 6) END AS closed,
                    (market IN ('china', 'fob_china') AND dayofweek(date) IN (0, 6)
                     AND date IN (SELECT d FROM __workdays)) AS working
          FROM (
            SELECT *, lag(mid) OVER w AS prev_mid, lag(low) OVER w AS prev_low,
                   lag(high) OVER w AS prev_high
            FROM __typed WHERE date IS NOT NULL AND {known} AND market IS NOT NULL
            WINDOW w AS (PARTITION BY product, market, source ORDER BY date)
          )
        ) t
        WHERE closed OR (working AND repeats)
        """
    )
    parts.append(
        """
        SELECT rid, line, 'duplicate_date' AS code,
               printf('%s %s %s: also on line %d', product, market, date, first_line)
        FROM (
          SELECT rid, line, product, market, date,
                 min(line) OVER (PARTITION BY product, market, source, date) AS first_line,
                 count(*) OVER (PARTITION BY product, market, source, date) AS n
          FROM __typed WHERE date IS NOT NULL AND product IS NOT NULL AND market IS NOT NULL
        ) WHERE n > 1 AND line > first_line
        """
    )
    conn.execute("CREATE OR REPLACE TEMP TABLE __problems AS " + " UNION ALL ".join(parts))


def problems(conn: duckdb.DuckDBPyConnection) -> list[RowProblem]:
    """Every problem found, in line order."""
    rows = conn.execute("SELECT line, code, reason FROM __problems ORDER BY line, code").fetchall()
    return [RowProblem(int(line), code, reason) for line, code, reason in rows]


def first_day(conn: duckdb.DuckDBPyConnection) -> date | None:
    """Earliest valid date in the sheet (for summaries)."""
    row = conn.execute("SELECT min(date) FROM __typed").fetchall()
    return row[0][0] if row else None
