"""Statement writes and the full-text search on both backends (the team store too)."""

from __future__ import annotations

import pytest

from reemarket.errors import StoreError, WriteConflictError
from reemarket.services import statements as statement_service
from reemarket.store.db import Store
from support import ingest_seeds

pytestmark = pytest.mark.backends


def test_statements_are_written_once_and_found_by_company(store: Store, shared) -> None:
    ingest_seeds(store)
    assert statement_service.refresh(store) == 5
    assert statement_service.refresh(store) == 0  # every document already segmented
    found = statement_service.company_statements(store, "cnre", period="2025-H1", topic="prices")
    assert {s.doc[:3] for s in found.statements} >= {"000", "004"}
    text = store.conn.execute(
        "SELECT text FROM documents WHERE id = ?", [found.statements[0].document_id]
    ).fetchall()[0][0]
    first = found.statements[0]
    assert text[first.span_start : first.span_end].strip() == first.text
    rows = store.conn.execute("SELECT count(*), count(DISTINCT (document_id, seq)) FROM statements")
    total, distinct = rows.fetchall()[0]
    assert total == distinct > 0


def test_full_text_search_on_documents_and_statements(store: Store, shared) -> None:
    ingest_seeds(store)
    if store.shared:  # DuckLake cannot hold the fts index: a plain error, not a conflict
        with pytest.raises(StoreError, match="not available on the team store") as info:
            statement_service.search(store, "magnet recycling")
        assert not isinstance(info.value, WriteConflictError)
        return
    out = statement_service.search(store, "magnet recycling")
    assert out.documents[0].doc.startswith("002_")
    assert any("recycl" in s.text.lower() for s in out.statements)
    again = statement_service.search(store, "magnet recycling")  # the index is reused
    assert [d.document_id for d in again.documents] == [d.document_id for d in out.documents]
