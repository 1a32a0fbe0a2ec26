"""Stories: which documents are copies of one story, and one fact set per story."""

from __future__ import annotations

import duckdb

from reemarket.store.db import fetch_one


def signatures(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, str, bytes]]:
    """(document id, story id, signature) of every document with a story."""
    rows = conn.execute(
        "SELECT document_id, story_id, signature FROM document_stories ORDER BY document_id"
    ).fetchall()
    return [(str(d), str(s), bytes(sig)) for d, s, sig in rows]


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
    conn: duckdb.DuckDBPyConnection,
) -> list[tuple[str, str, str, str | None, str, str | None, float, str]]:
    """(document id, kind, entity, subject, metric, period, value, unit) of every resolved fact."""
    rows = conn.execute(
        "SELECT document_id, kind, entity, subject, metric, period, value, unit FROM facts"
        " WHERE resolved ORDER BY document_id"
    ).fetchall()
    return [
        (str(d), str(k), str(e), s, str(m), p, float(v), str(u)) for d, k, e, s, m, p, v, u in rows
    ]
