"""Units of quantities and prices, and conversions between them.

A unit has a dimension (price per mass, money, mass, mass per year, power,
percent, multiple) and, where money is involved, a currency. Conversions within
a dimension and currency are exact scalings; a change of currency needs an
explicit FX rate, and a change of VAT basis an explicit basis on both sides
(:mod:`reemarket.domain.money`). Crossing dimensions is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from reemarket.errors import UnitError


class Dimension(StrEnum):
    """What a unit measures."""

    PRICE = "price"  # money per mass
    MONEY = "money"
    MASS = "mass"
    MASS_RATE = "mass_rate"  # mass per year
    POWER = "power"
    PERCENT = "percent"
    MULTIPLE = "multiple"


CURRENCIES: tuple[str, ...] = ("CNY", "USD", "AUD", "EUR")

_MASS_IN_T = {"t": 1.0, "kg": 0.001}
_POWER_IN_KW = {"kW": 1.0, "MW": 1e3, "GW": 1e6}


@dataclass(frozen=True)
class Unit:
    """A unit: its canonical code, dimension, currency and scale to the dimension's base.

    The base of a price is the currency per tonne, of mass the tonne, of power the kW.
    """

    code: str
    dimension: Dimension
    scale: float = 1.0
    currency: str | None = None

    def __str__(self) -> str:
        """Return the canonical code."""
        return self.code


_ALIASES = {
    "yuan": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "usd": "USD",
    "$": "USD",
    "us$": "USD",
    "aud": "AUD",
    "a$": "AUD",
    "eur": "EUR",
    "€": "EUR",
    "mt": "t",
    "tonne": "t",
    "tonnes": "t",
    "ton": "t",
    "tons": "t",
    "t": "t",
    "kg": "kg",
    "yr": "yr",
    "y": "yr",
    "year": "yr",
    "a": "yr",
}


def _canonical(text: str) -> str:
    """Rewrite spellings like ``yuan/mt`` or ``usd / kg`` to canonical codes like ``CNY/t``."""
    cleaned = text.strip().replace(" ", "").replace("per", "/")
    low = cleaned.lower()
    if low in {"%", "pct", "percent"}:
        return "%"
    if low in {"x", "times"}:
        return "x"
    if low in {"kw", "mw", "gw"}:
        return low[0].upper() + "W" if low != "kw" else "kW"
    parts = re.split(r"/", low)
    if not all(parts):
        raise UnitError(f"unknown unit {text!r}")
    out = []
    for part in parts:
        if part not in _ALIASES:
            raise UnitError(f"unknown unit {text!r} (part {part!r})")
        out.append(_ALIASES[part])
    return "/".join(out)


def parse_unit(text: str) -> Unit:
    """Return the Unit for a code or common spelling; raise UnitError if unknown."""
    code = _canonical(text)
    if code == "%":
        return Unit("%", Dimension.PERCENT)
    if code == "x":
        return Unit("x", Dimension.MULTIPLE)
    if code in _POWER_IN_KW:
        return Unit(code, Dimension.POWER, _POWER_IN_KW[code])
    parts = code.split("/")
    if len(parts) == 1:
        (p,) = parts
        if p in CURRENCIES:
            return Unit(p, Dimension.MONEY, 1.0, p)
        if p in _MASS_IN_T:
            return Unit(p, Dimension.MASS, _MASS_IN_T[p])
    if len(parts) == 2:
        num, den = parts
        if num in CURRENCIES and den in _MASS_IN_T:
            return Unit(code, Dimension.PRICE, 1.0 / _MASS_IN_T[den], num)
        if num in _MASS_IN_T and den == "yr":
            return Unit(code, Dimension.MASS_RATE, _MASS_IN_T[num])
    raise UnitError(f"unknown unit {text!r}")


def convert(value: float, source: str | Unit, target: str | Unit) -> float:
    """Convert a value between units of one dimension and currency.

    Raises UnitError across dimensions or currencies (use money.convert_price for FX).
    """
    a = source if isinstance(source, Unit) else parse_unit(source)
    b = target if isinstance(target, Unit) else parse_unit(target)
    if a.dimension != b.dimension:
        raise UnitError(f"cannot convert {a} ({a.dimension}) to {b} ({b.dimension})")
    if a.currency != b.currency:
        raise UnitError(f"converting {a} to {b} changes currency: give an FX rate")
    return value * a.scale / b.scale


def per_mass_unit(currency: str, mass: str) -> Unit:
    """Return the price unit ``currency/mass`` (``CNY``, ``t`` gives CNY/t)."""
    return parse_unit(f"{currency}/{mass}")
