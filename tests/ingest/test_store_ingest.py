"""Ingestion into a real DuckDB file: idempotent, atomic, prices as observations, PDF pages."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from reemarket.services.facts import FactFilter, query
from reemarket.services.ingest import IngestSummary, ingest_paths, prepare, write_document
from reemarket.store.db import Store, open_store

from .conftest import need_shared

NOTE = (
    "Published: Mar 4, 2025\n"
    "Prices: The Pr-Nd oxide quotation range stands at around 443,000-445,000 yuan/mt. "
    "Terbium oxide has been raised to approximately 6.55-6.65 million yuan/mt.\n"
    "Yesterday dysprosium oxide rose by 10,000 yuan/mt to 1.71 million yuan/mt.\n"
)


def _count(store: Store, table: str) -> int:
    row = store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def test_ingesting_twice_adds_nothing(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(NOTE)
    with open_store(tmp_path / "db.duckdb") as store:
        first = ingest_paths(store, [str(tmp_path / "note.txt")])
        facts = _count(store, "facts")
        obs = _count(store, "observations")
        again = ingest_paths(store, [str(tmp_path / "*.txt")])
        assert first.documents == 1
        assert again.documents == 0
        assert again.skipped == 1
        assert _count(store, "facts") == facts > 0
        assert _count(store, "observations") == obs > 0


def test_a_failure_inside_a_document_leaves_nothing_of_it(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(NOTE)
    with open_store(tmp_path / "db.duckdb") as store:
        store.conn.execute("ALTER TABLE observations RENAME TO observations_gone")
        prepared = prepare(tmp_path / "note.txt", mapping=None, given_date=None)
        with pytest.raises(duckdb.Error):
            write_document(store, prepared, IngestSummary())
        assert _count(store, "documents") == 0
        assert _count(store, "facts") == 0


def test_quotes_become_observations_in_the_quote_unit(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(NOTE)
    with open_store(tmp_path / "db.duckdb") as store:
        ingest_paths(store, [str(tmp_path)])
        rows = store.conn.execute(
            "SELECT product, market, date::VARCHAR, low, high, mid, unit, basis, origin, source,"
            " fact_id IS NOT NULL FROM observations ORDER BY product"
        ).fetchall()
    by = {r[0]: r for r in rows}
    assert by["prnd_oxide"][1:8] == (
        "china",
        "2025-03-04",
        443000.0,
        445000.0,
        444000.0,
        "CNY/t",
        "incl_vat",
    )
    assert by["tb_oxide"][6] == "CNY/kg"
    assert by["tb_oxide"][5] == pytest.approx(6600.0)
    assert by["prnd_oxide"][8:] == ("document", "note.txt", True)


def test_relative_dates_use_the_trading_calendar(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(NOTE)
    with open_store(tmp_path / "db.duckdb") as store:
        ingest_paths(store, [str(tmp_path)])
        dy = list(query(store, FactFilter(product="dysprosium oxide")))
    got = {(f["metric"], f["period"], f["value"]) for f in dy}
    assert ("price", "2025-03-03", 1710000.0) in got
    assert ("change", "2025-02-28/2025-03-03", 10000.0) in got


def test_undated_relative_facts_are_stored_unresolved(tmp_path: Path) -> None:
    (tmp_path / "undated.txt").write_text(
        "Yesterday Pr-Nd oxide rose by 3,000 yuan/mt to 450,000 yuan/mt.\n"
    )
    with open_store(tmp_path / "db.duckdb") as store:
        summary = ingest_paths(store, [str(tmp_path)])
        assert summary.unresolved >= 1
        assert any("resolved" in w for w in summary.warnings)
        row = store.conn.execute("SELECT count(*) FROM facts WHERE NOT resolved").fetchone()
        assert row
        assert row[0] >= 1
        assert list(query(store, FactFilter())) == []


def test_usgs_pdf_gives_mine_production_and_prices_with_pages(tmp_path: Path) -> None:
    shared = need_shared()
    with open_store(tmp_path / "db.duckdb") as store:
        ingest_paths(store, [str(shared / "data" / "usgs_mcs2025_rare_earths.pdf")])
        prod = {
            (f["entity"], f["period"]): (f["value"], f["page"])
            for f in query(store, FactFilter(kind="production"))
            if f["subject"] == "total_reo"
        }
        prices = {
            (f["subject"], f["period"]): (f["value"], f["unit"], f["page"])
            for f in query(store, FactFilter(kind="price"))
        }
    assert prod[("china", "2024")] == (270000.0, 2)
    assert prod[("china", "2023")] == (255000.0, 2)
    assert prod[("australia", "2023")] == (16000.0, 2)
    assert prod[("madagascar", "2024")] == (2000.0, 2)
    assert prod[("malaysia", "2023")] == (310.0, 2)
    assert prod[("united_states", "2023")] == (41600.0, 2)
    assert prod[("global", "2024")] == (390000.0, 2)
    assert prices[("nd_oxide", "2022")] == (134.0, "USD/kg", 1)
    assert prices[("tb_oxide", "2021")] == (1346.0, "USD/kg", 1)


def test_the_extractors_warnings_reach_the_ingest_summary(tmp_path: Path) -> None:
    # a table naming no unit gives no fact and says so; the reader of the summary must see it
    (tmp_path / "nounit.txt").write_text(
        "稀土日报\n发布时间：2024年7月5日\n\n产品 | 均价 | 涨跌\n氧化镨钕 | 36.25 | +0.5\n",
        encoding="utf-8",
    )
    with open_store(tmp_path / "db.duckdb") as store:
        summary = ingest_paths(store, [str(tmp_path)])
    assert any(w.startswith("nounit.txt: zh_table_unit_missing") for w in summary.warnings), (
        summary.warnings
    )
    assert summary.facts.get("price", 0) == 0
