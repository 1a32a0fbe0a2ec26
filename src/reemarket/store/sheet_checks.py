"""The checks on an import's typed rows (``__typed``), and the table of problems they find.

The reason codes and how each problem reads are the sheets package's
(``sheets/validate.py``): :func:`collect_problems` takes that wording as templates and
fills them in SQL. A template names the values it shows in braces: ``{product}``, a
number with its printf format as ``{low:,.10g}``, and a raw cell quoted, or a fallback
text when the cell is empty, as ``{raw_date|missing}``. :data:`VALUES` lists the names
each check offers; :data:`WORDED` the templates the checks need.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

import duckdb

from reemarket.errors import RowProblem

_KNOWN = "product IS NOT NULL AND unit IS NOT NULL"
_OUTSIDE = (
    "mid0 IS NOT NULL AND low IS NOT NULL AND high IS NOT NULL AND low <= high"
    " AND (mid0 < low * (1 - 1e-9) OR mid0 > high * (1 + 1e-9))"
)
_GLITCH = "(mid0 > 2 * high OR mid0 < low / 2)"
_NO_RANGE = "blank_low AND blank_high"
#: Markets assessed on the Chinese working calendar (closed days, weekend make-up days).
_CHINA = "('china', 'fob_china')"

#: Row checks: (code, condition on a ``__typed`` row). ``bad_number_<field>`` is reported
#: as ``bad_number``.
ROW_CHECKS: list[tuple[str, str]] = [
    ("bad_date", "date IS NULL"),
    ("future_date", "date > current_date"),
    ("unknown_product", "product IS NULL"),
    ("unknown_market", "market IS NULL"),
    ("bad_unit", "product IS NOT NULL AND unit_msg IS NOT NULL"),
    ("bad_basis", "market IS NOT NULL AND basis IS NULL"),
    *[
        (f"bad_number_{f}", f"{_KNOWN} AND NOT blank_{f} AND {'mid0' if f == 'mid' else f} IS NULL")
        for f in ("low", "high", "mid", "price")
    ],
    ("no_price", f"{_KNOWN} AND {_NO_RANGE} AND blank_mid AND blank_price"),
    ("incomplete_range",
     f"{_KNOWN} AND mid0 IS NULL AND price IS NULL AND ((low IS NULL) <> (high IS NULL))"
     f" AND NOT ({_NO_RANGE})"),
    ("non_positive_price", f"{_KNOWN} AND (low <= 0 OR high <= 0 OR mid <= 0)"),
    ("low_above_high", f"{_KNOWN} AND low > high"),
    ("range_glitch", f"{_KNOWN} AND {_OUTSIDE} AND {_GLITCH}"),
    ("mid_outside_range", f"{_KNOWN} AND {_OUTSIDE} AND NOT {_GLITCH}"),
    ("implausible_price",
     f"{_KNOWN} AND mid > 0 AND band_lo IS NOT NULL AND (mid < band_lo OR mid > band_hi)"),
]  # fmt: skip

#: The values a row check's wording may name, as SQL over a ``__typed`` row.
VALUES: dict[str, str] = {
    "raw_date": "raw_date", "raw_product": "raw_product", "raw_market": "raw_market",
    "raw_basis": "raw_basis", "raw_unit": "raw_unit",
    "date": "CAST(date AS VARCHAR)", "today": "CAST(current_date AS VARCHAR)",
    "product": "product", "unit": "unit", "unit_msg": "unit_msg",
    "low": "low", "high": "high", "mid": "mid", "average": "mid0",
    "lowest": "least(coalesce(low, mid), coalesce(high, mid), mid)",
    "band_lo": "band_lo", "band_hi": "band_hi",
}  # fmt: skip
#: Besides :data:`VALUES`: a ``bad_number`` names ``{field}`` and the cell ``{raw|...}``;
#: a calendar problem names ``{product}``, ``{day}`` (date and weekday), ``{market}``; a
#: ``duplicate_date`` ``{product}``, ``{market}``, ``{date}`` and ``{first_line:d}``.
_CALENDAR_VALUES = {"product": "product", "market": "market",
                    "day": "strftime(date, '%Y-%m-%d (%A)')"}  # fmt: skip
_DUPLICATE_VALUES = {"product": "t.product", "market": "t.market", "date": "t.date",
                     "first_line": "d.first_line"}  # fmt: skip

#: The templates :func:`collect_problems` needs: every reason code, and the wording of a
#: ``non_trading_day`` that also repeats the previous row.
WORDED = (
    "bad_date", "future_date", "unknown_product", "unknown_market", "bad_unit", "bad_basis",
    "bad_number", "no_price", "incomplete_range", "non_positive_price", "low_above_high",
    "range_glitch", "mid_outside_range", "implausible_price", "non_trading_day",
    "non_trading_day_repeating", "weekend_repeat", "duplicate_date",
)  # fmt: skip

_PLACE = re.compile(r"\{(\w+)(?::([^}|]*))?(?:\|([^}]*))?\}")


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def printf_sql(template: str, values: Mapping[str, str]) -> str:
    """The SQL expression that words a problem by ``template`` (see the module docstring)."""
    args: list[str] = []

    def place(m: re.Match[str]) -> str:
        name, spec, fallback = m.group(1), m.group(2), m.group(3)
        value = values[name]
        if fallback is not None:
            value = f"coalesce(chr(39) || CAST({value} AS VARCHAR) || chr(39), {_text(fallback)})"
        args.append(value)
        return "%" + (spec or "s")

    fmt = ""
    pos = 0
    for m in _PLACE.finditer(template):
        fmt += template[pos : m.start()].replace("%", "%%") + place(m)
        pos = m.end()
    fmt += template[pos:].replace("%", "%%")
    if not args:
        return _text(template)
    return f"printf({_text(fmt)}, {', '.join(args)})"


def _row_problems(reasons: Mapping[str, str]) -> str:
    flags = ", ".join(f"CASE WHEN {cond} THEN '{code}' END" for code, cond in ROW_CHECKS)
    any_bad = " OR ".join(f"({cond})" for _, cond in ROW_CHECKS)
    words = []
    for code, _ in ROW_CHECKS:
        if code.startswith("bad_number_"):
            field = code.removeprefix("bad_number_")
            extra = {"field": _text(field), "raw": f"raw_{field}"}
            words.append(f"WHEN '{code}' THEN {printf_sql(reasons['bad_number'], extra)}")
        else:
            words.append(f"WHEN '{code}' THEN {printf_sql(reasons[code], VALUES)}")
    return f"""
        SELECT rid, line, regexp_replace(code, '^bad_number_.*', 'bad_number') AS code,
               CASE code {" ".join(words)} END AS reason
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


def _calendar_problems(reasons: Mapping[str, str]) -> str:
    weekend = printf_sql(reasons["weekend_repeat"], _CALENDAR_VALUES)
    repeating = printf_sql(reasons["non_trading_day_repeating"], _CALENDAR_VALUES)
    closed = printf_sql(reasons["non_trading_day"], _CALENDAR_VALUES)
    return f"""
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
               CASE WHEN working THEN {weekend} WHEN repeats THEN {repeating} ELSE {closed}
               END AS reason
        FROM judged WHERE NOT working OR repeats
    """


def clean_rows() -> str:
    """A condition on ``__typed`` rows that is TRUE only for a row with no problem of its own.

    TRUE means no row check is TRUE (a NULL check, such as ``low <= 0`` on a sheet with
    only a price column, flags nothing, as in :func:`collect_problems`) and the row is
    not a calendar candidate (a China quote on a closed or make-up day, another market's
    quote on a weekend), which needs the previous row to judge. Duplicates across rows are
    not covered: see :func:`has_duplicates`.
    """
    any_bad = " OR ".join(f"coalesce({cond}, FALSE)" for _, cond in ROW_CHECKS)
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


def _duplicate_problems(reasons: Mapping[str, str]) -> str:
    return f"""
        WITH dup AS (
          SELECT product, market, source, date, min(line) AS first_line
          FROM __typed WHERE date IS NOT NULL AND product IS NOT NULL AND market IS NOT NULL
          GROUP BY ALL HAVING count(*) > 1
        )
        SELECT t.rid, t.line, 'duplicate_date' AS code,
               {printf_sql(reasons["duplicate_date"], _DUPLICATE_VALUES)}
        FROM __typed t JOIN dup d USING (product, market, source, date)
        WHERE t.line > d.first_line
    """


def collect_problems(conn: duckdb.DuckDBPyConnection, reasons: Mapping[str, str]) -> None:
    """Create ``__problems`` (rid, line, code, reason): every problem of every row.

    ``reasons`` words each problem (a template per name in :data:`WORDED`).
    """
    parts = [_row_problems(reasons)]
    if has_duplicates(conn, "__typed"):
        parts.append(_duplicate_problems(reasons))
    if _calendar_candidates(conn):
        parts.append(_calendar_problems(reasons))
    union = " UNION ALL ".join(f"SELECT * FROM ({part})" for part in parts)
    conn.execute(f"CREATE OR REPLACE TEMP TABLE __problems AS {union}")


def problem_list(conn: duckdb.DuckDBPyConnection) -> list[RowProblem]:
    """Every problem found, in line order."""
    rows = conn.execute("SELECT line, code, reason FROM __problems ORDER BY line, code").fetchall()
    return [RowProblem(int(line), code, reason) for line, code, reason in rows]


def problem_row_count(conn: duckdb.DuckDBPyConnection) -> int:
    """How many rows have a problem."""
    return int(conn.execute("SELECT count(DISTINCT rid) FROM __problems").fetchall()[0][0])
