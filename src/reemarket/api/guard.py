"""Host allow-list and security headers, as one pure-ASGI middleware.

A request whose ``Host`` is not on the list is answered 400 before any route runs: a
page on another site cannot reach the open loopback reads by pointing a DNS name at
127.0.0.1 (DNS rebinding), since the browser then sends that name as the Host. The
list is the loopback names plus those the server is configured with.

Every response carries ``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY``,
``Referrer-Policy: no-referrer`` and a Content-Security-Policy. The dashboard loads
only its own scripts and styles (``script-src 'self'``); Plotly sets inline styles on
the charts it draws, hence ``style-src 'unsafe-inline'``. The API docs pages (``/docs``,
``/redoc``) get their own policy, since FastAPI's pages start the viewer with an
inline script.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Host names always accepted: the loopback names.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

DASHBOARD_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
DOCS_CSP = (  # Swagger UI and ReDoc come from local files (api/docs_ui.py): no CDN
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
)
_DOCS_PATHS = ("/docs", "/redoc")


def host_name(header: str) -> str:
    """The name part of a Host header: ``[::1]:8000`` -> ``::1``, ``a.b:80`` -> ``a.b``."""
    value = header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        return value[1:end] if end > 0 else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def allowed_hosts(extra: Iterable[str] = ()) -> frozenset[str]:
    """The loopback names plus ``extra`` (names or addresses, without ports)."""
    return LOOPBACK_HOSTS | {host_name(h) for h in extra if h.strip()}


class Guard:
    """Refuse unknown Host headers; add security headers to every response."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str] = LOOPBACK_HOSTS) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the Host, then pass the request on with headers added to the answer."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = ""
        for name, value in scope.get("headers", ()):
            if name == b"host":
                host = value.decode("latin-1")
                break
        path = scope.get("path", "")
        csp = DOCS_CSP if path.startswith(_DOCS_PATHS) else DASHBOARD_CSP
        extra = [
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
            (b"content-security-policy", csp.encode()),
        ]
        if host_name(host) not in self.hosts:
            await self._refuse(send, host, extra)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", ()), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)

    async def _refuse(self, send: Send, host: str, extra: list[tuple[bytes, bytes]]) -> None:
        shown = host[:100] if host else "(none)"
        body = json.dumps(
            {
                "type": "about:blank",
                "title": "Host not allowed",
                "status": 400,
                "detail": f"Host {shown!r} is not served here; allowed: "
                + ", ".join(sorted(self.hosts)),
                "field": "Host",
            }
        ).encode()
        headers = [
            (b"content-type", b"application/problem+json"),
            (b"content-length", str(len(body)).encode()),
            *extra,
        ]
        await send({"type": "http.response.start", "status": 400, "headers": headers})
        await send({"type": "http.response.body", "body": body})
