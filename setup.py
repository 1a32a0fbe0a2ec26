"""Build hook: a wheel or a regular install compiles the extractor's hot modules with mypyc.

The project's metadata lives in pyproject.toml; this file only adds the compiled modules.
mypyc (part of mypy) turns each module listed by :func:`compiled_modules` into a C
extension that sits beside its ``.py`` source in the wheel, so ``import`` picks the
extension. The extractor then runs about 1.3 times faster on English text
(docs/extraction.md, benchmark section); what it extracts is the same
(``scripts/check_compiled``).

mypyc type-checks the code as ``mypy src`` does, so it needs the dev dependencies (mypy, the
pydantic plugin and the packages the code imports): the compiled build is made without
build isolation in an environment that has them, which is what ``scripts/setup fast`` does
(``.venv-fast``, a non-editable compiled install):

    pip install -c requirements.lock ".[dev]" && pip install --no-build-isolation --no-deps .

Pure Python, with a message, when:

- the install is editable (``pip install -e``, ``scripts/setup dev``): edited code must
  run as edited, so no extension is built (and none is ever built in ``src/``);
- the build environment has no mypyc (an isolated ``pip install .``);
- ``REEMARKET_PURE=1`` is set;
- there is no C compiler or no Python headers.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from pathlib import Path
from typing import Any

from setuptools import setup

ROOT = Path(__file__).resolve().parent
#: Packages whose modules are compiled, except those in :data:`EXCLUDED`.
COMPILED_PACKAGES = ("src/reemarket/ingest", "src/reemarket/domain")
#: Modules left pure Python, with why.
EXCLUDED = {
    # Fact.made fills the instance __dict__ directly (the pure build's fast constructor);
    # a compiled class has no __dict__.
    "src/reemarket/domain/facts.py": "Fact.made writes the instance __dict__",
    # Not on extract_text's path: reading files, document metadata, statements, stories;
    # money, fx, bands, quotas and the trading calendar (pandas) are analysis helpers.
    "src/reemarket/ingest/loaders.py": "reads files (pypdf, trafilatura), not text",
    "src/reemarket/ingest/metadata.py": "document metadata, once per document",
    "src/reemarket/ingest/statements.py": "not on the extraction path",
    "src/reemarket/ingest/stories.py": "not on the extraction path",
    "src/reemarket/domain/bands.py": "not on the extraction path",
    "src/reemarket/domain/fx.py": "not on the extraction path",
    "src/reemarket/domain/money.py": "not on the extraction path",
    "src/reemarket/domain/quotas.py": "not on the extraction path",
    "src/reemarket/domain/trading_calendar.py": "a wrapper of exchange_calendars (pandas)",
}
#: setup.py commands that build a wheel or install (``egg_info``, ``dist_info``, ``sdist``
#: and the editable commands do not, and must not pay for mypyc's analysis).
_BUILDING = ("bdist_wheel", "build", "build_ext", "install")
_EDITABLE = ("editable_wheel", "develop")


def compiled_modules() -> list[str]:
    """The module files mypyc compiles (paths relative to the checkout, sorted)."""
    found = (
        p.relative_to(ROOT).as_posix() for d in COMPILED_PACKAGES for p in (ROOT / d).rglob("*.py")
    )
    return sorted(m for m in found if m not in EXCLUDED)


def _say(message: str) -> None:
    print(f"reemarket setup.py: {message}", file=sys.stderr)


def _compiler_missing() -> str | None:
    """Why no C extension can be built here, or None."""
    cc = os.environ.get("CC") or str(sysconfig.get_config_var("CC") or "cc")
    if shutil.which(cc.split()[0]) is None:
        return f"no C compiler ({cc.split()[0]})"
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.exists():
        return f"no Python headers ({headers})"
    return None


def ext_modules() -> list[Any]:
    """The extensions of a wheel or regular install (compiled by mypyc); none otherwise."""
    argv = sys.argv[1:]
    if not any(c in argv for c in _BUILDING) or any(c in argv for c in _EDITABLE):
        return []
    if os.environ.get("REEMARKET_PURE") == "1":
        _say("REEMARKET_PURE=1: pure Python build")
        return []
    why = _compiler_missing()
    if why is None:
        try:
            from mypyc.build import mypycify
        except ImportError:
            why = "no mypyc in the build environment (see setup.py: --no-build-isolation)"
    if why is not None:
        _say(f"{why}: pure Python build (extraction about 1.3 times slower than compiled)")
        return []
    _say(f"compiling {len(compiled_modules())} modules with mypyc (a few minutes)")
    return list(mypycify(compiled_modules(), group_name="reemarket", multi_file=True))


setup(
    ext_modules=ext_modules(),
    # compile the generated C files on every core
    options={"build_ext": {"parallel": os.cpu_count() or 1}},
)
