"""Followed web sources: list them with their last run and errors, add and remove (with a key)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Form
from pydantic import BaseModel, Field

from reemarket.api.deps import Id, StoreDep, WriteKey, read_access
from reemarket.errors import NotFoundError
from reemarket.services import sources as source_service
from reemarket.store.sources import SourceRow

router = APIRouter(tags=["sources"])


class SourceOut(BaseModel):
    """A followed source and how its last poll went."""

    id: int = Field(description="Source id")
    url: str = Field(description="Page or feed URL")
    name: str = Field(description="Name")
    every_seconds: int = Field(description="Seconds between polls")
    language: str | None = Field(description="Language of its documents, if given")
    added_at: dt.datetime = Field(description="When it was added")
    last_run_at: dt.datetime | None = Field(description="Last poll")
    last_ok_at: dt.datetime | None = Field(description="Last successful poll")
    last_error: str | None = Field(description="The last poll's error, None after a success")
    failures: int = Field(description="Failures in a row")
    next_due_at: dt.datetime = Field(description="Next poll (later after failures: backoff)")
    last_new_documents: int = Field(description="New documents at the last poll")


def _out(row: SourceRow) -> SourceOut:
    return SourceOut(**row.__dict__)


@router.get("/sources", response_model=list[SourceOut], dependencies=[Depends(read_access)])
def sources(store: StoreDep) -> list[SourceOut]:
    """Every followed source with its last run and error."""
    return [_out(r) for r in source_service.list_sources(store)]


@router.post("/sources", response_model=SourceOut, status_code=201)
def add_source(
    store: StoreDep,
    key: WriteKey,
    url: Annotated[str, Form(description="A page or an RSS/Atom feed (http or https)")],
    name: Annotated[str | None, Form(description="A name (default: the URL)")] = None,
    every: Annotated[str, Form(description="Poll interval, e.g. 6h, 30m, 1d")] = "6h",
    language: Annotated[str | None, Form(description="Language, e.g. zh")] = None,
) -> SourceOut:
    """Follow a source; ``reemarket watch`` polls it."""
    row = source_service.add_source(
        store, url, name=name or None, every=every, language=language or None
    )
    return _out(row)


@router.delete("/sources/{source_id}", response_model=SourceOut)
def remove_source(store: StoreDep, key: WriteKey, source_id: Id) -> SourceOut:
    """Stop following a source; its documents stay."""
    try:
        return _out(source_service.remove_source(store, str(source_id)))
    except NotFoundError as exc:
        raise NotFoundError(str(exc), field="source_id") from exc
