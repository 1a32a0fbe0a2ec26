"""Shared fixtures: a fresh database file, the shared corpus and data folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reemarket.store.db import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh reemarket database in a real DuckDB file."""
    s = open_store(tmp_path / "test.duckdb")
    yield s
    s.close()


@pytest.fixture
def shared() -> Path:
    """The shared folder beside the checkout (skip when absent)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
