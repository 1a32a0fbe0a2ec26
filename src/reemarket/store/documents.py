"""Writes of ingested documents, their facts and the observations they state, and run records."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

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


_DOC_COLS = ("id", "name", "path", "format", "title", "publisher", "language", "published",
             "year", "text", "page_starts")  # fmt: skip
_FACT_COLS = ("document_id", "kind", "entity", "subject", "metric", "period", "period_start",
              "period_end", "resolved", "value", "value_high", "unit", "status", "bound",
              "span_start", "span_end", "sentence", "extractor_version")  # fmt: skip

#: Column types of a batch's tables, as :func:`insert_document` takes the rows (dates of
#: facts' periods as ISO text, cast by the store). Given, not inferred from the values, so
#: that batches built apart (a column all empty in one of them) can be joined.
DOCUMENTS = pa.schema([
    ("id", pa.string()), ("name", pa.string()), ("path", pa.string()), ("format", pa.string()),
    ("title", pa.string()), ("publisher", pa.string()), ("language", pa.string()),
    ("published", pa.date32()), ("year", pa.int32()), ("text", pa.string()),
    ("page_starts", pa.list_(pa.int32())),
])  # fmt: skip
FACTS = pa.schema([
    ("document_id", pa.string()), ("kind", pa.string()), ("entity", pa.string()),
    ("subject", pa.string()), ("metric", pa.string()), ("period", pa.string()),
    ("period_start", pa.string()), ("period_end", pa.string()), ("resolved", pa.bool_()),
    ("value", pa.float64()), ("value_high", pa.float64()), ("unit", pa.string()),
    ("status", pa.string()), ("bound", pa.string()), ("span_start", pa.int32()),
    ("span_end", pa.int32()), ("sentence", pa.string()), ("extractor_version", pa.string()),
])  # fmt: skip
#: An observation names its fact by ``fact``, the fact's row in the batch's ``facts``;
#: the fact's id replaces it when the batch is written.
OBSERVATIONS = pa.schema([
    ("product", pa.string()), ("market", pa.string()), ("date", pa.date32()),
    ("low", pa.float64()), ("high", pa.float64()), ("mid", pa.float64()), ("unit", pa.string()),
    ("basis", pa.string()), ("source", pa.string()), ("fact", pa.int64()),
])  # fmt: skip
STORIES = pa.schema([
    ("document_id", pa.string()), ("story_id", pa.string()), ("similarity", pa.float64()),
    ("signature", pa.binary()),
])  # fmt: skip
assert DOCUMENTS.names == list(_DOC_COLS)
assert FACTS.names == list(_FACT_COLS)


def table(schema: pa.Schema, rows: Sequence[Sequence[Any]]) -> pa.Table:
    """Rows (tuples in ``schema``'s column order) as a table of ``schema``."""
    columns = zip(*rows, strict=True) if rows else ([] for _ in schema)
    # rows turned into columns at C speed (zip), a quarter of a per-column comprehension
    arrays = [pa.array(list(c), type=f.type) for c, f in zip(columns, schema, strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)


@dataclass(frozen=True)
class RowBatch:
    """New documents with their facts, price observations and stories, as columns.

    Each table has its schema above. The documents are written in one transaction of a
    few set statements, however many they are; fact ids are drawn at the write.
    """

    documents: pa.Table
    facts: pa.Table
    observations: pa.Table
    stories: pa.Table

    @classmethod
    def of(
        cls,
        documents: Sequence[Sequence[Any]],
        facts: Sequence[Sequence[Any]] = (),
        observations: Sequence[Sequence[Any]] = (),
        stories: Sequence[Sequence[Any]] = (),
    ) -> RowBatch:
        """A batch from rows (an observation's last field: its fact's row in ``facts``)."""
        return cls(table(DOCUMENTS, documents), table(FACTS, facts),
                   table(OBSERVATIONS, observations), table(STORIES, stories))  # fmt: skip

    @classmethod
    def concat(cls, batches: Sequence[RowBatch]) -> RowBatch:
        """The batches as one (observations renamed to the facts' rows in the whole)."""
        if len(batches) == 1:
            return batches[0]
        shifted, start = [], 0
        for b in batches:
            fact = pc.add(b.observations.column("fact"), pa.scalar(start, pa.int64()))
            shifted.append(b.observations.set_column(_FACT_AT, "fact", fact))
            start += b.facts.num_rows
        documents = pa.concat_tables([b.documents for b in batches])
        facts = pa.concat_tables([b.facts for b in batches])
        stories = pa.concat_tables([b.stories for b in batches])
        return cls(documents, facts, pa.concat_tables(shifted), stories)

    @property
    def ids(self) -> list[str]:
        """The documents' ids, in order."""
        return [str(i) for i in self.documents.column("id").to_pylist()]

    def __len__(self) -> int:
        return int(self.documents.num_rows)


#: Where an observation names its fact: its row in the batch, then its id.
_FACT_AT = OBSERVATIONS.get_field_index("fact")


def _insert(tx: duckdb.DuckDBPyConnection, sql: str, rows: pa.Table) -> None:
    tx.register("batch_rows", rows)
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


def _fact_ids(tx: duckdb.DuckDBPyConnection, n: int) -> npt.NDArray[np.int64]:
    """``n`` new fact ids, in order (the team store keeps its own counter)."""
    if isinstance(tx, LakeConnection):
        first = tx.next_ids("facts_id_seq", n)
        return np.arange(first, first + n, dtype=np.int64)
    drawn = tx.execute("SELECT nextval('facts_id_seq') AS id FROM range(?)", [n]).fetchnumpy()
    return np.sort(np.asarray(drawn["id"], dtype=np.int64))


#: Builds a batch inside the write transaction, given the ids among it already stored.
Plan = Callable[[duckdb.DuckDBPyConnection, set[str]], RowBatch]


@retrying
def insert_new_documents(store: Store, ids: Sequence[str], plan: Plan) -> RowBatch:
    """Write the documents of ``ids`` not yet stored, in one transaction, for many writers.

    Inside the transaction the stored ones among ``ids`` are looked up and ``plan``
    builds the batch of the rest (it may read the store, e.g. the stories written by
    others); the batch is then written whole. On the team store a lost write conflict
    runs it all again (``plan`` too), so what it checked holds at the commit.
    Returns the batch written.
    """
    with store.transaction() as tx:
        batch = plan(tx, stored_ids(tx, ids))
        if len(batch):
            write_rows(tx, batch)
    return batch


def write_rows(tx: duckdb.DuckDBPyConnection, batch: RowBatch) -> None:
    """Write a batch inside ``tx``: one set insert per table.

    Fact ids are drawn first, so the observations can name their facts. An observation
    whose (product, market, date, source) is stored, or comes earlier in the batch, is
    not added.
    """
    ids = _fact_ids(tx, batch.facts.num_rows)
    _insert(tx, f"INSERT INTO documents ({', '.join(_DOC_COLS)}) SELECT * FROM batch_rows",
            batch.documents)  # fmt: skip
    if batch.facts.num_rows:
        facts = batch.facts.add_column(0, "id", pa.array(ids))
        _insert(tx, f"INSERT INTO facts (id, {', '.join(_FACT_COLS)}) SELECT * FROM batch_rows",
                facts)  # fmt: skip
    _insert(tx, "INSERT INTO document_stories SELECT * FROM batch_rows ON CONFLICT DO NOTHING",
            batch.stories)  # fmt: skip
    if batch.observations.num_rows:
        at = np.asarray(batch.observations.column("fact"), dtype=np.int64)
        obs = batch.observations.set_column(_FACT_AT, "fact_id", pa.array(ids[at]))
        _insert(
            tx,
            "INSERT INTO observations (product, market, date, low, high, mid, unit, basis,"
            " source, origin, fact_id, line) SELECT product, market, date, low, high, mid,"
            " unit, basis, source, 'document', fact_id, NULL FROM batch_rows n"
            " WHERE NOT EXISTS (SELECT 1 FROM observations o WHERE o.product = n.product"
            " AND o.market = n.market AND o.date = n.date AND o.source = n.source)"
            " QUALIFY row_number() OVER (PARTITION BY product, market, date, source"
            " ORDER BY fact_id) = 1",
            obs,
        )
