"""Jumps: a day-on-day price move beyond its product's threshold with no stated change.

Consecutive observations of one product, market and source at most seven days
apart are compared. A move beyond the threshold (``data/jump_thresholds.toml``) is
flagged unless some document states a change of that product ending on that day,
which explains it.

Code: ``unexplained_jump``.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from reemarket.audit.context import AuditContext
from reemarket.audit.findings import Finding, RuleResult, Severity
from reemarket.store.findings import price_jumps


@cache
def thresholds() -> tuple[float, dict[str, float]]:
    """The default day-on-day threshold (a fraction) and per-product overrides."""
    text = resources.files("reemarket.data").joinpath("jump_thresholds.toml").read_text("utf-8")
    raw = tomllib.loads(text)
    return float(raw["default"]), {k: float(v) for k, v in raw.get("product", {}).items()}


def run(ctx: AuditContext) -> RuleResult:
    """Flag unexplained day-on-day jumps in stored price series."""
    result = RuleResult("jumps")
    default, per_product = thresholds()
    explained, moves = price_jumps(ctx.store, default, per_product)
    for product, market, source, d0, m0, d1, m1, f0, f1 in moves:
        if (product, d1) in explained:
            continue
        ids = tuple(int(f) for f in (f0, f1) if f is not None)
        if ctx.document_id is not None and not ids:
            continue
        move = (m1 / m0 - 1) * 100
        result.flag(
            Finding(
                code="unexplained_jump",
                severity=Severity.WARNING,
                fact_ids=ids,
                document_id=None,
                message=f"{product} {market} ({source}): {m0:,.10g} on {d0} to {m1:,.10g} on {d1} is "
                f"{move:+.1f} % with no stated change to explain it",
                detail={"source": source, "move_pct": move},
            )
        )
    return result
