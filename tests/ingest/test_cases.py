"""Our own test documents (tests/cases): varied phrasing, each with its expected facts."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from reemarket.ingest.loaders import load_document
from reemarket.ingest.metadata import resolve_meta
from reemarket.ingest.pipeline import extract_text

from .conftest import CASES

DOCS = sorted(
    p for p in [*CASES.glob("*.txt"), *CASES.glob("*.md")] if p.with_suffix(".jsonl").exists()
)


@pytest.mark.parametrize("doc", DOCS, ids=[p.stem for p in DOCS])
def test_case_document_gives_exactly_its_expected_facts(doc: Path, scorer: ModuleType) -> None:
    loaded = load_document(doc)
    meta = resolve_meta(doc, loaded.text)
    ex = extract_text(
        loaded.text, doc=doc.name, document_id=doc.name, published=meta.published, year=meta.year
    )
    pred = [f.exchange() for f in ex.facts if f.resolved]
    gold = [
        json.loads(line)
        for line in doc.with_suffix(".jsonl").read_text("utf-8").splitlines()
        if line
    ]
    if not gold:
        assert pred == []
        return
    _rows, misses, extras = scorer.score(gold, pred, {doc.name})
    assert not misses, misses
    assert not extras, extras
    stated = {(f["subject"], f["value"], f.get("status")) for f in pred if f["kind"] == "capacity"}
    for g in gold:
        if g["kind"] == "capacity":
            assert (g["subject"], g["value"], g["status"]) in stated, g


def test_there_are_case_documents() -> None:
    assert len(DOCS) >= 5


def test_no_sentence_of_any_corpus_document_is_skipped_by_an_error(shared: Path) -> None:
    """A rule that raises loses its sentence silently (only a warning): none may raise here."""
    docs = [*DOCS, *sorted(CASES.glob("heldout*/*.txt")), *sorted(shared.glob("corpus/*/*.txt"))]
    skipped = []
    for doc in docs:
        loaded = load_document(doc)
        meta = resolve_meta(doc, loaded.text)
        ex = extract_text(loaded.text, doc=doc.name, published=meta.published, year=meta.year)
        skipped += [w for w in ex.warnings if "skipped" in w]
    assert len(docs) > 60
    assert skipped == []
