"""Validation against published outlooks: the data table, the conversions, the verdicts."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from reemarket.cli.main import app
from reemarket.errors import InputError
from reemarket.model.calibration import passes
from reemarket.model.catalog import ELEMENTS, MAGNET_APPS
from reemarket.model.montecarlo import run_paths
from reemarket.model.reference import Reference
from reemarket.model.scenario import baseline
from reemarket.model.validation import (
    CAGR_TOLERANCE,
    VALUE_TOLERANCE,
    Outlook,
    load_outlooks,
    model_series,
    validate,
)


def _outlook(kind: str, low: float, year_from: int = 2030, year: int = 2030) -> Outlook:
    return Outlook("x", kind, year_from, year, low, low, "t", "ndfeb_demand_t", "", "src")


def test_outlook_table_is_sourced_and_names_its_conversion(ref: Reference) -> None:
    rows = load_outlooks(ref)
    checks = {r.check for r in rows}
    for needed in (
        "IEA magnet REE demand 2023",
        "IEA APS magnet REE demand 2030",
        "IEA APS magnet REE demand 2050",
        "IEA magnet REE mined supply 2030",
        "Adamas NdFeB demand growth 2024-2040",
        "Adamas magnet REO supply growth 2024-2040",
        "USGS mine production China 2024",
    ):
        assert needed in checks
    for row in rows:
        assert row.conversion, row.check
        assert "http" in row.source or row.source.startswith("none: not in the shared"), row.check
    mck = next(r for r in rows if r.check.startswith("McKinsey"))
    assert mck.conversion.startswith("UNVERIFIED")


def test_magnet_demand_is_converted_from_oxide_to_element(ref: Reference) -> None:
    out = run_paths(baseline(), 20, 1, np.arange(2023, 2031), by_application=True)
    series = model_series(ref, out)
    nd = ELEMENTS.index("Nd")
    # Nd alone, by hand: oxide demand of the magnet uses divided by Nd2O3/2Nd
    nd_metal = sum(out.by_application[a][:, nd, :] for a in MAGNET_APPS) / ref.oxide_factor["Nd"]
    assert (series["magnet_ree_demand_t"] > nd_metal).all()
    assert (series["magnet_ree_demand_t"] < out.demand.sum(axis=1)).all()


def test_cagr_rows_compare_compound_growth(ref: Reference) -> None:
    out = run_paths(baseline(), 50, 2, np.arange(2024, 2041), by_application=True)
    row = _outlook("cagr", 0.087, 2024, 2040)
    (result,) = validate(ref, out, (row,))
    mass = model_series(ref, out)["ndfeb_demand_t"]
    by_hand = np.median((mass[:, -1] / mass[:, 0]) ** (1 / 16) - 1)
    assert result.p50 == pytest.approx(by_hand)
    assert result.passed is bool(abs(by_hand - 0.087) <= CAGR_TOLERANCE)


@pytest.mark.parametrize(
    ("kind", "median", "expected"),
    [
        ("value", 100.0, True),
        ("value", 100.0 * (1 + VALUE_TOLERANCE) + 1, False),
        ("value", 100.0 * (1 - VALUE_TOLERANCE) - 1, False),
        ("at_least", 1000.0, True),
        ("at_least", 100.0 * (1 - VALUE_TOLERANCE) - 1, False),
    ],
)
def test_verdicts_follow_the_stated_tolerance(
    ref: Reference, kind: str, median: float, expected: bool
) -> None:
    from reemarket.model.validation import _verdict

    assert _verdict(_outlook(kind, 100.0), median) is expected


def test_rows_beyond_the_horizon_are_not_compared(ref: Reference) -> None:
    out = run_paths(baseline(), 5, 3, np.arange(2024, 2041), by_application=True)
    (result,) = validate(ref, out, (_outlook("value", 1.0, 2050, 2050),))
    assert result.passed is None
    assert result.p50 is None


def test_reconcile_tolerance() -> None:
    assert passes(100.0, 110.0, 126.0)
    assert not passes(100.0, 110.0, 127.0)
    assert not passes(100.0, 110.0, 84.0)


def test_validate_command_prints_verdicts_and_json(tmp_db: object) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["validate", "--paths", "200", "--json"])
    assert res.exit_code == 0, res.output
    body = json.loads(res.output)
    assert body["passed"] + body["failed"] + body["not_compared"] == len(body["rows"])
    text = runner.invoke(app, ["validate", "--paths", "200"])
    assert text.exit_code == 0
    assert "IEA magnet" in text.output
    bad = runner.invoke(app, ["validate", "--paths", "0"])
    assert isinstance(bad.exception, InputError)
    assert "paths" in str(bad.exception)
