"""Model runs: scenarios, Monte Carlo summaries and their percentiles, stored and read back."""

from __future__ import annotations

import hashlib
import json

import duckdb
import numpy as np
import pandas as pd

from reemarket import __version__
from reemarket.errors import NotFoundError
from reemarket.model.catalog import ELEMENTS, PERCENTILES
from reemarket.model.montecarlo import VARIABLES, Summary
from reemarket.model.scenario import Scenario


def scenario_json(scenario: Scenario) -> str:
    """Return the canonical JSON of a scenario (sorted keys), used for its hash."""
    return json.dumps(scenario.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))


def save_scenario(
    conn: duckdb.DuckDBPyConnection, scenario: Scenario, source_path: str | None
) -> int:
    """Insert a scenario unless the same definition is stored; return its id."""
    text = scenario_json(scenario)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    row = conn.execute("SELECT id FROM model_scenarios WHERE sha256 = ?", [digest]).fetchone()
    if row:
        return int(row[0])
    new = conn.execute(
        "INSERT INTO model_scenarios (name, sha256, definition, source_path)"
        " VALUES (?, ?, ?, ?) RETURNING id",
        [scenario.name, digest, text, source_path],
    ).fetchone()
    assert new is not None
    return int(new[0])


def save_run(
    conn: duckdb.DuckDBPyConnection,
    scenario: Scenario,
    summary: Summary,
    source_path: str | None = None,
) -> int:
    """Store a run (scenario, seed, paths) and its percentiles; return the run id.

    Call inside ``Store.transaction()`` so that the run lands whole or not at all.
    """
    scenario_id = save_scenario(conn, scenario, source_path)
    run = conn.execute(
        "INSERT INTO model_runs (scenario_id, seed, paths, first_year, last_year, model_version)"
        " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        [
            scenario_id,
            summary.seed,
            summary.paths,
            summary.years[0],
            summary.years[-1],
            __version__,
        ],
    ).fetchone()
    assert run is not None
    run_id = int(run[0])
    columns: dict[str, list[object]] = {
        k: [] for k in ("run_id", "variable", "element", "year", "p5", "p25", "p50", "p75", "p95")
    }
    for variable in VARIABLES:
        arr = summary.values[variable]
        for e, element in enumerate(summary.elements):
            for t, year in enumerate(summary.years):
                for key, value in zip(
                    columns, (run_id, variable, element, year, *arr[:, e, t]), strict=True
                ):
                    columns[key].append(value if isinstance(value, int | str) else float(value))
    frame = pd.DataFrame(columns)
    conn.register("model_results_new", frame)
    try:
        conn.execute("INSERT INTO model_results SELECT * FROM model_results_new")
    finally:
        conn.unregister("model_results_new")
    return run_id


def load_run(conn: duckdb.DuckDBPyConnection, run_id: int) -> Summary:
    """Read a stored run back as a Summary; raise NotFoundError if absent."""
    head = conn.execute(
        "SELECT s.name, r.seed, r.paths FROM model_runs r"
        " JOIN model_scenarios s ON s.id = r.scenario_id WHERE r.id = ?",
        [run_id],
    ).fetchone()
    if head is None:
        raise NotFoundError(f"no model run with id {run_id}")
    rows = conn.execute(
        "SELECT variable, element, year, p5, p25, p50, p75, p95 FROM model_results"
        " WHERE run_id = ? ORDER BY variable, element, year",
        [run_id],
    ).fetchall()
    years = tuple(sorted({int(r[2]) for r in rows}))
    elements_seen = {str(r[1]) for r in rows}
    elements = tuple(e for e in ELEMENTS if e in elements_seen)
    values = {v: np.zeros((len(PERCENTILES), len(elements), len(years))) for v in VARIABLES}
    for variable, element, year, *pcts in rows:
        e, t = elements.index(element), years.index(int(year))
        values[str(variable)][:, e, t] = pcts
    return Summary(str(head[0]), int(head[1]), int(head[2]), years, elements, PERCENTILES, values)


def list_runs(conn: duckdb.DuckDBPyConnection) -> list[tuple[int, str, int, int, str]]:
    """Return stored runs as (id, scenario name, seed, paths, created_at ISO), newest first."""
    rows = conn.execute(
        "SELECT r.id, s.name, r.seed, r.paths, r.created_at FROM model_runs r"
        " JOIN model_scenarios s ON s.id = r.scenario_id ORDER BY r.id DESC"
    ).fetchall()
    return [(int(a), str(b), int(c), int(d), str(e)) for a, b, c, d, e in rows]


def stored_run(
    conn: duckdb.DuckDBPyConnection, scenario: Scenario, seed: int, paths: int
) -> int | None:
    """The id of a stored run of this exact scenario, seed and paths, or None (sweeps resume)."""
    digest = hashlib.sha256(scenario_json(scenario).encode("utf-8")).hexdigest()
    row = conn.execute(
        "SELECT r.id FROM model_runs r JOIN model_scenarios s ON s.id = r.scenario_id"
        " WHERE s.sha256 = ? AND r.seed = ? AND r.paths = ? ORDER BY r.id LIMIT 1",
        [digest, seed, paths],
    ).fetchall()
    return int(row[0][0]) if row else None
