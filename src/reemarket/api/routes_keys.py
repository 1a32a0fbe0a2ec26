"""API keys through the API: revoke a key (a leaked key stops working at once)."""

from __future__ import annotations

from fastapi import APIRouter

from reemarket.api.deps import Id, StoreDep, WriteKey
from reemarket.services.keys import ApiKeyInfo, revoke_key

router = APIRouter(tags=["keys"])


@router.delete("/keys/{key_id}", response_model=ApiKeyInfo)
def revoke(store: StoreDep, key: WriteKey, key_id: Id) -> ApiKeyInfo:
    """Revoke an API key by id (needs a valid key; a key may revoke itself)."""
    return revoke_key(store, key_id)
