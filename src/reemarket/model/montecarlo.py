"""Monte Carlo runs: sample the ranges, run the vectorised engine, take percentiles."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reemarket.model.catalog import ELEMENTS, FIRST_YEAR, LAST_YEAR, PERCENTILES
from reemarket.model.engine import ModelOutput, simulate
from reemarket.model.parameters import Draws, FloatArray, midpoints, sample
from reemarket.model.price import at_bound
from reemarket.model.reference import Reference, load_reference
from reemarket.model.scenario import Scenario
from reemarket.model.shocks import build_shocks

VARIABLES: tuple[str, ...] = ("supply", "demand", "balance", "stock", "price", "price_bound")
"""Quantities summarised per element and year (t REO; price is an index, 2024 = 1).

``price_bound`` is not a distribution: it is the share of paths whose index sits at its
limit (see ``price.at_bound``), stored in every percentile column alike."""


@dataclass(frozen=True)
class Summary:
    """Percentiles of every variable per element and year, with the seed that made them."""

    scenario: str
    seed: int
    paths: int
    years: tuple[int, ...]
    elements: tuple[str, ...]
    percentiles: tuple[int, ...]
    values: dict[str, FloatArray]
    """variable -> array (len(percentiles), E, T)."""

    def value(self, variable: str, element: str, year: int, pct: int = 50) -> float:
        """Return one percentile of one variable for an element and year."""
        arr = self.values[variable]
        return float(
            arr[self.percentiles.index(pct), self.elements.index(element), self.years.index(year)]
        )


def default_years() -> np.ndarray:
    """Return the projection years, 2024 to 2040."""
    return np.arange(FIRST_YEAR, LAST_YEAR + 1)


def draw(
    scenario: Scenario, paths: int, seed: int | None, ref: Reference | None = None
) -> tuple[Reference, Draws]:
    """Sample a scenario's parameters (``seed=None`` gives the midpoint run)."""
    ref = ref or load_reference()
    specs = scenario.specs(ref.parameters)
    draws = midpoints(specs, paths) if seed is None else sample(specs, paths, seed)
    return ref, draws


def run_paths(
    scenario: Scenario,
    paths: int,
    seed: int | None,
    years: np.ndarray | None = None,
    by_application: bool = False,
) -> ModelOutput:
    """Run a scenario over ``paths`` sampled paths (or the midpoint when seed is None)."""
    yrs = default_years() if years is None else np.asarray(years, dtype=int)
    ref, draws = draw(scenario, paths, seed)
    shocks = build_shocks(scenario, draws, yrs)
    return simulate(ref, draws, shocks, yrs, by_application=by_application)


def summarise(output: ModelOutput, scenario: str, seed: int) -> Summary:
    """Take the 5/25/50/75/95 percentiles over paths of every variable."""
    arrays = {
        "supply": output.supply,
        "demand": output.demand,
        "balance": output.balance,
        "stock": output.stock,
        "price": output.price,
    }
    values = {k: np.percentile(v, PERCENTILES, axis=0) for k, v in arrays.items()}
    share = at_bound(output.price).mean(axis=0)
    values["price_bound"] = np.repeat(share[None, :, :], len(PERCENTILES), axis=0)
    return Summary(
        scenario=scenario,
        seed=seed,
        paths=output.primary.shape[0],
        years=tuple(int(y) for y in output.years),
        elements=ELEMENTS,
        percentiles=PERCENTILES,
        values=values,
    )


def monte_carlo(
    scenario: Scenario, paths: int, seed: int, years: np.ndarray | None = None
) -> Summary:
    """Run a scenario's Monte Carlo and return its percentile summary."""
    return summarise(run_paths(scenario, paths, seed, years), scenario.name, seed)
