"""Reading documents: formats, encodings, metadata and clear refusals with nothing written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfWriter

from reemarket.errors import DocumentError
from reemarket.ingest.loaders import load_document
from reemarket.ingest.metadata import from_text, resolve_meta
from reemarket.services.ingest import ingest_paths
from reemarket.store.db import Store, open_store

from .conftest import need_shared


def _count(store: Store, table: str) -> int:
    row = store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def _refused(store: Store, path: Path, needle: str) -> None:
    with pytest.raises(DocumentError) as info:
        ingest_paths(store, [str(path)])
    assert path.name in str(info.value)
    assert needle in str(info.value)
    assert _count(store, "documents") == 0
    assert _count(store, "facts") == 0


def test_empty_file_is_refused_naming_it(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_text("")
    with open_store(tmp_path / "db.duckdb") as store:
        _refused(store, p, "empty")


def test_binary_file_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "blob.txt"
    p.write_bytes(bytes(range(256)) * 64)
    with open_store(tmp_path / "db.duckdb") as store:
        _refused(store, p, "binary")


def test_wrong_extension_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "prices.docx"
    p.write_text("Pr-Nd oxide 440,000 yuan/mt")
    with open_store(tmp_path / "db.duckdb") as store:
        _refused(store, p, "unsupported file type")


def test_fifty_megabyte_file_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    line = "Pr-Nd oxide was quoted at 440,000-445,000 yuan/mt on March 3.\n"
    with p.open("w") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert p.stat().st_size >= 50 * 1024 * 1024
    with open_store(tmp_path / "db.duckdb") as store:
        _refused(store, p, "too large")


def test_one_bad_file_among_good_ones_writes_nothing(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Published: Mar 4, 2025\nPr-Nd oxide stands at 443,000-445,000 yuan/mt.\n")
    (tmp_path / "b.txt").write_text("")
    with open_store(tmp_path / "db.duckdb") as store:
        with pytest.raises(DocumentError, match=r"b\.txt"):
            ingest_paths(store, [str(tmp_path)])
        assert _count(store, "documents") == 0
        summary = ingest_paths(store, [str(tmp_path)], skip_bad=True)
        assert summary.documents == 1
        assert len(summary.errors) == 1


def test_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "scan.pdf"
    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    with p.open("wb") as fh:
        w.write(fh)
    with open_store(tmp_path / "db.duckdb") as store:
        _refused(store, p, "no text layer")


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    p = tmp_path / "note.html"
    body = " ".join(["Rare earth markets were quiet this week as buyers waited."] * 5)
    p.write_text(
        "<html><head><title>Prices</title></head><body><nav>Home | About | Login</nav>"
        f"<article><h1>Pr-Nd prices</h1><p>{body}</p>"
        "<p>Pr-Nd oxide was quoted at 443,000-445,000 yuan/mt on March 4, 2025.</p></article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    doc = load_document(p)
    assert "443,000-445,000 yuan/mt" in doc.text
    assert "Login" not in doc.text


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes(
        "Caf\xe9 note: neodymium oxide \xe0 53 \u20ac per kg, d\xe9j\xe0 vu.".encode("cp1252")
    )
    assert "Café" in load_document(p).text


def test_seed_002_mojibake_is_repaired() -> None:
    shared = need_shared()
    doc = load_document(shared / "corpus" / "seeds" / "002_f52c7b396b0b7d1a.txt")
    assert "world’s largest" in doc.text
    assert "โ" not in doc.text
    assert "ย" not in doc.text


def test_metadata_found_in_text() -> None:
    assert from_text("Title\nPublished: Mar 4, 2025 09:39\nbody").published == date(2025, 3, 4)
    assert from_text("Prices\nPost time: Dec-01-2023").published == date(2023, 12, 1)
    m = from_text("SMM March 11 News:\nIn 2025 prices rose. Quotas for 2025 are late.")
    assert m.published == date(2025, 3, 11)


def test_sidecar_mapping_and_date_option_take_precedence(tmp_path: Path) -> None:
    p = tmp_path / "n.txt"
    p.write_text("Published: Mar 4, 2025\nbody")
    assert resolve_meta(p, p.read_text()).published == date(2025, 3, 4)
    (tmp_path / "n.meta.json").write_text('{"published": "2025-03-05", "publisher": "SMM"}')
    meta = resolve_meta(p, p.read_text())
    assert meta.published == date(2025, 3, 5)
    assert meta.publisher == "SMM"
    mapped = resolve_meta(p, p.read_text(), mapping={"n.txt": {"published": "2025-03-06"}})
    assert mapped.published == date(2025, 3, 6)
    given = resolve_meta(
        p,
        p.read_text(),
        mapping={"n.txt": {"published": "2025-03-06"}},
        given_date=date(2025, 3, 7),
    )
    assert given.published == date(2025, 3, 7)


def test_a_date_in_the_file_name_is_the_last_resort(tmp_path: Path) -> None:
    text = "Rare earth morning note\n\nNeodymium oxide traded at 560,000 yuan/t.\n"
    named = tmp_path / "smm_2024-11-28_morning.txt"
    meta = resolve_meta(named, text)
    assert (meta.published, meta.year, meta.date_source) == (date(2024, 11, 28), 2024, "file name")
    # the text's own date, --meta and --date all come before the name
    dated = "SMM, March 5, 2025: neodymium oxide traded at 560,000 yuan/t.\n"
    assert resolve_meta(named, dated).published == date(2025, 3, 5)
    mapped = resolve_meta(named, text, mapping={named.name: {"published": "2024-12-01"}})
    assert mapped.published == date(2024, 12, 1)
    assert resolve_meta(named, text, given_date=date(2024, 1, 2)).published == date(2024, 1, 2)
    # two dates, or an impossible one, give none
    for name in ("copy_2024-11-28_of_2024-11-27.txt", "note_2024-02-30.txt", "n20241128.txt"):
        assert resolve_meta(tmp_path / name, text).published is None, name


_HTML_TABLES = b"""<html><head><title>Oxide prices</title></head><body><article>
<h1>Rare earth oxide prices, 4 July 2024</h1>
<p>Assessments for the Chinese domestic market on Thursday.</p>
<table>
<tr><th></th><th>Low</th><th>High</th><th>Average</th></tr>
<tr><th>Gadolinium oxide, yuan/t</th><td>158,000</td><td>162,000</td><td>160,000</td></tr>
<tr><th>Holmium oxide, yuan/t</th><td>470,000</td><td>480,000</td><td>475,000</td></tr>
</table>
<table>
<thead><tr><th>Product</th><th>Unit</th><th>Low</th><th>High</th><th>Mid</th></tr></thead>
<tbody><tr><td>Terbium oxide</td><td>yuan/kg</td><td>6,850</td><td>6,950</td><td>6,900</td></tr>
</tbody></table>
</article></body></html>"""


def test_html_price_tables_give_their_ranges_after_loading() -> None:
    """Low/High columns of HTML tables (a blank corner cell too) give ranges, not one price
    per cell; the average or mid beside a range gives nothing of its own."""
    from datetime import date

    from reemarket.ingest.loaders import load_bytes
    from reemarket.ingest.pipeline import extract_text

    doc = load_bytes(_HTML_TABLES, path="prices.html", name="prices.html", fmt="html")
    out = extract_text(doc.text, doc="prices.html", published=date(2024, 7, 4), language="en")
    got = {(f.subject, f.metric, f.period, f.value, f.unit) for f in out.facts}
    assert got == {
        ("gd_oxide", "price_low", "2024-07-04", 158000.0, "CNY/t"),
        ("gd_oxide", "price_high", "2024-07-04", 162000.0, "CNY/t"),
        ("ho_oxide", "price_low", "2024-07-04", 470000.0, "CNY/t"),
        ("ho_oxide", "price_high", "2024-07-04", 480000.0, "CNY/t"),
        ("tb_oxide", "price_low", "2024-07-04", 6850.0, "CNY/kg"),
        ("tb_oxide", "price_high", "2024-07-04", 6950.0, "CNY/kg"),
    }
