"""Use case: why a sentence of a document gave the facts it gave (rules fired, vetoes).

The document is extracted exactly as ``ingest`` extracts it, with the trace on;
the chosen sentences come back with every rule hit and veto of their figures and
the facts that were finally kept (after the document pass removed repeats).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reemarket.errors import InputError
from reemarket.ingest import trace
from reemarket.ingest.metadata import read_mapping
from reemarket.services.ingest import prepare


@dataclass(frozen=True)
class SentenceWhy:
    """One sentence: its number, offset, text, rule hits and the facts kept from it."""

    number: int
    start: int
    text: str
    hits: list[trace.RuleHit]
    kept: list[dict[str, Any]] = field(default_factory=list)


def _chosen(sentences: list[trace.SentenceTrace], which: str) -> list[int]:
    """Indexes of the sentences ``which`` names: a 1-based number, or a piece of text."""
    if which.strip().isdigit():
        n = int(which)
        if not 1 <= n <= len(sentences):
            raise InputError(f"sentence {n}: the document has {len(sentences)} sentence(s)")
        return [n - 1]
    needle = " ".join(which.split()).lower()
    found = [i for i, s in enumerate(sentences) if needle in " ".join(s.text.split()).lower()]
    if not found:
        raise InputError(f"no sentence contains {which!r}")
    return found


def explain(
    path: Path, which: str, *, meta_file: Path | None = None, given_date: date | None = None
) -> list[SentenceWhy]:
    """The trace of the sentences of ``path`` that ``which`` names (number or text)."""
    mapping = read_mapping(meta_file) if meta_file is not None else None
    with trace.recording() as rec:
        prepared = prepare(path, mapping=mapping, given_date=given_date)
    sentences = [s for s in rec.sentences if s.start >= 0]
    out = []
    for i in _chosen(sentences, which):
        s = sentences[i]
        end = s.start + len(s.text)
        kept = [
            f.exchange(evidence=False) | {"resolved": f.resolved}
            for f in prepared.facts
            if s.start <= f.span_start < end
        ]
        out.append(SentenceWhy(i + 1, s.start, s.text, list(s.hits), kept))
    return out
