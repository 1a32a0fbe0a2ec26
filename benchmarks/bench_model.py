"""Benchmark the supply-demand model: vectorised numpy versus plain Python path by path.

Usage: .venv/bin/python benchmarks/bench_model.py [--paths 10000] [--pure-paths 1000] [--repeat 3]

Prints the machine (cores, CPU model, Python), the vectorised time for all paths
(sampling, shocks, engine and percentiles; every element and application, 2024-2040),
and the plain-Python engine timed path by path on --pure-paths paths, scaled to
--paths, as a ratio. Not a timed test: a script that prints figures.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time

import numpy as np

from machine import describe  # benchmarks/ is on sys.path when run as a script
from reemarket.model.catalog import APPLICATIONS, ELEMENTS, PERCENTILES
from reemarket.model.engine import simulate
from reemarket.model.montecarlo import default_years, draw, summarise
from reemarket.model.parameters import path_values
from reemarket.model.pure import run_path
from reemarket.model.scenario import baseline
from reemarket.model.shocks import build_shocks, path_shocks


def vectorised(paths: int, seed: int) -> float:
    start = time.perf_counter()
    scenario = baseline()
    years = default_years()
    ref, draws = draw(scenario, paths, seed)
    shocks = build_shocks(scenario, draws, years)
    out = simulate(ref, draws, shocks, years)
    summarise(out, scenario.name, seed)
    return time.perf_counter() - start


def plain(paths: int, seed: int) -> float:
    scenario = baseline()
    years = default_years()
    ref, draws = draw(scenario, paths, seed)
    shocks = build_shocks(scenario, draws, years)
    year_list = [int(y) for y in years]
    start = time.perf_counter()
    balances = [
        run_path(ref, path_values(draws, i), path_shocks(shocks, i), year_list).balance
        for i in range(paths)
    ]
    np.percentile(np.array(balances), PERCENTILES, axis=0)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", type=int, default=10_000)
    parser.add_argument("--pure-paths", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    print(f"machine: {describe()}")
    print(f"python {platform.python_version()}, numpy {np.__version__}, {platform.platform()}")
    years = default_years()
    print(
        f"model: {args.paths:,} paths x {len(years)} years ({years[0]}-{years[-1]}) x "
        f"{len(ELEMENTS)} elements, {len(APPLICATIONS)} applications"
    )
    vectorised(100, args.seed)  # warm-up (imports, caches)
    times = [vectorised(args.paths, args.seed + i) for i in range(args.repeat)]
    best, median = min(times), statistics.median(times)
    print(
        f"vectorised: best {best:.3f} s, median {median:.3f} s over {args.repeat} runs "
        f"(target < 2 s: {'met' if median < 2.0 else 'NOT met'})"
    )
    pure = plain(args.pure_paths, args.seed)
    scaled = pure * args.paths / args.pure_paths
    note = "" if args.pure_paths == args.paths else f", scaled linearly to {args.paths:,}"
    print(
        f"plain Python path by path: {pure:.3f} s for {args.pure_paths:,} paths "
        f"({pure / args.pure_paths * 1e3:.2f} ms/path{note}: {scaled:.1f} s)"
    )
    print(f"ratio plain / vectorised (median): {scaled / median:.1f}x")


if __name__ == "__main__":
    main()
