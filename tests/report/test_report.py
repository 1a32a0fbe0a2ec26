"""The market brief of February 2025 built from the seed corpus, as a user runs it."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from reemarket.errors import InputError, NotFoundError, PeriodError
from reemarket.report.pdf import PdfError, find_chromium
from reemarket.services.audit import audit
from reemarket.services.report import span_of, write_report
from reemarket.store.db import open_store
from support import SHARED, ingest_seeds

SEED_DOC = "003_7f2b7074f3111459.txt"
try:
    CHROMIUM: Path | None = find_chromium()
except PdfError:
    CHROMIUM = None
NO_CHROMIUM = "no Chromium to print the PDF: install it with `scripts/setup dev` (apt chromium)"
SEED_SENTENCE = (
    "Specifically, Pr-Nd oxide rose by 6.99%, dysprosium oxide by 2.7%, and terbium oxide"
    " by 9.01% in February."
)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A database file with the seeds ingested and audited."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    db = tmp_path_factory.mktemp("report") / "brief.duckdb"
    with open_store(db) as store:
        ingest_seeds(store)
        audit(store)
    return db


@pytest.fixture(scope="module")
def built(seeded, tmp_path_factory) -> tuple[Path, Path, str]:
    """``reemarket report --month 2025-02 -o brief.html`` in a real process."""
    out = tmp_path_factory.mktemp("brief") / "brief.html"
    env = {**os.environ, "REEMARKET_DB": str(seeded), "COLUMNS": "200"}
    pdf = [] if CHROMIUM else ["--no-pdf"]
    run = subprocess.run(
        [sys.executable, "-m", "reemarket", "report", "--month", "2025-02", "-o", str(out), *pdf],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert f"HTML: {out}" in run.stdout
    if CHROMIUM:
        assert f"PDF:  {out.with_suffix('.pdf')}" in run.stdout
    return out, out.with_suffix(".pdf"), out.read_text("utf-8")


def row_of(page: str, product: str) -> str:
    found = re.search(rf'<tr data-product="{product}" data-market="china">(.*?)</tr>', page, re.S)
    assert found, f"no price row for {product}"
    return found.group(1)


def cell_refs(cell_html: str) -> list[int]:
    return [int(n) for n in re.findall(r'href="#src-(\d+)"', cell_html)]


def footnote(page: str, n: int) -> str:
    found = re.search(rf'<li id="src-{n}"[^>]*>(.*?)</li>', page, re.S)
    assert found, f"no footnote {n}"
    return found.group(0)


def plain(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.mark.parametrize(
    ("product", "stated", "computed", "base", "end"),
    [
        ("prnd_oxide", "+6.99 %", "+6.99 %", "415,000", "444,000"),
        ("dy_oxide", "+2.7 %", "+2.70 %", "1,665", "1,710"),
        ("tb_oxide", "+9.01 %", "+9.01 %", "5,940", "6,475"),
    ],
)
def test_brief_shows_published_changes_with_citations(built, product, stated, computed, base, end):
    _, _, page = built
    row = row_of(page, product)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    base_cell, end_cell, _, pct_cell, stated_cell, check_cell = cells[1:7]
    # The change the source states, footnoted to the sentence that states it.
    first_stated = re.search(r'<div class="stated">(.*?)</div>', stated_cell, re.S)
    assert first_stated is not None
    assert plain(first_stated.group(1)).startswith(stated)
    refs = cell_refs(first_stated.group(1))
    assert len(refs) == 1
    note = footnote(page, refs[0])
    assert SEED_DOC in note
    assert plain(note).endswith(f"“{SEED_SENTENCE}”") or SEED_SENTENCE in plain(note)
    number = stated.strip("+ %")
    assert f"<mark>{number}%</mark>" in note
    # The change computed from the observations, footnoted to both prices' sentences.
    assert plain(pct_cell).startswith(computed)
    base_ref, end_ref = cell_refs(base_cell), cell_refs(end_cell)
    assert plain(base_cell).startswith(base)
    assert plain(end_cell).startswith(end)
    assert set(cell_refs(pct_cell)) == set(base_ref + end_ref)
    assert f"<mark>{base} yuan/" in footnote(page, base_ref[0])
    assert f"<mark>{end} yuan/" in footnote(page, end_ref[0])
    assert "agrees" in check_cell


def test_every_number_in_the_tables_is_footnoted(built):
    _, _, page = built
    tables = re.findall(r'<table class="(?:prices|facts)">.*?</table>', page, re.S)
    assert len(tables) == 2
    checked = 0
    for table in tables:
        body = table.split("<tbody>", 1)[1]
        for cell in re.findall(r'<td(?! class="period")[^>]*>(.*?)</td>', body, re.S):
            text = plain(re.sub(r'<div class="(?:muted small|date)">.*?</div>', "", cell))
            if re.search(r"\d", text):
                checked += 1
                assert 'class="fn"' in cell, f"number without a footnote: {text!r}"
    assert checked >= 15
    numbers = {int(n) for n in re.findall(r'href="#src-(\d+)"', page)}
    notes = {int(n) for n in re.findall(r'<li id="src-(\d+)"', page)}
    assert numbers == notes, "every mark has its note and every note is cited"


def test_supply_demand_facts_and_charts_of_the_month(built):
    _, _, page = built
    section = page.split('<section id="supply-demand">', 1)[1].split("</section>", 1)[0]
    assert "16,922.2 t" in section  # imports January-February 2025
    assert "more than 7 %" in section  # Pr-Nd oxide production MoM in February
    assert "2024" not in plain(section)  # the 2024 quotas are not facts of February 2025
    charts = re.findall(r'<figure class="chart" data-product="([a-z_]+)">\s*<svg', page)
    assert {"prnd_oxide", "dy_oxide", "tb_oxide"} <= set(charts)
    assert "The stored audit found nothing wrong in the documents cited here." in page


def test_brief_shows_the_modelled_balance_of_its_year_with_bands(built):
    _, _, page = built
    section = page.split('<section id="supply-demand">', 1)[1].split("</section>", 1)[0]
    assert "Modelled baseline balance, 2025" in section
    table = section.split('<table class="model-balance">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr><td>(.*?)</td>(.*?)</tr>", table, re.S)
    assert [r[0] for r in rows] == ["Pr-Nd", "Dy", "Tb"]
    for _group, cells in rows:
        assert " to " in cells  # the 5-95 % band
        assert "of paths at a limit" in cells


@pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
def test_pdf_has_pages_with_the_changes(built):
    _, pdf, _ = built
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    text = " ".join(p.extract_text() or "" for p in reader.pages)
    for expected in ("February 2025", "6.99", "9.01", "Sources", SEED_DOC):
        assert expected in text


def test_span_must_be_a_month_or_two_dates():
    assert span_of("2025-02", None, None) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28), "2025-02")
    with pytest.raises(PeriodError, match="month:"):
        span_of("2025-13", None, None)
    with pytest.raises(PeriodError, match="a month like"):
        span_of("2025-Q1", None, None)
    with pytest.raises(InputError, match="not both"):
        span_of("2025-02", "2025-02-01", None)
    with pytest.raises(InputError, match="before"):
        span_of(None, "2025-03-01", "2025-02-01")


@pytest.mark.parametrize(
    ("month", "start", "end"),
    [("2025-13", None, None), ("2025-Q1", None, None), ("2025-02", "2025-02-01", None),
     (None, "2025-03-01", "2025-02-01"), (None, "2025-03-01", None)],
)  # fmt: skip
def test_span_errors_name_no_command_line_flag(
    month: str | None, start: str | None, end: str | None
):
    # The API and the dashboard show these messages too, so they speak of the request, not of flags.
    with pytest.raises((PeriodError, InputError)) as err:
        span_of(month, start, end)
    assert "--" not in str(err.value)


def test_empty_span_and_missing_browser_are_clear_errors(seeded, tmp_path, monkeypatch):
    with open_store(seeded) as store:
        with pytest.raises(NotFoundError, match="nothing to report for 2019-02"):
            write_report(store, month="2019-02", output=tmp_path / "b.html")
        monkeypatch.setenv("REEMARKET_CHROMIUM", str(tmp_path / "no-such-chromium"))
        out = tmp_path / "brief.html"
        with pytest.raises(PdfError, match="no such file"):
            write_report(store, start="2025-02-10", end="2025-03-31", output=out)
    assert "10 February 2025 to 31 March 2025" in out.read_text("utf-8")
    assert not out.with_suffix(".pdf").exists()


def test_sheet_prices_cite_their_sheet_line(seeded, tmp_path):
    from reemarket.services.demo import sample_sheet
    from reemarket.services.prices import import_prices

    db = tmp_path / "sheet.duckdb"
    db.write_bytes(seeded.read_bytes())
    with open_store(db) as store:
        import_prices(store, sample_sheet())
        files = write_report(store, month="2025-02", output=tmp_path / "b.html", pdf=False)
        base_line = store.conn.execute(
            "SELECT line FROM observations WHERE product = 'ce_oxide' AND market = 'fob_china'"
            " AND origin = 'sheet' AND date < DATE '2025-02-01' ORDER BY date DESC LIMIT 1"
        ).fetchall()[0][0]
    assert files.pdf is None
    page = files.html.read_text("utf-8")
    found = re.search(r'<tr data-product="ce_oxide" data-market="fob_china">(.*?)</tr>', page, re.S)
    assert found
    base_cell = re.findall(r"<td[^>]*>(.*?)</td>", found.group(1), re.S)[1]
    (n,) = cell_refs(base_cell)
    note = footnote(page, n)
    assert "Price sheet" in note
    assert f"line {base_line}." in note
    chart = re.search(r'<figure class="chart" data-product="ce_oxide">.*?</figure>', page, re.S)
    assert chart
    assert any(
        "the rows charted" in footnote(page, i)
        for i in cell_refs(chart.group(0).split("<figcaption>")[1])
    )
