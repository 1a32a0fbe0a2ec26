"""CLI consistency: --version, scenario list, spoken periods, facts export/show, yoy coverage."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reemarket import __version__
from reemarket.domain.periods import parse_period
from reemarket.services.demo import sample_sheet

EXE = [sys.executable, "-m", "reemarket"]


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*EXE, "--db", str(db), *args], capture_output=True, text=True,
                          check=False, env={"COLUMNS": "200", "PATH": ""})  # fmt: skip


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("consistency")
    db = folder / "c.duckdb"
    assert run(db, "prices", "import", str(sample_sheet())).returncode == 0
    docs = folder / "docs"
    docs.mkdir()
    lines = [f"On {d} March 2025 Dy oxide was quoted at {1600 + d} yuan/kg." for d in range(3, 28)]
    (docs / "dy.txt").write_text("Dy note\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    assert run(db, "ingest", str(docs), "--date", "2025-03-28").returncode == 0
    return db


def test_version_flag_and_command(tmp_path: Path) -> None:
    assert run(tmp_path / "v.duckdb", "--version").stdout.strip() == __version__
    assert run(tmp_path / "v.duckdb", "version").stdout.strip() == __version__


def test_scenario_list_names_every_bundled_scenario(tmp_path: Path) -> None:
    out = run(tmp_path / "s.duckdb", "scenario", "list", "--json")
    assert out.returncode == 0, out.stderr
    names = {s["name"] for s in json.loads(out.stdout)}
    assert {"quota_freeze", "heavy_re_export_controls"} <= names


@pytest.mark.parametrize(
    ("text", "expected"),
    [("H1 2025", "2025-Q1/2025-Q2"), ("2025-H1", "2025-Q1/2025-Q2"), ("h2 2024", "2024-Q3/2024-Q4"),
     ("Q3 2025", "2025-Q3"), ("2025 Q3", "2025-Q3"), ("2025-Q3", "2025-Q3")],
)  # fmt: skip
def test_periods_as_people_write_them(text: str, expected: str) -> None:
    assert str(parse_period(text)) == expected


def test_yoy_warns_when_coverage_differs(loaded: Path) -> None:
    out = run(loaded, "prices", "average", "nd_oxide", "--period", "2024", "--yoy", "--json")
    body = json.loads(out.stdout)
    assert body["average"]["days_used"] < body["prior"]["days_used"]
    assert "coverage differs" in body["warnings"][0]
    table = run(loaded, "prices", "average", "nd_oxide", "--period", "H1 2024", "--yoy")
    assert table.returncode == 0, table.stderr
    assert "coverage differs" not in table.stderr  # both halves fully quoted
    assert "coverage differs" in run(loaded, "prices", "average", "nd_oxide", "--period",
                                     "2024", "--yoy").stderr  # fmt: skip


def test_facts_show_says_how_many_of_how_many(loaded: Path) -> None:
    everything = run(loaded, "facts", "show", "--limit", "0", "--json")
    total = len(json.loads(everything.stdout))
    assert total > 5
    out = run(loaded, "facts", "show", "--limit", "5")
    assert f"5 of {total} fact(s) shown" in out.stdout


def test_facts_export_csv_and_no_empty_file_on_failure(loaded: Path, tmp_path: Path) -> None:
    target = tmp_path / "facts.csv"
    out = run(loaded, "facts", "export", "--format", "csv", "-o", str(target))
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8"))))
    assert rows
    assert rows[0]["evidence"]
    assert {r["subject"] for r in rows} >= {"dy_oxide"}
    bad = tmp_path / "missing-folder" / "facts.jsonl"
    out = run(loaded, "facts", "export", "-o", str(bad))
    assert out.returncode == 2
    assert "cannot write" in out.stderr
    assert not bad.exists()
    assert list(tmp_path.glob("**/.*.partial")) == []
    bad_format = tmp_path / "x.xml"
    assert run(loaded, "facts", "export", "--format", "xml", "-o", str(bad_format)).returncode == 2
    assert not bad_format.exists()


def test_prices_export_takes_o_like_every_command(loaded: Path, tmp_path: Path) -> None:
    target = tmp_path / "p.csv"
    out = run(loaded, "prices", "export", "-o", str(target), "--product", "nd_oxide")
    assert out.returncode == 0, out.stderr
    assert target.read_text("utf-8").startswith('"date","product"')
