"""Changes between two dates and over the standard windows, with the published figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from reemarket.analytics.changes import Window, add_months, window_target
from reemarket.domain.trading_calendar import get_calendar
from reemarket.errors import NotFoundError, UnknownNameError
from reemarket.services.analytics import get_change, get_series, get_window_changes
from reemarket.store.db import Store

Add = Callable[..., None]


def test_published_change_415000_to_444000(store: Store, add: Add) -> None:
    add(store, "prnd_oxide", [(date(2025, 6, 3), 415_000.0), (date(2025, 7, 3), 444_000.0)])
    c = get_change(store, "Pr-Nd oxide", date(2025, 6, 3), date(2025, 7, 3))
    assert c.change == 29_000
    assert c.pct is not None
    assert round(c.pct, 2) == 6.99
    assert (c.base_date, c.end_date) == (date(2025, 6, 3), date(2025, 7, 3))


def test_published_change_398000_to_444500(store: Store, add: Add) -> None:
    add(store, "prnd_oxide", [(date(2025, 5, 6), 398_000.0), (date(2025, 7, 4), 444_500.0)])
    c = get_change(store, "氧化镨钕", date(2025, 5, 6), date(2025, 7, 4))
    assert c.pct is not None
    assert round(c.pct, 2) == 11.68


def test_published_previous_trading_day_change(store: Store, add: Add) -> None:
    # 2025-07-05/06 is a weekend: a stray weekend quote must not be taken as the previous day.
    add(
        store,
        "prnd_oxide",
        [
            (date(2025, 7, 4), 449_000.0),
            (date(2025, 7, 7), 451_000.0),
            (date(2025, 7, 8), 454_000.0),
        ],
    )
    result = get_window_changes(store, "PrNd oxide", as_of=date(2025, 7, 8))
    prev = next(c for c in result.changes if c.window == "prev")
    assert prev.base_date == date(2025, 7, 7)
    assert prev.end_date == date(2025, 7, 8)
    assert prev.change == 3_000
    assert prev.pct is not None
    assert round(prev.pct, 2) == 0.67


def test_exact_dates_need_a_quote_on_each_date(store: Store, add: Add) -> None:
    add(store, "nd_oxide", [(date(2025, 1, 3), 100.0), (date(2025, 1, 10), 110.0)])
    with pytest.raises(NotFoundError, match="on 2025-01-05"):
        get_change(store, "nd_oxide", date(2025, 1, 5), date(2025, 1, 10))
    c = get_change(store, "nd_oxide", date(2025, 1, 5), date(2025, 1, 12), on_or_before=True)
    assert (c.base_date, c.end_date) == (date(2025, 1, 3), date(2025, 1, 10))
    assert (c.base_requested, c.end_requested) == (date(2025, 1, 5), date(2025, 1, 12))
    assert c.change == pytest.approx(10.0)


def test_change_in_reverse_order_is_negative(store: Store, add: Add) -> None:
    add(store, "nd_oxide", [(date(2025, 1, 3), 100.0), (date(2025, 1, 10), 125.0)])
    fwd = get_change(store, "nd_oxide", date(2025, 1, 3), date(2025, 1, 10))
    back = get_change(store, "nd_oxide", date(2025, 1, 10), date(2025, 1, 3))
    assert back.change == -fwd.change
    assert back.pct == pytest.approx(-20.0)


def test_unknown_product_and_empty_series(store: Store) -> None:
    with pytest.raises(UnknownNameError):
        get_change(store, "unobtainium oxide", date(2025, 1, 3), date(2025, 1, 10))
    with pytest.raises(NotFoundError, match="no prices for nd_oxide"):
        get_change(store, "nd_oxide", date(2025, 1, 3), date(2025, 1, 10))


def test_the_default_series_is_one_source(store: Store, add: Add) -> None:
    day = date(2025, 3, 3)
    add(store, "tb_oxide", [(day, 7_000.0)], unit="CNY/kg", source="a-report", origin="document")
    add(store, "tb_oxide", [(day, 7_200.0)], unit="CNY/kg", source="z-sheet", origin="sheet")
    add(store, "tb_oxide", [(day, 7_100.0)], unit="CNY/kg", source="b-sheet", origin="sheet")
    add(
        store,
        "tb_oxide",
        [(date(2025, 3, 4), 7_500.0)],
        unit="CNY/kg",
        source="a-report",
        origin="document",
    )
    # The default series is one source, the most complete: the report quotes (two) count
    # together; no sheet's figure is blended into it.
    c = get_change(store, "tb_oxide", day, date(2025, 3, 4))
    assert (c.base, c.end) == (7_000.0, 7_500.0)
    assert get_series(store, "tb_oxide").source == "reports"
    # One sheet alone has no quote on 4 March: a change to that day has no end in it.
    with pytest.raises(NotFoundError, match="2025-03-04"):
        get_change(store, "tb_oxide", day, date(2025, 3, 4), source="b-sheet")
    assert get_series(store, "tb_oxide", source="z-sheet").points[0].mid == 7_200.0


def test_standard_windows_as_of(store: Store, add: Add) -> None:
    trading = get_calendar("sse")
    days = trading.trading_days(date(2023, 12, 1), date(2025, 5, 30))
    add(store, "dy_oxide", [(d, 1_000.0 + i) for i, d in enumerate(days)], unit="CNY/kg")
    as_of = date(2025, 5, 31)  # a Saturday: the end is Friday 2025-05-30
    r = get_window_changes(store, "dy_oxide", as_of=as_of)
    by = {c.window: c for c in r.changes}
    assert r.end_date == date(2025, 5, 30)
    assert r.missing == []
    expect = {
        "prev": date(2025, 5, 29),
        "week": date(2025, 5, 23),  # 2025-05-24 is a Saturday
        "month": date(2025, 4, 30),
        "quarter": date(2025, 2, 28),
        "year": date(2024, 5, 31),
        "mtd": date(2025, 4, 30),
        "qtd": date(2025, 3, 31),
        "ytd": date(2024, 12, 31),
    }
    for window, base_date in expect.items():
        assert by[window].base_date == base_date, window
        assert by[window].change == days.index(r.end_date) - days.index(base_date)


def test_window_without_history_is_missing(store: Store, add: Add) -> None:
    add(store, "la_oxide", [(date(2025, 5, 29), 4_000.0), (date(2025, 5, 30), 4_100.0)])
    r = get_window_changes(store, "la_oxide")
    assert r.as_of == date(2025, 5, 30)
    assert [c.window for c in r.changes] == ["prev"]
    assert set(r.missing) == {"week", "month", "quarter", "year", "mtd", "qtd", "ytd"}


def test_month_arithmetic_clamps_to_month_end() -> None:
    assert add_months(date(2025, 3, 31), -1) == date(2025, 2, 28)
    assert add_months(date(2024, 2, 29), -12) == date(2023, 2, 28)
    assert add_months(date(2025, 1, 15), -3) == date(2024, 10, 15)
    trading = get_calendar("sse")
    # 2025-10-09 follows the National Day holiday (2025-10-01 to 10-08).
    assert window_target(Window.PREV, date(2025, 10, 9), date(2025, 10, 9), trading) == date(
        2025, 9, 30
    )


def test_prev_before_the_calendar_is_missing(store: Store, add: Add) -> None:
    first = get_calendar("sse").first
    add(store, "ce_oxide", [(first, 1_000.0), (first + timedelta(days=400), 1_100.0)])
    early = get_window_changes(store, "ce_oxide", as_of=first)
    assert early.changes == []
    assert "prev" in early.missing
    late = get_window_changes(store, "ce_oxide")
    # The only earlier quote is 400 days old: too stale to stand for any window's target.
    assert late.changes == []
    assert len(late.missing) == 8


def test_base_may_reach_back_over_a_holiday_but_not_further(store: Store, add: Add) -> None:
    # Spring Festival 2025: the exchange closed from 28 January to 4 February.
    add(store, "dy_oxide", [(date(2025, 1, 27), 1_665.0), (date(2025, 2, 28), 1_710.0)])
    result = get_window_changes(store, "dy_oxide", as_of=date(2025, 2, 28))
    by_window = {c.window: c for c in result.changes}
    assert by_window["mtd"].base_date == date(2025, 1, 27)  # 4 days before 31 January
    assert "quarter" in result.missing  # 2024-11-28 has no quote within 15 days
