"""Plausibility: figures no real market produces.

* a price outside its product's plausible band for its unit (a dysprosium oxide
  price of 1,700 "yuan/mt" is 1,700 yuan/kg): ``implausible_price``;
* a company's revenue or profit more than five times off its other reported
  periods, per day of period: ``financial_outlier``;
* a tonnage larger than national supply: China's mining quota and world mine
  production of the year, or of the latest year published before it (bundled
  reference data): ``volume_exceeds_supply``.
"""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict
from functools import cache
from importlib import resources

from reemarket.audit.claims import Claim
from reemarket.audit.context import AuditContext
from reemarket.audit.findings import Finding, RuleResult, Severity
from reemarket.domain.bands import price_band
from reemarket.domain.units import Dimension, parse_unit
from reemarket.errors import UnitError

#: Financial metrics compared across periods.
_FLOWS = ("revenue", "net_profit_attributable", "net_profit_attributable_recurring", "total_profit")
#: Volume metrics compared with national supply.
_VOLUMES = ("production", "sales", "imports", "exports", "volume", "capacity")
#: How far off (a factor) a company's figure may be from its other periods.
FINANCIAL_FACTOR = 5.0


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("reemarket.data").joinpath(f"reference/{name}").read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@cache
def supply_tables() -> tuple[dict[int, float], dict[int, float]]:
    """China's mining quota and world mine production (high estimate), t REO, by year."""
    quota = {
        int(r["year"]): float(r["mining_t"]) for r in _rows("china_quotas.csv") if r["mining_t"]
    }
    world = {
        int(r["year"]): float(r["high_t"])
        for r in _rows("mine_production.csv")
        if r["country"] == "World"
    }
    return quota, world


def _latest(table: dict[int, float], year: int | None) -> tuple[int, float] | None:
    """The figure of ``year``, else of the latest year before it, else of the earliest year."""
    if not table:
        return None
    if year is None:
        pick = max(table)
    else:
        before = [y for y in table if y <= year]
        pick = max(before) if before else min(table)
    return pick, table[pick]


def _check_price(result: RuleResult, c: Claim) -> None:
    if c.kind != "price" or c.metric not in ("price", "price_low", "price_high", "average"):
        return
    band = price_band(c.subject, c.unit) if c.unit != "%" else None
    if band is None:
        return
    result.check(c.id)
    values = [c.value] + ([c.value_high] if c.value_high is not None else [])
    if all(band[0] <= v <= band[1] for v in values):
        return
    result.flag(
        Finding(
            code="implausible_price",
            severity=Severity.ERROR,
            fact_ids=(c.id,),
            document_id=c.document_id,
            message=f"{c.subject} at {c.value:,.10g} {c.unit} is outside its plausible band "
            f"{band[0]:,.10g}-{band[1]:,.10g} {c.unit}: a unit or scale error?",
            detail={"band": list(band), "sentence": c.sentence},
        )
    )


def _check_volume(result: RuleResult, c: Claim) -> None:
    if c.metric not in _VOLUMES or c.unit == "%":
        return
    try:
        unit = parse_unit(c.unit)
    except UnitError:
        return
    if unit.dimension not in (Dimension.MASS, Dimension.MASS_RATE):
        return
    tonnes = max(c.value, c.value_high or 0.0) * unit.scale
    year = c.start.year if c.start else None
    quota_table, world_table = supply_tables()
    quota, world = _latest(quota_table, year), _latest(world_table, year)
    result.check(c.id)
    limits = [x[1] for x in (quota, world) if x is not None]
    if not limits or tonnes <= max(limits):
        return
    parts = []
    if quota:
        parts.append(
            f"{tonnes / quota[1]:,.0f} times China's {quota[0]} mining quota ({quota[1]:,.0f} t)"
        )
    if world:
        parts.append(
            f"{tonnes / world[1]:,.0f} times world mine production in {world[0]} ({world[1]:,.0f} t)"
        )
    result.flag(
        Finding(
            code="volume_exceeds_supply",
            severity=Severity.ERROR,
            fact_ids=(c.id,),
            document_id=c.document_id,
            message=f"{c.entity} {c.subject} {c.metric} of {c.value:,.10g} {c.unit} is "
            + " and ".join(parts),
            detail={"tonnes": tonnes, "quota": quota, "world": world, "sentence": c.sentence},
        )
    )


def _check_financials(result: RuleResult, scope: list[Claim], every: list[Claim]) -> None:
    per_day: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for c in every:
        if c.kind == "financial" and c.metric in _FLOWS and c.start and c.end and c.value > 0:
            per_day[(c.entity, c.metric)].setdefault(
                c.period, c.value / ((c.end - c.start).days + 1)
            )
    for c in scope:
        if (
            c.kind != "financial"
            or c.metric not in _FLOWS
            or not (c.start and c.end)
            or c.value <= 0
        ):
            continue
        others = [v for p, v in per_day[(c.entity, c.metric)].items() if p != c.period]
        if not others:
            continue
        result.check(c.id)
        mine = c.value / ((c.end - c.start).days + 1)
        typical = statistics.median(others)
        ratio = mine / typical
        if 1 / FINANCIAL_FACTOR <= ratio <= FINANCIAL_FACTOR:
            continue
        result.flag(
            Finding(
                code="financial_outlier",
                severity=Severity.WARNING,
                fact_ids=(c.id,),
                document_id=c.document_id,
                message=f"{c.entity} {c.metric} {c.period} of {c.value:,.10g} {c.unit} is "
                f"{ratio:,.1f} times its other reported periods per day (median of "
                f"{len(others)})",
                detail={"ratio": ratio, "sentence": c.sentence},
            )
        )


def run(ctx: AuditContext) -> RuleResult:
    """Flag implausible prices, financial outliers and volumes beyond national supply."""
    result = RuleResult("plausibility")
    for c in ctx.claims:
        _check_price(result, c)
        _check_volume(result, c)
    _check_financials(result, ctx.claims, ctx.every)
    return result
