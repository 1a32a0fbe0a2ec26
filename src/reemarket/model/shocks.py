"""Turn a scenario's shocks into per-path, per-year arrays the engine multiplies in."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

import numpy as np

from reemarket.model.catalog import ELEMENTS, PRODUCERS
from reemarket.model.parameters import Draws, FloatArray
from reemarket.model.scenario import (
    DyFreeShift,
    ExportRestriction,
    ProducerCut,
    QuotaCut,
    QuotaGrowth,
    RobotAdoption,
    Scenario,
    shock_key,
)

Grid = list[list[float]]
"""Values per element (outer) and year (inner)."""


@dataclass(frozen=True)
class PathShocks:
    """Shock arrays of one path, as plain lists over years (and elements)."""

    quota_rate: list[float]
    quota_mult: list[float]
    producer_mult: dict[str, list[float]]
    export_withheld: Grid
    dy_free_share: list[float]
    humanoid_target_units: float
    humanoid_target_year: int


@dataclass(frozen=True)
class ShockArrays:
    """Scenario effects as arrays over paths (P), elements (E) and years (T)."""

    quota_rate: FloatArray
    """(P, T) yearly growth of China's quotas, used after the last published quota year."""
    quota_mult: FloatArray
    """(P, T) multiplier on China's mining and separation quotas (cuts)."""
    producer_mult: dict[str, FloatArray]
    """producer -> (P, T) multiplier on its mine output."""
    export_withheld: FloatArray
    """(P, E, T) share of China-processed supply withheld from the world market."""
    dy_free_share: FloatArray
    """(P, T) share of new magnets free of Dy and Tb."""
    humanoid_target_units: FloatArray
    """(P,) humanoid sales reached in ``humanoid_target_year``."""
    humanoid_target_year: int
    """Year the humanoid target is reached (2035 in the baseline)."""


def _year_fraction(start: date | int, year: int) -> float:
    """Share of ``year`` on or after ``start`` (a date or a whole year)."""
    if isinstance(start, int):
        return 1.0 if year >= start else 0.0
    if year < start.year:
        return 0.0
    if year > start.year:
        return 1.0
    days = 366 if calendar.isleap(year) else 365
    return (date(year, 12, 31) - start).days / days + 1.0 / days


def build_shocks(scenario: Scenario, draws: Draws, years: np.ndarray) -> ShockArrays:
    """Build the shock arrays of a scenario for sampled draws and model years."""
    paths = len(draws["china.quota_growth"])
    ones = np.ones((paths, len(years)))
    quota_rate = np.repeat(draws["china.quota_growth"][:, None], len(years), axis=1)
    quota_mult = ones.copy()
    producer_mult = {p: ones.copy() for p in PRODUCERS}
    withheld = np.zeros((paths, len(ELEMENTS), len(years)))
    dy_free = np.zeros((paths, len(years)))
    target_units = draws["app.humanoid_robots.units_2035"].copy()
    target_year = 2035
    for i, shock in enumerate(scenario.shocks):
        if isinstance(shock, QuotaGrowth):
            on = years >= shock.from_year
            quota_rate[:, on] = draws[shock_key(i, "rate")][:, None]
        elif isinstance(shock, QuotaCut):
            on = (years >= shock.from_year).astype(float)
            quota_mult *= 1.0 - draws[shock_key(i, "share")][:, None] * on[None, :]
        elif isinstance(shock, ProducerCut):
            last = shock.until_year if shock.until_year is not None else years.max()
            on = ((years >= shock.from_year) & (years <= last)).astype(float)
            share = draws[shock_key(i, "share")][:, None]
            producer_mult[shock.producer] *= 1.0 - share * on[None, :]
        elif isinstance(shock, ExportRestriction):
            frac = np.array([_year_fraction(shock.from_date, int(y)) for y in years])
            share = draws[shock_key(i, "withheld_share")][:, None]
            for element in shock.elements:
                e = ELEMENTS.index(element)
                kept = (1.0 - withheld[:, e, :]) * (1.0 - share * frac[None, :])
                withheld[:, e, :] = 1.0 - kept
        elif isinstance(shock, RobotAdoption):
            target_units = draws[shock_key(i, "units")].copy()
            target_year = shock.by_year
        elif isinstance(shock, DyFreeShift):
            ramp = np.clip((years - shock.start_year) / (shock.by_year - shock.start_year), 0, 1)
            share = draws[shock_key(i, "share")][:, None] * ramp[None, :]
            dy_free = 1.0 - (1.0 - dy_free) * (1.0 - share)
    return ShockArrays(
        quota_rate, quota_mult, producer_mult, withheld, dy_free, target_units, target_year
    )


def path_shocks(shocks: ShockArrays, path: int) -> PathShocks:
    """Return one path's shocks as plain lists (for the plain-Python engine)."""
    return PathShocks(
        quota_rate=[float(x) for x in shocks.quota_rate[path]],
        quota_mult=[float(x) for x in shocks.quota_mult[path]],
        producer_mult={k: [float(x) for x in v[path]] for k, v in shocks.producer_mult.items()},
        export_withheld=[[float(x) for x in row] for row in shocks.export_withheld[path]],
        dy_free_share=[float(x) for x in shocks.dy_free_share[path]],
        humanoid_target_units=float(shocks.humanoid_target_units[path]),
        humanoid_target_year=shocks.humanoid_target_year,
    )
