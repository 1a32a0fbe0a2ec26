"""Column price tables: columns read from the header, refusals when a row cannot be read."""

from __future__ import annotations

from datetime import date

from reemarket.ingest.pipeline import extract_text


def _facts(text: str) -> set[tuple[str, str, str, float]]:
    ex = extract_text(text, published=date(2025, 3, 12))
    return {(f.subject, f.metric, f.period, f.value) for f in ex.facts if f.resolved}


def test_low_high_avg_change_columns_in_header_order() -> None:
    got = _facts(
        "Spot prices\n\nProduct  Unit  Avg  Change  High  Low\n"
        "Dy oxide  yuan/kg  1,630  -10  1,640  1,620\n"
    )
    assert got == {
        ("dy_oxide", "price_low", "2025-03-12", 1620.0),
        ("dy_oxide", "price_high", "2025-03-12", 1640.0),
        ("dy_oxide", "change", "2025-03-11/2025-03-12", -10.0),
    }


def test_zero_change_and_price_only_table() -> None:
    got = _facts("Spot prices, yuan/t\n\nProduct  Price  Change\nLa oxide  4,100  0\n")
    assert got == {
        ("la_oxide", "price", "2025-03-12", 4100.0),
        ("la_oxide", "change", "2025-03-11/2025-03-12", 0.0),
    }


def test_row_without_unit_or_product_gives_nothing() -> None:
    assert (
        _facts("Spot prices\n\nProduct  Low  High  Change\nDy oxide  1,620  1,640  -10\n") == set()
    )
    assert (
        _facts("Prices, yuan/t\n\nProduct  Low  High  Change\nFreight  1,620  1,640  -10\n")
        == set()
    )


def test_unknown_column_is_not_a_price_table() -> None:
    text = "Stocks, yuan/t\n\nProduct  Stocks  Change\nDy oxide  1,620  -10\n"
    assert not any(f.metric in ("price_low", "price_high") for f in extract_text(text).facts)


def test_arrows_and_percent_in_change_column() -> None:
    got = _facts(
        "Daily quotes, yuan/t, 12 March 2025\n\nProduct   Price   Change\n"
        "Pr-Nd oxide   445,000   ▲2,000\nNd oxide   451,000   -0.4%\n"
    )
    assert got == {
        ("prnd_oxide", "price", "2025-03-12", 445000.0),
        ("prnd_oxide", "change", "2025-03-11/2025-03-12", 2000.0),
        ("nd_oxide", "price", "2025-03-12", 451000.0),
        ("nd_oxide", "change_pct", "2025-03-11/2025-03-12", -0.4),
    }
