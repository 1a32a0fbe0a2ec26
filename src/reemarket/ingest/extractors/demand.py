"""Demand indicators of end-use sectors.

Demand indicators of end-use sectors: "EV output and sales grew 31% and 30% on the year",
"electric cars took 38% of new car sales", "wind capacity in place reached 420 GW, 16% more
than a year before".
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Period
from reemarket.ingest import trace, vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.comparison import comparison_base, year_ago_period
from reemarket.ingest.extractors.date_binding import bind_coarse
from reemarket.ingest.extractors.figure_words import signed
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.extractors.subjects import subject_before
from reemarket.ingest.numbers import Quantity

#: Sectors outside the vocabulary: a figure about them is not about a modelled sector.
_OTHER_SECTOR = re.compile(
    r"\b(?:solar|photovoltaic|PV|hydro(?:power)?|thermal|nuclear|coal[- ]fired|gas[- ]fired|"
    r"fuel[- ]cell|hybrids?|petrol|diesel|ICE)\b",
    re.I,
)
#: An outlook before the figure ("expects the NEV penetration rate to top 55%"): the verbs of
#: en.toml's [forecast] expect.
_EXPECTED = re.compile(
    r"\b(?:" + vocab.alternation("forecast", "expect") + r")\b[^.;]{0,60}\bto\s+[a-z]+\s+"
    r"(?:about\s+|around\s+)?$",
    re.I,
)
#: A modal case before the figure: "growth could drop below 20%", "sales might top 15 million",
#: "which would be growth of about 15%".
_MODAL_CASE = re.compile(
    r"\b(?:could|might|(?-i:may)|would)\s+(?:\w+\s+){1,4}?"
    r"(?:below|above|under|over|to|about|around|near|beyond)?\s*$",
    re.I,
)
#: A company's stock moving in the figure's clause: "its shares rose 2%", "the stock fell".
_SHARE_MOVE = re.compile(r"\b(?:shares|stock|share\s+price)\b", re.I)
#: A stock of capacity (a level at a point), not capacity added over the span named.
_STOCK = re.compile(r"\b(?:cumulative|total installed|installed base)\b", re.I)


def sector_for(view: SentenceView, q: Quantity) -> str | None:
    """The sector a figure is about: named before it, else after it in the clause.

    None when another sector ("Solar capacity rose 56.9%") stands closer before it.
    """
    m = subject_before(view, q, view.sectors)
    a, _b = view.clause_of(q.start)
    other = None
    for o in _OTHER_SECTOR.finditer(view.text, a, q.start):
        other = o
    if other is not None and (m is None or m.end <= other.start()):
        return None
    if m is None:
        _a, b = view.clause_of(q.start)
        m = view.first_after(view.sectors, q.end, b)
    return m.id if m else None


_FOREIGN = re.compile(
    r"\b(?:europe(?:an)?|eu|u\.s\.|united states|america(?:n)?|japan(?:ese)?|germany|german|"
    r"india(?:n)?|korea(?:n)?|france|french|uk|britain|british)\b"
)


#: China's part named right before its figure in a global sentence: "of which China added".
_CHINA_PART = re.compile(r"\b(?:China|Chinese\s+\w+)\s+(?:\w+\s+){0,2}(?:about\s+)?$")
#: The world less China named before a figure: "sales outside China grew 9%", "excluding
#: China, additions fell 5%": neither China's nor the world's (not modelled).
_EX_CHINA = re.compile(
    r"\b(?:outside(?:\s+of)?|excluding|except\s+for|beyond|ex-)\s*(?:mainland\s+)?China\b"
    r"[^.;]{0,30}$",
    re.I,
)
#: A region's own figure in brackets after its name: "with Europe (+30%) outpacing ...".
_REGION_BRACKET = re.compile(
    r"\b([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?|U\.S\.(?:A\.)?|U\.K\.)\s*\(\s*$"
)
#: Countries written as capitals or with full stops, which the lower-case list cannot hold
#: ("us" is also a pronoun): "with the US (+9%) trailing".
_FOREIGN_ABBREVIATIONS = frozenset(("us", "usa", "u.s.", "u.s.a.", "u.k."))


def _bracketed_region(view: SentenceView, q: Quantity) -> str | None:
    """The holder of a figure bracketed after a place's name: "europe", "china", "" (another).

    None when no place stands before the bracket: "in June (+20%)", "NEVs (+35%)" keep the
    sentence's holder.
    """
    m = _REGION_BRACKET.search(view.text, max(0, q.start - 30), q.start)
    if m is None:
        return None
    name = m.group(1).lower()
    if name in ("europe", "eu", "european union"):
        return "europe"
    if name in ("china", "mainland china"):
        return "china"
    if name in _FOREIGN_ABBREVIATIONS:
        return ""
    return "" if _FOREIGN.search(name) else None


def entity_for(view: SentenceView) -> str | None:
    """China unless the figure is global; None for another country or region (not modelled)."""
    if re.search(
        r"\b(?:global|(?<![\w,]\s)globally(?=\s*,)|worldwide|world)\b", view.text, re.I
    ):  # "Globally, ...", not "the highest globally"
        return "global"
    if _FOREIGN.search(view.low) and not re.search(r"\b(?:china|chinese)\b", view.low):
        return None
    return "china"


def extract(
    view: SentenceView, q: Quantity, st: DocState, tag: str, cmp: str | None
) -> list[Draft] | None:
    """A demand indicator (sector production, sales, share, installed capacity)."""
    sector = sector_for(view, q)
    listed = sector is None and not view.products  # a bullet under its sector's heading
    sector = sector or (st.section_sector if listed else None)
    if sector is None:
        return None
    if _MODAL_CASE.search(view.text, max(0, q.start - 50), q.start):
        trace.veto("hypothetical", (q.start, q.end), "demand")
        return None  # "if subsidies are scaled back, growth could drop below 20%": a case
    if _EXPECTED.search(view.text, max(0, q.start - 80), q.start):
        trace.veto("outlook", (q.start, q.end), "demand")
        return None  # "sees the NEV share of car sales passing 60% by year-end": an outlook
    if _SHARE_MOVE.search(view.text, view.clause_of(q.start)[0], q.start):
        trace.veto("share_move", (q.start, q.end), "demand")
        return None  # "..., and its Shenzhen-listed shares fell 3%": a stock, not sales
    period, dm = bind_coarse(view, q, st)
    if period is None:
        period = st.dates.last_month  # a data release's figures are of the month it reports
    if period is None and listed:
        period = st.report_period  # "China car market, 2024 in numbers": the title's year
    entity = entity_for(view)
    if _EX_CHINA.search(view.text, max(0, q.start - 50), q.start):
        return None  # "sales outside China grew only 9%": the world less China
    if entity == "global" and _CHINA_PART.search(view.text, max(0, q.start - 40), q.start):
        entity = "china"  # "Globally, X counted 117 GW, of which China added 79.8 GW"
    region = _bracketed_region(view, q)
    if region is not None:
        entity = region or None  # "Europe (+30%)": Europe's own move; another region's: none
    if entity is None:
        return None
    if tag == "installed":
        if period is not None and period.is_span and _STOCK.search(view.text, 0, q.start):
            period = Period.month(period.end.year, period.end.month)  # a level at the span's end
        if q.dimension == "power":
            return [
                Draft(
                    "demand",
                    entity,
                    sector,
                    "installed_capacity",
                    period,
                    q.value,
                    "kW",
                    q,
                    date_mention=dm,
                )
            ]
        if q.dimension == "percent" and cmp in ("yoy", None):
            value = signed(q.value, q, view.sign_near(q))
            return [
                Draft(
                    "demand",
                    entity,
                    sector,
                    "installed_capacity_yoy_pct",
                    period,
                    value,
                    "%",
                    q,
                    date_mention=dm,
                )
            ]
        return None
    if q.dimension != "percent":
        return None
    if tag == "share":
        if comparison_base(view, q) == "year_ago":  # "compared with 39.5% a year earlier"
            period, dm = year_ago_period(view, q, period), None
        a, b = view.clause_of(q.start)
        if not re.search(
            r"\bsales\b|\bsold\b|\bpenetration\b|\bmarket share\b", view.text[a:b], re.I
        ) and not (
            # "NEV sales rose 24% y/y, lifting the monthly share to 49%": the sales' share
            re.search(r"\bshare\s+(?:to|at|of\s+\d|was|stood|reached|hit)\b", view.text[a:b], re.I)
            and re.search(r"\bsales\b|\bsold\b", view.text[:a], re.I)
        ):
            return None
        return [
            Draft(
                "demand",
                entity,
                sector,
                "sales_share_pct",
                period,
                q.value,
                "%",
                q,
                date_mention=dm,
            )
        ]
    if tag in ("production", "sales") and cmp in ("yoy", None):
        if re.match(r"\s*of\b", view.text[q.end :]):
            return None
        value = signed(q.value, q, view.sign_near(q))
        return [
            Draft(
                "demand", entity, sector, f"{tag}_yoy_pct", period, value, "%", q, date_mention=dm
            )
        ]
    return None
