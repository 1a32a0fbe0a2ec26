"""Arithmetic: stated changes and percentages against the figures they are computed from.

Within one document: a change against its two stated endpoints; a percent change
against its endpoints, or against its absolute change and one endpoint; a
year-on-year (month-on-month, quarter-on-quarter) percent against the two stated
values. Published rounding is allowed: half a unit of the last decimal stated, and
never less than two decimals for percentages.

Codes: ``change_mismatch``, ``change_pct_mismatch``, ``yoy_mismatch``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reemarket.audit.claims import Claim, percent_change, rounding_tolerance, to_unit_of
from reemarket.audit.context import AuditContext
from reemarket.audit.findings import Finding, RuleResult, Severity
from reemarket.domain.periods import Granularity, Period, parse_period
from reemarket.errors import PeriodError

#: Relative-change metrics: suffix -> how far back the base period lies.
_RELATIVE = {"_yoy_pct": "year", "_mom_pct": "month", "_qoq_pct": "quarter"}


def _endpoints(period: str) -> tuple[str, str] | None:
    first, sep, last = period.partition("/")
    return (first, last) if sep else None


def _index(claims: Iterable[Claim]) -> dict[tuple[str, str, str, str], list[Claim]]:
    out: dict[tuple[str, str, str, str], list[Claim]] = {}
    for c in claims:
        if c.value_high is None and c.bound is None:
            out.setdefault((c.entity, c.subject, c.metric, c.period), []).append(c)
    return out


def _level(index: dict[tuple[str, str, str, str], list[Claim]], like: Claim, metric: str,
           period: str) -> Claim | None:  # fmt: skip
    for c in index.get((like.entity, like.subject, metric, period), []):
        if to_unit_of(c.value, c, like) is not None or like.unit == "%":
            return c
    return None


def _shift(period: str, how: str) -> str | None:
    try:
        p = parse_period(period)
    except PeriodError:
        return None
    if p.is_span:
        return None
    months = {"year": 12, "quarter": 3, "month": 1}[how]
    if p.granularity is Granularity.YEAR and how == "year":
        return str(Period.year(p.start.year - 1))
    if p.granularity is Granularity.QUARTER and how in ("year", "quarter"):
        q = (p.start.month - 1) // 3 + 1 - months // 3
        year = p.start.year + (q - 1) // 4
        return str(Period.quarter(year, (q - 1) % 4 + 1))
    if p.granularity is Granularity.MONTH:
        index = p.start.year * 12 + p.start.month - 1 - months
        return str(Period.month(index // 12, index % 12 + 1))
    if p.granularity is Granularity.DAY and how == "year":
        try:
            return str(Period.day(p.start.replace(year=p.start.year - 1)))
        except ValueError:
            return str(Period.day(dt.date(p.start.year - 1, 2, 28)))
    return None


def _check_change(
    result: RuleResult, c: Claim, index: dict[tuple[str, str, str, str], list[Claim]]
) -> None:
    ends = _endpoints(c.period)
    if ends is None:
        return
    a = _level(index, c, "price", ends[0])
    b = _level(index, c, "price", ends[1])
    if c.metric == "change" and a and b:
        va, vb = to_unit_of(a.value, a, c), to_unit_of(b.value, b, c)
        if va is None or vb is None:
            return
        result.check(c.id, a.id, b.id)
        computed = vb - va
        if abs(computed - c.value) > rounding_tolerance(c.value):
            result.flag(_finding("change_mismatch", (c, a, b),
                        f"{c.subject}: stated change {c.value:+,.10g} {c.unit} over {c.period}, "
                        f"but {a.value:,.10g} to {b.value:,.10g} is {computed:+,.10g} "
                        f"(off by {c.value - computed:+,.10g})", computed))  # fmt: skip
        return
    if c.metric != "change_pct":
        return
    if a and b:
        pct = percent_change(a.value, to_unit_of(b.value, b, a) or b.value)
        involved: tuple[Claim, ...] = (c, a, b)
        how = f"{a.value:,.10g} to {b.value:,.10g}"
    else:
        d = _level(index, c, "change", c.period)
        if d is None or (a is None and b is None):
            return
        if b is not None:
            end = to_unit_of(b.value, b, d)
            base = None if end is None else end - d.value
            involved, how = (c, d, b), f"a change of {d.value:+,.10g} to {b.value:,.10g}"
        else:
            assert a is not None
            base = to_unit_of(a.value, a, d)
            involved, how = (c, d, a), f"a change of {d.value:+,.10g} from {a.value:,.10g}"
        pct = None if base is None else percent_change(base, base + d.value)
    if pct is None:
        return
    result.check(*(x.id for x in involved))
    if abs(pct - c.value) > rounding_tolerance(c.value, 0.005):
        result.flag(_finding("change_pct_mismatch", involved,
                    f"{c.subject}: stated {c.value:+g} % over {c.period}, but {how} is "
                    f"{pct:+.2f} % (off by {c.value - pct:+.2f} points)", pct))  # fmt: skip


def _check_relative(
    result: RuleResult, c: Claim, index: dict[tuple[str, str, str, str], list[Claim]]
) -> None:
    suffix = next((s for s in _RELATIVE if c.metric.endswith(s)), None)
    if suffix is None:
        return
    base_metric = c.metric[: -len(suffix)]
    earlier = _shift(c.period, _RELATIVE[suffix])
    if earlier is None:
        return
    now = _level(index, c, base_metric, c.period)
    before = _level(index, c, base_metric, earlier)
    if now is None or before is None:
        return
    value_before = to_unit_of(before.value, before, now)
    if value_before is None:
        return
    pct = percent_change(value_before, now.value)
    if pct is None:
        return
    result.check(c.id, now.id, before.id)
    if abs(pct - c.value) > rounding_tolerance(c.value, 0.005):
        result.flag(_finding("yoy_mismatch", (c, now, before),
                    f"{c.entity} {c.subject or ''} {c.metric} {c.period}: stated {c.value:+g} %, but "
                    f"{value_before:,.10g} ({earlier}) to {now.value:,.10g} ({c.period}) is {pct:+.2f} %",
                    pct))  # fmt: skip


def _finding(code: str, claims: tuple[Claim, ...], message: str, computed: float) -> Finding:
    first = claims[0]
    return Finding(
        code=code,
        severity=Severity.ERROR,
        fact_ids=tuple(c.id for c in claims),
        document_id=first.document_id,
        message=message,
        detail={"stated": first.value, "computed": computed, "sentence": first.sentence},
    )


def run(ctx: AuditContext) -> RuleResult:
    """Check every change and relative-change claim against its stated figures."""
    result = RuleResult("arithmetic")
    for _, claims in ctx.documents():
        index = _index(claims)
        for c in claims:
            if c.kind == "price" and c.metric in ("change", "change_pct"):
                _check_change(result, c, index)
            else:
                _check_relative(result, c, index)
    return result
