"""The words a regular expression's matches can start with, derived from the expression.

The fast scanners try a pattern only where one of its start words begins, and test a cheap
guard (what the next word must be) before running the full pattern. Both come from the
patterns themselves here, never from a hand-kept list: :func:`heads` walks the parsed
expression and returns every (first word, second word) pair a match can begin with.

Words are lower case. ``#`` stands for a run of digits the pattern does not spell out
("2025"); ``fy#`` for letters followed by such digits ("fy2025"); a second word of ``?``
for one the pattern leaves open (then no guard is possible). A pattern whose first word
cannot be derived (it starts with any character, say) raises :class:`StartWordError`.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Any

from reemarket.errors import ReemarketError
from reemarket.ingest.fastre import lower_pattern

__all__ = ["StartWordError", "StartWords", "derive", "heads", "required_chars"]

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_SOFT = "\x00"  # marks a word that an optional separator may end
_SMALL = 4  # a character class of at most this many letters or digits is spelled out
_ROUNDS = 3  # repetitions followed when a repeated part can lengthen a word

State = tuple[tuple[str, ...], str]
"""Words closed so far and the word being read."""


class StartWordError(ReemarketError):
    """A pattern whose start words cannot be derived."""


class _Unknown(Exception):
    """A part of a pattern that could be any word character."""


def _chars(items: list[tuple[Any, Any]]) -> tuple[str, list[str]]:
    """What a character class stands for: ``sep``, ``digit``, ``chars`` (with them), ``unknown``."""
    out: list[str] = []
    seps = digits = letters = 0
    for op, av in items:
        if op is _c.NEGATE:
            return "unknown", []
        if op is _c.LITERAL:
            ch = chr(av).lower()
            out.append(ch)
        elif op is _c.RANGE:
            out.extend(chr(x).lower() for x in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY:
            if av in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD):
                seps += 1
            elif av is _c.CATEGORY_DIGIT:
                digits += 100
            else:
                return "unknown", []
        else:
            return "unknown", []
    for ch in out:
        if ch.isdigit():
            digits += 1
        elif ch.isalnum() or ch == "_":
            letters += 1
        else:
            seps += 1
    if not digits and not letters:
        return "sep", []
    if seps:
        return "unknown", []
    if letters and digits:
        return "unknown", []
    if len(out) <= _SMALL and digits < 100:
        return "chars", out
    return ("digit", []) if digits else ("unknown", [])


def _separator(items: list[tuple[Any, Any]]) -> bool:
    """Whether a pattern part only ever matches characters that end a word."""
    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            if ch.isalnum() or ch == "_":
                return False
        elif op is _c.IN:
            if _chars(av)[0] != "sep":
                return False
        else:
            return False
    return bool(items)


class _Walk:
    """Reads a parsed pattern left to right, keeping every way its first two words can go."""

    def __init__(self) -> None:
        self.done: set[tuple[str, ...]] = set()

    def _close(self, st: State) -> State | None:
        words, cur = st
        cur = cur.rstrip(_SOFT)
        if not cur:
            if not words:
                raise _Unknown("a match can start with a character that ends no word")
            return st
        words = (*words, cur)
        if len(words) == 2:
            self.done.add(words)
            return None
        return (words, "")

    def _add(self, st: State, ch: str) -> State | None:
        words, cur = st
        if cur.endswith(_SOFT):  # after a separator that may be absent: "fy2025", not "janto"
            if ch == "#" or ch.isdigit():
                cur = cur.rstrip(_SOFT)
            else:
                closed = self._close(st)
                if closed is None:
                    return None  # two words read already
                words, cur = closed
        if cur.endswith("#"):
            return st
        if ch == "#":
            return (words, "#" if not cur or cur.isdigit() else cur + "#")
        return (words, cur + ch)

    def _unknown(self, st: State) -> None:
        words, cur = st
        cur = cur.rstrip(_SOFT)
        if not words:
            raise _Unknown("the first word is not spelled out")
        self.done.add((*words, f"{cur}?"))

    def seq(self, items: list[tuple[Any, Any]], states: set[State]) -> set[State]:
        for op, av in items:
            if not states:
                break
            states = self.item(op, av, states)
        return states

    def item(self, op: Any, av: Any, states: set[State]) -> set[State]:
        out: set[State] = set()
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return states
        if op is _c.LITERAL:
            ch = chr(av).lower()
            word = ch.isalnum() or ch == "_"
            for st in states:
                nxt = self._add(st, ch) if word else self._close(st)
                if nxt is not None:
                    out.add(nxt)
            return out
        if op is _c.IN:
            what, chars = _chars(av)
            for st in states:
                if what == "sep":
                    nxt = self._close(st)
                    if nxt is not None:
                        out.add(nxt)
                elif what in ("digit", "chars"):
                    for ch in chars or ["#"]:
                        nxt = self._add(st, ch)
                        if nxt is not None:
                            out.add(nxt)
                else:
                    self._unknown(st)
            return out
        if op is _c.BRANCH:
            for branch in av[1]:
                out |= self.seq(list(branch), set(states))
            return out
        if op is _c.SUBPATTERN:
            return self.seq(list(av[-1]), states)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, body = av
            if low == 0 and _separator(list(body)):
                skipped = {(w, c + _SOFT if c and not c.endswith(_SOFT) else c) for w, c in states}
                return skipped | self.seq(list(body), set(states))
            cur = set(states)
            for _ in range(min(low, _ROUNDS)):
                cur = self.seq(list(body), cur)
            out = set(cur)
            for _ in range(min(high, _ROUNDS) - min(low, _ROUNDS)):
                cur = self.seq(list(body), cur)
                if cur <= out:
                    break
                out |= cur
            return out
        for st in states:
            self._unknown(st)
        return out


def heads(pattern: str) -> set[tuple[str, ...]]:
    """Every (first word,) or (first word, second word) a match of ``pattern`` begins with."""
    walk = _Walk()
    try:
        ends = walk.seq(list(_parser.parse(lower_pattern(pattern))), {((), "")})
        for st in ends:
            words, cur = st
            cur = cur.rstrip(_SOFT)
            if cur:
                words = (*words, cur)
            if not words:
                raise _Unknown("the pattern can match an empty string")
            walk.done.add(words)
    except _Unknown as exc:
        raise StartWordError(f"start words of {pattern[:60]!r}...: {exc}") from exc
    return walk.done


def _guard_alt(word: str) -> str:
    if word == "#":
        return r"\d"
    if word.endswith("#"):
        return re.escape(word[:-1]) + r"\d"
    if word.endswith("?"):
        return re.escape(word[:-1])
    return re.escape(word) + r"\b"  # a date's second word is a whole word: "year", not "years"


@dataclass(frozen=True)
class StartWords:
    """Which patterns (by index) to try at a word, and the guard each start word needs.

    ``words`` maps a whole start word to pattern indexes; ``digits`` lists the patterns a
    number can start (``#``); ``prefixed`` maps letters that digits follow ("fy" of
    "fy2025") to patterns; ``guards`` holds, for a start word every match follows with a
    known second word, a regex of those second words to test right after it.
    """

    words: dict[str, tuple[int, ...]]
    digits: tuple[int, ...]
    prefixed: dict[str, tuple[int, ...]]
    guards: dict[str, re.Pattern[str]]


def derive(patterns: list[str]) -> StartWords:
    """The start words and guards of a list of patterns (index order is priority order)."""
    words: dict[str, list[int]] = {}
    seconds: dict[str, set[str | None]] = {}
    for i, pattern in enumerate(patterns):
        for head in heads(pattern):
            first = head[0]
            bucket = words.setdefault(first, [])
            if i not in bucket:
                bucket.append(i)
            second = head[1] if len(head) > 1 else None
            seconds.setdefault(first, set()).add(
                None if second is None or second.startswith("?") else second
            )
    guards: dict[str, re.Pattern[str]] = {}
    for first, nexts in seconds.items():
        if first == "#" or first.endswith("#") or None in nexts:
            continue
        alts = sorted({_guard_alt(w) for w in nexts if w is not None}, key=lambda a: (-len(a), a))
        guards[first] = re.compile(r"[\W_]*(?:" + "|".join(alts) + ")")
    return StartWords(
        words={w: tuple(v) for w, v in words.items() if w != "#" and not w.endswith("#")},
        digits=tuple(words.get("#", ())),
        prefixed={w[:-1]: tuple(v) for w, v in words.items() if len(w) > 1 and w.endswith("#")},
        guards=guards,
    )


def required_chars(rx: re.Pattern[str]) -> frozenset[str]:
    """Characters every match of ``rx`` contains (a text without one of them has no match).

    Read from the parsed expression: a literal in the main sequence is required, as is
    what every branch of an alternation requires, or what a part repeated at least once
    requires. Optional parts, character classes, lookarounds and case-insensitive parts
    require nothing, so the set may be smaller than it could be but is never wrong.
    """
    if rx.flags & re.IGNORECASE:
        return frozenset()
    return frozenset(_required(_parser.parse(rx.pattern, rx.flags)))


def _required(items: Any) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.SUBPATTERN:
            if not av[1] & re.IGNORECASE:  # (?i:...) matches other cases too
                out |= _required(av[3])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                out |= _required(av[2])
        elif op is _c.ATOMIC_GROUP:
            out |= _required(av)
        elif op is _c.BRANCH:
            alts = [_required(alt) for alt in av[1]]
            out |= set.intersection(*alts) if alts else set()
    return out
