"""Company results.

Company results: "operating revenue of 9.287 billion yuan, up 61.19% YoY", "net profit
attributable to shareholders ... was 431 million yuan", "after deducting non-recurring
gains and losses ... 435 million yuan", "net cash flow from operating activities",
"total profit of 1.837 billion yuan".
"""

from __future__ import annotations

from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.common import DocState, Draft, bind_coarse, company_for, signed
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
    if q.dimension == "percent":
        if view.text[q.end : q.end + 6].strip().startswith("of"):
            return None
        if cmp not in ("yoy", None):
            return None
        value = signed(q.value, q, view.sign_near(q))
        return [
            Draft(
                "financial", entity, "", f"{metric}_yoy_pct", period, value, "%", q, date_mention=dm
            )
        ]
    if q.dimension != "money":
        return None
    unit = q.unit if not q.unit.startswith("$") else st.dollar
    return [Draft("financial", entity, "", metric, period, q.value, unit, q, date_mention=dm)]
