"""Case-insensitive matching made fast: lower-case the text once, match lower-cased patterns.

``re.IGNORECASE`` slows every comparison; ASCII lower-casing with ``str.translate``
keeps the text's length (so offsets stay valid) and lets patterns run case-sensitively.
"""

from __future__ import annotations

import re

_LOWER = str.maketrans({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})


def lower(text: str) -> str:
    """ASCII lower case, same length as ``text``.

    ASCII text is lowered by ``str.lower`` (the same result, about ten times faster than
    the translation table); other text keeps its non-ASCII letters as they are.
    """
    return text.lower() if text.isascii() else text.translate(_LOWER)


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


class Folded:
    """A case-insensitive pattern, run case-sensitively on ``lower(text)`` where that is the same.

    On ASCII text, ``re.IGNORECASE`` matching gives the spans and groups of the lower-cased
    pattern on the lower-cased text, and case-insensitive comparisons cost ``re`` two to
    three times as much. :meth:`pick` returns the pattern and the string to match it on.
    The lower-cased pattern is led by a look-ahead for the characters a match can start
    with where that is known (``startwords.first_char_checked``: the same matches).
    """

    __slots__ = ("low", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        from reemarket.ingest.startwords import first_char_checked  # startwords imports fastre

        self.rx = rx
        self.low = first_char_checked(compile_ci(rx.pattern, rx.flags))

    def pick(self, text: str, low: str) -> tuple[re.Pattern[str], str]:
        """(lower-cased pattern, ``low``) for ASCII ``text``, else (the pattern, ``text``).

        ``low`` must be ``lower(text)`` (a sentence view's ``low``).
        """
        if len(low) == len(text) and text.isascii():
            return self.low, low
        return self.rx, text


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


_WORD_RUN = re.compile(r"\w+")
_ASCII_WORD_RUN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_]*")
_LITERAL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 -/'")
_QUANTIFIERS = ("?", "*", "+", "{")


def word_starts(low: str) -> list[int]:
    r"""Where each run of word characters starts: every place a ``\b``-anchored word can.

    In ASCII text the word characters are ``[A-Za-z0-9_]``: a class ``re`` skips to without
    the Unicode look-ups of ``\w`` (the same runs).
    """
    rx = _ASCII_WORD_RUN if low.isascii() else _WORD_RUN
    return [m.start() for m in rx.finditer(low)]


def literal_prefix(alternative: str, size: int = 2) -> str:
    r"""The first ``size`` characters every match of ``alternative`` starts with, if literal.

    A leading ``\b`` is skipped; a character followed by a quantifier is optional, so the
    prefix stops before it. Returns what could be fixed (possibly ``""``).
    """
    body = alternative[2:] if alternative.startswith("\\b") else alternative
    if not body[:1].isascii() or not body[:1].isalnum():
        return ""  # a word start is a letter or digit: "-grade" or "'s" must be scanned for
    out = ""
    for i, ch in enumerate(body[:size]):
        if ch not in _LITERAL or body[i + 1 : i + 2] in _QUANTIFIERS:
            break
        out += ch
    return out


class WordAlternation:
    r"""Many (key, pattern) pairs matched at word starts only, like ``\b(?:...)\b``.

    ``re`` tries every alternative at every character of a sentence, which for a long
    keyword list costs far more than the words themselves. Here each alternative is
    filed under the one or two literal letters it must start with; at each word start
    only the alternatives filed under that word's first letters are tried, in their
    original order, so the matches are exactly those of ``finditer`` on the full
    alternation (leftmost, first alternative wins, no overlaps). Patterns are matched
    against ``lower(text)``; an alternative with no literal first letter makes the whole
    set fall back to the full regex.
    """

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._alts: list[tuple[str, str]] = []  # (prefix, alternative)
        self.keys: list[str] = []
        for key, pattern in items:
            for alt in split_alternatives(lower_pattern(pattern)):
                self._alts.append((literal_prefix(alt), alt))
                self.keys.append(key)
        self.full = re.compile(
            r"\b(?:" + "|".join(f"(?P<a{i}>{a})" for i, (_, a) in enumerate(self._alts)) + r")\b"
        )
        self._fallback = any(not p for p, _ in self._alts)
        self._by_start: dict[str, re.Pattern[str] | None] = {}

    def _for(self, start: str) -> re.Pattern[str] | None:
        """The alternation of the alternatives that can begin with ``start`` (compiled once)."""
        if start in self._by_start:
            return self._by_start[start]
        chosen = [f"(?P<a{i}>{a})" for i, (p, a) in enumerate(self._alts) if start.startswith(p)]
        rx = re.compile("(?:" + "|".join(chosen) + r")\b") if chosen else None
        self._by_start[start] = rx
        return rx

    def find(self, low: str, starts: list[int] | None = None) -> list[tuple[int, int, str]]:
        """Every match in ``low`` as (start, end, key), left to right, without overlaps."""
        keys = self.keys
        if self._fallback:
            return [
                (m.start(), m.end(), keys[int((m.lastgroup or "a0")[1:])])
                for m in self.full.finditer(low)
            ]
        out: list[tuple[int, int, str]] = []
        pos = 0
        table = self._by_start
        for s in word_starts(low) if starts is None else starts:
            if s < pos:
                continue
            head = low[s : s + 2]
            rx = table[head] if head in table else self._for(head)
            if rx is None:
                continue
            m = rx.match(low, s)
            if m is not None:
                out.append((s, m.end(), keys[int((m.lastgroup or "a0")[1:])]))
                pos = m.end()
        return out


class WordAlternations:
    """Several :class:`WordAlternation` lists found in one pass over the word starts.

    Each list keeps its own matches (leftmost, first alternative wins, no overlaps within
    the list), exactly as its own :meth:`WordAlternation.find` gives them; the lists only
    share the walk over the words and one look-up per word of the lists that can begin
    with its first letters, so a word none of them can start costs one dictionary probe
    instead of one per list.
    """

    def __init__(self, lists: list[WordAlternation]) -> None:
        self.lists = lists
        self._fallback = any(wa._fallback for wa in lists)
        self._by_start: dict[str, tuple[tuple[int, re.Pattern[str], list[str]], ...]] = {}

    def _for(self, start: str) -> tuple[tuple[int, re.Pattern[str], list[str]], ...]:
        """(list index, its alternation, its keys) of each list that can begin with ``start``."""
        found = []
        for i, wa in enumerate(self.lists):
            rx = wa._by_start[start] if start in wa._by_start else wa._for(start)
            if rx is not None:
                found.append((i, rx, wa.keys))
        self._by_start[start] = got = tuple(found)
        return got

    def find(self, low: str, starts: list[int] | None = None) -> list[list[tuple[int, int, str]]]:
        """Each list's matches in ``low`` as (start, end, key), in the order of the lists."""
        if self._fallback:
            return [wa.find(low, starts) for wa in self.lists]
        outs: list[list[tuple[int, int, str]]] = [[] for _ in self.lists]
        ends = [0] * len(self.lists)
        table = self._by_start
        for s in word_starts(low) if starts is None else starts:
            head = low[s : s + 2]
            found = table.get(head)
            for i, rx, keys in self._for(head) if found is None else found:
                if s < ends[i]:
                    continue
                m = rx.match(low, s)
                if m is not None:
                    ends[i] = e = m.end()
                    outs[i].append((s, e, keys[int((m.lastgroup or "a0")[1:])]))
        return outs
