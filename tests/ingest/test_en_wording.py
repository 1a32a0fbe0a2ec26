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


def test_a_country_as_the_subject_holds_its_output_in_a_company_story() -> None:
    # "China produced ..." after a sentence about a company is China's, not the company's
    text = (
        "MP Materials widens its magnet plans\n\n"
        "MP Materials said it would ship its first magnets next year. China produced"
        " 270,000 tonnes of rare-earth oxide in 2023."
    )
    out = extract_text(text, doc="holder", published=date(2024, 7, 5), language="en")
    held = {(f.entity, f.metric, f.period, f.value) for f in out.facts if f.kind == "production"}
    assert held == {("china", "production", "2023", 270000.0)}
