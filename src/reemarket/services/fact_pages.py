"""The facts listing, paged by offset or by cursor, without a query per page.

A page of facts in SQL costs a sort of every matching fact (DuckDB has no ordered index
to walk) and a count: about 10 ms with 100,000 facts stored, 59 requests a second on
this machine. So, like the price series (``services/analytics.py``), the listing of a
filter is read once per store generation, as a compact Arrow table of the listed
columns in listing order, and every page after that is a slice of it: the total is its
length, a cursor's position a binary search. The tables are kept least recently used
first out, bounded in bytes (``REEMARKET_LISTING_MB``, 256 MB by default; a fact takes
about 600 bytes, its JSON and sort keys); a listing larger than half of that, or a
store with no generation (in memory), is paged in SQL instead, with the same order,
cursors and answers.

A cursor names the last fact of a page by its place in the order (document name,
figure offset, id), so the next page starts right after it even when facts were added
or removed in between; an offset stays for compatibility and counts from the cursor.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import os
import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.compute as pc

from reemarket.errors import InputError
from reemarket.services.facts import FactFilter, to_where
from reemarket.store import facts as fact_store
from reemarket.store.db import Store
from reemarket.store.facts import FactWhere, ListingKey

#: Bytes of listings kept per process when ``REEMARKET_LISTING_MB`` is not set.
DEFAULT_MAX_BYTES = 256 * 2**20

#: The columns of a listed fact, in the order of ``FactOut``.
COLUMNS = (
    "id", "document_id", "doc", "kind", "entity", "subject", "metric", "period", "value",
    "value_high", "unit", "status", "sentence", "span_start", "span_end", "value_start",
    "value_end", "extractor_version", "publisher", "doc_title",
)  # fmt: skip


@dataclass(frozen=True)
class FactPage:
    """A page of listed facts: their JSON array (objects with the fields of ``FactOut``)."""

    json: bytes
    total: int
    next: str | None

    @property
    def items(self) -> list[dict[str, Any]]:
        """The facts as dicts."""
        items: list[dict[str, Any]] = orjson.loads(self.json)
        return items


def encode_cursor(key: ListingKey) -> str:
    """The opaque text of a cursor at ``key`` (URL-safe)."""
    return base64.urlsafe_b64encode(orjson.dumps(list(key))).decode().rstrip("=")


def decode_cursor(text: str) -> ListingKey:
    """The listing position a cursor names; InputError on the ``cursor`` field if it is none."""
    try:
        raw = orjson.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    except (binascii.Error, ValueError, orjson.JSONDecodeError):
        raw = None
    if (
        isinstance(raw, list)
        and len(raw) == 3
        and isinstance(raw[0], str)
        and all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x < 2**63 for x in raw[1:])
    ):
        return raw[0], raw[1], raw[2]
    raise InputError(
        f"cursor {text[:40]!r} is not a cursor of this listing (use the `next` of a page)",
        field="cursor",
    )


def _sentence_offsets(store: Store, table: pa.Table) -> list[int]:
    """Where each fact's sentence starts: the last copy of it starting at or before the figure.

    Found in the window of text read with the fact; a fact whose window does not hold
    its sentence (its text was normalised) is looked up in the whole document text.
    """
    ctx = table.column("ctx").to_pylist()
    lo = table.column("ctx_start").to_pylist()
    sentences = table.column("sentence").to_pylist()
    out: list[int] = []
    missing: list[int] = []
    for i, (window, start, sentence) in enumerate(zip(ctx, lo, sentences, strict=True)):
        at = (window or "").rfind(sentence)
        out.append(start + at if at >= 0 else -1)
        if at < 0:
            missing.append(i)
    if missing:
        ids = table.column("id").to_pylist()
        found = sentence_starts(store, [ids[i] for i in missing])
        for i in missing:
            out[i] = found[ids[i]]
    return out


def sentence_starts(store: Store, ids: list[int]) -> dict[int, int]:
    """Where each fact's sentence starts in its whole document text, by fact id.

    The last copy of the sentence starting at or before the figure (a sentence may be
    repeated); the figure's own offset when the sentence is not in the text.
    """
    out: dict[int, int] = {}
    for fid, value_start, sentence, text in fact_store.sentence_texts(store, ids):
        at = text.rfind(sentence, 0, value_start + len(sentence))
        while at > value_start:
            at = text.rfind(sentence, 0, at)
        out[int(fid)] = at if at >= 0 else value_start
    return out


def _listed(store: Store, table: pa.Table) -> pa.Table:
    """The store's rows as listed facts: sentence offsets found, the text window dropped."""
    starts = pa.array(_sentence_offsets(store, table), pa.int64())
    lengths = pc.cast(pc.utf8_length(table.column("sentence")), pa.int64())
    table = table.append_column("span_start", starts)
    table = table.append_column("span_end", pc.add(starts, lengths))
    return table.select(list(COLUMNS))


def _as_json(table: pa.Table) -> list[bytes]:
    """Each row of a listed table as its JSON object."""
    cols = table.to_pydict()
    return [
        orjson.dumps(dict(zip(COLUMNS, row, strict=True)))
        for row in zip(*cols.values(), strict=True)
    ]


def _kept(store: Store, where: FactWhere) -> pa.Table:
    """A listing as kept: each fact's JSON, beside the keys a cursor is found by.

    Serialised once when read, so a page is a slice of ready JSON (a twentieth of the
    time of making dicts of a page of columns and serialising them per request).
    """
    table = _listed(store, fact_store.listing(store, where))
    return pa.table(
        {
            "doc": table.column("doc"),
            "value_start": table.column("value_start"),
            "id": table.column("id"),
            "json": pa.array(_as_json(table), pa.binary()),
        }
    )


class _Listings:
    """Listings by (generation, filter), least recently used out first, bounded in bytes."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._tables: OrderedDict[Hashable, pa.Table] = OrderedDict()
        self._too_big: OrderedDict[Hashable, None] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self._build = threading.Lock()

    def get(self, store: Store, generation: Hashable, where: FactWhere) -> pa.Table | None:
        """The listing of ``where`` (read now if not kept), or None: page it in SQL.

        None when it is too big to keep, or while another listing is being read.
        """
        key = (generation, where)
        with self._lock:
            if key in self._too_big:
                return None
            table = self._tables.get(key)
            if table is not None:
                self._tables.move_to_end(key)
                return table
        store.conn.execute  # noqa: B018 (a memory-only store refuses here, before any wait)
        # one read at a time; a request arriving meanwhile is paged in SQL (about 10 ms
        # with 100,000 facts) rather than wait the seconds the read takes
        if not self._build.acquire(blocking=False):
            return None
        try:
            with self._lock:
                table = self._tables.get(key)
            if table is not None:
                return table
            table = _kept(store, where)
            with self._lock:
                if table.nbytes > self.max_bytes // 2:
                    self._too_big[key] = None
                    if len(self._too_big) > 256:
                        self._too_big.popitem(last=False)
                    return None
                self._tables[key] = table
                self._bytes += table.nbytes
                while self._bytes > self.max_bytes and len(self._tables) > 1:
                    _, old = self._tables.popitem(last=False)
                    self._bytes -= old.nbytes
            return table
        finally:
            self._build.release()


def _max_bytes() -> int:
    raw = os.environ.get("REEMARKET_LISTING_MB", "")
    try:
        return int(float(raw) * 2**20) if raw else DEFAULT_MAX_BYTES
    except ValueError:
        return DEFAULT_MAX_BYTES


_LISTINGS = _Listings(_max_bytes())


def _position_after(table: pa.Table, after: ListingKey) -> int:
    """The index of the first row of ``table`` after ``after`` in listing order."""
    doc, start, fid = table.column("doc"), table.column("value_start"), table.column("id")

    def key(i: int) -> ListingKey:
        return doc[i].as_py(), start[i].as_py(), fid[i].as_py()

    return bisect.bisect_right(range(table.num_rows), after, key=key)


def fact_page(
    store: Store, flt: FactFilter, limit: int, offset: int = 0, cursor: str | None = None
) -> FactPage:
    """A page of facts matching ``flt`` in listing order, how many match, and the next cursor.

    The page starts ``offset`` facts after the cursor (or the start); ``next`` is None
    on the last page.
    """
    where = to_where(flt)
    after = decode_cursor(cursor) if cursor else None
    generation = store.generation
    table = _LISTINGS.get(store, generation, where) if generation is not None else None
    last: ListingKey | None = None
    if table is not None:
        total = table.num_rows
        first = min(total, offset + (_position_after(table, after) if after is not None else 0))
        rows = table.column("json").slice(first, limit).to_pylist()
        json = b"[" + b",".join(rows) + b"]"
        if rows and first + len(rows) < total:
            i = first + len(rows) - 1
            last = (
                table["doc"][i].as_py(),
                table["value_start"][i].as_py(),
                table["id"][i].as_py(),
            )
    else:
        raw = fact_store.listing_page(store, where, limit + 1, offset, after)
        items = _listed(store, raw.slice(0, limit)).to_pylist()
        json = orjson.dumps(items)
        total = fact_store.count_facts(store, where)
        if items and raw.num_rows > limit:
            last = (items[-1]["doc"], items[-1]["value_start"], items[-1]["id"])
    return FactPage(json=json, total=total, next=encode_cursor(last) if last else None)
