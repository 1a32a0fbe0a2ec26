"""The code does not quote the evaluation documents.

Rules are written for the language of market reports, never for one sentence of a set we
score on, and the project's text is written here. A comment or string in ``src/`` that
repeats a line of an evaluation document word for word is the mark of a branch written for
that line, so any such quote (45 characters or more, spaces folded) fails this test, naming
the source line and the quote. Examples in the code use their own products, figures and
dates.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Folders of documents the extractor is scored or probed on (the shared corpus sits beside
#: the checkout, in CI too; a missing folder is skipped).
EVALUATION = (
    ROOT / "tests" / "cases",
    ROOT / "tests" / "probes",
    ROOT.parent / "shared" / "corpus",
)
#: A quoted stretch on one source line, in straight or curly quotes.
QUOTE = re.compile(r"[\"“]([^\"”\n]{45,})[\"”]")
MIN_QUOTE = 45


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _evaluation_text() -> str:
    """Every evaluation document's text (not the READMEs that describe a set), spaces folded."""
    parts = [
        _fold(p.read_text(encoding="utf-8", errors="replace"))
        for base in EVALUATION
        if base.is_dir()
        for p in sorted(base.rglob("*"))
        if p.is_file() and p.suffix in {".txt", ".md", ".html"} and p.name != "README.md"
    ]
    return "\n".join(parts)


def _quotes(path: Path) -> list[tuple[int, str]]:
    """(line number, quoted text) of every long quote on a line of ``path``."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for m in QUOTE.finditer(line):
            quoted = _fold(m.group(1)).replace("…", "").strip(" .")
            if len(quoted) >= MIN_QUOTE:
                found.append((number, quoted))
    return found


def test_no_source_line_quotes_an_evaluation_document() -> None:
    corpus = _evaluation_text()
    if not corpus:
        pytest.skip("no evaluation documents beside this checkout")
    hits = [
        f"{path.relative_to(ROOT)}:{number}: {quoted!r}"
        for path in sorted((ROOT / "src").rglob("*.py"))
        for number, quoted in _quotes(path)
        if quoted in corpus
    ]
    assert not hits, "source lines quote evaluation documents word for word:\n" + "\n".join(hits)


def test_the_check_finds_a_quote(tmp_path: Path) -> None:
    source = tmp_path / "rule.py"
    source.write_text(
        'x = 1  # "Neodymium oxide rose by 3,000 yuan per tonne on the week to Friday"\n'
        'y = 2  # "short quote"\n',
        encoding="utf-8",
    )
    assert _quotes(source) == [
        (1, "Neodymium oxide rose by 3,000 yuan per tonne on the week to Friday")
    ]
