"""Trading days of the Chinese markets.

Two calendars, both with holidays and the make-up working days that the State
Council moves onto weekends:

* ``sse``: the Shanghai Stock Exchange (exchange_calendars' XSHG). The exchange
  closes on public holidays and stays closed on make-up weekend working days.
* ``cn_work``: Chinese official working days (the ``chinesecalendar`` package):
  weekdays that are not public holidays, plus make-up weekend working days, on
  which spot-market price reporters also publish.

Price analytics use ``sse`` by default, as the project brief asks ("the previous
trading day" of a quote is the previous working day of the Shanghai market).
"""

from __future__ import annotations

import warnings
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from functools import cache

from reemarket.errors import InputError, PeriodError

CALENDARS = ("sse", "cn_work")

#: First day of the SSE calendar (exchange_calendars holds its holidays from 2000 on).
SSE_START = "2000-01-04"


class TradingCalendar:
    """A sorted set of trading days with the questions analysts ask of it."""

    def __init__(self, name: str, days: list[date], first: date, last: date) -> None:
        self.name = name
        self.first = first
        self.last = last
        self._days = sorted(days)
        self._set = frozenset(self._days)

    def _check(self, day: date) -> None:
        if not self.first <= day <= self.last:
            raise PeriodError(
                f"{day} is outside the {self.name} calendar ({self.first} to {self.last})"
            )

    def is_trading_day(self, day: date) -> bool:
        """Whether the market trades on ``day``."""
        self._check(day)
        return day in self._set

    def previous_trading_day(self, day: date) -> date:
        """The last trading day strictly before ``day``."""
        self._check(day)
        i = bisect_left(self._days, day)
        if i == 0:
            raise PeriodError(f"no trading day before {day} in the {self.name} calendar")
        return self._days[i - 1]

    def next_trading_day(self, day: date) -> date:
        """The first trading day strictly after ``day``."""
        self._check(day)
        i = bisect_right(self._days, day)
        if i >= len(self._days):
            raise PeriodError(f"no trading day after {day} in the {self.name} calendar")
        return self._days[i]

    def last_trading_day_on_or_before(self, day: date) -> date:
        """``day`` itself if it trades, else the trading day before it."""
        return day if self.is_trading_day(day) else self.previous_trading_day(day)

    def trading_days(self, start: date, end: date) -> list[date]:
        """Trading days from ``start`` to ``end`` inclusive."""
        self._check(start)
        self._check(end)
        return self._days[bisect_left(self._days, start) : bisect_right(self._days, end)]


@cache
def get_calendar(name: str = "sse") -> TradingCalendar:
    """Return a trading calendar by name (``sse`` or ``cn_work``)."""
    if name == "sse":
        import exchange_calendars as xc

        with warnings.catch_warnings():
            # exchange_calendars uses pandas APIs that newer pandas deprecates; not ours to fix
            warnings.simplefilter("ignore")
            cal = xc.get_calendar("XSHG", start=SSE_START)
            days = [ts.date() for ts in cal.sessions]
        return TradingCalendar("sse", days, cal.first_session.date(), cal.last_session.date())
    if name == "cn_work":
        import chinese_calendar as cc

        first = date(2004, 1, 1)
        last = max(cc.holidays)
        last = date(last.year, 12, 31)
        n = (last - first).days + 1
        days = [d for d in (first + timedelta(i) for i in range(n)) if cc.is_workday(d)]
        return TradingCalendar("cn_work", days, first, last)
    raise InputError(f"unknown calendar {name!r} (known: {', '.join(CALENDARS)})")


def is_makeup_workday(day: date) -> bool:
    """Whether ``day`` is a weekend day made an official working day."""
    import chinese_calendar as cc

    return day.weekday() >= 5 and bool(cc.is_workday(day))
