"""The corpus snapshot script: stable, sorted output, and a comparison that lists differences."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT, need_shared


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "facts_snapshot", ROOT / "scripts" / "facts_snapshot.py"
    )
    assert spec
    assert spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_snapshot_is_sorted_stable_and_covers_every_set() -> None:
    need_shared()
    mod = _script()
    first = mod.snapshot()
    assert first == sorted(first)
    assert first == mod.snapshot()
    rows = [json.loads(line) for line in first]
    sets = {r["set"] for r in rows}
    assert {"corpus/seeds", "corpus/dev", "cases", "cases/heldout7"} <= sets
    dev14 = [r for r in rows if r["doc"].startswith("14_") and r["kind"] == "production"]
    assert {r["entity"] for r in dev14} == {"china"}  # the survey's output is no company's


def test_compare_lists_lost_and_gained_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mod = _script()
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old.write_text('{"a": 1}\n{"b": 2}\n', "utf-8")
    new.write_text('{"b": 2}\n{"c": 3}\n', "utf-8")
    assert mod.compare(old, new) == 2
    out = capsys.readouterr()
    assert out.out.splitlines() == ['- {"a": 1}', '+ {"c": 3}']
    assert "1 lost, 1 gained, 1 kept" in out.err
    assert mod.main(["--compare", str(old), str(old)]) == 0


def test_every_fact_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Extraction is a pure function of the text: no set or dict order may choose a reading.

    Python salts string hashes per process, so an alternation built from a set (longest
    words first, ties in set order) once read "3.8万吨/年" in one process and not in the
    next. Three processes with different seeds must write the same snapshot.
    """
    need_shared()
    outputs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"seed{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "facts_snapshot.py"), "-o", str(out)],
            check=True,
            env=env,
            capture_output=True,
        )
        outputs.append(out.read_text("utf-8"))
    assert outputs[0].count("\n") > 1000
    assert outputs[0] == outputs[1] == outputs[2]
