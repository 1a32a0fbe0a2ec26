"""Queries of the company tracker: a company's facts, its documents, market price months."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reemarket.store.db import Store


@dataclass(frozen=True)
class CompanyFactRow:
    """One resolved fact of a company, with its document's name and date."""

    id: int
    doc: str
    document_id: str
    published: dt.date | None
    kind: str
    entity: str
    subject: str
    metric: str
    period: str
    period_start: dt.date | None
    period_end: dt.date | None
    value: float
    value_high: float | None
    unit: str
    bound: str | None
    sentence: str


def company_facts(
    store: Store, entities: tuple[str, ...], kinds: tuple[str, ...]
) -> list[CompanyFactRow]:
    """The resolved facts whose entity is one of ``entities`` and kind one of ``kinds``."""
    if not entities or not kinds:
        return []
    marks_e = ", ".join("?" for _ in entities)
    marks_k = ", ".join("?" for _ in kinds)
    rows = store.conn.execute(
        "SELECT f.id, d.name, f.document_id, d.published, f.kind, f.entity, f.subject,"
        " f.metric, f.period, f.period_start, f.period_end, f.value, f.value_high, f.unit,"
        " f.bound, f.sentence"
        " FROM facts f JOIN documents d ON d.id = f.document_id"
        f" WHERE f.resolved AND f.entity IN ({marks_e}) AND f.kind IN ({marks_k})"
        " ORDER BY f.period_start, d.name, f.span_start",
        [*entities, *kinds],
    ).fetchall()
    return [CompanyFactRow(*r) for r in rows]


def market_months(
    store: Store, product: str, exclude_entities: tuple[str, ...]
) -> list[tuple[dt.date, float, str, int]]:
    """Monthly mean of the Chinese spot mids of ``product``: (month start, mean, unit, quotes).

    Observations taken from facts of ``exclude_entities`` (a company's own listing
    prices) are left out, so the series is the market's, not the company's.
    """
    rows = store.conn.execute(
        "SELECT date_trunc('month', o.date)::DATE AS m, avg(o.mid), any_value(o.unit), count(*)"
        " FROM observations o LEFT JOIN facts f ON f.id = o.fact_id"
        " WHERE o.product = ? AND o.market = 'china'"
        " AND (f.id IS NULL OR NOT list_contains(?, f.entity))"
        " GROUP BY m, o.unit ORDER BY m",
        [product, list(exclude_entities)],
    ).fetchall()
    return [(r[0], float(r[1]), str(r[2]), int(r[3])) for r in rows]


def documents_mentioning(
    store: Store, names: tuple[str, ...]
) -> list[tuple[str, str, dt.date | None, int | None, str]]:
    """Documents whose text contains any of ``names``: (id, name, published, year, text)."""
    if not names:
        return []
    rows = store.conn.execute(
        "SELECT id, name, published, year, text FROM documents"
        " WHERE list_bool_or(list_transform(?, n -> contains(text, n))) ORDER BY name",
        [list(names)],
    ).fetchall()
    return [(str(a), str(b), c, d, str(e)) for a, b, c, d, e in rows]


def document_texts(store: Store, ids: list[str]) -> dict[str, str]:
    """The text of each document id given."""
    if not ids:
        return {}
    rows = store.conn.execute(
        "SELECT id, text FROM documents WHERE list_contains(?, id)", [ids]
    ).fetchall()
    return {str(a): str(b) for a, b in rows}
