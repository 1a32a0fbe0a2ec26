"""Use cases for price sheets: import (validated, idempotent, atomic) and export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pydantic import BaseModel, Field

from reemarket.errors import InputError, RowProblem, RowsRejectedError
from reemarket.sheets.layout import build_long
from reemarket.sheets.mapping import Mapping, load_mapping
from reemarket.sheets.reader import read_raw, sheet_format
from reemarket.sheets.validate import build_typed, collect_problems, problems
from reemarket.store.db import Store
from reemarket.store.observations import export_table
from reemarket.store.repair import plan_repairs, problem_summary, rejected_problems, repair_counts
from reemarket.store.sheet_checks import problem_row_count
from reemarket.store.sheet_staging import drop_staging, typed_count
from reemarket.store.sheet_writes import SheetWrite, write_checked, write_if_clean


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
        total = typed_count(conn)
        if total == 0:
            raise InputError(f"{path}: no price rows found")
        params = _run_params(path, mapping_path, skip_bad)
        fast = write_if_clean(store, total, params)
        if fast is not None:
            return _result(path, total, fast, [])
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
        written = write_checked(
            store, params, has_problems=bool(found), repaired=bool(repair and found)
        )
        return _result(path, total, written, found).model_copy(update={
            "summary": summary, "repair": sorted(repair),
            "problem_rows": problem_row_count(conn),
            "problem_lines": len({p.line for p in found}),
            "dropped": counts["dropped"], "mid_recomputed": counts["mid_recomputed"],
            "flagged": counts["flagged"],
        })  # fmt: skip
    finally:
        drop_staging(conn)


def _run_params(path: Path, mapping_path: Path | None, skip_bad: bool) -> dict[str, object]:
    return {"file": str(path), "mapping": str(mapping_path) if mapping_path else None,
            "skip_bad": skip_bad}  # fmt: skip


def _result(path: Path, total: int, written: SheetWrite, found: list[RowProblem]) -> ImportResult:
    """The result of an import from what its write did and the problems found."""
    unchanged = total - written.rejected - written.dropped - written.inserted - written.updated
    return ImportResult(
        file=str(path), rows_read=total, inserted=written.inserted, updated=written.updated,
        unchanged=unchanged, rejected=written.rejected, problems=[str(p) for p in found],
        run_id=written.run_id,
    )  # fmt: skip


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
    pid = None
    if product:
        from reemarket.domain.products import product as lookup

        pid = lookup(product).id
    table = export_table(store, product=pid, market=market, start=start, end=end)
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
