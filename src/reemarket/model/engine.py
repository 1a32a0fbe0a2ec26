"""The vectorised yearly model: supply, demand, balance, stock and price for all paths at once.

Arrays are shaped (paths P, elements E, years T); there is no Python loop over paths.
The equations are written out in ``docs/model.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from reemarket.model.catalog import (
    ELEMENTS,
    FIRST_YEAR,
    HEAVY_MAGNET_ELEMENTS,
    MAGNET_APPS,
    MAGNET_ELEMENTS,
    MAGNET_MINOR_ELEMENTS,
    NONMAGNET_USES,
    PR_SHARE_KEY,
    PRODUCER_ORE,
)
from reemarket.model.parameters import Draws, FloatArray, as_float
from reemarket.model.price import price_index
from reemarket.model.reference import Reference
from reemarket.model.shocks import ShockArrays

HISTORY_YEARS = (2023, 2024, 2025)
"""Years whose ex-China mine output comes from USGS figures (``mine.<producer>.<year>``)."""

EOL_STOCK_ELEMENTS = ("Nd", "Pr", "Dy")
"""Elements of the sourced in-use magnet stock (Nd+Pr+Dy, 94 kt)."""

UNREPORTED_KEY = "calib.china_unreported_ionic_t"
"""Calibration parameter: yearly ion-adsorption-type feed separated in China that no
published quota or USGS figure covers (t REO in feed); see ``docs/model.md``."""


@dataclass(frozen=True)
class ModelOutput:
    """Every modelled quantity, t REO unless stated, shaped (P, E, T) or (P, T)."""

    years: np.ndarray
    primary: FloatArray
    """(P, E, T) separated primary supply reaching the world market."""
    recycled: FloatArray
    """(P, E, T) recycled supply (manufacturing swarf and end of life), oxide equivalent."""
    demand: FloatArray
    """(P, E, T) demand for separated oxide."""
    balance: FloatArray
    """(P, E, T) supply minus demand."""
    stock: FloatArray
    """(P, E, T) cumulative stock at year end (negative = cumulative shortfall)."""
    price: FloatArray
    """(P, E, T) price index, first year = 1."""
    mined: dict[str, FloatArray]
    """producer -> (P, T) mine output, t REO in concentrate."""
    china_quota_feed: FloatArray
    """(P, E, T) separated output of China's quota (domestic) feed, before export limits."""
    unreported: FloatArray
    """(P, E, T) separated output of the unreported ionic feed (calibration), before export
    limits; part of ``primary`` but not of ``mined`` (it is outside the USGS figures)."""
    magnet_t: dict[str, FloatArray] = field(default_factory=dict)
    """magnet application -> (P, T) finished NdFeB magnet mass, t (always filled)."""
    by_application: dict[str, FloatArray] = field(default_factory=dict)
    """application -> (P, E, T) demand, filled only when asked for."""

    @property
    def supply(self) -> FloatArray:
        """Return total supply (primary + recycled), (P, E, T)."""
        return self.primary + self.recycled

    def world_mined(self) -> FloatArray:
        """Return world mine output (P, T), t REO."""
        return as_float(np.sum(np.stack(list(self.mined.values())), axis=0))


def ore_distribution(draws: Draws, ore: str) -> FloatArray:
    """Return an ore's element distribution (P, E), normalised to sum 1 per path."""
    raw = np.stack([draws[f"dist.{ore}.{e}"] for e in ELEMENTS], axis=1)
    return as_float(raw / raw.sum(axis=1, keepdims=True))


def _quotas(ref: Reference, years: np.ndarray, shocks: ShockArrays) -> tuple[FloatArray, ...]:
    """Return China's mining and separation quotas (P, T) after growth and cuts."""
    known = {y: q for y, q in ref.quotas.items() if q.separation_t is not None}
    last = max(known)
    paths = shocks.quota_rate.shape[0]
    mining = np.empty((paths, len(years)))
    separation = np.empty((paths, len(years)))
    growth = np.where(years[None, :] > last, 1.0 + shocks.quota_rate, 1.0)
    factor = np.cumprod(growth, axis=1)
    for t, year in enumerate(years):
        quota = known.get(int(year), known[last])
        if int(year) < min(known):
            raise ValueError(f"no separation quota for {year}")
        mining[:, t] = quota.mining_t
        separation[:, t] = quota.separation_t if quota.separation_t is not None else np.nan
    return mining * factor * shocks.quota_mult, separation * factor * shocks.quota_mult


def _ex_china(draws: Draws, producer: str, years: np.ndarray) -> FloatArray:
    """Return an ex-China producer's mine output (P, T): USGS history, then ramp or growth."""
    last = HISTORY_YEARS[-1]
    level = draws[f"mine.{producer}.{last}"][:, None]
    after = np.maximum(years - last, 0)[None, :].astype(float)
    if producer in ("mountain_pass", "mount_weld"):
        capacity = draws[f"{producer}.capacity_t"][:, None]
        ramp = np.clip(after / draws[f"{producer}.ramp_years"][:, None], 0.0, 1.0)
        path = level + (capacity - level) * ramp
    else:
        path = level * (1.0 + draws[f"{producer}.growth"][:, None]) ** after
    for t, year in enumerate(years):
        if int(year) in HISTORY_YEARS:
            path[:, t] = draws[f"mine.{producer}.{int(year)}"]
        elif int(year) < HISTORY_YEARS[0]:
            raise ValueError(f"no mine output for {year}")
    return as_float(path)


def _activity(draws: Draws, app: str, years: np.ndarray, shocks: ShockArrays) -> FloatArray:
    """Return an application's activity (P, T): units, MW or tonnes a year."""
    if app == "humanoid_robots":
        start = draws["app.humanoid_robots.units_2025"][:, None]
        target = shocks.humanoid_target_units[:, None]
        span = shocks.humanoid_target_year - 2025
        until = np.minimum(years, shocks.humanoid_target_year)[None, :] - 2025
        after = np.maximum(years - shocks.humanoid_target_year, 0)[None, :]
        growth = 1.0 + draws["app.humanoid_robots.growth"][:, None]
        return as_float(start * (target / start) ** (until / span) * growth**after)
    base = draws[f"app.{app}.activity_base"][:, None]
    growth = 1.0 + draws[f"app.{app}.growth"][:, None]
    return as_float(base * growth ** (years - FIRST_YEAR)[None, :])


def _mix(draws: Draws, use: str) -> FloatArray:
    """Return a non-magnet use's element mix (P, E), normalised to sum 1."""
    paths = len(draws["price.elasticity"])
    raw = np.zeros((paths, len(ELEMENTS)))
    for e, element in enumerate(ELEMENTS):
        key = f"mix.{use}.{element}"
        if key in draws:
            raw[:, e] = draws[key]
    return as_float(raw / raw.sum(axis=1, keepdims=True))


def magnet_composition(draws: Draws, app: str) -> dict[str, FloatArray]:
    """Return an application's NdFeB composition (element -> (P,) wt fraction of metal).

    ``comp.<app>.Nd + comp.<app>.Pr`` is the Nd+Pr content, split by ``magnet.pr_share``
    (Pr substitutes for Nd); Gd and Ho use one ``comp.magnet.<element>`` for all uses.
    """
    ndpr = draws[f"comp.{app}.Nd"] + draws[f"comp.{app}.Pr"]
    share = draws[PR_SHARE_KEY]
    out = {"Nd": as_float(ndpr * (1.0 - share)), "Pr": as_float(ndpr * share)}
    for element in MAGNET_ELEMENTS:
        if element not in out:
            out[element] = draws[f"comp.{app}.{element}"]
    for element in MAGNET_MINOR_ELEMENTS:
        out[element] = draws[f"comp.magnet.{element}"]
    return out


def _supply(
    ref: Reference, draws: Draws, years: np.ndarray, shocks: ShockArrays
) -> tuple[FloatArray, dict[str, FloatArray], FloatArray, FloatArray]:
    """Return primary supply, mine output by producer, China quota feed, unreported feed.

    Supply and the two feeds are (P, E, T); the feeds are before export limits.
    """
    mining, separation = _quotas(ref, years, shocks)
    ionic_share = draws["china.ionic_share"][:, None]
    recovery = draws["china.separation_recovery"][:, None]
    mined = {
        "china_rock": mining * (1.0 - ionic_share) * shocks.producer_mult["china_rock"],
        "china_ionic": mining * ionic_share * shocks.producer_mult["china_ionic"],
    }
    for producer in ("myanmar", "mountain_pass", "mount_weld", "other_ex_china"):
        mined[producer] = _ex_china(draws, producer, years) * shocks.producer_mult[producer]
    domestic = mined["china_rock"] + mined["china_ionic"]
    separated = np.minimum(domestic * recovery, separation)
    scale = np.divide(separated, domestic, out=np.zeros_like(domestic), where=domestic > 0)
    dist = {ore: ore_distribution(draws, ore) for ore in PRODUCER_ORE.values()}
    rock = dist["bayan_obo"][:, :, None] * mined["china_rock"][:, None, :]
    ionic = dist["ionic_clay"][:, :, None] * mined["china_ionic"][:, None, :]
    quota_feed = (rock + ionic) * scale[:, None, :]
    myanmar = dist["myanmar"][:, :, None] * (mined["myanmar"] * recovery)[:, None, :]
    # Calibration: unreported ionic-type feed, outside the quota and the USGS figures.
    feed = np.broadcast_to(draws[UNREPORTED_KEY][:, None] * recovery, domestic.shape)
    unreported = dist["ionic_clay"][:, :, None] * feed[:, None, :]
    china_processed = (quota_feed + myanmar + unreported) * (1.0 - shocks.export_withheld)
    ex_china = np.zeros_like(china_processed)
    for producer in ("mountain_pass", "mount_weld", "other_ex_china"):
        ore = dist[PRODUCER_ORE[producer]]
        ex_china += ore[:, :, None] * (mined[producer] * recovery)[:, None, :]
    return china_processed + ex_china, mined, quota_feed, unreported


def simulate(
    ref: Reference,
    draws: Draws,
    shocks: ShockArrays,
    years: np.ndarray,
    by_application: bool = False,
) -> ModelOutput:
    """Run the model for every path at once and return all quantities."""
    years = np.asarray(years, dtype=int)
    if len(years) == 0 or (np.diff(years) != 1).any():
        raise ValueError("model years must be consecutive")
    paths, n_el, n_yr = len(draws["price.elasticity"]), len(ELEMENTS), len(years)
    primary, mined, quota_feed, unreported = _supply(ref, draws, years, shocks)
    oxide = np.array([ref.oxide_factor[e] for e in ELEMENTS])[None, :, None]
    to_oxide = 1.0 / (draws["yield.oxide_to_metal"] * draws["yield.magnet"])[:, None]
    hre = (1.0 - draws["magnet.hre_thrift_rate"][:, None]) ** (years - FIRST_YEAR)[None, :]
    hre = hre * (1.0 - shocks.dy_free_share)
    content = np.zeros((paths, n_el, n_yr))  # metal in finished magnets
    demand = np.zeros((paths, n_el, n_yr))
    apps: dict[str, FloatArray] = {}
    magnets: dict[str, FloatArray] = {}
    for app in MAGNET_APPS:
        mass = (
            _activity(draws, app, years, shocks)
            * (draws[f"app.{app}.intensity"] * draws[f"app.{app}.pm_share"])[:, None]
        )
        magnets[app] = mass
        part = np.zeros((paths, n_el, n_yr))
        for element, share in magnet_composition(draws, app).items():
            part[:, ELEMENTS.index(element), :] = (mass * share[:, None]) * (
                hre if element in HEAVY_MAGNET_ELEMENTS else 1.0
            )
        content += part
        app_demand = part * oxide * to_oxide[:, :, None]
        demand += app_demand
        if by_application:
            apps[app] = app_demand
    for use in NONMAGNET_USES:
        tonnes = (
            draws[f"use.{use}.base_t"][:, None]
            * (1.0 + draws[f"use.{use}.growth"][:, None]) ** (years - FIRST_YEAR)[None, :]
        )
        app_demand = _mix(draws, use)[:, :, None] * tonnes[:, None, :]
        demand += app_demand
        if by_application:
            apps[use] = app_demand
    recycled = _recycling(draws, content, oxide)
    balance = primary + recycled - demand
    opening = draws["stock.opening_years"][:, None] * demand[:, :, 0]
    stock = opening[:, :, None] + np.cumsum(balance, axis=2)
    price = price_index(stock, demand, draws["price.elasticity"])
    return ModelOutput(
        years,
        primary,
        recycled,
        demand,
        balance,
        stock,
        price,
        mined,
        quota_feed,
        unreported,
        magnets,
        apps,
    )


def _recycling(draws: Draws, content: FloatArray, oxide: FloatArray) -> FloatArray:
    """Return recycled supply (P, E, T): swarf from magnet making plus end-of-life flow."""
    scrap = content * (1.0 / draws["yield.magnet"] - 1.0)[:, None, None]
    swarf = draws["recycling.swarf_rate"][:, None, None] * scrap
    idx = [ELEMENTS.index(e) for e in EOL_STOCK_ELEMENTS]
    first = content[:, idx, 0]
    share = first / np.maximum(first.sum(axis=1, keepdims=True), 1e-12)
    stock = np.zeros(content.shape[:2])
    stock[:, idx] = draws["recycling.in_use_stock_t"][:, None] * share
    lifetime = draws["recycling.lifetime_years"][:, None]
    eol = np.zeros_like(content)
    for t in range(content.shape[2]):  # years: a stock-flow recursion, vectorised over paths
        eol[:, :, t] = stock / lifetime
        stock = stock + content[:, :, t] - eol[:, :, t]
    eol_recycled = draws["recycling.eol_rate"][:, None, None] * eol
    return (swarf + eol_recycled) * oxide
