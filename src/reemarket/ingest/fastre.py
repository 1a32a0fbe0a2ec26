"""Case-insensitive matching made fast: lower-case the text once, match lower-cased patterns.

``re.IGNORECASE`` slows every comparison; ASCII lower-casing with ``str.translate``
keeps the text's length (so offsets stay valid) and lets patterns run case-sensitively.
"""

from __future__ import annotations

import re

_LOWER = str.maketrans({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})


def lower(text: str) -> str:
    """ASCII lower case, same length as ``text``."""
    return text.translate(_LOWER)


def lower_pattern(pattern: str) -> str:
    """Lower-case the literal letters of a regex, leaving escapes and group syntax alone."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern.startswith(("(?P<", "(?P=", "(?("), i):
            j = pattern.index(
                ">" if pattern[i + 2] == "P" and pattern[i + 3] == "<" else ")", i + 3
            )
            out.append(pattern[i : j + 1])
            i = j + 1
        else:
            out.append(ch.lower() if "A" <= ch <= "Z" else ch)
            i += 1
    return "".join(out)


def compile_ci(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern to be matched against ``lower(text)``."""
    return re.compile(lower_pattern(pattern), flags & ~re.IGNORECASE)


_SEP = "[\\s\\-\u2010\u2011]*"


def trie_pattern(words: list[str]) -> str:
    """One regex for many literal words, with common prefixes factored (fast to match).

    Spaces and hyphens inside a word match any run of spaces and hyphens.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in re.sub(r"[\s\-\u2010\u2011]+", " ", word.strip()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        end = "" in node
        branches = [
            (_SEP if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch != ""
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(root)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (``a|b(c|d)`` gives ``a`` and ``b(c|d)``)."""
    out: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def keyed_alternation(items: list[tuple[str, str]]) -> tuple[re.Pattern[str], list[str]]:
    """One fast regex for many (key, pattern) pairs, to be matched against ``lower(text)``.

    Alternatives are bucketed by their first letter behind a lookahead, so at each word
    start only the alternatives that can begin there are tried; earlier pairs keep
    precedence. Returns the regex and, for each group ``a<i>``, its key.
    """
    alts: list[tuple[str, str]] = []  # (first letter or "*", pattern with a named group)
    keys: list[str] = []
    for key, pattern in items:
        for alt in split_alternatives(lower_pattern(pattern)):
            first = alt[0] if alt and alt[0].isalnum() and alt[1:2] not in ("?", "*", "{") else "*"
            alts.append((first, f"(?P<a{len(keys)}>{alt})"))
            keys.append(key)
    buckets: dict[str, list[str]] = {}
    for first, alt in alts:  # alternatives without a literal first letter are tried last
        buckets.setdefault(first, []).append(alt)
    parts = [f"(?={c})(?:{'|'.join(b)})" for c, b in buckets.items() if c != "*"]
    if "*" in buckets:
        parts.append(f"(?:{'|'.join(buckets['*'])})")
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b"), keys
