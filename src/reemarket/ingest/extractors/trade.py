"""Imports and exports.

Imports and exports: "rare earth imports reached 16,922.2 mt in January-February 2025,
down 24.1% YoY", "exported 4,753 tons last month", "exports rose 13.7% from September".
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Period
from reemarket.ingest import trace
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.dates import DateMention
from reemarket.ingest.extractors.common import (
    DocState,
    Draft,
    base_date,
    bind_coarse,
    bound_of,
    company_for,
    cumulative,
    future_figure,
    product_after,
    signed,
    subject_before,
)
from reemarket.ingest.lexicon import OTHER_COMMODITY, country_slug
from reemarket.ingest.numbers import Quantity

_GENERIC_MAGNET = re.compile(r"(?:rare[\s-]earths?[\s-]+)?magnets?", re.I)
#: Exports to one destination ("Exports to the United States slid 93% to 46 tons"): not the
#: country's total. (Imports from one origin are kept: the origin is the trade's subject.)
_DESTINATION = re.compile(
    r"\b(?i:exports?|exported|shipments?|shipped)\s+(?:[\w-]+\s+){0,3}?"
    r"to\s+(?:the\s+)?(?!China\b|Chinese\b)[A-Z][a-z]"
)
_AND_COMPOUNDS = re.compile(r"\s+(?:and|&)\s+(?:their\s+)?compounds\b", re.I)
_PERMANENT = re.compile(r"\bpermanent[\s-]+magnets?\b", re.I)


def other_commodity(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure's clause is about another commodity.

    "Antimony exports fell to 1,050 tons": another commodity is named before the figure
    and no rare-earth product is named before it in the clause ("Exports of rare earths,
    unlike antimony, rose ..." stays a rare-earth figure).
    """
    a, _b = view.clause_of(q.start)
    found = next(
        (
            m
            for m in OTHER_COMMODITY.finditer(view.text, a, q.start)
            if not any(c.start <= m.start() < c.end for c in view.companies)
        ),
        None,
    )  # "Xiamen Tungsten" is a company, not tungsten
    if found is None:
        return False
    return not any(a <= p.start < found.start() for p in view.products)


def extract(
    view: SentenceView, q: Quantity, st: DocState, tag: str, cmp: str | None
) -> list[Draft] | None:
    """An import or export volume, or its percentage change."""
    if future_figure(view, q):
        trace.veto("outlook", (q.start, q.end), "trade")
        return []
    if other_commodity(view, q):
        trace.veto("other_commodity", (q.start, q.end), "trade")
        return None
    if " to " in view.low and _DESTINATION.search(view.text, 0, q.start):
        trace.veto("partner_country", (q.start, q.end), "trade")
        return []
    if tag == "volume":
        return _volume(view, q, st)
    metric = "imports" if tag == "imports" else "exports"
    prod = subject_before(view, q, view.products)
    after = product_after(view, q, 50)
    if after is not None and re.match(r"[\s(t)]*of\b", view.text[q.end : after.start]):
        prod = after  # "exported 47,000 tonnes of NdFeB magnets"
    subject = prod.id if prod else "rare_earths"
    if prod is not None and _AND_COMPOUNDS.match(view.text, prod.end):
        subject = "rare_earths"  # "rare earth metals and compounds": the whole trade
    if (
        prod is not None
        and _GENERIC_MAGNET.fullmatch(view.text[prod.start : prod.end])
        and _PERMANENT.search(st.text) is not None
    ):
        subject = "re_permanent_magnet"  # "magnet exports" in a story on permanent magnets
    period, dm = bind_coarse(view, q, st)
    if q.dimension == "percent":
        if cmp is None and period is not None and cumulative(period):
            if not view.sign_near(q) and not q.signed:
                return None  # "import reliance was 67%": a share, not a change
            cmp = "yoy"  # a cumulative figure ("in the first ten months ... rose 12%") vs last year
        if cmp is None or re.match(r"\s*of\b", view.text[q.end :]):
            return None
        value = signed(q.value, q, view.sign_near(q))
        return [
            Draft(
                "trade",
                trader(view, st),
                subject,
                f"{metric}_{cmp}_pct",
                period,
                value,
                "%",
                q,
                date_mention=dm,
            )
        ]
    if q.dimension != "mass":
        return None
    if _BASE_LEAD.search(view.text, max(0, q.start - 25), q.start):
        own = _own_date(view, q)
        if own is not None and own.period is not None:
            period, dm = own.period, own  # "less than the 4,640 t shipped in May": May's
    return [
        Draft(
            "trade", trader(view, st), subject, metric, period, q.value, q.unit, q, date_mention=dm
        )
    ]


_LEAD_NAME = re.compile(r"\s*(?:[-*•]\s*)?([A-Z][A-Za-z.]+(?:\s+[A-Z][a-z]+)?)(?:'s)?\b")


def trader(view: SentenceView, st: DocState) -> str:
    """Whose trade: the country opening the sentence, the paragraph or the title; else China."""
    for text in (view.text, st.text.lstrip().split("\n", 1)[0]):
        m = _LEAD_NAME.match(text)
        slug = country_slug(m.group(1)) if m is not None else None
        if slug is not None and slug != "global":
            return slug
        if text is view.text and st.para_country is not None:
            return st.para_country
    return "china"


#: What leads a comparison base: "than the", "from", "compared with" (possibly "from May's").
_BASE_LEAD = re.compile(
    r"\b(?:than|from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?"
    r"(?:(?:\w+\s+){1,2}'s\s+|\w+'s\s+)?(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)


def _own_date(view: SentenceView, q: Quantity) -> DateMention | None:
    """A base figure's own date: owned before it ("November's"), or right after it."""
    for d in view.dates:
        if d.end <= q.start and re.fullmatch(
            r"'s\s+(?:about\s+|around\s+|roughly\s+)?", view.text[d.end : q.start]
        ):
            return d
    return base_date(view, q)


_ANNUAL = re.compile(r"\b(?:annual(?:ly)?|a year|per year|each year|per annum)\b", re.I)


def _volume(view: SentenceView, q: Quantity, st: DocState) -> list[Draft] | None:
    """A traded volume ("an online trading platform that handles 10 million tons a year")."""
    if q.dimension not in ("mass", "mass_rate"):
        return None
    prod = subject_before(view, q, view.products)
    subject = prod.id if prod else "rare_earths"
    entity = "china"
    if subject == "online_trading_platform":
        entity = company_for(view, q, st, fallback_main=True) or "china"
    annual = q.dimension == "mass_rate" or bool(_ANNUAL.search(view.text, q.end))
    period, dm = bind_coarse(view, q, st)
    if period is None and annual and st.dates.ref_year:
        period = Period.year(st.dates.ref_year)
    unit = "t/yr" if annual else q.unit
    return [
        Draft(
            "trade",
            entity,
            subject,
            "volume",
            period,
            q.value,
            unit,
            q,
            date_mention=dm,
            bound=bound_of(view, q),
        )
    ]
