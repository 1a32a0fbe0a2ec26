"""Document titles: HTML metadata, the opening heading, meta files; never a body sentence."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reemarket.ingest.titles import heading_title, html_title
from reemarket.services.browse import list_documents
from reemarket.services.ingest import ingest_paths
from reemarket.store.db import open_store
from support import SHARED

PAGE = """<!doctype html><html><head><title>Rare earths | Example Metals</title>
<meta property="og:title" content="Pr-Nd oxide climbs on tight supply"></head>
<body><nav>Home | Markets</nav><h1>Markets today</h1><article>
<p>Pr-Nd oxide rose to 450,000-455,000 yuan/t on March 3, 2025 in the Chinese spot market,
traders said, as separation plants held back offers ahead of the quota announcement.</p>
<p>Dysprosium oxide held at 1,650 yuan/kg while terbium oxide edged up on thin trading.</p>
</article></body></html>"""


def test_html_title_prefers_og_title_then_title_then_h1() -> None:
    assert html_title(PAGE) == "Pr-Nd oxide climbs on tight supply"
    assert html_title("<html><head><title> Weekly\n  review </title></head></html>") == (
        "Weekly review"
    )
    assert html_title("<html><body><h1>Only a heading</h1><p>x</p></body></html>") == (
        "Only a heading"
    )
    assert html_title("<html><body><p>no title at all</p></body></html>") is None


def test_heading_title_takes_headings_and_refuses_sentences_and_labels() -> None:
    assert heading_title("\n# Weekly: Pr-Nd edges lower\n\nBody text.") == (
        "Weekly: Pr-Nd edges lower"
    )
    assert heading_title("Highlights\n- Pr-Nd up\n") is None  # a section label
    assert heading_title("SMM March 11 News:\nWith favorable policy...") is None  # a dateline
    assert heading_title("January 22 (SMM) -\nRare Earth Ore:") is None
    sentence = "The record sheet announced by China Northern Rare Earth on July 8 shows:"
    assert heading_title(sentence + "\nQ: ...") is None
    assert heading_title("北方稀土7月挂牌价出炉 镨钕产品集体上调\n正文。") == (
        "北方稀土7月挂牌价出炉 镨钕产品集体上调"
    )


def _need_seeds() -> None:
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared is not beside the checkout")


def test_corpus_documents_get_real_titles_or_none(tmp_path: Path) -> None:
    _need_seeds()
    seeds = SHARED / "corpus" / "seeds"
    first_lines = {
        f.name: next(ln.strip() for ln in f.read_text("utf-8").splitlines() if ln.strip())
        for f in seeds.iterdir()
    }
    # Copied without the folder's meta file: titles come from the text alone.
    folder = tmp_path / "reports"
    shutil.copytree(seeds, folder)
    with open_store(tmp_path / "t.duckdb") as store:
        ingest_paths(store, [str(folder)])
        docs = {d.name: d.title for d in list_documents(store, 50, 0)[0]}
    assert docs["004_58886dffd129a7c4.txt"] == (
        "China's Northern Rare Earth Charts Second-Half Strategy Amid Global Market Pressure"
    )
    assert docs["002_f52c7b396b0b7d1a.txt"] is None  # opens with "Highlights"
    assert docs["003_7f2b7074f3111459.txt"] is None  # opens with a dateline
    assert docs["000_146bca38fe05b44e.txt"] is None  # opens with a sentence
    for name in ("000_146bca38fe05b44e.txt", "002_f52c7b396b0b7d1a.txt"):
        assert docs[name] != first_lines[name]


def test_folder_meta_file_beside_the_folder_gives_titles(tmp_path: Path) -> None:
    _need_seeds()
    shutil.copytree(SHARED / "corpus" / "seeds", tmp_path / "seeds")
    shutil.copy(SHARED / "corpus" / "seeds.meta.json", tmp_path / "seeds.meta.json")
    meta = json.loads((tmp_path / "seeds.meta.json").read_text("utf-8"))
    with open_store(tmp_path / "t.duckdb") as store:
        ingest_paths(store, [str(tmp_path / "seeds")])  # no --meta given
        docs = {d.name: d for d in list_documents(store, 50, 0)[0]}
    for name, entry in meta.items():
        assert docs[name].title == entry["title"]
    assert str(docs["003_7f2b7074f3111459.txt"].published) == "2025-03-11"


def test_html_upload_keeps_its_declared_title(tmp_path: Path) -> None:
    page = tmp_path / "prnd.html"
    page.write_text(PAGE, "utf-8")
    with open_store(tmp_path / "t.duckdb") as store:
        ingest_paths(store, [str(page)])
        (doc,) = list_documents(store, 10, 0)[0]
    assert doc.title == "Pr-Nd oxide climbs on tight supply"


def test_reingest_gives_an_old_store_its_titles(tmp_path: Path) -> None:
    _need_seeds()
    folder = tmp_path / "reports"
    shutil.copytree(SHARED / "corpus" / "seeds", folder)
    meta = SHARED / "corpus" / "seeds.meta.json"
    with open_store(tmp_path / "t.duckdb") as store:
        ingest_paths(store, [str(folder)])
        # a store written before titles were read: the first line, or nothing
        store.conn.execute("UPDATE documents SET title = NULL")
        again = ingest_paths(store, [str(folder)], meta_file=meta)
        docs = {d.name: d.title for d in list_documents(store, 50, 0)[0]}
        facts = store.conn.execute("SELECT count(*) FROM facts").fetchone()
        third = ingest_paths(store, [str(folder)], meta_file=meta)
        facts_after = store.conn.execute("SELECT count(*) FROM facts").fetchone()
    assert again.documents == 0
    assert again.skipped == 5
    assert again.retitled == 5
    assert again.as_dict()["titles_updated"] == 5
    assert docs["003_7f2b7074f3111459.txt"] == (
        "Rare earth market in February: Pr-Nd, Dy and Tb oxide prices and production"
    )
    assert third.retitled == 0  # nothing left to change
    assert facts == facts_after
