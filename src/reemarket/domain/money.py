"""Prices between currencies and VAT bases.

Chinese domestic quotes include 13 % VAT; FOB and CIF quotes carry none. A
conversion between currencies takes an explicit FX rate (units of the target
currency per unit of the source currency) and both VAT bases stated; nothing
is assumed.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from reemarket.domain.units import Dimension, Unit, parse_unit
from reemarket.errors import InputError, UnitError

#: The Chinese VAT rate on rare-earth products since 1 April 2019 (MOF/STA/GAC notice 2019 No. 39).
CHINA_VAT = 0.13


#: Chinese VAT on goods, with the first day each rate applied: 17 % until 30 April 2018,
#: 16 % from 1 May 2018 (Caishui 2018 No. 32), 13 % from 1 April 2019 (2019 No. 39).
CHINA_VAT_HISTORY: tuple[tuple[date, float], ...] = (
    (date(1994, 1, 1), 0.17),
    (date(2018, 5, 1), 0.16),
    (date(2019, 4, 1), 0.13),
)


def china_vat_on(day: date) -> float:
    """The Chinese VAT rate in force on ``day`` (the earliest rate for earlier days)."""
    rate = CHINA_VAT_HISTORY[0][1]
    for start, value in CHINA_VAT_HISTORY:
        if day >= start:
            rate = value
    return rate


class VatBasis(StrEnum):
    """Whether a price includes value-added tax."""

    INCL = "incl_vat"
    EXCL = "excl_vat"


#: The usual VAT basis of each market's quotes.
MARKET_BASIS: dict[str, VatBasis] = {
    "china": VatBasis.INCL,
    "fob_china": VatBasis.EXCL,
    "cif_rotterdam": VatBasis.EXCL,
    "europe": VatBasis.EXCL,
    "global": VatBasis.EXCL,
}


def market_basis(market: str) -> VatBasis:
    """Return the usual VAT basis of a market's quotes (excl. VAT for unknown markets)."""
    return MARKET_BASIS.get(market, VatBasis.EXCL)


def convert_price(
    value: float,
    source: str | Unit,
    target: str | Unit,
    *,
    fx: float | None = None,
    source_basis: VatBasis | str | None = None,
    target_basis: VatBasis | str | None = None,
    vat_rate: float = CHINA_VAT,
) -> float:
    """Convert a price between units, currencies and VAT bases.

    Args:
        value: the price in ``source`` units.
        source: unit of the value, e.g. ``CNY/t``.
        target: unit wanted, e.g. ``USD/kg``.
        fx: target-currency units per source-currency unit; required when currencies differ.
        source_basis: VAT basis of the value; required together with target_basis when they differ.
        target_basis: VAT basis wanted.
        vat_rate: the VAT rate that separates the two bases.

    """
    a = source if isinstance(source, Unit) else parse_unit(source)
    b = target if isinstance(target, Unit) else parse_unit(target)
    if a.dimension is not Dimension.PRICE or b.dimension is not Dimension.PRICE:
        raise UnitError(f"convert_price needs two price units, got {a} and {b}")
    per_t = value * a.scale
    if a.currency != b.currency:
        if fx is None or fx <= 0:
            raise InputError(
                f"converting {a} to {b} needs a positive FX rate ({a.currency}->{b.currency})"
            )
        per_t *= fx
    if (source_basis is None) != (target_basis is None):
        raise InputError("state both VAT bases (source_basis and target_basis) or neither")
    if source_basis is not None and target_basis is not None:
        sb, tb = VatBasis(source_basis), VatBasis(target_basis)
        if sb is VatBasis.INCL and tb is VatBasis.EXCL:
            per_t /= 1.0 + vat_rate
        elif sb is VatBasis.EXCL and tb is VatBasis.INCL:
            per_t *= 1.0 + vat_rate
    return per_t / b.scale
