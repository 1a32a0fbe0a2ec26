"""A read cache in front of the API: answers repeated GETs from memory until the next write.

The server is the only writer of its database file (DuckDB locks it), so every change
passes through this app: any successful non-GET request empties the cache. Used only
when reads are open, so that no cached answer skips an authentication check.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_READS = frozenset({"GET", "HEAD", "OPTIONS"})


class ReadCache:
    """Pure-ASGI middleware caching successful GET responses under a path prefix."""

    def __init__(self, app: ASGIApp, prefix: str = "/api/v1/", max_entries: int = 4096) -> None:
        self.app = app
        self.prefix = prefix
        self.max_entries = max_entries
        self.entries: OrderedDict[tuple[str, bytes], list[Message]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve from the cache, fill it, or empty it after a write."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        if method not in _READS:
            await self.app(scope, receive, self._watch_write(send))
            return
        if method != "GET" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        cached = self.entries.get(key)
        if cached is not None:
            self.hits += 1
            self.entries.move_to_end(key)
            for message in cached:
                await send(message)
            return
        self.misses += 1
        await self.app(scope, receive, self._record(key, send))

    def _record(self, key: tuple[str, bytes], send: Send) -> Send:
        messages: list[Message] = []
        state: dict[str, Any] = {"ok": False}

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["ok"] = message["status"] == 200
            if state["ok"]:
                messages.append(message)
                if message["type"] == "http.response.body" and not message.get("more_body"):
                    self.entries[key] = messages
                    if len(self.entries) > self.max_entries:
                        self.entries.popitem(last=False)
            await send(message)

        return wrapped

    def _watch_write(self, send: Send) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] < 400:
                self.entries.clear()
            await send(message)

        return wrapped
