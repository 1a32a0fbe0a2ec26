"""Use case: recognise the same story in several documents and count its facts once."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from reemarket.domain.facts import Fact
from reemarket.ingest.stories import (
    SAME_FACTS,
    SAME_STORY,
    fact_key,
    fact_overlap,
    signature,
    similarities,
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
        by_doc: dict[str, set[str]] = defaultdict(set)
        for doc_id, kind, entity, subject, metric, period, value, unit in story_store.fact_keys(
            store.conn
        ):
            by_doc[doc_id].add(fact_key(kind, entity, subject, metric, period, value, unit))
        index = cls()
        for doc_id, story_id, sig in story_store.signatures(store.conn):
            index.remember(doc_id, story_id, sig, frozenset(by_doc.get(doc_id, ())))
        return index

    def place(
        self, document_id: str, text: str, facts: Iterable[Fact] = ()
    ) -> tuple[str, float, bytes, frozenset[str]]:
        """(story id, similarity to it, signature, fact keys) for a new document.

        The story of the most similar stored document by text when it is similar
        enough; else the story of the document whose figures agree most with this
        one's (a copy in another language); else a new story named by the document.
        """
        sig = signature(text)
        keys = keys_of(facts)
        sims = similarities(sig, self.sigs)
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
