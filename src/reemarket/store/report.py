"""Queries of the monthly report: what it covers, what it cites, what the audit said."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reemarket.store.db import Store


def fact_citation(store: Store, fact_id: int) -> tuple[Any, ...] | None:
    """(document name, id, title, publisher, published, sentence, quoted figure) of a fact."""
    rows = store.conn.execute(
        "SELECT d.name, d.id, d.title, d.publisher, d.published, f.sentence,"
        " substr(d.text, f.span_start + 1, f.span_end - f.span_start)"
        " FROM facts f JOIN documents d ON d.id = f.document_id WHERE f.id = ?",
        [fact_id],
    ).fetchall()
    return rows[0] if rows else None


def observation_origin(
    store: Store, product: str, market: str, day: dt.date, source: str
) -> tuple[Any, ...] | None:
    """(fact id, sheet line) of one observation, a fact-backed one first; None if absent."""
    rows = store.conn.execute(
        "SELECT fact_id, line FROM observations WHERE product = ? AND market = ? AND date = ?"
        " AND source = ? ORDER BY fact_id NULLS LAST LIMIT 1",
        [product, market, day, source],
    ).fetchall()
    return rows[0] if rows else None


def covered_series(store: Store, start: dt.date, end: dt.date) -> list[tuple[Any, ...]]:
    """(product, market) pairs with an observation or a stated change ending in the span."""
    return store.conn.execute(
        "SELECT DISTINCT product, market FROM observations WHERE date BETWEEN ? AND ?"
        " UNION SELECT DISTINCT subject, entity FROM facts WHERE kind = 'price' AND resolved"
        " AND metric IN ('change_pct', 'change') AND period_end BETWEEN ? AND ?",
        [start, end, start, end],
    ).fetchall()


def stated_changes(
    store: Store, product: str, market: str, start: dt.date, end: dt.date
) -> list[tuple[Any, ...]]:
    """Price changes stated for a period ending in the span, percentages first.

    Rows: (fact id, metric, period, value, unit), in document order.
    """
    return store.conn.execute(
        # story_facts: a story carried by several documents is counted once
        "SELECT f.id, f.metric, f.period, f.value, f.unit FROM story_facts f"
        " JOIN documents d ON d.id = f.document_id"
        " WHERE f.kind = 'price' AND f.resolved AND f.subject = ? AND f.entity = ?"
        " AND f.metric IN ('change_pct', 'change') AND f.period_end BETWEEN ? AND ?"
        " ORDER BY f.metric DESC, f.period, d.name, f.span_start",
        [product, market, start, end],
    ).fetchall()


def facts_of_kinds(
    store: Store, kinds: Sequence[str], start: dt.date, end: dt.date
) -> list[tuple[Any, ...]]:
    """Resolved facts of ``kinds`` whose period overlaps the span and ends by its end.

    Rows: (id, kind, entity, subject, metric, period, value, value high, unit, bound).
    """
    marks = ", ".join("?" for _ in kinds)
    return store.conn.execute(
        "SELECT f.id, f.kind, f.entity, f.subject, f.metric, f.period, f.value, f.value_high,"
        " f.unit, f.bound FROM story_facts f JOIN documents d ON d.id = f.document_id"
        f" WHERE f.resolved AND f.kind IN ({marks}) AND f.period_start <= ?"
        " AND f.period_end >= ? AND f.period_end <= ?"
        " ORDER BY f.kind, f.subject, f.metric, d.name, f.span_start",
        [*kinds, end, start, end],
    ).fetchall()


def audit_run_count(store: Store) -> int:
    """How many audit runs are recorded."""
    return int(
        store.conn.execute("SELECT count(*) FROM runs WHERE kind = 'audit'").fetchall()[0][0]
    )


def findings_on_documents(store: Store, document_ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """Findings on these documents, errors first, then warnings.

    Rows: (code, severity, document name, fact ids, message).
    """
    if not document_ids:
        return []
    marks = ", ".join("?" for _ in document_ids)
    return store.conn.execute(
        "SELECT f.code, f.severity, d.name, f.fact_ids, f.message FROM findings f"
        f" LEFT JOIN documents d ON d.id = f.document_id WHERE f.document_id IN ({marks})"
        " ORDER BY f.severity = 'error' DESC, f.severity = 'warning' DESC, f.id",
        list(document_ids),
    ).fetchall()
