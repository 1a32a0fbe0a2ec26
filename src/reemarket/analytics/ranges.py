"""Highs and lows of a series over a period, with their dates, and the 52-week range.

The high is the highest daily high (the mid where a quote has no high), the low the
lowest daily low (likewise); the highest and lowest mids are reported beside them. On a
tie the earliest date is given. The 52-week range as of a date ``A`` covers the
observations after ``A`` minus 52 weeks (364 days) up to ``A`` inclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reemarket.analytics.series import Series
from reemarket.errors import NotFoundError

#: The length of the 52-week range.
FIFTY_TWO_WEEKS = timedelta(weeks=52)


@dataclass(frozen=True)
class Extreme:
    """A price and the date it was first seen."""

    value: float
    date: date


@dataclass(frozen=True)
class HighLow:
    """Highs and lows of a series from ``start`` to ``end``."""

    start: date
    end: date
    high: Extreme
    low: Extreme
    mid_high: Extreme
    mid_low: Extreme
    last: Extreme
    days: int

    @property
    def pct_below_high(self) -> float:
        """How far the last mid is below the high, in percent of the high."""
        return (self.high.value - self.last.value) / self.high.value * 100.0

    @property
    def pct_above_low(self) -> float:
        """How far the last mid is above the low, in percent of the low."""
        return (self.last.value - self.low.value) / self.low.value * 100.0


def high_low(series: Series, start: date | None = None, end: date | None = None) -> HighLow:
    """Highs and lows of ``series`` between two dates inclusive (None: all of it)."""
    part = series.between(start, end).observations
    if not part:
        span = f"from {start or 'the start'} to {end or 'the end'}"
        raise NotFoundError(f"no {series.product} {series.market} prices {span}")
    high = min(part, key=lambda o: (-(o.high if o.high is not None else o.mid), o.date))
    low = min(part, key=lambda o: (o.low if o.low is not None else o.mid, o.date))
    mid_high = min(part, key=lambda o: (-o.mid, o.date))
    mid_low = min(part, key=lambda o: (o.mid, o.date))
    return HighLow(
        start=start or part[0].date,
        end=end or part[-1].date,
        high=Extreme(high.high if high.high is not None else high.mid, high.date),
        low=Extreme(low.low if low.low is not None else low.mid, low.date),
        mid_high=Extreme(mid_high.mid, mid_high.date),
        mid_low=Extreme(mid_low.mid, mid_low.date),
        last=Extreme(part[-1].mid, part[-1].date),
        days=len(part),
    )


def range_52_weeks(series: Series, as_of: date) -> HighLow:
    """Return the 52-week high and low as of ``as_of``."""
    return high_low(series, as_of - FIFTY_TWO_WEEKS + timedelta(days=1), as_of)
