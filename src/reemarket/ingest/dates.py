"""Date expressions in report prose, resolved against the document date.

``find_dates`` returns each date mention with its span and, where it can be
resolved, a :class:`~reemarket.domain.periods.Period`: "on February 28", "Mar 4,
2025", "18 April", "2025-03-31", "in Q1", "Q4 2024", "H1 2025", "January-May",
"between January and October", "the first ten months of 2024", "the September
2024 quarter", "last year", "this year", "yesterday", "today", "last Thursday",
"a week earlier", "the previous trading day", "last month", "through 2030".
Dates without a year take the document's year (the latest such date not after the
publication date). A mention that needs the publication date when the document has
none is returned with ``period=None`` (unresolved).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from reemarket.domain.periods import Granularity, Period
from reemarket.domain.trading_calendar import get_calendar
from reemarket.errors import PeriodError
from reemarket.ingest.date_base import is_ref_before
from reemarket.ingest.date_scan import GROUPS, PATTERNS, scan
from reemarket.ingest.fastre import lower
from reemarket.ingest.startwords import Prechecked

#: Regex fragments the extractors' patterns share, in lower case (for a case-insensitive
#: pattern or lower-cased text): a month's first three letters (the pattern adds what may
#: follow, ``[a-z]*\b`` or ``[a-z]*\.?``), a day of the week, and a working day.
MONTH_HEAD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
WORKDAY = r"(?:mon|tues|wednes|thurs|fri)day"

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_ORD = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_NUMWORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


@dataclass
class DocDates:
    """What dates in a document are resolved against, plus what earlier sentences named."""

    published: date | None
    year: int | None
    #: The month a fiscal year written "2024-25" starts in, from the country the document is
    #: set in (4 in India and Japan, 7 in Australia); None: such a year is its first year.
    fiscal_start: int | None = None
    last_quarter: Period | None = None
    last_month: Period | None = None
    #: The quarter a company's quarterly report is about (its title's "quarter ended 30
    #: September 2025"): "the quarter" in it is that quarter, not the last one named.
    report_quarter: Period | None = None
    #: Reads ``report_quarter`` when "the quarter" first needs it (then set to None): the
    #: opening lines of most documents are never read for it.
    report_quarter_reader: Callable[[], Period | None] | None = None
    #: The last half-year named ("the six months to December 31"), for "over the half".
    last_half: Period | None = None
    #: Whether ``last_year`` was named as a year ("2025", "this year"), not implied by a month.
    year_named: bool = False
    last_year: Period | None = None
    last_day: Period | None = None
    calendar_name: str = "sse"
    #: The last fiscal year named by the month it closes ("the year to June"), and whether
    #: it, not a calendar year, is the year last named.
    last_fiscal: Period | None = None
    fiscal_latest: bool = False
    notes: list[str] = field(default_factory=list)

    def quarter_of_report(self) -> Period | None:
        """``report_quarter``, read by ``report_quarter_reader`` on first use if one is set."""
        if self.report_quarter_reader is not None:
            reader, self.report_quarter_reader = self.report_quarter_reader, None
            self.report_quarter = reader()
        return self.report_quarter

    @property
    def ref_year(self) -> int | None:
        """The year a date without one belongs to, before the not-in-future rule."""
        if self.published:
            return self.published.year
        return self.year


class DateMention(NamedTuple):
    """A date expression in a sentence, resolved or not."""

    start: int
    end: int
    kind: str
    period: Period | None
    is_ref: bool = False
    relative: str | None = None
    text: str = ""


_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "fifteen": 15, "twenty": 20, "twelve": 12, "thirty": 30, "sixty": 60,
    "ninety": 90,
}  # fmt: skip


def _sessions_to(g: dict[str, str | None], ctx: DocDates) -> Period | None:
    """The span of "the four sessions to October 17": that many trading days to the day."""
    mon = _month(g.get("mon") or g.get("mon2") or "")
    day = int(g.get("d") or g.get("d2") or 0)
    y = int(g.get("y") or 0) or _fit_year(ctx, mon, day)
    if y is None:
        return None
    count = (g.get("n") or "").lower()
    n = int(count) if count.isdigit() else _COUNT_WORDS[count]
    last = first = date(y, mon, day)
    for _ in range(n - 1):
        first = previous_trading_day(first)
    return Period.span(Period.day(first), Period.day(last))


def _day_run(g: dict[str, str | None], ctx: DocDates) -> Period | None:
    """The span of "4-8 September" or "from May 12 to May 16": first to last day."""
    end_mon = _month(g.get("mon2") or g.get("mon") or g.get("mon3") or "")
    start_mon = _month(g.get("mon") or g.get("mon4") or g.get("mon3") or "")
    d1, d2 = int(g.get("d1") or g.get("d3") or 0), int(g.get("d2") or g.get("d4") or 0)
    y = int(g.get("y") or 0) or _fit_year(ctx, end_mon, d2)
    if y is None:
        return None
    first, last = date(y, start_mon, d1), date(y, end_mon, d2)
    if first >= last or (last - first).days > 31:
        raise ValueError("not a run of days")
    return Period.span(Period.day(first), Period.day(last))


def _month_so_far(g: dict[str, str | None], pub: date | None) -> Period | None:
    """The span of "August so far": the month's first day to the report's (or its close)."""
    if pub is None:
        return None
    named = g.get("mon") or g.get("mon2")
    month = _month(named) if named else pub.month
    year = pub.year if month <= pub.month else pub.year - 1
    first = date(year, month, 1)
    last = pub if (year, month) == (pub.year, pub.month) else month_close(year, month)
    return Period.span(Period.day(first), Period.day(last))


def _month(tok: str) -> int:
    return MONTHS[tok.lower().rstrip(".")[:3]]


def _fit_year(
    ctx: DocDates, month: int, day: int | None = None, *, ahead: bool = False
) -> int | None:
    """The year of a month (and day) named without one.

    Not after publication (a week's grace), or, ``ahead``, not after the month following
    publication (listing prices are announced for the coming month).
    """
    y = ctx.ref_year
    if y is None:
        return None
    if ctx.published:
        candidate_day = day or 1
        try:
            candidate = date(y, month, candidate_day)
        except ValueError:
            candidate = date(y, month, 1)
        pub = ctx.published
        limit = pub + timedelta(days=7)
        if ahead:
            limit = date(pub.year + pub.month // 12, pub.month % 12 + 1, 1)
        if candidate > limit:
            return y - 1
    return y


def _nth_day(pub: date, day: int) -> Period | None:
    """A bare "the 27th": the latest 27th not after publication (a report tells the past).

    A day the month lacks ("the 31st" in a June report) is the last month that has it.
    """
    y, m = pub.year, pub.month
    for _ in range(3):
        try:
            found = date(y, m, day)
        except ValueError:
            found = None
        if found is not None and found <= pub:
            return Period.day(found)
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return None


def _yq(ctx: DocDates, yq: str | None, explicit: str | None) -> int | None:
    if explicit:
        return int(explicit)
    if yq and ctx.ref_year:
        w = yq.lower()
        return ctx.ref_year + (0 if w == "this" else 1 if w == "next" else -1)
    return None


def previous_trading_day(day: date, calendar: str = "sse") -> date:
    """The Shanghai trading day before ``day`` (falls back to the previous weekday)."""
    try:
        return get_calendar(calendar).previous_trading_day(day)
    except PeriodError:
        d = day - timedelta(days=1)
        while d.weekday() >= 5:
            d -= timedelta(days=1)
        return d


def month_close(year: int, month: int, calendar: str = "sse") -> date:
    """The last trading day of a month ("the end of June", "closed the month at")."""
    return previous_trading_day(date(year + month // 12, month % 12 + 1, 1), calendar)


def first_trading_day(year: int, month: int, calendar: str = "sse") -> date:
    """The first trading day of a month ("the start of February" as a change's base)."""
    return next_trading_day(date(year, month, 1) - timedelta(days=1), calendar)


def next_trading_day(day: date, calendar: str = "sse") -> date:
    """The trading day after ``day`` (the next weekday when the calendar says nothing)."""
    d = day + timedelta(days=1)
    while previous_trading_day(d + timedelta(days=1), calendar) != d:
        d += timedelta(days=1)
    return d


def trading_week(day: date, back: int = 0, cap: date | None = None) -> Period:
    """The trading days of the week holding ``day`` (``back`` weeks before), up to ``cap``.

    From the week's first to its last trading day on the exchange calendar, so a holiday at
    either end (五一, 国庆) is not in it, and none after ``cap`` (the report's day); Monday to
    Friday when the calendar has no trading day for it.
    """
    monday = day - timedelta(days=day.weekday() + 7 * back)
    plain = Period.span(Period.day(monday), Period.day(monday + timedelta(days=4)))
    try:
        days = get_calendar("sse").trading_days(monday, monday + timedelta(days=6))
    except PeriodError:
        return plain
    days = [d for d in days if cap is None or d <= cap]
    if not days:
        return plain
    return Period.span(Period.day(days[0]), Period.day(days[-1]))


_ENDED_MONTHS = {"quarter": 3, "three": 3, "3": 3, "half": 6, "six": 6, "6": 6, "nine": 9, "9": 9}


def _fiscal_quarter(fy: str, q: int) -> Period:
    """Quarter ``q`` of a July-June fiscal year ("Q1 FY26" = July-September 2025)."""
    year = int(fy) if len(fy) == 4 else 2000 + int(fy)
    month = 7 + 3 * (q - 1)
    y = year - 1 if month <= 12 else year
    month = month if month <= 12 else month - 12
    return Period.quarter(y, (month - 1) // 3 + 1)


_PARTS = {
    ("first", "half"): (1, 15),
    ("second", "half"): (16, 31),
    ("last", "half"): (16, 31),
    ("final", "half"): (16, 31),
    ("first", "ten"): (1, 10),
    ("first", "third"): (1, 10),
    ("middle", "ten"): (11, 20),
    ("second", "ten"): (11, 20),
    ("middle", "third"): (11, 20),
    ("second", "third"): (11, 20),
    ("last", "ten"): (21, 31),
    ("final", "ten"): (21, 31),
    ("last", "third"): (21, 31),
    ("final", "third"): (21, 31),
}


def _month_part(g: dict[str, str | None], ctx: DocDates) -> Period | None:
    """Part of a named month ("the first half of March": 1-15 March), as a span of days."""
    part = (g.get("part") or "").lower().replace("10", "ten").split()[0]
    days = _PARTS.get(((g.get("pt") or "").lower(), part))
    if days is None or not g.get("mon"):
        return None  # "the first half of the month": which month is not said here
    mon = _month(g["mon"] or "")
    y = int(g["y"] or 0) if g.get("y") else _fit_year(ctx, mon, days[0])
    if not y:
        return None
    last = (date(y + mon // 12, mon % 12 + 1, 1) - timedelta(days=1)).day
    return Period.span(
        Period.day(date(y, mon, days[0])), Period.day(date(y, mon, min(days[1], last)))
    )


_TRAIL_UNITS = {"day": ("d", 1), "week": ("d", 7), "fortnight": ("d", 14), "month": ("m", 1)}


def _trailing(g: dict[str, str | None]) -> str | None:
    """A span counted back from a day, as ``trail_d<days>`` or ``trail_m<months>``.

    "the past week" is ``trail_d7``, "the last 30 days" ``trail_d30``, "the past three
    months" ``trail_m3``, "the past five sessions" (trading days) ``trail_s5``.
    """
    unit = (g.get("u1") or g.get("u") or g.get("u2") or g.get("u3") or "").lower().rstrip("s")
    raw = (g.get("n") or g.get("n2") or "1").lower()
    n = int(raw) if raw.isdigit() else _COUNT_WORDS.get(raw)
    if g.get("us"):
        return f"trail_s{n}" if n else None
    if unit not in _TRAIL_UNITS or not n:
        return None
    letter, per = _TRAIL_UNITS[unit]
    return f"trail_{letter}{n * per}"


def _span_to(g: dict[str, str | None], ctx: DocDates) -> Period | None:
    """The span of "the 30 days to October 10", "the week to Thursday": back from the day."""
    if g.get("wd"):
        pub = ctx.published
        if pub is None:
            return None
        end = pub - timedelta(days=(pub.weekday() - WEEKDAYS[(g["wd"] or "").lower()]) % 7)
    else:
        mon = _month(g.get("mon") or g.get("mon2") or "")
        day = int(g.get("d") or g.get("d2") or 0)
        y = int(g.get("y") or 0) or _fit_year(ctx, mon, day)
        if y is None:
            return None
        end = date(y, mon, day)
    trail = _trailing(g)
    if trail is None:
        return None
    start = end - timedelta(days=int(trail[7:]))
    return Period.span(Period.day(start), Period.day(end))


def _resolve(
    kind: str, g: dict[str, str | None], ctx: DocDates
) -> tuple[Period | None, str | None]:
    pub = ctx.published
    if kind == "dmy":
        a, b = int(g["a"] or 0), int(g["b"] or 0)
        d, m = (b, a) if b > 12 >= a else (a, b)
        if not (1 <= m <= 12 and 1 <= d <= 31):
            return None, None
        y = int(g["y"] or 0) if g.get("y") else _fit_year(ctx, m, d)
        return (Period.day(date(y, m, d)) if y else None), None
    if kind in ("iso", "mdy_dash"):
        return Period.day(
            date(
                int(g["y"] or 0),
                int(g["m"] or 1) if g.get("m") else _month(g["mon"] or ""),
                int(g["d"] or 1),
            )
        ), None
    if kind == "sessions_to":
        return _sessions_to(g, ctx), None
    if kind in ("dspan", "between_days"):
        return _day_run(g, ctx), None
    if kind == "fy_span":  # "in 2024-25": a fiscal year where the country's is known
        y_first, y_next = int(g["y"] or 0), int(g["yy"] or 0)
        fs = ctx.fiscal_start
        if fs is None or fs == 1 or y_next != (y_first + 1) % 100:
            return Period.year(y_first), None
        return Period.span(Period.month(y_first, fs), Period.month(y_first + 1, fs - 1)), None
    if kind == "week_of":  # the trading days of the week holding the day named
        mon = _month(g.get("mon") or g.get("mon2") or "")
        d = int(g.get("d") or g.get("d2") or 1)
        named = g.get("y")
        y = int(named) if named else _fit_year(ctx, mon, d)
        return (trading_week(date(y, mon, d)) if y else None), None
    if kind in ("md", "dm"):
        mon = _month(g["mon"] or "")
        d = int(g["d"] or 1)
        y = _yq(ctx, g.get("yq"), g.get("y")) or _fit_year(ctx, mon, d)
        return (Period.day(date(y, mon, d)) if y else None), None
    if kind == "nth":
        if pub is None:
            return None, "nth"
        return _nth_day(pub, int(g["d"] or 1)), None
    if kind == "month":
        mon = _month(g["mon"] or "")
        ahead = g.get("ahead") is not None  # listing prices: up to the month after publication
        y = _yq(ctx, g.get("yq"), g.get("y")) or _fit_year(ctx, mon, ahead=ahead)
        return (Period.month(y, mon) if y else None), None
    if kind == "qtr_month":
        mon = _month(g["mon"] or "")
        named = g.get("y") or g.get("y2")
        y = int(named) if named else _fit_year(ctx, mon)
        if y and (g.get("len") or "").lower() == "half":  # "the December half": Jul-Dec
            start_n = y * 12 + mon - 6
            start = Period.month(start_n // 12, start_n % 12 + 1)
            return Period.span(start, Period.month(y, mon)), None
        return (Period.quarter(y, (mon - 1) // 3 + 1) if y else None), None
    if kind == "mspan":
        m1, m2 = _month(g["mon"] or ""), _month(g["mon2"] or "")
        y = int(g["y"] or 0) if g.get("y") else _fit_year(ctx, m2)
        if g.get("y1") and y and (int(g["y1"] or 0), m1) <= (y, m2):  # "April 2024 - March 2025"
            return Period.span(Period.month(int(g["y1"] or 0), m1), Period.month(y, m2)), None
        if not y or m2 < m1:
            return None, None
        if g.get("qtr") and m2 - m1 == 2 and m2 % 3 == 0:
            return Period.quarter(y, m2 // 3), None  # "the July-September quarter"
        return Period.span(Period.month(y, m1), Period.month(y, m2)), None
    if kind == "mpart":
        return _month_part(g, ctx), None
    if kind == "first_months":
        n = g["n"] or g.get("n3") or g.get("n4") or "2"
        k = int(n) if n.isdigit() else _NUMWORDS.get(n.lower(), 2)
        if g.get("nq"):
            nq = g["nq"] or "2"
            k = 3 * (int(nq) if nq.isdigit() else _NUMWORDS.get(nq, 2))
        y = int(g["y"] or 0) if g.get("y") else _fit_year(ctx, k)
        if not y or not 1 <= k <= 12:
            return None, None
        if k == 3:  # "the first three months": the first quarter
            return Period.quarter(y, 1), None
        return Period.span(Period.month(y, 1), Period.month(y, k)), None
    if kind == "fyq" and (g.get("y4") or g.get("y5") or g.get("y6") or g.get("y7")):
        h = int(g.get("h") or g.get("h2") or g.get("h3") or g.get("h4") or 0) or (
            2 if (g.get("ho") or "").lower() == "second" else 1
        )
        fy = g.get("y4") or g.get("y5") or g.get("y6") or g.get("y7") or "0"
        fq = _fiscal_quarter(fy, 2 * h - 1)
        return Period.span(
            Period.month(fq.start.year, fq.start.month),
            Period.month(fq.start.year, fq.start.month + 5),
        ), None
    if kind == "fyq":
        q = int(
            g.get("q")
            or g.get("q2")
            or g.get("q9")
            or _ORD.get((g.get("qo") or g.get("qo2") or "first").lower(), 1)
        )
        fy = g.get("y") or g.get("y2") or g.get("y3") or g.get("y8") or g.get("y9") or "0"
        return _fiscal_quarter(fy, q), None
    if kind == "mtd":
        return _month_so_far(g, pub), None
    if kind == "ytd":
        if pub is None:
            return None, "ytd"
        return Period.span(Period.day(date(pub.year, 1, 1)), Period.day(pub)), "ytd"
    if kind == "qspan":  # "1-3Q25", "9M23": January to the last month named
        raw = g.get("y") or g.get("ym") or ""
        nm = g.get("nm")
        last = int(nm) if nm else 3 * int(g.get("qe") or "4")
        y = int(raw) if len(raw) == 4 else 2000 + int(raw)
        return Period.span(Period.month(y, 1), Period.month(y, last)), None
    if kind == "quarter":
        q = int(
            g.get("q")
            or g.get("q2")
            or g.get("q3")
            or _ORD.get((g.get("qo") or "first").lower(), 1)
        )
        two = g.get("y4")  # "3Q25"
        y = _yq(
            ctx,
            g.get("yq"),
            g.get("y") or g.get("y2") or g.get("y3") or (f"20{two}" if two else None),
        ) or _fit_year(ctx, 3 * q - 2)
        return (Period.quarter(y, q) if y else None), None
    if kind == "half":
        h = int(
            g.get("h") or g.get("h2") or (1 if (g.get("ho") or "first").lower() == "first" else 2)
        )
        two = g.get("y2")  # "1H24", "H2'23"
        y = _yq(ctx, g.get("yq"), g.get("y") or (f"20{two}" if two else None)) or _fit_year(
            ctx, 6 * h - 5
        )
        if not y:
            return None, None
        return Period.span(Period.month(y, 6 * h - 5), Period.month(y, 6 * h)), None
    if kind == "the_quarter":
        return ctx.quarter_of_report() or ctx.last_quarter, None
    if kind == "the_half":
        return ctx.last_half, None
    if kind == "fiscal_the":  # "in the financial year": the fiscal year last named
        return ctx.last_fiscal, None
    if kind == "prev_annual":  # "the previous year": before the year in hand
        if ctx.fiscal_latest and ctx.last_fiscal is not None:
            fy_a, fy_b = ctx.last_fiscal.start, ctx.last_fiscal.end
            return Period.span(
                Period.month(fy_a.year - 1, fy_a.month), Period.month(fy_b.year - 1, fy_b.month)
            ), None
        return (Period.year(ctx.ref_year - 1) if ctx.ref_year else None), None
    if kind == "month_close":  # "on the last trading day of November", "the May close"
        mon = _month(g["mon"] or g.get("mon2") or g.get("mon3") or "")
        named = g.get("y") or g.get("y2") or g.get("y3")
        y = int(named) if named else _fit_year(ctx, mon, 28)
        if not y:
            return None, None
        return Period.day(month_close(y, mon, ctx.calendar_name)), None
    if kind == "month_open":  # "the start of February": the month's first trading day
        mon = _month(g["mon"] or "")
        y = int(g["y"] or 0) if g.get("y") else _fit_year(ctx, mon, 1)
        if not y:
            return None, None
        return Period.day(first_trading_day(y, mon, ctx.calendar_name)), None
    if kind == "the_month":
        return ctx.last_month, None
    if kind == "ended":
        mon = _month(g.get("mon") or g.get("mon2") or g.get("mon3") or "")
        y = int(g["y"] or 0) if g.get("y") else _fit_year(ctx, mon, 28)
        if not y:
            return None, None
        months = _ENDED_MONTHS.get(re.split(r"[\s-]", (g.get("len") or "year").lower())[0], 12)
        end = Period.month(y, mon)
        if months == 3 and mon % 3 == 0:
            return Period.quarter(y, mon // 3), None
        first = (y * 12 + mon - months) // 12, (y * 12 + mon - months) % 12 + 1
        start = Period.month(first[0], first[1])
        if months == 12 and mon == 12:
            return Period.year(y), None
        return Period.span(start, end), None
    if kind == "yspan":
        a, b = int(g["y"] or g["yb"] or 0), int(g["y2"] or g["yb2"] or 0)
        if b <= a:
            return None, None
        return Period.span(Period.year(a), Period.year(b)), None
    if kind == "until":
        return Period.year(int(g["y"] or 0)), "until"
    if kind == "year_end":  # "at the end of 2024": December's reading
        return Period.month(int(g["y"] or 0), 12), None
    if kind == "year":
        yy = g.get("yy")
        if yy:
            return Period.year(2000 + int(yy)), None  # "FY25"
        return Period.year(int(g["y"] or 0)), None
    if kind == "rel_year":
        if g.get("fy"):
            return _whole_year(ctx), None
        r = (g.get("r") or "last").lower()
        if ctx.ref_year is None:
            return None, None
        return Period.year(ctx.ref_year + (0 if r == "this" else 1 if r == "next" else -1)), None
    if kind == "rel_month":
        r = (g.get("r") or "last").lower()
        if pub is None:
            return None, None
        y, m = pub.year, pub.month
        if r == "next":  # "next month": an outlook's month, after publication
            y, m = (y, m + 1) if m < 12 else (y + 1, 1)
            return Period.month(y, m), None
        if r != "this":
            m -= 1
            if m == 0:
                y, m = y - 1, 12
        return Period.month(y, m), ("prev_month" if r != "this" else None)
    if kind == "rel_week":
        if (g.get("r") or "").lower() == "this":
            return (Period.day(pub) if pub else None), "this_week"
        return None, "week"
    if kind == "prev_day":
        return None, "prev_day"
    if kind == "fortnight":
        return None, "fortnight"
    if kind == "trailing":
        return None, _trailing(g)
    if kind == "span_to":
        return _span_to(g, ctx), None
    if kind == "same_day":
        if ctx.last_day is None and g.get("sess") and pub is not None:
            return Period.day(pub), None  # "unchanged on the session", no session named before
        return ctx.last_day, None
    if kind == "period_edge":
        whole = {
            "quarter": ctx.last_quarter,
            "month": ctx.last_month,
            "year": ctx.last_year,
        }.get((g.get("u") or g.get("u2") or g.get("u3") or "").lower())
        if whole is None or whole.granularity is Granularity.DAY:
            return None, None
        edge = (g.get("e") or g.get("e2") or "").lower()
        if g.get("u2") or edge.startswith(("end", "clos", "finish", "last", "final")):
            return Period.day(previous_trading_day(whole.end + timedelta(days=1))), None
        opening: date = whole.start
        while previous_trading_day(opening + timedelta(days=1)) != opening:
            opening += timedelta(days=1)  # the first trading day of the period
        return Period.day(opening), None
    if kind == "later":
        return _later(g, ctx), None
    if kind == "week_close":  # "as the week closed": the week's last session up to the report
        if pub is None:
            return None, None
        # early in a week (Monday to Wednesday) the week that closed is the one before
        closing_edge = (
            pub - timedelta(days=pub.weekday()) if pub.weekday() < 3 else pub + timedelta(1)
        )
        return Period.day(previous_trading_day(closing_edge, ctx.calendar_name)), None
    if kind == "today":
        return (Period.day(pub) if pub else None), "today"
    if kind == "yesterday":
        return (Period.day(previous_trading_day(pub, ctx.calendar_name)) if pub else None), None
    if kind == "weekday":
        if pub is None:
            return None, None
        named = (
            g["wd"]
            or g.get("wd2")
            or g.get("wd3")
            or g.get("wd4")
            or g.get("wd5")
            or g.get("wd6")
            or g.get("wd7")
            or "monday"
        ).lower()
        wd = next(v for k, v in WEEKDAYS.items() if k.startswith(named.rstrip(".")[:3]))
        r = (g.get("r") or g.get("r6") or "on").lower()
        day: date
        if r == "this":
            day = pub - timedelta(days=pub.weekday()) + timedelta(days=wd)
        elif r in ("last", "previous"):
            day = pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)
        else:
            day = pub - timedelta(days=(pub.weekday() - wd) % 7)
        return Period.day(day), None
    return None, None


def _whole_year(ctx: DocDates) -> Period | None:
    """Which year "the full year" is: the year last named or implied, else the document's.

    A whole year that had begun less than a quarter before publication is the year just
    ended: annual figures come out in January to March ("For the full year, exports fell
    2.6%" in a February report, after a sentence on January). A fiscal year named after the
    last calendar year ("the twelve months to 30 June") is the year in hand: "output
    reached 6,500 t for the year" after it is that fiscal year's.
    """
    if ctx.fiscal_latest and ctx.last_fiscal is not None:
        return ctx.last_fiscal
    year = ctx.last_year.start.year if ctx.last_year else ctx.ref_year
    if year is None:
        return None
    pub = ctx.published
    if pub is not None and year == pub.year and pub.month <= 3 and not ctx.year_named:
        year -= 1
    return Period.year(year)


#: A superlative naming the span a level is a record of ("the highest this year", "its lowest
#: level since", "a two-year high in"): that span dates no figure.
_RECORD = Prechecked(
    re.compile(
        r"\b(?:highest|lowest|strongest|weakest|steepest|sharpest|biggest|largest)\s+"
        # ("its biggest gain in a week": the record's span, not the move's)
        r"(?:(?:level|point|close|price|reading|mark|gain|rise|fall|drop|jump|increase|decline"
        r"|loss|move|advance|slide)s?\s+)?(?:so\s+far\s+)?(?:in\s+|for\s+)?$"
        # "sharpest daily drop of 2025", "biggest one-day gain this year": a move's record
        r"|\b(?:steepest|sharpest|biggest|largest)\s+(?:(?:daily|weekly|monthly|one-day"
        r"|single-day|one-week|session)\s+)?(?:fall|drop|decline|slide|loss|gain|rise|jump"
        r"|increase|move)s?\s+(?:so\s+far\s+)?(?:in\s+|of\s+|for\s+)?$",
        re.I,
    )
)
#: ... and one told by "since": "the biggest one-day move in either direction since early
#: May" (a month named alone; "the lowest since 2020" keeps its year a date, not a figure).
_RECORD_SINCE = Prechecked(
    re.compile(
        r"\b(?:highest|lowest|strongest|weakest|steepest|sharpest|biggest|largest)\b[^,;.]{0,50}?"
        r"\bsince\s+(?:(?:early|mid|late)[\s-]+)?$",
        re.I,
    )
)
#: "The drop was steepest in May, when ...": the clause after names what happened then, so
#: the month dates the figures of that clause, not a record's span.
_WHEN_AFTER = re.compile(r",?\s+when\b", re.I)
#: A percentage set on a period ("22% on the", "5 per cent over").
_PCT_ON = Prechecked(re.compile(r"(?:\d%|\bper\s?cent|\bpc)\s+(?:on|over)\s+(?:the\s+)?$", re.I))


#: The words before "May" that make it the month ("in May", "the May figure", "below May's").
_MONTH_MAY_BEFORE = re.compile(
    r"(?:in|of|to|from|and|since|end|mid|early|late|the|below|above|than|over|until|through)"
    r"\s*-?\s*$"
)


#: A figure right after a word: "May 391,400", "May $51.2".
_FIGURE_AFTER = re.compile(r"\s+[$€¥]?\d")


def find_dates(text: str, ctx: DocDates, low: str | None = None) -> list[DateMention]:
    """Every date mention in ``text``, resolved against ``ctx`` where possible."""
    out: list[DateMention] = []
    low = lower(text) if low is None else low
    for kind_index, m in scan(low):
        kind = PATTERNS[kind_index][0]
        g = {name: m.group(full) for name, full in GROUPS[kind_index]}
        original = text[m.start() : m.end()]
        if (
            kind in ("month", "month_close")
            and (g.get("mon2") or kind == "month")
            and original[:1].islower()
        ):
            continue  # "prices may close higher": a verb, not the May close
        if kind == "month" and original.lower().startswith("may") and not g.get("y"):
            before = text[max(0, m.start() - 12) : m.start()].lower()
            # "in May", "the May figure", "below May's": the month; "prices may ease": a verb
            if not _MONTH_MAY_BEFORE.search(before) and not (
                original[:1] == "M" and _FIGURE_AFTER.match(text, m.end())
            ):
                continue  # ... but a capital "May" right before a figure labels it: "May 391,400"
        try:
            period, rel = _resolve(kind, g, ctx)
        except (PeriodError, ValueError, KeyError):
            continue
        if (
            period is None
            and kind == "the_quarter"
            and original[:1] in "Qq"
            and ctx.last_quarter is None
        ):
            continue  # "Quarterly revenue" before any quarter is named: the title's, not none
        before = text[max(0, m.start() - 60) : m.start()]
        if (
            _RECORD.search(before)
            or (_RECORD_SINCE.search(before) and not any(c.isdigit() for c in original))
        ) and not _WHEN_AFTER.match(text, m.end()):
            continue  # "up 5.9% on day, highest this year": the record's span, not the figure's
        is_ref = is_ref_before(before) or kind in ("prev_day",)
        if _PCT_ON.search(before) and re.search(r"\d{4}", original):
            is_ref = True  # "31% above the December 2023 quarter": a period with its year
        if (
            kind == "mspan"
            and re.match(r"from\s", m.group(0), re.I)
            and not re.search(r"\bto\b|\bthrough\b", m.group(0), re.I)
        ):
            is_ref = True
        if kind == "ytd" and original.lower().startswith("since"):
            is_ref = True
        if kind == "trailing":
            is_ref = True  # "over the past week": the span a move runs over, counted back
        if kind == "rel_week" and not original.lower().startswith("this"):
            is_ref = True  # "a week earlier", "last week", "week on week": a comparison base
        if kind in ("rel_month", "rel_year") and re.search(r"earlier|ago", m.group(0), re.I):
            is_ref = True  # "a month ago", "a year earlier": a comparison base
        if kind == "prev_annual" and m.group(0).lower().endswith("before"):
            is_ref = True  # "against 10,342 t the year before": a year-ago base
        if kind in ("rel_year", "year") and _GROWTH_ON.search(before):
            is_ref = True  # "up 5.9% on last year": the year it grew from
        if before.endswith("(") and _LABEL_COLON.match(text, m.end()):
            is_ref = True  # "444,000 yuan/t (Thursday: 442,000)": the bracketed base's day
        if kind == "year" and text[max(0, m.start() - 6) : m.start()].lower().endswith("for "):
            is_ref = False
        out.append(DateMention(m.start(), m.end(), kind, period, is_ref, rel, original))
    if len(out) > 1 and "(" in text:
        out = _bracket_restated(text, out)
    return out


#: Where a document is set, for its "2024-25" fiscal years: April-March in India and Japan,
#: July-June in Australia (a dateline or the country's own words in the opening).
_FISCAL_COUNTRIES = (
    (Prechecked(re.compile(r"\b(?:New Delhi|Mumbai|India|Indian|PTI|crore|lakh)\b")), 4),
    (Prechecked(re.compile(r"\b(?:Tokyo|Japan|Japanese|JOGMEC|METI)\b")), 4),
    (Prechecked(re.compile(r"\b(?:ASX|Australia|Australian|Perth|Sydney|Canberra)\b")), 7),
)


def fiscal_start(text: str) -> int | None:
    """The month a document's "2024-25" years start in, from its opening 600 characters."""
    head = text[:600]
    hits = [(m.start(), month) for rx, month in _FISCAL_COUNTRIES if (m := rx.search(head))]
    return min(hits)[1] if hits else None


#: A growth figure right before a year it is counted on ("up 5.9% on last year", "4% over
#: 2023").
_GROWTH_ON = re.compile(
    r"\b(?:up|down|higher|lower|rose|fell|grew|gained|increased|decreased)\s+(?:by\s+)?"
    r"[\d.,]+\s*(?:%|per\s*cent|pc|pct)\s+(?:on|over)\s+$",
    re.I,
)
#: A colon or a space after a bracketed day label ("(Mar 6: 442,000 yuan/t)", "(last Fri
#: 1.75)"): the day of the level in the brackets.
_LABEL_COLON = re.compile(r"(?:\s*:\s*|\s+)[-+]?(?:US\$|\$|¥|€)?\d")


def _bracket_restated(text: str, found: list[DateMention]) -> list[DateMention]:
    """A period restated in brackets right after it refines it.

    "FY2025 (the year to 30 June 2025)" is July 2024 to June 2025, not the calendar year.
    """
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (
            b.period is not None
            and a.period is not None
            and _OPEN_BRACKET.fullmatch(text, a.end, b.start)
            and (
                a.period.start <= b.period.start <= b.period.end <= a.period.end
                or (a.text[:2].upper() == "FY" and b.period.end.year == a.period.end.year)
            )
            and b.period != a.period
        ):
            out[i] = a._replace(period=b.period)  # a fiscal year, or a part of the period
    return out


_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def _months_of(p: Period) -> int:
    """How many calendar months a period covers."""
    return (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1


def _later(g: dict[str, str | None], ctx: DocDates) -> Period | None:
    """The day "one month later", "two weeks later" names, from the last day named."""
    if ctx.last_day is None or ctx.last_day.is_span:
        return None
    raw = (g.get("n") or "one").lower()
    count = 1 if raw in ("a", "an", "one") else _COUNT_WORDS.get(raw) or int(raw)
    start = ctx.last_day.start
    step = (g.get("u") or "day").lower()
    if step == "month":
        y, m = divmod(start.year * 12 + start.month - 1 + count, 12)
        try:
            return Period.day(date(y, m + 1, start.day))
        except ValueError:
            return None
    return Period.day(start + timedelta(days=count * (7 if step == "week" else 1)))


def remember(ctx: DocDates, mentions: list[DateMention]) -> None:
    """Keep the last quarter and year named, for "the quarter" and "for the year"."""
    for dm in mentions:
        p = dm.period
        if p is None or dm.is_ref:
            continue
        if p.granularity is Granularity.DAY and not p.is_span:
            ctx.last_day = p
        if p.granularity is Granularity.QUARTER and not p.is_span:
            ctx.last_quarter = p
        if p.granularity is Granularity.MONTH and not p.is_span:
            ctx.last_month = p
        if p.is_span and p.granularity is Granularity.MONTH and _months_of(p) == 6:
            ctx.last_half = p
        if dm.kind == "ended" and p.is_span and _months_of(p) == 12:
            ctx.last_fiscal, ctx.fiscal_latest = p, True
        elif dm.kind in ("year", "rel_year"):
            ctx.fiscal_latest = False
        if (p.granularity is Granularity.YEAR and not p.is_span and dm.kind == "year") or (
            dm.kind == "rel_year"
            and re.search(r"this|last|next|previous|ago|earlier", dm.text, re.I)
        ):
            ctx.last_year = p
            ctx.year_named = True
        elif dm.kind in (
            "quarter",
            "month",
            "year_end",
            "mspan",
            "first_months",
            "half",
            "qtr_month",
            "md",
            "dm",
            "iso",
        ):
            ctx.last_year = Period.year(p.end.year)
            ctx.year_named = False
