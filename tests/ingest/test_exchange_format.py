"""One writer of the exchange format: a fact reads the same from memory and from the store."""

from __future__ import annotations

import io
import json
from pathlib import Path

from reemarket.domain.facts import Fact, exchange_record
from reemarket.ingest.loaders import load_document
from reemarket.ingest.metadata import resolve_meta
from reemarket.ingest.pipeline import extract_text
from reemarket.services.facts import export_jsonl
from reemarket.services.ingest import ingest_paths
from reemarket.store.db import open_store

from .conftest import CASES


def _fact(**kw: object) -> Fact:
    base: dict[str, object] = {
        "kind": "price",
        "entity": "china",
        "subject": "prnd_oxide",
        "metric": "price",
        "period": "2025-03-04",
        "value": 443000.0,
        "unit": "CNY/t",
        "document_id": "d",
        "doc": "d.txt",
        "span_start": 0,
        "span_end": 7,
        "sentence": "Pr-Nd oxide was 443,000 yuan/t.",
        "extractor_version": "test",
    }
    base.update(kw)
    return Fact(**base)  # type: ignore[arg-type]


def test_whole_numbers_print_as_integers_and_others_are_rounded() -> None:
    rec = _fact(value=0.1 + 0.2, value_high=443000.0).exchange(evidence=False)
    assert rec["value"] == [0.3, 443000]
    assert isinstance(rec["value"][1], int)
    assert "evidence" not in rec


def test_scaled_float_noise_is_written_as_the_printed_figure() -> None:
    # 36.98 x 10,000 is 369799.99999999994 in binary floats; the report printed 36.98万
    rec = _fact(value=36.98 * 10000, value_high=0.0001234567891234).exchange(evidence=False)
    assert rec["value"] == [369800, 0.000123456789123]
    assert isinstance(rec["value"][0], int)


def test_status_and_bound_appear_only_when_set() -> None:
    rec = _fact(kind="capacity", status="operating", bound="lower").exchange()
    assert rec["status"] == "operating"
    assert rec["bound"] == "lower"
    assert rec["evidence"] == "Pr-Nd oxide was 443,000 yuan/t."
    plain = exchange_record(
        doc="d.txt",
        kind="price",
        entity="china",
        subject="prnd_oxide",
        metric="price",
        period="2025",
        value=1.0,
        value_high=None,
        unit="%",
        status="",
        bound=None,
        evidence=None,
    )
    assert "status" not in plain
    assert "bound" not in plain
    assert "evidence" not in plain


def test_export_from_the_store_equals_the_facts_extracted(tmp_path: Path) -> None:
    docs = [CASES / "c53_output_holders.txt", CASES / "c45_realised_prices_and_quarters.txt"]
    expected: list[dict[str, object]] = []
    for doc in docs:
        loaded = load_document(doc)
        meta = resolve_meta(doc, loaded.text)
        ex = extract_text(
            loaded.text,
            doc=doc.name,
            document_id=doc.name,
            published=meta.published,
            year=meta.year,
        )
        expected += [f.exchange() for f in ex.facts if f.resolved]
    store = open_store(tmp_path / "x.duckdb")
    try:
        ingest_paths(store, [str(d) for d in docs])
        buf = io.StringIO()
        export_jsonl(store, buf)
    finally:
        store.close()
    got = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert len(expected) >= 20

    def key(r: dict[str, object]) -> str:
        return json.dumps(r, sort_keys=True)

    assert sorted(map(key, got)) == sorted(map(key, expected))
