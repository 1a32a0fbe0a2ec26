"""Page routes and static files of the dashboard, mounted on the API's FastAPI app.

The pages are static HTML fragments (``web/pages``) wrapped in one layout, with their
scripts and styles in ``web/static``. They read everything from the JSON API under
``/api/v1`` with ``fetch``. Charts use the ``plotly.min.js`` that ships inside the
installed ``plotly`` package, so the dashboard works with no network at all.
"""

from __future__ import annotations

import html
from functools import cache
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from reemarket import __version__

PAGES: dict[str, str] = {
    "index": "Overview",
    "prices": "Prices",
    "facts": "Facts",
    "audit": "Audit",
    "documents": "Documents",
    "scenarios": "Scenarios",
    "company": "Company",
}
"""Page name to its title, in the order of the navigation bar."""

_WEB = Path(str(resources.files("reemarket.web")))
STATIC_DIR = _WEB / "static"
PAGES_DIR = _WEB / "pages"


def plotly_script() -> Path:
    """The ``plotly.min.js`` bundled inside the installed ``plotly`` Python package."""
    path = Path(str(resources.files("plotly"))) / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: plotly.min.js not found in the plotly package")
    return path


def _nav(active: str) -> str:
    links = []
    for name, title in PAGES.items():
        href = "/" if name == "index" else f"/{name}"
        current = ' aria-current="page"' if name == active else ""
        links.append(f'<a href="{href}"{current}>{html.escape(title)}</a>')
    return "\n      ".join(links)


@cache
def render_page(name: str) -> str:
    """The full HTML of a dashboard page: the layout around ``pages/<name>.html``."""
    title = PAGES[name]
    body = (PAGES_DIR / f"{name}.html").read_text("utf-8")
    charts = (
        '\n  <script src="/static/plotly.min.js"></script>'
        if "<!-- uses: plotly -->" in body
        else ""
    )
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(title)} · reemarket</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/static/dashboard.css">{charts}
  <script src="/static/common.js" defer></script>
  <script src="/static/{name}.js" defer></script>
</head>
<body data-page="{name}">
  <header class="top">
    <a class="brand" href="/">reemarket</a>
    <nav>
      {_nav(name)}
    </nav>
  </header>
  <main>
{body}
  </main>
  <footer class="foot">reemarket {html.escape(__version__)} · data from the local database ·
    <a href="/docs">API docs</a></footer>
</body>
</html>
"""


def _page_route(app: FastAPI, path: str, name: str) -> None:
    async def page() -> HTMLResponse:
        return HTMLResponse(render_page(name))

    page.__doc__ = f"The {PAGES[name].lower()} page of the dashboard."
    app.add_api_route(path, page, methods=["GET"], include_in_schema=False, name=f"page_{name}")


def mount_web(app: FastAPI) -> None:
    """Mount the dashboard on ``app``: static files under ``/static`` and one route per page.

    Pages: ``/``, ``/prices``, ``/facts`` and ``/facts/{id}`` (one fact in its document),
    ``/audit``, ``/documents`` and ``/documents/{id}``, ``/scenarios``.
    """
    script = plotly_script()

    async def plotly_js() -> FileResponse:
        return FileResponse(script, media_type="text/javascript")

    # Registered before the mount, so this route wins over the static folder.
    app.add_api_route("/static/plotly.min.js", plotly_js, methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _page_route(app, "/", "index")
    for name in ("prices", "facts", "audit", "documents", "scenarios"):
        _page_route(app, f"/{name}", name)
    _page_route(app, "/company", "company")
    _page_route(app, "/facts/{fact_id}", "facts")
    _page_route(app, "/documents/{document_id}", "documents")
