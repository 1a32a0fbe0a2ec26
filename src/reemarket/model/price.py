"""The price response: a bounded, smooth map from stock-to-use to a price index.

The index is measured from the base year (2024): with the stock-to-use ratio
``r_t = K_t / D_t`` (years of demand held at year end) and its base-year value ``r_0``,
``ln(P_t) = L tanh(-elasticity (r_t - r_0) / L)`` with ``L = ln 10``. So ``P`` is 1 in the
base year by construction, follows ``exp(-elasticity x shift)`` for small shifts and
approaches, but never reaches, a tenth or ten times the base level. An index within
:data:`BOUND_SHARE` of that limit (beyond about 7.9x or under about 0.13x) carries no
information about its size: it is counted as a bound hit and not read as a price.

Pr and Nd are one market (Pr-Nd oxide; magnets use either within limits): their stocks
and demands are summed and both get the same index (see :data:`PRICE_GROUPS`).
Quantities do not react to the price (no feedback).
"""

from __future__ import annotations

import numpy as np

from reemarket.model.catalog import ELEMENTS
from reemarket.model.parameters import FloatArray, as_float

MIN_DEMAND_T = 1.0
"""Below this yearly demand (t) the stock-to-use ratio is undefined and the index stays 1."""

MAX_LOG_INDEX = float(np.log(10.0))
"""Limit of the index either way, in log units (a factor of ten), approached smoothly."""

BOUND_SHARE = 0.9
"""An index whose |log| is at least this share of the limit counts as a bound hit."""

PRICE_GROUPS: tuple[tuple[str, ...], ...] = (("Pr", "Nd"),)
"""Elements priced as one market; every other element is its own market."""


def _grouped(values: FloatArray) -> FloatArray:
    """Return values (P, E, T) with each group's members replaced by the group's sum."""
    out = values.copy()
    for group in PRICE_GROUPS:
        idx = [ELEMENTS.index(e) for e in group]
        total = values[:, idx, :].sum(axis=1)
        for i in idx:
            out[:, i, :] = total
    return as_float(out)


def log_index(shift: FloatArray, elasticity: FloatArray) -> FloatArray:
    """Return ln(index) for a stock-to-use shift (years) and elasticity, bounded smoothly."""
    return as_float(MAX_LOG_INDEX * np.tanh(-elasticity * shift / MAX_LOG_INDEX))


def price_index(stock: FloatArray, demand: FloatArray, elasticity: FloatArray) -> FloatArray:
    """Return a price index (P, E, T) that is exactly 1 in the first (base) year."""
    stock_g, demand_g = _grouped(stock), _grouped(demand)
    ratio = stock_g / np.maximum(demand_g, MIN_DEMAND_T)
    shift = ratio - ratio[:, :, :1]
    index = np.exp(log_index(shift, elasticity[:, None, None]))
    return as_float(np.where(demand_g >= MIN_DEMAND_T, index, 1.0))


def at_bound(index: FloatArray) -> np.ndarray:
    """Return a boolean array: True where an index sits at (near) its limit."""
    return np.asarray(np.abs(np.log(index)) >= BOUND_SHARE * MAX_LOG_INDEX)
