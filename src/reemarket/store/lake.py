"""The team store: DuckLake with a PostgreSQL catalog, behind the same connection interface.

:class:`LakeConnection` wraps a DuckDB connection attached to the lake and keeps what
DuckLake itself does not (see ``store/lake_dialect.py``):

* **Writers are serialised optimistically.** Every transaction first bumps a token row
  in ``reemarket_lake_sequences``. DuckLake reports a conflict at commit when two
  transactions changed the same table, so of two overlapping writers one commits and the
  other fails with :class:`WriteConflictError` and is retried by the store
  (``store.db.retrying``). A transaction therefore sees every write committed before it,
  and the checks it makes (``WHERE NOT EXISTS``, "is this document stored?") hold at
  its commit.
* **Ids without sequences.** An ``INSERT`` that leaves out a generated id column gets
  ids from a counter row read once per transaction and written back at commit.
* **Keys.** Before a commit, every table with a primary or unique key that the
  transaction wrote is checked for duplicates; one found fails the commit with
  ``duckdb.ConstraintException``, as DuckDB would.
* **RETURNING and ON CONFLICT**, which DuckLake does not take, are carried out as
  separate statements in the same transaction.

Everything else passes to DuckDB unchanged.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb

from reemarket.errors import StoreError, WriteConflictError
from reemarket.store.lake_dialect import Key, find_top_keyword, split_top, unquote

CATALOG = "lake"
"""The name the team store is attached under in every connection."""

SEQUENCES = "reemarket_lake_sequences"
KEYS = "reemarket_lake_keys"
WRITE_TOKEN = "__writes"

_NAME = r'(?:"[^"]+"|[A-Za-z_][\w$]*)(?:\.(?:"[^"]+"|[A-Za-z_][\w$]*))*'
_INSERT = re.compile(rf"INSERT\s+INTO\s+({_NAME})\s*(\((?:[^()]*)\))?\s*(.*)$", re.I | re.S)
_UPDATE = re.compile(rf"UPDATE\s+({_NAME})\b", re.I)
_DELETE = re.compile(rf"DELETE\s+FROM\s+({_NAME})\b", re.I)
_CONFLICT = re.compile(
    r"ON\s+CONFLICT\s*(?:\(([^)]*)\))?\s*DO\s+(NOTHING|UPDATE\s+SET\s+(.*))$", re.I | re.S
)
_FIRST_WORD = re.compile(r"\s*(\w+)")


def _one_row(src: str) -> bool:
    """Whether an INSERT source is ``VALUES (...)`` with a single row."""
    text = src.strip()
    if not re.match(r"VALUES\b", text, re.I):
        return False
    return len(split_top(text[len("VALUES") :], ",")) == 1


def is_conflict(exc: BaseException) -> bool:
    """Whether a DuckDB error is DuckLake's transaction conflict."""
    text = str(exc)
    return "Transaction conflict" in text or "Failed to commit DuckLake transaction" in text


def count_params(sql: str) -> int:
    """The ``?`` placeholders of a statement, outside quotes."""
    n, quote = 0, ""
    for ch in sql:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in ("'", '"'):
            quote = ch
        elif ch == "?":
            n += 1
    return n


@dataclass
class LakeKeys:
    """The keys the lake store keeps, by table, shared by a connection and its cursors."""

    keys: list[Key] = field(default_factory=list)

    def of(self, table: str, kind: str) -> list[Key]:
        """The keys of one kind on a table."""
        return [k for k in self.keys if k.table == table and k.kind == kind]


@dataclass
class _Tx:
    counters: dict[str, list[int]] = field(default_factory=dict)  # seq: [stored, next]
    touched: set[str] = field(default_factory=set)


class LakeConnection:
    """A DuckDB connection on the team store that keeps ids, keys and serialised writes.

    It offers the methods the store modules call on a ``DuckDBPyConnection`` (``execute``,
    ``fetchone``, ``fetchall``, ``sql``, ``register``, ``cursor`` ...); any other
    attribute is the wrapped connection's.
    """

    def __init__(self, conn: duckdb.DuckDBPyConnection, location: str, keys: LakeKeys) -> None:
        self.raw = conn
        self.location = location
        self.keys = keys
        self._tx: _Tx | None = None
        self._rows: list[tuple[Any, ...]] | None = None

    # -- the DuckDBPyConnection surface ---------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        """Anything not handled here is the wrapped connection's."""
        return getattr(self.raw, name)

    def cursor(self) -> LakeConnection:
        """A new connection to the same lake (its own transactions)."""
        cur = self.raw.cursor()
        cur.execute(f"USE {CATALOG}")
        return LakeConnection(cur, self.location, self.keys)

    def fetchall(self) -> list[tuple[Any, ...]]:
        """The rest of the last result."""
        if self._rows is not None:
            rows, self._rows = self._rows, []
            return rows
        return self.raw.fetchall()

    def fetchone(self) -> tuple[Any, ...] | None:
        """The next row of the last result."""
        if self._rows is not None:
            return self._rows.pop(0) if self._rows else None
        return self.raw.fetchone()

    def execute(
        self, sql: str, parameters: Sequence[object] | Mapping[str, object] | None = None
    ) -> LakeConnection:
        """Run one statement, in the lake's terms (named parameters: reads only)."""
        self._rows = None
        if isinstance(parameters, Mapping):
            self._plain(sql, parameters)
            return self
        params = list(parameters or [])
        m = _FIRST_WORD.match(sql)
        word = m.group(1).upper() if m else ""
        if word in ("BEGIN", "START"):
            self._begin()
        elif word in ("COMMIT", "END"):
            self._commit()
        elif word in ("ROLLBACK", "ABORT"):
            self._tx = None
            self.raw.execute("ROLLBACK")
        elif word in ("INSERT", "UPDATE", "DELETE") and self._tx is None:
            self._autocommit(sql, params)
        elif word == "INSERT":
            self._insert(sql, params)
        elif word in ("UPDATE", "DELETE"):
            self._change(word, sql, params)
        else:
            self._plain(sql, params)
        return self

    # -- transactions ------------------------------------------------------------------
    def _plain(self, sql: str, params: list[object] | Mapping[str, object]) -> None:
        try:
            self.raw.execute(sql, params)
        except duckdb.Error:
            if self._tx is None:  # DuckLake can leave an autocommit statement's tx open
                self._quiet_rollback()
            raise

    def _quiet_rollback(self) -> None:
        with contextlib.suppress(duckdb.Error):
            self.raw.execute("ROLLBACK")

    def _begin(self) -> None:
        self.raw.execute("BEGIN TRANSACTION")
        self._tx = _Tx()
        try:
            self.raw.execute(
                f"UPDATE {SEQUENCES} SET value = value + 1 WHERE name = ?", [WRITE_TOKEN]
            )
        except duckdb.Error:
            self._tx = None
            self._quiet_rollback()
            raise

    def _commit(self) -> None:
        tx = self._tx
        if tx is None:
            self.raw.execute("COMMIT")
            return
        try:
            for seq, (stored, nxt) in tx.counters.items():
                if nxt != stored:
                    self.raw.execute(
                        f"UPDATE {SEQUENCES} SET value = ? WHERE name = ?", [nxt - 1, seq]
                    )
            for table in sorted(tx.touched):
                self._check_unique(table)
            self.raw.execute("COMMIT")
        except duckdb.Error as exc:
            self._quiet_rollback()
            if is_conflict(exc):
                raise WriteConflictError(
                    f"{self.location}: write conflict: another process changed the team store"
                    " at the same time"
                ) from exc
            raise
        finally:
            self._tx = None

    def _autocommit(self, sql: str, params: list[object]) -> None:
        self._begin()
        try:
            self.execute(sql, params)
            rows = self._rows if self._rows is not None else self.raw.fetchall()
        except BaseException:
            self._tx = None
            self._quiet_rollback()
            raise
        self._commit()
        self._rows = rows

    def _check_unique(self, table: str) -> None:
        for key in self.keys.of(table, "unique"):
            cols = ", ".join(f'"{c}"' for c in key.columns)
            dup = self.raw.execute(
                f"SELECT {cols} FROM {table} GROUP BY ALL HAVING count(*) > 1 LIMIT 1"
            ).fetchall()
            if dup:
                raise duckdb.ConstraintException(
                    f'Constraint Error: Duplicate key "{", ".join(key.columns)}: '
                    f'{", ".join(map(str, dup[0]))}" violates the unique key of {table}'
                )

    # -- ids ---------------------------------------------------------------------------
    def next_ids(self, sequence: str, n: int) -> int:
        """The first of ``n`` new values of ``sequence``, inside a transaction."""
        if self._tx is None:
            raise StoreError(f"{self.location}: ids are drawn inside a transaction")
        return self._next_ids(sequence, n)

    def _next_ids(self, sequence: str, n: int) -> int:
        """The first of ``n`` new values of ``sequence`` (kept for this transaction)."""
        assert self._tx is not None
        slot = self._tx.counters.get(sequence)
        if slot is None:
            row = self.raw.execute(
                f"SELECT value FROM {SEQUENCES} WHERE name = ?", [sequence]
            ).fetchall()
            if not row:
                raise StoreError(f"{self.location}: the team store has no counter {sequence!r}")
            stored = int(row[0][0]) + 1
            slot = [stored, stored]
            self._tx.counters[sequence] = slot
        first = slot[1]
        slot[1] += n
        return first

    # -- writes ------------------------------------------------------------------------
    def _columns_of(self, table: str) -> list[str]:
        rows = self.raw.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_catalog = ?"
            " AND table_name = ? ORDER BY ordinal_position",
            [CATALOG, table],
        ).fetchall()
        return [str(r[0]) for r in rows]

    def _insert(self, sql: str, params: list[object]) -> None:
        m = _INSERT.match(sql.strip().rstrip(";"))
        if m is None:
            self._plain(sql, params)
            return
        assert self._tx is not None
        name, table = m.group(1), unquote(m.group(1))
        listed = m.group(2)
        rest = m.group(3)
        ret_at = find_top_keyword(rest, "RETURNING")
        conflict_at = find_top_keyword(rest, "ON CONFLICT")
        ends = [p for p in (ret_at, conflict_at) if p >= 0]
        src = rest[: min(ends)] if ends else rest
        returning = rest[ret_at + len("RETURNING") :].strip() if ret_at >= 0 else None
        conflict = (
            rest[conflict_at : ret_at if ret_at > conflict_at else None].strip()
            if (conflict_at >= 0)
            else None
        )
        cols = (
            [unquote(c.strip()) for c in split_top(listed.strip()[1:-1], ",")]
            if listed
            else self._columns_of(table)
        )
        gen = [k for k in self.keys.of(table, "generated") if k.columns[0] not in cols]
        defaults = [k for k in self.keys.of(table, "default") if k.columns[0] not in cols]
        if self.keys.of(table, "unique"):
            self._tx.touched.add(table)
        n_src = count_params(src)
        src_params, extra = params[:n_src], params[n_src:]
        if not gen and not defaults and conflict is None and returning is None:
            self.raw.execute(sql, params)
            return
        col_list = ", ".join(f'"{c}"' for c in cols)
        source = base = f"SELECT * FROM ({src}) AS _src({col_list})"
        key_cols: list[str] = []
        updates = False
        if conflict is not None:
            source, src_params, key_cols, updates = self._on_conflict(
                name, table, conflict, source, src_params, extra
            )
        elif returning is not None:
            key_cols = self._key_for(table)
        wanted: list[tuple[Any, ...]] = []
        if returning is not None and not (gen and not updates):
            if not key_cols:
                raise StoreError(f"{table}: RETURNING needs a key on the team store")
            keys = ", ".join(f'"{c}"' for c in key_cols)
            # the rows this statement inserts (or updates): their keys, read before it runs
            wanted = [
                tuple(r)
                for r in self.raw.execute(
                    f"SELECT {keys} FROM ({source if not updates else base}) AS _w",
                    src_params if not updates else params[:n_src],
                ).fetchall()
            ]
        first = 0
        count = 0
        if gen:
            if conflict is None and _one_row(src):
                count = 1
            else:
                found = self.raw.execute(f"SELECT count(*) FROM ({source})", src_params).fetchall()
                count = int(found[0][0])
            if count:
                first = self._next_ids(gen[0].detail, count)
        if count or not gen:
            extra_cols = [k.columns[0] for k in gen] + [k.columns[0] for k in defaults]
            extra_exprs = ["? + row_number() OVER () - 1" for _ in gen] + [
                k.detail for k in defaults
            ]
            all_cols = ", ".join(f'"{c}"' for c in [*extra_cols, *cols])
            exprs = ", ".join([*extra_exprs, "*"])
            gen_params: list[object] = [first] * len(gen)
            self.raw.execute(
                f"INSERT INTO {name} ({all_cols}) SELECT {exprs} FROM ({source}) AS _ins",
                [*gen_params, *src_params],
            )
        if returning is None:
            self._rows = [(count,)] if gen else None
        elif gen and not updates and unquote(returning.strip()) == gen[0].columns[0]:
            self._rows = [(i,) for i in range(first, first + count)]
        elif gen and not updates:
            idcol = gen[0].columns[0]
            self._rows = [
                tuple(r)
                for r in self.raw.execute(
                    f'SELECT {returning} FROM {name} WHERE "{idcol}" BETWEEN ? AND ?'
                    f' ORDER BY "{idcol}"',
                    [first, first + count - 1],
                ).fetchall()
            ]
        else:
            keys = ", ".join(f'"{c}"' for c in key_cols)
            self._rows = self._reselect(name, returning, keys, wanted)

    def _key_for(self, table: str) -> list[str]:
        unique = self.keys.of(table, "unique")
        if unique:
            return list(unique[0].columns)
        gen = self.keys.of(table, "generated")
        return list(gen[0].columns) if gen else []

    def _on_conflict(
        self,
        name: str,
        table: str,
        conflict: str,
        source: str,
        src_params: list[object],
        extra: list[object],
    ) -> tuple[str, list[object], list[str], bool]:
        """Carry out ``ON CONFLICT``: update the rows whose key exists, insert only new keys."""
        m = _CONFLICT.match(conflict)
        if m is None:
            raise StoreError(f"{table}: this ON CONFLICT form is not supported on the team store")
        key_cols = (
            [unquote(c.strip()) for c in m.group(1).split(",")]
            if m.group(1)
            else self._key_for(table)
        )
        if not key_cols:
            raise StoreError(f"{table}: ON CONFLICT needs a key on the team store")
        match = " AND ".join(f'_t."{c}" = _src."{c}"' for c in key_cols)
        if m.group(3) is not None:
            body = m.group(3)
            where_at = find_top_keyword(body, "WHERE")
            sets = body[:where_at] if where_at >= 0 else body
            cond = body[where_at + len("WHERE") :] if where_at >= 0 else None
            n_set = count_params(sets)
            sets = re.sub(r"\bexcluded\.", "_src.", sets, flags=re.I)
            sets = re.sub(rf"\b{re.escape(table)}\.", "_t.", sets)
            where = f"WHERE {match}" + (
                " AND (" + re.sub(r"\bexcluded\.", "_src.", cond, flags=re.I) + ")" if cond else ""
            )
            where = re.sub(rf"\b{re.escape(table)}\.", "_t.", where)
            self.raw.execute(
                f"UPDATE {name} AS _t SET {sets} FROM ({source}) AS _src {where}",
                [*extra[:n_set], *src_params, *extra[n_set:]],
            )
        filtered = (
            f"SELECT * FROM ({source}) AS _src WHERE NOT EXISTS"
            f" (SELECT 1 FROM {name} AS _t WHERE {match})"
        )
        return filtered, src_params, key_cols, m.group(3) is not None

    def _change(self, word: str, sql: str, params: list[object]) -> None:
        """UPDATE or DELETE, with RETURNING carried out as a query."""
        assert self._tx is not None
        pattern = _UPDATE if word == "UPDATE" else _DELETE
        m = pattern.match(sql.strip())
        table = unquote(m.group(1)) if m else ""
        if word == "UPDATE" and self.keys.of(table, "unique"):
            self._tx.touched.add(table)
        ret_at = find_top_keyword(sql, "RETURNING")
        if ret_at < 0 or m is None:
            self.raw.execute(sql, params)
            return
        statement, returning = sql[:ret_at], sql[ret_at + len("RETURNING") :].strip()
        key = self._key_for(table)
        if not key:
            raise StoreError(f"{table}: RETURNING needs a key on the team store")
        where_at = find_top_keyword(statement, "WHERE")
        cond = statement[where_at + len("WHERE") :] if where_at >= 0 else "TRUE"
        cond_params = params[count_params(statement[:where_at]) :] if where_at >= 0 else []
        keys = ", ".join(f'"{c}"' for c in key)
        before = self.raw.execute(
            f"SELECT {keys}, {returning} FROM {m.group(1)} WHERE {cond}", cond_params
        ).fetchall()
        self.raw.execute(statement, params)
        if word == "DELETE":
            self._rows = [tuple(r[len(key) :]) for r in before]
            return
        wanted = [tuple(r[: len(key)]) for r in before]
        if not wanted:
            self._rows = []
            return
        self._rows = self._reselect(m.group(1), returning, keys, wanted)

    def _reselect(
        self, name: str, returning: str, keys: str, wanted: list[tuple[Any, ...]]
    ) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        for value in wanted:
            values = list(value)
            marks = ", ".join("?" for _ in values)
            out.extend(
                tuple(r)
                for r in self.raw.execute(
                    f"SELECT {returning} FROM {name} WHERE ({keys}) = ({marks})", values
                ).fetchall()
            )
        return out
