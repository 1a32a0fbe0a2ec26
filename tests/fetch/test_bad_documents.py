"""Bad bytes from the web: mutated PDFs and BOM-less UTF-16 are named, never a traceback."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reemarket.errors import DocumentError
from reemarket.ingest.loaders import load_bytes, load_document, utf16_without_bom
from reemarket.services.ingest import ingest_paths
from reemarket.store.db import Store

from .site import tiny_pdf

PDF = tiny_pdf("Pr-Nd oxide was quoted at 440,000 yuan/mt on March 3, 2025.\n" * 5)


def test_the_sample_pdf_reads() -> None:
    doc = load_bytes(PDF, path="http://127.0.0.1/x.pdf", name="x.pdf", fmt="pdf")
    assert "440,000" in doc.text


def test_mutated_pdfs_are_not_readable_pdfs_or_read() -> None:
    rng = random.Random(11)
    messages: list[str] = []
    for _ in range(300):
        data = bytearray(PDF)
        for _ in range(rng.randint(1, 12)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            load_bytes(bytes(data), path="m.pdf", name="m.pdf", fmt="pdf")
        except DocumentError as exc:
            messages.append(str(exc))
    assert messages
    assert all(m.startswith("m.pdf: ") for m in messages)


def test_a_batch_with_a_corrupt_pdf_goes_on_with_skip_bad(store: Store, tmp_path: Path) -> None:
    (tmp_path / "bad.pdf").write_bytes(PDF[:200] + b"\x00garbage" + PDF[-100:])
    (tmp_path / "good.txt").write_text(
        "Pr-Nd oxide was quoted at 440,000 yuan/mt on March 3, 2025."
    )
    summary = ingest_paths(store, [str(tmp_path)], skip_bad=True)
    assert summary.documents == 1
    assert any("bad.pdf" in e and "PDF" in e for e in summary.errors)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(tmp_path: Path, encoding: str) -> None:
    text = "Pr-Nd oxide was quoted at 440,000 yuan/mt on March 3, 2025.\n氧化镨钕价格上涨。\n" * 20
    raw = text.encode(encoding)
    assert utf16_without_bom(raw) == encoding
    path = tmp_path / "report.txt"
    path.write_bytes(raw)
    assert "氧化镨钕" in load_document(path).text


def test_real_binary_is_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    rng = random.Random(3)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(5000)))
    with pytest.raises(DocumentError, match="binary"):
        load_document(path)
