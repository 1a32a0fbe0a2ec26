"""Cross-source: sources giving different figures for the same thing.

Facts from different documents with the same kind, entity, subject, metric and
period, judged by ``audit.agreement``: tolerance and rounding (5.9 % agrees with
5.88 %), a forecast range containing the reported figure is agreement, and the
documents fall into camps; one finding per group of disagreeing sources names every
camp, and a figure a power of ten away or a per-share amount read as a total is named
as a likely extraction error. Also price observations of one product, market and day
from different sources (a user's sheet against a report) more than 0.5 % apart.

Codes: ``sources_disagree``, ``observations_disagree``.
"""

from __future__ import annotations

from collections import defaultdict

from reemarket.audit.agreement import TOLERANCE, Verdict, judge
from reemarket.audit.claims import Claim
from reemarket.audit.context import AuditContext
from reemarket.audit.findings import Finding, RuleResult, Severity
from reemarket.store.findings import disagreeing_observations


def _facts(result: RuleResult, ctx: AuditContext) -> None:
    in_scope = {c.id for c in ctx.claims}
    groups: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in ctx.every:
        if c.period:
            groups[(c.kind, c.entity, c.subject, c.metric, c.period)].append(c)
    for key, claims in groups.items():
        if len({c.document_id for c in claims}) < 2 or not {c.id for c in claims} & in_scope:
            continue
        verdict = judge(claims)
        if not verdict.compared:
            continue
        result.check(*(c.id for c in claims if c.id in in_scope))
        if not verdict.disagree:
            continue
        result.flag(_finding(key, verdict, in_scope))


def _finding(key: tuple[str, ...], verdict: Verdict, in_scope: set[int]) -> Finding:
    """One finding for a group of disagreeing sources, naming every camp."""
    camps = verdict.camps
    said = "; ".join(
        " and ".join(camp.docs) + " say " + ", ".join(sorted({_show(c) for c in camp.claims}))
        for camp in camps
    )
    suspects = [why for _, why in verdict.suspects]
    note = f" (likely extraction error: {'; '.join(suspects)})" if suspects else ""
    claims = [c for camp in camps for c in camp.claims]
    first = next((c for c in claims if c.id in in_scope), claims[0])
    return Finding(
        code="sources_disagree",
        severity=Severity.WARNING,
        fact_ids=tuple(c.id for c in claims),
        document_id=first.document_id,
        message=f"{key[1]} {key[2]} {key[3]} {key[4]}: {said}{note}",
        detail={
            "sentences": [c.sentence for c in claims],
            "docs": [c.doc for c in claims],
            "camps": [list(camp.docs) for camp in camps],
            "likely_extraction_errors": suspects,
        },
    )


def _show(c: Claim) -> str:
    if c.value_high is not None:
        return f"{c.value:,.10g}-{c.value_high:,.10g} {c.unit}"
    return f"{c.value:,.10g} {c.unit}"


def _observations(result: RuleResult, ctx: AuditContext) -> None:
    for product, market, day, sa, ma, sb, mb, unit, fa, fb in disagreeing_observations(
        ctx.store, TOLERANCE
    ):
        ids = tuple(int(f) for f in (fa, fb) if f is not None)
        if ctx.document_id is not None and not ids:
            continue
        result.flag(
            Finding(
                code="observations_disagree",
                severity=Severity.WARNING,
                fact_ids=ids,
                document_id=None,
                message=f"{product} {market} {day}: {sa} has {ma:,.10g} {unit}, {sb} has {mb:,.10g} {unit}",
                detail={"sources": [sa, sb], "values": [ma, mb]},
            )
        )


def run(ctx: AuditContext) -> RuleResult:
    """Flag figures on which two sources disagree."""
    result = RuleResult("cross_source")
    _facts(result, ctx)
    _observations(result, ctx)
    return result
