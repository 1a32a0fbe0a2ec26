"""Calibration checks: the 2023-2024 baseline against published market figures.

The model's balance levels are only trustworthy if its history years agree with what
was published. This module computes, for the model years 2023 and 2024, the model
counterpart of every figure in ``published_checks.csv`` and of USGS world mine output,
plus the balance of the groups the calibration targets (Pr+Nd, Dy, Tb; La and Ce in
structural surplus). ``docs/model.md`` (section Calibration) explains each comparison.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np

from reemarket.model.catalog import ELEMENTS, MAGNET_APPS, PRODUCER_ORE
from reemarket.model.engine import ModelOutput, ore_distribution
from reemarket.model.parameters import Draws, FloatArray, as_float
from reemarket.model.reference import Reference

CALIBRATION_YEARS: Final[tuple[int, int]] = (2023, 2024)
"""History years the baseline is calibrated on."""

BALANCE_BAND: Final[float] = 0.15
"""Target: |balance| / demand at the parameter midpoints for the groups in TIGHT_GROUPS."""

TIGHT_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "Pr+Nd": ("Pr", "Nd"),
    "Dy": ("Dy",),
    "Tb": ("Tb",),
}
"""Element groups whose 2023-2024 balance should be near zero (prices were multi-year lows)."""

SURPLUS_GROUPS: Final[dict[str, tuple[str, ...]]] = {"La": ("La",), "Ce": ("Ce",)}
"""Element groups expected in structural surplus."""

CHECK_TOLERANCE: Final[float] = 0.15
"""A published figure is met ('pass') when the model's median lies within the published
value or range widened by this share on both sides."""


def passes(low: float, high: float, median: float, tolerance: float = CHECK_TOLERANCE) -> bool:
    """Return True when ``median`` lies in [low (1 - tolerance), high (1 + tolerance)]."""
    return low * (1.0 - tolerance) <= median <= high * (1.0 + tolerance)


MAGNET_REE: Final[tuple[str, ...]] = ("Nd", "Pr", "Dy", "Tb")
"""Elements of the IEA's 'magnet rare earth elements'."""

IMPORTED_FEED_PRODUCERS: Final[tuple[str, ...]] = ("myanmar", "mountain_pass", "other_ex_china")
"""Mine sources whose feed was (mostly) separated in China as imported feed in 2024."""


@dataclass(frozen=True)
class CheckValue:
    """The model's value of one published figure on every path, with the figure itself."""

    check: str
    year: int
    unit: str
    published_low: float
    published_high: float
    basis: str
    source: str
    values: FloatArray
    """(P,) the model's value on each path."""


def _idx(elements: tuple[str, ...]) -> list[int]:
    """Return element positions."""
    return [ELEMENTS.index(e) for e in elements]


def _separated(
    draws: Draws, out: ModelOutput, producer: str, elements: tuple[str, ...]
) -> FloatArray:
    """Return a mine source's separated output of some elements, (P, T), t REO."""
    dist = ore_distribution(draws, PRODUCER_ORE[producer])[:, _idx(elements)].sum(axis=1)
    return as_float(
        out.mined[producer] * draws["china.separation_recovery"][:, None] * dist[:, None]
    )


def model_values(ref: Reference, draws: Draws, out: ModelOutput) -> dict[str, FloatArray]:
    """Return the model counterpart of every check name as a (P, T) array over ``out.years``."""
    ndpr = _idx(("Nd", "Pr"))
    magnet = _idx(MAGNET_REE)
    oxide = np.array([ref.oxide_factor[e] for e in MAGNET_REE])[None, :, None]
    magnet_demand = np.zeros_like(out.demand[:, magnet, :])
    for app in MAGNET_APPS:
        if app not in out.by_application:
            raise ValueError("model_values needs a run with by_application=True")
        magnet_demand += out.by_application[app][:, magnet, :]
    finished = np.sum(np.stack(list(out.magnet_t.values())), axis=0)
    return {
        "world_mine_t": out.world_mined(),
        "china_quota_ndpr_t": as_float(out.china_quota_feed[:, ndpr].sum(axis=1)),
        "imported_feed_ndpr_t": as_float(
            sum(_separated(draws, out, p, ("Nd", "Pr")) for p in IMPORTED_FEED_PRODUCERS)
        ),
        "magnet_ree_demand_t": as_float((magnet_demand / oxide).sum(axis=1)),
        "ndfeb_nev_t": out.magnet_t["ev"],
        "ndfeb_wind_t": out.magnet_t["wind"],
        "ndfeb_inverter_ac_t": out.magnet_t["inverter_ac"],
        "ndfeb_output_t": as_float(finished / draws["yield.magnet"][:, None]),
    }


def check_values(ref: Reference, draws: Draws, out: ModelOutput) -> list[CheckValue]:
    """Return every published check of a year the run covers, with the model's values."""
    values = model_values(ref, draws, out)
    years = [int(y) for y in out.years]
    rows: list[CheckValue] = []
    for year in CALIBRATION_YEARS:
        if year not in years:
            continue
        t = years.index(year)
        low, high = ref.world_output(year)
        rows.append(
            CheckValue(
                "world_mine_t", year, "t REO", low, high,
                "USGS world mine production (China = its mining quota); model: sum of producers",
                "USGS Mineral Commodity Summaries 2025 and 2026 (mine_production.csv)",
                as_float(values["world_mine_t"][:, t]),
            )
        )  # fmt: skip
        for c in ref.checks:
            if c.year == year:
                rows.append(
                    CheckValue(
                        c.check, year, c.unit, c.low, c.high, c.basis, c.source,
                        as_float(values[c.check][:, t]),
                    )
                )  # fmt: skip
    return rows


def balance_shares(out: ModelOutput, groups: dict[str, tuple[str, ...]]) -> dict[str, FloatArray]:
    """Return (supply - demand) / demand per element group, (P, T)."""
    shares: dict[str, FloatArray] = {}
    for name, elements in groups.items():
        idx = _idx(elements)
        demand = out.demand[:, idx].sum(axis=1)
        shares[name] = as_float(out.balance[:, idx].sum(axis=1) / np.maximum(demand, 1.0))
    return shares
