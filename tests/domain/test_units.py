import pytest
from hypothesis import given
from hypothesis import strategies as st

from reemarket.domain.money import VatBasis, convert_price, market_basis
from reemarket.domain.units import Dimension, convert, parse_unit
from reemarket.errors import InputError, UnitError


@pytest.mark.parametrize(
    ("text", "code", "dim"),
    [
        ("yuan/mt", "CNY/t", Dimension.PRICE),
        ("RMB/tonne", "CNY/t", Dimension.PRICE),
        ("CNY/kg", "CNY/kg", Dimension.PRICE),
        ("usd/kg", "USD/kg", Dimension.PRICE),
        ("AUD/kg", "AUD/kg", Dimension.PRICE),
        ("EUR/kg", "EUR/kg", Dimension.PRICE),
        ("USD/t", "USD/t", Dimension.PRICE),
        ("t", "t", Dimension.MASS),
        ("kg", "kg", Dimension.MASS),
        ("t/yr", "t/yr", Dimension.MASS_RATE),
        ("mt/year", "t/yr", Dimension.MASS_RATE),
        ("%", "%", Dimension.PERCENT),
        ("kW", "kW", Dimension.POWER),
        ("CNY", "CNY", Dimension.MONEY),
    ],
)
def test_parse_units(text, code, dim):
    u = parse_unit(text)
    assert (u.code, u.dimension) == (code, dim)


def test_per_tonne_to_per_kg():
    assert convert(444_000, "yuan/mt", "CNY/kg") == pytest.approx(444)
    assert convert(1_710, "CNY/kg", "CNY/t") == pytest.approx(1_710_000)
    assert convert(2.5, "t", "kg") == pytest.approx(2_500)


def test_mixed_dimensions_are_refused():
    with pytest.raises(UnitError, match="cannot convert t"):
        convert(1, "t", "CNY/kg")
    with pytest.raises(UnitError, match="FX"):
        convert(1, "CNY/t", "USD/t")
    with pytest.raises(UnitError, match="unknown unit"):
        parse_unit("furlongs")


def test_fx_and_vat_must_be_explicit():
    with pytest.raises(InputError, match="FX rate"):
        convert_price(444_000, "CNY/t", "USD/kg")
    with pytest.raises(InputError, match="both VAT bases"):
        convert_price(444_000, "CNY/t", "CNY/t", source_basis=VatBasis.INCL)


def test_domestic_to_fob_equivalent():
    # 444,000 CNY/t incl. 13 % VAT at 7.2 CNY per USD
    usd = convert_price(
        444_000, "CNY/t", "USD/kg", fx=1 / 7.2, source_basis="incl_vat", target_basis="excl_vat"
    )
    assert usd == pytest.approx(444_000 / 1.13 / 7.2 / 1000)


def test_market_bases():
    assert market_basis("china") is VatBasis.INCL
    assert market_basis("fob_china") is VatBasis.EXCL
    assert market_basis("cif_rotterdam") is VatBasis.EXCL


price_units = st.sampled_from(["CNY/t", "CNY/kg", "USD/kg", "USD/t", "AUD/kg", "EUR/kg"])
bases = st.sampled_from(list(VatBasis))


@given(
    value=st.floats(min_value=1e-3, max_value=1e9),
    a=price_units,
    b=price_units,
    fx=st.floats(min_value=1e-3, max_value=1e3),
    sb=bases,
    tb=bases,
)
def test_price_conversion_round_trips(value, a, b, fx, sb, tb):
    there = convert_price(value, a, b, fx=fx, source_basis=sb, target_basis=tb)
    back = convert_price(there, b, a, fx=1 / fx, source_basis=tb, target_basis=sb)
    assert back == pytest.approx(value, rel=1e-9)


@given(value=st.floats(min_value=1e-3, max_value=1e9), fx=st.floats(min_value=1e-3, max_value=1e3))
def test_cny_t_to_kg_to_usd_and_back(value, fx):
    per_kg = convert(value, "CNY/t", "CNY/kg")
    usd = convert_price(
        per_kg, "CNY/kg", "USD/kg", fx=fx, source_basis="incl_vat", target_basis="excl_vat"
    )
    back = convert(
        convert_price(
            usd, "USD/kg", "CNY/kg", fx=1 / fx, source_basis="excl_vat", target_basis="incl_vat"
        ),
        "CNY/kg",
        "CNY/t",
    )
    assert back == pytest.approx(value, rel=1e-9)
