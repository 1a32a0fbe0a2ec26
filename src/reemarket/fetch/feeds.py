"""RSS and Atom feeds: recognised by content type or first bytes, read with feedparser."""

from __future__ import annotations

import re
import xml.sax
from dataclasses import dataclass

from reemarket.errors import FetchError

FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
}
_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed: its link, and its own text for items without one."""

    link: str | None
    title: str
    summary: str


@dataclass
class Feed:
    """A parsed feed: its title, items (at most the limit) and how many it had."""

    title: str
    items: list[FeedItem]
    total: int


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """True when the response is an RSS or Atom document."""
    head = body[:2048].lstrip()
    if content_type in FEED_TYPES or head.startswith(b"<?xml"):
        return bool(_ROOT.search(body[:4096]))
    return False


def parse_feed(url: str, body: bytes, *, limit: int) -> Feed:
    """Read a feed's items (the first ``limit``); a malformed feed is a named error."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    entries = list(parsed.get("entries") or [])
    why = parsed.get("bozo_exception")
    if parsed.get("bozo") and (isinstance(why, xml.sax.SAXException) or not entries):
        raise FetchError(f"{url}: malformed feed ({why})", reason="malformed_feed")
    if not parsed.get("version") and not entries:
        raise FetchError(f"{url}: not an RSS or Atom feed", reason="not_a_feed")
    items = [
        FeedItem(
            link=str(e.get("link")) if e.get("link") else None,
            title=str(e.get("title") or ""),
            summary=str(e.get("summary") or ""),
        )
        for e in entries[:limit]
    ]
    title = str((parsed.get("feed") or {}).get("title") or url)
    return Feed(title, items, len(entries))
