"""Trading-day averages: the mean of daily mids over the trading days of a period.

Price reporters publish a period's average as the plain mean of the daily mid prices
quoted on the period's trading days. Observations on days the market does not trade
(weekends, holidays, make-up working days the exchange keeps closed) are left out; a
trading day without an observation is not filled. The result says how many days it used
out of how many trading days the period has.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import date
from math import fsum

from reemarket.analytics.changes import pct_change
from reemarket.analytics.series import Series
from reemarket.domain.periods import Granularity, Period
from reemarket.domain.trading_calendar import TradingCalendar
from reemarket.errors import NotFoundError, PeriodError


@dataclass(frozen=True)
class Average:
    """The trading-day average of a series over a period."""

    period: Period
    mean: float
    days_used: int
    trading_days: int
    first_date: date
    last_date: date

    @property
    def coverage(self) -> float:
        """Share of the period's trading days that had an observation."""
        return self.days_used / self.trading_days if self.trading_days else 0.0


def _clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, _calendar.monthrange(year, month)[1]))


def year_before(period: Period) -> Period:
    """Return the same period one year earlier (a 29 February becomes the 28th)."""
    if period.start.year <= 1:
        raise PeriodError(f"no year before {period}")
    start = _clamped(period.start.year - 1, period.start.month, period.start.day)
    if period.granularity is Granularity.DAY:
        end = _clamped(period.end.year - 1, period.end.month, period.end.day)
    else:
        end = _clamped(period.end.year - 1, period.end.month, 31)
    return Period(start, end, period.granularity, period.is_span)


def trading_day_average(series: Series, period: Period, trading: TradingCalendar) -> Average:
    """Return the mean of the series' mids on the trading days of ``period``.

    Raises NotFoundError when no observation falls on a trading day of the period.
    """
    days = trading.trading_days(period.start, period.end)
    open_days = set(days)
    used = [o for o in series.between(period.start, period.end).observations if o.date in open_days]
    if not used:
        raise NotFoundError(
            f"no {series.product} {series.market} price on a trading day of {period}"
        )
    return Average(
        period=period,
        mean=fsum(o.mid for o in used) / len(used),
        days_used=len(used),
        trading_days=len(days),
        first_date=used[0].date,
        last_date=used[-1].date,
    )


def yoy_pct(current: Average, prior: Average) -> float | None:
    """Year-on-year percent change of two averages."""
    return pct_change(prior.mean, current.mean)
