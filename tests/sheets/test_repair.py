"""Repair policies on the real daily oxide history (shared data, bundled mapping)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reemarket.errors import InputError, RowsRejectedError
from reemarket.services.analytics import get_series
from reemarket.services.prices import import_prices
from reemarket.store.db import Store, open_store
from support import SHARED

SHEET = SHARED / "data" / "china_daily_oxide_prices_2013_2024.csv"
MAPPING = (
    Path(__file__).resolve().parents[2]
    / "src/reemarket/data/mappings/china_daily_oxide_prices_2013_2024.toml"
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    if not SHEET.is_file():
        pytest.skip("../shared is not beside the checkout")
    return open_store(tmp_path / "repair.duckdb")


def _import(store: Store, repair: str = "", skip_bad: bool = True):
    policies = frozenset(p for p in repair.split(",") if p)
    return import_prices(store, SHEET, mapping_path=MAPPING, skip_bad=skip_bad, repair=policies)


def test_counts_agree_by_reason_code(store: Store) -> None:
    r = _import(store)
    assert sum(c.problems for c in r.summary) == len(r.problems)
    assert r.problem_rows == r.rejected  # every row with a problem is rejected, counted once
    assert r.inserted + r.rejected == r.rows_read
    codes = {c.code: c for c in r.summary}
    assert codes["mid_outside_range"].problems == codes["mid_outside_range"].rows
    assert codes["mid_outside_range"].first_lines == sorted(codes["mid_outside_range"].first_lines)
    # Without a repair the Nd series loses every early row whose average lies outside low-high.
    assert get_series(store, "nd_oxide").points[0].date.year == 2015


def test_repair_mid_keeps_the_nd_series_from_2013(store: Store) -> None:
    r = _import(store, "mid")
    assert r.mid_recomputed > 0
    assert r.inserted + r.rejected == r.rows_read
    assert r.rejected < r.problem_rows
    nd = get_series(store, "nd_oxide")
    assert nd.points[0].date == dt.date(2013, 1, 4)
    rows = store.conn.execute(
        "SELECT low, high, mid FROM observations WHERE repairs = 'mid_outside_range:mid_recomputed'"
    ).fetchall()
    assert len(rows) == r.mid_recomputed
    assert all(mid == pytest.approx((low + high) / 2) for low, high, mid in rows)


def test_policies_combine_and_every_row_is_accounted_for(store: Store) -> None:
    r = _import(store, "mid,weekend,flag", skip_bad=False)
    assert r.rejected == 0
    assert r.dropped > 0
    assert r.flagged > 0
    assert r.inserted + r.dropped == r.rows_read
    flagged = store.conn.execute(
        "SELECT count(*) FROM observations WHERE repairs LIKE '%:flagged%'"
    ).fetchall()[0][0]
    assert flagged == r.flagged
    again = _import(store, "mid,weekend,flag", skip_bad=False)  # idempotent
    assert (again.inserted, again.updated) == (0, 0)


def test_without_skip_bad_the_rows_left_bad_reject_the_sheet(store: Store) -> None:
    with pytest.raises(RowsRejectedError) as info:
        _import(store, "mid,weekend", skip_bad=False)
    assert {p.code for p in info.value.problems} <= {"range_glitch", "non_trading_day",
                                                     "mid_outside_range", "weekend_repeat"}  # fmt: skip
    assert store.conn.execute("SELECT count(*) FROM observations").fetchall()[0][0] == 0
    with pytest.raises(InputError, match="unknown repair policy"):
        _import(store, "average")


def test_a_future_date_is_rejected_by_default(tmp_path: Path) -> None:
    sheet = tmp_path / "future.csv"
    sheet.write_text(
        "date,product,market,low,high,mid,unit\n"
        "2024-07-05,nd_oxide,china,440000,450000,445000,CNY/t\n"
        "2199-12-31,nd_oxide,china,440000,450000,445000,CNY/t\n",
        encoding="utf-8",
    )
    with open_store(tmp_path / "f.duckdb") as s:
        with pytest.raises(RowsRejectedError) as info:
            import_prices(s, sheet)
        assert [(p.line, p.code) for p in info.value.problems] == [(3, "future_date")]
        r = import_prices(s, sheet, skip_bad=True)
        assert (r.inserted, r.rejected) == (1, 1)
        assert get_series(s, "nd_oxide").points[-1].date == dt.date(2024, 7, 5)


def test_xlsx_formulas_without_saved_values_are_named(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["date", "product", "market", "low", "high", "mid", "unit"])
    sheet.append(["2024-07-05", "nd_oxide", "china", 440000, 450000, "=(D2+E2)/2", "CNY/t"])
    path = tmp_path / "formulas.xlsx"
    book.save(path)  # openpyxl saves formulas without computing them
    with open_store(tmp_path / "x.duckdb") as s:
        with pytest.raises(
            InputError, match=r"without a saved value, e.g. F2 \('mid': =\(D2\+E2\)/2\)"
        ):
            import_prices(s, path)
        assert s.conn.execute("SELECT count(*) FROM observations").fetchall()[0][0] == 0
