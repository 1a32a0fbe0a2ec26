"""Use case: the market brief of a month or a span, with every number cited.

:func:`gather_brief` reads what the brief shows from the store: per product and market,
the price at the end of the span against the last price before it (from the stored
observations), the changes the documents themselves state for the span, the supply and
demand facts of the span, and the stored audit findings on what the brief cites. Every
number carries the ids of the facts it comes from; the builder turns them into
footnotes holding the document and the sentence. :func:`write_report` renders the HTML
and prints it to PDF beside it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel, Field

from reemarket.domain.periods import Granularity, parse_date, parse_period
from reemarket.domain.products import catalog
from reemarket.errors import InputError, NotFoundError, PeriodError
from reemarket.services.analytics import get_series
from reemarket.services.company_brief import CompanySection, company_sections
from reemarket.services.model_brief import ModelBalanceRow, brief_balance
from reemarket.store import report as report_store
from reemarket.store.db import Store

CONTEXT_DAYS = 92
"""Days before the span whose observations the charts show and a base may come from."""

SUPPLY_DEMAND_KINDS = ("production", "demand", "trade", "quota", "capacity", "forecast")
"""Fact kinds shown as the supply and demand facts of the span."""

STATED_CHANGE_METRICS = ("change_pct", "change")
"""Price-fact metrics read as changes the documents state."""


class Source(BaseModel):
    """Where a number comes from: a fact (document and sentence) or a sheet row."""

    fact_id: int | None = Field(description="Fact id, for numbers from documents")
    document: str = Field(description="Document or sheet name")
    document_id: str | None = Field(description="Document id (content hash)")
    title: str | None = Field(description="Document title")
    publisher: str | None = Field(description="Publisher")
    published: dt.date | None = Field(description="Publication date")
    sentence: str | None = Field(description="The sentence holding the number")
    quoted: str | None = Field(description="The number as the document writes it")
    line: int | None = Field(description="Sheet line, for numbers from price sheets")


class PriceRef(BaseModel):
    """One observed price used by the brief."""

    date: dt.date = Field(description="Date of the observation")
    low: float | None = Field(description="Low of the range")
    high: float | None = Field(description="High of the range")
    mid: float = Field(description="Mid price")
    sources: list[int] = Field(description="Indexes into Brief.sources")


class StatedChange(BaseModel):
    """A change a document states for the span, e.g. 'rose by 6.99% in February'."""

    metric: str = Field(description="change_pct (percent) or change (in the unit)")
    period: str = Field(description="The period the document gives, exchange format")
    value: float = Field(description="The stated change")
    unit: str = Field(description="% or the price unit")
    sources: list[int] = Field(description="Indexes into Brief.sources")


class PriceRow(BaseModel):
    """One product and market in the price table."""

    product: str = Field(description="Product id")
    name: str = Field(description="Product name")
    market: str = Field(description="Market")
    unit: str = Field(description="Unit of the prices")
    base: PriceRef | None = Field(description="Last observation before the span")
    end: PriceRef | None = Field(description="Last observation in the span")
    high: PriceRef | None = Field(description="Highest mid in the span")
    low: PriceRef | None = Field(description="Lowest mid in the span")
    change: float | None = Field(description="End minus base, in the unit")
    pct: float | None = Field(description="Change in percent of the base")
    stated: list[StatedChange] = Field(description="Changes the documents state for the span")
    points: list[PriceRef] = Field(description="Observations charted: context and span")


class FactRow(BaseModel):
    """A supply or demand fact of the span."""

    kind: str = Field(description="Fact kind")
    entity: str = Field(description="Market, country or company")
    subject: str = Field(description="Product, quota type or sector")
    metric: str = Field(description="Metric")
    period: str = Field(description="Period, exchange format")
    value: float = Field(description="Value (low end of a range)")
    value_high: float | None = Field(description="High end of a range")
    unit: str = Field(description="Unit")
    bound: str | None = Field(description="'lower' for 'more than', 'upper' for 'up to'")
    sources: list[int] = Field(description="Indexes into Brief.sources")


class AuditNote(BaseModel):
    """A stored audit finding on a fact or document the brief cites."""

    code: str = Field(description="Finding code")
    severity: str = Field(description="info, warning or error")
    document: str | None = Field(description="Document")
    message: str = Field(description="What is wrong")
    sources: list[int] = Field(description="Indexes into Brief.sources")


class Brief(BaseModel):
    """Everything the market brief shows, with its sources."""

    label: str = Field(description="The span as asked, e.g. 2025-02")
    title: str = Field(description="Headline, e.g. 'Rare-earth market brief: February 2025'")
    start: dt.date = Field(description="First day of the span")
    end: dt.date = Field(description="Last day of the span")
    generated: dt.datetime = Field(description="When the brief was built (UTC)")
    prices: list[PriceRow] = Field(description="Price table rows")
    facts: list[FactRow] = Field(description="Supply and demand facts of the span")
    audit_runs: int = Field(description="Audit runs stored in the database")
    audit: list[AuditNote] = Field(description="Findings on what the brief cites")
    sources: list[Source] = Field(description="Every source cited, in order of first use")
    companies: list[CompanySection] = Field(
        default_factory=list, description="Company sections: results, statements, prices"
    )
    balance: list[ModelBalanceRow] = Field(
        default_factory=list, description="Modelled baseline balance of the span's year"
    )


class ReportFiles(BaseModel):
    """The files a report run wrote."""

    html: Path = Field(description="The HTML brief")
    pdf: Path | None = Field(description="The PDF beside it, when made")
    brief: Brief = Field(description="What the brief shows")


def span_of(month: str | None, start: str | None, end: str | None) -> tuple[dt.date, dt.date, str]:
    """The span asked for: a month (``2025-02``) or ``start`` and ``end`` dates, and its label."""
    if month and (start or end):
        raise InputError("give either a month or a start and end date, not both")
    if month:
        try:
            period = parse_period(month)
        except PeriodError as exc:
            raise PeriodError(f"month: {exc}") from exc
        if period.granularity is not Granularity.MONTH or period.is_span:
            raise PeriodError(f"the month must be a month like 2025-02, got {month!r}")
        return period.start, period.end, month
    if not (start and end):
        raise InputError("give a month, or both a start and an end date")
    first, last = parse_date(start), parse_date(end)
    if last < first:
        raise InputError(f"end date {last} is before start date {first}")
    return first, last, f"{first}/{last}"


def _title(start: dt.date, end: dt.date, label: str) -> str:
    if "/" not in label:
        return f"Rare-earth market brief: {start:%B %Y}"
    return f"Rare-earth market brief: {start.day} {start:%B %Y} to {end.day} {end:%B %Y}"


class _Sources:
    """Sources in order of first use, one entry per fact or sheet row."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.items: list[Source] = []
        self._index: dict[tuple[object, ...], int] = {}

    def fact(self, fact_id: int) -> int:
        key: tuple[object, ...] = ("fact", fact_id)
        if key not in self._index:
            row = report_store.fact_citation(self.store, fact_id)
            if row is None:
                raise NotFoundError(f"fact {fact_id} cited by an observation is not stored")
            name, doc_id, title, publisher, published, sentence, quoted = row
            self._add(
                key,
                Source(
                    fact_id=fact_id,
                    document=name,
                    document_id=doc_id,
                    title=title,
                    publisher=publisher,
                    published=published,
                    sentence=sentence,
                    quoted=quoted,
                    line=None,
                ),
            )
        return self._index[key]

    def sheet(self, source: str, line: int | None) -> int:
        key: tuple[object, ...] = ("sheet", source, line)
        if key not in self._index:
            self._add(
                key,
                Source(
                    fact_id=None,
                    document=source,
                    document_id=None,
                    title=None,
                    publisher=None,
                    published=None,
                    sentence=None,
                    quoted=None,
                    line=line,
                ),
            )
        return self._index[key]

    def _add(self, key: tuple[object, ...], source: Source) -> None:
        self._index[key] = len(self.items)
        self.items.append(source)


def _observation_sources(
    store: Store,
    sources: _Sources,
    product: str,
    market: str,
    day: dt.date,
    source: str,
    *,
    by_line: bool,
) -> list[int]:
    """The source of one observation: its fact, or its sheet (and line when ``by_line``)."""
    row = report_store.observation_origin(store, product, market, day, source)
    if row is None:
        return []
    fact_id, line = row
    if fact_id is not None:
        return [sources.fact(int(fact_id))]
    return [sources.sheet(source, line if by_line else None)]


def _series_keys(store: Store, start: dt.date, end: dt.date) -> list[tuple[str, str]]:
    """Products and markets with an observation or a stated change in the span."""
    rows = report_store.covered_series(store, start, end)
    known = {p.id for p in catalog()}
    return sorted((str(p), str(m)) for p, m in rows if p in known)


def _stated(
    store: Store, sources: _Sources, product: str, market: str, start: dt.date, end: dt.date
) -> list[StatedChange]:
    rows = report_store.stated_changes(store, product, market, start, end)
    out: list[StatedChange] = []
    seen: set[tuple[str, str, float]] = set()
    for fid, metric, period, value, unit in rows:
        key = (str(metric), str(period), float(value))
        if key in seen:  # the same change stated twice (e.g. headline and body): cite both
            for s in out:
                if (s.metric, s.period, s.value) == key:
                    s.sources.append(sources.fact(int(fid)))
            continue
        seen.add(key)
        out.append(
            StatedChange(
                metric=str(metric),
                period=str(period),
                value=float(value),
                unit=str(unit),
                sources=[sources.fact(int(fid))],
            )
        )
    return out


def _price_row(
    store: Store, sources: _Sources, product: str, market: str, start: dt.date, end: dt.date
) -> PriceRow:
    prod = catalog().find(product)
    name = prod.name if prod else product
    try:
        series = get_series(
            store, product, market, start=start - dt.timedelta(days=CONTEXT_DAYS), end=end
        )
    except NotFoundError:
        series = None
    points = series.points if series else []
    unit = series.unit if series else ""
    before = [p for p in points if p.date < start]
    inside = [p for p in points if start <= p.date <= end]
    # The prices the table shows cite their sheet line; the other charted rows their sheet.
    shown = {before[-1].date} if before else set()
    if inside:
        shown |= {inside[-1].date, max(inside, key=lambda p: p.mid).date}
        shown.add(min(inside, key=lambda p: p.mid).date)
    refs = [
        PriceRef(
            date=p.date,
            low=p.low,
            high=p.high,
            mid=p.mid,
            sources=_observation_sources(
                store, sources, product, market, p.date, p.source, by_line=p.date in shown
            ),
        )
        for p in points
    ]
    base = next((r for r in reversed(refs) if r.date < start), None)
    in_span = [r for r in refs if start <= r.date <= end]
    last = in_span[-1] if in_span else None
    change = pct = None
    if base is not None and last is not None:
        change = last.mid - base.mid
        pct = change / base.mid * 100.0 if base.mid else None
    stated = _stated(store, sources, product, market, start, end)
    if not unit:
        unit = next((s.unit for s in stated if s.unit != "%"), prod.quote_unit if prod else "")
    return PriceRow(
        product=product,
        name=name,
        market=market,
        unit=unit,
        base=base,
        end=last,
        high=max(in_span, key=lambda r: r.mid) if in_span else None,
        low=min(in_span, key=lambda r: r.mid) if in_span else None,
        change=change,
        pct=pct,
        stated=stated,
        points=refs,
    )


def _facts(store: Store, sources: _Sources, start: dt.date, end: dt.date) -> list[FactRow]:
    """Supply and demand facts whose period overlaps the span and has ended by its end."""
    rows = report_store.facts_of_kinds(store, list(SUPPLY_DEMAND_KINDS), start, end)
    return [
        FactRow(
            kind=kind,
            entity=entity,
            subject=subject,
            metric=metric,
            period=period,
            value=value,
            value_high=high,
            unit=unit,
            bound=bound,
            sources=[sources.fact(int(fid))],
        )
        for fid, kind, entity, subject, metric, period, value, high, unit, bound in rows
    ]


def _audit(store: Store, sources: _Sources) -> tuple[int, list[AuditNote]]:
    """Stored findings about a cited fact or a cited document."""
    runs = report_store.audit_run_count(store)
    cited_facts = {s.fact_id for s in sources.items if s.fact_id is not None}
    cited_docs = sorted({s.document_id for s in sources.items if s.document_id})
    if not cited_docs:
        return runs, []
    rows = report_store.findings_on_documents(store, cited_docs)
    notes = []
    for code, severity, doc, fact_ids, message in rows:
        ids = [int(i) for i in fact_ids or []]
        # Findings on cited facts come first in the sources; the others cite their own facts.
        ordered = [i for i in ids if i in cited_facts] + [i for i in ids if i not in cited_facts]
        notes.append(
            AuditNote(
                code=code,
                severity=severity,
                document=doc,
                message=message,
                sources=[sources.fact(i) for i in ordered],
            )
        )
    return runs, notes


def gather_brief(store: Store, start: dt.date, end: dt.date, label: str) -> Brief:
    """Read what the brief of the span shows; NotFoundError when the span holds nothing."""
    sources = _Sources(store)
    prices = [
        _price_row(store, sources, p, m, start, end) for p, m in _series_keys(store, start, end)
    ]
    prices = [r for r in prices if r.end is not None or r.stated]
    facts = _facts(store, sources, start, end)
    if not prices and not facts:
        raise NotFoundError(
            f"nothing to report for {label}: no prices, stated changes or supply and demand"
            " facts in the database for that span"
        )
    companies = company_sections(store, sources.fact, start, end)
    runs, notes = _audit(store, sources)
    return Brief(
        label=label,
        title=_title(start, end, label),
        start=start,
        end=end,
        generated=dt.datetime.now(dt.UTC).replace(microsecond=0),
        prices=prices,
        facts=facts,
        audit_runs=runs,
        audit=notes,
        sources=sources.items,
        companies=companies,
        balance=brief_balance(end.year),
    )


def default_output(label: str) -> Path:
    """The default HTML file name of a brief: ``market-brief-<label>.html``."""
    return Path(f"market-brief-{label.replace('/', '_')}.html")


def write_report(
    store: Store,
    *,
    month: str | None = None,
    start: str | None = None,
    end: str | None = None,
    output: Path | None = None,
    pdf: bool = True,
) -> ReportFiles:
    """Build the brief of a month or span, write its HTML and (``pdf``) the PDF beside it.

    The HTML is written first; if the PDF cannot be made, :class:`PdfError` says why and
    names the HTML that was written.
    """
    from reemarket.report.builder import render_html
    from reemarket.report.pdf import html_to_pdf

    first, last, label = span_of(month, start, end)
    brief = gather_brief(store, first, last, label)
    html_path = output or default_output(label)
    if html_path.suffix.lower() not in (".html", ".htm"):
        raise InputError(f"-o {html_path}: the brief is HTML, give a .html file name")
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html = render_html(brief)
    html_path.write_text(html, encoding="utf-8")
    pdf_path = None
    if pdf:
        pdf_path = html_to_pdf(html, html_path.with_suffix(".pdf"), html_path=html_path)
    return ReportFiles(html=html_path, pdf=pdf_path, brief=brief)
