"""Periods as the fact exchange format writes them, parsed and printed round-trip.

``2025-03-31`` (day), ``2025-02`` (month), ``2025-Q1`` (quarter), ``2024`` (year), and
spans of two periods of one granularity joined by a slash: ``2024-12-31/2025-03-31``,
``2025-01/2025-05``, ``2025/2030``. A period covers the days from ``start`` to ``end``
inclusive.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from reemarket.errors import PeriodError


class Granularity(StrEnum):
    """The size of a single period."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


_PATTERNS: list[tuple[Granularity, re.Pattern[str]]] = [
    (Granularity.DAY, re.compile(r"(\d{4})-(\d{2})-(\d{2})")),
    (Granularity.MONTH, re.compile(r"(\d{4})-(\d{2})")),
    (Granularity.QUARTER, re.compile(r"(\d{4})-Q([1-4])")),
    (Granularity.YEAR, re.compile(r"(\d{4})")),
]


@dataclass(frozen=True, order=True)
class Period:
    """A day, month, quarter or year, or a span from one to another of the same size."""

    start: date
    end: date
    granularity: Granularity
    is_span: bool = False

    def __post_init__(self) -> None:
        """Reject periods that end before they start."""
        if self.end < self.start:
            raise PeriodError(f"period ends before it starts: {self.start} > {self.end}")

    def __str__(self) -> str:
        """Render in the exchange format."""
        if not self.is_span:
            return _label(self.start, self.granularity)
        first = _label(self.start, self.granularity)
        last = _label(self.end, self.granularity, at_end=True)
        return f"{first}/{last}"

    @property
    def days(self) -> int:
        """Number of calendar days covered."""
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        """Whether ``day`` lies within the period."""
        return self.start <= day <= self.end

    @classmethod
    def day(cls, d: date) -> Period:
        """The single day ``d``."""
        return _day(d) if cls is Period else cls(d, d, Granularity.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """A calendar month."""
        return _single(Granularity.MONTH, year, month)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """A calendar quarter (1 to 4)."""
        return _single(Granularity.QUARTER, year, quarter)

    @classmethod
    def year(cls, year: int) -> Period:
        """A calendar year."""
        return _single(Granularity.YEAR, year, 1)

    @classmethod
    def span(cls, first: Period, last: Period) -> Period:
        """The span from the start of ``first`` to the end of ``last`` (same granularity)."""
        if first.granularity != last.granularity or first.is_span or last.is_span:
            raise PeriodError(f"a span joins two single periods of one size: {first} / {last}")
        return cls(first.start, last.end, first.granularity, is_span=True)


def _label(d: date, g: Granularity, at_end: bool = False) -> str:
    if g is Granularity.DAY:
        return d.isoformat()
    if g is Granularity.MONTH:
        return f"{d.year:04d}-{d.month:02d}"
    if g is Granularity.QUARTER:
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    return f"{d.year:04d}"


@lru_cache(maxsize=8192)
def _day(d: date) -> Period:
    """The single day ``d`` (periods are immutable: one object serves every caller)."""
    return Period(d, d, Granularity.DAY)


@lru_cache(maxsize=8192)
def _single(g: Granularity, year: int, part: int) -> Period:
    """A month, quarter or year (immutable, so made once for every caller)."""
    try:
        if g is Granularity.DAY:
            raise PeriodError("use Period.day for days")
        if g is Granularity.MONTH:
            last = calendar.monthrange(year, part)[1]
            return Period(date(year, part, 1), date(year, part, last), g)
        if g is Granularity.QUARTER:
            if not 1 <= part <= 4:
                raise PeriodError(f"no quarter {part}")
            m0 = 3 * (part - 1) + 1
            return Period(
                date(year, m0, 1), date(year, m0 + 2, calendar.monthrange(year, m0 + 2)[1]), g
            )
        return Period(date(year, 1, 1), date(year, 12, 31), g)
    except ValueError as exc:
        raise PeriodError(f"no such {g}: {year}-{part}: {exc}") from exc


def _parse_single(text: str) -> Period:
    for g, pattern in _PATTERNS:
        m = pattern.fullmatch(text)
        if not m:
            continue
        nums = [int(x) for x in m.groups()]
        if g is Granularity.DAY:
            try:
                return Period.day(date(nums[0], nums[1], nums[2]))
            except ValueError as exc:
                raise PeriodError(f"no such day: {text!r} ({exc})") from exc
        return _single(g, nums[0], nums[1] if len(nums) > 1 else 1)
    raise PeriodError(
        f"not a period: {text!r} (expected 2025-03-31, 2025-02, 2025-Q1, 2025 or a/b)"
    )


#: Half years and quarters as people write them: "H1 2025", "2025-H1", "Q3 2025", "2025 Q3".
_HALF = (
    re.compile(r"H([12])[\s-]*(\d{4})", re.I),
    re.compile(r"(\d{4})[\s-]*H([12])", re.I),
)
_QUARTER = (
    re.compile(r"Q([1-4])[\s-]*(\d{4})", re.I),
    re.compile(r"(\d{4})[\s-]*Q([1-4])", re.I),
)


def _spoken(text: str) -> Period | None:
    """A half year (the span of its two quarters) or a quarter written in a common way."""
    for i, pattern in enumerate(_HALF):
        m = pattern.fullmatch(text)
        if m:
            half, year = (int(m.group(1)), int(m.group(2)))[:: 1 if i == 0 else -1]
            first = 2 * half - 1
            return Period.span(_single(Granularity.QUARTER, year, first),
                               _single(Granularity.QUARTER, year, first + 1))  # fmt: skip
    for i, pattern in enumerate(_QUARTER):
        m = pattern.fullmatch(text)
        if m:
            quarter, year = (int(m.group(1)), int(m.group(2)))[:: 1 if i == 0 else -1]
            return _single(Granularity.QUARTER, year, quarter)
    return None


def parse_period(text: str) -> Period:
    """Parse a period; raise PeriodError naming the text.

    The exchange format, and also half years and quarters as people write them: "H1 2025"
    and "2025-H1" (the span 2025-Q1/2025-Q2), "Q3 2025" and "2025 Q3" (2025-Q3).
    """
    text = text.strip()
    spoken = _spoken(text)
    if spoken is not None:
        return spoken
    if "/" in text:
        a, _, b = text.partition("/")
        return Period.span(_parse_single(a.strip()), _parse_single(b.strip()))
    return _parse_single(text)


def parse_date(text: str) -> date:
    """Parse an ISO date ``YYYY-MM-DD``; raise PeriodError for a date that does not exist."""
    period = _parse_single(text.strip())
    if period.granularity is not Granularity.DAY:
        raise PeriodError(f"not a day: {text!r}")
    return period.start
