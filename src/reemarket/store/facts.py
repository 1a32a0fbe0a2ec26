"""Queries on documents and facts: filtered, paged and by id, all in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from reemarket.store.db import Store

_COLUMNS = (
    "f.id, d.name, f.kind, f.entity, f.subject, f.metric, f.period, f.value, f.value_high, f.unit,"
    " f.status, f.bound, f.sentence, f.resolved, f.span_start, f.span_end, f.document_id,"
    " d.page_starts, f.extractor_version, d.publisher, d.title"
)


@dataclass(frozen=True)
class FactWhere:
    """A fact filter with its names already resolved: any field left None matches all.

    ``products`` and ``entities`` hold the accepted spellings; ``entity_like`` a
    substring; ``overlaps`` a (start, end) date pair the fact's period must overlap.
    """

    document: str | None = None
    kind: str | None = None
    product: str | None = None
    entities: tuple[str, ...] = ()
    entity_like: str | None = None
    overlaps: tuple[object, object] | None = None
    include_unresolved: bool = False
    fact_id: int | None = None


@dataclass(frozen=True)
class FactRow:
    """One stored fact joined with its document's name, page offsets, publisher and title."""

    id: int
    doc: str
    kind: str
    entity: str
    subject: str
    metric: str
    period: str
    value: float
    value_high: float | None
    unit: str
    status: str | None
    bound: str | None
    sentence: str
    resolved: bool
    span_start: int
    span_end: int
    document_id: str
    page_starts: list[int] | None
    extractor_version: str
    publisher: str | None = None
    doc_title: str | None = None


def _where(w: FactWhere) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if not w.include_unresolved:
        clauses.append("f.resolved")
    if w.fact_id is not None:
        clauses.append("f.id = ?")
        params.append(w.fact_id)
    if w.document:
        clauses.append("(d.name = ? OR starts_with(d.name, ?) OR starts_with(f.document_id, ?))")
        params += [w.document, w.document, w.document]
    if w.kind:
        clauses.append("f.kind = ?")
        params.append(w.kind)
    if w.product:
        clauses.append("f.subject = ?")
        params.append(w.product)
    if w.entities or w.entity_like:
        ors = ["f.entity = ?" for _ in w.entities]
        params += list(w.entities)
        if w.entity_like:
            ors.append("f.entity LIKE ?")
            params.append(f"%{w.entity_like}%")
        clauses.append("(" + " OR ".join(ors) + ")")
    if w.overlaps is not None:
        start, end = w.overlaps
        clauses.append("f.period_start IS NOT NULL AND f.period_start <= ? AND f.period_end >= ?")
        params += [end, start]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def select_facts(
    store: Store, where: FactWhere, *, limit: int | None = None, offset: int = 0
) -> list[FactRow]:
    """Facts matching ``where`` in document and position order, a page of them if asked."""
    sql, params = _where(where)
    if limit is None:
        text = (
            f"SELECT {_COLUMNS} FROM facts f JOIN documents d ON d.id = f.document_id{sql}"
            " ORDER BY d.name, f.span_start, f.id"
        )
        return [FactRow(*row) for row in store.conn.execute(text, params).fetchall()]
    # a page: sort narrow keys (documents ranked by name, equal names alike, not their
    # names per fact), then read the full rows of that page only
    text = (
        "WITH r AS (SELECT id, dense_rank() OVER (ORDER BY name) AS k FROM documents),"
        f" page AS (SELECT f.id, r.k, f.span_start FROM facts f JOIN r ON r.id = f.document_id"
        f" JOIN documents d ON d.id = f.document_id{sql}"
        " ORDER BY r.k, f.span_start, f.id LIMIT ? OFFSET ?)"
        f" SELECT {_COLUMNS} FROM page p JOIN facts f ON f.id = p.id"
        " JOIN documents d ON d.id = f.document_id ORDER BY p.k, p.span_start, p.id"
    )
    rows = store.conn.execute(text, [*params, limit, offset]).fetchall()
    return [FactRow(*row) for row in rows]


def count_facts(store: Store, where: FactWhere) -> int:
    """How many facts match ``where``."""
    sql, params = _where(where)
    # every fact has its document (a foreign key): join only to filter on the document
    join = " JOIN documents d ON d.id = f.document_id" if where.document else ""
    rows = store.conn.execute(f"SELECT count(*) FROM facts f{join}{sql}", params).fetchall()
    return int(rows[0][0])


def sentence_texts(store: Store, fact_ids: list[int]) -> list[tuple[int, int, str, str]]:
    """(fact id, value offset, sentence, document text) for each fact id given."""
    if not fact_ids:
        return []
    rows = store.conn.execute(
        "SELECT f.id, f.span_start, f.sentence, d.text FROM facts f"
        " JOIN documents d ON d.id = f.document_id WHERE f.id IN (SELECT unnest(?::BIGINT[]))",
        [fact_ids],
    ).fetchall()
    return [(int(a), int(b), str(c), str(t)) for a, b, c, t in rows]


_DOCS = """
SELECT d.id, d.name, d.title, d.publisher, d.published, d.language, d.format,
       (SELECT count(*) FROM facts f WHERE f.document_id = d.id) {extra}
FROM documents d {where} ORDER BY d.name
"""


def document_page(store: Store, limit: int, offset: int) -> tuple[list[tuple[Any, ...]], int]:
    """A page of document rows in name order, and how many documents there are.

    A row is (id, name, title, publisher, published, language, format, fact count).
    """
    rows = store.conn.execute(
        _DOCS.format(extra="", where="") + " LIMIT ? OFFSET ?", [limit, offset]
    ).fetchall()
    total = store.conn.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    return rows, int(total)


def document_with_text(store: Store, doc: str) -> tuple[Any, ...] | None:
    """One document by id or name: its metadata row, then its text, page offsets and year."""
    rows = store.conn.execute(
        _DOCS.format(extra=", d.text, d.page_starts, d.year", where="WHERE d.id = ? OR d.name = ?"),
        [doc, doc],
    ).fetchall()
    return rows[0] if rows else None


def document_names_starting(store: Store, prefix: str, limit: int = 6) -> list[str]:
    """The names of stored documents beginning with ``prefix``, in order (at most ``limit``)."""
    rows = store.conn.execute(
        "SELECT name FROM documents WHERE starts_with(name, ?) ORDER BY name LIMIT ?",
        [prefix, limit],
    ).fetchall()
    return [str(r[0]) for r in rows]


#: The listing's columns, named as the API names them. ``value_start`` is where the figure
#: sits; the sentence's own offset is found in ``ctx``, the text from ``ctx_start`` that
#: can hold a copy of the sentence covering the figure (the only part of the document
#: text the listing reads).
_LISTED = (
    "f.id, f.document_id, d.name AS doc, f.kind, f.entity, f.subject, f.metric, f.period,"
    " f.value, f.value_high, f.unit, f.status, f.sentence, f.span_start AS value_start,"
    " f.span_end AS value_end, f.extractor_version, d.publisher, d.title AS doc_title,"
    " greatest(f.span_start - length(f.sentence) + 1, 0) AS ctx_start,"
    " substr(d.text, greatest(f.span_start - length(f.sentence) + 1, 0) + 1,"
    " f.span_start + length(f.sentence) - greatest(f.span_start - length(f.sentence) + 1, 0))"
    " AS ctx"
)

#: A position in the listing's order: (document name, figure offset, fact id).
ListingKey = tuple[str, int, int]


def listing(store: Store, where: FactWhere) -> pa.Table:
    """Every fact matching ``where`` in listing order (document name, figure offset, id).

    Only the listed columns, as an Arrow table: compact enough to keep in memory and
    slice page by page (``services/fact_pages.py``).
    """
    sql, params = _where(where)
    text = (
        f"SELECT {_LISTED} FROM facts f JOIN documents d ON d.id = f.document_id{sql}"
        " ORDER BY d.name, f.span_start, f.id"
    )
    return store.conn.execute(text, params).to_arrow_table()


def listing_page(
    store: Store, where: FactWhere, limit: int, offset: int = 0, after: ListingKey | None = None
) -> pa.Table:
    """One page of :func:`listing` read in SQL: ``offset`` rows skipped after ``after``.

    Narrow sort keys (documents ranked by name, not their names per fact) are sorted,
    then only the page's rows are read.
    """
    sql, params = _where(where)
    if after is not None:
        name, start, fid = after
        sql += (" AND " if sql else " WHERE ") + (
            "(d.name > ? OR (d.name = ? AND (f.span_start > ? OR (f.span_start = ? AND f.id > ?))))"
        )
        params = [*params, name, name, start, start, fid]
    text = (
        "WITH r AS (SELECT id, dense_rank() OVER (ORDER BY name) AS k FROM documents),"
        f" page AS (SELECT f.id, r.k, f.span_start FROM facts f JOIN r ON r.id = f.document_id"
        f" JOIN documents d ON d.id = f.document_id{sql}"
        " ORDER BY r.k, f.span_start, f.id LIMIT ? OFFSET ?)"
        f" SELECT {_LISTED} FROM page p JOIN facts f ON f.id = p.id"
        " JOIN documents d ON d.id = f.document_id ORDER BY p.k, p.span_start, p.id"
    )
    return store.conn.execute(text, [*params, limit, offset]).to_arrow_table()
