"""Benchmark: two ingest processes and an API server on one team store at once.

Starts a throwaway PostgreSQL (``scripts/pg``), then ingests the test-case documents
(``tests/cases/*.txt``):

1. serially into a DuckDB file (the reference counts and the embedded rate);
2. serially into a fresh team store (one process);
3. into another fresh team store from two ``reemarket ingest`` processes at once, on
   overlapping halves (a third of the documents in both), while ``reemarket serve`` on
   the same store answers ``GET /api/v1/facts`` in a loop.

Prints the machine, wall times, documents/s, the counts of each run against the
reference, duplicate checks, and the server's status codes and latencies meanwhile.

Usage: .venv/bin/python benchmarks/bench_team_store.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from machine import describe  # benchmarks/ is on sys.path when run as a script
from reemarket.store.db import DATA_PATH_ENV, open_store

ROOT = Path(__file__).resolve().parents[1]
EXE = [sys.executable, "-m", "reemarket"]
COUNTS = (
    "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM facts),"
    " (SELECT count(*) FROM observations)"
)
DUPLICATES = (
    "SELECT (SELECT count(*) FROM (SELECT id FROM documents GROUP BY id HAVING count(*) > 1)),"
    " (SELECT count(*) - count(DISTINCT id) FROM facts),"
    " (SELECT count(*) FROM (SELECT 1 FROM observations GROUP BY product, market, date, source"
    " HAVING count(*) > 1))"
)


def free_port() -> int:
    """A free TCP port on loopback."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def psql(port: str, sql: str) -> None:
    """Run one statement as the postgres superuser."""
    binary = sorted(Path("/usr/lib/postgresql").glob("*/bin/psql"))[-1]
    subprocess.run(
        [str(binary), "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-q", "-c", sql],
        check=True,
        capture_output=True,
    )


def ingest(location: str, docs: list[Path]) -> tuple[float, dict[str, object]]:
    """One ``reemarket ingest`` process; its wall time and JSON summary."""
    t0 = time.perf_counter()
    out = subprocess.run(
        [*EXE, "--db", location, "ingest", "--json", *map(str, docs)],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"ingest failed ({out.returncode}): {out.stderr}")
    return time.perf_counter() - t0, json.loads(out.stdout)


def counts(location: str) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """(documents, facts, observations) and the duplicate counts of a store."""
    with open_store(location) as s:
        return s.conn.execute(COUNTS).fetchall()[0], s.conn.execute(DUPLICATES).fetchall()[0]


def main() -> None:
    """Run the three ingests and print the figures."""
    docs = sorted((ROOT / "tests" / "cases").glob("*.txt"))
    third = len(docs) // 3
    first, second = docs[: 2 * third], docs[third:]
    print(f"machine: {describe()}")
    print(f"documents: {len(docs)} ({sum(p.stat().st_size for p in docs) / 1e6:.2f} MB),"
          f" process A {len(first)}, process B {len(second)}, in both {len(first) + len(second) - len(docs)}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = subprocess.run(
            [str(ROOT / "scripts" / "pg"), "start", str(folder / "pg")],
            capture_output=True,
            text=True,
            check=True,
        )
        location = started.stdout.strip()
        port = location.split("port=")[1].split()[0]
        os.environ[DATA_PATH_ENV] = str(folder / "lake")
        try:
            wall, _ = ingest(str(folder / "ref.duckdb"), docs)
            ref, _ = counts(str(folder / "ref.duckdb"))
            print(f"1. DuckDB file, one process:      {wall:6.1f} s, {len(docs) / wall:5.1f} docs/s;"
                  f" documents, facts, observations = {ref}")  # fmt: skip
            psql(port, "CREATE DATABASE serial OWNER reemarket")
            serial = location.replace("dbname=reemarket", "dbname=serial")
            os.environ[DATA_PATH_ENV] = str(folder / "lake-serial")
            wall, _ = ingest(serial, docs)
            got, dup = counts(serial)
            print(f"2. team store, one process:       {wall:6.1f} s, {len(docs) / wall:5.1f} docs/s;"
                  f" counts {got} (equal: {got == ref}), duplicates {dup}")  # fmt: skip
            os.environ[DATA_PATH_ENV] = str(folder / "lake")
            together(location, first, second, len(docs), ref)
        finally:
            subprocess.run([str(ROOT / "scripts" / "pg"), "stop", str(folder / "pg")], check=False)


def together(
    location: str, first: list[Path], second: list[Path], n: int, ref: tuple[object, ...]
) -> None:
    """Two ingest processes and a server on one store at once."""
    open_store(location).close()  # the schema, so that the server starts on it
    port = free_port()
    server = subprocess.Popen(
        [*EXE, "--db", location, "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    latencies: list[float] = []
    codes: dict[int, int] = {}
    stop = threading.Event()

    def poll() -> None:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}/api/v1", timeout=60) as c:
            while not stop.is_set():
                t0 = time.perf_counter()
                r = c.get("/facts", params={"limit": 20})
                latencies.append(time.perf_counter() - t0)
                codes[r.status_code] = codes.get(r.status_code, 0) + 1

    try:
        for _ in range(300):
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/v1/products", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        poller = threading.Thread(target=poll)
        poller.start()
        t0 = time.perf_counter()
        results: list[tuple[float, dict[str, object]]] = []
        runs = [
            threading.Thread(target=lambda part=part: results.append(ingest(location, part)))
            for part in (first, second)
        ]
        for r in runs:
            r.start()
        for r in runs:
            r.join()
        wall = time.perf_counter() - t0
        stop.set()
        poller.join()
    finally:
        stop.set()
        server.terminate()
        _, err = server.communicate(timeout=30)
    got, dup = counts(location)
    stored = sum(int(str(s["documents"])) for _, s in results)
    skipped = sum(int(str(s["already_ingested"])) for _, s in results)
    print(f"3. team store, two ingests + API: {wall:6.1f} s, {n / wall:5.1f} docs/s;"
          f" counts {got} (equal to 1: {got == ref}), duplicates {dup}")  # fmt: skip
    print(f"   processes: {[round(w, 1) for w, _ in results]} s; documents stored {stored},"
          f" found already stored {skipped}; ingest errors: none (both exit 0)")  # fmt: skip
    lat = sorted(latencies)
    p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))] if lat else float("nan")
    print(f"   API meanwhile: {len(lat)} GET /facts, status codes {codes},"
          f" p50 {statistics.median(lat) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms;"
          f" server tracebacks: {err.count('Traceback')}")  # fmt: skip


if __name__ == "__main__":
    main()
