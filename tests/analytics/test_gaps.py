"""Gaps in a series: missing trading days, never weekends or holidays."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from reemarket.analytics.gaps import trading_gaps
from reemarket.domain.trading_calendar import get_calendar

SSE = get_calendar("sse")


def test_a_weekend_and_the_spring_festival_are_no_gap() -> None:
    # Fri 2025-01-24 to Mon 2025-01-27: a weekend; 2025-01-27 to 2025-02-05: the holiday
    days = [date(2025, 1, 24), date(2025, 1, 27), date(2025, 2, 5)]
    assert [SSE.is_trading_day(d) for d in days] == [True, True, True]
    assert trading_gaps(days, SSE) == []


def test_missing_trading_days_make_one_gap_with_its_count() -> None:
    # Mon 3 March and Fri 7 March 2025 quoted; Tue-Thu missing
    (gap,) = trading_gaps([date(2025, 3, 3), date(2025, 3, 7)], SSE)
    assert gap.after == date(2025, 3, 3)
    assert gap.before == date(2025, 3, 7)
    assert gap.first_missing == date(2025, 3, 4)
    assert gap.missing == 3


@given(st.sets(st.integers(min_value=0, max_value=120), min_size=2, max_size=60))
def test_gaps_count_exactly_the_unquoted_trading_days(offsets: set[int]) -> None:
    start = date(2024, 1, 2)
    dates = sorted(start + timedelta(days=o) for o in offsets)
    gaps = trading_gaps(dates, SSE)
    quoted = set(dates)
    unquoted = [d for d in SSE.trading_days(dates[0], dates[-1]) if d not in quoted]
    assert sum(g.missing for g in gaps) == len(unquoted)
    for g in gaps:
        assert g.after < g.first_missing < g.before
        assert g.first_missing in unquoted
        assert not [d for d in dates if g.after < d < g.before]
