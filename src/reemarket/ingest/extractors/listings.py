"""A company's listing prices ("X's listing price for <month>") and purchase prices.

:func:`listed` dates a listing to its month; :func:`purchased` reads a purchase or supply
price for a period.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.date_binding import (
    base_date,
)
from reemarket.ingest.extractors.price_bases import ordinal_quarter
from reemarket.ingest.extractors.prices import FEEDSTOCKS
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.extractors.subjects import company_for

_LISTED = re.compile(
    r"\b(?:listing|listed|list)\s+(?:[\w-]+\s+){0,2}prices?\b|\b(?:was|were|is|are)\s+listed\s+at\b"
    # "its October listing for Pr-Nd metal was X"
    r"|\blisting\s+(?:for|of)\b"
)
#: A producer setting its own price: "the company set Pr-Nd oxide at X", "it raised its oxide
#: to X" (in a paragraph on its listing prices).
_SETS_PRICE = re.compile(
    r"\b(?:the\s+(?:company|group|producer)|it)\s+(?:set|sets|fixed|raised|lifted|cut|lowered)"
    r"\s+[^.;]{0,40}?\b(?:at|to)\b"
)


def listed(view: SentenceView, out: list[Draft], st: DocState) -> None:
    """A producer's listing prices: the producer's, for the month they are set for.

    In a sentence on listing prices, a day's quote becomes its month's listing price and a
    change runs from the month before ("the August listed price of Pr-Nd oxide, 5,000
    yuan/t above July").
    """
    if not _listing_sentence(view, st):
        return
    if _SESSION_LISTING.search(view.low):
        return  # an exchange's listed price told by the session: a market quote of the day
    named = _listing_month(view) or st.listing_month
    st.listing_month = named
    for d in out:
        p = d.period
        if d.kind != "price" or p is None or d.metric not in ("price", "change", "change_pct"):
            continue
        named_co = view.companies[0].id if len(view.companies) == 1 else None
        company = named_co or st.doc_company or company_for(view, d.q, st, fallback_main=True)
        if company is None:
            continue
        d.entity = company  # the lister: named in the sentence, else the report's company
        if d.metric == "price":
            if named is not None and not p.is_span and p.granularity is Granularity.DAY:
                d.period = named
            elif p.granularity is Granularity.DAY and not p.is_span:
                d.period = Period.month(p.end.year, p.end.month)
        elif named is not None and (p.granularity is Granularity.DAY or not p.is_span):
            d.period = _month_step(named, None)
        elif p.granularity is Granularity.DAY or not p.is_span:
            d.period = _month_step(p, st.dates.published)


def _listing_sentence(view: SentenceView, st: DocState) -> bool:
    """Whether a sentence gives listing prices.

    It says so, or a producer sets its price in a paragraph led by its listing ("Northern sets
    a monthly listing price ... . For October the company set Pr-Nd oxide at X").
    """
    if "list" in view.low and _LISTED.search(view.low):
        return True
    lead = st.para_lead.lower()
    return _SETS_PRICE.search(view.low) is not None and _LISTED.search(lead) is not None


#: A listed price told as a trading session's: "The listed price of Pr-Nd oxide closed at X,
#: 1,500 yuan/t lower than the last trading day" (an exchange's board, not a monthly listing).
_SESSION_LISTING = re.compile(
    r"\blist(?:ed|ing)\s+prices?\b[^,.;]{0,40}?\b(?:closed|settled|finished|opened)\b"
    r"|\b(?:previous|last|prior)\s+trading\s+(?:day|session)\b"
)
_LISTING_AFTER = re.compile(r"(?:'s)?\s+(?:listing|listed|list)\s+prices?\b")
_LISTING_BEFORE = re.compile(r"\b(?:listing|listed|list)\s+prices?\s+(?:for|of)\s+$")
#: A purchase: "the concentrate it buys from X", "will pay X Rmb26,205/t", "purchased from".
_PURCHASE = re.compile(
    r"\b(?:pays?|paid|paying|buys?|bought|buying|purchas(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|"
    r"related[- ]party)\b",
    re.I,
)
#: The words before the supplier of a purchase: "from", "pay", "paid" (and a description).
_SUPPLIER_LEAD = re.compile(
    r"\b(?:from|pays?|paid|paying)\s+(?:[\w'’-]+\s+){0,5}?(?:[\w'’-]+,\s+)?$", re.I
)


def purchased(view: SentenceView, out: list[Draft], st: DocState) -> None:
    """A producer's purchase price of a feedstock: the buyer's, for the quarter it is set for.

    "China Northern Rare Earth has raised the price of the concentrate it buys from its parent
    to X for the fourth quarter, 37% more than the Y it paid in the third quarter": X (Q4) and
    Y (Q3) are the buyer's prices, the 37% runs from Q3 to Q4.
    """
    mine = [d for d in out if d.kind == "price" and d.subject in FEEDSTOCKS]
    if not mine or not (_PURCHASE.search(view.text) or _PURCHASE.search(st.para_lead)):
        return
    suppliers = {
        c.id
        for c in view.companies
        if _SUPPLIER_LEAD.search(view.text, max(0, c.start - 60), c.start)
    }
    buyers = [c.id for c in view.companies if c.id not in suppliers]
    buyer = buyers[0] if buyers else None
    if buyer is None:
        for cand in (st.doc_company, st.main_company):
            if cand is not None and cand not in suppliers:
                buyer = cand
                break
    if buyer is None:
        return
    quarters = [
        d
        for d in view.dates
        if d.period is not None
        and d.period.granularity is Granularity.QUARTER
        and not d.period.is_span
    ]
    main = next((d.period for d in quarters if not d.is_ref), None)
    for d in mine:
        d.entity = buyer
        d.standing = False
        if d.metric not in ("price", "price_low", "price_high"):
            continue
        own = base_date(view, d.q)
        bare = ordinal_quarter(view, d.q)
        if (
            own is not None
            and own.period is not None
            and own.period.granularity is Granularity.QUARTER
        ):
            d.period = own.period
        elif bare is not None:
            d.period = bare
        elif main is not None:
            d.period = main
    levels = sorted(
        {d.period for d in mine if d.metric.startswith("price") and d.period is not None},
        key=lambda p: p.start,
    )
    for d in mine:
        if d.metric not in ("change", "change_pct"):
            continue
        if len(levels) >= 2:
            d.period = Period.span(levels[0], levels[-1])
        elif main is not None:
            before = main.start - timedelta(days=1)
            prev = Period.quarter(before.year, (before.month - 1) // 3 + 1)
            d.period = Period.span(prev, main)


def _listing_month(view: SentenceView) -> Period | None:
    """The month a sentence's listing prices are for ("its May listing prices"), or None."""
    for dm in view.dates:
        p = dm.period
        if dm.is_ref or p is None or p.granularity is not Granularity.MONTH or p.is_span:
            continue
        if _LISTING_AFTER.match(view.low, dm.end) or _LISTING_BEFORE.search(
            view.low, max(0, dm.start - 30), dm.start
        ):
            return p
    return None


def _month_step(p: Period, published: date | None) -> Period:
    """A listing change's span: month to month.

    A single month before publication is the base ("a rise of 7.7% on July"), any other the
    month the listing is for; a span of days becomes the span of their months.
    """
    end = p.end
    if not p.is_span and published is not None and end < published.replace(day=1):
        nxt = date(end.year + end.month // 12, end.month % 12 + 1, 1)
        return Period.span(Period.month(end.year, end.month), Period.month(nxt.year, nxt.month))
    before = date(end.year, end.month, 1) - timedelta(days=1)
    return Period.span(Period.month(before.year, before.month), Period.month(end.year, end.month))
