"""The FastAPI application: the API under /api/v1, OpenAPI docs at /docs, the dashboard at /."""

from __future__ import annotations

import gc
import os
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from reemarket import __version__
from reemarket.api import problems
from reemarket.api.cache import DEFAULT_MAX_BYTES, ReadCache
from reemarket.api.database import DEFAULT_LINGER, ServerDatabase
from reemarket.api.docs_ui import mount_docs
from reemarket.api.guard import Guard, allowed_hosts
from reemarket.api.routes_company import router as company_router
from reemarket.api.routes_docs import router as docs_router
from reemarket.api.routes_keys import router as keys_router
from reemarket.api.routes_model import router as model_router
from reemarket.api.routes_prices import router as prices_router
from reemarket.api.routes_sources import router as sources_router
from reemarket.web import mount_web

API_PREFIX = "/api/v1"


def cache_bytes() -> int:
    """The read cache's bound in bytes: ``REEMARKET_CACHE_MB`` megabytes, else 64 MB."""
    raw = os.environ.get("REEMARKET_CACHE_MB", "")
    try:
        return int(float(raw) * 2**20) if raw else DEFAULT_MAX_BYTES
    except ValueError:
        return DEFAULT_MAX_BYTES


def create_app(
    db_path: Path | None = None,
    *,
    open_reads: bool = True,
    read_only_reason: str | None = None,
    hosts: Iterable[str] = (),
    linger: float = DEFAULT_LINGER,
) -> FastAPI:
    """Build the app over one database file.

    ``open_reads``: reads need no key (the default when serving on loopback).
    ``read_only_reason``: open the file read-only and answer writes 503 with this reason
    (several worker processes on one embedded file). ``hosts``: Host names served
    besides the loopback names. ``linger``: seconds the file stays open after a request.
    """
    database = ServerDatabase(db_path, read_only_reason=read_only_reason, linger=linger)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        database.close()

    app = FastAPI(
        lifespan=lifespan,
        title="reemarket",
        version=__version__,
        description="Rare-earth prices, facts with their sentences, audit findings and "
        "supply-demand scenarios. Reads are open on loopback; writes need an X-API-Key.",
        docs_url=None,  # served from local files by mount_docs, not from a CDN
        redoc_url=None,
    )
    app.state.database = database
    app.state.open_reads = open_reads
    problems.install(app)
    for router in (
        prices_router,
        docs_router,
        model_router,
        sources_router,
        keys_router,
        company_router,
    ):
        app.include_router(router, prefix=API_PREFIX)
    mount_docs(app)  # before mount_web: its routes under /static win over the folder
    mount_web(app)
    if open_reads and not database.shared:  # other processes write a shared store
        app.add_middleware(
            ReadCache, prefix=API_PREFIX + "/", max_bytes=cache_bytes(),
            generation=database.generation,
        )  # fmt: skip
    app.add_middleware(Guard, hosts=allowed_hosts(hosts))
    return app


#: Environment through which ``serve --workers N`` configures each worker process.
ENV_DB = "REEMARKET_SERVE_DB"
ENV_OPEN_READS = "REEMARKET_SERVE_OPEN_READS"
ENV_READ_ONLY = "REEMARKET_SERVE_READ_ONLY"
ENV_HOSTS = "REEMARKET_SERVE_HOSTS"


def app_from_env() -> FastAPI:
    """The app of one worker process of ``serve --workers N``, configured by environment."""
    app = create_app(
        Path(os.environ[ENV_DB]),
        open_reads=os.environ.get(ENV_OPEN_READS) == "1",
        read_only_reason=os.environ.get(ENV_READ_ONLY) or None,
        hosts=[h for h in os.environ.get(ENV_HOSTS, "").split(",") if h],
    )
    # as `serve` does with one process: what is loaded now lives as long as the worker,
    # so keep it out of the garbage collector's full scans, which stall requests
    gc.collect()
    gc.freeze()
    return app
