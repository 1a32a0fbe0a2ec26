"""Bulk writes on the embedded file: the log may grow, the setting comes back, commits survive."""

from __future__ import annotations

from pathlib import Path

import pytest

from reemarket.store import documents as doc_store
from reemarket.store.db import open_store


def _threshold(store) -> str:
    row = store.conn.execute("SELECT current_setting('checkpoint_threshold')").fetchone()
    return str(row[0])


def test_bulk_writes_raise_the_checkpoint_threshold_and_restore_it(tmp_path: Path) -> None:
    db = tmp_path / "bulk.duckdb"
    with open_store(db) as store:
        before = _threshold(store)
        with doc_store.bulk_writes(store):
            assert _threshold(store) != before
            doc_store.record_run(store, "ingest", {"paths": []}, {"documents": 0})
        assert _threshold(store) == before
    with open_store(db) as again:  # committed inside, found after reopening
        rows = again.conn.execute("SELECT count(*) FROM runs WHERE kind = 'ingest'").fetchone()
        assert rows is not None
        assert rows[0] == 1


def test_the_setting_comes_back_when_the_work_fails(tmp_path: Path) -> None:
    with open_store(tmp_path / "bulk.duckdb") as store:
        before = _threshold(store)
        with pytest.raises(RuntimeError), doc_store.bulk_writes(store):
            raise RuntimeError("a worker failed")
        assert _threshold(store) == before
