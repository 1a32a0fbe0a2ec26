"""Writes of ingested documents, their facts and the observations they state, and run records."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import duckdb

from reemarket.store.db import Store


def has_document(store: Store, document_id: str) -> bool:
    """Whether a document with this id (content hash) is stored."""
    rows = store.conn.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchall()
    return bool(rows)


def set_title(store: Store, document_id: str, title: str) -> bool:
    """Give a stored document ``title``; return whether it changed (one transaction)."""
    with store.transaction() as tx:
        # no RETURNING: DuckDB checks foreign keys of an UPDATE ... RETURNING as a delete
        stale = tx.execute(
            "SELECT 1 FROM documents WHERE id = ? AND title IS DISTINCT FROM ?",
            [document_id, title],
        ).fetchall()
        if stale:
            tx.execute("UPDATE documents SET title = ? WHERE id = ?", [title, document_id])
    return bool(stale)


def insert_document(
    store: Store,
    document: Sequence[Any],
    facts: Sequence[Sequence[Any]],
    observations_for: Callable[[list[int]], Sequence[Sequence[Any]]],
    *,
    also: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
) -> Sequence[Sequence[Any]]:
    """Write a document, its facts and their observations in one transaction.

    ``document``: (id, name, path, format, title, publisher, language, published, year,
    text, page_starts). Each fact: (document id, kind, entity, subject, metric, period,
    period start, period end, resolved, value, value high, unit, status, bound, span start,
    span end, sentence, extractor version). ``observations_for`` gets the new fact ids and
    returns the observations to add, each (product, market, date, low, high, mid, unit,
    basis, source, fact id); one already stored for the same product, market, date and
    source is kept. ``also`` runs inside the same transaction (the document's story, its
    web provenance). Returns the observations given.
    """
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO documents (id, name, path, format, title, publisher, language, published, year,"
            " text, page_starts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            list(document),
        )
        ids: list[int] = []
        for f in facts:
            row = tx.execute(
                "INSERT INTO facts (document_id, kind, entity, subject, metric, period, period_start,"
                " period_end, resolved, value, value_high, unit, status, bound, span_start, span_end,"
                " sentence, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?) RETURNING id",
                list(f),
            ).fetchone()
            ids.append(int(row[0]) if row else 0)
        obs = observations_for(ids)
        if also is not None:
            also(tx)
        for o in obs:
            # one row per (product, market, date, source), kept by the writers (no primary key)
            tx.execute(
                "INSERT INTO observations (product, market, date, low, high, mid, unit, basis, source,"
                " origin, fact_id, line) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, 'document', ?, NULL"
                " WHERE NOT EXISTS (SELECT 1 FROM observations WHERE product = ? AND market = ?"
                " AND date = ? AND source = ?)",
                [*o, o[0], o[1], o[2], o[8]],
            )
    return obs


def record_run(store: Store, kind: str, params: dict[str, Any], summary: dict[str, Any]) -> None:
    """Record that a run of ``kind`` (ingest, import ...) happened, with its inputs and result."""
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO runs (kind, params, summary) VALUES (?, ?, ?)",
            [kind, json.dumps(params), json.dumps(summary)],
        )
