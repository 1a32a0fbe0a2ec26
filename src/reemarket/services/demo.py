"""The demo: load the bundled sample sheet into a fresh database and summarise the market.

The sample sheet (``data/sample/prices.csv``) holds real published prices only, each
row naming its source: the daily Chinese Nd, Pr, La and Ce oxide series 2013-2024,
KOMIS FOB China Nd and Ce 2024-2026, and dated quotes stated in market reports
(Pr-Nd, Dy, Tb and more). Nothing is interpolated.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, Field

from reemarket.analytics.changes import Window
from reemarket.domain.periods import Period
from reemarket.errors import ReemarketError
from reemarket.services.analytics import chart_series, get_average, get_window_changes
from reemarket.services.prices import ImportResult, import_prices
from reemarket.services.snapshot import Snapshot, get_snapshot
from reemarket.store import observations as obs_store
from reemarket.store.db import Store, open_store

#: Series with fewer observations are listed as quotes, not analysed as daily series.
MIN_DAILY = 60
#: The series charted by the demo.
CHART_SERIES = ("nd_oxide", "china")


class SeriesSummary(BaseModel):
    """The latest price of one series and its month and quarter changes."""

    product: str = Field(description="Product id")
    market: str = Field(description="Market")
    unit: str = Field(description="Unit of the prices")
    observations: int = Field(description="Number of observations")
    latest_date: dt.date = Field(description="Date of the latest observation")
    latest: float = Field(description="Latest mid price")
    month_pct: float | None = Field(description="Change over one month, percent")
    quarter_pct: float | None = Field(description="Change over three months, percent")
    source: str = Field(description="Source of the latest observation")


class QuarterComparison(BaseModel):
    """A quarter's trading-day average against the same quarter a year before."""

    product: str = Field(description="Product id")
    market: str = Field(description="Market")
    unit: str = Field(description="Unit")
    quarter: str = Field(description="The quarter, e.g. 2024-Q2")
    average: float = Field(description="Trading-day average of daily mids")
    days: int = Field(description="Trading days averaged")
    prior_quarter: str = Field(description="The same quarter a year before")
    prior_average: float = Field(description="Its trading-day average")
    yoy_pct: float | None = Field(description="Year-on-year change, percent")


class DemoSummary(BaseModel):
    """What the demo did and found."""

    database: str = Field(description="The fresh database file")
    imported: ImportResult = Field(description="The sample sheet import")
    snapshot: Snapshot = Field(description="The market snapshot, as ``reemarket snapshot`` gives")
    series: list[SeriesSummary] = Field(description="Daily series, latest price and changes")
    quarters: list[QuarterComparison] = Field(description="Quarter averages, year on year")
    quotes: list[SeriesSummary] = Field(description="Latest quote of each product in reports")
    charts: list[str] = Field(description="Chart files written")


def sample_sheet() -> Path:
    """Path of the bundled sample price sheet."""
    return Path(str(resources.files("reemarket.data").joinpath("sample/prices.csv")))


def _series_keys(store: Store) -> list[tuple[str, str, str, int]]:
    rows = sorted(obs_store.series_summary(store), key=lambda r: (r[1], r[0], r[2]))
    return [(p, m, s, n) for p, m, s, n, *_ in rows]


def _summary(store: Store, product: str, market: str, source: str, n: int) -> SeriesSummary:
    changes = get_window_changes(
        store, product, market, windows=(Window.MONTH, Window.QUARTER), source=source
    )
    pct = {c.window: c.pct for c in changes.changes}
    return SeriesSummary(
        product=product,
        market=market,
        unit=changes.unit,
        observations=n,
        latest_date=changes.end_date,
        latest=changes.end,
        month_pct=pct.get(Window.MONTH.value),
        quarter_pct=pct.get(Window.QUARTER.value),
        source=source,
    )


def _last_full_quarter(day: dt.date) -> Period:
    quarter = (day.month - 1) // 3 + 1
    current = Period.quarter(day.year, quarter)
    if current.end <= day:
        return current
    return (
        Period.quarter(day.year - 1, 4) if quarter == 1 else Period.quarter(day.year, quarter - 1)
    )


def _quarter(store: Store, s: SeriesSummary) -> QuarterComparison | None:
    period = _last_full_quarter(s.latest_date)
    try:
        report = get_average(store, s.product, str(period), s.market, yoy=True, source=s.source)
    except ReemarketError:
        return None
    if report.prior is None:
        return None
    return QuarterComparison(
        product=s.product,
        market=s.market,
        unit=report.unit,
        quarter=report.average.period,
        average=report.average.mean,
        days=report.average.days_used,
        prior_quarter=report.prior.period,
        prior_average=report.prior.mean,
        yoy_pct=report.yoy_pct,
    )


def _daily_source(series: list[SeriesSummary], product: str, market: str) -> str | None:
    return next((s.source for s in series if (s.product, s.market) == (product, market)), None)


def run_demo(out_dir: Path) -> DemoSummary:
    """Load the sample into ``out_dir/demo.duckdb`` (made afresh) and summarise it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    db = out_dir / "demo.duckdb"
    for stale in (db, db.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    with open_store(db) as store:
        imported = import_prices(store, sample_sheet())
        snapshot = get_snapshot(store, max_age_days=None)
        series, quarters = [], []
        latest_quote: dict[tuple[str, str], SeriesSummary] = {}
        for product, market, source, n in _series_keys(store):
            summary = _summary(store, product, market, source, n)
            if n >= MIN_DAILY:
                series.append(summary)
                comparison = _quarter(store, summary)
                if comparison is not None:
                    quarters.append(comparison)
                continue
            known = latest_quote.get((product, market))
            if known is None or known.latest_date < summary.latest_date:
                latest_quote[(product, market)] = summary
        quotes = list(latest_quote.values())
        charts = [
            str(
                chart_series(
                    store,
                    CHART_SERIES[0],
                    out_dir / f"{'_'.join(CHART_SERIES)}.{ext}",
                    CHART_SERIES[1],
                    source=_daily_source(series, *CHART_SERIES),
                )
            )
            for ext in ("html", "png")
        ]
    return DemoSummary(
        database=str(db),
        imported=imported,
        snapshot=snapshot,
        series=series,
        quarters=quarters,
        quotes=quotes,
        charts=charts,
    )
