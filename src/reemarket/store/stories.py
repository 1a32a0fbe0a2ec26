"""Stories: which documents are copies of one story, and one fact set per story."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from reemarket.store.db import fetch_one
from reemarket.store.lake import CATALOG, LakeConnection

#: (document id, story id, signature, published) of a placed document.
Signature = tuple[str, str, bytes, dt.date | None]
#: (document id, kind, entity, subject, metric, period, value, unit) of a resolved fact.
FactKey = tuple[str, str, str, str | None, str, str | None, float, str]


def signatures(conn: duckdb.DuckDBPyConnection, only: list[str] | None = None) -> list[Signature]:
    """(document id, story id, signature, published) of every document with a story.

    ``only``: of these documents.
    """
    where, params = _only("s.document_id", only)
    rows = conn.execute(
        "SELECT s.document_id, s.story_id, s.signature, d.published FROM document_stories s"
        f" JOIN documents d ON d.id = s.document_id{where} ORDER BY s.document_id",
        params,
    ).fetchall()
    return [(str(d), str(s), bytes(sig), p) for d, s, sig, p in rows]


def _only(column: str, only: list[str] | None) -> tuple[str, list[object]]:
    if only is None:
        return "", []
    return f" WHERE {column} IN (SELECT unnest(?::VARCHAR[]))", [only]


def count_placed(conn: duckdb.DuckDBPyConnection) -> int:
    """How many documents have a story."""
    row = fetch_one(conn, "SELECT count(*) FROM document_stories")
    return int(str(row[0])) if row else 0


def placed_ids(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """The ids of the documents with a story."""
    return [str(r[0]) for r in conn.execute("SELECT document_id FROM document_stories").fetchall()]


def snapshot(conn: duckdb.DuckDBPyConnection) -> int | None:
    """The team store's snapshot this connection reads, or None on an embedded file.

    In a transaction it is the snapshot the transaction began on.
    """
    if not isinstance(conn, LakeConnection):
        return None
    row = fetch_one(conn, f"SELECT id FROM {CATALOG}.current_snapshot()")
    return int(str(row[0])) if row else None


def _inserted(table: str) -> str:
    """The rows a DuckLake table gained between two snapshots (parameters: first, last)."""
    return f"ducklake_table_insertions('{CATALOG}', 'main', '{table}', ?::BIGINT, ?::BIGINT)"


def placed_since(
    conn: duckdb.DuckDBPyConnection, after: int, until: int
) -> tuple[list[Signature], list[FactKey]] | None:
    """The documents placed in a story by the team store's snapshots ``after`` < s <= ``until``.

    They come as :func:`signatures` and :func:`fact_keys` give them, but only the rows
    those snapshots inserted are read (DuckLake's change feed), so the cost follows what
    was added, not the size of the store. A document and its facts are written in the
    transaction that places it; one placed later than it was written (a document from
    before stories) is read from the whole tables. None when the lake cannot say (its
    snapshots of that range expired): the caller reads it all.
    """
    if until <= after:
        return [], []
    span = [after + 1, until]
    try:
        stories = conn.execute(
            f"SELECT document_id, story_id, signature FROM {_inserted('document_stories')}", span
        ).fetchall()
        ids = sorted({str(r[0]) for r in stories})
        docs = conn.execute(
            f"SELECT id, published FROM {_inserted('documents')}"
            " WHERE id IN (SELECT unnest(?::VARCHAR[]))",
            [*span, ids],
        ).fetchall()
        facts = conn.execute(
            "SELECT document_id, kind, entity, subject, metric, period, value, unit"
            f" FROM {_inserted('facts')}"
            " WHERE resolved AND document_id IN (SELECT unnest(?::VARCHAR[]))",
            [*span, ids],
        ).fetchall()
    except duckdb.Error:
        return None
    published = {str(d): p for d, p in docs}
    sigs: dict[str, Signature] = {}
    for d, st, sig in stories:
        if str(d) in published:
            sigs[str(d)] = (str(d), str(st), bytes(sig), published[str(d)])
    keys = [_fact_key(r) for r in facts if str(r[0]) in published]
    older = [d for d in ids if d not in published]
    if older:
        sigs.update((r[0], r) for r in signatures(conn, older))
        keys.extend(fact_keys(conn, older))
    return [sigs[d] for d in sorted(sigs)], keys


def add(
    conn: duckdb.DuckDBPyConnection,
    document_id: str,
    story_id: str,
    similarity: float,
    signature: bytes,
) -> None:
    """Record a document's story (inside the caller's transaction)."""
    conn.execute(
        "INSERT INTO document_stories VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [document_id, story_id, similarity, signature],
    )


def story_of(conn: duckdb.DuckDBPyConnection, document_id: str) -> str | None:
    """The story id of a document, or None."""
    row = fetch_one(
        conn, "SELECT story_id FROM document_stories WHERE document_id = ?", [document_id]
    )
    return str(row[0]) if row else None


def story_fact_ids(conn: duckdb.DuckDBPyConnection) -> list[int]:
    """Ids of the facts counted once per story (the ``story_facts`` view)."""
    return [int(r[0]) for r in conn.execute("SELECT id FROM story_facts ORDER BY id").fetchall()]


def count_story_facts(conn: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """(facts counted once per story, all facts)."""
    row = fetch_one(conn, "SELECT (SELECT count(*) FROM story_facts), (SELECT count(*) FROM facts)")
    return (int(str(row[0])), int(str(row[1]))) if row else (0, 0)


def fact_keys(conn: duckdb.DuckDBPyConnection, only: list[str] | None = None) -> list[FactKey]:
    """(document id, kind, entity, subject, metric, period, value, unit) of every resolved fact.

    ``only``: of these documents' facts.
    """
    where, params = _only("document_id", only)
    rows = conn.execute(
        "SELECT document_id, kind, entity, subject, metric, period, value, unit FROM facts"
        f"{where.replace(' WHERE ', ' WHERE resolved AND ') if where else ' WHERE resolved'}"
        " ORDER BY document_id",
        params,
    ).fetchall()
    return [_fact_key(r) for r in rows]


def _fact_key(row: tuple[Any, ...]) -> FactKey:
    d, k, e, s, m, p, v, u = row
    return (str(d), str(k), str(e), s, str(m), p, float(v), str(u))
