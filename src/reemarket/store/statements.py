"""Queries on statements and the full-text search over documents and statements.

The search uses DuckDB's ``fts`` extension (BM25), loaded by file path from the
``duckdb-extension-fts`` package (``store.extensions``), never downloaded. Its indexes
are snapshots: ``ensure_search_index`` rebuilds them when the number of documents or
statements changed since they were built. The team store cannot hold them (DuckLake
refuses the index's NULL-typed column at commit), so each process that searches it
keeps a copy of the searched columns in an in-memory DuckDB with the indexes there,
built again when the counts change; the same queries run on either.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass

import duckdb

from reemarket.store.db import Store, fetch_one
from reemarket.store.extensions import NO_DOWNLOADS, load_extension


@dataclass(frozen=True)
class StatementRow:
    """A stored statement with its document's name."""

    document_id: str
    doc: str
    published: dt.date | None
    span_start: int
    span_end: int
    text: str
    speaker: str
    topics: list[str]
    stance: str | None
    period: str | None
    question: str | None


def unsegmented(store: Store, version: str) -> list[tuple[str, str, dt.date | None, int | None]]:
    """Documents with no statements of this segmenter version: (id, text, published, year)."""
    rows = store.conn.execute(
        "SELECT d.id, d.text, d.published, d.year FROM documents d"
        " LEFT JOIN statement_docs s ON s.document_id = d.id"
        " WHERE s.version IS NULL OR s.version <> ?",
        [version],
    ).fetchall()
    return [(str(a), str(b), c, d) for a, b, c, d in rows]


def replace_statements(
    store: Store,
    version: str,
    by_doc: dict[
        str, list[tuple[int, int, str, str, list[str], str | None, str | None, str | None]]
    ],
) -> None:
    """Store each document's statements in place of its old ones, in one transaction."""
    with store.transaction() as conn:
        for doc_id, items in by_doc.items():
            conn.execute("DELETE FROM statements WHERE document_id = ?", [doc_id])
            conn.execute("DELETE FROM statement_docs WHERE document_id = ?", [doc_id])
            if items:
                conn.executemany(
                    "INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(doc_id, i, *item) for i, item in enumerate(items)],
                )
            conn.execute("INSERT INTO statement_docs VALUES (?, ?)", [doc_id, version])


def statements_of(store: Store, document_ids: list[str]) -> list[StatementRow]:
    """The statements of the given documents, in document and text order."""
    rows = store.conn.execute(
        "SELECT s.document_id, d.name, d.published, s.span_start, s.span_end, s.text,"
        " s.speaker, s.topics, s.stance, s.period, s.question"
        " FROM statements s JOIN documents d ON d.id = s.document_id"
        " WHERE list_contains(?, s.document_id) ORDER BY d.name, s.seq",
        [document_ids],
    ).fetchall()
    return [StatementRow(*r) for r in rows]


def _count(store: Store, table: str) -> int:
    row = fetch_one(store.conn, f"SELECT count(*) FROM {table}")
    return int(str(row[0])) if row else 0


def ensure_search_index(store: Store) -> None:
    """Load ``fts`` and (re)build the indexes of documents and statements if stale.

    On the team store the indexes are built over this process's in-memory copy.
    """
    if store.shared:
        _team_search_conn(store)
        return
    load_extension(store.conn, "fts")
    for table, key, column in (("documents", "id", "text"), ("statements", "rowid_key", "text")):
        n = _count(store, table)
        row = fetch_one(store.conn, "SELECT rows FROM search_state WHERE name = ?", [table])
        if row is not None and int(str(row[0])) == n:
            continue
        with store.transaction() as conn:
            _build_index(conn, table, key, column)
            conn.execute("DELETE FROM search_state WHERE name = ?", [table])
            conn.execute("INSERT INTO search_state VALUES (?, ?)", [table, n])


def _build_index(conn: duckdb.DuckDBPyConnection, table: str, key: str, column: str) -> None:
    """Build the fts index of ``table`` (statements through their keyed search table)."""
    source = table
    if table == "statements":
        conn.execute(
            "CREATE OR REPLACE TABLE statement_search AS SELECT"
            " document_id || ':' || seq AS rowid_key, document_id, seq, text FROM statements"
        )
        source = "statement_search"
    conn.execute(f"PRAGMA create_fts_index('{source}', '{key}', '{column}', overwrite=1)")


#: Per open team store: the (documents, statements) counts its search copy was made at,
#: and the in-memory connection holding the copy and its indexes.
_team_copies: weakref.WeakKeyDictionary[Store, tuple[tuple[int, int], duckdb.DuckDBPyConnection]]
_team_copies = weakref.WeakKeyDictionary()

_COPIED = {
    "documents": "SELECT id, name, published, text FROM documents",
    "statements": "SELECT document_id, seq, span_start, span_end, text, speaker, topics,"
    " stance, period, question FROM statements",
}


def _team_search_conn(store: Store) -> duckdb.DuckDBPyConnection:
    """The in-memory copy of a team store's searched columns, with its fts indexes."""
    counts = (_count(store, "documents"), _count(store, "statements"))
    kept = _team_copies.get(store)
    if kept is not None and kept[0] == counts:
        return kept[1]
    local = duckdb.connect(":memory:", config=NO_DOWNLOADS)
    load_extension(local, "fts")
    for table, sql in _COPIED.items():
        local.register("copied_rows", store.conn.execute(sql).arrow())
        local.execute(f"CREATE TABLE {table} AS SELECT * FROM copied_rows")
        local.unregister("copied_rows")
    _build_index(local, "documents", "id", "text")
    _build_index(local, "statements", "rowid_key", "text")
    if kept is not None:
        kept[1].close()
    _team_copies[store] = (counts, local)
    return local


def _search_conn(store: Store) -> duckdb.DuckDBPyConnection:
    """Where the search queries run: the store itself, or a team store's search copy."""
    return _team_search_conn(store) if store.shared else store.conn


def search_documents(store: Store, query: str, limit: int) -> list[tuple[str, str, float]]:
    """Documents ranked by BM25 for ``query``: (id, name, score)."""
    rows = (
        _search_conn(store)
        .execute(
            "SELECT id, name, score FROM (SELECT id, name,"
            " fts_main_documents.match_bm25(id, ?) AS score FROM documents)"
            " WHERE score IS NOT NULL ORDER BY score DESC LIMIT ?",
            [query, limit],
        )
        .fetchall()
    )
    return [(str(a), str(b), float(c)) for a, b, c in rows]


def search_statements(store: Store, query: str, limit: int) -> list[tuple[StatementRow, float]]:
    """Statements ranked by BM25 for ``query``, with their scores."""
    rows = (
        _search_conn(store)
        .execute(
            "SELECT s.document_id, d.name, d.published, s.span_start, s.span_end, s.text,"
            " s.speaker, s.topics, s.stance, s.period, s.question, r.score FROM ("
            " SELECT document_id, seq,"
            " fts_main_statement_search.match_bm25(rowid_key, ?) AS score FROM statement_search"
            ") r JOIN statements s ON s.document_id = r.document_id AND s.seq = r.seq"
            " JOIN documents d ON d.id = s.document_id"
            " WHERE r.score IS NOT NULL ORDER BY r.score DESC LIMIT ?",
            [query, limit],
        )
        .fetchall()
    )
    return [(StatementRow(*r[:-1]), float(r[-1])) for r in rows]
