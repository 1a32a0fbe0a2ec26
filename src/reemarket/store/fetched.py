"""Web provenance of documents: which URL, when, with which status, hash and validators."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from reemarket.store.db import fetch_one


@dataclass(frozen=True)
class FetchRecord:
    """Where a fetched document came from."""

    document_id: str
    url: str
    final_url: str
    retrieved_at: datetime
    http_status: int
    content_hash: str
    etag: str | None
    last_modified: str | None
    source_id: int | None = None


def known(conn: duckdb.DuckDBPyConnection, url: str, content_hash: str) -> bool:
    """True when this URL's bytes with this hash were already stored as a document."""
    row = fetch_one(
        conn,
        "SELECT 1 FROM document_fetches WHERE url = ? AND content_hash = ? LIMIT 1",
        [url, content_hash],
    )
    return row is not None


def add(conn: duckdb.DuckDBPyConnection, rec: FetchRecord) -> bool:
    """Record provenance (inside the caller's transaction); False when already there."""
    row = fetch_one(
        conn,
        "SELECT 1 FROM document_fetches WHERE document_id = ? AND url = ?",
        [rec.document_id, rec.url],
    )
    if row:
        return False
    conn.execute(
        "INSERT INTO document_fetches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            rec.document_id,
            rec.url,
            rec.final_url,
            rec.retrieved_at,
            rec.http_status,
            rec.content_hash,
            rec.etag,
            rec.last_modified,
            rec.source_id,
        ],
    )
    return True


def for_document(conn: duckdb.DuckDBPyConnection, document_id: str) -> list[FetchRecord]:
    """Every fetch that gave this document."""
    rows = conn.execute(
        "SELECT document_id, url, final_url, retrieved_at, http_status, content_hash, etag,"
        " last_modified, source_id FROM document_fetches WHERE document_id = ? ORDER BY url",
        [document_id],
    ).fetchall()
    return [FetchRecord(*r) for r in rows]


@dataclass(frozen=True)
class DocumentRow:
    """A document as ``reemarket documents`` lists it."""

    id: str
    name: str
    title: str | None
    publisher: str | None
    published: object
    language: str | None
    url: str | None
    story_id: str | None
    copies: int


def list_documents(conn: duckdb.DuckDBPyConnection, limit: int) -> list[DocumentRow]:
    """Documents with publisher, date, language, first URL and story, newest first."""
    rows = conn.execute(
        "SELECT d.id, d.name, d.title, d.publisher, d.published, d.language,"
        " (SELECT min(url) FROM document_fetches f WHERE f.document_id = d.id),"
        " s.story_id,"
        " (SELECT count(*) FROM document_stories t WHERE t.story_id = s.story_id)"
        " FROM documents d LEFT JOIN document_stories s ON s.document_id = d.id"
        " ORDER BY d.ingested_at DESC, d.name LIMIT ?",
        [limit],
    ).fetchall()
    return [DocumentRow(*r) for r in rows]
