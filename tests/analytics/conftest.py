"""Fixtures of the analytics tests: a real DuckDB store and a way to load quotes into it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date

import pytest

from reemarket.store.db import Store, open_store

Row = tuple[date, float] | tuple[date, float | None, float | None, float]


def add_quotes(
    store: Store,
    product: str,
    rows: Sequence[Row],
    *,
    market: str = "china",
    unit: str = "CNY/t",
    basis: str = "incl_vat",
    source: str = "sheet-a",
    origin: str = "sheet",
) -> None:
    """Insert quotes (date, mid) or (date, low, high, mid) as observations, in one transaction."""
    with store.transaction() as tx:
        for row in rows:
            if len(row) == 2:
                day, mid = row
                low = high = None
            else:
                day, low, high, mid = row
            tx.execute(
                "INSERT INTO observations (product, market, date, low, high, mid, unit, basis,"
                " source, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [product, market, day, low, high, mid, unit, basis, source, origin],
            )


@pytest.fixture
def store(db_location: str) -> Iterator[Store]:
    """A fresh reemarket store on the test's backend (the DuckDB file unless marked)."""
    s = open_store(db_location)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def add() -> Callable[..., None]:
    """The :func:`add_quotes` helper."""
    return add_quotes
