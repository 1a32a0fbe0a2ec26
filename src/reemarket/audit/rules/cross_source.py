"""Cross-source: two sources giving different figures for the same thing.

Facts from different documents with the same kind, entity, subject, metric and
period whose values differ beyond tolerance (0.5 %, or 0.011 points for
percentages, or the rounding of the less precise figure: 5.9 % agrees with 5.88 %),
unless one of a document's figures for that key agrees with the other's (a document
may give a quota batch beside the year's total), and price observations of one product, market and day from
different sources (a user's sheet against a report) more than 0.5 % apart. Both
sources are cited.

Codes: ``sources_disagree``, ``observations_disagree``.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from reemarket.audit.claims import Claim, rounding_tolerance
from reemarket.audit.context import AuditContext
from reemarket.audit.findings import Finding, RuleResult, Severity
from reemarket.store.findings import disagreeing_observations

#: Relative tolerance between two sources.
TOLERANCE = 0.005
#: Absolute tolerance between two percentages (points).
PCT_TOLERANCE = 0.011


def _close(x: float, y: float, a: Claim, b: Claim) -> bool:
    """Within tolerance, allowing for either figure being a rounding of the other."""
    rounding = max(rounding_tolerance(a.value), rounding_tolerance(b.value))
    if a.is_percent:
        return abs(x - y) <= max(PCT_TOLERANCE, rounding)
    return abs(x - y) <= max(TOLERANCE * max(abs(x), abs(y)), rounding)


def _agree(a: Claim, b: Claim) -> bool | None:
    ba, bb = a.in_base(), b.in_base()
    if ba is None or bb is None or ba[2] != bb[2]:
        return None
    pairs = [(ba[0], bb[0])]
    if ba[1] is not None or bb[1] is not None:
        pairs.append((ba[1] if ba[1] is not None else ba[0], bb[1] if bb[1] is not None else bb[0]))
    return all(_close(x, y, a, b) for x, y in pairs)


def _facts(result: RuleResult, ctx: AuditContext) -> None:
    in_scope = {c.id for c in ctx.claims}
    groups: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in ctx.every:
        if c.bound is None and c.period:
            groups[(c.kind, c.entity, c.subject, c.metric, c.period)].append(c)
    for key, claims in groups.items():
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            by_doc[c.document_id].append(c)
        for doc_a, doc_b in combinations(sorted(by_doc), 2):
            left, right = by_doc[doc_a], by_doc[doc_b]
            if not {c.id for c in left + right} & in_scope:
                continue
            verdicts = [(a, b, _agree(a, b)) for a in left for b in right]
            judged = [(a, b, v) for a, b, v in verdicts if v is not None]
            if not judged:
                continue
            result.check(*(c.id for c in left + right if c.id in in_scope))
            # A document may state several figures for one key (a quota batch and the
            # year's total): the sources agree when any of their figures agree.
            if any(v for _, _, v in judged):
                continue
            a, b, _ = judged[0]
            result.flag(
                Finding(
                    code="sources_disagree",
                    severity=Severity.WARNING,
                    fact_ids=(a.id, b.id),
                    document_id=a.document_id if a.id in in_scope else b.document_id,
                    message=f"{key[1]} {key[2]} {key[3]} {key[4]}: {a.doc} says {_show(a)}, "
                    f"{b.doc} says {_show(b)}",
                    detail={"sentences": [a.sentence, b.sentence], "docs": [a.doc, b.doc]},
                )
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
