"""Shared fixtures: a fresh store on each backend, the shared corpus and data folders.

A test or module marked ``backends`` runs once on the embedded DuckDB file and once on
the team store (DuckLake on a throwaway PostgreSQL from ``scripts/pg``, started once per
session; each test gets a fresh catalog cloned from a migrated template database). The
``store`` fixture and ``db_location`` (the location text for the CLI and the API) follow
the backend. Without PostgreSQL's binaries the team-store runs are skipped, saying why.
"""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from reemarket.store.db import DATA_PATH_ENV, Store, open_store
from support import SHARED, location_for

ROOT = Path(__file__).resolve().parents[1]


BACKENDS = ("duckdb", "ducklake")
_PG_BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"))


#: The throwaway PostgreSQL clusters this run started and has not stopped yet.
_RUNNING_PG: list[Path] = []


def _stop_pg_and_exit(signum: int, frame: object) -> None:
    """On SIGTERM stop the run's PostgreSQL servers, then end as the signal would have.

    Without this a terminated run (a CI timeout, a killed job) left its servers running.
    """
    for folder in list(_RUNNING_PG):
        subprocess.run([str(ROOT / "scripts" / "pg"), "stop", str(folder)], check=False)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGTERM)


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``backends`` marker, and stop PostgreSQL when the run is terminated."""
    config.addinivalue_line("markers", "backends: run on the DuckDB file and the team store")
    signal.signal(signal.SIGTERM, _stop_pg_and_exit)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run tests marked ``backends`` once per backend; the rest on the DuckDB file."""
    if "backend" in metafunc.fixturenames:
        marked = metafunc.definition.get_closest_marker("backends") is not None
        metafunc.parametrize("backend", BACKENDS if marked else BACKENDS[:1], scope="session")


@dataclass
class LakeServer:
    """A throwaway PostgreSQL holding a migrated template catalog for the team store."""

    location: str
    port: str
    data: Path
    counter: itertools.count[int]

    def fresh(self) -> str:
        """The location of a new catalog, a copy of the migrated template."""
        name = f"t{next(self.counter)}"
        subprocess.run(
            [
                str(_PG_BIN[-1] / "psql"),
                "-h",
                "127.0.0.1",
                "-p",
                self.port,
                "-U",
                "postgres",
                "-q",
                "-c",
                f"CREATE DATABASE {name} TEMPLATE template_lake OWNER reemarket",
            ],
            check=True,
            capture_output=True,
        )
        return self.location.replace("dbname=reemarket", f"dbname={name}")


@pytest.fixture(scope="session")
def lake_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LakeServer]:
    """Start PostgreSQL once per session and migrate a template team store in it."""
    if not _PG_BIN:
        pytest.skip("Debian's postgresql is not installed (scripts/setup dev installs it)")
    folder = tmp_path_factory.mktemp("pg") / "cluster"
    script = str(ROOT / "scripts" / "pg")
    started = subprocess.run([script, "start", str(folder)], capture_output=True, text=True)
    assert started.returncode == 0, started.stderr
    _RUNNING_PG.append(folder)
    location = started.stdout.strip()
    port = location.split("port=")[1].split()[0]
    data = tmp_path_factory.mktemp("lake")
    try:
        subprocess.run(
            [
                str(_PG_BIN[-1] / "psql"),
                "-h",
                "127.0.0.1",
                "-p",
                port,
                "-U",
                "postgres",
                "-q",
                "-c",
                "CREATE DATABASE template_lake OWNER reemarket",
            ],
            check=True,
            capture_output=True,
        )
        # every catalog of the session keeps its files here (names never collide)
        os.environ[DATA_PATH_ENV] = str(data)
        open_store(location.replace("dbname=reemarket", "dbname=template_lake")).close()
        yield LakeServer(location, port, data, itertools.count())
    finally:
        os.environ.pop(DATA_PATH_ENV, None)
        subprocess.run([script, "stop", str(folder)], check=False)
        _RUNNING_PG.remove(folder)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def db_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where the test's store lives: a DuckDB file, or a fresh team-store catalog."""
    return location_for(backend, tmp_path / "test.duckdb", request)


@pytest.fixture
def store(db_location: str) -> Iterator[Store]:
    """A fresh reemarket store on the test's backend (a real DuckDB file by default)."""
    s = open_store(db_location)
    yield s
    s.close()


@pytest.fixture
def shared() -> Path:
    """The shared folder beside the checkout (skip when absent)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
