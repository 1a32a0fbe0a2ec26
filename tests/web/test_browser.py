"""The dashboard in a real browser: Debian's Chromium driven by Playwright.

A real ``reemarket serve`` process listens on a free loopback port over a real DuckDB
file with the seed corpus ingested, audited and two scenario runs stored. Each page is
opened as a user would, checked, and photographed under ``test-output/screenshots/``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from reemarket.report.pdf import CHROMIUM_ARGS, PdfError, find_chromium
from reemarket.services.analytics import get_series
from reemarket.services.audit import audit
from reemarket.services.keys import create_key
from reemarket.services.model import run_scenario
from reemarket.store.db import open_store
from support import ROOT, SHARED, free_port, ingest_seeds

SHOTS = ROOT / "test-output" / "screenshots"
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
        "fact_id": fact[0],
        "sentence": fact[1],
    }


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
    p.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    p.on("request", lambda r: _loopback_only(r.url, problems))
    yield p
    context.close()
    assert not problems, problems


def _loopback_only(url: str, problems: list[str]) -> None:
    if not url.startswith(("http://127.0.0.1:", "data:", "blob:", "about:")):
        problems.append(f"request off loopback: {url}")


def shoot(p, name: str, *, full: bool = True) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    p.screenshot(path=str(path), full_page=full)
    assert path.stat().st_size > 5_000
    return path


def test_prices_chart_holds_the_seed_points(page, seeded):
    page.goto("/prices")
    page.wait_for_selector("#price-chart[data-loaded]:not([data-loaded=''])")
    page.select_option("#product", "prnd_oxide")
    page.wait_for_selector("#price-chart[data-loaded='prnd_oxide']")
    traces = page.evaluate(
        "() => document.getElementById('price-chart').data.map("
        "t => ({name: t.name, x: Array.from(t.x), y: Array.from(t.y)}))"
    )
    mid = next(t for t in traces if t["name"] == "mid")
    assert mid["x"] == seeded["dates"]
    assert mid["y"] == seeded["mids"]
    assert "2025-02-28" in mid["x"]
    assert 444000 in mid["y"]
    assert {t["name"] for t in traces} >= {"low", "low–high", "mid"}
    assert "praseodymium-neodymium oxide · china · CNY/t" in page.inner_text("#chart-title")
    # The standard-window table as of the last observation.
    windows = page.locator("#changes tbody tr").all_inner_texts()
    assert any(w.startswith("ytd") and "+14.07 %" in w for w in windows), windows
    assert "product=prnd_oxide" in page.url
    shoot(page, "prices")


def test_fact_opens_its_document_with_the_sentence_highlighted(page, seeded):
    page.goto("/facts")
    page.wait_for_selector("#facts tbody tr")
    shoot(page, "facts")
    page.select_option("#doc", SEED_DOC)
    page.wait_for_selector("#facts tbody tr >> text=6.99 %")
    page.click("#facts a.value-link >> text='6.99 %'")
    page.wait_for_url(f"**/facts/{seeded['fact_id']}")
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
    shoot(page, "scenarios")


def test_overview_counts(page):
    page.goto("/")
    page.wait_for_function("document.getElementById('n-facts').textContent !== '–'")
    assert page.inner_text("#n-documents") == "5"
    assert page.locator("#latest tbody tr").count() >= 4
    shoot(page, "overview")


def test_every_page_fits_a_phone(browser, server, seeded):
    phone = browser.new_page(viewport={"width": 390, "height": 844}, base_url=server)
    try:
        a, b = seeded["runs"]
        for path in (
            "/",
            "/prices?product=prnd_oxide&market=china",
            "/facts",
            f"/facts/{seeded['fact_id']}",
            "/audit",
            "/documents",
            f"/documents/{SEED_DOC}",
            f"/scenarios?a={a}&b={b}",
        ):
            phone.goto(path)
            phone.wait_for_load_state("networkidle")
            width = phone.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 390, f"{path} is wider than a phone: {width}px"
            if path.startswith("/prices"):
                assert phone.locator("#price-chart[data-loaded='prnd_oxide']").count() == 1
                shoot(phone, "prices-phone", full=False)
    finally:
        phone.close()


def test_plotly_is_served_from_the_installed_package(server):
    import plotly

    bundled = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    got = httpx.get(server + "/static/plotly.min.js", timeout=10)
    assert got.status_code == 200
    assert got.content == bundled.read_bytes()
