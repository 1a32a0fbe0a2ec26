"""A small HTTP cache on disk: the last body of each URL with its validators.

Why our own rather than a caching transport: a watcher must revalidate every time
(conditional GET with ETag / Last-Modified) and never serve a stored page as fresh,
and on a 304 it needs the stored body back, keyed by the URL asked for. That is a
file per URL and a JSON header beside it, written atomically, in about 60 lines.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class CachedResponse:
    """A stored response: the validators and what is needed to read its body."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None


class HttpCache:
    """Bodies and validators of fetched URLs under one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        sub = self.folder / key[:2]
        return sub / f"{key}.json", sub / f"{key}.body"

    def get(self, url: str) -> tuple[CachedResponse, bytes] | None:
        """The stored response of ``url`` and its body, or None."""
        head, body = self._paths(url)
        try:
            meta = json.loads(head.read_text("utf-8"))
            data = body.read_bytes()
            return CachedResponse(**meta), data
        except (OSError, ValueError, TypeError):
            return None

    def put(self, response: CachedResponse, body: bytes) -> None:
        """Store a response (replacing the previous one of its URL) atomically."""
        head, data = self._paths(response.url)
        head.parent.mkdir(parents=True, exist_ok=True)
        for path, content in ((data, body), (head, json.dumps(asdict(response)).encode())):
            tmp = path.with_suffix(path.suffix + f".{os.getpid()}.tmp")
            tmp.write_bytes(content)
            os.replace(tmp, path)
