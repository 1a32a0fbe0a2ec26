"""Company results.

Company results: "operating revenue of 9.287 billion yuan, up 61.19% YoY", "net profit
attributable to shareholders ... was 431 million yuan", "after deducting non-recurring
gains and losses ... 435 million yuan", "net cash flow from operating activities",
"total profit of 1.837 billion yuan".
"""

from __future__ import annotations

import re

from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.common import (
    DocState,
    Draft,
    bind_coarse,
    company_for,
    comparison_base,
    postfix_date,
    shift_year,
    signed,
)
from reemarket.ingest.numbers import Quantity

METRICS = {
    "revenue": "revenue",
    "net_profit": "net_profit_attributable",
    "recurring": "net_profit_attributable_recurring",
    "total_profit": "total_profit",
    "cash_flow": "operating_cash_flow",
}


def extract(
    view: SentenceView, q: Quantity, st: DocState, tag: str, cmp: str | None
) -> list[Draft] | None:
    """A result figure or its year-on-year change."""
    metric = METRICS[tag]
    entity = company_for(view, q, st, fallback_main=True)
    if entity is None:
        return None
    period, dm = bind_coarse(view, q, st)
    loss = _is_loss(view, q)
    if q.dimension == "percent":
        if loss:
            return None  # "the net loss narrowed 20%": not a change of profit
        if view.text[q.end : q.end + 6].strip().startswith("of"):
            return None
        if cmp not in ("yoy", None):
            return None
        sign = view.sign_near(q)
        value = signed(q.value, q, sign)
        high = None if q.high is None else signed(q.high, q, sign)
        return [
            Draft(
                "financial",
                entity,
                "",
                f"{metric}_yoy_pct",
                period,
                value,
                "%",
                q,
                high=high,
                date_mention=dm,
            )
        ]
    if q.dimension != "money":
        return None
    unit = q.unit if not q.unit.startswith("$") else st.dollar
    negative = loss or bool(_NEGATIVE.search(view.text[max(0, q.start - 12) : q.start]))
    value = -abs(q.value) if negative else q.value
    high = None if q.high is None else (-abs(q.high) if negative else q.high)
    base = comparison_base(view, q)
    if base is not None:  # "compared with A$170.8 million a year earlier"
        main = [o for o in view.qtys if o.end <= q.start and o.dimension == "money"]
        own = postfix_date(view, q)
        if base == "other" and own is not None and own.period is not None:
            period, dm = own.period, own  # "compared with RMB 1.5 billion in H1 2024"
        elif base == "other" or not main:
            return []
        else:
            period, dm = shift_year(bind_coarse(view, main[-1], st)[0]), None
        if period is None:
            return []
    return [
        Draft("financial", entity, "", metric, period, value, unit, q, high=high, date_mention=dm)
    ]


_NEGATIVE = re.compile(r"\b(?:negative|minus)\s*(?:of\s*)?$", re.I)


def _is_loss(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure's keyword names a loss ("net loss of", "swung to a loss of")."""
    t = view.tag_before(q.start)
    if t is None or t.id not in ("net_profit", "recurring"):
        return False
    return "loss" in view.low[t.start : t.end]
