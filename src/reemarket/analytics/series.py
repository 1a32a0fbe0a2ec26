"""One price series: the observations of a product and market, one per date.

Where several sources quote the same date, the series keeps one: origin ``sheet`` before
``document``, then the first source name in order. A ``source`` filter keeps only that
source. A series has one currency: the stored unit of the requested currency, or else
the unit most observations of the product and market carry.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date

import duckdb

from reemarket.domain.units import Dimension, convert, parse_unit
from reemarket.errors import NotFoundError, UnitError
from reemarket.store.observations import markets_of, series_rows, unit_counts

#: SQL rank of an observation's origin: lower wins when sources quote the same date.


@dataclass(frozen=True)
class Observation:
    """One dated quote of a series."""

    date: date
    low: float | None
    high: float | None
    mid: float
    unit: str
    basis: str
    source: str
    origin: str


@dataclass(frozen=True)
class Series:
    """The observations of one product and market in date order, one per date."""

    product: str
    market: str
    unit: str
    observations: tuple[Observation, ...]
    source: str | None = None
    _dates: tuple[date, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Index the dates for lookups."""
        object.__setattr__(self, "_dates", tuple(o.date for o in self.observations))

    @property
    def dates(self) -> tuple[date, ...]:
        """The dates of the observations, ascending."""
        return self._dates

    def __len__(self) -> int:
        """Return the number of observations."""
        return len(self.observations)

    def on(self, day: date) -> Observation | None:
        """Return the observation dated ``day``, or None."""
        found = self.on_or_before(day)
        return found if found is not None and found.date == day else None

    def on_or_before(self, day: date) -> Observation | None:
        """Return the last observation dated ``day`` or earlier, or None."""
        i = bisect_right(self._dates, day)
        return self.observations[i - 1] if i else None

    def between(self, start: date | None, end: date | None) -> Series:
        """Return the observations from ``start`` to ``end`` inclusive (None: open end).

        Found by binary search on the dates, not a scan: an uncached API request for a
        date range is a slice of the whole series held in memory.
        """
        lo = 0 if start is None else bisect_left(self._dates, start)
        hi = len(self._dates) if end is None else bisect_right(self._dates, end)
        return replace(self, observations=self.observations[lo : max(lo, hi)])

    def to_unit(self, unit: str) -> Series:
        """Return the series with every price converted to ``unit`` (same currency)."""
        target = parse_unit(unit)
        if target.code == self.unit:
            return self
        factor = convert(1.0, self.unit, target)

        def scaled(v: float | None) -> float | None:
            return None if v is None else v * factor

        kept = tuple(
            replace(o, low=scaled(o.low), high=scaled(o.high), mid=o.mid * factor, unit=target.code)
            for o in self.observations
        )
        return replace(self, unit=target.code, observations=kept)


def series_unit(
    conn: duckdb.DuckDBPyConnection,
    product: str,
    market: str,
    *,
    unit: str | None = None,
    source: str | None = None,
    preferred: str | None = None,
) -> str:
    """Return the stored unit a series is read in.

    With ``unit`` the stored unit of the same currency; otherwise the unit most observations
    carry (ties: ``preferred``, then name order). Raises NotFoundError for no data.
    """
    rows = unit_counts(conn, product, market, source)
    where = f"{product} in market {market}" + (f" from source {source!r}" if source else "")
    if not rows:
        others = markets_of(conn, product)
        hint = f" (it has prices in: {', '.join(others)})" if others else ""
        raise NotFoundError(f"no prices for {where}{hint}")
    stored = {str(r[0]): int(r[1]) for r in rows}
    if unit is not None:
        wanted = parse_unit(unit)
        if wanted.dimension is not Dimension.PRICE:
            raise UnitError(f"{wanted} is not a price unit (try CNY/t, CNY/kg or USD/kg)")
        same = [u for u in stored if parse_unit(u).currency == wanted.currency]
        if not same:
            have = ", ".join(sorted(stored))
            raise UnitError(
                f"no prices in {wanted.currency} for {where} (stored in {have});"
                " a change of currency needs an explicit FX rate (see `prices spread`)"
            )
        return max(same, key=lambda u: stored[u])
    return sorted(stored, key=lambda u: (-stored[u], u != preferred, u))[0]


def load_series(
    conn: duckdb.DuckDBPyConnection,
    product: str,
    market: str,
    *,
    start: date | None = None,
    end: date | None = None,
    source: str | None = None,
    unit: str | None = None,
    preferred_unit: str | None = None,
    origin: str | None = None,
) -> Series:
    """Read a series, one observation per date, converted to ``unit`` when given.

    ``origin`` ('sheet' or 'document') keeps only observations of that origin.

    Raises NotFoundError when the product and market have no observations at all; a
    series with observations elsewhere but none between ``start`` and ``end`` is empty.
    """
    stored = series_unit(conn, product, market, unit=unit, source=source, preferred=preferred_unit)
    rows = series_rows(
        conn, product, market, stored, source=source, origin=origin, start=start, end=end
    )
    observations = tuple(
        Observation(
            date=r[0],
            low=None if r[1] is None else float(r[1]),
            high=None if r[2] is None else float(r[2]),
            mid=float(r[3]),
            unit=str(r[4]),
            basis=str(r[5]),
            source=str(r[6]),
            origin=str(r[7]),
        )
        for r in rows
    )
    series = Series(product, market, stored, observations, source)
    return series.to_unit(unit) if unit is not None else series


def require(series: Series, what: str) -> Series:
    """Return ``series`` if it has observations, else raise NotFoundError naming ``what``."""
    if not series.observations:
        raise NotFoundError(f"no prices for {series.product} in market {series.market} {what}")
    return series
