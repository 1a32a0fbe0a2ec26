"""Products, series and every price analytic."""

from __future__ import annotations

from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, Query, Response

from reemarket.api.deps import (
    PageDep,
    StoreDep,
    date_param,
    from_memory_or_thread,
    product_id,
    read_access,
)
from reemarket.domain.money import VatBasis
from reemarket.domain.periods import parse_period
from reemarket.errors import InputError, PeriodError
from reemarket.services import analytics
from reemarket.services.browse import SeriesInfo, list_series
from reemarket.services.catalog import ProductInfo, list_products
from reemarket.services.snapshot import DEFAULT_MAX_AGE_DAYS, Snapshot, get_snapshot

router = APIRouter(dependencies=[Depends(read_access)], tags=["prices"])

Market = Annotated[str, Query(description="Market: china, fob_china, cif_rotterdam, europe")]
Start = Annotated[str | None, Query(description="First date, YYYY-MM-DD")]
End = Annotated[str | None, Query(description="Last date, YYYY-MM-DD")]
Unit = Annotated[str | None, Query(description="Convert to this unit, e.g. CNY/kg")]
Basis = Annotated[str | None, Query(description="Convert to incl_vat or excl_vat")]


@router.get("/products", response_model=list[ProductInfo])
def products(
    form: Annotated[str | None, Query(description="Only this form")] = None,
) -> list[ProductInfo]:
    """The product catalog."""
    return list_products(None, form)


@router.get("/products/{name}", response_model=ProductInfo)
def product(name: str) -> ProductInfo:
    """One product, by any of its names."""
    return list_products(product_id(name, "name"))[0]


@router.get("/series")
def series(store: StoreDep, page: PageDep) -> dict[str, object]:
    """Every stored price series (product, market, source) with its date range."""
    found: list[SeriesInfo] = list_series(store)
    return {"items": found[page.offset : page.offset + page.limit], "total": len(found),
            "limit": page.limit, "offset": page.offset}  # fmt: skip


@router.get("/prices/{product}", response_model=analytics.SeriesResult)
async def prices(
    store: StoreDep,
    product: str,
    market: Market = "china",
    start: Start = None,
    end: End = None,
    unit: Unit = None,
    source: Annotated[str | None, Query(description="Only this source")] = None,
    basis: Annotated[str | None, Query(description="Convert to incl_vat or excl_vat")] = None,
) -> Response:
    """The series of a product and market between two dates, in any unit and VAT basis."""
    # from memory on the event loop when the series was read before, else in a thread
    body = await from_memory_or_thread(
        analytics.get_series_lean, store, product_id(product), market,
        start=date_param(start, "start"), end=date_param(end, "end"), unit=unit,
        source=source, basis=basis,
    )  # fmt: skip
    # the lean path: plain data straight to orjson (same shape as SeriesResult, which
    # documents it), no model per point
    return Response(orjson.dumps(body), media_type="application/json")


@router.get("/prices/{product}/changes", response_model=analytics.WindowChangesResult)
def changes(
    store: StoreDep,
    product: str,
    market: Market = "china",
    as_of: Annotated[str | None, Query(description="As-of date (default: latest)")] = None,
    unit: Unit = None,
    source: Annotated[str | None, Query(description="Only this source")] = None,
    basis: Basis = None,
) -> analytics.WindowChangesResult:
    """Changes over the standard windows (previous trading day to year to date)."""
    return analytics.get_window_changes(
        store,
        product_id(product),
        market,
        as_of=date_param(as_of, "as_of"),
        unit=unit,
        source=source,
        basis=basis,
    )


@router.get("/prices/{product}/change", response_model=analytics.ChangeResult)
def change(
    store: StoreDep,
    product: str,
    start: Annotated[str, Query(description="Base date, YYYY-MM-DD")],
    end: Annotated[str, Query(description="End date, YYYY-MM-DD")],
    market: Market = "china",
    on_or_before: Annotated[
        bool, Query(description="Use the last quote on or before each date")
    ] = False,
    unit: Unit = None,
) -> analytics.ChangeResult:
    """Change and percent change between two dates."""
    a, b = date_param(start, "start"), date_param(end, "end")
    if a is None or b is None:
        raise InputError("give both start and end dates", field="start" if a is None else "end")
    return analytics.get_change(
        store, product_id(product), a, b, market, on_or_before=on_or_before, unit=unit
    )


@router.get("/prices/{product}/average", response_model=analytics.AverageReport)
def average(
    store: StoreDep,
    product: str,
    period: Annotated[str, Query(description="Period: 2025-03-31, 2025-02, 2025-Q1, 2025 or a/b")],
    market: Market = "china",
    yoy: Annotated[bool, Query(description="Also the same period a year before")] = False,
    unit: Unit = None,
) -> analytics.AverageReport:
    """Trading-day average of daily mids over a period."""
    try:
        parse_period(period)
    except PeriodError as exc:
        raise PeriodError(str(exc), field="period") from exc
    return analytics.get_average(store, product_id(product), period, market, yoy=yoy, unit=unit)


@router.get("/prices/{product}/range", response_model=analytics.RangeReport)
def price_range(
    store: StoreDep,
    product: str,
    market: Market = "china",
    start: Start = None,
    as_of: Annotated[str | None, Query(description="As-of date (default: latest)")] = None,
    unit: Unit = None,
    basis: Basis = None,
) -> analytics.RangeReport:
    """Highs and lows with their dates, and the 52-week range."""
    return analytics.get_range(
        store, product_id(product), market, start=date_param(start, "start"),
        as_of=date_param(as_of, "as_of"), unit=unit, basis=basis,
    )  # fmt: skip


@router.get("/prices/{product}/panel", response_model=analytics.PricePanel)
def panel(
    store: StoreDep,
    product: str,
    market: Market = "china",
    start: Start = None,
    end: End = None,
    unit: Unit = None,
    basis: Basis = None,
    source: Annotated[str | None, Query(description="Only this source")] = None,
    grain: Annotated[
        str | None, Query(description="Averages by month, quarter or year (default: by span)")
    ] = None,
) -> analytics.PricePanel:
    """The series with its gaps (missing trading days), period averages and high/low range."""
    return analytics.get_panel(
        store, product_id(product), market, start=date_param(start, "start"),
        end=date_param(end, "end"), unit=unit, basis=basis, source=source, grain=grain,
    )  # fmt: skip


@router.get("/parity", response_model=analytics.ParityResult)
def parity(
    store: StoreDep,
    metal: Annotated[str, Query(description="Metal product, e.g. prnd_metal")],
    oxide: Annotated[str, Query(description="Oxide product, e.g. prnd_oxide")],
    market: Market = "china",
    start: Start = None,
    end: End = None,
) -> analytics.ParityResult:
    """Oxide-to-metal parity and the metal premium on common dates."""
    return analytics.get_parity(
        store, product_id(metal, "metal"), product_id(oxide, "oxide"), market,
        start=date_param(start, "start"), end=date_param(end, "end"),
    )  # fmt: skip


@router.get("/prices/{product}/spread", response_model=analytics.SpreadResult)
def spread(
    store: StoreDep,
    product: str,
    markets: Annotated[str, Query(description="Two markets, comma-separated: china,fob_china")],
    fx: Annotated[
        float | None, Query(gt=0, description="FX rate, USD as base, QUOTE per BASE (USD/CNY 7.2)")
    ] = None,
    unit: Unit = None,
    basis: Annotated[VatBasis, Query(description="VAT basis to compare on")] = VatBasis.EXCL,
    start: Start = None,
    end: End = None,
) -> analytics.SpreadResult:
    """One market minus another after unit, FX and VAT conversion."""
    pair = [m.strip() for m in markets.split(",") if m.strip()]
    if len(pair) != 2:
        raise InputError("give exactly two markets, e.g. china,fob_china", field="markets")
    return analytics.get_spread(
        store, product_id(product), pair[0], pair[1], fx=fx, unit=unit, basis=basis,
        start=date_param(start, "start"), end=date_param(end, "end"),
    )  # fmt: skip


@router.get("/snapshot", response_model=Snapshot)
def snapshot(
    store: StoreDep,
    as_of: Annotated[str | None, Query(description="As-of date (default: latest quote)")] = None,
    currency: Annotated[str | None, Query(description="Convert to CNY, USD, EUR or AUD")] = None,
    basis: Annotated[str | None, Query(description="Convert to incl_vat or excl_vat")] = None,
    market: Annotated[str | None, Query(description="Only this market")] = None,
    max_age_days: Annotated[
        int | None,
        Query(ge=0, le=100_000, description="Leave out series with no quote in this many days"),
    ] = DEFAULT_MAX_AGE_DAYS,
    spark: Annotated[
        bool, Query(description="Add each series' quotes of the last 13 weeks (a sparkline)")
    ] = False,
) -> Snapshot:
    """Latest price of every product, changes d/d, w/w, m/m, y/y, YTD, 52-week range."""
    return get_snapshot(
        store, as_of=date_param(as_of, "as_of"), currency=currency, basis=basis, market=market,
        max_age_days=max_age_days, sparklines=spark,
    )  # fmt: skip
