"""Scenario grids: one scenario per value of a swept parameter (a pure function, no I/O).

A sweep is written ``NAME=START:STOP:N`` (N evenly spaced values, both ends included).
NAME is a model parameter key (``china.quota_growth``), or a shock kind of the scenario
(``quota_growth``: its one ranged field, ``rate``), or ``kind.field`` for a shock field.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reemarket.errors import ScenarioError
from reemarket.model.scenario import Scenario

#: The ranged field a shock kind sweeps when only the kind is named.
_MAIN_FIELD = {
    "quota_growth": "rate",
    "quota_cut": "share",
    "export_restriction": "withheld_share",
    "producer_cut": "share",
}


@dataclass(frozen=True)
class Sweep:
    """A parameter and its values."""

    name: str
    values: tuple[float, ...]


def parse_sweep(text: str) -> Sweep:
    """Read ``NAME=START:STOP:N``; ScenarioError naming what is wrong."""
    name, sep, spec = text.partition("=")
    parts = spec.split(":")
    if not sep or not name.strip() or len(parts) != 3:
        raise ScenarioError(f"{text!r}: a sweep is NAME=START:STOP:N, e.g. quota_growth=0:0.1:11")
    try:
        start, stop, count = float(parts[0]), float(parts[1]), int(parts[2])
    except ValueError as exc:
        raise ScenarioError(
            f"{text!r}: START and STOP must be numbers and N a whole number"
        ) from exc
    if not 1 <= count <= 10_000:
        raise ScenarioError(f"{text!r}: N must be between 1 and 10,000 (got {count})")
    values = tuple(round(float(v), 12) for v in np.linspace(start, stop, count))
    return Sweep(name.strip(), values)


def variant(scenario: Scenario, name: str, value: float) -> Scenario:
    """The scenario with ``name`` set to ``value``, named after the setting."""
    data = scenario.model_dump()
    kind, _, field = name.partition(".")
    shocks = [s for s in data["shocks"] if s["kind"] == kind]
    if shocks:
        field = field or _MAIN_FIELD.get(kind, "")
        if field not in shocks[0]:
            raise ScenarioError(f"shock {kind!r} has no field {field!r} to sweep")
        shocks[0][field] = value
    elif "." in name:
        data["parameters"][name] = value
    else:
        kinds = sorted({s["kind"] for s in data["shocks"]})
        raise ScenarioError(
            f"{name!r} is neither a shock of scenario {scenario.name!r} (it has: "
            f"{', '.join(kinds) or 'none'}) nor a parameter key such as china.quota_growth"
        )
    data["name"] = f"{scenario.name}[{name}={value:g}]"
    return Scenario.model_validate(data)


def grid(scenario: Scenario, sweep: Sweep) -> list[Scenario]:
    """One scenario per value of the sweep, in order."""
    return [variant(scenario, sweep.name, v) for v in sweep.values]
