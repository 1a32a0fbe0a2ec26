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


def test_a_sign_heads_the_change_column() -> None:
    got = _facts(
        "Oxide assessments\n\nProduct  Unit  Low  High  ±\nTb oxide  yuan/kg  6,900  7,000  +25\n"
    )
    assert got == {
        ("tb_oxide", "price_low", "2025-03-12", 6900.0),
        ("tb_oxide", "price_high", "2025-03-12", 7000.0),
        ("tb_oxide", "change", "2025-03-11/2025-03-12", 25.0),
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


def _rows(text: str, published: date) -> set[tuple[str, str, str, str, float, str]]:
    ex = extract_text(text, published=published)
    return {(f.entity, f.subject, f.metric, f.period, f.value, f.unit) for f in ex.facts}


def test_basis_column_gives_the_market_and_a_weekly_title_the_span() -> None:
    got = _rows(
        "Weekly assessment, 5 March 2025 (US$/kg)\n\n"
        "| Product | Basis | Low | High | Mid | +/- |\n|---|---|---|---|---|---|\n"
        "| NdPr oxide 99% | cif Rotterdam | 1,094.00 | 1,098.00 | 1,096.00 | −2.00 |\n"
        "| Dy oxide 氧化镝 | ex-works China | 250 | 260 | 255 | nc |\n"
        "| Tb oxide | cif Japan | 900 | 950 | 925 | +5 |\n",
        date(2025, 3, 6),
    )
    assert got == {
        ("cif_rotterdam", "prnd_oxide", "price_low", "2025-03-05", 1094.0, "USD/kg"),
        ("cif_rotterdam", "prnd_oxide", "price_high", "2025-03-05", 1098.0, "USD/kg"),
        ("cif_rotterdam", "prnd_oxide", "change", "2025-02-26/2025-03-05", -2.0, "USD/kg"),
        ("china", "dy_oxide", "price_low", "2025-03-05", 250.0, "USD/kg"),
        ("china", "dy_oxide", "price_high", "2025-03-05", 260.0, "USD/kg"),
        ("china", "dy_oxide", "change", "2025-02-26/2025-03-05", 0.0, "USD/kg"),
    }


def test_single_spaced_rows_with_a_basis_and_a_caption_naming_unit_and_base() -> None:
    got = _rows(
        "Assessments, 5 March 2025\n\nProduct Basis Low High Change\n"
        "Tb metal min 99.9% DDP Europe 1,200 1,250 +15\n\n"
        "Prices in €/kg; change from 19 February.\n",
        date(2025, 3, 6),
    )
    assert got == {
        ("europe", "tb_metal", "price_low", "2025-03-05", 1200.0, "EUR/kg"),
        ("europe", "tb_metal", "price_high", "2025-03-05", 1250.0, "EUR/kg"),
        ("europe", "tb_metal", "change", "2025-02-19/2025-03-05", 15.0, "EUR/kg"),
    }


def test_month_end_bases_in_header_and_month_on_month() -> None:
    text = (
        "Prices (yuan/t) as of February 28\n\n"
        "Product            Price      Chg from end-January\n"
        "Pr-Nd oxide氧化镨钕  442,000    +12,000\n\n"
        "Metals (yuan/t), February 28\n\n"
        "| Product | Price | m/m |\n|---|---|---|\n| Nd metal | 545,000 | -5,000 |\n"
    )
    got = _rows(text, date(2025, 3, 3))
    assert ("china", "prnd_oxide", "change", "2025-01-27/2025-02-28", 12000.0, "CNY/t") in got
    assert ("china", "nd_metal", "change", "2025-01-27/2025-02-28", -5000.0, "CNY/t") in got


def test_a_title_line_after_a_table_is_not_its_caption() -> None:
    text = (
        "Export prices, fob China, $/kg, 5 March 2025\n\n"
        "| Product | Low | High |\n|---|---|---|\n| Dy oxide | 250 | 260 |\n\n"
        "Prices in €/kg, cif Rotterdam\n"
        "| Product | Low | High |\n|---|---|---|\n| Tb oxide | 950 | 990 |\n"
    )
    got = _rows(text, date(2025, 3, 5))
    assert ("fob_china", "dy_oxide", "price_low", "2025-03-05", 250.0, "USD/kg") in got
    assert ("cif_rotterdam", "tb_oxide", "price_low", "2025-03-05", 950.0, "EUR/kg") in got


def test_period_columns_keep_the_span_a_change_head_names() -> None:
    """Beside period averages, "YTD %" runs over its own span and "Y/Y %" is the latest
    average's year-on-year move; "Q/Q %" runs between the two periods."""
    got = _facts(
        "Quarterly averages, yuan/kg\n\n| Product | Q4 2024 | Q3 2024 | Q/Q % | YTD % |\n"
        "|---|---|---|---|---|\n| Tb oxide | 5,900 | 6,300 | -6.3 | -4.1 |\n"
    )
    assert ("tb_oxide", "change_pct", "2024-Q3/2024-Q4", -6.3) in got
    assert ("tb_oxide", "change_pct", "2024-12-31/2025-03-12", -4.1) in got
    got = _facts(
        "Monthly averages, yuan/kg\n\nProduct  Feb 2025  Jan 2025  Y/Y %\n"
        "Tb oxide  5,900  6,300  -4.1\n"
    )
    assert ("tb_oxide", "average_yoy_pct", "2025-02", -4.1) in got  # an average's y/y move
    got = _facts(  # no span word: the two periods a year apart are still the y/y move
        "| Product | Q3 2025 | Q3 2024 | Change |\n|---|---|---|---|\n"
        "| Lanthanum oxide (yuan/t) | 4,150 | 4,420 | -6.1% |\n"
    )
    assert ("la_oxide", "average_yoy_pct", "2025-Q3", -6.1) in got


def test_a_multiple_before_the_tables_unit_scales_its_cells() -> None:
    """A caption "(10,000 yuan/t)" or a title "('000 yuan/t)" multiplies every level and change,
    never a percent."""
    got = _facts(
        "Oxide prices in China (10,000 yuan/t)\n\nProduct  Price  Change\nPr oxide  41.6  -0.4\n"
    )
    assert got == {
        ("pr_oxide", "price", "2025-03-12", 416000.0),
        ("pr_oxide", "change", "2025-03-11/2025-03-12", -4000.0),
    }
    got = _facts("Heavy oxides ('000 yuan/t)\n\nProduct  Price  Change %\nDy oxide  1,620  0.9\n")
    assert got == {
        ("dy_oxide", "price", "2025-03-12", 1620000.0),
        ("dy_oxide", "change_pct", "2025-03-11/2025-03-12", 0.9),
    }


def test_two_dated_low_high_pairs_the_later_one_current() -> None:
    """Each pair of columns dated by its head: the later day's range is the table's own."""
    expected = {
        ("dy_oxide", "price_low", "2025-03-07", 1610.0),
        ("dy_oxide", "price_high", "2025-03-07", 1650.0),
        ("dy_oxide", "price_low", "2025-02-28", 1640.0),
        ("dy_oxide", "price_high", "2025-02-28", 1680.0),
        ("dy_oxide", "change", "2025-02-28/2025-03-07", -30.0),
        ("dy_oxide", "change_pct", "2025-02-28/2025-03-07", -1.81),
    }
    later_first = (
        "Heavy oxides weekly, yuan/kg\n\n"
        "| Product | Grade | 7 Mar low | 7 Mar high | 28 Feb low | 28 Feb high | Chg | Chg % |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| Dysprosium oxide | 99.5% | 1,610 | 1,650 | 1,640 | 1,680 | -30 | -1.81 |\n"
    )
    earlier_first = (
        "Heavy oxides weekly, yuan/kg\n\n"
        "| Product | Feb 28 low | Feb 28 high | Mar 7 low | Mar 7 high | Chg | Chg % |\n"
        "|---|---|---|---|---|---|---|\n"
        "| Dysprosium oxide | 1,640 | 1,680 | 1,610 | 1,650 | -30 | -1.81 |\n"
    )
    assert _facts(later_first) == expected
    assert _facts(earlier_first) == expected


def _entity_facts(text: str, published: date) -> set[tuple[str, str, str, str, float]]:
    ex = extract_text(text, published=published)
    return {(f.entity, f.subject, f.metric, f.period, f.value) for f in ex.facts if f.resolved}


def test_a_price_list_gives_its_sellers_own_prices() -> None:
    """A distributor's list: the current list column, the replaced list on the day its note
    names, the change column of percents ("unchanged" a 0% move), all the seller's."""
    text = (
        "# Norhaven Metals Ltd - Oxide Price List 7/2025\n\n"
        "Valid from 14 July 2025; replaces List 4/2025 of 2 April 2025. Prices in EUR/kg.\n\n"
        "| Item | Grade | CAS # | List 7/2025 | List 4/2025 | Change |\n"
        "|---|---|---|---|---|---|\n"
        "| Gadolinium oxide | 99.99% | 12064-62-9 | 41.50 | 38.00 | +9.2% |\n"
        "| Europium oxide | 99.99% | 1308-96-9 | 310.00 | 310.00 | unchanged |\n"
    )
    got = _entity_facts(text, date(2025, 7, 14))
    assert got == {
        ("norhaven_metals", "gd_oxide", "price", "2025-07-14", 41.5),
        ("norhaven_metals", "gd_oxide", "price", "2025-04-02", 38.0),
        ("norhaven_metals", "gd_oxide", "change_pct", "2025-04-02/2025-07-14", 9.2),
        ("norhaven_metals", "eu_oxide", "price", "2025-07-14", 310.0),
        ("norhaven_metals", "eu_oxide", "price", "2025-04-02", 310.0),
        ("norhaven_metals", "eu_oxide", "change_pct", "2025-04-02/2025-07-14", 0.0),
    }
    worded = (  # heads in words; the previous list dated by a word of replacing
        "Yttria Supply Co. price list, 1 October 2025 (previous list: 1 June 2025), USD/kg\n\n"
        "Product   Current list price   Previous list price   Chg\n"
        "Yttrium oxide 99.999%   27.00   25.00   +8.0%\n"
    )
    got = _entity_facts(worded, date(2025, 10, 1))
    assert ("yttria_supply", "y_oxide", "price", "2025-10-01", 27.0) in got
    assert ("yttria_supply", "y_oxide", "price", "2025-06-01", 25.0) in got
    assert ("yttria_supply", "y_oxide", "change_pct", "2025-06-01/2025-10-01", 8.0) in got
