"""Followed web sources: what to poll, how often, and how the last run went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from reemarket.store.db import fetch_one

_COLUMNS = (
    "id, url, name, every_seconds, language, added_at, last_run_at, last_ok_at, last_error,"
    " failures, next_due_at, last_new_documents"
)


@dataclass(frozen=True)
class SourceRow:
    """A followed source and the state of its polling."""

    id: int
    url: str
    name: str
    every_seconds: int
    language: str | None
    added_at: datetime
    last_run_at: datetime | None
    last_ok_at: datetime | None
    last_error: str | None
    failures: int
    next_due_at: datetime
    last_new_documents: int


def add(
    conn: duckdb.DuckDBPyConnection, url: str, name: str, every: int, language: str | None
) -> SourceRow | None:
    """Insert a source; None when its URL is already followed."""
    row = fetch_one(
        conn,
        f"INSERT INTO sources (url, name, every_seconds, language) VALUES (?, ?, ?, ?)"
        f" ON CONFLICT DO NOTHING RETURNING {_COLUMNS}",
        [url, name, every, language],
    )
    return SourceRow(*row) if row else None  # type: ignore[arg-type]


def all_sources(conn: duckdb.DuckDBPyConnection) -> list[SourceRow]:
    """Every source, by id."""
    return [
        SourceRow(*r)
        for r in conn.execute(f"SELECT {_COLUMNS} FROM sources ORDER BY id").fetchall()
    ]


def due(conn: duckdb.DuckDBPyConnection, now: datetime) -> list[SourceRow]:
    """Sources due at ``now``."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM sources WHERE next_due_at <= ? ORDER BY next_due_at, id", [now]
    ).fetchall()
    return [SourceRow(*r) for r in rows]


def find(conn: duckdb.DuckDBPyConnection, key: str) -> SourceRow | None:
    """A source by id, URL or name."""
    row = fetch_one(
        conn,
        f"SELECT {_COLUMNS} FROM sources WHERE CAST(id AS VARCHAR) = ? OR url = ? OR name = ?"
        " ORDER BY id LIMIT 1",
        [key, key, key],
    )
    return SourceRow(*row) if row else None  # type: ignore[arg-type]


def remove(conn: duckdb.DuckDBPyConnection, source_id: int) -> None:
    """Delete a source (its documents and their provenance stay)."""
    conn.execute("DELETE FROM sources WHERE id = ?", [source_id])


def record_run(
    conn: duckdb.DuckDBPyConnection,
    source_id: int,
    *,
    now: datetime,
    next_due: datetime,
    error: str | None,
    new_documents: int,
) -> None:
    """Store the outcome of one poll: success resets the failure count, failure adds one."""
    if error is None:
        conn.execute(
            "UPDATE sources SET last_run_at = ?, last_ok_at = ?, last_error = NULL, failures = 0,"
            " next_due_at = ?, last_new_documents = ? WHERE id = ?",
            [now, now, next_due, new_documents, source_id],
        )
    else:
        conn.execute(
            "UPDATE sources SET last_run_at = ?, last_error = ?, failures = failures + 1,"
            " next_due_at = ?, last_new_documents = 0 WHERE id = ?",
            [now, error, next_due, source_id],
        )
