"""Scenario files (TOML): the schema, loading, and errors that name the line."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from reemarket.errors import ScenarioError
from reemarket.model.catalog import ELEMENTS, FIRST_YEAR, LAST_YEAR
from reemarket.model.parameters import with_override
from reemarket.model.reference import ParameterSpec


def _check_range(value: float | tuple[float, float]) -> float | tuple[float, float]:
    """Accept a number or a ``[low, high]`` pair with low <= high."""
    if isinstance(value, tuple) and value[0] > value[1]:
        raise ValueError(f"range low {value[0]} is above high {value[1]}")
    return value


Range = Annotated[float | tuple[float, float], AfterValidator(_check_range)]
"""A number or a ``[low, high]`` range to draw from."""

Year = Annotated[int, Field(ge=FIRST_YEAR - 1, le=LAST_YEAR)]
"""A model year."""

Producer = Literal[
    "china_rock", "china_ionic", "myanmar", "mountain_pass", "mount_weld", "other_ex_china"
]
"""A mine supply source a shock can name."""


def bounds(value: float | tuple[float, float]) -> tuple[float, float]:
    """Return ``(low, high)`` of a number or a range."""
    return (value, value) if isinstance(value, float | int) else (value[0], value[1])


def _share(value: float | tuple[float, float]) -> float | tuple[float, float]:
    """Check that a share lies in [0, 1]."""
    low, high = bounds(value)
    if low < 0.0 or high > 1.0:
        raise ValueError("a share must lie between 0 and 1")
    return value


Share = Annotated[Range, AfterValidator(_share)]
"""A share in [0, 1], or a range of shares."""


class _Shock(BaseModel):
    """Common settings of every shock."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class QuotaGrowth(_Shock):
    """China's mining and separation quotas grow at ``rate`` a year from ``from_year``."""

    kind: Literal["quota_growth"]
    from_year: Year
    rate: Annotated[Range, Field(description="yearly growth, e.g. 0.0 for a freeze")]


class QuotaCut(_Shock):
    """China's quotas are cut by ``share`` from ``from_year`` on."""

    kind: Literal["quota_cut"]
    from_year: Year
    share: Share


class ExportRestriction(_Shock):
    """A share of the named elements from China-processed supply leaves the world market."""

    kind: Literal["export_restriction"]
    elements: list[str] = Field(min_length=1)
    from_date: date | Year
    withheld_share: Share

    @field_validator("elements")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        """Check the element symbols."""
        unknown = [e for e in value if e not in ELEMENTS]
        if unknown:
            raise ValueError(f"unknown element(s) {unknown}; known: {', '.join(ELEMENTS)}")
        return value


class ProducerCut(_Shock):
    """One producer cuts output by ``share`` from ``from_year`` (until ``until_year``)."""

    kind: Literal["producer_cut"]
    producer: Producer
    from_year: Year
    until_year: Year | None = None
    share: Share


class RobotAdoption(_Shock):
    """Humanoid-robot sales reach ``units`` a year by ``by_year`` (log-linear from 2025)."""

    kind: Literal["robot_adoption"]
    units: Range
    by_year: Annotated[int, Field(ge=2026, le=LAST_YEAR)]


class DyFreeShift(_Shock):
    """A share of new magnets becomes free of Dy and Tb, linearly from start to ``by_year``."""

    kind: Literal["dy_free_shift"]
    share: Share
    start_year: Year = FIRST_YEAR + 1
    by_year: Year

    @model_validator(mode="after")
    def _order(self) -> DyFreeShift:
        """Check that the shift ends after it starts."""
        if self.by_year <= self.start_year:
            raise ValueError("by_year must be after start_year")
        return self


Shock = Annotated[
    QuotaGrowth | QuotaCut | ExportRestriction | ProducerCut | RobotAdoption | DyFreeShift,
    Field(discriminator="kind"),
]
"""Any shock, told apart by its ``kind``."""


class Scenario(BaseModel):
    """A scenario: a name, parameter overrides and shocks over time."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, description="short name shown in results")
    description: str = Field("", description="what the scenario asks")
    parameters: dict[str, Range] = Field(
        default_factory=dict, description="parameter key -> value or [low, high]"
    )
    shocks: list[Shock] = Field(default_factory=list, description="changes over time")

    def specs(self, base: Mapping[str, ParameterSpec]) -> dict[str, ParameterSpec]:
        """Return the parameter specs with overrides applied and shock ranges added."""
        out = dict(base)
        for key, value in self.parameters.items():
            if key not in base:
                raise ScenarioError(f"scenario {self.name!r}: unknown parameter {key!r}")
            low, high = bounds(value)
            out[key] = with_override(base[key], low, high, f"scenario {self.name!r}")
        for i, shock in enumerate(self.shocks):
            for field, value in shock_ranges(shock).items():
                low, high = bounds(value)
                key = shock_key(i, field)
                out[key] = ParameterSpec(key, low, high, "", "scenario", self.name, "scenario")
        return out


def shock_key(index: int, field: str) -> str:
    """Return the parameter key of a shock's ranged field."""
    return f"shock.{index}.{field}"


def shock_ranges(shock: _Shock) -> dict[str, float | tuple[float, float]]:
    """Return the ranged (sampled) fields of a shock."""
    names = {"rate", "share", "withheld_share", "units"}
    return {k: v for k, v in shock.model_dump().items() if k in names}


def baseline() -> Scenario:
    """Return the baseline scenario (no overrides, no shocks)."""
    return Scenario(name="baseline", description="reference ranges, no shocks")


# ---------------------------------------------------------------- loading
def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Flatten nested TOML tables (bare dotted keys) into dotted parameter keys."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, f"{full}."))
        else:
            out[full] = value
    return out


_HEADER = re.compile(r"^\s*\[")


def _key_line(lines: list[str], start: int, end: int, key: str) -> int | None:
    """Return the 1-based line of ``key = ...`` between two line indexes, if any."""
    parts = key.split(".")
    bare = r"\s*\.\s*".join(re.escape(p) for p in parts)
    pattern = re.compile(rf'^\s*(?:"{re.escape(key)}"|{bare})\s*=')
    for i in range(start, min(end, len(lines))):
        if pattern.match(lines[i]):
            return i + 1
    return None


def _block_end(lines: list[str], start: int) -> int:
    """Return the index of the next table header after ``start`` (or the end)."""
    for i in range(start + 1, len(lines)):
        if _HEADER.match(lines[i]):
            return i
    return len(lines)


def locate(text: str, loc: tuple[str | int, ...]) -> int:
    """Return the 1-based line of the TOML text that an error location points at."""
    lines = text.splitlines()
    first_header = _block_end(lines, -1)
    if not loc:
        return 1
    head = loc[0]
    if head == "shocks" and len(loc) > 1 and isinstance(loc[1], int):
        headers = [i for i, s in enumerate(lines) if s.strip().startswith("[[shocks]]")]
        if loc[1] >= len(headers):
            return _key_line(lines, 0, len(lines), "shocks") or 1
        start = headers[loc[1]]
        end = _block_end(lines, start)
        for field in reversed([x for x in loc[2:] if isinstance(x, str)]):
            found = _key_line(lines, start + 1, end, field)
            if found:
                return found
        return start + 1
    if head == "parameters":
        starts = [i for i, s in enumerate(lines) if s.strip() == "[parameters]"]
        if starts and len(loc) > 1:
            start = starts[0]
            found = _key_line(lines, start + 1, _block_end(lines, start), str(loc[1]))
            return found or start + 1
        return (starts[0] + 1) if starts else 1
    return _key_line(lines, 0, first_header, str(head)) or 1


def _fail(
    path: Path, text: str, problems: list[tuple[tuple[str | int, ...], str]]
) -> ScenarioError:
    """Build one ScenarioError listing every problem with its line."""
    parts = []
    for loc, message in problems:
        where = ".".join(str(x) for x in loc) or "file"
        parts.append(f"{path}: line {locate(text, loc)}: {where}: {message}")
    return ScenarioError("; ".join(parts))


def parse_scenario(text: str, path: Path, known: Mapping[str, ParameterSpec]) -> Scenario:
    """Parse and validate scenario TOML text; raise ScenarioError naming file and line."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError(f"{path}: not valid TOML: {exc}") from exc
    if isinstance(raw.get("parameters"), dict):
        raw["parameters"] = _flatten(raw["parameters"])
    try:
        scenario = Scenario.model_validate(raw)
    except ValidationError as exc:
        found = [
            (tuple(e["loc"]) + (("kind",) if e["type"].startswith("union_tag") else ()), e["msg"])
            for e in exc.errors()
        ]
        raise _fail(path, text, found) from exc
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for key in scenario.parameters:
        if key not in known or key.startswith("shock."):
            problems.append((("parameters", key), "unknown parameter (see parameters.csv)"))
    if problems:
        raise _fail(path, text, problems)
    return scenario


def load_scenario(path: Path, known: Mapping[str, ParameterSpec]) -> Scenario:
    """Read a scenario file; raise ScenarioError naming the file and line on mistakes."""
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise ScenarioError(f"{path}: cannot read scenario file: {exc.strerror}") from exc
    return parse_scenario(text, path, known)
