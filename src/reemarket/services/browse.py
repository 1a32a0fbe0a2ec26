"""Read-only listings for the API and dashboard: series, facts, documents, with paging."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from reemarket.errors import NotFoundError
from reemarket.services.fact_pages import fact_page, sentence_starts
from reemarket.services.facts import FactFilter, as_dict, to_where
from reemarket.store import facts as fact_store
from reemarket.store import observations as obs_store
from reemarket.store.db import Store


class SeriesInfo(BaseModel):
    """One stored price series: a product, market and source."""

    product: str = Field(description="Product id")
    market: str = Field(description="Market")
    source: str = Field(description="Sheet or document the observations came from")
    count: int = Field(description="Observations")
    first: dt.date = Field(description="First date")
    last: dt.date = Field(description="Last date")
    unit: str = Field(description="Unit of the prices")


class FactOut(BaseModel):
    """A stored fact with its provenance."""

    id: int = Field(description="Fact id")
    document_id: str = Field(description="Id (content hash) of its document")
    doc: str = Field(description="Name of its document")
    kind: str = Field(description="Fact kind, e.g. price")
    entity: str = Field(description="Market, country or company")
    subject: str = Field(description="Product, quota type or sector")
    metric: str = Field(description="Metric, e.g. change_pct")
    period: str = Field(description="Period in the exchange format ('' for standing figures)")
    value: float = Field(description="The value (the low end of a range)")
    value_high: float | None = Field(description="The high end of a range")
    unit: str = Field(description="Unit")
    status: str | None = Field(description="Capacity status")
    sentence: str = Field(description="The sentence the fact came from")
    span_start: int = Field(description="Character offset of the sentence in the document text")
    span_end: int = Field(description="End offset of the sentence")
    value_start: int = Field(description="Character offset of the figure itself")
    value_end: int = Field(description="End offset of the figure")
    extractor_version: str = Field(description="Version of the extractor that found it")
    publisher: str | None = Field(default=None, description="Publisher of its document")
    doc_title: str | None = Field(default=None, description="Title of its document")


class DocumentOut(BaseModel):
    """A stored document's metadata."""

    id: str = Field(description="Content hash")
    name: str = Field(description="File name")
    title: str | None = Field(description="Title")
    publisher: str | None = Field(description="Publisher")
    published: dt.date | None = Field(description="Publication date")
    language: str | None = Field(description="Language")
    format: str = Field(description="txt, md, html or pdf")
    facts: int = Field(description="Facts extracted")


class DocumentText(DocumentOut):
    """A document with its text."""

    text: str = Field(description="The text facts point into")
    page_starts: list[int] | None = Field(description="Offset of each PDF page")
    year: int | None = Field(default=None, description="Year the document is of, when known")


def list_series(store: Store) -> list[SeriesInfo]:
    """Every stored series with its size and date range."""
    rows = obs_store.series_summary(store)
    return [
        SeriesInfo(product=p, market=m, source=s, count=n, first=a, last=b, unit=u)
        for p, m, s, n, a, b, u in rows
    ]


def _sentence_starts(store: Store, facts: list[dict[str, Any]]) -> dict[int, int]:
    """Where each fact's sentence starts in its document (the occurrence holding the figure)."""
    return sentence_starts(store, [int(f["id"]) for f in facts])


def _fact(f: dict[str, Any], sentence_start: int) -> FactOut:
    return FactOut(
        id=f["id"],
        document_id=f["document_id"],
        doc=f["doc"],
        kind=f["kind"],
        entity=f["entity"],
        subject=f["subject"],
        metric=f["metric"],
        period=f["period"],
        value=f["value"],
        value_high=f["value_high"],
        unit=f["unit"],
        status=f["status"],
        sentence=f["evidence"],
        span_start=sentence_start,
        span_end=sentence_start + len(f["evidence"]),
        value_start=f["span"][0],
        value_end=f["span"][1],
        extractor_version=f["extractor_version"],
        publisher=f.get("publisher"),
        doc_title=f.get("doc_title"),
    )


def list_facts(store: Store, flt: FactFilter, limit: int, offset: int) -> tuple[list[FactOut], int]:
    """A page of facts matching the filter, and how many match in all (as models)."""
    found = fact_page(store, flt, limit, offset)
    return [FactOut(**f) for f in found.items], found.total


def get_fact(store: Store, fact_id: int) -> FactOut:
    """One fact by id."""
    where = to_where(FactFilter(include_unresolved=True), fact_id=fact_id)
    for row in fact_store.select_facts(store, where, limit=1):
        f = as_dict(row)
        return _fact(f, _sentence_starts(store, [f])[fact_id])
    raise NotFoundError(f"no fact with id {fact_id}")


def list_documents(store: Store, limit: int, offset: int) -> tuple[list[DocumentOut], int]:
    """A page of documents and the total count."""
    rows, total = fact_store.document_page(store, limit, offset)
    docs = [
        DocumentOut(
            id=r[0],
            name=r[1],
            title=r[2],
            publisher=r[3],
            published=r[4],
            language=r[5],
            format=r[6],
            facts=r[7],
        )
        for r in rows
    ]
    return docs, int(total)


def get_document(store: Store, doc: str) -> DocumentText:
    """One document, by id, name or the start of one name, with its text.

    A start shared by several names is refused with the names it could mean.
    """
    r = fact_store.document_with_text(store, doc)
    if r is None:
        names = fact_store.document_names_starting(store, doc)
        if len(names) == 1:
            r = fact_store.document_with_text(store, names[0])
        elif names:
            raise NotFoundError(f"{doc!r} begins several document names: {', '.join(names)}")
    if r is None:
        raise NotFoundError(f"no document {doc!r}")
    return DocumentText(
        id=r[0],
        name=r[1],
        title=r[2],
        publisher=r[3],
        published=r[4],
        language=r[5],
        format=r[6],
        facts=r[7],
        text=r[8],
        page_starts=r[9],
        year=r[10],
    )
