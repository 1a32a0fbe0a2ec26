"""Request dependencies: a database cursor per request, API-key checks, paging, parsed inputs."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, Concatenate, ParamSpec, TypeVar, cast

import duckdb
from fastapi import Depends, Header, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from reemarket.domain.periods import parse_date
from reemarket.domain.products import catalog
from reemarket.errors import PeriodError, UnknownNameError
from reemarket.services.keys import ApiKeyInfo, verify_key
from reemarket.store.db import Store


async def get_store(request: Request) -> AsyncIterator[Store]:
    """A store on its own cursor of the server's connection, closed after the request.

    The server opens the file on demand and lets it go when idle (``api/database.py``).
    An async dependency: when the file is open (always, under load) the cursor is made
    on the event loop; only opening the file, which may wait for a CLI command, goes to
    the threadpool. A sync dependency cost two threadpool hops per request (enter and
    exit), which under 50 connections made the uncached series' tail.
    """
    database = request.app.state.database
    store = database.enter_nowait()
    if store is None:
        store = await run_in_threadpool(database.enter)
    try:
        yield store
    finally:
        database.leave(store)


StoreDep = Annotated[Store, Depends(get_store)]


def require_key(
    store: StoreDep,
    x_api_key: Annotated[str | None, Header(description="API key (writes)")] = None,
) -> ApiKeyInfo:
    """Refuse the request unless it carries a valid, unrevoked API key."""
    return verify_key(store, x_api_key)


async def read_access(
    request: Request,
    store: StoreDep,
    x_api_key: Annotated[str | None, Header(description="API key (needed off loopback)")] = None,
) -> None:
    """Reads are open when the server listens on loopback; otherwise they need a key too.

    Async, so an open read costs no threadpool hop; checking a key reads the store, in
    the threadpool.
    """
    if not request.app.state.open_reads:
        await run_in_threadpool(verify_key, store, x_api_key)


WriteKey = Annotated[ApiKeyInfo, Depends(require_key)]

_P = ParamSpec("_P")
_T = TypeVar("_T")


#: The largest id or offset a request may name (DuckDB BIGINT).
MAX_ID = 2**63 - 1

#: An id in a path or query.
Id = Annotated[int, Path(ge=0, le=MAX_ID, description="Id")]


class Page:
    """Paging parameters of a list endpoint."""

    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=1000, description="Items per page")] = 50,
        offset: Annotated[int, Query(ge=0, le=MAX_ID, description="Items to skip")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


async def page_params(
    limit: Annotated[int, Query(ge=1, le=1000, description="Items per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_ID, description="Items to skip")] = 0,
) -> Page:
    """The paging parameters (an async dependency: no threadpool hop)."""
    return Page(limit, offset)


PageDep = Annotated[Page, Depends(page_params)]


class NeedsStore(BaseException):
    """Raised by a memory-only store when a service asks it for a query.

    A BaseException, so no ``except Exception`` in a service can swallow it.
    """


class _NoQueries:
    """A connection that refuses all use: the service must answer from memory."""

    def __getattr__(self, name: str) -> Any:
        raise NeedsStore(name)


async def from_memory_or_thread(
    fn: Callable[Concatenate[Store, _P], _T], store: Store, *args: _P.args, **kwargs: _P.kwargs
) -> _T:
    """Run a read-only service on the event loop if it needs no query, else in the threadpool.

    The service is first given a store whose connection refuses any use: when what it
    needs is in memory (a series or facts listing read before, keyed by the store's
    generation) it answers at once, with no threadpool hop and no wait for the GIL to
    come back from a worker thread, which made the tail of an uncached request under 50
    connections. The first query it asks for stops it; it then runs again, whole, in
    the threadpool with the real store. Only for reads: a service must not change
    anything before its first query.
    """
    refusing = cast(duckdb.DuckDBPyConnection, _NoQueries())
    memory = Store(refusing, store.path, read_only_reason=store.read_only_reason)
    if not store.shared:  # the team store's generation is a query
        try:
            return fn(memory, *args, **kwargs)
        except NeedsStore:
            pass
    return await run_in_threadpool(fn, store, *args, **kwargs)


def product_id(name: str, field: str = "product") -> str:
    """Resolve a product name, naming the field if unknown."""
    found = catalog().find(name)
    if found is None:
        raise UnknownNameError(f"unknown product {name!r}", field=field)
    return found.id


def date_param(text: str | None, field: str) -> dt.date | None:
    """Parse an optional ISO date, naming the field if it does not exist."""
    if text is None or text == "":
        return None
    try:
        return parse_date(text)
    except PeriodError as exc:
        raise PeriodError(str(exc), field=field) from exc
