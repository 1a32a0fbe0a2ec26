"""Bad database files and places: each gives one clear error, nothing half-done."""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from reemarket.errors import DatabaseFileError, NotFoundError, StoreError
from reemarket.services.keys import create_key, list_keys
from reemarket.store.db import open_store

EXE = [sys.executable, "-m", "reemarket"]


def cli(args: list[str], *, env: dict[str, str] | None = None, **kw):
    full = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run(
        [*EXE, *args], capture_output=True, text=True, env=full, check=False, **kw
    )


def test_connections_never_install_or_load_extensions(tmp_path):
    with open_store(tmp_path / "a.duckdb") as s:
        rows = s.conn.execute(
            "SELECT current_setting('autoinstall_known_extensions'),"
            " current_setting('autoload_known_extensions')"
        ).fetchall()
    assert rows == [(False, False)]


def test_a_sqlite_file_is_refused_without_fetching_anything(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    home = tmp_path / "home"
    home.mkdir()
    out = cli(["--db", str(path), "audit"], env={"HOME": str(home)})
    assert out.returncode == 4
    assert out.stderr.strip().count("\n") == 0
    assert "other.db" in out.stderr
    assert "Traceback" not in out.stderr
    assert path.read_bytes() == before
    assert list(home.iterdir()) == []  # no ~/.duckdb/extensions was made


def test_a_truncated_database_is_one_line_exit_4(tmp_path):
    path = tmp_path / "cut.duckdb"
    with open_store(path) as s:
        create_key(s, "a")
        with s.transaction() as tx:
            tx.execute("CREATE TABLE filler AS SELECT range AS x FROM range(2000000)")
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.truncate(size // 2)
    with pytest.raises(DatabaseFileError, match="truncated"):
        open_store(path)
    out = cli(["--db", str(path), "audit"])
    assert out.returncode == 4
    assert "truncated" in out.stderr
    assert "Traceback" not in out.stderr


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    with open_store(path) as s, s.transaction() as tx:
        tx.execute("INSERT INTO schema_migrations VALUES (9999, 'future', now())")
    with pytest.raises(StoreError, match="schema version 9999 is newer"):
        open_store(path)
    out = cli(["--db", str(path), "audit"])
    assert out.returncode == 4
    assert "newer than this reemarket knows" in out.stderr


def test_a_read_on_a_mistyped_path_is_not_found_and_creates_nothing(tmp_path):
    path = tmp_path / "typo.duckdb"
    with pytest.raises(NotFoundError, match="no such database file"):
        open_store(path, create=False)
    out = cli(["--db", str(path), "facts", "export"])
    assert out.returncode == 3
    assert "typo.duckdb: no such database file" in out.stderr
    assert not path.exists()


def test_a_lock_held_elsewhere_names_the_process(tmp_path):
    path = tmp_path / "busy.duckdb"
    open_store(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, duckdb; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
            " sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError, match=f"in use by process {holder.pid}") as err:
            open_store(path)
        assert not isinstance(err.value, DatabaseFileError)
    finally:
        holder.communicate("")
    with open_store(path) as s:  # released: usable again
        assert s.schema_version() > 0


def _as_other_user() -> list[str]:
    """A command prefix that drops root (root writes anywhere), or nothing if not root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a folder read-only")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_a_database_in_a_read_only_folder_reads_and_refuses_writes():
    folder = Path(tempfile.mkdtemp(prefix="reemarket-ro-"))
    try:
        path = folder / "ro.duckdb"
        with open_store(path) as s:
            create_key(s, "existing")
        os.chmod(folder, 0o555)
        os.chmod(path, 0o444)
        prefix = _as_other_user()
        env = {**os.environ, "COLUMNS": "200", "HOME": str(folder)}
        read = subprocess.run(
            [*prefix, *EXE, "--db", str(path), "keys", "list", "--json"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert read.returncode == 0, read.stderr
        assert '"existing"' in read.stdout
        write = subprocess.run(
            [*prefix, *EXE, "--db", str(path), "keys", "create", "new"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert write.returncode == 4
        assert write.stderr.strip() == f"error: {path}: cannot write: the file is read-only"
        os.chmod(folder, 0o755)
        os.chmod(path, 0o644)
        with open_store(path) as s:
            assert [k.name for k in list_keys(s)] == ["existing"]
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)
