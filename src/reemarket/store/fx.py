"""SQL of exchange rates and of the source preferred for a series."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from reemarket.store.db import Store, fetch_one


@dataclass(frozen=True)
class StoredRate:
    """A stored rate: QUOTE per BASE of ``pair`` on ``date`` (daily) or for its month."""

    date: dt.date
    pair: str
    rate: float
    kind: str
    source: str


def upsert_rates(tx: duckdb.DuckDBPyConnection, rows: list[StoredRate]) -> tuple[int, int]:
    """Insert new rates and replace changed ones; return (inserted, updated)."""
    inserted = updated = 0
    for r in rows:
        old = fetch_one(
            tx,
            "SELECT rate FROM fx_rates WHERE date = ? AND pair = ? AND kind = ?",
            [r.date, r.pair, r.kind],
        )
        if old is None:
            tx.execute(
                "INSERT INTO fx_rates VALUES (?, ?, ?, ?, ?)",
                [r.date, r.pair, r.rate, r.kind, r.source],
            )
            inserted += 1
        elif float(str(old[0])) != r.rate:
            tx.execute(
                "UPDATE fx_rates SET rate = ?, source = ? WHERE date = ? AND pair = ? AND kind = ?",
                [r.rate, r.source, r.date, r.pair, r.kind],
            )
            updated += 1
    return inserted, updated


def _rate(row: tuple[object, ...] | None) -> StoredRate | None:
    if row is None:
        return None
    day = row[0]
    assert isinstance(day, dt.date)
    return StoredRate(day, str(row[1]), float(str(row[2])), str(row[3]), str(row[4]))


def set_preference(tx: duckdb.DuckDBPyConnection, product: str, market: str, source: str) -> None:
    """Make ``source`` the default series source of a product and market."""
    tx.execute("DELETE FROM source_preferences WHERE product = ? AND market = ?", [product, market])
    tx.execute("INSERT INTO source_preferences VALUES (?, ?, ?)", [product, market, source])


def preference(store: Store, product: str, market: str) -> str | None:
    """The source set as default for a product and market, or None."""
    row = fetch_one(
        store.conn,
        "SELECT source FROM source_preferences WHERE product = ? AND market = ?",
        [product, market],
    )
    return None if row is None else str(row[0])


def source_counts(store: Store, product: str, market: str) -> list[tuple[str, str, int]]:
    """Each source of a product and market: (source, origin, observations), most first."""
    rows = store.conn.execute(
        "SELECT source, min(origin), count(*) AS n FROM observations WHERE product = ?"
        " AND market = ? GROUP BY source ORDER BY n DESC, source",
        [product, market],
    ).fetchall()
    return [(str(s), str(o), int(n)) for s, o, n in rows]


def rates_of(store: Store, pairs: tuple[str, str]) -> list[StoredRate]:
    """Every stored rate of either spelling of a pair, by date."""
    rows = store.conn.execute(
        "SELECT date, pair, rate, kind, source FROM fx_rates WHERE pair IN (?, ?) ORDER BY date",
        [pairs[0], pairs[1]],
    ).fetchall()
    return [r for r in (_rate(tuple(row)) for row in rows) if r is not None]
