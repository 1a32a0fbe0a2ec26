"""Parameter ranges, overrides and sampling into per-path draws."""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import replace

import numpy as np
from numpy.typing import NDArray

from reemarket.model.reference import ParameterSpec

FloatArray = NDArray[np.float64]
"""Alias for float64 numpy arrays."""

Draws = dict[str, FloatArray]
"""One value per path for every parameter key: ``key -> array of shape (paths,)``."""


def as_float(values: object) -> FloatArray:
    """Return values as a float64 array (for typing at numpy boundaries)."""
    return np.asarray(values, dtype=np.float64)


def with_override(spec: ParameterSpec, low: float, high: float, note: str) -> ParameterSpec:
    """Return a copy of a spec with a new range, marking it as a scenario override."""
    return replace(spec, low=low, high=high, status="scenario", basis=note)


def sample(specs: Mapping[str, ParameterSpec], paths: int, seed: int) -> Draws:
    """Draw every parameter uniformly in its range, one value per path.

    Each key has its own random stream seeded by ``(seed, crc32(key))``, so a key's
    uniform numbers do not depend on which other keys exist: two scenarios run with
    the same seed differ only where their ranges differ (common random numbers).
    """
    if paths < 1:
        raise ValueError("paths must be at least 1")
    out: Draws = {}
    for key, spec in specs.items():
        rng = np.random.default_rng([seed, zlib.crc32(key.encode("utf-8"))])
        out[key] = spec.low + rng.random(paths) * (spec.high - spec.low)
    return out


def midpoints(specs: Mapping[str, ParameterSpec], paths: int = 1) -> Draws:
    """Return every parameter at the midpoint of its range (a central deterministic run)."""
    return {key: np.full(paths, spec.mid) for key, spec in specs.items()}


def path_values(draws: Draws, path: int) -> dict[str, float]:
    """Return the scalar parameter values of one path."""
    return {key: float(values[path]) for key, values in draws.items()}
