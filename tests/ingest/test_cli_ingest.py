"""The ingest and facts commands as a user runs them: a real process, a real database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import need_shared

EXE = [sys.executable, "-m", "reemarket"]


def run(args: list[str], db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REEMARKET_DB": str(db), "COLUMNS": "200"}
    return subprocess.run([*EXE, *args], capture_output=True, text=True, env=env, check=False)


def test_ingest_then_export_is_all_a_scorer_needs(tmp_path: Path) -> None:
    shared = need_shared()
    db = tmp_path / "x.duckdb"
    seeds = shared / "corpus" / "seeds"
    meta = shared / "corpus" / "seeds.meta.json"
    first = run(["ingest", str(seeds), "--meta", str(meta), "--json"], db)
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["documents"] == 5
    assert summary["facts"]["price"] > 20
    out = run(["facts", "export", "--format", "jsonl"], db)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert {
        "doc",
        "kind",
        "entity",
        "subject",
        "metric",
        "period",
        "value",
        "unit",
        "evidence",
    } <= set(rows[0])
    again = run(["ingest", str(seeds), "--meta", str(meta), "--json"], db)
    assert json.loads(again.stdout)["already_ingested"] == 5
    target = tmp_path / "facts.jsonl"
    assert run(["facts", "export", "-o", str(target)], db).returncode == 0
    assert target.read_text("utf-8").count("\n") == len(rows)


def test_facts_show_filters_and_prints_the_sentence(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "Published: Mar 4, 2025\nDysprosium oxide mainly trades at 1.7-1.72 million yuan/mt. "
        "The Pr-Nd oxide quotation range stands at around 443,000-445,000 yuan/mt.\n"
    )
    db = tmp_path / "x.duckdb"
    assert run(["ingest", str(note)], db).returncode == 0
    shown = run(["facts", "show", "--product", "PrNd oxide", "--period", "2025-03", "--json"], db)
    facts = json.loads(shown.stdout)
    assert {f["metric"] for f in facts} == {"price_low", "price_high"}
    assert all("443,000-445,000" in f["evidence"] for f in facts)
    text = run(["facts", "show", "--kind", "price"], db).stdout
    assert "quotation range stands" in text


def test_unreadable_file_is_one_line_exit_2_nothing_written(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    db = tmp_path / "x.duckdb"
    out = run(["ingest", str(empty)], db)
    assert out.returncode == 2
    assert "empty.txt" in out.stderr
    assert "Traceback" not in out.stderr
    assert run(["facts", "export"], db).stdout == ""
