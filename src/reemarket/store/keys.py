"""Queries on API keys: only hashes are stored; the secret never reaches the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reemarket.store.db import Store, fetch_one, retrying

_FIELDS = "id, name, prefix, created_at, revoked_at, hash"


@dataclass(frozen=True)
class KeyRow:
    """One stored API key."""

    id: int
    name: str
    prefix: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None
    hash: str


def _row(row: tuple[object, ...] | None) -> KeyRow | None:
    if row is None:
        return None
    i, name, prefix, created, revoked, digest = row
    return KeyRow(int(str(i)), str(name), str(prefix), created, revoked, str(digest))  # type: ignore[arg-type]


@retrying
def insert_key(store: Store, name: str, prefix: str, digest: str) -> KeyRow:
    """Store a new key's hash; return its row."""
    with store.transaction() as tx:
        row = fetch_one(
            tx,
            f"INSERT INTO api_keys (name, prefix, hash) VALUES (?, ?, ?) RETURNING {_FIELDS}",
            [name, prefix, digest],
        )
    out = _row(row)
    assert out is not None
    return out


def all_keys(store: Store) -> list[KeyRow]:
    """Every key, newest first."""
    rows = store.conn.execute(f"SELECT {_FIELDS} FROM api_keys ORDER BY id DESC").fetchall()
    return [r for r in (_row(tuple(x)) for x in rows) if r is not None]


@retrying
def revoke(store: Store, key_id: int) -> KeyRow | None:
    """Mark a key revoked (keeping the first revocation time); None if there is no such key."""
    with store.transaction() as tx:
        row = fetch_one(
            tx,
            "UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = ?"
            f" RETURNING {_FIELDS}",
            [key_id],
        )
    return _row(row)


def key_by_hash(store: Store, digest: str) -> KeyRow | None:
    """The key whose hash is ``digest``, if any."""
    return _row(fetch_one(store.conn, f"SELECT {_FIELDS} FROM api_keys WHERE hash = ?", [digest]))
