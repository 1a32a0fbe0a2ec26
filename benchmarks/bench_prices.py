"""Benchmark of price import and batch analytics against plain pandas (prints its figures).

Generates N series of Y years of daily quotes on SSE trading days with numpy, writes them
as a Parquet price sheet, imports the sheet into a fresh database, then computes for every
series the month, quarter and year changes as of every date and the trading-day averages
of every month, quarter and year, twice: with reemarket's DuckDB SQL
(:mod:`reemarket.analytics.batch`) and written plainly in pandas, on the same data in the
same run. It checks the two agree on a sample and prints the timings, the speed-up, the
peak memory and the machine.

Targets (issue 2): import >= 2 million rows/s; analytics >= 5x faster than pandas.

    .venv/bin/python benchmarks/bench_prices.py                      # 2,000 series x 20 years
    .venv/bin/python benchmarks/bench_prices.py --series 100 --years 5   # a quick run
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from machine import describe  # benchmarks/ is on sys.path when run as a script
from reemarket.analytics.batch import batch_averages, batch_changes
from reemarket.analytics.changes import Window
from reemarket.domain.bands import price_band
from reemarket.domain.money import market_basis
from reemarket.domain.products import catalog
from reemarket.domain.trading_calendar import get_calendar
from reemarket.services.prices import import_prices
from reemarket.store.db import Store, open_store

T = TypeVar("T")
MARKETS = ("china", "fob_china", "cif_rotterdam", "europe", "global")
WINDOWS = (Window.MONTH, Window.QUARTER, Window.YEAR)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, fn: Callable[[], T]) -> tuple[T, float]:
    t0 = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t0
    print(f"  {label:<46} {dt:8.2f} s   (peak RSS so far {peak_rss_mib():,.0f} MiB)", flush=True)
    return out, dt


def generate(n_series: int, years: int, seed: int = 42) -> pd.DataFrame:
    """One row per series and SSE trading day: a mean-reverting walk of mids with a band."""
    trading = get_calendar("sse")
    today = datetime.now(UTC).date()
    last = min(trading.last, date(2026, 12, 31), today)  # no quotes dated in the future
    first = max(trading.first, date(last.year - years + 1, 1, 1))
    days = np.array(trading.trading_days(first, last), dtype="datetime64[D]")
    products = [p for p in catalog() if p.form in ("oxide", "metal", "alloy")]
    keys = []
    for i in range(n_series):
        prod = products[i % len(products)]
        market = MARKETS[(i // len(products)) % len(MARKETS)]
        source = f"bench-{i // (len(products) * len(MARKETS)):02d}"
        unit = prod.quote_unit if market == "china" else "USD/kg"
        keys.append((prod.id, market, source, unit, market_basis(market).value))
    rng = np.random.default_rng(seed)
    n = len(days)
    # Mean-reverting log prices around the middle of each product's plausible band, so the
    # import's plausibility check accepts every row.
    lo = np.empty((n_series, 1))
    hi = np.empty((n_series, 1))
    for i, key in enumerate(keys):
        band = price_band(key[0], key[3]) or (100.0, 10_000.0)
        lo[i], hi[i] = band
    centre = np.sqrt(lo * hi)
    shocks = rng.normal(0.0, 0.01, size=(n_series, n))
    logs = np.empty((n_series, n))
    level = rng.normal(0.0, 0.1, size=n_series)
    for t in range(n):
        level = 0.998 * level + shocks[:, t]
        logs[:, t] = level
    mid = np.clip(centre * np.exp(logs), lo * 1.05, hi * 0.95)
    mid = np.round(mid, 2)
    half = np.round(mid * rng.uniform(0.002, 0.01, size=(n_series, n)), 2)
    idx = np.repeat(np.arange(n_series), n)

    frame = pd.DataFrame(
        {
            "date": np.tile(days, n_series),
            "product": pd.Categorical([k[0] for k in keys])[idx],
            "market": pd.Categorical([k[1] for k in keys])[idx],
            "source": pd.Categorical([k[2] for k in keys])[idx],
            "unit": pd.Categorical([k[3] for k in keys])[idx],
            "low": (mid - half).ravel(),
            "high": (mid + half).ravel(),
            "mid": mid.ravel(),
        }
    )
    return frame


def write_sheet(frame: pd.DataFrame, path: Path) -> None:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    table = table.set_column(0, "date", table.column("date").cast(pa.date32()))
    pq.write_table(table, path, compression="zstd")


def import_sheet(store: Store, path: Path) -> float:
    """Import the sheet with reemarket's own import (validated, one transaction); seconds."""
    t0 = time.perf_counter()
    result = import_prices(store, path)
    assert result.inserted == result.rows_read, result.problems[:5]
    return time.perf_counter() - t0


KEYS = ["product", "market", "source", "unit"]


def duckdb_changes(store: Store) -> None:
    """Month, quarter and year changes as of every date of every series, in DuckDB SQL."""
    batch_changes(store.conn, get_calendar("sse"), WINDOWS, per_source=True, into="bench_changes")


def duckdb_averages(store: Store) -> None:
    """Trading-day averages of every month, quarter and year of every series, in DuckDB SQL."""
    batch_averages(store.conn, get_calendar("sse"), per_source=True, into="bench_averages")


def pandas_changes(frame: pd.DataFrame) -> pd.DataFrame:
    """The same changes written plainly in pandas (merge_asof per window)."""
    df = frame[[*KEYS, "date", "mid"]].copy()
    df["date"] = pd.to_datetime(df["date"])
    df = df.sort_values([*KEYS, "date"])
    right = df.sort_values("date").rename(columns={"date": "base_date", "mid": "base"})
    out = df.copy()
    offsets = {"month": pd.DateOffset(months=1), "quarter": pd.DateOffset(months=3),
               "year": pd.DateOffset(years=1)}  # fmt: skip
    for name, offset in offsets.items():
        left = out[[*KEYS, "date"]].copy()
        left["target"] = left["date"] - offset
        left = left.sort_values("target")
        merged = pd.merge_asof(
            left, right, left_on="target", right_on="base_date", by=KEYS, direction="backward"
        )
        merged = merged.set_index([*KEYS, "date"])
        aligned = merged.reindex(pd.MultiIndex.from_frame(out[[*KEYS, "date"]]))
        out[f"{name}_base_date"] = aligned["base_date"].to_numpy()
        out[f"{name}_base"] = aligned["base"].to_numpy()
        out[f"{name}_change"] = out["mid"] - out[f"{name}_base"]
        out[f"{name}_pct"] = out[f"{name}_change"] / out[f"{name}_base"] * 100
    return out


def pandas_averages(frame: pd.DataFrame) -> pd.DataFrame:
    """The same trading-day averages written plainly in pandas (groupby per granularity)."""
    trading = get_calendar("sse")
    df = frame[[*KEYS, "date", "mid"]].copy()
    df["date"] = pd.to_datetime(df["date"])
    open_days = pd.to_datetime(pd.Series(trading.trading_days(trading.first, trading.last)))
    on_trading = df[df["date"].isin(open_days)]
    averages = []
    for name, freq in (("month", "M"), ("quarter", "Q"), ("year", "Y")):
        grouped = on_trading.groupby([*KEYS, on_trading["date"].dt.to_period(freq)], observed=True)
        agg = grouped["mid"].agg(["mean", "count"]).reset_index()
        agg["granularity"] = name
        averages.append(agg)
    return pd.concat(averages, ignore_index=True)


def check_sample(store: Store, pd_changes: pd.DataFrame, pd_avgs: pd.DataFrame) -> int:
    """Compare DuckDB and pandas results on a sample of rows; return how many were compared."""
    sample = pd_changes.sample(n=min(20_000, len(pd_changes)), random_state=1)
    sample = sample.astype(dict.fromkeys(("product", "market", "source", "unit"), str))
    store.conn.register("bench_sample", sample[["product", "market", "source", "unit", "date"]])
    got = store.conn.sql(
        "WITH c AS (SELECT k.product, k.market, k.source, k.unit, c.* EXCLUDE (sid)"
        " FROM bench_changes c JOIN bench_changes_series k USING (sid))"
        " SELECT c.* FROM c JOIN bench_sample s ON c.product = s.product AND"
        " c.market = s.market AND c.source = s.source AND c.unit = s.unit"
        " AND c.date = CAST(s.date AS DATE)"
    ).df()
    store.conn.unregister("bench_sample")
    keys = ["product", "market", "source", "unit", "date"]
    got["date"] = pd.to_datetime(got["date"])
    both = sample.merge(got, on=keys, suffixes=("_pd", "_db"))
    assert len(both) == len(sample), f"sample rows found: {len(both)} of {len(sample)}"
    for name in ("month", "quarter", "year"):
        for col in (f"{name}_base", f"{name}_pct"):
            a, b = both[f"{col}_pd"].to_numpy(float), both[f"{col}_db"].to_numpy(float)
            assert np.array_equal(np.isnan(a), np.isnan(b)), f"{col}: NULLs differ"
            ok = ~np.isnan(a)
            assert np.allclose(a[ok], b[ok], rtol=1e-12, atol=1e-9), f"{col} differs"
        a_dates = pd.to_datetime(both[f"{name}_base_date_pd"])
        b_dates = pd.to_datetime(both[f"{name}_base_date_db"])
        assert ((a_dates == b_dates) | (a_dates.isna() & b_dates.isna())).all()
    db_avgs = store.conn.sql(
        "SELECT product, market, source, unit, granularity, period, mean, days_used"
        " FROM bench_averages JOIN bench_averages_series USING (sid)"
    ).df()
    pd_avgs = pd_avgs.astype(dict.fromkeys(("product", "market", "source", "unit"), str))
    pd_avgs["period"] = pd_avgs["date"].astype(str).str.replace("Q", "-Q")
    merged = pd_avgs.merge(
        db_avgs, on=["product", "market", "source", "unit", "granularity", "period"]
    )
    assert len(merged) == len(pd_avgs) == len(db_avgs), (len(merged), len(pd_avgs), len(db_avgs))
    assert np.allclose(merged["mean_x"], merged["mean_y"], rtol=1e-9)
    assert (merged["count"] == merged["days_used"]).all()
    return len(both) + len(merged)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--series", type=int, default=2_000)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--keep", type=Path, default=None, help="Keep files in this folder.")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)  # exchange_calendars under pandas 3.1

    print("machine:")
    print(f"  cores            {os.cpu_count()}")
    print(f"  machine          {describe()}")
    print(f"  Python           {sys.version.split()[0]} ({platform.platform()})")
    import duckdb

    print(f"  duckdb {duckdb.__version__}, pandas {pd.__version__}, numpy {np.__version__}")

    folder = args.keep or Path(tempfile.mkdtemp(prefix="reemarket-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    sheet, db = folder / "bench_prices.parquet", folder / "bench.duckdb"
    for f in (sheet, db, db.with_suffix(".duckdb.wal")):
        f.unlink(missing_ok=True)

    print(f"\ndata: {args.series:,} series x {args.years} years of SSE trading days")
    frame, _ = timed("generate with numpy", lambda: generate(args.series, args.years))
    rows = len(frame)
    print(f"  rows             {rows:,}")
    timed("write Parquet sheet", lambda: write_sheet(frame, sheet))
    print(f"  sheet            {sheet} ({sheet.stat().st_size / 2**20:,.0f} MiB)")

    store = open_store(db)
    t_import, _ = timed(
        "import (reemarket.services.prices.import_prices)", lambda: import_sheet(store, sheet)
    )
    stored = store.conn.execute("SELECT count(*) FROM observations").fetchone()
    print(f"  rows stored      {stored[0] if stored else 0:,}")
    print(f"  import time      {t_import:,.2f} s")
    print(f"  import rate      {rows / t_import / 1e6:,.2f} million rows/s (target >= 2)")
    timed(
        "CHECKPOINT (DuckDB folds the WAL into the file)",
        lambda: store.conn.execute("CHECKPOINT").fetchall(),
    )

    print("\nanalytics: month/quarter/year changes as of every date + trading-day averages")
    _, t_db_c = timed("reemarket changes (DuckDB SQL)", lambda: duckdb_changes(store))
    _, t_db_a = timed("reemarket averages (DuckDB SQL)", lambda: duckdb_averages(store))
    pd_changes, t_pd_c = timed("plain pandas changes", lambda: pandas_changes(frame))
    pd_avgs, t_pd_a = timed("plain pandas averages", lambda: pandas_averages(frame))
    compared, _ = timed(
        "check both agree on a sample", lambda: check_sample(store, pd_changes, pd_avgs)
    )
    t_db, t_pd = t_db_c + t_db_a, t_pd_c + t_pd_a
    print(f"  rows compared    {compared:,} (all equal)")
    print(f"  DuckDB total     {t_db:,.2f} s; pandas total {t_pd:,.2f} s")
    print(f"  changes          {t_pd_c / t_db_c:,.1f}x; averages {t_pd_a / t_db_a:,.1f}x")
    print(f"  speed-up         {t_pd / t_db:,.1f}x faster than pandas in all (target >= 5)")
    print(f"\npeak memory (max RSS of this process): {peak_rss_mib():,.0f} MiB")
    store.close()
    if args.keep is None:
        for f in (sheet, db, db.with_suffix(".duckdb.wal")):
            f.unlink(missing_ok=True)
        folder.rmdir()


if __name__ == "__main__":
    main()
