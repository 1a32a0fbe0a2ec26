"""Oxide-to-metal parity: what a tonne of metal costs in the oxide it is reduced from.

``parity = oxide price × oxide per metal`` where *oxide per metal* is the tonnes of oxide
holding the rare-earth metal of one tonne of metal (from atomic weights). The metal
premium is ``metal price - parity``, the reduction margin the metal price carries; its
percent is against the parity. Only dates where both series have an observation count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reemarket.analytics.series import Series
from reemarket.errors import NotFoundError


@dataclass(frozen=True)
class ParityPoint:
    """Metal against oxide on one date, both in the metal series' unit."""

    date: date
    metal: float
    oxide: float
    parity: float

    @property
    def premium(self) -> float:
        """Metal price minus its oxide parity."""
        return self.metal - self.parity

    @property
    def premium_pct(self) -> float:
        """The premium in percent of the parity."""
        return self.premium / self.parity * 100.0


def parity_points(metal: Series, oxide: Series, factor: float) -> list[ParityPoint]:
    """Parity on each date both series quote; ``oxide`` must be in ``metal``'s unit.

    Raises NotFoundError when the series share no date.
    """
    if oxide.unit != metal.unit:
        oxide = oxide.to_unit(metal.unit)
    oxide_by_date = {o.date: o.mid for o in oxide.observations}
    points = [
        ParityPoint(o.date, o.mid, oxide_by_date[o.date], oxide_by_date[o.date] * factor)
        for o in metal.observations
        if o.date in oxide_by_date
    ]
    if not points:
        raise NotFoundError(
            f"{metal.product} and {oxide.product} in market {metal.market} share no date"
        )
    return points
