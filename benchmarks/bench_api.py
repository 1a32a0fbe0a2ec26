"""Load benchmark: a price-series endpoint at 50 concurrent clients (wrk), req/s and p99.

Usage: .venv/bin/python benchmarks/bench_api.py [--seconds 15] [--connections 50]
       [--workers N] [--facts 100000]
--workers: `serve --workers N` (N processes reading the embedded file read-only).
--facts: also store this many facts (generated reports ingested on Dask, then their
  resolved fact rows copied until the count is reached) and load the facts listing with a
  distinct URL per request: by offset, then by cursor (every page's cursor collected
  first by walking the listing once).
Needs wrk (Debian: apt-get install wrk). Starts `reemarket serve` on a free loopback port
over a fresh database holding the bundled sample sheet, then runs wrk twice:
  hot:  one URL again and again (answered from the HTTP read cache after the first request);
  cold: a distinct URL per request (a new date range each time: every request misses the
        HTTP read cache and runs the service: the series is sliced from the in-memory
        series cache, validated, serialised), to show the uncached path honestly.
One request to the series warms the server first (module imports, the series read), as a
running server is warm; without it the first wave of 50 concurrent misses lands in p99.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import describe

COLD_SCRIPT = """
counter = 0
request = function()
  counter = counter + 1
  local day = 1 + (counter % 28)
  local month = 1 + (math.floor(counter / 28) % 12)
  local year = 2015 + (math.floor(counter / 336) % 9)
  local path = string.format("/api/v1/prices/nd_oxide?start=%04d-%02d-%02d&end=%04d-12-31&n=%d",
                             year, month, day, year, counter)
  return wrk.format("GET", path)
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wrk(
    url: str, seconds: int, connections: int, script: str | None, threads: int = 1
) -> tuple[float, str, str]:
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if script:
        cmd += ["-s", script]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.MULTILINE).group(1)  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, p99, errors.group(1) if errors else "0"


FACTS_SCRIPT = """
counter = 0
request = function()
  counter = counter + 1
  local path = string.format("/api/v1/facts?limit=50&offset=%d&n=%d", (counter * 37) % LAST, counter)
  return wrk.format("GET", path)
end
"""

CURSOR_SCRIPT = """
counter = 0
cursors = {CURSORS}
request = function()
  counter = counter + 1
  local path = string.format("/api/v1/facts?limit=50&cursor=%s&n=%d", cursors[1 + counter % #cursors], counter)
  return wrk.format("GET", path)
end
"""


def cursors(base: str, limit: int = 50) -> list[str]:
    """Every page's cursor over the whole facts listing, walked once before timing."""
    import json

    out: list[str] = []
    url = f"{base}/api/v1/facts?limit={limit}"
    while True:
        nxt = json.loads(urllib.request.urlopen(url, timeout=60).read())["next"]
        if nxt is None:
            return out
        out.append(nxt)
        url = f"{base}/api/v1/facts?limit={limit}&cursor={nxt}"


def add_facts(db: Path, target: int, tmp: Path) -> int:
    """Ingest generated reports, then copy listed fact rows until ``target`` facts are stored.

    Only resolved facts are copied (the listing shows those), so nearly every stored fact
    is listed and the offsets asked for land on full pages.
    """
    from bench_extract import make_corpus
    from reemarket.services.parallel import ingest_parallel
    from reemarket.store.db import open_store

    docs = tmp / "docs"
    docs.mkdir()
    for i, (text, pub) in enumerate(make_corpus(1000)):
        (docs / f"r{i:05d}_{pub.isoformat()}.txt").write_text(text, encoding="utf-8")
    with open_store(db) as store:
        ingest_parallel(store, [str(docs)], workers=2)
        cols = ("document_id, kind, entity, subject, metric, period, period_start, period_end,"
                " resolved, value, value_high, unit, status, bound, span_start, span_end,"
                " sentence, extractor_version")  # fmt: skip
        while True:
            n = int(store.conn.execute("SELECT count(*) FROM facts").fetchall()[0][0])
            if n >= target:
                return n
            with store.transaction() as tx:
                tx.execute(f"INSERT INTO facts ({cols}) SELECT {cols} FROM facts WHERE resolved"
                           " LIMIT ?", [target - n])  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=15)
    ap.add_argument("--connections", type=int, default=50)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--facts", type=int, default=0)
    ap.add_argument("--runs", default="hot,cold,offset,cursor",
                    help="Which loads to run, comma-separated: hot, cold, offset, cursor")  # fmt: skip
    a = ap.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (Debian: apt-get install wrk)")
    exe = Path(sys.executable).with_name("reemarket")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        env = {**os.environ, "REEMARKET_DB": str(db)}
        sample = subprocess.run([sys.executable, "-c", "from reemarket.services.demo import sample_sheet; print(sample_sheet())"],
                                capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
        subprocess.run(
            [str(exe), "prices", "import", sample], env=env, check=True, capture_output=True
        )
        facts = add_facts(db, a.facts, Path(tmp)) if a.facts else 0
        port = free_port()
        server = subprocess.Popen([str(exe), "serve", "--port", str(port), "--workers", str(a.workers)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/api/v1/products", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            url = base + "/api/v1/prices/nd_oxide?start=2024-01-01"
            urllib.request.urlopen(url, timeout=30).read()  # warm the server
            script = Path(tmp) / "cold.lua"
            script.write_text(COLD_SCRIPT, encoding="utf-8")
            facts_lua = Path(tmp) / "facts.lua"
            cursor_lua = Path(tmp) / "cursor.lua"
            listed = 0
            if facts:
                first = json.loads(urllib.request.urlopen(base + "/api/v1/facts?limit=1").read())
                listed = int(first["total"])
                facts_lua.write_text(FACTS_SCRIPT.replace("LAST", str(max(listed - 50, 1))),
                                     encoding="utf-8")  # fmt: skip
                walk = cursors(base)
                cursor_lua.write_text(CURSOR_SCRIPT.replace("{CURSORS}", "{" + ",".join(
                    f'"{c}"' for c in walk) + "}"), encoding="utf-8")  # fmt: skip
            for _ in range(2 * a.workers):  # warm every worker
                urllib.request.urlopen(url + "&w=1", timeout=30).read()
            print(f"machine: {describe()}")
            print(
                f"server: reemarket serve --workers {a.workers}; load before: "
                f"{os.getloadavg()[0]:.2f} (1-minute average; the machine is shared)"
            )
            print(f"endpoint: GET /api/v1/prices/nd_oxide (daily Nd oxide, China), {a.connections} connections, "
                  f"{a.seconds} s each, wrk -t1 (one core for the load, one for the server)")  # fmt: skip
            runs = [("hot (cached)", url, None), ("cold (uncached)", base, str(script))]
            wanted = {"hot (cached)": "hot", "cold (uncached)": "cold",
                      "facts by offset": "offset", "facts by cursor": "cursor"}  # fmt: skip
            if facts:
                print(f"facts: {facts:,} stored, {listed:,} listed (resolved); pages of 50, a "
                      "distinct URL per request (by offset, or by one of every page's cursor)")  # fmt: skip
                runs.append(("facts by offset", base, str(facts_lua)))
                runs.append(("facts by cursor", base, str(cursor_lua)))
            for name, target, lua in runs:
                if wanted[name] not in a.runs.split(","):
                    continue
                load = os.getloadavg()[0]
                rps, p99, errors = wrk(target, a.seconds, a.connections, lua)
                print(f"{name:24s} {rps:10,.0f} req/s   p99 {p99:>9s}   non-2xx {errors}"
                      f"   (load before {load:.2f})")  # fmt: skip
            print("targets: 1,000 req/s and p99 under 100 ms")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
