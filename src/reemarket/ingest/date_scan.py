"""The fast date scanner: where in a text each phrasing of the table can start, and its match.

The phrasings are ``date_phrasings.PHRASINGS``; the start words, number and
letters-before-digits candidates and guards are derived from them
(:mod:`reemarket.ingest.startwords`). ``dates.find_dates`` resolves what this finds.
"""

from __future__ import annotations

import re

from reemarket.ingest.date_phrasings import PHRASINGS
from reemarket.ingest.fastre import compile_ci, trie_pattern
from reemarket.ingest.startwords import derive

__all__ = ["GROUPS", "PATTERNS", "STARTWORDS", "scan"]

#: (kind, pattern) of every phrasing, in priority order.
PATTERNS: list[tuple[str, str]] = [(p.kind, p.pattern) for p in PHRASINGS]


def _named(pattern: str, prefix: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{prefix}_{m.group(1)}>", pattern)


#: Where each pattern can start (whole first words, numbers, letters before digits) and the
#: word each common start word needs next, derived from the patterns themselves.
STARTWORDS = derive([p for _, p in PATTERNS])
_WORD_CANDS: dict[str, tuple[int, ...]] = STARTWORDS.words
_DIGIT_CANDS: dict[str, tuple[int, ...]] = {}
_PREFIX_CANDS: dict[str, tuple[int, ...]] = {}
#: The guard after each guarded start word, matched where the word ends.
_GUARD_RX: dict[str, re.Pattern[str]] = STARTWORDS.guards
_RUN = re.compile(r"\w+")
_ALNUM_HEAD = re.compile(r"[a-z0-9]*")
GROUPS: list[list[tuple[str, str]]] = [
    [(name, f"g{i}_{name}") for name in re.findall(r"\(\?P<(\w+)>", p)]
    for i, (_, p) in enumerate(PATTERNS)
]


_COMBINED: dict[tuple[int, ...], re.Pattern[str]] = {}
#: What can follow a number of one or two digits (the whole word) when no number-led date
#: phrasing can start there: those go on with a space, "/", "-" or "–" ("5 May", "5/6",
#: "5-7 May"), so a figure such as "5,000", "12.5" or "40%" is not tried against them.
#: Only for words whose candidates are ``STARTWORDS.digits`` alone (an own start word such
#: as "3" in "3, months" has its guard and is tried as before).
_FIGURE_TAIL = frozenset({",", ".", "%"})
_DIGIT_WORD = re.compile(
    # "2qfy26", "1hfy25": a fiscal quarter or half written as one word (date phrasing fyq)
    r"\d{1,2}|\d{4}|\d{4}q[1-4]|[1-4]q(?:\d{2}|fy\d{2})?|[12]h(?:\d{2}|fy\d{2})?|"
    r"\d{1,2}(?:st|nd|rd|th)|"
    r"(?:[2-9]|1[01])m(?:\d{2})?"
)


def _combined(cands: tuple[int, ...]) -> re.Pattern[str]:
    """One alternation of the candidate patterns, in priority order (compiled once)."""
    rx = _COMBINED.get(cands)
    if rx is None:
        rx = compile_ci("|".join(f"(?P<K{i}>{_named(PATTERNS[i][1], f'g{i}')})" for i in cands))
        _COMBINED[cands] = rx
    return rx


def _prefixed(word: str) -> tuple[int, ...]:
    """The patterns a word of letters then digits can start ("fy2025", "h12024")."""
    cands = _PREFIX_CANDS.get(word)
    if cands is None:
        head = word.rstrip("0123456789")
        found: set[int] = set()
        for end in range(len(head), len(word)):
            found.update(STARTWORDS.prefixed.get(word[:end], ()))
        cands = _PREFIX_CANDS[word] = tuple(sorted(found))
    return cands


def _guarded_trie(words: list[str]) -> str:
    """One regex for whole words, each followed by its guard (:data:`_GUARD_RX`) if it has one.

    "the" is a candidate only where its guard's next word follows ("the first half"); the
    words of the set share their prefixes as in :func:`trie_pattern`.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict], word: str) -> str:  # type: ignore[type-arg]
        branches = [
            re.escape(ch) + emit(child, word + ch) for ch, child in sorted(node.items()) if ch
        ]
        if "" in node:
            guard = _GUARD_RX.get(word)
            branches.append("(?![a-z0-9_])" + (f"(?={guard.pattern})" if guard is not None else ""))
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root, "")


def _ascii_candidates() -> re.Pattern[str]:
    """The words of a lower-cased ASCII text that :func:`scan` can start a date at, in one pass.

    Built from what the loop tests: a word starting with a digit, letters before digits,
    or a start word filling the whole word, followed by its guard where it has one. These
    are a superset of the words the loop tries (it still makes every test, guards
    included), so the dates found are the same; a start word whose guard fails ("the" in
    "the market") is dropped here, as the loop would drop it.
    """
    words = [w for w in _WORD_CANDS if w.isascii() and not w[0].isdigit()]
    # letters then digits: the whole word taken at once (no backtracking), ending in a digit
    alts = ["[0-9]", "[a-z_][a-z0-9_]*+(?<=[0-9])"]
    if words and all(re.fullmatch(r"[a-z0-9_]+", w) for w in words):
        alts.append(_guarded_trie(words))
    elif words:
        alts.append(f"(?:{trie_pattern(words)})(?![a-z0-9_])")
    return re.compile(rf"(?<![a-z0-9_])(?={'|'.join(alts)})[a-z0-9_]+")


_ASCII_CANDIDATES = _ascii_candidates()


def scan(low: str) -> list[tuple[int, re.Match[str]]]:
    """Try only the patterns that can start with each word; the first pattern wins.

    A date starts at a word: a number (its letters and digits, "2025", "3rd", "2025q1"),
    a start word of a pattern filling the whole word, with its guard where it has one ("the"
    only before "first", "year", a month...), or letters before digits ("fy2025"); all of
    them derived from :data:`PATTERNS` (:mod:`reemarket.ingest.startwords`). In ASCII text
    (``low`` is lower-cased, so its words are ``[a-z0-9_]+``) one regex pass picks out the
    words that can start a date, instead of a Python step for every word.
    """
    found: list[tuple[int, re.Match[str]]] = []
    pos = 0
    for w in _ASCII_CANDIDATES.finditer(low) if low.isascii() else _RUN.finditer(low):
        start = w.start()
        if start < pos:
            continue
        word = w.group(0)
        if word[0].isdigit():
            if not word.isascii() or not word.isalnum():
                head = _ALNUM_HEAD.match(low, start)
                word = head.group(0) if head else word
            n = len(word)
            if n == 3 or n > 6:
                continue
            cands = _DIGIT_CANDS.get(word)
            if cands is None:
                if not _DIGIT_WORD.fullmatch(word):
                    continue
                own = _WORD_CANDS.get(word, ()) or _WORD_CANDS.get(word[:2], ())  # "1h24"
                cands = (
                    tuple(sorted(set(STARTWORDS.digits) | set(own))) if own else STARTWORDS.digits
                )
                _DIGIT_CANDS[word] = cands
            guard = _GUARD_RX.get(word)
            if guard is not None and guard.match(low, start + n) is None:
                cands = STARTWORDS.digits
            if (
                cands is STARTWORDS.digits
                and n < 3
                and low[start + n : start + n + 1] in _FIGURE_TAIL
            ):
                continue  # "5,000", "12.5", "40%": no number-led date goes on so
        else:
            cands = _WORD_CANDS.get(word, ())
            if cands:
                guard = _GUARD_RX.get(word)
                if guard is not None and guard.match(low, w.end()) is None:
                    continue
            elif word[-1].isdigit():
                cands = _prefixed(word)
        if not cands:
            continue
        m = _combined(cands).match(low, start)
        if m is not None:
            found.append((int((m.lastgroup or "K0")[1:]), m))
            pos = m.end()
    return found
