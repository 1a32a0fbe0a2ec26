"""Parallel use cases on Dask: ingest documents and sweep scenarios over many processes.

Work goes to a local Dask cluster of ``workers`` processes (``dask.distributed``
``LocalCluster`` on 127.0.0.1), or to an existing cluster at ``scheduler``
(``tcp://host:8786``). Extraction is a pure function of a document's text and a Monte
Carlo run a pure function of its scenario and seed, so computing needs no database.

Who writes depends on the store. The embedded file has one writer: workers send the
documents back as the store's rows (Arrow tables, :mod:`reemarket.services.batches`) and
this process places them in their stories and writes finished chunks in batches of
``WRITE_EVERY`` documents, one transaction each. On the team store (DuckLake) each worker opens its own connection and writes
its own chunks, each in one transaction (a lost write conflict is retried), so no
single process funnels the writes. Either way a chunk lands whole or not at all: a
worker killed mid-task loses nothing committed (Dask re-runs its task on another
worker), and a new run skips what is stored (documents by content hash, runs by
scenario, seed and paths).
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reemarket.errors import DocumentError, InputError, WriteConflictError
from reemarket.ingest.metadata import read_mapping
from reemarket.model.montecarlo import Summary, run_paths, summarise
from reemarket.model.scenario import Scenario
from reemarket.model.sweep import grid, parse_sweep
from reemarket.services.batches import PreparedBatch, prepare_chunk
from reemarket.services.ingest import IngestSummary, count_written, expand_paths
from reemarket.services.model import read_scenario
from reemarket.services.stories import StoryIndex
from reemarket.store import documents as doc_store
from reemarket.store import model_runs
from reemarket.store.db import DATA_PATH_ENV, Store, open_store
from reemarket.store.documents import RowBatch

#: Documents per Dask task: enough to keep scheduling overhead small.
DEFAULT_CHUNK = 50

#: Documents per task on the team store, where each task is also one write transaction:
#: a DuckLake commit has a high fixed cost (catalog round trips, a Parquet file per
#: table), so 250 documents a commit took 2,000 documents in 29-30 s against 55-69 s
#: at 50 (one worker, PostgreSQL catalog on this machine), and 500 cut the workers'
#: write CPU seconds of 4,000 documents by a fifth to two fifths against 250 in two
#: pairs of runs (a busy machine; see docs/architecture.md).
TEAM_CHUNK = 500

#: DuckDB threads of each worker's connection to the team store: the workers are as many
#: as the cores, so DuckDB's default of one thread per core only has them contend
#: (``REEMARKET_WORKER_THREADS`` sets another number).
WORKER_THREADS = 1
THREADS_ENV = "REEMARKET_WORKER_THREADS"

#: Least documents the embedded store's one writer takes per transaction: finished
#: chunks wait until this many are ready, as each transaction has a fixed cost (its
#: commit, the registering of its rows, the check of stored observations) that small
#: batches pay again and again while the workers wait on the writer. Writing 4,000
#: extracted documents took 2.9-3.3 CPU s in 50-document transactions, 1.2 in 500 and
#: 0.85-1.1 in 1,000 (two runs each); the last chunks are written as they come anyway.
WRITE_EVERY = 1000


#: Dask settings of the local cluster.
#:
#: * Its periodic upkeep, made for long-lived clusters watched on a dashboard, is turned
#:   down: the workers' profiler samples each running task's stack every 10 ms, the event
#:   loops tick every 20 ms and each nanny reads its worker's memory every 100 ms. An idle
#:   two-worker cluster here took 0.34 CPU s per 10 s in this process and 0.50 in its
#:   workers, 0.08 and 0.08 with these settings; every CPU second of upkeep is one taken
#:   from extraction when the workers fill the cores.
#: * The workers are forked from a server that imported Dask and the extraction once
#:   (:data:`WORKER_PRELOAD`), rather than spawned as new interpreters that each import
#:   both (1.5-2 CPU s a worker here); the server holds no threads or connections, so
#:   forking it is safe. Their shutdown took 0.15-0.24 s instead of 0.3-1.9 s.
LOCAL_CLUSTER_CONFIG: dict[str, object] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.multiprocessing-method": "forkserver",
}

#: What the server the workers are forked from imports first.
WORKER_PRELOAD = ["distributed", "reemarket.services.batches"]


def start_worker_server() -> None:
    """Start the server the local cluster's workers are forked from, if not running.

    It imports :data:`WORKER_PRELOAD` in its own process while the caller goes on, so
    called early (before the files are listed and the story index is read) that import
    is off the run's start.
    """
    import dask
    from distributed.utils import get_mp_context

    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        # Dask sets its own preload list on first use; ours replaces it (once set, kept)
        get_mp_context().set_forkserver_preload(WORKER_PRELOAD)
    from multiprocessing import forkserver

    forkserver.ensure_running()


@contextmanager
def dask_client(workers: int, scheduler: str | None = None) -> Iterator[Any]:
    """A Dask client: on ``scheduler`` if given, else on a local cluster of processes."""
    if workers < 1:
        raise InputError(f"workers must be at least 1 (got {workers})", field="workers")
    from dask.distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as exc:
            raise InputError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}", field="scheduler"
            ) from exc
        try:
            yield client
        finally:
            client.close()
        return
    import dask

    start_worker_server()
    with (
        dask.config.set(LOCAL_CLUSTER_CONFIG),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            # a free loopback port: the default 8787 clashes with any other cluster here
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def ingest_parallel(
    store: Store,
    paths: Iterable[str],
    *,
    workers: int = 2,
    scheduler: str | None = None,
    meta_file: Path | None = None,
    given_date: date | None = None,
    skip_bad: bool = False,
    chunk: int | None = None,
    write_every: int = WRITE_EVERY,
    progress: Callable[[int, int], None] | None = None,
) -> IngestSummary:
    """Ingest files with extraction spread over Dask workers, writing in batches.

    On the team store each worker writes each of its chunks in one transaction; on the
    embedded file this process writes finished chunks together, in one transaction per
    ``write_every`` documents or more. So a run stopped part-way keeps whole chunks only
    and a second run resumes (documents are skipped by content hash). A file that cannot
    be read stops the run, unless ``skip_bad``; chunks written before it stay (whole) and
    are skipped next time.
    """
    if not scheduler:
        start_worker_server()
    files = [str(f) for f in expand_paths(paths)]
    if not files:
        raise DocumentError("no documents found (expected .txt, .md, .html or .pdf files)")
    mapping = read_mapping(meta_file) if meta_file else None
    summary = IngestSummary()
    direct = store.shared  # the team store: each worker writes its own chunks
    size = chunk or (TEAM_CHUNK if direct else DEFAULT_CHUNK)
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    from dask.distributed import as_completed

    stories = None if direct else StoryIndex.load(store)
    data_path = os.environ.get(DATA_PATH_ENV)
    with dask_client(workers, scheduler) as client, doc_store.bulk_writes(store):
        futures = [
            client.submit(
                ingest_chunk,
                str(store.path),
                data_path,
                c,
                mapping,
                given_date,
                skip_bad,
                pure=False,
            )
            if direct
            else client.submit(prepare_chunk, c, mapping, given_date, pure=False)
            for c in chunks
        ]
        sizes = {f.key: len(c) for f, c in zip(futures, chunks, strict=True)}
        arrived = 0  # chunks extracted
        done = 0  # files extracted
        committed = 0  # files whose chunk is written (or found stored)
        ready: list[PreparedBatch] = []  # extracted, not yet written (embedded store)
        ready_files = 0

        def write_ready() -> None:
            nonlocal ready, ready_files, committed
            assert stories is not None
            with _timed(summary, "write"):
                write_batch(store, PreparedBatch.concat(ready), summary, stories)
            committed += ready_files
            ready, ready_files = [], 0
            if progress:
                progress(committed, len(files))

        for future in as_completed(futures):
            if direct:
                part: IngestSummary = future.result()
                errors = part.errors
            else:
                prepared, errors = future.result()
            arrived += 1
            if errors and not skip_bad:
                for other in futures:
                    other.cancel()
                if ready:  # the chunks read before the bad file are kept, whole
                    write_ready()
                raise DocumentError(errors[0])
            done += sizes[future.key]
            if direct:
                summary.merge(part)
                committed = done
                if progress:
                    progress(committed, len(files))
                continue
            summary.errors.extend(errors)
            ready.append(prepared)
            ready_files += sizes[future.key]
            # once every chunk still out is on a worker, nothing is left to overlap with
            # the writes but those chunks: write what is here, so that the last write,
            # which nothing overlaps, holds the last chunk alone
            if sum(map(len, ready)) >= write_every or len(futures) - arrived <= workers:
                write_ready()
    if summary.unresolved:
        summary.warnings.insert(
            0, f"{summary.unresolved} fact(s) stored unresolved: their dates could not be resolved"
        )
    doc_store.record_run(store, "ingest", {"paths": files, "workers": workers}, summary.as_dict())
    return summary


def write_batch(
    store: Store, prepared: PreparedBatch, summary: IngestSummary, stories: StoryIndex
) -> None:
    """Write the new documents of a batch in one transaction (stored ones are skipped).

    Inside the transaction the story index takes in what other writers stored, then
    each document is placed in its story (a copy of a story already stored, or earlier
    in the batch, keeps its facts but adds no price observations). A lost write
    conflict on the team store places and writes the batch again.
    """
    size = len(stories.ids)
    notes: list[str] = []
    kept: list[int] = []  # positions of the documents written, and their observations
    given: list[int] = []

    def plan(tx: Any, stored: set[str]) -> RowBatch:
        with _timed(summary, "place"):
            return placed(tx, stored)

    def placed(tx: Any, stored: set[str]) -> RowBatch:
        nonlocal size, kept, given
        stories.truncate(size)  # a previous attempt's batch was not written
        notes.clear()
        with _timed(summary, "refresh"):
            stories.refresh(tx)
        # what others committed stays remembered when this batch is not written
        size = len(stories.ids)
        keep: list[int] = []
        placement: list[tuple[str, float, bytes]] = []
        seen = set(stored)
        for i, e in enumerate(prepared.entries):
            if e.id in seen:
                continue
            seen.add(e.id)
            story_id, similarity, sig, keys = stories.place(
                e.id, "", sig=e.sig, published=e.published, keys=e.keys
            )
            stories.remember(e.id, story_id, sig, keys, e.published)
            if story_id != e.id:
                notes.append(
                    f"{e.name}: a copy of a story already stored (similarity"
                    f" {similarity:.2f}); its facts are kept but counted once"
                )
            keep.append(i)
            placement.append((story_id, similarity, sig))
        rows, given = prepared.placed(keep, placement)
        kept = keep
        return rows

    try:
        doc_store.insert_new_documents(store, prepared.ids, plan)
    except BaseException:
        stories.truncate(size)
        raise
    stories.committed(store.conn)
    for i, n in zip(kept, given, strict=True):
        e = prepared.entries[i]
        count_written(summary, e.name, e.kinds, e.unresolved, e.published, n, e.warnings)
    summary.skipped += len(prepared) - len(kept)
    summary.warnings.extend(notes)


@contextmanager
def _cluster_write_turn(location: str, summary: IngestSummary) -> Iterator[None]:
    """Hold the cluster-wide write turn for ``location`` while one chunk is written.

    Writers on the team store are serialised at commit: of two overlapping chunk
    writes one commits and the other redoes its placement and inserts. Between this
    run's own workers that is pure waste (2 workers ran at 0.36-0.58x of one), so they
    take turns through a lock held by the Dask scheduler (a lease: a killed worker's
    turn lapses) and extract while another writes. Writers outside the cluster (another
    ingest, the API) still meet the store's conflict retries. Outside a Dask worker
    there is no cluster to share with, and nothing is taken. The time spent waiting for
    the turn is added to ``summary.seconds["wait"]``.
    """
    from dask.distributed import Lock, get_worker

    try:
        get_worker()
    except ValueError:
        yield
        return
    lock = Lock(f"reemarket-write:{location}")
    with _timed(summary, "wait"):
        lock.acquire()
    try:
        yield
    finally:
        lock.release()


@contextmanager
def _timed(summary: IngestSummary, phase: str) -> Iterator[None]:
    """Add the seconds the block takes to ``summary.seconds[phase]``.

    Its process's CPU seconds (every thread, DuckDB's too) go to ``phase + "_cpu"``: on a
    shared machine they move less with the other work than the wall time does.
    """
    started, cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        seconds = summary.seconds
        seconds[phase] = seconds.get(phase, 0.0) + time.perf_counter() - started
        seconds[f"{phase}_cpu"] = seconds.get(f"{phase}_cpu", 0.0) + time.process_time() - cpu


#: Rounds of the store's retries a worker gives one chunk on the team store.
CHUNK_ATTEMPTS = 8

#: Per worker process: the team store it opened and its story index, by location.
_worker_stores: dict[str, tuple[Store, StoryIndex]] = {}


def ingest_chunk(
    location: str,
    data_path: str | None,
    files: list[str],
    mapping: dict[str, dict[str, object]] | None,
    given_date: date | None,
    skip_bad: bool,
) -> IngestSummary:
    """Read, extract and write a few documents to the team store (runs on a worker).

    The worker keeps one connection and story index per store across its tasks. A file
    that cannot be read writes nothing of the chunk unless ``skip_bad``.
    """
    summary = IngestSummary()
    with _timed(summary, "extract"):
        prepared, errors = prepare_chunk(files, mapping, given_date)
    summary.errors.extend(errors)
    if errors and not skip_bad:
        return summary
    if location not in _worker_stores:
        if data_path:
            os.environ[DATA_PATH_ENV] = data_path
        with _timed(summary, "open"):
            store = open_store(location)
            store.limit_threads(int(os.environ.get(THREADS_ENV) or WORKER_THREADS))
            _worker_stores[location] = (store, StoryIndex.load(store))
    store, stories = _worker_stores[location]
    for attempt in range(1, CHUNK_ATTEMPTS + 1):
        started = time.monotonic()
        try:
            with _cluster_write_turn(location, summary), _timed(summary, "write"):
                write_batch(store, prepared, summary, stories)
            return summary
        except WriteConflictError:
            # the store's own quick retries lost to writers whose chunks take longer:
            # wait about as long as those attempts took, at random, then go again
            if attempt == CHUNK_ATTEMPTS:
                raise
            time.sleep(random.uniform(0.2, 1.0) * (time.monotonic() - started))
    raise AssertionError("unreachable")


@dataclass
class SweepSummary:
    """What a sweep did: one entry per scenario of the grid."""

    runs: list[dict[str, object]] = field(default_factory=list)
    computed: int = 0
    resumed: int = 0


def run_one(scenario: Scenario, paths: int, seed: int) -> Summary:
    """One Monte Carlo run (on a worker; no database)."""
    return summarise(run_paths(scenario, paths, seed), scenario.name, seed)


def sweep_scenarios(
    store: Store,
    path: Path,
    params: list[str],
    *,
    paths: int,
    seed: int = 0,
    workers: int = 2,
    scheduler: str | None = None,
) -> SweepSummary:
    """Run a scenario over a grid of parameter values as Dask tasks; store every run.

    Runs already stored (same scenario, seed and paths) are skipped, so a stopped sweep
    resumes. Several ``params`` make the full product grid.
    """
    if not params:
        raise InputError("give at least one parameter to sweep", field="param")
    if not 1 <= paths <= 1_000_000:
        raise InputError(f"paths must be between 1 and 1,000,000 (got {paths})", field="paths")
    scenarios = [read_scenario(path)]
    for text in params:
        sweep = parse_sweep(text)
        scenarios = [v for s in scenarios for v in grid(s, sweep)]
    out = SweepSummary()
    todo: list[Scenario] = []
    for s in scenarios:
        found = model_runs.stored_run(store.conn, s, seed, paths)
        if found is None:
            todo.append(s)
        else:
            out.resumed += 1
            out.runs.append({"scenario": s.name, "run_id": found, "resumed": True})
    if todo:
        from dask.distributed import as_completed

        with dask_client(workers, scheduler) as client:
            futures = {client.submit(run_one, s, paths, seed, pure=False): s for s in todo}
            for future in as_completed(futures):
                scenario = futures[future]
                with store.transaction() as tx:
                    run_id = model_runs.save_run(tx, scenario, future.result(), str(path))
                out.computed += 1
                out.runs.append({"scenario": scenario.name, "run_id": run_id, "resumed": False})
    order = {s.name: i for i, s in enumerate(scenarios)}
    out.runs.sort(key=lambda r: order[str(r["scenario"])])
    return out
