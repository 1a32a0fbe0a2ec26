"""Use case: recognise the same story in several documents and count its facts once."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from reemarket.ingest.stories import SAME_STORY, signature, similarities
from reemarket.store import stories as story_store
from reemarket.store.db import Store


@dataclass
class StoryIndex:
    """Every stored document's signature and story, to place a new document quickly."""

    ids: list[str] = field(default_factory=list)
    story_ids: list[str] = field(default_factory=list)
    sigs: list[bytes] = field(default_factory=list)

    @classmethod
    def load(cls, store: Store) -> StoryIndex:
        """Read every signature from the store."""
        index = cls()
        for doc_id, story_id, sig in story_store.signatures(store.conn):
            index.remember(doc_id, story_id, sig)
        return index

    def place(self, document_id: str, text: str) -> tuple[str, float, bytes]:
        """(story id, similarity to it, signature) for a new document's text.

        The story of the most similar stored document when it is similar enough,
        else a new story named by the document itself.
        """
        sig = signature(text)
        sims = similarities(sig, self.sigs)
        if len(sims):
            best = int(np.argmax(sims))
            if sims[best] >= SAME_STORY:
                return self.story_ids[best], float(sims[best]), sig
        return document_id, 1.0, sig

    def remember(self, document_id: str, story_id: str, sig: bytes) -> None:
        """Add a written document to the index."""
        self.ids.append(document_id)
        self.story_ids.append(story_id)
        self.sigs.append(sig)


def story_fact_counts(store: Store) -> dict[str, int]:
    """Facts counted once per story, and all facts stored."""
    once, every = story_store.count_story_facts(store.conn)
    return {"facts_once_per_story": once, "facts_stored": every}
