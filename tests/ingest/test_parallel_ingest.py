"""Parallel ingest on a local Dask cluster: the same facts as the serial ingest, resumable."""

from __future__ import annotations

import shutil

import pytest

from reemarket.services import parallel
from reemarket.services.ingest import ingest_paths
from reemarket.services.parallel import ingest_parallel
from reemarket.store.db import open_store
from reemarket.store.facts import FactWhere, count_facts, select_facts
from support import location_for


def _facts(store):
    rows = select_facts(store, FactWhere(include_unresolved=True), limit=100_000)
    return sorted((r.document_id, r.kind, r.subject, r.period, r.value, r.span_start) for r in rows)


def _observations(store):
    return sorted(store.conn.execute(
        "SELECT product, market, date, mid, source FROM observations").fetchall())  # fmt: skip


@pytest.mark.slow
@pytest.mark.backends
def test_parallel_ingest_matches_serial_and_resumes(
    backend, shared, tmp_path, request, monkeypatch
):
    """The embedded file has one writer (this process); on the team store the workers write."""
    seeds = tmp_path / "seeds"
    shutil.copytree(shared / "corpus/seeds", seeds)
    meta = shared / "corpus/seeds.meta.json"
    with open_store(tmp_path / "serial.duckdb") as serial:
        ingest_paths(serial, [str(seeds)], meta_file=meta)
        want_facts, want_obs = _facts(serial), _observations(serial)
    here = []  # batches written by this process (Dask workers import their own copy)
    write = parallel.write_batch
    monkeypatch.setattr(parallel, "write_batch", lambda *a: here.append(1) or write(*a))
    with open_store(location_for(backend, tmp_path / "parallel.duckdb", request)) as par:
        done = ingest_parallel(par, [str(seeds)], workers=2, meta_file=meta, chunk=2)
        assert (len(here) > 0) == (backend == "duckdb")
        # where the time went: the workers' phases on the team store, the writer's here
        phases = {"extract", "wait", "write", "place"} if backend == "ducklake" else {"write"}
        assert phases <= set(done.seconds)
        assert done.documents == len(list(seeds.iterdir()))
        assert _facts(par) == want_facts
        assert _observations(par) == want_obs
        before = count_facts(par, FactWhere(include_unresolved=True))
        again = ingest_parallel(par, [str(seeds)], workers=1, meta_file=meta)
        assert again.documents == 0
        assert again.skipped == done.documents
        assert count_facts(par, FactWhere(include_unresolved=True)) == before


@pytest.mark.slow
def test_the_one_writer_takes_finished_chunks_together(shared, tmp_path, monkeypatch):
    """Chunks of one file, written two files or more at a time (the last ones as they come).

    Progress counts commits only.
    """
    seeds = tmp_path / "seeds"
    shutil.copytree(shared / "corpus/seeds", seeds)
    meta = shared / "corpus/seeds.meta.json"
    files = len(list(seeds.iterdir()))
    with open_store(tmp_path / "serial.duckdb") as serial:
        ingest_paths(serial, [str(seeds)], meta_file=meta)
        want_facts = _facts(serial)
    sizes: list[int] = []
    write = parallel.write_batch
    monkeypatch.setattr(
        parallel,
        "write_batch",
        lambda store, ready, *a: sizes.append(len(ready)) or write(store, ready, *a),
    )
    seen: list[tuple[int, int]] = []
    with open_store(tmp_path / "grouped.duckdb") as store:
        done = ingest_parallel(
            store, [str(seeds)], workers=2, meta_file=meta, chunk=1, write_every=2,
            progress=lambda n, total: seen.append((n, total)),
        )  # fmt: skip
        assert _facts(store) == want_facts
    assert done.documents == files
    assert sum(sizes) == files
    # two or more at a time, but for the last chunks (each of the two workers' last one
    # and what was waiting when they were handed out): written as each arrives
    assert all(s >= 2 for s in sizes[:-3])
    assert all(s >= 1 for s in sizes[-3:])
    assert len(sizes) <= files // 2 + 3
    assert [n for n, _ in seen] == sorted({n for n, _ in seen})
    assert seen[-1] == (files, files)
