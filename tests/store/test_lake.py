"""The team store: the lake dialect, ids and keys kept by the store, conflicts, many processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import httpx
import pytest

from reemarket.errors import StoreError, WriteConflictError
from reemarket.services.ingest import ingest_paths
from reemarket.store import db as store_db
from reemarket.store import documents as doc_store
from reemarket.store import keys as key_store
from reemarket.store import sources as source_store
from reemarket.store.db import DATA_PATH_ENV, Store, migrations, open_store, retrying
from reemarket.store.lake_dialect import Key, translate
from support import free_port

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
EXE = [sys.executable, "-m", "reemarket"]


# -- the dialect (no database) -----------------------------------------------------------
def test_translation_drops_what_ducklake_lacks_and_keeps_it_as_keys() -> None:
    tr = translate(
        "CREATE SEQUENCE s_seq; -- a comment; with a semicolon\n"
        "CREATE TABLE s (id BIGINT PRIMARY KEY DEFAULT nextval('s_seq'),"
        " url VARCHAR NOT NULL UNIQUE, parent VARCHAR REFERENCES p(id), n INTEGER CHECK (n > 0),"
        " note VARCHAR DEFAULT 'a, (b)');"
        "CREATE TABLE pair (a INTEGER, b INTEGER, PRIMARY KEY (a, b), CHECK (a < b));"
        "CREATE INDEX s_url ON s(url); CREATE UNIQUE INDEX s_n ON s(n, parent);"
        "ALTER TABLE s ADD COLUMN seen TIMESTAMPTZ NOT NULL DEFAULT now();"
        "ALTER TABLE s ADD COLUMN tries INTEGER DEFAULT 0"
    )
    text = " ".join(tr.statements).upper()
    for gone in ("PRIMARY KEY", "UNIQUE", "REFERENCES", "CHECK", "NEXTVAL", "SEQUENCE", "INDEX"):
        assert gone not in text
    assert "DEFAULT 'A, (B)'" in text
    assert tr.dropped == ["s_seq", "s_url", "s_n"]
    assert tr.keys == [
        Key("s", "generated", ("id",), "s_seq"),
        Key("s", "unique", ("url",)),
        Key("pair", "unique", ("a", "b")),
        Key("s", "unique", ("n", "parent")),
        Key("s", "default", ("seen",), "now()"),
    ]
    assert tr.statements[-3:] == [
        "ALTER TABLE s ADD COLUMN seen TIMESTAMPTZ",
        "UPDATE s SET seen = now()",
        "ALTER TABLE s ADD COLUMN tries INTEGER DEFAULT 0",
    ]


def test_every_bundled_migration_translates_with_its_keys() -> None:
    for mig in migrations():
        tr = translate(mig.sql)
        assert tr.statements, mig.name
        seqs = {k.detail for k in tr.keys if k.kind == "generated"}
        assert seqs == {s for s in tr.dropped if s.endswith("_seq")}, mig.name


# -- one catalog, both backends ------------------------------------------------------------
def _columns(store: Store) -> dict[str, list[tuple[str, str]]]:
    rows = store.conn.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns"
        " WHERE table_catalog = current_database() AND table_name NOT LIKE 'reemarket_lake_%'"
        " ORDER BY table_name, ordinal_position"
    ).fetchall()
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in rows:
        out.setdefault(str(table), []).append((str(column), str(kind)))
    return out


def test_every_migration_gives_the_same_tables_on_the_team_store(
    lake_server: object, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    from support import location_for

    with (
        open_store(tmp_path / "file.duckdb") as file,
        open_store(location_for("ducklake", tmp_path, request)) as lake,
    ):
        assert (lake.backend, file.backend) == ("ducklake", "duckdb")
        assert lake.schema_version() == file.schema_version() == migrations()[-1].version
        assert _columns(lake) == _columns(file)


@pytest.fixture
def lake(lake_server: object, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh team-store location."""
    from support import location_for

    return location_for("ducklake", tmp_path, request)


def test_ids_come_from_the_store_across_processes(lake: str) -> None:
    a, b = open_store(lake), open_store(lake)
    try:
        for i in range(3):
            doc_store.record_run(a, "ingest", {"i": i}, {})
            doc_store.record_run(b, "ingest", {"i": i}, {})
        ids = [r[0] for r in a.conn.execute("SELECT id FROM runs ORDER BY id").fetchall()]
        assert ids == [1, 2, 3, 4, 5, 6]
    finally:
        a.close()
        b.close()


def test_a_unique_key_is_kept_and_the_write_undone(lake: str) -> None:
    with open_store(lake) as s:
        key_store.insert_key(s, "one", "rm_1", "hash-1")
        with pytest.raises(duckdb.ConstraintException, match="hash-1"):
            key_store.insert_key(s, "two", "rm_2", "hash-1")
        assert [k.name for k in key_store.all_keys(s)] == ["one"]


@pytest.mark.backends
def test_upserts_and_returning_mean_the_same_on_both(store: Store) -> None:
    with store.transaction() as tx:
        first = source_store.add(tx, "https://a.example/", "a", 3600, None)
        again = source_store.add(tx, "https://a.example/", "other", 60, None)
        second = source_store.add(tx, "https://b.example/", "b", 3600, "zh")
    assert again is None
    assert first is not None
    assert second is not None
    assert first.id < second.id  # (DuckDB spends a sequence value on the conflict)
    upsert = (
        "INSERT INTO source_preferences VALUES (?, ?, ?) ON CONFLICT (product, market)"
        " DO UPDATE SET source = excluded.source RETURNING product, source"
    )
    with store.transaction() as tx:
        assert tx.execute(upsert, ["nd", "cn", "x"]).fetchall() == [("nd", "x")]
        assert tx.execute(upsert, ["nd", "cn", "y"]).fetchall() == [("nd", "y")]
        tx.execute("INSERT INTO source_preferences VALUES ('dy', 'cn', 'z') ON CONFLICT DO NOTHING")
        tx.execute("INSERT INTO source_preferences VALUES ('dy', 'cn', 'w') ON CONFLICT DO NOTHING")
        revoked = tx.execute(
            "UPDATE sources SET failures = failures + ? WHERE url = ? RETURNING url, failures",
            [2, "https://b.example/"],
        ).fetchall()
    assert revoked == [("https://b.example/", 2)]
    rows = store.conn.execute(
        "SELECT product, source FROM source_preferences ORDER BY product"
    ).fetchall()
    assert rows == [("dy", "z"), ("nd", "y")]


def test_a_lost_write_conflict_is_retried(lake: str) -> None:
    a, b = open_store(lake), open_store(lake)
    calls: list[int] = []

    @retrying
    def write(store: Store) -> None:
        with store.transaction() as tx:
            tx.execute("INSERT INTO runs (kind) VALUES ('import')")
            if not calls:  # another process commits meanwhile, once
                doc_store.record_run(b, "ingest", {}, {})
            calls.append(1)

    try:
        write(a)
        assert len(calls) == 2
        kinds = a.conn.execute("SELECT kind FROM runs ORDER BY id").fetchall()
        assert kinds == [("ingest",), ("import",)]
    finally:
        a.close()
        b.close()


def test_conflicts_that_keep_coming_are_one_clear_error(
    lake: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_db, "WRITE_ATTEMPTS", 3)
    a, b = open_store(lake), open_store(lake)

    @retrying
    def write(store: Store) -> None:
        with store.transaction() as tx:
            tx.execute("INSERT INTO runs (kind) VALUES ('import')")
            doc_store.record_run(b, "ingest", {}, {})

    try:
        with pytest.raises(WriteConflictError, match="gave up after 3 attempts, try again"):
            write(a)
        assert a.conn.execute("SELECT count(*) FROM runs WHERE kind = 'import'").fetchall() == [
            (0,)
        ]
    finally:
        a.close()
        b.close()


def _doc(*doc_ids: str) -> doc_store.RowBatch:
    """Documents of one line, no facts, each first of its own story."""
    rows = [(d, f"{d}.txt", None, "txt", None, None, "en", None, None, d, None) for d in doc_ids]
    return doc_store.RowBatch.of(rows, stories=[(d, d, 1.0, b"sig") for d in doc_ids])


def _count(store: Store, table: str, column: str, value: str) -> int:
    row = store.conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", [value]).fetchone()
    return int(row[0]) if row else -1


@pytest.mark.backends
def test_two_writers_on_one_document_end_with_it_once(store: Store, db_location: str) -> None:
    other = open_store(db_location)
    plans: list[set[str]] = []

    def plan(tx: duckdb.DuckDBPyConnection, stored: set[str]) -> doc_store.RowBatch:
        if not plans:  # the other writer stores the same document meanwhile, once
            doc_store.insert_new_documents(other, ["d1"], lambda t, s: _doc() if s else _doc("d1"))
        plans.append(stored)
        return _doc(*(d for d in ("d1", "d2") if d not in stored))

    try:
        if store.shared:  # the first attempt loses the conflict and runs again, seeing d1
            doc_store.insert_new_documents(store, ["d1", "d2"], plan)
            assert plans == [set(), {"d1"}]
        else:  # the file's own primary key refuses the second writer's d1 (and its d2)
            with pytest.raises(duckdb.ConstraintException, match="d1"):
                doc_store.insert_new_documents(store, ["d1", "d2"], plan)
            assert plans == [set()]
            written = doc_store.insert_new_documents(store, ["d1", "d2"], plan)
            assert written.ids == ["d2"]
        assert not doc_store.insert_new_documents(store, ["d1", "d2"], plan)  # all stored
        assert plans[-1] == {"d1", "d2"}
        for doc_id in ("d1", "d2"):
            assert _count(store, "documents", "id", doc_id) == 1
            assert _count(store, "document_stories", "document_id", doc_id) == 1
    finally:
        other.close()


def test_a_key_written_again_is_caught_at_commit_and_undone(lake: str) -> None:
    # writers serialised by the token row see each other's commits; a write that ignores
    # them (here: a plan that does not look at what is stored) must still fail its commit
    a, b = open_store(lake), open_store(lake)
    try:
        doc_store.insert_new_documents(a, ["d1"], lambda tx, stored: _doc("d1"))
        for writer in (a, b):
            with pytest.raises(duckdb.ConstraintException, match='"id: d1"'):
                doc_store.insert_new_documents(writer, ["d1", "d2"], lambda tx, stored: _doc(
                    "d2", "d1"))  # fmt: skip
        with pytest.raises(duckdb.ConstraintException, match="d3"), a.transaction() as tx:
            doc_store.write_rows(tx, _doc("d3", "d3"))  # twice in one batch
        doc_store.insert_new_documents(a, ["d4"], lambda tx, stored: _doc("d4"))
        with pytest.raises(duckdb.ConstraintException, match="d1"), b.transaction() as tx:
            tx.execute("UPDATE documents SET id = 'd1' WHERE id = 'd4'")  # a key changed onto one
        assert [
            r[0] for r in a.conn.execute("SELECT id FROM documents ORDER BY id").fetchall()
        ] == [
            "d1",
            "d4",
        ]
        assert _count(a, "document_stories", "document_id", "d2") == 0
    finally:
        a.close()
        b.close()


# -- the command line ----------------------------------------------------------------------
def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*EXE, *args], capture_output=True, text=True, env={**os.environ, **env}, check=False
    )


def test_a_team_store_without_a_data_path_is_one_clear_line(lake: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != DATA_PATH_ENV}
    out = subprocess.run(
        [*EXE, "--db", lake, "facts", "show"], capture_output=True, text=True, env=env, check=False
    )
    assert out.returncode == 4
    assert f"set {DATA_PATH_ENV}" in out.stderr
    assert "Traceback" not in out.stderr


def test_an_unreachable_catalog_is_one_clear_line(tmp_path: Path) -> None:
    port = free_port()
    location = f"ducklake:postgres:dbname=reemarket host=127.0.0.1 port={port} user=reemarket"
    out = _cli(["--db", location, "products"], {DATA_PATH_ENV: str(tmp_path)})
    assert out.returncode == 0  # products needs no store
    out = _cli(["--db", location, "facts", "show"], {DATA_PATH_ENV: str(tmp_path)})
    assert out.returncode == 4
    assert "cannot open the team store" in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_a_missing_extension_binary_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(duckdb, "__version__", "0.0.1")
    monkeypatch.setenv(DATA_PATH_ENV, "/nonexistent-but-unused")
    with pytest.raises(StoreError, match=r"no binary for DuckDB 0\.0\.1"):
        open_store("ducklake:postgres:dbname=x host=127.0.0.1 port=1 user=x")


# -- many processes at once (the target) ---------------------------------------------
def test_two_ingests_and_a_server_on_one_team_store(lake: str, tmp_path: Path) -> None:
    docs = sorted(CASES.glob("c*.txt"))[:12]
    first, second = docs[:8], docs[4:]  # four documents in both
    serial = tmp_path / "serial.duckdb"
    with open_store(serial) as s:
        ingest_paths(s, [str(p) for p in docs])
        expected = s.conn.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM facts)"
        ).fetchall()[0]
    env = {**os.environ, "REEMARKET_DB": lake}
    port = free_port()
    server = subprocess.Popen(
        [*EXE, "serve", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    answers: list[tuple[int, int]] = []
    stop = threading.Event()

    def poll() -> None:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}/api/v1", timeout=30) as c:
            while not stop.is_set():
                r = c.get("/facts", params={"limit": 1})
                answers.append((r.status_code, int(r.json().get("total", -1))))
                time.sleep(0.05)

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/v1/products", timeout=2)
                break
            except httpx.HTTPError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        poller = threading.Thread(target=poll)
        poller.start()
        runs = [
            subprocess.Popen(
                [*EXE, "ingest", "--json", *map(str, part)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for part in (first, second)
        ]
        results = [(p.wait(timeout=600), *p.communicate()) for p in runs]
        stop.set()
        poller.join()
    finally:
        stop.set()
        server.terminate()
        _, server_err = server.communicate(timeout=30)
    assert "Traceback" not in server_err
    for code, _, err in results:
        assert code == 0, err
        assert "Traceback" not in err
    summaries = [json.loads(out) for _, out, _ in results]
    assert sum(s["documents"] for s in summaries) == len(docs)
    assert sum(s["already_ingested"] for s in summaries) == 4
    with open_store(lake) as s:
        got = s.conn.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM facts)"
        ).fetchall()[0]
        assert got == expected
        assert s.conn.execute(
            "SELECT count(*) FROM (SELECT id FROM documents GROUP BY id HAVING count(*) > 1)"
        ).fetchall() == [(0,)]
        assert s.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM observations"
            " GROUP BY product, market, date, source HAVING count(*) > 1)"
        ).fetchall() == [(0,)]
        ids = s.conn.execute("SELECT count(DISTINCT id), count(*) FROM facts").fetchall()[0]
        assert ids[0] == ids[1]
    assert answers
    assert all(code == 200 for code, _ in answers)
    totals = [t for _, t in answers]
    assert totals == sorted(totals)  # the server saw the facts grow, never a half-written state
    assert totals[-1] <= expected[1]
