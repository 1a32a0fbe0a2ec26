"""Use case: recognise the same story in several documents and count its facts once."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

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

    def _similarities(self, sig: bytes) -> npt.NDArray[np.float64]:
        n = len(self.sigs)
        if n == 0:
            return np.zeros(0)
        mine = np.frombuffer(sig, dtype=np.uint64)
        # slots equal, counted as bytes: the same fractions as a mean, at half the time
        same = (self._table[:n] == mine[None, :]).view(np.uint8).sum(axis=1, dtype=np.uint16)
        result: npt.NDArray[np.float64] = same / SLOTS
        return result

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
        sims = self._similarities(sig)
        if len(sims):
            best = int(np.argmax(sims))
            if sims[best] >= SAME_STORY:
                return self.story_ids[best], float(sims[best]), sig, keys
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
            grown = np.zeros((max(64, 2 * len(self._table)), SLOTS), dtype=np.uint64)
            grown[: len(self._table)] = self._table
            self._table = grown
        self._table[pos] = np.frombuffer(sig, dtype=np.uint64)
        self.keys.append(keys)
        for k in keys:
            self.postings[k].append(pos)


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
