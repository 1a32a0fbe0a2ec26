"""Helpers shared by test modules: a free loopback port, the seed corpus, generated reports."""

from __future__ import annotations

import random
import socket
from datetime import date, timedelta
from pathlib import Path

import pytest

from reemarket.services.ingest import ingest_paths
from reemarket.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
#: The shared corpus, data and reference folder: ``../shared`` beside the checkout, or the
#: nearest parent's ``shared`` (a worktree nested deeper). Every test module takes it from here.
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared"
)


def free_port() -> int:
    """A TCP port free on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ingest_seeds(store: Store) -> None:
    """Ingest the five seed documents with their metadata (skip when ../shared is absent)."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared is not beside the checkout")
    ingest_paths(store, [str(SHARED / "corpus/seeds")], meta_file=SHARED / "corpus/seeds.meta.json")


def location_for(backend: str, file: Path, request: pytest.FixtureRequest) -> str:
    """``file`` on the DuckDB backend, else a fresh team-store catalog."""
    if backend == "duckdb":
        return str(file)
    return str(request.getfixturevalue("lake_server").fresh())


_PRODUCTS = ("Pr-Nd oxide", "dysprosium oxide", "terbium oxide", "lanthanum oxide",
             "cerium oxide", "neodymium metal", "gadolinium oxide", "holmium oxide")  # fmt: skip


def write_reports(folder: Path, n: int, seed: int = 11) -> list[Path]:
    """Write ``n`` generated daily price reports, each with its own figures, as .txt files.

    Every report quotes a few products on days before its publication date (in its
    file name), so each yields dated price facts and observations of its own.
    """
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        pub = date(2024, 1, 2) + timedelta(days=rnd.randrange(600))
        lines = [f"Rare earth price report {i}: {pub:%B} {pub.day}, {pub.year}"]
        # desk codes of its own keep a report's text unlike every other's (no story copies)
        lines.append("Desk codes: " + " ".join(f"{rnd.getrandbits(32):x}" for _ in range(24)) + ".")
        for p in rnd.sample(_PRODUCTS, rnd.randint(2, 4)):
            d = pub - timedelta(days=rnd.randrange(1, 20))
            v = rnd.randrange(300, 900) * 1000 + i
            lines.append(
                f"On {d:%B} {d.day}, the average price of {p} was {v:,} yuan/mt,"
                f" up {rnd.randrange(1, 20) * 500:,} yuan/mt from the previous trading day."
            )
        path = folder / f"report_{i:05d}_{pub.isoformat()}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        out.append(path)
    return out
