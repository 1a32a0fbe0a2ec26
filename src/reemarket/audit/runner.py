"""Run the audit rules, store their findings (replacing the old ones) and summarise."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from reemarket.audit.claims import Claim, load_claims
from reemarket.audit.context import AuditContext
from reemarket.audit.findings import Finding, RuleResult
from reemarket.audit.rules import RULES
from reemarket.errors import InputError, NotFoundError
from reemarket.store.db import Store, fetch_one


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
    row = fetch_one(store.conn, "SELECT id FROM documents WHERE id = ? OR name = ?", [doc, doc])
    if row is None:
        raise NotFoundError(
            f"no document {doc!r} (give its name or id; see 'reemarket facts show')"
        )
    return str(row[0])


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
    with store.transaction() as tx:
        if document_id is None:
            tx.execute("DELETE FROM findings")
        else:
            tx.execute("DELETE FROM findings WHERE document_id = ?", [document_id])
        params = {"doc": doc, "rules": rules or list(RULES)}
        summary = {"findings": len(findings), "documents": len(tallies)}
        row = fetch_one(
            tx,
            "INSERT INTO runs (kind, params, summary) VALUES ('audit', ?, ?) RETURNING id",
            [json.dumps(params), json.dumps(summary)],
        )
        assert row is not None
        run_id = int(str(row[0]))
        for f in findings:
            tx.execute(
                "INSERT INTO findings (run_id, code, severity, document_id, fact_ids, message,"
                " detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    run_id,
                    f.code,
                    str(f.severity),
                    f.document_id,
                    list(f.fact_ids),
                    f.message,
                    json.dumps(f.detail, default=str),
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
