"""Writing an import's checked rows into ``observations``, with its run, in one transaction.

Reads the staging tables of ``store/sheet_staging.py`` (``__typed``), the problems of
``store/sheet_checks.py`` (``__problems``) and the repairs of ``store/repair.py``
(``__repairs``, ``__fixed``). Observations have no key index: these writers keep
(product, market, date, source) unique by updating the keys they have and inserting
only new ones, inside their transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import duckdb

from reemarket.store.db import Store, fetch_one, retrying
from reemarket.store.sheet_checks import clean_rows, has_duplicates


@dataclass(frozen=True)
class SheetWrite:
    """What a write of staged rows did."""

    inserted: int
    updated: int
    rejected: int
    dropped: int
    run_id: int | None


class _NotClean(Exception):
    """The optimistic write met a row needing the full validation; it was rolled back."""


_COLUMNS = "t.product, t.market, t.date, t.low, t.high, t.mid, t.unit, t.basis, t.source"
_KEY = "o.product = t.product AND o.market = t.market AND o.date = t.date AND o.source = t.source"
_SAME = (
    "o.low IS NOT DISTINCT FROM t.low AND o.high IS NOT DISTINCT FROM t.high AND o.mid = t.mid"
    " AND o.unit = t.unit AND o.basis = t.basis"
)


def _count(conn: duckdb.DuckDBPyConnection, sql: str) -> int:
    """Run a count or a DML statement and return its number (rows counted or changed)."""
    row = fetch_one(conn, sql)
    return int(str(row[0])) if row and row[0] is not None else 0


def _empty(conn: duckdb.DuckDBPyConnection) -> bool:
    return fetch_one(conn, "SELECT NOT EXISTS (SELECT 1 FROM observations)") == (True,)


def _record_run(
    tx: duckdb.DuckDBPyConnection, params: dict[str, object], summary: dict[str, int]
) -> int | None:
    """Record an import run; return its id."""
    row = fetch_one(
        tx,
        "INSERT INTO runs (kind, params, summary) VALUES ('import', ?, ?) RETURNING id",
        [json.dumps(params), json.dumps(summary)],
    )
    return int(str(row[0])) if row else None


@retrying
def write_if_clean(store: Store, total: int, params: dict[str, object]) -> SheetWrite | None:
    """Into an empty table, write all ``total`` typed rows in one pass if all are clean.

    The common big import (a price history into a fresh database) is a clean sheet.
    Rather than scan it once per check and again to write, the rows that pass every
    row check are inserted straight away, inside the transaction; if any row was held
    back or two rows share a key, the transaction is rolled back (nothing is left) and
    None returned, for the full validation to name every problem.
    """
    if not _empty(store.conn):
        return None
    try:
        with store.transaction() as tx:
            inserted = _count(
                tx,
                f"INSERT INTO observations SELECT {_COLUMNS}, 'sheet', NULL, t.line, NULL"
                f" FROM __typed t WHERE {clean_rows()}",
            )
            if inserted != total or has_duplicates(tx, "observations"):
                raise _NotClean
            run_id = _record_run(tx, params, {"inserted": inserted, "updated": 0, "rejected": 0})
    except _NotClean:
        return None
    return SheetWrite(inserted=inserted, updated=0, rejected=0, dropped=0, run_id=run_id)


@retrying
def write_checked(
    store: Store, params: dict[str, object], *, has_problems: bool, repaired: bool
) -> SheetWrite:
    """Write the good rows in one transaction: insert new keys, update changed values.

    Good rows are those without a problem, or, after repairs, those kept (with the note
    of what was done to them in ``repairs``). The run is recorded if anything changed.
    """
    rows = "__fixed" if repaired else "__typed"
    notes = "t.repairs" if repaired else "NULL"
    conn = store.conn
    if repaired:
        good = "t.good"
        rejected = _count(conn, "SELECT count(*) FROM __repairs WHERE NOT dropped AND NOT kept")
        dropped = _count(conn, "SELECT count(*) FROM __repairs WHERE dropped")
    else:
        good = "t.rid NOT IN (SELECT rid FROM __problems)" if has_problems else "TRUE"
        rejected = _count(conn, "SELECT count(DISTINCT rid) FROM __problems") if has_problems else 0
        dropped = 0
    with store.transaction() as tx:
        # Fast path: into an empty table every good row is new, no key matching needed.
        empty = _empty(tx)
        updated = (
            0
            if empty
            else _count(
                tx,
                f"UPDATE observations o SET low = t.low, high = t.high, mid = t.mid, unit = t.unit,"
                f" basis = t.basis, origin = 'sheet', fact_id = NULL, line = t.line,"
                f" repairs = {notes} FROM {rows} t"
                f" WHERE {good} AND {_KEY} AND NOT ({_SAME}"
                f" AND o.repairs IS NOT DISTINCT FROM {notes})",
            )
        )
        inserted = _count(
            tx,
            f"INSERT INTO observations SELECT {_COLUMNS}, 'sheet', NULL, t.line, {notes}"
            f" FROM {rows} t WHERE {good}"
            + ("" if empty else f" AND NOT EXISTS (SELECT 1 FROM observations o WHERE {_KEY})"),
        )
        run_id = None
        if inserted or updated:
            summary = {"inserted": inserted, "updated": updated, "rejected": rejected}
            run_id = _record_run(tx, params, summary)
    return SheetWrite(
        inserted=inserted, updated=updated, rejected=rejected, dropped=dropped, run_id=run_id
    )
