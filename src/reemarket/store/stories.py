"""Stories: which documents are copies of one story, and one fact set per story."""

from __future__ import annotations

import datetime as dt

import duckdb

from reemarket.store.db import fetch_one


def signatures(
    conn: duckdb.DuckDBPyConnection, only: list[str] | None = None
) -> list[tuple[str, str, bytes, dt.date | None]]:
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


def fact_keys(
    conn: duckdb.DuckDBPyConnection, only: list[str] | None = None
) -> list[tuple[str, str, str, str | None, str, str | None, float, str]]:
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
    return [
        (str(d), str(k), str(e), s, str(m), p, float(v), str(u)) for d, k, e, s, m, p, v, u in rows
    ]
