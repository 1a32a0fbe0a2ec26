"""The company tracker: a company's page, its statements, full-text search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from reemarket.api.deps import StoreDep, read_access
from reemarket.services.company import CompanyPage, company_page
from reemarket.services.statements import (
    SearchResult,
    StatementList,
    company_statements,
    search,
)

router = APIRouter(tags=["companies"])
reads = [Depends(read_access)]


@router.get("/companies/{name}", response_model=CompanyPage, dependencies=reads)
def company(store: StoreDep, name: str) -> CompanyPage:
    """A company's results by period (every source, disagreements shown), operations, prices."""
    return company_page(store, name)


@router.get("/companies/{name}/statements", response_model=StatementList, dependencies=reads)
def statements(
    store: StoreDep,
    name: str,
    period: Annotated[
        str | None, Query(description="Overlapping this period, e.g. 2025-H1")
    ] = None,
    topic: Annotated[str | None, Query(description="Topic, e.g. prices")] = None,
    speaker: Annotated[str | None, Query(description="company, writer or analyst")] = None,
) -> StatementList:
    """Statements of documents about the company, filtered."""
    return company_statements(store, name, period, topic, speaker)


@router.get("/search", response_model=SearchResult, dependencies=reads)
def full_text(
    store: StoreDep,
    q: Annotated[str, Query(description="Words to search for")],
    limit: Annotated[int, Query(ge=1, le=200, description="Hits of each kind")] = 10,
) -> SearchResult:
    """Full-text search (BM25) over documents and statements."""
    return search(store, q, limit)
