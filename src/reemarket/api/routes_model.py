"""The supply-demand balance and scenario runs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from reemarket.api.deps import MAX_ID, Id, StoreDep, WriteKey, read_access
from reemarket.errors import NotFoundError
from reemarket.services import model, model_backtest, model_validation

router = APIRouter(tags=["model"])
reads = [Depends(read_access)]


class RunRequest(BaseModel):
    """A bundled scenario to run."""

    name: str = Field(description="Bundled scenario name (see GET /scenarios)")
    paths: int = Field(500, ge=1, le=20000, description="Monte Carlo paths")
    seed: int = Field(0, ge=0, le=2**32 - 1, description="Random seed, stored with the results")


class ScenarioList(BaseModel):
    """Bundled scenarios and stored runs."""

    bundled: list[str] = Field(description="Names of the bundled scenarios")
    runs: list[model.RunInfo] = Field(description="Stored runs, newest first")


class RunPair(BaseModel):
    """Two stored runs side by side."""

    a: model.ScenarioRunResult = Field(description="The first run")
    b: model.ScenarioRunResult = Field(description="The second run")


@router.get("/balance", response_model=model.BalanceResult, dependencies=reads)
def balance(
    store: StoreDep,
    year: Annotated[int, Query(ge=2024, le=2040, description="Model year")] = 2024,
) -> model.BalanceResult:
    """Every element's baseline supply, demand and balance in a year."""
    return model.run_balance(None, year)


@router.get(
    "/model/validation", response_model=model_validation.ValidationResult, dependencies=reads
)
def validation(
    store: StoreDep,
    paths: Annotated[int, Query(ge=1, le=5000, description="Monte Carlo paths")] = 1000,
    seed: Annotated[int, Query(ge=0, le=2**32 - 1, description="Random seed")] = 0,
) -> model_validation.ValidationResult:
    """The baseline against published outlooks (IEA, Adamas, USGS), with pass or fail."""
    return model_validation.validate_outlooks(paths, seed)


@router.get("/model/backtest", response_model=model_backtest.BacktestResult, dependencies=reads)
def backtest(
    store: StoreDep,
    first: Annotated[int, Query(alias="from", ge=2015, le=2023, description="First year")] = 2015,
    last: Annotated[int, Query(alias="to", ge=2016, le=2024, description="Last year")] = 2024,
    paths: Annotated[int, Query(ge=1, le=5000, description="Monte Carlo paths")] = 500,
    seed: Annotated[int, Query(ge=0, le=2**32 - 1, description="Random seed")] = 0,
) -> model_backtest.BacktestResult:
    """The model run over past years against the published price direction, with the fit."""
    return model_backtest.run_backtest(first, last, paths, seed)


@router.get("/scenarios", response_model=ScenarioList, dependencies=reads)
def scenarios(store: StoreDep) -> ScenarioList:
    """The bundled scenarios and the stored runs."""
    return ScenarioList(
        bundled=sorted(model.bundled_scenarios()), runs=model.list_model_runs(store)
    )


@router.get("/scenarios/runs/{run_id}", response_model=model.ScenarioRunResult, dependencies=reads)
def scenario_run(store: StoreDep, run_id: Id) -> model.ScenarioRunResult:
    """A stored run's percentiles per element and year."""
    return model.get_model_run(store, run_id)


@router.get("/scenarios/compare", response_model=RunPair, dependencies=reads)
def compare(
    store: StoreDep,
    a: Annotated[int, Query(ge=0, le=MAX_ID, description="First run id")],
    b: Annotated[int, Query(ge=0, le=MAX_ID, description="Second run id")],
) -> RunPair:
    """Two stored runs side by side."""
    return RunPair(a=model.get_model_run(store, a), b=model.get_model_run(store, b))


@router.post("/scenarios/run", response_model=model.ScenarioRunResult)
def run(store: StoreDep, key: WriteKey, request: RunRequest) -> model.ScenarioRunResult:
    """Run a bundled scenario's Monte Carlo and store it with its seed."""
    bundled = model.bundled_scenarios()
    if request.name not in bundled:
        raise NotFoundError(
            f"no bundled scenario {request.name!r} (known: {', '.join(sorted(bundled))})",
            field="name",
        )
    return model.run_scenario(store, bundled[request.name], request.paths, request.seed)
