"""The company section of the market brief: latest results, statements, listing prices.

For each company with a listing in the registry and something to say in the span: its
latest results (the latest period ended by the span's end), its listing prices and
concentrate prices of periods overlapping the span, and the company's own statements
in documents published in the span.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pydantic import BaseModel, Field

from reemarket.domain.companies import profiles
from reemarket.services.company import RESULT_METRICS, calendar_label
from reemarket.services.statements import refresh
from reemarket.store import companies as company_store
from reemarket.store import statements as st_store
from reemarket.store.companies import CompanyFactRow
from reemarket.store.db import Store


class BriefFigure(BaseModel):
    """A company figure in the brief, citing its fact."""

    label: str = Field(description="What the figure is")
    period: str = Field(description="Period label")
    value: float = Field(description="Value (low end of a range)")
    value_high: float | None = Field(description="High end of a range")
    unit: str = Field(description="Unit")
    sources: list[int] = Field(description="Indexes into Brief.sources")


class BriefStatement(BaseModel):
    """A statement by the company in a document of the span."""

    text: str = Field(description="The sentence")
    topics: list[str] = Field(description="Topics")
    doc: str = Field(description="Document name")


class CompanySection(BaseModel):
    """One company in the brief."""

    company: str = Field(description="Company name")
    results: list[BriefFigure] = Field(description="Latest results")
    prices: list[BriefFigure] = Field(description="Listing and concentrate prices of the span")
    statements: list[BriefStatement] = Field(description="The company's statements of the span")


def _figure(r: CompanyFactRow, label: str, cite: Callable[[int], int]) -> BriefFigure:
    start, end = r.period_start, r.period_end
    period = calendar_label(start, end) if start and end else r.period
    return BriefFigure(
        label=label,
        period=period,
        value=r.value,
        value_high=r.value_high,
        unit=r.unit,
        sources=[cite(r.id)],
    )


def company_sections(
    store: Store, cite: Callable[[int], int], start: dt.date, end: dt.date
) -> list[CompanySection]:
    """The company sections of a brief over ``start``..``end``; ``cite`` numbers a fact."""
    refresh(store)
    out: list[CompanySection] = []
    for p in profiles():
        if not p.listings:
            continue
        rows = company_store.company_facts(store, p.entities, ("financial", "price"))
        done = [
            r for r in rows if r.metric in RESULT_METRICS and r.period_end and r.period_end <= end
        ]
        reported = [r for r in done if r.value_high is None and r.bound is None]
        results: list[BriefFigure] = []
        if reported:
            latest = max(r.period_end for r in reported if r.period_end)
            results = [
                _figure(r, RESULT_METRICS[r.metric], cite)
                for r in reported
                if r.period_end == latest
            ]
            results += [  # forecasts of later periods
                _figure(r, RESULT_METRICS[r.metric] + " (guidance)", cite)
                for r in done
                if (r.value_high is not None or r.bound) and r.period_end and r.period_end > latest
            ]
        prices = [
            _figure(
                r,
                "concentrate price" if r.subject == "re_concentrate" else f"listing {r.subject}",
                cite,
            )
            for r in rows
            if r.kind == "price"
            and r.metric == "price"
            and r.period_start
            and r.period_end
            and r.period_start <= end
            and r.period_end >= start
        ]
        names = tuple(n for n in (p.name, p.name_zh, *p.aliases) if n and len(n) >= 4)
        docs = [
            d[0]
            for d in company_store.documents_mentioning(store, names)
            if d[2] is not None and start <= d[2] <= end
        ]
        statements = [
            BriefStatement(text=s.text, topics=list(s.topics), doc=s.doc)
            for s in st_store.statements_of(store, docs)
            if s.speaker == "company"
        ][:8]
        if results or prices or statements:
            out.append(
                CompanySection(
                    company=p.name, results=results, prices=prices, statements=statements
                )
            )
    return out
