"""Benchmark: fetch + extract + store, 1,000 generated pages served on this machine.

Serves the pages from real HTTP servers on loopback addresses, with politeness off
(no robots.txt, no delay between requests; each site in a process of its own), and ingests them with ``fetch_urls`` into
a fresh DuckDB file: once from one host (one request at a time), then spread over 4
hosts (127.0.0.1-127.0.0.4, up to 4 requests at once). Prints documents/s and MB/s of
HTML end to end, then a second run of the same URLs (conditional GET: 304s, nothing
written).

Usage: .venv/bin/python benchmarks/bench_fetch.py [--pages 1000]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from machine import describe  # benchmarks/ is on sys.path when run as a script
from reemarket.fetch.client import FetchPolicy
from reemarket.services.fetch import fetch_urls
from reemarket.store.db import open_store

PRODUCTS = ["Pr-Nd oxide", "dysprosium oxide", "terbium oxide", "lanthanum oxide", "Pr-Nd alloy"]
SENTENCES = [
    "On March {d}, 2025, the average price of {p} was {v:,} yuan/mt, up {c:,} yuan/mt from the previous trading day.",
    "{p} quotations stood at around {v:,}-{v2:,} yuan/mt as buyers kept to need-based purchases.",
    "In February 2025, domestic {p} output came to {t:,} mt, down {pc}% MoM.",
    "Traders at plant {n} in district {m} said inventories of {p} were {adj} after the holiday.",
    "Magnet makers in region {m} reported order book {n} as {adj}, with {t:,} mt booked for April.",
]
ADJ = ["thin", "ample", "stable", "tight", "rising", "falling", "mixed", "firm"]


def page(i: int, rng: random.Random) -> bytes:
    paras = []
    for _ in range(rng.randint(10, 18)):
        v = rng.randrange(300_000, 600_000, 500)
        paras.append(
            rng.choice(SENTENCES).format(
                d=rng.randint(1, 28),
                p=rng.choice(PRODUCTS),
                v=v,
                v2=v + 5000,
                c=rng.randrange(500, 9000, 500),
                t=rng.randrange(500, 9000),
                pc=rng.randint(1, 30),
                n=rng.randint(1, 10**6),
                m=rng.randint(1, 10**6),
                adj=rng.choice(ADJ),
            )
        )
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<!doctype html><html><head><title>Rare earth daily {i}</title></head><body>"
        f"<nav>Home | Markets</nav><article><h1>Rare earth daily report {i}</h1>{body}"
        "</article><footer>Example site</footer></body></html>"
    ).encode()


def _serve_forever(host: str, n: int, ports: multiprocessing.Queue[int]) -> None:
    """The site, in a process of its own (so it does not share the fetcher's GIL)."""
    rng = random.Random(7)
    pages = {f"/p/{i}.html": page(i, rng) for i in range(n)}
    server = _server(host, pages)
    ports.put(server.server_address[1])
    server.serve_forever()


@contextmanager
def serve(host: str, n: int) -> Iterator[str]:
    ports: multiprocessing.Queue[int] = multiprocessing.Queue()
    proc = multiprocessing.Process(target=_serve_forever, args=(host, n, ports), daemon=True)
    proc.start()
    try:
        yield f"http://{host}:{ports.get(timeout=60)}"
    finally:
        proc.terminate()
        proc.join()


def _server(host: str, pages: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body = pages.get(self.path)
            etag = f'"{hash(body)}"'
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return ThreadingHTTPServer((host, 0), Handler)


def run(label: str, hosts: int, n: int, folder: Path) -> None:
    rng = random.Random(7)
    pages = {f"/p/{i}.html": page(i, rng) for i in range(n)}
    size = sum(len(b) for b in pages.values())
    policy = FetchPolicy(allow_private=True, robots=False, delay=0.0, timeout=10.0)
    with ExitStack() as stack:
        bases = [stack.enter_context(serve(f"127.0.0.{h + 1}", n)) for h in range(hosts)]
        urls = [bases[i % hosts] + path for i, path in enumerate(pages)]
        db = folder / f"{label}.duckdb"
        with open_store(db) as store:
            t0 = time.perf_counter()
            summary = fetch_urls(store, urls, policy=policy, cache_dir=folder / f"{label}-cache")
            took = time.perf_counter() - t0
            t1 = time.perf_counter()
            again = fetch_urls(store, urls, policy=policy, cache_dir=folder / f"{label}-cache")
            took2 = time.perf_counter() - t1
    facts = sum(summary.facts.values())
    print(
        f"{label}: {summary.documents} documents ({facts:,} facts, {size / 1e6:.1f} MB HTML) in"
        f" {took:.1f} s: {summary.documents / took:.0f} documents/s, {size / 1e6 / took:.2f} MB/s"
    )
    print(
        f"{label}, second run: {again.documents} new documents, {again.not_modified} answered 304,"
        f" {took2:.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    args = parser.parse_args()
    print(f"machine: {describe()}")
    with tempfile.TemporaryDirectory() as tmp:
        run("1 host", 1, args.pages, Path(tmp))
        run("4 hosts", 4, args.pages, Path(tmp))


if __name__ == "__main__":
    main()
