"""Use case: fetch documents from the web (pages, PDFs, RSS/Atom feeds) and ingest them.

Every URL is fetched under a :class:`~reemarket.fetch.client.FetchPolicy` (robots.txt,
one request per host at a time, conditional GET against the HTTP cache on disk). A
feed's items are fetched in turn, at most ``max_feed_items`` of them. Pages are read
and extracted in worker threads, one per host at a time; the store is written from
the calling thread, one transaction per document with its web provenance. A URL whose
bytes were already stored is not extracted again: a second run writes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import duckdb

from reemarket.errors import DocumentError, FetchError, ReemarketError, UrlRefusedError
from reemarket.fetch.cache import HttpCache
from reemarket.fetch.client import Fetcher, FetchPolicy, WebResponse
from reemarket.fetch.feeds import looks_like_feed, parse_feed
from reemarket.ingest.loaders import load_bytes
from reemarket.ingest.metadata import web_meta
from reemarket.services.ingest import (
    IngestSummary,
    PreparedDocument,
    extract_loaded,
    write_document,
)
from reemarket.services.stories import StoryIndex
from reemarket.store import fetched, runs
from reemarket.store.db import Store

HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain", "text/markdown"}


@dataclass
class FetchSummary(IngestSummary):
    """What a fetch run did: the ingest summary plus the web side."""

    requests: int = 0
    not_modified: int = 0
    unchanged: int = 0
    failed: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready view."""
        out = super().as_dict()
        out.update(
            requests=self.requests,
            not_modified=self.not_modified,
            unchanged=self.unchanged,
            failed=self.failed,
        )
        return out


@dataclass
class _Fetched:
    """One URL's outcome: a prepared document, nothing new, feed items, or an error."""

    url: str
    prepared: PreparedDocument | None = None
    record: fetched.FetchRecord | None = None
    items: list[str] = field(default_factory=list)
    warning: str | None = None
    error: str | None = None
    reason: str | None = None
    failure: ReemarketError | None = None
    unchanged: bool = False
    not_modified: bool = False


def _format(resp: WebResponse) -> str:
    head = resp.body[:1024].lstrip().lower()
    if resp.content_type == "application/pdf" or resp.body.startswith(b"%PDF-"):
        return "pdf"
    if looks_like_feed(resp.content_type, resp.body):
        return "feed"
    if resp.content_type in HTML_TYPES or head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if resp.content_type in TEXT_TYPES:
        return "txt"
    raise FetchError(
        f"{resp.final_url}: content type {resp.content_type!r} is not a page, PDF, text or feed",
        reason="content_type",
    )


def _name(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    return f"{parts.netloc}{path}{'?' + parts.query if parts.query else ''}"[:200]


def prepare_web(resp: WebResponse, fmt: str, *, language: str | None) -> PreparedDocument:
    """Read and extract a fetched document (no database access)."""
    doc = load_bytes(
        resp.body, path=resp.final_url, name=_name(resp.final_url), fmt=fmt, charset=resp.charset
    )
    meta = web_meta(doc.text, resp.final_url, language=language)
    if doc.title:  # the page's og:title or <title>, not its first line
        meta.title = doc.title
    return extract_loaded(doc, meta)


class WebIngest:
    """One fetch run: a fetcher, the store to read what is known, and the run's options."""

    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        *,
        language: str | None = None,
        source_id: int | None = None,
    ) -> None:
        self.store = store
        self.fetcher = fetcher
        self.language = language
        self.source_id = source_id

    def _known(self, url: str, content_hash: str) -> bool:
        # a cursor of its own: this runs in worker threads
        cursor = self.store.conn.cursor()
        try:
            return fetched.known(cursor, url, content_hash)
        finally:
            cursor.close()

    def one(self, url: str, *, in_feed: bool = False) -> _Fetched:
        """Fetch and prepare one URL; every failure becomes a named error in the result."""
        out = _Fetched(url)
        try:
            resp = self.fetcher.get(url)
            out.not_modified = resp.not_modified
            content_hash = hashlib.sha256(resp.body).hexdigest()
            fmt = _format(resp)
            if fmt == "feed":
                if in_feed:
                    raise FetchError(
                        f"{url}: a feed inside a feed is not followed", reason="content_type"
                    )
                feed = parse_feed(
                    resp.final_url, resp.body, limit=self.fetcher.policy.max_feed_items
                )
                out.items = [i.link for i in feed.items if i.link]
                if feed.total > len(feed.items):
                    out.warning = (
                        f"{url}: feed_truncated: the feed has {feed.total} items; only the first"
                        f" {len(feed.items)} are fetched (the limit)"
                    )
                return out
            if self._known(resp.url, content_hash):
                out.unchanged = True
                return out
            out.prepared = prepare_web(resp, fmt, language=self.language)
            out.record = fetched.FetchRecord(
                document_id=out.prepared.id,
                url=resp.url,
                final_url=resp.final_url,
                retrieved_at=resp.retrieved_at,
                http_status=resp.status,
                content_hash=content_hash,
                etag=resp.etag,
                last_modified=resp.last_modified,
                source_id=self.source_id,
            )
        except (UrlRefusedError, FetchError) as exc:
            out.failure, out.error, out.reason = exc, str(exc), exc.reason
        except DocumentError as exc:
            out.failure, out.error, out.reason = exc, str(exc), "document"
        return out


def _write(store: Store, item: _Fetched, summary: FetchSummary, stories: StoryIndex) -> None:
    assert item.prepared is not None
    assert item.record is not None
    record = item.record

    def provenance(tx: duckdb.DuckDBPyConnection) -> None:
        fetched.add(tx, record)

    write_document(store, item.prepared, summary, stories=stories, also=provenance)


def fetch_urls(
    store: Store,
    urls: Iterable[str],
    *,
    policy: FetchPolicy,
    cache_dir: Path | None,
    skip_bad: bool = False,
    language: str | None = None,
    source_id: int | None = None,
    workers: int = 4,
    progress: Callable[[str], None] | None = None,
) -> FetchSummary:
    """Fetch URLs (pages, PDFs, feeds and their items) and ingest what is new.

    Without ``skip_bad`` the first failure stops the run before anything is written;
    with it, failures are listed (URL, reason) and the rest is written.
    """
    summary = FetchSummary()
    cache = HttpCache(cache_dir) if cache_dir is not None else None
    results: list[_Fetched] = []
    with Fetcher(policy, cache) as fetcher, ThreadPoolExecutor(max_workers=workers) as pool:
        run = WebIngest(store, fetcher, language=language, source_id=source_id)
        pending = list(dict.fromkeys(urls))
        in_feed = False
        while pending:
            batch = list(pool.map(lambda u: run.one(u, in_feed=in_feed), pending))  # noqa: B023
            pending = []
            for item in batch:
                if progress:
                    progress(item.url)
                if item.warning:
                    summary.warnings.append(item.warning)
                if item.error:
                    summary.failed[item.url] = item.reason or "error"
                    if not skip_bad and item.failure is not None:
                        raise item.failure
                    summary.errors.append(item.error)
                pending.extend(u for u in item.items if u not in pending)
                results.append(item)
            in_feed = True
        summary.requests = fetcher.requests
    stories = StoryIndex.load(store)
    for item in results:
        summary.not_modified += item.not_modified
        summary.unchanged += item.unchanged
        if item.prepared is not None:
            _write(store, item, summary, stories)
    if summary.documents:
        store_run(store, list(dict.fromkeys(urls)), summary)
    return summary


def store_run(store: Store, urls: list[str], summary: FetchSummary) -> None:
    """Record the run in ``runs`` (only runs that wrote something)."""
    runs.add(store, "fetch", json.dumps({"urls": urls}), json.dumps(summary.as_dict(), default=str))
