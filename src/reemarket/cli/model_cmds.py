"""Commands of the supply-demand model: ``balance``, ``reconcile``, ``scenario run|compare``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reemarket.cli.context import get_store
from reemarket.cli.output import console, print_json, table
from reemarket.model.catalog import FIRST_YEAR
from reemarket.services.model import (
    DEFAULT_PATHS,
    bundled_scenarios,
    compare_scenarios,
    read_scenario,
    reconcile,
    run_balance,
    run_scenario,
)
from reemarket.services.model_backtest import run_backtest
from reemarket.services.model_validation import OutlookRow, validate_outlooks
from reemarket.services.parallel import sweep_scenarios

SHOWN_YEARS = (2025, 2030, 2035, 2040)
"""Years shown in the human-readable scenario tables."""


def _band(median: float, low: float, high: float) -> str:
    """Format a median and its 5-95% band in kt."""
    return f"{median / 1000:,.1f} [{low / 1000:,.1f}, {high / 1000:,.1f}]"


scenario_app = typer.Typer(
    name="scenario", help="Run and compare model scenarios (TOML files).", no_args_is_help=True
)


def balance(
    year: Annotated[int, typer.Option(help="Model year, 2024-2040.")] = FIRST_YEAR,
    paths: Annotated[int, typer.Option(help="Monte Carlo paths.")] = DEFAULT_PATHS,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show every element's baseline supply, demand and balance in one year."""
    result = run_balance(None, year, paths, seed)
    if as_json:
        print_json(result.model_dump())
        return
    rows = [
        (
            r.element,
            r.supply_t,
            r.demand_t,
            r.balance_t,
            f"{r.balance_p5_t:,.0f} .. {r.balance_p95_t:,.0f}",
            "at bound" if r.price_index is None else f"{r.price_index:.2f}",
            f"{r.price_bound_share:.0%}",
        )
        for r in result.elements
    ]
    title = f"Baseline balance {year} (t REO, medians of {paths} paths, seed {seed})"
    cols = ["element", "supply", "demand", "balance", "balance 5-95%"]
    cols += ["price index (2024 = 1)", "paths at bound"]
    console.print(table(title, cols, rows))


def reconcile_cmd(
    paths: Annotated[int, typer.Option(help="Monte Carlo paths.")] = DEFAULT_PATHS,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Compare the calibrated 2023-2024 baseline with published supply and demand figures."""
    result = reconcile(paths, seed)
    if as_json:
        print_json(result.model_dump())
        return
    rows = [
        (
            r.check,
            str(r.year),
            "k" + r.unit if r.unit.startswith("t ") else r.unit,
            f"{r.published_low / 1000:,.1f}"
            + ("" if r.published_high == r.published_low else f"-{r.published_high / 1000:,.1f}"),
            f"{r.model_mid / 1000:,.1f}",
            _band(r.model_p50, r.model_p5, r.model_p95),
            "pass" if r.passed else "FAIL",
        )
        for r in result.checks
    ]
    title = f"Published vs model, 2023-2024, kt ({paths} paths, seed {seed})"
    cols = ["check", "year", "unit", "published", "model mid", "model median [5%, 95%]"]
    cols.append(f"median within +-{result.tolerance:.0%}")
    console.print(table(title, cols, rows))
    balance_rows = [
        (
            r.group,
            str(r.year),
            f"{r.supply_mid_t:,.0f}",
            f"{r.demand_mid_t:,.0f}",
            f"{r.share_mid:+.1%}",
            f"{r.share_p50:+.1%} [{r.share_p5:+.1%}, {r.share_p95:+.1%}]",
            r.target,
        )
        for r in result.balances
    ]
    title = "Balance / demand (t REO; midpoints, and median [5%, 95%] over paths)"
    cols = ["group", "year", "supply", "demand", "midpoints", "paths", "target"]
    console.print(table(title, cols, balance_rows))


@scenario_app.command("list")
def scenario_list(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the bundled example scenarios (run one by name: ``scenario run quota_freeze``)."""
    found = [(name, read_scenario(path)) for name, path in sorted(bundled_scenarios().items())]
    if as_json:
        print_json([{"name": n, "file": str(bundled_scenarios()[n]), "description": sc.description}
                    for n, sc in found])  # fmt: skip
        return
    console.print(table("Bundled scenarios", ["name", "description"],
                        [(n, sc.description) for n, sc in found]))  # fmt: skip


@scenario_app.command("run")
def scenario_run(
    file: Annotated[Path, typer.Argument(help="Scenario TOML file, or a bundled example name.")],
    paths: Annotated[int, typer.Option(help="Monte Carlo paths.")] = DEFAULT_PATHS,
    seed: Annotated[int, typer.Option(help="Random seed, stored with the results.")] = 0,
    chart: Annotated[
        Path | None, typer.Option(help="Write a fan chart of the balance (.png or .html).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Run a scenario's Monte Carlo, store the percentiles with the seed, show the balance."""
    read_scenario(file)  # a bad file fails before the database is opened
    result = run_scenario(get_store(), file, paths, seed, chart)
    if as_json:
        print_json(result.model_dump())
        return
    console.print(
        f"[bold]{result.scenario}[/]: {result.description}\n"
        f"run {result.run_id}, {result.paths} paths, seed {result.seed}"
    )
    wanted = {(r.element, r.year): r for r in result.rows if r.variable == "balance"}
    elements = list(dict.fromkeys(r.element for r in result.rows))
    rows = [(e, *(_band(wanted[(e, y)].p50, wanted[(e, y)].p5, wanted[(e, y)].p95)
                  for y in SHOWN_YEARS)) for e in elements]  # fmt: skip
    title = "Balance, kt REO: median [5%, 95%]"
    console.print(table(title, ["element", *map(str, SHOWN_YEARS)], rows))
    if result.chart:
        console.print(f"chart: {result.chart}")


@scenario_app.command("sweep")
def scenario_sweep(
    file: Annotated[Path, typer.Argument(help="Scenario TOML file, or a bundled example name.")],
    param: Annotated[
        list[str],
        typer.Option(
            "--param",
            help="NAME=START:STOP:N, e.g. quota_growth=0:0.1:11 (repeat for a product grid).",
        ),
    ],
    paths: Annotated[int, typer.Option(help="Monte Carlo paths per scenario.")] = DEFAULT_PATHS,
    seed: Annotated[int, typer.Option(help="Random seed, stored with each run.")] = 0,
    workers: Annotated[int, typer.Option(min=1, max=512, help="Local Dask processes.")] = 2,
    scheduler: Annotated[
        str | None, typer.Option(help="An existing Dask cluster, e.g. tcp://host:8786.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Run a scenario over a grid of values as Dask tasks; store each run (resumes)."""
    read_scenario(file)  # a bad file fails before the database is opened
    done = sweep_scenarios(
        get_store(), file, param, paths=paths, seed=seed, workers=workers, scheduler=scheduler
    )
    if as_json:
        print_json({"computed": done.computed, "resumed": done.resumed, "runs": done.runs})
        return
    console.print(table(f"Sweep: {done.computed} run, {done.resumed} already stored",
                        ["scenario", "run id", "stored before"],
                        [(r["scenario"], r["run_id"], "yes" if r["resumed"] else "")
                         for r in done.runs]))  # fmt: skip


@scenario_app.command("compare")
def scenario_compare(
    a: Annotated[Path, typer.Argument(help="Scenario A (file or bundled name).")],
    b: Annotated[Path, typer.Argument(help="Scenario B (file or bundled name).")],
    paths: Annotated[int, typer.Option(help="Monte Carlo paths.")] = DEFAULT_PATHS,
    seed: Annotated[int, typer.Option(help="Random seed used for both.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Run two scenarios with the same seed and show how B's balance differs from A's."""
    read_scenario(a)
    read_scenario(b)
    result = compare_scenarios(get_store(), a, b, paths, seed)
    if as_json:
        print_json(result.model_dump())
        return
    rows = [
        (
            r.element,
            str(r.year),
            f"{r.balance_a_t / 1000:,.1f}",
            f"{r.balance_b_t / 1000:,.1f}",
            _band(r.diff_p50_t, r.diff_p5_t, r.diff_p95_t),
            r.price_ratio_p50,
        )
        for r in result.rows
        if r.year in SHOWN_YEARS
    ]
    title = f"{result.b} vs {result.a} ({result.paths} paths, seed {result.seed}), kt REO"
    cols = ["element", "year", "balance A", "balance B", "B - A median [5%, 95%]", "price B/A"]
    console.print(table(title, cols, rows))


def _figure(row: OutlookRow, value: float) -> str:
    """Format a level in kt or a growth rate in % a year."""
    return f"{value:.1%}" if row.kind == "cagr" else f"{value / 1000:,.1f}"


def validate_cmd(
    paths: Annotated[int, typer.Option(help="Monte Carlo paths.")] = DEFAULT_PATHS,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Compare the baseline with published outlooks (IEA, Adamas, USGS): pass or fail."""
    result = validate_outlooks(paths, seed)
    if as_json:
        print_json(result.model_dump())
        return
    rows = []
    for r in result.rows:
        published = _figure(r, r.published_low)
        if r.published_high != r.published_low:
            published += "-" + _figure(r, r.published_high)
        if r.kind == "at_least":
            published = "> " + published
        if r.model_p50 is None or r.model_p5 is None or r.model_p95 is None:
            model, verdict = "beyond 2040", "not compared"
        else:
            model = (
                f"{_figure(r, r.model_p50)} [{_figure(r, r.model_p5)}, {_figure(r, r.model_p95)}]"
            )
            verdict = "pass" if r.passed else "FAIL"
        unit = r.unit if r.kind == "cagr" else "k" + r.unit
        rows.append((r.check, unit, published, model, r.tolerance, verdict))
    title = (
        f"Published outlooks vs baseline ({paths} paths, seed {seed}): "
        f"{result.passed} pass, {result.failed} fail, {result.not_compared} not compared"
    )
    cols = ["published figure", "unit", "published", "model median [5%, 95%]", "tolerance", ""]
    console.print(table(title, cols, rows))


def _opt(value: float | None, fmt: str) -> str:
    """Format a number, or 'n/a' when it is missing."""
    return "n/a" if value is None else format(value, fmt)


def backtest_cmd(
    first: Annotated[int, typer.Option("--from", help="First year compared.")] = 2015,
    last: Annotated[int, typer.Option("--to", help="Last year compared.")] = 2024,
    paths: Annotated[int, typer.Option(help="Monte Carlo paths.")] = 500,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    chart: Annotated[Path | None, typer.Option(help="Write an HTML chart.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Run the model over past years with the inputs known then and compare with prices."""
    result = run_backtest(first, last, paths, seed, chart)
    if as_json:
        print_json(result.model_dump())
        return
    rows = [
        (
            g.group,
            f"{g.sign_level}/{g.compared}",
            f"{g.sign_change}/{g.compared}",
            _opt(g.rank_level, "+.2f"),
            _opt(g.rank_change, "+.2f"),
        )
        for g in result.groups
    ]
    title = f"Backtest {first}-{last} ({paths} paths, seed {seed})"
    cols = ["market", "sign: balance", "sign: change", "rank: balance", "rank: change"]
    console.print(table(title, cols, rows))
    f = result.fit
    console.print(
        f"Fitted price response ln(P_t/P_t-1) = c - e x balance share, {f.n} market-years: "
        f"e = {f.elasticity:.3f} [90%: {f.elasticity_low:.3f}, {f.elasticity_high:.3f}], "
        f"c = {f.intercept:+.3f}, R2 = {f.r2:.2f}"
    )
    worst = sorted(f.residuals, key=lambda r: -abs(r[2]))[:5]
    console.print("largest residuals: " + ", ".join(f"{g} {y} {e:+.2f}" for g, y, e in worst))
    if result.chart:
        console.print(f"chart: {result.chart}")


def register(app: typer.Typer) -> None:
    """Add ``balance``, ``reconcile`` and the ``scenario`` sub-app to the main app."""
    app.command("balance")(balance)
    app.command("reconcile")(reconcile_cmd)
    app.command("validate")(validate_cmd)
    app.command("backtest")(backtest_cmd)
    app.add_typer(scenario_app, name="scenario")
