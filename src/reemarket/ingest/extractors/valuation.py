"""Valuation lines of listed companies.

Valuation lines: "Market value: 95 billion CNY", "P/E: 41.3", "shut at 27.15 CNY on
4 March 2025; 52-week range 18.02-33.40 CNY", "the stock has doubled this year".
"""

from __future__ import annotations

import re
from datetime import timedelta

from reemarket.domain.companies import profiles
from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.dates import month_close
from reemarket.ingest.extractors.date_binding import bind_period
from reemarket.ingest.extractors.figure_words import sentence_dollar, signed
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.extractors.subjects import company_for
from reemarket.ingest.numbers import Quantity

METRICS = {
    "market_cap": "market_cap",
    "pe": "pe_ratio",
    "close": "close_price",
    "high52": "high_52w",
    "low52": "low_52w",
    "range52": "low_52w",  # and high_52w: both ends of "52-week range X-Y"
}


#: Below this a money figure is no company's market value (a share price: "$25.40").
_LEAST_MARKET_CAP = 1e6

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_CLOSE = re.compile(
    rf"\b(?:at|as of|as at|by)\s+({'|'.join(_WEEKDAYS)})(?:'s|’s)?(?:\s+close)?\b"
)


#: A span after a bare number: "trailing 12-month earnings", "a 52-week high", "52w high".
_SPAN_WORD = re.compile(r"[\s-]*(?:months?|weeks?|years?|days?|w|wk)\b")

#: A year of estimated earnings right after a multiple ("x 2026E", "x our FY26F"), or the
#: number being that year itself ("2026E").
_ESTIMATE_YEAR = re.compile(
    r"\s*(?:x\s*)?(?:(?:our|the|consensus)\s+)?(?:(?:19|20)\d{2}|fy\s?'?\d{2,4})[ef]\b"
    r"|\s*(?:x\s*)?(?:forward|prospective|one[\s-]year[\s-]forward)\b"
    # "20x our FY26 EPS forecast", "18x consensus earnings": a broker's or consensus estimate
    r"|\s*(?:x\s*)?(?:our|consensus)\s"
)


#: A multiple of a measure other than earnings: "3.2x book value", "12x EV/EBITDA", "5x sales".
_OTHER_BASE = re.compile(
    r"\s*(?:x\s*)?(?:(?:its|trailing|forward|our|the)\s+)?(?:(?:19|20)\d{2}e?\s+|fy\s?'?\d{2,4}e?\s+)?"
    r"(?:book|p/?b\b|price[\s-]to[\s-]book|nav\b|net\s+asset|sales\b|revenues?\b|ev/|ev\s+to"
    r"|enterprise\s+value|ebitda\b|ebit\b|cash\s+flow|free\s+cash)"
)
#: The peers' multiple after the company's: "versus the sector on 25x", "peers at 18x".
_PEERS_ON = re.compile(
    r"\b(?:the\s+(?:sector|market|industry|index|asx\s*\d*|peer\s+group)|(?:its\s+)?peers"
    r"|(?:global|chinese|western|listed)\s+peers|the\s+group\s+average)\s+"
    r"(?:average\s+)?(?:of\s+|on\s+|at\s+|trading\s+(?:on|at)\s+)(?:about\s+|around\s+|roughly\s+)?$"
)


def extract(view: SentenceView, q: Quantity, st: DocState, tag: str) -> list[Draft] | None:
    """A valuation figure of a listed company."""
    if view.low[q.start : q.end].endswith(("cent", "cents")):
        return []  # "slipped 3 cents": a move of the share price, not where it closed
    entity = company_for(view, q, st, fallback_main=True)
    if entity is None:
        return None
    period, dm = bind_period(view, q, st, price=False)
    pub = st.dates.published
    if q.dimension != "percent" and period is not None:
        period = _day_of(period, tag, st)
        dm = dm if period is not None else None
    close = _WEEKDAY_CLOSE.search(view.low) if dm is None and pub else None
    if close is not None and pub:  # "at Monday's close", "as of Friday": on or before publication
        wd = _WEEKDAYS.index(close.group(1))
        period = Period.day(pub - timedelta(days=(pub.weekday() - wd) % 7))
    if period is None and tag != "close":
        period = st.share_close_days.get(entity)  # "At RMB 7.65 the stock has a market cap ..."
    if period is None and pub:
        period = Period.day(pub)
    if q.dimension == "percent":
        if tag != "market_cap":
            return None
        if not re.search(
            r"\bthis year\b|\byear[- ]to[- ]date\b|\bytd\b|\bso far this year\b", view.text, re.I
        ):
            return None
        year = period.start.year if period else st.dates.ref_year
        if year is None:
            return None
        value = signed(q.value, q, view.sign_near(q) or 1)
        return [
            Draft(
                "valuation",
                entity,
                "",
                "market_cap_ytd_pct",
                Period.year(year),
                value,
                "%",
                q,
                date_mention=dm,
            )
        ]
    metric = METRICS.get(tag)
    if metric is None:
        return None
    if metric == "pe_ratio":
        if q.dimension not in ("bare", "multiple"):
            return None
        if q.dimension == "bare" and _SPAN_WORD.match(view.low, q.end):
            return []  # "35x trailing 12-month earnings": the earnings' span, no multiple
        if _ESTIMATE_YEAR.match(view.low, q.end) or _ESTIMATE_YEAR.match(view.low, q.start):
            return []  # "52.7x our 2026E EPS", "62x 2026E P/E": a multiple of forecast earnings
        if _OTHER_BASE.match(view.low, q.end):
            return []  # "trades on 3.2x book value": a multiple of another measure, no P/E
        if _PEERS_ON.search(view.low, max(0, q.start - 40), q.start):
            return []  # "versus the sector on 25x": the peers' multiple, not the company's
        return [Draft("valuation", entity, "", metric, period, q.value, "x", q, date_mention=dm)]
    if q.dimension != "money":
        return None
    if metric == "market_cap" and abs(q.value) < _LEAST_MARKET_CAP:
        return []  # "shares jumped 10% to $25.40, lifting its market value to ...": a share price
    unit = _share_dollar(view, q, st, entity)
    if metric == "close_price" and period is not None:
        st.share_close_days[entity] = period
    if tag == "range52":
        if q.high is None:
            metric52 = _ordered_end(view, q)
            if metric52 is None:
                return []
            return [
                Draft("valuation", entity, "", metric52, period, q.value, unit, q, date_mention=dm)
            ]
        return [
            Draft("valuation", entity, "", "low_52w", period, q.value, unit, q, date_mention=dm),
            Draft("valuation", entity, "", "high_52w", period, q.high, unit, q, date_mention=dm),
        ]
    return [Draft("valuation", entity, "", metric, period, q.value, unit, q, date_mention=dm)]


def _ordered_end(view: SentenceView, q: Quantity) -> str | None:
    """The end of a 52-week range a lone figure is, by its place after a "high/low" label.

    "52w high/low: RMB 60.90 / RMB 22.48": the first figure is the high, the second the low
    ("low/high" the other way round); a third figure, or no such label, is neither.
    """
    label = view.tag_before(q.start)
    if label is None or "/" not in view.low[label.start : label.end]:
        return None
    ends = ("high_52w", "low_52w")
    if view.low[label.start : label.end].endswith("high"):
        ends = ("low_52w", "high_52w")
    before = [o for o in view.qtys if label.end <= o.start < q.start and o.dimension == "money"]
    return ends[len(before)] if len(before) < 2 else None


def _day_of(period: Period, tag: str, st: DocState) -> Period | None:
    """A valuation's day from the period bound to it; None when that names no day.

    A close told of a month gone by is its last trading day ("shares fell 8% in October
    to close at A$5.90"); any other month, quarter or year is not the valuation's
    ("trades on 20x our FY26 EPS forecast").
    """
    if not period.is_span and period.granularity is Granularity.DAY:
        return period
    pub = st.dates.published
    if tag == "close" and not period.is_span and period.granularity is Granularity.MONTH:
        last = month_close(period.start.year, period.start.month, st.dates.calendar_name)
        if pub is not None and last < pub:
            return Period.day(last)
    return None


def _share_dollar(view: SentenceView, q: Quantity, st: DocState, entity: str) -> str:
    """The currency of a share price or market value of ``entity``.

    A bare "$" the sentence leaves open is that of the company's own listing ("shares closed
    at $9.10" of an ASX company is A$), else the document's reading.
    """
    unit = sentence_dollar(view, q, "?")
    if not unit.startswith("?"):
        return unit
    profile = next((p for p in profiles() if entity in p.entities), None)
    own = profile.currency if profile is not None else None
    return (own if own in ("AUD", "USD") else st.dollar) + unit[1:]
