"""Helpers shared by test modules: a free loopback port, the seed corpus in a database."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from reemarket.services.ingest import ingest_paths
from reemarket.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def free_port() -> int:
    """A TCP port free on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ingest_seeds(store: Store) -> None:
    """Ingest the five seed documents with their metadata."""
    ingest_paths(store, [str(SHARED / "corpus/seeds")], meta_file=SHARED / "corpus/seeds.meta.json")


def location_for(backend: str, file: Path, request: pytest.FixtureRequest) -> str:
    """``file`` on the DuckDB backend, else a fresh team-store catalog."""
    if backend == "duckdb":
        return str(file)
    return str(request.getfixturevalue("lake_server").fresh())
