"""A change right after a volume, quota or result is that figure's change (:func:`inherited_move`).

"X was 4,260 mt, up 12.7% YoY": the percent inherits the figure's family, subject and period.
"""

from __future__ import annotations

import re

from reemarket.ingest import trace
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors import financial, quota, trade
from reemarket.ingest.extractors.comparison import cmp_of
from reemarket.ingest.extractors.figure_words import signed
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.numbers import Quantity

_OF_AFTER = re.compile(r"\s*of\b")


_INHERIT = {"quota", "production", "trade", "financial", "demand"}


#: A change's own year-ago base right after it ("down 9.2% from a year earlier", "9% y/y").
_OWN_YEAR_AGO = re.compile(
    r"\s*(?:(?:from|on|over|than)\s+(?:a|the)\s+(?:year|same\s+month\s+a\s+year)\s+"
    r"(?:earlier|ago|before)|y/y|yoy|year[- ]on[- ]year)\b",
    re.I,
)


#: The gap before a move set beside a volume as its appositive: "1,238 t, a 74% drop".
_APPOSITIVE_MOVE = re.compile(r"\s*(?:t|tons?|tonnes)?\s*,\s*(?:an?\s+)?", re.I)


def inherited_move(
    view: SentenceView,
    q: Quantity,
    prev: Quantity | None,
    base_drafts: list[Draft] | None,
    st: DocState,
    main_drafts: list[Draft] | None = None,
    earlier: list[Draft] | None = None,
) -> list[Draft] | None:
    """Inherit: "X was 4,260 mt, up 12.7% YoY": a change right after a figure is that figure's change.

    After a result's comparison base ("revenue of $18 million, against $24 million in
    2023, a fall of 25%") the change is the result's, not the base's.
    """
    if q.dimension != "percent" or prev is None or not base_drafts:
        return None
    base = base_drafts[-1]
    if base.kind == "financial" and base.period in st.base_periods and main_drafts:
        main = main_drafts[-1]
        if main.kind == "financial" and main.metric == base.metric:
            base = main
    if base.kind not in _INHERIT or base.metric.endswith("_pct"):
        return None
    if base.kind == "quota" and quota.paired_type(view, q) is not None:
        return None  # "X t and Y t, up A% and B% respectively": paired in order, not by nearness
    if base.kind == "quota" and quota.within_whole(view):
        trace.veto("part", (q.start, q.end), "quota")
        return []  # "Within the mining allocation, A got X t and B Y t, a 7% cut": a part's move
    own_move = _APPOSITIVE_MOVE.fullmatch(view.text, prev.end, q.start) is not None
    if (
        base.kind == "trade"
        and trade.base_figure_date(view, prev) is not None
        and not (own_move and trade.when_clause_figure(view, prev))
    ):
        # "from 5,528 t in July, 1.3% below ...": not the base volume's change; "8.6% below
        # November's 4,810 t and down 9.2% from a year earlier": the main volume's, when its
        # own words name the comparison
        whole = next(
            (
                d
                for d in reversed(earlier or [])
                if d.kind == "trade"
                and not d.metric.endswith("_pct")
                and d.q.end <= prev.start
                and trade.base_figure_date(view, d.q) is None
            ),
            None,
        )
        if whole is None or not _OWN_YEAR_AGO.match(view.text, q.end):
            return None
        base = whole
    if base.kind == "financial" and financial.not_yoy(
        financial.pct_base_period(view, q), base.period
    ):
        return None  # "41% higher than the March quarter"
    if view.clause_of(prev.start) != view.clause_of(q.start):
        return None
    gap = view.text[prev.end : q.start]
    if len(gap) > 45 or any(
        t.id not in ("price", "average") and prev.end <= t.start < q.start for t in view.tags
    ):
        return None
    if _OF_AFTER.match(view.text, q.end):
        return None
    sign = view.sign_near(q)
    if sign == 0 and not q.signed:
        return None
    cmp = cmp_of(view, q, base.period) or "yoy"
    if base.kind in ("quota", "financial", "demand"):
        if cmp != "yoy":
            return None
        metric = f"{base.metric}_yoy_pct"
    else:
        metric = f"{base.metric}_{cmp}_pct"
    from reemarket.ingest.extractors.figure_words import bound_of

    high = None if q.high is None else signed(q.high, q, sign)
    value = signed(q.value, q, sign)
    return [base.derive(metric, value, "%", q, high=high, bound=bound_of(view, q))]
