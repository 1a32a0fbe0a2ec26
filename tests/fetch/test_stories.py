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


_EN = (
    "Rare earth prices hold firm, March 5, 2024\n\n"
    "Pr-Nd oxide was quoted at 398,000-402,000 yuan/mt on March 5, 2024, up 3,000 yuan/mt"
    " from the previous trading day. Dysprosium oxide was 2.05 million yuan/mt, and terbium"
    " oxide was 6.9 million yuan/mt.\n"
)
_ZH = (
    "稀土价格企稳\n\n2024年3月5日, 氧化镨钕报39.8-40.2万元/吨, 较上一交易日上涨3000元/吨。"
    "氧化镝报205万元/吨, 氧化铽报690万元/吨。\n"
)
_ZH_NEXT_DAY = (
    "稀土价格走高\n\n2024年3月6日, 氧化镨钕报40.3-40.7万元/吨, 较上一交易日上涨5000元/吨。"
    "氧化镝报207万元/吨, 氧化铽报695万元/吨。\n"
)


def test_an_english_page_and_its_chinese_original_are_one_story(
    store: Store, tmp_path: Path
) -> None:
    """No shingle is shared across languages; the figures are, so they link the two."""
    en, zh, other = tmp_path / "en.txt", tmp_path / "zh.txt", tmp_path / "zh_next.txt"
    en.write_text(_EN, "utf-8")
    zh.write_text(_ZH, "utf-8")
    other.write_text(_ZH_NEXT_DAY, "utf-8")
    assert _sim(_EN, _ZH) < SAME_STORY
    ingest_paths(store, [str(en)])
    obs_before = store.conn.execute("SELECT count(*) FROM observations").fetchall()[0][0]
    summary = ingest_paths(store, [str(zh), str(other)])
    assert summary.documents == 2
    rows = dict(
        store.conn.execute(
            "SELECT d.name, s.story_id FROM documents d"
            " JOIN document_stories s ON s.document_id = d.id"
        ).fetchall()
    )
    assert rows["zh.txt"] == rows["en.txt"]  # the translation joins the English story
    assert rows["zh_next.txt"] != rows["en.txt"]  # other figures: another story
    counts = story_fact_counts(store)
    assert counts["facts_stored"] == 15
    assert counts["facts_once_per_story"] == 10
    obs_after = store.conn.execute("SELECT count(*) FROM observations").fetchall()[0][0]
    assert obs_after - obs_before == 3  # only the next day's prices are new
