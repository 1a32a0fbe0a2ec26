"""Start words and guards derived from patterns (the fast date scanner's dispatch)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from reemarket.ingest import date_scan, dates
from reemarket.ingest.startwords import StartWordError, derive, heads, required_chars


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
