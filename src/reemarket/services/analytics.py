"""Price analytics use cases: what the CLI and the REST API ask of a price series.

Every function takes an open store and names as a user types them (any product name),
and returns a pydantic model whose fields say what they hold. Errors: UnknownNameError
for a product nobody knows, InputError for bad arguments, NotFoundError for no data.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from pathlib import Path

from pydantic import BaseModel, Field

from reemarket.analytics.averages import trading_day_average, year_before
from reemarket.analytics.changes import (
    STANDARD_WINDOWS,
    Change,
    Window,
    change_between,
    standard_changes,
)
from reemarket.analytics.charts import write_chart
from reemarket.analytics.gaps import trading_gaps
from reemarket.analytics.parity import parity_points
from reemarket.analytics.ranges import HighLow, high_low, range_52_weeks
from reemarket.analytics.series import Series, require, series_unit
from reemarket.analytics.spreads import spread_points
from reemarket.domain.fx import parse_pair
from reemarket.domain.money import VatBasis
from reemarket.domain.periods import Period, parse_period
from reemarket.domain.products import Product, oxide_per_metal, product
from reemarket.domain.trading_calendar import get_calendar
from reemarket.domain.units import Dimension, parse_unit
from reemarket.errors import InputError, NotFoundError, UnitError
from reemarket.services.convert import convert_series, parse_basis
from reemarket.services.fx import FxUsed, conversion_factor, given_rate
from reemarket.services.series_sources import REPORTS, default_source, read_source
from reemarket.store.db import Store

DEFAULT_MARKET = "china"
DEFAULT_CALENDAR = "sse"


class PricePoint(BaseModel):
    """One date of a price series."""

    date: dt.date = Field(description="Date of the quote.")
    low: float | None = Field(description="Low of the quoted range, in the series unit.")
    high: float | None = Field(description="High of the quoted range, in the series unit.")
    mid: float = Field(description="Mid price (the average of low and high, or the single price).")
    unit: str = Field(description="Unit of the prices, e.g. CNY/t.")
    basis: str = Field(description="VAT basis: incl_vat or excl_vat.")
    source: str = Field(description="Sheet or document the quote came from.")


class SeriesResult(BaseModel):
    """A price series of one product and market between two dates."""

    product: str = Field(description="Product id.")
    market: str = Field(description="Market, e.g. china or fob_china.")
    unit: str = Field(description="Unit of every price in the series.")
    source: str | None = Field(
        description="The only source read (asked for, or the default); None: report quotes."
    )
    basis: str | None = Field(default=None, description="VAT basis asked for (None: as stored).")
    fx: list[FxUsed] = Field(
        default_factory=list, description="FX rates used to change currency, in date order."
    )
    vat_rates: list[float] = Field(default_factory=list, description="VAT rates used.")
    start: dt.date | None = Field(description="First date asked for (None: from the start).")
    end: dt.date | None = Field(description="Last date asked for (None: to the end).")
    points: list[PricePoint] = Field(description="One observation per date, ascending.")


class ChangeResult(BaseModel):
    """A change between two observations and the dates actually used."""

    product: str = Field(description="Product id.")
    market: str = Field(description="Market.")
    unit: str = Field(description="Unit of the prices and the change.")
    window: str | None = Field(description="Standard window name, or None for two given dates.")
    base_requested: dt.date = Field(description="Date asked for (or window target) of the base.")
    end_requested: dt.date = Field(description="Date asked for (or as-of date) of the end.")
    base_date: dt.date = Field(description="Date of the base observation used.")
    end_date: dt.date = Field(description="Date of the end observation used.")
    base: float = Field(description="Mid price at the base.")
    end: float = Field(description="Mid price at the end.")
    change: float = Field(description="End minus base, in the unit.")
    pct: float | None = Field(description="Change in percent of the base (None for a zero base).")


class WindowChangesResult(BaseModel):
    """The changes over every standard window as of a date."""

    product: str = Field(description="Product id.")
    market: str = Field(description="Market.")
    unit: str = Field(description="Unit of the prices.")
    as_of: dt.date = Field(description="The as-of date.")
    end_date: dt.date = Field(description="Date of the latest observation on or before as_of.")
    end: float = Field(description="Mid price of that observation.")
    changes: list[ChangeResult] = Field(description="One per window that has a base.")
    missing: list[str] = Field(description="Windows with no observation on or before the target.")


class AverageResult(BaseModel):
    """The trading-day average of a series over a period."""

    period: str = Field(description="Period in the exchange format, e.g. 2025-Q1.")
    start: dt.date = Field(description="First day of the period.")
    end: dt.date = Field(description="Last day of the period.")
    mean: float = Field(description="Mean of the daily mids on the trading days with a quote.")
    days_used: int = Field(description="Trading days with an observation that were averaged.")
    trading_days: int = Field(description="Trading days in the period.")
    first_date: dt.date = Field(description="First date averaged.")
    last_date: dt.date = Field(description="Last date averaged.")


class AverageReport(BaseModel):
    """A period average, and optionally the same period a year before."""

    product: str = Field(description="Product id.")
    market: str = Field(description="Market.")
    unit: str = Field(description="Unit of the averages.")
    calendar: str = Field(description="Trading calendar used.")
    average: AverageResult = Field(description="The period's average.")
    prior: AverageResult | None = Field(
        default=None, description="The same period a year before, when asked for."
    )
    yoy_pct: float | None = Field(default=None, description="Year-on-year percent change.")
    warnings: list[str] = Field(
        default_factory=list, description="Why the comparison may mislead (e.g. coverage)."
    )


class Extreme(BaseModel):
    """A price and the first date it was seen."""

    value: float = Field(description="The price.")
    date: dt.date = Field(description="First date of that price.")


class RangeResult(BaseModel):
    """Highs and lows over a span."""

    start: dt.date = Field(description="First day of the span.")
    end: dt.date = Field(description="Last day of the span.")
    days: int = Field(description="Observations in the span.")
    high: Extreme = Field(description="Highest daily high (mid where no high).")
    low: Extreme = Field(description="Lowest daily low (mid where no low).")
    mid_high: Extreme = Field(description="Highest mid.")
    mid_low: Extreme = Field(description="Lowest mid.")
    last: Extreme = Field(description="Last mid of the span.")
    pct_below_high: float = Field(description="Last mid below the high, percent of the high.")
    pct_above_low: float = Field(description="Last mid above the low, percent of the low.")


class RangeReport(BaseModel):
    """Highs and lows of a series: over a span and over the 52 weeks to as-of."""

    product: str = Field(description="Product id.")
    market: str = Field(description="Market.")
    unit: str = Field(description="Unit of the prices.")
    as_of: dt.date = Field(description="As-of date of the 52-week range.")
    span: RangeResult = Field(description="Highs and lows from the start asked for to as_of.")
    weeks_52: RangeResult = Field(description="Highs and lows of the 52 weeks to as_of.")


class ParityRow(BaseModel):
    """Metal against its oxide parity on one date."""

    date: dt.date = Field(description="Date both series quote.")
    metal: float = Field(description="Metal price.")
    oxide: float = Field(description="Oxide price, in the metal's unit.")
    parity: float = Field(description="Oxide price times oxide per metal.")
    premium: float = Field(description="Metal price minus parity.")
    premium_pct: float = Field(description="Premium in percent of the parity.")


class ParityResult(BaseModel):
    """Oxide-to-metal parity over the dates both series quote."""

    metal: str = Field(description="Metal product id.")
    oxide: str = Field(description="Oxide product id.")
    market: str = Field(description="Market of both series.")
    unit: str = Field(description="Unit of every price (the metal series' unit).")
    oxide_per_metal: float = Field(description="Tonnes of oxide per tonne of metal.")
    rows: list[ParityRow] = Field(description="One per common date, ascending.")


class SpreadRow(BaseModel):
    """Two markets on one date after conversion."""

    date: dt.date = Field(description="Date both markets quote.")
    a: float = Field(description="Market A's price, converted.")
    b: float = Field(description="Market B's price, converted.")
    spread: float = Field(description="A minus B.")
    spread_pct: float | None = Field(description="Spread in percent of B.")


class SpreadResult(BaseModel):
    """The spread between two markets of a product."""

    product: str = Field(description="Product id.")
    market_a: str = Field(description="First market (A).")
    market_b: str = Field(description="Second market (B).")
    unit: str = Field(description="Unit both prices were converted to.")
    basis: str = Field(description="VAT basis both prices were converted to.")
    fx: float | None = Field(description="The FX rate used: QUOTE per BASE of ``fx_pair_code``.")
    fx_pair: str | None = Field(description="What fx measures, e.g. 'CNY per USD'.")
    fx_pair_code: str | None = Field(default=None, description="The pair, e.g. USD/CNY.")
    unit_a: str = Field(description="Stored unit of market A.")
    unit_b: str = Field(description="Stored unit of market B.")
    rows: list[SpreadRow] = Field(description="One per common date, ascending.")


def _product(name: str) -> Product:
    return product(name)


#: Whole series read recently, by (database generation, product, market, unit, source).
_SERIES_CACHE: OrderedDict[tuple[object, ...], Series] = OrderedDict()
SERIES_CACHE_SIZE = 256


def _load(
    store: Store,
    prod: Product,
    market: str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    source: str | None = None,
    basis: str | None = None,
    used: list[object] | None = None,
) -> Series:
    """Read a series between two dates, in ``unit`` and ``basis`` when given.

    The series is one source (:func:`reemarket.services.series_sources.default_source` unless
    ``source`` is given). Whole series are cached until the next write: the cache key
    holds the database's commit count in this process (``Store.generation``). A unit of
    another currency converts each quote with the FX rate of its date; ``used``, when
    given, receives the FX rates (:class:`FxUsed`) and VAT rates (float) applied.
    """
    if source is None:
        source = default_source(store, prod.id, market)
    generation = store.generation
    same_currency = _same_currency_unit(store, prod, market, unit, source)
    if generation is None:
        whole = read_source(store, prod.id, market, source, start=start, end=end,
                            unit=same_currency, preferred_unit=prod.quote_unit)  # fmt: skip
    else:
        key = (generation, prod.id, market, same_currency, source)
        cached = _SERIES_CACHE.get(key)
        if cached is None:
            cached = read_source(store, prod.id, market, source, unit=same_currency,
                                 preferred_unit=prod.quote_unit)  # fmt: skip
            _SERIES_CACHE[key] = cached
            if len(_SERIES_CACHE) > SERIES_CACHE_SIZE:
                _SERIES_CACHE.popitem(last=False)
        else:
            _SERIES_CACHE.move_to_end(key)
        whole = cached if start is None and end is None else cached.between(start, end)
    wanted_basis = parse_basis(basis)
    if (unit is None or same_currency is not None) and wanted_basis is None:
        return whole
    converted, rates, vats = convert_series(store, whole, unit, wanted_basis)
    if used is not None:
        used.extend(rates)
        used.extend(vats)
    return converted


def _same_currency_unit(
    store: Store, prod: Product, market: str, unit: str | None, source: str | None
) -> str | None:
    """``unit`` when the series has quotes in its currency, else None (converted by FX)."""
    if unit is None:
        return None
    wanted = parse_unit(unit)
    if wanted.dimension is not Dimension.PRICE:
        raise UnitError(f"{wanted} is not a price unit (try CNY/t, CNY/kg or USD/kg)")
    stored = series_unit(store.conn, prod.id, market, source=None if source == REPORTS else source,
                         preferred=prod.quote_unit)  # fmt: skip
    return unit if parse_unit(stored).currency == wanted.currency else None


def _check_span(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise InputError(f"end date {end} is before start date {start}")


def _span_series(
    store: Store,
    product_name: str,
    market: str,
    start: dt.date | None,
    end: dt.date | None,
    unit: str | None,
    source: str | None,
    basis: str | None = None,
    used: list[object] | None = None,
) -> Series:
    """The non-empty series between two dates (NotFoundError when it has no quote there)."""
    _check_span(start, end)
    series = _load(store, _product(product_name), market, start=start, end=end, unit=unit,
                   source=source, basis=basis, used=used)  # fmt: skip
    return require(series, f"from {start or 'the start'} to {end or 'the end'}")


def get_series(
    store: Store,
    product_name: str,
    market: str = DEFAULT_MARKET,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    source: str | None = None,
    basis: str | None = None,
) -> SeriesResult:
    """Return the series of a product and market between two dates.

    In ``unit`` and ``basis`` if given (another currency: each quote at the FX rate of
    its date).
    """
    used: list[object] = []
    series = _span_series(store, product_name, market, start, end, unit, source, basis, used)
    return SeriesResult(
        product=series.product,
        market=market,
        unit=series.unit,
        source=source or series.source,
        basis=basis,
        fx=[u for u in used if isinstance(u, FxUsed)],
        vat_rates=[u for u in used if isinstance(u, float)],
        start=start,
        end=end,
        points=[
            PricePoint(
                date=o.date,
                low=o.low,
                high=o.high,
                mid=o.mid,
                unit=o.unit,
                basis=o.basis,
                source=o.source,
            )
            for o in series.observations
        ],
    )


def get_series_lean(
    store: Store,
    product_name: str,
    market: str = DEFAULT_MARKET,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    source: str | None = None,
    basis: str | None = None,
) -> dict[str, object]:
    """:func:`get_series` as plain data of the same shape, with no model per point.

    The fast path for a JSON response: dates stay ``datetime.date`` (a serialiser such as
    orjson writes them as ISO text), so a long series costs one dict per point.
    """
    used: list[object] = []
    series = _span_series(store, product_name, market, start, end, unit, source, basis, used)
    return {
        "product": series.product,
        "market": market,
        "unit": series.unit,
        "source": source or series.source,
        "basis": basis,
        "fx": [u.model_dump(mode="json") for u in used if isinstance(u, FxUsed)],
        "vat_rates": [u for u in used if isinstance(u, float)],
        "start": start,
        "end": end,
        "points": [
            {
                "date": o.date,
                "low": o.low,
                "high": o.high,
                "mid": o.mid,
                "unit": o.unit,
                "basis": o.basis,
                "source": o.source,
            }
            for o in series.observations
        ],
    }


def chart_series(
    store: Store,
    product_name: str,
    path: Path,
    market: str = DEFAULT_MARKET,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    source: str | None = None,
) -> Path:
    """Write a chart (PNG or HTML by the file suffix) of a series and return its path."""
    return write_chart(_span_series(store, product_name, market, start, end, unit, source), path)


def _change_result(series: Series, change: Change, window: str | None) -> ChangeResult:
    return ChangeResult(
        product=series.product,
        market=series.market,
        unit=series.unit,
        window=window,
        base_requested=change.base_requested,
        end_requested=change.end_requested,
        base_date=change.base_date,
        end_date=change.end_date,
        base=change.base,
        end=change.end,
        change=change.change,
        pct=change.pct,
    )


def get_change(
    store: Store,
    product_name: str,
    start: dt.date,
    end: dt.date,
    market: str = DEFAULT_MARKET,
    *,
    on_or_before: bool = False,
    unit: str | None = None,
    source: str | None = None,
) -> ChangeResult:
    """Return the change between two dates (each: that date, or the last observation before it)."""
    prod = _product(product_name)
    series = _load(store, prod, market, end=max(start, end), unit=unit, source=source)
    return _change_result(
        series, change_between(series, start, end, on_or_before=on_or_before), None
    )


def get_window_changes(
    store: Store,
    product_name: str,
    market: str = DEFAULT_MARKET,
    *,
    as_of: dt.date | None = None,
    windows: tuple[Window, ...] = STANDARD_WINDOWS,
    unit: str | None = None,
    source: str | None = None,
    calendar: str = DEFAULT_CALENDAR,
    basis: str | None = None,
) -> WindowChangesResult:
    """Return the change over each standard window as of a date (default: the latest)."""
    prod = _product(product_name)
    series = _load(store, prod, market, end=as_of, unit=unit, source=source, basis=basis)
    require(series, f"on or before {as_of}" if as_of else "")
    when = as_of or series.observations[-1].date
    end, found = standard_changes(series, when, get_calendar(calendar), windows)
    return WindowChangesResult(
        product=prod.id,
        market=market,
        unit=series.unit,
        as_of=when,
        end_date=end.date,
        end=end.mid,
        changes=[_change_result(series, w.change, w.window.value) for w in found if w.change],
        missing=[w.value for w in windows if w not in {f.window for f in found if f.change}],
    )


def _average_result(series: Series, period: Period, calendar: str) -> AverageResult:
    avg = trading_day_average(series, period, get_calendar(calendar))
    return AverageResult(
        period=str(period),
        start=period.start,
        end=period.end,
        mean=avg.mean,
        days_used=avg.days_used,
        trading_days=avg.trading_days,
        first_date=avg.first_date,
        last_date=avg.last_date,
    )


def get_average(
    store: Store,
    product_name: str,
    period: str,
    market: str = DEFAULT_MARKET,
    *,
    yoy: bool = False,
    unit: str | None = None,
    source: str | None = None,
    calendar: str = DEFAULT_CALENDAR,
) -> AverageReport:
    """Return the trading-day average over a period (``yoy``: and a year before)."""
    prod = _product(product_name)
    current = parse_period(period)
    prior_period = year_before(current)
    first = prior_period.start if yoy else current.start
    series = _load(store, prod, market, start=first, end=current.end, unit=unit, source=source)
    avg = _average_result(series, current, calendar)
    prior = _average_result(series, prior_period, calendar) if yoy else None
    change = None
    warnings: list[str] = []
    if prior is not None:
        change = (avg.mean - prior.mean) / prior.mean * 100.0 if prior.mean else None
        warnings = _coverage_warnings(avg, prior)
    return AverageReport(
        product=prod.id,
        market=market,
        unit=series.unit,
        calendar=calendar,
        average=avg,
        prior=prior,
        yoy_pct=change,
        warnings=warnings,
    )


#: Year-on-year averages whose shares of trading days quoted differ by more than this
#: (in percentage points) are flagged: the two means are not of like periods.
COVERAGE_GAP = 0.2


def _coverage_warnings(avg: AverageResult, prior: AverageResult) -> list[str]:
    """A warning when the two periods are covered very differently."""
    share = avg.days_used / avg.trading_days if avg.trading_days else 0.0
    before = prior.days_used / prior.trading_days if prior.trading_days else 0.0
    if abs(share - before) <= COVERAGE_GAP:
        return []
    return [
        f"coverage differs: {avg.period} has quotes on {avg.days_used} of {avg.trading_days}"
        f" trading days ({avg.first_date} to {avg.last_date}), {prior.period} on"
        f" {prior.days_used} of {prior.trading_days} ({prior.first_date} to {prior.last_date})"
    ]


def _range_result(hl: HighLow) -> RangeResult:
    return RangeResult(
        start=hl.start,
        end=hl.end,
        days=hl.days,
        high=Extreme(value=hl.high.value, date=hl.high.date),
        low=Extreme(value=hl.low.value, date=hl.low.date),
        mid_high=Extreme(value=hl.mid_high.value, date=hl.mid_high.date),
        mid_low=Extreme(value=hl.mid_low.value, date=hl.mid_low.date),
        last=Extreme(value=hl.last.value, date=hl.last.date),
        pct_below_high=hl.pct_below_high,
        pct_above_low=hl.pct_above_low,
    )


def get_range(
    store: Store,
    product_name: str,
    market: str = DEFAULT_MARKET,
    *,
    start: dt.date | None = None,
    as_of: dt.date | None = None,
    unit: str | None = None,
    source: str | None = None,
    basis: str | None = None,
) -> RangeReport:
    """Highs and lows from ``start`` to ``as_of`` and the 52-week range as of ``as_of``."""
    _check_span(start, as_of)
    prod = _product(product_name)
    series = _load(store, prod, market, end=as_of, unit=unit, source=source, basis=basis)
    require(series, f"on or before {as_of}" if as_of else "")
    when = as_of or series.observations[-1].date
    return RangeReport(
        product=prod.id,
        market=market,
        unit=series.unit,
        as_of=when,
        span=_range_result(high_low(series, start, when)),
        weeks_52=_range_result(range_52_weeks(series, when)),
    )


def get_parity(
    store: Store,
    metal_name: str,
    oxide_name: str,
    market: str = DEFAULT_MARKET,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
) -> ParityResult:
    """Metal price against oxide price × oxide per metal, on the dates both quote."""
    _check_span(start, end)
    metal, oxide = _product(metal_name), _product(oxide_name)
    factor = oxide_per_metal(metal, oxide)
    m = _load(store, metal, market, start=start, end=end, unit=unit)
    o = _load(store, oxide, market, start=start, end=end, unit=unit or m.unit)
    rows = [
        ParityRow(
            date=p.date,
            metal=p.metal,
            oxide=p.oxide,
            parity=p.parity,
            premium=p.premium,
            premium_pct=p.premium_pct,
        )
        for p in parity_points(m, o, factor)
    ]
    return ParityResult(
        metal=metal.id,
        oxide=oxide.id,
        market=market,
        unit=m.unit,
        oxide_per_metal=factor,
        rows=rows,
    )


def get_spread(
    store: Store,
    product_name: str,
    market_a: str,
    market_b: str,
    *,
    fx: float | None,
    unit: str | None = None,
    basis: VatBasis | str = VatBasis.EXCL,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> SpreadResult:
    """Market A minus market B on common dates, after unit, FX and VAT conversion.

    ``fx`` is a rate of the pair with the US dollar as base (USD/CNY 7.2 = 7.2 CNY per USD;
    see :mod:`reemarket.domain.fx`), checked for plausibility; ``unit`` defaults to B's unit.
    """
    _check_span(start, end)
    if market_a == market_b:
        raise InputError(f"a spread needs two different markets, got {market_a} twice")
    try:
        target_basis = VatBasis(basis)
    except ValueError as exc:
        raise InputError(f"unknown VAT basis {basis!r} (incl_vat or excl_vat)") from exc
    prod = _product(product_name)
    a = _load(store, prod, market_a, start=start, end=end)
    b = _load(store, prod, market_b, start=start, end=end)
    target = parse_unit(unit).code if unit else b.unit
    cur_a, cur_b = parse_unit(a.unit).currency, parse_unit(b.unit).currency
    a_per_b, used_fx, used_pair = None, None, None
    if fx is not None and cur_a is not None and cur_b is not None and cur_a != cur_b:
        used = given_rate(fx, cur_b, cur_a)
        a_per_b = conversion_factor(used, cur_b, cur_a)
        used_fx, used_pair = used.rate, parse_pair(used.pair)
    points = spread_points(a, b, unit=target, basis=target_basis, fx=a_per_b)
    return SpreadResult(
        product=prod.id,
        market_a=market_a,
        market_b=market_b,
        unit=target,
        basis=target_basis.value,
        fx=used_fx,
        fx_pair=used_pair.meaning() if used_pair is not None else None,
        fx_pair_code=str(used_pair) if used_pair is not None else None,
        unit_a=a.unit,
        unit_b=b.unit,
        rows=[
            SpreadRow(date=p.date, a=p.a, b=p.b, spread=p.spread, spread_pct=p.spread_pct)
            for p in points
        ],
    )


class GapOut(BaseModel):
    """Trading days with no quote between two quoted dates (drawn as a break, not a line)."""

    after: dt.date = Field(description="Last quoted date before the gap.")
    before: dt.date = Field(description="First quoted date after the gap.")
    first_missing: dt.date = Field(description="First trading day without a quote.")
    missing: int = Field(description="Trading days without a quote.")


class PricePanel(BaseModel):
    """What the dashboard's Prices page shows of one series: points, gaps, averages, range."""

    series: SeriesResult = Field(description="The series, in the unit and basis asked for.")
    calendar: str = Field(description="Trading calendar of the gaps and averages.")
    gaps: list[GapOut] = Field(description="Trading days without a quote, between quotes.")
    grain: str = Field(description="Period of the averages: month, quarter or year.")
    averages: list[AverageResult] = Field(
        description="Trading-day average of each period of the span that has a quote, newest first."
    )
    range: RangeResult = Field(description="Highs and lows over the span shown.")


#: Span of a series (days) up to which the panel averages by month, then by quarter.
MONTHLY_UP_TO_DAYS = 3 * 366
QUARTERLY_UP_TO_DAYS = 10 * 366


def _periods(first: dt.date, last: dt.date, grain: str) -> list[Period]:
    """Every period of ``grain`` from the one holding ``first`` to the one holding ``last``."""
    out: list[Period] = []
    if grain == "year":
        return [Period.year(y) for y in range(first.year, last.year + 1)]
    step = 1 if grain == "month" else 3
    y, m = first.year, (first.month - 1) // step * step + 1
    while (y, m) <= (last.year, last.month):
        out.append(Period.month(y, m) if step == 1 else Period.quarter(y, (m - 1) // 3 + 1))
        y, m = (y + 1, 1) if m + step > 12 else (y, m + step)
    return out


def get_panel(
    store: Store,
    product_name: str,
    market: str = DEFAULT_MARKET,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    basis: str | None = None,
    source: str | None = None,
    grain: str | None = None,
    calendar: str = DEFAULT_CALENDAR,
) -> PricePanel:
    """The series between two dates with its gaps, period averages and high/low range.

    ``grain`` (month, quarter or year) defaults by the span: months up to three years,
    quarters up to ten, then years.
    """
    if grain is not None and grain not in ("month", "quarter", "year"):
        raise InputError(f"unknown period {grain!r} for averages (month, quarter or year)")
    result = get_series(store, product_name, market, start=start, end=end, unit=unit,
                        source=source, basis=basis)  # fmt: skip
    used: list[object] = []
    series = _span_series(store, product_name, market, start, end, unit, source, basis, used)
    first, last = series.observations[0].date, series.observations[-1].date
    span = (last - first).days
    chosen = grain or (
        "month" if span <= MONTHLY_UP_TO_DAYS else "quarter" if span <= QUARTERLY_UP_TO_DAYS
        else "year"
    )  # fmt: skip
    trading = get_calendar(calendar)
    averages: list[AverageResult] = []
    for period in reversed(_periods(first, last, chosen)):
        if period.start < trading.first or period.end > trading.last:
            continue  # the calendar does not cover the whole period
        try:
            averages.append(_average_result(series, period, calendar))
        except NotFoundError:
            continue  # no quote on a trading day of this period
    gaps = trading_gaps(list(series.dates), trading)
    return PricePanel(
        series=result,
        calendar=calendar,
        gaps=[
            GapOut(after=g.after, before=g.before, first_missing=g.first_missing, missing=g.missing)
            for g in gaps
        ],
        grain=chosen,
        averages=averages,
        range=_range_result(high_low(series, start, end)),
    )


__all__ = [
    "AverageReport",
    "ChangeResult",
    "ParityResult",
    "RangeReport",
    "SeriesResult",
    "SpreadResult",
    "WindowChangesResult",
    "chart_series",
    "get_average",
    "get_change",
    "get_panel",
    "get_parity",
    "get_range",
    "get_series",
    "get_spread",
    "get_window_changes",
]
