"""Change and percent change of a series between two dates and over the standard windows.

A change compares an *end* observation with a *base* observation: ``change = end - base``
and ``pct = change / base * 100``. The standard windows, as of a date ``A`` whose end
observation is the last one on or before ``A`` (dated ``E``):

========  ===========================================================================
``prev``  the last observation on or before the trading day before ``E``
``week``  the last observation on or before ``A`` minus 7 days
``month`` the last observation on or before ``A`` minus 1 month (day clamped: 03-31 → 02-28)
``quarter`` the last observation on or before ``A`` minus 3 months (clamped)
``year``  the last observation on or before ``A`` minus 1 year (02-29 → 02-28)
``mtd``   the last observation on or before the last day of the month before ``A``
``qtd``   the last observation on or before the last day of the quarter before ``A``
``ytd``   the last observation on or before 31 December of the year before ``A``
========  ===========================================================================
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from reemarket.analytics.series import Observation, Series
from reemarket.domain.trading_calendar import TradingCalendar
from reemarket.errors import NotFoundError, PeriodError


class Window(StrEnum):
    """A standard change window."""

    PREV = "prev"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    MTD = "mtd"
    QTD = "qtd"
    YTD = "ytd"


#: The windows in the order reports list them.
STANDARD_WINDOWS: tuple[Window, ...] = tuple(Window)

#: The oldest a window's base may be, in days before its target: long enough to reach
#: back over the Spring Festival and National Day closures, short enough that a series
#: with a gap of months does not pass off a stale quote as last month's price.
MAX_BASE_AGE_DAYS = 15


@dataclass(frozen=True)
class Change:
    """A change between a base and an end observation, with the dates actually used."""

    base_requested: date
    end_requested: date
    base_date: date
    end_date: date
    base: float
    end: float

    @property
    def change(self) -> float:
        """End minus base."""
        return self.end - self.base

    @property
    def pct(self) -> float | None:
        """Percent change against the base (None for a zero base)."""
        return None if self.base == 0 else (self.end - self.base) / self.base * 100.0


def pct_change(base: float, end: float) -> float | None:
    """Percent change from ``base`` to ``end`` (None for a zero base)."""
    return None if base == 0 else (end - base) / base * 100.0


def add_months(day: date, months: int) -> date:
    """Return ``day`` moved by ``months`` calendar months, the day clamped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def month_end_before(day: date) -> date:
    """Return the last day of the month before ``day``'s month."""
    return day.replace(day=1) - timedelta(days=1)


def quarter_end_before(day: date) -> date:
    """Return the last day of the quarter before ``day``'s quarter."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    return date(day.year, first_month, 1) - timedelta(days=1)


def year_end_before(day: date) -> date:
    """31 December of the year before ``day``."""
    return date(day.year - 1, 12, 31)


def window_target(window: Window, as_of: date, end_date: date, trading: TradingCalendar) -> date:
    """Return the date whose last observation on or before it is the base of ``window``."""
    if window is Window.PREV:
        return trading.previous_trading_day(end_date)
    if window is Window.WEEK:
        return as_of - timedelta(days=7)
    if window is Window.MONTH:
        return add_months(as_of, -1)
    if window is Window.QUARTER:
        return add_months(as_of, -3)
    if window is Window.YEAR:
        return add_months(as_of, -12)
    if window is Window.MTD:
        return month_end_before(as_of)
    if window is Window.QTD:
        return quarter_end_before(as_of)
    return year_end_before(as_of)


def _pick(series: Series, day: date, on_or_before: bool, role: str) -> Observation:
    found = series.on_or_before(day) if on_or_before else series.on(day)
    if found is None:
        how = "on or before" if on_or_before else "on"
        hint = "" if on_or_before else " (use on_or_before to take the last one before)"
        raise NotFoundError(
            f"no {series.product} {series.market} price {how} {day} for the {role}{hint}"
        )
    return found


def change_between(series: Series, start: date, end: date, *, on_or_before: bool = False) -> Change:
    """Return the change from ``start`` to ``end`` (each on that date, or the last before).

    The dates may come in either order: the change from a later to an earlier date is the
    negative of the change the other way.
    """
    base = _pick(series, start, on_or_before, "start")
    last = _pick(series, end, on_or_before, "end")
    return Change(start, end, base.date, last.date, base.mid, last.mid)


@dataclass(frozen=True)
class WindowChange:
    """The change over one standard window, or why there is none."""

    window: Window
    target: date
    change: Change | None


def standard_changes(
    series: Series,
    as_of: date,
    trading: TradingCalendar,
    windows: tuple[Window, ...] = STANDARD_WINDOWS,
) -> tuple[Observation, list[WindowChange]]:
    """Return the end observation as of ``as_of`` and the change over each window.

    A window without an observation on or before its target, or whose last observation
    lies more than ``MAX_BASE_AGE_DAYS`` before it, has ``change`` None; a
    ``prev`` window before the first day of the trading calendar is left out.
    """
    end = series.on_or_before(as_of)
    if end is None:
        raise NotFoundError(f"no {series.product} {series.market} price on or before {as_of}")
    out = []
    for window in windows:
        try:
            target = window_target(window, as_of, end.date, trading)
        except PeriodError:  # before the first day of the trading calendar
            continue
        base = series.on_or_before(target)
        if base is not None and (target - base.date).days > MAX_BASE_AGE_DAYS:
            base = None  # the last quote is too old to stand for the target date
        change = (
            None if base is None else Change(target, as_of, base.date, end.date, base.mid, end.mid)
        )
        out.append(WindowChange(window, target, change))
    return end, out
