"""Statements of a company, filtered by period and topic, and full-text search.

Documents are segmented (``ingest.statements``) the first time statements are asked
for, and again when the segmenter's vocabulary changes; the statements are stored so the
search index (DuckDB ``fts``, BM25) can cover them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from importlib import resources

from pydantic import BaseModel, Field

from reemarket.domain.companies import find_company
from reemarket.domain.periods import Period, parse_period
from reemarket.errors import InputError, PeriodError
from reemarket.ingest.statements import segment, vocabulary
from reemarket.store import companies as company_store
from reemarket.store import statements as st_store
from reemarket.store.db import Store
from reemarket.store.statements import StatementRow


class StatementOut(BaseModel):
    """A statement with its provenance."""

    doc: str = Field(description="Document name")
    document_id: str = Field(description="Document id")
    published: dt.date | None = Field(description="Document date")
    span_start: int = Field(description="Offset of the sentence in the document text")
    span_end: int = Field(description="End offset of the sentence")
    text: str = Field(description="The sentence")
    speaker: str = Field(description="company, writer or analyst")
    topics: list[str] = Field(description="Topics")
    stance: str | None = Field(description="up, down or stable where stated")
    period: str | None = Field(description="Period the statement is about")
    question: str | None = Field(description="The question it answers, for an answer")
    score: float | None = Field(default=None, description="Search score (BM25)")


class StatementList(BaseModel):
    """Statements answering a request."""

    company: str | None = Field(description="Company id, when one was asked for")
    period: str | None = Field(description="Period asked for")
    topic: str | None = Field(description="Topic asked for")
    statements: list[StatementOut] = Field(description="Matching statements")
    message: str | None = Field(description="Why the list is empty, when it is")


def segmenter_version() -> str:
    """A version of the segmenter: the hash of its vocabulary file."""
    raw = resources.files("reemarket.data").joinpath("statement_vocab.toml").read_bytes()
    return "v1-" + hashlib.sha256(raw).hexdigest()[:12]


def refresh(store: Store) -> int:
    """Segment the documents not segmented by this version; return how many were."""
    version = segmenter_version()
    todo = st_store.unsegmented(store, version)
    if not todo or store.read_only_reason is not None:
        return 0
    by_doc = {
        doc_id: [
            (s.start, s.end, s.text, s.speaker, list(s.topics), s.stance, s.period, s.question)
            for s in segment(text, published, year)
        ]
        for doc_id, text, published, year in todo
    }
    st_store.replace_statements(store, version, by_doc)
    return len(by_doc)


def parse_statement_period(text: str) -> Period:
    """A period in the exchange format, or a half-year ``2025-H1``."""
    t = text.strip().upper()
    if len(t) == 7 and t[4:6] == "-H" and t[:4].isdigit() and t[6] in "12":
        year, half = int(t[:4]), int(t[6])
        return Period.span(Period.month(year, 6 * half - 5), Period.month(year, 6 * half))
    return parse_period(text)


def _overlaps(period: str | None, want: Period) -> bool:
    if not period:
        return False
    try:
        p = parse_statement_period(period)
    except PeriodError:
        return False
    return p.start <= want.end and p.end >= want.start


def _out(r: StatementRow, score: float | None = None) -> StatementOut:
    return StatementOut(
        doc=r.doc,
        document_id=r.document_id,
        published=r.published,
        span_start=r.span_start,
        span_end=r.span_end,
        text=r.text,
        speaker=r.speaker,
        topics=list(r.topics),
        stance=r.stance,
        period=r.period,
        question=r.question,
        score=score,
    )


def company_statements(
    store: Store,
    name: str,
    period: str | None = None,
    topic: str | None = None,
    speaker: str | None = None,
) -> StatementList:
    """The statements of documents about a company, filtered by period, topic, speaker.

    Raises:
        NotFoundError: no company has that name.
        InputError: an unknown topic or speaker, or a period that cannot be read.

    """
    p = find_company(name)
    topics = vocabulary().topics
    if topic is not None and topic not in topics:
        raise InputError(f"unknown topic {topic!r}; topics: {', '.join(topics)}", field="topic")
    if speaker is not None and speaker not in ("company", "writer", "analyst"):
        raise InputError(
            f"unknown speaker {speaker!r}; company, writer or analyst", field="speaker"
        )
    want = parse_statement_period(period) if period else None
    refresh(store)
    names = tuple(n for n in (p.name, p.name_zh, *p.aliases) if n and len(n) >= 4)
    docs = [d[0] for d in company_store.documents_mentioning(store, names)]
    rows = [
        r
        for r in st_store.statements_of(store, docs)
        if (topic is None or topic in r.topics)
        and (speaker is None or r.speaker == speaker)
        and (want is None or _overlaps(r.period, want))
    ]
    message = None
    if not docs:
        message = f"no documents about {p.name} in this database yet"
    elif not rows:
        message = f"no statements about {p.name} match"
    return StatementList(
        company=p.id,
        period=period,
        topic=topic,
        statements=[_out(r) for r in rows],
        message=message,
    )


class SearchHit(BaseModel):
    """A document found by full-text search."""

    document_id: str = Field(description="Document id")
    doc: str = Field(description="Document name")
    score: float = Field(description="BM25 score")


class SearchResult(BaseModel):
    """Documents and statements matching a query, best first."""

    query: str = Field(description="The query")
    documents: list[SearchHit] = Field(description="Matching documents")
    statements: list[StatementOut] = Field(description="Matching statements")


def search(store: Store, query: str, limit: int = 10) -> SearchResult:
    """Full-text search (BM25, DuckDB fts) over documents and statements.

    Raises:
        InputError: an empty query.

    """
    if not query.strip():
        raise InputError("empty search query", field="query")
    refresh(store)
    st_store.ensure_search_index(store)
    docs = [
        SearchHit(document_id=i, doc=n, score=s)
        for i, n, s in st_store.search_documents(store, query, limit)
    ]
    hits = [_out(r, s) for r, s in st_store.search_statements(store, query, limit)]
    return SearchResult(query=query, documents=docs, statements=hits)
