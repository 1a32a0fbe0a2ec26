"""English wordings a rule once read wrong, each with the facts it must give."""

from __future__ import annotations

from datetime import date

import pytest

from reemarket.ingest.pipeline import extract_text


def _facts(text: str) -> set[tuple[str, str, str, float, str]]:
    out = extract_text(text, doc="wording", published=date(2024, 7, 5), language="en")
    return {(f.subject, f.metric, f.period, f.value, f.unit) for f in out.facts}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a forecast word earlier in the sentence does not own a figure a past move leads to
        (
            "Despite forecasts of a pullback, praseodymium oxide climbed to 418,000 yuan/t on"
            " Wednesday.",
            {("pr_oxide", "price", "2024-07-03", 418000.0, "CNY/t")},
        ),
        (
            "Gadolinium oxide, which traders had predicted would firm, eased to 168,000 yuan/t"
            " on Tuesday.",
            {("gd_oxide", "price", "2024-07-02", 168000.0, "CNY/t")},
        ),
        # the forecast governs the figure: nothing
        (
            "Our forecast, which we raised after prices rose in May, is 480,000 yuan/t for"
            " NdPr oxide.",
            set(),
        ),
        ("We lifted our 2026 neodymium oxide price forecast to 510,000 yuan/t.", set()),
    ],
)
def test_wording(text: str, want: set[tuple[str, str, str, float, str]]) -> None:
    assert _facts(text) == want
