"""The same model in plain Python, one path at a time: a cross-check and a benchmark baseline.

It follows ``engine.py`` equation by equation with floats and lists (no numpy), so
tests can check that the vectorised engine computes the same thing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

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
from reemarket.model.engine import EOL_STOCK_ELEMENTS, HISTORY_YEARS, UNREPORTED_KEY
from reemarket.model.price import MAX_LOG_INDEX, MIN_DEMAND_T, PRICE_GROUPS
from reemarket.model.reference import Reference
from reemarket.model.shocks import Grid, PathShocks


@dataclass(frozen=True)
class PathResult:
    """One path's results per element and year (t REO; price is an index)."""

    primary: Grid
    recycled: Grid
    demand: Grid
    balance: Grid
    stock: Grid
    price: Grid


def _norm(values: list[float]) -> list[float]:
    """Scale values to sum to 1."""
    total = sum(values)
    return [v / total for v in values]


def _ex_china(p: dict[str, float], producer: str, year: int) -> float:
    """Return an ex-China producer's mine output in one year."""
    if year in HISTORY_YEARS:
        return p[f"mine.{producer}.{year}"]
    last = HISTORY_YEARS[-1]
    level = p[f"mine.{producer}.{last}"]
    after = max(year - last, 0)
    if producer in ("mountain_pass", "mount_weld"):
        ramp = min(max(after / p[f"{producer}.ramp_years"], 0.0), 1.0)
        return level + (p[f"{producer}.capacity_t"] - level) * ramp
    return float(level * (1.0 + p[f"{producer}.growth"]) ** after)


def _activity(p: dict[str, float], app: str, year: int, s: PathShocks) -> float:
    """Return an application's activity in one year."""
    if app == "humanoid_robots":
        start = p["app.humanoid_robots.units_2025"]
        span = s.humanoid_target_year - 2025
        until = min(year, s.humanoid_target_year) - 2025
        after = max(year - s.humanoid_target_year, 0)
        growth = (1.0 + p["app.humanoid_robots.growth"]) ** after
        return float(start * (s.humanoid_target_units / start) ** (until / span) * growth)
    growth = (1.0 + p[f"app.{app}.growth"]) ** (year - FIRST_YEAR)
    return float(p[f"app.{app}.activity_base"] * growth)


def run_path(ref: Reference, p: dict[str, float], s: PathShocks, years: list[int]) -> PathResult:
    """Run the model for one path with plain Python arithmetic."""
    n_el, n_yr = len(ELEMENTS), len(years)
    known = {y: q for y, q in ref.quotas.items() if q.separation_t is not None}
    last = max(known)
    dist = {ore: _norm([p[f"dist.{ore}.{e}"] for e in ELEMENTS]) for ore in PRODUCER_ORE.values()}
    rec = p["china.separation_recovery"]
    primary = [[0.0] * n_yr for _ in range(n_el)]
    factor = 1.0
    for t, year in enumerate(years):
        if year > last:
            factor *= 1.0 + s.quota_rate[t]
        quota = known.get(year, known[last])
        mining = quota.mining_t * factor * s.quota_mult[t]
        separation = float(quota.separation_t or 0.0) * factor * s.quota_mult[t]
        share = p["china.ionic_share"]
        rock = mining * (1.0 - share) * s.producer_mult["china_rock"][t]
        ionic = mining * share * s.producer_mult["china_ionic"][t]
        domestic = rock + ionic
        scale = min(domestic * rec, separation) / domestic if domestic > 0 else 0.0
        mined = {
            prod: _ex_china(p, prod, year) * s.producer_mult[prod][t]
            for prod in ("myanmar", "mountain_pass", "mount_weld", "other_ex_china")
        }
        for e in range(n_el):
            china = (rock * dist["bayan_obo"][e] + ionic * dist["ionic_clay"][e]) * scale
            china += dist["myanmar"][e] * mined["myanmar"] * rec
            china += dist["ionic_clay"][e] * p[UNREPORTED_KEY] * rec
            value = china * (1.0 - s.export_withheld[e][t])
            for prod in ("mountain_pass", "mount_weld", "other_ex_china"):
                value += dist[PRODUCER_ORE[prod]][e] * mined[prod] * rec
            primary[e][t] = value
    oxide = [ref.oxide_factor[e] for e in ELEMENTS]
    to_oxide = 1.0 / (p["yield.oxide_to_metal"] * p["yield.magnet"])
    content = [[0.0] * n_yr for _ in range(n_el)]
    demand = [[0.0] * n_yr for _ in range(n_el)]
    for t, year in enumerate(years):
        hre = (1.0 - p["magnet.hre_thrift_rate"]) ** (year - FIRST_YEAR)
        hre *= 1.0 - s.dy_free_share[t]
        for app in MAGNET_APPS:
            mass = _activity(p, app, year, s) * p[f"app.{app}.intensity"]
            mass *= p[f"app.{app}.pm_share"]
            ndpr = p[f"comp.{app}.Nd"] + p[f"comp.{app}.Pr"]
            comp = {"Nd": ndpr * (1.0 - p[PR_SHARE_KEY]), "Pr": ndpr * p[PR_SHARE_KEY]}
            comp.update({el: p[f"comp.{app}.{el}"] for el in MAGNET_ELEMENTS if el not in comp})
            comp.update({el: p[f"comp.magnet.{el}"] for el in MAGNET_MINOR_ELEMENTS})
            for element, share_wt in comp.items():
                e = ELEMENTS.index(element)
                metal = mass * share_wt
                if element in HEAVY_MAGNET_ELEMENTS:
                    metal *= hre
                content[e][t] += metal
                demand[e][t] += metal * oxide[e] * to_oxide
        for use in NONMAGNET_USES:
            tonnes = p[f"use.{use}.base_t"] * (1.0 + p[f"use.{use}.growth"]) ** (year - FIRST_YEAR)
            mix = _norm([p.get(f"mix.{use}.{el}", 0.0) for el in ELEMENTS])
            for e in range(n_el):
                demand[e][t] += mix[e] * tonnes
    recycled = _recycling(p, content, oxide)
    balance = [
        [primary[e][t] + recycled[e][t] - demand[e][t] for t in range(n_yr)] for e in range(n_el)
    ]
    stock: Grid = []
    for e in range(n_el):
        level, row = p["stock.opening_years"] * demand[e][0], []
        for t in range(n_yr):
            level += balance[e][t]
            row.append(level)
        stock.append(row)
    price = _price(p["price.elasticity"], stock, demand)
    return PathResult(primary, recycled, demand, balance, stock, price)


def _price(elasticity: float, stock: Grid, demand: Grid) -> Grid:
    """Return the price index per element and year: 1 in the base year, Pr-Nd as one."""
    n_el, n_yr = len(stock), len(stock[0])
    group_of = {e: [e] for e in range(n_el)}
    for group in PRICE_GROUPS:
        members = [ELEMENTS.index(el) for el in group]
        for e in members:
            group_of[e] = members
    price: Grid = []
    for e in range(n_el):
        k = [sum(stock[g][t] for g in group_of[e]) for t in range(n_yr)]
        d = [sum(demand[g][t] for g in group_of[e]) for t in range(n_yr)]
        ratio = [k[t] / max(d[t], MIN_DEMAND_T) for t in range(n_yr)]
        row = []
        for t in range(n_yr):
            log_index = MAX_LOG_INDEX * math.tanh(
                -elasticity * (ratio[t] - ratio[0]) / MAX_LOG_INDEX
            )
            row.append(math.exp(log_index) if d[t] >= MIN_DEMAND_T else 1.0)
        price.append(row)
    return price


def _recycling(p: dict[str, float], content: Grid, oxide: list[float]) -> Grid:
    """Return recycled supply per element and year for one path."""
    n_el, n_yr = len(content), len(content[0])
    idx = [ELEMENTS.index(e) for e in EOL_STOCK_ELEMENTS]
    first_total = max(sum(content[i][0] for i in idx), 1e-12)
    stock = [0.0] * n_el
    for i in idx:
        stock[i] = p["recycling.in_use_stock_t"] * content[i][0] / first_total
    out = [[0.0] * n_yr for _ in range(n_el)]
    scrap_factor = 1.0 / p["yield.magnet"] - 1.0
    for t in range(n_yr):
        for e in range(n_el):
            eol = stock[e] / p["recycling.lifetime_years"]
            stock[e] += content[e][t] - eol
            swarf = p["recycling.swarf_rate"] * content[e][t] * scrap_factor
            out[e][t] = (swarf + p["recycling.eol_rate"] * eol) * oxide[e]
    return out
