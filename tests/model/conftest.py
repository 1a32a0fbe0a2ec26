from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from reemarket.model.engine import ModelOutput
from reemarket.model.montecarlo import run_paths
from reemarket.model.reference import Reference, load_reference
from reemarket.model.scenario import Scenario, baseline
from support import SHARED as _SHARED

SHARED = _SHARED / "reference"


@pytest.fixture(scope="session")
def ref() -> Reference:
    return load_reference()


@pytest.fixture(scope="session")
def shared_ref() -> Path:
    if not SHARED.is_dir():
        pytest.skip("shared reference folder not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def central() -> ModelOutput:
    """The baseline at the midpoint of every range, 2024-2040, by application."""
    return run_paths(baseline(), 1, None, by_application=True)


def run(
    scenario: Scenario,
    paths: int = 8,
    seed: int | None = 7,
    years: np.ndarray | None = None,
    by_application: bool = False,
) -> ModelOutput:
    return run_paths(scenario, paths, seed, years, by_application=by_application)


@pytest.fixture
def tmp_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from reemarket.cli import context

    db = tmp_path / "model.duckdb"
    monkeypatch.setenv("REEMARKET_DB", str(db))
    context.set_db_path(None)
    context.close_store()
    yield db
    context.close_store()
