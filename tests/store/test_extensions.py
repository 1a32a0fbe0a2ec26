"""Extensions come from installed packages; a throwaway PostgreSQL serves a DuckLake catalog."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from reemarket.errors import StoreError
from reemarket.store.extensions import NO_DOWNLOADS, extension_file, load_extension

ROOT = Path(__file__).resolve().parents[2]


def _connect() -> duckdb.DuckDBPyConnection:
    return duckdb.connect(":memory:", config=NO_DOWNLOADS)


def test_no_downloads_turns_both_settings_off() -> None:
    conn = _connect()
    for name in ("autoinstall_known_extensions", "autoload_known_extensions"):
        assert conn.sql(f"SELECT current_setting('{name}')").fetchone() == (False,)


@pytest.mark.parametrize("name", ["ducklake", "postgres_scanner"])
def test_extension_loads_from_its_package(name: str) -> None:
    path = extension_file(name)
    assert duckdb.__version__ in str(path)
    conn = _connect()
    load_extension(conn, name)
    loaded = conn.sql(
        "SELECT loaded FROM duckdb_extensions() WHERE extension_name = ?", params=[name]
    ).fetchone()
    assert loaded == (True,)


def test_unknown_extension_is_named() -> None:
    with pytest.raises(StoreError, match="'spatial' is not one reemarket loads"):
        extension_file("spatial")


@pytest.fixture(scope="module")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A throwaway PostgreSQL from scripts/pg; yields the DuckLake location."""
    if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        pytest.skip("Debian's postgresql is not installed (scripts/setup dev installs it)")
    folder = tmp_path_factory.mktemp("pg") / "cluster"
    script = str(ROOT / "scripts" / "pg")
    started = subprocess.run(
        [script, "start", str(folder)], capture_output=True, text=True, check=False
    )
    assert started.returncode == 0, started.stderr
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([script, "stop", str(folder)], check=False)
        shutil.rmtree(folder, ignore_errors=True)


def test_ducklake_on_postgres_keeps_what_two_connections_write(
    postgres: str, tmp_path: Path
) -> None:
    assert postgres.startswith("ducklake:postgres:dbname=reemarket host=127.0.0.1 port=")
    data = tmp_path / "lake"
    conns = []
    for _ in range(2):
        conn = _connect()
        load_extension(conn, "postgres_scanner")
        load_extension(conn, "ducklake")
        conn.execute(f"ATTACH '{postgres}' AS lake (DATA_PATH '{data.as_posix()}')")
        conns.append(conn)
    conns[0].execute("CREATE TABLE lake.t (a INTEGER)")
    conns[0].execute("INSERT INTO lake.t VALUES (1)")
    conns[1].execute("INSERT INTO lake.t VALUES (2)")
    for conn in conns:
        assert conn.sql("SELECT list(a ORDER BY a) FROM lake.t").fetchone() == ([1, 2],)
        conn.close()
    again = _connect()
    load_extension(again, "postgres_scanner")
    load_extension(again, "ducklake")
    again.execute(f"ATTACH '{postgres}' AS lake (DATA_PATH '{data.as_posix()}')")
    assert again.sql("SELECT count(*) FROM lake.t").fetchone() == (2,)
