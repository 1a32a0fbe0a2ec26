"""A parallel ingest killed mid-run: nothing committed is lost, nothing is half-written, a re-run resumes.

Each test runs ``reemarket ingest --workers 2`` over generated reports in a subprocess
(a real local Dask cluster), kills it part-way (the whole run, or one worker process),
and compares the store with a clean run of the same files: every document once, each
with all its facts, the same observation count.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from reemarket.store.db import open_store
from support import location_for, write_reports

EXE = [sys.executable, "-m", "reemarket"]
DOCS = 1500
pytestmark = [pytest.mark.slow, pytest.mark.backends]

#: Facts per document, observations, story rows: what a run left in the store.
_SHAPE = (
    "SELECT d.id, (SELECT count(*) FROM facts f WHERE f.document_id = d.id),"
    " (SELECT count(*) FROM document_stories s WHERE s.document_id = d.id)"
    " FROM documents d ORDER BY d.id"
)


def _shape(location: str) -> tuple[list[tuple[object, ...]], int, int]:
    with open_store(location) as store:
        per_doc = [tuple(r) for r in store.conn.execute(_SHAPE).fetchall()]
        obs = store.conn.execute("SELECT count(*) FROM observations").fetchall()[0][0]
        facts = store.conn.execute("SELECT count(*) FROM facts").fetchall()[0][0]
    return per_doc, int(obs), int(facts)


def _ingest(location: str, docs: Path) -> dict[str, object]:
    out = subprocess.run(
        [*EXE, "--db", location, "ingest", "--workers", "2", "--json", str(docs)],
        capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    try:
        summary: dict[str, object] = json.loads(out.stdout)
    except json.JSONDecodeError as exc:  # say what stdout held besides the JSON
        raise AssertionError(f"stdout is not JSON ({exc}): {out.stdout[:2000]!r}") from exc
    return summary


def _start(location: str, docs: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*EXE, "--db", location, "ingest", "--workers", "2", str(docs)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip


def _wait_committed(run: subprocess.Popen[str], at_least: int) -> int:
    """Read the run's progress lines until ``at_least`` files are committed; return the count."""
    assert run.stderr is not None
    deadline = time.monotonic() + 300
    for line in run.stderr:
        if line.startswith("ingest: "):
            done = int(line.split()[1])
            if done >= at_least:
                return done
        assert time.monotonic() < deadline, "no progress"
    raise AssertionError(f"the run ended before {at_least} files were committed")


def _workers(pid: int) -> list[psutil.Process]:
    """The Dask workers of a run: the processes its fork server forked."""
    servers = [
        p
        for p in psutil.Process(pid).children()
        if "multiprocessing.forkserver" in " ".join(p.cmdline())
    ]
    return [w for server in servers for w in server.children()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_reports(tmp_path / "docs", DOCS)
    return tmp_path / "docs"


@pytest.fixture
def clean(backend: str, corpus: Path, tmp_path: Path, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """The store shape after one uninterrupted run."""
    location = location_for(backend, tmp_path / "clean.duckdb", request)
    summary = _ingest(location, corpus)
    assert summary["documents"] == DOCS
    return _shape(location)


def test_a_killed_run_keeps_whole_batches_and_a_rerun_resumes(
    backend: str, corpus: Path, clean, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    location = location_for(backend, tmp_path / "killed.duckdb", request)
    with _start(location, corpus) as run:
        try:
            committed = _wait_committed(run, DOCS // 4)
        finally:
            os.killpg(run.pid, signal.SIGKILL)  # the driver and its Dask workers at once
            run.wait()
    per_doc, _, _ = _shape(location)
    stored = {d for d, _, _ in per_doc}
    want = {d: (n, s) for d, n, s in clean[0]}
    assert committed <= len(stored) < DOCS
    # no half-written document: each stored one has every fact and its story row
    assert all(want[d] == (n, s) for d, n, s in per_doc)
    again = _ingest(location, corpus)
    assert again["already_ingested"] == len(stored)
    assert again["documents"] == DOCS - len(stored)
    assert _shape(location) == clean


def test_a_killed_worker_loses_nothing(
    backend: str, corpus: Path, clean, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    location = location_for(backend, tmp_path / "worker.duckdb", request)
    with _start(location, corpus) as run:
        try:
            _wait_committed(run, DOCS // 4)
            workers = _workers(run.pid)
            assert len(workers) == 2
            workers[0].kill()
            assert run.stderr is not None
            rest = run.stderr.read()
            assert run.wait(timeout=600) == 0, rest[-2000:]
        finally:
            if run.poll() is None:
                os.killpg(run.pid, signal.SIGKILL)
                run.wait()
    assert _shape(location) == clean
