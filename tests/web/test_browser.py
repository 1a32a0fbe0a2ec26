"""The dashboard in a real browser: Debian's Chromium driven by Playwright.

A real ``reemarket serve`` process listens on a free loopback port over a real DuckDB
file with the seed corpus ingested, audited and two scenario runs stored. Each page is
opened as a user would, checked, and photographed into a pytest temporary folder; with
``REEMARKET_SCREENSHOTS=1`` the pictures are also copied to ``build/screenshots/``. One
browser serves the whole module.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from reemarket.domain.trading_calendar import get_calendar
from reemarket.report.pdf import CHROMIUM_ARGS, PdfError, find_chromium
from reemarket.services.analytics import get_series
from reemarket.services.audit import audit
from reemarket.services.ingest import ingest_paths
from reemarket.services.keys import create_key
from reemarket.services.model import run_scenario
from reemarket.store.db import open_store
from support import ROOT, SHARED, free_port, ingest_seeds

#: Set to 1 to keep the screenshots in build/screenshots/ as well.
SHOTS_ENV = "REEMARKET_SCREENSHOTS"
KEPT_SHOTS = ROOT / "build" / "screenshots"
_shots: dict[str, Path] = {}
try:
    CHROMIUM: Path | None = find_chromium()  # REEMARKET_CHROMIUM, else chromium on the PATH
except PdfError:
    CHROMIUM = None
SEED_DOC = "003_7f2b7074f3111459.txt"

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium: install it with `scripts/setup dev` (apt chromium)"
)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> dict[str, object]:
    """The database the server reads, and what the tests expect to see in it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    with open_store(db) as store:
        ingest_seeds(store)
        findings = len(audit(store).findings)
        runs = [
            run_scenario(store, Path(name), paths=200, seed=7).run_id
            for name in ("quota_freeze", "heavy_re_export_controls")
        ]
        key = create_key(store, "browser tests").key
        series = get_series(store, "prnd_oxide", "china")
        usd = get_series(store, "prnd_oxide", "china", unit="USD/kg", basis="excl_vat")
        fact = store.conn.execute(
            "SELECT f.id, f.sentence FROM facts f JOIN documents d ON d.id = f.document_id"
            " WHERE d.name = ? AND f.subject = 'prnd_oxide' AND f.metric = 'change_pct'",
            [SEED_DOC],
        ).fetchall()[0]
        spans = store.conn.execute(
            "SELECT f.span_start, f.span_end FROM facts f JOIN documents d ON d.id = f.document_id"
            " WHERE d.name = ? AND f.resolved ORDER BY f.span_start, f.id",
            [SEED_DOC],
        ).fetchall()
    linked, end = 0, -1
    for start, stop in spans:  # numbers in the text, two facts on one number linked once
        if start >= end:
            linked, end = linked + 1, stop
    return {
        "linked": linked,
        "db": db,
        "key": key,
        "findings": findings,
        "runs": runs,
        "dates": [p.date.isoformat() for p in series.points],
        "mids": [p.mid for p in series.points],
        "usd_excl_mids": [p.mid for p in usd.points],
        "gap_starts": _gap_starts([p.date for p in series.points]),
        "fact_id": fact[0],
        "sentence": fact[1],
    }


def _gap_starts(dates: list[dt.date]) -> list[str]:
    """The first Shanghai trading day without a quote after each quote followed by one."""
    sse = get_calendar("sse")
    out = []
    for a, b in itertools.pairwise(dates):
        missing = [d for d in sse.trading_days(a, b) if a < d < b]
        if missing:
            out.append(missing[0].isoformat())
    return out


@pytest.fixture(scope="module")
def server(seeded) -> Iterator[str]:
    """``reemarket serve`` in its own process on a free loopback port."""
    port = free_port()
    env = {**os.environ, "REEMARKET_DB": str(seeded["db"])}
    log_path = Path(str(seeded["db"])).with_suffix(".server.log")
    url = f"http://127.0.0.1:{port}"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "reemarket",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"server exited: {log_path.read_text()}")
                try:
                    if httpx.get(url + "/api/v1/products", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"server did not answer in 60 s: {log_path.read_text()}")
                time.sleep(0.2)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def problems() -> list[str]:
    """Console errors, page errors and failed or off-loopback requests of the page."""
    return []


@pytest.fixture
def page(browser, server, problems):
    """A fresh desktop-size page; console errors and failed requests fail the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    p = context.new_page()
    p.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    p.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    p.on("requestfailed", lambda r: _failed(r.url, r.failure, problems))
    p.on("request", lambda r: _loopback_only(r.url, problems))
    yield p
    context.close()
    assert not problems, problems


def _failed(url: str, failure: str | None, problems: list[str]) -> None:
    """A failed request is a problem, unless the page itself dropped it by navigating away
    (ERR_ABORTED: a click while a listing was still loading, as a user may do)."""
    if failure != "net::ERR_ABORTED":
        problems.append(f"request failed: {url} ({failure})")


def _loopback_only(url: str, problems: list[str]) -> None:
    if not url.startswith(("http://127.0.0.1:", "data:", "blob:", "about:")):
        problems.append(f"request off loopback: {url}")


@pytest.fixture(scope="module", autouse=True)
def shots_dir(tmp_path_factory) -> Path:
    """The folder the screenshots of this module go to."""
    _shots["dir"] = tmp_path_factory.mktemp("screenshots")
    return _shots["dir"]


def shoot(p, name: str, *, full: bool = True) -> Path:
    """Photograph the page into the screenshot folder (and build/screenshots/ if asked)."""
    path = _shots["dir"] / f"{name}.png"
    p.screenshot(path=str(path), full_page=full)
    assert path.stat().st_size > 5_000
    if os.environ.get(SHOTS_ENV) == "1":
        KEPT_SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, KEPT_SHOTS / path.name)
    return path


def test_prices_opens_on_prnd_oxide_with_gaps_as_gaps(page, seeded):
    page.goto("/prices")  # no product asked for: Pr-Nd oxide
    page.wait_for_selector("#price-chart[data-loaded^='prnd_oxide|']")
    assert page.input_value("#product") == "prnd_oxide"
    traces = page.evaluate(
        "() => document.getElementById('price-chart').data.map("
        "t => ({name: t.name, x: Array.from(t.x), y: Array.from(t.y), gaps: t.connectgaps}))"
    )
    mid = next(t for t in traces if t["name"] == "mid")
    quoted = [(x, y) for x, y in zip(mid["x"], mid["y"], strict=True) if y is not None]
    assert [x for x, _ in quoted] == seeded["dates"]
    assert [y for _, y in quoted] == seeded["mids"]
    # a null on the first missing trading day after each quote followed by a gap
    breaks = [x for x, y in zip(mid["x"], mid["y"], strict=True) if y is None]
    assert breaks == seeded["gap_starts"]
    assert "2025-02-26" in breaks  # 25 Feb quoted, 26-27 Feb not, 28 Feb quoted
    assert all(t["gaps"] is False for t in traces)
    assert [t["name"] for t in traces] == ["low–high", "mid"]
    band = next(t for t in traces if t["name"] == "low–high")
    assert band["y"].count(None) == len(breaks) + 1  # one closed shape per run of quotes
    assert "praseodymium-neodymium oxide · china · CNY/t" in page.inner_text("#chart-title")
    # The standard-window table as of the last observation.
    windows = page.locator("#changes tbody tr").all_inner_texts()
    assert any(w.startswith("ytd") and "+14.07 %" in w for w in windows), windows
    # Observations newest first, averages by month, the range over the span.
    first_row = page.locator("#points tbody tr").first.inner_text()
    assert first_row.startswith(seeded["dates"][-1])
    assert page.locator("#points tbody tr").count() == min(20, len(seeded["dates"]))
    averages = page.locator("#averages tbody tr").all_inner_texts()
    assert averages[0].startswith(seeded["dates"][-1][:7])
    assert any(a.startswith("2025-02") and "447,000" in a for a in averages), averages
    assert "454,000 CNY/t on 2025-07-08" in page.inner_text("#range")
    assert "product=prnd_oxide" in page.url
    shoot(page, "prices")


def test_prices_unit_and_basis_switch_converts_through_the_api(page, seeded):
    page.goto("/prices?product=prnd_oxide")
    page.wait_for_selector("#price-chart[data-loaded='prnd_oxide|CNY/t|']")
    page.select_option("#unit", "USD/kg")
    page.select_option("#basis", "excl_vat")
    page.wait_for_selector("#price-chart[data-loaded='prnd_oxide|USD/kg|excl_vat']")
    mid = page.evaluate(
        "() => Array.from(document.getElementById('price-chart').data.find("
        "t => t.name === 'mid').y).filter(y => y !== null)"
    )
    assert mid == pytest.approx(seeded["usd_excl_mids"])
    assert "USD/kg · excl vat" in page.inner_text("#chart-title")
    conversion = page.inner_text("#conversion")
    assert "USD/CNY" in conversion
    assert "VAT 13 %" in conversion
    assert "unit=USD%2Fkg" in page.url
    assert "basis=excl_vat" in page.url
    shoot(page, "prices-usd-excl-vat")


def test_fact_opens_its_document_with_the_sentence_highlighted(page, seeded):
    page.goto("/facts")
    page.wait_for_selector("#facts tbody tr")
    shoot(page, "facts")
    page.select_option("#doc", SEED_DOC)
    # the table is drawn again for the document: let its request finish before clicking,
    # or a busy machine clicks a row that is being replaced
    page.wait_for_load_state("networkidle")
    page.wait_for_selector("#facts tbody tr >> text=6.99 %")
    with page.expect_navigation(url=f"**/facts/{seeded['fact_id']}", timeout=60_000):
        page.click("#facts a.value-link >> text='6.99 %'")
    mark = page.locator("#doc-text mark")
    mark.wait_for()
    assert mark.count() == 1
    assert mark.text_content() == seeded["sentence"]
    assert mark.locator(".value").text_content() == "6.99%"
    assert mark.is_visible()
    background = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    text = page.locator("#doc-text").text_content() or ""
    assert "SMM March 11 News" in text  # the whole document, not only the sentence
    shoot(page, "fact")


def test_audit_page_lists_findings_and_reruns_with_a_key(page, seeded, problems):
    page.goto("/audit")
    page.wait_for_selector("article.finding")
    assert page.locator("article.finding").count() == seeded["findings"]
    finding = page.locator("article.finding", has_text="closed_market_date").inner_text()
    assert "2025-11-02" in finding
    assert "Closing at 48.90 CNY on 2 November 2025" in finding  # the sentence, shown
    page.click("#run")
    page.wait_for_selector("#run-status.error")
    assert "key" in page.inner_text("#run-status").lower()
    assert problems == [
        "Failed to load resource: the server responded with a status of 401 (Unauthorized)"
    ]
    problems.clear()
    page.fill("#api-key", str(seeded["key"]))
    page.click("#run")
    page.wait_for_selector("#run-status.ok")
    assert f"{seeded['findings']} finding(s)" in page.inner_text("#run-status")
    assert page.locator("article.finding").count() == seeded["findings"]
    shoot(page, "audit")


def test_documents_list_and_one_document(page, seeded):
    page.goto("/documents")
    page.wait_for_selector("#documents tbody tr td a")
    assert page.locator("#documents tbody tr").count() == 5
    shoot(page, "documents")
    page.click("text=Rare earth market in February")
    page.wait_for_selector("#doc-facts tbody tr")
    assert page.locator("#doc-text a.value-link").count() == seeded["linked"]
    link = page.locator(f"#doc-text a.value-link[href='/facts/{seeded['fact_id']}']")
    assert link.text_content() == "6.99%"
    shoot(page, "document")


def test_documents_page_adds_a_source_with_a_key(page, seeded, problems):
    page.goto("/documents")
    page.wait_for_selector("#sources tbody tr td")
    assert "No sources yet" in page.inner_text("#sources tbody")
    page.fill("#source-url", "https://example.com/rare-earths/rss")
    page.fill("#source-name", "Example feed")
    page.fill("#source-every", "12h")
    page.fill("#api-key", "")
    page.click("#add-source")
    page.wait_for_selector("#source-status.error")
    problems.clear()  # the 401 of the keyless try
    page.fill("#api-key", str(seeded["key"]))
    page.click("#add-source")
    page.wait_for_selector("#source-status.ok")
    row = page.locator("#sources tbody tr", has_text="Example feed").inner_text()
    assert "12 h" in row
    assert "never" in row
    shoot(page, "documents_sources")


def test_scenarios_fan_charts_and_compare(page, seeded):
    a, b = seeded["runs"]
    page.goto(f"/scenarios?a={b}&b={a}&variable=balance")
    page.wait_for_selector("#compare-card:not([hidden]) #compare tbody tr")
    fans = page.locator(".chart.fan")
    assert fans.count() == 26  # 13 elements, run A and run B side by side
    traces = page.evaluate("() => document.querySelector('.chart.fan').data.length")
    assert traces == 5  # two bands of two edges each, and the median
    page.wait_for_selector("#backtest tbody tr")
    markets = page.locator("#backtest tbody tr td:first-child").all_inner_texts()
    assert markets[:2] == ["Pr-Nd", "Nd"]
    page.wait_for_selector("#validation tbody tr")
    verdicts = set(page.locator("#validation td.verdict").all_inner_texts())
    assert verdicts <= {"pass", "FAIL", "not compared"}
    assert "not compared" in verdicts  # the IEA 2050 figure lies beyond the horizon
    assert "elasticity" in page.inner_text("#backtest-fit")
    shoot(page, "scenarios")


def test_overview_counts(page):
    page.goto("/")
    from playwright.sync_api import expect

    # not wait_for_function: it evaluates a string, which the pages' CSP (no unsafe-eval) refuses
    expect(page.locator("#n-facts")).not_to_have_text("–", timeout=30_000)
    assert page.inner_text("#n-documents") == "5"
    assert page.locator("#latest tbody tr").count() >= 4
    # the overview opens on the snapshot: every series with a recent quote, a sparkline
    # drawn from its quotes where it has two or more
    page.wait_for_selector("#snapshot tbody tr td a")
    rows = page.locator("#snapshot tbody tr")
    api_items = page.request.get("/api/v1/snapshot?spark=true").json()["items"]
    assert rows.count() == len(api_items) >= 1
    drawn = page.locator("#snapshot svg.spark polyline").count()
    assert drawn == sum(1 for it in api_items if len(it["spark"]) >= 2)
    assert "as of" in page.inner_text("#as-of")
    shoot(page, "overview")


def test_facts_show_sentence_and_publisher_and_keep_the_picker_narrow(page, seeded):
    page.goto("/facts")
    page.wait_for_selector("#facts tbody tr")
    heads = page.locator("#facts thead th").all_inner_texts()
    assert [h.strip().lower() for h in heads] == [
        "value", "subject", "metric", "period", "entity", "sentence", "publisher", "document",
    ]  # fmt: skip
    page.select_option("#doc", SEED_DOC)
    page.wait_for_selector("#facts tbody tr >> text=6.99 %")
    row = page.locator("#facts tbody tr", has_text="6.99 %").first
    cells = row.locator("td")
    assert cells.nth(6).inner_text() == "SMM"
    assert cells.nth(5).locator(".clamp").get_attribute("title") == seeded["sentence"]
    assert "Rare earth market in February" in cells.nth(7).inner_text()
    # the table fits its card: no column pushed out of sight
    wrap = page.locator("#facts").evaluate(
        "t => [t.parentElement.scrollWidth, t.parentElement.clientWidth]"
    )
    assert wrap[0] <= wrap[1], wrap
    # the picker stays within its card whatever the longest document title
    picker = page.locator("#doc").bounding_box()
    card = page.locator("#fact-form").bounding_box()
    assert picker is not None
    assert card is not None
    assert picker["width"] <= 28 * 16 + 1
    assert picker["x"] + picker["width"] <= card["x"] + card["width"] + 1
    title = page.locator("#doc").get_attribute("title") or ""
    assert title.startswith("Rare earth market in February")
    # a machine whose fonts run a quarter wider (CI's did) still fits the table in its card
    page.add_style_tag(content="html { font-size: 125%; }")
    wide = page.locator("#facts").evaluate(
        "t => [t.parentElement.scrollWidth, t.parentElement.clientWidth]"
    )
    assert wide[0] <= wide[1], wide


def _ready(p, path: str) -> None:
    """Wait until the page at ``path`` has drawn what it loads."""
    p.wait_for_load_state("networkidle")
    waits = {
        "/prices": "#price-chart[data-loaded]:not([data-loaded=''])",
        "/facts": "#facts tbody tr, #doc-text mark",
        "/audit": "article.finding",
        "/documents": "#documents tbody tr td a, #doc-text a.value-link",
        "/scenarios": "#fans .chart.fan",
    }
    for prefix, selector in waits.items():
        if path.startswith(prefix):
            p.wait_for_selector(selector)


@pytest.mark.parametrize("width", [1400, 390])
def test_no_page_scrolls_sideways(browser, server, seeded, width):
    """Every page at a laptop and a phone width: nothing wider than the window."""
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=server)
    problems: list[str] = []
    p = context.new_page()  # one page, reused for every path
    p.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    p.on("request", lambda r: _loopback_only(r.url, problems))
    a, b = seeded["runs"]
    pages = {
        "overview": "/",
        "prices": "/prices?product=prnd_oxide&market=china",
        "facts": "/facts",
        "fact": f"/facts/{seeded['fact_id']}",
        "audit": "/audit",
        "documents": "/documents",
        "document": f"/documents/{SEED_DOC}",
        "scenarios": f"/scenarios?a={a}&b={b}",
    }
    try:
        wide = {}
        for name, path in pages.items():
            p.goto(path)
            _ready(p, path)
            scroll, inner = p.evaluate(
                "() => [document.scrollingElement.scrollWidth, window.innerWidth]"
            )
            if scroll > inner:
                wide[path] = scroll
            shoot(p, f"{name}-{width}", full=width > 500)
        assert not wide, f"pages wider than {width}px: {wide}"
        assert not problems, problems
    finally:
        context.close()


def test_api_docs_load_with_the_network_cut_off(browser, server):
    """/docs and /redoc work with every request off 127.0.0.1 refused."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, base_url=server)
    refused: list[str] = []

    def only_loopback(route) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1:", "data:", "blob:")):
            route.continue_()
        else:
            refused.append(url)
            route.abort()

    context.route("**/*", only_loopback)
    p = context.new_page()
    try:
        p.goto("/docs")
        p.wait_for_selector(".opblock-summary-path", timeout=30_000)
        paths = p.locator(".opblock-summary-path").all_inner_texts()
        operations = httpx.get(server + "/openapi.json", timeout=10).json()["paths"]
        count = sum(
            1 for ops in operations.values() for m in ops if m in ("get", "post", "delete", "put")
        )
        assert len(paths) == count
        assert "/api/v1/prices/{product}/panel" in paths
        shoot(p, "api-docs")
        p.goto("/redoc")
        p.get_by_text("/api/v1/prices/{product}/panel").first.wait_for(
            state="attached", timeout=30_000
        )
        assert p.locator("h1, h2").count() > 10  # ReDoc drew its sections
        assert refused == [], refused
    finally:
        context.close()


CJK_NAME = "北方稀土"
"""China Northern Rare Earth, as its Chinese documents name it."""


def test_chinese_names_render_as_glyphs_not_boxes(browser, tmp_path_factory):
    """The brief of a month with a Chinese document, in the Chromium that prints its PDF.

    Each character is photographed alone: with no CJK font every character is the same
    empty box (the font's missing-glyph sign), so four different pictures mean glyphs.
    """
    if not (SHARED / "corpus" / "dev_zh").is_dir():
        pytest.skip("../shared is not beside the checkout")
    folder = tmp_path_factory.mktemp("cjk")
    db = folder / "zh.duckdb"
    with open_store(db) as store:
        ingest_paths(store, [str(SHARED / "corpus" / "dev_zh")],
                     meta_file=SHARED / "corpus" / "dev_zh.meta.json")  # fmt: skip
    out = folder / "brief.html"
    env = {**os.environ, "REEMARKET_DB": str(db)}
    run = subprocess.run(
        [sys.executable, "-m", "reemarket", "report", "--month", "2024-12", "-o", str(out)],
        capture_output=True, text=True, env=env, check=False, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    brief = out.read_text("utf-8")
    assert CJK_NAME in brief
    assert out.with_suffix(".pdf").stat().st_size > 10_000
    p = browser.new_page(viewport={"width": 1000, "height": 800})
    try:
        p.goto(out.as_uri())
        pictures = []
        for char in CJK_NAME:
            p.evaluate(
                "c => { const s = document.createElement('span'); s.id = 'probe';"
                " s.style.fontSize = '48px'; s.textContent = c;"
                " document.getElementById('probe')?.remove(); document.body.prepend(s); }",
                char,
            )
            pictures.append(p.locator("#probe").screenshot())
        assert len(set(pictures)) == len(CJK_NAME), "Chinese characters render as empty boxes"
        name = p.locator(f"text={CJK_NAME}").first
        name.scroll_into_view_if_needed()
        shoot(p, "brief-chinese", full=False)
    finally:
        p.close()


def test_plotly_is_served_from_the_installed_package(server):
    import plotly

    bundled = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    got = httpx.get(server + "/static/plotly.min.js", timeout=10)
    assert got.status_code == 200
    assert got.content == bundled.read_bytes()


def test_company_page_shows_results_with_sources_and_statements(page):
    page.goto("/company?name=600111.SS&period=2025-H1&topic=prices")
    page.wait_for_selector("#results-table")
    assert "China Northern Rare Earth" in page.inner_text("#company-name")
    heads = page.locator("#results-table thead th").all_inner_texts()
    assert "Q1 2025" in heads
    revenue = page.locator("#results-table tbody tr", has_text="Revenue")
    assert "9.287bn" in revenue.inner_text()
    assert revenue.locator("a[href^='/facts/']").count() >= 1
    page.wait_for_selector("#statements .statement")
    assert page.locator("#statements .statement").count() >= 3
    assert "prices" in page.inner_text("#statements")
    assert page.locator("nav a[href='/company']").count() == 1
    shoot(page, "company")


def test_company_page_unknown_name_says_closest(page, problems):
    page.goto("/company?name=Lynus")
    page.wait_for_selector("#status.error")
    assert "Lynas" in page.inner_text("#status")
    problems.clear()  # the 404 of the unknown name is the behaviour under test
