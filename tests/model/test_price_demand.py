"""The price index's base year and bounds, Pr-Nd as one market, and demand for every element."""

from __future__ import annotations

import numpy as np
import pytest

from reemarket.model.catalog import ELEMENTS, MAGNET_APPS
from reemarket.model.engine import ModelOutput
from reemarket.model.montecarlo import summarise
from reemarket.model.price import BOUND_SHARE, MAX_LOG_INDEX, at_bound, log_index
from reemarket.model.reference import Reference, load_reference
from reemarket.model.scenario import Scenario, baseline, load_scenario
from reemarket.services.model import bundled_scenarios, run_balance

from .conftest import run

SCENARIOS = ("baseline", "quota_freeze", "heavy_re_export_controls", "fast_humanoid_adoption")

APPLICATIONS_BY_ELEMENT: dict[str, tuple[str, ...]] = {
    "La": ("catalysts", "polishing", "glass", "metallurgy", "batteries", "phosphors"),
    "Ce": ("catalysts", "polishing", "glass", "metallurgy", "batteries", "phosphors"),
    "Pr": (*MAGNET_APPS, "batteries"),
    "Nd": (*MAGNET_APPS, "batteries"),
    "Sm": ("smco_magnets",),
    "Eu": ("phosphors",),
    "Gd": ("gd_medical_other", "phosphors"),
    "Tb": (*MAGNET_APPS, "phosphors"),
    "Dy": MAGNET_APPS,
    "Ho": ("optics_lasers", "hre_other"),
    "Er": ("optics_lasers", "hre_other"),
    "Y": ("phosphors", "ceramics", "optics_lasers", "glass"),
    "other": ("optics_lasers", "hre_other"),
}
"""Applications that must give each element demand on every path (the reference gives no
element zero demand). Gd and Ho in NdFeB and Gd in SmCo have ranges starting at 0."""


def _scenario(name: str) -> Scenario:
    if name == "baseline":
        return baseline()
    return load_scenario(bundled_scenarios()[name], load_reference().parameters)


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_index_is_one_in_the_base_year_on_every_path(name: str) -> None:
    out = run(_scenario(name), paths=500, seed=3)
    assert out.years[0] == 2024
    np.testing.assert_array_equal(out.price[:, :, 0], 1.0)
    # and it moves afterwards: the index is not a constant
    assert (np.abs(out.price[:, :, -1] - 1.0) > 1e-3).any()


def test_pr_and_nd_share_one_price_index() -> None:
    out = run(_scenario("heavy_re_export_controls"), paths=300, seed=5)
    pr, nd = ELEMENTS.index("Pr"), ELEMENTS.index("Nd")
    np.testing.assert_array_equal(out.price[:, pr], out.price[:, nd])
    # Their balances differ, so a shared index is not an accident of equal balances.
    assert not np.allclose(out.balance[:, pr], out.balance[:, nd])


def test_pr_share_splits_magnet_nd_pr_content(ref: Reference) -> None:
    out = run(baseline(), paths=50, seed=2, by_application=True)
    ev = out.by_application["ev"]
    pr, nd = ev[:, ELEMENTS.index("Pr")], ev[:, ELEMENTS.index("Nd")]
    # oxide factors differ by element; the metal share follows magnet.pr_share
    f_pr, f_nd = ref.oxide_factor["Pr"], ref.oxide_factor["Nd"]
    share = (pr / f_pr) / (pr / f_pr + nd / f_nd)
    spec = ref.parameters["magnet.pr_share"]
    assert (share >= spec.low - 1e-12).all()
    assert (share <= spec.high + 1e-12).all()


def test_index_approaches_but_never_reaches_its_limit() -> None:
    shifts = np.array([-50.0, -2.0, -0.1, 0.0, 0.1, 2.0, 50.0])
    logs = log_index(shifts, np.full(shifts.shape, 3.0))
    assert logs[3] == 0.0
    assert (np.diff(logs) <= 0).all()  # a larger stock never raises the price
    assert (np.abs(logs) <= MAX_LOG_INDEX).all()
    bound = at_bound(np.exp(logs))
    assert bound.tolist() == [True, True, False, False, False, True, True]
    assert not at_bound(np.array([np.exp(0.99 * BOUND_SHARE * MAX_LOG_INDEX)]))[0]


def test_bound_share_is_counted_and_a_bound_median_is_not_printed_as_a_price() -> None:
    steep = Scenario(name="steep", parameters={"price.elasticity": [3.0, 6.0]})
    out = run(steep, paths=400, seed=4)
    summary = summarise(out, "steep", 4)
    expected = at_bound(out.price).mean(axis=0)
    np.testing.assert_allclose(summary.values["price_bound"][2], expected)
    la = ELEMENTS.index("La")
    assert expected[la, -1] > 0.5  # La's structural surplus drives it to the floor
    result = run_balance(None, 2040, 400, 4, scenario=steep)
    rows = {r.element: r for r in result.elements}
    assert rows["La"].price_index is None
    assert rows["La"].price_bound_share == pytest.approx(expected[la, -1])
    base = run_balance(None, 2024, 400, 4, scenario=steep)
    assert all(r.price_index == 1.0 and r.price_bound_share == 0.0 for r in base.elements)


def test_every_element_has_demand_from_its_named_applications(central: ModelOutput) -> None:
    out = run(baseline(), paths=300, seed=9, by_application=True)
    for element, apps in APPLICATIONS_BY_ELEMENT.items():
        e = ELEMENTS.index(element)
        for app in apps:
            assert (out.by_application[app][:, e, :] > 0).all(), (element, app)
        assert (out.demand[:, e, :] > 0).all(), element
    assert set(APPLICATIONS_BY_ELEMENT) == set(ELEMENTS)
    # midpoint Gd and Ho also come from NdFeB
    for element in ("Gd", "Ho"):
        e = ELEMENTS.index(element)
        assert sum(central.by_application[a][0, e, 0] for a in MAGNET_APPS) > 0, element


def test_every_new_demand_figure_is_sourced_or_a_labelled_assumption(ref: Reference) -> None:
    new = ("smco_magnets", "gd_medical_other", "optics_lasers", "ceramics", "hre_other")
    keys = [k for k in ref.parameters if any(f".{use}." in k for use in new)]
    keys += ["magnet.pr_share", "comp.magnet.Gd", "comp.magnet.Ho"]
    for key in keys:
        spec = ref.parameters[key]
        assert spec.source, key
        if spec.status == "assumption":
            assert spec.basis.startswith("ASSUMPTION"), key
        else:
            assert spec.status in ("sourced", "derived", "definition"), key
