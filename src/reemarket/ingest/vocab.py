"""The cue words of a language, kept as data in ``data/vocab/<language>.toml``.

Each entry is a list of spellings (regular-expression alternatives, lower case,
matched at word starts) under a section and a key: ``direction.up``,
``comparison.yoy``, ``holder.market_wide``... A section written as an array of
tables (``[[metric]]``) keeps its order, for lists where the first match wins.
The file is read once per language; the fast scanner files each alternative under
the letters it starts with (:class:`reemarket.ingest.fastre.WordAlternation`), so
start words come from these lists and are never listed by hand.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from reemarket.errors import ReemarketError

__all__ = ["alternation", "ordered", "words"]


@cache
def _load(language: str) -> dict[str, Any]:
    """The parsed vocabulary file of a language (read once)."""
    name = f"{language}.toml"
    try:
        raw = resources.files("reemarket.data").joinpath("vocab", name).read_text("utf-8")
        return tomllib.loads(raw)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ReemarketError(f"data/vocab/{name}: unreadable vocabulary ({exc})") from exc


def words(section: str, key: str, language: str = "en") -> list[str]:
    """The spellings listed under ``[section] key``."""
    try:
        found = _load(language)[section][key]
    except KeyError as exc:
        raise ReemarketError(f"data/vocab/{language}.toml: no list {section}.{key}") from exc
    if not isinstance(found, list) or not all(isinstance(w, str) and w for w in found):
        raise ReemarketError(f"data/vocab/{language}.toml: {section}.{key} must list strings")
    return list(found)


def alternation(section: str, key: str, language: str = "en") -> str:
    """The spellings of ``[section] key`` as one regex alternation (no group around it)."""
    return "|".join(words(section, key, language))


def ordered(section: str, language: str = "en") -> list[tuple[str, str]]:
    """An ordered section (``[[section]]`` tables with ``key`` and ``words``) as pairs."""
    try:
        rows = _load(language)[section]
        return [(str(r["key"]), "|".join(r["words"])) for r in rows]
    except (KeyError, TypeError) as exc:
        raise ReemarketError(
            f"data/vocab/{language}.toml: [[{section}]] needs key and words ({exc})"
        ) from exc
