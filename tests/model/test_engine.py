from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reemarket.model.catalog import APPLICATIONS, ELEMENTS, MAGNET_APPS
from reemarket.model.engine import ModelOutput
from reemarket.model.montecarlo import default_years, draw, monte_carlo
from reemarket.model.parameters import as_float, path_values
from reemarket.model.pure import run_path
from reemarket.model.reference import Reference
from reemarket.model.scenario import (
    DyFreeShift,
    ExportRestriction,
    ProducerCut,
    QuotaCut,
    QuotaGrowth,
    RobotAdoption,
    Scenario,
    baseline,
)
from reemarket.model.shocks import build_shocks, path_shocks

from .conftest import run

ND, PR, LA, CE = (ELEMENTS.index(e) for e in ("Nd", "Pr", "La", "Ce"))
ALL_SHOCKS = Scenario(
    name="all",
    shocks=[
        QuotaGrowth(kind="quota_growth", from_year=2026, rate=(0.0, 0.05)),
        QuotaCut(kind="quota_cut", from_year=2030, share=0.1),
        ExportRestriction(
            kind="export_restriction",
            elements=["Dy", "Tb"],
            from_date=date(2025, 7, 1),
            withheld_share=(0.2, 0.5),
        ),
        ProducerCut(
            kind="producer_cut", producer="myanmar", from_year=2027, until_year=2029, share=0.5
        ),
        RobotAdoption(kind="robot_adoption", units=(2e6, 4e6), by_year=2033),
        DyFreeShift(kind="dy_free_shift", share=0.5, by_year=2032),
    ],
)


def _ndpr_deficit(out: ModelOutput) -> np.ndarray:
    idx = [ND, PR]
    return as_float(out.demand[:, idx].sum(axis=1) - out.supply[:, idx].sum(axis=1))


@pytest.mark.parametrize("scenario", [baseline(), ALL_SHOCKS], ids=["baseline", "all_shocks"])
def test_vectorised_engine_matches_plain_python(ref: Reference, scenario: Scenario) -> None:
    years = default_years()
    ref, draws = draw(scenario, 4, 11)
    shocks = build_shocks(scenario, draws, years)
    from reemarket.model.engine import simulate

    out = simulate(ref, draws, shocks, years)
    for i in range(4):
        path = run_path(ref, path_values(draws, i), path_shocks(shocks, i), [int(y) for y in years])
        for name in ("primary", "recycled", "demand", "balance", "stock", "price"):
            np.testing.assert_allclose(
                np.array(getattr(path, name)),
                getattr(out, name)[i],
                rtol=1e-9,
                atol=1e-6,
                err_msg=name,
            )


def test_balanced_pr_nd_leaves_la_and_ce_in_structural_surplus(central: ModelOutput) -> None:
    sampled = run(baseline(), paths=200, seed=3)
    for out in (central, sampled):
        ndpr = [ND, PR]
        # Scale primary supply so that Pr+Nd supply meets Pr+Nd demand exactly, every year.
        need = out.demand[:, ndpr].sum(axis=1) - out.recycled[:, ndpr].sum(axis=1)
        k = need / out.primary[:, ndpr].sum(axis=1)
        for e in (LA, CE):
            surplus = k * out.primary[:, e] + out.recycled[:, e] - out.demand[:, e]
            assert (surplus > 0).all(), ELEMENTS[e]
            assert (surplus > 0.5 * out.demand[:, e]).mean() > 0.9  # structural, not marginal


def test_supply_reconciles_with_world_mine_production(ref: Reference) -> None:
    years = np.array([2023, 2024])
    out = run(baseline(), paths=400, seed=5, years=years)
    world = out.world_mined()
    china = out.mined["china_rock"] + out.mined["china_ionic"]
    for t, year in enumerate(years):
        low, high = ref.world_output(int(year))
        # USGS world totals are rounded and mix editions; allow 1% for that.
        assert low * 0.99 <= np.median(world[:, t]) <= high * 1.01
        q5, q95 = np.percentile(world[:, t], [5, 95])
        assert q5 <= high
        assert q95 >= low
        # USGS reports China's mining quota as its production.
        np.testing.assert_allclose(china[:, t], ref.quotas[int(year)].mining_t)


def test_china_quota_feed_ndpr_brackets_the_reported_output() -> None:
    # Metalnomist (2024): ~40,000 t NdPr oxide from quota feed in 2023, 44,500-45,500 t in 2024e.
    out = run(baseline(), paths=400, seed=9, years=np.array([2023, 2024]))
    ndpr = out.china_quota_feed[:, [ND, PR]].sum(axis=1)
    for t, (low, high) in enumerate([(40_000, 40_000), (44_500, 45_500)]):
        q5, q95 = np.percentile(ndpr[:, t], [5, 95])
        assert q5 <= low
        assert high <= q95


def test_magnet_ree_demand_brackets_the_iea_figure(ref: Reference) -> None:
    # IEA Global Critical Minerals Outlook 2024: magnet REE (Nd, Pr, Dy, Tb) demand 93 kt in 2023.
    out = run(baseline(), paths=400, seed=4, years=np.array([2023, 2024]))
    idx = [ELEMENTS.index(e) for e in ("Nd", "Pr", "Dy", "Tb")]
    oxide = np.array([ref.oxide_factor[ELEMENTS[i]] for i in idx])[None, :]
    metal = (out.demand[:, idx, 0] / oxide).sum(axis=1)
    q5, q95 = np.percentile(metal, [5, 95])
    assert q5 <= 93_000 <= q95


def test_years_must_be_consecutive() -> None:
    with pytest.raises(ValueError, match="consecutive"):
        run(baseline(), years=np.array([2024, 2030]))


@settings(max_examples=25, deadline=None)
@given(a=st.floats(0.0, 0.9), b=st.floats(0.0, 0.9), start=st.integers(2024, 2040))
def test_deeper_quota_cut_never_shrinks_the_pr_nd_deficit(a: float, b: float, start: int) -> None:
    small, deep = sorted((a, b))
    outs = [
        run(Scenario(name="cut", shocks=[QuotaCut(kind="quota_cut", from_year=start, share=s)]))
        for s in (small, deep)
    ]
    shallow_deficit, deep_deficit = (_ndpr_deficit(o) for o in outs)
    assert (deep_deficit >= shallow_deficit - 1e-6).all()
    if deep - small > 1e-3:
        on = default_years() >= start
        assert (deep_deficit[:, on] > shallow_deficit[:, on]).all()


def _doubled(app: str, ref: Reference) -> Scenario:
    keys = (
        ["app.humanoid_robots.units_2025", "app.humanoid_robots.units_2035"]
        if app == "humanoid_robots"
        else [f"app.{app}.activity_base" if app in MAGNET_APPS else f"use.{app}.base_t"]
    )
    params = {k: (2 * ref.parameters[k].low, 2 * ref.parameters[k].high) for k in keys}
    return Scenario(name=f"double {app}", parameters=params)


@pytest.mark.parametrize("app", APPLICATIONS)
def test_doubling_an_application_raises_demand_by_its_share(ref: Reference, app: str) -> None:
    base = run(baseline(), paths=6, seed=2, by_application=True)
    doubled = run(_doubled(app, ref), paths=6, seed=2)
    share = np.divide(
        base.by_application[app], base.demand, out=np.zeros_like(base.demand), where=base.demand > 0
    )
    expected = base.demand * (1.0 + share)
    np.testing.assert_allclose(doubled.demand, expected, rtol=1e-9, atol=1e-9)
    assert (share > 0).any()  # the application does use some element


def test_same_seed_same_results_different_seed_differs() -> None:
    a = monte_carlo(baseline(), 30, seed=42)
    b = monte_carlo(baseline(), 30, seed=42)
    c = monte_carlo(baseline(), 30, seed=43)
    for variable in a.values:
        np.testing.assert_array_equal(a.values[variable], b.values[variable])
    assert not np.array_equal(a.values["balance"], c.values["balance"])
    assert a.seed == 42
    assert c.seed == 43


def test_export_restriction_cuts_only_named_elements_from_its_date() -> None:
    shock = ExportRestriction(
        kind="export_restriction", elements=["Dy"], from_date=date(2025, 7, 2), withheld_share=0.5
    )
    base, restricted = run(baseline()), run(Scenario(name="x", shocks=[shock]))
    dy = ELEMENTS.index("Dy")
    other = [i for i in range(len(ELEMENTS)) if i != dy]
    np.testing.assert_allclose(restricted.primary[:, other], base.primary[:, other])
    np.testing.assert_allclose(restricted.primary[:, dy, 0], base.primary[:, dy, 0])  # 2024
    cut_2025 = 1 - restricted.primary[:, dy, 1] / base.primary[:, dy, 1]
    cut_2026 = 1 - restricted.primary[:, dy, 2] / base.primary[:, dy, 2]
    assert (cut_2025 > 0).all()
    assert (cut_2025 < cut_2026).all()
    assert (cut_2026 < 0.5).all()  # ex-China Dy is not withheld


def test_producer_cut_applies_to_its_years_only() -> None:
    shock = ProducerCut(
        kind="producer_cut", producer="mount_weld", from_year=2027, until_year=2028, share=0.4
    )
    base, cut = run(baseline()), run(Scenario(name="x", shocks=[shock]))
    years = default_years()
    ratio = cut.mined["mount_weld"] / base.mined["mount_weld"]
    on = (years >= 2027) & (years <= 2028)
    np.testing.assert_allclose(ratio[:, on], 0.6)
    np.testing.assert_allclose(ratio[:, ~on], 1.0)
    np.testing.assert_allclose(cut.mined["mountain_pass"], base.mined["mountain_pass"])


def test_dy_free_shift_lowers_dy_and_tb_demand_only() -> None:
    shock = DyFreeShift(kind="dy_free_shift", share=0.6, start_year=2025, by_year=2030)
    base, shifted = run(baseline()), run(Scenario(name="x", shocks=[shock]))
    dy, tb = ELEMENTS.index("Dy"), ELEMENTS.index("Tb")
    assert (shifted.demand[:, [dy, tb], 6:] < base.demand[:, [dy, tb], 6:]).all()
    np.testing.assert_allclose(shifted.demand[:, ND], base.demand[:, ND])


def test_robot_adoption_reaches_its_target_and_raises_nd_demand() -> None:
    shock = RobotAdoption(kind="robot_adoption", units=5e6, by_year=2030)
    base, fast = (
        run(baseline(), by_application=True),
        run(Scenario(name="x", shocks=[shock]), by_application=True),
    )
    from reemarket.model.montecarlo import draw as _draw

    _, draws = _draw(baseline(), 8, 7)
    t = list(default_years()).index(2030)
    nd_content = fast.by_application["humanoid_robots"][:, ND, t]
    ndpr = draws["comp.humanoid_robots.Nd"] + draws["comp.humanoid_robots.Pr"]
    nd_share = ndpr * (1.0 - draws["magnet.pr_share"])
    intensity = draws["app.humanoid_robots.intensity"] * nd_share
    to_oxide = 1.166376644805258 / (draws["yield.oxide_to_metal"] * draws["yield.magnet"])
    np.testing.assert_allclose(nd_content, 5e6 * intensity * to_oxide, rtol=1e-6)
    assert (fast.demand[:, ND, t] > base.demand[:, ND, t]).all()


def test_price_index_rises_with_a_deeper_deficit() -> None:
    cut = Scenario(name="cut", shocks=[QuotaCut(kind="quota_cut", from_year=2025, share=0.3)])
    base, tight = run(baseline()), run(cut)
    assert (tight.price[:, ND, 1:] >= base.price[:, ND, 1:]).all()
    assert (tight.price[:, ND, 1:] > base.price[:, ND, 1:]).any()
