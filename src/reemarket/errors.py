"""The one error tree of reemarket.

Every error a user can cause or meet derives from :class:`ReemarketError`.
The CLI maps the tree to exit codes (``cli/errors.py``) and the API to HTTP
statuses (``api/problems.py``), each in one place::

    ReemarketError                    exit 1
    ├── InputError                    exit 2   HTTP 422  (the user's input is wrong)
    │   ├── UnknownNameError                   a product, company or market nobody knows
    │   ├── UnitError                          a unit that does not exist or does not fit
    │   ├── PeriodError                        a period or date that cannot be read
    │   ├── RowsRejectedError                  a sheet with bad rows (every row listed)
    │   ├── DocumentError                      a document that cannot be read
    │   ├── UrlRefusedError                    a URL reemarket will not fetch (reason code)
    │   └── ScenarioError                      a scenario file that does not validate
    ├── NotFoundError                 exit 3   HTTP 404  (asked for something absent)
    ├── AuthError                     exit 5   HTTP 401  (no, wrong or revoked API key)
    ├── FetchError                    exit 6   HTTP 502  (a web source failed; reason code)
    └── StoreError                    exit 4   HTTP 503  (the database cannot be used)
        ├── StoreBusyError                     another process holds the file's lock
        └── DatabaseFileError                  not a reemarket DuckDB file, or corrupt
"""

from __future__ import annotations

from dataclasses import dataclass


class ReemarketError(Exception):
    """Base of every error reemarket raises on purpose.

    ``field`` names the input field at fault, where one is (the API reports it).
    """

    exit_code = 1

    def __init__(self, *args: object, field: str | None = None) -> None:
        super().__init__(*args)
        self.field = field


class InputError(ReemarketError):
    """The user's input is wrong; the message says which field, file or line."""

    exit_code = 2


class UnknownNameError(InputError):
    """A product, company, market or unit name that is not in the catalog."""


class UnitError(InputError):
    """A unit that does not exist, or a conversion across dimensions."""


class PeriodError(InputError):
    """A period or date that cannot be parsed or does not exist."""


class DocumentError(InputError):
    """A document that cannot be ingested (empty, binary, too large, no text)."""


class UrlRefusedError(InputError):
    """A URL refused before any request: credentials, scheme, private address, robots.txt.

    ``reason`` is a stable code: ``credentials``, ``scheme``, ``private_address``,
    ``robots``, ``bad_url``.
    """

    def __init__(self, message: str, *, reason: str, field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.reason = reason


class ScenarioError(InputError):
    """A scenario file that does not validate; the message names the line."""


@dataclass(frozen=True)
class RowProblem:
    """One rejected input row: where it is and why, with a stable reason code."""

    line: int
    code: str
    reason: str

    def __str__(self) -> str:
        """Render as ``line N: [code] reason``."""
        return f"line {self.line}: [{self.code}] {self.reason}"


class RowsRejectedError(InputError):
    """A sheet with rows that failed validation; nothing was written."""

    def __init__(self, source: str, problems: list[RowProblem]) -> None:
        self.source = source
        self.problems = problems
        first = problems[0] if problems else None
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(
            f"{source}: {len(problems)} bad row(s), nothing written; first: {first}{more}"
        )


class NotFoundError(ReemarketError):
    """Something asked for is absent (a document, a series, a scenario)."""

    exit_code = 3


class AuthError(ReemarketError):
    """A write without a valid API key."""

    exit_code = 5


class FetchError(ReemarketError):
    """A web request that failed; ``reason`` is a stable code.

    Codes: ``timeout``, ``connect``, ``dns``, ``http_status``, ``too_large``,
    ``redirects``, ``robots_unreachable``, ``content_type``, ``malformed_feed``,
    ``not_a_feed``.
    """

    exit_code = 6

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class StoreError(ReemarketError):
    """The database cannot be opened or used."""

    exit_code = 4


class StoreBusyError(StoreError):
    """Another process holds the database file's lock ("in use by process N")."""


class DatabaseFileError(StoreError):
    """The file is not a reemarket database, or it is corrupt."""
