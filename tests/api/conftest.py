"""A real server on a loopback port over a real database with the seeds and the sample sheet."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from reemarket.api.app import create_app
from reemarket.services.demo import sample_sheet
from reemarket.services.keys import create_key
from reemarket.services.prices import import_prices
from reemarket.store.db import open_store
from support import SHARED, free_port, ingest_seeds, location_for


class LiveServer:
    """uvicorn serving the app in a thread."""

    def __init__(self, db: Path | str, open_reads: bool = True) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db, open_reads=open_reads), host="127.0.0.1",
                                port=self.port, log_level="warning")  # fmt: skip
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def api_db(tmp_path_factory, backend, request) -> tuple[str, str]:
    """A store with the seeds ingested and the sample sheet imported; and a write key.

    On the backend of the test: the DuckDB file, or the team store for tests marked
    ``backends``.
    """
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    db = location_for(backend, tmp_path_factory.mktemp("api") / "api.duckdb", request)
    with open_store(db) as store:
        ingest_seeds(store)
        import_prices(store, sample_sheet())
        key = create_key(store, "tests").key
    return db, key


@pytest.fixture(scope="session")
def live(api_db) -> Iterator[LiveServer]:
    db, _ = api_db
    with LiveServer(db) as server:
        yield server


@pytest.fixture
def client(live) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url + "/api/v1", timeout=60) as c:
        yield c


@pytest.fixture
def key(api_db) -> str:
    return api_db[1]


TODAY = dt.date(2025, 3, 11)
