"""A small web site for the fetch tests, served on 127.0.0.1 by a real HTTP server."""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

Route = Callable[[BaseHTTPRequestHandler], None]


def html_page(title: str, text: str, *, chrome: str = "Example Metals News") -> str:
    """An article page: site chrome, a title and the text's paragraphs."""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"</head><body><nav>{chrome} | Home | Markets</nav><article><h1>{html.escape(title)}</h1>"
        f"{paras}</article><footer>Copyright {chrome}</footer></body></html>"
    )


def tiny_pdf(text: str) -> bytes:
    """A one-page PDF whose text layer holds ``text`` (ASCII lines)."""
    lines = [ln.replace("\\", "").replace("(", "").replace(")", "") for ln in text.splitlines()]
    ops = "BT /F1 10 Tf 40 800 Td 12 TL " + " ".join(f"({ln}) '" for ln in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops.encode("latin-1") + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@dataclass
class Site:
    """Routes by path, and a log of (path, status) for every request answered."""

    routes: dict[str, Route] = field(default_factory=dict)
    log: list[tuple[str, int]] = field(default_factory=list)
    base: str = ""

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, status: int, prefix: str = "/") -> int:
        return sum(1 for p, s in self.log if s == status and p.startswith(prefix))

    def page(self, path: str, body: bytes, ctype: str, *, etag: str | None = None) -> None:
        """Serve fixed bytes; with an ETag, answer 304 to a matching If-None-Match."""

        def route(h: BaseHTTPRequestHandler) -> None:
            if etag and h.headers.get("If-None-Match") == etag:
                send(h, 304, b"", ctype, {"ETag": etag})
                return
            send(h, 200, body, ctype, {"ETag": etag} if etag else {})

        self.routes[path] = route


def send(
    h: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    ctype: str = "text/plain",
    headers: dict[str, str] | None = None,
) -> None:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    if status != 304:
        h.send_header("Content-Length", str(len(body)))
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    if body and status != 304:
        with suppress(BrokenPipeError, ConnectionResetError):
            h.wfile.write(body)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            route = site.routes.get(path)
            if route is None:
                send(self, 404, b"not found")
            else:
                route(self)

        def send_response(self, code: int, message: str | None = None) -> None:
            site.log.append((self.path, code))
            super().send_response(code, message)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serve(site: Site, host: str = "127.0.0.1") -> Iterator[Site]:
    server = ThreadingHTTPServer((host, 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://{host}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def slow(seconds: float) -> Route:
    def route(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        send(h, 200, b"<html><body>late</body></html>", "text/html")

    return route


def corpus_text(shared: Path, folder: str, prefix: str) -> str:
    return next((shared / "corpus" / folder).glob(prefix + "*")).read_text("utf-8")
