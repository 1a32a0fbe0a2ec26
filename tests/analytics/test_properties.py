"""Property tests of the series arithmetic (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta
from math import fsum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reemarket.analytics.averages import trading_day_average
from reemarket.analytics.changes import change_between
from reemarket.analytics.series import Observation, Series
from reemarket.domain.periods import Period
from reemarket.domain.trading_calendar import TradingCalendar

START = date(2024, 1, 1)
END = date(2025, 12, 31)
EVERY_DAY = TradingCalendar(
    "every_day", [START + timedelta(i) for i in range((END - START).days + 1)], START, END
)

prices = st.floats(min_value=1.0, max_value=5e6, allow_nan=False, allow_infinity=False)
offsets = st.integers(min_value=0, max_value=(END - START).days)


@st.composite
def series(draw: st.DrawFn, min_size: int = 1) -> Series:
    days = sorted(draw(st.sets(offsets, min_size=min_size, max_size=60)))
    obs = tuple(
        Observation(
            START + timedelta(d), None, None, draw(prices), "CNY/t", "incl_vat", "s", "sheet"
        )
        for d in days
    )
    return Series("nd_oxide", "china", "CNY/t", obs)


@settings(max_examples=150, deadline=None)
@given(series(), offsets, offsets)
def test_average_is_the_plain_mean_when_every_day_trades(s: Series, a: int, b: int) -> None:
    lo, hi = sorted((START + timedelta(a), START + timedelta(b)))
    period = Period(lo, hi, Period.day(lo).granularity, is_span=lo != hi)
    inside = [o.mid for o in s.observations if lo <= o.date <= hi]
    if not inside:
        return
    avg = trading_day_average(s, period, EVERY_DAY)
    assert avg.mean == pytest.approx(fsum(inside) / len(inside), rel=1e-12)
    assert avg.days_used == len(inside)
    assert avg.trading_days == (hi - lo).days + 1


@settings(max_examples=150, deadline=None)
@given(series(min_size=3), st.data())
def test_changes_are_antisymmetric_and_add_up(s: Series, data: st.DataObject) -> None:
    a, b, c = (data.draw(st.sampled_from(s.dates)) for _ in range(3))
    ab, ba = change_between(s, a, b), change_between(s, b, a)
    assert ba.change == -ab.change
    assert ab.pct is not None
    assert ba.pct is not None
    assert (1 + ab.pct / 100) * (1 + ba.pct / 100) == pytest.approx(1.0, rel=1e-9)
    bc, ac = change_between(s, b, c), change_between(s, a, c)
    assert ab.change + bc.change == pytest.approx(ac.change, abs=1e-6)
    assert (1 + ab.pct / 100) * (1 + bc.pct / 100) == pytest.approx(1 + ac.pct / 100, rel=1e-9)


@settings(max_examples=100, deadline=None)
@given(series(), offsets)
def test_on_or_before_takes_the_last_quote_not_after(s: Series, at: int) -> None:
    day = START + timedelta(at)
    found = s.on_or_before(day)
    earlier = [o for o in s.observations if o.date <= day]
    assert found == (earlier[-1] if earlier else None)


@settings(max_examples=100, deadline=None)
@given(series())
def test_unit_round_trip(s: Series) -> None:
    back = s.to_unit("CNY/kg").to_unit("CNY/t")
    assert [o.mid for o in back.observations] == pytest.approx([o.mid for o in s.observations])
    assert back.unit == "CNY/t"
