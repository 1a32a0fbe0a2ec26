"""Use case: recognise the same story in several documents and count its facts once."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
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


@dataclass
class StoryIndex:
    """Every stored document's signature, fact keys and story, to place a new document quickly."""

    ids: list[str] = field(default_factory=list)
    story_ids: list[str] = field(default_factory=list)
    sigs: list[bytes] = field(default_factory=list)
    keys: list[frozenset[str]] = field(default_factory=list)
    #: fact key -> positions of the documents stating it (an inverted index)
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def load(cls, store: Store) -> StoryIndex:
        """Read every signature and fact key from the store."""
        index = cls()
        index._add_stored(store.conn, None)
        return index

    def _add_stored(self, conn: duckdb.DuckDBPyConnection, only: list[str] | None) -> None:
        by_doc: dict[str, set[str]] = defaultdict(set)
        for doc_id, kind, entity, subject, metric, period, value, unit in story_store.fact_keys(
            conn, only
        ):
            by_doc[doc_id].add(fact_key(kind, entity, subject, metric, period, value, unit))
        for doc_id, story_id, sig in story_store.signatures(conn, only):
            self.remember(doc_id, story_id, sig, frozenset(by_doc.get(doc_id, ())))

    def refresh(self, conn: duckdb.DuckDBPyConnection) -> None:
        """Add the documents other processes stored since this index last looked."""
        if story_store.count_placed(conn) == len(self.ids):
            return
        known = set(self.ids)
        new = [d for d in story_store.placed_ids(conn) if d not in known]
        if new:
            self._add_stored(conn, new)

    def truncate(self, size: int) -> None:
        """Forget every document remembered after the first ``size`` (a batch not written)."""
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

    def _copy_of(self, sig: bytes) -> tuple[int, float] | None:
        """(position, similarity) of the most similar remembered document, if one story.

        Slots equal in full are equal in their low byte, so the byte table's counts are
        never below the true ones: the documents it rules out cannot reach
        :data:`SAME_STORY`, and the full comparison runs on the few it keeps. The answer
        is the one a full comparison of every row gives (the first of equals), at about
        an eighth of the memory read, which is what this costs once thousands are stored.
        """
        n = len(self.sigs)
        if n == 0:
            return None
        mine = np.frombuffer(sig, dtype=np.uint64)
        need = math.ceil(SAME_STORY * SLOTS)
        rough = (self._low[:n] == (mine & np.uint64(0xFF)).astype(np.uint8)[None, :]).sum(
            axis=1, dtype=np.uint16
        )
        kept = np.flatnonzero(rough >= need)
        if not len(kept):
            return None
        same = (self._table[kept] == mine[None, :]).sum(axis=1, dtype=np.uint16)
        best = int(np.argmax(same))
        similarity = float(same[best]) / SLOTS
        return (int(kept[best]), similarity) if similarity >= SAME_STORY else None

    def place(
        self, document_id: str, text: str, facts: Iterable[Fact] = (), sig: bytes | None = None
    ) -> tuple[str, float, bytes, frozenset[str]]:
        """(story id, similarity to it, signature, fact keys) for a new document.

        The story of the most similar stored document by text when it is similar
        enough; else the story of the document whose figures agree most with this
        one's (a copy in another language); else a new story named by the document.
        ``sig``: the text's signature when already computed (by a worker).
        """
        sig = sig if sig is not None else signature(text)
        keys = keys_of(facts)
        copy = self._copy_of(sig)
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
        self, document_id: str, story_id: str, sig: bytes, keys: frozenset[str] = frozenset()
    ) -> None:
        """Add a written document to the index."""
        pos = len(self.ids)
        self.ids.append(document_id)
        self.story_ids.append(story_id)
        self.sigs.append(sig)
        if pos >= len(self._table):
            rows = max(64, 2 * len(self._table))
            self._table = _grown(self._table, rows)
            self._low = _grown(self._low, rows)
        full = np.frombuffer(sig, dtype=np.uint64)
        self._table[pos] = full
        self._low[pos] = (full & np.uint64(0xFF)).astype(np.uint8)
        self.keys.append(keys)
        for k in keys:
            self.postings[k].append(pos)


_Row = TypeVar("_Row", np.uint8, np.uint64)


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
