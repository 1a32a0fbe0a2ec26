"""Use case: why a sentence of a document gave the facts it gave (rules fired, vetoes).

One answer for both languages. The document (a file, or a stored document by name
or id) is extracted exactly as ``ingest`` extracts it, with the trace on; the chosen
sentences come back with every rule hit and veto of their figures and the facts
that were finally kept. English sentences carry the English grammar's trace
(``ingest/trace.py``); Chinese sentences carry the Chinese rules' events
(``ingest/rules/zh.py``), in the same shape.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reemarket.domain.facts import Fact
from reemarket.errors import InputError
from reemarket.ingest import trace
from reemarket.ingest.loaders import load_document
from reemarket.ingest.metadata import read_mapping, resolve_meta
from reemarket.ingest.pipeline import extract_text
from reemarket.ingest.rules.zh import extract_zh
from reemarket.ingest.rules.zh_text import is_chinese, normalise
from reemarket.services.browse import get_document
from reemarket.store.db import Store


@dataclass(frozen=True)
class SentenceWhy:
    """One sentence: its number, offset, text, language, rule hits and the facts kept from it."""

    number: int
    start: int
    text: str
    language: str
    hits: list[trace.RuleHit]
    kept: list[dict[str, Any]] = field(default_factory=list)
    published: date | None = None
    """The document's publication date; without one, figures with no stated date are dropped."""


def _chosen(texts: list[str], which: str) -> list[int]:
    """Indexes of the sentences ``which`` names: a 1-based number, or a piece of text."""
    if not which.strip():
        raise InputError("the sentence to explain is empty", field="sentence")
    if which.strip().isdigit():
        n = int(which)
        if not 1 <= n <= len(texts):
            raise InputError(f"sentence {n}: the document has {len(texts)} sentence(s)")
        return [n - 1]
    needle = normalise(" ".join(which.split())).lower()
    found = [i for i, t in enumerate(texts) if needle in normalise(" ".join(t.split())).lower()]
    if not found:
        raise InputError(f"no sentence contains {which!r}")
    return found


def _kept(facts: list[Fact], start: int, end: int) -> list[dict[str, Any]]:
    return [
        f.exchange(evidence=False) | {"resolved": f.resolved}
        for f in facts
        if start <= f.span_start < end
    ]


def explain_text(
    text: str,
    which: str,
    *,
    name: str = "text",
    published: date | None = None,
    year: int | None = None,
    language: str | None = None,
) -> list[SentenceWhy]:
    """The trace of the sentences of ``text`` that ``which`` names (number or text)."""
    lang = language or ("zh" if is_chinese(text) else "en")
    doc_id = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if lang == "zh":
        res = extract_zh(
            text, document_id=doc_id, doc=name, published=published, year=year, version="why"
        )
        starts = sorted(res.sentences)
        texts = [res.sentences[b] for b in starts]
        out = []
        for i in _chosen(texts, which):
            b = starts[i]
            hits = [
                trace.RuleHit(rule_id=f"zh.{e.rule}", family="-", veto_code=e.veto, note=e.fact)
                for e in res.trace.get(b, [])
            ]
            kept = _kept(res.facts, b, b + len(texts[i]))
            out.append(SentenceWhy(i + 1, b, texts[i], "zh", hits, kept, published))
        return out
    with trace.recording() as rec:
        ex = extract_text(
            text, document_id=doc_id, doc=name, published=published, year=year, language="en"
        )
    sentences = [s for s in rec.sentences if s.start >= 0]
    found = []
    for i in _chosen([s.text for s in sentences], which):
        s = sentences[i]
        kept = _kept(ex.facts, s.start, s.start + len(s.text))
        found.append(SentenceWhy(i + 1, s.start, s.text, "en", list(s.hits), kept, published))
    return found


def explain(
    path: Path, which: str, *, meta_file: Path | None = None, given_date: date | None = None
) -> list[SentenceWhy]:
    """The trace of the sentences of the file ``path`` that ``which`` names."""
    mapping = read_mapping(meta_file) if meta_file is not None else None
    doc = load_document(path)
    meta = resolve_meta(
        path, doc.text, mapping=mapping, given_date=given_date, declared_title=doc.title
    )
    return explain_text(
        doc.text,
        which,
        name=doc.name,
        published=meta.published,
        year=meta.year,
        language=meta.language,
    )


def explain_stored(store: Store, doc: str, which: str) -> list[SentenceWhy]:
    """The trace of the sentences of a stored document (by id, name or a name's start).

    The document is read with the date and year it was stored with, as ingest read it.
    """
    d = get_document(store, doc)
    return explain_text(
        d.text, which, name=d.name, published=d.published, year=d.year, language=d.language
    )
