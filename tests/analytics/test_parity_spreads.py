"""Oxide-to-metal parity, spreads across markets, and series in other units."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from reemarket.domain.products import oxide_per_metal, product
from reemarket.errors import InputError, NotFoundError, UnitError
from reemarket.services.analytics import get_parity, get_series, get_spread
from reemarket.services.fx import bundled_rates
from reemarket.store.db import Store

Add = Callable[..., None]
D1, D2, D3 = date(2025, 7, 7), date(2025, 7, 8), date(2025, 7, 9)


def test_prnd_metal_parity(store: Store, add: Add) -> None:
    add(store, "prnd_oxide", [(D1, 444_000.0), (D2, 450_000.0)])
    add(store, "prnd_metal", [(D2, 545_000.0), (D3, 550_000.0)])
    r = get_parity(store, "Pr-Nd metal", "Pr-Nd oxide")
    factor = oxide_per_metal(product("prnd_metal"), product("prnd_oxide"))
    assert r.oxide_per_metal == pytest.approx(factor)
    assert factor == pytest.approx(1.1765, abs=5e-4)  # 1 / 0.85 metal share of the oxide
    assert [row.date for row in r.rows] == [D2]  # the only common date
    row = r.rows[0]
    assert row.parity == pytest.approx(450_000.0 * factor)
    assert row.premium == pytest.approx(545_000.0 - 450_000.0 * factor)
    assert row.premium_pct == pytest.approx(row.premium / row.parity * 100)


def test_parity_converts_the_oxide_unit(store: Store, add: Add) -> None:
    add(store, "dy_oxide", [(D1, 1_600.0)], unit="CNY/kg")
    add(store, "dy_metal", [(D1, 2_000_000.0)], unit="CNY/t")
    r = get_parity(store, "dy_metal", "dy_oxide")
    factor = oxide_per_metal(product("dy_metal"), product("dy_oxide"))
    assert r.unit == "CNY/t"
    assert r.rows[0].oxide == pytest.approx(1_600_000.0)
    assert r.rows[0].parity == pytest.approx(1_600_000.0 * factor)


def test_parity_without_common_dates(store: Store, add: Add) -> None:
    add(store, "prnd_oxide", [(D1, 444_000.0)])
    add(store, "prnd_metal", [(D2, 545_000.0)])
    with pytest.raises(NotFoundError, match="share no date"):
        get_parity(store, "prnd_metal", "prnd_oxide")


def test_spread_china_against_fob(store: Store, add: Add) -> None:
    add(store, "nd_oxide", [(D1, 444_000.0), (D2, 452_000.0)])
    add(
        store,
        "nd_oxide",
        [(D1, 60.0), (D3, 61.0)],
        market="fob_china",
        unit="USD/kg",
        basis="excl_vat",
    )
    r = get_spread(store, "nd_oxide", "china", "fob_china", fx=7.1, unit="USD/kg")
    assert (r.unit, r.basis, r.fx, r.fx_pair) == ("USD/kg", "excl_vat", 7.1, "CNY per USD")
    assert [row.date for row in r.rows] == [D1]
    china_usd = 444_000.0 / 1.13 / 7.1 / 1000
    assert r.rows[0].a == pytest.approx(china_usd)
    assert r.rows[0].b == pytest.approx(60.0)
    assert r.rows[0].spread == pytest.approx(china_usd - 60.0)
    # The other way round and in CNY/t including VAT: the same rate, USD/CNY 7.1.
    back = get_spread(
        store, "nd_oxide", "fob_china", "china", fx=7.1, unit="CNY/t", basis="incl_vat"
    )
    assert back.fx_pair_code == "USD/CNY"
    assert back.rows[0].a == pytest.approx(60.0 * 7.1 * 1000 * 1.13)
    assert back.rows[0].b == pytest.approx(444_000.0)


def test_spread_needs_fx_and_two_markets(store: Store, add: Add) -> None:
    add(store, "nd_oxide", [(D1, 444_000.0)])
    add(store, "nd_oxide", [(D1, 60.0)], market="fob_china", unit="USD/kg", basis="excl_vat")
    with pytest.raises(InputError, match="needs an FX rate"):
        get_spread(store, "nd_oxide", "china", "fob_china", fx=None)
    with pytest.raises(InputError, match=r"USD/CNY \(CNY per USD\).*use 7\.14"):
        get_spread(store, "nd_oxide", "china", "fob_china", fx=0.14)  # USD per CNY: refused
    with pytest.raises(InputError, match="two different markets"):
        get_spread(store, "nd_oxide", "china", "china", fx=7.1)
    with pytest.raises(InputError, match="VAT basis"):
        get_spread(store, "nd_oxide", "china", "fob_china", fx=7.1, basis="gross")


def test_series_in_another_unit_of_its_currency(store: Store, add: Add) -> None:
    add(store, "tb_oxide", [(D1, 7_000.0, 7_200.0, 7_100.0), (D2, 7_300.0)], unit="CNY/kg")
    add(store, "tb_oxide", [(D3, 1_000.0)], unit="USD/kg", source="report", origin="document")
    s = get_series(store, "tb_oxide", unit="CNY/t")
    assert s.unit == "CNY/t"
    assert [(p.date, p.low, p.high, p.mid) for p in s.points] == [
        (D1, 7_000_000.0, 7_200_000.0, 7_100_000.0),
        (D2, None, None, 7_300_000.0),
    ]
    # Another currency converts the same (sheet) series at each date's FX rate; the
    # report's USD quote is another source and stays out of it.
    usd = get_series(store, "tb_oxide", unit="USD/t", basis="excl_vat")
    rate = bundled_rates()[("USD/CNY", D1.replace(day=1))]
    assert [p.date for p in usd.points] == [D1, D2]
    assert usd.points[0].mid == pytest.approx(7_100_000.0 / rate / 1.13)
    assert usd.points[0].basis == "excl_vat"
    assert next((f.pair, f.rate, f.kind) for f in usd.fx) == ("USD/CNY", rate, "monthly")
    assert usd.vat_rates == [0.13]
    report = get_series(store, "tb_oxide", source="report")
    assert [(p.date, p.mid, p.unit) for p in report.points] == [(D3, 1_000.0, "USD/kg")]
    with pytest.raises(InputError, match="VAT basis"):
        get_series(store, "tb_oxide", basis="gross")
    with pytest.raises(UnitError, match="not a price unit"):
        get_series(store, "tb_oxide", unit="t")
    with pytest.raises(NotFoundError):
        get_series(store, "tb_oxide", start=date(2026, 1, 1))
    with pytest.raises(InputError, match="before"):
        get_series(store, "tb_oxide", start=D3, end=D1)


def test_unknown_market_names_the_markets_there_are(store: Store, add: Add) -> None:
    add(store, "nd_oxide", [(D1, 60.0)], market="fob_china", unit="USD/kg", basis="excl_vat")
    with pytest.raises(NotFoundError, match=r"in market china \(it has prices in: fob_china\)"):
        get_series(store, "nd_oxide")
