"""Open a database file that another process may hold for a moment (a server between requests).

DuckDB lets one process write a file, or several read it, never both. A server that
holds the file only while it answers (``api/database.py``) frees it within a second
of going idle, so a command waits briefly for the lock instead of failing at once.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from reemarket.errors import StoreBusyError
from reemarket.store.db import Store, open_store

#: Seconds to wait for a busy file, unless ``REEMARKET_LOCK_WAIT`` says otherwise.
DEFAULT_WAIT = 10.0


def lock_wait() -> float:
    """The seconds to wait for a busy database file (``REEMARKET_LOCK_WAIT``, else 10)."""
    raw = os.environ.get("REEMARKET_LOCK_WAIT", "")
    try:
        return max(0.0, float(raw)) if raw else DEFAULT_WAIT
    except ValueError:
        return DEFAULT_WAIT


def open_store_waiting(
    path: Path | str | None,
    *,
    wait: float | None = None,
    read_only: bool = False,
    create: bool = True,
) -> Store:
    """:func:`open_store`, retrying for up to ``wait`` seconds while another process holds it.

    Raises the last :class:`StoreBusyError` ("in use by process N") when the time is up.
    """
    deadline = time.monotonic() + (lock_wait() if wait is None else wait)
    pause = 0.01
    while True:
        try:
            return open_store(path, read_only=read_only, create=create)
        except StoreBusyError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)
