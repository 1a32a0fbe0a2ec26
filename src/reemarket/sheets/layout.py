"""Turn a raw sheet (text cells) into long rows: one row per line, product and market.

Here the sheet's headers and mapping say where each field is (:func:`layout_of`); the
view ``__long`` over the raw table is made by ``store.sheet_staging.create_long_view``
(its columns: ``store.sheet_staging.LONG_COLUMNS``).
"""

from __future__ import annotations

from collections import defaultdict

import duckdb

from reemarket.errors import InputError
from reemarket.sheets.mapping import ColumnMap, Mapping
from reemarket.store.sheet_staging import LongLayout, WideGroup, WideLayout, create_long_view

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
    create_long_view(conn, raw, layout_of(headers, mapping, source))


def layout_of(headers: list[str], mapping: Mapping, source: str) -> LongLayout | WideLayout:
    """Where each field of the sheet is, by its headers and mapping; InputError if unclear."""
    sheet = mapping.sheet
    if not mapping.is_wide:
        found = _resolve_long(headers, mapping, source)
        return LongLayout(columns=found, market=sheet.market, source=sheet.source,
                          basis=sheet.basis)  # fmt: skip
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
    wide = []
    for (product, market), fields in groups.items():
        units = {c.unit for c in fields.values()}
        if len(units) > 1:
            raise InputError(f"{source}: mapping gives {product} columns in several units: {units}")
        columns = {fld: (c.name, c.scale) for fld, c in fields.items()}
        wide.append(WideGroup(product=product, market=market, unit=units.pop(), fields=columns))
    return WideLayout(date_column=sheet.date_column, source=sheet.source, basis=sheet.basis,
                      groups=wide)  # fmt: skip
