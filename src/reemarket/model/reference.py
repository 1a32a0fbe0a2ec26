"""Load the bundled reference data (parameters, quotas, mine output, prices, oxide factors)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from reemarket.model.catalog import COUNTRY_PRODUCER, ELEMENTS

STATUSES: Final[frozenset[str]] = frozenset(
    {"sourced", "derived", "assumption", "definition", "calibration"}
)
"""Allowed values of the ``status`` column of ``parameters.csv``."""

_OXIDE_FORMULA: Final[dict[str, tuple[int, int, str]]] = {
    "La": (2, 3, "La"), "Ce": (1, 2, "Ce"), "Pr": (6, 11, "Pr"), "Nd": (2, 3, "Nd"),
    "Sm": (2, 3, "Sm"), "Eu": (2, 3, "Eu"), "Gd": (2, 3, "Gd"), "Tb": (4, 7, "Tb"),
    "Dy": (2, 3, "Dy"), "Ho": (2, 3, "Ho"), "Er": (2, 3, "Er"), "Y": (2, 3, "Y"),
    "other": (2, 3, "Yb"),
}  # fmt: skip
"""Usual traded oxide per element (metal atoms, oxygen atoms, element used for mass)."""


@dataclass(frozen=True)
class ParameterSpec:
    """One model parameter: its range, unit, status and the source of the figure."""

    key: str
    low: float
    high: float
    unit: str
    status: str
    basis: str
    source: str

    @property
    def mid(self) -> float:
        """Return the midpoint of the range."""
        return (self.low + self.high) / 2.0


@dataclass(frozen=True)
class Quota:
    """China's mining and smelting/separation quota for one year, t REO."""

    year: int
    mining_t: float
    separation_t: float | None
    source: str


@dataclass(frozen=True)
class MineOutput:
    """Mine production of one country in one year as a (low, high) range, t REO."""

    country: str
    year: int
    low_t: float
    high_t: float
    source: str


@dataclass(frozen=True)
class Price:
    """One oxide price, US$/kg."""

    product: str
    year: int
    usd_per_kg: float
    source: str


@dataclass(frozen=True)
class PublishedCheck:
    """A published 2023-2024 figure that the calibrated baseline is compared with."""

    check: str
    year: int
    low: float
    high: float
    unit: str
    basis: str
    source: str


@dataclass(frozen=True)
class Reference:
    """Everything the model reads from bundled files."""

    parameters: dict[str, ParameterSpec]
    quotas: dict[int, Quota]
    mine_output: tuple[MineOutput, ...]
    prices: tuple[Price, ...]
    oxide_factor: dict[str, float]
    checks: tuple[PublishedCheck, ...] = ()
    """Published figures for the calibration checks (``published_checks.csv``)."""

    def world_output(self, year: int) -> tuple[float, float]:
        """Return the (low, high) world mine production of a year as USGS gives it."""
        rows = [r for r in self.mine_output if r.country == "World" and r.year == year]
        if not rows:
            raise KeyError(f"no world mine production for {year}")
        return rows[0].low_t, rows[0].high_t


def _rows(name: str) -> list[dict[str, str]]:
    """Read a bundled CSV, skipping ``#`` comment lines."""
    text = resources.files("reemarket.data").joinpath("reference", name).read_text("utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return list(csv.DictReader(io.StringIO(body)))


def _atomic_weights() -> dict[str, float]:
    """Read the package's atomic-weight table (IUPAC/CIAAW conventional values)."""
    text = resources.files("reemarket.data").joinpath("atomic_weights.csv").read_text("utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return {r["symbol"]: float(r["atomic_weight"]) for r in csv.DictReader(io.StringIO(body))}


def oxide_factors() -> dict[str, float]:
    """Return oxide mass per unit metal mass for each element (stoichiometry)."""
    weights = _atomic_weights()
    oxygen = weights["O"]
    out: dict[str, float] = {}
    for element in ELEMENTS:
        metal_atoms, oxygen_atoms, symbol = _OXIDE_FORMULA[element]
        metal = metal_atoms * weights[symbol]
        out[element] = (metal + oxygen_atoms * oxygen) / metal
    return out


def _parameters() -> dict[str, ParameterSpec]:
    """Parse ``parameters.csv`` into specs, checking ranges and statuses."""
    specs: dict[str, ParameterSpec] = {}
    for row in _rows("parameters.csv"):
        spec = ParameterSpec(
            key=row["key"],
            low=float(row["low"]),
            high=float(row["high"]),
            unit=row["unit"],
            status=row["status"],
            basis=row["basis"],
            source=row["source"],
        )
        if spec.low > spec.high or spec.status not in STATUSES or spec.key in specs:
            raise ValueError(f"bad parameter row in parameters.csv: {spec.key}")
        specs[spec.key] = spec
    return specs


def _mine_output() -> tuple[MineOutput, ...]:
    """Parse ``mine_production.csv``."""
    return tuple(
        MineOutput(r["country"], int(r["year"]), float(r["low_t"]), float(r["high_t"]), r["source"])
        for r in _rows("mine_production.csv")
    )


def mine_parameters(rows: tuple[MineOutput, ...]) -> dict[str, ParameterSpec]:
    """Derive ``mine.<producer>.<year>`` specs (t REO) for ex-China producers from USGS rows."""
    sums: dict[tuple[str, int], tuple[float, float, set[str]]] = {}
    for r in rows:
        if r.country in ("China", "World") or r.year < 2023:
            continue
        producer = COUNTRY_PRODUCER.get(r.country, "other_ex_china")
        low, high, sources = sums.get((producer, r.year), (0.0, 0.0, set()))
        sources.update(s.strip() for s in r.source.split(" | "))
        sums[(producer, r.year)] = (low + r.low_t, high + r.high_t, sources)
    specs: dict[str, ParameterSpec] = {}
    for (producer, year), (low, high, sources) in sorted(sums.items()):
        key = f"mine.{producer}.{year}"
        specs[key] = ParameterSpec(
            key, low, high, "t REO", "sourced",
            "USGS mine production (sum over countries for other_ex_china); range across editions",
            " | ".join(sorted(sources)),
        )  # fmt: skip
    return specs


def _quotas() -> dict[int, Quota]:
    """Parse ``china_quotas.csv``."""
    out: dict[int, Quota] = {}
    for r in _rows("china_quotas.csv"):
        sep = float(r["separation_t"]) if r["separation_t"] else None
        out[int(r["year"])] = Quota(int(r["year"]), float(r["mining_t"]), sep, r["source"])
    return out


def _prices() -> tuple[Price, ...]:
    """Parse ``prices.csv``."""
    return tuple(
        Price(r["product"], int(r["year"]), float(r["usd_per_kg"]), r["source"])
        for r in _rows("prices.csv")
    )


def _checks() -> tuple[PublishedCheck, ...]:
    """Parse ``published_checks.csv``."""
    out = []
    for r in _rows("published_checks.csv"):
        check = PublishedCheck(
            r["check"], int(r["year"]), float(r["low"]), float(r["high"]), r["unit"],
            r["basis"], r["source"],
        )  # fmt: skip
        if check.low > check.high or "http" not in check.source:
            raise ValueError(f"bad row in published_checks.csv: {check.check} {check.year}")
        out.append(check)
    return tuple(out)


@lru_cache(maxsize=1)
def load_reference() -> Reference:
    """Load and check every bundled reference file once."""
    mine = _mine_output()
    params = _parameters()
    params.update(mine_parameters(mine))
    return Reference(params, _quotas(), mine, _prices(), oxide_factors(), _checks())
