"""Keyword lists matched only at word starts: same matches as the full regex, and no fallback."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reemarket.ingest import annotate, lexicon
from reemarket.ingest.fastre import WordAlternation, WordAlternations, literal_prefix, lower

WORD_LISTS = {
    "tags": annotate._TAG_WORDS,
    "changes": annotate._CHANGE_WORDS,
    "markets": lexicon.MARKET_WORDS,
    "sectors": lexicon.SECTOR_WORDS,
}


def test_every_keyword_list_takes_the_word_start_path() -> None:
    """An alternative without a literal first letter sends a whole list back to scanning
    every character (it once halved extraction speed): none of ours may have one."""
    slow = {name: [a for p, a in wa._alts if not p] for name, wa in WORD_LISTS.items()}
    assert slow == {name: [] for name in WORD_LISTS}


def test_literal_prefix_stops_at_what_may_vary() -> None:
    assert literal_prefix("fob\\s+china") == "fo"
    assert literal_prefix("\\bnevs?") == "ne"
    assert literal_prefix("a?b") == ""
    assert literal_prefix("(?:was|is) valued") == ""
    assert literal_prefix("e") == "e"


WORDS = ["up", "down", "price", "prices", "fob", "china", "output", "net", "profit", "rose",
         "market", "share", "wind", "power", "x", "the", "of", "-", ",", "2025", "%", "évé"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.sampled_from(sorted(WORD_LISTS)))
def test_word_start_matches_equal_the_full_regex(words: list[str], name: str) -> None:
    wa: WordAlternation = WORD_LISTS[name]
    text = lower(" ".join(words))
    full = [
        (m.start(), m.end(), wa.keys[int((m.lastgroup or "a0")[1:])])
        for m in re.compile(wa.full.pattern).finditer(text)
    ]
    assert wa.find(text) == full


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25))
def test_lists_found_together_equal_each_found_alone(words: list[str]) -> None:
    """One walk over the words gives every list the matches its own scan gives."""
    lists = list(WORD_LISTS.values())
    text = lower(" ".join(words))
    assert WordAlternations(lists).find(text) == [wa.find(text) for wa in lists]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=" -(.,", max_size=6),
    st.sampled_from(["Pr-Nd oxide", "NdPr", "Tb", "terbium metal", "La", "oxide", "2Nd", ""]),
    st.lists(st.sampled_from(WORDS), max_size=8),
)
def test_product_leads_agrees_with_find_products(lead: str, name: str, words: list[str]) -> None:
    """The anchored check says yes exactly where the first product found starts early
    (on ASCII text; on other text it always says yes, leaving the answer to the scan)."""
    text = lead + name + " " + " ".join(words)
    found = lexicon.find_products(text)
    early = bool(found) and found[0].start <= lexicon.LEAD_WITHIN
    assert lexicon.product_leads(text) == (early or not text.isascii())
