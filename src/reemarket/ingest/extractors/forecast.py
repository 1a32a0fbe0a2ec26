"""Demand growth forecasts.

Forecasts: "a compound annual growth rate of 14%-16% for NdFeB demand through 2030",
"demand is expected to grow at a CAGR of 8% from 2024 to 2030".
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Period
from reemarket.ingest import trace, vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.numbers import Quantity

_PER_YEAR = re.compile(
    r"\s*(?:a|per|each) year\b|\s*annually\b|\s*per annum\b|\s*p\.?a\.?(?!\w)", re.I
)
#: The words of a demand forecast (data/vocab/en.toml, [forecast]).
_DEMAND = re.compile(rf"\b(?:{vocab.alternation('forecast', 'demand')})\b")
_FUTURE = re.compile(
    r"\b(?:expect|forecast|project|estimat|predict|anticipat|will|to grow|set to)", re.I
)


def is_annual_rate(view: SentenceView, q: Quantity) -> bool:
    """A forecast growth rate: "demand is expected to grow 9.5% a year until 2030"."""
    if q.dimension != "percent" or not _PER_YEAR.match(view.text, q.end):
        return False
    if not _FUTURE.search(view.text) or _DEMAND.search(view.low) is None:
        return False
    return any(d.kind in ("until", "yspan") for d in view.dates)


_SUPPLY_OR_DEMAND = re.compile(r"\b(?:supply|demand)\b")


#: A forecast replaced by the one beside it: "7.5%, down from 8.2% previously", "(previously
#: 8%)", "raised from 7%".
_REPLACED_AFTER = re.compile(r"\s*(?:previously|before|earlier)\b", re.I)
_REPLACED_BEFORE = re.compile(
    r"(?:\b(?:up|down|raised|lifted|cut|lowered|revised(?:\s+\w+)?)\s+from|\bpreviously)"
    r"\s+(?:an?\s+|the\s+|our\s+)?(?:earlier\s+|previous\s+|prior\s+)?$",
    re.I,
)
#: A growth rate of a count, not of demand: "a 40% CAGR in units", "... in shipments".
_RATE_OF_COUNT = re.compile(
    r"\s*\+?\s*(?:CAGR|compound\s+annual\s+growth(?:\s+rate)?)\s+in\s+"
    r"(?:units|unit\s+\w+|shipments|installations|numbers|volumes?)\b",
    re.I,
)
#: The span of the forecast just before: "at a 5.1% CAGR over the same period".
_SAME_SPAN = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+same\s+(?:period|horizon|timeframe|years)\b", re.I
)


#: Demand placed in China: "China's demand", "Chinese demand", "domestic demand", "demand in
#: China" (else the forecast is the world's).
_CHINA_DEMAND = re.compile(
    r"\b(?:china['’]s|chinese|domestic)\b|\b(?:demand|consumption|use)\s+in\s+china\b", re.I
)


def extract(view: SentenceView, q: Quantity, st: DocState) -> list[Draft] | None:
    """A demand growth-rate forecast."""
    if q.dimension != "percent":
        return None
    if _REPLACED_AFTER.match(view.text, q.end) or _REPLACED_BEFORE.search(
        view.text, max(0, q.start - 40), q.start
    ):
        trace.veto("superseded", (q.start, q.end), "forecast")
        return None  # "7.5% ..., down from 8.2% previously": the old forecast
    if _RATE_OF_COUNT.match(view.text, q.end):
        return None  # "a 40% CAGR in units": drones counted, not magnet demand
    names = sorted(view.products + view.sectors)
    subj = view.first_after(names, q.end, len(view.text)) or view.nearest_before(names, q.start)
    demand = _DEMAND.search(view.low)
    if demand is not None:  # the product whose demand grows: the name nearest "demand"
        near = min(names, key=lambda m: abs(m.start - demand.start()), default=None)
        subj = near or subj
    if subj is None:
        return None
    a, _b = view.clause_of(q.start)
    said = list(_SUPPLY_OR_DEMAND.finditer(view.low, 0, q.start))
    if said and said[-1].group(0) == "supply" and said[-1].start() >= a - 80:
        return None  # "faster than supply ..., which it sees growing 5.1% a year": not demand
    subject = "ndfeb" if subj.id.startswith("ndfeb") else subj.id
    if subj.id == "re_permanent_magnet" and "permanent" not in view.low[subj.start : subj.end]:
        subject = "ndfeb"  # "rare earth magnet demand": forecasts keep the NdFeB subject
    end = next(
        (d for d in view.dates if d.kind in ("until", "yspan") and d.period is not None), None
    )
    period = None
    if end is None and _SAME_SPAN.search(view.text, q.end):
        period = st.forecast_span  # "at a 5.1% CAGR over the same period"
    if end is not None and end.period is not None:
        if end.period.is_span:
            period = end.period
        else:
            start_year = st.dates.ref_year
            if start_year is not None and start_year < end.period.start.year:
                period = Period.span(Period.year(start_year), end.period)
    if period is None:
        return None
    entity = "china" if _CHINA_DEMAND.search(view.text) else "global"
    st.forecast_span = period
    return [
        Draft("forecast", entity, subject, "demand_cagr_pct", period, q.value, "%", q, high=q.high)
    ]
