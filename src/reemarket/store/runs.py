"""The runs log: one row per run that wrote something."""

from __future__ import annotations

from reemarket.store.db import Store


def add(store: Store, kind: str, params: str, summary: str) -> None:
    """Record a run (its parameters and summary as JSON) in its own transaction."""
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO runs (kind, params, summary) VALUES (?, ?, ?)", [kind, params, summary]
        )
