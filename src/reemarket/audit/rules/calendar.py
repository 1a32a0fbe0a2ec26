"""Calendar: a daily price or a closing price dated on a day its market was closed.

A listed company's closing price is checked against the Shanghai exchange (SSE)
calendar; a Chinese spot price against Chinese working days (weekend make-up working
days count, public holidays do not); other markets against weekdays.

Only dates the sentence states are judged: a quote dated by inference (a "price now
stands at" dated on its publication day) says nothing wrong about its source.

Code: ``closed_market_date``.
"""

from __future__ import annotations

import datetime as dt
import re

from reemarket.audit.claims import Claim
from reemarket.audit.context import AuditContext
from reemarket.audit.findings import Finding, RuleResult, Severity
from reemarket.domain.trading_calendar import TradingCalendar, get_calendar
from reemarket.errors import PeriodError

_DAILY_PRICES = ("price", "price_low", "price_high")


def _calendar(c: Claim) -> tuple[str, TradingCalendar | None] | None:
    if c.kind == "valuation" and c.metric == "close_price":
        return "the Shanghai exchange", get_calendar("sse")
    if c.kind == "price" and c.metric in _DAILY_PRICES:
        if c.entity in ("china", "fob_china"):
            return "the Chinese market", get_calendar("cn_work")
        return "the market", None
    return None


def states_date(sentence: str, day: dt.date) -> bool:
    """Whether ``sentence`` names ``day`` itself (not only "yesterday" or nothing at all)."""
    month = day.strftime("%B")
    names = f"(?:{month}|{month[:3]}\\.?)"
    n = day.day
    patterns = [
        rf"\b{names}\s+{n}(?:st|nd|rd|th)?\b",
        rf"\b{n}(?:st|nd|rd|th)?\s+(?:of\s+)?{names}\b",
        rf"\b{day:%Y-%m-%d}\b",
        rf"\b{day.month}/{n}/{day.year}\b",
        rf"{day.month}月{n}日",
    ]
    return any(re.search(p, sentence, re.IGNORECASE) for p in patterns)


def _closed(day: dt.date, cal: TradingCalendar | None) -> bool | None:
    if cal is None:
        return day.weekday() >= 5
    try:
        return not cal.is_trading_day(day)
    except PeriodError:
        return None


def run(ctx: AuditContext) -> RuleResult:
    """Flag daily prices and closing prices dated on closed days."""
    result = RuleResult("calendar")
    for c in ctx.claims:
        which = _calendar(c)
        if which is None or not c.is_day or c.start is None:
            continue
        name, cal = which
        if not states_date(c.sentence, c.start):
            continue
        closed = _closed(c.start, cal)
        if closed is None:
            continue
        result.check(c.id)
        if not closed:
            continue
        before = ""
        if cal is not None:
            try:
                before = f"; the previous trading day was {cal.previous_trading_day(c.start)}"
            except PeriodError:
                before = ""
        what = "closing price" if c.metric == "close_price" else f"{c.subject} {c.metric}"
        result.flag(
            Finding(
                code="closed_market_date",
                severity=Severity.WARNING,
                fact_ids=(c.id,),
                document_id=c.document_id,
                message=f"{c.entity} {what} {c.value:,.10g} {c.unit} is dated {c.start} "
                f"({c.start:%A}), when {name} was closed{before}",
                detail={"date": c.start.isoformat(), "sentence": c.sentence},
            )
        )
    return result
