"""The same story twice: syndicated and rewritten copies are one story, facts counted once."""

from __future__ import annotations

import re
from pathlib import Path

from reemarket.ingest.stories import SAME_STORY, signature, similarities
from reemarket.services.ingest import ingest_paths
from reemarket.services.stories import story_fact_counts
from reemarket.store.db import Store


def _sim(a: str, b: str) -> float:
    return float(similarities(signature(a), [signature(b)])[0])


def _rewrite(text: str) -> str:
    """A syndicated rewrite: new header and footer, a paragraph dropped, words changed."""
    paras = [p for p in text.split("\n") if p.strip()]
    body = paras[:2] + paras[3:]
    swapped = [re.sub(r"\brose\b", "climbed", re.sub(r"\bsaid\b", "stated", p)) for p in body]
    return "\n".join(
        [
            "Republished with permission | Metals Daily Wire",
            *swapped,
            "Subscribe to our newsletter.",
        ]
    )


def test_a_rewrite_is_the_same_story_and_other_stories_are_not(shared: Path) -> None:
    seed = next((shared / "corpus" / "seeds").glob("001_*")).read_text("utf-8")
    dev12 = next((shared / "corpus" / "dev").glob("12_*")).read_text("utf-8")
    assert _sim(seed, _rewrite(seed)) >= SAME_STORY
    assert _sim(dev12, _rewrite(dev12)) >= SAME_STORY
    assert _sim(seed, dev12) < 0.1


def test_no_two_corpus_documents_are_merged(store: Store, shared: Path) -> None:
    corpus = shared / "corpus"
    paths = [str(corpus / d) for d in ("dev", "dev_zh", "seeds")]
    summary = ingest_paths(store, paths, skip_bad=True)
    stories = store.conn.execute(
        "SELECT count(DISTINCT story_id), count(*) FROM document_stories"
    ).fetchall()[0]
    assert summary.documents > 20
    assert stories[0] == stories[1] == summary.documents


def test_a_syndicated_copy_is_linked_and_its_facts_counted_once(
    store: Store, shared: Path, tmp_path: Path
) -> None:
    dev12 = next((shared / "corpus" / "dev").glob("12_*"))
    copy = tmp_path / "wire_copy.txt"
    copy.write_text(_rewrite(dev12.read_text("utf-8")), "utf-8")
    ingest_paths(store, [str(dev12)])
    before = story_fact_counts(store)
    obs_before = store.conn.execute("SELECT count(*) FROM observations").fetchall()[0][0]
    summary = ingest_paths(store, [str(copy)])
    assert summary.documents == 1
    assert any("copy of a story" in w for w in summary.warnings)
    rows = store.conn.execute(
        "SELECT d.name, s.story_id = s.document_id FROM documents d"
        " JOIN document_stories s ON s.document_id = d.id ORDER BY d.ingested_at"
    ).fetchall()
    assert rows == [(dev12.name, True), ("wire_copy.txt", False)]
    after = story_fact_counts(store)
    assert after["facts_stored"] > before["facts_stored"]  # the copy keeps its own facts
    assert after["facts_once_per_story"] == before["facts_once_per_story"]
    assert store.conn.execute("SELECT count(*) FROM observations").fetchall()[0][0] == obs_before
