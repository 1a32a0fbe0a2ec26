"""Use cases on stored facts: export in the exchange format, and filtered listings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from reemarket.domain import facts
from reemarket.domain.periods import parse_period
from reemarket.ingest.loaders import page_of
from reemarket.store.db import Store
from reemarket.store.facts import FactRow, FactWhere, select_facts


@dataclass(frozen=True)
class FactFilter:
    """What to list: any field left None matches everything."""

    document: str | None = None
    kind: str | None = None
    product: str | None = None
    entity: str | None = None
    period: str | None = None
    include_unresolved: bool = False


def to_where(flt: FactFilter, *, fact_id: int | None = None) -> FactWhere:
    """The store's filter for ``flt``: product and company names resolved to ids."""
    product = None
    if flt.product:
        from reemarket.domain.products import catalog

        found = catalog().find(flt.product)
        product = found.id if found else flt.product
    entities: tuple[str, ...] = ()
    if flt.entity:
        from reemarket.ingest.lexicon import company_slug

        entities = (flt.entity, company_slug(flt.entity))
    overlaps = None
    if flt.period:
        p = parse_period(flt.period)
        overlaps = (p.start, p.end)
    return FactWhere(
        document=flt.document,
        kind=flt.kind,
        product=product,
        entities=entities,
        entity_like=flt.entity or None,
        overlaps=overlaps,
        include_unresolved=flt.include_unresolved,
        fact_id=fact_id,
    )


def as_dict(row: FactRow) -> dict[str, Any]:
    """A stored fact as the dict the listings and exports use."""
    pages = row.page_starts
    page = page_of(pages, row.span_start) if pages and len(pages) > 1 else None
    return {
        "id": row.id,
        "doc": row.doc,
        "kind": row.kind,
        "entity": row.entity,
        "subject": row.subject,
        "metric": row.metric,
        "period": row.period,
        "value": row.value,
        "value_high": row.value_high,
        "unit": row.unit,
        "status": row.status,
        "bound": row.bound,
        "evidence": row.sentence,
        "resolved": row.resolved,
        "span": [row.span_start, row.span_end],
        "document_id": row.document_id,
        "page": page,
        "extractor_version": row.extractor_version,
        "publisher": row.publisher,
        "doc_title": row.doc_title,
    }


def query(store: Store, flt: FactFilter) -> Iterator[dict[str, Any]]:
    """Stored facts matching the filter, in document and position order."""
    for row in select_facts(store, to_where(flt)):
        yield as_dict(row)


def exchange_record(f: dict[str, Any], *, evidence: bool = True) -> dict[str, Any]:
    """A stored fact (a row of :func:`query`) in the exchange format of FACTS.md."""
    return facts.exchange_record(
        doc=f["doc"],
        kind=f["kind"],
        entity=f["entity"],
        subject=f["subject"],
        metric=f["metric"],
        period=f["period"],
        value=f["value"],
        value_high=f["value_high"],
        unit=f["unit"],
        status=f["status"],
        bound=f["bound"],
        evidence=f["evidence"] if evidence else None,
    )


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
