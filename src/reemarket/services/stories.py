"""Use case: recognise the same story in several documents and count its facts once."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

import duckdb
import numpy as np
import numpy.typing as npt

from reemarket.domain.facts import Fact
from reemarket.ingest.stories import (
    SAME_FACTS,
    SAME_STORY,
    SLOTS,
    fact_key,
    fact_overlap,
    signature,
)
from reemarket.store import stories as story_store
from reemarket.store.db import Store

#: Days apart two documents may be published and still be copies of one story by text.
STORY_DAYS = 30
#: The day of a document without a publication date.
NO_DAY = -1


@dataclass
class StoryIndex:
    """Every stored document's signature, fact keys and story, to place a new document quickly."""

    ids: list[str] = field(default_factory=list)
    story_ids: list[str] = field(default_factory=list)
    sigs: list[bytes] = field(default_factory=list)
    keys: list[frozenset[str]] = field(default_factory=list)
    #: fact key -> positions of the documents stating it (an inverted index)
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    #: The team store's snapshot read up to (None: an embedded file, or not known); the
    #: documents remembered up to :attr:`_seen_size` include every one placed by then.
    seen: int | None = None
    _seen_size: int = 0

    @classmethod
    def load(cls, store: Store) -> StoryIndex:
        """Read every signature and fact key from the store."""
        index = cls()
        # the snapshot first: what the reads below add after it is read again, and skipped
        seen = story_store.snapshot(store.conn)
        index._add(story_store.signatures(store.conn), story_store.fact_keys(store.conn), set())
        index._mark(seen)
        return index

    def _add(
        self,
        sigs: list[story_store.Signature],
        facts: list[story_store.FactKey],
        known: set[str],
    ) -> None:
        by_doc: dict[str, set[str]] = defaultdict(set)
        for doc_id, kind, entity, subject, metric, period, value, unit in facts:
            by_doc[doc_id].add(fact_key(kind, entity, subject, metric, period, value, unit))
        for doc_id, story_id, sig, published in sigs:
            if doc_id not in known:
                self.remember(doc_id, story_id, sig, frozenset(by_doc.get(doc_id, ())), published)

    def _mark(self, seen: int | None) -> None:
        self.seen, self._seen_size = seen, len(self.ids)

    def refresh(self, conn: duckdb.DuckDBPyConnection) -> None:
        """Add the documents other processes stored since this index last looked.

        On the team store only the rows of the snapshots since the last look are read
        (so each refresh costs what was added, not what is stored); on an embedded file,
        or when the lake cannot say, the stored ids are compared with those remembered.
        Documents remembered already (this process's own) are not added again.
        """
        now = story_store.snapshot(conn)
        if now is not None and self.seen is not None:
            changes = story_store.placed_since(conn, self.seen, now)
            if changes is not None:
                self._add(*changes, set(self.ids) if changes[0] else set())
                self._mark(now)
                return
        if story_store.count_placed(conn) != len(self.ids):
            known = set(self.ids)
            new = [d for d in story_store.placed_ids(conn) if d not in known]
            if new:
                self._add(
                    story_store.signatures(conn, new), story_store.fact_keys(conn, new), known
                )
        self._mark(now)

    def committed(self, conn: duckdb.DuckDBPyConnection) -> None:
        """Take note that the batch just remembered was committed (outside its transaction).

        On the team store, when the store's snapshot is the one right after the snapshot
        the last refresh read, that snapshot is this commit, and the next refresh need
        not read this process's own documents back; when others committed too, it reads
        from where it was (and skips the documents it remembers).
        """
        if self.seen is None:
            return
        now = story_store.snapshot(conn)
        if now == self.seen + 1:
            self._mark(now)

    def truncate(self, size: int) -> None:
        """Forget every document remembered after the first ``size`` (a batch not written)."""
        if size < self._seen_size:  # documents of the last refresh go: read them again next
            self.seen = None
        for k in {k for keys in self.keys[size:] for k in keys}:
            positions = self.postings[k]
            while positions and positions[-1] >= size:
                positions.pop()
        del self.ids[size:], self.story_ids[size:], self.sigs[size:], self.keys[size:]

    #: The signatures as rows of one array (grown by doubling), compared at once.
    _table: npt.NDArray[np.uint64] = field(
        default_factory=lambda: np.zeros((0, SLOTS), dtype=np.uint64)
    )
    #: The low byte of every slot: a table an eighth the size, read first (see _copy_of).
    _low: npt.NDArray[np.uint8] = field(
        default_factory=lambda: np.zeros((0, SLOTS), dtype=np.uint8)
    )
    #: Each row's publication day (proleptic ordinal), or :data:`NO_DAY`.
    _days: npt.NDArray[np.int32] = field(default_factory=lambda: np.zeros(0, dtype=np.int32))

    def _copy_of(self, sig: bytes, published: date | None) -> tuple[int, float] | None:
        """(position, similarity) of the most similar remembered document, if one story.

        Only documents published within :data:`STORY_DAYS` of ``published`` are
        compared (all of them when either date is unknown): copies of a story come out
        days apart, and a report that reads like one from months before is a new issue
        of a series, not a copy. Slots equal in full are equal in their low byte, so the
        byte table's counts are never below the true ones: the documents it rules out
        cannot reach :data:`SAME_STORY`, and the full comparison runs on the few it
        keeps. The answer is the one a full comparison of those rows gives (the first
        of equals), at about an eighth of the memory read.
        """
        n = len(self.sigs)
        if n == 0:
            return None
        mine = np.frombuffer(sig, dtype=np.uint64)
        need = math.ceil(SAME_STORY * SLOTS)
        if published is None:
            rows = np.arange(n)
        else:
            days = self._days[:n]
            near = np.abs(days - published.toordinal()) <= STORY_DAYS
            rows = np.flatnonzero(near | (days == NO_DAY))
            if not len(rows):
                return None
        low = self._low[:n] if published is None else self._low[rows]
        kept = rows[np.flatnonzero(_equal_bytes(low, mine) >= need)]
        if not len(kept):
            return None
        same = (self._table[kept] == mine[None, :]).sum(axis=1, dtype=np.uint16)
        best = int(np.argmax(same))
        similarity = float(same[best]) / SLOTS
        return (int(kept[best]), similarity) if similarity >= SAME_STORY else None

    def place(
        self,
        document_id: str,
        text: str,
        facts: Iterable[Fact] = (),
        sig: bytes | None = None,
        published: date | None = None,
        keys: frozenset[str] | None = None,
    ) -> tuple[str, float, bytes, frozenset[str]]:
        """(story id, similarity to it, signature, fact keys) for a new document.

        The story of the most similar stored document by text when it is similar
        enough; else the story of the document whose figures agree most with this
        one's (a copy in another language); else a new story named by the document.
        ``sig``: the text's signature when already computed (by a worker);
        ``published``: the document's date, which limits the text comparison to the
        documents near it (see :meth:`_copy_of`); ``keys``: the facts' keys when already
        computed (:func:`keys_of`, by a worker).
        """
        sig = sig if sig is not None else signature(text)
        keys = keys if keys is not None else keys_of(facts)
        copy = self._copy_of(sig, published)
        if copy is not None:
            return self.story_ids[copy[0]], copy[1], sig, keys
        shared = Counter(i for k in keys for i in self.postings.get(k, ()))
        overlaps = [(fact_overlap(n, len(keys), len(self.keys[i])), -i) for i, n in shared.items()]
        if overlaps:
            score, neg = max(overlaps)
            if score >= SAME_FACTS:
                return self.story_ids[-neg], score, sig, keys
        return document_id, 1.0, sig, keys

    def remember(
        self,
        document_id: str,
        story_id: str,
        sig: bytes,
        keys: frozenset[str] = frozenset(),
        published: date | None = None,
    ) -> None:
        """Add a written document to the index, with its publication date if known."""
        pos = len(self.ids)
        self.ids.append(document_id)
        self.story_ids.append(story_id)
        self.sigs.append(sig)
        if pos >= len(self._table):
            rows = max(64, 2 * len(self._table))
            self._table = _grown(self._table, rows)
            self._low = _grown(self._low, rows)
            days = np.full(rows, NO_DAY, dtype=np.int32)
            days[: len(self._days)] = self._days
            self._days = days
        full = np.frombuffer(sig, dtype=np.uint64)
        self._table[pos] = full
        self._low[pos] = (full & np.uint64(0xFF)).astype(np.uint8)
        self._days[pos] = published.toordinal() if published is not None else NO_DAY
        self.keys.append(keys)
        for k in keys:
            self.postings[k].append(pos)


_Row = TypeVar("_Row", np.uint8, np.uint64)

#: Adds the eight bytes of a 64-bit word into its top byte.
_BYTE_SUM = np.uint64(0x0101010101010101)


def _equal_bytes(low: npt.NDArray[np.uint8], sig: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """Per row of ``low``, how many slots hold the low byte of ``sig``'s slot.

    The 0/1 bytes of the comparison are added eight at a time as 64-bit words (no
    byte exceeds SLOTS / 8), then each word's bytes are added by one multiplication:
    about half the time of summing the booleans, which is most of placing a document
    once tens of thousands are stored.
    """
    same = (low == (sig & np.uint64(0xFF)).astype(np.uint8)[None, :]).view(np.uint64)
    words = same.sum(axis=1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        total: npt.NDArray[np.uint64] = (words * _BYTE_SUM) >> np.uint64(56)
    return total


def _grown(table: npt.NDArray[_Row], rows: int) -> npt.NDArray[_Row]:
    """``table`` copied into a zeroed table of ``rows`` rows."""
    out = np.zeros((rows, table.shape[1]), dtype=table.dtype)
    out[: len(table)] = table
    return out


def keys_of(facts: Iterable[Fact]) -> frozenset[str]:
    """The fact keys of a document's resolved facts."""
    return frozenset(
        fact_key(f.kind, f.entity, f.subject, f.metric, f.period, f.value, f.unit)
        for f in facts
        if f.resolved
    )


def story_fact_counts(store: Store) -> dict[str, int]:
    """Facts counted once per story, and all facts stored."""
    once, every = story_store.count_story_facts(store.conn)
    return {"facts_once_per_story": once, "facts_stored": every}
