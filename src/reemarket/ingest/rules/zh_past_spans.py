"""Spans named relative to the report: last week, last month, this month.

"上周氧化镨钕均价为44.1万元/吨" is the mean of the trading week before the report's;
"氧化镝上月累计上涨4.6%" runs from the close of the month before last to the close of last
month. "本月" is the month the text speaks of (the month a review named, else the report's),
and "上月" the month before that. The words are the ``last_week``, ``last_month`` and
``this_month`` classes of ``data/vocab/zh.toml``; a word after 较/比/环比 names a base, not
the figure's own span.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reemarket.domain.periods import Granularity, Period
from reemarket.domain.trading_calendar import get_calendar
from reemarket.errors import PeriodError
from reemarket.ingest.dates import month_close, previous_trading_day, trading_week
from reemarket.ingest.rules.zh_base import Sent
from reemarket.ingest.rules.zh_dates import previous
from reemarket.ingest.rules.zh_text import compile_pattern

_SPAN_WORD = compile_pattern("(?P<lw>{LAST_WEEK})|(?P<lm>{LAST_MONTH})|(?P<tm>{THIS_MONTH})")
#: a span word after these is a base ("较上月均价", "环比上周"), not the figure's own span
_BASE_LEAD = re.compile(r"(?:较|比|与|相比|环比|同比|对比)\s*$")
#: ... and so is one followed by its close or start ("上月末", "本月初") or "以来", and a week
#: word that names a weekday ("上周五")
_NOT_SPAN = re.compile(r"^\s*(?:末|底|初|以来|至今|[一二三四五六日](?!度))")


def text_month(s: Sent) -> Period | None:
    """The month the text speaks of: the month it last named, else the report day's."""
    if s.ctx.month is not None and s.ctx.month.granularity is Granularity.MONTH:
        return s.ctx.month
    day = s.day()
    return None if day is None else Period.month(day.year, day.month)


def span_word(s: Sent, lo: int, hi: int) -> str | None:
    """Which own span word ("lw", "lm", "tm") stands last in ``s.text[lo:hi]``, if any."""
    found = None
    for m in _SPAN_WORD.finditer(s.text, lo, hi):
        if _BASE_LEAD.search(s.text, max(0, m.start() - 3), m.start()):
            continue
        if _NOT_SPAN.match(s.text[m.end() : m.end() + 3]):
            continue
        found = m.lastgroup
    return found


def mean_period(word: str, s: Sent) -> Period | None:
    """The span a mean said with ``word`` is over: last week's trading days, or a month."""
    day = s.day()
    if word == "lw":
        return None if day is None else trading_week(day, 1, day)
    month = text_month(s)
    if month is None:
        return None
    return previous(month) if word == "lm" else month


def move_span(word: str, s: Sent) -> Period | None:
    """The span a move said with ``word`` runs over, close to close.

    Last week's: from the last trading day before it to its last; last month's: from the
    close of the month before it to its own close; this month's: from the close of the month
    before to the quote's day.
    """
    if word == "lw":
        day = s.day()
        if day is None:
            return None
        week = trading_week(day, 1, day)
        return Period.span(Period.day(previous_trading_day(week.start)), Period.day(week.end))
    month = text_month(s)
    if word not in ("lm", "tm") or month is None:
        return None
    if word == "tm":  # this month so far: from the close of the month before to the quote's day
        day = s.day()
        before = month.start - timedelta(days=1)
        close = month_close(before.year, before.month)
        end = min(day, month.end) if day is not None else month.end
        if close >= end:
            return None
        return Period.span(Period.day(close), Period.day(end))
    last = previous(month)
    before = last.start - timedelta(days=1)
    return Period.span(
        Period.day(month_close(before.year, before.month)),
        Period.day(month_close(last.start.year, last.start.month)),
    )


_EXTREME_SPAN = compile_pattern(
    "(?P<yr>{YEAR_SO_FAR})|(?P<tw>{THIS_WEEK})|(?P<lw>{LAST_WEEK})|(?P<lm>{LAST_MONTH})"
    "|(?P<tm>{THIS_MONTH}|月内)"
)


def _so_far(first: date, day: date) -> Period:
    """From the first trading day on or after ``first`` to ``day``."""
    try:
        start = get_calendar("sse").next_trading_day(first - timedelta(days=1))
    except PeriodError:
        start = first
    if start >= day:
        return Period.day(day)
    return Period.span(Period.day(start), Period.day(day))


def extreme_period(s: Sent, at: int) -> Period | None:
    """The period a high or low said before ``at`` is of: the last span word of the sentence.

    "年内" is the year to the report's day, "本周" its week so far, "本月" the month the text
    speaks of (to the report's day while it runs), "上周"/"上月" the span before; with none, a
    day's own high or low (the sentence's day).
    """
    day = s.day()
    if day is None:
        return None
    found = None
    for m in _EXTREME_SPAN.finditer(s.text, 0, at):
        if _BASE_LEAD.search(s.text, max(0, m.start() - 3), m.start()):
            continue
        if m.lastgroup != "yr" and _NOT_SPAN.match(s.text[m.end() : m.end() + 3]):
            continue  # "上周五", "本月初": a day, not the span
        found = m
    if found is None:
        own = [d for d in s.dates if d.end <= at and not d.base]
        return own[-1].period if own else Period.day(day)
    kind = found.lastgroup
    if kind == "yr":
        return _so_far(date(day.year, 1, 1), day)
    if kind == "tw":
        return trading_week(day, cap=day)
    if kind in ("lw", "lm"):
        return mean_period(kind, s)
    month = text_month(s)
    if month is None:
        return None
    if month.start <= day <= month.end:
        return _so_far(month.start, day)  # the month so far
    return month
