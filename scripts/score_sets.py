"""Score the extractor on every evaluation set with the shared scorer, one line per set.

Each set is ingested into a fresh DuckDB file through the same service the
``ingest`` command uses, its facts exported in the exchange format and scored by
``../shared/eval/score.py`` against the set's gold. Sets: the shared corpus
(``seeds``, ``dev``, ``dev_zh``) and every held-out folder under ``tests/cases``
(``heldout*`` with ``meta.json`` and ``gold.jsonl``). Sealed folders (``*_sealed``)
are scored only when named with ``--sealed``, so that nobody reads them by accident.

    .venv/bin/python scripts/score_sets.py                 # every unsealed set
    .venv/bin/python scripts/score_sets.py dev heldout9    # some sets, per-kind rows too
    .venv/bin/python scripts/score_sets.py --sealed heldout8_sealed   # that set alone
    .venv/bin/python scripts/score_sets.py --misses heldout18 # list its misses and extras

``--misses`` is refused for sealed sets: their misses stay unread.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from reemarket.services.facts import export_jsonl
from reemarket.services.ingest import ingest_paths
from reemarket.store.db import open_store

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared"
)


def _scorer() -> ModuleType:
    """The shared scorer, loaded from ``../shared/eval/score.py``."""
    path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: {path}: the scorer is missing")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sets() -> dict[str, tuple[Path, Path, Path]]:
    """Set name -> (documents folder, meta file, gold file), for every set on disk."""
    found: dict[str, tuple[Path, Path, Path]] = {}
    corpus = SHARED / "corpus"
    for name in ("seeds", "dev", "dev_zh"):
        if (corpus / name).is_dir():
            found[name] = (
                corpus / name,
                corpus / f"{name}.meta.json",
                corpus / "gold" / f"{name}.jsonl",
            )
    for folder in sorted(CASES.glob("heldout*")):
        if (folder / "gold.jsonl").exists():
            found[folder.name] = (folder, folder / "meta.json", folder / "gold.jsonl")
    return found


def score_set(
    scorer: ModuleType, folder: Path, meta: Path, gold: Path, *, misses: bool = False
) -> dict[str, dict[str, float]]:
    """Ingest FOLDER into a fresh store, export its facts and score them against GOLD.

    With ``misses`` the gold facts not found and the facts found beyond the gold are
    printed, one JSON line each after ``MISS`` or ``EXTRA``, ordered by document.
    """
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "score.duckdb")
        try:
            ingest_paths(store, [str(folder)], meta_file=meta)
            buf = io.StringIO()
            export_jsonl(store, buf)
        finally:
            store.close()
    pred = [json.loads(line) for line in buf.getvalue().splitlines() if line.strip()]
    docs = set(json.loads(meta.read_text("utf-8")))
    rows, missed, extras = scorer.score(scorer.load(str(gold)), pred, docs)
    if misses:
        listed = [("MISS", f) for f in missed] + [("EXTRA", f) for f in extras]
        for label, fact in sorted(listed, key=lambda item: (item[1].get("doc", ""), item[0])):
            print(label, json.dumps(fact, ensure_ascii=False))
    return dict(rows)


def main(argv: list[str] | None = None) -> int:
    """Score the named sets (default: every unsealed set) and print F1 per set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names (default: every unsealed set)")
    parser.add_argument("--sealed", action="append", default=[], help="a sealed set to score")
    parser.add_argument(
        "--misses", action="store_true", help="list each named set's misses and extras"
    )
    args = parser.parse_args(argv)
    if args.misses and args.sealed:
        print("error: --misses is refused for sealed sets: their misses stay unread")
        return 2
    available = _sets()
    unsealed = [n for n in available if not n.endswith("_sealed")]
    names = list(args.sets) or ([] if args.sealed else unsealed)
    names += args.sealed
    unknown = [n for n in names if n not in available]
    if unknown:
        print(f"error: unknown set(s) {', '.join(unknown)}; known: {', '.join(available)}")
        return 2
    sealed = [n for n in names if n.endswith("_sealed") and n not in args.sealed]
    if sealed:
        print(f"error: {', '.join(sealed)} sealed: name it with --sealed to score it")
        return 2
    scorer = _scorer()
    detail = bool(args.sets) or bool(args.sealed)
    print(f"{'set':<20} {'gold':>5} {'tp':>5} {'fn':>5} {'fp':>5} {'prec':>6} {'rec':>6} {'f1':>6}")
    for name in names:
        rows = score_set(scorer, *available[name], misses=args.misses)
        kinds = [k for k in rows if k != "ALL"] if detail else []
        for kind in [*kinds, "ALL"]:
            r = rows[kind]
            label = name if kind == "ALL" else f"  {kind}"
            gold = int(r["tp"] + r["fn"])
            print(
                f"{label:<20} {gold:>5} {int(r['tp']):>5} {int(r['fn']):>5} {int(r['fp']):>5}"
                f" {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
