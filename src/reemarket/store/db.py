"""The database: an embedded DuckDB file (default) or the team store, opened and migrated.

``open_store(path)`` opens (or creates) a reemarket database. A file that is not a
DuckDB database, or a DuckDB database that another program made, is refused with
:class:`DatabaseFileError` and left untouched. Migrations are the numbered SQL
files in ``store/migrations``; each runs in its own transaction and is recorded in
``schema_migrations``, so an older file upgrades in place.

Every write goes through :meth:`Store.transaction`: all of it lands or none.

A location in DuckLake's own form (``ducklake:postgres:dbname=... host=...``) opens the
team store instead (``store/lake.py``): the same tables, migrations translated to the
lake dialect, and the same query modules over a :class:`~reemarket.store.lake.LakeConnection`.
"""

from __future__ import annotations

import functools
import os
import random
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar, cast

import duckdb
import platformdirs

from reemarket.errors import (
    DatabaseFileError,
    NotFoundError,
    StoreBusyError,
    StoreError,
    WriteConflictError,
)
from reemarket.store.extensions import NO_DOWNLOADS, load_extension
from reemarket.store.lake import (
    CATALOG,
    KEYS,
    SEQUENCES,
    WRITE_TOKEN,
    LakeConnection,
    LakeKeys,
    is_conflict,
)
from reemarket.store.lake_dialect import Key, translate

APP_ID = "reemarket"
#: Every connection: never fetch or load DuckDB extensions on its own (no network).
CONFIG = NO_DOWNLOADS
_LOCK_PID = re.compile(r"Conflicting lock is held in (.*?) \(PID (\d+)\)")
_MIGRATION_NAME = re.compile(r"(\d{4})_(\w+)\.sql")
#: The prefix of a team-store location (DuckLake's own form).
LAKE_PREFIX = "ducklake:"
#: Environment variable naming the team store's folder for Parquet files.
DATA_PATH_ENV = "REEMARKET_DATA_PATH"
#: Attempts of a write that loses to other writers on the team store.
WRITE_ATTEMPTS = 12
_P = ParamSpec("_P")
_T = TypeVar("_T")


def is_lake(location: Path | str | None) -> bool:
    """Whether a database location names the team store (DuckLake)."""
    return location is not None and str(location).startswith(LAKE_PREFIX)


def shown(location: str) -> str:
    """A location with any password masked, for messages."""
    return re.sub(r"(password=)\S+", r"\1***", location)


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


@functools.lru_cache(maxsize=256)
def _file_key(path: Path) -> str:
    """The resolved name of a database file, remembered.

    Resolving costs a system call per folder of the path, and a server asks for it
    several times per request: a tenth of an uncached series request's time under load.
    """
    return str(path.resolve())


def generation_of(path: Path) -> tuple[str, int]:
    """(file, changes counted so far in this process): the cache key of what was read."""
    key = _file_key(path)
    return key, _generations.get(key, 0)


def bump_generation(path: Path) -> None:
    """Count a change made to ``path`` by another process: cached reads of it go stale."""
    key = _file_key(path)
    _generations[key] = _generations.get(key, 0) + 1


class Store:
    """An open reemarket database."""

    def __init__(
        self,
        conn: duckdb.DuckDBPyConnection,
        path: Path | str | None,
        *,
        read_only_reason: str | None = None,
    ) -> None:
        self.conn = conn
        self.path = Path(path) if path is not None else None
        #: Why this store cannot be written (None: it can).
        self.read_only_reason = read_only_reason
        #: ``duckdb`` (an embedded file) or ``ducklake`` (the team store).
        self.backend = "ducklake" if isinstance(conn, LakeConnection) else "duckdb"
        #: True while a transaction of this store is open.
        self.in_transaction = False

    @property
    def shared(self) -> bool:
        """Whether other processes may write this store while it is open (the team store)."""
        return self.backend == "ducklake"

    @property
    def generation(self) -> tuple[str, int] | None:
        """(file, commits so far in this process): changes whenever this process writes.

        A DuckDB file is locked by the process that writes it, so within that process
        this identifies the data read; None for an in-memory database (not cached).
        """
        if self.path is None:
            return None
        if self.shared:  # other processes write too: the lake's snapshot says what was read
            row = fetch_one(self.conn, f"SELECT id FROM {CATALOG}.current_snapshot()")
            return str(self.path), int(str(row[0])) if row else 0
        key = _file_key(self.path)
        return key, _generations.get(key, 0)

    def _committed(self) -> None:
        if self.path is not None and not self.shared:
            key = _file_key(self.path)
            _generations[key] = _generations.get(key, 0) + 1

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Run a block in one transaction: commit on success, roll back on any error."""
        if self.read_only_reason is not None:
            raise StoreError(f"{self.path}: cannot write: {self.read_only_reason}")
        self.conn.execute("BEGIN TRANSACTION")
        self.in_transaction = True
        try:
            yield self.conn
        except BaseException:
            self.in_transaction = False
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.in_transaction = False
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
            if self.shared:
                _migrate_lake(self, mig)
                applied.append(mig.version)
                continue
            with self.transaction() as tx:
                tx.execute(mig.sql)
                tx.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, now())", [mig.version, mig.name]
                )
            applied.append(mig.version)
        return applied

    def limit_threads(self, threads: int) -> None:
        """Let DuckDB use at most ``threads`` threads on this connection's queries.

        DuckDB takes every core by default; processes that each hold a connection and
        share the cores (the parallel ingest's workers) only contend for them.
        """
        self.conn.execute(f"SET threads = {int(threads)}")

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        """Use the store as a context manager that closes it."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close the store."""
        self.close()


def retrying(fn: Callable[Concatenate[Store, _P], _T]) -> Callable[Concatenate[Store, _P], _T]:
    """Run a store write again when it loses a write conflict on the team store.

    The wrapped function must own its transaction (it is run whole again). After
    :data:`WRITE_ATTEMPTS` lost attempts the :class:`WriteConflictError` is raised, with
    a message saying to try again. Inside another transaction it is not retried here.
    """

    @functools.wraps(fn)
    def wrapper(store: Store, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return fn(store, *args, **kwargs)
            except WriteConflictError as exc:
                if store.in_transaction:
                    raise
                if attempt == WRITE_ATTEMPTS:
                    raise WriteConflictError(
                        f"{exc}; gave up after {attempt} attempts, try again"
                    ) from exc
                time.sleep(random.uniform(0.005, 0.02) * min(attempt, 8))
        raise AssertionError("unreachable")

    return wrapper


def _migrate_lake(store: Store, mig: Migration) -> None:
    """Apply one migration to the team store in the lake dialect, with its kept keys."""
    lake = cast(LakeConnection, store.conn)
    tr = translate(mig.sql)
    with store.transaction() as tx:
        for key in tr.keys:
            tx.execute(
                f"INSERT INTO {KEYS} VALUES (?, ?, ?, ?, ?)",
                [key.table, key.kind, ",".join(key.columns), key.detail, mig.version],
            )
            if key.kind == "generated":
                tx.execute(
                    f"INSERT INTO {SEQUENCES} SELECT ?, 0 WHERE NOT EXISTS"
                    f" (SELECT 1 FROM {SEQUENCES} WHERE name = ?)",
                    [key.detail, key.detail],
                )
        lake.keys.keys.extend(tr.keys)
        try:
            for statement in tr.statements:
                tx.execute(statement)
            tx.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, now())", [mig.version, mig.name]
            )
        except BaseException:
            del lake.keys.keys[len(lake.keys.keys) - len(tr.keys) :]
            raise


def _tables(conn: duckdb.DuckDBPyConnection) -> set[str]:
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database()"
    ).fetchall()
    return {r[0] for r in rows}


_BOOTSTRAP = (
    "CREATE TABLE reemarket_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);"
    "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
    " applied_at TIMESTAMPTZ NOT NULL)"
)


def _bootstrap(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute("BEGIN TRANSACTION")
    conn.execute(_BOOTSTRAP)
    conn.execute("INSERT INTO reemarket_meta VALUES ('app', ?)", [APP_ID])
    conn.execute("COMMIT")


def _bootstrap_lake(raw: duckdb.DuckDBPyConnection) -> None:
    """Create the bookkeeping tables of an empty team store in one transaction."""
    tr = translate(_BOOTSTRAP)
    raw.execute("BEGIN TRANSACTION")
    try:
        for statement in tr.statements:
            raw.execute(statement)
        raw.execute(f"CREATE TABLE {SEQUENCES} (name VARCHAR NOT NULL, value BIGINT NOT NULL)")
        raw.execute(
            f"CREATE TABLE {KEYS} (table_name VARCHAR NOT NULL, kind VARCHAR NOT NULL,"
            " columns VARCHAR NOT NULL, detail VARCHAR NOT NULL, version INTEGER NOT NULL)"
        )
        raw.execute(f"INSERT INTO {SEQUENCES} VALUES (?, 0)", [WRITE_TOKEN])
        for key in tr.keys:
            raw.execute(
                f"INSERT INTO {KEYS} VALUES (?, ?, ?, ?, 0)",
                [key.table, key.kind, ",".join(key.columns), key.detail],
            )
        raw.execute("INSERT INTO reemarket_meta VALUES ('app', ?)", [APP_ID])
        raw.execute("COMMIT")
    except duckdb.Error:
        raw.execute("ROLLBACK")
        raise


def _lake_keys(raw: duckdb.DuckDBPyConnection) -> LakeKeys:
    rows = raw.execute(f"SELECT table_name, kind, columns, detail FROM {KEYS}").fetchall()
    return LakeKeys([Key(str(t), str(k), tuple(str(c).split(",")), str(d)) for t, k, c, d in rows])


def _literal(text: str) -> str:
    """A SQL string literal (ATTACH takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def _attach_lake(location: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the team store attached as its default catalog."""
    data = os.environ.get(DATA_PATH_ENV)
    if not data:
        raise StoreError(
            f"{shown(location)}: the team store needs a folder for its data files:"
            f" set {DATA_PATH_ENV}"
        )
    raw = duckdb.connect(":memory:", config=CONFIG)
    try:
        load_extension(raw, "postgres_scanner")
        load_extension(raw, "ducklake")
        path = Path(data).expanduser()
        if not read_only and "://" not in data:
            path.mkdir(parents=True, exist_ok=True)
        target = data if "://" in data else path.as_posix()
        options = [f"DATA_PATH {_literal(target)}"] + (["READ_ONLY"] if read_only else [])
        raw.execute(f"ATTACH {_literal(location)} AS {CATALOG} ({', '.join(options)})")
        raw.execute(f"USE {CATALOG}")
    except (duckdb.Error, OSError) as exc:
        raw.close()
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise StoreError(f"{shown(location)}: cannot open the team store ({first})") from exc
    except BaseException:
        raw.close()
        raise
    return raw


def _open_lake(location: str, *, read_only: bool, create: bool) -> Store:
    """Open the team store; an empty catalog gets the schema, as a new file does."""
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        raw = _attach_lake(location, read_only)
        try:
            tables = _tables(raw)
            if "reemarket_meta" not in tables:
                if tables:
                    raise DatabaseFileError(
                        f"{shown(location)}: a DuckLake catalog made by another program"
                        f" (tables: {', '.join(sorted(tables)[:5])}); refusing to touch it"
                    )
                if not create:
                    raise NotFoundError(f"{shown(location)}: the team store is empty")
                if read_only:
                    raise StoreError(f"{shown(location)}: empty team store opened read-only")
                _bootstrap_lake(raw)
            app = fetch_one(raw, "SELECT value FROM reemarket_meta WHERE key = 'app'")
            if not app or app[0] != APP_ID:
                raise DatabaseFileError(f"{shown(location)}: not a reemarket team store")
            conn = LakeConnection(raw, shown(location), _lake_keys(raw))
            store = Store(
                cast(duckdb.DuckDBPyConnection, conn),
                Path(location),
                read_only_reason="opened read-only" if read_only else None,
            )
            known = max((m.version for m in migrations()), default=0)
            found = store.schema_version()
            if found > known:
                raise StoreError(
                    f"{shown(location)}: schema version {found} is newer than this reemarket"
                    f" knows ({known}); upgrade reemarket to use this store"
                )
            if not read_only:
                store.migrate()
            return store
        except (duckdb.Error, WriteConflictError) as exc:
            raw.close()
            if is_conflict(exc) or isinstance(exc, WriteConflictError):
                if attempt < WRITE_ATTEMPTS:
                    time.sleep(random.uniform(0.01, 0.05) * attempt)
                    continue
                raise WriteConflictError(
                    f"{shown(location)}: other processes kept changing the schema; try again"
                ) from exc
            raise StoreError(
                f"{shown(location)}: cannot use the team store ({str(exc).splitlines()[0]})"
            ) from exc
        except BaseException:
            raw.close()
            raise
    raise AssertionError("unreachable")


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
    if path is None:
        path = default_db_path()
    if is_lake(path):
        return _open_lake(str(path), read_only=read_only, create=create)
    target = Path(path) if str(path) != ":memory:" else None
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
