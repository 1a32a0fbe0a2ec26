"""Benchmarks of the scale-out paths: parallel ingest on Dask and a scenario sweep.

Usage: .venv/bin/python benchmarks/bench_scale.py [--docs 20000] [--sweep 11] [--paths 10000]
       [--keep DIR]   keep the ingested database (DIR/ingest-2.duckdb) for bench_api --facts-db

ingest: writes --docs generated reports (bench_extract's generator) as .txt files, then
  ingests them into a fresh embedded database with `--workers 1` and `--workers 2`
  (a local Dask cluster; this process is the one writer) and prints documents/s, the
  speed-up, and the facts stored (both runs must store the same count).
sweep: `scenario sweep quota_freeze --param quota_growth=0:0.1:N --paths P` with 1 and 2
  workers, wall time each.
The machine line and the 1-minute load average before each run are printed: the machine
is shared, so figures move with the other work on it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import make_corpus
from machine import describe
from reemarket.services.parallel import ingest_parallel, sweep_scenarios
from reemarket.store.db import open_store
from reemarket.store.facts import FactWhere, count_facts


def load() -> str:
    return f"load {os.getloadavg()[0]:.2f}"


def bench_ingest(n: int, folder: Path, keep: Path | None) -> None:
    docs = folder / "docs"
    docs.mkdir()
    for i, (text, pub) in enumerate(make_corpus(n)):
        (docs / f"report_{i:05d}_{pub.isoformat()}.txt").write_text(text, encoding="utf-8")
    rates = {}
    for workers in (1, 2):
        db = (keep or folder) / f"ingest-{workers}.duckdb"
        db.unlink(missing_ok=True)
        print(f"ingest {n:,} documents, --workers {workers} ({load()}) ...", flush=True)
        with open_store(db) as store:
            t0 = time.perf_counter()
            summary = ingest_parallel(store, [str(docs)], workers=workers)
            wall = time.perf_counter() - t0
            facts = count_facts(store, FactWhere(include_unresolved=True))
        rates[workers] = n / wall
        print(f"  {wall:7.1f} s  {n / wall:8.1f} docs/s  documents {summary.documents:,}"
              f"  facts stored {facts:,}")  # fmt: skip
    print(f"ingest speed-up 2 vs 1 worker: {rates[2] / rates[1]:.2f}x (target 1.7x)")


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
    ap.add_argument("--skip", choices=["ingest", "sweep"], action="append", default=[])
    ap.add_argument("--keep", type=Path)
    a = ap.parse_args()
    print(f"machine: {describe()}")
    with tempfile.TemporaryDirectory() as tmp:
        if "ingest" not in a.skip:
            bench_ingest(a.docs, Path(tmp), a.keep)
        if "sweep" not in a.skip:
            bench_sweep(a.sweep, a.paths, Path(tmp))


if __name__ == "__main__":
    main()
