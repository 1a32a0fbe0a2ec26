"""The model's baseline balance of the brief's year for Pr-Nd, Dy and Tb, with bands."""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel, Field

from reemarket.model.catalog import ELEMENTS, FIRST_YEAR, LAST_YEAR
from reemarket.model.montecarlo import run_paths
from reemarket.model.price import at_bound
from reemarket.model.scenario import baseline

BRIEF_GROUPS: dict[str, tuple[str, ...]] = {"Pr-Nd": ("Pr", "Nd"), "Dy": ("Dy",), "Tb": ("Tb",)}
"""Markets the brief shows."""

BRIEF_PATHS = 1000
"""Monte Carlo paths of the brief's balance (seed 0, so a brief is reproducible)."""


class ModelBalanceRow(BaseModel):
    """One market's modelled balance in one year: medians and a 5-95 % band."""

    group: str = Field(description="Pr-Nd, Dy or Tb")
    year: int = Field(description="Model year (the brief's year, within 2024-2040)")
    supply_t: float = Field(description="Median supply, t REO")
    demand_t: float = Field(description="Median demand, t REO")
    balance_t: float = Field(description="Median balance (supply - demand), t REO")
    balance_p5_t: float = Field(description="5th percentile of the balance, t REO")
    balance_p95_t: float = Field(description="95th percentile of the balance, t REO")
    price_index: float | None = Field(description="Median index (2024 = 1); None at a bound")
    bound_share: float = Field(description="Share of paths whose index sits at its limit")


def brief_balance(year: int, paths: int = BRIEF_PATHS, seed: int = 0) -> list[ModelBalanceRow]:
    """Return the baseline balance of Pr-Nd, Dy and Tb in ``year`` (clamped to the horizon)."""
    year = min(max(year, FIRST_YEAR), LAST_YEAR)
    out = run_paths(baseline(), paths, seed, np.arange(FIRST_YEAR, year + 1))
    rows = []
    for group, elements in BRIEF_GROUPS.items():
        idx = [ELEMENTS.index(e) for e in elements]
        supply = out.supply[:, idx, -1].sum(axis=1)
        demand = out.demand[:, idx, -1].sum(axis=1)
        balance = supply - demand
        price = out.price[:, idx[0], -1]  # Pr and Nd share one index
        median_price = float(np.median(price))
        p5, p50, p95 = (float(v) for v in np.percentile(balance, (5, 50, 95)))
        rows.append(
            ModelBalanceRow(
                group=group,
                year=year,
                supply_t=float(np.median(supply)),
                demand_t=float(np.median(demand)),
                balance_t=p50,
                balance_p5_t=p5,
                balance_p95_t=p95,
                price_index=None if at_bound(np.array([median_price]))[0] else median_price,
                bound_share=float(at_bound(price).mean()),
            )
        )
    return rows
