from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from support import SHARED

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"


def need_shared() -> Path:
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared corpus not present")
    return SHARED


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    shared = need_shared()
    spec = importlib.util.spec_from_file_location(
        "reemarket_eval_score", shared / "eval" / "score.py"
    )
    assert spec
    assert spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
