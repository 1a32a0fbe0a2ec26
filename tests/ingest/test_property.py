"""Random and adversarial text never makes the extractor raise."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reemarket.ingest.pipeline import extract_text

PIECES = [
    "Pr-Nd oxide",
    "was",
    "rose",
    "fell",
    "by",
    "to",
    "from",
    "on",
    "March 31",
    "Feb 29",
    "Q5",
    "2025",
    "yesterday",
    "last Thursday",
    "443,000-445,000",
    "1.7-1.72 million",
    "yuan/mt",
    "$",
    "per kg",
    "%",
    "(+5.88%)",
    "YoY",
    "MoM",
    "respectively",
    "and",
    ",",
    ".",
    ";",
    "quota",
    "capacity",
    "mt/year",
    "billion",
    "万",
    "亿",
    "revenue",
    "net profit",
    "Co., Ltd.",
    "-",
    "~",
    "99.99%",
    "1,2,3,4",
    "0",
    "-0",
    "1e309",
    "999999999999999999999",
    "\u2011",
    "\u00a0",
    "\n",
    "through 2030",
    "CAGR",
    "52-week high of",
    "NEVs",
    "installed",
    "kW",
    "Lynas",
    "600111",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_never_raises(text: str) -> None:
    extract_text(text, published=date(2025, 3, 4))
    extract_text(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(PIECES), max_size=60),
    st.sampled_from([None, date(2025, 1, 1), date(2024, 2, 29)]),
)
def test_market_like_token_soup_never_raises(tokens: list[str], published: date | None) -> None:
    result = extract_text(" ".join(tokens), published=published)
    for f in result.facts:
        assert f.sentence
        assert f.span_end >= f.span_start
