"""Use cases for price sheets: import (validated, idempotent, atomic) and export."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
from pydantic import BaseModel, Field

from reemarket.errors import InputError, RowProblem, RowsRejectedError
from reemarket.sheets.layout import build_long
from reemarket.sheets.mapping import Mapping, load_mapping
from reemarket.sheets.reader import read_raw, sheet_format
from reemarket.sheets.validate import (
    build_typed,
    clean_rows,
    collect_problems,
    has_duplicates,
    problems,
)
from reemarket.store.db import Store, fetch_one
from reemarket.store.repair import plan_repairs, problem_summary, rejected_problems, repair_counts

_VALUE_COLS = "low, high, mid, unit, basis"


class ProblemCount(BaseModel):
    """How many problems of one reason code a sheet has, and where the first are."""

    code: str = Field(description="The reason code (see sheets.validate)")
    problems: int = Field(description="Problems of this code")
    rows: int = Field(description="Rows with this problem")
    first_lines: list[int] = Field(description="The first lines with it")


#: Repair policies an import may apply (combinable).
REPAIR_POLICIES = ("mid", "weekend", "flag")
#: How many first lines the summary names per reason code.
SUMMARY_LINES = 5


class ImportResult(BaseModel):
    """What an import did."""

    file: str = Field(description="The sheet imported")
    rows_read: int = Field(description="Observations found in the sheet (after layout mapping)")
    inserted: int = Field(description="New observations written")
    updated: int = Field(description="Existing observations whose values changed")
    unchanged: int = Field(description="Observations already stored with the same values")
    rejected: int = Field(description="Observations rejected (written nowhere)")
    problems: list[str] = Field(description="Every problem, as 'line N: [code] reason'")
    run_id: int | None = Field(description="The import run recorded, if anything was written")
    problem_rows: int = Field(
        default=0, description="Observations (rows after layout mapping) with a problem"
    )
    problem_lines: int = Field(default=0, description="Sheet lines with a problem")
    summary: list[ProblemCount] = Field(
        default_factory=list, description="Problems by reason code, most first"
    )
    repair: list[str] = Field(default_factory=list, description="Repair policies applied")
    dropped: int = Field(default=0, description="Rows dropped by a repair (weekend repeats)")
    mid_recomputed: int = Field(default=0, description="Rows written with the mid recomputed")
    flagged: int = Field(default=0, description="Rows written as read, their problems noted")


def _drop_temp(store: Store) -> None:
    """Drop the temporary tables and views an import made."""
    views = store.conn.execute(
        "SELECT view_name FROM duckdb_views() WHERE temporary AND view_name LIKE '\\_\\_%' ESCAPE '\\'"
    ).fetchall()
    for (name,) in views:
        store.conn.execute(f'DROP VIEW IF EXISTS "{name}"')
    tables = store.conn.execute(
        "SELECT table_name FROM duckdb_tables() WHERE temporary AND table_name LIKE '\\_\\_%' ESCAPE '\\'"
    ).fetchall()
    for (name,) in tables:
        store.conn.execute(f'DROP TABLE IF EXISTS "{name}"')


def import_prices(
    store: Store,
    path: Path,
    *,
    mapping_path: Path | None = None,
    skip_bad: bool = False,
    market: str | None = None,
    source: str | None = None,
    repair: frozenset[str] = frozenset(),
) -> ImportResult:
    """Import a price sheet (CSV, XLSX or Parquet) into the observations table.

    Every row is validated first. With any bad row nothing is written and
    RowsRejectedError lists every problem by line; with ``skip_bad`` the good rows
    are written and the rejected ones listed in the result. Importing the same
    sheet again changes nothing. The whole write is one transaction.

    ``repair`` policies (combinable): ``mid`` recomputes a mid that lies outside
    low-high from low and high; ``weekend`` drops rows on closed or make-up days that
    repeat the previous day; ``flag`` writes rows whose problems leave them usable
    (see ``store.repair.FLAGGABLE``) as read. What was done is kept on each row
    (``observations.repairs``) and counted in the result.
    """
    unknown = set(repair) - set(REPAIR_POLICIES)
    if unknown:
        raise InputError(f"unknown repair policy {', '.join(sorted(unknown))} (mid, weekend, flag)")
    sheet_format(path)
    mapping = load_mapping(mapping_path) if mapping_path else Mapping()
    if market:
        mapping.sheet.market = market
    if source:
        mapping.sheet.source = source
    default_source = mapping.sheet.source or path.name
    conn = store.conn
    try:
        headers = read_raw(conn, path, "__raw")
        build_long(conn, "__raw", headers, mapping, str(path))
        build_typed(conn, default_source, mapping.sheet.date_format)
        total = _scalar(store, "SELECT count(*) FROM __typed")
        if total == 0:
            raise InputError(f"{path}: no price rows found")
        params = _run_params(path, mapping_path, skip_bad)
        fast = _write_if_clean(store, path, total, params)
        if fast is not None:
            return fast
        collect_problems(conn)
        found = problems(conn)
        summary = [ProblemCount(code=c, problems=n, rows=r, first_lines=lines)
                   for c, n, r, lines in problem_summary(conn, SUMMARY_LINES)]  # fmt: skip
        counts = {"dropped": 0, "mid_recomputed": 0, "flagged": 0}
        left = found
        if repair and found:
            plan_repairs(conn, frozenset(repair))
            counts = repair_counts(conn)
            left = rejected_problems(conn)
        if left and not skip_bad:
            raise RowsRejectedError(str(path), left)
        result = _write(store, path, total, found, params, repaired=bool(repair and found))
        return result.model_copy(update={
            "summary": summary, "repair": sorted(repair),
            "problem_rows": _scalar(store, "SELECT count(DISTINCT rid) FROM __problems"),
            "problem_lines": len({p.line for p in found}),
            "dropped": counts["dropped"], "mid_recomputed": counts["mid_recomputed"],
            "flagged": counts["flagged"],
        })  # fmt: skip
    finally:
        _drop_temp(store)


class _NotClean(Exception):
    """The optimistic write met a row needing the full validation; it was rolled back."""


def _run_params(path: Path, mapping_path: Path | None, skip_bad: bool) -> dict[str, object]:
    return {"file": str(path), "mapping": str(mapping_path) if mapping_path else None,
            "skip_bad": skip_bad}  # fmt: skip


_COLUMNS = "t.product, t.market, t.date, t.low, t.high, t.mid, t.unit, t.basis, t.source"


def _write_if_clean(
    store: Store, path: Path, total: int, params: dict[str, object]
) -> ImportResult | None:
    """Into an empty table, write every row in one pass if all are clean; else None.

    The common big import (a price history into a fresh database) is a clean sheet.
    Rather than scan it once per check and again to write, the rows that pass every
    row check are inserted straight away, inside the transaction; if any row was held
    back or two rows share a key, the transaction is rolled back (nothing is left) and
    the full validation runs and names every problem.
    """
    if fetch_one(store.conn, "SELECT NOT EXISTS (SELECT 1 FROM observations)") != (True,):
        return None
    try:
        with store.transaction() as tx:
            inserted = _scalar_tx(
                tx,
                f"INSERT INTO observations SELECT {_COLUMNS}, 'sheet', NULL, t.line, NULL"
                f" FROM __typed t WHERE {clean_rows()}",
            )
            if inserted != total or has_duplicates(tx, "observations"):
                raise _NotClean
            run_id = _record_run(tx, params, {"inserted": inserted, "updated": 0, "rejected": 0})
    except _NotClean:
        return None
    return ImportResult(
        file=str(path), rows_read=total, inserted=inserted, updated=0, unchanged=0,
        rejected=0, problems=[], run_id=run_id,
    )  # fmt: skip


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


def _scalar(store: Store, sql: str) -> int:
    row = fetch_one(store.conn, sql)
    return int(str(row[0])) if row and row[0] is not None else 0


_KEY = "o.product = t.product AND o.market = t.market AND o.date = t.date AND o.source = t.source"
_SAME = (
    "o.low IS NOT DISTINCT FROM t.low AND o.high IS NOT DISTINCT FROM t.high AND o.mid = t.mid"
    " AND o.unit = t.unit AND o.basis = t.basis"
)


def _write(
    store: Store,
    path: Path,
    total: int,
    found: list[RowProblem],
    params: dict[str, object],
    *,
    repaired: bool = False,
) -> ImportResult:
    """Write the good rows in one transaction: insert new keys, update changed values."""
    rows = "__fixed" if repaired else "__typed"
    notes = "t.repairs" if repaired else "NULL"
    if repaired:
        good = "t.good"
        rejected = _scalar(store, "SELECT count(*) FROM __repairs WHERE NOT dropped AND NOT kept")
        dropped = _scalar(store, "SELECT count(*) FROM __repairs WHERE dropped")
    else:
        good = "t.rid NOT IN (SELECT rid FROM __problems)" if found else "TRUE"
        rejected = _scalar(store, "SELECT count(DISTINCT rid) FROM __problems") if found else 0
        dropped = 0
    with store.transaction() as tx:
        # Fast path: into an empty table every good row is new, no key matching needed.
        empty = fetch_one(tx, "SELECT NOT EXISTS (SELECT 1 FROM observations)") == (True,)
        updated = (
            0
            if empty
            else _scalar_tx(
                tx,
                f"UPDATE observations o SET low = t.low, high = t.high, mid = t.mid, unit = t.unit,"
                f" basis = t.basis, origin = 'sheet', fact_id = NULL, line = t.line,"
                f" repairs = {notes} FROM {rows} t"
                f" WHERE {good} AND {_KEY} AND NOT ({_SAME}"
                f" AND o.repairs IS NOT DISTINCT FROM {notes})",
            )
        )
        inserted = _scalar_tx(
            tx,
            f"INSERT INTO observations SELECT {_COLUMNS}, 'sheet', NULL, t.line, {notes}"
            f" FROM {rows} t WHERE {good}"
            + ("" if empty else f" AND NOT EXISTS (SELECT 1 FROM observations o WHERE {_KEY})"),
        )
        run_id = None
        if inserted or updated:
            summary = {"inserted": inserted, "updated": updated, "rejected": rejected}
            run_id = _record_run(tx, params, summary)
    return ImportResult(
        file=str(path),
        rows_read=total,
        inserted=inserted,
        updated=updated,
        unchanged=total - rejected - dropped - inserted - updated,
        rejected=rejected,
        problems=[str(p) for p in found],
        run_id=run_id,
    )


def _scalar_tx(conn: duckdb.DuckDBPyConnection, sql: str) -> int:
    """Run a DML statement and return the number of rows it changed."""
    row = fetch_one(conn, sql)
    return int(str(row[0])) if row and row[0] is not None else 0


class ExportResult(BaseModel):
    """What an export wrote."""

    file: str = Field(description="The file written")
    rows: int = Field(description="Observations written")


def export_prices(
    store: Store,
    path: Path,
    *,
    product: str | None = None,
    market: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> ExportResult:
    """Write observations to CSV, XLSX or Parquet (by the file's extension)."""
    fmt = sheet_format(path)
    where, params = ["TRUE"], []
    if product:
        from reemarket.domain.products import product as lookup

        where.append("product = ?")
        params.append(lookup(product).id)
    for col, val, op in (("market", market, "="), ("date", start, ">="), ("date", end, "<=")):
        if val is not None:
            where.append(f"{col} {op} ?")
            params.append(val)  # type: ignore[arg-type]
    query = (
        "SELECT date, product, market, low, high, mid, unit, basis, source FROM observations "
        f"WHERE {' AND '.join(where)} ORDER BY product, market, date, source"
    )
    table = store.conn.sql(query, params=params).to_arrow_table()
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        import pyarrow.csv as pacsv

        pacsv.write_csv(table, str(path))
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, str(path))
    else:
        _write_xlsx(table.to_pylist(), table.column_names, path)
    return ExportResult(file=str(path), rows=table.num_rows)


def _write_xlsx(rows: list[dict[str, object]], columns: list[str], path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("prices")
    sheet.append(columns)
    for r in rows:
        sheet.append([r[c] for c in columns])
    book.save(path)
