"""The API's documentation pages (/docs, /redoc) served with no network at all.

FastAPI's own pages load Swagger UI and ReDoc from a CDN and are blank offline. Here
the pages are FastAPI's, pointed at the scripts and styles that ship inside the
installed ``fastapi-offline`` package (pinned in ``requirements.lock``); only its static
files are used, not its app factory.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

ASSETS_URL = "/static/api-docs"
"""Where the Swagger UI and ReDoc files are served."""

ASSETS: dict[str, str] = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "redoc.standalone.js": "text/javascript",
}
"""The asset files served, with their media types."""

LOCAL_ONLY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
    " img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'"
)
"""Content-Security-Policy of the docs pages: the browser fetches nothing from elsewhere
(ReDoc's own logo, for one, would come from its makers' CDN)."""


@cache
def assets_dir() -> Path:
    """The folder of Swagger UI and ReDoc files inside the installed ``fastapi_offline``."""
    folder = Path(str(resources.files("fastapi_offline"))) / "static"
    missing = [name for name in ASSETS if not (folder / name).is_file()]
    if missing:
        raise FileNotFoundError(f"{folder}: {', '.join(missing)} not found in fastapi_offline")
    return folder


def _local_only(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = LOCAL_ONLY
    return page


def mount_docs(app: FastAPI) -> None:
    """Serve /docs (Swagger UI) and /redoc (ReDoc) from local files.

    ``app`` must be built with ``docs_url=None, redoc_url=None``; these routes replace them.
    """
    folder = assets_dir()
    title = f"{app.title} · API"
    openapi_url = app.openapi_url or "/openapi.json"

    def asset_route(name: str, media_type: str) -> None:
        async def asset() -> FileResponse:
            return FileResponse(folder / name, media_type=media_type)

        app.add_api_route(f"{ASSETS_URL}/{name}", asset, methods=["GET"], include_in_schema=False)

    for name, media_type in ASSETS.items():
        asset_route(name, media_type)

    async def swagger() -> HTMLResponse:
        return _local_only(
            get_swagger_ui_html(
                openapi_url=openapi_url,
                title=title,
                swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
                swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
                swagger_favicon_url="data:,",
            )
        )

    async def redoc() -> HTMLResponse:
        return _local_only(
            get_redoc_html(
                openapi_url=openapi_url,
                title=title,
                redoc_js_url=f"{ASSETS_URL}/redoc.standalone.js",
                redoc_favicon_url="data:,",
                with_google_fonts=False,
            )
        )

    app.add_api_route("/docs", swagger, methods=["GET"], include_in_schema=False)
    app.add_api_route("/redoc", redoc, methods=["GET"], include_in_schema=False)
