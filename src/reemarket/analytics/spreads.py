"""Spreads between two markets of a product after unit, FX and VAT conversion.

Both series are converted to one unit and one VAT basis with
:func:`reemarket.domain.money.convert_price`. The FX rate is always given, never assumed:
``fx`` is the number of units of market A's currency per unit of market B's currency
(for ``china`` against ``fob_china``: CNY per USD). ``spread = A - B`` and
``spread_pct = (A - B) / B × 100`` on each date both markets quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reemarket.analytics.series import Series
from reemarket.domain.money import VatBasis, convert_price
from reemarket.domain.units import parse_unit
from reemarket.errors import InputError, NotFoundError


@dataclass(frozen=True)
class SpreadPoint:
    """Both markets on one date, converted to the spread's unit and basis."""

    date: date
    a: float
    b: float

    @property
    def spread(self) -> float:
        """Market A minus market B."""
        return self.a - self.b

    @property
    def spread_pct(self) -> float | None:
        """The spread in percent of market B (None for a zero B)."""
        return None if self.b == 0 else (self.a - self.b) / self.b * 100.0


def fx_for(
    series_unit: str, target_unit: str, a_currency: str, b_currency: str, fx: float | None
) -> float | None:
    """Return the rate convert_price needs for a value in ``series_unit`` to ``target_unit``.

    ``fx`` is units of ``a_currency`` per unit of ``b_currency``.
    """
    source = parse_unit(series_unit).currency
    target = parse_unit(target_unit).currency
    if source == target:
        return None
    if fx is None or fx <= 0:
        raise InputError(
            f"converting {source} to {target} needs an FX rate, given as"
            f" {a_currency} per {b_currency}"
        )
    if source == a_currency and target == b_currency:
        return 1.0 / fx
    if source == b_currency and target == a_currency:
        return fx
    raise InputError(
        f"the FX rate given is {a_currency} per {b_currency}; it cannot convert"
        f" {source} to {target}"
    )


def spread_points(
    a: Series,
    b: Series,
    *,
    unit: str,
    basis: VatBasis,
    fx: float | None,
) -> list[SpreadPoint]:
    """Both series converted to ``unit`` and ``basis``, paired on their common dates."""
    cur_a = parse_unit(a.unit).currency or ""
    cur_b = parse_unit(b.unit).currency or ""
    rate_a = fx_for(a.unit, unit, cur_a, cur_b, fx)
    rate_b = fx_for(b.unit, unit, cur_a, cur_b, fx)

    def conv(value: float, series: Series, obs_basis: str, rate: float | None) -> float:
        return convert_price(
            value, series.unit, unit, fx=rate, source_basis=obs_basis, target_basis=basis
        )

    b_by_date = {o.date: o for o in b.observations}
    points = []
    for o in a.observations:
        other = b_by_date.get(o.date)
        if other is None:
            continue
        points.append(
            SpreadPoint(
                o.date,
                conv(o.mid, a, o.basis, rate_a),
                conv(other.mid, b, other.basis, rate_b),
            )
        )
    if not points:
        raise NotFoundError(f"{a.product} in markets {a.market} and {b.market} share no date")
    return points
