"""Errors as RFC 9457 problem+json, mapped from the error tree in one place."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from reemarket.errors import (
    AuthError,
    FetchError,
    InputError,
    NotFoundError,
    ReemarketError,
    StoreError,
)

MEDIA_TYPE = "application/problem+json"

#: The folders of an absolute path (POSIX or Windows): never shown to a client.
_FOLDERS = re.compile(r"(?<![\w.])(?:[A-Za-z]:)?(?:[\\/][^\\/\s:;,'\"()<>]+)+[\\/](?=[^\\/\s]*)")


def scrub(text: str) -> str:
    """``text`` with the folders of every absolute path removed: the server's layout stays private.

    ``/srv/data/reemarket.duckdb: in use by process 7`` becomes
    ``reemarket.duckdb: in use by process 7``.
    """
    return _FOLDERS.sub("", text)


#: HTTP status of each branch of the error tree (first match wins).
STATUS: list[tuple[type[ReemarketError], int]] = [
    (AuthError, 401),
    (NotFoundError, 404),
    (FetchError, 502),
    (InputError, 422),
    (StoreError, 503),
    (ReemarketError, 400),
]


def problem(
    status: int, title: str, detail: str, field: str | None = None, **extra: Any
) -> JSONResponse:
    """A problem+json response."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": scrub(detail),
    }
    if field is not None:
        body["field"] = field
    body.update(extra)
    headers = {"WWW-Authenticate": 'ApiKey header="X-API-Key"'} if status == 401 else None
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


def _status(exc: ReemarketError) -> int:
    return next(code for cls, code in STATUS if isinstance(exc, cls))


async def _reemarket(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ReemarketError)
    status = _status(exc)
    return problem(status, type(exc).__name__, str(exc), exc.field)


async def _validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    first = errors[0] if errors else {}
    loc = [
        str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body", "header", "form")
    ]
    field = ".".join(loc) or None
    detail = (
        f"{field}: {first.get('msg', 'invalid')}" if field else str(first.get("msg", "invalid"))
    )
    return problem(422, "Invalid input", detail, field, errors=len(errors))


async def _http(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return problem(exc.status_code, "HTTP error", str(exc.detail))


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(ReemarketError, _reemarket)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
