from __future__ import annotations

from pathlib import Path

import pytest

from reemarket.errors import InputError, ScenarioError
from reemarket.model.reference import Reference
from reemarket.model.scenario import ProducerCut, RobotAdoption, load_scenario, parse_scenario
from reemarket.services.model import bundled_scenarios, read_scenario

GOOD = """\
name = "test"
description = "a test"

[parameters]
"app.ev.growth" = [0.02, 0.03]
china.quota_growth = 0.0

[[shocks]]
kind = "producer_cut"
producer = "myanmar"
from_year = 2026
share = 0.5

[[shocks]]
kind = "robot_adoption"
units = [1_000_000, 2_000_000]
by_year = 2031
"""


def _error(text: str, ref: Reference, tmp_path: Path) -> str:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path, ref.parameters)
    assert isinstance(info.value, InputError)
    assert str(path) in str(info.value)
    return str(info.value)


def test_bundled_scenarios_validate(ref: Reference) -> None:
    found = bundled_scenarios()
    assert set(found) == {"quota_freeze", "heavy_re_export_controls", "fast_humanoid_adoption"}
    for path in found.values():
        scenario = load_scenario(path, ref.parameters)
        assert scenario.shocks
        assert scenario.name == path.stem


def test_a_good_file_parses_quoted_and_bare_dotted_keys(ref: Reference, tmp_path: Path) -> None:
    scenario = parse_scenario(GOOD, tmp_path / "g.toml", ref.parameters)
    assert scenario.parameters == {"app.ev.growth": (0.02, 0.03), "china.quota_growth": 0.0}
    assert isinstance(scenario.shocks[0], ProducerCut)
    assert isinstance(scenario.shocks[1], RobotAdoption)
    specs = scenario.specs(ref.parameters)
    assert (specs["app.ev.growth"].low, specs["app.ev.growth"].high) == (0.02, 0.03)
    assert specs["shock.1.units"].high == 2_000_000


def test_unknown_parameter_names_its_line(ref: Reference, tmp_path: Path) -> None:
    text = GOOD.replace('"app.ev.growth"', '"app.ev.grwoth"')
    assert "line 5: parameters.app.ev.grwoth: unknown parameter" in _error(text, ref, tmp_path)


def test_bad_share_in_second_shock_names_its_line(ref: Reference, tmp_path: Path) -> None:
    text = GOOD.replace("share = 0.5", "share = 1.5")
    message = _error(text, ref, tmp_path)
    assert "line 12:" in message
    assert "share" in message


def test_unknown_shock_kind_names_the_kind_line(ref: Reference, tmp_path: Path) -> None:
    text = GOOD.replace('kind = "robot_adoption"', 'kind = "robot_invasion"')
    assert "line 15:" in _error(text, ref, tmp_path)


def test_unknown_element_and_reversed_range(ref: Reference, tmp_path: Path) -> None:
    text = (
        GOOD + '\n[[shocks]]\nkind = "export_restriction"\nelements = ["Dy", "Xx"]\n'
        "from_date = 2026-01-01\nwithheld_share = [0.6, 0.2]\n"
    )
    message = _error(text, ref, tmp_path)
    assert "line 21:" in message
    assert "Xx" in message
    assert "line 23:" in message
    assert "above high" in message


def test_extra_field_and_syntax_error(ref: Reference, tmp_path: Path) -> None:
    assert "line 13:" in _error(
        GOOD.replace("share = 0.5", "share = 0.5\ncolour = 1"), ref, tmp_path
    )
    assert "line 2" in _error('name = "x"\ndescription = \n', ref, tmp_path)


def test_missing_file_and_bundled_name(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="no such scenario file"):
        read_scenario(tmp_path / "nope.toml")
    assert read_scenario(Path("quota_freeze")).name == "quota_freeze"
