"""Read a sheet (CSV, XLSX, Parquet) into a staging table of text cells with line numbers.

Every cell is read as text so that validation, not the reader, decides what is
wrong with a row and can name its line. The line of a row is its line in the
file counting the header as line 1 (for XLSX its row number in the sheet; for
Parquet its row number plus one). The staging itself is ``store/sheet_staging.py``;
XLSX is read here with openpyxl and handed over as an Arrow table.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from reemarket.errors import InputError
from reemarket.store.sheet_staging import column_types, stage_arrow, stage_csv, stage_parquet

FORMATS = ("csv", "xlsx", "parquet")


def sheet_format(path: Path) -> str:
    """The format of a sheet, from its extension; InputError if unsupported."""
    ext = path.suffix.lower().lstrip(".")
    fmt = {"csv": "csv", "txt": "csv", "xlsx": "xlsx", "parquet": "parquet", "pq": "parquet"}.get(
        ext
    )
    if fmt is None:
        raise InputError(
            f"{path}: unsupported sheet format {path.suffix!r} (use CSV, XLSX or Parquet)"
        )
    return fmt


def read_raw(conn: duckdb.DuckDBPyConnection, path: Path, table: str) -> list[str]:
    """Load ``path`` as temp table or view ``table`` (cells plus ``__line``); return headers."""
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    fmt = sheet_format(path)
    try:
        if fmt == "csv":
            stage_csv(conn, path, table)
        elif fmt == "parquet":
            stage_parquet(conn, path, table)
        else:
            _read_xlsx(conn, path, table)
    except duckdb.Error as exc:
        raise InputError(
            f"{path}: cannot read as {fmt.upper()}: {str(exc).splitlines()[0]}"
        ) from exc
    return [c for c in column_types(conn, table) if c != "__line"]


def _read_xlsx(conn: duckdb.DuckDBPyConnection, path: Path, table: str) -> None:
    import openpyxl
    import pyarrow as pa

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a broken file
        raise InputError(f"{path}: cannot read as XLSX: {exc}") from exc
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None)
    if not header:
        raise InputError(f"{path}: the first sheet is empty")
    names = [str(h).strip() if h is not None else f"column{i + 1}" for i, h in enumerate(header)]
    cols: list[list[str | None]] = [[] for _ in names]
    lines: list[int] = []
    for number, row in enumerate(rows, start=2):
        if row is None or all(v is None for v in row):
            continue
        lines.append(number)
        for i in range(len(names)):
            v = row[i] if i < len(row) else None
            cols[i].append(None if v is None else _cell_text(v))
    book.close()
    if any(v is None for c in cols for v in c):
        _refuse_uncached_formulas(path, names)
    data = {n: pa.array(c, pa.string()) for n, c in zip(names, cols, strict=True)}
    data["__line"] = pa.array(lines, pa.int32())
    stage_arrow(conn, pa.table(data), table)


#: How many formula cells without a saved value an error names.
_FORMULAS_NAMED = 5


def _refuse_uncached_formulas(path: Path, names: list[str]) -> None:
    """Raise InputError naming the cells that hold a formula but no saved value.

    A file written by a program that does not calculate (a script, some exporters) has
    formulas whose results were never saved: read for values they would look empty.
    """
    import openpyxl
    from openpyxl.utils import get_column_letter

    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    values = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        found: list[str] = []
        rows = zip(book.worksheets[0].iter_rows(values_only=True),
                   values.worksheets[0].iter_rows(values_only=True), strict=False)  # fmt: skip
        for number, (formulas, cached) in enumerate(rows, start=1):
            for i, text in enumerate(formulas):
                if (
                    isinstance(text, str)
                    and text.startswith("=")
                    and (i >= len(cached) or cached[i] is None)
                ):
                    column = names[i] if i < len(names) else f"column{i + 1}"
                    found.append(f"{get_column_letter(i + 1)}{number} ({column!r}: {text})")
    finally:
        book.close()
        values.close()
    if found:
        more = f" and {len(found) - _FORMULAS_NAMED} more" if len(found) > _FORMULAS_NAMED else ""
        raise InputError(
            f"{path}: {len(found)} formula cell(s) without a saved value, e.g. "
            f"{'; '.join(found[:_FORMULAS_NAMED])}{more}: open and save the file in a"
            " spreadsheet program (or export it as CSV) so the values are stored"
        )


def _cell_text(v: object) -> str:
    from datetime import date, datetime

    if isinstance(v, datetime):
        return v.date().isoformat() if v.time().isoformat() == "00:00:00" else v.isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return str(v)
