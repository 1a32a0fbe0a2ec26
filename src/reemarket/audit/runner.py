"""Run the audit rules, store their findings (replacing the old ones) and summarise."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from reemarket.audit.claims import Claim, load_claims
from reemarket.audit.context import AuditContext
from reemarket.audit.findings import Finding, RuleResult
from reemarket.audit.rules import RULES
from reemarket.errors import InputError, NotFoundError
from reemarket.store import findings as finding_store
from reemarket.store.db import Store
from reemarket.store.findings import NewFinding


@dataclass(frozen=True)
class DocumentTally:
    """Per document: claims stored, checked by some rule, passed, flagged."""

    document_id: str
    doc: str
    claims: int
    checked: int
    passed: int
    flagged: int


@dataclass(frozen=True)
class AuditRun:
    """The outcome of one audit run."""

    run_id: int
    findings: list[Finding]
    results: list[RuleResult]
    documents: list[DocumentTally]


def _resolve_document(store: Store, doc: str) -> str:
    found = finding_store.document_id(store, doc)
    if found is None:
        raise NotFoundError(
            f"no document {doc!r} (give its name or id; see 'reemarket facts show')"
        )
    return found


def run_audit(store: Store, doc: str | None = None, rules: list[str] | None = None) -> AuditRun:
    """Run the rules over all stored facts (or one document's) and store the findings."""
    unknown = sorted(set(rules or []) - set(RULES))
    if unknown:
        raise InputError(f"unknown audit rule(s) {', '.join(unknown)} (known: {', '.join(RULES)})")
    document_id = _resolve_document(store, doc) if doc else None
    every = load_claims(store)
    scope = [c for c in every if document_id is None or c.document_id == document_id]
    ctx = AuditContext(store=store, claims=scope, every=every, document_id=document_id)
    results = [RULES[name](ctx) for name in (rules or list(RULES))]
    findings = [f for r in results for f in r.findings]
    tallies = _tally(scope, results)
    params = {"doc": doc, "rules": rules or list(RULES)}
    summary = {"findings": len(findings), "documents": len(tallies)}
    run_id = finding_store.replace_findings(
        store,
        document_id,
        params,
        summary,
        [
            NewFinding(
                f.code, str(f.severity), f.document_id, list(f.fact_ids), f.message, f.detail
            )
            for f in findings
        ],
    )
    return AuditRun(run_id=run_id, findings=findings, results=results, documents=tallies)


def _tally(scope: list[Claim], results: list[RuleResult]) -> list[DocumentTally]:
    checked: set[int] = set().union(*(r.checked for r in results)) if results else set()
    flagged = {i for r in results for f in r.findings for i in f.fact_ids}
    per_doc: dict[str, list[int]] = defaultdict(list)
    names: dict[str, str] = {}
    for c in scope:
        per_doc[c.document_id].append(c.id)
        names[c.document_id] = c.doc
    out = []
    for doc_id, ids in sorted(per_doc.items(), key=lambda kv: names[kv[0]]):
        ids_set = set(ids)
        n_checked = len(ids_set & checked)
        n_flagged = len(ids_set & flagged)
        out.append(
            DocumentTally(
                doc_id, names[doc_id], len(ids_set), n_checked, n_checked - n_flagged, n_flagged
            )
        )
    return out
