"""Use cases of the audit: run it, list stored findings."""

from __future__ import annotations

import json

from pydantic import BaseModel, Field

from reemarket.audit.runner import run_audit
from reemarket.store import findings as finding_store
from reemarket.store.db import Store


class FindingOut(BaseModel):
    """One stored finding with the sentences of its facts."""

    id: int | None = Field(None, description="Finding id (None before storing)")
    code: str = Field(description="Stable finding code, e.g. change_pct_mismatch")
    severity: str = Field(description="info, warning or error")
    document: str | None = Field(description="Name of the document the finding is about")
    fact_ids: list[int] = Field(description="Facts involved")
    message: str = Field(description="One line saying what is wrong and by how much")
    sentences: list[str] = Field(description="The sentences of the facts involved")


class DocumentSummary(BaseModel):
    """Claims of one document: checked, passed, flagged."""

    document: str = Field(description="Document name")
    claims: int = Field(description="Facts stored")
    checked: int = Field(description="Facts some rule could check")
    passed: int = Field(description="Checked facts with no finding")
    flagged: int = Field(description="Facts with a finding")


class AuditReport(BaseModel):
    """The result of an audit run."""

    run_id: int = Field(description="The audit run")
    findings: list[FindingOut] = Field(description="Every finding")
    documents: list[DocumentSummary] = Field(description="Per-document summary")
    by_rule: dict[str, int] = Field(description="Findings per rule")


def audit(store: Store, doc: str | None = None, rules: list[str] | None = None) -> AuditReport:
    """Run the audit (all documents or one) and return the stored findings."""
    run = run_audit(store, doc, rules)
    return AuditReport(
        run_id=run.run_id,
        findings=list_findings(store, run_id=run.run_id),
        documents=[
            DocumentSummary(
                document=t.doc,
                claims=t.claims,
                checked=t.checked,
                passed=t.passed,
                flagged=t.flagged,
            )
            for t in run.documents
        ],
        by_rule={r.rule: len(r.findings) for r in run.results},
    )


def list_findings(
    store: Store,
    *,
    run_id: int | None = None,
    doc: str | None = None,
    code: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[FindingOut]:
    """The stored findings, newest run's first, with the sentences of their facts."""
    rows = finding_store.finding_rows(
        store, run_id=run_id, doc=doc, code=code, limit=limit, offset=offset
    )
    return [
        FindingOut(
            id=i,
            code=c,
            severity=s,
            document=d,
            fact_ids=list(ids or []),
            message=m,
            sentences=list(sents or []),
        )
        for i, c, s, d, ids, m, sents in rows
    ]


def count_findings(store: Store, *, doc: str | None = None, code: str | None = None) -> int:
    """How many stored findings :func:`list_findings` gives with the same filters."""
    return finding_store.count_findings(store, doc=doc, code=code)


def finding_detail(store: Store, finding_id: int) -> dict[str, object]:
    """The stored detail of one finding."""
    detail = finding_store.finding_detail(store, finding_id)
    return json.loads(detail) if detail else {}
