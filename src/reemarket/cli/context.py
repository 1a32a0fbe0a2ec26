"""Global CLI state: which database the commands use, opened once per invocation."""

from __future__ import annotations

from pathlib import Path

from reemarket.store.db import Store, default_db_path
from reemarket.store.waiting import open_store_waiting

_state: dict[str, object] = {"db": None, "store": None}


def set_db_path(path: Path | None) -> None:
    """Set the database path given by ``--db`` (None: REEMARKET_DB or the default)."""
    _state["db"] = path


def db_path() -> Path:
    """The database path in force."""
    given = _state["db"]
    return given if isinstance(given, Path) else default_db_path()


def get_store(*, create: bool = True) -> Store:
    """Open the database in force (once) and return it.

    ``create=False`` for commands that only read: a missing file is then an error
    (a mistyped path) rather than a new empty database.
    """
    store = _state["store"]
    if not isinstance(store, Store):
        # a server beside us holds the file only while it answers: wait briefly for it
        store = open_store_waiting(db_path(), create=create)
        _state["store"] = store
    return store


def close_store() -> None:
    """Close the database if it was opened."""
    store = _state["store"]
    if isinstance(store, Store):
        store.close()
    _state["store"] = None
