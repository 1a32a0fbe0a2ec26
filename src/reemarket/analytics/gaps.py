"""Gaps in a daily price series: trading days with no quote between two quotes.

A chart joins two quotes with a line only when no trading day lies between them; a
weekend or a holiday is the calendar's own gap, not missing data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from reemarket.domain.trading_calendar import TradingCalendar


@dataclass(frozen=True)
class Gap:
    """Trading days without a quote between two quoted dates."""

    after: date
    """The last quoted date before the gap."""
    before: date
    """The first quoted date after the gap."""
    first_missing: date
    """The first trading day without a quote."""
    missing: int
    """How many trading days have no quote."""


def trading_gaps(dates: list[date], calendar: TradingCalendar) -> list[Gap]:
    """The gaps between consecutive ``dates`` (ascending) that hold a trading day.

    Dates outside the calendar's range are compared on the part inside it.
    """
    gaps: list[Gap] = []
    for a, b in pairwise(dates):
        if (b - a).days <= 1:
            continue
        lo, hi = max(a, calendar.first), min(b, calendar.last)
        if lo >= hi:
            continue
        between = [d for d in calendar.trading_days(lo, hi) if a < d < b]
        if between:
            gaps.append(Gap(after=a, before=b, first_missing=between[0], missing=len(between)))
    return gaps
