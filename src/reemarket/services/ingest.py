"""Use case: ingest documents into the store, one transaction per document.

A document is identified by the sha256 of its repaired text: ingesting it again adds
nothing. All files are read and extracted before anything is written, so a file that
cannot be read (empty, binary, too large, wrong type) stops the run with nothing
written, unless ``skip_bad`` is set.
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb

from reemarket.domain.facts import Fact
from reemarket.domain.money import MARKET_BASIS, market_basis
from reemarket.domain.products import catalog
from reemarket.domain.units import convert
from reemarket.errors import DocumentError, UnitError
from reemarket.ingest.loaders import SUFFIXES, LoadedDocument, load_document
from reemarket.ingest.metadata import DocumentMeta, read_mapping, resolve_meta
from reemarket.ingest.pipeline import EXTRACTOR_VERSION, extract_text
from reemarket.services.stories import StoryIndex
from reemarket.store import documents as doc_store
from reemarket.store import stories as story_store
from reemarket.store.db import Store

#: Work done inside a document's write transaction (e.g. its web provenance).
InTransaction = Callable[[duckdb.DuckDBPyConnection], None]


@dataclass
class PreparedDocument:
    """A document read and extracted, ready to be written."""

    doc: LoadedDocument
    meta: DocumentMeta
    id: str
    facts: list[Fact]
    unresolved: int
    #: what the extractor could not read and said so ("zh_table_unit_missing: ..."), by name
    warnings: tuple[str, ...] = ()


@dataclass
class IngestSummary:
    """What an ingest run did."""

    documents: int = 0
    skipped: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    observations: int = 0
    unresolved: int = 0
    retitled: int = 0
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: Seconds spent per phase of the work, summed over the processes that did it (set by
    #: the parallel ingest: ``extract``, ``wait`` for the write turn, ``write``, of which
    #: ``place`` and of that ``refresh``; each also as ``<phase>_cpu``, the CPU seconds of
    #: its process); kept out of :meth:`as_dict`, as it describes the machine rather than
    #: the documents.
    seconds: dict[str, float] = field(default_factory=dict)

    def merge(self, other: IngestSummary) -> None:
        """Add another part of the same run (a worker's chunk) to this summary."""
        self.documents += other.documents
        self.skipped += other.skipped
        self.facts.update(other.facts)
        self.observations += other.observations
        self.unresolved += other.unresolved
        self.retitled += other.retitled
        self.warnings.extend(other.warnings)
        self.errors.extend(other.errors)
        for phase, spent in other.seconds.items():
            self.seconds[phase] = self.seconds.get(phase, 0.0) + spent

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready view."""
        return {
            "documents": self.documents,
            "already_ingested": self.skipped,
            "titles_updated": self.retitled,
            "facts": dict(sorted(self.facts.items())),
            "facts_total": sum(self.facts.values()),
            "observations": self.observations,
            "unresolved_facts": self.unresolved,
            "warnings": self.warnings,
            "errors": self.errors,
        }


def expand_paths(paths: Iterable[str]) -> list[Path]:
    """Files named, files in folders (recursively, known types only) and glob matches.

    A file reached twice (named and in a folder, or through a link) is listed once.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = (f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file())
            # sorted as paths sort (part by part), by a key: a fifth of comparing Paths
            out.extend(sorted(found, key=lambda f: f.parts))
        elif p.exists():
            out.append(p)
        else:
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                raise DocumentError(f"{raw}: no such file, folder or matching files")
            out.extend(f for f in files if f.suffix.lower() in SUFFIXES or len(files) == 1)
    seen: set[str] = set()
    unique = []
    folders: dict[str, str] = {}  # each folder resolved once, not once per file in it
    for f in out:
        if f.is_symlink():
            r = str(f.resolve())
        else:
            folder, name = os.path.split(str(f))
            if folder not in folders:
                folders[folder] = str(Path(folder or ".").resolve())
            r = os.path.join(folders[folder], name)
        if r not in seen:
            seen.add(r)
            unique.append(f)
    return unique


def prepare(
    path: Path, *, mapping: dict[str, dict[str, object]] | None, given_date: date | None
) -> PreparedDocument:
    """Read, repair and extract one document (no database access)."""
    doc = load_document(path)
    meta = resolve_meta(
        path, doc.text, mapping=mapping, given_date=given_date, declared_title=doc.title
    )
    return extract_loaded(doc, meta)


def extract_loaded(doc: LoadedDocument, meta: DocumentMeta) -> PreparedDocument:
    """Extract a loaded document with its metadata (a file's or a web page's)."""
    doc_id = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    ex = extract_text(
        doc.text,
        document_id=doc_id,
        doc=doc.name,
        published=meta.published,
        year=meta.year,
        page_starts=doc.page_starts,
        language=meta.language,
    )
    return PreparedDocument(doc, meta, doc_id, ex.facts, ex.unresolved, tuple(ex.warnings))


def ingest_paths(
    store: Store,
    paths: Iterable[str],
    *,
    meta_file: Path | None = None,
    given_date: date | None = None,
    skip_bad: bool = False,
    progress: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest files, folders and globs; return the run summary."""
    files = expand_paths(paths)
    if not files:
        raise DocumentError("no documents found (expected .txt, .md, .html or .pdf files)")
    mapping = read_mapping(meta_file) if meta_file else None
    summary = IngestSummary()
    prepared: list[PreparedDocument] = []
    for f in files:
        try:
            prepared.append(prepare(f, mapping=mapping, given_date=given_date))
        except DocumentError as exc:
            if not skip_bad:
                raise
            summary.errors.append(str(exc))
        if progress:
            progress(f.name)
    stories = StoryIndex.load(store) if prepared else None
    for p in prepared:
        write_document(store, p, summary, stories=stories)
    if summary.unresolved:
        summary.warnings.insert(
            0, f"{summary.unresolved} fact(s) stored unresolved: their dates could not be resolved"
        )
    doc_store.record_run(store, "ingest", {"paths": [str(f) for f in files]}, summary.as_dict())
    return summary


def write_document(
    store: Store,
    p: PreparedDocument,
    summary: IngestSummary,
    *,
    stories: StoryIndex | None = None,
    also: InTransaction | None = None,
) -> bool:
    """Write one document, its facts, price observations and story in one transaction.

    A copy of a story already stored keeps its facts and provenance but adds no price
    observations: the story's prices are counted once. ``also`` runs inside the same
    transaction, also when the document is already stored. Returns True when written.
    """
    if doc_store.has_document(store, p.id):
        # a store from before titles were read gets the title now (nothing else changes)
        if p.meta.title and doc_store.set_title(store, p.id, p.meta.title):
            summary.retitled += 1
        if also is not None:
            with store.transaction() as tx:
                also(tx)
        summary.skipped += 1
        return False
    index = stories if stories is not None else StoryIndex.load(store)
    day = p.meta.published
    story_id, similarity, sig, keys = index.place(p.id, p.doc.text, p.facts, published=day)

    def in_transaction(tx: duckdb.DuckDBPyConnection) -> None:
        story_store.add(tx, p.id, story_id, similarity, sig)
        if also is not None:
            also(tx)

    obs = doc_store.insert_document(
        store,
        document_row(p),
        fact_rows(p),
        lambda ids: observations(p, ids) if story_id == p.id else [],
        also=in_transaction,
    )
    index.remember(p.id, story_id, sig, keys, day)
    if story_id != p.id:
        summary.warnings.append(
            f"{p.doc.name}: a copy of a story already stored (similarity {similarity:.2f});"
            " its facts are kept but counted once"
        )
    if obs is None:  # another process stored it first (the team store)
        summary.skipped += 1
        return False
    kinds = Counter(f.kind for f in p.facts)
    count_written(summary, p.doc.name, kinds, p.unresolved, p.meta.published, len(obs), p.warnings)
    return True


def document_row(p: PreparedDocument) -> tuple[object, ...]:
    """The document's row as the store writes it."""
    return (p.id, p.doc.name, str(p.doc.path), p.doc.format, p.meta.title, p.meta.publisher,
            p.meta.language, p.meta.published, p.meta.year, p.doc.text, p.doc.page_starts)  # fmt: skip


def fact_rows(p: PreparedDocument) -> list[tuple[object, ...]]:
    """The document's facts as the store writes them (provenance on every row)."""
    return [
        (p.id, f.kind, f.entity, f.subject, f.metric, f.period, f.period_start, f.period_end,
         f.resolved, f.value, f.value_high, f.unit, f.status, f.bound, f.span_start, f.span_end,
         f.sentence, f.extractor_version or EXTRACTOR_VERSION)
        for f in p.facts
    ]  # fmt: skip


def count_written(
    summary: IngestSummary,
    name: str,
    kinds: Mapping[str, int],
    unresolved: int,
    published: date | None,
    observations: int,
    warnings: Sequence[str] = (),
) -> None:
    """Add a written document (its facts by kind) to the run summary, with its warnings.

    ``warnings`` are the extractor's own about the document (a table naming no unit, two
    units disagreeing), already prefixed with the document's name.
    """
    summary.documents += 1
    summary.warnings.extend(warnings)
    summary.observations += observations
    summary.unresolved += unresolved
    summary.facts.update(kinds)
    if unresolved:
        summary.warnings.append(f"{name}: {unresolved} fact(s) with unresolved dates")
    if published is None:
        summary.warnings.append(
            f"{name}: no publication date found (give its date or a metadata file)"
        )


def observations(p: PreparedDocument, ids: list[int]) -> list[list[object]]:
    """Price observations from the document's dated quotes, one per product, market and day."""
    groups: dict[tuple[str, str, str], dict[str, tuple[float, str, int]]] = {}
    for f, fid in zip(p.facts, ids, strict=True):
        if (
            f.kind != "price"
            or f.metric not in ("price", "price_low", "price_high")
            or not f.resolved
        ):
            continue
        if len(f.period) != 10 or f.entity not in MARKET_BASIS:
            continue
        product = catalog().find(f.subject)
        if product is None:
            continue
        currency = f.unit.split("/")[0]
        target = product.quote_unit if currency == "CNY" else f"{currency}/kg"
        try:
            value = convert(f.value, f.unit, target)
        except UnitError:
            continue
        slot = groups.setdefault((product.id, f.entity, f.period), {})
        key = f"{currency}:{f.metric}"
        slot.setdefault(key, (value, target, fid))
    rows: list[list[object]] = []
    for (product_id, market, day), slot in groups.items():
        currencies = sorted({k.split(":")[0] for k in slot}, key=lambda c: (c != "CNY", c))
        cur = (
            currencies[0]
            if market == "china"
            else sorted(currencies, key=lambda c: (c != "USD", c))[0]
        )
        low = slot.get(f"{cur}:price_low")
        high = slot.get(f"{cur}:price_high")
        single = slot.get(f"{cur}:price")
        lo: float | None
        hi: float | None
        if low and high:
            mid = (low[0] + high[0]) / 2
            unit, fid = low[1], low[2]
            lo, hi = low[0], high[0]
        elif single:
            mid, unit, fid = single
            lo = hi = None
        else:
            continue
        rows.append(
            [
                product_id,
                market,
                date.fromisoformat(day),
                lo,
                hi,
                mid,
                unit,
                market_basis(market).value,
                p.doc.name,
                fid,
            ]
        )
    return rows
