"""Writes of ingested documents, their facts and the observations they state, and run records."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from reemarket.store.db import Store, retrying
from reemarket.store.lake import LakeConnection

#: The embedded file's write-ahead log may grow this large during a bulk ingest.
BULK_WAL = "1GB"


@contextmanager
def bulk_writes(store: Store) -> Iterator[None]:
    """Many batch writes on the embedded file, checkpointed once at the end.

    DuckDB checkpoints whenever its write-ahead log passes ``checkpoint_threshold``
    (16 MiB by default), and a checkpoint writes the tables' indexes again; a bulk
    ingest of thousands of documents paid that some ten times over (a sixth of the
    writer's time at 20,000 documents). Every commit is still in the log, so nothing
    committed is lost if the run stops. The team store keeps its own settings.
    """
    if store.shared:
        yield
        return
    row = store.conn.execute("SELECT current_setting('checkpoint_threshold')").fetchone()
    before = str(row[0]) if row else "16MiB"
    store.conn.execute(f"SET checkpoint_threshold = '{BULK_WAL}'")
    try:
        yield
    finally:
        store.conn.execute(f"SET checkpoint_threshold = '{before}'")
        if not store.in_transaction:
            store.conn.execute("CHECKPOINT")


def has_document(store: Store, document_id: str) -> bool:
    """Whether a document with this id (content hash) is stored."""
    rows = store.conn.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchall()
    return bool(rows)


@retrying
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


@retrying
def insert_document(
    store: Store,
    document: Sequence[Any],
    facts: Sequence[Sequence[Any]],
    observations_for: Callable[[list[int]], Sequence[Sequence[Any]]],
    *,
    also: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
) -> Sequence[Sequence[Any]] | None:
    """Write a document, its facts and their observations in one transaction.

    ``document``: (id, name, path, format, title, publisher, language, published, year,
    text, page_starts). Each fact: (document id, kind, entity, subject, metric, period,
    period start, period end, resolved, value, value high, unit, status, bound, span start,
    span end, sentence, extractor version). ``observations_for`` gets the new fact ids and
    returns the observations to add, each (product, market, date, low, high, mid, unit,
    basis, source, fact id); one already stored for the same product, market, date and
    source is kept. ``also`` runs inside the same transaction (the document's story, its
    web provenance). Returns the observations given, or None when the document was
    already stored (by another process since the caller looked): then only ``also`` runs.
    """
    with store.transaction() as tx:
        if tx.execute("SELECT 1 FROM documents WHERE id = ?", [document[0]]).fetchall():
            # stored by another process since the caller looked (the team store)
            if also is not None:
                also(tx)
            return None
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


@retrying
def record_run(store: Store, kind: str, params: dict[str, Any], summary: dict[str, Any]) -> None:
    """Record that a run of ``kind`` (ingest, import ...) happened, with its inputs and result."""
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO runs (kind, params, summary) VALUES (?, ?, ?)",
            [kind, json.dumps(params), json.dumps(summary)],
        )


@dataclass(frozen=True)
class NewDocument:
    """One document of a batch write: rows as :func:`insert_document` takes them.

    ``story``: (story id, similarity, signature) recorded in ``document_stories``.
    """

    document: Sequence[Any]
    facts: Sequence[Sequence[Any]]
    observations_for: Callable[[list[int]], Sequence[Sequence[Any]]]
    story: tuple[str, float, bytes]


_DOC_COLS = ("id", "name", "path", "format", "title", "publisher", "language", "published",
             "year", "text", "page_starts")  # fmt: skip
_FACT_COLS = ("document_id", "kind", "entity", "subject", "metric", "period", "period_start",
              "period_end", "resolved", "value", "value_high", "unit", "status", "bound",
              "span_start", "span_end", "sentence", "extractor_version")  # fmt: skip
_OBS_COLS = ("product", "market", "date", "low", "high", "mid", "unit", "basis", "source",
             "fact_id")  # fmt: skip


def _arrow(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> pa.Table:
    # rows turned into columns at C speed (zip), a quarter of a per-column comprehension
    by_column = zip(*rows, strict=True) if rows else ([] for _ in columns)
    return pa.table(dict(zip(columns, (pa.array(list(c)) for c in by_column), strict=True)))


def _insert(tx: duckdb.DuckDBPyConnection, sql: str, table: pa.Table) -> None:
    tx.register("batch_rows", table)
    try:
        tx.execute(sql)
    finally:
        tx.unregister("batch_rows")


def stored_ids(conn: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` are stored documents (in the caller's transaction, if any)."""
    if not ids:
        return set()
    rows = conn.execute(
        "SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(ids)]
    ).fetchall()
    return {str(r[0]) for r in rows}


def _fact_ids(tx: duckdb.DuckDBPyConnection, n: int) -> list[int]:
    """``n`` new fact ids, in order (the team store keeps its own counter)."""
    if isinstance(tx, LakeConnection):
        first = tx.next_ids("facts_id_seq", n)
        return list(range(first, first + n))
    rows = tx.execute("SELECT nextval('facts_id_seq') FROM range(?)", [n]).fetchall()
    return sorted(int(r[0]) for r in rows)


def insert_documents(store: Store, batch: Sequence[NewDocument]) -> list[Sequence[Sequence[Any]]]:
    """Write many new documents, their facts, stories and observations in one transaction.

    The batch form of :func:`insert_document` for a bulk ingest: a handful of set
    statements instead of a few per fact. Returns each document's observations as given.
    """
    if not batch:
        return []
    with store.transaction() as tx:
        return _write_batch(tx, batch)


#: Builds a batch inside the write transaction, given the ids among it already stored.
Plan = Callable[[duckdb.DuckDBPyConnection, set[str]], Sequence[NewDocument]]


@retrying
def insert_new_documents(
    store: Store, ids: Sequence[str], plan: Plan
) -> list[tuple[NewDocument, Sequence[Sequence[Any]]]]:
    """Write the documents of ``ids`` not yet stored, in one transaction, for many writers.

    Inside the transaction the stored ones among ``ids`` are looked up and ``plan``
    builds the batch of the rest (it may read the store, e.g. the stories written by
    others); the batch is then written whole. On the team store a lost write conflict
    runs it all again (``plan`` too), so what it checked holds at the commit.
    Returns each written document with its observations.
    """
    with store.transaction() as tx:
        batch = plan(tx, stored_ids(tx, ids))
        given = _write_batch(tx, batch) if batch else []
    return list(zip(batch, given, strict=True))


def _write_batch(
    tx: duckdb.DuckDBPyConnection, batch: Sequence[NewDocument]
) -> list[Sequence[Sequence[Any]]]:
    """Write a batch inside ``tx``.

    Fact ids are drawn first, so each document's observations can name their facts. An
    observation whose (product, market, date, source) is stored, or comes earlier in
    the batch, is not added.
    """
    total = sum(len(d.facts) for d in batch)
    ids = _fact_ids(tx, total)
    _insert(tx, f"INSERT INTO documents ({', '.join(_DOC_COLS)}) SELECT * FROM batch_rows",
            _arrow(_DOC_COLS, [d.document for d in batch]))  # fmt: skip
    fact_rows: list[Sequence[Any]] = []
    obs_rows: list[Sequence[Any]] = []
    given: list[Sequence[Sequence[Any]]] = []
    start = 0
    for d in batch:
        mine = ids[start : start + len(d.facts)]
        start += len(d.facts)
        fact_rows.extend([i, *f] for i, f in zip(mine, d.facts, strict=True))
        obs = d.observations_for(mine)
        given.append(obs)
        obs_rows.extend(obs)
    if fact_rows:
        _insert(tx, f"INSERT INTO facts (id, {', '.join(_FACT_COLS)}) SELECT * FROM batch_rows",
                _arrow(("id", *_FACT_COLS), fact_rows))  # fmt: skip
    _insert(tx, "INSERT INTO document_stories SELECT * FROM batch_rows ON CONFLICT DO NOTHING",
            _arrow(("document_id", "story_id", "similarity", "signature"),
                   [(d.document[0], *d.story) for d in batch]))  # fmt: skip
    if obs_rows:
        _insert(
            tx,
            "INSERT INTO observations (product, market, date, low, high, mid, unit, basis,"
            " source, origin, fact_id, line) SELECT product, market, date, low, high, mid,"
            " unit, basis, source, 'document', fact_id, NULL FROM batch_rows n"
            " WHERE NOT EXISTS (SELECT 1 FROM observations o WHERE o.product = n.product"
            " AND o.market = n.market AND o.date = n.date AND o.source = n.source)"
            " QUALIFY row_number() OVER (PARTITION BY product, market, date, source"
            " ORDER BY fact_id) = 1",
            _arrow(_OBS_COLS, obs_rows),
        )
    return given
