"""``reemarket facts why``: a real process on a real database, Chinese and English documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run(args: list[str], db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REEMARKET_DB": str(db), "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "reemarket", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_why_shows_rules_and_vetoes_of_a_chinese_sentence(tmp_path: Path) -> None:
    doc = tmp_path / "zh_note.txt"
    doc.write_text(
        "稀土日评\n2024年5月14日\n\n氧化镝较上一交易日下调2万元/吨至160万元/吨。"
        "预计下周氧化镨钕报45万元/吨。\n",
        "utf-8",
    )
    db = tmp_path / "why.duckdb"
    assert run(["ingest", str(doc)], db).returncode == 0
    out = run(["facts", "why", "zh_note.txt", "氧化镝", "--json"], db)
    assert out.returncode == 0, out.stderr
    (found,) = json.loads(out.stdout)
    assert found["language"] == "zh"
    assert {h["rule_id"] for h in found["hits"]} == {"zh.price_move"}
    assert all(h["veto_code"] is None for h in found["hits"])
    assert {k["subject"] for k in found["kept"]} == {"dy_oxide"}
    out = run(["facts", "why", "zh_note.txt", "预计下周", "--json"], db)
    (found,) = json.loads(out.stdout)
    assert {h["veto_code"] for h in found["hits"]} == {"outlook"}  # each rule that read it
    assert found["kept"] == []
    out = run(["facts", "why", "zh_note.txt", "预计下周"], db)
    assert "dropped: outlook" in out.stdout


def test_why_says_why_a_move_with_no_period_was_dropped(tmp_path: Path) -> None:
    # a weekly mean's 环比 rate with no base week named: no fact, and the trace says so
    doc = tmp_path / "zh_week.txt"
    doc.write_text(
        "稀土周报\n2024年7月5日\n\n本周氧化镨钕均价为36.5万元/吨，环比下跌2.3%。\n", "utf-8"
    )
    out = run(["facts", "why", str(doc), "环比", "--json"], tmp_path / "w.duckdb")
    assert out.returncode == 0, out.stderr
    (found,) = json.loads(out.stdout)
    dropped = [h for h in found["hits"] if h["veto_code"]]
    assert [h["veto_code"] for h in dropped] == ["no_period"]
    assert {k["metric"] for k in found["kept"]} == {"average"}


def test_why_on_a_stored_document_uses_its_stored_year_and_a_name_start(tmp_path: Path) -> None:
    # stored with a year only (no day): ingest dated its June output, and so must the trace
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "survey_june_output.txt").write_text(
        "Output survey\n\nChina's terbium oxide output came to 40.8 tonnes in June.\n", "utf-8"
    )
    (docs / "survey_june_output.txt.meta.json").write_text('{"year": 2024}', "utf-8")
    db = tmp_path / "y.duckdb"
    assert run(["ingest", str(docs)], db).returncode == 0
    out = run(["facts", "why", "survey_june", "terbium", "--json"], db)
    assert out.returncode == 0, out.stderr
    (found,) = json.loads(out.stdout)
    assert [k["period"] for k in found["kept"]] == ["2024-06"]
    (docs / "survey_july_output.txt").write_text("Output survey, July\n", "utf-8")
    assert run(["ingest", str(docs)], db).returncode == 0
    many = run(["facts", "why", "survey_", "terbium"], db)
    assert many.returncode != 0
    assert "survey_july_output.txt" in many.stderr
    assert "survey_june_output.txt" in many.stderr


def test_why_on_an_english_document_lists_its_facts(tmp_path: Path) -> None:
    doc = tmp_path / "en_note.txt"
    doc.write_text(
        "Rare earth prices, May 14, 2024\n\n"
        "Dysprosium oxide was assessed at 1,700-1,720 yuan/kg on May 14, 2024.\n",
        "utf-8",
    )
    db = tmp_path / "why.duckdb"
    assert run(["ingest", str(doc)], db).returncode == 0
    out = run(["facts", "why", "en_note.txt", "Dysprosium", "--json"], db)
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    assert found
    assert found[0]["language"] == "en"
    assert any(h["fact"] and h["fact"]["subject"] == "dy_oxide" for h in found[0]["hits"])
    kept = {(k["subject"], k["metric"], k["value"]) for k in found[0]["kept"]}
    assert kept == {("dy_oxide", "price_low", 1700), ("dy_oxide", "price_high", 1720)}


def test_why_of_an_unknown_document_is_not_found(tmp_path: Path) -> None:
    out = run(["facts", "why", "nothing.txt", "x"], tmp_path / "why.duckdb")
    assert out.returncode == 3


def test_why_of_an_undated_file_says_the_date_is_missing(tmp_path: Path) -> None:
    doc = tmp_path / "undated.txt"
    doc.write_text("氧化镝价格为170万元/吨。\n", "utf-8")
    db = tmp_path / "why.duckdb"
    bare = run(["facts", "why", str(doc), "1"], db)
    assert bare.returncode == 0, bare.stderr
    assert "kept: 0 fact(s)" in bare.stdout
    assert "no publication date found" in bare.stdout
    dated = run(["facts", "why", str(doc), "1", "--date", "2025-03-07"], db)
    assert "kept: 1 fact(s)" in dated.stdout
    assert "no publication date found" not in dated.stdout
