"""Validation: the baseline's medians and 5-95 % bands against published outlooks.

Published figures live in ``data/reference/outlooks.csv`` (IEA, Adamas, an unverified
McKinsey figure) and, for mine production by country, ``mine_production.csv`` (USGS).
Each row names the model quantity it is compared with and how publisher units and
scopes are converted (magnet REE in t of element = oxide / stoichiometric factor; NdFeB
alloy = finished magnet mass; growth rates as yearly compound rates).
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from importlib import resources
from typing import Final

import numpy as np

from reemarket.model.catalog import ELEMENTS, MAGNET_APPS
from reemarket.model.engine import ModelOutput
from reemarket.model.parameters import FloatArray, as_float
from reemarket.model.reference import Reference

VALUE_TOLERANCE: Final[float] = 0.20
"""A level passes when the median lies within the published value +-20 %."""

CAGR_TOLERANCE: Final[float] = 0.02
"""A growth rate passes when the median lies within +-2 percentage points a year."""

MAGNET_REE: Final[tuple[str, ...]] = ("Nd", "Pr", "Dy", "Tb")
"""The IEA's magnet rare earth elements."""

COUNTRY_METRIC: Final[dict[str, str]] = {
    "China": "mined_china_t",
    "Burma": "mined_myanmar_t",
    "United States": "mined_mountain_pass_t",
    "Australia": "mined_mount_weld_t",
}
"""USGS countries compared one to one with a model mine source."""

KINDS: Final[frozenset[str]] = frozenset({"value", "at_least", "cagr"})
"""Allowed values of the ``kind`` column."""


@dataclass(frozen=True)
class Outlook:
    """One published figure: a level, a floor or a growth rate, with its source."""

    check: str
    kind: str
    year_from: int
    year: int
    low: float
    high: float
    unit: str
    metric: str
    conversion: str
    source: str


@dataclass(frozen=True)
class OutlookResult:
    """A published figure beside the model's 5/50/95 percentiles and a verdict."""

    outlook: Outlook
    p5: float | None
    p50: float | None
    p95: float | None
    passed: bool | None
    """None when the model cannot compare (year outside its horizon)."""
    tolerance: str


def load_outlooks(ref: Reference, usgs_year: int = 2024) -> tuple[Outlook, ...]:
    """Return the bundled outlooks plus USGS production by country for ``usgs_year``."""
    text = resources.files("reemarket.data").joinpath("reference", "outlooks.csv")
    body = "\n".join(ln for ln in text.read_text("utf-8").splitlines() if not ln.startswith("#"))
    rows: list[Outlook] = []
    for line, r in enumerate(csv.DictReader(io.StringIO(body)), start=2):
        item = Outlook(
            r["check"], r["kind"], int(r["year_from"]), int(r["year"]), float(r["low"]),
            float(r["high"]), r["unit"], r["metric"], r["conversion"], r["source"],
        )  # fmt: skip
        if item.kind not in KINDS or item.low > item.high or not item.source:
            raise ValueError(f"bad row {line} in outlooks.csv: {item.check}")
        rows.append(item)
    note = "mine output of the matching model source (an input taken from USGS)"
    for m in ref.mine_output:
        if m.year == usgs_year and m.country in COUNTRY_METRIC:
            check = f"USGS mine production {m.country} {m.year}"
            metric = COUNTRY_METRIC[m.country]
            rows.append(
                Outlook(check, "value", m.year, m.year, m.low_t, m.high_t, "t REO", metric, note,
                        m.source)
            )  # fmt: skip
    return tuple(rows)


def model_series(ref: Reference, out: ModelOutput) -> dict[str, FloatArray]:
    """Return every validation metric as a (P, T) array over ``out.years``."""
    idx = [ELEMENTS.index(e) for e in MAGNET_REE]
    oxide = np.array([ref.oxide_factor[e] for e in MAGNET_REE])[None, :, None]
    magnet = sum(out.by_application[a][:, idx, :] for a in MAGNET_APPS)
    return {
        "magnet_ree_demand_t": as_float((magnet / oxide).sum(axis=1)),
        "magnet_ree_primary_t": as_float((out.primary[:, idx, :] / oxide).sum(axis=1)),
        "magnet_reo_supply_t": as_float(out.supply[:, idx, :].sum(axis=1)),
        "ndfeb_demand_t": as_float(np.sum(np.stack(list(out.magnet_t.values())), axis=0)),
        "mined_china_t": as_float(out.mined["china_rock"] + out.mined["china_ionic"]),
        "mined_myanmar_t": out.mined["myanmar"],
        "mined_mountain_pass_t": out.mined["mountain_pass"],
        "mined_mount_weld_t": out.mined["mount_weld"],
    }


def _verdict(item: Outlook, median: float) -> bool:
    """Return whether the median meets the published figure within its tolerance."""
    if item.kind == "cagr":
        return item.low - CAGR_TOLERANCE <= median <= item.high + CAGR_TOLERANCE
    if item.kind == "at_least":
        return median >= item.low * (1.0 - VALUE_TOLERANCE)
    return item.low * (1.0 - VALUE_TOLERANCE) <= median <= item.high * (1.0 + VALUE_TOLERANCE)


def _tolerance(item: Outlook) -> str:
    """Return the tolerance of a row in words."""
    if item.kind == "cagr":
        return f"+-{CAGR_TOLERANCE * 100:.0f} pp/yr"
    if item.kind == "at_least":
        return f">= value -{VALUE_TOLERANCE:.0%}"
    return f"+-{VALUE_TOLERANCE:.0%}"


def validate(
    ref: Reference, out: ModelOutput, outlooks: tuple[Outlook, ...]
) -> list[OutlookResult]:
    """Compare a run (with ``by_application``) with each outlook; years must be consecutive."""
    series = model_series(ref, out)
    years = [int(y) for y in out.years]
    results = []
    for item in outlooks:
        if item.year not in years or item.year_from not in years:
            results.append(OutlookResult(item, None, None, None, None, _tolerance(item)))
            continue
        values = series[item.metric]
        end = values[:, years.index(item.year)]
        if item.kind == "cagr":
            span = item.year - item.year_from
            start = values[:, years.index(item.year_from)]
            end = as_float((end / start) ** (1.0 / span) - 1.0)
        p5, p50, p95 = (float(v) for v in np.percentile(end, (5, 50, 95)))
        ok = _verdict(item, p50) if math.isfinite(p50) else False
        results.append(OutlookResult(item, p5, p50, p95, ok, _tolerance(item)))
    return results
