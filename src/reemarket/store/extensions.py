"""DuckDB extensions loaded from installed Python packages, never downloaded.

DuckDB can fetch extensions from the network on first use (``INSTALL`` and automatic
loading). reemarket turns both off on every connection and loads the few extensions it
needs by file path from PyPI packages that ship their binaries
(``duckdb-extension-ducklake``, ``duckdb-extension-postgres-scanner``), whose versions are
pinned to the DuckDB version in ``requirements.lock``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import duckdb

from reemarket.errors import StoreError

NO_DOWNLOADS: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}
"""Connection settings that keep DuckDB from installing or auto-loading any extension."""

PACKAGES = {
    "ducklake": "duckdb_extension_ducklake",
    "postgres_scanner": "duckdb_extension_postgres_scanner",
    "fts": "duckdb_extension_fts",
}
"""The Python package that ships each extension the project loads."""


def extension_file(name: str) -> Path:
    """The extension binary for this DuckDB version inside its installed package.

    Raises:
        StoreError: the package is missing or ships no binary for this DuckDB version.

    """
    module_name = PACKAGES.get(name)
    if module_name is None:
        raise StoreError(f"DuckDB extension {name!r} is not one reemarket loads")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        package = module_name.replace("_", "-")
        raise StoreError(f"DuckDB extension {name!r} needs the package {package}") from exc
    folder = Path(module.__file__ or "").parent / "extensions" / f"v{duckdb.__version__}"
    found = sorted(folder.glob(f"{name}.duckdb_extension"))
    if not found:
        raise StoreError(
            f"DuckDB extension {name!r}: no binary for DuckDB {duckdb.__version__} in {folder}"
        )
    return found[0]


def load_extension(conn: duckdb.DuckDBPyConnection, name: str) -> None:
    """Load one extension into ``conn`` from its package, by file path."""
    path = extension_file(name)
    try:
        conn.execute(f"LOAD '{path.as_posix()}'")
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0]
        raise StoreError(f"DuckDB extension {name!r} did not load: {first}") from exc
