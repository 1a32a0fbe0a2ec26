"""The price response: a simple, replaceable map from stock-to-use to a price index.

ln(P_t / P_0) = clip(-elasticity * clip(r_t - r_0, -2, 2), -ln 10, ln 10), where r is the
year-end stock divided by the year's demand (years of use) and r_0 is the opening
stock-to-use. The index stays within a tenth and ten times its opening level: the
largest move on record is the 2011 spike (Nd oxide +750 %, about 8.5 times), so an index
beyond tenfold says more about the model than about a market.
Quantities do not react to the price (no feedback); swap this function to change that.
"""

from __future__ import annotations

import numpy as np

from reemarket.model.parameters import FloatArray

MIN_DEMAND_T = 1.0
"""Below this yearly demand (t) the stock-to-use ratio is undefined and the index stays 1."""

MAX_SHIFT = 2.0
"""Largest change in stock-to-use (years) the response reacts to."""

MAX_LOG_INDEX = float(np.log(10.0))
"""Largest move of the index either way, in log units (a factor of ten)."""


def price_index(
    stock: FloatArray, demand: FloatArray, elasticity: FloatArray, opening: FloatArray
) -> FloatArray:
    """Return a price index (P, E, T), 1 at the opening stock-to-use ratio."""
    safe = np.maximum(demand, MIN_DEMAND_T)
    ratio = stock / safe
    ratio0 = opening / np.maximum(demand[:, :, 0], MIN_DEMAND_T)
    shift = np.clip(ratio - ratio0[:, :, None], -MAX_SHIFT, MAX_SHIFT)
    index = np.exp(np.clip(-elasticity[:, None, None] * shift, -MAX_LOG_INDEX, MAX_LOG_INDEX))
    return np.where(demand >= MIN_DEMAND_T, index, 1.0)
