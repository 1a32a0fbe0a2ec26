"""Benchmark of the market snapshot over the 10-million-row benchmark store (prints figures).

Builds the store as ``bench_prices.py`` does (N series of Y years of daily quotes on SSE
trading days, imported with reemarket's own import), then times ``get_snapshot`` as of
the latest date: once cold (first query after opening) and then warm, several runs,
printing the median and the machine. Target (issue 12): < 200 ms warm.

    .venv/bin/python benchmarks/bench_snapshot.py                       # 2,000 series x 20 years
    .venv/bin/python benchmarks/bench_snapshot.py --series 100 --years 5  # a quick run
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench_prices import generate, import_sheet, write_sheet  # benchmarks/ is on sys.path
from machine import describe
from reemarket.services.snapshot import get_snapshot
from reemarket.store.db import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--series", type=int, default=2000)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--currency", default="USD", help="Also convert (empty: as stored).")
    parser.add_argument("--db", type=Path, help="Keep the store in this file; reuse it if present.")
    args = parser.parse_args()
    print(describe())
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if not db.exists():
            sheet = Path(tmp) / "bench.parquet"
            frame = generate(args.series, args.years)
            write_sheet(frame, sheet)
            del frame
            with open_store(db) as store:
                seconds = import_sheet(store, sheet)
            print(f"store built and imported in {seconds:.1f} s")
        with open_store(db) as store:
            rows = store.conn.execute("SELECT count(*) FROM observations").fetchall()[0][0]
            n = store.conn.execute(
                "SELECT count(*) FROM (SELECT DISTINCT product, market, source FROM observations)"
            ).fetchall()[0][0]
        print(f"store: {rows:,} quotes in {n:,} series ({db})")
        with open_store(db) as store:
            currency = args.currency or None
            t0 = time.perf_counter()
            snap = get_snapshot(store, currency=currency)
            cold = time.perf_counter() - t0
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                snap = get_snapshot(store, currency=currency)
                times.append(time.perf_counter() - t0)
        print(f"snapshot as of {snap.as_of}: {len(snap.items)} rows (one source per product"
              f" and market), currency {currency or 'as stored'}")  # fmt: skip
        print(f"  first run after opening  {cold * 1000:8.1f} ms")
        print(f"  warm, median of {args.runs}      {statistics.median(times) * 1000:8.1f} ms"
              f"   (min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})")  # fmt: skip
        print(f"  target < 200 ms warm: {'met' if statistics.median(times) < 0.2 else 'NOT met'}")


if __name__ == "__main__":
    main()
