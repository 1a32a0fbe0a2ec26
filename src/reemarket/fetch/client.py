"""A polite HTTP client: robots.txt, one request per host at a time, conditional GET.

Every request goes through :meth:`Fetcher.get`: the URL is checked (scheme,
credentials, private addresses unless allowed), robots.txt is asked (once per host),
the host's slot is taken (one request at a time, ``delay`` seconds apart), and the
request carries the cached ETag / Last-Modified. Redirects are followed by hand, at
most ``max_redirects``, each hop checked like the first URL. Bodies are read in
chunks and cut off past ``max_bytes``. A 304 answers with the cached body.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from urllib.parse import urljoin, urlsplit

import httpx

from reemarket import __version__
from reemarket.errors import FetchError, UrlRefusedError
from reemarket.fetch.cache import CachedResponse, HttpCache
from reemarket.fetch.urls import check_address, check_url, host_key

USER_AGENT = f"reemarket/{__version__} (rare-earth market intelligence; +https://pypi.org/project/reemarket/)"
ROBOTS_AGENT = "reemarket"


@dataclass(frozen=True)
class FetchPolicy:
    """How to fetch: politeness, limits and what is allowed."""

    allow_private: bool = False
    robots: bool = True
    delay: float = 1.0
    timeout: float = 20.0
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    max_feed_items: int = 200


@dataclass
class WebResponse:
    """A fetched body with its provenance."""

    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None
    retrieved_at: datetime
    not_modified: bool = False


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    robots_lock: threading.Lock = field(default_factory=threading.Lock)
    last: float = 0.0
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_error: str | None = None
    robots_reason: str = "robots_unreachable"
    robots_checked: bool = False


def _content_type(header: str) -> tuple[str, str | None]:
    msg = Message()
    msg["content-type"] = header or "application/octet-stream"
    charset = msg.get_param("charset")
    return msg.get_content_type(), str(charset) if isinstance(charset, str) else None


class Fetcher:
    """Fetches URLs under a :class:`FetchPolicy`; safe to share between threads."""

    def __init__(self, policy: FetchPolicy, cache: HttpCache | None = None) -> None:
        self.policy = policy
        self.cache = cache
        self.requests = 0
        self._hosts: dict[str, _Host] = {}
        self._guard = threading.Lock()
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT},
            timeout=httpx.Timeout(policy.timeout),
            follow_redirects=False,
            trust_env=False,
        )

    def close(self) -> None:
        """Close the connection pool."""
        self.client.close()

    def __enter__(self) -> Fetcher:
        """Use as a context manager that closes the pool."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close the pool."""
        self.close()

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        with self._guard:
            return self._hosts.setdefault(key, _Host())

    def check(self, url: str) -> str:
        """Check a URL before any request to it; return it normalised."""
        clean = check_url(url)
        if not self.policy.allow_private:
            check_address(clean)
        return clean

    def _robots_allow(self, url: str) -> None:
        if not self.policy.robots:
            return
        host = self._host(url)
        with host.robots_lock:
            self._read_robots(url, host)
        if host.robots_error:
            raise FetchError(f"{url}: {host.robots_error}; not fetched", reason=host.robots_reason)
        if host.robots is not None and not host.robots.can_fetch(ROBOTS_AGENT, url):
            raise UrlRefusedError(f"{url}: disallowed by the site's robots.txt", reason="robots")

    def _read_robots(self, url: str, host: _Host) -> None:
        if not host.robots_checked:
            parts = urlsplit(url)
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            parser = urllib.robotparser.RobotFileParser(robots_url)
            try:
                status, body, _ = self._request(robots_url, {}, limit=512 * 1024)
            except FetchError as exc:
                if exc.reason in ("connect", "timeout", "dns"):
                    # the site itself cannot be reached: say so, not "robots.txt"
                    host.robots_error = str(exc).split(": ", 1)[-1]
                    host.robots_reason = exc.reason
                else:
                    host.robots_error = f"robots.txt unreachable ({exc.reason})"
            else:
                if status >= 500:
                    host.robots_error = f"robots.txt unreachable (HTTP {status})"
                elif status >= 400:
                    parser.parse([])  # no robots.txt: everything allowed
                else:
                    parser.parse(body.decode("utf-8", errors="replace").splitlines())
            host.robots = parser
            host.robots_checked = True

    def _request(
        self, url: str, headers: dict[str, str], *, limit: int | None = None
    ) -> tuple[int, bytes, httpx.Headers]:
        """One GET in the host's slot; the body is read up to the size limit."""
        host = self._host(url)
        cap = limit or self.policy.max_bytes
        with host.lock:
            wait = host.last + self.policy.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                self.requests += 1
                with self.client.stream("GET", url, headers=headers) as resp:
                    size = int(resp.headers.get("content-length") or 0)
                    if size > cap:
                        raise FetchError(
                            f"{url}: too large ({size / 1e6:.1f} MB; the limit is {cap / 1e6:.0f} MB)",
                            reason="too_large",
                        )
                    chunks: list[bytes] = []
                    got = 0
                    deadline = time.monotonic() + self.policy.timeout * 3
                    for chunk in resp.iter_bytes():
                        got += len(chunk)
                        if got > cap:
                            raise FetchError(
                                f"{url}: too large (over the limit of {cap / 1e6:.0f} MB)",
                                reason="too_large",
                            )
                        if time.monotonic() > deadline:
                            raise FetchError(f"{url}: body too slow to arrive", reason="timeout")
                        chunks.append(chunk)
                    return resp.status_code, b"".join(chunks), resp.headers
            except httpx.TimeoutException as exc:
                raise FetchError(
                    f"{url}: timed out after {self.policy.timeout:g} s", reason="timeout"
                ) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: cannot connect ({exc})", reason="connect") from exc
            finally:
                host.last = time.monotonic()

    def get(self, url: str) -> WebResponse:
        """Fetch one URL politely; raise UrlRefusedError or FetchError with a reason."""
        first = self.check(url)
        cached = self.cache.get(first) if self.cache else None
        current = first
        for _ in range(self.policy.max_redirects + 1):
            self._robots_allow(current)
            headers: dict[str, str] = {}
            if cached and cached[0].final_url == current:
                if cached[0].etag:
                    headers["If-None-Match"] = cached[0].etag
                if cached[0].last_modified:
                    headers["If-Modified-Since"] = cached[0].last_modified
            status, body, resp_headers = self._request(current, headers)
            when = datetime.now(UTC)
            if status in (301, 302, 303, 307, 308) and resp_headers.get("location"):
                current = self.check(urljoin(current, resp_headers["location"]))
                continue
            if status == 304 and cached:
                meta, stored = cached
                return WebResponse(
                    first, current, 304, stored, meta.content_type, meta.charset,
                    meta.etag, meta.last_modified, when, not_modified=True,
                )  # fmt: skip
            if status >= 400 or status == 304:
                raise FetchError(f"{current}: HTTP {status}", reason="http_status")
            ctype, charset = _content_type(resp_headers.get("content-type", ""))
            etag = resp_headers.get("etag")
            modified = resp_headers.get("last-modified")
            if self.cache is not None:
                self.cache.put(
                    CachedResponse(first, current, status, ctype, charset, etag, modified), body
                )
            return WebResponse(first, current, status, body, ctype, charset, etag, modified, when)
        raise FetchError(
            f"{first}: more than {self.policy.max_redirects} redirects", reason="redirects"
        )
