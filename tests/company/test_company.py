"""company show, statements and sensitivity on the real seeds, dev and dev_zh documents."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reemarket.services.ingest import ingest_paths
from reemarket.store.db import open_store
from support import SHARED

CASES = Path(__file__).parent.parent / "cases" / "company"
EXE = [sys.executable, "-m", "reemarket"]


def run(args: list[str], db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REEMARKET_DB": str(db), "COLUMNS": "200"}
    return subprocess.run([*EXE, *args], capture_output=True, text=True, env=env, check=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    path = tmp_path_factory.mktemp("company") / "company.duckdb"
    with open_store(path) as store:
        for name in ("seeds", "dev", "dev_zh"):
            corpus = SHARED / "corpus"
            ingest_paths(store, [str(corpus / name)], meta_file=corpus / f"{name}.meta.json")
        ingest_paths(store, [str(CASES)], meta_file=CASES / "meta.json")
    return path


def show(db: Path, name: str) -> dict:
    r = run(["company", "show", name, "--json"], db)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_cnre_results_by_period_with_sources_english_and_chinese(db):
    page = show(db, "600111.SS")
    assert page["company"]["id"] == "china_northern_rare_earth"
    labels = {c["period"]: c["label"] for c in page["periods"]}
    assert labels["2025-Q1"] == "Q1 2025"
    assert labels["2024-01/2024-06"] == "H1 2024"
    rows = {r["metric"]: r["cells"] for r in page["results"]}
    q1 = rows["revenue"]["2025-Q1"]
    assert q1["value"] == 9.287e9
    assert q1["sources"][0]["doc"].startswith("000_")
    h1 = rows["revenue"]["2024-01/2024-06"]  # from the Chinese results, dev_zh 08
    assert h1["value"] == 12.99e9
    assert h1["sources"][0]["doc"] == "08_cnre_2024h1_results.txt"


def test_a_tenfold_revenue_is_a_disagreement_not_a_silent_pick(db):
    page = show(db, "cnre")
    cell = {r["metric"]: r["cells"] for r in page["results"]}["revenue"]["2024"]
    assert cell["status"] == "disagree"
    assert sorted(map(sorted, cell["camps"])) == [
        ["19_smm_2025-04-21_cnre_2024_net_profit_down_5764pct.txt"],
        ["cnre_guidance.txt"],
    ]
    assert any("10^1 times" in e for e in cell["likely_errors"])


def test_a_forecast_range_is_guidance(db):
    page = show(db, "cnre")
    cell = {r["metric"]: r["cells"] for r in page["results"]}["net_profit_attributable"]
    h1 = cell["2025-01/2025-06"]
    assert h1["guidance"]
    assert h1["value"] == 9e8
    assert h1["value_high"] == 9.6e8


def test_lynas_december_quarter_column_is_q2_fy25(db):
    page = show(db, "LYC.AX")
    cols = {c["period"]: c["fiscal"] for c in page["periods"]}
    assert cols["2024-Q4"] == "Q2 FY25"
    assert cols["2024-Q3"] == "Q1 FY25"


def test_concentrate_price_with_its_adjustment_rule(db):
    page = show(db, "北方稀土")
    q4 = next(c for c in page["concentrate"] if c["period"] == "2025-Q4")
    assert q4["price"] == 26205
    assert q4["adjustment"].startswith("±524.1 CNY/t per 1 % REO")


def test_a_company_with_no_facts_is_an_empty_page(db):
    r = run(["company", "show", "ILU.AX"], db)
    assert r.returncode == 0
    assert "no facts about Iluka Resources Ltd" in r.stdout
    page = show(db, "iluka")
    assert page["facts"] == 0
    assert page["results"] == []
    assert page["message"]


def test_unknown_company_exits_3_with_the_closest_names(db):
    r = run(["company", "show", "Northern Rare Eart"], db)
    assert r.returncode == 3
    assert "closest" in r.stderr
    assert "china_northern_rare_earth" in r.stderr


def test_text_output_marks_the_disagreement(db):
    r = run(["company", "show", "cnre"], db)
    assert r.returncode == 0, r.stderr
    assert "DISAGREE" in r.stdout
    assert "likely extraction error" in r.stdout


def test_statements_on_prices_in_h1_2025_come_from_seeds_000_and_004(db):
    r = run(
        ["company", "statements", "cnre", "--period", "2025-H1", "--topic", "prices", "--json"], db
    )
    assert r.returncode == 0, r.stderr
    found = json.loads(r.stdout)["statements"]
    docs = {s["doc"][:3] for s in found}
    assert {"000", "004"} <= docs
    company = [s for s in found if s["speaker"] == "company" and s["doc"].startswith("000")]
    assert any(s["stance"] == "up" and s["question"] for s in company)
    for s in found:
        assert "prices" in s["topics"]
    with open_store(db, read_only=True) as store:
        text = store.conn.execute("SELECT text FROM documents WHERE name LIKE '000_%'").fetchall()[
            0
        ][0]
    s = company[0]
    assert text[s["span_start"] : s["span_end"]].strip() == s["text"]


def test_statements_bad_topic_and_period(db):
    r = run(["company", "statements", "cnre", "--topic", "weather"], db)
    assert r.returncode == 2
    assert "unknown topic 'weather'" in r.stderr
    r = run(["company", "statements", "cnre", "--period", "2025-H3"], db)
    assert r.returncode == 2


def test_full_text_search_finds_documents_and_statements(db):
    r = run(["company", "search", "magnet recycling", "--json"], db)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["documents"][0]["doc"].startswith("002_")
    assert any("recycl" in s["text"].lower() for s in out["statements"])


def test_sensitivity_shows_inputs_and_says_first_order(db):
    r = run(["company", "sensitivity", "lynas", "--prnd", "+10%", "--json"], db)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    move = out["moves"][0]
    assert move["volume_t"] == 1480  # the latest reported Lynas NdPr output, Q2 FY25
    expected = 1480 * move["price_per_t_excl_vat"] * 0.10
    assert move["revenue_change"] == pytest.approx(expected)
    assert all(i["source"] for i in move["inputs"])
    assert "First-order estimate" in out["note"]


def test_sensitivity_without_volume_asks_for_one(db):
    r = run(["company", "sensitivity", "cnre", "--prnd", "+10%"], db)
    assert r.returncode == 2
    assert "give a volume" in r.stderr
    r = run(["company", "sensitivity", "cnre", "--tb", "+5%", "--volume", "tb_oxide=20t"], db)
    assert r.returncode == 0
    assert "First-order estimate" in r.stdout
    r = run(["company", "sensitivity", "cnre", "--prnd", "lots"], db)
    assert r.returncode == 2
    assert "--prnd" in r.stderr


def test_the_brief_has_a_company_section(db, tmp_path):
    out = tmp_path / "brief.html"
    r = run(["report", "--month", "2025-07", "-o", str(out), "--no-pdf"], db)
    assert r.returncode == 0, r.stderr
    page = out.read_text("utf-8")
    section = page[page.index('<section id="companies">') :]
    section = section[: section.index("</section>")]
    assert "China Northern Rare Earth" in section
    assert "Q1 2025" in section
    assert "9,287,000,000" in section
    assert "Net profit attributable (guidance)" in section  # the H1 2025 forecast range
    assert "What the company said" in section
    assert "000_146bca38fe05b44e.txt" in section


def test_listing_price_beside_the_market_mean_with_the_premium(db):
    page = show(db, "cnre")
    x = next(p for p in page["listing_prices"] if p["product"] == "prnd_oxide")
    assert x["month"] == "2025-08"
    assert x["listing"] == 525600
    assert x["market_mean"] == 560000
    assert x["premium_pct"] == pytest.approx((525600 / 560000 - 1) * 100, abs=0.01)
    assert x["source"]["doc"] == "cnre_listing_2025-08.txt"
