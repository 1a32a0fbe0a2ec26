"""Backtest: the balance model run over 2015-2024 with the inputs known at the time.

Supply uses the published Chinese mining and separation quotas of each year and USGS
world mine output (ex-China = world - China's quota), split into elements by the
model's ore distributions, plus the calibrated unreported ionic feed. Demand is the
model's 2024 demand per application scaled back by its driver's history (``history.csv``:
EV car sales, wind additions, industrial robot installations; Chinese NdFeB output for
the other magnet uses), with Dy/Tb per magnet thrifted as in the projection; non-magnet
uses follow their growth rates backwards. The balance share ``(supply - demand) / demand``
is compared with the yearly price change (Chinese daily oxide prices for Nd, Pr, La, Ce;
USGS annual prices for Dy and Tb), and a price response is fitted:
``ln(P_t / P_t-1) = c - elasticity x balance share_t`` (least squares, 90 % intervals).
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from importlib import resources
from typing import Final

import numpy as np

from reemarket.model.catalog import ELEMENTS, FIRST_YEAR, MAGNET_APPS, NONMAGNET_USES
from reemarket.model.engine import UNREPORTED_KEY, ore_distribution, simulate
from reemarket.model.parameters import Draws, FloatArray, as_float
from reemarket.model.reference import Reference
from reemarket.model.scenario import baseline
from reemarket.model.shocks import build_shocks

GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "Pr-Nd": ("Pr", "Nd"),
    "Nd": ("Nd",),
    "Pr": ("Pr",),
    "Dy": ("Dy",),
    "Tb": ("Tb",),
    "La": ("La",),
    "Ce": ("Ce",),
}
"""Markets backtested; Pr-Nd's price change is the mean of Nd's and Pr's log changes."""

PRICE_SERIES: Final[dict[str, str]] = {
    "Nd": "price_nd_oxide_china_daily",
    "Pr": "price_pr_oxide_china_daily",
    "La": "price_la_oxide_china_daily",
    "Ce": "price_ce_oxide_china_daily",
    "Dy": "price_dy_oxide_usgs",
    "Tb": "price_tb_oxide_usgs",
}
"""Yearly price series per element (bundled ``history.csv``)."""

DRIVERS: Final[dict[str, str]] = {
    "ev": "ev_car_sales_world",
    "wind": "wind_capacity_additions_world",
    "industrial_robots": "industrial_robot_installations_world",
}
"""Demand drivers with a yearly history; other magnet uses follow Chinese NdFeB output."""

MAGNET_OUTPUT: Final[str] = "china_ndfeb_or_re_magnet_production_broad"
"""Chinese magnet output (broad basis), the driver of the other magnet uses."""

T90: Final[dict[int, float]] = {
    1: 6.314, 2: 2.920, 3: 2.353, 4: 2.132, 5: 2.015, 6: 1.943, 7: 1.895, 8: 1.860,
    9: 1.833, 10: 1.812, 12: 1.782, 15: 1.753, 20: 1.725, 30: 1.697, 60: 1.671,
}  # fmt: skip
"""Two-sided 90 % Student t quantiles by degrees of freedom (standard table values)."""


def t90(dof: int) -> float:
    """Return the 95th percentile of Student's t with ``dof`` degrees of freedom."""
    if dof < 1:
        return math.inf
    keys = sorted(T90)
    below = max((k for k in keys if k <= dof), default=keys[0])
    return T90[below] if dof < 120 else 1.645


def load_history() -> dict[str, dict[int, float]]:
    """Return the bundled yearly history: series -> year -> value."""
    text = resources.files("reemarket.data").joinpath("reference", "history.csv")
    body = "\n".join(ln for ln in text.read_text("utf-8").splitlines() if not ln.startswith("#"))
    out: dict[str, dict[int, float]] = {}
    for line, r in enumerate(csv.DictReader(io.StringIO(body)), start=2):
        try:
            out.setdefault(r["series"], {})[int(r["year"])] = float(r["value"])
        except ValueError as exc:
            raise ValueError(f"history.csv line {line}: {exc}") from exc
    return out


def _filled(series: dict[int, float], years: list[int]) -> FloatArray:
    """Return a series over years, gaps filled by linear interpolation (ends carried)."""
    known = sorted(series)
    return as_float(np.interp(years, known, [series[y] for y in known]))


@dataclass(frozen=True)
class HistoryRun:
    """Modelled supply and demand per element over the backtest years, (P, E, Y)."""

    years: list[int]
    supply: FloatArray
    demand: FloatArray
    world_mined: FloatArray
    """(P, Y) modelled world mine output (China quota + USGS ex-China), t REO."""


def run_history(ref: Reference, draws: Draws, years: list[int]) -> HistoryRun:
    """Run the backtest balance for every path in ``draws`` over ``years``."""
    hist = load_history()
    base_years = np.array([FIRST_YEAR])
    scenario = baseline()
    out = simulate(ref, draws, build_shocks(scenario, draws, base_years), base_years, True)
    paths = out.demand.shape[0]
    yrs = np.array(years)
    demand = np.zeros((paths, len(ELEMENTS), len(years)))
    thrift = (1.0 - draws["magnet.hre_thrift_rate"][:, None]) ** (yrs - FIRST_YEAR)[None, :]
    heavy = [ELEMENTS.index(e) for e in ("Dy", "Tb")]
    magnet_demand = np.zeros_like(demand)
    for app in MAGNET_APPS:
        driver = hist[DRIVERS.get(app, MAGNET_OUTPUT)]
        level = _filled(driver, years) / _filled(driver, [FIRST_YEAR])[0]
        part = out.by_application[app][:, :, :1] * level[None, None, :]
        part[:, heavy, :] *= thrift[:, None, :]
        magnet_demand += part
    demand += magnet_demand
    for use in NONMAGNET_USES:
        growth = (1.0 + draws[f"use.{use}.growth"][:, None]) ** (yrs - FIRST_YEAR)[None, :]
        demand += out.by_application[use][:, :, :1] * growth[:, None, :]
    base_magnet = sum(out.by_application[app][:, :, :1] for app in MAGNET_APPS)
    recycled = out.recycled[:, :, :1] * magnet_demand / np.maximum(base_magnet, 1e-9)
    quota = np.array([ref.quotas[y].mining_t for y in years], dtype=float)
    separation = np.array(
        [ref.quotas[y].separation_t or math.inf for y in years], dtype=float
    )  # no separation quota published before 2018: not binding
    world = _filled(hist["world_re_mine_production_usgs"], years)
    ex_china = np.maximum(world - quota, 0.0)
    recovery = draws["china.separation_recovery"][:, None]
    share = draws["china.ionic_share"][:, None]
    china_sep = np.minimum(quota[None, :] * recovery, separation[None, :])
    d_rock = ore_distribution(draws, "bayan_obo")[:, :, None]
    d_ionic = ore_distribution(draws, "ionic_clay")[:, :, None]
    ex_mix = _ex_china_mix(draws)[:, :, None]
    supply = china_sep[:, None, :] * (
        (1.0 - share[:, :, None]) * d_rock + share[:, :, None] * d_ionic
    )
    supply = supply + d_ionic * (draws[UNREPORTED_KEY][:, None] * recovery[:, 0:1])[:, :, None]
    supply = supply + ex_mix * (ex_china[None, :] * recovery)[:, None, :]
    supply = supply + recycled
    mined = np.broadcast_to(quota + ex_china, (paths, len(years)))
    return HistoryRun(list(years), as_float(supply), as_float(demand), as_float(mined))


def _ex_china_mix(draws: Draws) -> FloatArray:
    """Return the element mix (P, E) of ex-China mine output, weighted by 2024 producers."""
    weights = {
        "myanmar": draws["mine.myanmar.2024"],
        "mountain_pass": draws["mine.mountain_pass.2024"],
        "mount_weld": draws["mine.mount_weld.2024"],
        "other_ex_china": draws["mine.other_ex_china.2024"],
    }
    total = sum(weights.values())
    mix = sum(ore_distribution(draws, ore) * (w / total)[:, None] for ore, w in weights.items())
    return as_float(mix)


def price_changes(years: list[int]) -> dict[str, FloatArray]:
    """Return ln(P_t / P_t-1) per group over ``years`` (NaN where a price is missing)."""
    hist = load_history()
    out: dict[str, FloatArray] = {}
    for element, series in PRICE_SERIES.items():
        prices = hist[series]
        out[element] = as_float(
            [
                math.log(prices[y] / prices[y - 1]) if y in prices and y - 1 in prices else math.nan
                for y in years
            ]
        )
    out["Pr-Nd"] = as_float((out["Pr"] + out["Nd"]) / 2.0)
    return out


def rank_correlation(a: FloatArray, b: FloatArray) -> float:
    """Return Spearman's rank correlation of two series (average ranks for ties)."""
    keep = ~(np.isnan(a) | np.isnan(b))
    if keep.sum() < 3:
        return math.nan
    ra, rb = _ranks(a[keep]), _ranks(b[keep])
    if ra.std() == 0 or rb.std() == 0:
        return math.nan
    return float(np.corrcoef(ra, rb)[0, 1])


def _ranks(values: FloatArray) -> FloatArray:
    """Return ranks 1..n, ties sharing their average rank."""
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(1, len(values) + 1)
    for v in np.unique(values):
        tie = values == v
        ranks[tie] = ranks[tie].mean()
    return as_float(ranks)


@dataclass(frozen=True)
class Fit:
    """Least-squares fit of ln(P_t/P_t-1) = intercept - elasticity x balance share."""

    elasticity: float
    elasticity_low: float
    elasticity_high: float
    intercept: float
    r2: float
    n: int
    residuals: list[tuple[str, int, float]]
    """(group, year, residual) for every observation used."""


def fit_response(observations: list[tuple[str, int, float, float]]) -> Fit:
    """Fit the price response on (group, year, balance share, log price change) rows."""
    rows = [r for r in observations if not (math.isnan(r[2]) or math.isnan(r[3]))]
    x = np.array([r[2] for r in rows])
    y = np.array([r[3] for r in rows])
    n = len(rows)
    if n < 3 or x.std() == 0:
        raise ValueError("too few observations to fit the price response")
    design = np.column_stack([np.ones(n), x])
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    resid = y - design @ coef
    dof = n - 2
    sigma2 = float(resid @ resid) / dof
    cov = sigma2 * np.linalg.inv(design.T @ design)
    half = t90(dof) * math.sqrt(float(cov[1, 1]))
    slope = float(coef[1])
    r2 = 1.0 - float(resid @ resid) / float(((y - y.mean()) ** 2).sum())
    return Fit(
        elasticity=-slope,
        elasticity_low=-slope - half,
        elasticity_high=-slope + half,
        intercept=float(coef[0]),
        r2=r2,
        n=n,
        residuals=[(g, yr, float(e)) for (g, yr, _x, _y), e in zip(rows, resid, strict=True)],
    )


@dataclass(frozen=True)
class GroupBacktest:
    """One market's backtest: yearly balance share, price change and agreement."""

    group: str
    years: list[int]
    balance_share: list[float]
    """Median over paths of (supply - demand) / demand."""
    price_change: list[float]
    """ln(P_t / P_t-1); NaN where no price was published."""
    sign_level: int
    """Years where deficit went with a price rise or surplus with a fall."""
    sign_change: int
    """Years where a tighter balance than the year before went with a price rise."""
    compared: int
    """Years with a price change to compare."""
    rank_level: float
    """Spearman correlation of -balance share and the price change."""
    rank_change: float
    """Spearman correlation of the balance share's fall and the price change."""


def backtest_groups(run: HistoryRun, first: int) -> list[GroupBacktest]:
    """Score every group over the years from ``first`` (the run starts a year earlier)."""
    changes = price_changes(run.years)
    out = []
    for group, elements in GROUPS.items():
        idx = [ELEMENTS.index(e) for e in elements]
        supply, demand = run.supply[:, idx].sum(axis=1), run.demand[:, idx].sum(axis=1)
        share = as_float(np.median((supply - demand) / demand, axis=0))
        tightening = as_float(np.concatenate([[math.nan], share[:-1] - share[1:]]))
        keep = [i for i, y in enumerate(run.years) if y >= first]
        dp = changes[group][keep]
        level, delta = share[keep], tightening[keep]
        valid = ~np.isnan(dp)
        out.append(
            GroupBacktest(
                group=group,
                years=[run.years[i] for i in keep],
                balance_share=[float(v) for v in level],
                price_change=[float(v) for v in dp],
                sign_level=int(((level < 0) == (dp > 0))[valid].sum()),
                sign_change=int(((delta > 0) == (dp > 0))[valid].sum()),
                compared=int(valid.sum()),
                rank_level=rank_correlation(as_float(-level), dp),
                rank_change=rank_correlation(delta, dp),
            )
        )
    return out
