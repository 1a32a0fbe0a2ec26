"""Statement writes and the full-text search on both backends (the team store too)."""

from __future__ import annotations

import pytest

from reemarket.services import statements as statement_service
from reemarket.services.ingest import ingest_paths
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


def test_full_text_search_on_documents_and_statements(store: Store, shared, tmp_path) -> None:
    """On the team store the index lives in the searching process's own copy."""
    ingest_seeds(store)
    out = statement_service.search(store, "magnet recycling")
    assert out.documents[0].doc.startswith("002_")
    assert any("recycl" in s.text.lower() for s in out.statements)
    again = statement_service.search(store, "magnet recycling")  # the index is reused
    assert [d.document_id for d in again.documents] == [d.document_id for d in out.documents]
    assert [(s.document_id, s.span_start) for s in again.statements] == [
        (s.document_id, s.span_start) for s in out.statements
    ]
    # a document stored after the first search is found by the next one
    notice = tmp_path / "levy_notice.txt"
    notice.write_text("Tariff notice: an unusual xenotime levy was announced today.\n", "utf-8")
    ingest_paths(store, [str(notice)])
    later = statement_service.search(store, "xenotime levy")
    assert later.documents
    assert later.documents[0].doc.startswith("levy")
