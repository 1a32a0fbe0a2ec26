"""``reemarket quotas``: a batch and the full-year total are never both 'the 2024 quota'."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reemarket.domain.quotas import quota_scope

NOTE = (
    "China quota news\n\n"
    "The Ministry of Industry and Information Technology issued the first batch of 2024 rare"
    " earth quotas on 6 February 2024: the mining quota was set at 135,000 tonnes and the"
    " smelting and separation quota at 127,000 tonnes.\n\n"
    "For the whole of 2024, China's total quotas for rare earth mining and for smelting"
    " separation came to 270,000 mt (+5.88%) and 254,000 mt (+4.16%) respectively.\n"
)


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reemarket", "--db", str(db), *args],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_batch_and_full_year_are_kept_apart(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "quota_note.txt").write_text(NOTE, encoding="utf-8")
    db = tmp_path / "q.duckdb"
    assert _run(db, "ingest", str(folder), "--date", "2024-03-01").returncode == 0
    out = _run(db, "quotas", "--year", "2024", "--json")
    assert out.returncode == 0, out.stderr
    rows = {(r["quota"], r["label"], r["origin"]): r for r in json.loads(out.stdout)}
    assert rows[("mining", "batch 1", "document")]["tonnes"] == 135_000
    assert rows[("smelting_separation", "batch 1", "document")]["tonnes"] == 127_000
    total = rows[("mining", "full year", "document")]
    assert total["tonnes"] == 270_000
    assert total["yoy_pct"] == pytest.approx(5.88)
    assert rows[("mining", "full year", "reference")]["tonnes"] == 270_000
    table = _run(db, "quotas", "--year", "2024")
    assert "batch 1" in table.stdout
    assert "full year" in table.stdout


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("MIIT issued the second batch of 2023 quotas, 120,000 t for mining.", "batch 2"),
        ("The 3rd batch brought the total to 255,000 t.", "batch 3"),
        ("Total control quotas for 2024 were 270,000 mt.", "full year"),
        ("Quotas were issued in a new batch of 10,000 t.", "batch (number not stated)"),
        ("The mining quota was set at 135,000 tonnes.", "not stated"),
    ],
)
def test_quota_scope_read_from_the_sentence(sentence: str, label: str) -> None:
    assert quota_scope(sentence).label() == label
