"""The stored facts as the audit rules see them, and helpers for comparing figures."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import lru_cache

from reemarket.domain.units import Dimension, Unit, parse_unit
from reemarket.errors import UnitError
from reemarket.store.db import Store
from reemarket.store.findings import claim_rows


@lru_cache(maxsize=1024)
def _unit(text: str) -> Unit:
    """``parse_unit`` remembered: a store holds few distinct unit strings."""
    return parse_unit(text)


@dataclass(frozen=True)
class Claim:
    """One stored fact with its document and sentence."""

    id: int
    document_id: str
    doc: str
    kind: str
    entity: str
    subject: str
    metric: str
    period: str
    start: dt.date | None
    end: dt.date | None
    value: float
    value_high: float | None
    unit: str
    sentence: str
    bound: str | None

    @property
    def is_day(self) -> bool:
        """Whether the period is a single day."""
        return self.start is not None and self.start == self.end and "/" not in self.period

    @property
    def is_percent(self) -> bool:
        """Whether the value is a percentage."""
        return self.unit == "%"

    def in_base(self) -> tuple[float, float | None, str] | None:
        """Value (and high) in the base unit of its dimension (per tonne, tonnes), or None."""
        try:
            u = _unit(self.unit)
        except UnitError:
            return None
        key = f"{u.dimension}:{u.currency or ''}"
        high = None if self.value_high is None else self.value_high * u.scale
        return self.value * u.scale, high, key

    def quote(self) -> str:
        """The claim's sentence, shortened for a one-line message."""
        text = " ".join(self.sentence.split())
        return text if len(text) <= 160 else text[:157] + "..."


def load_claims(store: Store, document_id: str | None = None) -> list[Claim]:
    """Load the resolved facts (all, or one document's) for auditing."""
    return [Claim(*row) for row in claim_rows(store, document_id)]


def decimals(value: float) -> int:
    """Decimal places a stated figure was written with (from its shortest repr)."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        return 0
    _, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    return len(frac)


def rounding_tolerance(stated: float, floor: float = 0.0) -> float:
    """Half a unit of the last decimal the figure was stated with (at least ``floor``)."""
    half_unit: float = 0.5 * 10.0 ** -decimals(stated)
    return max(half_unit, floor) + 1e-9 * max(1.0, abs(stated))


def percent_change(base: float, end: float) -> float | None:
    """Percent change from base to end (None for a zero base)."""
    if base == 0 or not math.isfinite(base):
        return None
    return (end - base) / abs(base) * 100.0


def same_dimension(a: Claim, b: Claim) -> bool:
    """Whether two claims' units share a dimension and currency."""
    ba, bb = a.in_base(), b.in_base()
    return ba is not None and bb is not None and ba[2] == bb[2]


def to_unit_of(value: float, source: Claim, target: Claim) -> float | None:
    """Express ``value`` given in ``source``'s unit in ``target``'s unit, if compatible."""
    try:
        a, b = parse_unit(source.unit), parse_unit(target.unit)
    except UnitError:
        return None
    if a.dimension != b.dimension or a.currency != b.currency:
        return None
    if a.dimension is Dimension.PERCENT:
        return value
    return value * a.scale / b.scale
