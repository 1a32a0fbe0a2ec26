from __future__ import annotations

import csv
from pathlib import Path

import pytest

from reemarket.model.catalog import APPLICATIONS, ELEMENTS, MAGNET_APPS, NONMAGNET_USES, ORES
from reemarket.model.reference import Reference, oxide_factors


def _shared_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_every_parameter_names_a_source_and_labels_assumptions(ref: Reference) -> None:
    for spec in ref.parameters.values():
        assert spec.low <= spec.high, spec.key
        if spec.status in ("sourced", "derived"):
            assert "http" in spec.source, spec.key
        if spec.status == "assumption":
            assert spec.basis.startswith("ASSUMPTION"), spec.key


def test_every_model_input_has_a_parameter(ref: Reference) -> None:
    keys = set(ref.parameters)
    for ore in ORES:
        assert {f"dist.{ore}.{e}" for e in ELEMENTS} <= keys
    for app in MAGNET_APPS:
        assert f"app.{app}.intensity" in keys
        assert {f"comp.{app}.{e}" for e in ("Nd", "Pr", "Dy", "Tb")} <= keys
    for use in NONMAGNET_USES:
        assert f"use.{use}.base_t" in keys
        assert any(k.startswith(f"mix.{use}.") for k in keys)
    assert len(APPLICATIONS) == len(MAGNET_APPS) + len(NONMAGNET_USES)


def test_quotas_copy_the_shared_table(ref: Reference, shared_ref: Path) -> None:
    rows = _shared_rows(shared_ref / "t1a_china_quota_annual.csv")
    assert rows
    for row in rows:
        quota = ref.quotas[int(row["year"])]
        assert quota.mining_t == float(row["mining_quota_t_REO"])
        sep = row["smelting_separation_quota_t"]
        assert quota.separation_t == (float(sep) if sep else None)
        assert quota.source == row["source"]


def test_mine_output_ranges_hold_the_shared_figures(ref: Reference, shared_ref: Path) -> None:
    rows = _shared_rows(shared_ref / "t2a_mine_production_by_country.csv")
    bundled = {(r.country, r.year): r for r in ref.mine_output}
    for row in rows:
        got = bundled[(row["country"], int(row["year"]))]
        assert got.low_t <= float(row["mine_production_t_REO"]) <= got.high_t


def test_no_unconfirmed_distribution_is_used_as_sourced(ref: Reference, shared_ref: Path) -> None:
    # The unconfirmed file lists per-element ore distributions; ours must be labelled assumptions
    # except the aggregates that the sourced tables do give (Ce in Bayan Obo, Y in ion clays).
    assert (shared_ref / "unconfirmed_recalled_figures.csv").exists()
    sourced = {
        k for k, s in ref.parameters.items() if k.startswith("dist.") and s.status != "assumption"
    }
    assert sourced == {"dist.bayan_obo.Ce", "dist.ionic_clay.Y"}


def test_oxide_factors_follow_stoichiometry() -> None:
    f = oxide_factors()
    nd, o, ce = 144.242, 15.999, 140.116
    assert f["Nd"] == pytest.approx((2 * nd + 3 * o) / (2 * nd))
    assert f["Ce"] == pytest.approx((ce + 2 * o) / ce)
    assert all(1.0 < v < 1.35 for v in f.values())


def test_product_code_does_not_read_the_shared_folder() -> None:
    import reemarket.model

    root = Path(reemarket.model.__file__).parents[1]
    for path in [*root.joinpath("model").glob("*.py"), root / "services" / "model.py"]:
        assert "shared/reference" not in path.read_text(encoding="utf-8"), path


def test_docs_list_every_parameter(ref: Reference) -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "model.md"
    text = docs.read_text(encoding="utf-8")
    missing = [k for k in ref.parameters if f"`{k}`" not in text]
    assert not missing
