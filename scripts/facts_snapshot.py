"""Write every corpus document's facts as one stable, sorted JSON Lines file.

Run before and after a change to the extractor, then compare the two files
(``diff`` or ``--compare OLD NEW``): every line that differs is a fact gained or
lost. The documents are the shared corpus (seeds, dev and any other set under
``../shared/corpus``), our case documents (``tests/cases``) and every held-out set
(``tests/cases/heldout*``, except the ``*_sealed`` ones, which stay unread), each dated as the ingest command dates it (the set's
meta file, a sidecar, or the text).

    .venv/bin/python scripts/facts_snapshot.py -o /tmp/before.jsonl
    .venv/bin/python scripts/facts_snapshot.py -o /tmp/after.jsonl
    .venv/bin/python scripts/facts_snapshot.py --compare /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reemarket.ingest.loaders import load_document
from reemarket.ingest.metadata import read_mapping, resolve_meta
from reemarket.ingest.pipeline import extract_text

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared"
)
_SUFFIXES = (".txt", ".md", ".html", ".pdf")


def _documents() -> Iterator[tuple[str, Path, dict[str, dict[str, Any]] | None]]:
    """(set name, path, meta mapping) for every corpus document, in a fixed order."""
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        for folder in sorted(p for p in corpus.iterdir() if p.is_dir() and p.name != "gold"):
            meta = corpus / f"{folder.name}.meta.json"
            mapping = read_mapping(meta) if meta.exists() else None
            for doc in sorted(folder.iterdir()):
                if doc.suffix in _SUFFIXES:
                    yield f"corpus/{folder.name}", doc, mapping
    for doc in sorted(CASES.iterdir()):
        if doc.suffix in (".txt", ".md") and doc.with_suffix(".jsonl").exists():
            yield "cases", doc, None
    for folder in sorted(p for p in CASES.glob("heldout*") if p.is_dir()):
        if folder.name.endswith("_sealed"):
            continue  # sealed sets stay unread until their final scoring
        meta = folder / "meta.json"
        mapping = read_mapping(meta) if meta.exists() else None
        for doc in sorted(folder.iterdir()):
            if doc.suffix in _SUFFIXES and doc.name != "README.md":
                yield f"cases/{folder.name}", doc, mapping


def snapshot() -> list[str]:
    """Every fact of every corpus document, one sorted JSON line each."""
    lines: list[str] = []
    for group, path, mapping in _documents():
        loaded = load_document(path)
        meta = resolve_meta(path, loaded.text, mapping=mapping)
        ex = extract_text(
            loaded.text,
            doc=path.name,
            document_id=path.name,
            published=meta.published,
            year=meta.year,
            page_starts=loaded.page_starts,
        )
        for f in ex.facts:
            row = {"set": group, **f.exchange(), "resolved": f.resolved}
            lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return sorted(lines)


def compare(old: Path, new: Path) -> int:
    """Print the facts only in OLD (-) and only in NEW (+); return how many differ."""
    a = set(old.read_text("utf-8").splitlines())
    b = set(new.read_text("utf-8").splitlines())
    for line in sorted(a - b):
        print("-", line)
    for line in sorted(b - a):
        print("+", line)
    print(f"{len(a - b)} lost, {len(b - a)} gained, {len(a & b)} kept", file=sys.stderr)
    return len(a ^ b)


def main(argv: list[str] | None = None) -> int:
    """Write the snapshot, or compare two."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("-o", "--out", type=Path, help="write here (default: standard output)")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = ap.parse_args(argv)
    if args.compare:
        return 1 if compare(*args.compare) else 0
    text = "".join(line + "\n" for line in snapshot())
    if args.out:
        args.out.write_text(text, "utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
