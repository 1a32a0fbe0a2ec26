"""Benchmarks of the scale-out paths: parallel ingest on Dask and a scenario sweep.

Usage: .venv/bin/python benchmarks/bench_scale.py [--docs 20000] [--sweep 11] [--paths 10000]
       [--keep DIR]   keep the ingested database (DIR/ingest-2.duckdb) for bench_api --facts-db
       [--repeat N]   ingest N times with each worker count
       [--team]       ingest into the team store too (a throwaway PostgreSQL from scripts/pg;
                      there each worker writes its own chunks)
       [--skip file]  leave out the embedded file's ingest (with --team: the team store only)
       [--chunk N]    documents per Dask task (default: the ingest's own, 250 on the team store)

ingest: writes --docs generated reports (bench_extract's generator) as .txt files, then
  ingests them into a fresh embedded database with `--workers 1` and `--workers 2`
  (a local Dask cluster; this process is the one writer) and prints documents/s, the
  speed-up, and the facts stored (both runs must store the same count). Each run also
  prints where its time went: starting the Dask cluster, and this process's writes
  (the embedded store's single writer; on the team store the workers write, and their
  time is split into opening the store, extracting, waiting for the write turn and
  writing, of which placing the documents in their stories is a part).
sweep: `scenario sweep quota_freeze --param quota_growth=0:0.1:N --paths P` with 1 and 2
  workers, wall time each.
The machine line and the 1-minute load average before each run are printed: the machine
is shared, so figures move with the other work on it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import make_corpus
from machine import describe
from reemarket.services import parallel
from reemarket.services.parallel import ingest_parallel, sweep_scenarios
from reemarket.store.db import DATA_PATH_ENV, open_store
from reemarket.store.facts import FactWhere, count_facts


def load() -> str:
    return f"load {os.getloadavg()[0]:.2f}"


#: Seconds spent, per run: starting the Dask cluster, and this process's batch writes.
spent = {"start": 0.0, "write": 0.0}
_client = parallel.dask_client
_write = parallel.write_batch


@contextlib.contextmanager
def _timed_client(*args: Any, **kwargs: Any) -> Iterator[Any]:
    t0 = time.perf_counter()
    with _client(*args, **kwargs) as client:
        spent["start"] += time.perf_counter() - t0
        yield client


def _timed_write(*args: Any, **kwargs: Any) -> None:
    t0 = time.perf_counter()
    _write(*args, **kwargs)
    spent["write"] += time.perf_counter() - t0


parallel.dask_client = _timed_client  # type: ignore[assignment]
parallel.write_batch = _timed_write


def bench_ingest(
    n: int,
    folder: Path,
    keep: Path | None,
    repeat: int,
    team: str | None,
    skip_file: bool,
    chunk: int | None = None,
) -> None:
    docs = folder / "docs"
    docs.mkdir()
    for i, (text, pub) in enumerate(make_corpus(n)):
        (docs / f"report_{i:05d}_{pub.isoformat()}.txt").write_text(text, encoding="utf-8")
    stores = ([] if skip_file else [("file", None)]) + ([("team store", team)] if team else [])
    for label, lake in stores:
        rates: dict[int, list[float]] = {1: [], 2: []}
        for attempt in range(repeat):
            for workers in (1, 2):
                if lake:
                    location = fresh_catalog(lake, f"bench{workers}_{attempt}")
                else:
                    db = (keep or folder) / f"ingest-{workers}.duckdb"
                    db.unlink(missing_ok=True)
                    location = str(db)
                print(f"{label}: ingest {n:,} documents, --workers {workers} ({load()}) ...",
                      flush=True)  # fmt: skip
                spent.update(start=0.0, write=0.0)
                fresh_forkserver()
                files_before = parquet_files()
                with open_store(location) as store:
                    t0 = time.perf_counter()
                    summary = ingest_parallel(store, [str(docs)], workers=workers, chunk=chunk)
                    wall = time.perf_counter() - t0
                    facts = count_facts(store, FactWhere(include_unresolved=True))
                rates[workers].append(n / wall)
                if lake:
                    print(f"  Parquet files written: {parquet_files() - files_before:,}")
                print(f"  {wall:7.1f} s  {n / wall:8.1f} docs/s  documents {summary.documents:,}"
                      f"  facts stored {facts:,}  cluster start {spent['start']:.1f} s"
                      f"  writes here {spent['write']:.1f} s ({load()})")  # fmt: skip
                if lake:
                    print(f"  {phases(summary.seconds, workers, wall)}")
        for i in range(repeat):
            print(f"{label}: ingest speed-up 2 vs 1 worker, run {i + 1}:"
                  f" {rates[2][i] / rates[1][i]:.2f}x (target 1.7x)")  # fmt: skip


def fresh_forkserver() -> None:
    """Stop the server the workers are forked from, so that each run starts its own.

    A process starts it once and keeps it (the CLI runs one ingest per process); in a
    benchmark the runs after the first would otherwise not pay its start.
    """
    from multiprocessing import forkserver

    forkserver._forkserver._stop()  # type: ignore[attr-defined]


def phases(seconds: dict[str, float], workers: int, wall: float) -> str:
    """The workers' time by phase, summed over them and as a share of their time."""
    names = ("open", "extract", "wait", "write", "place", "refresh")
    total = workers * wall
    parts = [f"{p} {seconds.get(p, 0.0):.1f} s ({100 * seconds.get(p, 0.0) / total:.0f}%,"
             f" cpu {seconds.get(p + '_cpu', 0.0):.1f} s)" for p in names]  # fmt: skip
    return ("worker time: " + ", ".join(parts)
            + " (place: part of write; refresh: part of place)")  # fmt: skip


def parquet_files() -> int:
    """Parquet files under the team store's data path (0 when none is set)."""
    path = os.environ.get(DATA_PATH_ENV)
    return sum(1 for _ in Path(path).rglob("*.parquet")) if path else 0


PG_BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"))


def fresh_catalog(location: str, name: str) -> str:
    """A new empty catalog database on the throwaway PostgreSQL."""
    port = location.split("port=")[1].split()[0]
    subprocess.run([str(PG_BIN[-1] / "psql"), "-h", "127.0.0.1", "-p", port, "-U", "postgres",
                    "-q", "-c", f"CREATE DATABASE {name} OWNER reemarket"],
                   check=True, capture_output=True)  # fmt: skip
    return location.replace("dbname=reemarket", f"dbname={name}")


@contextlib.contextmanager
def team_store(folder: Path) -> Iterator[str]:
    """A throwaway PostgreSQL (scripts/pg) and a data path: the team store's location."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "pg"
    pg = folder / "pg"
    out = subprocess.run([str(script), "start", str(pg)], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"scripts/pg start failed: {out.stderr}")
    os.environ[DATA_PATH_ENV] = str(folder / "lake")
    try:
        yield out.stdout.strip()
    finally:
        subprocess.run([str(script), "stop", str(pg)], check=False)


def bench_sweep(count: int, paths: int, folder: Path) -> None:
    for workers in (1, 2):
        db = folder / f"sweep-{workers}.duckdb"
        print(f"sweep {count} scenarios x {paths:,} paths, --workers {workers} ({load()}) ...",
              flush=True)  # fmt: skip
        with open_store(db) as store:
            t0 = time.perf_counter()
            done = sweep_scenarios(store, Path("quota_freeze"), [f"quota_growth=0:0.1:{count}"],
                                   paths=paths, workers=workers)  # fmt: skip
            wall = time.perf_counter() - t0
        print(f"  {wall:7.1f} s  runs stored {done.computed}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--sweep", type=int, default=11)
    ap.add_argument("--paths", type=int, default=10000)
    ap.add_argument("--skip", choices=["ingest", "sweep", "file"], action="append", default=[])
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--team", action="store_true")
    ap.add_argument("--chunk", type=int)
    a = ap.parse_args()
    print(f"machine: {describe()}")
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        team = stack.enter_context(team_store(Path(tmp))) if a.team else None
        if "ingest" not in a.skip:
            bench_ingest(a.docs, Path(tmp), a.keep, a.repeat, team, "file" in a.skip, a.chunk)
        if "sweep" not in a.skip:
            bench_sweep(a.sweep, a.paths, Path(tmp))


if __name__ == "__main__":
    main()
