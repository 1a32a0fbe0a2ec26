"""Start words and guards derived from patterns (the fast date scanner's dispatch)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from datetime import date
from pathlib import Path

import pytest

import reemarket.ingest
from reemarket.ingest import date_scan, dates
from reemarket.ingest.startwords import (
    Prechecked,
    StartWordError,
    derive,
    first_char_checked,
    heads,
    needles,
    required_chars,
)


def test_heads_follow_branches_options_and_small_classes() -> None:
    got = heads(r"(?:the\s+)?(?P<q>first|second)\s+quarter|\bQ(?P<n>[1-4])\b")
    assert got == {
        ("the", "first"),
        ("the", "second"),
        ("first", "quarter"),
        ("second", "quarter"),
        ("q1",),
        ("q2",),
        ("q3",),
        ("q4",),
    }


def test_numbers_and_letters_before_digits() -> None:
    got = heads(r"(?:FY\s?)?(?P<y>20\d\d)")
    assert ("#",) in got
    assert ("fy", "#") in got  # "FY 2025"
    assert ("fy20#",) in got  # "FY2025": letters then digits, one word
    sw = derive([r"(?:FY\s?)?(?P<y>20\d\d)"])
    assert sw.digits == (0,)
    assert sw.prefixed == {"fy20": (0,)}


def test_an_optional_separator_does_not_glue_words() -> None:
    firsts = {h[0] for h in heads(r"(?P<m>jan|feb)\.?\s*(?:-|to)\s*(?P<n>mar)")}
    assert firsts == {"jan", "feb"}  # not "janto"


def test_guards_need_a_known_whole_second_word() -> None:
    sw = derive([r"the\s+(?:first|last)\s+half", r"this\s+year|\btoday\b", r"the\s+\w+day"])
    assert "the" not in sw.guards  # "the \w+day": the second word is open
    guard = sw.guards["this"]
    assert guard.match(" year")
    assert not guard.match(" years")
    assert "today" not in sw.guards  # a match can be that one word


def test_a_pattern_with_no_spelled_first_word_is_refused() -> None:
    with pytest.raises(StartWordError, match="first word"):
        heads(r".+ quarter")
    with pytest.raises(StartWordError):
        heads(r"(?:the)?")


def test_the_date_scanner_dispatch_is_derived_from_the_phrasing_patterns() -> None:
    sw = date_scan.STARTWORDS
    assert {"the", "first", "q1", "h2", "january", "sept", "yesterday"} <= set(sw.words)
    assert "fy" in sw.prefixed
    assert sw.guards["the"].match(" first")
    assert not sw.guards["the"].match(" firm")
    ctx = dates.DocDates(date(2024, 7, 5), None)
    found = [
        (m.kind, str(m.period))
        for m in dates.find_dates("In FY2024, the first half and 2H 2023 of the years.", ctx)
    ]
    assert found == [
        ("year", "2024"),
        ("half", "2024-01/2024-06"),
        ("half", "2023-07/2023-12"),
    ]  # "FY2024" through the derived prefix "fy"; "the years" is no date


def test_required_chars_only_what_every_match_holds() -> None:
    assert required_chars(re.compile(r"ab(?:c|cd)e?")) == {"a", "b", "c"}
    assert required_chars(re.compile(r"(?:x|y)+z")) == {"z"}
    assert required_chars(re.compile(r"(?i:ab)c")) == {"c"}
    assert required_chars(re.compile(r"a{0,3}b(?=q)[xy]")) == {"b"}
    assert required_chars(re.compile(r"abc", re.I)) == frozenset()
    rx = re.compile(r"价(?:格|位)?(?:上涨|下跌)\d+元")
    assert required_chars(rx) == {"价", "元"}
    for text in ("价格上涨5元", "价下跌12元", "上涨5元"):
        assert (rx.search(text) is None) or required_chars(rx) <= set(text)


def test_needles_are_strings_every_match_holds() -> None:
    assert needles(re.compile(r"\b(?:plant|line)s?\b", re.I)) == [frozenset({"plant", "line"})]
    # "on|over" is parsed as "o(?:n|ver)": the run and each branch's lead make one set
    assert needles(re.compile(r"\d%\s+(?:on|over)$")) == [
        frozenset({"on", "over"}),
        frozenset({"%"}),
    ]
    # one set of each branch, joined: each branch's best and its next ones
    assert needles(re.compile(r"ab?c|d")) == [frozenset({"a", "d"}), frozenset({"c", "d"})]
    # a note's two word orders: the words both need, and words of each branch's alternation
    note = re.compile(
        r"\b(?:prices|quotes)\b[^.]{0,60}\b(?:unless\s+stated|other\s+where\s+noted"
        r"|noted\s+otherwise)|\bunless\s+stated\b[^.]{0,25}(?:prices|quotes)\b",
        re.I,
    )
    found = needles(note)
    assert frozenset({"prices", "quotes"}) in found
    assert frozenset({"noted", "stated"}) in found
    assert not Prechecked(note).holds("prices rose as buyers restocked")
    assert needles(re.compile(r"ab|\d")) == []  # a branch with no literal: no set
    assert needles(re.compile(r"(?i:ab)cd")) == [frozenset({"cd"})]
    assert needles(re.compile(r"[xy]+\d{2}")) == []


def test_prechecked_gives_the_regex_results() -> None:
    rx = re.compile(r"\b(?:highest|lowest)\s+(?:level\s+)?(?:in|since)\b", re.I)
    pc = Prechecked(rx)
    texts = ["the Highest level since May", "lowest in", "no record here", "HIGHEST IN", "ſince"]
    texts.append("the highest ſince 2020")  # case-blind "ſ" matches "s": not ASCII, not skipped
    for text in texts:
        for pos, end in ((0, len(text)), (4, len(text)), (0, 5)):
            got, want = pc.search(text, pos, end), rx.search(text, pos, end)
            assert (got and got.span()) == (want and want.span())
        assert [m.span() for m in pc.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert pc.sub("#", text) == rx.sub("#", text)
    assert not pc.holds("nothing to see")
    assert pc.holds("the highest ſince 2020")


def test_first_char_checked_keeps_matches_and_groups() -> None:
    rx = first_char_checked(re.compile(r"(?<!\d)(?P<a>ab)|c?d"))
    assert rx.pattern.startswith("(?=[acd])")
    assert [m.group(0) for m in rx.finditer("xab 1ab cd d")] == ["ab", "cd", "d"]
    verbose = first_char_checked(re.compile(r"(?<!x) a b  # a comment", re.X))
    assert verbose.match("ab") is not None
    literal = re.compile(r"abc|abd")
    assert first_char_checked(literal) is literal  # ``re`` already scans by its first letters
    for open_first in (r"[^a]b", r"a*", r"(?i:a)b", r"x", r"(?x)a b"):
        rx = re.compile(open_first)
        assert first_char_checked(rx) is rx


def _ingest_patterns() -> dict[str, re.Pattern[str]]:
    out: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(reemarket.ingest.__path__, "reemarket.ingest."):
        for name, value in vars(importlib.import_module(info.name)).items():
            rx = value.rx if isinstance(value, Prechecked) else value
            if isinstance(rx, re.Pattern) and isinstance(rx.pattern, str):
                out[f"{info.name}.{name}"] = rx
    return out


def test_prechecks_and_lookaheads_change_no_match_of_the_rules() -> None:
    """Every pattern of the rules, on the lines of some case documents (and lower-cased)."""
    cases = Path(__file__).resolve().parent.parent / "cases"
    lines: list[str] = []
    for doc in sorted(cases.glob("c0*.txt"))[:6]:
        lines += [ln for ln in doc.read_text("utf-8").splitlines() if ln.strip()][:40]
    lines += [ln.lower() for ln in lines[::2]]
    checked = 0
    for name, rx in _ingest_patterns().items():
        pc, fc = Prechecked(rx), first_char_checked(rx)
        if not pc.tests and fc is rx:
            continue
        checked += 1
        for line in lines:
            want = [m.span() + m.groups() for m in rx.finditer(line)]
            assert [m.span() + m.groups() for m in pc.finditer(line)] == want, name
            assert [m.span() + m.groups() for m in fc.finditer(line)] == want, name
    assert checked > 100
