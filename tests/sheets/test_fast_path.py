"""The one-pass import of a clean sheet into an empty table, and its exact duplicate check."""

from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reemarket.errors import RowsRejectedError
from reemarket.services.prices import import_prices
from reemarket.store.db import open_store
from reemarket.store.sheet_checks import has_duplicates

CLEAN = """date,product,market,low,high,unit
2025-03-03,Pr-Nd oxide,china,"443,000","445,000",CNY/t
2025-03-04,Pr-Nd oxide,china,"444,000","446,000",CNY/t
2025-03-04,dysprosium oxide,china,1700,1720,CNY/kg
2025-03-04,NdPr oxide,FOB China,60,62,USD/kg
2025-03-05,Pr-Nd oxide,china,442000,444000,CNY/t
"""


def rows(store):
    return store.conn.execute("SELECT * FROM observations ORDER BY ALL").fetchall()


def test_clean_sheet_into_empty_table_equals_the_validated_path(tmp_path):
    """Same rows whether the sheet takes the one-pass write or the full validation."""
    sheet = tmp_path / "clean.csv"
    sheet.write_text(CLEAN, encoding="utf-8")
    fast = open_store(tmp_path / "fast.duckdb")
    r = import_prices(fast, sheet)
    assert (r.inserted, r.updated, r.rejected, r.rows_read) == (5, 0, 0, 5)
    assert r.run_id is not None
    slow = open_store(tmp_path / "slow.duckdb")
    other = tmp_path / "other.csv"
    other.write_text("date,product,price,unit\n2024-01-02,terbium oxide,7000,CNY/kg\n")
    import_prices(slow, other)  # a non-empty table takes the full validation
    import_prices(slow, sheet)
    expected = [r for r in rows(slow) if r[0] != "tb_oxide"]
    assert rows(fast) == expected
    fast.close()
    slow.close()


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ("2025-03-04,PrNd oxide,china,444000,446000,CNY/t", "duplicate_date"),  # after the write
        ("2025-03-08,Pr-Nd oxide,china,442000,444000,CNY/t", "non_trading_day"),  # held back
    ],
)
def test_a_bad_row_into_empty_table_is_named_and_nothing_written(store, tmp_path, extra, code):
    """Whether the one-pass write holds the row back or writes and rolls back, the full
    validation names it and nothing stays behind."""
    sheet = tmp_path / "bad.csv"
    sheet.write_text(CLEAN + extra + "\n", encoding="utf-8")
    with pytest.raises(RowsRejectedError) as err:
        import_prices(store, sheet)
    assert [(p.line, p.code) for p in err.value.problems] == [(7, code)]
    if code == "duplicate_date":
        assert "also on line 3" in err.value.problems[0].reason
    assert rows(store) == []
    assert store.conn.execute("SELECT count(*) FROM runs").fetchall() == [(0,)]


keys = st.tuples(
    st.sampled_from(["prnd_oxide", "dy_oxide"]),
    st.sampled_from(["china", "fob_china"]),
    st.sampled_from(["a", "b"]),
    st.integers(min_value=0, max_value=40).map(lambda d: date(2020, 1, 1) + timedelta(days=d)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(keys, max_size=30), st.booleans())
def test_has_duplicates_is_exact(sample, small_budget):
    conn = duckdb.connect()
    conn.execute("CREATE TABLE t (product VARCHAR, market VARCHAR, source VARCHAR, date DATE)")
    if sample:
        conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", sample)
    # A tiny bit budget forces the grouped-count fallback; both must agree with a set.
    budget = 1 if small_budget else 2**31
    assert has_duplicates(conn, "t", max_bits=budget) == (len(set(sample)) < len(sample))
    conn.close()


def test_price_only_sheet_takes_the_one_pass_write(store, tmp_path, monkeypatch):
    import reemarket.services.prices as service

    def fail(*_: object) -> None:
        raise AssertionError("full validation ran on a clean price-only sheet")

    monkeypatch.setattr(service, "collect_problems", fail)
    sheet = tmp_path / "prices.csv"
    sheet.write_text("date,product,price,unit\n2025-03-07,Pr-Nd oxide,444000,CNY/t\n")
    assert import_prices(store, sheet).inserted == 1


def test_parquet_sheet_takes_the_same_path(store, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "date": pa.array([date(2025, 3, 3), date(2025, 3, 4)], pa.date32()),
            "product": ["Pr-Nd oxide", "Pr-Nd oxide"],
            "price": [444000.0, 445000.0],
            "unit": ["CNY/t", "CNY/t"],
        }
    )
    path = Path(tmp_path / "p.parquet")
    pq.write_table(table, path)
    r = import_prices(store, path)
    assert (r.inserted, r.rejected) == (2, 0)
    assert [row[5] for row in rows(store)] == [444000.0, 445000.0]


def test_clean_sheet_into_empty_table_skips_the_per_check_scans(store, tmp_path, monkeypatch):
    """The one-pass write is really taken: the full validation is never entered."""
    import reemarket.services.prices as service

    def fail(*_: object) -> None:
        raise AssertionError("full validation ran on a clean sheet")

    monkeypatch.setattr(service, "collect_problems", fail)
    sheet = tmp_path / "clean.csv"
    sheet.write_text(CLEAN, encoding="utf-8")
    assert import_prices(store, sheet).inserted == 5


@pytest.mark.parametrize("bad", ["20250-03-04", "infinity", "1850-01-02"])
def test_dates_outside_any_price_history_are_bad_dates(store, tmp_path, bad):
    """DuckDB reads a mistyped year or 'infinity' as a date; a sheet gets a clear bad_date."""
    sheet = tmp_path / "odd.csv"
    sheet.write_text(
        f"{CLEAN.splitlines()[0]}\n{bad},Pr-Nd oxide,china,443000,445000,CNY/t\n"
        + "\n".join(CLEAN.splitlines()[1:])
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(RowsRejectedError) as err:
        import_prices(store, sheet)
    assert [(p.line, p.code) for p in err.value.problems] == [(2, "bad_date")]
    assert rows(store) == []
