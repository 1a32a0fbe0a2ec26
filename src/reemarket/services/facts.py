"""Use cases on stored facts: export in the exchange format, and filtered listings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from reemarket.domain.periods import parse_period
from reemarket.ingest.loaders import page_of
from reemarket.store.db import Store

_COLUMNS = (
    "f.id, d.name, f.kind, f.entity, f.subject, f.metric, f.period, f.value, f.value_high, f.unit,"
    " f.status, f.bound, f.sentence, f.resolved, f.span_start, f.span_end, f.document_id,"
    " d.page_starts, f.extractor_version"
)


@dataclass(frozen=True)
class FactFilter:
    """What to list: any field left None matches everything."""

    document: str | None = None
    kind: str | None = None
    product: str | None = None
    entity: str | None = None
    period: str | None = None
    include_unresolved: bool = False


def _where(flt: FactFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if not flt.include_unresolved:
        clauses.append("f.resolved")
    if flt.document:
        clauses.append("(d.name = ? OR starts_with(d.name, ?) OR starts_with(f.document_id, ?))")
        params += [flt.document, flt.document, flt.document]
    if flt.kind:
        clauses.append("f.kind = ?")
        params.append(flt.kind)
    if flt.product:
        from reemarket.domain.products import catalog

        found = catalog().find(flt.product)
        clauses.append("f.subject = ?")
        params.append(found.id if found else flt.product)
    if flt.entity:
        from reemarket.ingest.lexicon import company_slug

        clauses.append("(f.entity = ? OR f.entity = ? OR f.entity LIKE ?)")
        params += [flt.entity, company_slug(flt.entity), f"%{flt.entity}%"]
    if flt.period:
        p = parse_period(flt.period)
        clauses.append("f.period_start IS NOT NULL AND f.period_start <= ? AND f.period_end >= ?")
        params += [p.end, p.start]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query(store: Store, flt: FactFilter) -> Iterator[dict[str, Any]]:
    """Stored facts matching the filter, in document and position order."""
    where, params = _where(flt)
    sql = (
        f"SELECT {_COLUMNS} FROM facts f JOIN documents d ON d.id = f.document_id{where}"
        " ORDER BY d.name, f.span_start, f.id"
    )
    for row in store.conn.execute(sql, params).fetchall():
        (
            fid,
            doc,
            kind,
            entity,
            subject,
            metric,
            period,
            value,
            high,
            unit,
            status,
            bound,
            sentence,
            resolved,
            s0,
            s1,
            doc_id,
            pages,
            version,
        ) = row
        page = None
        if pages and len(pages) > 1:
            page = page_of(pages, s0)
        yield {
            "id": fid,
            "doc": doc,
            "kind": kind,
            "entity": entity,
            "subject": subject,
            "metric": metric,
            "period": period,
            "value": value,
            "value_high": high,
            "unit": unit,
            "status": status,
            "bound": bound,
            "evidence": sentence,
            "resolved": resolved,
            "span": [s0, s1],
            "document_id": doc_id,
            "page": page,
            "extractor_version": version,
        }


def exchange_record(f: dict[str, Any], *, evidence: bool = True) -> dict[str, Any]:
    """A stored fact in the exchange format of FACTS.md."""

    def num(x: float) -> float | int:
        return int(x) if float(x).is_integer() and abs(x) < 1e15 else x

    value: Any = num(f["value"])
    if f["value_high"] is not None:
        value = [num(f["value"]), num(f["value_high"])]
    out: dict[str, Any] = {
        "doc": f["doc"],
        "kind": f["kind"],
        "entity": f["entity"],
        "subject": f["subject"],
        "metric": f["metric"],
        "period": f["period"],
        "value": value,
        "unit": f["unit"],
    }
    if f["status"]:
        out["status"] = f["status"]
    if f["bound"]:
        out["bound"] = f["bound"]
    if evidence:
        out["evidence"] = f["evidence"]
    return out


def export_jsonl(
    store: Store, out: TextIO, flt: FactFilter | None = None, *, evidence: bool = True
) -> int:
    """Write facts as JSON Lines in the exchange format; return how many were written."""
    n = 0
    for f in query(store, flt or FactFilter()):
        out.write(json.dumps(exchange_record(f, evidence=evidence), ensure_ascii=False) + "\n")
        n += 1
    return n


#: The columns of a CSV export, in order.
CSV_COLUMNS = ("doc", "kind", "entity", "subject", "metric", "period", "value", "value_high",
               "unit", "status", "bound", "evidence")  # fmt: skip


def export_csv(
    store: Store, out: TextIO, flt: FactFilter | None = None, *, evidence: bool = True
) -> int:
    """Write facts as CSV, one row per fact (a range as value and value_high); return count."""
    import csv

    columns = [c for c in CSV_COLUMNS if evidence or c != "evidence"]
    writer = csv.writer(out)
    writer.writerow(columns)
    n = 0
    for f in query(store, flt or FactFilter()):
        writer.writerow(["" if f[c] is None else f[c] for c in columns])
        n += 1
    return n
