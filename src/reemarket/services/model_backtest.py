"""The backtest of the balance model over 2015-2024 and the fitted price response."""

from __future__ import annotations

import math
from pathlib import Path

from pydantic import BaseModel, Field

from reemarket.errors import InputError
from reemarket.model.backtest import backtest_groups, fit_response, run_history
from reemarket.model.montecarlo import draw
from reemarket.model.scenario import baseline

FIRST, LAST = 2015, 2024
"""Years the bundled history covers for a backtest."""

FIT_GROUPS = ("Pr-Nd", "Dy", "Tb", "La", "Ce")
"""Markets pooled in the price-response fit (Nd and Pr enter once, as Pr-Nd)."""


def _num(value: float) -> float | None:
    """Return a float, or None for NaN (JSON has no NaN)."""
    return None if math.isnan(value) else value


class GroupRow(BaseModel):
    """One market's backtest over the years."""

    group: str = Field(description="Market: Pr-Nd, Nd, Pr, Dy, Tb, La or Ce")
    years: list[int] = Field(description="Years compared")
    balance_share: list[float] = Field(description="Median (supply - demand) / demand per year")
    price_change: list[float | None] = Field(description="ln(P_t / P_t-1); None: no price")
    sign_level: int = Field(description="Years where deficit met a price rise or surplus a fall")
    sign_change: int = Field(description="Years where a tighter balance met a price rise")
    compared: int = Field(description="Years with a price change")
    rank_level: float | None = Field(description="Spearman of -balance share and price change")
    rank_change: float | None = Field(description="Spearman of balance tightening and change")


class FitResult(BaseModel):
    """ln(P_t / P_t-1) = intercept - elasticity x balance share, pooled over markets."""

    elasticity: float = Field(description="Fitted elasticity (log price per year of demand)")
    elasticity_low: float = Field(description="Lower end of its 90 % interval")
    elasticity_high: float = Field(description="Upper end of its 90 % interval")
    intercept: float = Field(description="Fitted yearly log price drift")
    r2: float = Field(description="Share of the variance of price changes explained")
    n: int = Field(description="Observations (market-years)")
    residuals: list[tuple[str, int, float]] = Field(description="(market, year, residual)")


class BacktestResult(BaseModel):
    """The backtest: per-market agreement and the fitted price response."""

    first_year: int = Field(description="First year compared")
    last_year: int = Field(description="Last year compared")
    paths: int = Field(description="Monte Carlo paths (balance shares are medians)")
    seed: int = Field(description="Random seed")
    groups: list[GroupRow] = Field(description="One row per market")
    fit: FitResult = Field(description="The fitted price response")
    chart: str | None = Field(description="Path of the chart written, if any")


def run_backtest(
    first: int = FIRST, last: int = LAST, paths: int = 500, seed: int = 0, chart: Path | None = None
) -> BacktestResult:
    """Run the model over ``first..last`` with the inputs known then and score it."""
    if not FIRST <= first < last <= LAST:
        raise InputError(
            f"backtest years must satisfy {FIRST} <= first < last <= {LAST} (got {first}..{last})",
            field="years",
        )
    if not 1 <= paths <= 20000:
        raise InputError(f"paths must be between 1 and 20000, got {paths}", field="paths")
    if chart is not None and chart.suffix.lower() != ".html":
        raise InputError(f"{chart}: the backtest chart is written as .html", field="chart")
    ref, draws = draw(baseline(), paths, seed)
    run = run_history(ref, draws, list(range(first - 1, last + 1)))
    groups = [g for g in backtest_groups(run, first) if g.years[-1] <= last]
    obs = [
        (g.group, y, s, p)
        for g in groups
        if g.group in FIT_GROUPS
        for y, s, p in zip(g.years, g.balance_share, g.price_change, strict=True)
    ]
    fit = fit_response(obs)
    written = None
    if chart is not None:
        from reemarket.model.backtest_chart import backtest_chart

        backtest_chart(groups, chart)
        written = str(chart)
    return BacktestResult(
        first_year=first,
        last_year=last,
        paths=paths,
        seed=seed,
        groups=[
            GroupRow(
                group=g.group,
                years=g.years,
                balance_share=g.balance_share,
                price_change=[_num(v) for v in g.price_change],
                sign_level=g.sign_level,
                sign_change=g.sign_change,
                compared=g.compared,
                rank_level=_num(g.rank_level),
                rank_change=_num(g.rank_change),
            )
            for g in groups
        ],
        fit=FitResult(
            elasticity=fit.elasticity,
            elasticity_low=fit.elasticity_low,
            elasticity_high=fit.elasticity_high,
            intercept=fit.intercept,
            r2=fit.r2,
            n=fit.n,
            residuals=fit.residuals,
        ),
        chart=written,
    )
