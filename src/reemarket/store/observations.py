"""Queries on price observations."""

from __future__ import annotations

import datetime as dt

from reemarket.store.db import Store


def series_summary(store: Store) -> list[tuple[str, str, str, int, dt.date, dt.date, str]]:
    """(product, market, source, count, first date, last date, unit) of every stored series."""
    rows = store.conn.execute(
        "SELECT product, market, source, count(*), min(date), max(date), any_value(unit)"
        " FROM observations GROUP BY ALL ORDER BY product, market, source"
    ).fetchall()
    return [tuple(r) for r in rows]
