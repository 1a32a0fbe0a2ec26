"""Scenario grids (pure) and a sweep on a local Dask cluster that stores each run and resumes."""

from __future__ import annotations

import pytest

from reemarket.errors import ScenarioError
from reemarket.model.sweep import grid, parse_sweep
from reemarket.services.model import bundled_scenarios, read_scenario
from reemarket.services.parallel import sweep_scenarios
from reemarket.store import model_runs


def test_parse_sweep_spaces_values_evenly_with_both_ends():
    s = parse_sweep("quota_growth=0:0.1:11")
    assert s.name == "quota_growth"
    assert len(s.values) == 11
    assert s.values[0] == 0.0
    assert s.values[-1] == 0.1
    assert s.values[3] == pytest.approx(0.03)


@pytest.mark.parametrize(
    "bad", ["quota_growth", "quota_growth=0:1", "=0:1:3", "x=a:1:3", "x=0:1:0"]
)
def test_parse_sweep_refuses_bad_text(bad):
    with pytest.raises(ScenarioError):
        parse_sweep(bad)


def test_grid_sets_the_shock_rate_and_names_each_variant():
    base = read_scenario(bundled_scenarios()["quota_freeze"])
    variants = grid(base, parse_sweep("quota_growth=0:0.1:3"))
    assert [v.shocks[0].rate for v in variants] == [0.0, 0.05, 0.1]  # type: ignore[union-attr]
    assert [v.name for v in variants] == [
        "quota_freeze[quota_growth=0]",
        "quota_freeze[quota_growth=0.05]",
        "quota_freeze[quota_growth=0.1]",
    ]
    assert base.shocks[0].rate == 0.0  # type: ignore[union-attr]  (the base is untouched)


def test_grid_refuses_a_name_that_is_neither_shock_nor_parameter():
    base = read_scenario(bundled_scenarios()["quota_freeze"])
    with pytest.raises(ScenarioError, match="neither a shock"):
        grid(base, parse_sweep("robot_adoption=0:1:2"))


@pytest.mark.slow
def test_sweep_stores_every_run_and_resumes(store):
    path = bundled_scenarios()["quota_freeze"]
    first = sweep_scenarios(store, path, ["quota_growth=0:0.1:3"], paths=50, workers=2)
    assert first.computed == 3
    assert len({r["run_id"] for r in first.runs}) == 3
    assert len(model_runs.list_runs(store.conn)) == 3
    again = sweep_scenarios(store, path, ["quota_growth=0:0.1:5"], paths=50, workers=2)
    # 0, 0.05 and 0.1 are stored already; 0.025 and 0.075 are new
    assert (again.computed, again.resumed) == (2, 3)
    assert len(model_runs.list_runs(store.conn)) == 5
