"""Build src/reemarket/data/reference/history.csv from the shared corpus (run by hand).

Copies the backtest series of ``shared/reference/t11_history_2015_2024.csv`` with their
sources, and reduces the daily Chinese oxide prices of ``shared/data`` to one figure a
year: the median over weekdays of the day's (low + high) / 2. The median, not the mean
of the 'average' column, because that column lies outside low-high on hundreds of early
Nd rows and Ce has min/max glitches on a few days (shared/data/README).
"""

from __future__ import annotations

import csv
import statistics
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared"
)
OUT = ROOT / "src" / "reemarket" / "data" / "reference" / "history.csv"
T11_SERIES = (
    "ev_car_sales_world", "wind_capacity_additions_world", "industrial_robot_installations_world",
    "china_ndfeb_or_re_magnet_production_broad", "world_re_mine_production_usgs",
    "price_nd_oxide_usgs", "price_dy_oxide_usgs", "price_tb_oxide_usgs",
    "price_la_oxide_usgs", "price_ce_oxide_usgs", "price_ndpr_oxide_usgs",
)  # fmt: skip
DAILY = {"Nd": "氧化钕", "Pr": "氧化镨", "La": "氧化镧", "Ce": "氧化铈"}
DAILY_UNIT = {"Nd": "10,000 CNY/t", "Pr": "10,000 CNY/t", "La": "CNY/kg", "Ce": "CNY/kg"}
DAILY_SOURCE = (
    "GitHub YiYaWu-233/Long-sequence-Time-Series-forecasting-of-rare-earth-price, "
    "data/稀土价格.csv (local copy shared/data/china_daily_oxide_prices_2013_2024.csv); "
    "yearly median over weekdays of (low + high) / 2; 2024 covers 2024-01-02 to 2024-07-05"
)


def main() -> int:
    """Write history.csv; return the exit code."""
    rows: list[list[str]] = []
    with (SHARED / "reference" / "t11_history_2015_2024.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["series"] in T11_SERIES and r["value"]:
                rows.append([r["series"], r["year"], r["value"], r["unit"], r["source"]])
    mids: dict[tuple[str, int], list[float]] = defaultdict(list)
    path = SHARED / "data" / "china_daily_oxide_prices_2013_2024.csv"
    with path.open(encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            day = date.fromisoformat(r["日期"])
            if day.weekday() >= 5:
                continue
            for element, name in DAILY.items():
                low, high = float(r[f"{name}最低价"]), float(r[f"{name}最高价"])
                if 0 < low <= high:
                    mids[(element, day.year)].append((low + high) / 2)
    for (element, year), values in sorted(mids.items()):
        series = f"price_{element.lower()}_oxide_china_daily"
        value = f"{statistics.median(values):.4g}"
        rows.append([series, str(year), value, DAILY_UNIT[element], DAILY_SOURCE])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# Yearly history 2013-2024 for the backtest and the price fit (docs/model.md, Backtest).\n"
            "# Copied from shared/reference/t11_history_2015_2024.csv (sources per row) and reduced\n"
            "# from the shared daily Chinese oxide prices by scripts/build_history.py.\n"
        )
        writer = csv.writer(fh)
        writer.writerow(["series", "year", "value", "unit", "source"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
