"""The command line beside a running server on the embedded database file (issue 12, item 8).

A real ``reemarket serve`` subprocess on a loopback port; CLI reads and a key revoke run
while it serves, and the server keeps answering afterwards, with the revoke in force.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from support import free_port

EXE = [sys.executable, "-m", "reemarket"]


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REEMARKET_DB": str(db), "COLUMNS": "200"}
    return subprocess.run([*EXE, *args], capture_output=True, text=True, env=env, check=False)


class Server:
    """``reemarket serve`` in its own process."""

    def __init__(self, db: Path, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "REEMARKET_DB": str(db)}
        self.proc = subprocess.Popen(
            [*EXE, "serve", "--port", str(self.port), *extra],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(self.url + "/api/v1/products", timeout=2)
                return
            except httpx.HTTPError as exc:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"server did not start: {self.proc.stderr.read()}") from exc  # type: ignore[union-attr]
                time.sleep(0.2)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)
        if self.proc.stderr is not None:
            self.proc.stderr.close()


@pytest.fixture
def keyed_db(tmp_path) -> tuple[Path, dict]:
    db = tmp_path / "desk.duckdb"
    made = cli(db, "keys", "create", "leaked laptop", "--json")
    assert made.returncode == 0, made.stderr
    return db, json.loads(made.stdout)


def test_cli_reads_and_revokes_while_the_server_runs(keyed_db):
    db, key = keyed_db
    server = Server(db)
    try:
        headers = {"X-API-Key": key["key"]}
        assert (
            httpx.post(server.url + "/api/v1/audit", headers=headers, timeout=60).status_code == 200
        )
        listed = cli(db, "keys", "list", "--json")
        assert listed.returncode == 0, listed.stderr
        assert [k["name"] for k in json.loads(listed.stdout)] == ["leaked laptop"]
        assert cli(db, "products", "--json").returncode == 0
        revoked = cli(db, "keys", "revoke", str(key["id"]))
        assert revoked.returncode == 0, revoked.stderr
        # the server sees the revoke made by another process
        r = httpx.post(server.url + "/api/v1/audit", headers=headers, timeout=60)
        assert r.status_code == 401
        assert "revoked" in r.json()["detail"]
        assert httpx.get(server.url + "/api/v1/documents", timeout=10).status_code == 200
    finally:
        server.stop()


def test_a_held_lock_is_reported_as_in_use_by_a_process(keyed_db):
    db, _ = keyed_db
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]);"
         " print('held', flush=True); time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        env_wait = {**os.environ, "REEMARKET_DB": str(db), "REEMARKET_LOCK_WAIT": "0.5"}
        r = subprocess.run([*EXE, "keys", "list"], capture_output=True, text=True, env=env_wait)
        assert r.returncode == 4
        assert f"in use by process {holder.pid}" in r.stderr
        assert "not a usable" not in r.stderr
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def test_several_workers_read_and_refuse_writes_naming_why(keyed_db):
    db, key = keyed_db
    server = Server(db, "--workers", "2")
    try:
        for _ in range(6):
            assert httpx.get(server.url + "/api/v1/products", timeout=10).status_code == 200
        r = httpx.post(server.url + "/api/v1/audit", headers={"X-API-Key": key["key"]}, timeout=60)
        assert r.status_code == 503
        assert "2 worker processes" in r.json()["detail"]
        assert str(db.parent) not in r.text
        # the workers let go of the file when idle: a CLI write gets through
        time.sleep(1.5)
        assert cli(db, "keys", "create", "second").returncode == 0
    finally:
        server.stop()
