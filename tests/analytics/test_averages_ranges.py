"""Trading-day averages, year-on-year, highs and lows, and the 52-week range."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from reemarket.analytics.averages import year_before
from reemarket.domain.periods import parse_period
from reemarket.domain.trading_calendar import get_calendar
from reemarket.errors import NotFoundError, PeriodError
from reemarket.services.analytics import get_average, get_range
from reemarket.store.db import Store

Add = Callable[..., None]


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(i) for i in range((end - start).days + 1)]


def test_average_counts_only_trading_days(store: Store, add: Add) -> None:
    trading = get_calendar("sse")
    feb = trading.trading_days(date(2025, 2, 1), date(2025, 2, 28))
    assert len(feb) == 18  # Spring Festival to 4 Feb; the make-up Saturday 8 Feb is closed
    rows = [(d, 100.0 if d in feb else 1_000.0) for d in _days(date(2025, 2, 1), date(2025, 2, 28))]
    rows = [r for r in rows if r[0] != date(2025, 2, 14)]  # one trading day without a quote
    add(store, "prnd_oxide", rows)
    r = get_average(store, "prnd_oxide", "2025-02")
    assert r.average.mean == pytest.approx(100.0)
    assert (r.average.days_used, r.average.trading_days) == (17, 18)
    assert (r.average.first_date, r.average.last_date) == (date(2025, 2, 5), date(2025, 2, 28))


def test_average_of_a_quarter_with_yoy(store: Store, add: Add) -> None:
    trading = get_calendar("sse")
    q1_25 = trading.trading_days(date(2025, 1, 1), date(2025, 3, 31))
    q1_24 = trading.trading_days(date(2024, 1, 1), date(2024, 3, 31))
    add(store, "nd_oxide", [(d, 500_000.0 + 1_000 * i) for i, d in enumerate(q1_25)])
    add(store, "nd_oxide", [(d, 400_000.0) for d in q1_24])
    r = get_average(store, "Nd oxide", "2025-Q1", yoy=True)
    expected = 500_000.0 + 1_000 * (len(q1_25) - 1) / 2
    assert r.average.mean == pytest.approx(expected)
    assert r.prior is not None
    assert r.prior.period == "2024-Q1"
    assert r.prior.mean == pytest.approx(400_000.0)
    assert r.yoy_pct == pytest.approx((expected / 400_000.0 - 1) * 100)


def test_average_without_quotes_and_bad_period(store: Store, add: Add) -> None:
    add(store, "nd_oxide", [(date(2025, 2, 8), 1.0)])  # a Saturday only
    with pytest.raises(NotFoundError, match="trading day of 2025-02"):
        get_average(store, "nd_oxide", "2025-02")
    with pytest.raises(PeriodError):
        get_average(store, "nd_oxide", "2025-13")


def test_year_before_keeps_the_shape() -> None:
    assert str(year_before(parse_period("2024-02"))) == "2023-02"
    assert year_before(parse_period("2024-02")).end == date(2023, 2, 28)
    assert str(year_before(parse_period("2025-Q3"))) == "2024-Q3"
    assert str(year_before(parse_period("2024-01/2024-02"))) == "2023-01/2023-02"
    assert year_before(parse_period("2024-02-29")).start == date(2023, 2, 28)


def test_highs_lows_and_52_weeks(store: Store, add: Add) -> None:
    as_of = date(2025, 6, 30)
    start_52 = as_of - timedelta(weeks=52) + timedelta(days=1)
    add(
        store,
        "tb_oxide",
        [
            (start_52 - timedelta(days=1), 9_000.0, 9_500.0, 9_250.0),  # just outside 52 weeks
            (start_52, 6_000.0, 6_200.0, 6_100.0),
            (date(2025, 1, 6), 7_000.0, 7_400.0, 7_200.0),
            (date(2025, 2, 6), 7_100.0, 7_400.0, 7_250.0),  # ties the high: earlier date wins
            (date(2025, 3, 3), 5_800.0, 6_000.0, 5_900.0),
            (as_of, 6_900.0, 7_100.0, 7_000.0),
        ],
        unit="CNY/kg",
    )
    r = get_range(store, "terbium oxide", as_of=as_of)
    w = r.weeks_52
    assert (w.start, w.end, w.days) == (start_52, as_of, 5)
    assert (w.high.value, w.high.date) == (7_400.0, date(2025, 1, 6))
    assert (w.low.value, w.low.date) == (5_800.0, date(2025, 3, 3))
    assert (w.mid_high.value, w.mid_high.date) == (7_250.0, date(2025, 2, 6))
    assert w.last.value == 7_000.0
    assert w.pct_below_high == pytest.approx((7_400 - 7_000) / 7_400 * 100)
    assert r.span.high.value == 9_500.0  # the whole history
    early = get_range(store, "tb_oxide", start=date(2025, 1, 1), as_of=date(2025, 2, 28))
    assert (early.span.days, early.span.low.value) == (2, 7_000.0)
