"""Staging tables of a sheet import: the file as text cells, its long rows, its typed rows.

An import works in temporary tables and views of its connection, named with a leading
``__`` and dropped by :func:`drop_staging` when it ends:

* the raw sheet (``__raw``): every cell as read, plus ``__line``;
* ``__long``: one row per line, product and market (:data:`LONG_COLUMNS`);
* ``__keys``: each distinct product, market and unit spelling, resolved once;
* ``__baddays``: the days a China-assessed quote is suspect on;
* ``__typed``: one typed, unit-normalised row per long row, keyed by ``rid``.

The checks on these rows are in ``store/sheet_checks.py``, the repairs in
``store/repair.py``, the write into ``observations`` in ``store/sheet_writes.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import duckdb

from reemarket.domain.money import VatBasis

#: The columns of ``__long`` (rid is unique per long row; scale_* multiply the numbers).
LONG_COLUMNS = (
    "rid", "line", "raw_date", "raw_product", "raw_market", "raw_source", "raw_basis", "raw_unit",
    "raw_low", "raw_high", "raw_mid", "raw_price", "scale_low", "scale_high", "scale_mid",
)  # fmt: skip


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(value: str | None) -> str:
    if value is None:
        return "NULL"
    return "'" + value.replace("'", "''") + "'"


# -- the raw sheet -------------------------------------------------------------------------
def stage_csv(conn: duckdb.DuckDBPyConnection, path: Path, table: str) -> None:
    """Load a CSV file as temp table ``table``: text cells plus ``__line`` (header is 1)."""
    conn.execute(
        f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT *, "
        "(row_number() OVER () + 1)::INTEGER AS __line FROM read_csv(?, header = true, "
        "all_varchar = true, auto_detect = true)",
        [str(path)],
    )


def stage_parquet(conn: duckdb.DuckDBPyConnection, path: Path, table: str) -> None:
    """Make temp view ``table`` over a Parquet file, its row number plus 2 as ``__line``.

    A view: Parquet gives row numbers itself, so nothing is copied before validation.
    """
    literal = str(path).replace("'", "''")
    conn.execute(
        f"CREATE OR REPLACE TEMP VIEW {table} AS SELECT * EXCLUDE (file_row_number), "
        f"(file_row_number + 2)::INTEGER AS __line FROM read_parquet('{literal}', "
        "file_row_number = true)"
    )


def stage_arrow(conn: duckdb.DuckDBPyConnection, arrow: Any, table: str) -> None:
    """Copy an Arrow table (cells and ``__line``, read by the caller) into temp table ``table``."""
    conn.register("__xlsx_arrow", arrow)
    conn.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM __xlsx_arrow")
    conn.unregister("__xlsx_arrow")


def column_types(conn: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    """The columns of a staging table or view with their types, upper case, in order."""
    return {r[0]: str(r[1]).upper() for r in conn.execute(f"DESCRIBE {table}").fetchall()}


# -- long rows -----------------------------------------------------------------------------
@dataclass(frozen=True)
class LongLayout:
    """A long sheet: the sheet column of each standard field found, defaults for the rest."""

    columns: Mapping[str, str]
    market: str | None
    source: str | None
    basis: str | None


@dataclass(frozen=True)
class WideGroup:
    """The columns of one product and market in a wide sheet: field -> (column, scale)."""

    product: str
    market: str | None
    unit: str
    fields: Mapping[str, tuple[str, float]]


@dataclass(frozen=True)
class WideLayout:
    """A wide sheet: its date column, defaults, and one group per product and market."""

    date_column: str
    source: str | None
    basis: str | None
    groups: Sequence[WideGroup]


def create_long_view(
    conn: duckdb.DuckDBPyConnection, raw: str, layout: LongLayout | WideLayout
) -> None:
    """Create temp view ``__long`` over the raw sheet (long sheets keep their cell types)."""
    if isinstance(layout, LongLayout):
        select = _long_select(raw, layout)
    else:
        select = " UNION ALL ".join(
            _wide_select(raw, layout, group, index, len(layout.groups))
            for index, group in enumerate(layout.groups)
        )
    conn.execute(f"CREATE OR REPLACE TEMP VIEW __long AS {select}")


def _long_select(raw: str, layout: LongLayout) -> str:
    def col(name: str) -> str:
        if name in layout.columns:
            return _q(layout.columns[name])
        if name in ("low", "high", "mid", "price"):
            return "CAST(NULL AS DOUBLE)"
        return f"CAST({_lit(None)} AS VARCHAR)"

    return (
        f"SELECT __line AS rid, __line AS line, {col('date')} AS raw_date, "
        f"CAST({col('product')} AS VARCHAR) AS raw_product, "
        f"coalesce(CAST({col('market')} AS VARCHAR), {_lit(layout.market)}) AS raw_market, "
        f"coalesce(CAST({col('source')} AS VARCHAR), {_lit(layout.source)}) AS raw_source, "
        f"coalesce(CAST({col('basis')} AS VARCHAR), {_lit(layout.basis)}) AS raw_basis, "
        f"CAST({col('unit')} AS VARCHAR) AS raw_unit, "
        f"{col('low')} AS raw_low, {col('high')} AS raw_high, {col('mid')} AS raw_mid, "
        f"{col('price')} AS raw_price, 1.0 AS scale_low, 1.0 AS scale_high, 1.0 AS scale_mid "
        f"FROM {raw}"
    )


def _wide_select(raw: str, layout: WideLayout, group: WideGroup, index: int, n: int) -> str:
    fields = group.fields

    def val(fld: str) -> str:
        return f"CAST({_q(fields[fld][0])} AS VARCHAR)" if fld in fields else "NULL::VARCHAR"

    def scale(fld: str) -> str:
        return repr(fields[fld][1]) if fld in fields else "1.0"

    present = " OR ".join(f"nullif(trim({val(x)}), '') IS NOT NULL" for x in fields)
    return (
        f"SELECT __line * {n} + {index} AS rid, __line AS line, "
        f"CAST({_q(layout.date_column)} AS VARCHAR) AS raw_date, "
        f"{_lit(group.product)} AS raw_product, {_lit(group.market)} AS raw_market, "
        f"{_lit(layout.source)} AS raw_source, {_lit(layout.basis)} AS raw_basis, "
        f"{_lit(group.unit)} AS raw_unit, {val('low')} AS raw_low, {val('high')} AS raw_high, "
        f"{val('mid')} AS raw_mid, NULL::VARCHAR AS raw_price, {scale('low')} AS scale_low, "
        f"{scale('high')} AS scale_high, {scale('mid')} AS scale_mid FROM {raw} WHERE {present}"
    )


# -- resolved spellings and suspect days ---------------------------------------------------
def spellings(conn: duckdb.DuckDBPyConnection) -> list[tuple[Any, Any, Any]]:
    """Each distinct (raw product, raw market, raw unit) of ``__long``."""
    rows = conn.execute("SELECT DISTINCT raw_product, raw_market, raw_unit FROM __long").fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


class Resolved(NamedTuple):
    """One spelling resolved: product, market, basis, and how its unit converts."""

    raw_product: str | None
    raw_market: str | None
    raw_unit: str | None
    product: str | None
    market: str | None
    basis: str | None
    unit: str | None
    factor: float | None
    unit_msg: str | None
    band_lo: float | None
    band_hi: float | None


def create_keys(conn: duckdb.DuckDBPyConnection, rows: Sequence[Resolved]) -> None:
    """Create ``__keys``: one row per resolved spelling."""
    columns: list[list[object]] = [[row[i] for row in rows] for i in range(len(Resolved._fields))]
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


def create_bad_days(
    conn: duckdb.DuckDBPyConnection, days: list[date], working: list[bool], prevs: list[date]
) -> None:
    """Create ``__baddays`` (d, working, prev): suspect days, each with the day before."""
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE __baddays AS SELECT unnest(?::DATE[]) AS d,"
        " unnest(?::BOOLEAN[]) AS working, unnest(?::DATE[]) AS prev",
        [days, working, prevs],
    )


# -- typed rows ----------------------------------------------------------------------------
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


def create_typed_view(
    conn: duckdb.DuckDBPyConnection, default_source: str, date_format: str | None
) -> None:
    """Create view ``__typed`` over ``__long`` and ``__keys``: one typed row per long row.

    A view, not a table: validation and the final write each stream through it once.
    Numbers are scaled into the product's stored unit; a date outside 1900-2199 or not
    parsed (by ``date_format``, else ISO with ``/`` or ``.`` allowed) is NULL.
    """
    types = column_types(conn, "__long")
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


def typed_count(conn: duckdb.DuckDBPyConnection) -> int:
    """How many typed rows the import has."""
    return int(conn.execute("SELECT count(*) FROM __typed").fetchall()[0][0])


def drop_staging(conn: duckdb.DuckDBPyConnection) -> None:
    """Drop the temporary tables and views an import made (names starting ``__``)."""
    views = conn.execute(
        "SELECT view_name FROM duckdb_views() WHERE temporary AND view_name LIKE '\\_\\_%' ESCAPE '\\'"
    ).fetchall()
    for (name,) in views:
        conn.execute(f'DROP VIEW IF EXISTS "{name}"')
    tables = conn.execute(
        "SELECT table_name FROM duckdb_tables() WHERE temporary AND table_name LIKE '\\_\\_%' ESCAPE '\\'"
    ).fetchall()
    for (name,) in tables:
        conn.execute(f'DROP TABLE IF EXISTS "{name}"')
