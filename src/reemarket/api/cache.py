"""A read cache in front of the API: answers repeated GETs from memory while the data is unchanged.

Bounded in bytes, not entries: the cache holds at most ``max_bytes`` of response bodies
and headers (least recently used out first), and a single answer larger than
``max_entry_bytes`` (a 19 MB document) is never kept. Any successful non-GET request
empties it, and so does a change of ``generation()`` (the database changed, through
this process or another while the server did not hold the file); a generation of
None means it cannot be told now, and that request bypasses the cache. Used only when reads are
open, so that no cached answer skips an authentication check.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_READS = frozenset({"GET", "HEAD", "OPTIONS"})

#: Default bound of the whole cache, bytes.
DEFAULT_MAX_BYTES = 64 * 2**20


def _size(messages: list[Message]) -> int:
    total = 0
    for m in messages:
        total += len(m.get("body", b"")) + 64
        total += sum(len(k) + len(v) for k, v in m.get("headers", ()))
    return total


class ReadCache:
    """Pure-ASGI middleware caching successful GET responses under a path prefix."""

    def __init__(
        self,
        app: ASGIApp,
        prefix: str = "/api/v1/",
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_entry_bytes: int | None = None,
        generation: Callable[[], object] | None = None,
    ) -> None:
        self.app = app
        self.prefix = prefix
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_entry_bytes if max_entry_bytes is not None else max_bytes // 16
        self.generation = generation
        self.entries: OrderedDict[tuple[str, bytes], tuple[list[Message], int]] = OrderedDict()
        self.bytes = 0
        self.hits = 0
        self.misses = 0
        self._seen: object = None

    def clear(self) -> None:
        """Forget every cached answer."""
        self.entries.clear()
        self.bytes = 0

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
        if self.generation is not None:
            now = self.generation()
            if now is None:  # unknown right now: answer without the cache
                await self.app(scope, receive, send)
                return
            if now != self._seen:
                self.clear()
                self._seen = now
        key = (scope["path"], scope.get("query_string", b""))
        cached = self.entries.get(key)
        if cached is not None:
            self.hits += 1
            self.entries.move_to_end(key)
            for message in cached[0]:
                await send(message)
            return
        self.misses += 1
        await self.app(scope, receive, self._record(key, send))

    def _store(self, key: tuple[str, bytes], messages: list[Message]) -> None:
        size = _size(messages)
        if size > self.max_entry_bytes:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.bytes -= old[1]
        self.entries[key] = (messages, size)
        self.bytes += size
        while self.bytes > self.max_bytes and self.entries:
            _, (_, dropped) = self.entries.popitem(last=False)
            self.bytes -= dropped

    def _record(self, key: tuple[str, bytes], send: Send) -> Send:
        messages: list[Message] = []
        state: dict[str, Any] = {"ok": False, "size": 0}

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["ok"] = message["status"] == 200
            if state["ok"]:
                state["size"] += len(message.get("body", b""))
                if state["size"] > self.max_entry_bytes:
                    state["ok"] = False  # too large to keep: stop collecting it
                    messages.clear()
                else:
                    messages.append(message)
                    if message["type"] == "http.response.body" and not message.get("more_body"):
                        self._store(key, messages)
            await send(message)

        return wrapped

    def _watch_write(self, send: Send) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] < 400:
                self.clear()
            await send(message)

        return wrapped
