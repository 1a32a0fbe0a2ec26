"""The batch SQL analytics give the same numbers as the per-series helpers."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from reemarket.analytics.averages import trading_day_average
from reemarket.analytics.batch import batch_averages, batch_changes
from reemarket.analytics.changes import STANDARD_WINDOWS, standard_changes
from reemarket.analytics.series import load_series
from reemarket.domain.periods import Period
from reemarket.domain.trading_calendar import get_calendar
from reemarket.errors import InputError, NotFoundError
from reemarket.store.db import Store

Add = Callable[..., None]


def _fill(store: Store, add: Add) -> None:
    rng = random.Random(7)
    trading = get_calendar("sse")
    days = trading.trading_days(date(2022, 11, 1), date(2025, 2, 28))
    for product, market, gap in (("nd_oxide", "china", 0.0), ("pr_oxide", "china", 0.15)):
        kept = [d for d in days if rng.random() >= gap]
        add(
            store,
            product,
            [(d, 100_000.0 + rng.randint(-5_000, 5_000)) for d in kept],
            market=market,
        )
    # A second, document source on some days (the sheet must win), and a weekend quote.
    extra = [(d, 1.0) for d in days[::17]] + [(date(2024, 6, 8), 123_456.0)]
    add(store, "nd_oxide", extra, source="a-report", origin="document")
    # A series that starts late: its first windows have no base.
    add(store, "la_oxide", [(d, 4_000.0 + i) for i, d in enumerate(days[-80:])])


def test_batch_changes_match_the_series_helpers(store: Store, add: Add) -> None:
    _fill(store, add)
    trading = get_calendar("sse")
    rel = batch_changes(store.conn, trading, STANDARD_WINDOWS)
    cols = rel.columns
    at = cols.index("date")
    rows = {(r[0], r[at]): dict(zip(cols, r, strict=True)) for r in rel.fetchall()}
    checked = 0
    for product in ("nd_oxide", "pr_oxide", "la_oxide"):
        series = load_series(store.conn, product, "china")
        assert sum(1 for k in rows if k[0] == product) == len(series)
        for obs in series.observations[::3]:
            row = rows[(product, obs.date)]
            assert row["mid"] == obs.mid
            _, found = standard_changes(series, obs.date, trading)
            for w in found:
                name = w.window.value
                if w.change is None:
                    assert row[f"{name}_base"] is None, (product, obs.date, name)
                    continue
                assert row[f"{name}_base_date"] == w.change.base_date, (product, obs.date, name)
                assert row[f"{name}_base"] == w.change.base
                assert row[f"{name}_change"] == pytest.approx(w.change.change)
                assert row[f"{name}_pct"] == pytest.approx(w.change.pct)
                checked += 1
    assert checked > 2_000


def test_batch_averages_match_the_series_helpers(store: Store, add: Add) -> None:
    _fill(store, add)
    trading = get_calendar("sse")
    rel = batch_averages(store.conn, trading)
    cols = rel.columns
    out = [dict(zip(cols, r, strict=True)) for r in rel.fetchall()]
    assert {r["granularity"] for r in out} == {"month", "quarter", "year"}
    for product in ("nd_oxide", "pr_oxide"):
        series = load_series(store.conn, product, "china")
        mine = [r for r in out if r["product"] == product]
        assert len([r for r in mine if r["granularity"] == "month"]) == 28
        for r in mine:
            start = r["start"]
            if r["granularity"] == "month":
                period = Period.month(start.year, start.month)
            elif r["granularity"] == "quarter":
                period = Period.quarter(start.year, (start.month - 1) // 3 + 1)
            else:
                period = Period.year(start.year)
            assert r["period"] == str(period)
            avg = trading_day_average(series, period, trading)
            assert r["mean"] == pytest.approx(avg.mean, rel=1e-12)
            assert (r["days_used"], r["trading_days"]) == (avg.days_used, avg.trading_days)
            assert (r["first_date"], r["last_date"]) == (avg.first_date, avg.last_date)


def test_batch_per_source_keeps_every_source(store: Store, add: Add) -> None:
    _fill(store, add)
    trading = get_calendar("sse")
    rel = batch_changes(store.conn, trading, per_source=True, products=["nd_oxide"])
    sources = {r[2] for r in rel.fetchall()}
    assert sources == {"sheet-a", "a-report"}
    with pytest.raises(NotFoundError):
        trading_day_average(
            load_series(store.conn, "nd_oxide", "china"),
            Period(
                date(2022, 10, 1),
                date(2022, 10, 1) + timedelta(days=1),
                Period.month(2022, 10).granularity,
            ),
            trading,
        )


def test_batch_results_stay_valid_and_names_are_checked(store: Store, add: Add) -> None:
    _fill(store, add)
    trading = get_calendar("sse")
    first = batch_changes(store.conn, trading, into="chg_a")
    n = len(first.fetchall())
    batch_changes(store.conn, trading, per_source=True, into="chg_b")
    batch_averages(store.conn, trading)
    assert len(first.fetchall()) == n
    assert first.columns[:4] == ["product", "market", "unit", "date"]
    with pytest.raises(InputError, match="not a table name"):
        batch_changes(store.conn, trading, into="x; DROP TABLE observations")
