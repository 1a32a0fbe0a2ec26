"""The FastAPI application: the API under /api/v1, OpenAPI docs at /docs, the dashboard at /."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from reemarket import __version__
from reemarket.api import problems
from reemarket.api.cache import ReadCache
from reemarket.api.docs_ui import mount_docs
from reemarket.api.routes_docs import router as docs_router
from reemarket.api.routes_model import router as model_router
from reemarket.api.routes_prices import router as prices_router
from reemarket.api.routes_sources import router as sources_router
from reemarket.store.db import open_store
from reemarket.web import mount_web

API_PREFIX = "/api/v1"


def create_app(db_path: Path | None = None, *, open_reads: bool = True) -> FastAPI:
    """Build the app over one database file.

    ``open_reads``: reads need no key (the default when serving on loopback).
    """
    store = open_store(db_path)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="reemarket",
        version=__version__,
        description="Rare-earth prices, facts with their sentences, audit findings and "
        "supply-demand scenarios. Reads are open on loopback; writes need an X-API-Key.",
        docs_url=None,  # served from local files by mount_docs, not from a CDN
        redoc_url=None,
    )
    app.state.conn = store.conn
    app.state.db_path = store.path
    app.state.open_reads = open_reads
    problems.install(app)
    for router in (prices_router, docs_router, model_router, sources_router):
        app.include_router(router, prefix=API_PREFIX)
    mount_docs(app)  # before mount_web: its routes under /static win over the folder
    mount_web(app)
    if open_reads:
        app.add_middleware(ReadCache, prefix=API_PREFIX + "/")
    return app
