"""The server's hold on its database: open while requests run, released when idle.

DuckDB lets one process write a file (or several read it), never both at once. A
server that kept its connection for its whole life would lock every CLI command out,
reads included. So the server opens the file when a request needs it, shares that one
connection between concurrent requests (a cursor each), and closes it once no request
has used it for ``linger`` seconds. A CLI command beside an idle server finds the file
free; one that arrives while the server is busy waits for the lock
(``store/waiting.py``), and a request that arrives while a CLI command holds the file
waits the same way, then answers 503 "in use by process N".

Writes through the server are serialised by one lock, so concurrent writes (two audit
runs) never meet DuckDB's write-write conflicts. When the file was changed by another
process while the server was not holding it, every cache keyed on the store's
generation goes stale (:func:`reemarket.store.db.bump_generation`).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from reemarket.store.db import Store, bump_generation, generation_of
from reemarket.store.waiting import open_store_waiting

#: Seconds the connection stays open after the last request.
DEFAULT_LINGER = 0.5


def _stamp(path: Path | None) -> tuple[tuple[int, int] | None, ...]:
    """(mtime, size) of the file and its write-ahead log: changes whenever anyone writes."""
    if path is None:
        return ()
    out: list[tuple[int, int] | None] = []
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            st = os.stat(p)
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append(None)
    return tuple(out)


class ServerStore(Store):
    """A request's view of the server's store: its own cursor; writes take the server's lock."""

    def __init__(
        self,
        conn: duckdb.DuckDBPyConnection,
        path: Path | None,
        write_lock: threading.Lock,
        read_only_reason: str | None,
    ) -> None:
        super().__init__(conn, path, read_only_reason=read_only_reason)
        self._write_lock = write_lock

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction at a time in this server: no write-write conflicts between requests."""
        with self._write_lock, super().transaction() as tx:
            yield tx


class ServerDatabase:
    """Opens the database on demand, shares it between requests and closes it when idle."""

    def __init__(
        self,
        path: Path | None,
        *,
        read_only_reason: str | None = None,
        linger: float = DEFAULT_LINGER,
        wait: float | None = None,
    ) -> None:
        self.read_only_reason = read_only_reason
        self.linger = linger
        self.wait = wait
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._store: Store | None = None
        self._users = 0
        self._last = 0.0
        self._closed_stamp: tuple[tuple[int, int] | None, ...] | None = None
        self._reaper: threading.Thread | None = None
        self._stop = threading.Event()
        self.path: Path | None = path
        first = self._open()  # create and migrate now, so requests find a ready file
        self.path = first.path
        #: The team store: other processes write it, and it has no file lock to give up,
        #: so the server keeps its connection and caches nothing across requests.
        self.shared = first.shared
        with self._lock:
            self._store = first
            self._last = time.monotonic()
        self._start_reaper()

    def _open(self) -> Store:
        return open_store_waiting(
            self.path, wait=self.wait, read_only=self.read_only_reason is not None
        )

    @property
    def is_open(self) -> bool:
        """Whether the server holds the file right now."""
        return self._store is not None

    def _start_reaper(self) -> None:
        self._reaper = threading.Thread(target=self._reap, name="db-idle-close", daemon=True)
        self._reaper.start()

    def _reap(self) -> None:
        while not self._stop.wait(self.linger / 2):
            with self._lock:
                idle = time.monotonic() - self._last
                if (
                    self._store is not None
                    and not self.shared
                    and self._users == 0
                    and idle >= self.linger
                ):
                    self._close_locked()

    def _close_locked(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
            self._closed_stamp = _stamp(self.path)

    def check_outside_changes(self) -> None:
        """If the file changed while the server did not hold it, make cached reads stale."""
        with self._lock:
            self._check_locked()

    def _check_locked(self) -> None:
        if self._store is None and self._closed_stamp is not None and self.path is not None:
            now = _stamp(self.path)
            if now != self._closed_stamp:
                bump_generation(self.path)
                self._closed_stamp = now

    def generation(self) -> object:
        """A value that changes whenever the data may have changed (a cache key).

        Called on the event loop, so it never waits: while another thread holds the
        lock (opening the file, perhaps waiting for a CLI command) it answers None,
        "unknown now", and the caller does not cache.
        """
        if not self._lock.acquire(blocking=False):
            return None
        try:
            self._check_locked()
        finally:
            self._lock.release()
        if self.path is None:
            return None
        return generation_of(self.path)

    def enter_nowait(self) -> ServerStore | None:
        """A request's store at once if the file is open and free to share, else None.

        Never waits, so the event loop may call it: None means "open it in a thread"
        (:meth:`enter`). Give the store back with :meth:`leave`.
        """
        if not self._lock.acquire(blocking=False):
            return None
        try:
            if self._store is None:
                return None
            self._users += 1
            conn = self._store.conn
        finally:
            self._lock.release()
        return self._cursor_store(conn)

    def enter(self) -> ServerStore:
        """A request's store, opening the file first if the server let go of it (may wait)."""
        with self._lock:
            if self._store is None:
                self._check_locked()
                self._store = self._open()
            self._users += 1
            conn = self._store.conn
        return self._cursor_store(conn)

    def _cursor_store(self, conn: duckdb.DuckDBPyConnection) -> ServerStore:
        try:
            cursor = conn.cursor()
        except BaseException:
            self._release()
            raise
        return ServerStore(cursor, self.path, self._write_lock, self.read_only_reason)

    def leave(self, store: Store) -> None:
        """Give back a store from :meth:`enter`: close its cursor; the file stays open until idle.

        Quick enough for the event loop: while a request holds a store the file is open,
        so nobody holds the lock to open it.
        """
        try:
            store.conn.close()
        finally:
            self._release()

    def _release(self) -> None:
        with self._lock:
            self._users -= 1
            self._last = time.monotonic()

    @contextmanager
    def request_store(self) -> Iterator[Store]:
        """A store on its own cursor for one request; the file stays open until idle."""
        store = self.enter()
        try:
            yield store
        finally:
            self.leave(store)

    def close(self) -> None:
        """Stop the idle reaper and close the file."""
        self._stop.set()
        with self._lock:
            self._close_locked()
