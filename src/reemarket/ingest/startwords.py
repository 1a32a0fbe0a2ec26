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
import itertools
import re
import sys
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from reemarket.errors import ReemarketError
from reemarket.ingest.fastre import lower_pattern

__all__ = [
    "Prechecked",
    "StartWordError",
    "StartWords",
    "derive",
    "heads",
    "needles",
    "required_chars",
]

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_compiler: Any = importlib.import_module("re._compiler")

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


_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def needles(rx: re.Pattern[str]) -> list[frozenset[str]]:
    """Sets of strings such that every match of ``rx`` holds one string of each set.

    Read from the parsed expression as :func:`required_chars` is: a run of literals in
    the main sequence is a set of one string; an alternation gives the union of one set
    of each branch (none if a branch has none); a group, or a part repeated at least once,
    gives its own sets. Options, classes, lookarounds, conditionals and parts with their
    own flags give nothing. For a case-insensitive ``rx`` only ASCII literals count, lower
    cased, and the sets hold for ASCII text lower-cased (other text can match otherwise:
    "ſ" matches "s"). The most telling sets (longest shortest string) come first.
    """
    fold = bool(rx.flags & re.IGNORECASE)
    found = sorted(set(_needle_sets(_parser.parse(rx.pattern, rx.flags), fold)), key=_needle_rank)
    out: list[frozenset[str]] = []
    for group in found:  # a set that a kept one implies tells nothing more ("o" after "on|over")
        if not any(all(any(s in t for s in group) for t in kept) for kept in out):
            out.append(group)
    return out


def _needle_rank(group: AbstractSet[str]) -> tuple[int, int, tuple[str, ...]]:
    return (-min(len(s) for s in group), len(group), tuple(sorted(group)))


def _needle_sets(items: Any, fold: bool) -> list[frozenset[str]]:
    sets: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            if not fold:
                run += ch
                continue
            if ch.isascii():
                run += ch.lower()
                continue
        before, run = run, ""
        if before:
            sets.append(frozenset({before}))
        if op is _c.BRANCH and before:
            # "o(?:n|ver)", as ``re`` factors "on|over": the run with each branch's lead
            sets.append(frozenset(before + _lead(alt, fold) for alt in av[1]))
        if op is _c.SUBPATTERN:
            if not av[1] and not av[2]:  # no flags of its own
                sets += _needle_sets(av[3], fold)
        elif op in _REPEATS:
            if av[0] >= 1:
                sets += _needle_sets(av[2], fold)
        elif op is _c.ATOMIC_GROUP:
            sets += _needle_sets(av, fold)
        elif op is _c.BRANCH:
            sets += _branch_sets([_needle_sets(alt, fold) for alt in av[1]])
    if run:
        sets.append(frozenset({run}))
    return sets


_BRANCH_CHOICES = 3  # a branch's best sets tried when joining an alternation's branches
_BRANCH_UNIONS = 27  # at most this many joined sets per alternation


def _branch_sets(own: list[list[frozenset[str]]]) -> list[frozenset[str]]:
    """The sets an alternation gives: unions of one set of each branch (none if one has none).

    Every match goes through one branch and so holds one string of that branch's set. Not
    only each branch's best set is tried: "prices ... unless stated|unless stated ... prices"
    gives {prices, unless} from the best sets and also {prices} from the second ones.
    """
    if not own or not all(own):
        return []
    choices = [sorted(set(sets), key=_needle_rank)[:_BRANCH_CHOICES] for sets in own]
    out: list[frozenset[str]] = []
    for pick in itertools.islice(itertools.product(*choices), _BRANCH_UNIONS):
        union = frozenset().union(*pick)
        if union not in out:
            out.append(union)
    return out


def _lead(items: Any, fold: bool) -> str:
    """The literals a branch starts with."""
    out = ""
    for op, av in items:
        ch = chr(av) if op is _c.LITERAL else ""
        if not ch or (fold and not ch.isascii()):
            break
        out += ch.lower() if fold else ch
    return out


class Prechecked:
    """A regex tried only on text that holds one string of each of its best needle sets.

    Same results as the regex (``search``, ``match``, ``fullmatch``, ``finditer``, ``sub``):
    text without such a string cannot hold a match, and a few substring tests cost far less
    than the regex engine trying every position. The sets come from the pattern itself
    (:func:`needles`); a case-insensitive pattern is checked on ASCII text only.
    """

    __slots__ = ("flags", "fold", "pattern", "rx", "tests")

    def __init__(self, rx: re.Pattern[str], sets: int = 2) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        self.flags = rx.flags
        self.fold = bool(rx.flags & re.IGNORECASE)
        # a loop of substring tests beats one alternation of the strings for a few dozen;
        # every set must hold, so the one with the fewest strings (cheapest to fail) goes first
        self.tests = tuple(sorted((_fewest_tests(group) for group in needles(rx)[:sets]), key=len))

    def holds(
        self, text: str, pos: int = 0, endpos: int | None = None, low: str | None = None
    ) -> bool:
        """Whether ``text[pos:endpos]`` may hold a match (False: it surely holds none).

        ``low``, when given, is ``lower(text)``.
        """
        if self.fold:
            if low is None:
                low = _lowered(text)
                if low is None:
                    return True
            elif not text.isascii():
                return True
            hay = low[pos:endpos] if pos or endpos is not None else low
        else:
            hay = text[pos:endpos] if pos or endpos is not None else text
        for group in self.tests:
            for s in group:
                if s in hay:
                    break
            else:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``rx.search``, skipped where no match can be."""
        return self.rx.search(text, pos, endpos) if self.holds(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``rx.match``, skipped where no match can be."""
        return self.rx.match(text, pos, endpos) if self.holds(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``rx.fullmatch``, skipped where no match can be."""
        return self.rx.fullmatch(text, pos, endpos) if self.holds(text, pos, endpos) else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``rx.finditer``, skipped where no match can be."""
        return self.rx.finditer(text, pos, endpos) if self.holds(text, pos, endpos) else iter(())

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        """``rx.sub``: ``text`` itself where no match can be."""
        return self.rx.sub(repl, text, count) if self.holds(text) else text


#: The last text :func:`_lowered` lower-cased and its lower case (``None``: not ASCII).
_last_lowered: tuple[str, str | None] = ("", "")


def _lowered(text: str) -> str | None:
    """``text`` lower-cased if it is ASCII, else None; the last one is kept.

    The prechecks of one sentence come one after another on the same text: it is
    lower-cased once instead of once per precheck. (ASCII lower-casing keeps every
    offset, so a slice of the result is the lower case of the same slice of ``text``.)
    """
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    low = text.lower() if text.isascii() else None
    _last_lowered = (text, low)
    return low


def _fewest_tests(group: AbstractSet[str]) -> tuple[str, ...]:
    """A needle set's strings to test, shortest first, without any holding a shorter one.

    A text holding "measured" holds "measure": testing the shorter string tells the same.
    """
    out: list[str] = []
    for s in sorted(group, key=lambda s: (len(s), s)):
        if not any(t in s for t in out):
            out.append(s)
    return tuple(out)


_CATEGORY_CLASS = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}


class _AnyFirst(Exception):
    """A match can start with a character no class spells out."""


def _first(items: Any) -> tuple[list[str], bool]:
    """The class parts a match of ``items`` can start with, and whether it can be empty."""
    parts: list[str] = []
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next part gives the first character
        if op is _c.LITERAL:
            return [*parts, re.escape(chr(av))], False
        if op is _c.IN:
            for kind, val in av:
                if kind is _c.LITERAL:
                    parts.append(re.escape(chr(val)))
                elif kind is _c.RANGE:
                    parts.append(f"{re.escape(chr(val[0]))}-{re.escape(chr(val[1]))}")
                elif kind is _c.CATEGORY and val in _CATEGORY_CLASS:
                    parts.append(_CATEGORY_CLASS[val])
                else:
                    raise _AnyFirst
            return parts, False
        if op is _c.BRANCH:
            empty = False
            for alt in av[1]:
                got, can_be_empty = _first(alt)
                parts += got
                empty = empty or can_be_empty
            if not empty:
                return parts, False
        elif op is _c.SUBPATTERN:
            if av[1] or av[2]:
                raise _AnyFirst  # flags of its own (case-blind parts)
            got, empty = _first(av[3])
            parts += got
            if not empty:
                return parts, False
        elif op in _REPEATS:
            got, empty = _first(av[2])
            parts += got
            if av[0] >= 1 and not empty:
                return parts, False
        else:
            raise _AnyFirst
    return parts, True


def first_char_checked(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` led by a look-ahead for the characters a match can start with, if they are known.

    The same matches, groups and flags: the look-ahead only fails where ``rx`` would, and
    ``re``, trying the pattern at every position of a search, gives up at most positions
    after one class test instead of entering the pattern (its look-behinds, optional
    parts...). The class is read from the parsed pattern. Returned as it is: a pattern
    ``re`` already scans by its first characters (a literal or class first), a
    case-insensitive one, or one whose first character is open (a negated class, any
    character, a match that can be empty).
    """
    if rx.flags & re.IGNORECASE:
        return rx
    parsed = _parser.parse(rx.pattern, rx.flags)
    if _compiler._get_literal_prefix(parsed, rx.flags)[0] or _compiler._get_charset_prefix(
        parsed, rx.flags
    ):
        return rx  # ``re`` already skips to where the first character can stand
    try:
        parts, empty = _first(parsed)
    except _AnyFirst:
        return rx
    if empty or not parts:
        return rx
    verbose = rx.flags & re.VERBOSE
    body = "".join(p.replace(" ", r"\ ") if verbose else p for p in dict.fromkeys(parts))
    try:
        end = "\n)" if verbose else ")"  # a verbose pattern's last line may be a comment
        return re.compile(f"(?=[{body}])(?:{rx.pattern}{end}", rx.flags)
    except re.error:  # global flags inside the pattern must stay first
        return rx
