"""Validation of the baseline against published outlooks (IEA, Adamas, USGS)."""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel, Field

from reemarket.errors import InputError
from reemarket.model.catalog import LAST_YEAR
from reemarket.model.montecarlo import run_paths
from reemarket.model.reference import load_reference
from reemarket.model.scenario import baseline
from reemarket.model.validation import load_outlooks, validate

VALIDATION_FIRST_YEAR = 2023
"""First model year of a validation run (the IEA's 2023 demand figure is compared)."""

MAX_PATHS = 20000
"""Largest number of paths a validation run accepts."""


class OutlookRow(BaseModel):
    """A published figure beside the model's median and 5-95 % band, with a verdict."""

    check: str = Field(description="What was published, by whom, for which year")
    kind: str = Field(description="value, at_least (a floor) or cagr (yearly growth rate)")
    year_from: int = Field(description="First year of a growth rate (= year for levels)")
    year: int = Field(description="Year of the figure")
    published_low: float = Field(description="Published value, or low end of a range")
    published_high: float = Field(description="Published value, or high end of a range")
    unit: str = Field(description="Unit of the figure (t REE = t of element)")
    model_p5: float | None = Field(description="Model 5th percentile (None: not comparable)")
    model_p50: float | None = Field(description="Model median")
    model_p95: float | None = Field(description="Model 95th percentile")
    passed: bool | None = Field(description="Median within tolerance; None: outside horizon")
    tolerance: str = Field(description="The tolerance applied")
    conversion: str = Field(description="How the publisher's unit and scope map to the model")
    source: str = Field(description="Where the figure was published")


class ValidationResult(BaseModel):
    """Every published outlook against the baseline."""

    paths: int = Field(description="Monte Carlo paths")
    seed: int = Field(description="Random seed")
    passed: int = Field(description="Rows that pass")
    failed: int = Field(description="Rows that fail")
    not_compared: int = Field(description="Rows outside the model horizon")
    rows: list[OutlookRow] = Field(description="One row per published figure")


def validate_outlooks(paths: int = 2000, seed: int = 0) -> ValidationResult:
    """Run the baseline 2023-2040 and compare it with every published outlook."""
    if not 1 <= paths <= MAX_PATHS:
        raise InputError(f"paths must be between 1 and {MAX_PATHS}, got {paths}", field="paths")
    ref = load_reference()
    years = np.arange(VALIDATION_FIRST_YEAR, LAST_YEAR + 1)
    out = run_paths(baseline(), paths, seed, years, by_application=True)
    rows = [
        OutlookRow(
            check=r.outlook.check,
            kind=r.outlook.kind,
            year_from=r.outlook.year_from,
            year=r.outlook.year,
            published_low=r.outlook.low,
            published_high=r.outlook.high,
            unit=r.outlook.unit,
            model_p5=r.p5,
            model_p50=r.p50,
            model_p95=r.p95,
            passed=r.passed,
            tolerance=r.tolerance,
            conversion=r.outlook.conversion,
            source=r.outlook.source,
        )
        for r in validate(ref, out, load_outlooks(ref))
    ]
    return ValidationResult(
        paths=paths,
        seed=seed,
        passed=sum(r.passed is True for r in rows),
        failed=sum(r.passed is False for r in rows),
        not_compared=sum(r.passed is None for r in rows),
        rows=rows,
    )
