"""Build the demo's sample price sheet from real public figures in ../shared.

Run once by a developer (the product never reads ../shared):
    .venv/bin/python scripts/build_sample.py
Writes src/reemarket/data/sample/prices.csv; every row names its source. Nothing is
interpolated or invented: rows the validator rejects are left out, not repaired.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from reemarket.services.prices import import_prices
from reemarket.store.db import open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared"
)
OUT = ROOT / "src/reemarket/data/sample/prices.csv"
#: Publishers of the development reports, by the token in their file names.
PUBLISHERS = {"smm": "SMM", "fastmarkets": "Fastmarkets", "reuters": "Reuters",
              "atechmagnet": "A-Tech Magnet", "xingluchemical": "Xinglu Chemical",
              "starfeu": "Starfeu", "sardismarkets": "Sardis Markets",
              "australianmining": "Australian Mining"}  # fmt: skip
COLUMNS = ["date", "product", "market", "low", "high", "mid", "unit", "source"]


def china_daily() -> list[dict[str, object]]:
    """The valid rows of the daily Chinese oxide series, through its bundled mapping."""
    store = open_store(":memory:")
    import_prices(
        store,
        SHARED / "data/china_daily_oxide_prices_2013_2024.csv",
        mapping_path=ROOT / "src/reemarket/data/mappings/china_daily_oxide_prices_2013_2024.toml",
        skip_bad=True,
    )
    rows = store.conn.execute(
        "SELECT date, product, market, low, high, mid, unit, source FROM observations"
        " ORDER BY product, date"
    ).fetchall()
    return [dict(zip(COLUMNS, r, strict=True)) for r in rows]


def komis_fob() -> list[dict[str, object]]:
    """KOMIS daily FOB China neodymium and cerium, USD/kg."""
    data = json.loads((SHARED / "data/komis_fob_china_prices_2024_2026.json").read_text("utf-8"))
    out: list[dict[str, object]] = []
    for metal in data["metals"]:
        name = metal["name"]
        if "(Nd)" in name:
            product = "nd_oxide"
        elif "(Ce)" in name:
            product = "ce_oxide"
        else:
            continue
        source = (
            f"KOMIS (Korea Mineral Information Service) {metal['grade']}, via GitHub "
            "jeewonshin/rare-earth-dashboard; form not stated, the level matches the oxide"
        )
        for point in metal["history"]:
            out.append({"date": point["date"].replace(".", "-"), "product": product,
                        "market": "fob_china", "low": None, "high": None, "mid": point["value"],
                        "unit": "USD/kg", "source": source})  # fmt: skip
    return out


def corpus_quotes() -> list[dict[str, object]]:
    """Dated quotes stated in the corpus reports (their gold facts), citing each report."""
    meta = {**json.loads((SHARED / "corpus/seeds.meta.json").read_text("utf-8")),
            **json.loads((SHARED / "corpus/dev.meta.json").read_text("utf-8"))}  # fmt: skip
    sources = json.loads((SHARED / "corpus/dev.sources.json").read_text("utf-8"))
    quotes: dict[tuple[str, str, str, str], dict[str, object]] = {}
    for gold in ("seeds", "dev"):
        for line in (SHARED / f"corpus/gold/{gold}.jsonl").read_text("utf-8").splitlines():
            f = json.loads(line)
            if f["kind"] != "price" or f.get("optional") or len(str(f["period"])) != 10:
                continue
            if f["metric"] not in ("price", "price_low", "price_high"):
                continue
            if (f["entity"] == "china") != f["unit"].startswith("CNY"):
                continue
            doc = f["doc"]
            publisher = meta.get(doc, {}).get("publisher") or PUBLISHERS.get(doc.split("_")[1], "")
            origin = sources.get(doc, {}).get("figures_from", "")
            src = f"{publisher}, report {doc}" + (f" (figures from {origin})" if origin else "")
            key = (f["period"], f["subject"], f["entity"], src)
            blank = {"date": f["period"], "product": f["subject"], "market": f["entity"],
                     "low": None, "high": None, "mid": None, "unit": f["unit"], "source": src}  # fmt: skip
            row = quotes.setdefault(key, blank)
            field = {"price": "mid", "price_low": "low", "price_high": "high"}[f["metric"]]
            row[field] = f["value"]
    return list(quotes.values())


def write(rows: list[dict[str, object]]) -> None:
    """Write rows to the sample sheet."""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    """Write the sample sheet, dropping (never repairing) rows the validator rejects."""
    write(china_daily() + komis_fob() + corpus_quotes())
    while True:  # dropping a row can expose another carried-forward repeat behind it
        store = open_store(":memory:")
        result = import_prices(store, OUT, skip_bad=True)
        if not result.rejected:
            break
        rows = store.conn.execute(
            "SELECT date, product, market, low, high, mid, unit, source FROM observations "
            "ORDER BY market, product, date"
        ).fetchall()
        write([dict(zip(COLUMNS, r, strict=True)) for r in rows])
    print(f"wrote {result.rows_read} rows to {OUT}")


if __name__ == "__main__":
    main()
