"""Mapping files: how a sheet laid out differently maps onto price observations.

A mapping is a small TOML file. A sheet in the standard layout (columns date,
product, low/high/mid or price, unit, optional market, source, basis) needs none.
A wide sheet (one column per product and field, Chinese headers, values in
10,000 yuan/t) names each column::

    [sheet]
    date_column = "日期"
    market = "china"            # default market of every row
    source = "my price sheet"   # default source (else the file name)

    [[column]]
    name = "氧化钕最低价"
    product = "nd_oxide"        # any name the catalog knows
    field = "low"               # low, high, mid or price
    unit = "CNY/t"
    scale = 10000               # the sheet's numbers are in 10,000 CNY/t

The standard-layout column names may also be renamed with a ``[columns]`` table
(``date = "Datum"``, ``product = "Produkt"``, ...).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from reemarket.errors import InputError

FieldName = Literal["low", "high", "mid", "price"]


class ColumnMap(BaseModel):
    """One column of a wide sheet: which product and field it holds, in which unit."""

    name: str = Field(description="Column header in the sheet")
    product: str = Field(description="Product, by any name the catalog knows")
    field: FieldName = Field(description="low, high, mid or price")
    unit: str = Field(description="Unit of the numbers, e.g. CNY/t")
    scale: float = Field(1.0, gt=0, description="Multiply the numbers by this (10000 for 万元/t)")
    market: str | None = Field(None, description="Market of this column (default: the sheet's)")


class SheetDefaults(BaseModel):
    """Sheet-wide settings of a mapping."""

    date_column: str = Field("date", description="Header of the date column")
    market: str = Field("china", description="Market of rows that name none")
    source: str | None = Field(None, description="Source of rows that name none (default: file)")
    basis: str | None = Field(None, description="VAT basis of rows (default: the market's)")
    date_format: str | None = Field(None, description="strptime format if not ISO, e.g. %Y.%m.%d")


class Mapping(BaseModel):
    """A whole mapping file."""

    sheet: SheetDefaults = Field(default_factory=SheetDefaults)
    columns: dict[str, str] = Field(
        default_factory=dict, description="Standard field -> header renames for long sheets"
    )
    column: list[ColumnMap] = Field(default_factory=list, description="Wide-sheet columns")

    @property
    def is_wide(self) -> bool:
        """Whether the sheet has one column per product and field."""
        return bool(self.column)


def load_mapping(path: Path) -> Mapping:
    """Read and validate a mapping file; errors name the file and the field."""
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: mapping file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from exc
    try:
        return Mapping.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{path}: field {where}: {first['msg']}") from exc
