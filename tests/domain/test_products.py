import json

import pytest

from reemarket.domain.chemistry import metal_share, molar_mass, parse_formula
from reemarket.domain.products import Form, catalog, oxide_per_metal, product
from reemarket.errors import UnknownNameError


def test_catalog_covers_every_vocabulary_product(shared):
    vocab = json.loads((shared / "eval/vocabulary.json").read_text("utf-8"))
    missing = [p for p in vocab["products"] if catalog().find(p) is None]
    assert missing == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Pr-Nd oxide", "prnd_oxide"),
        ("PrNd oxide", "prnd_oxide"),
        ("NdPr oxide", "prnd_oxide"),
        ("praseodymium-neodymium oxide", "prnd_oxide"),
        ("didymium oxide", "prnd_oxide"),
        ("氧化镨钕", "prnd_oxide"),
        ("pr-nd OXIDE", "prnd_oxide"),
        ("  PR nd   oxide ", "prnd_oxide"),
        ("Pr-Nd alloy", "prnd_metal"),
        ("Pr-Nd metal", "prnd_metal"),
        ("镨钕金属", "prnd_metal"),
        ("dysprosium oxide", "dy_oxide"),
        ("氧化镝", "dy_oxide"),
        ("Tb4O7", "tb_oxide"),
        ("NdFeB magnets", "ndfeb_magnet"),
        ("rare earth oxides", "re_oxides"),
        ("hydrogen decrepitation powder", "hd_powder"),
    ],
)
def test_lookup_by_any_name(name, expected):
    assert product(name).id == expected


def test_unknown_name_suggests_close_products():
    with pytest.raises(UnknownNameError, match=r"unknown product 'neodymum oxid'.*nd_oxide"):
        product("neodymum oxid")


def test_nd2o3_metal_share_from_atomic_weights():
    assert metal_share("Nd2O3") == pytest.approx(2 * 144.242 / (2 * 144.242 + 3 * 15.999))
    assert molar_mass("Pr6O11") == pytest.approx(6 * 140.90766 + 11 * 15.999)
    assert parse_formula("Tb4O7") == {"Tb": 4, "O": 7}


def test_prnd_oxide_make_up_defaults_to_25_75():
    p = product("prnd_oxide")
    assert p.form is Form.OXIDE
    assert dict(p.composition) == {"Pr6O11": 0.25, "Nd2O3": 0.75}
    expected = 0.25 * metal_share("Pr6O11") + 0.75 * metal_share("Nd2O3")
    assert p.metal_share == pytest.approx(expected)
    assert p.elements == ("Nd", "Pr")


def test_oxide_metal_equivalents_are_inverse():
    metal, oxide = product("prnd_metal"), product("prnd_oxide")
    per = oxide_per_metal(metal, oxide)
    assert per == pytest.approx(1 / oxide.metal_share)
    assert per * oxide.metal_share == pytest.approx(metal.metal_share)


def test_every_composition_sums_to_one():
    for p in catalog():
        if p.composition:
            assert sum(p.composition.values()) == pytest.approx(1.0), p.id


def test_quote_units_follow_market_practice():
    assert product("dy_oxide").quote_unit == "CNY/kg"
    assert product("tb_oxide").quote_unit == "CNY/kg"
    assert product("prnd_oxide").quote_unit == "CNY/t"


def test_bad_formula_is_an_input_error():
    with pytest.raises(UnknownNameError):
        parse_formula("Xx2O3")
    with pytest.raises(UnknownNameError):
        parse_formula("nd2o3")
