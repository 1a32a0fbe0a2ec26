"""API keys: created once (shown once), stored as a hash, checked on every write, revocable.

A key is 32 random bytes, URL-safe, prefixed ``rmk_``. Only its SHA-256 is stored:
keys are long random secrets, so a fast hash is enough (no password stretching).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

from pydantic import BaseModel, Field

from reemarket.errors import AuthError, InputError, NotFoundError
from reemarket.store.db import Store, fetch_one

PREFIX = "rmk_"


class ApiKeyInfo(BaseModel):
    """A stored key, without its secret."""

    id: int = Field(description="Key id")
    name: str = Field(description="What the key is for")
    prefix: str = Field(description="First characters of the key")
    created_at: datetime = Field(description="When it was made")
    revoked_at: datetime | None = Field(description="When it was revoked, if it was")


class NewApiKey(ApiKeyInfo):
    """A key just made: the secret is shown this once."""

    key: str = Field(description="The key itself; it cannot be shown again")


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_key(store: Store, name: str) -> NewApiKey:
    """Make a key named ``name``; return it with its secret."""
    if not name.strip():
        raise InputError("a key needs a name (what or who it is for)")
    key = PREFIX + secrets.token_urlsafe(32)
    with store.transaction() as tx:
        row = fetch_one(
            tx,
            "INSERT INTO api_keys (name, prefix, hash) VALUES (?, ?, ?)"
            " RETURNING id, name, prefix, created_at, revoked_at",
            [name.strip(), key[:10], _hash(key)],
        )
    assert row is not None
    return NewApiKey(
        id=int(str(row[0])),
        name=str(row[1]),
        prefix=str(row[2]),
        created_at=row[3],
        revoked_at=None,
        key=key,
    )


def list_keys(store: Store) -> list[ApiKeyInfo]:
    """Every key, newest first, without secrets."""
    rows = store.conn.execute(
        "SELECT id, name, prefix, created_at, revoked_at FROM api_keys ORDER BY id DESC"
    ).fetchall()
    return [
        ApiKeyInfo(id=r[0], name=r[1], prefix=r[2], created_at=r[3], revoked_at=r[4]) for r in rows
    ]


def revoke_key(store: Store, key_id: int) -> ApiKeyInfo:
    """Revoke a key by id; it stops working at once."""
    with store.transaction() as tx:
        row = fetch_one(
            tx,
            "UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = ?"
            " RETURNING id, name, prefix, created_at, revoked_at",
            [key_id],
        )
    if row is None:
        raise NotFoundError(f"no API key with id {key_id}")
    return ApiKeyInfo(id=row[0], name=row[1], prefix=row[2], created_at=row[3], revoked_at=row[4])


def verify_key(store: Store, key: str | None) -> ApiKeyInfo:
    """Return the key's record if it is valid and not revoked; AuthError otherwise."""
    if not key:
        raise AuthError("this request writes: give an API key in the X-API-Key header")
    digest = _hash(key)
    row = fetch_one(
        store.conn,
        "SELECT id, name, prefix, created_at, revoked_at, hash FROM api_keys WHERE hash = ?",
        [digest],
    )
    if row is None or not hmac.compare_digest(str(row[5]), digest):
        raise AuthError("unknown API key")
    if row[4] is not None:
        raise AuthError(f"API key {row[2]}... was revoked on {row[4]}")
    return ApiKeyInfo(id=row[0], name=row[1], prefix=row[2], created_at=row[3], revoked_at=None)
