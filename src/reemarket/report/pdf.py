"""Print the brief's HTML to PDF with headless Chromium, driven by Playwright.

The browser is the system's Chromium (``/usr/bin/chromium`` on Debian, or the path in
``REEMARKET_CHROMIUM``); nothing is downloaded. The HTML is self-contained, so the page
loads with no network. Anything that stops the PDF raises :class:`PdfError` saying what
to install or fix.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from reemarket.errors import ReemarketError

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
"""Chromium flags: headless, no sandbox (containers, root), nothing reaching the network."""

FOOTER = (
    '<div style="font-size:7pt;color:#667085;width:100%;padding:0 14mm;display:flex;'
    'justify-content:space-between"><span class="title"></span>'
    '<span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>'
)


class PdfError(ReemarketError):
    """The PDF could not be made (no browser, no Playwright, or the browser failed)."""


def find_chromium() -> Path:
    """The Chromium to print with: ``REEMARKET_CHROMIUM``, else the one on the PATH."""
    given = os.environ.get("REEMARKET_CHROMIUM")
    if given:
        path = Path(given)
        if not path.is_file():
            raise PdfError(f"REEMARKET_CHROMIUM={given}: no such file")
        return path
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return Path(found)
    default = Path("/usr/bin/chromium")
    if default.is_file():
        return default
    raise PdfError(
        "cannot make the PDF: no Chromium found (install it, e.g. `apt-get install chromium`,"
        " or set REEMARKET_CHROMIUM to its path)"
    )


def html_to_pdf(html: str, pdf_path: Path, *, html_path: Path | None = None) -> Path:
    """Render ``html`` to an A4 PDF at ``pdf_path`` and return the path."""
    written = f" (the HTML is at {html_path})" if html_path else ""
    browser_path = find_chromium()
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise PdfError(
            f"cannot make the PDF{written}: the Python package playwright is not installed"
            " (`scripts/setup dev`, or `pip install playwright`)"
        ) from exc
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(browser_path), args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                page.set_content(html, wait_until="load")
                page.emulate_media(media="print")
                page.pdf(
                    path=str(pdf_path),
                    format="A4",
                    print_background=True,
                    prefer_css_page_size=True,
                    display_header_footer=True,
                    header_template="<span></span>",
                    footer_template=FOOTER,
                )
            finally:
                browser.close()
    except PlaywrightError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PdfError(f"cannot make the PDF with {browser_path}{written}: {first}") from exc
    return pdf_path
