"""Plausible price bands per product, for catching unit and scale errors."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from reemarket.domain.units import Unit, parse_unit

#: FX range (units of another currency per yuan) used to widen the CNY band.
FX_RANGE = (0.05, 0.5)


@cache
def _bands() -> dict[str, tuple[float, float]]:
    raw = resources.files("reemarket.data").joinpath("price_bands.toml").read_text("utf-8")
    return {k: (float(v[0]), float(v[1])) for k, v in tomllib.loads(raw).items()}


def price_band(product_id: str, unit: str | Unit) -> tuple[float, float] | None:
    """The plausible (low, high) price of a product in ``unit``, or None if unknown."""
    band = _bands().get(product_id)
    if band is None:
        return None
    u = unit if isinstance(unit, Unit) else parse_unit(unit)
    lo, hi = band[0] / u.scale, band[1] / u.scale
    if u.currency != "CNY":
        lo, hi = lo * FX_RANGE[0], hi * FX_RANGE[1]
    return lo, hi
