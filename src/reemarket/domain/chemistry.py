"""Atomic weights, chemical formulas and the metal content of rare-earth compounds.

Every figure is computed from ``data/atomic_weights.csv`` (IUPAC 2021); nothing
here is typed in by hand. ``metal_share("Nd2O3")`` is the mass fraction of
rare-earth metal in neodymium oxide: 2·144.242 / (2·144.242 + 3·15.999).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources

from reemarket.errors import UnknownNameError

#: The rare-earth elements: the lanthanides, yttrium and scandium.
RARE_EARTHS: frozenset[str] = frozenset(
    ["Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd",
     "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"]
)  # fmt: skip

_TOKEN = re.compile(r"([A-Z][a-z]?)(\d*)")


@cache
def atomic_weights() -> Mapping[str, float]:
    """Return the standard atomic weight of each element symbol the project uses."""
    text = resources.files("reemarket.data").joinpath("atomic_weights.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {row["symbol"]: float(row["atomic_weight"]) for row in rows}


def parse_formula(formula: str) -> dict[str, int]:
    """Count the atoms of each element in a simple formula such as ``Pr6O11``."""
    if not formula or _TOKEN.sub("", formula):
        raise UnknownNameError(f"not a chemical formula: {formula!r}")
    counts: dict[str, int] = {}
    weights = atomic_weights()
    for symbol, number in _TOKEN.findall(formula):
        if symbol not in weights:
            raise UnknownNameError(f"unknown element {symbol!r} in formula {formula!r}")
        counts[symbol] = counts.get(symbol, 0) + (int(number) if number else 1)
    return counts


def molar_mass(formula: str) -> float:
    """Return the molar mass of a formula in g/mol."""
    weights = atomic_weights()
    return sum(weights[s] * n for s, n in parse_formula(formula).items())


def element_shares(formula: str) -> dict[str, float]:
    """Return the mass fraction of each element in a formula."""
    weights = atomic_weights()
    total = molar_mass(formula)
    return {s: weights[s] * n / total for s, n in parse_formula(formula).items()}


def metal_share(formula: str) -> float:
    """Return the mass fraction of rare-earth metal in a formula (1.0 for a pure metal)."""
    return sum(v for s, v in element_shares(formula).items() if s in RARE_EARTHS)


def mixture_element_shares(composition: Mapping[str, float]) -> dict[str, float]:
    """Return element mass fractions of a mixture given as {formula: mass fraction}."""
    out: dict[str, float] = {}
    for formula, fraction in composition.items():
        for symbol, share in element_shares(formula).items():
            out[symbol] = out.get(symbol, 0.0) + fraction * share
    return out
