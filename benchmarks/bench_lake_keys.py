"""Benchmark: the team store's duplicate-key check before a commit, by store size.

Fills a fresh team store with synthetic documents (``documents`` and ``document_stories``
rows, one commit per chunk, as the parallel ingest writes them), and at each size opens
one more chunk's transaction and times, for both tables, the check the store makes
before the commit (``LakeConnection._check_unique``: every key of the table grouped)
against a check of only the keys the transaction wrote (its rows probed against the
table), in CPU and wall seconds. Prints the machine (its load: the figures move with the other work on it).

Starts a throwaway PostgreSQL (``scripts/pg``) unless ``--db`` names a team store.

Usage: .venv/bin/python benchmarks/bench_lake_keys.py [--sizes 2000,5000,10000,20000]
       [--chunk 500] [--repeat 3] [--db LOCATION]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pyarrow as pa

from machine import describe  # benchmarks/ is on sys.path when run as a script
from reemarket.store.db import DATA_PATH_ENV, Store, open_store
from reemarket.store.lake import LakeConnection

ROOT = Path(__file__).resolve().parents[1]
#: A report's body: the stored text is a few kilobytes, as the generated reports'.
TEXT = " ".join(f"Pr-Nd oxide {i} yuan/t" for i in range(200))
TABLES = {"documents": "id", "document_stories": "document_id"}


def keyed_check(conn: LakeConnection, table: str) -> None:
    """The check limited to the transaction's keys: its rows (no ``snapshot_id`` yet, so
    the committed files are skipped in finding them) probed against the whole table."""
    for key in conn.keys.of(table, "unique"):
        cols = ", ".join(f'"{c}"' for c in key.columns)
        conn.raw.execute(
            f"SELECT {cols} FROM {table} WHERE ({cols}) IN"
            f" (SELECT {cols} FROM {table} WHERE snapshot_id IS NULL)"
            " GROUP BY ALL HAVING count(*) > 1 LIMIT 1"
        ).fetchall()


def write_chunk(store: Store, first: int, n: int, measure: Callable[[], None] | None) -> None:
    """Write documents ``first`` .. ``first + n - 1`` in one transaction."""
    ids = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(first, first + n)]
    docs = pa.table(
        {
            "id": ids,
            "name": [f"r{i}.txt" for i in range(first, first + n)],
            "format": ["txt"] * n,
            "text": [f"report {i} " + TEXT for i in range(first, first + n)],
        }
    )
    stories = pa.table(
        {
            "document_id": ids,
            "story_id": ids,
            "similarity": [1.0] * n,
            "signature": [b"\x00" * 64] * n,
        }
    )
    with store.transaction() as tx:
        tx.register("batch_rows", docs)
        tx.execute("INSERT INTO documents (id, name, format, text) SELECT * FROM batch_rows")
        tx.unregister("batch_rows")
        tx.register("batch_rows", stories)
        tx.execute("INSERT INTO document_stories SELECT * FROM batch_rows")
        tx.unregister("batch_rows")
        if measure is not None:
            measure()


Times = dict[str, dict[str, list[tuple[float, float]]]]


def measure(conn: LakeConnection, got: Times, turn: int) -> None:
    """Time both checks on each table (each goes first in turn: the first reads the footers)."""
    order = ("full", "keyed") if turn % 2 == 0 else ("keyed", "full")
    for table in TABLES:
        for kind in order:
            check = LakeConnection._check_unique if kind == "full" else keyed_check
            got[table][kind].append(timed(functools.partial(check, conn, table)))


def timed(fn: Callable[[], None]) -> tuple[float, float]:
    """CPU and wall seconds of one call."""
    c0, w0 = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - c0, time.perf_counter() - w0


def run(location: str, sizes: list[int], chunk: int, repeat: int) -> None:
    """Fill the store up to each size and time both checks there."""
    store = open_store(location)
    conn = cast(LakeConnection, store.conn)
    conn.raw.execute("SET threads = 1")  # as each ingest worker's connection
    stored = 0
    print(f"{'stored':>7} {'table':<17} {'full cpu':>9} {'full wall':>9} {'keyed cpu':>9} "
          f"{'keyed wall':>10}  (medians of {repeat}; load now)")  # fmt: skip
    try:
        for size in sizes:
            while stored < size:
                write_chunk(store, stored, chunk, None)
                stored += chunk
            got: Times = {t: {"full": [], "keyed": []} for t in TABLES}

            for turn in range(repeat):
                write_chunk(store, stored, chunk, functools.partial(measure, conn, got, turn))
                stored += chunk
            load = os.getloadavg()[0]
            for table, kinds in got.items():
                cells = []
                for kind in ("full", "keyed"):
                    cells.append(statistics.median(c for c, _ in kinds[kind]))
                    cells.append(statistics.median(w for _, w in kinds[kind]))
                print(f"{stored:>7} {table:<17} {cells[0]:>9.3f} {cells[1]:>9.3f} "
                      f"{cells[2]:>9.3f} {cells[3]:>10.3f}  load {load:.1f}")  # fmt: skip
    finally:
        store.close()


def main() -> None:
    """Parse the options, start PostgreSQL if needed, run."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2000,5000,10000,20000")
    ap.add_argument("--chunk", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--db", help="a team-store location (default: a throwaway PostgreSQL)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(describe())
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault(DATA_PATH_ENV, str(Path(tmp) / "data"))
        if args.db:
            run(args.db, sizes, args.chunk, args.repeat)
            return
        folder = Path(tmp) / "pg"
        script = str(ROOT / "scripts" / "pg")
        started = subprocess.run([script, "start", str(folder)], capture_output=True, text=True)
        if started.returncode:
            raise SystemExit(started.stderr)
        try:
            run(started.stdout.strip(), sizes, args.chunk, args.repeat)
        finally:
            subprocess.run([script, "stop", str(folder)], check=False)


if __name__ == "__main__":
    main()
