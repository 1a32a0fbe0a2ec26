"""Validate long sheet rows in DuckDB: type them, normalise units, collect every problem.

Each problem has a stable reason code (collected, not raised on the first):

=====================  ==========================================================
bad_date               the date is missing or does not exist
future_date            the date is after today (a quote cannot come from the future)
unknown_product        no product of the catalog has this name
unknown_market         not a market reemarket knows
bad_unit               the unit is unknown or not a price unit
bad_basis              the VAT basis is neither incl_vat nor excl_vat
bad_number             a price cell is not a number
no_price               the row has no price at all
incomplete_range       a low without a high, or a high without a low
non_positive_price     a price of zero or below
low_above_high         the low is above the high
mid_outside_range      the mid or average lies outside low-high
range_glitch           low-high is far from the average (a min/max glitch)
implausible_price      far outside the product's plausible band: a unit or scale error
non_trading_day        dated on a day the market was closed (a weekend or public holiday)
weekend_repeat         a weekend make-up working day repeating the previous row exactly
duplicate_date         two rows for the same product, market, source and date
=====================  ==========================================================

The checks run in SQL in the store (``store/sheet_checks.py``) over the typed rows
(``store/sheet_staging.py``); here are what they need from the domain (each spelling of a
product, market and unit resolved, the suspect days of the Chinese calendar) and how
each problem reads (:data:`REASONS`).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import duckdb

from reemarket.domain.bands import price_band
from reemarket.domain.money import MARKET_BASIS, market_basis
from reemarket.domain.products import catalog, name_key
from reemarket.domain.trading_calendar import get_calendar
from reemarket.domain.units import Dimension, parse_unit
from reemarket.errors import RowProblem, UnitError
from reemarket.store import sheet_checks, sheet_staging
from reemarket.store.sheet_staging import Resolved

#: Market names accepted in sheets, normalised, mapped to market ids.
MARKET_NAMES: dict[str, str] = {
    **{name_key(m): m for m in MARKET_BASIS},
    "domestic": "china",
    "chinesedomestic": "china",
    "chinadomestic": "china",
    "cn": "china",
    "中国": "china",
    "国内": "china",
    "fob": "fob_china",
    "fobchina": "fob_china",
    "cifrotterdam": "cif_rotterdam",
    "rotterdam": "cif_rotterdam",
    "eu": "europe",
}


def target_unit(product_id: str, currency: str) -> str:
    """The unit observations of a product are stored in for a currency."""
    if currency == "CNY":
        return catalog().lookup(product_id).quote_unit
    return f"{currency}/kg"


def _unit_row(
    pid: str, raw_unit: str | None
) -> tuple[str | None, float | None, str | None, float | None, float | None]:
    """How a product's raw unit converts: (target unit, factor, message, band low, band high)."""
    try:
        if not raw_unit:
            raise UnitError("no unit given")
        unit = parse_unit(raw_unit)
        if unit.dimension is not Dimension.PRICE:
            raise UnitError(f"{unit} is a {unit.dimension} unit, not a price unit")
        assert unit.currency is not None
        tgt = parse_unit(target_unit(pid, unit.currency))
        band = price_band(pid, tgt) or (None, None)
        return (tgt.code, unit.scale / tgt.scale, None, *band)
    except UnitError as exc:
        return (None, None, f"unit {raw_unit!r} does not fit {pid}: {exc}", None, None)


_NUM = ",.10g"  # how a problem shows a price: up to 10 digits, thousands separated

#: How each problem reads, by reason code: templates naming the values the store's checks
#: offer (``{product}``, ``{low:,.10g}``, a raw cell quoted or else a word as
#: ``{raw_date|missing}``; see ``store/sheet_checks.py``). ``non_trading_day_repeating``
#: words a closed-day row that also repeats the previous row.
REASONS: dict[str, str] = {
    "bad_date": "date {raw_date|missing} is not a real date (YYYY-MM-DD)",
    "future_date": "date {date} is after today ({today})",
    "unknown_product": "unknown product {raw_product|(empty)}",
    "unknown_market": "unknown market {raw_market|(empty)}",
    "bad_unit": "{unit_msg}",
    "bad_basis": "VAT basis {raw_basis|} is neither incl_vat nor excl_vat",
    "bad_number": "{field} {raw|} is not a number",
    "no_price": "no price given",
    "incomplete_range": "a low without a high or a high without a low",
    "non_positive_price": f"{{product}}: price {{lowest:{_NUM}}} {{unit}} is not positive",
    "low_above_high": f"{{product}}: low {{low:{_NUM}}} is above high {{high:{_NUM}}}",
    "range_glitch": (
        f"{{product}}: low-high {{low:{_NUM}}}-{{high:{_NUM}}} is far from the average"
        f" {{average:{_NUM}}} {{unit}} (a min/max glitch)"
    ),
    "mid_outside_range": (
        f"{{product}}: average {{average:{_NUM}}} lies outside low-high"
        f" {{low:{_NUM}}}-{{high:{_NUM}}} {{unit}}"
    ),
    "implausible_price": (
        f"{{product}}: {{mid:{_NUM}}} {{unit}} (given in {{raw_unit}}) is outside the plausible"
        f" band {{band_lo:{_NUM}}}-{{band_hi:{_NUM}}} {{unit}} (a unit or scale error?)"
    ),
    "non_trading_day": "{product}: {day} is not a trading day in {market}",
    "non_trading_day_repeating": (
        "{product}: {day} is not a trading day in {market}; it repeats the previous row"
    ),
    "weekend_repeat": (
        "{product}: {day} is a weekend make-up working day and repeats the previous row"
        " (carried forward, not a new quote)"
    ),
    "duplicate_date": "{product} {market} {date}: also on line {first_line:d}",
}


def _resolve(raw_product: str | None, raw_market: str | None, raw_unit: str | None) -> Resolved:
    """One (product, market, unit) spelling resolved against the catalog and the markets."""
    found = catalog().find(raw_product) if raw_product else None
    market = MARKET_NAMES.get(name_key(raw_market)) if raw_market else None
    unit = _unit_row(found.id, raw_unit) if found else (None, None, None, None, None)
    basis = str(market_basis(market)) if market else None
    return Resolved(raw_product, raw_market, raw_unit, found.id if found else None, market,
                    basis, *unit)  # fmt: skip


@cache
def _suspect_days() -> tuple[list[date], list[bool], list[date]]:
    """The days a China-assessed quote is suspect on, each with the day before.

    Closed days (weekends and public holidays) and weekend make-up working days, each
    with the previous Chinese working day, against which a repeated quote is detected.
    """
    cal = get_calendar("cn_work")
    rows: list[tuple[date, bool, date]] = []
    day, prev = cal.first, cal.first
    while day <= cal.last:
        working = cal.is_trading_day(day)
        weekend = day.weekday() >= 5
        if not working or weekend:
            rows.append((day, working, prev))
        if working:
            prev = day
        day += timedelta(days=1)
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def build_typed(
    conn: duckdb.DuckDBPyConnection, default_source: str, date_format: str | None
) -> None:
    """Create view ``__typed``: one typed, unit-normalised row per long row, keyed by ``rid``."""
    keys = [_resolve(*spelling) for spelling in sheet_staging.spellings(conn)]
    sheet_staging.create_keys(conn, keys)
    sheet_staging.create_bad_days(conn, *_suspect_days())
    sheet_staging.create_typed_view(conn, default_source, date_format)


def collect_problems(conn: duckdb.DuckDBPyConnection) -> None:
    """Find every problem of every typed row (the store's ``__problems``), worded here."""
    sheet_checks.collect_problems(conn, REASONS)


def problems(conn: duckdb.DuckDBPyConnection) -> list[RowProblem]:
    """Every problem found, in line order."""
    return sheet_checks.problem_list(conn)
