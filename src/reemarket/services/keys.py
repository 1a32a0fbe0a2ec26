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
from reemarket.store import keys as key_store
from reemarket.store.db import Store
from reemarket.store.keys import KeyRow

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


def _info(row: KeyRow) -> ApiKeyInfo:
    return ApiKeyInfo(
        id=row.id,
        name=row.name,
        prefix=row.prefix,
        created_at=row.created_at,
        revoked_at=row.revoked_at,
    )


def create_key(store: Store, name: str) -> NewApiKey:
    """Make a key named ``name``; return it with its secret."""
    if not name.strip():
        raise InputError("a key needs a name (what or who it is for)")
    key = PREFIX + secrets.token_urlsafe(32)
    row = key_store.insert_key(store, name.strip(), key[:10], _hash(key))
    return NewApiKey(**_info(row).model_dump(), key=key)


def list_keys(store: Store) -> list[ApiKeyInfo]:
    """Every key, newest first, without secrets."""
    return [_info(r) for r in key_store.all_keys(store)]


def revoke_key(store: Store, key_id: int) -> ApiKeyInfo:
    """Revoke a key by id; it stops working at once."""
    row = key_store.revoke(store, key_id)
    if row is None:
        raise NotFoundError(f"no API key with id {key_id}")
    return _info(row)


def verify_key(store: Store, key: str | None) -> ApiKeyInfo:
    """Return the key's record if it is valid and not revoked; AuthError otherwise."""
    if not key:
        raise AuthError("this request writes: give an API key in the X-API-Key header")
    digest = _hash(key)
    row = key_store.key_by_hash(store, digest)
    if row is None or not hmac.compare_digest(row.hash, digest):
        raise AuthError("unknown API key")
    if row.revoked_at is not None:
        raise AuthError(f"API key {row.prefix}... was revoked on {row.revoked_at}")
    return _info(row)
