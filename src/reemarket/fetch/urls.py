"""Which URLs reemarket fetches: http(s) only, no credentials, no private addresses.

A server-side fetch must not become a way into the user's own network, so a host that
resolves to a loopback, private, link-local, multicast or reserved address is refused
unless the caller allows private addresses. Every address the host resolves to is
checked, and every redirect hop is checked again by the client.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit, urlunsplit

from reemarket.errors import FetchError, UrlRefusedError


def redact(url: str) -> str:
    """The URL with any user name and password removed (for messages and storage)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(unreadable URL)"
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def check_url(url: str) -> str:
    """Return the URL without its fragment; refuse other schemes and embedded credentials."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError as exc:
        raise UrlRefusedError(f"{redact(url)}: not a valid URL ({exc})", reason="bad_url") from exc
    if parts.scheme.lower() not in ("http", "https"):
        scheme = parts.scheme or "(none)"
        raise UrlRefusedError(
            f"{redact(url)}: scheme {scheme!r} refused; only http and https URLs are fetched",
            reason="scheme",
        )
    if parts.username is not None or parts.password is not None:
        raise UrlRefusedError(
            f"{redact(url)}: a URL with a user name or password in it is refused"
            " (credentials are never sent or stored)",
            reason="credentials",
        )
    if not parts.hostname:
        raise UrlRefusedError(f"{url}: no host in the URL", reason="bad_url")
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", parts.query, ""))


def host_key(url: str) -> str:
    """The politeness key of a URL: scheme, host and port."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}:{parts.port or ''}"


def is_public(address: str) -> bool:
    """True when an IP address is a public, routable unicast address."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def check_address(url: str) -> None:
    """Refuse a URL whose host resolves to any non-public address."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"{url}: cannot resolve host {host!r} ({exc})", reason="dns") from exc
    for info in infos:
        address = str(info[4][0])
        if not is_public(address):
            raise UrlRefusedError(
                f"{url}: host {host!r} resolves to the private or local address {address};"
                " refused unless private addresses are allowed",
                reason="private_address",
            )
