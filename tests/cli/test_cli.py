"""The command line as a user meets it: a real process, a real database file."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXE = [sys.executable, "-m", "reemarket"]


def run(args: list[str], db: Path, **kw) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REEMARKET_DB": str(db), "COLUMNS": "200"}
    return subprocess.run([*EXE, *args], capture_output=True, text=True, env=env, check=False, **kw)


@pytest.fixture
def db(db_location):
    return db_location


def test_products_json_lists_the_catalog(db):
    out = run(["products", "--json"], db)
    assert out.returncode == 0
    ids = {p["id"] for p in json.loads(out.stdout)}
    assert {"prnd_oxide", "dy_oxide", "ndfeb_magnet"} <= ids


def test_product_by_chinese_name(db):
    out = run(["products", "氧化镨钕", "--json"], db)
    assert json.loads(out.stdout)[0]["id"] == "prnd_oxide"


def test_convert_with_fx_and_vat(db):
    out = run(
        [
            "convert",
            "444000",
            "yuan/mt",
            "USD/kg",
            "--fx",
            "7.14",
            "--from-basis",
            "incl_vat",
            "--to-basis",
            "excl_vat",
            "--json",
        ],
        db,
    )
    assert out.returncode == 0
    body = json.loads(out.stdout)
    assert body["result"] == pytest.approx(444000 / 1.13 / 7.14 / 1000)
    assert (body["fx"]["pair"], body["fx"]["meaning"]) == ("USD/CNY", "CNY per USD")


def test_convert_refuses_a_rate_given_the_wrong_way_round(db):
    out = run(["convert", "444000", "yuan/mt", "USD/kg", "--fx", "0.139"], db)
    assert out.returncode == 2
    assert "CNY per USD" in out.stderr
    assert "7.194" in out.stderr
    out = run(
        ["convert", "61", "USD/kg", "CNY/t", "--fx", "0.139", "--pair", "CNY/USD", "--json"], db
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["result"] == pytest.approx(61 / 0.139 * 1000)


def test_convert_without_a_rate_uses_the_monthly_average_and_says_so(db):
    out = run(["convert", "717070", "CNY/t", "USD/kg", "--date", "2024-01-15"], db)
    assert out.returncode == 0, out.stderr
    assert "100 USD/kg" in out.stdout
    assert "USD/CNY 7.1707" in out.stdout
    assert "monthly" in out.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["products", "unobtainium"], 2, "unknown product 'unobtainium'"),
        (["convert", "1", "t", "CNY/kg"], 2, "cannot convert t"),
        (["convert", "1", "CNY/t", "USD/kg", "--fx", "0"], 2, "must be positive"),
        (["prices", "import", "absent.csv"], 2, "absent.csv: file not found"),
    ],
)
def test_user_mistakes_are_one_line_and_non_zero(db, args, code, message):
    out = run(args, db)
    assert out.returncode == code
    assert message in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.backends
def test_bad_sheet_lists_lines_and_writes_nothing(db, tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        "date,product,price,unit\n2025-03-04,nd_oxide,-1,CNY/t\n2025-02-30,nd_oxide,550000,CNY/t\n",
        encoding="utf-8",
    )
    out = run(["prices", "import", str(sheet)], db)
    assert out.returncode == 2
    assert "line 2: [non_positive_price]" in out.stderr
    assert "line 3: [bad_date]" in out.stderr
    assert "Traceback" not in out.stderr
    export = tmp_path / "all.csv"
    assert run(["prices", "export", str(export)], db).returncode == 0
    assert export.read_text("utf-8").strip().count("\n") == 0  # header only


def test_bad_date_in_a_meta_file_names_the_entry_and_stores_nothing(db, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Pr-Nd oxide was 444,000 yuan/mt on March 4.\n", "utf-8")
    (docs / "b.txt").write_text("Dysprosium oxide was 1,650 yuan/kg on March 4.\n", "utf-8")
    meta = tmp_path / "m.json"
    meta.write_text('{"a.txt": {"published": "2025-03-04"}, "b.txt": {"published": "mines"}}')
    out = run(["ingest", str(docs), "--meta", str(meta)], db)
    assert out.returncode != 0
    assert "entry 'b.txt'" in out.stderr
    assert "'mines'" in out.stderr
    assert "Traceback" not in out.stderr
    facts = run(["facts", "export", "--format", "jsonl", "-o", str(tmp_path / "f.jsonl")], db)
    assert facts.returncode == 0
    assert (tmp_path / "f.jsonl").read_text("utf-8").strip() == ""  # a.txt was not stored either


@pytest.mark.backends
def test_import_then_export_round_trip(db, tmp_path):
    sheet = tmp_path / "s.csv"
    sheet.write_text(
        "date,product,low,high,unit\n2025-03-04,Pr-Nd oxide,443000,445000,yuan/mt\n",
        encoding="utf-8",
    )
    first = run(["prices", "import", str(sheet), "--json"], db)
    assert json.loads(first.stdout)[0]["inserted"] == 1
    again = run(["prices", "import", str(sheet), "--json"], db)
    assert json.loads(again.stdout)[0]["unchanged"] == 1
    out = tmp_path / "out.parquet"
    assert run(["prices", "export", str(out), "--product", "NdPr oxide"], db).returncode == 0
    assert out.stat().st_size > 0


def test_corrupt_database_is_refused(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"garbage" * 200)
    out = run(["prices", "export", str(tmp_path / "x.csv")], bad)
    assert out.returncode == 4
    assert "not a usable DuckDB database" in out.stderr
    assert bad.read_bytes() == b"garbage" * 200


def test_db_option_overrides_environment(tmp_path):
    target = tmp_path / "opt.duckdb"
    out = run(
        ["--db", str(target), "prices", "export", str(tmp_path / "x.csv")], tmp_path / "env.duckdb"
    )
    assert out.returncode == 0
    assert target.exists()
    assert not (tmp_path / "env.duckdb").exists()


def test_serve_on_a_port_in_use_is_one_clear_line(db):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = run(["serve", "--port", str(port)], db, timeout=60)
    assert out.returncode == 2
    assert out.stderr.strip() == f"error: cannot listen on 127.0.0.1:{port}: Address already in use"


def test_facts_why_shows_rules_vetoes_and_kept_facts(db, tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text(
        "Pr-Nd oxide was quoted at 445,000 yuan/t on Monday.\n"
        "Analysts expect Pr-Nd oxide to test 460,000 yuan/t before the year ends.\n",
        "utf-8",
    )
    out = run(["facts", "why", str(doc), "expect", "--date", "2025-06-10", "--json"], db)
    assert out.returncode == 0, out.stderr
    (sentence,) = json.loads(out.stdout)
    assert sentence["number"] == 2
    assert [h["veto_code"] for h in sentence["hits"]] == ["outlook"]
    shown = run(["facts", "why", str(doc), "1", "--date", "2025-06-10"], db)
    assert "prnd_oxide price" in shown.stdout
    assert "kept: 1 fact(s)" in shown.stdout
    missing = run(["facts", "why", str(doc), "no such words"], db)
    assert missing.returncode == 2
    assert "no sentence contains" in missing.stderr
