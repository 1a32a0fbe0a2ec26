"""Facts with their sentences, documents, uploads, sheet imports, audit findings."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, File, Form, Query, Response, UploadFile
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from reemarket.api.deps import (
    Id,
    PageDep,
    StoreDep,
    WriteKey,
    date_param,
    from_memory_or_thread,
    read_access,
)
from reemarket.errors import DocumentError, InputError
from reemarket.services.audit import (
    AuditReport,
    FindingOut,
    audit,
    count_findings,
    list_findings,
)
from reemarket.services.browse import (
    DocumentText,
    FactOut,
    get_document,
    get_fact,
    list_documents,
)
from reemarket.services.fact_pages import fact_page
from reemarket.services.facts import FactFilter
from reemarket.services.ingest import ingest_paths
from reemarket.services.prices import ImportResult, import_prices

router = APIRouter(tags=["facts and documents"])
reads = [Depends(read_access)]

#: Largest upload accepted, bytes.
MAX_UPLOAD = 50 * 1024 * 1024


def _paged(items: list[object], total: int, limit: int, offset: int) -> dict[str, object]:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


class FactPageOut(BaseModel):
    """A page of facts."""

    items: list[FactOut] = Field(description="The facts of this page")
    total: int = Field(description="Facts matching the filters")
    limit: int = Field(description="Items per page asked for")
    offset: int = Field(description="Items skipped (after the cursor, if given)")
    next: str | None = Field(
        default=None, description="Cursor of the next page (give it as `cursor`); null at the end"
    )


@router.get("/facts", response_model=FactPageOut, dependencies=reads)
async def facts(
    store: StoreDep,
    page: PageDep,
    doc: Annotated[str | None, Query(description="Document name or id")] = None,
    kind: Annotated[str | None, Query(description="Fact kind")] = None,
    subject: Annotated[str | None, Query(description="Product or subject")] = None,
    entity: Annotated[str | None, Query(description="Market, country or company")] = None,
    period: Annotated[str | None, Query(description="Overlapping this period")] = None,
    cursor: Annotated[
        str | None,
        Query(max_length=2048, description="Start after this cursor (a page's `next`)"),
    ] = None,
) -> Response:
    """Facts with their sentences, filtered and paged (by cursor, or by offset)."""
    flt = FactFilter(document=doc, kind=kind, product=subject, entity=entity, period=period)
    # from memory on the event loop when the listing was read before, else in a thread
    found = await from_memory_or_thread(fact_page, store, flt, page.limit, page.offset, cursor)
    body = {"items": orjson.Fragment(found.json), "total": found.total, "limit": page.limit,
            "offset": page.offset, "next": found.next}  # fmt: skip
    # plain dicts straight to orjson (FactPageOut documents the shape), as for the series
    return Response(orjson.dumps(body), media_type="application/json")


@router.get("/facts/{fact_id}", response_model=FactOut, dependencies=reads)
def fact(store: StoreDep, fact_id: Id) -> FactOut:
    """One fact."""
    return get_fact(store, fact_id)


@router.get("/documents", dependencies=reads)
def documents(store: StoreDep, page: PageDep) -> dict[str, object]:
    """Stored documents, paged."""
    items, total = list_documents(store, page.limit, page.offset)
    return _paged(list(items), total, page.limit, page.offset)


@router.get("/documents/{doc}", response_model=DocumentText, dependencies=reads)
def document(store: StoreDep, doc: str) -> DocumentText:
    """One document with its text."""
    return get_document(store, doc)


async def _saved(upload: UploadFile, folder: Path) -> Path:
    name = Path(upload.filename or "upload").name
    if not name or name.startswith("."):
        raise InputError("the uploaded file needs a name with an extension", field="file")
    data = await upload.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise DocumentError(f"{name}: larger than {MAX_UPLOAD // 2**20} MB", field="file")
    path = folder / name
    await run_in_threadpool(path.write_bytes, data)
    return path


@router.post("/documents")
async def upload_document(
    store: StoreDep,
    key: WriteKey,
    file: Annotated[UploadFile, File(description="A .txt, .md, .html or .pdf document")],
    date: Annotated[str | None, Form(description="Publication date, YYYY-MM-DD")] = None,
) -> dict[str, object]:
    """Upload and ingest one document (idempotent: the same text adds nothing)."""
    given: dt.date | None = date_param(date, "date")
    with tempfile.TemporaryDirectory() as tmp:
        path = await _saved(file, Path(tmp))
        # extraction and the write run in the threadpool: other requests keep being served
        summary = await run_in_threadpool(ingest_paths, store, [str(path)], given_date=given)
    return summary.as_dict()


@router.post("/prices/import", response_model=ImportResult)
async def import_sheet(
    store: StoreDep,
    key: WriteKey,
    file: Annotated[UploadFile, File(description="A CSV, XLSX or Parquet price sheet")],
    skip_bad: Annotated[bool, Form(description="Write the good rows, list the rejected")] = False,
) -> ImportResult:
    """Import a price sheet; with a bad row nothing is written unless skip_bad."""
    with tempfile.TemporaryDirectory() as tmp:
        path = await _saved(file, Path(tmp))
        result = await run_in_threadpool(import_prices, store, path, skip_bad=skip_bad)
    result.file = Path(result.file).name
    return result


@router.get("/findings", dependencies=reads)
def findings(
    store: StoreDep,
    page: PageDep,
    doc: Annotated[str | None, Query(description="Document name or id")] = None,
    code: Annotated[str | None, Query(description="Finding code")] = None,
) -> dict[str, object]:
    """Stored audit findings with their sentences, paged."""
    shown: list[FindingOut] = list_findings(
        store, doc=doc, code=code, limit=page.limit, offset=page.offset
    )
    total = count_findings(store, doc=doc, code=code)
    return _paged(list(shown), total, page.limit, page.offset)


@router.post("/audit", response_model=AuditReport)
def run_audit(
    store: StoreDep,
    key: WriteKey,
    doc: Annotated[str | None, Query(description="Only this document")] = None,
) -> AuditReport:
    """Run the audit; its findings replace the previous run's."""
    return audit(store, doc)
