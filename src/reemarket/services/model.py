"""Use cases of the supply-demand model, called by the CLI and the API."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from reemarket.errors import InputError, ScenarioError
from reemarket.model.calibration import (
    BALANCE_BAND,
    CALIBRATION_YEARS,
    CHECK_TOLERANCE,
    SURPLUS_GROUPS,
    TIGHT_GROUPS,
    balance_shares,
    check_values,
    passes,
)
from reemarket.model.catalog import ELEMENTS, FIRST_YEAR, LAST_YEAR, PERCENTILES
from reemarket.model.charts import fan_chart
from reemarket.model.engine import simulate
from reemarket.model.montecarlo import VARIABLES, Summary, draw, run_paths, summarise
from reemarket.model.price import at_bound
from reemarket.model.reference import load_reference
from reemarket.model.results import list_runs, load_run, save_run
from reemarket.model.scenario import Scenario, baseline, load_scenario
from reemarket.model.shocks import build_shocks
from reemarket.store.db import Store

DEFAULT_PATHS = 2000
"""Paths drawn when the caller does not say."""


class ElementBalance(BaseModel):
    """Balance of one element in one year: medians with a 5-95 percentile band."""

    element: str = Field(description="Element symbol, or 'other' for Tm, Yb, Lu")
    year: int = Field(description="Model year")
    supply_t: float = Field(description="Median supply (primary + recycled), t REO")
    demand_t: float = Field(description="Median demand, t REO")
    balance_t: float = Field(description="Median balance (supply - demand), t REO")
    balance_p5_t: float = Field(description="5th percentile of the balance, t REO")
    balance_p95_t: float = Field(description="95th percentile of the balance, t REO")
    stock_t: float = Field(description="Median cumulative stock at year end, t REO")
    price_index: float | None = Field(
        description="Median price index (2024 = 1); None when the median path is at a bound"
    )
    price_bound_share: float = Field(
        description="Share of paths whose price index sits at its limit (about 0.13x or 7.9x)"
    )


class BalanceResult(BaseModel):
    """The balance of every element in one year under one scenario."""

    scenario: str = Field(description="Scenario name")
    year: int = Field(description="Model year shown")
    paths: int = Field(description="Monte Carlo paths")
    seed: int = Field(description="Random seed (same seed, same numbers)")
    run_id: int | None = Field(description="Stored run id, if stored")
    elements: list[ElementBalance] = Field(description="One row per element")


class PercentileRow(BaseModel):
    """Percentiles of one variable for one element and year."""

    variable: str = Field(description="supply, demand, balance, stock (t REO) or price (index)")
    element: str = Field(description="Element symbol")
    year: int = Field(description="Model year")
    p5: float = Field(description="5th percentile")
    p25: float = Field(description="25th percentile")
    p50: float = Field(description="Median")
    p75: float = Field(description="75th percentile")
    p95: float = Field(description="95th percentile")


class ScenarioRunResult(BaseModel):
    """A scenario's Monte Carlo run: where it is stored and its percentiles."""

    scenario: str = Field(description="Scenario name")
    description: str = Field(description="Scenario description")
    source: str | None = Field(description="Scenario file")
    seed: int = Field(description="Random seed")
    paths: int = Field(description="Monte Carlo paths")
    run_id: int | None = Field(description="Stored run id, if stored")
    chart: str | None = Field(description="Fan chart file written, if any")
    rows: list[PercentileRow] = Field(description="Percentiles per variable, element and year")


class DifferenceRow(BaseModel):
    """How scenario B's balance differs from A's for one element and year, path by path."""

    element: str = Field(description="Element symbol")
    year: int = Field(description="Model year")
    balance_a_t: float = Field(description="Median balance under A, t REO")
    balance_b_t: float = Field(description="Median balance under B, t REO")
    diff_p5_t: float = Field(description="5th percentile of B - A over paths, t REO")
    diff_p50_t: float = Field(description="Median of B - A over paths, t REO")
    diff_p95_t: float = Field(description="95th percentile of B - A over paths, t REO")
    price_ratio_p50: float = Field(description="Median of price index B / A over paths")


class ComparisonResult(BaseModel):
    """Two scenarios run with the same seed (common random numbers) and compared."""

    a: str = Field(description="Scenario A name")
    b: str = Field(description="Scenario B name")
    seed: int = Field(description="Seed used for both")
    paths: int = Field(description="Monte Carlo paths")
    run_ids: tuple[int | None, int | None] = Field(description="Stored run ids (A, B)")
    rows: list[DifferenceRow] = Field(description="One row per element and year")


class CheckRow(BaseModel):
    """One published 2023-2024 figure beside the calibrated baseline's value."""

    check: str = Field(description="Check name (published_checks.csv, or world_mine_t)")
    year: int = Field(description="Year")
    unit: str = Field(description="Unit of the figure")
    published_low: float = Field(description="Published value, or low end across sources")
    published_high: float = Field(description="Published value, or high end across sources")
    model_mid: float = Field(description="Model at the midpoint of every parameter range")
    model_p5: float = Field(description="Model, 5th percentile over paths")
    model_p50: float = Field(description="Model, median over paths")
    model_p95: float = Field(description="Model, 95th percentile over paths")
    passed: bool = Field(
        description="Median within the published value or range widened by the tolerance"
    )
    basis: str = Field(description="What the figure counts and how the model value is formed")
    source: str = Field(description="Where the published figure comes from")


class GroupBalanceRow(BaseModel):
    """Balance of an element group as a share of its demand ((supply - demand) / demand)."""

    group: str = Field(description="Element group, e.g. Pr+Nd")
    year: int = Field(description="Year")
    target: str = Field(description="What the calibration aims for")
    share_mid: float = Field(description="Share at the midpoint of every parameter range")
    share_p5: float = Field(description="5th percentile over paths")
    share_p50: float = Field(description="Median over paths")
    share_p95: float = Field(description="95th percentile over paths")
    supply_mid_t: float = Field(description="Supply at the midpoints, t REO")
    demand_mid_t: float = Field(description="Demand at the midpoints, t REO")


class ReconciliationResult(BaseModel):
    """The 2023-2024 baseline against published figures (see docs/model.md, Calibration)."""

    paths: int = Field(description="Monte Carlo paths")
    seed: int = Field(description="Random seed")
    band: float = Field(description="Target |balance| / demand for Pr+Nd, Dy and Tb")
    tolerance: float = Field(description="Share a check's median may lie outside its range")
    checks: list[CheckRow] = Field(description="Published figures beside the model's")
    balances: list[GroupBalanceRow] = Field(description="Balance shares of the target groups")


def reconcile(paths: int = DEFAULT_PATHS, seed: int = 0) -> ReconciliationResult:
    """Run the baseline for 2023-2024 (midpoints and Monte Carlo) and compare with publications."""
    _check_run(paths)
    years = np.array(CALIBRATION_YEARS)
    scenario = baseline()
    runs = []
    for n, s in ((1, None), (paths, seed)):
        ref, draws = draw(scenario, n, s)
        out = simulate(ref, draws, build_shocks(scenario, draws, years), years, by_application=True)
        runs.append((check_values(ref, draws, out), out))
    (mid_checks, mid_out), (mc_checks, mc_out) = runs
    checks = []
    for mid, mc in zip(mid_checks, mc_checks, strict=True):
        p5, p50, p95 = np.percentile(mc.values, (5, 50, 95))
        checks.append(
            CheckRow(
                check=mc.check,
                year=mc.year,
                unit=mc.unit,
                published_low=mc.published_low,
                published_high=mc.published_high,
                model_mid=float(mid.values[0]),
                model_p5=float(p5),
                model_p50=float(p50),
                model_p95=float(p95),
                passed=passes(mc.published_low, mc.published_high, float(p50)),
                basis=mc.basis,
                source=mc.source,
            )
        )
    groups = {**TIGHT_GROUPS, **SURPLUS_GROUPS}
    mid_shares, mc_shares = balance_shares(mid_out, groups), balance_shares(mc_out, groups)
    balances = []
    for name, elements in groups.items():
        idx = [ELEMENTS.index(e) for e in elements]
        target = f"within +-{BALANCE_BAND:.0%}" if name in TIGHT_GROUPS else "surplus"
        for t, year in enumerate(CALIBRATION_YEARS):
            p5, p50, p95 = np.percentile(mc_shares[name][:, t], (5, 50, 95))
            balances.append(
                GroupBalanceRow(
                    group=name,
                    year=year,
                    target=target,
                    share_mid=float(mid_shares[name][0, t]),
                    share_p5=float(p5),
                    share_p50=float(p50),
                    share_p95=float(p95),
                    supply_mid_t=float(mid_out.supply[0, idx, t].sum()),
                    demand_mid_t=float(mid_out.demand[0, idx, t].sum()),
                )
            )
    return ReconciliationResult(
        paths=paths,
        seed=seed,
        band=BALANCE_BAND,
        tolerance=CHECK_TOLERANCE,
        checks=checks,
        balances=balances,
    )


def bundled_scenarios() -> dict[str, Path]:
    """Return the example scenarios shipped with reemarket, by file stem."""
    folder = resources.files("reemarket.data").joinpath("scenarios")
    return {
        Path(entry.name).stem: Path(str(entry))
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    }


def read_scenario(path: Path) -> Scenario:
    """Load a scenario file, or a bundled example by name (e.g. ``quota_freeze``)."""
    if not path.exists():
        bundled = bundled_scenarios()
        if path.suffix == "" and path.name in bundled:
            path = bundled[path.name]
        else:
            names = ", ".join(sorted(bundled))
            raise ScenarioError(f"{path}: no such scenario file (bundled examples: {names})")
    return load_scenario(path, load_reference().parameters)


def _check_run(paths: int, year: int | None = None) -> None:
    """Validate run sizes and years."""
    if paths < 1 or paths > 1_000_000:
        raise InputError(f"paths must be between 1 and 1,000,000 (got {paths})")
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError(f"year must be between {FIRST_YEAR} and {LAST_YEAR} (got {year})")


def _store(
    store: Store | None, scenario: Scenario, summary: Summary, src: str | None
) -> int | None:
    """Save a run if a store is given; return its id."""
    if store is None:
        return None
    with store.transaction() as conn:
        return save_run(conn, scenario, summary, src)


def _readable_index(summary: Summary, element: str, year: int) -> float | None:
    """Return the median price index, or None when the median sits on its limit."""
    value = summary.value("price", element, year)
    return None if bool(at_bound(np.array([value]))[0]) else value


def run_balance(
    store: Store | None,
    year: int = FIRST_YEAR,
    paths: int = DEFAULT_PATHS,
    seed: int = 0,
    scenario: Scenario | None = None,
) -> BalanceResult:
    """Run a scenario (baseline by default) and return every element's balance in a year."""
    _check_run(paths, year)
    scenario = scenario or baseline()
    summary = summarise(run_paths(scenario, paths, seed), scenario.name, seed)
    run_id = _store(store, scenario, summary, None)
    rows = [
        ElementBalance(
            element=e,
            year=year,
            supply_t=summary.value("supply", e, year),
            demand_t=summary.value("demand", e, year),
            balance_t=summary.value("balance", e, year),
            balance_p5_t=summary.value("balance", e, year, 5),
            balance_p95_t=summary.value("balance", e, year, 95),
            stock_t=summary.value("stock", e, year),
            price_index=_readable_index(summary, e, year),
            price_bound_share=summary.value("price_bound", e, year),
        )
        for e in ELEMENTS
    ]
    return BalanceResult(
        scenario=scenario.name, year=year, paths=paths, seed=seed, run_id=run_id, elements=rows
    )


def _rows(summary: Summary) -> list[PercentileRow]:
    """Flatten a summary into percentile rows."""
    out = []
    for variable in VARIABLES:
        arr = summary.values[variable]
        for e, element in enumerate(summary.elements):
            for t, year in enumerate(summary.years):
                vals = dict(zip((f"p{p}" for p in PERCENTILES), arr[:, e, t], strict=True))
                out.append(
                    PercentileRow(
                        variable=variable,
                        element=element,
                        year=year,
                        **{k: float(v) for k, v in vals.items()},
                    )
                )
    return out


def run_scenario(
    store: Store | None,
    path: Path,
    paths: int = DEFAULT_PATHS,
    seed: int = 0,
    chart: Path | None = None,
) -> ScenarioRunResult:
    """Run a scenario file's Monte Carlo, store it with its seed, optionally draw a fan chart."""
    _check_run(paths)
    scenario = read_scenario(path)
    summary = summarise(run_paths(scenario, paths, seed), scenario.name, seed)
    run_id = _store(store, scenario, summary, str(path))
    written = str(fan_chart(summary, chart)) if chart is not None else None
    return ScenarioRunResult(
        scenario=scenario.name,
        description=scenario.description,
        source=str(path),
        seed=seed,
        paths=paths,
        run_id=run_id,
        chart=written,
        rows=_rows(summary),
    )


def compare_scenarios(
    store: Store | None,
    a: Path,
    b: Path,
    paths: int = DEFAULT_PATHS,
    seed: int = 0,
) -> ComparisonResult:
    """Run two scenarios with the same seed and compare their balances path by path."""
    _check_run(paths)
    sa, sb = read_scenario(a), read_scenario(b)
    oa, ob = run_paths(sa, paths, seed), run_paths(sb, paths, seed)
    ids = (
        _store(store, sa, summarise(oa, sa.name, seed), str(a)),
        _store(store, sb, summarise(ob, sb.name, seed), str(b)),
    )
    diff = np.percentile(ob.balance - oa.balance, (5, 50, 95), axis=0)
    med_a, med_b = np.median(oa.balance, axis=0), np.median(ob.balance, axis=0)
    ratio = np.median(ob.price / oa.price, axis=0)
    rows = [
        DifferenceRow(
            element=element,
            year=int(year),
            balance_a_t=float(med_a[e, t]),
            balance_b_t=float(med_b[e, t]),
            diff_p5_t=float(diff[0, e, t]),
            diff_p50_t=float(diff[1, e, t]),
            diff_p95_t=float(diff[2, e, t]),
            price_ratio_p50=float(ratio[e, t]),
        )
        for e, element in enumerate(ELEMENTS)
        for t, year in enumerate(oa.years)
    ]
    return ComparisonResult(a=sa.name, b=sb.name, seed=seed, paths=paths, run_ids=ids, rows=rows)


class RunInfo(BaseModel):
    """A stored model run."""

    run_id: int = Field(description="Run id")
    scenario: str = Field(description="Scenario name")
    seed: int = Field(description="Random seed")
    paths: int = Field(description="Monte Carlo paths")
    created_at: str = Field(description="When it was stored (ISO 8601)")


def list_model_runs(store: Store) -> list[RunInfo]:
    """List stored model runs, newest first."""
    return [
        RunInfo(run_id=i, scenario=name, seed=seed, paths=paths, created_at=at)
        for i, name, seed, paths, at in list_runs(store.conn)
    ]


def get_model_run(store: Store, run_id: int) -> ScenarioRunResult:
    """Read a stored run's percentiles back; raise NotFoundError if absent."""
    summary = load_run(store.conn, run_id)
    return ScenarioRunResult(
        scenario=summary.scenario,
        description="",
        source=None,
        seed=summary.seed,
        paths=summary.paths,
        run_id=run_id,
        chart=None,
        rows=_rows(summary),
    )
