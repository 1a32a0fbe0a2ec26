"""Extracted documents as the store's columns: built by a Dask worker, placed by the writer.

A worker reads and extracts a chunk of files and turns it into what the writer needs:
the rows of the documents, their facts and price observations as Arrow tables (sent
whole, a few buffers rather than thousands of Python objects), and per document only
what placing it in its story takes (its MinHash signature, fact keys and date) and what
the run summary counts. The writer then places each new document and writes the rows
it keeps with a few set statements (:func:`reemarket.store.documents.write_rows`).

This module imports no more than extraction needs, so a worker process starts quickly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa

from reemarket.errors import DocumentError
from reemarket.ingest.stories import signature
from reemarket.services.ingest import (
    PreparedDocument,
    document_row,
    fact_rows,
    observations,
    prepare,
)
from reemarket.services.stories import keys_of
from reemarket.store.documents import OBSERVATIONS, STORIES, RowBatch, table


@dataclass(frozen=True)
class Entry:
    """One document of a batch: what placing it and counting it take, besides its rows."""

    id: str
    name: str
    published: date | None
    sig: bytes
    keys: frozenset[str]
    #: its rows in the batch's facts (consecutive, in the order of the documents)
    facts: int
    kinds: dict[str, int]
    unresolved: int
    #: the extractor's warnings about it (shown when it is written)
    warnings: tuple[str, ...] = ()

    @classmethod
    def of(cls, p: PreparedDocument) -> Entry:
        """The entry of an extracted document (computes its signature)."""
        kinds = dict(Counter(f.kind for f in p.facts))
        return cls(p.id, p.doc.name, p.meta.published, signature(p.doc.text), keys_of(p.facts),
                   len(p.facts), kinds, p.unresolved, p.warnings)  # fmt: skip


@dataclass(frozen=True)
class PreparedBatch:
    """Documents read and extracted, as rows for the store; not yet placed in stories.

    ``rows.stories`` is empty; ``rows.observations`` holds every document's observations
    (a copy of a stored story adds none: :meth:`placed` drops them).
    """

    entries: list[Entry]
    rows: RowBatch

    @classmethod
    def of(cls, prepared: Sequence[PreparedDocument]) -> PreparedBatch:
        """The batch of extracted documents (on a worker: signatures, keys, columns)."""
        facts: list[tuple[object, ...]] = []
        obs: list[list[object]] = []
        for p in prepared:
            # observations name their facts by row in the batch's facts table
            obs.extend(observations(p, list(range(len(facts), len(facts) + len(p.facts)))))
            facts.extend(fact_rows(p))
        rows = RowBatch.of([document_row(p) for p in prepared], facts, obs)
        return cls([Entry.of(p) for p in prepared], rows)

    @classmethod
    def concat(cls, parts: Sequence[PreparedBatch]) -> PreparedBatch:
        """Several batches as one, in order."""
        if len(parts) == 1:
            return parts[0]
        entries = [e for part in parts for e in part.entries]
        return cls(entries, RowBatch.concat([part.rows for part in parts]))

    @property
    def ids(self) -> list[str]:
        """The documents' ids, in order."""
        return [e.id for e in self.entries]

    def __len__(self) -> int:
        return len(self.entries)

    def placed(
        self, keep: Sequence[int], stories: Sequence[tuple[str, float, bytes]]
    ) -> tuple[RowBatch, list[int]]:
        """The rows to write of the documents at positions ``keep`` (ascending), placed.

        ``stories``: each kept document's (story id, similarity, signature). A document
        first of its own story keeps its observations; a copy of another story keeps
        none. Returns the rows and each kept document's observation count.
        """
        n = len(self.entries)
        at = np.asarray(keep, dtype=np.int64)
        kept = np.zeros(n, dtype=bool)
        kept[at] = True
        own = np.zeros(n, dtype=bool)
        own[at] = [
            story == self.entries[i].id for i, (story, _, _) in zip(keep, stories, strict=True)
        ]
        doc_of_fact = np.repeat(np.arange(n), [e.facts for e in self.entries])
        fact_kept = kept[doc_of_fact]
        new_row = np.cumsum(fact_kept) - 1  # a kept fact's row among the kept
        rows = self.rows
        fact = np.asarray(rows.observations.column("fact"), dtype=np.int64)
        doc_of_obs = doc_of_fact[fact]
        obs_kept = own[doc_of_obs]
        obs = rows.observations.filter(pa.array(obs_kept))
        obs = obs.set_column(
            OBSERVATIONS.get_field_index("fact"), "fact", pa.array(new_row[fact[obs_kept]])
        )
        story_rows = [(self.entries[i].id, *s) for i, s in zip(keep, stories, strict=True)]
        batch = RowBatch(
            rows.documents.take(pa.array(at)),
            rows.facts.filter(pa.array(fact_kept)),
            obs,
            table(STORIES, story_rows),
        )
        counts = np.bincount(doc_of_obs[obs_kept], minlength=n)[at]
        return batch, [int(c) for c in counts]


def prepare_chunk(
    files: list[str], mapping: dict[str, dict[str, object]] | None, given_date: date | None
) -> tuple[PreparedBatch, list[str]]:
    """Read and extract a few documents into a batch (runs on a worker; no database)."""
    done: list[PreparedDocument] = []
    errors: list[str] = []
    for f in files:
        try:
            done.append(prepare(Path(f), mapping=mapping, given_date=given_date))
        except DocumentError as exc:
            errors.append(str(exc))
    return PreparedBatch.of(done), errors
