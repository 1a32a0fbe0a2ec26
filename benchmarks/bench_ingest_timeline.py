"""Where a parallel ingest into the embedded file spends its time, in terms load does not move.

Usage: .venv/bin/python benchmarks/bench_ingest_timeline.py [--docs 3000] [--workers 1 2]
       [--chunk N] [--write-every N]

For each worker count it ingests --docs generated reports (bench_extract's generator) into
a fresh embedded database and prints:

* the timeline of the run, in seconds from the call: the Dask cluster ready, the first
  result here, the last extraction's end, the end of the run; the tail is what comes
  after the last extraction (the writes that overlap nothing);
* per worker: busy (extracting: Dask's compute intervals) and idle within the span from
  the cluster ready to the last extraction's end;
* the writer (this process): its busy seconds, the part of them in the tail, and its
  CPU seconds per document;
* the CPU seconds of this process (the driver: writer, Dask scheduler and client,
  results unpacked) by thread, and the bytes of the results it received.

The driver's CPU seconds and the workers' compute seconds are counted by the operating
system per process, so on a shared machine they move much less than wall time does.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import make_corpus
from machine import describe
from reemarket.services import parallel
from reemarket.services.parallel import ingest_parallel
from reemarket.store.db import open_store
from reemarket.store.facts import FactWhere, count_facts

_TICKS = os.sysconf("SC_CLK_TCK")


def thread_cpu() -> dict[str, float]:
    """CPU seconds of each thread of this process so far, by thread name (summed per name)."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    out: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        name = names.get(int(task.name)) or (task / "comm").read_text().strip()
        # user and system time are fields 14 and 15 of stat, 12 and 13 after the name
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / _TICKS
    return out


def worker_cpu() -> list[float]:
    """CPU seconds of each child process (the local cluster's workers) so far."""
    out = []
    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            if "multiprocessing.resource_tracker" not in " ".join(child.cmdline()):
                times = child.cpu_times()
                out.append(times.user + times.system)
    return out


class Recorder:
    """Times of one run: cluster ready, results arriving, writes, tasks on the workers."""

    def __init__(self) -> None:
        self.t0 = 0.0
        self.ready = 0.0
        self.arrivals: list[float] = []
        self.writes: list[tuple[float, float, float, int]] = []  # start, end, cpu, documents
        self.tasks: list[dict[str, Any]] = []
        self.cpu_before: dict[str, float] = {}
        self.cpu_at_close: dict[str, float] = {}  # per thread, just before the cluster closes
        self.closing = 0.0  # the ingest is done with the cluster
        self.closed = 0.0
        self.worker_cpu: list[float] = []  # CPU seconds of each worker process, at the close
        self.bulk_end: tuple[float, float] = (0.0, 0.0)  # the closing checkpoint: start, end

    def rel(self, t: float) -> float:
        return t - self.t0


rec = Recorder()
_client = parallel.dask_client
_write = parallel.write_batch


@contextlib.contextmanager
def _timed_client(*args: Any, **kwargs: Any) -> Iterator[Any]:
    from dask.distributed import get_task_stream

    with _client(*args, **kwargs) as client:
        rec.ready = time.perf_counter()
        with get_task_stream(client) as stream:
            yield client
        rec.tasks = list(stream.data)
        rec.cpu_at_close = thread_cpu()
        rec.worker_cpu = worker_cpu()
        rec.closing = time.perf_counter()
    rec.closed = time.perf_counter()


def _timed_write(store: Any, prepared: list[Any], *args: Any, **kwargs: Any) -> None:
    t, cpu = time.perf_counter(), time.thread_time()
    _write(store, prepared, *args, **kwargs)
    rec.writes.append((t, time.perf_counter(), time.thread_time() - cpu, len(prepared)))


_bulk_writes = parallel.doc_store.bulk_writes


@contextlib.contextmanager
def _timed_bulk_writes(store: Any) -> Iterator[None]:
    with _bulk_writes(store):
        yield
        started = time.perf_counter()
    rec.bulk_end = (started, time.perf_counter())


_as_completed: Any = None


def _timed_as_completed(*args: Any, **kwargs: Any) -> Iterator[Any]:
    for future in _as_completed(*args, **kwargs):
        rec.arrivals.append(time.perf_counter())
        yield future


def install() -> None:
    """Wrap the cluster, the writes and the arrival of results with timers."""
    global _as_completed
    import dask.distributed

    _as_completed = dask.distributed.as_completed
    dask.distributed.as_completed = _timed_as_completed  # type: ignore[assignment]
    parallel.dask_client = _timed_client  # type: ignore[assignment]
    parallel.write_batch = _timed_write  # type: ignore[assignment]
    parallel.doc_store.bulk_writes = _timed_bulk_writes  # type: ignore[assignment]


def report(workers: int, docs: int, wall: float, process_cpu: float, facts: int) -> None:
    """Print the timeline and accounting of the run just recorded."""
    computes = [
        (s["worker"], s["start"], s["stop"], t.get("nbytes", 0))
        for t in rec.tasks
        for s in t.get("startstops", ())
        if s.get("action") == "compute"
        for s in [dict(s, worker=t.get("worker"))]
    ]
    # the task stream's times are the workers' clocks (wall time, same machine)
    t0_wall = time.time() - (time.perf_counter() - rec.t0)

    def at(wall_time: float) -> float:
        return wall_time - t0_wall

    first_start = min(at(c[1]) for c in computes)
    last_end = max(at(c[2]) for c in computes)
    ready = rec.rel(rec.ready)
    print(f"  timeline (s): cluster ready {ready:.2f}, first task starts {first_start:.2f},"
          f" first result here {rec.rel(rec.arrivals[0]):.2f}, last extraction ends"
          f" {last_end:.2f}, last result here {rec.rel(rec.arrivals[-1]):.2f},"
          f" end {wall:.2f}; tail {wall - last_end:.2f}")  # fmt: skip
    by_worker: dict[str, float] = {}
    for w, s, e, _ in computes:
        by_worker[w] = by_worker.get(w, 0.0) + e - s
    span = last_end - ready
    for i, (_w, busy) in enumerate(sorted(by_worker.items())):
        print(f"  worker {i}: busy {busy:.2f} s, idle {span - busy:.2f} s of {span:.2f} s"
              f" ({100 * busy / span:.0f}% busy)")  # fmt: skip
    print(
        "  worker processes' CPU (whole life, start-up included): "
        + ", ".join(f"{c:.2f} s" for c in sorted(rec.worker_cpu))
        + f"; total {sum(rec.worker_cpu):.2f} s"
    )
    last_write = rec.rel(rec.writes[-1][1]) if rec.writes else 0.0
    print(f"  tail: last write ends {last_write:.2f}, closing checkpoint"
          f" {rec.bulk_end[1] - rec.bulk_end[0]:.2f} s, cluster close"
          f" {rec.closed - rec.closing:.2f} s (ends at {rec.rel(rec.closed):.2f})")  # fmt: skip
    busy = sum(e - s for s, e, _, _ in rec.writes)
    wcpu = sum(c for _, _, c, _ in rec.writes)
    in_tail = sum(
        e - max(s, rec.t0 + last_end) for s, e, _, _ in rec.writes if e > rec.t0 + last_end
    )
    sizes = [n for _, _, _, n in rec.writes]
    print(f"  writer: {len(rec.writes)} batches (last {sizes[-1] if sizes else 0} documents),"
          f" busy {busy:.2f} s ({in_tail:.2f} s in the tail), CPU {wcpu:.2f} s,"
          f" {1000 * wcpu / docs:.2f} ms CPU per document")  # fmt: skip
    cpu = {k: v - rec.cpu_before.get(k, 0.0) for k, v in rec.cpu_at_close.items()}
    top = sorted(((k, v) for k, v in cpu.items() if v > 0.005), key=lambda kv: -kv[1])[:6]
    print(
        f"  driver CPU {process_cpu:.2f} s (threads up to the cluster's close: "
        + ", ".join(f"{n} {c:.2f}" for n, c in top)
        + ")"
    )
    nbytes = sum(t.get("nbytes", 0) for t in rec.tasks)
    print(f"  results: {len(rec.tasks)} tasks, {nbytes / 1e6:.1f} MB (Dask's estimate);"
          f" facts stored {facts:,}")  # fmt: skip


def fresh_forkserver() -> None:
    """Stop the server the workers are forked from, so that each run starts its own.

    A process starts it once and keeps it (the CLI runs one ingest per process); in a
    benchmark the runs after the first would otherwise not pay its start.
    """
    from multiprocessing import forkserver

    forkserver._forkserver._stop()  # type: ignore[attr-defined]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--chunk", type=int)
    ap.add_argument("--write-every", type=int, default=parallel.WRITE_EVERY)
    a = ap.parse_args()
    print(f"machine: {describe()}")
    install()
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for i, (text, pub) in enumerate(make_corpus(a.docs)):
            (docs / f"report_{i:05d}_{pub.isoformat()}.txt").write_text(text, encoding="utf-8")
        for workers in a.workers:
            db = Path(tmp) / f"ingest-{workers}.duckdb"
            print(f"ingest {a.docs:,} documents, --workers {workers}"
                  f" (load {os.getloadavg()[0]:.2f}) ...", flush=True)  # fmt: skip
            rec.__init__()  # type: ignore[misc]
            fresh_forkserver()
            with open_store(db) as store:
                rec.cpu_before = thread_cpu()
                cpu0 = time.process_time()
                rec.t0 = time.perf_counter()
                ingest_parallel(store, [str(docs)], workers=workers, chunk=a.chunk,
                                write_every=a.write_every)  # fmt: skip
                wall = time.perf_counter() - rec.t0
                process_cpu = time.process_time() - cpu0
                facts = count_facts(store, FactWhere(include_unresolved=True))
            report(workers, a.docs, wall, process_cpu, facts)


if __name__ == "__main__":
    main()
