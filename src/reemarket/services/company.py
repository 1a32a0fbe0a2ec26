"""The company page: profile, results by period, operations, listing and concentrate prices.

Everything comes from the stored facts of the company (its id and the other entity
slugs its profile names). Results are pivoted with periods as columns; each cell keeps
every source, and where sources disagree the cell says so (``audit.agreement``, the
judgement the cross-source audit rule uses) instead of picking one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from pydantic import BaseModel, Field

from reemarket.audit.agreement import judge
from reemarket.audit.claims import Claim
from reemarket.domain.companies import CompanyProfile, find_company, fiscal_label
from reemarket.store import companies as company_store
from reemarket.store.companies import CompanyFactRow
from reemarket.store.db import Store

#: Result metrics of the pivot, in row order, with their labels.
RESULT_METRICS: dict[str, str] = {
    "revenue": "Revenue",
    "net_profit_attributable": "Net profit attributable",
    "net_profit_attributable_recurring": "Recurring net profit",
    "eps": "Earnings per share",
    "operating_cash_flow": "Operating cash flow",
    "total_profit": "Total profit",
}
#: Operations kinds shown beside the results.
OPERATION_KINDS = ("production", "capacity", "trade")


class Source(BaseModel):
    """One fact behind a cell, with its sentence."""

    fact_id: int = Field(description="Fact id")
    doc: str = Field(description="Document name")
    published: dt.date | None = Field(description="Document date")
    value: float = Field(description="Value (the low end of a range)")
    value_high: float | None = Field(description="High end of a range")
    bound: str | None = Field(description="'lower' for 'more than', 'upper' for 'up to'")
    unit: str = Field(description="Unit")
    sentence: str = Field(description="The sentence the figure came from")


class Cell(BaseModel):
    """One metric in one period: the figure, how sure, and every source."""

    status: str = Field(description="single, agreed or disagree")
    value: float = Field(description="The figure shown (low end for a range)")
    value_high: float | None = Field(description="High end when the figure is a range")
    bound: str | None = Field(description="Open end of a guidance range ('lower', 'upper')")
    unit: str = Field(description="Unit")
    guidance: bool = Field(description="Whether the figure is a forecast range or bound")
    camps: list[list[str]] = Field(description="Documents in agreement, per camp")
    likely_errors: list[str] = Field(description="Figures that look like extraction errors")
    sources: list[Source] = Field(description="Every fact behind the cell")


class PeriodColumn(BaseModel):
    """A column of the results pivot."""

    period: str = Field(description="Period in the exchange format")
    label: str = Field(description="Calendar label, e.g. H1 2025")
    fiscal: str | None = Field(description="The company's fiscal name, e.g. Q2 FY25")
    start: dt.date = Field(description="First day")
    end: dt.date = Field(description="Last day")


class MetricRow(BaseModel):
    """One metric across periods."""

    metric: str = Field(description="Metric id")
    label: str = Field(description="Metric label")
    cells: dict[str, Cell] = Field(description="Period to cell")


class Figure(BaseModel):
    """An operating figure (production, sales, capacity...) with its source."""

    kind: str = Field(description="Fact kind")
    subject: str = Field(description="Product or item")
    metric: str = Field(description="Metric")
    period: str = Field(description="Period ('' for standing figures such as capacity)")
    value: float = Field(description="Value")
    value_high: float | None = Field(description="High end of a range")
    unit: str = Field(description="Unit")
    source: Source = Field(description="The fact")


class ListingPoint(BaseModel):
    """A monthly listing price beside the market's mean for that month."""

    product: str = Field(description="Product id")
    month: str = Field(description="Month, YYYY-MM")
    listing: float = Field(description="The company's listing price")
    unit: str = Field(description="Unit")
    market_mean: float | None = Field(description="Mean of the stored Chinese spot mids")
    market_quotes: int = Field(description="Spot quotes behind the mean")
    premium_pct: float | None = Field(description="Listing over market, percent")
    source: Source = Field(description="The listing fact")


class ConcentratePoint(BaseModel):
    """A quarterly concentrate price (excluding VAT, REO 50 %)."""

    period: str = Field(description="Quarter")
    price: float = Field(description="Price")
    unit: str = Field(description="Unit")
    adjustment: str | None = Field(description="Per-1 % REO adjustment rule, as stated")
    source: Source = Field(description="The price fact")


class CompanyInfo(BaseModel):
    """The registry's profile of a company."""

    id: str = Field(description="Company id (fact entity)")
    name: str = Field(description="English name")
    name_zh: str | None = Field(description="Chinese name")
    aliases: list[str] = Field(description="Other names and codes")
    listings: list[dict[str, str]] = Field(description="Exchange, ticker and source")
    currency: str | None = Field(description="Reporting currency")
    fiscal_year_end: str = Field(description="MM-DD")
    reporting: str | None = Field(description="Reporting calendar")


class CompanyPage(BaseModel):
    """Everything the tracker knows about one company."""

    company: CompanyInfo = Field(description="Profile")
    facts: int = Field(description="Facts found for the company")
    message: str | None = Field(description="Why a section is empty, when it is")
    periods: list[PeriodColumn] = Field(description="Result columns, oldest first")
    results: list[MetricRow] = Field(description="Results pivot")
    operations: list[Figure] = Field(description="Production, sales, capacity")
    listing_prices: list[ListingPoint] = Field(description="Monthly listing prices")
    concentrate: list[ConcentratePoint] = Field(description="Quarterly concentrate prices")


def info(p: CompanyProfile) -> CompanyInfo:
    """The profile as the API shows it."""
    month, day = p.fiscal_year_end
    return CompanyInfo(
        id=p.id,
        name=p.name,
        name_zh=p.name_zh,
        aliases=list(p.aliases),
        listings=[
            {"exchange": x.exchange, "ticker": x.ticker, "source": x.source} for x in p.listings
        ],
        currency=p.currency,
        fiscal_year_end=f"{month:02d}-{day:02d}",
        reporting=p.reporting,
    )


def source(r: CompanyFactRow) -> Source:
    """A fact row as a cell source."""
    return Source(
        fact_id=r.id,
        doc=r.doc,
        published=r.published,
        value=r.value,
        value_high=r.value_high,
        bound=r.bound,
        unit=r.unit,
        sentence=r.sentence,
    )


def calendar_label(start: dt.date, end: dt.date) -> str:
    """A short name for a calendar span: Q1 2025, H1 2024, 2024, 9M 2025, 2025-03."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.day != 1:
        return f"{start}" if start == end else f"{start} to {end}"
    if months == 12 and start.month == 1:
        return str(start.year)
    if months == 6 and start.month in (1, 7):
        return f"H{1 if start.month == 1 else 2} {start.year}"
    if months == 3 and start.month % 3 == 1:
        return f"Q{start.month // 3 + 1} {start.year}"
    if months == 1:
        return f"{start:%Y-%m}"
    if start.month == 1:
        return f"{months}M {start.year}"
    return f"{start:%Y-%m} to {end:%Y-%m}"


def _claim(r: CompanyFactRow) -> Claim:
    return Claim(
        r.id,
        r.document_id,
        r.doc,
        r.kind,
        r.entity,
        r.subject,
        r.metric,
        r.period,
        r.period_start,
        r.period_end,
        r.value,
        r.value_high,
        r.unit,
        r.sentence,
        r.bound,
    )


def cell(rows: list[CompanyFactRow]) -> Cell:
    """The cell of one metric and period from its facts (one or many sources)."""
    verdict = judge([_claim(r) for r in rows])
    points = [r for r in rows if r.value_high is None and r.bound is None]
    shown = points[0] if points else rows[0]
    docs = {r.document_id for r in rows}
    status = "single" if len(docs) == 1 else ("disagree" if verdict.disagree else "agreed")
    return Cell(
        status=status,
        value=shown.value,
        value_high=shown.value_high,
        bound=shown.bound,
        unit=shown.unit,
        guidance=shown.value_high is not None or shown.bound is not None,
        camps=[list(c.docs) for c in verdict.camps] if verdict.disagree else [],
        likely_errors=[why for _, why in verdict.suspects],
        sources=[source(r) for r in rows],
    )


def _results(
    p: CompanyProfile, rows: list[CompanyFactRow]
) -> tuple[list[PeriodColumn], list[MetricRow]]:
    by: dict[str, dict[str, list[CompanyFactRow]]] = defaultdict(lambda: defaultdict(list))
    spans: dict[str, tuple[dt.date, dt.date]] = {}
    for r in rows:
        if r.metric in RESULT_METRICS and r.period_start and r.period_end:
            by[r.metric][r.period].append(r)
            spans[r.period] = (r.period_start, r.period_end)
    order = sorted(spans, key=lambda k: (spans[k][1], spans[k][0]))
    columns = [
        PeriodColumn(
            period=k,
            label=calendar_label(*spans[k]),
            fiscal=fiscal_label(p, *spans[k]),
            start=spans[k][0],
            end=spans[k][1],
        )
        for k in order
    ]
    table = [
        MetricRow(
            metric=m,
            label=label,
            cells={k: cell(by[m][k]) for k in order if by[m].get(k)},
        )
        for m, label in RESULT_METRICS.items()
        if m in by
    ]
    return columns, table


_ADJUSTMENT = re.compile(
    r"(?:每[高低升降]?(?:或[高低])?\s*1\s*个?百分点[^。;;]{0,30}?(\d+(?:\.\d+)?)\s*元/吨)"
    r"|(?:(?:each|every|per)\s+1\s*(?:%|percentage point)[^.;]{0,60}?"
    r"(\d+(?:\.\d+)?)\s*(?:yuan|CNY)(?:\s*(?:per|/)\s*(?:tonne|ton|t))?)",
    re.I,
)


def adjustment_rule(text: str) -> str | None:
    """The per-1 % REO adjustment of a concentrate price notice, as stated, if it is."""
    m = _ADJUSTMENT.search(text)
    if m is None:
        return None
    amount = m.group(1) or m.group(2)
    return f"±{amount} CNY/t per 1 % REO above or below 50 % (excl. VAT): “{m.group(0).strip()}”"


def _prices(
    store: Store, p: CompanyProfile, rows: list[CompanyFactRow]
) -> tuple[list[ListingPoint], list[ConcentratePoint]]:
    listing: list[ListingPoint] = []
    concentrate: list[ConcentratePoint] = []
    market: dict[str, dict[dt.date, tuple[float, str, int]]] = {}
    texts = company_store.document_texts(
        store, sorted({r.document_id for r in rows if r.subject == "re_concentrate"})
    )
    for r in rows:
        if r.kind != "price" or r.metric != "price" or r.value_high is not None:
            continue
        if r.period_start is None or r.period_end is None:
            continue
        if r.subject == "re_concentrate":
            text = texts.get(r.document_id, "")
            concentrate.append(
                ConcentratePoint(
                    period=r.period,
                    price=r.value,
                    unit=r.unit,
                    adjustment=adjustment_rule(r.sentence) or adjustment_rule(text),
                    source=source(r),
                )
            )
            continue
        if calendar_label(r.period_start, r.period_end) != f"{r.period_start:%Y-%m}":
            continue
        if r.subject not in market:
            market[r.subject] = {
                m: (mean, unit, n)
                for m, mean, unit, n in company_store.market_months(store, r.subject, p.entities)
            }
        got = market[r.subject].get(r.period_start)
        mean = got[0] if got and got[1] == r.unit else None
        listing.append(
            ListingPoint(
                product=r.subject,
                month=f"{r.period_start:%Y-%m}",
                listing=r.value,
                unit=r.unit,
                market_mean=mean,
                market_quotes=got[2] if got and mean is not None else 0,
                premium_pct=None if not mean else round((r.value / mean - 1) * 100, 2),
                source=source(r),
            )
        )
    listing.sort(key=lambda x: (x.product, x.month))
    concentrate.sort(key=lambda x: x.period)
    return listing, concentrate


def _operations(rows: list[CompanyFactRow]) -> list[Figure]:
    return [
        Figure(
            kind=r.kind,
            subject=r.subject,
            metric=r.metric,
            period=r.period,
            value=r.value,
            value_high=r.value_high,
            unit=r.unit,
            source=source(r),
        )
        for r in rows
        if r.kind in OPERATION_KINDS
    ]


def company_page(store: Store, name: str) -> CompanyPage:
    """The company page of ``name`` (id, name, alias or ticker).

    Raises:
        NotFoundError: no company has that name (the message lists the closest).

    """
    p = find_company(name)
    rows = company_store.company_facts(store, p.entities, ("financial", "price", *OPERATION_KINDS))
    columns, table = _results(p, rows)
    listing, concentrate = _prices(store, p, rows)
    message = None if rows else f"no facts about {p.name} in this database yet"
    return CompanyPage(
        company=info(p),
        facts=len(rows),
        message=message,
        periods=columns,
        results=table,
        operations=_operations(rows),
        listing_prices=listing,
        concentrate=concentrate,
    )
