"""The database: an embedded DuckDB file, opened, checked and migrated in place.

``open_store(path)`` opens (or creates) a reemarket database. A file that is not a
DuckDB database, or a DuckDB database that another program made, is refused with
:class:`DatabaseFileError` and left untouched. Migrations are the numbered SQL
files in ``store/migrations``; each runs in its own transaction and is recorded in
``schema_migrations``, so an older file upgrades in place.

Every write goes through :meth:`Store.transaction`: all of it lands or none.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import duckdb
import platformdirs

from reemarket.errors import DatabaseFileError, NotFoundError, StoreBusyError, StoreError
from reemarket.store.extensions import NO_DOWNLOADS

APP_ID = "reemarket"
#: Every connection: never fetch or load DuckDB extensions on its own (no network).
CONFIG = NO_DOWNLOADS
_LOCK_PID = re.compile(r"Conflicting lock is held in (.*?) \(PID (\d+)\)")
_MIGRATION_NAME = re.compile(r"(\d{4})_(\w+)\.sql")


@dataclass(frozen=True)
class Migration:
    """One numbered schema step."""

    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """Return the bundled migrations in order."""
    folder = resources.files("reemarket.store.migrations")
    found = []
    for entry in folder.iterdir():
        m = _MIGRATION_NAME.fullmatch(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text("utf-8")))
    return sorted(found, key=lambda mig: mig.version)


def default_db_path() -> Path:
    """The database path: ``REEMARKET_DB``, else ``reemarket.duckdb`` in the user data dir."""
    env = os.environ.get("REEMARKET_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("reemarket")) / "reemarket.duckdb"


def fetch_one(
    conn: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None
) -> tuple[object, ...] | None:
    """Run a query and return its first row, consuming the whole result.

    DuckDB 2 keeps a result open until it is read to the end, and refuses other
    work on the connection meanwhile; ``fetchone`` alone would leave it open.
    """
    rows = conn.execute(sql, params or []).fetchall()
    return rows[0] if rows else None


#: Commits so far per database file in this process: a key for caches of what was read.
_generations: dict[str, int] = {}


def generation_of(path: Path) -> tuple[str, int]:
    """(file, changes counted so far in this process): the cache key of what was read."""
    key = str(path.resolve())
    return key, _generations.get(key, 0)


def bump_generation(path: Path) -> None:
    """Count a change made to ``path`` by another process: cached reads of it go stale."""
    key = str(path.resolve())
    _generations[key] = _generations.get(key, 0) + 1


class Store:
    """An open reemarket database."""

    def __init__(
        self,
        conn: duckdb.DuckDBPyConnection,
        path: Path | None,
        *,
        read_only_reason: str | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        #: Why this store cannot be written (None: it can).
        self.read_only_reason = read_only_reason

    @property
    def generation(self) -> tuple[str, int] | None:
        """(file, commits so far in this process): changes whenever this process writes.

        A DuckDB file is locked by the process that writes it, so within that process
        this identifies the data read; None for an in-memory database (not cached).
        """
        if self.path is None:
            return None
        key = str(self.path.resolve())
        return key, _generations.get(key, 0)

    def _committed(self) -> None:
        if self.path is not None:
            key = str(self.path.resolve())
            _generations[key] = _generations.get(key, 0) + 1

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Run a block in one transaction: commit on success, roll back on any error."""
        if self.read_only_reason is not None:
            raise StoreError(f"{self.path}: cannot write: {self.read_only_reason}")
        self.conn.execute("BEGIN TRANSACTION")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
            self._committed()

    def schema_version(self) -> int:
        """The highest migration applied."""
        row = fetch_one(self.conn, "SELECT max(version) FROM schema_migrations")
        return int(str(row[0])) if row and row[0] is not None else 0

    def migrate(self) -> list[int]:
        """Apply pending migrations in order; return the versions applied."""
        applied = []
        current = self.schema_version()
        for mig in migrations():
            if mig.version <= current:
                continue
            with self.transaction() as tx:
                tx.execute(mig.sql)
                tx.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, now())", [mig.version, mig.name]
                )
            applied.append(mig.version)
        return applied

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        """Use the store as a context manager that closes it."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close the store."""
        self.close()


def _tables(conn: duckdb.DuckDBPyConnection) -> set[str]:
    rows = conn.execute("SELECT table_name FROM information_schema.tables").fetchall()
    return {r[0] for r in rows}


def _bootstrap(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute("BEGIN TRANSACTION")
    conn.execute("CREATE TABLE reemarket_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
    conn.execute("INSERT INTO reemarket_meta VALUES ('app', ?)", [APP_ID])
    conn.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
        " applied_at TIMESTAMPTZ NOT NULL)"
    )
    conn.execute("COMMIT")


def _connect_error(target: Path | None, exc: duckdb.Error) -> StoreError:
    """The one-line error for a file DuckDB would not open."""
    text = str(exc)
    lock = _LOCK_PID.search(text)
    if lock:
        return StoreBusyError(
            f"{target}: in use by process {lock.group(2)} ({lock.group(1)}); "
            "stop it or use another database"
        )
    first = text.splitlines()[0] if text else type(exc).__name__
    return DatabaseFileError(f"{target}: not a usable DuckDB database ({first})")


def _unwritable(target: Path) -> str | None:
    """Why a database file cannot be written here, or None if it can."""
    if target.exists() and not os.access(target, os.W_OK):
        return "the file is read-only"
    if not os.access(target.parent, os.W_OK):
        return f"its folder {target.parent} is read-only"
    return None


def _check_whole(conn: duckdb.DuckDBPyConnection, target: Path) -> None:
    """Refuse a file shorter than the blocks its own header counts (a truncated copy).

    DuckDB reads blocks lazily, so a cut file would open and fail later, mid-command.
    """
    # used blocks, not total: DuckDB truncates free blocks at the end of the file on a
    # checkpoint while still counting them in total_blocks (seen after a server's writes)
    row = fetch_one(conn, "SELECT used_blocks, block_size FROM pragma_database_size()")
    if row is None:
        return
    needed = int(str(row[0])) * int(str(row[1]))
    size = target.stat().st_size
    if size < needed:
        raise DatabaseFileError(
            f"{target}: truncated or damaged ({size} bytes, its header counts at least {needed})"
        )


def open_store(
    path: Path | str | None = None, *, read_only: bool = False, create: bool = True
) -> Store:
    """Open a reemarket database, creating and migrating it as needed.

    ``path`` ``None`` means :func:`default_db_path`; ``":memory:"`` an in-memory database.
    ``create=False`` refuses a file that does not exist (:class:`NotFoundError`) instead
    of making an empty one: for commands that only read. A file in a folder this process
    cannot write is opened read-only, and any write then fails with a one-line error.
    A file whose schema is newer than this code knows is refused.
    """
    target = Path(path) if path is not None and str(path) != ":memory:" else None
    if path is None:
        target = default_db_path()
    reason: str | None = None
    if target is not None:
        if target.is_dir():
            raise DatabaseFileError(f"{target}: is a folder, not a database file")
        if not target.exists():
            if not create:
                raise NotFoundError(f"{target}: no such database file")
            target.parent.mkdir(parents=True, exist_ok=True)
        reason = _unwritable(target)
        if reason is not None and not target.exists():
            raise StoreError(f"{target}: cannot create the database: {reason}")
        if reason is not None:
            read_only = True
    try:
        conn = duckdb.connect(
            str(target) if target else ":memory:", read_only=read_only, config=CONFIG
        )
    except duckdb.Error as exc:
        raise _connect_error(target, exc) from exc
    try:
        tables = _tables(conn)
        if "reemarket_meta" not in tables:
            if tables:
                raise DatabaseFileError(
                    f"{target}: a DuckDB database made by another program (tables: "
                    f"{', '.join(sorted(tables)[:5])}); refusing to touch it"
                )
            if read_only:
                raise StoreError(f"{target}: empty database opened read-only")
            _bootstrap(conn)
        app = fetch_one(conn, "SELECT value FROM reemarket_meta WHERE key = 'app'")
        if not app or app[0] != APP_ID:
            raise DatabaseFileError(f"{target}: not a reemarket database")
        store = Store(conn, target, read_only_reason=reason)
        known = max((m.version for m in migrations()), default=0)
        found = store.schema_version()
        if found > known:
            raise StoreError(
                f"{target}: schema version {found} is newer than this reemarket knows"
                f" ({known}); upgrade reemarket to use this database"
            )
        if target is not None:
            _check_whole(conn, target)
        if not read_only:
            store.migrate()
        return store
    except duckdb.Error as exc:
        conn.close()
        raise DatabaseFileError(
            f"{target}: damaged or unreadable ({str(exc).splitlines()[0]})"
        ) from exc
    except BaseException:
        conn.close()
        raise
