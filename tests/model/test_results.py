from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reemarket.errors import NotFoundError
from reemarket.model.montecarlo import monte_carlo
from reemarket.model.results import list_runs, load_run, save_run
from reemarket.model.scenario import QuotaCut, Scenario, baseline
from reemarket.services.model import get_model_run, list_model_runs, run_scenario
from reemarket.store.db import open_store


def test_runs_are_stored_with_scenario_and_seed_and_read_back() -> None:
    with open_store(":memory:") as store:
        summary = monte_carlo(baseline(), 20, seed=123)
        with store.transaction() as conn:
            first = save_run(conn, baseline(), summary)
        with store.transaction() as conn:
            second = save_run(conn, baseline(), monte_carlo(baseline(), 20, seed=124))
        back = load_run(store.conn, first)
        assert back.seed == 123
        assert back.paths == 20
        assert back.scenario == "baseline"
        assert back.years == summary.years
        assert back.elements == summary.elements
        for variable, values in summary.values.items():
            np.testing.assert_allclose(back.values[variable], values)
        runs = list_runs(store.conn)
        assert [r[0] for r in runs] == [second, first]
        assert [r[2] for r in runs] == [124, 123]
        count = store.conn.execute("SELECT count(*) FROM model_scenarios").fetchone()
        assert count == (1,)  # the same scenario definition is stored once


def test_a_different_scenario_is_a_new_row_and_failed_writes_roll_back() -> None:
    cut = Scenario(name="cut", shocks=[QuotaCut(kind="quota_cut", from_year=2026, share=0.2)])
    with open_store(":memory:") as store:
        with store.transaction() as conn:
            save_run(conn, cut, monte_carlo(cut, 10, seed=1))
        summary = monte_carlo(baseline(), 10, seed=1)

        def failing_write() -> None:
            with store.transaction() as conn:
                save_run(conn, baseline(), summary)
                raise RuntimeError("boom")

        with pytest.raises(RuntimeError):
            failing_write()
        assert store.conn.execute("SELECT count(*) FROM model_runs").fetchone() == (1,)
        assert store.conn.execute("SELECT name FROM model_scenarios").fetchall() == [("cut",)]
        with pytest.raises(NotFoundError):
            load_run(store.conn, 99)


def test_services_list_and_read_back_stored_runs(tmp_path: Path) -> None:
    with open_store(tmp_path / "runs.duckdb") as store:
        first = run_scenario(store, Path("quota_freeze"), paths=12, seed=5)
        runs = list_model_runs(store)
        assert [(r.run_id, r.scenario, r.seed, r.paths) for r in runs] == [
            (first.run_id, "quota_freeze", 5, 12)
        ]
        assert first.run_id is not None
        back = get_model_run(store, first.run_id)
        assert back.rows == first.rows
        with pytest.raises(NotFoundError):
            get_model_run(store, first.run_id + 1)


def test_scenario_built_in_code_with_unknown_key_is_refused() -> None:
    from reemarket.errors import ScenarioError
    from reemarket.model.reference import load_reference

    with pytest.raises(ScenarioError, match="unknown parameter"):
        Scenario(name="x", parameters={"no.such.key": 1.0}).specs(load_reference().parameters)
