"""Turn a raw sheet (text cells) into long rows: one row per line, product and market.

The long view ``__long`` has the columns rid (unique per long row), line, raw_date, raw_product, raw_market,
raw_source, raw_basis, raw_unit, raw_low, raw_high, raw_mid, raw_price and the
scale of each number field.
"""

from __future__ import annotations

from collections import defaultdict

import duckdb

from reemarket.errors import InputError
from reemarket.sheets.mapping import ColumnMap, Mapping

#: Header spellings accepted for each standard field of a long sheet.
STANDARD_HEADERS: dict[str, tuple[str, ...]] = {
    "date": ("date", "day", "日期"),
    "product": ("product", "name", "item", "产品", "品名"),
    "low": ("low", "min", "minimum", "最低价"),
    "high": ("high", "max", "maximum", "最高价"),
    "mid": ("mid", "average", "avg", "mean", "均价", "平均价"),
    "price": ("price", "value", "close", "价格"),
    "unit": ("unit", "单位"),
    "market": ("market", "市场"),
    "source": ("source", "来源"),
    "basis": ("basis", "vat", "vat_basis"),
}

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


def _resolve_long(headers: list[str], mapping: Mapping, source: str) -> dict[str, str]:
    lowered = {h.strip().casefold(): h for h in headers}
    found: dict[str, str] = {}
    for fld, spellings in STANDARD_HEADERS.items():
        given = mapping.columns.get(fld)
        if given is not None:
            if given not in headers:
                raise InputError(
                    f"{source}: mapping names column {given!r} for {fld}, not in sheet"
                )
            found[fld] = given
            continue
        for s in spellings:
            if s.casefold() in lowered:
                found[fld] = lowered[s.casefold()]
                break
    if "date" not in found:
        raise InputError(f"{source}: no date column (headers: {', '.join(headers)})")
    if "product" not in found:
        raise InputError(
            f"{source}: no product column; a sheet with one column per product needs a mapping file"
        )
    if not ({"price", "mid"} & found.keys() or {"low", "high"} <= found.keys()):
        raise InputError(f"{source}: no price columns (need price, mid, or low and high)")
    if "unit" not in found:
        raise InputError(f"{source}: no unit column; add one, or use a mapping file")
    return found


def build_long(
    conn: duckdb.DuckDBPyConnection, raw: str, headers: list[str], mapping: Mapping, source: str
) -> None:
    """Create temp view ``__long`` over raw table ``raw`` (long sheets keep their cell types)."""
    sheet = mapping.sheet
    if not mapping.is_wide:
        f = _resolve_long(headers, mapping, source)

        def col(name: str, default: str | None = None) -> str:
            if name in f:
                return _q(f[name])
            if name in ("low", "high", "mid", "price"):
                return "CAST(NULL AS DOUBLE)"
            return f"CAST({_lit(default)} AS VARCHAR)"

        select = (
            f"SELECT __line AS rid, __line AS line, {col('date')} AS raw_date, "
            f"CAST({col('product')} AS VARCHAR) AS raw_product, "
            f"coalesce(CAST({col('market')} AS VARCHAR), {_lit(sheet.market)}) AS raw_market, "
            f"coalesce(CAST({col('source')} AS VARCHAR), {_lit(sheet.source)}) AS raw_source, "
            f"coalesce(CAST({col('basis')} AS VARCHAR), {_lit(sheet.basis)}) AS raw_basis, "
            f"CAST({col('unit')} AS VARCHAR) AS raw_unit, "
            f"{col('low')} AS raw_low, {col('high')} AS raw_high, {col('mid')} AS raw_mid, "
            f"{col('price')} AS raw_price, 1.0 AS scale_low, 1.0 AS scale_high, 1.0 AS scale_mid "
            f"FROM {raw}"
        )
        conn.execute(f"CREATE OR REPLACE TEMP VIEW __long AS {select}")
        return
    if sheet.date_column not in headers:
        raise InputError(f"{source}: mapping date_column {sheet.date_column!r} is not in the sheet")
    groups: dict[tuple[str, str], dict[str, ColumnMap]] = defaultdict(dict)
    for c in mapping.column:
        if c.name not in headers:
            raise InputError(f"{source}: mapping names column {c.name!r}, which the sheet lacks")
        key = (c.product, c.market or sheet.market)
        fld = "mid" if c.field == "price" else c.field
        if fld in groups[key]:
            raise InputError(f"{source}: mapping gives {c.product} {fld} twice")
        groups[key][fld] = c
    parts = []
    n_groups = len(groups)
    for index, ((product, market), fields) in enumerate(groups.items()):
        units = {c.unit for c in fields.values()}
        if len(units) > 1:
            raise InputError(f"{source}: mapping gives {product} columns in several units: {units}")

        def val(fld: str, fields: dict[str, ColumnMap] = fields) -> str:
            return f"CAST({_q(fields[fld].name)} AS VARCHAR)" if fld in fields else "NULL::VARCHAR"

        def scale(fld: str, fields: dict[str, ColumnMap] = fields) -> str:
            return repr(fields[fld].scale) if fld in fields else "1.0"

        present = " OR ".join(f"nullif(trim({val(x)}), '') IS NOT NULL" for x in fields)
        parts.append(
            f"SELECT __line * {n_groups} + {index} AS rid, __line AS line, "
            f"CAST({_q(sheet.date_column)} AS VARCHAR) AS raw_date, "
            f"{_lit(product)} AS raw_product, {_lit(market)} AS raw_market, "
            f"{_lit(sheet.source)} AS raw_source, {_lit(sheet.basis)} AS raw_basis, "
            f"{_lit(units.pop())} AS raw_unit, {val('low')} AS raw_low, {val('high')} AS raw_high, "
            f"{val('mid')} AS raw_mid, NULL::VARCHAR AS raw_price, {scale('low')} AS scale_low, "
            f"{scale('high')} AS scale_high, {scale('mid')} AS scale_mid FROM {raw} WHERE {present}"
        )
    conn.execute(f"CREATE OR REPLACE TEMP VIEW __long AS {' UNION ALL '.join(parts)}")
