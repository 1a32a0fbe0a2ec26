"""``company show`` on a store of 10,000 ingested documents: service and CLI timings.

The documents come from the extraction benchmark's generator
(``bench_extract.make_corpus``); one in ten names China Northern Rare Earth in its
headline, so the company's results sentences ("The company achieved operating revenue
...") become its facts and the pivot has many periods and sources. The seeds, dev and
dev_zh documents are ingested too. The database is kept (``--db``) so a second run
measures without re-ingesting.

    .venv/bin/python benchmarks/bench_company.py [--docs 10000] [--db /tmp/bench_company.duckdb]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_extract import make_corpus
from machine import describe  # benchmarks/ is on sys.path when run as a script
from reemarket.services.company import company_page
from reemarket.services.ingest import ingest_paths
from reemarket.store.db import open_store

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def build(db: Path, n: int) -> float:
    """Write and ingest ``n`` generated documents plus the shared corpus; return seconds."""
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, open_store(db) as store:
        folder = Path(tmp)
        for i, (text, published) in enumerate(make_corpus(n)):
            if i % 10 == 0:
                head, _, rest = text.partition("\n")
                text = f"{head}: China Northern Rare Earth\n{rest}"
            (folder / f"gen_{i:05d}_{published}.txt").write_text(text, "utf-8")
        ingest_paths(store, [str(folder)])
        corpus = SHARED / "corpus"
        for name in ("seeds", "dev", "dev_zh"):
            if (corpus / name).is_dir():
                ingest_paths(store, [str(corpus / name)], meta_file=corpus / f"{name}.meta.json")
    return time.perf_counter() - t0


def main() -> None:
    """Build the store if missing, then time ``company show`` in-process and as a CLI."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "bench_company.duckdb")
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    print(f"machine: {describe()}")
    if not args.db.exists():
        secs = build(args.db, args.docs)
        print(f"built {args.db} with {args.docs:,} generated documents in {secs:.1f} s")
    with open_store(args.db, read_only=True) as store:
        docs = store.conn.execute("SELECT count(*) FROM documents").fetchall()[0][0]
        facts = store.conn.execute("SELECT count(*) FROM facts").fetchall()[0][0]
        print(f"store: {docs:,} documents, {facts:,} facts")
        t0 = time.perf_counter()
        page = company_page(store, "cnre")
        first = time.perf_counter() - t0
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            company_page(store, "cnre")
            times.append(time.perf_counter() - t0)
    cells = sum(len(r.cells) for r in page.results)
    print(
        f"company_page('cnre'): {page.facts:,} facts, {len(page.periods)} periods, {cells} cells;"
        f" first {first * 1000:.1f} ms, median of {args.runs} {statistics.median(times) * 1000:.1f} ms"
    )
    env = {**os.environ, "REEMARKET_DB": str(args.db)}
    walls = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "reemarket", "company", "show", "cnre", "--json"],
            env=env,
            check=True,
            capture_output=True,
        )
        walls.append(time.perf_counter() - t0)
    print(
        f"CLI 'reemarket company show cnre --json' wall time (process start included):"
        f" median of 5 {statistics.median(walls) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
