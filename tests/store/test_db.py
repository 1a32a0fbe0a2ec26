import duckdb
import pytest

from reemarket.errors import DatabaseFileError
from reemarket.store import db
from reemarket.store.db import migrations, open_store

pytestmark = pytest.mark.backends


def test_new_file_gets_every_migration(tmp_path):
    with open_store(tmp_path / "a.duckdb") as s:
        assert s.schema_version() == max(m.version for m in migrations())
        tables = {
            r[0]
            for r in s.conn.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
    assert {"documents", "facts", "observations", "findings", "runs"} <= tables


def test_reopening_applies_nothing(tmp_path):
    path = tmp_path / "a.duckdb"
    open_store(path).close()
    with open_store(path) as s:
        assert s.migrate() == []


def test_older_file_upgrades_in_place(tmp_path):
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    db._bootstrap(conn)
    first = migrations()[0]
    conn.execute(first.sql)
    conn.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [first.version, first.name])
    conn.execute("INSERT INTO runs (kind) VALUES ('import')")
    conn.close()
    with open_store(path) as s:
        assert s.schema_version() == max(m.version for m in migrations())
        assert s.conn.execute("SELECT count(*) FROM runs").fetchall() == [(1,)]


def test_corrupt_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "bad.duckdb"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(DatabaseFileError, match="not a usable DuckDB database"):
        open_store(path)
    assert path.read_bytes() == b"not a database" * 100


def test_foreign_duckdb_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute("CREATE TABLE sales (x INTEGER)")
    conn.close()
    with pytest.raises(DatabaseFileError, match="another program"):
        open_store(path)
    conn = duckdb.connect(str(path))
    assert {
        r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables").fetchall()
    } == {"sales"}
    conn.close()


def test_transaction_rolls_back_on_error(store):
    def crash_midway() -> None:
        with store.transaction() as tx:
            tx.execute("INSERT INTO runs (kind) VALUES ('import')")
            raise RuntimeError("crash in the middle")

    with pytest.raises(RuntimeError):
        crash_midway()
    assert store.conn.execute("SELECT count(*) FROM runs").fetchall() == [(0,)]


def test_fact_rows_need_provenance(store):
    store.conn.execute(
        "INSERT INTO documents (id, name, format, text) VALUES ('d1', 'a.txt', 'txt', 'hello')"
    )
    with pytest.raises(duckdb.ConstraintException):
        store.conn.execute(
            "INSERT INTO facts (document_id, kind, entity, subject, metric, period, resolved, value,"
            " unit, span_start, span_end, sentence, extractor_version)"
            " VALUES ('d1', 'price', 'china', 'prnd_oxide', 'price', '', true, 1, 'CNY/t', 0, 5, 'hello', NULL)"
        )


def test_env_variable_chooses_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("REEMARKET_DB", str(tmp_path / "env.duckdb"))
    assert db.default_db_path() == tmp_path / "env.duckdb"


def test_a_connection_can_be_held_to_fewer_threads(store):
    """The parallel ingest's workers each take one DuckDB thread, not one per core."""
    store.limit_threads(1)
    assert store.conn.execute("SELECT current_setting('threads')").fetchall() == [(1,)]
    store.conn.execute("SELECT count(*) FROM documents").fetchall()  # still answers
