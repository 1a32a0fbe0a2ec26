"""Demand growth forecasts.

Forecasts: "a compound annual growth rate of 14%-16% for NdFeB demand through 2030",
"demand is expected to grow at a CAGR of 8% from 2024 to 2030".
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Period
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.common import DocState, Draft
from reemarket.ingest.numbers import Quantity


def extract(view: SentenceView, q: Quantity, st: DocState) -> list[Draft] | None:
    """A demand growth-rate forecast."""
    if q.dimension != "percent":
        return None
    _a, _b = view.clause_of(q.start)
    subj = view.first_after(
        view.products + view.sectors, q.end, len(view.text)
    ) or view.nearest_before(view.products + view.sectors, q.start)
    if subj is None:
        return None
    subject = "ndfeb" if subj.id.startswith("ndfeb") else subj.id
    end = next(
        (d for d in view.dates if d.kind in ("until", "yspan") and d.period is not None), None
    )
    period = None
    if end is not None and end.period is not None:
        if end.period.is_span:
            period = end.period
        else:
            start_year = st.dates.ref_year
            if start_year is not None and start_year < end.period.start.year:
                period = Period.span(Period.year(start_year), end.period)
    entity = (
        "china" if re.search(r"\b(?:china's|chinese|domestic)\b", view.text, re.I) else "global"
    )
    return [
        Draft("forecast", entity, subject, "demand_cagr_pct", period, q.value, "%", q, high=q.high)
    ]
