"""Queries on price observations."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from reemarket.store.db import Store


def series_summary(store: Store) -> list[tuple[str, str, str, int, dt.date, dt.date, str]]:
    """(product, market, source, count, first date, last date, unit) of every stored series."""
    rows = store.conn.execute(
        "SELECT product, market, source, count(*), min(date), max(date), any_value(unit)"
        " FROM observations GROUP BY ALL ORDER BY product, market, source"
    ).fetchall()
    return [tuple(r) for r in rows]


#: Which observation wins a date when several sources have one: sheets, then documents.
ORIGIN_RANK_SQL = "CASE origin WHEN 'sheet' THEN 0 WHEN 'document' THEN 1 ELSE 2 END"


def unit_counts(
    conn: duckdb.DuckDBPyConnection, product: str, market: str, source: str | None
) -> list[tuple[str, int]]:
    """(unit, observations) of one series (any source, or ``source``)."""
    rows = conn.execute(
        "SELECT unit, count(*) AS n FROM observations WHERE product = ? AND market = ?"
        " AND (CAST(? AS VARCHAR) IS NULL OR source = ?) GROUP BY unit",
        [product, market, source, source],
    ).fetchall()
    return [(str(u), int(n)) for u, n in rows]


def markets_of(conn: duckdb.DuckDBPyConnection, product: str) -> list[str]:
    """The markets a product has observations in, by name."""
    rows = conn.execute(
        "SELECT DISTINCT market FROM observations WHERE product = ? ORDER BY market", [product]
    ).fetchall()
    return [str(r[0]) for r in rows]


def series_rows(
    conn: duckdb.DuckDBPyConnection,
    product: str,
    market: str,
    unit: str,
    *,
    source: str | None = None,
    origin: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[tuple[Any, ...]]:
    """One observation per date (sheets before documents, then source name), in date order.

    ``origin`` ('sheet' or 'document') keeps only observations of that origin.

    Rows: (date, low, high, mid, unit, basis, source, origin).
    """
    return conn.execute(
        f"""
        SELECT date, low, high, mid, unit, basis, source, origin
        FROM observations
        WHERE product = ? AND market = ? AND unit = ?
          AND (CAST(? AS VARCHAR) IS NULL OR source = ?)
          AND (CAST(? AS VARCHAR) IS NULL OR origin = ?)
          AND (CAST(? AS DATE) IS NULL OR date >= ?)
          AND (CAST(? AS DATE) IS NULL OR date <= ?)
        QUALIFY row_number() OVER (PARTITION BY date ORDER BY {ORIGIN_RANK_SQL}, source) = 1
        ORDER BY date
        """,
        [product, market, unit, source, source, origin, origin, start, start, end, end],
    ).fetchall()


#: The columns an export writes, in order.
EXPORT_COLUMNS = ("date", "product", "market", "low", "high", "mid", "unit", "basis", "source")


def export_table(
    store: Store,
    *,
    product: str | None = None,
    market: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Any:
    """Observations as a pyarrow Table of :data:`EXPORT_COLUMNS`, by series then date.

    ``product`` is a product id; any filter left None matches all.
    """
    where: list[str] = ["TRUE"]
    params: list[object] = []
    if product:
        where.append("product = ?")
        params.append(product)
    for col, val, op in (("market", market, "="), ("date", start, ">="), ("date", end, "<=")):
        if val is not None:
            where.append(f"{col} {op} ?")
            params.append(val)
    query = (
        f"SELECT {', '.join(EXPORT_COLUMNS)} FROM observations "
        f"WHERE {' AND '.join(where)} ORDER BY product, market, date, source"
    )
    return store.conn.sql(query, params=params).to_arrow_table()
