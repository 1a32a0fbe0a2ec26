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


def _statuses(text: str) -> set[tuple[str, float, str | None]]:
    out = extract_text(text, doc="stage", published=date(2024, 7, 5), language="en")
    return {(f.subject, f.value, f.status) for f in out.facts if f.kind == "capacity"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a stage word belongs to its own capacity, never to the next clause's
        (
            "Lynas plans a 5,000 t/yr NdPr plant in Texas, while its 10,500 t/yr NdPr plant"
            " in Malaysia is operating.",
            {("prnd_oxide", 5000.0, "planned"), ("prnd_oxide", 10500.0, "operating")},
        ),
        (
            "Ningbo Yunsheng runs 21,000 t/yr of NdFeB magnet lines, and a 6,000 t/yr line at"
            " its Baotou site is being built.",
            {
                ("ndfeb_magnet", 21000.0, "operating"),
                ("ndfeb_magnet", 6000.0, "under_construction"),
            },
        ),
        # a predicate after a capacity is its own, not the one after it
        (
            "Lynas has a 5,000 t/yr NdPr oxide line that is operating and a 3,000 t/yr NdPr"
            " metal line that is under construction.",
            {("prnd_oxide", 5000.0, "operating"), ("prnd_metal", 3000.0, "under_construction")},
        ),
        # a move of capacity: the level it starts from stands, the target is planned
        (
            "Ningbo Yunsheng Co. said it would lift its sintered NdFeB magnet capacity to"
            " 60,000 t/yr from 40,000 t/yr now.",
            {("ndfeb_magnet", 60000.0, "planned"), ("ndfeb_magnet", 40000.0, "operating")},
        ),
        (
            "Lynas Rare Earths plans to raise NdPr oxide capacity to 12,000 tpa by 2026, from"
            " 10,500 tpa currently.",
            {("prnd_oxide", 12000.0, "planned"), ("prnd_oxide", 10500.0, "operating")},
        ),
        (
            "Shenghe Resources Holding Co. will expand its NdPr oxide separation capacity from"
            " 20,000 t/yr to 35,000 t/yr by 2026.",
            {("prnd_oxide", 20000.0, "operating"), ("prnd_oxide", 35000.0, "planned")},
        ),
        (
            "Neo Performance Materials aims to double its Narva sintered magnet plant to"
            " 5,000 t/yr from the current 2,500 t/yr.",
            {("ndfeb_magnet", 5000.0, "planned"), ("ndfeb_magnet", 2500.0, "operating")},
        ),
        (
            "JL Mag Rare-Earth Co. expects NdFeB magnet capacity of 60,000 t/yr by 2027"
            " (currently 40,000 t/yr).",
            {("ndfeb_magnet", 60000.0, "planned"), ("ndfeb_magnet", 40000.0, "operating")},
        ),
        (
            "Ningbo Yunsheng Co.'s magnet capacity will rise to 36,000 t/yr in 2026 from"
            " 21,000 t/yr in 2024.",
            {("ndfeb_magnet", 36000.0, "planned"), ("ndfeb_magnet", 21000.0, "operating")},
        ),
        # a raise already made: the capacity now is its target, the base is past
        (
            "China Northern Rare Earth raised its NdPr metal capacity from 15,000 t/yr to"
            " 25,000 t/yr last year.",
            {("prnd_metal", 25000.0, "operating")},
        ),
        # with no word of its own, a capacity shares the stage told before it in its clause
        (
            "Lynas plans to build two lines: a 5,000 t/yr NdPr oxide line and a 3,000 t/yr NdPr"
            " metal line.",
            {("prnd_oxide", 5000.0, "planned"), ("prnd_metal", 3000.0, "planned")},
        ),
    ],
)
def test_capacity_stage_stays_in_its_clause(
    text: str, want: set[tuple[str, float, str | None]]
) -> None:
    assert _statuses(text) == want


def _markets(text: str) -> set[tuple[str, str, str, float]]:
    out = extract_text(text, doc="market", published=date(2024, 7, 5), language="en")
    return {(f.entity, f.subject, f.metric, f.value) for f in out.facts if f.kind == "price"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "in Rotterdam" with a warehouse in its clause is the in-warehouse (European) quote,
        # and the next dollar quote shares it
        (
            "Dysprosium oxide in Rotterdam was $800-850/kg in warehouse. Terbium oxide was"
            " $3,000-3,200/kg.",
            {
                ("europe", "dy_oxide", "price_low", 800.0),
                ("europe", "dy_oxide", "price_high", 850.0),
                ("europe", "tb_oxide", "price_low", 3000.0),
                ("europe", "tb_oxide", "price_high", 3200.0),
            },
        ),
        (
            "Rotterdam warehouse prices for holmium oxide rose to $96/kg.",
            {("europe", "ho_oxide", "price", 96.0)},
        ),
        # without a warehouse, "in Rotterdam" is CIF; a written basis stays what it says
        (
            "Terbium oxide in Rotterdam was steady at $3,600/kg.",
            {("cif_rotterdam", "tb_oxide", "price", 3600.0)},
        ),
        (
            "Dysprosium oxide was $810/kg cif Rotterdam, while warehouse stocks grew.",
            {("cif_rotterdam", "dy_oxide", "price", 810.0)},
        ),
    ],
)
def test_rotterdam_in_warehouse_is_europe(
    text: str, want: set[tuple[str, str, str, float]]
) -> None:
    assert _markets(text) == want
