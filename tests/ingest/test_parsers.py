"""The small parsers: numbers with units and scales, dates against a publication day."""

from __future__ import annotations

from datetime import date

import pytest

from reemarket.ingest.dates import DocDates, find_dates
from reemarket.ingest.lexicon import find_companies, find_products
from reemarket.ingest.numbers import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "high", "unit"),
    [
        ("443,000-445,000 yuan/mt", 443000, 445000, "CNY/t"),
        ("1.7-1.72 million yuan/mt", 1.7e6, 1.72e6, "CNY/t"),
        ("$53-55 per kg", 53, 55, "$/kg"),
        ("$US48/kg", 48, None, "USD/kg"),
        ("850,000 yuan per metric ton", 850000, None, "CNY/t"),
        ("2680~2710 (yuan /kg)", 2680, 2710, "CNY/kg"),
        ("Yn1,650-1,670/kg", 1650, 1670, "CNY/kg"),
        ("9.287 billion yuan", 9.287e9, None, "CNY"),
        ("329.66亿元", 3.2966e10, None, "CNY"),
        ("27万吨", 270000, None, "t"),
        ("100 000-tonne-per-year", 100000, None, "t/yr"),
        ("20,000-tonne-a-year", 20000, None, "t/yr"),
        ("10,500 tpa", 10500, None, "t/yr"),
        ("3.49 billion kW", 3.49e9, None, "kW"),
        ("520 GW", 5.2e8, None, "kW"),
        ("14 %–16 %", 14, 16, "%"),
        ("1.5pc", 1.5, None, "%"),
        ("US$120.5m", 1.205e8, None, "USD"),
        ("between 3,900 and 4,100 yuan/mt", 3900, 4100, "CNY/t"),
        ("US$30 per pound", 30 / 0.45359237, None, "USD/kg"),
        ("80% to 95%", 80, 95, "%"),
        ("RMB158k-160k/t", 158000, 160000, "CNY/t"),
        ("down from 396.6k-405.2k", 396600, 405200, ""),  # a bare range, thousands both ends
    ],
)
def test_quantities(text: str, value: float, high: float | None, unit: str) -> None:
    (q,) = find_quantities(text)
    assert q.value == pytest.approx(value)
    assert (q.high is None and high is None) or q.high == pytest.approx(high)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("on February 28", "2025-02-28"),
        ("on July 9", "2024-07-09"),  # would be after publication: the year before
        ("Thursday April 18, 2024", "2024-04-18"),
        ("2 November 2025", "2025-11-02"),
        ("Dec-01-2023", "2023-12-01"),
        ("in Q1", "2025-Q1"),
        ("Q4 2024", "2024-Q4"),
        ("the September 2024 quarter", "2024-Q3"),
        ("H1 2025", "2025-01/2025-06"),
        ("January-May", "2024-01/2024-05"),  # ends after publication: last year
        ("between January and October", "2024-01/2024-10"),
        ("the first ten months of 2024", "2024-01/2024-10"),
        ("the first three quarters of 2024", "2024-01/2024-09"),
        ("last year", "2024"),
        ("March last year", "2024-03"),
        ("yesterday", "2025-03-03"),
        ("last Thursday", "2025-02-27"),
        ("this week", "2025-03-04"),
        ("last month", "2025-02"),
        ("the quarter ended September 30", "2024-Q3"),
        ("the half year ended December 31", "2024-07/2024-12"),
        ("the year ended June 30, 2024", "2023-07/2024-06"),
        ("second-quarter", "2024-Q2"),
        ("the three months to September 30", "2024-Q3"),
        ("the six months to June 30", "2024-01/2024-06"),
        ("the nine-month period", "2024-01/2024-09"),
        ("Q1 FY26", "2025-Q3"),
        ("FY25 Q3", "2025-Q1"),
        ("H1 FY25", "2024-07/2024-12"),
        ("in the same period last year", "2024"),
        ("since the start of the year", "2025-01-01/2025-03-04"),
        ("the year-to-date average", "2025-01-01/2025-03-04"),
    ],
)
def test_dates_resolve_against_publication(text: str, period: str) -> None:
    ctx = DocDates(date(2025, 3, 4), 2025)
    found = [d for d in find_dates(text, ctx) if d.period is not None]
    assert str(found[0].period) == period


def test_yesterday_skips_the_weekend_and_holidays() -> None:
    monday = DocDates(date(2025, 3, 3), 2025)
    assert str(find_dates("yesterday", monday)[0].period) == "2025-02-28"
    after_new_year = DocDates(date(2025, 2, 5), 2025)  # SSE closed 28 Jan - 4 Feb 2025
    assert str(find_dates("yesterday", after_new_year)[0].period) == "2025-01-27"


def test_relative_dates_without_publication_are_unresolved() -> None:
    ctx = DocDates(None, 2024)
    assert find_dates("last Thursday", ctx)[0].period is None
    assert str(find_dates("In June", ctx)[0].period) == "2024-06"


def test_products_by_any_name_on_word_boundaries() -> None:
    ids = [m.id for m in find_products("Pr‑Nd oxide, PrNd alloy, Nd-Fe-B alloy and NdPr; Prnd")]
    assert ids == ["prnd_oxide", "prnd_metal", "ndfeb_alloy", "prnd_oxide", "prnd_oxide"]
    assert find_products("reorganised unreported") == []


@pytest.mark.parametrize(
    "alias",
    [
        "China Northern Rare Earth",
        "Northern Rare Earth",
        "North Rare Earth",
        "CNRE",
        "600111",
        "北方稀土",
    ],
)
def test_company_aliases_are_one_entity(alias: str) -> None:
    (m,) = find_companies(f"Shares of {alias} rose.")
    assert m.id == "china_northern_rare_earth"


def test_a_move_between_two_percentages_is_not_a_range() -> None:
    qs = find_quantities("the share rose from 5% to 7% in May")
    assert [(q.value, q.high) for q in qs] == [(5.0, None), (7.0, None)]


def test_since_the_start_of_the_year_is_a_comparison_base() -> None:
    ctx = DocDates(date(2025, 3, 4), 2025)
    (d,) = find_dates("up 27% since the start of the year", ctx)
    assert d.is_ref
    assert d.relative == "ytd"


def test_x_to_y_is_a_range_unless_it_is_a_move() -> None:
    one = find_quantities("was assessed at 553,000 to 557,000 yuan/mt on Tuesday")
    assert [(q.value, q.high, q.unit) for q in one] == [(553000.0, 557000.0, "CNY/t")]
    both = find_quantities("Dy-Fe was US$224 to US$228 per kg")
    assert [(q.value, q.high, q.unit) for q in both] == [(224.0, 228.0, "USD/kg")]
    move = find_quantities("rose from 540,000 to 565,000 yuan/mt")
    assert [(q.value, q.high) for q in move] == [(540000.0, None), (565000.0, None)]
    far = find_quantities("output grew from 2020 levels to 6,000 tonnes")  # not a range
    assert all(q.high is None for q in far)


def test_a_bracketed_period_refines_only_a_fiscal_year_or_a_period_it_lies_in() -> None:
    ctx = DocDates(published=date(2025, 10, 22), year=None)

    def periods(text: str) -> list[str]:
        return [str(d.period) for d in find_dates(text, ctx)]

    assert periods("for FY2025 (the year to 30 June 2025)")[0] == "2024-07/2025-06"
    assert periods("Exports in March 2025 (February: 4,210 t) rose")[0] == "2025-03"
    assert periods("Sales in Q2 2025 (Q1 2025: 3,100 t) rose")[0] == "2025-Q2"
    assert periods("The plant runs on 24/7 shifts.") == []
    assert periods("Tariffs on 1/3 of imports were cut.") == []


def test_moves_and_raises_are_not_ranges() -> None:
    move = find_quantities("rose from last week's 540,000 to 565,000 yuan/t")
    assert [q.high for q in move] == [None, None]
    raised = find_quantities("The quota was raised by 20,000 to 25,000 t.")
    assert [q.high for q in raised] == [None, None]


def test_keywords_starting_with_punctuation_are_still_found() -> None:
    from reemarket.ingest.fastre import WordAlternation, lower

    assert WordAlternation([("k", "-grade")]).find(lower("high-grade ore")) == [(4, 10, "k")]
    assert WordAlternation([("k", "'s")]).find(lower("china's quota")) == [(5, 7, "k")]
